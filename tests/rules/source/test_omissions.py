"""TQ604 (source.omissions): source content with no counterpart in the translation, or the reverse."""

from tqcheck.documents import parse
from tqcheck.documents.pairing import attach
from tqcheck.rules.source.omissions import calibrate, lost_names

from .helpers import tq6

SOURCE = "Selon le Centre Brennan, qui a étudié la question pendant dix ans, la fraude électorale est plus rare que la foudre."
FULL = "According to the Brennan Centre, which studied the question for ten years, electoral fraud is rarer than lightning."
SHORT = "According to the Brennan Centre, fraud is rare."
# a document of ordinary pairs, so that its own length ratio is known
CONTEXT = [
    ("Le conseil municipal a voté le budget de la ville lundi soir.", "The city council passed the city budget on Monday evening."),
    ("Les travaux commenceront au printemps prochain, selon le maire.", "Work will start next spring, according to the mayor."),
    ("Les habitants du quartier se disent satisfaits du projet.", "Residents of the neighbourhood say they are pleased with the project."),
    ("La rénovation de la gare coûtera plus que prévu.", "The renovation of the station will cost more than planned."),
    ("Le maire a promis une réunion publique avant l'été.", "The mayor promised a public meeting before the summer."),
] * 3


def test_a_dropped_clause_is_flagged_against_the_documents_own_ratio():
    found = tq6(*CONTEXT, (SOURCE, SHORT), code="TQ604")
    assert [f.line for f in found] == [len(CONTEXT) + 1]
    assert "shorter" in found[0].message


def test_the_full_translation_is_not():
    assert tq6(*CONTEXT, (SOURCE, FULL), code="TQ604") == []


def test_an_addition_is_flagged():
    long = FULL + " The study, paid for by a foundation whose donors are unknown, was never published in a journal."
    found = tq6(*CONTEXT, (SOURCE, long), code="TQ604")
    assert len(found) == 1 and "longer" in found[0].message


def test_names_the_translation_lacks_are_evidence():
    assert lost_names("Selon Annette Lennartz et le Centre Brennan.", "According to the Brennan Centre.") == [
        "Annette", "Lennartz"]


def test_a_short_document_leans_on_the_prior_ratio():
    ratio, spread = calibrate([(100, 300)])  # one odd pair cannot set the ratio
    assert 0.88 < ratio < 1.0 and spread > 1


def test_an_aligned_article_reports_a_source_sentence_with_no_translation():
    source = ("Le conseil a voté le budget lundi. Il atteint 2 450 millions d'euros. "
              "Le maire, Pierre Lenoir, a salué un budget responsable et équilibré. Les travaux commencent en mai.")
    target = "The council passed the budget on Monday. It reaches 2,450 million euros. Work starts in May."
    from tqcheck.config import Config
    from tqcheck.engine import Context, lint

    doc = parse(target, path="a.en.txt")
    attach(doc, parse(source, path="a.fr.txt"))
    found = [f for f in lint(doc, Context(Config(select=["TQ604"]))).findings]
    assert len(found) == 1 and "Pierre Lenoir" in found[0].message


def test_a_heading_that_says_in_two_words_what_its_source_spells_out_is_no_omission():
    # a fresh blog's `### Voies proches géographiquement mais non connectées topologiquement` as `Disconnected tracks`
    from tqcheck.config import Config
    from tqcheck.engine import Context, lint

    fr = ("## Présentation\n\nQuelles sont les nouveautés ? Tout sera détaillé dans cet article.\n\n"
          "### Voies proches géographiquement mais non connectées topologiquement\n\n"
          "### Aiguilles à plus de 3 branches\n")
    en = ("## Presentation\n\nWhat's new? Everything will be detailed in this article.\n\n### Disconnected tracks\n\n"
          "### Suspicious switches\n")
    doc = parse(en, path="a.en.md", fmt="markdown")
    attach(doc, parse(fr, path="a.fr.md", fmt="markdown"))
    assert lint(doc, Context(Config(select=["TQ604"]))).findings == []
    assert all(p.target.label for p in doc.pairs if p.target is not None and "tracks" in p.target.text)
    # a list item that drops most of its source is still reported (a review's)
    long = ("Le logiciel doit être installé sur un serveur dédié, avec au moins deux processeurs, huit gigaoctets de "
            "mémoire vive et une connexion réseau stable, sinon les calculs échoueront sans prévenir.")
    fr = f"# Installation\n\n- {long}\n- Il faut ensuite créer un compte administrateur.\n\n{long}\n"
    short = "The software must be installed on a server."
    en = f"# Installation\n\n- {short}\n- Then create an administrator account.\n\n{short}\n"
    doc = parse(en, path="a.en.md", fmt="markdown")
    attach(doc, parse(fr, path="a.fr.md", fmt="markdown"))
    assert [f.line for f in lint(doc, Context(Config(select=["TQ604"]))).findings] == [3, 6]


