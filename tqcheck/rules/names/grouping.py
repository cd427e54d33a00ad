"""Which spellings are one name, and which of them to prefer (no rule): TQ202's algorithm, shared by
the check of one document (``clusters``) and the check across the files of a run (``clusters_run``).

No list: capitalised words are grouped by a loose transliteration key (``keys.loose_key``) and kept
together only when rapidfuzz finds them close and their neighbouring names do not show two people.
"""

from __future__ import annotations

from .keys import french_marked, loose_key, strip_accents, translit_key

NO_PREFERENCE = ("no spelling is the known English one or clearly the usual one here: check which is right "
                 "and use it throughout")


def group_spellings(spellings, neighbours):
    """Groups of spellings of one name: same loose key, close by rapidfuzz, neighbours compatible.
    ``spellings``: spelling -> uses; ``neighbours``: spelling -> the capitalised words beside it."""
    by_key: dict[str, list] = {}
    for word in spellings:
        by_key.setdefault(loose_key(word), []).append(word)
    out = []
    for words in by_key.values():
        if len(words) < 2:
            continue
        words.sort(key=lambda w: (-spellings[w], w))
        group = [words[0]]
        for w in words[1:]:
            a, b = strip_accents(w.lower()), strip_accents(group[0].lower())
            if a == b:
                continue  # accents or case only (Chávez / Chavez): not a transliteration, often two sources
            if len(w) < 5 and translit_key(w) == translit_key(group[0]):
                continue  # a short word differing by y/i alone (July / Juli) is too weak a sign
            if translit_key(w) != translit_key(group[0]) and not _close(a, b):
                continue  # one transliteration (Bakhmout / Bakhmut) needs no similarity score
            if not _same_entity(w, group, neighbours):
                continue
            group.append(w)
        if len(group) > 1:
            out.append(group)
    return out


def _close(a: str, b: str) -> bool:
    """Loose-key matches (Kharkov / Kharkiv) must also be close by rapidfuzz's indel similarity."""
    from rapidfuzz.distance import Indel  # imported only here: a 7 ms import most documents never need

    return Indel.normalized_similarity(a, b) >= 0.7


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
                     lambda w: all(v == w or french_marked(v, w) for v in group)):
        for w in group:
            if evidence(w):
                return w, w
    top = min(group, key=lambda w: (-counts[w], first[w]))
    return (top if _clear_majority(top, group, counts) else None), top


def _clear_majority(best, group, counts) -> bool:
    """Is ``best`` used so much more than the others that it is the text's spelling?  Three uses at
    least and twice any other: 2 against 1 (Pompei, Pompeii) or a tie is no evidence."""
    return counts[best] >= 3 and all(counts[best] >= 2 * counts[w] for w in group if w != best)
