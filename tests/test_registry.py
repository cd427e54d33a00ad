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
    if code == "TQ606":  # the glossary with a source column
        config.glossary, config.glossary_sources = (("Lower House", "National Assembly"),), (
            ("Assemblée nationale", "National Assembly"),)
    if code == "TQ607":  # a source article, a tab, its translation: aligned as --source aligns them
        from tqcheck.documents import parse
        from tqcheck.documents.pairing import attach
        from tqcheck.engine import Context, lint

        source, target = text.split("\t")
        doc = parse(target, path="example.txt")
        attach(doc, parse(source, path="source.txt"))
        return {f.code for f in lint(doc, Context(config)).findings}
    path = "example.tsv" if code.startswith("TQ6") else "example.md"  # TQ6xx: a bilingual source<TAB>target line
    return {f.code for f in check_text(text, path=path, config=config)}


def test_every_documented_example_behaves_as_documented():
    """`before` is flagged by its own rule and `after` is not: the docs cannot drift from the code."""
    wrong = []
    for rule in all_rules().values():
        if rule.code not in _codes_on(rule.before, rule.code):
            wrong.append(f"{rule.code}: 'before' not flagged")
        if rule.code in _codes_on(rule.after, rule.code):
            wrong.append(f"{rule.code}: 'after' still flagged")
    assert wrong == []


def test_registry_maps_every_code_to_the_module_that_reports_it():
    from tqcheck.rules import DETECTORS, detectors

    assert sorted(DETECTORS) == sorted(all_rules())
    for module in detectors():
        name = module.__name__.split(".", 2)[2]
        assert sorted(r.code for r in module.RULES) == sorted(c for c, m in DETECTORS.items() if m == name)


def test_every_rule_names_where_it_lives_and_each_path_exists():
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    for code, rule in all_rules().items():
        where = rule.location()
        for path in (where["source"], where["tests"], *where["data"]):
            assert (root / path).is_file(), (code, path)


def test_rules_command_prints_where_a_rule_lives():
    from click.testing import CliRunner

    from tqcheck.cli import main

    out = CliRunner().invoke(main, ["rules", "TQ507"]).output
    where = all_rules()["TQ507"].location()
    assert f"Source: {where['source']}" in out and f"Tests: {where['tests']}" in out
    assert "tqcheck/data/numbers_words.tsv" in out
