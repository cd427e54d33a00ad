"""French the text quotes: a quotation, or a bracketed aside, whose words are French.

An English text may quote French on purpose (``the sign read "Fermé le lundi 15 mars"``, ``Labour Day
("le 1er mai")``), and a translation may leave a quotation in French.  Either way the words inside are
French, and the rules about English do not read them: ``1er`` there is no English ordinal to rewrite,
``1,5 %`` is French written the French way, and a safe fix must never edit a quotation.  The engine drops
their findings there (``in_english``); the untranslated rules (a quotation left in French is what they
report) and the source-aware ones still speak, as do the rules about the quotation marks themselves,
which belong to the English text around the quotation and lie outside it.

A passage is the stripped text between quotation marks, or brackets, on the line of a finding
(``exemptions.inside``).  It is French when at least two of its words lean French (``lexicon.kind``: a
French function word, a word French uses and English does not) and none is English; or, where some are
(``mars``, ``a``), at least two are clearly French (not only ``le``, ``la``, ``de``) and three times as
many lean French as are English.
A word glued to a figure (``1er``, ``14h30``) is no word here; names and unknown words do not count.
No table: the words' kinds are the untranslated family's.  Italics (a title) are not read as passages.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..common import Pattern
from .exemptions import CLOSE_QUOTES, OPEN_QUOTES, inside
from .lexicon import ENGLISH, FRENCH, MAYBE, STRONG, WEAK, kind

READ_FRENCH = ("TQ100", "TQ4", "TQ6")  # the codes whose rules read French: suppressions, untranslated, source
_WORD = Pattern(r"(?<!\w)[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # not glued to a figure: 1er, 14h30 are none


def in_english(doc, findings: list) -> list:
    """``findings`` without those of rules about English that lie inside French the text quotes."""
    if all(f.code.startswith(READ_FRENCH) for f in findings):
        return findings
    segments = sorted(doc.segments, key=lambda seg: seg.offset(0))
    starts = [seg.offset(0) for seg in segments]
    return [f for f in findings if f.code.startswith(READ_FRENCH) or not _quoted_french(segments, starts, f)]


def _quoted_french(segments, starts, finding) -> bool:
    k = bisect_left(starts, finding.start + 1) - 1
    if k < 0:
        return False
    seg = segments[k]
    i = _index(seg, finding.start)
    j = i if finding.end <= finding.start else _index(seg, finding.end - 1)
    if i is None or j is None:
        return False  # not in this segment's text (markup, another unit's source)
    j += finding.end > finding.start
    inner = inside(seg, i, j, OPEN_QUOTES, CLOSE_QUOTES) or inside(seg, i, j, "(", ")")
    return inner is not None and inner[0] <= i and j <= inner[1] and is_french(seg.text[inner[0]:inner[1]])


def _index(seg, offset: int):
    """The index in ``seg.text`` of the character that stands for document ``offset`` (an entity's every
    offset stands for its character), or None."""
    if seg.mapping is None:
        i = offset - seg.start
        return i if 0 <= i < len(seg.text) else None
    i = bisect_right(seg.mapping, offset) - 1
    return i if i >= 0 and seg.end_offset(i) > offset else None


@lru_cache(maxsize=4096)
def is_french(passage: str) -> bool:
    """Are the words of ``passage`` French (see the module's documentation)?"""
    kinds = [kind(m.group(), n == 0)[0] for n, m in enumerate(_WORD.finditer(passage))]
    clearly = sum(k in (STRONG, FRENCH) for k in kinds)
    leaning = clearly + sum(k in (WEAK, MAYBE) for k in kinds)
    english = kinds.count(ENGLISH)
    return leaning >= 2 and (english == 0 or clearly >= 2 and leaning >= 3 * english)
