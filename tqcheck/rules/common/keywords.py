"""Keyword windows: a costly pattern runs only near the words every one of its matches contains.

A detector whose patterns are many, costly, or written in a data table declares its *keywords*:
lowercase strings of which every match of a pattern contains one, starting a word
(``since`` for ``since several days``, ``it is`` / ``it's`` for ``it is him who``).  Finding keywords
is cheap and most are rare, so the patterns run in a few short windows around the keyword hits
instead of over the whole text, and the cost grows with the number of candidates, not with the size
of the text times the number of patterns.  ::

    SINCE = Pattern(r"\\bsince (?:several|\\d+) (?:days|years)\\b", re.I)
    KEYWORDS = Keywords(("since",))            # at import: registers the set, reads and compiles nothing

    def check(doc, ctx):
        for seg in doc.segments:
            text = keyword_text(seg)
            for m in text.matches_near(SINCE, text.positions(KEYWORDS)):
                yield seg.problem(m.start(), m.end(), "TQ999", "...")

``keyword_text(seg).positions(words)``
    where each of ``words`` starts a word of ``text``: ``(offset, length)`` pairs, word by word, each
    word's in text order.  It is, exactly, for each word::

        [(m.start(), len(word)) for m in re.finditer(r"(?<![^\\W_])" + re.escape(word), lowered(text))]

    (``lowered``: ``text.lower()``, one character for one, so that offsets stay those of ``text``):
    non-overlapping occurrences not preceded by a letter or a digit.  A short text is searched word
    by word with ``str.find``; a long one (a plain-text file without blank lines is one segment of
    hundreds of kilobytes) in **one regex pass for the keywords of every declared set**: that is what
    declaring a ``Keywords`` set is for.  A word no set declares is still found, by ``str.find``.
``KeywordText.matches_near(regex, positions, before, after)``
    the matches of ``regex`` in the window ``[k - before, k + length + after)`` around each position
    that contain the keyword's first character, each span once.  The window bounds only where a match
    starts and ends: lookbehinds and ``\\b`` still see the text before it.  A match must therefore fit
    in its window, and a pattern whose matches are longer than ``before + after`` characters is not a
    pattern for keyword windows.

``keyword_text(seg)`` is kept while the segment lives, so the detectors that look at one segment share
its lowercasing, its scan and each keyword's search.  Only the public ``re`` API is used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .memo import per_segment
from .patterns import alternation

# below this length, a text is searched keyword by keyword with ``str.find``; above it, one regex pass
# finds every declared keyword at once (compiling the pass costs more than a short text's finds)
SHORT = 20_000
BEFORE, AFTER = 60, 100  # the default window around a keyword hit
_FOLD_GUARD = "\u0130\u0131\u017f"  # İ ı ſ: see ``KeywordText.may_fold``

_REGISTRY: list["Keywords"] = []


class Keywords:
    """One detector's keyword set.  ``words`` is an iterable of lowercase strings, or a function
    returning one (read when a long text is first scanned or ``words`` is first asked for), so the
    keywords of a data table cost nothing until a document needs them.

    Declaring a set registers it: the one-pass scan of a long text looks for the words of every
    declared set.  Declare sets at import time, once per detector (or per table)."""

    def __init__(self, words):
        self._source = words
        self._words = self._by_head = None
        _REGISTRY.append(self)

    @property
    def words(self) -> tuple:
        """The words, sorted (so that positions come in the same order in every process)."""
        if self._words is None:
            words = tuple(sorted(set(self._source() if callable(self._source) else self._source)))
            bad = [w for w in words if not w or w != w.lower()]
            if bad:
                raise ValueError(f"keywords must be lowercase and non-empty: {bad[:3]}")
            self._words = words
        return self._words

    def __repr__(self):
        return f"Keywords({self._words!r})" if self._words is not None else "Keywords(<lazy>)"

    @property
    def by_head(self) -> dict:
        """The words by their first ``_HEAD`` characters (a short text's ``present`` looks its heads up here)."""
        if self._by_head is None:
            self._by_head = {}
            for word in self.words:
                self._by_head.setdefault(word[:_HEAD], []).append(word)
        return self._by_head


class _Scanner:
    """The one-pass scan for the words of every declared set (rebuilt when a set is declared later).

    Keywords start a word, so the regexes look only where one starts: after a space (a literal the
    regex engine skips to fast: by far the most common place), after any other character that is not
    a letter or a digit, and at 0.  A lookahead (``alternation``, factored by prefixes) keeps the
    places where some keyword starts and captures the longest one there; the others starting there are
    its prefixes, listed once per keyword."""

    def __init__(self, sets):
        self.sets = len(sets)
        self.words = frozenset().union(*(s.words for s in sets))
        # the longest keyword starting at a place (the alternation prefers it), captured by the lookahead
        ahead = f"(?=({alternation(self.words)}))"
        self.regexes = (re.compile(" " + ahead), re.compile(r"[^ 0-9a-z](?<=[\W_])" + ahead))
        self.longest = max(map(len, self.words), default=0)
        # every keyword that starts a word there is a prefix of the longest one: each word's keyword prefixes
        self.prefixes = {w: [w[:k] for k in range(1, len(w) + 1) if w[:k] in self.words] for w in self.words}

    def scan(self, low: str) -> dict:
        """{word: [start, ...]} for every word that starts a word of ``low``, overlaps included."""
        if not self.words:
            return {}
        at: dict = {}  # the longest keyword found at a place -> its places
        m = self.regexes[0].match(" " + low[:self.longest])  # at 0, as after a space
        if m is not None:
            at[m.group(1)] = [0]
        for regex in self.regexes:
            for m in regex.finditer(low):
                found = at.get(m.group(1))
                if found is None:
                    at[m.group(1)] = [m.start() + 1]
                else:
                    found.append(m.start() + 1)
        starts: dict = {}
        for longest, places in at.items():  # the keyword prefixes of the longest start there too
            for word in self.prefixes[longest]:
                starts.setdefault(word, []).extend(places)
        for places in starts.values():
            places.sort()  # (runs in text order, one from each regex or longest keyword: timsort merges them)
        return starts


_scanner: _Scanner | None = None


def _current_scanner() -> _Scanner:
    global _scanner
    if _scanner is None or _scanner.sets != len(_REGISTRY):
        _scanner = _Scanner(_REGISTRY)
    return _scanner


def lowered(text: str) -> str:
    """``text.lower()``, one character for one: a character that lowercases to several (``İ``) is
    kept as it is, so that every offset of the result is an offset of ``text``."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=4096)
def _overlaps_itself(word: str) -> bool:
    """Can two occurrences of ``word`` overlap (a proper prefix of it ends it: ``anan``, not ``the``)?"""
    return any(word.endswith(word[:k]) for k in range(1, len(word)))


def _first_occurrences(starts, word) -> list:
    """The offsets of the occurrences of ``word`` that do not overlap an earlier one, as ``re.finditer`` (or
    ``str.find`` from the end of the previous one) gives them (``starts`` itself where none can overlap)."""
    if not _overlaps_itself(word):
        return starts
    out, end, length = [], -1, len(word)
    for k in starts:
        if k >= end:
            out.append(k)
            end = k + length
    return out


_NONE: tuple = ()
_HEAD = 3  # the characters of a keyword a short text's ``heads`` are tested with
_HEADS = re.compile(r"(?<![^\W_])(?=(.{1,3}))", re.S)  # where a word may start (``positions``), what starts there


class KeywordText:
    """A text, lowercased once, with where keywords start a word in it (found on first request)."""

    __slots__ = ("text", "low", "_found", "_scanned", "_fold", "_heads")

    def __init__(self, text: str):
        self.text, self.low = text, lowered(text)
        self._found: dict = {}
        self._scanned: frozenset = frozenset()  # the words the one-pass scan looked for
        self._fold = self._heads = None

    def positions(self, words) -> list:
        """Where each of ``words`` starts a word: ``(offset, length)`` pairs, word by word (in the order
        given), each word's non-overlapping occurrences in text order.  ``words`` may be a ``Keywords`` set (its
        words in their order): a short text then looks up only the words its ``heads`` begin."""
        if isinstance(words, Keywords):
            found = self.present(words)
            words = [word for word in words.words if word in found] if found else ()
        out = []
        for word in words:  # (a short text's ``starts`` tests each word's head first)
            length = len(word)
            out.extend([(k, length) for k in self.starts(word)])
        return out

    def present(self, keywords: Keywords) -> set:
        """The words of a ``Keywords`` set that start a word here (a short text's: its ``heads`` that begin some)."""
        if len(self.low) >= SHORT:
            return {word for word in keywords.words if self.starts(word)}
        by_head, low = keywords.by_head, self.low
        return {w for head in by_head.keys() & self.heads() for w in by_head[head] if w in low and self.starts(w)}

    def heads(self) -> frozenset:
        """The first one to three characters wherever a word may start: a keyword whose head is none of them starts no
        word (a short text's test, cheaper than a search for each of the hundreds of words a table asks for)."""
        if self._heads is None:
            self._heads = frozenset(h for head in _HEADS.findall(self.low) for h in (head, head[:2], head[:1]))
        return self._heads

    def starts(self, word: str) -> list:
        """The offsets where ``word`` starts a word, its non-overlapping occurrences in text order (``positions``
        without the lengths: what a table of many words asks for, word by word)."""
        found = self._found.get(word)
        if found is None:
            if len(self.low) < SHORT and word[:_HEAD] not in self.heads():
                return _NONE
            found = self._search(word)
            if found or len(self.low) >= SHORT:
                self._found[word] = found
            else:  # a short text's miss is not kept: hundreds of words are asked of each paragraph
                found = _NONE
        return found

    def _search(self, word):
        low = self.low
        if len(low) >= SHORT:
            if word not in self._scanned:
                self._scan()
            if word in self._scanned:
                return self._found.get(word, [])
        space = word.find(" ")
        if 0 < space < len(word) - 1 and not self.starts(word[:space + 1]):
            return []  # ``has declared`` starts a word only where ``has `` does: one find for many words
        starts, k = [], low.find(word)
        while k >= 0:
            if not k or not low[k - 1].isalnum():
                starts.append(k)
            k = low.find(word, k + 1)
        return _first_occurrences(starts, word)

    def _scan(self):
        """Every declared keyword that starts a word, in one pass over the text."""
        scanner = _current_scanner()
        if word_set := scanner.words - self._scanned:
            for word, starts in scanner.scan(self.low).items():
                if word in word_set:
                    self._found.setdefault(word, _first_occurrences(starts, word))
            self._scanned = scanner.words

    def may_fold(self) -> bool:
        """Whether the text has a character that case-insensitive matching folds to an ASCII letter
        where ``str.lower`` does not (``ı``, ``ſ``, ``İ``): there, a literal prefilter read in the
        lowercased text could miss what an ``re.IGNORECASE`` pattern matches."""
        if self._fold is None:
            self._fold = any(c in self.text for c in _FOLD_GUARD)
        return self._fold

    def holding(self, positions, needles, before: int = BEFORE, after: int = AFTER) -> list:
        """The ``positions`` whose window (``matches_near``'s) holds one of ``needles``: all where there is none or
        where the text may fold (``may_fold``).  Entries that share keywords and needles may ask once."""
        if needles is None or self.may_fold():
            return positions
        low, n = self.low, len(self.low)
        return [(k, size) for k, size in positions if needles.search(low, max(0, k - before), min(n, k + size + after))]

    def matches_near(self, regex, positions, before: int = BEFORE, after: int = AFTER, needles=None):
        """Matches of ``regex`` (compiled, or a ``Pattern``) in the window around each keyword
        position that hold the keyword's first character, in the order of ``positions``, each span
        once (the first match found with it).

        ``needles`` (optional; a regex of lowercase literals, e.g. ``Pattern(alternation(strings))``)
        is what every match also holds besides its keyword: a window whose lowercased text has none
        is not searched.  It makes a frequent keyword cheap (``years`` for ``he has 100 years``:
        ``he ha``, ``she ha``…); it must be true of every match, or matches are lost."""
        text, n, seen = self.text, len(self.text), set()
        for k, length in self.holding(positions, needles, before, after):
            for m in regex.finditer(text, max(0, k - before), min(n, k + length + after)):
                if k < m.end():  # the first match to end after k holds it, or starts after it: no later one holds it
                    if m.start() <= k and m.span() not in seen:
                        seen.add(m.span())
                        yield m
                    break


_kept_text = per_segment(lambda segment: KeywordText(segment.text))


def keyword_text(segment) -> KeywordText:
    """The ``KeywordText`` of a segment (an object with a ``text``, such as ``documents.Segment``),
    shared by every detector that asks for it while the segment lives: one lowercasing, one scan, one
    search per keyword, however many detectors look.  It goes with the segment (the runner drops a
    document's segments once the document is checked).  Given a plain string, a new one each time."""
    return KeywordText(segment) if isinstance(segment, str) else _kept_text(segment)
