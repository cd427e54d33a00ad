"""Labels in a document: an image's alt text and title, after the sentence the image stands in (documents/attributes.py,
and markdown.py for ``![alt](src "title")``), and a Markdown heading; read as a catalog's strings are."""

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.documents.model import PLACEHOLDER
from tqcheck.engine import apply_fixes


def texts(doc):
    return [(seg.text, seg.label, doc.text[seg.span(0, len(seg.text))[0]:seg.span(0, len(seg.text))[1]])
            for seg in doc.segments]


def test_markdown_alt_text_and_title_follow_their_paragraph():
    text = 'Open the tab ![Onglet *équipement*](img/tab.png "Onglet de l\'équipement") and save.\n'
    doc = parse(text, fmt="markdown")
    assert texts(doc) == [
        (f"Open the tab {PLACEHOLDER} and save.", False, text.rstrip("\n")),
        ("Onglet équipement", True, "Onglet *équipement"),  # emphasis is markup, as in any paragraph
        ("Onglet de l'équipement", True, "Onglet de l'équipement"),
    ]
    seg = doc.segments[0]
    i = seg.text.index(PLACEHOLDER)
    assert text[slice(*seg.span(i, i + 1))] == '![Onglet *équipement*](img/tab.png "Onglet de l\'équipement")'


def test_markdown_image_forms():
    doc = parse("See ![a [nested] label](x.png) and ![ref form][r] and ![](empty.png).\n\n[r]: y.png 'T'\n",
                fmt="markdown")
    assert [s.text for s in doc.segments if s.label] == ["a [nested] label", "ref form"]
    doc = parse('![Tab \\"x\\" &amp; y](a.png (Title \\) here))\n', fmt="markdown")
    labels = [s for s in doc.segments if s.label]
    assert [s.text for s in labels] == ['Tab "x" & y', "Title ) here"]
    assert doc.text[slice(*labels[1].span(0, len(labels[1].text)))] == "Title \\) here"


def test_html_img_alt_and_title_decoded_and_mapped():
    text = '<p>See <img class="x" src="a.png" alt="Liste d&#39;&eacute;quipements" title=\'Liste\'> now.</p>'
    doc = parse(text, fmt="html")
    assert [(s.text, s.label) for s in doc.segments] == [
        (f"See {PLACEHOLDER} now.", False), ("Liste d'équipements", True), ("Liste", True)]
    alt = doc.segments[1]
    assert text[slice(*alt.span(7, 8))] == "&#39;"
    assert text[slice(*alt.span(8, 9))] == "&eacute;"
    assert all("a.png" not in s.text and s.text != "x" for s in doc.segments)  # src and class are no prose


def test_only_html_reads_attributes():
    doc = parse('<article><para>See <xref linkend="a" alt="Liste des équipements"/>.</para></article>', fmt="docbook")
    assert not any(s.label for s in doc.segments)


def test_french_alt_text_is_flagged_and_english_is_not():
    french = ('Open the tab ![Onglet équipement](a.png).\n\n![Ajout d\'un équipement](b.png)\n\n'
              'See <img src="c.png" alt="Utilisation dans des scénarios">.\n')
    found = [(f.code, f.line) for f in check_text(french, path="x.md")]
    assert found == [("TQ402", 1), ("TQ402", 3), ("TQ402", 5)]
    english = ('[![Build Status](https://travis-ci.org/x.svg)](https://travis-ci.org/x) ![npm version](v.svg)\n\n'
               '![Screenshot of the settings page](s.png "Settings")\n\n<img src="logo.png" alt="Logo" width="80">\n')
    assert check_text(english, path="x.md") == []
    assert [f.code for f in check_text('<p><img alt="Ajout d\'un équipement" src="a.png"></p>', path="x.html")] \
        == ["TQ402"]


def fixed(text, path):
    out, _ = apply_fixes(text, check_text(text, path=path, config=Config(select=["TQ101"])), unsafe=True)
    return out


def test_a_fix_in_an_attribute_is_written_as_html_escapes_it():
    straight = ' "yes" "no" "up" "down".'  # a document of straight quotes: TQ101's fix writes straight ones
    text = f'<p>The <img alt="tab « Setup »" src="a.png"> and <img alt=\'it « x »\' src="b.png">{straight}</p>\n'
    out = fixed(text, "x.html")
    assert out == (f'<p>The <img alt="tab &quot;Setup&quot;" src="a.png"> and <img alt=\'it "x"\' src="b.png">'
                   f'{straight}</p>\n')
    assert fixed(out, "x.html") == out  # idempotent
    bare = f'<p>The <img alt=«Setup» src="a.png">{straight}</p>\n'
    assert fixed(bare, "x.html") == bare  # a bare value cannot hold a quote: no fix
    assert [f.code for f in check_text(bare, path="x.html")] == ["TQ101", "TQ101"]