def test_a_list_of_names_that_keep_their_length_sets_no_hair_trigger():
    """Country names translated (react-phone-number-input's en.json and fr.json): their lengths barely differ, and
    the document's own spread (0.22) made a variant spelling look like content lost or added."""
    names = [("Allemagne", "Germany"), ("Autriche", "Austria"), ("Belgique", "Belgium"), ("Canada", "Canada"),
             ("Danemark", "Denmark"), ("Espagne", "Spain"), ("Finlande", "Finland"), ("Grèce", "Greece"),
             ("Hongrie", "Hungary"), ("Irlande", "Ireland"), ("Italie", "Italy"), ("Norvège", "Norway"),
             ("Pays-Bas", "Netherlands"), ("Pologne", "Poland"), ("Portugal", "Portugal"), ("Suède", "Sweden"),
             ("Bosnie-Herzégovine", "Bosnia and Herzegovina"), ("République tchèque", "Czech Republic"),
             ("Nouvelle-Zélande", "New Zealand"), ("Afrique du Sud", "South Africa"), ("Arabie saoudite", "Saudi Arabia"),
             ("Émirats arabes unis", "United Arab Emirates"), ("États-Unis d'Amérique", "United States of America")]
    short = [("Japon", "Japan"), ("Chine", "China"), ("Inde", "India"), ("Russie", "Russia"), ("Brésil", "Brazil"),
             ("Pérou", "Peru"), ("Chili", "Chile"), ("Cuba", "Cuba"), ("Irak", "Iraq"), ("Kenya", "Kenya"),
             ("Mali", "Mali"), ("Niger", "Niger"), ("Togo", "Togo"), ("Tchad", "Chad"), ("Népal", "Nepal")]
    names = (names + short * 3) * 10  # a catalog's worth: its own spread (0.03 by itself) outweighs the prior
    variant = ("St. Vincent et Grenadines", "Saint Vincent and the Grenadines")
    assert tq6(*names, variant, code="TQ604") == []
    lost = ("St. Hélène, Ascension et Tristan da Cunha", "Saint Helena")  # two of three places lost: still said
    assert len(tq6(*names, lost, code="TQ604")) == 1


def test_markup_entities_and_indentation_are_not_length():
    # a Joomla string's source is HTML (`&eacute;`, `<br>`), a Django msgid keeps its template's indentation
    source = ("S&eacute;lectionner les cat&eacute;gories d&rsquo;articles &agrave; afficher dans la liste "
              "<br>            (laisser &agrave; blanc pour tout afficher)")
    target = "Select the categories of articles to show in the list (leave blank to show them all)"
    assert tq6(*CONTEXT, (source, target), code="TQ604") == []
    assert len(tq6(*CONTEXT, (source, "Select the categories."), code="TQ604")) == 1


def _po(pairs):
    """A PO catalog of French msgids and English msgstrs."""
    body = "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    return 'msgid ""\nmsgstr "Language: en\\n"\n\n' + body


def test_a_software_string_may_say_in_few_words_what_its_source_spells_out():
    from tqcheck.config import Config
    from tqcheck.engine import check_text

    def found(pairs):
        return [f.span for f in check_text(_po(pairs), "messages.po", config=Config(select=["TQ604"]))]

    # a concise message, labelled a false alarm in two surveys of French-first projects' catalogs (YesWiki's)
    concise = ("Une erreur s'est produite pendant l'enregistrement du groupe", "Error while saving the group")
    assert found([*CONTEXT, concise]) == []
    assert found([*CONTEXT, (SOURCE, SHORT)]) == []  # half of it kept: a message's freedom
    assert found([*CONTEXT, (SOURCE, "Fraud is rare.")]) == ["Fraud is rare."]  # a tenth: something is missing
    assert tq6(*CONTEXT, (SOURCE, SHORT), code="TQ604") != []  # a text's pairs (TSV) keep the statistic alone
    # a label of up to 60 characters, no sentence (fresh catalogs: DIME-SHS's and Kresus's, both false alarms)
    labels = [("communication dans des actes de colloque publiés", "conference paper"),
              ("Changer les informations de connexion du compte", "Edit bank access")]
    assert found([*CONTEXT, *labels]) == []
    assert found([*CONTEXT, ("Changer les informations de connexion du compte.", "Edit.")]) == ["Edit."]
    # a review's: a label cut to one word of its six, or one that loses a name, is still short
    assert found([*CONTEXT, ("Supprimer tous les fichiers sélectionnés et leurs copies", "Delete")]) == ["Delete"]
    assert found([*CONTEXT, ("Exporter en PDF et envoyer par courriel au client", "Export")]) == ["Export"]


