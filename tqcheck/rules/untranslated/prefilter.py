"""Which lines of a text can hold untranslated French: set look-ups before any classifying.

A finding starts at a *seed* word: a strong French cue, an elision (``l'année``) or a lowercase word
the English word list lacks and that looks French (``is_seed``, the fast path of ``lexicon.kind``
for the first word of a sentence).  A text is split at whitespace into chunks; each chunk, and
each word in it, is sorted once per process into seed or plain, so an English text that has been
seen is checked by set look-ups only.  ``seed_lines`` gives the lines that hold a seed chunk, and
``has_seed`` tells whether a sentence holds a seed word.

Tables: through ``lexicon`` (``french_cues.tsv``, ``french_in_english.tsv``, ``english_words.txt``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, filterfalse

from ..common import line_bounds
from .lexicon import (
    ACCENTS, FRENCH, MAYBE, STRONG, TOKEN, UNSURE, cues, english_words, is_loanword, kind,
)

# whitespace-separated chunks and words already sorted: all of them, and those with a seed (a word that
# could start a finding)
_KNOWN_CHUNKS, _SEED_CHUNKS, _SEED_WORDS, _PLAIN_WORDS = set(), set(), set(), set()
_MAX_KNOWN = 1 << 20


def seed_lines(text: str) -> list:
    """(start, end) of the lines of ``text`` that hold a seed chunk, in text order."""
    chunks = text.split()  # whitespace-separated chunks: a word with its punctuation
    new = set(filterfalse(_KNOWN_CHUNKS.__contains__, chunks))
    if new:
        _learn_chunks(new)
    found = list(compress(chunks, map(_SEED_CHUNKS.__contains__, chunks)))
    if not found:  # the hot path: set look-ups only
        return []
    return _lines_with(text, found)


def has_seed(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` (within a line given by ``seed_lines``) hold a seed word?"""
    return not _SEED_WORDS.isdisjoint(TOKEN.findall(text, s, e))


def _lines_with(text: str, found) -> list:
    """(start, end) of the lines of ``text`` that hold the chunks ``found``, given in text order."""
    lines = []
    n = len(text)
    pos = 0
    for chunk in found:
        i = text.find(chunk, pos)
        # the first occurrence after the previous one that stands alone is this one (another would be
        # a chunk of ``found`` in between); occurrences inside longer chunks are skipped
        while i > 0 and not text[i - 1].isspace() or 0 <= i + len(chunk) < n and not text[i + len(chunk)].isspace():
            i = text.find(chunk, i + 1)
        if i < 0:
            break  # cannot happen: ``found`` comes from ``text``
        pos = i + len(chunk)
        if lines and i < lines[-1][1]:
            continue  # same line as the previous one
        lines.append(line_bounds(text, i, pos))
    return lines


def _learn_chunks(new: set) -> None:
    """Sort new chunks (and their new words) into seeds and plain ones."""
    if len(_KNOWN_CHUNKS) > _MAX_KNOWN:
        _KNOWN_CHUNKS.clear()
        _SEED_CHUNKS.clear()
    if len(_PLAIN_WORDS) > _MAX_KNOWN:
        _PLAIN_WORDS.clear()
    joined = " ".join(new)
    found = [(m.group(), m.start()) for m in TOKEN.finditer(joined)]  # a word never crosses a space
    words = {word for word, _ in found}
    unknown = words.difference(_SEED_WORDS, _PLAIN_WORDS)
    if unknown:
        _learn_words(unknown)
    _KNOWN_CHUNKS.update(new)
    if words.isdisjoint(_SEED_WORDS):
        return
    # the chunks holding a seed word (a search for each seed word would read the text once per word),
    # each hit widened to its chunk
    n = len(joined)
    for word, i in found:
        if word in _SEED_WORDS:
            end = joined.find(" ", i)
            _SEED_CHUNKS.add(joined[joined.rfind(" ", 0, i) + 1:n if end < 0 else end])


def _learn_words(unknown: set) -> None:
    # a lowercase English word that is not a French cue never starts a finding: sorted out by set
    # difference, without a call per word (and the whole word list loaded, not group by group)
    rest = unknown.difference(_english_not_cues()) if len(unknown) > 200 else unknown
    _PLAIN_WORDS.update(unknown.difference(rest))
    for word in rest:
        (_SEED_WORDS if is_seed(word) else _PLAIN_WORDS).add(word)


@lru_cache(maxsize=1)
def _english_not_cues() -> frozenset:
    return english_words().difference(cues())


def is_seed(word: str) -> bool:
    """Could this word start a finding: a strong cue, an elision, a French lowercase word?"""
    # the first word of a sentence; ``initial`` matters to ``kind`` for a capitalised word only, so a lowercase
    # one is asked as ``tokenize`` asks about it inside a sentence: one cached answer for both
    word_kind = kind(word, word[0].isupper())[0]
    if word_kind == STRONG:
        return True
    if word[0].isupper() or word_kind not in (FRENCH, UNSURE, MAYBE):
        return False  # MAYBE (`bataille`): flagged only with French around it, as in `la bataille`
    lower = word.lower()
    if "'" not in lower and "’" not in lower and ACCENTS.isdisjoint(lower) and is_loanword(lower):
        return False  # a listed loanword (`banlieues`)
    return True  # a rare word that spells like French: the identifier decides in context (not in code)
