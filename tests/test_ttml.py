"""Broadcast subtitles (TTML, DFXP): each <p> of the body is a cue, the cues of one sentence one segment; spans are
markup, <br/> a line break; xml:lang names the language; fixes keep the file valid XML."""

import xml.etree.ElementTree as ET

import pytest

from tqcheck.documents import PLACEHOLDER, parse

from conftest import found_by_folder_run, random_fixes, snippets

P = PLACEHOLDER
TTML = """\
<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="{lang}">
  <head><metadata><ttm:title xmlns:ttm="http://www.w3.org/ns/ttml#metadata">Title : not text</ttm:title></metadata>
  <styling><style xml:id="s1" tts:color="white"/></styling></head>
  <body><div>
    <p begin="00:00:01.000" end="00:00:03.000">The minister said :<br/>« We must continue</p>
    <p begin="00:00:03.000" end="00:00:05.000">to support <span tts:fontStyle="italic">Ukraine</span> ».</p>
    <p begin="00:00:05.000" end="00:00:07.000">It costs 1,5 billion &amp; more.</p>
  </div></body>
</tt>
"""


def test_cues_of_one_sentence_are_one_segment_and_markup_is_left_out():
    doc = parse(TTML.format(lang="en"), path="news.ttml", fmt="ttml")
    assert [s.text for s in doc.segments] == ["The minister said :\n« We must continue\nto support Ukraine ».",
                                             "It costs 1,5 billion & more."]
    assert doc.declared_english


def test_findings_and_fixes_keep_the_file_valid(tmp_path, run_cli):
    text = TTML.format(lang="en")
    (tmp_path / "news.ttml").write_text(text)
    proc = run_cli("check", "--format", "json", "news.ttml")
    assert snippets(proc.stdout, text) == [("TQ101", "« W"), ("TQ101", "».<"), ("TQ102", " :<"), ("TQ501", "1,5")]
    run_cli("check", "--fix", "-q", "news.ttml")
    fixed = (tmp_path / "news.ttml").read_text()
    ET.fromstring(fixed.split("\n", 1)[1])
    assert "said:<br/>“We must" in fixed and "</span>”.</p>" in fixed and "Title : not text" in fixed


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return f'<tt xml:lang="en"><body><div><p begin="0s" end="1s">{value}.</p></div></body></tt>'

    def read_back(text):  # each value ends a sentence: one cue, one segment
        return [s.text for s in parse(text, path="a.ttml", fmt="ttml").segments]

    pieces = ["a", "é", " b", "«", "&amp;", "&lt;", "<br/>", "<span>x</span>", " ; c"]
    assert random_fixes(6, pieces, ["<", "“", "x y", "", ";", "&"], wrap, read_back, "a.ttml", "ttml") > 200


@pytest.mark.parametrize("lang, path, foreign", [("fr", "news.ttml", "the file's xml:lang is 'fr'"),
                                                 ("", "news.fr.dfxp", "the language its path names is 'fr'"),
                                                 ("en-GB", "news.fr.ttml", None)])
def test_the_language_is_the_roots_else_the_paths(lang, path, foreign):
    text = TTML.format(lang=lang).replace(' xml:lang=""', "")
    assert parse(text, path=path, fmt="ttml").foreign == foreign


def test_an_xml_file_with_a_tt_root_is_ttml_and_folder_runs_find_subtitles(tmp_path, run_cli):
    found = found_by_folder_run(tmp_path, run_cli, {"video/news.ttml": TTML.format(lang="en"),
                                                    "video/old.dfxp": TTML.format(lang="en"),
                                                    "video/fr.ttml": TTML.format(lang="fr")})
    assert found == ["video/news.ttml", "video/old.dfxp"]
    (tmp_path / "captions.xml").write_text(TTML.format(lang="en"))
    assert run_cli("check", "--select", "TQ102", "captions.xml").returncode == 1


def test_not_well_formed_is_one_error_line(tmp_path, run_cli):
    (tmp_path / "a.ttml").write_text('<tt><body><p begin="0s">Open</body></tt>')
    proc = run_cli("check", "--fix", "a.ttml")
    assert proc.returncode == 2 and proc.stderr.decode().splitlines() == [
        "a.ttml: error: not well-formed XML at line 1, column 31: mismatched tag"]
