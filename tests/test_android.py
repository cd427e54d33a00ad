"""Android string resources (res/values/strings.xml): each string, array item and plural is a text read as Android
reads it (escapes, quotes, spaces, xliff:g, CDATA), at its place in the file; fixes are written in Android's
syntax; ``--source values-fr/strings.xml`` pairs the texts by name; a folder run finds the English string files."""

import html
import io
import random
import re
from xml.parsers import expat

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.documents.locales import named_language
from tqcheck.documents.bilingual import PLACEHOLDER_RE
from tqcheck.documents.pairing import attach
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, refused, snippets, source_number_missing

P = PLACEHOLDER
EN = r"""<?xml version="1.0" encoding="utf-8"?>
<!-- the app's strings -->
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2" xmlns:tools="http://schemas.android.com/tools">
    <string name="app_name" translatable="false">Réglages</string>
    <string name="ref">@string/app_name</string>
    <string name="attr">?android:attr/textColor</string>
    <string name="at">\@home : now</string>
    <string name="hello">Don\'t forget : it costs 1,5 billion euros »</string>
    <string name="quoted">"It's  kept   as written"</string>
    <string name="inner">Press "OK" to go</string>
    <string name="count">You have <xliff:g id="count" example="3">%d</xliff:g> new messages</string>
    <string name="html"><![CDATA[<b>Bold</b> and <a href="x">the rest</a> at 14h30]]></string>
    <string name="styled">A <b>bold</b> &amp; <i>brave</i> move</string>
    <string name="wrapped">This is a long
        line that wraps\nthen a new line \u00e9t\u00e9 \"here\"</string>
    <string-array name="days">
        <item>Monday</item>
        <item>Tuesday ;</item>
    </string-array>
    <string-array name="ids" translatable="false"><item>réglages</item></string-array>
    <plurals name="songs" tools:ignore="MissingQuantity">
        <item quantity="one">%d song</item>
        <item quantity="other">%d songs</item>
    </plurals>
    <item type="string" name="as_item">An item : here</item>
    <color name="red">#f00</color>
    <dimen name="gap">8dp</dimen>
</resources>
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_strings_arrays_and_plurals_are_texts_as_android_reads_them():
    doc = parse(EN, path="res/values/strings.xml", fmt="xml")
    assert doc.format == "android" and doc.foreign is None
    assert texts(doc) == {
        "at": "@home : now",  # an escaped @ is text, not a reference
        "hello": "Don't forget : it costs 1,5 billion euros »",
        "quoted": "It's  kept   as written",  # the quotes keep the spaces; they are not text
        "inner": "Press OK to go",  # quotes inside the text are not shown (and no fix crosses them)
        "count": f"You have {P} new messages",  # xliff:g: not to be translated
        "html": f"{P}Bold{P} and {P}the rest{P} at 14h30",  # tags written in CDATA are markup
        "styled": f"A {P}bold{P} & {P}brave{P} move",
        "wrapped": 'This is a long line that wraps\nthen a new line été "here"',
        "days[0]": "Monday",
        "days[1]": "Tuesday ;",
        "songs[one]": f"{P} song",
        "songs[other]": f"{P} songs",
        "as_item": "An item : here",
    }
    assert [s.text for s in doc.segments] == list(texts(doc).values())  # in the file's order


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="xml")
    escapes = {"\\'": "'", '\\"': '"', "\\n": "\n", "\\@": "@", "&amp;": "&", "\\u00e9": "é"}
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == P:
                assert raw[0] in '<"%', raw
            elif ch == " " and raw != " ":
                assert raw.isspace() and "\n" in raw  # a line break and an indent read as one space
            else:
                assert raw == ch or escapes[raw] == ch, (seg.text, i, raw)


def test_translate_toolkit_reads_the_same_texts():
    """translate-toolkit's Android reader (aresource), markup and placeholders masked as ours are: the same texts."""
    aresource = pytest.importorskip("translate.storage.aresource")
    store = aresource.AndroidResourceFile.parsefile(io.BytesIO(EN.encode()))
    theirs = {}
    for unit in store.units:
        values = getattr(unit.target or unit.source, "strings", None) or [str(unit.target or unit.source)]
        for quantity, value in zip(("one", "other"), values) if len(values) > 1 else [(None, values[0])]:
            value = html.unescape(re.sub(r"<xliff:g[^>]*>.*?</xliff:g>|<[^>]+>", P, value))  # (markup: as XML)
            value = value[:-3] if value.endswith("]]>") else value  # (before 3.20, it kept a CDATA's end)
            theirs[f"{unit.getid()}[{quantity}]" if quantity else unit.getid()] = PLACEHOLDER_RE.sub(P, value)
    ours = texts(parse(EN, fmt="xml"))
    shared = set(theirs) & set(ours)
    assert len(shared) >= 10  # (it reads no <string-array>, and keeps translatable="false" and references)
    assert {k: theirs[k] for k in shared} == {k: ours[k] for k in shared}


