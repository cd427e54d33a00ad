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
