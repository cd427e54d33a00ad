"""TQ304 french-word-order: French word order kept in English, from the token-pattern rows of
``calque_patterns.tsv`` (``token_table``): an adverb between a verb and its object (*il soutient
fortement le plan*), a noun phrase built the French way."""

from __future__ import annotations

from .. import Rule
from . import label_order, word_order
from .token_table import CALQUES, unless_named

RULES = [
    Rule(
        code="TQ304",
        name="french-word-order",
        severity="info",
        summary="French word order kept in English (he supports strongly the plan…)",
        what="Flags word order that English does not use and French does, where the words make the order "
        "certain: an adverb between a verb and its object (`he supports strongly the plan`, French *il soutient "
        "fortement le plan*), an adjective after its noun (`a service anonymous`, *un service anonyme*). Each "
        "named construction is a row of `calque_patterns.tsv` with code TQ304: its pattern, the uses it leaves "
        "alone, an example and its evidence; `tqcheck rules TQ304` lists them. The adjective after its noun and "
        "the adverb in -ly before the object are also read from the lexicon's word classes, for any word "
        "(`calques/word_order.py`), with the English uses they leave alone in `word_order.tsv` (`attorney "
        "general`, `make the tapes public`, `installed exactly the same way`); so is a mid-position adverb "
        "(`also`, `already`, `thus`, `again`… listed in `word_order.tsv`) between any verb and its object "
        "(`explains also my results`, `has already the budget`, *explique aussi*, *a déjà*); and an adverbial set "
        "off by commas between a verb and its object (`represents, with a volume of 15 billion euros, the third "
        "market`, *représente, avec…, le troisième*), unless English sets it off there itself (`in detail`, "
        "`for example`). In Markdown and HTML, a label set in bold or italics after the noun it names "
        "(`click the button **Save**`, `a meter *Linky*`, *le bouton **Enregistrer***) is the French order too "
        "(`calques/label_order.py`; the nouns are `word_order.tsv`'s `label-noun` rows).",
        why="English puts the adverb before the verb or after the object; the French order reads as "
        "translated, and a reader stumbles on it.",
        before="He supports strongly the plan.",
        after="He strongly supports the plan.",
        fix="none: the words must move, and only a reader knows where the sentence reads best.",
        data=("calque_patterns.tsv", "word_order.tsv", "english_lexicon.tsv", "english_function_words.tsv",
              "english_frequent_words.txt"),
    ),
]


def check(doc, ctx):
    for seg in doc.segments:
        rows = CALQUES.problems(seg).get("TQ304", [])
        yield from rows
        yield from unless_named(rows, (seg.problem(i, j, "TQ304", message, suggestion, applicability="unsafe",
                                                   severity="info")
                                       for i, j, message, suggestion in [*word_order.problems(seg),
                                                                          *label_order.problems(doc, seg)]))
