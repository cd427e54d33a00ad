"""TQ304, the open class: French word order read from the lexicon's word classes, for any word, where the
rows of ``calque_patterns.tsv`` name their words.

- An adjective after its noun (*un service anonyme* → `a service anonymous`, *les risques divers* → `the
  risks various`): a determiner, a noun (lower case; no adjective or adverb form) and an adjective lemma
  with no noun, verb or adverb form, not in -able, -ible, -ed or -ing (participles and -able adjectives
  follow nouns in English: `the people involved`, `the rooms available`), before a full stop, comma,
  semicolon, or `and`, `is`, `that`… (not a preposition: `a place similar to` is English).
- An adverb in -ly between a verb and its object (*il défend âprement l'idée* → `defends bitterly the
  idea`): a verb with no noun or adjective form, an adverb with no adjective form, then a determiner.

``word_order.tsv`` lists what leaves either order alone: adjectives English puts after a noun (`attorney
general`, `the room nearby`), verbs whose object takes a complement (`make the tapes public`, `sell its
products cheap`), nouns that measure the adjective (`a bit odd`, `a year old`), adverbs that focus the
noun phrase after them (`installed exactly the same way`), and light verbs (`is especially the case`).
"""

from __future__ import annotations

from ..common import Pattern, Table, previous_word
from ..common.lexicon import lexicon

ORDER = Table("word_order.tsv", key=("kind", "word"), order="plain",
              choices={"kind": ("postpositive", "complement-verb", "degree-noun", "measure-noun", "focus-adverb",
                                "light-verb")})

_DETERMINER = "(?:" + "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in
                               "the|a|an|his|her|their|its|this|these|those|our|my|your".split("|")) + ")"
_ADJECTIVE_AFTER = Pattern(r"(?<![\w'’-])" + _DETERMINER + r" (?P<noun>[a-z]+) (?P<adj>[a-z]+)"
                           r"(?=[ \t]*[.,;]|[ \t]+(?:and|is|was|has|had|which|that|will|are|were)\b)")
_ADVERB_BEFORE_OBJECT = Pattern(r"(?<=[a-z] )(?P<adv>[a-z]+ly) (?=" + _DETERMINER + " )")  # the verb: looked back for
_PARTICIPLE = ("able", "ible", "ed", "ing")
_kinds: dict | None = None


def _exceptions() -> dict:
    """kind → its words (the verbs in every form), read the first time a text has a candidate."""
    global _kinds
    if _kinds is None:
        kinds: dict = {}
        for row in ORDER.rows:
            kinds.setdefault(row.kind, set()).add(row.word)
        lex = lexicon()
        for kind in ("complement-verb", "light-verb"):
            kinds[kind] = {f for verb in kinds.get(kind, ()) for f in lex.forms(verb, "VERB")}
        _kinds = kinds
    return _kinds


def _only(word: str, cls: str, others: tuple, lex) -> bool:
    return lex.has_class(word, cls) and not any(lex.has_class(word, other) for other in others)


def adjectives_after(text: str):
    """``(start, end, noun, adjective)`` of each noun followed by its adjective, the French way."""
    lex = lexicon()
    for m in _ADJECTIVE_AFTER.finditer(text):
        noun, adj = m.group("noun"), m.group("adj")
        kinds = _exceptions()
        if (adj in kinds["postpositive"] or noun in kinds["degree-noun"] or noun in kinds["measure-noun"]
                or previous_word(text, m.start()).lower() in kinds["complement-verb"]
                or adj.endswith(_PARTICIPLE) or not lex.is_lemma(adj, "ADJ")):
            continue
        if _only(adj, "ADJ", ("NOUN", "VERB", "ADV"), lex) and _only(noun, "NOUN", ("ADJ", "ADV"), lex):
            yield m.start("noun"), m.end("adj"), noun, adj


def adverbs_before_object(text: str):
    """``(start, end, verb, adverb)`` of each adverb between a verb and its object, the French way."""
    lex = lexicon()
    for m in _ADVERB_BEFORE_OBJECT.finditer(text):
        adv, end = m.group("adv"), m.start() - 1
        start = end
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue  # not a whole lower-case word
        verb = text[start:end]
        kinds = _exceptions()
        if adv in kinds["focus-adverb"] or verb in kinds["light-verb"]:
            continue
        if _only(adv, "ADV", ("ADJ", "VERB", "NOUN"), lex) and _only(verb, "VERB", ("NOUN", "ADJ"), lex):
            yield start, m.end("adv"), verb, adv


def problems(seg):
    """``(start, end, message, suggestion)`` of each French order in the segment."""
    text = seg.text
    for i, j, noun, adj in adjectives_after(text):
        yield i, j, (f"`{noun} {adj}`: an adjective after its noun, the French order (*un service anonyme*): "
                     f"in English, `{adj} {noun}`"), f"{adj} {noun}"
    for i, j, verb, adv in adverbs_before_object(text):
        yield i, j, (f"`{verb} {adv}`: an adverb between the verb and its object, the French order (*il défend "
                     f"âprement l'idée*): in English, `{adv} {verb}` or the adverb after the object"), f"{adv} {verb}"
