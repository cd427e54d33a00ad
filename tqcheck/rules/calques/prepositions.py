"""TQ305 preposition-calque: a French preposition rendered word for word, from the token-pattern rows of
``calque_patterns.tsv`` (``token_table``)."""

from __future__ import annotations

from .. import Rule
from .token_table import CALQUES

RULES = [
    Rule(
        code="TQ305",
        name="preposition-calque",
        severity="info",
        summary="A French preposition rendered word for word (participate to, exchanged against…)",
        what="Flags a preposition that follows the French one instead of the English verb or noun: "
        "`participate to the meeting` (*participer à*: participate in), and the other rows of "
        "`calque_patterns.tsv` with code TQ305, each with the uses it leaves alone; `tqcheck rules TQ305` "
        "lists them.",
        why="English chooses the preposition by the word before it; the French choice reads as a mistake "
        "and sometimes changes the sense.",
        before="Ten countries will participate to the summit.",
        after="Ten countries will participate in the summit.",
        fix="unsafe: the preposition is replaced by the row's first suggestion.",
        data=("calque_patterns.tsv", "english_lexicon.tsv", "english_frequent_words.txt"),
    ),
]


def check(doc, ctx):
    return CALQUES.check(doc, "TQ305")
