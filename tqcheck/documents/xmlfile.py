"""The XML side of the bilingual readers (XLIFF, TMX): the standard library's expat, offsets kept.

expat (``xml.parsers.expat``) is a real, validating-for-well-formedness parser that tells where
each event is in the file (``CurrentByteIndex``), so every character of a unit's text maps to its
exact place: verbatim runs, entities and character references (one decoded character spanning
``&amp;``), CR LF line breaks, CDATA sections.  Inline elements are opaque: an element of native
code (``<ph>``, ``<x/>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<sc/>``...) is one ``PLACEHOLDER`` for
the whole element; a paired element around text (``<g>``, ``<pc>``, ``<mrk>``, ``<hi>``) gives one
``PLACEHOLDER`` for its start tag and one for its end tag, and its text is read.  An entity the
file declares itself (``&product;``) is not expanded: it is opaque too.  A subclass (``xliff``,
``tmx``) says which elements are units, sources and targets.
"""

from __future__ import annotations

import re

from ..errors import InputError
from . import bilingual
from .bilingual import Pieces
from .model import Document

# elements whose content is native code, not text: one PLACEHOLDER for the whole element
NATIVE_CODE = frozenset("ph x bx ex bpt ept it ut sc ec sm em cp".split())
_TAG_RE = re.compile(r"<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>")


class _Offsets:
    """expat's byte offsets (into the UTF-8 of the text) to offsets in the text, events being in order."""

    def __init__(self, text: str):
        self.data = None if text.isascii() else text.encode("utf-8")
        self.byte = self.char = 0

    def __call__(self, index: int) -> int:
        if self.data is None:
            return index
        if index < self.byte:
            self.byte = self.char = 0
        self.char += len(self.data[self.byte:index].decode("utf-8"))
        self.byte = index
        return self.char


class _Element:
    __slots__ = ("name", "attrs", "start", "tag_end", "translate", "inline")

    def __init__(self, name, attrs, start, translate):
        self.name, self.attrs, self.start, self.translate = name, attrs, start, translate
        self.tag_end = -1
        self.inline = False  # a paired inline element of the text being read


