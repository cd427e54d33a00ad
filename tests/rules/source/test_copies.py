"""TQ602 (source.copies): a word of the source copied untranslated into the translation."""

import pytest

from .helpers import spans

FLAGGED = [
    ("Les avocats ont recensé 300 cas.", "The avocats identified 300 cases.", ["avocats"]),
    ("Le taux de participation baisse.", "The taux of participation drops.", ["taux"]),
    ("Selon les syndicats, la grève continue.", "The strike goes on, selon les syndicats.", ["selon les syndicats"]),
    ("Il est parti sans rien dire.", "He left sans a word.", ["sans"]),
    ("Contrairement au Canada, les États sont responsables.", "Unlike Canada, the States sont responsible.",
     ["sont"]),
    ("Les élections ont eu lieu.", "The élections took place.", ["élections"]),
    # unaccented and unknown to the frequency lists, but French to the identifier
    ("Le covoiturage progresse.", "The covoiturage is growing.", ["covoiturage"]),
    ("Le porte-monnaie est vide.", "The porte-monnaie is empty.", ["porte-monnaie"]),  # a part of it French
    # capitalised at the head of a sentence, as a cue or an elision: French, not a name
    ("Selon lui, la grève continue.", "Selon him, the strike goes on.", ["Selon"]),
    ("L'avocat a parlé.", "L'avocat spoke.", ["L'avocat"]),
    # a capitalised accented word, all capitals: French by its letters, whatever its kind
    ("Les ÉLECTIONS ont eu lieu.", "The ÉLECTIONS took place.", ["ÉLECTIONS"]),
]

NEVER = [
    ("Il est important de noter la photo.", "It is important to note the photo."),  # English words too
    ("Un article du Monde et de Pierre Dupont.", "An article by Le Monde and Pierre Dupont."),  # names
    ("L'OTAN et la CIA.", "NATO and the CIA."),  # acronyms
    ("Un café au lait et un coup d'état.", "A café au lait and a coup d'état."),  # loanwords
    ("Les élections ont eu lieu.", "The elections took place."),  # English spelling of the word
    ("Il a visité la Maison Blanche.", "He visited the Casa de Campo."),  # not in the source
    # words both languages use alike, and terms neither uses commonly that do not read as French (real catalogs)
    ("Le fichier de config est absent du frontend.", "The config file is missing from the frontend."),
    ("Voir le changelog, le favicon, etc.", "See the changelog, the favicon, etc."),
    # a slug of names, a folder's (Hermes's Qt catalog): no part of it a French word
    ("Un dossier deuchnord-hermes sera créé.", "A folder deuchnord-hermes will be created."),
    # a term written with a symbol, kept by both (PostgreSQL's manual and its French translation)
    ("Il tourne sur tout système un*x.", "It runs on any un*x system."),
]


@pytest.mark.parametrize("source, target, flagged", [
    ("Entreprises", "Entreprises", True),  # a unit left as its source (real Symfony catalogs)
    ("Adresse mail", "Adresse mail", True),
    ("Contact", "Contact", False),  # English has the word too
    ("Photo", "Photo", False),
    ("Plus", "Plus", False),  # a French word English writes commonly too (Kresus's menu)
    ("Sessions de certification", "Sessions de certification", True),  # `de` is French's, not English's (Pix)
    ("Paris", "Paris", False),  # a name
    ("Le Monde", "Le Monde", False), ("Île-de-France", "Île-de-France", False),  # names, every word capitalised
    ("Université Paris-Saclay", "Université Paris-Saclay", False),
    ("Français", "Français", False),  # a language menu keeps the language's own name
    ("en", "en", False), ("fr", "fr", False),  # a language code (a real string table's, stop 43)
    ("Oui", "Oui", True), ("Où", "Où", True),
    ("Message introuvable", "Message introuvable", True),
    # neither language's list has them, but a French word's family does (real Jeedom catalogs); a name has none
    ("Historiser", "Historiser", True), ("Edisio", "Edisio", False),
    ("Changelog mqttRing", "Changelog mqttRing", False), ("ChangeLog", "ChangeLog", False),  # (real Jeedom docs)
    ("Un compte MétéoConcept gratuit", "A free MétéoConcept account", False),  # a brand, not a word
    ("Mes articles", "Mes articles", True),  # `mes`: in the English list as an abbreviation (Kresus)
    ("envoyer", "__envoyer", True),  # Symfony's translation:extract prefixes a new message with __
    ("Contact", "__Contact", True),
    ("notification.comment_created", "__notification.comment_created", True),  # a key, the same
    # an address kept as it is (react-dsfr's README and its French original: 11 lines of links)
    ("-   https://adresse.data.gouv.fr", "-   https://adresse.data.gouv.fr", False),
    ("Écrivez à contact@entreprise.gouv.fr", "Écrivez à contact@entreprise.gouv.fr", True),
])
def test_a_target_that_is_its_french_source_unchanged_is_flagged_whole(source, target, flagged):
    expected = [target] if flagged else []
    assert spans((source, target), code="TQ602") == expected


def test_a_message_key_for_a_source_is_no_text_to_compare():
    """Symfony catalogs may use keys as sources (``beneficiary.number``): no TQ6xx check has text to compare."""
    assert spans(("beneficiary.number", "{1}Beneficiary|[2, Inf]Beneficiaries"), ("boutique.index.titre_page",
                 "Our {nbCategories} categories"), ("nav.home_link", "See https://example.com/help now")) == []
    assert spans(("Voir l'aide", "See https://example.com/help now")) == ["https://example.com/help"]
    assert spans(("Réf.2024-001", "Ref.2024-002")) == ["002"]  # text, though it has no space


