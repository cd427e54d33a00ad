"""Apple string catalogs (``Localizable.xcstrings``, Xcode 15 on): one JSON file holds every language of an app.

``{"sourceLanguage": "fr", "strings": {key: {"localizations": {"en": {"stringUnit": {"value": ...}}}}}}``: each
English ``stringUnit``'s ``value`` is a text, and so is each of its ``variations`` (by ``plural`` category, by
``device``) and of its ``substitutions`` (the ``%#@files@`` of a string, each with its own plural forms).

- Where the catalog's ``sourceLanguage`` is French, each English text is paired with the French one of the same
  form (else the French string's own value, else the key: Xcode's key is the source string as the code writes
  it), and the source-aware rules compare the two.
- Where it is English (Xcode's default), the English texts are checked, and where a string has no English
  value, its key is the text the app shows: it is checked too, but never fixed (a key edited is a string the code
  no longer finds); unless those keys read as French (a French app left at Xcode's default ``en``: a warning).
- Not read: a string marked ``"shouldTranslate": false`` or ``"extractionState": "stale"`` (gone from the code),
  comments, states and other languages.  Placeholders (``%@``, ``%lld``, ``%1$@``, ``%#@files@``) are opaque.
The JSON is read by ``jsonfile`` (each character mapped to the file); a fix is written JSON-escaped.
"""

from __future__ import annotations

from . import bilingual, locales
from .bilingual import Pieces
from .jsonfile import JsonReader, json_escape
from .language import reads_as_french
from .model import Document


class _CatalogReader(JsonReader):
    """The JSON reader, key paths kept as tuples, each string's key kept as pieces too (it may be the text)."""

    ROOT = ()
    ARB = False

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.keys: dict = {}  # each string's key → (its offset, its pieces, where its JSON string ends)

    @staticmethod
    def join(path, key):
        return path + (key,)

    def key_read(self, path, key, at):
        if path == ("strings",):
            here, self.pos = self.pos, at  # read again, as pieces
            self.keys[key] = (at, self.string(), self.pos)
            self.pos = here


class KeyGuardEscape:
    """JSON escaping for fixes, and none in a key read as a text (``spans``): the code looks its string up by it."""

    def __init__(self):
        self.spans: list = []

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        if any(a <= start < b for a, b in self.spans):
            return None
        return json_escape(replacement, start, end)


def parse_xcstrings(doc: Document) -> None:
    import json

    reader = _CatalogReader(doc)
    reader.read()
    # valid JSON (the reader said so): the booleans the reader does not keep (numbers unread: 10,000 digits are valid)
    catalog = json.loads(doc.text, parse_int=lambda _: 0, parse_float=lambda _: 0.0)
    catalog = catalog if isinstance(catalog, dict) else {}
    source = catalog.get("sourceLanguage") if isinstance(catalog.get("sourceLanguage"), str) else ""
    strings = catalog.get("strings") if isinstance(catalog.get("strings"), dict) else {}
    skipped = {key for key, entry in strings.items() if not isinstance(entry, dict) or
               entry.get("shouldTranslate") is False or entry.get("extractionState") == "stale"}
    units = _string_units(reader)
    if locales.foreign(source or "en"):
        _paired(doc, reader, units, skipped, source)
    else:
        _english(doc, reader, units, skipped, source or "en")


def _string_units(reader: _CatalogReader) -> dict:
    """key → {(language, form): (offset, pieces)}: every ``stringUnit`` value of each string, by language and form
    (``()``; ``("variations", "plural", "one")``; ``("substitutions", "n", "variations", "plural", "one")``)."""
    units: dict = {}
    for at, path, pieces in reader.found:
        if len(path) >= 6 and path[0] == "strings" and path[2] == "localizations" \
                and path[-2:] == ("stringUnit", "value"):
            units.setdefault(path[1], {})[(path[3], path[4:-2])] = (at, pieces)
    return units


def _english_forms(forms: dict) -> list:
    """``(offset, language, form, pieces)`` of a string's English units, in the file's order."""
    return sorted((at, lang, form, pieces) for (lang, form), (at, pieces) in forms.items() if not locales.foreign(lang))


def _paired(doc: Document, reader: _CatalogReader, units: dict, skipped: set, source: str) -> None:
    """A French catalog: each English form paired with the French one (else the French string, else the key)."""
    if not any(_english_forms(forms) for forms in units.values()):
        bilingual.declare_target(doc, "the catalog's source language", source)
        return
    doc.declared_english, escape = True, KeyGuardEscape()
    for key, (at, key_pieces, end) in reader.keys.items():
        forms = units.get(key, {})
        for _, lang, form, pieces in () if key in skipped else _english_forms(forms):
            french = (forms.get((source, form)) or forms.get((source, ())) or (0, None))[1]
            bilingual.add_pair(doc, french or key_pieces, pieces, _unit(key, lang, form), escape, tags=True)
    bilingual.finish(doc)


def _english(doc: Document, reader: _CatalogReader, units: dict, skipped: set, source: str) -> None:
    """An English catalog: its English units; a string with none shows its key, checked and never fixed, unless
    the keys read as French."""
    doc.declared_english, escape = True, KeyGuardEscape()
    found, keys = [], []
    for key, (at, key_pieces, end) in reader.keys.items():
        mine = [] if key in skipped else _english_forms(units.get(key, {}))
        found += [(offset, _unit(key, lang, form), pieces) for offset, lang, form, pieces in mine]
        if not mine and key not in skipped:
            keys.append((at, key, key_pieces, end))
    if keys and reads_as_french((key for _, key, _, _ in keys), strings=True):  # a French app left at Xcode's `en`
        doc.warnings.append(f"the keys of its {len(keys)} strings with no English value read as French "
                            f"(sourceLanguage {source!r}): not checked")
    else:
        found += [(at, key, pieces) for at, key, pieces, _ in keys]
        escape.spans += [(at, end) for at, _, _, end in keys]
    bilingual.add_units(doc, [(key, pieces) for _, key, pieces in sorted(found, key=lambda u: u[0])], escape)


def _unit(key: str, lang: str, form: tuple) -> str:
    """A text's id: its key, then its form (``files/plural/one``), then its language where it is not plain ``en``."""
    form = tuple(str(f) for f in form if f not in ("variations", "substitutions"))
    return "/".join((key,) + form) + ("" if lang == "en" else f"@{lang}")
