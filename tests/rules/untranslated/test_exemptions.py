"""French put there on purpose (tqcheck.rules.untranslated.exemptions): italics, quoted titles and terms."""


def test_title_in_markdown_italics_is_not_flagged(tq4):
    plain = "She reread la vie mode d'emploi all summer."
    assert tq4(plain, "x.txt")  # the fragment alone is French…
    assert tq4("She reread *la vie mode d'emploi* all summer.") == []  # …the italics make it a title
    assert tq4("She reread _la vie mode d'emploi_ all summer.") == []
    # emphasis elsewhere on the line does not hide the fragment between two emphasised words
    assert tq4("The strike *will* go on, selon les syndicats, said *Le Monde*.") == [("TQ401", "selon les syndicats")]


def test_title_in_html_italics_is_not_flagged(tq4):
    assert tq4("<p>She reread <i>la vie mode d'emploi</i> all summer.</p>", "x.html") == []
    assert tq4("<p>She reread la vie mode d'emploi all summer.</p>", "x.html")


def test_quoted_capitalised_title_and_quoted_term(tq4):
    assert tq4("She sang “La Vie en rose” and “Non, je ne regrette rien” on stage.") == []
    assert tq4("Dazzled by the “savoir-être” of the elite.") == []  # a French term quoted on purpose
    assert tq4("From the terrace, on an audience of “cocottes,” she looked down.") == []  # an American comma
    assert tq4("Huge big-box stores [magasins-boîtes] have spread.") == []  # the original, given on purpose
    assert tq4("Huge big-box stores, magasins-boîtes, have spread.") == [("TQ403", "magasins-boîtes")]


def test_a_quotation_followed_by_its_translation_is_quoted_on_purpose(tq4):
    # a manual of a French app quotes its labels with an English gloss (StreamPulse's user manual)
    assert tq4('The words **"politique de confidentialité"** (privacy policy) appear.') == []
    assert tq4('The words "politique de confidentialité" appear.') == [("TQ401", "politique de confidentialité")]
    # a bracket that is no translation: an agency's name, an aside (a review's cases)
    assert tq4('The union said "la grève va continuer" (CGT) on Monday.')
    assert tq4('The minister said "nous allons continuer les réformes" (he insisted) yesterday.')


def test_french_named_with_its_english_in_brackets_is_named_on_purpose(tq4):
    # native English of a fresh survey (The Economist, a food blog): the French given with its gloss
    assert tq4("Having survived the gilets jaunes (yellow jackets) protests, Mr Macron went on.") == []
    assert tq4("With its history of la lutte des classes (class struggle), the union said no.") == []
    assert tq4("I had the escargot and magret de canard (duck) done medium rare.") == []
    # not a gloss: an alternative, an aside, a plural mark, English words between (WMT13's, read by hand)
    assert tq4("Among bacterial STIs, syphilis, chlamydiées and gonorrhoea (or gonorrhea) are common.")
    assert tq4("The workers said nous allons continuer (he insisted) yesterday.")
    assert tq4("They are échangeables in shekels (today 1 dollar is 3.8 shekels).")
    # a review's: French in MT output with an English aside after it is still French
    assert tq4("The syndicats ont refusé la proposition (despite the pressure) yesterday.")
    assert tq4("They visited the mairie de quartier (last week) with friends.")
    assert tq4("They visited the mairie de quartier (two days ago) with friends.")  # (a second review's)
    assert tq4("The group sang la vie en rose et la mer (many times) that night.")


def test_a_word_the_document_writes_as_code_is_a_name(tq4):
    # coreutils NEWS, GNU ChangeLogs: a command or an identifier named in prose
    assert tq4("du no longer crashes on XFS.\n\nRun `du -s` to see the totals.\n") == []
    assert tq4("Free aux block if present.\n\n\t* src/x.c (free_aux_block): aux_block is freed.\n", "x.txt") == []
    assert tq4("Call fini() at exit.\n\nWhen fini returns, the handle is closed.\n", "x.txt") == []
    assert tq4("<p>Free aux block if present.</p><p>See <code>aux</code>.</p>", "x.html") == []
    # a file name or a link is no code: a PO reference, a Wikipedia address
    assert tq4("#: templates/mairie_contact.html\nThe mairie is closed.\n", "x.txt") == [("TQ403", "mairie")]
    assert tq4("See [the page](https://fr.wikipedia.org/wiki/mairie_de_Paris). The mairie is closed.\n") == [
        ("TQ403", "mairie")]
    # the same words with no code anywhere are still French to the rules; and prose is no code
    assert tq4("du no longer crashes on XFS.\n", "x.txt") == [("TQ403", "du")]
    assert tq4("The syndicats called a strike, and the syndicats - all of them - won.\n", "x.txt") == [
        ("TQ403", "syndicats"), ("TQ403", "syndicats")]


