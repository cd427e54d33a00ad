"""How French a lowercase word is, from how often French and English use it (no rule of its own).

Tables, the first two built by ``scripts/build_untranslated_data.py`` from wordfreq's lists:

``french_word_frequencies.tsv``  a word's Zipf frequency in French and in English: `maisons` 4.8 / 1.8
                                 is French, `iphone` 4.3 / 4.4 is not.  Read group by group (words
                                 sharing their first three letters).
``french_trigrams.tsv``          how many French and English words hold each letter trigram: a
                                 spelling model for the words the first table lacks.  `fraieront`
                                 spells like French, `getxattr` and `knoooooowww` like nothing.
``french_endings.tsv``           French inflectional and derivational endings (written by hand): a
                                 rare word's family in the first table, or an ending no English
                                 word has (``relative``).

``verdict`` sorts a word the English word list lacks into French, leaning French, English, not a
word of either (code, a handle, another language), or unknown: a rare word that spells like French,
left to the language identifier.  ``evidence`` weighs one word for or against French, for a run of
words or a sentence.  ``relative`` finds a French word of a rare word's family (`targueront`: `targuer`),
without which a rare word is not flagged alone (`coupestibles`, `riplais`: puns, dialect, Elvish
spell like French too).  None of them loads the language identifier.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache

from ..common import DATA_DIR, Pattern, Table
from .grouped import GROUP as _GROUP, GroupedRows

WORDS = Table("french_word_frequencies.tsv", key="word", order="plain", reason="fr_zipf")
TRIGRAMS = Table("french_trigrams.tsv", key="trigram", order="plain", reason="fr_types")
ENDINGS = Table("french_endings.tsv", key="ending", order="plain", choices={"english": ("yes", "no")})

# verdicts
FRENCH, LEANING, ENGLISH, NEITHER, UNKNOWN = "french", "leaning", "english", "neither", "unknown"

FRENCH_MARGIN = 1.0  # fr_zipf - en_zipf from which a listed word is French (10 times commoner) ...
RARE_IN_ENGLISH = 1.5  # ... when English hardly uses it; English jargon and loans (`performant` 3.6 / 1.9,
KNOWN_MARGIN = 2.5  # `repos`, `vide`) need this margin (`semaine` 5.4 / 1.7, `environ` 5.2 / 2.2 have it)
LEANING_MARGIN = 0.3  # ... leans French: joins a run of French words, never flagged alone
SPELLING_LLR = 0.0  # mean log-likelihood ratio per trigram, French against English, of a French spelling
SPELLING_FLOOR = -2.65  # mean log-probability per trigram under French below which a word spells like nothing
ACCENTED_FLOOR = -3.6  # the same for a word with French accents (typos too: `stratgème`, `slovéquie`)
# English prefixes before an English word: `reraise`, `unsubscribe`, `prebuilt` (rare words only)
PREFIXES = ("counter", "inter", "multi", "super", "under", "anti", "over", "semi", "mis", "non", "out", "pre",
            "sub", "re", "un")
ACCENTS = frozenset("àâæçéèêëîïôœùûüÿ")
STEM = 4  # a stem before a French ending: four letters at least (`targu|eront`; not `sez`, `uniq`)
FAMILY_PREFIX, FAMILY_TAIL = 5, 5  # or the same first letters: all but the last five, five at least
_SMOOTH, _ALPHABET = 0.1, 46


@lru_cache(maxsize=1)
def _body() -> tuple:
    """The frequency table, UTF-8 encoded, and where its rows start (after the header): groups of rows
    sharing their first three letters.  Kept as bytes: a short text decodes the few groups it reads, not
    the whole file (which costs more than all its look-ups); and not sliced, which would copy 850 kB."""
    with open(os.path.join(DATA_DIR, WORDS.name), "rb") as handle:
        data = handle.read()
    return data, data.index(b"\n", data.index(b"word\tfr_zipf")) + 1


_ROWS = GroupedRows(_body)
_groups = _ROWS.groups  # the frequency table's groups of rows, by their first three letters


@lru_cache(maxsize=None)
def _group_text(key: str) -> str:
    """A line break, then the rows of a group (each group asked for once)."""
    return "\n" + _ROWS.group(key)


@lru_cache(maxsize=None)
def _group(key: str) -> dict:
    """The rows of a group, read: ``{word: (French, English)}`` (``relative`` reads them all)."""
    rows = {}
    for line in _group_text(key).split("\n"):
        word, _, rest = line.partition("\t")
        if rest:
            fr, _, en = rest.partition("\t")
            rows[word] = (float(fr), float(en))
    return rows


@lru_cache(maxsize=65536)
def zipf(word: str):
    """(French, English) Zipf frequency of a lowercase word, or None when the table lacks it: ``_group``'s, from
    its row alone (a long text asks about words of a thousand groups, and reading all their rows cost more than
    the rest of the classifying of its words)."""
    group = _group_text(word[:_GROUP])
    start = group.find(f"\n{word}\t")
    if start < 0:
        return None
    start += len(word) + 2
    end = group.find("\n", start)
    fr, _, en = group[start:len(group) if end < 0 else end].partition("\t")
    return float(fr), float(en)


def commoner_in_french(word: str, by: float = 1.0) -> bool:
    """Is a lowercase word at least ``by`` Zipf commoner in French than in English (1.0: ten times)?"""
    row = zipf(word)
    return row is not None and row[0] - row[1] >= by


@lru_cache(maxsize=1)
def _trigram_model():
    """``{trigram: (French, English)}`` and, in each language, the counts summed by the first two letters."""
    counts, ctx_fr, ctx_en = {}, {}, {}
    with open(os.path.join(DATA_DIR, TRIGRAMS.name), encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for line in lines:  # 17,000 rows, read once (by the first rare word): one read, the two sums unrolled
        if line.startswith(("#", "trigram\t")) or not line.strip():
            continue
        gram, fr, en = line.split("\t")
        fr, en = int(fr), int(en)
        counts[gram] = (fr, en)
        ctx_fr[gram[:2]] = ctx_fr.get(gram[:2], 0) + fr
        ctx_en[gram[:2]] = ctx_en.get(gram[:2], 0) + en
    return counts, (ctx_fr, ctx_en)


@lru_cache(maxsize=65536)
def spelling(word: str) -> tuple:
    """(mean log-likelihood ratio French/English, mean log-probability under French) per trigram."""
    counts, (ctx_fr, ctx_en) = _trigram_model()
    text = f"^{word}$"
    grams = [text[i:i + 3] for i in range(len(text) - 2)]
    ratio = french = 0.0
    for gram in grams:
        fr, en = counts.get(gram, (0, 0))
        p_fr = math.log((fr + _SMOOTH) / (ctx_fr.get(gram[:2], 0) + _SMOOTH * _ALPHABET))
        p_en = math.log((en + _SMOOTH) / (ctx_en.get(gram[:2], 0) + _SMOOTH * _ALPHABET))
        ratio += p_fr - p_en
        french += p_fr
    return ratio / len(grams), french / len(grams)


def spells_french(word: str) -> bool:
    ratio, french = spelling(word)
    if ACCENTS.intersection(word):
        return french >= ACCENTED_FLOOR
    return ratio >= SPELLING_LLR and french >= SPELLING_FLOOR


@lru_cache(maxsize=65536)
def verdict(word: str, english=None) -> str:
    """French, leaning, English, neither or unknown, for a lowercase word (or hyphenated compound)
    of French letters that the English word list lacks; ``english(part)``: is a part of a compound
    in that list."""
    if "-" in word:
        return _compound(word, english)
    if word[-1] in "sx" and _english_row(word[:-1]):
        return ENGLISH  # `bosons`, `repos`: the plural of an English word the word list lacks
    row = zipf(word)
    if row is not None:
        fr, en = row
        margin = round(fr - en, 1)  # the table's one decimal: 4.1 - 1.6 is 2.5
        if margin >= FRENCH_MARGIN and (en < RARE_IN_ENGLISH or margin >= KNOWN_MARGIN):
            return FRENCH
        return LEANING if margin >= LEANING_MARGIN else ENGLISH
    ratio, french = spelling(word)
    if len(word) < 3:
        return NEITHER
    if ACCENTS.intersection(word):
        if "ü" in word and _GERMAN_U.search(word):
            return NEITHER  # ü after a consonant is German (`prüfen`, `grün`): French writes it after a vowel or g
        return FRENCH if french >= ACCENTED_FLOOR else NEITHER  # (`Saül`, `Emmaüs`, `aigüe`)
    if ratio < SPELLING_LLR or french < SPELLING_FLOOR:
        return NEITHER
    if english is not None and any(word.startswith(p) and len(word) - len(p) >= 4 and english(word[len(p):])
                                   for p in PREFIXES):
        return ENGLISH
    return UNKNOWN


def _english_row(word: str) -> bool:
    row = zipf(word)
    return row is not None and row[1] >= row[0]


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_GERMAN_U = Pattern(r"(?<![aeiouyg])ü")  # French writes ü after a vowel or g only (a diaeresis: heard apart)
_INVERSIONS = ("-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles")  # French questions and inserted clauses
_RANK = {FRENCH: 4, UNKNOWN: 3, LEANING: 2, NEITHER: 1, ENGLISH: 0}


def _compound(word: str, english) -> str:
    """`ex-femme`, `celui-ci`, `explique-t-on`: the most French of the parts of three letters or more
    (`t`, `on`, `ci` decide nothing alone), English when every part is English or short."""
    parts = word.split("-")
    if any(len(p) < 3 and ACCENTS.intersection(p) for p in parts) or word.endswith(_INVERSIONS):
        return FRENCH  # `là-bas`, `ceux-là`, `explique-t-il`
    long = [p for p in parts if len(p) >= 3]
    found = [ENGLISH if english is not None and zipf(p) is None and english(p) else verdict(p, english) for p in long]
    judged = list(zip(long, found))
    if any(v == ENGLISH and len(p) >= 4 for p, v in judged) and all(len(p) <= 3 for p, v in judged if v != ENGLISH):
        return ENGLISH  # an English word with a short French-looking one: `build-aux` (a directory), not `porte-parole`
    if any(_VOWELS.isdisjoint(p) for p in long) and not ACCENTS.intersection(word):
        return NEITHER  # a part with no vowel is no word: a name in code (`vue-npm`, `des-cbc`), not French
    return max(found, key=_RANK.get, default=ENGLISH)


def evidence(word: str) -> float:
    """How French one lowercase word is, from -3 (English) to 3 (French): fr_zipf - en_zipf for a
    listed word, the spelling model's verdict otherwise."""
    row = zipf(word)
    if row is not None:
        return max(-3.0, min(3.0, row[0] - row[1]))
    if "-" in word:
        return max((evidence(p) for p in word.split("-") if len(p) >= 3), default=0.0)
    return 1.5 if spells_french(word) else -1.5


