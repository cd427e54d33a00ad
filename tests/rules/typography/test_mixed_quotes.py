"""TQ105 mixed-quote-styles (tqcheck.rules.typography.mixed_quotes)."""

from tqcheck import check_text
from tqcheck.config import Config


def test_mixed_quotes_flag_minority_with_unsafe_fix(fixed):
    text = 'He said “yes” and “maybe”. She said "no".'
    found = check_text(text, config=Config(select=["TQ105"]))
    assert [f.span for f in found] == ['"', '"']
    assert all(f.severity == "info" and f.fix.applicability == "unsafe" for f in found)
    assert fixed(text, unsafe=True) == "He said “yes” and “maybe”. She said “no”."
    assert fixed(text, unsafe=False) == text


def test_inch_marks_are_not_quotes(codes):
    assert codes('A 12" screen and “quotes”.', select=["TQ105"]) == []


def test_a_tie_flags_the_straight_quotes_and_says_so():
    found = check_text('He said “yes”. She said "no".', config=Config(select=["TQ105"]))
    assert [f.span for f in found] == ['"', '"']
    assert found[0].message == "Straight double quote in a document that also uses curly ones (2 curly, 2 straight)"


def test_mostly_straight_flags_the_curly_quotes_with_a_straight_fix(fixed):
    text = 'He said "yes" and "maybe". She said “no”.'
    found = check_text(text, config=Config(select=["TQ105"]))
    assert [(f.span, f.fix.replacement) for f in found] == [("“", '"'), ("”", '"')]
    assert "mostly uses straight ones (4 straight, 2 curly)" in found[0].message
    assert fixed(text, unsafe=True) == 'He said "yes" and "maybe". She said "no".'


CHANGELOG = """dpkg (1.21.22) unstable; urgency=medium

  * Say “execute” instead of “exec” in an error message.

 -- Guillem Jover <guillem@debian.org>  Mon, 06 Mar 2023 01:46:14 +0100

dpkg (1.21.21) unstable; urgency=medium

  * Fix the "conffile" prompt for {on} paths.

 -- Another Hand <hand@debian.org>  Mon, 06 Feb 2023 01:46:14 +0100
"""


def test_a_changelog_entry_is_one_text_with_its_own_quotes():
    """dpkg's changelog: one maintainer's entries curl their quotes, another's do not (774 native hits)."""
    quiet = check_text(CHANGELOG.format(on="some"), "changelog.txt", config=Config(select=["TQ105"]))
    assert quiet == []
    mixed = check_text(CHANGELOG.format(on="“some”"), "changelog.txt", config=Config(select=["TQ105"]))
    assert [(f.line, f.span) for f in mixed] == [(9, '"'), (9, '"')]
    assert mixed[0].message == "Straight double quote in a text that also uses curly ones (2 curly, 2 straight)"


def test_a_markdown_document_is_one_text_whatever_its_sections():
    text = '# Guide\n\n## Install\n\nSay "yes" here.\n\n## Usage\n\nSay “go” and “run” there.\n'
    found = check_text(text, "README.md", config=Config(select=["TQ105"]))
    assert [f.span for f in found] == ['"', '"']


def test_a_guillemet_fix_takes_the_style_of_its_own_entry(fixed):
    """In a changelog whose entries differ in style, « » become the quotes of their entry: the fix leaves TQ105
    nothing to flag."""
    text = CHANGELOG.format(on="« some »").replace('the "conffile"', 'the "conffile" and "purge"')
    out = fixed(text, unsafe=False)
    assert 'Say “execute” instead of “exec”' in out and 'for "some" paths' in out
    assert check_text(out, "changelog.txt", config=Config(select=["TQ105"])) == []


def test_quotes_a_tool_chain_writes_or_a_link_holds_are_not_the_authors(codes):
    # DocBook writes <quote> as a span of curly quotes; an xref's link text quotes the section's title
    html = ('<p>Say "yes" or "no" to "this", then read <a href="#s">Section 2, “Setup”</a> and press the '
            '<span class="quote">“<span class="quote">Find</span>”</span> button.</p>')
    assert [c for c in codes(html, path="a.html") if c[0] == "TQ105"] == []
    authored = html.replace("press the", "press the “Replace” or")
    assert [c[2] for c in codes(authored, path="a.html") if c[0] == "TQ105"] == ["“", "”"]


