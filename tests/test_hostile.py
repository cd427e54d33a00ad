"""Hostile and odd input, as a hostile user would try it: no traceback, one clear line, no stall.

Speed is measured in ``make bench`` (bench/bench_hostile.py), never here: these tests check
what the fast paths give, on inputs small enough for any machine.
"""

import json
import math
import os
import subprocess
import sys

import pytest

try:  # the property test needs hypothesis (the test extra); the others do not
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    st = None

from tqcheck import documents
from tqcheck.config import Config
from tqcheck.engine import Context, apply_fixes, fix_document, lint


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


@pytest.mark.parametrize("ends", ["\r", "\r\r\n", "\n\r"])
def test_lone_carriage_returns_in_markdown_end_to_end(tmp_path, run_cli, ends):
    """Old Mac line ends or CRLF converted twice: every file reported, the SARIF written, no traceback."""
    write(tmp_path / "a.md", ends.join(["# Title", "", "Once : twice.", "", "He said « yes »."]) + ends)
    write(tmp_path / "b.md", "Certain : yes.\n")
    proc = run_cli("check", "--format", "sarif", "-o", "out.sarif", "a.md", "b.md")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    results = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    where = sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]) for r in results)
    assert where == [("a.md", "TQ101"), ("a.md", "TQ101"), ("a.md", "TQ102"), ("b.md", "TQ102")]


def test_a_reader_bug_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    from tqcheck import runner
    from tqcheck.documents import markdown

    def broken(doc):
        raise KeyError("boom")

    monkeypatch.setattr(markdown, "parse_markdown", broken)
    f = write(tmp_path / "a.md", "x\n")
    g = write(tmp_path / "b.txt", "Certain : yes.\n")
    report = runner.run([str(f), str(g)], Config(), jobs=1)
    assert report.errors == [f"{f}: error: internal error in the markdown reader (KeyError: 'boom'); please report it"]
    assert [x.path for x in report.findings] == [str(g)]


def test_a_rule_bug_is_one_line_and_the_other_rules_findings_stand(tmp_path, monkeypatch):
    """A detector that fails is named in one error line (exit 2), with what it found before failing left out; the
    file's other findings are still reported, its suppressions are not said unused, it is not scored, and a fix
    run writes nothing: the rules that did not fail might on the text fixed."""
    from tqcheck import runner
    from tqcheck.rules.typography import spacing

    real = spacing.check

    def broken(doc, ctx):
        yield from real(doc, ctx)  # its findings first, then the bug
        raise KeyError("boom")

    monkeypatch.setattr(spacing, "check", broken)
    text = "He said « yes ». Once : twice.\n\nAgain : here. <!-- tqcheck: ignore TQ102 -->\n"
    f = write(tmp_path / "a.md", text)
    report = runner.run([str(f)], Config(), jobs=1)
    assert report.errors == [f"{f}: error: internal error in the typography.spacing rules (KeyError: 'boom'); "
                             "please report it"]
    # no TQ102 (the `Once :` it found before failing), no TQ100 for the suppression it never came to use
    assert [x.code for x in report.findings] == ["TQ101", "TQ101"]
    assert report.words == {}  # not scored
    fixed = runner.run([str(f)], Config(), runner.Mode(fix=True), jobs=1)
    assert fixed.errors == report.errors and fixed.findings == []
    assert f.read_text(encoding="utf-8") == text


def test_unclosed_tags_are_read(tmp_path, run_cli):
    """8 KB of ``<a <a``: read as text, as html.parser reads it at the end of a file (it is 80 KB in make bench)."""
    write(tmp_path / "a.html", "<p>He said « yes ».</p><p>" + "<a " * 2700)
    proc = run_cli("check", "--format", "json", "a.html")
    assert proc.returncode == 1
    assert [f["code"] for f in json.loads(proc.stdout)["findings"]] == ["TQ101", "TQ101"]


