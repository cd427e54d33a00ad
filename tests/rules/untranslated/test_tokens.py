"""A sentence's words and kinds (tqcheck.rules.untranslated.tokens): French proper names are not flagged."""

import pytest

from tqcheck.rules.untranslated import lexicon, tokens


@pytest.mark.parametrize(
    "text",
    [
        "Le Monde reported that the Assemblée nationale met on the Rue de Rivoli.",
        "François Hollande met Charles de Gaulle's grandson in Paris.",
        "She saw Les Misérables twice; Des Moines is in Iowa.",
        "The Cour de cassation and the Conseil d'État ruled; he received the Légion d'honneur.",
        "He is a Commandeur de l'Ordre des Arts et des Lettres.",
        "The Société internationale d'urologie published a tool.",
        "Valéry Giscard d'Estaing and Dominique de Villepin spoke.",
        "L'Oréal and Le Figaro reported the news.",
    ],
)
def test_proper_names_are_not_flagged(tq4, text):
    assert tq4(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The satirical weekly Le Canard enchaîné revealed the payments.",
        "Le Canard enchaîné revealed the payments.",
        "Edith Piaf sang La Vie en rose in 1946.",
    ],
)
def test_title_opened_by_a_french_article_is_a_name(tq4, text):
    # French capitalises only the first words of a title: the lowercase rest belongs to the name
    assert tq4(text, "x.txt") == []


def test_article_opened_name_does_not_swallow_french_after_it(tq4):
    assert tq4("Le Pen selon les sondages is ahead.", "x.txt") == [("TQ401", "selon les sondages")]
    # a name that does not start with the article (Marine Le Pen) is not extended over French words
    assert tq4("Marine Le Pen enchaîné the crowd.", "x.txt") == [("TQ403", "enchaîné")]


def test_tokenize_gives_each_word_its_kind():
    text = "He met de Gaulle, selon le café crème menu, in the Assemblée nationale."
    kinds = {t.text: t.kind for t in tokens.tokenize(text, 0, len(text))}
    assert kinds["de"] == kinds["Gaulle"] == kinds["nationale"] == lexicon.NAME  # names take in their words
    assert kinds["selon"] == lexicon.STRONG and kinds["le"] == lexicon.WEAK  # cues
    assert kinds["café"] == kinds["crème"] == lexicon.ENGLISH  # a loan phrase
    assert kinds["menu"] == kinds["met"] == lexicon.ENGLISH


# ------------------------------------------------------------- native English that is not French (issue 10)
# Each text paraphrases a false alarm seen on native English (Python and MkDocs documentation, READMEs,
# changelogs, the fortune files, news): code, handles, acronyms, other languages, English jargon.


@pytest.mark.parametrize(
    "text",
    [
        "Call os.getxattr first, then contextvars.copy_context for the rest.",  # dotted identifiers
        "The posix_spawn wrapper reads the has_il flag.",  # snake_case
        "Link it against libxml2 and the strk1048 codec.",  # digits glued to the word
        "On non-POSIX platforms SES still delivers mail.",  # acronyms
        "[L]et us use the tools that we have.",  # an editor's bracket
        "<gxam> the globals must go away",  # a chat handle
        "You donâ\x80\x99t want to know.",  # mojibake
        "See https://wiki.example.org/moin/Books for a list.",  # a URL path
        "It is built on scrypt, ngettext and bourguignon sauce.",  # tool names, a loanword
        "Kirk et. al. rescued the crew.",  # Latin, with a stray dot
        "Other helpers call PyNumber_Index et\nal. in the same way.",  # Latin across a line break
        "There are ways around it, depending on the hors\nd'oeuvre.",  # a loan across a line break
        "Spring-break and après-ski-style hits played all night.",  # a loan inside an English compound
        "It comes from the phrase vos otros, meaning others.",  # Spanish
        "Hier liegt ein Mann ganz allein.",  # German
        "Colour is on unless the NO_COLOR environ is set.",  # next to code
        "For dictionaries this is more performant, and git repos stay small.",  # English jargon
        "These bosons are then split into two groups.",  # the plural of an English word the list lacks
        "The generator must reraise that exception.",  # an English prefix on an English word
        "He typed skldfjkl and shouted I knoooooowww nothing.",  # not words at all
        "<Palisade> d'oh!",  # an English interjection, not an elision
        # Node.js changelogs and proselint's README (Markdown on the machine)
        "* build: compile with -fno-tree-vrp when gcc >= 4.0",
        "* src: detect nul bytes in the reader; drop nul byte from source",
        "* doc: better font stack for monospace in docs",
        "He was an aider and abettor of the crime.",
        # software changelogs under /usr/share/doc: a directory, a branch, file names, a commit hash
        "Use build-aux as autom4te cache directory; add build-aux/git-version-gen.",
        "(merge ef/maint-strbuf-init later to maint).",
        "See https://gitlab.inria.fr/stopcovid19/accueil for the code.",  # a path after a numbered name (TousAntiCovid)
        "Allow an embedded nul; fewer allocs; diffutils-3.4 reads your environ; report an ICE to apport.",  # changelogs
        "Include cet.h and des.h. See src/du.c (usage).",
        "Version 1.7.2 (Stable), 4d13a013fcfa72311f0102751fdc7951873f466c",
        "  'du -d 1x' now reports an error.",  # coreutils: a command and its option
        "\t* po/{it,et,pl,ro,gl,es}.po: Update.",  # language codes in a list with no spaces
        "  --enable-hashes=bcrypt,des to get a binary.",
        "    constate: reset max_record_recv_size.",  # GnuTLS: a module's name as a line's label
        "\t* linux/aarch64/signalent1.h: Likewise.",  # strace: a numbered file name
        "  Fixed decoding of struct dirent on x32.",
        "Writing the label to the .aux file is triggered by the signal.",  # lineno's manual: an extension
        "Its badges are vue-npm and vue-size; ciphers such as des-cbc are weak.",  # a part with no vowel: no word
        "talks between schüssel and künast were held in lübeck.",  # ü after a consonant: German (LIG, lowercased)
        "Fix compilation error where dirent lacks a d_ino member.",  # findutils' changelog: C's directory entry
        "Here is a 4-by-4 circulant matrix.",  # Eigen's guide
        "A C string is a sequence of non-nul bytes terminated by a single nul byte.",  # Rust's CString
    ],
)
def test_native_english_false_alarms_stay_quiet(tq4, text):
    assert tq4(text, "x.txt") == []


