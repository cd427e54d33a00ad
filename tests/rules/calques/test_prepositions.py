"""TQ305 (tqcheck.rules.calques.prepositions): the rows of calque_patterns.tsv with code TQ305, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows_and_only_them(spans):
    rows = CALQUE_PATTERNS.where(code="TQ305")
    assert rows, "no row with code TQ305"
    for row in rows:
        assert "TQ305" in [code for code, _ in spans(row.example)], row.example
    others = [r for r in CALQUE_PATTERNS.rows if r.code != "TQ305"]
    assert all("TQ305" not in [code for code, _ in spans(r.example)] for r in others[:20])
