"""Markdown: the prose of markdown-it-py's inline tokens, each character mapped back to the file.

Code, front matter, link targets, autolinks and HTML comments are not prose.  Inline code (``code`` or
``<code>``), images and autolinks stay in the prose as one opaque ``PLACEHOLDER`` spanning the element; an image's
alt text and title are labels of their own, after the paragraph (``attributes``), and so are a heading, a table cell
and a list item's first paragraph (``_is_label``); link text is navigation context.  Raw HTML blocks are read by the
HTML reader (``markdown_html``).  Lines end as markdown-it ends them (``\\r\\n``, ``\\r`` or ``\\n``).  Paragraphs
are parsed one at a time (a huge one in pieces), so memory follows the largest paragraph, not the file.
A text of paragraphs and headings only is read by ``plain_markdown``, without importing markdown-it.
"""

from __future__ import annotations

import html
import re
from functools import partial

from .builder import SegmentBuilder
from .directives import add_directive
from .markdown_syntax import (
    bracket_end, closing_backticks, comments, comments_only, escape_title, foreign_tag, is_label_too, pieces,
    raw_span, skip_link_target, title_span,
)
from .model import LINE_BREAK, PLACEHOLDER, REFERENCE, Document
from .plain_markdown import plain_blocks, plain_inline

MAX_NESTING = 100  # commonmark's 20 levels would drop deeper prose; beyond 100, a warning says so
_CHUNK = 200_000  # characters of one paragraph given to the inline parser at once
_BREAK = f"(?:{LINE_BREAK.pattern})"
FRONT_MATTER_RE = re.compile(rf"\A(---|\+\+\+)[ \t]*{_BREAK}(?:.*?{_BREAK})??(?:\1|\.\.\.)[ \t]*(?:{_BREAK}|\Z)"
                             # Pelican's and Python-Markdown's metadata: `Title: …` lines up to a blank one
                             r"|\A(?:(?i:title|date|modified|authors?|category|tags|slug|summary|lang)[ \t]*:"
                             rf"[^\r\n]*{_BREAK})+(?={_BREAK})", re.S)
_ENTITY_RE = re.compile(REFERENCE)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_OPAQUE_TAGS = frozenset("code kbd samp var tt script style".split())  # (what is no prose inside a paragraph)
_LABELS = frozenset(("heading_open", "th_open", "td_open"))  # what opens a label's inline token
_markdown_parser = None


def _markdown():
    global _markdown_parser
    if _markdown_parser is None:
        from markdown_it import MarkdownIt

        # blocks only: each paragraph's inline tokens are made, used and dropped in turn
        _markdown_parser = (MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
                            .enable(["table", "strikethrough"]).disable("inline"))
    return _markdown_parser


def parse_markdown(doc: Document) -> None:
    text = source = doc.text
    front = FRONT_MATTER_RE.match(text)
    if front:  # keep the line count so that the parser's line maps stay right
        if doc.format == "markdown":  # (the MDX reader reads it from the file, not from the copy it masks)
            from .front_matter import read_front_matter  # (a page's title and description)

            read_front_matter(doc, front.end())
        source = "\n" * len(LINE_BREAK.findall(front.group())) + text[front.end():]
    tokens, inline = plain_blocks(source), plain_inline  # paragraphs and headings only: markdown-it not imported
    if tokens is None:
        md, env = _markdown(), {}
        tokens = md.parse(source, env)
        inline = lambda piece, children: md.inline.parse(piece, md, env, children)  # noqa: E731
    starts = doc.line_starts
    builder = SegmentBuilder(doc)
    cursor = quotes = 0  # (quotes: the block quotes open)
    map_stack: list[list[int]] = []
    html_blocks: list[tuple[int, int]] = []
    for index, tok in enumerate(tokens):
        if tok.nesting == 1:
            map_stack.append(tok.map)
            if tok.level >= MAX_NESTING - 1 and not doc.warnings:
                line = tok.map[0] + 1 if tok.map else doc.position(cursor)[0]
                doc.warnings.append(f"line {line}: Markdown nested deeper than {MAX_NESTING} levels: "
                                    "the text inside is not checked")
        elif tok.nesting == -1 and map_stack:
            map_stack.pop()
        if tok.type == "html_block":
            if quotes or comments_only(tok.content):  # a suppression of its own: it covers the next block
                for comment, offset in comments(tok.content, text, *_line_span(starts, tok.map, len(text))):
                    nxt = _next_block(tokens, index)
                    add_directive(doc, comment, offset, _line_span(starts, nxt, len(text)))
            else:  # read by the HTML reader, suppressions and all (from its first character: not a list marker)
                first = max(starts[tok.map[0]], text.find(tok.content.lstrip()[:1], starts[tok.map[0]]))
                html_blocks.append((first, _line_span(starts, tok.map, len(text))[1]))
            continue
        quotes += (tok.type == "blockquote_open") - (tok.type == "blockquote_close")
        if tok.type != "inline":
            continue
        block_map = tok.map or next((m for m in reversed(map_stack) if m), None)
        if not block_map:
            continue
        begin = max(starts[block_map[0]], cursor)
        limit = starts[block_map[1]] if block_map[1] < len(starts) else len(text)
        cursor, ok = begin, True
        for piece in pieces(tok.content, _CHUNK):
            children: list = []
            inline(piece, children)
            cursor, ok = _inline(doc, builder, children, cursor, limit, _line_span(starts, block_map, len(text)))
            if not ok:
                break
        if not ok:
            builder.discard()
            continue
        segment = builder.build()
        if segment is not None:
            segment.label = _is_label(tokens, index)
            doc.segments.append(segment)
        doc.segments += builder.take_after()
    if html_blocks:
        from .markdown_html import read_html_blocks

        read_html_blocks(doc, html_blocks)


