"""The formatters as CI services read them: paths from the repository root, fingerprints that
survive lines moving, SARIF valid against the OASIS schema, JUnit XML, GitLab Code Quality."""

import json
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import shared

SEED = "We must continue to support Ukraine. »\n"
TWO = SEED + "\nCertain : yes.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


@pytest.fixture
def repo(tmp_path):
    """A git checkout holding news/a.md; the tests run tqcheck from its news/ folder."""
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    write(tmp_path / "news" / "a.md", TWO)
    return tmp_path


def sarif(run_cli, cwd, *paths):
    proc = run_cli("check", "--format", "sarif", *paths, cwd=cwd)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def test_sarif_from_a_subfolder_names_files_from_the_repository_root(repo, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared("schemas", "sarif-2.1.0.json").read_text())
    data = sarif(run_cli, repo / "news", "a.md")
    jsonschema.validate(data, schema)
    run = data["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert locations == [{"uri": "news/a.md", "uriBaseId": "%SRCROOT%"}] * 2
    fix = run["results"][0]["fixes"][0]["artifactChanges"][0]["artifactLocation"]
    assert fix == {"uri": "news/a.md", "uriBaseId": "%SRCROOT%"}
    # the same from the root, and with the file named through a parent folder
    assert sarif(run_cli, repo, "news/a.md")["runs"][0]["results"] == run["results"]
    assert sarif(run_cli, repo / "news", "../news/a.md")["runs"][0]["results"] == run["results"]


def test_sarif_fingerprints_are_stable_and_distinct(repo, run_cli):
    key = "tqcheck/v1"
    first = [r["partialFingerprints"][key] for r in sarif(run_cli, repo, "news/a.md")["runs"][0]["results"]]
    assert len(set(first)) == 2
    # lines added above, and a second finding of the same text: the first two keep their fingerprints
    write(repo / "news" / "a.md", "A new first paragraph.\n\n" + TWO + "\n" + SEED)
    results = sarif(run_cli, repo, "news/a.md")["runs"][0]["results"]
    moved = [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"][key])
             for r in results]
    assert [line for line, _ in moved] == [3, 5, 7]
    assert [fp for _, fp in moved[:2]] == first
    assert moved[2][1] != first[0] and moved[2][1].split(":")[0] == first[0].split(":")[0]
    # a word changed next to the span: a different finding for code scanning
    write(repo / "news" / "a.md", TWO.replace("support Ukraine", "help Ukraine"))
    changed = sarif(run_cli, repo, "news/a.md")["runs"][0]["results"][0]["partialFingerprints"][key]
    assert changed != first[0]


def test_github_annotations_name_files_from_the_repository_root(repo, run_cli):
    out = run_cli("check", "--format", "github", "a.md", cwd=repo / "news").stdout.decode().splitlines()
    assert out[0].startswith("::warning file=news/a.md,line=1,col=38,endLine=1,endColumn=39,title=TQ101::")
    assert out[1].startswith("::warning file=news/a.md,line=3,col=8,")


def test_outside_a_repository_paths_stay_relative_to_the_current_folder(tmp_path, run_cli):
    write(tmp_path / "news" / "a.md", SEED)
    out = run_cli("check", "--format", "github", "a.md", cwd=tmp_path / "news").stdout.decode()
    assert out.startswith("::warning file=a.md,")


def test_gitlab_code_quality(repo, run_cli):
    write(repo / "news" / "b.md", "The 14h30 train.\n")
    proc = run_cli("check", "--format", "gitlab", "a.md", "b.md", cwd=repo / "news")
    assert proc.returncode == 1
    issues = json.loads(proc.stdout)
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("TQ101", "news/a.md", 1), ("TQ102", "news/a.md", 3), ("TQ508", "news/b.md", 1)]
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["description"].startswith(issue["check_name"] + " ")
        assert len(issue["fingerprint"]) == 32 and int(issue["fingerprint"], 16) >= 0
    assert issues[0]["severity"] == "minor"
    assert len({i["fingerprint"] for i in issues}) == 3
    again = json.loads(run_cli("check", "--format", "gitlab", "news", cwd=repo).stdout)
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]
    clean = run_cli("check", "--format", "gitlab", "--select", "TQ4", "news", cwd=repo)
    assert clean.returncode == 0 and json.loads(clean.stdout) == []


