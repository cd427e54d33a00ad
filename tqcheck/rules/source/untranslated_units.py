"""TQ608 untranslated-unit: a unit of a translation file with no English translation, whose French source the
reader gets instead.

A bilingual reader keeps a unit whose target is missing or empty as a pair without target (``Pair.target`` None);
a PO entry marked ``fuzzy`` keeps its target (the other rules read it: a reviewer wants its traces) and says so
(``Pair.fuzzy``), for ``msgfmt``, Django's ``compilemessages`` and Babel's ``compile`` leave it out of the compiled
catalog unless told to use fuzzy entries.  Either way gettext shows the ``msgid``, and most loaders the source.

Only a source that reads as French is reported (``_french``): as TQ602 reads a target left as its source
(``labels.french_whole``), as a French label (``labels.french_label``), or, a short string, by a word French has and
English hardly or by the language identifier; never a name, an address, a language switch, a word English writes
too (``OK``, ``Email``, ``Paris``) or a message key.  Nor in a TMX memory (no readers) or a template (``.pot``,
Angular's ``messages.xlf``: ``documents.is_template``).  A catalog whose sources read as English has none: in an
``en_GB.po`` of American messages an empty ``msgstr`` means "as the source".  The finding is on the source, the
only text the unit has in the file; an article aligned with ``--source`` has its source elsewhere, and TQ604 reports
a source sentence it lacks.  A resource file paired by key with its source (``pairing``: ``en.json --source
fr.json``) has a pair without target for each key of the source it lacks: one finding at the file's start names them.
"""

from __future__ import annotations

import re

from ...documents import is_template
from ...findings import Problem
from .. import Rule
from ..untranslated.labels import (
    ENDONYMS, PARTICLES, a_name, common_english, french_label, french_whole, french_word, offers_french, words_of,
)
from ..untranslated.exemptions import ADDRESS
from ..untranslated.lexicon import ENGLISH, FRENCH, STRONG, WEAK, french_confidence, kind
from . import MESSAGE_KEY, plural_form, quoted, sources_in_english, whole

RULES = [
    Rule(
        code="TQ608",
        name="untranslated-unit",
        severity="warning",
        summary="A unit of a translation file with no English translation (empty, or a fuzzy PO entry)",
        what="Flags the French source of a unit of a bilingual file (PO, XLIFF, Qt Linguist, TMX, TSV, CSV, XLSX) "
        "whose target is missing or empty, or, in a PO catalog, whose entry is marked `fuzzy`: "
        "`msgfmt`, Django's `compilemessages` and Babel leave a fuzzy entry out of the compiled catalog unless "
        "told otherwise, and gettext then shows the `msgid`. Only a source that reads as French is flagged "
        "(`Mot de passe oublié ?`, `Créer un sondage`, `Nom`): not `OK`, `Email`, `Orientation`, a name, an "
        "address or a message key. A catalog whose sources read as English (an `en_GB.po` of "
        "American messages, where an empty translation means \"as the source\") has none. The finding is on "
        "the source, the only text such a unit has. A resource file checked with its source (`tqcheck check en.json "
        "--source fr.json`, Android, properties, YAML…) gets one finding at its start for the keys of the source it "
        "has no text for, whose French a program falls back on; a catalog keyed by its French (Laravel's `en.json`, "
        "Jeedom's, `genstrings`'s) one on each key whose text is empty. The example is a bilingual TSV line with an "
        "empty target.",
        why="An untranslated unit puts a whole French string in front of the English reader, and nothing in the "
        "English text shows it: no word is wrong, one is missing. pofilter's `untranslated` test and Xbench's "
        "untranslated-segments check report it for the same reason.",
        before="Mot de passe oublié ?\t",
        after="Mot de passe oublié ?\tForgot your password?",
        fix="none: the unit needs a translator.",
        data=("french_cues.tsv", "french_in_english.tsv", "english_words.txt"),
    ),
]


