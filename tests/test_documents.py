"""Readers: prose segments whose offsets point at the same characters in the file."""

import html
import re

import pytest

from tqcheck.documents import PLACEHOLDER, InputError, decode, parse


def assert_mapped(doc):
    """Every prose character sits at its own offset in the file, or at the entity that encodes it."""
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            if ch == PLACEHOLDER:
                continue
            at = seg.offset(i)
            if doc.text[at] != ch:
                entity = re.match(r"&#?\w+;", doc.text[at:])
                assert entity and html.unescape(entity.group()) == ch, (seg.text, i, ch, doc.text[at:at + 8])


MARKDOWN = """---
layout: « front matter »
---
# Title « here »

Some *text* with `code : x` and [a link](http://x.com/s?a=b) plus <http://auto.link> and &amp; \\* escaped.
Second line : yes.

    indented code : no

```
fenced « code
```

<!-- a comment : no -->
| cell « | b |
|---|---|
| c : | d |
"""


def test_markdown_prose_only():
    doc = parse(MARKDOWN, fmt="markdown")
    prose = "\n".join(s.text for s in doc.segments)
    assert "Title « here »" in prose
    assert "Second line : yes." in prose
    assert "cell «" in prose and "c :" in prose
    # (a layout is the site's; a title is read, as a label)
    for hidden in ("front matter", "code : x", "http://x.com", "auto.link", "indented code", "fenced", "a comment"):
        assert hidden not in prose
    assert_mapped(doc)


def test_markdown_link_text_is_prose_and_target_is_not():
    doc = parse('See [the report](https://example.org/a?b=c "A : title") now.\n', fmt="markdown")
    assert doc.segments[0].text.startswith("See the report")
    assert "example" not in doc.segments[0].text
    assert_mapped(doc)


def test_markdown_escape_and_entity_positions():
    text = "A \\* star, caf&eacute; and &amp; ok.\n"
    doc = parse(text, fmt="markdown")
    seg = doc.segments[0]
    assert seg.text == "A * star, café and & ok."
    assert doc.text[seg.offset(seg.text.index("*"))] == "*"
    assert doc.text[seg.offset(seg.text.index("é"))] == "&"
    assert not seg.is_verbatim(seg.text.index("é"), seg.text.index("é") + 1)


def test_html_text_nodes_only():
    html = (
        '<html><head><title>T</title><style>p { content: " : " }</style>'
        '<script>var a = "«";</script></head><body>'
        '<p title="attr « no">Hello <em>world</em> &amp; caf&eacute; : ok</p>'
        "<pre>code : no</pre><p>next « block</p></body></html>"
    )
    doc = parse(html, fmt="html")
    texts = [s.text for s in doc.segments]
    assert texts == ["T", "Hello world & café : ok", "next « block"]
    seg = doc.segments[1]
    assert doc.position(seg.offset(seg.text.index(":"))) == (1, html.index(" : ok") + 2)
    assert_mapped(doc)


def test_plain_text_paragraphs_and_crlf():
    doc = parse("one\r\ntwo :\r\n\r\nthree\r\n", fmt="text")
    assert [s.text for s in doc.segments] == ["one\r\ntwo :\r", "three\r"]
    seg = doc.segments[0]
    assert doc.position(seg.offset(seg.text.index(":"))) == (2, 5)


def test_decode_errors_name_the_byte():
    assert decode(b"\xef\xbb\xbfhi", "f") == ("hi", "utf-8", True, True, None)
    with pytest.raises(InputError, match=r"f: error: not valid UTF-8 at byte 4"):
        decode(b"abcd\xff", "f")
    with pytest.raises(InputError, match=r"binary file"):
        decode(b"ab\x00cd", "f")


def test_directives_are_read():
    text = "<!-- tqcheck: ignore TQ101 -->\nA « b ».\n\n<!-- tqcheck: disable TQ1 -->\nx\n<!-- tqcheck: enable TQ1 -->\n"
    doc = parse(text, fmt="markdown")
    kinds = [(d.kind, d.codes, doc.position(d.first)[0], doc.position(d.last)[0]) for d in doc.directives]
    assert ("ignore", ("TQ101",), 1, 3) in kinds
    assert ("disable", ("TQ1",), 4, 6) in kinds