@pytest.mark.parametrize("source, target, expected", FLAGGED)
def test_copied_french_is_flagged(source, target, expected):
    assert spans((source, target), code="TQ602") == expected


@pytest.mark.parametrize("source, target", NEVER)
def test_names_acronyms_loanwords_and_shared_words_are_not(source, target):
    assert spans((source, target), code="TQ602") == []


def test_the_untranslated_family_reports_the_word_once():
    from tqcheck.config import Config
    from tqcheck.engine import check_text

    line = "Le comportement des avocats.\tThe comportement of lawyers.\n"
    assert [f.code for f in check_text(line, "x.tsv", config=Config(select=["TQ6"]))] == ["TQ602"]
    assert [f.code for f in check_text(line, "x.tsv", config=Config(select=["TQ4", "TQ6"]))] == ["TQ403"]


def test_the_prefilter_drops_no_copy_on_real_machine_translation(monkeypatch):
    """``_may_open`` is derived from ``_english`` and ``_frenchish``: a pair none of whose shared words may open a copy
    is not cut into tokens.  On real MT (rule-based systems copy the most), the copies are those found without it."""
    from conftest import shared

    from tqcheck.rules.source import copies

    source = shared("data", "wmt13-fren", "newstest2013-src.fr").read_text(encoding="utf-8").split("\n")[:1500]
    pairs = [(s, t) for system in ("rbmt-1", "online-G") for s, t in zip(source, shared(
        "data", "wmt13-fren", "system-outputs", f"newstest2013.fr-en.{system}").read_text(encoding="utf-8").split("\n"))]

    def found():
        return [(s, t, [(a, b) for a, b, _ in copies.copies(s, t)]) for s, t in pairs]

    filtered = found()
    monkeypatch.setattr(copies, "_may_open", lambda word: True)  # every shared word: the plain search
    assert filtered == found() and sum(len(f) for *_, f in filtered) > 20


def test_a_capitalised_label_copied_into_a_program_string_is_flagged():
    """In a PO or XLIFF file a capitalised French word is a button or a menu far more often than a name: a copy
    when its lower case is clearly French (a blind probe's `click Valider`, `the Paramètres menu`)."""
    from tqcheck.config import Config
    from tqcheck.engine import check_text

    def po(*pairs):
        units = "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
        text = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n' + units
        return [f.span for f in check_text(text, "en.po", config=Config(select=["TQ602"]))]

    assert po(("Ouvrez le menu Paramètres.", "Open the Paramètres menu."),
              ("Remplissez le formulaire et cliquez sur Valider.", "Fill in the form and click Valider.")) == [
        "Paramètres", "Valider"]
    # a name is no label, whatever the file: its lower case is no clearly French word
    assert po(("Contactez Jean Blanc à Paris.", "Contact Jean Blanc in Paris."),
              ("Ouvrez Firefox.", "Open Firefox.")) == []
    # a word of a name of several words is no label (a review's `Read Le Monde`, `Pay with Carte Bleue`)
    assert po(("Lisez Le Monde.", "Read Le Monde."), ("Envoyé par Laurent Voisin", "Sent by Laurent Voisin"),
              ("Payez avec Carte Bleue", "Pay with Carte Bleue")) == []
    # an organisation's name opens its message, or joins its words with a particle (acceslibre's catalog)
    assert po(("La Poste", "La Poste"), ("Direction Générale des Entreprises", "Direction Générale des Entreprises"),
              ("Envoyé par La Poste", "Sent by La Poste")) == []
    assert po(("Cliquez sur Valider", "Click Valider")) == ["Valider"]  # the message's first word is no name
    # labels joined by a particle are labels still (a review's cases)
    assert po(("Cliquez sur Enregistrer et Fermer", "Click Enregistrer et Fermer"),
              ("Ouvrez Paramètres de Sécurité", "Open Paramètres de Sécurité")) == [
        "Enregistrer", "Fermer", "Paramètres", "Sécurité"]
    # an app's name, an acronym, an institution's name written the French way (a fresh Android app of Montreal's ÉTS)
    assert po(("ÉTSMobile", "ÉTSMobile"), ("ÉTS", "ÉTS"), ("La radio de l'ÉTS.", "ÉTS student radio"),
              ("Le club de l'École de technologie supérieure.", "The club of the École de technologie supérieure.")
              ) == []
    assert po(("SUPPRIMER", "SUPPRIMER"), ("SAUVEGARDER", "SAUVEGARDER"), ("RÉGLAGES", "RÉGLAGES")) == [
        "SUPPRIMER", "SAUVEGARDER", "RÉGLAGES"]  # a label shouted, unchanged, is still French (a review's)
    # outside a program's strings, a capitalised word copied is a name (a news article's `the Élysée`)
    assert spans(("Ouvrez le menu Paramètres.", "Open the Paramètres menu."), code="TQ602") == []


def test_a_catalog_whose_sources_are_english_has_no_french_to_copy():
    # gnome-recipes' en_GB.po: `Coriandre seeds` in both msgid and msgstr is the English source's own slip
    from tqcheck import check_text
    from tqcheck.config import Config

    def copied(msgids):
        po = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n' + "".join(
            f'msgid "{m}"\nmsgstr "{t}"\n\n' for m, t in msgids)
        return [f.span for f in check_text(po, path="en.po", config=Config(select=["TQ602"]))]

    english = [("Coriandre seeds", "Coriandre seeds"),
               ("Add the onions and the garlic", "Add the onions and the garlic"),
               ("Cook it for an hour", "Cook it for an hour")]
    assert copied(english) == []
    french = [("Les graines de coriandre", "The coriandre seeds"), ("Ajoutez les oignons", "Add the onions")]
    assert copied(french) == ["coriandre"]
