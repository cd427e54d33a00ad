"""Bilingual files (XLIFF 1.2 and 2.0, PO, TMX, TSV): only the target text is checked, at its place in
the file; ``--fix`` rewrites only target text, byte for byte; the source is kept in ``Document.pairs``."""

import ast
import html
import subprocess
import sys

import pytest

from tqcheck import check_text
from tqcheck.config import Config
from tqcheck.documents import PLACEHOLDER, InputError, load, parse
from tqcheck.runner import Mode, run

# the monolingual families: what these tests are about (the source-aware TQ6xx rules have their own tests)
MONOLINGUAL = ["TQ1", "TQ2", "TQ3", "TQ4", "TQ5"]

PO = r'''# French → English catalog of the demo app.
# Copyright (C) 2024 Demo
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\n"
"Language: en\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#. TRANSLATORS: the file name
#: src/files.c:12
#, c-format
msgid "Le fichier « %s » est introuvable : vérifiez le chemin."
msgstr "The file « %s » cannot be found: check the path."

#, fuzzy
msgctxt "menu"
msgid "Ouvrir le dossier : %(name)s"
msgstr "Open the folder : %(name)s"

#: src/files.c:40
msgid "%d fichier supprimé"
msgid_plural "%d fichiers supprimés"
msgstr[0] "%d file deleted , for good"
msgstr[1] ""
"%d files deleted from \"{folder}\" , and the «"
" trash » was emptied\ttoo."

msgid "Ce texte n'est pas encore traduit : « vide »"
msgstr ""

#~ msgid "Ancien texte : « obsolète »"
#~ msgstr "Old text : « obsolete »"
'''

# CR LF line ends, as Windows CAT tools write them
XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Exported by a CAT tool: <target> elements are English -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr-FR" target-language="en-GB" datatype="html" original="page.html">
    <header><note>Produit : démo</note></header>
    <body>
      <trans-unit id="intro" approved="yes">
        <source>Le ministre a déclaré : « Nous devons <g id="1">continuer</g> ».</source>
        <target state="translated">The minister said : « We must <g id="1">continue</g> ».</target>
        <alt-trans origin="mt"><target>The minister declared : « We must continue ».</target></alt-trans>
        <note>Vérifier la citation : « ... »</note>
      </trans-unit>
      <trans-unit id="price">
        <source>Prix : <x id="2"/> {0} €</source>
        <target>Price : <x id="2"/> {0} &amp; more &#171;soon&#187;</target>
      </trans-unit>
      <trans-unit id="code"><source>Appuyez sur <ph id="3">&lt;kbd&gt;Entrée&lt;/kbd&gt;</ph> !</source><target>Press <ph id="3">&lt;kbd&gt;Enter ; &lt;/kbd&gt;</ph> now !</target></trans-unit>
      <trans-unit id="bold"><source>Texte <bpt id="4">&lt;b&gt;</bpt>gras<ept id="4">&lt;/b&gt;</ept> ici</source><target>Text <bpt id="4">&lt;b&gt;</bpt>bold<ept id="4">&lt;/b&gt;</ept> here , ok</target></trans-unit>
      <trans-unit id="cdata"><source>Une note</source><target><![CDATA[A note ; with <raw> markup]]></target></trans-unit>
      <trans-unit id="nt" translate="no"><source>Ne pas traduire : « non »</source><target>Do not translate : « no »</target></trans-unit>
      <trans-unit id="empty"><source>Pas encore : « vide »</source><target/></trans-unit>
      <trans-unit id="missing"><source>Sans cible : « rien »</source></trans-unit>
    </body>
  </file>
</xliff>
""".replace("\n", "\r\n")

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
       version="2.0" srcLang="fr" trgLang="en">
  <file id="f1" original="article.html">
    <unit id="u1">
      <mtc:matches>
        <mtc:match ref="#s1"><source>Le prix : 10 €.</source><target>The price : €10.</target></mtc:match>
      </mtc:matches>
      <originalData>
        <data id="d1">&lt;b&gt;</data>
        <data id="d2">&lt;/b&gt;</data>
      </originalData>
      <segment id="s1" state="translated">
        <source>Le prix est de <pc id="1" dataRefStart="d1" dataRefEnd="d2">10 €</pc> : « vraiment ».</source>
        <target>The price is <pc id="1" dataRefStart="d1" dataRefEnd="d2">€10</pc>: « really ».</target>
      </segment>
      <ignorable>
        <source> </source>
        <target> </target>
      </ignorable>
      <segment id="s2">
        <source>Bonjour <ph id="2" dataRef="d1"/>, chère <mrk id="m1" type="term">Marie</mrk>, bienvenue !</source>
        <target>Hello <ph id="2" dataRef="d1"/>, dear <mrk id="m1" type="term">Marie</mrk>, welcome !</target>
      </segment>
    </unit>
    <unit id="u2" translate="no"><segment><source>Code : « x »</source><target>Code : « x »</target></segment></unit>
    <unit id="u3"><segment><source>Seul</source><target>Alone , here</target></segment></unit>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="demo" creationtoolversion="1.0" datatype="plaintext" segtype="sentence"
          adminlang="en-US" srclang="fr-FR" o-tmf="demo"/>
  <body>
    <tu tuid="1" creationdate="20240101T000000Z">
      <prop type="x-domain">news</prop>
      <tuv xml:lang="fr-FR"><seg>Il a répondu : « Non ».</seg></tuv>
      <tuv xml:lang="en-US"><seg>He answered : « No ».</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="fr-FR"><seg>Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Valider<ept i="1">&lt;/b&gt;</ept> , puis attendez !</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Klicken Sie auf <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> , dann warten !</seg></tuv>
      <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Confirm<ept i="1">&lt;/b&gt;</ept> now , then <hi type="em">wait</hi> for it !</seg></tuv>
    </tu>
  </body>
</tmx>
"""

