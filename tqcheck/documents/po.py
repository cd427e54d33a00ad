"""GNU gettext PO: each ``msgstr`` (every ``msgstr[n]`` of a plural entry) is checked, its ``msgid`` paired.

No PO library reports where a string is in the file (polib, translate-toolkit's pypo give the
text only), and ``--fix`` must edit the catalog in place, so the PO syntax, which is small and
line-based, is read here, each string C-unescaped with every character mapped to the file: an
escape (``\\"``, ``\\n``, ``\\t``...) is one decoded character spanning its escape, and a string
wrapped over several quoted lines is one text whose pieces map to each line.  No fix crosses an
escape or a wrap (``Segment.is_verbatim``), and a fix's replacement is written C-escaped.  The
tests compare what is read here with polib on the same catalogs.

- The header (``msgid ""``) is not a unit; obsolete entries (``#~``) and previous strings
  (``#|``) are comments.  An empty ``msgstr`` is an untranslated unit: no segment, a pair without
  target.  Fuzzy entries are checked like the others (a reviewer wants their traces too); the pair says it.
- ``msgstr[0]`` pairs with ``msgid``, the others with ``msgid_plural``; the pair's id is
  ``msgctxt`` + ``\\x04`` + ``msgid`` (gettext's key), with ``[n]`` for a plural form.
- A translator comment ``# tqcheck: ignore TQ101`` covers its entry; ``disable``/``enable`` a range.
- A line that is not PO is an error naming its line and column (exit 2; other files are checked).
"""

from __future__ import annotations

import re

from ..errors import InputError
from . import bilingual
from .bilingual import Pieces
from .model import Document

# the entry that credits the translators, by GNOME's, Glade's and KDE's conventions (pofilter's `credits`): no text
_CREDITS = frozenset(("translator-credits", "translator_credits", "NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS"))
_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[ \t\"])")
_STRING_RE = re.compile(r'"([^"\\\r\n]*(?:\\.[^"\\\r\n]*)*)"')  # unrolled: linear, no backtracking
_ESCAPE_RE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
            "\\": "\\", '"': '"', "'": "'", "?": "?"}
_LANGUAGE_RE = re.compile(r"^Language:[ \t]*(\S*)", re.M)



class _Entry:
    __slots__ = ("fields", "msgstr", "end", "ignores", "fuzzy")

    def __init__(self):
        self.fields: dict[str, tuple[Pieces, int]] = {}  # keyword -> (text, line)
        self.msgstr: dict[int, Pieces] = {}  # plural index (0 without plural) -> text
        self.end = 0
        self.ignores: list = []
        self.fuzzy = False


