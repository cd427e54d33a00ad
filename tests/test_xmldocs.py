"""DocBook and DITA (technical documentation in XML): read by the HTML reader with their own vocabulary: prose of
paragraphs, titles, steps and cells; not code, metadata, index entries or draft comments; computer terms and cross
references are placeholders; the root's xml:lang names the language; fixes are XML-escaped."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, InputError, parse
from tqcheck.documents.xmldocs import is_included

from conftest import found_by_folder_run, snippets

P = PLACEHOLDER
DOCBOOK = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
<book lang="{lang}">
  <bookinfo><title>Le guide</title><author><firstname>Jean</firstname><surname>Dupont</surname></author></bookinfo>
  <chapter id="install">
    <title>The installation : first steps</title>
    <para>Run <command>make install</command> : it takes 10 000 seconds, see <xref linkend="x"/>.</para>
    <programlisting>print("1,5 : « x »")</programlisting>
    <note><para>The version 2.0 is required !<footnote><para>Since « 2024 ».</para></footnote></para></note>
    <itemizedlist><listitem><para>Click <guibutton>Valider</guibutton> then wait 1,5 minutes.</para></listitem>
    </itemizedlist>
    <indexterm><primary>installation : index</primary></indexterm>
    <!-- tqcheck: ignore TQ102 -->
    <para>An ignored space : here, R&amp;D.</para>
  </chapter>
</book>
"""
DITA = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE task PUBLIC "-//OASIS//DTD DITA Task//EN" "task.dtd">
<task id="t1" xml:lang="en-us">
  <title>Installing the tool : a task</title>
  <shortdesc>You install it in 2 minutes !</shortdesc>
  <prolog><metadata><keywords><keyword>installation : meta</keyword></keywords></metadata></prolog>
  <taskbody>
    <steps>
      <step><cmd>Click <uicontrol>Suivant</uicontrol> and wait 1,5 seconds.</cmd>
        <info><codeblock>x = 1,5 : code</codeblock></info></step>
      <step><cmd>Open <filepath>/etc/x.conf</filepath>; see <xref href="o.dita"/> and
        <xref href="y.dita">the page</xref>.</cmd></step>
    </steps>
    <result><draft-comment>Vérifier : 3,5</draft-comment><p>It costs 10 000 euros.</p></result>
  </taskbody>
