"""TQ506 french-number-word: ``milliard(s)``, and a plural ``millions``/``billions`` after a figure.

The French word is translated with what follows it that is French too (``3 milliards d'euros``:
``3 billion euros``; ``70 billions of dollars``: ``70 billion dollars``).
Table: ``numbers_words.tsv`` (kinds ``word`` and ``currency``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import Pattern, alternation, anchor_lines, finditer_in, match_case
from . import AMOUNT, NUMBER_WORDS, S, one_of

RULES = [
    Rule(
        code="TQ506",
        name="french-number-word",
        severity="warning",
        summary="milliard(s), or a plural millions/billions after a figure (3 milliards, 70 billions)",
        what="Flags the French `milliard(s)` (with `d'euros`, `de dollars` after it), and `millions` or "
        "`billions` with an s right after a figure (`3 millions`, `70,3 billions`). A capitalised "
        "`Milliard` before a capitalised word, with no figure, is part of a name and not flagged.",
        why="A French milliard is an English billion; the English milliard is obsolete and unknown to "
        "most readers. After a figure English writes million and billion without an s.",
        before="The plan costs 3 milliards d'euros, after 70 billions last year.",
        after="The plan costs 3 billion euros, after 70 billion last year.",
        fix="safe: the word is translated; `milliard` always means 10^9.",
        data=("numbers_words.tsv",),
    ),
]

# after these, "3 billions of the budget" keeps its "of" (3 billion of the budget)
DETERMINERS = "the|a|an|its|their|this|these|those|his|her|our|your|my|which|whom|them|it|us|all|each|every"
YEAR = Pattern(rf"(?:1[89]|20)\d\d{S}")
CAPITALISED_NEXT = Pattern(rf"{S}[A-ZÀ-Ý]")


@lru_cache(maxsize=None)
def _words():
    """``({French word: (English, context)}, {French "of" + currency: English currency}, the words as
    one alternation)``."""
    words = {r.french: (r.english, r.context) for r in NUMBER_WORDS.where(kind="word")}
    return words, NUMBER_WORDS.mapping("french", "english", kind="currency"), alternation(words)


def _word_pattern() -> str:
    _, currencies, words = _words()
    cur = "|".join(S.join(map(re.escape, c.split(" "))) for c in sorted(currencies, key=len, reverse=True))
    return (
        rf"(?P<num>(?<![\w.,])(?:{AMOUNT}){S})?\b(?P<w>{words})\b"
        rf"(?:{S}(?P<cur>{cur})|{S}(?P<of>of)(?={S}(?!(?:{DETERMINERS})\b)[a-z]))?"
    )


WORD = Pattern(_word_pattern, re.I)
# anchors: every French number word contains "illi" (a test checks it); under re.I, i also matches İ and ı
_I = one_of("iI", "İı")  # [iIİı]
ANCHORS = (Pattern(f"l(?<={_I}l)[lL]{_I}"), Pattern(f"L(?<={_I}L)[lL]{_I}"))
SHORT_ANCHORS = (Pattern(lambda: _words()[2], re.I),)  # for a short text


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        if "illi" in text or "ILLI" in text:
            yield from _number_words(seg)


def _number_words(seg):
    text = seg.text
    words, currencies, _ = _words()
    for m in finditer_in(WORD, text, anchor_lines(text, ANCHORS, short=SHORT_ANCHORS)):
        word = m.group("w")
        key = word.lower()
        english, context = words.get(key, (None, None))
        if english is None:
            continue
        has_number = m.group("num") is not None
        if context == "after-number":
            if not has_number or YEAR.fullmatch(m.group("num")):
                continue  # millions of people; in 2012 millions of people
        if not has_number and word[0].isupper() and CAPITALISED_NEXT.match(text, m.end("w")):
            continue  # the Milliard Gargantubrain: a name
        if not has_number and key.endswith("s"):
            english += "s"  # des milliards: billions
        replacement = match_case(english, word)
        end = m.end("w")
        if m.group("of") and has_number:
            end = m.end("of")  # 21 millions of people: 21 million people
        elif m.group("cur"):
            cur = m.group("cur")
            norm = re.sub(S, " ", cur)
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
