"""TQ102 space-before-punctuation and TQ106 space-before-comma: a space English never puts there.

Both flag the space before a punctuation mark and remove it: French spacing before ``; : ! ?`` and
inside curly or straight quotes (TQ102), and the space tokenised MT output leaves before ``,`` and ``.``
(TQ106).  A straight quote's direction is read from its line (``straight_quotes.py``).

What French spacing and tokenised MT leave is one space (or two) after a word, a number, code, a closing quote or
bracket, or other punctuation, and a lone mark followed by a space or the end: anything else is not prose
punctuation; a document that spaces only a few of its marks (under one in five: a riddle book's ``golf ?``) is
written by someone who spaces them for effect, and one that spaces marks after code only (`` `x` : its value``)
uses a definition's separator, not French habit.  So ``builddir != srcdir``, ``x := 1``, ``a ?: b``, ``fix ::1``,
``;>``, ``:)``, a quoted e-mail's ``> :``, tab-aligned comments, ASCII art, a ternary ``a ? b : c``, a JSON ``"key" :
"value"``, a ratio ``3 : 1`` or a citation ``I : v``, and ``.5``, ``.NET``, ``.py``, ``...`` are not flagged.  A full
stop between lower-case words (``pip install . in``) may be a path: its fix is unsafe.
"""

from __future__ import annotations

from .. import Rule
from ...documents import MESSAGES
from ...documents.model import PLACEHOLDER
from ..common import SPACES, Pattern, has_no_break, looks_like_prose, space_name
from .marks import (
    TIGHT_COMMA, TIGHT_HIGH, around_a_symbol, as_unsafe, indented, lone_symbols, named_symbol, quoted_text, spaced,
    spaced_marks, ternary, writes_french_numbers,
)
from .straight_quotes import space_inside_straight_quotes

RULES = [
    Rule(
        code="TQ102",
        name="space-before-punctuation",
        severity="warning",
        summary="A space or no-break space before ; : ! ? or inside quotes (French spacing)",
        what="Flags a space, no-break space (U+00A0) or narrow no-break space (U+202F) before `;`, `:`, "
        "`!`, `?` or a closing quote `”`, or after an opening `“`. Straight quotes `\"` too, where the "
        "line says which quote opens and which closes: the quotes of a line alternate, and a quote spaced "
        "on both sides (`the exhibition \" Flamenco and Life\" because`) takes its turn; a lone one only at "
        "a line's start (`\" Each second`), before punctuation or the line's end, or after a clause's "
        "comma (`obstacles, \" explains`). Emoticons such as `:)`, operators "
        "(`!=`, `:=`, `?:`), ratios such as `3 : 1`, URLs, code, tab-aligned text and ASCII art are not "
        "flagged, nor a quote named as a character (`the \" character`), an inch mark (`5 \" wide`), ditto "
        "marks or a quoted literal with its own space (`\"From \" line`, `\" , \"`).",
        why="French typography puts a thin space before high punctuation and inside quotes; English "
        "never does. MT systems copy it, and an English reader sees a stray gap, sometimes a line break "
        "before the colon.",
        before="One thing is certain : the new provisions will apply. Why ?",
        after="One thing is certain: the new provisions will apply. Why?",
        fix="safe: the space is removed; for straight quotes, safe only after an opening quote whose partner "
        "is written tight (`\" Flamenco and Life\"`) or that opens a line the line before did not leave "
        "inside a quotation (`\" Each second`); unsafe otherwise: quotes spaced at both ends may show a "
        "literal with its spaces (`search for \" the \"`), and a trailing space may be a prompt's.",
    ),
    Rule(
        code="TQ106",
        name="space-before-comma",
        severity="warning",
        summary="A space before a comma or full stop (tokenised MT output)",
        what="Flags a space between a word and the comma or full stop after it (`Assembly , with 300 "
        "votes against 200 .`). Decimals (`.5`), names and extensions (`.NET`, `.py`), ellipses, "
        "aligned columns and ASCII art are not flagged.",
        why="Statistical and older neural MT systems work on tokenised text and sometimes fail to join "
        "punctuation back; no typography, French or English, puts a space there.",
        before="The bill passed the National Assembly , with 300 votes against 200 .",
        after="The bill passed the National Assembly, with 300 votes against 200.",
        fix="safe: the space is removed; unsafe for a full stop between lower-case words, which may be a "
        "path or a pattern (`pip install . in`).",
    ),
]

