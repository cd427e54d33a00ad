"""A string of a software-strings file left whole in French (`Créer un sondage`, `Supprimer`, `anonyme`): TQ402
for several words, TQ403 for one.

In a PO catalog, a JSON or YAML resource, Android's ``strings.xml``… each string is a label or a message of its
own, often a word or two, capitalised: the sentence reader of ``classify`` takes a capitalised word for a name and
needs an English sentence around a French word, so an untranslated label says nothing to it.  Read as a whole, a
short string is French when its words are French by the lexicon (a French function word, an accented word, a word
French uses far more than English, even one the English word list has: `mot`, `patienter`), one English-listed
word allowed beside a French function word (`Enregistrer les modifications`).  Its first word is read in
lowercase, a string in capitals as a whole (`CRÉER UN SONDAGE`), and a capitalised word after the first stays a
name (`Bienvenue sur Framadate`).  Not flagged: a name (every word capitalised: `Île-de-France`, `Conseil
d'État`), the language's own name as a language menu writes it (`Français`), a word English also writes commonly
(`Plus`, `Date`), a loan (`Résumé`, `Rendez-vous`), an acronym (`URSSAF`).  A capitalised word alone that English
writes too (`Réunion`, `Retour`, `Adresse`: a place, a name, or a label) is French only in a file that has a surer
French string (``classify``).  ``source.copies`` (TQ602) reads a target that is its source unchanged with the
same helpers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..common import URL
from .frequencies import relative, zipf
from .lexicon import (
    ENGLISH, FRENCH, MAYBE, OTHER, STRONG, TOKEN, UNSURE, WEAK, WORD_IN_RUN, french_confidence, kind, loan_spans,
)

LONGEST = 8  # words: a longer string is a sentence, the classifier's
SHORTEST = 4  # letters of a word alone (`Mon`, `Sam`: days as a calendar abbreviates them)
NAMED = 1.5  # English Zipf from which a capitalised word alone may be a name English writes (Réunion 2.0, Éric 1.8)
SHOUTED = 4.0  # French Zipf of a word alone in capitals: a common word (SUPPRIMER 4.4), not an acronym (URSSAF 3.3)
PARTICLES = frozenset("de du des la le les et d l".split())  # of names in any language: Profesional de Hoteles
ENDONYMS = frozenset(("français", "française", "francais"))  # the language's own name, as a language menu writes it
# the French determiners that make a label of two words French whatever the second (`Votre position`): no English
# word, abbreviation nor acronym spells them (not `aux`, `ses`, `du` in capitals: AUX port, SES region, DU usage)
_OPENERS = frozenset("ces cette des les leur leurs mes mon nos notre ses son tes ton une vos votre".split())
_LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")  # `en`, `en_GB` (not `Où`, `Oui`)
FRENCH_ONLY = 2.3  # Zipf margin (French over English: 200 times commoner) of an English-listed word copied alone
RARE_ENGLISH = 4.5  # ... that English itself uses less than this (not `plus`, `son`, `car`)


class Label(NamedTuple):
    """A string read as French: its words' span, how many words, and whether it is sure (``False``: a capitalised
    word alone that English writes too, a name perhaps, which ``classify`` reports only beside a sure one)."""

    start: int
    end: int
    words: int
    sure: bool


def common_english(word: str) -> bool:
    """Does English use ``word`` commonly too, not far less than French (``plus``, ``son``, ``car``: Zipf
    ``RARE_ENGLISH`` or more, within ``FRENCH_ONLY``; not ``de``, ``la``, ``pour``, which names carry into English)?"""
    row = zipf(word)
    return row is not None and row[1] >= RARE_ENGLISH and row[0] - row[1] < FRENCH_ONLY


def commoner_in_french(word: str) -> bool:
    """`pour`, `pas`, `anonyme`, `mot`: hundreds of times commoner in French than in English, which uses it rarely."""
    row = zipf(word)
    return row is not None and row[0] - row[1] >= FRENCH_ONLY and row[1] < RARE_ENGLISH


def french_word(low: str, sort: int) -> bool:
    """Is a word (in lowercase, of lexicon kind ``sort``) French: a French word English does not write commonly, or
    one French uses hundreds of times more, even if the English word list has it (`mot`, `patienter`)?"""
    return sort in (STRONG, WEAK, FRENCH) and not common_english(low) or (
        sort in (MAYBE, ENGLISH) and commoner_in_french(low))


def words_of(text: str) -> list:
    """The words of a string (``lexicon.TOKEN``), an address's left out (`https://adresse.data.gouv.fr`, a mailbox)."""
    return list(TOKEN.finditer(URL.sub(lambda u: " " * len(u.group()), text)))


def french_whole(text: str) -> bool:
    """Is a French string shown as it is French (a target left as its source, TQ602; an untranslated unit's source,
    TQ608): a word that is French, and no name (``Entreprises``, ``Adresse mail``; not ``Contact``, ``Photo``, ``Plus``,
    ``Paris``: English has them too, or they name; not ``Le Monde`` or ``Université Paris-Saclay``, every word
    capitalised; not ``Français``, which a language menu keeps; not ``en``, a language code)?"""
    words = [m.group() for m in words_of(text)]
    if a_name(words) or len(words) == 1 and (_LANGUAGE_CODE.fullmatch(words[0]) or brand_or_acronym(words[0])):
        return False  # Le Monde, Île-de-France, Conseil d'État; a language code (`en`); `ÉTS`, `ÉTSMobile`
    return any(_french_word(w.lower()) for w in words)


