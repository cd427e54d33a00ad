#!/usr/bin/env python3
"""Write the names data files (TQ2xx) from public data sets; the output is committed.

    python scripts/build_names_data.py [--shared ../shared/data]

* ``tqcheck/data/names_exonyms.tsv``: keeps the hand-curated rows and regenerates the rows taken
  from Unicode CLDR (French and English names of countries and cities).  A CLDR pair is left out
  when the French name is also an English word or name (SCOWL word lists, when installed), when
  it differs from the English only by accents (Montréal, Québec are written so in English too),
  or when it is listed in EXCLUDED below with the reason.
* ``tqcheck/data/names_targets.tsv``: correct English spellings of Ukrainian places and people
  (SpellingUkraine) against which TQ201 compares a word through the French transliteration key.

Only facts (name pairs) are copied, with the source named on each row.
"""

from __future__ import annotations

import argparse
import csv
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tqcheck", "data")
CLDR_SOURCE = "CLDR (unicode-org/cldr-json @ b08a82b)"
SU_SOURCE = "SpellingUkraine (Tyrrrz/SpellingUkraine @ ba86f92)"

# CLDR pairs deliberately left out, with why (written to the data file as comments)
EXCLUDED = {
    "Kiev": "Kiev was the usual English spelling until 2019 (AP, BBC switched to Kyiv then) and is in 2013 "
    "human references; it is not a translation artefact: enforce Kyiv with a glossary",
    "Mexico": "Mexico is the English name of the country (CLDR pairs it with the city)",
    "Calcutta": "Calcutta is an English name too (Kolkata since 2001)",
    "Canton": "Canton is an English word and the older English name of Guangzhou",
    "Alma Ata": "Alma-Ata is the English name of Almaty before 1993",
    "Showa": "CLDR pairs two romanisations of an Antarctic station",
    "Tirana": "Tirana is the usual English spelling",
    "Salvador": "Salvador is also the Brazilian city, same name in English",
    "Türkiye": "CLDR alternative names misaligned; Turquie is handled",
    "Turquie": "CLDR alternative names misaligned (pairs Turquie with Türkiye); written as Turquie -> Turkey",
    "Timor oriental": "CLDR alternative names misaligned",
    "Monde": "not a place name",
    "Ouralsk": "the English names Oral and Uralsk are both in use",
    "Rangoun": "the English names Yangon and Rangoon are both in use",
    "Mahé": "accent only",
}
EXTRA = [  # rows to add to the CLDR ones, same columns
    ("Turquie", "Turkey", "place", "safe", CLDR_SOURCE + " (fr Turquie; en Turkey, alt Türkiye)", "French name of Turkey"),
]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def english_words() -> tuple[set, set]:
    """(lowercase English words, proper names) from SCOWL, when the system has it."""
    words, names = set(), set()
    for path in glob.glob("/usr/share/dict/scowl/*"):
        base = os.path.basename(path)
        size = base.rsplit(".", 1)[-1]
        if not size.isdigit() or int(size) > 50 or "variant" in base:
            continue  # common words and names only: size 70 lists hold Beyrouth and Bruxelles
        target = names if "proper-names" in base or "upper" in base else words
        with open(path, encoding="latin-1") as handle:
            for line in handle:
                w = line.strip()
                if w:
                    target.add(w if target is names else w.lower())
    return words, names


def read_tsv(path):
    with open(path, encoding="utf-8") as handle:
        lines = [l.rstrip("\n") for l in handle]
    comments = [l for l in lines if l.startswith("#") and not l.startswith("# excluded:")]
    rows = [l.split("\t") for l in lines if l.strip() and not l.startswith("#")]
    return comments, rows[0], rows[1:]


