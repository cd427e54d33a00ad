""".NET resource files (``Resources.resx``, ``Strings.en-GB.resx``, a Windows Forms ``Form1.resx``): each string
``<data>``'s ``<value>`` is one text, its ``name`` its key.

- Not text: a ``<data>`` with a ``type`` or ``mimetype`` (an icon, a ``System.Drawing.Point``), the designer's
  ``>>button1.Name`` entries, ``<comment>``, ``<resheader>``, ``<metadata>``, ``<assembly>`` and the schema.
- A Windows Forms mnemonic (``&amp;OK``: ``&OK``, shown as OK with O underlined) is not text; placeholders
  (``{0}``, ``{0:N2}``) are opaque.
- The language is the one the name gives (``Resources.fr.resx``); a file that names none is the default resource
  (English in most projects, French in some, which ``language`` tells).  With ``--source Resources.fr.resx``, each
  text is paired with the French one of the same name.
The file is read by ``xmlfile`` (expat, with offsets); a fix is written XML-escaped.
"""

from __future__ import annotations

from . import bilingual, locales
from .bilingual import Pieces
from .model import Document
from .qt import shown
from .xmlfile import XmlReader


def is_resx(path: str) -> bool:
    """Is ``path`` a resource file of no language or English (``Resources.resx``, ``Strings.en-GB.resx``; not
    ``Resources.fr.resx``)?"""
    return path.lower().endswith(".resx") and not locales.foreign(locales.named_language(path, folder=False))


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


def parse_resx(doc: Document) -> None:
    reader = ResxReader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its name gives", locales.named_language(doc.path, folder=False))
    bilingual.add_units(doc, [(key, shown(pieces, doc.opaque)) for key, pieces in reader.found], reader.escape)
