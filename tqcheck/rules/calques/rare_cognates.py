"""TQ307 rare-cognate: a word English hardly uses whose French twin is common (`juridical`, `medicaments`).

Most lexical calques of MT are one-offs that no list names; many keep the French word's shape, and a French
word's shape turns into an English word that exists but that English writers do not use: *juridique* →
`juridical` (legal), *compétences* → `competences` (skills), *touristique* → `touristic`, *médicaments* →
`medicaments` (drugs), *les violences* → `violences`.  ``rare_cognates.tsv`` lists such words with their
frequencies, built from wordfreq's English and French lists by ``scripts/build_rare_cognates.py`` (a French
derivational ending and its English twin: -ité/-ity, -ique/-ic, -ical…): English uses the word at most once in
2.5 million words, French its twin twenty times as often.  So the rule generalises past its examples: a
word no one listed by hand is flagged because of how the two languages use it.

Left alone: a word capitalised inside a sentence (a name), inside a word of code or a path (`partials/`), next
to a French function word (a French passage: TQ4xx's), and where a TQ302 entry speaks of the same words.
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import Table
from ..common.keywords import Keywords, keyword_text
from ..common.sentences import sentences_of
from .false_friends import _FINDINGS as FALSE_FRIEND_FINDINGS
from .token_table import CALQUES, unless_named

RULES = [
    Rule(
        code="TQ307",
        name="rare-cognate",
        severity="info",
        summary="A word English hardly uses whose French twin is common (juridical, medicaments, competences…)",
        what="Flags an English word that English writers rarely use and whose French look-alike French writers use "
        "often: `juridical` (*juridique*: legal), `competences` (*compétences*: skills), `touristic`, `medicaments` "
        "(*médicaments*: medicines, drugs), `specificities`, `urbanism` (*urbanisme*: town planning), "
        "`mediatization`. The words and their frequencies in English and in French are in `rare_cognates.tsv`, "
        "built from wordfreq's lists by `scripts/build_rare_cognates.py`; the message gives both.",
        why="A translation that keeps the shape of the French word reads as translated even when the word exists "
        "in English: the reader stumbles on `juridical advice` where `legal advice` is what English says. The "
        "rule covers words no hand-made list names, because it asks how often each language uses them.",
        before="The hotel is in a touristic area, and our lawyers give juridical advice.",
        after="The hotel is in a tourist area, and our lawyers give legal advice.",
        fix="none: the English word depends on the sentence (`juridical` may be legal or judicial); the message "
        "says how often English and French use each form.",
        data=("rare_cognates.tsv",),
    ),
]

RARE_COGNATES = Table("rare_cognates.tsv", key="word", order="plain", reason="reason",
                      choices={"keep": ("yes", "no")}, required=("french", "en_zipf", "fr_zipf"))
KEYWORDS = Keywords(lambda: words())  # declared at import: the long texts' one-pass scan
# French words beside a word that say the passage is French (TQ4xx's), not an English word of French shape
_FRENCH_NEIGHBOURS = frozenset("de la les des du et une aux au à pour sur dans avec est sont qui que ou".split())
_JOINS = frozenset("-_/.@#:\\")  # a word joined to another by one of these is code, a path or a handle


@lru_cache(maxsize=1)
def words() -> dict:
    """word -> (French twin, its per-million frequency in English, in French), the rows kept."""
    return {r.word: (r.french, _per_million(r.en_zipf), _per_million(r.fr_zipf))
            for r in RARE_COGNATES.rows if r.keep == "yes"}


def _per_million(zipf: str) -> float:
    return 10 ** (float(zipf) - 3)


def _rate(per_million: float) -> str:
    """`1 in 3,000,000 words`: a frequency as a reader reads it."""
    every = 1e6 / per_million
    step = 10 ** max(0, len(str(int(every))) - 2)
    return f"1 in {round(every / step) * step:,.0f} words"


def _joined(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[j] if j < len(text) else " "
    return (before in _JOINS or before.isalnum() or after.isalnum() or after in "'’/\\"
            or after in _JOINS and j + 1 < len(text) and text[j + 1].isalnum())


def _neighbours(low: str, i: int, j: int) -> tuple:
    left = low[max(0, i - 20):i].split()
    right = low[j:j + 20].split()
    return (left[-1].strip(",;:") if left else "", right[0].strip(",;:.") if right else "")


def _candidates(seg):
    text, scan = seg.text, keyword_text(seg)
    found = scan.present(KEYWORDS)
    if not found:
        return
    table, firsts = words(), None
    for k, n in scan.positions(sorted(found)):
        j = k + n
        if _joined(text, k, j):
            continue
        word = text[k:j]
        if not word.islower():
            if firsts is None:
                firsts = sentences_of(seg).firsts()
            if not (word[0].isupper() and word[1:].islower() and k in firsts):
                continue  # a name (`Concurrence`), or an acronym
        if any(w in _FRENCH_NEIGHBOURS for w in _neighbours(scan.low, k, j)):
            continue
        yield k, j, table[word.lower()]


def check(doc, ctx):
    for seg in doc.segments:
        found = list(_candidates(seg))
        if not found:
            continue
        problems = [seg.problem(k, j, "TQ307", f'"{seg.text[k:j]}" is rare in English ({_rate(en)}), its French twin '
                                f"*{french}* common ({_rate(fr)}): a calque of the French word?")
                    for k, j, (french, en, fr) in found]
        # where a false-friend entry or row names the words, it speaks (with its suggestions)
        named = [*FALSE_FRIEND_FINDINGS(seg), *CALQUES.problems(seg).get("TQ302", ())]
        yield from unless_named(named, problems)
