"""TQ202 name-spelled-two-ways within one document (tqcheck.rules.names.clusters)."""

import subprocess
import sys

import pytest

from tqcheck import documents
from tqcheck.config import Config
from tqcheck.engine import Context
from tqcheck.rules.names import clusters, exonyms
from tqcheck.rules.names.tokens import cap_counts, common_among

from conftest import shared


def test_two_spellings_one_cluster(codes):
    text = "Zelenskyy spoke. Zelenskyy left. Zelensky came back and Zelenskiy answered.\n"
    found = codes(text, "TQ202")
    assert sorted(f.span for f in found) == ["Zelenskiy", "Zelensky"]
    assert all("Zelenskyy" in f.message and f.fix.replacement == "Zelenskyy" for f in found)
    assert all(f.fix.applicability == "unsafe" for f in found)
    found = codes("Troops left Kharkiv. Kharkiv was shelled. Kharkov residents fled.", "TQ202")
    assert [f.span for f in found] == ["Kharkov"] and "line 1" in found[0].message


@pytest.mark.parametrize(
    "text",
    ["Austria and Australia signed.", "Paris and the Parisian suburbs.", "John met Joan.", "Mali and Malik.",
     "Louis Vuitton hired Luis Suarez.", "Star and Starr.", "Maine and Main Street.", "Cameroon and Cameron.",
     "Chávez and Chavez."],
)
def test_different_names_not_clustered(codes, text):
    assert codes(text, "TQ202") == []


def test_a_decade_is_no_spelling_of_a_name(codes, across):
    """``the Sixties`` (a decade, names_distinct.tsv) is not a spelling of the bank or firm ``Sixtis``."""
    text = "Sixtis shares fell. Sixtis was rescued. Sixtis closed. He grew up in the Sixties, in Ghent.\n"
    assert codes(text, "TQ202") == []
    out, _ = across(("Sixtis shares fell. Sixtis was rescued.\n", "a.txt"),
                    ("He grew up there in the Sixties.\n", "b.txt"))
    assert out == []


def test_exonym_and_cluster_reported_once(codes):
    found = codes("Shoigu spoke. Choïgou answered. Shoigu left.")
    assert [(f.code, f.span) for f in found] == [("TQ201", "Choïgou")]


def test_tq202_reports_the_french_spelling_when_tq201_is_not_selected(codes):
    found = codes("Shoigu spoke. Choïgou answered. Shoigu left.", config=Config(select=["TQ202"]))
    assert [(f.code, f.span, f.fix.replacement) for f in found] == [("TQ202", "Choïgou", "Shoigu")]


def test_venue_spelling_not_counted_as_a_spelling_of_the_name(codes, across):
    text = "Shakhtar played at the Donbass Arena. Fighting in the Donbas went on. The Donbas is shelled.\n"
    assert codes(text) == []
    assert [f.span for f in codes(text + "The Donbass is quiet.\n")] == ["Donbass"]  # TQ201 there
    out, _ = across(("Fighting in the Donbas went on. The Donbas is shelled.\n", "a.txt"),
                    ("Shakhtar played at the Donbass Arena.\n", "b.txt"))
    assert out == []


def test_weak_majority_gives_no_fix(codes):
    # Pompei (Pompey, misspelt) twice and Pompeii once in the WMT13 reference: 2 against 1 is no evidence
    found = codes("Latin graffiti in Pompeii.\nCesar and Pompei fought.\nAppian had Pompei in mind.\n", "TQ202")
    assert [(f.span, f.fix) for f in found] == [("Pompeii", None)]
    assert "prefer" not in found[0].message and "`Pompei` ×2" in found[0].message
    found = codes("Mayor Boichenko spoke. Later Boychenko said the port was shelled.", "TQ202")
    assert [(f.span, f.fix) for f in found] == [("Boychenko", None)]  # a tie: the later spelling
    found = codes("Citigroup fell. Citigroup rose. Citigroup said so. Citygroup denied it.", "TQ202")
    assert [(f.span, f.fix.replacement) for f in found] == [("Citygroup", "Citigroup")]  # 3 against 1
    found = codes("Coach Fetisov resigned. Fetissov said he would stay.", "TQ202")
    assert [(f.span, f.fix.replacement) for f in found] == [("Fetissov", "Fetisov")]  # French ss: not a majority


