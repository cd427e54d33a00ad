"""TQ512 and TQ513 (numbers.abbreviations): French titles (M., Mme) and abbreviations (n°, p. ex.)."""

import pytest

from .helpers import assert_all, assert_one, tq5

EXAMPLES = [
    ("Decree n° 12 applies.", "TQ513", "n°", "No.", "safe"),
    ("M. Guebuza said no.", "TQ512", "M.", "Mr", "unsafe"),
    ("Mme Dhlakama said yes.", "TQ512", "Mme", "Ms", "unsafe"),  # Madame: married or not
]

MORE = [
    ("Mlle Dupont came.", "TQ512", "Mlle", "Miss", "unsafe"),
    ("MM. Dupont and Durand came.", "TQ512", "MM.", "Messrs", "unsafe"),
    ("Yesterday, a beer to M. X, died.", "TQ512", "M.", "Mr", "unsafe"),
    ("A fruit, p. ex. an apple.", "TQ513", "p. ex.", "e.g.", "safe"),
    ("Rome (753 av. J.-C.) was founded.", "TQ513", "av. J.-C.", "BC", "safe"),
    ("It has env. 300 people.", "TQ513", "env.", "approx.", "safe"),
    ("See n°5.", "TQ513", "n°", "No. ", "safe"),
    ("Price: 120 euros HT.", "TQ513", "HT", "excl. tax", "safe"),  # hors taxes, after a price
    ("The price is 99 euros TTC.", "TQ513", "TTC", "incl. tax", "safe"),  # a currency word before it too
    ("The fare is €100 TTC.", "TQ513", "TTC", "incl. tax", "safe"),  # the sign before the figure (a review's)
    # octets (a fresh MT manual: `/ 20Go ext4 and /var 400Go XFS`): a size near a storage word, the fix unsafe
    ("Partitioning: / 20Go ext4.", "TQ513", "Go", "GB", "unsafe"),
    ("A card of 400 Go; a file.", "TQ513", "Go", "GB", "unsafe"),
    ("A file of 1.5 Mo.", "TQ513", "Mo", "MB", "unsafe"),
    ("It needs 64Ko of RAM.", "TQ513", "Ko", "KB", "unsafe"),
    ("A 2 To disk.", "TQ513", "To", "TB", "unsafe"),
]

NEVER = [
    "Defense Secretary Robert M. Gates said so.",
    "cf. chapter 3, etc.",
    "The env. variable is set.",
    "Three HT cables and 4 HT cores.",  # HT after a bare figure: no price
    "Take the 504 TTC streetcar to King Street.",  # TTC too (Toronto Transit Commission: a survey of safe fixes)
    "* Add g_node_copy_deep().  [James M. Cape, Matthias Clasen]",  # a middle initial after a bracket
    'Civility: "M." for Mister, "Mme" for Madam.',  # named between quotes: values an API expects
    "Write ‘n°’ as ‘No.’ in English.",
    "Step 3 Go to the menu. Top 10 To Do. Step 2 Go and buy it. Let us Go. Ko 3, Go 2.",  # words, not units
    "Install X2Go. Countdown: 3, 2, 1 Go! He plays 19x19 Go. Route 66 Mo. Player 1 Ko. Version 2 To. 2 To of flour.",
    "## Step 3 Go",  # (a review's: no storage word near them)
    "A 3M. Smith.",  # glued to a figure: only a unit is
]


@pytest.mark.parametrize("text, code, span, replacement, applicability", EXAMPLES)
def test_issue_examples_are_flagged_with_the_right_fix(text, code, span, replacement, applicability):
    assert_one(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text, code, span, replacement, applicability", MORE)
def test_more_french_abbreviations(text, code, span, replacement, applicability):
    assert_all(text, code, span, replacement, applicability)


@pytest.mark.parametrize("text", NEVER)
def test_never_flagged(text):
    assert tq5(text) == []


def test_item_m_of_a_lettered_list_is_no_title():
    # the GNU Free Documentation License, in many manuals (not in NEVER: its lines must stay together)
    assert tq5("L. Preserve all the Invariant Sections of the Document.\nM. Delete any section Entitled "
               "\"Endorsements\".\nN. Do not retitle any existing section.") == []
    assert tq5("L.\u00a0Preserve all.\nM.\u00a0Delete any section.\nN.\u00a0Do not retitle.") == []  # as HTML


def test_an_appendix_letter_in_a_link_is_no_title():
    html = '<dl><dt><a href="acronyms.html">L. Acronyms</a></dt><dt><a href="glossary.html">M. Glossary</a></dt></dl>'
    assert tq5(html, path="index.html") == []
    assert [f.span for f in tq5("<p>M. Guebuza said no.</p>", path="a.html")] == ["M."]


def test_title_follows_the_documents_dotted_style():
    (hit,) = tq5("Mr. Smith met M. Dupont.")
    assert hit.fix.replacement == "Mr."


# ------------------------------------------------------------- M. as an initial, Mme. with a dot (native English)


@pytest.mark.parametrize(
    "text",
    [
        "Patience is a virtue.\n\t\t-- M. Tolstoy\n",  # an attribution line: an initial, not Monsieur
        "Compilers are hard.\n\t\t-- M. Smith and T. Jones, Lecture Notes 12\n",
        "Good writing is rewriting.\n\t\t— M. Frances Brown\n",  # given name and surname after the initial
        "The chapter by M. Adler and K. Rhee covers parsing.",  # other names in the line open with an initial
        "Each Sunday he called on Mme. Bertin for tea.",  # French writes Mme without a dot
        "She was tutored by Mlle. Dufresne.",
    ],
)
def test_initials_and_dotted_titles_are_english(text):
    assert [f for f in tq5(text) if f.code == "TQ512"] == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("M. Hollande said on Monday that talks would resume.", ["M."]),
        ("Talks resumed, Mme Merkel said.", ["Mme"]),
        ("— M. Hollande said on Monday that talks would resume.", ["M."]),  # a dash, then a sentence
        ("M. Hollande met U.S. President Obama.", ["M."]),  # `U.S.` is not an initial opening a name
        ("M. Hollande met George W. Bush in Paris.", ["M."]),  # a middle initial is not one either
        ("M. Hollande and M. Valls came.", ["M.", "M."]),
        ("On Monday, M. Guebuza met Mme Dhlakama.", ["M.", "Mme"]),
        ("M. Dupont arrived yesterday.\nN. Sarkozy was not there.", ["M."]),  # no lettered list: no L.
        # an initial elsewhere in the document excuses the same name only
        ("Cited: L. Rowe and M. Stonebraker.\n\nM. Hollande said no. M. Stonebraker agreed.", ["M."]),
    ],
)
def test_french_titles_in_mt_still_fire(text, spans):
    assert [f.span for f in tq5(text) if f.code == "TQ512"] == spans


def test_a_figure_that_ends_the_line_before_is_no_size():
    # GnuTLS's NEWS (native English a re-read found flagged): `GnuTLS 2.2` then `To adapt`, and `API/ABI` no path
    assert tq5("** Backwards incompatible API/ABI changes in GnuTLS 2.2\nTo adapt to the TLS extension specs.") == []
    assert [f.span for f in tq5("Resize /var to 400\u00a0Go now.")] == ["Go"]
