"""TQ304, the open class: an adjective after its noun, the French order (*un service anonyme* → `a service
anonymous`, *les risques divers* → `the risks various`), for any adjective the lexicon knows.

The rows of ``calque_patterns.tsv`` name their adjectives; this rule reads the word classes instead.  It
flags a determiner, a noun and an adjective, when the adjective
- is an adjective lemma of ``english_lexicon.tsv`` with no noun, verb or adverb form (``public`` is also a
  noun, ``open`` a verb, ``richer`` no lemma), and does not end in -able, -ible, -ed or -ing (participles
  and the -able adjectives follow nouns in English: `the people involved`, `the rooms available`);
- ends the phrase: a full stop, comma or semicolon follows, or `and`, `is`, `was`, `that`… (not a
  preposition: `a place similar to`, `an environment conducive to` are English);
and the noun is a noun and no adjective or adverb, written in lower case.  ``adjective_order.tsv`` lists
what leaves the order alone: adjectives English puts after a noun (`attorney general`, `the room nearby`),
verbs whose object takes a complement (`make the tapes public`, `sell its products cheap`), and nouns that
measure the adjective (`a bit odd`, `a year old`).
"""

from __future__ import annotations

from ..common import Pattern, Table, previous_word
from ..common.lexicon import lexicon

ORDER = Table("adjective_order.tsv", key=("kind", "word"), order="plain",
              choices={"kind": ("postpositive", "complement-verb", "degree-noun", "measure-noun")})

_DETERMINERS = "the|a|an|his|her|their|its|this|these|those|our|my|your"
_CANDIDATE = Pattern(
    r"(?<![\w'’-])(?:" + "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in _DETERMINERS.split("|")) + r")"
    r" (?P<noun>[a-z]+) (?P<adj>[a-z]+)"
    r"(?=[ \t]*[.,;]|[ \t]+(?:and|is|was|has|had|which|that|will|are|were)\b)")
_PARTICIPLE = ("able", "ible", "ed", "ing")
_kinds: dict | None = None


def _exceptions() -> dict:
    """kind → its words; the complement verbs in every form."""
    global _kinds
    if _kinds is None:
        kinds: dict = {}
        for row in ORDER.rows:
            kinds.setdefault(row.kind, set()).add(row.word)
        lex = lexicon()
        kinds["complement-verb"] = {f for verb in kinds.get("complement-verb", ()) for f in lex.forms(verb, "VERB")}
        _kinds = kinds
    return _kinds


def _adjective_only(word: str, lex) -> bool:
    return (not word.endswith(_PARTICIPLE) and lex.is_lemma(word, "ADJ")
            and not any(lex.has_class(word, cls) for cls in ("NOUN", "VERB", "ADV")))


def problems(seg):
    """The segment's problems: ``(start, end, message, suggestion)`` of each noun + adjective."""
    text = seg.text
    if " " not in text:
        return
    kinds, lex = None, lexicon()
    for m in _CANDIDATE.finditer(text):
        noun, adj = m.group("noun"), m.group("adj")
        if kinds is None:
            kinds = _exceptions()
        if adj in kinds["postpositive"] or noun in kinds["degree-noun"] or noun in kinds["measure-noun"]:
            continue
        if previous_word(text, m.start()).lower() in kinds["complement-verb"]:
            continue
        if not _adjective_only(adj, lex):
            continue
        if not lex.has_class(noun, "NOUN") or lex.has_class(noun, "ADJ") or lex.has_class(noun, "ADV"):
            continue
        i, j = m.start("noun"), m.end("adj")
        yield i, j, (f"`{noun} {adj}`: an adjective after its noun, the French order (*un service anonyme*): in "
                     f"English, `{adj} {noun}`"), f"{adj} {noun}"
