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

from ..errors import InputError
from . import bilingual
from .bilingual import Pieces, XmlEscape
from .model import Document
from .xmlfile import NATIVE_CODE, XmlReader

_UNESCAPED = {"n": "\n", "t": "\t"}
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SPACE = " \t\r\n"


def resource_language(path: str) -> str | None:
    """The language the qualifiers of a resource folder name: ``values-fr`` fr, ``values-en-rGB`` en-GB,
    ``values-b+sr+Latn`` sr-Latn, ``values-night`` and ``values`` none."""
    folder = os.path.basename(os.path.dirname(path.replace("\\", "/")))
    if not folder.startswith("values-"):
        return None
    qualifiers = folder.split("-")[1:]
    for k, q in enumerate(qualifiers):
        if q.startswith("b+"):  # BCP 47: b+sr+Latn
            return "-".join(q.split("+")[1:]) or None
        if re.fullmatch(r"[a-z]{2,3}", q) and bilingual.is_locale(q):
            region = qualifiers[k + 1] if k + 1 < len(qualifiers) else ""
            return f"{q}-{region[1:]}" if re.fullmatch(r"r[A-Z]{2}", region) else q
    return None


def is_string_resource(path: str) -> bool:
    """Is ``path`` a file of strings in a resource folder of no language or English (``res/values/strings.xml``,
    ``values-en-rGB/arrays.xml``; not ``values/colors.xml`` nor ``values-fr/strings.xml``)?"""
    folder, name = os.path.split(path.replace("\\", "/"))
    folder = os.path.basename(folder)
    if not name.endswith(".xml") or not (folder == "values" or folder.startswith("values-")):
        return False
    return ("string" in name or name in ("arrays.xml", "plurals.xml")) and not bilingual.foreign(resource_language(path))


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


def unescape(pieces: Pieces, text: str, cdata: list) -> Pieces | None:
    """The pieces of an XML text as Android reads them (see the module's doc); None for a reference."""
    chars = []  # (text, start, end, verbatim): one character of the file or one decoded piece
    for piece, start, end in pieces.parts:
        if end >= 0:
            chars += [(c, start + k, start + k + 1, True) for k, c in enumerate(piece)]
        else:
            chars.append((piece, start, -end, False))
    out = Pieces()
    quoted, spaces, k, n = False, None, 0, len(chars)
    while k < n:
        c, start, end, verbatim = chars[k]
        k += 1
        if not quoted and c in _SPACE:  # a run of spaces outside quotes: one space, none at either end
            spaces = (spaces[0], end, spaces[2] + c) if spaces else (start, end, c)
            continue
        if spaces is not None:
            if out.parts:
                _add(out, spaces)
            spaces = None
        if c == "\\" and k < n:
            escaped, end = chars[k][0], chars[k][2]
            k += 1
            digits = "".join(ch[0] for ch in chars[k:k + 4])
            if escaped == "u" and _HEX4.fullmatch(digits):
                escaped, end, k = chr(int(digits, 16)), chars[k + 3][2], k + 4
            out.decoded(_UNESCAPED.get(escaped, escaped), start, end)
        elif c == '"':  # a quote (or &quot;): not text; one inside the text is opaque, so no fix crosses it
            quoted = not quoted
            if out.parts and any(ch[0] not in _SPACE for ch in chars[k:]):
                out.opaque(start, end)
        elif verbatim and c == "<" and (tag_end := _cdata_tag(text, start, cdata)):  # HTML written in CDATA
            out.opaque(start, tag_end)
            while k < n and chars[k][1] < tag_end:
                k += 1
        elif verbatim:
            out.verbatim(c, start)
        else:
            out.parts.append((c, start, -end))
    if out.parts and out.parts[0][0] in ("@", "?") and out.parts[0][2] >= 0:
        return None  # @string/name, ?attr/name: a reference to another resource, no text
    return out


def _cdata_tag(text: str, start: int, cdata: list) -> int:
    """The end of a tag at ``start`` inside a CDATA section, else 0."""
    for a, b in cdata:
        if a <= start < b:
            m = _TAG.match(text, start, b)
            return m.end() if m else 0
    return 0


def _add(out: Pieces, spaces: tuple) -> None:
    start, end, written = spaces
    if written == " ":
        out.verbatim(" ", start)
    else:  # line breaks and runs of spaces read as one space: never edited
        out.decoded(" ", start, end)


def _merged(pieces: Pieces) -> Pieces:
    """Adjacent verbatim characters as one run."""
    merged = Pieces()
    for part in pieces.parts:
        last = merged.parts[-1] if merged.parts else None
        if last is not None and part[2] >= 0 and last[2] >= 0 and last[2] == part[1]:
            merged.parts[-1] = (last[0] + part[0], last[1], part[2])
        else:
            merged.parts.append(part)
    return merged


def parse_android(doc: Document) -> None:
    reader = AndroidReader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its folder names", resource_language(doc.path))
    doc.units = {}
    for key, pieces in reader.found:
        read = unescape(pieces, doc.text, reader.cdata)
        seg = bilingual.segment(doc, _merged(read), reader.escape) if read else None
        if seg is not None and bilingual.is_prose(seg.text):
            doc.segments.append(seg)
            doc.units[key] = seg
    bilingual.finish(doc)


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