TSV = (
    "Bonjour : le monde\tHello : world\n"
    "a line without a tab : « x »\n"
    "Il a dit « oui »\tHe said « yes »\tnote : ignored\n"
    "\tNo source , here\n"
    "Vide\t\n"
)

FILES = {"messages.po": PO, "page.xlf": XLIFF12, "article.xliff": XLIFF20, "memory.tmx": TMX, "pairs.tsv": TSV}

# (code, a text that names the line, the flagged text on that line): every finding, and nothing else
EXPECTED = {
    "messages.po": [
        ("TQ101", 'msgstr "The file', "«"), ("TQ101", 'msgstr "The file', "»"),
        ("TQ102", 'msgstr "Open the folder', " :"),  # a fuzzy entry is checked
        ("TQ106", "msgstr[0]", " ,"),
        ("TQ106", '"%d files deleted', " ,"), ("TQ101", '"%d files deleted', "«"),  # a wrapped string
        ("TQ101", '" trash', "»"),
    ],
    "page.xlf": [
        ("TQ102", "<target state", " :"), ("TQ101", "<target state", "«"), ("TQ101", "<target state", "»"),
        ("TQ102", "<target>Price", " :"),
        ("TQ101", "<target>Price", "&#171;"), ("TQ101", "<target>Price", "&#187;"),  # an entity: no fix
        ("TQ102", "<target>Press", " !</target>"),  # the `;` inside <ph> is code, not text
        ("TQ106", "<target>Text", " ,"),
        ("TQ102", "CDATA[A note", " ;"),
    ],
    "article.xliff": [
        ("TQ101", "<target>The price is", "«"), ("TQ101", "<target>The price is", "»"),
        ("TQ102", "<target>Hello", " !"),
        ("TQ106", "<target>Alone", " ,"),
    ],
    "memory.tmx": [
        ("TQ102", 'xml:lang="en-US"><seg>He', " :"), ("TQ101", 'xml:lang="en-US"><seg>He', "«"),
        ("TQ101", 'xml:lang="en-US"><seg>He', "»"),
        ("TQ106", 'xml:lang="en-US"><seg>Click', " ,"), ("TQ102", 'xml:lang="en-US"><seg>Click', " !"),
    ],
    "pairs.tsv": [
        ("TQ102", "\tHello", " : world"),
        ("TQ101", "\tHe said", "« yes"), ("TQ101", "\tHe said", "»\tnote"),
        ("TQ106", "\tNo source", " ,"),
    ],
}

# what --fix makes of each file: these replacements (each of a text found once), and no other byte
FIXED = {
    "messages.po": [
        # the targets quote with straight quotes (\"{folder}\"): TQ101 writes straight ones, escaped for PO
        ('"The file « %s » cannot', r'"The file \"%s\" cannot'),
        ('"Open the folder : %(name)s"', '"Open the folder: %(name)s"'),
        ('"%d file deleted , for', '"%d file deleted, for'),
        # « ends a line and its space begins the next: no fix, and so none for its », or the pair would not match
        (r'\"{folder}\" , and', r'\"{folder}\", and'),
    ],
    "page.xlf": [
        ("said : « We must", "said: “We must"), ("</g> ».</target>", "</g>”.</target>"),
        ("Price : <x", "Price: <x"), ("now !</target>", "now!</target>"), ("here , ok", "here, ok"),
        ("A note ; with", "A note; with"),
    ],
    "article.xliff": [("</pc>: « really ».", "</pc>: “really”."), ("welcome !", "welcome!"),
                      ("Alone , here", "Alone, here")],
    "memory.tmx": [("He answered : « No ».", "He answered: “No”."), ("now , then", "now, then"),
                   ("for it !", "for it!")],
    "pairs.tsv": [("\tHello : world", "\tHello: world"), ("\tHe said « yes »\t", "\tHe said “yes”\t"),
                  ("\tNo source , here", "\tNo source, here")],
}


def write(folder, name, text, bom=False):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def where(text, line_marker, needle):
    """(line, column) of ``needle`` on the one line holding ``line_marker`` (1-based, code points)."""
    lines = text.split("\n")
    hits = [k for k, line in enumerate(lines) if line_marker in line]
    assert len(hits) == 1, (line_marker, hits)
    line = lines[hits[0]]
    assert line.count(needle) == 1, (needle, line)
    return hits[0] + 1, line.index(needle) + 1


def findings_of(path):
    report = run([str(path)], Config(select=MONOLINGUAL), jobs=1)
    assert not report.errors, report.errors
    return report


@pytest.mark.parametrize("name", sorted(FILES))
def test_findings_on_target_text_only_at_their_place_in_the_file(tmp_path, name):
    path = write(tmp_path, name, FILES[name])
    got = {(f.code, f.line, f.column) for f in findings_of(path).findings}
    expected = {(code, *where(FILES[name], marker, needle)) for code, marker, needle in EXPECTED[name]}
    assert got == expected


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_same_file_read_as_plain_text_is_flagged_in_its_source(name):
    """The check above can fail: the sources, comments and alternatives hold French traces."""
    doc = parse(FILES[name], fmt="text")
    from tqcheck.engine import Context, lint

    lines = {f.line for f in lint(doc, Context(Config(select=MONOLINGUAL))).findings}
    expected = {where(FILES[name], marker, needle)[0] for _, marker, needle in EXPECTED[name]}
    assert lines - expected, "the fixture's untranslatable parts have no trace a rule would flag"


