"""Advanced SubStation Alpha subtitles (``.ass``) and SubStation Alpha's (``.ssa``): Aegisub's scripts, fansubs,
machine-translated film subtitles.  The text of each ``Dialogue:`` event, the events of one sentence one segment, as
SubRip's cues are (``subtitles``).

An event is one line of the ``[Events]`` section, ``Dialogue: 0,0:00:01.60,0:00:04.20,Default,,0,0,0,,Its text``: its
fields are the ones the section's ``Format:`` line names (without one, ASS's and SSA's ten), the text the last, which
may hold commas (only the commas before it split fields). Only the text is read: not the layer, times, style, actor,
margins nor effect, nor a ``Comment:`` event, nor ``[Script Info]``, ``[V4+ Styles]``, ``[V4 Styles]``, ``[Fonts]`` and
``[Graphics]``, nor an event whose style names another language (a karaoke script's ``JP``, ``Romaji`` or ``Kanji``
lines beside its ``EN`` ones). Inline, override blocks (``{\\i1}``, ``{\\pos(320,50)}``) and a comment in braces
(``{TL note: …}``, which renderers hide) are markup, left out; ``\\N`` and ``\\n`` are line breaks, ``\\h`` a no-break
space, decoded; what follows ``{\\p1}`` up to ``{\\p0}`` is a vector drawing (``m 0 0 l 100 0``), not text. No fix
crosses any of these, and none writes a brace, a backslash or a line break, nor edits just after a backslash (it would
make ``\\`` and ``N`` a line break). An event that does not end a sentence (``.``, ``!``, ``?``, ``…``, then maybe a
closing quote) goes on in the next one, what lies between them read as one line break that no fix crosses; an event
with no text (an empty line, a drawing) is passed over. The language is ``[Script Info]``'s ``Language:`` when it has
one (some tools write it), else the one the path names (``film.fr.ass``): a file in another language is not checked. A
file with no ``[Script Info]`` or ``[Events]`` section is no ASS/SSA file (an error naming it); a ``Dialogue:`` line
with fewer fields than its format is said in a warning and not read. A folder run reads an ``.ass`` or ``.ssa`` file
only when a ``[Script Info]`` or ``[Events]`` line opens one of its sections (``is_script``): not QBE's intermediate
language (``test.ssa``) nor an assembler's output (``prog.ass``).
"""

from __future__ import annotations

import re

from . import bilingual, locales
from .builder import SegmentBuilder
from .model import Document
from .subtitles import LINE, ends_sentence, flush

_SECTION = re.compile(r"[ \t]*\[([^\]\r\n]*)\][ \t]*$")
_KEY = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*")  # `Dialogue: `, `Format: `, `Language: `
_FIELDS = 10  # ASS: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text (SSA: Marked, …)
_INLINE = re.compile(r"\{|\\[Nnh]")  # an override block or a comment opens; a line break; a hard space
_DRAWING = re.compile(r"\\p(\d+)")  # \p1 draws, \p0 stops (not \pos, \pbo)
_SHOWN = {"\\N": "\n", "\\n": "\n", "\\h": "\u00a0"}
_UNWRITABLE = frozenset("{}\\\r\n")
# the words of a style's name that say its lines are not English (fansubs' karaoke: `JP`, `Romaji`, `Kanji`, `CN`);
# not any language's code: `TS` is the typesetting, `TL` the translation, of a fansub's script
_OTHER_SCRIPTS = frozenset("romaji kanji kana hiragana katakana furigana jp jpn japanese cn chs cht chinese kr korean "
                           "french fr".split())
_SCRIPT_SECTION = re.compile(rb"^[ \t]*\[(?:script info|events)\][ \t]*$", re.I | re.M)