# one or two of the spaces French typography or a tokeniser leaves (common.SPACES; a tab, or three spaces,
# is layout: columns, art) before ; : ! ? (the checks that follow are in Python)
_HIGH_PUNCTUATION = Pattern(f"[{SPACES}]{{1,2}}([;:!?]+)")
_CURLY_QUOTE = Pattern("[“”]")
# what a space-before-punctuation mark may follow: a word, a number, a closing quote or bracket,
# sentence punctuation (tokenised MT: ``done . !``, ``( b ) ;``), not an operator or drawing character
_AFTER_PROSE = frozenset(")]\"'”’»%.!?…")
_AFTER_CODE = _AFTER_PROSE | {PLACEHOLDER}  # code, or a software string's placeholder (see ``check``)
# what may follow it: a space, the end, a quotation mark; ``?)`` and ``!)`` too (not ``:)`` ``;)``)
_BEFORE_PROSE = set("\"'”“’‘»«")
_QUOTE_PAIRS = {'"': '"', "'": "'", "”": "“", "’": "‘"}  # the closing quote before, the opening after
_RUNS = {"?!", "!?"}  # ``Really ?!``; ``!!``, ``??``, ``::``, ``?:`` are chat or code
# a number, or a Roman numeral (well formed: ``mid`` and ``did`` are not)
_NUMERAL = Pattern(r"[0-9]+|M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXLCDM])"
                   r"|m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?<=[ivxlcdm])")
_CLOSING_TAG = Pattern(r"</[a-zA-Z][a-zA-Z0-9]*>")
_JSON_VALUE = Pattern(r'[ \t]*(?:["{\[0-9-]|true\b|false\b|null\b)')


def check(doc, ctx):
    tq102, tq106 = ctx.enabled("TQ102"), ctx.enabled("TQ106")
    high, commas = [], []
    # a bilingual file's units: a mark its French source spaces too is French spacing carried over, whatever the rest
    sources = {id(p.target): p.source for p in doc.pairs if p.target is not None}
    for seg in doc.segments:
        text = seg.text
        if tq106 and spaced(text, ",."):
            commas += ((p, not has_no_break(seg.text[i:j])) for p, (i, j) in _space_before_comma(seg))
        if tq102:
            if spaced(text, ":;!?"):
                source = sources.get(id(seg), "")
                high += ((p, not has_no_break(text[i:j]) and not spaced(source, text[j:j + 1]), text[i - 1])
                         for p, (i, j) in _space_before_punctuation(seg))
            if "”" in text or "“" in text:
                yield from _space_inside_quotes(seg)
            if '"' in text:
                yield from space_inside_straight_quotes(seg)
    # spaced after code only: a definition's separator (``<code>x</code> : legal``; a string's placeholder is a word)
    words = doc.format in MESSAGES or any(before != PLACEHOLDER for _, _, before in high)
    high = [(p, plain) for p, plain, _ in high] if words else []
    if high:
        yield from _habit(doc, high, TIGHT_HIGH, bool(doc.source_path), writes_french_numbers, doc.units is not None)
    if commas:
        yield from _habit(doc, commas, TIGHT_COMMA)


# A mark right after a word: what English writes.  French spacing and tokenised MT space every mark, or most; a
# native text spaces a few by accident or for effect (``Why do WASPs play golf ?`` in a riddle book, ``Messiah's
# Handbook : Reminders`` in a signature).  So the spaced marks of a document are reported where they are at least
# ``HABIT`` of its marks (any one after a no-break space always is); all of them in an article checked against its
# French source (``--source``), and, a plain space's fix unsafe, in a resource file (its strings are apart: `Pending
# Transfers :` among `By phone:`) and in a document that writes a number the French way (`1 000`, `14h30`).
HABIT = 0.2


def _habit(doc, problems, tight, french=False, numbers=None, strings=False):
    """The problems of one kind, given as ``(problem, plain space?)``: all if the document spaces such marks
    by habit (one in ``HABIT`` or more), else those after a no-break space (all, if ``strings`` or ``numbers(doc)``,
    asked only then, says it writes numbers the French way: see above); ``french``: all (``; : ! ?`` spaced in an
    article checked against its French source are the French habit; a space before a comma is no French one)."""
    unspaced = 0 if french else sum(len(tight.findall(seg.text)) for seg in doc.segments)
    if french or len(problems) >= HABIT * (len(problems) + unspaced):
        yield from (p for p, _ in problems)
    else:
        all_of_them = strings or numbers is not None and any(plain for _, plain in problems) and numbers(doc)
        yield from (as_unsafe(p) if plain else p for p, plain in problems if all_of_them or not plain)


