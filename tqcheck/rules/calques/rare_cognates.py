"""TQ307 rare-cognate: a word English hardly uses whose French twin is common (`juridical`, `medicaments`).

Most lexical calques of MT are one-offs that no list names; many keep the French word's shape, and a French
word's shape turns into an English word that exists but that English writers do not use: *juridique* →
`juridical` (legal), *compétences* → `competences` (skills), *touristique* → `touristic`, *médicaments* →
`medicaments` (drugs), *les violences* → `violences`.  ``rare_cognates.tsv`` lists such words with their
frequencies, built from wordfreq's English and French lists by ``scripts/build_rare_cognates.py`` (a French
derivational ending and its English twin: -ité/-ity, -ique/-ic, -ical…): English uses the word at most once in
2.5 million words, French its twin twenty times as often.  So the rule generalises past its examples: a
word no one listed by hand is flagged because of how the two languages use it.

Left alone: a word capitalised inside a sentence (a name), joined to code or a path (`partials/`, `$urbanism`,
`canonic(`), after or before a French function word (`d'exportation`: a French passage, TQ4xx's), and where another
calque rule of the family speaks of the same words (`touristic`, TQ302's row, with its suggestions).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .. import Rule
from ..common import CODE_MARKS, Table, previous_word, sentence_start
from ..common.keywords import Keywords, keyword_text
from ..untranslated.lexicon import cues
from ..untranslated.tokens import technical
from .token_table import CALQUES, CODES, SPEAK_FIRST, unless_named

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
        before="The firm looks for new competences, and its lawyers give juridical advice.",
        after="The firm looks for new skills, and its lawyers give legal advice.",
        fix="none: the English word depends on the sentence (`juridical` may be legal or judicial); the message "
        "says how often English and French use each form.",
        data=("rare_cognates.tsv",),
    ),
]

RARE_COGNATES = Table("rare_cognates.tsv", key="word", order="plain", reason="reason",
                      choices={"keep": ("yes", "no")}, required=("french", "en_zipf", "fr_zipf"))
_LIST_MARK = frozenset("-*+•–")


@lru_cache(maxsize=1)
def words() -> dict:
    """word -> (French twin, its per-million frequency in English, in French), the rows kept."""
    return {r.word: (r.french, _per_million(r.en_zipf), _per_million(r.fr_zipf))
            for r in RARE_COGNATES.rows if r.keep == "yes"}


KEYWORDS = Keywords(words)  # declared at import: the long texts' one-pass scan


def _per_million(zipf: str) -> float:
    return 10 ** (float(zipf) - 3)


def _rate(per_million: float) -> str:
    """`1 in 3,000,000 words`: a frequency as a reader reads it."""
    every = 1e6 / per_million
    step = 10 ** max(0, len(str(int(every))) - 2)
    return f"1 in {round(every / step) * step:,.0f} words"


def _joined(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` part of something larger: a longer word (a compound, decomposed accents: the keyword scan
    finds where a word starts), code, a path or a handle (``untranslated.tokens.technical``, a code mark before)?"""
    before = text[i - 1] if i else " "
    after, then = (text[j], text[j + 1:j + 2]) if j < len(text) else (" ", "")
    if after.isalnum() or unicodedata.combining(after) or unicodedata.combining(before) or \
            after in "-'’`" and then.isalpha():
        return True  # `cessionary`, `juridical-advice`, `re\u0301cession`
    return before in CODE_MARKS or after in "/\\" or technical(text, i, j) is not None


def _first(text: str, k: int) -> bool:
    """Does a sentence, a quotation or a list item start at ``text[k]``?"""
    if sentence_start(text, k):
        return True
    line = text[text.rfind("\n", 0, k) + 1:k].strip(" \t\u00a0\"“«‘'(")
    return line in _LIST_MARK or line[:-1].isdigit() and line[-1:] in ".)"


def _in_french(low: str, i: int, j: int) -> bool:
    """Is ``low[i:j]`` (lowercased) next to a French function word (``french_cues.tsv``: `d'exportation`, `la
    concurrence`): in a French passage, TQ4xx's, not an English word of French shape?"""
    before, after = cues().get(previous_word(low, i), ("",))[0], low[j:j + 20].split()
    if before in ("strong", "weak") or before == "elision" and low[i - 1:i] in "'’":  # (not `the city's`)
        return True
    return bool(after) and cues().get(after[0].strip(",;:.!?"), ("",))[0] in ("strong", "weak")


def _candidates(seg):
    text, scan = seg.text, keyword_text(seg)
    table = words()
    for k, n in scan.positions(KEYWORDS):
        j = k + n
        if _joined(text, k, j):
            continue
        word = text[k:j]
        if not word.islower() and not (word[0].isupper() and word[1:].islower() and _first(text, k)):
            continue  # a name (`Concurrence`), an acronym
        if not _in_french(scan.low, k, j):
            yield k, j, table[word.lower()]


def check(doc, ctx):
    deferred = [code for code in CODES if ctx.enabled(code)]  # the family's rules that speak first, when on
    for seg in doc.segments:
        candidates = list(_candidates(seg))
        if not candidates:
            continue
        problems = [seg.problem(k, j, "TQ307", f'"{seg.text[k:j]}" is rare in English ({_rate(en)}), its French twin '
                                f"*{french}* common ({_rate(fr)}): a calque of the French word?")
                    for k, j, (french, en, fr) in candidates]
        if deferred:  # where a row or an entry of the family names the words, it speaks (with its suggestions)
            named = [p for findings in SPEAK_FIRST for p in findings(seg) if p.code in deferred]
            named += [p for code in deferred for p in CALQUES.problems(seg).get(code, ())]
            problems = unless_named(named, problems)
        yield from problems
