"""JSON resource files (i18next, ngx-translate, vue-i18n, Flutter's ARB, WebExtension ``messages.json``):
each string value is one text, its key path (``menu.file.open``, ``steps[2]``) its id.

No JSON library says where a value is in the file, and ``--fix`` edits the file in place, so the JSON
grammar (RFC 8259: small) is read here, each string unescaped with every character mapped to the file,
as the PO reader does: an escape (``\\n``, ``\\"``, ``\\u00e9``; a surrogate pair) is one character
spanning it, never edited, and a fix's replacement is written JSON-escaped.

- Keys are not text, nor numbers, booleans and nulls.  Placeholders (``{name}``, ``{{count}}``, ``%s``)
  are opaque, as in the other translation files.
- ARB: an entry whose key starts with ``@`` is metadata (a description for translators, placeholder
  types); ``@@locale`` names the file's language.
- WebExtension: an object holding a ``message`` string is one text, that string; its ``description`` and
  ``placeholders`` are notes for translators.
- The language: ``@@locale``, else the path (``en.json``, ``messages.fr.json``, ``app_fr.arb``,
  ``locales/fr/translation.json``, ``_locales/fr/messages.json``).  A file in another language is not checked.
- With ``--source fr.json``, each text is paired with the French string of the same key (``units``, read
  by ``pairing``), and the source-aware rules compare the two.
- A catalog keyed by its French sources (Laravel's ``lang/en.json``, Jeedom's ``i18n/en_US.json``) is bilingual by
  itself: each text paired with its key (``keyed``).
- Comments (``// …``, ``/* … */``) are read as spaces, as vue-i18n and VS Code read JSON; what is not JSON (a
  trailing comma, a string not closed, a comment not closed) is an error naming its line and column.
- A file whose one root key is a language (``{"fr": {…}}``) is in that language.
"""

from __future__ import annotations

import json
import re
from functools import partial

from ..errors import InputError
from . import bilingual, keyed, locales
from .bilingual import Pieces
from .model import Document

_SPACE = re.compile(r"(?:[ \t\r\n]+|//[^\r\n]*|/\*(?:[^*]|\*(?!/))*\*/)*")  # (comments: JSONC, as vue-i18n reads)
_STRING = re.compile(r'"([^"\\\x00-\x1f]*(?:\\.[^"\\\x00-\x1f]*)*)"')  # unrolled: linear, no backtracking
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|(.))", re.S)
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])|(?:true|false|null)\b")
_MESSAGE = "message"  # WebExtension: {"key": {"message": "...", "description": "..."}}, no other key
_WEBEXTENSION = frozenset((_MESSAGE, "description", "placeholders"))
_MAX_DEPTH = 200


def names_a_language(path: str) -> bool:
    """Is the file a resource file by its name: an ARB file, or a path that names a language?"""
    return path.lower().endswith(".arb") or locales.named_language(path) is not None


def json_escape(replacement: str, start: int, end: int) -> str:
    """A replacement inside a JSON string: ``"``, ``\\`` and control characters escaped."""
    return json.dumps(replacement, ensure_ascii=False)[1:-1]


