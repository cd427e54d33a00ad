"""Spreadsheets (``.xlsx``): string tables as localisation teams exchange them, the English column checked and the
French one paired, read-only as Word files are (``office``).

Each sheet is read as a CSV string table is (``csvfile.columns``): a first row that names the columns (``fr``,
``English``, ``source``, ``target``, ``key``…), else two columns as ``source,target``; a sheet that names no English
column is not read (one warning names them).  Cells are read as Excel shows them: shared strings, rich text runs
(without their phonetic guides), inline strings and the text results of formulas; numbers and dates are not text.

The extracted text is one line a row, ``Sheet!7<TAB>source<TAB>target`` (a cell's own tabs and line breaks read as
spaces), so that a finding's line shows the sheet, the row, the French and the English; the pair's id is
``Sheet!7`` (or the ``key`` column's value).  Never written back: ``--fix`` reports (a warning says so).
"""

from __future__ import annotations

import os
import re

from . import bilingual
from .bilingual import Pieces
from .csvfile import columns
from .encodings import Decoded
from .model import Document
from .office import open_archive, part

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"([A-Z]+)(\d+)")
_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")
KIND = "an .xlsx"


def is_string_book(path: str) -> bool:
    """Does a folder run read this spreadsheet: its name says English, or strings or translations
    (``strings_en.xlsx``, ``Translations.xlsx``, ``l10n.xlsx``)?  Not every spreadsheet a project keeps."""
    from .locales import foreign, named_language

    lang = named_language(path)
    return not foreign(lang) if lang else re.search(r"string|transl|locali[sz]|l10n|i18n", os.path.basename(path),
                                                    re.I) is not None


def extract(data: bytes, path: str, fmt: str = "xlsx") -> Decoded:
    archive = open_archive(data, path, KIND)
    lines, unread = [], []
    with archive:
        shared = _shared_strings(part(archive, "xl/sharedStrings.xml", path, KIND))
        for name, target in _sheets(archive, path):
            rows = _rows(part(archive, target, path, KIND), shared) if target in archive.namelist() else []
            table = _table(name, rows)
            if table is None:
                unread.append(name)
            else:
                lines += table
    text = "\n".join(lines) + "\n" if lines else ""
    warning = f"no column named English (en, English, target…) in sheet {', '.join(unread)}: not read" \
        if unread else None
    return Decoded(text, "xlsx", False, False, warning)


def _sheets(archive, path: str) -> list:
    """``(name, part)`` of each sheet, in the workbook's order."""
    book = part(archive, "xl/workbook.xml", path, KIND, needed=True)
    rels = part(archive, "xl/_rels/workbook.xml.rels", path, KIND)
    targets = {r.get("Id"): r.get("Target", "") for r in (rels.iter(_PKG + "Relationship") if rels is not None else ())}
    out = []
    for sheet in book.iter(_M + "sheet"):
        target = targets.get(sheet.get(_R + "id"), "")
        out.append((sheet.get("name", "?"), target.lstrip("/") if target.startswith("/") else f"xl/{target}"))
    return out


def _shared_strings(root) -> list:
    if root is None:
        return []
    return [_text(si) for si in root.iter(_M + "si")]


def _text(element) -> str:
    """A string item's text: its ``<t>``, or its rich text runs' (not the phonetic guides ``<rPh>``)."""
    out = []
    for child in element:
        if child.tag == _M + "t":
            out.append(child.text or "")
        elif child.tag == _M + "r":
            out += [t.text or "" for t in child.iter(_M + "t")]
    return "".join(out)


def _rows(sheet, shared: list) -> list:
    """``(row number, {column letters: text})`` of each row that holds text."""
    out = []
    for row in sheet.iter(_M + "row"):
        cells = {}
        for k, c in enumerate(row.iter(_M + "c")):
            kind, value = c.get("t"), c.find(_M + "v")
            if kind == "s" and value is not None and (value.text or "").isdigit() and int(value.text) < len(shared):
                text = shared[int(value.text)]
            elif kind == "inlineStr" and c.find(_M + "is") is not None:
                text = _text(c.find(_M + "is"))
            elif kind == "str" and value is not None:
                text = value.text or ""
            else:
                continue  # a number, a date, a boolean, an error
            m = _CELL.match(c.get("r", ""))
            cells[m.group(1) if m else _letters(k)] = _SPACES.sub(" ", text)
        if cells:
            out.append((int(row.get("r", len(out) + 1)), cells))
    return out


def _letters(k: int) -> str:
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        out = chr(65 + r) + out
    return out


def _table(name: str, rows: list) -> list | None:
    """The lines of one sheet (``ref<TAB>source<TAB>target``), or None for a sheet that names no English column."""
    if not rows:
        return []
    letters = sorted({c for _, cells in rows for c in cells}, key=lambda c: (len(c), c))
    header = [rows[0][1].get(c, "") for c in letters]
    target, source, key = columns(header)
    if target is not None:
        rows = rows[1:]
    elif len(letters) == 2 and source is None and key is None:  # no header: source, target
        source, target = 0, 1
    else:
        return None
    out = []
    for number, cells in rows:
        text = cells.get(letters[target], "")
        if text.strip():
            ref = cells.get(letters[key], "").strip() if key is not None else ""
            original = cells.get(letters[source], "") if source is not None else ""
            out.append(f"{ref or f'{name}!{number}'}\t{original}\t{text}".replace("\n", " "))
    return out


def parse_table(doc: Document) -> None:
    """The extracted lines: each a pair, its target a segment."""
    at = 0
    for line in doc.text.split("\n"):
        fields = line.split("\t")
        if len(fields) == 3:
            ref, original, text = fields
            source, target = Pieces(), Pieces()
            source.verbatim(original, at + len(ref) + 1)
            target.verbatim(text, at + len(ref) + len(original) + 2)
            bilingual.add_pair(doc, source, target, ref, None)
        at += len(line) + 1
    if not any(p.source for p in doc.pairs):
        doc.pairs = []  # an English column alone
    bilingual.finish(doc)
