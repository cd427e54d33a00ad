"""Presentations: PowerPoint (``.pptx``) and OpenDocument (``.odp``), read-only as Word files are (``office``).

A localisation team's translated deck: the text of each slide in the presentation's order (titles, text boxes,
tables, grouped shapes), each slide's speaker notes after it, one line a paragraph.  Not read: hidden slides, the
slide number, date, header and footer placeholders, the notes page's picture of its slide, charts and SmartArt,
comments, the masters and layouts (their sample text is no part of the deck).  OpenDocument's ``content.xml`` holds
its pages and their notes in order, read as an ``.odt``'s paragraphs.
"""

from __future__ import annotations

import posixpath

from ..errors import InputError
from .encodings import Decoded
from .office import ODF, Format, open_archive, paragraphs, part

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide"
DRAWING = Format((_A + "p",), {_A + "br": " ", _A + "tab": "\t"},
                 frozenset({_A + "rPr", _A + "pPr", _A + "endParaRPr", _A + "bodyPr", _A + "lstStyle"}), _A + "t")
_NOT_TEXT = frozenset(("sldNum", "dt", "hdr", "ftr", "sldImg"))  # placeholders the deck's machinery fills
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
_NOT_ODP_TEXT = frozenset(("page-number", "date-time", "header", "footer", "page"))


def extract(data: bytes, path: str, fmt: str) -> Decoded:
    kind = "a .pptx" if fmt == "pptx" else "an .odp"
    archive = open_archive(data, path, kind)
    try:
        with archive:
            if fmt == "odp":
                lines = _pages(part(archive, "content.xml", path, kind, needed=True))
            else:
                lines = _deck(archive, path, kind)
    except RecursionError:
        raise InputError(path, f"{kind[kind.index(' ') + 1:]} nested too deeply to read") from None
    text = "\n".join(lines) + "\n" if lines else ""
    return Decoded(text, fmt, False, False)


def _pages(content) -> list:
    """An OpenDocument presentation's pages (and their notes), in order; not hidden pages nor the frames its
    machinery fills (page number, date, header, footer)."""
    lines = []
    for page in content.iter(_DRAW + "page"):
        if page.get(_PRESENTATION + "visibility") == "hidden":
            continue
        for frame in list(page.iter(_DRAW + "frame")):
            if frame.get(_PRESENTATION + "class") in _NOT_ODP_TEXT:
                frame.clear()
        lines += [line for line in paragraphs(page, ODF) if line.strip()]
    return lines


def _deck(archive, path: str, kind: str) -> list:
    presentation = part(archive, "ppt/presentation.xml", path, kind, needed=True)
    targets = _relations(archive, "ppt/presentation.xml", path, kind)
    lines = []
    for slide_id in presentation.iter(_P + "sldId"):
        name = targets.get(slide_id.get(_R + "id"), (None,))[0]
        slide = part(archive, name, path, kind) if name else None
        if slide is None or slide.get("show") in ("0", "false"):
            continue  # a hidden slide is not shown
        lines += _shapes(slide)
        notes = [t for t, kind_ in _relations(archive, name, path, kind).values() if kind_ == _NOTES]
        notes_slide = part(archive, notes[0], path, kind) if notes else None
        if notes_slide is not None:
            lines += _shapes(notes_slide)
    return lines


def _shapes(root) -> list:
    """The paragraphs of a slide's shapes (``p:sp``, in groups too) and tables, in order; not those of the
    placeholders its machinery fills (slide number, date, footer, the notes page's picture of its slide)."""
    out = []
    for element in root.iter():
        if element.tag == _P + "sp":
            placeholder = element.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph")
            body = element.find(_P + "txBody")
            if body is not None and (placeholder is None or placeholder.get("type") not in _NOT_TEXT):
                out += paragraphs(body, DRAWING)
        elif element.tag == _A + "tbl":
            out += paragraphs(element, DRAWING)
    return [line for line in out if line.strip()]


def _relations(archive, name: str, path: str, kind: str) -> dict:
    """A part's relationships: id -> (the archive name of its target, its type)."""
    folder, base = posixpath.split(name)
    rels = part(archive, posixpath.join(folder, "_rels", base + ".rels"), path, kind)
    out = {}
    for rel in rels.iter(_REL + "Relationship") if rels is not None else ():
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        target = posixpath.normpath(target[1:] if target.startswith("/") else posixpath.join(folder, target))
        out[rel.get("Id")] = (target, rel.get("Type"))
    return out

