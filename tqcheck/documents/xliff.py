"""XLIFF 1.2 and 2.0 (and 1.0, 1.1, 2.1, 2.2): each unit's ``<target>`` is checked, its ``<source>`` paired.

1.x: ``<trans-unit id>`` holds ``<source>`` and ``<target>`` (paired with ``<seg-source>`` instead where
there is one: the source cut into ``<mrk mtype="seg">`` as the target is, as SDL Trados's ``.sdlxliff``
files have it); 2.x: ``<unit id>`` holds ``<segment>``\\ s, each with ``<source>`` and ``<target>`` (the
pair's id is the unit's, with ``/`` and the segment's id when there are several).  Targets elsewhere
(``<alt-trans>``, 2.x match candidates) are suggestions, not the translation: not read.  A unit marked
``translate="no"`` (or inside a group or file marked so) is not read.  Every unit is checked whatever its
``state``.  A file whose source is English (``source-language="en"``: Symfony's ``validators.en.xlf``, an English
text rewritten) has its targets checked and no pairs: the TQ6xx rules compare a translation with its French
source; but sources that read as French are French whatever the file declares (Angular writes ``en-US`` unless
the project sets its source locale: 4 of 6 French-first apps' ``messages.en.xlf`` seen at stop 43).  The file is
read by ``xmlfile`` (expat, with offsets); ``<!-- tqcheck: ignore TQ101 -->`` covers the next unit.  A unit's
spaces and line breaks count (``Pair.spaces_count``) as the nearest ``xml:space`` says (on its source or target,
the unit, or an element around it); where none says, in a 1.x unit whose datatype is not markup (Symfony's
``plaintext``), not in markup (Angular's ``html``, which its extraction indents and reflows) nor in 2.x, whose
default lets a tool reflow them.  A unit's meaning note (Angular's) is its context (``Pair.context``).
"""

from __future__ import annotations

from . import bilingual, locales
from .bilingual import Pieces
from .language import french_sources
from .model import Document
from .xmlfile import XmlReader

_MARKUP_DATATYPES = ("html", "htmlbody", "xhtml", "xml", "sgml")  # XLIFF 1.2's datatypes whose spaces reflow
_PAIR_PARENTS = ("trans-unit", "segment")  # the elements whose <source> and <target> are the unit's


class XliffReader(XmlReader):
    ROOTS = ("xliff",)
    KIND = "an XLIFF"

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.units = 0
        self.unit_id = ""
        self.segments: list = []  # 2.x: [source, target, id] of the unit being read
        self.declared = False  # a target language was declared somewhere
        self.root_lang = self.file_lang = ""  # 2.x: the root's trgLang; 1.x: each <file>'s target-language
        self.foreign: list = []  # the target language of each unit of a file whose target is not English
        self.preserve = False  # the unit's xml:space is "preserve": its spaces count
        self.sources: set = set()  # the source languages its root and files declare
        self.meaning: Pieces | None = None  # the unit's <note> of its meaning

    def start(self, element, parent):
        name, attrs = element.name, element.attrs
        if name == "xliff":
            self.root_lang = self.file_lang = attrs.get("trgLang") or ""
            self.declared |= bool(self.root_lang)
            self.sources.add(attrs.get("srcLang") or "")
        elif name == "file":
            self.file_lang = attrs.get("target-language") or self.root_lang
            self.declared |= bool(self.file_lang)
            self.sources.add(attrs.get("source-language") or "")
        elif name in ("trans-unit", "unit"):
            self.units += 1
            self.unit_id = attrs.get("id") or f"#{self.units}"
            self.segments = []
            # xml:space: the nearest element that says it, from the unit out (XML's inheritance); where none
            # does, a 1.x unit's spaces count unless its datatype is markup (Angular's "html": reflowed)
            space = next((e.attrs["xml:space"] for e in reversed(self.stack) if "xml:space" in e.attrs), None)
            datatype = next((e.attrs["datatype"] for e in reversed(self.stack) if "datatype" in e.attrs), "")
            self.preserve = space == "preserve" if space else (name == "trans-unit" and
                                                               datatype.lower() not in _MARKUP_DATATYPES)
            self.meaning = None
            if name == "trans-unit":
                self.segments.append([Pieces(), Pieces(), ""])
        elif name == "note" and "meaning" in (attrs.get("from"), attrs.get("category")) and any(
                e.name in ("trans-unit", "unit") for e in self.stack):  # (XLIFF 2: <notes> before <segment>)
            self.meaning = Pieces()  # Angular's: one source, two meanings, two units (TQ609 compares them apart)
            self.begin(self.meaning)
        elif name == "segment" and parent is not None and parent.name == "unit":
            self.segments.append([Pieces(), Pieces(), attrs.get("id", "")])
        elif name in ("source", "seg-source", "target") and parent is not None and parent.name in _PAIR_PARENTS:
            if "xml:space" in attrs:  # nearer still
                self.preserve = attrs["xml:space"] == "preserve"
            if element.translate and self.segments:
                pair = self.segments[-1]
                if name == "seg-source":  # 1.2: the source cut into <mrk mtype="seg">, as the target is
                    pair[0] = Pieces()
                self.begin(pair[name == "target"])

    def end(self, element):
        if element.name not in ("trans-unit", "unit"):
            return
        if element.translate and locales.foreign(self.file_lang):
            self.foreign.append(self.file_lang)  # a <file> whose target is not English: not checked
        elif element.translate:
            many = len(self.segments) > 1
            for k, (source, target, sid) in enumerate(self.segments, 1):
                pair_id = f"{self.unit_id}/{sid or k}" if sid or many else self.unit_id
                bilingual.add_pair(self.doc, source, target, pair_id, self.escape, self.preserve,
                                   context=self.meaning.text() if self.meaning else "")
        self.segments = []
        self.end_unit(self.here())


def parse_xliff(doc: Document) -> None:
    reader = XliffReader(doc)
    reader.read()
    declared = {lang for lang in reader.sources if lang}
    if declared and not any(locales.foreign(lang) for lang in declared) and not french_sources(
            (p.source for p in doc.pairs), declared_english=True):  # (Angular declares `en-US`, whatever its sources)
        doc.pairs = []  # an English source (Symfony's validators.en.xlf): its targets are checked, not compared
    if not reader.declared:  # no target-language: Angular's messages.fr.xlf, Symfony's translations/fr.xlf
        bilingual.declare_path_target(doc)
    else:
        bilingual.foreign_units(doc, reader.foreign, "in a <file> whose target is not English")
        doc.declared_english = not doc.foreign  # (as a PO's `Language: en`: its text is not guessed)
