"""Emphasis read from the file: a segment holds its text without the markup, so where a label set off in bold or
italics starts and ends is read in the document's own text, around the segment's offsets.

``emphasised(doc, seg, j, opening)`` is the end, in ``seg.text``, of the emphasis that opens right before
``seg.text[j]`` (between the character before it and it, in the file) with a mark ``opening`` matches whole, or
None: the label is the characters that follow one another in the file from ``j`` (at most ``LONGEST``), and the
closing mark (``**`` for ``**``, ``</b>`` for ``<b …>``) must come right after them.  Used by TQ304's labels after
their noun (``calques.label_order``) and by the untranslated labels in bold (``untranslated.emphasis``).
"""

from __future__ import annotations

from .patterns import Pattern

LONGEST = 60  # characters of a label
# Markdown's and HTML's marks of emphasis (an HTML tag: its name, to close it); a segment's first word may have other
# marks before its emphasis, from its line's start (a list item's `- **Name**`): only the last is read there
_ANY, _BOLD = r"\*\*|__|\*|_|<(?i:(b|strong|em|i))(?:\s[^<>]*)?>", r"\*\*|__|<(?i:(b|strong))(?:\s[^<>]*)?>"
ANY, BOLD = (Pattern(_ANY), Pattern(rf"(?:{_ANY})\Z")), (Pattern(_BOLD), Pattern(rf"(?:{_BOLD})\Z"))


def emphasised(doc, seg, j: int, opening=ANY) -> int | None:
    """The end in ``seg.text`` of the emphasis opening right before ``seg.text[j]``, or None (module doc)."""
    text, here = seg.text, seg.offset(j)
    if j:  # the marks between the character before and this one, whole
        mark = opening[0].fullmatch(doc.text, seg.offset(j - 1) + 1, here)
    else:  # from the line's start, looked for near (a file of one line is not scanned again for each segment)
        near = max(0, here - 200)
        mark = opening[1].search(doc.text, max(near, doc.text.rfind("\n", near, here) + 1), here)
    if mark is None:
        return None
    closing = f"</{mark[1].lower()}>" if mark[1] else mark[0]
    end = j
    while end < len(text) and end - j < LONGEST and seg.offset(end) == here + end - j:
        end += 1  # the label: the characters that follow one another in the file
    after = seg.offset(end - 1) + 1 if end > j else -1
    return end if end > j and doc.text[after:after + len(closing)].lower() == closing else None
