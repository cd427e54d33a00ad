"""Every rule is documented the way `tqcheck rules CODE` and SARIF need it."""

import re

from tqcheck.rules import CATEGORIES, all_rules
from tqcheck.findings import SEVERITIES


def test_every_rule_is_complete_and_unique():
    rules = all_rules()
    assert rules, "no rules registered"
    names = [r.name for r in rules.values()]
    assert len(names) == len(set(names)), "rule names must be unique"
    for code, rule in rules.items():
        assert code == rule.code
        assert re.fullmatch(r"TQ[1-6][0-9]{2}", code), code
        assert rule.category in CATEGORIES
        assert CATEGORIES.index(rule.category) == int(code[2]) - 1
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name), rule.name
        assert rule.severity in SEVERITIES
        for section in ("summary", "what", "why", "before", "after", "fix"):
            assert len(getattr(rule, section).strip()) > 10 or section in ("before", "after"), (code, section)
        assert rule.before.strip() and rule.after.strip() and rule.before != rule.after, code
        assert rule.fix_safety in ("safe", "unsafe", "sometimes", "none"), (code, rule.fix)


def test_rule_docs_have_all_sections():
    for rule in all_rules().values():
        doc = rule.markdown()
        for section in ("## What it does", "## Why it matters", "## Example", "Use instead:", "## Fix safety"):
            assert section in doc, (rule.code, section)
