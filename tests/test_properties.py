"""Java properties (resource bundles): each value a text at its place in the file, read as java.util.Properties
reads it (separators, continuations, escapes); fixes written escaped; bundles paired by key; folder runs find the
English bundles and the default bundle of a translated one, never application.properties."""

import io
import json
import random

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.documents.bilingual import PLACEHOLDER_RE
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, paired_by_key, snippets, source_number_missing

P = PLACEHOLDER
EN = """\
# the app's messages
! another comment : « not text »
title = The file « {0} » is open
label.save: Save : now
  indented.key   It costs 1,5 billion
spaced\\ key = Tab\\there \\u00e9t\\u00e9 \\\\ ok
wrapped = a long line that \\
          goes on ; here
empty =
count=%d files
CRLF = ends\\r\\n in an escape
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_values_are_texts_keys_and_comments_are_not():
    doc = parse(EN, path="messages_en.properties", fmt="properties")
    assert texts(doc) == {
        "title": f"The file « {P} » is open",
        "label.save": "Save : now",
        "indented.key": "It costs 1,5 billion",
        "spaced key": "Tab\there été \\ ok",
        "wrapped": "a long line that goes on ; here",
        "count": f"{P} files",
        "CRLF": "ends\r\n in an escape",
    }
    assert doc.foreign is None and doc.declared_english


def test_translate_toolkit_reads_the_same_values():
    properties = pytest.importorskip("translate.storage.properties")
    store = properties.javautf8file.parsefile(io.BytesIO(EN.encode()))
    theirs = {u.getid().replace("\\ ", " "): PLACEHOLDER_RE.sub(P, u.source) for u in store.units
              if u.source and not u.isheader()}
    ours = texts(parse(EN, fmt="properties"))
    assert {k: theirs[k] for k in ours} == ours


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="properties")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == P:
                assert raw in ("{0}", "%d"), raw
            else:
                assert raw == ch or raw in ("\\t", "\\u00e9", "\\\\", "\\r", "\\n"), (seg.text, i, raw)


def test_findings_point_into_the_values_and_fixes_keep_what_was_meant(tmp_path, run_cli):
    path = tmp_path / "messages_en.properties"
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", path.name)
    assert snippets(proc.stdout, EN) == [("TQ101", "« {"), ("TQ101", "» i"), ("TQ102", " : "), ("TQ102", " ; "),
                                         ("TQ501", "1,5")]
    run_cli("check", "--fix", "-q", path.name)
    fixed = texts(parse(path.read_text(encoding="utf-8"), fmt="properties"))
    assert fixed["title"] == f"The file “{P}” is open" and fixed["label.save"] == "Save: now"
    assert fixed["wrapped"] == "a long line that goes on; here" and fixed["indented.key"] == "It costs 1.5 billion"
    assert "! another comment : « not text »" in path.read_text(encoding="utf-8")


def test_random_fixes_read_back_as_meant():
    rnd = random.Random(3)
    pieces = ["a", "é", " b", "«", "\\\\", "\\t", "\\u00e9", "\\=", ": c", "\\\n    d"]
    fixed = 0
    for _ in range(500):
        value = "a" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        text = f"k = {value}\n"
        doc = parse(text, fmt="properties")
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(["\\", "\n", "“", "x y", "", "=", "\t"])
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None or doc.touches_opaque(problem.start, problem.end):
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            if wanted != wanted.lstrip():
                continue  # (the value's leading spaces are the separator's)
            assert texts(parse(after, fmt="properties")).get("k", "") == wanted, (text, after)
            fixed += 1
    assert fixed > 150


def test_bundles_pair_by_key(tmp_path, run_cli):
    assert paired_by_key("properties", ("messages_en.properties", "price = It costs 52 euros\nopen = Open\n"),
                         ("messages_fr.properties", "price = Il coûte 25 euros\n")) == [
        ("price", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, ("messages.properties", "price = It costs 52 euros\n"),
                                 ("messages_fr.properties", "price = Il coûte 25 euros\n"))


def test_folders_find_english_bundles_and_translated_default_bundles_only(tmp_path, run_cli):
    files = ["i18n/messages.properties", "i18n/messages_fr.properties", "i18n/errors_en.properties",
             "i18n/errors_en_GB.properties", "src/application.properties", "gradle.properties",
             "i18n/labels_de.properties"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, "k = Open : now\n"))
    assert found == ["i18n/errors_en.properties", "i18n/errors_en_GB.properties", "i18n/messages.properties"]


@pytest.mark.parametrize("path, ours", [
    ("/p/messages_en.properties", True), ("/p/messages_fr.properties", True), ("/p/application.properties", False),
])
def test_the_language_server_lints_bundles_whose_name_says_a_language(path, ours):
    assert is_ours(path, None) == ours


def test_a_bundle_in_french_is_not_checked():
    assert parse("a = Ouvrir\n", path="messages_fr.properties", fmt="properties").foreign == \
        "the language its name gives is 'fr'"


def test_a_bundles_language_is_its_names_not_its_packages(tmp_path, run_cli):
    """Tomcat's jakarta/el/LocalStrings.properties is English: `el` there is a Java package, not Greek."""
    assert parse("a = Open : now\n", path="jakarta/el/LocalStrings.properties", fmt="properties").foreign is None
    assert parse("a = Open\n", path="jakarta/el/LocalStrings_fr.properties", fmt="properties").foreign


