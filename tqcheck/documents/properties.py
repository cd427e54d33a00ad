"""Java properties (``messages_en.properties``: Spring, Java resource bundles, many web frameworks): each value is
one text, its key its id.

The syntax is Java's (``java.util.Properties.load``), small and line-based, read here with every character of a
value mapped to the file:

- a line is ``key = value``, ``key: value`` or ``key value`` (the key ends at the first unescaped ``=``, ``:`` or
  space); ``#`` and ``!`` open a comment line; blank lines are nothing;
- a line ending in an odd number of backslashes goes on on the next line, whose leading spaces are dropped: the
  backslash, the line break and those spaces are nothing in the value, which no fix crosses;
- escapes (``\\t``, ``\\n``, ``\\uXXXX``, ``\\=``, ``\\:``, ``\\\\``; a backslash before any other character
  is dropped) are each one character spanning their escape, never edited; a fix's replacement is written
  escaped (``\\`` doubled, a line break as ``\\n``); in a file in ISO-8859-1 (Java's old default), a fix
  writing a character the encoding lacks is not offered.
- Placeholders (``{0}``, ``{name}``, ``%s``, Jakarta EL's ``${...}``) and markup (``<html><b>``) are opaque, as
  in the other resource files.  A value with an argument (``{0}``) is a ``MessageFormat`` pattern, which doubles
  its apostrophes: ``don''t`` reads ``don't``.  A menu's mnemonic (``&Save``, ``In&sert``) is not text, and no
  fix crosses it.
- The language is the one the name names (``messages_fr.properties``, ``messages_en_GB.properties``); the default
  bundle (``messages.properties``) names none, and one that reads as French is not checked.  A folder run reads
  the bundles named English and a default bundle beside translations of it (``is_bundle``), never
  ``application.properties`` alone.  With ``--source
  messages_fr.properties``, each text is paired with the French one of the same key.
"""

from __future__ import annotations

import html
import re

from . import bilingual, locales
from .bilingual import MNEMONIC, Pieces
from .model import Document

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_KEY_END = re.compile(r"(?:[^\\\s=:]|\\.)*", re.S)
_SEPARATOR = re.compile(r"[ \t\f]*[=:]?[ \t\f]*")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|(.))", re.S)
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_KEY_ESCAPE = re.compile(r"\\(.)", re.S)


def is_bundle(path: str) -> bool:
    """Is ``path`` a resource bundle in English, or the default one of a bundle with translations beside it
    (``messages.properties`` next to ``messages_fr.properties``)?"""
    import os

    folder, name = os.path.split(path)
    lang = locales.named_language(path, folder=False)
    if lang is not None:
        return not locales.foreign(lang)
    stem = name[:-len(".properties")] + "_"
    try:
        return any(other.startswith(stem) and other.endswith(".properties") and
                   locales.named_language(other, folder=False) is not None for other in os.listdir(folder or "."))
    except OSError:
        return False


