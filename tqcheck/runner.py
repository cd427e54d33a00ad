"""Run the linter over files: discovery, worker processes, cross-file checks, fixes.

The one place that touches the file system for ``tqcheck check``: it reads the
documents, hands them to the engine and writes fixed files atomically.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field

from . import documents
from .config import Config
from .engine import Context, apply_fixes, fix_document, lint, suppress, to_finding, unused_suppressions
from .findings import Finding
from .rules import families

STDIN = "-"
PARALLEL_MIN_FILES = 4  # below this, worker processes cost more than they save


@dataclass
class Mode:
    fix: bool = False
    unsafe: bool = False
    diff: bool = False


@dataclass
class Outcome:
    """What checking one file gives, sent back from a worker process."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    doc: documents.Document | None = None  # without segments: for positions and directives
    used: set[int] = field(default_factory=set)
    collected: dict = field(default_factory=dict)
    fixed: int = 0
    diff: str = ""
    output: str | None = None  # the fixed text, for standard input


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    diffs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    lines: dict = field(default_factory=dict)  # (path, line) -> source line, for the text report


# ----------------------------------------------------------------- discovery


def discover(paths, config: Config) -> tuple[list[str], list[str]]:
    """Files to check, in a stable order, and errors for paths that do not exist."""
    files, errors, seen = [], [], set()
    for path in paths:
        if path == STDIN:
            files.append(STDIN)
            continue
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not config.is_excluded(os.path.join(root, d)))
                for name in names:
                    full = os.path.normpath(os.path.join(root, name))
                    if config.is_included(full) and not config.is_excluded(full):
                        found.append(full)
            candidates = sorted(found)
        elif os.path.exists(path) or os.path.islink(path):
            candidates = [path]  # a file named explicitly is always checked
        else:
            errors.append(f"{path}: error: no such file or directory")
            continue
        for candidate in candidates:
            key = os.path.abspath(candidate)
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, errors


# -------------------------------------------------------------------- workers


def check_file(path: str, config: Config, mode: Mode, stdin_text=None, stdin_name=None) -> Outcome:
    """Read, lint and (in fix mode) fix one file.  Never raises for bad input."""
    shown = stdin_name or path
    outcome = Outcome(path=shown)
    try:
        if path == STDIN:
            doc = documents.parse(stdin_text, path=shown, fmt=documents.detect_format(shown))
        else:
            doc = documents.load(path)
    except documents.InputError as exc:
        outcome.error = str(exc)
        return outcome
    ctx = Context(config)
    original = doc.text
    try:
        return _check_document(doc, ctx, path, shown, original, mode, outcome)
    except documents.InputError as exc:
        outcome.error = str(exc)
        return outcome


def _check_document(doc, ctx, path, shown, original, mode, outcome):
    if mode.fix or mode.diff:
        doc, result, outcome.fixed = fix_document(doc, ctx, unsafe=mode.unsafe)
        if doc.text != original:
            if mode.diff:
                outcome.diff = unified_diff(shown, original, doc.text)
            elif path == STDIN:
                pass
            else:
                write_atomic(path, doc.text, doc.bom)
        if path == STDIN and mode.fix and not mode.diff:
            outcome.output = doc.text
        if mode.diff:
            outcome.fixed = 0  # nothing was written; the diff is the report
    else:
        result = lint(doc, ctx)
    outcome.findings = result.findings
    outcome.used = result.used_directives
    outcome.collected = result.collected
    doc.segments = []  # not needed any more; keeps what crosses processes small
    outcome.doc = doc
    return outcome


def _check_file_job(job):
    return check_file(*job)


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}"
        )
    )


def write_atomic(path: str, text: str, bom: bool = False) -> None:
    """Write through a temporary file in the same folder, then rename over the
    original: a reader sees the old file or the new one, never half of one."""
    import tempfile

    target = os.path.realpath(path)
    mode = stat.S_IMODE(os.stat(target).st_mode)
    folder, name = os.path.split(target)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tqtmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# ------------------------------------------------------------------------ run


