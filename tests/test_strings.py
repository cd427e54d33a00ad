"""Apple strings files (en.lproj/Localizable.strings): each value a text at its place in the file, escapes read and
written back, comments and keys not text; the .lproj folder names the language; --source pairs by key."""

import json
import random

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, paired_by_key, refused, snippets, source_number_missing

P = PLACEHOLDER
EN = """\
/* Title of the main screen : « not text » */
"title" = "Welcome : %@ « friend »";
"count" = "%d files\\nfound ; ok";
// a comment : « not text »
bare_key = "It costs 1,5 billion";
"esc" = "Tab\\there \\"xy\\" \\U00e9t\\U00e9";
"ordered %1$@ and %2$lld" = "%2$lld items for %1$@";
"alone";
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_values_are_texts_keys_and_comments_are_not():
    doc = parse(EN, path="en.lproj/Localizable.strings", fmt="strings")
    assert texts(doc) == {"title": f"Welcome : {P} « friend »", "count": f"{P} files\nfound ; ok",
                          "bare_key": "It costs 1,5 billion", "esc": 'Tab\there "xy" été',
                          "ordered %1$@ and %2$lld": f"{P} items for {P}"}
    assert doc.foreign is None and doc.declared_english


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="strings")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            assert raw == ch or ch == P and raw.startswith("%") or raw in ("\\n", "\\t", '\\"', "\\U00e9"), raw


def test_findings_point_into_the_values_and_fixes_keep_the_file_readable(tmp_path, run_cli):
    path = tmp_path / "en.lproj" / "Localizable.strings"
    path.parent.mkdir()
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", "en.lproj/Localizable.strings")
    assert snippets(proc.stdout, EN) == [("TQ101", "« f"), ("TQ101", "»\";"), ("TQ102", " : "), ("TQ102", " ; "),
                                         ("TQ501", "1,5")]
    run_cli("check", "--fix", "-q", "en.lproj/Localizable.strings")
    fixed = texts(parse(path.read_text(encoding="utf-8"), fmt="strings"))
    assert fixed["title"] == f'Welcome: {P} "friend"' and fixed["count"] == f"{P} files\nfound; ok"
    assert "/* Title of the main screen : « not text » */" in path.read_text(encoding="utf-8")


def test_random_fixes_read_back_as_meant():
    rnd = random.Random(9)
    pieces = ["a", "é", " b", "«", '\\"', "\\\\", "\\n", "\\U00e9", "; c", "= d", "/* e */"]
    fixed = 0
    for _ in range(500):
        value = "a" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        text = f'"k" = "{value}";\n'
        doc = parse(text, fmt="strings")
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(['"', "\\", "\n", "“", "x y", "", ";", "\t"])
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None:
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            assert texts(parse(after, fmt="strings")).get("k", "") == (wanted if wanted.strip() else "")
            fixed += 1
    assert fixed > 300


def test_utf16_with_its_byte_order_mark_is_read(tmp_path, run_cli):
    """Xcode long wrote strings files in UTF-16; a fix is written back in it."""
    path = tmp_path / "en.lproj" / "Localizable.strings"
    path.parent.mkdir()
    path.write_bytes('"a" = "Open : now";\n'.encode("utf-16"))
    assert run_cli("check", "--fix", "-q", "en.lproj/Localizable.strings").returncode == 0
    assert path.read_bytes().decode("utf-16") == '"a" = "Open: now";\n'


def test_files_pair_by_key(tmp_path, run_cli):
    assert paired_by_key("strings", ("en.lproj/a.strings", '"price" = "It costs 52 euros";\n"open" = "Open";\n'),
                         ("fr.lproj/a.strings", '"price" = "Il coûte 25 euros";\n')) == [
        ("price", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, ("en.lproj/a.strings", '"price" = "It costs 52 euros";\n'),
                                 ("fr.lproj/a.strings", '"price" = "Il coûte 25 euros";\n'))


def test_folders_find_english_and_base_strings_files_only(tmp_path, run_cli):
    files = ["App/en.lproj/Localizable.strings", "App/en-GB.lproj/InfoPlist.strings", "App/fr.lproj/Localizable.strings",
             "App/Base.lproj/Main.strings", "App/notes.strings"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, '"k" = "Open : now";\n'))
    assert found == ["App/Base.lproj/Main.strings", "App/en-GB.lproj/InfoPlist.strings",
                     "App/en.lproj/Localizable.strings"]


@pytest.mark.parametrize("path, lang", [("en.lproj/a.strings", None), ("fr.lproj/a.strings", "the language its "
                                        "folder names is 'fr'"), ("Base.lproj/a.strings", None)])
def test_the_lproj_folder_names_the_language(path, lang):
    assert parse('"a" = "Ouvrir";\n', path=path, fmt="strings").foreign == lang


@pytest.mark.parametrize("text, message", [
    ('"a" = "open;\n', 'a.strings: error: not a strings file at line 1, column 7: a string not closed'),
    ('"a" "b";\n', "a.strings: error: not a strings file at line 1, column 5: '=' expected after a key"),
    ('"a" = "b"\n"c" = "d";\n', "a.strings: error: not a strings file at line 2, column 1: ';' expected after a value"),
    ('/* open\n"a" = "b";\n', "a.strings: error: not a strings file at line 1, column 1: a comment not closed"),
])
def test_malformed_files_one_line_exit_2_never_modified(tmp_path, run_cli, text, message):
    assert refused(tmp_path, run_cli, "a.strings", text) == [message]


@pytest.mark.parametrize("path, ours", [("/p/en.lproj/a.strings", True), ("/p/notes.strings", False)])
def test_the_language_server_lints_strings_files_whose_folder_names_a_language(path, ours):
    assert is_ours(path, None) == ours


def test_a_french_first_app_s_strings_keyed_by_their_sources_are_bilingual(tmp_path, run_cli):
    """``genstrings`` keys each string by its development-language text: a French-first app's ``en.lproj``."""
    folder = tmp_path / "en.lproj"
    folder.mkdir()
    (folder / "Localizable.strings").write_text(
        '/* Bouton */\n"Paramètres" = "Settings";\n"Vous avez %d messages non lus" = "You have %d unread messages";\n'
        '"Payez 2 450 euros" = "Pay 450 euros";\n"Tableau de bord" = "Tableau de bord";\n'
        '"Supprimer le compte" = "";\n"settings.title" = "Settings";\n', encoding="utf-8")
    proc = run_cli("check", "en.lproj/Localizable.strings", "--select", "TQ6", "--format", "json")
    found = [(f["code"], f["line"], f["message"]) for f in json.loads(proc.stdout)["findings"]]
    assert [(code, line) for code, line, _ in found] == [("TQ601", 4), ("TQ602", 5), ("TQ608", 6)]
    assert found[2][2] == "No English translation: the text is empty"
