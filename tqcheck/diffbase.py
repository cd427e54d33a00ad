"""``--diff-base REF``: the lines of each file added or changed since a git commit."""

from __future__ import annotations

import os

from .errors import DiffBaseError

__all__ = ["DiffBaseError", "changed_lines"]


def _git(args, folder):
    import subprocess

    try:
        # file names are names, not globs: `a[1].md` must not match `a1.md`
        env = dict(os.environ, GIT_LITERAL_PATHSPECS="1")
        return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, env=env)
    except OSError as exc:
        raise DiffBaseError(f"--diff-base needs git ({exc.strerror or exc})") from None


def _binary(path: str) -> bool:
    from .documents import READ_ONLY, detect_format

    return detect_format(path) in READ_ONLY


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
        if _git(["ls-files", "--error-unmatch", name], folder).returncode != 0 or _binary(path):
            continue  # untracked, or a .docx (git sees no lines in it): every line is new
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
