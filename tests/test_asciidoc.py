"""AsciiDoc (.adoc): paragraphs, titles, list items, terms and admonitions are prose; the header, attribute entries,
comments, code, literal, passthrough and table blocks, block macros and code-styled paragraphs are not; inline
monospace, passthroughs, attribute references and bare URLs are placeholders; link text and emphasis are read."""

import json

from tqcheck.documents import PLACEHOLDER, parse

from conftest import found_by_folder_run, misplaced, random_fixes, snippets

P = PLACEHOLDER
GUIDE = """\
= The Guide of the Installation
Jean Dupont <jean@example.org>
v1.0, 2024-03-01
:toc: left
:url-repo: https://example.org/repo

The tool is installed in 2 minutes : see {url-repo} and `pip install x`.
// Commentaire : à traduire
It costs *1,5 euros* per seat, https://example.org[the price list] says.footnote:[Prices of « 2024 ».]

== Installation

NOTE: The version 2.0 is required !

.Steps of the installation
. Download the archive from https://example.org/x.tar.gz.
. Run `make install` : it takes 10 000 seconds.
* [x] Done, _really_.

[source,python]
----
print("1,5 : « x »")
----

[source]
print("2,5 : code too")

 an indented literal : 3,5

////
A comment block : 4,5
////

|===
| Price : | 5,5
|===

image::figure.png[Une figure : 6,5]
include::chapter.adoc[]

Term with colon:: Its definition : here.
See <<install,the section on installation>>, xref:other.adoc[the other page] and {url-repo}[the repository].
"""


def test_only_the_prose_is_read():
    doc = parse(GUIDE, path="guide.adoc", fmt="asciidoc")
    assert [s.text for s in doc.segments] == [
        "The Guide of the Installation",
        f"The tool is installed in 2 minutes : see {P} and {P}.\nIt costs 1,5 euros per seat, the price list says.",
        "Prices of « 2024 ».",
        "Installation",
        "The version 2.0 is required !",
        "Steps of the installation",
        f"Download the archive from {P}.",
        f"Run {P} : it takes 10 000 seconds.",
        "Done, really.",
        "Term with colon",
        "Its definition : here.\nSee the section on installation, the other page and the repository.",
    ]


def test_positions_map_back_to_the_file():
    doc = parse(GUIDE, path="guide.adoc", fmt="asciidoc")
    assert doc.segments and misplaced(doc) == []


def test_findings_point_into_the_source_and_fixes_keep_the_markup(tmp_path, run_cli):
    (tmp_path / "guide.adoc").write_text(GUIDE, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "guide.adoc")
    assert snippets(proc.stdout, GUIDE) == [
        ("TQ101", "« 2"), ("TQ101", "».]"), ("TQ102", " !"), ("TQ102", " : "), ("TQ102", " : "), ("TQ102", " : "),
        ("TQ501", "1,5"), ("TQ502", "10 ")]  # (`make install` : too, where the file spaces `minutes :`)
    run_cli("check", "--fix", "-q", "guide.adoc")
    fixed = (tmp_path / "guide.adoc").read_text(encoding="utf-8")
    assert "installed in 2 minutes: see {url-repo}" in fixed and "Prices of “2024”.]" in fixed
    assert "print(\"1,5 : « x »\")" in fixed and "| Price : | 5,5" in fixed
    assert "// Commentaire : à traduire" in fixed


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return value + "\n"

    def read_back(text):
        return [s.text for s in parse(text, path="a.adoc", fmt="asciidoc").segments]

    pieces = ["a", "é", " b", "«", "`c`", "*d*", "_e_", "{x}", " https://x.org[f]", "\"`g`\"", "[[id]]", " : h"]
    assert random_fixes(8, pieces, ["“", "x y", "", ";", ":", "a_b", "1,000"], wrap, read_back, "a.adoc",
                        "asciidoc", rounds=800) > 200


def test_a_comment_suppresses_the_next_block(tmp_path, run_cli):
    text = "// tqcheck: ignore TQ501\nIt costs 1,5 billion.\n\nAnd 2,5 more.\n"
    (tmp_path / "a.adoc").write_text(text)
    proc = run_cli("check", "--format", "json", "a.adoc")
    assert snippets(proc.stdout, text) == [("TQ501", "2,5")]


def test_a_comment_before_a_titled_block_covers_its_title_and_the_block(tmp_path, run_cli):
    text = "// tqcheck: ignore TQ501\n.Costs of 1,5 billion\nIt costs 1,5 billion.\n\nAnd 2,5 more.\n"
    (tmp_path / "a.adoc").write_text(text)
    proc = run_cli("check", "--format", "json", "a.adoc")
    assert snippets(proc.stdout, text) == [("TQ501", "2,5")]


