"""``tqcheck report``: one self-contained HTML file; findings in place; hostile text stays text."""

import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from tqcheck.config import Config
from tqcheck.findings import Finding, Fix
from tqcheck.report.marks import highlight
from tqcheck.rules import all_rules
from tqcheck.runner import check_files

PWNED = "document.title='PWNED'"
HOSTILE_TEXT = (f"Le ministre a dit « <script>{PWNED}</script> » selon les syndicats.\n"
                f'Then "><img src=x onerror="{PWNED}"> counted 1,5 million people.\n')
# the elements the report itself writes
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav", "span",
             "label", "input", "main", "section", "div", "svg", "rect", "text", "line", "figure", "figcaption",
             "details", "summary", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "a", "b", "ol", "li",
             "mark", "del", "ins", "i", "em", "footer", "script", "ul"}
HOSTILE_NAMES = (f'"><img src=x onerror="{PWNED}">.txt', f"<script>{PWNED}.txt")


class Page(HTMLParser):
    """Every element, attribute and piece of text of a page, as a browser's tokenizer sees them."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.data = [], [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)

    @property
    def text(self):
        return "".join(self.data)


class TextOf(HTMLParser):
    """The text of the ``div.text`` of one document section and the ranges its ``<mark>``s cover."""

    def __init__(self, html, section_id):
        super().__init__(convert_charrefs=True)
        self.section, self.inside, self.depth = section_id, False, 0
        self.in_section, self.text, self.marks, self.open = False, "", [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.in_section = attrs.get("id") == self.section
        if self.in_section and tag == "div" and attrs.get("class") == "text":
            self.inside, self.depth = True, 0
        elif self.inside:
            self.depth += tag in ("div",)
            if tag == "mark":
                self.open.append((len(self.text), attrs))

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "mark":
            start, attrs = self.open.pop()
            self.marks.append((start, len(self.text), attrs))
        elif tag == "div":
            if self.depth == 0:
                self.inside = False
            self.depth -= 1

    def handle_data(self, data):
        if self.inside:
            self.text += data


def report(run_cli, *args, cwd=None):
    proc = run_cli("report", *args, cwd=cwd)
    return proc


def test_report_for_the_sample_corpus(tmp_path, run_cli):
    out = tmp_path / "report.html"
    proc = report(run_cli, "corpora/mt", "-r", "corpora/ref", "-o", out, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert f"wrote {out}".encode() in proc.stderr
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    # self-contained: one inline script, inline style, nothing fetched
    assert page.tags.count("script") == 1 and page.tags.count("style") == 1
    assert not {"link", "img", "iframe", "object", "embed"} & set(page.tags)
    for tag, attrs in page.attrs:
        assert not any(attrs.get(a, "").startswith(("http:", "https:", "//")) for a in ("src", "href")), (tag, attrs)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html
    # the documents, worst first, with BLEU and chrF++ beside the quality score
    order = re.findall(r'<section class="doc \w+" id="doc-\d+"><header class="doc-head"><span class="rank">#\d+</span>'
                       r"<h3>([^<]+)</h3><span class=\"pill big \w+\">([\d.]+)</span>", html)
    assert [p for p, _ in order] == ["corpora/mt/strike.md", "corpora/mt/bakhmut.md", "corpora/mt/lighthouse.md"]
    assert [float(s) for _, s in order] == sorted(float(s) for _, s in order)
    assert "BLEU" in page.text and "chrF2++" in page.text
    assert page.tags.count("svg") == 3  # by category, by rule, score distribution
    # filters by category and severity, the formula, rule docs for the rules found
    boxes = [a for t, a in page.attrs if t == "input"]
    assert {a["value"] for a in boxes if a["data-filter"] == "sev"} == {"warning", "info"}
    assert {"typography", "untranslated", "locale-format"} <= {a["value"] for a in boxes if a["data-filter"] == "cat"}
    assert "100 × (1 − penalty ÷ words)" in page.text
    assert 'id="rule-TQ101"' in html and "What it does" in page.text
    # a suggested fix: `1,2` -> `1.2`
    assert "<del>1,2</del> → <ins>1.2</ins>" in html


def test_findings_are_highlighted_at_their_offsets(tmp_path, run_cli):
    out = tmp_path / "r.html"
    assert report(run_cli, "corpora/mt/bakhmut.md", "--isolated", "-o", out, cwd=ROOT).returncode == 0
    html = out.read_text(encoding="utf-8")
    source = (ROOT / "corpora/mt/bakhmut.md").read_text(encoding="utf-8")
    shown = TextOf(html, "doc-0")
    assert shown.text == source  # the whole file, every character, in order
    findings = check_files([str(ROOT / "corpora/mt/bakhmut.md")], Config(), jobs=1).findings  # as the report's
    assert len(findings) >= 10
    for i, f in enumerate(findings):
        covered = [(a, b) for a, b, attrs in shown.marks if f"d0f{i}" in attrs["data-ids"].split()]
        assert covered, (f.code, f.span)
        assert (covered[0][0], covered[-1][1]) == (f.start, f.end), (f.code, f.span)
        assert "".join(shown.text[a:b] for a, b in covered) == source[f.start:f.end]


def test_overlapping_and_empty_spans():
    text = "a « b » c"
    findings = [
        Finding("x", 1, 3, 1, 4, "TQ101", "typography", "warning", "guillemet", "«", Fix("“"), start=2, end=3),
        Finding("x", 1, 3, 1, 6, "TQ401", "untranslated", "error", "french", "« b", None, start=2, end=5),
        Finding("x", 1, 9, 1, 9, "TQ102", "typography", "info", "here", "", None, start=9, end=9),
    ]
    html = highlight(text, findings, [(0, len(text))], all_rules(), "p")
    shown = TextOf(f'<section id="s"><div class="text">{html}</div></section>', "s")
    assert shown.text == text
    pieces = [(text[a:b], attrs["data-ids"], attrs["class"]) for a, b, attrs in shown.marks]
    assert ("«", "p0 p1", "f c-untranslated s-error") in pieces  # the most severe finding colours it
    assert (" b", "p1", "f c-untranslated s-error") in pieces
    assert ("", "p2", "f c-typography s-info") in pieces  # a caret at the end
    assert "TQ101 french-guillemets [warning]: guillemet\nfix (safe): `“`\nTQ401 untranslated-fragment" in \
        next(attrs["data-tip"] for a, b, attrs in shown.marks if attrs["data-ids"] == "p0 p1")


def write_hostile(folder):
    folder.mkdir()
    for name in HOSTILE_NAMES:
        (folder / name).write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder


def test_hostile_text_and_file_names_inject_nothing(tmp_path, run_cli):
    folder = write_hostile(tmp_path / "articles")
    out = tmp_path / "r.html"
    proc = report(run_cli, "articles", "--isolated", "-o", out, "--title", "<marquee>Week 12</marquee>")
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    assert set(page.tags) <= PAGE_TAGS, set(page.tags) - PAGE_TAGS
    assert page.tags.count("script") == 1
    assert not [(t, k) for t, attrs in page.attrs for k in attrs if k.startswith("on")]
    # shown as text, character for character
    for name in HOSTILE_NAMES:
        assert os.path.join("articles", name) in page.text
    assert f"<script>{PWNED}</script>" in page.text and f'"><img src=x onerror="{PWNED}">' in page.text
    assert "<marquee>Week 12</marquee>" in page.text
    # and the hostile text sits inside highlighted findings (escaped in attributes too)
    tips = [a.get("data-tip", "") for t, a in page.attrs if t == "mark"]
    assert any("«" in tip for tip in tips) and folder.exists()


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium on this machine (apt-get install chromium): the browser test is skipped")


def browse(exe, tmp_path, url, *mode):
    proc = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--hide-scrollbars", *mode, url],
        capture_output=True, timeout=120)
    return proc


def test_in_a_real_browser_hostile_text_runs_nothing(tmp_path, run_cli):
    exe = chromium()
    # the harness sees a script that runs: a control page changes its title
    control = tmp_path / "control.html"
    control.write_text(f"<title>clean</title><script>{PWNED}</script>", encoding="utf-8")
    dom = browse(exe, tmp_path, control.as_uri(), "--dump-dom").stdout.decode()
    assert "<title>PWNED</title>" in dom
    write_hostile(tmp_path / "articles")
    out = tmp_path / "r.html"
    assert report(run_cli, "articles", "--isolated", "-o", out, "--title", "Hostile").returncode == 0
    dom = browse(exe, tmp_path, out.as_uri(), "--dump-dom").stdout.decode()
    assert 'data-ready="1"' in dom  # the page's own script ran...
    assert "<title>Hostile</title>" in dom and "PWNED</title>" not in dom  # ...and no other did
    page = Page(dom)
    assert "img" not in page.tags and page.tags.count("script") == 1
    assert f"<script>{PWNED}</script>" in page.text
    shot = tmp_path / "report.png"
    browse(exe, tmp_path, out.as_uri(), "--window-size=1280,1600", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1280, 1600)
    assert len(data) > 20_000  # a page was drawn, not a blank one
    keep = os.environ.get("TQCHECK_SCREENSHOTS")
    if keep:
        shutil.copy(shot, os.path.join(keep, "report-hostile.png"))


def test_quality_gate_still_writes_the_report(tmp_path, run_cli):
    out = tmp_path / "r.html"
    proc = report(run_cli, "corpora/mt", "--fail-under-quality", "90", "-o", out, cwd=ROOT)
    assert proc.returncode == 1 and b"is under 90" in proc.stderr and out.exists()
    proc = report(run_cli, "corpora/ref", "--fail-under-quality", "90", "-o", out, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_quality_gate_from_the_configuration(tmp_path, run_cli):
    (tmp_path / "tqcheck.toml").write_text("[quality]\nfail-under = 99\npass-mark = 98\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("The strike mobilised 1,2 million people.\n", encoding="utf-8")
    proc = report(run_cli, "a.md", "-o", "r.html")
    assert proc.returncode == 1 and b"is under 99 (fail-under)" in proc.stderr
    page = Page((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "below the pass mark 98 · gate 99" in page.text
    assert report(run_cli, "a.md", "-o", "r.html", "--fail-under-quality", "5").returncode == 0


def test_unreadable_files_are_listed_and_exit_2(tmp_path, run_cli):
    (tmp_path / "good.md").write_text("Selon les syndicats, 1,5 million people marched.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"caf\xe9\n")
    proc = report(run_cli, "good.md", "bad.md", "missing.md", "--isolated", "-o", "r.html")
    assert proc.returncode == 2
    assert b"bad.md: error: not valid UTF-8 at byte 3" in proc.stderr and b"Traceback" not in proc.stderr
    page = Page((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "bad.md: error: not valid UTF-8 at byte 3" in page.text and "missing.md: error:" in page.text
    assert "good.md" in page.text


@pytest.mark.parametrize("args, message", [
    (("a.md", "b.md", "-r", "ref"), b"-r/--reference pairs with one PATH"),
    (("-",), b"not standard input"),
    (("a.md", "--select", "XX1"), b"unknown rule code or prefix 'XX1'"),
    (("a.md", "--fail-under-quality", "-3"), b"--fail-under-quality"),
    (("a.md", "-r", "nowhere.md"), b"nowhere.md: error: no such file"),
])
def test_usage_errors(tmp_path, run_cli, args, message):
    (tmp_path / "a.md").write_text("Fine.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Fine.\n", encoding="utf-8")
    proc = report(run_cli, *args)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert b"Traceback" not in proc.stderr and not (tmp_path / "report.html").exists()


def test_the_script_builds_no_markup_from_strings():
    script = (ROOT / "tqcheck" / "report" / "static" / "report.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", script)


def test_output_to_standard_output(tmp_path, run_cli):
    proc = report(run_cli, str(ROOT / "corpora" / "ref"), "-o", "-")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"<!DOCTYPE html>") and proc.stdout.rstrip().endswith(b"</html>")
    assert b"wrote standard output: 3 documents, quality 100.00" in proc.stderr
    assert not list(tmp_path.iterdir())


def test_a_report_that_checked_nothing_fails_as_check_does(tmp_path, run_cli):
    # it wrote "0 documents, quality 100.00 (pass 99)" and exited 0: a CI job passed having checked nothing
    (tmp_path / "empty").mkdir()
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "a.pdf").write_bytes(b"%PDF")
    for folder in ("empty", "pdfs"):
        proc = report(run_cli, folder, "-o", "r.html", "--fail-under-quality", "99")
        assert proc.returncode == 2, proc.stderr
        assert f"nothing checked: no file to check in {folder}" in proc.stderr.decode()
        assert not (tmp_path / "r.html").exists()


def test_the_report_never_checks_or_replaces_a_text(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("He said « hi ».\n", encoding="utf-8")
    for _ in range(2):  # the second run found the first one's report.html and scored it as a document
        proc = report(run_cli, ".", "--isolated")
        assert proc.returncode == 0 and "wrote" in proc.stderr.decode() and " 1 documents" in proc.stderr.decode()
    proc = report(run_cli, "a.md", "--isolated", "-o", "a.md")
    assert proc.returncode == 2 and "a.md: error: the report file is one of the files to check" in proc.stderr.decode()
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "He said « hi ».\n"
