"""The engine of TQ302 and TQ303 (tqcheck.rules.calques.pattern_table), on both tables and on a small one."""

import pytest

from conftest import shared
from tqcheck.documents import parse
from tqcheck.rules.calques import false_friends, structures
from tqcheck.rules.common import keywords, tables
from tqcheck.rules.common.keywords import SHORT, lowered

TABLES = {"TQ302": false_friends.TABLE, "TQ303": structures.TABLE}


def _starts_a_word(low, i):
    return i == 0 or not low[i - 1].isalnum()


def _holds_a_keyword(entry, low, start, end):
    return any(low.startswith(k, i) and _starts_a_word(low, i) for k in entry.keywords for i in range(start, end))


@pytest.mark.parametrize("code", sorted(TABLES))
def test_every_example_holds_a_keyword_and_a_needle(code):
    """The fast search relies on it: a keyword starts a word in every match, and a needle is in it."""
    for entry, row in zip(TABLES[code].entries, TABLES[code].table.rows):
        low = lowered(row.example)
        assert _holds_a_keyword(entry, low, 0, len(low)), row.example
        assert entry.needles is None or entry.needles.search(low), row.example


def test_every_match_on_real_text_holds_a_needle():
    """The patterns of the entries with needles, run over whole texts with no prefilter: every match holds
    a keyword and a needle (the data says so; this checks it on a clean reference and on two MT outputs)."""
    texts = [shared("data", "wmt13-fren", "newstest2013-ref.en"),
             shared("data", "wmt13-fren", "system-outputs", "newstest2013.fr-en.online-C"),
             shared("data", "wmt13-fren", "system-outputs", "newstest2013.fr-en.rbmt-3")]
    text = "\n".join(path.read_text(encoding="utf-8") for path in texts)
    low, matches = lowered(text), 0
    entries = [e for table in TABLES.values() for e in table.entries if e.needles is not None]
    assert len(entries) >= 5
    for entry in entries:
        for m in entry.regex.finditer(text):
            matches += 1
            assert _holds_a_keyword(entry, low, *m.span()), (entry.english, m.group())
            assert entry.needles.search(low, *m.span()), (entry.english, m.group())
    assert matches >= 10  # the check saw real matches


@pytest.mark.parametrize("code", sorted(TABLES))
def test_every_example_is_flagged_in_a_long_segment(found, code):
    """A long segment is scanned in one pass for every keyword: each data row's example, repeated into
    one long segment, is flagged in every copy."""
    for row in TABLES[code].table.rows:
        single = [(f.code, f.span) for f in found(row.example, select=(code,))]
        copies = SHORT // len(row.example) + 20
        text = "\n".join([row.example] * copies)
        assert [(f.code, f.span) for f in found(text, select=(code,))] == single * copies, row.example


@pytest.fixture
def small_table(tmp_path, monkeypatch):
    """A pattern table of three entries in a temporary data folder (registered nowhere for good)."""
    from tqcheck.rules.calques.pattern_table import PatternTable, table

    (tmp_path / "small.tsv").write_text(
        "english\tfrench\tsuggestions\tseverity\tkeywords\tneedles\tpattern\texample\twhy\n"
        "big\tgros\tlarge|huge\tinfo\tbig\t\t\\b(?P<w>big) (?:fish|deal)\\b\tA big fish.\tw\n"
        "big deal\tgrosse affaire\tmajor deal\twarning\tbig\tdeal\t\\b(?P<w>big) deal\\b\tA big deal.\tw\n"
        "it is X who\tc'est X qui\t{who} did it|{missing} did it\tinfo\tit is\t\t\\bit is (?P<who>\\w+) who\\b\t"
        "It is Anna who.\tw\n", encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", str(tmp_path))
    monkeypatch.setattr(keywords, "_REGISTRY", list(keywords._REGISTRY))
    monkeypatch.setattr(keywords, "_scanner", None)
    monkeypatch.setattr(tables, "TABLES", dict(tables.TABLES))
    return PatternTable(table("small.tsv"), "TQ302")


def test_the_more_severe_entry_speaks_for_a_span(small_table):
    problems = list(small_table.check(parse("A big deal and a big fish.")))
    assert [(p.start, p.end, p.severity) for p in problems] == [(2, 5, "warning"), (17, 20, "info")]
    assert "*grosse affaire*" in problems[0].message and problems[0].fix is None  # two words: no fix
    assert problems[1].fix.replacement == "large"  # the entry's own word, a one-word suggestion


def test_a_template_is_filled_from_the_groups_and_one_that_cannot_be_is_left_out(small_table):
    (problem,) = small_table.check(parse("It is Anna who called."))
    assert problem.fix.replacement == "Anna did it" and "missing" not in problem.message
