"""TQ608 (source.untranslated_units): a unit of a translation file with no English translation, or a fuzzy PO entry."""

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_text

from .helpers import tq6


def _findings(text, path, select=("TQ608",)):
    config = Config()
    config.select = list(select)
    return list(check_text(text, path, config=config))


@pytest.mark.parametrize("source", [
    "Mot de passe oublié ?",
    "Créer un sondage",
    "Votre compte a été supprimé.",
    "CRÉER UN SONDAGE",  # in capitals, read as a whole
    "Supprimer",
    # English-listed words or a capitalised pair, which the identifier reads as French (real catalogs, stop 43)
    "Lire plus", "Mon Compte", "Connexion", "Médecin Généraliste",
    "Nom", "Rampe fixe", "Adresse Email",  # a word French has and English hardly
    "12345 fichiers supprimés",  # a number, not a postcode before a town
])
def test_a_french_source_without_translation_is_flagged_on_the_source(source):
    (finding,) = tq6((source, ""), ("Enregistrer", "Save"), code="TQ608")
    assert (finding.line, finding.column) == (1, 1)
    assert finding.span == source
    assert "No English translation" in finding.message


@pytest.mark.parametrize("source", [
    "OK", "Email", "Paris", "Île-de-France", "Français",  # English too, a name, a language menu
    "%s", "{count}",  # nothing to read
    "boutique.index.titre_page",  # a message key, not a text (Symfony)
    "Orientation", "Plus", "Annecy", "Description",  # one word English lists or writes commonly, a town
    "Passer en français",  # a language switch, in the language it offers
    "2 rue de la Poste", "74000 Annecy", "12 Rue Victor Hugo",  # an address, which an English page keeps
])
def test_a_source_that_does_not_read_as_french_is_not_flagged(source):
    assert tq6((source, ""), ("Enregistrer les modifications", "Save changes"), code="TQ608") == []


def test_a_translated_unit_is_not_flagged():
    assert tq6(("Créer un sondage", "Create a poll"), code="TQ608") == []


PO = '''msgid ""
msgstr ""
"Language: en\\n"

#: views.py:10
msgid "Créer un sondage"
msgstr ""

#, fuzzy
msgid "Mot de passe"
msgstr "Password"

#, c-format, fuzzy
msgid "Bienvenue %s"
msgstr "Welcome « %s »"

#, c-format
msgid "Tableau de bord"
msgstr "Dashboard"

msgid "%d fichier supprimé"
msgid_plural "%d fichiers supprimés"
msgstr[0] ""
msgstr[1] ""

#, fuzzy
#~ msgid "Ancienne chaîne"
#~ msgstr "Old string"

msgid "Fichier enregistré"
msgstr "File saved"
'''


def test_po_empty_and_fuzzy_entries():
    """(The flags of an obsolete `#~` entry are its own: the next entry is not fuzzy.)"""
    found = _findings(PO, "en.po")
    assert [(f.line, f.span) for f in found] == [(6, "Créer un sondage"), (10, "Mot de passe"), (14, "Bienvenue %s"),
                                                 (21, "%d fichier supprimé")]  # a plural entry once
    assert "fuzzy" in found[1].message and "fuzzy" not in found[0].message


def test_a_fuzzy_entry_is_still_checked_by_the_other_rules():
    found = _findings(PO, "en.po", select=("TQ1",))
    assert [(f.line, f.code) for f in found if f.code == "TQ101"] == [(15, "TQ101"), (15, "TQ101")]


def test_a_translator_comment_suppresses_it():
    text = PO.replace("#: views.py:10", "# tqcheck: ignore TQ608\n#: views.py:10")
    assert [f.span for f in _findings(text, "en.po")] == ["Mot de passe", "Bienvenue %s", "%d fichier supprimé"]


def test_a_catalog_of_english_sources_has_no_untranslated_unit():
    """In an en_GB catalog of American messages an empty msgstr means "as the source"."""
    entries = "".join(f'msgid "{m}"\nmsgstr ""\n\n' for m in (
        "Open the file", "Save all of the changes", "Delete this item from the list", "Colors and fonts",
        "Créer"))
    assert _findings('msgid ""\nmsgstr "Language: en_GB\\n"\n\n' + entries, "en_GB.po") == []


def test_xliff_without_target_and_qt_unfinished():
    xliff = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr" target-language="en" datatype="plaintext" original="x">
    <body>
      <trans-unit id="a"><source>Se connecter</source></trans-unit>
      <trans-unit id="b"><source>Déconnexion</source><target state="new"></target></trans-unit>
      <trans-unit id="c"><source>Tableau de bord</source><target>Dashboard</target></trans-unit>
    </body>
  </file>
</xliff>
"""
    assert [f.span for f in _findings(xliff, "messages.en.xlf")] == ["Se connecter", "Déconnexion"]
    ts = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context><name>Main</name>
<message><source>Ouvrir le fichier</source><translation type="unfinished"></translation></message>
<message><source>Supprimer le projet</source><translation type="vanished"></translation></message>
<message><source>Enregistrer</source><translation>Save</translation></message>
</context>
</TS>
"""
    assert [f.span for f in _findings(ts, "app_en.ts")] == ["Ouvrir le fichier"]


def test_an_article_checked_with_its_source_has_no_unit_to_flag():
    """A source sentence an aligned article lacks is TQ604's: its source is another file, whose offsets are not
    this document's."""
    from tqcheck.documents import parse
    from tqcheck.documents.pairing import attach
    from tqcheck.engine import Context, lint

    doc = parse("The strike goes on.\n\nThe unions met on Monday.\n", path="a.en.md")
    attach(doc, parse("La grève continue.\n\nLe ministre a refusé de commenter.\n\nLes syndicats se sont réunis "
                      "lundi.\n", path="a.fr.md"))
    assert any(p.target is None and p.source_segment is not None for p in doc.pairs)
    for pair in doc.pairs:
        pair.confidence = 1.0  # as sure as a file's units
    codes = {f.code for f in lint(doc, Context(Config())).findings}
    assert "TQ604" in codes and "TQ608" not in codes


def test_a_translation_memory_has_no_readers():
    tmx = ('<?xml version="1.0"?><tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Supprimer '
           'le fichier</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu></body></tmx>\n')
    assert _findings(tmx, "memory.tmx") == []
    assert [f.code for f in _findings("Supprimer le fichier\t\n", "memory.tsv")] == ["TQ608"]
