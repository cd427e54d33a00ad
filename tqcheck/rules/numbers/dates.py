"""TQ510 french-month-date: a day followed by an untranslated French month (``1er mai``).

The finding takes in what is French around the date, so that the fix leaves no French behind: the
weekday before it (``lundi 3 mars``) and the article (``le 3 mars``), which becomes ``on``, or is
dropped after a preposition or a conjunction (``since le 3 mars``: ``since 3 March``).
Tables: ``numbers_months.tsv``, ``numbers_weekdays.tsv``, ``numbers_context_words.tsv`` (prepositions).
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import Pattern, Table, alternation, anchor_lines, finditer_in, word_before
from . import MONTHS, S, SEP, WORD_CHAR, digits, months, roles

RULES = [
    Rule(
        code="TQ510",
        name="french-month-date",
        severity="warning",
        summary="A date with an untranslated French month (1er mai, lundi 15 mars 2023)",
        what="Flags a day (or `1er`) followed by a French month name, with an optional year. A French "
        "weekday before it (`lundi 3 mars`) and the French article (`le 3 mars`, `le lundi 3 mars`) are "
        "part of the finding. `Mars` and `Mai` capitalised are English words and not read as months.",
        why="The month name was left in French: English readers may not know `mai` or `août`; fixing "
        "the month alone would leave `lundi 3 March` or `le 3 March`.",
        before="The strike began on 1er mai and ended le lundi 15 août 2023.",
        after="The strike began on 1 May and ended on Monday 15 August 2023.",
        fix="safe: the month and weekday are translated and `1er` becomes `1`, keeping day-month order, "
        "which is valid English; the article `le` becomes `on` (`On` at the start of a sentence), or is "
        "dropped after a preposition or a conjunction (`since le 3 mars`: `since 3 March`). Unsafe for "
        "`mars` and `mai` alone before a lowercase word (`2 mai tais`): they are English words too.",
        data=("numbers_months.tsv", "numbers_weekdays.tsv", "numbers_context_words.tsv"),
    ),
]

WEEKDAYS = Table("numbers_weekdays.tsv", key="number", order=lambda key: int(key[0]))

OPENERS = ".!?:;\"“«(\n"  # what ends the text before the first word of a sentence
LOWER_NEXT = Pattern(rf"{S}[a-z]")  # a lowercase word next: `2 mai tais` (mai, mars: English words too)
_ALONE = Pattern(r"[ .]*(?:\r?\n|$)")  # what ends a line that holds a date alone (`Le 1er mai.`)


@lru_cache(maxsize=None)
def _month_names() -> str:
    return alternation(months()[0])


DATE = Pattern(lambda: (
    rf"(?<![\w.,])(?P<d>1er|1re|[12]?\d|3[01]){S}(?P<m>{_month_names()})(?:{S}(?P<y>\d{{4}}))?(?![\w'’])"
))
ANCHORS = (Pattern(lambda: rf"\d(?:er|re)?{S}(?:{_month_names()})"),)  # searched in the digit view


@lru_cache(maxsize=None)
def _english_words() -> frozenset:
    """The French months that are English words too (``capitalised`` is no: mars, mai)."""
    return frozenset(row.french for row in MONTHS.where(capitalised="no"))


@lru_cache(maxsize=None)
def _weekdays() -> dict:
    return {row.french: row.english for row in WEEKDAYS.rows}


def _lead_pattern() -> str:
    names = alternation(w for f in _weekdays() for w in (f, f.capitalize()))
    return rf"(?<!{WORD_CHAR})(?:(?P<art>[Ll]e)(?:{S}(?P<wd>{names}))?|(?P<wd2>{names})){S}$"


# the French article and weekday that end a text: searched just before a French date
LEAD = Pattern(_lead_pattern)


def check(doc, ctx):
    for seg, has_digit, view in digits(doc):
        # every date holds one of the French month names (DATE's ``m``): a short text without one
        # cannot match, and neither pattern is compiled for it
        if has_digit and (view is not None or any(name in seg.text for name in months()[0])):
            yield from _french_dates(seg, view)


def _french_dates(seg, view):
    text = seg.text
    french = months()[0]
    for m in finditer_in(DATE, text, anchor_lines(text, ANCHORS, view, short=())):
        day = m.group("d")
        day = "1" if day in ("1er", "1re") else day
        replacement = f"{day} {french[m.group('m')]}" + (f" {m.group('y')}" if m.group("y") else "")
        start, names = m.start(), ["month"]
        lead = LEAD.search(text, max(0, start - 20), start)  # (le) lundi 3 mars, le 3 mars
        if lead is not None:
            article, weekday = lead.group("art"), lead.group("wd") or lead.group("wd2")
            if article == "Le" and text[max(0, lead.start() - 3):lead.start()].rstrip(SEP)[-1:] not in OPENERS:
                article = None  # Le mid-sentence: a name (Nguyen Le), not the article
            if weekday:
                replacement = f"{_weekdays()[weekday.lower()]} {replacement}"
                names.insert(0, "weekday")
                start = lead.start("wd") if lead.group("wd") else lead.start("wd2")
            if article:
                if word_before(text, lead.start()).lower() in roles("preposition"):
                    pass  # since le 3 mars: since 3 March
                elif article == "Le" and (seg.label or _ALONE.match(text, m.end())):
                    pass  # a heading, a cell, a string that is the date alone: `Le 1er mai` is `1 May`
                elif article == "Le":
                    replacement = "On " + replacement  # Le 3 mars, ...: On 3 March, ...
                else:
                    replacement = "on " + replacement  # the vote le 3 mars: the vote on 3 March
                names.insert(0, "article")
                start = lead.start()
        # mars and mai are English words too (2 mai tais): with a plain day, no year and no French word
        # around, and a lowercase word after, the date is likely but the fix is not safe
        ambiguous = (len(names) == 1 and not m.group("y") and m.group("d").isdigit()
                     and m.group("m") in _english_words() and LOWER_NEXT.match(text, m.end()) is not None)
        names = " and ".join(filter(None, (", ".join(names[:-1]), names[-1])))
        names += " names" if " and " in names else " name"
        yield seg.problem(
            start, m.end(), "TQ510",
            f"French {names} in `{text[start:m.end()]}`: English writes `{replacement}`", replacement,
            applicability="unsafe" if ambiguous else "safe",
        )
