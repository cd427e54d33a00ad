"""TMX (1.1 to 1.4b): in each ``<tu>``, the English ``<tuv>``'s ``<seg>`` is checked, the source's paired.

The source is the variant in the language the header (or the ``<tu>``) names as ``srclang``; with
``*all*``, the French one.  The target is the English variant (``en``, ``en-GB``...), else the one other
variant when it names no language; a unit with none is not checked (a warning counts them), and a file
with none is not English: not checked at all.  The pair's id is the ``tuid`` (else ``#N``, the unit's
rank).  Inline ``<bpt>``, ``<ept>``, ``<it>``, ``<ph>``, ``<ut>`` are opaque; ``<hi>`` is read through.  The file is read by ``xmlfile`` (expat, with offsets).
"""

from __future__ import annotations

from . import bilingual, locales
from .bilingual import Pieces
from .model import Document
from .xmlfile import XmlReader


def _primary(lang: str | None) -> str:
    return (lang or "").replace("_", "-").split("-")[0].lower()


class TmxReader(XmlReader):
    ROOTS = ("tmx",)
    KIND = "a TMX"

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.srclang = ""
        self.units = 0
        self.unit: list = []  # [id, srclang, [(lang, pieces)...]]
        self.foreign: list = []  # the target language of each unit with no English variant

    def start(self, element, parent):
        name, attrs = element.name, element.attrs
        parent_name = parent.name if parent is not None else ""
        if name == "header":
            self.srclang = attrs.get("srclang", "")
        elif name == "tu":
            self.units += 1
            self.unit = [attrs.get("tuid") or f"#{self.units}", attrs.get("srclang") or self.srclang, []]
        elif name == "tuv" and parent_name == "tu" and self.unit:
            self.unit[2].append((attrs.get("xml:lang") or attrs.get("lang") or "", Pieces()))
        elif name == "seg" and parent_name == "tuv" and self.unit and self.unit[2]:
            self.begin(self.unit[2][-1][1])

    def end(self, element):
        if element.name != "tu" or not self.unit:
            return
        unit_id, srclang, variants = self.unit
        self.unit = []
        self.end_unit(self.here())
        wanted = _primary(srclang) if srclang and srclang.lower() != "*all*" else "fr"
        source = next((v for v in variants if _primary(v[0]) == wanted), None)
        target = next((v for v in variants if v is not source and _primary(v[0]) == "en"), None)
        if target is None:
            others = [v for v in variants if v is not source]
            if source is None or len(others) != 1:
                return  # no variant to check
            if locales.foreign(others[0][0]):
                self.foreign.append(others[0][0])  # no English variant: not checked
                return
            target = others[0]  # a variant of no named language: checked
        if source is None:
            others = [v for v in variants if v is not target]
            source = others[0] if len(others) == 1 else None
        bilingual.add_pair(self.doc, source[1] if source else Pieces(), target[1], unit_id, self.escape)


def parse_tmx(doc: Document) -> None:
    reader = TmxReader(doc)
    reader.read()
    bilingual.foreign_units(doc, reader.foreign, "with no English variant")
