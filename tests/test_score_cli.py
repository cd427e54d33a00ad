"""``tqcheck score`` through its click command: inputs, formats, gates, config, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import score_cli, wmt_lines, write_line_files

sacrebleu = pytest.importorskip("sacrebleu")
from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402

from tqcheck.scoring.command import TOKENIZERS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
N = 120  # lines of WMT13 used here: enough for real scores, fast


def wmt(name, n=N):
    return wmt_lines(name, n)


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Two systems, two references and the source, as line files, in a folder without configuration."""
    monkeypatch.chdir(tmp_path)
    data = {
        "ref.en": wmt("newstest2013-ref.en"),
        "ref2.en": wmt("system-outputs/newstest2013.fr-en.online-B"),
        "sysA.en": wmt("system-outputs/newstest2013.fr-en.uedin-wmt13.2838"),
        "sysB.en": wmt("system-outputs/newstest2013.fr-en.rbmt-1"),
        "src.fr": wmt("newstest2013-src.fr"),
    }
    return write_line_files(tmp_path, data)


invoke = score_cli


def one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def with_tqcheck(line):
    head, _, tail = line.partition(" = ")
    return f"{head}|tqcheck:0.2.0 = {tail}"


# ------------------------------------------------------------------ imports and options


def test_importing_the_command_imports_no_metric_library():
    code = ("import sys, tqcheck.scoring.command; "
            "heavy = [m for m in ('sacrebleu', 'torch', 'transformers', 'sentencepiece', 'numpy') if m in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_tokenizer_choices_are_sacrebleus():
    assert set(TOKENIZERS) == set(BLEU.TOKENIZERS)


# ------------------------------------------------------------------------ line files


def test_line_files_print_sacrebleus_lines_with_two_references(files):
    result = invoke("sysA.en", "-r", "ref.en", "-r", "ref2.en", "-m", "bleu,chrf++,ter")
    assert result.exit_code == 0, result.output
    hyp, refs = files["sysA.en"], [files["ref.en"], files["ref2.en"]]
    out = result.stdout.splitlines()
    assert out[0] == f"sysA.en: {N} segments, 2 references"
    for metric in (BLEU(), CHRF(word_order=2), TER()):
        expected = metric.corpus_score(hyp, refs)
        line = with_tqcheck(expected.format(width=1, signature=metric.get_signature().format()))
        assert line in out
    assert result.stderr == ""  # no progress bar: standard error is not a terminal


def test_sacrebleu_options_reach_the_metrics(files):
    result = invoke("sysA.en", "-r", "ref.en", "-m", "bleu,chrf", "-tok", "intl", "-lc", "--smooth-method",
                    "floor", "--chrf-word-order", "1", "--chrf-beta", "1", "-w", "3")
    assert result.exit_code == 0, result.output
    bleu = BLEU(tokenize="intl", lowercase=True, smooth_method="floor")
    chrf = CHRF(word_order=1, beta=1)
    for metric in (bleu, chrf):
        expected = metric.corpus_score(files["sysA.en"], [files["ref.en"]])
        assert with_tqcheck(expected.format(width=3, signature=metric.get_signature().format())) in result.stdout
    assert "tok:intl" in result.stdout and "case:lc" in result.stdout and "chrF1+ " not in result.stdout


def test_worst_segments_are_ranked_by_sentence_chrf_and_show_the_source(files):
    result = invoke("sysB.en", "-r", "ref.en", "--src", "src.fr", "--worst", "3", "-m", "bleu,chrf")
    assert result.exit_code == 0, result.output
    chrf = CHRF()
    scores = [chrf.sentence_score(h, [r]).score for h, r in zip(files["sysB.en"], files["ref.en"])]
    worst = sorted(range(N), key=lambda i: (scores[i], i))[:3]
    out = result.stdout
    assert "The 3 lowest-scoring segments by sentence chrF2" in out
    positions = [out.index(f"line {i + 1}  BLEU") for i in worst]
    assert positions == sorted(positions)
    assert f"  src: {files['src.fr'][worst[0]]}" in out
    assert f"  hyp: {files['sysB.en'][worst[0]]}" in out


def test_worst_by_ter_ranks_the_highest_error_rates_first(files):
    result = invoke("sysB.en", "-r", "ref.en", "--worst", "2", "--worst-by", "ter", "-m", "bleu")
    assert result.exit_code == 0, result.output
    assert "The 2 highest-scoring segments by sentence TER" in result.stdout
    assert "TER|" in result.stdout  # --worst-by adds its metric


def test_markdown_table(files):
    result = invoke("sysA.en", "sysB.en", "-r", "ref.en", "-m", "bleu,chrf", "-f", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "| system | segments | BLEU | chrF2 |" in lines
    assert "|---|--:|--:|--:|" in lines
    expected = BLEU().corpus_score(files["sysA.en"], [files["ref.en"]]).score
    assert f"| `sysA.en` | {N} | {expected:.1f} |" in result.stdout
    assert "BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" in result.stdout


# ----------------------------------------------------------------------------- JSON


def validate(data):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tqcheck" / "schemas" / "score.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


def test_json_carries_corpus_document_and_segment_scores_and_matches_the_schema(files):
    result = invoke("sysA.en", "-r", "ref.en", "-m", "bleu,chrf,ter", "-f", "json", "--worst", "2",
                    "--src", "src.fr", "--fail-under", "bleu=5")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    system = data["systems"][0]
    expected = BLEU().corpus_score(files["sysA.en"], [files["ref.en"]])
    assert system["corpus"]["bleu"]["score"] == expected.score
    assert system["corpus"]["bleu"]["details"]["counts"] == expected.counts
    assert len(system["segments"]) == N
    seg = system["segments"][7]
    assert seg["scores"]["chrf"] == CHRF().sentence_score(files["sysA.en"][7], [files["ref.en"][7]]).score
    assert seg["scores"]["bleu"] == sacrebleu.sentence_bleu(files["sysA.en"][7], [files["ref.en"][7]]).score
    assert system["documents"][0]["scores"]["bleu"] == expected.score
    assert system["worst"]["by"] == "chrf" and system["worst"]["segments"][0]["src"]
    assert data["gates"] == [{"system": "sysA.en", "metric": "bleu", "kind": "fail-under", "threshold": 5.0,
                              "score": expected.score, "passed": True}]
    assert data["passed"] is True


def test_a_schema_violation_is_caught():
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(jsonschema.ValidationError):
        validate({"tqcheck": "0.2.0", "mode": "lines"})


# -------------------------------------------------------------------------- gates


def test_fail_under_gate_exits_1_and_names_the_gate(files):
    bleu = BLEU().corpus_score(files["sysB.en"], [files["ref.en"]]).score
    passed = invoke("sysB.en", "-r", "ref.en", "--fail-under", f"bleu={bleu - 1:.1f},chrf=10")
    assert passed.exit_code == 0, passed.output
    failed = invoke("sysB.en", "-r", "ref.en", "--fail-under", f"bleu={bleu + 1:.1f},chrf=10")
    assert failed.exit_code == 1
    assert failed.stdout  # the report is still printed
    assert failed.stderr.strip() == (f"tqcheck: sysB.en: BLEU {bleu:.2f} < {bleu + 1:.1f}: "
                                     f"gate --fail-under bleu={bleu + 1:.1f} failed")


def test_fail_over_gate_for_ter(files):
    assert invoke("sysB.en", "-r", "ref.en", "-m", "bleu", "--fail-over", "ter=20").exit_code == 1
    assert invoke("sysB.en", "-r", "ref.en", "-m", "bleu", "--fail-over", "ter=200").exit_code == 0
    one_line_error(invoke("sysB.en", "-r", "ref.en", "--fail-under", "ter=60"), "lower is better", "--fail-over")


@pytest.mark.parametrize("gate, fragment", [("bleu", "METRIC=NUMBER"), ("bleu=x", "METRIC=NUMBER"),
                                            ("blue=3", "unknown metric 'blue'")])
def test_bad_gates_are_usage_errors(files, gate, fragment):
    line = one_line_error(invoke("sysA.en", "-r", "ref.en", "--fail-under", gate), fragment)
    assert line.startswith("tqcheck: error:")


def test_gates_and_metrics_from_pyproject(files, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqcheck.score]\nmetrics = ["bleu"]\nfail-under = {bleu = 99, chrf = 1}\n', encoding="utf-8")
    result = invoke("sysA.en", "-r", "ref.en")
    assert result.exit_code == 1
    assert "gate --fail-under bleu=99 failed" in result.stderr
    assert "chrF2|" in result.stdout  # a gate's metric is computed even when not listed
    assert "TER|" not in result.stdout  # metrics from the configuration
    # the command line replaces the configuration's fail-under table
    assert invoke("sysA.en", "-r", "ref.en", "--fail-under", "bleu=1").exit_code == 0


def test_tqcheck_toml_score_table_found_from_a_subfolder(files, tmp_path, monkeypatch):
    (tmp_path / "tqcheck.toml").write_text('exclude = ["src"]\n[score]\nfail-over = {ter = 1}\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    result = invoke("../sysA.en", "-r", "../ref.en", "-m", "bleu")
    assert result.exit_code == 1 and "gate --fail-over ter=1 failed" in result.stderr


def test_unknown_config_key_is_an_error_naming_the_key(files, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck.score]\nfail-undr = {bleu = 3}\n', encoding="utf-8")
    line = one_line_error(invoke("sysA.en", "-r", "ref.en"), "pyproject.toml: error:", "'fail-undr'")
    assert "[tool.tqcheck.score]" in line


# ---------------------------------------------------------------------- bad input


def test_different_line_counts(files, tmp_path):
    (tmp_path / "short.en").write_text("\n".join(files["sysA.en"][:-1]) + "\n", encoding="utf-8")
    one_line_error(invoke("short.en", "-r", "ref.en"), "short.en has 119 lines", f"ref.en has {N}")
    one_line_error(invoke("sysA.en", "-r", "ref.en", "-r", "short.en"), f"sysA.en has {N} lines", "short.en has 119")


def test_empty_file(files, tmp_path):
    (tmp_path / "empty.en").write_text("", encoding="utf-8")
    assert one_line_error(invoke("empty.en", "-r", "ref.en")) == "empty.en: error: empty file"
    assert one_line_error(invoke("sysA.en", "-r", "empty.en")) == "empty.en: error: empty file"


def test_missing_reference(files):
    assert one_line_error(invoke("sysA.en", "-r", "nope.en")) == "nope.en: error: no such file or folder"


def test_invalid_utf8_names_the_file_and_byte(files, tmp_path):
    (tmp_path / "latin1.en").write_bytes("Un café\n".encode("latin-1"))
    assert one_line_error(invoke("latin1.en", "-r", "ref.en")) == "latin1.en: error: not valid UTF-8 at byte 6"


def test_no_reference_for_a_reference_based_metric(files):
    one_line_error(invoke("sysA.en"), "bleu needs a reference")


def test_downloading_tokenizers_are_refused(files):
    one_line_error(invoke("sysA.en", "-r", "ref.en", "-tok", "flores200"), "never downloads")
    one_line_error(invoke("sysA.en", "-r", "ref.en", "-tok", "spm"), "--spm-model", "never downloads")


def test_unknown_metric(files):
    one_line_error(invoke("sysA.en", "-r", "ref.en", "-m", "bleu,meteor"), "unknown metric 'meteor'")


# ------------------------------------------------------------------ folders of articles


@pytest.fixture
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    texts = {
        "mt/a.md": "# A title\n\nThe cat sat on the mat today.\n\nIt was a fine day, `code` aside.\n",
        "ref/a.md": "# The title\n\nThe cat sat on the mat.\n\nIt was a nice day.\n",
        "mt/b.html": "<p>One paragraph only, in short.</p>",
        "ref/b.html": "<p>First paragraph here.</p><p>And a second one.</p>",
        "mt/sub/c.txt": "Plain text, one paragraph.\n",
        "ref/sub/c.txt": "Plain text, a paragraph.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_folders_are_paired_by_name_and_scored_per_document(articles):
    result = invoke("mt", "-r", "ref", "-m", "bleu,chrf", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    system = data["systems"][0]
    docs = {d["name"]: d for d in system["documents"]}
    assert list(docs) == ["a.md", "b.html", "sub/c.txt"]
    assert docs["a.md"]["aligned"] and docs["a.md"]["segments"] == 3
    assert not docs["b.html"]["aligned"] and docs["b.html"]["segments"] == 1
    hyps = ["A title", "The cat sat on the mat today.", "It was a fine day, aside.",
            "One paragraph only, in short.", "Plain text, one paragraph."]
    refs = ["The title", "The cat sat on the mat.", "It was a nice day.",
            "First paragraph here. And a second one.", "Plain text, a paragraph."]
    assert system["corpus"]["bleu"]["score"] == BLEU().corpus_score(hyps, [refs]).score
    assert docs["a.md"]["scores"]["chrf"] == CHRF().corpus_score(hyps[:3], [refs[:3]]).score
    assert docs["b.html"]["scores"]["chrf"] == CHRF().sentence_score(hyps[3], [refs[3]]).score


def test_folder_text_report_has_a_document_table(articles):
    result = invoke("mt", "-r", "ref", "-m", "bleu,chrf")
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert out[0] == "mt: 5 segments in 3 documents, 1 reference"
    assert out[2].split() == ["document", "segments", "BLEU", "chrF2"]
    assert out[4].split()[:3] == ["b.html", "1", "(whole)"]
    assert out[6].split()[:2] == ["corpus", "5"]
    assert any(line.startswith("BLEU|nrefs:1|") for line in out)


def test_a_missing_reference_article_is_an_error(articles):
    (articles / "ref" / "sub" / "c.txt").unlink()
    line = one_line_error(invoke("mt", "-r", "ref"))
    assert line == f"{Path('ref/sub/c.txt')}: error: missing reference for {Path('mt/sub/c.txt')}"


def test_a_reference_without_translation_is_an_error(articles):
    (articles / "ref" / "d.md").write_text("Extra.\n", encoding="utf-8")
    one_line_error(invoke("mt", "-r", "ref"), "d.md: error: reference without a translation")


def test_a_folder_hypothesis_with_a_file_reference_is_an_error(articles):
    (articles / "ref.en").write_text("x\n", encoding="utf-8")
    one_line_error(invoke("mt", "-r", "ref.en"), "ref.en: error: is a file")


def test_the_sample_corpus(monkeypatch):
    if not (ROOT / "corpora" / "mt").is_dir():
        pytest.skip("no sample corpus")
    monkeypatch.chdir(ROOT)
    result = invoke("corpora/mt", "-r", "corpora/ref", "-m", "bleu,chrf++")
    assert result.exit_code == 0, result.output
    assert "corpus" in result.stdout and "BLEU|nrefs:1|" in result.stdout


# ------------------------------------------------------------------ significance


@pytest.mark.parametrize("test, code, samples", [("paired-bootstrap", "bs", 200), ("approx-randomization", "ar", 500)])
def test_compare_gives_sacrebleus_paired_test_results(files, test, code, samples):
    from sacrebleu.significance import PairedTest

    result = invoke("sysA.en", "sysB.en", "-r", "ref.en", "-m", "bleu,chrf", "--compare", test,
                    "--n-samples", samples, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    comparison = data["comparison"]
    paired = PairedTest([("sysA.en", files["sysA.en"]), ("sysB.en", files["sysB.en"])],
                        {"bleu": BLEU(), "chrf": CHRF()}, [files["ref.en"]], test_type=code, n_samples=samples,
                        n_ar_confidence=1000 if code == "ar" else -1)
    signatures, expected = paired()
    assert comparison["baseline"] == "sysA.en" and comparison["samples"] == samples
    for name in ("BLEU", "chrF2"):
        for system, want in zip(comparison["systems"], expected[name]):
            got = system["results"][name]
            assert got["score"] == want.score
            assert got["p_value"] == want.p_value
            assert got["mean"] == pytest.approx(want.mean) and got["ci"] == pytest.approx(want.ci)
        assert comparison["signatures"][name] == signatures[name].format() + "|tqcheck:0.2.0"
    assert comparison["systems"][1]["results"]["BLEU"]["p_value"] < 0.05


def test_compare_text_report(files):
    result = invoke("sysA.en", "sysB.en", "-r", "ref.en", "-m", "bleu", "--compare", "paired-bootstrap",
                    "--n-samples", "100")
    assert result.exit_code == 0, result.output
    assert "Significance: paired bootstrap resampling (100 samples), baseline sysA.en" in result.stdout
    assert "baseline: sysA.en" in result.stdout and "*" in result.stdout


def test_compare_needs_two_systems(files):
    one_line_error(invoke("sysA.en", "-r", "ref.en", "--compare", "paired-bootstrap"), "two or more systems")


def test_confidence_interval(files):
    result = invoke("sysA.en", "-r", "ref.en", "-m", "bleu", "--confidence", "--confidence-n", "100")
    assert result.exit_code == 0, result.output
    metric = BLEU()
    expected = metric.corpus_score(files["sysA.en"], [files["ref.en"]], n_bootstrap=100)
    assert with_tqcheck(expected.format(width=1, signature=metric.get_signature().format())) in result.stdout


# ------------------------------------------------------------------ messages on stderr


def test_tokenized_input_warns_once_unless_forced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hyp.en").write_text("".join(f"Sentence number {i} .\n" for i in range(120)), encoding="utf-8")
    (tmp_path / "ref.en").write_text("".join(f"Sentence number {i}.\n" for i in range(120)), encoding="utf-8")
    warned = invoke("hyp.en", "-r", "ref.en", "-m", "bleu")
    assert warned.exit_code == 0
    assert warned.stderr.count("tqcheck: warning:") == 1 and "tokenized period" in warned.stderr
    assert invoke("hyp.en", "-r", "ref.en", "-m", "bleu", "--force").stderr == ""


def test_progress_bar_only_on_a_terminal(monkeypatch):
    from tqcheck.scoring import command

    class Terminal:
        def isatty(self):
            return True

        def write(self, text):
            pass

        def flush(self):
            pass

    assert command._progress_factory() is None  # pytest captures standard error: not a terminal
    monkeypatch.setattr(command.sys, "stderr", Terminal())
    factory = command._progress_factory()
    with factory(10, "scoring") as bar:
        bar.update(10)


def test_a_tokenizer_without_its_package_is_a_clean_error(files):
    try:
        import MeCab  # noqa: F401
    except ImportError:
        one_line_error(invoke("sysA.en", "-r", "ref.en", "-m", "bleu", "-tok", "ja-mecab"), "--tokenize ja-mecab")
    else:
        pytest.skip("MeCab is installed")


def test_source_folder_is_shown_with_the_worst_segments(articles):
    (articles / "src" / "sub").mkdir(parents=True)
    (articles / "src" / "a.md").write_text("# Un titre\n\nLe chat était sur le tapis.\n\nBelle journée.\n",
                                           encoding="utf-8")
    (articles / "src" / "b.html").write_text("<p>Un seul paragraphe.</p>", encoding="utf-8")
    (articles / "src" / "sub" / "c.txt").write_text("Texte brut.\n", encoding="utf-8")
    result = invoke("mt", "-r", "ref", "--src", "src", "--worst", "5", "-m", "chrf")
    assert result.exit_code == 0, result.output
    assert "b.html (whole)  chrF2" in result.stdout
    assert "  src: Le chat était sur le tapis." in result.stdout
    (articles / "src" / "sub" / "c.txt").unlink()
    one_line_error(invoke("mt", "-r", "ref", "--src", "src"), "missing source for")
