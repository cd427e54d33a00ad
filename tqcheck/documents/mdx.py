"""MDX (``.mdx``: Docusaurus, Nextra, Gatsby, Astro) and R Markdown and Quarto (``.Rmd``, ``.qmd``): read by the
Markdown reader once what is not Markdown is set aside, every character mapped back to the file.

A copy of the text is made in which MDX's own syntax is replaced by what the Markdown reader reads as nothing,
or as an opaque placeholder, with each of its characters' offsets in the file; ``markdown.parse_markdown``
reads the copy and its segments are mapped back.  Set aside, as MDX 2 and 3 read them: ``import`` and
``export`` blocks at the top level (to a blank line with their brackets closed); JSX tags and their attributes,
alone on their lines (``<Tabs>``, ``<TabItem value="js" label="JavaScript">``) or in a sentence
(``<Highlight color="#25c2a0">``), while the Markdown between an opening and a closing tag is read as Markdown
(``<code>``, ``<kbd>`` and ``<img>`` are code and images, ``<a>`` link text, as in Markdown; ``<pre>``,
``<script>`` and ``<style>`` are left out with what they hold); ``{expressions}``, each an opaque placeholder
in a sentence and nothing on lines of their own; ``{/* comments */}`` and Docusaurus's heading ids
(``{#install}``) are nothing; Docusaurus's admonition fences (``:::note Title``, ``:::``) are not text, what
they hold is.  Code spans and fenced code are code, braces and tags in them too; an ``mdx-code-block`` fence
holds MDX and is read.  As in MDX, indentation is not code: lines are read without it.  Front matter is the
Markdown reader's.  ``{/* tqcheck: ignore TQ101 */}`` suppresses findings as ``<!-- -->`` does in Markdown.
No fix writes ``{``, ``}``, ``<`` or ``>`` (MDX would read them as syntax), nor joins text to a ``<``.

In an ``.Rmd`` or ``.qmd`` file (pandoc's Markdown, indented code kept) the ``:::`` fences of divs and callouts,
pandoc's attribute blocks (``{#sec-intro}``, ``[text]{.smallcaps}``: the text is read) and Quarto's shortcodes
(``{{< include x.qmd >}}``: a placeholder in a sentence) are set aside; code chunks (```` ```{r} ````) are fenced
code and inline `` `r x` `` a code span, as in Markdown.
"""

from __future__ import annotations

import re
from array import array

from .markdown import FRONT_MATTER_RE, parse_markdown
from .mdx_mask import Masker
from .model import Document, Segment

# Quarto's shortcodes, and pandoc's attribute blocks (after a heading, an image, code or a bracketed [span])
_PANDOC = re.compile(r"(?P<shortcode>\{\{<.*?>\}\})"
                     r"|(?:\[(?P<span>[^\[\]\r\n]*)\])?\{(?:[#.][^\s{}]+|[\w-]+=)[^{}\r\n]*\}")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")  # on one line: what Quarto's docs quote its syntax in


class PandocMasker(Masker):
    """The copy of an R Markdown or Quarto text: pandoc's syntax set aside, not MDX's."""

    def __init__(self, text: str):
        super().__init__(text, jsx=False)

    def prose(self, pos: int, end: int) -> int:
        """A line of R Markdown or Quarto: a shortcode (``{{< include x.qmd >}}``) is an opaque placeholder, or
        nothing on a line of its own; an attribute block (``{#sec-intro}``, ``{width=50%}``) is nothing, a [span]'s
        brackets too; in a code span (`` `{.smallcaps}` ``), all of it is code."""
        text = self.text
        code = [m.span() for m in _CODE_SPAN.finditer(text, pos, end)]
        found = [m for m in _PANDOC.finditer(text, pos, end) if not any(a <= m.start() < b for a, b in code)]
        alone = not "".join(text[a:b] for a, b in zip([pos] + [m.end() for m in found],
                                                       [m.start() for m in found] + [end])).strip()
        for m in found:
            self.copy(pos, m.start())
            if m.group("shortcode") and not alone:
                self.put("<img>", m.start())
            elif m.group("span") is not None:  # [text]{.smallcaps}: the text
                self.copy(m.start("span"), m.end("span"))
            pos = m.end()
        self.copy(pos, end)
        return end


def parse_mdx(doc: Document) -> None:
    _read_masked(doc, Masker(doc.text, jsx=True))


def parse_rmarkdown(doc: Document) -> None:
    _read_masked(doc, PandocMasker(doc.text))


def escape(text: str):
    """A fix's replacement in MDX: None when it holds ``{``, ``}``, ``<`` or ``>``, would join text to a ``<``
    before it (which then opens a tag), edits what a backslash escapes, or joins a line to an indented one."""

    def written(replacement: str, start: int, end: int) -> str | None:
        if any(c in replacement for c in "{}<>"):
            return None
        if start and text[start - 1] == "<" and not replacement[:1].isspace():
            return None
        if start and text[start - 1] == "\\":  # `\{`: an escape, kept whole
            return None
        if end > start and text[end - 1] in "\r\n" and text[end:end + 1] in (" ", "\t"):
            return None  # a line joined to the next would take its indent (read as none) into the text
        return replacement

    return written


def _read_masked(doc: Document, masker: Masker) -> None:
    """Read the masked copy with the Markdown reader; its segments, opaque spans, warnings and suppression comments
    become the document's, their offsets mapped back to the file.  The front matter's title and description are
    read from the file itself, their fixes written as YAML's (``front_matter``)."""
    front = FRONT_MATTER_RE.match(doc.text)
    if front:
        from .front_matter import read_front_matter

        read_front_matter(doc, front.end())
    masked, origin = masker.run()
    shadow = Document(path=doc.path, text=masked, format=doc.format)
    parse_markdown(shadow)
    total = len(doc.text)

    def at(k: int) -> int:
        return origin[k] if k < len(origin) else total

    def after(k: int) -> int:  # the file offset just after what masked[k - 1] stands for
        return origin[k - 1] + 1 if 0 < k <= len(origin) else at(k)

    kind, extra = Segment, {}
    if masker.jsx:
        from .bilingual import FileSegment

        kind, extra = FileSegment, {"escape": escape(doc.text)}
    for seg in shadow.segments:
        mapping = array(origin.typecode, (origin[m] for m in seg.mapping))
        ends = {i: after(e) for i, e in seg.ends.items()} if seg.ends else None
        doc.segments.append(kind(seg.text, mapping[0], mapping, doc.text, ends, seg.navigation, **extra))
    doc.opaque.extend((at(a), after(b)) for a, b in shadow.opaque)
    doc.warnings.extend(shadow.warnings)
    for d in shadow.directives + shadow.bad_directives:
        start, end = at(d.offset), after(d.offset + len(d.text))
        d.offset, d.text = start, doc.text[start:end]
        d.line, d.column = doc.position(start)
        d.end_line, d.end_column = doc.position(end)
        d.first, d.last = (start, start) if d.last == d.first else (min(at(d.first), start), at(d.last))
    doc.directives.extend(shadow.directives)
    doc.bad_directives.extend(shadow.bad_directives)


