"""TQ501 decimal-comma, TQ502 space-thousands-separator, TQ503 dot-thousands-separator and TQ504
space-before-percent: how a figure is written.

TQ501–TQ503 are three readings of one number token (``1 234,5`` is one finding with one fix);
TQ504 is the space French sets between the figure and ``%``.  ``english_number()`` writes any
figure the English way; the currency detector uses it for the amounts it moves.
Tables: ``numbers_context_words.tsv`` (lists, identifiers), ``numbers_months.tsv`` (a day before a count).
"""

from __future__ import annotations

import re

from .. import Rule
from ..common import Pattern, anchor_lines, finditer_in, has_no_break, one_of, space_name, word_before
from . import SEP, S, digits, roles
from .quantity import is_quantity
from .readings import cited, decimal_context, grouping_context, in_columns, listed, one_number

RULES = [
    Rule(
        code="TQ501",
        name="decimal-comma",
        severity="warning",
        summary="A decimal comma (4,7%) where English writes a decimal point",
        what="Flags a number written with a decimal comma: `4,7%`, `1,5 billion`, `-4,63%`, `0,345`, and "
        "French numbers that combine it with grouped thousands (`1 234,5`, `1.983,73`). `1,500` (three "
        "digits after the comma) is English and never flagged, nor are lists (`3,4 and 5`, `pages 3,4`), "
        "chemical locants (`1,2-dichloroethane`), pairs in brackets or braces (`(3,4)`, `{35,36}`), ports "
        "(`ports 80,8080`), times (`00:01:02,000` in subtitles) or citations after a title (`Julius Caesar 3,1`).",
        why="English reads the comma as a thousands separator: `4,7%` looks like a typo for 47% or 4,700%, "
        "and `1,50 euros` like one hundred and fifty. MT systems copy French figures verbatim.",
        before="Renault fell (-4,63%) and the index lost 1 983,73 points; 1,5 billion was spent.",
        after="Renault fell (-4.63%) and the index lost 1,983.73 points; 1.5 billion was spent.",
        fix="sometimes: safe when the context says the figure is one amount (French thousands grouping, "
        "`%`, a currency, a unit or multiplier of `numbers_units.tsv`: `1,5 billion`, `10,4 metres`); "
        "unsafe otherwise (`the ratio was 0,34`), where a clean English reading may exist.",
        data=("numbers_context_words.tsv", "numbers_months.tsv", "numbers_units.tsv"),
    ),
    Rule(
        code="TQ502",
        name="space-thousands-separator",
        severity="warning",
        summary="A space or no-break space between thousands (10 000) where English writes a comma",
        what="Flags a number grouped by spaces, no-break spaces or narrow no-break spaces in threes "
        "(`10 000 people`, `1 902 injured`, `250\u00a0000 €`). Phone numbers (`01 23 45 67 89`), "
        "identifiers after SIREN, ISBN, tel., a year followed by a count (`in 2012 100 people`), a "
        "day after a month name (`March 15 200`) and lists (`rooms 101 102 and 103`) are not flagged.",
        why="English news style groups thousands with commas. A space splits the figure in two for an "
        "English reader (`1 902 injured` reads as one and 902), and a line break may fall inside it.",
        before="979 deaths and 1 902 injured; 10 000 people marched.",
        after="979 deaths and 1,902 injured; 10,000 people marched.",
        fix="sometimes: safe when the context says it is one number (a no-break space, a `000` group, a "
        "first group of one or two digits, or a unit, currency or count of `numbers_units.tsv` next to "
        "it: `10 000 people`, `1 902 injured`); unsafe otherwise (`rooms 101 102`), where the figures "
        "may be a list.",
        data=("numbers_context_words.tsv", "numbers_months.tsv", "numbers_units.tsv"),
    ),
    Rule(
        code="TQ503",
        name="dot-thousands-separator",
        severity="warning",
        summary="A dot between thousands (46.000, 1.234.567) where English writes a comma",
        what="Flags a number grouped by dots: two groups or more (`1.234.567`) or one group ending in "
        "`00` (`46.000 rupees`, `2.200 euros`). `3.632%`, `0.500`, versions (`2.0.1`), IP addresses and an "
        "item's number opening its line (`2.100. let_chains` in a book's contents) are not flagged.",
        why="In English the dot is the decimal point: `46.000 rupees` reads as forty-six rupees, a thousandfold error.",
        before="He earns 46.000 rupees; the city has 1.234.567 inhabitants.",
        after="He earns 46,000 rupees; the city has 1,234,567 inhabitants.",
        fix="sometimes: safe with two groups or more when the context says it is one number (a `000` "
        "group, or a unit, currency or count after it: `1.234.567 inhabitants`); unsafe with one group, "
        "which could be a decimal written to three places, and where a version or section number may "
        "look the same (`section 1.100.200`).",
        data=("numbers_context_words.tsv", "numbers_units.tsv"),
    ),
    Rule(
        code="TQ504",
        name="space-before-percent",
        severity="warning",
        summary="A space or no-break space between a number and % (5 %)",
        what="Flags a space, no-break space or narrow no-break space between a figure and `%`. A `%` "
        "followed by a letter, a digit or a bracket (`5 %d`, `7 % 3`, a percent-escape `%2e`) is code, "
        "and a space padding a table column (`| 100 %   |`) is layout: neither is flagged.",
        why="French sets a space before `%`; English news style does not. The space lets a line break "
        "separate the figure from its sign.",
        before="Unemployment rose to 5,2 % and inflation to 3 %.",
        after="Unemployment rose to 5.2% and inflation to 3%.",
        fix="sometimes: the space is removed; safely after a no-break space (French typesetting) or a decimal "
        "comma (`5,2 %`), as a suggestion after a plain space, which SI style (ISO 80000) writes on purpose "
        "(`100 %`).",
    ),
]

