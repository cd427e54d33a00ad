"""Word (``.docx``) and OpenDocument (``.odt``) files: the text of each paragraph, one line a paragraph.

A newsroom's translated article often comes as a word-processor file.  Its text is read from the archive's XML with
the standard library (``zipfile``, ``xml.etree``): the body's paragraphs in order (in tables, lists and text boxes
too), then the footnotes and endnotes.  Each paragraph is one line of the document's text, so a finding's line is
the paragraph's number and its column the character's in the paragraph.

- Read as the reader sees it: tracked insertions are text, tracked deletions are not; a field's shown result is
  text, its code (``HYPERLINK "…"``) is not; a tab is a tab, a line break inside a paragraph a space; a text box
  drawn twice (DrawingML and its VML fallback) is read once.
- Not read: comments, headers and footers, footnote marks, a document's properties.
- These files are never fixed: their text is reported, and ``--fix`` writes nothing into them (a warning says so).
- What is not such a file (not a ZIP archive, a password-protected document, no ``word/document.xml``), an XML part
  with a document type declaration, or a part over ``MAX_PART`` bytes unpacked, is one error line naming the file.
"""

from __future__ import annotations

import io
import re

from ..errors import InputError
from .encodings import Decoded
from .model import Document, Segment

MAX_PART = 256 * 2**20  # bytes of one XML part, unpacked: past it, a ZIP bomb rather than an article
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BREAKS = re.compile(r"[\n\r\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # one line a paragraph: no other break
_OFFICE_ANNOTATION = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"

# Word: what a run's elements read as ("" for nothing), the subtrees that are not text, the paragraphs
_WORD_CHARS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "\u2011",
               _W + "softHyphen": ""}
_WORD_SKIP = frozenset(_W + n for n in "del delText instrText footnoteReference endnoteReference commentReference "
                                       "rPr pPr sectPr".split()) | {_MC_FALLBACK}
_WORD_NOTE_TYPES = ("separator", "continuationSeparator", "continuationNotice")
# OpenDocument: the same
_ODF_CHARS = {_T + "tab": "\t", _T + "line-break": " "}
_ODF_SKIP = frozenset({_T + "tracked-changes", _T + "note-citation", _T + "note-ref", _T + "bookmark",
                       _T + "soft-page-break", _OFFICE_ANNOTATION, _T + "sequence-decls", _T + "variable-decls"})


def extract(data: bytes, path: str, fmt: str) -> Decoded:
    """The text of a ``.docx`` or ``.odt`` file's paragraphs, one line each; never written back (``exact`` False)."""
    import zipfile

    kind = "a .docx" if fmt == "docx" else "an .odt"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, f"not {kind} file: not a ZIP archive (a password-protected document, or another "
                               "kind of file with its name?)") from None
    try:
        paragraphs = _read(archive, path, fmt, kind)
    except RecursionError:
        raise InputError(path, f"{kind[kind.index(' ') + 1:]} nested too deeply to read") from None
    text = "\n".join(paragraphs) + "\n" if paragraphs else ""
    return Decoded(text, fmt, False, False)


def _read(archive, path: str, fmt: str, kind: str) -> list[str]:
    with archive:
        if fmt == "docx":
            body = _part(archive, "word/document.xml", path, kind, needed=True)
            paragraphs = _paragraphs(body, _W + "p", _WORD_CHARS, _WORD_SKIP, _W + "t")
            for name, note in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
                notes = _part(archive, name, path, kind)
                for element in notes.iter(_W + note) if notes is not None else ():
                    if element.get(_W + "type") not in _WORD_NOTE_TYPES:
                        paragraphs += _paragraphs(element, _W + "p", _WORD_CHARS, _WORD_SKIP, _W + "t")
        else:
            body = _part(archive, "content.xml", path, kind, needed=True)
            paragraphs = _paragraphs(body, (_T + "p", _T + "h"), _ODF_CHARS, _ODF_SKIP, None)
    return paragraphs


def _part(archive, name: str, path: str, kind: str, needed: bool = False):
    """The parsed XML of one part of the archive (None for a part it lacks, unless ``needed``)."""
    import xml.etree.ElementTree as ET

    try:
        info = archive.getinfo(name)
    except KeyError:
        if needed:
            raise InputError(path, f"not {kind} file: it has no {name}") from None
        return None
    if info.file_size > MAX_PART:
        raise InputError(path, f"{name} unpacks to {info.file_size} bytes: more than tqcheck reads ({MAX_PART})")
    try:
        xml = archive.read(info)
    except Exception as exc:  # a damaged or encrypted member: zlib.error, RuntimeError, NotImplementedError...
        raise InputError(path, f"cannot unpack {name} ({exc})") from None
    if re.search(rb"<!DOCTYPE|<!ENTITY", xml[:4096]):
        raise InputError(path, f"{name} declares a document type: not read (an office file has none)")
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise InputError(path, f"{name} is not well-formed XML ({exc})") from None


def _paragraphs(root, tags, chars: dict, skip: frozenset, text_tag) -> list[str]:
    """The text of each paragraph under ``root``, in order; a paragraph inside another (a text box, a note) comes
    after the one that holds it.  ``text_tag``: the only element whose text is read (Word's ``w:t``), or None for
    every element's text and tail (OpenDocument's mixed content)."""
    out: list[str] = []
    found = [root] if root.tag in (tags if isinstance(tags, tuple) else (tags,)) else []
    tags = tags if isinstance(tags, tuple) else (tags,)

    def walk(element, parts, nested):
        for child in element:
            tag = child.tag
            if tag in skip:
                pass
            elif tag in tags:
                nested.append(child)
            elif tag in chars:
                parts.append(chars[tag])
            elif tag == _T + "s":  # OpenDocument: `c` spaces
                parts.append(" " * int(child.get(_T + "c", "1") or 1))
            elif text_tag is not None and tag == text_tag:
                parts.append(child.text or "")
            else:
                if text_tag is None and child.text:
                    parts.append(child.text)
                walk(child, parts, nested)
            if text_tag is None and child.tail:
                parts.append(child.tail)

    if not found:  # the body: its paragraphs, wherever they are
        walk(root, [], found)
    while found:
        paragraph, nested = found.pop(0), []
        parts = [paragraph.text or ""] if text_tag is None else []
        walk(paragraph, parts, nested)
        out.append(_BREAKS.sub(" ", "".join(parts)))
        found[0:0] = nested
    return out


def parse_paragraphs(doc: Document) -> None:
    """The extracted text's lines, each a paragraph: one segment each (an empty paragraph none)."""
    at = 0
    for line in doc.text.split("\n"):
        if line.strip():
            doc.segments.append(Segment(line, at, None, doc.text))
        at += len(line) + 1
