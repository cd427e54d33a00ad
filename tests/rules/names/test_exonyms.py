"""TQ201 french-exonym (tqcheck.rules.names.exonyms): French names, transliterations and acronyms."""

import pytest

from tqcheck import documents
from tqcheck.config import Config
from tqcheck.engine import Context, apply_fixes
from tqcheck.rules.names import exonyms
from tqcheck.rules.names.exonyms import EXONYMS

SEED = (
    "Fighting went on around the city of Bakhmout, in the Donbass.\n\n"
    "“We cannot rule out that Bakhmut will finally fall,” said the official.\n"
)


def test_seed_text(codes):
    found = codes(SEED)
    assert [(f.code, f.span) for f in found] == [("TQ201", "Bakhmout"), ("TQ201", "Donbass")]
    assert "Bakhmut" in found[0].message and "Donbas" in found[1].message
    fixed, count = apply_fixes(SEED, found, unsafe=True)
    assert count == 2
    assert "Bakhmout" not in fixed and "Donbass" not in fixed and "the Donbas." in fixed


@pytest.mark.parametrize(
    "word, english",
    [("Bakhmout", "Bakhmut"), ("Donbass", "Donbas"), ("Marioupol", "Mariupol"), ("Zaporijia", "Zaporizhzhia"),
     ("Poutine", "Putin"), ("Prigojine", "Prigozhin"), ("Pékin", "Beijing"), ("Moscou", "Moscow"),
     ("OTAN", "NATO"), ("ONU", "UN"), ("UE", "EU"), ("FMI", "IMF"), ("OMS", "WHO"), ("BCE", "ECB"),
     ("OMC", "WTO"), ("AIEA", "IAEA"), ("Choïgou", "Shoigu"), ("Le Caire", "Cairo"), ("Bakhmout's", "Bakhmut"),
     ("United-States", "United States"), ("Great-Britain", "Great Britain")],  # French hyphens (WMT13, LIG)
)
def test_french_forms_flagged(codes, word, english):
    found = codes(f"Officials in Washington spoke about {word} on Monday.", "TQ201")
    assert len(found) == 1 and found[0].fix.replacement == english
    assert found[0].span == word.replace("'s", "")


def test_transliteration_found_without_the_list(codes):
    # not rows of the data file: found by undoing ou, ss/tch, -ine against the known English spelling
    listed = set(EXONYMS.column("french"))
    for word, english in [("Tchornobaïvka", "Chornobaivka"), ("Kostiantynivka", None), ("Putine", "Putin")]:
        assert word not in listed
        found = codes(f"Shelling near {word} continued.", "TQ201")
        assert [f.fix.replacement for f in found] == ([english] if english else []), word
        assert all(f.fix.applicability == "unsafe" for f in found)
        assert all("(French transliteration)" in f.message for f in found)


def test_a_vowel_then_a_diaeresis_is_a_french_transliteration(codes):
    # no row, no known English spelling: a vowel then ï is how French transliterates (WMT13 MT: Mikhaïlov 12,
    # Nikolaïev 9, Griboïedov 8, Karzaï 5; the reference 0); English writes i, or y before a vowel
    for word, english in [("Mikhaïlov", "Mikhailov"), ("Nikolaïev", "Nikolayev"), ("Karzaï", "Karzai"),
                          ("Novaïa", "Novaya"), ("Sergueï", "Sergei")]:
        found = codes(f"Officials in Washington spoke about {word} on Monday.", "TQ201")
        assert [(f.span, f.fix.replacement, f.fix.applicability) for f in found] == [(word, english, "unsafe")]
    # French and Arabic given names (a diaeresis before a consonant, or second: Lénaïc, Laïla, Aïssa), an English
    # word written the old way, a lower-case word
    assert codes("Anaïs Nin met Loïc Rémy, Lénaïc, Laïla and Aïssa. Naïvely, we tried a naïve plan.", "TQ201") == []


