"""`tqcheck check` end to end, as a user runs it: formats, exit codes, fixes, config, bad input."""

import json
import os
import stat
import subprocess
import sys

import pytest

from conftest import ROOT, shared

SEED = "We must continue to support Ukraine. »\n"


def write(path, text, mode="w"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def as_json(proc):
    return json.loads(proc.stdout.decode())


def test_seed_flagged_fixed_and_idempotent(tmp_path, run_cli):
    f = write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "a.md")
    assert proc.returncode == 1
    assert b"a.md:1:38: TQ101" in proc.stdout
    assert run_cli("check", "--fix", "a.md").returncode == 0
    assert f.read_text(encoding="utf-8") == "We must continue to support Ukraine.”\n"
    before = f.read_bytes()
    proc = run_cli("check", "--fix", "a.md")
    assert proc.returncode == 0 and f.read_bytes() == before


def test_json_output_validates(tmp_path, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    write(tmp_path / "a.md", SEED + "\nCertain : yes.\n")
    data = as_json(run_cli("check", "--format", "json", "a.md"))
    schema = json.loads((ROOT / "tqcheck" / "schemas" / "check.schema.json").read_text())
    jsonschema.validate(data, schema)
    quality = data["summary"].pop("quality")  # the MQM-style score: tests/test_quality.py
    assert data["summary"] == {"files": 1, "findings": 2, "fixed": 0, "errors": 0, "by_code": {"TQ101": 1, "TQ102": 1}}
    assert [d["path"] for d in quality["documents"]] == ["a.md"] and quality["score"] < 100
    first = data["findings"][0]
    assert (first["line"], first["column"], first["end_column"], first["span"]) == (1, 38, 39, "»")
    assert first["fix"]["replacement"] == "”" and first["fix"]["column"] == 37


def test_sarif_output_validates(tmp_path, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared("schemas", "sarif-2.1.0.json").read_text())
    write(tmp_path / "a.md", SEED)
    data = as_json(run_cli("check", "--format", "sarif", "a.md"))
    jsonschema.validate(data, schema)
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    result = run["results"][0]
    assert result["ruleId"] == "TQ101" and run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "TQ101"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 38)
    assert "Why it matters" in run["tool"]["driver"]["rules"][result["ruleIndex"]]["help"]["markdown"]


def test_github_output(tmp_path, run_cli):
    write(tmp_path / "a.md", SEED)
    out = run_cli("check", "--format", "github", "a.md").stdout.decode()
    assert out.startswith("::warning file=a.md,line=1,col=38,endLine=1,endColumn=39,title=TQ101::French guillemet")


def test_text_output_marks_the_span(tmp_path, run_cli):
    write(tmp_path / "a.txt", "Certain : yes.\n")
    out = run_cli("check", "a.txt").stdout.decode().splitlines()
    assert out[0] == "a.txt:1:8: TQ102 [warning] Space before `:` (French spacing) [*]"
    assert out[1].strip() == "Certain : yes."
    assert out[2].index("^") - out[1].index("C") == 7
    assert out[-1].startswith("Found 1 finding in 1 file")


def test_fix_keeps_bom_crlf_mode_and_other_bytes(tmp_path, run_cli):
    raw = b"\xef\xbb\xbfTitle\r\n\r\nCertain : yes \xc2\xab\xc2\xa0x\xc2\xa0\xc2\xbb.\r\nKeep  two  spaces.\r\n"
    f = write(tmp_path / "a.txt", raw)
    os.chmod(f, 0o640)
    assert run_cli("check", "--fix", "a.txt").returncode == 0
    data = f.read_bytes()
    assert data == "\ufeffTitle\r\n\r\nCertain: yes “x”.\r\nKeep  two  spaces.\r\n".encode()
    assert stat.S_IMODE(os.stat(f).st_mode) == 0o640
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tqtmp")]


def test_diff_writes_nothing(tmp_path, run_cli):
    f = write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "--diff", "a.md")
    assert proc.returncode == 1
    assert "-We must continue to support Ukraine. »" in proc.stdout.decode()
    assert "+We must continue to support Ukraine.”" in proc.stdout.decode()
    assert f.read_text(encoding="utf-8") == SEED


def test_unsafe_fixes_only_when_asked(tmp_path, run_cli):
    text = 'He said “yes” and “maybe”. She said "no".\n'
    f = write(tmp_path / "a.txt", text)
    run_cli("check", "--fix", "a.txt")
    assert f.read_text(encoding="utf-8") == text
    run_cli("check", "--fix", "--unsafe-fixes", "a.txt")
    assert f.read_text(encoding="utf-8") == 'He said “yes” and “maybe”. She said “no”.\n'


def test_stdin_with_fix_prints_fixed_text(run_cli):
    proc = run_cli("check", "-", "--fix", "--stdin-filename", "x.md", stdin=SEED.encode())
    assert proc.stdout.decode() == "We must continue to support Ukraine.”\n"
    assert proc.returncode == 0


def test_stdin_report(run_cli):
    proc = run_cli("check", "-", "--stdin-filename", "notes.md", stdin=SEED.encode())
    assert proc.returncode == 1 and b"notes.md:1:38: TQ101" in proc.stdout