def test_a_french_document_is_not_checked(tmp_path, run_cli):
    (tmp_path / "guide.adoc").write_text("= Guide\n:lang: fr\n\nIt costs 1,5 euros.\n")
    proc = run_cli("check", "--format", "json", "guide.adoc")
    assert json.loads(proc.stdout)["findings"] == [] and b"'fr'" in proc.stderr


def test_a_folder_run_reads_asciidoc_files(tmp_path, run_cli):
    assert found_by_folder_run(tmp_path, run_cli, {"docs/a.adoc": "It is good !\n", "docs/b.asciidoc": "Yes !\n",
                                                   "docs/c.adoc.bak": "It is good !\n"}) == ["docs/a.adoc",
                                                                                             "docs/b.asciidoc"]


def test_a_wrapped_line_that_starts_like_a_list_item_continues_its_paragraph():
    text = "The mayor of the city of Bakhmout\nM. Dupont would not leave,\n- and said so.\n\n* item one\n* item two\n"
    assert [s.text for s in parse(text, path="a.adoc", fmt="asciidoc").segments] == [
        "The mayor of the city of Bakhmout\nM. Dupont would not leave,\n- and said so.", "item one", "item two"]


def test_only_the_header_says_the_language():
    shown = "= Guide\n\nIt costs 1,5 euros.\n\n----\n:lang: fr\n----\n"
    assert not parse(shown, path="a.adoc", fmt="asciidoc").foreign
    header = "// a comment\n= Guide\nJean Dupont\n:lang: fr\n\nIt costs 1,5 euros.\n"
    doc = parse(header, path="a.adoc", fmt="asciidoc")
    assert doc.foreign and [s.text for s in doc.segments][0] == "Guide"


def test_disable_and_enable_inside_a_paragraph(tmp_path, run_cli):
    text = "Text « a ».\n// tqcheck: disable TQ101\nMore « b ».\n// tqcheck: enable TQ101\nLast « c ».\n"
    (tmp_path / "a.adoc").write_text(text)
    proc = run_cli("check", "--select", "TQ101", "--format", "json", "a.adoc")
    assert snippets(proc.stdout, text) == [("TQ101", "« a"), ("TQ101", "« c"), ("TQ101", "»."), ("TQ101", "».")]


def test_template_directives_counters_and_a_link_in_a_footnote():
    text = ('<#import "/templates/guide.adoc" as tmpl>\n\n<@tmpl.guide\ntitle="Using a vault"\n'
            'includedOptions="vault vault-*">\n\nThe salad calls for {counter:seq1}) apples.\n\n'
            "An example is defined in\nfootnote:[https://example.org/mod.rs#175[c_long in 1.63.0]] here.\n"
            '<@kc.build parameters="--vault=file"/>\n\n</@tmpl.guide>\n')
    doc = parse(text, path="a.adoc", fmt="asciidoc")  # Keycloak's FreeMarker guides, Asciidoctor's and git's pages
    assert [s.text for s in doc.segments] == ["The salad calls for 1) apples.", "An example is defined in\n here.",
                                              "c_long in 1.63.0"]
    assert misplaced(doc) == []
    counters = "{counter:a}) x, {counter:b:A}) y, {counter2:c} z.\n"
    assert [s.text for s in parse(counters, path="a.adoc", fmt="asciidoc").segments] == ["1) x, A) y,  z."]


def test_a_two_line_title_is_read_and_takes_no_fix():
    # a hostile run's: a fix shortened `The « quick » guide` under its `---` line, which Asciidoctor then read as a
    # listing block's delimiter, swallowing the rest of the document; the text after it was not read either
    from tqcheck.config import Config
    from tqcheck.engine import Context, fix_document

    text = "= Doc\n\nThe « quick » guide\n-------------------\n\nText « x » here.\n\nShort\n-----\n\nAfter.\n"
    doc = parse(text, fmt="asciidoc")
    assert [s.text for s in doc.segments] == ["Doc", "The « quick » guide", "Text « x » here.", "Short", "After."]
    out = fix_document(parse(text, fmt="asciidoc"), Context(Config(select=["TQ1"])), unsafe=False)[0].text
    assert "The « quick » guide\n---" in out and "Text “x” here." in out
    emphasis = "_Quick_ start guide\n-------------------\n\nMore « text ».\n"  # (the review's: markup first)
    assert [s.text for s in parse(emphasis, fmt="asciidoc").segments] == ["Quick start guide", "More « text »."]
    listing = "Intro\n\n----\ncode « x »\n----\n"  # an underline of another length is a delimiter still
    assert [s.text for s in parse(listing, fmt="asciidoc").segments] == ["Intro"]
