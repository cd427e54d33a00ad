"""Files in the encoding their format lets them declare: read in it, checked, and fixed back in it, byte for
byte outside the fix (``documents.encodings``)."""

import codecs

import pytest

from tqcheck.config import Config
from tqcheck.documents import InputError, decode, load
from tqcheck.engine import Context, to_finding
from tqcheck.findings import Fix, Problem
from tqcheck.runner import Mode, run

SEED = "We must continue to support Ukraine. »"  # TQ101; its safe fix is a curly quotation mark
FIXED = "We must continue to support Ukraine.”"

TMX = """<?xml version="1.0" encoding="{label}"?>
<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="x" creationtoolversion="1" o-tmf="x"/><body>
<tu tuid="1"><tuv xml:lang="fr-FR"><seg>Il faut soutenir l'Ukraine. »</seg></tuv>
<tuv xml:lang="en-GB"><seg>Café society: {seed}</seg></tuv></tu>
</body></tmx>
"""
XLIFF = """<?xml version="1.0" encoding="{label}"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="fr" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>Café : « oui »</source><target>Café society: {seed}</target></trans-unit>
</body></file></xliff>
"""
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset={label}\\n"

msgid "Café : « oui »"
msgstr "Café society: {seed}"
"""
HTML = """<!DOCTYPE html>
<html><head><meta charset="{label}"><title>Caf\u00e9</title></head>
<body><p>Caf\u00e9 society: {seed}</p></body></html>
"""


def check(path, fix=False, select="TQ101"):
    report = run([str(path)], Config(select=[select]), Mode(fix=fix), jobs=1)
    return report


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_byte_order_mark_names_the_encoding_and_the_fix_is_written_back_in_it(tmp_path, encoding):
    """Windows Notepad's "Unicode" is UTF-16 with a BOM; TMX files from CAT tools often are too."""
    f = tmp_path / "a.md"
    f.write_bytes(("\ufeff" + "Café: " + SEED + "\n").encode(encoding))
    report = check(f, fix=True)
    assert not report.errors and report.fixed == 1
    assert f.read_bytes() == ("\ufeffCafé: We must continue to support Ukraine.”\n").encode(encoding)


@pytest.mark.parametrize("fmt, template", [("tmx", TMX), ("xlf", XLIFF)])
@pytest.mark.parametrize("label, encoding, bom", [
    ("UTF-16", "utf-16-le", True), ("UTF-16", "utf-16-be", False),  # BOM-less: told by ``<?``
    ("windows-1252", "cp1252", False), ("ISO-8859-15", "iso8859-15", False),
])
def test_xml_files_are_read_in_the_encoding_they_declare(tmp_path, fmt, template, label, encoding, bom):
    f = tmp_path / f"memory.{fmt}"
    text = template.format(label=label, seed=SEED)
    f.write_bytes(("\ufeff" if bom else "") .encode(encoding) + text.encode(encoding))
    doc = load(str(f))
    assert doc.encoding == encoding and "Café society" in doc.segments[0].text
    holds = encoding != "iso8859-15"  # the curly quotation mark is in windows-1252, not in ISO-8859-15
    report = check(f, fix=True)
    assert not report.errors and report.fixed == holds
    expected = text.replace(SEED, FIXED) if holds else text
    assert f.read_bytes() == (("\ufeff" if bom else "") + expected).encode(encoding)


def test_a_fix_the_encoding_cannot_hold_is_not_offered_and_the_finding_stays(tmp_path):
    f = tmp_path / "messages.po"
    f.write_bytes(PO.format(label="ISO-8859-1", seed=SEED).encode("latin-1"))
    before = f.read_bytes()
    report = check(f, fix=True)
    assert not report.errors and report.fixed == 0 and f.read_bytes() == before
    [finding] = report.findings
    assert finding.code == "TQ101" and finding.fix is None and finding.span == "»"
    doc = load(str(f))  # the same problem, in a UTF-8 catalog, keeps its fix
    problem = Problem(doc.text.index("»"), doc.text.index("»") + 1, "TQ101", "m", Fix("”"))
    assert to_finding(doc, problem, Context(Config())).fix is None
    doc.encoding = "utf-8"
    assert to_finding(doc, problem, Context(Config())).fix is not None


