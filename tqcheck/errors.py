"""The errors tqcheck reports to the user: each one line, each its exit code (2).

They live here, apart from the code that raises them, so that readers, the
configuration loader, the glossary reader and the runner can share them
without importing one another.
"""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a document (or written back); str() is the one-line message."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: error: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(Exception):
    """A configuration or glossary problem; str() is the one-line message."""


class DiffBaseError(Exception):
    """``--diff-base`` cannot be honoured (no git, no such commit, a file outside the repository)."""
