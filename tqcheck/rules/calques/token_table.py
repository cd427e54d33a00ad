"""The token-pattern rules of the calques family: ``calque_patterns.tsv``, one rule per row.

A row says what to match (``pattern``, in the language of ``tqcheck.rules.common.tokens``), what not to
(``unless``: antipatterns, ``||`` between them; a match that one overlaps is dropped), the French behind
it, the suggestions (``{1}`` is the text of the pattern's first token…, ``{3:ing}`` the -ing form of its third's
verb, ``{1=agree}`` the verb agree in the first's form: ``accepted`` agreed), the severity, an example that
fires and a counter-example that must not (both tested), the evidence that put the row there, and its
``anchors`` (the forms of the token it is searched by: ``scripts/calque_anchors.py`` writes them).  Its
``code`` is the kind of trace, and the detector of that code reports it:

TQ301 reporting clause · TQ302 lexical calque, false friend · TQ303 French construction ·
TQ304 French word order · TQ305 preposition calque · TQ306 article calque

A pattern runs only in the sentences that hold its anchor (its fixed word that starts the fewest English
words): the words of a text are listed once, a row is parsed the first time a text holds its anchor, the
words beside each anchor are tried on the raw text (the row's shadow, ``common/shadows.py``), and only the
sentences that pass are cut into tokens.  Every fix is unsafe: a suggestion an editor accepts or not.
"""

from __future__ import annotations


from ...documents.model import PLACEHOLDER
from ...findings import SEVERITY_RANK
from ..common import Pattern, Spans, Table, match_case
from ..common.lexicon import verb_form, verb_shape
from ..common.keywords import SHORT, Keywords, keyword_text
from ..common.memo import per_segment
from ..common.sentences import QUOTES, TOKEN, WORD_ENDS, first_word, sentences_of, token_ends
from ..common.shadows import Shadow
from ..common.tokens import TokenPattern
from . import say
from .quotations import names_a_subject, opening

_UNSHADOWED = 4  # the tries of a rule before its shadow is compiled
_INFLECTED = Pattern(r"\{(\d+)(?:(:ing)|=(\w+))\}")  # a suggestion's verbs in a form: `{3:ing}`, `{1=agree}`
CODES = ("TQ301", "TQ302", "TQ303", "TQ304", "TQ305", "TQ306")
CALQUE_PATTERNS = Table("calque_patterns.tsv", key="id", order="plain", lists=("suggestions",),
                        choices={"code": CODES, "severity": ("info", "warning")}, reason="evidence",
                        required=("code", "pattern", "french", "severity", "example", "counter", "anchors"))


