"""Project Fluent (``locales/en-US/main.ftl``: Firefox, Thunderbird, many Rust and Python apps): each message's
value and attributes, each term's value and each variant of a select expression is one text, its key its id.

The file is parsed by Mozilla's ``fluent.syntax`` (imported when a Fluent file is read), whose spans give where
each text element is; every character of a text is mapped back to the file here:

- keys: a message ``id``, its attributes ``id.label``, a term ``-brand-name``, and a select expression's variants
  ``id[one]``, ``id[other]`` (``id.label[one]``, nested ``id[male][one]``), so that ``--source fr/main.ftl`` pairs
  each with the French text of the same key, whatever the order of the files or the plural forms each language has.
  A variant is a text of its own, and in the text around it the select expression is one placeholder.
- Not text: comments (``#``, ``##``, ``###``), identifiers, a term's attributes (``-brand.gender``: read by
  selectors, never shown), and the attributes that hold no prose: ``.accesskey``, ``.commandkey``, ``.key`` and
  ``.style`` (CSS: ``width: 35em``).
- Placeables (``{ $var }``, ``{ -brand-name }``, ``{ message.attr }``, ``{ NUMBER($n) }``, ``{ "{" }``) are
  placeholders, each standing for its expression (``$var``: ``{$var}`` is the same placeable; a select expression's
  is its selector), as markup written in a text is (``<a data-l10n-name="link">``): no fix crosses one.  A multiline
  value's line breaks are text, never edited; the indentation Fluent strips is not text.  A fix is written as it
  reads, never with a brace or a line break, nor where Fluent would drop it or read it as syntax (a space or
  ``[``, ``*``, ``.`` first on a line of the value, a space last).
- ``# tqcheck: ignore TQ101`` covers the next message or term; ``# tqcheck: disable``/``enable`` a range.
- The language is the one the nearest folder naming one names, up to four folders up (``locales/fr/main.ftl``,
  Firefox's ``browser/locales/en-US/browser/preferences/preferences.ftl``), else the file's name's (``en-US.ftl``);
  a file whose path names none and that reads as French is not checked.  A folder run reads the ``.ftl`` files so
  named English, never a FreeMarker template (which shares the extension).
- Fluent's syntax errors (``Junk``) are a warning naming their line, the rest of the file read; a file that is
  nothing but them is no Fluent file: one error.
"""

from __future__ import annotations

import os
import re

from ..errors import InputError
from . import bilingual, locales
from .bilingual import Pieces
from .model import Document

_FREEMARKER = re.compile(rb"<#[a-z]|</#[a-z]|<@|\$\{|\[#[a-z]")  # a FreeMarker directive, macro or interpolation
# attributes that hold no prose: a menu's access key, a keyboard shortcut, a CSS size
NOT_TEXT = frozenset(("accesskey", "commandkey", "key", "style"))
LONGEST_LINE = 100_000  # characters: a longer line is no message (fluent.syntax takes 3 s on 300,000, 13 s on 900,000)
_LINE = re.compile(r"[^\r\n]*")
_FOLDERS_UP = 4  # Firefox: toolkit/locales/en-US/toolkit/about/aboutAddons.ftl
_LINE_START = " [*.}\r\n"  # what a fix may not write first on a line of a value (nor leave there)


def tree_language(path: str) -> str | None:
    """The language the nearest of a Fluent file's folders names (four up at most: Fluent keeps a folder a language),
    else the one its name names (``en-US.ftl``).  The folder first: Thunderbird's ``preferences/am-im.ftl`` is not
    Amharic."""
    folder = os.path.dirname(path.replace("\\", "/"))
    for _ in range(_FOLDERS_UP):
        if not folder or os.path.dirname(folder) == folder:
            break
        lang = locales.named_language(folder + "/_")
        if lang is not None:
            return lang
        folder = os.path.dirname(folder)
    return locales.named_language(path, folder=False)


