"""Apple string catalogs (Localizable.xcstrings): English string units (and their plural, device and substitution
variations) are texts; with a French source language each is paired with its French form; with an English one, a
string with no English value is its key, checked but never fixed; stale and untranslatable strings are not read."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, parse

from conftest import random_fixes, snippets

P = PLACEHOLDER


def unit(value):
    return {"stringUnit": {"state": "translated", "value": value}}


def plural(**forms):
    return {"variations": {"plural": {k: unit(v) for k, v in forms.items()}}}


FRENCH_FIRST = json.dumps({"sourceLanguage": "fr", "strings": {
    "Êtes-vous sûr ?": {"localizations": {"en": unit("Are you sure ?")}},
    "%lld fichiers": {"localizations": {
        "en": plural(one="%lld file", other="%lld files : 3 days"),
        "fr": plural(one="%lld fichier", other="%lld fichiers : 5 jours")}},
    "photos_count": {"localizations": {"fr": unit("%#@photos@ dans l'album"), "en": {
        "stringUnit": unit("%#@photos@ in the album")["stringUnit"],
        "substitutions": {"photos": {"argNum": 1, "formatSpecifier": "lld", **plural(one="%arg photo",
                                                                                    other="%arg photos")}}}}},
    "Vieux": {"extractionState": "stale", "localizations": {"en": unit("Old : text")}},
    "Marque": {"shouldTranslate": False, "localizations": {"en": unit("Brand : text")}},
    "Sans anglais": {"localizations": {"de": unit("Ohne : Englisch")}},
}, "version": "1.0"}, indent=2, ensure_ascii=False)

ENGLISH_FIRST = json.dumps({"sourceLanguage": "en", "strings": {
    "Are you sure ?": {},
    "welcome_title": {"localizations": {"en": unit("Welcome : friend"), "fr": unit("Bienvenue : ami")}},
    "%@ informations": {"localizations": {"fr": unit("%@ informations")}},
    "Gone : away": {"extractionState": "stale"},
}, "version": "1.0"}, indent=2, ensure_ascii=False)


def test_a_french_first_catalog_pairs_each_english_form_with_its_french_one():
    doc = parse(FRENCH_FIRST, path="Localizable.xcstrings", fmt="xcstrings")
    assert [(p.id, p.source, p.target.text) for p in doc.pairs] == [
        ("Êtes-vous sûr ?", "Êtes-vous sûr ?", "Are you sure ?"),  # no French value: the key is the source
        ("%lld fichiers/plural/one", f"{P} fichier", f"{P} file"),
        ("%lld fichiers/plural/other", f"{P} fichiers : 5 jours", f"{P} files : 3 days"),
        ("photos_count", f"{P} dans l'album", f"{P} in the album"),
        ("photos_count/photos/plural/one", f"{P} dans l'album", f"{P} photo"),
        ("photos_count/photos/plural/other", f"{P} dans l'album", f"{P} photos"),
    ]
    assert doc.declared_english and doc.foreign is None


def test_an_english_first_catalog_checks_english_values_and_keys_without_one():
    doc = parse(ENGLISH_FIRST, path="Localizable.xcstrings", fmt="xcstrings")
    assert {k: s.text for k, s in doc.units.items()} == {
        "Are you sure ?": "Are you sure ?", "welcome_title": "Welcome : friend", "%@ informations": f"{P} informations"}
    assert doc.pairs == []


def test_findings_point_into_the_file_and_keys_are_never_fixed(tmp_path, run_cli):
    (tmp_path / "Localizable.xcstrings").write_text(ENGLISH_FIRST, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ102", "--format", "json", "Localizable.xcstrings")
    assert snippets(proc.stdout, ENGLISH_FIRST) == [("TQ102", " : "), ("TQ102", " ?\"")]
    run_cli("check", "--fix", "-q", "Localizable.xcstrings")
    fixed = json.loads((tmp_path / "Localizable.xcstrings").read_text(encoding="utf-8"))
    assert "Are you sure ?" in fixed["strings"]  # a key the code looks up: left alone
    assert fixed["strings"]["welcome_title"]["localizations"]["en"]["stringUnit"]["value"] == "Welcome: friend"
    assert fixed["strings"]["welcome_title"]["localizations"]["fr"]["stringUnit"]["value"] == "Bienvenue : ami"


def test_the_source_numbers_are_compared_within_the_file(tmp_path, run_cli):
    (tmp_path / "Localizable.xcstrings").write_text(FRENCH_FIRST, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ601", "--format", "json", "Localizable.xcstrings")
    assert [f["code"] for f in json.loads(proc.stdout)["findings"]] == ["TQ601"]


def test_a_french_catalog_with_no_english_is_not_checked():
    text = json.dumps({"sourceLanguage": "fr", "strings": {"Ouvrir : maintenant": {}}, "version": "1.0"})
    assert parse(text, path="Localizable.xcstrings", fmt="xcstrings").foreign == \
        "the catalog's source language is 'fr'"


def test_random_fixes_keep_valid_json_and_read_back_as_meant():
    def wrap(value):
        return '{"sourceLanguage": "en", "strings": {"k": {"localizations": {"en": {"stringUnit": ' \
            '{"value": "%s"}}}}}}' % value

    def read_back(text):  # json.loads: the file is still JSON, and holds what the fix meant
        value = json.loads(text)["strings"]["k"]["localizations"]["en"]["stringUnit"]["value"]
        return [s.text for s in parse(text, path="a.xcstrings", fmt="xcstrings").segments] if value.strip() else []

    pieces = ["a", "é", " b", "«", '\\"', "\\\\", "\\n", "\\u00e9", " : c", "%@"]
    assert random_fixes(3, pieces, ['"', "\\", "\n", "“", "x y", "", ":"], wrap, read_back, "a.xcstrings",
                        "xcstrings") > 200


def test_not_json_one_line_exit_2(tmp_path, run_cli):
    (tmp_path / "a.xcstrings").write_text('{"strings": {,}}\n')
    proc = run_cli("check", "a.xcstrings")
    assert proc.returncode == 2 and proc.stderr.decode().startswith("a.xcstrings: error: not valid JSON at line 1")


@pytest.mark.parametrize("text", ["[]", '{"strings": []}', '{"sourceLanguage": 3, "strings": {"a": 1}}'])
def test_odd_shapes_are_read_without_error(text):
    assert parse(text, path="a.xcstrings", fmt="xcstrings").segments == []


def test_keys_that_read_as_french_are_not_read_as_english():
    """A French app left at Xcode's default source language: its keys are the French strings."""
    french = ["Les fichiers sont dans le dossier", "Vous avez des messages", "Une erreur est survenue sur cette page"]
    text = json.dumps({"sourceLanguage": "en", "strings": {**{k: {} for k in french},
                                                         "title": {"localizations": {"en": unit("Open : now")}}}})
    doc = parse(text, path="Localizable.xcstrings", fmt="xcstrings")
    assert [s.text for s in doc.segments] == ["Open : now"]
    assert doc.warnings == ["the keys of its 3 strings with no English value read as French (sourceLanguage 'en'): "
                            "not checked"]


