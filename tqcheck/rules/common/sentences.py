"""The text side of the token patterns (``tokens.py``): a sentence cut into tokens, only where needed.

A token is a word (``l'objet``, ``don't``, ``well-known``), a number (``1,5``, ``14:30``) or one other
character; a token after ``.!?``, or after a line break before a capital, starts a sentence.
``sentences_of(segment).around(k)`` cuts into tokens only the sentence that holds offset ``k``, and keeps
it for the next pattern that asks.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_](?:[\w]|['’-](?=[^\W_]))*|\w+|\S")
QUOTES = frozenset("\"“”«»„")
SENTENCE_END = frozenset(".!?…")
@dataclass(frozen=True)
class Token:
    text: str
    low: str
    start: int
    end: int
    first: bool  # a sentence's first token


def tokenize(text: str, start: int = 0, end: int | None = None, first: bool = True) -> list:
    """The tokens of ``text[start:end]`` (offsets into ``text``); a token after ``.!?``, or after a line
    break before a capital, starts a sentence (a plain-text file may put one sentence on each line, with
    no full stop).  ``first``: does ``start`` start a sentence?"""
    out = []
    for m in TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        if out and not first and word[:1].isupper() and "\n" in text[out[-1].end:m.start()]:
            first = True
        low = '"' if word in QUOTES else word.lower()
        out.append(Token(word, low, m.start(), m.end(), first))
        first = word in SENTENCE_END
    return out


# a sentence ends after . ! ? (and closing quotes or brackets) before a space, and at a line break before a
# capital, a quotation mark or a digit; a window holds one sentence, or ``REACH`` characters either side
_END = re.compile(r"[.!?…][\"”»’)]*\s+|\s*\n\s*(?=[A-Z\"“«\d])")
REACH = 400


class Sentences:
    """The sentences of one text, tokenized only where a pattern's anchor was found."""

    def __init__(self, text: str):
        self.text, self._cache = text, {}

    def around(self, k: int):
        """``(tokens, index)``: the tokens of the sentence holding offset ``k``, and the index of the token
        starting at ``k``."""
        text = self.text
        lo = max(0, k - REACH)
        a, first = lo, lo == 0
        for m in _END.finditer(text, lo, k + 1):
            a, first = m.end(), True
        if a not in self._cache:
            m = _END.search(text, k, min(len(text), k + REACH))
            self._cache[a] = tokenize(text, a, m.start() + 1 if m else min(len(text), k + REACH), first)
        tokens = self._cache[a]
        lo, hi = 0, len(tokens)
        while lo < hi:  # bisect on the tokens' starts
            mid = (lo + hi) // 2
            lo, hi = (mid + 1, hi) if tokens[mid].start < k else (lo, mid)
        return tokens, lo


_MEMO: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def sentences_of(segment) -> Sentences:
    """The ``Sentences`` of a segment, shared by every pattern table that looks at it while it lives."""
    found = _MEMO.get(segment)
    if found is None or found.text is not segment.text:
        found = _MEMO[segment] = Sentences(segment.text)
    return found
