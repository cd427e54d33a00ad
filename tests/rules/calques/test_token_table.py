"""The token-pattern rows of calque_patterns.tsv (tqcheck.rules.calques.token_table): every row's example
fires that row, its counter-example does not, and the engine keeps one finding per stretch of words."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.rules.calques.token_table import CALQUE_PATTERNS, CALQUES, TokenRule
from tqcheck.rules.common.tokens import TokenPattern

ROWS = CALQUE_PATTERNS.rows


def _with(row, **changes):
    return type(row)(changes.get(name, value) for name, value in zip(row._fields, row))


def _ids(text, code):
    return [f.message.rsplit("[", 1)[-1].rstrip("]") for f in check_text(text, path="x.txt", config=Config(select=[code]))
            if f.code == code and f.message.endswith("]")]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_every_row_parses_and_its_example_fires(row):
    assert TokenRule(row).unless is not None  # the pattern and every antipattern parse
    assert row.id in _ids(row.example, row.code), row.example


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_no_row_fires_on_its_counter_example(row):
    assert row.id not in _ids(row.counter, row.code), row.counter


def test_rows_need_a_fixed_word_to_anchor_on():
    row = _with(ROWS[0], pattern="NOUN ADJ")
    with pytest.raises(ValueError, match="fixed word"):
        TokenRule(row)


def test_every_row_has_evidence():
    assert all(row.evidence.strip() for row in ROWS)


def test_one_finding_per_stretch_the_more_severe_speaks(monkeypatch):
    rows = [_with(ROWS[0], id="weak", code="TQ303", pattern="the object of", severity="info", unless="",
                             suggestions=()),
            _with(ROWS[0], id="strong", code="TQ303", pattern="<be> the object", severity="warning", unless="",
                             suggestions=())]
    monkeypatch.setattr(CALQUES, "_index", None)
    monkeypatch.setattr(CALQUE_PATTERNS, "_rows", tuple(rows))
    assert _ids("They are the object of a probe.", "TQ303") == ["strong"]


def test_suggestion_templates_take_the_words_found():
    assert TokenPattern.parse("[VERB strongly] the NOUN").spans("He backs strongly the plan.") == [(3, 17)]
    found = check_text("He supports strongly the plan.", path="x.txt", config=Config(select=["TQ304"]))
    assert [f.fix.replacement for f in found if f.fix] == ["strongly supports"]
