"""Bilingual CSV string tables: the header names the English (target) and French (source) columns, else two
columns are source,target; RFC 4180 quoting read as Python's csv module reads it; fixes written quoted as the
field is; a table of other languages is not checked."""

import csv
import io
import json
import random

import pytest

from tqcheck.documents import parse

from conftest import found_by_folder_run, random_fixes

TABLE = ('key;fr;en\r\ngreet;"Bonjour : ami";"Hello : friend"\r\nprice;Il coûte 25 €;It costs 52 €\r\n'
         'quote;"Il a dit ""oui""";"He said ""yes"" « now »"\r\nmulti;"Ligne 1\r\nLigne 2";"Line 1\r\nLine 2"\r\n'
         "empty;Vide;\r\n")


def pairs(doc):
    return [(p.id, p.source, p.target.text if p.target else None) for p in doc.pairs]


def test_the_header_names_the_columns_and_the_key_gives_the_ids():
    doc = parse(TABLE, path="strings.csv", fmt="csv")
    assert pairs(doc) == [("greet", "Bonjour : ami", "Hello : friend"),
                          ("price", "Il coûte 25 €", "It costs 52 €"),
                          ("quote", 'Il a dit "oui"', 'He said "yes" « now »'),
                          ("multi", "Ligne 1\nLigne 2", "Line 1\nLine 2"), ("empty", "Vide", None)]
    assert doc.declared_english


@pytest.mark.parametrize("header, row, wanted", [
    ("Source,Target", "Bonjour,Hello", ("Bonjour", "Hello")),
    ("French,English (United States)", "Bonjour,Hello", ("Bonjour", "Hello")),
    ("en,fr", "Hello,Bonjour", ("Bonjour", "Hello")),
    ("id,source text,translation", "1,Bonjour,Hello", ("Bonjour", "Hello")),
    ("anglais,français", "Hello,Bonjour", ("Bonjour", "Hello")),
])
def test_column_names_as_spreadsheets_write_them(header, row, wanted):
    doc = parse(f"{header}\n{row}\n", path="t.csv", fmt="csv")
    assert [(p.source, p.target.text) for p in doc.pairs] == [wanted]


def test_two_columns_without_a_header_are_source_and_target():
    doc = parse('Bonjour : ami,Hello : friend\n"Prix, total",Price : total\n', path="t.csv", fmt="csv")
    assert pairs(doc) == [("1", "Bonjour : ami", "Hello : friend"), ("2", "Prix, total", "Price : total")]


def test_an_english_column_alone_is_checked_and_compared_with_nothing():
    doc = parse("key,en\na,Open : now\n", path="t.csv", fmt="csv")
    assert doc.pairs == [] and [s.text for s in doc.segments] == ["Open : now"]


@pytest.mark.parametrize("text, foreign, warning", [
    ("id,de,es\n1,Hallo,Hola\n", "its header names id, de, es and no English column", None),
    ("a,b,c\n1,2,Open : now\n", None, "no header names an English column"),
])
def test_tables_with_no_english_column(text, foreign, warning):
    doc = parse(text, path="t.csv", fmt="csv")
    assert doc.foreign == foreign and doc.segments == []
    assert (warning is None) == (not doc.warnings) and all(warning in w for w in doc.warnings)


def test_reading_agrees_with_pythons_csv_module():
    rnd = random.Random(7)
    cells = ["a", "b c", "é", '"q"', "x,y", "l1\nl2", "l1\r\nl2", " sp ", ";", ""]
    for _ in range(300):
        rows = [["fr", "en"]] + [[rnd.choice(cells) + "w", rnd.choice(cells) + "v"] for _ in range(rnd.randint(1, 4))]
        out = io.StringIO()
        csv.writer(out, delimiter=rnd.choice(",;"), lineterminator=rnd.choice(["\n", "\r\n"])).writerows(rows)
        doc = parse(out.getvalue(), path="t.csv", fmt="csv")
        assert [(p.source, p.target.text) for p in doc.pairs] == \
            [(s.replace("\r\n", "\n"), t.replace("\r\n", "\n")) for s, t in rows[1:]], out.getvalue()


def test_random_fixes_keep_the_table_readable():
    def read_back(text):
        rows = list(csv.reader(io.StringIO(text, newline="")))
        return [rows[1][1].replace("\r\n", "\n")] if rows[1][1].strip() else []

    pieces = ["a", "é", " b", "«", '""', ",", "\r\n", " : c"]
    assert random_fixes(11, pieces, ['"', ",", "\n", "“", "x y", "", ":"], lambda v: f'fr,en\nsource,"{v}"\n',
                        read_back, "t.csv", "csv") > 200
    assert random_fixes(12, ["a", "é", " b", "«", " : c"], ['"', ",", "x y", "", ":"], lambda v: f"fr,en\ns,{v}\n",
                        read_back, "t.csv", "csv") > 200


def test_findings_fixes_and_source_numbers(tmp_path, run_cli):
    (tmp_path / "strings.csv").write_bytes(TABLE.encode())
    proc = run_cli("check", "--format", "json", "strings.csv")
    assert sorted(f["code"] for f in json.loads(proc.stdout)["findings"]) == ["TQ101", "TQ101", "TQ102", "TQ505",
                                                                            "TQ601"]
    run_cli("check", "--fix", "-q", "strings.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "strings.csv").read_text(), newline=""), delimiter=";"))
    assert rows[1] == ["greet", "Bonjour : ami", "Hello: friend"] and rows[3][2] == 'He said "yes" "now"'


def test_a_quote_not_closed_is_one_error_line(tmp_path, run_cli):
    (tmp_path / "t.csv").write_text('fr,en\n"Bonjour,Hello\n')
    proc = run_cli("check", "t.csv")
    assert proc.returncode == 2 and proc.stderr.decode() == \
        "t.csv: error: not a valid CSV file at line 2, column 1: a quoted field is not closed\n"


def test_folder_runs_read_string_tables_not_every_csv(tmp_path, run_cli):
    found = found_by_folder_run(tmp_path, run_cli, {
        "l10n/strings.csv": "key,fr,en\na,Ouvrir,Open : now\n", "l10n/strings.en.csv": "a,Open : now\n",
        "data/measures.csv": "date,value,note\n2024,3,Open : now\n", "l10n/strings.fr.csv": "a,Ouvrir : maintenant\n"})
    assert found == ["l10n/strings.csv", "l10n/strings.en.csv"]
