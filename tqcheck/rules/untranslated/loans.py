"""Loan phrases found word by word, as one regex alternation of them would find them, without compiling it.

``lexicon`` describes a loan phrase (``coup d'état``, ``bête noire``) as a regex: its words separated by
``,?[\\s-]+`` (a comma, spaces, hyphens, a line break), a content word optionally followed by a plural
``s`` or ``x``, the whole not inside a word::

    (?<![\\w'’-])(?:PHRASE|PHRASE|...)(?!\\w)      # phrases longest first

That alternation of some two hundred phrases costs more to compile (about 20 ms) than a short document
costs to check, and a document with one French word needs it.  ``Phrases`` finds what it finds, with the
same leftmost-first, longest-phrase-first semantics, by looking up the phrases that can start at each word
and matching them with string operations.  At a given place a phrase matches in one way only (a plural
``s`` taken or not, a separator: the character after a word decides), so trying the phrases in the
alternation's order and taking the first that matches is what the regex engine does.
"""

from __future__ import annotations

from ..common import Pattern

# where a phrase can start: a run of letters not preceded by a word character, an apostrophe or a hyphen
# (two look-behinds, not `[\w'’-]`: see ``lexicon.TOKEN``); at a string's start, its run of letters
_START = Pattern(r"(?<![\w'-])(?<!’)[^\W\d_]+")
_SEPARATORS = "-"  # with whitespace (str.isspace, the regex's \s): what joins the words of a phrase
_RUN = Pattern(r"[^\W\d_]+")  # a run of letters


def _is_word_char(ch: str) -> bool:
    """The regex ``\\w`` of a str pattern."""
    return ch.isalnum() or ch == "_"


class Phrases:
    """Phrases given as word tuples ``((word, plural), ...)``, in priority order (the alternation's)."""

    def __init__(self, phrases):
        self.phrases = tuple(tuple(words) for words in phrases)
        # phrase indices by the run of letters their first word starts with (`d'` -> `d`); a plural
        # first word also under its plural forms: the run of letters a text has where the phrase starts
        self.index: dict = {}
        for order, words in enumerate(self.phrases):
            first, plural = words[0]
            run = _START.match(first)
            if run is None or run.start() != 0:
                raise ValueError(f"a loan phrase must start with a letter: {' '.join(w for w, _ in words)!r}")
            keys = [run.group()]
            if plural and run.group() == first:
                keys += [first + "s", first + "x"]
            for key in keys:
                self.index.setdefault(key, []).append(order)
        self.runs = frozenset(run for words in self.phrases for run in _own_run(words))

    def _maybe(self, text: str) -> bool:
        """Can a phrase match in ``text``?  Where one matches, each run of letters of its words is one of the text:
        inside a word, the characters around it are the word's own, no letters; a word follows a separator, or (the
        first) a place no word character precedes, and is followed (after its plural ``s`` or ``x``, if any) by a
        separator, a comma or a place no word character follows: no letter either.  So where none of the text's runs
        is one of the phrases' own (``_own_run``), no phrase matches."""
        return not self.runs.isdisjoint(_RUN.findall(text))

    def _end(self, text: str, i: int, order: int) -> int:
        """Where phrase ``order`` matched at ``text[i]`` ends, or -1."""
        n = len(text)
        words = self.phrases[order]
        last = len(words) - 1
        for k, (word, plural) in enumerate(words):
            if not text.startswith(word, i):
                return -1
            i += len(word)
            if plural and i < n and text[i] in "sx":
                i += 1
            if k == last:
                return -1 if i < n and _is_word_char(text[i]) else i
            if i < n and text[i] == ",":
                i += 1
            start = i
            while i < n and (text[i].isspace() or text[i] in _SEPARATORS):
                i += 1
            if i == start:
                return -1
        return i

    def spans(self, text: str) -> list:
        """``(start, end)`` of the phrases in ``text``: the regex's ``finditer``."""
        if not self._maybe(text):  # most texts: one set look-up, not the phrases tried at each word (`a`, `de`)
            return []
        out, end = [], 0
        for m in _START.finditer(text):
            i = m.start()
            if i < end:
                continue
            for order in self.index.get(m.group(), ()):
                stop = self._end(text, i, order)
                if stop >= 0:
                    out.append((i, stop))
                    end = stop
                    break
        return out

    def fullmatch(self, text: str) -> bool:
        """Is ``text`` one of the phrases: the regex's ``fullmatch``."""
        m = _START.match(text)
        return m is not None and any(self._end(text, 0, order) == len(text) for order in self.index.get(m.group(), ()))


def _own_run(words) -> tuple:
    """A phrase's longest run of letters (``((word, plural), ...)``), with its plurals when it ends a word that
    takes one: what the text holds where the phrase matches."""
    runs = [(m.group(), plural and m.end() == len(word)) for word, plural in words for m in _RUN.finditer(word)]
    run, plural = max(runs, key=lambda r: len(r[0]))
    return (run, run + "s", run + "x") if plural else (run,)
