"""TQ602 source-copied: a word or phrase of the source copied unchanged into the translation.

The English words are read as the untranslated family reads them (``untranslated.tokens``:
``lexicon`` kinds, loan phrases of ``french_in_english.tsv`` English, particles of names part of the
name).  A target word is a copy when the source has it too (case and accents aside: ``elections``
copied from ``élections`` without its accent is one) and it is not English by the word list, a name,
an acronym, a loanword, a word both languages use alike (``config``, ``etc``) or a term that neither
frequency list has and that the identifier does not read as French (``frontend``, ``favicon``).  The source
is the evidence the monolingual rules lack: an unaccented French word (``avocats``, ``taux``) that they
must leave to a language identifier is flagged here on its own.  Copies next to each other are one finding;
a French word English also has (``pour``, ``plus``) is part of one only between two others.  Where the
untranslated family (TQ4xx) is selected and already reports the words, they are not reported again; a unit left as
its source is one TQ602, and the engine drops the TQ4xx findings inside it (``untranslated.passages``).
"""

from __future__ import annotations

from ...documents import MESSAGES
from .. import Rule
from ..common.lexicon import lexicon
from ..untranslated.classify import find, sentences
from ..untranslated.exemptions import exempt
from ..untranslated.frequencies import zipf
from ..untranslated.kept import name_heads
from ..untranslated.labels import PARTICLES, brand_or_acronym, commoner_in_french, french_whole
from ..untranslated.lexicon import (
    ACCENTS, ENGLISH, FRENCH, FRENCH_LETTERS, MAYBE, NAME, OTHER, STRONG, TOKEN, UNSURE, WEAK, fold,
    french_confidence, is_english, kind, loan_spans,
)
from ..untranslated.passages import UNCHANGED
from ..untranslated.tokens import adjacent, tokenize
from . import checked_pairs, sources_in_english, whole
from .markup import SOFTWARE_STRINGS

RULES = [
    Rule(
        code="TQ602",
        name="source-copied",
        severity="warning",
        summary="A word of the source copied untranslated into the translation (avocats, selon les syndicats)",
        what="Flags a word or a run of words of the translation that the source has too and that is not "
        "English: French function words, French words with or without their accents (`avocats`, "
        "`taux`, `élections` copied as `elections` is English and is not flagged), words the English word "
        "list lacks. Names, acronyms, loanwords (`café`, `coup d'état`) and words English shares with "
        "French (`important`, `photo`) are not flagged. A target that is its French source unchanged "
        "(`Entreprises`, `Adresse mail`: a unit left untranslated), or with the `__` that Symfony's "
        "`translation:extract` puts before a new message, is flagged whole. A catalog whose sources read as "
        "English (an `en_GB.po` of American messages) has no French to copy. The example is a bilingual TSV line.",
        why="What MT cannot translate it copies. Unaccented French looks like English to a reviewer "
        "skimming the English alone; against the source the copy is certain.",
        before="Les avocats ont recensé 300 cas.\tThe avocats identified 300 cas.",
        after="Les avocats ont recensé 300 cas.\tThe lawyers identified 300 cases.",
        fix="none: the word needs a translator.",
        data=("french_cues.tsv", "french_in_english.tsv", "english_words.txt"),
    ),
]

_FRENCHISH = (STRONG, WEAK, FRENCH, MAYBE, UNSURE)
_SYMBOLS = frozenset("*/\\=<>{}|@#~^+$")  # glued to a word, they make a term of it (`un*x`)
LEANS_FRENCH = 1.0  # Zipf margin of a word both languages use (`config`, `etc`: not copies of French)
UNKNOWN_FRENCH = 0.8  # the identifier's confidence that a word neither frequency list has is French


