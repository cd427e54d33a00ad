"""The text side of the token patterns (``tokens.py``): a sentence cut into tokens, only where needed.

A token is a word (``l'objet``, ``don't``, ``well-known``), a number (``1,5``, ``14:30``) or one other
character; a token after ``.!?``, or after a line break before a capital, starts a sentence.
``sentences_of(segment).around(k)`` cuts into tokens only the sentence that holds offset ``k``, and keeps
it for the next pattern that asks.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .memo import per_segment
from .patterns import one_of
from .tables import row_type

# r"\d+(?:[.,:]\d+)*|[^\W\d_]\w*(?:['’-](?=[^\W_])\w*)*|\w+|\S", its class above U+00FF spelled with one_of
TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]\w*(?:" + one_of("'-", "’") + r"(?=[^\W_])\w*)*|\w+|\S")
QUOTES = frozenset("\"“”«»„")
SENTENCE_END = frozenset(".!?…")


# One token: its text, lowercased (any double quotation mark is ``"``), its offsets, and whether it starts a
# sentence.  A tuple with named fields: a sentence makes dozens of them, and a tuple is made fastest.
Token = row_type(("text", "low", "start", "end", "first"))


def token_low(word: str) -> str:
    """A token's ``low``: the word lowercased, any double quotation mark ``"``."""
    return '"' if word in QUOTES else word.lower()


def tokenize(text: str, start: int = 0, end: int | None = None, first: bool = True) -> list:
    """The tokens of ``text[start:end]`` (offsets into ``text``); a token after ``.!?``, or after a line
    break before a capital, starts a sentence (a plain-text file may put one sentence on each line, with
    no full stop).  ``first``: does ``start`` start a sentence?"""
    out, new, i, after = [], tuple.__new__, start, False
    append = out.append
    # every character that is no space is in a token: the spaces before each token and the token, as strings,
    # give the offsets (a list of strings is made faster than a match object for each token)
    for gap, word in _SPACED_TOKEN.findall(text, start, len(text) if end is None else end):
        i += len(gap)
        if after and not first and "\n" in gap and word[:1].isupper():
            first = True
        append(new(Token, (word, '"' if word in QUOTES else word.lower(), i, i + len(word), first)))  # token_low
        first, after = word in SENTENCE_END, True
        i += len(word)
    return out


_SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN.pattern + ")")


# a sentence ends after . ! ? (and closing quotes or brackets) before a space, and at a line break before a
# capital, a quotation mark or a list's number (`2.`, `2)`; a wrapped line may start `2 bytes`); a window holds
# one sentence, or ``REACH`` characters either side.  The next sentence starts where the spaces end: the ends of
# r"[.!?…][\"”»’)]*\s+|\s*\n\s*(?=[A-Z\"“«]|\d+[.)](?:\s|$))", found as two expressions that open with one
# character class or one character, which the regex engine skips to (the one expression opens with neither, and is
# tried at every character: four times slower); both end where a run of spaces does, so their ends are the same
_END_MARK = re.compile("[.!?\u2026]" + one_of('"»)', "”’") + r"*\s+")
_END_LINE = re.compile(r"\n\s*(?=" + one_of(r'A-Z"«', "“") + r"|\d+[.)](?:\s|$))")
REACH = 400


def sentence_starts(text: str) -> list:
    """Where each sentence of ``text`` starts, 0 first."""
    ends = {m.end() for m in _END_MARK.finditer(text)}
    ends.update(m.end() for m in _END_LINE.finditer(text))
    return [0, *sorted(ends)]


class Sentences:
    """The sentences of one text, found in one pass when first asked for, and cut into tokens only where
    a pattern's anchor was found (a sentence longer than ``2 * REACH`` is cut around the anchor)."""

    def __init__(self, text: str):
        self.text, self._cache, self._at, self._starts, self._first = text, {}, {}, None, frozenset()

    def _sentence_starts(self) -> list:
        if self._starts is None:
            self._starts = sentence_starts(self.text)
            self._first = frozenset(self._starts)
        return self._starts

    def firsts(self) -> frozenset:
        """The offsets where the text's sentences start."""
        self._sentence_starts()
        return self._first

    def start(self, k: int) -> int:
        """Where the sentence holding offset ``k`` starts (``bounds`` without its window)."""
        starts = self._sentence_starts()
        return starts[bisect_right(starts, k) - 1]

    def bounds(self, k: int) -> tuple:
        """``(a, b)``: the sentence holding offset ``k``, as offsets (at most ``REACH`` either side of it)."""
        starts = self._sentence_starts()
        i = bisect_right(starts, k) - 1
        return (max(starts[i], k - REACH),
                min(starts[i + 1] if i + 1 < len(starts) else len(self.text), k + REACH))

    def tokens(self, a: int, b: int) -> list:
        """The tokens of ``text[a:b]``, a sentence (or part of one) that ``bounds`` gave."""
        tokens = self._cache.get((a, b))
        if tokens is None:
            tokens = self._cache[a, b] = tokenize(self.text, a, b, a in self._first)
        return tokens

    def token_at(self, a: int, b: int, k: int) -> int:
        """The index of the token of ``text[a:b]`` that starts at offset ``k`` (the number of tokens when
        none does)."""
        at = self._at.get((a, b))
        if at is None:
            at = self._at[a, b] = {t.start: i for i, t in enumerate(self.tokens(a, b))}
        return at.get(k, len(self._cache[a, b]))

    def around(self, k: int):
        """``(tokens, index)``: the tokens of the sentence holding offset ``k``, and the index of the token
        starting at ``k``."""
        a, b = self.bounds(k)
        return self.tokens(a, b), self.token_at(a, b, k)


# the ``Sentences`` of a segment, shared by every pattern table that looks at it while it lives
sentences_of = per_segment(lambda segment: Sentences(segment.text))


def first_word(low: str, a: int) -> str:
    """The token that starts at ``low[a]`` ('' for none)."""
    m = TOKEN.match(low, a)
    return m.group() if m else ""


WORD_ENDS = frozenset(" \n\t\r,.;:!?()[]{}\"“”«»/")  # end a word of letters (no word character, apostrophe or hyphen)


def token_ends(low: str, word: str, j: int) -> bool:
    """Is ``word``, ending at ``low[j]``, a token of its own (``TOKEN``)?  The one-pass scan finds
    where ``word`` *starts* a word (``m`` in ``million``, ``it`` in ``its``, ``20`` in ``2013``): there the
    tokenizer cuts a longer token."""
    if (j == len(low) or low[j] in WORD_ENDS) and word.isalpha():
        return True  # letters, then a space or a mark: the tokenizer's word ends there (at no regex cost)
    m = TOKEN.match(low, j - len(word))
    return m is not None and m.end() == j
