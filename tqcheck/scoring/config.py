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

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ScoreError
from .gates import Gate, check_gate
from .metrics import ALL_METRICS

FILES = (".tqcheck.toml", "tqcheck.toml", "pyproject.toml")
KEYS = ("metrics", "fail-under", "fail-over")


@dataclass
class ScoreConfig:
    path: str | None = None
    metrics: list[str] | None = None
    gates: list[Gate] = field(default_factory=list)


def _toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ScoreError(f"{path}: error: cannot read the configuration ({exc})") from None


def _section(path: Path, data: dict) -> dict | None:
    """The tqcheck part of a file, or None when it has none."""
    tool = data.get("tool", {}).get("tqcheck")
    if tool is not None:
        return tool
    return data if path.name != "pyproject.toml" else None


def find_config(start: Path | None = None) -> tuple[Path, dict] | tuple[None, None]:
    """The first configuration file with a tqcheck section, walking up from ``start``."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in FILES:
            path = candidate / name
            if path.is_file():
                section = _section(path, _toml(path))
                if section is not None:
                    return path, section
    return None, None


def load_score_config(start: Path | None = None) -> ScoreConfig:
    path, section = find_config(start)
    if path is None:
        return ScoreConfig()
    table = section.get("score", {})
    where = f"{path}"
    if not isinstance(table, dict):
        raise ScoreError(f"{where}: error: [tool.tqcheck.score] must be a table")
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