def brand_or_acronym(word: str) -> bool:
    """Do capitals inside a word make it an acronym or a brand (`ÉTS`, `ÉTSMobile`, `ApplETS`), not a French word?  A
    word all in capitals that French writes commonly is a label shouted (`SUPPRIMER`)."""
    if sum(c.isupper() for c in word) < 2:
        return False
    if not word.isupper():
        return True  # `ÉTSMobile`, `ApplETS`
    row = zipf(word.lower())  # in capitals: an acronym is short, and no word French writes (not `VALIDER`)
    return len(word) <= 5 and (row is None or row[0] < SHOUTED)


def _french_word(word: str) -> bool:
    """A lowercase word that is French, not a language's name (``Français``) nor a word English writes too (Kresus's
    `Plus`); or one that neither language's list has, of a French word's family and read as French by the identifier
    (Jeedom's `Historiser`; not `Changelog`, whose family `changea` is chance, nor a brand, of no family)."""
    found = kind(word, False)[0]
    return (found in (STRONG, WEAK, FRENCH) or found == UNSURE and relative(word) is not None
            and french_confidence(word) >= WORD_IN_RUN) and word not in ENDONYMS and not common_english(word)


def offers_french(text: str) -> bool:
    """Is the text a language menu's or switch's, as short as a label and naming the French language in it: a string
    (`Passer en français`), a README's line (`Lire en français`, `🇫🇷 Version française`)?  (Not a sentence left in
    French that says `en français`.)"""
    if text.count(" ") > 2 * LONGEST or len(text.split()) > LONGEST:
        return False
    return "fran" in text.lower() and _SWITCH.search(text) is not None


# how a language switch names French: `Lire en français`, `Version française`, `Français (Canada)`
_SWITCH = re.compile(r"(?i)\b(?:en|in) fran[cç]ais\b|\bversion fran[cç]aise\b|\bfran[cç]ais \([^)]{2,20}\)")


def a_name(words) -> bool:
    """Is the string a name: several words or parts, each capitalised or a particle (`Le Monde`, `Île-de-France`)?"""
    parts = [p for w in words for p in re.split(r"[-'’]", w) if p]
    return len(parts) > 1 and all(p[0].isupper() or p.lower() in PARTICLES for p in parts)


def french_label(text: str) -> Label | None:
    """The string read as a whole, when it is French: every word French, or, beside one English-listed word or so,
    a French function word and two thirds of the words French (`Enregistrer les modifications`), or a French-only
    function word opening two words (`Votre position`)."""
    if text.count(" ") > 2 * LONGEST and len(text.split()) > LONGEST:
        return None  # a sentence (a quick test: most strings of a catalog of sentences are; padding spaces are not)
    found = [m for m in words_of(text) if len(m.group()) > 1 or m.group().lower() == "à"]  # not `(s)`'s s
    if not found or len(found) > LONGEST or len(found) == 1 and found[0].group().lower() in ENDONYMS:
        return None
    words = [m.group() for m in found]
    shouted = all(w.isupper() for w in words)  # CRÉER UN SONDAGE: read in lowercase
    if not shouted and "/" not in text and a_name(words):  # (`Oui/Non`: alternatives, not a name)
        return None
    frenchish = english = 0
    cue = content = False
    for n, word in enumerate(words):
        if n and word[0].isupper() and not shouted and text[found[n].start() - 1] != "/":
            continue  # a name inside the label: Bienvenue sur Framadate
        low = word.lower()
        sort = kind(low, False)[0]
        if sort == OTHER and len(low) < 3:
            continue  # a short word of no language
        if french_word(low, sort):
            frenchish += 1
            cue = cue or sort in (STRONG, WEAK)
            content = content or sort != WEAK  # (a word of its own, not `la`, `de` alone)
        else:
            english += 1
            if english > 1:
                return None
    # two words, a French determiner first: `Votre position`, `Des options` (not an acronym: `DES key`, `Aux input`)
    paired = len(words) == 2 and frenchish == 1 and not words[0].isupper() and words[0].lower() in _OPENERS
    if not content or english and not (cue and (3 * frenchish >= 2 * (frenchish + english) or paired)):
        return None
    if any(a < m.end() and m.start() < b for a, b in loan_spans(text, 0, len(text)) for m in found):
        return None  # English writes it: Résumé, Déjà vu, Rendez-vous (``french_in_english.tsv``)
    if len(found) == 1:  # a word alone: French uses it hundreds of times more (not `Mon` for Monday, `Occitan`)
        low = words[0].lower()
        if len(low) < SHORTEST or not commoner_in_french(low) or shouted and zipf(low)[0] < SHOUTED:
            return None
        # capitalised, it may be a place or a person English writes too (`Réunion`, `Québec`, `Éric`)
        return Label(found[0].start(), found[0].end(), 1, words[0][0].islower() or shouted or zipf(low)[1] < NAMED)
    return Label(found[0].start(), found[-1].end(), len(found), True)


def said(text: str, label: Label) -> list:
    """The finding of a French ``label`` in ``text``: ``(start, end, code, message)``, TQ402 for several words."""
    i, j = label.start, label.end
    if label.words > 1:
        return [(i, j, "TQ402", "Untranslated French string")]
    return [(i, j, "TQ403", f"Untranslated French word `{text[i:j]}`")]
