"""Run the linter over files: worker processes, cross-file checks, fixes.

With ``discovery`` (which files), ``writing`` (fixed files, atomically; patches)
and ``diffbase`` (``--diff-base``), the one place that touches the file system for
``tqcheck check``: it reads the documents and hands them to the engine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from . import documents
from .config import Config
from .diffbase import DiffBaseError, changed_lines  # noqa: F401  (the CLI's names)
from .documents.encodings import encode, encode_diff
from .discovery import STDIN, discover, plan  # noqa: F401  (plan: the CLI's name)
from .engine import Context, apply_fixes, failed, fix_document, lint, suppress, to_finding, unused_suppressions
from .findings import Finding
from .report.quality import count_words
from .rules import detectors
from .workers import PARALLEL_MIN_FILES, default_jobs, in_workers, size
from .writing import unified_diff, write_atomic


@dataclass(repr=False, eq=False)
class Mode:
    fix: bool = False
    unsafe: bool = False
    diff: bool = False
    sources: dict = field(default_factory=dict)  # --source: checked file -> its source file (TQ6xx)
    words: bool = True  # count the words of prose (the quality score's): not when no output or gate reads it


@dataclass(repr=False, eq=False)
class Outcome:
    """What checking one file gives, sent back from a worker process."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the file could not be checked
    unwritten: str | None = None  # checked, but its fixes could not be written: its findings are the text's as read
    partial: str | None = None  # checked, but a rule failed (a bug of ours): the other rules' findings stand
    doc: documents.Document | None = None  # without segments: for positions and directives
    used: set[int] = field(default_factory=set)
    collected: dict = field(default_factory=dict)
    fixed: int = 0
    words: int = 0  # words of prose, for the quality score
    original: str = ""  # the text as read, kept for --diff only
    output: str | None = None  # the fixed text, for standard input and --diff
    warnings: list[str] = field(default_factory=list)  # what the reader could not read (the rest was checked)
    skipped: bool = False  # read, but not English: not checked (its warning says why)


