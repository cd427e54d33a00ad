"""Text that an element carries in its attributes: an image's alt text and title, each a segment of its own.

An English page translated from French often keeps the French alt text of its screenshots (``<img
alt="Onglet équipement">``): a screen reader reads it, a search engine indexes it, and a sighted reviewer never
sees it.  translate-toolkit's html2po extracts these attributes for translators, and Vale lints alt text as a scope
of its own; tqcheck reads them as segments apart from the sentence the image stands in (where it is one
placeholder), entities decoded and each character mapped back to the file, so that findings point into the
attribute and fixes edit it.  Used by the HTML reader (``<img>``) and the Markdown reader (inline HTML,
and the title of ``![alt](src "title")``, whose alt text the Markdown reader reads itself, markup and all).
"""

from __future__ import annotations

import html
import re
from functools import partial

from .builder import SegmentBuilder
from .model import PLACEHOLDER, REFERENCE, Document

# an attribute of a start tag: its name, and its value double-quoted, single-quoted or bare (HTML's syntax)
_ATTRIBUTE = r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
_TAG_NAME = r"<\s*[^\s/>]+"
_UNQUOTED = r"[\s\"'=<>`]"  # what a bare attribute value cannot hold
READ = ("alt", "title")  # the attributes of an image that hold prose


def stand_in(doc: Document, b: SegmentBuilder, start: int, end: int, names=READ, link: bool = False) -> None:
    """The empty element at ``doc.text[start:end]`` (an image) is one PLACEHOLDER in the sentence ``b`` builds; the
    values of its attributes ``names`` are labels that follow it (``b.add_after``), which fixes may edit, navigation
    context inside a ``link`` (the text of the link, for a screen reader); the rest of the tag is opaque."""
    p = start
    for s, e, quote in _values(doc.text, start, end, names) if names else ():
        b.add_after(label(doc, s, e, quote, link))
        if s > p:
            doc.opaque.append((p, s))
        p = e
    doc.opaque.append((p, end))
    b.decoded(PLACEHOLDER, start, end)


def tag_name(tag: str) -> str:
    """The element's name of the start tag ``tag``, in lower case (``img`` for ``<IMG src=…>``)."""
    name = re.compile(_TAG_NAME).match(tag)
    return name.group()[1:].strip().lower() if name else ""


def attributes_of(tag: str) -> list:
    """``(name, value)`` of each attribute of the start tag ``tag``, the name in lower case, the value None when bare."""
    name = re.compile(_TAG_NAME).match(tag)
    return [(m.group(1).lower(), next((m.group(g) for g in (2, 3, 4) if m.group(g) is not None), None))
            for m in re.compile(_ATTRIBUTE).finditer(tag, name.end())] if name else []


def _values(text: str, start: int, end: int, names):
    """(start, end, quote) of the values of the attributes ``names`` in the start tag at ``text[start:end]``; the
    ``quote`` around it: ``"``, ``'`` or none."""
    name = re.compile(_TAG_NAME).match(text, start, end)  # (patterns compiled on first use: re caches them)
    for m in re.compile(_ATTRIBUTE).finditer(text, name.end(), end) if name else ():
        if m.group(1).lower() in names:
            group = next((g for g in (2, 3, 4) if m.group(g) is not None), None)
            if group is not None and m.end(group) > m.start(group):
                yield m.start(group), m.end(group), "\"'"[group - 2:group - 1]


def label(doc: Document, start: int, end: int, quote: str, link: bool = False):
    """The attribute value ``doc.text[start:end]``, inside ``quote``, as a label standing alone (None when it holds
    no prose), its character references decoded, each decoded character standing for its whole reference; a fix is
    written escaped as HTML escapes it there."""
    b = SegmentBuilder(doc)
    text, p = doc.text, start
    for m in re.compile(REFERENCE).finditer(text, start, end) if "&" in text[start:end] else ():
        chars = html.unescape(m.group())
        if chars != m.group():
            if m.start() > p:
                b.verbatim(text[p:m.start()], p)
            b.decoded(chars, m.start(), m.end())
            p = m.end()
    if end > p:
        b.verbatim(text[p:end], p)
    return as_attribute(b.build(partial(_escaped, quote)), link)


def _escaped(quote: str, replacement: str, start: int, end: int) -> str | None:
    """``replacement`` as an attribute value inside ``quote`` writes it: as XML text (``bilingual.XmlEscape``), the
    quote as a reference too; None where a bare value cannot hold it."""
    from .bilingual import XmlEscape  # (imported already: it writes this segment's fixes, a ``FileSegment``)

    if not quote:
        return None if re.search(_UNQUOTED, replacement) else XmlEscape([])(replacement, start, end)
    return XmlEscape([])(replacement, start, end).replace(quote, "&quot;" if quote == '"' else "&#39;")


def as_label(segment, link: bool = False):
    """``segment`` (or None), marked as a label standing alone, which ``labels`` reads as a software string; in a
    ``link``, navigation context (an avatar's name in a contributors' table, a sponsor's logo)."""
    if segment is not None:
        segment.label = True
        if link:
            segment.navigation = ((0, len(segment.text)),)
    return segment


def as_attribute(segment, link: bool = False):
    """``segment`` (or None) as ``as_label`` marks it, and as an element's attribute (an alt text, a title: never set
    in type, ``Segment.attribute``)."""
    segment = as_label(segment, link)
    if segment is not None:
        segment.attribute = True
    return segment