def write_tsv(path, comments, header, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for c in comments:
            handle.write(c + "\n")
        handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")


def cldr_rows(shared, words, names):
    rows, excluded = [], []
    path = os.path.join(shared, "cldr-exonyms-fr-en", "cldr_fr_en_names.DERIVED.tsv")
    with open(path, encoding="utf-8") as handle:
        records = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    territory_names = {r["name_fr"].strip() for r in records if r["type"] == "territory"}
    if True:
        for rec in records:
            fr, en = rec["name_fr"].strip(), rec["name_en"].strip()
            if rec["differs"] != "1" or not fr or not en:
                continue
            if fr in EXCLUDED:
                excluded.append(f"# excluded: {fr} -> {en}: {EXCLUDED[fr]}")
                continue
            if any(c in fr + en for c in "()[],.") or not fr[0].isupper() or not en[0].isupper():
                continue  # qualified names, abbreviations, regions written in lowercase
            if " - " in en or (rec["type"] == "tz_exemplar_city" and fr in territory_names):
                continue  # ``Congo - Kinshasa``; a time-zone city that is also a territory (Comores)
            if en.startswith("St. ") or fr.startswith("Île") or fr.startswith("Îles"):
                continue  # house styles differ (St. / Saint); island names carry generic words
            en = en.replace(" & ", " and ").replace("’", "'")
            fr = fr.replace("’", "'")
            if strip_accents(fr) == strip_accents(en):
                continue  # accents only: Montréal, Québec, Lomé are written so in English too
            if " " not in fr and (fr.lower() in words or fr in names):
                excluded.append(f"# excluded: {fr} -> {en}: {fr} is an English word or name (SCOWL)")
                continue
            if en in fr.split():  # Le Vatican -> Vatican: the article, not the name
                continue
            region = rec["cldr_key"].isdigit()  # UN M49 regions: English style names them variously
            kind = "acronym" if fr.isupper() else "place"
            rows.append((fr, en, kind, "unsafe" if region else "safe", CLDR_SOURCE,
                         "French name of the region" if region else "French name of the place"))
    return rows, excluded


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    args = parser.parse_args(argv)
    words, names = english_words()
    if not words:
        print("warning: SCOWL word lists not found; English-word filter off", file=sys.stderr)

    path = os.path.join(DATA, "names_exonyms.tsv")
    comments, header, rows = read_tsv(path)
    curated = [tuple(r) for r in rows if not r[4].startswith("CLDR")]
    generated, excluded = cldr_rows(args.shared, words, names)
    by_french = {}
    for row in curated + EXTRA + generated:  # curated first: it wins
        by_french.setdefault(row[0], row)
    out = sorted(by_french.values(), key=lambda r: (r[0].casefold(), r[0]))
    write_tsv(path, comments + sorted(set(excluded)), header, out)
    print(f"{path}: {len(out)} rows ({len(curated)} curated, {len(out) - len(curated)} from CLDR)")

    targets = {}
    su = os.path.join(args.shared, "spellingukraine", "spellingukraine_variants.DERIVED.tsv")
    with open(su, encoding="utf-8") as handle:
        for rec in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if rec["category"] in ("Personal name", "Phrase", "Company"):
                continue  # first names belong to many people; phrases are not names
            kind = "person" if rec["category"] == "Person" else "place"
            for token in rec["correct_en"].replace("-", " ").split():
                if len(token) >= 5 and token[0].isupper():
                    targets.setdefault(token, (token, kind, SU_SOURCE, f"correct English spelling ({rec['correct_en']})"))
    tpath = os.path.join(DATA, "names_targets.tsv")
    write_tsv(
        tpath,
        [
            "# Correct English spellings of Ukrainian places and people (from SpellingUkraine, MIT licence).",
            "# TQ201 flags a capitalised word whose French transliteration key equals one of these and that",
            "# shows a French transliteration mark (ou, j, tch, ch, -ine, ï, é...).  Written by scripts/build_names_data.py.",
        ],
        ["english", "kind", "source", "why"],
        sorted(targets.values(), key=lambda r: (r[0].casefold(), r[0])),
    )
    print(f"{tpath}: {len(targets)} rows")


if __name__ == "__main__":
    main()