@pytest.mark.parametrize("content, message", [
    (None, "missing.md: error: no such file or directory"),
    (b"ok\n\x00\x01binary", "bad.md: error: binary file (NUL byte at byte 3)"),
    (b"caf\xe9 au lait", "bad.md: error: not valid UTF-8 at byte 3"),
])
def test_bad_input_one_line_exit_2_others_still_checked(tmp_path, run_cli, content, message):
    name = "missing.md" if content is None else "bad.md"
    if content is not None:
        write(tmp_path / name, content)
    write(tmp_path / "good.md", SEED)
    proc = run_cli("check", name, "good.md")
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == message
    assert b"good.md:1:38: TQ101" in proc.stdout
    assert b"Traceback" not in proc.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path, run_cli):
    f = write(tmp_path / "a.md", SEED)
    os.chmod(f, 0)
    proc = run_cli("check", "a.md")
    assert proc.returncode == 2 and b"a.md: error: cannot read" in proc.stderr


def test_fix_never_touches_a_bad_file(tmp_path, run_cli):
    f = write(tmp_path / "bad.md", b"\xab Bonjour \xbb : latin-1\n")
    proc = run_cli("check", "--fix", "bad.md")
    assert proc.returncode == 2 and f.read_bytes() == b"\xab Bonjour \xbb : latin-1\n"


@pytest.mark.parametrize("config, message", [
    ("[tool.tqcheck]\nselct = ['TQ1']\n", "unknown key 'selct'"),
    ("[tool.tqcheck]\nignore = ['TQ999']\n", "unknown rule code or prefix 'TQ999' in 'ignore'"),
    ("[tool.tqcheck]\nfail-on = 'fatal'\n", "'fail-on' must be one of"),
    ("[tool.tqcheck\n", "invalid TOML"),
    ("[tool.tqcheck]\nx = " + "[" * 3000 + "]" * 3000 + "\n", "invalid TOML (nested too deep to read)"),  # (hostile)
])
def test_bad_config_exit_2(tmp_path, run_cli, config, message):
    write(tmp_path / "pyproject.toml", config)
    write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "a.md")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert message in err and "pyproject.toml: error:" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("option, value", [("--select", ""), ("--ignore", ","), ("--extend-select", " ")])
def test_an_option_of_codes_that_names_none_is_an_error(tmp_path, run_cli, option, value):
    # a hostile run's case: --select "" checked every rule
    write(tmp_path / "a.md", SEED)
    proc = run_cli("check", option, value, "a.md")
    assert proc.returncode == 2 and f"Invalid value for '{option}': no rule code given" in proc.stderr.decode()


def test_unknown_code_on_command_line(tmp_path, run_cli):
    write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "--select", "TQ9", "a.md")
    assert proc.returncode == 2 and b"unknown rule code or prefix 'TQ9'" in proc.stderr


def test_config_found_walking_up_and_longest_prefix_wins(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'ignore = ["TQ1"]\nextend-select = ["TQ102"]\n')
    write(tmp_path / "deep" / "er" / "a.md", SEED + "\nCertain : yes.\n")
    data = as_json(run_cli("check", "--format", "json", "deep"))
    assert [f["code"] for f in data["findings"]] == ["TQ102"]
    # command-line flags override the file
    data = as_json(run_cli("check", "--format", "json", "--select", "TQ101", "deep"))
    assert [f["code"] for f in data["findings"]] == ["TQ101"]


def test_per_file_ignores_severity_and_fail_on(tmp_path, run_cli):
    write(tmp_path / ".tqcheck.toml", """
[per-file-ignores]
"legacy/*" = ["TQ101"]
[severity]
TQ102 = "info"
""")
    write(tmp_path / "legacy" / "a.md", SEED)
    write(tmp_path / "b.md", "Certain : yes.\n")
    proc = run_cli("check", "--format", "json", ".")
    data = as_json(proc)
    assert [(f["path"], f["code"], f["severity"]) for f in data["findings"]] == [("b.md", "TQ102", "info")]
    assert proc.returncode == 0  # info is below the default fail-on (warning)
    assert run_cli("check", "--fail-on", "info", ".").returncode == 1


def test_a_pattern_opening_with_any_folders_matches_the_root_too(tmp_path, run_cli):
    # a hostile run's case: `**/*.md` ignored TQ101 in docs/b.md, not in the root's a.md
    write(tmp_path / "tqcheck.toml", '[per-file-ignores]\n"**/*.md" = ["TQ101"]\n"**/x/*.txt" = ["TQ101"]\n'
                                     '"y/**/*.txt" = ["TQ101"]\n"a/**/b/**/*.txt" = ["TQ101"]\n')
    for name in ("a.md", "docs/b.md", "x/c.txt", "docs/x/d.txt", "e.txt", "y/f.txt", "y/z/g.txt", "z/y/h.txt",
                 "a/x/b/i.txt", "a/b/j.txt"):
        write(tmp_path / name, SEED)
    data = as_json(run_cli("check", "--format", "json", "--select", "TQ101", "."))
    assert sorted({f["path"] for f in data["findings"]}) == ["e.txt", "z/y/h.txt"]


def test_fixable_and_unfixable(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'unfixable = ["TQ101"]\n')
    f = write(tmp_path / "a.md", SEED + "\nCertain : yes.\n")
    run_cli("check", "--fix", "a.md")
    assert f.read_text(encoding="utf-8") == SEED + "\nCertain: yes.\n"


