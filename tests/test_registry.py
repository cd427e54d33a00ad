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


def _codes_on(text, code):
    from tqcheck import check_text
    from tqcheck.config import Config

    config = Config()
    if code == "TQ204":  # the house glossary rule needs a glossary
        config.glossary = (("Kiev", "Kyiv"), ("Zelensky", "Zelenskyy"))
    return {f.code for f in check_text(text, path="example.md", config=config)}


def test_every_documented_example_behaves_as_documented():
    """`before` is flagged by its own rule and `after` is not: the docs cannot drift from the code."""
    wrong = []
    for rule in all_rules().values():
        if rule.code not in _codes_on(rule.before, rule.code):
            wrong.append(f"{rule.code}: 'before' not flagged")
        if rule.code in _codes_on(rule.after, rule.code):
            wrong.append(f"{rule.code}: 'after' still flagged")
    assert wrong == []
