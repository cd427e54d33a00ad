"""Build tqcheck/data/rare_cognates.tsv (TQ307): English words that English rarely uses and whose French twin
French uses often (`juridical` / *juridique*, `medicaments`, `competences`, `touristic`).

A French word's twin is found by its derivational ending (`-ité` → `-ity`, `-ique` → `-ic`/`-ical`, `-isme` →
`-ism`, `-tion` → `-tion`, `-aire` → `-ary`…; the stem's accents set aside, the French ending as French writes it:
`fortuity` is no twin of the adjective *fortuite*), and both are looked up in wordfreq's `large` lists.  A word is
a row when English uses it at most ``EN_MAX`` (Zipf), French its twin at least ``FR_MIN`` and ``MARGIN`` more.  A
word English spells two ways (`-isation`/`-ization`, `-ise`/`-ize`) counts at the commoner spelling, and `esthetic`
at `aesthetic`: British or American spelling is no calque.  Left out: a word that tqcheck's untranslated rules take
for French (`voiture`, `environnement`: TQ403's) and one that TQ206 reads as an English word spelled the French way
(`independance`).

The evidence columns count each word, as a lowercase word, in the corpora of ``scripts/row_evidence.py``: the 19
WMT13 systems, their reference, the LIG MT output and its post-edits (../shared), and native English (Lee's news,
the fortunes, the Python and MkDocs manuals of the machine).  A word native English writes is kept ``no``.  A row
kept ``no`` by hand (its ``reason`` saying why: a term English uses, often in software) is kept so when the table
is rebuilt, whatever the frequencies say then; without the corpora, a row keeps the counts it had.

Usage: python scripts/build_rare_cognates.py   (needs the `data` extra: wordfreq)
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from importlib.metadata import version

from wordfreq import top_n_list, zipf_frequency

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from tqcheck.rules.common import read_rows  # noqa: E402
from tqcheck.rules.untranslated.lexicon import ENGLISH, OTHER, fold, is_english, kind  # noqa: E402
from tqcheck.rules.untranslated.spellings import edited  # noqa: E402

NAME = "rare_cognates.tsv"
OUT = os.path.join(ROOT, "tqcheck", "data", NAME)
EN_MAX, FR_MIN, MARGIN, SHORTEST = 2.6, 3.0, 1.3, 6
# English derivational ending -> the French endings of its twin, as French writes them: derivational only, where
# French and English words of one family part; inflections (`-ed`, `-s` alone) pair any two look-alikes
ENDINGS = [
    ("ities", "ités"), ("ity", "ité"), ("ically", "iquement"), ("ical", "ique"), ("ic", "ique"),
    ("ively", "ivement"), ("arily", "airement"), ("orily", "oirement"), ("ally", "alement"), ("ive", "if"),
    ("ive", "ive"), ("ously", "eusement"), ("ous", "eux"), ("ous", "euse"),
    ("aries", "aires"), ("ary", "aire"), ("ories", "oires"), ("ory", "oire"), ("isms", "ismes"), ("ism", "isme"),
    ("ists", "istes"), ("ist", "iste"), ("izations", "isations"), ("ization", "isation"),
    ("isations", "isations"), ("isation", "isation"), ("tions", "tions"), ("tion", "tion"), ("sions", "sions"),
    ("sion", "sion"), ("ances", "ances"), ("ance", "ance"), ("ences", "ences"), ("ence", "ence"),
    ("ials", "iels"), ("ial", "iel"), ("ments", "ments"), ("ment", "ment"), ("ures", "ures"), ("ure", "ure"),
]
FRENCH_ENDINGS = frozenset(f for _, f in ENDINGS)
HEADER = """\
# TQ307 rare-cognate: English words that English rarely uses and whose French twin French uses often: a
# translation from French that kept the French word's shape (`juridical` for *juridique*: legal).
# word: the English word (lowercase); french: its twin; en_zipf, fr_zipf: their Zipf frequencies (log10 of
# their count per billion words) in wordfreq's `large` English and French lists, the English one at the commoner
# of its spellings (-ise/-ize); the evidence: the word's count as a lowercase word in the 19 WMT13 systems
# (wmt_mt), their reference (wmt_ref), the LIG MT output (lig_mt), its post-edits (lig_pe) and native English
# (native: scripts/row_evidence.py's); keep: no for a word native English writes, or left out by hand, reason
# saying why (a row left out by hand stays so when the table is rebuilt).
# Rows: English at most {en_max}, French at least {fr_min} and {margin} more; see scripts/build_rare_cognates.py.
# Derived from wordfreq {version} (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose word
# lists are licensed CC-BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is too.
# Rebuild: python scripts/build_rare_cognates.py (only keep and reason are edited by hand)
"""
COLUMNS = ("word", "french", "en_zipf", "fr_zipf", "wmt_mt", "wmt_ref", "lig_mt", "lig_pe", "native", "keep", "reason")
COUNTED = {"wmt_mt": "wmt13-mt", "wmt_ref": "wmt13-ref", "lig_mt": "lig-mt", "lig_pe": "lig-pe", "native": "native"}


def claimed(word: str) -> bool:
    """Does another rule speak of the word: TQ4xx's French (`voiture`), TQ206's French spelling (`independance`)?"""
    return kind(word, False)[0] not in (ENGLISH, OTHER) or not is_english(word) and edited(word, is_english)


def english_zipf(word: str) -> float:
    """The word's English Zipf frequency, at the commoner of its -ise/-ize spellings."""
    spellings = {word, "a" + word, "o" + word, re.sub(r"is(ation|ations|e|es|ed|ing)$", r"iz\1", word),
                 re.sub(r"iz(ation|ations|e|es|ed|ing)$", r"is\1", word)}
    return max(zipf_frequency(w, "en", wordlist="large") for w in spellings)


