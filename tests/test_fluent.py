"""Project Fluent (locales/en-US/main.ftl): each message's value and attribute, each term and each select variant a
text at its place in the file, keyed by its id; placeables are placeholders; comments, identifiers, access keys and
CSS are not text; fixes stay inside the text; --source pairs by key; folder runs find the English .ftl files; Fluent's
syntax errors are a warning, a file of nothing else an error."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.lsp.linting import is_ours

from conftest import (found_by_folder_run, misplaced, paired_by_key, random_fixes,
                      refused, snippets, source_number_missing)

P = PLACEHOLDER
EN = """\
### Resource comment : « not text »

## Group comment : « not text »

# Attached comment : « not text »
hello = Hello, { $user } « friend »
    .title = A title : here
    .accesskey = H
-brand-name = Firefox
    .gender = masculine
multi =
    It costs 1,5 billion
      indented more

    at 14h30 { -brand-name }
emails =
    { $count ->
        [one] One email ; read it
       *[other] { $count } emails ; read them
    }
lit = { "{" } literal : { NUMBER($n, minimumFractionDigits: 2) } and { other.attr }
sized =
    .style = width: 35em
    .label = Size : big
link = Read <a data-l10n-name="link">the guide</a> since several days
"""
PATH = "locales/en-US/main.ftl"


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_values_attributes_terms_and_variants_are_texts_keyed_by_id():
    doc = parse(EN, path=PATH, fmt="fluent")
    assert texts(doc) == {
        "hello": f"Hello, {P} « friend »",
        "hello.title": "A title : here",
        "-brand-name": "Firefox",
        "multi": f"It costs 1,5 billion\n  indented more\n\nat 14h30 {P}",
        "emails[one]": "One email ; read it",
        "emails[other]": f"{P} emails ; read them",
        "lit": f"{P} literal : {P} and {P}",
        "sized.label": "Size : big",
        "link": f"Read {P}the guide{P} since several days",
    }
    assert doc.foreign is None and doc.declared_english and doc.warnings == []


def test_fluent_syntax_reads_the_same_text_elements():
    """Every TextElement of fluent.syntax's AST is read, each placeable is one placeholder, and nothing else is."""
    from fluent.syntax import FluentParser, ast

    def read(pattern, key, out):
        out[key] = "".join(e.value if isinstance(e, ast.TextElement) else P for e in pattern.elements)
        for e in pattern.elements:
            if isinstance(e, ast.Placeable) and isinstance(e.expression, ast.SelectExpression):
                for v in e.expression.variants:
                    read(v.value, f"{key}[{getattr(v.key, 'name', None) or v.key.value}]", out)

    theirs = {}
    for entry in FluentParser().parse(EN).body:
        if isinstance(entry, (ast.Message, ast.Term)):
            name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            if entry.value is not None:
                read(entry.value, name, theirs)
            for a in entry.attributes if isinstance(entry, ast.Message) else ():
                if a.id.name not in ("accesskey", "style"):
                    read(a.value, f"{name}.{a.id.name}", theirs)
    theirs = {k: v for k, v in theirs.items() if v.strip(P + " ")}
    ours = texts(parse(EN, path=PATH, fmt="fluent"))
    assert {k: v.replace(f"{P}the guide{P}", "<a data-l10n-name=\"link\">the guide</a>") for k, v in ours.items()} \
        == theirs


@pytest.mark.parametrize("newline, bom", [("\n", ""), ("\r\n", ""), ("\r\n", "\ufeff")])
def test_every_character_maps_to_itself_its_line_break_or_its_placeable(newline, bom):
    text = EN.replace("\n", newline)
    doc = parse(text, path=PATH, fmt="fluent")
    assert texts(doc) == texts(parse(EN, path=PATH, fmt="fluent")) and misplaced(doc) == []
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == P:  # a placeable's expression (whatever the spaces in its braces), or markup
                assert raw in ("$user", "-brand-name", "$count", '"{"', "NUMBER($n, minimumFractionDigits: 2)",
                               "other.attr", '<a data-l10n-name="link">', "</a>"), raw
            else:
                assert raw == ch or ch == "\n" and raw == newline, (seg.text, i, raw)


