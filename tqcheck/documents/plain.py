"""Plain text: a paragraph (lines up to a blank line) is one verbatim segment."""

from __future__ import annotations

import re

from .model import Document, Segment

_PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def parse_text(doc: Document) -> None:
    doc.segments = [Segment(m.group(), m.start(), None, doc.text) for m in _PARAGRAPH_RE.finditer(doc.text)]
