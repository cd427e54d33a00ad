"""Native English that fresh surveys found flagged (stop 49's native set: travel writing, the CC0 licence, a food
blog): each line must stay quiet for its code, and a close French-flavoured line must still fire."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def codes(text: str, code: str) -> list:
    return [f.code for f in check_text(text + "\n", "x.txt", config=Config(select=[code]))]


@pytest.mark.parametrize("code, native, french", [
    ("TQ306", "The Senegal and Gambia rivers are important waterways.", "The Senegal and Gambia are neighbours."),
    ("TQ301", "Affirmer hereby affirms that he or she will not assert any claim.",
     "The minister affirms that he will not resign."),
    ("TQ107", "Like I just said “oh ho ho well please understand that”.", "The the cat is here."),
    # stop 51's native news (the Daily Mail, The Times, the BBC, the Economist)
    ("TQ107", "The first of a set of suitably va va voom frocks appeared.", "The the frocks appeared."),
    ("TQ306", "Like the England men’s rugby team, the Commons head to Paris.", "The France has decided to act."),
    ("TQ303", "It's starting again, the same fear there was five years ago.", "He left, there is three years."),
    ("TQ403", "Tourists on a bateau mouche watched a protest.", "Tourists on a bateau watched a protest."),
    ("TQ403", "With a relatively simple parcours a bunch sprint is likely.", "With a simple parcours et a sprint."),
    ("TQ403", "It was billed locally as “le crunch parlementaire”.", "It was the crunch parlementaire of the year."),
    ("TQ403", "A message containing “je suis Charlie” (meaning “I am Charlie”) is laid out.",
     "A message containing “je suis Charlie” (CGT) is laid out."),
    # stop 51's corpus runs: native manuals (Eigen's, gettext's, LaTeX's fntguide)
    ("TQ304", "Click on the Modules tab at the top of the page.", "Choose in the drop-down menus the department."),
    ("TQ304", "Fill in the English name of the language.", "In standalone mode, put on the first line the pair."),
    ("TQ301", "Thus to set a document in Adobe Times, Helvetica and Courier, the document designer specifies:",
     "The head of the delegation specified: the talks go on."),
    ("TQ301", "In Kubernetes the controller assured that pods run.", "The head of the delegation assured that."),
    ("TQ403", "The expression is known as “savoir-faire” here.", 'The expression "butter to tartiner" is banned.'),
    ("TQ403", "Looking down on an audience of “cocottes,” she smiled.", 'Then I became "mexico-américain."'),
])
def test_native_lines_stay_quiet_and_their_french_twins_do_not(code, native, french):
    assert codes(native, code) == []
    assert codes(french, code) == [code]


def test_a_ballet_glossary_is_english_dance_vocabulary():
    # a native ballet README (stop 49's survey): 77 findings, 74 of them its French terms
    text = ("A battement tendu, then a grand jeté. A battement développé à la seconde, a glissade, a fouetté, "
            "a pas de bourrée and a rond de jambe.")
    assert codes(text, "TQ4") == []
    assert codes("The minister left the room en avant de tout le monde, and the vote was retardé.", "TQ4")
    assert len(codes("The factory is en dehors de la ville. The minister has retiré sa proposition.", "TQ4")) == 2
    # a ballet word that is also a French participle is French where French put it (a fresh MT doc's table cell)
    assert codes("| developed by Brian Fox | développé par Stephen R. Bourne |", "TQ4")


def test_native_html_docs_of_a_fresh_survey():
    # gtk-doc's half-open range, its code's line breaks spaces; W3C's `the Cape Verdean escudo`
    from tqcheck import check_text

    html = ("<p>Checks whether it falls in the range [<code>start</code>\n, <code>end</code>\n). A "
            "currency symbol acts as a decimal separator, like the <a href='x'>Cape Verdean escudo</a>.</p>")
    assert [f.code for f in check_text(html, "x.html")] == []
    assert [f.code for f in check_text("<p>We climbed the Mount Everest.</p>", "x.html")] == ["TQ306"]
    assert [f.code for f in check_text("Open [a, b\n) here.\n", "x.txt")] == ["TQ108"]  # (plain text: lines)
