"""TQ203 mixed-us-uk-spelling (tqcheck.rules.names.us_uk)."""

import pytest

from tqcheck.rules.names.us_uk import US_UK, spellings


def test_mixed_us_uk_spelling(codes):
    found = codes("The defence budget, the defence minister and a defense pact. We organize and colour.", "TQ203")
    assert [(f.span, f.fix.replacement, f.severity) for f in found] == [("defense", "defence", "info")]
    assert codes("The Ministry of Defence and the Defense Department.", "TQ203") == []
    assert codes("They organised it; it was organized well; organisations agreed.", "TQ203")[0].span == "organized"


def test_a_spelling_inside_a_quotation_is_reported_without_a_fix(codes):
    # a fresh native page (C. L. R. James quoted in an article spelt the US way): the unsafe fix falsified the quote
    text = 'The labor was forced, the color faded and the labor party met. Moïse said, “I cannot be the executioner of my colour.” The "colour" of labour.\n'
    found = codes(text, "TQ203")
    assert [(f.span, f.fix and f.fix.replacement) for f in found] == [("colour", None), ("colour", None),
                                                                      ("labour", "labor")]


def test_a_tie_goes_to_the_spelling_used_first(codes):
    found = codes("The centre opened. The center closed.", "TQ203")
    assert [(f.span, f.fix.replacement) for f in found] == [("center", "centre")]
    assert "`centre` ×1 against 1" in found[0].message and "first spelt" in found[0].message  # not `mostly`


def test_inflections_are_added_to_their_group():
    table = spellings()
    assert table["organizations"] == ("ize", "US", "organisations")
    assert table["colourful"] == ("our", "UK", "colorful")
    assert table["aluminum"] == ("aluminum", "US", "aluminium")  # misc: a convention of its own


def test_no_row_maps_a_word_to_itself():
    assert [r.us for r in US_UK.rows if r.us == r.uk] == []


_STORY_UK = ("The harbour authority said the new centre would open in spring. Its director praised the labour of "
             "the volunteers who had organised the fundraising. Local businesses welcomed the news. The council "
             "will meet again next month to approve the final plans and the budget for the opening of the new hall in the old town.")
_STORY_US = ("The county said the new center would open in the fall. Its director praised the volunteers who had "
             "organized the campaign over the summer. Local stores welcomed the decision. The board will meet "
             "again next week to approve the final design and the schedule for the opening day of the new building downtown.")


def test_a_corpus_of_one_story_a_line_is_read_story_by_story(codes):
    """A file with one story a line and no blank line (a news corpus): each line is its own text."""
    corpus = (_STORY_UK + "\n" + _STORY_US + "\n") * 10
    assert codes(corpus, "TQ203") == []
    assert codes(corpus.replace("\n", " "), "TQ203")  # the same words as one text: a mix


def test_an_article_saved_one_paragraph_a_line_is_one_text(codes):
    """A few paragraphs a line (an article saved as plain text) are one article: the mix is found."""
    found = codes(_STORY_UK + "\n" + _STORY_US + "\n" + _STORY_UK + "\n", "TQ203")
    assert {f.span for f in found} == {"center", "organized"}


def test_paragraphs_of_one_article_are_still_one_text(codes):
    """Blank lines part paragraphs of one article: the mix across them is still found."""
    found = codes(_STORY_UK + "\n\n" + _STORY_US + "\n\n" + _STORY_UK + "\n", "TQ203")
    assert {f.span for f in found} == {"center", "organized"}


@pytest.mark.parametrize("header", [
    "2023-02-09  Paul Eggert  <eggert@cs.ucla.edu>",  # a GNU ChangeLog entry
    "gzip (1.12-1) unstable; urgency=medium",  # a Debian changelog entry
    "commit 3f2a1b9c0d8e",  # git log
    "* Version 3.7.9 (released 2023-02-09)",  # a NEWS file's releases
    "Noteworthy changes in release 1.13 (2023-08-19) [stable]",
    "Overview of changes in GLib 2.74.0",
    "Author: Zoltan Fridrich <zfridric@redhat.com>",  # git log without its commit lines
    "Jeff King (5):",  # git shortlog, under "Version v2.39.5; changes since v2.39.4:"
])
def test_a_changelog_is_read_entry_by_entry(codes, header):
    """An entry is by one hand: two entries need not agree (GNU, Debian and GLib changelogs, 511 native hits)."""
    first, second = "\tSay behaviour here when the build fails.\n", "\tSay behavior there when it passes.\n"
    text = f"{header}\n\n{first}\n{header}\n\n{second}"
    assert codes(text, "TQ203") == []
    assert [f.span for f in codes(f"{header}\n\n{first}\n{second}", "TQ203")] == ["behavior"]


@pytest.mark.parametrize("line", ["Version 2.3 brings a lot of fixes.", "See version 2.3 for details.",
                                  "results (2):", "See figure (3):", "commit deadbeef was reverted by the team."])
def test_a_sentence_about_a_version_is_no_entry(codes, line):
    text = f"{line}\n\n\tSay behaviour here when the build fails.\n\n{line}\n\n\tSay behavior there.\n"
    assert [f.span for f in codes(text, "TQ203")] == ["behavior"]
