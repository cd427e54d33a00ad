"""TQ601 source-number-mismatch: a number of the source missing or different in the translation.

Both sides are read as values (``quantities``): French formats (``1,5``, ``10 000``, ``14h30``,
``3 Md€``, ``milliard``, ``1er``, ``XIXe``, spelled-out numbers) and English ones (``1.5``, ``10,000``,
``2:30 p.m.``, ``$3bn``, ``first``, ``nineteenth``) meet on the same value.  A number the source writes
in figures must be in the translation; a number the translation adds is not an error (a conversion,
``100 km (62 miles)``, keeps both forms), unless it stands where a source number is missing: the
finding then points at it.  A number the source spells out (``dix ans``: ``a decade``) is reported
only when a figure of the translation that nothing in the source explains stands in its place.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import Rule
from ..common import Pattern
from . import checked_pairs, whole, written
from .addresses import URL
from .quantities import TABLES, english, french

RULES = [
    Rule(
        code="TQ601",
        name="source-number-mismatch",
        severity="warning",
        summary="A number of the source missing or different in the translation (2 450 became 450)",
        what="Compares the numbers of each source and target pair after reading French formats "
        "(`1,5` = 1.5, `10 000` = 10,000, `14h30` = 14:30 or 2:30 p.m., `3 Md€` = €3 billion, `milliard` = "
        "billion, `11 %` = 11 percent, `1er` = 1st, `XIXe` = 19th, `vingt et un` = 21, months of dates). "
        "Flags a number the source writes in figures that the translation lacks, at the translation's "
        "differing number when there is one (`450` for `2 450`, `20 p.m.` for `20 heures`), else on the "
        "whole segment. A number only the translation has is not flagged: conversions keep both forms. "
        "The example is a bilingual TSV line (source, tab, translation).",
        why="A changed amount, date or time is the costliest translation error and the hardest to see "
        "without the source; MT drops thousands groups and garbles French times and multipliers.",
        before="Il a payé 2 450 euros.\tHe paid 450 euros.",
        after="Il a payé 2 450 euros.\tHe paid 2,450 euros.",
        fix="none: only the translator knows which side is right.",
        data=TABLES,
    ),
]

_DIGIT = Pattern(r"\d")


def check(doc, ctx):
    for pair in checked_pairs(doc):
        if _DIGIT.search(pair.source) or _DIGIT.search(pair.target.text):
            yield from compare(pair.source, pair.target)


def compare(source: str, seg):
    """The TQ601 problems of one pair (``seg``: the target segment)."""
    src, tgt = french(_unreferenced(source)), english(_unreferenced(seg.text))
    found = set().union(*(q.readings for q in tgt))
    explained = set().union(*(q.readings for q in src))
    # what the translation has that no number of the source explains: where a missing number went
    spare = [q for q in tgt if (q.hard or _kinds(q) == {"m"}) and not q.readings & explained]
    missing, seen = [], set()
    for q in src:
        if q.readings in seen:
            continue
        seen.add(q.readings)
        if not q.readings & found and (q.hard or spare) and not _copied(q.text, seg.text):
            missing.append(q)
    # a figure the source writes more often than the translation (one of two 300s became 390)
    counts = Counter(q.readings for q in src if q.hard)
    for readings, n in counts.items():
        if n > 1 and readings & found and sum(1 for t in tgt if t.readings & readings) < n and spare:
            missing.append(next(q for q in src if q.readings == readings))
    lost = []
    for q in missing:
        t = _closest(q, spare)
        if t is not None:
            spare.remove(t)
            yield seg.problem(t.start, t.end, "TQ601", f"`{t.text}`: the source has `{q.text}`{_reading(q)}")
        elif q.hard and not (q.readings == {("n", 1)} and _an_article(source, q, seg.text)):
            lost.append(q)  # (`pour 1 litre`: per litre, `1 degré`: a degree; not `article 1`, `de 1 à 0`, `1 %`)
    if lost:
        names = ", ".join(f"`{q.text}`" for q in lost)
        what = "number" if len(lost) == 1 else "numbers"
        verb = "is" if len(lost) == 1 else "are"
        yield whole(seg, "TQ601", f"The source {what} {names} {verb} not in the translation")


def _copied(number: str, text: str) -> bool:
    """Is a source number written with letters (`janvier`, `vingt`) in the translation as it is: not lost, but left
    in French (TQ602's, TQ510's to say)?"""
    return any(c.isalpha() for c in number) and written(number, text)  # (as written: `mars` is not the planet Mars)


_NOUN_AFTER = Pattern(r"[ \u00a0]+([^\W\d_]{3,})")  # the word after a source's 1
_ARTICLE_NOUN = Pattern(r"\b(?:per|a|an|each|every|one)[ \u00a0]+([^\W\d_]{3,})", re.I)


def _an_article(source: str, q, target: str) -> bool:
    """Is the source's lost `1` an article of the translation: `a`, `an`, `per` or `one` before the same noun, or its
    cognate (`1 litre`: a litre, `pour 1 litre`: per litre, `1 degré`: a degree; not `article 1`, `1 à 0`)?"""
    from rapidfuzz import fuzz

    from ..untranslated.lexicon import fold

    noun = _NOUN_AFTER.match(source, q.end)
    if noun is None:
        return False
    french = fold(noun.group(1))
    return any(fuzz.ratio(french, fold(m.group(1))) >= 70 for m in _ARTICLE_NOUN.finditer(target))


_REFERENCE = Pattern(r"&#(?:\d+|[xX][0-9A-Fa-f]+);")


def _unreferenced(text: str) -> str:
    """``text`` with the character references it shows as text (``Campus&#58;``, escaped twice in the file) and
    its addresses (``…/doc/en/A020-tutorial.en.html``) blanked, offsets kept: ``58`` and ``020`` are no numbers
    of the sentence."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    text = _REFERENCE.sub(blank, text) if "&#" in text else text
    return URL.sub(blank, text) if "://" in text or "@" in text or "www." in text else text


def _kinds(q) -> set:
    return {kind for kind, _ in q.readings}


def _closest(q, spare):
    """The spare target number most like ``q``: a month for a month, else a figure, by their digits."""
    month = _kinds(q) == {"m"}
    candidates = [t for t in spare if (_kinds(t) == {"m"}) == month]
    if not candidates:
        return None
    if month:
        return candidates[0]
    if not q.hard:  # a spelled-out number: only a figure of its order of magnitude stands for it
        value = min(v for kind, v in q.readings)
        if value < 2:
            return None  # premier, un: an adjective, an article more often than a number
        candidates = [t for t in candidates if any(kind == "n" and value / 10 <= v <= value * 10 and
                                                   not (1900 <= v <= 2099 and value < 1900) for kind, v in t.readings)]
        return candidates[0] if candidates else None
    from rapidfuzz.distance import Levenshtein

    digits = "".join(c for c in q.text if c.isdigit())
    distance, best = min((Levenshtein.distance(digits, _digits(t)), i) for i, t in enumerate(candidates))
    other = _digits(candidates[best])
    close = (distance <= max(1, max(len(digits), len(other)) // 2) or not candidates[best].readings
             or (digits and other and (other.startswith(digits) or digits.startswith(other))))
    return candidates[best] if close else None


def _digits(q) -> str:
    return "".join(c for c in q.text if c.isdigit())


def _reading(q) -> str:
    """`` (2,450)``: the source number as English writes it, when that differs from the text."""
    times = sorted(v for kind, v in q.readings if kind == "t")
    if times:
        return f" ({times[0] // 60}:{times[0] % 60:02d})"
    values = sorted(v for kind, v in q.readings if kind == "n")
    if len(values) != 1:
        return ""
    value = values[0]
    english_text = f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"
    return "" if english_text == q.text else f" ({english_text})"
