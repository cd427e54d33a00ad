"""YAML resource files (Symfony, Rails): each string value is a text at its place in the file, in any of YAML's
styles; keys, numbers and booleans are not; fixes are written in the scalar's style or not at all where they
could change the parse; Rails's root locale key names the language; ``--source`` pairs texts by key."""

import json
import random

import pytest
import yaml

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.documents.bilingual import PLACEHOLDER_RE
from tqcheck.lsp.linting import is_ours

from conftest import found_by_folder_run, paired_by_key, refused, snippets, source_number_missing

P = PLACEHOLDER
EN = """\
# the app's strings
en:
  title: The file « %{name} » is open
  quoted: 'It''s  kept ; as written'
  escaped: "Tab\\there \\"xy\\" \\u00e9t\\u00e9 and\\
    continued"
  literal: |
    Line one :
      indented
    Line two
  folded: >-
    A folded line
    goes on here

    new paragraph !
  wrapped: plain text
    that wraps
  count: 3
  enabled: yes
  empty: ""
  base: &base
    save: Save
  copy:
    <<: *base
    again: *base
  list: [One, "Two ;"]
  items:
    - First
    - 'Second : here'
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def flat(value, path=""):
    """yaml.safe_load's strings by key path, as ours are named."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flat(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for k, v in enumerate(value):
            yield from flat(v, f"{path}[{k}]")
    elif isinstance(value, str) and value.strip():
        yield path, PLACEHOLDER_RE.sub(P, value)


def test_string_values_are_texts_in_every_style_keys_numbers_and_booleans_are_not():
    doc = parse(EN, path="config/locales/en.yml", fmt="yaml")
    assert texts(doc) == {
        "title": f"The file « {P} » is open",
        "quoted": "It's  kept ; as written",
        "escaped": 'Tab\there "xy" été andcontinued',
        "literal": "Line one :\n  indented\nLine two\n",
        "folded": "A folded line goes on here\nnew paragraph !",
        "wrapped": "plain text that wraps",
        "base.save": "Save",  # (read once: the alias and the merge key bring the same text)
        "list[0]": "One",
        "list[1]": "Two ;",
        "items[0]": "First",
        "items[1]": "Second : here",
    }
    assert doc.foreign is None and doc.declared_english  # Rails's root key `en:` says English


def test_what_is_read_is_what_yaml_reads():
    ours = texts(parse(EN, fmt="yaml"))
    theirs = dict(flat(yaml.safe_load(EN)["en"]))
    assert {k: v for k, v in theirs.items() if k in ours} == ours
    assert set(theirs) - set(ours) == {"copy.save", "copy.again.save"}  # the aliases' copies


def test_every_character_maps_to_itself_or_what_writes_it():
    doc = parse(EN, fmt="yaml")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == P:
                assert raw.startswith("%{"), raw
            elif raw != ch:  # an escape, '' or a folded line break
                assert raw in ("\\t", '\\"', "\\u00e9", "''") or raw.strip(" \n") == "", (seg.text, i, raw)


