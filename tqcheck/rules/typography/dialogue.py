"""TQ104 dialogue-dash: a French dialogue dash opening a line of reported speech.

A line that opens with an en or em dash is speech when a reporting clause (``, replied the mayor``)
follows one of its commas, or when several lines of the segment open that way (an exchange).
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern
from .reporting import REPORTING_CLAUSE

RULES = [
    Rule(
        code="TQ104",
        name="dialogue-dash",
        severity="warning",
        summary="A French dialogue dash opening a paragraph as a speech marker",
        what="Flags an en or em dash that opens a paragraph or line of reported speech "
        "(`– We have no choice, replied the mayor.`), the French way of marking dialogue.",
        why="English marks speech with quotation marks. A line opening with a dash reads as a list item "
        "or an aside, and the speaker becomes hard to follow.",
        before="– We have no choice, replied the mayor.",
        after="“We have no choice,” replied the mayor.",
        fix="none: where the quotation ends is a decision for an editor.",
        data=("reporting_verbs.tsv",),
    ),
]

_DASH_LINE = Pattern(r"(?m)^[ \t]*([–—])[ \t\u00a0]*(?=[A-Z“\"«])")


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        if "–" in text or "—" in text:
            yield from _dialogue_dash(seg)


def _dialogue_dash(seg):
    text = seg.text
    lines = list(_DASH_LINE.finditer(text))
    for m in lines:
        line_end = text.find("\n", m.end())
        line = text[m.end(): line_end if line_end >= 0 else len(text)]
        if len(lines) > 1 or _reporting_clause_after_a_comma(line):
            yield seg.problem(
                m.start(1), m.end(1), "TQ104",
                f"Dialogue dash `{m.group(1)}` opening reported speech: English uses quotation marks",
            )


def _reporting_clause_after_a_comma(line: str) -> bool:
    comma = line.find(",")
    while comma >= 0:
        if REPORTING_CLAUSE.match(line, comma + 1):
            return True
        comma = line.find(",", comma + 1)
    return False
