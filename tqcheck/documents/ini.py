"""INI language files (Joomla's ``language/en-GB/en-GB.com_foo.ini`` and ``administrator/language/en-GB/
com_foo.sys.ini``, other PHP apps' ``lang/en.ini``): each value is one text, its key its id.

The syntax is what Joomla reads (PHP's ``parse_ini_file`` in its raw mode, then ``Text::_``), line by line, every
character of a value mapped to the file (``configparser`` says where nothing is):

- ``KEY="value"``; a line starting with ``;`` (or ``#``) is a comment, and so is a ``;`` after a value; a
  ``[section]`` line prefixes the keys after it (``section.KEY``); blank lines are nothing.
- In a quoted value, ``\\"`` and the old ``"_QQ_"`` are a quote, ``\\n``, ``\\t`` and ``\\\\`` what ``Text::_``
  makes of them (a line break, a tab, a backslash): each one character spanning its escape, never edited.  A value
  not closed on its line goes on on the next ones (Joomla 4), each line break and the spaces around it one space.
  An unquoted value (``KEY=Some text``) ends at a ``;``; its outer spaces are not text.
- Placeholders (``%s``, ``%1$s``, ``%d``, and ``%date%``, which mod_footer replaces itself) and markup (``<br>``,
  ``<a href='…'>``, ``<strong>``) are opaque, as in the other resource files.
- A fix is written escaped (``"`` as ``\\"``, a line break as ``\\n``; in an unquoted value, never a ``;``, a
  quote or a line break), and only where the value, read again, says what the fix meant.
- ``; tqcheck: ignore TQ101`` covers the entry after it; ``disable``/``enable`` a range.
- The language: the one the name starts with (Joomla's ``en-GB.com_foo.ini``), else the folder's
  (``language/fr-FR/com_foo.ini``), else the one the name ends with (``messages_en.ini``).  A folder run reads the
  INI files so named English, never ``php.ini``, ``tox.ini`` or ``desktop.ini``.  ``--source fr-FR.com_foo.ini``
  pairs by key.
- A line that is no comment, section nor ``KEY=value``, or a quoted value never closed: not an INI language file,
  one error naming its line and column.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right

from ..errors import InputError
from . import bilingual, locales
from .bilingual import Pieces
from .model import Document
from .php_text import LONGEST_CHECKED, hide_parameters, text_index

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SECTION = re.compile(r"\[([^\]\r\n]*)\][ \t]*(?:[;#][^\r\n]*)?(?=[\r\n]|$)")
_ENTRY = re.compile(r"([^=;\[\r\n][^=\r\n]*?)[ \t]*=[ \t]*")
_ESCAPES = {'"': '"', "n": "\n", "t": "\t", "\\": "\\"}
_QQ = '"_QQ_"'
_JOOMLA_NAME = re.compile(r"([a-z]{2,3}-[A-Z]{2})\.")
_NAMED = re.compile(r"%[A-Za-z_]\w*%")  # a placeholder some extensions replace themselves: mod_footer's %date%


def ini_language(path: str) -> str | None:
    """The language an INI file's path names: its name's first part (``en-GB.com_foo.ini``), its folder
    (``language/en-GB/``), or its name's last part (``messages_en.ini``)."""
    m = _JOOMLA_NAME.match(os.path.basename(path))
    if m is not None and locales.is_locale(m.group(1)):
        return m.group(1)
    return locales.named_language(os.path.join(os.path.dirname(path), "_")) or \
        locales.named_language(path, folder=False)


def is_language_file(path: str) -> bool:
    """Is an ``.ini`` file one of English strings by its name or folder (``en-GB.com_foo.ini``)?"""
    lang = ini_language(path)
    return locales.english(lang)


def _quoted(text: str, pos: int) -> tuple[Pieces, int]:
    """The value quoted at ``pos`` (its opening quote) and the offset of its closing quote (-1: none)."""
    pieces, p, n = Pieces(), pos + 1, len(text)
    run = p
    while p < n:
        c = text[p]
        if c == "\\" and text[p + 1:p + 2] in _ESCAPES and p + 1 < n:
            pieces.verbatim(text[run:p], run)
            pieces.decoded(_ESCAPES[text[p + 1]], p, p + 2)
            p = run = p + 2
        elif c == '"' and text.startswith(_QQ, p):
            pieces.verbatim(text[run:p], run)
            pieces.decoded('"', p, p + len(_QQ))
            p = run = p + len(_QQ)
        elif c == '"':
            pieces.verbatim(text[run:p], run)
            return pieces, p
        elif c in "\r\n":  # a value going on: the line break and the spaces around it are one space
            q = p
            while q > run and text[q - 1] in " \t":
                q -= 1
            pieces.verbatim(text[run:q], run)
            p += 2 if text.startswith("\r\n", p) else 1
            while p < n and text[p] in " \t":
                p += 1
            pieces.decoded(" ", q, p)
            run = p
        else:
            p += 1
    return pieces, -1


