"""TOML resource files (Hugo's i18n/en.toml): each string value is a text at its place in the file, in any of TOML's
four string kinds; keys, numbers, booleans and dates are not; fixes are written escaped for the string's kind;
a folder run reads only TOML files whose path names English; ``--source`` pairs texts by key."""

import pytest

from tqcheck.documents import PLACEHOLDER, parse

from conftest import paired_by_key, random_fixes, source_number_missing

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

P = PLACEHOLDER
EN = '''\
# Hugo's strings
[readMore]
other = "Read more : « now »"  # a comment

[wordCount]
one = "One word"
other = "{{ .Count | lang.FormatNumber 0 }} words !"

home = 'C:\\path is literal ; here'
site."home page".title = """
First line : \\
    joined"""
tags = ["un tag ; a", { label = "Label ?" }]
weight = 10
draft = false
date = 2024-01-02T10:00:00Z

[[items]]
name = "First"
[[items]]
name = "Tab\\there \\"q\\" \\u00e9t\\u00e9"
'''


def texts(doc) -> dict:
    return {key: seg.text for key, seg in doc.units.items()}


def test_string_values_are_texts_in_every_kind_keys_numbers_and_dates_are_not():
    doc = parse(EN, path="i18n/en.toml", fmt="toml")
    assert texts(doc) == {
        "readMore.other": "Read more : « now »", "wordCount.one": "One word",
        "wordCount.other": f"{P} words !", "wordCount.home": "C:\\path is literal ; here",
        "wordCount.site.home page.title": "First line : joined", "wordCount.tags[0]": "un tag ; a",
        "wordCount.tags[1].label": "Label ?", "items[0].name": "First", "items[1].name": 'Tab\there "q" été'}


def test_every_character_maps_to_itself_or_what_writes_it():
    doc = parse(EN, path="i18n/en.toml", fmt="toml")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            if ch == P:
                assert raw.startswith("{{") and raw.endswith("}}"), raw
            elif raw != ch:
                assert raw in ("\\t", '\\"', "\\u00e9"), (seg.text, i, raw)


def test_fixes_keep_the_file_valid_toml_and_say_what_they_meant(tmp_path, run_cli):
    path = tmp_path / "en.toml"
    path.write_text(EN, encoding="utf-8")
    run_cli("check", "--fix", "-q", "en.toml")
    fixed = tomllib.loads(path.read_text(encoding="utf-8"))
    assert fixed["readMore"]["other"] == "Read more: “now”"
    assert fixed["wordCount"]["other"] == "{{ .Count | lang.FormatNumber 0 }} words!"
    assert fixed["wordCount"]["tags"] == ["un tag; a", {"label": "Label?"}]
    assert fixed["wordCount"]["site"]["home page"]["title"] == "First line: joined"
    again = path.read_text(encoding="utf-8")
    run_cli("check", "--fix", "-q", "en.toml")
    assert path.read_text(encoding="utf-8") == again  # idempotent


@pytest.mark.parametrize("wrap, pieces", [
    ('k = "{}"\n'.format, ["a", "é", " b", "«", "x!", '\\"', "\\n", "\\u00e9", "\\\\", "{{ .N }}"]),
    ("k = '{}'\n".format, ["a", " b", "«", ": c", "\\", '"']),
    ('k = """\n{}"""\n'.format, ["a", " b", "«", "\n", '"', "\\n"]),
    ("k = '''{}'''\n".format, ["a", " b", "«", "\n", '"', "\\"]),
])
def test_random_fixes_leave_toml_that_reads_as_meant(wrap, pieces):
    def read_back(text):
        value = tomllib.loads(text)["k"]
        return [value.replace("{{ .N }}", P)] if value.strip() else []

    replacements = ['"', "'", "\\", "\n", "“", "x y", "", ": ", "#"]
    assert random_fixes(7, pieces, replacements, wrap, read_back, "en.toml", "toml", rounds=300) > 100


