"""TQ514 lowercase-month-or-day: an English month or weekday name in lower case (``june``, ``on monday``), as
French writes its own (``juin``, ``lundi``), left so by a translation or a translator.

Found from the endings every such name has (``ENDINGS``: a literal search, as cheap in a catalog of short messages
as in a long text), then read in the text as written: lower case, a word of its own, not named between quotes or
glued to code (``date -d 'last friday'``, ``day=monday``).  ``may``, ``march`` and ``august`` are English words
too, and are left alone.
Tables: ``numbers_months.tsv``, ``numbers_weekdays.tsv`` (their English names).
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import CODE_MARKS, Pattern, line_bounds, looks_like_prose
from . import MONTHS
from .dates import WEEKDAYS

RULES = [
    Rule(
        code="TQ514",
        name="lowercase-month-or-day",
        severity="warning",
        summary="A month or weekday name in lower case (june, monday), as French writes them",
        what="Flags an English month or weekday name written in lower case (`3 june`, `on monday`), the French "
        "way (`3 juin`, `lundi`). `may`, `march` and `august`, English words too, are left alone, and so is a "
        "name between quotes or in code (`date -d 'last friday'`).",
        why="French writes months and weekdays in lower case and English capitalises them: a lower-case `june` "
        "is a trace of the French, in MT output and in translated software strings (PluXml's month names, "
        "`june` to `december`, all lower case). Native English documentation writes them in lower case about "
        "once in three million words.",
        before="The meeting is on monday 3 june 2024.",
        after="The meeting is on Monday 3 June 2024.",
        fix="sometimes: safe next to a figure, in a date (`3 june`, `june 2024`); unsafe alone, where the word "
        "may be a program's value.",
        data=("numbers_months.tsv", "numbers_weekdays.tsv"),
    ),
]

_AMBIGUOUS = frozenset(("may", "march", "august"))  # English words as well as months
# named, or part of code: 'friday', day=monday, /monday, ${monday}, #monday, [june](url), june@example.com (a full
# stop after it ends a sentence, unless a word character follows: monday.txt)
_BEFORE = frozenset(CODE_MARKS + "'‘\"“:{[")
_AFTER = frozenset(CODE_MARKS.replace(".", "") + "'’\"”(:}]>")
# a day (1-31) or a year beside it: a date
_DAY_OR_YEAR = r"(?:[1-9]|[12]\d|3[01]|1[5-9]\d\d|20\d\d)"
_FIGURE_BESIDE = Pattern(rf"(?<![\d:.-]){_DAY_OR_YEAR}(?:st|nd|rd|th)?,?\s+$|^,?\s+{_DAY_OR_YEAR}(?![\d:]|\.\d)")


@lru_cache(maxsize=1)
def _names() -> frozenset:
    """The English month and weekday names in lower case, less those that are English words too."""
    names = {row.english.lower() for row in MONTHS.rows} | {row.english.lower() for row in WEEKDAYS.rows}
    return frozenset(names - _AMBIGUOUS)


# how every name of ``_names`` ends (a test checks it): Monday… Sunday, January, February, April, June, July,
# September… December
ENDINGS = Pattern(r"(?:day|uary|april|june|july|ber)(?!\w)")


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        if text.isupper():
            continue
        for m in ENDINGS.finditer(text):
            k, end = m.start(), m.end()
            while k and text[k - 1].isalpha():
                k -= 1  # the start of the word that ends so
            word = text[k:end]
            if word not in _names() or _named_or_code(text, k, end) or _lower_cased_line(text, k):
                continue
            dated = (_FIGURE_BESIDE.search(text, max(0, k - 8), k) or _FIGURE_BESIDE.match(text[end:end + 7])) \
                and looks_like_prose(text, k)
            yield seg.problem(k, end, "TQ514", f"`{word}` in lower case: English writes `{word.capitalize()}`",
                              word.capitalize(), applicability="safe" if dated else "unsafe")


def _named_or_code(text: str, k: int, end: int) -> bool:
    """Is the word at ``text[k:end]`` named between quotes, or part of code or of a longer word (``_BEFORE``,
    ``_AFTER``)?"""
    after = text[end:end + 1]
    return bool(k and text[k - 1] in _BEFORE or after and (after.isalnum() or after in _AFTER)
                or after == "." and text[end + 1:end + 2].isalnum())


def _lower_cased_line(text: str, k: int) -> bool:
    """Is the line of ``text[k]`` a sentence with no capital at all, of eight words or more: no case to read (a
    corpus lower-cased for MT training, LIG's Moses output)?"""
    line = text[slice(*line_bounds(text, k, reach=2000))]  # (a line of a corpus: not a whole file of one line)
    return line.islower() and line.count(" ") >= 7