@pytest.mark.parametrize("label", ["ISO-8859-1", "latin1", "windows-1252", "cp1252"])
def test_po_catalogs_and_html_pages_declare_their_encoding(tmp_path, label):
    po = tmp_path / "messages.po"
    po.write_bytes(PO.format(label=label, seed="fine.").encode("cp1252"))
    assert "Café society" in load(str(po)).segments[0].text
    page = tmp_path / "page.html"
    page.write_bytes(HTML.format(label=label, seed="\u201cfine\u201d").encode("cp1252"))
    doc = load(str(page))
    # in HTML, ISO-8859-1 means windows-1252 (the Encoding standard): 0x93 is a quotation mark, not a control
    assert doc.encoding == "cp1252" and "society: \u201cfine\u201d" in doc.segments[-1].text
    old_style = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    page.write_bytes(HTML.replace('<meta charset="{label}">', old_style).format(seed="Caf\u00e9").encode("cp1252"))
    assert load(str(page)).encoding == "cp1252"


def test_an_html_page_that_declares_nothing_and_is_not_utf8_is_read_as_a_browser_reads_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes("<p>Caf\u00e9 society: \u201cfine\u201d</p>\n".encode("cp1252"))
    doc = load(str(page))
    assert doc.encoding == "cp1252" and doc.segments[0].text == "Caf\u00e9 society: \u201cfine\u201d"
    page.write_bytes("<p>Caf\u00e9 society</p>\n".encode("utf-8"))
    assert load(str(page)).encoding == "utf-8"


