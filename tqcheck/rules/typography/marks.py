"""Where marks stand beside spaces, found from the mark: the searches of TQ102 and TQ106 (``spacing``).

Spaces are far more common than ``,`` ``.`` ``:`` ``;`` ``!`` ``?``, and an expression that opens with a lookbehind
or a space is tried at every character, or at every space, of a long text: each expression here opens with the
mark, which the regex engine skips to, and looks back from it (a randomised test compares each with its plain
spelling).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..common import SPACES, Pattern


def spaced(text: str, marks: str) -> bool:
    """Does a space of any kind stand right before one of ``marks`` somewhere in ``text``?  (One search finds it
    faster than the detectors' expressions scan a long text that has none.)"""
    return bool(marks) and _spaced_search(marks)(text) is not None


@lru_cache(maxsize=64)
def _spaced_search(marks: str):
    """The ``search`` of one of ``marks`` after a space."""
    marks = "[" + re.escape(marks) + "]"
    return re.compile(f"{marks}(?<=[{SPACES}]{marks})").search


# a mark right after a word (what English writes), counted by ``spacing``'s habit
TIGHT_HIGH = Pattern(r"[?!:;](?<=[\w)\]\"'”’»%.][?!:;])(?=\s|$)")
TIGHT_COMMA = Pattern(r"[,.](?<=[\w)\]\"'”’%][,.])(?=\s)")

# a comma or full stop that ends a clause after a space (``spaced_marks`` reads the spaces and the word back)
_SPACED_MARK = Pattern(f"[,.](?<=[{SPACES}][,.])(?=[\\s”\"’)]|$)(?![ \u00a0]?\\.)")
_CLOSERS = frozenset("_)]”\"’'%")


def spaced_marks(text: str):
    """``(i, j)`` of the one or two spaces ``text[i:j]`` between a word (or a closing mark) and each comma or full
    stop that ends a clause at ``text[j]``: the groups of ``(?<=[\\w)\\]”"’'%])([SPACES]{1,2})([,.])…``."""
    for m in _SPACED_MARK.finditer(text):
        j = m.start()
        i = j - 2 if j >= 2 and text[j - 2] in SPACES else j - 1
        if i and (text[i - 1].isalnum() or text[i - 1] in _CLOSERS):  # (a third space is no closer)
            yield i, j


# a French number format: a document that writes one spaces its marks the French way too, however few it spaces (the
# English of a French blog: `Hi all !` beside `1 000 users`).  Groups of three figures after no-break spaces; after
# plain spaces, only before a word, `€` or `%` and not after a capitalised word (`Pixel 8 128 GB`, `Step 2 500 times`),
# never inside a column of figures (`041 117 132`); a decimal comma of one or two figures before `%`; `14h30`.  (Run
# once a document has a spaced mark that the habit test leaves: no expression here is tried on every text.)
_FRENCH_NUMBER = Pattern(r"(?<![\d,.][ \u00a0\u202f])(?<![\d,.])\b(?:(?P<nbsp>[1-9]\d{0,2}(?:[\u00a0\u202f]\d{3})+)\b"
                         r"(?![.,]?\d)|[1-9]\d{0,2}(?: \d{3})+(?=[ \u00a0\u202f]?(?:[^\W\d_]|[€$%]))"
                         r"|\d+,\d{1,2}[ \u00a0\u202f]?%|\d{1,2}h\d{2}\b)")
_CAPITALISED_BEFORE = Pattern(r"(?:^|\s)[A-Z][\w.-]*[ \t]\Z")


def writes_french_numbers(doc) -> bool:
    """Does a segment of ``doc`` write a number the French way (``_FRENCH_NUMBER``)?"""
    for seg in doc.segments:
        for m in _FRENCH_NUMBER.finditer(seg.text):
            if m.group("nbsp") or not _CAPITALISED_BEFORE.search(seg.text, max(0, m.start() - 40), m.start()):
                return True
    return False


def as_unsafe(problem):
    """``problem`` with its fix made unsafe (an editor's decision)."""
    if problem.fix is not None and problem.fix.applicability == "safe":
        problem.fix = replace(problem.fix, applicability="unsafe")
    return problem