def test_gitlab_severities_follow_the_configuration(repo, run_cli):
    write(repo / "tqcheck.toml", '[severity]\nTQ101 = "error"\nTQ102 = "info"\n')
    issues = json.loads(run_cli("check", "--format", "gitlab", "news", cwd=repo).stdout)
    assert [(i["check_name"], i["severity"]) for i in issues] == [("TQ101", "major"), ("TQ102", "info")]


def test_junit(repo, run_cli):
    (repo / "news" / "bad.md").write_bytes(b"caf\xe9\n")
    proc = run_cli("check", "--format", "junit", "news", cwd=repo)
    assert proc.returncode == 2  # an unreadable file: reported, and the others still checked
    root = ET.fromstring(proc.stdout)
    assert root.tag == "testsuites" and root.get("failures") == "2" and root.get("errors") == "1"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    cases = suites["news/a.md"].findall("testcase")
    assert [c.find("failure").get("type") for c in cases] == ["TQ101", "TQ102"]
    assert cases[0].get("name") == "TQ101 at 1:38" and cases[0].get("classname") == "news/a.md"
    assert "French guillemet" in cases[0].find("failure").get("message")
    (error,) = suites["tqcheck: input errors"].findall("testcase")
    assert "not valid UTF-8" in error.find("error").get("message")
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values()) == 3


def test_junit_clean_run_is_one_passing_test(tmp_path, run_cli):
    write(tmp_path / "a.md", "Nothing to see here.\n")
    proc = run_cli("check", "--format", "junit", "a.md")
    assert proc.returncode == 0
    root = ET.fromstring(proc.stdout)
    (case,) = root.iter("testcase")
    assert root.get("failures") == "0" and root.get("tests") == "1"
    assert case.find("failure") is None and "1 files" in case.get("name")


def test_text_report_names_the_severity_without_colour(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", '[severity]\nTQ102 = "info"\nTQ101 = "error"\n')
    write(tmp_path / "a.md", TWO)
    out = run_cli("check", "a.md").stdout.decode()
    assert "\x1b[" not in out
    assert "a.md:1:38: TQ101 [error] French guillemet" in out
    assert "a.md:3:8: TQ102 [info] Space before" in out


def test_text_colours_each_severity(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", '[severity]\nTQ102 = "info"\nTQ101 = "error"\n')
    write(tmp_path / "a.md", TWO)
    out = run_cli("check", "--color", "always", "a.md").stdout.decode()
    assert "\x1b[31m\x1b[1m[error]\x1b[0m" in out  # red
    assert "\x1b[36m\x1b[1m[info]\x1b[0m" in out  # cyan


def test_a_long_span_shows_its_start_and_at_most_a_hundred_carets(tmp_path, run_cli):
    french = ("Il a dit que les syndicats de la fonction publique seraient reçus par le ministre et que les négociations "
              "sur les salaires et les retraites des fonctionnaires reprendraient dans les prochains jours selon le "
              "porte-parole du gouvernement qui a confirmé la date. ")
    write(tmp_path / "a.txt", "The minister spoke on Monday. " * 12 + french + "Unions reacted.\n")
    out = run_cli("check", "--select", "TQ402", "a.txt").stdout.decode().splitlines()
    (carets,) = [line for line in out if line.strip() and set(line.strip()) == {"^"}]
    assert len(carets.strip()) == 100
    shown = out[out.index(carets) - 1]
    assert shown.endswith("…") and len(shown) < 200
    # a line short enough to show whole still gets no more than 100 carets
    short = ("Il a dit que les syndicats de la fonction publique seraient reçus par le ministre et que les "
             "négociations reprendraient dans les prochains jours.")
    assert 100 < len(short) <= 220
    write(tmp_path / "b.txt", short + "\n")
    out = run_cli("check", "--select", "TQ402", "b.txt").stdout.decode().splitlines()
    assert [len(line.strip()) for line in out if line.strip() and set(line.strip()) == {"^"}] == [100]