def test_a_fix_in_a_markdown_title_escapes_its_delimiter():
    text = '![x](a.png "The « tab »") and "straight" "quotes" "here".\n'
    out = fixed(text, "x.md")
    assert out == '![x](a.png "The \\"tab\\"") and "straight" "quotes" "here".\n'
    assert fixed(out, "x.md") == out
    assert [s.text for s in parse(out, fmt="markdown").segments if s.label] == ["x", 'The "tab"']


def test_the_image_syntax_stays_opaque_around_its_texts():
    text = '![alt text](a.png "title")\n'
    doc = parse(text, fmt="markdown")
    at = text.index
    assert doc.touches_opaque(at("!["), at("![") + 1) and doc.touches_opaque(at("](a"), at("](a") + 1)
    assert not doc.touches_opaque(at("alt"), at("alt") + 3) and not doc.touches_opaque(at("title"), at("title") + 5)
    html_doc = parse('<p><img src="a.png" alt="alt text"></p>', fmt="html")
    assert html_doc.touches_opaque(3, 8) and not html_doc.touches_opaque(26, 29)


def test_a_heading_left_in_french_is_a_french_label():
    text = "# Ajout d'un équipement\n\nClick the button.\n\nConfiguration\n=============\n\n## Installation\n"
    for fast in (True, False):  # the plain reader's heading and markdown-it's
        doc = parse(text if fast else text + "\n*x*\n", fmt="markdown")
        assert [s.label for s in doc.segments][:4] == [True, False, True, True]
    assert [(f.code, f.line) for f in check_text(text, path="x.md")] == [("TQ402", 1)]


def test_list_items_and_table_cells_are_labels():
    text = ("You have these types of actuators:\n\n- Relais\n- Virtual output\n- Compteur\n\n"
            "| Nom | Description |\n|---|---|\n| Sortie virtuelle | A virtual output |\n")
    doc = parse(text, fmt="markdown")
    assert [(s.text, s.label) for s in doc.segments] == [
        ("You have these types of actuators:", False), ("Relais", True), ("Virtual output", True), ("Compteur", True),
        ("Nom", True), ("Description", True), ("Sortie virtuelle", True), ("A virtual output", True)]
    assert [(f.code, f.line) for f in check_text(text, path="x.md")] == [
        ("TQ403", 3), ("TQ403", 5), ("TQ403", 9)]  # (`Nom` alone is too short to say)


def test_html_headings_items_and_cells_are_labels_when_they_end_the_text():
    text = ("<h1>Ajout d'un équipement</h1><ul><li>Relais</li><li><p>Compteur</p></li></ul>"
            "<table><tr><th>Type</th><td>Sortie virtuelle</td></tr></table><dl><dt>environ</dt></dl>")
    doc = parse(text, fmt="html")
    assert [(s.text, s.label) for s in doc.segments] == [
        ("Ajout d'un équipement", True), ("Relais", True), ("Compteur", False),  # (a paragraph in an item: prose)
        ("Type", True), ("Sortie virtuelle", True), ("environ", False)]  # (a term: Python's API signatures)
    assert [f.code for f in check_text(text, path="x.html")][:2] == ["TQ402", "TQ403"]


def test_a_shortcut_reference_image_has_no_fix_in_its_alt_text():
    text = 'A "b" c "d".\n\n![The « logo » : here]\n\n![A « logo »][]\n\n[the « logo » : here]: a.png\n[a « logo »]: b.png\n'
    found = check_text(text, path="x.md", config=Config(select=["TQ101", "TQ102"]))
    assert {f.line for f in found} == {3, 5}  # read and reported,
    assert fixed(text, "x.md") == text  # but the alt text is the reference's label: a fix would unlink the image
    full = '![The « logo »][r]\n\n[r]: a.png\n'
    assert fixed(full, "x.md") == '![The “logo”][r]\n\n[r]: a.png\n'  # a full reference's alt text is free