def run(paths, config: Config, mode: Mode | None = None, jobs: int | None = None,
        stdin_name: str | None = None, diff_base: str | None = None) -> Report:
    mode = mode or Mode()
    report = Report()
    files, report.errors = discover(paths, config)
    stdin_text = None
    if STDIN in files:
        stdin_text, error = _read_stdin(stdin_name or STDIN)
        if error:
            report.errors.append(error)
            files = [f for f in files if f != STDIN]
    jobs = jobs or os.cpu_count() or 1
    work = [(f, config, mode, stdin_text if f == STDIN else None, stdin_name if f == STDIN else None) for f in files]
    if jobs > 1 and len(work) >= PARALLEL_MIN_FILES and STDIN not in files:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with context.Pool(min(jobs, len(work))) as pool:
            outcomes = pool.map(_check_file_job, work, chunksize=max(1, len(work) // (jobs * 4)))
    else:
        outcomes = [check_file(*job) for job in work]

    ctx = Context(config)
    good = [o for o in outcomes if o.error is None]
    report.errors += [o.error for o in outcomes if o.error]
    report.files = len(good)
    _cross_file(good, ctx, mode)
    changed = _changed_lines(good, diff_base) if diff_base else None
    for o in good:
        findings = o.findings + unused_suppressions(o.doc, o.used, ctx)
        if changed is not None:
            lines = changed.get(o.path)
            findings = [f for f in findings if lines is None or f.line in lines]
        report.findings.extend(sorted(findings, key=Finding.sort_key))
        for f in findings:
            report.lines[(f.path, f.line)] = o.doc.line_text(f.line)
        report.fixed += o.fixed
        if o.diff:
            report.diffs.append(o.diff)
        if o.output is not None:
            report.outputs.append(o.output)
    return report


def _read_stdin(name: str):
    try:
        text, _bom = documents.decode(sys.stdin.buffer.read(), name)
        return text, None
    except documents.InputError as exc:
        return None, str(exc)


def _cross_file(outcomes: list[Outcome], ctx: Context, mode: Mode) -> None:
    """Checks that need every file of the run (one name spelled two ways in two files)."""
    by_path = {o.path: o for o in outcomes}
    for family in families():
        if not hasattr(family, "check_run"):
            continue
        collected = [(o.path, o.collected[family.__name__]) for o in outcomes if family.__name__ in o.collected]
        if len(collected) < 2:
            continue
        for path, problem in family.check_run(collected, ctx):
            o = by_path[path]
            finding = to_finding(o.doc, problem, ctx)
            if finding is None:
                continue
            kept, used = suppress(o.doc, [finding])
            o.used |= used
            o.findings.extend(kept)
    if mode.fix and mode.unsafe and not mode.diff:
        for o in outcomes:
            if o.path == STDIN or o.output is not None:
                continue
            text, count = apply_fixes(o.doc.text, o.findings, unsafe=True)
            if count:
                write_atomic(o.path, text, o.doc.bom)
                o.fixed += count
                o.findings = [f for f in o.findings if f.fix is None]


def _changed_lines(outcomes, base: str) -> dict:
    """For --diff-base: the lines of each file added or changed since ``base``."""
    import subprocess

    changed = {}
    for o in outcomes:
        if o.path == STDIN:
            continue
        folder = os.path.dirname(os.path.abspath(o.path)) or "."
        name = os.path.basename(o.path)
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", name], cwd=folder,
                                 capture_output=True, text=True)
        if tracked.returncode != 0:
            continue  # untracked: every line is new
        proc = subprocess.run(["git", "diff", "--unified=0", "--no-color", "--no-ext-diff", base, "--", name],
                              cwd=folder, capture_output=True, text=True)
        if proc.returncode != 0:
            raise DiffBaseError(f"--diff-base {base}: {proc.stderr.strip().splitlines()[0] if proc.stderr.strip() else 'git diff failed'}")
        lines = set()
        for line in proc.stdout.splitlines():
            if line.startswith("@@"):
                new = line.split("+", 1)[1].split(" ", 1)[0]
                start, _, count = new.partition(",")
                count = int(count) if count else 1
                lines.update(range(int(start), int(start) + count))
        changed[o.path] = lines
    return changed


class DiffBaseError(Exception):
    pass