@pytest.mark.parametrize("bom,crlf", [(False, False), (True, True)])
def test_fix_rewrites_only_target_text_and_is_idempotent(tmp_path, run_cli, bom, crlf):
    expected = {}
    for name, text in FILES.items():
        if crlf and "\r\n" not in text:
            text = text.replace("\n", "\r\n")
        write(tmp_path, name, text, bom)
        for old, new in FIXED[name]:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        expected[name] = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    proc = run_cli("check", "--fix", "-q", "--select", ",".join(MONOLINGUAL), *FILES)
    assert b"Traceback" not in proc.stderr and proc.returncode == 1  # the findings without a fix remain
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == expected
    again = run_cli("check", "--fix", "-q", "--select", ",".join(MONOLINGUAL), *FILES)
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == expected
    assert b"Fixed" not in again.stdout


def decodes_to(raw: str, char: str, fmt: str) -> bool:
    if fmt == "po":
        return ast.literal_eval('"' + raw + '"') == char
    return html.unescape(raw) == char or (raw in ("\r\n", "\r") and char == "\n")


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_target_character_maps_to_itself_or_its_escape(name):
    fmt = {"po": "po", "xlf": "xliff", "xliff": "xliff", "tmx": "tmx", "tsv": "tsv"}[name.rsplit(".", 1)[1]]
    doc = parse(FILES[name], fmt=fmt)
    assert doc.segments
    for seg in doc.segments + [p.source_segment for p in doc.pairs if p.source_segment]:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == PLACEHOLDER:
                assert raw.startswith(("<", "%", "{")), raw
            else:
                assert raw == ch or decodes_to(raw, ch, fmt), (seg.text, i, raw)


def texts(doc):
    return [(p.id, p.source, p.target.text if p.target else None) for p in doc.pairs]


def test_po_pairs_plurals_context_and_empty_units():
    doc = parse(PO, fmt="po")
    P = PLACEHOLDER
    assert texts(doc) == [
        ("Le fichier « %s » est introuvable : vérifiez le chemin.",
         f"Le fichier « {P} » est introuvable : vérifiez le chemin.",
         f"The file « {P} » cannot be found: check the path."),
        ("menu\x04Ouvrir le dossier : %(name)s", f"Ouvrir le dossier : {P}", f"Open the folder : {P}"),
        ("%d fichier supprimé[0]", f"{P} fichier supprimé", f"{P} file deleted , for good"),
        ("%d fichier supprimé[1]", f"{P} fichiers supprimés",
         f'{P} files deleted from "{P}" , and the « trash » was emptied\ttoo.'),
        ("Ce texte n'est pas encore traduit : « vide »", "Ce texte n'est pas encore traduit : « vide »", None),
    ]
    assert [p.confidence for p in doc.pairs] == [1.0] * 5
    assert doc.pairs[0].target is doc.segments[0]  # the pair holds the very segment the rules see
    assert len(doc.segments) == 4 and doc.warnings == []


def test_po_entry_crediting_the_translators_is_no_text():
    # a fresh en_GB.po (GNOME Clocks): its translator-credits entry, compared with its source, had 6 false alarms
    po = ('msgid ""\nmsgstr "Language: en_GB\\n"\n\nmsgid "translator-credits"\nmsgstr "Bruce <b@x.uk>\\nAndi <a@y.com>"\n\n'
          'msgctxt "NAME OF TRANSLATORS"\nmsgid "Your names"\nmsgstr "Bruce"\n\n'
          'msgid "Translators"\nmsgstr "Translators"\n')
    assert [seg.text for seg in parse(po, fmt="po").segments] == ["Translators"]  # a label that names them is text


def test_po_reading_agrees_with_polib():
    polib = pytest.importorskip("polib")
    from tqcheck.documents.bilingual import PLACEHOLDER_RE

    hide = lambda s: PLACEHOLDER_RE.sub(PLACEHOLDER, s)  # noqa: E731
    ours = {p.id: p for p in parse(PO, fmt="po").pairs}
    theirs = {}
    for entry in polib.pofile(PO):
        if entry.obsolete or not entry.msgid:
            continue
        key = (entry.msgctxt + "\x04" if entry.msgctxt else "") + entry.msgid
        if entry.msgid_plural:
            for n, text in entry.msgstr_plural.items():
                theirs[f"{key}[{n}]"] = (entry.msgid if n == 0 else entry.msgid_plural, text)
        else:
            theirs[key] = (entry.msgid, entry.msgstr)
    assert set(ours) == set(theirs)
    for key, (source, target) in theirs.items():
        assert ours[key].source == hide(source)
        assert (ours[key].target.text if ours[key].target else "") == hide(target)


