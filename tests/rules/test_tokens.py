"""The token-pattern language (tqcheck.rules.common.tokens) and its text side (sentences, lexicon)."""

import pytest

from tqcheck.rules.common.lexicon import lexicon
from tqcheck.rules.common.sentences import Sentences, tokenize
from tqcheck.rules.common.tokens import PatternError, TokenPattern


def flagged(pattern, text):
    return [text[i:j] for i, j in TokenPattern.parse(pattern).spans(text)]


@pytest.mark.parametrize("pattern, text, expected", [
    ("the object of", "It is the Object of a debate.", ["the Object of"]),  # case-insensitive
    ("<be> [the object of]", "They are the object of a probe; it was the object of envy.", ["the object of"] * 2),
    ("<declare> that", "She declares that; he declared that; they declaring that.", ["declares that", "declared that",
                                                                                       "declaring that"]),
    ("a|an|the NOUN", "an apple and the quickly", ["an apple"]),  # ADV is not NOUN
    ("the years NUM", "the years 1990 and the years sixty", ["the years 1990", "the years sixty"]),
    ("[SAY] , *{0,6} , that", "He assured, in an interview on Monday, that it was over.", ["assured"]),
    ("[SAY] , *{0,2} , that", "He assured, in an interview on Monday, that it was over.", []),  # gap too short
    ("equally !important|likely", "equally important; equally responsible", ["equally responsible"]),
    ("very? good", "a very good and a good one", ["very good", "good"]),
    ("^ [the] CAP", "The Italy. Not the Italy", ["The"]),
    ("[the] Italy", "the italy, the Italy", ["the"]),
    ("^|, [it is why]", "It is why. So, it is why. And it is why", ["It is why", "it is why"]),  # a capitalised form keeps its case
    ("^ [PROPN]", "Zelensky spoke. Houses burned.", ["Zelensky"]),  # a sentence's first word is a name if unknown
    ("a PROPN", "He met a Cardinal", ["a Cardinal"]),
    ('" , [SAY] the NOUN', '"No", underlined the minister.', ["underlined"]),
    ('" , [SAY]', "“No”, said he.", ["said"]),  # every double quotation mark is "
    ("that *{0,3} said", "that was. He said", []),  # a gap never crosses a sentence end
    ("the more ADJ [CODE]", "the more descriptive \ufffc is; the more descriptive x", ["\ufffc"]),  # inline code
    ("the Paris [PLURAL]", "the Paris dressmakers, the Paris cafés, the Paris shops, the France cannot",
     ["dressmakers", "cafés"]),
    ("[SPEAKER] assured", "The minister assured, the ministers assured, the limit assured", ["minister", "ministers"]),
])
def test_pattern_flags_what_it_says(pattern, text, expected):
    assert flagged(pattern, text) == expected


def test_groups_give_each_tokens_text():
    pattern = TokenPattern.parse("[VERB strongly] the NOUN")
    m = pattern.matches(tokenize("He supports strongly the plan."))[0]
    assert (m.group(1), m.group(2), m.group(4)) == ("supports", "strongly", "plan")


@pytest.mark.parametrize("bad", ["[a [b]", "a]", "[a", "*{3,1}", "<>", "^"])
def test_bad_patterns_are_refused(bad):
    with pytest.raises(PatternError):
        TokenPattern.parse(bad)


def test_anchor_is_the_rarest_fixed_word():
    assert TokenPattern.parse("the years NUM").anchors == {"years"}
    assert TokenPattern.parse("<be> the object of").anchors == {"object"}
    assert TokenPattern.parse("NOUN ADJ").anchors == frozenset()


def test_lexicon_forms_and_classes():
    lex = lexicon()
    assert lex.forms("declare") == {"declare", "declares", "declared", "declaring"}
    assert {"was", "were", "been"} <= lex.forms("be")
    assert lex.has_class("formation", "NOUN") and not lex.has_class("formation", "VERB")
    assert lex.has_class("the", "DET") and lex.has_class("of", "PREP")


def test_sentences_cut_only_around_an_offset():
    text = "First one. Second sentence here! Third"
    tokens, i = Sentences(text).around(text.index("sentence"))
    assert [t.text for t in tokens] == ["Second", "sentence", "here", "!"] and tokens[i].text == "sentence"
    assert tokens[0].first and not tokens[1].first


def test_a_line_break_before_a_capital_starts_a_sentence():
    tokens = tokenize("he said\nThe plan")
    assert [t.first for t in tokens] == [True, False, True, False]


def test_a_wrapped_line_that_opens_with_a_number_goes_on_a_list_number_starts_anew():
    """pgbadger's changelog wraps `when OEL is on` / `2 bytes`: one sentence; `2. Open it` is a list's item."""
    text = "when OEL is on\n    2 bytes.\n1. Open it\n2) Close it"
    assert [t.text for t in Sentences(text).around(text.index("bytes"))[0]] == ["when", "OEL", "is", "on", "2",
                                                                              "bytes", "."]
    assert [t.text for t in Sentences(text).around(text.index("Close"))[0]] == ["2", ")", "Close", "it"]


