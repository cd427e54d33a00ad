#!/usr/bin/env python3
"""Write the word-frequency evidence of the untranslated-French rules (TQ4xx); the output is committed.

    .venv/bin/python scripts/build_untranslated_data.py

Reads wordfreq's French and English lists (``large``; wordfreq is needed here only, never at run
time: it takes seconds to import) and the shipped English word list, and writes:

* ``tqcheck/data/french_word_frequencies.tsv``: the Zipf frequency in French and in English of
  - every word of French letters that wordfreq's French list has at ``FR_MIN`` or more and that the
    English word list lacks (a lowercase word that may be French),
  - every such word of the English list at ``EN_MIN`` or more, when the English word list lacks it
    and English uses it at least as much as French (`iphone`, `neoliberal`: English, not French),
  - the French function words of ``french_cues.tsv`` (a run of words is weighed word by word);
  the detector reads a word's two frequencies as the evidence for or against French.
* ``tqcheck/data/french_trigrams.tsv``: how many word types of each list (Zipf 1 or more) hold each
  letter trigram (``^`` and ``$`` mark the word's ends): a spelling model that tells a rare French
  word (`fraieront`, `traitai`) from an identifier (`getxattr`) or an English one, for the words
  the frequency table does not hold.

wordfreq: Robyn Speer et al., https://github.com/rspeer/wordfreq, code Apache-2.0, word lists
CC-BY-SA 4.0 (derived from Wikipedia, subtitles, news, books, web text, Twitter and Reddit); the
two files written here are derived from those lists and carry the same licence (the header says so).
"""

from __future__ import annotations

import argparse
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tqcheck", "data")
sys.path.insert(0, ROOT)

FR_MIN = 2.5  # French words rarer than this go to the spelling model (and the language identifier)
EN_MIN = 3.0  # English words the English word list lacks, kept from this frequency on
TRIGRAM_MIN_ZIPF = 1.0  # word types that count in the trigram model
TRIGRAM_MIN_TYPES = 2  # trigrams seen in fewer types (both lists together) are left out
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ")
GROUP = 3  # rows are grouped by their first three letters (blank line between): read group by group


def zipf(freq: float) -> float:
    return math.log10(freq * 1e9) if freq > 0 else 0.0


def word_lists():
    from importlib.metadata import version

    from wordfreq import get_frequency_dict  # build time only

    fr = {w: zipf(f) for w, f in get_frequency_dict("fr", "large").items() if set(w) <= LETTERS}
    en = {w: zipf(f) for w, f in get_frequency_dict("en", "large").items() if set(w) <= LETTERS}
    return version("wordfreq"), fr, en


def frequency_rows(fr, en):
    from tqcheck.rules.untranslated.lexicon import cues, is_english

    rows = {}
    for w, z in fr.items():
        if z >= FR_MIN and len(w) >= 2 and not is_english(w):
            rows[w] = (z, en.get(w, 0.0))
    for w, z in en.items():
        if z >= EN_MIN and len(w) >= 2 and z >= fr.get(w, 0.0) and not is_english(w):
            rows[w] = (fr.get(w, 0.0), z)
    for w in cues():
        if set(w) <= LETTERS:
            rows[w] = (fr.get(w, 0.0), en.get(w, 0.0))
    return rows


def trigram_rows(fr, en):
    counts = {}
    for index, lst in enumerate((fr, en)):
        for w, z in lst.items():
            if z < TRIGRAM_MIN_ZIPF:
                continue
            s = f"^{w}$"
            for g in {s[i:i + 3] for i in range(len(s) - 2)}:
                counts.setdefault(g, [0, 0])[index] += 1
    return {g: c for g, c in counts.items() if sum(c) >= TRIGRAM_MIN_TYPES}


def grouped(lines_by_key):
    """Lines sorted by key, a blank line between keys with different first letters (GROUP)."""
    out, last = [], None
    for key in sorted(lines_by_key):
        if last is not None and key[:GROUP] != last[:GROUP]:
            out.append("")
        out.append(lines_by_key[key])
        last = key
    return out


def write(name, header, lines):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("".join(f"# {line}\n" if line else "#\n" for line in header))
        handle.write("\n".join(lines) + "\n")
    rows = sum(1 for line in lines if line) - 1  # less the column names
    print(f"{path}: {rows} rows")


LICENCE = [
    "Derived from wordfreq {version} (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose word",
    "lists are licensed CC-BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is too.",
    "Rebuild: .venv/bin/python scripts/build_untranslated_data.py (never edit by hand).",
]


def main():
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    version, fr, en = word_lists()
    licence = [line.format(version=version) for line in LICENCE]
    rows = frequency_rows(fr, en)
    write("french_word_frequencies.tsv", [
        "Word frequencies for TQ4xx (untranslated French): the evidence for or against reading a lowercase",
        "word that the English word list (english_words.txt) lacks as French.",
        "fr_zipf, en_zipf: the word's Zipf frequency (log10 of its count per billion words) in wordfreq's",
        f"`large` French and English lists, 0.0 when absent. Rows: French words at fr_zipf >= {FR_MIN}; English",
        f"words at en_zipf >= {EN_MIN} (and >= fr_zipf); the French function words of french_cues.tsv.",
        "A word is read as French when fr_zipf - en_zipf is large (see tqcheck/rules/untranslated/frequencies.py);",
        "a word not here goes to the spelling model (french_trigrams.tsv) and the language identifier.",
        "Rows are grouped by their first three letters, a blank line between groups, so that a short text",
        "reads only the groups it needs.",
        *licence,
    ], ["word\tfr_zipf\ten_zipf"] + grouped({w: f"{w}\t{a:.1f}\t{b:.1f}" for w, (a, b) in rows.items()}))
    tri = trigram_rows(fr, en)
    write("french_trigrams.tsv", [
        "Letter trigrams for TQ4xx (untranslated French): a spelling model of French and English words.",
        f"fr_types, en_types: how many word types of wordfreq's `large` French / English list (Zipf >= "
        f"{TRIGRAM_MIN_ZIPF}) hold the",
        "trigram; `^` and `$` mark the start and end of a word. Trigrams seen in fewer than "
        f"{TRIGRAM_MIN_TYPES} types are left out.",
        "The detector compares a word's trigrams under both lists (tqcheck/rules/untranslated/frequencies.py).",
        *licence,
    ], ["trigram\tfr_types\ten_types"] + [f"{g}\t{a}\t{b}" for g, (a, b) in sorted(tri.items())])


if __name__ == "__main__":
    main()
