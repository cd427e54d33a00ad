"""Word (.docx) and OpenDocument (.odt) files: one line a paragraph, read as the reader sees it (tracked changes,
fields, text boxes), reported and never written; what is not such a file is one error line."""

import io
import json
import zipfile

import pytest

from tqcheck.documents import InputError, load

docx = pytest.importorskip("docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def article(path, paragraphs, table=None):
    """A real .docx, written by python-docx: a heading, paragraphs, a table."""
    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    if table:
        cells = document.add_table(rows=1, cols=len(table)).rows[0].cells
        for cell, text in zip(cells, table):
            cell.text = text
    document.save(str(path))
    return path


def raw_docx(path, body, notes=None):
    """A .docx from hand-written XML (what python-docx cannot write: tracked changes, fields, text boxes)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W} {MC}><w:body>{body}</w:body></w:document>")
        if notes:
            z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{notes}</w:footnotes>")
    return path


def p(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def texts(path):
    return [s.text for s in load(str(path)).segments]


def test_paragraphs_and_table_cells_are_lines(tmp_path, run_cli):
    path = article(tmp_path / "a.docx", ["Kyiv : the front", "We must continue to support Ukraine. »",
                                         "The bill costs 1,5 billion euros."], table=["Bakhmout", "10 000 euros"])
    assert texts(path) == ["Kyiv : the front", "We must continue to support Ukraine. »",
                           "The bill costs 1,5 billion euros.", "Bakhmout", "10 000 euros"]
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", "a.docx")
    found = [(f["code"], f["line"], f["column"]) for f in json.loads(proc.stdout)["findings"]]
    assert ("TQ102", 1, 5) in found and ("TQ501", 3, 16) in found and ("TQ101", 2, 38) in found
    assert all(f["fix"] is None for f in json.loads(proc.stdout)["findings"])


def test_fix_writes_nothing_and_says_so(tmp_path, run_cli):
    path = article(tmp_path / "a.docx", ["Title", "Are you sure ?"])
    before = path.read_bytes()
    for flags in (["--fix"], ["--fix", "--unsafe-fixes"], ["--diff"]):
        proc = run_cli("check", *flags, "a.docx")
        assert "tqcheck never writes into .docx files: not fixed" in proc.stderr.decode()
        assert path.read_bytes() == before
        # --fix reports the findings; --diff shows no change
        assert (proc.returncode, proc.stdout.decode().startswith("a.docx:2:")) == ((0, False) if "--diff" in flags
                                                                                  else (1, True))


def test_standard_input_is_read_and_never_fixed(tmp_path, run_cli):
    data = article(tmp_path / "a.docx", ["Title", "Are you sure ?"]).read_bytes()
    proc = run_cli("check", "-", "--stdin-filename", "a.docx", stdin=data)
    assert proc.returncode == 1 and "TQ102" in proc.stdout.decode()
    proc = run_cli("check", "--fix", "-", "--stdin-filename", "a.docx", stdin=data)
    assert proc.returncode == 2 and ".docx files are never fixed: check it without --fix" in proc.stderr.decode()


def test_tracked_changes_fields_text_boxes_and_notes_read_as_shown(tmp_path):
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + p(r("In the box")) + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
           + p(r("In the box")) + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = (p(r("Kept "), '<w:del><w:r><w:delText>gone </w:delText></w:r></w:del>', '<w:ins>' + r("added") + "</w:ins>")
            + p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText>'
                '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("the link"),
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:r><w:tab/></w:r>', r("after"),
                '<w:r><w:br/></w:r>', r("next line"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
            + p(r("Before the box "), box, r(" after it")))
    notes = ('<w:footnote w:type="separator" w:id="-1">' + p('<w:r><w:separator/></w:r>') + "</w:footnote>"
             '<w:footnote w:id="1">' + p('<w:r><w:footnoteRef/></w:r>', r(" A note : here")) + "</w:footnote>")
    hidden = ('<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>'
              '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown </w:t></w:r>')
    moved = '<w:moveFrom><w:r><w:t>moved away </w:t></w:r></w:moveFrom><w:moveTo>' + r("moved here") + "</w:moveTo>"
    body += p(hidden, moved)
    path = raw_docx(tmp_path / "a.docx", body, notes)
    assert texts(path) == ["Kept added", "the link\tafter next line", "Before the box  after it", "In the box",
                           "shown moved here", " A note : here"]


def test_an_opendocument_text_is_read_with_its_spaces_notes_and_changes(tmp_path):
    t = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    o = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    d = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    v = 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    content = (f"<office:document-content {t} {o}><office:body><office:text>"
               "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted</text:p></text:deletion>"
               "</text:changed-region></text:tracked-changes>"
               "<text:h>Kyiv : the front</text:h>"
               "<text:p>Two<text:s text:c='3'/>spaces<text:tab/>and <text:span>a span</text:span>"
               "<office:annotation><text:p>A comment</text:p></office:annotation> end"
               "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>The note</text:p>"
               "</text:note-body></text:note>.</text:p>"
               "<text:list><text:list-item><text:p>An item</text:p></text:list-item></text:list>"
               f"<text:p>Before <draw:frame {d}><svg:title {v}>Photo : Kyiv</svg:title><svg:desc {v}>Alt</svg:desc>"
               "</draw:frame>after<text:hidden-text text:string-value='secret'/>.</text:p>"
               "</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(tmp_path / "a.odt", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    assert texts(tmp_path / "a.odt") == ["Kyiv : the front", "Two   spaces\tand a span end.", "The note", "An item",
                                         "Before after."]


def test_docutils_writes_an_odt_that_is_read_paragraph_by_paragraph(tmp_path):
    pytest.importorskip("docutils.writers.odf_odt")
    from docutils.core import publish_file

    (tmp_path / "a.rst").write_text("Title\n=====\n\nFirst paragraph : here.\n\n* An item\n")
    publish_file(source_path=str(tmp_path / "a.rst"), destination_path=str(tmp_path / "a.odt"), writer="odt")
    assert texts(tmp_path / "a.odt") == ["Title", "First paragraph : here.", "An item"]


def test_a_french_document_is_not_checked(tmp_path, run_cli):
    article(tmp_path / "a.docx", ["Le titre", "Les fichiers sont dans le dossier avec les données. Nous avons été "
                                  "surpris par les résultats qui sont dans cette page pour les utilisateurs."])
    proc = run_cli("check", "a.docx")
    assert proc.returncode == 0 and "it reads as French" in proc.stderr.decode()


def test_source_article_in_docx_is_compared(tmp_path, run_cli):
    article(tmp_path / "a.en.docx", ["Title", "The plan costs 52 million euros."])
    article(tmp_path / "a.fr.docx", ["Titre", "Le plan coûte 25 millions d'euros."])
    proc = run_cli("check", "--select", "TQ601", "a.en.docx", "--source", "a.fr.docx")
    assert proc.returncode == 1 and "The source number `25 millions`" in proc.stdout.decode()


def test_folder_runs_find_word_files(tmp_path, run_cli):
    (tmp_path / "news").mkdir()
    article(tmp_path / "news" / "a.docx", ["Title", "Are you sure ?"])
    (tmp_path / "news" / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # the old binary format: not read
    proc = run_cli("check", "--format", "json", "news")
    assert {f["path"] for f in json.loads(proc.stdout)["findings"]} == {"news/a.docx"}


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b"PK\x03\x04 broken"), "not a .docx file: not a ZIP archive"),
    (lambda p: p.write_text("Just text : saved as .docx"), "not a .docx file: not a ZIP archive"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("x.xml", "<x/>"), "not a .docx file: it has no word/document.xml"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("word/document.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'),
     "word/document.xml declares a document type: not read"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("word/document.xml", "<w:document"),
     "word/document.xml is not well-formed XML"),
])
def test_bad_files_one_line_exit_2_never_modified(tmp_path, run_cli, make, message):
    path = tmp_path / "a.docx"
    make(path)
    before = path.read_bytes()
    proc = run_cli("check", "--fix", "a.docx")
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and lines[0].startswith(f"a.docx: error: {message}"), lines
    assert path.read_bytes() == before


def _damaged_directory(path, old, new):
    """A ZIP archive whose central directory has had ``old`` replaced by ``new`` (same length)."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}/>")
        z.writestr("caf\u00e9.xml", "<x/>")  # a name in UTF-8: the directory sets its UTF-8 flag
    raw = bytearray(data.getvalue())
    at = raw.index(b"PK\x01\x02") if old != b"caf\xc3\xa9" else raw.rindex(old)
    raw[at:at + len(old)] = new
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("ext, old, new, message", [
    # a name flagged UTF-8 that is not (zipfile: UnicodeDecodeError), an unknown ZIP version (NotImplementedError)
    ("docx", b"caf\xc3\xa9", b"caf\xa9\xa9", "'utf-8' codec can't decode"),
    ("odt", b"caf\xc3\xa9", b"caf\xa9\xa9", "'utf-8' codec can't decode"),
    ("epub", b"PK\x01\x02\x14\x03\x14", b"PK\x01\x02\x14\x03\x7f", "zip file version 12.7"),
    ("xlsx", b"PK\x01\x02\x14\x03\x14", b"PK\x01\x02\x14\x03\x7f", "zip file version 12.7"),
    ("pptx", b"PK\x01\x02\x14\x03\x14", b"PK\x01\x02\x14\x03\x7f", "zip file version 12.7"),
])
def test_a_damaged_zip_directory_is_one_error_line_not_an_internal_error(tmp_path, run_cli, ext, old, new, message):
    _damaged_directory(tmp_path / f"a.{ext}", old, new)
    proc = run_cli("check", f"a.{ext}")
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, lines
    assert lines[0].startswith(f"a.{ext}: error: not a") and "damaged ZIP archive" in lines[0], lines
    assert message in lines[0] and "internal error" not in lines[0], lines


