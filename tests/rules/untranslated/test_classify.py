"""TQ401–TQ403 (tqcheck.rules.untranslated.classify): fragments, sentences and single words of French."""

import json

import pytest

from tqcheck import check_text

from conftest import shared

# ------------------------------------------------------------ the examples


def test_fragment_selon_les_syndicats(tq4):
    assert tq4("The strike will go on, selon les syndicats.") == [("TQ401", "selon les syndicats")]


def test_quoted_lowercase_fragment_is_flagged(tq4):
    text = "The decision will come “dans les prochains jours”, the minister said."
    assert tq4(text) == [("TQ401", "dans les prochains jours")]


def test_whole_french_sentence_between_english_ones(tq4):
    text = ("The minister spoke on Monday. Il a annoncé une réforme des retraites pour l'année prochaine. "
            "Unions reacted angrily.")
    assert tq4(text) == [("TQ402", "Il a annoncé une réforme des retraites pour l'année prochaine.")]


def test_single_unaccented_word_comportement(tq4):
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
        # French words that computing English also writes, in a French reading (review: exempted everywhere once)
        ("The trip costs environ 300 euros per person.", "environ"),
        ("The apport of the partners was decisive.", "apport"),
    ],
)
def test_single_french_words(tq4, text, span):
    assert tq4(text) == [("TQ403", span)]


def test_fragment_with_elision_and_accents(tq4):
    found = tq4("For the first time, pour la première fois, the council voted against it.")
    assert found == [("TQ401", "pour la première fois")]


@pytest.mark.parametrize(
    "text, span",
    [
        # a French article that English also has, before a word leaning French, and nothing else French
        ("Contrast that with the next la bataille, that of the Falklands.", "la bataille"),
        ("They talked about le fromage for an hour.", "le fromage"),
    ],
)
def test_article_and_a_french_leaning_word_alone_in_an_english_sentence(tq4, text, span):
    assert tq4(text) == [("TQ401", span)]


def test_a_french_verb_after_a_foreign_surname_is_not_part_of_the_name(tq4):
    # `Assemblée nationale` continues a French-looking name; `Lange chantant` does not: `Lange` leans nowhere
    assert tq4("The show of Jessica Lange chantant Bowie's Life on Mars is stunning.") == [("TQ403", "chantant")]
    assert tq4("The vote in the Assemblée nationale was close.") == []


def test_message_glosses_the_function_word_and_has_no_fix():
    finding = [f for f in check_text("The strike will go on, selon les syndicats.", "x.txt") if f.code == "TQ401"][0]
    assert "according to" in finding.message
    assert finding.fix is None
    assert (finding.line, finding.column) == (1, 24)


def test_unaccented_french_words_are_found_by_frequency_without_the_identifier(tq4):
    # frequent in French, rare or unknown in English (french_word_frequencies.tsv): no identifier needed
    for word in ("sondage", "maisons", "nuages", "semaine", "acheter", "relativement"):
        assert tq4(f"A new {word} shows the president losing ground.", "x.txt") == [("TQ403", word)], word
    # the plural of an English word the word list lacks (`boson` is commoner in English) is English
    assert tq4("These bosons are then divided into two groups.", "x.txt") == []


def test_plain_english_is_quiet(tq4):
    text = ("The minister said on Monday that the government would present its pension reform in the "
            "coming days, according to the unions. He added that talks would continue.")
    assert tq4(text) == []


def test_selection_and_code_are_respected():
    from tqcheck.config import Config

    findings = check_text("The strike will go on, selon les syndicats.", "x.txt", config=Config(select=["TQ403"]))
    assert [f.code for f in findings if f.code.startswith("TQ4")] == []


# ------------------------------------------------------------- corpora (shared)


def test_precision_on_wmt13_reference():
    text = shared("data", "wmt13-fren", "newstest2013-ref.en").read_text(encoding="utf-8")
    findings = [f for f in check_text(text, "ref.txt") if f.code.startswith("TQ4")]
    assert 1000 * len(findings) / len(text.split()) <= 0.2, [(f.line, f.span) for f in findings]


def test_demetr_codemix_recall_and_clean_sentences(tq4):
    path = shared("data", "demetr-fr", "demetr_french_all_perturbations.jsonl")
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    codemix = [d for d in items if d["pert_desc"] == "codemix"]
    caught = sum(1 for d in codemix if tq4(d["pert_sent"], "x.txt"))
    assert caught >= 0.6 * len(codemix), caught
    clean = "\n".join(sorted({d["mt_sent"] for d in codemix}))
    assert tq4(clean, "x.txt") == []


# ------------------------------------------------------------- native English read as French (regressions)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly we dont need another meeting this week.",  # `dont` before a verb: English `don't`
        "i dont even care which editor you use",  # before an adverb, after a pronoun
        "If the build is green, I dont wanna touch it.",  # after a pronoun (`wanna`: no word class)
        "Dont panic, the backup ran last night.",  # first word of its sentence
        "They dont have that model in stock here.",
        "you werent listening, and youd better start",  # other contractions without an apostrophe
        "It wont start, I cant fix it and it doesnt matter.",
        "Why dont you come round on Sunday?",  # a question: `dont you` after a wh-word
        "Dont we all want a quiet life?",
    ],
)
def test_contraction_without_apostrophe_is_english(tq4, text):
    assert tq4(text, "x.txt") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The village dont the mayor resigned stayed calm.", "dont"),  # before a determiner: French
        ("The report dont we spoke last week is out.", "dont"),  # before a pronoun
        ("Les moyens dont disposent les pays sont limités.", None),  # French throughout: not TQ403
    ],
)
def test_french_dont_still_fires(tq4, text, span):
    found = tq4(text, "x.txt")
    if span is None:
        assert found and all(code != "TQ403" for code, _ in found), found
    else:
        assert found == [("TQ403", span)]


@pytest.mark.parametrize(
    "text",
    [
        "He was steeping some zouplais in the pot.",  # a pun or nonce word that spells like French
        "The chef served sniquettes with the fish.",
        "Then the old menoulait sang to the stars.",  # an invented (Elvish-like) word
        "Pipe the log through uniq before you count the lines.",  # a Unix command
        "Most of these errors are calques of French phrasing, and a calque is hard to spot.",  # a loanword
        "This should allow tools façading the interface to detect separators.",  # -ing: English (inquirer's README)
    ],
)
def test_native_words_that_spell_like_french_are_not_flagged_alone(tq4, text):
    assert tq4(text, "x.txt") == []


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("targueront", "-eront"),  # an ending no English word has
        ("reversait", "reverser"),  # a listed French word of its family: the same stem, another ending
        ("fascisant", "fascicule"),  # the same first letters
        ("pustuleux", "-eux"),
        ("traitai", "traitaient"),
    ],
)
def test_rare_french_word_of_a_french_family_still_fires(tq4, word, why):
    from tqcheck.rules.untranslated.frequencies import relative

    assert relative(word) == why
    assert tq4(f"The investors {word} their savings.", "x.txt") == [("TQ403", word)]
