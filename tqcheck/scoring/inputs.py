"""Read what ``tqcheck score`` compares into one ``Corpus``.

Two kinds of input:

- line files: one segment per line (UTF-8; trailing whitespace stripped, as
  ``sacrebleu`` reads them); ``.md``/``.html`` files given directly are articles;
- folders of articles (Markdown, HTML, plain text), paired by relative path and
  read by ``tqcheck.documents`` (prose only).  A document is scored segment by
  segment when the system(s) and reference(s) have as many segments, and as one
  concatenated segment otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..documents import EXTENSIONS, PLACEHOLDER, InputError, decode, load, read_bytes
from .errors import ScoreError

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm"})  # a single file read as an article


@dataclass
class DocumentSpan:
    """Segments ``start:end`` of the corpus come from one document."""

    name: str
    start: int
    end: int
    aligned: bool  # False: the document's segment counts differed, scored as one segment


@dataclass
class System:
    name: str
    segments: list[str]


@dataclass
class Corpus:
    systems: list[System]
    references: list[list[str]]  # one stream per reference, parallel to each system's segments
    sources: list[str | None] | None
    documents: list[DocumentSpan]
    mode: str  # "lines" or "articles"
    reference_names: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.systems[0].segments)

    def locate(self, index: int) -> str:
        """Where segment ``index`` comes from: ``file:line`` or ``document #n``."""
        if self.mode == "lines":
            return f"line {index + 1}"
        for doc in self.documents:
            if doc.start <= index < doc.end:
                return f"{doc.name} #{index - doc.start + 1}" if doc.aligned else f"{doc.name} (whole)"
        return f"#{index + 1}"


def _error(path, problem: str) -> ScoreError:
    return ScoreError(f"{path}: error: {problem}")


def read_text(path: str) -> str:
    try:
        text = decode(read_bytes(path), path).text
    except InputError as exc:
        raise ScoreError(str(exc)) from None
    return text


def read_lines(path: str) -> list[str]:
    """One segment per line; an empty file is an error."""
    if os.path.isdir(path):
        raise _error(path, "is a folder, expected a file with one segment per line")
    text = read_text(path)
    if not text.strip():
        raise _error(path, "empty file")
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [line.rstrip() for line in lines]


def clean(text: str) -> str:
    """A prose segment as one line: placeholders dropped, whitespace runs collapsed."""
    return " ".join(text.replace(PLACEHOLDER, " ").split())


def article_segments(path: str) -> list[str]:
    try:
        doc = load(path)
    except InputError as exc:
        raise ScoreError(str(exc)) from None
    return [s for s in (clean(seg.text) for seg in doc.segments) if s]


def article_files(root: str) -> dict[str, str]:
    """Relative path -> path of every readable article under ``root``."""
    found = {}
    for path in sorted(Path(root).rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and path.suffix.lower() in EXTENSIONS and not any(p.startswith(".") for p in rel.parts):
            found[rel.as_posix()] = str(path)
    return found


def _check_exists(path: str) -> None:
    if not os.path.exists(path):
        raise _error(path, "no such file or folder")


def load_corpus(hypotheses: list[str], references: list[str], source: str | None = None) -> Corpus:
    """Read systems, references and an optional source, checking that they pair up."""
    for path in [*hypotheses, *references, *([source] if source else [])]:
        _check_exists(path)
    folders = [os.path.isdir(p) for p in hypotheses]
    if any(folders) and not all(folders):
        raise ScoreError("error: give either files or folders as hypotheses, not both")
    if all(folders):
        return _load_folders(hypotheses, references, source)
    if all(Path(p).suffix.lower() in ARTICLE_SUFFIXES for p in hypotheses):
        return _load_articles([{"": p} for p in hypotheses], references, source, files=True)
    return _load_lines(hypotheses, references, source)


def _load_lines(hypotheses, references, source) -> Corpus:
    systems = [System(p, read_lines(p)) for p in hypotheses]
    refs = [read_lines(p) for p in references]
    n, first = len(systems[0].segments), hypotheses[0]
    for path, lines in [*((s.name, s.segments) for s in systems[1:]), *zip(references, refs)]:
        if len(lines) != n:
            raise ScoreError(f"error: {first} has {n} lines but {path} has {len(lines)}")
    sources = None
    if source:
        sources = read_lines(source)
        if len(sources) != n:
            raise ScoreError(f"error: {first} has {n} lines but the source {source} has {len(sources)}")
    docs = [DocumentSpan(references[0] if references else first, 0, n, True)]
    return Corpus(systems, refs, sources, docs, "lines", list(references))


def _load_folders(hypotheses, references, source) -> Corpus:
    for path in [*references, *([source] if source else [])]:
        if not os.path.isdir(path):
            raise _error(path, "is a file; the hypotheses are folders, so the references and source must be too")
    listings = [article_files(p) for p in hypotheses]
    for folder, files in zip(hypotheses, listings):
        if not files:
            raise _error(folder, "no Markdown, HTML or text file in this folder")
    return _load_articles(listings, references, source, files=False, roots=hypotheses)


def _counterpart(root: str, rel: str, what: str, of: str) -> str:
    path = os.path.join(root, rel)
    if not os.path.isfile(path):
        raise _error(path, f"missing {what} for {of}")
    return path


def _load_articles(listings, references, source, files: bool, roots=None) -> Corpus:
    """Pair articles by relative path (or the single given files) and segment them."""
    names = sorted(listings[0])
    for root, listing in zip(roots or [], listings):
        if sorted(listing) != names:
            odd = sorted(set(listing) ^ set(names))[0]
            raise _error(os.path.join(root, odd), f"not in every system folder ({', '.join(roots)})")
    if roots and references:
        for ref_root in references:
            extra = sorted(set(article_files(ref_root)) - set(names))
            if extra:
                raise _error(os.path.join(ref_root, extra[0]), f"reference without a translation in {roots[0]}")
    systems = [System(roots[i] if roots else listings[i][""], []) for i in range(len(listings))]
    refs: list[list[str]] = [[] for _ in references]
    sources: list[str | None] | None = [] if source else None
    docs = []
    for name in names:
        hyp_paths = [listing[name] for listing in listings]
        ref_paths = references if files else [
            _counterpart(r, name, "reference", hyp_paths[0]) for r in references]
        sides = [article_segments(p) for p in (*hyp_paths, *ref_paths)]
        counts = {len(s) for s in sides}
        if counts == {0}:
            continue
        aligned = len(counts) == 1
        if not aligned:
            sides = [[" ".join(s)] for s in sides]
        start = len(systems[0].segments)
        for system, segs in zip(systems, sides):
            system.segments.extend(segs)
        for stream, segs in zip(refs, sides[len(systems):]):
            stream.extend(segs)
        if sources is not None:
            src_path = source if files else _counterpart(source, name, "source", hyp_paths[0])
            src = article_segments(src_path)
            width = len(sides[0])
            src = src if len(src) == width else [" ".join(src)] if not aligned else [None] * width
            sources.extend(src)
        docs.append(DocumentSpan(name or hyp_paths[0], start, len(systems[0].segments), aligned))
    if not docs:
        raise ScoreError(f"error: no prose to score in {', '.join(roots or [listings[0]['']])}")
    return Corpus(systems, refs, sources, docs, "articles", list(references))
