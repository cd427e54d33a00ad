"""TQ4xx: untranslated French words, fragments and sentences."""

import json
import os
import subprocess
import sys

import pytest

from tqcheck import check_text
from tqcheck.datafiles import DATA_DIR, load_tsv
from tqcheck.rules import untranslated

from conftest import ROOT, shared


def tq4(text, path="x.md"):
    return [(f.code, f.span) for f in check_text(text, path) if f.code.startswith("TQ4")]


# ------------------------------------------------------------ the examples


def test_fragment_selon_les_syndicats():
    assert tq4("The strike will go on, selon les syndicats.") == [("TQ401", "selon les syndicats")]


def test_quoted_lowercase_fragment_is_flagged():
    text = "The decision will come “dans les prochains jours”, the minister said."
    assert tq4(text) == [("TQ401", "dans les prochains jours")]


def test_whole_french_sentence_between_english_ones():
    text = ("The minister spoke on Monday. Il a annoncé une réforme des retraites pour l'année prochaine. "
            "Unions reacted angrily.")
    assert tq4(text) == [("TQ402", "Il a annoncé une réforme des retraites pour l'année prochaine.")]


def test_single_unaccented_word_comportement():
    text = "Many rhythms observed in physiology and comportement often depend on biological clocks."
    assert tq4(text) == [("TQ403", "comportement")]


@pytest.mark.parametrize(
    "text, span",
    [
        ("During the 1980s he travaillé on shows such as Taxi.", "travaillé"),  # accented
        ("The vehicle lui-même was removed from the crash site.", "lui-même"),  # hyphenated pronoun
        ("Investigators found que crystals had formed in the urine.", "que"),  # function word
        ("The Gothic style reached its peak in the 14th siècle.", "siècle"),
        ("Severe weather can occur anywhere, et they can be of several kinds.", "et"),
    ],
)
def test_single_french_words(text, span):
    assert tq4(text) == [("TQ403", span)]


def test_fragment_with_elision_and_accents():
    found = tq4("For the first time, pour la première fois, the council voted against it.")
    assert found == [("TQ401", "pour la première fois")]


def test_message_glosses_the_function_word_and_has_no_fix():
    finding = [f for f in check_text("The strike will go on, selon les syndicats.", "x.txt") if f.code == "TQ401"][0]
    assert "according to" in finding.message
    assert finding.fix is None
    assert (finding.line, finding.column) == (1, 24)


# ------------------------------------------------------------- precision examples


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
def test_loanwords_and_set_phrases_are_english(text):
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
    ],
)
def test_loanword_plurals_and_set_phrases_are_english(text):
    assert tq4(text, "x.txt") == []


def test_plural_loanwords_do_not_hide_french_next_to_them():
    assert tq4("The crêpes étaient délicieuses, selon les clients.", "x.txt") != []
    # a function word of a loan phrase takes no plural: `des` is not `de` in `de facto`
    assert tq4("He bought des pommes.", "x.txt") == [("TQ401", "des pommes")]


@pytest.mark.parametrize(
    "text",
    [
        "The satirical weekly Le Canard enchaîné revealed the payments.",
        "Le Canard enchaîné revealed the payments.",
        "Edith Piaf sang La Vie en rose in 1946.",
    ],
)
def test_title_opened_by_a_french_article_is_a_name(text):
    # French capitalises only the first words of a title: the lowercase rest belongs to the name
    assert tq4(text, "x.txt") == []


def test_article_opened_name_does_not_swallow_french_after_it():
    assert tq4("Le Pen selon les sondages is ahead.", "x.txt") == [("TQ401", "selon les sondages")]
    # a name that does not start with the article (Marine Le Pen) is not extended over French words
    assert tq4("Marine Le Pen enchaîné the crowd.", "x.txt") == [("TQ403", "enchaîné")]


def test_unaccented_single_word_below_the_identifier_threshold_is_left_alone():
    # `sondage` (lingua: 0.87 French) stays below WORD_ALONE: lowering the threshold to catch it flags
    # English words such as `bosons` and `omphalos` in the WMT13 reference (see bench/measure_untranslated.py)
    assert untranslated.french_confidence("sondage") < untranslated.WORD_ALONE
    assert untranslated.french_confidence("bosons") >= 0.85
    assert tq4("A new sondage shows the president losing ground.", "x.txt") == []


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
def test_proper_names_are_not_flagged(text):
    assert tq4(text) == []


def test_title_in_markdown_italics_is_not_flagged():
    plain = "She reread la vie mode d'emploi all summer."
    assert tq4(plain, "x.txt")  # the fragment alone is French…
    assert tq4("She reread *la vie mode d'emploi* all summer.") == []  # …the italics make it a title
    assert tq4("She reread _la vie mode d'emploi_ all summer.") == []
    # emphasis elsewhere on the line does not hide the fragment between two emphasised words
    assert tq4("The strike *will* go on, selon les syndicats, said *Le Monde*.") == [("TQ401", "selon les syndicats")]


def test_title_in_html_italics_is_not_flagged():
    assert tq4("<p>She reread <i>la vie mode d'emploi</i> all summer.</p>", "x.html") == []
    assert tq4("<p>She reread la vie mode d'emploi all summer.</p>", "x.html")


