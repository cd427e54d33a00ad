"""The articles of a document, where the file shows them (no rule): the scope of TQ202 within a file,
of TQ203, and of TQ105 in plain text.

A file may hold many texts by different hands: a quotation collection (fortune files: entries parted
by `%` lines), a digest of news stories, a changelog.  A name or a spelling convention belongs to one
text; two texts of one file need not agree.  ``articles`` gives where each text starts, from what the
file shows:

- a line that is only a separator: `%` or `%%` (fortune files), or three or more of one of `- * = _ ~ #`
  (with spaces between them or not: `* * *`, `-----`);
- in Markdown, HTML and reST, a heading of the highest level the document repeats (``# One`` and ``# Two``
  part two articles; a single ``# Title`` above ``## Sections`` parts the sections);
  A file so parted is a collection (``collection``): TQ202 does not compare it with other files;
- in plain text, a changelog entry's first line (Debian's ``pkg (1.2-1) unstable; urgency=low``, a GNU
  ChangeLog's ``2023-02-09  Name  <mail>``, ``git log``'s ``commit <sha>`` or ``Author: Name <mail>``, ``git
  shortlog``'s ``Name (5):``) or a NEWS file's release heading
  (``* Version 3.7.9 (released 2023-02-09)``, ``dbus 1.13.6 (2018-08-02)``, ``Noteworthy changes in release
  9.1``): a changelog is written by many hands, an entry by one;
- in plain text written one sentence a line (WMT-style: many articles, one segment a line, no blank
  line), a title line: short, no closing punctuation, after a line that closed a sentence.
- in plain text written one text a line (a corpus file: a story or a review a line, no blank line), each
  line, where nearly every line is a paragraph of three sentences or more.

Blank lines alone part paragraphs, not articles.  The ``spelling-scope`` option says ``file`` to read
every file as one text whatever it shows (the default, ``article``, is the above).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, count, repeat
from operator import add, gt

from ...documents import MARKDOWN
from ..common import Pattern
from .tokens import layout, memo

OPTION = "spelling-scope"  # validated with the configuration (config.OPTIONS)

# line patterns: no match crosses a newline, so after the first line each is searched as "\n" + the pattern, a
# literal the regex engine skips to fast, rather than as `^` in MULTILINE mode, tried at every character
_SEPARATOR_LINE = r"[ \t]*(?:%%?|([-*=_~#])(?:[ \t]*\1){2,})[ \t]*$"
_SEPARATOR = Pattern(_SEPARATOR_LINE, re.M)  # matched at 0 (the first line)
_SEPARATOR_AFTER = Pattern("\n" + _SEPARATOR_LINE, re.M)  # the other lines
_ENTRY_AFTER = Pattern(r"\n(?:[\w.+~-]+ \([^()\s]+\) [^;\n]*; urgency="
                 r"|\d{4}-\d\d-\d\d[ \t]+\S[^\n]*<[^<>\s@]+@[^<>\s]+>[ \t]*$"
                 r"|commit [0-9a-f]{7,40}[ \t]*$|Author:[ \t]+[^\n<]*<[^<>\s@]+@[^<>\s]+>[ \t]*$"
                 r"|[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,4}[ \t]\(\d{1,4}\):[ \t]*$"
                 r"|[*=# \t]*(?:(?i:version|release|(?:overview of |noteworthy )?changes in)"
                 r"(?:[ \t]+(?:(?i:version|release)|[A-Z][\w.+-]*)){0,2}[ \t]+"
                 r"v?\d+(?:\.\d+)+\b(?:[ \t]*(?:\([^)\n]*\)|\[[^\]\n]*\]|[:=*#-]+))*(?:[;,][^\n]{0,60}:)?"
                 r"|[\w.+-]+[ \t]+v?\d+(?:\.\d+)+[ \t]+\(\d{4}-\d\d-\d\d\)[ \t]*:?)[ \t]*$)", re.M)
_ATX = Pattern(r"[ \t]{0,3}(#{1,6})(?:[ \t]|$)")
_ASCIIDOC_TITLE = Pattern(r"(={1,6}|#{1,6})[ \t]")  # == Section (a level 0 = Title is the document's)
_SETEXT = Pattern(r"[^\n]*\n[ \t]{0,3}(=+|-+)[ \t]*(?:\n|$)")
_HTML_HEADING = Pattern(r"<h([1-6])\b[^>]*>\s*$", re.I)
# a title line of one-sentence-a-line text: no sentence end, at most 12 words
_CLOSED = tuple(".!?:;,…\"”’')»]")
_TITLE_WORDS = 12
_PARAGRAPH = 300  # characters: a line this long that holds three sentences is a paragraph
_SENTENCE_BREAK = Pattern(r"[.!?][\"”’)]*[ \t]+(?=[A-Z\"“‘(])")
_LINES_FOR_TITLES = 20  # a text with fewer lines than this is one article whatever its lines look like


def articles(doc, ctx=None) -> list:
    """The offsets in ``layout``'s text where an article starts after the first (sorted, maybe empty)."""
    return _parted(doc, ctx)[0]


def collection(doc, ctx=None) -> bool:
    """Is the file a collection of texts parted by separator lines (a fortune file)?  Its texts are
    by many hands: TQ202 does not compare its spellings with other files' either."""
    starts, separated = _parted(doc, ctx)
    return bool(starts) and separated


def _parted(doc, ctx) -> tuple:
    """``(article starts, parted by separator lines?)``, found once per document."""
    if ctx is not None and ctx.option(OPTION) == "file" or not doc.segments:
        return [], False
    shared = memo(doc)
    if "articles" not in shared:
        shared["articles"] = _articles(doc)
    return shared["articles"]


