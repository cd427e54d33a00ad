"""French the text quotes: a quotation, or a bracketed aside, whose words are French.

An English text may quote French on purpose (``the sign read "Fermé le lundi 15 mars"``, ``Labour Day ("le
1er mai")``), and a translation may leave a quotation in French.  Either way the words inside are French:
``1er`` there is no English ordinal to rewrite, and ``1,5 %`` is French written the French way.  The rules
about English still report what they find there (a quotation left in French may be the machine's, and the
untranslated rules take a short capitalised one for a title), but no fix rewrites it: the engine drops the
fixes that would edit inside such a passage (``without_fixes_in_french``).  The quotation marks themselves
belong to the English sentence and lie outside the passage: TQ101 still fixes them.

A passage is the stripped text between double quotation marks or guillemets, or brackets, on the line of a
fix, of at most ``LONGEST`` characters (a segment's marks are found once); single quotes are left out, as ``’``
is also the apostrophe of ``C’est``.  It is French when at least two of its words are French and none fewer than
its English ones.  French: a word the French frequency table has as ten times commoner in French (``le``,
``avons``, ``trimestre``: ``frequencies.zipf``), or a French function word (``french_cues.tsv``); English:
one of the 3,000 commonest English words.  A word glued to a figure (``1er``, ``14h30``) is no word here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..common import Pattern
from ..common.memo import per_segment
from ..common.lexicon import frequent_words
from .frequencies import zipf
from .lexicon import cues

READ_FRENCH = ("TQ100", "TQ4", "TQ6")  # the codes whose rules read French: suppressions, untranslated, source
LONGEST = 300  # characters: a longer run between two marks is no quotation (a paragraph in brackets)
_OPEN, _CLOSE = "“\"«", "”\"»"
_WORD = Pattern(r"(?<!\w)[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # not glued to a figure: 1er, 14h30 are none
_COMMONER_IN_FRENCH = 1.0  # Zipf: ten times


def without_fixes_in_french(doc, findings: list) -> list:
    """``findings``, those of rules about English that would edit inside French the text quotes without a fix."""
    fixable = [f for f in findings if f.fix is not None and not f.code.startswith(READ_FRENCH)]
    if fixable:
        segments = sorted(doc.segments, key=lambda seg: seg.offset(0))
        starts = [seg.offset(0) for seg in segments]
        for finding in fixable:
            if _quoted_french(segments, starts, *finding.edit_range):
                finding.fix = finding.edit = None
    return findings


def _quoted_french(segments, starts, start: int, end: int) -> bool:
    k = bisect_left(starts, start + 1) - 1
    if k < 0:
        return False
    seg = segments[k]
    i, j = _index(seg, start), _index(seg, max(start, end - 1))
    if i is None or j is None:
        return False  # not in this segment's text (markup, another unit's source)
    j += end > start
    quotes, brackets = _marks(seg)
    inner = _around(seg.text, quotes, i, j, _OPEN) or _around(seg.text, brackets, i, j, "(")
    return inner is not None and is_french(seg.text[inner[0]:inner[1]])


# the sorted offsets of a segment's double quotation marks and of its brackets, each with its line breaks
_marks = per_segment(lambda seg: tuple(_offsets(seg.text, chars) for chars in (_OPEN + _CLOSE, "()")))


def _offsets(text: str, chars: str) -> list:
    found = []
    for ch in set(chars + "\n"):
        k = text.find(ch)
        while k >= 0:
            found.append(k)
            k = text.find(ch, k + 1)
    return sorted(found)


def _around(text: str, marks: list, i: int, j: int, opens: str):
    """(start, end) of the stripped text between the marks around ``text[i:j]``, or None: the nearest mark or
    line break before it, at most ``LONGEST`` characters away, must open, and the nearest after it close."""
    k, m = bisect_left(marks, i), bisect_left(marks, j)
    if k == 0 or k != m or m == len(marks):
        return None  # no mark before, a mark inside, or none after
    left, right = marks[k - 1], marks[m]
    if text[left] not in opens or text[right] in opens.replace('"', "") + "\n" or right - left > LONGEST + 1:
        return None
    a, b = left + 1, right
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a <= i and j <= b else None


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
    french = english = 0
    common, function_words = frequent_words(), cues()
    for m in _WORD.finditer(passage):
        word = m.group().lower().replace("’", "'")
        if len(word) < 2:
            continue  # a letter (J.-C., an initial) is no word of either language
        row = zipf(word)
        if row is not None and row[0] - row[1] >= _COMMONER_IN_FRENCH or function_words.get(word, ("",))[0] in (
                "strong", "weak") or "'" in word and word.split("'")[0] in ("l", "d", "qu", "n", "j", "c", "s"):
            french += 1
        elif word in common:
            english += 1
    return french >= 2 and french >= english
