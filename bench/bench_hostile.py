"""Hostile input in `tqcheck check`: time that grows with the input, and memory bounded by the findings.

1. HTML the standard library's parser cannot close (80 KB of ``<a <a``, of ``<!--``...): seconds each
   (target: under 10 s; html.parser alone took about a minute);
2. scaling: 1, 4 and 16 MB of real MT output (WMT13, with its findings), on one line and on many
   lines: CPU seconds, the ratio to the 1 MB run (target: one line 1 -> 4 MB within 6x) and peak memory;
3. 10 MB of Markdown emphasis with no finding: CPU seconds and peak memory (it took 2.9 GB);
4. subtitles: a line of 200,000 spaces, a cue of 40,000 `!`, an ASS event of 200,000 `{` (target: under 2 s each;
   the first SubRip reader took minutes, the first ASS reader a minute for the braces);
5. an Android string of about 3 MB (target: under 5 s: linear);
6. translation files and office documents of 20,000 short strings or paragraphs (Qt, .resx, string catalogs,
   CSV, Word, Excel): CPU seconds and peak memory (target: under 20 s and 1 GB each; 10,000 paragraphs took 721 MB
   before a short text's keyword misses were dropped);
7. documentation sources and suppression comments, each construct at N and 2N (LaTeX footnotes, comments on
   lone-CR lines, unclosed groups after \\verb; AsciiDoc footnotes and terms; 8,000 `ignore` and `disable`/`enable`
   comments; MDX's unclosed braces, lines of unclosed tags and ESM in an unclosed code block; a PHP string and an INI
   value of many findings; Fluent lines just under its limit; a JSON string of one 32,000-letter word): CPU seconds
   and the ratio (target: linear, 2N within 3x; the first versions were quadratic);
8. `--source` on a hand-wrapped paragraph of long lines, N and 2N (target: linear).

Each run is a fresh `tqcheck check --isolated -j 1` process; CPU time and peak memory are that
process's own (os.wait4), so a busy machine changes them less than wall time.
Usage: python bench/bench_hostile.py [--quick]  (--quick: 1 and 4 MB, 2 MB of emphasis)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEMS = ROOT.parent / "shared" / "data" / "wmt13-fren" / "system-outputs"
MB = 1 << 20


def run(path: Path, *extra) -> tuple[float, float]:
    """(CPU seconds, peak MB) of one `tqcheck check` on ``path`` (``extra``: more options, `--source F`)."""
    cmd = [sys.executable, "-m", "tqcheck", "check", "--isolated", "-j", "1", "--format", "json",
           "--exit-zero", "-o", os.devnull, *extra, str(path)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{path}: exit {proc.returncode}: {proc.stderr.read().decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def mt_text(size: int, one_line: bool) -> str:
    files = sorted(SYSTEMS.glob("*"))
    if not files:
        raise SystemExit(f"{SYSTEMS} not found")
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    out, total, k = [], 0, 0
    while total < size:
        line = lines[k % len(lines)]
        out.append(line)
        total += len(line.encode("utf-8")) + 1
        k += 1
    return (" " if one_line else "\n").join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = (1, 4) if args.quick else (1, 4, 16)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("1. HTML that html.parser cannot close, 80 KB each (target < 10 s)")
        for name, unit, tail in [("<a <a <a", "<a ", ""), ("<a <a ... >", "<a ", ">"), ("<!-- <!--", "<!-- ", ""),
                                 ("<!-- > <!-- >", "<!-- > ", ""), ("<a b=' <a b='", "<a b=' ", ""),
                                 ("<![CDATA[ ]> ...", "<![CDATA[ ]> ", "")]:
            path = tmp / "unclosed.html"
            path.write_text("<p>He said « yes ».</p><p>" + unit * (80 * 1024 // len(unit)) + tail, encoding="utf-8")
            cpu, peak = run(path)
            print(f"   {name:<20} {cpu:6.2f} s  {peak:6.0f} MB  {'ok' if cpu < 10 else 'OVER TARGET'}")
        print("2. scaling on WMT13 MT output (CPU s, ratio to 1 MB, peak MB)")
        for one_line in (True, False):
            base = None
            for size in sizes:
                path = tmp / f"mt-{size}.txt"
                path.write_text(mt_text(size * MB, one_line), encoding="utf-8")
                cpu, peak = run(path)
                base = base or cpu
                ratio = cpu / base
                note = "  (target within 6x)" if one_line and size == 4 else ""
                print(f"   {'one line' if one_line else 'many lines':<10} {size:3d} MB {cpu:7.2f} s  x{ratio:5.2f}  "
                      f"{peak:6.0f} MB{note}")
                path.unlink()
        size = 2 if args.quick else 10
        path = tmp / "emphasis.md"
        path.write_text("*a* " * (size * MB // 4) + "\n", encoding="utf-8")
        cpu, peak = run(path)
        print(f"3. {size} MB of Markdown emphasis, no finding: {cpu:.2f} s, {peak:.0f} MB peak (it was 2.9 GB for 10 MB)")
        print("4. subtitles (target < 2 s)")
        cue = "1\n00:00:01,000 --> 00:00:02,000\n"
        event = "[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,"
        for name, text in [("200,000 spaces", cue + "Hi.\n\n" + " " * 200_000 + "\n"),
                           ("40,000 !", cue + "!" * 40_000 + "x\n"), ("ASS: 200,000 {", event + "{" * 200_000 + "\n")]:
            path = tmp / ("hostile.en.ass" if name.startswith("ASS") else "hostile.en.srt")
            path.write_text(text, encoding="utf-8")
            cpu, peak = run(path)
            print(f"   {name:<20} {cpu:6.2f} s  {peak:6.0f} MB  {'ok' if cpu < 2 else 'OVER TARGET'}")
        print("5. Android string resources, one string of about 3 MB (target < 5 s: linear)")
        for name, body in [("1M escapes \\'", "\\'" * 1_000_000), ("500k quoted words", '"a" ' * 500_000),
                           ("300k tags in CDATA", "<![CDATA[" + "<b>x</b> " * 300_000 + "]]>")]:
            path = tmp / "values" / "strings.xml"
            path.parent.mkdir(exist_ok=True)
            path.write_text(f'<resources><string name="k">{body}</string></resources>', encoding="utf-8")
            cpu, peak = run(path)
            print(f"   {name:<20} {cpu:6.2f} s  {peak:6.0f} MB  {'ok' if cpu < 5 else 'OVER TARGET'}")
        print("6. translation files and office documents, 20,000 strings or paragraphs (target < 20 s, < 1 GB)")
        for name, path in _string_files(tmp, 20_000):
            cpu, peak = run(path)
            print(f"   {name:<20} {cpu:6.2f} s  {peak:6.0f} MB  {'ok' if cpu < 20 and peak < 1024 else 'OVER TARGET'}")
        print("7. documentation sources and suppression comments, N and 2N (target: linear, 2N within 3x)")
        for name, name_of, head, unit, n, *tail in _SCALING:
            times = []
            for count in (n, 2 * n):
                path = tmp / name_of
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(head + unit * count + "".join(tail), encoding="utf-8")
                times.append(run(path)[0])
            ratio = times[1] / max(times[0], 1e-3)
            verdict = "ok" if ratio < 3 else "OVER TARGET"
            print(f"   {name:<28} {times[0]:6.2f} s  {times[1]:6.2f} s  x{ratio:4.2f}  {verdict}")
        print("8. --source, a paragraph of 230-character lines and its source, N and 2N (target: linear, 2N within 3x;")
        print("   the first reading of hand-wrapped lines was quadratic: 26 s for 0.9 MB)")
        times = []
        for count in (2_000, 4_000):
            line = ("word " * 46)[:230]
            (tmp / "w.en.md").write_text("\n".join([line] * count) + "\n", encoding="utf-8")
            (tmp / "w.fr.md").write_text("\n".join([line.replace("word", "mot")] * count) + "\n", encoding="utf-8")
            times.append(run(tmp / "w.en.md", "--select", "TQ6", "--source", str(tmp / "w.fr.md"))[0])
        ratio = times[1] / max(times[0], 1e-3)
        print(f"   {'wrapped lines':<28} {times[0]:6.2f} s  {times[1]:6.2f} s  x{ratio:4.2f}  "
              f"{'ok' if ratio < 3 else 'OVER TARGET'}")
        print("9. --source, an article of 1,000 WMT13 paragraphs, one in twenty left out, against its source (target")
        print("   < 10 s; the aligner's lattice of dictionaries took 17.6 s and 360 MB on 2,000 sentences)")
        french = (SYSTEMS.parent / "newstest2013-src.fr").read_text(encoding="utf-8").splitlines()[:1000]
        english = (SYSTEMS.parent / "newstest2013-ref.en").read_text(encoding="utf-8").splitlines()[:1000]
        (tmp / "a.fr.md").write_text("\n\n".join(french) + "\n", encoding="utf-8")
        (tmp / "a.en.md").write_text("\n\n".join(e for k, e in enumerate(english) if k % 20 != 7) + "\n",
                                     encoding="utf-8")
        cpu, peak = run(tmp / "a.en.md", "--select", "TQ6", "--source", str(tmp / "a.fr.md"))
        print(f"   {'dropped paragraphs':<28} {cpu:6.2f} s  {peak:6.0f} MB  {'ok' if cpu < 10 else 'OVER TARGET'}")


_SCALING = [  # (name, file name, head, unit repeated, N)
    ("LaTeX footnotes", "a.tex", "\\begin{document}\n", "Text\\footnote{x} ", 100_000),
    ("LaTeX lone-CR comments", "a.tex", "\\begin{document}\r", "a % c\r", 100_000),
    ("LaTeX \\verb|%| then {", "a.tex", "\\begin{document}\n", "\\verb|%|\\footnote{a\n", 8_000),
    ("AsciiDoc footnotes", "a.adoc", "", "a footnote:[b] ", 40_000),
    ("AsciiDoc terms", "a.adoc", "", "t:: d\n", 40_000),
    ("ignore comments", "a.tex", "\\begin{document}\n", "% tqcheck: ignore TQ501\nIt costs 1,5.\n\n", 8_000),
    ("disable/enable comments", "a.tex", "\\begin{document}\n", "% tqcheck: disable TQ1\n% tqcheck: enable TQ2\nx\n\n",
     8_000),
    ("MDX unclosed braces", "a.mdx", "He said {", "{ a", 20_000),
    ("MDX lines of <a {", "a.mdx", "", "<a {\n", 5_000),
    ("MDX ESM in a code block", "a.mdx", "```mdx-code-block\n", "import x\n\n", 10_000),
    ("PHP string of findings", "lang/en/a.php", "<?php return ['a' => '", "It is « fine » . ", 1_000, "'];\n"),
    ("INI value of findings", "en-GB.a.ini", 'K="', "It is « fine » . ", 1_000, '"\n'),
    ("Fluent lines of 90,000", "en.ftl", "", "k = " + "word " * 18_000 + "\n", 20),
    # a catalog keyed by its French: a key of names is a source (TQ603 once looked back over all of it at each name)
    ("JSON key of French names", "lang/en.json", '{"Vous avez des messages": "x", "',
     "M. Dupont et Pierre Lenoir à Paris, ",
     2_000, '": "Mr Dupont"}\n'),
    # a line of images, each alt text a segment: the names family once looked back to the line's start for each
    ("Markdown line of images", "a.md", "", "![Logo](x.png) ", 16_000, "\n"),
    # HTML blocks in Markdown, read in one pass of the HTML reader, each block apart
    ("Markdown HTML blocks", "a.md", "", "<div>A « block »</div>\n\nA paragraph.\n\n", 20_000),
    # comments never closed in an HTML block (a regular expression's `<!--(.*?)-->` took 17 s on 100 KB)
    ("Markdown unclosed comments", "a.md", "<div>\n", "<!-- a ", 14_000),
    # one word of 32,000 letters in a string (a base64 image): a mailbox was tried at each letter (7 s; 34 s at 64,000)
    ("JSON string of one long word", "en.json", '{"k": "', "xxxxxxxx", 4_000, '"}\n'),
]


def _string_files(tmp: Path, n: int):
    """``(name, path)`` of files of ``n`` short strings, each format as its tools write it."""
    import json
    import zipfile
    from xml.sax.saxutils import escape

    lines = [line for line in mt_text(2 * MB, False).splitlines() if 20 < len(line) < 120][:n]
    messages = "".join(f"<message><source>s{k}</source><translation>{escape(t)}</translation></message>"
                       for k, t in enumerate(lines))
    (tmp / "app_en.ts").write_text(f'<TS language="en"><context><name>c</name>{messages}</context></TS>')
    yield "Qt .ts", tmp / "app_en.ts"
    data = "".join(f'<data name="k{k}" xml:space="preserve"><value>{escape(t)}</value></data>'
                   for k, t in enumerate(lines))
    (tmp / "R.en.resx").write_text(f"<root>{data}</root>")
    yield ".resx", tmp / "R.en.resx"
    strings = {f"k{k}": {"localizations": {"en": {"stringUnit": {"state": "translated", "value": t}}}}
               for k, t in enumerate(lines)}
    (tmp / "L.xcstrings").write_text(json.dumps({"sourceLanguage": "en", "strings": strings, "version": "1.0"}))
    yield ".xcstrings", tmp / "L.xcstrings"
    (tmp / "t.csv").write_text("key,en\n" + "".join(f'k{k},"{t.replace(chr(34), chr(34) * 2)}"\n'
                                                    for k, t in enumerate(lines)))
    yield "CSV", tmp / "t.csv"
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in lines)
    with zipfile.ZipFile(tmp / "a.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    yield "Word .docx", tmp / "a.docx"
    m = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = "".join(f'<row r="{k + 2}"><c r="A{k + 2}" t="inlineStr"><is><t>{escape(t)}</t></is></c></row>'
                   for k, t in enumerate(lines))
    with zipfile.ZipFile(tmp / "strings.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook {m} {r}><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {m}><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
                   f"<t>en</t></is></c></row>{rows}</sheetData></worksheet>")
    yield "Excel .xlsx", tmp / "strings.xlsx"


if __name__ == "__main__":
    main()
