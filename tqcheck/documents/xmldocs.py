"""Technical documentation in XML: DocBook (books, articles, manuals) and DITA topics, read by the HTML reader
with their own vocabulary (``vocabularies``): the prose of paragraphs, titles, list items, table cells, notes and
steps; not code (``programlisting``, ``codeblock``, ``screen``), metadata (``info``, ``prolog``), index entries or
draft comments; inline computer terms (``command``, ``filename``, ``uicontrol``, ``codeph``) and cross references
are one placeholder.  The root's ``xml:lang`` (DocBook 4's ``lang``) names the language: French is not checked.
A fix is written XML-escaped.  ``<!-- tqcheck: ignore TQ101 -->`` comments work as in HTML.  A folder run reads
the ``.xml`` files whose root element is DocBook's or DITA's (and Android's string resources), not every XML file.
"""

from __future__ import annotations

import re

from .android import is_string_resource, root_element
from .bilingual import XmlEscape, declare_target
from .html import parse_html
from .locales import file_head
from .model import Document
from .vocabularies import DITA, DOCBOOK, ROOTS

_ROOT_TAG = re.compile(r"<(?![?!])[^>]*>")
_LANG = re.compile(r"\s(?:xml:)?lang\s*=\s*[\"']([^\"']*)[\"']")
_ESCAPE = XmlEscape([])
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")  # a language tag: en, en-US, fr_CA


def _read(doc: Document, vocabulary) -> None:
    root = _ROOT_TAG.search(doc.text)
    lang = _LANG.search(root.group()) if root else None
    if lang is not None and _TAG.fullmatch(lang.group(1).strip()):  # (not KDE's &language; entity)
        declare_target(doc, "the root's xml:lang", lang.group(1))
    parse_html(doc, vocabulary, _without_subset(doc.text), _ESCAPE)
    doc.segments.sort(key=lambda s: s.offset(0))  # (a footnote is built before the sentence it interrupts)


_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S)


def _without_subset(text: str) -> str:
    """``text`` with its doctype's internal subset (``[ <!ENTITY …> %BOOK_ENTITIES; ]``) blanked out, lines kept."""
    m = _SUBSET.search(text, 0, 65536)
    if m is None:
        return text
    return text[:m.start()] + re.sub(r"[^\n]", " ", m.group()) + text[m.end():]



def parse_docbook(doc: Document) -> None:
    _read(doc, DOCBOOK)


def parse_dita(doc: Document) -> None:
    _read(doc, DITA)


def is_included(path: str) -> bool:
    """Does a folder run read this ``.xml`` file: Android's strings, or DocBook or DITA by its root element?"""
    if is_string_resource(path):
        return True
    head = file_head(path)
    try:
        return head is not None and root_element(head.decode("utf-8", "replace"), path) in ROOTS
    except Exception:  # no element in its first 8 KB: a folder run leaves it out
        return False