def test_findings_point_into_the_texts_and_fixes_write_only_inside_them(tmp_path, run_cli):
    path = tmp_path / PATH
    path.parent.mkdir(parents=True)
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1,TQ3,TQ5", "--format", "json", PATH)
    assert snippets(proc.stdout, EN) == [
        ("TQ101", "« f"), ("TQ101", "»"), ("TQ102", " : "), ("TQ102", " : "), ("TQ102", " : "), ("TQ102", " ; "),
        ("TQ102", " ; "), ("TQ303", "sin"), ("TQ501", "1,5"), ("TQ508", "14h")]
    assert run_cli("check", "--fix", "-q", PATH).returncode == 1  # (TQ303, TQ508: no safe fix)
    fixed = path.read_text(encoding="utf-8")
    assert texts(parse(fixed, path=PATH, fmt="fluent")) == {
        **texts(parse(EN, path=PATH, fmt="fluent")), "hello": f"Hello, {P} “friend”", "hello.title": "A title: here",
        "multi": f"It costs 1.5 billion\n  indented more\n\nat 14h30 {P}", "emails[one]": "One email; read it",
        "emails[other]": f"{P} emails; read them", "lit": f"{P} literal: {P} and {P}", "sized.label": "Size: big"}
    for kept in ("### Resource comment : « not text »", "# Attached comment : « not text »", "width: 35em",
                 '{ NUMBER($n, minimumFractionDigits: 2) }', '{ "{" }', "      indented more\n\n    at 14h30"):
        assert kept in fixed
    run_cli("check", "--fix", "-q", PATH)
    assert path.read_text(encoding="utf-8") == fixed  # idempotent


def test_random_fixes_read_back_as_meant():
    from fluent.syntax import FluentParser, ast

    def read_back(text):
        assert not any(isinstance(e, ast.Junk) for e in FluentParser().parse(text).body), text
        return [s.text for s in parse(text, path=PATH, fmt="fluent").segments]

    pieces = ["a", "é", " b", "«", "{ $x }", ": c", "[d]", "*e", "\n    f", "\n      g", "\n\n    h", "\n    { $y } i"]
    replacements = ["“", "x y", "", " ", "z ", "[", "*", ".", "{", "}", "\n", ":"]
    for wrap in (lambda v: f"k = {v}\n", lambda v: f"k =\n    {v}\n", lambda v: f"m =\n    .label = {v}\n"):
        assert random_fixes(5, pieces, replacements, wrap, read_back, PATH, "fluent") > 150


def test_placeables_are_compared_with_the_sources(tmp_path, run_cli):
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr/main.ftl").write_text("a = Ouvrir { $name } dans { -brand-name }\n"
                                          "b = { $n ->\n   *[other] { $n } fichiers ouverts\n}\n"
                                          "c = Copie de { $n ->\n    [one] un élément\n   *[other] { $n } éléments\n"
                                          "} vers { $to }\n", encoding="utf-8")
    (tmp_path / "en/main.ftl").write_text("a = Open {$name} in { -brand-name}\n"  # (the same placeables)
                                          "b = { $n ->\n   *[other] Files open\n}\n"
                                          "c = Copying { $n ->\n    [one] one item\n   *[other] { $n } items\n"
                                          "} to { $to }\n", encoding="utf-8")
    proc = run_cli("check", "--select", "TQ605", "--format", "json", "en/main.ftl", "--source", "fr/main.ftl")
    assert [(f["line"], f["message"]) for f in json.loads(proc.stdout)["findings"]] == [
        (3, "The source's `$n` is missing from the translation")]


def test_files_pair_by_key(tmp_path, run_cli):
    assert paired_by_key("fluent", ("en/a.ftl", "price = It costs 52 euros\nopen = Open\n    .title = Open it\n"),
                         ("fr/a.ftl", "open =\n    .title = Ouvrez-le\nprice = Il coûte 25 euros\n")) == [
        ("price", "Il coûte 25 euros"), ("open.title", "Ouvrez-le")]
    assert source_number_missing(tmp_path, run_cli, ("en/a.ftl", "price = It costs 52 euros\n"),
                                 ("fr/a.ftl", "price = Il coûte 25 euros\n"))


def test_folders_find_english_ftl_files_only(tmp_path, run_cli):
    files = ["locales/en-US/main.ftl", "locales/fr/main.ftl", "i18n/en/app.ftl", "browser/locales/en-US/browser/a.ftl",
             "l10n/en-GB.ftl", "src/main/resources/templates/page.ftl", "notes.ftl"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, "k = Open : now\n"))
    assert found == ["browser/locales/en-US/browser/a.ftl", "i18n/en/app.ftl", "l10n/en-GB.ftl",
                     "locales/en-US/main.ftl"]


