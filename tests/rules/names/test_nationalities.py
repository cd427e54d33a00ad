"""TQ205 lowercase-nationality (tqcheck.rules.names.nationalities)."""

import pytest

from tqcheck import documents
from tqcheck.engine import Context, fix_document


@pytest.mark.parametrize("text, flagged", [
    ("The egyptian army surrounded the square.", "egyptian"),  # l'armée égyptienne
    ("The departure of french troops was announced.", "french"),
    ("It is a muslim country with a secular state.", "muslim"),
    ("He met the palestinians on Friday.", "palestinians"),  # a people after a determiner
    ("Many islamists were arrested.", "islamists"),
    ("Palestinians and islamists alike were arrested.", "islamists"),
    ("The franco german border was closed.", "german"),
    ("He spoke to european leaders in Brussels.", "european"),
])
def test_a_lower_case_nationality_is_flagged(codes, text, flagged):
    assert [f.span for f in codes(text, "TQ205")] == [flagged]


@pytest.mark.parametrize("text", [
    "The Egyptian army surrounded the square.",  # capitalised
    "the egyptian army surrounded the square.",  # a text all in lower case: no case to read
    "Update german translation (Closes: #123).",  # software jargon (a follower row)
    "The OT1 fonts do not provide the lower-case greek letters.",  # TeX's documentation
    "The name is reserved for a 256 glyph greek encoding.",
    "Update french program translation.",  # the follower two words on
    "They ordered french fries and a shake.",  # a set phrase English writes lower case
    "Set LANG=french and run it again.",  # glued to code
    "See french.po and lang_french for details.",
    "The french-speaking regions voted no.",  # a hyphenated compound is left to the writer
    "They will french the rack of lamb.",  # a verb, not the language (`to french` a bone)
    "The palestinians' homes were shelled.",  # an apostrophe: left alone (not a clean word end)
    "People called them islamists, wrongly.",  # the plural with no determiner before it
])
def test_english_and_code_uses_are_left_alone(codes, text):
    assert codes(text, "TQ205") == []


def test_the_unsafe_fix_capitalises_the_first_letter():
    doc = documents.parse("The egyptian army and the palestinians met.\n", path="x.txt")
    fixed, _, applied = fix_document(doc, Context(), unsafe=True)
    assert fixed.text == "The Egyptian army and the Palestinians met.\n"
    assert applied == 2


@pytest.mark.parametrize("text", [
    "Add tcl to noconfigdirs if canadian cross.",  # native changelogs (/usr/share/doc): compiler jargon
    "Reword the message to more conventional english usage.",
    "git-gui: add french glossary for the translators.",
])
def test_native_changelog_lines_are_left_alone(codes, text):
    assert codes(text, "TQ205") == []


def test_a_people_that_is_also_an_english_word_is_not_listed(codes):
    assert codes("They measured the distance between the poles.", "TQ205") == []  # a fortune: not the Poles


@pytest.mark.parametrize("text, flagged", [
    # LLM-translated blogs (stop 44): `traduit du français vers l'anglais`
    ("This article was automatically translated from french to english.", ["french", "english"]),
    ("The slides are in english, the notes in spanish.", ["english", "spanish"]),
    ("He surrounded the palestinians.", ["palestinians"]),  # a full stop after a people ends a sentence
    ("The slides are available at this address (french).", ["french"]),  # a fresh blog's: alone in brackets
    ("They speak french at home, and there is more english in Avignon.", ["french", "english"]),  # (stop 49's)
])
def test_a_language_after_in_from_into_or_to_is_flagged(codes, text, flagged):
    assert [f.span for f in codes(text, "TQ205")] == flagged


@pytest.mark.parametrize("text", [
    "Fixed a typo in german translation.",  # software jargon (a follower row) after the preposition too
    "Set the locale to english.utf8 first.",  # a file's or a locale's extension, not a full stop
    "The french, they say, is a language.",  # no in/from/into/to nor a verb of speaking before it
])
def test_a_language_name_in_jargon_or_code_is_left_alone(codes, text):
    assert codes(text, "TQ205") == []


@pytest.mark.parametrize("text", [
    "Ask your butcher to french the rack.",  # a verb before its object (a review's cases)
    "Set LANG to english before running.",  # a setting's value
    "Run it with --lang to german.",
    "Call f(french) or set the locale (french).",  # a call's argument, a setting's value
])
def test_a_language_name_as_a_verb_or_a_setting_is_left_alone(codes, text):
    assert codes(text, "TQ205") == []


def test_a_language_before_a_comma_is_read_with_its_own_follower_only(codes):
    # `translation` two words on belongs to the next clause, not to `french`
    assert [f.span for f in codes("It was translated into french, translation by Paul.", "TQ205")] == ["french"]