def test_straight_quotes_around_a_literal_are_notation(codes):
    text = ('Use the label "_About", the action "app.quit" or the setting "key=value". The “Open” and “Exit” '
            'items are stock items.')
    assert [c for c in codes(text) if c[0] == "TQ105"] == []
    assert [c[2] for c in codes(text + ' He said "yes".') if c[0] == "TQ105"] == ['"', '"']
    # quotations, however short: a word, a hyphenated word, a sentence
    quoted = 'He said "Closed." and "Stop." of the "so-called" plan; “yes” and “no”, “maybe”, “never”.'
    assert [c[2] for c in codes(quoted) if c[0] == "TQ105"] == ['"'] * 6
    # a value in capitals or of one letter, a command line, a setting (exim's and Debian policy's own mix)
    values = ('Labels include "CN", "OU" and "RFC4514", one of "a" or "d"; run "strip --strip-unneeded" with '
              'OPTIMIZE="-O2 -g -Wall" after "message =". The “installed” and “unpacked” states.')
    assert [c for c in codes(values) if c[0] == "TQ105"] == []
    assert [c[2] for c in codes(values + ' The "big" one.') if c[0] == "TQ105"] == ['"', '"']


def test_a_literal_that_ends_in_a_digit_is_counted_once(codes):
    # its closing quote is no inch mark nor a quote: subtracted once, not twice
    text = 'Versions "v1.2" and "v1.3" were "quoted" and "so" were "these"; “one” and “two”.'
    assert [c[2] for c in codes(text) if c[0] == "TQ105"] == ["“", "”", "“", "”"]


def test_a_resource_files_strings_are_not_compared():
    """Strings shown one at a time (an app's en.yml) are no document whose quotes mix."""
    from tqcheck import check_text

    text = 'en:\n  a: \'He said "yes" and "no" and "maybe"\'\n  b: \'She said “no”\'\n'
    assert [f.code for f in check_text(text, "en.yml") if f.code == "TQ105"] == []
    assert [f.code for f in check_text(text.replace("en:\n  ", "").replace("\n  ", "\n"), "a.txt")
            if f.code == "TQ105"] != []


def test_a_rest_source_is_not_checked(codes):
    # Flask's config.rst mixes “x” and "x": Sphinx's smart quotes curl the straight ones when the page is built
    text = 'It says “yes” here.\n\nAnd "no" there, and "maybe".\n'
    assert [c for c in codes(text, path="x.txt", select=("TQ105",))] != []
    assert codes(text, path="config.rst", select=("TQ105",)) == []


def test_the_quotes_of_an_alt_text_or_a_title_are_not_the_pages(codes):
    # mdBook curls the prose's quotes, not the alt text's (a fresh native run's 6 false alarms)
    html = ('<p>The page uses “curly quotes” in its prose, “always”.</p>\n<p><img src="a.png" alt="The string '
            '&quot;hello world&quot; on the heap" title="A &quot;title&quot;"></p>')
    assert [c for c in codes(html, path="a.html") if c[0] == "TQ105"] == []
    prose = html.replace("in its prose", 'in its "prose"')
    assert [c[2] for c in codes(prose, path="a.html") if c[0] == "TQ105"] == ['"', '"']
    markdown = ('The page uses “curly quotes” in its prose, “always”.\n\n'
                '![The string "hello" on the heap](a.png "A \\"title\\" here")\n')
    assert [c for c in codes(markdown, path="a.md") if c[0] == "TQ105"] == []  # Markdown's alt and title too


def test_the_spaced_literal_search_finds_what_its_plain_spelling_finds():
    """``_SPACED`` reads a quote's text one way (linear time: its plain spelling took 78 s on one 4 MB line of MT
    output); on random strings of the characters that matter it finds the same literals."""
    import random
    import re

    from tqcheck.rules.typography.mixed_quotes import _SPACED

    plain = re.compile(r'"(?<![\w"]")([^"\n]*\s[^"\n]*)"(?![\w"])')
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice('a "\n\t-=x.') for _ in range(rng.randint(0, 14)))
        assert [m.span(1) for m in _SPACED.finditer(text)] == [m.span(1) for m in plain.finditer(text)], repr(text)