def check(doc, ctx):
    if doc.source_path is not None and doc.units is None:
        return  # an article's source is another file: TQ604 reports a source sentence its translation lacks
    if doc.format == "tmx" or not any(p.target is None or p.fuzzy for p in doc.pairs) or is_template(doc) \
            or sources_in_english(doc):
        return  # (a memory has no readers; a template, `.pot` or Angular's `messages.xlf`, expects no translation)
    if doc.source_path is not None:  # resource files paired by key: the keys of the source this file lacks
        yield from _missing_keys(doc)
        return
    said = set()  # the entries reported: a plural entry once, not on its `msgid` and its `msgid_plural`
    for pair in doc.pairs:  # (a file's own units: all sure of their source)
        seg = pair.source_segment
        if seg is None or not (pair.target is None or pair.fuzzy):
            continue
        entry = plural_form(pair.id)[0]
        if entry in said:
            continue
        source = seg.text.strip()
        if not source or MESSAGE_KEY.fullmatch(source) or not _french(source):
            continue
        said.add(entry)
        if pair.target is None:  # (a catalog keyed by its French: what an app shows for an empty text varies)
            empty = "the text is empty" if doc.keyed else "readers get this French source"
            yield whole(seg, "TQ608", f"No English translation: {empty}")
        else:
            yield whole(seg, "TQ608", "Marked fuzzy: a catalog compiled without --use-fuzzy leaves it out, and "
                        "readers get this French source")


def _missing_keys(doc):
    """One finding, at the file's start, for the keys of the source (``--source fr.json``) this file has no text
    for, whose French reads as French: a program falls back on another language's text, most often the source's."""
    lost = [p for p in doc.pairs if p.target is None and not _plural_form(p.id, doc.units)
            and _french(p.source.strip())]
    if not lost:
        return
    shown = ", ".join(f"`{p.id}` ({quoted(p.source, 30)})" for p in lost[:SHOWN_KEYS])
    keys = "1 key" if len(lost) == 1 else f"{len(lost)} keys"
    more = f", and {len(lost) - SHOWN_KEYS} more" if len(lost) > SHOWN_KEYS else ""
    yield Problem(0, 0, "TQ608", f"{keys} of {doc.source_path} with no English here, so readers get its French: "
                  f"{shown}{more}")


SHOWN_KEYS = 5  # the keys a missing-keys message names
# a plural form French has and English has not (CLDR: English `one` and `other`; French `many` too): i18next's
# `items_many`, Android's `events[many]`, a nested `items.many`
_PLURAL_FORM = re.compile(r"(.*?)(?:_|\.|\[)(?:zero|two|few|many)\]?")


def _plural_form(key: str, units: dict) -> bool:
    """Is ``key`` a plural form English does not have, beside the same key's `other` form in this file?"""
    m = _PLURAL_FORM.fullmatch(key)
    return m is not None and any(f"{m.group(1)}{sep}" in units for sep in ("_other", ".other", "[other]"))


UNIT_FRENCH = 0.75  # the identifier's confidence that a short source is French (`Lire plus` .89, `Connexion` .97;
# `Email` .35, `Actions` .62, `74000 Annecy` .72), from 10 real catalogs of 8 French-first projects (stop 43)


def _french(source: str) -> bool:
    """Does an untranslated source read as French to an English reader?  In a catalog of French sources a short
    label is French unless it says otherwise, so beside TQ602's and TQ4xx's sure readings (``french_whole``,
    ``french_label``) a word French has and English hardly (`Nom`, `fixe`) says it, else the identifier, where the
    word lists cannot (`Lire plus`, `Mon Compte`: English-listed words): not a string of words English writes
    commonly too (`Plus`, `OK`), one word English lists (`Orientation`, and so `Modifier`), an address, or a name
    without a French word of its own (`Île-de-France`, `Framadate`)."""
    if ADDRESS.match(source) or offers_french(source):  # (`2 rue de la Poste`, `74000 Annecy`: an address)
        return False  # (a language switch is written in the language it offers: `Passer en français`)
    if french_whole(source) or french_label(source):
        return True
    words = [m.group() for m in words_of(source) if len(m.group()) > 1]
    if not words or all(common_english(w.lower()) or w.lower() in ENDONYMS for w in words):
        return False
    if len(words) == 1 and kind(words[0].lower(), False)[0] == ENGLISH:
        return False  # English lists it: the identifier cannot tell `Modifier` (.81) from `Orientation` (.77)
    if a_name(words) and not any(kind(w.lower(), False)[0] in (STRONG, WEAK, FRENCH) and w.lower() not in PARTICLES
                                 and "-" not in w for w in words):
        return False
    return any(map(_french_word, words)) or french_confidence(source.lower()) >= UNIT_FRENCH


def _french_word(word: str) -> bool:
    """A word French has and English does not, or hundreds of times less (`Adresse`, `Nom`, `fixe`; not `de`)."""
    low = word.lower()
    return low not in PARTICLES and len(low) > 2 and french_word(low, kind(low, False)[0])
