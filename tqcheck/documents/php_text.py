"""The text of a PHP language file's string (read by ``php``) and how a fix is written back in it.

- Laravel's plural forms (``forms``): a string with a ``|`` (``apple|apples``, ``{0} None|[1,19] Some|[20,*] Many``)
  is one text a form, without its condition (``{0}``, ``[2,*]``) and its outer spaces, as ``MessageSelector``
  splits and trims it; not one whose ``|`` stands between spaces (``:title | :app``), unless a condition opens it.
- Laravel's and Kohana's placeholders (``hide_parameters``): ``:attribute``, ``:Attribute``, ``:ATTRIBUTE`` after
  a space or a sign (not ``14:30``, ``http://``), each opaque; ``:directory:file`` and ``:files.0.from`` are one.
- HTML's character references (``decode_references``): ``Mot-cl&eacute;`` reads ``Mot-clé``.
- ``PhpEscape``: a replacement written in the literal's quoting, and kept only where the literal, read again by
  ``php_syntax``, says what the fix meant.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .bilingual import Pieces
from .model import PLACEHOLDER, REFERENCE
from .php_syntax import Literal, decode, ends_as_written

_CONDITION = re.compile(r"\s*(?:[{\[][^\[\]{}]*[}\]])?\s*")  # Laravel's `{0}`, `[2,*]` before a plural form
_PLURAL = re.compile(r"^\s*[{\[][^\[\]{}]*[}\]]|\S\||\|\S")  # a condition first, or a `|` not between spaces
# Laravel's :attribute; one after another (`:directory:file`) and dotted (Pterodactyl's `:files.0.from`) are one
_PARAMETER = re.compile(r"(?<![\w:]):[A-Za-z_]\w*(?:\.\w+)*(?::[A-Za-z_]\w*(?:\.\w+)*)*")


def _slice(pieces: Pieces, i: int, j: int) -> Pieces:
    """The pieces of ``pieces.text()[i:j]`` (a decoded piece whole, where ``i`` or ``j`` falls inside it)."""
    out, at = Pieces(), 0
    for chars, start, end in pieces.parts:
        n = len(chars)
        if end >= 0 and at + n > i and at < j:
            a, b = max(i - at, 0), min(j - at, n)
            out.verbatim(chars[a:b], start + a)
        elif end < 0 and i <= at < j:
            out.parts.append((chars, start, end))
        at += n
    return out


def forms(pieces: Pieces) -> list:
    """Laravel's plural forms (``{0} None|[1,*] :count items``, ``apple|apples``): the text of each, without its
    condition and outer spaces (``MessageSelector`` splits at every ``|`` and trims).  A string with a ``|`` only
    between spaces and no condition first (``:title | :app``, ``+ = | : .``) is one text."""
    text, forms, start = pieces.text(), [], 0
    if not _PLURAL.search(text):
        return [pieces]
    for end in [k for k, c in enumerate(text) if c == "|"] + [len(text)]:
        first = _CONDITION.match(text, start, end).end()
        last = len(text[:end].rstrip())
        forms.append(_slice(pieces, first, max(first, last)))
        start = end + 1
    return forms


def hide_parameters(pieces: Pieces, pattern=_PARAMETER) -> Pieces:
    """Laravel's ``:attribute`` placeholders (or those of ``pattern``: Joomla's ``%date%``) as opaque pieces."""
    text = pieces.text()
    matches = [m.span() for m in pattern.finditer(text)]
    if not matches:
        return pieces
    out, at = Pieces(), 0
    for chars, start, end in pieces.parts:
        n, last = len(chars), 0
        if end >= 0:
            for i, j in matches:
                if at <= i and j <= at + n:
                    out.verbatim(chars[last:i - at], start + last)
                    out.opaque(start + i - at, start + j - at)
                    last = j - at
            out.verbatim(chars[last:], start + last)
        else:
            out.parts.append((chars, start, end))
        at += n
    return out


_REFERENCE = re.compile(REFERENCE)


def decode_references(pieces: Pieces) -> Pieces:
    """HTML's character references (``&eacute;``, ``&#233;``, ``&nbsp;``) as the characters they stand for: SPIP's
    and other CMSs' language strings are HTML (``'Mot-cl&eacute;'``).  Each is a decoded piece, never edited."""
    from html import unescape

    out = Pieces()
    for chars, start, end in pieces.parts:
        last = 0
        if end >= 0 and "&" in chars:
            for m in _REFERENCE.finditer(chars):
                char = unescape(m.group())
                if char != m.group() and len(char) == 1 and char != PLACEHOLDER:  # (`&#xFFFC;` is no placeholder)
                    out.verbatim(chars[last:m.start()], start + last)
                    out.decoded(char, start + m.start(), start + m.end())
                    last = m.end()
        if last:
            out.verbatim(chars[last:], start + last)
        else:
            out.parts.append((chars, start, end))
    return out


LONGEST_CHECKED = 4096  # characters of a literal or a value that a fix is checked in (read again whole each time)


class PhpEscape:
    """A replacement inside a string literal, in its quoting; None where the literal, read again, would not end
    where it does or say what the fix meant (a backslash or a ``$`` before it, a ``{`` before an interpolation), or
    would gain or lose a ``:placeholder`` or a ``|``."""

    def __init__(self, text: str, literals: list):
        self.text, self.literals = text, sorted(literals, key=lambda lit: lit.start)
        self.starts = [lit.start for lit in self.literals]

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        k = bisect_right(self.starts, start) - 1
        lit = self.literals[k] if k >= 0 else None
        if lit is None or end > lit.end or "|" in replacement or lit.end - lit.start > LONGEST_CHECKED:
            return None  # (a literal this long is not read again for each fix: a string of many findings was quadratic)
        if lit.style == "'":
            written = replacement.replace("\\", "\\\\").replace("'", "\\'")
        elif lit.style == "<<<'":
            written = replacement
        else:
            written = replacement.replace("\\", "\\\\").replace("$", "\\$")
            written = written.replace('"', '\\"') if lit.style == '"' else written
        text = self.text
        if lit.style.startswith("<<<") and any(c in replacement for c in "\r\n"):
            return None  # (a line would lose the heredoc's indentation, or close it)
        if lit.style != "'" and replacement.endswith("{") and text.startswith("$", end):
            return None  # (`{$` opens an interpolation)
        old = decode(text, lit)
        i, j = text_index(old, start), text_index(old, end)
        if i is None or j is None:
            return None
        body = text[lit.start:start] + written + text[end:lit.end]
        if not ends_as_written(body, lit.style):
            return None
        new, was = decode(body, Literal(0, len(body), lit.style, lit.indent)).text(), old.text()
        if len(_PARAMETER.findall(new)) != len(_PARAMETER.findall(was)):
            return None  # (a `:name` made or unmade)
        if "|" in was and bool(_PLURAL.search(new)) != bool(_PLURAL.search(was)):
            return None  # (`« | »` made `“|”`: one text made plural forms, or the other way)
        return written if new == was[:i] + replacement + was[j:] else None


def text_index(pieces: Pieces, offset: int) -> int | None:
    """Where the file's ``offset`` falls in the pieces' text (None: inside an escape or a placeholder); the INI
    reader's fixes ask it too."""
    n = 0
    for chars, start, end in pieces.parts:
        stop = end if end >= 0 else -end
        if offset <= start:
            return n
        if offset < stop:
            return n + offset - start if end >= 0 else None
        n += len(chars)
    return n