# ---- issue 10: the document model (opaque inline tokens, entity spans, navigation, line ends)


def codes(text, path):
    from tqcheck.engine import check_text

    return [(f.code, f.span, f.fix) for f in check_text(text, path)]


@pytest.mark.parametrize("element", ["code", "kbd", "samp", "var", "tt"])
def test_html_inline_code_is_one_opaque_token(element):
    text = f"<p>It can also be <{element}>.pyw</{element}>, in that case.</p>"
    doc = parse(text, fmt="html")
    seg = doc.segments[0]
    assert seg.text == f"It can also be {PLACEHOLDER}, in that case."
    i = seg.text.index(PLACEHOLDER)
    assert seg.span(i, i + 1) == (text.index(f"<{element}>"), text.index(",")), "the token spans the whole element"
    assert doc.opaque == [seg.span(i, i + 1)]
    assert not seg.is_verbatim(i - 1, i + 1)
    assert codes(text, "a.html") == [], "nothing vanished, so no space before a comma"


@pytest.mark.parametrize("span", ['<span class="pkg pkg">sympa</span>', '<span class="command"><strong>apt</strong></span>',
                                  '<em class="replaceable">fichier</em>',
                                  '<span style="font-weight:bold; font-family: Courier New">"+"</span>',
                                  '<span class="python">db.backup(at="14h30")</span>', '<var class="language-js">x</var>'])
def test_html_spans_whose_class_names_code_are_opaque(span):
    """DocBook (Publican, the Debian handbook) marks a package, a command or a file name with a span's class;
    HeVeA (menhir's manual) and LaTeX2HTML with a monospace font."""
    text = f"<p>Install {span} with <span class=\"emphasis\">care</span>.</p>"
    seg = parse(text, fmt="html").segments[0]
    assert seg.text == f"Install {PLACEHOLDER} with care."


def test_a_block_whose_class_names_code_or_a_language_is_no_prose():
    # PyDbLite's manual (fresh MT docs): its code in <div class="python">; a page's English part in `lang-en` is prose
    html = ('<div class="python">db = Base("test.pdl")\ndb.create("name", "age")</div><div class="code">x = 1</div>'
            '<div class="lang-en"><p>The base is created.</p></div><div class="py-3 pythonic">Prose here.</div>')
    assert [s.text for s in parse(html, fmt="html").segments] == ["The base is created.", "Prose here."]
    # a page's, an article's or a locale's class is no code (a review's: whole pages went unread)
    for page in ('<html class="js"><body><p>Prose.</p></body></html>', '<body class="page-template php"><p>Prose.</p>',
                 '<article class="post java"><p>Prose.</p></article>', '<div class="language-en"><p>Prose.</p></div>',
                 '<div class="highlight-box"><p>Prose.</p></div>', '<div class="text"><p>Prose.</p></div>'):
        assert [s.text for s in parse(page, fmt="html").segments] == ["Prose."], page


def test_an_element_in_another_language_or_not_to_translate_is_no_english():
    # native HTML docs of a fresh survey (W3C's pages on quotation marks): 21 false alarms inside lang="fr" elements
    html = ('<html lang="en"><body><p>French writes <q lang="fr">Il dit : « oui »</q> and <span translate="no">'
            'Le Monde</span> too.</p><p lang="fr-CA">Mais Lucy répond : « Embrassez George ».</p>'
            '<p lang="en-GB">Prose.</p><p xml:lang="de">Er sagt: «Ich weiß».</p></body></html>')
    assert [s.text for s in parse(html, fmt="html").segments] == [
        f"French writes {PLACEHOLDER} and {PLACEHOLDER} too.", "Prose."]
    page = '<html lang="fr"><body lang="fr"><p>La page entière.</p></body></html>'  # the page's own: TQ404's
    assert [s.text for s in parse(page, fmt="html").segments] == ["La page entière."]
    # a container's is read (a review's: a template's stale `<div lang="fr">` hid a whole translated page)
    for wrapper in ('<div lang="fr"><p>The page.</p></div>', '<article translate="no"><p>The page.</p></article>',
                    '<main lang="fr"><section><p>The page.</p></section></main>'):
        assert [s.text for s in parse(f"<html lang='en'><body>{wrapper}</body></html>", fmt="html").segments] == [
            "The page."], wrapper


