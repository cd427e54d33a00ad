"""The French→English transliteration model of the names family (no rule).

``translit_key`` undoes the marks French transliteration leaves (ou for u, j for zh, ch for sh, tch for
ch, -ine for -in, ss between vowels, ï), so that ``Bakhmout`` and ``Bakhmut`` share a key; TQ201 compares
the key of an unknown word with those of the English spellings it knows.  ``loose_key`` also folds the
Russian/Ukrainian vowel and g/h alternations, so that TQ202 groups ``Kharkov`` with ``Kharkiv``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..common import Pattern

# marks of a French transliteration: at least one must be in a word TQ201 finds by key alone
FRENCH_MARKS = ("ou", "tch", "ch", "j", "ï", "ë", "é", "è", "gu", "ss")
_MARKED = Pattern("|".join(FRENCH_MARKS) + r"|ine\Z")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz '’")
_INE = Pattern(r"ine(?<=[a-z]{3}ine)\b")
_SS = Pattern(r"ss(?<=[aeiou]ss)(?=[aeiou])")
_OV = Pattern(r"ov\b")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose
    text = unicodedata.normalize("NFD", text)
    marks = [c for c in set(text) if unicodedata.combining(c)]
    if len(marks) > 8:
        return "".join(c for c in text if not unicodedata.combining(c))
    for c in marks:
        text = text.replace(c, "")
    return text


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A key French and English transliterations of one name share: Bakhmout, Bakhmut -> bakhmut."""
    return _key_steps(strip_accents(name.lower()), _KEY_CHARS)


def translit_keys(names: list) -> list:
    """``translit_key`` of each name, computed on all of them at once: the same steps, on the names
    parted by newlines, which no step reads across or removes."""
    if not names:
        return []
    return _key_steps(strip_accents("\n".join(names).lower()), _KEY_CHARS | {"\n"}).split("\n")


def _key_steps(s: str, keep: frozenset) -> str:
    """The steps of ``translit_key`` on a lowercase text without accents; characters not in ``keep``
    are dropped."""
    s = s.replace("-", " ")
    s = s.replace("tch", "ch")  # Tchernihiv / Chernihiv
    s = s.replace("sh", "ch")  # Shoigu / Choïgou
    s = s.replace("zh", "j")  # Prigozhin / Prigojine
    s = s.replace("dj", "j")  # Djeddah / Jeddah
    s = s.replace("ou", "u")  # Bakhmut / Bakhmout
    if "gu" in s:  # gu before e, i, y: Gerasimov / Guerassimov
        s = s.replace("gue", "ge").replace("gui", "gi").replace("guy", "gy")
    s = s.replace("y", "i")  # Zelenskyy / Zelenskiy
    s = s.replace("x", "ks").replace("ck", "k").replace("ph", "f")
    if "ine" in s:
        s = _INE.sub("in", s)  # Poutine / Putin, not Maine / Main
    if not (s.isascii() and s.isalpha()):
        drop = set(s) - keep  # apostrophes kept: We'll is not Well
        if len(drop) > 8:
            s = "".join(filter(keep.__contains__, s))
        else:
            for c in drop:
                s = s.replace(c, "")
    # only the doublings transliteration makes: Zaporizhzhia, Zelenskyy, French ss between vowels
    # (Guerassimov, Tbilissi); Starr / Star, Woolf / Wolf, Princess / Princes stay apart
    while "ii" in s:
        s = s.replace("ii", "i")
    while "jj" in s:
        s = s.replace("jj", "j")
    if "ss" in s:
        s = _SS.sub("s", s)
    return s


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """``translit_key`` with Russian/Ukrainian vowel and g/h alternations folded: Kharkov, Kharkiv
    (ie -> i: Kiev / Kyiv; -ov -> -iv: Lvov / Lviv; g -> h but first: Lugansk / Luhansk)."""
    s = translit_key(name).replace("ie", "i")
    if "ov" in s:
        s = _OV.sub("iv", s)
    return s[:1] + s[1:].replace("g", "h")


def french_marked(word: str, english: str) -> bool:
    """Does ``word`` show a French transliteration mark that ``english`` has not (Fetissov, Fetisov)?"""
    w, e = word.lower(), english.lower()
    return any(m in w and m not in e for m in FRENCH_MARKS) or (w.endswith("ine") and not e.endswith("ine"))


def maybe_french(word: str) -> bool:
    """Has ``word`` a French transliteration mark at all (``french_marked`` can be true)?"""
    return _MARKED.search(word.lower()) is not None
