"""AsciiDoc (``.adoc``, ``.asciidoc``: Asciidoctor, Antora): its prose, line by line, offsets kept.

A paragraph (lines up to a blank line or a line that starts a block) is one segment, and so is a section or block
title (``== Title``, ``.Title``, a title over a line of ``-``, ``=``, ``~``, ``^`` or ``+`` as long as it, which
takes no fix), a list item, a description list's term and its description, and an admonition (``NOTE: Text``).
Left out, as no prose: the document header's author and revision lines, attribute entries (``:name: value``),
comments (``//``, ``////``), block attribute lines (``[source,java]``), listing, literal, passthrough and fenced
blocks and tables, any block whose style says code (``[source]``, ``[literal]``, ``[stem]``, ``[pass]``,
``[comment]``) delimited or not, literal (indented) paragraphs, block macros (``image::``, ``include::``,
``ifdef::``), breaks and template directives (FreeMarker's ``<#import …>``, ``<@x …>``).
Example, sidebar, quote and open blocks are read as paragraphs.

Inline, monospace (```x```), passthroughs (``+x+``, ``pass:[x]``), attribute references (``{name}``), math,
keyboard, button and menu macros, inline images and a bare URL are one opaque ``PLACEHOLDER``; a counter
(``{counter:n}``) reads ``1``; a link's or cross reference's text (``https://x[text]``, ``xref:x[text]``,
``<<id,text>>``) and strong, emphasis, mark, superscript and subscript (``*x*``, ``_x_``, ``#x#``) are read without
their marks; a footnote
(``footnote:[text]``) is a segment of its own and nothing in its sentence; anchors are nothing.
``"`x`"`` reads “x”.  Fixes that would write AsciiDoc markup are not offered.  ``// tqcheck: ignore TQ101``
suppresses findings in the next block; ``disable`` and ``enable`` work as in Markdown.
"""

from __future__ import annotations

import re
from collections import deque

from .bilingual import declare_target, directive
from .builder import SegmentBuilder
from .model import PLACEHOLDER, Document, line_spans

