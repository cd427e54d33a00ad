"""What the untranslated-French classifier knows about single words (no rule of its own).

Tables: ``french_cues.tsv`` (French function words, their strength and an English gloss) and
``french_in_english.tsv`` (loanwords and set phrases English has borrowed); the word list
``english_words.txt`` (SCOWL, inflections folded, grouped by first three letters), read by
``word_list_text()`` only.  A lowercase word the list lacks is weighed by ``frequencies`` (how
often French and English use it, how it is spelled).  The language identifier (lingua,
English/French only) is built on first use, for the rare words those leave undecided (``UNSURE``):
plain English, and most French, never load it.

A word's *kind* (``kind()``) is decided here from these alone; the classifier then reads the
words around it (names, runs, sentences).
"""

from __future__ import annotations

import os
from functools import lru_cache

from ..common import DATA_DIR, Pattern, Table
from . import frequencies
from .frequencies import verdict
from .grouped import GroupedRows
from .loans import Phrases

CUES = Table("french_cues.tsv", key="word", choices={"kind": ("strong", "weak", "elision")},
             required=("english",), order="plain")
LOANS = Table("french_in_english.tsv", key="phrase", order="plain")
WORD_LIST = "english_words.txt"

# thresholds on lingua's French confidence (English/French only) for one word that the frequency table
# lacks and that spells like French (``frequencies``): the identifier is asked about these only
WORD_ALONE = 0.9  # flagged on its own
WORD_IN_RUN = 0.6  # joining a run that has a function-word cue

FRENCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ'’-")
ACCENTS = frozenset("àâæçéèêëîïôœùûüÿ")
VOWEL_OR_H = frozenset("aeiouyhàâéèêîïôûœ")

# a word: letters, inner hyphens and apostrophes.  Here and in ``loans`` and ``names.tokens`` the curly
# apostrophe is apart from the ASCII marks: a character class of more than two runs of characters with one
# above U+00FF (`[-'’]`) compiles through re's slow big-charset path, about 1 M instructions a class
TOKEN = Pattern(r"[^\W\d_]+(?:[-'][^\W\d_]+|’[^\W\d_]+)*")
ELISION = Pattern(r"(?i)(l|d|qu|n|j|c|s|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](.+)")

# word kinds: MAYBE leans French (joins a run, never flagged alone); UNSURE is left to the identifier
ENGLISH, NAME, STRONG, WEAK, FRENCH, MAYBE, OTHER, UNSURE = range(8)
_VERDICT_KIND = {frequencies.FRENCH: FRENCH, frequencies.LEANING: MAYBE, frequencies.ENGLISH: ENGLISH,
                 frequencies.NEITHER: OTHER, frequencies.UNKNOWN: UNSURE}


@lru_cache(maxsize=1)
def cues() -> dict:
    """``{word: (kind, english gloss)}`` of ``french_cues.tsv``."""
    return {row.word: (row.kind, row.english) for row in CUES.rows}


def function_word(word: str) -> bool:
    """Is a lowercase word a French function word (a strong or weak cue of ``french_cues.tsv``: ``les``, ``des``)?"""
    return cues().get(word, ("",))[0] in ("strong", "weak")


@lru_cache(maxsize=1)
def contractions() -> dict:
    """``{cue: English contraction}``: the cues English writes for a contraction without its apostrophe (`dont`)."""
    return {row.word: row.contraction for row in CUES.rows if row.contraction}


@lru_cache(maxsize=1)
def elisions() -> frozenset:
    return frozenset(w for w, (kind, _) in cues().items() if kind == "elision")


_FOLD = dict(zip("àâäáãåçéèêëíìîïñóòôöõúùûüýÿ’", "aaaaaaceeeeiiiinooooouuuuyy'"))


def fold(text: str) -> str:
    """Lowercase without accents, same length (offsets stay valid)."""
    lower = text.lower()
    if lower.isascii():
        return lower
    # what ``str.translate`` would do, a replace for each folded character the text holds: translate
    # pays a caught KeyError for each character it leaves alone (about 70,000 instructions a sentence)
    for ch in _FOLD.keys() & set(lower):
        lower = lower.replace(ch, _FOLD[ch])  # no folded character is one to fold again
    return lower


