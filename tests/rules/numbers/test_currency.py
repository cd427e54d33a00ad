"""TQ505 and TQ507 (numbers.currency): a currency sign after the amount, alone or behind a French
multiplier (3 Md€)."""

import pytest

from .helpers import assert_all, assert_one, fix, tq5

EXAMPLES = [
    ("It cost 250 000 € in all.", "TQ505", "€", "€250,000", "unsafe"),
]

MORE = [
    ("New York pays 8,90$ now.", "TQ505", "$", "$8.90", "unsafe"),
    ("It sells for 900 €per unit.", "TQ505", "€", "€900 ", "unsafe"),
    ("A pistol for 100-300 $.", "TQ505", "$", "$100-300", "unsafe"),
    ("Oil under 20 $US a barrel.", "TQ505", "$", "US$20", "unsafe"),
    ("A budget of 3 Md€.", "TQ507", "Md€", "€3 billion", "unsafe"),
    ("A loss of 1,5 M€.", "TQ507", "M€", "€1.5 million", "unsafe"),
]

NEVER = [
    "It costs €15, $8.90, 15 EUR or 15 euros.",
    "Prices rose 5% to $1,500.50 and £3.20.",
    ":Revision: $Revision: 10267 $ and :Date: $Date: 2024-01-01 $",  # version control keywords (docutils' docs)
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_amounts(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_unsafe_fixes_compose_on_one_amount():
    text, _ = fix("It cost 250 000 € and 1,5 M€ and 1 500-2 000 €.", unsafe=True)
    assert text == "It cost €250,000 and €1.5 million and €1,500-2,000."
    assert fix(text, unsafe=True)[1] == 0


def test_currency_style_code_after():
    (hit,) = [f for f in tq5("It cost 15 €.", **{"currency-style": "code-after"}) if f.code == "TQ505"]
    assert hit.fix.replacement == "15 EUR"


@pytest.mark.parametrize("text", [
    "nptl: kill -32 $pid or kill -33 $pid on a process.",  # glibc's NEWS: shell variables
    'printf ("Number %2$d, Mr %1$s", "Jones", 6);',  # positional format arguments
    "git-bisect: remove unused SHA-1 $x40 shell variable",
    "    behdad:src 0$ time fc-scan ~/fonts/ > after",  # fontconfig's changelog: a shell prompt
])
def test_a_dollar_that_names_a_variable_is_not_currency(text):
    assert [f for f in tq5(text) if f.code == "TQ505"] == []


def test_a_dollar_glued_to_the_next_word_by_mt_is_still_currency():
    assert [f.code for f in tq5("Rents had increased from 30 to 100 $per month.")] == ["TQ505"]
    assert [f.code for f in tq5("Price: 20 $ per night.")] == ["TQ505"]  # a label, not a shell prompt
