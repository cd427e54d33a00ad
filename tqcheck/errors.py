"""The errors tqcheck reports to the user: each one line, each its exit code (2).

They live here, apart from the code that raises them, so that readers, the
configuration loader, the glossary reader and the runner can share them
without importing one another.
"""

from __future__ import annotations

import os


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


class OutputIsInput(ValueError):
    """The report file (``-o``) is a file named to be checked: writing it would replace that text."""


# a file name that is not UTF-8 (its bytes kept as lone surrogates) is written with its bytes as escapes: `x\udcff.md`
NAME_ERRORS = "backslashreplace"


def nothing_checked_line(paths, skipped: int = 0, level: str = "error", resources: int = 0) -> str:
    """The line of a run whose paths held no file to check: a CI job must not pass having checked nothing.
    ``skipped``: files found and read, but not in English (their warnings say why); ``resources``: string-resource
    files there that no name or folder says are English (``discovery.passed_over``)."""
    where = ", ".join(paths[:3]) + (", …" if len(paths) > 3 else "")
    if skipped:
        verb = "is" if skipped == 1 else "are"
        said = (f"{where} {verb}" if skipped == len(paths) and all(map(os.path.isfile, paths))  # files named
                else f"the {skipped} file{'s' if skipped > 1 else ''} found in {where} {verb}")
        return f"tqcheck: {level}: nothing checked: {said} not in English"
    if resources:
        one = resources == 1
        return (f"tqcheck: {level}: nothing checked: no file to check in {where}: {resources} "
                f"{'file' if one else 'files'} of string-resource kinds (JSON, YAML, XML, properties, PHP, INI…) "
                f"{'is' if one else 'are'} read only where a name or folder says English (en.json, locales/en/, "
                "values-en/strings.xml; see include)")
    return f"tqcheck: {level}: nothing checked: no file to check in {where} (see include and exclude)"
