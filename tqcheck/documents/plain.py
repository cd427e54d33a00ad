"""Plain text: a paragraph (lines up to a blank line) is one verbatim segment.  A span in backquotes on one line
(`` `make install` ``, ``` ``x : y`` ```) is code, as READMEs and changelogs write it: no fix edits it (``opaque``)."""

from __future__ import annotations

import re

from .model import Document, Segment

# a paragraph: a run of lines that are not blank.  It starts at a line's start (``^``): tried at every character,
# a line of 100,000 spaces cost 41 s, each start scanning the line to its end
_PARAGRAPH_RE = re.compile(r"(?m)^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_CODE_RE = re.compile(r"(`+)(?=[^`\s])[^`\n]{1,300}?(?<=\S)\1(?!`)")  # backquoted code, the same quotes both ends


def parse_text(doc: Document) -> None:
    doc.segments = [Segment(m.group(), m.start(), None, doc.text) for m in _PARAGRAPH_RE.finditer(doc.text)]
    if "`" in doc.text:
        doc.opaque.extend(m.span() for m in _CODE_RE.finditer(doc.text))
