"""English word classes and lemmas, for the token patterns (``tokens.py``): ``NOUN``, ``<declare>``.

Two tables, read the first time a pattern asks (never at import):

``english_lexicon.tsv``
    the open classes (NOUN, VERB, ADJ, ADV) and the lemmas of about 39,000 frequent English words and the
    inflections of their verbs, built once from lemminflect by ``scripts/build_english_lexicon.py`` (the
    library itself takes seconds to load: it is not needed at run time);
``english_function_words.tsv``
    the closed classes (DET, PRON, PREP, CONJ, AUX), written by hand.

A word missing from both has no class: a pattern's ``NOUN`` does not match an unknown word.
"""

from __future__ import annotations

import os
from functools import lru_cache

from .tables import DATA_DIR, Table, read_text

OPEN_CLASSES = ("NOUN", "VERB", "ADJ", "ADV")
CLOSED_CLASSES = ("DET", "PRON", "PREP", "CONJ", "AUX")
FUNCTION_WORDS = Table("english_function_words.tsv", key=("word", "kind"), order="plain",
                       choices={"kind": CLOSED_CLASSES})
LEXICON_FILE = "english_lexicon.tsv"
SEARCHES = 20  # questions on a class answered by a text search before its set is built
# declared for its validation (sorted by class, then lemma; no duplicate); read as text, class by class
LEXICON = Table(LEXICON_FILE, key=("class", "lemma"), choices={"class": OPEN_CLASSES}, reason="lemma",
                order=lambda key: (OPEN_CLASSES.index(key[0]) if key[0] in OPEN_CLASSES else 9, key[1]))


class Lexicon:
    """Word → classes and lemma → forms, from the two tables, each class read when first asked for."""

    def __init__(self):
        # the header line puts a newline before the first row, as before every other one (the text is
        # not copied to add one: it is half a megabyte)
        self._text = read_text(LEXICON_FILE)
        self._classes: dict[str, frozenset] = {}
        self._rows: dict[tuple, str | None] = {}
        self._asked: dict[str, int] = {}
        self._spans: dict[str, tuple] = {}

    def _span(self, cls: str) -> tuple:
        """``(start, end)`` of an open class's rows in the file's text (the newline before the first row,
        the end of the last)."""
        span = self._spans.get(cls)
        if span is None:
            text = self._text
            end = text.find("\n", text.rindex(f"\n{cls}\t") + 1)
            span = self._spans[cls] = (text.index(f"\n{cls}\t"), len(text) if end < 0 else end)
        return span

    def _row(self, cls: str, lemma: str) -> str | None:
        """The forms of ``lemma``'s row in the open class ``cls`` (the text after ``CLASS\tlemma\t``), or None.

        A binary search in the file's text, whose rows are sorted by class, then lemma (a tab sorts before any
        letter), as ``look`` searches a sorted file: a check asks about a few hundred lemmas, and cutting the
        whole table into its 22,000 lines took 5 ms and 500 page faults of a cold start.  Answers are kept."""
        found = self._rows.get((cls, lemma), False)
        if found is False:
            text, key = self._text, f"{cls}\t{lemma}\t"
            lo, hi = self._span(cls)
            lo += 1  # the first row's start; ``hi`` the last row's end
            while lo < hi:  # the first line at or after ``key``: lines before ``lo`` sort before it, from ``hi`` on not
                mid = (lo + hi) // 2
                start = text.rfind("\n", lo, mid) + 1 or lo
                if text[start:start + len(key)] < key:  # the line's first characters decide: a key ends in a tab
                    end = text.find("\n", start, hi)
                    lo = hi if end < 0 else end + 1
                else:
                    hi = start
            found = None
            if text.startswith(key, lo):
                end = text.find("\n", lo)
                found = text[lo + len(key):len(text) if end < 0 else end]
            self._rows[cls, lemma] = found
        return found

    def words(self, cls: str) -> frozenset:
        """The words of class ``cls``."""
        found = self._classes.get(cls)
        if found is None:
            if cls in CLOSED_CLASSES:
                found = frozenset(row.word for row in FUNCTION_WORDS.rows if row.kind == cls)
            else:
                start, end = self._span(cls)
                found = frozenset(self._text[start:end].split()) - {cls}
            self._classes[cls] = found
        return found

    def forms(self, lemma: str, cls: str | None = None) -> frozenset:
        """Every form of ``lemma`` (itself included, known or not), in class ``cls`` or in every class."""
        forms = {lemma}
        for cls in (cls,) if cls else OPEN_CLASSES:
            row = self._row(cls, lemma)
            if row is not None:
                forms.update(row.split())
        return frozenset(forms)

    def has_class(self, word: str, cls: str) -> bool:
        """Is the lowercase ``word`` of class ``cls``?  The first few questions on an open class are
        answered by a search in the file's text: a short article asks about a few words, and a class's
        set costs milliseconds to build (NOUN's 17 ms)."""
        found = self._classes.get(cls)
        if found is None:
            asked = self._asked.get(cls, 0)
            if cls in OPEN_CLASSES and asked < SEARCHES:
                self._asked[cls] = asked + 1
                return self._search(word, cls)
            found = self.words(cls)
        return word in found

    def _search(self, word: str, cls: str) -> bool:
        text, (start, end) = self._text, self._span(cls)
        k, n = text.find(word, start, end), len(word)
        while k >= 0:  # a lemma follows a tab, a form a tab or a space; each is followed by either or a line end
            if text[k - 1] in "\t " and text[k + n:k + n + 1] in ("\t", " ", "\n", ""):
                return True
            k = text.find(word, k + 1, end)
        return False

    def is_lemma(self, word: str, cls: str) -> bool:
        """Is ``word`` a lemma of the open class ``cls`` (``rich``, not ``richer``)?"""
        return self._row(cls, word) is not None

    def known(self, word: str) -> bool:
        """Is the lowercase ``word`` in either table?"""
        return any(self.has_class(word, cls) for cls in (*OPEN_CLASSES, *CLOSED_CLASSES))


