"""Pair a translated article with its source (``tqcheck check a.en.md --source a.fr.md``).

``attach(doc, source)`` fills ``doc.pairs`` from two read documents (the runner reads both; nothing
here opens a file): files with the same number of lines, blank in the same places, are paired line by
line (confidence 1); documents with as many segments (paragraphs, headings, cells) of translated lengths, segment
by segment; otherwise both sides are split into sentences, within their segments (a sentence never crosses a
paragraph), and aligned by ``tqcheck.align``, each pair with the aligner's confidence.  A pair's
target is a ``Segment`` over the target sentences (two sentences of a 1-2 bead are one segment), so
findings point into the target file; ``source_segment`` points into the source file.

``source_for(paths, source, files)`` pairs the checked files with source files: a file with a file,
a folder's files with the files of the same name in the source folder (language tags such as
``.en``/``.fr`` aside: ``mt/a.en.md`` with ``fr/a.fr.md``, Joomla's ``en-GB.com_foo.ini`` with ``fr-FR.com_foo.ini``).
"""

from __future__ import annotations

import os
import re
from array import array
from dataclasses import replace

from .. import align
from .model import Document, Pair, Segment

_LANGUAGE_TAG = re.compile(r"(?<=[\w])[._-](?:en|fr|eng|fra|fre|english|french)(?=[._-]|$)", re.I)
_LEADING_TAG = re.compile(r"(?:^|(?<=/))(?:en|fr)(?:[-_][A-Za-z]{2})?\.(?=[^/]*\.)", re.I)  # Joomla's en-GB.com_x.ini


def attach(doc: Document, source: Document) -> None:
    doc.source_path = source.path
    if doc.units is not None and source.units is not None:  # resource files: a text with the source's of its key
        # a source that pairs its own texts with their French (``title: {en: …, fr: …}``, a catalog keyed by its
        # French): a key's French is that, not the source's English text
        own = {p.id: p.source_segment for p in source.pairs if p.target is not None and p.source_segment is not None}
        doc.pairs = [Pair(src.text, seg, 1.0, key, src) for key, seg in doc.units.items()
                     if (src := own.get(key) or source.units.get(key)) is not None]
        # a key of the source with no text here: the program falls back, most often on the source's French (TQ608)
        doc.pairs += [Pair(src.text, None, 1.0, key, src) for key, src in source.units.items() if key not in doc.units]
        return
    if _line_aligned(doc.text, source.text):
        lines = _by_line(doc, source)
        if align.plausible([(sum(len(s.text) for s in src), sum(len(t.text) for t in tgt)) for _, src, tgt in lines]):
            doc.pairs = [pair for line, src, tgt in lines for pair in _line_pairs(line, src, tgt)]
            return  # else the same line count is chance: the paragraphs differ (aligned by sentence below)
    src, tgt = source.segments, doc.segments
    if len(src) == len(tgt) > 1 and align.plausible([(len(s.text), len(t.text)) for s, t in zip(src, tgt)]):
        # as many paragraphs, headings and cells, of translated lengths: the translation kept the page's blocks,
        # and a sentence is aligned within its block (not across a heading or a table's rows: LinShare's guide)
        doc.pairs = [pair for k, (s, t) in enumerate(zip(src, tgt), 1) for pair in _line_pairs(k, [s], [t], "block")]
        return
    doc.pairs = aligned(_sentences(source), _sentences(doc))


def _line_pairs(line, src, tgt, unit="line") -> list:
    """The pairs of one line (or ``unit``) and its translation: itself, or its sentences aligned (a paragraph a
    line)."""
    src_sentences = [sub_segment(s, i, j) for s in src for i, j in align.sentences(s.text)]
    tgt_sentences = [sub_segment(t, i, j) for t in tgt for i, j in align.sentences(t.text)]
    if len(src_sentences) > 1 or len(tgt_sentences) > 1:
        return [replace(p, id=f"{unit} {line}, {p.id}") for p in aligned(src_sentences, tgt_sentences)]
    return [Pair(" ".join(s.text for s in src), join(tgt) if tgt else None, 1.0, f"{unit} {line}",
                 join(src) if src else None)]


