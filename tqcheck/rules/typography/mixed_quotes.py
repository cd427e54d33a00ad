"""TQ105 mixed-quote-styles: straight and curly double quotes in one document.

The document's quotes are counted (an inch mark ``12"`` is not a quote) and every quote of the less
used style is flagged, with an unsafe fix to the majority style.  A file of many texts (a changelog's
entries, a digest of stories, in plain text: ``names.scope``) is counted text by text, as TQ203 counts
spellings; a Markdown or HTML document is one text, its sections sharing one house style.  The quotes
of a link's text or that a tool chain writes (DocBook's ``<span class="quote">``: navigation context) are
not the author's, nor are those of an attribute (an image's alt text or title, never set in type), nor the straight
quotes around a literal (``"_About"``, ``"CN"``, ``"strip --strip-unneeded"``): neither counted nor flagged.  A reST
source is not checked: Sphinx's and docutils' smart quotes (on by default) curl its straight quotes when it is built.
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern, minority
from ..names.scope import article_of, articles
from ..names.tokens import layout

RULES = [
    Rule(
        code="TQ105",
        name="mixed-quote-styles",
        severity="info",
        summary="Straight and curly double quotes mixed in one document",
        what="Flags the less frequent style when a document uses both straight `\"` and curly `“ ”` "
        "double quotes; in a plain-text file of many texts (stories parted by separator lines or titles, a "
        "changelog's entries), text by text. A resource file's strings (JSON, YAML, Android, properties), shown "
        "one at a time, are not compared, nor is a reST source (Sphinx curls its straight quotes when it builds it).",
        why="Mixed quotes show text pasted together from several sources, often MT output edited in "
        "parts. House style picks one.",
        before='He said “yes”. She said "no".',
        after="He said “yes”. She said “no”.",
        fix="unsafe: the minority quotes are rewritten to the majority style; curling a straight quote "
        "guesses its direction from its neighbours.",
    ),
]

_STRAIGHT = Pattern(r'(?<![0-9])"')
_INCH = Pattern(r'[0-9]"')
_CURLY = Pattern("[“”]")
# a literal: one token of code between straight quotes ("_About", "app.quit", "key=value"): a mark of code
# anywhere, or a dot or colon between word characters; never a closing full stop ("Closed."), and a hyphen alone
# says nothing ("so-called" is a quotation, "help-about" an icon's name)
_ONE_TOKEN = Pattern(r'"(?<![\w"]")([^"\s]+)"(?![\w"])')  # the quote first: a fast literal search
_INNER_MARK = Pattern(r"\w[.:]\w|\A[A-Z][A-Z0-9]+\Z|\A\w\Z")  # or a value: "CN", "RFC4514", "a"
# a literal of several tokens: a command line or a setting ("strip --strip-unneeded", "-O2 -g -Wall", "message =")
# (up to the next quote, one line break at most, a space in it: read in one way, so in linear time; written
# `[^"\n]*\s[^"\n]*`, the same strings, it took 78 s on one 4 MB line of MT output, 3 s on 2 MB)
_SPACED = Pattern(r'"(?<![\w"]")(?=[^"\n]*\s)([^"\n]*(?:\n[^"\n]*)?)"(?![\w"])')
_SPACED_CODE = Pattern(r"(?:\A|\s)--?\w|=|[$%]\{|[{}<>\\]")


def quote_counts(doc) -> dict:
    """How many straight (inch marks apart) and curly double quotes the document holds."""
    return counts_of(doc.segments)


def counts_of(segments) -> dict:
    """``quote_counts`` of some of a document's segments (one of its ``texts``)."""
    counts = {"curly": 0, "straight": 0}  # on a tie the straight quotes are the ones flagged
    for seg in segments:
        text = seg.text
        if '"' in text:  # each quote once: an inch mark (12") is none, nor a literal's quote or a link's
            skip = _not_quotes(seg, '"')
            counts["straight"] += text.count('"') - len(_INCH.findall(text)) \
                - sum(1 for i in skip if not (i and text[i - 1].isdigit()))  # (an inch mark is out already)
        if "“" in text or "”" in text:
            counts["curly"] += text.count("“") + text.count("”") - len(_not_quotes(seg, "“”"))
    return counts


def _not_quotes(seg, marks: str) -> set:
    """The offsets of ``marks`` in a segment that are no author's quotation marks: in a link's text or
    written by a tool chain (navigation context), and around a literal (``"app.quit"``, ``"_Apply"``:
    a string of code named in prose, whose straight quotes are notation, not typography)."""
    text = seg.text
    if seg.attribute:  # an alt text or a title, never set in type: its quotes are as the tool chain left them
        return {i for i, c in enumerate(text) if c in marks}
    out = {i for a, b in seg.navigation for i in range(a, b) if text[i] in marks}
    if '"' in marks:
        out.update(i for m in _ONE_TOKEN.finditer(text) if _literal(m.group(1))
                   for i in (m.start(), m.end() - 1))
        out.update(i for m in _SPACED.finditer(text) if len(m.group(1)) <= 60 and _SPACED_CODE.search(m.group(1))
                   for i in (m.start(), m.end() - 1))
    return out


def _literal(token: str) -> bool:
    return (any(c in token for c in "_/=\\") or _INNER_MARK.search(token) is not None) \
        and token[-1] not in ".,;!?"


def texts(doc, ctx) -> list:
    """The texts whose quotes share one style, as lists of segment indices: the document, or in a plain-text
    file of many texts (a changelog's entries, a digest's stories: ``names.scope``) each of them (a Markdown
    section is no text of its own)."""
    starts = articles(doc, ctx) if doc.format == "text" else []
    if not starts:
        return [list(range(len(doc.segments)))]
    _, offsets = layout(doc)
    parts: dict = {}
    for k in range(len(doc.segments)):
        parts.setdefault(article_of(starts, offsets[k]), []).append(k)
    return list(parts.values())


def check(doc, ctx):
    if doc.units is not None:
        return  # a resource file's strings are shown one at a time, written by many hands: no document to mix
    if doc.format == "rst":
        return  # Sphinx's and docutils' smart quotes curl the straight ones when the page is built: no mix is shown
    counts = quote_counts(doc)
    if not counts["straight"] or not counts["curly"]:
        return
    groups = texts(doc, ctx)
    for group in groups:
        segments = [doc.segments[k] for k in group]
        yield from _minority(segments, counts if len(groups) == 1 else counts_of(segments),
                             "document" if len(groups) == 1 else "text")


def _minority(segments, counts, where):
    """The quotes of the less used style in ``segments`` (``counts``: their quotes by style), in one
    ``where`` (a document, or a text of a file of many)."""
    straight, curly = counts["straight"], counts["curly"]
    if not straight or not curly:
        return
    _, (style,) = minority(counts)
    mostly = "also uses" if straight == curly else "mostly uses"
    message = f"{style.capitalize()} double quote in a {where} that {mostly} " + (
        f"curly ones ({curly} curly, {straight} straight)" if style == "straight"
        else f"straight ones ({straight} straight, {curly} curly)"
    )
    pattern = _STRAIGHT if style == "straight" else _CURLY
    for seg in segments:
        text = seg.text
        skip = _not_quotes(seg, '"' if style == "straight" else "“”")
        for m in pattern.finditer(text):
            i = m.start()
            if i in skip:
                continue
            if style == "curly":
                replacement = '"'
            else:
                prev = text[i - 1] if i else " "
                replacement = "“" if prev.isspace() or prev in "([{—–-/" else "”"
            yield seg.problem(i, i + 1, "TQ105", message, replacement, applicability="unsafe")
