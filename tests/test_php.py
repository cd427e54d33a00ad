"""PHP language files (Laravel's lang/en/auth.php, CodeIgniter, phpBB, MyBB): each plain string value a text at its
place in the file, keyed by its dotted key path; escapes read and written back in the string's quoting; Laravel's
:placeholders and plural forms; pairing by key; folder runs read English language folders, never PHP code."""

import pytest

from tqcheck.documents import PLACEHOLDER, InputError, parse
from tqcheck.lsp.linting import is_ours

from conftest import (found_by_folder_run, misplaced, paired_by_key, random_fixes,
                      refused, snippets, source_number_missing)

P = PLACEHOLDER
EN = """\
<?php

declare(strict_types=1);

// Authentication : « not text »
return [
    /* the login page : « not text » */
    'failed' => 'These credentials do not match « our » records.',
    'throttle' => "Too many attempts : try again in :seconds seconds.",
    'custom' => [
        'email' => [
            'required' => 'The :Attribute is needed ; it costs 1,5 euros.',
        ],
    ],
    'months' => ['January', 'February', 5 => 'June', 'July'],
    'apples' => '{0} There are none|[1,19] There are some|[20,*] There are many',
    "esc" => 'It\\'s a \\\\ path, "quoted" \\n',
    'dq' => "Tab\\there \\"x\\" \\$5 na\\u{ef}ve {$user->name} $count %s",
    'time' => 'Opens at 14h30',
    'chained' => 'Renamed :directory:files.0.from to :name at 10:30, see http://x.org.',
    'concat' => 'Hello ' . config('app.name'),
    'call' => __('Welcome'),
    'nothing' => null,
    3 => 'Three',
];
"""


def texts(doc):
    return {key: seg.text for key, seg in doc.units.items()}


def test_values_are_texts_keyed_by_their_path_keys_comments_and_code_are_not():
    doc = parse(EN, path="lang/en/messages.php", fmt="php")
    assert texts(doc) == {
        "failed": "These credentials do not match « our » records.",
        "throttle": f"Too many attempts : try again in {P} seconds.",
        "custom.email.required": f"The {P} is needed ; it costs 1,5 euros.",
        "months.0": "January", "months.1": "February", "months.5": "June", "months.6": "July",
        "apples[0]": "There are none", "apples[1]": "There are some", "apples[2]": "There are many",
        "esc": 'It\'s a \\ path, "quoted" \\n',
        "dq": f'Tab\there "x" $5 naïve {P} {P} {P}',
        "time": "Opens at 14h30",
        "chained": f"Renamed {P} to {P} at 10:30, see http://x.org.",
        "3": "Three",
    }
    assert doc.foreign is None and doc.declared_english
    assert doc.warnings == ["line 21 and 1 more: a value that is not a plain string (a concatenation, a call): "
                            "not read"]


def test_every_character_maps_to_itself_or_its_escape():
    doc = parse(EN, fmt="php")
    assert not misplaced(doc)
    escapes = ("\\'", "\\\\", "\\t", '\\"', "\\$", "\\u{ef}", ":seconds", ":Attribute", ":directory:files.0.from",
               ":name", "{$user->name}", "$count", "%s")
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            raw = doc.text[slice(*seg.span(i, i + 1))]
            assert raw == ch or raw in escapes, (seg.text, i, raw)