def test_findings_point_into_the_strings_and_fixes_keep_the_file_valid(tmp_path, run_cli):
    folder = tmp_path / "res" / "values"
    folder.mkdir(parents=True)
    path = folder / "strings.xml"
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", "res/values/strings.xml")
    # nothing from the untranslatable string nor the array of ids; TQ102 on the escaped `\@home :`
    assert snippets(proc.stdout, EN) == [("TQ101", "»</"), ("TQ102", " : "), ("TQ102", " : "), ("TQ102", " : "),
                                         ("TQ102", " ;<"), ("TQ501", "1,5"), ("TQ508", "14h")]
    run_cli("check", "--fix", "-q", "res/values/strings.xml")
    fixed = path.read_text(encoding="utf-8")
    expat.ParserCreate().Parse(fixed, True)  # still well-formed
    doc = parse(fixed, path=str(path), fmt="xml")
    # (the guillemet's fix writes the file's own quotes, `\"here\"`: escaped)
    assert texts(doc)["hello"] == "Don't forget: it costs 1.5 billion euros\"" and texts(doc)["days[1]"] == "Tuesday;"
    assert "billion euros\\\"</string>" in fixed
    assert "Réglages" in fixed and "<item>réglages</item>" in fixed  # untranslatable strings untouched
    run_cli("check", "--fix", "-q", "res/values/strings.xml")
    assert path.read_text(encoding="utf-8") == fixed


def test_random_fixes_leave_a_file_android_reads_as_meant():
    rnd = random.Random(11)
    pieces = ["a", "é", " ", "«", "\\'", '\\"', "\\n", "\\u00e9", "\\\\", "&amp;", "&lt;", "%s", "b c", "\n  ",
              "<b>x</b>"]
    fixed = 0
    for _ in range(600):
        value = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        cdata = rnd.random() < 0.2 and "&" not in value
        body = f"<![CDATA[{value}]]>" if cdata else value
        text = f'<resources><string name="k">{body}</string></resources>'
        doc = parse(text, fmt="android")
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(['"', "'", "\\", "\n", "“", "x y", "", "&", "<", "@"])
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None or doc.touches_opaque(problem.start, problem.end) or P in seg.text[i:j]:
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            again = parse(after, fmt="android")
            if i == 0 and replacement in ("@", "") or wanted.strip() != wanted or "  " in wanted or cdata and \
                    replacement == "<":
                continue  # (a leading @ is a reference, Android trims and joins spaces outside quotes, and a `<`
                # written in CDATA may make a tag there)
            assert texts(again)["k"] == wanted, (text, after)
            fixed += 1
    assert fixed > 100


@pytest.mark.parametrize("path, lang", [
    ("res/values/strings.xml", None), ("res/values-fr/strings.xml", "fr"), ("res/values-en-rGB/strings.xml", "en-GB"),
    ("res/values-b+sr+Latn/strings.xml", "sr-Latn"), ("res/values-night/strings.xml", None),
    ("res/values-fr-land/strings.xml", "fr"), ("res/values-v21/strings.xml", None), ("res/values-car/a.xml", None),
    ("res/values-mcc310-en/strings.xml", "en"),
])
def test_the_language_a_resource_folder_names(path, lang):
    assert named_language(path) == lang