def _space_before_comma(seg):
    text = seg.text
    for i, j in spaced_marks(text):
        if not looks_like_prose(text, i) or lone_symbols(text, i, j + 1):
            continue
        punct, end = text[j], j + 1
        after = text[end:end + 2]
        # ``install . in`` may be a path, ``Because . doesn't`` a pattern, ``" , "`` a separator: the
        # fix is left to an editor
        unsafe = punct == "." and (after[:1] == " " and (after[1:2].isalnum() and not after[1:2].isupper()
                                                        or after[1:2] in ("(", "-", "/"))  # `(nil . (`, `find . -n`
                                   or indented(text, i)) or _quoted_literal(text, i, end)  # `cp … test .`
        yield seg.problem(i, j, "TQ106", f"Space before `{punct}` (tokenised MT output)", "",
                          applicability="unsafe" if unsafe else "safe"), (i, j)


def _space_before_punctuation(seg):
    text = seg.text
    n = len(text)
    for m in _HIGH_PUNCTUATION.finditer(text):
        k, i = m.start(), m.start(1)
        punct = m.group(1)
        if not k or not (text[k - 1].isalnum() or text[k - 1] in _AFTER_CODE):
            continue  # a line's start, two spaces or more, ``!=`` after ``>``, a drawing
        if len(punct) > 1 and punct not in _RUNS:
            continue  # ``::1``, ``?:``, ``!!``
        end = m.end()
        nxt = text[end] if end < n else ""
        if nxt and not (nxt.isspace() or nxt in _BEFORE_PROSE or nxt in ")]" and punct[0] in "?!"
                        or _closing_tag(seg, end)):  # `supposed to ?</p>`: a string's markup
            continue  # ``:)``, ``;>``, ``!=``, ``:=``, ``:fire:``, ``://``
        if punct == ":" and (_ratio(text, k, end) or _json_key(text, k, end)):
            continue
        if punct in ":;" and has_no_break(nxt) and has_no_break(text[k:i]):
            continue  # `Sint16 : SDL_stdinc.h` with no-break spaces either side: a generated index's separator
            # (Doxygen's); French spacing breaks the line after the mark
        if punct in ("?", ":") and ternary(text, k, end, punct):
            continue
        if punct == ":" and _production(seg, k, end):
            continue
        if named_symbol(text, k, end):
            continue  # a symbol named, one of two: `lines starting with # or ; are ignored`, `! or *`
        if not looks_like_prose(text, k) or seg.navigation and _all_navigation(seg):
            continue  # a sidebar's item: `Introducing ?` names the operator, its code markup gone from the link
            # (a link in running prose is read: `Read <a>our guide !</a>`)
        yield seg.problem(k, i, "TQ102", f"{space_name(text[k:i])} before `{punct[0]}` (French spacing)", "",
                          applicability="unsafe" if _quoted_literal(text, k, end) else "safe"), (k, i)


def _closing_tag(seg, k) -> bool:
    """Does a closing tag start at ``seg.text[k]``, as written or as a reader's placeholder (`?</p>` in a string)?"""
    text = seg.text
    return bool(_CLOSING_TAG.match(text, k) or text[k] == PLACEHOLDER and _CLOSING_TAG.match(seg.shown(k, k + 1)))


def _quoted_literal(text, k, end):
    """Is the mark quoted alone, ``" : "`` or ``' ,'``?  It may be a literal (a separator) whose space
    means something, or two quotations around a mark (``“free” : “fair”``): no safe fix."""
    if not k or text[k - 1] not in _QUOTE_PAIRS:
        return False
    close = _QUOTE_PAIRS[text[k - 1]]
    return text.startswith(close, end) or text.startswith(" " + close, end)


def _ratio(text, k, end):
    """``3 : 1`` (a ratio, a score) and ``I : v : 95`` (act, scene, line): numerals both sides; two
    Roman numerals only of different case (``what I did : I went`` is prose)."""
    w = k
    while w > 0 and text[w - 1].isalnum():
        w -= 1
    start = end + 1 if text[end:end + 1] == " " else end
    right = _NUMERAL.match(text, start)
    if not right or not _NUMERAL.fullmatch(text, w, k):
        return False
    if right.end() < len(text) and text[right.end()].isalnum():
        return False
    left, right = text[w:k], right.group()
    return not (left.isalpha() and right.isalpha() and left.isupper() == right.isupper())


