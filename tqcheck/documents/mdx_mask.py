"""The copy of an MDX, R Markdown or Quarto text that ``mdx`` gives the Markdown reader to read.

Each character of the copy comes with the offset in the file of what it stands for.  The copy is the text, line by
line, with MDX's syntax (``mdx_syntax``) replaced by what the Markdown reader reads as no text (nothing, a line
break, a bare HTML tag, an HTML comment that keeps a suppression) or as one opaque placeholder (``<img>`` for an
``{expression}`` in a sentence).  Line breaks are kept, each where it was, so that lines are counted alike;
a line is copied without its indent, since MDX reads none as code.  R Markdown and Quarto (``jsx`` False) lose
their ``:::`` fence lines, attribute blocks and shortcodes, and keep their indents.
"""

from __future__ import annotations

import re
from array import array

from . import mdx_syntax as syntax
from .directives import DIRECTIVE_RE
from .markdown import FRONT_MATTER_RE

_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*([^\s`]*)")
_DIV_FENCE = re.compile(r":{3,}")
_ESM = re.compile(r"(?:import|export) ")
_SPECIAL = re.compile(r"[`\\{}<]|\]\(")  # what may open MDX syntax, code, or a link target in a line
_BLANK_AFTER = re.compile(r"(?:\r\n?|\n)[ \t]*(?=\r|\n|\Z)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)?")
_EOL = re.compile(r"[\r\n]|\Z")
_BREAK = re.compile(r"[\r\n]")
_INDENT = re.compile(r"[ \t]*")
_CLOSING_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*")
_KEPT_TAGS = frozenset("code kbd samp var tt a img".split())  # what the Markdown reader makes of them: keep the name
_CODE_ELEMENTS = frozenset("pre script style".split())  # left out whole, what they hold too
_HEADING_ID = re.compile(r"\s*#[\w-]+\s*")


class Masker:
    """The copy the Markdown reader reads (``parts``) and, for each of its characters, its offset in the file."""

    def __init__(self, text: str, jsx: bool):
        self.text, self.jsx = text, jsx
        self.parts: list[str] = []
        self.origin = array("i" if len(text) < 2**31 - 1 else "q")
        self.fence = None  # (marker, length) of the open code fence
        self.wrapper: list = []  # the open `mdx-code-block` fences, read as MDX
        self.paragraph = False  # is the line before a paragraph's (ESM cannot interrupt one)?
        self.blank_at = -1  # the next blank line (cached: see ``limit``)
        self.dead: dict = {}  # kind -> the limit before which no more of that kind closes
        self.flow_dead = False  # an expression or ESM block never closed: no other is looked for

    def run(self) -> tuple[str, array]:
        text = self.text
        front = FRONT_MATTER_RE.match(text)
        pos = front.end() if front else 0
        self.copy(0, pos)
        while pos < len(text):
            pos = self.line(pos)
        return "".join(self.parts), self.origin

    # ------------------------------------------------------------------ output

    def copy(self, a: int, b: int) -> None:
        if b > a:
            self.parts.append(self.text[a:b])
            self.origin.extend(range(a, b))

    def put(self, chars: str, at: int) -> None:
        self.parts.append(chars)
        self.origin.extend([at] * len(chars))

    def breaks(self, a: int, b: int, filler: str = "") -> int:
        """Only the line breaks of ``[a, b)`` (each followed by ``filler``, so that no line is left blank);
        returns how many."""
        count = 0
        for m in re.finditer(r"\r\n?|\n", self.text[a:b]):
            self.copy(a + m.start(), a + m.end())
            if filler:
                self.put(filler, a + m.end())
            count += 1
        return count

    # ------------------------------------------------------------------ lines

    def line(self, pos: int) -> int:
        """Copy the line at ``pos`` as the Markdown reader must read it; returns where the next line starts."""
        text = self.text
        nxt = _LINE.match(text, pos).end()
        end = self._eol(pos)
        start = _INDENT.match(text, pos, end).end()
        indent = start if self.jsx else pos  # MDX has no indented code: a line is read without its indent
        if self.fence is not None:
            close = _CLOSING_FENCE.fullmatch(text, start, end)
            if close and close.group(1)[0] == self.fence[0] and len(close.group(1)) >= self.fence[1]:
                self.fence = None
                self.copy(indent, nxt)
            else:
                self.copy(pos, nxt)
            return nxt
        if start == end:
            self.paragraph = False
            self.copy(end, nxt)
            return nxt
        fence = _FENCE.match(text, start, end)
        if fence:
            marker = fence.group(1)
            if self.wrapper and marker[0] == self.wrapper[-1][0] and len(marker) >= self.wrapper[-1][1] \
                    and not text[fence.end():end].strip():
                self.wrapper.pop()  # the end of an mdx-code-block: its content was read
                return self._blank(pos, nxt)
            if self.jsx and fence.group(2) == "mdx-code-block":
                self.wrapper.append((marker[0], len(marker), self._closing_fence(marker, nxt)))
                return self._blank(pos, nxt)
            if marker[0] == "~" or "`" not in text[fence.end():end]:
                self.fence = (marker[0], len(marker))
                self.paragraph = False
                self.copy(indent, nxt)
                return nxt
        if _DIV_FENCE.match(text, start, end):  # :::note Title, :::, ::: {.callout-note}
            return self._blank(pos, nxt)
        if self.jsx:
            if start == pos and not self.paragraph and not self.flow_dead and _ESM.match(text, pos, end):
                close = syntax.js_end(text, pos, self._wrapper_end(pos), esm=True)
                if close >= 0:
                    return self._blank(pos, _LINE.match(text, close).end())
                self.flow_dead = True
            if text[start] in "<{":
                close = self._flow(start)
                if close is not None:
                    return close
        self.paragraph = text[start] != "#"
        stop = self.prose(indent, end)
        return self._copy_break(stop)

    def _wrapper_end(self, pos: int) -> int:
        """Where the open ``mdx-code-block`` fence closes (ESM in it ends there), or the text's end."""
        return self.wrapper[-1][2] if self.wrapper else len(self.text)

    def _closing_fence(self, marker: str, pos: int) -> int:
        """Where a line of ``marker``'s character alone, as long or longer, closes the fence (looked for once)."""
        fence = rf"(?<![^\r\n])[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*(?=[\r\n]|\Z)"
        close = re.compile(fence).search(self.text, pos)
        return close.start() if close else len(self.text)

    def _eol(self, pos: int) -> int:
        """The end of the content of the line at ``pos``."""
        return _EOL.search(self.text, pos).start()

    def _copy_break(self, stop: int) -> int:
        """Copy the line break at ``stop`` (the end of a line's content); returns where the next line starts."""
        m = _LINE.match(self.text, stop)
        self.copy(stop, m.end())
        return m.end()

    def _blank(self, pos: int, nxt: int) -> int:
        """Nothing of ``[pos, nxt)`` but its line breaks: a line (or lines) of no text."""
        self.paragraph = False
        self.breaks(pos, nxt)
        return nxt

    def limit(self, pos: int) -> int:
        """The end of the paragraph at ``pos``: the end of the line before the next blank line (or the text's end);
        a construct in a sentence cannot run past it."""
        if self.blank_at < pos:
            m = _BLANK_AFTER.search(self.text, pos)
            self.blank_at = m.start() if m else len(self.text)
        return self.blank_at

    def _flow(self, start: int) -> int | None:
        """Lines of tags and expressions only (``<TabItem value="a">``, ``{/* note */}``, ``<Tabs> </Tabs>``):
        none of it is text.  Returns where the next line starts, or None when the line holds text too."""
        text, p, found = self.text, start, []
        while p < len(text) and text[p] in "<{":
            if text[p] == "<":
                limit = self.limit(p)
                if self.dead.get("<") == limit:  # (as in a sentence: no tag closes before the paragraph's end)
                    return None
                end, name, kind = syntax.tag_end(text, p, limit)
                self.dead["<"] = limit if end == syntax.LIMIT else self.dead.get("<")
                if end >= 0 and kind == "open" and name.lower() in _CODE_ELEMENTS:
                    close = None if self.dead.get(name) else re.compile(rf"</\s*{name}\s*>").search(text, end)
                    self.dead[name] = close is None  # (none later either)
                    end = close.end() if close else len(text)
            else:
                end = syntax.js_end(text, p, len(text)) if not self.flow_dead else syntax.FAILED
                self.flow_dead = self.flow_dead or end == syntax.LIMIT
            if end < 0:
                return None
            found.append((p, end))
            p = end
            while p < len(text) and text[p] in " \t":
                p += 1
        if p < len(text) and text[p] not in "\r\n":
            return None
        self.paragraph = False
        for a, b in found:
            if text[a] == "{" and self._directive(a, b):
                continue
            self.breaks(a, b)
        return self._copy_break(p)

    def _directive(self, a: int, b: int) -> bool:
        """``{/* tqcheck: ... */}`` as the Markdown reader reads ``<!-- tqcheck: ... -->``."""
        comment = syntax.only_comments(self.text[a + 1:b - 1])
        if comment is None or not DIRECTIVE_RE.match(comment) or "--" in comment:
            return False
        inner = self.text.index("/*", a) + 2
        self.put("<!--", a)
        self.copy(inner, inner + len(comment))
        self.put("--", b - 2)
        self.put(">", b - 1)
        return True

    # ------------------------------------------------------------------ inline

    def prose(self, pos: int, end: int) -> int:
        """Copy a line's text from ``pos``, MDX's syntax in it set aside; a construct may run on to later lines.
        Returns the end of the last line's content."""
        text, held = self.text, pos  # held: the start of the text not yet copied
        while True:
            m = _SPECIAL.search(text, pos, end)
            if m is None:
                self.copy(held, end)
                return end
            c, i = m.group(), m.start()
            pos = i + len(c)
            if c == "\\":
                pos = min(i + 2, end)
            elif c == "`":
                pos = self._code_span(i)
            elif c == "](":
                pos = syntax.link_target_end(text, pos, end)
            elif c in "{<":
                close = self._construct(i, held)
                if close is not None:
                    held = pos = close
            if pos > end:  # a code span or construct that ran on to a later line
                end = self._eol(pos)

    def _code_span(self, i: int) -> int:
        """Past the code span opened at ``i`` (or past its backticks, when none closes it)."""
        run, limit = syntax.backticks(self.text, i), self.limit(i)
        if self.dead.get(run) != limit:
            end = syntax.code_span_end(self.text, i, run, limit)
            if end >= 0:
                return end
            self.dead[run] = limit  # no run of that length is left in the paragraph
        return i + run

    def _construct(self, i: int, held: int) -> int | None:
        """A tag or an expression at ``i`` in a sentence: what it stands for is written; returns its end."""
        text, limit = self.text, self.limit(i)
        kind = text[i]
        if self.dead.get(kind) == limit:
            return None
        if kind == "{":
            end, name, role = syntax.js_end(text, i, limit), "", ""
        else:
            end, name, role = syntax.tag_end(text, i, limit)
        if end == syntax.LIMIT:
            self.dead[kind] = limit
        if end < 0:
            return None
        self.copy(held, i)
        if kind == "<":
            self._tag(i, end, name, role)
        elif not self._directive(i, end):
            body = text[i + 1:end - 1]
            if syntax.only_comments(body) is not None or _HEADING_ID.fullmatch(body):
                if _BREAK.search(text, i, end):  # a comment of many lines: an HTML one, no line left blank
                    self.put("<!--", i)
                    self.breaks(i, end, "x")
                    self.put("-->", end - 1)
            else:
                self.put("<img", i)  # an opaque placeholder, as the Markdown reader makes of an image
                self.breaks(i, end, "a")
                self.put(">", end - 1)
        return end

    def _tag(self, i: int, end: int, name: str, role: str) -> None:
        """A JSX tag in a sentence: a bare HTML tag of the same role (the Markdown reader adds no text for it)."""
        keep = name if name in _KEPT_TAGS else "x"
        if role == "close":
            self.put("</" + keep, i)
            self.breaks(i, end)
        else:
            self.put("<" + keep, i)
            self.breaks(i, end, "a")
        self.put("/>" if role == "self" else ">", end - 1)

