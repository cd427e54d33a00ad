"""TQ107 repeated-word (tqcheck.rules.typography.repeated_words)."""

import re

import pytest

from tqcheck.rules.typography import repeated_words


def repeats(codes, text, path="x.txt"):
    return [(col, span) for code, col, span in codes(text, path=path, select=("TQ107",)) if code == "TQ107"]


@pytest.mark.parametrize("text, span", [
    # real MT output (WMT13 systems) and real post-edits (LIG) that kept a slip
    ("keeping the balance and measuring their not not to stumble", "not"),
    ("In 1995, I took took place at Pushkinskaya-10.", "took"),
    ("the small bus bounces along along wooded hills", "along"),
    ("Nobody can finish his day without having used a a product from the forest.", "a"),
    ("the occupation will come to an an end", "an"),
    ("The political authorities and and institutions of higher education wish", "and"),
    ("what actions to undertake after after the expiration of the treaty in 2012?", "after"),
    ("The the minimum size.", "the"),  # at a sentence's start, after a capital
    ("Thé été fut chaud: un été été.", "été"),  # letters with accents
    ("the\u00a0the plan", "the"),  # a no-break space between
    ("the  the plan", "the"), ("the\u202fthe plan", "the"),  # spaces of any width
    ("the parties of the cities closed in in a bloc", "in"),  # a preposition doubled, no object before it
    ("an hour moderating one one a week", "one"),
    ("We will see you in in two weeks.", "in"), ("The law that in in 2010 was voted.", "in"),  # no particle (review)
    ("[the the] plan", "the"), ("«the the» plan", "the"), ("'the the' plan", "the"), ("\tthe the plan", "the"),
])
def test_a_word_written_twice_is_flagged_on_its_second_time(codes, text, span):
    second = re.search(rf"(?i)(?<!\w){span}[ \t\u00a0\u202f]+({span})(?!\w)", text)
    assert repeats(codes, text) == [(second.start(1) + 1, span)]


@pytest.mark.parametrize("text", [
    "number\t\tnumber constant", "the\tthe plan",  # a tab parts a table's columns (Vim's help files)
    "He said that that plan had had no chance.",  # the table: English doubles these on purpose
    "What it is is a mess, and whatever happens happens.",
    "Boredom is the brain's way to tell you you should be doing something else.",  # WMT13's reference
    "Sirhan Sirhan flew to Walla Walla and Bora Bora.",  # names
    "Poor poor pitiful me. Aye aye, sir. Okay okay, ignore it.",  # a capital, then a content word: said so
    "Bum bum bum bum, and never never never ever stick your hand in.",  # three times or more
    "Vitamin A a day. The x x y axis.",  # letters
    "The key to to-do lists is it's-it's.",  # a hyphen or apostrophe joins the second to more
    "It is THE the best.",  # not the same case: emphasis, or a quotation
    "Fix many bugs in the the-the parser.",
    "We ordered from a a\u0300 la carte menu.",  # a combining accent: `à`, decomposed
    'includedOptions="vault vault-*"',  # the second goes on as a glob, a path, a file (Keycloak's guide header)
    "Read log log.txt, then src src/main and n n_max.",
    "you must pass them in in your providers array",  # a particle after its object, then the preposition (NextAuth)
    "Fill it in in the form. Change to the one one level up.",  # the pronoun one after its article (LinuxCNC)
])
def test_english_that_writes_a_word_twice_on_purpose_is_left_alone(codes, text):
    assert repeats(codes, text) == []


def test_a_parameter_named_after_what_it_holds_is_not_a_repeat(codes):
    html = "<p>Return an iterator for the month <em>month</em> in the year <em>year</em>.</p>"
    assert repeats(codes, html, path="x.html") == []  # Python's calendar docs
    assert [s for _, s in repeats(codes, "<p>May raise a a <code>ValueError</code>.</p>", path="x.html")] == ["a"]


def test_the_fix_removes_the_second_word_and_its_space_and_is_unsafe(fixed):
    text = "Measures are not not enough to to stop it. The the plan failed."
    assert fixed(text) == text  # unsafe: not applied without --unsafe-fixes
    once = fixed(text, unsafe=True)
    assert once == "Measures are not enough to stop it. The plan failed."
    assert fixed(once, unsafe=True) == once


def test_every_word_of_the_table_is_lowercase_letters_and_left_alone(codes):
    words = repeated_words.DOUBLED.column("word")
    assert words and all(re.fullmatch(r"[a-z]+", w) for w in words)
    for word in words:
        assert repeats(codes, f"They said {word} {word} again.") == [], word


def test_the_search_from_the_mark_before_finds_every_doubling_a_word_by_word_reading_finds():
    """The expression opens with the mark before the word, and takes the word in a lookahead (fast). Read word
    by word instead: a doubling is a word and the same word after it (or its lowercase after a capital, in a word
    of two letters or more), not a word's third time in a row."""
    rng = __import__("random").Random(7)
    vocabulary = ["the", "The", "a", "A", "an", "to", "été", "in", "sin", "is", "it", "on", "one", "One"]
    for _ in range(500):
        words = [rng.choice(vocabulary) for _ in range(12)]
        text = " ".join(words)
        ours = set()
        for m in [repeated_words._AT_START.match(text), *repeated_words._REPEAT.finditer(text)]:
            capital = m and (m.group(1) or "")
            if m and text[m.end(0) - len(m.group(2)) - len(capital)].islower() and not repeated_words._third(
                    text, m.start(2) - len(capital), capital.lower() + m.group(2)):
                ours.add((m.start(2) - len(capital), m.end(0)))
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
        expected = set()
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            capital = first[0].isupper() and len(first) > 1 and first.lower() == second  # (`A a`: no word after A)
            same = first == second == second.lower() or capital
            third = (i + 2 < len(words) and words[i + 2] in (first, second)) or (i and words[i - 1].lower() == second)
            if same and not third:
                expected.add((starts[i], starts[i + 1] + len(second)))
        assert ours == expected, text
