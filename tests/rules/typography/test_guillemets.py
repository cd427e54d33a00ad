"""TQ101 french-guillemets (tqcheck.rules.typography.guillemets)."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def _tq101(text, path="x.txt"):
    return [(f.column, f.span, f.fix) for f in check_text(text, path=path, config=Config(select=["TQ101"]))]


@pytest.mark.parametrize("text, column", [
    ("We must continue to support Ukraine. »", 38),
    ("He called him a «loser».", 17),
    ("He called him a «\u00a0loser\u00a0».", 17),
    ("A « quote ” closed the English way.", 3),
    # a stray closing guillemet between words, in prose: the breadcrumb heuristic must not take it
    ("“We will not give in » the union leader told the crowd.", 22),
    ("The strike goes on » the union leader told the crowd on Monday.", 20),
    ("He said it was all over »", 25),          # no quotation opened, but a sentence, not a menu item
    ("« We will not give in", 1),              # a lone opening guillemet before a sentence
])
def test_guillemets_flagged(codes, text, column):
    found = codes(text)
    assert found and found[0][0] == "TQ101" and found[0][1] == column


def test_a_line_opened_by_a_closing_guillemet_is_prose_when_it_is_a_sentence(codes):
    assert codes("He would never give in.\n» The union leader told the crowd to go home.") == [("TQ101", 1, "»")]


@pytest.mark.parametrize("before, after", [
    ("We must continue to support Ukraine. »", "We must continue to support Ukraine.”"),
    ("He called him a «\u00a0loser\u00a0».", "He called him a “loser”."),
    ("‹ Hello ›, she wrote.", "‘Hello’, she wrote."),
    # the comma's move is TQ103's suggestion (unsafe: British styles keep it outside)
    ("« We must go », underlined the Secretary General.", "“We must go”, underlined the Secretary General."),
    # beside an English quotation mark the quotation is already marked: the guillemet goes, the mark stays
    ('He said "« hi »" to me.', 'He said "hi" to me.'),
    ("He said “« hi »” to me.", "He said “hi” to me."),
    ("He said « “hi” » to me.", "He said “hi” to me."),
    # ... not an inner quotation's mark beside one guillemet of the pair: both guillemets become marks (a hostile
    # run's: the outer quotation lost its opening mark), and the inner quotation single quotes (the review's)
    ("She said « it is “fine” ».", "She said “it is ‘fine’”."),
    ("She said « “fine” is it ».", "She said “‘fine’ is it”."),
    ('She said « it is "fine" » and "no".', "She said \"it is 'fine'\" and \"no\"."),  # straight quotes
    # German and Danish quotes, » before and « after (a Debian package's changelog): the spaces outside them
    # are between words and stay; they were taken as French inner spaces (``wrote”German“here``)
    ("He wrote »German« here.", "He wrote “German” here."),
    ("  »German ›angular‹ quotes« not recognized.", "  “German ›angular‹ quotes” not recognized."),
    ("Then (« x ») and «ok» and « loser », done.", "Then (“x”) and “ok” and “loser”, done."),
])
def test_guillemet_fix(fixed, before, after):
    assert fixed(before) == after
    assert fixed(after) == after  # idempotent


@pytest.mark.parametrize("text", [
    "Home » News » Sport",
    "Read more »",
    "Next ›",
    "1 › 2",
    "« Previous",
    "What's New » Release Notes",
    "Handbook 2.1 Documentation » The Tutorial » 4. Control Flow",
    "Project site\nDocs » Guides » Installing\n\nThe guide starts here.",
    "» GitHub Repository\n» Annotated Source (single read)\n» Twitter",  # bullets (Underscore's documentation)
])
def test_guillemet_as_navigation_not_flagged(codes, fixed, text):
    assert codes(text) == []
    assert fixed(text) == text


# a documentation page as Sphinx writes it (paraphrased): a breadcrumb whose separator is an entity,
# a collapse button holding a lone «, a previous-page link; then prose that quotes the French way
_SPHINX_PAGE = """<html><body>
<div class="related" role="navigation" aria-label="related navigation">
  <ul><li><a href="../index.html">Widgets 2.0 Docs</a> &#187;</li>
  <li class="nav-item"><a href="index.html">The Guide</a> &#187;</li></ul>