class JsonReader:
    ROOT = ""  # the root's key path; a subclass may keep paths as tuples (``join``)
    ARB = True  # ARB's `@` metadata and WebExtension messages are read as such

    def __init__(self, doc: Document):
        self.doc, self.text, self.pos = doc, doc.text, 0
        self.found: list = []  # (offset, key path, pieces) of each text, in the order read
        self.keyed: dict = {}  # a string member's key path -> its ``keyed.Keyed`` (a catalog keyed by its sources)
        self.others: list = []  # the key paths of the members that hold no string
        self.root: str | None = None  # the root object's key, where it has one only (``{"fr": {…}}``)
        self.locale: str | None = None

    def error(self, problem: str, offset: int | None = None):
        line, column = self.doc.position(self.pos if offset is None else offset)
        raise InputError(self.doc.path, f"not valid JSON at line {line}, column {column}: {problem}")

    def read(self) -> None:
        self.value(self.ROOT, 0)
        self.space()
        if self.pos < len(self.text):
            self.error(f"{self.text[self.pos]!r} after the end of the JSON value")

    def space(self) -> None:
        self.pos = _SPACE.match(self.text, self.pos).end()

    def value(self, path: str, depth: int) -> Pieces | None:
        """Read one value; a string's pieces are returned (the caller decides whether it is a text)."""
        self.space()
        c = self.text[self.pos:self.pos + 1]
        if c == '"':
            return self.string()
        if depth > _MAX_DEPTH:
            self.error(f"nested more than {_MAX_DEPTH} deep")
        if c == "{":
            self.object(path, depth)
        elif c == "[":
            self.array(path, depth)
        elif not c:
            self.error("the file ends where a value should be")
        else:
            m = _SCALAR.match(self.text, self.pos)
            if m is None:
                self.error(f"cannot read {self.text[self.pos:self.pos + 12]!r} (a value is a \"string\", a number, "
                           "an {object}, an [array], true, false or null)")
            self.pos = m.end()
        return None

    def object(self, path: str, depth: int) -> None:
        self.pos += 1
        texts, keys, before = [], set(), len(self.found)
        self.space()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return
        while True:
            self.space()
            at = self.pos
            if not self.text.startswith('"', at):
                self.error("a key (a \"string\") expected" + (": JSON allows no comma before }" if
                                                                  self.text.startswith("}", at) else ""))
            try:
                key = json.loads(self.text[at:self.string_end()])
            except ValueError as exc:
                self.error(f"a key that is no JSON string ({exc.msg})", at)
            if key in keys:
                self.doc.warnings.append("line {}: the key {!r} is there twice: the last one counts".format(
                    self.doc.position(at)[0], key))
            keys.add(key)
            self.space()
            if not self.text.startswith(":", self.pos):
                self.error("':' expected after a key")
            self.pos += 1
            child, inner = self.join(path, key), len(self.found)
            self.key_read(path, key, at)
            pieces = self.value(child, depth + 1)
            if pieces is None:
                self.others.append(child)  # (a null, a number, an object: no text, but a language may name it)
            if key.startswith("@") and self.ARB:  # ARB metadata (nothing in it is a text); @@locale names the language
                del self.found[inner:]
                if key == "@@locale" and pieces is not None and not path:
                    self.locale = pieces.text()
            elif pieces is not None:
                texts.append((at, key, child, pieces))
                self.keyed[child] = keyed.Keyed(child, path, key, partial(self.key_pieces, at), pieces)
            if not self.comma("}"):
                break
        if depth == 0 and len(keys) == 1:
            self.root = key
        message = [t for t in texts if t[1] == _MESSAGE] if path and self.ARB and keys <= _WEBEXTENSION else []
        if message:  # a WebExtension message: the rest (description, placeholders) is for translators
            del self.found[before:]
            self.found.append((message[0][0], path, message[0][3]))
        else:
            self.found.extend((at, child, pieces) for at, _, child, pieces in texts)

    def array(self, path: str, depth: int) -> None:
        self.pos += 1
        self.space()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return
        index = 0
        while True:
            self.space()
            at = self.pos
            child = self.join(path, index)
            pieces = self.value(child, depth + 1)
            if pieces is not None:
                self.found.append((at, child, pieces))
            index += 1
            if not self.comma("]"):
                break

    @staticmethod
    def join(path, key):
        """The key path of a member (``key``: a str) or an item (an int) of the value at ``path``."""
        return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key

    def key_read(self, path, key: str, at: int) -> None:
        """A subclass's hook: the member ``key`` of the object at ``path``, its string at ``at``."""

    def comma(self, close: str) -> bool:
        """After a member: True at a comma (another follows), False at ``close``."""
        self.space()
        c = self.text[self.pos:self.pos + 1]
        self.pos += 1
        if c == ",":
            return True
        if c != close:
            self.pos -= 1
            self.error(f"',' or '{close}' expected" if c else f"the file ends before its '{close}'")
        return False

    def string_end(self) -> int:
        m = _STRING.match(self.text, self.pos)
        if m is None:
            self.error("a string not closed on its line (or a control character in it: write \\n, \\t)")
        self.pos = m.end()
        return m.end()

    def key_pieces(self, at: int) -> Pieces:
        """The key whose string starts at ``at``, read again as pieces (a catalog keyed by its sources: ``keyed``)."""
        kept, self.pos = self.pos, at
        try:
            return self.string()
        finally:
            self.pos = kept

    def string(self) -> Pieces:
        a = self.pos + 1
        b = self.string_end() - 1
        pieces, text, last = Pieces(), self.text, a
        if "\\" not in text[a:b]:
            pieces.verbatim(text[a:b], a)
            return pieces
        matches = list(_ESCAPE.finditer(text, a, b))
        k = 0
        while k < len(matches):
            m = matches[k]
            pieces.verbatim(text[last:m.start()], last)
            code, char = m.groups()
            end = m.end()
            if char is not None:
                if char not in _ESCAPES:
                    self.error(f"unknown escape {m.group()!r}", m.start())
                char = _ESCAPES[char]
            else:
                n = int(code, 16)
                following = matches[k + 1] if k + 1 < len(matches) else None
                if 0xD800 <= n < 0xDC00 and following and following.start() == end and following.group(1) \
                        and 0xDC00 <= int(following.group(1), 16) < 0xE000:  # a surrogate pair: one character
                    n = 0x10000 + ((n - 0xD800) << 10) + int(following.group(1), 16) - 0xDC00
                    end, k = following.end(), k + 1
                char = chr(n)
            pieces.decoded(char, m.start(), end)
            last, k = end, k + 1
        pieces.verbatim(text[last:b], last)
        return pieces


def parse_json(doc: Document) -> None:
    reader = JsonReader(doc)
    reader.read()
    if reader.locale:
        bilingual.declare_target(doc, "the file's @@locale", reader.locale)
    elif locales.is_tag(root := reader.root):
        bilingual.declare_target(doc, "the file's root key", root)  # (`{"fr": {…}}`: all of it under its language)
    else:
        bilingual.declare_target(doc, "the language its path names", locales.named_language(doc.path))
    found = sorted(reader.found, key=lambda t: t[0])
    texts, sources = keyed.languages([(key, pieces) for _, key, pieces in found], reader.others)
    bilingual.add_units(doc, texts, json_escape)
    keyed.pair_languages(doc, sources)
    keyed.pair_with_keys(doc, [reader.keyed[path] for _, path, _ in found if path in reader.keyed])
