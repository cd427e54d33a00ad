"""TQ607 (source.alignment), and the aligner and pairing behind ``--source`` (tqcheck.align,
tqcheck.documents.pairing)."""

import os

import pytest

from tqcheck.align import align, anchors, plausible, sentences
from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.documents.pairing import attach, source_for
from tqcheck.engine import Context, lint

FR = ("Le conseil a voté le budget lundi. Il atteint 2 450 millions d'euros, selon M. Dupont. "
      "Le maire s'en félicite. Les travaux commenceront en 2014 à Lyon.")
EN = ("The council passed the budget on Monday. It reaches 2,450 million euros, according to Mr. Dupont; "
      "the mayor welcomed it. Work will start in 2014 in Lyon.")


def test_sentences_skip_abbreviations():
    text = "M. Dupont est arrivé. Il a dit : « Bonjour ! » Puis il est parti."
    assert [text[a:b] for a, b in sentences(text)] == [
        "M. Dupont est arrivé.", "Il a dit : « Bonjour ! »", "Puis il est parti."]


def test_a_paragraph_wrapped_by_hand_is_not_cut_at_its_line_breaks():
    # the ANSSI's Rust guide, wrapped at 80 columns in both languages, but not at the same words
    text = ("Considering the threats identified during the drafting of\nthis guide, for some recommendations several "
            "solutions\nare proposed, which differ in the level of security they provide.")
    assert [text[a:b] for a, b in sentences(text)] == [text]
    text = ("expérimenté peut s'appuyer principalement sur le contenu des encarts (*Règle*,\n*Recommandation*, "
            "*Avertissement*, etc.).")
    assert len(sentences(text)) == 1
    assert len(sentences("There are resources (see for instance the\n[Rust documentation](https://x.org)).")) == 1
    # a fresh blog's: a line that goes on with a bracket after a name (`Definin` / `(Think) and Sébastien`)
    assert len(sentences("I have been supported by Stefan Fercot (Dalibo), Stéphane Definin\n(Think) and Sébastien "
                         "Freiss (SFEIR) to make this renewal a small success.")) == 1


@pytest.mark.parametrize("text", [
    "Strike at the factory\nThe workers stopped on Monday.",  # a headline, then one sentence a line
    "It rained.\nit was cold .", "Note:\nrun it twice.",
    "a\n\nb", "\n\nBonjour.\nthe end",  # a blank line (the second crashed a review's run)
    "Programme de la semaine\nlundi : ouverture des portes\nmardi : ateliers",  # short lines: a list, French case
    "Live from LA\nThe show starts.", "Appendix A\nTables", "x = 1\ny = 2", "jean\t12\nmarie\t13",
    "* flour, butter and many other things that the cake will need,\n* sugar",  # a list's items
    "Log in\nSign up", "the list goes on with many more things than these ones, and:\na) one\nb) two",
    # blank lines of other spaces (a second review: IndexError)
    "a\r\n\r\nb", "See the\r\n\r\nNext", "x\n\x0c\nfoo", "Bonjour à tous.\n\u00a0\nNous avons 3 nouvelles versions.",
])
def test_lines_of_their_own_stay_cut(text):
    assert len(sentences(text)) >= 2, text


def test_two_sentences_joined_in_the_translation_are_a_2_1_pair():
    fr = [FR[a:b] for a, b in sentences(FR)]
    en = [EN[a:b] for a, b in sentences(EN)]
    beads = align(fr, en)
    assert [(b.source, b.target) for b in beads] == [((0, 1), (0, 1)), ((1, 3), (1, 2)), ((3, 4), (2, 3))]
    assert all(b.confidence > 0.5 for b in beads)


def test_anchors_are_numbers_names_and_marks():
    assert anchors("Il atteint 2 450 euros, selon Dupont ?") == {"#2450", "@dupon", "?"}


def test_a_rewritten_region_is_reported_once_and_not_checked():
    fr = FR + " Les opposants ont manifesté devant la mairie. Ils étaient 300 selon la police."
    en = EN + (" Everyone seemed pleased about it in the end, said all of 12 commentators of the scene yesterday,"
               " although the long session, which the opposition had promised to disrupt, ended very late.")
    doc = parse(en, path="a.en.txt")
    attach(doc, parse(fr, path="a.fr.txt"))
    codes = [f.code for f in lint(doc, Context(Config(select=["TQ6"]))).findings]
    assert codes.count("TQ607") == 1 and "TQ601" not in codes


