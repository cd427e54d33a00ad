#!/usr/bin/env python3
"""Count a token pattern's matches on machine and human English: the ``evidence`` of a row of
``tqcheck/data/calque_patterns.tsv``, before the row is added.

    .venv/bin/python scripts/row_evidence.py 'PATTERN' ['UNLESS || UNLESS'] [--show wmt13-mt,native]

A row belongs in the table when it fires on MT from several source lines and stays quiet on human English:
- machine: the 19 WMT13 fr-en systems (with the number of distinct source lines), the LIG Moses output,
  Google and Bing (2012), DEMETR's MT (neural);
- human: the WMT13 reference, the LIG post-edits (post-editors keep some calques: read what fires there),
  DEMETR's English (the FLORES originals);
- native: Lee's news stories (``make native-corpus``), the fortunes, the Python and MkDocs HTML manuals of
  the machine, where installed.
``--show`` prints up to 12 hits of the named corpora in context.  Reads ``../shared`` (never the package);
the held-out set (newssyscomb2009) is never read here.
"""

from __future__ import annotations

import argparse
import glob
import html
import json
import os
import re
import sys
from types import SimpleNamespace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tqcheck.rules.calques.token_table import TokenRule  # noqa: E402
from tqcheck.rules.common.sentences import tokenize  # noqa: E402
from tqcheck.rules.common.tokens import TokenPattern  # noqa: E402

SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
WMT = os.path.join(SHARED, "wmt13-fren")
LIG = os.path.join(SHARED, "lig-fren-postedit")
TAGS = re.compile(r"<[^>]+>")
CODE = re.compile(r"(?s)<(script|style|pre)\b.*?</\1>")


def _lines(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read().splitlines()


def corpora():
    """name -> [(key, text)]: the key of a WMT13 system line is its line number (a source line)."""
    found = {"wmt13-mt": [(str(i), line) for path in sorted(glob.glob(os.path.join(WMT, "system-outputs", "*")))
                          for i, line in enumerate(_lines(path))],
             "wmt13-ref": list(enumerate(_lines(os.path.join(WMT, "newstest2013-ref.en"))))}
    for name, file in (("lig-mt", "tgt-mt-all.en"), ("lig-pe", "tgt-pe-all.en"),
                       ("google", "output_Google_Translator.en"), ("bing", "output_Bing_Translator.en")):
        found[name] = list(enumerate(_lines(os.path.join(LIG, file))))
    demetr = {}
    for line in _lines(os.path.join(SHARED, "demetr-fr", "demetr_french_all_perturbations.jsonl")):
        item = json.loads(line)
        demetr.setdefault(item["src_sent"], (item["mt_sent"], item["eng_sent"]))
    found["demetr-mt"] = [(k, mt) for k, (mt, _) in enumerate(demetr.values())]
    found["demetr-human"] = [(k, en) for k, (_, en) in enumerate(demetr.values())]
    native = []
    for path in glob.glob(os.path.join(ROOT, ".bench", "native", "lee", "*.txt")):
        native += [("lee", line) for line in _lines(path)]
    for path in glob.glob("/usr/share/games/fortunes/*"):
        if os.path.isfile(path) and "." not in os.path.basename(path):
            with open(path, encoding="utf-8", errors="replace") as handle:
                native += [("fortunes", part) for part in handle.read().split("\n%\n")]
    for path in glob.glob("/usr/share/doc/python3*/html/**/*.html", recursive=True) + \
            glob.glob("/usr/share/doc/mkdocs/html/**/*.html", recursive=True):
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = html.unescape(TAGS.sub(" ", CODE.sub(" ", handle.read())))
        native += [("docs", part) for part in re.split(r"\n\s*\n", text) if part.strip()]
    found["native"] = native
    return found


def hits(rule, text):
    """The spans ``rule`` (a ``TokenRule``: antipatterns dropped as a run drops them) flags in ``text``, in context."""
    low = text.lower()
    if not any(anchor in low for anchor in rule.pattern.anchors):
        return []
    out = []
    for m in rule.matches(tokenize(text)):
        i, j = m.char_span(rule.pattern.flagged)
        out.append(f"{text[max(0, i - 50):i]}[[{text[i:j]}]]{text[j:j + 40]}".replace("\n", " "))
    return out


def token_rule(pattern: str, unless: str = "") -> TokenRule:
    """The rule a row with this pattern and these antipatterns would be (its other cells do not count here)."""
    anchors = " ".join(sorted(TokenPattern.parse(pattern).anchors))
    row = SimpleNamespace(id="new-row", code="TQ303", french="", severity="info", suggestions=(), pattern=pattern,
                          unless=unless, anchors=anchors)
    return TokenRule(row)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pattern")
    parser.add_argument("unless", nargs="?", default="", help="antipatterns, || between them")
    parser.add_argument("--show", default="", help="corpora whose hits are printed, comma-separated")
    args = parser.parse_args(argv)
    rule = token_rule(args.pattern, args.unless)
    for name, rows in corpora().items():
        found, keys = [], set()
        for key, text in rows:
            h = hits(rule, text)
            if h:
                found += h
                keys.add(key)
        lines = f" ({len(keys)} source lines)" if name == "wmt13-mt" else ""
        print(f"{name:13} {len(found):5}{lines}")
        if name in args.show.split(","):
            for example in found[:12]:
                print("      " + example)


if __name__ == "__main__":
    main()
