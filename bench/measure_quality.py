#!/usr/bin/env python3
"""Does the quality score (issue 13) track human judgement?  Two checks on ../shared data:

1. LIG post-edits (Potet et al. 2012): the Moses output cut into blocks of 100 segments; for each
   block, the quality score computed from the MT alone (tqcheck's findings, default settings) and
   the human post-editing effort, HTER = sacrebleu's TER of the MT against its post-edit.  Spearman's
   rho between the two (a good score is *negatively* correlated with HTER).  The Moses output is
   lowercased and tokenised; the score is also given on a detokenised copy (punctuation reattached,
   first letter capitalised), and beside two baselines that know nothing of translation.
2. WMT13 fr-en: the 19 systems ranked by the quality score of their whole output, beside their
   ranking by BLEU against the reference.  (The published human ranking of these systems is not in
   ../shared/data, so it is not compared here.)

    .venv/bin/python bench/measure_quality.py            # both: about 4 minutes of CPU
    .venv/bin/python bench/measure_quality.py --lig      # only the LIG blocks
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile

from tqcheck.config import Config
from tqcheck.report.quality import Settings, assess
from tqcheck.runner import check_files

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "data")
LIG = os.path.join(SHARED, "lig-fren-postedit")
WMT = os.path.join(SHARED, "wmt13-fren")
BLOCK = 100


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().split("\n")[:-1]


def ranks(values):
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def spearman(x, y):
    return pearson(ranks(x), ranks(y))


def permutation_p(x, y, trials=2000, seed=13):
    """Two-sided p-value of Spearman's rho by shuffling ``y``."""
    rho = abs(spearman(x, y))
    rng, ry, rx = random.Random(seed), ranks(y), ranks(x)
    hits = 0
    for _ in range(trials):
        rng.shuffle(ry)
        hits += abs(pearson(rx, ry)) >= rho - 1e-12
    return (hits + 1) / (trials + 1)


def detokenise(line):
    """Undo Moses-style tokenisation well enough for a linter (the casing is lost for good)."""
    line = re.sub(r" ([,.;:!?%)\]])", r"\1", line)
    line = re.sub(r"([(\[]) ", r"\1", line)
    line = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", line)
    return line[:1].upper() + line[1:]


