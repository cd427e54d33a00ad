"""Bilingual CSV: string tables saved from a spreadsheet (a game's or a website's strings, Crowdin or Lokalise
exports): the English column is checked, the French one paired.

- **Columns.** A first row that names languages or roles is a header: the English column (``en``, ``en-GB``,
  ``English``, ``anglais``, else ``target`` or ``translation``) is the target; the French one (``fr``, ``French``,
  ``français``, else ``source``) the source; a ``key`` or ``id`` column gives each pair its id (else the line
  number).  Without a header, a table of two columns is ``source,target``, as a bilingual TSV line is.  A header
  that names no English column means a file of other languages: not checked.
- **Syntax** (RFC 4180, as spreadsheets write it): the separator is the first row's commonest of ``,`` ``;`` (a
  French spreadsheet's) and tab; a quoted field may hold separators, line breaks and ``""`` (one quote, read as
  such and never rewritten).  A fix is written quoted as the field is (``"`` doubled); in a field written without
  quotes, a fix that would need them (a separator, a quote, a line break) is dropped.
- A quote that does not close its field is one error line naming its line and column.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..errors import InputError
from . import bilingual
from .bilingual import Pieces
from .model import Document

_ENGLISH = re.compile(r"(?:en|eng|english|anglais)(?:[-_ ][a-z]{2,4})?|en[-_ ]?(?:us|gb|uk)\b.*|english \(.*\)")
_FRENCH = re.compile(r"(?:fr|fra|fre|french|fran[cç]ais)(?:[-_ ][a-z]{2,4})?|french \(.*\)")
_TARGETS = ("target", "translation", "target text", "translated text")
_SOURCES = ("source", "original", "source text")
_KEYS = ("key", "id", "identifier", "string id", "string_id", "string key", "name", "msgid")
_OTHER_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?")


def separator(first: str) -> str:
    """The separator of a table whose first line is ``first``: the commonest of ``,`` ``;`` and tab outside quotes."""
    return max((",", ";", "\t"), key=re.sub(r'"[^"]*"', "", first).count)


class _Scanner:
    """The fields of each record, as ``(pieces, start, end, quoted)``: RFC 4180 with offsets."""

    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.sep = separator(self.text.split("\n", 1)[0])
        self.quoted: list = []  # the spans of the quoted fields' contents (a fix there is written quoted)

    def records(self):
        text, pos, n, line = self.text, 0, len(self.text), 1
        while pos < n:
            record, start_line = [], line
            while True:
                pieces, start, pos, line = self.field(pos, line)
                record.append((pieces, start))
                if pos < n and text[pos] == self.sep:
                    pos += 1
                    continue
                if text.startswith("\r\n", pos):
                    pos += 1
                pos += 1  # the line break (or past the end)
                line += 1
                break
            yield start_line, record

    def field(self, pos: int, line: int):
        text, pieces = self.text, Pieces()
        if not text.startswith('"', pos):
            end = pos
            while end < len(text) and text[end] not in (self.sep, "\n"):
                end += 1
            stop = end - 1 if end > pos and text[end - 1] == "\r" else end
            pieces.verbatim(text[pos:stop], pos)
            return pieces, pos, end, line
        start = pos = pos + 1
        while True:
            close = text.find('"', pos)
            if close < 0:
                self.error(start - 1, "a quoted field is not closed")
            at = pos
            for m in re.finditer("\r\n", text[pos:close]):  # a CR LF in a field reads as one line break
                pieces.verbatim(text[at:pos + m.start()], at)
                pieces.decoded("\n", pos + m.start(), pos + m.end())
                at = pos + m.end()
            pieces.verbatim(text[at:close], at)
            line += text.count("\n", pos, close)
            if text.startswith('""', close):
                pieces.decoded('"', close, close + 2)
                pos = close + 2
                continue
            self.quoted.append((start, close))
            after = close + 1
            if after < len(text) and text[after] not in (self.sep, "\n", "\r"):
                self.error(after, f"{text[after]!r} after a quoted field (a quote inside a field is written \"\")")
            return pieces, start, after, line

    def error(self, offset: int, problem: str):
        line, column = self.doc.position(offset)
        raise InputError(self.doc.path, f"not a valid CSV file at line {line}, column {column}: {problem}")


class CsvEscape:
    """A fix in a quoted field is written with ``"`` doubled; in a bare field, none that would need quotes."""

    def __init__(self, quoted: list, sep: str):
        self.quoted, self.sep = quoted, sep

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        k = bisect_right(self.quoted, (start, 1 << 62)) - 1
        if k >= 0 and self.quoted[k][0] <= start and end <= self.quoted[k][1]:
            return replacement.replace('"', '""')
        return None if any(c in replacement for c in (self.sep, '"', "\n", "\r")) else replacement


def is_string_table(path: str) -> bool:
    """Does a folder run read this CSV file: its path names English (``strings.en.csv``), or its first row names an
    English column and a French one (``key,fr,en``)?  Not every table of data a project keeps."""
    from .locales import file_head, foreign, named_language

    lang = named_language(path)
    if lang is not None:
        return not foreign(lang)
    head = file_head(path, 4096)
    if head is None:
        return False
    first = head.decode("utf-8", "replace").lstrip("\ufeff").split("\n", 1)[0]
    target, source, _ = columns([n.strip().strip('"') for n in first.split(separator(first))])
    return target is not None and source is not None


def columns(names: list) -> tuple:
    """``(target, source, key)``: the columns a header row's ``names`` give to English, French and the ids (None
    where it names none).  Shared with spreadsheets (``xlsx``)."""
    names = [" ".join(n.split()).lower() for n in names]

    def first(*tests):
        return next((k for test in tests for k, name in enumerate(names) if test(name)), None)

    return (first(_ENGLISH.fullmatch, lambda n: n in _TARGETS), first(_FRENCH.fullmatch, lambda n: n in _SOURCES),
            first(lambda n: n in _KEYS))


def other_languages(names: list) -> bool:
    """Does a header row that names no English column name other languages (``id,de,es``)?"""
    names = [" ".join(n.split()).lower() for n in names]
    return any(n not in _KEYS + _SOURCES and _OTHER_LANGUAGE.fullmatch(n) and _foreign(n) for n in names)


def parse_csv(doc: Document) -> None:
    scanner = _Scanner(doc)
    rows = list(scanner.records())
    if not rows:
        return
    names = [pieces.text() for pieces, _ in rows[0][1]]
    target, source, key = columns(names)
    if target is not None:
        doc.declared_english, rows = True, rows[1:]
    elif other_languages(names):
        named = ", ".join(n.strip().lower() for n in names if n.strip())
        doc.foreign = f"its header names {named} and no English column"
        return
    elif max(len(record) for _, record in rows) == 2:
        source, target = 0, 1
        bilingual.declare_path_target(doc)
    else:
        doc.warnings.append("no header names an English column (en, English, target…), and it has more than two "
                            "columns: nothing to check")
        return
    escape = CsvEscape(scanner.quoted, scanner.sep)
    for line, record in rows:
        if target >= len(record):
            continue
        unit = record[key][0].text() if key is not None and key < len(record) else str(line)
        src = record[source][0] if source is not None and source < len(record) else Pieces()
        bilingual.add_pair(doc, src, record[target][0], unit, escape)
    if source is None:
        doc.pairs = []  # an English column alone: checked, compared with nothing
    bilingual.finish(doc)



def _foreign(name: str) -> bool:
    from .locales import foreign, is_locale

    return is_locale(name) and foreign(name)
