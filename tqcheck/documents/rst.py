"""reStructuredText (Sphinx and docutils sources): its prose, line by line, offsets kept.

A paragraph (lines up to a blank line, a section's adornment or a table) is one segment.  Left out, as no
prose: section adornments, comments and directives (``.. code-block::``, ``.. automodule::``, a target
``.. _name:``) with their indented body, the literal block after a paragraph ending in ``::`` (whose
``::`` reads ``:``), doctest blocks (``>>>``), tables and field names (``:param x:``).  The bodies of the
directives that hold prose (``note``, ``warning``, ``versionadded``...) are read as paragraphs.  Inline, a
literal (````x````), a role (``:func:`x```), a substitution (``|name|``) and a footnote reference are
one opaque ``PLACEHOLDER``; a hyperlink's text (```text <url>`_``) and emphasis are read without their
marks.  A small reader rather than docutils: docutils gives lines, not offsets, and a fix needs offsets.
"""

from __future__ import annotations

import re

from .builder import SegmentBuilder
from .model import Document, line_starts

# the directives whose body is prose (docutils' admonitions, Sphinx's paragraph-level markup)
PROSE_DIRECTIVES = frozenset(
    "admonition attention caution danger error hint important note tip warning seealso versionadded "
    "versionchanged deprecated topic sidebar rubric epigraph highlights pull-quote compound container only "
    "glossary hlist".split()
)
_EXPLICIT = re.compile(r"\.\.(?:\s|$)")
_DIRECTIVE = re.compile(r"\.\.\s+([\w:.+-]+)\s?::")
_ADORNMENT = re.compile(r"""([!-/:-@\[-`{-~])\1+\s*""")  # a line of one punctuation character: ==== ---- ~~~~
_TABLE = re.compile(r"\+[-=+]+\+\s*|=+(?: +=+)+\s*")  # a grid table's border, a simple table's
_FIELD = re.compile(r":(?![\s:])[^:`\n]+:(?=\s|$)")  # :param x:, :returns:, :Author:
# inline markup: a literal, a role before or after its text, a hyperlink with its URL, a reference, plain
# interpreted text (Sphinx's default role names code), a substitution, a footnote or citation reference,
# strong and emphasis; a start must not follow a word character (docutils' inline markup recognition rules)
_INLINE = re.compile(
    r"(?<![\w`])(?P<literal>``\S(?:.*?\S)?``)(?!\w)"
    r"|(?P<role>:[\w:+.-]+:`[^`]+`|(?<![\w`])`[^`]+`:[\w:+.-]+:)"
    r"|(?<![\w`])`(?P<linktext>[^`<]*?)\s*<[^`>]*>`__?(?!\w)"
    r"|(?<![\w`])`(?P<reftext>[^`]+)`__?(?!\w)"
    r"|(?<![\w`])(?P<interpreted>`[^`]+`)(?![\w`])"
    r"|(?<![\w|])(?P<subst>\|[^|\s](?:[^|]*[^|\s])?\|)(?:__?)?(?![\w|])"
    r"|(?P<footnote>\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_)(?!\w)"
    r"|(?<![\w*])\*\*(?P<strong>\S(?:[^*]*?\S)?)\*\*(?![\w*])"
    r"|(?<![\w*])\*(?P<emphasis>[^\s*](?:[^*]*?[^\s*])?)\*(?![\w*])",
    re.S,
)


def parse_rst(doc: Document) -> None:
    text = doc.text
    starts = line_starts(text)
    lines = [(a, _line_end(text, a, b)) for a, b in zip(starts, starts[1:] + [len(text)])]
    builder, n, k = SegmentBuilder(doc), len(lines), 0

    def blank(i):
        a, b = lines[i]
        return not text[a:b].strip()

    def indent(i):
        a, b = lines[i]
        return len(text[a:b]) - len(text[a:b].lstrip())

    def block_end(i, level):
        """The first line after ``i`` that is not blank nor indented deeper than ``level``."""
        j = i + 1
        while j < n and (blank(j) or indent(j) > level):
            j += 1
        while j > i + 1 and blank(j - 1):
            j -= 1
        return j

    while k < n:
        if blank(k):
            k += 1
            continue
        a, b = lines[k]
        line = text[a:b].strip()
        level = indent(k)
        if _EXPLICIT.match(line):
            directive = _DIRECTIVE.match(line)
            end = block_end(k, level)
            if directive and directive.group(1).lower() in PROSE_DIRECTIVES:
                k += 1  # its argument (a title, a version) is no sentence; its options neither
                while k < end and (blank(k) or _FIELD.match(text[lines[k][0]:lines[k][1]].strip())):
                    k += 1
                continue
            k = end
            continue
        if _ADORNMENT.fullmatch(line) and len(line) >= 2 and line != "::":
            k += 1
            continue
        if _TABLE.fullmatch(line) or line.startswith(">>>") or line.startswith("|") and line.endswith("|"):
            while k < n and not blank(k):  # a table, a doctest: up to the blank line
                k += 1
            continue
        j = k + 1  # a paragraph: up to a blank line, an adornment under a title, a directive
        while j < n and not blank(j):
            nxt = text[lines[j][0]:lines[j][1]].strip()
            if _ADORNMENT.fullmatch(nxt) and len(nxt) >= 2 or _EXPLICIT.match(nxt):
                break
            j += 1
        literal = _paragraph(doc, builder, lines[k][0] + level, lines[j - 1][1])
        k = j
        if literal:  # the indented block after `::` is code
            while k < n and blank(k):
                k += 1
            if k < n and indent(k) > level:
                k = block_end(k - 1, level)


def _line_end(text: str, a: int, b: int) -> int:
    """The end of the line that starts at ``a`` (``b``: where the next one starts), less its line break."""
    while b > a and text[b - 1] in "\r\n":
        b -= 1
    return b


def _paragraph(doc, builder, start: int, end: int) -> bool:
    """One paragraph's segment; True when it ends with ``::`` (a literal block follows)."""
    text = doc.text
    literal = text.endswith("::", start, end)
    if literal:  # `Example::` reads `Example:`; `Example ::` and a lone `::` read nothing
        end -= 1 if end - 2 > start and not text[end - 3].isspace() else 2
        while end > start and text[end - 1].isspace():
            end -= 1
    field = _FIELD.match(text, start, end)
    if field:
        builder.opaque(field.start(), field.end())
        start = field.end()
    at = start
    for m in _INLINE.finditer(text, start, end):
        builder.verbatim(text[at:m.start()], at)
        kind = m.lastgroup
        if kind in ("linktext", "reftext", "strong", "emphasis"):
            builder.verbatim(m.group(kind), m.start(kind))
        else:
            builder.opaque(m.start(), m.end())
        at = m.end()
    builder.verbatim(text[at:end], at)
    segment = builder.build()
    if segment is not None:
        doc.segments.append(segment)
    return literal
