"""Raw HTML blocks in Markdown, read by the HTML reader (documents/markdown_html.py)."""

import pytest

from tqcheck import check_text
from tqcheck.documents import html as html_reader
from tqcheck.documents import parse
from tqcheck.documents.model import PLACEHOLDER
from tqcheck.errors import InputError

README = """# Titre

<p align="center">
  <img src="logo.png" alt="Logo du projet">
  <br>A library for « everything »
</p>

Para one.

> <div>Quoted « block »</div>

<details><summary>Cliquez ici pour voir</summary>

Inside **Markdown**.

</details>
"""


def test_html_blocks_are_read_in_file_order():
    doc = parse(README, fmt="markdown")
    assert [(s.text.strip(), s.label) for s in doc.segments] == [
        ("Titre", True),  # a heading: a label
        (f"{PLACEHOLDER}\n  \nA library for « everything »", False),
        ("Logo du projet", True),
        ("Para one.", False),
        ("Cliquez ici pour voir", True),  # a <summary> (a label) and the Markdown inside <details>: apart
        ("Inside Markdown.", False),
    ]  # (not the block inside a block quote: its `>` is no HTML)
    seg = doc.segments[1]
    i = seg.text.index("«")
    assert README[seg.offset(i)] == "«" and doc.position(seg.offset(i)) == (5, 21)


def test_findings_and_fixes_in_an_html_block():
    found = [(f.code, f.line) for f in check_text(README, path="x.md")]
    assert ("TQ101", 5) in found and ("TQ402", 4) in found
    assert not any(line == 10 for _, line in found)
    text = '<div>One « quote » here.</div>\n\n<!-- tqcheck: ignore TQ101 -->\n<div>Two « quotes »</div>\n'
    found = check_text(text, path="x.md")
    assert [(f.code, f.line) for f in found] == [("TQ101", 1), ("TQ101", 1)]
    assert all(f.fix is not None for f in found)


def test_an_html_block_the_reader_cannot_read_is_a_warning(monkeypatch):
    def fail(doc, **_):
        doc.segments.append(None)  # what it added before failing is taken back
        raise InputError(doc.path, "cannot read this HTML (broken)")

    monkeypatch.setattr(html_reader, "parse_html", fail)
    doc = parse("Para.\n\n<div>x</div>\n", path="r.md", fmt="markdown")
    assert [s.text for s in doc.segments] == ["Para."]
    assert doc.warnings == ["line 3: raw HTML that the HTML reader cannot read (cannot read this HTML (broken)): "
                            "not checked"]


@pytest.mark.parametrize("text", ['<p>See <a href="/x"><img alt="Malte Felmy" src="a.png"></a></p>\n',
                                  "[![Malte Felmy](a.png)](https://github.com/x)\n"])
def test_an_image_in_a_link_has_navigation_alt_text(text):
    doc = parse(text, fmt="markdown")
    (alt,) = [s for s in doc.segments if s.label]
    assert alt.text == "Malte Felmy" and alt.navigation == ((0, 11),)


def test_what_a_block_leaves_open_ends_with_it():
    text = ("Intro.\n\n<div>\n<!-- TODO: the logo\n</div>\n\n<div><pre>\ncode\n\n<a href='/'>Menu « x »\n\n"
            "<p align=\"center\">Le réglage des équipements se fait dans l'onglet principal de la page.</p>\n")
    assert ("TQ402", 12) in [(f.code, f.line) for f in check_text(text, path="x.md")]
    doc = parse(text, fmt="markdown")
    assert not doc.segments[-1].navigation  # the <a> left open two blocks above is not around it


def test_a_list_items_marker_is_no_text_of_its_html_block():
    doc = parse("Read the steps below.\n\n- <p>Le réglage</p>\n1. <p>Un autre</p>\n", fmt="markdown")
    assert [s.text for s in doc.segments] == ["Read the steps below.", "Le réglage", "Un autre"]


def fixed_md(text, fmt="markdown"):
    from tqcheck.config import Config
    from tqcheck.engine import Context, fix_document

    return fix_document(parse(text, fmt=fmt), Context(Config(select=["TQ1"])), unsafe=False)[0].text


def test_a_suppression_inside_an_html_block_covers_what_follows_it_there():
    # a hostile run's: the ignore covered the next Markdown block, and TQ100 called it unused
    text = "<div>\n<!-- tqcheck: ignore TQ101 -->\n<p>« ignored »</p>\n<p>« not ignored »</p>\n</div>\n"
    assert [(f.code, f.line) for f in check_text(text, path="x.md")] == [("TQ101", 4), ("TQ101", 4)]
    # one at its block's end covers nothing after the block
    text = "<div><p>« a »</p>\n<!-- tqcheck: ignore TQ101 -->\n</div>\n\n<div>« b »</div>\n"
    assert [(f.code, f.line) for f in check_text(text, path="x.md")] == [
        ("TQ101", 1), ("TQ101", 1), ("TQ100", 2), ("TQ101", 5), ("TQ101", 5)]


def test_script_is_no_prose_inline_or_in_a_block_never_closed():
    inline = 'Run <script>var x = "« a »";</script> « now ».\n'
    assert fixed_md(inline) == 'Run <script>var x = "« a »";</script> “now”.\n'
    block = '<script>\nvar x = "« a »";\n\nText « y ».\n'  # CommonMark: the block runs to the end
    assert fixed_md(block) == block and check_text(block, path="x.md") == []


def test_positions_after_a_lone_carriage_return_in_html():
    # html.parser counts lines by \n alone: its positions were mapped on the document's lines, shifted, and a fix
    # landed in the attribute on the line above
    page = '<p>One\r<b data-x="« a »">code</b>\n<span>« a »</span> prose</p>\n'
    assert fixed_md(page, "html") == page.replace("<span>« a »</span>", "<span>“a”</span>")
    readme = 'Intro\rmore text.\n\n<p align="center">Three « e » four</p>\n'
    assert fixed_md(readme) == readme.replace("« e »", "“e”")
    for text, fmt in ((page, "html"), (readme, "markdown")):
        seg = next(s for s in parse(text, fmt=fmt).segments if "«" in s.text)
        assert seg.offset(seg.text.index("«")) == text.rindex("«", 0, text.rindex("»"))


def test_a_reference_links_text_is_its_label_and_no_fix_edits_it():
    text = ("See [the « guide »][] and [the « tool »] and [the « map »](m) now.\n\n"
            "[the « guide »]: a\n[the « tool »]: b\n")
    out = fixed_md(text)
    assert out.startswith("See [the « guide »][] and [the « tool »] and [the “map”](m) now.")
    assert len(check_text(text, path="x.md")) == 6  # all reported


def test_comments_never_closed_are_no_comments_and_closed_ones_are_found():
    from tqcheck.documents.markdown_syntax import comments

    content = "<!-- a " * 20000  # (a regular expression's `<!--(.*?)-->` took 17 s on 100 KB: bench_hostile's)
    assert list(comments("x", "x", 0, 1)) == [] and list(comments(content, content, 0, len(content))) == []
    assert [c for c, _ in comments("<!-- a --><!-- b -->", "<!-- a --><!-- b -->", 0, 20)] == [" a ", " b "]