def test_markdown_inline_html_in_another_language_is_no_english():
    # as the HTML reader reads it (stop 49 left Markdown's `<span lang="fr">` read as English)
    text = ('She said <span lang="fr">je ne <span>sais</span> pas</span> and <i translate=no>Le Monde</i>, '
            "<span lang='en-GB'>colour</span> <span class=\"x\">plain</span> <q lang=fr-CA/>.\n")
    seg = parse(text, fmt="markdown").segments[0]
    assert seg.text == f"She said {PLACEHOLDER} and {PLACEHOLDER}, colour plain ."
    spans = [seg.span(i, i + 1) for i, ch in enumerate(seg.text) if ch == PLACEHOLDER]
    assert [text[a:b] for a, b in spans] == ['<span lang="fr">je ne <span>sais</span> pas</span>',
                                            "<i translate=no>Le Monde</i>"]


def test_an_element_opened_inside_pre_closes_inside_it():
    """Sphinx's viewcode pages put <div> blocks inside the listing's <pre>: their </div> ends them, not the
    <pre>, whose code stays out of the prose (an outer element's end still ends an unclosed <code>)."""
    html = ('<div class="highlight"><pre><span class="sd">"""A docstring, selon les syndicats.</span>\n'
            '<div class="viewcode-block"><a href="#">[docs]</a> def f(x): pass</div>\n'
            '<span class="s2">"is safe, assuming "</span></pre></div><p>After the code.</p>')
    assert [s.text for s in parse(html, fmt="html").segments] == ["After the code."]
    assert [s.text for s in parse("<p>Run <code>ls -l</p><p>Then stop.</p>", fmt="html").segments] == [
        f"Run {PLACEHOLDER}", "Then stop."]


def test_html_link_around_code_and_markdown_code_are_the_same_token():
    html_doc = parse('<p>See <a href="x"><code>f()</code></a> , then.</p>', fmt="html")
    md_doc = parse("See [`f()`](x) , then.\n", fmt="markdown")
    for doc in (html_doc, md_doc):
        seg = doc.segments[0]
        assert seg.text == f"See {PLACEHOLDER} , then."
        start, end = seg.span(4, 5)
        assert doc.text[start:end] in ("<code>f()</code>", "`f()`")
    assert codes('<p>See <a href="x"><code>f()</code></a>, then.</p>', "a.html") == []


def test_markdown_inline_html_code_and_images_are_opaque():
    text = 'Run <code>a : b</code> or <kbd>Ctrl</kbd>, see <img src="x.png"> and ![alt : x](y.png).\n'
    seg = parse(text, fmt="markdown").segments[0]
    assert seg.text == f"Run {PLACEHOLDER} or {PLACEHOLDER}, see {PLACEHOLDER} and {PLACEHOLDER}."
    spans = [seg.span(i, i + 1) for i, ch in enumerate(seg.text) if ch == PLACEHOLDER]
    assert [text[a:b] for a, b in spans] == ["<code>a : b</code>", "<kbd>Ctrl</kbd>", '<img src="x.png">', "![alt : x](y.png)"]


