"""JSON resource files (i18next, vue-i18n, ARB, WebExtension): each string value is a text at its place in the
file, keys and metadata are not; fixes are written JSON-escaped; ``--source`` pairs texts by key."""

import json
import random

import pytest

from tqcheck.config import Config
from tqcheck.documents import PLACEHOLDER, InputError, parse
from tqcheck.documents.locales import named_language
from tqcheck.documents.jsonfile import json_escape
from tqcheck.documents.pairing import attach
from tqcheck.lsp.linting import is_ours
from tqcheck.runner import run

EN = r"""{
  "@@locale": "en",
  "title": "The file « {name} » is open",
  "@title": {"description": "Titre : « ne pas traduire »", "placeholders": {"name": {"example": "a : « b »"}}},
  "menu": {
    "open": "Open the folder : {{folder}}",
    "items": ["It costs 1,5 billion", 3, true, null, "Tab\there \"quoted\" \u00e9t\u00e9 \ud83d\ude00 ok"],
    "id": 42
  },
  "ext": {"message": "It is a matter of « this »", "description": "Il s'agit de : « ça »",
          "placeholders": {"n": {"content": "$1", "example": "Paris : « ville »"}}}
}
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_string_values_are_texts_keys_metadata_and_notes_are_not():
    doc = parse(EN, path="app_en.arb", fmt="json")
    P = PLACEHOLDER
    assert texts(doc) == {
        "title": f"The file « {P} » is open",
        "menu.open": f"Open the folder : {P}",
        "menu.items[0]": "It costs 1,5 billion",
        "menu.items[4]": 'Tab\there "quoted" été 😀 ok',
        "ext": "It is a matter of « this »",
    }
    assert [s.text for s in doc.segments] == list(texts(doc).values())  # in the file's order
    assert doc.foreign is None and not doc.pairs


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="json")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == PLACEHOLDER:
                assert raw.startswith("{"), raw
            else:
                assert raw == ch or json.loads(f'"{raw}"') == ch, (seg.text, i, raw)


def test_findings_point_into_the_strings_and_fixes_keep_the_file_valid_json(tmp_path, run_cli):
    path = tmp_path / "en.json"
    path.write_text(EN, encoding="utf-8")
    report = run([str(path)], Config(select=["TQ1", "TQ3", "TQ4", "TQ5"]), jobs=1)
    lines = EN.split("\n")
    got = sorted((f.code, lines[f.line - 1][f.column - 1:f.column + 2]) for f in report.findings)
    # nothing from the keys, the ARB description, the WebExtension notes (all French); `été` is found where its
    # escapes are, and the guillemets' fix writes the file's own style of quotes (its one quotation: \"quoted\")
    assert got == [("TQ101", "« t"), ("TQ101", "« {"), ("TQ101", "» i"), ("TQ101", "»\","), ("TQ102", " : "),
                   ("TQ303", "It "), ("TQ403", "\\u0"), ("TQ501", "1,5")]
    assert run_cli("check", "--fix", "-q", "en.json").returncode == 1  # TQ303 and TQ403 have no safe fix
    fixed = path.read_text(encoding="utf-8")
    data = json.loads(fixed)
    assert data["title"] == 'The file "{name}" is open' and data["menu"]["items"][0] == "It costs 1.5 billion"
    assert data["menu"]["open"] == "Open the folder: {{folder}}" and data["ext"]["message"] == 'It is a matter of "this"'
    assert data["@title"] == json.loads(EN)["@title"]  # metadata untouched
    run_cli("check", "--fix", "-q", "en.json")
    assert path.read_text(encoding="utf-8") == fixed


@pytest.mark.parametrize("replacement", ['"', "\\", "\n", "\t", "“", "a\x01b", ""])
def test_a_replacement_is_written_as_json_reads_it_back(replacement):
    assert json.loads('"' + json_escape(replacement, 0, 0) + '"') == replacement


def test_random_fixes_leave_readable_json_holding_what_was_meant():
    rnd = random.Random(7)
    pieces = ["a", "é", " ", "«", '\\"', "\\n", "\\u00e9", "\\\\", "\\ud83d\\ude00", "{x}", "%s", "b c"]
    fixed = 0
    for _ in range(600):
        value = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        text = '{"k": ["' + value + '"]}'
        doc = parse(text, fmt="json")
        for seg in doc.segments:
            if PLACEHOLDER in seg.text:
                continue  # ({x}, %s: opaque, never edited)
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(['"', "\\", "\n", "“", "x y", ""])
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None or doc.touches_opaque(problem.start, problem.end):
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            assert json.loads(after)["k"][0] == wanted
            fixed += 1
    assert fixed > 100


@pytest.mark.parametrize("path, lang", [
    ("en.json", "en"), ("locales/fr.json", "fr"), ("messages.fr.json", "fr"), ("lib/l10n/app_pt_BR.arb", "pt_BR"),
    ("public/locales/de/translation.json", "de"), ("_locales/fr/messages.json", "fr"), ("app-en.json", "en"),
    ("package.json", None), ("tsconfig.json", None), ("i18n/messages.json", None), ("Amelie.2001.fre.srt", "fre"),
    ("The.Matrix.1999.srt", None), ("locales/zh-Hans.json", "zh-Hans"), ("es-419.json", "es-419"),
    ("sr@latin.json", "sr@latin"), ("src/it/strings.json", None), ("test-data/no/x.json", None),
    ("public/locales/it/common.json", "it"), ("_locales/no/messages.json", "no"),  # (in a folder of translations)
])
def test_the_language_a_path_names(path, lang):
    assert named_language(path) == lang


def test_a_file_in_another_language_is_not_checked():
    assert parse('{"a": "Bonjour : « toi »"}', path="locales/fr/common.json", fmt="json").foreign == \
        "the language its path names is 'fr'"
    arb = parse('{"@@locale": "fr", "a": "Bonjour"}', path="lib/app.arb", fmt="json")
    assert arb.foreign == "the file's @@locale is 'fr'"
    assert parse('{"@@locale": "en_GB", "a": "x"}', path="fr.arb", fmt="json").foreign is None  # it says so itself


def test_with_its_source_each_text_is_paired_by_key_whatever_the_order():
    en = parse('{"b": {"n": "Pay 450 euros"}, "a": "Open", "extra": "Only in English"}', path="en.json", fmt="json")
    fr = parse('{"a": "Ouvrir", "b": {"n": "Payez 2 450 euros"}, "c": "Fermer"}', path="fr.json", fmt="json")
    attach(en, fr)
    assert [(p.id, p.source, p.target and p.target.text) for p in en.pairs] == [
        ("b.n", "Payez 2 450 euros", "Pay 450 euros"), ("a", "Ouvrir", "Open"), ("c", "Fermer", None)]
    from tqcheck.engine import Context, lint

    found = [(f.code, f.line) for f in lint(en, Context(Config(select=["TQ6"]))).findings]
    assert found == [("TQ608", 1), ("TQ601", 1)]  # `c`: a key of the source with no English


def test_source_pairing_from_the_command_line(tmp_path, run_cli):
    (tmp_path / "en.json").write_text('{\n  "a": "Open",\n  "b": "Pay 450 euros"\n}\n')
    (tmp_path / "fr.json").write_text('{\n  "b": "Payez 2 450 euros",\n  "a": "Ouvrir"\n}\n')
    proc = run_cli("check", "en.json", "--source", "fr.json", "--select", "TQ6", "--format", "json")
    assert [(f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"]] == [("TQ601", 3)]


def test_the_keys_of_the_source_with_no_english_are_one_finding_at_the_start(tmp_path, run_cli):
    """A program falls back on another language's text for a key its English file lacks: for a French-first project,
    most often the French; keys whose French reads as English or as a name (`OK`, `Framadate`) are not counted."""
    (tmp_path / "en.json").write_text('{\n  "menu": {"open": "Open"},\n  "brand": "Framadate"\n}\n')
    (tmp_path / "fr.json").write_text('{\n  "menu": {"open": "Ouvrir", "help": "Aide en ligne", "about": "À propos"},\n'
                                      '  "brand": "Framadate", "ok": "OK", "footer": "Tous droits réservés",\n'
                                      '  "empty": "Supprimer le compte"\n}\n', encoding="utf-8")
    proc = run_cli("check", "en.json", "--source", "fr.json", "--select", "TQ6", "--format", "json")
    (finding,) = json.loads(proc.stdout)["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("TQ608", 1, 1)
    assert finding["message"] == ("4 keys of fr.json with no English here, so readers get its French: `menu.help` "
                                  "(Aide en ligne), `menu.about` (À propos), `footer` (Tous droits réservés), `empty` "
                                  "(Supprimer le compte)")
    complete = run_cli("check", "fr.json", "--source", "fr.json", "--select", "TQ608", "--format", "json")
    assert json.loads(complete.stdout)["findings"] == []


def test_a_plural_form_english_has_not_is_no_missing_key(tmp_path, run_cli):
    """French has CLDR's `many` (i18next writes `items_many`), English only `one` and `other`."""
    (tmp_path / "en.json").write_text('{"items_one": "{{count}} item", "items_other": "{{count}} items"}')
    (tmp_path / "fr.json").write_text('{"items_one": "{{count}} élément", "items_many": "{{count}} d\'éléments", '
                                      '"items_other": "{{count}} éléments", "a_many": "Beaucoup de fichiers"}',
                                      encoding="utf-8")
    proc = run_cli("check", "en.json", "--source", "fr.json", "--select", "TQ608", "--format", "json")
    (finding,) = json.loads(proc.stdout)["findings"]
    assert finding["message"].endswith("`a_many` (Beaucoup de fichiers)")  # no `a_other` here: a key of its own


