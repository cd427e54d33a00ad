"""French spellings of English words (tqcheck.rules.untranslated.spellings)."""

import unicodedata
from bisect import bisect_left

from tqcheck.rules.untranslated import frequencies, lexicon, spellings


def _all_french_words() -> list:
    """The plain definition: every word of the frequency table French uses, and more than English, without
    accents, sorted."""
    data, start = frequencies._body()
    words = set()
    for line in data[start:].decode("utf-8").split("\n"):
        word, _, zipfs = line.partition("\t")
        fr, _, en = zipfs.partition("\t")
        fr, en = (float(fr), float(en or 0)) if fr else (0.0, 0.0)
        if word and fr >= spellings.ATTESTED_ZIPF and fr >= en + spellings.ATTESTED_MARGIN:
            bare = unicodedata.normalize("NFD", word.replace("œ", "oe").replace("æ", "ae"))
            words.add(bare.encode("ascii", "ignore").decode())
    return sorted(words)


def test_french_writes_reads_the_groups_of_a_prefix_as_the_whole_table():
    # ``french_writes`` reads only the groups whose words can start as the prefix: the same answers as a search
    # of the whole table, for prefixes of every length (none, shorter than a group's key, accented keys: `œuv`)
    words = _all_french_words()

    def plain(word, i, j):
        prefix = word[:i]
        tail = word[i:j] + word[j:j + 1] if j - i <= 3 else word[i:j]
        k = bisect_left(words, prefix)
        while k < len(words) and words[k].startswith(prefix):
            if tail in words[k][max(0, i - 1):]:
                return True
            k += 1
        return False

    samples = words[::601] + ["dependancy", "environement", "responsability", "oeuvrance", "existance", "ancestry"]
    found = set()
    for word in samples:
        for i in range(0, min(len(word), 9)):
            for j in (i + 1, i + 2, i + 4, i + 6):
                expected = plain(word, i, j)
                assert spellings.french_writes(word, i, j) == expected, (word, i, j)
                found.add(expected)
    assert found == {True, False}


def test_a_french_spelling_is_edited_to_english():
    assert spellings.edited("dictionnary", lexicon.is_english) == "dictionary"
    assert spellings.edited("theorical", lexicon.is_english) == "theoretical"  # Computree's catalog (*théorique*)
    assert spellings.edited("historical", lexicon.is_english) is None
    assert spellings.edited("dependancy", lexicon.is_english) == "dependency"  # French writes *dépendance*
    assert spellings.edited("existance", lexicon.is_english) is None  # French writes *existence*: an English slip
    assert spellings.edited("importance", lexicon.is_english) is None
