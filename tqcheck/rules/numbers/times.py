"""TQ508 french-time-format: an hour written with ``h`` (``14h30``, ``14 h 30``, ``at 9h``).

A bare hour (``9h``) is flagged only after a time word or in a range (``from 9h to 17h``,
``9h-17h``), since ``24h`` alone is a duration.  The fix follows ``time-format`` (24h or 12h).
"""

from __future__ import annotations

import re

from .. import Rule
from ..common import Pattern, anchor_lines, finditer_in
from . import S, digits

RULES = [
    Rule(
        code="TQ508",
        name="french-time-format",
        severity="warning",
        summary="A French time (14h30, 14 h 30, at 9h) where English writes 14:30 or 2:30 p.m.",
        what="Flags an hour and minutes joined by `h` (`14h30`, `14 h 30`, `17H00`) and a bare hour with "
        "`h` after a time word (`at 9h`, `from 9h to 17h`). `24h` alone (a duration) is not flagged.",
        why="English never writes the hour with `h`: `14h30` reads as a typo or a duration.",
        before="The meeting starts at 14h30 and ends at 18h.",
        after="The meeting starts at 14:30 and ends at 18:00.",
        fix="unsafe: `14:30` by default, `2:30 p.m.` with `time-format = \"12h\"`; the clock is house style.",
    ),
]

TIME = Pattern(rf"(?<![\w.,:/])(?P<h>[01]?\d|2[0-3])(?P<s1>{S}?)[hH](?:(?P<s2>{S}?)(?P<m>[0-5]\d))?(?![\w:])")
TIME_WORD = Pattern(
    r"\b(?:at|from|until|till|before|after|around|towards?|since|by|between|à|vers|dès|entre)[\s\u00a0]*$", re.I
)
# a range: from 9h to 17h, 9h-17h, between 9h and 11h (the second hour after the first, the first before)
RANGE_NEXT = Pattern(r"[\s\u00a0]*(?:to|and|à|et|-|–)[\s\u00a0]*(?:[01]?\d|2[0-3])[\s\u00a0]?[hH]\b")
RANGE_BEFORE = Pattern(r"\d[\s\u00a0]?[hH](?:[\s\u00a0]?\d\d)?[\s\u00a0]*(?:to|and|à|et|-|–)[\s\u00a0]*$")
# minutes marked with m after the hour: ``12h 00m 01s`` is English notation for hours, minutes, seconds
MINUTES_MARKED = Pattern(r"[\s\u00a0]?\d{1,2}[\s\u00a0]?m(?:in)?\b")
ANCHORS = (Pattern(rf"\d{S}?[hH]"),)  # on a long segment, searched in the digit view


def check(doc, ctx):
    twelve = ctx.option("time-format", "24h") == "12h"
    for seg, has_digit, view in digits(doc):
        if has_digit:
            yield from times(seg, view, twelve)


def times(seg, view, twelve=False):
    """TQ508's problems in a segment that holds a digit (``view``: its digit view, ``numbers.digits``)."""
    text = seg.text
    if "h" not in text and "H" not in text:
        return
    for m in finditer_in(TIME, text, anchor_lines(text, ANCHORS, view)):
        hour, minute = int(m.group("h")), m.group("m")
        if minute is None and MINUTES_MARKED.match(text, m.end()):
            continue  # ``at 12h 00m Greenwich Mean Time`` (libtasn1's manual)
        spaced = bool(m.group("s1") or m.group("s2"))
        window = max(0, m.start() - 20)
        time_word = (TIME_WORD.search(text, window, m.start()) is not None
                     or RANGE_BEFORE.search(text, window, m.start()) is not None
                     or RANGE_NEXT.match(text, m.end()) is not None)
        if minute is None:
            if not time_word:
                continue  # 9h alone may be a duration
        elif spaced and not (m.group("s1") and m.group("s2")):
            continue  # 2 h30, 2h 30: not the French pattern
        mm = minute or "00"
        if twelve and time_word:
            suffix = "a.m." if hour < 12 else "p.m."
            h12 = hour % 12 or 12
            replacement = f"{h12}:{mm} {suffix}" if minute and minute != "00" else f"{h12} {suffix}"
        else:
            replacement = f"{hour}:{mm}"
        kind = "time" if time_word else "time or duration"
        yield seg.problem(
            m.start(), m.end(), "TQ508",
            f"French {kind} format `{m.group()}`: English writes `{replacement}`",
            replacement, applicability="unsafe",
        )
