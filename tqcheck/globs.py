"""The configuration's path patterns (``include``, ``exclude``, ``per-file-ignores``), as ``fnmatch`` reads them, with
``**/`` read as any folders, none too, wherever it is: ``**/*.md`` is the root's ``a.md``'s, ``docs/**/*.md``
``docs/a.md``'s, ``a/**/b/**/*.md`` ``a/b/c.md``'s (as .gitignore and ruff read them)."""

from __future__ import annotations

import fnmatch
from functools import lru_cache
from itertools import product


def glob_match(names, pattern: str) -> bool:
    """Does one of ``names`` (a path, its relative form, its base name) match ``pattern``?"""
    return any(fnmatch.fnmatch(name, form) for name in names for form in _forms(pattern))


@lru_cache(maxsize=1024)
def _forms(pattern: str) -> tuple:
    """``pattern`` with each ``**/`` kept or dropped, every way (a pattern has few)."""
    parts = pattern.split("**/")
    if len(parts) > 5:
        return (pattern,)
    return tuple({parts[0] + "".join(cut + part for cut, part in zip(cuts, parts[1:]))
                  for cuts in product(("**/", ""), repeat=len(parts) - 1)})