class PropertiesEscape:
    """A replacement inside a value: ``\\`` doubled, line breaks and tabs as escapes; none that would leave a
    space first on a line of the value (``starts``: where each line's text starts), which Java drops."""

    def __init__(self, text: str, starts: set):
        self.text, self.starts = text, starts

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        if start in self.starts and (replacement or self.text[end:end + 1])[:1] in (" ", "\t", "\f"):
            return None
        out = replacement.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        return out.replace("\f", "\\f")


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.found: list = []  # (key, pieces)
        self.starts: set = set()  # where the text of each line of a value starts

    def read(self) -> None:
        text, pos, n = self.text, 0, len(self.text)
        while pos < n:
            line = _LINE.match(text, pos)
            start = pos
            pos = line.end()
            while start < pos and text[start] in " \t\f":
                start += 1
            if start >= pos or text[start] in "#!\r\n":
                continue  # a comment or a blank line (a comment never goes on to the next line)
            pos = self.entry(start)

    def entry(self, start: int) -> int:
        """The entry at ``start``; returns where the next line starts."""
        text = self.text
        key_end = _KEY_END.match(text, start).end()
        key = _KEY_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[start:key_end])
        value = _SEPARATOR.match(text, key_end).end()
        pieces = Pieces()
        pos = self.value(value, pieces)
        if pieces:
            self.found.append((key, pieces))
        return pos

    def value(self, pos: int, pieces: Pieces) -> int:
        text, n = self.text, len(self.text)
        run = pos
        self.starts.add(pos)
        while pos < n:
            c = text[pos]
            if c in "\r\n":
                pieces.verbatim(text[run:pos], run)
                return pos + (2 if text.startswith("\r\n", pos) else 1)
            if c != "\\":
                pos += 1
                continue
            pieces.verbatim(text[run:pos], run)
            if pos + 1 >= n:  # a backslash ending the file: nothing
                return n
            nxt = text[pos + 1]
            if nxt in "\r\n":  # a continuation: the next line's leading spaces are nothing too
                end = pos + (3 if text.startswith("\r\n", pos + 1) else 2)
                while end < n and text[end] in " \t\f":
                    end += 1
                pos = run = end
                self.starts.add(pos)
                continue
            m = _ESCAPE.match(text, pos)
            if m.group(1):
                char = chr(int(m.group(1), 16))
            else:
                char = _ESCAPES.get(m.group(2), m.group(2))
            pieces.decoded(char, pos, m.end())
            pos = run = m.end()
        pieces.verbatim(text[run:pos], run)
        return pos


# what Java's MessageFormat (a value with an argument, `{0}`) writes as one quote; a menu's mnemonic: ``MNEMONIC``


# a character written as an HTML reference, as web applications write their messages (`r&eacute;servation`,
# `&laquo;`, `&nbsp;`); markup's own (`&lt;`, `&amp;`) stays as written
_REFERENCE = r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,5}|#x[0-9A-Fa-f]{2,4});"
_MARKUP = "<>&\"'"


def _displayed(pieces: Pieces, opaque: list) -> Pieces:
    """The pieces of a value as shown: `''` one quote in a MessageFormat pattern, a mnemonic's `&` nothing (its
    span opaque, so that no fix crosses it), a character's HTML reference the character (`&eacute;` é, `&laquo;` «)."""
    text = pieces.text()
    # (the reference first: `R&eacute;servation` is no mnemonic between a capital and a lowercase letter)
    pattern = _REFERENCE + "|" + MNEMONIC.pattern + ("|''" if re.search(r"\{\d", text) else "")
    if "&" not in text and "''" not in text:
        return pieces
    marks, out = re.compile(pattern), Pieces()
    for chars, start, end in pieces.parts:
        if end < 0:
            out.parts.append((chars, start, end))
            continue
        last = 0
        for m in marks.finditer(chars):
            out.verbatim(chars[last:m.start()], start + last)
            mark = m.group()
            if mark == "''":
                out.decoded("'", start + m.start(), start + m.end())
            elif mark.endswith(";"):  # an HTML reference: é, «, a no-break space; markup's own (`&lt;`) as written
                char = html.unescape(mark)
                if len(char) == 1 and char not in _MARKUP:
                    out.decoded(char, start + m.start(), start + m.end())
                else:
                    out.verbatim(mark, start + m.start())
            else:  # a mnemonic's `&`
                opaque.append((start + m.start(), start + m.end()))
            last = m.end()
        out.verbatim(chars[last:], start + last)
    return out


def parse_properties(doc: Document) -> None:
    reader = _Reader(doc)
    reader.read()
    reader.found = [(key, _displayed(pieces, doc.opaque)) for key, pieces in reader.found]
    bilingual.declare_target(doc, "the language its name gives", locales.named_language(doc.path, folder=False))
    bilingual.add_units(doc, reader.found, PropertiesEscape(doc.text, reader.starts))
