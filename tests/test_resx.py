""".NET resource files (Resources.resx, a Windows Forms Form1.resx): each string <data>'s <value> a text, keyed by
name; typed data, designer entries and comments not text; the name gives the language; --source pairs by name."""

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, paired_by_key, random_fixes, snippets, source_number_missing

P = PLACEHOLDER
RESX = """\
<?xml version="1.0" encoding="utf-8"?>
<root>
  <xsd:schema id="root" xmlns="" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
    <xsd:element name="root"><xsd:annotation><xsd:documentation>Not : text</xsd:documentation></xsd:annotation>
    </xsd:element>
  </xsd:schema>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <data name="Greeting" xml:space="preserve">
    <value>Are you sure ?</value>
    <comment>Shown : at start « not text »</comment>
  </data>
  <data name="$this.Text" xml:space="preserve"><value>Settings : « main »</value></data>
  <data name="button1.Text" xml:space="preserve"><value>&amp;Save the file ; now</value></data>
  <data name="&gt;&gt;button1.Name" xml:space="preserve"><value>Save : button</value></data>
  <data name="button1.Location" type="System.Drawing.Point, System.Drawing"><value>12, 34</value></data>
  <data name="Icon" type="System.Drawing.Icon, System.Drawing"
        mimetype="application/x-microsoft.net.object.bytearray.base64">
    <value>AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAABMLAAATCwAAAAAAAAAAAAA : x</value>
  </data>
  <data name="Count" xml:space="preserve"><value>{0} files cost 1,5 billion</value></data>
  <metadata name="toolTip1.TrayLocation" type="System.Drawing.Point, System.Drawing"><value>17, 17</value></metadata>
</root>
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_string_values_are_texts_the_rest_is_not():
    doc = parse(RESX, path="Resources.en.resx", fmt="resx")
    assert texts(doc) == {"Greeting": "Are you sure ?", "$this.Text": "Settings : « main »",
                          "button1.Text": "Save the file ; now", "Count": f"{P} files cost 1,5 billion"}
    assert doc.declared_english and doc.foreign is None


def test_findings_point_into_values_and_fixes_keep_the_file_valid(tmp_path, run_cli):
    import xml.etree.ElementTree as ET

    (tmp_path / "Resources.resx").write_text(RESX, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", "Resources.resx")
    assert snippets(proc.stdout, RESX) == [("TQ101", "« m"), ("TQ101", "»</"), ("TQ102", " : "), ("TQ102", " ; "),
                                           ("TQ102", " ?<"), ("TQ501", "1,5")]
    run_cli("check", "--fix", "-q", "Resources.resx")
    fixed = (tmp_path / "Resources.resx").read_text(encoding="utf-8")
    ET.fromstring(fixed.split("\n", 1)[1])
    assert texts(parse(fixed, path="Resources.resx", fmt="resx"))["Greeting"] == "Are you sure?"
    assert "Shown : at start « not text »" in fixed and "Save : button" in fixed


@pytest.mark.parametrize("path, lang", [("Resources.fr.resx", "the language its name gives is 'fr'"),
                                        ("Strings.en-GB.resx", None), ("it/Form1.resx", None)])
def test_the_name_gives_the_language(path, lang):
    assert parse(RESX, path=path, fmt="resx").foreign == lang


def test_a_default_resource_in_french_is_not_checked():
    body = "".join(f'<data name="k{k}" xml:space="preserve"><value>{v}</value></data>' for k, v in enumerate(
        ["Les fichiers sont dans le dossier", "Vous avez des messages", "Une erreur est survenue sur cette page"]))
    assert parse(f"<root>{body}</root>", path="Properties/Resources.resx", fmt="resx").foreign


def test_files_pair_by_name(tmp_path, run_cli):
    assert paired_by_key("resx",
                         ("R.en.resx", '<root><data name="price"><value>It costs 52 euros</value></data></root>'),
                         ("R.resx", '<root><data name="price"><value>Il coûte 25 euros</value></data></root>')) == [
        ("price", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli,
                                 ("R.en.resx", '<root><data name="p"><value>It costs 52 euros</value></data></root>'),
                                 ("R.resx", '<root><data name="p"><value>Il coûte 25 euros</value></data></root>'))


def test_folder_runs_read_default_and_english_resources(tmp_path, run_cli):
    resx = '<root><data name="k"><value>Open : now</value></data></root>\n'
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(
        ["App/Properties/Resources.resx", "App/Strings.en-GB.resx", "App/Properties/Resources.fr.resx"], resx))
    assert found == ["App/Properties/Resources.resx", "App/Strings.en-GB.resx"]


def test_not_a_resx_one_line_exit_2(tmp_path, run_cli):
    (tmp_path / "a.resx").write_text("<project><data/></project>\n")
    proc = run_cli("check", "a.resx")
    assert proc.returncode == 2 and proc.stderr.decode().splitlines() == [
        "a.resx: error: not a .NET resource (.resx) file: the root element is <project>"]


@pytest.mark.parametrize("path, ours", [("/p/Resources.resx", True), ("/p/Resources.de.resx", False)])
def test_the_language_server_lints_default_and_english_resources(path, ours):
    assert is_ours(path, None) == ours


def test_reading_agrees_with_translate_toolkit():
    resx = pytest.importorskip("translate.storage.resx")
    store = resx.RESXFile.parsestring(RESX.encode())
    theirs = {u.getid(): u.target.replace("{0}", P).replace("&S", "S") for u in store.units if u.target}
    assert texts(parse(RESX, path="Resources.resx", fmt="resx")) == {k: v for k, v in theirs.items()
                                                                    if k in ("Greeting", "$this.Text", "button1.Text",
                                                                             "Count")}
    # translate-toolkit reads every <data>; typed ones (a Point, an icon) and the designer's are not text
    assert set(theirs) - set(texts(parse(RESX, path="Resources.resx", fmt="resx"))) == {
        ">>button1.Name", "button1.Location", "Icon"}


def test_a_default_resource_beside_an_english_one_is_the_projects_own_language(tmp_path, run_cli):
    for name, value in (("Strings.resx", "Connexion : impossible"), ("Strings.en.resx", "Cannot connect : now")):
        (tmp_path / name).write_text(f'<root><data name="k"><value>{value}</value></data></root>')
    proc = run_cli("check", "Strings.resx", "Strings.en.resx")
    assert "Strings.resx: warning: Strings.en.resx beside it is the English one" in proc.stderr.decode()
    assert "Strings.en.resx:1:" in proc.stdout.decode() and "Strings.resx:" not in proc.stdout.decode()
    assert found_by_folder_run(tmp_path, run_cli, {}) == ["Strings.en.resx"]


@pytest.mark.parametrize("path, lang", [("Save_as.resx", None), ("Dlg_no.resx", None), ("Strings.fr-CA.resx", "fr-CA"),
                                        ("Form1.Designer.resx", None)])
def test_the_culture_is_the_part_after_the_last_dot(path, lang):
    from tqcheck.documents.resx import resx_language

    assert resx_language(path) == lang


@pytest.mark.parametrize("names, checked", [
    (["Strings.resx", "Strings.Entities.resx"], True),  # not an English resource: another resource's name
    (["Strings.resx", "Strings.en-GB.resx"], True),  # an English default, with its British override
    (["Strings.resx", "Strings.EN.resx"], False)])
def test_only_a_plain_english_resource_beside_makes_the_default_the_projects_language(tmp_path, names, checked):
    from tqcheck.documents.resx import is_resx

    for name in names:
        (tmp_path / name).write_text("<root/>")
    assert is_resx(str(tmp_path / "Strings.resx")) == checked


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return f'<root><data name="k" xml:space="preserve"><value>{value}</value></data></root>'

    def read_back(text):
        return [s.text for s in parse(text, path="R.resx", fmt="resx").segments]

    pieces = ["a", "é", " b", "«", "&amp;", "&lt;", "&#171;", "{0:N2}", " ; c", "&amp;&amp;"]
    assert random_fixes(8, pieces, ["<", "“", "x y", "", ";", ">", "R&D"], wrap, read_back, "R.resx", "resx",
                        600) > 200
    assert [s.text for s in parse(wrap("Total : {0:N2} {1,10:C}"), path="R.resx", fmt="resx").segments] == [
        f"Total : {P} {P}"]


def test_only_plain_strings_are_text_not_string_arrays_nor_enums():
    text = ('<root><data name="a" type="System.StringComparison, mscorlib"><value>Ordinal : 1</value></data>'
            '<data name="b" type="System.String[], mscorlib"><value>A : b</value></data>'
            '<data name="c" type="System.String, mscorlib"><value>Open : now</value></data></root>')
    assert texts(parse(text, path="R.resx", fmt="resx")) == {"c": "Open : now"}


def test_a_latin1_file_is_read_as_its_declaration_says(tmp_path, run_cli):
    text = '<?xml version="1.0" encoding="ISO-8859-1"?><root><data name="k"><value>Café : open</value></data></root>'
    (tmp_path / "R.resx").write_bytes(text.encode("latin-1"))
    proc = run_cli("check", "--fix", "R.resx")
    assert proc.returncode == 0 and (tmp_path / "R.resx").read_bytes() == text.replace(" :", ":").encode("latin-1")
