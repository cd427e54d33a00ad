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
