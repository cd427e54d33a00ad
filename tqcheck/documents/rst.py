"""reStructuredText (Sphinx and docutils sources): its prose, line by line, offsets kept.

A paragraph (lines up to a blank line, a section's adornment or a table) is one segment.  Left out, as no
prose: section adornments, comments and directives (``.. code-block::``, ``.. automodule::``, a target
``.. _name:``) with their indented body, the literal block after a paragraph ending in ``::`` (whose
``::`` reads ``:``), doctest blocks (``>>>``), tables and field names (``:param x:``).  The bodies of the
directives that hold prose (``note``, ``warning``, ``versionadded``...), from their first line where it is
body, Sphinx's object descriptions (``.. py:function:: f(x)``: the body, not the signature), a figure's caption
and footnotes are read as paragraphs, an image's or a figure's ``:alt:`` text as a label; a title (``.. topic::
Title``) or a version is not.  A definition list's term is a segment of its own, its classifiers' ``" : "``
opaque; a tab is 8 columns.  Inline, a
literal (````x````), a role (``:func:`x```), a substitution (``|name|``) and a footnote reference are
one opaque ``PLACEHOLDER``; a hyperlink's text (```text <url>`_``) and emphasis are read without their
marks.  A small reader rather than docutils: docutils gives lines, not offsets, and a fix needs offsets.
"""

from __future__ import annotations

import re

from .attributes import as_attribute
from .builder import SegmentBuilder
from .model import Document, line_spans

# the directives whose body is prose (docutils' admonitions, Sphinx's paragraph-level markup): those whose
# first line is body too, those whose argument is a version (the text after it is body), and those whose
# argument is a title or a condition (not read)
_BODY_DIRECTIVES = frozenset("attention caution danger error hint important note tip warning seealso".split())
_VERSION_DIRECTIVES = frozenset("versionadded versionchanged deprecated".split())
# Sphinx's object descriptions (`.. py:function:: name(args)`, `.. confval:: name`) and a figure: the
# argument is code or a path, the body prose (any directive of a domain, `py:`, `c:`, `rst:`, is one)
_OBJECT_DIRECTIVES = frozenset("class method attribute function data exception decorator describe object "
                               "confval option envvar program figure".split())
# a domain's directives whose body is code or its output (`.. click:example::`, `.. click:run::`, `.. ipython:`…)
_CODE_BODIES = frozenset("run example example-code code code-block sourcecode literalinclude doctest testcode "
                         "testoutput ipython execute exec output program-output command-output runblock".split())
PROSE_DIRECTIVES = _BODY_DIRECTIVES | _VERSION_DIRECTIVES | _OBJECT_DIRECTIVES | frozenset(
    "admonition topic sidebar rubric epigraph highlights pull-quote compound container only glossary hlist".split())
# an image's or a figure's alternative text (``:alt: text``, on its option line): a label, as Markdown's and HTML's are
_IMAGE_DIRECTIVES = frozenset(("image", "figure"))
_ALT = re.compile(r"[ \t]+:alt:[ \t]+(\S[^\r\n]*?)[ \t]*$")
_FOOTNOTE = re.compile(r"\.\.\s+\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]\s")  # .. [1] its text: prose
_LIST_ITEM = re.compile(r"(?:[-*+•‣⁃]|#\.|\d+[.)]|\(\d+\)|[A-Za-z][.)]|\([A-Za-z]\))\s")
_EXPLICIT = re.compile(r"\.\.(?:\s|$)")
_DIRECTIVE = re.compile(r"\.\.\s+(?:\|[^|\n]+\|\s+)?([\w:.+-]+)\s?::")  # (a substitution's: `.. |logo| image::`)
_PUNCTUATION = r"[!-/:-@\[-`{-~]"  # ASCII punctuation: what adorns a title, what opens a quoted literal block's lines
_ADORNMENT = re.compile(rf"(?!::\s*$)({_PUNCTUATION})\1+\s*")  # a line of one mark (==== ---- ~~~~), not `::`
_NEXT_LINE = re.compile(r"[ \t]*\r?\n(\S[^\r\n]*)")  # the rest of a line, then the next, unindented (a section's)
_TABLE = re.compile(r"\+[-=+]+\+\s*")  # a grid table's border
_SIMPLE_TABLE = re.compile(r"=+(?: +=+)+\s*")  # a simple table's
_FIELD = re.compile(r":(?![\s:])[^:`\n]+:(?=\s|$)")  # :param x:, :returns:, :Author:
_FIELD_LINE = re.compile(r"^[ \t]*(:(?![\s:])[^:`\n]+:)(?=\s|$)", re.M)  # one at the start of each line
# inline markup: a literal, a role before or after its text, a hyperlink with its URL, a reference, plain
# interpreted text (Sphinx's default role names code), a substitution, a footnote or citation reference,
# strong and emphasis; a start must not follow a word character (docutils' inline markup recognition rules)
_INLINE = re.compile(
    r"(?<![\w`])(?P<literal>``[^`]*(?:`(?!`)[^`]*)*``)"  # up to the next ``: linear, however many
    r"|(?P<role>:[\w:+.-]+:`[^`]+`|(?<![\w`])`[^`]+`:[\w:+.-]+:)"
    r"|(?<![\w`])`(?P<linktext>[^`<]*?)\s*<[^`>]*>`__?(?!\w)"
    r"|(?<![\w`])`(?P<reftext>[^`]+)`__?(?!\w)"
    r"|(?<![\w`])(?P<interpreted>`[^`]+`)(?![\w`])"
    r"|(?<![\w|])(?P<subst>\|[^|\s](?:[^|]*[^|\s])?\|)(?:__?)?(?![\w|])"
    r"|(?P<footnote>\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_)(?!\w)"
    r"|(?<![\w*])\*\*(?P<strong>\S(?:[^*]*?\S)?)\*\*(?![\w*])"
    r"|(?<![\w*])\*(?P<emphasis>[^\s*](?:[^*]*?[^\s*])?)\*(?![\w*])"
)