def parse_ass(doc: Document) -> None:
    text, builder = doc.text, SegmentBuilder(doc)
    escape = _escaper(text)
    section, fields, events, short, sections, style_at = "", _FIELDS, 0, [], set(), 3
    said = ("the language its path names", locales.named_language(doc.path))
    last_end = None
    for m in LINE.finditer(text):
        line = m.group(1)
        header = _SECTION.match(line)
        if header:
            section = header.group(1).strip().lower()
            sections.add(section)
        key = None if header else _KEY.match(line)
        if key and section == "script info" and key.group(1).lower() == "language" and line[key.end():].strip():
            said = ("the file's Language", line[key.end():].strip())
        elif key and section == "events" and key.group(1).lower() == "format":
            names = [name.strip().lower() for name in line[key.end():].split(",") if name.strip()]
            fields, style_at = len(names) or _FIELDS, names.index("style") if "style" in names else 3
        elif key and section == "events" and key.group(1).lower() == "dialogue":
            events += 1
            start = _text_start(text, m.start(1) + key.end(), m.end(1), fields)
            if start is None:
                short.append(doc.position(m.start())[0])
            elif not _other_language(text[m.start(1) + key.end():start].split(",")[style_at:style_at + 1]):
                last_end = _event(doc, builder, start, m.end(1), last_end, escape)
        if not m.group(2):
            break
    flush(doc, builder, escape)
    if not events and text.strip() and not sections & {"script info", "events"}:  # (as ``is_script``: a script
        from ..errors import InputError  # of styles only, or of Comment events, is one with nothing to check)

        raise InputError(doc.path, "not an ASS/SSA subtitle file: no [Script Info] or [Events] section")
    if short:
        doc.warn_lines(short[0], len(short), "a Dialogue line with fewer fields than its Format: not read")
    bilingual.declare_target(doc, *said)


def is_script(path: str) -> bool:
    """Is ``path`` a subtitle script: does a ``[Script Info]`` or ``[Events]`` line open a section in its first 8 KB?"""
    head = locales.file_head(path)
    if head is None:
        return False  # not on disk: the name alone does not say (.ssa is QBE's too)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as some tools write scripts
        head = head.decode("utf-16", "replace").encode()
    return _SCRIPT_SECTION.search(head.replace(b"\r", b"\n")) is not None


def _other_language(style: list) -> bool:
    """Does an event's style (a list of one name, or none) name another language than English: a karaoke script's
    romanised or original lines beside the English ones (``JP``, ``Romaji``, ``Kanji``, ``fr``; not ``EN``)?"""
    name = style[0].strip().lower() if style else ""
    return not _OTHER_SCRIPTS.isdisjoint(re.split(r"[\W_]+", name))


def _text_start(text: str, at: int, end: int, fields: int) -> int | None:
    """Where an event's text starts: after the comma that ends the field before it (None: too few fields)."""
    for _ in range(fields - 1):
        at = text.find(",", at, end)
        if at < 0:
            return None
        at += 1
    return at


def _event(doc: Document, builder: SegmentBuilder, start: int, end: int, last_end, escape):
    """Read one event's text into the sentence being built; where the sentence's text ends now (None: it ended)."""
    pieces = _pieces(doc.text, start, end)
    shown = "".join(p[0] for p in pieces)
    if not shown.strip():
        return last_end  # no text: an empty event, a drawing; the sentence goes on past it
    if last_end is not None and len(builder):  # the sentence goes on in this event
        builder.decoded("\n", last_end, pieces[0][1])
    for chars, a, b in pieces:
        if b == a + len(chars):  # a run of text as it is in the file (an escape is two characters read as one)
            builder.verbatim(chars, a)
        else:
            builder.decoded(chars, a, b)
    if ends_sentence(shown.rstrip()):
        flush(doc, builder, escape)
        return None
    return end


def _pieces(text: str, start: int, end: int) -> list:
    """An event's text as shown, ``(chars, start, end)`` a piece: verbatim runs and decoded escapes; override blocks,
    comments in braces and drawings are left out.  A brace no ``}`` closes on its line is text, and so is every brace
    after it (looked for once: a line of 40,000 ``{`` is read in linear time)."""
    pieces, at, drawing, closing = [], start, False, True
    for m in _INLINE.finditer(text, start, end):
        if m.start() < at:
            continue  # inside the block just read
        close = text.find("}", m.start(), end) if closing and m.group() == "{" else -1
        if m.group() == "{" and close < 0:
            closing = False
            continue
        if not drawing and m.start() > at:
            pieces.append((text[at:m.start()], at, m.start()))
        if close >= 0:
            scale = _DRAWING.findall(text, m.start(), close)
            drawing = int(scale[-1]) > 0 if scale else drawing
            at = close + 1
        else:
            if not drawing:
                pieces.append((_SHOWN[m.group()], m.start(), m.end()))
            at = m.end()
    if not drawing and end > at:
        pieces.append((text[at:end], at, end))
    return pieces


def _escaper(text: str):
    def escape(replacement: str, start: int, end: int) -> str | None:
        """A fix's replacement, or None where it would write markup: a brace, a backslash, a line break (which would
        end the event's line), or anything just after a backslash (``\\`` then ``N`` is a line break)."""
        if not _UNWRITABLE.isdisjoint(replacement) or start and text[start - 1] == "\\":
            return None
        return replacement

    return escape