def test_xliff_pairs_ids_and_what_is_not_read():
    P = PLACEHOLDER
    v12 = parse(XLIFF12, fmt="xliff")
    assert texts(v12) == [
        ("intro", f"Le ministre a déclaré : « Nous devons {P}continuer{P} ».",
         f"The minister said : « We must {P}continue{P} »."),
        ("price", f"Prix : {P} {P} €", f"Price : {P} {P} & more «soon»"),
        ("code", f"Appuyez sur {P} !", f"Press {P} now !"),
        ("bold", f"Texte {P}gras{P} ici", f"Text {P}bold{P} here , ok"),
        ("cdata", "Une note", "A note ; with <raw> markup"),
        ("empty", "Pas encore : « vide »", None),
        ("missing", "Sans cible : « rien »", None),
    ]  # not read: alt-trans, notes, the unit marked translate="no"
    price = v12.pairs[1].target
    assert [v12.text[slice(*price.span(i, i + 1))] for i in (price.text.index("&"), price.text.index("«"))] == [
        "&amp;", "&#171;"]  # each decoded character spans its whole reference
    v20 = parse(XLIFF20, fmt="xliff")
    assert texts(v20) == [
        ("u1/s1", f"Le prix est de {P}10 €{P} : « vraiment ».", f"The price is {P}€10{P}: « really »."),
        ("u1/s2", f"Bonjour {P}, chère {P}Marie{P}, bienvenue !", f"Hello {P}, dear {P}Marie{P}, welcome !"),
        ("u3", "Seul", "Alone , here"),
    ]  # not read: match candidates, ignorable whitespace, originalData, translate="no"
    assert v12.warnings == [] and v20.warnings == []


