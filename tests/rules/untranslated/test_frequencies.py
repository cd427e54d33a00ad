"""How French a word is by how often French and English use it (tqcheck.rules.untranslated.frequencies)."""

import subprocess
import sys

import pytest

from tqcheck.rules.common import read_rows
from tqcheck.rules.untranslated import frequencies, lexicon

from conftest import ROOT


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("maisons", frequencies.FRENCH),  # 4.8 in French, 1.8 in English
        ("semaine", frequencies.FRENCH),
        ("environ", frequencies.FRENCH),  # known to English (2.2) but far commoner in French (5.2)
        ("performant", frequencies.LEANING),  # English jargon too: joins a French run, never alone
        ("bataille", frequencies.LEANING),
        ("posix", frequencies.NEITHER),  # rare in French (2.1, under 2.5 in English): spells like neither
        ("iphone", frequencies.ENGLISH),  # an English word the word list lacks
        ("bosons", frequencies.ENGLISH),  # the plural of one (`boson`)
        ("getxattr", frequencies.NEITHER),  # spells like neither language
        ("knoooooowww", frequencies.NEITHER),
        ("fraieront", frequencies.UNKNOWN),  # rare, spells like French: the identifier decides
        ("tourmenteront", frequencies.UNKNOWN),
        ("reraise", frequencies.ENGLISH),  # re + raise
        ("chlamydiées", frequencies.FRENCH),  # rare, but accented and spelled like French
        ("là-bas", frequencies.FRENCH),  # a French particle in a compound
        ("explique-t-il", frequencies.FRENCH),
        ("ex-femme", frequencies.LEANING),
    ],
)
def test_verdicts(word, expected):
    assert frequencies.verdict(word, lexicon.is_english) == expected


def test_evidence_weighs_one_word_from_english_to_french():
    assert frequencies.evidence("selon") == 3.0
    assert frequencies.evidence("iphone") < 0 < frequencies.evidence("bataille")
    assert frequencies.evidence("getxattr") < 0 < frequencies.evidence("fraieront")


def test_spelling_model_tells_rare_french_from_identifiers():
    french = ("fraieront", "traitai", "approfondirait", "parrainaient", "consomption", "laxisme")
    other = ("contextvars", "getxattr", "newwin", "iscntrl", "skldfjkl", "ngettext", "libxml")
    assert all(frequencies.spells_french(w) for w in french)
    assert not any(frequencies.spells_french(w) for w in other)


def test_frequency_rows_hold_their_evidence_and_are_grouped():
    header, rows = read_rows(frequencies.WORDS.name)
    assert header == ("word", "fr_zipf", "en_zipf")
    assert len(rows) > 40000
    for _, cells in rows:
        fr, en = float(cells["fr_zipf"]), float(cells["en_zipf"])
        assert 0 <= fr < 8 and 0 <= en < 8
    assert frequencies.zipf("semaine") == (5.4, 1.7)
    assert frequencies.zipf("government") is None  # English words of the word list are not repeated
    # groups of rows sharing their first three letters, so that a short text reads a few of them
    groups = frequencies._groups()
    assert all(all(line.startswith(key) for line in group.strip().split("\n")) for key, group in groups.items())
    assert sum(group.strip().count("\n") + 1 for group in groups.values()) == len(rows)


def test_a_word_s_row_is_read_as_in_its_whole_group():
    # ``zipf`` reads one row of a group's text; ``_group`` reads them all: the same numbers, for every row, and
    # none for a word that is no row (a row's prefix, a word with a row's letters after it, the group key)
    header, rows = read_rows(frequencies.WORDS.name)
    words = [cells["word"] for _, cells in rows]
    for word in words + [w[:-1] for w in words[::7]] + [w + "s" for w in words[::7]] + ["maison\t", "xyzzy"]:
        assert frequencies.zipf(word) == frequencies._group(word[:3]).get(word), word
    assert frequencies.zipf("maisons") == (4.8, 1.8)


def test_trigram_rows_hold_counts():
    header, rows = read_rows(frequencies.TRIGRAMS.name)
    assert header == ("trigram", "fr_types", "en_types")
    assert all(len(c["trigram"]) == 3 and int(c["fr_types"]) + int(c["en_types"]) >= 2 for _, c in rows)
    # the model holds every row, and each language's counts summed by a trigram's first two letters
    counts, (ctx_fr, ctx_en) = frequencies._trigram_model()
    assert counts == {c["trigram"]: (int(c["fr_types"]), int(c["en_types"])) for _, c in rows}
    for side, ctx in enumerate((ctx_fr, ctx_en)):
        sums = {}
        for gram, pair in counts.items():
            sums[gram[:2]] = sums.get(gram[:2], 0) + pair[side]
        assert ctx == sums


def test_short_text_reads_few_groups_and_no_identifier():
    code = (
        "from tqcheck import check_text\n"
        "from tqcheck.rules.untranslated import frequencies as f, lexicon as u\n"
        "found = check_text('The procession set off at 14h30, selon les syndicats, from Bakhmout.', 'x.txt')\n"
        "assert any(x.code == 'TQ401' for x in found)\n"
        "assert 0 < f._group_text.cache_info().currsize < 20, f._group_text.cache_info()\n"
        "assert not u.identifier_loaded()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("word", ["zouplais", "sniquettes", "menoulait", "uniq", "sez", "werent"])
def test_nonce_words_have_no_french_family(word):
    # puns, dialect, invented words and commands spell like French but belong to no French word family
    assert frequencies.relative(word) is None


def test_french_family_by_stem_prefix_or_ending():
    assert frequencies.relative("reversait") == "reverser"  # the same stem before another ending
    assert frequencies.relative("fraieront") == "-eront"  # an ending no English word has
    assert frequencies.relative("lanceraient-rockets") == "-eraient"  # a part of a compound
    # the endings English never writes are not the ends of English words
    english_only = [row.ending for row in frequencies.ENDINGS.rows if row.english == "no"]
    assert english_only and not [w for w in lexicon.english_words() if w.endswith(tuple(english_only))]
