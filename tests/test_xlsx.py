"""Spreadsheets (.xlsx) written by openpyxl: each sheet's English column checked, paired with its French one; the
extracted text is one line a row (sheet and row, French, English); never written; a sheet with no English column
is named in one warning."""

import json

import pytest

from tqcheck.documents import load

openpyxl = pytest.importorskip("openpyxl")


def book(path, sheets):
    """``{sheet name: rows}``, written by openpyxl (a real .xlsx: shared strings, styles, relationships)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(str(path))
    return path


STRINGS = {"UI": [["key", "French", "English", "notes"], ["greet", "Bonjour : ami", "Hello : friend", "a : note"],
                  ["price", "Il coûte 25 €", "It costs 52 €", None], ["count", 3, 4, None],
                  ["lines", "Ligne 1\nLigne 2", "Line 1\nLine 2 « ok »", None], ["empty", "Vide", None, None]],
           "Numbers": [["id", "value"], [1, 2.5]], "Web": [["Source", "Target"], ["Accueil", "Home : page"]]}


def test_each_sheets_english_column_is_paired_with_its_french_one(tmp_path):
    doc = load(str(book(tmp_path / "strings.xlsx", STRINGS)))
    assert [(p.id, p.source, p.target.text) for p in doc.pairs] == [
        ("greet", "Bonjour : ami", "Hello : friend"), ("price", "Il coûte 25 €", "It costs 52 €"),
        ("lines", "Ligne 1 Ligne 2", "Line 1 Line 2 « ok »"), ("Web!2", "Accueil", "Home : page")]
    assert doc.warnings == ["no column named English (en, English, target…) in sheet Numbers: not read"]
    assert doc.text.split("\n")[0] == "greet\tBonjour : ami\tHello : friend"


def test_findings_show_the_row_and_nothing_is_written(tmp_path, run_cli):
    path = book(tmp_path / "strings.xlsx", STRINGS)
    before = path.read_bytes()
    proc = run_cli("check", "--format", "json", "strings.xlsx")
    found = sorted((f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"])
    assert found == [("TQ101", 3), ("TQ101", 3), ("TQ102", 1), ("TQ102", 4), ("TQ505", 2), ("TQ601", 2)]
    proc = run_cli("check", "--fix", "strings.xlsx")
    assert "tqcheck never writes into .xlsx files: not fixed" in proc.stderr.decode() and path.read_bytes() == before
    shown = run_cli("check", "strings.xlsx").stdout.decode()
    assert "\n    greet Bonjour : ami Hello : friend\n" in shown  # the row, its tabs shown as spaces


def test_two_columns_without_a_header_are_source_and_target(tmp_path):
    doc = load(str(book(tmp_path / "t.xlsx", {"S": [["Bonjour", "Hello : you"], ["Merci", "Thanks"]]})))
    assert [(p.id, p.source, p.target.text) for p in doc.pairs] == [("S!1", "Bonjour", "Hello : you"),
                                                                     ("S!2", "Merci", "Thanks")]


def test_rich_text_and_inline_strings_are_read_as_shown(tmp_path):
    import zipfile

    m = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(tmp_path / "t.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook {m} {r}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>'
                                      "</workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                                                 '2006/relationships"><Relationship Id="rId1" '
                                                 'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", f"<sst {m}><si><t>fr</t></si><si><t>en</t></si><si><r><t>Bold </t></r>"
                                           "<r><t>text : here</t></r><rPh><t>ignored</t></rPh></si></sst>")
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {m}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                                               '<c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr">'
                                               '<is><t>Source</t></is></c><c r="B2" t="s"><v>2</v></c></row>'
                                               '<row r="3"><c r="A3" t="str"><f>A2</f><v>Formule</v></c><c r="B3" '
                                               't="str"><f>B2</f><v>Formula : result</v></c></row></sheetData>'
                                               "</worksheet>")
    doc = load(str(tmp_path / "t.xlsx"))
    assert [(p.source, p.target.text) for p in doc.pairs] == [("Source", "Bold text : here"),
                                                               ("Formule", "Formula : result")]


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("key,fr,en\n"), "not an .xlsx file: not a ZIP archive"),
    (lambda p: __import__("zipfile").ZipFile(p, "w").writestr("x.xml", "<x/>"),
     "not an .xlsx file: it has no xl/workbook.xml"),
])
def test_bad_files_one_line_exit_2(tmp_path, run_cli, make, message):
    make(tmp_path / "a.xlsx")
    proc = run_cli("check", "a.xlsx")
    assert proc.returncode == 2 and proc.stderr.decode().startswith(f"a.xlsx: error: {message}")


def test_folder_runs_read_string_books_not_every_spreadsheet(tmp_path, run_cli):
    (tmp_path / "l10n").mkdir()
    rows = {"S": [["fr", "en"], ["Ouvrir", "Open : now"]]}
    for name in ("l10n/Translations.xlsx", "l10n/strings_en.xlsx", "l10n/budget.xlsx", "l10n/strings_de.xlsx"):
        book(tmp_path / name, rows)
    proc = run_cli("check", "--format", "json", ".")
    assert sorted({f["path"] for f in json.loads(proc.stdout)["findings"]}) == ["l10n/Translations.xlsx",
                                                                                "l10n/strings_en.xlsx"]
