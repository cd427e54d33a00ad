"""The ``[tool.tqcheck.score]`` table: default metrics and CI gates.

Found by walking up from the current folder: in each folder ``.tqcheck.toml``,
then ``tqcheck.toml`` (a top-level ``[score]`` table or ``[tool.tqcheck.score]``),
then ``pyproject.toml`` (``[tool.tqcheck.score]``); the first file that has a
tqcheck section wins.  Example::

    [tool.tqcheck.score]
    metrics = ["bleu", "chrf++", "ter"]
    fail-under = {bleu = 30, chrf = 55}
    fail-over = {ter = 60}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ScoreError
from .gates import Gate, check_gate
from .metrics import ALL_METRICS

KEYS = ("metrics", "fail-under", "fail-over")


@dataclass
class ScoreConfig:
    path: str | None = None
    metrics: list[str] | None = None
    gates: list[Gate] = field(default_factory=list)


def find_config(start: Path | None = None) -> tuple[str, dict] | tuple[None, None]:
    """The configuration file ``tqcheck check`` would use from ``start``, and its score table.
    The whole file is validated, so a typo elsewhere in it is reported here too."""
    from ..config import ConfigError, find_config_file, load_config
    from ..rules import all_rules

    path = find_config_file(str(start or Path.cwd()))
    if path is None:
        return None, None
    try:
        return path, load_config(path, all_rules()).score
    except ConfigError as exc:
        raise ScoreError(str(exc)) from None


def load_score_config(start: Path | None = None) -> ScoreConfig:
    path, table = find_config(start)
    if path is None:
        return ScoreConfig()
    where = f"{path}"
    config = ScoreConfig(path=str(path))
    for key, value in table.items():
        if key not in KEYS:
            raise ScoreError(f"{where}: error: unknown key {key!r} in [tool.tqcheck.score] (known: {', '.join(KEYS)})")
        if key == "metrics":
            if not isinstance(value, list) or not all(isinstance(m, str) for m in value):
                raise ScoreError(f"{where}: error: 'metrics' must be a list of metric names")
            unknown = [m for m in value if m.lower() not in ALL_METRICS]
            if unknown:
                raise ScoreError(f"{where}: error: unknown metric {unknown[0]!r} in 'metrics' (one of {', '.join(ALL_METRICS)})")
            config.metrics = [m.lower() for m in value]
        else:
            if not isinstance(value, dict):
                raise ScoreError(f"{where}: error: {key!r} must be a table such as {{bleu = 30}}")
            config.gates += [check_gate(k.lower(), v, key, where) for k, v in value.items()]
    return config