def article_of(starts: list, position: int) -> int:
    """The index of the article holding ``position`` (in the coordinates ``starts`` is in)."""
    return bisect_right(starts, position)


def articles_of(starts: list, positions: list) -> list:
    """The indexes of the articles holding ``positions`` (ascending; ``article_of`` of each), sorted, each
    once.  The first and the last in one article, so are those between them: most words of a file."""
    first = bisect_right(starts, positions[0])
    if first == bisect_right(starts, positions[-1]):
        return [first]
    return sorted(set(map(bisect_right, repeat(starts), positions)))


def document_starts(doc, starts: list) -> list:
    """``articles`` as document offsets (for spans the detectors hold as document offsets)."""
    _, offsets = layout(doc)
    out = []
    for p in starts:
        k = bisect_right(offsets, p) - 1
        out.append(doc.segments[k].offset(p - offsets[k]))
    return out


def _articles(doc) -> tuple:
    joined, offsets = layout(doc)
    if doc.format in MARKDOWN or doc.format in ("html", "rst", "asciidoc"):
        return _headings(doc, offsets), False
    # a changelog entry opening the file starts no article after the first
    entries = [m.start() + 1 for m in _ENTRY_AFTER.finditer(joined)] if doc.format == "text" else []
    starts = ([0] if _SEPARATOR.match(joined) else []) + [m.start() + 1 for m in _SEPARATOR_AFTER.finditer(joined)]
    if starts:
        return sorted(set(starts).union(entries)), True
    if doc.format == "text":
        starts = _titles(joined) or (_paragraph_lines(joined) if len(doc.segments) == 1 else [])
    return sorted(set(starts).union(entries)) if entries else starts, False


def _line_start(doc, at: int) -> int:
    return doc.line_starts[doc.position(at)[0] - 1]


def _headings(doc, offsets) -> list:
    """Layout offsets of the segments that are headings of the level the document repeats first."""
    text = doc.text
    levels = []
    styles: list = []  # reST: a title's level is the rank of its adornment's first use
    setext: dict = {}  # Markdown: line start -> the setext heading's match there (or None), once a line
    if doc.format == "rst":
        from ...documents.rst import title_style  # (the reST reader's: imported by a reST document only)
    for k, seg in enumerate(doc.segments):
        at = seg.offset(0)
        level = None
        if doc.format == "rst":
            style = title_style(text, seg.offset(len(seg.text) - 1) + 1) if "\n" not in seg.text else None
            if style is not None:
                styles += [style] if style not in styles else []
                level = min(styles.index(style) + 1, 6)
        elif doc.format == "asciidoc":
            m = _ASCIIDOC_TITLE.match(text, _line_start(doc, at))
            level = len(m.group(1)) if m is not None and m.end() <= at else None
        elif doc.format in MARKDOWN:
            line = _line_start(doc, at)  # (by bisection: a line may hold thousands of segments, images' alt texts)
            m = _ATX.match(text, line)
            if m is not None and text[m.end():at].strip(" \t#") == "":
                level = len(m.group(1))
            else:
                if line not in setext:
                    setext[line] = _SETEXT.match(text, line)
                m = setext[line]
                if m is not None and m.end(0) > at:
                    level = 1 if m.group(1)[0] == "=" else 2
        else:
            m = _HTML_HEADING.search(text, max(0, at - 200), at)
            if m is not None:
                level = int(m.group(1))
        if level is not None:
            levels.append((level, offsets[k]))
    for level in range(1, 7):
        found = [p for lv, p in levels if lv == level]
        if len(found) > 1:
            return [p for p in found if p > 0]
    return []


def _paragraph_lines(joined: str) -> list:
    """The lines of a text written one text a line (a corpus: one story a line, no blank line in the
    file): where the file has ``_LINES_FOR_TITLES`` lines or more and at least 4 in 5 are paragraphs
    (``_PARAGRAPH`` characters or more, three sentences or more), each line starts a text."""
    lines = joined.split("\n")
    full = [line for line in lines if line.strip()]
    if len(full) < _LINES_FOR_TITLES:
        return []  # a few paragraphs a line: one article saved as plain text
    paragraphs = sum(1 for line in full if len(line) >= _PARAGRAPH and len(_SENTENCE_BREAK.findall(line)) >= 2)
    if paragraphs < 0.8 * len(full):
        return []
    return [at for n, (at, line) in enumerate(zip(_line_starts(lines), lines)) if n and line.strip()]


def _line_starts(lines: list) -> list:
    """The offset of each of ``lines`` in the text they were split from."""
    if not lines:
        return []
    # the lengths of the lines before each, plus one newline for each of them
    return list(map(add, accumulate(map(len, lines[:-1]), initial=0), count()))


def _titles(joined: str) -> list:
    """Title lines of one-sentence-a-line text (see the module docstring); none in other text."""
    lines = joined.split("\n")
    if len(lines) < _LINES_FOR_TITLES:
        return []
    closed = list(map(str.endswith, map(str.rstrip, lines), repeat(_CLOSED)))
    if sum(closed) < len(lines) // 2:
        return []  # not sentences a line: verse, lists, wrapped prose
    at = _line_starts(lines)
    starts = []
    # only a line that does not close a sentence after one that does (``closed[n - 1] > closed[n]``) is read
    for n in compress(count(1), map(gt, closed, closed[1:])):
        stripped = lines[n].strip()
        if stripped[:1].isupper() and len(stripped.split()) <= _TITLE_WORDS:
            starts.append(at[n])
    return starts