def in_english_tree(path: str) -> bool:
    """Is a ``.ftl`` file one of English strings by its name or folders (``locales/en-US/main.ftl``), and no
    FreeMarker template (``templates/email/en/welcome.ftl``: ``<#import …>``, ``${user.name}``, ``<@layout>``)?"""
    if not locales.english(tree_language(path)):
        return False
    head = locales.file_head(path)
    return head is None or _FREEMARKER.search(head) is None  # (not on disk: the path alone says)


class FluentEscape:
    """A replacement inside a Fluent text: none with a brace or a line break (Fluent text has no escape for them) nor
    over a line break or an indentation (``indents``: a line's first column too) or inside a placeable's braces
    (``inside``: an insertion beside its placeholder), none that puts a space or a syntax
    mark first on a line of the value (``starts``), nor a space last (``ends``): Fluent would drop the space or read
    the mark as a variant or an attribute."""

    def __init__(self, text: str, reader):
        self.text, self.starts, self.ends, self.indents = text, reader.starts, reader.ends, reader.indents
        self.inside = reader.inside

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        text = self.text
        if any(c in replacement for c in "{}\r\n") or any(c in text[start:end] for c in "\r\n"):
            return None  # (a line break is text, but writing or deleting one would move the indentation)
        if start == 0 or text[start - 1] == "\n" or any(k in self.indents for k in range(start, max(end, start + 1))):
            return None
        if start in self.inside or end in self.inside:  # (an insertion beside a placeholder: outside its braces)
            return None
        if start in self.starts and (replacement or self.text[end:end + 1])[:1] in _LINE_START:
            return None
        if end in self.ends and (replacement[-1:] if replacement else self.text[start - 1:start]) in (" ", ""):
            return None
        return replacement


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.found: list = []  # (key, pieces)
        self.starts: set = set()  # where the text of each line of a value starts
        self.ends: set = set()  # where each pattern's text ends
        self.indents: set = set()  # the offsets of the indentation of the lines of a value, kept or stripped
        self.inside: set = set()  # the offsets inside a placeable's braces

    def entry(self, entry, ast) -> None:
        if isinstance(entry, ast.Message):
            self.pattern(entry.id.name, entry.value, ast)
            for attribute in entry.attributes:
                if attribute.id.name not in NOT_TEXT:
                    self.pattern(f"{entry.id.name}.{attribute.id.name}", attribute.value, ast)
        elif isinstance(entry, ast.Term):
            self.pattern(f"-{entry.id.name}", entry.value, ast)

    def pattern(self, key: str, pattern, ast) -> None:
        """The text of a pattern under ``key``, then each variant of its select expressions under its own key."""
        if pattern is None:
            return
        pieces, variants = Pieces(), []
        if pattern.elements:
            self.starts.add(pattern.elements[0].span.start)
        for element in pattern.elements:
            if isinstance(element, ast.TextElement):
                self.text_element(element, pieces)
                continue
            expression = element.expression
            while isinstance(expression, ast.Placeable):  # `{ { $n } }`
                expression = expression.expression
            end = element.span.end
            if isinstance(expression, ast.SelectExpression):  # its variants are texts of their own
                variants.append(expression)
                expression = expression.selector
                end = self.text.index("->", expression.span.end) + 2
            # the placeholder stands for the expression as written (`$n`, `-brand-name`, `NUMBER($n)`), whatever
            # the spaces inside the braces: TQ605 compares them so; no text maps to the braces, and no fix starts
            # or ends between them (``inside``; a select expression's: up to its `->`)
            pieces.opaque(expression.span.start, expression.span.end)
            self.inside.update(range(element.span.start + 1, end))
        if pieces:
            self.ends.add(pieces.parts[-1][2])  # (a verbatim run's end: only a fix ending there is written)
            self.found.append((key, pieces))
        for select in variants:
            for variant in select.variants:
                name = getattr(variant.key, "name", None) or variant.key.value
                self.pattern(f"{key}[{name}]", variant.value, ast)

    def text_element(self, element, pieces: Pieces) -> None:
        """A text element's value, each character at its place: line breaks decoded, the indentation Fluent strips
        left out, what it keeps of it decoded (so no fix edits either)."""
        text, value = self.text, element.value
        pos, i = element.span.start, 0
        line_start = pos == 0 or text[pos - 1] == "\n"
        while i < len(value):
            if line_start:
                indent = pos
                while text[indent] == " ":
                    indent += 1
                self.indents.update(range(pos, indent))
                if text.startswith(("\n", "\r\n"), indent):  # a blank line: its spaces are nothing
                    pos, line_start = indent, False
                    continue
                kept = len(value[i:]) - len(value[i:].lstrip(" "))
                for k in range(indent - kept, indent):
                    pieces.decoded(" ", k, k + 1)
                i, pos, line_start = i + kept, indent, False
                self.starts.add(pos)
                continue
            if text.startswith(("\n", "\r\n"), pos):
                size = 1 if text[pos] == "\n" else 2
                if value[i] != "\n":
                    raise ValueError(f"a line break at offset {pos} is not in the text element")
                pieces.decoded("\n", pos, pos + size)
                pos, i, line_start = pos + size, i + 1, True
                continue
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end - (text[end - 1] == "\r" and end - 1 >= pos)
            run = min(end - pos, len(value) - i)
            if text[pos:pos + run] != value[i:i + run]:
                raise ValueError(f"the text at offset {pos} is not the text element's")
            pieces.verbatim(value[i:i + run], pos)
            pos, i = pos + run, i + run

    def comments(self, entry, following) -> None:
        """The ``tqcheck:`` lines of a comment (one attached to a message, or standing alone): an ``ignore`` covers
        the message or term that follows."""
        text, start, end = self.text, entry.span.start, entry.span.end
        while start < end:
            stop = text.find("\n", start, end)
            stop = end if stop < 0 else stop
            line = text[start:stop].rstrip("\r")
            d = bilingual.directive(self.doc, line.lstrip("#"), start, line)
            if d is not None and following is not None:
                d.last = following.span.end
            start = stop + 1