@pytest.mark.parametrize(
    "text",
    ["He read Le Monde at the Élysée.", "She flew to Côte d'Ivoire and then to Montréal.",
     "They lived on Rue Saint-Denis.", "François Hollande met the press.", "The WHO and the UN agreed.",
     "The temple dates from 300 BCE.", "They walked along the Rue de Londres.", "Zelensky spoke to Kyiv.",
     "Kiev was calm on Sunday.", "He ate a poutine in Montreal."],
)
def test_precision_examples_not_flagged(codes, text):
    assert codes(text) == []


def test_a_word_the_page_also_writes_in_lower_case_opens_a_sentence_as_that_word(codes):
    # a fresh native page on Quebec (stop 49's list): the dish opening a sentence read as Putin
    assert codes("Poutine is a dish of fries and curds. We ate poutine daily.", "TQ201") == []
    # only at a sentence's start, and only where the page writes the word in lower case
    found = codes("We ate poutine daily. Then Poutine spoke. Poutine is a dish.", "TQ201")
    assert [f.span for f in found] == ["Poutine"]
    assert [f.span for f in codes("Poutine spoke on Monday. Poutine-style fries.", "TQ201")] == ["Poutine"]
    # not a lower case in an address, a file name or a quotation, nor a word no English writes (a review's)
    for text in ("Poutine met him. See https://x.org/poutine for more.", "Poutine met him. They chanted “poutine "
                 "dehors” then.", "Moscou was calm. Data in moscou.csv and the moscou file."):
        assert len(codes(text, "TQ201")) == 1, text


@pytest.mark.parametrize(
    "text",
    ["Shakhtar played at the Donbass Arena on Sunday.", "The Donbass Energy plant closed.",
     "They stayed at the Hotel Moscou.", "Fans filled the Donbass Arena’s stands."],
)
def test_french_spelling_inside_a_venue_or_company_name_is_its_own(codes, text):
    assert codes(text) == []


def test_french_spelling_before_another_capitalised_word_is_not_fixed_safely(codes):
    found = codes("Marioupol Mayor Vadym Boychenko spoke. Marioupol was shelled. The OTAN Secretary General came.")
    assert [(f.span, f.fix.replacement, f.fix.applicability) for f in found] == [
        ("Marioupol", "Mariupol", "unsafe"), ("Marioupol", "Mariupol", "safe"), ("OTAN", "NATO", "safe")]
    assert "Marioupol Mayor" in found[0].message


def test_message_names_where_the_english_form_is_used(codes):
    (found,) = codes("Moscow said so.\nMoscou denied it.", "TQ201")
    assert found.span == "Moscou" and "`Moscow` is also used on line 1" in found.message


def test_spans_are_what_tq201_and_tq204_report_for_the_selected_codes():
    """The spans TQ202 leaves alone come from one memoised function, not from shared state."""
    text = "Kiev and Bakhmout. Moscou too."
    glossary = Config(glossary=(("Kiev", "Kyiv"),))
    doc = documents.parse(text, "x.txt")
    spans = exonyms.spans(doc, Context(glossary))
    assert {text[s:e]: english for (s, e), english in spans.items()} == {
        "Kiev": "Kyiv", "Bakhmout": "Bakhmut", "Moscou": "Moscow"}
    assert exonyms.spans(doc, Context(glossary)) is spans  # worked out once per document
    with pytest.raises(TypeError):
        spans[(0, 1)] = "K"  # consulted by other detectors, changed by none
    only_glossary = Config(glossary=(("Kiev", "Kyiv"),), select=["TQ202", "TQ204"])
    assert [text[s:e] for s, e in exonyms.spans(documents.parse(text, "x.txt"), Context(only_glossary))] == ["Kiev"]
    assert exonyms.spans(documents.parse(text, "x.txt"), Context(Config(select=["TQ202"]))) == {}


def test_no_row_maps_a_name_to_itself():
    assert [r.french for r in EXONYMS.rows if r.french == r.english] == []