MALFORMED = [
    ("a.json", '{"a": "x",}\n', "a.json: error: not valid JSON at line 1, column 11: a key (a \"string\") expected: "
                                "JSON allows no comma before }"),
    ("b.json", '{\n  /* note\n  "a": "x"\n}\n', "b.json: error: not valid JSON at line 2, column 3: a key"),
    ("c.json", '{"a": "x\n', "c.json: error: not valid JSON at line 1, column 7: a string not closed"),
    ("d.json", '{"a": "\\q"}', "d.json: error: not valid JSON at line 1, column 8: unknown escape '\\\\q'"),
    ("e.json", '{"a": "x"} {}', "e.json: error: not valid JSON at line 1, column 12: '{' after the end"),
    ("f.json", "[" * 300 + "]" * 300, "f.json: error: not valid JSON at line 1, column 202: nested more than 200"),
]


def test_malformed_files_one_line_each_exit_2_never_modified(tmp_path, run_cli):
    for name, text, _ in MALFORMED:
        (tmp_path / name).write_text(text)
    (tmp_path / "en.json").write_text('{"a": "Fine : text"}')
    proc = run_cli("check", "--fix", "-q", *[name for name, _, _ in MALFORMED], "en.json")
    err = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and not any("Traceback" in line for line in err)
    for name, text, message in MALFORMED:
        assert [line for line in err if line.startswith(name + ":")] == [line for line in err if message in line]
        assert (tmp_path / name).read_text() == text
    assert json.loads((tmp_path / "en.json").read_text()) == {"a": "Fine: text"}