# SDL Trados Studio's XLIFF: its header (file info, tag definitions) and its own elements beside the standard
# ones; <source> whole, <seg-source> and <target> cut into <mrk mtype="seg">; structure units translate="no"
SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" \
xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0"><file original="C:\\a.docx" \
datatype="x-sdlfilterframework2" source-language="fr-FR" target-language="en-US"><header><file-info \
xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:OriginalEncoding">utf-8</value></file-info>\
<tag-defs xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><tag id="74"><bpt name="a">&lt;a href=&quot;x.htm&quot;\
&gt;</bpt><ept name="a">&lt;/a&gt;</ept></tag></tag-defs></header><body>
<group><sdl:cxts><sdl:cxt id="3"/></sdl:cxts><trans-unit translate="no" id="c8b8"><source><x id="39"/> Ne pas \
traduire : « x »</source></trans-unit></group>
<trans-unit id="9029"><source>Le ministre a dit : « Soutenons l'Ukraine. » <g id="74">Il est parti</g>.</source>\
<seg-source><mrk mtype="seg" mid="5">Le ministre a dit : « Soutenons l'Ukraine. »</mrk> <mrk mtype="seg" mid="6">\
<g id="74">Il est parti</g>.</mrk></seg-source><target><mrk mtype="seg" mid="5">The minister said : « Let us \
support Ukraine. »</mrk> <mrk mtype="seg" mid="6"><g id="74">He left</g>.</mrk></target><sdl:seg-defs>\
<sdl:seg id="5" conf="Translated" origin="mt"/><sdl:seg id="6" conf="Translated" origin="mt"/></sdl:seg-defs>\
</trans-unit>
</body></file></xliff>
"""


def test_sdlxliff_is_xliff_its_target_paired_with_its_seg_source(tmp_path):
    P = PLACEHOLDER
    f = write(tmp_path, "a.sdlxliff", SDLXLIFF)
    doc = load(str(f))
    assert doc.format == "xliff" and texts(doc) == [(
        "9029", f"{P}Le ministre a dit : « Soutenons l'Ukraine. »{P} {P}{P}Il est parti{P}.{P}",
        f"{P}The minister said : « Let us support Ukraine. »{P} {P}{P}He left{P}.{P}")]
    report = run([str(f)], Config(), Mode(fix=True), jobs=1)
    # the segment markers and the tag pair are in the source as in the target: no TQ605
    assert not report.errors and [x.code for x in report.findings] == [] and report.fixed == 3
    assert '<mrk mtype="seg" mid="5">The minister said: “Let us support Ukraine.”</mrk>' in f.read_text("utf-8")


def test_every_kind_of_file_read_is_found_in_folders():
    from tqcheck.config import DEFAULT_INCLUDE
    from tqcheck.documents import EXTENSIONS

    # (.pot templates hold no target; a .json or .yml is found where its name or folder says English: not
    # package.json nor a CI file; an .xml in an Android resource folder: not pom.xml; a .resx or .ts by its name,
    # and a .ts only if it is Qt's, not TypeScript; a .csv by its name or its header, an .xlsx by its name: not every
    # table of data; an .ass or .ssa by its first section: not QBE's .ssa nor an assembler's .ass; an .ftl by its
    # name or folders: not a FreeMarker template; a .php in a language folder: not PHP code; an .ini by its name or
    # folder: not php.ini; a .toml by its path: not pyproject.toml)
    resources = (".json", ".yml", ".yaml", ".properties", ".strings", ".stringsdict", ".resx", ".ts", ".csv",
                 ".xlsx", ".ass", ".ssa", ".ftl", ".php", ".ini", ".toml")
    assert sorted(p for p in DEFAULT_INCLUDE if not p.endswith(resources)) == sorted(  # (and R's `.Rmd`)
        [f"*{ext}" for ext in EXTENSIONS if ext not in (".pot", ".xml", ".sgml") + resources] + ["*.Rmd"])


def test_tmx_and_tsv_pairs():
    P = PLACEHOLDER
    assert texts(parse(TMX, fmt="tmx")) == [
        ("1", "Il a répondu : « Non ».", "He answered : « No »."),
        ("2", f"Cliquez sur {P}Valider{P} , puis attendez !", f"Click {P}Confirm{P} now , then {P}wait{P} for it !"),
    ]
    tsv = parse(TSV, fmt="tsv")
    assert texts(tsv) == [("1", "Bonjour : le monde", "Hello : world"), ("3", "Il a dit « oui »", "He said « yes »"),
                          ("4", "", "No source , here"), ("5", "Vide", None)]
    assert tsv.warnings == ["line 2: no tab (a bilingual TSV line is source<TAB>target): not checked"]


@pytest.mark.parametrize("fmt,text,replacement,written", [
    ("po", 'msgid "a"\nmsgstr "x : y"\n', 'say "hi" \\ now\n', 'say \\"hi\\" \\\\ now\\n'),
    ("xliff", '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>x : y</target>'
              "</trans-unit></body></file></xliff>", "a & <b>", "a &amp; &lt;b&gt;"),
    ("xliff", '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
              "<target><![CDATA[x : y]]></target></trans-unit></body></file></xliff>", "a & <b>", "a & <b>"),
    ("xliff", '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
              "<target><![CDATA[x : y]]></target></trans-unit></body></file></xliff>", "]]>", None),
    ("tsv", "a\tx : y\n", "a\tb", None),
])
def test_a_fix_is_written_in_the_syntax_of_the_file(fmt, text, replacement, written):
    seg = parse(text, fmt=fmt).segments[0]
    i = seg.text.index(" :")
    fix = seg.problem(i, i + 2, "TQ102", "m", replacement).fix
    assert (fix and fix.replacement) == written


def test_a_fix_never_crosses_an_escape_or_a_wrap():
    doc = parse('msgid "a"\nmsgstr "x\\t: y « "\n"z"\n', fmt="po")
    seg = doc.segments[0]
    tab = seg.text.index("\t")
    assert seg.problem(tab, tab + 2, "TQ102", "m", ":").fix is None  # \t is an escape
    quote = seg.text.index("«")
    assert seg.problem(quote, quote + 3, "TQ101", "m", "“").fix is None  # `« ` then the next line
    assert seg.problem(quote, quote + 2, "TQ101", "m", "“").fix is not None


def test_suppression_comments_in_xliff_and_po(tmp_path):
    xliff = XLIFF20.replace('    <unit id="u3">', '    <!-- tqcheck: ignore TQ106 -->\n    <unit id="u3">')
    xliff = xliff.replace('      <segment id="s2">', '      <!-- tqcheck: ignore TQ999 -->\n      <segment id="s2">')
    report = findings_of(write(tmp_path, "a.xliff", xliff))
    codes = [f.code for f in report.findings]
    assert "TQ106" not in codes and codes.count("TQ100") == 1  # the unknown code is reported
    po = PO.replace("#, fuzzy", "# tqcheck: ignore TQ102\n#, fuzzy")
    report = findings_of(write(tmp_path, "a.po", po))
    assert "TQ102" not in {f.code for f in report.findings} and "TQ100" not in {f.code for f in report.findings}


MALFORMED = [  # (name, text, the one line that says what is wrong)
    ("bad.xlf", '<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body></file>\n</xliff>\n',
     "bad.xlf: error: not well-formed XML at line 3, column 15: mismatched tag"),
    ("bad.xliff", '<xliff version="2.0"><file><unit id="1"><segment><target>a &nbsp; b</target>',
     "bad.xliff: error: not well-formed XML at line 1, column 60: undefined entity"),
    ("notx.xlf", "<html><body>Hello</body></html>", "notx.xlf: error: not an XLIFF file: the root element is <html>"),
    ("bad.tmx", "<tmx><body><tu><tuv><seg>a</tuv></tu></body></tmx>",
     "bad.tmx: error: not well-formed XML at line 1, column 29: mismatched tag"),
    ("bad.po", 'msgid "a"\nmsgstr "b\n', "bad.po: error: not a valid PO file at line 2, column 8: string not closed"),
    ("bad2.po", 'msgid "a"\nmsgid "b"\nmsgstr ""\n',
     "bad2.po: error: not a valid PO file at line 2, column 1: a second msgid in one entry (is a msgstr missing?)"),
    ("bad3.po", 'msgid "a"\nmsgstr "b\\q"\n',
     "bad3.po: error: not a valid PO file at line 2, column 10: unknown escape '\\\\q'"),
    ("bad4.po", 'msgid "a"\n', "bad4.po: error: not a valid PO file at line 1: msgid without msgstr"),
    ("bad5.po", 'msgid "a"\nmsgstr "b"\nhello\n',
     "bad5.po: error: not a valid PO file at line 3, column 1: cannot read 'hello' (a PO line is a keyword"),
]


def test_malformed_files_one_line_each_exit_2_others_still_checked(tmp_path, run_cli):
    for name, text, _ in MALFORMED:
        write(tmp_path, name, text)
    write(tmp_path, "good.po", PO)
    before = {name: (tmp_path / name).read_bytes() for name, _, _ in MALFORMED}
    proc = run_cli("check", "-q", "--fix", *[name for name, _, _ in MALFORMED], "good.po")
    err = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and not any("Traceback" in line for line in err)
    for name, _, message in MALFORMED:
        assert [line for line in err if line.startswith(name + ":")] == [line for line in err if message in line]
        assert any(message in line for line in err), message
    assert "in 1 file" in proc.stdout.decode()  # good.po was checked (and fixed)
    assert {name: (tmp_path / name).read_bytes() for name, _, _ in MALFORMED} == before


def test_entities_the_file_declares_are_opaque_and_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET « x »")
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY prod "Démo « x »"><!ENTITY ext SYSTEM "{secret}">]>\n'
            '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
            "<target>Use &prod; and &ext; now</target></trans-unit></body></file></xliff>\n")
    doc = parse(text, fmt="xliff")
    assert doc.segments[0].text == f"Use {PLACEHOLDER} and {PLACEHOLDER} now"


def test_billion_laughs_is_an_error_not_a_hang():
    lol = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{k} "{f"&a{k - 1};" * 10}">' for k in range(1, 10))
    text = f'<?xml version="1.0"?>\n<!DOCTYPE xliff [{lol}]>\n<xliff version="1.2" a="&a9;"></xliff>\n'
    with pytest.raises(InputError, match="not well-formed XML"):
        parse(text, fmt="xliff")


def test_language_that_is_not_english_is_said():
    doc = parse(XLIFF12.replace('target-language="en-GB"', 'target-language="de-DE"'), fmt="xliff")
    assert doc.foreign == "the target language is 'de-DE'"
    assert parse(XLIFF12, fmt="xliff").foreign is None


@pytest.mark.parametrize("path, said", [
    ("src/locale/messages.fr.xlf", "fr"), ("translations/messages.fr-FR.xliff", "fr-FR"), ("fr.xlf", "fr"),
    ("src/locale/messages.xlf", None), ("messages.en.xlf", None), ("app.xlf", None),
])
def test_an_xliff_without_a_target_language_is_named_by_its_path(path, said):
    """Angular's extraction writes no target-language: its file name says it (messages.fr.xlf)."""
    doc = parse(XLIFF12.replace(' target-language="en-GB"', ""), path=path, fmt="xliff")
    assert doc.foreign == (f"the language its path names is '{said}'" if said else None)