def test_a_fix_that_touches_an_opaque_token_is_dropped():
    from tqcheck.engine import Context, to_finding
    from tqcheck.findings import Fix, Problem

    text = "<p>A <code>x</code> ; b</p>"
    doc = parse(text, fmt="html")
    code = text.index("<code>"), text.index(" ;")
    space = text.index(" ;")
    inside = to_finding(doc, Problem(code[0], code[1] + 1, "TQ102", "m", Fix("", "safe", code[1] - 2, code[1] + 1)), Context())
    beside = to_finding(doc, Problem(space, space + 1, "TQ102", "m", Fix("", "safe")), Context())
    assert inside.fix is None
    assert beside.fix is not None
    assert doc.touches_opaque(code[0] + 3, code[0] + 3) and not doc.touches_opaque(code[0], code[0])


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<BR />", "</br>"])
def test_an_html_line_break_is_a_line_of_its_paragraph_that_no_fix_crosses(br):
    # valgrind's NEWS as HTML: a text file's lines, each ended by <br>
    text = f"<p>Rust name demangling. [Update: alas, this support{br}isn't working in 3.18.0.]{br}\nNext.</p>"
    doc = parse(text, fmt="html")
    assert [seg.text for seg in doc.segments] == [
        "Rust name demangling. [Update: alas, this support\nisn't working in 3.18.0.]\n\nNext."]
    seg = doc.segments[0]
    i = seg.text.index("\n")
    assert doc.text[slice(*seg.span(i, i + 1))] == br
    assert doc.touches_opaque(*seg.span(i, i + 1)) and not doc.touches_opaque(*seg.span(i - 3, i))
    assert [c for c, *_ in codes(text, "a.html") if c == "TQ108"] == []


@pytest.mark.parametrize("entity", ["&#187;", "&raquo;", "&#xBB;", "&#187"])
def test_a_finding_on_an_entity_covers_the_whole_entity_and_offers_no_fix(entity):
    text = f"<p>We must support Ukraine.{entity} Then more.</p>"
    doc = parse(text, fmt="html")
    seg = doc.segments[0]
    i = seg.text.index("»")
    assert doc.text[slice(*seg.span(i, i + 1))] == entity
    found = [f for f in codes(text, "a.html") if f[0] == "TQ101"]
    assert found and all(span == entity and fix is None for _, span, fix in found)


def test_markdown_entity_spans_the_entity():
    text = "He said &laquo; no &raquo; loudly.\n"
    seg = parse(text, fmt="markdown").segments[0]
    i = seg.text.index("»")
    assert text[slice(*seg.span(i, i + 1))] == "&raquo;"
    assert seg.span(0, len(seg.text)) == (0, len(text) - 1)


def test_unknown_entity_without_semicolon_stays_as_written():
    seg = parse("<p>a &foo b &amp c</p>", fmt="html").segments[0]
    assert seg.text == "a &foo b & c"
    assert_mapped(parse("<p>a &foo b &amp c</p>", fmt="html"))


NAVIGATION = (
    '<div role="navigation" aria-label="related navigation"><ul><li><a href="i">Docs</a> &#187;</li>'
    '<li><a href="j">Library</a> &#187;</li></ul></div>'
    '<ul class="wy-breadcrumbs"><li>Home</li><li>»</li><li>API</li></ul>'
    "<nav>Prev « | » Next</nav><p><button>«</button> <a href='x'>Next »</a> <span>»</span> tail</p>"
    "<p>“We will not give in » the union leader told the crowd.</p>"
)


def test_navigation_context_is_marked_and_quotes_are_not():
    doc = parse(NAVIGATION, fmt="html")
    marks = [(seg.text, i, seg.in_navigation(i)) for seg in doc.segments for i, ch in enumerate(seg.text) if ch in "«»"]
    quote = [m for m in marks if m[0].startswith("“We")]
    assert quote and not any(nav for _, _, nav in quote), "a real stray closing guillemet is a quote"
    others = [m for m in marks if not m[0].startswith("“We")]
    assert len(others) == 8 and all(nav for _, _, nav in others), others


def test_markdown_link_text_and_a_lone_mark_are_navigation():
    doc = parse("[« Previous](a.md) | [Next »](b.md)\n\n»\n\nHe said « no » twice.\n", fmt="markdown")
    nav = [[seg.in_navigation(i) for i, ch in enumerate(seg.text) if ch in "«»"] for seg in doc.segments]
    assert nav == [[True, True], [True], [False, False]]


@pytest.mark.parametrize("text", ["One : a\rtwo.\r\rThree : b\r", "One : a\r\r\ntwo.\r\r\n\r\r\nThree : b\r\r\n",
                                  "One : a\r\ntwo.\r\n\r\nThree : b\n"])
