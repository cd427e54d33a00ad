"""Measure the source-aware rules (TQ6xx) and the article aligner on WMT13 French→English.

    .venv/bin/python bench/measure_source.py [--part control,perturb,mt,align,demetr] [--quiet]

Reads ../shared/data/wmt13-fren: the 3,000 French source lines, their human English reference, and the
outputs of 19 MT systems, line-aligned.  Every pair set is checked as a bilingual TSV file
(``source<TAB>target`` a line, read by tqcheck's own TSV reader), so that a finding's line is the
corpus line.  Only the TQ6xx rules are selected unless said otherwise.

1. control: the untouched reference pairs, and the share of lines any TQ6xx rule flags (every
   finding printed without --quiet).
2. perturb: the reference lines that no TQ6xx rule flags, perturbed one way at a time (seeded), and
   checked inside the whole corpus (for TQ604, a tenth of them at a time, the rest untouched, so that
   the document's own length ratio is that of clean pairs, as in a real file with a few errors):
   - number: one digit of a number that the source has too (same digits, separators aside) is changed;
     flagged when TQ601 reports that line;
   - copy: one English word (three letters or more, not a name) is replaced by a French word of the
     same source line that is lowercase there and that no English reference line holds in lowercase
     (so it is not also an English word, by the corpus and not by tqcheck's own lexicon); flagged when
     a TQ602 finding covers the inserted word (and, TQ4xx selected too, TQ602 or TQ4xx);
   - clause: a clause of three words or more between two commas is dropped (``A, B, C`` -> ``A, C``);
     flagged when TQ604 reports the line.
3. mt: the 19 systems against the source.  Oracle of a number error (independent of tqcheck's
   reader): the digits of each number of the source (separators and decimal marks dropped: ``2 450``
   -> 2450, ``1,5`` -> 15) that the human reference also has, but the MT output does not (the English
   sides read the same way, plus one to twenty (and first to twentieth), the tens and the decades
   spelled out (``Sixties``), and the two last digits of a year: ``1960s`` has 60; ``3 milliards``→``3 billion`` keeps 3).  The reference vouches
   that the number belongs in a translation, so a line the oracle marks is an MT line that lost or
   garbled a source number.  The oracle is crude (a time the reference writes ``8 p.m.`` for ``20h``
   never reaches it); its misses are printed to be read.  Recall: the share of oracle lines that TQ601
   flags; also shown, the share of the other lines (no oracle error) that TQ601 flags (some are real
   errors the reference cannot vouch for: read them with --quiet off).
4. align: the aligner on articles made from the line-aligned reference: consecutive lines grouped into
   "articles" of 40 lines, sentences joined into paragraphs of 2–5 lines on each side independently,
   and a share of neighbouring target sentences joined into one (the 2-1 case).  Accuracy: the
   share of source sentences paired with (a target sentence holding) their own reference, among
   the pairs the aligner is confident of, and the share it is confident of.
5. demetr: DEMETR's French items (../shared/data/demetr-fr), perturbations made by others: numbers
   replaced (TQ601), French words code-mixed in (TQ602), an addition (TQ604), a named entity removed
   or replaced (any TQ6xx): the share of perturbed MT sentences flagged, and of the same MT
   sentences unperturbed.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tqcheck.config import Config  # noqa: E402
from tqcheck.documents import parse  # noqa: E402
from tqcheck.engine import Context, lint  # noqa: E402

DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "wmt13-fren")
SOURCE = os.path.join(DATA, "newstest2013-src.fr")
REFERENCE = os.path.join(DATA, "newstest2013-ref.en")
SYSTEMS = sorted(glob.glob(os.path.join(DATA, "system-outputs", "*")))
SEED = 13
MISSED = 2  # misses shown for each system, without --quiet
ROUNDS = 10  # perturbed lines are checked a tenth at a time, inside the whole corpus


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().rstrip("\n").split("\n")


def check_pairs(sources, targets, select=("TQ6",)):
    """The findings of the selected rules on the pairs, as ``{corpus line index: [findings]}``."""
    text = "".join(f"{s.replace(chr(9), ' ')}\t{t.replace(chr(9), ' ')}\n" for s, t in zip(sources, targets))
    doc = parse(text, path="pairs.tsv", fmt="tsv")
    found = {}
    for f in lint(doc, Context(Config(select=list(select)))).findings:
        found.setdefault(f.line - 1, []).append(f)
    return found


def pct(n, d):
    return f"{n}/{d} = {100 * n / d:.1f}%" if d else f"{n}/0"


# ------------------------------------------------------------------ 1. control


def control(src, ref, quiet):
    print("== Control: untouched human reference pairs (TQ6xx selected)")
    start = time.perf_counter()
    found = check_pairs(src, ref)
    elapsed = time.perf_counter() - start
    if not quiet:
        for i in sorted(found):
            for f in found[i]:
                print(f"  {i + 1}: {f.code} {f.span[:50]!r}: {f.message[:110]}")
    by_code = {}
    for i, fs in found.items():
        for code in {f.code for f in fs}:
            by_code[code] = by_code.get(code, 0) + 1
    print(f"  lines flagged by any TQ6xx: {pct(len(found), len(src))}  (target <= 3%)  [{elapsed:.1f} s]")
    print("  by rule: " + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items())))
    return found


# ------------------------------------------------------------------ 2. perturbations

NUMBER = re.compile(r"\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")  # 2 450, 1,5, 13,435; not 12,158 1,317
WORD = re.compile(r"[^\W\d_]+")


def digits(text):
    return "".join(c for c in text if c.isdigit()).lstrip("0") or "0"


def perturb_number(rng, src, ref):
    have = {digits(m.group()) for m in NUMBER.finditer(src)}
    numbers = [m for m in NUMBER.finditer(ref) if digits(m.group()) in have]
    if not numbers:
        return None
    m = rng.choice(numbers)
    places = [m.start() + k for k, c in enumerate(m.group()) if c.isdigit()]
    at = rng.choice(places)
    choices = [d for d in "0123456789" if d != ref[at] and not (d == "0" and at == m.start())]
    return ref[:at] + rng.choice(choices) + ref[at + 1:], at


def perturb_copy(rng, src, ref, english_vocabulary):
    targets = list(re.finditer(r"(?<![\w'’-])[a-z][A-Za-z]{2,}(?![\w'’-])", ref))  # a whole word, not a name
    french = [m.group() for m in WORD.finditer(src)
              if m.group()[0].islower() and m.group().lower() not in english_vocabulary
              and m.group() not in ref and len(m.group()) > 1]
    if not targets or not french:
        return None
    m, word = rng.choice(targets), rng.choice(french)
    return ref[:m.start()] + word + ref[m.end():], m.start()


def perturb_clause(rng, src, ref):
    clauses = [m for m in re.finditer(r",([^,]+),", ref) if len(m.group(1).split()) >= 3]
    clauses = [m for k, m in enumerate(clauses) if all(m.start() >= o.end() - 1 for o in clauses[:k])]
    if not clauses:
        return None
    m = rng.choice(clauses)
    return ref[:m.start()] + ref[m.end() - 1:], m.start()


def perturb(src, ref, clean, quiet):
    print("== Perturbed reference lines (lines no TQ6xx rule flags untouched; seeded)")
    vocabulary = {w for line in ref for w in WORD.findall(line) if w[0].islower()}
    kinds = {
        "number (TQ601)": ("TQ601", lambda rng, s, r: perturb_number(rng, s, r), 90),
        "copied French word (TQ602)": ("TQ602", lambda rng, s, r: perturb_copy(rng, s, r, vocabulary), 80),
        "dropped clause (TQ604)": ("TQ604", lambda rng, s, r: perturb_clause(rng, s, r), 50),
    }
    for name, (code, make, target) in kinds.items():
        rng = random.Random(SEED)
        changed = {}
        for i in clean:
            made = make(rng, src[i], ref[i])
            if made is not None:
                changed[i] = made
        # the perturbed lines stay in the whole corpus (the document's own length ratio is the clean one's):
        # a tenth of them at a time
        found, every = {}, {}
        rounds = ROUNDS if code == "TQ604" else 1  # the other rules read a pair alone: all at once
        for part in range(rounds):
            batch = {i: made for i, made in changed.items() if i % rounds == part}
            targets = [batch[i][0] if i in batch else line for i, line in enumerate(ref)]
            found.update({i: fs for i, fs in check_pairs(src, targets).items() if i in batch})
            if code == "TQ602":
                every.update({i: fs for i, fs in check_pairs(src, targets, ("TQ4", "TQ6")).items() if i in batch})
        hit = hit_any = 0
        missed = []
        lines = sorted(changed)
        for i in lines:
            text, at = changed[i]
            column = len(src[i]) + 2 + at  # of the change, in the TSV line (1-based)
            fs = found.get(i, [])
            if code == "TQ602":
                covering = [f for f in fs if f.column <= column < f.end_column and f.line == f.end_line]
                hit += any(f.code == code for f in covering)
                covering = [f for f in every.get(i, []) if f.column <= column < f.end_column and f.line == f.end_line]
                hit_any += any(f.code == code or f.code.startswith("TQ4") for f in covering)
            else:
                hit += any(f.code == code for f in fs)
            if not any(f.code == code for f in fs):
                missed.append((i, text))
        print(f"  {name}: {pct(hit, len(lines))} flagged  (target >= {target}%)")
        if code == "TQ602":
            print(f"    TQ4xx selected too, TQ602 or TQ4xx on the word: {pct(hit_any, len(lines))}")
        if not quiet:
            for i, text in missed[:15]:
                print(f"    missed {i + 1}: {src[i][:120]}\n      -> {text[:160]}")


# ------------------------------------------------------------------ 3. real MT output


ENGLISH_NUMBERS = dict(zip(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand".split(),
    map(str, [*range(1, 21), 30, 40, 50, 60, 70, 80, 90, 100, 1000])))
ENGLISH_NUMBERS.update(zip(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), map(str, range(1, 21))))
ENGLISH_NUMBERS.update(zip("twenties thirties forties fifties sixties seventies eighties nineties".split(),
                           map(str, range(20, 100, 10))))


def number_digits(text, english=False):
    """The oracle's reading of a text's numbers: the digits of each, separators and marks dropped; in
    English also one to twenty (cardinal and ordinal), the tens and decades spelled out, and the decade
    of a year (1960s: 60)."""
    found = {digits(m.group()) for m in NUMBER.finditer(text)}
    if english:
        found |= {ENGLISH_NUMBERS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in ENGLISH_NUMBERS}
        found |= {d[2:] for d in found if len(d) == 4 and d[:2] in ("19", "20")}
    return found


def real_mt(src, ref, quiet):
    print("== Real MT (19 WMT13 systems): lines where a source number the reference keeps is missing from the MT")
    total_oracle = total_hit = total_other = total_other_hit = 0
    shown = 0
    start = time.perf_counter()
    for path in SYSTEMS:
        mt = read_lines(path)
        oracle = set()
        for i, (s, r, t) in enumerate(zip(src, ref, mt)):
            kept = number_digits(s) & number_digits(r, True)
            if kept - number_digits(t, True):
                oracle.add(i)
        found = check_pairs(src, mt, ("TQ601",))
        hit = oracle & set(found)
        total_oracle += len(oracle)
        total_hit += len(hit)
        total_other += len(src) - len(oracle)
        total_other_hit += len(set(found) - oracle)
        if not quiet:
            print(f"  {os.path.basename(path)[len('newstest2013.fr-en.'):]}: {pct(len(hit), len(oracle))}; "
                  f"other lines flagged {len(set(found) - oracle)}")
            for i in sorted(oracle - set(found))[:MISSED if shown < 3 * MISSED else 0]:
                shown += 1
                print(f"    missed {i + 1}: {src[i][:200]}\n      REF: {ref[i][:200]}\n      MT: {mt[i][:200]}")
    elapsed = time.perf_counter() - start
    print(f"  oracle lines flagged by TQ601: {pct(total_hit, total_oracle)}  (target >= 70%)  [{elapsed:.0f} s]")
    print(f"  other lines flagged by TQ601: {pct(total_other_hit, total_other)}")


# ------------------------------------------------------------------ 4. the aligner

ARTICLE = 40  # lines


def make_article(rng, lines, ids, join_share=0.0):
    """Text of ``lines`` in paragraphs of 2-5 lines (a line without final punctuation, a heading, alone);
    with ``join_share``, that share of neighbouring lines
    made one sentence (``A.`` + ``B.`` -> ``A; b.``).  Returns (text, [(start, end, line id)])."""
    units, k = [], 0
    while k < len(lines):
        if k + 1 < len(lines) and rng.random() < join_share and lines[k].rstrip().endswith("."):
            nxt = lines[k + 1].strip()
            units.append((lines[k].rstrip()[:-1] + "; " + nxt[:1].lower() + nxt[1:], [ids[k], ids[k + 1]]))
            k += 2
        else:
            units.append((lines[k].strip(), [ids[k]]))
            k += 1
    text, spans, count, size, alone = "", [], 0, rng.randint(2, 5), False
    for unit, owners in units:
        title = not re.search(r"[.!?…:;\"»”)]$", unit)  # a heading: a paragraph of its own, as in an article
        if text:
            new = title or alone or count % size == 0
            text += "\n\n" if new else " "
            if new:
                size, count = rng.randint(2, 5), 0
        start = len(text)
        text += unit
        spans.append((start, len(text), owners))
        count, alone = count + 1, title
    return text + "\n", spans


def _lines_of(seg, spans):
    if seg is None:
        return frozenset()
    out = set()
    for k in range(len(seg.text)):
        at = seg.offset(k)
        for start, end, owners in spans:
            if start <= at < end:
                out.update(owners)
                break
    return frozenset(out)


def alignment(src, ref, quiet):
    from tqcheck.documents.pairing import attach
    from tqcheck.rules.source import CONFIDENT

    print(f"== Aligner: articles of {ARTICLE} lines, paragraphs of 2-5 lines, 15% of target sentence pairs joined")
    rng = random.Random(SEED)
    beads = confident = right = right_confident = 0
    start = time.perf_counter()
    for first in range(0, len(src) - ARTICLE + 1, ARTICLE):
        ids = list(range(first, first + ARTICLE))
        source_text, source_spans = make_article(rng, src[first:first + ARTICLE], ids)
        target_text, target_spans = make_article(rng, ref[first:first + ARTICLE], ids, join_share=0.15)
        doc = parse(target_text, path="article.en.txt")
        attach(doc, parse(source_text, path="article.fr.txt"))
        for pair in doc.pairs:
            ok = _lines_of(pair.source_segment, source_spans) == _lines_of(pair.target, target_spans)
            beads += 1
            right += ok
            if pair.confidence >= CONFIDENT:
                confident += 1
                right_confident += ok
    elapsed = time.perf_counter() - start
    print(f"  pairs right: {pct(right, beads)}; confident (>= {CONFIDENT}): {pct(confident, beads)}, "
          f"of which right: {pct(right_confident, confident)}  [{elapsed:.1f} s for {len(src) // ARTICLE} articles]")


# ------------------------------------------------------------------ 5. DEMETR (someone else's perturbations)

DEMETR = os.path.join(os.path.dirname(DATA), "demetr-fr", "demetr_french_all_perturbations.jsonl")
DEMETR_KINDS = {"critical_id10_numbers_replaced": "TQ601", "critical_id4_codemix": "TQ602",
                "critical_id6_addition": "TQ604", "critical_id25_ne_removed": "TQ6", "critical_id9_ne_replaced": "TQ6"}


def demetr(quiet):
    """DEMETR's French items: its perturbed MT sentence against the same MT unperturbed, each checked
    among the 100 unperturbed pairs (a tenth perturbed at a time)."""
    import json

    if not os.path.exists(DEMETR):
        return
    print("== DEMETR (Karpinska et al. 2022), French: perturbed MT sentences flagged, against the same unperturbed")
    items = {}
    with open(DEMETR, encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            items.setdefault(item["pert_name"], []).append(item)
    base = {item["id"]: (item["src_sent"], item["mt_sent"]) for kind in DEMETR_KINDS for item in items.get(kind, [])}
    ids = sorted(base)
    # every kind repeats the same 100 sentences under its own ids: TQ609 would see a perturbed one as the same source
    # translated two ways, which no real file shows (each sentence once): it is left out here
    select = ("TQ601", "TQ602", "TQ603", "TQ604", "TQ605", "TQ606", "TQ607", "TQ608")
    clean = check_pairs([base[i][0] for i in ids], [base[i][1] for i in ids], select)
    for kind, code in DEMETR_KINDS.items():
        perturbed = {item["id"]: item["pert_sent"] for item in items.get(kind, []) if item["pert_check"]}
        hit = 0
        for part in range(ROUNDS):
            batch = {i for n, i in enumerate(sorted(perturbed)) if n % ROUNDS == part}
            found = check_pairs([base[i][0] for i in ids], [perturbed[i] if i in batch else base[i][1] for i in ids],
                                select)
            hit += sum(1 for k, i in enumerate(ids) if i in batch and any(f.code.startswith(code) for f in found.get(k, [])))
        before = sum(1 for k, i in enumerate(ids) if i in perturbed and any(f.code.startswith(code) for f in clean.get(k, [])))
        print(f"  {kind} ({code}): perturbed {pct(hit, len(perturbed))}, unperturbed {pct(before, len(perturbed))}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", default="control,perturb,mt,align,demetr")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(SOURCE):
        sys.exit(f"measure_source: {DATA} not found")
    parts = args.part.split(",")
    src, ref = read_lines(SOURCE), read_lines(REFERENCE)
    found = control(src, ref, args.quiet or "control" not in parts) if {"control", "perturb"} & set(parts) else {}
    if "perturb" in parts:
        perturb(src, ref, [i for i in range(len(src)) if i not in found], args.quiet)
    if "mt" in parts:
        real_mt(src, ref, args.quiet)
    if "align" in parts:
        alignment(src, ref, args.quiet)
    if "demetr" in parts:
        demetr(args.quiet)


if __name__ == "__main__":
    main()
