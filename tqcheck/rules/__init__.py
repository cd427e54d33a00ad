"""The rule registry.

A *family* is one module of this package.  It defines:

``RULES``
    the ``Rule`` objects it can report (code, name, severity, documentation);
``check(doc, ctx)``
    a generator of ``Problem``s for one document (offsets into ``doc.text``);

and, when a family needs to see every file of a run at once (the same name
spelled two ways in two articles), also:

``collect(doc, ctx)``
    a small picklable summary of one document, made where the document is read;
``check_run(collected, ctx)``
    given ``[(path, summary), ...]`` for the whole run, yields ``(path, Problem)``;
    such problems must carry ``span`` (the flagged text).

A family never prints and never reads files: documents come in, problems go out.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

CATEGORIES = (
    "typography",
    "spelling-variant",
    "false-friend",
    "untranslated",
    "locale-format",
    "source-mismatch",
)

# module names under tqcheck.rules, in code order
FAMILIES = ("suppression", "typography", "names", "calques", "untranslated", "numbers")


@dataclass(frozen=True)
class Rule:
    """A rule and its documentation, in ruff's sections."""

    code: str
    name: str
    severity: str
    summary: str
    what: str
    why: str
    before: str
    after: str
    fix: str  # "safe", "unsafe", "sometimes" or "none", then a sentence on why

    @property
    def category(self) -> str:
        return CATEGORIES[int(self.code[2]) - 1]

    @property
    def fix_safety(self) -> str:
        return self.fix.split(":", 1)[0].strip()

    def markdown(self) -> str:
        fix = self.fix.split(":", 1)
        fix_text = fix[1].strip() if len(fix) > 1 else ""
        return (
            f"# {self.name} ({self.code})\n\n"
            f"Category: {self.category}. Default severity: {self.severity}. "
            f"Fix: {self.fix_safety}.\n\n"
            f"## What it does\n{self.what}\n\n"
            f"## Why it matters\n{self.why}\n\n"
            f"## Example\n```text\n{self.before}\n```\n\nUse instead:\n```text\n{self.after}\n```\n\n"
            f"## Fix safety\n{fix_text or self.fix_safety}\n"
        )


def space_name(space: str) -> str:
    """How messages name the space in ``space``: every family says it the same way."""
    if "\u202f" in space:
        return "Narrow no-break space"
    if "\u00a0" in space:
        return "No-break space"
    return "Space"


@lru_cache(maxsize=None)
def families():
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in FAMILIES)


@lru_cache(maxsize=None)
def all_rules() -> dict:
    rules = {}
    for module in families():
        for rule in module.RULES:
            if rule.code in rules:
                raise RuntimeError(f"duplicate rule code {rule.code}")
            rules[rule.code] = rule
    return dict(sorted(rules.items()))