def test_include_exclude_in_folders(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'include = ["*.md", "*.rst"]\nexclude = ["drafts"]\n')
    for name in ("a.md", "b.rst", "c.txt", "drafts/d.md", "node_modules/e.md"):
        write(tmp_path / "site" / name, SEED)
    data = as_json(run_cli("check", "--format", "json", "site"))
    assert sorted({f["path"] for f in data["findings"]}) == ["site/a.md", "site/b.rst"]


def test_suppressions_and_unused_suppression(tmp_path, run_cli):
    write(tmp_path / "a.md", """<!-- tqcheck: ignore TQ101 -->
We must continue to support Ukraine. »

<!-- tqcheck: disable TQ102 -->
Certain : yes.

Still : off.
<!-- tqcheck: enable TQ102 -->

Back : on.

<!-- tqcheck: ignore TQ104 -->
Nothing to ignore here.
""")
    data = as_json(run_cli("check", "--format", "json", "a.md"))
    assert [(f["line"], f["code"]) for f in data["findings"]] == [(10, "TQ102"), (12, "TQ100")]


def test_html_suppression(tmp_path, run_cli):
    write(tmp_path / "a.html", "<p>x « y »</p><!-- tqcheck: ignore TQ101 --><p>We « z »</p>")
    data = as_json(run_cli("check", "--format", "json", "a.html"))
    assert [(f["column"], f["code"]) for f in data["findings"]] == [(6, "TQ101"), (10, "TQ101")]


def test_jobs_give_the_same_output(tmp_path, run_cli):
    for i in range(12):
        write(tmp_path / f"f{i:02d}.md", SEED * (i + 1) + "Certain : yes.\n")
    one = run_cli("check", "-j", "1", ".").stdout
    many = run_cli("check", "-j", "2", ".").stdout
    assert one == many and one.count(b"TQ101") == sum(range(1, 13))


def test_diff_base_reports_changed_lines_only(tmp_path, run_cli):
    _git_repo(tmp_path, {"a.md": "Old : line.\n"})
    f = tmp_path / "a.md"
    f.write_text("Old : line.\n\nNew : line.\n", encoding="utf-8")
    write(tmp_path / "new.md", "Untracked : all lines count.\n")
    data = as_json(run_cli("check", "--format", "json", "--diff-base", "HEAD", "."))
    assert [(x["path"], x["line"]) for x in data["findings"]] == [("a.md", 3), ("new.md", 1)]
    proc = run_cli("check", "--diff-base", "no-such-ref", ".")
    assert proc.returncode == 2 and b"--diff-base no-such-ref" in proc.stderr


def test_rules_listing_and_doc(run_cli):
    listing = run_cli("rules").stdout.decode()
    assert "TQ101  french-guillemets" in listing
    doc = run_cli("rules", "TQ101").stdout.decode()
    for section in ("## What it does", "## Why it matters", "## Example", "Use instead:", "## Fix safety"):
        assert section in doc
    assert run_cli("rules", "TQ999").returncode == 2


def test_output_file(tmp_path, run_cli):
    write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "--format", "sarif", "-o", "out.sarif", "a.md")
    assert proc.returncode == 1 and proc.stdout == b""
    assert json.loads((tmp_path / "out.sarif").read_text())["version"] == "2.1.0"


