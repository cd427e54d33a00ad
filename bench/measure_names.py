#!/usr/bin/env python3
"""Measure the TQ2xx names family: false positives on clean English, recall on MT output, time.

    .venv/bin/python bench/measure_names.py            # FP per 1000 words on the clean corpora, each finding printed
    .venv/bin/python bench/measure_names.py --bulk     # also: the family's time on the 19 WMT13 system outputs
    .venv/bin/python bench/measure_names.py --first-use  # only: import and first check on one short article
    .venv/bin/python bench/measure_names.py --recall   # also: TQ202 recall on the 19 WMT13 system outputs
    .venv/bin/python bench/measure_names.py --make-distinct  # rewrite tqcheck/data/names_distinct.tsv (apt-get install scowl)

Clean corpora (human English): the WMT13 newstest2013 reference and the LIG post-edits, each
checked as one document (a harder case for TQ202 than one article: 3000 and 10881 unrelated
sentences).  Every finding on them is printed, to be looked at one by one.

Recall (``--recall``): a name a system spelled otherwise than the reference is a pair (system spelling,
reference spelling) read off the aligned lines, without TQ202's keys: a capitalised word, mid-sentence, of
the system's line and not of the reference's, close (rapidfuzz indel similarity 0.75 or more, same first
letter) to one of the reference line's that the system's line lacks; words the reference writes in
lowercase somewhere, system spellings the reference itself uses (Palestine/Palestinian), accent-only differences (which TQ202 leaves alone by design) and derived forms
(Russia/Russian: one a prefix of the other) are left out.  The pair is *within* the file when the system
writes the reference spelling elsewhere in the same file, else *across* the files (another system writes
it).  It is found when a TQ202 finding of that file (its own or ``check_run``'s) names both spellings.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
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
    parser.add_argument("--make-distinct", action="store_true",
                        help="rewrite tqcheck/data/names_distinct.tsv from SCOWL (the Debian package scowl)")
    parser.add_argument("--recall", action="store_true", help="TQ202 recall on the WMT13 system outputs")
    parser.add_argument("--first-use", action="store_true",
                        help="time the module import and the first check of corpora/mt/bakhmut.md, in fresh interpreters")
    args = parser.parse_args()
    if args.first_use:
        return first_use()
    if args.make_distinct:
        return make_distinct()
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
    if args.recall:
        recall(ctx, verbose=not args.quiet)
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


_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)*(?![\w-])")


def _mid_sentence_caps(line: str) -> set:
    out = set()
    for m in _CAP_WORD.finditer(line):
        before = line[:m.start()].rstrip()
        if before and before[-1] not in ".?!:\"“«-–(":
            out.add(m.group())
    return out


def variant_pairs(hyp: list, ref: list, ref_words: set) -> dict:
    """(system spelling, reference spelling) -> first line, read off aligned lines (see the docstring)."""
    from rapidfuzz.distance import Indel

    from tqcheck.rules.names.keys import strip_accents

    pairs = {}
    for n, (h, r) in enumerate(zip(hyp, ref), 1):
        hc, rc = _mid_sentence_caps(h), _mid_sentence_caps(r)
        for a in hc - rc:
            if len(a) < 4 or a.lower() in ref_words or a in ref_words:
                continue
            for b in rc - hc:
                la, lb = a.lower(), b.lower()
                if lb in ref_words or strip_accents(la) == strip_accents(lb) or la.startswith(lb) or lb.startswith(la):
                    continue
                if a[0] == b[0] and Indel.normalized_similarity(la, lb) >= 0.75:
                    pairs.setdefault((a, b), n)
    return pairs


def recall(ctx, verbose=False):
    """TQ202 recall within a file and across the files, on the 19 WMT13 system outputs."""
    files = sorted(glob.glob(os.path.join(SHARED, "wmt13-fren/system-outputs/*")))
    with open(os.path.join(SHARED, "wmt13-fren/newstest2013-ref.en"), encoding="utf-8") as handle:
        ref = handle.read().split("\n")
    ref_words = set(re.findall(r"\b\w+\b", "\n".join(ref)))
    docs = [documents.load(path, fmt="text") for path in files]
    named: dict[str, list] = {}  # path -> the messages of its TQ202 findings
    collected = []
    for doc in docs:
        problems, summary = check(doc, ctx)
        named[doc.path] = [p.message for p in problems if p.code == "TQ202"]
        collected.append((doc.path, summary))
    for path, problem in clusters.check_run(collected, ctx):
        named[path].append(problem.message)
    found = {"within": [0, 0], "across": [0, 0]}
    missed = []
    for doc in docs:
        pairs = variant_pairs(doc.text.split("\n"), ref, ref_words)
        for (a, b), line in sorted(pairs.items()):
            where = "within" if re.search(rf"(?<![\w-]){re.escape(b)}(?![\w-])", doc.text) else "across"
            hit = any(f"`{a}`" in m and f"`{b}`" in m for m in named[doc.path])
            found[where][0] += hit
            found[where][1] += 1
            missed.append(f"{'found' if hit else 'missed'} {where} {os.path.basename(doc.path)}:{line} {a} / {b}")
    for where, (hit, total) in found.items():
        print(f"== TQ202 recall {where} a file: {hit}/{total} = {hit / max(total, 1):.3f} "
              f"(system spelling vs reference spelling, 19 WMT13 systems)")
    if verbose:
        for line in missed:
            print(f"  {line}")


SCOWL = "/usr/share/dict/scowl"
SCOWL_SIZE = 60  # SCOWL's common words and names; at 70 and above, rare ones (Kharkiv/Kharkov, Friesian/Frisian)
SCOWL_KINDS = ("english", "american", "british", "british_z", "canadian", "australian", "variant_1")
DISTINCT_HEADER = """\
# Two established English spellings TQ202 would otherwise take for one name spelled two ways: two words or
# two names (March/Marsh, Catching/Caching, Sidney/Sydney, Barry/Barrie, Miles/Myles), never merged, and
# month, weekday and decade names, never a spelling of a name (other is `*`: any).  A spelling variant of a name needs
# one side that English does not write (Bakhmout, Fetissov, Vicktor).
# Declared in tqcheck/rules/names/grouping.py (TQ202).
# The pairs are mined, not chosen: every two words of SCOWL (Spell Checker Oriented Word Lists, Kevin
# Atkinson, Debian package `scowl` 2020.12.07-2, /usr/share/dict/scowl/{KINDS}-{words,upper,proper-names}.N
# for N <= {SIZE}: common words, capitalised words and proper names) that TQ202's grouping puts together
# (same loose transliteration key, close by rapidfuzz), each pair once, the two spellings in order.
# Copyright 2000-2020 by Kevin Atkinson (MIT-like licence, see english_words.txt).
# Regenerate: apt-get install scowl; .venv/bin/python bench/measure_names.py --make-distinct
word\tother\twhy
"""
CALENDAR = (("January February March April May June July August September October November December", "month"),
            ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "weekday"),
            # a decade, capitalised (in the Forties): a plural of a number word, not a name (Fortis, the bank)
            ("Twenties Thirties Forties Fifties Sixties Seventies Eighties Nineties", "decade"))


def make_distinct():
    """Rewrite tqcheck/data/names_distinct.tsv from SCOWL (see DISTINCT_HEADER)."""
    from tqcheck.rules.common import DATA_DIR
    from tqcheck.rules.names.grouping import group_spellings

    if not os.path.isdir(SCOWL):
        sys.exit(f"no {SCOWL}: apt-get install scowl")
    words = set()
    for path in glob.glob(os.path.join(SCOWL, "*")):
        base, _, size = os.path.basename(path).rpartition(".")
        kind, _, category = base.partition("-")
        if not size.isdigit() or int(size) > SCOWL_SIZE or kind not in SCOWL_KINDS:
            continue
        if category not in ("words", "upper", "proper-names"):
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            for w in handle.read().split():
                if len(w) >= 4 and w.isalpha() and not w.isupper():
                    words.add(w[0].upper() + w[1:])
    rows = set()
    for group in group_spellings({w: 1 for w in words}, {}, distinct=False):
        for a in group:
            for b in group:
                if a < b:
                    rows.add((a, b, f"both in SCOWL {SCOWL_SIZE}: two English words or names"))
    for names, what in CALENDAR:
        for name in names.split():
            rows.add((name, "*", f"{what} name: never a spelling of a name"))
    header = DISTINCT_HEADER.replace("{KINDS}", ",".join(SCOWL_KINDS)).replace("{SIZE}", str(SCOWL_SIZE))
    target = os.path.join(DATA_DIR, "names_distinct.tsv")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(header)
        for row in sorted(rows, key=lambda r: ((r[0].casefold(), r[0]), (r[1].casefold(), r[1]))):
            handle.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {target}")


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