</task>
"""


def test_docbook_prose_only():
    doc = parse(DOCBOOK.format(lang="en"), path="guide.xml", fmt="xml")
    assert doc.format == "docbook" and [s.text for s in doc.segments] == [
        "The installation : first steps", f"Run {P} : it takes 10 000 seconds, see {P}.",
        "The version 2.0 is required !", "Since « 2024 ».", f"Click {P} then wait 1,5 minutes.",
        "An ignored space : here, R&D."]


def test_dita_prose_only():
    doc = parse(DITA, path="task.dita", fmt="dita")
    assert doc.format == "dita" and [s.text.strip() for s in doc.segments] == [
        "Installing the tool : a task", "You install it in 2 minutes !", f"Click {P} and wait 1,5 seconds.",
        f"Open {P}; see {P} and\n        the page.", "It costs 10 000 euros."]


def test_findings_fixes_and_suppressions(tmp_path, run_cli):
    text = DOCBOOK.format(lang="en")
    (tmp_path / "guide.xml").write_text(text)
    proc = run_cli("check", "--format", "json", "guide.xml")
    # (the colon spaced after <command> too: the document spaces one after a word, the title's)
    assert snippets(proc.stdout, text) == [("TQ101", "« 2"), ("TQ101", "».<"), ("TQ102", " !<"), ("TQ102", " : "),
                                           ("TQ102", " : "), ("TQ501", "1,5"), ("TQ502", "10 ")]
    run_cli("check", "--fix", "-q", "guide.xml")
    fixed = (tmp_path / "guide.xml").read_text()
    assert "<title>The installation: first steps</title>" in fixed and "Since “2024”.</para>" in fixed
    assert 'print("1,5 : « x »")' in fixed and "here, R&amp;D." in fixed


def test_a_fix_is_written_xml_escaped():
    doc = parse(DITA, path="task.dita", fmt="dita")
    seg = doc.segments[-1]
    i = seg.text.index("10 000")
    assert seg.problem(i, i + 6, "TQ502", "m", "10 & <0>").fix.replacement == "10 &amp; &lt;0&gt;"


@pytest.mark.parametrize("lang, checked", [("fr", False), ("fr-CA", False), ("en-GB", True), ("", True)])
def test_the_roots_language(tmp_path, run_cli, lang, checked):
    (tmp_path / "guide.xml").write_text(DOCBOOK.format(lang=lang).replace(' lang=""', ""))
    proc = run_cli("check", "--format", "json", "guide.xml")
    assert bool(json.loads(proc.stdout)["findings"]) == checked


def test_a_french_phrase_inside_does_not_make_the_document_french():
    text = DOCBOOK.format(lang="en").replace('<book lang="en">', "<book>").replace(
        "<para>Run", '<para><foreignphrase xml:lang="fr">à la carte</foreignphrase> Run')
    assert not parse(text, path="guide.xml", fmt="xml").foreign


def test_a_folder_run_reads_docbook_and_dita_not_other_xml(tmp_path, run_cli):
    page = "<{0}><title>It is good !</title><{1}>It is good !</{1}></{0}>"
    found = found_by_folder_run(tmp_path, run_cli, {
        "docs/guide.xml": page.format("article", "para"), "docs/task.dita": page.format("task", "p"),
        "docs/book.dbk": page.format("book", "para"), "pom.xml": page.format("project", "name"),
        "docs/config.xml": page.format("configuration", "para"),
        "doc/src/sgml/intro.sgml": page.format("sect1", "para"), "doc/linuxdoc.sgml": page.format("linuxdoc", "p")})
    assert found == ["doc/src/sgml/intro.sgml", "docs/book.dbk", "docs/guide.xml", "docs/task.dita"]
    assert not is_included(str(tmp_path / "missing.xml"))


def test_other_xml_is_still_one_error():
    with pytest.raises(InputError, match="its root element is <project>.*DocBook and DITA"):
        parse("<project><name>x</name></project>", path="pom.xml", fmt="xml")


@pytest.mark.parametrize("xml, read", [
    # ids and roles that would make HTML's text navigation are no such guess in XML
    ('<concept id="pagination"><title>Paging : how</title><conbody><p role="menu">It is : here.</p></conbody>'
     "</concept>", ["Paging : how", "It is : here."]),
    # a screen inside a paragraph ends its segment: no words glued across it
    ("<article><para>Run the command<screen>make all</screen>then wait.</para></article>",
     ["Run the command", "then wait."]),
    # the doctype's internal subset is no prose; an entity it declares is a word, unknown
    ('<!DOCTYPE chapter PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "x.dtd" [\n<!ENTITY % BOOK_ENTITIES SYSTEM '
     '"B.ent">\n%BOOK_ENTITIES;\n]>\n<chapter><para>Install &PRODUCT; : now.</para></chapter>',
     [f"Install {P} : now."]),
    ("<article><para>He said<footnote><para>In « 2024 ».</para></footnote> : yes.</para></article>",
     ["He said : yes.", "In « 2024 »."]),
    ("<concept><conbody><p>A step<fn>See the note : x.</fn> : done.</p></conbody></concept>",
     ["A step : done.", "See the note : x."]),
])
def test_xml_is_not_html(xml, read):  # (and a footnote is a segment of its own, its sentence read whole)
    fmt = "dita" if xml.startswith("<concept") else "docbook"
    assert [s.text.strip() for s in parse(xml, path="a.xml", fmt=fmt).segments] == read


def test_a_title_holding_markup_is_read_as_markup_on_every_python(monkeypatch):
    from html.parser import HTMLParser

    monkeypatch.setattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ("textarea", "title"), raising=False)
    doc = parse("<article><title>Running <command>make : all</command> first</title></article>", path="a.xml",
                fmt="docbook")
    assert [s.text for s in doc.segments] == [f"Running {P} first"]


def test_an_android_animation_is_not_docbook(tmp_path):
    (tmp_path / "res" / "anim").mkdir(parents=True)
    (tmp_path / "res" / "anim" / "fade.xml").write_text('<set><alpha android:duration="300"/></set>')
    assert not is_included(str(tmp_path / "res" / "anim" / "fade.xml"))
