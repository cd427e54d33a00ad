"""TQ509 french-ordinal: a French ordinal suffix (``1er``, ``43e``, ``XXe siècle``) or regnal first
(``François Ier``).

One token, a figure or a Roman numeral with ``er re e ème è``: a figure is always an ordinal; a
Roman numeral of one letter (``Xe``, ``Ce``, ``Le``) only before siècle, century, République...;
``Ier``/``Ire`` after a name is the French regnal first.  Before a French month the date detector
takes the whole date; before an English month the suffix is dropped (``1er May``: ``1 May``).
Table: ``numbers_months.tsv``.
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern, anchor_lines, finditer_in, line_bounds, merge_spans, previous_word
from . import SEP, WORD_CHAR, digits, months

RULES = [
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
        "`century`; before a month the suffix is dropped), except a bare `e`, which clean English writes as "
        "part of a name (`the 2e core`: LaTeX2e's; `D&D 5e`: an edition; `603e`: a processor), and is unsafe; "
        "unsafe for a regnal number (`Ier` becomes `I`), since the name before it may need "
        "translating too (François I is Francis I). Percent-escapes and hex (`%2e`, `\\2e`) are "
        "never flagged.",
        data=("numbers_months.tsv",),
    ),
]

# not after % \ = & # (a percent-escape %2e, a CSS escape \2e, x=2e, &#2e: hex, never an ordinal)
ORDINAL = Pattern(r"(?<![\w.,/+#%=&\\-])(?P<n>\d{1,3}|[IVXLC]+)(?P<suf>ère|ème|eme|er|re|e|è)(?![\w'’]|[-+]\d)")
ROMAN = Pattern(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
ROMAN_HINT = Pattern(r"[IVXLC](?:e|er|ème|re|è)\b")  # a text without a digit may still hold one
ROMAN_CONTEXT = Pattern(
    r"[\s\u00a0]+(?:siècles?|century|centuries|République|Republic|arrondissement|millénaire|millennium)\b"
)
NEXT_WORD = Pattern(r"[\w]+")
SIECLE = Pattern(r"siècles?")
NAME_BEFORE = Pattern(rf"(?:^|(?<=[\s(]))([A-ZÀ-Ý]{WORD_CHAR}*)[ \u00a0]$")
LOWER_NEXT = Pattern(r"[ \u00a0]+(?:[dl]['’]|[a-zà-ÿ])")
LONG_WORD = Pattern(rf"(?<!{WORD_CHAR})[^\W\d_]{WORD_CHAR}{{3,}}")
# anchors on a long segment (``common.anchor_lines``); a figure's are searched in the digit view
_SUFFIX = r"(?:ère|ème|eme|er|re|e|è)(?![\w'’])"  # a French ordinal suffix at the end of a word
ANCHORS = (Pattern(rf"\d{_SUFFIX}"),)
ROMAN_ANCHORS = tuple(Pattern(numeral + _SUFFIX) for numeral in "IVXLC")
SHORT_ANCHORS = (Pattern(rf"[\dIVXLC]{_SUFFIX}"),)  # the same in one pattern, for a short text
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def check(doc, ctx):
    for seg, has_digit, view in digits(doc):
        if has_digit or ROMAN_HINT.search(seg.text):
            yield from _ordinals(seg, view)


def _ordinals(seg, view):
    text = seg.text
    french_months, english_months, _ = months()
    spans = anchor_lines(text, ROMAN_ANCHORS, short=SHORT_ANCHORS)
    if view is not None:  # a long text with digits
        spans = merge_spans(sorted(spans + anchor_lines(text, ANCHORS, view)))
    for m in finditer_in(ORDINAL, text, spans):
        n, suf = m.group("n"), m.group("suf")
        rest = text[m.end():m.end() + 14].lstrip(SEP)
        next_word = NEXT_WORD.match(rest)
        next_word = next_word.group() if next_word else ""
        if n.isdigit():
            if n.startswith("0"):
                continue
            if suf == "re" and n != "1" or suf == "er" and n != "1":
                continue  # 2er: not French either
            if next_word in french_months:
                continue  # 1er mai: TQ510 takes the whole date
            if suf == "e" and len(n) <= 3 and _in_hex_bytes(text, m.start(), m.end()):
                continue  # ``66 66 2e 0f 1f``: a byte of a hex dump (valgrind's release notes)
            value = int(n)
        else:
            if not ROMAN.match(n):
                continue
            context = ROMAN_CONTEXT.match(text, m.end()) is not None  # (not in ``rest``: arrondissement is long)
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
            w = SIECLE.search(text[end:end + 14])
            replacement += " " + ("centuries" if next_word.endswith("s") else "century")
            end = end + w.end()
        yield seg.problem(
            start, end, "TQ509", f"French ordinal `{text[start:end]}`: English writes `{replacement}`", replacement,
            applicability="safe" if _plain_ordinal(text, m) and (
                next_word in english_months or next_word in ("siècle", "siècles") or _qualified(text, start))
            else "unsafe",
        )


# a hex number beside a figure, past a space (a no-break space too: valgrind's NEWS, as HTML, joins every word with
# one) or a colon: a byte (``66 2e 0f``, ``e3:00:5e:80``) or a hex word with a letter (``651 25cc 64e 3a``: HarfBuzz)
_HEX_BEFORE = Pattern(rf"(?<![0-9A-Za-z])([0-9a-fA-F]{{2,4}})[{SEP}:]\Z")
_HEX_AFTER = Pattern(rf"[{SEP}:]([0-9a-fA-F]{{2,4}})(?![0-9A-Za-z])")


def _in_hex_bytes(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` one of a run of hex numbers (``_HEX_BEFORE``, ``_HEX_AFTER``)?"""
    return any(m is not None and (len(m.group(1)) == 2 or not m.group(1).isdigit())
               for m in (_HEX_BEFORE.search(text, max(0, i - 5), i), _HEX_AFTER.match(text, j)))


