"""Presentations (.pptx, .odp): each slide's paragraphs in order (titles, text boxes, tables, groups), then its
speaker notes, one line a paragraph; hidden slides and the deck's machinery (slide number, date, footer) are not
read; never written."""

import copy
import json
import zipfile

import pytest

from tqcheck.documents import InputError, load

pptx = pytest.importorskip("pptx")


def deck(path):
    """A real .pptx, written by python-pptx: a title slide with notes, a hidden slide, a table, a group."""
    from pptx.util import Inches

    presentation = pptx.Presentation()
    first = presentation.slides.add_slide(presentation.slide_layouts[1])  # title and content
    first.shapes.title.text = "The report : 2024"
    body = first.placeholders[1].text_frame
    body.text = "It costs 1,5 billion euros."
    body.add_paragraph().text = "We must support Ukraine. »"
    first.notes_slide.notes_text_frame.text = "Say « hello » to 10 000 people."
    number = copy.deepcopy(first.placeholders[1]._element)  # a slide number placeholder: the deck's machinery
    number.find(".//{*}ph").set("type", "sldNum")
    number.find(".//{*}t").text = "12,5"
    first.shapes._spTree.append(number)
    hidden = presentation.slides.add_slide(presentation.slide_layouts[5])
    hidden.shapes.title.text = "Hidden : 2,5"
    hidden._element.set("show", "0")
    third = presentation.slides.add_slide(presentation.slide_layouts[5])
    third.shapes.title.text = "Prices"
    table = third.shapes.add_table(1, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    table.cell(0, 0).text = "Price : 3,5"
    table.cell(0, 1).text = "Bakhmout"
    group = third.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(4), Inches(3), Inches(1)).text_frame.text = "A box in a group ."
    presentation.save(str(path))
    return path


def test_slides_notes_and_tables_are_lines_in_order(tmp_path):
    path = deck(tmp_path / "deck.pptx")
    assert [s.text for s in load(str(path)).segments] == [
        "The report : 2024", "It costs 1,5 billion euros.", "We must support Ukraine. »",
        "Say « hello » to 10 000 people.", "Prices", "Price : 3,5", "Bakhmout", "A box in a group ."]


def test_findings_are_reported_and_the_file_is_never_written(tmp_path, run_cli):
    path = deck(tmp_path / "deck.pptx")
    before = path.read_bytes()
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", "deck.pptx")
    found = sorted((f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"])
    assert found == [("TQ101", 3), ("TQ101", 4), ("TQ101", 4), ("TQ102", 1), ("TQ102", 6), ("TQ106", 8),
                     ("TQ501", 2), ("TQ501", 6), ("TQ502", 4)]
    proc = run_cli("check", "--fix", "deck.pptx")
    assert path.read_bytes() == before and b"never writes into .pptx files" in proc.stderr


def test_opendocument_presentation(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')
    content = (f"<office:document-content {ns}><office:body><office:presentation>"
               "<draw:page><draw:frame><draw:text-box><text:p>Slide one : 1,5</text:p></draw:text-box></draw:frame>"
               "<presentation:notes><draw:frame><draw:text-box><text:p>A note « x »</text:p></draw:text-box>"
               "</draw:frame></presentation:notes></draw:page>"
               '<draw:page presentation:visibility="hidden"><draw:frame><draw:text-box><text:p>Hidden : 2,5</text:p>'
               "</draw:text-box></draw:frame></draw:page>"
               "<draw:page><draw:frame><draw:text-box><text:p>Slide two</text:p></draw:text-box></draw:frame>"
               '<draw:frame presentation:class="page-number"><draw:text-box><text:p>3</text:p></draw:text-box>'
               "</draw:frame></draw:page></office:presentation></office:body></office:document-content>")
    with zipfile.ZipFile(tmp_path / "deck.odp", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        z.writestr("content.xml", content)
    assert [s.text for s in load(str(tmp_path / "deck.odp")).segments] == [
        "Slide one : 1,5", "A note « x »", "Slide two"]


@pytest.mark.parametrize("name, data, problem", [
    ("a.pptx", b"not a zip", "not a .pptx file: not a ZIP archive"),
    ("a.odp", b"PK\x05\x06" + b"\0" * 18, "not an .odp file: it has no content.xml"),
])
def test_what_is_not_a_presentation_is_one_error(tmp_path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError, match=problem):
        load(str(tmp_path / name))
