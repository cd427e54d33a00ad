"""False alarms of the names family on native English (issue 10), each kept as a small paraphrased fixture,
with the real MT pattern beside it that must still be found."""

import pytest

from tqcheck import documents
from tqcheck.config import Config
from tqcheck.engine import Context, check_text
from tqcheck.rules.names import clusters, scope
from tqcheck.rules.names.grouping import group_spellings, preferred_spelling


def _tq(text, code, path="x.txt", fmt=None, **options):
    config = Config(options=dict(options)) if options else None
    return [f for f in check_text(text, path, fmt=fmt, config=config) if f.code == code]


# ---------------------------------------------------------------- TQ202: words and two people are not one name

@pytest.mark.parametrize("text", [
    # a month beside a surname (news): never "prefer Marsh"
    "The vote is in March. Judge Marsh said so. Marsh left. Marsh came back. In March again.",
    # two English words (a changelog)
    "Catching errors is now faster. Caching is enabled by default.",
    "Of Course it works. The Curse of the pharaoh.",
    # two established English names (quotations)
    "Sidney Poitier starred. She flew to Sydney. The Sydney Opera House.",
    "Barry White sang. Barrie wrote Peter Pan.",
    "Miles Davis played. Myles Dyer listened.",
])
def test_words_and_distinct_names_are_not_one_name(text):
    assert _tq(text, "TQ202") == []


def test_the_parts_of_a_cyrillic_name_are_not_spellings_of_one_another():
    text = "Спасибо автору: Дмитрий Дмитриевич Дмитриев, и Алексей Алексеевич.\n" * 3
    assert _tq(text, "TQ202") == []
    assert group_spellings({"Дмитрий": 2, "Дмитриев": 1}, {}) == []


def test_an_english_word_only_at_line_starts_is_no_name():
    verse = "Every morning the birds sing\nEverye evening they are still\nEvery night the moon\n"
    assert _tq(verse, "TQ202") == []


def test_an_english_word_is_never_the_spelling_advised():
    best, _ = preferred_spelling(["Marsh", "Marshe"], {"Marsh": 5, "Marshe": 1}, {"Marsh": 0, "Marshe": 9},
                                 set(), frozenset())
    assert best is None


def test_an_established_spelling_starts_its_own_name():
    # Pompey (the general) and Pompeii (the city) are two names; Pompéi is the city's French spelling
    groups = group_spellings({"Pompey": 19, "Pompeii": 14, "Pompéi": 4}, {})
    assert groups == [["Pompeii", "Pompéi"]]


@pytest.mark.parametrize("text, span, best", [
    ("Coach Fetissov resigned. Fetissov said he would go. Fetisov was replaced.", "Fetissov", "Fetisov"),
    ("Troops left Kharkiv. Kharkiv was shelled. Kharkiv again. Kharkov residents fled.", "Kharkov", "Kharkiv"),
    ("The Ralli Museum has sculptures. The Ralli Museum is private. Enter the Museum Rally.", "Rally", "Ralli"),
])
def test_real_mt_variants_are_still_found(text, span, best):
    found = _tq(text, "TQ202")
    assert found and {f.span for f in found} == {span}
    assert all(f.fix is None or f.fix.replacement == best for f in found)


# ---------------------------------------------------------------- TQ201: a place's French name as a surname

@pytest.mark.parametrize("text", [
    "Albert Londres was a famous reporter.",
    "On that day Irma Chine of White Plains hid the list. Later Mrs. Chine cut an apple.",
])
def test_a_french_place_name_used_as_a_surname_is_a_person(text):
    assert _tq(text, "TQ201") == []


@pytest.mark.parametrize("text", [
    "He flew to Londres.", "In Londres, it rained.", "Greater Londres grew.", "Vladimir Poutine spoke.",
])
def test_places_and_french_spelled_people_are_still_flagged(text):
    assert len(_tq(text, "TQ201")) == 1


# ---------------------------------------------------------------- TQ203 and TQ202 article by article

