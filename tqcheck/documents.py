"""Read a document into prose segments whose offsets point into the original file.

Plain text, Markdown (markdown-it-py) and HTML (the standard library's
html.parser) are read by real parsers, never by regular expressions over
markup.  Each ``Segment`` holds prose text and, for every character, its
offset in ``Document.text`` (the decoded file, without its BOM), so that a
detector's span always maps back to an exact line and column of the file.
Code, front matter, link targets, autolinks, HTML comments, script and style
are not prose and never reach a detector.
"""

from __future__ import annotations

import codecs
import html
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .findings import Fix, Problem

FORMATS = ("text", "markdown", "html")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
# stands in for inline code, an image or a line break inside prose: never flagged, never fixed
PLACEHOLDER = "\ufffc"


class InputError(Exception):
    """A file that cannot be read as a document; str() is the one-line message."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: error: {problem}")
        self.path = path
        self.problem = problem


@dataclass(eq=False)
class Segment:
    """A run of prose.  ``mapping[i]`` is the offset of ``text[i]`` in the document;
    when ``mapping`` is None the text is a verbatim slice starting at ``start``."""

    text: str
    start: int = 0
    mapping: list[int] | None = None
    source: str = field(default="", repr=False)  # the document text (a reference, not a copy)

    def offset(self, i: int) -> int:
        if self.mapping is None:
            return self.start + i
        if i < len(self.mapping):
            return self.mapping[i]
        return self.mapping[-1] + 1 if self.mapping else self.start

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document offsets of ``text[i:j]`` (end exclusive)."""
        start = self.offset(i)
        end = self.offset(j - 1) + 1 if j > i else start
        return start, end

    def is_verbatim(self, i: int, j: int) -> bool:
        """Is ``text[i:j]`` the very same characters in the file (no markup, entity or code inside)?"""
        if self.mapping is None:
            return True
        start, end = self.span(i, j)
        return self.source[start:end] == self.text[i:j] and PLACEHOLDER not in self.text[i:j]

    def problem(self, i, j, code, message, replacement=None, applicability="safe", severity=None, edit=None):
        """A Problem on ``text[i:j]``; the fix replaces ``edit`` (segment offsets, default
        ``(i, j)``) with ``replacement``.  The fix is dropped when the edited text is not
        verbatim in the file: a fix must never rewrite markup it cannot see."""
        start, end = self.span(i, j)
        fix = None
        ei, ej = edit if edit is not None else (i, j)
        if replacement is not None and self.is_verbatim(ei, ej):
            fix = Fix(replacement, applicability, *((None, None) if edit is None else self.span(ei, ej)))
        return Problem(start, end, code, message, fix, severity)


@dataclass(eq=False)
class Directive:
    """An inline ``<!-- tqcheck: ignore|disable|enable CODES -->`` comment."""

    @property
    def covers_all(self) -> bool:
        return not self.codes or "ALL" in self.codes

    def covers(self, code: str) -> bool:
        """Does this comment name ``code`` (by prefix; no codes or ALL: every rule)?"""
        return self.covers_all or any(code.startswith(c) for c in self.codes)

    kind: str  # ignore, disable, enable
    codes: tuple[str, ...]  # empty: every rule
    line: int  # line of the comment (1-based)
    column: int
    end_line: int
    end_column: int
    text: str
    offset: int = 0  # of the comment in the document text
    # document offsets the comment covers (end exclusive): ignore -> its block;
    # disable -> until the matching enable or the end of the file
    first: int = 0
    last: int = 0


DIRECTIVE_RE = re.compile(r"^\s*tqcheck:\s*(\S*)(.*?)\s*$", re.I | re.S)
KINDS = ("ignore", "disable", "enable")
CODE_LIST_RE = re.compile(r"^(?:[\s,]*(?:TQ[0-9]{0,3}|ALL)\b)*[\s,]*$", re.I)


