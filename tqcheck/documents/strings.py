"""Apple strings files (``en.lproj/Localizable.strings``, iOS and macOS apps): each value is one text, its key its id.

The syntax (an old-style property list of strings) is small and read here with every character of a value mapped to
the file: ``"key" = "value";`` entries (a key may be a bare word), ``/* … */`` and ``// …`` comments between them.
Escapes (``\\"``, ``\\\\``, ``\\n``, ``\\t``, ``\\U00E9``) are each one character spanning their escape, never
edited; a fix's replacement is written escaped.  Placeholders (``%@``, ``%1$@``, ``%d``, ``%lld``) are opaque. The
language is the folder's (``fr.lproj``, ``en-GB.lproj``; ``Base.lproj`` names none, and one that reads as French is
not checked); with ``--source fr.lproj/Localizable.strings``, each text is paired with the French one of the same
key.  ``genstrings`` keys a string by its source: a French-first app's ``en.lproj`` (``"Annuler" = "Cancel";``) is
bilingual by itself, each text paired with its key (``keyed``).  Xcode writes these files in UTF-8 or UTF-16 (with
its byte order mark): both are read."""

from __future__ import annotations

import os
import re
from functools import partial

from ..errors import InputError
from . import bilingual, keyed, locales
from .bilingual import Pieces
from .model import Document

def in_english_lproj(path: str) -> bool:
    """Is a strings (or stringsdict) file in ``en*.lproj`` or ``Base.lproj`` (the app's own language)?"""
    folder = os.path.basename(os.path.dirname(path))
    return folder == "Base.lproj" or folder.endswith(".lproj") and not locales.foreign(
        locales.named_language(path) or "und")


_SPACE = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.S)
_BARE = re.compile(r"[\w.$:/-]+")
_ESCAPE = re.compile(r"\\(?:[Uu]([0-9A-Fa-f]{4})|([0-7]{1,3})|(.))", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def strings_escape(replacement: str, start: int, end: int) -> str:
    """A replacement inside a quoted string: ``\\`` and ``"`` escaped, line breaks and tabs as escapes."""
    out = replacement.replace("\\", "\\\\").replace('"', '\\"')
    return out.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text, self.pos = doc, doc.text, 0
        self.found: list = []  # (key, pieces)
        self.keys: dict = {}  # key -> its pieces (a file keyed by its sources: ``keyed``)

    def error(self, problem: str, offset: int | None = None):
        line, column = self.doc.position(self.pos if offset is None else offset)
        raise InputError(self.doc.path, f"not a strings file at line {line}, column {column}: {problem}")

    def space(self) -> None:
        m = _SPACE.match(self.text, self.pos)
        self.pos = m.end()
        if self.text.startswith("/*", self.pos):
            self.error("a comment not closed")

    def read(self) -> None:
        text = self.text
        self.space()
        while self.pos < len(text):
            key_pieces = self.token()
            key = key_pieces.text()
            self.space()
            if text.startswith(";", self.pos):  # `"key";`: the key is its own value
                self.pos += 1
            else:
                if not text.startswith("=", self.pos):
                    self.error("'=' expected after a key")
                self.pos += 1
                self.space()
                if not text.startswith('"', self.pos):
                    self.error('a "quoted" value expected')
                self.found.append((key, self.token()))
                self.keys[key] = key_pieces
                self.space()
                if not text.startswith(";", self.pos):
                    self.error("';' expected after a value")
                self.pos += 1
            self.space()

    def token(self) -> Pieces:
        """A quoted string (its pieces, escapes decoded) or a bare word."""
        text, pieces = self.text, Pieces()
        if not text.startswith('"', self.pos):
            m = _BARE.match(text, self.pos)
            if m is None:
                self.error(f"cannot read {text[self.pos:self.pos + 12]!r} (a key is a \"quoted string\")")
            pieces.verbatim(m.group(), m.start())
            self.pos = m.end()
            return pieces
        start = run = self.pos + 1
        pos = start
        while True:
            end = min((k for k in (text.find('"', pos), text.find("\\", pos)) if k >= 0), default=-1)
            if end < 0:
                self.error("a string not closed", start - 1)
            if text[end] == '"':
                pieces.verbatim(text[run:end], run)
                self.pos = end + 1
                return pieces
            pieces.verbatim(text[run:end], run)
            m = _ESCAPE.match(text, end)
            if m is None:
                self.error("a string not closed", start - 1)
            code, octal, char = m.groups()
            char = chr(int(code, 16)) if code else chr(int(octal, 8)) if octal else _ESCAPES.get(char, char)
            pieces.decoded(char, end, m.end())
            pos = run = m.end()


def parse_strings(doc: Document) -> None:
    reader = _Reader(doc)
    reader.read()
    bilingual.declare_target(doc, "the language its folder names", locales.named_language(doc.path))
    bilingual.add_units(doc, reader.found, strings_escape)
    keyed.pair_with_keys(doc, [keyed.Keyed(key, "", key, partial(reader.keys.get, key), pieces)
                               for key, pieces in reader.found])