def parse_rst(doc: Document) -> None:
    text = doc.text
    lines = line_spans(text)
    builder, n, k = SegmentBuilder(doc), len(lines), 0

    def stripped(i):
        a, b = lines[i]
        return text[a:b].strip()

    def blank(i):
        return not stripped(i)

    def lead(i):  # the offset of the line's first character that is not white space
        a, b = lines[i]
        return b - len(text[a:b].lstrip())

    def indent(i):  # a tab is 8 columns, as docutils counts it
        line = text[lines[i][0]:lines[i][1]].expandtabs(8)
        return len(line) - len(line.lstrip())

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
            name = directive.group(1).lower() if directive else ""
            end = block_end(k, level)
            if name in PROSE_DIRECTIVES or ":" in name and name.rpartition(":")[2] not in _CODE_BODIES \
                    or _FOOTNOTE.match(line):
                body = _first_line_body(text, lead(k), b, name, directive)
                k += 1
                if body < b:  # `.. note:: Text`, `.. versionadded:: 2.0 Text`, `.. [1] Text`: a paragraph starts
                    while k < end and not blank(k):
                        k += 1
                    _paragraph(doc, builder, body, lines[k - 1][1])
                if name in _IMAGE_DIRECTIVES:
                    _alt_texts(doc, builder, text, lines[k:end])
                elif directive and body >= b and (name in _OBJECT_DIRECTIVES or ":" in name):
                    while k < end and not blank(k) and not _FIELD.match(stripped(k)):
                        k += 1  # a signature going on (`f(a, \` then `b)`), or another (Sphinx's `f(x)` / `g(x)`)
                option = None  # the indentation of the option line last seen: its value may go on, deeper
                while k < end and (blank(k) or _FIELD.match(stripped(k)) or option is not None and indent(k) > option):
                    option = indent(k) if _FIELD.match(stripped(k)) else option
                    k += 1  # its options are no sentence (a figure's ``:alt:`` is read above)
                continue
            if name in _IMAGE_DIRECTIVES:
                _alt_texts(doc, builder, text, lines[k + 1:end])
            k = end
            continue
        if _ADORNMENT.fullmatch(line):
            k += 1
            continue
        if _SIMPLE_TABLE.fullmatch(line):  # a simple table may hold blank rows: up to its closing border
            k += 1
            while k < n and not (_SIMPLE_TABLE.fullmatch(stripped(k)) and (k + 1 == n or blank(k + 1))):
                if blank(k) and k + 1 < n and blank(k + 1):
                    break  # two blank lines: no closing border came
                k += 1
            k += 1
            continue
        if _TABLE.fullmatch(line) or line.startswith(">>>") or line.startswith("|") and line.endswith("|"):
            while k < n and not blank(k):  # a grid table, a doctest: up to the blank line
                k += 1
            continue
        if k + 1 < n and not blank(k + 1) and indent(k + 1) > level and not _LIST_ITEM.match(line) \
                and not _FIELD.match(line) and not line.endswith("::"):
            _paragraph(doc, builder, lead(k), b, term=True)  # a definition list's
            k += 1  # term (`term : classifier`); its definition is read as paragraphs
            continue
        j = k + 1  # a paragraph: up to a blank line, an adornment under a title, a directive
        while j < n and not blank(j) and not _ADORNMENT.fullmatch(stripped(j)) and not _EXPLICIT.match(stripped(j)):
            j += 1
        title = j == k + 1 < n and _ADORNMENT.fullmatch(stripped(j)) is not None  # a label (``labels``), not prose
        literal = _paragraph(doc, builder, lead(k), lines[j - 1][1], label=title)
        k = j
        if literal:  # the indented block after `::` is code, or a quoted one: lines opening with one mark
            while k < n and blank(k):
                k += 1
            if k < n and indent(k) > level:
                k = block_end(k - 1, indent(k) - 1)  # (a list item's next paragraph, less indented, is prose)
            elif k < n and indent(k) == level and re.match(_PUNCTUATION, stripped(k)):
                mark = stripped(k)[0]
                while k < n and stripped(k).startswith(mark):
                    k += 1


