"""Formatters: a report in, text out.  Kept apart from the rules (yamllint's way)."""

from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "github")


def render(fmt: str, report, color: bool = False) -> str:
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(report, color=color)