class XmlReader:
    ROOTS: tuple[str, ...] = ()
    KIND = "XML"  # for messages: "not an XLIFF file"
    NATIVE = NATIVE_CODE  # the elements whose content is opaque

    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.stack: list[_Element] = []
        self.capture: Pieces | None = None  # the text being read (a source, a target, a TMX seg)
        self.capture_depth = 0
        self.native = 0  # depth inside an element of native code
        self.native_start = 0
        self.in_cdata = False
        self.cdata_from = 0
        self.cdata: list[tuple[int, int]] = []  # where the CDATA sections' text is (fixes are written raw there)
        self.pending: list = []  # `ignore` comments waiting for the end of the next unit
        self.escape = bilingual.XmlEscape(self.cdata)

    # ----------------------------------------------------------- subclass hooks
    def start(self, element: _Element, parent: _Element | None) -> None: ...

    def end(self, element: _Element) -> None:
        """``element`` ended (``self.here()``: where its end tag starts)."""

    # ------------------------------------------------------------------ reading
    def read(self) -> None:
        from xml.parsers import expat

        parser = expat.ParserCreate()
        parser.buffer_text = False  # one event per run, entity and line break: each maps exactly
        self.parser, self.offset = parser, _Offsets(self.text)
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        parser.CommentHandler = self._comment
        parser.StartCdataSectionHandler = self._cdata_start
        parser.EndCdataSectionHandler = self._cdata_end
        parser.DefaultHandler = self._default  # also: entities the file declares are not expanded
        try:
            parser.Parse(self.text, True)
        except expat.ExpatError as exc:
            index = parser.ErrorByteIndex
            line, column = self.doc.position(self.offset(index)) if index >= 0 else (exc.lineno, exc.offset + 1)
            raise InputError(self.doc.path, f"not well-formed XML at line {line}, column {column}: "
                                            f"{expat.ErrorString(exc.code)}") from None
        bilingual.finish(self.doc)

    def here(self) -> int:
        return self.offset(self.parser.CurrentByteIndex)

    def begin(self, pieces: Pieces) -> None:
        """Read the text of the element just started into ``pieces``."""
        self.capture, self.capture_depth = pieces, len(self.stack)

    def end_unit(self, end: int) -> None:
        """A unit ends at ``end``: the `ignore` comments before it cover it."""
        for d in self.pending:
            d.last = end
        self.pending.clear()

    def _start(self, name, attrs):
        name = name.rpartition(":")[2]
        parent = self.stack[-1] if self.stack else None
        if parent is None and name not in self.ROOTS:
            raise InputError(self.doc.path, f"not {self.KIND} file: the root element is <{name}>")
        translate = attrs.get("translate", "yes") != "no" and (parent is None or parent.translate)
        element = _Element(name, attrs, -1, translate)
        self.stack.append(element)
        if self.capture is None:
            self.start(element, parent)
            return
        if self.native:
            self.native += 1
            return
        start = self.here()
        element.start, element.tag_end = start, _TAG_RE.match(self.text, start).end()
        if name in self.NATIVE:
            self.native, self.native_start = 1, start
        else:
            element.inline = True
            self.capture.opaque(start, element.tag_end)

    def _end(self, name):
        element = self.stack[-1]
        if self.capture is not None and len(self.stack) > self.capture_depth:
            if self.native:
                self.native -= 1
                if not self.native:
                    self.capture.opaque(self.native_start, self._element_end(element))
            elif element.inline and not self.text.startswith("/>", element.tag_end - 2):
                start = self.here()
                self.capture.opaque(start, _TAG_RE.match(self.text, start).end())
            self.stack.pop()
            return
        if self.capture is not None:  # the element being read ends
            self.capture = None
        self.stack.pop()
        self.end(element)

    def _element_end(self, element: _Element) -> int:
        if element.tag_end > 0 and self.text.startswith("/>", element.tag_end - 2):
            return element.tag_end
        start = self.here()
        return _TAG_RE.match(self.text, start).end()

    def _chars(self, data):
        if self.capture is None or self.native:
            return
        p = self.here()
        text = self.text
        if text[p] == "&" and not self.in_cdata:  # a reference (even `&amp;`, which starts as it decodes)
            self.capture.decoded(data, p, text.index(";", p) + 1)
        elif text.startswith(data, p):
            self.capture.verbatim(data, p)
        else:  # line breaks the parser normalised (CR LF, a lone CR), character by character
            for c in data:
                if text[p] == "&" and not self.in_cdata:
                    end = text.index(";", p) + 1
                elif c == "\n" and text[p] == "\r":
                    end = p + (2 if text.startswith("\r\n", p) else 1)
                elif text[p] == c:
                    self.capture.verbatim(c, p)
                    p += 1
                    continue
                else:
                    raise ValueError(f"text {c!r} not found at offset {p}")
                self.capture.decoded(c, p, end)
                p = end

    def _default(self, data):
        # in a text: an entity the file declares, a processing instruction
        if self.capture is not None and not self.native and data.startswith(("&", "<?")):
            p = self.here()
            close = ";" if data[0] == "&" else "?>"
            self.capture.opaque(p, self.text.index(close, p) + len(close))

    def _cdata_start(self):
        self.in_cdata = True
        self.cdata_from = self.here() + len("<![CDATA[")

    def _cdata_end(self):
        self.in_cdata = False
        self.cdata.append((self.cdata_from, self.here()))

    def _comment(self, data):
        p = self.here()
        if self.capture is not None and not self.native:  # a comment inside a text separates its words
            self.capture.opaque(p, self.text.index("-->", p + 4) + 3)
        d = bilingual.directive(self.doc, data, p)
        if d is not None:
            self.pending.append(d)