# one number token, in whichever grouping it uses; the optional decimal comma after it
NUMBER = Pattern(
    rf"(?<![\w.,/#°%\u00b2\u00b3])(?<![\w.,+]\+)"  # a sign (`+33,8%`), not `x+1,2` nor `C++`
    rf"(?:(?<!\d{S})(?:(?P<sp>\d{{1,3}}(?:{S}\d{{3}})+)|(?P<dot>\d{{1,3}}(?:\.\d{{3}})+))"
    rf"(?:,(?P<frac>\d+)|(?!{S}\d))"  # no more groups after the last one (0800 123 456 is not a number)
    rf"|(?P<int>\d+),(?P<frac2>\d+))"
    rf"(?!\d|[.,]\d)"
)
# not %d, %2e, 7 % 3 (code, an escape, a modulo), a template's tag ({% if n == 0 %}) nor a column padded with
# spaces (| 100 %   |)
PERCENT = Pattern(rf"(?<=\d)({S}+)%(?![\w(%}}]|{S}*\d|{S}{{2}})")
RATE_AFTER = Pattern(rf"{S}?(?:%|°|per{S}?cent)")
# anchors on a long segment (``common.anchor_lines``): every match contains one
_GROUPING = one_of(",.\u00a0 ", "\u202f\u2009")  # [,.{SEP}]: a decimal or thousands separator
NUMBER_ANCHORS = (Pattern(rf"\d{_GROUPING}\d"),)  # searched in the digit view
PERCENT_ANCHORS = (Pattern(rf"%(?<={S}%)"),)


_OPENING, _CLOSING = frozenset("\"'“‘«`"), frozenset("\"'”’»`")  # quotes around a number on its own
_DIFF_HUNK, _LABEL = Pattern(r"[ \t]*@@ -\d"), Pattern(r"([A-Za-z]+):[ \t]*$")  # `@@ -1,4 +1,4 @@`, `Version: 1.000`


def check(doc, ctx):
    numbers = ctx.enabled("TQ501") or ctx.enabled("TQ502") or ctx.enabled("TQ503")
    percent = ctx.enabled("TQ504")
    for seg, has_digit, view in digits(doc):
        if not has_digit:
            continue
        text = seg.text
        if numbers:
            yield from number_problems(seg, view)
        if percent and "%" in text:
            for m in finditer_in(PERCENT, text, anchor_lines(text, PERCENT_ANCHORS)):
                yield seg.problem(
                    m.start(1), m.end(1), "TQ504",
                    f"{space_name(m.group(1))} before `%` (French spacing): English sets `%` right after the figure",
                    "", applicability="safe" if _french_percent(text, m) else "unsafe",
                )


def number_problems(seg, view):
    """TQ501–TQ503's problems in a segment that holds a digit (``view``: its digit view, ``numbers.digits``)."""
    for m in finditer_in(NUMBER, seg.text, anchor_lines(seg.text, NUMBER_ANCHORS, view)):
        problem = _number_problem(seg, m)
        if problem is not None:
            yield problem


_DECIMAL_COMMA_BEFORE = Pattern(r"\d,\d+$")


def _french_percent(text, m) -> bool:
    """Is the space before ``%`` French for sure: a no-break space, or after a decimal comma (``5,2 %``)?
    A plain space after an English figure is SI style (``100 %``)."""
    space, i = m.group(1), m.start(1)
    return has_no_break(space) or bool(_DECIMAL_COMMA_BEFORE.search(text, max(0, i - 24), i))