def test_check_does_not_import_the_scorer_stack(tmp_path):
    write(tmp_path / "a.md", SEED)
    code = (
        "import sys; from tqcheck.cli import main\n"
        "try:\n    main(['check', 'a.md'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sacrebleu', 'transformers', 'torch', 'sentencepiece') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "HEAVY []" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_name_spelled_two_ways_across_files(tmp_path, run_cli, jobs):
    write(tmp_path / "a.md", "Viacheslav Fetisov spoke on Monday. Fetisov said the team would win.\n")
    write(tmp_path / "b.md", "The coach Fetissov disagreed.\n")
    for i in range(3):  # enough files for worker processes
        write(tmp_path / f"pad{i}.md", "Nothing to see here.\n")
    data = as_json(run_cli("check", "-j", jobs, "--format", "json", "."))
    assert [(f["path"], f["code"], f["span"]) for f in data["findings"]] == [("b.md", "TQ202", "Fetissov")]
    assert data["findings"][0]["fix"]["replacement"] == "Fetisov"
    run_cli("check", "-j", jobs, "--fix", "--unsafe-fixes", ".")
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "The coach Fetisov disagreed.\n"


def test_seed_text_names_and_unsafe_fixes(tmp_path, run_cli):
    f = write(tmp_path / "seed.md", "Fighting continues around the city of Bakhmout.\n\n"
              "“We cannot rule out that Bakhmut will finally fall,” he said of the Donbass front.\n")
    data = as_json(run_cli("check", "--select", "TQ2", "--format", "json", "seed.md"))
    assert [(x["span"], x["code"]) for x in data["findings"]] == [("Bakhmout", "TQ201"), ("Donbass", "TQ201")]
    assert "Bakhmut" in data["findings"][0]["message"] and "Donbas" in data["findings"][1]["message"]
    run_cli("check", "--select", "TQ2", "--fix", "--unsafe-fixes", "seed.md")
    text = f.read_text(encoding="utf-8")
    assert "Bakhmout" not in text and "Donbass" not in text and "Donbas front" in text


def test_bad_glossary_is_a_config_error(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'glossary = "g.csv"\n')
    write(tmp_path / "g.csv", "variant,preferred\nKiev,Kyiv\nKyiv,Kiev\n")
    write(tmp_path / "a.md", "He went to Kiev.\n")
    proc = run_cli("check", "a.md")
    assert proc.returncode == 2 and b"g.csv: error:" in proc.stderr and b"Traceback" not in proc.stderr
    write(tmp_path / "g.csv", "variant,preferred\nKiev,Kyiv\n")
    proc = run_cli("check", "--format", "json", "a.md")
    assert [(f["code"], f["fix"]["replacement"]) for f in as_json(proc)["findings"]] == [("TQ204", "Kyiv")]


def test_unreadable_file_in_process(tmp_path, monkeypatch):
    """Root reads every file, so the permission error is simulated where the file is opened."""
    import builtins

    from tqcheck.config import Config
    from tqcheck.runner import run

    bad = write(tmp_path / "locked.md", SEED)
    good = write(tmp_path / "good.md", SEED)
    real_open = builtins.open

    def fake_open(path, *args, **kwargs):
        if str(path) == str(bad):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    report = run([str(bad), str(good)], Config(), jobs=1)
    assert report.errors == [f"{bad}: error: cannot read (Permission denied)"]
    assert [f.path for f in report.findings] == [str(good)]


# ---- from the review: each of these was a bug a user could hit


def test_naming_a_folder_called_build_checks_it(tmp_path, run_cli):
    write(tmp_path / "build" / "docs" / "a.md", SEED)
    write(tmp_path / "site" / "build" / "b.md", SEED)  # below a named folder, build/ is skipped
    assert run_cli("check", "-q", "build").returncode == 1
    data = as_json(run_cli("check", "--format", "json", "site"))
    assert data["summary"]["files"] == 0


def test_a_file_that_cannot_be_written_is_an_error_not_a_traceback(tmp_path, monkeypatch):
    from tqcheck import runner
    from tqcheck.config import Config

    def refuse(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    f = write(tmp_path / "a.md", SEED)
    monkeypatch.setattr(runner, "write_atomic", refuse)
    report = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert report.errors == [f"{f}: error: cannot write the fixed file (Operation not permitted)"]
    assert f.read_text(encoding="utf-8") == SEED


def test_diff_of_a_file_without_final_newline_applies(tmp_path, run_cli):
    write(tmp_path / "a.md", "He said « a ».")
    write(tmp_path / "b.md", "He said « b ».")
    proc = run_cli("check", "--diff", "a.md", "b.md")
    write(tmp_path / "fix.patch", proc.stdout)
    assert b"\\ No newline at end of file" in proc.stdout
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    applied = subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "He said “a”."


def _git_repo(tmp_path, files):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    for name, text in files.items():
        write(tmp_path / name, text)
    git("add", ".")
    git("commit", "-qm", "one")


def test_fix_with_diff_base_fixes_changed_lines_only(tmp_path, run_cli):
    _git_repo(tmp_path, {"a.md": "Old line « a ».\n\nSecond.\n"})
    f = write(tmp_path / "a.md", "Old line « a ».\n\nSecond « b ».\n")
    run_cli("check", "--fix", "--diff-base", "HEAD", "a.md")
    assert f.read_text(encoding="utf-8") == "Old line « a ».\n\nSecond “b”.\n"


@pytest.mark.parametrize("args", [["--diff-base", "HEAD"], ["--diff-base", "no-such-ref"]])
def test_diff_base_errors(tmp_path, run_cli, args):
    outside = write(tmp_path / "plain" / "a.md", SEED)
    if args[1] == "HEAD":  # not a repository at all
        proc = run_cli("check", *args, str(outside))
        assert proc.returncode == 2 and b"is not in a git repository" in proc.stderr
    else:  # a repository, an untracked file, a ref that does not exist
        _git_repo(tmp_path / "plain", {"b.md": "x\n"})
        proc = run_cli("check", *args, str(outside))
        assert proc.returncode == 2 and b"no such commit" in proc.stderr


def test_diff_shows_the_cross_file_unsafe_fixes(tmp_path, run_cli):
    write(tmp_path / "a.md", "Viacheslav Fetisov spoke on Monday. Fetisov said the team would win.\n")
    b = write(tmp_path / "b.md", "The coach Fetissov disagreed.\n")
    proc = run_cli("check", "--diff", "--unsafe-fixes", ".")
    assert "+The coach Fetisov disagreed." in proc.stdout.decode() and proc.returncode == 1
    assert b.read_text(encoding="utf-8") == "The coach Fetissov disagreed.\n"


def test_fifo_is_skipped_in_folders_and_refused_by_name(tmp_path, run_cli):
    write(tmp_path / "d" / "a.md", SEED)
    os.mkfifo(tmp_path / "d" / "pipe.md")
    proc = run_cli("check", "-q", "d")
    assert proc.returncode == 1 and b"1 file" in proc.stdout
    proc = run_cli("check", "d/pipe.md")
    assert proc.returncode == 2 and proc.stderr.decode().strip() == "d/pipe.md: error: not a regular file"


def test_enable_of_a_family_ends_disable_of_one_rule(tmp_path, run_cli):
    write(tmp_path / "a.md", "<!-- tqcheck: disable TQ101 -->\nHe said « c ».\n<!-- tqcheck: enable TQ1 -->\n"
          "He said « d ».\n")
    data = as_json(run_cli("check", "--format", "json", "a.md"))
    assert [(f["line"], f["code"]) for f in data["findings"]] == [(4, "TQ101"), (4, "TQ101")]


def test_stdin_named_twice_is_read_once_and_keeps_its_bom(run_cli):
    proc = run_cli("check", "--fix", "-", "-", stdin="\ufeffHe said « hi ».\r\n".encode())
    assert proc.stdout == "\ufeffHe said “hi”.\r\n".encode()


def test_deeply_nested_markdown_is_still_prose(tmp_path, run_cli):
    write(tmp_path / "d.md", "> " * 25 + "deep « x »\n")
    assert as_json(run_cli("check", "--format", "json", "d.md"))["summary"]["findings"] == 2


def test_each_path_gets_its_nearest_config(tmp_path, run_cli):
    write(tmp_path / "a" / "tqcheck.toml", 'ignore = ["TQ101"]\n')
    write(tmp_path / "a" / "x.md", SEED)
    write(tmp_path / "b" / "x.md", SEED)
    data = as_json(run_cli("check", "--format", "json", "a", "b"))
    assert [f["path"] for f in data["findings"]] == ["b/x.md"]


def test_text_report_cuts_long_lines_around_the_span(tmp_path, run_cli):
    line = "word " * 60 + "Certain : yes " + "word " * 60
    write(tmp_path / "a.txt", line + "\n")
    out = run_cli("check", "a.txt").stdout.decode().splitlines()
    source, marks = out[1][4:], out[2][4:]
    assert source.startswith("…") and source.endswith("…") and len(source) < 140
    assert source[marks.index("^")] == " " and source[marks.index("^") - 7:marks.index("^")] == "Certain"


# ---- from the second review


def test_a_bad_config_anywhere_stops_the_run_before_any_fix(tmp_path, run_cli):
    a = write(tmp_path / "p1" / "a.md", SEED)
    write(tmp_path / "p2" / "b.md", SEED)
    write(tmp_path / "p2" / "pyproject.toml", "[tool.tqcheck]\nbogus = 1\n")
    proc = run_cli("check", "--fix", "p1", "p2")
    assert proc.returncode == 2 and b"unknown key 'bogus'" in proc.stderr
    assert a.read_text(encoding="utf-8") == SEED


@pytest.mark.parametrize("pyproject, error", [
    ("tool = 1\n", None),  # someone else's `tool`: not ours, ignored
    ('[tool]\ntqcheck = 1\n', "[tool.tqcheck] must be a table"),
])
def test_odd_pyproject_tables(tmp_path, run_cli, pyproject, error):
    write(tmp_path / "pyproject.toml", pyproject)
    write(tmp_path / "a.md", SEED)
    proc = run_cli("check", "a.md")
    assert b"Traceback" not in proc.stderr
    if error:
        assert proc.returncode == 2 and error.encode() in proc.stderr
    else:
        assert proc.returncode == 1


def test_nearest_config_is_per_file_not_per_argument(tmp_path, run_cli):
    write(tmp_path / "sub" / "a.md", SEED)
    write(tmp_path / "sub" / "tqcheck.toml", 'ignore = ["TQ101"]\n')
    for args in (["sub/a.md"], ["sub"], ["."]):
        assert run_cli("check", *args).returncode == 0, args


def test_diff_base_reads_file_names_literally(tmp_path, run_cli):
    _git_repo(tmp_path, {"a1.md": "Nothing here.\n"})
    write(tmp_path / "a[1].md", SEED)  # untracked: all its lines are new
    data = as_json(run_cli("check", "--format", "json", "--diff-base", "HEAD", "."))
    assert [f["path"] for f in data["findings"]] == ["a[1].md"]


def test_disable_all(tmp_path, run_cli):
    write(tmp_path / "a.md", "<!-- tqcheck: disable ALL -->\n\nHe said « x ».\n")
    assert as_json(run_cli("check", "--format", "json", "a.md"))["findings"] == []


@pytest.mark.parametrize("raw", [
    b"\xef\xbb\xbfHe said \xc2\xab x \xc2\xbb.\n",  # BOM
    "Line one\u2028 said « x ».\nSecond\x0c line « y ».\n".encode(),  # line separators git does not split at
])
def test_diff_applies_with_bom_and_odd_line_separators(tmp_path, run_cli, raw):
    f = write(tmp_path / "a.md", raw)
    proc = run_cli("check", "--diff", "a.md")
    write(tmp_path / "fix.patch", proc.stdout)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    applied = subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert b"\xc2\xab" not in f.read_bytes() and f.read_bytes().startswith(raw[:3])


def test_a_file_reached_through_a_link_is_checked_once(tmp_path, run_cli):
    write(tmp_path / "real" / "a.md", SEED)
    os.symlink(tmp_path / "real", tmp_path / "link")
    assert as_json(run_cli("check", "--format", "json", "link", "real"))["summary"]["files"] == 1


def test_sarif_uris_are_encoded(tmp_path, run_cli):
    write(tmp_path / "sp ace%.md", SEED)
    data = as_json(run_cli("check", "--format", "sarif", "sp ace%.md"))
    location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "sp%20ace%25.md", "uriBaseId": "%SRCROOT%"}


def test_stdin_takes_the_config_nearest_to_its_stdin_filename(tmp_path, run_cli):
    write(tmp_path / "sub" / "tqcheck.toml", 'ignore = ["TQ101"]\n')
    proc = run_cli("check", "-", "--stdin-filename", "sub/x.md", stdin=SEED.encode())
    assert proc.returncode == 0, proc.stdout
    assert run_cli("check", "-", "--stdin-filename", "x.md", stdin=SEED.encode()).returncode == 1


# ------------------------------------------------ CI details: colour, --force-exclude, statistics, progress

ANSI = b"\x1b["


def _run_with_env(cwd, *args, env):
    """Like run_cli, with the colour variables taken from ``env`` only."""
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], cwd=cwd, capture_output=True,
                          env={**full, **env})


