"""Issue 11's figures, kind by kind: the linguistic traces (TQ301-TQ307) and untranslated French (TQ4xx).

    .venv/bin/python bench/measure_linguistic.py [--show TQ304] [--sample 10]

1. Findings per kind on real MT (the 19 WMT13 fr-en systems), and per 1000 words on human English: the
   WMT13 reference, the LIG post-edits (human, but they keep some calques) and the newssyscomb2009
   reference.  Every finding on human English is a false alarm unless read otherwise (``--show``).
2. The held-out sample (``corpora/heldout/opus_newssyscomb2009_sample.tsv``): real MT lines that nobody
   mined rules from, annotated by hand before the rules were looked at.  Recall = annotated instances a
   finding overlaps, by kind; and the share of lines with nothing to flag that get a finding anyway.  Twice:
   from the English alone, then with each line's French source (the source-aware rules, as ``--source``).
3. ``--sample N``: N findings per kind on the WMT13 systems, drawn at random (seed 11), to read by hand.

Reads ``../shared`` (never the package).
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
from collections import Counter, defaultdict

from tqcheck import check_text
from tqcheck.config import Config

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
KINDS = {"TQ301": "reporting", "TQ302": "lexical", "TQ303": "construction", "TQ304": "order",
         "TQ305": "preposition", "TQ306": "article", "TQ307": "lexical", "TQ4": "untranslated"}
SELECT = ["TQ3", "TQ4"]
HELD_OUT = os.path.join(ROOT, "corpora", "heldout", "opus_newssyscomb2009_sample.tsv")
HELD_OUT_SET = "newssyscomb2009"  # its test set: measured, never shown (as in measure_native)
MT_OUTPUT = os.path.join(SHARED, "opus-mt-leaderboard-fren", "newssyscomb2009.fra-eng.opus-2020-02-26.output")
SOURCE = os.path.join(SHARED, "opus-mt-leaderboard-fren", "newssyscomb2009.fra")
WORD = re.compile(r"[A-Za-z]+")


def kind(code: str) -> str:
    return KINDS.get(code, KINDS.get(code[:3], code))


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def findings(text):
    return check_text(text, path="x.txt", config=Config(select=SELECT))


def line_of(text, offsets):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    import bisect
    return [bisect.bisect_right(starts, o) for o in offsets]


def per_kind(corpora):
    """{corpus: (words, Counter(kind), [(kind, line text, span)])}"""
    out = {}
    for name, paths in corpora.items():
        words, counts, found = 0, Counter(), []
        for path in paths:
            text = read(path)
            words += len(WORD.findall(text))
            for f in findings(text):
                counts[kind(f.code)] += 1
                start = text.rfind("\n", 0, f.start) + 1
                end = text.find("\n", f.end)
                found.append((kind(f.code), text[start:end if end >= 0 else None], f.span, f.message))
        out[name] = (words, counts, found)
    return out


def _with_source(text, source):
    """The findings on one MT line checked with its French source line, as ``tqcheck check --source`` pairs them."""
    from tqcheck import documents
    from tqcheck.documents.pairing import attach
    from tqcheck.engine import Context, lint

    doc = documents.parse(text, path="x.txt", fmt="text")
    attach(doc, documents.parse(source, path="x.fr.txt", fmt="text"))
    return lint(doc, Context(Config())).findings


def held_out(with_source=False):
    """Recall by kind on the annotated sample, and false lines among the clean ones; ``with_source``: each MT
    line checked with its French source line (the source-aware rules TQ6xx on)."""
    if not os.path.exists(HELD_OUT) or not os.path.exists(MT_OUTPUT):
        print("held-out sample: not found (corpora/heldout/ or ../shared): skipped")
        return
    lines = read(MT_OUTPUT).split("\n")
    sources = read(SOURCE).split("\n") if with_source else None
    annotated = defaultdict(list)
    for row in read(HELD_OUT).splitlines():
        if row.startswith("#") or row.startswith("line\t") or not row.strip():
            continue
        number, what, start, end, *_ = row.split("\t") + ["", "", ""]
        annotated[int(number)].append((what, (int(start), int(end)) if start else None))
    caught, total, clean, noisy, flagged_lines = Counter(), Counter(), 0, 0, []
    for number, instances in sorted(annotated.items()):
        text = lines[number - 1]
        found = _with_source(text, sources[number - 1]) if with_source else check_text(text, path="x.txt")
        found = [f for f in found if not f.code.startswith("TQ2")]
        spans = [(f.start, f.end) for f in found]
        real = [(w, s) for w, s in instances if w != "none" and s]
        if not real:
            clean += 1
            if found:
                noisy += 1
                flagged_lines.append((number, [(f.code, f.start, f.end) for f in found]))  # never the text
            continue
        for what, (i, j) in real:
            total[what] += 1
            if any(a < j and b > i for a, b in spans):
                caught[what] += 1
    how = ", each with its French source line (--source)" if with_source else ""
    print(f"\nheld-out sample ({len(annotated)} real MT lines of newssyscomb2009, annotated by hand{how}):")
    print(f"  {'kind':<14} {'instances':>9} {'flagged':>8} {'recall':>7}")
    for what in sorted(total, key=lambda w: -total[w]):
        print(f"  {what:<14} {total[what]:>9} {caught[what]:>8} {caught[what] / total[what]:>7.0%}")
    editor = {w for w in total if w != "other-visible"}
    n, c = sum(total[w] for w in editor), sum(caught[w] for w in editor)
    print(f"  {'all':<14} {n:>9} {c:>8} {c / max(n, 1):>7.0%}   (target >= 30%)")
    print(f"  lines with nothing to flag: {clean}; with a finding anyway: {noisy} = {noisy / max(clean, 1):.0%}"
          " (target <= 10%)")
    for number, spans in flagged_lines:
        print(f"    line {number}: {spans}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", help="print the findings of this code (or kind) on human English")
    parser.add_argument("--sample", type=int, default=0, help="N random findings per kind on the WMT13 systems")
    args = parser.parse_args(argv)
    if not os.path.isdir(SHARED):
        sys.exit("../shared/data not found")
    systems = sorted(glob.glob(os.path.join(SHARED, "wmt13-fren", "system-outputs", "*")))
    human = {
        "WMT13 reference": [os.path.join(SHARED, "wmt13-fren", "newstest2013-ref.en")],
        "LIG post-edits": [os.path.join(SHARED, "lig-fren-postedit", "tgt-pe-all.en")],
        "newssyscomb2009 ref": [os.path.join(SHARED, "opus-mt-leaderboard-fren", "newssyscomb2009.eng")],
    }
    results = per_kind({"WMT13 19 systems": systems, **human})
    kinds = list(dict.fromkeys(KINDS.values()))
    print(f"{'corpus':<20} {'words':>9} " + " ".join(f"{k[:12]:>12}" for k in kinds) + "   per 1000 words")
    for name, (words, counts, _) in results.items():
        total = sum(counts.values())
        print(f"{name:<20} {words:>9} " + " ".join(f"{counts[k]:>12}" for k in kinds)
              + f"   {1000 * total / max(words, 1):.3f}")
    print("TQ3xx/TQ4xx per 1000 words on human news (target <= 0.3): "
          + ", ".join(f"{n} {1000 * sum(results[n][1].values()) / results[n][0]:.3f}" for n in human))
    if args.show:
        for name in human:
            if HELD_OUT_SET in name:  # the held-out set's test set: counted, never shown
                print(f"  {name}: not shown (held out, corpora/heldout/README.md)")
                continue
            for what, line, span, message in results[name][2]:
                if args.show in (what, message.split()[0]) or what == kind(args.show):
                    print(f"  {name}: [{span}] {message}\n      {line[:200]}")
    if args.sample:
        rng = random.Random(11)
        found = results["WMT13 19 systems"][2]
        for what in kinds:
            pool = [f for f in found if f[0] == what]
            for _, line, span, message in rng.sample(pool, min(args.sample, len(pool))):
                print(f"  {what}: [{span}] {message[:120]}\n      {line[:200]}")
    held_out()
    held_out(with_source=True)


if __name__ == "__main__":
    main()
