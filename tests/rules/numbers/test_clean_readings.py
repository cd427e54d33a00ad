"""Issue 10: number-like text in native English that has a clean reading, paraphrased from real files.

Each fixture was seen on native English (documentation, a quotation collection, subtitles, hostile
input): the TQ5xx family must not flag it, or flag it with an *unsafe* fix only, never damage it with a
safe one; and a French figure whose context says it is one amount keeps its safe fix."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config

from .helpers import fix, tq5

# a clean English reading, and no TQ5 finding at all
NO_FINDING = [
    "The proxy listens on ports 80,8080 by default.",  # a list of ports
    "The service answers on port 80,8080 and 443.",
    "Requirements FR-{35,36} cover the export.",  # brace expansion
    "Mount the disks {12,14} first.",
    '\t\t-- Shakespeare, "Julius Caesar" 3,1',  # act and scene of a play
    "As Brutus says in Julius Caesar 3,1, the die is cast.",
    "He quoted John 3,16 from memory.",
    "1\n00:01:02,000 --> 00:01:04,500\nWell, hello there.",  # an SRT subtitle
    "The proxy at host:80,8080 refused it.",
    "The dot is escaped as %2e in a path, %2e%2e%2f climbs a folder.",  # percent-escapes
    "A CSS escape like \\2e or a query x=2e is hex.",
    "The book by A. M. Kuchling and the play by J. M. Barrie.",  # initials
    "Letters from S. M. Simpson arrived.",
    # a bibliography (PostgreSQL's manual): an author alone is the initial the document writes among others
    "“The POSTGRES data model”. L. Rowe and M. Stonebraker. 1990.\n\n“Partial indexes”. M. Stonebraker. 1989.",
    "Rooms 101 102 and 103 are on the first floor.",  # a list
    "Rooms 101 102 are on the first floor.",
    "The cells 101 102 103 are free.",
    "Compute 7 % 3 and print it with 5 %d.",  # a modulo, a format
    "| chardet            |  100 %   |     0.4 ms     |",  # a padded table column
    "The Milliard Gargantubrain could count every atom.",  # a name
    "Upgrade to version 1.100.200, as section 12.100.010 says.",
]

# a French reading is still likely: flagged, but the fix needs --unsafe-fixes
UNSAFE = [
    ("The ratio was 0,34 last year.", "TQ501"),
    ("Meteor-1C held 0,62 and more.", "TQ501"),
    ("The count reached 101 205 today.", "TQ502"),
    ("A city of 1.234.567 today.", "TQ503"),
    ("Rules for D&D 5e players.", "TQ509"),
    ("It came 2e, then stopped.", "TQ509"),
    ("We drank 2 mai tais.", "TQ510"),  # mai and mars are English words too
]

# the context says the figure is one amount: the safe fix stays
SAFE = [
    ("They spent 1,5 billion.", "TQ501", "1.5"),
    ("A mirror of 10,4 metres.", "TQ501", "10.4"),
    ("A 1,4-metre rocket.", "TQ501", "1.4"),
    ("New York pays $7,25 an hour.", "TQ501", "7.25"),
    ("Paid EUR 6,20 a day.", "TQ501", "6.20"),
    ("Fertility is 1,2 children per woman.", "TQ501", "1.2"),
    ("It rose 18,7 percent.", "TQ501", "18.7"),
    ("The Fair covers 171 790 metres squared.", "TQ502", "171,790"),
    ("A bed for 11 700 inhabitants.", "TQ502", "11,700"),
    ("It lies between 1 600 and 2 500 m up.", "TQ502", "1,600"),
    ("Bribes totalling 736 000, in all.", "TQ502", "736,000"),
    ("About 20\u00a0500 came.", "TQ502", "20,500"),
    ("A city of 1.234.567 inhabitants.", "TQ503", "1,234,567"),
    ("The 1.500.000 mark.", "TQ503", "1,500,000"),
    ("She came 1re in her 43rd race.", "TQ509", "1st"),
]


@pytest.mark.parametrize("text", NO_FINDING)
def test_clean_reading_is_not_flagged(text):
    assert tq5(text) == []


@pytest.mark.parametrize("text", NO_FINDING + [text for text, _ in UNSAFE])
def test_safe_fixes_leave_clean_readings_unchanged(text):
    assert fix(text) == (text, 0)


@pytest.mark.parametrize("text, code", UNSAFE)
def test_likely_french_but_ambiguous_is_flagged_with_an_unsafe_fix(text, code):
    hits = [f for f in tq5(text) if f.code == code]
    assert len(hits) == 1, tq5(text)
    assert hits[0].fix.applicability == "unsafe"


@pytest.mark.parametrize("text, code, replacement", SAFE)
def test_one_amount_keeps_its_safe_fix(text, code, replacement):
    hits = [f for f in tq5(text) if f.code == code and f.fix.replacement == replacement]
    assert len(hits) == 1, tq5(text)
    assert hits[0].fix.applicability == "safe"


@pytest.mark.parametrize("text", ["It cost 12,34,56$ in all.", "It cost 0,58,90 € in all.", "12,34,56,78 €",
                                  "1.2,3,4$ and 1 234,5,6 €"])
def test_malformed_amounts_do_not_crash(text):
    findings = check_text(text, "x.txt", config=Config(select=["TQ5"]))  # raised ValueError in currency
    assert all(f.code == "TQ505" for f in findings)
    fixed, _ = fix(text, unsafe=True)
    assert fix(fixed, unsafe=True) == (fixed, 0)
    digits = [ch for ch in text if ch.isdigit()]
    assert [ch for ch in fixed if ch.isdigit()] == digits  # no figure lost or invented


def test_a_fix_that_changes_nothing_is_not_offered():
    # 02,000 is already English (two, then thousands): a fix replacing it by itself never settles a hook
    assert [f for f in tq5("At 00:01:02,000 and at 02,000.") if f.fix and f.fix.replacement == f.span] == []
