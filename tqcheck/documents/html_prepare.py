"""The text of an HTML page made safe for html.parser (``html``): the same length and lines, each ``<`` it could not
close made text, and where a comment never closed starts."""

from __future__ import annotations

import re

NEUTRAL = "\x00"  # stands for a `<` html.parser must read as text (never in a decoded file)
_DECLNAME_RE = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")
_COMMENT_CLOSE_RE = re.compile(r"--\s*>")  # html.parser's
_RAW_TEXT_RE = re.compile(r"<(script|style)[\s/>]", re.I)
_SECTIONS = {name: r"]\s*]\s*>" for name in ("temp", "cdata", "ignore", "include", "rcdata")}
_SECTIONS.update({name: r"]\s*>" for name in ("if", "else", "endif")})


def _last_start(pattern: str, text: str) -> int:
    return max((m.start() for m in re.finditer(pattern, text)), default=-1)


def prepare(text: str) -> tuple[str, int]:
    """The text for html.parser, same length and lines, and where an unclosed comment starts.

    html.parser rescans to the end of the file for each ``<`` it cannot close (80 KB of ``<a <a``
    took a minute) and raises on ``<![`` sections it does not know.  Each such ``<`` becomes
    NEUTRAL (text); a comment never closed runs to the end of the file, as in a browser.
    """
    if "<" not in text:
        return text, len(text)
    last_gt = text.rfind(">")
    closers = {}
    chars = None
    comment = len(text)
    inside = 0  # the end of the comment being skipped: its text is the comment's, not markup
    for m in re.finditer("<", text):
        i = m.start()
        if i < inside:
            continue
        if text.startswith("<!--", i):
            close = _COMMENT_CLOSE_RE.search(text, i + 4)
            if close is None:
                comment = i
                break
            inside = close.end()
            continue
        raw = _RAW_TEXT_RE.match(text, i)
        if raw and i < last_gt:  # script or style: text up to its end tag, whatever it holds
            end = re.compile(rf"</\s*{raw.group(1)}\s*>", re.I).search(text, raw.end())
            inside = end.start() if end else len(text)
            continue
        if i > last_gt:
            neutral = True  # nothing can close it
        elif text.startswith("<![", i):
            name = _DECLNAME_RE.match(text, i + 3)
            pattern = _SECTIONS.get(name.group().lower()) if name else None
            if pattern is not None and pattern not in closers:
                closers[pattern] = _last_start(pattern, text)
            neutral = pattern is None or closers[pattern] < i + 3
        else:
            neutral = False
        if neutral:
            if chars is None:
                chars = list(text)
            chars[i] = NEUTRAL
    if comment < len(text):
        if chars is None:
            chars = list(text)
        chars[comment:] = ["\n" if ch == "\n" else " " for ch in text[comment:]]
    return ("".join(chars) if chars is not None else text), comment
