"""The MQM-style quality score: formula, weights, ranking, configuration, JSON summary and gates."""

import json

import pytest

from conftest import ROOT
from tqcheck.config import ConfigError, load_config
from tqcheck.findings import Finding
from tqcheck.report.quality import (FORMULA, RunQuality, Settings, assess, assess_documents, count_words, rank,
                                    score_of)
from tqcheck.rules import all_rules
from tqcheck.runner import Report


def finding(path, code="TQ101", severity="warning", category="typography"):
    return Finding(path, 1, 1, 1, 2, code, category, severity, "m", "x")


def report(words, findings):
    r = Report(findings=findings)
    r.words = dict(words)
    return r


# ----------------------------------------------------------------- formula


@pytest.mark.parametrize("penalty, words, expected", [
    (0, 0, 100.0),            # an empty document is not penalised
    (0, 300, 100.0),
    (5, 500, 99.0),           # one major finding in 500 words
    (1, 1000, 99.9),          # one minor finding in 1000 words
    (10, 100, 90.0),          # one critical finding in 100 words
    (500, 100, 0.0),          # clamped at 0
])
def test_score_is_100_times_one_minus_penalty_per_word(penalty, words, expected):
    assert score_of(penalty, words) == pytest.approx(expected)


def test_severities_stand_for_mqm_minor_major_critical():
    settings = Settings()
    docs = assess_documents({"a": 1000}, [finding("a", severity="info"), finding("a", severity="warning"),
                                          finding("a", severity="error")], settings)
    (doc,) = docs
    assert doc.penalty == 1 + 5 + 10
    assert doc.per_1000_words == pytest.approx(16)
    assert doc.score == pytest.approx(98.4)
    assert doc.by_severity == {"info": 1, "warning": 1, "error": 1}


def test_category_and_code_weights_longest_code_prefix_first():
    settings = Settings.from_table({"weights": {"typography": 0.5, "TQ1": 2, "TQ101": 3, "untranslated": 4}})
    assert settings.weight("TQ101", "typography") == 3
    assert settings.weight("TQ102", "typography") == 2      # a code prefix beats the category
    assert settings.weight("TQ401", "untranslated") == 4
    assert settings.weight("TQ501", "locale-format") == 1   # unnamed: 1
    assert Settings().weight("TQ100", "typography") == 0    # an unused suppression costs nothing
    assert settings.penalty(finding("a", "TQ101", "error")) == 30


def test_points_override_per_severity():
    settings = Settings.from_table({"points": {"warning": 2}, "pass-mark": 95, "fail-under": 90})
    assert settings.points == {"info": 1.0, "warning": 2.0, "error": 10.0}
    assert (settings.pass_mark, settings.fail_under) == (95.0, 90.0)


def test_documents_without_findings_count_and_foreign_findings_are_ignored():
    docs = assess_documents({"a": 100, "b": 100}, [finding("a"), finding("elsewhere")], Settings())
    assert {d.path: d.findings for d in docs} == {"a": 1, "b": 0}
    assert {d.path: d.score for d in docs} == {"a": 95.0, "b": 100.0}


def test_ranking_worst_first_then_most_penalty_then_path():
    docs = assess_documents({"c": 100, "b": 100, "a": 40, "d": 2000},
                            [finding("a"), finding("b"), finding("c"), finding("c"), finding("d")], Settings())
    assert [d.path for d in rank(docs)] == ["a", "c", "b", "d"]
    # two documents with the same score: the larger penalty first
    tie = assess_documents({"x": 100, "y": 200}, [finding("x")] + [finding("y")] * 2, Settings())
    assert [d.path for d in rank(tie)] == ["y", "x"]


def test_run_score_pools_words_and_penalty():
    run = assess([(report({"short": 10, "long": 990}, [finding("short")]), Settings())])
    # the mean of document scores would be (50 + 100) / 2 = 75; pooled: 100 * (1 - 5/1000)
    assert run.score == pytest.approx(99.5)
    assert [d.path for d in run.documents] == ["short", "long"]
    assert run.words == 1000 and run.penalty == 5


