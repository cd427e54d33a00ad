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
from dataclasses import dataclass

from ..errors import InputError
from .encodings import Decoded
from .model import Document, Segment

MAX_PART = 64 * 2**20  # bytes of one XML part, unpacked: past it, a ZIP bomb rather than an article (a 500-page
# book's document.xml is about 10 MB; parsed, a part takes about ten times its size in memory)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BREAKS = re.compile(r"[\n\r\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # one line a paragraph: no other break
_OFFICE_ANNOTATION = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"

_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"


@dataclass(frozen=True)
class Format:
    """How a format's XML holds text: its paragraph elements, the elements that stand for a character (``""`` for
    none), the subtrees that are not text, and the one element whose text is read (Word's ``w:t``; None for
    OpenDocument's mixed content, where every element's text and tail is)."""

    paragraphs: tuple
    chars: dict
    skip: frozenset
    text_tag: str | None


WORD = Format(
    (_W + "p",),
    {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "\u2011",
     _W + "softHyphen": ""},
    # tracked deletions and moves away, field codes, note and comment marks, properties; a text box's VML copy
    frozenset(_W + n for n in "del delText moveFrom instrText footnoteReference endnoteReference commentReference "
                               "rPr pPr sectPr".split()) | {_MC_FALLBACK},
    _W + "t")
ODF = Format(
    (_T + "p", _T + "h"),
    {_T + "tab": "\t", _T + "line-break": " "},
    # deletions, note marks, comments, hidden text, an image's title and description (its alt text)
    frozenset({_T + "tracked-changes", _T + "note-citation", _T + "note-ref", _T + "bookmark", _T + "soft-page-break",
               _T + "sequence-decls", _T + "variable-decls", _T + "hidden-text", _T + "hidden-paragraph",
               _OFFICE_ANNOTATION, _SVG + "title", _SVG + "desc"}),
    None)
_WORD_NOTE_TYPES = ("separator", "continuationSeparator", "continuationNotice")
_VANISH = f"{_W}rPr/{_W}vanish"


def extract(data: bytes, path: str, fmt: str) -> Decoded:
    """The text of a ``.docx`` or ``.odt`` file's paragraphs, one line each; never written back (``exact`` False)."""
    kind = "a .docx" if fmt == "docx" else "an .odt"
    archive = open_archive(data, path, kind)
    try:
        lines = _read(archive, path, fmt, kind)
    except RecursionError:
        raise InputError(path, f"{kind[kind.index(' ') + 1:]} nested too deeply to read") from None
    text = "\n".join(lines) + "\n" if lines else ""
    return Decoded(text, fmt, False, False)


def _read(archive, path: str, fmt: str, kind: str) -> list[str]:
    with archive:
        if fmt == "docx":
            body = part(archive, "word/document.xml", path, kind, needed=True)
            found = paragraphs(body, WORD)
            for name, note in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
                notes = part(archive, name, path, kind)
                for element in notes.iter(_W + note) if notes is not None else ():
                    if element.get(_W + "type") not in _WORD_NOTE_TYPES:
                        found += paragraphs(element, WORD)
        else:
            body = part(archive, "content.xml", path, kind, needed=True)
            found = paragraphs(body, ODF)
    return found


def open_archive(data: bytes, path: str, kind: str):
    """The ZIP archive of an office file (``kind``: "a .docx"), or InputError."""
    import zipfile

    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, f"not {kind} file: not a ZIP archive (a password-protected document, or another "
                               "kind of file with its name?)") from None
    except (UnicodeDecodeError, NotImplementedError, ValueError, EOFError) as exc:  # a damaged directory
        raise InputError(path, f"not {kind} file: a damaged ZIP archive ({exc})") from None


def member(archive, name: str, path: str, kind: str, needed: bool = False) -> bytes | None:
    """The bytes of one member of the archive (None for one it lacks, unless ``needed``), unpacked up to
    ``MAX_PART`` bytes whatever its header says (a ZIP bomb may lie)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        if needed:
            raise InputError(path, f"not {kind} file: it has no {name}") from None
        return None
    too_big = f"{name} unpacks to more than {MAX_PART} bytes: more than tqcheck reads"
    if info.file_size > MAX_PART:
        raise InputError(path, too_big)
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_PART + 1)
    except Exception as exc:  # a damaged or encrypted member: zlib.error, BadZipFile, RuntimeError, NotImplementedError
        raise InputError(path, f"cannot unpack {name} ({exc})") from None
    if len(data) > MAX_PART:
        raise InputError(path, too_big)
    return data


def part(archive, name: str, path: str, kind: str, needed: bool = False):
    """The parsed XML of one part of the archive (None for a part it lacks, unless ``needed``); one with a document
    type declaration is refused (an office file has none, and entities could stand for anything)."""
    import xml.etree.ElementTree as ET

    xml = member(archive, name, path, kind, needed)
    if xml is None:
        return None

    class Builder(ET.TreeBuilder):
        def doctype(self, *_):  # wherever it is: after a long comment, in UTF-16
            raise InputError(path, f"{name} declares a document type: not read (an office file has none)")

    parser = ET.XMLParser(target=Builder())
    try:
        parser.feed(xml)
        return parser.close()
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: an encoding Python does not know
        raise InputError(path, f"{name} is not well-formed XML ({exc})") from None


def paragraphs(root, fmt: Format) -> list[str]:
    """The text of each paragraph under ``root`` (or of ``root``, a paragraph), in order; a paragraph inside another
    (a text box, an OpenDocument note) comes right after the one that holds it."""
    out: list[str] = []

    def walk(element, parts, nested):
        for child in element:
            tag = child.tag
            if tag in fmt.skip or tag == _W + "r" and _hidden(child):
                pass
            elif tag in fmt.paragraphs:
                nested.append(child)
            elif tag in fmt.chars:
                parts.append(fmt.chars[tag])
            elif tag == _T + "s":  # OpenDocument: `c` spaces (a count that is none, or absurd, reads as one, or 100)
                count = child.get(_T + "c", "1")
                parts.append(" " * (min(int(count), 100) if count.isdigit() else 1))
            elif tag == fmt.text_tag:
                parts.append(child.text or "")
            else:
                if fmt.text_tag is None and child.text:
                    parts.append(child.text)
                walk(child, parts, nested)
            if fmt.text_tag is None and child.tail:
                parts.append(child.tail)

    if root.tag in fmt.paragraphs:
        stack = [root]
    else:  # the body: its paragraphs, wherever they are (tables, lists, sections)
        stack = []
        walk(root, [], stack)
        stack.reverse()
    while stack:
        paragraph, parts, nested = stack.pop(), [], []
        if fmt.text_tag is None and paragraph.text:
            parts.append(paragraph.text)
        walk(paragraph, parts, nested)
        out.append(_BREAKS.sub(" ", "".join(parts)))
        stack += reversed(nested)
    return out


def _hidden(run) -> bool:
    """Is a Word run hidden text (``<w:vanish/>``)?"""
    vanish = run.find(_VANISH)
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


def parse_paragraphs(doc: Document) -> None:
    """The extracted text's lines, each a paragraph: one segment each (an empty paragraph none)."""
    at = 0
    for line in doc.text.split("\n"):
        if line.strip():
            doc.segments.append(Segment(line, at, None, doc.text))
        at += len(line) + 1
