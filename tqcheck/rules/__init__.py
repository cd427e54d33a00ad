"""The rule registry: ``DETECTORS`` maps every code to the detector module that reports it.

A *detector* is one module under this package (``numbers.currency``), and a code belongs to exactly
one detector; several codes share a module only when one algorithm yields them all.  It defines:

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

A detector never prints and never reads files: documents come in, problems go out.  The engine runs
a detector only when one of its codes is selected for the document's path, so a detector asks
``ctx.enabled(code)`` only to choose between the codes it reports.
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

# code -> detector module under tqcheck.rules, in code order (ruff's code table, yamllint's rule map)
DETECTORS = {
    "TQ100": "suppression",
    "TQ101": "typography.guillemets", "TQ102": "typography.spacing", "TQ103": "typography.comma_quote",
    "TQ104": "typography.dialogue", "TQ105": "typography.mixed_quotes", "TQ106": "typography.spacing",
    "TQ107": "typography.repeated_words", "TQ108": "typography.brackets", "TQ109": "typography.markdown",
    "TQ201": "names.exonyms", "TQ202": "names.clusters", "TQ203": "names.us_uk", "TQ204": "names.glossary_terms",
    "TQ205": "names.nationalities", "TQ206": "names.french_spelling",
    "TQ301": "calques.reporting", "TQ302": "calques.false_friends", "TQ303": "calques.structures",
    "TQ304": "calques.order", "TQ305": "calques.prepositions", "TQ306": "calques.articles",
    "TQ307": "calques.rare_cognates",
    "TQ401": "untranslated.classify", "TQ402": "untranslated.classify", "TQ403": "untranslated.classify",
    "TQ404": "untranslated.declared",
    "TQ501": "numbers.figures", "TQ502": "numbers.figures", "TQ503": "numbers.figures",
    "TQ504": "numbers.figures", "TQ505": "numbers.currency", "TQ506": "numbers.words",
    "TQ507": "numbers.currency", "TQ508": "numbers.times", "TQ509": "numbers.ordinals",
    "TQ510": "numbers.dates", "TQ511": "numbers.numeric_dates", "TQ512": "numbers.abbreviations",
    "TQ513": "numbers.abbreviations", "TQ514": "numbers.name_case",
    "TQ601": "source.numbers", "TQ602": "source.copies", "TQ603": "source.names",
    "TQ604": "source.omissions", "TQ605": "source.markup",
    "TQ606": "source.glossary", "TQ607": "source.alignment", "TQ608": "source.untranslated_units",
    "TQ609": "source.consistency",
}


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
    data: tuple = ()  # the tables under tqcheck/data/ the rule reads

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

    def location(self) -> dict:
        """Where the rule lives, as paths from the repository root, worked out from the registry."""
        return location(self.code)


def location(code: str) -> dict:
    """``{"source", "data", "tests"}`` of a code: its module, its tables and its test file, as paths from
    the repository root (the same for an installed package)."""
    parts = DETECTORS[code].split(".")
    rule = all_rules()[code]
    return {
        "source": "/".join(("tqcheck", "rules", *parts)) + ".py",
        "data": tuple(f"tqcheck/data/{name}" for name in rule.data),
        "tests": "/".join(("tests", "rules", *parts[:-1], f"test_{parts[-1]}.py")),
    }


@lru_cache(maxsize=None)
def detectors() -> tuple:
    """The detector modules, each once, in code order."""
    names = dict.fromkeys(DETECTORS.values())
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)


@lru_cache(maxsize=None)
def all_rules() -> dict:
    rules = {}
    for module in detectors():
        name = module.__name__[len(__name__) + 1:]
        for rule in module.RULES:
            if rule.code in rules:
                raise RuntimeError(f"duplicate rule code {rule.code}")
            if DETECTORS.get(rule.code) != name:
                raise RuntimeError(f"{rule.code} is reported by {name} but registered to {DETECTORS.get(rule.code)}")
            rules[rule.code] = rule
    return dict(sorted(rules.items()))


def codes_of(module) -> tuple:
    """The codes a detector module reports, from the registry."""
    name = module.__name__[len(__name__) + 1:]
    return tuple(code for code, owner in DETECTORS.items() if owner == name)
