"""TQ510 (numbers.dates): a date with an untranslated French month, with its weekday and article."""

import pytest

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("The march on 1er mai was calm.", "TQ510", "1er mai", "1 May", "safe"),
]

MORE = [
    ("On 15 août 2023 it ended.", "TQ510", "15 août 2023", "15 August 2023", "safe"),
    # the French weekday and article belong to the date: fixing the month alone left "lundi 3 March"
    ("The vote is lundi 3 mars.", "TQ510", "lundi 3 mars", "Monday 3 March", "safe"),
    ("Lundi 3 mars, it rained.", "TQ510", "Lundi 3 mars", "Monday 3 March", "safe"),
    ("The vote le lundi 3 mars.", "TQ510", "le lundi 3 mars", "on Monday 3 March", "safe"),
    ("Le vendredi 1er mai 2015, it rained.", "TQ510", "Le vendredi 1er mai 2015", "On Friday 1 May 2015", "safe"),
    ("It ended, \"Le 3 mars\".", "TQ510", "Le 3 mars", "On 3 March", "safe"),
    ("Closed since le 3 mars.", "TQ510", "le 3 mars", "3 March", "safe"),
    ("From 2 and le mardi 4 mars.", "TQ510", "le mardi 4 mars", "Tuesday 4 March", "safe"),
    ("He met Nguyen Le 3 mars.", "TQ510", "3 mars", "3 March", "safe"),  # Le mid-sentence: a name
    ("A word belundi 3 mars.", "TQ510", "3 mars", "3 March", "safe"),
    ("Le 1er mai.", "TQ510", "Le 1er mai", "1 May", "safe"),  # the date alone (a string, a caption): no `On`
]

NEVER = [
    "Mars is red; Mai Tai is a drink.",
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_dates(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_date_message_names_what_is_french():
    (hit,) = tq5("The vote le lundi 3 mars.")
    assert hit.message.startswith("French article, weekday and month names in `le lundi 3 mars`")


def test_a_label_that_is_a_date_takes_no_on(tmp_path, run_cli):
    # a hostile run's case: `# Le 1er mai`, a table's cell and a catalog string became `On 1 May`
    (tmp_path / "a.md").write_text("# Le 1er mai\n\n| Date |\n|---|\n| Le 1er mai 2015 |\n\nLe 1er mai, we marched.\n")
    run_cli("check", "--fix", "a.md")
    assert (tmp_path / "a.md").read_text() == "# 1 May\n\n| Date |\n|---|\n| 1 May 2015 |\n\nOn 1 May, we marched.\n"
