"""Is a document written in French?  A folder holds the French source beside its translation (``a.fr.md`` next
to ``a.en.md``, ``README.fr.md``, ``docs/fr/``, a subtitle file with no language in its name): checked as
English, every French word of it would be a finding, and a safe fix would write English typography into French.

French is told by its function words (``language_markers.tsv``): ``les``, ``des``, ``dans``, ``avec``... are
about a tenth of a French text's words and no English word, as ``the``, ``of``, ``and``... are a tenth of an
English text's and no French word.  A document whose prose (its first ``SAMPLE`` characters) holds at least
``LEAST`` French ones, and ``RATIO`` times as many as English ones, reads as French: three quarters of it or
more; a resource file's strings (``Document.units``), which are short, with no English one, from ``STRINGS_LEAST``
French ones.  An English text with French left in (``selon les syndicats``, an untranslated paragraph) holds more
English ones, and is checked.  Read once per document, on a sample: under a millisecond.
"""

from __future__ import annotations

import os
import re

from . import locales
from ..datafiles import load_tsv

SAMPLE = 20_000
LEAST = 8
RATIO = 3
# a short bilingual file's sources (up to SHORT_FILE strings), read string by string (``french_sources``)
STRINGS_FRENCH, STRINGS_RATIO, SHORT_FILE = 2, 2, 20
_FRENCH_LETTERS = frozenset("éèêëàâçùûüôîïœÉÈÊÀÇÔÎ")
STRINGS_LEAST = 5  # a resource file's strings are short (`Annuler`, `Bienvenue sur l'application`): with no English
# marker at all, 5 French ones are enough (an app's default values/strings.xml in French, 7 and 0)
MARKERS = "language_markers.tsv"  # read with the package's plain reader; tests/test_tables.py declares and checks it
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FIRST_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+")  # a string's first word
_WORDS: tuple | None = None


def _words() -> tuple[frozenset, frozenset]:
    global _WORDS
    if _WORDS is None:
        rows = load_tsv(MARKERS)
        _WORDS = (frozenset(r["word"] for r in rows if r["language"] == "fr"),
                  frozenset(r["word"] for r in rows if r["language"] == "en"))
    return _WORDS


def reads_as_french(texts, strings: bool = False) -> str | None:
    """Why the prose ``texts`` (strings, in order) read as French, or None; ``strings``: the texts are a resource
    file's strings."""
    french, english = function_words(texts, strings)
    if french >= LEAST and french >= RATIO * english or strings and french >= STRINGS_LEAST and not english:
        return f"it reads as French ({french} French function words, {english} English ones)"
    return None


def function_words(texts, strings: bool = False) -> tuple:
    """(French, English) function words of the first ``SAMPLE`` characters of ``texts`` (strings, in order);
    ``strings``: each text is a label or a message, whose first word is capitalised as a sentence's is (`Votre
    e-mail`, `Tous droits réservés`): it counts in lowercase."""
    sample, size = [], 0
    for text in texts:
        piece = text[:SAMPLE - size]
        if strings:
            piece = _FIRST_WORD.sub(lambda m: m.group().lower(), piece, count=1)
        sample.append(piece)
        size += len(piece)
        if size >= SAMPLE:
            break
    french_words, english_words = _words()
    french = english = 0
    for word in _WORD.findall(" ".join(sample)):
        if word in french_words:  # as written: `Des Moines`, `Les Paul`, `EST` in English are names
            french += 1
        elif word.lower() in english_words:  # `The` opening a sentence counts
            english += 1
    return french, english


def french_sources(texts, declared_english: bool = False) -> bool:
    """Do a bilingual file's sources read as French, more of their function words French than English, whatever the
    file declares?  (A French-first app keeps technical strings in English: QElectroTech's sources hold 48 French
    function words to 35 English ones; Angular declares `en-US` sources unless told otherwise.)  A short file (up to
    ``SHORT_FILE`` strings, fewer than ``LEAST`` function words) with no English source declared is read string by
    string (``reads_as``): at least half of its strings, and ``STRINGS_RATIO`` times as many as read as English, read
    as French (a Qt file of four messages: `Gérer les magasins`, `Paramètres`)."""
    texts = list(texts)
    french, english = function_words(texts)
    if french >= LEAST and french > english or french >= STRINGS_LEAST and not english:
        return True
    if declared_english or french + english >= LEAST or len(texts) > SHORT_FILE:
        return False
    readings = [reads_as(t) for t in texts]
    french = sum(f for f, _ in readings)
    return french >= STRINGS_FRENCH and french >= STRINGS_RATIO * sum(e and not f for f, e in readings) \
        and 2 * french >= len(texts)


def reads_as(text: str) -> tuple:
    """(French, English): does a string hold a French function word in lower case (`des`, `vous`; not a capitalised
    `Des Moines` or `Est.`) or a letter English hardly writes (``é``, ``ç``, ``ê``), and does it hold an English
    function word?"""
    french, english = function_words((text,))
    return bool(french) or not _FRENCH_LETTERS.isdisjoint(text), bool(english)


def meant_english(doc) -> bool:
    """Does a prose document say it is English, and nothing says French: the language the page declares (``<html
    lang="en">``, ``lang: en``), else its path (``a.en.md``, ``en/index.html``), else a part of its name
    (``TriompheEnglish.html``, ``about_english.md``)?  In French, it is a page left untranslated, checked as English:
    every French paragraph of it is a finding.  A French path wins over a template's ``lang="en-US"``."""
    declared = doc.text[doc.language[0]:doc.language[1]] if doc.language else None
    named = locales.named_language(doc.path)
    for tag in (named, declared):
        if tag and locales.foreign(tag):
            return False  # `site/fr/index.html`, `learn-english.fr.md`, `<html lang="fr">`: French, whatever else
    if _english_tag(declared) or _english_tag(named):
        return True
    parts = {part.lower() for part in _NAME_PART.findall(os.path.splitext(os.path.basename(doc.path))[0])}
    return "english" in parts and parts.isdisjoint(("fr", "fra", "french", "francais", "français"))


def _english_tag(tag: str | None) -> bool:
    return bool(tag) and tag.lower().replace("_", "-").split("-")[0] in ("en", "eng")


_NAME_PART = re.compile(r"[A-Z]?[a-zç]+|[A-Z]+(?![a-z])")  # a name's words, CamelCase too (TriompheEnglish)