def test_findings_point_into_the_strings_and_fixes_keep_the_file_valid_yaml(tmp_path, run_cli):
    path = tmp_path / "en.yml"
    path.write_text(EN, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ1", "--format", "json", "en.yml")
    assert snippets(proc.stdout, EN) == [("TQ101", "« %"), ("TQ101", "» i"), ("TQ102", " !"), ("TQ102", " :"),
                                         ("TQ102", " : "), ("TQ102", " ; "), ("TQ102", ' ;"')]
    run_cli("check", "--fix", "-q", "en.yml")
    fixed = yaml.safe_load(path.read_text(encoding="utf-8"))["en"]
    assert fixed["title"] == 'The file "%{name}" is open' and fixed["quoted"] == "It's  kept; as written"
    assert fixed["literal"] == "Line one:\n  indented\nLine two\n" and fixed["list"] == ["One", "Two;"]
    assert fixed["folded"] == "A folded line goes on here\nnew paragraph!" and fixed["items"][1] == "Second: here"
    once = path.read_text(encoding="utf-8")
    run_cli("check", "--fix", "-q", "en.yml")
    assert path.read_text(encoding="utf-8") == once


STYLES = ["{}", "'{}'", '"{}"', "|\n    {}\n", ">\n    {}\n"]


def test_random_fixes_leave_yaml_that_reads_as_meant():
    rnd = random.Random(5)
    pieces = {"{}": ["a", "é", " b", "«", "x!", "%{n}"], "'{}'": ["a", "''", " b", "«", ": c", "# d"],
              '"{}"': ["a", '\\"', "\\n", "\\u00e9", "\\\\", " b", ": c"], "|\n    {}\n": ["a", " b", "«", ": c"],
              ">\n    {}\n": ["a", " b", "«", "\n    c"]}
    fixed = refused = 0
    for _ in range(600):
        style = rnd.choice(STYLES)
        value = "a" + "".join(rnd.choice(pieces[style]) for _ in range(rnd.randint(1, 6)))
        text = "k: " + style.format(value) + ("\n" if not style.endswith("\n") else "")
        doc = parse(text, fmt="yaml")
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(['"', "'", "\\", "\n", "“", "x y", "", ": ", "#", "-"])
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if doc.touches_opaque(problem.start, problem.end) or P in seg.text[i:j]:
                continue
            if problem.fix is None:
                refused += 1
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            if wanted != wanted.strip() or "\n" in seg.text[i:j]:
                continue  # (YAML trims a plain scalar, and folds a block's line breaks: not what a fix does)
            read = PLACEHOLDER_RE.sub(P, yaml.safe_load(after)["k"])
            assert read.rstrip("\n") == wanted.rstrip("\n"), (text, after)
            fixed += 1
    assert fixed > 150 and refused > 20  # (a `: ` in a plain scalar, a line break in a block: refused)


@pytest.mark.parametrize("path, text, foreign", [
    ("config/locales/fr.yml", "fr:\n  a: Ouvrir\n", "the file's root key is 'fr'"),
    ("translations/messages.fr.yaml", "a: Ouvrir\n", "the language its path names is 'fr'"),
    ("translations/messages.en.yaml", "a: Open\n", None),
    ("config/locales/en-GB.yml", "en-GB:\n  a: Open\n", None),
])
def test_the_language_is_the_root_key_or_the_path(path, text, foreign):
    assert parse(text, path=path, fmt="yaml").foreign == foreign


def test_rails_files_pair_by_key_under_their_locales(tmp_path, run_cli):
    assert paired_by_key("yaml", ("en.yml", "en:\n  price: It costs 52 euros\n  open: Open\n"),
                         ("fr.yml", "fr:\n  price: Il coûte 25 euros\n")) == [("price", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, ("en.yml", "en:\n  price: It costs 52 euros\n"),
                                 ("fr.yml", "fr:\n  price: Il coûte 25 euros\n"))


def test_a_source_of_texts_in_several_languages_gives_its_french_not_its_english(tmp_path, run_cli):
    """``--source`` a file that holds each text in English and French: a key's source is its French (a review found
    the English compared with the source's English, and a changed number passed)."""
    multi = ("multi.yml", "body:\n  en: We have 52 apples.\n  fr: Nous avons 25 pommes.\nname: The members\n")
    assert paired_by_key("yaml", ("en.yml", "body:\n  en: We have 52 apples.\nname: The members\n"), multi) == [
        ("body.en", "Nous avons 25 pommes."), ("name", "The members")]
    assert source_number_missing(tmp_path, run_cli, ("en.yml", "body:\n  en: We have 52 apples.\n"), multi)


def test_folders_find_english_resource_files_only(tmp_path, run_cli):
    files = ["translations/messages.en.yaml", "translations/messages.fr.yaml", "config/locales/en.yml",
             "config/locales/fr.yml", "locales/en/app.yml", ".github/workflows/ci.yml", "docker-compose.yml",
             "config/database.yml"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, 'k: "Open : now"\n'))
    assert found == ["config/locales/en.yml", "locales/en/app.yml", "translations/messages.en.yaml"]


@pytest.mark.parametrize("path, ours", [
    ("/p/config/locales/en.yml", True), ("/p/translations/messages.en.yaml", True), ("/p/.github/workflows/ci.yml",
                                                                                      False), ("/p/mkdocs.yml", False),
])
def test_the_language_server_lints_yaml_only_where_its_path_names_a_language(path, ours):
    assert is_ours(path, None) == ours


@pytest.mark.parametrize("text, message", [
    ("a: b: c\n", "en.yml: error: not valid YAML at line 1, column 5: mapping values are not allowed"),
    ("a: 'open\n", "en.yml: error: not valid YAML at line 2, column 1: found unexpected end of stream"),
    ("a:\n\t- b\n", "en.yml: error: not valid YAML at line 2, column 1: found character"),
])  # (the problem's words are libyaml's or PyYAML's: the start is the same)
def test_malformed_files_one_line_exit_2_never_modified(tmp_path, run_cli, text, message):
    err = refused(tmp_path, run_cli, "en.yml", text)
    assert len(err) == 1 and err[0].startswith(message)


def test_markup_in_a_value_is_not_text():
    """Rails's `_html` keys: the quotes of `<a href="…">` are no straight quotes of the text (TQ105)."""
    doc = parse('en:\n  a_html: \'See <a href="%{url}">the “docs”</a> now<br/>\'\n  b: a < b and c > d\n', fmt="yaml")
    assert texts(doc) == {"a_html": f"See {P}the “docs”{P} now\n", "b": "a < b and c > d"}


def test_a_catalog_keyed_by_its_french_sources_pairs_each_text_with_its_key(tmp_path, run_cli):
    """Symfony's messages.en.yaml written with its French as keys: bilingual by itself (``documents/keyed.py``)."""
    text = ("Se connecter: Log in\n\"Vous avez des messages non lus\": You have unread messages\n"
            "'Mot de passe oublié ?': \"Forgot your password?\"\nPayez 2 450 euros: Pay 450 euros\n"
            "Tableau de bord: Tableau de bord\nmenu:\n    open: Open\nform.submit: Send\n")
    doc = parse(text, path="translations/messages.en.yaml", fmt="yaml")
    assert [(p.source, p.target.text) for p in doc.pairs] == [
        ("Se connecter", "Log in"), ("Vous avez des messages non lus", "You have unread messages"),
        ("Mot de passe oublié ?", "Forgot your password?"), ("Payez 2 450 euros", "Pay 450 euros"),
        ("Tableau de bord", "Tableau de bord")]
    assert text[doc.pairs[2].source_segment.offset(0):][:5] == "Mot d"  # the key, in the file
    (tmp_path / "messages.en.yaml").write_text(text, encoding="utf-8")
    proc = run_cli("check", "messages.en.yaml", "--select", "TQ6", "--format", "json")
    assert [(f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"]] == [("TQ601", 4), ("TQ602", 5)]
    english = parse("Log in: Log in\nForgot your password?: Forgot it\n", path="messages.en.yaml", fmt="yaml")
    assert english.pairs == []


def test_a_file_of_texts_in_two_languages_checks_the_english_each_paired_with_its_french():
    """mon-entreprise's `rules-en.yaml`: `titre.fr` beside `titre.en` (a fresh run's 144 false alarms on the French);
    nested `title: {en, fr}` and `EN`/`FR` too.  A key that only ends like a language is kept (a review's cases)."""
    from tqcheck import check_text
    from tqcheck.config import Config

    text = ("auto-entrepreneur:\n  description.en: The scheme « simple » is a sole proprietorship.\n"
            "  description.fr: L’auto-entreprise « simple », créée le 1er janvier 2009.\n"
            "  titre.en: contributions and dues\n  titre.fr: cotisations et contributions\n"
            "cipav:\n  question:\n    EN: Are you a member?\n    FR: Êtes-vous adhérent ?\n    de: Sind Sie Mitglied?\n"
            "  greeting.hi: Hi there , welcome back.\n  sign_in: Sign in\n  count:\n    en: \"%s\"\n"
            "    fr: \"%s fichiers supprimés\"\n")
    doc = parse(text, path="locales/rules-en.yaml", fmt="yaml")
    assert texts(doc) == {"auto-entrepreneur.description.en": "The scheme « simple » is a sole proprietorship.",
                          "auto-entrepreneur.titre.en": "contributions and dues",
                          "cipav.question.EN": "Are you a member?", "cipav.greeting.hi": "Hi there , welcome back.",
                          "cipav.sign_in": "Sign in"}
    assert [(p.source, p.target.text) for p in doc.pairs] == [
        ("L’auto-entreprise « simple », créée le 1er janvier 2009.",
         "The scheme « simple » is a sole proprietorship."),
        ("cotisations et contributions", "contributions and dues"), ("Êtes-vous adhérent ?", "Are you a member?")]
    found = [(f.code, f.line) for f in check_text(text, "locales/rules-en.yaml", config=Config())]
    assert sorted(found) == [("TQ101", 2), ("TQ101", 2), ("TQ106", 11), ("TQ601", 2)]
    one = parse("title:\n  en: Members\n  fr: Adhérents\nname: The members\n", path="en.yml", fmt="yaml")
    assert [s.text for s in one.segments] == ["Members", "The members"] and len(one.pairs) == 1


def test_a_suppression_comment_covers_the_text_after_it_not_a_block_scalars_line():
    # a hostile run's case: YAML's `# tqcheck:` comments were read as nothing, silently (INI's and PHP's work)
    from tqcheck import check_text

    text = ('# tqcheck: ignore TQ102\na: "x : y"\nb: "x : y"\nc: |\n  # tqcheck: ignore TQ102\n  z : w\n'
            "# tqcheck: ignore TQ999\nd: ok\n")
    assert [(f.code, f.line) for f in check_text(text, "en.yml")] == [("TQ102", 3), ("TQ102", 6), ("TQ100", 7)]
    # a review's: before a list or a mapping, the comment covers all of its entry, up to the next key beside it
    text = ('# tqcheck: ignore TQ102\nitems:\n- "a : b"\n- "c : d"\nnext: "e : f"\nmap:\n  # tqcheck: ignore TQ102\n'
            '  x:\n    - "g : h"\n    - "i : j"\n  y: "k : l"\n')
    assert [(f.code, f.line) for f in check_text(text, "en.yml")] == [("TQ102", 5), ("TQ102", 11)]
    text = '# tqcheck: ignore\nintro: "Welcome to the shop, where all\nof the prices are low ?"\nnext: "Sure ?"\n'
    assert [(f.code, f.line) for f in check_text(text, "en.yml")] == [("TQ102", 4)]  # (a quoted string's lines)
