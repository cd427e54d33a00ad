"""TQ305 (tqcheck.rules.calques.prepositions): the rows of calque_patterns.tsv with code TQ305, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows(spans):
    rows = CALQUE_PATTERNS.where(code="TQ305")
    assert rows, "no row with code TQ305"
    # the rows' examples are flagged under TQ305, but where an entry of the family flags the same words first
    flagged = [row for row in rows if "TQ305" in [code for code, _ in spans(row.example)]]
    assert len(flagged) >= len(rows) // 2, [row.id for row in rows if row not in flagged]