@pytest.mark.parametrize("name, data, message", [
    ("a.md", "Café".encode("latin-1"), "not valid UTF-8 at byte 3"),  # Markdown cannot declare one: no guess
    ("a.html", b'<meta charset="utf-8"><p>Caf\xe9</p>', "not valid UTF-8 at byte 28"),
    ("a.po", PO.format(label="shift_jis", seed="x").encode("ascii", "replace") + b"\x80\n",
     f"not valid shift_jis at byte {len(PO.format(label='shift_jis', seed='x'))} (as its header's charset says)"),
    ("a.html", b"<p>\x81</p>", "not valid cp1252 at byte 3 (as a browser reads a page that declares none and is not UTF-8)"),
    ("a.xlf", XLIFF.format(label="klingon", seed="x").encode(), "its XML declaration names an unknown encoding 'klingon'"),
    ("a.tmx", TMX.format(label="base64", seed="x").encode(), "its XML declaration names 'base64', not an encoding a text file can be in"),
    ("a.html", HTML.format(label="utf-7", seed="x").encode(), "its <meta charset> names 'utf-7', not an encoding a text file can be in"),
    ("a.xlf", XLIFF.format(label="undefined", seed="x").encode(), "its XML declaration names 'undefined', not an encoding a text file can be in"),
    ("a.xlf", XLIFF.format(label="idna", seed="x").encode(), "its XML declaration names 'idna', not an encoding a text file can be in"),
    ("a.xlf", XLIFF.format(label="ISO-2022-JP", seed="x").encode(), "its XML declaration names 'ISO-2022-JP', not an encoding a text file can be in"),
    ("a.po", PO.format(label="unicode_escape", seed="x").encode(), "its header's charset names 'unicode_escape', not an encoding a text file can be in"),
    ("a.po", PO.format(label="raw_unicode_escape", seed="x").encode(), "its header's charset names 'raw_unicode_escape', not an encoding a text file can be in"),
    ("a.md", "He said yes.\n".encode("utf-16-le"), "UTF-16 text without a byte order mark: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"),
    ("a.md", codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary file (NUL character at character 1)"),
])
def test_what_cannot_be_read_is_one_line_naming_the_file(tmp_path, name, data, message):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as caught:
        load(str(f))
    assert str(caught.value) == f"{f}: error: {message}"


def test_an_eight_bit_file_that_says_utf16_is_read_as_the_utf8_it_is(tmp_path):
    f = tmp_path / "a.xlf"
    f.write_bytes(XLIFF.format(label="UTF-16", seed="fine.").encode("utf-8"))
    doc = load(str(f))
    assert doc.encoding == "utf-8" and "Café society: fine." in doc.segments[0].text
    assert decode(b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=CHARSET\\n\"\n", "t.pot", "po")[1] == "utf-8"


def test_standard_input_is_fixed_back_in_its_encoding(run_cli):
    data = PO.format(label="windows-1252", seed=SEED).encode("cp1252")
    proc = run_cli("check", "-", "--fix", "--select", "TQ101", "--stdin-filename", "messages.po", stdin=data)
    assert proc.stdout == data.replace(". \xbb".encode("latin-1"), ".\u201d".encode("cp1252"))


def test_a_po_charset_counts_only_in_the_header(tmp_path):
    f = tmp_path / "messages.po"
    later = 'msgid "Content-Type"\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n'
    header = PO.format(label="UTF-8", seed="Café.").replace('"Content-Type: text/plain; charset=UTF-8\\n"\n', "")
    f.write_bytes((header + "\n" + later).encode("utf-8"))
    doc = load(str(f))
    assert doc.encoding == "utf-8" and "Café society: Café." in doc.segments[0].text


def test_a_file_its_encoding_would_not_give_back_byte_for_byte_gets_no_fix(tmp_path, run_cli):
    """Big5 has codes that read back as another code (A1FE reads as a character Big5 writes A241): a fix
    would rewrite them, outside the fixed span.  The findings stay, without fixes."""
    f = tmp_path / "messages.po"
    data = PO.format(label="big5", seed="He left : for good.").encode("big5", "replace")
    data = data.replace(b"Caf?", b"\xa1\xfe")
    f.write_bytes(data)
    report = check(f, fix=True, select="TQ102")
    assert not report.errors and report.fixed == 0 and f.read_bytes() == data
    assert [(x.code, x.fix) for x in report.findings] == [("TQ102", None)]  # (an ASCII fix, else offered)
    proc = run_cli("check", "-", "--fix", "--stdin-filename", "messages.po", stdin=data)
    assert proc.returncode == 2 and b"He left" not in proc.stdout
    assert proc.stderr.decode().strip() == ("messages.po: error: cannot be written back byte for byte in big5: "
                                            "not fixed (convert it to UTF-8)")


@pytest.mark.parametrize("page, encoding", [
    # the label starts in the first 1024 bytes and ends after them
    ("<!--" + "x" * (1024 - 4 - 3 - 15 - 5) + '--><meta charset="iso-8859-15"><p>Caf\u00e9</p>', "iso8859-15"),
    ('<!-- <meta charset="koi8-r"> --><p>Caf\u00e9</p>', "utf-8"),  # a comment: not a declaration
    ('<p>Caf\u00e9</p><!-- never closed <meta charset="koi8-r">', "utf-8"),
    ('<meta name="description" content="text; charset=koi8-r"><p>Caf\u00e9</p>', "utf-8"),  # no http-equiv
    ('<meta content="text/html; charset=koi8-r" http-equiv=content-type><p>\u0416 Caf\u00e9</p>', "koi8-r"),
])
def test_html_prescan_reads_what_a_browser_reads(tmp_path, page, encoding):
    f = tmp_path / "page.html"
    word = "\u0416" if encoding == "koi8-r" else "Caf\u00e9"  # (KOI8-R has no é)
    f.write_bytes(page.replace(" Caf\u00e9" if encoding == "koi8-r" else "\u0416", "").encode(encoding))
    doc = load(str(f))
    assert doc.encoding == encoding and word in doc.segments[-1].text and doc.warnings == []


@pytest.mark.parametrize("catalog, encoding", [
    ('# A comment\n\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n', "iso8859-1"),
    ('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n', "iso8859-1"),
    # no header: an entry's text is not a declaration
    ('msgid "a"\nmsgstr ""\n"Content-Type: text/plain; charset=koi8-r\\n"\n\n', "utf-8"),
])
def test_the_po_header_is_the_first_entry_wherever_its_lines_are(tmp_path, catalog, encoding):
    f = tmp_path / "messages.po"
    f.write_bytes((catalog + 'msgid "b"\nmsgstr "Caf\u00e9"\n').encode(encoding))
    doc = load(str(f))
    assert doc.encoding == encoding and doc.segments[-1].text == "Caf\u00e9"


def test_a_diff_is_in_the_file_s_encoding_and_git_applies_it(tmp_path, run_cli):
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    data = PO.format(label="windows-1252", seed=SEED).encode("cp1252")
    folder = tmp_path / "données"  # (a path in UTF-8, as the file system names it, the text in windows-1252)
    folder.mkdir()
    (folder / "messages.po").write_bytes(data)
    proc = run_cli("check", "--diff", "--select", "TQ101", "données/messages.po")
    assert proc.returncode == 1 and "Caf\u00e9".encode("cp1252") in proc.stdout
    (tmp_path / "fix.patch").write_bytes(proc.stdout)
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True)
    assert (folder / "messages.po").read_bytes() == data.replace(". \xbb".encode("cp1252"), ".\u201d".encode("cp1252"))


def test_a_stale_declaration_that_the_bytes_contradict_is_said_and_the_bytes_win(tmp_path):
    """A catalog converted to UTF-8 whose header still says ISO-8859-1: read as the UTF-8 it is, with a warning."""
    f = tmp_path / "messages.po"
    f.write_bytes(PO.format(label="ISO-8859-1", seed=SEED).encode("utf-8"))
    doc = load(str(f))
    assert doc.encoding == "utf-8" and "Café society" in doc.segments[0].text
    assert doc.warnings[0] == "its header's charset names iso8859-1, but the file is UTF-8: read as UTF-8"
    report = check(f, fix=True)
    assert report.fixed == 1 and f.read_text("utf-8") == PO.format(label="ISO-8859-1", seed=FIXED)