@pytest.mark.parametrize("text", [
    'refactor & use "tip_commit" only for UE_NORMAL',  # git's changelog: an identifier
    "Use .URL rather than .UR/.UE, as this works.",  # groff's: macros
    "Fingerprint: 7C6B 7C5D 5E2B 6356 A926 F04F 6E3C BCE9 3372 DCFA",  # pip's: a key fingerprint
])
def test_acronyms_in_code_are_not_flagged(codes, text):
    assert codes(text, "TQ201") == []


@pytest.mark.parametrize("text", [
    "Read https://example.com/United-States/report.html first.", "See www.nyc.gov/New-York for it.",
    "The file United-States.csv holds it.", "The key id_Hong-Kong is set.", "Go to /Moscou/ then.",
    "See docs/United-States/a for it.",
    "Mail info@Moscou.example or tag #Moscou.",
])
def test_a_name_in_an_address_a_file_name_or_an_identifier_is_left(codes, text):
    # a review's case: the safe fix wrote `https://example.com/United States/report.html`
    assert codes(text, "TQ201") == []


@pytest.mark.parametrize("text", ["The Paris/Moscou axis held.", "On the Bakhmout/Soledar front.", "He flew to Moscou.Then"])
def test_a_name_beside_a_slash_or_a_full_stop_in_prose_is_still_flagged(codes, text):
    assert len(codes(text, "TQ201")) == 1  # a second review: the first address test took them for paths


def test_a_persons_french_spelling_after_another_first_name_is_not_fixed_safely(codes):
    # D-Bus's NEWS credits `Dmitri Iouchtchenko`: a namesake of Viktor Yushchenko, spelled his own way
    (found,) = codes("  (fd.o #94244, Dmitri Iouchtchenko)", "TQ201")
    assert found.fix.replacement == "Yushchenko" and found.fix.applicability == "unsafe"


@pytest.mark.parametrize("text, word", [
    ("<U0E36>     /xd6         THAI CHARACTER SARA UE", "UE"),  # glibc's charmaps: a Unicode character's name
    ("ONE\nONG\nONION", "ONG"),  # IANA's list of top-level domains: a code alone on its line
    ("     Added the OMS encoding.", "OMS"),  # LaTeX's changes.txt: the math symbols font encoding
    ("Specifies the OMS host which agent communicates to", "OMS"),  # botocore: Operations Management Suite
])
def test_an_acronym_that_may_be_a_word_of_its_own_is_flagged_but_not_fixed_safely(codes, text, word):
    # each was rewritten by `--fix` in a real English file (`SARA EU`, `NGO` among the domains, `WHO encoding`)
    (found,) = codes(text, "TQ201")
    assert f"`{word}`" in found.message
    assert found.fix.applicability == "unsafe"


def test_an_acronym_in_prose_beside_other_acronyms_is_still_fixed_safely(codes):
    found = codes("The OTAN, OCDE ONU were there.", "TQ201")
    assert [f.fix.applicability for f in found] == ["safe", "safe", "safe"]


@pytest.mark.parametrize("text", [
    "Built for professional UE + Perforce teams.", "The UE Runtime Bridge talks to agents.",
    "Bagdad, Arizona went fully autonomous.", "Vienne lies on the Rhône, south of Lyon.",
])
def test_a_french_form_english_also_writes_is_never_fixed_safely(codes, text):
    # stop 51's survey of safe fixes on native READMEs: Unreal Engine's UE made EU, an Arizona town made Baghdad
    found = codes(text, "TQ201")
    assert found and all(f.fix.applicability == "unsafe" for f in found)


@pytest.mark.parametrize("text", ["Flights from Londres Heathrow were cancelled.", "The shelling of Marioupol Azovstal "
                                  "continued.", "Prices rose in Moscou Oblast.", "The Varsovie Chopin airport reopened."])
def test_a_french_place_name_before_another_name_is_still_flagged_without_a_default_fix(codes, text):
    (found,) = codes(text)
    assert found.code == "TQ201" and found.fix.applicability == "unsafe"
