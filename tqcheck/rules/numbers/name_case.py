"""TQ514 lowercase-month-or-day: an English month or weekday name in lower case (``june``, ``on monday``), as
French writes its own (``juin``, ``lundi``), left so by a translation or a translator.

Found through the shared keyword scan (``common.keywords``), then read in the text as written: lower case, a word
of its own, not named between quotes or glued to code (``date -d 'last friday'``, ``day=monday``).  ``may``,
``march`` and ``august`` are English words too, and are left alone.
Tables: ``numbers_months.tsv``, ``numbers_weekdays.tsv`` (their English names).
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import Pattern, looks_like_prose
from ..common.keywords import Keywords, keyword_text
from . import MONTHS, digits
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
KEYWORDS = Keywords(lambda: _names())
# named, or part of code: 'friday', day=monday, /monday, ${monday}, #monday, [june](url), june@example.com
_BEFORE = frozenset("'‘\"“`=/\\_-.:@#$%{[<")
_AFTER = frozenset("'’\"”`=/\\_-(:@#$%}]>")
# a day (1-31) or a year beside it: a date
_DAY_OR_YEAR = r"(?:[1-9]|[12]\d|3[01]|1[5-9]\d\d|20\d\d)"
_FIGURE_BESIDE = Pattern(rf"(?<![\d:.-]){_DAY_OR_YEAR}(?:st|nd|rd|th)?,?\s+$|^,?\s+{_DAY_OR_YEAR}(?![\d:]|\.\d)")


@lru_cache(maxsize=1)
def _names() -> frozenset:
    """The English month and weekday names in lower case, less those that are English words too."""
    names = {row.english.lower() for row in MONTHS.rows} | {row.english.lower() for row in WEEKDAYS.rows}
    return frozenset(names - _AMBIGUOUS)


def check(doc, ctx):
    for seg, _, _ in digits(doc):  # (the scan the family shares: every segment, with or without a figure)
        text = seg.text
        if text.isupper():
            continue
        for k, n in keyword_text(seg).positions(KEYWORDS):
            word, end = text[k:k + n], k + n
            if not word.islower() or end < len(text) and (text[end].isalnum() or text[end] in _AFTER or text[
                    end] == "." and text[end + 1:end + 2].isalnum()) or k and text[k - 1] in _BEFORE \
                    or _lower_cased_line(text, k):
                continue  # (monday.txt: a file)
            dated = (_FIGURE_BESIDE.search(text, max(0, k - 8), k) or _FIGURE_BESIDE.match(text[end:end + 7])) \
                and looks_like_prose(text, k)
            yield seg.problem(k, end, "TQ514", f"`{word}` in lower case: English writes `{word.capitalize()}`",
                              word.capitalize(), applicability="safe" if dated else "unsafe")


def _lower_cased_line(text: str, k: int) -> bool:
    """Is the line of ``text[k]`` a sentence with no capital at all, of eight words or more: no case to read (a
    corpus lower-cased for MT training, LIG's Moses output)?"""
    line = text[text.rfind("\n", 0, k) + 1:(text.find("\n", k) + 1 or len(text) + 1) - 1]
    return line.islower() and line.count(" ") >= 7
