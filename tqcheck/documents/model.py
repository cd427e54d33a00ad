"""The document model: a decoded file, its prose segments and its suppression comments.

A ``Segment`` holds prose text and, for every character, its offset in
``Document.text`` (the decoded file, without its BOM), so that a detector's span
always maps back to an exact line and column of the file.  A character may stand
for more than itself: an entity (``&raquo;`` is one ``»``) or an opaque token (one
``PLACEHOLDER`` for inline code, an image, an autolink).  ``Segment.ends`` gives the
end of what such a character stands for, so a finding on it covers the whole
entity or element, and no fix ever edits it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from ..findings import Fix, Problem

LINE_BREAK = re.compile(r"\r\n?|\n")  # LF, CRLF or a lone CR: how editors, LSP and SARIF count lines

# stands in for inline code, an image or an autolink inside prose: never flagged, never fixed
PLACEHOLDER = "\ufffc"
# a character reference of HTML (and of Markdown, which takes HTML's): `&eacute;`, `&#39;`, `&#x2019;`
REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# what holds no prose: spaces and placeholders (a segment or a unit of only these is none: a rule, a separator)
NOT_PROSE = frozenset(" \t\r\n\f\v\u00a0\u202f\u2009" + PLACEHOLDER)


def is_prose(text: str) -> bool:
    """Does a text hold more than spaces and placeholders?"""
    return not NOT_PROSE.issuperset(text)


@dataclass(eq=False)
class Segment:
    """A run of prose.  ``mapping[i]`` is the offset of ``text[i]`` in the document;
    when ``mapping`` is None the text is a verbatim slice starting at ``start``."""

    text: str
    start: int = 0
    mapping: list[int] | None = None  # any sequence of ints (the readers build an array)
    source: str = field(default="", repr=False)  # the document text (a reference, not a copy)
    # text index -> document end offset (exclusive) of what text[i] stands for, where that is not
    # the one character at mapping[i]: an entity, an opaque token
    ends: dict[int, int] | None = field(default=None, repr=False)
    # text ranges [i, j) read in navigation context: link text, <nav>, a button, a breadcrumb, a
    # mark alone in its element, the quotation marks a tool chain writes (DocBook's <quote>): text the
    # page's machinery set there, not the author's prose.  A guillemet there is an arrow, not a quotation
    # mark; a quote there is no sign of the author's quote style; `M.` there labels an appendix.
    navigation: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # a label standing alone, not a sentence: an image's alt text, read as a software string is (``labels``)
    label: bool = field(default=False, repr=False)
    # what an element's attribute holds (an image's alt text or title): read aloud or shown as a tooltip, never set
    # in type, and written as the tool chain left it (a Markdown renderer curls the prose's quotes, not the alt's)
    attribute: bool = field(default=False, repr=False)

    def offset(self, i: int) -> int:
        """Document offset where ``text[i]`` starts (``i == len(text)``: where the text ends)."""
        if self.mapping is None:
            return self.start + i
        if i < len(self.mapping):
            return self.mapping[i]
        return self.end_offset(len(self.mapping) - 1) if self.mapping else self.start

    def end_offset(self, i: int) -> int:
        """Document offset just after what ``text[i]`` stands for."""
        if self.mapping is None:
            return self.start + i + 1
        if self.ends and i in self.ends:
            return self.ends[i]
        return self.mapping[i] + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document offsets of ``text[i:j]`` (end exclusive)."""
        start = self.offset(i)
        end = self.end_offset(j - 1) if j > i else start
        return start, end

    def is_verbatim(self, i: int, j: int) -> bool:
        """Is ``text[i:j]`` the very same characters in the file (no markup, entity or code inside)?"""
        if self.mapping is None:
            return True
        start, end = self.span(i, j)
        return self.source[start:end] == self.text[i:j] and PLACEHOLDER not in self.text[i:j]

    def shown(self, i: int, j: int) -> str:
        """``text[i:j]`` for a message: each ``PLACEHOLDER`` (inline code, a tag) as the file writes it."""
        part = self.text[i:j]
        if PLACEHOLDER not in part:
            return part
        return "".join(self.source[slice(*self.span(k, k + 1))] if c == PLACEHOLDER else c
                       for k, c in enumerate(part, i))

    def in_navigation(self, i: int) -> bool:
        """Is ``text[i]`` in navigation context (see ``navigation``)?"""
        k = bisect_right(self.navigation, (i, float("inf"))) - 1
        return k >= 0 and self.navigation[k][0] <= i < self.navigation[k][1]

    def problem(self, i, j, code, message, replacement=None, applicability="safe", severity=None, edit=None):
        """A Problem on ``text[i:j]``; the fix replaces ``edit`` (segment offsets, default
        ``(i, j)``) with ``replacement``.  The fix is dropped when the edited text is not
        verbatim in the file: a fix must never rewrite markup, an entity or code it cannot see."""
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


