"""Markdown's inline syntax as written in the file, scanned where the parser's tokens do not say where it is: the
end of a code span, of a link's or image's text and of its target, an image's title, an inline element or comment
over several lines (``markdown``)."""

from __future__ import annotations

import re

_RAW = {"\n": r"(?:\r\n?|\n)[ \t>]*", "|": r"\\?\|"}  # (``raw_span``: a line break as the file writes it)
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)  # (one never closed runs to the end of what is searched)
# the title at the end of an image's ``(src "title")``: its text, between "", '' or () (compiled on first use)
_TITLE_RE = r"""\s(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\(((?:[^()\\]|\\.)*)\))\s*\)\Z"""


def raw_span(text, content, p, limit):
    """The span of an inline element's source ``content`` (as the parser gives it) in ``text[p:limit]``, or None.
    Over several lines the parser gives ``\\n`` where the file may have ``\\r\\n`` or ``\\r``, and leaves out what
    opens each line of a block quote or a list item (``> ``, indentation); in a table's cell, ``|`` where the file
    has ``\\|``."""
    q = text.find(content, p, limit)
    if q >= 0:
        return q, q + len(content)
    if "\n" not in content and "|" not in content:
        return None
    m = re.compile("".join(_RAW.get(c) or re.escape(c) for c in content)).search(text, p, limit)
    return m.span() if m else None


def comments(content: str, text: str, base: int, limit: int):
    """HTML comments inside a raw HTML block or inline (``content``, at ``text[base:limit]``): (body, offset)."""
    start = content.find("<!--")
    while start >= 0:
        end = content.find("-->", start + 4)
        if end < 0:
            return  # (not a regular expression's `<!--(.*?)-->`: quadratic over many comments never closed)
        span = raw_span(text, content[start:end + 3], base, limit)
        if span is not None:
            yield content[start + 4:end], span[0]
        base = span[1] if span is not None else base
        start = content.find("<!--", end + 3)


def comments_only(content: str) -> bool:
    """Does an HTML block hold nothing but comments?"""
    return not COMMENT.sub("", content).strip()


def bracket_end(text, p, limit, opener="[", closer="]"):
    """The ``closer`` balancing the ``opener`` at ``p`` (they nest, a backslash escapes), or -1."""
    depth = 0
    while p < limit:
        ch = text[p]
        if ch == "\\":
            p += 1
        elif ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if not depth:
                return p
        p += 1
    return -1


def closing_backticks(text, p, markup, limit):
    n = len(markup)
    while True:
        q = text.find(markup, p, limit)
        if q < 0:
            return limit
        end = q + n
        if (end >= len(text) or text[end] != "`") and text[q - 1] != "`":
            return end
        p = end
        while p < limit and text[p] == "`":
            p += 1


def skip_link_target(text, p, limit):
    """From the ``]`` closing a link's text, past ``(target)`` or ``[ref]``."""
    q = text.find("]", p, limit)
    if q < 0:
        return p
    q += 1
    if q < limit and text[q] in "([":
        end = bracket_end(text, q, limit, text[q], ")" if text[q] == "(" else "]")
        return end + 1 if end >= 0 else limit
    return q


def title_span(text, close, end):
    """The span of the title's text in the image target ``text[close:end]`` (``](src "title")``), or None."""
    m = re.compile(_TITLE_RE, re.S).search(text, close, end)
    return m.span(m.lastindex) if m else None


def escape_title(opener: str, replacement: str, start: int, end: int) -> str:
    """A fix's ``replacement`` as written in a title opened by ``opener``: its delimiters and backslashes escaped."""
    special = {"(": "()\\", '"': '"\\', "'": "'\\"}[opener]
    return "".join("\\" + ch if ch in special else ch for ch in replacement)


def is_label_too(text: str, close: int) -> bool:
    """Is the text of the image (or link) whose ``]`` is at ``close`` its reference's label too (``![a]``,
    ``![a][]``), which no fix may edit (the image would lose its target)?"""
    after = text[close + 1:close + 3]
    return after[:1] not in ("(", "[") or after == "[]"


def pieces(content: str, chunk: int):
    """A paragraph for the inline parser, cut at line ends (or spaces) when it is huge."""
    start = 0
    while len(content) - start > chunk:
        cut = content.rfind("\n", start, start + chunk)
        if cut <= start:
            cut = content.rfind(" ", start, start + chunk)
        cut = cut + 1 if cut > start else start + chunk
        yield content[start:cut]
        start = cut
    yield content[start:]


def foreign_tag(tag: str) -> bool:
    """Does a start tag (Markdown's inline HTML) say that its text is in another language or not to translate
    (``<span lang="fr">``, ``<i translate="no">``)?  Markdown then reads its text as inline code, as the HTML reader
    reads such a phrase.  An element with no end (``<img lang="fr">``, ``<br>``) holds no phrase."""
    if "=" not in tag or tag.startswith("</") or tag.rstrip().endswith("/>"):
        return False
    from .attributes import attributes_of, tag_name  # (a page's first tag with an attribute: most articles have none)
    from .vocabularies import HTML, not_english

    return tag_name(tag) not in HTML.void and not_english(attributes_of(tag))
