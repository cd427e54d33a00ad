"""Benchmark ``tqcheck score`` against sacrebleu's command line, measured in the same run.

On one WMT13 fr-en system (3000 segments):

    sacrebleu REF -i HYP -m bleu chrf ter            (sacrebleu's CLI, as a subprocess)
    tqcheck score HYP -r REF -m bleu,chrf++,ter      (as a subprocess; chrF++ costs more than chrF)

Wall time (median of --runs), the ratio (target: at most 0.6), peak memory of the
whole process tree (tqcheck forks workers; sampled from /proc every 5 ms), and a
check that both print the same BLEU and TER.

Usage: python bench/bench_score.py [--runs N] [--system NAME] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
WMT = ROOT.parent / "shared" / "data" / "wmt13-fren"
TARGET = 0.6


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as handle:
                    todo += [int(c) for c in handle.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run(cmd: list[str]) -> tuple[float, float, str]:
    """Wall time (s), peak tree RSS (MB) and standard output of one run."""
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True)

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return elapsed, peak[0] / 1024, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--system", default="uedin-wmt13.2838", help="a WMT13 system name (file suffix)")
    parser.add_argument("--jobs", type=int, default=None, help="tqcheck worker processes (default: CPUs)")
    args = parser.parse_args()

    ref = WMT / "newstest2013-ref.en"
    hyp = WMT / "system-outputs" / f"newstest2013.fr-en.{args.system}"
    if not hyp.exists():
        raise SystemExit(f"{hyp} not found")
    sacrebleu_cmd = [str(BIN / "sacrebleu"), str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "ter", "-f", "text"]
    tqcheck_cmd = [sys.executable, "-m", "tqcheck", "score", str(hyp), "-r", str(ref), "-m", "bleu,chrf++,ter"]
    if args.jobs:
        tqcheck_cmd += ["--jobs", str(args.jobs)]

    rows = {"sacrebleu": [], "tqcheck": []}
    outputs = {}
    for _ in range(args.runs):  # interleaved, so that both see the same machine load
        for name, cmd in (("sacrebleu", sacrebleu_cmd), ("tqcheck", tqcheck_cmd)):
            elapsed, peak, out = run(cmd)
            rows[name].append((elapsed, peak))
            outputs[name] = out

    def score_of(metric: str, text: str) -> str:
        m = re.search(rf"^\s*{metric}\|\S+ = (\S+)", text, re.M)
        return m.group(1) if m else "?"

    same = all(score_of(m, outputs["sacrebleu"]) == score_of(m, outputs["tqcheck"]) for m in ("BLEU", "TER"))
    times = {k: statistics.median(t for t, _ in v) for k, v in rows.items()}
    peaks = {k: max(p for _, p in v) for k, v in rows.items()}
    ratio = times["tqcheck"] / times["sacrebleu"]
    print(f"{hyp.name}: 3000 segments, {os.cpu_count()} CPUs, median of {args.runs} runs")
    print(f"  sacrebleu CLI  bleu chrf ter       {times['sacrebleu']:6.2f} s   peak {peaks['sacrebleu']:6.0f} MB")
    print(f"  tqcheck score  bleu,chrf++,ter     {times['tqcheck']:6.2f} s   peak {peaks['tqcheck']:6.0f} MB"
          " (all processes)")
    print(f"  ratio {ratio:.2f} (target <= {TARGET}): {'ok' if ratio <= TARGET else 'MISSED'}")
    print(f"  BLEU {score_of('BLEU', outputs['tqcheck'])}, TER {score_of('TER', outputs['tqcheck'])}: "
          f"{'same as sacrebleu' if same else 'DIFFERENT from sacrebleu'}")
    print(json.dumps({"bench": "score", "sacrebleu_s": times["sacrebleu"], "tqcheck_s": times["tqcheck"],
                      "ratio": ratio, "sacrebleu_peak_mb": peaks["sacrebleu"], "tqcheck_peak_mb": peaks["tqcheck"],
                      "same_scores": same}))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
