"""TQ605's units (``markup`` reports them): a number with a unit symbol (``15 km``, ``3 Go``) must keep its unit in
the translation, or give both (``15 km (9 miles)``); ``Go`` and ``GB`` are one unit."""

from __future__ import annotations

import re

from ..common import Pattern
from .quantities import figure_value, key

UNITS = ("km/h", "km²", "m²", "m³", "kWh", "km", "cm", "mm", "kg", "mg", "ml", "cl", "ha", "kW", "MW", "GW", "°C",
         "°F", "Go", "Mo", "Ko", "ko", "To", "GB", "MB", "KB", "kB", "TB", "mph", "mi", "ft", "lb", "oz", "m", "g",
         "l", "t", "W", "miles", "mile", "feet", "foot", "inches", "yards", "pounds", "ounces", "gallons", "acres")
SAME_UNIT = {"Go": "GB", "Mo": "MB", "Ko": "KB", "ko": "KB", "kB": "KB", "To": "TB"}
NUMBER = r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?"
WITH_UNIT = Pattern(rf"(?<![\w.,])({NUMBER})[ \u00a0\u202f]?({'|'.join(map(re.escape, UNITS))})(?![\w/²³])")


def units(source, seg):
    src = {(_value(m.group(1), True), SAME_UNIT.get(m.group(2), m.group(2))): m.group()
           for m in WITH_UNIT.finditer(source)}
    if not src:
        return
    tgt = [(m, _value(m.group(1), False), SAME_UNIT.get(m.group(2), m.group(2))) for m in WITH_UNIT.finditer(seg.text)]
    have = {(v, u) for _, v, u in tgt}
    for m, value, unit in tgt:
        wanted = [u for v, u in src if v == value]
        if wanted and (value, unit) not in src and not any((value, u) in have for u in wanted):
            yield seg.problem(m.start(), m.end(), "TQ605", f"`{m.group()}`: the source has `{src[(value, wanted[0])]}`")


def _value(text, french):
    try:
        return key(figure_value(text, french))
    except ValueError:
        return None
