"""Resource files keyed by their French sources: Laravel's ``lang/en.json``, Jeedom's ``core/i18n/en_US.json``, a
Symfony ``messages.en.yaml`` written with its French as keys (``Mes caméras: My cameras``), a French-first app's
``en.lproj/Localizable.strings`` (``genstrings`` keys each string by its source: ``"Annuler" = "Cancel";``).

Such a file is bilingual by itself.  Where its keys read as French, each text is paired with its key, as a PO file's
``msgstr`` with its ``msgid``, so that the source-aware rules compare the two without ``--source``: a text left as
its key (``"Dupliquer": "Dupliquer"``), a number lost, an empty text (no English at all).  A key reads as French by
a French function word written in lower case (``language``'s markers: ``des``, ``vous``; not a capitalised `Des
Moines` or `Est.`) or a letter English hardly writes (``é``, ``ç``, ``ê``); as English by an English function word.
The keys of a file read as French where at least ``KEYS_FRENCH`` do and ``KEYS_RATIO`` times as many as read as
English; then every key is paired but those that read as English alone (a Laravel app's own English keys, beside its
French ones). A key that is an identifier (``menu.open``, ``btn_save``, ``errors:x``, ``camelCase``), a lowercase
word (``open``, ``title``: labels are capitalised; `heure` is lost) or a number (``404``) is no source.  A key there
twice is paired once, with the text that counts (the last).

The object a text is in is its context, as a Qt context is (Jeedom's: the source file that shows it): TQ609 compares
the translations of one source within one context only, and an object's keys are unique, so it hardly fires here.
``--source`` pairs by key instead (``pairing``): TQ608 then reports the source's keys missing here, once.

A file may also hold each text in several languages side by side, under keys that name them (``titre.fr`` beside
``titre.en``, ``title: {en: …, fr: …}``, ``label_fr``): where a key holds an English text and the same text in
other languages, ``languages`` keeps the English one to check, paired with its French sibling; the others are not
English, and not checked.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from . import bilingual, locales
from .bilingual import Pieces
from .language import reads_as
from .model import Document, Pair

KEYS_FRENCH, KEYS_RATIO = 2, 2
IDENTIFIER = re.compile(r"[\w$@-]*[._:/][\w.$@:/-]*|[a-z]+[A-Z]\w*|[a-z][a-z0-9-]*|[\W\d_]*")  # (no letter: `404`)
# the language a key's last part names: the whole part (``fr``, ``en_GB``) or its suffix (``label_fr``, ``title-en``)
_CODE = re.compile(r"[A-Za-z]{2}(?:[_-][A-Za-z]{2})?")  # a key that is a language's code: ``fr``, ``en-GB``
# a key that ends in French's code (``label_fr``, ``title-fr_CA``): its text is French, sibling or not (a whole
# ``fr`` key may be France's code: ``countries.fr: France``)
_FRENCH_SUFFIX = re.compile(r"[^._][_-]fr(?:[_-][A-Za-z]{2})?$", re.I)
_LANGUAGE_SUFFIX = re.compile(rf"(?:(?<=[.])|(?<=[^.][_-]))({_CODE.pattern})$")


class Keyed(NamedTuple):
    """A text of a resource file read under a key."""

    path: str  # its unit's key path (``doc.units``'s key)
    context: str  # the path of the object it is in ("" at the top)
    key: str
    read_key: Callable[[], Pieces]  # the key as pieces, mapped to the file
    text: Pieces


def pair_with_keys(doc: Document, texts: list) -> None:
    """``texts``: the ``Keyed`` texts of ``doc`` (whose ``units`` are read already), in the file's order.  Where the
    keys read as French, each text (or an empty one) joins ``doc.pairs`` with its key as its source."""
    last = {t.path: t for t in texts}  # (a key there twice: the last one counts)
    texts = [t for t in last.values() if not IDENTIFIER.fullmatch(t.key.strip())]
    readings = [reads_as(t.key) for t in texts]
    french, english = sum(f for f, _ in readings), sum(e and not f for f, e in readings)
    if french < KEYS_FRENCH or french < KEYS_RATIO * english:
        return
    doc.keyed = True
    for t, (is_french, is_english) in zip(texts, readings):
        target = doc.units.get(t.path)
        if is_english and not is_french or target is None and t.text.text().strip():
            continue  # an English key (a mixed catalog); a text that is no prose (a number, a placeholder)
        source = bilingual.segment(doc, t.read_key(), tags=True)
        doc.pairs.append(Pair(source.text if source else "", target, 1.0, t.path, source, context=t.context))


def languages(found: list, others=()) -> tuple:
    """``found``'s ``(key path, pieces)``, without the texts in another language than English where a key holds a
    text in English and the same text in another language under keys naming them (``titre.en``, ``titre.fr``,
    ``fr.menu.open`` beside ``en.menu.open``), and ``{the path of such an English text: its French sibling's
    pieces}``.  In such a file, a text under a key naming one of these other languages alone (``titre_fr`` with no
    English, or an English left null) is no English either.  A key that only ends like a language (``greeting.hi``,
    ``sign_in``) is no language: the text is kept."""
    named, by_stem = [], {}
    for path, pieces in found:
        lang, stem = _language_of(path)
        named.append((path, pieces, lang, stem))
        if lang:
            by_stem.setdefault(stem, {})[lang] = path, pieces
    for path in others:  # an English left null (`{en: ~, fr: …}`) still names the languages beside it
        lang, stem = _language_of(path)
        if lang:
            by_stem.setdefault(stem, {}).setdefault(lang, (path, None))
    _english_words(by_stem)
    both = {stem for stem, langs in by_stem.items() if "en" in langs and len(langs) > 1}
    sources = {path: by_stem[stem]["fr"][1] for path, _, lang, stem in named  # (in the file's order)
               if lang == "en" and stem in both and by_stem[stem].get("fr", (0, None))[1] is not None}
    used = {lang for stem in both for lang in by_stem[stem]} - {"en"}  # (not `greeting.hi`'s: no Hindi beside it)
    kept = [(path, pieces) for path, pieces, lang, stem in named
            if lang not in used and not (lang == "fr" and _FRENCH_SUFFIX.search(path))]
    return (found, {}) if len(kept) == len(found) else (kept, sources)


def _english_words(by_stem: dict) -> None:
    """Take out of ``by_stem`` the codes that are English words (``No``, ``In``, ``Is``, ``or``, ``it``) where no
    other key names that language the same way: `{"EN": …, "FR": …, "No": "No"}` holds one word, not Norwegian."""
    counts: dict = {}
    for langs in by_stem.values():
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
    for langs in by_stem.values():
        for lang in [lang for lang in langs if lang in locales.ENGLISH_WORDS and counts[lang] < 2]:
            del langs[lang]


def _language_of(path: str) -> tuple:
    """``(language, stem)``: the language a key of ``path`` names (its last part, whole or as a suffix: ``titre.fr``,
    ``label_fr``; or a part before it, whole: ``fr.menu.open``), and the path without it; else ``(None, path)``."""
    m = _LANGUAGE_SUFFIX.search(path)
    if m and locales.is_locale(m.group(1)):
        return m.group(1).lower()[:2], path[:m.start() - 1]
    parts = path.split(".")
    for k, part in enumerate(parts if len(parts) == 1 else parts[:-1]):  # (a root key: `{"fr": …, "en": …}`)
        if _CODE.fullmatch(part) and locales.is_locale(part):
            return part.lower()[:2], ".".join(parts[:k] + ["*"] + parts[k + 1:])
    return None, path


def pair_languages(doc: Document, sources: dict) -> None:
    """Each French sibling of ``languages`` as the source of its English text, where that text is prose."""
    for path, pieces in sources.items():
        target = doc.units.get(path)
        source = bilingual.segment(doc, pieces, tags=True) if target is not None else None
        if source is not None:
            doc.pairs.append(Pair(source.text, target, 1.0, path, source))