@dataclass(repr=False, eq=False)
class Document:
    path: str
    text: str
    format: str = "text"
    segments: list[Segment] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    bom: bool = False
    bad_directives: list[Directive] = field(default_factory=list)  # `tqcheck:` comments that say nothing valid
    _line_starts: list[int] | None = field(default=None, repr=False)

    def replace_text(self, text: str) -> None:
        """The text after fixes applied outside the engine (cross-file fixes)."""
        self.text, self._line_starts = text, None

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a document offset."""
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n")


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def detect_format(path: str, default: str = "text") -> str:
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), default)


def decode(data: bytes, path: str) -> tuple[str, bool]:
    """Bytes -> (text, had_bom), or InputError for binary or invalid UTF-8."""
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[3:] if bom else data
    nul = body.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"binary file (NUL byte at byte {nul + (3 if bom else 0)})")
    try:
        return body.decode("utf-8"), bom
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 at byte {exc.start + (3 if bom else 0)}") from None


def read_bytes(path: str) -> bytes:
    try:
        if os.path.exists(path) and not os.path.isdir(path) and not os.path.isfile(path):
            raise InputError(path, "not a regular file")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


def load(path: str, fmt: str | None = None) -> Document:
    """Read and parse one file; raises InputError with a one-line message."""
    text, bom = decode(read_bytes(path), path)
    doc = parse(text, path=path, fmt=fmt or detect_format(path))
    doc.bom = bom
    return doc


def parse(text: str, path: str = "<string>", fmt: str = "text") -> Document:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    doc = Document(path=path, text=text, format=fmt)
    {"text": _parse_text, "markdown": _parse_markdown, "html": _parse_html}[fmt](doc)
    _resolve_directives(doc)
    return doc


# --------------------------------------------------------------------------- text

_PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def _parse_text(doc: Document) -> None:
    """A plain-text paragraph (lines up to a blank line) is one segment."""
    doc.segments = [Segment(m.group(), m.start(), None, doc.text) for m in _PARAGRAPH_RE.finditer(doc.text)]


# ----------------------------------------------------------------------- markdown

_FRONT_MATTER_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_markdown_parser = None


def _markdown():
    global _markdown_parser
    if _markdown_parser is None:
        from markdown_it import MarkdownIt

        # maxNesting: commonmark's 20 levels would silently drop deeper prose
        _markdown_parser = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable(["table", "strikethrough"])
    return _markdown_parser


def _parse_markdown(doc: Document) -> None:
    text = doc.text
    source = text
    front = _FRONT_MATTER_RE.match(text)
    if front:  # keep the line count so that the parser's line maps stay right
        source = "\n" * front.group().count("\n") + text[front.end():]
    tokens = _markdown().parse(source)
    starts = doc.line_starts
    cursor = 0
    map_stack: list[list[int]] = []
    for index, tok in enumerate(tokens):
        if tok.nesting == 1:
            map_stack.append(tok.map)
        elif tok.nesting == -1 and map_stack:
            map_stack.pop()
        if tok.type == "html_block":
            for comment, offset in _comments(tok.content, text, starts[tok.map[0]]):
                nxt = _next_block(tokens, index)
                _add_directive(doc, comment, offset, _line_span(doc, nxt))
            continue
        if tok.type != "inline":
            continue
        block_map = tok.map or next((m for m in reversed(map_stack) if m), None)
        if not block_map:
            continue
        begin = max(starts[block_map[0]], cursor)
        limit = starts[block_map[1]] if block_map[1] < len(starts) else len(text)
        segment, cursor = _inline_segment(doc, tok.children or [], begin, limit, block_map)
        if segment is not None and segment.text.strip():
            doc.segments.append(segment)


def _next_block(tokens, index):
    """Line range (0-based, end exclusive) of the block after ``tokens[index]``."""
    level = tokens[index].level
    for tok in tokens[index + 1:]:
        if tok.map and tok.level <= level and tok.nesting >= 0:
            return tok.map
    return None


def _comments(content: str, text: str, base: int):
    """HTML comments inside a raw HTML block or inline: (comment body, document offset)."""
    for m in re.finditer(r"<!--(.*?)-->", content, re.S):
        offset = text.find(m.group(), base)
        if offset >= 0:
            yield m.group(1), offset


def _inline_segment(doc, children, p, limit, block_map):
    text = doc.text
    out: list[str] = []
    pos: list[int] = []
    skip = False
    for child in children:
        kind = child.type
        if kind in ("text", "text_special"):
            if skip:
                continue
            q = _align(child.content, text, p, limit, out, pos)
            if q < 0:
                return None, p
            p = q
        elif kind in ("softbreak", "hardbreak"):
            q = text.find("\n", p, limit)
            if q < 0:
                return None, p
            out.append("\n")
            pos.append(q)
            p = q + 1
        elif kind == "code_inline":
            q = text.find(child.markup, p, limit)
            if q < 0:
                return None, p
            close = _closing_backticks(text, q + len(child.markup), child.markup, limit)
            out.append(PLACEHOLDER)
            pos.append(q)
            p = close
        elif kind == "html_inline":
            q = text.find(child.content, p, limit)
            if q < 0:
                continue
            if child.content.startswith("<!--"):
                for comment, offset in _comments(child.content, text, q):
                    _add_directive(doc, comment, offset, _line_span(doc, block_map))
            p = q + len(child.content)
        elif kind == "link_open":
            if child.markup in ("autolink", "linkify"):
                skip = True
                q = text.find(">", p, limit) if child.markup == "autolink" else -1
                if q >= 0:
                    out.append(PLACEHOLDER)
                    pos.append(p)
                    p = q + 1
        elif kind == "link_close":
            if skip:
                skip = False
                continue
            p = _skip_link_target(text, p, limit)
        elif kind == "image":
            q = text.find("![", p, limit)
            if q >= 0:
                close = text.find("]", q + 2, limit)
                if close >= 0:
                    out.append(PLACEHOLDER)
                    pos.append(q)
                    p = _skip_link_target(text, close, limit)
    if not out:
        return None, p
    return Segment("".join(out), pos[0], pos, text), p


def _closing_backticks(text, p, markup, limit):
    n = len(markup)
    while True:
        q = text.find(markup, p, limit)
        if q < 0:
            return limit
        end = q + n
        if (end >= len(text) or text[end] != "`") and text[q - 1] != "`":
            return end
        p = end
        while p < limit and text[p] == "`":
            p += 1


def _skip_link_target(text, p, limit):
    """From the ``]`` closing a link's text, past ``(target)`` or ``[ref]``."""
    q = text.find("]", p, limit)
    if q < 0:
        return p
    q += 1
    if q < limit and text[q] in "([":
        opener, closer = text[q], ")" if text[q] == "(" else "]"
        depth = 0
        while q < limit:
            ch = text[q]
            if ch == "\\":
                q += 2
                continue
            if ch == opener:
                depth += 1
            elif ch == closer:
                depth -= 1
                if depth == 0:
                    return q + 1
            q += 1
    return q


