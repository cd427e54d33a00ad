"""Qt Linguist translation files (``.ts``): each ``<message>``'s ``<translation>`` is checked, its ``<source>`` paired.

``lupdate`` writes one ``<context>`` a class, one ``<message>`` a string: its ``<source>``, and the translation
(``<translation>``, or one ``<numerusform>`` a plural form where the message is ``numerus="yes"``, or one
``<lengthvariant>`` a length where it has ``variants="yes"``).  Each form is a target paired with the source; its id
is the context's name, ``\\x04`` and the source (``[n]`` for the n-th form), as a PO entry's is.

- Not read: a message whose translation is ``vanished`` or ``obsolete`` (gone from the code: Qt Linguist keeps it
  for reuse), comments for translators (``<comment>``, ``<extracomment>``, ``<translatorcomment>``), the
  ``<oldsource>`` of a changed string, and ``<location>``.  An ``unfinished`` translation is checked: ``lrelease``
  ships it.
- A menu's mnemonic (``&amp;Open``: ``&Open`` shown as Open with O underlined) is not text; ``&&`` is one ``&``.
  Qt's placeholders (``%1``, ``%L1``, ``%n``) are opaque, as the other placeholders are; so is ``<byte value="x9"/>``.
- The language is the root's ``language`` (else the one the path names: ``app_en.ts``): a file whose target is not
  English is not checked.  Where ``sourcelanguage`` says English (a file written to give an English app its plural
  forms), the targets are checked and not compared with their source; where it says nothing, they are compared
  only when the sources read as French.
- ``.ts`` is also TypeScript's extension: a file that is not XML is not read (one warning, nothing to check).
The file is read by ``xmlfile`` (expat, with offsets); ``<!-- tqcheck: ignore TQ101 -->`` covers the next message.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from . import bilingual, locales
from .bilingual import MnemonicEscape, Pieces, strip_mnemonics
from .language import french_sources
from .model import Document
from .xmlfile import NATIVE_CODE, XmlReader

_GONE = ("vanished", "obsolete")  # a message no longer in the code
# a Qt Linguist file's start: the XML declaration, the doctype and comments, then the root <TS> (not TypeScript's
# `<TState>`, `<div>`)
_QT_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE TS>\s*)?(?:<!--.*?-->\s*)*<TS[\s>]",
                       re.S)


def is_english_ts(path: str) -> bool:
    """Is ``path`` a Qt Linguist file whose name says English (``app_en.ts``, ``lang/en_GB.ts``)?  The name is asked
    first, so that a folder of TypeScript is not opened file by file; then the file's start (``_QT_START``)."""
    if not locales.english(locales.named_language(path)):
        return False
    head = locales.file_head(path, 4096)
    return head is None or _QT_START.match(head) is not None  # (not on disk, an editor's new buffer: the name says)


@dataclass
class _Message:
    source: Pieces = field(default_factory=Pieces)
    comment: Pieces = field(default_factory=Pieces)  # Qt's disambiguation, as a PO entry's msgctxt
    forms: list = field(default_factory=list)  # the translation's pieces, one a plural form or length variant
    gone: bool = False  # vanished or obsolete


class QtReader(XmlReader):
    ROOTS = ("TS",)
    KIND = "a Qt Linguist"
    NATIVE = NATIVE_CODE | {"byte"}  # <byte value="x9"/>: a character XML cannot hold

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.escape = MnemonicEscape(doc.text, self.cdata)
        self.language = self.source_language = ""
        self.context: Pieces | None = None  # the <name> of the context being read
        self.context_name = ""
        self.message: _Message | None = None
        self.messages: list = []  # (id, source, target) of each form, in the order read

    def start(self, element, parent):
        name, attrs = element.name, element.attrs
        parent_name = parent.name if parent is not None else ""
        if name == "TS":
            self.language, self.source_language = attrs.get("language", ""), attrs.get("sourcelanguage", "")
        elif name == "context":
            self.context, self.context_name = None, ""
        elif name == "name" and parent_name == "context":
            self.context = Pieces()
            self.begin(self.context)
        elif name == "message":
            self.message = _Message()
        elif self.message is None or parent_name not in ("message", "translation", "numerusform"):
            return
        elif name in ("source", "comment") and parent_name == "message":
            self.begin(self.message.source if name == "source" else self.message.comment)
        elif name == "translation" and parent_name == "message":
            self.message.gone = attrs.get("type") in _GONE
            plural = any(e.attrs.get("numerus") == "yes" for e in self.stack if e.name == "message")
            if not plural and attrs.get("variants") != "yes":
                self.begin(self._form())
        elif name == "numerusform" and parent_name == "translation" and attrs.get("variants") != "yes" \
                or name == "lengthvariant":
            self.begin(self._form())

    def _form(self) -> Pieces:
        pieces = Pieces()
        self.message.forms.append(pieces)
        return pieces

    def end(self, element):
        if element.name == "name" and self.context is not None:
            self.context_name, self.context = self.context.text(), None
        elif element.name == "message" and self.message is not None:
            message, self.message = self.message, None
            if not message.gone:
                comment = message.comment.text()
                unit = f"{self.context_name}\x04{message.source.text()}" + (f"\x04{comment}" if comment else "")
                many = len(message.forms) > 1
                context = f"{self.context_name}\x04{comment}"  # (a disambiguation comment is Qt's msgctxt)
                self.messages += [(f"{unit}[{k}]" if many else unit, message.source, form, context)
                                  for k, form in enumerate(message.forms)]
            self.end_unit(self.here())



def parse_ts(doc: Document) -> None:
    if not doc.text.lstrip("\ufeff \t\r\n").startswith(("<?xml", "<!DOCTYPE TS", "<TS", "<!--")):
        doc.warnings.append("not a Qt Linguist file (TypeScript?): nothing to check")
        return
    reader = QtReader(doc)
    reader.read()
    bilingual.declare_language(doc, "the target language", reader.language)
    if doc.foreign:
        return
    for unit, source, target, context in reader.messages:
        bilingual.add_pair(doc, strip_mnemonics(source, doc.opaque), strip_mnemonics(target, doc.opaque), unit,
                           reader.escape, tags=True, context=context)
    if not locales.foreign(reader.source_language) and not french_sources(
            (p.source for p in doc.pairs), declared_english=bool(reader.source_language)):
        doc.pairs = []  # an English source (declared, or none declared): the targets are checked, not compared
    bilingual.finish(doc)
