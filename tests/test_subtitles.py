"""Subtitles (SubRip, WebVTT): only the cues' text is read, a sentence over several cues is one segment, tags and
timings are never text, and a fix never crosses from one cue into the next."""

import pytest

from tqcheck.config import Config
from tqcheck.documents import PLACEHOLDER, InputError, parse
from tqcheck.engine import Context, lint

SRT = """1
00:00:01,600 --> 00:00:04,200
We must continue
to support Ukraine. »

2
00:00:04,900 --> 00:00:07,000
<i>It is a matter</i>

3
00:00:07,100 --> 00:00:09,000
{\\an8}of 1,5 billion euros, at 14h30.

4
00:00:10,000 --> 00:00:12,000
- Where are you going?
- To the station.
"""

VTT = """WEBVTT
Kind: captions

NOTE Ceci est une note : « pas du texte »

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:04.000 align:start
<v Narrator>Tom &amp; Jerry said « hello »</v>
and left.
"""


def findings(text, path, select=("TQ1", "TQ3", "TQ4", "TQ5")):
    doc = parse(text, path=path, fmt=path.rsplit(".", 1)[1])
    return doc, [(f.code, f.line, f.column) for f in lint(doc, Context(Config(select=list(select)))).findings]


def test_srt_cues_of_one_sentence_are_one_segment_and_timings_are_not_text():
    doc, found = findings(SRT, "film.en.srt")
    assert [s.text for s in doc.segments] == [
        "We must continue\nto support Ukraine. »",
        "It is a matter\nof 1,5 billion euros, at 14h30.",
        "- Where are you going?\n- To the station.",
    ]
    # the calque runs over two cues; `01,600` of a timing is no decimal comma; a hyphen dialogue is English
    assert found == [("TQ101", 4, 21), ("TQ303", 8, 4), ("TQ501", 12, 10), ("TQ508", 12, 32)]


def test_every_character_maps_to_the_file_and_no_fix_crosses_two_cues():
    doc = parse(SRT, path="a.srt", fmt="srt")
    seg = doc.segments[1]
    for i, ch in enumerate(seg.text):
        raw = doc.text[slice(*seg.span(i, i + 1))]
        assert ch == raw or ch == "\n" and "-->" in raw, (i, raw)
    start = seg.text.index("matter")
    assert seg.problem(start, start + 12, "TQ303", "m", "x").fix is None  # `matter`, the gap, `of`
    assert seg.problem(start, start + 6, "TQ303", "m", "x").fix is not None


def test_fix_edits_only_cue_text_and_is_idempotent(tmp_path, run_cli):
    path = tmp_path / "film.srt"
    path.write_text(SRT)
    assert run_cli("check", "--fix", "-q", "film.srt").returncode == 1  # TQ303, TQ508: no safe fix
    fixed = path.read_text()
    assert fixed == SRT.replace("Ukraine. »", "Ukraine.”").replace("1,5", "1.5")
    run_cli("check", "--fix", "-q", "film.srt")
    assert path.read_text() == fixed


def test_webvtt_header_notes_styles_and_tags_are_not_text_entities_are_read():
    doc, found = findings(VTT, "talk.vtt")
    assert [s.text for s in doc.segments] == ["Tom & Jerry said « hello »\nand left."]
    assert found == [("TQ101", 11, 34), ("TQ101", 11, 42)]


@pytest.mark.parametrize("text, path, said", [
    (SRT, "Amelie.2001.fr.srt", "the language its path names is 'fr'"),
    (SRT, "film.fre.srt", "the language its path names is 'fre'"),
    (VTT.replace("Kind: captions", "Kind: captions\nLanguage: fr"), "talk.en.vtt", "the file's Language is 'fr'"),
    (SRT, "film.en.srt", None), (SRT, "The.Matrix.1999.srt", None),
])
def test_the_language_from_the_path_or_the_webvtt_header(text, path, said):
    assert parse(text, path=path, fmt=path[-3:]).foreign == said


def test_what_is_not_a_subtitle_file_is_an_error_an_empty_webvtt_is_not():
    with pytest.raises(InputError, match="not a subtitle file: no cue timing"):
        parse("Just some text\nin a file named .srt\n", path="notes.srt", fmt="srt")
    assert parse("WEBVTT\n", path="empty.vtt", fmt="vtt").segments == []
    doc = parse("1\n00:00:01,000 --> 00:00:02,000\nFine.\n\nstray text\n", path="a.srt", fmt="srt")
    assert doc.warnings == ["line 5: a block with no timing line (00:00:01,000 --> …): not read"]
    assert [s.text for s in doc.segments] == ["Fine."]


def test_webvtt_players_short_timings_are_timings():
    doc = parse("WEBVTT\n\n0:0:0.0 --> 0:0:3.540\nGood morning.\n", path="a.vtt", fmt="vtt")
    assert [s.text for s in doc.segments] == ["Good morning."]


def test_cues_with_no_blank_line_between_them_are_still_cues():
    doc = parse("1\n00:00:01,000 --> 00:00:02,000\nHello there,\n2\n00:00:05,000 --> 00:00:06,500\nmy friend.\n",
                path="a.srt", fmt="srt")
    assert [s.text for s in doc.segments] == ["Hello there,\nmy friend."]


def test_a_line_of_spaces_and_a_cue_of_marks_are_read():
    """A line of spaces between cues and a cue of 20,000 `!` (bench/bench_hostile.py times 200,000 and 40,000: the
    first version's block and sentence-end expressions were quadratic there, minutes for each)."""
    doc = parse("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n" + " " * 20_000 + "\n\n2\n00:00:03,000 --> 00:00:04,000\n"
                "Bye.\n", path="a.srt", fmt="srt")
    assert [s.text for s in doc.segments] == ["Hi.", "Bye."]
    doc = parse("1\n00:00:01,000 --> 00:00:02,000\n" + "!" * 20_000 + "x\n", path="b.srt", fmt="srt")
    assert [len(s.text) for s in doc.segments] == [20_001]


def test_youtubes_sbv_captions_are_read_as_cues(tmp_path, run_cli):
    """YouTube's SubViewer format: a timing line `0:00:01.000,0:00:03.500`, the text, a blank line."""
    from tqcheck.documents import parse

    text = ("0:00:01.000,0:00:03.500\nThe minister said :\n« We must continue\n\n"
            "0:00:03.500,0:00:06.000\nto support Ukraine ».\n\n0:00:06.000,0:00:08.000\nIt costs 1,5 billion.\n")
    doc = parse(text, path="news.en.sbv", fmt="sbv")
    assert [s.text for s in doc.segments] == ["The minister said :\n« We must continue\nto support Ukraine ».",
                                             "It costs 1,5 billion."]
    (tmp_path / "news.en.sbv").write_text(text)
    run_cli("check", "--fix", "-q", "news.en.sbv")
    assert (tmp_path / "news.en.sbv").read_text().startswith("0:00:01.000,0:00:03.500\nThe minister said:\n“We")
