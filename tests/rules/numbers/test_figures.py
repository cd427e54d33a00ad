"""TQ501–TQ504 (numbers.figures): the decimal comma, thousands grouped by spaces or dots, a space
before %, and english_number()."""

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_text
from tqcheck.rules.numbers.figures import english_number

from .helpers import assert_all, assert_one, tq5

# the issue's examples: text, code, flagged span, fix, applicability
EXAMPLES = [
    ("It rose 4,7% this year.", "TQ501", "4,7", "4.7", "safe"),
    ("They spent 1,5 billion.", "TQ501", "1,5", "1.5", "safe"),
    ("10 000 people marched.", "TQ502", "10 000", "10,000", "safe"),
    ("979 deaths and 1 902 injureds", "TQ502", "1 902", "1,902", "safe"),
    ("Inflation hit 5,2 % in May.", "TQ501", "5,2", "5.2", "safe"),
    ("Inflation hit 5,2 % in May.", "TQ504", " ", "", "safe"),
    ("It cost 250 000 € in all.", "TQ502", "250 000", "250,000", "safe"),
    ("Renault (-4,63%) fell.", "TQ501", "4,63", "4.63", "safe"),
]

MORE = [
    # a digit that numbers a name, then another figure (a review's): flagged, not fixed safely; a sentence's `The` is
    # no name (a LIG post-edit's `The 9 425 vehicles`)
    ("The Pixel 8 128 GB model.", "TQ502", "8 128", "8,128", "unsafe"),
    ("Windows 7 100% CPU.", "TQ502", "7 100", "7,100", "unsafe"),
    ("Repeat Step 2 500 times.", "TQ502", "2 500", "2,500", "unsafe"),
    ("The 9 425 vehicles registered.", "TQ502", "9 425", "9,425", "safe"),
    ("A 25 000-seat stadium was built.", "TQ502", "25 000", "25,000", "unsafe"),  # before a compound: no safe fix
    # a figure quoted on its own is a literal named, perhaps another locale's on purpose (Javadoc's NumberFormat:
    # `the String "1.000,55"`, a fresh survey's safe fix): reported, never fixed by default
    ('Parsing the String "1.000,55" gives 1000.55.', "TQ501", "1.000,55", "1,000.55", "unsafe"),
    ("It prints '10 000' for 10000 people.", "TQ502", "10 000", "10,000", "unsafe"),
    ("Type “1.000.000” for a million euros.", "TQ503", "1.000.000", "1,000,000", "unsafe"),
    ("The index lost 1.983,73 points.", "TQ501", "1.983,73", "1,983.73", "safe"),
    # four digits ending in 000 after a comma may be groups of four (accounting.js's `$10,0000`, stop 51's survey)
    ('To allow eg. "$10,0000" in a price.', "TQ501", "10,0000", "10.0000", "unsafe"),
    ("We raised $1,0000 so far.", "TQ501", "1,0000", "1.0000", "unsafe"),
    ("It costs 0,0035 € a kWh.", "TQ501", "0,0035", "0.0035", "safe"),
    ("A 1 234,5 m wall.", "TQ501", "1 234,5", "1,234.5", "safe"),
    ("It weighs 0,345 kg.", "TQ501", "0,345", "0.345", "safe"),
    ("It weighs 1,5-2,5 kg.", "TQ501", "1,5", "1.5", "unsafe"),  # a range of decimals is no list of values
    ("It cost 12,39 dollars.", "TQ501", "12,39", "12.39", "safe"),
    ("He earns 46.000 rupees.", "TQ503", "46.000", "46,000", "unsafe"),
    ("A city of 1.234.567 people.", "TQ503", "1.234.567", "1,234,567", "safe"),
    ("About 20\u00a0000 people.", "TQ502", "20\u00a0000", "20,000", "safe"),
    ("About 20\u202f000 people.", "TQ502", "20\u202f000", "20,000", "safe"),
    ("It grew by 3\u00a0%.", "TQ504", "\u00a0", "", "safe"),
    ("Followers: +33,8% in a year.", "TQ501", "33,8", "33.8", "safe"),  # after a sign (a French blog's review)
    ("Sales: +1 234,5 euros.", "TQ501", "1 234,5", "1,234.5", "safe"),  # ... grouped, with decimals: no telephone
]

