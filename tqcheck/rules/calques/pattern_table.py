"""The engine of TQ302 and TQ303: a data table of regular expressions, each with its keywords.

Each row of the table (``false_friends.tsv``, ``french_structures.tsv``) is an *entry*: a pattern whose
context makes the French sense certain (``sensible neighbourhoods``, ``since several days``), matched
case-insensitively; the flagged span is its group ``w`` (or ``w2``, ``w3``; the whole match without
one).  The patterns may name closed classes: ``{NUM}`` a number, ``{DUR}`` a unit of time, ``{SAID}`` a
reporting verb's past participle (``reporting_verbs.tsv``; a keyword ``has {SAID}`` stands for one
keyword per verb).

An entry's pattern is compiled the first time one of its keywords is found, and runs only in windows
around them (``tqcheck.rules.common.keywords``): the cost grows with the number of candidates, not with
the size of the text times the number of entries.  An entry with a frequent keyword (``years`` in
``he has 100 years``) names *needles* too: strings of which every match holds one (``he ha``,
``she ha``…), and a window without one is not searched.  Where two entries flag the same words, the
more severe one speaks.

A suggestion may be a template filled from the match: ``{g}`` is the text of group ``g`` (empty when
the group did not take part), and a detector may derive more fields (``Fields``); a suggestion whose
fields cannot all be filled is left out.  A suggestion replaces the span when it is a template, or when
the span is the entry's own word and the suggestion one word.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from ...findings import SEVERITIES, SEVERITY_RANK
from ..common import Pattern, Table, match_case
from ..common.keywords import Keywords, keyword_text
from . import longest_first, say
from .reporting import REPORTING_VERBS

_MACROS = {
    "NUM": r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|a hundred|several|many|a few|some|a couple of|dozens of|a dozen)",
    "DUR": r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)",
}
_MACRO = Pattern(r"\{(NUM|DUR|SAID)\}")
_SPAN_GROUPS = ("w", "w2", "w3")


def table(name: str) -> Table:
    """The declaration of a pattern table: every one has these columns, and is sorted by english
    (lowercased), then pattern."""
    return Table(name, key=("english", "pattern"), order=lambda key: (key[0].lower(), key[1]),
                 lists=("suggestions", "keywords", "needles"), choices={"severity": SEVERITIES},
                 required=("french", "suggestions", "severity", "keywords", "example"))


@lru_cache(maxsize=None)
def _said() -> tuple:
    """The past participles of ``reporting_verbs.tsv``, longest first."""
    return tuple(sorted(set(REPORTING_VERBS.column("verb")), key=lambda v: (-len(v), v)))


def _macro(name: str) -> str:
    if name == "SAID":
        return f"(?:{longest_first(_said())})"
    return _MACROS[name]


class Fields(dict):
    """The fields of a suggestion template for one match: ``{g}`` is group ``g``'s text.  A detector's
    subclass derives more in ``__missing__``, raising ``KeyError`` for one it cannot fill."""

    def __init__(self, m: re.Match):
        super().__init__((k, v or "") for k, v in m.groupdict().items())


class Entry:
    """One row of a pattern table."""

    __slots__ = ("english", "french", "suggestions", "severity", "keywords", "needles", "regex", "templated")

    def __init__(self, row):
        self.english, self.french, self.suggestions = row.english, row.french, row.suggestions
        self.severity = row.severity or None
        self.templated = any("{" in s for s in self.suggestions)
        keywords = row.keywords
        if any("{SAID}" in k for k in keywords):  # ``has {SAID}``: one keyword per verb
            keywords = [k.replace("{SAID}", v) for k in keywords for v in (_said() if "{SAID}" in k else ("",))]
        self.keywords = tuple(keywords)
        self.needles = Pattern(partial(longest_first, row.needles)) if row.needles else None
        source = row.pattern
        source = _MACRO.sub(lambda m: _macro(m.group(1)), source) if "{" in source else source
        self.regex = Pattern(source, re.I)  # compiled the first time one of its keywords is found

    def suggestions_for(self, m: re.Match, fields) -> list:
        """The suggestions, templates filled from the match (one with a field left unfilled left out)."""
        if not self.templated:
            return list(self.suggestions)
        values, out = fields(m), []
        for s in self.suggestions:
            try:
                filled = s.format_map(values)
            except KeyError:
                continue
            if filled not in out:  # ``{v}|said`` with the verb `said`: said once
                out.append(filled)
        return out

    def replaceable(self, found: str) -> bool:
        """A plain suggestion replaces the span only when the span is the entry's own word (``since``, not
        ``manifestations`` for an entry on ``manifestation``) and the suggestion is one word too; a
        template filled from the match (``she is the one who`` for ``it is her who``) always fits."""
        return self.templated or (found.lower() == self.english.lower() and " " not in self.suggestions[0])


class PatternTable:
    """The entries of one table, reported under one code.  Declared at import: reads nothing yet."""

    def __init__(self, table, code: str, fields=Fields):
        self.table, self.code, self.fields = table, code, fields
        self._entries = None
        self.keywords = Keywords(lambda: {k for entry in self.entries for k in entry.keywords})

    @property
    def entries(self) -> tuple:
        if self._entries is None:
            self._entries = tuple(Entry(row) for row in self.table.rows)
        return self._entries

    def check(self, doc):
        for seg in doc.segments:
            yield from self.findings(seg)

    def findings(self, seg):
        """One problem per span: where two entries flag the same words, the more severe one speaks."""
        text = seg.text
        scan = keyword_text(seg)
        present = scan.present(self.keywords)
        if not present:
            return
        best, near = {}, {}
        for entry in self.entries:
            if present.isdisjoint(entry.keywords):
                continue  # none of its words is in the text
            positions = scan.positions(entry.keywords)
            if not positions:
                continue
            if entry.needles is not None:  # the windows that hold a needle, once for the entries that share both
                key = (entry.keywords, entry.needles.pattern)
                positions = near[key] if key in near else near.setdefault(key, scan.holding(positions, entry.needles))
            for m in scan.matches_near(entry.regex, positions):
                group = next((g for g in _SPAN_GROUPS if m.groupdict().get(g) is not None), None)
                span = m.span(group) if group else m.span()
                known = best.get(span)
                if known is None or SEVERITY_RANK.get(entry.severity, 0) > SEVERITY_RANK.get(known[0].severity, 0):
                    best[span] = (entry, m)
        for (i, j), (entry, m) in sorted(best.items()):
            found = text[i:j]
            suggestions = entry.suggestions_for(m, self.fields)
            if entry.templated:
                suggestions = [match_case(s, found) if found[:1].isupper() else s for s in suggestions]
            message = f'"{found}" (French *{entry.french}*){say(suggestions, ": not English as it stands")}'
            replacement = None
            if suggestions and entry.replaceable(found):
                replacement = suggestions[0] if entry.templated else match_case(suggestions[0], found)
            yield seg.problem(i, j, self.code, message, replacement, applicability="unsafe", severity=entry.severity)
