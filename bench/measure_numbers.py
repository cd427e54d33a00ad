"""Measure the TQ5xx family (French number, date, time, currency formats).

    .venv/bin/python bench/measure_numbers.py [--quiet]

1. Precision: every finding on clean English (the WMT13 reference and the LIG
   post-edits), printed one per line, and findings per 1000 words.
2. Recall: findings per WMT13 system, and an estimate against the French
   source: a French-format token of the source (``4,7``, ``10 000``, ``14h30``,
   ``1er``, ``François Ier``, ``M. Name``, ``n°``, ``milliards``, ``15 €``, ``5 %``) that the
   system copied verbatim into its output is an artefact; recall is the share
   of those copies a TQ5 finding covers.
3. Speed: the family alone: import and first check of a short article (cold
   start), and CPU on all 19 system outputs (the 6.5 MB bulk), each file one
   long segment as ``make bench`` lints them, then each line a paragraph.

Each corpus line becomes its own paragraph (lines joined by blank lines), so a
finding's line number maps back to the corpus line.  Reads ../shared/data.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tqcheck.config import Config  # noqa: E402
from tqcheck.documents import parse  # noqa: E402
from tqcheck.engine import Context, lint  # noqa: E402
from tqcheck.rules import detectors  # noqa: E402

DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
CLEAN = {
    "wmt13-ref": os.path.join(DATA, "wmt13-fren", "newstest2013-ref.en"),
    "lig-postedit": os.path.join(DATA, "lig-fren-postedit", "tgt-pe-all.en"),
}
SOURCE = os.path.join(DATA, "wmt13-fren", "newstest2013-src.fr")
SYSTEMS = sorted(glob.glob(os.path.join(DATA, "wmt13-fren", "system-outputs", "*")))

# French-format tokens in the French source: the oracle for recall (independent, simple patterns)
_S = "[ \u00a0\u202f]"
SOURCE_TOKENS = re.compile(
    rf"(?<![\w.,])\d+,\d{{1,2}}(?![\d])"  # 4,7
    rf"|(?<![\w.,])\d{{1,3}}(?:{_S}\d{{3}})+(?![\d])"  # 10 000
    rf"|(?<![\w.,])\d{{1,3}}(?:\.\d{{3}})+(?![\d])"  # 80.000
    rf"|(?<![\w])\d{{1,2}}{_S}?h{_S}?\d\d(?![\d])"  # 14h30
    rf"|(?<![\w])\d+(?:er|re|e|ème)\b"  # 1er, 2e
    rf"|\bM\.{_S}[A-Z]\w+|\bMmes?\b|\bMlle\b|\bn°"  # M. Name, Mme, n°
    rf"|\bmilliards?\b"
    rf"|\b[A-ZÀ-Ý]\w+ I(?:er|re)\b"  # François Ier (regnal)
    rf"|\d{_S}?€|\d{_S}%"
)


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().rstrip("\n").split("\n")


def lint_lines(lines, ctx):
    """Findings of the TQ5 family on corpus lines: [(corpus line index, finding)]."""
    doc = parse("\n\n".join(lines), path="corpus.txt", fmt="text")
    result = lint(doc, ctx)
    return [((f.line - 1) // 2, f) for f in result.findings]


def words(lines):
    return sum(len(line.split()) for line in lines)


def precision(ctx, quiet):
    print("== Precision on clean English (every finding printed)")
    for name, path in CLEAN.items():
        if not os.path.exists(path):
            print(f"{name}: {path} missing, skipped")
            continue
        lines = read_lines(path)
        found = lint_lines(lines, ctx)
        n_words = words(lines)
        for index, f in found:
            if not quiet:
                fix = f" -> {f.fix.replacement!r} ({f.fix.applicability})" if f.fix else ""
                print(f"  {name}:{index + 1}:{f.column} {f.code} {f.span!r}{fix}  | {lines[index][max(0, f.column - 40):f.column + 40]}")
        codes = Counter(f.code for _, f in found)
        print(f"{name}: {len(found)} findings in {n_words} words = {1000 * len(found) / n_words:.3f} per 1000 words "
              f"{dict(sorted(codes.items()))}")


def recall(ctx, quiet):
    print("\n== Recall on WMT13 system outputs")
    if not SYSTEMS or not os.path.exists(SOURCE):
        print("WMT13 data missing, skipped")
        return
    source = read_lines(SOURCE)
    src_tokens = [SOURCE_TOKENS.findall(line) for line in source]
    print(f"source lines with a French-format token: {sum(1 for t in src_tokens if t)} of {len(source)}")
    print(f"{'system':48} {'findings':>8} {'lines':>6} {'copied':>6} {'caught':>6} {'recall':>6}  by code")
    totals, fixes = Counter(), Counter()
    for path in SYSTEMS:
        name = os.path.basename(path).replace("newstest2013.fr-en.", "")
        lines = read_lines(path)
        found = lint_lines(lines, ctx)
        by_line: dict[int, list] = {}
        for index, f in found:
            by_line.setdefault(index, []).append(f)
        copied = caught = 0
        missed = []
        for index, tokens in enumerate(src_tokens):
            if not tokens or index >= len(lines):
                continue
            out = lines[index]
            for token in set(tokens):
                for m in re.finditer(re.escape(token), out):
                    if m.start() and out[m.start() - 1].isalnum():
                        continue
                    copied += 1
                    cols = [(f.column - 1, f.end_column - 1) for f in by_line.get(index, ()) if f.line == f.end_line]
                    if any(a < m.end() and m.start() < b for a, b in cols):
                        caught += 1
                    else:
                        missed.append((index, token, out))
        codes = Counter(f.code for _, f in found)
        totals.update(copied=copied, caught=caught, findings=len(found))
        fixes.update(f"{f.code} {f.fix.applicability}" for _, f in found if f.fix)
        rate = f"{caught / copied:.2f}" if copied else "-"
        print(f"{name:48} {len(found):8} {len(by_line):6} {copied:6} {caught:6} {rate:>6}  {dict(sorted(codes.items()))}")
        if not quiet:
            for index, token, out in missed:
                print(f"    missed {index + 1}: {token!r} in {out[:120]!r}")
    print(f"{'all systems':48} {totals['findings']:8} {'':6} {totals['copied']:6} {totals['caught']:6} "
          f"{totals['caught'] / max(1, totals['copied']):6.2f}")
    # a safe fix needs a context that says what the figure is (issue 10): how many findings keep one
    print("fixes offered on all systems: " + ", ".join(f"{key} {n}" for key, n in sorted(fixes.items())))


def family():
    """The detector modules of the family (tqcheck.rules.numbers.*)."""
    return [module for module in detectors() if module.__name__.startswith("tqcheck.rules.numbers.")]


def check(doc, ctx):
    """The family's problems on ``doc``: each detector in turn, as the engine runs them."""
    return [problem for module in family() for problem in module.check(doc, ctx)]