</div>
<div class="sphinxsidebar"><div id="sidebarbutton" title="Collapse sidebar"><span>«</span></div></div>
<p class="topless"><a href="intro.html" title="previous chapter">« Introduction</a></p>
<nav class="pager">‹ Prev | Next ›</nav>
<ol class="breadcrumb"><li>Home</li> <li>»</li> <li>Guide</li></ol>
<p>The minister called it a &laquo;&nbsp;turning point&nbsp;&raquo; and left.</p>
<p>See <a href="r.html">the «&nbsp;Bakhmut&nbsp;» report</a> for details.</p>
</body></html>
"""


def test_html_navigation_glyphs_are_not_quotes():
    found = check_text(_SPHINX_PAGE, path="page.html", config=Config(select=["TQ101"]))
    # only the prose paragraph (line 10) and the quoted title inside a link (line 11)
    assert [(f.line, f.span) for f in found] == [(10, "&laquo;"), (10, "&raquo;"), (11, "«"), (11, "»")]


def test_a_guillemet_spaced_between_two_links_is_a_path_not_a_quote(fixed):
    # the Debian reference: "<a>The Linux kernel user's and administrator's guide</a> » <a>The kernel's command-line
    # parameters</a>" names a page by its path; a quotation that ends after a link still closes
    html = ('<p>See "<a href="a.html">The admin guide</a> » <a href="b.html">The parameters</a>" for it.</p>\n'
            '<p>He said « <a href="x.html">yes</a> » and left.</p>\n')
    found = check_text(html, path="page.html", config=Config(select=["TQ101"]))
    assert [(f.line, f.span) for f in found] == [(2, "«"), (2, "»")]
    assert "» <a" in fixed(html, fmt="html").splitlines()[0]


def test_entity_span_is_whole_and_never_half_fixed():
    html = "<p>caf&eacute; &laquo;x&raquo; and &#187; end</p>"
    found = _tq101(html, path="x.html")
    assert [span for _, span, _ in found] == ["&laquo;", "&raquo;", "&#187;"]
    assert [fix for _, _, fix in found] == [None, None, None]  # an entity is not the character: no blind fix


def test_fix_never_rewrites_markup(fixed):
    # the guillemet is inside emphasis markup; the fix must stay exact
    text = "He said *«loser»* twice.\n"
    assert fixed(text, fmt="markdown") == "He said *“loser”* twice.\n"


def test_markdown_link_arrows_are_quiet_but_a_quoted_link_title_is_not(fixed):
    text = "[« Previous](p.md) | [Next »](n.md)\n\nRead [the « Bakhmut » report](r.md).\n"
    found = _tq101(text, path="x.md")
    assert [col for col, _, _ in found] == [11, 21]
    assert fixed(text, fmt="markdown") == "[« Previous](p.md) | [Next »](n.md)\n\nRead [the “Bakhmut” report](r.md).\n"


def test_reference_label_is_never_rewritten(fixed):
    # rewriting the label and not its definition would turn the link into text
    text = "See [the report][ref « a »].\n\n[ref « a »]: https://example.com\n"
    assert fixed(text, fmt="markdown") == text


def test_arrows_in_a_long_paragraph_are_quiet(codes):
    # lone single guillemets used as arrows (their time on long input is measured in bench/, not here)
    assert codes("a › " * 2_000) == []
    assert codes("a ‹ " * 2_000) == []


@pytest.mark.parametrize("text, after", [
    ('He said "yes" and "no". She said « maybe ».', 'He said "yes" and "no". She said "maybe".'),
    ("He said “yes”. She said «\u00a0maybe\u00a0».", "He said “yes”. She said “maybe”."),
])
def test_guillemet_fix_follows_the_document_quote_style(text, after):
    # one fix pass leaves nothing for the next: the new quotes are not a minority style TQ105 rewrites
    from tqcheck.documents import parse
    from tqcheck.engine import Context, apply_fixes, lint

    ctx = Context(Config(select=["TQ1"]))
    fixed_text, count = apply_fixes(text, lint(parse(text, fmt="text"), ctx).findings, True)
    assert fixed_text == after and count == 2
    assert lint(parse(fixed_text, fmt="text"), ctx).findings == []


def test_a_closing_guillemet_that_opens_a_line_keeps_the_lines_indent(fixed):
    # in a reST or Markdown list item the indent is markup: deleting it would end the item
    text = "- It says «\n  another quote\n  » to end.\n"
    assert fixed(text) == "- It says “\n  another quote\n  ” to end.\n"


def test_a_pair_is_fixed_whole_or_not_at_all():
    """In a Qt file, the opening guillemet right after a mnemonic's `&` keeps no fix (it could unmake the
    mnemonic): the closing one keeps none either, or the fixed file would hold `&« x”`."""
    from tqcheck import check_text

    text = ('<TS language="en"><context><name>c</name><message><source>s</source>'
            "<translation>&amp;« x » and « y »</translation></message></context></TS>")
    found = [(f.column, f.fix is not None) for f in check_text(text, path="a_en.ts", fmt="ts") if f.code == "TQ101"]
    assert found == [(text.index("« x") + 1, False), (text.index("» and") + 1, False),
                     (text.index("« y") + 1, True), (text.index("»<") + 1, True)]


@pytest.mark.parametrize("text, path", [
    ("<?php\nreturn [\n  'first' => '«',\n  'last' => '»',\n];\n", "lang/en/pagination.php"),  # PluXml's arrows
    ('{"first": "«", "last": "»»", "prev": "‹"}\n', "en.json"),
])
def test_a_message_that_is_only_arrows_is_no_quotation(codes, text, path):
    assert codes(text, path) == []
    assert [c for c, *_ in codes(text.replace("'«'", "'He said « yes »'").replace('"«"', '"He said « yes »"'),
                                 path)] == ["TQ101", "TQ101"]


def test_a_quote_beside_a_guillemet_only_in_the_text_is_no_reason_to_delete_it(fixed):
    # tags or emphasis between them in the file: `<span>« Oui »</span><span>"No"</span>` lost its closing mark
    assert fixed('Answers: <span>« Oui »</span><span>"No"</span> here.', fmt="html") == \
        'Answers: <span>"Oui"</span><span>"No"</span> here.'
    assert fixed('Say « hi »*"em"* there.', fmt="markdown") == 'Say "hi"*"em"* there.'
    # ... but beside both guillemets, through emphasis or an entity, the quote is the quotation's own (the review's)
    assert fixed('He said "*« Oui »*" today.', fmt="markdown") == 'He said "*Oui*" today.'
    assert fixed("<p>He said &ldquo;« Non »&rdquo; today.</p>", fmt="html") == "<p>He said &ldquo;Non&rdquo; today.</p>"


def test_quotation_marks_around_a_symbol_are_named_not_quoting():
    # docutils' reST reference lists quote pairs around `*` (a survey of safe fixes: 22 rewritten); in any language
    from tqcheck import check_text
    from tqcheck.config import Config

    text = "Pairs such as “*” „*“ “*„ ”*” „*” and »*« ›*‹ «*» »*» ›*› (breaks rule 5).\n"
    assert check_text(text, path="x.txt", config=Config(select=["TQ1"])) == []
    said = "He said « bonjour » and « *important* » then.\n"  # words quoted: a quotation
    assert len(check_text(said, path="x.txt", config=Config(select=["TQ101"]))) == 4
    # a symbol quoted alone is quoted (dpkg's changelog: `with no «=»`, `trailing «/»`), not a list of pairs
    symbol = "Fix --jobs parsing with no «=».\nRemove trailing «/» and «.» from it.\n"
    assert len(check_text(symbol, path="x.txt", config=Config(select=["TQ101"]))) == 6


@pytest.mark.parametrize("text", [
    "1. Enable the loggers you want in Settings » Simple History » Developer loggers.",  # a WordPress readme's path
    'Fixed the example "aoÃ»t" (août read as Latin-1).',  # mojibake: a letter of a word
])
def test_a_guillemet_in_a_path_or_inside_a_word_is_no_quotation_mark(text):
    from tqcheck.engine import check_text

    assert [f for f in check_text(text + "\n", "a.md") if f.code == "TQ101"] == []



@pytest.mark.parametrize("text, flagged", [
    ("Go to Settings » Permalinks to change it.", 0),  # one step, an interface named
    ("We defend the values of the Republic » Macron declared on Monday.", 1),  # a quotation closed, no path
    ("He said «Stop»and left.", 2),  # a quotation set tight, no mojibake
])
def test_a_path_has_two_steps_or_names_an_interface_and_mojibake_needs_its_a(text, flagged):
    # a second review's (stop 51)
    from tqcheck.engine import check_text

    assert len([f for f in check_text(text + "\n", "a.md") if f.code == "TQ101"]) == flagged
