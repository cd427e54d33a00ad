"""Markdown with no markup but ATX headings: its blocks and inline tokens as markdown-it-py would make them.

A news article is often just that: `# Title`, then paragraphs.  Importing markdown-it-py takes about 50 ms
(80 modules, among them logging, inspect and pathlib), a third of a cold check of such an article.  A text with
none of the characters that start an inline construct (or a table, or strikethrough, which ``markdown``
enables), and no line that opens a block other than a paragraph or an ATX heading, parses the same in a few
lines: paragraphs end at blank lines and headings, their lines are joined by ``\\n`` and trimmed (``mdTrim``),
and a line end is a soft break, or a hard one after two spaces.  Any other text, and any doubt, goes to
markdown-it.  ``tests/test_plain_markdown.py`` compares both, segment by segment, on real and generated Markdown.
"""

from __future__ import annotations

import re

# characters that open an inline or block construct anywhere (escapes, code, emphasis, strikethrough, links
# and images, autolinks and HTML, entities, tables, tabs), that markdown-it rewrites (\r, \0), or that its
# versions 3.0 and 4.0 trimmed with str.strip() and later ones keep (\x1c-\x1f, \x85); a line that
# starts with a space (indented code, or a doubt), a list, quote, rule or setext marker, or a number and `.`
# or `)`; a `#` that is not the 1-6 of an ATX heading's start
_MARKUP = re.compile(r"[\\`*_\[\]<>&~|\t\r\x00\x0b\x0c\x1c-\x1f\x85]|^[ \-+=]|^\d+[.)]|^#{7}|^#+[^# \n]|(?<=[^\n#])#", re.M)
# ``markdown_it.common.utils.MD_TRIM_CHARS`` (a test checks that they are the same): what ``mdTrim`` strips
MD_TRIM_CHARS = "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


class Token:
    """The fields of markdown-it's ``Token`` that ``markdown.parse_markdown`` reads."""

    __slots__ = ("type", "content", "map", "nesting", "level")

    def __init__(self, kind: str, content: str = "", line_map=None):
        self.type, self.content, self.map, self.nesting, self.level = kind, content, line_map, 0, 1


def plain_blocks(text: str) -> list[Token] | None:
    """The inline tokens of ``text``'s paragraphs and headings (their children not parsed), each heading's after a
    ``heading_open``, or None when the text holds any other Markdown, which markdown-it must read."""
    if _MARKUP.search(text):
        return None
    lines = text.split("\n")
    blocks, start = [], None
    for i, line in enumerate(lines + [""]):
        heading = line[:1] == "#"
        if heading or not line.strip(" "):  # a blank line holds spaces at most; a heading ends a paragraph
            if start is not None:
                blocks.append(Token("inline", "\n".join(lines[start:i]).strip(MD_TRIM_CHARS), [start, i]))
                start = None
            if heading:
                level = len(line) - len(line.lstrip("#"))
                blocks.append(Token("heading_open"))
                blocks.append(Token("inline", line[level:].strip(MD_TRIM_CHARS), [i, i + 1]))
        elif start is None:
            start = i
    return blocks


def plain_inline(piece: str, children: list) -> None:
    """``piece``'s inline tokens, as markdown-it's text and newline rules make them for text with no markup:
    text, then at each line end a soft break (one space before it dropped) or, after two spaces or more, a
    hard break (all of them dropped)."""
    lines = piece.split("\n")
    for line in lines[:-1]:
        brk = "softbreak"
        if line.endswith("  "):
            line, brk = line.rstrip(" "), "hardbreak"
        elif line.endswith(" "):
            line = line[:-1]
        if line:
            children.append(Token("text", line))
        children.append(Token(brk))
    if lines[-1]:
        children.append(Token("text", lines[-1]))
