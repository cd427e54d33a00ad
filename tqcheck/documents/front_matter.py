"""The words a Markdown page's front matter shows its readers: the ``title``, ``description``, ``summary``… of a
Hugo, Jekyll or Docusaurus page (``---`` YAML, ``+++`` TOML), which the site shows as the page's heading, its
description in a listing and in search results; an MDX, R Markdown or Quarto page's too.  Each value is a label
(``labels``), read where it is written:

- a YAML plain value, to its end or a comment (`` #``); a fix that YAML would read as syntax (a straight quote, a
  ``:``, a ``#``…) is not offered;
- a value in double quotes (YAML or TOML), with no backslash in it, a fix's ``"`` and ``\\`` escaped;
- a YAML value in single quotes, with no quote in it, a fix's ``'`` doubled.

Other keys (dates, tags, slugs, layouts) are the site's, not prose; so are nested keys and lists.
"""

from __future__ import annotations

import re

from .builder import SegmentBuilder
from .model import Document

KEYS = "title|subtitle|description|summary|excerpt|sidebar_label|caption|lead"
# a key, then a value in double quotes (group 1), in single quotes (2) or plain (3: not opening as YAML syntax)
_YAML = re.compile(rf"^(?:{KEYS})[ \t]*:[ \t]+(?:\"([^\"\\\r\n]*)\"|'([^'\r\n]*)'|(?![\"'|>&*!%@`\[{{])([^\r\n]*?))"
                   r"[ \t]*(?:[ \t]#[^\r\n]*)?\r?$", re.M)
_TOML = re.compile(rf"^(?:{KEYS})[ \t]*=[ \t]*\"([^\"\\\r\n]*)\"[ \t]*\r?$", re.M)
_PLAIN_SYNTAX = frozenset("\"'#:{}[],&*!|>%@`\\")


def read_front_matter(doc: Document, end: int) -> None:
    """The labels of the front matter ``doc.text[:end]``."""
    text = doc.text[:end]
    pattern = _TOML if text.startswith("+++") else _YAML
    for m in pattern.finditer(text):
        group = m.lastindex or 1
        start, stop = m.span(group)
        if start == stop:
            continue
        b = SegmentBuilder(doc)
        b.verbatim(doc.text[start:stop], start)
        segment = b.build(_ESCAPES[group if pattern is _YAML else 1])
        if segment is not None:
            segment.label = True
            doc.segments.append(segment)


def _double(replacement: str, start: int, end: int) -> str:
    return replacement.replace("\\", "\\\\").replace('"', '\\"')


def _single(replacement: str, start: int, end: int) -> str:
    return replacement.replace("'", "''")


def _plain(replacement: str, start: int, end: int) -> str | None:
    return None if not _PLAIN_SYNTAX.isdisjoint(replacement) else replacement


_ESCAPES = {1: _double, 2: _single, 3: _plain}
