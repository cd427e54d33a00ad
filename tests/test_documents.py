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
title: « front matter »
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
    assert decode(b"\xef\xbb\xbfhi", "f") == ("hi", True)
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
