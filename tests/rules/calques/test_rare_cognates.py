"""TQ307 rare-cognate (tqcheck.rules.calques.rare_cognates)."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.rules.calques import rare_cognates


def spans(text, path="x.txt"):
    return [text[f.start:f.end] for f in check_text(text, path=path, config=Config(select=["TQ307"]))]


@pytest.mark.parametrize("text, span", [
    ("Our lawyers give juridical advice.", "juridical"),
    ('"Medicaments were sent," he said.', "Medicaments"),  # after an opening quote
    ("- Medicaments were sent.", "Medicaments"),  # a list item
    ("The medicaments' price rose.", "medicaments"),  # a possessive apostrophe
    ("The job asks for new competences in accounting.", "competences"),
    ("Medicaments were sent to the region.", "Medicaments"),  # a sentence's first word
    ("He spoke of the specificities of the region.", "specificities"),
    ("The city's urbanism has changed.", None),  # native English writes it (New Urbanism): kept out by hand
    ("The mediatization of the trial worried the judges.", "mediatization"),
    ("Contrarily to a popular belief, hosting is easy.", "Contrarily"),  # an adverb (contrairement)
    ("The form must obligatorily be signed.", "obligatorily"),
])
def test_flags(text, span):
    found = spans(text)
    if span is None:
        assert found == []
    else:
        assert found == [span]


@pytest.mark.parametrize("text", [
    "Legal advice is free.",
    "The plan signally failed.",  # an English adverb whose look-alike is a French noun (signalement), kept no
    "The Juridical Review is a journal.",  # a name: capitalised inside a sentence
    "Set JURIDICAL=1 in the file.",  # an acronym or a constant
    "See the file competences.txt and the folder urbanism/ and juridical-advice.",  # code, paths, compounds
    "Il a parlé de la concurrence déloyale et des compétences.",  # a French passage: TQ4xx's
    "Il a parlé d'exportation et de l'explication complète.",  # after an elided French article
    "Set mode=juridical, $urbanism, <urbanism> and canonic(filename).",  # code
    "The re\u0301cession came.",  # a word in decomposed accents is one word
    "The valgrind suppressions file lists temporaries and partials.",  # kept `no`: terms of software
    "The judges were unanimous about the suppressions.",
])
def test_quiet(text):
    assert spans(text) == []


def test_a_family_row_speaks_first_only_when_its_rule_is_on():
    text = "The touristic area was full. His candidature to the presidency failed."
    on = check_text(text, path="x.txt", config=Config(select=["TQ3"]))
    assert sorted((f.code, text[f.start:f.end]) for f in on) == [("TQ302", "touristic"), ("TQ303", "candidature to")]
    off = check_text(text, path="x.txt", config=Config(select=["TQ307"]))
    assert [text[f.start:f.end] for f in off] == ["touristic", "candidature"]


def test_message_gives_both_frequencies():
    (f,) = check_text("Our lawyers give juridical advice.", path="x.txt", config=Config(select=["TQ307"]))
    assert f.code == "TQ307" and f.fix is None
    assert "*juridique*" in f.message and f.message.count("1 in ") == 2


def test_each_occurrence_in_a_long_text():
    # a text above the keyword scan's threshold is read by the shared one-pass scan, not word by word
    text = ("The firm gave juridical advice to the town. " + "Nothing to say here at all. " * 800) * 2
    assert spans(text) == ["juridical", "juridical"]


def test_rows_kept_no_are_left_out_and_every_row_is_a_french_shape():
    rows = rare_cognates.RARE_COGNATES.rows
    kept = rare_cognates.words()
    assert {r.word for r in rows if r.keep == "no"}.isdisjoint(kept)
    assert "suppressions" not in kept and "juridical" in kept
    for r in rows:
        assert r.keep == "no" or float(r.en_zipf) <= 2.6 and float(r.fr_zipf) - float(r.en_zipf) >= 1.3, r.word
        assert r.keep == "no" or r.native == "0", r.word  # a word native English writes is kept out
        assert r.word == r.word.lower() and r.word.isalpha(), r.word


def test_rate_reads_as_one_in_n_words():
    assert rare_cognates._rate(0.3) == "1 in 3,300,000 words"
    assert rare_cognates._rate(28.2) == "1 in 35,000 words"
