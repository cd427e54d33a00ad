"""INI language files (Joomla's language/en-GB/en-GB.com_foo.ini): each value a text at its place in the file, keyed
by its key (and section), escapes and "_QQ_" read and written back, comments not text; pairing by key, Joomla's
en-GB. and fr-FR. names too; folder runs read the files named English, never php.ini or tox.ini."""

import configparser

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.lsp.linting import is_ours

from conftest import (found_by_folder_run, misplaced, paired_by_key, random_fixes,
                      refused, snippets, source_number_missing)

P = PLACEHOLDER
EN = """\
; Foo component : « not text »
; @package Foo
COM_FOO="Foo"
COM_FOO_TITLE="The file « %s » is open"
COM_FOO_SAVED = "Saved : %d items ; it costs 1,5 euros" ; a comment : « not text »

[OPTIONS]
COM_FOO_QUOTED="Click "_QQ_"Save"_QQ_" then \\"Close\\""
COM_FOO_HTML="<strong>Note</strong> at 14h30<br>Line two\\nthree"
COM_FOO_BARE = Opens at 9h ; the rest is a comment
COM_FOO_LINK="<a href='%1$s' target=\\"_blank\\">Read it</a>"
COM_FOO_EMPTY=""
COM_FOO_NAMED="Copyright %date% %sitename%, 100% free"
COM_FOO_MULTI="First line
    second line"
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_values_are_texts_keys_and_comments_are_not():
    doc = parse(EN, path="language/en-GB/en-GB.com_foo.ini", fmt="ini")
    assert texts(doc) == {
        "COM_FOO": "Foo",
        "COM_FOO_TITLE": f"The file « {P} » is open",
        "COM_FOO_SAVED": f"Saved : {P} items ; it costs 1,5 euros",
        "OPTIONS.COM_FOO_QUOTED": 'Click "Save" then "Close"',
        "OPTIONS.COM_FOO_HTML": f"{P}Note{P} at 14h30\nLine two\nthree",
        "OPTIONS.COM_FOO_BARE": "Opens at 9h",
        "OPTIONS.COM_FOO_LINK": f"{P}Read it{P}",
        "OPTIONS.COM_FOO_NAMED": f"Copyright {P} {P}, 100% free",
        "OPTIONS.COM_FOO_MULTI": "First line second line",
    }
    assert doc.foreign is None and doc.declared_english and not doc.warnings


def test_configparser_reads_the_same_keys_and_quoted_values():
    """Python's configparser (no offsets) on the simple lines: the same keys, the same text inside the quotes."""
    simple = "[S]\nCOM_A=\"Open : now\"\nCOM_B=\"The file %s is open\"\nCOM_C = \"Saved, 1,5 euros\"\n"
    parser = configparser.RawConfigParser()
    parser.optionxform = str
    parser.read_string(simple)
    theirs = {f"S.{k}": v.strip('"').replace("%s", P) for k, v in parser["S"].items()}
    assert texts(parse(simple, fmt="ini")) == theirs


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="ini")
    assert not misplaced(doc)
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            escaped = raw in ('"_QQ_"', '\\"', "\\n", "\n    ")
            markup = ch == P and raw[0] in "%<" or ch == "\n" and raw.lower().startswith("<br")  # `<br>`: a line
            assert raw == ch or escaped or markup, (seg.text, i, raw)


def test_findings_point_into_the_values_and_fixes_are_escaped(tmp_path, run_cli):
    path = tmp_path / "en-GB.com_foo.ini"
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", path.name)
    assert snippets(proc.stdout, EN) == [("TQ101", "« %"), ("TQ101", "» i"), ("TQ102", " : "), ("TQ102", " ; "),
                                         ("TQ501", "1,5"), ("TQ508", "14h"), ("TQ508", "9h ")]
    run_cli("check", "--fix", "--unsafe-fixes", "-q", path.name)
    after = path.read_text(encoding="utf-8")
    fixed = texts(parse(after, fmt="ini"))
    assert fixed["COM_FOO_TITLE"] == f'The file "{P}" is open'  # (the file's quotes are straight)
    assert 'COM_FOO_TITLE="The file \\"%s\\" is open"' in after
    assert fixed["COM_FOO_SAVED"] == f"Saved: {P} items; it costs 1.5 euros"
    assert fixed["OPTIONS.COM_FOO_HTML"].startswith(f"{P}Note{P} at 14:30")
    assert "; Foo component : « not text »" in after and "; a comment : « not text »" in after
    assert run_cli("check", "--fix", "--unsafe-fixes", "-q", path.name).returncode == 0
    assert path.read_text(encoding="utf-8") == after  # idempotent


