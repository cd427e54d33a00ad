"""Subtitles, SubRip (``.srt``), WebVTT (``.vtt``) and YouTube's SubViewer captions (``.sbv``: a timing line
``0:00:01.000,0:00:03.500``, then the text): the text of each cue, the cues of one sentence one segment.

A cue is a block of lines up to a blank line: its number (SubRip) or identifier (WebVTT), its timing line
(``00:00:01,600 --> 00:00:04,200``) and its text; only the text is read, so a timing's ``01,600`` is no French
decimal.  A subtitle shows a line or two at a time, and a sentence often runs over two or three cues: the cues
are joined into one segment until one ends a sentence (``.``, ``!``, ``?``, ``…``, then maybe a closing quote),
and what lies between two of them (the blank line, the next number and timing) reads as one line break that
no fix crosses.  A line break inside a cue stays one.  Inline, tags (``<i>``, ``<font color="…">``, WebVTT's
``<v Speaker>``, ``<c.yellow>``, ``<00:00:19.000>``) and SubRip's ASS overrides (``{\\an8}``) are markup, left out;
WebVTT's entities (``&amp;``, ``&nbsp;``) are read as what they stand for.  WebVTT's header and its ``NOTE``,
``STYLE`` and ``REGION`` blocks are not text.  The language is the one the path names (``film.fr.srt``,
``film.eng.vtt``): a file in another language is not checked.  A file with no timing line at all is no subtitle
file (an error naming it); a block without one is said in a warning and not read.
"""

from __future__ import annotations

import html
import re

from . import bilingual, locales
from .builder import SegmentBuilder
from .model import Document

LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_TIME = r"(?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3}"  # 00:00:01,600 (SubRip), 00:01.600 and 0:0:1.6 (WebVTT players)
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}")
_SBV_TIMING = re.compile(rf"\s*{_TIME}\s*,\s*{_TIME}\s*$")  # YouTube's SubViewer captions: 0:00:01.000,0:00:03.500
_VTT_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION")
_INLINE_SRT = re.compile(r"<[^<>\r\n]*>|\{\\[^{}\r\n]*\}")
_INLINE_VTT = re.compile(r"<[^<>\r\n]*>|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);")
_LANGUAGE = re.compile(r"^Language:[ \t]*(\S+)", re.M)  # a WebVTT header's (YouTube writes it)
_CLOSERS = " \t\"'”’»)]"  # what may follow a sentence's mark at the end of a cue (`Ukraine. »`, French-spaced)


def parse_subtitles(doc: Document) -> None:
    text, vtt = doc.text, doc.format == "vtt"
    timing = _SBV_TIMING if doc.format == "sbv" else _TIMING
    builder, inline = SegmentBuilder(doc), _INLINE_VTT if vtt else _INLINE_SRT
    cues, untimed, last_end = 0, [], None
    said = ("the language its path names", locales.named_language(doc.path))
    for lines in _blocks(text, timing):
        words = lines[0].group(1).split()
        if vtt and words and words[0] in _VTT_BLOCKS:  # the header, a note, a style sheet, a region: no text
            language = _LANGUAGE.search(text, lines[0].start(), lines[-1].end()) if words[0] == "WEBVTT" else None
            if language:
                said = ("the file's Language", language.group(1))
            cues += words[0] == "WEBVTT"  # a WebVTT file with no cue yet is a subtitle file with nothing to check
            continue
        timed = next((k for k, m in enumerate(lines[:2]) if timing.match(m.group(1))), None)
        if timed is None:
            untimed.append(doc.position(lines[0].start())[0])
            continue
        cues += 1
        body = lines[timed + 1:]
        if not body:
            continue
        if last_end is not None and len(builder):  # the sentence goes on in this cue
            builder.decoded("\n", last_end, body[0].start())
        for k, m in enumerate(body):
            if k:
                builder.decoded("\n", body[k - 1].end(1), m.start())
            _line(builder, text, m.start(1), m.end(1), inline)
        last_end = body[-1].end(1)
        if ends_sentence(_INLINE_SRT.sub("", body[-1].group(1))):
            flush(doc, builder)  # the cue ends a sentence
    flush(doc, builder)
    if not cues and text.strip():
        from ..errors import InputError

        raise InputError(doc.path, "not a subtitle file: no cue timing (00:00:01,000 --> 00:00:04,000) in it")
    if untimed:
        doc.warn_lines(untimed[0], len(untimed), "a block with no timing line (00:00:01,000 --> …): not read")
    bilingual.declare_target(doc, *said)


def ends_sentence(text: str) -> bool:
    """Does a cue's text end a sentence (``.``, ``!``, ``?``, ``…``, then maybe a closing quote)?"""
    return text.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def _blocks(text: str, timing=_TIMING):
    """The cues' blocks, as lists of line matches: lines up to a blank line, and a new block at a timing line
    that follows text (a file with no blank line between its cues), with the cue number just before it."""
    block: list = []
    for m in LINE.finditer(text):
        if not m.group(1).strip():
            if block:
                yield block
                block = []
            if not m.group(2):
                return
            continue
        if len(block) >= 2 and timing.match(m.group(1)):
            number = block.pop() if block[-1].group(1).strip().isdigit() else None
            yield block
            block = [number] if number else []
        block.append(m)
    if block:
        yield block


def _line(builder: SegmentBuilder, text: str, start: int, end: int, inline) -> None:
    at = start
    for m in inline.finditer(text, start, end):
        builder.verbatim(text[at:m.start()], at)
        if m.group().startswith("&"):
            builder.decoded(html.unescape(m.group()), m.start(), m.end())
        at = m.end()  # a tag is markup, not text: left out (a fix over it is dropped: the text is not verbatim there)
    builder.verbatim(text[at:end], at)


def flush(doc: Document, builder: SegmentBuilder, escape=None) -> None:
    """The sentence built so far, a segment of the document (a fix's replacement written by ``escape``)."""
    segment = builder.build(escape)
    if segment is not None:
        doc.segments.append(segment)