def test_hugo_i18n_pairs_by_key_whatever_the_order(tmp_path, run_cli):
    english = ("i18n/en.toml", "[page]\nother = \"Page 2\"\n[step]\nother = \"It costs 52 euros\"\n")
    french = ("i18n/fr.toml", "[step]\nother = \"Il coûte 25 euros\"\n[page]\nother = \"Page 2\"\n")
    assert paired_by_key("toml", english, french) == [("page.other", "Page 2"), ("step.other", "Il coûte 25 euros")]
    assert source_number_missing(tmp_path, run_cli, english, french)


def test_folders_read_toml_files_whose_path_names_english_only(tmp_path, run_cli):
    for name in ("i18n/en.toml", "i18n/fr.toml", "pyproject.toml", "config/_default/hugo.toml", "data/x.toml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('title = "Mentions légales : voir"\n', encoding="utf-8")
    out = run_cli("check", "--isolated", "--select", "TQ102", ".").stdout.decode()
    assert "i18n/en.toml" in out and "fr.toml" not in out and "pyproject" not in out and "hugo" not in out
    assert "x.toml" not in out


@pytest.mark.parametrize("text, message", [
    ('a = "x\n', 'line 1, column 5: a string not closed'),
    ("a\n", "line 1, column 2: '=' expected after the key"),
    ('[a\nb = "x"\n', "line 1, column 1: a [table] header not closed on its line"),
    ('a = "\\q"\n', "line 1, column 6: unknown escape '\\\\q'"),
    ('a = [1, 2\n', "',' or ']' expected in the array"),
    ("a = " + "[" * 150 + "]" * 150 + "\n", "nested more than 100 deep"),
    ('a = "x" b = "y"\n', "a line break expected after the value"),
])
def test_malformed_files_one_line_exit_2_never_modified(tmp_path, run_cli, text, message):
    (tmp_path / "en.toml").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--fix", "en.toml")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "en.toml: error: not valid TOML at " in err and message in err, err
    assert (tmp_path / "en.toml").read_text(encoding="utf-8") == text


def test_an_ignore_comment_covers_the_entry_after_it():
    from tqcheck import check_text

    text = '# tqcheck: ignore TQ102\na = "x : y"\nb = "x : y"\n'
    assert [(f.code, f.line) for f in check_text(text, "en.toml")] == [("TQ102", 3)]


def test_what_tomllib_reads_the_reader_reads_too():
    # a review's cases: an array of tables' sub-table, CR LF in a multi-line string, texts in two languages
    text = ('[[items]]\nname = "A"\n[items.sub]\nt = "s1"\n[[items]]\nname = "B"\n[items.sub]\nt = "s2"\n'
            'b = """l1\r\nl2"""\n[title]\nen = "The title"\nfr = "Le titre"\n')
    doc = parse(text, path="i18n/en.toml", fmt="toml")
    assert texts(doc) == {"items[0].name": "A", "items[0].sub.t": "s1", "items[1].name": "B",
                          "items[1].sub.t": "s2", "items[1].sub.b": "l1\nl2", "title.en": "The title"}
    assert [(p.source, p.target.text) for p in doc.pairs] == [("Le titre", "The title")]
    # an array in an array's tables counts in each of them (TOML's spec: `fruits[1].varieties[0]`, a second review's)
    spec = ('[[fruits]]\nname = "apple"\n[[fruits.varieties]]\nname = "red"\n[[fruits.varieties]]\nname = "green"\n'
            '[[fruits]]\nname = "banana"\n[[fruits.varieties]]\nname = "plantain"\n')
    assert texts(parse(spec, path="i18n/en.toml", fmt="toml")) == {
        "fruits[0].name": "apple", "fruits[0].varieties[0].name": "red", "fruits[0].varieties[1].name": "green",
        "fruits[1].name": "banana", "fruits[1].varieties[0].name": "plantain"}


@pytest.mark.parametrize("text", ["a = bonjour\n", "a = 1 2\n", "a = truth\n"])
def test_a_bare_word_is_no_value(tmp_path, run_cli, text):
    (tmp_path / "en.toml").write_text(text, encoding="utf-8")
    proc = run_cli("check", "en.toml")
    assert proc.returncode == 2 and "not valid TOML at line 1" in proc.stderr.decode()
