"""Where marks stand beside spaces, found from the mark: the searches of TQ102 and TQ106 (``spacing``).

Spaces are far more common than ``,`` ``.`` ``:`` ``;`` ``!`` ``?``, and an expression that opens with a lookbehind
or a space is tried at every character, or at every space, of a long text: each expression here opens with the
mark, which the regex engine skips to, and looks back from it (a randomised test compares each with its plain
spelling).
"""

from __future__ import annotations

import re
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


# a French number format (`1 000`, `4,5 %`, `14h30`): a document that writes one spaces its marks the French way
# too, however few it spaces (the English of a French blog: `Hi all !` beside `1 000 users`)
# (`1 000`, but not a column of figures, `041 117 132`, nor a phone's groups)
_FRENCH_NUMBER = Pattern(r"(?<![\d,.][ \u00a0\u202f])(?<![\d,.])\b\d{1,3}[ \u00a0\u202f]\d{3}\b(?![ \u00a0\u202f]?\d)"
                         r"|\b\d+,\d+[ \u00a0\u202f]?%|\b\d{1,2}h\d{2}\b")


def writes_french_numbers(doc) -> bool:
    """Does a segment of ``doc`` write a number the French way (``_FRENCH_NUMBER``)?"""
    return any(_FRENCH_NUMBER.search(seg.text) for seg in doc.segments)

