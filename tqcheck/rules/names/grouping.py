"""Which spellings are one name, and which of them to prefer (no rule): TQ202's algorithm, shared by
the check of one document (``clusters``) and the check across the files of a run (``clusters_run``).

Capitalised words are grouped by a loose transliteration key (``keys.loose_key``) and kept together
only when rapidfuzz finds them close, their neighbouring names do not show two people, and they are not
two established English spellings: two words of the English word list (Catching, Caching), or a pair of
``names_distinct.tsv`` (March/Marsh, Sidney/Sydney: both in SCOWL).  A month or weekday name, and a word
in another script than Latin (the parts of one Cyrillic name share no Latin key), are never a spelling of
a name; an English word is never the spelling advised.
"""

from __future__ import annotations

from functools import lru_cache

from ..common import Table
from .keys import french_marked, loose_key, strip_accents, translit_key
from .tokens import common_among

DISTINCT = Table("names_distinct.tsv", key=("word", "other"))

NO_PREFERENCE = ("no spelling is the known English one or clearly the usual one here: check which is right "
                 "and use it throughout")


@lru_cache(maxsize=None)
def distinct_pairs() -> frozenset:
    """Pairs of established spellings never merged, as frozensets: read only when a text has two
    spellings of one key (``_established``)."""
    return frozenset(frozenset((row.word, row.other)) for row in DISTINCT.rows if row.other != "*")


@lru_cache(maxsize=None)
def never_spellings() -> frozenset:
    """Words never a spelling of a name (``other`` is `*`): read only when two spellings share a key."""
    return frozenset(row.word for row in DISTINCT.rows if row.other == "*")


def english_word(word: str) -> bool:
    """Is ``word``, in lowercase, an ordinary English word (the shipped English word list)?"""
    from ..untranslated.lexicon import is_english  # the word list, loaded by the groups asked for

    return is_english(word.lower())


def initial_words(doc, initial_only) -> set:
    """Of capitalised words seen only at sentence starts, those that are words, not names: written in
    lowercase elsewhere in the document (Will, Mark), or English words (Course, Every at the head of a
    line of verse): a name shows itself capitalised mid-sentence."""
    common = common_among(doc, initial_only)
    return common.union(w for w in initial_only if w not in common and english_word(w))


def _latin(word: str) -> bool:
    return word.isascii() or strip_accents(word).isascii()


def _by_key(spellings, distinct: bool) -> dict:
    """The spellings by loose key, in order of first use, but those not in Latin letters (Дмитрий: a key of
    Latin letters only would be empty) and, with ``distinct``, those never a spelling of a name (March,
    Sunday): ``names_distinct.tsv`` is read only for a text with two spellings of one key, since without
    them leaving its words out would leave every key with one spelling still."""
    keyed = [(word, loose_key(word)) for word in spellings if _latin(word)]
    never = never_spellings() if distinct and len({key for _, key in keyed}) < len(keyed) else frozenset()
    by_key: dict[str, list] = {}
    for word, key in keyed:
        if word not in never:
            by_key.setdefault(key, []).append(word)
    return by_key


def group_spellings(spellings, neighbours, distinct=True):
    """Groups of spellings of one name: same loose key, close by rapidfuzz, neighbours compatible, not
    two established English spellings.  ``spellings``: spelling -> uses; ``neighbours``: spelling -> the
    capitalised words beside it; ``distinct``: False to leave out the established-spellings test
    (``bench/measure_names.py --make-distinct`` mines the pairs with it)."""
    out = []
    for words in _by_key(spellings, distinct).values():
        if len(words) < 2:
            continue
        words.sort(key=lambda w: (-spellings[w], w))
        # the names: the most used spelling, and each established spelling (Pompeii beside Pompey)
        groups = [[words[0]]]
        for w in words[1:]:
            fits = [g for g in groups if _joins(w, g, neighbours)]
            if fits and distinct and all(_established(w, g) for g in fits):
                groups.append([w])
        anchors = {g[0] for g in groups}
        for w in words[1:]:  # then their spellings: the closest name of the same transliteration, else the closest
            if w in anchors:
                continue
            free = [g for g in groups if _joins(w, g, neighbours) and not (distinct and _established(w, g))]
            if len(free) > 1:
                same = [g for g in free if translit_key(g[0]) == translit_key(w)] or free
                free = [max(same, key=lambda g: _similarity(w, g[0]))]  # the first of a tie
            if free:
                free[0].append(w)
        out += [g for g in groups if len(g) > 1]
    return out


def _joins(w, group, neighbours) -> bool:
    """May ``w`` be a spelling of the name ``group`` spells (its first spelling, the most used)?"""
    a, b = strip_accents(w.lower()), strip_accents(group[0].lower())
    if a == b:
        return False  # accents or case only (Chávez / Chavez): not a transliteration, often two sources
    if len(w) < 5 and translit_key(w) == translit_key(group[0]):
        return False  # a short word differing by y/i alone (July / Juli) is too weak a sign
    if translit_key(w) != translit_key(group[0]) and not _close(a, b):
        return False  # one transliteration (Bakhmout / Bakhmut) needs no similarity score
    return _same_entity(w, group, neighbours)


def _established(word, group) -> bool:
    """Are ``word`` and the group's first spelling two established English spellings: a pair of
    ``names_distinct.tsv``, or two English words (Course, Curse)?"""
    first = group[0]
    if frozenset((word, first)) in distinct_pairs():
        return True
    return english_word(word) and english_word(first)


def _close(a: str, b: str) -> bool:
    """Loose-key matches (Kharkov / Kharkiv) must also be close by rapidfuzz's indel similarity."""
    from rapidfuzz.distance import Indel  # imported only here: a 7 ms import most documents never need

    return Indel.normalized_similarity(a, b) >= 0.7


def _similarity(w: str, v: str) -> float:
    from rapidfuzz.distance import Indel

    return Indel.normalized_similarity(strip_accents(w.lower()), strip_accents(v.lower()))


def _same_entity(word, group, neighbours):
    """Two spellings with capitalised neighbours and none in common name two people (Louis Vuitton,
    Luis Suárez); a neighbour that is itself a spelling of the other side counts as common."""
    mine = {loose_key(n) for n in neighbours.get(word, ())}
    if not mine:
        return True
    for other in group:
        theirs = {loose_key(n) for n in neighbours.get(other, ())}
        if not theirs or mine & theirs:
            return True
    return False


def preferred_spelling(group, counts, first, preferred, known):
    """(the spelling to advise or None, the spelling not reported) of a cluster: the glossary's
    preferred form, else a known English form (``known``), else the one spelling the others are French
    transliterations of (Fetisov, Fetissov), else the clear majority; with no such evidence nothing is
    advised and the most used spelling (the first, by ``first``, of a tie) is the one not reported."""
    for evidence in (preferred.__contains__, known.__contains__,
                     lambda w: all(v == w or french_marked(v, w) for v in group) and not english_word(w)):
        for w in group:
            if evidence(w):
                return w, w
    top = min(group, key=lambda w: (-counts[w], first[w]))
    advised = _clear_majority(top, group, counts) and not english_word(top)  # never "prefer Marsh"
    return (top if advised else None), top


def _clear_majority(best, group, counts) -> bool:
    """Is ``best`` used so much more than the others that it is the text's spelling?  Three uses at
    least and twice any other: 2 against 1 (Pompei, Pompeii) or a tie is no evidence."""
    return counts[best] >= 3 and all(counts[best] >= 2 * counts[w] for w in group if w != best)
