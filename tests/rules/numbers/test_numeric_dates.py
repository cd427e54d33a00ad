"""TQ511 (numbers.numeric_dates): day-first numeric dates, judged with the whole document."""

import pytest

from .helpers import assert_one, tq5

EXAMPLES = [
    ("It was signed on 15/03/2023.", "TQ511", "15/03/2023", "15 March 2023", "unsafe"),
]

NEVER = [
    "It was signed on 2023-03-15.",
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_ambiguous_day_first_date_needs_document_evidence():
    assert tq5("It was signed on 05/03/2023.") == []
    text = "Signed on 15/03/2023 and on 05/03/2023.\n\nThe vote was on March 20, 2023."
    spans = [f.span for f in tq5(text) if f.code == "TQ511"]
    assert spans == ["15/03/2023", "05/03/2023"]


def test_two_digit_year_has_no_fix():
    (hit,) = tq5("Signed on 15/03/23.")
    assert hit.code == "TQ511" and hit.fix is None