@pytest.mark.parametrize("line, span, replacement, written", [
    ('K="a : b"', (1, 4), '"x"', '\\"x\\"'),
    ('K="a : b"', (1, 4), "\n", "\\n"),
    ('K="a : b"', (1, 4), "\\", "\\\\"),
    ("K=a : b", (1, 4), ";", None),  # a comment in an unquoted value
    ("K=a : b", (1, 4), '"', None),
    ("K=a : b", (1, 4), ": ", ": "),
    ("K=a : b", (4, 5), "", None),  # a space left last in an unquoted value would be dropped
    ("K=a : b", (0, 1), "", None),  # and so would one left first
])
def test_a_fix_is_escaped_or_not_made(line, span, replacement, written):
    seg = parse(line + "\n", fmt="ini").units["K"]
    problem = seg.problem(*span, "TQ101", "m", replacement)
    assert (problem.fix.replacement if problem.fix else None) == written


def test_random_fixes_read_back_as_meant():
    def read_back(after):
        return [s.text for s in parse(after, fmt="ini").segments]

    pieces = ["a", "é", " b", "«", '\\"', '"_QQ_"', "\\n", "\\\\", "; c", "= d", "<br>", "%s", "\\q"]
    replacements = ['"', "\\", "\n", "“", "x y", "", ";", "\t", "_QQ_"]
    assert random_fixes(7, pieces, replacements, lambda v: f'K="{v}"\n', read_back, "a.ini", "ini") > 250
    bare = ["a", "é", " b", "«", "= d", "<br>", "%s", "\\"]
    wrap = lambda v: f"K = {v}\n"  # noqa: E731
    assert random_fixes(8, bare, [r for r in replacements if r.strip() == r], wrap, read_back, "a.ini", "ini") > 200


def test_files_pair_by_key_and_joomla_names_pair_by_folder(tmp_path, run_cli):
    assert paired_by_key("ini", ("en-GB.com_a.ini", 'PRICE="It costs 52 euros"\nOPEN="Open"\n'),
                         ("fr-FR.com_a.ini", 'PRICE="Il coûte 25 euros"\n')) == [("PRICE", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, ("language/en-GB/en-GB.com_a.ini", 'P="It costs 52 euros"\n'),
                                 ("language/fr-FR/fr-FR.com_a.ini", 'P="Il coûte 25 euros"\n'))
    proc = run_cli("check", "--select", "TQ601", "language/en-GB", "--source", "language/fr-FR")
    assert proc.returncode == 1 and "The source number `25` is not in the translation" in proc.stdout.decode()


def test_folders_find_english_language_files_only(tmp_path, run_cli):
    files = ["language/en-GB/en-GB.com_foo.ini", "administrator/language/en-GB/com_foo.sys.ini",
             "admin/language/en-GB/en-GB.com_foo.sys.ini", "language/fr-FR/fr-FR.com_foo.ini", "fr-FR.com_bar.ini",
             "en-GB.com_bar.ini", "php.ini", "tox.ini", "config/app.ini", "lang/en.ini"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, 'K="Open : now"\n'))
    assert found == ["admin/language/en-GB/en-GB.com_foo.sys.ini", "administrator/language/en-GB/com_foo.sys.ini",
                     "en-GB.com_bar.ini", "lang/en.ini", "language/en-GB/en-GB.com_foo.ini"]


@pytest.mark.parametrize("path, ours", [("/p/language/en-GB/en-GB.com_foo.ini", True), ("/etc/php/php.ini", False),
                                        ("/p/fr-FR.com_foo.ini", False)])
def test_the_language_server_lints_english_language_files_only(path, ours):
    assert is_ours(path, None) == ours


@pytest.mark.parametrize("path", ["language/fr-FR/com_foo.ini", "fr-FR.com_foo.ini", "messages_fr.ini"])
def test_a_french_file_is_not_checked(path):
    assert parse('K="Ouvrir"\n', path=path, fmt="ini").foreign


def test_an_ignore_comment_covers_the_entry_after_it():
    doc = parse('; tqcheck: ignore TQ102\nA="Open : now"\nB="Go : now"\n', fmt="ini")
    (d,) = doc.directives
    assert d.kind == "ignore" and doc.text[d.first:d.last].rstrip().endswith('A="Open : now"')


@pytest.mark.parametrize("text, message", [
    ('A="open\n', "a.ini: error: not an INI language file: line 1, column 3: a quoted value not closed"),
    ('A="b"\njust words\n', 'a.ini: error: not an INI language file: line 2, column 1: KEY="value" expected'),
])
def test_malformed_files_one_line_exit_2_never_modified(tmp_path, run_cli, text, message):
    assert refused(tmp_path, run_cli, "a.ini", text) == [message]


def test_text_after_the_closing_quote_is_a_warning():
    doc = parse('A="Open" now\n', fmt="ini")
    assert texts(doc) == {"A": "Open"} and doc.warnings == ["line 1: 'now' after the closing quote: not read"]
