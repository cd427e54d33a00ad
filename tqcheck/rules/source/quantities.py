"""The numbers of a French source and of its English translation, as comparable values (no rule of its own).

``french(text)`` and ``english(text)`` give the ``Quantity`` tokens of a text: the span, and the set
of *readings* the token can have, each ``(kind, value)``: ``"n"`` a number (``1,5`` and ``1.5`` are
1.5; ``10 000`` and ``10,000`` are 10000; ``3 Md€``, ``3 milliards`` and ``$3bn`` are 3e9; ``11 %`` and
``11 percent`` are 11; ``1er``, ``1st`` and ``first`` are 1), ``"t"`` a time in minutes (``14h30``,
``14:30`` and ``2:30 p.m.`` are 870), ``"m"`` a month (``mars`` in a date, ``March``, ``Dec.``, the
``12`` of ``20.12.2012``).  Two tokens whose readings meet are the same number.  ``hard``: written in
figures, so that the translation must have it; a number spelled out (``number_words``: ``dix ans``,
``a decade``) only explains a number of the other side.  A garbled time (``20 p.m.``) has no reading:
nothing explains it.  Where a figure may be read two ways, it has both readings (``80,000`` in a French
text is often English; ``10 milles`` is 10,000 or 10 miles; ``3m`` is 3 million or 3 metres).

Tables: ``source_number_words.tsv``, and through the declarations of ``rules.numbers``,
``numbers_words.tsv`` (``milliard``, ``Md€``) and ``numbers_months.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import Pattern
from ..numbers import MONTHS, NUMBER_WORDS
from .number_words import SPACES, WORD, Quantity, key, multiplier, spelled, words

TABLES = ("source_number_words.tsv", "numbers_words.tsv", "numbers_months.tsv")

_S = f"[{SPACES}]"
_H = r"(?<![\w.,:])([01]?\d|2[0-4])"  # an hour
FR_CLOCK = Pattern(rf"{_H}{_S}?[hH](?:{_S}?([0-5]\d))?(?![\w])|{_H}{_S}heures?(?:{_S}([0-5]\d)(?!\d))?\b")
EN_CLOCK = Pattern(rf"{_H}(?:[:.]([0-5]\d))?{_S}?([ap])\.?{_S}?m\b\.?"
                   rf"|{_H}:([0-5]\d)(?![\d:])(?![,{_S[1:-1]}]\d{{3}}(?!\d))"  # (not a scale, 1:50,000)
                   rf"|{_H}{_S}?o['’]clock\b", re.I)
# 07:00, as French timetables also write it (not a map's scale, 1:50 000)
FR_COLON_CLOCK = Pattern(rf"{_H}:([0-5]\d)(?![\d:])(?!{_S}\d{{3}}(?!\d))")
EN_DATE = Pattern(r"(?<![\w.,/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.,]\d)")
# a figure; not a part of a dotted or comma'd run of three or more (a version 2.5.1, an address 192.168.1.1,
# a list 1,2,3)
FR_FIGURE = Pattern(rf"(?<![\d.,])(?:\d{{1,3}}(?:{_S}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?"
                    rf"|\d+\.\d{{1,2}}(?![\d.])|\d+(?:,\d+)?)(?!\d|[.,]\d)")
EN_FIGURE = Pattern(rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{_S}\d{{3}})+(?:,\d+)?|\d+\.\d+"
                    rf"|\d+,\d{{1,2}}(?!\d)|\d+)(?!\d|[.,]\d)")
FR_AFTER = Pattern(rf"{_S}?%|{_S}pour{_S}?cent\b|(?:er|re|ère|e|ème|è|eme)\b|{_S}?(?P<abbr>[A-Za-z]{{1,4}}){_S}?[€$£]"
                   rf"|{_S}(?:d['’]|de{_S})?(?P<word>[^\W\d_]+)\b(?P<half>{_S}et{_S}demie?\b)?")
EN_AFTER = Pattern(rf"(?:st|nd|rd|th|s)\b|{_S}?%|{_S}?per{_S}?cent\b|{_S}?percent\b"
                   rf"|-?{_S}?(?P<abbr>bn|mn|m|k|tn)\b|[{SPACES}-](?P<word>[a-z]+)\b(?P<half>{_S}and{_S}a{_S}half\b)?")
DECADES = Pattern(rf"années(?:{_S}+\d+{_S}*(?:,|et|à|-|ou))*{_S}*$")
RANGE = Pattern(rf"{_S}*(?:-|–|to|and|or|et|à|ou){_S}*")
ROMAN_FR = Pattern(r"\b([IVX]|[IVXLC]{2,6})(?:er|re|e|ème|è)\b")  # not Le, Ce
ROMAN_EN = Pattern(r"\b([IVX]{2,6})\b")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ABBR_EN = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}
_THOUSAND = ("mille", "milles")  # after a figure: 10 mille(s) is 10,000 (milles: also miles)
_AMBIGUOUS_MONTHS = ("May", "March")  # English months that are common words: read next to a figure only


@lru_cache(maxsize=None)
def abbreviations() -> dict:
    """French multipliers glued to a currency sign (``Md``, ``M``, ``k`` of numbers_words.tsv) -> value."""
    english = words("en")
    return {r.french: english[r.english][0] for r in NUMBER_WORDS.where(kind="multiplier") if r.english in english}


@lru_cache(maxsize=None)
def months(language: str, short: bool = True) -> dict:
    """Month name (lowercase) -> number; English also has ``jan``, ``feb``, ``sept``... (unless not ``short``)."""
    names = {getattr(row, "french" if language == "fr" else "english").lower(): int(row.number) for row in MONTHS.rows}
    if language == "en" and short:
        names.update({name[:3]: n for name, n in names.items() if name != "may"}, sept=9)
    return names


def figure_value(token: str, french: bool) -> float:
    digits = re.sub(_S, "", token)
    if french:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
            digits = digits.replace(".", "")
        return float(digits.replace(",", "."))
    if re.fullmatch(r"\d+,\d{1,2}", digits):
        return float(digits.replace(",", "."))  # a French decimal left in the English
    return float(digits.replace(",", ""))


def _clocks(text, english):
    out = []
    for m in (EN_CLOCK if english else FR_CLOCK).finditer(text):
        g = m.groups()
        if not english:
            hour, minutes = int(g[0] or g[2]), int(g[1] or g[3] or 0)
            readings = {("t", hour * 60 + minutes), ("n", key(hour + minutes / 60))}  # also a duration
        elif g[0]:  # a.m. / p.m.
            hour, minutes, pm = int(g[0]), int(g[1] or 0), g[2].lower() == "p"
            readings = {("t", (hour % 12 + 12 * pm) * 60 + minutes)} if 1 <= hour <= 12 else set()
        else:
            hour, minutes = int(g[3] or g[5]), int(g[4] or 0)
            readings = {("t", hour * 60 + minutes), ("t", (hour % 12 + 12) * 60 + minutes)}
        out.append(Quantity(m.start(), m.end(), m.group(), frozenset(readings), True))
    if not english:  # 07:00, where no 14h30 stands
        spans = [(q.start, q.end) for q in out]
        for m in FR_COLON_CLOCK.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                hour, minutes = int(m.group(1)), int(m.group(2))
                out.append(Quantity(m.start(), m.end(), m.group(), frozenset({("t", hour * 60 + minutes)}), True))
    if english:
        for m in EN_DATE.finditer(text):
            for g in (1, 3, 4):
                value = int(m.group(g))
                readings = {("n", float(value))} | ({("m", value)} if g < 4 and value <= 12 else set())
                out.append(Quantity(m.start(g), m.end(g), m.group(g), frozenset(readings), True))
    return out


_TIMES_BEFORE = re.compile(r"(?:×|\bx|\bmultipliée?s? par)\s*$", re.I)  # ×2, x2, multiplié par 3 (not `box 2`)
_TIMES_AFTER = re.compile(r"\s*(?:fois\b|x\b)")  # 2 fois, 3x


def french(text: str) -> list:
    out = _clocks(text, False)
    taken = [(q.start, q.end) for q in out]
    for m in FR_FIGURE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value, end = figure_value(m.group(), True), m.end()
        readings = {("n", key(value))}
        if re.fullmatch(r"\d{1,3}[.,]\d{3}", m.group()):  # 1.500, 80,000: French thousands or English decimal
            readings |= {("n", key(float(m.group().replace(",", ".")))), ("n", key(float(re.sub("[.,]", "", m.group()))))}
        a = FR_AFTER.match(text, end)
        word = (a.group("word") or "").lower() if a else ""
        if a and a.group("abbr") in abbreviations():
            readings, end = {("n", key(v * abbreviations()[a.group("abbr")])) for _, v in readings}, a.end()
        elif a and (multiplier(word, "fr") or word in _THOUSAND):
            times = multiplier(word, "fr") or 1000
            half = 0.5 if a.group("half") else 0
            readings = {("n", key((v + half) * times)) for _, v in readings} | (readings if word == "milles" else set())
            end = a.end()
        elif a and word in months("fr"):
            out.append(Quantity(a.start("word"), a.end("word"), a.group("word"),
                                frozenset({("m", months("fr")[word])}), True))
        elif a and not word and not a.group("abbr"):
            end = a.end()
        if _TIMES_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _TIMES_AFTER.match(text, m.end()):
            readings.add(("x", key(value)))  # ×2, 2 fois, multiplié par 2: also a multiple (double, twice)
        if DECADES.search(text[max(0, m.start() - 40):m.start()]):  # les années 60 et 70, 1990: the '90s
            readings.add(("n", key(1900 + value if value < 100 else value % 100)))
        out.append(Quantity(m.start(), end, text[m.start():end], frozenset(readings), True))
    return _ranges(text, _with_words(out, _romans(text, ROMAN_FR) + spelled(text, "fr")), "fr")


def english(text: str) -> list:
    out = _clocks(text, True) + [q for q in _clocks(text, False) if "h" in q.text.lower()]  # 6h30 left in
    taken = [(q.start, q.end) for q in out]
    for m in EN_FIGURE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value, end = figure_value(m.group(), False), m.end()
        readings = {("n", key(value))}
        a = EN_AFTER.match(text, end)
        word = (a.group("word") or "").lower() if a else ""
        times = _ABBR_EN.get(a.group("abbr") or "", 0) or multiplier(word, "en") if a else 0
        if times:
            half = 0.5 if a.group("half") else 0
            readings.add(("n", key((value + half) * times)))  # 3m: 3 million, or 3 metres
            end = a.end()
        elif a and not word:
            end = a.end()
        out.append(Quantity(m.start(), end, text[m.start():end], frozenset(readings), True))
    for m in WORD.finditer(text):
        name = m.group().lower()
        month = months("en").get(name)
        full = name in months("en", False) and m.group() not in _AMBIGUOUS_MONTHS
        if month and (m.group()[0].isupper() and full or _near_figure(text, m)):  # May 3, Dec. 6, 3 march
            out.append(Quantity(m.start(), m.end(), m.group(), frozenset({("m", month)}), False))
    return _ranges(text, _with_words(out, _romans(text, ROMAN_EN) + spelled(text, "en")), "en")


def _with_words(figures, others):
    """The figures, and the other quantities that overlap none of them (``21 millions`` is one)."""
    spans = [(q.start, q.end) for q in figures]
    return sorted(figures + [q for q in others if not any(a < q.end and q.start < b for a, b in spans)])


def _ranges(text, quantities, language):
    """``0.5 - 1 billion``, ``entre 1 et 0,5 milliard``: the first number of a range takes the second's
    multiplier too."""
    out = list(quantities)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        lead = (EN_FIGURE if language == "en" else FR_FIGURE).match(second.text)
        base = figure_value(lead.group(), language == "fr") if lead else 0
        if first.hard and second.hard and base and RANGE.fullmatch(text[first.end:second.start]):
            values = [v for kind, v in second.readings if kind == "n"]
            scale = max(values) / base if values else 1
            if scale <= 1:
                continue
            extra = {("n", key(v * scale)) for kind, v in first.readings if kind == "n"}
            out[i] = first._replace(readings=first.readings | extra)
    return out


def _near_figure(text, m) -> bool:
    return bool(re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()]) or re.match(r"\.?\s*\d", text[m.end():]))


def _romans(text, pattern):
    found = ((m, roman(m.group(1))) for m in pattern.finditer(text))
    return [Quantity(m.start(), m.end(), m.group(), frozenset({("n", float(v))}), False) for m, v in found if v]


def roman(numeral: str) -> int:
    """The value of a well-formed Roman numeral under 400 (0 for anything else: ``IIII``, ``VX``)."""
    values = [_ROMAN[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total < 400 and numeral == to_roman(total) else 0


def to_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"),
                           (1, "I")):
        out += letters * (n // value)
        n %= value
    return out