@pytest.mark.parametrize("args, env, coloured", [
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # piped, and NO_COLOR: always is always
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ([], {}, False),  # auto, piped
    ([], {"FORCE_COLOR": "1"}, True),  # a CI log is not a terminal
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (["--color", "auto"], {"FORCE_COLOR": "", "NO_COLOR": ""}, False),  # empty means unset
])
def test_colour_piped(tmp_path, args, env, coloured):
    write(tmp_path / "a.md", SEED)
    proc = _run_with_env(tmp_path, "check", *args, "a.md", env=env)
    assert proc.returncode == 1
    assert (ANSI in proc.stdout) is coloured
    assert b"TQ101" in proc.stdout and b"[warning]" in proc.stdout  # the severity shows either way


def test_colour_always_in_a_report_file_and_never_in_machine_formats(tmp_path, run_cli):
    write(tmp_path / "a.md", SEED)
    run_cli("check", "--color", "always", "-o", "report.txt", "a.md")
    assert ANSI.decode() in (tmp_path / "report.txt").read_text(encoding="utf-8")
    _run_with_env(tmp_path, "check", "-o", "auto.txt", "a.md", env={"FORCE_COLOR": "1"})
    assert ANSI.decode() not in (tmp_path / "auto.txt").read_text(encoding="utf-8")
    for fmt in ("json", "sarif", "github", "junit", "gitlab"):
        assert ANSI not in run_cli("check", "--color", "always", "--format", fmt, "a.md").stdout


