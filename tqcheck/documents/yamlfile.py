"""YAML resource files (Symfony's ``translations/messages.en.yaml``, Rails's ``config/locales/en.yml``): each
string value is one text, its key path (``form.submit``, ``steps[2]``) its id.

The file is parsed by PyYAML (libyaml where installed), which says where each scalar starts and ends; the
scalar's value is then aligned with what is written there, so every character maps to the file: a run
written as it reads is verbatim (a fix may edit it), and what YAML's syntax turns into something else is
decoded, never edited: an escape of a double-quoted scalar (``\\n``, ``\\"``, ``\\u00e9``), ``''`` in a
single-quoted one, a line break folded into a space, the indentation of a block scalar.  A fix is written
in the scalar's style (``'`` as ``''`` in a single-quoted scalar, ``"`` as ``\\"`` in a double-quoted one),
and not at all where it could change how the file parses (a ``:`` or ``#`` in a plain scalar, a line break
in a block scalar).

- Keys are not text, nor numbers, booleans, nulls and dates (the scalar's resolved type); an alias (``*x``)
  is the text of its anchor, read once.  Placeholders (``%{name}``, ``{{ name }}``, ``{name}``, ``%s``) are
  opaque, as in the other translation files.
- Rails puts the whole file under its locale (``en:``): that key names the language and is not part of
  the key paths, so ``en.yml`` and ``fr.yml`` pair.  Elsewhere the path names the language
  (``messages.fr.yaml``, ``config/locales/fr.yml``, ``locales/fr/app.yml``).  A file in another language is
  not checked.
- A file that holds texts in several languages (``titre.fr`` beside ``titre.en``) is bilingual by itself: an
  English text is checked, paired with its French sibling; its siblings are not read (``keyed.languages``).
- With ``--source messages.fr.yaml``, each text is paired with the French string of the same key.  A file keyed by
  its French sources (``Mes caméras: My cameras``) is bilingual by itself: each text paired with its key (``keyed``).
- ``# tqcheck: ignore TQ101`` on a line of its own covers the text after it; ``disable``/``enable`` a range.
- What is not YAML is one error naming its line and column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from ..errors import InputError
from . import bilingual, keyed, locales
from .bilingual import Pieces
from .model import Document

_STR = "tag:yaml.org,2002:str"
_SPACE = " \t\r\n"
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
            "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
            "P": "\u2029"}



class _Scalars:
    """Where each text's scalar is written, in the file's order, for writing a fix in its style."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, str]] = []  # (content start, end, style)

    def add(self, start: int, end: int, style: str) -> None:
        self.starts.append(start)
        self.spans.append((start, end, style))

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        k = bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        first, last, style = self.spans[k]
        if style == '"':
            out = replacement.replace("\\", "\\\\").replace('"', '\\"')
            return out.replace("\n", "\\n").replace("\t", "\\t")
        if "\n" in replacement or "\r" in replacement:
            return None
        if style == "'":
            return replacement.replace("'", "''")
        if style in ("|", ">"):
            return replacement
        if "\n" in self.text[first:last] and "\n" in self.text[start:end]:
            return None  # (a fix across a folded line break)
        written = self.text[first:start] + replacement + self.text[end:last]  # the scalar as the fix leaves it
        return replacement if _reads_as_written(written, style == "[") else None


def _reads_as_written(written: str, flow: bool) -> bool:
    """Does a plain scalar, once a fix is written in it, still read as the text it shows (no `: ` or ` #` that
    would cut it, no `,` in a flow, no indicator first, not a number or a boolean: `1,5` fixed to `1.5` would
    become a float)?"""
    import yaml

    shown = re.sub(r"[ \t]*\n[ \t]*", " ", written)  # its lines folded
    if shown != written and "\n\n" in re.sub(r"[ \t]+", "", written):
        return False  # (a blank line folds to a line break)
    try:
        loaded = yaml.safe_load(f"[{written}]" if flow else f"k: {written}\n")
    except yaml.YAMLError:
        return False
    value = loaded[0] if flow and isinstance(loaded, list) and len(loaded) == 1 else \
        loaded.get("k") if isinstance(loaded, dict) else None
    return value == shown


