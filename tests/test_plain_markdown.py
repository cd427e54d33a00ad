"""``documents.plain_markdown`` reads a text of paragraphs and headings as markdown-it does, segment by segment;
anything else goes to markdown-it."""

import glob
import random
import subprocess
import sys

import pytest

from conftest import ROOT
from tqcheck.documents import markdown as reader
from tqcheck.documents import parse, plain_markdown

# lines a news article or a README holds, and lines that sit on a rule's edge: trailing spaces (soft and hard
# breaks), the whitespace markdown-it trims and the one it keeps, headings, and block markers of every kind
LINES = [
    "Plain line of prose.", "One trailing space. ", "Two trailing spaces.  ", "Many trailing spaces.     ",
    "\u00a0starts with a no-break space", "ends with a no-break space\u00a0", "\u2003em space first",
    "em space last\u2003", "\u202fnarrow no-break space", "« Des guillemets », dit-il ; “curly” too",
    "Le taux atteint 4,7 % : 10 000 euros, 14h30 — 1,5 billion!", "a #tag in a line", "50 $ + 3 = 53 @ 5 ^ 2 {x}",
    "Zoë’s café (déjà vu)", "# Heading", "## Heading with trailing spaces   ", "#", "###### Six", "####### Seven",
    "#tag", "# Closed heading #", "", "   ", " indented once", "    indented code", "1. item", "2) item", "- item",
    "+ item", "* item", "> quote", "===", "---", "A *starred* word", "An _under_ word", "`code`", "[link](x)",
    "<b>html</b>", "&amp; entity", "a | table", "~~struck~~", "back\\slash", "tab\there", "x\u2028y", "!bang",
    "\x1cfile separator first", "next line last\x85", "unit separator\x1f",
]


def _read(text):
    doc = parse(text, "a.md", "markdown")
    segments = [(s.text, s.start, None if s.mapping is None else list(s.mapping), s.ends, s.navigation, s.label)
                for s in doc.segments]
    return segments, doc.warnings, [vars(d) for d in doc.directives], doc.opaque


def _compare(texts, monkeypatch) -> int:
    """Assert that every text reads the same both ways; return how many the plain reader took."""
    taken = 0
    for text in texts:
        plain = plain_markdown.plain_blocks(text) is not None
        taken += plain
        fast = _read(text)
        with monkeypatch.context() as m:
            m.setattr(reader, "plain_blocks", lambda source: None)  # markdown-it, always
            slow = _read(text)
        assert fast == slow, (plain, text)
    return taken


def test_trim_characters_are_markdown_its():
    from markdown_it.common import utils

    if not hasattr(utils, "MD_TRIM_CHARS"):  # 3.0 and 4.0: str.strip(), the same but for \x1c-\x1f and \x85
        pytest.skip("this markdown-it-py trims with str.strip(): the texts where it differs go to markdown-it")
    assert plain_markdown.MD_TRIM_CHARS == utils.MD_TRIM_CHARS


def test_generated_texts_read_the_same(monkeypatch):
    rng = random.Random(7)
    texts = ["\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 8))) + rng.choice(["", "\n", "\n\n"])
             for _ in range(3000)]
    taken = _compare(texts, monkeypatch)
    assert taken >= 150, taken  # the plain reader took enough of them for the comparison to mean something


def test_real_markdown_reads_the_same(monkeypatch):
    files = sorted(glob.glob(str(ROOT / "corpora" / "**" / "*.md"), recursive=True)) + [str(ROOT / "README.md")]
    files += sorted(glob.glob("/usr/lib/node_modules/**/*.md", recursive=True))[:400]  # where the machine has them
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    taken = _compare(texts, monkeypatch)
    assert taken >= 3, taken  # the shipped articles at least


def test_the_reader_takes_articles_and_leaves_markup():
    assert plain_markdown.plain_blocks((ROOT / "corpora" / "mt" / "strike.md").read_text(encoding="utf-8"))
    for text in ["A *word*", "- item", "Title\n===", "    code", "a\tb", "# Closed #", "x\r\ny", "1. item", "Hello\x85"]:
        assert plain_markdown.plain_blocks(text) is None, text
    blocks = plain_markdown.plain_blocks("# Title \nOne line \nand two  \nend\n\n# Next\nlast")
    assert [(b.type, b.content, b.map) for b in blocks] == [
        ("heading_open", "", None), ("inline", "Title", [0, 1]), ("inline", "One line \nand two  \nend", [1, 4]),
        ("heading_open", "", None), ("inline", "Next", [5, 6]), ("inline", "last", [6, 7])]
    children = []
    plain_markdown.plain_inline("One line \nand two  \nend", children)
    assert [(c.type, c.content) for c in children] == [
        ("text", "One line"), ("softbreak", ""), ("text", "and two"), ("hardbreak", ""), ("text", "end")]


def test_a_plain_article_is_checked_without_importing_markdown_it(tmp_path):
    (tmp_path / "marked.md").write_text("A *starred* word.\n", encoding="utf-8")
    code = ("import sys; from tqcheck.cli import main\ntry:\n    main(['check', sys.argv[1]])\nexcept SystemExit:\n"
            "    pass\nprint('markdown_it' in sys.modules)\n")
    for path, imported in ((ROOT / "corpora" / "mt" / "strike.md", "False"), (tmp_path / "marked.md", "True")):
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True).stdout
        assert out.splitlines()[-1] == imported, out


def test_plain_paragraphs_start_at_a_line_start_as_the_unanchored_search_found_them():
    """The paragraph expression is anchored at line starts (linear on a line of spaces, where the plain spelling
    scanned the line from each of its characters); it finds the same paragraphs on any text."""
    import random
    import re

    from tqcheck.documents import plain

    unanchored = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(" \t\n\r\u00a0ab") for _ in range(rng.randint(0, 40)))
        spans = [m.span() for m in plain._PARAGRAPH_RE.finditer(text)]
        assert spans == [m.span() for m in unanchored.finditer(text)], repr(text)