def test_force_exclude_holds_for_files_named_on_the_command_line(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'exclude = ["drafts", "*.fr.md"]\n[per-file-ignores]\n"legacy/*" = ["TQ1"]\n')
    for name in ("drafts/x.md", "news/x.md", "news/x.fr.md", "legacy/x.md"):
        write(tmp_path / name, SEED)
    named = ["drafts/x.md", "news/x.md", "news/x.fr.md", "legacy/x.md"]
    paths = lambda proc: sorted({f["path"] for f in as_json(proc)["findings"]})  # noqa: E731
    # without the flag a file named explicitly is checked (as before); per-file-ignores hold either way
    assert paths(run_cli("check", "--format", "json", *named)) == ["drafts/x.md", "news/x.fr.md", "news/x.md"]
    proc = run_cli("check", "--force-exclude", "--format", "json", *named)
    assert paths(proc) == ["news/x.md"] and as_json(proc)["summary"]["files"] == 2
    # from a subfolder, by a path through it: the config's folder decides, not the current one
    proc = run_cli("check", "--force-exclude", "--format", "json", "../drafts/x.md", "x.md", "../legacy/x.md",
                   cwd=tmp_path / "news")
    assert paths(proc) == ["x.md"]
    # all excluded: nothing to report, exit 0 (a pre-commit batch of drafts only)
    assert run_cli("check", "--force-exclude", "drafts/x.md").returncode == 0
    # a folder is walked as before: the config's exclude already held there
    assert paths(run_cli("check", "--force-exclude", "--format", "json", ".")) == ["news/x.md"]


