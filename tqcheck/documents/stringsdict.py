"""Apple plural rules (``en.lproj/Localizable.stringsdict``): a property list whose strings are the texts of each
plural form (and device or width variant) of a string, keyed by their path (``%d files/files/one``).

``<key>`` names what the next value is.  Every ``<string>`` is a text but the rule's own settings
(``NSStringFormatSpecTypeKey``, ``NSStringFormatValueTypeKey``); the format key (``NSStringLocalizedFormatKey``:
``%#@files@ left``) is a text too, its substitutions opaque as other placeholders are.  The language is the
``.lproj`` folder's, as for strings files; ``--source fr.lproj/Localizable.stringsdict`` pairs by key.  The file is
read by ``xmlfile`` (expat, with offsets); a fix is written XML-escaped.
"""

from __future__ import annotations

from . import bilingual, locales
from .bilingual import Pieces
from .model import Document
from .xmlfile import XmlReader

_SETTINGS = frozenset({"NSStringFormatSpecTypeKey", "NSStringFormatValueTypeKey"})


class StringsdictReader(XmlReader):
    ROOTS = ("plist",)
    KIND = "an Apple property list (.stringsdict)"

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.found: list = []  # (key path, pieces)
        self.path: list = []  # the keys of the dicts being read
        self.keys: list = []  # the last <key> read in each dict being read (None: none yet)
        self.key: Pieces | None = None

    def start(self, element, parent):
        name = element.name
        if name == "dict":
            if self.keys:  # a dict that is a value: its key is a step of the path
                self.path.append(self.keys[-1] or "?")
            self.keys.append(None)
        elif name == "key" and self.keys:
            self.key = Pieces()
            self.begin(self.key)
        elif name == "string" and self.keys and (self.keys[-1] or "") not in _SETTINGS:
            pieces = Pieces()
            self.found.append(("/".join(self.path + [self.keys[-1] or "?"]), pieces))
            self.begin(pieces)

    def end(self, element):
        if element.name == "key" and self.key is not None and self.keys:
            self.keys[-1], self.key = self.key.text(), None
        elif element.name == "dict" and self.keys:
            self.keys.pop()
            if self.path and len(self.path) >= len(self.keys):
                self.path.pop()
            self.end_unit(self.here())


def parse_stringsdict(doc: Document) -> None:
    reader = StringsdictReader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its folder names", locales.named_language(doc.path))
    bilingual.add_units(doc, reader.found, reader.escape)