_DELIMITER = re.compile(r"(/{4,}|-{4,}|\.{4,}|\+{4,}|={4,}|\*{4,}|_{4,}|--|[|,:!]={3,}|```.*)\s*")
_SKIPPED_DELIMITERS = ("/", "-", ".", "+", "|", ",", ":", "!", "`")  # (a block of one: `--` is an open block)
_CODE_STYLES = frozenset("source listing literal stem latexmath asciimath pass comment verbatim".split())
_ATTRIBUTE_LINE = re.compile(r"\[(?:[^\]\[]|\[[^\]]*\])*\]\s*")  # [source,java], [[id]], [NOTE], [cols="1,2"]
_ATTRIBUTE_ENTRY = re.compile(r":!?\w[\w-]*!?:(?:\s.*)?")
_TITLE = re.compile(r"(={1,6}|#{1,6})\s+(\S.*?)(?:\s+\1)?\s*")
_BLOCK_TITLE = re.compile(r"\.(?=[^\s.])(.+)")
_WORD = re.compile(r"[^\W_]")
_UNDERLINE = re.compile(r"((?P<c>[-=~^+])(?P=c)+)[ \t]*")  # a two-line title's
_BLOCK_MACRO = re.compile(r"[a-z][\w-]*::\S*\[.*\]\s*|(?:ifn?def|ifeval|endif)::.*|'{3,}\s*|<<<\s*|(?:- ?){3}\s*")
_LIST_ITEM = re.compile(r"\s*(?:\*+|-|\.+|\d+\.|[a-zA-Z]\.|[ivxIVX]+\)|<\d+>)\s+(?:\[[ xX*]\]\s+)?(?=\S)")
_TERM = re.compile(r"(\S.*?)(?::{2,4}|;;)(?:\s+|$)")
_ADMONITION = re.compile(r"(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(?=\S)")
_LANG = re.compile(r":lang:\s*(\S+)\s*")
_DIRECTIVE_LINE = re.compile(r"//\s*tqcheck:", re.I)  # a suppression comment ends the paragraph above it
_TEMPLATE = re.compile(r"</?[#@]\w")  # a FreeMarker directive (Keycloak's guides: `<@tmpl.guide title="…">`)
# inline: what is opaque, what is read without its marks (a group named r...: its text), what stands for a
# typographic quote, what is nothing; a constrained mark must not touch a word character on its outer side
_INLINE = re.compile(
    r"(?<!\\)\{[\w-]+\}\[(?P<r0>[^\]]+)\]"
    r"|(?P<counter>(?<!\\)\{(?:counter2?|set):[^}\s]+\})"
    r"|(?P<opaque>``.+?``|(?<![\w`])`[^`\s](?:[^`]*[^`\s])?`(?![\w`])|\+\+\+.+?\+\+\+|\+\+.+?\+\+"
    r"|(?<![\w+])\+[^+\s](?:[^+]*[^+\s])?\+(?![\w+])|(?<!\\)\{[\w-]+\}"
    r"|\b(?:pass|stem|latexmath|asciimath|kbd|btn|menu|image|icon|indexterm2?|anchor):[^\s\[]*\[[^\]]*\]"
    r"|<<[^,>]+>>|\(\(\(?[^)]*\)\)\)?)"
    r"|\b(?:link|mailto|xref):[^\s\[]*\[(?P<r1>[^\]]+)\]|(?:https?|ftp)://[^\s\[]+\[(?P<r2>[^\]]+)\]"
    r"|(?P<url>\b(?:link|mailto|xref):[^\s\[]*\[\]|(?:https?|ftp|irc)://[^\s\[<>]*[^\s\[<>.,;:!?)\]])"
    r"|<<[^,>]+,\s*(?P<r3>[^>]+)>>"
    r"|(?P<footnote>\bfootnote:[\w-]*\[(?P<note>(?:[^\[\]]|\[[^\[\]]*\])*)\])"  # (a link inside: one level)
    r"|(?P<nothing>\[\[\[?[\w:.-]+(?:,[^\]]*)?\]\]\]?|\[[#.%][^\]]*\](?=[*_#`])| \+$)"
    r"|(?P<quote>\"`|`\"|'`|`')"
    r"|\*\*(?P<r4>.+?)\*\*|__(?P<r5>.+?)__|##(?P<r6>.+?)##"
    r"|(?<![\w*])\*(?P<r7>\S(?:[^*]*?\S)?)\*(?![\w*])|(?<![\w_])_(?P<r8>\S(?:[^_]*?\S)?)_(?![\w_])"
    r"|(?<![\w#])#(?P<r9>\S(?:[^#]*?\S)?)#(?![\w#])|\^(?P<r10>[^\s^]+)\^|~(?P<r11>[^\s~]+)~",
    re.M)
_INLINE_OR_COMMENT = re.compile(r"(?P<comment>^//(?!//)[^\n]*\n?)|" + _INLINE.pattern, re.M)
_QUOTES = {'"`': "“", '`"': "”", "'`": "‘", "`'": "’"}


