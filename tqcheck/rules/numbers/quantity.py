"""Does the context say that a figure is one quantity?  Shared by TQ501–TQ503 (``figures``).

A French decimal comma (``4,7``) or thousands grouping (``10 000``, ``1.234.567``) has a clean English
reading too: a list (``ports 80,8080``, ``rooms 101 102``), a citation (``Julius Caesar 3,1``), a
version or an identifier.  Its fix is *safe* only when the context says the figure is one amount: a
sign (``%``, ``€``, ``$``) or a word of ``numbers_units.tsv`` after it (``1,5 million``, ``10,4-metre``,
``1 902 injured``), or a currency before it (``$7,25``, ``EUR 6,20``).
Table: ``numbers_units.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from ..common import Pattern, Table, one_of
from . import CURRENCY_SIGN, WORD_CHAR, S

UNITS = Table("numbers_units.tsv", key="word", order="lower",
              choices={"kind": ("money", "measure", "multiplier", "count")})

# what may follow a figure that is one amount: a sign, or a word (after a space or a hyphen: 1,4-metre)
_SIGN = one_of("%°$£¥", "‰€")  # [%‰°€$£¥]
SIGN_AFTER = Pattern(rf"{S}?(?:{_SIGN}|per{S}?cent\b)")
_S_OR_HYPHEN = one_of("\u00a0 -", "\u202f\u2009‑")  # a space of SEP or a (non-breaking) hyphen
WORD_AFTER = Pattern(rf"{_S_OR_HYPHEN}([^\W\d_]{WORD_CHAR}*)")
SIGN_BEFORE = Pattern(rf"{CURRENCY_SIGN}{S}?$")
WORD_BEFORE = Pattern(rf"([A-Za-z]+){S}$")


@lru_cache(maxsize=None)
def _units() -> dict:
    """lower-cased word -> kind."""
    return {row.word.lower(): row.kind for row in UNITS.rows}


def unit_kind(word: str):
    """The kind of ``word`` in ``numbers_units.tsv`` (singular, or with a plural s), or None; a
    hyphenated word by its whole or its first part (``light-years``, ``metre-long``)."""
    units = _units()
    word = word.lower()
    for whole in (word, word.split("-")[0]) if "-" in word else (word,):
        for form in (whole, whole[:-1] if whole.endswith("s") else "", whole[:-2] if whole.endswith("es") else ""):
            if form in units:
                return units[form]
    return None


def is_quantity(text: str, i: int, j: int) -> bool:
    """Does the context of the figure ``text[i:j]`` say it is one amount?"""
    if SIGN_AFTER.match(text, j):
        return True
    m = WORD_AFTER.match(text, j)
    if m is not None and unit_kind(m.group(1)) is not None:
        return True
    if SIGN_BEFORE.search(text, max(0, i - 3), i):
        return True  # $7,25
    m = WORD_BEFORE.search(text, max(0, i - 12), i)
    return m is not None and unit_kind(m.group(1)) == "money"  # EUR 6,20
