"""Probe (not a rule): would a source-aware false-friend rule find French traces that the English alone hides?

    .venv/bin/python bench/probe_source_false_friends.py [--show ROW]

The idea: with the French source at hand, an English word whose French look-alike is in the source sentence
(``actuellement`` → actually, ``domaine`` → domain, ``député`` → deputy) is a calque far more surely than the
English word alone.  ``probe_source_false_friends.tsv`` holds 82 candidate rows: classic false friends and the
pairs mined from WMT13 and LIG (a cognate pair the MT output uses where the human translation of the same
sentence does not: `english` the English forms, `french` the folded French forms, ``*`` a prefix; `unless` a
regular expression that exempts the English word at its place).

Each row is counted, sentence by sentence, on machine translations and on human ones of the same sources.
Measured on 2026-12-03:
- WMT13 19 systems 2,029 hits (1.8 per 1000 words), LIG Moses/Google/Bing 580; the neural MT of DEMETR 0;
- human translations: WMT13 reference 24 (0.43 per 1000 words, although the rows were chosen on it), LIG
  post-edits 219, DEMETR 1, the newssyscomb2009 reference 9 (0.86 per 1000 words; counted, never read);
- per system, most rows fire about as often on the human translation as on one MT output: translators use
  the cognate too (`ignore`, `demand`, `constitute`, `notably`);
- the held-out OPUS-MT sample (corpora/heldout): 0 of 193 annotated instances, 2 findings.
So the rule was not built: on neural MT it finds nothing, and on human translations it would flag as often
as on older MT.  The rows and the counts stay here for whoever takes the idea up again.
Reads ../shared (never the package).
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
ROWS = os.path.join(ROOT, "bench", "probe_source_false_friends.tsv")
HELD_OUT = os.path.join(ROOT, "corpora", "heldout", "opus_newssyscomb2009_sample.tsv")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_START = re.compile(r"[.!?:\"“]\s*$")


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def load(path=ROWS):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            french = row["french"].split()
            row["forms"] = set(row["english"].split())
            row["exact"] = {f for f in french if not f.endswith("*")}
            row["prefix"] = tuple(f[:-1] for f in french if f.endswith("*"))
            row["unless_re"] = re.compile(row["unless"], re.I) if row["unless"] else None
            rows.append(row)
    return rows


def source_words(source: str) -> set:
    words = set()
    for m in WORD.finditer(source):
        word = fold(m.group()).replace("’", "'")
        words.add(word)
        words.update(re.split(r"['-]", word))
    return words


def hits(rows, source, target):
    """``(row name, start, end)`` of each English word whose French look-alike the source holds."""
    known, found = source_words(source), []
    for m in WORD.finditer(target):
        word = m.group()
        for row in rows:
            if word.lower() not in row["forms"]:
                continue
            if word[0].isupper() and m.start() > 0 and not SENTENCE_START.search(target[:m.start()]):
                continue  # a name (Liberty, Commerce Department)
            if not (row["exact"] & known or (row["prefix"] and any(w.startswith(row["prefix"]) for w in known))):
                continue
            if row["unless_re"] and any(u.start() <= m.start() < u.end()
                                        for u in row["unless_re"].finditer(target, max(0, m.start() - 40), m.end() + 40)):
                continue
            found.append((row["english"].split()[0], m.start(), m.end()))
    return found


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().splitlines()


def pair_sets():
    """(name, source lines, target lines) of each machine and human translation."""
    src = lines(f"{SHARED}/wmt13-fren/newstest2013-src.fr")
    yield "wmt13-ref", src, lines(f"{SHARED}/wmt13-fren/newstest2013-ref.en")
    for path in sorted(glob.glob(f"{SHARED}/wmt13-fren/system-outputs/*")):
        yield "wmt13-mt", src, lines(path)
    lig = f"{SHARED}/lig-fren-postedit"
    src = lines(f"{lig}/src-ref-all.fr")
    yield "lig-pe", src, lines(f"{lig}/tgt-pe-all.en")
    for name in ("tgt-mt-all.en", "output_Google_Translator.en", "output_Bing_Translator.en"):
        yield "lig-mt", src, lines(f"{lig}/{name}")
    demetr = {}
    for line in lines(f"{SHARED}/demetr-fr/demetr_french_all_perturbations.jsonl"):
        item = json.loads(line)
        demetr[item["src_sent"]] = (item["eng_sent"], item["mt_sent"])
    yield "demetr-human", list(demetr), [v[0] for v in demetr.values()]
    yield "demetr-mt", list(demetr), [v[1] for v in demetr.values()]
    opus = f"{SHARED}/opus-mt-leaderboard-fren"
    yield "nsc2009-ref", lines(f"{opus}/newssyscomb2009.fra"), lines(f"{opus}/newssyscomb2009.eng")  # counted only


def held_out(rows):
    opus = f"{SHARED}/opus-mt-leaderboard-fren"
    mt = lines(f"{opus}/newssyscomb2009.fra-eng.opus-2020-02-26.output")
    src = lines(f"{opus}/newssyscomb2009.fra")
    caught = total = findings = 0
    for row in lines(HELD_OUT):
        if row.startswith(("#", "line\t")) or not row.strip():
            continue
        number, kind, start, end, *_ = row.split("\t") + ["", "", ""]
        if kind == "none" or not start:
            continue
        n = int(number)
        found = hits(rows, src[n - 1], mt[n - 1])
        total += 1
        caught += any(a < int(end) and b > int(start) for _, a, b in found)
    for n in {int(r.split("\t")[0]) for r in lines(HELD_OUT) if r[:1].isdigit()}:
        findings += len(hits(rows, src[n - 1], mt[n - 1]))
    return caught, total, findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", default="", help="print the human translations' hits of this row")
    args = parser.parse_args()
    rows = load()
    per, words, total = defaultdict(Counter), Counter(), Counter()
    for name, src, tgt in pair_sets():
        for s, t in zip(src, tgt):
            words[name] += len(t.split())
            for row, a, b in hits(rows, s, t):
                per[row][name] += 1
                total[name] += 1
                if row == args.show and name in ("wmt13-ref", "lig-pe", "demetr-human"):
                    print(f"  [{name}] {t[max(0, a - 60):a]}[[{t[a:b]}]]{t[b:b + 40]}")
    names = ["wmt13-mt", "lig-mt", "demetr-mt", "wmt13-ref", "lig-pe", "demetr-human", "nsc2009-ref"]
    print(f"{'row':<16}" + "".join(f"{n:>13}" for n in names))
    for row in sorted(per, key=lambda r: -per[r]["wmt13-mt"] - per[r]["lig-mt"]):
        print(f"{row:<16}" + "".join(f"{per[row][n]:>13}" for n in names))
    print(f"{'all':<16}" + "".join(f"{total[n]:>13}" for n in names))
    print(f"{'per 1000 words':<16}" + "".join(f"{1000 * total[n] / max(words[n], 1):>13.2f}" for n in names))
    caught, instances, findings = held_out(rows)
    print(f"held-out OPUS-MT sample, with its source: {caught} of {instances} instances, {findings} findings")


if __name__ == "__main__":
    main()
