"""TQ506 (numbers.words): milliard(s), and millions/billions with an s after a figure."""

import pytest

from tqcheck.rules.numbers import NUMBER_WORDS

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("The debt is 3 milliards.", "TQ506", "milliards", "billion", "safe"),
]

MORE = [
    ("It costs 3 milliards d'euros.", "TQ506", "milliards d'euros", "billion euros", "safe"),
    ("It reached 70 billions of dollars.", "TQ506", "billions of", "billion", "safe"),
    ("Des milliards were spent.", "TQ506", "milliards", "billions", "safe"),
]

NEVER = [
    "Hundreds of millions of people, and billions more.",
    "In 2012 millions of people voted.",
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_number_words(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_every_french_number_word_contains_illi():
    """The long-segment anchor for TQ506 looks for "illi"."""
    words = NUMBER_WORDS.column("french", kind="word")
    assert words and all("illi" in w.lower() for w in words)


def test_every_french_currency_starts_with_d():
    """TQ506 tries the currency after a number word only where a d (or the o of "of") follows it."""
    from tqcheck.rules.numbers.words import TAIL_LETTERS

    currencies = NUMBER_WORDS.column("french", kind="currency")
    assert currencies and all(c[0] in TAIL_LETTERS for c in currencies)
