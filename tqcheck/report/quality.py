"""The MQM-style quality score: penalty points from the findings, per word, 0–100.

As in MQM's scoring model, each finding costs points by severity (tqcheck's ``info``,
``warning`` and ``error`` stand for MQM's minor, major and critical: 1, 5 and 10 points)
times a weight for its category or code; the points are divided by the number of words::

    penalty               = Σ points(severity) × weight(code or category)
    penalty per 1000 words = 1000 × penalty ÷ words
    score                 = max(0, 100 − penalty per 1000 words ÷ 10)   # = 100 × (1 − penalty ÷ words)

A document passes at ``pass-mark`` or above; the run's score pools every document's penalty
and words.  Settings come from ``[tool.tqcheck.quality]``::

    [tool.tqcheck.quality]
    points = { info = 1, warning = 5, error = 10 }
    weights = { typography = 0.5, untranslated = 2, TQ100 = 0 }   # category or code prefix
    pass-mark = 99
    fail-under = 95            # exit 1 when the run scores lower (as --fail-under-quality)

Pure computation: no file is read here, nothing heavy is imported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..rules.common.patterns import one_of

SEVERITY_POINTS = {"info": 1.0, "warning": 5.0, "error": 10.0}  # MQM minor, major, critical
# an unused suppression comment (TQ100) says nothing about the translation
DEFAULT_WEIGHTS = {"TQ100": 0.0}
PASS_MARK = 99.0  # at most 10 penalty points (two major findings) per 1000 words
PER_WORDS = 1000
KEYS = ("points", "weights", "pass-mark", "fail-under")

FORMULA = (
    "penalty = Σ points(severity) × weight(category or code) over the findings; "
    "penalty per 1000 words = 1000 × penalty ÷ words; "
    "score = max(0, 100 − penalty per 1000 words ÷ 10), i.e. 100 × (1 − penalty ÷ words)"
)

# a word: letters or digits, with inner apostrophes, hyphens, points or commas (don't, well-known, 1,500)
_WORD_RE = re.compile(r"[^\W_]+(?:" + one_of("-'.,", "’") + r"[^\W_]+)*")


def count_words(texts) -> int:
    """Words in the prose segments of a document (what MQM calls the evaluation word count)."""
    return sum(len(_WORD_RE.findall(text)) for text in texts)


# --------------------------------------------------------------- settings


@dataclass(frozen=True, eq=False)
class Settings:
    points: dict = field(default_factory=lambda: dict(SEVERITY_POINTS))
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    pass_mark: float = PASS_MARK
    fail_under: float | None = None

    @classmethod
    def from_table(cls, table: dict | None) -> "Settings":
        """From a table already checked by ``check_table``."""
        table = table or {}
        return cls(
            points={**SEVERITY_POINTS, **{k: float(v) for k, v in table.get("points", {}).items()}},
            weights={**DEFAULT_WEIGHTS, **{k: float(v) for k, v in table.get("weights", {}).items()}},
            pass_mark=float(table.get("pass-mark", PASS_MARK)),
            fail_under=None if table.get("fail-under") is None else float(table["fail-under"]),
        )

    def weight(self, code: str, category: str) -> float:
        """The longest code prefix in ``weights`` wins; then the category; else 1."""
        best = max((k for k in self.weights if k.startswith("TQ") and code.startswith(k)), key=len, default=None)
        if best is not None:
            return self.weights[best]
        return self.weights.get(category, 1.0)

    def penalty(self, finding) -> float:
        return self.points[finding.severity] * self.weight(finding.code, finding.category)

    def describe(self) -> str:
        """The settings in one line, for the report."""
        points = ", ".join(f"{k} {_num(v)}" for k, v in self.points.items())
        weights = ", ".join(f"{k} ×{_num(v)}" for k, v in sorted(self.weights.items())) or "none"
        return f"points: {points}; weights (others ×1): {weights}; pass mark {_num(self.pass_mark)}"


def check_table(value, fail, known_codes, categories) -> dict:
    """Validate a ``[tool.tqcheck.quality]`` table; ``fail(message)`` raises the config error."""
    if not isinstance(value, dict):
        fail("'quality' must be a table")
    for key, item in value.items():
        if key not in KEYS:
            fail(f"unknown key '{key}' in [tool.tqcheck.quality] (known: {', '.join(KEYS)})")
        if key in ("pass-mark", "fail-under"):
            if not _is_number(item) or not 0 <= item <= 100:
                fail(f"quality '{key}' must be a number from 0 to 100, not {item!r}")
            continue
        if not isinstance(item, dict):
            fail(f"quality '{key}' must be a table such as " + ("{warning = 5}" if key == "points" else "{typography = 0.5}"))
        for name, number in item.items():
            if key == "points" and name not in SEVERITY_POINTS:
                fail(f"quality points: unknown severity {name!r} (one of {', '.join(SEVERITY_POINTS)})")
            if key == "weights" and name not in categories and not any(c.startswith(name) for c in known_codes):
                fail(f"quality weights: {name!r} is neither a category ({', '.join(categories)}) nor a rule code")
            if not _is_number(number) or number < 0:
                fail(f"quality {key} '{name}' must be a number of 0 or more, not {number!r}")
    return dict(value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _num(value: float) -> str:
    return f"{value:g}"


# ----------------------------------------------------------------- scores


def score_of(penalty: float, words: int) -> float:
    if penalty <= 0:
        return 100.0
    return max(0.0, 100.0 * (1.0 - penalty / max(words, 1)))


class _Scored:
    """Score, penalty per 1000 words and pass/fail, from ``penalty``, ``words`` and ``pass_mark``."""

    @property
    def score(self) -> float:
        return score_of(self.penalty, self.words)

    @property
    def per_1000_words(self) -> float:
        return PER_WORDS * self.penalty / self.words if self.words else 0.0

    @property
    def passed(self) -> bool:
        return self.score >= self.pass_mark


@dataclass(eq=False)
class DocumentQuality(_Scored):
    path: str
    words: int
    penalty: float
    findings: int
    by_severity: dict
    pass_mark: float

    def to_dict(self) -> dict:
        return {"path": self.path, "score": round(self.score, 2), "passed": self.passed, "words": self.words,
                "findings": self.findings, "penalty": round(self.penalty, 2),
                "per_1000_words": round(self.per_1000_words, 2)}


@dataclass(eq=False)
class RunQuality(_Scored):
    documents: list  # DocumentQuality, worst first
    pass_mark: float
    fail_under: float | None
    settings: Settings

    @property
    def words(self) -> int:
        return sum(d.words for d in self.documents)

    @property
    def penalty(self) -> float:
        return sum(d.penalty for d in self.documents)

    @property
    def passed(self) -> bool:
        """A run that checked no document did not pass: its JSON must not say so while it exits 2."""
        return bool(self.documents) and super().passed

    def gate(self, fail_under: float | None = None) -> str | None:
        """The message when the run scores under ``fail_under`` (default: the configured one)."""
        limit = self.fail_under if fail_under is None else fail_under
        if limit is not None and self.score < limit:
            where = "fail-under" if fail_under is None else "--fail-under-quality"
            return f"tqcheck: quality {self.score:.2f} is under {_num(limit)} ({where})"
        return None

    def to_dict(self) -> dict:
        return {"score": round(self.score, 2), "pass_mark": self.pass_mark, "passed": self.passed,
                "words": self.words, "penalty": round(self.penalty, 2),
                "per_1000_words": round(self.per_1000_words, 2),
                "documents": [d.to_dict() for d in self.documents]}


def assess_documents(words: dict, findings, settings: Settings) -> list:
    """One ``DocumentQuality`` per document of ``words`` (path -> word count)."""
    docs = {path: DocumentQuality(path, n, 0.0, 0, {}, settings.pass_mark) for path, n in words.items()}
    for f in findings:
        doc = docs.get(f.path)
        if doc is None:
            continue
        doc.penalty += settings.penalty(f)
        doc.findings += 1
        doc.by_severity[f.severity] = doc.by_severity.get(f.severity, 0) + 1
    return list(docs.values())


def rank(documents: list) -> list:
    """Worst first: the lowest score, then the most penalty, then by path."""
    return sorted(documents, key=lambda d: (d.score, -d.penalty, d.path))


def assess(runs) -> RunQuality:
    """The run's quality from ``[(report, settings), ...]``: each group of documents is scored with
    the settings of the configuration that governs it; the run takes the strictest pass mark and gate."""
    documents, marks, gates, first = [], [], [], None
    for report, settings in runs:
        first = first or settings
        documents += assess_documents(report.words, report.findings, settings)
        marks.append(settings.pass_mark)
        if settings.fail_under is not None:
            gates.append(settings.fail_under)
    settings = first or Settings()
    return RunQuality(rank(documents), max(marks, default=settings.pass_mark), max(gates, default=None), settings)
