"""Apple plural rules (en.lproj/Localizable.stringsdict): every string of the property list but a rule's settings is a
text, keyed by its path; read as plistlib reads it; the .lproj folder names the language; --source pairs by key."""

import plistlib

import pytest

from tqcheck.documents import PLACEHOLDER, parse

from conftest import found_by_folder_run, paired_by_key, random_fixes, refused, source_number_missing

P = PLACEHOLDER
PLURALS = {"%d file(s) remaining": {"NSStringLocalizedFormatKey": "%#@files@ remaining : soon", "files": {
    "NSStringFormatSpecTypeKey": "NSStringPluralRuleType", "NSStringFormatValueTypeKey": "d", "one": "%d file",
    "other": "%d files ; many"}}, "welcome": {"NSStringLocalizedFormatKey": "%#@device@", "device": {
        "NSStringFormatSpecTypeKey": "NSStringDeviceSpecificRuleType", "iphone": "Tap : to start",
        "mac": "Click & start"}}}
TEXT = plistlib.dumps(PLURALS).decode()


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_plural_and_device_forms_are_texts_and_the_rules_settings_are_not():
    doc = parse(TEXT, path="en.lproj/Localizable.stringsdict", fmt="stringsdict")
    assert texts(doc) == {"%d file(s) remaining/NSStringLocalizedFormatKey": f"{P} remaining : soon",
                          "%d file(s) remaining/files/one": f"{P} file",
                          "%d file(s) remaining/files/other": f"{P} files ; many",
                          "welcome/device/iphone": "Tap : to start", "welcome/device/mac": "Click & start"}
    assert doc.declared_english


def test_reading_agrees_with_plistlib():
    def flat(value, path=()):
        if isinstance(value, dict):
            for k, v in value.items():
                yield from flat(v, path + (k,))
        elif path[-1] not in ("NSStringFormatSpecTypeKey", "NSStringFormatValueTypeKey"):
            yield "/".join(path), value

    import re

    from tqcheck.documents.bilingual import PLACEHOLDER_RE

    theirs = {k: PLACEHOLDER_RE.sub(P, v) for k, v in flat(plistlib.loads(TEXT.encode()))}
    ours = texts(parse(TEXT, path="en.lproj/a.stringsdict", fmt="stringsdict"))
    assert ours == {k: v for k, v in theirs.items() if re.search(r"\w", v.replace(P, ""))}


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return f"<plist><dict><key>k</key><dict><key>one</key><string>{value}</string></dict></dict></plist>"

    def read_back(text):
        return [s.text for s in parse(text, path="a.stringsdict", fmt="stringsdict").segments]

    pieces = ["a", "é", " b", "«", "&amp;", "&lt;", "%d", " ; c", "%#@n@"]
    assert random_fixes(4, pieces, ["<", "“", "x y", "", ";", "&"], wrap, read_back, "a.stringsdict",
                        "stringsdict") > 200


def test_files_pair_by_key(tmp_path, run_cli):
    def plist(text):
        return plistlib.dumps({"price": {"NSStringLocalizedFormatKey": text}}).decode()

    assert paired_by_key("stringsdict", ("en.lproj/a.stringsdict", plist("It costs 52 euros")),
                         ("fr.lproj/a.stringsdict", plist("Il coûte 25 euros"))) == [
        ("price/NSStringLocalizedFormatKey", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, ("en.lproj/a.stringsdict", plist("It costs 52 euros")),
                                 ("fr.lproj/a.stringsdict", plist("Il coûte 25 euros")))


def test_folder_runs_read_english_and_base_plural_rules(tmp_path, run_cli):
    files = ["App/en.lproj/Localizable.stringsdict", "App/fr.lproj/Localizable.stringsdict",
             "App/Base.lproj/Localizable.stringsdict", "App/Other.stringsdict"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, TEXT))
    assert found == ["App/Base.lproj/Localizable.stringsdict", "App/en.lproj/Localizable.stringsdict"]


@pytest.mark.parametrize("text, message", [
    ("<plist><dict><key>a</key><string>b</dict></plist>", "not well-formed XML at line 1, column 37: mismatched tag"),
    ("<dict/>", "not an Apple property list (.stringsdict) file: the root element is <dict>"),
])
def test_malformed_files_one_line_exit_2(tmp_path, run_cli, text, message):
    assert refused(tmp_path, run_cli, "a.stringsdict", text) == [f"a.stringsdict: error: {message}"]