def _is_label(tokens, index) -> bool:
    """Is the inline token at ``index`` a heading, a table cell or a list item's first paragraph: a label, read as a
    catalog's string is (``labels``: `# Ajout d'un équipement`, `- Compteur`)?"""
    return index > 0 and tokens[index - 1].type in _LABELS or index > 1 and tokens[index - 2].type == "list_item_open"


def _next_block(tokens, index):
    """Line range (0-based, end exclusive) of the block after ``tokens[index]``."""
    level = tokens[index].level
    for tok in tokens[index + 1:]:
        if tok.map and tok.level <= level and tok.nesting >= 0:
            return tok.map
    return None


def _inline(doc, b: SegmentBuilder, children, p, limit, block) -> tuple[int, bool]:
    """Add one paragraph's inline tokens to ``b``: (the new cursor, True), or (the last cursor,
    False) when they cannot be found in the file (the paragraph is then dropped, not mapped wrongly)."""
    text = doc.text
    skip = False  # inside an autolink
    link = None  # builder length at the start of a link's text
    bracket = -1  # where a Markdown link's text opens
    code = None  # [tag, start, depth] of an inline HTML code element (or a foreign phrase) being skipped
    pending: list[str] = []  # adjacent text tokens, joined as markdown-it's text_join would
    for child in children:
        kind = child.type
        if kind in ("text", "text_special"):
            if not skip and code is None:
                pending.append(child.content)
            continue
        if pending:
            q = _align("".join(pending), text, p, limit, b)
            pending = []
            if q < 0:
                return p, False
            p = q
        if kind in ("softbreak", "hardbreak"):
            m = LINE_BREAK.search(text, p, limit)
            if m is None:
                return p, False
            # the \n of \r\n stands for the break; a lone \r is decoded
            b.verbatim("\n", m.end() - 1) if text[m.end() - 1] == "\n" else b.decoded("\n", m.start(), m.end())
            p = m.end()
        elif kind == "code_inline":
            q = text.find(child.markup, p, limit)
            if q < 0:
                return p, False
            close = closing_backticks(text, q + len(child.markup), child.markup, limit)
            b.opaque(q, close)
            p = close
        elif kind == "html_inline":
            span = raw_span(text, child.content, p, limit)
            if span is None:
                return p, False  # (rather than the next text found in the tag's place)
            q, end = span
            tag = _TAG_RE.match(child.content)
            name, closing = (tag.group(2).lower(), bool(tag.group(1))) if tag else ("", False)
            if child.content.startswith("<!--"):
                for comment, offset in comments(child.content, text, q, end):
                    add_directive(doc, comment, offset, block)
            elif code is not None:  # inside code or a foreign phrase: only its own element counts, nested ones too
                if name == code[0] and not child.content.rstrip().endswith("/>"):
                    code[2] += -1 if closing else 1
                    if not code[2]:
                        b.opaque(code[1], end)
                        code = None
            elif tag and not closing and (name in _OPAQUE_TAGS or foreign_tag(child.content)):
                code = [name, q, 1]
            elif name == "img":
                from .attributes import stand_in  # (imported for the first image: an article has none)

                stand_in(doc, b, q, end, link=link is not None) if not closing else b.opaque(q, end)
            elif name == "a":  # link text: navigation, as [text](url)
                if not closing:
                    link = len(b)
                elif link is not None:
                    b.navigation(link, len(b))
                    link = None
            p = end
        elif code is not None:
            continue
        elif kind == "link_open":
            if child.markup in ("autolink", "linkify"):
                skip = True
                q = text.find(">", p, limit) if child.markup == "autolink" else -1
                if q >= 0:
                    lt = text.find("<", p, q)
                    b.opaque(lt if lt >= 0 else p, q + 1)
                    p = q + 1
            else:
                link, bracket = len(b), text.find("[", p, limit)
        elif kind == "link_close":
            if skip:
                skip = False
                continue
            if link is not None:
                b.navigation(link, len(b))
                link = None
            close = text.find("]", p, limit)
            if 0 <= bracket < close and is_label_too(text, close):  # `[the guide][]`: no fix may unlink it
                doc.opaque.append((bracket, close))
            p = skip_link_target(text, p, limit)
        elif kind == "image":
            q = text.find("![", p, limit)
            close = bracket_end(text, q + 1, limit) if q >= 0 else -1
            if close >= 0:
                p = skip_link_target(text, close, limit)
                _image_texts(doc, b, child, (q, close, p), block, link is not None)
                b.decoded(PLACEHOLDER, q, p)
    if pending:
        q = _align("".join(pending), text, p, limit, b)
        if q < 0:
            return p, False
        p = q
    if code is not None:  # an inline code element left open: it runs to the paragraph's end
        b.opaque(code[1], limit)
        p = limit
    return p, True


