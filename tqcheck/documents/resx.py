""".NET resource files (``Resources.resx``, ``Strings.en-GB.resx``, a Windows Forms ``Form1.resx``): each string
``<data>``'s ``<value>`` is one text, its ``name`` its key.

- Not text: a ``<data>`` with a ``type`` or ``mimetype`` (an icon, a ``System.Drawing.Point``), the designer's
  ``>>button1.Name`` entries, ``<comment>``, ``<resheader>``, ``<metadata>``, ``<assembly>`` and the schema.
- A Windows Forms mnemonic (``&amp;OK``: ``&OK``, shown as OK with O underlined) is not text; placeholders
  (``{0}``, ``{0:N2}``) are opaque.
- The language is the one the name gives (``Resources.fr.resx``); a file that names none is the default resource:
  English in most projects, French in some, which ``language`` tells, or an English one beside it
  (``Resources.en.resx``: then the default is the project's own language, and is not checked).  With ``--source Resources.fr.resx``, each
  text is paired with the French one of the same name.
The file is read by ``xmlfile`` (expat, with offsets); a fix is written XML-escaped.
"""

from __future__ import annotations

import os

from . import bilingual, locales
from .bilingual import Pieces
from .model import Document
from .qt import shown
from .xmlfile import XmlReader


def is_resx(path: str) -> bool:
    """Is ``path`` a resource file of no language or English (``Resources.resx``, ``Strings.en-GB.resx``; not
    ``Resources.fr.resx``, nor ``Resources.resx`` beside ``Resources.en.resx``)?"""
    if not path.lower().endswith(".resx"):
        return False
    lang = locales.named_language(path, folder=False)
    return not locales.foreign(lang) and (lang is not None or english_beside(path) is None)


class ResxReader(XmlReader):
    ROOTS = ("root",)
    KIND = "a .NET resource (.resx)"

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.found: list = []  # (name, pieces)
        self.name: str | None = None  # the name of the string <data> being read

    def start(self, element, parent):
        name, attrs = element.name, element.attrs
        parent_name = parent.name if parent is not None else ""
        if name == "data" and parent_name == "root":
            key = attrs.get("name") or f"#{len(self.found) + 1}"
            string = not attrs.get("mimetype") and attrs.get("type", "System.String").startswith("System.String")
            self.name = key if string and not key.startswith(">>") else None
        elif name == "value" and parent_name == "data" and self.name is not None:
            pieces = Pieces()
            self.found.append((self.name, pieces))
            self.begin(pieces)

    def end(self, element):
        if element.name == "data":
            self.name = None
            self.end_unit(self.here())


def english_beside(path: str) -> str | None:
    """The English resource beside a default one (``Strings.en.resx`` beside ``Strings.resx``), if any: then the
    default one holds the project's own language, not English."""
    folder, name = os.path.split(path)
    stem = name[:-len(".resx")]
    if "." in stem or not folder and not os.path.exists(name):
        return None
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return None
    return next((n for n in sorted(names) if n.lower().startswith(f"{stem.lower()}.en") and n.lower().endswith(".resx")
                 and not locales.foreign(locales.named_language(n, folder=False))), None)


def parse_resx(doc: Document) -> None:
    reader = ResxReader(doc)
    reader.read()
    lang = locales.named_language(doc.path, folder=False)
    beside = None if lang else english_beside(doc.path)
    if beside:  # still read: it may be the source another file is paired with
        doc.foreign = f"{beside} beside it is the English one: this default resource holds the project's own language"
    else:
        bilingual.declare_target(doc, "the language its name gives", lang)
    bilingual.add_units(doc, [(key, shown(pieces, doc.opaque)) for key, pieces in reader.found], reader.escape)
