"""The words a Markdown page's front matter shows its readers: the ``title``, ``description``, ``summary``… of a
Hugo, Jekyll or Docusaurus page (``---`` YAML, ``+++`` TOML; Pelican's ``Title:`` lines, each value its whole line,
as written), which the site shows as the page's heading, its description in a listing and in search results; an MDX,
R Markdown or Quarto page's too.  Each value is a label (``labels``), read where it is written:

- a YAML plain value, to its end or a comment (`` #``); a fix is offered only where the value it makes is a plain
  string still (not opening with a quote or another indicator, no ``: `` or `` #``, not a number or a boolean);
- a value in double quotes (YAML or TOML), with no backslash in it, a fix's ``"`` and ``\\`` escaped;
- a YAML value in single quotes, with no quote in it, a fix's ``'`` doubled.

A ``lang`` key is the page's language (``Document.language``, TQ404).  Other keys (dates, tags, slugs, layouts) are
the site's, not prose; so are nested keys, lists and a TOML table's keys (``[params]``).
"""

from __future__ import annotations

import re
from functools import partial

from .builder import SegmentBuilder
from .model import Document

KEYS = "title|subtitle|description|summary|excerpt|sidebar_label|caption|lead"
# a key, then a value in double quotes (group 1), in single quotes (2) or plain (3: not opening as YAML syntax, nor
# a comment)
_YAML = re.compile(rf"^(?i:{KEYS})[ \t]*:[ \t]+(?:\"([^\"\\\r\n]*)\"|'([^'\r\n]*)'|(?![\"'|>&*!%@`\[{{#])([^\r\n]*?))"
                   r"[ \t]*(?:[ \t]#[^\r\n]*)?\r?$", re.M)
_PELICAN = re.compile(rf"^(?i:{KEYS})[ \t]*:[ \t]+([^\r\n]*?)[ \t]*\r?$", re.M)  # (a whole line, as written)
_TOML = re.compile(rf"^(?:{KEYS})[ \t]*=[ \t]*\"([^\"\\\r\n]*)\"[ \t]*(?:#[^\r\n]*)?\r?$", re.M)
_LANG = re.compile(r"^(?i:lang)[ \t]*[:=][ \t]*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)[\"']?[ \t]*\r?$", re.M)
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.M)  # `[params]`: the keys after it are the table's, not the page's
# what opens a YAML plain value as syntax, and a value YAML reads as no string (1.1's implicit types: PyYAML's)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_IMPLICIT = re.compile(r"(?i:y|yes|n|no|true|false|on|off|null|~|[-+]?\.inf|\.nan)|<<|="
                       r"|[-+]?(?:\d[\d_]*(?::[0-5]?\d)*)?(?:\.[\d_]*)?(?:[eE][-+]?\d+)?|[-+]?0[xob][\da-fA-F_]+"
                       r"|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?")


def read_front_matter(doc: Document, end: int) -> None:
    """The labels of the front matter ``doc.text[:end]``."""
    text = doc.text[:end]
    pattern = _TOML if text.startswith("+++") else _YAML if text.startswith("---") else _PELICAN
    if pattern is _TOML and (table := _TOML_TABLE.search(text, 3)):
        text = text[:table.start()]
    if lang := _LANG.search(text):  # the page's own language (Quarto's, Jekyll's `lang: fr`)
        doc.language = lang.span(1)
    for m in pattern.finditer(text):
        group = m.lastindex or 1
        start, stop = m.span(group)
        if start == stop:
            continue
        b = SegmentBuilder(doc)
        b.verbatim(doc.text[start:stop], start)
        if pattern is _PELICAN:
            escape = None  # (a value as written: a fix is written as it is)
        else:
            escape = partial(_plain, doc.text, start, stop) if pattern is _YAML and group == 3 else _ESCAPES[group]
        segment = b.build(escape)
        if segment is not None:
            segment.label = True
            doc.segments.append(segment)


def _double(replacement: str, start: int, end: int) -> str:
    return replacement.replace("\\", "\\\\").replace('"', '\\"')


def _single(replacement: str, start: int, end: int) -> str:
    return replacement.replace("'", "''")


def _plain(text: str, first: int, last: int, replacement: str, start: int, end: int) -> str | None:
    """A fix in the plain value ``text[first:last]``: None unless the value it makes is a plain string still (not
    opening with ``"`` or another indicator, no ``: `` or `` #`` in it, not a number, a boolean or a null)."""
    value = (text[first:start] + replacement + text[end:last]).strip()
    plain = value and value[0] not in _INDICATORS and ": " not in value and " #" not in value
    return replacement if plain and not value.endswith(":") and not _IMPLICIT.fullmatch(value) else None


_ESCAPES = {1: _double, 2: _single}