def aligned(sources: list, targets: list) -> list:
    """Pairs of source and target sentences (segments), as the aligner pairs them."""
    pairs = []
    for bead in align.align([s.text for s in sources], [t.text for t in targets]):
        src = sources[bead.source[0]:bead.source[1]]
        tgt = targets[bead.target[0]:bead.target[1]]
        first = bead.source[0] + 1
        pairs.append(Pair(" ".join(s.text for s in src), join(tgt) if tgt else None, bead.confidence,
                          "" if not src else f"source sentence {first}" if len(src) == 1
                          else f"source sentences {first}-{first + 1}",
                          join(src) if src else None))
    return pairs


def _line_aligned(a: str, b: str) -> bool:
    """The same number of lines (more than one), blank in the same places: one unit a line."""
    lines_a, lines_b = a.splitlines(), b.splitlines()
    return len(lines_a) == len(lines_b) > 1 and all(bool(x.strip()) == bool(y.strip()) for x, y in zip(lines_a, lines_b))


def _by_line(doc, source) -> list:
    """``[(line, source pieces, target pieces)]`` of each line that holds text on either side."""
    targets, sources = _lines(doc), _lines(source)
    return [(line, sources.get(line, []), targets.get(line, [])) for line in sorted(set(targets) | set(sources))]


def _lines(doc) -> dict:
    """line number -> the pieces of the document's segments on that line."""
    out: dict = {}
    for seg in doc.segments:
        start = 0
        for piece in seg.text.split("\n"):
            if piece.strip():
                line = doc.position(seg.offset(start))[0]
                out.setdefault(line, []).append(sub_segment(seg, start, start + len(piece)))
            start += len(piece) + 1
    return out


def _sentences(doc) -> list:
    return [sub_segment(seg, i, j) for seg in doc.segments for i, j in align.sentences(seg.text)]


def sub_segment(seg: Segment, i: int, j: int) -> Segment:
    """``seg.text[i:j]`` as a segment of its own (the same offsets into the document), a label if ``seg`` is one."""
    if seg.mapping is None:
        return Segment(seg.text[i:j], seg.start + i, None, seg.source, label=seg.label)
    ends = {k - i: v for k, v in (seg.ends or {}).items() if i <= k < j}
    return Segment(seg.text[i:j], seg.offset(i), seg.mapping[i:j], seg.source, ends or None, label=seg.label)


def join(segments: list) -> Segment:
    """Segments of one document as one, a space between them (standing for nothing in the file)."""
    if len(segments) == 1:
        return segments[0]
    texts, positions, ends = [], array("q"), {}
    for seg in segments:
        if texts:
            at = positions[-1] if positions else seg.offset(0)
            ends[len(positions)] = at
            texts.append(" ")
            positions.append(at)
        base = len(positions)
        texts.append(seg.text)
        for k in range(len(seg.text)):
            positions.append(seg.offset(k))
            if seg.mapping is not None and seg.ends and k in seg.ends:
                ends[base + k] = seg.ends[k]
    return Segment("".join(texts), positions[0], positions, segments[0].source, ends or None)


def source_for(paths, source: str, files) -> tuple[dict, list]:
    """``({checked file: its source file}, [warnings])`` for ``--source``."""
    if os.path.isfile(source):
        named = [f for f in files if f != "-"]
        if len(named) > 1 or any(os.path.isdir(p) for p in paths):
            raise ValueError(f"--source {source} is a file: check one file with it (a folder needs a source folder)")
        return {f: source for f in files}, []
    if not os.path.isdir(source):
        what = "not a regular file nor a folder" if os.path.exists(source) else "no such file or folder"
        raise ValueError(f"--source {source}: {what}")  # (`/dev/null`, a FIFO: there, but nothing to pair with)
    index: dict = {}
    for folder, _, names in os.walk(source):
        for name in names:
            path = os.path.join(folder, name)
            index.setdefault(_key(os.path.relpath(path, source)), path)
    mapping, missing = {}, []
    for f in files:
        root = next((p for p in paths if os.path.isdir(p) and _under(f, p)), None)
        rel = os.path.relpath(f, root) if root else os.path.basename(f)
        found = index.get(_key(rel)) or index.get(_key(os.path.basename(f)))
        if found:
            mapping[f] = found
        elif f != "-":
            missing.append(f)
    warnings = [f"tqcheck: warning: no source for {f} in {source} (by file name): checked without the source"
                for f in missing]
    return mapping, warnings


def _key(rel: str) -> str:
    return _LANGUAGE_TAG.sub("", _LEADING_TAG.sub("", rel.replace(os.sep, "/"))).lower()


def _under(path, folder) -> bool:
    return os.path.abspath(path).startswith(os.path.abspath(folder).rstrip(os.sep) + os.sep)
