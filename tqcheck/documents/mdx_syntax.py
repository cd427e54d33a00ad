"""MDX's own syntax, as far as ``mdx`` needs it: where a JSX tag, an ``{expression}`` or an ESM block ends.

Not a JavaScript parser: brackets are counted outside strings, template literals and comments, as acorn would
see them, and a tag is read as micromark-extension-mdx-jsx reads one (a name, attributes with a quoted or
``{expression}`` value, ``{...spread}``, ``/>`` or ``>``; ``<`` before a space or a line end is no tag).
Each function takes a ``limit`` it never reads past and says, on failure, whether the limit was reached
(``LIMIT``): the caller then tries no more of that kind before the limit, so that unclosed braces or tags
cost linear time, not quadratic.
"""

from __future__ import annotations

import re

FAILED, LIMIT = -1, -2  # no such construct here; none before the limit (nor will a later one close before it)
_JS = re.compile(r"[{}()\[\]'\"`/\r\n]")
_STRING = {q: re.compile(q + r"(?:[^" + q + r"\\\r\n]|\\.)*" + q) for q in "'\""}
_TEMPLATE = re.compile(r"`(?:[^`\\]|\\.)*`", re.S)
_BLANK_LINE = re.compile(r"[ \t]*(?:\r\n?|\n|\Z)")
_LINE_END = re.compile(r"[\r\n]|\Z")
_SPACE = re.compile(r"[ \t\r\n]*")
_NAME = re.compile(r"[^\W\d]|\$", re.U)  # what starts a JavaScript name (then: letters, digits, $, _, -)
_NAME_REST = re.compile(r"[\w$-]*", re.U)
_ATTRIBUTE = re.compile(r"(?:[^\W\d]|\$)[\w$-]*(?::(?:[^\W\d]|\$)[\w$-]*)?", re.U)
_OPENERS, _CLOSERS = "{([", "})]"


def js_end(text: str, start: int, limit: int, esm: bool = False) -> int:
    """From the ``{`` at ``start``: the offset just after its matching ``}``.  With ``esm``, from an ``import`` or
    ``export`` line: the end of the last line of the block, which runs to a blank line with its brackets
    closed (or to ``limit``).  ``FAILED`` or ``LIMIT`` when it does not close."""
    depth, p = 0, start
    while True:
        m = _JS.search(text, p, limit)
        if m is None:
            return limit if esm and depth <= 0 else LIMIT
        c, j = m.group(), m.start()
        p = j + 1
        if c in "\r\n":
            if esm and depth <= 0:
                nxt = j + 2 if text.startswith("\r\n", j) else j + 1
                if nxt >= limit or _BLANK_LINE.match(text, nxt, limit):
                    return j
        elif c in "'\"":
            s = _STRING[c].match(text, j, limit)  # an apostrophe in JSX text is no string: it ends no line
            p = s.end() if s else p
        elif c == "`":
            s = _TEMPLATE.match(text, j, limit)
            p = s.end() if s else p
        elif c == "/":
            nxt = text[j + 1:j + 2]
            if nxt == "*":
                close = text.find("*/", j + 2, limit)
                if close < 0:
                    return LIMIT
                p = close + 2
            elif nxt == "/" and (esm or text[j - 1:j] != ":"):  # `https://` in JSX text is no comment
                p = _LINE_END.search(text, j, limit).start()
        elif c == "{" or esm and c in _OPENERS:
            depth += 1
        elif c == "}" or esm and c in _CLOSERS:
            depth -= 1
            if depth == 0 and not esm:
                return p


def only_comments(body: str) -> str | None:
    """An expression's text between its braces, when it is only a ``/* comment */``: the comment's text."""
    stripped = body.strip()
    if stripped.startswith("/*") and stripped.endswith("*/") and stripped.find("*/") == len(stripped) - 2:
        return stripped[2:-2]
    return None


def tag_end(text: str, start: int, limit: int) -> tuple[int, str, str]:
    """The JSX tag at ``start`` (a ``<``): (its end, its name, ``open``, ``close`` or ``self``); the end is
    ``FAILED`` or ``LIMIT`` when it is not a tag.  A fragment's name is empty."""
    p = start + 1
    if p >= limit:
        return LIMIT, "", ""
    if text[p] in " \t\r\n":  # `a < b`: text
        return FAILED, "", ""
    kind = "open"
    p = _SPACE.match(text, p, limit).end()
    if text.startswith("/", p):
        kind, p = "close", _SPACE.match(text, p + 1, limit).end()
    if text.startswith(">", p):
        return p + 1, "", kind
    name_start = p
    while True:  # a name, a member name (`a.b.c`) or a local name (`a:b`)
        if not _NAME.match(text, p, limit):
            return (LIMIT if p >= limit else FAILED), "", ""
        p = _NAME_REST.match(text, p + 1, limit).end()
        q = _SPACE.match(text, p, limit).end()
        if not text.startswith((".", ":"), q):
            break
        p = _SPACE.match(text, q + 1, limit).end()
    name = text[name_start:p]
    while True:  # attributes
        p = _SPACE.match(text, p, limit).end()
        if p >= limit:
            return LIMIT, "", ""
        c = text[p]
        if c == ">":
            return p + 1, name, kind
        if c == "/":
            p = _SPACE.match(text, p + 1, limit).end()
            if text.startswith(">", p) and kind == "open":
                return p + 1, name, "self"
            return (LIMIT if p >= limit else FAILED), "", ""
        if c == "{":
            p = js_end(text, p, limit)
        else:
            m = _ATTRIBUTE.match(text, p, limit)
            if m is None or kind == "close":
                return FAILED, "", ""
            p = _SPACE.match(text, m.end(), limit).end()
            if text.startswith("=", p):
                p = _value_end(text, _SPACE.match(text, p + 1, limit).end(), limit)
            else:
                continue
        if p < 0:
            return p, "", ""


def _value_end(text: str, p: int, limit: int) -> int:
    """The end of an attribute's value at ``p``: ``"text"``, ``'text'`` (no escapes in JSX) or ``{expression}``."""
    if p >= limit:
        return LIMIT
    if text[p] in "\"'":
        close = text.find(text[p], p + 1, limit)
        return close + 1 if close >= 0 else LIMIT
    if text[p] == "{":
        return js_end(text, p, limit)
    return FAILED


def backticks(text: str, i: int) -> int:
    """The length of the run of backticks at ``i``."""
    j = i
    while j < len(text) and text[j] == "`":
        j += 1
    return j - i


def code_span_end(text: str, i: int, run: int, limit: int) -> int:
    """The end of the code span whose ``run`` backticks are at ``i``: a run of as many, or ``LIMIT``."""
    p = i + run
    while True:
        q = text.find("`" * run, p, limit)
        if q < 0:
            return LIMIT
        r = backticks(text, q)
        if r == run:
            return q + run
        p = q + r


def link_target_end(text: str, pos: int, end: int) -> int:
    """From just after a link's ``](``: past its target (a brace or ``<`` in a URL is no MDX), or ``pos``."""
    depth, p = 1, pos
    while p < end:
        c = text[p]
        if c in " \t":
            return pos
        depth += c == "("
        depth -= c == ")"
        p += 1 + (c == "\\")
        if depth == 0:
            return p
    return pos
