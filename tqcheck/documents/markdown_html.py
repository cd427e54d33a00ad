"""The raw HTML blocks of a Markdown file, read by the HTML reader: a README's centred ``<p align="center">``
description, a ``<details>`` summary, a table written in HTML.

CommonMark passes such a block through as it is, and a page shows its text; Vale, which lints Markdown as the HTML
it renders to, reads it too.  All the blocks of a file are read in one pass of the HTML reader over the file's text
with everything else blanked (lines kept, so that each position maps back), a segment ending at each block's end.
Their comments are blanked as well, but a suppression, which covers what follows it in its block as in a page (a
block of comments alone is the Markdown reader's, and covers the next block); and what a block leaves open (a
comment, ``<pre>``, a link, a ``<script>``) ends with it.  Blocks inside
a block quote are not read (their ``>`` markers are not HTML).  Markup that html.parser cannot read leaves the
blocks unread, with a warning, never an error for the Markdown file.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .directives import DIRECTIVE_RE
from .markdown_syntax import COMMENT
from .model import Document

_NOT_A_BREAK = re.compile(r"[^\r\n]")


def _blank(comment):
    """A comment blanked, but a closed one that says ``tqcheck:`` (it suppresses within its block, as in a page)."""
    closed = comment.group().endswith("-->") and DIRECTIVE_RE.match(comment.group()[4:-3])
    return comment.group() if closed else _NOT_A_BREAK.sub(" ", comment.group())


def read_html_blocks(doc: Document, blocks: list) -> None:
    """Read the HTML blocks at ``blocks`` (``(start, end)`` offsets, in file order) and put the document's segments
    back in file order."""
    from .html import parse_html

    text, parts, p = doc.text, [], 0
    for start, end in blocks:
        parts.append(_NOT_A_BREAK.sub(" ", text[p:start]))
        parts.append(COMMENT.sub(_blank, text[start:end]))
        p = end
    parts.append(_NOT_A_BREAK.sub(" ", text[p:]))
    before, opaque = len(doc.segments), len(doc.opaque)
    try:
        parse_html(doc, text="".join(parts), ends=[end for _, end in blocks])
    except InputError as exc:
        del doc.segments[before:], doc.opaque[opaque:]
        line = doc.position(blocks[0][0])[0]
        doc.warnings.append(f"line {line}: raw HTML that the HTML reader cannot read ({exc.problem}): not checked")
        return
    doc.segments.sort(key=lambda segment: segment.offset(0))
