#!/usr/bin/env python3
"""Write the ``anchors`` column of ``tqcheck/data/calque_patterns.tsv``: the words of the token each row's
pattern is searched by (its rarest fixed word, in every form), so that a run builds its index without parsing
500 patterns.  Run it after editing a pattern; ``tests/rules/calques/test_token_table.py`` checks the column.

    .venv/bin/python scripts/calque_anchors.py
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tqcheck.rules.common.tokens import TokenPattern  # noqa: E402

PATH = os.path.join(ROOT, "tqcheck", "data", "calque_patterns.tsv")


def main():
    out, header = [], None
    with open(PATH, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells if "anchors" in cells else cells + ["anchors"]
            out.append("\t".join(header))
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        row["anchors"] = " ".join(sorted(TokenPattern.parse(row["pattern"]).anchors))
        out.append("\t".join(row[c] for c in header))
    with open(PATH, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
