"""A French label left in a menu path of English prose: `Go to Réglages → Outils`, `(Paramètres > Affichage)`.

Documentation names the way to a setting as a path of the interface's labels, joined by arrows.  Machine-translated
documentation of a French interface keeps their French names there, capitalised, where the sentence reader
(``classify``) takes a capitalised word for a name.  An item of a path (a capitalised run beside an arrow: ``→``,
``->``, ``⇒``, ``›``, a spaced ``>`` or ``»``) that reads surely as a French label (``labels.french_label``:
`Réglages`, `Mise à jour`, not `Général`, `Administration`) is reported, as a bold label is (``emphasis``): TQ403 for
a word, TQ402 for several, where the sentence names a thing of an interface (``of_an_interface``).

Evidence: stop 51's fresh machine-translated documentation (Jeedom's plugin pages write their menus as paths,
`Administration → D'actualité`; that item, an MT garble, reads as no label).
"""

from __future__ import annotations

from ..common import Pattern
from .labels import french_label
from .lexicon import is_english

ARROWS = ("→", "->", "⇒", "›", "»", " > ")  # (exemptions' parenthesised paths read the same)
_ARROW = Pattern(r"[ \u00a0]*(?:→|->|⇒|›|(?<= )[>»](?= ))[ \u00a0]*")
_WORD = Pattern(r"[\w'’-]+")
_MOST = 5  # words in an item
_NEAR = 240  # characters around an arrow where its sentence is read


def path_labels(seg):
    """``(start, end, code, message)`` of each surely French item of a menu path in ``seg``: of the items that may
    stand before and after each arrow (the words up to it, up to five, opening with a capital), the longest that
    reads surely as a French label, where the sentence names a thing of an interface."""
    text = seg.text
    if not any(arrow in text for arrow in ARROWS):
        return
    seen = set()
    for m in _ARROW.finditer(text):
        # (the line near the arrow only: a line of thousands of arrows is read in linear time)
        line_start = text.rfind("\n", max(0, m.start() - _NEAR), m.start()) + 1 or max(0, m.start() - _NEAR)
        line_end = text.find("\n", m.end(), m.end() + _NEAR)
        line_end = line_end if line_end >= 0 else min(len(text), m.end() + _NEAR)
        before = [w.span() for w in _WORD.finditer(text, max(line_start, m.start() - 80), m.start())][-_MOST:]
        after = []
        for w in _WORD.finditer(text, m.end(), min(line_end, m.end() + 80)):
            if after and text[after[-1][1]:w.start()].strip(" \u00a0"):
                break  # (a mark between: the item ends)
            after.append(w.span())
            if len(after) == _MOST:
                break
        if before and text[before[-1][1]:m.start()].strip(" \u00a0"):
            before = []
        if not of_an_interface(text, line_start, line_end, m.start()):
            continue  # (`Paris → Lyon → Marseille`, `Nice → Col de la Bonette → Briançon`: a route, no menu)
        items = [(before[k][0], before[-1][1]) for k in range(len(before))]  # longest first
        items += [(after[0][0], after[k][1]) for k in range(len(after) - 1, -1, -1)] if after else []
        for i, j in _longest_labels(text, items):
            if (i, j) not in seen:
                seen.add((i, j))
                yield i, j, *(("TQ402", "Untranslated French label in a menu path") if " " in text[i:j] else
                              ("TQ403", f"Untranslated French word `{text[i:j]}` (a label in a menu path)"))


def _longest_labels(text, items):
    """The items (each side's, longest first) that open with a capital, neither end with an English word, and read
    surely as a French label as a whole; of those, the ones no other holds."""
    found = []
    for i, j in items:
        words = text[i:j]
        if not words[:1].isupper() or is_english(words.split()[0].lower()) or \
                " " in words and is_english(words.split()[-1].lower()):
            continue  # (`Rechercher et remplacer opens it`: the English sentence goes on after the label)
        label = french_label(words)
        if label is not None and label.sure and label.start == 0 and label.end == len(words):
            found.append((i, j))
    return [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]


def of_an_interface(text: str, line_start: int, line_end: int, k: int) -> bool:
    """Does the sentence of the arrow at ``text[k]`` name a thing of an interface (a verb of acting on one, a noun
    naming one: ``word_order.tsv``'s label-verb and label-noun rows, or a verb or noun of finding one's way in it:
    `Go to`, `open`, `Settings`)?"""
    start = max(line_start, k - 200, *(text.rfind(mark, line_start, k) + 1 for mark in ".!?"))
    ends = [e for e in (text.find(mark, k, line_end) for mark in ".!?") if e >= 0]
    words = _LOWER.findall(text[start:min(ends, default=min(line_end, k + 200))].lower())
    return any(w in _NAVIGATION or names_an_interface(w) for w in words) or "go to" in " ".join(words)


def names_an_interface(word: str) -> bool:
    """Is the lowercase ``word`` a verb of acting on a thing of an interface or a noun naming one, or its plural
    (``word_order.tsv``'s label-verb and label-noun rows: `click`, `tab`, `buttons`)?"""
    from ..calques.word_order import exceptions

    verbs, nouns = exceptions()["label-verb"], exceptions()["label-noun"]
    return word in verbs or word in nouns or word[-1:] == "s" and word[:-1] in nouns


_LOWER = Pattern(r"[a-z]+")
_NAVIGATION = frozenset("open navigate settings preferences options page section".split())  # (a path's own verbs)
