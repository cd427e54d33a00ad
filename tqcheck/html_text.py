"""HTML documents: text nodes only, through the standard library's html.parser.

Script, style, code and attributes are skipped; entities are decoded, and each
decoded character keeps the offset of its entity in the file.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from .documents import DIRECTIVE_RE, Document, Segment, _add_directive

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p section summary "
    "table tbody td tfoot th thead title tr ul".split()
)
_SKIP_TAGS = frozenset("script style code pre kbd samp var textarea noscript svg math template".split())


class _HTMLText(HTMLParser):
    def __init__(self, doc: Document):
        super().__init__(convert_charrefs=False)
        self.doc = doc
        self.starts = doc.line_starts
        self.skip = 0
        self.out: list[str] = []
        self.pos: list[int] = []
        self.pending: list[tuple[str, int]] = []  # ignore comments waiting for their block

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def flush(self):
        if self.out and "".join(self.out).strip():
            seg = Segment("".join(self.out), self.pos[0], self.pos, self.doc.text)
            self.doc.segments.append(seg)
            if self.pending:
                for comment, offset in self.pending:
                    _add_directive(self.doc, comment, offset, (seg.mapping[0], seg.mapping[-1] + 1))
                self.pending = []
        self.out, self.pos = [], []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.flush()

    def _add(self, chars: str, offset: int, verbatim: bool):
        if self.skip:
            return
        self.out.append(chars)
        if verbatim:
            self.pos.extend(range(offset, offset + len(chars)))
        else:
            self.pos.extend([offset] * len(chars))

    def handle_data(self, data):
        self._add(data, self._offset(), True)

    def handle_entityref(self, name):
        raw = f"&{name};"
        text = html.unescape(raw)
        self._add(text, self._offset(), text == raw)  # an unknown entity stays as written

    def handle_charref(self, name):
        raw = f"&#{name};"
        self._add(html.unescape(raw), self._offset(), False)

    def handle_comment(self, data):
        m = DIRECTIVE_RE.match(data)
        if not m:
            return
        if m.group(1).lower() == "ignore":  # covers the next block: known when that block ends
            self.pending.append((data, self._offset()))
        else:
            _add_directive(self.doc, data, self._offset(), None)


def parse_html(doc: Document) -> None:
    parser = _HTMLText(doc)
    parser.feed(doc.text)
    parser.close()
    parser.flush()
    for comment, offset in parser.pending:  # an ignore comment with no block after it
        _add_directive(doc, comment, offset, None)