def test_the_marks_of_a_line_read_as_those_of_the_whole_text():
    """``inside`` reads the marks of the lines holding a span only: what it finds is what the marks of the whole
    text give, for every span of texts full of quotes, brackets and line breaks (at either end too)."""
    import random

    from tqcheck.rules.untranslated.exemptions import between, mark_offsets
    from tqcheck.rules.common import line_bounds

    rng = random.Random(4)
    kinds = [("([", ")]"), ("“\"«‘", "”\"»’"), ("(", ")")]
    for _ in range(300):
        text = "".join(rng.choice("ab Cd.“”\"«»‘’()[]\n") for _ in range(rng.randrange(1, 40)))
        for i in range(len(text)):
            for j in range(i + 1, len(text) + 1):
                for opens, closes in kinds:
                    whole = between(text, i, j, opens, closes, mark_offsets(text, opens + closes))
                    lines = mark_offsets(text, opens + closes, *line_bounds(text, i, j))
                    assert between(text, i, j, opens, closes, lines) == whole, (text, i, j, opens)


def test_a_french_street_address_is_kept_as_written(tq4):
    # a Rails app's en.yml (ruche): the example address of a form
    assert tq4("Enter your address, e.g.: 3 impasse du canal, 54000 Nancy.\n") == []
    assert tq4("Send the form to 12 bis, rue de la Paix before Monday.\n") == []
    # outside the address, French is still French
    assert tq4("The street du canal was closed.\n") != []


def test_a_linked_pages_title_after_the_text_says_it_is_in_french(tq4):
    # a French archive's About page and a French blog's review (fresh MT docs): cited titles of French pages
    cited = ("Read this article (in French) by F. Clavaud: [Transformer les métadonnées des archives en graphe de "
             "données : enjeux et premières réalisations](https://x.fr/a).\n")
    assert tq4(cited, "x.md") == []
    videos = ("For now the channel is all in French; my most popular videos:\n\n"
              "- [Comment installer Gladys avec le Raspberry](https://y/1)\n")
    assert tq4(videos, "x.md") == []
    # a link left in French where nothing says the page is French is still flagged (Jeedom's translated docs), and
    # where the text says it of something else (the review's)
    assert tq4("See the [configuration du plugin avec le Raspberry](https://y/1) first.\n", "x.md")
    assert tq4("This manual was first written in French.\n\nTo set it up, follow [Configurer le module de "
               "sauvegarde automatique](setup.md) first.\n", "x.md")


def test_a_french_name_given_with_its_acronym_is_a_name(tq4):
    # an English text about France keeps its institutions' names (a fresh run: 5 false alarms in a tax simulator)
    text = ("Self-employed workers are affiliated to the Sécurité sociale pour les indépendants (SSI).\n\n"
            "You qualify if you receive the revenu de solidarité active (RSA) or the allocation de solidarité "
            "spécifique (ASS).\n")
    assert tq4(text) == []
    assert tq4("You receive the allocation de\n  solidarité spécifique (ASS) each month.\n") == []  # a line break
    assert tq4("She studied at the École normale supérieure (ENS) in Paris, and used data from the Institut national "
               "de la statistique et des études économiques (INSEE).\n") == []  # accented initials
    # a name mostly English keeps its untranslated word (WMT13's MT: the Oxford University conservatrice Association)
    assert [f[1] for f in tq4("He led the Oxford University conservatrice Association (OUCA) then.\n")] == [
        "conservatrice"]
    # the initials must be the name's: a French sentence before any acronym is still flagged
    assert [f[0] for f in tq4("They said il faut partir maintenant (CGT) and left.\n")] == ["TQ401"]
    assert [f[0] for f in tq4("You receive the revenu de solidarité active (RSI).\n")] == ["TQ401"]


def test_a_french_institution_named_the_french_way_is_a_name(tq4):
    # a BFI film review's credits (stop 50's fresh native set), and English news naming French bodies
    text = ("_With the participation of_: Centre national du cinéma et de l’image animée.\n\n"
            "Data come from the Institut national de la statistique et des études économiques and the Assemblée "
            "nationale. He taught at the Conservatoire national supérieur de musique et de danse de Paris.\n")
    assert tq4(text) == []
    # French that goes on after the name as a clause, or after English words, is still untranslated
    assert [f[0] for f in tq4("The Ministère de la culture a déclaré que les musées sont fermés, said the report.\n")]
    assert tq4("The Centre said that les musées et les théâtres sont fermés today.\n") != []
    assert tq4("They visited the Musée dont la collection est immense today.\n") != []  # a relative clause


def test_forms_listed_in_brackets_are_mentioned(tq4):
    # a linguist's thesis abstract (stop 51): French prepositions listed, not used; a clause in brackets is still French
    assert tq4("Some prepositions in Bulgarian (v, iz) and in French (dans, hors de, en-) are studied.") == []
    assert tq4("The minister left (et puis il est parti, sans rien dire) yesterday.")
