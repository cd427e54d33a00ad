"""TOML resource files: Hugo's ``i18n/en.toml`` (``[readMore]`` then ``other = "Read more"``, or ``readMore = "Read
more"``), and any TOML file named: each string value is one text, its key path (``wordCount.other``) its id.

``tomllib`` says where nothing is, and ``--fix`` edits the file in place, so TOML's grammar is read here, every
character of a string mapped to the file:
- a string in any of TOML's four kinds: basic (``"…"``, its escapes ``\\n``, ``\\"``, ``\\u00e9`` each one
  character spanning it, never edited), literal (``'…'``), and their multi-line forms (``\"\"\"…\"\"\"``,
  ``'''…'''``: a line break right after the opening quotes is none; a line-ending backslash eats the spaces after it);
- keys bare, quoted or dotted (``site."home page".title``); ``[table]`` and ``[[array of tables]]`` headers prefix the
  keys after them (``[[items]]``' second table is ``items[1]``); arrays and inline tables hold texts too
  (``menu[0]``, ``link.label``); numbers, booleans and dates are no text; ``#`` comments, and ``# tqcheck: ignore
  TQ101`` covers the entry after it.
- Hugo's templates (``{{ .Count }}``, ``{{ .Count | lang.FormatNumber 0 }}``) are opaque, as placeholders are.
- A fix is written escaped for the string's kind (``json_escape``'s escapes are TOML's), and not at all in a literal
  string where it would need a quote or a line break.
- The language: the path's (``i18n/en.toml``, ``en-us.toml``); a folder run reads the TOML files so named English,
  never ``pyproject.toml`` nor ``Cargo.toml``.  ``--source i18n/fr.toml`` pairs by key.
- What is not TOML (a key with no ``=``, a bare word for a value, a string not closed, an array nested more than
  ``MAX_DEPTH`` deep) is one error naming its line and column; a table declared twice, a lone CR or a control
  character in a string (which ``tomllib`` refuses) are read as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..errors import InputError
from . import bilingual, keyed, locales
from .bilingual import Pieces
from .jsonfile import json_escape
from .model import Document
from .php_text import hide_parameters

MAX_DEPTH = 100
_SPACE = re.compile(r"(?:[ \t\r\n]+|#[^\r\n]*)*")  # (between values: line breaks and comments)
_INLINE = re.compile(r"[ \t]*")
_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')"""
_KEY = re.compile(rf"{_PART}(?:[ \t]*\.[ \t]*{_PART})*")
_KEY_PART = re.compile(_PART)
_HEADER = re.compile(rf"(\[\[?)[ \t]*({_KEY.pattern})[ \t]*(\]\]?)[ \t]*(?:#[^\r\n]*)?(?=[\r\n]|$)")
# a value that is no text: a boolean, a number (decimal, hexadecimal, octal, binary, inf, nan), a date or a time
_TIME = r"\d\d:\d\d(?::\d\d(?:\.\d+)?)?"
_SCALAR = re.compile(rf"(?:true|false|[+-]?(?:inf|nan)|[+-]?(?:0x[\dA-Fa-f_]+|0o[0-7_]+|0b[01_]+"
                     r"|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)"
                     rf"|\d{{4}}-\d\d-\d\d(?:[Tt ]{_TIME}(?:[Zz]|[+-]\d\d:\d\d)?)?|{_TIME})"
                     r"(?=[ \t]*(?:[,\]}#\r\n]|$))")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_TEMPLATE = re.compile(r"\{\{.*?\}\}", re.S)
_CONTINUATION = re.compile(r"\\[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*")  # a line-ending backslash, and the spaces after it
_HEX = re.compile(r"[0-9A-Fa-f]+")
_LINE_END = re.compile(r"[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n|$)")


def is_language_file(path: str) -> bool:
    """Is a ``.toml`` file one of English strings by its path (``i18n/en.toml``, ``locales/en-US.toml``)?"""
    return locales.english(locales.named_language(path))