@dataclass(repr=False, eq=False)
class Report:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # `path: warning: ...` lines: skipped, not failed
    files: int = 0
    skipped: int = 0  # read, but their target is not English: not checked
    fixed: int = 0
    diffs: list[bytes] = field(default_factory=list)
    outputs: list[bytes] = field(default_factory=list)
    lines: dict = field(default_factory=dict)  # (path, line) -> source line, for the text report
    words: dict = field(default_factory=dict)  # path -> words of prose, for the quality score
    quality: object = None  # tqcheck.report.quality.RunQuality, set by the CLI when it is asked for
    nothing_checked: bool = False  # the last of ``errors`` is the run's, not a file's: it checked nothing (the CLI's)

    def merge(self, other: "Report") -> None:
        for name in ("findings", "errors", "warnings", "files", "skipped", "fixed", "diffs", "outputs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))  # lists joined, counts added
        self.lines.update(other.lines)
        self.words.update(other.words)


# -------------------------------------------------------------------- workers


def check_file(path: str, config: Config, mode: Mode, stdin=None, lines=None) -> Outcome:
    """Read, lint and (in fix mode) fix one file.  Never raises for bad input.

    ``stdin`` is ``(name, documents.Decoded)`` for standard input; ``lines``, when given, are the
    only lines whose findings count and get fixed (``--diff-base``).
    """
    shown = stdin[0] if stdin else path
    outcome = Outcome(path=shown)
    try:
        if stdin:
            doc = documents.from_decoded(stdin[1], shown, documents.detect_format(shown))
        else:
            doc = documents.load(path, stamp=mode.fix)  # the stamp guards a fixed file's write
        source = mode.sources.get(path)
        if source is not None:  # read here, never by a detector: the pairs go to the rules with the document
            from .documents.pairing import attach

            source = documents.load(source)
            attach(doc, source)
        _check_document(doc, Context(config), path, mode, outcome, lines, source)
    except documents.InputError as exc:
        outcome.error = str(exc)
    return outcome


def _check_document(doc, ctx, path, mode, outcome, lines, source=None):
    outcome.warnings = [f"{doc.path}: warning: {w}" for w in doc.warnings]
    if doc.foreign:
        outcome.warnings.append(f"{doc.path}: warning: {doc.foreign}: tqcheck checks English; not checked")
        if path != STDIN:  # a file not checked; standard input (an editor's pipe) gets its text back as it came
            outcome.skipped = True
            return
    if (mode.fix or mode.diff) and doc.format in documents.READ_ONLY:  # a .docx: its text is reported, never written
        if path == STDIN and not mode.diff:
            raise documents.InputError(doc.path, f".{doc.format} files are never fixed: check it without --fix")
        outcome.warnings.append(f"{doc.path}: warning: tqcheck never writes into .{doc.format} files: not fixed")
        result = lint(doc, ctx)
    elif mode.fix or mode.diff:
        original, stamp, as_read = doc.text, doc.stamp, doc
        doc, result, outcome.fixed = fix_document(doc, ctx, unsafe=mode.unsafe, lines=lines)
        if source is not None:  # fixed and read again: paired with its source again, as when first read
            from .documents.pairing import attach

            attach(doc, source)
            result = failed(doc, lint(doc, ctx))
        doc.stamp = stamp  # of the file as read: the write checks that it has not changed since
        outcome.doc = doc
        if mode.diff:
            outcome.original = original
        if path == STDIN and not mode.diff and not doc.exact:
            raise documents.InputError(doc.path, f"cannot be written back byte for byte in {doc.encoding}: "
                                                 "not fixed (convert it to UTF-8)")
        if path == STDIN or mode.diff:
            outcome.output = doc.text
        elif doc.text != original:
            try:
                write_fixed(outcome)
            except documents.InputError as exc:  # not fixed (read-only, changed meanwhile): the findings as read
                outcome.unwritten, outcome.fixed, outcome.doc, doc = str(exc), 0, as_read, as_read
                result = lint(doc, ctx)
    else:
        result = lint(doc, ctx)
    if result.errors:  # (checked only: fix_document fails whole); one line for the file
        outcome.partial = str(documents.InputError(doc.path, "; ".join(result.errors)))
    outcome.findings, outcome.used, outcome.collected = result.findings, result.used_directives, result.collected
    # a unit left untranslated is text the reader gets too (its source, which TQ608 reports): it counts
    outcome.words = count_words([s.text for s in doc.segments] + [p.source for p in doc.pairs if p.target is None and (
        doc.source_path is None or doc.units is not None)]) if mode.words else 0
    doc.segments, doc.pairs = [], []  # not needed any more; keeps what crosses processes small
    outcome.doc = doc


def write_fixed(outcome: Outcome) -> None:
    """Write a fixed file (``writing``: never a read-only file, nor one changed since it was read)."""
    try:
        outcome.doc.stamp = write_atomic(outcome.path, outcome.doc.text, outcome.doc.bom, stamp=outcome.doc.stamp,
                                         encoding=outcome.doc.encoding)
    except OSError as exc:
        raise documents.InputError(outcome.path, f"cannot write the fixed file ({exc.strerror or exc})") from None


def _check_file_job(job):
    return check_file(*job)


# ------------------------------------------------------------------------ run


def run(paths, config: Config, mode: Mode | None = None, jobs: int | None = None,
        stdin_name: str | None = None, diff_base: str | None = None, changed: dict | None = None) -> Report:
    """Check ``paths`` (files and folders) with ``config``.  ``changed`` (from ``changed_lines``)
    may be given when the caller already validated ``diff_base``."""
    files, errors, warnings = discover(paths, config)
    report = check_files(files, config, mode, jobs, stdin_name, diff_base, changed)
    report.errors[:0] = errors
    report.warnings[:0] = warnings
    return report


def check_files(files, config: Config, mode: Mode | None = None, jobs: int | None = None,
                stdin_name: str | None = None, diff_base: str | None = None, changed: dict | None = None,
                progress=None) -> Report:
    """Check files already found (``discover`` or ``plan``) with ``config``; ``progress(done, total)``,
    when given, is called as each file is checked."""
    mode = mode or Mode()
    report = Report()
    stdin = None
    if STDIN in files:
        stdin, error = _read_stdin(stdin_name or STDIN)
        if error:
            report.errors.append(error)
            files = [f for f in files if f != STDIN]
    if changed is None:
        changed = changed_lines([f for f in files if f != STDIN], diff_base) if diff_base else {}
    sizes = [size(f) for f in files]
    jobs = min(jobs, os.cpu_count() or 1) if jobs else default_jobs(sizes)  # more processes than CPUs only wait
    work = [(f, config, mode, stdin if f == STDIN else None, changed.get(f)) for f in files]
    if jobs > 1 and len(work) >= PARALLEL_MIN_FILES and STDIN not in files:
        outcomes = in_workers(_check_file_job, work, sizes, jobs, lambda done: _collect(done, len(work), progress))
    else:
        outcomes = _collect((check_file(*job) for job in work), len(work), progress)

    report.warnings += [w for o in outcomes if o.skipped for w in o.warnings]  # not English: not checked
    report.skipped = sum(o.skipped for o in outcomes)
    outcomes = [o for o in outcomes if not o.skipped]
    ctx = Context(config)
    _cross_file([o for o in outcomes if o.error is None and o.unwritten is None], ctx, mode,
                {f: changed.get(f) for f in files})
    # after the cross-file fixes, which may fail to write
    report.errors += [o.error or o.unwritten for o in outcomes if o.error or o.unwritten]
    report.errors += [o.partial for o in outcomes if o.partial]
    report.files = sum(1 for o in outcomes if o.error is None)
    for o in outcomes:
        report.warnings += o.warnings
        if o.error is not None:
            continue
        # (a rule that failed used none of its suppressions: none is said unused)
        findings = o.findings + (unused_suppressions(o.doc, o.used, ctx) if o.partial is None else [])
        lines = changed.get(o.path)
        if lines is not None:
            findings = [f for f in findings if f.line in lines]
        report.findings.extend(sorted(findings, key=Finding.sort_key))
        for f in findings:
            if (f.path, f.line) not in report.lines:  # once a line: a line may be megabytes long
                report.lines[(f.path, f.line)] = o.doc.line_text(f.line)
        report.fixed += o.fixed
        if o.partial is None:  # a file a rule failed on is not scored: its findings are not all there
            report.words[o.path] = o.words
        if mode.diff:
            if o.output not in (None, o.original):
                bom = "\ufeff" if o.doc.bom else ""  # part of the first line, as git sees it
                report.diffs.append(encode_diff(unified_diff(o.path, bom + o.original, bom + o.output), o.doc.encoding))
        elif o.output is not None:
            report.outputs.append(encode(o.output, o.doc.encoding, o.doc.bom))
    return report


def _collect(outcomes, total: int, progress) -> list[Outcome]:
    out = []
    for outcome in outcomes:
        out.append(outcome)
        if progress is not None:
            progress(len(out), total)
    return out


def _read_stdin(name: str):
    """((name, documents.Decoded), None) or (None, error)."""
    try:
        return (name, documents.decode(sys.stdin.buffer.read(), name, documents.detect_format(name))), None
    except documents.InputError as exc:
        return None, str(exc)


def _cross_file(outcomes: list[Outcome], ctx: Context, mode: Mode, changed: dict) -> None:
    """Checks that need every file of the run (one name spelled two ways in two files)."""
    by_path = {o.path: o for o in outcomes}
    for detector in detectors():
        if not hasattr(detector, "check_run"):
            continue
        name = detector.__name__
        collected = [(o.path, o.collected[name]) for o in outcomes if name in o.collected]
        if len(collected) < 2:
            continue
        for path, problem in detector.check_run(collected, ctx):
            o = by_path[path]
            finding = to_finding(o.doc, problem, ctx)
            if finding is None:
                continue
            kept, used = suppress(o.doc, [finding])
            o.used |= used
            o.findings.extend(kept)
    if not (mode.unsafe and (mode.fix or mode.diff)):
        return
    for o in outcomes:  # the cross-file fixes (unsafe), on top of each file's own
        lines = changed.get(o.path)
        fixable = [f for f in o.findings if f.fix and (lines is None or f.line in lines)]
        text, count = apply_fixes(o.doc.text, fixable, unsafe=True)
        if not count:
            continue
        o.doc.replace_text(text)
        o.fixed += count
        o.findings = [f for f in o.findings if f not in fixable]
        if o.output is not None:
            o.output = text
        else:
            try:
                write_fixed(o)
            except documents.InputError as exc:
                o.error = str(exc)
