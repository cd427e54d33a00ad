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
from .rules import detectors

STDIN = "-"
PARALLEL_MIN_FILES = 4  # below this, worker processes cost more than they save


@dataclass(repr=False, eq=False)
class Mode:
    fix: bool = False
    unsafe: bool = False
    diff: bool = False


@dataclass(repr=False, eq=False)
class Outcome:
    """What checking one file gives, sent back from a worker process."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    doc: documents.Document | None = None  # without segments: for positions and directives
    used: set[int] = field(default_factory=set)
    collected: dict = field(default_factory=dict)
    fixed: int = 0
    original: str = ""  # the text as read, kept for --diff only
    output: str | None = None  # the fixed text, for standard input and --diff


@dataclass(repr=False, eq=False)
class Report:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    diffs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    lines: dict = field(default_factory=dict)  # (path, line) -> source line, for the text report

    def merge(self, other: "Report") -> None:
        self.findings += other.findings
        self.errors += other.errors
        self.files += other.files
        self.fixed += other.fixed
        self.diffs += other.diffs
        self.outputs += other.outputs
        self.lines.update(other.lines)


# ----------------------------------------------------------------- discovery


def discover(paths, config: Config) -> tuple[list[str], list[str]]:
    """Files to check, in a stable order, and errors for paths that do not exist."""
    files, errors, seen = [], [], set()
    for path in paths:
        if path == STDIN:
            if STDIN not in files:
                files.append(STDIN)
            continue
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not config.is_excluded(os.path.join(root, d), path))
                for name in names:
                    full = os.path.normpath(os.path.join(root, name))
                    if (config.is_included(full) and os.path.isfile(full)  # not a FIFO or a device
                            and not config.is_excluded(full, path)):
                        found.append(full)
            candidates = sorted(found)
        elif os.path.exists(path) or os.path.islink(path):
            candidates = [path]  # a file named explicitly is always checked
        else:
            errors.append(f"{path}: error: no such file or directory")
            continue
        for candidate in candidates:
            key = os.path.realpath(candidate)  # one file reached twice, or through a link, is checked once
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, errors


# -------------------------------------------------------------------- workers


def check_file(path: str, config: Config, mode: Mode, stdin=None, lines=None) -> Outcome:
    """Read, lint and (in fix mode) fix one file.  Never raises for bad input.

    ``stdin`` is ``(name, text, bom)`` for standard input; ``lines``, when given, are the
    only lines whose findings count and get fixed (``--diff-base``).
    """
    shown = stdin[0] if stdin else path
    outcome = Outcome(path=shown)
    try:
        if stdin:
            doc = documents.parse(stdin[1], path=shown, fmt=documents.detect_format(shown))
            doc.bom = stdin[2]
        else:
            doc = documents.load(path)
        _check_document(doc, Context(config), path, mode, outcome, lines)
    except documents.InputError as exc:
        outcome.error = str(exc)
    return outcome


def _check_document(doc, ctx, path, mode, outcome, lines):
    if mode.fix or mode.diff:
        original = doc.text
        doc, result, outcome.fixed = fix_document(doc, ctx, unsafe=mode.unsafe, lines=lines)
        outcome.doc = doc
        if mode.diff:
            outcome.original = original
        if path == STDIN or mode.diff:
            outcome.output = doc.text
        elif doc.text != original:
            write_fixed(outcome)
    else:
        result = lint(doc, ctx)
    outcome.findings = result.findings
    outcome.used = result.used_directives
    outcome.collected = result.collected
    doc.segments = []  # not needed any more; keeps what crosses processes small
    outcome.doc = doc


def write_fixed(outcome: Outcome) -> None:
    try:
        write_atomic(outcome.path, outcome.doc.text, outcome.doc.bom)
    except OSError as exc:
        raise documents.InputError(outcome.path, f"cannot write the fixed file ({exc.strerror or exc})") from None


def _check_file_job(job):
    return check_file(*job)


def unified_diff(path: str, before: str, after: str) -> str:
    """A patch ``git apply`` accepts: lines split at ``\\n`` only (a form feed or U+2028 is
    not a line end to git), git's marker after a last line without newline."""
    import difflib
    import re

    def lines(text):
        return re.findall(r"[^\n]*\n|[^\n]+$", text)

    rel = os.path.relpath(path) if path != STDIN else path
    name = (path if rel.startswith("..") else rel).replace(os.sep, "/").lstrip("/")
    diff = difflib.unified_diff(lines(before), lines(after), f"a/{name}", f"b/{name}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)


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


def plan(paths, config_for, nearest) -> tuple[dict, list[str]]:
    """Every file to check, grouped by the configuration that governs it: ``nearest(path)``
    names the config file nearest to a path and ``config_for(name)`` loads it (raising
    ConfigError), so that every configuration is read before any file is touched."""
    groups: dict = {}
    errors, seen = [], set()
    for path in paths:
        source = nearest(path)
        files, found_errors = discover([path], config_for(source))
        errors += found_errors
        for f in files:
            key = f if f == STDIN else os.path.realpath(f)
            if key in seen:
                continue
            seen.add(key)
            group = source if f == STDIN else nearest(f)
            config_for(group)
            groups.setdefault(group, []).append(f)
    return groups, errors


def run(paths, config: Config, mode: Mode | None = None, jobs: int | None = None,
        stdin_name: str | None = None, diff_base: str | None = None, changed: dict | None = None) -> Report:
    """Check ``paths`` (files and folders) with ``config``.  ``changed`` (from ``changed_lines``)
    may be given when the caller already validated ``diff_base``."""
    files, errors = discover(paths, config)
    report = check_files(files, config, mode, jobs, stdin_name, diff_base, changed)
    report.errors[:0] = errors
    return report


def check_files(files, config: Config, mode: Mode | None = None, jobs: int | None = None,
                stdin_name: str | None = None, diff_base: str | None = None, changed: dict | None = None) -> Report:
    """Check files already found (``discover`` or ``plan``) with ``config``."""
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
    jobs = jobs or os.cpu_count() or 1
    work = [(f, config, mode, stdin if f == STDIN else None, changed.get(f)) for f in files]
    if jobs > 1 and len(work) >= PARALLEL_MIN_FILES and STDIN not in files:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with context.Pool(min(jobs, len(work))) as pool:
            outcomes = pool.map(_check_file_job, work, chunksize=max(1, len(work) // (jobs * 4)))
    else:
        outcomes = [check_file(*job) for job in work]

    ctx = Context(config)
    _cross_file([o for o in outcomes if o.error is None], ctx, mode, {f: changed.get(f) for f in files})
    report.errors += [o.error for o in outcomes if o.error]  # after the cross-file fixes, which may fail to write
    report.files = sum(1 for o in outcomes if o.error is None)
    for o in outcomes:
        if o.error is not None:
            continue
        findings = o.findings + unused_suppressions(o.doc, o.used, ctx)
        lines = changed.get(o.path)
        if lines is not None:
            findings = [f for f in findings if f.line in lines]
        report.findings.extend(sorted(findings, key=Finding.sort_key))
        for f in findings:
            report.lines[(f.path, f.line)] = o.doc.line_text(f.line)
        report.fixed += o.fixed
        if mode.diff:
            if o.output != o.original:
                bom = "\ufeff" if o.doc.bom else ""  # part of the first line, as git sees it
                report.diffs.append(unified_diff(o.path, bom + o.original, bom + o.output))
        elif o.output is not None:
            report.outputs.append((o.doc.bom and "\ufeff" or "") + o.output)
    return report


def _read_stdin(name: str):
    """((name, text, bom), None) or (None, error)."""
    try:
        text, bom = documents.decode(sys.stdin.buffer.read(), name)
        return (name, text, bom), None
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


def _git(args, folder):
    import subprocess

    try:
        # file names are names, not globs: `a[1].md` must not match `a1.md`
        env = dict(os.environ, GIT_LITERAL_PATHSPECS="1")
        return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, env=env)
    except OSError as exc:
        raise DiffBaseError(f"--diff-base needs git ({exc.strerror or exc})") from None


def changed_lines(files, base: str) -> dict:
    """For --diff-base: the lines of each file added or changed since ``base``
    (a file git does not track counts as all new: no entry)."""
    changed, checked = {}, set()
    for path in files:
        folder = os.path.dirname(os.path.abspath(path)) or "."
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top.returncode != 0:
            raise DiffBaseError(f"--diff-base {base}: {path} is not in a git repository")
        if top.stdout not in checked:
            if _git(["rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], folder).returncode != 0:
                raise DiffBaseError(f"--diff-base {base}: no such commit in {top.stdout.strip()}")
            checked.add(top.stdout)
        name = os.path.basename(path)
        if _git(["ls-files", "--error-unmatch", name], folder).returncode != 0:
            continue  # untracked: every line is new
        proc = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", base, "--", name], folder)
        if proc.returncode != 0:
            raise DiffBaseError(f"--diff-base {base}: {proc.stderr.strip() or 'git diff failed'}".splitlines()[0])
        lines = set()
        for line in proc.stdout.splitlines():
            if line.startswith("@@"):
                new = line.split("+", 1)[1].split(" ", 1)[0]
                start, _, count = new.partition(",")
                count = int(count) if count else 1
                lines.update(range(int(start), int(start) + count))
        changed[path] = lines
    return changed


class DiffBaseError(Exception):
    pass
