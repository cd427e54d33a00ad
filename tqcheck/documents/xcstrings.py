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
from .model import Document


class _CatalogReader(JsonReader):
    ROOT = ()
    ARB = False

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.keys: dict = {}  # each string's key → where its JSON string is

    @staticmethod
    def join(path, key):
        return path + (key,)

    def key_read(self, path, key, at):
        if path == ("strings",):
            self.keys[key] = at


class _KeysKept:
    """JSON escaping for fixes, and none in a key (``spans``: where the keys read as texts are)."""

    def __init__(self):
        self.spans: list = []

    def key(self, reader: _CatalogReader, at: int) -> Pieces:
        reader.pos = at
        pieces = reader.string()
        self.spans.append((at, reader.pos))
        return pieces

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        if any(a <= start < b for a, b in self.spans):
            return None
        return json_escape(replacement, start, end)


def parse_xcstrings(doc: Document) -> None:
    import json

    reader = _CatalogReader(doc)
    reader.read()
    catalog = json.loads(doc.text)  # valid JSON: the reader said so
    strings = catalog.get("strings") if isinstance(catalog, dict) else None
    source = catalog.get("sourceLanguage") if isinstance(catalog, dict) else None
    source = source if isinstance(source, str) and source else "en"
    strings = strings if isinstance(strings, dict) else {}
    skipped = {key for key, entry in strings.items() if not isinstance(entry, dict) or
               entry.get("shouldTranslate") is False or entry.get("extractionState") == "stale"}
    texts: dict = {}  # key → {(language, form): (offset, pieces)}: the string units of each string
    for at, path, pieces in reader.found:
        if len(path) >= 6 and path[0] == "strings" and path[2] == "localizations" \
                and path[-2:] == ("stringUnit", "value"):
            texts.setdefault(path[1], {})[(path[3], path[4:-2])] = (at, pieces)
    french_source = locales.foreign(source)
    if french_source and not any(not locales.foreign(lang) for forms in texts.values() for lang, _ in forms):
        bilingual.declare_target(doc, "the catalog's source language", source)
        return
    doc.declared_english = True
    units, keys, escape = [], [], _KeysKept()
    for key, at in reader.keys.items():
        if key in skipped:
            continue
        forms = texts.get(key, {})
        mine = sorted((offset, lang, form, pieces) for (lang, form), (offset, pieces) in forms.items()
                      if not locales.foreign(lang))
        if french_source:
            for _, lang, form, pieces in mine:
                french = (forms.get((source, form)) or forms.get((source, ())) or (0, None))[1]
                bilingual.add_pair(doc, french or escape.key(reader, at), pieces, _unit(key, lang, form),
                                   escape, tags=True)
        elif mine:
            units += [(offset, _unit(key, lang, form), pieces) for offset, lang, form, pieces in mine]
        else:
            keys.append((at, key, escape.key(reader, at)))
    if keys and _reads_as_french(key for _, key, _ in keys):  # a French app that declares English (Xcode's default)
        doc.warnings.append(f"the keys of its {len(keys)} strings with no English value read as French "
                            f"(sourceLanguage {source!r}): not checked")
    else:
        units += keys
    if french_source:
        bilingual.finish(doc)
    else:
        bilingual.add_units(doc, [(key, pieces) for _, key, pieces in sorted(units, key=lambda u: u[0])], escape)


def _unit(key: str, lang: str, form: tuple) -> str:
    """A text's id: its key, then its form (``files/plural/one``), then its language where it is not plain ``en``."""
    form = tuple(str(f) for f in form if f not in ("variations", "substitutions"))
    return "/".join((key,) + form) + ("" if lang == "en" else f"@{lang}")


def _reads_as_french(texts) -> bool:
    from .language import reads_as_french

    return reads_as_french(texts, strings=True) is not None
