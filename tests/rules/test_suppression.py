"""TQ100 unused-suppression: the engine reports suppression comments that suppress nothing or cannot be
read (the rule's documentation is tqcheck.rules.suppression)."""

import json

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def tq100(text, **config):
    return [(f.line, f.code, f.message) for f in check_text(text, path="x.md", config=Config(**config))
            if f.code == "TQ100"]


@pytest.mark.parametrize("text, message", [
    ("<!-- tqcheck: ignore TQ101 -->\nNothing to ignore here.\n", "Unused suppression: `ignore` of TQ101 suppresses nothing"),
    ("<!-- tqcheck: ignore -->\nNothing.\n", "Unused suppression: `ignore` of every rule suppresses nothing"),
    ("<!-- tqcheck: disable TQ1 -->\nNothing.\n<!-- tqcheck: enable TQ1 -->\n",
     "Unused suppression: `disable` of TQ1 suppresses nothing"),  # the `enable` itself is never unused
    ("<!-- tqcheck: ignore TQ9 -->\nNothing.\n", "Suppression comment names unknown rule code `TQ9`"),
])
def test_unused_or_unknown_suppression_is_reported_at_the_comment(text, message):
    assert tq100(text) == [(1, "TQ100", message)]


@pytest.mark.parametrize("text", [
    "<!-- tqcheck: ignore TQ101 -->\nHe said « x ».\n",
    "<!-- tqcheck: ignore ALL -->\nHe said « x ».\n",
    "<!-- tqcheck: disable TQ1 -->\nHe said « x ».\n<!-- tqcheck: enable TQ1 -->\n",
])
def test_a_suppression_that_suppresses_something_is_not_reported(text):
    assert check_text(text, path="x.md") == []


def test_a_suppression_of_another_rule_does_not_count_as_used():
    text = "<!-- tqcheck: ignore TQ101 -->\nCertain : yes.\n"
    assert [f.code for f in check_text(text, path="x.md")] == ["TQ100", "TQ102"]


def test_tq100_follows_the_selection_like_any_rule():
    text = "<!-- tqcheck: ignore TQ101 -->\nNothing to ignore here.\n"
    assert tq100(text, ignore=["TQ100"]) == []
    assert tq100(text, select=["TQ101"]) == []


def test_bad_suppression_comments_are_reported(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(
        "<!-- tqcheck: ignore TQ999 -->\nx\n\n<!-- tqcheck: ignore-next-line -->\ny\n", encoding="utf-8")
    data = json.loads(run_cli("check", "--format", "json", "a.md").stdout.decode())
    messages = [(f["line"], f["code"], f["message"].split(":")[0]) for f in data["findings"]]
    assert messages == [(1, "TQ100", "Suppression comment names unknown rule code `TQ999`"),
                        (4, "TQ100", "Malformed suppression comment")]


def _reference(doc, findings):
    """The plain reading of the suppression comments, one finding and one directive at a time: each disable ends at
    the first enable after it that names all its codes (a bare enable ends all); a finding is suppressed by the
    first directive, in the document's order, that covers it."""
    ordered = sorted(doc.directives, key=lambda d: d.offset)
    for n, d in enumerate(ordered):
        if d.kind == "disable":
            d.first, d.last = d.offset, len(doc.text)
            for e in ordered[n + 1:]:
                if e.kind == "enable" and (e.covers_all or not d.covers_all and all(map(e.covers, d.codes))):
                    d.last = e.offset
                    break
    kept, used = [], set()
    for f in findings:
        hit = next((i for i, d in enumerate(ordered) if d.kind != "enable"
                    and d.first <= f.start < max(d.last, d.first + 1) and d.covers(f.code)), None)
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
    return kept, used, ordered


def test_suppressions_read_as_the_plain_reading_does():
    import copy
    import random

    from tqcheck.documents import parse
    from tqcheck.documents.directives import resolve_directives
    from tqcheck.engine import suppress
    from tqcheck.findings import Finding

    rnd = random.Random(11)
    codes = ["", " TQ1", " TQ101", " TQ102", " TQ1, TQ5", " TQ5 TQ1", " ALL", " TQ10"]
    for _ in range(400):
        lines = [f"<!-- tqcheck: {rnd.choice(('ignore', 'disable', 'enable'))}{rnd.choice(codes)} -->"
                 if rnd.random() < 0.4 else f"Line {k}." for k in range(rnd.randint(1, 14))]
        text = "\n\n".join(lines) + "\n"
        doc = parse(text, path="a.md", fmt="markdown")  # (parse resolves the directives)
        fresh = copy.deepcopy(doc)
        fresh.directives = [copy.copy(d) for d in doc.directives]
        findings = [Finding("a.md", 1, 1, 1, 2, rnd.choice(("TQ101", "TQ102", "TQ501")), "c", "warning", "m", "x",
                            start=at) for at in (rnd.randrange(len(text)) for _ in range(rnd.randint(0, 12)))]
        kept, used, ordered = _reference(fresh, findings)
        resolve_directives(doc)
        got_kept, got_used = suppress(doc, findings)
        assert [(d.kind, d.codes, d.first, d.last) for d in doc.directives] == [
            (d.kind, d.codes, d.first, d.last) for d in ordered], text
        assert got_kept == kept and got_used == used, text


@pytest.mark.parametrize("name, text, form", [
    ("a.md", "<!-- tqcheck: ignor TQ101 -->\nA « b ».\n", "<!-- tqcheck: ignore|disable|enable [CODES] -->"),
    ("a.tex", "\\begin{document}\n% tqcheck: ignor TQ101\nA « b ».\n\\end{document}\n",
     "% tqcheck: ignore|disable|enable [CODES]"),
    ("a.mdx", "{/* tqcheck: ignor TQ101 */}\n\nA « b ».\n", "{/* tqcheck: ignore|disable|enable [CODES] */}"),
    ("en.ftl", "# tqcheck: ignor TQ101\nk = A « b ».\n", "# tqcheck: ignore|disable|enable [CODES]"),
])
def test_a_malformed_comment_is_told_its_form_in_its_own_comment_syntax(tmp_path, run_cli, name, text, form):
    (tmp_path / name).write_text(text, encoding="utf-8")
    data = json.loads(run_cli("check", "--select", "TQ100", "--format", "json", name).stdout.decode())
    assert [f["message"] for f in data["findings"]] == [f"Malformed suppression comment: use `{form}`"]