def test_a_tmx_unit_with_no_english_variant_is_not_checked():
    units = ('<tu tuid="a"><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>'
             '<tu tuid="b"><tuv xml:lang="fr"><seg>Oui</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu>')
    tmx = f'<tmx version="1.4"><header srclang="fr"/><body>{units}</body></tmx>\n'
    doc = parse(tmx, fmt="tmx")
    assert [p.target.text for p in doc.pairs] == ["Hello"] and doc.foreign is None
    assert doc.warnings == ["1 unit with no English variant (de): not checked"]
    doc = parse(tmx.replace('xml:lang="en"', 'xml:lang="es"'), fmt="tmx")
    assert doc.foreign == "the target language is 'es'" and doc.pairs == []


def test_a_french_target_is_not_checked_nor_fixed(tmp_path, run_cli):
    """French rules on a French catalog would flag every word, and a safe fix would write English typography
    into French (`« %s » introuvable : réessayer ?`)."""
    french = PO.replace('"Language: en\\n"', '"Language: fr\\n"').replace(
        "cannot be found: check the path.", "introuvable : réessayer ?")
    write(tmp_path / "locale", "fr.po", french)
    proc = run_cli("check", "--fix", "locale")
    assert (tmp_path / "locale" / "fr.po").read_text(encoding="utf-8") == french
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[0] == (
        "locale/fr.po: warning: the catalog's Language is 'fr': tqcheck checks English; not checked")
    write(tmp_path / "locale", "en.po", PO)
    proc = run_cli("check", "locale")
    assert proc.returncode == 1 and "in 1 file" in proc.stdout.decode()


@pytest.mark.parametrize("path, said", [
    ("locale/fr/LC_MESSAGES/django.po", "fr"), ("po/fr.po", "fr"), ("app.es.po", "es"), ("po/pt_BR.po", "pt_BR"),
    ("locale/en/LC_MESSAGES/django.po", None), ("po/en_GB.po", None), ("messages.po", None), ("po/report.po", None),
    ("app.po", None), ("po/ui.po", None), ("web.po", None), ("web-ui.po", None),
])
def test_a_catalog_with_an_empty_language_is_named_by_its_path(path, said):
    """Django and gettext catalogs often leave Language empty: gettext's layout names the language."""
    doc = parse(PO.replace('"Language: en\\n"', '"Language: \\n"'), path=path, fmt="po")
    assert doc.foreign == (f"the language its path names is '{said}'" if said else None)


def test_folders_find_bilingual_files_and_list_unknown_kinds(tmp_path, run_cli):
    for name, text in FILES.items():
        write(tmp_path / "locale", name, text)
    write(tmp_path / "locale", "notes.md", "Fine text.\n")
    for name in ("a.doc", "b.pdf", ".hidden"):
        write(tmp_path / "locale", name, "x")
    proc = run_cli("check", "-q", "locale")
    assert proc.returncode == 1
    assert "in 6 files" in proc.stdout.decode()
    err = proc.stderr.decode().splitlines()
    assert "tqcheck: skipped 2 files of unknown kind: locale/a.doc, locale/b.pdf (see include)" in err


def test_a_run_that_checks_nothing_says_so_and_exits_2(tmp_path, run_cli):
    write(tmp_path / "docs", "a.doc", "x")
    proc = run_cli("check", "docs")
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        "tqcheck: skipped 1 file of unknown kind: docs/a.doc (see include)",
        "tqcheck: error: nothing checked: no file to check in docs (see include and exclude)",
    ]
    assert proc.stdout.decode().strip() == "No files checked."  # no file had an error: none was read
    (tmp_path / "tqcheck.toml").write_text('exclude = ["drafts"]\n')
    write(tmp_path / "drafts", "x.md", "« a »\n")
    assert run_cli("check", "--force-exclude", "drafts/x.md").returncode == 0  # excluded on purpose: not an error


def test_a_run_that_found_only_resource_files_of_no_language_says_how_they_are_read(tmp_path, run_cli):
    # a helper's set (stop 44): strings renamed `strings/app.json` were passed over in silence
    write(tmp_path / "strings", "app.json", '{"greeting": "Hello, world"}\n')
    write(tmp_path / "strings", "notes.txt.bak", "x")
    write(tmp_path / "strings", "package.json", "{}\n")  # a manifest: not counted
    proc = run_cli("check", "strings")
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1] == (
        "tqcheck: error: nothing checked: no file to check in strings: 1 file of string-resource kinds (JSON, YAML, "
        "XML, properties, PHP, INI…) is read only where a name or folder says English (en.json, locales/en/, "
        "values-en/strings.xml; see include)")
    (tmp_path / "strings" / "app.json").rename(tmp_path / "strings" / "en.json")
    assert run_cli("check", "strings").returncode == 0  # named so, it is read


