"""PHP's lexical syntax, as much of it as a language file needs (``php`` reads the tokens): each token with its
offsets, and each string literal decoded with every character mapped to the file.

- Read: the ``<?php`` tag, or ``<?`` (what comes before it, and from ``?>`` to the next one, is not PHP); comments
  (``//``, ``#``, ``/* */``), each handed to a callback (``tqcheck:`` lines); names, ``$variables``, numbers and
  operators.
- Strings: single-quoted (``\\'`` and ``\\\\`` the only escapes), double-quoted and heredocs (``\\n``, ``\\t``,
  ``\\"``, ``\\$``, ``\\x41``, ``\\101``, ``\\u{e9}`` decoded, each one character spanning its escape; a backslash
  before anything else is itself), nowdocs (as written).  In a double-quoted string or a heredoc, ``$var``,
  ``$a[0]``, ``$a->b``, ``{$expr}`` and ``${expr}`` are each one placeholder.  A heredoc's closing indentation
  (PHP 7.3) is removed from its lines, and is not text.
- Not read: what the tokens mean (``php`` does), PHP 8's attributes (``#[...]`` reads as a comment), the
  alternative syntax of control structures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bilingual import Pieces

_OPEN = re.compile(r"<\?(?:php)?(?=\s|$)", re.I)  # `<?php`, or the short `<?` (short_open_tag)
_SPACE = re.compile(r"\s*")
_OP = re.compile(r"=>|\?->|->|::|\.\.\.|\?\?=?|<=>|[!=]==?|[<>]=|&&|\|\||[-+*/.%&|^]=|.", re.S)
_WORD = re.compile(r"[A-Za-z_\\\x80-\U0010ffff][\w\\\x80-\U0010ffff]*")
_NUMBER = re.compile(r"\d[\w.]*")
_SINGLE_BODY = re.compile(r"(?:[^'\\]|\\.)*", re.S)
_SINGLE_ESCAPE = re.compile(r"\\[\\']")
_HEREDOC = re.compile(r"<<<[ \t]*(?:'([A-Za-z_]\w*)'|\"([A-Za-z_]\w*)\"|([A-Za-z_]\w*))(\r\n|\r|\n)")
_NAME = re.compile(r"[A-Za-z_\x80-\U0010ffff][\w\x80-\U0010ffff]*")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f", "\\": "\\", "$": "$"}
_BYTE_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2}))")
_UNICODE_ESCAPE = re.compile(r"\\u\{([0-9A-Fa-f]{1,6})\}")
_OFFSET = re.compile(r"\[(?:-?\d+|[A-Za-z_]\w*|\$[A-Za-z_]\w*)\]|\??->[A-Za-z_]\w*")  # `$a[0]`, `$a->b` in a string
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_COMMENT_END = re.compile(r"[\r\n]|\?>")  # what ends a `//` or `#` comment


@dataclass
class Literal:
    """A string literal: its body ``[start, end)`` in the file, its style (``'``, ``"``, ``<<<`` a heredoc,
    ``<<<'`` a nowdoc) and a heredoc's closing indentation."""

    start: int
    end: int
    style: str
    indent: int = 0


def decode(text: str, lit: Literal) -> Pieces:
    """A literal's text as pieces: escapes decoded, interpolations opaque, a heredoc's indentation left out."""
    pieces = Pieces()
    if lit.style == "'":
        last = lit.start
        for m in _SINGLE_ESCAPE.finditer(text, lit.start, lit.end):
            pieces.verbatim(text[last:m.start()], last)
            pieces.decoded(m.group()[1], m.start(), m.end())
            last = m.end()
        pieces.verbatim(text[last:lit.end], last)
    elif lit.style == '"':
        _double(text, lit.start, lit.end, '"', pieces)
    else:
        pos = lit.start
        while pos < lit.end:
            line = _LINE.match(text, pos, lit.end)
            start = pos
            while start < min(pos + lit.indent, line.end()) and text[start] in " \t":
                start += 1
            if lit.style == "<<<'":
                pieces.verbatim(text[start:line.end()], start)
            else:
                _double(text, start, line.end(), "", pieces)
            pos = line.end()
    return pieces


def _double(text: str, a: int, b: int, quote: str, pieces: Pieces) -> None:
    """The body ``text[a:b]`` of a double-quoted string (``quote``: ``"``) or of a heredoc's line (``""``)."""
    pos = run = a
    while pos < b:
        c = text[pos]
        if c == "\\" and pos + 1 < b:
            nxt = text[pos + 1]
            m = _UNICODE_ESCAPE.match(text, pos, b) or _BYTE_ESCAPE.match(text, pos, b)
            if nxt not in _SIMPLE_ESCAPES and nxt != quote and m is None:
                pos += 2  # a backslash before anything else is itself, and what follows it is not looked at
                continue
            pieces.verbatim(text[run:pos], run)
            if m is None:
                pieces.decoded(_SIMPLE_ESCAPES.get(nxt, nxt), pos, pos + 2)
                pos += 2
            elif m.re is _UNICODE_ESCAPE:
                pieces.decoded(chr(min(int(m.group(1), 16), 0x10FFFF)), pos, m.end())
                pos = m.end()
            else:  # a run of byte escapes: bytes, read as UTF-8
                data = bytearray()
                while m is not None:
                    data.append(int(m.group(1), 8) & 0xFF if m.group(1) else int(m.group(2), 16))
                    end, m = m.end(), _BYTE_ESCAPE.match(text, m.end(), b)
                pieces.decoded(data.decode("utf-8", "replace"), pos, end)
                pos = end
            run = pos
        elif c in "${":
            end = _interpolation(text, pos, b)
            if end is None:
                pos += 1
                continue
            pieces.verbatim(text[run:pos], run)
            pieces.opaque(pos, end)
            pos = run = end
        else:
            pos += 1
    pieces.verbatim(text[run:b], run)


def _interpolation(text: str, pos: int, b: int) -> int | None:
    """The end of the interpolation at ``pos`` (``$name``, ``$a[0]``, ``$a->b``, ``{$expr}``, ``${expr}``), or None."""
    if text.startswith("{$", pos) or text.startswith("${", pos):
        end = _braces(text, pos + (text[pos] == "$"), b)
        return None if end < 0 else end
    if text[pos] != "$":
        return None
    m = _NAME.match(text, pos + 1, b)
    if m is None:
        return None
    offset = _OFFSET.match(text, m.end(), b)
    return offset.end() if offset else m.end()


def _braces(text: str, pos: int, b: int) -> int:
    """Past the ``}`` matching the ``{`` at ``pos`` (strings inside skipped), or -1."""
    depth = 0
    while pos < b:
        c = text[pos]
        if c in "'\"":
            end = text.find(c, pos + 1, b)
            while end > 0 and text[end - 1] == "\\":
                end = text.find(c, end + 1, b)
            if end < 0:
                return -1
            pos = end
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return -1


def _double_end(text: str, pos: int, quote: str = '"') -> int:
    """The offset of the quote that closes the double-quoted string whose body starts at ``pos`` (-1: none, or a
    ``{$`` left open); with no ``quote`` (a heredoc's body), the end of the text."""
    n = len(text)
    while pos < n:
        c = text[pos]
        if c == "\\":
            pos += 2
            continue
        if c == quote:
            return pos
        if c in "{$" and (text.startswith("{$", pos) or text.startswith("${", pos)):
            end = _braces(text, pos + (c == "$"), n)
            if end < 0:
                return -1
            pos = end
            continue
        pos += 1
    return -1 if quote else n


def ends_as_written(body: str, style: str) -> bool:
    """Would the lexer end a literal of ``style`` whose body is ``body`` where it ends (no quote closing it early, no
    backslash escaping its closing quote, no ``{$`` left open)?"""
    if style == "'":
        return _SINGLE_BODY.match(body).end() == len(body)
    if style in ('"', "<<<"):
        return _double_end(body + '"', 0, "" if style == "<<<" else '"') == len(body) + (style == "<<<")
    return True


class Lexer:
    """The tokens of a PHP file, ``(kind, start, end, value)``: kind ``str`` (value: its ``Literal``), ``name``,
    ``var``, ``num`` or ``op`` (value: the text; ``?>`` reads as ``;``).  ``error(problem, offset)`` raises;
    ``comment(body, start, raw)`` is told each comment."""

    def __init__(self, text: str, error, comment):
        self.text, self.error, self.comment = text, error, comment

    def tokens(self) -> list:
        text, out = self.text, []
        m = _OPEN.search(text)
        if m is None:
            self.error("no <?php tag", 0)
        pos, n = m.end(), len(text)
        while True:
            pos = self.skip(pos)
            if pos >= n:
                return out
            token = self.token(pos)
            out.append(token)
            pos = token[2]
            if text.startswith("?>", token[1]):
                m = _OPEN.search(text, pos)
                pos = m.end() if m else n

    def skip(self, pos: int) -> int:
        """Past the spaces and comments at ``pos``."""
        text, n = self.text, len(self.text)
        while True:
            pos = _SPACE.match(text, pos).end()
            if text.startswith("/*", pos):
                end = text.find("*/", pos + 2)
                if end < 0:
                    self.error("a comment not closed", pos)
                self.comment(text[pos + 2:end], pos, text[pos:end + 2])
                pos = end + 2
            elif text.startswith(("//", "#"), pos):
                m = _COMMENT_END.search(text, pos)  # the line's end or `?>`: never past it (a long line of them)
                end = m.start() if m else n
                body = text[pos + (1 if text[pos] == "#" else 2):end]
                self.comment(body, pos, text[pos:end])
                pos = end
            else:
                return min(pos, n)

    def token(self, pos: int) -> tuple:
        text = self.text
        c = text[pos]
        if c == "'":
            end = _SINGLE_BODY.match(text, pos + 1).end()
            if end >= len(text) or text[end] != "'":
                self.error("a string not closed", pos)
            return ("str", pos, end + 1, Literal(pos + 1, end, "'"))
        if c == '"':
            end = _double_end(text, pos + 1)
            if end < 0:
                self.error("a string not closed", pos)
            return ("str", pos, end + 1, Literal(pos + 1, end, '"'))
        if text.startswith("<<<", pos):
            return self.heredoc(pos)
        if c == "$" and _NAME.match(text, pos + 1):
            return ("var", pos, _NAME.match(text, pos + 1).end(), None)
        m = _WORD.match(text, pos) or _NUMBER.match(text, pos)
        if m is not None:
            return ("num" if c.isdigit() else "name", pos, m.end(), m.group())
        if text.startswith("?>", pos):
            return ("op", pos, pos + 2, ";")
        m = _OP.match(text, pos)
        return ("op", pos, m.end(), m.group())

    def heredoc(self, pos: int) -> tuple:
        text = self.text
        m = _HEREDOC.match(text, pos)
        if m is None:
            self.error("a heredoc's label not read", pos)
        label = m.group(1) or m.group(2) or m.group(3)
        close = re.compile(r"^([ \t]*)" + re.escape(label) + r"(?![\w\x80-\U0010ffff])", re.M).search(text, m.end())
        if close is None:
            self.error(f"a heredoc not closed (no {label} line)", pos)
        end = close.start()
        if end > m.end():
            end -= 2 if text.startswith("\r\n", end - 2) else 1
        style = "<<<'" if m.group(1) else "<<<"
        return ("str", pos, close.end(), Literal(m.end(), max(end, m.end()), style, len(close.group(1))))

