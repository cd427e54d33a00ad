"""TQ306 (tqcheck.rules.calques.articles): the rows of calque_patterns.tsv with code TQ306, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows(spans):
    rows = CALQUE_PATTERNS.where(code="TQ306")
    assert rows, "no row with code TQ306"
    # the rows' examples are flagged under TQ306, but where an entry of the family flags the same words first
    flagged = [row for row in rows if "TQ306" in [code for code, _ in spans(row.example)]]
    assert len(flagged) >= len(rows) // 2, [row.id for row in rows if row not in flagged]


def test_a_place_before_a_noun_the_lexicon_lacks_qualifies_it():
    # Wharton (stop 51): the name qualifies a rarer noun, `the` is the noun's
    from tqcheck.engine import check_text

    text = "After a month with the Paris dressmakers, she preferred the Paris cafés chantants.\n"
    assert [f.code for f in check_text(text, "a.txt") if f.code == "TQ306"] == []
    assert [f.span for f in check_text("The France has decided to act.\n", "a.txt") if f.code == "TQ306"] == ["The"]
