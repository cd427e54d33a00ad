"""Precision, recall and speed of the calques family (TQ3xx) on public data.

    .venv/bin/python bench/measure_calques.py            # figures and every clean-corpus finding
    .venv/bin/python bench/measure_calques.py --misses   # also the missed reporting calques of online-C and rbmt-3

Precision: findings per 1000 words on clean English (the WMT13 newstest2013 reference and the LIG
post-edits), each one printed so that it can be looked at.

Recall on real MT (the 19 WMT13 fr-en systems, aligned line by line with the French source): a source
line whose French reports speech after a quotation with one of the French verbs of
``reporting_calques.tsv`` (``», souligne X``, ``", a estimé X``, ``" assure-t-il``; not the reflexive ``se rappelle``, which means remembers) is an opportunity;
when the MT line uses an English look-alike of that verb (``underlines``, ``estimated``, ``assures``),
the system has calqued it, and TQ301 should flag that line.  Recall = flagged / calqued.

Speed: the family alone (TQ3 selected) over the 19 system outputs (6.5 MB), best of three runs; and
the import and first check of a short article in a fresh interpreter (data loading, regex compiling).
Reads ``../shared`` (never the package).
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import time

from tqcheck.config import Config
from tqcheck.documents import load
from tqcheck.engine import Context, lint
from tqcheck.rules.calques.reporting import REPORTING_CALQUES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
WMT = os.path.join(SHARED, "wmt13-fren")
CLEAN = [os.path.join(WMT, "newstest2013-ref.en"), os.path.join(SHARED, "lig-fren-postedit", "tgt-pe-all.en")]

# French present (3rd person) and past participle of the verbs whose stem changes
IRREGULAR = {
    "marteler": ("martèle", "martelé"),
    "rappeler": ("rappelle", "rappelé"),
    "poursuivre": ("poursuit", "poursuivi"),
    "reconnaître": ("reconnaît", "reconnu"),
    "réjouir": ("réjouit", "réjoui"),
    "inquiéter": ("inquiète", "inquiété"),
    "considérer": ("considère", "considéré"),
    "tempérer": ("tempère", "tempéré"),
}


def french_forms(infinitive: str) -> tuple[str, str]:
    verb = re.sub(r"^(?:se |s')", "", infinitive.strip())
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    return verb[:-2] + "e", verb[:-2] + "é"


def calque_table():
    """French form -> set of English forms that calque it."""
    table: dict[str, set[str]] = {}
    for row in REPORTING_CALQUES.rows:
        english = {f for f in row.forms.split("|") if f}
        for french in row.french.split(","):
            for form in french_forms(french):
                table.setdefault(form, set()).update(english)
    return table


def opportunities(source_lines, table):
    """{line number: English forms that would calque it} for French reporting clauses after a quote."""
    verbs = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    after_quote = re.compile(
        rf"[»\"”][ \t]*,?[ \t]*(?:a |ont |(?P<r>s'est |se |s'))?(?P<v>{verbs})\b|[»\"”][ \t]*,?[ \t]*(?P<t>{verbs})-t-"
    )
    found = {}
    for number, line in enumerate(source_lines, 1):
        forms = set()
        for m in after_quote.finditer(line):
            verb = m.group("v") or m.group("t")
            if verb.startswith("rappel") and m.group("r"):
                continue  # se rappeler = remember: "recalls" translates it, it does not calque it
            forms |= table[verb]
        if forms:
            found[number] = forms
    return found


def findings(path, select=("TQ3",)):
    doc = load(path)
    return doc, lint(doc, Context(Config(select=list(select)))).findings


def precision():
    print("## Precision: TQ3 findings on clean English")
    for path in CLEAN:
        doc, found = findings(path)
        words = len(doc.text.split())
        lines = doc.text.splitlines()
        print(f"{os.path.relpath(path, SHARED)}: {len(found)} findings in {words} words = "
              f"{1000 * len(found) / words:.3f} per 1000 words")
        for f in found:
            line = lines[f.line - 1]
            print(f"  {f.line}:{f.column} {f.code} {f.severity:7} [{f.span}]  "
                  f"…{line[max(0, f.column - 60):f.column + len(f.span) + 50]}…")


def recall(show_misses):
    print("\n## Recall of TQ301 on reporting calques after a quotation (WMT13 fr-en)")
    with open(os.path.join(WMT, "newstest2013-src.fr"), encoding="utf-8") as handle:
        source = handle.read().splitlines()
    table = calque_table()
    chances = opportunities(source, table)
    print(f"source lines with a French reporting verb of the data after a quote: {len(chances)}")
    total_calqued = total_caught = 0
    for path in sorted(glob.glob(os.path.join(WMT, "system-outputs", "*"))):
        name = os.path.basename(path).replace("newstest2013.fr-en.", "")
        doc, found = findings(path, ("TQ301",))
        lines = doc.text.splitlines()
        flagged = {f.line for f in found}
        calqued = [n for n, forms in chances.items()
                   if n <= len(lines) and any(re.search(rf"\b{f}\b", lines[n - 1]) for f in forms)]
        caught = [n for n in calqued if n in flagged]
        total_calqued += len(calqued)
        total_caught += len(caught)
        share = f"{100 * len(caught) / len(calqued):.0f}%" if calqued else "-"
        print(f"{name:40} TQ301 findings {len(found):3}  calqued {len(calqued):3}  caught {len(caught):3}  {share}")
        if show_misses and (show_misses == "all" or name in ("online-C", "rbmt-3")):
            for n in calqued:
                if n not in flagged:
                    print(f"    missed {n}: {lines[n - 1][:160]}")
    print(f"{'all 19 systems':40} calqued {total_calqued}  caught {total_caught}  "
          f"{100 * total_caught / max(1, total_calqued):.0f}%")


def speed():
    print("\n## Speed of the TQ3 family alone")
    paths = sorted(glob.glob(os.path.join(WMT, "system-outputs", "*")))
    size = sum(os.path.getsize(p) for p in paths)
    ctx = Context(Config(select=["TQ3"]))
    lint(load(paths[0]), ctx)  # load the data and compile the patterns once
    best = float("inf")
    for _ in range(3):
        docs = [load(p) for p in paths]  # new segments each run: what is kept per segment is not reused
        start = time.perf_counter()
        count = sum(len(lint(d, ctx).findings) for d in docs)
        best = min(best, time.perf_counter() - start)
    print(f"{len(docs)} files, {size / 1e6:.1f} MB: {count} findings in {best:.2f} s "
          f"({size / 1e6 / best:.1f} MB/s; lint() with only TQ3 selected, best of 3)")


FIRST_USE = """
import time
from tqcheck.documents import load
from tqcheck.engine import Context
t0 = time.perf_counter()
from tqcheck.rules.calques import false_friends, reporting, structures
t1 = time.perf_counter()
doc, ctx = load({path!r}), Context()
ctx.enabled("TQ3")  # imports every family: not this family's cost
t2 = time.perf_counter()
for detector in (reporting, false_friends, structures):
    list(detector.check(doc, ctx))
t3 = time.perf_counter()
print(f"{{(t1 - t0) * 1000:.1f}} {{(t3 - t2) * 1000:.1f}}")
"""


def first_use():
    """Import and first check of one short article, each in a fresh interpreter (median of five)."""
    import statistics
    import subprocess

    print("\n## First use on a short article (fresh interpreter, median of 5)")
    for path in ("corpora/mt/bakhmut.md", "corpora/mt/strike.md", "corpora/ref/bakhmut.md"):
        runs = [subprocess.run([sys.executable, "-c", FIRST_USE.format(path=path)], cwd=ROOT, check=True,
                               capture_output=True, text=True).stdout.split() for _ in range(5)]
        imports, checks = zip(*[(float(a), float(b)) for a, b in runs])
        print(f"{path}: import {statistics.median(imports):.1f} ms, first check {statistics.median(checks):.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", nargs="?", const="some", help="print the missed calques of online-C and rbmt-3 (--misses=all: of every system)")
    args = parser.parse_args()
    if not os.path.isdir(WMT):
        sys.exit(f"{WMT} not found: this benchmark needs ../shared/data")
    precision()
    recall(args.misses)
    speed()
    first_use()


if __name__ == "__main__":
    main()
