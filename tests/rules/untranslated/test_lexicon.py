"""The words the classifier knows (tqcheck.rules.untranslated.lexicon): word list, cues, loanwords."""

import importlib.util
import subprocess
import sys

import pytest

from tqcheck.rules.untranslated import lexicon

from conftest import ROOT

# ------------------------------------------------------------- loanwords (french_in_english.tsv)


@pytest.mark.parametrize(
    "text",
    [
        "It gave her a sense of déjà vu; the party lost its raison d'être.",
        "The coup d'état was presented as a fait accompli.",
        "The menu is à la carte, and the crème brûlée is the pièce de résistance.",
        "He had the savoir-faire of a bon vivant, a certain je ne sais quoi.",
        "Deja vu, a coup d'etat and a tete-a-tete: accents dropped, still English.",
        "They met at the café, where his fiancée ordered a croissant, et al.",
        "He played the role of éminence grise vis-à-vis the minister, en route to Paris.",
        "Que sera, sera: he was, as they say, comme ci, comme ça.",
    ],
)
def test_loanwords_and_set_phrases_are_english(tq4, text):
    assert tq4(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Recipe: crêpes for four.",  # plural of a listed loanword
        "We ordered crêpes, pâtés and two gâteaux; the façades were lit.",
        "Their fiancées sent résumés; the bêtes noires of the left are the nouveaux riches.",
        "Riots broke out again in the banlieues of Paris.",
        "Ask the maître d' for a table, or the maître d'hôtel.",  # set phrase ending in an elision
        "She had a café crème and a glass of rosé at the station.",
        "The coups d'etats of the decade were faits accomplis.",
        # native English of stop 50's fresh set: a Montreal guide, a film review, wine and cooking notes, cycling
        "There are dépanneurs all over the island; few filmmaking milieux today are like it.",
        "Thicken it with beurre manié. The élevage is in old oak; the lieu-dit is a named site.",
        "Climbs deemed hors categorie are the hardest; the chevet of the church; its vinification.",
        "Plug the aux cable into the Aux input; two aux sends and an aux port.",  # English `aux` (auxiliary)
    ],
)
def test_loanword_plurals_and_set_phrases_are_english(tq4, text):
    assert tq4(text, "x.txt") == []


def test_plural_loanwords_do_not_hide_french_next_to_them(tq4):
    assert tq4("The crêpes étaient délicieuses, selon les clients.", "x.txt") != []
    # a function word of a loan phrase takes no plural: `des` is not `de` in `de facto`
    assert tq4("He bought des pommes.", "x.txt") == [("TQ401", "des pommes")]


# ------------------------------------------------------------- cues and the English word list


def test_strong_cues_are_not_english_words():
    english = lexicon.english_words()
    strong = [row.word for row in lexicon.CUES.where(kind="strong")]
    assert strong, "no strong cue read"
    assert [w for w in strong if w in english] == [], "English words: make them weak"


def test_english_word_list_is_sorted_and_grouped():
    # one word a line, sorted, a blank line between groups of words with the same first three letters:
    # the detector loads only the groups a short text needs
    parts = lexicon.word_list_text().rstrip("\n").split("\n\n")
    assert all(line.startswith("#") for line in parts[0].split("\n"))
    groups = [part.split("\n") for part in parts[1:]]
    words = [w for group in groups for w in group]
    assert words == sorted(set(words)) and all(words)
    assert all(len({w[:3] for w in group}) == 1 for group in groups)
    assert len({group[0][:3] for group in groups}) == len(groups)
    assert frozenset(words) == lexicon.english_words()


def test_short_text_loads_only_part_of_the_word_list():
    code = (
        "from tqcheck import check_text\n"
        "from tqcheck.rules.untranslated import lexicon as u\n"
        "check_text('The minister said the reforms would pass in the coming days.', 'x.txt')\n"
        "assert u.english_words.cache_info().currsize == 0, 'whole list loaded'\n"
        "assert 0 < u.word_group.cache_info().currsize < 100, 'groups loaded'\n"
        "assert not u.is_english('syndicats') and u.is_english('reforms')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_english_word_list_folds_inflections():
    for word in ("government", "governments", "reported", "reporting", "studies", "café", "well-known"):
        assert lexicon.is_english(word), word
    for word in ("comportement", "syndicats", "selon", "grottes"):
        assert not lexicon.is_english(word), word


def _stems():
    """``stems()`` of the word-list build (bench/measure_untranslated.py)."""
    spec = importlib.util.spec_from_file_location("measure_untranslated", ROOT / "bench" / "measure_untranslated.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.stems


def test_inflection_check_is_the_word_list_builds_definition():
    # the build leaves out every form stems() derives from a kept word; the runtime check, unrolled for
    # speed, must accept exactly those forms
    stems = _stems()
    words = lexicon.english_words()
    sample = sorted(words)[::5]
    forms = {w + end for w in sample for end in ("s", "es", "ed", "d", "ing", "ied", "ies")}
    forms |= {w + w[-1] + end for w in sample for end in ("ed", "ing")}  # doubled consonant
    forms |= {w[:-1] + end for w in sample if w.endswith(("y", "e")) for end in ("ies", "ied", "ing")}
    forms |= {"ss", "sss", "ies", "bed", "eed", "ing", "bing", "abbing", "dies", "lied", "aed", "ses"}
    disagree = [f for f in sorted(forms)
                if lexicon.inflection_of_english(f, words) != any(len(s) >= 3 and s in words for s in stems(f))]
    assert disagree == []
    assert sum(lexicon.inflection_of_english(f, words) for f in forms) > len(sample)  # the check does accept forms


def test_contractions_are_cues_written_without_their_apostrophe():
    found = lexicon.contractions()
    assert "dont" in found
    assert all(english.replace("'", "") == word and word in lexicon.cues() for word, english in found.items())
