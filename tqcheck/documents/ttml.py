"""Broadcast subtitles, TTML (``.ttml``, ``.dfxp``; EBU-TT-D, IMSC, Netflix's and many broadcasters' deliveries):
the text of each ``<p>`` of the body, the cues of one sentence one segment, as SubRip's are (``subtitles``).

``<span>`` styling is markup, left out (no fix crosses it); ``<br/>`` is a line break; the head (styles, layout,
metadata) is not text.  A cue that does not end a sentence (``.``, ``!``, ``?``, ``…``, then maybe a closing quote)
goes on in the next one, what lies between them read as one line break that no fix crosses.  The language is the
root's ``xml:lang``, else the one the path names.  The file is read by ``xmlfile`` (expat, with offsets); a fix is
written XML-escaped.
"""

from __future__ import annotations

import re

from . import bilingual, locales
from .bilingual import Pieces
from .model import PLACEHOLDER, Document
from .subtitles import ends_sentence
from .xmlfile import XmlReader

_BREAK = re.compile(r"<(?:\w+:)?br\b")


class TtmlReader(XmlReader):
    ROOTS = ("tt",)
    KIND = "a TTML subtitle"

    def __init__(self, doc: Document):
        super().__init__(doc)
        self.language = ""
        self.cues: list = []  # the pieces of each <p>, in order

    def start(self, element, parent):
        if element.name == "tt":
            self.language = element.attrs.get("xml:lang", "")
        elif element.name == "p" and any(e.name == "body" for e in self.stack):
            pieces = Pieces()
            self.cues.append(pieces)
            self.begin(pieces)

    def end(self, element):
        if element.name == "p":
            self.end_unit(self.here())


def _shown(pieces: Pieces, text: str, opaque: list) -> Pieces:
    """A cue as shown: a ``<br/>`` is a line break, other tags (``<span>``) nothing, their spans opaque."""
    out = Pieces()
    for chars, start, end in pieces.parts:
        if chars == PLACEHOLDER and end < 0:
            if _BREAK.match(text, start):
                out.decoded("\n", start, -end)
            else:
                opaque.append((start, -end))
            continue
        out.parts.append((chars, start, end))
    return out


def parse_ttml(doc: Document) -> None:
    reader = TtmlReader(doc)
    reader.read()
    bilingual.declare_language(doc, "the file's xml:lang", reader.language)
    sentence = Pieces()
    for cue in (_shown(c, doc.text, doc.opaque) for c in reader.cues):
        if not cue.text().strip():
            continue
        if sentence.parts:  # the sentence goes on: the gap between the two cues reads as a line break
            last = sentence.parts[-1]
            gap_start = last[2] if last[2] >= 0 else -last[2]
            sentence.decoded("\n", gap_start, cue.parts[0][1])
        sentence.parts += cue.parts
        if ends_sentence(cue.text()):
            _flush(doc, sentence, reader.escape)
            sentence = Pieces()
    _flush(doc, sentence, reader.escape)
    bilingual.finish(doc)


def _flush(doc: Document, pieces: Pieces, escape) -> None:
    segment = bilingual.segment(doc, pieces, escape)
    if segment is not None and segment.text.strip():
        doc.segments.append(segment)