def test_link_text_naming_a_tool_is_not_flagged(tq4):
    assert tq4("Versions come from [pyenv](https://example.org/pyenv) or [mise](https://example.org/mise).\n") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ridges reached their peak in the 14th siècle.", "siècle"),  # an ordinal suffix is not code
        ("He ran the marathon in less than 2heures.", "heures"),  # MT glues numbers to French words
        ("These bosons-là are not exotic.", "bosons-là"),  # a French particle in a compound
        ("Singapore is a cité-État.", "cité-État"),  # a capital after a hyphen is prose
        ("The guards of the cgt-pénitentiaire walked out.", "cgt-pénitentiaire"),  # no vowel, but French accents
        ("The room was a capharnaüm of cables.", "capharnaüm"),  # ü after a vowel: a French diaeresis
        ("Ronaldo toured the globe, the fish fraieront later.", "fraieront"),  # rare: spelling and identifier
    ],
)
def test_french_next_to_numbers_and_in_compounds_is_still_found(tq4, text, word):
    assert (("TQ403", word) in tq4(text, "x.txt")), tq4(text, "x.txt")


def test_technical_shapes():
    text = "os.getxattr posix_spawn libxml2 SES non-POSIX getXattr J.R. cité-État 14th prose"
    shape = {m.group(): tokens.technical(text, m.start(), m.end()) for m in lexicon.TOKEN.finditer(text)}
    assert shape["getxattr"] == shape["posix"] == shape["libxml"] == shape["getXattr"] == tokens.CODE
    assert shape["SES"] == shape["non-POSIX"] == tokens.ACRONYM
    assert shape["J"] is shape["R"] is shape["cité-État"] is shape["th"] is shape["prose"] is None


@pytest.mark.parametrize("text", [
    "Call des3_set_key with a des3_ctx before encrypting.",      # a numbered identifier (nettle's manual)
    "The option takes heur1,heur2,... as a list of heuristics.",  # numbered names in a list (valgrind's manual)
])
def test_french_words_numbered_in_code_are_not_flagged(tq4, text):
    assert tq4(text, "x.txt") == [], tq4(text, "x.txt")


def test_numbered_names_even_for_known_french_words():
    text = "des3_set_key heur1,heur2 des3,5 depuis1993 les2 enfants"
    for word, shape in (("des3_", tokens.CODE), ("heur1", tokens.CODE), ("heur2", tokens.CODE),
                        ("des3,", None), ("depuis1993", None), ("les2", None)):  # MT glues numbers to French words
        k = text.index(word)
        m = lexicon.TOKEN.match(text, k)
        assert tokens.technical(text, k, m.end(), False) == shape, word


def test_an_ordinal_suffix_or_an_abbreviation_is_no_word(tq4):
    # `3ème` and `c.-à-d.` are the French ordinal's and abbreviation's (TQ509, TQ513): no word left in French too
    assert tq4("The 3ème edition of the festival opens today.\n", "x.txt") == []
    assert tq4("For details, c.-à-d. the rules, see below.\n", "x.txt") == []
    assert tq4("Prices rose for the ème time.\n", "x.txt") == [("TQ403", "ème")]  # apart from a figure, a word
    # the end of a word a digit cuts: a typo (a fresh native set's `cont8nues`), not French `nues`
    assert tq4("The protest cont8nues on the street today.\n", "x.txt") == []
    assert tq4("The protest continues, 8 nues on the street today.\n", "x.txt") != []