def test_a_markdown_run_imports_no_xml_parser(tmp_path):
    write(tmp_path, "a.md", "Some « text ».\n")
    code = ("import sys\nfrom tqcheck.cli import main\ntry:\n    main(['check', '-j', '1', sys.argv[1]])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('lxml', 'pyexpat', 'polib')"
            " or m.startswith('tqcheck.documents.') and m.rsplit('.', 1)[1] in ('po', 'xliff', 'tmx', 'xmlfile')))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.md")], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


# random units built from the pieces real files mix: entities, CR LF, CDATA, comments, inline tags, escapes
XML_PIECES = ["a", "é", "😀", " ", "«", " :", "&amp;", "&lt;", "&#171;", "&#x1F600;", "\r\n", "\r", "<x id='1'/>",
              '<g id="2">b</g>', "<ph id='3'>&lt;b&gt;</ph>", "<![CDATA[c & <d> ]]>", "<!-- c -->", "%s", "{0}",
              "<?pi x?>", '<mrk mtype="seg" mid="1">s</mrk>', "<bpt id='1'>x</bpt>"]
PO_PIECES = ["a", "é", " ", "«", '\\"', "\\n", "\\t", "\\\\", '"\n"', "%s", "{x}", "%(n)d"]
REPLACEMENTS = ["“", '"', "&", "<", "]]>", "\\", "\n", "\t", "x y", ""]


def random_file(rnd, fmt):
    def text(pieces):
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))

    if fmt == "po":
        return f'msgid "{text(PO_PIECES)}"\nmsgstr "{text(PO_PIECES)}"\n'
    return (f'<xliff version="1.2"><file><body><trans-unit id="1"><source>{text(XML_PIECES)}</source>'
            f"<target>{text(XML_PIECES)}</target></trans-unit></body></file></xliff>")


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_random_units_map_exactly_and_every_fix_leaves_a_readable_file(fmt):
    import random

    rnd, fixed = random.Random(12), 0
    for _ in range(400):
        text = random_file(rnd, fmt)
        doc = parse(text, fmt=fmt)
        for seg in doc.segments + [p.source_segment for p in doc.pairs if p.source_segment]:
            for i, ch in enumerate(seg.text):
                raw = doc.text[slice(*seg.span(i, i + 1))]
                assert ch == PLACEHOLDER or raw == ch or decodes_to(raw, ch, fmt), (text, i, raw)
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(REPLACEMENTS)
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None or doc.touches_opaque(problem.start, problem.end):
                continue  # not verbatim, or not writable there; the engine drops fixes touching opaque tokens
            after = parse(text[:problem.start] + problem.fix.replacement + text[problem.end:], fmt=fmt)
            wanted = seg.text[:i] + replacement + seg.text[j:]
            target = after.pairs[0].target  # the pair has it even when it holds no prose left
            assert (target.text if target else "") == (wanted if wanted.strip() else ""), text
            fixed += 1
    assert fixed > 100  # the property was exercised


def test_a_catalog_with_no_translation_says_so_and_a_template_says_nothing_is_expected():
    """A new `en.po` has only empty msgstr: "All checks passed" alone would mislead, and TQ608 reports its units; a
    template (`.pot`, or no target language anywhere: Angular's `messages.xlf`) expects no translation."""
    catalog = ('msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "Ouvrir le fichier"\nmsgstr ""\n\n'
               'msgid "Fermer"\nmsgstr ""\n')
    assert parse(catalog, fmt="po").warnings == ["none of its 2 units has a translation yet"]
    one = catalog.replace('\n\nmsgid "Fermer"\nmsgstr ""', "")
    assert parse(one, fmt="po").warnings == ["its one unit has no translation yet"]
    assert parse(catalog.replace('msgstr ""\n\nmsgid "Fermer"', 'msgstr "Open"\n\nmsgid "Fermer"'),
                 fmt="po").warnings == []
    assert [f.code for f in check_text(catalog, "en.po")] == ["TQ608", "TQ608"]
    template = catalog.replace("Language: en", "Language: ")
    for text, path in ((catalog, "messages.pot"), (template, "messages.po")):
        assert parse(text, path=path, fmt="po").warnings == [
            "none of its 2 units has a translation: a template, nothing to check"]
        assert [f.code for f in check_text(text, path)] == []
    angular = ('<xliff version="1.2"><file source-language="fr" datatype="plaintext"><body><trans-unit id="a">'
               "<source>Se connecter</source></trans-unit></body></file></xliff>")
    assert [f.code for f in check_text(angular, "src/locale/messages.xlf")] == []
    assert [f.code for f in check_text(angular.replace('"fr"', '"fr" target-language="en"'), "messages.en.xlf")] == [
        "TQ608"]


def test_a_french_catalog_is_not_checked_by_the_api_nor_through_standard_input(run_cli):
    from tqcheck import check_text

    french = 'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Open"\nmsgstr "« Ouvrir » ?"\n'
    assert check_text(french, "fr.po") == []
    proc = run_cli("check", "--fix", "-", "--stdin-filename", "fr.po", stdin=french.encode())
    assert proc.stdout.decode() == french and proc.returncode == 0  # an editor's pipe gets its text back
    assert "the catalog's Language is 'fr'" in proc.stderr.decode()