def check(doc, ctx):
    family, capitalised, strings = ctx.enabled("TQ4"), doc.format in SOFTWARE_STRINGS, doc.format in MESSAGES
    for pair in doc.pairs:  # (a key for a source too: checked_pairs leaves those out)
        if _pending(pair):
            yield whole(pair.target, "TQ602", "The source with the extraction prefix `__`: not translated yet")
    if doc.pairs and sources_in_english(doc):
        return  # `Coriandre seeds` in an en_GB catalog is its English source's own word
    for pair in checked_pairs(doc):
        seg, reported = pair.target, None
        if _pending(pair):
            continue  # (said above)
        if pair.source.strip() == seg.text.strip():  # unchanged: French as a whole, or a name, a shared word
            if french_whole(seg.text):  # (the engine drops the TQ4xx findings inside it: `passages`)
                yield whole(seg, "TQ602", UNCHANGED)
            continue
        for i, j, words in copies(pair.source, seg.text, capitalised):
            if exempt(doc, seg, i, j, "TQ401" if len(words) > 1 else "TQ403"):
                continue
            if family:
                reported = list(find(seg.text, strings)) if reported is None else reported  # the TQ4xx spans
                if any(a < j and i < b for a, b, _, _ in reported):
                    continue
            what = "word" if len(words) == 1 else "words"
            yield seg.problem(i, j, "TQ602", f"`{seg.text[i:j]}`: French {what} of the source copied untranslated")


def _pending(pair) -> bool:
    """Is the target its source with the ``__`` that Symfony's ``translation:extract`` gives a new message
    (``__envoyer``, ``__nav.home``)?"""
    source = pair.source.strip()
    return pair.target is not None and bool(source) and pair.target.text.strip() == "__" + source


def source_words(source: str) -> frozenset:
    """The words of the source, folded (lowercase, no accents), and the parts of an elision or a compound."""
    found = set()
    for m in TOKEN.finditer(source):
        word = fold(m.group())
        found.add(word)
        if "'" in word or "-" in word:  # l'avocat, celle-là, ajoute-t-elle
            found.update(word.replace("-", "'").split("'"))
    return frozenset(found)


def copies(source: str, text: str, labels: bool = False):
    """``(start, end, tokens)`` of each run of copied French words in ``text``.  ``labels``: the strings of a
    program (PO, XLIFF…), where a capitalised French word is the label of a button or a menu (`click Valider`,
    `the Paramètres menu`) far more often than a name: it is a copy when its lower case is a French word."""
    known = source_words(source)
    if not any(fold(word) in known and (_may_open(word) or labels and _label(word)) for word in TOKEN.findall(text)):
        return  # no word of the source here that could open a copy: nothing to cut into tokens (most messages)
    for s, e in sentences(text):
        tokens = tokenize(text, s, e)
        _unmark_names(text, tokens, known)
        loans = loan_spans(text, s, e)  # `café au lait`: English, whatever its words
        flags = [fold(t.text) in known and (_frenchish(t) or labels and _alone_label(text, tokens, k))
                 and not _glued(text, t)
                 and not any(a <= t.start < b for a, b in loans) for k, t in enumerate(tokens)]
        k = 0
        while k < len(tokens):
            if not flags[k]:
                k += 1
                continue
            j = k + 1
            while j < len(tokens) and flags[j] and adjacent(text, tokens[j - 1], tokens[j]):
                j += 1
            run = tokens[k:j]
            while run and _english(run[0]):
                run = run[1:]
            while run and _english(run[-1]):
                run = run[:-1]
            if run:
                yield run[0].start, run[-1].end, run
            k = j


def _glued(text: str, token) -> bool:
    """Is the word part of a term written with a symbol (``un*x``, ``le/la``, ``x=le``): not a word of prose?"""
    return text[token.start - 1:token.start] in _SYMBOLS or text[token.end:token.end + 1] in _SYMBOLS


def _leans_french(word: str, unknown: bool = False) -> bool:
    """Does French use ``word`` ``LEANS_FRENCH`` Zipf more than English (``unknown`` where the table lacks it)?"""
    row = zipf(word)
    return unknown if row is None else row[0] - row[1] >= LEANS_FRENCH


def _frenchish(token) -> bool:
    """A French word of the source copied: not a word both languages use alike (`config`, `etc`), nor a term
    that neither uses commonly and that does not read as French (`frontend`, `favicon`, `changelog`)."""
    if token.kind == MAYBE:
        return _leans_french(token.text.lower(), unknown=True)
    if token.kind == UNSURE and not ACCENTS.intersection(token.text.lower()):
        if "-" in token.text and not any(map(_leans_french, token.text.lower().split("-"))):
            return False  # a slug of names (`deuchnord-hermes`, a folder): no part of it a French word
        return french_confidence(token.text.lower()) >= UNKNOWN_FRENCH
    if token.kind in _FRENCHISH:
        return True
    if token.kind == OTHER:  # là, où, dû: short, accented as only French is; not code (a brand: `MétéoConcept`)
        return len(token.text) > 1 and any(c in ACCENTS for c in token.text.lower()) and \
            set(token.text.lower()) <= FRENCH_LETTERS and not token.code and not brand_or_acronym(token.text)
    return token.kind == ENGLISH and token.text[0].islower() and commoner_in_french(token.text.lower())


