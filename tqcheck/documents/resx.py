""".NET resource files (``Resources.resx``, ``Strings.en-GB.resx``, a Windows Forms ``Form1.resx``): each string
``<data>``'s ``<value>`` is one text, its ``name`` its key.

- Not text: a ``<data>`` with a ``type`` or ``mimetype`` (an icon, a ``System.Drawing.Point``), the designer's
  ``>>button1.Name`` entries, ``<comment>``, ``<resheader>``, ``<metadata>``, ``<assembly>`` and the schema.
- A Windows Forms mnemonic (``&amp;OK``: ``&OK``, shown as OK with O underlined) is not text; placeholders
  (``{0}``, ``{0:N2}``) are opaque.
- The language is the culture the name gives after its last dot (``Resources.fr.resx``; not ``Save_as.resx``); a
  file that names none is the default resource: English in most projects, French in some, which ``language``
  tells, or an English one beside it (``Resources.en.resx``: then the default holds the project's own language, and
  is not checked).  With ``--source Resources.fr.resx``, each text is paired with the French one of the same name.
The file is read by ``xmlfile`` (expat, with offsets); a fix is written XML-escaped, and never where it could make or
unmake a mnemonic (``bilingual.MnemonicEscape``).
"""

from __future__ import annotations

import os

from . import bilingual, locales
from .bilingual import MnemonicEscape, Pieces, strip_mnemonics
from .model import Document
from .xmlfile import XmlReader


def resx_language(path: str) -> str | None:
    """The culture a resource file's name gives: .NET writes it after the last dot (``Strings.fr.resx``,
    ``Strings.en-GB.resx``); ``Save_as.resx`` and ``Dlg_no.resx`` name none."""
    stem = os.path.basename(path)[:-len(".resx")]
    tag = stem.rsplit(".", 1)[1] if "." in stem else ""
    return tag if tag and locales.is_locale(tag) else None


def is_resx(path: str) -> bool:
    """Is ``path`` a resource file of no language or English (``Resources.resx``, ``Strings.en-GB.resx``; not
    ``Resources.fr.resx``, nor ``Resources.resx`` beside ``Resources.en.resx``)?"""
    if not path.lower().endswith(".resx"):
        return False
    lang = resx_language(path)
    return not locales.foreign(lang) and (lang is not None or english_beside(path) is None)


def english_beside(path: str) -> str | None:
    """The English resource beside a default one (``Strings.en.resx`` beside ``Strings.resx``; not ``en-GB``, which
    overrides an English default), if any: then the default one holds the project's own language, not English."""
    folder, name = os.path.split(path)
    wanted = f"{name[:-len('.resx')]}.en.resx".lower()
    try:
        return next((n for n in os.listdir(folder or ".") if n.lower() == wanted), None) \
            if folder or os.path.exists(name) else None
    except OSError:
        return None


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
            string = not attrs.get("mimetype") and attrs.get("type", "System.String").split(",")[0].strip() == \
                "System.String"  # not System.String[], nor an enum
            self.name = key if string and not key.startswith(">>") else None
        elif name == "value" and parent_name == "data" and self.name is not None:
            pieces = Pieces()
            self.found.append((self.name, pieces))
            self.begin(pieces)

    def end(self, element):
        if element.name == "data":
            self.name = None
            self.end_unit(self.here())


def parse_resx(doc: Document) -> None:
    reader = ResxReader(doc)
    reader.read()
    lang = resx_language(doc.path)
    beside = None if lang else english_beside(doc.path)
    if beside:  # still read: it may be the source another file is paired with
        doc.foreign = f"{beside} beside it is the English one: this default resource holds the project's own language"
    else:
        bilingual.declare_target(doc, "the language its name gives", lang)
    bilingual.add_units(doc, [(key, strip_mnemonics(pieces, doc.opaque)) for key, pieces in reader.found],
                        MnemonicEscape(doc.text, reader.cdata))
