"""TQ402/TQ403 on a string of a software-strings file left whole in French (tqcheck.rules.untranslated.labels)."""

import json

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def found(value, path="en.json"):
    text = json.dumps({"key": value}, ensure_ascii=False) if path.endswith(".json") else value
    return [(f.code, f.span) for f in check_text(text, path=path, config=Config(select=["TQ4"]))]


@pytest.mark.parametrize("value, expected", [
    ("Créer un sondage", [("TQ402", "Créer un sondage")]),  # capitalised: the classifier read a name
    ("Sondage anonyme", [("TQ402", "Sondage anonyme")]),
    ("Bienvenue sur Framadate", [("TQ402", "Bienvenue sur Framadate")]),  # a name inside the label
    ("Supprimer", [("TQ403", "Supprimer")]),
    ("anonyme", [("TQ403", "anonyme")]),  # Framadate's messages.en.json; unaccented, English hardly writes it
    ("Paramètres", [("TQ403", "Paramètres")]),
    # an English-listed word beside a French function word: French as a whole (a reviewer's cases)
    ("Mot de passe", [("TQ402", "Mot de passe")]),
    ("Tableau de bord", [("TQ402", "Tableau de bord")]),
    ("Enregistrer les modifications", [("TQ402", "Enregistrer les modifications")]),
    ("CRÉER UN SONDAGE", [("TQ402", "CRÉER UN SONDAGE")]),  # in capitals: no name
    ("SUPPRIMER", [("TQ403", "SUPPRIMER")]),
    ("Supprimer\u00a0tout", [("TQ402", "Supprimer\u00a0tout")]),  # two words, whatever the space
    ("Langue française", [("TQ402", "Langue française")]),  # `française` alone is a menu's; here an adjective
    # a French-only function word opening two words (a fresh Android strings file: Entourage's `Votre position`)
    ("Votre position", [("TQ402", "Votre position")]),
    ("Des options", [("TQ402", "Des options")]),
    ("SES region", []), ("AUX port", []), ("DES key", []), ("CES booth", []),  # acronyms (a review's)
    ("Aux input", []),  # English `aux`, auxiliary
    ("%s élément(s)", [("TQ403", "élément")]),  # a plural's (s) is no call
])
def test_a_french_string_is_flagged_whole(value, expected):
    assert found(value) == expected


@pytest.mark.parametrize("value", [
    "Create a poll",
    "Français",  # a language menu names the language in it
    "Île-de-France", "Conseil d'État", "Le Monde", "Société Générale",  # names: every word capitalised
    "Date", "Description", "Options", "Plus", "Message", "Menu",  # English writes them too
    "Résumé", "Déjà vu", "Rendez-vous", "À propos", "Bon appétit",  # loans (french_in_english.tsv)
    "Mon",  # Monday, as a calendar abbreviates it (Rails' abbr_day_names)
    "Occitan",  # a language's name: English writes it too, if rarely
    "Réunion", "Québec", "Éric", "Retour",  # English writes them too: places, people (libgweather's en_GB.po)
    "prenom.nom@exemple.fr", "https://adresse.data.gouv.fr",  # addresses: no words
    "URSSAF",  # an acronym: in capitals, a word alone must be a common French word
    "Save changes", "The joie de vivre",
])
def test_an_english_or_shared_string_is_not(value):
    assert found(value) == []


@pytest.mark.parametrize("path, text", [
    ("en.json", "Passer en français"),  # a game's switch, in its English column (a real string table, stop 43)
    ("en.json", "Français (Canada)"),
    ("README.md", "# Tool\n\n[Lire en français](README.fr.md) | [Read in English](README.md)\n"),
    ("README.md", "# Tool\n\n🇫🇷 Version française disponible ici.\n"),
])
def test_a_language_switch_is_written_in_the_language_it_offers(path, text):
    assert found(text, path) == []


def test_a_string_left_in_french_that_says_en_francais_is_still_read():
    assert found("Ce texte n'existe qu'en français pour le moment, merci de votre patience") != []


def test_a_long_paragraph_naming_french_is_still_read():
    text = "The minister said that the reform would go ahead, en français comme ailleurs, whatever the unions think.\n"
    assert found(text, "a.md") != []


def test_a_string_with_a_word_of_neither_language_is_left_to_the_sentence_reader():
    # `Presale` is no French word: the string is not French as a whole, its French word is (muziekpublique)
    assert found("Presale not-membres") == [("TQ403", "not-membres")]


def test_only_in_a_file_of_strings():
    # a Markdown paragraph of one capitalised word is a heading or a name: the sentence reader decides
    assert found("Supprimer\n", path="notes.md") == []
    assert found("Supprimer", path="en.json") == [("TQ403", "Supprimer")]


def test_po_and_yaml_strings():
    po = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "delete"\nmsgstr "Supprimer"\n'
    assert [(f.code, f.span) for f in check_text(po, path="en.po", config=Config(select=["TQ4"]))] == [
        ("TQ403", "Supprimer")]
    yml = "en:\n  poll:\n    create: Créer un sondage\n    title: Create a poll\n"
    assert [(f.code, f.span) for f in check_text(yml, path="en.yml", config=Config(select=["TQ4"]))] == [
        ("TQ402", "Créer un sondage")]


def test_with_the_source_the_copy_is_said_once(tmp_path):
    """A unit left as its French source is one TQ602, which the source makes sure of, not TQ4xx's reading of it nor
    its pieces (a French-first app's en.json: `État civil, identité, informations de connexion` gave 6 findings)."""
    from click.testing import CliRunner

    from tqcheck.cli import main

    copied = "État civil, identité, informations de connexion et adresses"
    (tmp_path / "en.json").write_text(f'{{"a": "Create a poll", "b": "Sondage anonyme", "c": "{copied}"}}',
                                      encoding="utf-8")
    (tmp_path / "fr.json").write_text(f'{{"a": "Créer un sondage", "b": "Sondage anonyme", "c": "{copied}"}}',
                                      encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", str(tmp_path / "en.json"),
                                       "--source", str(tmp_path / "fr.json")])
    found = [(f["code"], f["span"]) for f in json.loads(result.output)["findings"]]
    assert found == [("TQ602", "Sondage anonyme"), ("TQ602", copied)]
    alone = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", str(tmp_path / "en.json")])
    assert {f["code"] for f in json.loads(alone.output)["findings"]} >= {"TQ402"}  # without the source: TQ4xx's


def test_a_capitalised_word_english_writes_too_is_french_beside_a_surer_french_string():
    # Réunion in a list of places is a place; Retour among Framadate's French labels is a label
    def spans(values):
        text = json.dumps({f"k{n}": v for n, v in enumerate(values)}, ensure_ascii=False)
        return [f.span for f in check_text(text, path="en.json", config=Config(select=["TQ4"]))]

    assert spans(["Réunion", "Québec", "Montréal", "Guadeloupe"]) == []
    assert spans(["Créer un sondage", "Retour", "Adresse", "Paris"]) == ["Créer un sondage", "Retour", "Adresse"]


def test_a_french_lead_in_paragraph_is_a_label_left_in_french():
    # MT docs of stop 51 (a Jeedom plugin): `Utiliser la commande :` before a code block, left in French
    from tqcheck.engine import check_text

    text = "Utiliser la commande :\n\n    make\n\nRéglages avancés :\n\nUse the following command:\n\n    make test\n"
    assert [(f.code, f.line) for f in check_text(text, "a.md") if f.code.startswith("TQ40")] == [("TQ402", 1),
                                                                                              ("TQ402", 5)]
