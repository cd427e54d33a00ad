"""TQ514 lowercase-month-or-day (tqcheck.rules.numbers.name_case)."""

import pytest

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("Published in october 2023.", "TQ514", "october", "October", "safe"),
]

MORE = [
    ("The meeting is on monday 3 june 2024.", "TQ514", "monday-june", "Monday-June", "safe"),
    ("Every sunday, the market opens.", "TQ514", "sunday", "Sunday", "unsafe"),  # alone: maybe a value
    ("It was 2024-06-03 monday 10:00 when it started.", "TQ514", "monday", "Monday", "unsafe"),  # no day: a log
    # LIG's post-edits keep the lower case of the Moses output they corrected (WMT13's rbmt-3: `begins sunday`)
    ("After the collapse of Washington Mutual on friday, the authorities acted.", "TQ514", "friday", "Friday",
     "unsafe"),
]

NEVER = [
    "The Meeting Is On Monday 3 June.",
    "In may we may meet; in march we march; in august company.",  # English words as well
    "Run date -d 'last friday' or set day=monday and /tuesday.",  # named, or code
    "Open monday.txt, write june@example.com, ${monday}, #monday and [june](http://x).",  # a review's cases
    "Mondays and junes.",  # no such word
    "TUESDAY 3 JUNE",
    "a corpus lower-cased for training : the vote on monday 3 june .",  # no case to read (LIG's Moses output)
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_lower_case_names(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_english_words_quoted_names_and_code_are_left_alone(text):
    assert [f for f in tq5(text) if f.code == "TQ514"] == []


def test_a_programs_month_names_in_lower_case():
    # PluXml's English language file: the months as French writes them, every one in lower case
    php = "<?php\nreturn [\n  'june' => 'june',\n  'july' => 'july',\n  'Mon' => 'monday',\n];\n"
    assert [f.span for f in tq5(php, "lang/en/core.php") if f.code == "TQ514"] == ["june", "july", "monday"]


def test_every_name_is_found_from_its_ending():
    from tqcheck.rules.numbers.name_case import ENDINGS, _names

    assert len(_names()) == 16 and all(ENDINGS.search(name) for name in _names())