def _image_texts(doc, b, image, where, block, link):
    """An image's alt text (``![alt`` from ``q``, to the ``]`` at ``close``), markup and all, and its title: labels
    that follow the segment ``b`` builds (navigation context in a ``link``); the rest of ``![alt](src "title")`` (to
    ``end``) is opaque."""
    from .attributes import as_attribute  # (imported for the first image: an article has none)

    q, close, end = where
    alt = SegmentBuilder(doc)
    if _inline(doc, alt, image.children or [], q + 2, close, block)[1]:
        b.add_after(as_attribute(alt.build(), link))
    doc.opaque.append((q, close if is_label_too(doc.text, close) else q + 2))
    title = image.attrGet("title")
    span = title_span(doc.text, close, end) if title else None
    if span is None:  # (a reference image's title is in its definition)
        doc.opaque.append((close, end))
        return
    doc.opaque += [(close, span[0]), (span[1], end)]
    words = SegmentBuilder(doc)
    if _align(title, doc.text, *span, words) >= 0:
        b.add_after(as_attribute(words.build(partial(escape_title, doc.text[span[0] - 1])), link))


def _align(content, text, p, limit, b: SegmentBuilder) -> int:
    """Find ``content`` (text as the parser decoded it) in ``text`` from ``p``, skipping
    markup, escapes and entities; add it to ``b``; return the new cursor or -1."""
    if text.startswith(content, p):
        b.verbatim(content, p)
        return p + len(content)
    idx = text.find(content, p, limit)
    if idx >= 0 and not any(ch.isalnum() for ch in text[p:idx]):
        b.verbatim(content, idx)
        return idx + len(content)
    for ch in content:
        while True:
            if p >= limit:
                return -1
            s = text[p]
            if s == ch:
                b.verbatim(ch, p)
                p += 1
                break
            if s == "\\" and p + 1 < limit and text[p + 1] == ch:
                b.verbatim(ch, p + 1)
                p += 2
                break
            if s == "&":
                m = _ENTITY_RE.match(text, p)
                if m and html.unescape(m.group()) == ch:
                    b.decoded(ch, p, m.end())
                    p = m.end()
                    break
            p += 1
    return p


def _line_span(starts: list[int], line_map, total: int) -> tuple[int, int] | None:
    """Document offsets of a Markdown token's 0-based line range [first, end)."""
    if not line_map:
        return None
    return starts[line_map[0]], starts[line_map[1]] if line_map[1] < len(starts) else total
