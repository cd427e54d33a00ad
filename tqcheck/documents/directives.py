"""Suppression comments: ``<!-- tqcheck: ignore|disable|enable [CODES] -->``, in Markdown and HTML.

The readers find the comments; this module turns each into a ``Directive`` with
the document offsets it covers, and keeps malformed ones for the engine to report.
"""

from __future__ import annotations

import re

from .model import Directive, Document

DIRECTIVE_RE = re.compile(r"^\s*tqcheck:\s*(\S*)(.*?)\s*$", re.I | re.S)
KINDS = ("ignore", "disable", "enable")
CODE_LIST_RE = re.compile(r"^(?:[\s,]*(?:TQ[0-9]{0,3}|ALL)\b)*[\s,]*$", re.I)


def add_directive(doc: Document, comment: str, offset: int, block) -> None:
    """``block``: the document offsets [start, end) an ``ignore`` covers, or None."""
    m = DIRECTIVE_RE.match(comment)
    if not m:
        return
    kind = m.group(1).lower()
    raw = "<!--" + comment + "-->"
    line, col = doc.position(offset)
    end_line, end_col = doc.position(offset + len(raw))
    codes = tuple(c.upper() for c in re.findall(r"[A-Za-z]+[0-9]*", m.group(2)))
    d = Directive(kind, codes, line, col, end_line, end_col, raw, offset)
    if kind not in KINDS or not CODE_LIST_RE.match(m.group(2)):
        doc.bad_directives.append(d)  # reported by the engine, never silently ignored
        return
    d.first = d.last = offset
    if kind == "ignore" and block:
        d.first, d.last = min(block[0], offset), block[1]
    doc.directives.append(d)


def resolve_directives(doc: Document) -> None:
    """Give each ``disable`` its end: the matching ``enable``, or the end of the file.  The open ones are kept by
    the codes they name (a file holds few sets of codes), so that thousands of them are matched in linear time."""
    total = len(doc.text)
    doc.directives.sort(key=lambda d: d.offset)  # in the document's order (a reader may add a note's after)
    open_ranges: dict[tuple, list[Directive]] = {}  # codes (() for all) -> the disables naming them, still open
    for d in doc.directives:
        if d.kind == "disable":
            d.first, d.last = d.offset, total
            open_ranges.setdefault(() if d.covers_all else d.codes, []).append(d)
        elif d.kind == "enable":  # `enable TQ1` ends `disable TQ101`; a bare enable ends all
            for codes in [c for c in open_ranges if d.covers_all or c and all(map(d.covers, c))]:
                for opened in open_ranges.pop(codes):
                    opened.last = d.offset
