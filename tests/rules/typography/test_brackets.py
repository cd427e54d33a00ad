"""TQ108 unpaired-bracket (tqcheck.rules.typography.brackets)."""

import pytest


def unpaired(codes, text, path="x.txt"):
    return [(col, span) for code, col, span in codes(text, path=path, select=("TQ108",)) if code == "TQ108"]


@pytest.mark.parametrize("text, at", [
    # real MT output (WMT13 systems), one sentence a line; ``at``: the text from the flagged bracket on
    ("Subsequently were built versions (Meteor-and Meteor-3.\nThe next line (is fine).\n", "(Meteor-and"),
    ("You can download this document, a translation will be available shortly) at: the site.", ") at:"),
    ("In 2001, he called his memoirs \"Hello Darlin': Tall (and Absolutely True Tales\" (in French: Hello).",
     "(and Absolutely"),
    ("[the political judgment of experts: What is it worth?", "[the"),  # a LIG post-edit
    ("Released 2.0 (#1296)) with fixes.", ") with"),
    ("Call f(a[0) here.", "[0)"),  # a closer of the other kind skips what was never closed
    ("He did) it.", ") it"),  # a word, not a Roman numeral
    ("The newspaper (« Le Monde » reported it.", "(«"),  # a bracket beside a guillemet, a dash, a price: used
    ("He paused (— and then went on.", "(—"),
    ("The value ($ 5 for each unit is high.", "($"),
    ("It requires version 2.0.1) of the library.", ") of"),  # a version's number is no section's (a review's)
    ("The server answers on 192.168.1.1) only.", ") only"),
])
def test_a_bracket_without_its_partner_is_flagged(codes, text, at):
    assert unpaired(codes, text) == [(text.index(at) + 1, at[0])]


@pytest.mark.parametrize("text, path", [
    ("Good (fine) and [ok], nested (a (b) c) too.", "x.txt"),
    ("Steps: 1) read 2) check b) fix iv) commit.", "x.txt"),  # list labels
    ("Nice :) and sad :( and wink ;-) and =)", "x.txt"),  # smileys
    ("(Note: it works :) really) and (see Figure 8(ab) here).", "x.txt"),  # a smiley inside an aside
    ("Code points U+003A (:), U+003B (;), U+003D (=) and U+002F (/).", "x.txt"),  # marks named in brackets
    ("Parts II) and IV) follow; steps 1.2) and 1a) too.", "x.txt"),
    ("## 1.0) About\n\nText.\n\n### 1.3.1) Legacy support\n\nPlatforms change.\n", "x.md"),  # numbered headings
    ("The interval [0, 1) is half open, and so is (0, 1].", "x.txt"),
    ("A section name cannot contain ‘\\n’ or ‘]’, nor \"(\".", "x.txt"),  # brackets named between quotes
    # hard-wrapped plain text: a line that does not end a sentence goes on (a GNU ChangeLog entry)
    ("\t* omp_lib.h.in (omp_aligned_alloc, omp_calloc,\n\tomp_realloc): Add.\n", "x.txt"),
    # a paragraph of markup is wrapped where the tool chose: it pairs over its lines, whatever they end with
    ("<p>An aside (over a line that ends a sentence.\nAnd more words here.)</p>", "x.html"),
    ("| a | b |\n|---|---|\n| (( | )) |\n", "x.md"),  # not prose: a table of symbols
    ("The CDATA section must end with \"]]>\". Write ')' or '-['.", "x.txt"),  # named in quotes (Xerces)
    ("No closing ) found for in decode", "x.txt"),  # named alone (Tomcat)
    # named in a short token of symbols (bash's and findutils' changelogs, freeglut's `(^&`)
    ("c.  Changed the [[ and (( compound commands.\nThe specifiers %(, %{ and %[ are rejected. :-]", "x.txt"),
    # a man page as HTML: its reader leaves blank lines inside a paragraph, which end nothing there
    ("<p>act as if invoked as a login shell (see\n<b>INVOCATION</b>\n\n\nbelow).</p>", "x.html"),
    ("run from a,b,c,...x,y,z,{,|... or A,B,C,...,X,Y,Z,[,... on", "x.txt"),  # a list of characters (Asciidoctor)
    ("the characters a,b,[,c and d in this list", "x.txt"),  # a bracket between commas (review: the one that needs it)
    # an operator's `=` or `:` is no smiley's eyes (SFML's and Eigen's API, valgrind's NEWS, git's manual)
    ("The operator!=() is fine, and (C == and !=) is handled; --trailer <token>[(=|:)<value>] too.", "x.txt"),
    # a quoted token names both its brackets, however long (GCC's README.Bugs, GLib's NEWS, Xerces's messages)
    ('See "(gcc)Bugs", call `g_spawn()` now, and match "[xX][mM][lL]".', "x.txt"),
    ('Where "roberta-large_L17_no-idf_version=0.3.0(hug_trans=2.3.0)" is the hash code.', "x.txt"),  # BERTScore
    # a quoted token's `)` still closes what an unquoted token opened (grep's ChangeLog)
    ("the shell command:\nGREP_COLOR=\"$(printf '31m\\33[2J\\33[31')\" grep --color=always PATTERN", "x.txt"),
    # a message's `<br />` starts a line, and its list labels with it (a Joomla component's en-GB file)
    ('MSG="For example: <br />1) User can unsubscribe, <br />2) The same."\n', "language/en-GB/en-GB.com_x.ini"),
    # an AsciiDoc counter shows a number: `1) apples` (Asciidoctor's documentation)
    ("The salad calls for {counter:seq1}) apples, {counter:seq1:A}) oranges.\n", "x.adoc"),
])
def test_paired_brackets_and_what_closes_nothing_are_left_alone(codes, text, path):
    assert unpaired(codes, text, path) == []


