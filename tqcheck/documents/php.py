"""PHP language files (Laravel's ``lang/en/auth.php``, CodeIgniter's ``app/Language/en/Errors.php``, phpBB's
``language/en/common.php``, Kohana, MyBB): each plain string value of the array the file returns or assigns is
one text, its key path its id.

- Read: ``return [...];`` and ``return array(...);``, ``$lang = [...];``, ``$lang['key'] = '...';`` (CodeIgniter 3,
  MyBB), SPIP's ``$GLOBALS[$GLOBALS['idx_lang']] = array(...);``, and the arrays given to ``array_merge`` or
  ``array_replace`` there (phpBB), at the file's top level; the
  PHP is read by ``php_syntax``, every character of a string mapped to the file.  A file with none of these is
  not a PHP language file: one error.
- Keys: the path of array keys, dotted as Laravel writes them (``failed``, ``custom.email.required``); the items
  of a list by their index (``months.0``).  Keys are not text, nor comments, numbers and constants; a value that
  is not a plain string (``'a' . 'b'``, ``__('x')``, ``config('app.name')``) is not read (one warning).
- Placeholders are opaque: Laravel's and Kohana's ``:attribute``, ``:Attribute``, ``:ATTRIBUTE``, the others the
  resource files share (``%s``, ``{field}``, ``{0}``), an interpolated ``$var`` or ``{$expr}``; so is markup.
  A string with a ``|`` holds Laravel's plural forms (``apple|apples``, ``{0} None|[1,19] Some|[20,*] Many``):
  each form is a text of its own (``key[0]``, ``key[1]``), its condition and its outer spaces not text; a ``|``
  between spaces (``:title | :app``) with no condition first is text.
- A fix is written in the string's quoting (``'`` as ``\\'`` in single quotes; ``"``, ``$`` and ``\\`` escaped in
  double quotes), never a ``|``, and only where the string, read again, says what the fix meant.
- ``// tqcheck: ignore TQ101`` covers the entry after it; ``disable``/``enable`` a range.
- The language: the nearest folder naming one below a language folder (``lang/en/``, ``resources/lang/vendor/x/
  en/``, ``app/Language/en/``, ``application/language/english/``), or the name of a file in a language folder
  (``lang/en.php``, ``lang/yeswiki_en.php``); a folder run reads only the PHP files so found English, never other
  PHP code.  ``--source lang/fr/auth.php`` pairs by key.
"""

from __future__ import annotations

import locale
import os
import re
from bisect import bisect_right

from ..errors import InputError
from . import bilingual, locales
from .model import Document
from .php_syntax import Lexer, decode
from .php_text import PhpEscape, decode_references, forms, hide_parameters

_MERGES = frozenset(("array_merge", "array_replace", "array_merge_recursive", "array_replace_recursive"))
_INTEGER = re.compile(r"-?(?:0|[1-9]\d*)")
_ENDS = (",", "]", ")", ";")


def _language_name(name: str) -> str | None:
    """The language a folder or a file's name names: a locale (``en``, ``pt_BR``, ``en-GB``) or a language's English
    name (``english``: CodeIgniter 3, MyBB, WHMCS)."""
    if locales.is_tag(name):
        return name
    return name.lower() if name.isalpha() and len(name) > 3 and name.lower() in locale.locale_alias else None


def php_language(path: str) -> str | None:
    """The language of a PHP language file by its path (``lang/en/auth.php``, ``lang/en.php``), None elsewhere."""
    parts = os.path.normpath(path.replace("\\", "/")).split(os.sep)
    folders, stem = parts[:-1], os.path.splitext(parts[-1])[0]
    if folders and folders[-1].lower() in locales.LOCALE_FOLDERS:  # lang/en.php, WHMCS's lang/english.php, YesWiki's
        return _language_name(stem) or locales.named_language(path, folder=False)  # lang/yeswiki_en.php
    for i in range(len(folders) - 1, max(-1, len(folders) - 5), -1):
        lang = _language_name(folders[i])
        if lang is not None:
            return lang if any(f.lower() in locales.LOCALE_FOLDERS for f in folders[max(0, i - 3):i]) else None
    return None