def test_markdown_lone_carriage_returns(text):
    """Old Mac line ends and CRLF converted twice: no traceback, no paragraph lost, positions right."""
    doc = parse(text, fmt="markdown")
    assert [s.text.replace("\n", " ") for s in doc.segments][-1] == "Three : b"
    assert "One : a" in doc.segments[0].text
    assert_mapped_or_break(doc)
    assert [c for c, _, _ in codes(text, "a.md")] == ["TQ102", "TQ102"]


def assert_mapped_or_break(doc):
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            at = seg.offset(i)
            assert doc.text[at] == ch or ch == "\n" and doc.text[at] == "\r", (seg.text, i)


def test_markdown_front_matter_with_lone_carriage_returns():
    doc = parse("---\rtitle: « x »\r---\rBody : z\r", fmt="markdown")
    assert [s.text for s in doc.segments] == ["Body : z"]


def test_markdown_nested_deeper_than_the_parser_limit_says_so():
    doc = parse("> " * 120 + "deep : x\n\nshallow : y\n", fmt="markdown")
    assert doc.warnings == ["line 1: Markdown nested deeper than 100 levels: the text inside is not checked"]
    assert [s.text for s in doc.segments] == ["shallow : y"]
    assert parse("> " * 30 + "fine\n", fmt="markdown").warnings == []


def test_a_huge_paragraph_is_parsed_in_pieces_with_the_same_prose(monkeypatch):
    from tqcheck.documents import markdown

    text = "".join(f"Word{i} *stress* and `code` here.\n" for i in range(200)) + "\n"
    whole = parse(text, fmt="markdown").segments[0]
    monkeypatch.setattr(markdown, "_CHUNK", 500)
    pieces = parse(text, fmt="markdown").segments[0]
    assert pieces.text == whole.text and list(pieces.mapping) == list(whole.mapping)


@pytest.mark.parametrize("data", ["He said yes.\n".encode("utf-16-le"), "He said yes.\n".encode("utf-16-be")])
def test_utf16_without_a_byte_order_mark_is_named_not_guessed(data):
    with pytest.raises(InputError, match=r"f: error: UTF-16 text without a byte order mark: convert it to UTF-8"):
        decode(data, "f")


@pytest.mark.parametrize("markup", ["<p>a <![foo[ x ]]> b</p>", "<p>a <![ x b</p>", "<p>a <!x b</p>>",
                                    "<p>Hello <a <a <a", "<p>x <!-- never closed <p>hidden : text", "<p>a</p><!--"])
def test_html_the_parser_cannot_close_is_read_not_raised(markup):
    doc = parse(markup, fmt="html")
    assert all("hidden" not in s.text for s in doc.segments)
    assert doc.segments and doc.segments[0].text.split()[0] in ("a", "Hello", "x")
    assert_mapped(doc)


def test_html_prepare_keeps_length_and_lines():
    from tqcheck.documents.html_prepare import NEUTRAL, prepare

    text = "<p>a\n<b>x</b>\n<!-- open\nstill\n<a <a"
    prepared, comment = prepare(text)
    assert len(prepared) == len(text) and prepared.count("\n") == text.count("\n")
    assert comment == text.index("<!-- open") and NEUTRAL not in prepared[:comment]
    assert prepare("<p>a <a <a")[0] == "<p>a " + NEUTRAL + "a " + NEUTRAL + "a"


def test_segment_offsets_are_compact():
    seg = parse("Some *emphasis* here.\n", fmt="markdown").segments[0]
    assert not isinstance(seg.mapping, list), "a list of ints costs 36 bytes a character"


def test_a_fix_that_writes_what_is_there_is_no_fix():
    # `--fix --unsafe-fixes` once counted and reported such a fix while the file stayed the same; every rule's
    # problem becomes a finding in engine.to_finding, so the rule holds there (clusters build their own Fix)
    from tqcheck.config import Config
    from tqcheck.engine import Context, to_finding
    doc = parse("He noted it.", fmt="text")
    seg, ctx = doc.segments[0], Context(Config())
    assert to_finding(doc, seg.problem(3, 8, "TQ301", "m", "noted"), ctx).fix is None
    assert to_finding(doc, seg.problem(3, 8, "TQ301", "m", "said"), ctx).fix is not None