def speed():
    print("\n== Speed: the TQ5 family alone")
    ctx = Context()
    # cold start: the first check of a short article pays for loading data and compiling patterns
    article = os.path.join(ROOT, "corpora", "mt", "bakhmut.md")
    if os.path.exists(article):
        code = (
            "import time; from tqcheck.documents import load; from tqcheck.engine import Context; "
            "from tqcheck.rules import DETECTORS, all_rules; import tqcheck.rules.common; t = time.perf_counter(); "
            "import importlib; fam = [importlib.import_module('tqcheck.rules.' + m) for m in "
            "dict.fromkeys(v for k, v in DETECTORS.items() if k.startswith('TQ5'))]; "
            "t1 = time.perf_counter(); all_rules(); d = load(%r); "
            "ctx = Context(); ctx.enabled('TQ5'); t2 = time.perf_counter(); [list(f.check(d, ctx)) for f in fam]; "
            "print(f'{(t1 - t) * 1000:.1f} {(time.perf_counter() - t2) * 1000:.1f}')" % article
        )
        import subprocess

        runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.split()
                for _ in range(5)]
        imports, firsts = sorted(float(r[0]) for r in runs), sorted(float(r[1]) for r in runs)
        print(f"import {imports[2]:.1f} ms (median of 5, with the source compiled when no .pyc is written), "
              f"first check of {os.path.basename(article)} {firsts[2]:.1f} ms")
    if not SYSTEMS:
        return
    # bulk: each system output as one file (one long plain-text segment), as `make bench` lints them
    docs = [parse(open(path, encoding="utf-8").read(), path=path, fmt="text") for path in SYSTEMS]
    check(docs[0], ctx)  # load data and compile patterns first
    size = sum(len(doc.text.encode()) for doc in docs)
    start = time.process_time()
    problems = sum(len(check(doc, ctx)) for doc in docs)
    print(f"{len(docs)} files, {size / 1e6:.1f} MB, one segment each: {problems} problems, "
          f"{time.process_time() - start:.2f} s CPU")
    # the same lines as one paragraph each (many short segments)
    text = "\n\n".join(line for path in SYSTEMS for line in read_lines(path))
    doc = parse(text, path="bulk.txt", fmt="text")
    start = time.process_time()
    problems = len(check(doc, ctx))
    print(f"the same lines as {len(doc.segments)} paragraphs: {problems} problems, "
          f"{time.process_time() - start:.2f} s CPU")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no finding or miss listed")
    args = parser.parse_args()
    ctx = Context(Config(select=["TQ5"]))
    precision(ctx, args.quiet)
    recall(ctx, args.quiet)
    speed()


if __name__ == "__main__":
    main()
