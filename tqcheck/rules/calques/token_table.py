"""The token-pattern rules of the calques family: ``calque_patterns.tsv``, one rule per row.

A row says what to match (``pattern``, in the language of ``tqcheck.rules.common.tokens``), what not to
(``unless``: antipatterns, ``||`` between them; a match that one overlaps is dropped), the French behind
it, the suggestions (``{1}`` is the text of the pattern's first token…), the severity, an example that
fires and a counter-example that must not (both tested), and the evidence that put the row there.  Its
``code`` is the kind of trace, and the detector of that code reports it:

TQ301 reporting clause · TQ302 lexical calque, false friend · TQ303 French construction ·
TQ304 French word order · TQ305 preposition calque · TQ306 article calque

A pattern runs only in the sentences that hold its anchor (its rarest fixed word): the words of a text
are listed once, and only the sentences around an anchor are cut into tokens; every row is parsed the first time a document is checked, and the lexicon's classes are
read only when a pattern's test needs them.  Every fix is unsafe: a suggestion an editor accepts or not.
"""

from __future__ import annotations

import re
import weakref

from ...findings import SEVERITY_RANK
from ..common import Table, match_case
from ..common.keywords import keyword_text
from ..common.tokens import TokenPattern, sentences_of
from . import quoted_or

_WORD = re.compile(r"[^\W\d_](?:\w|['’-](?=[^\W_]))*")  # a word as ``tokens.TOKEN`` cuts it
CODES = ("TQ301", "TQ302", "TQ303", "TQ304", "TQ305", "TQ306")
CALQUE_PATTERNS = Table("calque_patterns.tsv", key="id", order="plain", lists=("suggestions",),
                        choices={"code": CODES, "severity": ("info", "warning")}, reason="evidence",
                        required=("code", "pattern", "french", "severity", "example", "counter"))


class TokenRule:
    """One row, parsed."""

    __slots__ = ("id", "code", "pattern", "french", "suggestions", "severity", "_unless_source", "_unless")

    def __init__(self, row):
        self.id, self.code, self.french, self.severity = row.id, row.code, row.french, row.severity
        self.suggestions = row.suggestions
        self.pattern = TokenPattern.parse(row.pattern)
        if self.pattern.anchor is None or not any(f[:1].isalnum() for f in self.pattern.anchors):
            raise ValueError(f"calque_patterns.tsv: {row.id}: the pattern needs a fixed word (a form or <lemma>)")
        self._unless_source, self._unless = row.unless, None

    @property
    def unless(self) -> tuple:
        """The antipatterns, parsed the first time the pattern matches."""
        if self._unless is None:
            self._unless = tuple(TokenPattern.parse(u) for u in self._unless_source.split("||") if u.strip())
        return self._unless

    def problems(self, seg, tokens, starts):
        for m in self.pattern.matches(tokens, starts):
            if any(self._overlaps(u, tokens, m) for u in self.unless):
                continue
            i, j = m.char_span(self.pattern.flagged)
            found = seg.text[i:j]
            suggestions = [self._fill(s, m, found) for s in self.suggestions]
            suggestions = [s for s in suggestions if s is not None]
            say = f": in English, say {quoted_or(suggestions[:3])}" if suggestions else ""
            message = f'"{found}" (French *{self.french}*){say} [{self.id}]'
            yield seg.problem(i, j, self.code, message, suggestions[0] if suggestions else None,
                              applicability="unsafe", severity=self.severity)

    def _overlaps(self, unless, tokens, m) -> bool:
        starts = range(max(0, m.start - sum(e.most for e in unless.elements)), m.end)
        return any(u.start < m.end and u.end > m.start for u in unless.matches(tokens, starts))

    @staticmethod
    def _fill(suggestion, m, found):
        """A suggestion with ``{k}`` filled from the match; ``None`` when a ``{k}`` is out of range."""
        if "{" in suggestion:
            try:
                suggestion = suggestion.format(None, *(m.group(k) for k in range(1, len(m.parts) + 1)))
            except (IndexError, KeyError, ValueError):
                return None
            suggestion = " ".join(suggestion.split())
        return match_case(suggestion, found) if found[:1].isupper() else suggestion


