"""Qt Linguist files (app_en.ts): each translation (and plural form) a target paired with its source; gone messages,
comments and mnemonics not text; the root's language decides; TypeScript's .ts is not read."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, random_fixes, snippets

P = PLACEHOLDER
TS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.ui" line="14"/>
        <source>&amp;Fichier</source>
        <comment>menu : « not text »</comment>
        <translation>&amp;File : open</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) supprimé(s)</source>
        <extracomment>not text : either</extracomment>
        <translation>
            <numerusform>%n file deleted ; one</numerusform>
            <numerusform>%n files deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Prix : %L1 € pour R&amp;D</source>
        <translatorcomment>« not text »</translatorcomment>
        <translation type="unfinished">Price : %L1 € for R&amp;D &amp;&amp; more</translation>
    </message>
    <message>
        <source>Ancien</source>
        <oldsource>Très ancien : « not text »</oldsource>
        <translation type="vanished">Old : gone</translation>
    </message>
    <message>
        <source>Il reste 25 jours</source>
        <translation>There are 52 days left</translation>
    </message>
    <message>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def pairs(doc):
    return [(p.id.split("\x04")[1], p.source, p.target.text if p.target else None) for p in doc.pairs]


def test_translations_and_plural_forms_are_targets_paired_with_their_source():
    doc = parse(TS, path="app_en.ts", fmt="ts")
    assert pairs(doc) == [
        ("&Fichier", "Fichier", "File : open"),  # the id: the source as written
        ("%n fichier(s) supprimé(s)[0]", f"{P} fichier(s) supprimé(s)", f"{P} file deleted ; one"),
        ("%n fichier(s) supprimé(s)[1]", f"{P} fichier(s) supprimé(s)", f"{P} files deleted"),
        ("Prix : %L1 € pour R&D", f"Prix : {P} € pour R&D", f"Price : {P} € for R&D & more"),
        ("Il reste 25 jours", "Il reste 25 jours", "There are 52 days left"),
        ("Vide", "Vide", None),
    ]
    assert doc.pairs[0].id == "MainWindow\x04&Fichier\x04menu : « not text »"  # with its disambiguation
    assert doc.declared_english and doc.foreign is None


def test_every_character_maps_to_itself_or_its_entity():
    doc = parse(TS, path="app_en.ts", fmt="ts")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            assert raw == ch or ch == P and raw.startswith("%") or ch == "&" and raw == "&amp;", raw


def test_findings_point_into_translations_and_fixes_keep_the_file_valid(tmp_path, run_cli):
    import xml.etree.ElementTree as ET

    (tmp_path / "app_en.ts").write_text(TS, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ102,TQ601", "--format", "json", "app_en.ts")
    assert snippets(proc.stdout, TS) == [("TQ102", " : "), ("TQ102", " : "), ("TQ102", " ; "), ("TQ601", "The")]
    run_cli("check", "--fix", "-q", "app_en.ts")
    fixed = (tmp_path / "app_en.ts").read_text(encoding="utf-8")
    ET.fromstring(fixed.split("\n", 2)[2])
    assert "<translation>&amp;File: open</translation>" in fixed and "Old : gone" in fixed and "menu : «" in fixed


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return f'<TS language="en"><context><name>c</name><message><source>s</source>' \
               f'<translation>{value}</translation></message></context></TS>'

    def read_back(text):
        return [s.text for s in parse(text, path="x.ts", fmt="ts").segments]

    pieces = ["a", "é", " b", "«", "&amp;", "&lt;", "&#171;", "%1", " ; c", "&amp;&amp;"]
    assert random_fixes(5, pieces, ["<", "“", "x y", "", ";", ">", "R&D"], wrap, read_back, "x.ts", "ts", 600) > 200


@pytest.mark.parametrize("root, path, checked, compared", [
    ('<TS language="fr_FR" sourcelanguage="en">', "app_fr.ts", False, False),
    # French sources are the source whatever the file declares (as Angular's `en-US` XLIFF files, stop 43)
    ('<TS language="en" sourcelanguage="en_US">', "app_en.ts", True, True),
    ("<TS>", "app_en.ts", True, True),  # no languages: the path says English, the sources read as French
    ("<TS>", "app_fr.ts", False, False),
])
def test_the_declared_languages_decide_what_is_checked_and_compared(root, path, checked, compared):
    body = "".join(f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in [
        ("Les fichiers sont dans le dossier", "The files are in the folder"),
        ("Vous avez des messages", "You have messages"),
        ("Une erreur est survenue sur cette page", "An error occurred on this page")])
    doc = parse(f"{root}<context><name>c</name>{body}</context></TS>", path=path, fmt="ts")
    assert (doc.foreign is None, bool(doc.pairs)) == (checked, compared)


def test_english_sources_are_not_compared_when_no_language_is_declared():
    doc = parse("<TS><context><name>c</name><message><source>Open the file</source>"
                "<translation>Open the file</translation></message></context></TS>", path="app_en.ts", fmt="ts")
    assert doc.pairs == [] and [s.text for s in doc.segments] == ["Open the file"]
    declared = parse('<TS language="en" sourcelanguage="en_US"><context><name>c</name><message><source>Open the '
                     "files in the folder</source><translation numerus=\"yes\"><numerusform>Open the file in the "
                     "folder</numerusform></translation></message></context></TS>", path="app_en.ts", fmt="ts")
    assert declared.pairs == []  # an English app's plural forms: English sources, declared so


def test_french_sources_among_english_technical_ones_are_compared():
    # a French-first app (QElectroTech: no sourcelanguage) keeps some of its technical sources in English
    pairs = [("Les fichiers sont dans le dossier de la page", "The files are in the page's folder"),
             ("Vous avez des messages et des alertes", "You have messages and alerts"),
             ("Une erreur est survenue sur cette page", "An error occurred on this page"),
             ("Les pages sont dans ce dossier avec leurs images", "The pages are in this folder with their images"),
             ("Export to the SVG format with the default options", "Export to the SVG format with the default options")]
    body = "".join(f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in pairs)
    doc = parse(f'<TS language="en_US"><context><name>c</name>{body}</context></TS>', path="app_en.ts", fmt="ts")
    assert len(doc.pairs) == 5
    english = body.replace("Les fichiers sont dans le dossier de la page", "Open the file in the folder").replace(
        "Les pages sont dans ce dossier avec leurs images", "Save the pages to the folder with their images")
    doc = parse(f'<TS language="en_US"><context><name>c</name>{english}</context></TS>', path="app_en.ts", fmt="ts")
    assert doc.pairs == []  # more English sources than French: an English app's


def test_typescript_is_not_read_and_not_an_error(tmp_path, run_cli):
    (tmp_path / "en.ts").write_text("export const title: string = 'Open : now';\n")
    proc = run_cli("check", "en.ts")
    assert proc.returncode == 0 and "not a Qt Linguist file (TypeScript?)" in proc.stderr.decode()


def test_malformed_ts_one_line_exit_2(tmp_path, run_cli):
    text = '<TS language="en"><context><message><source>a</translation></TS>\n'
    (tmp_path / "app_en.ts").write_text(text)
    proc = run_cli("check", "--fix", "app_en.ts")
    assert proc.returncode == 2 and proc.stderr.decode().splitlines() == [
        "app_en.ts: error: not well-formed XML at line 1, column 48: mismatched tag"]
    assert (tmp_path / "app_en.ts").read_text() == text


def test_folder_runs_read_english_qt_files_not_typescript(tmp_path, run_cli):
    ts = '<?xml version="1.0"?>\n<TS language="en"><context><name>c</name><message><source>s</source>' \
         '<translation>Open : now</translation></message></context></TS>\n'
    found = found_by_folder_run(tmp_path, run_cli, {
        "translations/app_en.ts": ts, "translations/app_fr.ts": ts.replace('"en"', '"fr"'),
        "src/i18n/en.ts": "export default { title: 'Open : now' };\n", "src/main.ts": "// Open : now\n"})
    assert found == ["translations/app_en.ts"]


@pytest.mark.parametrize("path, language_id, ours", [
    ("/p/translations/app_en.ts", None, True), ("/p/src/main.ts", "typescript", False),
    ("/p/src/i18n/en.ts", "typescript", False)])
def test_the_language_server_lints_qt_files_not_typescript(path, language_id, ours):
    assert is_ours(path, language_id) == ours


def test_reading_agrees_with_translate_toolkit():
    ts2 = pytest.importorskip("translate.storage.ts2")
    store = ts2.tsfile.parsestring(TS.encode())
    theirs = {}
    for unit in store.units:
        if unit.isobsolete() or not unit.target:
            continue
        forms = unit.target.strings if unit.hasplural() else [unit.target]
        theirs[str(unit.source).replace("&F", "F")] = [str(f).replace("&&", "&").replace("&F", "F") for f in forms]
    ours = {}
    for p in parse(TS, path="app_en.ts", fmt="ts").pairs:
        if p.target is not None:
            ours.setdefault(p.source.replace(P, "%n" if "fichier(s)" in p.source else "%L1"), []).append(
                p.target.text.replace(P, "%n" if "deleted" in p.target.text else "%L1"))
    assert ours == theirs


def test_a_lost_final_colon_and_line_break_are_software_string_mismatches(tmp_path, run_cli):
    (tmp_path / "app_en.ts").write_text(
        '<TS language="en" sourcelanguage="fr"><context><name>c</name>'
        "<message><source>Nom du calque :</source><translation>Layer name</translation></message>"
        "<message><source>Ligne 1\nLigne 2</source><translation>Line 1 Line 2</translation></message>"
        "</context></TS>")
    proc = run_cli("check", "--select", "TQ605", "--format", "json", "app_en.ts")
    messages = [f["message"] for f in json.loads(proc.stdout)["findings"]]
    assert messages == ["The translation differs from the source in the final `:`",
                        "The translation differs from the source in line breaks (0 for 1)"]


def test_length_variants_bytes_obsolete_messages_entities_and_suppressions():
    text = ('<TS language="en" sourcelanguage="fr"><context><name>c</name>'
            '<message><source>Enregistrer</source><translation variants="yes"><lengthvariant>Save the file : now'
            "</lengthvariant><lengthvariant>Save</lengthvariant></translation></message>"
            '<message><source>Tab</source><translation>A<byte value="x9"/>B : tab</translation></message>'
            '<message><source>Old</source><translation type="obsolete">Gone : away</translation></message>'
            "<message><source>Voir</source><translation>See&amp;nbsp;more &amp;amp; less</translation></message>"
            "<!-- tqcheck: ignore TQ102 --><message><source>Ici</source><translation>Here : too</translation>"
            "</message></context></TS>")
    doc = parse(text, path="app_en.ts", fmt="ts")
    assert [(p.id.split("\x04")[1], p.target.text) for p in doc.pairs] == [
        ("Enregistrer[0]", "Save the file : now"), ("Enregistrer[1]", "Save"), ("Tab", f"A{P}B : tab"),
        ("Voir", "See&nbsp;more &amp; less"), ("Ici", "Here : too")]
    from tqcheck import check_text

    columns = [f.column for f in check_text(text, path="app_en.ts", fmt="ts") if f.code == "TQ102"]
    assert columns == [text.index(" : now") + 1, text.index(" : tab") + 1]  # not `Here : too`: suppressed


@pytest.mark.parametrize("start, qt", [
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">', True),
    (b"\xef\xbb\xbf<!-- generated -->\n<TS>", True),
    (b"export type Store = Map<TState, number>;\n", False), (b"<div>Open</div>", False)])
def test_a_qt_file_is_told_from_typescript_by_its_start(tmp_path, start, qt):
    from tqcheck.documents.qt import is_english_ts

    (tmp_path / "messages_en.ts").write_bytes(start)
    assert is_english_ts(str(tmp_path / "messages_en.ts")) == qt


@pytest.mark.parametrize("text", ["<T,>(x: T) => x;\n", "<any>window.title = 'Open : now';\n"])
def test_typescript_that_starts_with_a_bracket_is_not_read_either(tmp_path, run_cli, text):
    (tmp_path / "messages_en.ts").write_text(text)
    proc = run_cli("check", "messages_en.ts")
    assert proc.returncode == 0 and "not a Qt Linguist file (TypeScript?)" in proc.stderr.decode()


def test_a_short_file_of_french_sources_is_compared_string_by_string():
    # a fresh catalog (Hermes): too few function words to count, each source read alone (an accent, `les`)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.0" language="en">\n<context>\n'
            '<name>X</name>\n<message><source>Version </source><translation>Version</translation></message>\n'
            '<message><source>Gérer les magasins</source><translation>Manage the shops</translation></message>\n'
            '<message><source>Paramètres</source><translation>Settings</translation></message>\n</context>\n</TS>\n')
    doc = parse(text, path="strings_en.ts", fmt="ts")
    assert [(p.source, p.target.text) for p in doc.pairs] == [
        ("Version ", "Version"), ("Gérer les magasins", "Manage the shops"), ("Paramètres", "Settings")]
    english = text.replace("Gérer les magasins", "Manage shops").replace("Paramètres", "Settings")
    assert parse(english, path="strings_en.ts", fmt="ts").pairs == []  # English sources: the targets alone
    # an English menu of French dishes that declares its English source is not compared (a review's)
    declared = text.replace('language="en">', 'language="en_GB" sourcelanguage="en">')
    assert parse(declared, path="strings_en.ts", fmt="ts").pairs == []
    from tqcheck.documents.language import french_sources
    assert not french_sources(["Café menu"] * 30 + ["Quit"] * 30)  # a long file: its function words decide
