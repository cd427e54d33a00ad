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
])
def test_native_lines_stay_quiet_and_their_french_twins_do_not(code, native, french):
    assert codes(native, code) == []
    assert codes(french, code) == [code]


def test_a_ballet_glossary_is_english_dance_vocabulary():
    # a native ballet README (stop 49's survey): 77 findings, 74 of them its French terms
    text = ("A battement tendu, then a grand jeté. Développé à la seconde, an assemblé, a fouetté, "
            "a pas de bourrée and a rond de jambe.")
    assert codes(text, "TQ4") == []
    assert codes("The minister left the room en avant de tout le monde, and the vote was retardé.", "TQ4")
    assert len(codes("The factory is en dehors de la ville. The minister has retiré sa proposition.", "TQ4")) == 2
