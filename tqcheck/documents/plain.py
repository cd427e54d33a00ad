"""Plain text: a paragraph (lines up to a blank line) is one verbatim segment.  A span in backquotes on one line
(`` `make install` ``, ``` ``x : y`` ```) is code, as READMEs and changelogs write it: no fix edits it (``opaque``)."""

from __future__ import annotations

import re

from .model import Document, Segment

# a paragraph: a run of lines that are not blank.  It starts at a line's start (``^``): tried at every character,
# a line of 100,000 spaces cost 41 s, each start scanning the line to its end
_PARAGRAPH_RE = re.compile(r"(?m)^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_CODE_RE = re.compile(r"(?<!`)(`+)(?=[^`\s])[^`\n]{1,300}?(?<=\S)\1(?!`)")  # backquoted code, the same quotes both ends


def parse_text(doc: Document) -> None:
    doc.segments = [Segment(m.group(), m.start(), None, doc.text) for m in _PARAGRAPH_RE.finditer(doc.text)]
    if "`" in doc.text:
        doc.opaque.extend(m.span() for m in _CODE_RE.finditer(doc.text))


# what only reST writes: a directive or a target at a line's start (`.. code-block:: python`, `.. _label:`), a role
# (`:ref:`); and what it writes with others: a literal block's `::` after a paragraph's last word, a title's underline.
# A plain text file with one of the first and another mark is reST (AsciiDoc's underlined titles and `--all::`
# option lists are not: they have none of the first)
_RST_ONLY = re.compile(r"(?m)^\.\. (?:[a-z][\w-]*::|_[^\r\n:]+:)|:(?:ref|doc|class|func|meth|mod|term):`")
_RST_TOO = re.compile(r"(?m)\w::\r?\n\r?\n[ \t]+\S|^\S[^\r\n]*\r?\n([=\-~^*+#])\1{2,}[ \t]*\r?$")


def reads_as_rst(text: str) -> bool:
    """Does a plain text file read as reST (``_RST_ONLY``, then a second mark of either kind)?"""
    only = _RST_ONLY.findall(text, 0, 20_000)
    return bool(only) and (len(only) >= 2 or _RST_TOO.search(text, 0, 20_000) is not None)