def test_a_freemarker_template_in_an_english_folder_is_no_fluent_file(tmp_path, run_cli):
    files = {"templates/email/en/welcome.ftl": '<#import "t.ftl" as layout>\n<@layout.page>Hi ${user}</@layout.page>\n',
             "templates/en/list.ftl": "[#list items as i]${i}[/#list]\n", "locales/en/main.ftl": "k = Open : now\n"}
    assert found_by_folder_run(tmp_path, run_cli, files) == ["locales/en/main.ftl"]
    proc = run_cli("check", "--select", "TQ102", ".")
    assert proc.returncode == 1 and b"not a Fluent file" not in proc.stderr  # (findings, and no error line)


@pytest.mark.parametrize("path, foreign", [
    ("locales/en-US/main.ftl", None), ("en-GB.ftl", None), ("main.ftl", None),
    ("locales/fr/main.ftl", "the language its path names is 'fr'"),
    ("fr/browser/browser/preferences/preferences.ftl", "the language its path names is 'fr'"),
    ("mail/locales/en-US/messenger/preferences/am-im.ftl", None),  # (Thunderbird's, not Amharic)
])
def test_the_language_is_the_one_the_name_or_a_folder_names(path, foreign):
    assert parse("a = Ouvrir\n", path=path, fmt="fluent").foreign == foreign


def test_a_french_file_alone_is_not_checked(tmp_path, run_cli):
    (tmp_path / "main.ftl").write_text(
        "a = Ouvrir le fichier dans un nouvel onglet\n"
        "b = Les paramètres de la page sont enregistrés dans votre profil\n"
        "c = Vous pouvez aussi importer les mots de passe depuis un autre navigateur avec { -brand-name }\n")
    proc = run_cli("check", "main.ftl")
    assert proc.returncode == 0 and "reads as French" in proc.stderr.decode()


def test_syntax_errors_are_a_warning_naming_their_line_and_the_rest_is_read(tmp_path, run_cli):
    (tmp_path / "en.ftl").write_text("a = Open : now\nthis line is not Fluent\nb = Close : now\n"
                                     "c = { $n -> [one] x *[other] y }\n")
    proc = run_cli("check", "--select", "TQ102", "en.ftl")
    err = proc.stderr.decode().splitlines()
    assert err == ['en.ftl: warning: line 2 and 1 more: not Fluent (E0003: Expected token: "="): not read']
    assert proc.returncode == 1 and proc.stdout.decode().count("TQ102") == 2


@pytest.mark.parametrize("text, message", [
    ("<#-- FreeMarker -->\n<html><body>${user.name}</body></html>\n",
     "page.ftl: error: not a Fluent file: line 1, column 1: E0002: Expected an entry start"),
    ("Just a line of prose.\n", 'page.ftl: error: not a Fluent file: line 1, column 6: E0003: Expected token: "="'),
    ("a = b\n\nk = " + "word " * 20_001 + "\n",  # (fluent.syntax's time grows with a line's square)
     "page.ftl: error: line 3 holds 100,009 characters, more than a Fluent file's 100,000: not read"),
])
def test_a_file_that_is_not_fluent_is_one_error_exit_2_never_modified(tmp_path, run_cli, text, message):
    assert refused(tmp_path, run_cli, "page.ftl", text) == [message]


def test_an_empty_file_or_one_of_comments_has_nothing_to_check(tmp_path, run_cli):
    (tmp_path / "en.ftl").write_text("# only a comment : « here »\n\n")
    (tmp_path / "en-GB.ftl").write_text("")
    assert run_cli("check", "en.ftl", "en-GB.ftl").returncode == 0


def test_suppression_comments(tmp_path, run_cli):
    text = ("# tqcheck: ignore TQ102\na = Open : now\n    .title = Close : now\nb = Save : now\n\n"
            "## tqcheck: disable TQ101\n\nc = « quoted »\nd = Go : now\n\n## tqcheck: enable TQ101\n\ne = « again »\n")
    (tmp_path / "en.ftl").write_text(text)
    proc = run_cli("check", "--format", "json", "--select", "TQ1", "en.ftl")
    assert snippets(proc.stdout, text) == [("TQ101", "« a"), ("TQ101", "»"), ("TQ102", " : "), ("TQ102", " : ")]
    assert [f["line"] for f in json.loads(proc.stdout)["findings"]] == [4, 9, 13, 13]


@pytest.mark.parametrize("path, ours", [("/p/locales/en-US/main.ftl", True), ("/p/locales/fr/main.ftl", True),
                                        ("/p/templates/page.ftl", False)])
def test_the_language_server_lints_ftl_files_whose_path_names_a_language(path, ours):
    assert is_ours(path, None) == ours