def _junk(doc: Document, junk: list, read_any: bool) -> None:
    """A warning for Fluent's syntax errors (the rest is read), or, for a file of nothing else, an error."""
    first = junk[0]
    note = first.annotations[0] if first.annotations else None
    at = note.span.start if note is not None and note.span is not None else first.span.start
    line, column = doc.position(at)
    said = f"{note.code}: {note.message}" if note is not None else "not read"
    said = said.replace('"␤"', "a line break")
    if not read_any:
        raise InputError(doc.path, f"not a Fluent file: line {line}, column {column}: {said}")
    doc.warn_lines(line, len(junk), f"not Fluent ({said}): not read")


def parse_fluent(doc: Document) -> None:
    longest = max(_LINE.finditer(doc.text), key=lambda m: m.end() - m.start())
    if longest.end() - longest.start() > LONGEST_LINE:  # fluent.syntax reads a line in time that grows with its square
        raise InputError(doc.path, f"line {doc.position(longest.start())[0]} holds {longest.end() - longest.start():,} "
                                   f"characters, more than a Fluent file's {LONGEST_LINE:,}: not read")
    from fluent.syntax import FluentParser, ast

    resource = FluentParser(with_spans=True).parse(doc.text)
    reader, junk, following = _Reader(doc), [], {}
    body, entry_after = resource.body, None
    for k in range(len(body) - 1, -1, -1):  # the message or term after each entry, for its comments
        following[k] = entry_after
        if isinstance(body[k], (ast.Message, ast.Term)):
            entry_after = body[k]
    for k, entry in enumerate(body):
        if isinstance(entry, ast.Junk):
            junk.append(entry)
        elif isinstance(entry, ast.BaseComment):
            reader.comments(entry, following[k])
        else:
            if entry.comment is not None:
                reader.comments(entry.comment, entry)
            reader.entry(entry, ast)
    if junk:
        _junk(doc, junk, len(junk) < len(body))
    bilingual.declare_target(doc, "the language its path names", tree_language(doc.path))
    bilingual.add_units(doc, reader.found, FluentEscape(doc.text, reader))
