"""TQ506 french-number-word: ``milliard(s)``, and a plural ``millions``/``billions`` after a figure.

The French word is translated with what follows it that is French too (``3 milliards d'euros``:
``3 billion euros``; ``70 billions of dollars``: ``70 billion dollars``).
Table: ``numbers_words.tsv`` (kinds ``word`` and ``currency``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import Pattern, alternation, anchor_lines, finditer_in, match_case, one_of
from . import AMOUNT, NUMBER_WORDS, S, SEP

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


def _tail_pattern() -> str:
    currencies = _words()[1]
    cur = "|".join(S.join(map(re.escape, c.split(" "))) for c in sorted(currencies, key=len, reverse=True))
    return rf"{S}(?:(?P<cur>{cur})|(?P<of>of)(?={S}(?!(?:{DETERMINERS})\b)[a-z]))"


WORD = Pattern(lambda: rf"(?P<num>(?<![\w.,])(?:{AMOUNT}){S})?\b(?P<w>{_words()[2]})\b", re.I)
# what the fix takes in after the word: a French currency (d'euros, de dollars) or "of".  Its pattern
# costs more to compile than WORD's, so it is tried only where a space and the first letter of one of
# them follow (every currency starts with d: a test checks it); it was the optional end of WORD, and
# since none of them holds a figure or a number word, WORD finds the same matches without it
TAIL = Pattern(_tail_pattern, re.I)
TAIL_LETTERS = "dDoO"
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
        tail = _tail(text, end)
        if tail is not None and tail.group("of") and has_number:
            end = tail.end("of")  # 21 millions of people: 21 million people
        elif tail is not None and tail.group("cur"):
            cur = tail.group("cur")
            norm = re.sub(S, " ", cur)
            replacement += " " + currencies.get(norm, currencies.get(norm.lower(), cur))
            end = tail.end("cur")
        start = m.start("w")
        yield seg.problem(
            start, end, "TQ506",
            f"French `{text[start:end]}`: English writes `{replacement}` (a French milliard is an English billion)"
            if key.startswith("milliard") else
            f"`{text[start:end]}` after a figure (French plural): English writes `{replacement}`",
            replacement,
        )


def _tail(text: str, end: int):
    """TAIL where the word ends at ``end``, or None."""
    if end + 1 < len(text) and text[end] in SEP and text[end + 1] in TAIL_LETTERS:
        return TAIL.match(text, end)
    return None