def test_findings_point_into_the_values_and_fixes_are_written_in_the_strings_quoting(tmp_path, run_cli):
    path = tmp_path / "lang" / "en" / "messages.php"
    path.parent.mkdir(parents=True)
    path.write_text(EN, encoding="utf-8")
    name = "lang/en/messages.php"
    proc = run_cli("check", "--select", "TQ1,TQ5", "--format", "json", name)
    assert snippets(proc.stdout, EN) == [("TQ101", "« o"), ("TQ101", "» r"), ("TQ102", " : "), ("TQ102", " ; "),
                                         ("TQ501", "1,5"), ("TQ508", "14h")]
    run_cli("check", "--fix", "--unsafe-fixes", "-q", name)
    after = path.read_text(encoding="utf-8")
    fixed = texts(parse(after, fmt="php"))
    assert fixed["failed"] == 'These credentials do not match "our" records.'  # (the file's quotes are straight)
    assert fixed["throttle"] == f"Too many attempts: try again in {P} seconds."
    assert fixed["custom.email.required"] == f"The {P} is needed; it costs 1.5 euros."
    assert fixed["time"] == "Opens at 14:30"
    assert "// Authentication : « not text »" in after and "/* the login page : « not text » */" in after
    assert run_cli("check", "--fix", "--unsafe-fixes", "-q", name).returncode == 0
    assert path.read_text(encoding="utf-8") == after  # idempotent


@pytest.mark.parametrize("literal, span, replacement, written", [
    ("'a : b'", (1, 4), "'s", "\\'s"),  # a quote in single quotes
    ("'a : b'", (1, 4), "\\", "\\\\"),
    ('"a : b"', (1, 4), '"$x"', '\\"\\$x\\"'),  # a quote and a dollar in double quotes
    ('"a : b"', (1, 4), "\n", "\n"),  # a line break is itself in a PHP string
    ("'a : b'", (1, 4), "|", None),  # never a plural form's separator
    ("'a\\b : c'", (2, 3), "'", None),  # after a backslash that is itself: `\\'` would close the string
    ('"a$ b"', (2, 3), "x", None),  # `$x` would be a variable
    ('"a { $b"', (3, 4), "{", None),  # `{$` would open an interpolation
    ('"a { $b"', (3, 4), "", None),
    ("'a : b'", (3, 4), "", None),  # `:b` would be a placeholder
    ("'a « | » b'", (2, 4), "“", None),  # `“| »` would be two plural forms (a `|` between spaces is text)
])
def test_a_fix_is_written_in_the_literals_quoting_or_not_at_all(literal, span, replacement, written):
    doc = parse(f"<?php return ['k' => {literal}];\n", fmt="php")
    seg = doc.units["k"]
    problem = seg.problem(*span, "TQ101", "m", replacement)
    assert (problem.fix.replacement if problem.fix else None) == written


def test_random_fixes_read_back_as_meant():
    def read_back(after):
        return [s.text for s in parse(after, fmt="php").segments]

    single = ["a", "é", " b", "«", "\\'", "\\\\", "\\n", '"', "$x", ": c"]
    double = ["a", "é", " b", "«", '\\"', "\\\\", "\\n", "\\$", "$x", "{$y}", "\\x41", "\\u{e9}", "'", "$ ", "\\q"]
    replacements = ["'", '"', "\\", "\n", "“", "x y", "", "$", "{", "$a", "1"]
    assert random_fixes(3, single, replacements, lambda v: f"<?php return ['k' => '{v}'];\n", read_back,
                        "a.php", "php") > 200
    assert random_fixes(4, double, replacements, lambda v: f'<?php return ["k" => "{v}"];\n', read_back,
                        "a.php", "php") > 150
    heredoc = "<?php\nreturn [\n    'k' => <<<EOT\n    {}\n    EOT,\n];\n"
    assert random_fixes(5, single, replacements, heredoc.format, read_back, "a.php", "php") > 150