def _qualified(text: str, i: int) -> bool:
    """Does a lower-case word that is no preposition come right before ``text[i]`` (`the 3ème`, `came 1re`)?  After a
    bracket, a name or `of`, the ordinal may be a name's (the cooperative `24ème`: `Vincent Laurent (24ème)`, `the
    hours of 24ème employees`)."""
    word = previous_word(text, i)
    return (word.islower() or word.lower() in _DETERMINERS) and word not in _PREPOSITIONS and text[i - 1:i] in " \u00a0"


_PREPOSITIONS = frozenset("of for by with from at in on to into and or de du des chez".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that le la les au aux".split())  # (`The Xe`)


def _plain_ordinal(text, m) -> bool:
    """Is the French ordinal ``m`` one that no clean English reads otherwise?  Not a bare ``e`` on a figure: clean
    English writes one as a name's part, whatever follows (``the 2e core``: LaTeX2e's; ``603e``: a processor;
    ``D&D 5e``: an edition; ``1e6``)."""
    return not (m.group("n").isdigit() and m.group("suf") in ("e", "è"))


def _regnal(seg, m):
    """``Ier``/``Ire`` after a name: the French regnal first (François Ier); English writes I."""
    text = seg.text
    i, j = m.span()
    name = NAME_BEFORE.search(text, max(0, i - 40), i)
    if name is None:
        return None
    if m.group("suf") == "re":
        # Ire is also English (ire) and capitalised in a title-case headline (Public Ire over Taxes): only
        # before a lowercase word (Élisabeth Ire of England, Ire d'Angleterre), in a line of prose
        if not LOWER_NEXT.match(text, j):
            return None
        words = LONG_WORD.findall(text, *line_bounds(text, i, j, reach=300))  # (a long line is no headline: near)
        lower = sum(1 for w in words if w[0].islower())
        if lower < 2 or lower <= len(words) - lower - 1:  # minus the name
            return None  # a headline: most words of four letters or more are capitalised
    name = name.group(1)
    return seg.problem(
        i, j, "TQ509",
        f"French regnal number `{name} {m.group()}`: English writes `{name} I` (the name may have an English "
        "form too: François I is Francis I)",
        "I", applicability="unsafe",
    )


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _roman_value(s: str) -> int:
    total = 0
    for k, ch in enumerate(s):
        v = ROMAN_VALUES[ch]
        total += -v if k + 1 < len(s) and ROMAN_VALUES[s[k + 1]] > v else v
    return total
