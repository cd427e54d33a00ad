"""Loan phrases found word by word (tqcheck.rules.untranslated.loans): what the regex alternation finds."""

import random
import re

from tqcheck.rules.untranslated import lexicon

from conftest import wmt_lines


def _alternation(phrases) -> re.Pattern:
    """The regex ``loans`` describes: the phrases in priority order, words joined by ``,?[\\s-]+``, a content word
    with an optional plural ``s`` or ``x``, the whole not inside a word."""
    def word(w, plural):
        return re.escape(w) + ("[sx]?" if plural else "")

    alts = [r",?[\s-]+".join(word(w, plural) for w, plural in words) for words in phrases]
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?!\w)")


def test_phrases_find_what_the_alternation_finds():
    phrases = lexicon.loan_phrases()
    regex = _alternation(phrases.phrases)
    words = sorted({w for words in phrases.phrases for w, _ in words}) + ["the", "force", "role", "e", "cafes"]
    glue = [" ", " ", " ", "-", ", ", "\n", "s ", "x ", "'", "’", ". ", "é", "2", "_", ""]
    rng = random.Random(7)
    texts = [lexicon.fold(line) for line in wmt_lines("system-outputs/newstest2013.fr-en.CMU_Tree-to-Tree.2893", 300)]
    texts += ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randrange(1, 12))) for _ in range(3000)]
    found = 0
    for text in texts:
        expected = [m.span() for m in regex.finditer(text)]
        assert phrases.spans(text) == expected, text
        found += bool(expected)
    assert found > 300  # the texts hold phrases, and most of them no phrase (the run look-up answers)
    assert found < len(texts) / 2
