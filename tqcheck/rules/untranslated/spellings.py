"""French spelling habits on English words (no rule of its own): ``french_spellings.tsv``, read by TQ206
(``names.french_spelling``), which flags `dictionnary` as `dictionary`, and by ``lexicon.kind``, which leaves such
a word to it rather than read it as French (TQ403)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import Table

ATTESTED_ZIPF, ATTESTED_MARGIN = 3.0, 0.5  # a French word: a thousand times in a billion words, three times English's
SPELLINGS = Table("french_spellings.tsv", key="french", required=("english", "attested", "evidence"),
                  choices={"attested": ("yes", "no")}, order="plain")


@lru_cache(maxsize=1)
def _edits() -> tuple:
    return tuple((re.compile(row.french), row.english, row.attested == "yes") for row in SPELLINGS.rows)


def edited(word: str, is_english, depth: int = 2) -> str | None:
    """The English word (``is_english``) that one or two rows turn a lowercase ``word`` into, or None.  A row
    marked ``attested`` needs a French word written so (`dependancy`: *dépendance*), where English slips
    spell it too (`existance`, `occurrances`: French writes *existence*, *occurrence*)."""
    if len(word) < 5:
        return None
    for pattern, english, attested in _edits():
        for m in pattern.finditer(word):
            candidate = word[:m.start()] + english + word[m.end():]
            if is_english(candidate):
                found = candidate
            else:
                found = edited(candidate, is_english, depth - 1) if depth > 1 else None
            # the French words are read only for an edit that reaches English: most words reach none (`importance`
            # in French text), and the list costs more to build than all their edits
            if found is not None and (not attested or french_writes(word, m.start(), m.end())):
                return found
    return None


def french_writes(word: str, i: int, j: int) -> bool:
    """Does a French word (accents aside) start as ``word[:i]`` and hold ``word[i:j]`` next (a short one with the
    letter after it): `depend|an|cy` as *dépendance*, `environ|ement` as *environnement*?"""
    prefix = word[:i]
    tail = word[i:j] + word[j:j + 1] if j - i <= 3 else word[i:j]
    return any(w.startswith(prefix) and tail in w[max(0, i - 1):] for w in _french_words(prefix))


def _french_words(prefix: str) -> list:
    """The words of the frequency table that French uses, and more than English, lowercase and without accents
    (``_attested``), of the groups whose words can start as ``prefix``: a word starts as its group's key, and
    ``_bare`` takes the accents off letter by letter.  Not the whole table: a long text has a word or two to
    read them for, and the few groups of each cost less than the table."""
    return [bare for key, bare_key in _bare_keys() if bare_key.startswith(prefix) or prefix.startswith(bare_key)
            for bare in _attested(key)]


@lru_cache(maxsize=1)
def _bare_keys() -> tuple:
    """``(key, bare key)`` of each group of the frequency table."""
    from .frequencies import _groups

    return tuple((key, _bare(key)) for key in _groups())


@lru_cache(maxsize=None)
def _attested(key: str) -> tuple:
    """The words of a group of the frequency table that French uses, and more than English, without accents: not
    `existance` (2.5, and 2.3 in English), a slip in both languages."""
    from .frequencies import _group

    return tuple(_bare(w) for w, (fr, en) in _group(key).items() if fr >= ATTESTED_ZIPF and fr >= en + ATTESTED_MARGIN)


def _bare(word: str) -> str:
    """``word`` without accents, letter by letter: dépendance, dependance; œuvre, oeuvre."""
    import unicodedata  # (only where an edit reaches English: not at a check's start)

    return unicodedata.normalize("NFD", word.replace("œ", "oe").replace("æ", "ae")).encode("ascii", "ignore").decode()