@pytest.mark.parametrize("lang, foreign", [
    ("en", False), ("en_GB", False), ("en-US", False), ("EN", False), ("eng", False), ("English", False),
    ("english", False), ("", False), ("und", False), ("mul", False),
    ("fr", True), ("fr_FR", True), ("de-DE", True), ("enm", True),  # enm: Middle English, not today's
])
def test_which_language_tags_are_english(lang, foreign):
    from tqcheck.documents.locales import foreign as is_foreign

    assert is_foreign(lang) is foreign


def test_an_xliff_file_element_whose_target_is_not_english_is_skipped_alone():
    two = ('<xliff version="1.2"><file source-language="fr" target-language="{0}" original="a"><body>'
           '<trans-unit id="1"><source>Oui</source><target>{1}</target></trans-unit></body></file>'
           '<file source-language="fr" target-language="{2}" original="b"><body>'
           '<trans-unit id="2"><source>Non</source><target>{3}</target></trans-unit></body></file></xliff>\n')
    for text in (two.format("de", "Ja", "en", "No"), two.format("en", "No", "de", "Ja")):
        doc = parse(text, fmt="xliff")
        assert [p.target.text for p in doc.pairs] == ["No"] and doc.foreign is None
        assert doc.warnings == ["1 unit in a <file> whose target is not English (de): not checked"]
    assert parse(two.format("de", "Ja", "it", "Sì"), fmt="xliff").foreign == "the target language is 'de'"


def test_a_run_of_foreign_catalogs_says_why_nothing_was_checked(tmp_path, run_cli):
    for lang in ("fr", "it"):
        write(tmp_path / "locale", f"{lang}.po", f'msgid ""\nmsgstr "Language: {lang}\\n"\n\nmsgid "a"\nmsgstr "b"\n')
    proc = run_cli("check", "locale")
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1] == (
        "tqcheck: error: nothing checked: the 2 files found in locale are not in English")


def test_an_english_source_is_not_compared_with_its_english_target():
    """Symfony's validators.en.xlf: `source-language="en"`, the target an English rewrite; checked, not paired."""
    xliff = ('<xliff version="1.2"><file source-language="en" datatype="plaintext"><body><trans-unit id="1">'
             "<source>No temporary folder was configured.</source><target>No temporary folder was configured "
             "in php.ini : check it.</target></trans-unit></body></file></xliff>")
    doc = parse(xliff, path="validators.en.xlf", fmt="xliff")
    assert doc.pairs == [] and [s.text for s in doc.segments] == [
        "No temporary folder was configured in php.ini : check it."]
    assert [f.code for f in check_text(xliff, "validators.en.xlf")] == ["TQ102"]


def test_sources_that_read_as_french_are_paired_whatever_the_file_declares():
    """Angular writes `source-language="en-US"` unless the project sets its source locale (4 of 6 French-first apps'
    messages.en.xlf at stop 43): French sources are still the source, and an untranslated unit shows French."""
    units = [("Se connecter avec votre compte", "Log in with your account"),
             ("Les fichiers de la semaine", "This week's files"), ("Supprimer les données du projet", ""),
             ("Mot de passe oublié ?", "Forgot your password?"), ("Aucun résultat pour cette recherche", "No result")]
    body = "".join(f'<trans-unit id="{k}" datatype="html"><source>{s}</source>'
                   + (f"<target>{t}</target>" if t else "") + "</trans-unit>" for k, (s, t) in enumerate(units))
    xliff = (f'<xliff version="1.2"><file source-language="en-US" datatype="plaintext"><body>{body}</body></file>'
             "</xliff>")
    doc = parse(xliff, path="messages.en.xlf", fmt="xliff")
    assert [p.source for p in doc.pairs] == [s for s, _ in units]
    untranslated = [f.span for f in check_text(xliff, "messages.en.xlf") if f.code == "TQ608"]
    assert untranslated == ["Supprimer les données du projet"]

def test_markup_in_a_po_string_is_opaque_and_compared_with_the_source():
    """Django's msgstr `<a href="%(url)s">`: its quotes are no text, and a tag the translation lost is said."""
    po = ('msgid ""\nmsgstr "Language: en\\n"\n\n'
          'msgid "Voir <a href=\\"%(url)s\\">la doc</a>"\nmsgstr "See <a href=\\"%(url)s\\">the docs</a>"\n\n'
          'msgid "<b>Attention</b> : %s"\nmsgstr "Warning: %s"\n')
    doc = parse(po, path="en.po", fmt="po")
    assert [s.text for s in doc.segments] == [f"See {PLACEHOLDER}the docs{PLACEHOLDER}", f"Warning: {PLACEHOLDER}"]
    found = [(f.code, f.message) for f in check_text(po, "en.po")]
    assert found == [("TQ605", "The source's `<b>`, `</b>` are missing from the translation")]


@pytest.mark.parametrize("text, hidden", [
    ("%L1 files in %2", ["%L1", "%2"]), ("%10 items", ["%10"]), ("a 100% increase", []), ("50 % of them", []),
    ("%100 of", []), ("%#@files@ left", ["%#@files@"]), ("%1$#@n@ and %arg photos", ["%1$#@n@", "%arg"]),
    ("Total : {0:N2} {1,10:C}", ["{0:N2}", "{1,10:C}"]), ("%@ and %lld", ["%@", "%lld"]),
    ("{count} / {{ n }}", ["{count}", "{{ n }}"]),
])
def test_the_placeholders_of_software_strings(text, hidden):
    from tqcheck.documents.bilingual import PLACEHOLDER_RE

    assert [m.group() for m in PLACEHOLDER_RE.finditer(text)] == hidden
