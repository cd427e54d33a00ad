"""A string of a software-strings file left whole in French (`Créer un sondage`, `Supprimer`, `anonyme`): TQ402
for several words, TQ403 for one.

In a PO catalog, a JSON or YAML resource, Android's ``strings.xml``… each string is a label or a message of its
own, often a word or two, capitalised: the sentence reader of ``classify`` takes a capitalised word for a name and
needs an English sentence around a French word, so an untranslated label says nothing to it.  Read as a whole, a
short string is French when no word of it is English and one at least is French by the lexicon (a French
function word, an accented word, a word French uses far more than English): its first word is read in lowercase,
a capitalised word after it stays a name (`Bienvenue sur Framadate`).  Not flagged: a name (every word
capitalised: `Île-de-France`, `Conseil d'État`), the language's own name as a language menu writes it
(`Français`), a word English also writes commonly (`Plus`, `Date`) and a loan (`Résumé`, `Rendez-vous`).  The same reading decides, with the
source, that a target is its French source unchanged (TQ602, ``source.copies``).
"""

from __future__ import annotations

import re

from .frequencies import zipf
from .lexicon import (
    FRENCH, MAYBE, NAME, OTHER, STRONG, TOKEN, WEAK, kind, loan_spans,
)

LONGEST = 8  # words: a longer string is a sentence, the classifier's
SHORTEST = 4  # letters of a word alone (`Mon`, `Sam`: days as a calendar abbreviates them)
NAMED = 1.5  # English Zipf under which a capitalised word alone is no name English writes (Réunion 2.0, Éric 1.8)
PARTICLES = frozenset("de du des la le les et d l".split())  # of names in any language: Profesional de Hoteles
ENDONYMS = frozenset(("français", "française"))  # the language's own name, as a language menu writes it
FRENCH_ONLY = 2.3  # Zipf margin (French over English: 200 times commoner) of an English-listed word copied alone
RARE_ENGLISH = 4.5  # ... that English itself uses less than this (not `plus`, `son`, `car`)
_URL = re.compile(r"\b(?:https?://|www\.)\S+")


def common_english(word: str) -> bool:
    """Does English use ``word`` commonly too, not far less than French (``plus``, ``son``, ``car``: Zipf
    ``RARE_ENGLISH`` or more, within ``FRENCH_ONLY``; not ``de``, ``la``, ``pour``, which names carry into English)?"""
    row = zipf(word)
    return row is not None and row[1] >= RARE_ENGLISH and row[0] - row[1] < FRENCH_ONLY


def commoner_in_french(word: str) -> bool:
    """`pour`, `pas`, `sans`, `anonyme`: hundreds of times commoner in French than in English, which uses it rarely."""
    row = zipf(word)
    return row is not None and row[0] - row[1] >= FRENCH_ONLY and row[1] < RARE_ENGLISH


def words_of(text: str) -> list:
    """The words of a string (``lexicon.TOKEN``), a URL's left out (`https://adresse.data.gouv.fr` has none)."""
    return list(TOKEN.finditer(_URL.sub(lambda u: " " * len(u.group()), text)))


def a_name(words) -> bool:
    """Is the string a name: several words or parts, each capitalised or a particle (`Le Monde`, `Île-de-France`)?"""
    parts = [p for w in words for p in re.split(r"[-'’]", w) if p]
    return len(parts) > 1 and all(p[0].isupper() or p.lower() in PARTICLES for p in parts)


def french_label(text: str):
    """``(start, end)`` of a short string's words when the string is wholly French, else None."""
    found = words_of(text)
    if not found or len(found) > LONGEST or a_name([m.group() for m in found]):
        return None
    loans = loan_spans(text, 0, len(text))
    if any(a < m.end() and m.start() < b for a, b in loans for m in found):
        return None  # English writes it: Résumé, Déjà vu, Rendez-vous (``french_in_english.tsv``)
    french = False
    for n, m in enumerate(found):
        word = m.group()
        if n and word[0].isupper():
            continue  # a name inside the label: Bienvenue sur Framadate
        low = word.lower()
        sort = kind(low, False)[0]
        if sort == NAME or sort == OTHER and len(low) < 3:
            continue  # a placeholder's letter (`%s`), a short word
        if sort not in (STRONG, WEAK, FRENCH, MAYBE) or low in ENDONYMS or common_english(low) or (
                sort == MAYBE and not commoner_in_french(low)):
            return None  # an English word (`Presale`: neither list's), or a French term the English keeps
        french = french or sort in (STRONG, FRENCH)
    if len(found) == 1:  # a word alone: French uses it hundreds of times more (not `Mon` for Monday, `Occitan`);
        # capitalised, it may be a place or a person English writes too (`Réunion`, `Québec`, `Éric`): only a word
        # English hardly ever writes (`Accueil`, `Supprimer`)
        word = found[0].group()
        low = word.lower()
        french = len(low) >= SHORTEST and commoner_in_french(low) and (word[0].islower() or zipf(low)[1] < NAMED)
    return (found[0].start(), found[-1].end()) if french else None