@lru_cache(maxsize=1)
def loan_phrases() -> Phrases:
    """The loan phrases of ``french_in_english.tsv``, folded, longest first: what the regex
    ``(?<![\\w'’-])(?:PHRASE|...)(?!\\w)`` would match, a content word with an optional plural (``_loan_plural``)."""
    phrases = sorted({fold(row.phrase) for row in LOANS.rows}, key=lambda p: (-len(p), p))
    cue_words = {fold(w) for w in cues()}
    # words of a phrase may be split by a comma, a hyphen or any space, a line break too (`et\ncetera`)
    return Phrases([(w, _loan_plural(w, cue_words)) for w in p.replace("-", " ").split(" ")]
                   for p in phrases)


def _loan_plural(word: str, cue_words) -> bool:
    """A content word of a loan phrase may take the plural (`crêpes`, `bêtes noires`, `nouveaux riches`,
    `faits accomplis`); short function words (`de`, `la`, `à`) never do."""
    return len(word) >= 3 and word[-1].isalpha() and (word not in cue_words or len(word) >= 4)


def is_loanword(word: str) -> bool:
    """Is this lowercase word (without accents or apostrophes) a listed loan, or a loan phrase joined by
    hyphens?  On folded text accents and case never matter."""
    return loan_phrases().fullmatch(word)


def loan_spans(text: str, s: int, e: int) -> list:
    """(start, end) of the loan phrases in ``text[s:e]``."""
    return [(s + a, s + b) for a, b in loan_phrases().spans(fold(text[s:e]))]


# ------------------------------------------------------------------ the English word list


@lru_cache(maxsize=1)
def word_list_text() -> str:
    """``english_words.txt`` as read: the one place the file is opened."""
    with open(os.path.join(DATA_DIR, WORD_LIST), encoding="utf-8") as handle:
        return handle.read()


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    """SCOWL words (``english_words.txt``), inflections folded away (see ``is_english``)."""
    text, start = _word_body()
    body = text[start:].replace("\n\n", "\n")
    if "#" in body:  # a comment below the header: line by line
        return frozenset(w.strip() for w in body.split("\n") if w.strip() and not w.startswith("#"))
    return frozenset(body.split())


_GROUP = 3  # the word list's groups: words that start with the same three letters


@lru_cache(maxsize=1)
def _word_body() -> tuple:
    """The word list and where its words start, after the header: groups of the words that share their
    first three letters.  Not sliced off the header, which would copy 400 kB."""
    text = word_list_text()
    start = 0
    while text.startswith("#", start):  # the header: the leading parts that are comments
        end = text.find("\n\n", start)
        if end < 0:
            return "", 0
        start = end + 2
    if text.find("\n\n#", start) < 0:  # no comment part below the header: the rest, not split and joined
        return text, start
    return "\n\n".join(part for part in text.split("\n\n") if not part.startswith("#")), 0


_WORDS = GroupedRows(_word_body)


@lru_cache(maxsize=None)
def word_group(key: str):
    """The English words that start with ``key`` (three letters, or a shorter word)."""
    group = _WORDS.group(key).rstrip()
    if not group.startswith(key) or not group[group.rfind("\n") + 1:].startswith(key):
        return english_words() if group else frozenset()  # not grouped as it should be: the whole list
    return frozenset(group.split())


class _WordsByGroup:
    """Membership in the English word list, loading only the groups asked for (a short text needs a
    few of them; a long one loads the whole list, see ``prefilter``)."""

    __slots__ = ()

    def __contains__(self, word: str) -> bool:
        return word in word_group(word[:_GROUP])


_WORDS_BY_GROUP = _WordsByGroup()
# English adds -es only after these (boxes, churches, heroes, chillies); `adultes`, `normes`, `celles`
# are French plurals, not English ones
_ES_BASES = ("s", "x", "z", "ch", "sh", "o", "i")
_PREFIXES = frozenset("anti co counter cyber ex inter mid mis multi neo non out over pan post pre pro re self semi sub "
                       "super ultra un under".split())


