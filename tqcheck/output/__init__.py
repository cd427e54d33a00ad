"""Formatters: a report in, text out.  Kept apart from the rules (yamllint's way)."""

from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")


def render(fmt: str, report, color: bool = False, **options) -> str:
    """``options`` go to the formatters that take them (the text format's ``show_fixes``, ``fixed``)."""
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(report, color=color, **options)


def messages(report) -> list[dict]:
    """The run's errors and warnings (what was not checked, and why), as standard error says them: the JSON
    output's ``messages``, SARIF's notifications."""
    return ([{"level": "error", "text": e} for e in report.errors]
            + [{"level": "warning", "text": w} for w in report.warnings])


def use_color(choice: str, stream, to_file: bool = False, environ=None) -> bool:
    """``--color``: ``always`` and ``never`` are obeyed, piped or not; ``auto`` colours a terminal,
    except when ``NO_COLOR`` is set (no-color.org), and any stream when ``FORCE_COLOR`` is set
    (force-color.org: a CI log is not a terminal but shows colour).  ``auto`` never colours a
    report written with ``-o``."""
    import os

    if choice != "auto":
        return choice == "always"
    environ = os.environ if environ is None else environ
    if to_file or environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
