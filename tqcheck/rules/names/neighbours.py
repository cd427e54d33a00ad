"""Two capitalised words side by side: when they are one name (``Andrei Lepikhov``), and when two spellings of
one name are set side by side on purpose (``Kiev (now Kyiv)``).  Shared by TQ202 in one document (``clusters``)
and across a run's files (``clusters_run``).

Two words are neighbours when one space-like character parts them; where the format reflows its lines (HTML,
Markdown, reST), a line break and its indent are one space too, and the first may open a sentence unless it is
an English word (``Yesterday Bakhmut``): a name does open a table's cell or a list of contributors.
"""

from __future__ import annotations

import re

from ..common import sentence_start
from .grouping import english_word

# a line break there reads as a space (not in a PO string: a real break)
_REFLOWED = ("html", "markdown", "mdx", "rmarkdown", "rst", "latex", "asciidoc", "docbook", "dita")
_CONTRAST = 120  # characters: two spellings this close, in one sentence, may be set side by side on purpose
# ... when the words between say so: `Kiev (now Kyiv)`, `Kiev (Kyiv)`, `Kiev or Kyiv`, `Kiev/Kyiv`, `renamed to`
_SIDE = re.compile(r"\s*(?:\(\s*(?:now|formerly|or|then|aka)?|or|aka|/)\s*", re.I)  # the whole text between
_RENAMED = re.compile(r"\b(?:renamed|formerly|known as|spel(?:led|t))\b|->|→", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def reflowed(doc) -> bool:
    """Does the document's format read a line break and its indent as one space?"""
    return doc.format in _REFLOWED


def one_space(gap: str, loose: bool) -> bool:
    """Is ``gap`` (white space between two words) one space: one character, or (``loose``) one line break
    with its indent?"""
    return len(gap) == 1 or loose and gap.count("\n") <= 1


def gap(text: str, i: int, step: int, loose: bool):
    """Past the space before (``step`` -1) or after (1) offset ``i``: the end of the word before, or the start
    of the word after; None where no such space is (``one_space``)."""
    k = i if step > 0 else i - 1
    if not (0 <= k < len(text)) or not text[k].isspace():
        return None
    if loose:
        end = k
        while 0 <= end + step < len(text) and text[end + step].isspace():
            end += step
        if one_space(text[min(k, end):max(k, end) + 1], loose):
            k = end
    return k + 1 if step > 0 else k


def may_lead(text: str, i: int, word: str, loose: bool, opening: bool | None = None) -> bool:
    """May ``word`` at ``text[i]`` be the first of two names?  Not one opening a sentence, except, where the
    format reflows (``loose``: HTML, Markdown, reST), a word that is no English word: a table's cell or a list
    item opens with a name.  (In plain text a changelog entry's line opens with its author, whose name is
    then compared with everyone's: `Sergei Trofimovich` would join `Sergey Organov`'s group.)  ``opening``:
    ``sentence_start(text, i)``, when the caller has it already."""
    if opening is None:
        opening = sentence_start(text, i)
    return not opening or loose and not english_word(word)


def contrasted(text: str, places) -> set:
    """The ``(start, end)`` of the spellings of one name set side by side on purpose: two different spellings
    (``places``: each spelling's ``(start, end, ...)``) within ``_CONTRAST`` characters of one sentence, with
    only ``(``, ``or`` or ``/`` between them, or a word that says so (``renamed to``, ``formerly``)."""
    spots = sorted((p[0], p[1], k) for k, found in enumerate(places) for p in found)
    out = set()
    for (a, b, k), (c, d, m) in zip(spots, spots[1:]):
        between = text[b:c] if k != m and c - b <= _CONTRAST else None
        if between is not None and (_SIDE.fullmatch(between) or _RENAMED.search(between)) \
                and not _SENTENCE_END.search(between):
            out.update(((a, b), (c, d)))
    return out