def test_run_takes_the_strictest_pass_mark_and_gate_of_its_configurations():
    lenient = Settings.from_table({"pass-mark": 90, "fail-under": 50})
    strict = Settings.from_table({"pass-mark": 99.5, "weights": {"typography": 2}})
    run = assess([(report({"a": 1000}, [finding("a")]), lenient), (report({"b": 1000}, [finding("b")]), strict)])
    assert run.pass_mark == 99.5 and run.fail_under == 50
    assert {d.path: d.penalty for d in run.documents} == {"a": 5, "b": 10}  # each with its own weights
    # each document against its own configuration's pass mark: 99.5 >= 90, 99.0 < 99.5
    assert {d.path: d.passed for d in run.documents} == {"a": True, "b": False}
    assert run.score == pytest.approx(99.25) and not run.passed


def test_gate_message_and_override():
    run = RunQuality(assess_documents({"a": 100}, [finding("a")], Settings()), 99, 96, Settings())
    assert run.gate() == "tqcheck: quality 95.00 is under 96 (fail-under)"
    assert run.gate(90) is None
    assert run.gate(95.01) == "tqcheck: quality 95.00 is under 95.01 (--fail-under-quality)"
    assert RunQuality([], 99, None, Settings()).gate() is None


@pytest.mark.parametrize("text, words", [
    ("Don't stop: well-known 1,500 people.", 5),
    ("« » — – … ¶ \ufffc", 0),
    ("L’État a dit", 3),
    ("naïve café 14h30 U.S.", 4),
    ("", 0),
])
def test_count_words(text, words):
    assert count_words([text]) == words


def test_formula_is_the_one_computed():
    assert "100 × (1 − penalty ÷ words)" in FORMULA
    assert "1000 × penalty ÷ words" in FORMULA


# ----------------------------------------------------------- configuration


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_config_table_in_pyproject_and_tqcheck_toml(tmp_path):
    py = write(tmp_path / "pyproject.toml", "[tool.tqcheck.quality]\npass-mark = 97.5\n"
               "points = {info = 0.5}\nweights = {untranslated = 2, TQ5 = 0.5}\n")
    config = load_config(str(py), all_rules())
    settings = Settings.from_table(config.quality)
    assert settings.pass_mark == 97.5 and settings.points["info"] == 0.5
    assert settings.weight("TQ401", "untranslated") == 2 and settings.weight("TQ501", "locale-format") == 0.5
    toml = write(tmp_path / "tqcheck.toml", "[quality]\nfail-under = 80\n")
    assert Settings.from_table(load_config(str(toml), all_rules()).quality).fail_under == 80


@pytest.mark.parametrize("table, message", [
    ("bogus = 1", "unknown key 'bogus' in [tool.tqcheck.quality]"),
    ("pass-mark = 101", "quality 'pass-mark' must be a number from 0 to 100"),
    ("fail-under = true", "quality 'fail-under' must be a number from 0 to 100"),
    ("points = {minor = 1}", "unknown severity 'minor'"),
    ("points = 5", "quality 'points' must be a table"),
    ("weights = {grammar = 1}", "'grammar' is neither a category"),
    ("weights = {TQ9 = 1}", "'TQ9' is neither a category"),
    ("weights = {typography = -1}", "quality weights 'typography' must be a number of 0 or more"),
])
def test_config_errors_name_the_key(tmp_path, table, message):
    path = write(tmp_path / "tqcheck.toml", f"[quality]\n{table}\n")
    with pytest.raises(ConfigError) as info:
        load_config(str(path), all_rules())
    assert message in str(info.value) and str(info.value).startswith(f"{path}: error:")