def test_quoted_capitalised_title_and_quoted_term():
    assert tq4("She sang “La Vie en rose” and “Non, je ne regrette rien” on stage.") == []
    assert tq4("Dazzled by the “savoir-être” of the elite.") == []  # a French term quoted on purpose
    assert tq4("Huge big-box stores [magasins-boîtes] have spread.") == []  # the original, given on purpose
    assert tq4("Huge big-box stores, magasins-boîtes, have spread.") == [("TQ403", "magasins-boîtes")]


def test_plain_english_is_quiet():
    text = ("The minister said on Monday that the government would present its pension reform in the "
            "coming days, according to the unions. He added that talks would continue.")
    assert tq4(text) == []


def test_selection_and_code_are_respected():
    from tqcheck.config import Config

    findings = check_text("The strike will go on, selon les syndicats.", "x.txt", config=Config(select=["TQ403"]))
    assert [f.code for f in findings if f.code.startswith("TQ4")] == []


# ------------------------------------------------------------------------ data


@pytest.mark.parametrize("name, key", [("french_cues.tsv", "word"), ("french_in_english.tsv", "phrase")])
def test_data_files_are_sorted_unique_and_explained(name, key):
    rows = load_tsv(name)
    keys = [row[key] for row in rows]
    assert keys == sorted(keys), f"{name} not sorted"
    assert len(keys) == len(set(keys)), f"{name} has duplicates"
    assert all(row["why"].strip() for row in rows), f"{name}: every entry needs a why"


def test_strong_cues_are_not_english_words():
    english = untranslated.english_words()
    for row in load_tsv("french_cues.tsv"):
        assert row["kind"] in ("strong", "weak", "elision"), row
        if row["kind"] == "strong":
            assert row["word"] not in english, f"{row['word']} is English: make it weak"


def test_english_word_list_is_sorted_and_grouped():
    # one word a line, sorted, a blank line between groups of words with the same first three letters:
    # the detector loads only the groups a short text needs
    with open(os.path.join(DATA_DIR, "english_words.txt"), encoding="utf-8") as handle:
        text = handle.read()
    parts = text.rstrip("\n").split("\n\n")
    assert all(line.startswith("#") for line in parts[0].split("\n"))
    groups = [part.split("\n") for part in parts[1:]]
    words = [w for group in groups for w in group]
    assert words == sorted(set(words)) and all(words)
    assert all(len({w[:3] for w in group}) == 1 for group in groups)
    assert len({group[0][:3] for group in groups}) == len(groups)
    assert frozenset(words) == untranslated.english_words()


def test_short_text_loads_only_part_of_the_word_list():
    code = (
        "from tqcheck import check_text\n"
        "from tqcheck.rules import untranslated as u\n"
        "check_text('The minister said the reforms would pass in the coming days.', 'x.txt')\n"
        "assert u.english_words.cache_info().currsize == 0, 'whole list loaded'\n"
        "assert 0 < u._word_group.cache_info().currsize < 100, 'groups loaded'\n"
        "assert not u.is_english('syndicats') and u.is_english('reforms')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_english_word_list_folds_inflections():
    for word in ("government", "governments", "reported", "reporting", "studies", "café", "well-known"):
        assert untranslated.is_english(word), word
    for word in ("comportement", "syndicats", "selon", "grottes"):
        assert not untranslated.is_english(word), word


# ------------------------------------------------------------- lazy loading


def test_identifier_loads_only_for_text_with_french_cues():
    code = (
        "import sys\n"
        "from tqcheck import check_text\n"
        "from tqcheck.rules import untranslated as u\n"
        "check_text('The minister said the reform would pass in the coming days.', 'x.txt')\n"
        "assert u._detector is None, 'identifier loaded on plain English'\n"
        "check_text('We ordered crêpes and a café crème; the maître d\\' was kind. Le Canard enchaîné "
        "reported riots in the banlieues.', 'x.txt')\n"
        "assert u._detector is None, 'identifier loaded on English with loanwords and a French name'\n"
        "check_text('The strike will go on, selon les syndicats.', 'x.txt')\n"
        "assert u._detector is not None\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------- corpora (shared)


def test_precision_on_wmt13_reference():
    text = shared("data", "wmt13-fren", "newstest2013-ref.en").read_text(encoding="utf-8")
    findings = [f for f in check_text(text, "ref.txt") if f.code.startswith("TQ4")]
    assert 1000 * len(findings) / len(text.split()) <= 0.2, [(f.line, f.span) for f in findings]


def test_demetr_codemix_recall_and_clean_sentences():
    path = shared("data", "demetr-fr", "demetr_french_all_perturbations.jsonl")
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    codemix = [d for d in items if d["pert_desc"] == "codemix"]
    caught = sum(1 for d in codemix if tq4(d["pert_sent"], "x.txt"))
    assert caught >= 0.6 * len(codemix), caught
    clean = "\n".join(sorted({d["mt_sent"] for d in codemix}))
    assert tq4(clean, "x.txt") == []
