"""Read the linguistic data shipped under ``tqcheck/data/``.

Data files are TSV with a header row; ``#`` starts a comment line.  Every file
has a column saying why each entry is there (``why``, ``note`` or ``source``).
"""

from __future__ import annotations

import os
from functools import lru_cache

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict, ...]:
    """Rows of ``tqcheck/data/<name>`` as dicts keyed by the header."""
    rows = []
    header = None
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return tuple(rows)