def test_an_inline_img_over_lines_is_read_whatever_ends_or_opens_them():
    # markdown-it gives the tag with \n where the file has \r\n, and without a block quote's `> `: each is found
    for text in ('See <img src="a.png"\r\nalt="Onglet équipement"> now.\r\n',
                 '> See <img src="a.png"\n> alt="Onglet équipement"> now.\n',
                 '- See <img src="a.png"\n  alt="Onglet équipement"> now.\n'):
        doc = parse(text, fmt="markdown")
        alt = next(s for s in doc.segments if s.text == "Onglet équipement")
        assert text[slice(*alt.span(0, len(alt.text)))] == "Onglet équipement"
        prose = doc.segments[0]
        i = prose.text.index("now")
        assert text[slice(*prose.span(i, i + 3))] == "now"  # mapped to its own place, not into the tag


def test_a_comment_over_crlf_lines_suppresses_as_over_lf_lines():
    text = "Intro.\n\n<!--\ntqcheck: ignore TQ402\n-->\nIl est parti ici.\n"
    for t in (text, text.replace("\n", "\r\n")):
        assert [f.code for f in check_text(t, path="x.md")] == []


def test_a_pages_title_and_description_in_its_front_matter_are_labels():
    # a French project's blog post (Gladys): `description: … for Gladys !`, shown in listings and search results
    text = ('---\ntitle: Le « grand » guide\ndescription: "A review of the year : 2022 !"\nsummary: \'It is « ok »\'\n'
            'slug: mon-guide « x »\ndate: 2022-12-31\ntags: [« a »]\nmeta:\n  title: nested « x »\n---\n\nBody.\n')
    doc = parse(text, fmt="markdown")
    assert [(s.text, s.label) for s in doc.segments] == [
        ("Le « grand » guide", True), ("A review of the year : 2022 !", True), ("It is « ok »", True),
        ("Body.", False)]
    fixed = apply_fixes(text, [f for f in check_text(text, path="x.md") if f.fix])[0]
    assert fixed.startswith('---\ntitle: Le “grand” guide\ndescription: "A review of the year: 2022!"\n'
                            "summary: 'It is “ok”'\nslug: mon-guide « x »")
    # a fix in a plain value only where the value stays a plain string: a straight quote inside it, not first in it
    straight = '---\ntitle: Le « grand » guide\n---\n\nSay "yes" and "no" and "maybe".\n'
    assert [f.fix.replacement for f in check_text(straight, path="x.md") if f.line == 2] == ['"', '"']
    first = straight.replace("Le « grand » guide", "« Grand » guide")
    assert [f.fix for f in check_text(first, path="x.md") if f.line == 2] == [None, None]
    number = "---\ntitle: 12,5\ndescription: null null\n---\n\nText.\n"  # (the review's: 12.5 and null after a fix)
    assert [(f.code, f.fix) for f in check_text(number, path="x.md")] == [("TQ501", None), ("TQ107", None)]
    toml = '+++\ntitle = "Le « grand » guide"\n+++\n\nBody.\n'
    assert [s.text for s in parse(toml, fmt="markdown").segments] == ["Le « grand » guide", "Body."]
    # Pelican's metadata lines (a fresh blog's: `Authors: elois` was read as prose, and TQ602 called it copied French)
    pelican = "Title: Le « grand » guide\nDate: 2017-09-02\nAuthors: elois\nLang: en\n\nBody.\n"
    assert [(s.text, s.label) for s in parse(pelican, fmt="markdown").segments] == [
        ("Le « grand » guide", True), ("Body.", False)]
    assert [s.text for s in parse("Note: this is prose.\n\nBody.\n", fmt="markdown").segments] == [
        "Note: this is prose.", "Body."]
    # a Pelican value is its whole line, quotes and ` #` included (a blog's `Title: "Le logiciel" est…` was lost)
    quoted = 'Title: "Le logiciel" est libre # 1\nDate: 2020-01-01\n\nBody.\n'
    assert [s.text for s in parse(quoted, fmt="markdown").segments] == ['"Le logiciel" est libre # 1', "Body."]
    fixed = apply_fixes(pelican, [f for f in check_text(pelican, path="x.md") if f.fix])[0]
    assert fixed.startswith("Title: Le “grand” guide\n")


def test_an_inline_img_in_a_table_cell_holding_an_escaped_pipe_is_read():
    # markdown-it gives the cell's `\|` as `|`: the tag was not found in the file, its alt text not read
    text = '| a |\n|---|\n| <img alt="« w » \\| q"> |\n'
    fixed = apply_fixes(text, [f for f in check_text(text, path="x.md") if f.fix])[0]
    assert fixed == '| a |\n|---|\n| <img alt="“w” \\| q"> |\n'
