"""French that is meant to be there: a title of a work, a name, a term mentioned rather than used.

The classifier finds French words; this decides, from where they stand in the document, which ones
an English writer put there on purpose:

- in italics: Markdown ``*…*`` / ``_…_``, HTML ``<i>``, ``<em>``, ``<cite>`` (a title, *La Peste*);
- alone in brackets: ``big-box stores [magasins-boîtes]`` (the original, given on purpose);
- quoted or in parentheses and capitalised, short and without final punctuation
  (``“La Vie en rose”``: a title);
- a single word quoted on its own (``the “savoir-être” of the elite``: a term mentioned);
- a single word that is a link's whole text (``[mise](https://…)``: a tool or a page named).

No table: the signs are typographic.  (The document readers could later hand the emphasis spans
over with the segments instead of this scan of the raw text.)
"""

from __future__ import annotations

from ..common import Pattern, line_bounds

_ITALIC_HTML = Pattern(r"(?i)<(i|em|cite)\b[^>]*>")
_OPEN_QUOTES = "“\"«‘"
_CLOSE_QUOTES = "”\"»’"


def exempt(doc, seg, i, j, code) -> bool:
    """A title of a work or a name: in italics (Markdown or HTML), quoted or in parentheses with a
    capital; a single word quoted on its own, or French alone in brackets (a term mentioned, not used)."""
    start, end = seg.span(i, j)
    text = doc.text
    if doc.format == "markdown" and _in_markdown_emphasis(text, start, end):
        return True
    if doc.format == "html" and _in_html_italics(text, start, end):
        return True
    span = seg.text[i:j]
    if code == "TQ403" and any(seg.text[a:b].strip() == span for a, b in getattr(seg, "navigation", ())):
        return True  # `[mise](https://…)`: a link's whole text names a tool or a page
    if enclosing(seg.text, i, j, "([", ")]") == span:
        return True  # big-box stores [magasins-boîtes]: the French original given on purpose
    inner = enclosing(seg.text, i, j, _OPEN_QUOTES, _CLOSE_QUOTES) or enclosing(seg.text, i, j, "(", ")")
    if inner is None:
        return False
    if code == "TQ403" and inner == span:
        return True  # “savoir-être”: the author quotes the French term on purpose
    return inner[0].isupper() and inner[-1] not in ".!?…,;:" and len(inner.split()) <= 8


def _in_markdown_emphasis(text, start, end) -> bool:
    line_start, line_end = line_bounds(text, start, end)
    for mark in ("*", "_"):
        left = text.rfind(mark, line_start, start)
        right = text.find(mark, end, line_end)
        if left < 0 or right < 0:
            continue
        opener_ok = left + 1 < len(text) and not text[left + 1].isspace()
        closer_ok = right > 0 and not text[right - 1].isspace()
        # the mark before is an opener (an even number of marks before it on the line) and none between
        if opener_ok and closer_ok and text.count(mark, line_start, left) % 2 == 0 \
                and text.count(mark, left + 1, right) == 0:
            if mark == "_" and (left > 0 and text[left - 1].isalnum()
                                or right + 1 < len(text) and text[right + 1].isalnum()):
                continue  # snake_case, not emphasis
            return True
    return False


def _in_html_italics(text, start, end) -> bool:
    window = text[max(0, start - 400):start]
    for m in _ITALIC_HTML.finditer(window):
        tag = m.group(1).lower()
        if f"</{tag}" not in window[m.end():].lower() and f"</{tag}" in text[end:end + 400].lower():
            return True
    return False


def enclosing(text, i, j, opens, closes):
    """The stripped text between the quotes (or brackets) around ``text[i:j]`` on its line, or None."""
    line_start, line_end = line_bounds(text, i, j)
    left = max(text.rfind(q, line_start, i) for q in opens)
    if left < 0:
        return None
    rights = [r for r in (text.find(q, j, line_end) for q in closes) if r >= 0]
    if not rights:
        return None
    right = min(rights)
    inner = text[left + 1:right]
    if any(q in inner for q in opens + closes):
        return None
    return inner.strip() or None
