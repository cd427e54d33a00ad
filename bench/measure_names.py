#!/usr/bin/env python3
"""Measure the TQ2xx names family: false positives on clean English, recall on MT output, time.

    .venv/bin/python bench/measure_names.py            # FP per 1000 words on the clean corpora, each finding printed
    .venv/bin/python bench/measure_names.py --bulk     # also: the family's time on the 19 WMT13 system outputs

Clean corpora (human English): the WMT13 newstest2013 reference and the LIG post-edits, each
checked as one document (a harder case for TQ202 than one article: 3000 and 10881 unrelated
sentences).  Every finding on them is printed, to be looked at one by one.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time

from tqcheck import documents
from tqcheck.engine import Context
from tqcheck.rules import names

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "data")
CLEAN = {
    "wmt13-ref": "wmt13-fren/newstest2013-ref.en",
    "lig-postedit": "lig-fren-postedit/tgt-pe-all.en",
}


def run(path, ctx):
    doc = documents.load(path, fmt="text")
    problems = list(names.check(doc, ctx))
    return doc, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bulk", action="store_true", help="time the family on the WMT13 system outputs")
    parser.add_argument("--quiet", action="store_true", help="do not print each finding")
    args = parser.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit(f"no shared data at {SHARED}")
    ctx = Context()
    for name, rel in CLEAN.items():
        path = os.path.join(SHARED, rel)
        doc, problems = run(path, ctx)
        words = len(doc.text.split())
        by_code = {}
        for p in problems:
            by_code.setdefault(p.code, []).append(p)
        warn = [p for p in problems if p.code != "TQ203"]
        print(f"== {name}: {words} words; TQ201/202/204: {len(warn)} findings = "
              f"{1000 * len(warn) / words:.3f} per 1000 words; TQ203 (info): {len(by_code.get('TQ203', []))}")
        if not args.quiet:
            for p in problems:
                line, col = doc.position(p.start)
                print(f"  {p.code} {line}:{col} {doc.text[p.start:p.end]!r}: {p.message[:160]}")
    if args.bulk:
        files = sorted(glob.glob(os.path.join(SHARED, "wmt13-fren/system-outputs/*")))
        docs = [documents.load(path, fmt="text") for path in files]  # parsing is the engine's time
        size = sum(len(doc.text.encode()) for doc in docs)
        counts = {}
        start = time.perf_counter()
        for doc in docs:
            for p in names.check(doc, ctx):
                counts[p.code] = counts.get(p.code, 0) + 1
        middle = time.perf_counter()
        collected = [(doc.path, names.collect(doc, ctx)) for doc in docs]
        after_collect = time.perf_counter()
        cross = sum(1 for _ in names.check_run(collected, ctx))
        end = time.perf_counter()
        print(f"== bulk: {len(files)} files, {size / 1e6:.1f} MB; names check {middle - start:.2f} s, "
              f"collect {after_collect - middle:.2f} s, check_run {end - after_collect:.2f} s; "
              f"findings {dict(sorted(counts.items()))}, cross-file TQ202 {cross}")


if __name__ == "__main__":
    main()