class TokenRule:
    """One row, parsed."""

    __slots__ = ("id", "code", "pattern", "french", "suggestions", "severity", "needles", "_shadow",
                 "_tries", "_unless_source", "_unless", "_unless_words", "_closes", "_held", "opens")

    def __init__(self, row):
        self.id, self.code, self.french, self.severity = row.id, row.code, row.french, row.severity
        self.suggestions = row.suggestions
        self.pattern = TokenPattern.parse(row.pattern, frozenset(row.anchors.split()))
        if self.pattern.anchor is None or not any(f[:1].isalnum() for f in self.pattern.anchors):
            raise ValueError(f"calque_patterns.tsv: {row.id}: the pattern needs a fixed word (a form or <lemma>)")
        self._unless_source, self._unless, self._unless_words = row.unless, None, ()
        # the words of each fixed token: a sentence must hold one of each (a cheap test before tokens); cheaper still,
        # its lowercased text must hold one as a string (``"`` is any double quotation mark): ``may_hold``
        self.needles = tuple(e.words for e in self.pattern.elements if e.fixed and e is not self.pattern.anchor)
        self._held = tuple(tuple({q for w in needed for q in (QUOTES if w == '"' else (w,))})
                           for needed in self.needles)
        self._shadow, self._tries = None, 0  # and the words right beside the anchor: ``may_match``
        # a pattern that starts with ``"`` is about what follows a closing quotation mark
        self._closes = self.pattern.elements[0].forms == frozenset('"')
        # one that starts with ``^`` then a fixed word (`^ in|on|at … , is`): the words a sentence must open with
        head = self.pattern.elements[:2]
        self.opens = head[1].words if head[0].source == "^" and len(head) > 1 and head[1].fixed else None

    def may_hold(self, low: str) -> bool:
        """Can a sentence whose lowercased text is ``low`` hold a word of each needle (``needles``)?"""
        return all(any(w in low for w in held) for held in self._held)

    @property
    def unless(self) -> tuple:
        """The antipatterns, parsed the first time the pattern matches (with the words of each one's fixed tokens)."""
        if self._unless is None:
            self._unless = tuple(TokenPattern.parse(u) for u in self._unless_source.split("||") if u.strip())
            self._unless_words = tuple(tuple(e.words for e in u.elements if e.fixed) for u in self._unless)
        return self._unless

    def may_match(self, text: str, low: str, rlow: str, k: int, n: int) -> bool:
        """Can the pattern match with its anchor at ``low[k:k + n]``, from the raw text beside it (its
        shadow, ``common/shadows.py``)?  The shadow's expressions are compiled only once a rule has been
        tried a few times: a short article's sentences cost less to cut into tokens."""
        if self._shadow is None:
            self._tries += 1
            if self._tries <= _UNSHADOWED:
                return True
            self._shadow = Shadow(self.pattern)
        return self._shadow.allows(text, low, rlow, k, n)

    def passing(self, text: str, low: str, rlow: str, offsets: list, n: int) -> list:
        """The ``offsets`` of the anchor (``n`` characters long) where ``may_match``; where the rule is about to be
        tried past its first few tries, the shadow's own test (``Shadow.passing``: the thousands of `it`, `is`)."""
        if self._shadow is None and self._tries + len(offsets) > _UNSHADOWED:
            self._shadow = Shadow(self.pattern)
        if self._shadow is None:
            return [k for k in offsets if self.may_match(text, low, rlow, k, n)]
        return self._shadow.passing(text, low, rlow, offsets, n)

    def matches(self, tokens, starts=None) -> list:
        """The pattern's matches that no antipattern overlaps (one that lacks a word of each of its fixed tokens
        in ``tokens`` matches nowhere: not tried)."""
        found = self.pattern.matches(tokens, starts)
        if found and self.unless:
            lows = {t.low for t in tokens}
            unless = [u for u, fixed in zip(self._unless, self._unless_words)
                      if all(not words.isdisjoint(lows) for words in fixed)]
            found = [m for m in found if not any(self._overlaps(u, tokens, m) for u in unless)]
        return found

    def problems(self, seg, tokens, starts):
        for m in self.matches(tokens, starts):
            if self._closes and self._not_after_words_said(seg.text, tokens, m):
                continue
            i, j = m.char_span(self.pattern.flagged)
            found = seg.shown(i, j)  # (inline code as written, not its placeholder)
            # a suggestion takes a capital where the words found start a sentence (not `the Internet` for `Internet`)
            like = found if found.isupper() or any(t.start == i and t.first for t in tokens[m.start:m.end]) else ""
            suggestions = [self._fill(s, m, like, seg) for s in self.suggestions]
            suggestions = [s for s in suggestions if s is not None]
            message = f'"{found}" (French *{self.french}*){say(suggestions)} [{self.id}]'
            yield seg.problem(i, j, self.code, message, suggestions[0] if suggestions else None,
                              applicability="unsafe", severity=self.severity)

    @staticmethod
    def _not_after_words_said(text, tokens, m) -> bool:
        """Is the quotation mark that starts the match an opening one (`Revert "Declare Null()"`), or, with no
        comma after it, the end of a quoted name (`"rm-CH-fonipa-sursilv" indicates the dialect`)?"""
        quote = tokens[m.start]
        if opening(text, quote):
            return True
        return names_a_subject(text, quote.start, m.start + 1 < len(tokens) and tokens[m.start + 1].text == ",")

    def _overlaps(self, unless, tokens, m) -> bool:
        starts = range(max(0, m.start - sum(e.most for e in unless.elements)), m.end)
        return any(u.start < m.end and u.end > m.start for u in unless.matches(tokens, starts))

    @staticmethod
    def _fill(suggestion, m, like, seg):
        """A suggestion with ``{k}`` filled from the match (as shown), in the case of ``like`` (the words found, or
        nothing); ``None`` when a ``{k}`` is out of range."""
        if "{" in suggestion:
            groups = [m.group(k) for k in range(1, len(m.parts) + 1)]
            groups = [g if PLACEHOLDER not in g else seg.shown(m.tokens[a].start, m.tokens[b - 1].end)
                      for g, (a, b) in zip(groups, m.parts)]
            try:
                if ":" in suggestion or "=" in suggestion:  # `{3:ing}`: committing; `{1=agree}`: agreed for accepted
                    suggestion = _INFLECTED.sub(lambda i: verb_form(groups[int(i[1]) - 1].lower(), "ing") if i[2]
                                                else verb_form(i[3], verb_shape(groups[int(i[1]) - 1])), suggestion)
                suggestion = suggestion.format(None, *groups)
            except (IndexError, KeyError, ValueError):
                return None
            suggestion = " ".join(suggestion.split())
        return match_case(suggestion, like) if like[:1].isupper() else suggestion