def _number_problem(seg, m):
    text = seg.text
    sp, dot, whole, frac = m.group("sp"), m.group("dot"), m.group("int"), m.group("frac") or m.group("frac2")
    i, j = m.span()
    token = m.group()
    fixed = english_number(token)
    if fixed == token or text[i - 1:i] in (":", "{", "=") or text[j:j + 1] == "}":
        return None  # 02,000: nothing to fix; 00:01:02,000, host:80,8080, {35,36}, gtk-menu=16,16: not figures
    if text[i - 1:i] == "+" and whole is None and frac is None:
        return None  # +33 612 345 678: a telephone number (not +1 234,5 euros)
    if text[i - 1:i] == "-" and text[i - 2:i - 1].isalnum() or _DIFF_HUNK.match(text, text.rfind("\n", 0, i) + 1):
        return None  # perl-5.000, 2016-05-15,2016-06-20: parts of a name or a date; @@ -1,4 +1,4 @@: a diff
    if whole is not None and frac is not None and len(whole) >= 5 and len(frac) >= 5:
        return None  # [Bugs 3607246,3607372]: two identifiers
    if in_columns(text, i, j):
        return None  # `user[s]      0,806      0,579`: a program's output pasted into a changelog
    literal = text[i - 1:i] in _OPENING and text[j:j + 1] in _CLOSING  # `the String "1.000,55"`: a literal named,
    # perhaps another locale's on purpose (Javadoc's NumberFormat): still reported, never fixed by default
    if frac is not None:
        safe = True  # 1 234,5 / 1.983,73: a French figure whole
        if whole is not None:
            if len(frac) == 3 and whole[0] != "0":
                return None  # 1,500: English thousands (or 2012,100 garbage)
            if len(whole) == 4 and 1800 <= int(whole) <= 2099:
                return None  # in 2012,40 people: a year and a missing space
            if not decimal_context(text, i, j):
                return None
            # (`$10,0000`: four digits that end in 000 may be groups of four, a typo for 100,000: the fix is a guess)
            safe = is_quantity(text, i, j) and not (len(frac) >= 4 and frac.endswith("000"))
            if not safe and cited(text, i, whole, frac):
                return None  # Julius Caesar 3,1: an act and a scene
        elif sp is not None and not grouping_context(text, i, sp):
            return None
        return seg.problem(
            i, j, "TQ501",
            f"Decimal comma in `{token}`" + (" with French thousands grouping" if whole is None else "")
            + f": English writes `{fixed}`",
            fixed, applicability="safe" if safe and not literal else "unsafe",
        )
    if sp is not None:
        if not grouping_context(text, i, sp) or listed(text, i, j, sp):
            return None
        compound = text[j:j + 1] == "-" and text[j + 1:j + 2].isalpha()  # `25 000-seat`, `the 4 128-bit lanes`
        if compound and token.count(sp) == 1 and len(token.split(sp)[0]) <= 2 and not token.endswith("000"):
            return None  # `the 4 128-bit lanes`, `3 100-metre races`: a count, then a compound modifier
        return seg.problem(
            i, j, "TQ502", f"{space_name(sp)} as thousands separator in `{token}`: English writes `{fixed}`", fixed,
            applicability="safe" if not literal and not compound and one_number(text, i, j, sp) else "unsafe",
        )
    groups = dot.split(".")
    if text[j:j + 1] in ".)" and not text[j + 1:j + 2].strip() and not text[text.rfind("\n", 0, i) + 1:i].strip():
        return None  # `2.100. let_chains`: an item's number opening its line (mdBook's contents), not a figure
    if len(groups) >= 4 and all(int(g) <= 255 for g in groups) or text[j:j + 1] == "." and text[j + 1:j + 2].isalnum():
        return None  # an IP address; 192.168.255.x, 1.100.200.rc1: part of a longer dotted name
    label = _LABEL.search(text, max(0, i - 24), i)
    if word_before(text, i).lower() in roles("identifier") or label and label.group(1).lower() in roles("identifier"):
        return None  # version 1.100.200, section 12.100.010, %%Version: 1.000
    if len(groups) == 2:
        if groups[0] == "0" or not groups[1].endswith("00"):
            return None  # 3.632: an English decimal
        if RATE_AFTER.match(text[j:j + 10]):
            return None  # 2.500%: a rate to three places
    safe = not literal and len(groups) > 2 and ("000" in groups[1:] or is_quantity(text, i, j))
    return seg.problem(
        i, j, "TQ503", f"Dot as thousands separator in `{token}`: English writes `{fixed}`",
        fixed, applicability="safe" if safe else "unsafe",
    )


def english_number(token: str) -> str:
    """``1 234,5`` / ``1.234,5`` / ``4,7`` -> ``1,234.5`` / ``1,234.5`` / ``4.7``; English stays English."""
    text = token
    for ch in SEP:
        text = text.replace(ch, "\u0001")
    if "," in text and not re.fullmatch(r"(?!0,)\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        whole, _, frac = text.rpartition(",")
        whole = whole.replace(".", "").replace("\u0001", "")
        if not (whole.isdigit() and frac.isdigit()):
            return token  # 12,34,56: no French or English reading, left as it is
        return _group(whole) + "." + frac
    if "\u0001" in text:
        return _group(text.replace("\u0001", ""))
    if re.fullmatch(r"(?!0\.)\d{1,3}(?:\.\d{3})+", text) and (text.count(".") > 1 or text.endswith("00")):
        return _group(text.replace(".", ""))
    return text


def _group(plain: str) -> str:
    return f"{int(plain):,}"