def _key_path(key: str) -> list:
    return [p[1:-1] if p[:1] in "\"'" else p for p in _KEY_PART.findall(key)]


class TomlEscape:
    """A replacement inside a string (``strings``: ``(start, end, quote)`` of each, in order), escaped; None where
    the string's kind cannot say it."""

    def __init__(self, text: str, strings: list):
        self.text, self.strings = text, strings  # (start, end, quote) of each, in order

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        k = bisect_right(self.strings, (start, float("inf"))) - 1
        if k < 0 or end > self.strings[k][1]:
            return None
        first, _, quote = self.strings[k]
        if len(quote) == 3 and start == first and (replacement + self.text[end:end + 1]).startswith(("\n", "\r")):
            return None  # (a line break opening a multi-line string is none)
        if quote.startswith('"'):
            return json_escape(replacement, start, end)
        return None if "'" in replacement or "\r" in replacement or "\n" in replacement and len(quote) == 1 \
            else replacement  # (a literal string has no escape)


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text, self.pos = doc, doc.text, 0
        self.found: list = []  # (key path, pieces)
        self.strings: list = []  # (start, end, quote) of each string's characters
        self.arrays: dict = {}  # an array of tables' path -> its tables so far

    def error(self, problem: str, offset: int | None = None):
        line, column = self.doc.position(self.pos if offset is None else offset)
        raise InputError(self.doc.path, f"not valid TOML at line {line}, column {column}: {problem}")

    def read(self) -> None:
        text, table, ignores = self.text, [], []
        while True:
            start = _SPACE.match(text, self.pos).end()
            for m in re.finditer(r"#([^\r\n]*)", text[self.pos:start]):  # (the comments just passed)
                d = bilingual.directive(self.doc, m.group(1), self.pos + m.start(), m.group())
                if d is not None:
                    ignores.append(d)
            self.pos = start
            if start >= len(text):
                return
            if text[start] == "[":
                m = _HEADER.match(text, start)
                if m is None or len(m.group(1)) != len(m.group(3)):
                    self.error("a [table] header not closed on its line")
                table = self.table(_key_path(m.group(2)), m.group(1) == "[[")
                self.pos = m.end()
                continue
            self.pair(table, 0)
            m = _LINE_END.match(text, self.pos)
            if m is None:
                self.error("a line break expected after the value")
            self.pos = m.end()
            for d in ignores:
                d.last = self.pos
            ignores.clear()

    def table(self, parts: list, array: bool) -> list:
        """A ``[table]``'s (or an ``[[array]]``'s next table's) key path: a part that names an array of tables is
        its last table (``[items.sub]`` after the second ``[[items]]`` is ``items[1].sub``)."""
        out = []
        for k, part in enumerate(parts):
            name = ".".join(out + [part])  # (an array in an array's table counts in that table: `fruits[1].varieties`)
            if array and k == len(parts) - 1:
                self.arrays[name] = self.arrays.get(name, -1) + 1
            out.append(f"{part}[{self.arrays[name]}]" if name in self.arrays else part)
        return out

    def pair(self, table: list, depth: int) -> None:
        """``key = value`` at ``self.pos``."""
        m = _KEY.match(self.text, self.pos)
        if m is None:
            self.error("a key expected")
        path = table + _key_path(m.group())
        self.pos = _INLINE.match(self.text, m.end()).end()
        if not self.text.startswith("=", self.pos):
            self.error("'=' expected after the key")
        self.pos = _INLINE.match(self.text, self.pos + 1).end()
        self.value(path, depth)

    def value(self, path: list, depth: int) -> None:
        text, pos = self.text, self.pos
        if depth > MAX_DEPTH:
            self.error(f"nested more than {MAX_DEPTH} deep")
        c = text[pos:pos + 1]
        if c in ('"', "'"):
            self.found.append((".".join(path), self.string()))
        elif c == "[":
            self.pos, k = pos + 1, 0
            while True:
                self.pos = _SPACE.match(text, self.pos).end()
                if text.startswith("]", self.pos):
                    break
                self.value(path[:-1] + [f"{path[-1]}[{k}]"] if path else [f"[{k}]"], depth + 1)
                k += 1
                self.pos = _SPACE.match(text, self.pos).end()
                if not text.startswith(",", self.pos):
                    break
                self.pos += 1
            if not text.startswith("]", self.pos):
                self.error("',' or ']' expected in the array")
            self.pos += 1
        elif c == "{":
            self.pos = _INLINE.match(text, pos + 1).end()
            while not text.startswith("}", self.pos):
                self.pair(path, depth + 1)
                self.pos = _INLINE.match(text, self.pos).end()
                if text.startswith(",", self.pos):
                    self.pos = _INLINE.match(text, self.pos + 1).end()
                elif not text.startswith("}", self.pos):
                    self.error("',' or '}' expected in the inline table")
            self.pos += 1
        else:
            m = _SCALAR.match(text, pos)
            if m is None:
                self.error("a value expected")
            self.pos = m.end()

    def string(self) -> Pieces:
        text, pos = self.text, self.pos
        quote = text[pos] * 3 if text.startswith(text[pos] * 3, pos) else text[pos]
        p = run = pos + len(quote)
        if len(quote) == 3 and text.startswith(("\r\n", "\n"), p):  # (a line break right after: none)
            p = run = p + (2 if text.startswith("\r\n", p) else 1)
        pieces, first, basic = Pieces(), p, quote[0] == '"'
        while True:
            if p >= len(text) or len(quote) == 1 and text[p] in "\r\n":
                self.error("a string not closed", pos)
            if text.startswith(quote, p) and not (len(quote) == 3 and text.startswith(quote + quote[0], p)):
                break
            if basic and text[p] == "\\":
                pieces.verbatim(text[run:p], run)
                p = self.escape(pieces, p, len(quote) == 3)
                run = p
            elif text.startswith("\r\n", p):  # (TOML reads a CR LF in a string as a line break)
                pieces.verbatim(text[run:p], run)
                pieces.decoded("\n", p, p + 2)
                p = run = p + 2
            else:
                p += 1
        pieces.verbatim(text[run:p], run)
        self.strings.append((first, p, quote))
        self.pos = p + len(quote)
        return hide_parameters(pieces, _TEMPLATE) if "{{" in pieces.text() else pieces

    def escape(self, pieces: Pieces, p: int, multiline: bool) -> int:
        """The escape at ``p`` (its backslash) added to ``pieces``; returns where the string goes on."""
        text, c = self.text, self.text[p + 1:p + 2]
        if c in _ESCAPES:
            pieces.decoded(_ESCAPES[c], p, p + 2)
            return p + 2
        if c in ("u", "U"):
            n = 4 if c == "u" else 8
            digits = text[p + 2:p + 2 + n]
            if len(digits) != n or not _HEX.fullmatch(digits) or int(digits, 16) > 0x10FFFF:
                self.error(f"a \\{c} escape needs {n} hexadecimal digits of a character", p)
            pieces.decoded(chr(int(digits, 16)), p, p + 2 + n)
            return p + 2 + n
        m = _CONTINUATION.match(text, p) if multiline else None
        if m is None:
            self.error(f"unknown escape {text[p:p + 2]!r}", p)
        pieces.decoded("", p, m.end())  # (a line-ending backslash: the break and the spaces after it are nothing)
        return m.end()


def parse_toml(doc: Document) -> None:
    reader = _Reader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its path names", locales.named_language(doc.path))
    found, sources = keyed.languages(reader.found)  # (`title.fr` beside `title.en`: as JSON's and YAML's)
    bilingual.add_units(doc, found, TomlEscape(doc.text, reader.strings))
    keyed.pair_languages(doc, sources)