def test_tokenize_is_the_plain_reading_of_the_tokens():
    """``tokenize`` reads the spaces before each token, not a match object per token: the same tokens, offsets and
    sentence starts as the plain loop over ``TOKEN.finditer``, on random texts."""
    import random

    from tqcheck.rules.common.sentences import QUOTES, SENTENCE_END, TOKEN

    def plain(text, start, end, first):
        out, last = [], -1
        for m in TOKEN.finditer(text, start, end):
            word, (i, j) = m.group(), m.span()
            if last >= 0 and not first and word[:1].isupper() and "\n" in text[last:i]:
                first = True
            out.append((word, '"' if word in QUOTES else word.lower(), i, j, first))
            first, last = word in SENTENCE_END, j
        return out

    rng = random.Random(9)
    pieces = ["The", "l'objet", "1,5", "14:30", "well-known", " ", "  ", "\n", "\t", ".", "!", "«", "“", "é", "_x", "2e",
              "Ü", "\u2028", "’s", "-"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for first in (True, False):
            assert [tuple(t) for t in tokenize(text, start, end, first)] == plain(text, start, end, first), repr(text)


def test_sentence_starts_are_the_ends_of_the_one_expression():
    """``sentence_starts`` finds with two fast expressions what one slow one says: a sentence ends after . ! ? …
    (closing quotes or brackets) and spaces, or at spaces holding a line break before a capital, a quotation
    mark or a list's number.  Random strings of the characters that matter, and the edge cases by hand."""
    import random
    import re

    from tqcheck.rules.common.sentences import sentence_starts

    plain = re.compile(r"[.!?…][\"”»’)]*\s+|\s*\n\s*(?=[A-Z\"“«]|\d+[.)](?:\s|$))")
    rng = random.Random(7)
    alphabet = list("aA1.!?…\"»)”’ \n\t\u2028\xa0«“x")
    texts = ["", "A. B", "x.\n\n  \n A", "x \n 2. y", "x\n2", "“Yes.” “No.”\n\nThe end…  Then", "a ?\n \t\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(20_000)]
    for text in texts:
        assert sentence_starts(text) == [0] + [m.end() for m in plain.finditer(text)], repr(text)


# the shadow (common/shadows.py): a test on the raw text beside an anchor that every match passes
from tqcheck.rules.common.keywords import lowered  # noqa: E402
from tqcheck.rules.common.shadows import Shadow  # noqa: E402


def _anchor_offsets(pattern, text):
    """``(offset, length)`` of the anchor token of each match of ``pattern`` in ``text``."""
    at = pattern.elements.index(pattern.anchor)
    out = []
    for m in pattern.matches(tokenize(text)):
        i, _ = m.parts[at]
        out.append((m.tokens[i].start, len(m.tokens[i].low)))
    return out


@pytest.mark.parametrize("pattern, text", [
    ("[the] Italy", "Beyond the Italy of old, and\tthe\nItaly"),
    ("the|a|an [NOUN French|European] ,|.", "the mayor French, a vote European."),
    ("PRON [VERB strongly] the|a", "He supports strongly the plan; they back strongly a law"),
    ('" , [has SAY] the NOUN', '"No", has said the minister. “Yes” ,has said the mayor'),
    ("[SAY] , *{0,6} , that", "He assured, in an interview on Monday, that it was over."),
    ("^|, [it is why]", "It is why. So, it is why."),
    ("[the years NUM] !and|to", "In the years 1990 there was the years 1980-1990 and the years sixty dropped"),
    ("PRON [VERB strongly] the", "He backs strongly the plan;she\tbacks strongly the law"),
    ("the [Centre PROPN]", "the Centre Pompidou and the Centre  Georges"),
    ('qualified "|ADJ', "They qualified “great” the plan."),  # a curly quote beside the anchor is "
])
def test_shadow_passes_every_match(pattern, text):
    parsed = TokenPattern.parse(pattern)
    low = lowered(text)
    anchors = _anchor_offsets(parsed, text)
    assert anchors, "the case must match"
    shadow = Shadow(parsed)
    assert all(shadow.allows(text, low, low[::-1], k, n) for k, n in anchors)


@pytest.mark.parametrize("pattern, text, word", [
    ("[the] Italy", "To Italy and a Italy", "italy"),  # no ``the`` before it
    ("the|a|an [NOUN French] ,|.", "the French people voted", "french"),  # a word, not a mark, after it
    ('" , [has SAY] the NOUN', 'He has said the truth', "said"),  # no quote and comma before ``has``
    ("PRON [VERB strongly] the", "He has the strongly the", "strongly"),  # ``the`` is no verb
    ("the [NOUN French] ,", "the quickly French, then", "french"),  # nor ``quickly`` a noun
    ("the [Centre PROPN]", "the Centre opened", "centre"),  # a capital wanted after it
])
def test_shadow_rejects_what_cannot_match(pattern, text, word):
    parsed = TokenPattern.parse(pattern)
    low = lowered(text)
    k = low.index(word)
    assert not TokenPattern.parse(pattern).matches(tokenize(text))
    assert not Shadow(parsed).allows(text, low, low[::-1], k, len(word))