def _all_navigation(seg) -> bool:
    """Is the whole segment navigation (a menu's or a sidebar's item, a lone link), not prose with a link in it?"""
    text = seg.text
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    return any(a <= first and last <= b for a, b in seg.navigation)


def _production(seg, k, end):
    """``LINE_COMMENT :`` or ``<em>MetaItem</em> :`` opening its line, then nothing or code: a grammar's rule (the
    Rust Reference's lexer and syntax), named by an identifier with ``_`` or a digit, or by one in camel case set
    in italics.  (``GitHub :``, ``Usage :``, ``NOTE :`` and ``Install PostgreSQL :`` are French spacing.)"""
    text = seg.text
    rest = text[end:end + 3].lstrip(" ")
    if rest[:1] not in ("\n", "", PLACEHOLDER):
        return False
    w = k
    while w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_"):
        w -= 1
    name = text[w:k]
    if not name or text[text.rfind("\n", 0, w) + 1:w].strip():
        return False
    if any(c == "_" or c.isdigit() for c in name[1:]):
        return True
    at = seg.offset(k)
    italic = seg.source[max(0, at - 5):at].endswith(("</em>", "</i>"))
    return italic and any(a.islower() and b.isupper() for a, b in zip(name, name[1:]))


def _json_key(text, k, end):
    """``"node" : "^12"``: a quoted key of one token, then a value."""
    if text[k - 1] != '"':
        return False
    q = text.rfind('"', max(0, k - 40), k - 1)
    return q >= 0 and not any(c.isspace() for c in text[q + 1:k - 1]) and bool(_JSON_VALUE.match(text, end))


_NAMED_BETWEEN = frozenset(("or", "and", ",", "/", "to", "…", "...", "and then"))  # between two marks named


def _space_inside_quotes(seg):
    text = seg.text
    open_quote = False  # a “ seen and not closed yet: a second “ closes it (``“From “``)
    listed = around_a_symbol(text)  # `“*„ ”*”`: quote pairs listed
    for m in _CURLY_QUOTE.finditer(text):
        q = m.start()
        if q in listed:
            continue
        closing_typed_as_opening = m.group() == "“" and (open_quote or q and text[q - 1].isalnum())
        # ``the ”name” attribute`` (gtk-doc): an opening quote typed as ``”``, right before its word
        opening_typed_as_closing = m.group() == "”" and not open_quote and text[q + 1:q + 2].isalnum()
        # a ” that no “ opened, alone between spaces after a word, is named (LaTeX's `will no longer produce ''`); after
        # a sentence's mark it closes a quotation opened another way (MT's `'It is not normal, ” she said`)
        named = m.group() == "”" and not open_quote and not text[q + 1:q + 2].strip() and \
            text[max(0, q - 8):q].rstrip(SPACES)[-1:].isalnum()
        open_quote = m.group() == "“" and not closing_typed_as_opening or opening_typed_as_closing
        if opening_typed_as_closing or named:
            continue
        if m.group() == "”":
            k = q
            while k > 0 and text[k - 1] in SPACES:
                k -= 1
            if k == q or k == 0 or text[k - 1].isspace() or q - k > 2 or text[k - 1] == ":":
                continue  # (``“f-string: ”``: a literal prefix, its space part of it)
            span, where = (k, q), "before the closing quote `”`"
        else:
            if closing_typed_as_opening:
                continue  # ``“From “ in``: its space is inside the quotation
            k = q + 1
            while k < len(text) and text[k] in SPACES:
                k += 1
            if k == q + 1 or k == len(text) or text[k].isspace() or k - q - 1 > 2:
                continue
            span, where = (q + 1, k), "after the opening quote `“`"
        # the marks named (`“ or ”`) and a space or a symbol quoted (`“ - ”`) are no quotation; a space on one
        # side only (`“ constructor”`, `“Example ”`: a literal with its space, French spaces both): an editor's
        inner = quoted_text(text, q, m.group() == "“")
        both = bool(inner) and inner[0] in SPACES and inner[-1] in SPACES  # French spaces both sides
        if both and (inner.strip() in _NAMED_BETWEEN or len(inner.strip()) < 2):
            continue
        problem = seg.problem(*span, "TQ102", f"{space_name(text[span[0]:span[1]])} {where} (French spacing)", "")
        yield problem if both else as_unsafe(problem)
