"""TQ306 article-calque: a French article kept in English, from the token-pattern rows of
``calque_patterns.tsv`` (``token_table``)."""

from __future__ import annotations

from .. import Rule
from .token_table import CALQUES

RULES = [
    Rule(
        code="TQ306",
        name="article-calque",
        severity="info",
        summary="A French article kept in English (the Italy, the President Macron said…)",
        what="Flags an article that French needs and English does not: before a country's name (`the Italy`, "
        "French *l'Italie*; `the Italy team` and `the Congo` are left alone), and the other rows of "
        "`calque_patterns.tsv` with code TQ306; `tqcheck rules TQ306` lists them.",
        why="The article marks the text as translated, and before a name it reads as a mistake.",
        before="The Italy has voted against the plan.",
        after="Italy has voted against the plan.",
        fix="unsafe: the article is removed.",
        data=("calque_patterns.tsv",),
    ),
]


def check(doc, ctx):
    return CALQUES.check(doc, "TQ306")