def _article(source, target, path="a.en.md"):
    from tqcheck.config import Config
    from tqcheck.engine import Context, lint

    doc = parse(target, path=path)
    attach(doc, parse(source, path=path.replace(".en.", ".fr.")))
    return [f for f in lint(doc, Context(Config(select=["TQ604"]))).findings]


ARTICLE_FR = ("Le conseil a voté le budget lundi.\n\nIl atteint 2 450 millions d'euros.\n\n"
              "Les travaux commencent en mai, selon le maire.\n")
ARTICLE_EN = ("The council passed the budget on Monday.\n\nIt reaches 2,450 million euros.\n\n"
              "Work starts in May, according to the mayor.\n")


def test_a_translators_note_and_a_shortcode_are_no_addition():
    # real notes of LLM-translated blogs (stop 44): Hugo's notice shortcode around the note
    for note in ('{{< notice "info" >}}\nThis article was automatically translated from french to english.\n'
                 "{{< /notice >}}",
                 "_Howdy English speaker, please note that this article was translated from French using Lumo._"):
        assert _article(ARTICLE_FR, note + "\n\n" + ARTICLE_EN) == []


def test_a_sentence_the_translation_adds_is_still_one():
    found = _article(ARTICLE_FR, ARTICLE_EN + "\nThe opposition, which voted against it, calls the plan reckless.\n")
    assert len(found) == 1 and "no counterpart" in found[0].message


def test_a_shortcode_line_is_no_sentence_to_align():
    # a Hugo blog (stop 44): the French opens with an alert block; its shortcode lines are no sentences (aligned,
    # each was one more source sentence "with no translation"), its text is one
    from tqcheck.align import sentences

    text = '{{< alert icon="💡" title="À noter" >}}\nTout ceci marche aussi avec OpenTofu.\n{{< /alert >}}'
    assert [text[i:j] for i, j in sentences(text)] == ["Tout ceci marche aussi avec OpenTofu."]
    for kept in ("{{< figure src=a.png >}} 42 %", "{x}"):  # a figure beside it; no shortcode: kept as they are
        assert [kept[i:j] for i, j in sentences(kept)] == [kept]


def test_a_sentence_the_translation_moved_is_neither_omitted_nor_added():
    # a game's rules (unboga, stop 51): the English put the powers section at the end; an image's text is the same
    fr = ('# Debut de la partie\n'
          '## Pour épicer les parties, avant chaque round, vous choisissez 3 pouvoirs qui changeront '
          'certaines règles.\n'
          '## Chaque pouvoir vous coûte un prix en gold.\n'
          '![alt text](./power2.png "Title")\n'
          '\n'
          "## Le terrain de jeux se compose d'un board de 64 case, chaque case a une certaine valeur en points.\n"
          '## Les cases les plus proches du centre ont moins de points.\n')
    en = ('## The playing field consists of a 64 square board, each square has a certain point value.\n'
          '## The squares closer to the center have fewer points.\n'
          '\n'
          '# Special powers\n'
          '## To spice up the game, before each round, you choose 3 powers that will change some rules.\n'
          '## Each power costs you a gold price.\n'
          '![alt text](./power2.png "Title")\n')
    assert _article(fr, en) == []  # (4 before: two sentences said added, and their sources said left out)
    # the moved sentence is found by its cognates, numbers and names; one with nothing in common is not it
    from tqcheck.rules.source.omissions import _moved

    lost, other = "Chaque pouvoir vous coûte un prix en gold.", "Weather permitting, we play outside today."
    assert _moved([lost], [other, "Each power costs you a gold price."]) == {0: 1}
    assert _moved([lost], [other]) == {}
    assert _moved(["alt text"], ["alt text"]) == {0: 0}  # an image's text, left as it was
    # an omission and an addition that share one word are both
    assert _moved(["Le maire a salué un budget équilibré pour la ville de Lyon."],
                  ["The opposition calls the budget reckless and unfair."]) == {}