class _PoReader:
    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.entry = _Entry()
        self.line = 0

    def error(self, problem: str, offset: int | None = None):
        where = f"line {self.line}" if offset is None else "line {}, column {}".format(*self.doc.position(offset))
        raise InputError(self.doc.path, f"not a valid PO file at {where}: {problem}")

    def read(self) -> None:
        text, pos, size = self.text, 0, len(self.text)
        current = None  # the text a continuation string adds to
        while pos < size:
            eol = text.find("\n", pos)
            eol = size if eol < 0 else eol
            end = eol - 1 if eol > pos and text[eol - 1] == "\r" else eol
            self.line += 1
            i = pos
            while i < end and text[i] in " \t":
                i += 1
            pos = eol + 1
            if i == end:
                continue
            c = text[i]
            if c == "#":
                current = None
                if self.entry.msgstr:
                    self.finish()
                self.comment(i, end)
            elif c == '"':
                if current is None:
                    self.error("a string that follows no msgid or msgstr", i)
                self.strings(current, i, end)
            else:
                m = _KEYWORD_RE.match(text, i)
                if not m:
                    self.error(f"cannot read {text[i:min(end, i + 20)]!r} (a PO line is a keyword such as "
                               'msgid or msgstr, a "string" or a # comment)', i)
                current = self.keyword(m.group(1), m.group(2), i)
                if not self.strings(current, m.end(), end):
                    self.error(f"{m.group()} needs a string", m.end())
        self.finish()
        bilingual.finish(self.doc)

    def comment(self, i: int, end: int) -> None:
        kind = self.text[i + 1:i + 2]
        if kind == ",":  # flags (fuzzy, c-format...): a fuzzy entry is checked like the others, and TQ608 says it
            self.entry.fuzzy = self.entry.fuzzy or "fuzzy" in (f.strip() for f in self.text[i + 2:end].split(","))
            return
        if kind == "~":  # an obsolete entry: the flags before it were its own
            self.entry.fuzzy = False
            return
        if kind in ("", " ", "\t"):  # a translator comment
            d = bilingual.directive(self.doc, self.text[i + 1:end], i, self.text[i:end])
            if d is not None:
                self.entry.ignores.append(d)

    def keyword(self, word: str, index: str | None, offset: int) -> Pieces:
        entry = self.entry
        if word in ("msgctxt", "msgid") and entry.msgstr:
            self.finish()
            entry = self.entry
        fields = entry.fields
        if word == "msgstr":
            if "msgid" not in fields:
                self.error("msgstr without msgid", offset)
            plural = "msgid_plural" in fields
            if plural and index is None:
                self.error("msgstr without an index (msgstr[0]) in an entry with msgid_plural", offset)
            if not plural and index is not None:
                self.error(f"msgstr[{index}] in an entry without msgid_plural", offset)
            n = int(index or 0)
            if n in entry.msgstr:
                self.error(f"a second msgstr{'' if index is None else f'[{n}]'} in one entry", offset)
            pieces = entry.msgstr[n] = Pieces()
            return pieces
        if index is not None:
            self.error(f"{word} takes no index", offset)
        if word in fields:
            self.error(f"a second {word} in one entry (is a msgstr missing?)", offset)
        if word == "msgctxt" and "msgid" in fields:
            self.error("msgctxt after msgid", offset)
        if word == "msgid_plural" and "msgid" not in fields:
            self.error("msgid_plural without msgid", offset)
        if word != "msgctxt" and entry.msgstr:
            self.error(f"{word} after msgstr", offset)
        pieces = Pieces()
        fields[word] = (pieces, self.line)
        return pieces

    def strings(self, pieces: Pieces, i: int, end: int) -> int:
        """Read the quoted strings of a line from ``i`` into ``pieces``; returns how many."""
        text, count = self.text, 0
        while i < end:
            if text[i] in " \t":
                i += 1
                continue
            m = _STRING_RE.match(text, i, end) if text[i] == '"' else None
            if m is None:
                self.error("string not closed" if text[i] == '"' else f"{text[i]!r} after a string", i)
            a, b = m.span(1)
            if "\\" in text[a:b]:
                self.unescape(pieces, a, b)
            else:
                pieces.verbatim(text[a:b], a)
            count += 1
            i = self.entry.end = m.end()
        return count

    def unescape(self, pieces: Pieces, a: int, b: int) -> None:
        text, last = self.text, a
        for m in _ESCAPE_RE.finditer(text, a, b):
            pieces.verbatim(text[last:m.start()], last)
            octal, hexa, char = m.groups()
            if char is not None:
                if char not in _ESCAPES:
                    self.error(f"unknown escape {m.group()!r}", m.start())
                char = _ESCAPES[char]
            else:
                char = chr(int(octal, 8) if octal else int(hexa, 16))
            pieces.decoded(char, m.start(), m.end())
            last = m.end()
        pieces.verbatim(text[last:b], last)

    def finish(self) -> None:
        entry, self.entry = self.entry, _Entry()
        fields = entry.fields
        if "msgid" not in fields:
            if "msgctxt" in fields:
                self.line = fields["msgctxt"][1]
                self.error("msgctxt without msgid")
            return
        if not entry.msgstr:
            self.line = fields["msgid"][1]
            self.error("msgid without msgstr")
        for d in entry.ignores:
            d.last = entry.end
        msgid = fields["msgid"][0].text()
        context = fields["msgctxt"][0].text() + "\x04" if "msgctxt" in fields else ""
        if not msgid and not context:  # the header
            lang = _LANGUAGE_RE.search(entry.msgstr.get(0, Pieces()).text())
            if lang and lang.group(1):
                bilingual.declare_target(self.doc, "the catalog's Language", lang.group(1))
            else:  # an empty Language: gettext's layout says it (locale/fr/LC_MESSAGES/django.po, fr.po)
                bilingual.declare_path_target(self.doc)
            return
        if msgid in _CREDITS or context[:-1] in _CREDITS:
            return  # the translators' names and addresses (gettext's translator-credits, KDE's NAME OF TRANSLATORS)
        plural = fields.get("msgid_plural")
        for n, target in sorted(entry.msgstr.items()):
            source = fields["msgid"][0] if n == 0 or plural is None else plural[0]
            unit_id = context + msgid + (f"[{n}]" if plural is not None else "")
            bilingual.add_pair(self.doc, source, target, unit_id, bilingual.po_escape, tags=True, fuzzy=entry.fuzzy,
                               context=context)


def parse_po(doc: Document) -> None:
    _PoReader(doc).read()