def test_a_key_twice_is_a_warning_the_last_counts():
    doc = parse('{\n"a": "x",\n"a": "y"\n}', fmt="json")
    assert doc.warnings == ["line 3: the key 'a' is there twice: the last one counts"]
    assert texts(doc) == {"a": "y"}


def test_folders_find_english_resource_files_only(tmp_path, run_cli):
    files = {"locales/en.json": "Open : now", "locales/fr.json": "Ouvrir : maintenant",
             "public/locales/en/common.json": "Save : now", "public/locales/de/common.json": "Speichern",
             "lib/l10n/app_en.arb": "Quit : now", "package.json": "build : now", "src/data.json": "x : y"}
    for name, value in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(json.dumps({"k": value}))
    proc = run_cli("check", "--select", "TQ102", "--format", "json", ".")
    found = sorted(f["path"] for f in json.loads(proc.stdout)["findings"])
    assert found == ["lib/l10n/app_en.arb", "locales/en.json", "public/locales/en/common.json"]


@pytest.mark.parametrize("path, ours", [
    ("/p/locales/en.json", True), ("/p/lib/app_en.arb", True), ("/p/package.json", False), ("/p/a.md", True),
    ("/p/a.py", False),
])
def test_the_language_server_lints_json_only_where_its_path_names_a_language(path, ours):
    assert is_ours(path, None) == ours


