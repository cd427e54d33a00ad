import pytest

from tqcheck import documents
from tqcheck.engine import Context, check_text
from tqcheck.rules.names import clusters


def _codes(text, code_prefix="TQ2", **kw):
    """The findings of ``text`` (read as x.txt) whose code starts with ``code_prefix``."""
    return [f for f in check_text(text, "x.txt", **kw) if f.code.startswith(code_prefix)]


def _across(*files, ctx=None):
    """TQ202 across files: ``(path, Problem)`` of ``check_run`` on ``(text, path[, format])`` files."""
    ctx = ctx or Context()
    docs = [documents.parse(*f) for f in files]
    return list(clusters.check_run([(d.path, clusters.collect(d, ctx)) for d in docs], ctx)), docs


@pytest.fixture
def codes():
    return _codes


@pytest.fixture
def across():
    return _across