def _align(content, text, p, limit, out, pos):
    """Find ``content`` (text as the parser decoded it) in ``text`` from ``p``,
    skipping markup, escapes and entities; append chars and offsets; return the
    new cursor or -1."""
    n = len(content)
    if text.startswith(content, p):
        out.append(content)
        pos.extend(range(p, p + n))
        return p + n
    idx = text.find(content, p, limit)
    if idx >= 0 and not any(ch.isalnum() for ch in text[p:idx]):
        out.append(content)
        pos.extend(range(idx, idx + n))
        return idx + n
    for ch in content:
        while True:
            if p >= limit:
                return -1
            s = text[p]
            if s == ch:
                pos.append(p)
                p += 1
                break
            if s == "\\" and p + 1 < limit and text[p + 1] == ch:
                pos.append(p + 1)
                p += 2
                break
            if s == "&":
                m = _ENTITY_RE.match(text, p)
                if m and html.unescape(m.group()) == ch:
                    pos.append(p)
                    p = m.end()
                    break
            p += 1
        out.append(ch)
    return p


# --------------------------------------------------------------------------- html


def _parse_html(doc: Document) -> None:
    from .html_text import parse_html  # html.parser costs a start-up that text and Markdown need not pay

    parse_html(doc)


# --------------------------------------------------------------------- directives


def _add_directive(doc: Document, comment: str, offset: int, block) -> None:
    """``block``: the document offsets [start, end) an ``ignore`` covers, or None."""
    m = DIRECTIVE_RE.match(comment)
    if not m:
        return
    kind = m.group(1).lower()
    raw = "<!--" + comment + "-->"
    line, col = doc.position(offset)
    end_line, end_col = doc.position(offset + len(raw))
    codes = tuple(c.upper() for c in re.findall(r"[A-Za-z]+[0-9]*", m.group(2)))
    d = Directive(kind, codes, line, col, end_line, end_col, raw, offset)
    if kind not in KINDS or not CODE_LIST_RE.match(m.group(2)):
        doc.bad_directives.append(d)  # reported by the engine, never silently ignored
        return
    d.first = d.last = offset
    if kind == "ignore" and block:
        d.first, d.last = min(block[0], offset), block[1]
    doc.directives.append(d)


def _line_span(doc: Document, line_map) -> tuple[int, int] | None:
    """Document offsets of a Markdown token's 0-based line range [first, end)."""
    if not line_map:
        return None
    starts = doc.line_starts
    return starts[line_map[0]], starts[line_map[1]] if line_map[1] < len(starts) else len(doc.text)


def _resolve_directives(doc: Document) -> None:
    """Give each ``disable`` its end: the matching ``enable``, or the end of the file."""
    total = len(doc.text)
    open_ranges: list[Directive] = []
    for d in sorted(doc.directives, key=lambda d: d.offset):
        if d.kind == "disable":
            d.first, d.last = d.offset, total
            open_ranges.append(d)
        elif d.kind == "enable":
            for opened in open_ranges:  # `enable TQ1` ends `disable TQ101`; a bare enable ends all
                if opened.last == total and (d.covers_all or not opened.covers_all and all(map(d.covers, opened.codes))):
                    opened.last = d.offset