_MARKS = frozenset("*_`#+{}[]^~\\<>")  # what may open or close AsciiDoc markup


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text, self.builder = doc, doc.text, SegmentBuilder(doc)
        self.lines = line_spans(doc.text)
        self.ignores: list = []  # the `// tqcheck: ignore` comments waiting for their block
        self.notes: deque = deque()  # the footnotes' texts, read after their paragraph
        self.draining = False

    def line(self, k: int) -> str:
        a, b = self.lines[k]
        return self.text[a:b]

    def add(self, start: int, end: int) -> None:
        """``text[start:end]`` as one segment, its inline markup read, its comment lines left out."""
        self.inline(start, end)
        self.build(end)

    def inline(self, start: int, end: int, depth: int = 0) -> None:
        """``text[start:end]`` into the segment being built, its inline markup read (a link's text, an emphasis's,
        with the markup inside it)."""
        text, builder, at = self.text, self.builder, start
        for m in _INLINE_OR_COMMENT.finditer(text, start, end):
            builder.verbatim(text[at:m.start()], at)
            kind = m.lastgroup if m.lastgroup != "note" else "footnote"
            if kind.startswith("r"):
                builder.decoded("", m.start(), m.start(kind))  # the marks are nothing, the text is read
                if depth < 8:
                    self.inline(m.start(kind), m.end(kind), depth + 1)
                else:
                    builder.verbatim(m.group(kind), m.start(kind))
                builder.decoded("", m.end(kind), m.end())
            elif kind == "counter":  # it shows a number (`{counter:n}) apples` reads `1) apples`), or its start's
                builder.decoded(_counter_shown(m.group()), m.start(), m.end())  # letter; counter2 and set: nothing
            elif kind == "quote":
                builder.decoded(_QUOTES[m.group()], m.start(), m.end())
            elif kind == "nothing" or kind == "comment":
                builder.decoded("", m.start(), m.end())
            elif kind == "footnote":  # its mark: nothing in the sentence (no code TQ605 compares); its text a segment
                builder.decoded("", m.start(), m.end())
                if m.group("note").strip():
                    self.notes.append((m.start("note"), m.end("note")))
            else:
                builder.opaque(m.start(), m.end())
            at = m.end()
        builder.verbatim(text[at:end], at)

    def build(self, end: int) -> None:
        segment = self.builder.build(self.escape)
        if segment is not None:
            self.doc.segments.append(segment)
            for d in self.ignores:
                d.last = max(d.last, end)
            self.ignores = []
        if not self.draining:  # (a footnote's own footnotes join the queue: no recursion)
            self.draining = True
            while self.notes:
                self.add(*self.notes.popleft())
            self.draining = False

    def escape(self, replacement: str, start: int, end: int) -> str | None:
        """A fix's replacement, or None where AsciiDoc could read it, or the text beside it, as markup."""
        text = self.text
        if not _MARKS.isdisjoint(replacement) or start and text[start - 1] in _MARKS or text[end:end + 1] in _MARKS:
            return None
        joined = text[max(0, start - 1):start] + replacement + text[end:end + 1]
        if "::" in joined or ";;" in joined:
            return None  # a description list's term
        if not start or text[start - 1] in "\r\n":  # a line's start: no indent (a literal), title or list mark
            first = (replacement + text[end:end + 1])[:1]
            if not (first.isalnum() or first in "“‘\"'«("):
                return None
        return replacement

    def skip_to(self, k: int, delimiter: str) -> int:
        """The line after the one that closes the block opened by ``delimiter`` on line ``k``."""
        close = "```" if delimiter.startswith("```") else delimiter
        for j in range(k + 1, len(self.lines)):
            if self.line(j).rstrip() == close:
                return j + 1
        return len(self.lines)

    def read(self) -> None:
        n, k, style = len(self.lines), 0, None
        while k < n and self.line(k).startswith("//") and not self.line(k).startswith("////"):
            self.comment(k)  # comments before the header
            k += 1
        if k < n and _TITLE.fullmatch(self.line(k)) and self.line(k).startswith("= "):
            self.title(k)
            k += 1
            while k < n and self.line(k).strip():  # the header: author, revision, attribute entries
                lang = _LANG.fullmatch(self.line(k))
                if lang:
                    declare_target(self.doc, "the document's :lang: attribute", lang.group(1))
                k += 1
        while k < n:
            line, (a, b) = self.line(k), self.lines[k]
            stripped = line.strip()
            if not stripped:
                k += 1
                continue
            delimiter = _DELIMITER.fullmatch(line)
            if delimiter:
                mark = delimiter.group(1)
                code = style in _CODE_STYLES
                k = self.skip_to(k, mark) if code or mark.startswith(_SKIPPED_DELIMITERS) and mark != "--" else k + 1
                style = None
                continue
            if line.startswith("//"):
                self.comment(k)
                k += 1
                continue
            if _ATTRIBUTE_LINE.fullmatch(line):
                if not line.startswith("[["):  # (an anchor keeps the style above it)
                    parts = stripped[1:-1].split(",")
                    style = re.split(r"[#.%]", parts[0].strip())[0]
                k += 1
                continue
            if _ATTRIBUTE_ENTRY.fullmatch(line) or _BLOCK_MACRO.fullmatch(line) or stripped == "+":
                k += 1
                continue
            if _TITLE.fullmatch(line):
                self.title(k)
                k += 1
                continue
            if m := _BLOCK_TITLE.fullmatch(line):
                waiting = self.ignores  # an ignore before a block's title covers the block too
                self.add(a + m.start(1), a + m.end(1))
                self.ignores = waiting
                k += 1
                continue
            if k + 1 < n and _two_line_title(line, self.line(k + 1)):  # no fix: its underline measures it
                self.doc.opaque.append((a, b))
                self.add(a, b)
                k += 2
                continue
            j = k + 1  # a paragraph: up to a blank line or a line that starts a block
            listed = bool(_LIST_ITEM.match(line) or _TERM.match(line))  # (only a list's next item starts a list)
            while j < n and self.line(j).strip() and not self.starts_block(self.line(j), listed):
                j += 1
            if style in _CODE_STYLES or line[:1] in " \t" and not _LIST_ITEM.match(line) or _TEMPLATE.match(line):
                k, style = j, None  # a literal paragraph, one whose style says code, or a template's directive
                continue
            style = None
            start = a
            for pattern in (_LIST_ITEM, _ADMONITION):
                m = pattern.match(line)
                if m:
                    start = a + m.end()
            term = _TERM.match(self.text, start, b)
            if term and not line.startswith(("http", "link:")) and "://" not in term.group(1):
                self.add(start, start + len(term.group(1)))
                start = term.end() if term.end() < b else (self.lines[k + 1][0] if k + 1 < j else b)
            self.add(start, self.lines[j - 1][1])
            k = j

    def comment(self, k: int) -> None:
        """A comment line: a suppression comment, if it is one."""
        found = directive(self.doc, self.line(k)[2:], self.lines[k][0], self.line(k))
        if found is not None:
            self.ignores.append(found)

    def starts_block(self, line: str, listed: bool) -> bool:
        """Does ``line`` end the paragraph above it (``listed``: a list item), not continue it?"""
        return bool(_DELIMITER.fullmatch(line) or listed and (_LIST_ITEM.match(line) or _TERM.match(line))
                    or _DIRECTIVE_LINE.match(line) or _TEMPLATE.match(line) or _ATTRIBUTE_LINE.fullmatch(line)
                    or _TITLE.fullmatch(line)
                    or line.strip() == "+" or _BLOCK_MACRO.fullmatch(line) or _ATTRIBUTE_ENTRY.fullmatch(line))

    def title(self, k: int) -> None:
        a = self.lines[k][0]
        m = _TITLE.fullmatch(self.line(k))
        self.add(a + m.start(2), a + m.end(2))


def _two_line_title(line: str, under: str) -> bool:
    """Is ``line`` a section title in the older two-line form, underlined as long as it is, give or take one
    character (Asciidoctor's rule: ``The guide`` over ``---------``)?"""
    m = _UNDERLINE.fullmatch(under)  # (and a title opening neither with a space nor with `.`, holding a word)
    return m is not None and line[:1] not in " \t." and _WORD.search(line) is not None \
        and abs(len(m.group(1)) - len(line.rstrip())) <= 1


def _counter_shown(reference: str) -> str:
    """What an attribute reference that sets a counter shows: ``{counter:n}`` 1, ``{counter:n:A}`` A, ``{counter:n:5}``
    5; ``{counter2:n}`` and ``{set:n:v}`` nothing."""
    if not reference.startswith("{counter:"):
        return ""
    parts = reference[1:-1].split(":")
    return parts[2] if len(parts) > 2 and parts[2] else "1"


def parse_asciidoc(doc: Document) -> None:
    _Reader(doc).read()
