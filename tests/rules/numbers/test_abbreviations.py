"""TQ512 and TQ513 (numbers.abbreviations): French titles (M., Mme) and abbreviations (n°, p. ex.)."""

import pytest

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("Decree n° 12 applies.", "TQ513", "n°", "No.", "safe"),
    ("M. Guebuza said no.", "TQ512", "M.", "Mr", "unsafe"),
    ("Mme Dhlakama said yes.", "TQ512", "Mme", "Mrs", "unsafe"),
]

MORE = [
    ("Mlle Dupont came.", "TQ512", "Mlle", "Miss", "unsafe"),
    ("MM. Dupont and Durand came.", "TQ512", "MM.", "Messrs", "unsafe"),
    ("Yesterday, a beer to M. X, died.", "TQ512", "M.", "Mr", "unsafe"),
    ("A fruit, p. ex. an apple.", "TQ513", "p. ex.", "e.g.", "safe"),
    ("Rome (753 av. J.-C.) was founded.", "TQ513", "av. J.-C.", "BC", "safe"),
    ("It has env. 300 people.", "TQ513", "env.", "approx.", "safe"),
    ("See n°5.", "TQ513", "n°", "No. ", "safe"),
]

NEVER = [
    "Defense Secretary Robert M. Gates said so.",
    "cf. chapter 3, etc.",
    "The env. variable is set.",
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_abbreviations(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_title_follows_the_documents_dotted_style():
    (hit,) = tq5("Mr. Smith met M. Dupont.")
    assert hit.fix.replacement == "Mr."
