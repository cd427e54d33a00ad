"""Every data table against its declaration (tqcheck.rules.common.tables): one test for all of them."""

import os

import pytest

from tqcheck.rules import all_rules
from tqcheck.rules.common import DATA_DIR, TABLES, read_rows

from tqcheck.documents import language  # noqa: E402
from tqcheck.rules.common import Table  # noqa: E402

# the document layer's own table, read without the rules' loader (documents never import rules): declared here
Table(language.MARKERS, key=("language", "word"), choices={"language": ("en", "fr")}, order="plain")
all_rules()  # imports every detector, which declares its tables
USED = {name for rule in all_rules().values() for name in rule.data} | {language.MARKERS}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_matches_its_declaration(name):
    assert TABLES[name].validate() == []


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rows_read_at_run_time_are_the_rows_validated(name):
    """``Table.rows`` reads the file its own faster way: the same cells as ``read_rows``, which validates."""
    table = TABLES[name]
    header, rows = read_rows(name)
    expected = tuple(tuple(tuple(filter(None, cells[c].split("|"))) if c in table.lists else cells[c]
                           for c in header) for _, cells in rows)
    assert tuple(map(tuple, table._read())) == expected
    assert table._read()[0]._fields == tuple(c.replace("-", "_") for c in header)


def test_short_and_long_lines_are_padded_and_cut(tmp_path, monkeypatch):
    from tqcheck.rules.common import tables

    (tmp_path / "t.tsv").write_text("# comment\nkey\tvalues\twhy\n\na\tx|y\nb\t\tr\textra\n", encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", str(tmp_path))
    table = tables.Table.__new__(tables.Table)
    table.name, table.lists = "t.tsv", ("values",)
    assert [tuple(r) for r in table._read()] == [("a", ("x", "y"), ""), ("b", (), "r")]


def test_every_shipped_table_is_declared_and_used():
    files = set(os.listdir(DATA_DIR))
    shipped = {f for f in files if f.endswith(".tsv")}
    assert shipped - set(TABLES) == set(), "tables no detector declares"
    assert set(TABLES) - USED == set(), "tables no rule lists in its `data`"
    assert USED - files == set(), "rules name data files that do not exist"
    assert files - USED == set(), "data files no rule lists in its `data`"


@pytest.mark.parametrize("name", sorted(n for n in TABLES if "example" in read_rows(n)[0]))
def test_every_example_row_is_flagged_by_a_rule_that_reads_the_table(name):
    from tqcheck import check_text

    codes = {rule.code for rule in all_rules().values() if name in rule.data}
    missed = [cells["example"] for _, cells in read_rows(name)[1]
              if cells["example"] and not codes & {f.code for f in check_text(cells["example"], path="x.md")}]
    assert missed == []


def test_validate_reports_each_kind_of_error(tmp_path, monkeypatch):
    """The validator can fail: a bad table gets one message per problem, with its line."""
    from tqcheck.rules.common import tables

    (tmp_path / "bad.tsv").write_text(
        "# comment\nfrench\tenglish\tkind\twhy\n"
        "b\tB\tplace\tok\n"
        "a\tA\tmoon\t\n"      # unsorted, bad choice, empty why
        "a\tC\tplace\tdup\n"   # duplicate
        "c\tb\tplace\tchain\n",  # c -> b -> B
        encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", str(tmp_path))
    table = tables.Table.__new__(tables.Table)
    table.__init__("bad.tsv", "french", choices={"kind": ("place", "person")}, loops=("french", "english"))
    errors = "\n".join(table.validate())
    for expected in (":4: empty why", "'moon' is not one of", ":5: duplicate of line 4", ":4: not sorted", ":6: c → b"):
        assert expected in errors, errors
    tables.TABLES.pop("bad.tsv", None)