def test_a_file_in_another_language_is_not_checked_and_a_french_default_is_told_by_its_text():
    fr = '<resources><string name="a">Ouvrir : maintenant</string></resources>'
    assert parse(fr, path="res/values-fr/strings.xml", fmt="xml").foreign == "the language its folder names is 'fr'"
    words = ["Les réglages sont dans le menu avec les options", "Les comptes pour les utilisateurs sont dans la liste",
             "Annuler", "Ouvrir avec les options"]
    body = "".join(f'<string name="s{k}">{w}</string>' for k, w in enumerate(words))
    default = parse(f"<resources>{body}</resources>", path="res/values/strings.xml", fmt="xml")
    assert default.foreign and "reads as French" in default.foreign


def test_with_its_source_each_text_is_paired_by_name(tmp_path, run_cli):
    fr = ('<resources><string name="b">Il coûte 25 euros</string>'
          '<string name="hello">N\'oubliez pas : cela coûte 1,5 milliard</string></resources>')
    doc = parse(EN, path="res/values/strings.xml", fmt="xml")
    attach(doc, parse(fr, path="res/values-fr/strings.xml", fmt="xml"))
    assert [(p.id, p.source, p.target is None) for p in doc.pairs] == [
        ("hello", "N'oubliez pas : cela coûte 1,5 milliard", False), ("b", "Il coûte 25 euros", True)]  # b: no English
    en = '<resources><string name="b">It costs 52 euros</string><string name="c">Open</string></resources>'
    assert source_number_missing(tmp_path, run_cli, ("values/strings.xml", en), ("values-fr/strings.xml", fr))


def test_folders_find_the_english_string_files_only(tmp_path, run_cli):
    res = "app/src/main/res"
    files = {f"{res}/values/strings.xml": "Open : now", f"{res}/values-en-rGB/strings.xml": "Go : now",
             f"{res}/values-fr/strings.xml": "Ouvrir : maintenant", f"{res}/values/arrays.xml": "A : b",
             f"{res}/values/colors.xml": "x : y", "app/src/main/AndroidManifest.xml": "m : n", "pom.xml": "p : q"}
    files = {name: f'<resources><string name="k">{value}</string></resources>' for name, value in files.items()}
    assert found_by_folder_run(tmp_path, run_cli, files) == [f"{res}/values-en-rGB/strings.xml",
                                                             f"{res}/values/arrays.xml", f"{res}/values/strings.xml"]


@pytest.mark.parametrize("path, ours", [
    ("/p/res/values/strings.xml", True), ("/p/res/values-fr/strings.xml", False), ("/p/pom.xml", False),
    ("/p/res/values/colors.xml", False), ("/p/res/layout/main.xml", False),
])
def test_the_language_server_lints_xml_only_in_resource_folders(path, ours):
    assert is_ours(path, None) == ours


@pytest.mark.parametrize("name, text, message", [
    ("pom.xml", "<project><name>x : y</name></project>",
     "pom.xml: error: an XML file tqcheck does not read: its root element is <project> (it reads Android string "
     "resources, XLIFF, TMX, TTML, DocBook and DITA)"),
    ("a.xml", '<resources><string name="a">open</resources>',
     "a.xml: error: not well-formed XML at line 1, column 35: mismatched tag"),
    ("b.xml", "", "b.xml: error: not an XML file: no element"),
    ("c.xml", "<!-- never closed <resources>", "c.xml: error: not an XML file: no element"),
])
def test_other_or_broken_xml_is_one_line_exit_2_never_modified(tmp_path, run_cli, name, text, message):
    assert refused(tmp_path, run_cli, name, text) == [message]


def test_xliff_and_tmx_written_as_xml_are_read_as_what_they_are():
    xliff = ('<xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit id="a">'
             '<source>Bonjour</source><target>Hello : you</target></trans-unit></body></file></xliff>')
    doc = parse(xliff, path="messages.xml", fmt="xml")
    assert doc.format == "xliff" and [p.source for p in doc.pairs] == ["Bonjour"]