def test_a_paragraph_ends_what_it_opened(codes):
    text = "First paragraph (never closed\nhere.\n\nSecond paragraph closes nothing) here.\n"
    assert unpaired(codes, text) == [(17, "("), (32, ")")]


def test_in_plain_text_a_line_that_ends_a_sentence_ends_its_asides(codes):
    mt = "The nuclei (400 million light-years away are merging.\nThe second galaxy) is larger.\n"
    assert [s for _, s in unpaired(codes, mt)] == ["(", ")"]  # two lines of MT, not one aside
    assert [s for _, s in unpaired(codes, mt.replace("\n", "\r\n"))] == ["(", ")"]  # CRLF: as with LF
    assert unpaired(codes, "<p>" + mt.replace("\n", " \n") + "</p>", "x.html") == []


@pytest.mark.parametrize("line_end", ["(e.g.", "(i.e.", "(cf.", "(by Andrey V.", "(particularly w.r.t."])
def test_a_line_that_ends_in_an_abbreviation_goes_on(codes, line_end):
    # native hard-wrapped prose (GTK's README, freeglut's and fontforge's changelogs)
    text = f"Other libraries {line_end}\nlibdbus or gvfs) might do similar things.\n"
    assert unpaired(codes, text) == []
    # a sentence's full stop still ends the line's asides
    assert len(unpaired(codes, text.replace(line_end, line_end[:-1] + "ish."))) == 2


def test_a_bracket_beside_inline_code_is_used_not_named(codes):
    text = "Double quoted values expand new lines (`A=1\\nB` becomes two lines.\n"  # dotenv's README
    assert unpaired(codes, text, "x.md") == [(text.index("(") + 1, "(")]


def test_a_unit_may_leave_unpaired_what_its_source_leaves_unpaired(codes):
    """A template's fragment (Jeedom's ``"[Partage": "[Sharing"``): its translation keeps the source's lone bracket;
    one that the source closes is still a finding."""
    po = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "[Partage"\nmsgstr "[Sharing"\n\n'
          'msgid "Volume (en %)"\nmsgstr "Volume (in %"\n\nmsgid "Nom)"\nmsgstr "Name]"\n\n'
          'msgid "Voir (la liste"\nmsgstr "See (the list (and more"\n')
    assert [span for _, span in unpaired(codes, po, path="en.po")] == ["(", "]", "("]  # (one `(` more than its source)


def test_an_aside_of_sentences_in_a_paragraph_filled_by_hand_is_one_aside(codes):
    # the Debian constitution and Vim's help (fresh native English): the line that ends a sentence is wrapped prose
    text = ("   version number from the original software. (This is a compromise.\n"
            "   The Debian group encourages all authors not to restrict any files,\n"
            "   source or binary, from being modified.)\n")
    assert unpaired(codes, text) == []
    vim = 'has changes, you can either write the file first, or use ":args!" (with !\nadded) to abandon the changes.\n'
    assert unpaired(codes, vim) == []
    # lines of MT output, one sentence a line, of lengths no fill column gives: two brackets lost, not one aside
    mt = ("The nuclei of the two galaxies (400 million light-years away from the Earth are merging.\n"
          "The second galaxy) is larger.\n")
    assert [s for _, s in unpaired(codes, mt)] == ["(", ")"]