@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    """Is this lowercase word (or hyphenated compound) English by the shipped word list?"""
    words = english_words() if english_words.cache_info().currsize else _WORDS_BY_GROUP
    if word in words:
        return True
    if word.endswith(("'s", "s'")):
        return is_english(word[:-2])
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(p in _PREFIXES or is_english(p) for p in parts)
    return inflection_of_english(word, words)


def inflection_of_english(word: str, words) -> bool:
    """Is ``word`` a plural, -ed or -ing form of a word (of three letters or more) in ``words``?

    The word list was built without the forms that ``stems()`` of bench/measure_untranslated.py
    derives from a kept word; this is ``any(len(s) >= 3 and s in words for s in stems(word))``,
    unrolled (it runs on every new word), and tests/rules/untranslated/test_lexicon.py pins the two."""
    n = len(word)
    last = word[-1]
    if last == "s":
        if n > 3:
            if n > 4 and word[-2] == "e" and word[:-2].endswith(_ES_BASES) and word[:-2] in words:  # -es
                return True
            if word[-2] != "s" and word[:-1] in words:  # -s
                return True
            if n > 4 and word.endswith("ies") and word[:-3] + "y" in words:
                return True
        return False
    if last == "d":
        if n > 4 and word[-2] == "e":  # -ed, -ied
            if word[:-2] in words or word[:-1] in words:
                return True
            if word[-3] == "i" and word[:-3] + "y" in words:
                return True
            if n > 5 and word[-3] == word[-4] and word[:-3] in words:
                return True
        return False
    if last == "g" and n > 5 and word.endswith("ing"):
        base = word[:-3]
        if base in words or base + "e" in words:
            return True
        return n > 6 and word[-4] == word[-5] and word[:-4] in words
    return False


# ------------------------------------------------------------------ the language identifier

_detector = None


def _lingua():
    """English/French lingua detector, built on first use (its models load lazily)."""
    global _detector
    if _detector is None:
        from lingua import Language, LanguageDetectorBuilder

        _detector = (LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build(), Language.FRENCH)
    return _detector


def identifier_loaded() -> bool:
    """Has anything needed the language identifier yet?"""
    return _detector is not None


@lru_cache(maxsize=65536)
def french_confidence(text: str) -> float:
    """lingua's confidence (0–1) that ``text`` is French rather than English."""
    detector, french = _lingua()
    return detector.compute_language_confidence(text, french)


# ------------------------------------------------------------------ one word's kind


@lru_cache(maxsize=1 << 17)
def kind(text: str, initial: bool) -> tuple:
    """(kind, gloss, elided) of a word; ``initial``: first word of its sentence."""
    lower = text.lower().replace("’", "'")
    capital = text[0].isupper()
    cue = cues().get(lower)
    if cue is not None and cue[0] != "elision":
        if capital and not initial:
            return NAME, None, False  # Les Misérables, Elle, Il Divo
        return (STRONG if cue[0] == "strong" else WEAK), cue[1], False
    m = ELISION.fullmatch(text) if "'" in text or "’" in text else None  # compiled only for an apostrophe
    if m and m.group(1).lower() in elisions() and m.group(2)[0].lower() in VOWEL_OR_H:
        if m.group(2)[0].isupper() or (capital and not initial):
            return NAME, None, False  # d'Estaing, L'Oréal, Côte d'Ivoire
        return STRONG, cues()[m.group(1).lower()][1], True
    if capital:
        return NAME, None, False
    if not set(lower) <= FRENCH_LETTERS or "'" in lower:
        return OTHER, None, False  # Czech, Spanish, Greek…, `don't`: not French
    if is_english(lower) or lower.endswith("ing") and len(lower) > 5:
        return ENGLISH, None, False  # (-ing is English morphology; French has it only in loans: parking, camping)
    if len(lower) < 3 and lower != "à":
        return OTHER, None, False
    found = verdict(lower, is_english)
    if found != frequencies.FRENCH:
        from .spellings import edited

        if edited(lower, is_english):
            return OTHER, None, False  # `optionnal`, `recommanded`: English spelled the French way (TQ206)
    return _VERDICT_KIND[found], None, False
