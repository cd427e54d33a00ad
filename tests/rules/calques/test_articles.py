"""TQ306 (tqcheck.rules.calques.articles): the rows of calque_patterns.tsv with code TQ306, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows_and_only_them(spans):
    rows = CALQUE_PATTERNS.where(code="TQ306")
    assert rows, "no row with code TQ306"
    for row in rows:
        assert "TQ306" in [code for code, _ in spans(row.example)], row.example
    others = [r for r in CALQUE_PATTERNS.rows if r.code != "TQ306"]
    assert all("TQ306" not in [code for code, _ in spans(r.example)] for r in others[:20])