@pytest.mark.parametrize("args", [["--fail-under", "bleu=nan"], ["--fail-under", "chrf=inf"]])
def test_a_score_gate_must_be_a_number(args, tmp_path):
    from conftest import score_cli

    (tmp_path / "h.txt").write_text("a b c\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text("a b c\n", encoding="utf-8")
    result = score_cli(tmp_path / "h.txt", "-r", tmp_path / "r.txt", *args)
    assert result.exit_code == 2 and "must be a number" in result.output


def test_the_quality_gate_must_be_a_number(tmp_path, run_cli):
    write(tmp_path / "a.md", "Fine.\n")
    proc = run_cli("check", "--fail-under-quality", "nan", "a.md")
    assert proc.returncode == 2 and b"not nan" in proc.stderr


def test_quality_weights_must_be_numbers():
    from tqcheck.errors import ConfigError
    from tqcheck.rules import all_rules

    with pytest.raises(ConfigError, match="must be a number"):
        from tqcheck.config import from_mapping

        from_mapping({"quality": {"points": {"warning": math.nan}}}, list(all_rules()))


# ---- property: any mix of English, French typography, markup and line ends

PIECES = [
    "He", "said", "the", "union", "leader", "told", "Kiev", "Bakhmout", "Marsh", "14h30", "3,5", "12,34,56", "80,8080",
    "le", "la", "de", "café", "bourguignon", "«", "»", "‹", "›", "“", "”", "'", '"', ":", ";", "!", "?", ",", ".", "%",
    " ", " ", " ", "\u00a0", "\u202f", "\t", "\n", "\n\n", "\r", "\r\n", "\r\r\n", "-", "—", "*", "_", "`y`", "[a](b)",
    "![i](j)", "<code>x</code>", "<kbd>k</kbd>", "&raquo;", "&#187;", "&amp;", "&nbsp;", "<a href='x'>", "</a>",
    "<p>", "</p>", "<nav>", "</nav>", "<!-- tqcheck: ignore -->", "<!--", "-->", "<a ", "<![CDATA[", "# ", "> ",
    "- ", "1. ", "<", ">", "&", "\\", "%2e", "00:01:02,000", "A. M.", ":)", "!=",
    "{", "}", "{x}", "{/* tqcheck: ignore */}", "<T a={1}>", "</T>", "import a from 'b'\n", ":::note\n", "    ",
]


def _property(test):
    if st is None:
        return pytest.mark.skip(reason="hypothesis is not installed (pip install -e '.[test]')")(
            lambda: None)
    texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
    test = given(texts, st.sampled_from(["text", "markdown", "html", "mdx", "rmarkdown"]), st.booleans())(test)
    return settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)(test)


@_property
def test_any_document_reads_lints_and_fixes_cleanly(text, fmt, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    decoded, encoding, had_bom, _exact, _warning = documents.decode(data, "x", fmt)
    assert decoded == text and had_bom == bom and encoding == "utf-8"
    doc = documents.parse(text, path="x", fmt=fmt)
    for seg in doc.segments:  # every character maps inside the file
        assert all(0 <= seg.offset(i) < seg.end_offset(i) <= len(text) for i in range(len(seg.text)))
    ctx = Context(Config())
    findings = lint(doc, ctx).findings
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text) and f.span == text[f.start:f.end]
        if f.fix is not None:
            start, end = f.edit_range
            assert start <= f.end and end >= f.start, "a fix edits what its finding reports"
            assert not doc.touches_opaque(start, end)
    fixed_doc, _, _ = fix_document(doc, ctx, unsafe=False)
    again, count = apply_fixes(fixed_doc.text, lint(fixed_doc, ctx).findings, unsafe=False)
    assert again == fixed_doc.text, "fixing a fixed text changes nothing"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux) to fail a write")
def test_a_report_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, run_cli):
    """Not a traceback and exit 1, which CI reads as findings (`tqcheck check - --fix > out` kept half a text)."""
    write(tmp_path / "a.md", "He said « hi ».\n")
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--isolated", "a.md"], cwd=tmp_path,
                              stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 2 and proc.stderr.decode().strip() == "tqcheck: error: cannot write the output (No space left on device)"


def test_a_bug_is_one_line_and_its_own_exit_status(tmp_path):
    code = "import tqcheck.console as c\ndef main(**_): raise KeyError('boom')\nc.main = main\nc.run()"
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True)
    assert proc.returncode == 3 and proc.stderr.decode().count("\n") == 1
    assert proc.stderr.decode().startswith("tqcheck: internal error: KeyError: 'boom'")


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 needs a byte file system")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "gitlab", "github"])
def test_a_file_name_that_is_not_utf8_is_reported_escaped(tmp_path, run_cli, fmt):
    (tmp_path / "d").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "d"), b"x\xff.md"), "wb") as handle:
        handle.write("He said « hi ».\n".encode())
    proc = run_cli("check", "--isolated", "--format", fmt, "-o", "out", "d")
    assert proc.returncode == 1 and not proc.stderr, proc.stderr
    out = (tmp_path / "out").read_bytes().decode("utf-8")  # valid UTF-8, whatever the name
    assert ("x%FF.md" if fmt == "sarif" else "x\\udcff.md") in out
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_lone_carriage_return_ends_a_line_in_every_format(fmt):
    # plain text counted only LF: line 1, column 36, where the language server (and SARIF) says line 3
    text = "Fine line.\rSecond line ok.\rHe said « hi ».\r"
    if fmt == "html":
        text = "<p>Fine line.\r</p><p>Second line ok.\r</p><p>He said « hi ».</p>\r"
    doc = documents.parse(text, fmt=fmt)
    found = [(f.line, f.column) for f in lint(doc, Context(Config(select=["TQ101"]))).findings]
    column = 16 if fmt == "html" else 9  # html: after `</p><p>He said `
    assert found == [(3, column), (3, column + 5)]
