"""TQ508 (numbers.times): a French time written with h (14h30, at 9h)."""

import pytest

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("It opens at 14h30.", "TQ508", "14h30", "14:30", "unsafe"),
]

MORE = [
    ("It opens at 14 h 30.", "TQ508", "14 h 30", "14:30", "unsafe"),
    ("It opens at 9h.", "TQ508", "9h", "9:00", "unsafe"),
    ("Polls closed at 17H00 GMT.", "TQ508", "17H00", "17:00", "unsafe"),
    ("Open 9h-17h daily.", "TQ508", "9h-17h", "9:00-17:00", "unsafe"),
]

NEVER = [
    "It opens at 14:30 and closes at 2:30 p.m.",
    "A 24h race and 8 h of sleep.",
    "Tea at 4pm; 3:1 odds; 50-50.",
    "The epoch is January 1st, 2001 at 12h 00m 01.12s Pacific Daylight Time.",  # h m s notation (libtasn1)
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_times(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


@pytest.mark.parametrize("text, h24, h12", [
    ("at 14h30", "14:30", "2:30 p.m."),
    ("at 9h", "9:00", "9 a.m."),
    ("at 0h15", "0:15", "12:15 a.m."),
    ("at 12h", "12:00", "12 p.m."),
])
def test_time_format_option(text, h24, h12):
    assert [f.fix.replacement for f in tq5(text)] == [h24]
    assert [f.fix.replacement for f in tq5(text, **{"time-format": "12h"})] == [h12]