def quality_of_texts(texts, folder, jobs):
    """Quality of each text (one plain-text document each), through the public runner API."""
    paths = []
    for i, text in enumerate(texts):
        path = os.path.join(folder, f"{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        paths.append(path)
    report = check_files(paths, Config(), jobs=jobs)
    run = assess([(report, Settings())])
    by_path = {d.path: d for d in run.documents}
    cats = {p: {} for p in paths}
    for f in report.findings:
        cats[f.path][f.category] = cats[f.path].get(f.category, 0) + 1
    return [by_path[p] for p in paths], [cats[p] for p in paths], run


def lig(jobs):
    from sacrebleu.metrics import TER

    mt, pe = read_lines(os.path.join(LIG, "tgt-mt-all.en")), read_lines(os.path.join(LIG, "tgt-pe-all.en"))
    assert len(mt) == len(pe), (len(mt), len(pe))
    n = len(mt) // BLOCK
    blocks = [(mt[i * BLOCK:(i + 1) * BLOCK], pe[i * BLOCK:(i + 1) * BLOCK]) for i in range(n)]
    ter_norm, ter_plain = TER(normalized=True), TER()
    hter = [ter_norm.corpus_score(m, [p]).score for m, p in blocks]
    hter_plain = [ter_plain.corpus_score(m, [p]).score for m, p in blocks]
    print(f"1. LIG: {len(mt)} segments -> {n} blocks of {BLOCK} (the last {len(mt) - n * BLOCK} left out)")
    print(f"   HTER per block (TER normalized, case-insensitive): mean {sum(hter) / n:.1f}, "
          f"min {min(hter):.1f}, max {max(hter):.1f}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, transform in (("MT as given (lowercased, tokenised)", lambda s: s),
                                 ("MT detokenised, first letter capitalised", detokenise)):
            folder = os.path.join(tmp, str(len(rows)))
            os.mkdir(folder)
            docs, cats, run = quality_of_texts(["\n".join(transform(s) for s in m) + "\n" for m, _ in blocks],
                                               folder, jobs)
            scores = [d.score for d in docs]
            rows.append((label, scores, docs, cats, run))
    print(f"\n   {'Spearman rho with HTER (negative = agrees)':<58} {'rho':>7} {'p':>7} {'rho(TER plain)':>15}")
    for label, scores, docs, cats, run in rows:
        rho, p = spearman(scores, hter), permutation_p(scores, hter)
        print(f"   quality score, {label:<42} {rho:7.3f} {p:7.4f} {spearman(scores, hter_plain):15.3f}"
              f"   (run score {run.score:.2f}, {sum(d.findings for d in docs)} findings, "
              f"{run.per_1000_words:.1f} points/1000 words)")
    words_per_seg = [sum(len(s.split()) for s in m) / len(m) for m, _ in blocks]
    print(f"   {'baseline: mean words per segment (longer = more edits?)':<58} "
          f"{spearman([-w for w in words_per_seg], hter):7.3f} {permutation_p(words_per_seg, hter):7.4f}")
    label, scores, docs, cats, run = rows[1]
    print("\n   per category, detokenised MT: rho of (minus) its findings per 1000 words with HTER")
    for cat in sorted({c for block in cats for c in block}):
        rate = [-1000 * block.get(cat, 0) / max(d.words, 1) for block, d in zip(cats, docs)]
        total = sum(block.get(cat, 0) for block in cats)
        print(f"     {cat:<18} {spearman(rate, hter):7.3f}   ({total} findings)")


def wmt(jobs):
    import sacrebleu

    folder = os.path.join(WMT, "system-outputs")
    names = sorted(os.listdir(folder))
    ref = read_lines(os.path.join(WMT, "newstest2013-ref.en"))
    outputs = [read_lines(os.path.join(folder, name)) for name in names]
    bleu = [sacrebleu.corpus_bleu(out, [ref]).score for out in outputs]
    chrf = [sacrebleu.corpus_chrf(out, [ref], word_order=2).score for out in outputs]
    with tempfile.TemporaryDirectory() as tmp:
        docs, cats, _ = quality_of_texts(["\n".join(out) + "\n" for out in outputs], tmp, jobs)
    scores = [d.score for d in docs]
    short = [re.sub(r"^newstest2013\.fr-en\.|\.\d+$", "", n) for n in names]
    q_rank = ranks([-s for s in scores])
    b_rank = ranks([-b for b in bleu])
    print(f"\n2. WMT13 fr-en: {len(names)} systems, {len(ref)} segments each")
    print(f"   {'system':<32} {'quality':>8} {'rank':>5} {'pts/1000w':>10} {'BLEU':>6} {'rank':>5} {'chrF++':>7}  findings")
    for i in sorted(range(len(names)), key=lambda i: q_rank[i]):
        by_cat = ", ".join(f"{c} {n}" for c, n in sorted(cats[i].items(), key=lambda kv: -kv[1]))
        print(f"   {short[i]:<32} {scores[i]:8.3f} {q_rank[i]:5.1f} {docs[i].per_1000_words:10.2f} "
              f"{bleu[i]:6.2f} {b_rank[i]:5.1f} {chrf[i]:7.2f}  {docs[i].findings}: {by_cat}")
    print(f"\n   Spearman rho, quality score vs BLEU: {spearman(scores, bleu):.3f} "
          f"(p {permutation_p(scores, bleu):.4f}); vs chrF++: {spearman(scores, chrf):.3f}; "
          f"BLEU vs chrF++: {spearman(bleu, chrf):.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lig", action="store_true", help="only the LIG post-edit blocks")
    parser.add_argument("--wmt", action="store_true", help="only the WMT13 system ranking")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit(f"no shared data at {SHARED}")
    if not args.wmt:
        lig(args.jobs)
    if not args.lig:
        wmt(args.jobs)


if __name__ == "__main__":
    main()
