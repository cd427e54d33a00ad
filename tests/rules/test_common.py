"""The shared primitives of tqcheck.rules.common: each fast path equals its plain definition.

(Other families may append tests of the primitives they add.)"""

import re
from functools import lru_cache

import pytest

from tqcheck.rules.common import Pattern, Spans, alternation, keywords
from tqcheck.rules.common.keywords import Keywords, KeywordText, keyword_text, lowered
from tqcheck.rules.common.memo import per_segment

# ------------------------------------------------------------------ keywords: positions

BEFORES = [" ", "\n", "(", "«", "“", '"', "—", "-", "_", "1", "é", "dis", "x", "İ", "\t"]


def plain_positions(text, word):
    r"""The definition: non-overlapping occurrences in the lowercased text not preceded by a letter or digit,
    ``re.finditer(r"(?<![^\W_])" + re.escape(word), lowered(text))``; written with the lookbehind after the
    word (the same matches), so that the regex engine skips to the word's first letter."""
    word_re = re.escape(word)
    return [(m.start(), len(word)) for m in re.finditer(rf"{word_re}(?<![^\W_]{word_re})", _lowered(text))]


@lru_cache(maxsize=4)
def _lowered(text):
    return lowered(text)


@pytest.fixture
def registry(monkeypatch):
    """A private copy of the declared keyword sets, the scanner and the memo: a test may declare sets."""
    monkeypatch.setattr(keywords, "_REGISTRY", list(keywords._REGISTRY))
    monkeypatch.setattr(keywords, "_scanner", None)
    monkeypatch.setattr(keywords, "_kept_text", per_segment(lambda segment: keywords.KeywordText(segment.text)))
    return keywords._REGISTRY


def sample(words, filler=2000):
    """Each word after each character of BEFORES, some in capitals, then filler words."""
    text = " ".join(f"{b}{w.upper() if i % 3 == 0 else w}" for i, w in enumerate(words) for b in BEFORES)
    return words[0].capitalize() + " " + text + " " + "filler text " * filler


def test_the_plain_definition_is_written_as_it_says():
    text = "since _since xsince 1since (since sincesince İsince"
    for word in ("since", "sincesince", "_since"):
        assert plain_positions(text, word) == [
            (m.start(), len(word)) for m in re.finditer(r"(?<![^\W_])" + re.escape(word), lowered(text))]
    assert plain_positions(text, "since") == [(0, 5), (7, 5), (28, 5), (34, 5)]  # not after _, x, 1, e, İ


def test_spans_free_is_the_plain_overlap_test():
    """``Spans.free`` against its definition (``a < end and b > start`` for no span), empty spans included,
    on every small span of random sets."""
    import random

    rng = random.Random(7)
    for _ in range(300):
        spans = [(a, a + rng.choice((0, 1, 2, 5))) for a in rng.sample(range(30), rng.randint(0, 6))]
        taken = Spans(spans)
        for a in range(32):
            for b in range(a, a + 7):
                assert taken.free(a, b) == (not any(a < y and b > x for x, y in spans)), (spans, a, b)
    assert not Spans([(3, 8)]).free(7, 9) and Spans([(3, 8)]).free(8, 9) and not Spans([(5, 5)]).free(4, 6)


def test_lowered_keeps_every_offset():
    text = "İstanbul ſince ÀÉ"
    low = lowered(text)
    assert len(low) == len(text) and low == "İstanbul ſince àé"


def test_keyword_positions_are_the_plain_ones_in_short_and_long_texts(registry, monkeypatch):
    """The one-pass scan of a long text and ``str.find`` on a short one both give the plain positions,
    for declared words (including one-letter ones and overlapping ones) and for undeclared ones."""
    Keywords(["since", "has declared", "has", "it’s", "aa", "q", "the 1", "go go"])
    words = ["since", "has declared", "has", "it’s", "aa", "q", "the 1", "go go", "undeclared", "s", "has d"]
    text = sample(words) + " aaaa has has declared the 10 the 1 qq go go go"  # go go go: overlapping starts
    assert len(text) > keywords.SHORT
    long_text = KeywordText(text)
    monkeypatch.setattr(keywords, "SHORT", len(text) + 1)
    short_text = KeywordText(text)
    for word in words:
        expected = plain_positions(text, word)
        assert long_text.positions([word]) == expected, word
        assert short_text.positions([word]) == expected, word
        assert len(expected) >= 8, word  # found after spaces, newlines, punctuation, not inside a word
    assert long_text.positions(["aa", "q"]) == plain_positions(text, "aa") + plain_positions(text, "q")
    assert plain_positions(text, "go go")[-1][0] == len(text) - len("go go go")  # not the overlapping one after


def test_every_declared_keyword_is_found_as_find_finds_it(monkeypatch):
    """The rule families' own keywords (every declared set) in one long text, scan against ``str.find``."""
    from tqcheck.rules import all_rules

    all_rules()  # imports every detector, which declares its keyword sets
    words = sorted(keywords._current_scanner().words)
    assert words
    text = sample(words)
    long_text = KeywordText(text)
    monkeypatch.setattr(keywords, "SHORT", len(text) + 1)
    short_text = KeywordText(text)
    for word in words:
        assert long_text.positions([word]) == short_text.positions([word]) == plain_positions(text, word), word