# English figures, lists, identifiers, coordinates, versions: no TQ5 finding at all
NEVER = [
    # a count, then a compound modifier (Rust's core::arch pages: a safe fix made `4,128-bit lanes`)
    "It shuffles each of the 4 128-bit lanes.", "She won 3 100-metre races.",
    "It shuffles each of the 4\u00a0128-bit lanes.",  # a no-break space is the same separator
    "2.100. let_chains",  # an item's number opening its line (mdBook's contents)
    "2.200) async_closure",
    "It cost 1,500 dollars.",
    "There were 2,300 volunteers.",
    "The city has 1,234,567 people.",
    "Choose 3, 4 and 5.",
    "Count 1, 2, 3.",
    "In 2012, 40 people died.",
    "In 2012,40 people died.",
    "In 2012 100 people died.",
    "On March 15 200 people died.",
    "Paris is at (48.8566, 2.3522), or 48°51′24″N 2°21′08″E.",
    "Upgrade to version 2.0.1 or 10.4.3.",
    "Call 01 23 45 67 89 or +33 1 23 45 67 89.",
    "Call 0800 123 456 or (555) 123 4567.",
    "Pages 100-120; the score was 2-1.",
    "See pages 3,4 and figures 1,2.",
    "Items 3,4 and 5 are done.",
    "It is 1,2-dichloroethane, not 2,4-D or 1,3-butadiene.",
    "Allowed VLANs: a combination such as 15,40-100,120-150,501,505.",  # values and ranges (a fresh MT doc's)
    "The vector (3,4) is short.",
    "Rates of 3.632% and 2.500% notes.",
    "The server is at 192.168.100.200.",
    "It costs 3.5 million, or 0.500 of it.",
    "The A320 200 order.",
    "The CD4 200 count.",
    "SIREN 123 456 789.",
    "VAT number: FR 22 424 761 419",  # a country's code and four blocks (démarches-simplifiées' en.yml)
    "ISBN 978 2 07 036822 8.",
    "Call +33 612 345 678 now.", "Then x+1,2 and C++1,5.",  # a telephone number; code, not a sign
    "json_extract('{\"a\":2,\"c\":[4,5,{\"f\":7}]}', '$.c')",  # a list as code writes it (SQLite's docs)
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_figures(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_a_figure_that_opens_a_sentence_is_still_one():
    assert [f.span for f in tq5("The budget: 2.200 euros.\n46.000 rupees. 2.100. were spent")] == ["2.200", "46.000",
                                                                                                 "2.100"]


def test_ambiguous_list_with_between_is_a_decimal():
    assert [f.span for f in tq5("between 1,5 and 2 million")] == ["1,5"]


@pytest.mark.parametrize("space, name", [
    (" ", "Space"), ("\u00a0", "No-break space"), ("\u202f", "Narrow no-break space"),
])
def test_space_before_percent_names_the_character_as_typography_does(space, name):
    (hit,) = tq5(f"It grew by 3{space}%.")
    assert hit.code == "TQ504" and hit.message.startswith(f"{name} before `%`")
    (grouped,) = tq5(f"About 20{space}000 people.")
    assert grouped.code == "TQ502" and grouped.message.startswith(f"{name} as thousands separator")


def test_markdown_code_is_not_flagged():
    findings = check_text("Run `sleep 10 000` now.", "x.md", config=Config(select=["TQ5"]))
    assert [f for f in findings if f.code.startswith("TQ5")] == []


def test_english_number_helper():
    assert english_number("1 234,5") == "1,234.5"
    assert english_number("1.234.567") == "1,234,567"
    assert english_number("4,7") == "4.7"
    assert english_number("0,345") == "0.345"
    assert english_number("1,500") == "1,500"
    assert english_number("3.5") == "3.5"
    assert english_number("0.500") == "0.500"
    assert english_number("46.000") == "46,000"


@pytest.mark.parametrize("text", [
    "@@ -1,3 +1,3 @@",  # a diff's hunk header (git's contrib README)
    "  Changes5.001   Either   perl-5.000..perl-5.001",  # versions in perl's changelog
    "\t%%Version: 1.000",  # groff's
    "build: Update config to {2016-05-15,2016-06-20}.",  # dates in a list (GnuPG)
    "\t* generic/tclCompile.c:\t[Bugs 3607246,3607372]: Unbalanced refcount.",  # two bug numbers (Tcl)
    "\tDitto for xmm-gpr interunit alternatives 8,9.",  # an instruction's alternatives (GCC)
    # a program's output pasted in, as its locale wrote it (fontconfig's changelog: cachegrind's columns)
    "    user[s]                         0,806         0,579\n"
    "    Total Instr Fetch Cost: 1.658.683.750   895.069.820",
])
def test_numbers_in_software_changelogs_are_not_french(text):
    assert tq5(text) == []


@pytest.mark.parametrize("text", [
    "Allowed values: [-1,1]",  # an interval (GTK's reference)
    'E.g. "gtk-menu=16,16:gtk-button=20,20".',  # a setting's value
    "The functions are listed in Table 9.100.",  # a table's number (PostgreSQL's documentation)
    "From 192.168.0.x to 192.168.255.x on the LAN.",  # part of a longer dotted name (Debian reference)
    "{% if sections[section][category]|length == 0 %}",  # a template's tag (pytest's changelog template)
])
def test_numbers_in_manuals_are_not_french(text):
    assert tq5(text) == []


def test_a_french_decimal_after_a_minus_or_in_brackets_of_words_still_fires():
    found = tq5("The index fell by -1,5 points (about 2,3 %) in May.")
    assert [(f.code, f.span) for f in found if f.code == "TQ501"] == [("TQ501", "1,5"), ("TQ501", "2,3")]