def _bare(text: str, pos: int, end: int) -> Pieces:
    """An unquoted value from ``pos`` to the line's ``end``: up to a ``;``, its outer spaces left out."""
    stop = text.find(";", pos, end)
    value = text[pos:end if stop < 0 else stop].rstrip(" \t\r\n")
    pieces = Pieces()
    pieces.verbatim(value, pos)
    return pieces


class IniEscape:
    """A replacement inside a value (``values``: ``(start, end, quoted)`` of each, in order), escaped; None where the
    value, read again, would not say what the fix meant."""

    def __init__(self, text: str, values: list):
        self.text, self.values = text, values
        self.starts = [v[0] for v in values]

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        k = bisect_right(self.starts, start) - 1
        if k < 0 or end > self.values[k][1] or "\r" in replacement:
            return None
        if self.values[k][1] - self.values[k][0] > LONGEST_CHECKED:
            return None  # (a value this long is not read again for each fix)
        first, last, quoted = self.values[k]
        text = self.text
        if quoted:
            written = bilingual.po_escape(replacement, start, end)  # (Joomla's escapes are PO's)
            if written is None:
                return None
            old = _quoted(text, first - 1)[0]
            body = '"' + text[first:start] + written + text[end:last] + '"'
            new, close = _quoted(body, 0)
            if close != len(body) - 1:
                return None
        else:
            if any(c in replacement for c in ';"\n'):
                return None
            written = replacement
            old = _bare(text, first, last)
            body = text[first:start] + written + text[end:last]
            if body[:1] in (" ", "\t"):
                return None  # (the value's first space would be the separator's)
            new = _bare(body, 0, len(body))
        i, j = text_index(old, start), text_index(old, end)
        if i is None or j is None:
            return None
        wanted = old.text()
        return written if new.text() == wanted[:i] + replacement + wanted[j:] else None


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.found: list = []  # (key, pieces)
        self.values: list = []  # (start, end, quoted) of each value
        self.ignores: list = []  # the ignore comments waiting for their entry

    def error(self, problem: str, offset: int):
        line, column = self.doc.position(offset)
        raise InputError(self.doc.path, f"not an INI language file: line {line}, column {column}: {problem}")

    def read(self) -> None:
        text, pos, n, section = self.text, 0, len(self.text), ""
        while pos < n:
            line = _LINE.match(text, pos)
            start = pos
            while start < line.end() and text[start] in " \t\f\ufeff":
                start += 1
            pos = line.end()
            if start >= pos or text[start] in "\r\n":
                continue
            if text[start] in ";#":
                comment = text[start:pos].rstrip("\r\n")
                d = bilingual.directive(self.doc, comment.lstrip(";#"), start, comment)
                if d is not None:
                    self.ignores.append(d)
                continue
            m = _SECTION.match(text, start)
            if m is not None:
                section = m.group(1).strip()
                continue
            m = _ENTRY.match(text, start, pos)
            if m is None:
                self.error("KEY=\"value\" expected", start)
            key = f"{section}.{m.group(1)}" if section else m.group(1)
            pos = self.value(key, m.end(), pos)

    def value(self, key: str, pos: int, line_end: int) -> int:
        """The value at ``pos``; returns where the next line starts."""
        text = self.text
        if text.startswith('"', pos):
            pieces, close = _quoted(text, pos)
            if close < 0:
                self.error("a quoted value not closed", pos)
            self.values.append((pos + 1, close, True))
            line_end = _LINE.match(text, close).end()
            rest = text[close + 1:line_end].strip()
            if rest and not rest.startswith(";"):
                line, _ = self.doc.position(close)
                self.doc.warnings.append(f"line {line}: {rest[:20]!r} after the closing quote: not read")
        else:
            pieces = _bare(text, pos, line_end)
            self.values.append((pos, pos + len(pieces.text()), False))
        self.found.append((key, hide_parameters(pieces, _NAMED) if "%" in pieces.text() else pieces))
        for d in self.ignores:
            d.last = line_end
        self.ignores.clear()
        return line_end


def parse_ini(doc: Document) -> None:
    reader = _Reader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its path names", ini_language(doc.path))
    bilingual.add_units(doc, reader.found, IniEscape(doc.text, reader.values))
