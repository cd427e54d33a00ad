"""Android string resources (``res/values/strings.xml``): each ``<string>``, each ``<item>`` of a
``<string-array>`` or ``<plurals>``, is one text; its ``name`` (``title``, ``days[2]``, ``songs[one]``) its key.

The file is XML, read by ``xmlfile`` (expat, with offsets); then Android's own syntax, which the
platform's resource compiler applies to the XML's text, is read as it does:

- escapes: ``\\'``, ``\\"``, ``\\\\``, ``\\@``, ``\\?``, ``\\n``, ``\\t``, ``\\uXXXX`` are each one character
  spanning their escape (never edited by a fix);
- double quotes that are not escaped are not text: they keep the spaces between them as written;
  outside them a run of spaces and line breaks is one space, and the spaces at either end are dropped;
- ``<xliff:g>`` marks what is not to be translated (``<xliff:g id="count">%d</xliff:g>``): opaque, as
  placeholders are; styling tags (``<b>``, ``<a href>``) are read through; so are tags written as text
  inside a CDATA section (``<![CDATA[<b>Hi</b>]]>``);
- ``translatable="false"`` on a string, array or plural is not read, nor a reference (``@string/app_name``).

A fix's replacement is written in the same syntax (``'`` as ``\\'``, ``&`` as ``&amp;``), so the file
stays valid.  The language is the one the folder's qualifier names (``values-fr``, ``values-en-rGB``,
``values-b+fr+CA``); ``values`` names none (the default: English in most apps, French in some, which
``language`` tells).  With ``--source values-fr/strings.xml``, each text is paired with the French one of
the same key.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right

from ..errors import InputError
from . import bilingual, locales
from .bilingual import Pieces, XmlEscape
from .model import Document
from .xmlfile import NATIVE_CODE, XmlReader

_UNESCAPED = {"n": "\n", "t": "\t"}
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SPACE = " \t\r\n"
# one token of a verbatim run: an escape (or a backslash ending the run), a quote, spaces, a `<`, other text
# (words with single spaces between them are one token: Android keeps those spaces as they are)
_TOKEN = re.compile(r'\\u[0-9A-Fa-f]{4}|\\.|\\$|"|[ \t\r\n]+|<|[^\\" \t\r\n<]+(?: [^\\" \t\r\n<]+)*', re.S)


def is_string_resource(path: str) -> bool:
    """Is ``path`` a file of strings in a resource folder of no language or English (``res/values/strings.xml``,
    ``values-en-rGB/arrays.xml``; not ``values/colors.xml`` nor ``values-fr/strings.xml``)?"""
    folder, name = os.path.split(path.replace("\\", "/"))
    folder = os.path.basename(folder)
    if not name.endswith(".xml") or not (folder == "values" or folder.startswith("values-")):
        return False
    strings = "string" in name or name in ("arrays.xml", "plurals.xml")
    return strings and not locales.foreign(locales.named_language(path))


class AndroidEscape(XmlEscape):
    """A replacement inside an Android string: Android's escapes, then XML's."""

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        out = replacement.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
        return super().__call__(out.replace("\n", "\\n").replace("\t", "\\t"), start, end)


class AndroidReader(XmlReader):
    ROOTS = ("resources",)
    KIND = "an Android resource"
    NATIVE = NATIVE_CODE | {"g"}  # xliff:g, the namespace dropped: text that is not to be translated

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.escape = AndroidEscape(self.cdata)
        self.found: list = []  # (key, pieces) of each text, in the order read
        self.items = 0  # the rank of the next <item> of a <string-array>

    def start(self, element, parent):
        name, attrs = element.name, element.attrs
        if any(e.attrs.get("translatable") == "false" for e in self.stack):
            return
        parent_name = parent.name if parent is not None else ""
        key = None
        if parent_name == "resources":
            self.items = 0
            if name == "string" or name == "item" and attrs.get("type") == "string":
                key = attrs.get("name") or f"#{len(self.found) + 1}"
        elif name == "item" and parent_name in ("string-array", "plurals"):
            group = parent.attrs.get("name") or f"#{len(self.found) + 1}"
            index = attrs.get("quantity") if parent_name == "plurals" else None
            key, self.items = f"{group}[{self.items if index is None else index}]", self.items + 1
        if key is not None:
            pieces = Pieces()
            self.found.append((key, pieces))
            self.begin(pieces)

    def end(self, element):
        if element.name in ("string", "item"):
            self.end_unit(self.here())


def unescape(pieces: Pieces, text: str, cdata: list, quotes: list) -> Pieces | None:
    """The pieces of an XML text as Android reads them (see the module's doc); None for a reference.  The spans
    of its quotes, which are not text, are added to ``quotes``."""
    reader = _Unescape(text, cdata, quotes)
    for piece, start, end in pieces.parts:
        if end >= 0:
            reader.run(start, end)
        else:
            reader.part(piece, start, -end)
    out = reader.out
    if reader.backslash >= 0:  # a backslash ending the string escapes nothing
        out.verbatim("\\", reader.backslash)
    if out.parts and out.parts[0][0][:1] in ("@", "?") and out.parts[0][2] >= 0:
        return None  # @string/name, ?attr/name: a reference to another resource, no text
    return out


class _Unescape:
    """Android's reading of a string's text, run by run (escapes, quotes, spaces, tags in CDATA)."""

    def __init__(self, text: str, cdata: list, quotes: list):
        self.text, self.cdata, self.quotes = text, cdata, quotes
        self.out = Pieces()
        self.quoted = False
        self.spaces: tuple | None = None  # a run of spaces outside quotes: one space, none at either end
        self.backslash = -1  # where a backslash ending the last run is: it escapes what comes next
        self.skip = 0  # the end of a tag that runs on into the next run

    def before(self) -> None:
        """Something other than spaces comes: the spaces before it are one space, unless at the start."""
        if self.spaces is not None and self.out.parts:
            start, end = self.spaces
            if end - start == 1 and self.text[start] == " ":
                self.out.verbatim(" ", start)
            else:  # line breaks and runs of spaces read as one space: never edited
                self.out.decoded(" ", start, end)
        self.spaces = None

    def space(self, start: int, end: int) -> None:
        self.spaces = (self.spaces[0] if self.spaces else start, end)

    def quote(self, start: int, end: int) -> None:
        self.before()
        self.quoted = not self.quoted
        self.quotes.append((start, end))  # not text, and no fix crosses it: taking one of a pair away would quote
        # the rest of the string

    def escaped(self, char: str, start: int, end: int) -> None:
        self.before()
        self.out.decoded(_UNESCAPED.get(char, char), start, end)

    def part(self, piece: str, start: int, end: int) -> None:
        """A decoded piece (an entity: ``&quot;`` is a quote to Android) or an opaque one (an inline tag)."""
        if self.backslash >= 0:
            self.escaped(piece, self.backslash, end)
            self.backslash = -1
        elif piece == '"':
            self.quote(start, end)
        elif piece in _SPACE and piece and not self.quoted:
            self.space(start, end)
        else:
            self.before()
            self.out.parts.append((piece, start, -end))

    def run(self, pos: int, end: int) -> None:
        """A verbatim run ``text[pos:end]``."""
        text = self.text
        pos = max(pos, self.skip)
        while pos < end:
            if self.backslash >= 0:  # the last run ended with a backslash
                self.escaped(text[pos], self.backslash, pos + 1)
                self.backslash, pos = -1, pos + 1
                continue
            m = _TOKEN.match(text, pos, end)
            token, after = m.group(), m.end()
            first = token[0]
            if first == "\\":
                if len(token) == 1:
                    self.backslash = pos
                else:
                    self.escaped(chr(int(token[2:], 16)) if len(token) == 6 else token[1], pos, after)
            elif first == '"':
                self.quote(pos, after)
            elif first in _SPACE:
                if self.quoted:
                    self.before()
                    self.out.verbatim(token, pos)
                else:
                    self.space(pos, after)
            elif first == "<" and (tag_end := _cdata_tag(text, pos, self.cdata)):  # HTML written in CDATA
                self.before()
                self.out.opaque(pos, tag_end)
                after = self.skip = tag_end
            else:
                self.before()
                self.out.verbatim(token, pos)
            pos = after


def _cdata_tag(text: str, start: int, cdata: list) -> int:
    """The end of a tag at ``start`` inside a CDATA section (``cdata``: their spans, in order), else 0."""
    k = bisect_right(cdata, (start, len(text) + 1)) - 1
    if k < 0 or not cdata[k][0] <= start < cdata[k][1]:
        return 0
    m = _TAG.match(text, start, cdata[k][1])
    return m.end() if m else 0


def _merged(pieces: Pieces) -> Pieces:
    """Adjacent verbatim runs as one run (joined once: adding them one by one would be quadratic)."""
    merged, run = Pieces(), []
    for part in pieces.parts + [("", -1, -1)]:
        if part[2] >= 0 and run and run[-1][2] == part[1]:
            run.append(part)
            continue
        if run:
            merged.parts.append(("".join(p[0] for p in run), run[0][1], run[-1][2]))
        run = [part] if part[2] >= 0 else []
        if part[2] < 0 and part[1] >= 0:
            merged.parts.append(part)
    return merged


def parse_android(doc: Document) -> None:
    reader = AndroidReader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its folder names", locales.named_language(doc.path))
    read = [(key, unescape(pieces, doc.text, reader.cdata, doc.opaque)) for key, pieces in reader.found]
    bilingual.add_units(doc, [(key, _merged(pieces)) for key, pieces in read if pieces], reader.escape)


def root_element(text: str, path: str) -> str:
    """The name of an XML file's root element (its prolog, comments and doctype skipped)."""
    at = 0
    while True:
        at = text.find("<", at)
        if at < 0:
            raise InputError(path, "not an XML file: no element")
        if text.startswith("<!--", at):
            close = text.find("-->", at)
            at = len(text) if close < 0 else close + 3
        elif text.startswith(("<?", "<!"), at):
            at += 2
        else:
            m = re.match(r"<([\w.:-]+)", text[at:at + 200])
            return m.group(1).rpartition(":")[2] if m else ""
