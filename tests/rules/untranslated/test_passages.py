"""French the text quotes (tqcheck.rules.untranslated.passages): no fix of a rule about English rewrites it."""

import pytest

from tqcheck import check_text, documents
from tqcheck.engine import Context, fix_document
from tqcheck.rules.untranslated.passages import is_french


def found(text, path="x.md"):
    return {(f.code, f.span): f.fix for f in check_text(text, path=path)}


def fixed(text, path="x.md"):
    doc = documents.parse(text, path=path, fmt=documents.detect_format(path))
    return fix_document(doc, Context(), unsafe=True)[0].text


@pytest.mark.parametrize("passage", [
    "le 1er mai",
    "Fermé le lundi 15 mars 2023 à 14h30",
    "Le PIB a progressé de 1,5 % au 2e trimestre",
    "La réunion aura lieu le 3 mars.",  # `aura`, `lieu`, `mars` are in the English word list too
    "nous avons investi 1,5 milliard",
    "C’est le 1er mai",
])
def test_french_passages(passage):
    assert is_french(passage)


@pytest.mark.parametrize("passage", [
    "We will invest 1,5 billion euros",
    "de facto",
    "rentrée",  # one word: a term, not a quotation
    "coup d'état",
    "the price of le 1er mai flowers in the shops",  # one French word among English ones
    "753 av. J.-C.",  # letters are no words: TQ513 still fixes the abbreviation in `Rome (753 av. J.-C.)`
])
def test_not_french_passages(passage):
    assert not is_french(passage)


@pytest.mark.parametrize("text", [
    'In France, Labour Day falls on "le 1er mai".\n',
    "The sign read “Fermé le lundi 15 mars 2023 à 14h30” and nobody understood it.\n",
    "She quoted “C’est le 1er mai” to us.\n",  # an apostrophe is no closing quotation mark
    'The notice said "La réunion aura lieu le 3 mars."\n',
    "Labour Day (le 1er mai) is a holiday.\n",
    # a line about French writing: its French forms are examples (date-fns's changelog)
    "- Fixes for ordinals (1er, 2, 3, ...) in French locale.\n",
    "French number formats write 1,5 and French quotation marks « quotes » with spaces.\n",
    "French typography writes 10 000 and a space before : and ;.\n",
])
def test_no_fix_rewrites_a_french_quotation(text):
    assert fixed(text) == text


def test_the_findings_stay_without_their_fixes():
    # a quotation left in French may be the machine's: what the rules see there is still reported
    findings = found('The minister said: "Nous sommes prêts pour le 1er mai"\n')
    assert ("TQ510", "le 1er mai") in findings and findings["TQ510", "le 1er mai"] is None
    # the same date in the English sentence itself keeps its fix
    assert found("In France, Labour Day falls on le 1er mai.\n")["TQ510", "le 1er mai"] is not None


def test_an_english_quotation_keeps_its_fixes():
    assert fixed('"We will invest 1,5 billion euros," he said.\n') == '"We will invest 1.5 billion euros," he said.\n'
    # a line about France, not about French writing, keeps them
    assert fixed("The French president will invest 1,5 billion in French schools.\n") == \
        "The French president will invest 1.5 billion in French schools.\n"
    # nor a line that says something was said in French, or of a French version (review)
    assert fixed("The minister, who spoke in French, said that the deficit reached 4,8 % of GDP.\n") == \
        "The minister, who spoke in French, said that the deficit reached 4.8% of GDP.\n"
    assert "4.8%" in fixed("The French version of the report says 4,8 %.\n")


def test_the_spaces_inside_the_marks_are_the_english_sentence_s():
    # French spacing inside the quotation marks is fixed; the French between them is not
    assert fixed('Labour Day falls on " le 1er mai ".\n') == 'Labour Day falls on "le 1er mai".\n'


def test_the_quotation_marks_belong_to_the_english_sentence():
    text = "The headline was « Le PIB a progressé de 1,5 % au 2e trimestre ».\n"
    assert fixed(text) == "The headline was “Le PIB a progressé de 1,5 % au 2e trimestre”.\n"


