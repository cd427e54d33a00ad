"""TQ1xx on examples from real MT output, and on English that must stay quiet."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.engine import Context, fix_document


def codes(text, path="x.txt", select=("TQ1",)):
    return [(f.code, f.column, f.span) for f in check_text(text, path=path, config=Config(select=list(select)))]


def fixed(text, unsafe=False, fmt="text"):
    doc, _, _ = fix_document(parse(text, fmt=fmt), Context(Config(select=["TQ1"])), unsafe=unsafe)
    return doc.text


@pytest.mark.parametrize("text, column", [
    ("We must continue to support Ukraine. »", 38),
    ("He called him a «loser».", 17),
    ("He called him a «\u00a0loser\u00a0».", 17),
    ("A « quote ” closed the English way.", 3),
])
def test_guillemets_flagged(text, column):
    found = codes(text)
    assert found and found[0][0] == "TQ101" and found[0][1] == column


@pytest.mark.parametrize("before, after", [
    ("We must continue to support Ukraine. »", "We must continue to support Ukraine.”"),
    ("He called him a «\u00a0loser\u00a0».", "He called him a “loser”."),
    ("‹ Hello ›, she wrote.", "‘Hello’, she wrote."),
    ("« We must go », underlined the Secretary General.", "“We must go,” underlined the Secretary General."),
])
def test_guillemet_fix(before, after):
    assert fixed(before) == after
    assert fixed(after) == after  # idempotent


@pytest.mark.parametrize("text", ["Home » News » Sport", "Read more »", "Next ›", "1 › 2"])
def test_guillemet_as_navigation_not_flagged(text):
    assert codes(text) == []


@pytest.mark.parametrize("text, span", [
    ("One thing is certain : the new provisions will apply.", " "),
    ("Why ?", " "),
    ("Stop !", " "),
    ("First ; second", " "),
    ("Certain\u00a0: yes", "\u00a0"),
    ("Certain\u202f: yes", "\u202f"),
    ("He said “ hello ”.", " "),
])
def test_space_before_punctuation(text, span):
    found = codes(text)
    assert found and found[0][0] == "TQ102" and found[0][2] == span


@pytest.mark.parametrize("text", [
    "Smile :) it works ;-) really :D",
    "The ratio was 3 : 1 in the end.",
    "See http://example.com/a:b and note: fine.",
    "Two things: first; second! Why? Because.",
    ": a line that starts with a colon",
    "Use `a : b` in code.",
])
def test_space_before_punctuation_quiet(text):
    assert codes(text, path="x.md") == []


def test_space_before_punctuation_fix():
    assert fixed("Certain : yes ! Why ?") == "Certain: yes! Why?"


@pytest.mark.parametrize("before, after", [
    ("“We will not give up”, underlined the Secretary General.", "“We will not give up,” underlined the Secretary General."),
    ('"This is a crisis", said Federal Minister Olaf Scholz.', '"This is a crisis," said Federal Minister Olaf Scholz.'),
    ("“We won.”, he said.", "“We won,” he said."),
    ("“Why?”, asked the minister.", "“Why?” asked the minister."),
])
def test_comma_outside_quote(before, after):
    assert [c for c, _, _ in codes(before)] == ["TQ103"]
    assert fixed(before) == after
    assert codes(after) == []


@pytest.mark.parametrize("text", [
    "He used the words “fair”, “free” and “open”.",
    'The so-called "reform", which passed, failed.',
    "They called it “a rare moment”, as they put it.",
    'This would be "monstrous", he said.',
])
def test_comma_outside_quote_quiet(text):
    assert codes(text) == []


def test_dialogue_dash():
    assert [c for c, _, _ in codes("– We have no choice, replied the mayor.")] == ["TQ104"]
    assert [c for c, _, _ in codes("— Really?\n— Yes, said he.")] == ["TQ104", "TQ104"]


@pytest.mark.parametrize("text", [
    "– A list item written with a dash",
    "The result – a surprise, said nobody – was clear.",
])
def test_dialogue_dash_quiet(text):
    assert codes(text) == []


def test_mixed_quotes_flag_minority_with_unsafe_fix():
    text = 'He said “yes” and “maybe”. She said "no".'
    found = check_text(text, config=Config(select=["TQ105"]))
    assert [f.span for f in found] == ['"', '"']
    assert all(f.severity == "info" and f.fix.applicability == "unsafe" for f in found)
    assert fixed(text, unsafe=True) == "He said “yes” and “maybe”. She said “no”."
    assert fixed(text, unsafe=False) == text


def test_inch_marks_are_not_quotes():
    assert codes('A 12" screen and “quotes”.', select=["TQ105"]) == []


def test_fix_never_rewrites_markup():
    # the guillemet is inside emphasis markup; the fix must stay exact
    text = "He said *«loser»* twice.\n"
    assert fixed(text, fmt="markdown") == "He said *“loser”* twice.\n"
    html = "<p>caf&eacute; &laquo;x&raquo;</p>"
    found = check_text(html, path="x.html", config=Config(select=["TQ101"]))
    assert [f.fix for f in found] == [None, None]  # an entity is not the character: no blind fix


def test_space_before_comma_or_full_stop():
    text = "The bill passed the National Assembly , with 300 votes against 200 ."
    assert [(c, col) for c, col, _ in codes(text)] == [("TQ106", 38), ("TQ106", 67)]
    assert fixed(text) == "The bill passed the National Assembly, with 300 votes against 200."


@pytest.mark.parametrize("text", [
    "A .5 caliber rifle and a file called notes .txt today.",
    "He paused . . . and went on.",
    "Wait ... what?",
    "Version .NET 8 and the .com domains.",
])
def test_space_before_comma_quiet(text):
    assert [c for c, _, _ in codes(text) if c == "TQ106"] == []