class TokenTable:
    """Every row of a table of token patterns; a document's problems are found once for all codes."""

    def __init__(self, table: Table):
        self.table = table
        self._rules = self._index = None
        self._memo: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

    @property
    def index(self) -> dict:
        """Anchor word → the rules anchored on it."""
        if self._index is None:
            self._rules = tuple(TokenRule(row) for row in self.table.rows)
            index: dict = {}
            for rule in self._rules:
                for word in rule.pattern.anchors:
                    index.setdefault(word, []).append(rule)
            self._index = index
        return self._index

    def check(self, doc, code: str):
        for seg in doc.segments:
            yield from self.problems(seg).get(code, ())

    def problems(self, seg) -> dict:
        """code → the segment's problems; where two rules flag overlapping words, the more severe (then
        the longer) speaks."""
        found = self._memo.get(seg)
        if found is not None:
            return found
        index, scan, sentences = self.index, keyword_text(seg), sentences_of(seg)
        starts: dict = {}
        for word in sorted(set(_WORD.findall(scan.low)).intersection(index)):
            rules = index[word]
            for k, _ in scan.positions((word,)):
                tokens, p = sentences.around(k)
                if p < len(tokens) and tokens[p].low == word:
                    for rule in rules:
                        starts.setdefault((rule, id(tokens)), (tokens, set()))[1].update(
                            range(max(0, p - rule.pattern.max_before_anchor()), p + 1))
        kept = []
        for (rule, _), (tokens, begin) in starts.items():
            kept += rule.problems(seg, tokens, sorted(begin))
        kept.sort(key=lambda p: (-SEVERITY_RANK.get(p.severity, 0), p.start - p.end, p.start))
        found, taken = {}, []
        for problem in kept:
            if not any(problem.start < b and problem.end > a for a, b in taken):
                taken.append((problem.start, problem.end))
                found.setdefault(problem.code, []).append(problem)
        for problems in found.values():
            problems.sort(key=lambda p: p.start)
        self._memo[seg] = found
        return found


CALQUES = TokenTable(CALQUE_PATTERNS)


def with_token_rows(problems, doc, code: str):
    """A detector's own ``problems``, then the token-pattern rows of its ``code`` that flag other words."""
    taken = []
    for problem in problems:
        taken.append((problem.start, problem.end))
        yield problem
    for problem in CALQUES.check(doc, code):
        if not any(problem.start < b and problem.end > a for a, b in taken):
            yield problem


def row_markdown(row) -> str:
    """One row's documentation, as ``tqcheck rules ID`` prints it: every rule's doc comes from its row."""
    suggestions = " | ".join(row.suggestions) or "(none: the words must be rewritten)"
    unless = "".join(f"\n- `{u.strip()}`" for u in row.unless.split("||") if u.strip()) or " (none)"
    return (f"# {row.id} ({row.code}, {row.severity})\n\nFrench: *{row.french}*\n\n"
            f"## Pattern\n`{row.pattern}`\n\nNot when:{unless}\n\n## Suggestions\n{suggestions}\n\n"
            f"## Example\n```text\n{row.example}\n```\n\nLeft alone:\n```text\n{row.counter}\n```\n\n"
            f"## Evidence\n{row.evidence}\n\n## Where it lives\nData: tqcheck/data/{CALQUE_PATTERNS.name}\n"
            "Tests: tests/rules/calques/test_token_table.py (its example and counter-example)\n")


def describe(name: str) -> str | None:
    """``tqcheck rules`` for a row id (its documentation) or for a code (the list of its rows), or None."""
    rows = CALQUE_PATTERNS.rows
    for row in rows:
        if row.id == name:
            return row_markdown(row)
    listed = [f"- {row.id}: `{row.pattern}` (*{row.french}*)" for row in rows if row.code == name.upper()]
    if not listed:
        return None
    return f"\n## Rows of calque_patterns.tsv ({len(listed)}; `tqcheck rules ID` prints one)\n" + "\n".join(listed) + "\n"
