"""French the text quotes (tqcheck.rules.untranslated.passages): the rules about English leave it alone."""

import pytest

from tqcheck import check_text
from tqcheck.engine import Context, fix_document
from tqcheck import documents
from tqcheck.rules.untranslated.passages import is_french


def codes(text, path="x.md"):
    return [(f.code, f.span) for f in check_text(text, path=path)]


def fixed(text, path="x.md"):
    doc = documents.parse(text, path=path, fmt=documents.detect_format(path))
    return fix_document(doc, Context())[0].text


@pytest.mark.parametrize("passage", [
    "le 1er mai",
    "Fermé le lundi 15 mars 2023 à 14h30",  # `mars` is English too: two words are clearly French
    "Le PIB a progressé de 1,5 % au 2e trimestre",
    "nous nous sommes trompés",
])
def test_french_passages(passage):
    assert is_french(passage)


@pytest.mark.parametrize("passage", [
    "We will invest 1,5 billion euros",
    "in amiens, ndlr",  # an editor's note in English MT: one French word
    "de facto",
    "rentrée",  # one word: a term, not a quotation
    "La Marseillaise",
    "coup d'état",
])
def test_not_french_passages(passage):
    assert not is_french(passage)


def test_rules_about_english_do_not_read_a_french_quotation():
    text = 'In France, Labour Day falls on "le 1er mai".\n'
    assert codes(text) == []
    assert fixed(text) == text  # a safe fix never rewrites the quotation
    # the same date in the English sentence itself is still a trace of French
    assert ("TQ510", "le 1er mai") in codes("In France, Labour Day falls on le 1er mai.\n")
    text = "The sign read “Fermé le lundi 15 mars 2023 à 14h30” and nobody understood it.\n"
    assert codes(text) == []
    assert fixed(text) == text


def test_an_english_quotation_is_still_read():
    found = codes('"We will invest 1,5 billion euros in the project," he said.\n')
    assert ("TQ501", "1,5") in found
    assert fixed('"We will invest 1,5 billion euros," he said.\n') == '"We will invest 1.5 billion euros," he said.\n'


def test_the_marks_and_the_french_itself_are_still_reported():
    found = codes("The headline was « Le PIB a progressé de 1,5 % au 2e trimestre ».\n")
    # the guillemets belong to the English sentence; the French words are what the untranslated rules report
    assert ("TQ101", "«") in found and ("TQ101", "»") in found
    assert ("TQ403", "trimestre") in found
    assert not [code for code, _ in found if code.startswith("TQ5")]


def test_a_french_aside_in_brackets_and_in_html_entities():
    assert codes("Labour Day (le 1er mai) is a holiday.\n") == []
    html = ("<p>The sign read &ldquo;Ferm&eacute; le lundi 15 mars 2023 &agrave; 14h30&rdquo;.</p>\n"
            "<p>The headline: &laquo;&nbsp;Le PIB a progress&eacute; de 1,5&nbsp;% au 2e trimestre&nbsp;&raquo;.</p>\n")
    found = codes(html, "x.html")
    assert not [code for code, _ in found if code.startswith("TQ5")]
    assert ("TQ403", "trimestre") in found
