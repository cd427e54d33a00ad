"""Where a finding is, as CI services want it: paths from the repository root, stable fingerprints.

GitHub (annotations, code scanning) and GitLab (Code Quality) place a finding by its path from the
root of the checkout, whatever folder the linter ran in; code scanning and GitLab follow a finding
across commits by a fingerprint that must not change when lines above it move.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import PurePath

FINGERPRINT_CONTEXT = 40  # characters of the line on each side of the span that a fingerprint hashes


def repository_root(start: str | None = None) -> str:
    """The nearest folder above ``start`` (default: the current one) holding ``.git`` (a folder,
    or a file for worktrees and submodules); the current folder when there is none."""
    return _root(os.path.abspath(start or os.getcwd()))


@lru_cache(maxsize=64)
def _root(here: str) -> str:
    folder = here
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent


def from_root(path: str, root: str | None = None) -> str | None:
    """``path`` relative to the repository root, with ``/``; None for standard input or a file
    outside the root."""
    if path == "-" or path.startswith("<"):
        return None
    root = root or repository_root()
    rel = os.path.relpath(os.path.abspath(path), root)
    if rel == os.curdir or rel.split(os.sep, 1)[0] == os.pardir:
        return None
    return PurePath(rel).as_posix()


def fingerprints(findings, lines: dict, root: str | None = None) -> list[str]:
    """One fingerprint per finding: a hash of the code, the path from the root, the span and the
    text of its line around it (not the line number), then ``:n`` for the n-th finding with the same
    hash in the report.  Moving a paragraph keeps it; editing the words next to the span changes it."""
    seen: dict[str, int] = {}
    out = []
    for f in findings:
        line = lines.get((f.path, f.line), "")
        left = max(0, f.column - 1 - FINGERPRINT_CONTEXT)
        right = (f.end_column - 1 if f.end_line == f.line else len(line)) + FINGERPRINT_CONTEXT
        context = " ".join(line[left:right].split())
        path = from_root(f.path, root) or f.path
        data = "\0".join((f.code, path, f.span, context)).encode("utf-8", "surrogateescape")  # a name's own bytes
        key = hashlib.sha256(data).hexdigest()[:32]
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}:{seen[key]}")
    return out