@pytest.mark.parametrize("block", [
    '<div class="fragment"><div class="line">a &lt;&lt; 1,2,</div><div class="line">     3,4;</div></div>',  # Doxygen
    '<div class="memproto"><div class="memtemplate">template&lt;typename T , int N&gt; </div>'
    '<table class="memname"><tr><td class="memname">Eigen::sum</td></tr></table></div>',
    '<h4 class="code-header">extern &quot;rust-call&quot; fn call(&amp;self, args: Args)</h4>',  # rustdoc
    '<div class="member-signature"><span class="modifiers">public static</span> String join(Object ... a)</div>',
    # a Doxygen member table: the type in one cell, the name and arguments in the next (SDL2's SDL_RWops)
    '<table class="memberdecls"><tr><td class="memItemLeft">Sint64(*&#160;</td>'
    '<td class="memItemRight"><a class="el">seek</a> )(struct SDL_RWops *context, Sint64 offset)</td></tr></table>',
])
def test_generated_api_documentation_code_blocks_are_not_prose(block):
    """Doxygen, rustdoc and Javadoc write their code examples and signatures in classed blocks, not <pre>: read
    as prose, `1,2,` was a decimal comma and `T , int` a space before a comma."""
    html = f"<p>Example:</p>{block}<p>Returns the sum.</p>"
    assert [s.text for s in parse(html, fmt="html").segments] == ["Example:", "Returns the sum."]


def test_an_opaque_span_inside_another_does_not_hide_the_outer_one():
    # a code span inside a reference link's text, which is its label too: a fix after the code is inside the label
    doc = parse("See [`x` « y »][] now.\n\n[`x` « y »]: u\n", fmt="markdown")
    seg = doc.segments[0]
    i = seg.text.index("«")
    assert doc.touches_opaque(*seg.span(i, i + 1))
    assert not doc.touches_opaque(*seg.span(seg.text.index("now"), seg.text.index("now") + 3))


def test_a_rest_source_named_txt_is_read_as_rest():
    # a survey of safe fixes on native docs (stop 50): Sphinx's `_sources/*.rst.txt` and docutils' reST `.txt` were
    # read as plain text, their literal blocks as prose, and TQ102's safe fix edited code and its output
    from tqcheck.documents import detect_format

    assert detect_format("_sources/library/html.parser.rst.txt") == "rst"
    assert detect_format("docs/intro.md.txt") == "markdown" and detect_format("notes.txt") == "text"
    assert detect_format("OEBPS/text/chapter-1.xhtml") == "html"  # an EPUB's chapter, unpacked (Standard Ebooks)
    rest = "Title\n=====\n\nSee :ref:`x`. Run this::\n\n    print(\"End tag  :\", tag)\n\nDone.\n"
    assert parse(rest, path="release.txt", fmt="text").format == "rst"
    assert [s.text for s in parse(rest, path="release.txt", fmt="text").segments] == [
        "Title", f"See {PLACEHOLDER}. Run this:", "Done."]
    assert parse(rest.replace("\n", "\r\n"), path="release.txt", fmt="text").format == "rst"  # Windows lines
    for plain in ("Notes\n\nThe tag is: h1.\n",  # no mark of reST: plain text stays plain
                  # AsciiDoc (git's manuals, a review's): underlined titles, an option list's `--all::`
                  "GITK(1)\n=======\n\nOPTIONS\n-------\n--all::\n\n\tShow all refs.\n"):
        assert parse(plain, path="notes.txt", fmt="text").format == "text", plain


def test_backquoted_code_in_plain_text_is_never_fixed():
    text = "Run `a : b` then ``c : d`` now, and it is fine : really.\n"
    found = codes(text, "a.txt")
    assert [(code, fix is not None) for code, _, fix in found] == [("TQ102", False), ("TQ102", False), ("TQ102", True)]
