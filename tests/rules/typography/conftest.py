"""Helpers for the TQ1xx detector tests: the findings of a text, and a text after ``--fix``."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.engine import Context, fix_document


def _codes(text, path="x.txt", select=("TQ1",)):
    """``(code, column, span)`` of each finding of ``text``, the TQ1 rules (or ``select``) only."""
    return [(f.code, f.column, f.span) for f in check_text(text, path=path, config=Config(select=list(select)))]


def _fixed(text, unsafe=False, fmt="text"):
    """``text`` after every TQ1 fix (safe ones, or all with ``unsafe``), repeated until none applies."""
    doc, _, _ = fix_document(parse(text, fmt=fmt), Context(Config(select=["TQ1"])), unsafe=unsafe)
    return doc.text


@pytest.fixture
def codes():
    return _codes


@pytest.fixture
def fixed():
    return _fixed
