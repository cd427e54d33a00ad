"""Helpers for the TQ3xx detector tests: the findings of a text, the family's rules only."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def _found(text, select=("TQ3",), path="x.txt"):
    """The findings of ``text`` with the TQ3 rules (or ``select``) only."""
    return [f for f in check_text(text, path=path, config=Config(select=list(select))) if f.code.startswith("TQ3")]


def _spans(text, select=("TQ3",)):
    """``(code, span)`` of each finding of ``text``."""
    return [(f.code, f.span) for f in _found(text, select)]


@pytest.fixture
def found():
    return _found


@pytest.fixture
def spans():
    return _spans