class TokenTable:
    """Every row of a table of token patterns; a document's problems are found once for all codes."""

    def __init__(self, table: Table):
        self.table = table
        self._index, self._parsed, self._by_word = None, {}, {}
        self.keywords = Keywords(lambda: self.index)  # declared at import: the long texts' one-pass scan
        self.problems = per_segment(self._problems)  # code → a segment's problems, found once for all codes

    @property
    def index(self) -> dict:
        """Anchor word → the rows anchored on it, from the ``anchors`` column (a test checks that it holds
        the words of the token each pattern anchors on): no pattern is parsed until its anchor is found."""
        if self._index is None:
            index: dict = {}
            for row in self.table.rows:
                for word in row.anchors.split():
                    index.setdefault(word, []).append(row)
            self._index = index
        return self._index

    def _rules_of(self, word) -> list:
        """The parsed rules anchored on ``word``."""
        rules = self._by_word.get(word)
        if rules is None:
            rules = self._by_word[word] = [self.rule(row) for row in self.index[word]]
        return rules

    def rule(self, row) -> TokenRule:
        """A row, parsed the first time a text holds its anchor."""
        found = self._parsed.get(row.id)
        if found is None:
            found = self._parsed[row.id] = TokenRule(row)
        return found

    def _anchors(self, seg, low):
        """``(word, offsets)`` for each anchor word in the text: a short text's words one by one; a long
        one's from the shared one-pass keyword scan (``common.keywords``)."""
        index = self.index
        if len(low) < SHORT:
            found: dict = {}
            for m in TOKEN.finditer(low):
                if m.group() in index:
                    found.setdefault(m.group(), []).append(m.start())
            return found.items()
        scan, n, found = keyword_text(seg), len(low), []
        for word in self.keywords.words:
            hits = scan.starts(word)
            if hits:  # letters end a token before a space or a mark, never before a word character (`it` in `its`)
                size, alpha = len(word), word.isalpha()  # (``token_ends``'s common cases, inline)
                found.append((word, [k for k in hits if alpha and ((j := k + size) == n or (c := low[j]) in WORD_ENDS)
                                     or not (alpha and (c.isalnum() or c == "_"))
                                     and token_ends(low, word, k + size)]))
        return found

    def check(self, doc, code: str):
        for seg in doc.segments:
            yield from self.problems(seg).get(code, ())

    def _problems(self, seg) -> dict:
        """code → the segment's problems; where two rules flag overlapping words, the more severe (then
        the longer) speaks."""
        text, sentences, low = seg.text, sentences_of(seg), keyword_text(seg).low
        starts, sentence_words, rlow = {}, {}, low[::-1]
        for word, offsets in self._anchors(seg, low):
            anchored, n = self._rules_of(word) if offsets else (), len(word)
            if len(anchored) == 1:  # (most words anchor one rule: no list of the rules that pass at each offset)
                tried = [(k, anchored) for k in anchored[0].passing(text, low, rlow, offsets, n)]
            else:  # rule by rule, then the rules that pass at each offset, in order
                passed: dict = {}
                for rule in anchored:
                    for k in rule.passing(text, low, rlow, offsets, n):
                        passed.setdefault(k, []).append(rule)
                tried = [(k, passed[k]) for k in offsets if k in passed]
            for k, rules in tried:
                a, b = sentences.bounds(k)
                rules = [r for r in rules if r.may_hold(low[a:b])]  # its text first, then its words
                if rules and a in sentences.firsts():  # a whole sentence: it opens with the word a pattern asks for
                    rules = [r for r in rules if r.opens is None or first_word(low, a) in r.opens]
                if not rules:
                    continue
                words = sentence_words.get((a, b))
                if words is None:
                    words = set(TOKEN.findall(low, a, b))
                    words = sentence_words[a, b] = words | {'"'} if not QUOTES.isdisjoint(words) else words
                rules = [r for r in rules if all(not needed.isdisjoint(words) for needed in r.needles)]
                if not rules:
                    continue  # the sentence lacks another word every match needs: not cut into tokens
                tokens, p = sentences.tokens(a, b), sentences.token_at(a, b, k)
                if p < len(tokens) and tokens[p].low == word:
                    for rule in rules:
                        starts.setdefault((rule, a, b), (tokens, set()))[1].update(
                            range(max(0, p - rule.pattern.max_before_anchor()), p + 1))
        kept = [(rule.id, problem) for (rule, _, _), (tokens, begin) in starts.items()
                for problem in rule.problems(seg, tokens, sorted(begin))]
        # the more severe, then the longer, then the first; a tie goes to the row first in the table (by id: the
        # table is sorted by id)
        kept.sort(key=lambda rp: (-SEVERITY_RANK.get(rp[1].severity, 0), rp[1].start - rp[1].end, rp[1].start, rp[0]))
        found, taken = {}, Spans(_regex_spans(seg) if kept else ())
        for _, problem in kept:
            if taken.free(problem.start, problem.end):
                taken.add(problem.start, problem.end)
                found.setdefault(problem.code, []).append(problem)
        for problems in found.values():
            problems.sort(key=lambda p: p.start)
        return found


