"""Regular expressions that cost nothing until used, and searched only where they can match.

Every detector writes its patterns with these, so the laziness policy and the fast paths live in one
place and use only the public ``re`` API:

``Pattern``
    a regex compiled on first use; ``source`` may be a function, so that a pattern built from a data
    table reads the table only when a document needs it.
``alternation(words)``
    one regex for a list of literal words, factored by common prefixes (what a hand-written
    ``"|".join(sorted(..., key=len, reverse=True))`` does, faster to match).
``one_of(latin, wide)``
    a character class with characters above U+00FF (``’``, no-break spaces), spelled so that compiling
    it stays cheap.
``anchor_lines`` / ``finditer_in`` / ``digit_view``
    the anchor-line engine: on a long segment (a plain-text corpus is one segment of hundreds of
    kilobytes) cheap anchors find the lines that can hold a match, and the costly pattern runs on
    those lines only.  No anchored pattern matches across a newline, and lookbehinds still see the
    text before a line, so the matches are those of a whole-text search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

LONG = 2000  # characters; shorter texts are searched whole

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Pattern:
    """A regular expression compiled the first time it is used: importing a rule compiles nothing.

    After the first use the compiled methods are bound on the instance, so a call costs what a call
    on a compiled pattern costs."""

    def __init__(self, source, flags: int = 0):
        self._source, self.flags = source, flags

    @property
    def pattern(self) -> str:
        if callable(self._source):
            self._source = self._source()
        return self._source

    @property
    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        self.__dict__["compiled"] = compiled
        return compiled

    def __getattr__(self, name):  # only called until ``compiled`` has bound the methods
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    def __repr__(self):
        return f"Pattern({self._source!r})" if not callable(self._source) else "Pattern(<lazy>)"


def alternation(words) -> str:
    """A regex matching exactly one of ``words`` (plain text), factored by common prefixes.

    The longest word wins where one word is a prefix of another, as a regex alternation of the words
    sorted longest first would.  Built once per word list."""
    return _alternation(tuple(sorted(set(words))))


@lru_cache(maxsize=256)
def _alternation(words: tuple) -> str:
    groups: dict = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    optional = "" in groups
    groups.pop("", None)
    branches = [re.escape(first) + _alternation(tuple(rests)) for first, rests in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


def one_of(latin: str, wide: str = "") -> str:
    r"""A regex matching one character of the class ``[latin]`` (characters up to U+00FF) or one of the
    characters ``wide`` (above it): what the class ``[latin wide]`` matches, spelled so that Python's
    re compiler stays on its fast path.

    A class holding characters above U+00FF in more than two runs (``[\xa0\u202f\u2009 ]``,
    ``[€$£¥]``) takes the compiler's slow "big charset" path, 0.3-1 ms each time it appears in a
    pattern, and any class above U+00FF costs a 64K-entry map; here each wide character is an
    alternative of its own.  The parser would merge single-character alternatives back into one class:
    the last one sits in a flag group that changes nothing, ``(?s:...)``, which it does not merge."""
    parts = ([f"[{latin}]"] if latin else []) + [re.escape(ch) for ch in wide]
    if len(parts) == 1:
        return parts[0]
    parts[-1] = f"(?s:{parts[-1]})"
    return f"(?:{'|'.join(parts)})"


def word_start(words) -> str:
    r"""What ``(?<![\w'’-])(?:Word|word|…)`` matches, each of ``words`` (lowercase) with its first letter in either
    case, the longer first where two share a first letter, spelled to open with the class of the first letters and
    to test the character before after it: a pattern that opens with a lookbehind is tried at every character of a
    text, one that opens with a class only where the class matches (the regex engine skips to it)."""
    rests: dict = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    letters = "".join(sorted(c for first in rests for c in (first, first.upper())))
    return f"[{re.escape(letters)}](?<![\\w'’-].)(?:" + "|".join(
        f"(?<=[{re.escape(c.upper() + c)}])(?:{'|'.join(re.escape(r) for r in sorted(rest, key=len, reverse=True))})"
        for c, rest in rests.items()) + ")"


def merge_spans(spans) -> list:
    """Sorted ``(start, end)`` spans with the overlapping and adjacent ones merged."""
    merged: list = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


class Spans:
    """``(start, end)`` spans, and the character offsets they cover: ``free(a, b)``, does ``(a, b)`` overlap
    none of them?  A document read as one segment holds hundreds of flagged spans, and a set tells at once
    where a list would be read again for every span."""

    __slots__ = ("spans", "offsets", "empty")

    def __init__(self, spans=()):
        self.spans, self.offsets, self.empty = [], set(), False
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        self.spans.append((a, b))
        self.offsets.update(range(a, b))
        self.empty = self.empty or a == b

    def free(self, a: int, b: int) -> bool:
        if a == b or self.empty:  # an empty span overlaps a span that holds it strictly
            return not any(a < y and b > x for x, y in self.spans)
        return self.offsets.isdisjoint(range(a, b))


def anchor_lines(text: str, anchors, view=None, short=None) -> list:
    """The ``(start, end)`` spans of the lines of ``text`` where one of ``anchors`` matches (end past
    the newline), adjacent lines merged.

    With a ``view`` (from ``digit_view``) the anchors search only the lines it holds.  A short text is
    one span, or none when none of ``short`` (default: ``anchors``) matches it, so that a pattern is not
    even compiled for a text that cannot match.  Every match of a pattern must contain a match of one
    of its anchors; an anchor that starts with one literal character is the fastest (a character class
    is tried at every position)."""
    if len(text) <= LONG:
        short = anchors if short is None else short
        return [(0, len(text))] if not short or any(a.search(text) for a in short) else []
    find, rfind = text.find, text.rfind
    compact, compact_starts, starts = view if view is not None else (text, [0], [0])
    found = []
    for anchor in anchors:
        search = anchor.search
        m = search(compact)
        while m is not None:
            i = m.start()
            k = bisect_right(compact_starts, i) - 1
            at = starts[k] + i - compact_starts[k]  # in text
            start = rfind("\n", 0, at) + 1
            end = find("\n", at) + 1 or len(text)
            found.append((start, end))
            m = search(compact, i + end - at)  # from the end of the line
    if len(anchors) > 1:
        found.sort()
    return merge_spans(found)


_DIGIT = Pattern(r"\d")


def digit_view(text: str):
    """The lines of a long ``text`` that hold a digit, joined, with the offsets of each run of lines in
    the joined text and in ``text``: where anchors with a digit look (``anchor_lines(view=...)``)."""
    compact_starts, starts, parts, n = [], [], [], 0
    for start, end in anchor_lines(text, (_DIGIT,)):
        compact_starts.append(n)
        starts.append(start)
        parts.append(text[start:end])
        n += end - start
    return "".join(parts), compact_starts, starts


def finditer_in(pattern, text: str, spans):
    """``pattern.finditer(text)`` restricted to ``spans`` (from ``anchor_lines``)."""
    if len(spans) == 1 and spans[0] == (0, len(text)):
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


# a web address or a mailbox, whose parts are no words of prose (`https://adresse.data.gouv.fr`, `nom@exemple.fr`); a
# square bracket that closes none ends it (BBCode's `[url=https://…/Bar.JPG]Beach bar[/url]`; not `?filter[status]=`
# nor an IPv6 host's `http://[::1]`); a mailbox starts where a run of its characters does (tried inside the run, it
# would be tried again at each character: quadratic on a long word, a base64 image in a JSON string)
URL = Pattern(r"(?:https?://|www\.)(?:[^\s<>\"'\u00a0\ufffc\[\]]|\[[^\s<>\"'\[\]]*\])+"
              r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