def test_bad_quality_config_is_exit_2_on_check(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", "[quality]\npass-mark = 'high'\n")
    write(tmp_path / "a.md", "Fine text.\n")
    proc = run_cli("check", "a.md")
    assert proc.returncode == 2
    assert b"quality 'pass-mark' must be a number" in proc.stderr and b"Traceback" not in proc.stderr


def test_a_unit_left_untranslated_counts_its_source_words(run_cli, tmp_path):
    """The reader gets the French source of an untranslated unit (TQ608): its words are the document's too, so that
    a catalog with nothing translated has no "0 words" beside its findings."""
    po = tmp_path / "en.po"
    po.write_text('msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "Créer un sondage"\nmsgstr ""\n\n'
                  'msgid "Mot de passe oublié"\nmsgstr "Forgot password"\n', encoding="utf-8")
    data = json.loads(run_cli("check", "--format", "json", "--exit-zero", str(po)).stdout)
    (doc,) = data["summary"]["quality"]["documents"]
    assert doc["words"] == 3 + 2 and doc["findings"] == 1


# ------------------------------------------------------ check: JSON and gate


def test_json_summary_quality_matches_the_formula_and_the_schema(run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    proc = run_cli("check", "--format", "json", "--exit-zero", "corpora/mt", "corpora/ref", cwd=ROOT)
    data = json.loads(proc.stdout)
    schema = json.loads((ROOT / "tqcheck" / "schemas" / "check.schema.json").read_text())
    jsonschema.validate(data, schema)
    quality = data["summary"]["quality"]
    docs = {d["path"]: d for d in quality["documents"]}
    assert set(docs) == {f"corpora/{side}/{name}.md" for side in ("mt", "ref")
                         for name in ("bakhmut", "lighthouse", "strike")}
    points = {"info": 1, "warning": 5, "error": 10}
    for path, doc in docs.items():
        mine = [f for f in data["findings"] if f["path"] == path]
        penalty = sum(points[f["severity"]] * (0 if f["code"] == "TQ100" else 1) for f in mine)
        assert doc["findings"] == len(mine) and doc["penalty"] == penalty
        assert doc["score"] == pytest.approx(max(0, 100 * (1 - penalty / doc["words"])), abs=0.01)
    assert all(docs[f"corpora/ref/{n}.md"]["score"] == 100 for n in ("bakhmut", "lighthouse", "strike"))
    scores = [d["score"] for d in quality["documents"]]
    assert scores == sorted(scores)  # worst first
    words = sum(d["words"] for d in quality["documents"])
    assert quality["words"] == words and words > 500
    assert quality["score"] == pytest.approx(100 * (1 - quality["penalty"] / words), abs=0.01)


def test_check_fail_under_quality(run_cli):
    clean = run_cli("check", "corpora/ref", "--fail-under-quality", "99.9", cwd=ROOT)
    assert clean.returncode == 0, clean.stderr
    # --exit-zero silences the findings, not the quality gate
    low = run_cli("check", "corpora/mt", "--exit-zero", "--fail-under-quality", "90", "-q", cwd=ROOT)
    assert low.returncode == 1
    assert b"tqcheck: quality " in low.stderr and b"is under 90" in low.stderr
    ok = run_cli("check", "corpora/mt", "--exit-zero", "--fail-under-quality", "10", "-q", cwd=ROOT)
    assert ok.returncode == 0 and b"quality" not in ok.stderr
    bad = run_cli("check", "corpora/mt", "--fail-under-quality", "120", cwd=ROOT)
    assert bad.returncode == 2


def test_check_gate_from_config(tmp_path, run_cli):
    write(tmp_path / "tqcheck.toml", "[quality]\nfail-under = 99\n")
    write(tmp_path / "a.md", "The strike mobilised 1,2 million people according to the unions.\n")
    proc = run_cli("check", "a.md", "--exit-zero")
    assert proc.returncode == 1 and b"is under 99" in proc.stderr
    assert run_cli("check", "a.md", "--exit-zero", "--fail-under-quality", "1").returncode == 0


def test_a_run_that_checked_no_document_did_not_pass():
    empty = assess([(report({}, []), Settings())])
    assert not empty.passed and empty.to_dict()["passed"] is False
    assert assess([(report({"a": 1000}, []), Settings())]).passed


def test_words_are_counted_only_where_the_score_is_read(tmp_path):
    """The runner counts a document's words unless told that no output or gate reads the score (``Mode.words``)."""
    from tqcheck.config import Config
    from tqcheck.runner import Mode, check_file

    path = write(tmp_path / "a.md", "The minister spoke on Monday about the plan.\n")
    assert check_file(str(path), Config(), Mode()).words == 8
    assert check_file(str(path), Config(), Mode(words=False)).words == 0