def title_style(text: str, end: int) -> tuple | None:
    """The adornment of a section title whose line ends at ``end``: ``(mark, overlined)``, or None when the next
    line is no adornment (an indented one adorns no section: sections are not nested in blocks).  Its rank of
    first use in a document is the title's level."""
    under = _NEXT_LINE.match(text, end)
    if under is None or not _ADORNMENT.fullmatch(under.group(1).strip()):
        return None
    mark = under.group(1).strip()[0]
    above_end = text.rfind("\n", 0, end)  # the line break before the title's line
    above = text[text.rfind("\n", 0, max(above_end, 0)) + 1:max(above_end, 0)].strip()
    return mark, bool(_ADORNMENT.fullmatch(above)) and above[0] == mark


def _alt_texts(doc, builder, text: str, lines) -> None:
    """The ``:alt:`` option among the lines after an image's or a figure's first (up to a blank line: its options),
    with the deeper lines that go on with its value: a label of its own, an attribute (``Segment.attribute``)."""
    for n, (a, b) in enumerate(lines):
        if not text[a:b].strip():
            return
        alt = _ALT.match(text, a, b)
        if alt is not None:
            depth, end = _depth(text[a:b]), alt.end(1)
            for c, d in lines[n + 1:]:
                if not text[c:d].strip() or _depth(text[c:d]) <= depth:
                    break
                end = c + len(text[c:d].rstrip())
            builder.verbatim(text[alt.start(1):end], alt.start(1))
            segment = as_attribute(builder.build())
            if segment is not None:
                doc.segments.append(segment)


def _depth(line: str) -> int:
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip())


def _first_line_body(text: str, a: int, b: int, name: str, directive) -> int:
    """Where the prose on a directive's or a footnote's first line ``text[a:b]`` starts (``b`` if none)."""
    if directive is None:  # a footnote or a citation
        return _FOOTNOTE.match(text, a).end()
    at = a + directive.end()
    if name in _VERSION_DIRECTIVES:
        version = re.match(r"\s*\S+", text[at:b])
        at += version.end() if version else 0
    elif name not in _BODY_DIRECTIVES:
        return b  # a title or a condition
    while at < b and text[at].isspace():
        at += 1
    return at


def _paragraph(doc, builder, start: int, end: int, term: bool = False, label: bool = False) -> bool:
    """One paragraph's segment; True when it ends with ``::`` (a literal block follows).  ``term``: a definition
    list's term, whose ``" : "`` parts it from its classifiers; ``label``: a section's title."""
    text = doc.text
    while end > start and text[end - 1] in " \t":
        end -= 1
    literal = text.endswith("::", start, end)
    if literal:  # `Example::` reads `Example:`; `Example ::` and a lone `::` read nothing
        end -= 1 if end - 2 > start and not text[end - 3].isspace() else 2
        while end > start and text[end - 1].isspace():
            end -= 1
    fields = [(start + m.start(1), start + m.end(1), None) for m in _FIELD_LINE.finditer(text[start:end])]
    if term:
        fields += [(start + m.start(), start + m.end(), None) for m in re.finditer(r" : ", text[start:end])]
    marks = sorted(fields + [(m.start(), m.end(), m) for m in _INLINE.finditer(text, start, end)],
                   key=lambda t: t[0])
    at = start
    for i, j, m in marks:
        if i < at:
            continue  # inside a field name read already
        builder.verbatim(text[at:i], at)
        kind = m.lastgroup if m is not None else "field"
        if kind in ("linktext", "reftext", "strong", "emphasis"):
            builder.verbatim(m.group(kind), m.start(kind))
        else:
            builder.opaque(i, j)
        at = j
    builder.verbatim(text[at:end], at)
    segment = builder.build(_no_longer if label else None)  # a title longer than its adornment is an error
    if segment is not None:
        segment.label = label
        doc.segments.append(segment)
    return literal


def _no_longer(replacement: str, start: int, end: int) -> str | None:
    """A fix in a section title, when it makes the title no longer (docutils rejects a title longer than its
    adornment, and ``sphinx -W`` fails): ``« x »`` → ``“x”``, not ``n°`` → ``No.``."""
    return replacement if len(replacement) <= end - start else None
