"""MDX (.mdx): the Markdown's prose, as MDX reads it, offsets kept; not ESM, JSX tags and their attributes,
expressions, comments, admonition fences nor code; fixes never write MDX syntax.  R Markdown and Quarto (.Rmd, .qmd):
Markdown without their ``:::`` fence lines, chunks and inline R being code."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.documents.mdx import escape

from conftest import found_by_folder_run, misplaced, random_fixes, snippets

P = PLACEHOLDER
GUIDE = """\
---
title: The guide
description: Un guide : à traduire
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
export const meta = {
  title: 'Le titre : « x »',

  tags: ['a', 'b'],
};

# Installation of the tool {#installation}

The tool costs 1,5 billion : see `{props.price}` and {props.version} below.

<Tabs groupId="os" values={[
  {label: 'Système : « A »', value: 'a'},
]}>
  <TabItem value="js" label="JavaScript : « JS »">
    Since several days, the tab « works ».

    ```js
    const x = {a: "1,5 : « b »"};
    ```
  </TabItem>
</Tabs>

:::note Une note : « titre »

The meeting is at 14h30 : <Highlight color="#25c2a0">the green text</Highlight> is read.

:::

<Admonition type="tip" title="Astuce : « x »" />

{/* Un commentaire : « caché » */}

<details>
  <summary>Click here !</summary>

  The hidden text is here.
</details>

