"""Numbers spelled out, in French and in English: ``quatre-vingt-dix-sept``, ``vingt et un``,
``two hundred and fifty``, ``a dozen``, ``un million`` (no rule of its own; read by ``quantities``).

Table: ``source_number_words.tsv``; French ``milliard(s)`` through ``numbers_words.tsv`` (declared by
``rules.numbers``).  ``un``/``une`` and ``a``/``an`` count only before a multiplier or a collective
number (``une dizaine``, ``a dozen``) or after ``et`` (``vingt et un``): elsewhere they are articles.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache

from ..common import Pattern, Table
from ..numbers import NUMBER_WORDS

WORDS = Table("source_number_words.tsv", key=("language", "word"), order="plain", required=("value",),
              choices={"language": ("en", "fr"), "kind": ("cardinal", "ordinal", "collective", "multiplier",
                                                                    "multiple")})

Quantity = namedtuple("Quantity", "start end text readings hard")

SPACES = " \u00a0\u202f\u2009"
WORD = Pattern(r"[^\W\d_]+")
_GLUE = Pattern(rf"[{SPACES}-]*(?:(?:et|and)[{SPACES}]+)?")  # between the words of one number
_ONE = {"fr": ("un", "une"), "en": ("a", "an")}
_AFTER_ET = ("un", "une", "onze")  # vingt et un, soixante et onze


def key(value: float) -> float:
    """A value as compared: nine significant digits (2.45 million is 2450000 however it was computed)."""
    return float(f"{value:.9g}")


@lru_cache(maxsize=None)
def words(language: str) -> dict:
    """``{word: (value, kind)}`` of one language; French also has ``milliard(s)`` from numbers_words.tsv."""
    table = {row.word: (float(row.value), row.kind) for row in WORDS.where(language=language)}
    if language == "fr":
        english = words("en")
        for row in NUMBER_WORDS.where(kind="word"):
            if row.french.startswith("milliard") and english.get(row.english, (0, ""))[1] == "multiplier":
                table[row.french] = (english[row.english][0], "multiplier")
    return table


def multiplier(word: str, language: str) -> float:
    """The value of a multiplier word (``millions``, ``milliard``, ``billion``), else 0."""
    value, kind = words(language).get(word.lower(), (0.0, ""))
    return value if kind == "multiplier" else 0.0


def spelled(text: str, language: str) -> list:
    """The spelled-out numbers of ``text``: one soft ``Quantity`` each."""
    table, out, run, joined = words(language), [], [], False
    tokens = list(WORD.finditer(text))
    for i, m in enumerate(tokens):
        word = m.group().lower()
        nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        if run and not _GLUE.fullmatch(text[run[-1][0].end():m.start()]):
            out.append(_run(text, run, language))  # two, three: a list, not one number
            run, joined = [], False
        if word in table:
            run.append((m, table[word]))
            joined = False
            continue
        if run and word in ("et", "and") and _joins(run, nxt, language):
            joined = True
            continue
        if word in _ONE[language] and (joined or table.get(nxt, (0, ""))[1] in ("multiplier", "collective")
                                       or nxt in ("hundred", "thousand", "cent", "mille")):
            run.append((m, (1.0, "one")))  # a dozen, un million, (vingt et) un
            joined = False
            continue
        joined = False
        if run:
            out.append(_run(text, run, language))
            run = []
    if run:
        out.append(_run(text, run, language))
    return [q for q in out if q is not None]


def _joins(run, nxt, language) -> bool:
    """Does et/and continue the number: ``vingt et un``, ``two hundred and fifty`` (not ``five and ten``)?"""
    last = run[-1][1][0]
    if language == "fr":
        return nxt in _AFTER_ET and last in (20, 30, 40, 50, 60)
    return last >= 100 and last % 100 == 0 and nxt in words("en") and words("en")[nxt][0] < 100


def _run(text, run, language):
    if len(run) == 1 and run[0][1][1] in ("one", "multiplier"):
        return None  # un; des millions
    if len(run) == 1 and run[0][1][1] == "multiple":  # double, twice: a multiple's reading, not a number's
        m, (value, _) = run[0]
        return Quantity(m.start(), m.end(), m.group(), frozenset({("x", key(value))}), False)
    total = current = 0.0
    for _, (value, kind) in run:
        if kind == "multiplier" or value >= 1000:
            total += max(current, 1) * value
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif language == "fr" and value == 20 and current % 100 == 4:
            current += 76  # quatre-vingt(s)
        elif kind == "collective" and current == 1:
            current = value  # une dizaine, a dozen
        else:
            current += value
    start, end = run[0][0].start(), run[-1][0].end()
    return Quantity(start, end, text[start:end], frozenset({("n", key(total + current))}), False)