def french_index() -> dict:
    """Accent-folded stem and French ending as written (`spécificit` `és` -> `specificités`) -> (Zipf, the
    word as written), the commonest spelling."""
    out: dict = {}
    for word in top_n_list("fr", 300_000, wordlist="large"):
        if not word.isalpha():
            continue
        z = zipf_frequency(word, "fr", wordlist="large")
        for ending in FRENCH_ENDINGS:
            if word.endswith(ending):
                key = fold(word[:-len(ending)]) + ending
                if z > out.get(key, (0.0,))[0]:
                    out[key] = (z, word)
    return out


def evidence():
    """Counts of lowercase words in each evidence corpus (column -> Counter), or None without ../shared."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from row_evidence import corpora

    try:
        found = corpora()
    except OSError:
        return None
    word = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
    return {column: Counter(w for _, text in found[name] for w in word.findall(text))
            for column, name in COUNTED.items()}


def current_rows() -> dict:
    """word -> {column: cell}, the rows of the current table."""
    if not os.path.exists(OUT) or not os.path.getsize(OUT):
        return {}
    return {row["word"]: row for _, row in read_rows(NAME)[1]}


def main():
    french = french_index()
    old = current_rows()
    by_hand = {w: r for w, r in old.items() if r.get("keep") == "no" and not r.get("reason", "").startswith("native ")}
    counts = evidence()
    if counts is None:
        print("../shared not found: the evidence columns keep the counts they had", file=sys.stderr)
    rows = {}
    for word in top_n_list("en", 400_000, wordlist="large"):
        if len(word) < SHORTEST or not (word.isascii() and word.isalpha() and word.islower()):
            continue
        twins = [french[word[:-len(e)] + f] for e, f in ENDINGS if word.endswith(e) and word[:-len(e)] + f in french]
        if not twins:
            continue
        fr_zipf, twin = max(twins)
        en_zipf = english_zipf(word)
        if en_zipf > EN_MAX or fr_zipf < FR_MIN or fr_zipf - en_zipf < MARGIN or claimed(word):
            continue
        rows[word] = {"word": word, "french": twin, "en_zipf": f"{en_zipf:.2f}", "fr_zipf": f"{fr_zipf:.2f}"}
    for word, row in by_hand.items():
        rows.setdefault(word, {c: row.get(c, "") for c in ("word", "french", "en_zipf", "fr_zipf")})
    for word, row in rows.items():
        for column in COUNTED:
            row[column] = str(counts[column][word]) if counts else old.get(word, {}).get(column, "0")
        if word in by_hand:
            row["keep"], row["reason"] = "no", by_hand[word]["reason"]
        elif int(row["native"] or 0):
            row["keep"], row["reason"] = "no", f"native English writes it: {row['native']} in row_evidence's corpora"
        else:
            row["keep"], row["reason"] = "yes", f"French {float(row['fr_zipf']) - float(row['en_zipf']):.1f} more"
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(HEADER.format(en_max=EN_MAX, fr_min=FR_MIN, margin=MARGIN, version=version("wordfreq")))
        handle.write("\t".join(COLUMNS) + "\n")
        handle.writelines("\t".join(rows[w][c] for c in COLUMNS) + "\n" for w in sorted(rows))
    print(f"{OUT}: {len(rows)} rows, {sum(r['keep'] == 'yes' for r in rows.values())} kept")


if __name__ == "__main__":
    main()
