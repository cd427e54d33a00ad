"""TQ505 currency-after-amount and TQ507 french-currency-multiplier: where the currency sign goes.

One question asked two ways: a sign written after the amount (``250 000 €``), alone or behind a
French multiplier (``3 Md€``).  Both fixes put the sign first and write the amount the English way,
or write the ISO code after it with ``currency-style = "code-after"``; both search only the lines of
a long segment that hold a sign.
Table: ``numbers_words.tsv`` (kind ``multiplier``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import Pattern, alternation, anchor_lines, finditer_in, one_of
from . import AMOUNT, CURRENCY_SIGN, NUMBER_WORDS, S, digits
from .figures import english_number

RULES = [
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
        data=("numbers_words.tsv",),
    ),
]

CODES = {"€": "EUR", "£": "GBP", "¥": "JPY"}  # currency-style = "code-after"

CURRENCY_AFTER = Pattern(
    rf"(?<![\w.,])(?P<neg>[-−]?)(?P<amount>(?:(?:{AMOUNT})[-–])?(?:{AMOUNT}))(?P<sp>{S}?)(?P<sign>{CURRENCY_SIGN})"
    rf"(?P<country>(?<=\$)(?:US|CA|AU|NZ|HK|SG)(?![A-Za-z]))?(?!\d)"  # 20 $US
)
SIGN_BEFORE = Pattern(rf"{CURRENCY_SIGN}\s*$")
_PROMPT = Pattern(r"[ \t]*[\w.@-]+:[\w~/.-]+[ \t]+\Z")  # `user:dir ` before a shell prompt's status
_IDENTIFIER = Pattern(r"[A-Za-z_][A-Za-z0-9_]*")
_RCS = Pattern(r"\$[A-Z][A-Za-z]+:[^$\n]*\Z")  # a version control keyword's opening: $Revision: 10267 $


def _variable(text: str, i: int, j: int) -> bool:
    """Does the ``$`` at ``text[i]`` name a variable: a positional format argument (``%2$d``), or a name after
    it that is code (an underscore or a digit: ``$x40``, ``$merge_commit``) or no English word (``$pid``)?
    MT glues the sign to the next word (``100 $per month``, ``8,90 $time``): those stay currency."""
    if i > 1 and text[i - 1].isdigit() and "%" in text[max(0, i - 4):i]:
        return True
    m = _IDENTIFIER.match(text, j)
    if m is None or len(m.group()) < 2:
        return False
    name = m.group()
    if "_" in name or any(c.isdigit() for c in name):
        return True
    from ..common.lexicon import lexicon
    return name.islower() and not lexicon().known(name)
RANGE_PART = Pattern(r"[^-–]+")


@lru_cache(maxsize=None)
def multipliers() -> dict:
    """French multiplier -> English word: ``{"Md": "billion", "k": "thousand", ...}``."""
    return NUMBER_WORDS.mapping("french", "english", kind="multiplier")


_SIGN = one_of("$£", "€")  # [€$£]: the signs a multiplier goes with
MULTIPLIER = Pattern(lambda: (
    rf"(?<![\w.,])(?P<neg>[-−]?)(?P<amount>{AMOUNT})(?P<sp>{S}?)(?P<mult>{alternation(multipliers())})"
    rf"{S}?(?P<sign>{_SIGN})(?!\d)"
))
# anchors on a long segment (``common.anchor_lines``): the lines with a sign, for both codes
SIGN_ANCHORS = tuple(Pattern(re.escape(sign)) for sign in "€$£¥")


def check(doc, ctx):
    after = ctx.enabled("TQ505")
    multiplied = ctx.enabled("TQ507")
    code_after = ctx.option("currency-style", "symbol-first") == "code-after"
    for seg, has_digit, _ in digits(doc):
        text = seg.text
        if not has_digit or not ("€" in text or "$" in text or "£" in text or "¥" in text):
            continue
        money = anchor_lines(text, SIGN_ANCHORS, short=())  # the lines with a currency sign
        if after:
            yield from _currency_after(seg, money, code_after)
        if multiplied and ("€" in text or "$" in text or "£" in text):
            yield from _multipliers(seg, money, code_after)


def _currency_after(seg, spans, code_after):
    text = seg.text
    for m in finditer_in(CURRENCY_AFTER, text, spans):
        sign, amount, neg = m.group("sign"), m.group("amount"), m.group("neg")
        if SIGN_BEFORE.search(text[max(0, m.start() - 2):m.start()]):
            continue  # $15 $: a sign already in front
        if sign == "$" and _PROMPT.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # `behdad:src 0$ time fc-scan`: a shell prompt and the last command's status
        if sign == "$" and not m.group("country") and _variable(text, m.start("sign"), m.end()):
            continue  # `kill -32 $pid`, `%2$d`, `SHA-1 $x40`: a shell or format variable, not dollars
        if sign == "$" and _RCS.match(text, max(0, text.rfind("$", 0, m.start("sign"))), m.start("sign")):
            continue  # `$Revision: 10267 $`: the keyword's closing sign
        number = RANGE_PART.sub(lambda part: english_number(part.group()), amount)
        country = m.group("country") or ""
        if code_after and sign in CODES:
            replacement = f"{neg}{number} {CODES[sign]}"
        else:
            replacement = f"{neg}{country}{sign}{number}"  # 20 $US: US$20
        if text[m.end():m.end() + 1].isalpha():
            replacement += " "  # 900 €per unit
        yield seg.problem(
            m.start("sign"), m.end("sign"), "TQ505",
            f"Currency sign `{sign}` after the amount (French order): English writes `{replacement.strip()}`",
            replacement, applicability="unsafe", edit=(m.start(), m.end()),
        )


def _multipliers(seg, spans, code_after):
    text = seg.text
    for m in finditer_in(MULTIPLIER, text, spans):
        sign, mult = m.group("sign"), m.group("mult")
        number = english_number(m.group("amount"))
        word = multipliers()[mult]
        if code_after and sign in CODES:
            replacement = f"{m.group('neg')}{number} {word} {CODES[sign]}"
        else:
            replacement = f"{m.group('neg')}{sign}{number} {word}"
        yield seg.problem(
            m.start("mult"), m.end("sign"), "TQ507",
            f"French amount abbreviation `{mult}{sign}` ({word}): English writes `{replacement}`",
            replacement, applicability="unsafe", edit=(m.start(), m.end()),
        )