def test_a_short_texts_heads_find_what_find_finds(registry):
    """A short text tests each keyword's first three characters against its ``heads`` before searching: on random
    short texts, ``positions`` and ``present`` are still the plain definition's, for words of one to many
    characters, beginning with a letter, a digit, an apostrophe or a guillemet."""
    import random

    rng = random.Random(11)
    words = ["a", "an", "the", "it’s", "'s", "«", "« l", "1er", "go go", "since", "has declared", "ab", "abc", "abcd"]
    declared = Keywords(words)
    pieces = words + [" ", " ", "\n", "x", "1", "_", "é", "(", "-", "B", "İ", ".", "ſ"]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        scan = KeywordText(text)
        assert scan.present(declared) == {w for w in words if plain_positions(text, w)}, text
        for word in words:
            assert scan.positions([word]) == plain_positions(text, word), (text, word)


def test_a_set_declared_after_a_scan_is_found(registry):
    first = Keywords(["alpha"])
    text = sample(["alpha", "beta"])
    scan = keyword_text(text)
    assert scan.positions(first.words) == plain_positions(text, "alpha")
    Keywords(["beta"])
    assert scan.positions(["beta"]) == plain_positions(text, "beta") != []


def test_keywords_are_read_lazily_and_must_be_lowercase(registry):
    calls = []
    lazy = Keywords(lambda: calls.append(1) or ["b", "a"])
    assert calls == []
    assert lazy.words == ("a", "b") and calls == [1]
    with pytest.raises(ValueError, match="lowercase"):
        Keywords(["Since"]).words


def test_a_segment_is_scanned_once_for_every_detector_while_it_lives(registry):
    from tqcheck.documents import parse

    Keywords(["since"])
    doc = parse(sample(["since"]))
    (seg,) = doc.segments
    shared = keyword_text(seg)
    assert keyword_text(seg) is shared and shared.text is seg.text
    assert shared.positions(["since"]) == plain_positions(seg.text, "since")
    assert keyword_text("since when") is not keyword_text("since when")  # a plain string: not kept
    assert len(keywords._kept_text.memo) == 1
    del doc, seg
    assert len(keywords._kept_text.memo) == 0  # gone with the segment


# ------------------------------------------------------------------ keywords: windows

SINCE = Pattern(r"\bsince (?:\d+|several) (?:days|years)\b", re.I)


def test_matches_near_keywords_are_the_plain_matches_that_hold_one():
    text = ("Since 3 days, nothing. Since several years, little; since when? The ice has been gone since 10 years "
            "and, since 2 days ago, sincere since 4 years.") * 3
    scan = KeywordText(text)
    positions = scan.positions(["since"])
    near = [m.span() for m in scan.matches_near(SINCE, positions)]
    starts = {k for k, _ in positions}
    assert near == [m.span() for m in SINCE.finditer(text) if any(m.start() <= k < m.end() for k in starts)]
    assert len(near) == 15


def test_needles_skip_only_the_windows_without_one():
    text = "It lasted since 3 days. " + "Words " * 40 + "Since several years, yes. " + "Words " * 40 + "since when?"
    scan = KeywordText(text)
    positions = scan.positions(["since"])
    every = [m.span() for m in scan.matches_near(SINCE, positions)]
    assert len(every) == 2
    needles = Pattern(alternation(["days", "years"]))
    assert [m.span() for m in scan.matches_near(SINCE, positions, needles=needles)] == every
    assert [m.span() for m in scan.matches_near(SINCE, positions, needles=Pattern("years"))] == every[1:]
    folded = KeywordText(text + " ſ")  # a character re.IGNORECASE folds to s: the needles are not trusted
    assert len(list(folded.matches_near(SINCE, positions, needles=Pattern("years")))) == 2


def test_a_window_bounds_where_a_match_starts_and_ends_not_what_lookbehinds_see():
    text = "x" * 200 + " since 5 days"
    scan = KeywordText(text)
    regex = re.compile(r"(?<=x )since \d+ days")
    assert [m.group() for m in scan.matches_near(regex, scan.positions(["since"]), before=0)] == ["since 5 days"]


def test_word_start_matches_what_the_lookbehind_and_alternation_match():
    """``word_start`` opens with a character class so that the regex engine skips to it; before a space, where
    one word at most can match, it finds the same words at the same places as the plain spelling."""
    import random

    from tqcheck.rules.common.patterns import word_start

    words = ("the", "a", "an", "their", "these", "this", "my", "o'er", "x-ray")
    plain = re.compile(r"(?<![\w'’-])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)
                       + r") \w")
    fast = re.compile(word_start(words) + r" \w")
    rng = random.Random(3)
    pieces = ["the", "The", "a", "An", "an", "their", "these", "THIS", "my", "o'er", "x-ray", " ", "'", "’", "-",
              "s", "é", "\n", "1", "_"]
    texts = ["", "the cat", "An owl", "bathe a", "x-ray z", "l'a b", "the_ x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


@pytest.mark.parametrize("lemma, like, form", [
    ("agree", "accepted", "agreed"), ("agree", "accepting", "agreeing"), ("agree", "accepts", "agrees"),
    ("agree", "accept", "agree"), ("take", "avoided", "took"), ("go", "avoided", "went"), ("begin", "avoided", "began"),
    ("commit", "committing", "committing"), ("test", "testing", "testing"),
])
def test_a_verb_in_the_form_of_another(lemma, like, form):
    from tqcheck.rules.common.lexicon import verb_form, verb_shape
    assert verb_form(lemma, verb_shape(like)) == form
