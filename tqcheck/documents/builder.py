"""Build a ``Segment`` piece by piece: the one mechanism the Markdown and HTML readers share.

A reader adds verbatim text, decoded text (an entity, an escape: each character
stands for the whole source span), opaque tokens (inline code, an image: one
``PLACEHOLDER`` that stands for the whole element) and navigation ranges, then
``build()`` gives the segment, or None when it holds no prose.
"""

from __future__ import annotations

from array import array

from .model import NOT_PROSE, PLACEHOLDER, Document, Segment, is_prose

# a segment that is only these marks (and spaces) is a navigation glyph, not a quotation
_LONE_MARKS = frozenset("«»‹›")


class SegmentBuilder:
    def __init__(self, doc: Document):
        self.doc = doc
        # offsets as machine integers: a Python list of ints costs 36 bytes a character
        self.typecode = "i" if len(doc.text) < 2**31 - 1 else "q"
        self.generation = 0  # counts built segments: a reader's marker into an old one is stale
        self.after: list[Segment] = []  # segments of their own found inside the one being built (``add_after``)
        self._reset()

    def _reset(self) -> None:
        self.parts: list[str] = []
        self.pos = array(self.typecode)
        self.ends: dict[int, int] = {}
        self.nav: list[list[int]] = []
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def verbatim(self, chars: str, offset: int) -> None:
        """``chars`` as they are in the file from ``offset``."""
        n = len(chars)
        self.parts.append(chars)
        self.pos.extend(range(offset, offset + n))
        self.size += n

    def decoded(self, chars: str, start: int, end: int) -> None:
        """``chars`` decoded from the file's ``[start, end)`` (an entity, a line break)."""
        n = len(chars)
        if end != start + 1 or n != 1:
            for k in range(self.size, self.size + n):
                self.ends[k] = end
        self.parts.append(chars)
        self.pos.extend([start] * n)
        self.size += n

    def opaque(self, start: int, end: int) -> None:
        """One PLACEHOLDER for the element at ``[start, end)``: never flagged, never edited."""
        self.doc.opaque.append((start, end))
        self.decoded(PLACEHOLDER, start, end)

    def line_break(self, start: int, end: int) -> None:
        """A line break that is markup (``<br>`` at ``[start, end)``): a ``\n`` of the segment that no fix edits."""
        self.doc.opaque.append((start, end))
        self.decoded("\n", start, end)

    def navigation(self, i: int, j: int) -> None:
        """Mark text ``[i, j)`` of the segment being built as navigation context."""
        if j <= i:
            return
        if self.nav and self.nav[-1][1] >= i:
            self.nav[-1][1] = max(self.nav[-1][1], j)
        else:
            self.nav.append([i, j])

    def last(self, n: int) -> str:
        """The last ``n`` characters added (cheap: the parts are joined only from the end)."""
        out, size = [], 0
        for part in reversed(self.parts):
            out.append(part)
            size += len(part)
            if size >= n:
                break
        return "".join(reversed(out))[-n:] if n else ""

    def build(self, escape=None) -> Segment | None:
        """The segment built so far (None if it holds no prose); the builder starts a new one.  With ``escape``, a
        ``FileSegment`` whose fixes are written through it (LaTeX's escapes, AsciiDoc's markup, XML's entities)."""
        text = "".join(self.parts)
        segment = None
        if is_prose(text):
            nav = [tuple(r) for r in self.nav]
            if _LONE_MARKS.issuperset(text.strip("".join(NOT_PROSE))):
                nav = [(0, len(text))]  # a guillemet alone in its element
            if escape is None:
                kind, extra = Segment, {}
            else:  # (imported here: Markdown, read at every cold start, has no escaped segments)
                from .bilingual import FileSegment

                kind, extra = FileSegment, {"escape": escape}
            segment = kind(text, self.pos[0], self.pos, self.doc.text, self.ends or None, tuple(nav), **extra)
        self.generation += 1
        self._reset()
        return segment

    def discard(self) -> None:
        self.generation += 1
        self.after = []
        self._reset()

    def add_after(self, segment: Segment | None) -> None:
        """A segment of its own inside the one being built (an image's alt text), to follow it in the document."""
        if segment is not None:
            self.after.append(segment)

    def take_after(self) -> list[Segment]:
        """The segments ``add_after`` kept, for the reader to add after the one it built."""
        out, self.after = self.after, []
        return out

    def suspend(self) -> tuple:
        """Set the segment being built aside (a footnote starts inside it) and start an empty one."""
        held = (self.parts, self.pos, self.ends, self.nav, self.size)
        self.generation += 1
        self._reset()
        return held

    def resume(self, held: tuple) -> None:
        """Go on with a segment ``suspend`` set aside (what was built since is dropped: build it first)."""
        self.generation += 1
        self.parts, self.pos, self.ends, self.nav, self.size = held
