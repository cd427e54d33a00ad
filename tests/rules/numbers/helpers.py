"""What the TQ5xx tests share: linting a text with the family selected, fixing it, and the two ways a
table of examples is checked."""

from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.engine import Context, check_text, fix_document


def tq5(text, path="x.txt", **options):
    """The TQ5xx findings on ``text`` (the family selected, ``options`` as in the configuration)."""
    config = Config(select=["TQ5"], options=options)
    return [f for f in check_text(text, path, config=config) if f.code.startswith("TQ5")]


def fix(text, unsafe=False, **options):
    """``text`` with the family's fixes applied until none applies, and how many were."""
    ctx = Context(Config(select=["TQ5"], options=options))
    doc, _, n = fix_document(parse(text, fmt="text"), ctx, unsafe=unsafe)
    return doc.text, n


def assert_one(text, code, span, replacement, applicability):
    """``text`` has exactly one ``code`` finding, on ``span``, with that fix."""
    hits = [f for f in tq5(text) if f.code == code]
    assert len(hits) == 1, tq5(text)
    assert hits[0].span == span
    assert hits[0].fix.replacement == replacement
    assert hits[0].fix.applicability == applicability


def assert_all(text, code, span, replacement, applicability):
    """The ``code`` findings of ``text``: their spans and fixes joined by ``-``, one applicability."""
    hits = [f for f in tq5(text) if f.code == code]
    assert hits, tq5(text)
    assert "-".join(f.span for f in hits) == span
    assert "-".join(f.fix.replacement for f in hits) == replacement
    assert {f.fix.applicability for f in hits} == {applicability}
