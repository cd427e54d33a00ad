"""Benchmark `tqcheck check` against proselint, measured in the same run.

1. cold start on one article: median of N runs of each command, as a pre-commit hook runs it;
2. bulk throughput over the 19 WMT13 system outputs (6.5 MB), MB/s, and peak memory;
2b. a PO catalog of 13,881 short messages (WMT13's and LIG's human English), where the cost per segment counts;
2c. a Markdown document of 12,000 paragraphs (four WMT13 outputs, a line a paragraph): what a folder of documentation
    costs, where the bulk's plain-text files are one segment each;
3. the cost of each detector, in one process on the same 6.5 MB.
The cold start is also counted in instructions (valgrind's callgrind, where installed), which a busy machine does
not change.

Targets (issue 9): one article with French content (corpora/mt/strike.md: French words, `14h30`, `1,2 million`,
so the language identifier loads) no slower than proselint; bulk at least 5x proselint's throughput with the
default -j, and at least 2 MB/s with -j 1; peak memory of both tools reported.
Usage: python bench/bench_check.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SYSTEMS = ROOT.parent / "shared" / "data" / "wmt13-fren" / "system-outputs"
ARTICLE = ROOT / "corpora" / "mt" / "strike.md"  # French words and numbers left in


def timed(cmd, runs=1):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def peak_rss_mb(cmd):
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, cwd=ROOT).stdout
    return int(out.strip() or 0) / 1024


def instructions(cmd):
    """The instructions ``cmd`` executes, counted by valgrind's callgrind: the same on a busy machine as on an
    idle one, where wall-clock times of a short run are not (None without valgrind)."""
    if not shutil.which("valgrind"):
        return None
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT).stderr
    m = re.search(r"Collected : (\d+)", out)
    return int(m.group(1)) if m else None


def family_costs(files):
    sys.path.insert(0, str(ROOT))
    from tqcheck.config import Config
    from tqcheck.documents import load
    from tqcheck.engine import Context
    from tqcheck.rules import detectors

    docs = [load(str(f)) for f in files]
    ctx = Context(Config())
    rows = []
    for detector in detectors():
        start = time.perf_counter()
        count, collected = 0, []
        for doc in docs:
            ctx.path = doc.path
            count += sum(1 for _ in detector.check(doc, ctx))
            if hasattr(detector, "collect") and hasattr(detector, "check_run"):
                collected.append((doc.path, detector.collect(doc, ctx)))  # right after the check: its index is warm
        if collected:
            count += sum(1 for _ in detector.check_run(collected, ctx))
        rows.append((detector.__name__.split(".", 2)[-1], time.perf_counter() - start, count))
    return rows


def paragraphs_figures(tq, files):
    """Many segments in one file: the per-segment costs that the bulk's one-segment files never show (stop 35 found
    a detector quadratic in them)."""
    import tempfile

    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "paragraphs.md"
        md.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        size = md.stat().st_size / 1e6
        seconds = min(timed(tq + ["--quiet", str(md)], 2))
    print(f"\n2c. a Markdown document of {len(lines):,} paragraphs ({size:.1f} MB): tqcheck {seconds:.2f} s, "
          f"{len(lines) / seconds:,.0f} paragraphs/s (no target: a figure to watch)")


def catalog_figures(tq):
    """A translation file of many short strings: the WMT13 and LIG French sources with their human English (the
    reference and the post-edits) as a PO catalog of 13,881 messages, where the cost per segment counts most."""
    import tempfile

    shared = SYSTEMS.parents[1]
    pairs = []
    for fr, en in ((shared / "wmt13-fren" / "newstest2013-src.fr", shared / "wmt13-fren" / "newstest2013-ref.en"),
                   (shared / "lig-fren-postedit" / "src-ref-all.fr", shared / "lig-fren-postedit" / "tgt-pe-all.en")):
        pairs += zip(fr.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines())

    def quoted(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    with tempfile.TemporaryDirectory() as tmp:
        po = Path(tmp) / "messages.en.po"
        po.write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n\n' + "".join(
            f"msgid {quoted(fr)}\nmsgstr {quoted(en)}\n\n" for fr, en in pairs), encoding="utf-8")
        size = po.stat().st_size / 1e6
        seconds = min(timed(tq + ["--quiet", str(po)], 2))
    print(f"\n2b. a PO catalog of {len(pairs)} messages ({size:.1f} MB): tqcheck {seconds:.2f} s, "
          f"{size / seconds:.2f} MB/s, {len(pairs) / seconds:,.0f} messages/s (no target: a figure to watch)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not SYSTEMS.is_dir():
        sys.exit(f"{SYSTEMS}: not found (the benchmark needs ../shared)")
    files = sorted(SYSTEMS.iterdir())
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    tq = [str(BIN / "tqcheck"), "check"]  # as the pre-commit hook runs it, full report
    prose = [str(BIN / "proselint"), "check"]

    # a pip install byte-compiles the package; an editable checkout under PYTHONDONTWRITEBYTECODE
    # would recompile every module on every run, which no installed user pays
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tqcheck")], check=True)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"\n1. cold start, one article ({ARTICLE.relative_to(ROOT)}), median of {args.runs} runs")
    timed(tq + [str(ARTICLE)], 2)  # warm the file cache
    pairs = [(timed(tq + [str(ARTICLE)])[0], timed(prose + [str(ARTICLE)])[0]) for _ in range(args.runs)]
    t_tq = statistics.median(p[0] for p in pairs)  # interleaved, so that drift on the machine hits both
    t_pl = statistics.median(p[1] for p in pairs)
    print(f"   tqcheck   {t_tq * 1000:7.1f} ms")
    print(f"   proselint {t_pl * 1000:7.1f} ms")
    print(f"   peak RSS: tqcheck {peak_rss_mb(tq + [str(ARTICLE)]):.0f} MB, proselint {peak_rss_mb(prose + [str(ARTICLE)]):.0f} MB")
    print(f"   target: tqcheck no slower -> {'PASS' if t_tq <= t_pl else 'FAIL'} ({t_pl / t_tq:.2f}x)")
    i_tq, i_pl = instructions(tq + [str(ARTICLE)]), instructions(prose + [str(ARTICLE)])
    if i_tq and i_pl:  # repeatable where the wall clock of a busy machine is not
        print(f"   instructions (callgrind): tqcheck {i_tq / 1e6:.1f} M, proselint {i_pl / 1e6:.1f} M ({i_pl / i_tq:.2f}x)")
    else:
        print("   instructions: valgrind not found, not counted")

    print(f"\n2. bulk: {len(files)} WMT13 system outputs, {size_mb:.1f} MB")
    file_args = [str(f) for f in files]
    t_bulk = min(timed(tq + ["--quiet"] + file_args, 3))
    t_bulk1 = min(timed(tq + ["--quiet", "--jobs", "1"] + file_args, 1))
    t_prose = timed(prose + file_args, 1)[0]
    mem = peak_rss_mb(tq + ["--quiet"] + file_args)
    print(f"   tqcheck (-j {os.cpu_count()}) {t_bulk:6.2f} s  {size_mb / t_bulk:6.2f} MB/s  peak RSS {mem:.0f} MB (largest process)")
    print(f"   tqcheck (-j 1) {t_bulk1:6.2f} s  {size_mb / t_bulk1:6.2f} MB/s")
    print(f"   proselint      {t_prose:6.2f} s  {size_mb / t_prose:6.2f} MB/s  peak RSS {peak_rss_mb(prose + file_args):.0f} MB")
    print(f"   target: at least 2 MB/s with -j 1 -> {'PASS' if size_mb / t_bulk1 >= 2 else 'FAIL'}")
    ratio = t_prose / t_bulk
    print(f"   target: at least 5x proselint's throughput -> {'PASS' if ratio >= 5 else 'FAIL'} ({ratio:.1f}x)")

    catalog_figures(tq)
    paragraphs_figures(tq, files[:4])

    print(f"\n3. cost of each detector, one process, {size_mb:.1f} MB (parsing excluded)")
    for name, seconds, count in family_costs(files):
        print(f"   {name:<24} {seconds:6.2f} s  {count:6d} findings")


if __name__ == "__main__":
    main()