def test_an_i18next_object_with_a_message_key_is_no_webextension_message():
    """Only an object of message, description and placeholders is a WebExtension message: i18next's
    `errors.message` has siblings that are texts too."""
    doc = parse('{"errors": {"title": "An error", "message": "Retry", "details": {"hint": "Check"}}}', fmt="json")
    assert texts(doc) == {"errors.title": "An error", "errors.message": "Retry", "errors.details.hint": "Check"}


def test_folder_globs_never_take_a_json_file_below_a_folder_named_for_english(tmp_path, run_cli):
    """`en[-_]*.json` is matched against the name, not the path: `work-en-gb/proj/package.json` is no resource file,
    nor `en/proj/package.json`; `public/locales/en/common.json` is (its own folder says English)."""
    for name in ("work-en-gb/proj/package.json", "en/proj/src/tsconfig.json", "public/locales/en/common.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(json.dumps({"k": "build : now"}))
    proc = run_cli("check", "--select", "TQ102", "--format", "json", ".")
    assert [f["path"] for f in json.loads(proc.stdout)["findings"]] == ["public/locales/en/common.json"]


LARAVEL = """{
    "Se connecter": "Log in",
    "Vous avez des messages non lus": "You have unread messages",
    "Mot de passe oublié ?": "Forgot your password?",
    "Payez 2 450 euros": "Pay 450 euros",
    "Supprimer le compte": "",
    "Tableau de bord": "Tableau de bord",
    "menu.open": "Open",
    "Email": "Email"
}
"""


def test_a_catalog_keyed_by_its_french_sources_pairs_each_text_with_its_key():
    """Laravel's `lang/en.json`, Jeedom's `i18n/en_US.json`: the key is the French; an identifier is no source."""
    doc = parse(LARAVEL, path="lang/en.json", fmt="json")
    assert [(p.id, p.source, p.target and p.target.text) for p in doc.pairs] == [
        ("Se connecter", "Se connecter", "Log in"),
        ("Vous avez des messages non lus", "Vous avez des messages non lus", "You have unread messages"),
        ("Mot de passe oublié ?", "Mot de passe oublié ?", "Forgot your password?"),
        ("Payez 2 450 euros", "Payez 2 450 euros", "Pay 450 euros"),
        ("Supprimer le compte", "Supprimer le compte", None),
        ("Tableau de bord", "Tableau de bord", "Tableau de bord"), ("Email", "Email", "Email")]
    source = doc.pairs[0].source_segment  # the key, in the file
    assert LARAVEL[source.offset(0):][:14] == 'Se connecter":'


def test_a_french_keyed_catalog_is_checked_against_its_keys_without_a_source(tmp_path, run_cli):
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "en.json").write_text(LARAVEL, encoding="utf-8")
    proc = run_cli("check", "lang/en.json", "--select", "TQ6", "--format", "json")
    assert [(f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"]] == [
        ("TQ601", 5), ("TQ608", 6), ("TQ602", 7)]


@pytest.mark.parametrize("text", [
    '{"Log in": "Log in", "Forgot your password?": "Forgot your password?", "You have no messages": "x"}',
    '{"menu": {"open": "Ouvrir : le dossier"}, "nav.home": "Accueil", "btn_save": "Enregistrer"}',
    '{"menu": {"open": "Open", "title": "Vous avez des messages"}, "errors": {"required": "Pour les dossiers"}}',
    # capitalised French-looking words in English keys (a shop, a travel site, a French course): no source
    '{"Save": "Save", "Est. delivery": "Est. delivery", "Est. total": "Est. total", "Checkout": "Checkout"}',
    '{"Home": "Home", "Les Misérables": "Les Misérables", "Des Moines office": "Des Moines office"}',
    '{"Welcome": "Welcome", "Vous": "Vous (formal you)", "Tu": "Tu (informal you)", "Nous": "Nous (we)"}',
    '{"404": "Page not found", "500": "Server error", "1": "January"}',  # numbers are no sources
])
def test_english_keys_identifiers_and_numbers_are_no_sources(text):
    assert parse(text, path="lang/en.json", fmt="json").pairs == []


def test_keys_read_as_french_by_their_accents_too_and_english_keys_beside_them_pair_nothing():
    """A small label catalog has few function words (`Mes caméras`); a mixed one (a Laravel app keeps the framework's
    English keys beside its own French ones) pairs its French keys only."""
    small = parse('{"Mes caméras": "My cameras", "Ajouter un équipement": "Ajouter un équipement"}',
                  path="lang/en.json", fmt="json")
    assert [p.source for p in small.pairs] == ["Mes caméras", "Ajouter un équipement"]
    mixed = parse('{"Mot de passe oublié ?": "Forgot your password?", "Vous avez des messages": "You have messages",'
                  ' "A fresh link has been sent to your email.": "Un nouveau lien a été envoyé."}',
                  path="lang/en.json", fmt="json")
    assert [p.source for p in mixed.pairs] == ["Mot de passe oublié ?", "Vous avez des messages"]


def test_a_key_there_twice_is_paired_once_with_the_text_that_counts(tmp_path, run_cli):
    text = ('{"Vous avez des messages": "You have messages", "Mes caméras": "Mes caméras", "Supprimer": "Supprimer", '
            '"Supprimer": "Delete"}')
    assert [(p.source, p.target.text) for p in parse(text, path="lang/en.json", fmt="json").pairs] == [
        ("Vous avez des messages", "You have messages"), ("Mes caméras", "Mes caméras"), ("Supprimer", "Delete")]


def test_fixed_with_its_source_a_keyed_catalog_is_paired_with_the_source_again(tmp_path, run_cli):
    """``--fix --source``: the file read again after its fixes is paired by key with the source, as when first read
    (its own keys' pairing does not stand in for the source's: the key the source has and it lacks is still said)."""
    (tmp_path / "en.json").write_text('{"Nom de l\'équipement": "Device name :", "Vous avez des zones": "You have'
                                      ' zones"}\n', encoding="utf-8")
    (tmp_path / "fr.json").write_text('{"Nom de l\'équipement": "Nom de l\'équipement", "Vous avez des zones": "Vous '
                                      'avez des zones", "Ajouter une zone": "Ajouter une zone"}\n', encoding="utf-8")
    before = run_cli("check", "en.json", "--source", "fr.json", "--format", "json")
    fixed = run_cli("check", "en.json", "--source", "fr.json", "--fix", "--format", "json")
    assert [f["code"] for f in json.loads(before.stdout)["findings"]] == ["TQ608", "TQ102"]
    assert [f["code"] for f in json.loads(fixed.stdout)["findings"]] == ["TQ608"]
    assert (tmp_path / "en.json").read_text(encoding="utf-8").startswith('{"Nom de l\'équipement": "Device name:"')


def test_the_object_a_text_is_in_is_its_context(tmp_path, run_cli):
    """Jeedom's catalogs group the strings by the file that shows them: one source may need two translations there
    (Weenect's `Equipement`: a tracker on one page, a zone on another), never within one."""
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "en_US.json").write_text(json.dumps({
        "plugins/w/desktop/php/w.php": {"Nom de l'équipement": "Tracker name",
                                        "Ajouter un équipement": "Add a tracker", "Equipement": "Tracker"},
        "plugins/w/desktop/php/zone.php": {"Equipement": "Area", "Vous avez des zones": "You have zones"},
        "plugins/w/core/class/w.class.php": {"Ajouter un équipement": "Add a device", "Supprimer": "Delete",
                                             "Equipement": "Device"},
    }, ensure_ascii=False, indent=1), encoding="utf-8")
    doc = parse((tmp_path / "core" / "en_US.json").read_text(encoding="utf-8"), path="core/en_US.json", fmt="json")
    assert {p.context for p in doc.pairs} == {"plugins/w/desktop/php/w.php", "plugins/w/desktop/php/zone.php",
                                              "plugins/w/core/class/w.class.php"}
    proc = run_cli("check", "core/en_US.json", "--select", "TQ609", "--format", "json")
    assert json.loads(proc.stdout)["findings"] == []