def test_a_part_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    from tqcheck.documents import office

    monkeypatch.setattr(office, "MAX_PART", 1000)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:document {W}>" + " " * 5000 + "</w:document>")
    (tmp_path / "a.docx").write_bytes(data.getvalue())
    with pytest.raises(InputError, match="unpacks to more than 1000 bytes: more than tqcheck reads"):
        load(str(tmp_path / "a.docx"))
    # a ZIP bomb's directory may lie about the size: what is unpacked is bounded, and the lie is one error line
    lying = io.BytesIO()
    with zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:document {W}>" + " " * 100_000 + "</w:document>")
    data = bytearray(lying.getvalue())
    at = data.index(b"PK\x01\x02") + 24  # the central directory's uncompressed size
    data[at:at + 4] = (100).to_bytes(4, "little")
    (tmp_path / "b.docx").write_bytes(bytes(data))
    with pytest.raises(InputError, match="cannot unpack word/document.xml"):
        load(str(tmp_path / "b.docx"))


@pytest.mark.parametrize("content, error", [
    ("<text:p>a<text:s text:c='abc'/>b<text:s text:c='1.5'/>c<text:s text:c='10000000000000'/>d</text:p>", None),
    (None, "content.xml is not well-formed XML (unknown encoding"),
    ("<!--" + "x" * 5000 + "--><!DOCTYPE x [<!ENTITY e 'boom'>]><text:p>&e;</text:p>", "declares a document type"),
])
def test_hostile_opendocument_parts_are_one_error_line_or_read_safely(tmp_path, run_cli, content, error):
    t = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    o = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    if content is None:
        xml = '<?xml version="1.0" encoding="U-8"?><x/>'
    elif content.startswith("<!--"):
        xml = content.replace("<text:p>", f"<office:document-content {t} {o}><text:p>") + "</office:document-content>"
    else:
        xml = f"<office:document-content {t} {o}><office:body><office:text>{content}</office:text></office:body>" \
              "</office:document-content>"
    with zipfile.ZipFile(tmp_path / "a.odt", "w") as z:
        z.writestr("content.xml", xml)
    proc = run_cli("check", "a.odt")
    if error is None:
        assert proc.returncode == 0 and texts(tmp_path / "a.odt") == ["a b c" + " " * 100 + "d"]
    else:
        lines = proc.stderr.decode().splitlines()
        assert proc.returncode == 2 and len(lines) == 1 and error in lines[0], lines
