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

from . import bilingual, locales
from .bilingual import Pieces, XmlEscape
from .model import Document
from .xmlfile import NATIVE_CODE, XmlReader

_GONE = ("vanished", "obsolete")  # a message no longer in the code
# a mnemonic's `&` before a letter (not `&&`, nor between capitals: R&D), as in Java bundles (``properties``)
_MNEMONIC = re.compile(r"(?<![A-Z&])&(?=[^\W\d_])|(?<=[A-Z])&(?=[a-z])")


def is_english_ts(path: str) -> bool:
    """Is ``path`` a Qt Linguist file whose name says English (``app_en.ts``, ``lang/en_GB.ts``)?  The name is asked
    first, so that a folder of TypeScript is not opened file by file; then the file's start (``<?xml``, ``<TS``)."""
    if locales.named_language(path) is None or locales.foreign(locales.named_language(path)):
        return False
    try:
        with open(path, "rb") as handle:
            start = handle.read(512)
    except OSError:
        return True  # named English: the error is the reader's to report
    return b"<TS" in start or b"<!DOCTYPE TS" in start


class QtEscape(XmlEscape):
    """XML escaping, and no fix that could make or unmake a mnemonic: none writes an ``&``, nor right after one."""

    def __init__(self, text: str, cdata: list):
        super().__init__(cdata)
        self.text = text

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        if "&" in replacement or self.text.endswith("&amp;", 0, start) or self.text.endswith("&", 0, start):
            return None
        return super().__call__(replacement, start, end)


class QtReader(XmlReader):
    ROOTS = ("TS",)
    KIND = "a Qt Linguist"
    NATIVE = NATIVE_CODE | {"byte"}  # <byte value="x9"/>: a character XML cannot hold

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.escape = QtEscape(doc.text, self.cdata)
        self.language = self.source_language = ""
        self.context: Pieces | None = None  # the <name> of the context being read
        self.context_name = ""
        self.message: list | None = None  # [source pieces, [target pieces...], gone]
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
            self.message = [Pieces(), [], False]
        elif self.message is None:
            return
        elif name == "source" and parent_name == "message":
            self.begin(self.message[0])
        elif name == "translation" and parent_name == "message":
            self.message[2] = attrs.get("type") in _GONE
            plural = any(e.attrs.get("numerus") == "yes" for e in self.stack if e.name == "message")
            if not plural and attrs.get("variants") != "yes":
                self.begin(self._form())
        elif name == "numerusform" and parent_name == "translation" and attrs.get("variants") != "yes" \
                or name == "lengthvariant":
            self.begin(self._form())

    def _form(self) -> Pieces:
        pieces = Pieces()
        self.message[1].append(pieces)
        return pieces

    def end(self, element):
        if element.name == "name" and self.context is not None:
            self.context_name, self.context = "".join(p[0] for p in self.context.parts), None
        elif element.name == "message" and self.message is not None:
            source, forms, gone = self.message
            self.message = None
            if not gone:
                unit = f"{self.context_name}\x04{''.join(p[0] for p in source.parts)}"
                many = len(forms) > 1
                self.messages += [(f"{unit}[{k}]" if many else unit, source, form) for k, form in enumerate(forms)]
            self.end_unit(self.here())


def shown(pieces: Pieces, opaque: list) -> Pieces:
    """The pieces as Qt shows them: a mnemonic's ``&`` (written ``&amp;``) is nothing, its span opaque; ``&&`` one
    ``&``."""
    text = "".join(p[0] for p in pieces.parts)
    if "&" not in text:
        return pieces
    at = 0
    marks = {m.start() for m in _MNEMONIC.finditer(text)}
    doubled = {m.start() + 1 for m in re.finditer("&&", text)}
    out = Pieces()
    for chars, start, end in pieces.parts:
        if chars == "&" and (at in marks or at in doubled):
            opaque.append((start, -end if end < 0 else start + 1))
        else:
            out.parts.append((chars, start, end))
        at += len(chars)
    return out


def parse_ts(doc: Document) -> None:
    if not doc.text.lstrip("\ufeff \t\r\n").startswith("<"):
        doc.warnings.append("not a Qt Linguist file (TypeScript?): nothing to check")
        return
    reader = QtReader(doc)
    reader.read()
    if reader.language:
        bilingual.declare_target(doc, "the target language", reader.language)
    else:
        bilingual.declare_path_target(doc)
    if doc.foreign:
        return
    for unit, source, target in reader.messages:
        bilingual.add_pair(doc, shown(source, doc.opaque), shown(target, doc.opaque), unit, reader.escape,
                           tags=True)
    sources = (p.source for p in doc.pairs)
    if reader.source_language and not locales.foreign(reader.source_language) \
            or not reader.source_language and not _reads_as_french(sources):
        doc.pairs = []  # an English source: the targets are checked, not compared with it
    bilingual.finish(doc)


def _reads_as_french(texts) -> bool:
    from .language import reads_as_french

    return reads_as_french(texts, strings=True) is not None