def test_expressions_markup_mnemonics_and_message_format_quotes_are_read_as_shown():
    doc = parse("a = ${inclusive == true ? 'or equal to ' : ''} : done\n"  # Jakarta EL: one placeholder
                "b = <html><b>Bold</b> text</html>\n"  # Swing's HTML labels
                "c = In&sert\nd = &Save as...\ne = R&D and AT&T\n"  # mnemonics, and no mnemonic between capitals
                "f = Don''t delete ''{0}''.\ng = Don''t panic\n",  # MessageFormat: `''` is a quote where `{0}` is
                path="menu_en.properties", fmt="properties")
    assert texts(doc) == {"a": f"{P} : done", "b": f"{P}{P}Bold{P} text{P}", "c": "Insert", "d": "Save as...",
                          "e": "R&D and AT&T", "f": f"Don't delete '{P}'.", "g": "Don''t panic"}
    seg = doc.units["c"]
    problem = seg.problem(0, 6, "TQ101", "m", "Insert")  # a fix across the mnemonic's `&`
    assert doc.touches_opaque(problem.start, problem.end)


def test_a_letters_html_reference_reads_as_the_letter():
    """Web applications (Lutece, Silverpeas) write their messages' accents as HTML references: read as the letter,
    spanning its reference (`r&eacute;servation` is one French word, not `r` and a word `eacute`); other
    references stay as written, a mnemonic's `&` is still nothing."""
    doc = parse("a = Votre r&eacute;servation &#233;t&#xE9; faite\nb = Tom &amp; Jerry &lt;b&gt;\nc = &File\n"
                "d = R&eacute;servation \u00e0 P&eacute;kin\ne = R&D\n", path="messages_en.properties", fmt="properties")
    assert texts(doc) == {"a": "Votre réservation été faite", "b": "Tom &amp; Jerry &lt;b&gt;", "c": "File",
                          "d": "Réservation à Pékin", "e": "R&D"}  # (after a capital: no mnemonic)
    guillemets = parse("a = He said &laquo;&nbsp;yes&nbsp;&raquo;\n", path="m_en.properties", fmt="properties")
    assert texts(guillemets) == {"a": "He said «\u00a0yes\u00a0»"}  # French typography, now seen (TQ101)
    from tqcheck import check_text
    from tqcheck.config import Config

    found = check_text("a = Il faut une r&eacute;servation\n", path="messages_en.properties",
                       config=Config(select=["TQ4"]))
    assert [f.span for f in found] == ["Il faut une r&eacute;servation"]  # the file's text, the reference whole


def test_a_default_bundle_beside_its_french_one_is_checked_even_in_french(tmp_path, run_cli):
    """Lutece's billetterie_messages.properties is the default (English) bundle beside billetterie_messages_fr:
    left half in French, it is an untranslated English bundle, not the French source."""
    french = "".join(f"k{n} = Voulez-vous vraiment supprimer les données de la salle {n} ?\n" for n in range(8))
    (tmp_path / "messages.properties").write_text(french, encoding="utf-8")
    alone = run_cli("check", "--format", "json", "messages.properties")
    assert json.loads(alone.stdout)["findings"] == []  # alone, it reads as French: the source, not checked
    (tmp_path / "messages_fr.properties").write_text("k0 = Voulez-vous vraiment partir ?\n", encoding="utf-8")
    beside = run_cli("check", "--format", "json", "messages.properties")
    assert "TQ402" in {f["code"] for f in json.loads(beside.stdout)["findings"]}


def test_a_bundle_that_is_not_utf8_is_read_as_java_reads_it(tmp_path, run_cli):
    # a hostile run's: refused as "not valid UTF-8", where Java falls back to ISO-8859-1
    path = tmp_path / "messages_en.properties"
    path.write_bytes("a = Caf\u00e9 \u00ab a \u00bb : yes\n".encode("latin-1"))
    proc = run_cli("check", "--format", "json", str(path))
    assert [f["code"] for f in json.loads(proc.stdout)["findings"]] == ["TQ101", "TQ101", "TQ102"]
    run_cli("check", "--fix", "-q", str(path))
    assert path.read_bytes() == "a = Caf\u00e9 \u00ab a \u00bb: yes\n".encode("latin-1")  # (no “ in ISO-8859-1)


def test_a_latin1_bundle_with_a_nul_byte_is_binary_as_any_file(tmp_path, run_cli):
    # stop 51's hostile run: read as ISO-8859-1, a file of NUL bytes passed as text ("All checks passed", exit 0)
    path = tmp_path / "messages_en.properties"
    path.write_bytes("a = Caf\u00e9\n".encode("latin-1") + b"b = \x00\x01\x02\n")
    proc = run_cli("check", str(path))
    assert proc.returncode == 2 and b"binary file (NUL byte at byte 13)" in proc.stderr + proc.stdout