def test_heredocs_nowdocs_and_the_other_shapes_of_language_files():
    doc = parse("<?php\n$lang['form_required'] = 'The {field} field is required.';\n"  # CodeIgniter 3
                "$lang['nested']['key'] = \"Nested : here\";\n$charset = 'UTF-8';\n"
                "$lang = array_merge($lang, array('PHPBB' => 'Board index', 'LIST' => array(1 => '%d post')));\n"
                "$h = 1;\nreturn array(\n  'here' => <<<EOT\n    Line one\n      Line {$two}\n    EOT,\n"
                "  'now' => <<<'EOT'\n  Raw $x \\n\n  EOT\n);\n", path="application/language/english/a_lang.php",
                fmt="php")
    assert texts(doc) == {"form_required": f"The {P} field is required.", "nested.key": "Nested : here",
                          "PHPBB": "Board index", "LIST.1": f"{P} post", "here": f"Line one\n  Line {P}",
                          "now": "Raw $x \\n"}
    assert doc.declared_english and not misplaced(doc)
    assert texts(parse("<?\nreturn ['a' => 'Open'];\n", fmt="php")) == {"a": "Open"}  # the short open tag (castopod)
    # SPIP's language files: the array goes to the language's slot of $GLOBALS (an AMAP plugin's `lang/amap_en.php`)
    spip = ("<?php\nif (!defined('_ECRIRE_INC_VERSION')) return;\n\n$GLOBALS[$GLOBALS['idx_lang']] = array(\n"
            "\t'action' => 'Action ?',\n\t'avant_le' => 'before',\n);\n")
    doc = parse(spip, path="Amap/lang/amap_en.php", fmt="php")
    assert texts(doc) == {"action": "Action ?", "avant_le": "before"} and not misplaced(doc)
    # SPIP's placeholders, @name@: opaque, a word before a French-spaced mark (a SPIP site's `@compte@ ;`)
    doc = parse(spip.replace("'before'", "'Pay @montant@ to @compte@ ;'"), path="Amap/lang/amap_en.php", fmt="php")
    assert texts(doc)["avant_le"] == f"Pay {P} to {P} ;"


def test_plural_forms_are_texts_of_their_own_and_a_fix_stays_in_its_form(tmp_path, run_cli):
    text = "<?php return ['n' => '{0} None : here | [1,*] Some ; there'];\n"
    path = tmp_path / "lang" / "en" / "a.php"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    assert texts(parse(text, fmt="php")) == {"n[0]": "None : here", "n[1]": "Some ; there"}
    assert texts(parse("<?php return ['t' => ':title | Home', 'p' => 'Use + = | : . only'];", fmt="php")) == {
        "t": f"{P} | Home", "p": "Use + = | : . only"}  # a `|` between spaces, no condition: no plural forms
    run_cli("check", "--fix", "-q", "lang/en/a.php")
    assert path.read_text() == "<?php return ['n' => '{0} None: here | [1,*] Some; there'];\n"


def test_files_pair_by_key(tmp_path, run_cli):
    assert paired_by_key("php", ("lang/en/shop.php", "<?php return ['price' => 'It costs 52 euros', 'a' => 'Open'];"),
                         ("lang/fr/shop.php", "<?php return ['price' => 'Il coûte 25 euros'];")) == [
        ("price", "Il coûte 25 euros")]
    assert paired_by_key("php", ("lang/en/a.php", "<?php return ['n' => 'one apple|:count apples'];"),
                         ("lang/fr/a.php", "<?php return ['n' => 'une pomme|:count pommes'];")) == [
        ("n[0]", "une pomme"), ("n[1]", f"{P} pommes")]
    assert source_number_missing(tmp_path, run_cli, ("lang/en/a.php", "<?php return ['p' => 'It costs 52 euros'];"),
                                 ("lang/fr/a.php", "<?php return ['p' => 'Il coûte 25 euros'];"))


def test_folders_find_english_language_files_only(tmp_path, run_cli):
    files = ["lang/en/auth.php", "resources/lang/en/validation.php", "app/Language/en/Errors.php",
             "resources/lang/vendor/pkg/en/admin/users.php", "application/language/english/form_lang.php",
             "lang/en.php", "lang/en-GB/auth.php", "lang/fr/auth.php", "app/Http/Controllers/Auth.php",
             "docs/en/index.php", "config/app.php", "lang/yeswiki_en.php", "lang/yeswiki_fr.php", "lang/helpers.php"]
    found = found_by_folder_run(tmp_path, run_cli, dict.fromkeys(files, "<?php return ['k' => 'Open : now'];\n"))
    assert found == ["app/Language/en/Errors.php", "application/language/english/form_lang.php",
                     "lang/en-GB/auth.php", "lang/en.php", "lang/en/auth.php", "lang/yeswiki_en.php",
                     "resources/lang/en/validation.php", "resources/lang/vendor/pkg/en/admin/users.php"]