@lru_cache(maxsize=1)
def _endings() -> tuple:
    """The endings of ``french_endings.tsv``, longest first, then the empty one (a bare stem); those no
    English word has; and all of them as a set."""
    rows = sorted(ENDINGS.rows, key=lambda row: len(row.ending), reverse=True)
    endings = (*(row.ending for row in rows), "")
    return endings, tuple(row.ending for row in rows if row.english == "no"), frozenset(endings)


@lru_cache(maxsize=4096)
def relative(word: str):
    """What makes a rare word (one the frequency table lacks) French enough to be flagged alone, or None:
    an ending no English word has (`pustuleux`: `-eux`), or a French word of the table of its family,
    the same stem (four letters or more) before another French ending (`targueront`: `targuer`,
    `traitai`: `traitaient`), or the same first letters, all but the last five and five at least
    (`renait`: `renaît`); a word French uses (``verdict`` French or leaning).  Of a compound, what makes
    any of its parts French (`lanceraient-rockets`)."""
    if "-" in word:
        return next(filter(None, (relative(p) for p in word.split("-") if len(p) >= STEM)), None)
    endings, french_only, known = _endings()
    ending = next((e for e in french_only if word.endswith(e) and len(word) - len(e) >= STEM), None)
    if ending:
        return "-" + ending
    rows = [w for w, (fr, en) in _group(word[:_GROUP]).items()
            if w != word and round(fr - en, 1) >= LEANING_MARGIN]
    if not rows:
        return None
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            stem = word[:len(word) - len(ending)]
            for other in rows:
                if other.startswith(stem) and other[len(stem):] in known:
                    return other
    n = max(FAMILY_PREFIX, len(word) - FAMILY_TAIL)
    return next((other for other in rows if other.startswith(word[:n])), None) if n < len(word) else None