def verb_shape(word: str) -> str:
    """The form a verb has, read from its ending: ``ing`` (accepting), ``past`` (accepted), ``s`` (accepts) or
    ``base`` (accept; an irregular past too: the suggestions that ask are about regular verbs)."""
    word = word.lower()
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed"):
        return "past"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def verb_form(lemma: str, shape: str) -> str:
    """The verb ``lemma`` in the form ``shape`` (``verb_shape``), from its row of the lexicon; ``lemma`` itself when
    the row has no such form (`avoid`, ``ing`` → avoiding; `agree`, ``past`` → agreed).  An irregular past is the
    row's other form, not one in -n or -ne where it has one (a participle: `go` went, not gone; `take` took), the
    shortest (`begin`: began, not begun)."""
    forms = sorted(lexicon().forms(lemma, "VERB") - {lemma}, key=lambda f: (f.endswith(("n", "ne")), len(f), f))
    found = [f for f in forms if verb_shape(f) == shape] if shape != "base" else []
    if not found and shape == "past":
        found = [f for f in forms if verb_shape(f) == "base"]
    return found[0] if found else lemma


@lru_cache(maxsize=1)
def function_words() -> frozenset:
    """Every word of ``english_function_words.tsv``, whatever its class (the table alone: no lexicon is read)."""
    return frozenset(row.word for row in FUNCTION_WORDS.rows)


@lru_cache(maxsize=1)
def frequent_words() -> frozenset:
    """The 3,000 commonest English words (``english_frequent_words.txt``)."""
    return frozenset(_frequent_list())


@lru_cache(maxsize=1)
def _frequent_list() -> tuple:
    """The words of ``english_frequent_words.txt``, most frequent first (read once for both uses above and below)."""
    with open(os.path.join(DATA_DIR, "english_frequent_words.txt"), encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def start_rank() -> dict:
    """word -> the rank of the most frequent English word it starts (``english_frequent_words.txt``, 0 the most
    frequent: ``m`` ranks as ``more``, ``count`` as ``country``); a word that starts none of them is rarer than
    any.  The one-pass keyword scan finds a word wherever it starts one, so that is what an anchor costs."""
    rank: dict = {}
    for i, word in enumerate(_frequent_list()):
        for k in range(1, len(word) + 1):
            rank.setdefault(word[:k], i)
    return rank


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