@pytest.mark.parametrize("path, ours", [("/p/lang/en/auth.php", True), ("/p/app/Models/User.php", False),
                                        ("/p/lang/fr/auth.php", False)])
def test_the_language_server_lints_english_language_files_only(path, ours):
    assert is_ours(path, None) == ours


def test_a_file_in_a_french_folder_is_not_checked():
    assert parse("<?php return ['a' => 'Ouvrir'];", path="lang/fr/a.php", fmt="php").foreign == \
        "the language its path names is 'fr'"


def test_an_ignore_comment_covers_the_entry_after_it():
    doc = parse("<?php return [\n    // tqcheck: ignore TQ102\n    'a' => 'Open : now',\n    'b' => 'Go : now',\n];\n",
                fmt="php")
    (d,) = doc.directives
    assert d.kind == "ignore" and doc.text[d.first:d.last].endswith("'a' => 'Open : now'")


@pytest.mark.parametrize("text, message", [
    ("<?php\nnamespace App;\nclass A { function f() { return ['a' => 'b']; } }\n",
     "a.php: error: not a PHP language file: it returns no array (`return [...]`) and assigns none "
     "(`$lang['key'] = '...'`)"),
    ("<?php return ['a' => 'b;\n", "a.php: error: not a PHP language file: line 1, column 22: a string not closed"),
    ("<?php return ['a' => ['b'] 'c'];\n",
     "a.php: error: not a PHP language file: line 1, column 28: ',' or ']' expected"),
    ("<?php /* return [\n", "a.php: error: not a PHP language file: line 1, column 7: a comment not closed"),
    ("Hello\n", "a.php: error: not a PHP language file: line 1, column 1: no <?php tag"),
])
def test_malformed_files_one_line_exit_2_never_modified(tmp_path, run_cli, text, message):
    assert refused(tmp_path, run_cli, "a.php", text) == [message]


def test_an_unclosed_array_is_an_error():
    with pytest.raises(InputError, match="line 1, column 25: ',' or ']' expected"):
        parse("<?php return ['a' => 'b'", path="a.php", fmt="php")


@pytest.mark.parametrize("text", ["", "\n  \n"])
def test_an_empty_file_has_nothing_to_check(text):
    """As an empty Fluent, INI or subtitle file: no error."""
    assert parse(text, path="lang/en/a.php", fmt="php").segments == []


def test_a_long_line_of_comments_is_read_in_linear_time():
    """A one-line file of `// … ?>` blocks (a PHP file joined onto one line): each comment ended where its `?>` is,
    but was first matched to the end of the line, so that 30,000 of them took a minute; now well under a second."""
    import time

    one = "<?php // Example for use of GNU gettext. ?> "
    text = one * 30_000 + "<?php return ['a' => 'Hello there.'];\n"
    started = time.perf_counter()
    doc = parse(text, path="lang/en/a.php", fmt="php")
    assert [s.text for s in doc.segments] == ["Hello there."]
    assert time.perf_counter() - started < 5


def test_html_character_references_read_as_what_they_stand_for():
    # SPIP's language strings are HTML: `Mot-cl&eacute;` had TQ403 on `eacute`, and `Br&egrave;ve` passed
    text = ("<?php\n$GLOBALS[$GLOBALS['idx_lang']] = array(\n'breve' => 'Br&egrave;ve',\n"
            "'q' => 'Le &laquo; guide &raquo; &amp; more',\n'raw' => 'AT&T &unknown; &#233;t&#xE9;',\n);\n")
    doc = parse(text, path="lang/public_en.php", fmt="php")
    assert [s.text for s in doc.segments] == ["Brève", "Le « guide » & more", "AT&T &unknown; été"]
    seg = doc.segments[0]
    assert text[seg.offset(0):seg.offset(len(seg.text) - 1) + 1] == "Br&egrave;ve"
