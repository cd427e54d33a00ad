"""Benchmark the bilingual readers: checking a 3,000-unit file against checking its target text alone.

The units are WMT13 newstest2013: the French source and one real system's English output (an MT
system leaves the traces tqcheck looks for). The same 3,000 targets are written as plain text, one
paragraph a unit, and as XLIFF 1.2, PO, TMX and TSV; each is checked

1. in one process (read + every rule), CPU time (steady on a shared machine), median of N runs:
   what the format itself costs;
2. as a user runs it (`tqcheck check -q -j 1 FILE`, start-up included): the command's CPU time
   (user + system, steady on a shared machine) and its wall time, median of N runs.

Target (issue 12): the XLIFF costs at most twice its target text alone as plain text.
Usage: python bench/bench_bilingual.py [--runs N] [--system NAME]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "data" / "wmt13-fren"
UNITS = 3000


def write_files(folder: Path, sources: list[str], targets: list[str]) -> dict[str, Path]:
    def po_string(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'

    files = {
        "text": ("targets.txt", "".join(t + "\n\n" for t in targets)),
        "xliff": ("units.xlf", '<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                  '<file source-language="fr" target-language="en" datatype="plaintext" original="newstest2013">\n'
                  "<body>\n" + "".join(
                      f'<trans-unit id={quoteattr(str(k))}>\n  <source>{escape(s)}</source>\n'
                      f'  <target state="translated">{escape(t)}</target>\n</trans-unit>\n'
                      for k, (s, t) in enumerate(zip(sources, targets), 1)) + "</body>\n</file>\n</xliff>\n"),
        "po": ("units.po", 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               + "".join(f"#: newstest2013:{k}\nmsgctxt {po_string(str(k))}\n"
                         f"msgid {po_string(s)}\nmsgstr {po_string(t)}\n\n"
                         for k, (s, t) in enumerate(zip(sources, targets), 1))),
        "tmx": ("units.tmx", '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '<header creationtool="bench" creationtoolversion="1" datatype="plaintext" segtype="sentence" '
                'adminlang="en" srclang="fr" o-tmf="bench"/>\n<body>\n' + "".join(
                    f'<tu tuid="{k}"><tuv xml:lang="fr"><seg>{escape(s)}</seg></tuv>'
                    f'<tuv xml:lang="en"><seg>{escape(t)}</seg></tuv></tu>\n'
                    for k, (s, t) in enumerate(zip(sources, targets), 1)) + "</body>\n</tmx>\n"),
        "tsv": ("units.tsv", "".join(f"{s}\t{t}\n" for s, t in zip(sources, targets))),
    }
    out = {}
    for fmt, (name, text) in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out[fmt] = path
    return out


def in_process(paths: list[Path], runs: int) -> list[tuple[float, float, int]]:
    """For each path: (median CPU seconds to read, to read and lint, findings); the runs interleaved,
    so that drift on a shared machine hits every format alike."""
    sys.path.insert(0, str(ROOT))
    from tqcheck.config import Config
    from tqcheck.documents import load
    from tqcheck.engine import Context, lint

    ctx = Context(Config())
    for path in paths:
        lint(load(str(path)), ctx)  # warm: rule tables and lazy imports
    reads: list[list[float]] = [[] for _ in paths]
    totals: list[list[float]] = [[] for _ in paths]
    counts = [0] * len(paths)
    for _ in range(runs):
        for k, path in enumerate(paths):
            start = time.process_time()
            doc = load(str(path))
            middle = time.process_time()
            counts[k] = len(lint(doc, ctx).findings)
            reads[k].append(middle - start)
            totals[k].append(time.process_time() - start)
    return [(statistics.median(r), statistics.median(t), c) for r, t, c in zip(reads, totals, counts)]


def cli(paths: list[Path], runs: int) -> list[tuple[float, float]]:
    """(median CPU seconds, median wall seconds) of `tqcheck check -q -j 1 PATH` for each path, runs interleaved."""
    command = [sys.executable, "-m", "tqcheck", "check", "-q", "-j", "1"]
    cpu: list[list[float]] = [[] for _ in paths]
    wall: list[list[float]] = [[] for _ in paths]
    for _ in range(runs):
        for k, path in enumerate(paths):
            before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run(command + [str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall[k].append(time.perf_counter() - start)
            cpu[k].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return [(statistics.median(c), statistics.median(w)) for c, w in zip(cpu, wall)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--system", default="newstest2013.fr-en.online-B")
    args = parser.parse_args()
    source_file, system_file = WMT / "newstest2013-src.fr", WMT / "system-outputs" / args.system
    if not source_file.is_file() or not system_file.is_file():
        sys.exit(f"{WMT}: not found (the benchmark needs ../shared)")
    sources = source_file.read_text(encoding="utf-8").splitlines()[:UNITS]
    targets = system_file.read_text(encoding="utf-8").splitlines()[:UNITS]
    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-bilingual-") as tmp:
        files = write_files(Path(tmp), sources, targets)
        print(f"{UNITS} units: French source + {args.system}; median of {args.runs} runs")
        print("\n1. in one process (read + every rule), CPU time")
        totals = {}  # the plain text first: the others are compared with it
        for (fmt, path), (read, totals[fmt], count) in zip(files.items(), in_process(list(files.values()), args.runs)):
            print(f"   {fmt:<6} {path.stat().st_size / 1e6:5.2f} MB  read {read * 1000:7.1f} ms  "
                  f"read+check {totals[fmt] * 1000:7.1f} ms  {totals[fmt] / totals['text']:4.2f}x text  "
                  f"{count:5d} findings")
        print("\n2. as a user runs it: tqcheck check -q -j 1 FILE (start-up included)")
        commands = dict(zip(files, cli(list(files.values()), args.runs)))
        for fmt, (cpu, wall) in commands.items():
            print(f"   {fmt:<6} CPU {cpu:6.2f} s  {cpu / commands['text'][0]:4.2f}x text   wall {wall:6.2f} s")
        ratio = max(totals["xliff"] / totals["text"], commands["xliff"][0] / commands["text"][0])
        print(f"\n   target: the XLIFF at most 2x its target text alone -> {'PASS' if ratio <= 2 else 'FAIL'} "
              f"({ratio:.2f}x, the larger of the two CPU measures)")


if __name__ == "__main__":
    main()