@dataclass(eq=False)
class Pair:
    """A unit of a bilingual document: its source text and its target segment.

    ``source`` is the source text as the target's is given to the rules: entities and escapes
    decoded, inline tags and placeholders (``%s``, ``{0}``, ``<x/>``) as ``PLACEHOLDER``;
    ``source_segment`` maps it to the file (None when the source is not in this file).
    ``target`` is None for an untranslated unit (no or an empty target); ``fuzzy``: a PO entry flagged so, which
    the compiled catalog leaves out (its target is checked all the same)."""

    source: str
    target: Segment | None
    confidence: float = 1.0  # 1.0 for the units of a bilingual file and line-aligned files
    id: str = ""  # XLIFF id, PO msgctxt + "\x04" + msgid (+ "[n]"), TMX tuid, TSV line number
    source_segment: Segment | None = field(default=None, repr=False)
    # are the spaces and line breaks of its texts part of the strings?  (an XLIFF unit without
    # xml:space="preserve" may be reflowed: Angular's extraction indents its HTML sources)
    spaces_count: bool = True
    fuzzy: bool = False
    context: str = ""  # what sets apart units of one source: a PO msgctxt, a Qt context and comment, a meaning note


@dataclass(repr=False, eq=False)
class Document:
    path: str
    text: str
    format: str = "text"
    segments: list[Segment] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    bom: bool = False
    encoding: str = "utf-8"  # what the file declared (``encodings``): a fix is written back in it
    exact: bool = True  # the text in ``encoding`` gives the file's bytes back as they are (else no fix)
    bad_directives: list[Directive] = field(default_factory=list)  # `tqcheck:` comments that say nothing valid
    # document spans [start, end) of the opaque tokens (inline code, images...): no fix may touch one
    opaque: list[tuple[int, int]] = field(default_factory=list)
    # "line N: problem" for what the reader could not read (the rest of the file is checked)
    warnings: list[str] = field(default_factory=list)
    # (size, mtime_ns, inode, digest) of the file as read, so that --fix never overwrites a later edit
    stamp: tuple | None = None
    _line_starts: list[int] | None = field(default=None, repr=False)
    _reach: list[int] | None = field(default=None, repr=False)  # (``touches_opaque``)
    # a bilingual document (XLIFF, PO, TMX, TSV, or an article with --source): its units, source and
    # target; ``segments`` hold only the targets.  Empty for a monolingual document.
    pairs: list[Pair] = field(default_factory=list)
    source_path: str | None = None  # the source file, when the pairs came from --source
    foreign: str | None = None  # why the file's target is not English ("the catalog's Language is 'fr'"): not checked
    declared_english: bool = False  # a header or the path says English (``en.po``, ``@@locale``: ``en``)
    # a resource file's texts by key (JSON: ``menu.open``), paired by key with a source file's (``pairing``)
    units: dict[str, Segment] | None = None
    keyed: bool = False  # a resource file keyed by its French sources, its pairs its own (``keyed``)
    # the span of the language tag a page declares for itself (``<html lang="fr">``, a front matter's ``lang: fr``)
    language: tuple[int, int] | None = None

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

    def warn_lines(self, first: int, count: int, what: str) -> None:
        """One warning for ``count`` lines that say the same, the first at ``first``: ``line 3 and 4 more: …``."""
        self.warnings.append(f"line {first}{f' and {count - 1} more' if count > 1 else ''}: {what}")

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        while end > begin and self.text[end - 1] in "\r\n":  # not rstrip: a line may be megabytes
            end -= 1
        return self.text[begin:end]

    def touches_opaque(self, start: int, end: int) -> bool:
        """Does the span [start, end) overlap an opaque token (or, empty, fall strictly inside one)?  Tokens may
        nest (a code span in a link's text that is its label too): the furthest end so far is what counts."""
        if self._reach is None or len(self._reach) != len(self.opaque):
            self._reach = list(accumulate((e for _, e in self.opaque), max))
        k = bisect_left(self.opaque, (end if end > start else start, -1)) - 1  # the last token starting before
        return k >= 0 and self._reach[k] > start


def line_starts(text: str, lf_only: bool = False) -> list[int]:
    """Offsets of the lines: LF, CRLF and a lone CR (old Mac files, a CRLF converted twice) each end a line,
    as the language server protocol, SARIF and markdown-it count them (``lf_only``: LF alone, as html.parser)."""
    if "\r" in text and not lf_only:
        return [0] + [m.end() for m in LINE_BREAK.finditer(text)]
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (``line_starts``), its line break left out."""
    starts = line_starts(text)
    spans = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        while b > a and text[b - 1] in "\r\n":
            b -= 1
        spans.append((a, b))
    return spans
