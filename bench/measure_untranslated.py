"""Measure the TQ4xx family (untranslated French): precision, recall, speed, cold start.

    .venv/bin/python bench/measure_untranslated.py            # everything
    .venv/bin/python bench/measure_untranslated.py --quiet    # figures only, no finding listed
    .venv/bin/python bench/measure_untranslated.py --make-words   # rebuild tqcheck/data/english_words.txt

Precision: findings per 1000 words on clean English (the WMT13 reference, the LIG post-edits), each
finding printed with its line.  Recall: share of DEMETR ``codemix`` items (French words inserted into
English) with a TQ4 finding on the inserted words, and the findings on the unperturbed MT and human
sentences of the DEMETR French subset.  Speed: the family alone on the 19 WMT13 system outputs
(6.5 MB), next to the time to parse them.  Cold start: import of the family, word-list load, the
frequency table and spelling model, lingua build and first call, each in a fresh interpreter, and the
family's first check of three articles (English; French words left in: lingua must stay unloaded).
The frequency table and spelling model are built by scripts/build_untranslated_data.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import difflib
import glob
import itertools
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
sys.path.insert(0, ROOT)

from tqcheck import documents  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import Context, lint  # noqa: E402
from tqcheck.rules.untranslated import classify, lexicon  # noqa: E402

CLEAN = {
    "wmt13-ref": os.path.join(SHARED, "wmt13-fren", "newstest2013-ref.en"),
    "lig-postedit": os.path.join(SHARED, "lig-fren-postedit", "tgt-pe-all.en"),
}
DEMETR = os.path.join(SHARED, "demetr-fr", "demetr_french_all_perturbations.jsonl")
SYSTEMS = os.path.join(SHARED, "wmt13-fren", "system-outputs", "*")


def tq4(text, path="x.txt"):
    ctx = Context(Config(select=["TQ4"]))
    doc = documents.parse(text, path=path, fmt="text")
    return [f for f in lint(doc, ctx).findings if f.code.startswith("TQ4")]


def precision(quiet):
    print("## Precision on clean English (findings per 1000 words)")
    for name, path in CLEAN.items():
        if not os.path.exists(path):
            print(f"{name}: missing {path}")
            continue
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        findings = tq4(text)
        by_code = {}
        for f in findings:
            by_code[f.code] = by_code.get(f.code, 0) + 1
        print(f"{name}: {len(findings)} findings in {words} words = {1000 * len(findings) / words:.3f} per 1000 "
              f"{dict(sorted(by_code.items()))}")
        if not quiet:
            lines = text.split("\n")
            for f in findings:
                print(f"  {f.line}:{f.column} {f.code} `{f.span}`  | {lines[f.line - 1][:160]}")


def recall(quiet):
    print("\n## DEMETR French subset")
    if not os.path.exists(DEMETR):
        print(f"missing {DEMETR}")
        return
    items = [json.loads(line) for line in open(DEMETR, encoding="utf-8")]
    codemix = [d for d in items if d.get("pert_desc") == "codemix"]
    caught = anywhere = 0
    missed = []
    for d in codemix:
        pert, mt = d["pert_sent"], d["mt_sent"]
        inserted = _inserted(mt, pert)
        findings = tq4(pert)
        if findings:
            anywhere += 1
        if any(f.start < b and a < f.end for f in findings for a, b in inserted):
            caught += 1
        else:
            missed.append([pert[a:b] for a, b in inserted])
    n = len(codemix)
    print(f"codemix recall: {caught}/{n} = {100 * caught / n:.0f}% items with a finding on the inserted "
          f"French ({anywhere}/{n} with any TQ4 finding)")
    if not quiet:
        print("  missed (inserted words):", "; ".join(" ".join(m) for m in missed))
    for field in ("mt_sent", "eng_sent"):
        sentences = sorted({d[field] for d in items if d[field].strip()})
        text = "\n".join(sentences)
        findings = tq4(text)
        words = len(text.split())
        print(f"{field}: {len(findings)} findings on {len(sentences)} unperturbed sentences ({words} words) "
              f"= {1000 * len(findings) / words:.3f} per 1000")
        if not quiet:
            for f in findings:
                print(f"  {f.code} `{f.span}` | {sentences[f.line - 1][:160]}")


def _inserted(before, after):
    """Character spans of ``after`` that are not in ``before`` (the inserted French)."""
    a, b = before.split(" "), after.split(" ")
    offsets, pos = [], 0
    for word in b:
        offsets.append((pos, pos + len(word)))
        pos += len(word) + 1
    spans = []
    for tag, _, _, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            spans.append((offsets[j1][0], offsets[j2 - 1][1]))
    return spans


def speed():
    """In a fresh interpreter, so that the word list and lingua load inside the measured time."""
    subprocess.run([sys.executable, os.path.abspath(__file__), "--speed-only"], check=True, cwd=ROOT)


def _speed():
    print("\n## Speed on the 19 WMT13 system outputs (cold: word list and lingua load included)")
    files = sorted(glob.glob(SYSTEMS))
    if not files:
        print("missing system outputs")
        return
    texts = [open(p, encoding="utf-8").read() for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    docs = [documents.parse(t, path=p, fmt="text") for t, p in zip(texts, files)]
    t1 = time.perf_counter()
    ctx = Context(Config(select=["TQ4"]))
    count = 0
    cpu = time.process_time()
    for doc in docs:
        count += sum(1 for _ in classify.check(doc, ctx))
    t2 = time.perf_counter()
    cpu = time.process_time() - cpu
    calls = lexicon.french_confidence.cache_info()
    t3 = time.perf_counter()
    for doc in docs:
        sum(1 for _ in classify.check(doc, ctx))
    t4 = time.perf_counter()
    print(f"{len(files)} files, {size / 1e6:.1f} MB: parse {t1 - t0:.2f} s; TQ4 family {t2 - t1:.2f} s cold "
          f"(CPU {cpu:.2f} s) "
          f"({t4 - t3:.2f} s on a second pass, caches warm), {count} findings; lingua calls {calls.misses}")


COLD = {
    "import tqcheck.rules.untranslated.classify": "import tqcheck.rules.untranslated.classify",
    "English word list load (whole, for long texts)": "from tqcheck.rules.untranslated import lexicon as u; u.english_words()",
    "frequency groups + trigram model (a French word and a rare one)": "from tqcheck.rules.untranslated import "
    "lexicon as u; u.kind('syndicats', False); u.kind('fraieront', False)",
    "lingua import + build + first call (fr/en)": "from tqcheck.rules.untranslated import lexicon as u; u.french_confidence('selon les syndicats')",
    "langid import + model load (for comparison)": "import langid; from langid.langid import LanguageIdentifier, model; "
    "i = LanguageIdentifier.from_modelstring(model, norm_probs=True); i.set_languages(['fr', 'en']); i.classify('x')",
}


def cold_start():
    print("\n## Cold start (fresh interpreter each, best of 3)")
    base = _time_python("pass")
    for label, code in COLD.items():
        if "langid" in code and importlib.util.find_spec("langid") is None:
            print(f"{label}: langid is not installed (no longer a dependency): skipped")
            continue
        if "lexicon as u;" in code:
            code = "import tqcheck.rules.untranslated.classify as _; " + code
            cost = _time_python(code) - _time_python("import tqcheck.rules.untranslated.classify")
        else:
            cost = _time_python(code) - base
        print(f"{label}: {1000 * cost:.0f} ms")
    # the family's first check of a short English article, timed inside the interpreter (engine and
    # document already loaded): data loaded on first need, and lingua not at all
    # an English article, and articles with French words left in (common ones: no identifier)
    for article in ("corpora/mt/bakhmut.md", "corpora/mt/strike.md", "corpora/mt/lighthouse.md"):
        code = ("import time; from tqcheck.documents import load; from tqcheck.engine import Context; "
                "from tqcheck.rules.untranslated import classify, lexicon; c = Context(); c.enabled('TQ4'); "
                f"d = load({article!r}); t = time.perf_counter(); n = len(list(classify.check(d, c))); "
                "print((time.perf_counter() - t) * 1000, not lexicon.identifier_loaded(), n)")
        runs = [subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
                .stdout.split() for _ in range(3)]
        print(f"first check of {article} ({runs[0][2]} TQ4 findings): {min(float(r[0]) for r in runs):.1f} ms"
              f" (lingua not loaded: {all(r[1] == 'True' for r in runs)})")


def _time_python(code):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        d = time.perf_counter() - t
        best = d if best is None else min(best, d)
    return best


def stems(word: str):
    """Candidate bases of an English inflected form (plural, -ed, -ing): the forms the word list leaves
    out.  At run time ``lexicon.inflection_of_english`` is this, unrolled (a test pins the two)."""
    n = len(word)
    if n > 4 and word.endswith("ies"):
        yield word[:-3] + "y"
    if n > 3 and word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o", "i")):
        yield word[:-2]  # boxes, churches, heroes; not `adultes`, `normes` (French plurals)
    if n > 3 and word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if n > 4 and word.endswith("ied"):
        yield word[:-3] + "y"
    if n > 4 and word.endswith("ed"):
        yield word[:-2]
        yield word[:-1]
        if word[-3] == word[-4]:
            yield word[:-3]
    if n > 5 and word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
        if word[-4] == word[-5]:
            yield word[:-4]


def make_words(scowl="/usr/share/dict/scowl", size=60):
    """Rebuild tqcheck/data/english_words.txt from SCOWL (apt-get install scowl)."""
    levels = [lvl for lvl in (10, 20, 35, 40, 50, 55, 60, 70, 80, 95) if lvl <= size]
    kinds = ("english", "american", "british", "british_z", "canadian", "variant_1")
    words = set()
    for kind in kinds:
        for lvl in levels:
            path = os.path.join(scowl, f"{kind}-words.{lvl}")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as handle:
                    words.update(w for w in handle.read().split() if w == w.lower() and "'" not in w)
    kept = set()
    for w in sorted(words, key=lambda w: (len(w), w)):
        if not any(len(s) >= 3 and s in kept for s in stems(w)):
            kept.add(w)
    target = os.path.join(ROOT, "tqcheck", "data", "english_words.txt")
    header = [line for line in open(target, encoding="utf-8") if line.startswith("#")]
    # a blank line between words with different first three letters: the detector loads only the groups
    # a short text needs (see tqcheck.rules.untranslated.lexicon.word_group)
    groups = ["\n".join(group) for _, group in itertools.groupby(sorted(kept), key=lambda w: w[:3])]
    with open(target, "w", encoding="utf-8") as handle:
        handle.writelines(header)
        handle.write("\n" + "\n\n".join(groups) + "\n")
    print(f"{len(words)} SCOWL words, {len(kept)} kept in {target}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--make-words", action="store_true", help="rebuild the English word list from SCOWL")
    parser.add_argument("--speed-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.speed_only:
        _speed()
        return
    if args.make_words:
        make_words()
        return
    precision(args.quiet)
    recall(args.quiet)
    speed()
    cold_start()


if __name__ == "__main__":
    main()