Press <kbd>Ctrl</kbd> and read [the page](https://example.org/{id}) now.
"""


def _texts(text, path="a.mdx", fmt="mdx"):
    return [s.text for s in parse(text, path=path, fmt=fmt).segments]


def test_only_the_prose_is_read():
    assert _texts(GUIDE) == [
        "The guide", "Un guide : à traduire",  # the front matter's title and description (front_matter.py)
        "Installation of the tool",
        f"The tool costs 1,5 billion : see {P} and {P} below.",
        "Since several days, the tab « works ».",
        "The meeting is at 14h30 : the green text is read.",
        "Click here !",
        "The hidden text is here.",
        f"Press {P} and read the page now.",
    ]


def test_positions_map_back_to_the_file():
    doc = parse(GUIDE, path="a.mdx", fmt="mdx")
    assert doc.segments and misplaced(doc) == []
    lines = GUIDE.split("\n")
    for seg in doc.segments:  # every character inside the file, on a line of prose, and the line's own
        for i, c in enumerate(seg.text):
            start, end = seg.span(i, i + 1)
            assert 0 <= start < end <= len(GUIDE)
            line, column = doc.position(start)
            assert c in (P, "\n") or lines[line - 1][column - 1] == c
    prose_lines = sorted({doc.position(seg.offset(i))[0] for seg in doc.segments for i in range(len(seg.text))})
    assert prose_lines == [2, 3, 14, 16, 22, 32, 41, 43, 46]
    # the opaque spans are the inline code, the expression and the <kbd> element, whole
    assert [GUIDE[a:b] for a, b in doc.opaque] == ["`{props.price}`", "{props.version}", "<kbd>Ctrl</kbd>"]


def test_findings_point_into_the_prose(tmp_path, run_cli):
    (tmp_path / "guide.mdx").write_text(GUIDE, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "guide.mdx")
    found = json.loads(proc.stdout)["findings"]
    assert sorted((f["code"], f["line"], f["column"]) for f in found) == [
        ("TQ101", 22, 33), ("TQ101", 22, 41), ("TQ102", 3, 22), ("TQ102", 16, 27), ("TQ102", 32, 24),
        ("TQ102", 41, 22), ("TQ303", 22, 5), ("TQ402", 3, 14), ("TQ501", 16, 16), ("TQ508", 32, 19)]
    assert snippets(proc.stdout, GUIDE) == [
        ("TQ101", "« w"), ("TQ101", "»."), ("TQ102", " !<"), ("TQ102", " : "), ("TQ102", " : "), ("TQ102", " : "),
        ("TQ303", "Sin"), ("TQ402", "Un "), ("TQ501", "1,5"), ("TQ508", "14h")]


def test_fixes_edit_only_the_prose_once_and_the_file_reads_the_same(tmp_path, run_cli):
    (tmp_path / "guide.mdx").write_text(GUIDE, encoding="utf-8")
    run_cli("check", "--fix", "-q", "guide.mdx")
    fixed = (tmp_path / "guide.mdx").read_text(encoding="utf-8")
    assert _texts(fixed) == [
        "The guide", "Un guide : à traduire",  # (French left whole: no fix rewrites it)
        "Installation of the tool",
        f"The tool costs 1.5 billion: see {P} and {P} below.",
        "Since several days, the tab “works”.",
        "The meeting is at 14h30: the green text is read.",
        "Click here!",
        "The hidden text is here.",
        f"Press {P} and read the page now.",
    ]
    changed = [(a, b) for a, b in zip(GUIDE.split("\n"), fixed.split("\n")) if a != b]
    assert [a for a, _ in changed] == [
        "The tool costs 1,5 billion : see `{props.price}` and {props.version} below.",
        "    Since several days, the tab « works ».",
        "The meeting is at 14h30 : <Highlight color=\"#25c2a0\">the green text</Highlight> is read.",
        "  <summary>Click here !</summary>"]
    run_cli("check", "--fix", "-q", "guide.mdx")
    assert (tmp_path / "guide.mdx").read_text(encoding="utf-8") == fixed


def test_random_fixes_read_back_as_meant():
    def wrap(value):  # (in a line: markdown-it trims a paragraph's first and last spaces, whatever the format)
        return "Word " + value + " end.\n"

    # (emphasis and line breaks are left out: punctuation beside a `*` changes what it means, and a space left at a
    # line's end is dropped, in Markdown as in MDX)
    pieces = ["a", "é", " b", "«", " : c", "`{d}`", "{e}", "{/* f */}", "<G h={1} />", "<I>j</I>", "<kbd>k</kbd>",
              "\\{", "[l](m)", " < x", "<", "> o"]
    assert random_fixes(11, pieces, ["“", "x y", "", ";", ":", "<q", "{", "r>", "1,000"], wrap, _texts, "a.mdx",
                        "mdx", rounds=800) > 200


def test_no_fix_writes_mdx_syntax():
    write = escape("a <b and c")
    assert write("“", 0, 1) == "“" and write("{", 0, 1) is None and write("x>", 0, 1) is None
    assert write("b", 3, 4) is None and write(" b", 3, 4) == " b"  # `<` then a letter would open a tag
    lines = escape("One :\n  two : \\{x}")
    assert lines("", 3, 6) is None and lines(":", 3, 5) == ":"  # the next line's indent would join the text
    assert lines("", 15, 16) is None  # what a backslash escapes
    seg = parse("He said « yes » <br/> now.\n", path="a.mdx", fmt="mdx").segments[0]
    assert seg.problem(0, 2, "TQ101", "m", "<b>").fix is None
    assert seg.problem(0, 2, "TQ101", "m", "It").fix.replacement == "It"


def test_imports_exports_attributes_expressions_and_code_are_not_text():
    text = ("import {Foo} from './foo';\nexport default function Layout({children}) {\n"
            "  return <main>{children}</main>;\n"
            "}\n\nexport const items = [\n  {a: 'Texte : « un »'},\n\n  {b: `x ${'{'} y`},\n];\n\n"
            "<Foo bar=\"Texte : « deux »\" baz={{a: 'b : « c »'}} {...rest}>\n\n"
            "Read this.\n\n</Foo>\n\n{items.map((i) => (\n  <p key={i}>Texte : « trois »</p>\n))}\n\n"
            "~~~\n{not an expression : « quatre »}\n~~~\n\n```jsx\n<Tag>« cinq »</Tag>\n```\n\n"
            "<pre>\nTexte : « six »\n</pre>\n\nAn import of the module is made.\nimport is a word here.\n")
    assert _texts(text) == ["Read this.", "An import of the module is made.\nimport is a word here."]


def test_a_heading_id_a_comment_and_an_empty_line_of_tags_are_nothing():
    text = "## Tabs {#tabs}\n\nOne {/* a comment */}two.\n\n<Tabs>\n  <TabItem value=\"a\">\n\nIn a tab.\n\n"
    text += "  </TabItem>\n</Tabs>\n\nA <Foo\n  bar=\"x\"\n/> tag {/* over\n  lines */} there.\n"
    assert _texts(text) == ["Tabs", "One two.", "In a tab.", "A  tag  there."]


def test_braces_and_tags_in_code_spans_and_link_targets_are_no_mdx():
    text = "Type `{` to open and `}` to close, `<T>` too.\n\nRead [the page](https://example.org/{) and } more.\n"
    assert _texts(text) == [f"Type {P} to open and {P} to close, {P} too.", "Read the page and } more."]


def test_an_mdx_code_block_is_read_as_mdx():
    text = "```mdx-code-block\nimport Tabs from '@theme/Tabs';\n```\n\nSee `x` and `y`.\n\n"  # (its ESM ends there)
    text += "```mdx-code-block\n<Tabs>\n  <TabItem value=\"a\">It is « read ».</TabItem>\n</Tabs>\n```\n\nAfter.\n"
    assert _texts(text) == [f"See {P} and {P}.", "It is « read ».", "After."]


def test_indented_lines_are_not_code():
    """MDX has no indented code: four spaces inside a JSX element are prose, and a fence there is code."""
    text = "<Steps>\n    A step of « one ».\n\n        ```sh\n        npm i : « x »\n        ```\n\n"
    text += "    Next.\n</Steps>\n"
    assert _texts(text) == ["A step of « one ».", "Next."]


def test_a_comment_suppresses_the_next_block(tmp_path, run_cli):
    text = ("{/* tqcheck: ignore TQ501 */}\nIt costs 1,5 billion.\n\n"
            "And 2,5 more {/* tqcheck: ignore TQ102 */} : yes.\n"
            "\n{/* tqcheck: disable TQ101 */}\n\nHe said « no ».\n\n{/* tqcheck: enable TQ101 */}\n\n« Yes ».\n")
    (tmp_path / "a.mdx").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "a.mdx")
    assert snippets(proc.stdout, text) == [("TQ101", "« Y"), ("TQ101", "»."), ("TQ501", "2,5")]
    assert json.loads(proc.stdout)["findings"] and b"tqcheck:" not in proc.stderr


def test_a_bad_comment_is_reported_where_it_is_written(tmp_path, run_cli):
    text = "Intro.\n\n  {/* tqcheck: ignor TQ501 */}\nIt costs 1,5 billion.\n"
    (tmp_path / "a.mdx").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "a.mdx")
    bad = [f for f in json.loads(proc.stdout)["findings"] if f["code"] != "TQ501"]
    assert [(f["line"], f["column"], f["span"]) for f in bad] == [(3, 3, "{/* tqcheck: ignor TQ501 */}")]


def test_a_folder_run_reads_mdx_rmarkdown_and_quarto_files(tmp_path, run_cli):
    files = {"docs/a.mdx": "It is good !\n", "docs/b.qmd": "Yes !\n", "docs/c.Rmd": "Yes !\n",
             "docs/d.mdx.bak": "No !\n"}
    assert found_by_folder_run(tmp_path, run_cli, files) == ["docs/a.mdx", "docs/b.qmd", "docs/c.Rmd"]


def test_rmarkdown_and_quarto_chunks_and_divs_are_not_text():
    text = ("---\ntitle: \"Un rapport : « x »\"\n---\n\n```{r setup, include=FALSE}\nx <- \"1,5 : « y »\"\n```\n\n"
            "The mean is `r mean(x)` : see below.\n\n::: {.callout-note}\nA note of « z ».\n:::\n\n"
            ":::: {.columns}\n::: {.column width=\"50%\"}\nLeft.\n:::\n::::\n\n    indented code : « w »\n\n"
            "## Results {#sec-results}\n\n{{< include _part.qmd >}}\n\nIn [small caps]{.smallcaps}, {{< var v >}} is out.\n"
            "\nWrite `{.smallcaps}` after a span, and `{#sec-id}` after a heading.\n")
    for path in ("a.Rmd", "a.qmd"):
        doc = parse(text, path=path, fmt="rmarkdown")
        assert [s.text for s in doc.segments] == ["Un rapport : « x »", f"The mean is {P} : see below.",
                                                  "A note of « z ».", "Left.",
                                                  "Results", f"In small caps, {P} is out.",
                                                  f"Write {P} after a span, and {P} after a heading."]  # Quarto's docs
        assert misplaced(doc) == []


def test_unclosed_braces_and_tags_are_read_as_text():
    """A brace or a tag that never closes (MDX would not compile the file): the rest is text (that it is read in
    linear time is bench_hostile's to measure)."""
    text = "He said « yes » {" + "{ a" * 200 + "\n\n" + "<a b " * 200 + "\n\nEnd : here.\n"
    doc = parse(text, path="a.mdx", fmt="mdx")
    assert doc.segments[0].text.startswith("He said « yes » {{ a") and doc.segments[-1].text == "End : here."
    text = "export const a = {\n\n" * 30 + "{\n\n" * 30 + "<a {\n" * 30 + "\nEnd : here.\n"
    assert _texts(text)[-1] == "End : here."
    unclosed = "{x\n\nText : « y ».\n\nexport const a = {\n\nMore.\n"
    assert _texts(unclosed) == ["{x", "Text : « y ».", "export const a = {", "More."]


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_crlf_a_lone_cr_and_a_bom_keep_the_lines_and_columns(tmp_path, run_cli, end):
    text = end.join(["import A from 'a';", "", "<A {...b}", "  c={1}>", "  It is « here » : yes.", "</A>", ""])
    (tmp_path / "a.mdx").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    proc = run_cli("check", "--format", "json", "a.mdx")
    assert sorted((f["code"], f["line"], f["column"]) for f in json.loads(proc.stdout)["findings"]) == [
        ("TQ101", 5, 9), ("TQ101", 5, 16), ("TQ102", 5, 17)]
    assert _texts(end.join(["First.", "<br />", "Second.", "{x}", "Third."])) == ["First.", "Second.", "Third."]
    deep = parse(end.join(["import {", "  A,", "} from 'a';", "", "> " * 120 + "Deep."]), path="a.mdx", fmt="mdx")
    assert [w[:7] for w in deep.warnings] == ["line 5:"]  # the Markdown reader's own lines are the file's


def test_the_language_server_knows_mdx():
    from tqcheck.lsp.linting import document_format, is_ours

    assert document_format(None, "mdx") == "mdx" and document_format("/d/a.mdx", "markdown") == "mdx"
    assert is_ours("/d/a.mdx", None) and is_ours("/d/a.qmd", None) and document_format("/d/a.Rmd", None) == "rmarkdown"


def test_the_front_matters_fixes_are_written_as_yaml_not_as_mdx(tmp_path, run_cli):
    text = '---\ntitle: "The « guide » : read it"\nslug: « x »\n---\n\nimport A from "a";\n\nThe text.\n'
    (tmp_path / "a.mdx").write_text(text, encoding="utf-8")
    run_cli("check", "--fix", "-q", "a.mdx")
    assert (tmp_path / "a.mdx").read_text(encoding="utf-8") == text.replace('"The « guide » : read it"',
                                                                            '"The “guide”: read it"')
