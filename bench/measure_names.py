#!/usr/bin/env python3
"""Measure the TQ2xx names family: false positives on clean English, recall on MT output, time.

    .venv/bin/python bench/measure_names.py            # FP per 1000 words on the clean corpora, each finding printed
    .venv/bin/python bench/measure_names.py --bulk     # also: the family's time on the 19 WMT13 system outputs
    .venv/bin/python bench/measure_names.py --first-use  # only: import and first check on one short article

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
from tqcheck.rules.names import clusters, exonyms, glossary_terms, us_uk

DETECTORS = (exonyms, clusters, us_uk, glossary_terms)  # in the engine's order (by code)

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "data")
CLEAN = {
    "wmt13-ref": "wmt13-fren/newstest2013-ref.en",
    "lig-postedit": "lig-fren-postedit/tgt-pe-all.en",
}


def check(doc, ctx, times=None):
    """(the problems of every TQ2 detector on ``doc``, TQ202's summary of it for ``check_run``), as the
    engine runs them: each detector in code order, ``collect`` just after its ``check``.  ``times``: a
    dict to which the seconds spent in ``check`` and ``collect`` are added."""
    ctx.path = doc.path
    times = {} if times is None else times
    problems, summary = [], None
    for detector in DETECTORS:
        start = time.perf_counter()
        problems += detector.check(doc, ctx)
        middle = time.perf_counter()
        if hasattr(detector, "collect"):
            summary = detector.collect(doc, ctx)
        times["check"] = times.get("check", 0.0) + middle - start
        times["collect"] = times.get("collect", 0.0) + time.perf_counter() - middle
    return problems, summary


def run(path, ctx):
    doc = documents.load(path, fmt="text")
    return doc, check(doc, ctx)[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bulk", action="store_true", help="time the family on the WMT13 system outputs")
    parser.add_argument("--quiet", action="store_true", help="do not print each finding")
    parser.add_argument("--first-use", action="store_true",
                        help="time the module import and the first check of corpora/mt/bakhmut.md, in fresh interpreters")
    args = parser.parse_args()
    if args.first_use:
        return first_use()
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
        counts, collected, times = {}, [], {}
        for doc in docs:
            problems, summary = check(doc, ctx, times)
            for p in problems:
                counts[p.code] = counts.get(p.code, 0) + 1
            collected.append((doc.path, summary))
        start = time.perf_counter()
        cross = sum(1 for _ in clusters.check_run(collected, ctx))
        end = time.perf_counter()
        print(f"== bulk: {len(files)} files, {size / 1e6:.1f} MB; names check {times['check']:.2f} s, "
              f"collect {times['collect']:.2f} s, check_run {end - start:.2f} s; "
              f"findings {dict(sorted(counts.items()))}, cross-file TQ202 {cross}")


FIRST_USE = """
import time
from tqcheck.documents import load
from tqcheck.engine import Context
from tqcheck.rules import Rule  # the package, not the family
ctx = Context()
t0 = time.perf_counter()
from tqcheck.rules.names import clusters, exonyms, glossary_terms, us_uk
t1 = time.perf_counter()
ctx.enabled("TQ201")  # imports every family: the engine's time, not this family's
doc = load(ARTICLE)
t2 = time.perf_counter()
for detector in (exonyms, clusters, us_uk, glossary_terms):
    list(detector.check(doc, ctx))
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.2f} {(t3 - t2) * 1000:.2f}")
"""


def first_use(runs=7):
    """Median import and first-check times over fresh interpreters (start-up is what a hook pays)."""
    import statistics
    import subprocess

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    article = os.path.join(root, "corpora", "mt", "bakhmut.md")
    code = FIRST_USE.replace("ARTICLE", repr(article))
    times = [tuple(map(float, subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                             text=True).stdout.split())) for _ in range(runs)]
    print(f"== first use: import {statistics.median(t[0] for t in times):.2f} ms, first check of "
          f"{os.path.relpath(article, root)} {statistics.median(t[1] for t in times):.2f} ms (median of {runs})")


if __name__ == "__main__":
    main()