FORTUNES = ("The colour of the sky is grey, and the colour fades.\n\t\t-- A poet\n%\n"
            "A diplomat can cut his neighbor's throat without a word.\n\t\t-- Someone\n%\n"
            "Honor the color you were given.\n\t\t-- Another\n%\n"
            "Richie Dennis led the panel.\n%\nDennis Ritchie wrote C. Ritchie retired.\n")


def test_each_quotation_keeps_its_authors_spelling():
    assert _tq(FORTUNES, "TQ203") == []
    assert _tq(FORTUNES, "TQ202") == []
    found = _tq(FORTUNES, "TQ203", **{"spelling-scope": "file"})  # the file as one text: a mix
    assert found and {f.span for f in found} <= {"colour", "color", "honor", "neighbor"}


def test_a_mix_within_one_quotation_is_still_found():
    text = FORTUNES + "%\nThe colour red; the color blue; the color green.\n"
    assert [f.span for f in _tq(text, "TQ203")] == ["colour"]
    assert "in an article" in _tq(text, "TQ203")[0].message


def _sentences(n, word):
    return "".join(f"The {word} of item {k} was noted by the committee.\n" for k in range(n))


def test_one_sentence_a_line_articles_are_read_apart():
    text = ("Budget talks in the capital\n" + _sentences(12, "defence") + "The end of the season\n"
            + _sentences(12, "defense"))
    assert _tq(text, "TQ203") == []
    assert {f.span for f in _tq(text, "TQ203", **{"spelling-scope": "file"})} == {"defense"}
    doc = documents.parse(text, "x.txt")
    assert len(scope.articles(doc)) == 1  # the second title line (the first opens the file)


def test_markdown_articles_are_the_repeated_headings():
    text = "# One\n\nThe colour is grey.\n\n# Two\n\nThe color is gray.\n"
    assert _tq(text, "TQ203", path="x.md") == []
    single = "# Title\n\nThe colour is grey.\n\nThe colour again. The color too.\n"
    assert [f.span for f in _tq(single, "TQ203", path="x.md")] == ["color"]


def test_html_articles_are_the_repeated_headings():
    text = "<h2>One</h2><p>The colour is grey.</p><h2>Two</h2><p>The color is gray.</p>"
    assert _tq(text, "TQ203", path="x.html") == []


def test_rst_articles_are_the_repeated_headings():
    # a reST changelog: one release a heading, each by other hands; the overlined title above them is a level of
    # its own, used once
    text = ("=========\nChangelog\n=========\n\npytest 8.4\n==========\n\nThe colour is grey.\n\n"
            "pytest 8.3\n==========\n\nThe color is gray.\n")
    assert _tq(text, "TQ203", path="changelog.rst") == []
    single = "Title\n=====\n\nThe colour is grey.\n\nThe colour again. The color too.\n"
    assert [f.span for f in _tq(single, "TQ203", path="x.rst")] == ["color"]


def test_wrapped_prose_with_blank_lines_is_one_text():
    text = "The colour of\nthe wall is\nfine and\n\nthe color of\nthe door\nis not\n" * 4
    doc = documents.parse(text, "x.txt")
    assert scope.articles(doc) == []
    assert _tq(text, "TQ203")


def test_analyses_is_also_a_plural_noun():
    assert _tq("We are analyzing the data; past analyses were wrong. We analyzed more.", "TQ203") == []


def test_a_collection_is_not_compared_with_other_files():
    ctx = Context()
    docs = [documents.parse("Dennis Ritchie wrote it.\n%\nRitchie again.\n", "a"),
            documents.parse("Richie Rich and Richie again met Richie.\n", "b.txt")]
    assert list(clusters.check_run([(d.path, clusters.collect(d, ctx)) for d in docs], ctx)) == []


def test_the_scope_option_is_checked_by_the_config():
    from tqcheck.config import OPTIONS

    assert OPTIONS["spelling-scope"] == ("article", "file")