def is_language_file(path: str) -> bool:
    """Is a ``.php`` file one of English strings by its path (``resources/lang/en/validation.php``)?"""
    lang = php_language(path)
    return locales.english(lang)


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.comments: list = []  # (body, offset, as written)
        self.tokens = Lexer(doc.text, self.error, lambda *c: self.comments.append(c)).tokens()
        self.eof = ("eof", len(doc.text), len(doc.text), None)
        self.k = 0
        self.found: list = []  # (key path, Literal) of each plain string value
        self.entries: list = []  # (start, end) of each entry read: what an ignore comment covers
        self.not_read: list = []  # offsets of the values that hold a string but are not one
        self.statements = 0  # the language arrays and assignments read

    def error(self, problem: str, offset: int):
        line, column = self.doc.position(offset)
        raise InputError(self.doc.path, f"not a PHP language file: line {line}, column {column}: {problem}")

    def peek(self, ahead: int = 0) -> tuple:
        k = self.k + ahead
        return self.tokens[k] if k < len(self.tokens) else self.eof

    def at(self, *ops: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token[0] == "op" and token[3] in ops or token[0] == "eof" and ";" in ops

    def read(self) -> None:
        while self.k < len(self.tokens):
            first, start = self.peek(), self.k
            counts = len(self.found), len(self.entries), len(self.not_read)
            if first[0] == "name" and first[3].lower() == "return":
                self.k += 1
                if self.value("") == "array":
                    self.statement_read(first[1])
                    continue
            elif first[0] == "var" and self.assignment(first[1]):
                continue
            del self.found[counts[0]:], self.entries[counts[1]:], self.not_read[counts[2]:]
            self.k = start
            self.skip(statement=True)

    def statement_read(self, start: int) -> None:
        self.statements += 1
        self.entries.append((start, self.tokens[self.k - 1][2]))
        if not self.at(";"):
            self.error("';' expected", self.peek()[1])
        self.k += 1

    def assignment(self, start: int) -> bool:
        """``$lang = [...];`` or ``$lang['a']['b'] = '...';``: read, True; anything else: False."""
        self.k += 1
        keys = []
        index = self.peek(1)
        if self.at("[") and index[0] == "var" and self.text[index[1]:index[2]] == "$GLOBALS":  # SPIP's
            k = self.k + 2  # `$GLOBALS[$GLOBALS['idx_lang']] = array(...)`: the language's own slot, no key
            while k < len(self.tokens) and self.tokens[k][0] in ("op", "str") and self.tokens[k][3] != "]":
                k += 1
            if k + 1 >= len(self.tokens) or self.tokens[k + 1][3] != "]":
                return False
            self.k = k + 2
        while self.at("["):
            key = self.peek(1)
            if key[0] not in ("str", "num") or not self.at("]", ahead=2):
                return False
            keys.append(self.key(self.k + 1, self.k + 2))
            self.k += 3
        if not self.at("=") or not keys and self.peek(1)[0] == "str":
            return False
        self.k += 1
        kind = self.value(".".join(map(str, keys)))
        if kind == "other" and not keys:
            return False
        self.statement_read(start)
        return True

    def value(self, path: str) -> str:
        """Read the value at the current token: ``text`` (a plain string), ``array`` or ``other`` (skipped)."""
        token, following = self.peek(), self.peek(1)
        if token[0] == "str" and self.at(*_ENDS, ahead=1):
            self.found.append((path, token[3]))
            self.k += 1
            return "text"
        if self.at("["):
            self.k += 1
            self.items(path, "]")
            return "array"
        name = token[3].lower().lstrip("\\") if token[0] == "name" else ""
        if name == "array" and following[0] == "op" and following[3] == "(":
            self.k += 2
            self.items(path, ")")
            return "array"
        if name in _MERGES and following[0] == "op" and following[3] == "(":
            self.k += 2
            self.items(path, ")", merge=True)
            return "array"
        self.skip()
        return "other"

    def items(self, path: str, close: str, merge: bool = False) -> None:
        """The items of an array (or the arguments of ``array_merge``, ``merge``) up to ``close``."""
        index = 0
        while not self.at(close):
            if self.peek()[0] == "eof":
                self.error(f"'{close}' expected", self.eof[1])
            start, arrow = self.peek()[1], None if merge else self.arrow(close)
            if arrow is not None:
                key = self.key(self.k, arrow)
                index = max(index, key + 1) if isinstance(key, int) else index
                self.k = arrow + 1
                self.value(f"{path}.{key}" if path else str(key))
            elif merge:
                self.value(path)
            elif self.at("..."):
                self.skip()
            else:
                self.value(f"{path}.{index}" if path else str(index))
                index += 1
            self.entries.append((start, self.tokens[self.k - 1][2]))
            if self.at(","):
                self.k += 1
            elif not self.at(close):
                self.error(f"',' or '{close}' expected", self.peek()[1])
        self.k += 1

    def arrow(self, close: str) -> int | None:
        """The index of the ``=>`` of the item at the current token, or None (an item without a key)."""
        depth, k = 0, self.k
        while k < len(self.tokens):
            kind, _, _, op = self.tokens[k]
            if kind == "op":
                if depth == 0 and (op == "=>" or op in (",", close)):
                    return k if op == "=>" else None
                depth += (op in "([{") - (op in ")]}")
                if depth < 0:
                    return None
            k += 1
        return None

    def key(self, a: int, b: int):
        """The key written by tokens ``[a, b)``: a string, an integer (PHP's ``'1'`` is 1), or its source."""
        tokens = self.tokens[a:b]
        if len(tokens) == 1 and tokens[0][0] == "str":
            key = decode(self.text, tokens[0][3]).text()
            return int(key) if _INTEGER.fullmatch(key) else key
        written = self.text[tokens[0][1]:tokens[-1][2]] if tokens else ""
        try:
            return int(written.replace(" ", ""), 0)
        except ValueError:
            return written

    def skip(self, statement: bool = False) -> None:
        """Past an expression (to a ``,`` or a closing bracket), or, with ``statement``, past a statement (its ``;``
        or its block's ``}``); a skipped expression that holds a string is counted as not read."""
        depth, strings, first = 0, False, self.peek()[1]
        while self.k < len(self.tokens):
            kind, _, _, op = self.tokens[self.k]
            if kind == "str":
                strings = True
            elif kind == "op":
                if depth == 0 and (op == ";" or not statement and op in (",", ")", "]")):
                    self.k += statement
                    break
                depth += (op in "([{") - (op in ")]}")
                if statement and op == "}" and depth <= 0:
                    self.k += 1
                    break
            self.k += 1
        if strings and not statement:
            self.not_read.append(first)

    def directives(self) -> None:
        """``tqcheck:`` comments; an ``ignore`` covers the entry that starts next."""
        entries = sorted(self.entries)
        starts = [e[0] for e in entries]
        for body, offset, raw in self.comments:
            d = bilingual.directive(self.doc, body, offset, raw)
            k = bisect_right(starts, offset)
            if d is not None and k < len(entries):
                d.last = entries[k][1]


def parse_php(doc: Document) -> None:
    if not doc.text.strip():
        return  # an empty file: nothing to check, as an empty file of any other kind
    reader = _Reader(doc)
    reader.read()
    if not reader.statements:
        raise InputError(doc.path, "not a PHP language file: it returns no array (`return [...]`) and assigns none "
                                   "(`$lang['key'] = '...'`)")
    reader.directives()
    if reader.not_read:
        doc.warn_lines(doc.position(reader.not_read[0])[0], len(reader.not_read),
                       "a value that is not a plain string (a concatenation, a call): not read")
    found = []
    for path, lit in reader.found:
        pieces = decode(doc.text, lit)
        texts = forms(pieces) if "|" in pieces.text() else [pieces]
        for k, form in enumerate(texts):
            found.append((f"{path}[{k}]" if len(texts) > 1 else path, hide_parameters(decode_references(form))))
    bilingual.declare_target(doc, "the language its path names", php_language(doc.path))
    bilingual.add_units(doc, found, PhpEscape(doc.text, [lit for _, lit in reader.found]))
