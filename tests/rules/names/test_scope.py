"""The shortcuts ``scope`` takes to find a file's articles give what the plain definitions give."""

import re

import pytest

from tqcheck.rules.names import scope

# the plain definitions: a line pattern searched as `^` in MULTILINE mode at every line start
_SEPARATOR = re.compile("^" + scope._SEPARATOR_LINE, re.M)
_ENTRY = re.compile("^" + scope._ENTRY_AFTER.pattern[2:], re.M)  # the pattern after its leading "\n"

TEXTS = [
    "%\nOne quotation.\n%\n%%\nAnother.\n%",
    "* * *\n-----\n\n  ===  \n~~ ~\nprose --- with - dashes\n# # #\n___",
    "pkg (1.2-1) unstable; urgency=low\n\n  * Fix.\n\npkg (1.1-1) unstable; urgency=low\n",
    "2023-02-09  Jane Doe  <jane@example.org>\n\n\t* a.c: fix.\n2023-02-08  John Roe  <john@example.org>\n",
    "commit 0123abc\nAuthor: Jane Doe <jane@example.org>\n\n    Fix.\ncommit deadbeef\n",
    "Jane Doe (5):\n      Fix.\n\nJohn Roe (12):\n      More.\n",
    "* Version 3.7.9 (released 2023-02-09)\nNoteworthy changes in release 9.1\ndbus 1.13.6 (2018-08-02)\n",
    "\n\n%\n\n",
    "",
    "No separator, no entry.\nJust prose; urgency=none here.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_line_patterns_after_a_newline_find_what_line_start_anchors_find(text):
    plain = [m.start() for m in _SEPARATOR.finditer(text)]
    assert ([0] if scope._SEPARATOR.match(text) else []) + [
        m.start() + 1 for m in scope._SEPARATOR_AFTER.finditer(text)] == plain
    assert [m.start() + 1 for m in scope._ENTRY_AFTER.finditer(text)] == [
        m.start() for m in _ENTRY.finditer(text) if m.start()]


def test_the_tests_see_separators_and_entries():  # the equivalence above is not one of empty lists
    assert sum(len(_SEPARATOR.findall(t)) for t in TEXTS) >= 10
    assert sum(1 for t in TEXTS for m in _ENTRY.finditer(t) if m.start()) >= 6


@pytest.mark.parametrize("lines", [[""], ["a"], ["", ""], ["one", "", "three", "four five"]])
def test_line_starts_are_offsets_in_the_joined_text(lines):
    text = "\n".join(lines)
    assert scope._line_starts(lines) == [m.start() for m in re.finditer(r"^", text, re.M)]


def test_titles_are_unclosed_capitalised_short_lines_after_a_closed_one():
    lines = ["Title opening the file"] + [f"Sentence {k} ends here." for k in range(20)] + [
        "A new story begins", "lower case line", "It ends.", "Too many words to be a title line in this text of words",
        "It ends.", "  Indented Title  ", "Still no close"]
    text = "\n".join(lines)
    plain = [m.start() for m in re.finditer(r"^", text, re.M)]
    assert scope._titles(text) == [plain[21], plain[26]]