def _unmark_names(text, tokens, known) -> None:
    """A lowercase word the untranslated family took for part of a name (``sont`` before ``United``,
    ``électeurs`` after ``Hispanic``) is a word again when no capitalised word of that name is in the
    source: the name is the translation's, not a French name kept."""
    k, n = 0, len(tokens)
    while k < n:
        j = k
        while j + 1 < n and tokens[j + 1].kind == NAME and tokens[j].kind == NAME and adjacent(text, tokens[j], tokens[j + 1]):
            j += 1
        group = tokens[k:j + 1]
        if tokens[k].kind == NAME and not any(t.text[0].isupper() and fold(t.text) in known for t in group):
            for t in group:
                if t.text[0].islower() and fold(t.text).split("'")[0] not in PARTICLES:
                    t.kind = kind(t.text, False)[0]
        k = j + 1


def _may_open(word: str) -> bool:
    """Can a copy start or end at this word, whatever its place?  Not where English spells it alike (``_english``:
    `a`, `president`, which a translation shares with its source), nor at a name (`Europe`, `Obama`): a capitalised
    word is French only as a cue or an elision opening a sentence (`Selon`, `L'avocat`), or as an accented word
    taken for code (``_frenchish``, ``OTHER``)."""
    lower = word.lower()
    if not commoner_in_french(lower) and is_english(lower):
        return False
    if word[0].isupper():
        return kind(word, True)[0] in (STRONG, WEAK) or (len(word) > 1 and not ACCENTS.isdisjoint(lower)
                                                          and set(lower) <= FRENCH_LETTERS)
    return True


def _label(word: str) -> bool:
    """Is a capitalised word, in lower case, clearly French (`Valider`, `Paramètres`; not `Blanc`, `Paris`)?"""
    return word[:1].isupper() and kind(word.lower(), False)[0] in (STRONG, FRENCH)


def _alone_label(text: str, tokens: list, k: int) -> bool:
    """Is ``tokens[k]`` a label (``_label``) standing alone: no capitalised word beside it, nor across a particle, but
    the sentence's first (`Click Valider`, `Click Enregistrer et Fermer`; not `Le Monde`, `La Poste`, `Laurent
    Voisin`, `Carte Bleue`, `Direction Générale des Entreprises`: names of several words keep theirs)?"""
    if tokens[k].kind != NAME or not _label(tokens[k].text) or brand_or_acronym(tokens[k].text):
        return False
    if tokens[k].text in name_heads() and k + 1 < len(tokens) and tokens[k + 1].text[:1].islower():
        return False  # `the École de technologie supérieure`: an institution's name, written the French way
    run = [k]
    for step in (-1, 1):  # the capitalised words and particles beside it, a particle only before a capital
        n = k + step
        while 0 <= n < len(tokens) and adjacent(text, tokens[min(n, n - step)], tokens[max(n, n - step)]) and (
                tokens[n].text[0].isupper() or tokens[n].text in PARTICLES and 0 <= n + step < len(tokens)
                and tokens[n + step].text[:1].isupper()):
            run.append(n)
            n += step
    capitals = [n for n in run if tokens[n].text[0].isupper()]
    if len(capitals) == 1:
        return True
    if len(run) > len(capitals):  # joined by a particle: a name has a word that is no label (`Direction`); labels
        # joined so are labels, and so is the instruction's verb before them (`Click Enregistrer et Fermer`)
        verb, words = lexicon().has_class, [tokens[n] for n in capitals]
        return all(_label(t.text) or t.initial and verb(t.text.lower(), "VERB") for t in words)
    return len(capitals) == 2 and len(run) == 2 and all(
        n == k or tokens[n].initial and tokens[n].text.lower() not in PARTICLES for n in capitals)


def _english(token) -> bool:
    """A copy English also spells this way: `la`, `plus`, `important` (part of a run only between others)."""
    word = token.text.lower()
    if commoner_in_french(word):
        return False
    return token.kind == ENGLISH or is_english(word) or (
        token.kind == UNSURE and not ACCENTS.intersection(word) and len(word) < 4)