def test_glossary_preferred_spelling_wins(codes):
    config = Config(glossary=(("Zelenskiy", "Zelensky"),), select=["TQ202"])
    found = codes("Zelenskyy spoke. Zelenskyy left. Zelensky came back.", config=config)
    assert [(f.span, f.fix.replacement) for f in found] == [("Zelenskyy", "Zelensky"), ("Zelenskyy", "Zelensky")]


def test_sentence_initial_common_words_are_not_names(codes):
    assert codes("Will said so. Wil came. They will see.", "TQ202") == []
    doc = documents.parse("Will said so. Mark left. They will see. Mark my words.", "x.txt")
    assert common_among(doc, ["Will", "Mark"]) == {"Will"}


def test_plain_english_does_not_import_rapidfuzz():
    code = ("import sys; from tqcheck import check_text; "
            "check_text('Paris and Parisian weather. John met Joan in Austria.'); "
            "print('rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    assert out == "False"


def test_few_findings_on_the_wmt13_reference():
    doc = documents.load(str(shared("data", "wmt13-fren", "newstest2013-ref.en")), fmt="text")
    ctx = Context()
    ctx.path = doc.path
    found = list(exonyms.check(doc, ctx)) + list(clusters.check(doc, ctx))
    words = len(doc.text.split())
    assert 1000 * len(found) / words < 0.2
    assert len(cap_counts(doc)) > 1000  # the index read the whole text


def tq202_html(html):
    from tqcheck.engine import check_text

    return [f.span for f in check_text(html, "notes.html", config=Config(select=["TQ202"]))]


def test_contributors_with_a_line_break_in_their_name_are_kept_apart():
    # release notes (PostgreSQL's): an HTML line break and its indent read as one space between two names
    html = ("<ul><li><p>Fix the sort (Andrei\n      Lepikhov, Tom Lane)</p></li>\n"
            "<li><p>Fix amcheck (Andrey Borodin,\n      Michael Zhilin)</p></li></ul>\n")
    assert tq202_html(html) == []
    assert tq202_html(html.replace("Andrey Borodin", "Andrey Lepikhov")) == ["Andrey"]


def test_names_opening_table_cells_keep_their_surnames():
    cells = "".join(f"<tr><td>{name}</td></tr>" for name in
                    ("Alexander Korotkov", "Alexander Lakhin", "Aleksander Alekseev", "Alexander Pyhalov"))
    assert tq202_html(f"<table>{cells}</table>") == []


def test_two_spellings_a_writer_sets_side_by_side_are_not_one_name_spelled_twice(codes):
    assert codes("Also, the Europe/Kiev zone has been renamed to Europe/Kyiv.\n", "TQ202") == []
    assert codes("He flew to Kiev (now Kyiv) in May.\n", "TQ202") == []
    found = codes("He flew to Kiev in May. The talks in Kyiv went well. Kyiv was calm.\n", "TQ202")
    assert [f.span for f in found] == ["Kiev"]
    # the two named side by side are left alone, not the name's other spellings
    found = codes("He flew to Kiev (now Kyiv) in May. The talks in Kyiv went well. Kyiv was calm. Kiev wept.\n",
                  "TQ202")
    assert [(f.span, f.start) for f in found] == [("Kiev", 79)]  # the last one
    # a phrase of ordinary English between two spellings says nothing
    found = codes("Officials in Kiev, rather than waiting, said Kyiv would act. Kyiv did.\n", "TQ202")
    assert [f.span for f in found] == ["Kiev"]