def test_html_entities_and_a_long_bracket():
    html = ("<p>The sign read &ldquo;Ferm&eacute; le lundi 15 mars 2023 &agrave; 14h30&rdquo;.</p>\n"
            "<p>The headline: &laquo;&nbsp;Le PIB a progress&eacute; de 1,5&nbsp;% au 2e trimestre&nbsp;&raquo;.</p>\n")
    findings = found(html, "x.html")
    assert ("TQ510", "le lundi 15 mars 2023") in findings
    assert all(fix is None for (code, _), fix in findings.items() if code.startswith("TQ5"))
    # a paragraph in brackets is no quotation: its fixes stay
    long = "(" + "Le comité a voté le 3 mars, " * 12 + "et le 1,5 % reste.)\n"
    assert len(long) > 300 and found(long, "x.txt")["TQ501", "1,5"] is not None


@pytest.mark.parametrize("path", ["x.md", "x.html", "x.txt"])
def test_a_quotation_wrapped_over_two_lines_is_one_passage(path):
    text = 'The minister wrote: "Le PIB a progressé de 1,5 % au\n2e trimestre, selon l\'Insee" in his letter.\n'
    if path.endswith(".html"):
        text = f"<p>{text}</p>\n"
    assert fixed(text, path) == text


def test_in_plain_text_a_line_that_ends_a_sentence_ends_the_quotation():
    # MT output, one sentence a line: a quotation mark left open does not reach into the next line
    text = 'The minister said: "Nous sommes prêts.\nThe rate rose to 1,5 % in 2023."\n'
    assert fixed(text, "x.txt") == 'The minister said: "Nous sommes prêts.\nThe rate rose to 1.5% in 2023."\n'


@pytest.mark.parametrize("text, path", [
    ('{"a11y": "Accessibilité : partiellement conforme"}\n', "en.json"),  # Pix's en.json: never translated
    ('{"title": "Pour éditer la liste des candidats de sessions déjà créées ?"}\n', "en.json"),
    ("Les syndicats ont appelé à la grève : la mobilisation continue.\n", "x.txt"),  # an MT line left in French
    ('{"a": "Supprimer tout ?"}\n', "en.json"),  # two words: a label left in French (TQ402), its ` ?` with it
])
def test_no_fix_rewrites_a_sentence_left_in_french(text, path):
    assert fixed(text, path) == text
    assert any(code in ("TQ102", "TQ501") for code, _ in found(text, path))  # still reported


def test_inside_a_string_left_in_french_no_english_rule_misnames_a_word():
    """3035-front's en.json (a real French-first app): `connexion` is no misspelt `connection` there, nor `UE` a
    French acronym in English: the string is French, and TQ402 says so (TQ102's French spacing is still said)."""
    text = ('{"a": "Informations de connexion et adresses des utilisateurs", "b": "Transfert hors UE des données",'
            ' "c": "Données sensibles : à traiter", "d": "Nous voulons vous faire faire connaissance avec vos voisins"}\n')
    codes = sorted(code for code, _ in found(text, "en.json"))
    assert codes == ["TQ102", "TQ402", "TQ402", "TQ402", "TQ402"]  # `faire faire` is French, no repeated word
    # in English around it, the same words are the English rules' (MT output)
    english = found("The connexion failed, and the UE said the informations were lost.\n", "x.txt")
    assert {code for code, _ in english} >= {"TQ201", "TQ206", "TQ302"}


@pytest.mark.parametrize("text, after", [
    ("Philippe Bruhat (1):\n      mailinfo: better parse email adresses containg parentheses\n",
     "addresses"),  # git's changelog: two French-looking words, two English ones
    ('{"title": "Attention : this action cannot be undone"}\n', "Attention: this"),
    ("Le vendredi 1er mai 2015, it rained.\n", "On Friday 1 May 2015"),  # a French date in English: MT's
    # a name is no French word of the sentence (WMT13's systems, line 84)
    ('"Even today, there is 1,5 million smokers in the Quebec", deplores the spokesperson André Beaulieu.\n', "1.5"),
])
def test_an_english_sentence_with_french_words_keeps_its_fixes(text, after):
    assert after in fixed(text, "en.json" if text.startswith("{") else "x.txt")
