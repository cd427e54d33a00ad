"""TQ5xx: French number, date, time and currency formats left in English text, one detector per module.

``figures`` TQ501–TQ504 (the decimal comma, space or dot between thousands, space before ``%``) and
``english_number()`` · ``currency`` TQ505, TQ507 · ``words`` TQ506 · ``times`` TQ508 · ``ordinals`` TQ509 ·
``dates`` TQ510 · ``numeric_dates`` TQ511 · ``abbreviations`` TQ512, TQ513 · ``name_case`` TQ514.

Precision first: a number is read as a whole token (``1 234,5`` is one finding with one fix),
``1,500`` (three digits after the comma) is English, lists (``3, 4 and 5``, ``pages 3,4``), phone
numbers (``01 23 45 67 89``), identifiers, ISO dates, versions and ``14:30`` are left alone.  Fixes
that only change the number's spelling are safe; those where house style decides (where the currency
goes, 24- or 12-hour clock, Mr or Mr.) are unsafe, and each covers the whole amount so that it composes
with the number's own fix (the engine applies the shorter edit first and the next pass the other).

This module holds what several detectors of the family share: the spaces French sets in figures, the
tables more than one of them reads (a table read by one detector is declared in it), and the segments
that hold a digit, found once per document whichever detector asks first.
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from ..common import LONG, Pattern, Table, digit_view, one_of

SEP = "\u00a0\u202f\u2009 "  # the spaces French sets between thousands and before a sign
S = one_of("\u00a0 ", "\u202f\u2009")  # one of SEP
CURRENCY_SIGN = one_of("$£¥", "€")  # [€$£¥]
WORD_CHAR = one_of(r"\w'-", "’")  # [\w'’-]: a character of a word
# any figure in French or English spelling: the amount before a currency sign, multiplier or number word
AMOUNT = rf"\d{{1,3}}(?:{S}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)*"

# read by figures (March 15 200), ordinals (1er May), dates (1er mai) and numeric_dates (the fix's month)
MONTHS = Table("numbers_months.tsv", key="number", order=lambda key: int(key[0]),
               choices={"capitalised": ("yes", "no")})
# read by figures (pages 3,4; SIREN 123 456 789) and dates (since le 3 mars)
CONTEXT_WORDS = Table("numbers_context_words.tsv", key="word",
                      choices={"role": ("list", "identifier", "preposition")})
# read by words (3 milliards d'euros) and currency (3 Md€); a French word is unique within its kind
NUMBER_WORDS = Table("numbers_words.tsv", key=("kind", "french"), order="plain",
                     choices={"kind": ("currency", "multiplier", "word"), "context": ("any", "after-number")})

_DIGIT = Pattern(r"\d")
# the document last scanned (a weak reference), its segments and what ``digits`` found in them: the
# engine runs every detector on one document before the next, and a document the runner keeps after
# its check (without its segments) must not keep them alive here
_LAST: list = [(None, None, None)]


def digits(doc) -> list:
    """``(segment, whether it holds a digit, its digit view)`` for each segment of ``doc``.

    The view (``common.digit_view``: the lines that hold a digit, where anchors with a digit look)
    is None for a short segment, searched whole, and for one without a digit.  Most detectors of the
    family look only where there is a figure: a document is scanned once, by the first that asks."""
    ref, segments, scan = _LAST[0]
    if ref is None or ref() is not doc or segments is not doc.segments:
        scan = []
        for seg in doc.segments:
            text = seg.text
            if len(text) <= LONG:
                scan.append((seg, _DIGIT.search(text) is not None, None))
            else:
                view = digit_view(text)
                scan.append((seg, True, view) if view[0] else (seg, False, None))
        _LAST[0] = (weakref.ref(doc), doc.segments, scan)
    return scan


@lru_cache(maxsize=None)
def roles(role: str) -> frozenset:
    """The lower-cased words of ``numbers_context_words.tsv`` with ``role``."""
    return frozenset(row.word.lower() for row in CONTEXT_WORDS.where(role=role))


@lru_cache(maxsize=None)
def months():
    """``({French month: English}, {English month: number}, [English months in order])``; the French
    names include the capitalised form where ``capitalised`` is yes (Mars and Mai are English words)."""
    french = {}
    for row in MONTHS.rows:
        french[row.french] = row.english
        if row.capitalised == "yes":
            french[row.french.capitalize()] = row.english
    english = {row.english: int(row.number) for row in MONTHS.rows}
    names = [row.english for row in sorted(MONTHS.rows, key=lambda row: int(row.number))]
    return french, english, names