def test_a_json_file_of_texts_in_two_languages_pairs_each_english_text_with_its_french():
    text = json.dumps({"a": {"title": {"en": "The scheme", "fr": "Le régime, créé en 2009"}},
                       "b": {"label_en": "Members", "label_fr": "Les adhérents"}}, ensure_ascii=False)
    doc = parse(text, path="i18n/rules.json", fmt="json")
    assert [s.text for s in doc.segments] == ["The scheme", "Members"]
    assert [(p.id, p.source, p.target.text) for p in doc.pairs] == [
        ("a.title.en", "Le régime, créé en 2009", "The scheme"), ("b.label_en", "Les adhérents", "Members")]


def test_comments_are_spaces_as_vue_i18n_reads_them(tmp_path, run_cli):
    # a fresh vue-i18n catalog (3A-Unistra's en.json) with `//` comments was refused whole: 12 findings lost
    text = '{\n  // the login page\n  "a": "Your email ?", /* a note: "b": "x" */\n  "url": "http://x.org//y"\n}\n'
    (tmp_path / "en.json").write_text(text)
    proc = run_cli("check", "--fix", "en.json")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "en.json").read_text() == text.replace("email ?", "email?")


@pytest.mark.parametrize("text", [
    '{"fr": "Prix : 10 000 €", "en": "Price: €10,000"}\n',  # the languages at the root
    '{"p": {"en": null, "fr": "Prix : 10 000 €"}, "q": {"en": 5, "fr": "Prix : 10 000 €"}}\n',  # no English text
    '{"label_fr": "Prix : 10 000 €", "label_en": null, "title_fr": "Prix : 10 000 €", "x": "Hello there"}\n',
    '{"fr": {"menu": {"open": "Ouvrir : le fichier"}}, "en": {"menu": {"open": "Open: the file"}}}\n',
])
def test_a_text_under_a_french_key_is_never_read_as_english_nor_fixed(tmp_path, run_cli, text):
    # a hostile run's cases: the French was read as English, and a safe --fix rewrote its spacing and numbers
    (tmp_path / "en.json").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--fix", "en.json")
    assert (tmp_path / "en.json").read_text(encoding="utf-8") == text and b"TQ" not in proc.stdout


def test_a_key_that_is_also_an_english_word_or_a_countrys_code_is_no_language(tmp_path, run_cli):
    # a review's cases: `No`, `In`, `Is` beside `EN` and `FR` were taken for Norwegian, Indonesian, Icelandic and
    # dropped; `countries.fr` (France's code) was taken for French
    from tqcheck import check_text

    text = '{"EN": "EN", "FR": "FR", "No": "No", "In": "In stock : 3 kg", "Is": "Is it ready ?"}\n'
    assert [f.code for f in check_text(text, "en.json")] == ["TQ102", "TQ102"]
    text = '{"countries": {"fr": "France , the country !"}, "languages": {"fr": "French", "de": "German"}}\n'
    assert [f.code for f in check_text(text, "en.json")] == ["TQ106", "TQ102"]
    (tmp_path / "en.json").write_text('{"fr": {"hello": "Bonjour !"}}\n')  # all of it under French: not checked
    proc = run_cli("check", "en.json")
    assert "en.json: warning: the file's root key is 'fr': tqcheck checks English; not checked" in proc.stderr.decode()
