"""TQ5xx: French number, date, time and currency formats left in English text.

The decimal comma (``4,7%``), the space or dot between thousands (``10 000``,
``46.000``), a space before ``%``, the currency sign after the amount
(``250 000 €``), ``milliard`` and ``Md€``, French times (``14h30``), ordinals
(``1er``, ``XXe siècle``), untranslated month names (``1er mai``), day-first
numeric dates, and French titles and abbreviations (``M. Guebuza``, ``n°``,
``p. ex.``).

Precision first: a number is read as a whole token (``1 234,5`` is one
finding with one fix), ``1,500`` (three digits after the comma) is English,
lists (``3, 4 and 5``, ``pages 3,4``), phone numbers (``01 23 45 67 89``),
identifiers, ISO dates, versions and ``14:30`` are left alone.  Fixes that
only change the number's spelling are safe; those where house style decides
(where the currency goes, 24- or 12-hour clock, Mr or Mr.) are unsafe, and
each covers the whole amount so that it composes with the number's own fix
(the engine applies the shorter edit first and the next pass the other).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..datafiles import load_tsv
from . import Rule
from .common import space_name

RULES = [
    Rule(
        code="TQ501",
        name="decimal-comma",
        severity="warning",
        summary="A decimal comma (4,7%) where English writes a decimal point",
        what="Flags a number written with a decimal comma: `4,7%`, `1,5 billion`, `-4,63%`, `0,345`, and "
        "French numbers that combine it with grouped thousands (`1 234,5`, `1.983,73`). `1,500` (three "
        "digits after the comma) is English and never flagged, nor are lists (`3,4 and 5`, `pages 3,4`), "
        "chemical locants (`1,2-dichloroethane`) or pairs in brackets (`(3,4)`).",
        why="English reads the comma as a thousands separator: `4,7%` looks like a typo for 47% or 4,700%, "
        "and `1,50 euros` like one hundred and fifty. MT systems copy French figures verbatim.",
        before="Renault fell (-4,63%) and the index lost 1 983,73 points; 1,5 billion was spent.",
        after="Renault fell (-4.63%) and the index lost 1,983.73 points; 1.5 billion was spent.",
        fix="safe: the comma becomes a point and grouped thousands get commas; the value is unchanged.",
    ),
    Rule(
        code="TQ502",
        name="space-thousands-separator",
        severity="warning",
        summary="A space or no-break space between thousands (10 000) where English writes a comma",
        what="Flags a number grouped by spaces, no-break spaces or narrow no-break spaces in threes "
        "(`10 000 people`, `1 902 injured`, `250\u00a0000 €`). Phone numbers (`01 23 45 67 89`), "
        "identifiers after SIREN, ISBN, tel., a year followed by a count (`in 2012 100 people`) and a "
        "day after a month name (`March 15 200`) are not flagged.",
        why="English news style groups thousands with commas. A space splits the figure in two for an "
        "English reader (`1 902 injured` reads as one and 902), and a line break may fall inside it.",
        before="979 deaths and 1 902 injured; 10 000 people marched.",
        after="979 deaths and 1,902 injured; 10,000 people marched.",
        fix="safe: the spaces become commas; the value is unchanged.",
    ),
    Rule(
        code="TQ503",
        name="dot-thousands-separator",
        severity="warning",
        summary="A dot between thousands (46.000, 1.234.567) where English writes a comma",
        what="Flags a number grouped by dots: two groups or more (`1.234.567`) or one group ending in "
        "`00` (`46.000 rupees`, `2.200 euros`). `3.632%`, `0.500`, versions (`2.0.1`) and IP addresses "
        "are not flagged.",
        why="In English the dot is the decimal point: `46.000 rupees` reads as forty-six rupees, a "
        "thousandfold error.",
        before="He earns 46.000 rupees; the city has 1.234.567 inhabitants.",
        after="He earns 46,000 rupees; the city has 1,234,567 inhabitants.",
        fix="sometimes: safe with two groups or more (no English decimal looks like that); unsafe with "
        "one group, which could be a decimal written to three places.",
    ),
    Rule(
        code="TQ504",
        name="space-before-percent",
        severity="warning",
        summary="A space or no-break space between a number and % (5 %)",
        what="Flags a space, no-break space or narrow no-break space between a figure and `%`.",
        why="French sets a space before `%`; English news style does not. The space lets a line break "
        "separate the figure from its sign.",
        before="Unemployment rose to 5,2 % and inflation to 3 %.",
        after="Unemployment rose to 5.2% and inflation to 3%.",
        fix="safe: the space is removed.",
    ),
    Rule(
        code="TQ505",
        name="currency-after-amount",
        severity="warning",
        summary="A currency sign after the amount (250 000 €, 8,90$) where English puts it first",
        what="Flags `€`, `$`, `£` or `¥` written after a figure, with or without a space: `15 €`, "
        "`250 000 €`, `8,90$`. Currency codes (`15 EUR`) and words (`15 euros`) are English and not "
        "flagged.",
        why="English writes the sign before the amount (€15, $8.90). A sign after the figure is French "
        "(and Quebec) order; MT copies it, often gluing the next word to it (`900 €per unit`).",
        before="The house cost 250 000 € and the meal 15 €.",
        after="The house cost €250,000 and the meal €15.",
        fix="unsafe: the sign moves before the amount and the figure is written the English way "
        "(`currency-style = \"code-after\"` writes `250,000 EUR` instead); where the sign goes is house "
        "style.",
    ),
    Rule(
        code="TQ506",
        name="french-number-word",
        severity="warning",
        summary="milliard(s), or a plural millions/billions after a figure (3 milliards, 70 billions)",
        what="Flags the French `milliard(s)` (with `d'euros`, `de dollars` after it), and `millions` or "
        "`billions` with an s right after a figure (`3 millions`, `70,3 billions`).",
        why="A French milliard is an English billion; the English milliard is obsolete and unknown to "
        "most readers. After a figure English writes million and billion without an s.",
        before="The plan costs 3 milliards d'euros, after 70 billions last year.",
        after="The plan costs 3 billion euros, after 70 billion last year.",
        fix="safe: the word is translated; `milliard` always means 10^9.",
    ),
    Rule(
        code="TQ507",
        name="french-currency-multiplier",
        severity="warning",
        summary="A French multiplier glued to a currency sign (3 Md€, 1,5 M€, 50 k€)",
        what="Flags `Md€`, `Mds€`, `Mrd€`, `M€`, `k€`, `G€` (and the same with `$`) after a figure.",
        why="`Md€` (milliard d'euros) and `M€` are French business shorthand; an English reader does "
        "not know that Md is a billion.",
        before="A budget of 3 Md€ and a loss of 1,5 M€.",
        after="A budget of €3 billion and a loss of €1.5 million.",
        fix="unsafe: rewritten as `€3 billion`; billion or bn, and where the sign goes, are house style.",
    ),
    Rule(
        code="TQ508",
        name="french-time-format",
        severity="warning",
        summary="A French time (14h30, 14 h 30, at 9h) where English writes 14:30 or 2:30 p.m.",
        what="Flags an hour and minutes joined by `h` (`14h30`, `14 h 30`, `17H00`) and a bare hour with "
        "`h` after a time word (`at 9h`, `from 9h to 17h`). `24h` alone (a duration) is not flagged.",
        why="English never writes the hour with `h`: `14h30` reads as a typo or a duration.",
        before="The meeting starts at 14h30 and ends at 18h.",
        after="The meeting starts at 14:30 and ends at 18:00.",
        fix="unsafe: `14:30` by default, `2:30 p.m.` with `time-format = \"12h\"`; the clock is house style.",
    ),
    Rule(
        code="TQ509",
        name="french-ordinal",
        severity="warning",
        summary="A French ordinal suffix (1er, 2e, 3ème, XXe siècle, François Ier)",
        what="Flags the French ordinal suffixes `er`, `re`, `e`, `ème`, `è` on a figure (`1er`, `43e`, "
        "`40e street`) or a Roman numeral (`XXe siècle`, `XIXe century`), and the French regnal first "
        "`Ier`/`Ire` after a name (`François Ier`, `Élisabeth Ire of England`). A single-letter numeral "
        "(`Xe`, `Ce`, `Le`) is flagged only before siècle, century, République or the like, and `Ire` "
        "(English ire) only before a lowercase word in a line of prose, not in a title-case headline.",
        why="English writes 1st, 2nd, 43rd; `43e` reads as a typo and `XXe siècle` is untranslated. "
        "French writes the first of a line of monarchs as an ordinal (François Ier) and the others as "
        "cardinals (Louis XIV); English writes them all as cardinals: Francis I, Elizabeth I.",
        before="She celebrated her 43e birthday in the XXe siècle; on 1er May, François Ier reigned.",
        after="She celebrated her 43rd birthday in the 20th century; on 1 May, François I reigned.",
        fix="sometimes: safe for a number, where the English suffix is written (`siècle` becomes "
        "`century`; before a month the suffix is dropped); unsafe for a regnal number (`Ier` becomes "
        "`I`), since the name before it may need translating too (François I is Francis I).",
    ),
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
        "dropped after a preposition or a conjunction (`since le 3 mars`: `since 3 March`).",
    ),
    Rule(
        code="TQ511",
        name="day-first-numeric-date",
        severity="info",
        summary="A day-first numeric date (15/03/2023) that US readers misread",
        what="Flags `dd/mm/yyyy` when the first number is above 12 (unambiguously day-first), and an "
        "ambiguous one (`05/03/2023`) in a document that also has unambiguous day-first dates and "
        "English month-first dates. ISO dates (`2023-03-15`) are not flagged.",
        why="French writes day/month/year; American English reads month/day, so the French writer's "
        "`05/03/2023` (5 March) is 3 May to a US reader, and `15/03/2023` looks like an error. Writing the "
        "month removes the doubt.",
        before="The law was passed on 15/03/2023.",
        after="The law was passed on 15 March 2023.",
        fix="unsafe: rewritten with the month name (`15 March 2023`); date order is house style. Two-digit "
        "years get no fix.",
    ),
    Rule(
        code="TQ512",
        name="french-title",
        severity="warning",
        summary="A French title before a name (M. Guebuza, Mme Dupont, Mlle)",
        what="Flags `M.`, `MM.` and `Pr` before a capitalised name, and `Mme`, `Mlle` anywhere. `M.` "
        "after a capitalised word (`Robert M. Gates`) is a middle initial and not flagged.",
        why="`M.` is Monsieur: an English reader takes `M. Guebuza` for an initial. `Mme` and `Mlle` are "
        "not English abbreviations.",
        before="M. Guebuza met Mme Dhlakama.",
        after="Mr Guebuza met Mrs Dhlakama.",
        fix="unsafe: `Mr`, `Mrs`, `Miss`, `Messrs`, `Prof.` (with a dot when the document writes "
        "`Mr.`); Mrs or Ms is house style, and `M.` may still be an initial.",
    ),
    Rule(
        code="TQ513",
        name="french-abbreviation",
        severity="warning",
        summary="A French abbreviation (n°, p. ex., c.-à-d., av. J.-C., NDLR)",
        what="Flags French abbreviations listed in `french_abbreviations.tsv`: `n°` and `nº`, `p. ex.`, "
        "`c.-à-d.`, `av. J.-C.`, `NDLR`, `env.` before a figure, `TTC` after one. `cf.`, `etc.` and "
        "`N.B.` are English too and not flagged.",
        why="They are not English: `n°` is a French sign for No., `p. ex.` for e.g., `av. J.-C.` for BC.",
        before="See decree n° 12, p. ex. the article on Rome (753 av. J.-C.).",
        after="See decree No. 12, e.g. the article on Rome (753 BC).",
        fix="safe: the English abbreviation replaces the French one.",
    ),
]


class _Lazy:
    """A regular expression compiled on first use: importing the module compiles nothing."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name):  # only called until the methods below are set
        if name in ("pattern", "flags"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        self.finditer, self.search, self.match = compiled.finditer, compiled.search, compiled.match
        return getattr(compiled, name)


_SEP = "\u00a0\u202f\u2009 "
_S = f"[{_SEP}]"
_DIGIT_RE = _Lazy(r"\d")
_ROMAN_HINT_RE = _Lazy(r"[IVXLC](?:e|er|ème|re|è)\b")

# one number token, in whichever grouping it uses; the optional decimal comma after it
_NUMBER_RE = _Lazy(
    rf"(?<![\w.,+/#°\u00b2\u00b3])"
    rf"(?:(?<!\d{_S})(?:(?P<sp>\d{{1,3}}(?:{_S}\d{{3}})+)|(?P<dot>\d{{1,3}}(?:\.\d{{3}})+))"
    rf"(?:,(?P<frac>\d+)|(?!{_S}\d))"  # no more groups after the last one (0800 123 456 is not a number)
    rf"|(?P<int>\d+),(?P<frac2>\d+))"
    rf"(?!\d|[.,]\d)"
)
# any figure in French or English spelling: the amount before a currency sign or multiplier
_AMOUNT = rf"\d{{1,3}}(?:{_S}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)*"
_CURRENCY_AFTER_RE = _Lazy(
    rf"(?<![\w.,])(?P<neg>[-−]?)(?P<amount>(?:(?:{_AMOUNT})[-–])?(?:{_AMOUNT}))(?P<sp>{_S}?)(?P<sign>[€$£¥])"
    rf"(?P<country>(?<=\$)(?:US|CA|AU|NZ|HK|SG)(?![A-Za-z]))?(?!\d)"  # 20 $US
)
_PERCENT_RE = _Lazy(rf"(?<=\d)({_S}+)%")
_TIME_RE = _Lazy(
    rf"(?<![\w.,:/])(?P<h>[01]?\d|2[0-3])(?P<s1>{_S}?)[hH](?:(?P<s2>{_S}?)(?P<m>[0-5]\d))?(?![\w:])"
)
_TIME_WORD_RE = _Lazy(
    r"\b(?:at|from|until|till|before|after|around|towards?|since|by|between|à|vers|dès|entre)[\s\u00a0]*$", re.I
)
# the second hour of a range: from 9h to 17h, 9h-17h, between 9h and 11h
_TIME_RANGE_NEXT_RE = _Lazy(r"[\s\u00a0]*(?:to|and|à|et|-|–)[\s\u00a0]*(?:[01]?\d|2[0-3])[\s\u00a0]?[hH]\b")
_TIME_RANGE_RE = _Lazy(r"\d[\s\u00a0]?[hH](?:[\s\u00a0]?\d\d)?[\s\u00a0]*(?:to|and|à|et|-|–)[\s\u00a0]*$")
_ORDINAL_RE = _Lazy(r"(?<![\w.,/+#-])(?P<n>\d{1,3}|[IVXLC]+)(?P<suf>ère|ème|eme|er|re|e|è)(?![\w'’]|[-+]\d)")
_ROMAN_RE = _Lazy(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_CONTEXT_RE = _Lazy(
    r"[\s\u00a0]+(?:siècles?|century|centuries|République|Republic|arrondissement|millénaire|millennium)\b"
)
# the name after chemical locants (1,2-dichloroethane, 2,4-D, 1,3-butadiene, 2,3-butanediol)
_LOCANT_RE = _Lazy(r"(?:[A-Z](?![a-z])|(?:di|tri|tetra|bis|cis|trans)|[a-z]*(?:ane|ene|yne|ol|one|ine|ide|ate|yl|oxy|dione|diol)\b)")
_SLASH_DATE_RE = _Lazy(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\w/]|[.,]\d)")
_NAME_AFTER_RE = _Lazy(rf"{_S}(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z](?![\w.]))")
_WORD_BEFORE_RE = _Lazy(r"([\w.'’-]+)[\s\u00a0\u202f]*$")
_NAME_BEFORE_RE = _Lazy(r"(?:^|(?<=[\s(]))([A-ZÀ-Ý][\w'’-]*)[ \u00a0]$")
_LOWER_NEXT_RE = _Lazy(r"[ \u00a0]+(?:[dl]['’]|[a-zà-ÿ])")
_OPENERS = ".!?:;\"“«(\n"  # what ends the text before the first word of a sentence
_LONG_WORD_RE = _Lazy(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")
_CAPITALISED_BEFORE_RE = _Lazy(r"(?:^|[\s(])[A-ZÀ-Ý][\w'’-]*[ \u00a0]$")

# Anchors.  A plain-text corpus is one segment of hundreds of kilobytes, and most patterns above
# start with a lookbehind, so the regex engine tries them at every position.  On a long segment
# cheap anchors first find the lines that can hold a match, and the pattern runs on those lines
# only.  No pattern matches across a newline and lookbehinds still see the text before a line, so
# the matches are the same.  Every match of a pattern contains a match of one of its anchors.  An
# anchor starts with one literal character, which the regex engine skips to fast (a character class
# is tried at every position); anchors with a digit run on the lines that hold one (``_digit_view``).
_LONG = 2000  # characters; shorter segments are scanned whole
_SUFFIX = r"(?:ère|ème|eme|er|re|e|è)(?![\w'’])"  # a French ordinal suffix at the end of a word
_NUMBER_ANCHORS = (_Lazy(rf"\d[,.{_SEP}]\d"),)  # digit lines
_PERCENT_ANCHORS = (_Lazy(rf"%(?<=[{_SEP}]%)"),)
_CURRENCY_ANCHORS = tuple(_Lazy(re.escape(sign)) for sign in "€$£¥")  # for the multipliers too
_TIME_ANCHORS = (_Lazy(rf"\d{_S}?[hH]"),)  # digit lines
_ORDINAL_ANCHORS = (_Lazy(rf"\d{_SUFFIX}"),)  # digit lines
_ROMAN_ORDINAL_ANCHORS = tuple(_Lazy(numeral + _SUFFIX) for numeral in "IVXLC")
_ANY_ORDINAL_ANCHORS = (_Lazy(rf"[\dIVXLC]{_SUFFIX}"),)  # the same in one pattern, for a short text
_SLASH_DATE_ANCHORS = (_Lazy(r"/(?<=\d/)\d"),)
# every French number word contains "illi" (a test checks it); under re.I, i also matches İ and ı
_NUMBER_WORD_ANCHORS = (_Lazy("l(?<=[iIİı]l)[lL][iIİı]"), _Lazy("L(?<=[iIİı]L)[lL][iIİı]"))
# English letters and signs from the most to the least frequent: an abbreviation is found from its rarest character
_FREQUENT = " etaoinsrhldcumfpgwyb,.vk-TSAMCIBPHWxDNRLFGEjJOqKUVzYQXZ"


def _lines(text: str, anchors, view=None, short=None) -> list:
    """The ``(start, end)`` spans of the lines of ``text`` where one of ``anchors`` matches (end past
    the newline), adjacent lines merged.  With a ``view`` (from ``_digit_view``) the anchors search
    only the lines it holds.  A short text is one span, or none when none of ``short`` (default:
    ``anchors``) matches it, so that a pattern is not even compiled for a text that cannot match."""
    if len(text) <= _LONG:
        short = anchors if short is None else short
        return [(0, len(text))] if not short or any(a.search(text) for a in short) else []
    find, rfind = text.find, text.rfind
    compact, compact_starts, starts = view if view is not None else (text, [0], [0])
    found = []
    for anchor in anchors:
        search = anchor.search
        m = search(compact)
        while m is not None:
            i = m.start()
            k = bisect_right(compact_starts, i) - 1
            at = starts[k] + i - compact_starts[k]  # in text
            start = rfind("\n", 0, at) + 1
            end = find("\n", at) + 1 or len(text)
            found.append((start, end))
            m = search(compact, i + end - at)  # from the end of the line
    if len(anchors) > 1:
        found.sort()
    return _merge(found)


def _merge(spans: list) -> list:
    """Sorted spans with the overlapping and adjacent ones merged."""
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _digit_view(text: str):
    """The lines of a long ``text`` that hold a digit, joined, with the offsets of each run of lines
    in the joined text and in ``text``: where anchors with a digit look."""
    compact_starts, starts, parts, n = [], [], [], 0
    for start, end in _lines(text, (_DIGIT_RE,)):
        compact_starts.append(n)
        starts.append(start)
        parts.append(text[start:end])
        n += end - start
    return "".join(parts), compact_starts, starts


def _finditer(pattern, text: str, spans):
    """``pattern.finditer(text)`` restricted to ``spans`` (from ``_lines``)."""
    if len(spans) == 1 and spans[0] == (0, len(text)):
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


@lru_cache(maxsize=None)
def _months():
    rows = load_tsv("numbers_months.tsv")
    french = {}
    for r in rows:
        french[r["french"]] = r["english"]
        if r["capitalised"] == "yes":
            french[r["french"].capitalize()] = r["english"]
    english = {r["english"]: int(r["number"]) for r in rows}
    names = [r["english"] for r in sorted(rows, key=lambda r: int(r["number"]))]
    return french, english, names


@lru_cache(maxsize=None)
def _french_date_re():
    french, _, _ = _months()
    alternation = "|".join(sorted(map(re.escape, french), key=len, reverse=True))
    pattern = _Lazy(rf"(?<![\w.,])(?P<d>1er|1re|[12]?\d|3[01]){_S}(?P<m>{alternation})(?:{_S}(?P<y>\d{{4}}))?(?![\w'’])")
    return pattern, _Lazy(rf"\d(?:er|re)?{_S}(?:{alternation})")


@lru_cache(maxsize=None)
def _weekdays():
    """French weekday -> English, and a regex for the French article and weekday that end a text
    (searched just before a French date)."""
    weekdays = {r["french"]: r["english"] for r in load_tsv("numbers_weekdays.tsv")}
    names = "|".join(w for f in sorted(weekdays, key=len, reverse=True) for w in (f, f.capitalize()))
    lead_re = re.compile(rf"(?<![\w'’-])(?:(?P<art>[Ll]e)(?:{_S}(?P<wd>{names}))?|(?P<wd2>{names})){_S}$")
    return weekdays, lead_re


@lru_cache(maxsize=None)
def _written_us_date_re():
    """``March 15, 2023``: a document that writes English month-first dates."""
    _, english, _ = _months()
    return re.compile(rf"\b(?:{'|'.join(english)})\s+\d{{1,2}},\s+\d{{4}}\b")


@lru_cache(maxsize=None)
def _month_words():
    _, english, _ = _months()
    return frozenset(w for m in english for w in (m.lower(), m[:3].lower(), m[:4].lower()))


@lru_cache(maxsize=None)
def _context_words():
    roles: dict[str, set] = {}
    for r in load_tsv("numbers_context_words.tsv"):
        roles.setdefault(r["role"], set()).add(r["word"].lower())
    return roles


@lru_cache(maxsize=None)
def _number_words():
    rows = load_tsv("numbers_words.tsv")
    words = {r["french"]: (r["english"], r["context"]) for r in rows if r["kind"] == "word"}
    multipliers = {r["french"]: r["english"] for r in rows if r["kind"] == "multiplier"}
    currencies = {r["french"]: r["english"] for r in rows if r["kind"] == "currency"}
    cur = "|".join(f"{_S}".join(map(re.escape, c.split(" "))) for c in sorted(currencies, key=len, reverse=True))
    alternation = "|".join(sorted(words, key=len, reverse=True))
    word_re = _Lazy(
        rf"(?P<num>(?<![\w.,])(?:{_AMOUNT}){_S})?\b(?P<w>{alternation})\b"
        rf"(?:{_S}(?P<cur>{cur})|{_S}(?P<of>of)(?={_S}(?!(?:{_DETERMINERS})\b)[a-z]))?",
        re.I,
    )
    word_anchor = _Lazy(alternation, re.I)  # for a short text
    mult = "|".join(sorted(map(re.escape, multipliers), key=len, reverse=True))
    multiplier_re = _Lazy(
        rf"(?<![\w.,])(?P<neg>[-−]?)(?P<amount>{_AMOUNT})(?P<sp>{_S}?)(?P<mult>{mult}){_S}?(?P<sign>[€$£])(?!\d)"
    )
    return words, multipliers, currencies, word_re, multiplier_re, word_anchor


@lru_cache(maxsize=None)
def _abbreviations():
    """(table keyed by the abbreviation without spaces, one regex for all of them, hint substrings,
    a regex finding any hint from its rarest character)."""
    rows = load_tsv("french_abbreviations.tsv")
    table = {}
    parts = []
    for r in sorted(rows, key=lambda r: len(r["french"]), reverse=True):
        table[_squeeze(r["french"])] = r
        pattern = f"{_S}?".join(re.escape(part) for part in r["french"].split(" "))
        if r["french"][-1].isalnum():
            pattern += r"(?!\w)"
        parts.append(pattern)
    # substrings one of which any match contains: a cheap test before the regex runs
    hints = set()
    for r in rows:
        chunk = max(r["french"].split(" "), key=len)
        if r["context"] == "before-name" and chunk[-1].isalnum():
            hints.update(chunk + sep for sep in _SEP)  # Pr Dupont, not Prime
        else:
            hints.add(chunk)
    anchors = []
    for hint in sorted(hints):
        k = max(range(len(hint)), key=lambda k: _FREQUENT.find(hint[k]) % (len(_FREQUENT) + 1))
        anchors.append(re.escape(hint[k]) + (f"(?<={re.escape(hint[:k + 1])})" if k else "")
                       + (f"(?={re.escape(hint[k + 1:])})" if hint[k + 1:] else ""))
    regex = _Lazy(rf"(?<![\w.])(?:{'|'.join(parts)})")
    return table, regex, tuple(sorted(hints)), _Lazy("|".join(anchors))


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text if ch not in _SEP)


# after these, "3 billions of the budget" keeps its "of" (3 billion of the budget)
_DETERMINERS = "the|a|an|its|their|this|these|those|his|her|our|your|my|which|whom|them|it|us|all|each|every"
_CURRENCY_CODES = {"€": "EUR", "£": "GBP", "¥": "JPY"}


def english_number(token: str) -> str:
    """``1 234,5`` / ``1.234,5`` / ``4,7`` -> ``1,234.5`` / ``1,234.5`` / ``4.7``; English stays English."""
    text = token
    for ch in _SEP:
        text = text.replace(ch, "\u0001")
    if "," in text and not re.fullmatch(r"(?!0,)\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        whole, _, frac = text.rpartition(",")
        whole = whole.replace(".", "").replace("\u0001", "")
        return _group(whole) + "." + frac
    if "\u0001" in text:
        return _group(text.replace("\u0001", ""))
    if re.fullmatch(r"(?!0\.)\d{1,3}(?:\.\d{3})+", text) and (text.count(".") > 1 or text.endswith("00")):
        return _group(text.replace(".", ""))
    return text


def _group(digits: str) -> str:
    return f"{int(digits):,}"


def check(doc, ctx):
    if not ctx.enabled("TQ5"):
        return
    dates = [] if ctx.enabled("TQ511") else None
    ordinals = ctx.enabled("TQ509")
    abbreviations = ctx.enabled("TQ512") or ctx.enabled("TQ513")
    words = ctx.enabled("TQ506")
    dotted = []  # does the document write Mr. rather than Mr? counted once, when first needed
    for seg in doc.segments:
        text = seg.text
        digits = _DIGIT_RE.search(text) is not None
        view = _digit_view(text) if digits and len(text) > _LONG else None
        if digits:
            yield from _numbers(seg, ctx, view)
            if dates is not None and "/" in text:
                dates.extend((seg, m) for m in _finditer(_SLASH_DATE_RE, text, _lines(text, _SLASH_DATE_ANCHORS)))
        if ordinals and (digits or _ROMAN_HINT_RE.search(text)):
            yield from _ordinals(seg, view)
        if abbreviations:
            yield from _abbreviation_problems(seg, doc, ctx, dotted)
        if words and ("illi" in text or "ILLI" in text):
            yield from _number_words_problems(seg)
    if dates:
        yield from _day_first_dates(doc, dates)


# ------------------------------------------------------------------ numbers


def _numbers(seg, ctx, view):
    text = seg.text
    if ctx.enabled("TQ501") or ctx.enabled("TQ502") or ctx.enabled("TQ503"):
        for m in _finditer(_NUMBER_RE, text, _lines(text, _NUMBER_ANCHORS, view)):
            problem = _number_problem(seg, m)
            if problem is not None:
                yield problem
    if ctx.enabled("TQ504") and "%" in text:
        for m in _finditer(_PERCENT_RE, text, _lines(text, _PERCENT_ANCHORS)):
            yield seg.problem(
                m.start(1), m.end(1), "TQ504",
                f"{space_name(m.group(1))} before `%` (French spacing): English sets `%` right after the figure", "",
            )
    money = None  # the lines with a currency sign
    if ctx.enabled("TQ505") and ("€" in text or "$" in text or "£" in text or "¥" in text):
        money = _lines(text, _CURRENCY_ANCHORS, short=())
        yield from _currency_after(seg, ctx, money)
    if ctx.enabled("TQ507") and ("€" in text or "$" in text or "£" in text):
        yield from _multipliers(seg, ctx, money or _lines(text, _CURRENCY_ANCHORS, short=()))
    if ctx.enabled("TQ508") and ("h" in text or "H" in text):
        yield from _times(seg, ctx, view)
    if ctx.enabled("TQ510"):
        yield from _french_dates(seg, view)


def _word_before(text: str, i: int) -> str:
    m = _WORD_BEFORE_RE.search(text, max(0, i - 40), i)
    return m.group(1).lower() if m else ""


def _number_problem(seg, m):
    text = seg.text
    sp, dot, whole, frac = m.group("sp"), m.group("dot"), m.group("int"), m.group("frac") or m.group("frac2")
    i, j = m.span()
    token = m.group()
    if frac is not None:
        if whole is not None:
            if len(frac) == 3 and whole[0] != "0":
                return None  # 1,500: English thousands (or 2012,100 garbage)
            if len(whole) == 4 and 1800 <= int(whole) <= 2099:
                return None  # in 2012,40 people: a year and a missing space
            if not _decimal_context(text, i, j):
                return None
        elif sp is not None and not _grouping_context(text, i, sp):
            return None
        fixed = english_number(token)
        return seg.problem(
            i, j, "TQ501",
            f"Decimal comma in `{token}`" + (" with French thousands grouping" if whole is None else "")
            + f": English writes `{fixed}`",
            fixed,
        )
    if sp is not None:
        if not _grouping_context(text, i, sp):
            return None
        fixed = english_number(token)
        return seg.problem(
            i, j, "TQ502", f"{space_name(sp)} as thousands separator in `{token}`: English writes `{fixed}`", fixed,
        )
    groups = dot.split(".")
    if len(groups) >= 4 and all(int(g) <= 255 for g in groups):
        return None  # an IP address
    if len(groups) == 2:
        if groups[0] == "0" or not groups[1].endswith("00"):
            return None  # 3.632: an English decimal
        if re.match(rf"{_S}?(?:%|°|per{_S}?cent)", text[j:j + 10]):
            return None  # 2.500%: a rate to three places
    fixed = english_number(token)
    return seg.problem(
        i, j, "TQ503", f"Dot as thousands separator in `{token}`: English writes `{fixed}`",
        fixed, applicability="safe" if len(groups) > 2 else "unsafe",
    )


def _decimal_context(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` (``d,d``) a decimal rather than a list, a locant or a pair?"""
    before = text[i - 1] if i else ""
    after = text[j:j + 1]
    if before in "([" and after in ")]" and after:
        return False  # (3,4): a pair
    if text[j:j + 1] in "-‑" and _LOCANT_RE.match(text, j + 1):
        return False  # 1,2-dichloroethane, 2,4-D: chemical locants, not 1.2
    if _word_before(text, i) in _context_words().get("list", ()):
        return False  # pages 3,4
    if re.match(r",?\s+(?:and|or|&)\s+\d+(?![\d,.])", text[j:j + 20]):
        word = _word_before(text, i)
        if word not in ("between", "from"):
            return False  # 3,4 and 5: a list
    return True


def _grouping_context(text: str, i: int, sp: str) -> bool:
    """Is ``sp`` (``10 000``) a number with thousands spaces rather than an identifier or two numbers?"""
    if sp[0] == "0":
        return False  # 01 234 567: a phone or code number
    word = _word_before(text, i)
    if word.rstrip(":") in _context_words().get("identifier", ()):
        return False
    if word.rstrip(".") in _month_words():
        return False  # March 15 200: a day, then a count
    return True


# ----------------------------------------------------------------- currency


def _currency_after(seg, ctx, spans):
    text = seg.text
    style = ctx.option("currency-style", "symbol-first")
    for m in _finditer(_CURRENCY_AFTER_RE, text, spans):
        sign, amount, neg = m.group("sign"), m.group("amount"), m.group("neg")
        if re.search(r"[€$£¥]\s*$", text[max(0, m.start() - 2):m.start()]):
            continue  # $15 $: a sign already in front
        number = re.sub(r"[^-–]+", lambda part: english_number(part.group()), amount)
        country = m.group("country") or ""
        if style == "code-after" and sign in _CURRENCY_CODES:
            replacement = f"{neg}{number} {_CURRENCY_CODES[sign]}"
        else:
            replacement = f"{neg}{country}{sign}{number}"  # 20 $US: US$20
        nxt = text[m.end():m.end() + 1]
        if nxt.isalpha():
            replacement += " "  # 900 €per unit
        yield seg.problem(
            m.start("sign"), m.end("sign"), "TQ505",
            f"Currency sign `{sign}` after the amount (French order): English writes `{replacement.strip()}`",
            replacement, applicability="unsafe", edit=(m.start(), m.end()),
        )


def _multipliers(seg, ctx, spans):
    text = seg.text
    _, multipliers, _, _, multiplier_re, _ = _number_words()
    style = ctx.option("currency-style", "symbol-first")
    for m in _finditer(multiplier_re, text, spans):
        sign, mult = m.group("sign"), m.group("mult")
        number = english_number(m.group("amount"))
        word = multipliers[mult]
        if style == "code-after" and sign in _CURRENCY_CODES:
            replacement = f"{m.group('neg')}{number} {word} {_CURRENCY_CODES[sign]}"
        else:
            replacement = f"{m.group('neg')}{sign}{number} {word}"
        yield seg.problem(
            m.start("mult"), m.end("sign"), "TQ507",
            f"French amount abbreviation `{mult}{sign}` ({word}): English writes `{replacement}`",
            replacement, applicability="unsafe", edit=(m.start(), m.end()),
        )


def _number_words_problems(seg):
    text = seg.text
    words, _, currencies, word_re, _, word_anchor = _number_words()
    for m in _finditer(word_re, text, _lines(text, _NUMBER_WORD_ANCHORS, short=(word_anchor,))):
        word = m.group("w")
        key = word.lower()
        english, context = words.get(key, (None, None))
        if english is None:
            continue
        has_number = m.group("num") is not None
        if context == "after-number":
            if not has_number or re.fullmatch(rf"(?:1[89]|20)\d\d{_S}", m.group("num")):
                continue  # millions of people; in 2012 millions of people
        if not has_number and key.endswith("s"):
            english += "s"  # des milliards: billions
        if word.isupper():
            english = english.upper()
        elif word[0].isupper():
            english = english.capitalize()
        replacement = english
        end = m.end("w")
        if m.group("of") and has_number:
            end = m.end("of")  # 21 millions of people: 21 million people
        elif m.group("cur"):
            cur = m.group("cur")
            norm = re.sub(f"{_S}", " ", cur)
            replacement += " " + currencies.get(norm, currencies.get(norm.lower(), cur))
            end = m.end("cur")
        start = m.start("w")
        yield seg.problem(
            start, end, "TQ506",
            f"French `{text[start:end]}`: English writes `{replacement}` (a French milliard is an English billion)"
            if key.startswith("milliard") else
            f"`{text[start:end]}` after a figure (French plural): English writes `{replacement}`",
            replacement,
        )


# --------------------------------------------------------------- time, dates


def _times(seg, ctx, view):
    text = seg.text
    style = ctx.option("time-format", "24h")
    for m in _finditer(_TIME_RE, text, _lines(text, _TIME_ANCHORS, view)):
        hour, minute = int(m.group("h")), m.group("m")
        spaced = bool(m.group("s1") or m.group("s2"))
        window = max(0, m.start() - 20)
        time_word = (_TIME_WORD_RE.search(text, window, m.start()) is not None
                     or _TIME_RANGE_RE.search(text, window, m.start()) is not None
                     or _TIME_RANGE_NEXT_RE.match(text, m.end()) is not None)
        if minute is None:
            if not time_word:
                continue  # 9h alone may be a duration
        elif spaced and not (m.group("s1") and m.group("s2")):
            continue  # 2 h30, 2h 30: not the French pattern
        mm = minute or "00"
        if style == "12h" and time_word:
            suffix = "a.m." if hour < 12 else "p.m."
            h12 = hour % 12 or 12
            replacement = f"{h12}:{mm} {suffix}" if minute and minute != "00" else f"{h12} {suffix}"
        else:
            replacement = f"{hour}:{mm}"
        kind = "time" if time_word else "time or duration"
        yield seg.problem(
            m.start(), m.end(), "TQ508",
            f"French {kind} format `{m.group()}`: English writes `{replacement}`",
            replacement, applicability="unsafe",
        )


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, ch in enumerate(s):
        v = values[ch]
        total += -v if k + 1 < len(s) and values[s[k + 1]] > v else v
    return total


def _ordinals(seg, view):
    text = seg.text
    french_months, english_months, _ = _months()
    spans = _lines(text, _ROMAN_ORDINAL_ANCHORS, short=_ANY_ORDINAL_ANCHORS)
    if view is not None:  # a long text with digits
        spans = _merge(sorted(spans + _lines(text, _ORDINAL_ANCHORS, view)))
    for m in _finditer(_ORDINAL_RE, text, spans):
        n, suf = m.group("n"), m.group("suf")
        after = text[m.end():m.end() + 14]
        rest = after.lstrip(_SEP)
        next_word = re.match(r"[\w]+", rest)
        next_word = next_word.group() if next_word else ""
        if n.isdigit():
            if n.startswith("0"):
                continue
            if suf == "re" and n != "1" or suf == "er" and n != "1":
                continue  # 2er: not French either
            if next_word in french_months:
                continue  # 1er mai: TQ510 takes the whole date
            value = int(n)
        else:
            if not _ROMAN_RE.match(n):
                continue
            context = _ROMAN_CONTEXT_RE.match(text, m.end()) is not None  # (not in ``after``: arrondissement is long)
            if n == "I" and suf in ("er", "re") and not context:
                problem = _regnal(seg, m)  # François Ier, Élisabeth Ire
                if problem is not None:
                    yield problem
                continue
            if (len(n) == 1 or suf in ("re", "è")) and not context:
                continue  # Xe (xenon), Le, Ce: only before siècle/century
            value = _roman_value(n)
        start, end = m.start(), m.end()
        if next_word in english_months:
            replacement = str(value)  # 1er May: 1 May
        else:
            replacement = f"{value}{_ordinal_suffix(value)}"
        if next_word in ("siècle", "siècles"):
            w = re.search(r"siècles?", text[end:end + 14])
            replacement += " " + ("centuries" if next_word.endswith("s") else "century")
            end = end + w.end()
        yield seg.problem(
            start, end, "TQ509", f"French ordinal `{text[start:end]}`: English writes `{replacement}`", replacement,
        )


def _regnal(seg, m):
    """``Ier``/``Ire`` after a name: the French regnal first (François Ier); English writes I."""
    text = seg.text
    i, j = m.span()
    name = _NAME_BEFORE_RE.search(text, max(0, i - 40), i)
    if name is None:
        return None
    if m.group("suf") == "re":
        # Ire is also English (ire) and capitalised in a title-case headline (Public Ire over Taxes): only
        # before a lowercase word (Élisabeth Ire of England, Ire d'Angleterre), in a line of prose
        if not _LOWER_NEXT_RE.match(text, j):
            return None
        line = text[text.rfind("\n", 0, i) + 1:(text.find("\n", j) + 1 or len(text) + 1) - 1]
        lower = sum(1 for w in _LONG_WORD_RE.findall(line) if w[0].islower())
        if lower < 2 or lower <= len(_LONG_WORD_RE.findall(line)) - lower - 1:  # minus the name
            return None  # a headline: most words of four letters or more are capitalised
    name = name.group(1)
    return seg.problem(
        i, j, "TQ509",
        f"French regnal number `{name} {m.group()}`: English writes `{name} I` (the name may have an English "
        "form too: François I is Francis I)",
        "I", applicability="unsafe",
    )


def _french_dates(seg, view):
    text = seg.text
    french, _, _ = _months()
    pattern, anchor = _french_date_re()
    for m in _finditer(pattern, text, _lines(text, (anchor,), view)):
        day = m.group("d")
        day = "1" if day in ("1er", "1re") else day
        month = french[m.group("m")]
        replacement = f"{day} {month}" + (f" {m.group('y')}" if m.group("y") else "")
        start, names = m.start(), ["month"]
        weekdays, lead_re = _weekdays()
        lead = lead_re.search(text, max(0, start - 20), start)  # (le) lundi 3 mars, le 3 mars
        if lead is not None:
            article, weekday = lead.group("art"), lead.group("wd") or lead.group("wd2")
            if article == "Le" and text[max(0, lead.start() - 3):lead.start()].rstrip(_SEP)[-1:] not in _OPENERS:
                article = None  # Le mid-sentence: a name (Nguyen Le), not the article
            if weekday:
                replacement = f"{weekdays[weekday.lower()]} {replacement}"
                names.insert(0, "weekday")
                start = lead.start("wd") if lead.group("wd") else lead.start("wd2")
            if article:
                if _word_before(text, lead.start()) in _context_words().get("preposition", ()):
                    pass  # since le 3 mars: since 3 March
                elif article == "Le":
                    replacement = "On " + replacement  # Le 3 mars, ...: On 3 March, ...
                else:
                    replacement = "on " + replacement  # the vote le 3 mars: the vote on 3 March
                names.insert(0, "article")
                start = lead.start()
        names = " and ".join(filter(None, (", ".join(names[:-1]), names[-1])))
        names += " names" if " and " in names else " name"
        yield seg.problem(
            start, m.end(), "TQ510",
            f"French {names} in `{text[start:m.end()]}`: English writes `{replacement}`", replacement,
        )


def _day_first_dates(doc, dates):
    _, _, names = _months()
    unambiguous = [(s, m) for s, m in dates if 12 < int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    month_first = any(int(m.group(1)) <= 12 and 12 < int(m.group(2)) <= 31 for _, m in dates)
    if not month_first and unambiguous:
        written = _written_us_date_re()
        month_first = any(written.search(seg.text) for seg in doc.segments)
    for seg, m in dates:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if day <= 12:
            if not (unambiguous and month_first):
                continue  # 05/03/2023 alone: either order is possible
            message = (f"Ambiguous date `{m.group()}`: this document writes other dates day-first and "
                       "others month-first; write the month")
        else:
            message = f"Day-first numeric date `{m.group()}`: US readers read month/day; write the month"
        replacement = f"{day} {names[month - 1]} {year}" if len(year) == 4 else None
        yield seg.problem(m.start(), m.end(), "TQ511", message, replacement, applicability="unsafe")


# ------------------------------------------------------- titles, abbreviations


def _abbreviation_problems(seg, doc, ctx, dotted):
    text = seg.text
    table, regex, hints, anchor = _abbreviations()
    if len(text) <= _LONG:
        # one regex search is faster than a test per hint, but compiling it costs 0.4 ms: worth it
        # in a document of many segments (a corpus with a paragraph per line), not in an article
        if not (anchor.search(text) if len(doc.segments) > 100 else any(hint in text for hint in hints)):
            return
        spans = [(0, len(text))]
    else:
        spans = _lines(text, (anchor,))  # the lines with a hint
    for m in _finditer(regex, text, spans):
        raw = m.group()
        row = table.get(_squeeze(raw))
        if row is None:
            continue
        context = row["context"]
        i, j = m.span()
        if context == "before-name":
            if not _NAME_AFTER_RE.match(text, j):
                continue
            if _CAPITALISED_BEFORE_RE.search(text, max(0, i - 40), i):
                continue  # Robert M. Gates: a middle initial
        elif context == "before-number":
            if not re.match(rf"{_S}?\d", text[j:j + 3]):
                continue
        elif context == "after-number":
            if not re.search(rf"\d[{_SEP}€$£%]*$", text[max(0, i - 4):i]):
                continue
        kind = row["kind"]
        code = "TQ512" if kind == "title" else "TQ513"
        if not ctx.enabled(code):
            continue
        english = row["english"]
        if kind == "title":
            if not dotted:
                dotted.append(doc.text.count("Mr.") + doc.text.count("Mrs.") > doc.text.count("Mr ") + doc.text.count("Mrs "))
            if dotted[0] and english in ("Mr", "Mrs", "Ms", "Messrs"):
                english += "."
        replacement = english
        if english.endswith(".") and j < len(text) and text[j].isalnum():
            replacement += " "  # n°5: No. 5
        yield seg.problem(
            i, j, code,
            f"French {'title' if kind == 'title' else 'abbreviation'} `{raw}`: English writes `{english}`",
            replacement, applicability="unsafe" if kind == "title" else "safe",
        )
