"""HTML documents, and DocBook and DITA (``xmldocs``): text nodes, through the standard library's html.parser.

What each element is, a block, code, an inline, navigation, is the ``Vocabulary``'s (``vocabularies``).  In HTML,
script, style, pre and attributes are skipped; inline code (``code``, ``kbd``, ``samp``, ``var``, ``tt``, ``svg``,
``math``, a span whose class names code) and images are one opaque ``PLACEHOLDER`` spanning the element, and an
image's alt text and title are labels of their own (``attributes``).  Entities are decoded, each decoded character
spanning its whole entity.  Text inside ``nav``, a link, a button, a menu or a breadcrumb, and a mark alone in its
element, is navigation context.  The text is first prepared (``html_prepare``) so that html.parser, which rescans to the
end of the file for every construct it cannot close, stays linear.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..errors import InputError
from .attributes import stand_in
from .builder import SegmentBuilder
from .directives import DIRECTIVE_RE, add_directive
from .html_prepare import NEUTRAL, prepare
from .model import Document, line_starts
from .vocabularies import HTML, Vocabulary, class_names, is_navigation, not_english

# the quotation marks a tool chain writes around a quotation (DocBook's <span class="quote">“<span …>…):
# read as navigation context, as a link's text is, not as the author's quotes
_QUOTE_GLYPHS = frozenset('“”‘’"\'«»„')
_LONE_MARKS = frozenset("«»‹›")
_SPACES = " \t\r\n\f\u00a0\u202f\u2009"
_HTML_TAG = re.compile(r"(?i)<html\b[^>]*>")
_LANG_ATTRIBUTE = re.compile(r"(?i)\s(?:xml:)?lang\s*=\s*[\"']?([a-z]{2,3}(?:[-_][a-z0-9]{1,8})*)")


_PARAGRAPHS = frozenset("p dd dt blockquote figcaption para simpara entry term".split())  # (and the labels' blocks)


class _HTMLText(HTMLParser):
    def __init__(self, doc: Document, comment: int, vocabulary: Vocabulary, escape=None):
        super().__init__(convert_charrefs=False)
        self.doc, self.v, self.escape = doc, vocabulary, escape
        if vocabulary.xml:  # no element's content is raw text in XML (newer html.parsers read <title> so)
            self.CDATA_CONTENT_ELEMENTS = self.RCDATA_CONTENT_ELEMENTS = ()
        self.text = doc.text
        self.comment = comment  # an unclosed comment runs from here to the end: no prose
        # html.parser counts lines by \n alone, a document by a lone \r too
        self.starts = line_starts(self.text, lf_only=True) if "\r" in self.text else doc.line_starts
        self.b = SegmentBuilder(doc)
        # [tag, start offset, depth, opaque?, {tag: elements opened inside}] of a skipped or opaque element
        self.hidden = None
        self.stack: list[list] = []  # open elements: [tag, navigation?, builder length, generation]
        self.open: dict[str, int] = {}  # tag -> how many are open (an end tag of none is ignored at once)
        self.nav = 0  # open elements that make navigation context
        self.pending: list[tuple[str, int]] = []  # ignore comments waiting for their block
        self.held: list[tuple] = []  # the sentences a footnote interrupts (``Vocabulary.notes``)

    def end_block(self):
        """Forget what a block left open (a Markdown file's HTML blocks are apart: an unclosed ``<pre>`` or ``<a>``
        in one does not hide the next or make it navigation)."""
        self.hidden, self.stack, self.open, self.nav = None, [], {}, 0
        self.unplaced()
        if self.rawdata:  # what the block left unparsed (a <script> never closed, CommonMark's to the end): no prose
            self.updatepos(0, len(self.rawdata))
            self.rawdata = ""
        self.clear_cdata_mode()

    def unplaced(self):
        """The ignore comments with no block after them (in the page, or their block of a Markdown file)."""
        for comment, offset in self.pending:
            add_directive(self.doc, comment, offset, None)
        self.pending = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def flush(self, label=False):
        seg = self.b.build(self.escape)
        if seg is not None:
            seg.label = label  # (the text of a heading, a list item, a table cell: ``Vocabulary.labels``)
            self.doc.segments.append(seg)
            for comment, offset in self.pending:
                add_directive(self.doc, comment, offset, seg.span(0, len(seg.text)))
            self.pending = []
        self.doc.segments += self.b.take_after()

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        if self.hidden is not None:
            if tag == self.hidden[0]:
                self.hidden[2] += 1
            elif tag not in self.v.void:  # its end closes it, not the hidden element (Sphinx's viewcode writes
                self.hidden[4][tag] = self.hidden[4].get(tag, 0) + 1  # <div> blocks inside its <pre>)
            return
        v, classes = self.v, class_names(attrs, tag)
        # a phrase or a paragraph in another language (`<q lang="fr">`, `<p lang="fr">`: an example) or not to translate
        # (`translate="no"`) is no English: read as code is; a container's (`<div lang="fr">`, `<article>`) is read,
        # its text whatever it says (a template's stale attribute), and the page's own is TQ404's
        foreign = (tag not in v.block or tag in v.labels or tag in _PARAGRAPHS) and bool(self.stack) and \
            not_english(attrs)
        block = tag in v.block and (not v.code_block_classes.isdisjoint(classes) or foreign)
        if tag in v.skip or block or tag in v.opaque or tag in v.inline and not v.code_classes.isdisjoint(classes) \
                or foreign:
            if tag in v.code_blocks or block:
                self.flush()
            self.hidden = [tag, start, 1, tag not in v.skip and not block, {}]
            return
        if tag in v.words and tag in v.void or tag in v.breaks:
            self._stand_in(tag, start)
        if tag in v.block:
            self.flush()
        if tag in v.notes:  # a footnote inside a sentence: a segment of its own, the sentence goes on after it
            self.held.append(self.b.suspend())
        if tag not in v.void:
            nav = tag in v.navigation or not v.xml and is_navigation(attrs)
            self.nav += nav
            self.open[tag] = self.open.get(tag, 0) + 1
            self.stack.append([tag, nav, len(self.b), self.b.generation, "quote" in classes])

    def handle_startendtag(self, tag, attrs):
        if self.hidden is not None:
            return
        if tag in self.v.words or tag in self.v.breaks:
            self._stand_in(tag, self._offset())
        if tag in self.v.block:  # (not <br>: a line break of its paragraph, verse or a text file's lines)
            self.flush()

    def _stand_in(self, tag, start):
        """An empty element: a placeholder for a word (an image, whose alt text is a segment of its own; a cross
        reference) or a line break (``<br>``)."""
        end = start + len(self.get_starttag_text())
        if tag in self.v.words:
            stand_in(self.doc, self.b, start, end, self.v.attributes, self.nav > 0)
        else:
            self.b.line_break(start, end)

    def handle_endtag(self, tag):
        at = self._offset()
        hidden = self.hidden
        if hidden is not None:
            if tag == hidden[0]:
                hidden[2] -= 1
                if hidden[2]:
                    return
                end = self.text.find(">", at) + 1 or len(self.text)
            elif hidden[4].get(tag):
                hidden[4][tag] -= 1  # an element opened inside closes
                return
            elif self.open.get(tag):
                end = at  # an element around it closes: so does it
            else:
                return
            self.hidden = None
            if hidden[3]:
                self.b.opaque(hidden[1], end)
            if tag == hidden[0]:
                if tag in self.v.code_blocks or tag in self.v.block:  # (code: the prose after it is a new segment)
                    self.flush()
                return
        if tag in self.v.breaks:  # `</br>`, which browsers read as <br>
            self.b.line_break(at, self.text.find(">", at) + 1 or len(self.text))
        if self.open.get(tag):
            while True:
                entry = self.stack.pop()
                self._close(entry)
                if entry[0] in self.v.notes and self.held:
                    self.flush()
                    self.b.resume(self.held.pop())
                if entry[0] == tag:
                    break
        if tag in self.v.block:
            self.flush(tag in self.v.labels)

    def _close(self, entry):
        tag, nav, begin, generation, _ = entry
        self.open[tag] -= 1
        self.nav -= nav
        n = len(self.b) - begin
        if generation == self.b.generation and 0 < n <= 8:
            marks = self.b.last(n).strip(_SPACES)
            if marks and _LONE_MARKS.issuperset(marks):  # a guillemet alone in its element
                self.b.navigation(begin, len(self.b))

    def _add(self, chars: str, start: int, end: int | None = None):
        if self.hidden is not None or start >= self.comment:
            return
        begin = len(self.b)
        if end is None:
            self.b.verbatim(chars, start)
        else:
            self.b.decoded(chars, start, end)
        if self.nav:
            self.b.navigation(begin, len(self.b))

    def handle_data(self, data):
        start = self._offset()
        if NEUTRAL in data:
            data = self.text[start:start + len(data)]
        if start + len(data) > self.comment:
            data = data[:max(0, self.comment - start)]
        if data:
            self._add(data, start)
            if self.stack and self.stack[-1][4] and data.strip() in _QUOTE_GLYPHS:  # DocBook's <quote>
                self.b.navigation(len(self.b) - len(data), len(self.b))

    def handle_entityref(self, name):
        start = self._offset()
        end = start + 1 + len(name)
        end += self.text.startswith(";", end)
        raw = self.text[start:end]
        chars = html.unescape(raw)
        if chars == raw and self.v.xml:  # an entity its doctype declares (&PRODUCT;): a word, unknown
            if self.hidden is None and start < self.comment:
                self.b.opaque(start, end)
        elif chars == raw:  # an unknown entity stays as written
            self._add(raw, start)
        else:
            self._add(chars, start, end)

    def handle_charref(self, name):
        start = self._offset()
        end = start + 2 + len(name)
        end += self.text.startswith(";", end)
        self._add(html.unescape(self.text[start:end]), start, end)

    def handle_comment(self, data):
        m = DIRECTIVE_RE.match(data)
        if not m:
            return
        if m.group(1).lower() == "ignore":  # covers the next block: known when that block ends
            self.pending.append((data, self._offset()))
        else:
            add_directive(self.doc, data, self._offset(), None)


def parse_html(doc: Document, vocabulary: Vocabulary = HTML, text: str | None = None, escape=None, ends=()) -> None:
    """An HTML page's prose; DocBook's and DITA's too, with their ``vocabulary`` (``xmldocs``), whose ``text`` (the
    document's, with what the parser must not read blanked out) it parses and whose fixes ``escape`` writes; a
    segment ends at each offset of ``ends`` (the end of a Markdown file's HTML block: ``markdown_html``)."""
    if text is None and not vocabulary.xml and (page := _HTML_TAG.search(doc.text)):  # the page's own language
        lang = _LANG_ATTRIBUTE.search(doc.text, page.start(), page.end())
        doc.language = lang.span(1) if lang else None
    text, comment = prepare(doc.text if text is None else text)
    parser = _HTMLText(doc, comment, vocabulary, escape)
    try:
        for start, end in zip((0, *ends), (*ends, len(text))):
            parser.feed(text[start:end])
            parser.flush()
            if ends:
                parser.end_block()
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:  # html.parser's own checks, on markup it cannot read
        raise InputError(doc.path, f"cannot read this {vocabulary.name} ({exc})") from None
    if parser.hidden is not None and parser.hidden[3]:  # an inline code element never closed
        parser.b.opaque(parser.hidden[1], min(len(doc.text), comment))
    parser.flush()
    parser.unplaced()