CALQUES = TokenTable(CALQUE_PATTERNS)


# the family's regular-expression tables (``pattern_table``, TQ301's contexts): each detector that has one
# registers it with ``speaks_first``; where one of them speaks (``since several days`` is TQ303's), no token
# row repeats it under another code
SPEAK_FIRST: list = []


def speaks_first(findings):
    """Register a detector's regular-expression table, ``findings(seg)`` → its problems in a segment, and
    return it kept per segment: the token rows ask for its spans and the detector for its problems, and the
    table runs once for both."""
    kept = per_segment(lambda seg: list(findings(seg)))
    SPEAK_FIRST.append(kept)
    return kept


def _regex_spans(seg) -> list:
    return [(p.start, p.end) for findings in SPEAK_FIRST for p in findings(seg)]


def with_token_rows(findings, doc, code: str):
    """A detector's own problems (``findings``, as ``speaks_first`` returned it), segment by segment, then
    the token-pattern rows of its ``code``, which never repeat what the detector's own table flags."""
    for seg in doc.segments:
        yield from findings(seg)
    yield from CALQUES.check(doc, code)


def unless_named(rows, problems):
    """The ``problems`` that no problem of ``rows`` overlaps: where a token row names the words, it speaks first."""
    taken = Spans((p.start, p.end) for p in rows)
    for found in problems:
        if taken.free(found.start, found.end):
            yield found
