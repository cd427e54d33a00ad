"""TQ206 french-spelling (tqcheck.rules.names.french_spelling)."""

import pytest

from tqcheck.rules.names.french_spelling import english_of
from tqcheck.rules.untranslated.spellings import SPELLINGS


@pytest.mark.parametrize("text, flagged, english", [
    ("See the dictionnary of parameters.", "dictionnary", "dictionary"),  # dictionnaire: nn
    ("All parameters are optionnal here.", "optionnal", "optional"),
    ("The settings recommanded by the vendor.", "recommanded", "recommended"),  # recommandé: an for en
    ("It is independant of the kernel.", "independant", "independent"),
    ("Check your internet connexion.", "connexion", "connection"),  # -xion
    ("Set up the environement first.", "environement", "environment"),  # -ement
    ("It is the responsability of the caller.", "responsability", "responsibility"),
    ("The dimensionnal environements.", "environements", "environments"),  # (and `dimensionnal`: below)
    ("Two fonctionnalities were added.", "fonctionnalities", "functionalities"),  # two edits: fonct, nn
    ("Recommanded : yes", "Recommanded", "Recommended"),  # a label opening a text: its capital kept
    ("A dependancy of the build.", "dependancy", "dependency"),  # attested: French writes dépendance
    ("Follow the tutoriel to the end.", None, None),  # a French word (frequency table): TQ403's, not this rule's
])
def test_an_english_word_spelled_the_french_way_is_flagged_with_the_english_one(codes, text, flagged, english):
    found = [f for f in codes(text, "TQ206") if f.span != "dimensionnal"]
    assert [f.span for f in found] == ([flagged] if flagged else [])
    if flagged:
        assert found[0].fix.replacement == english and found[0].fix.applicability == "unsafe"


@pytest.mark.parametrize("text", [
    "The dictionary of optional parameters.",  # English
    "The Finnish team and Mr Bonnard met.",  # capitalised inside a text: names
    "Donna Robinson wrote the manual.",  # a name opening a text (Dona is an English word)
    "Run adress.py or set_fonction, then --optionnal.",  # code
    "It breaks backwards compatability.",  # an English slip, not French (compatibilité): not a row
    "The questionnaire and the personnel.",  # English words with French doubled letters
    "Unknown words like zorbulated and frangible stay.",
    "Check the existance of occurrances, fragements and visability.",  # English slips French does not write
])
def test_english_names_code_and_english_slips_are_left_alone(codes, text):
    assert codes(text, "TQ206") == []


def test_the_word_is_tq206s_not_tq403s(codes):
    """`optionnal` is no French word: the English one misspelt, said once, by this rule."""
    found = codes("All parameters are optionnal here.", "TQ")
    assert [f.code for f in found] == ["TQ206"]


def test_every_row_turns_its_example_into_english():
    """Each row's `why` names French spellings; the first of them must turn into English through the table."""
    for row in SPELLINGS.rows:
        example = row.why.split(": ", 1)[1].split(",")[0].split(" (")[0].split(";")[0].strip()
        assert english_of(example.lower()) is not None, (row.french, example)


def test_existant_is_the_participle():
    # French existant is what English says existing (Framadate: `an existant date`); -ant/-ent stays for the others
    assert english_of("existant") == "existing"
    assert english_of("persistant") == "persistent"
    assert english_of("independant") == "independent"
