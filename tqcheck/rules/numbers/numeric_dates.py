"""TQ511 day-first-numeric-date: ``dd/mm/yyyy``, which US readers read month first.

A date is unambiguous when its first number is above 12 (``15/03/2023``).  An ambiguous one
(``05/03/2023``) is flagged only when the same document shows both orders: unambiguous day-first
dates, and month-first ones (``03/15/2023`` or ``March 15, 2023``).  So the detector sees the whole
document before it reports.
Table: ``numbers_months.tsv`` (the fix writes the month).
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern, alternation, anchor_lines, finditer_in
from . import digits, months

RULES = [
    Rule(
        code="TQ511",
        name="day-first-numeric-date",
        severity="info",
        summary="A day-first numeric date (15/03/2023) that US readers misread",
        what="Flags `dd/mm/yyyy` when the first number is above 12 (unambiguously day-first), and an "
        "ambiguous one (`05/03/2023`) in a document that also has unambiguous day-first dates and "
        "English month-first dates. ISO dates (`2023-03-15`) are not flagged.",
        why="French writes day/month/year; American English reads month/day, so the French writer's "
        "`05/03/2023` (5 March) is 3 May to a US reader, and `15/03/2023` looks like an error. Writing the "
        "month removes the doubt.",
        before="The law was passed on 15/03/2023.",
        after="The law was passed on 15 March 2023.",
        fix="unsafe: rewritten with the month name (`15 March 2023`); date order is house style. Two-digit "
        "years get no fix.",
        data=("numbers_months.tsv",),
    ),
]

SLASH_DATE = Pattern(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\w/]|[.,]\d)")
ANCHORS = (Pattern(r"/(?<=\d/)\d"),)
# March 15, 2023: a document that writes English month-first dates
WRITTEN_US_DATE = Pattern(lambda: rf"\b(?:{alternation(months()[1])})\s+\d{{1,2}},\s+\d{{4}}\b")


def check(doc, ctx):
    dates = []
    for seg, has_digit, _ in digits(doc):
        text = seg.text
        if has_digit and "/" in text:
            dates.extend((seg, m) for m in finditer_in(SLASH_DATE, text, anchor_lines(text, ANCHORS)))
    if dates:
        yield from _day_first_dates(doc, dates)


def _day_first_dates(doc, dates):
    names = months()[2]
    unambiguous = [(s, m) for s, m in dates if 12 < int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    month_first = any(int(m.group(1)) <= 12 and 12 < int(m.group(2)) <= 31 for _, m in dates)
    if not month_first and unambiguous:
        month_first = any(WRITTEN_US_DATE.search(seg.text) for seg in doc.segments)
    for seg, m in dates:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if day <= 12:
            if not (unambiguous and month_first):
                continue  # 05/03/2023 alone: either order is possible
            message = (f"Ambiguous date `{m.group()}`: this document writes other dates day-first and "
                       "others month-first; write the month")
        else:
            message = f"Day-first numeric date `{m.group()}`: US readers read month/day; write the month"
        replacement = f"{day} {names[month - 1]} {year}" if len(year) == 4 else None
        yield seg.problem(m.start(), m.end(), "TQ511", message, replacement, applicability="unsafe")
