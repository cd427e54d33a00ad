"""TQ306 (tqcheck.rules.calques.articles): the rows of calque_patterns.tsv with code TQ306, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows(spans):
    rows = CALQUE_PATTERNS.where(code="TQ306")
    assert rows, "no row with code TQ306"
    # the rows' examples are flagged under TQ306, but where an entry of the family flags the same words first
    flagged = [row for row in rows if "TQ306" in [code for code, _ in spans(row.example)]]
    assert len(flagged) >= len(rows) // 2, [row.id for row in rows if row not in flagged]