def test_a_translation_that_keeps_the_pages_blocks_is_aligned_block_by_block():
    # LinShare's guide: headings and table cells as many in both languages, but a sentence more here and a sentence
    # less there; aligned over the whole page, a heading drifted into its neighbour's sentences
    fr = ("# Servlet d'application Tomcat\n\nLe serveur démarre. Il lit sa configuration au démarrage\net "
          "ouvre le port 8080.\n\n| Niveau | Sens |\n|---|---|\n| OFF | Pas de journalisation. |\n")  # (wrapped)
    en = ("# Tomcat\n\nThe server starts and reads its configuration, then opens port 8080.\n\n"
          "| Level | Meaning |\n|---|---|\n| OFF | No logging. |\n")
    doc = parse(en, path="a.en.md", fmt="markdown")
    attach(doc, parse(fr, path="a.fr.md", fmt="markdown"))
    assert [p.id.split(",")[0] for p in doc.pairs][:2] == ["block 1", "block 2"]
    assert [(p.source, p.target.text) for p in doc.pairs if p.id.startswith("block 1")] == [
        ("Servlet d'application Tomcat", "Tomcat")]
    # a heading shortened is no clause dropped: a label is too short to say
    assert [f.code for f in lint(doc, Context(Config(select=["TQ604"]))).findings] == []


def test_line_aligned_files_pair_line_by_line():
    doc = parse("One.\nTwo is 2.\n", path="a.txt")
    attach(doc, parse("Un.\nDeux vaut 2.\n", path="b.txt"))
    assert [(p.source, p.target.text, p.id, p.confidence) for p in doc.pairs] == [
        ("Un.", "One.", "line 1", 1.0), ("Deux vaut 2.", "Two is 2.", "line 2", 1.0)]


def test_same_line_count_by_chance_is_not_line_aligned():
    assert plausible([(100, 90), (120, 100)]) and not plausible([(20, 200), (300, 10), (100, 90)])


def test_a_pair_target_points_into_the_target_file():
    doc = parse("# Title\n\n" + EN + "\n", path="a.en.md")
    attach(doc, parse("# Titre\n\n" + FR + "\n", path="a.fr.md"))
    for pair in doc.pairs:
        if pair.target is not None:
            start = pair.target.offset(0)
            assert doc.text[start:start + 5] == pair.target.text[:5]


def test_folders_pair_by_file_name_language_tags_aside(tmp_path):
    (tmp_path / "mt").mkdir()
    (tmp_path / "fr").mkdir()
    for name in ("mt/a.en.md", "mt/b.md", "mt/c.md", "fr/a.fr.md", "fr/b.md"):
        (tmp_path / name).write_text("x\n")
    files = [str(tmp_path / "mt" / n) for n in ("a.en.md", "b.md", "c.md")]
    mapping, warnings = source_for([str(tmp_path / "mt")], str(tmp_path / "fr"), files)
    assert mapping == {files[0]: str(tmp_path / "fr" / "a.fr.md"), files[1]: str(tmp_path / "fr" / "b.md")}
    assert len(warnings) == 1 and "c.md" in warnings[0]


ARTICLE_FR = "# Le budget\n\nSelon Pierre Lenoir, le budget atteint 2 450 euros. Les avocats ont recensé 300 cas.\n"
ARTICLE_EN = "# The budget\n\nAccording to Pierre The Black, the budget reaches 450 euros. The avocats counted 300 cases.\n"


def test_check_with_source_reports_the_pairs_findings(tmp_path, run_cli):
    (tmp_path / "a.en.md").write_text(ARTICLE_EN, encoding="utf-8")
    (tmp_path / "a.fr.md").write_text(ARTICLE_FR, encoding="utf-8")
    result = run_cli("check", "--select", "TQ6", "a.en.md", "--source", "a.fr.md")
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "a.en.md:3:21: TQ603" in out and "a.en.md:3:51: TQ601" in out and "a.en.md:3:66: TQ602" in out
    without = run_cli("check", "--select", "TQ6", "a.en.md")
    assert without.returncode == 0  # no source, no pairs: the TQ6xx rules say nothing


def test_check_folders_with_a_source_folder_and_fix(tmp_path, run_cli):
    (tmp_path / "mt").mkdir()
    (tmp_path / "fr").mkdir()
    (tmp_path / "mt" / "a.md").write_text(ARTICLE_EN.replace("budget reaches", "budget « reaches »"), encoding="utf-8")
    (tmp_path / "fr" / "a.md").write_text(ARTICLE_FR, encoding="utf-8")
    result = run_cli("check", "--fix", "--select", "TQ101,TQ6", "mt", "--source", "fr")
    assert "“reaches”" in (tmp_path / "mt" / "a.md").read_text(encoding="utf-8")  # fixed ...
    assert "TQ601" in result.stdout.decode()  # ... and still checked against its source after the fix
    assert (tmp_path / "fr" / "a.md").read_text(encoding="utf-8") == ARTICLE_FR  # the source is never written


def test_a_missing_source_is_one_error_line(tmp_path, run_cli):
    (tmp_path / "a.en.md").write_text(ARTICLE_EN, encoding="utf-8")
    result = run_cli("check", "a.en.md", "--source", "nowhere.md")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "tqcheck: error: --source nowhere.md: no such file or folder"
    # there, but no file to pair with (a hostile run's `--source /dev/null` was told it did not exist)
    result = run_cli("check", "a.en.md", "--source", os.devnull)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"tqcheck: error: --source {os.devnull}: not a regular file nor a folder"
