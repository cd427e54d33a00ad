"""French spelling habits on English words (no rule of its own): ``french_spellings.tsv``, read by TQ206
(``names.french_spelling``), which flags `dictionnary` as `dictionary`, and by ``lexicon.kind``, which leaves such
a word to it rather than read it as French (TQ403)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import Table

SPELLINGS = Table("french_spellings.tsv", key="french", required=("english", "evidence"), order="plain")


@lru_cache(maxsize=1)
def _edits() -> tuple:
    return tuple((re.compile(row.french), row.english) for row in SPELLINGS.rows)


def edited(word: str, is_english, depth: int = 2) -> str | None:
    """The English word (``is_english``) that one or two rows turn a lowercase ``word`` into, or None."""
    if len(word) < 5:
        return None
    for pattern, english in _edits():
        for m in pattern.finditer(word):
            candidate = word[:m.start()] + english + word[m.end():]
            if is_english(candidate):
                return candidate
            if depth > 1:
                found = edited(candidate, is_english, depth - 1)
                if found is not None:
                    return found
    return None
