"""TQ100: suppression comments that suppress nothing (reported by the engine).

It lives in the TQ1xx range because a suppression comment is part of the
document's markup, the layer the typography family reads.
"""

from __future__ import annotations

from . import Rule

RULES = [
    Rule(
        code="TQ100",
        name="unused-suppression",
        severity="warning",
        summary="A tqcheck suppression comment that suppresses nothing, or cannot be read",
        what="Flags a `<!-- tqcheck: ignore ... -->` or `<!-- tqcheck: disable ... -->` comment that "
        "covers no finding, like ruff's RUF100 for unused `noqa`; also one that names an unknown rule "
        "code or is not of the form `tqcheck: ignore|disable|enable [CODES]`.",
        why="A stale suppression hides the next real artefact in that block without anyone noticing; "
        "a suppression should say exactly what it silences.",
        before="<!-- tqcheck: ignore TQ101 -->\nA paragraph with nothing to ignore.",
        after="A paragraph with nothing to ignore.",
        fix="none: deleting a comment is left to the author, who may want to keep a note in it.",
    )
]


def check(doc, ctx):
    """The engine reports unused suppressions itself, once every finding is known."""
    return ()