def _content_start(text: str, start: int, end: int, style: str | None) -> int:
    """Where a scalar's content starts: past its anchor or tag (``&x``, ``!!str``), its quote, or its block
    header line (``|-``, ``>+2 # comment``)."""
    p = start
    while p < end and text[p] in "&!":  # an anchor or a tag, then spaces
        while p < end and text[p] not in " \t\r\n":
            p += 1
        while p < end and text[p] in " \t\r\n":
            p += 1
    if style in ("'", '"'):
        return p + 1
    if style in ("|", ">"):
        line_end = text.find("\n", p, end)
        return end if line_end < 0 else line_end + 1
    return p


def _align(value: str, text: str, p: int, end: int, style: str | None) -> Pieces | None:
    """The pieces of a scalar's ``value``, written at ``text[p:end]``; None where they do not align."""
    pieces, i, n = Pieces(), 0, len(value)
    run = p  # the start of the verbatim run being read
    while i < n:
        c = value[i]
        if p >= end:
            return None
        r = text[p]
        if style == '"' and r == "\\":
            pieces.verbatim(text[run:p], run)
            m = _ESCAPE.match(text, p, end)
            if m is None:
                return None
            written = m.group()
            if written[1] in "\r\n":  # an escaped line break: nothing, and the next line's indent neither
                p = m.end()
                while p < end and text[p] in " \t":
                    p += 1
                run = p
                continue
            char = chr(int(written[2:], 16)) if written[1] in "xuU" else _ESCAPES.get(written[1])
            if char != c:
                return None
            pieces.decoded(c, p, m.end())
            i, p = i + 1, m.end()
            run = p
        elif style == "'" and r == "'":  # '' is one quote
            if c != "'" or not text.startswith("''", p):
                return None
            pieces.verbatim(text[run:p], run)
            pieces.decoded("'", p, p + 2)
            i, p = i + 1, p + 2
            run = p
        elif r == c and (r != "\n" or style == "|"):
            i, p = i + 1, p + 1
        elif r in _SPACE:  # folded line breaks, a block's indentation, spaces dropped before a line break
            pieces.verbatim(text[run:p], run)
            q = p
            while q < end and text[q] in _SPACE:
                q += 1
            j = i
            while j < n and value[j] in _SPACE and (style != "|" or value[j] == "\n"):
                j += 1
            if j > i:
                pieces.decoded(value[i:j], p, q)
            i, p = j, q
            run = p
        else:
            return None
    pieces.verbatim(text[run:p], run)
    return pieces


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.found: list = []  # (key path, pieces) of each text, in the order read
        self.keys: dict = {}  # key path of a text -> its key's node and the mapping's path (``keyed``)
        self.seen: set = set()
        self.others: list = []  # the key paths of the values that hold no text
        self.scalars = _Scalars(doc.text)
        self.unaligned = 0

    def read(self):
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            roots = [node for node in yaml.compose_all(self.doc.text, Loader=loader) if node is not None]
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise InputError(self.doc.path, f"not valid YAML{where}: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise InputError(self.doc.path, f"not valid YAML: {str(exc).splitlines()[0]}") from None
        locale = None
        for root in roots:
            keys = root.value if root.id == "mapping" else []
            if len(keys) == 1 and keys[0][0].id == "scalar" and locales.is_tag(keys[0][0].value):
                locale = keys[0][0].value  # Rails: the whole file under its locale
                root = keys[0][1]
            self.node(root, "")
        return locale

    def node(self, node, path: str, flow: bool = False) -> None:
        if id(node) in self.seen:
            return  # an alias: its anchor's text is read once
        self.seen.add(id(node))
        if node.id == "mapping":
            for key, value in node.value:
                if key.id == "scalar" and key.value != "<<":  # (a merge key brings an anchor's, read already)
                    child = f"{path}.{key.value}" if path else str(key.value)
                    if key.tag == _STR:
                        self.keys[child] = key, path
                    self.node(value, child, bool(node.flow_style))
        elif node.id == "sequence":
            for k, value in enumerate(node.value):
                self.node(value, f"{path}[{k}]", bool(node.flow_style))
        elif node.tag == _STR and node.value.strip():
            self.scalar(node, path, flow)
        else:
            self.others.append(path)  # (a null, a number, an empty string: no text, but a language may name it)

    def scalar(self, node, path: str, flow: bool) -> None:
        first, stop, pieces = self.pieces(node)
        self.scalars.add(first, stop, node.style or ("[" if flow else ""))  # ("[": plain, in a flow)
        self.found.append((path, pieces))

    def key_pieces(self, node) -> Pieces:
        """A mapping key's scalar as pieces, mapped to the file (a file keyed by its sources: ``keyed``)."""
        return self.pieces(node)[2]

    def pieces(self, node) -> tuple:
        """``(first, stop, pieces)``: where a scalar's content starts and stops in the file, and its value as pieces."""
        text, style = self.doc.text, node.style
        start, end = node.start_mark.index, node.end_mark.index
        first = _content_start(text, start, end, style)
        stop = end - 1 if style in ("'", '"') else end
        pieces = _align(node.value, text, first, stop, style)
        if pieces is None:  # (not seen in real files): the text, each character at the scalar, never edited
            self.unaligned += 1
            pieces = Pieces()
            pieces.decoded(node.value, start, end)
        return first, stop, pieces


def parse_yaml(doc: Document) -> None:
    reader = _Reader(doc)
    locale = reader.read()
    if locale:
        bilingual.declare_target(doc, "the file's root key", locale)
    else:
        bilingual.declare_target(doc, "the language its path names", locales.named_language(doc.path))
    found, sources = keyed.languages(reader.found, reader.others)
    if "tqcheck" in doc.text:
        _directives(doc, reader.scalars.spans)
    bilingual.add_units(doc, found, reader.scalars)
    keyed.pair_languages(doc, sources)
    keyed.pair_with_keys(doc, [keyed.Keyed(path, parent, node.value, partial(reader.key_pieces, node), pieces)
                               for path, pieces in reader.found if path in reader.keys
                               for node, parent in (reader.keys[path],)])


_COMMENT = re.compile(r"(?m)^[ \t]*(#[^\r\n]*)")


def _directives(doc: Document, spans: list) -> None:
    """The suppression comments of the file, each on a line of its own (a ``#`` line in a block scalar is its
    text): an ``ignore`` covers the entry after it, all of it (a list's items, a mapping's values), up to the next
    line indented no deeper than its key (a hostile run found them read as nothing, silently)."""
    ordered = sorted(spans)
    starts = [a for a, _, _ in ordered]
    for m in _COMMENT.finditer(doc.text):
        k = bisect_right(starts, m.start())
        if k and ordered[k - 1][1] > m.start():
            continue  # inside a scalar
        d = bilingual.directive(doc, m.group(1)[1:], m.start(1), m.group(1))
        if d is not None:
            d.last = _entry_end(doc.text, m.end(), starts, ordered)


_LINE = re.compile(r"([ \t]*)([^\r\n]*)(?:\r\n|\r|\n|$)")


def _entry_end(text: str, at: int, starts: list, spans: list) -> int:
    """Where the entry after ``at`` (a comment's end) ends: before the next line indented no deeper than its first
    (a sequence's ``- `` items at the key's own indentation are its value), and not inside a scalar (``spans``, their
    ``starts``: a quoted string's lines go on at any indentation)."""
    first = None
    while at < len(text):
        m = _LINE.match(text, at)
        indent, rest = len(m.group(1)), m.group(2)
        k = bisect_right(starts, at) - 1
        if rest and not rest.startswith("#") and not (k >= 0 and spans[k][1] > at):
            if first is None:
                first = (indent, rest.rstrip().endswith(":") and not rest.startswith("- "))
            elif indent < first[0] or indent == first[0] and not (first[1] and rest.startswith("- ")):
                return at
        at = m.end() if m.end() > at else len(text)
    return len(text)