def test_device_variations_nested_plurals_and_british_units_have_ids_of_their_own():
    text = json.dumps({"sourceLanguage": "fr", "strings": {"k": {"localizations": {
        "fr": unit("Touchez : ici"),
        "en": {"variations": {"device": {"iphone": unit("Tap : here"), "mac": plural(one="Click : once",
                                                                                      other="Click : twice")}}},
        "en-GB": unit("Tap here, mate")}}}})
    doc = parse(text, path="Localizable.xcstrings", fmt="xcstrings")
    assert [(p.id, p.source, p.target.text) for p in doc.pairs] == [
        ("k/device/iphone", "Touchez : ici", "Tap : here"),
        ("k/device/mac/plural/one", "Touchez : ici", "Click : once"),
        ("k/device/mac/plural/other", "Touchez : ici", "Click : twice"), ("k@en-GB", "Touchez : ici", "Tap here, mate")]


def test_a_number_of_10000_digits_is_valid_json():
    text = '{"sourceLanguage": "en", "n": ' + "9" * 10_000 + ', "strings": {"k": {"localizations": {"en": ' \
           '{"stringUnit": {"value": "Open : now"}}}}}}'
    assert [s.text for s in parse(text, path="a.xcstrings", fmt="xcstrings").segments] == ["Open : now"]
