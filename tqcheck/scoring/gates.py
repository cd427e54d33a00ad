"""CI gates: ``--fail-under bleu=30,chrf=55`` and ``--fail-over ter=60``."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import ScoreError
from .metrics import ALL_METRICS, LOWER_IS_BETTER


@dataclass(frozen=True)
class Gate:
    key: str  # metric key
    threshold: float
    kind: str  # "fail-under" or "fail-over"

    def fails(self, score: float) -> bool:
        return score < self.threshold if self.kind == "fail-under" else score > self.threshold

    def __str__(self) -> str:
        return f"--{self.kind} {self.key}={self.threshold:g}"


def check_gate(key: str, value, kind: str, where: str = "") -> Gate:
    """Validate one gate; ``where`` names its origin (an option or a config file)."""
    prefix = f"{where}: " if where else ""
    if key not in ALL_METRICS:
        raise ScoreError(f"{prefix}error: unknown metric {key!r} in {kind} (one of {', '.join(ALL_METRICS)})")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ScoreError(f"{prefix}error: {kind} {key} must be a number, not {value!r}")
    if kind == "fail-under" and key in LOWER_IS_BETTER:
        raise ScoreError(f"{prefix}error: {key} is an error rate (lower is better): use --fail-over {key}={value:g}")
    if kind == "fail-over" and key not in LOWER_IS_BETTER:
        raise ScoreError(f"{prefix}error: {key}: higher is better: use --fail-under {key}={value:g}")
    return Gate(key, float(value), kind)


def parse_gates(text: str, kind: str) -> list[Gate]:
    """``"bleu=30,chrf=55"`` -> gates."""
    gates = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = None
        if not sep or number is None:
            raise ScoreError(f"error: --{kind} expects METRIC=NUMBER[,METRIC=NUMBER...], got {item!r}")
        gates.append(check_gate(key.strip().lower(), number, kind, ""))
    return gates


@dataclass
class GateResult:
    gate: Gate
    system: str
    name: str  # the metric's printed name, e.g. chrF2
    score: float

    @property
    def failed(self) -> bool:
        return self.gate.fails(self.score)

    def message(self) -> str:
        sign = "<" if self.gate.kind == "fail-under" else ">"
        verdict = "failed" if self.failed else "passed"
        shown = f"{self.score:.2f} {sign} {self.gate.threshold:g}" if self.failed else f"{self.score:.2f}"
        return f"{self.system}: {self.name} {shown}: gate {self.gate} {verdict}"