def test_force_exclude_with_stdin(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", 'exclude = ["drafts"]\n')
    proc = run_cli("check", "--force-exclude", "--fix", "-", "--stdin-filename", "drafts/x.md", stdin=SEED.encode())
    assert proc.returncode == 0 and proc.stdout == SEED.encode()  # an editor's buffer comes back unchanged
    proc = run_cli("check", "--force-exclude", "--fix", "-", "--stdin-filename", "news/x.md", stdin=SEED.encode())
    assert proc.stdout == "We must continue to support Ukraine.”\n".encode()
    proc = run_cli("check", "--force-exclude", "-", "--stdin-filename", "drafts/x.md", stdin=SEED.encode())
    assert proc.returncode == 0 and b"TQ101" not in proc.stdout


def test_statistics(tmp_path, run_cli):
    write(tmp_path / "a.md", SEED + "\nCertain : yes. « A » and « B ».\n\nHe said « no ».\n")
    proc = run_cli("check", "--statistics", "a.md")
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 1
    assert lines[0].split() == ["7", "TQ101", "warning", "[*]", "french-guillemets"]
    assert lines[1].split() == ["1", "TQ102", "warning", "[*]", "space-before-punctuation"]
    assert lines[-1].startswith("Found 8 findings in 1 file")
    rows = as_json(run_cli("check", "--statistics", "--format", "json", "a.md"))
    assert [(r["code"], r["count"], r["fixable"]) for r in rows] == [("TQ101", 7, 7), ("TQ102", 1, 1)]
    proc = run_cli("check", "--statistics", "--format", "sarif", "a.md")
    assert proc.returncode == 2 and b"--statistics" in proc.stderr


def test_show_fixes(tmp_path, run_cli):
    f = write(tmp_path / "a.md", SEED + "\nThe 14h30 train.\n")
    out = run_cli("check", "--show-fixes", "a.md").stdout.decode().splitlines()
    assert out[3].strip() == "fix (safe): replace ` »` with `”`"
    assert out[7].strip() == "fix (unsafe: needs --unsafe-fixes): replace `14h30` with `14:30`"
    assert "fix (" not in run_cli("check", "a.md").stdout.decode()
    out = run_cli("check", "--fix", "--show-fixes", "a.md").stdout.decode()
    assert "Fixes applied:\n  a.md: 1 × TQ101 (french-guillemets)\n" in out and "TQ508 (" not in out
    assert f.read_text(encoding="utf-8").startswith("We must continue to support Ukraine.”\n")


def _run_on_a_terminal(args, cwd):
    """Run tqcheck with standard error on a pseudo-terminal; return (stdout, what the terminal got)."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, "-m", "tqcheck", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out = proc.communicate()[0]
    os.close(master)
    return out, seen


def test_progress_on_a_terminal_for_long_runs_only(tmp_path, run_cli):
    for i in range(24):  # in two folders with a config each: one count over the whole run
        write(tmp_path / ("sub" if i % 2 else ".") / f"a{i:02}.md", SEED)
    write(tmp_path / "sub" / "tqcheck.toml", 'ignore = ["TQ102"]\n')
    out, terminal = _run_on_a_terminal(["check", "-j", "2", "."], tmp_path)
    assert b"Checked 24/24 files" in terminal
    assert terminal.endswith(b"\r" + b" " * len(b"Checked 24/24 files") + b"\r")  # erased at the end
    assert b"Checked" not in out and out.count(b"TQ101") == 24
    quiet = _run_on_a_terminal(["check", "-q", "."], tmp_path)[1]
    assert b"Checked" not in quiet
    few = _run_on_a_terminal(["check", "a00.md", "sub/a01.md"], tmp_path)[1]
    assert b"Checked" not in few
    proc = run_cli("check", ".")  # standard error not a terminal: silent
    assert proc.stderr == b""


def test_server_command_is_listed_and_check_does_not_import_it(tmp_path, run_cli):
    assert b"server" in run_cli("--help").stdout
    write(tmp_path / "a.md", SEED)
    code = (
        "import sys; from tqcheck.cli import main\n"
        "try:\n    main(['check', 'a.md'])\nexcept SystemExit:\n    pass\n"
        "print('LSP', [m for m in ('pygls', 'lsprotocol', 'tqcheck.lsp') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "LSP []" in out


# ------------------------------------------------ the console script ends without the interpreter's teardown

def _ordinary_exit(args, cwd):
    """``tqcheck`` run through ``main`` with Python's ordinary exit, the reference for ``console.run``'s."""
    code = "import sys; from tqcheck.cli import main\nmain(sys.argv[1:], prog_name='tqcheck')\n"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True,
                          env=dict(os.environ, NO_COLOR="1"))


@pytest.mark.parametrize("args", [
    ["check", "-j", "2", "--format", "json", "docs"],  # two processes, a report larger than a pipe's buffer
    ["check", "-j", "1", "--statistics", "docs"],
    ["check", "missing.md"],  # an input error: exit 2, one line on standard error
    ["check", "--format", "json", "-o", "out/report.json", "docs"],
])
def test_the_fast_exit_loses_no_output_and_keeps_the_exit_code(tmp_path, run_cli, args):
    for i in range(30):
        write(tmp_path / "docs" / f"a{i:02}.md", SEED * 30)
    (tmp_path / "out").mkdir()
    fast = run_cli(*args)
    written = (tmp_path / "out" / "report.json").read_bytes() if "-o" in args else None
    ordinary = _ordinary_exit(args, tmp_path)
    assert (fast.returncode, fast.stdout, fast.stderr) == (ordinary.returncode, ordinary.stdout, ordinary.stderr)
    assert fast.returncode == (2 if "missing.md" in args else 1)
    if "json" in args and "-o" not in args:
        assert len(fast.stdout) > 65536 and json.loads(fast.stdout)["summary"]["findings"] == 30 * 30
    if written is not None:
        assert written == (tmp_path / "out" / "report.json").read_bytes() and json.loads(written)["summary"]["findings"] == 900


def test_the_fast_exit_skips_a_closed_stream_as_python_does(tmp_path):
    # `tqcheck --version >&-`: Python's exit skips the closed stdout (0); a flush of it would raise
    for args in (["--version"], ["check", "missing.md"]):
        shell = f"{sys.executable} -m tqcheck {' '.join(args)} >&-"
        ordinary = f"{sys.executable} -c 'import sys; from tqcheck.cli import main; main(sys.argv[1:])' {' '.join(args)} >&-"
        fast, slow = (subprocess.run(["bash", "-c", c], cwd=tmp_path, capture_output=True) for c in (shell, ordinary))
        assert (fast.returncode, fast.stderr) == (slow.returncode, slow.stderr), fast.stderr


def test_the_fast_exit_waits_for_a_running_thread(tmp_path):
    # a thread that is not a daemon (the language server's worker) is joined, as the ordinary exit joins it
    code = ("import sys, threading, time\nfrom tqcheck import console\n"
            "threading.Thread(target=lambda: (time.sleep(0.3), print('late', flush=True))).start()\n"
            "sys.argv = ['tqcheck', '--version']\nconsole.run()\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == "late", out


def test_the_report_file_is_never_a_checked_text(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("He said « hi ».\n", encoding="utf-8")
    proc = run_cli("check", "--isolated", "-o", "a.md", "a.md")  # it replaced the text with its report
    assert proc.returncode == 2 and proc.stderr.decode().strip() == \
        "a.md: error: the report file is one of the files to check: not overwritten"
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "He said « hi ».\n"
    for _ in range(2):  # in a folder, the previous run's report (a .txt, a format tqcheck reads) is not checked
        proc = run_cli("check", "--isolated", "-o", "out.txt", ".")
        assert proc.returncode == 1
        assert (tmp_path / "out.txt").read_text(encoding="utf-8").endswith("Found 2 findings in 1 file (2 warning). "
                                                                          "2 fixable with --fix.\n")
    # a text of a folder named as the report (a hostile run's `-o docs/chapter1.md docs`: skipped, then overwritten)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "c1.md").write_text("Hours of work « here ».\n", encoding="utf-8")
    proc = run_cli("check", "--isolated", "-o", "docs/c1.md", "docs")
    assert proc.returncode == 2 and proc.stderr.decode().strip() == \
        "docs/c1.md: error: the report file is in a folder to check and holds no report: not overwritten"
    assert (tmp_path / "docs" / "c1.md").read_text(encoding="utf-8") == "Hours of work « here ».\n"
    for fmt in ("json", "sarif", "junit", "gitlab", "github"):  # every format's report is known for one again
        assert run_cli("check", "--isolated", "--format", fmt, "-o", "out.txt", ".").returncode == 1, fmt
    # a review's: GitLab's report of no finding (`[]`) and a text report of an error are reports; a page that names
    # tqcheck is none
    (tmp_path / "docs" / "c1.md").write_text("All good.\n", encoding="utf-8")
    for fmt in ("gitlab", "text", "gitlab"):
        assert run_cli("check", "--isolated", "--format", fmt, "-o", "docs/out.json", "docs").returncode == 0, fmt
    # a second review's: a page that quotes a summary line or an annotation in its middle is no report
    pages = ["# Using tqcheck\n\nHow tqcheck reads.\n",
             "# Releasing\n\nRun the linters.\nAll checks passed (2 files).\n\nThen write the notes.\n",
             "# CI\n\n```\n::warning file=app.js,line=1::Missing semicolon\n```\n"]
    for page in pages:
        (tmp_path / "docs" / "usage.md").write_text(page, encoding="utf-8")
        assert run_cli("check", "--isolated", "-o", "docs/usage.md", "docs").returncode == 2
        assert (tmp_path / "docs" / "usage.md").read_text(encoding="utf-8") == page
    (tmp_path / "docs" / "usage.md").unlink()
    for options in (["--format", "json", "--statistics"], ["--statistics"], ["-q"]):  # (a previous report's forms)
        for _ in range(2):
            assert run_cli("check", "--isolated", *options, "-o", "docs/out.txt", "docs").returncode == 0, options


def test_workers_never_outnumber_the_cpus_nor_the_files(tmp_path, monkeypatch):
    # -j 1000 on 300 files started 300 processes on 2 CPUs: 16 times slower than -j 1
    import multiprocessing

    from tqcheck import runner
    from tqcheck.config import Config
    sizes = []

    class Context:
        def Pool(self, n):
            sizes.append(n)
            raise RuntimeError("enough")

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Context())
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    files = []
    for k in range(runner.PARALLEL_MIN_FILES + 3):
        files.append(str(tmp_path / f"{k}.txt"))
        (tmp_path / f"{k}.txt").write_text("Fine.\n", encoding="utf-8")
    for jobs in (1000, 2):
        with pytest.raises(RuntimeError, match="enough"):
            runner.check_files(files, Config(), jobs=jobs)
    assert sizes == [2, 2]


def test_a_rule_is_found_by_its_name_too(run_cli):
    by_name, by_code = run_cli("rules", "french-guillemets"), run_cli("rules", "TQ101")
    assert by_name.returncode == 0 and by_name.stdout == by_code.stdout


def test_what_was_not_checked_is_in_the_json_and_sarif_outputs(tmp_path, run_cli):
    """A CI job reads the report, not standard error: a skipped French catalog and an unreadable file say so there."""
    jsonschema = pytest.importorskip("jsonschema")
    write(tmp_path / "a.md", SEED)
    write(tmp_path / "fr.po", 'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Open"\nmsgstr "Ouvrir"\n')
    write(tmp_path / "bad.po", 'msgid "x\n')
    data = as_json(run_cli("check", "--format", "json", "a.md", "fr.po", "bad.po"))
    jsonschema.validate(data, json.loads((ROOT / "tqcheck" / "schemas" / "check.schema.json").read_text()))
    assert [m["level"] for m in data["messages"]] == ["error", "warning"]
    assert data["messages"][1]["text"] == "fr.po: warning: the catalog's Language is 'fr': tqcheck checks English; not checked"
    sarif = as_json(run_cli("check", "--format", "sarif", "a.md", "fr.po", "bad.po"))
    jsonschema.validate(sarif, json.loads(shared("schemas", "sarif-2.1.0.json").read_text()))
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [(n["level"], n["message"]["text"]) for n in notes] == [(m["level"], m["text"]) for m in data["messages"]]


def test_isolated_and_config_together_are_refused(run_cli, tmp_path):
    # stop 51's hostile run: `--isolated --config missing.toml` ignored the config without a word (ruff refuses both)
    (tmp_path / "a.md").write_text("Fine text.\n", encoding="utf-8")
    proc = run_cli("check", "--isolated", "--config", "missing.toml", "a.md")
    assert proc.returncode == 2 and b"--isolated" in proc.stderr and b"--config" in proc.stderr
