import pytest

from tqcheck import check_text


def _tq4(text, path="x.md"):
    """(code, span) of the TQ4 findings on ``text``, read as the file ``path``."""
    return [(f.code, f.span) for f in check_text(text, path) if f.code.startswith("TQ4")]


@pytest.fixture
def tq4():
    return _tq4
