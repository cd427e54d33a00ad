"""TQ102 inside straight double quotes (tqcheck.rules.typography.spacing, ``_straight_quote``).

French news writes ``« mot »``; MT output keeps the spaces inside the straight quotes that replace the
guillemets.  A straight quote does not say whether it opens or closes: the line does.
"""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def _found(text, path="x.txt"):
    """``(column, span, applicability)`` of each TQ102 finding about a straight quote."""
    return [(f.column, f.span, f.fix.applicability if f.fix else None)
            for f in check_text(text, path=path, config=Config(select=["TQ102"])) if '`"`' in f.message]


@pytest.mark.parametrize("text, found", [
    # spaced after the opening quote, the closing one tight (WMT13 online-B)
    ('the exhibition " Flamenco and Life" because', [(17, " ", "safe")]),
    # spaced both sides, tokenised MT: the quotes of the line alternate (unsafe: a literal may be shown with
    # its spaces, ``search for " the "``)
    ('on a " final status " will not happen', [(7, " ", "unsafe"), (20, " ", "unsafe")]),
    ('He said " hello " and " bye ".', [(10, " ", "unsafe"), (16, " ", "unsafe"), (24, " ", "unsafe"), (28, " ", "unsafe")]),
    # a paragraph opened by a quote and a space
    ('" Each second this device takes a picture.', [(2, " ", "safe")]),
    # the second quote closes with its clause's comma: ``" It … years, " he says``
    ('" They had given me five years, " he says.', [(2, " ", "unsafe"), (32, " ", "unsafe")]),
    # the opening quote spaced, its partner tight after the clause's comma: a quotation, not a literal
    ('" Each second counts," he said.', [(2, " ", "safe")]),
    # a line that starts inside the quotation: ``, " explains`` closes it (no partner: unsafe)
    ('to avoid obstacles, " explains the engineer', [(20, " ", "unsafe")]),
    # closed by punctuation after its space, or by the line's end
    ('of the doctors " conscious and throttled ".', [(17, " ", "unsafe"), (41, " ", "unsafe")]),
    ('Here, life goes on in the best conditions ", says Dr. Martel.', [(42, " ", "unsafe")]),
    ('You can see the beginnings of a theocracy. "', [(43, " ", "unsafe")]),
    # ``: " We`` opens
    ('He can declare: " We will change the law ", but', [(18, " ", "unsafe"), (41, " ", "unsafe")]),
    # a no-break space is named as such
    ('the "\u00a0Nightingale\u00a0" club', [(6, "\u00a0", "unsafe"), (18, "\u00a0", "unsafe")]),
    # a CRLF line reads as the same line with LF
    ('He said " Hello there "\r\nNext line.', [(10, " ", "unsafe"), (22, " ", "unsafe")]),
])
def test_space_inside_straight_quotes(text, found):
    assert _found(text) == found


def test_each_line_of_a_paragraph_pairs_its_own_quotes():
    # one sentence a line (WMT): a quote left open on one line does not shift the next line's pairs
    text = '" It was still biosatellites.\nThe group sang " End of the world cancelled ".'
    found = check_text(text, config=Config(select=["TQ102"]))
    assert [(f.line, f.column, f.fix.applicability) for f in found] == [
        (1, 2, "safe"), (2, 17, "unsafe"), (2, 44, "unsafe")]


MT = 'on a " final status " will'
MT_COLUMNS = (7, 20)


@pytest.mark.parametrize("text", [
    'He said "yes" and "no", then "maybe".',                # tight quotes: nothing to say
    'the " character ends a string',                       # a quote named as a character
    "use \" or ' around the value",
    "The name must not contain the characters ' or \".",    # named after another (Piwigo's strings)
    'Type " and press Enter.',                              # a lone quote, no evidence either way
    'a 5 " wide board and a 12" screen',                    # inch marks
    'Monday   rain\n"        sun',                          # ditto marks, aligned
    'Milk  2 l\n"  "  3 l',
    'Join the fields with " , " between them.',             # a literal mark and its spaces
    'Split on " " first.',
    'lines starting with "From " are escaped',              # a literal with its own space, one word
    'include "Tagger: " and "Date: " lines',
    'are "From ".  Likewise, flags',
    'He described it as "... one of his greatest discoveries ..."',  # an opening quote and an ellipsis
    'Use "." or "," as the separator.',                     # a quoted mark
    'printf(" hello ") and print " hi "',                   # code in plain text
    'x = " padded " and y = 2',
    '    " KLhaOykbhKSgxOmMxMjg6MVlKj2bjb7qFQVkLO1OPg28"',  # an indented string continued
    'echo "  discards  $rev"',
    '| " | " |\n|---|---|\n| a | b |',                      # a table of ditto marks
    '   "  "  "\n  ##"##"##',                               # ASCII art
])
def test_straight_quotes_that_say_nothing_are_quiet(text):
    # beside a paragraph of MT whose quotes are flagged, so that the test fails if nothing is checked
    assert _beside_mt(text, "\n\n", "x.txt") == _mt_found(text + "\n\n")


def _beside_mt(text, sep, path, wrap="{}"):
    """``(line, column)`` of the TQ102 findings of ``text``, then ``sep``, then the MT line."""
    found = check_text(text + sep + wrap.format(MT), path=path, config=Config(select=["TQ102"]))
    return [(f.line, f.column) for f in found]


def _mt_found(prefix, opening=""):
    """Where the MT line's two findings are when ``prefix`` (and ``opening`` on its line) comes first."""
    line = prefix.count("\n") + 1
    start = len(prefix) - prefix.rfind("\n") - 1 + len(opening)
    return [(line, start + column) for column in MT_COLUMNS]


def test_nested_quotation_is_not_paired_across():
    # the line starts inside a quotation and nests a name: only the clause's comma speaks
    text = 'said " Červenohorské sedlo " a thick layer of snow, " said the head'
    assert _found(text) == [(52, " ", "unsafe")]


def test_a_trailing_space_kept_by_a_quotation_is_unsafe_to_remove():
    # ``"Are you sure? "`` may be a prompt with its space; an MT title is not, but the line cannot tell
    assert _found('the "speedy return home " will bring a miracle') == [(24, " ", "unsafe")]


@pytest.mark.parametrize("text, path", [
    ('Set `x = " a "` here.\n', "x.md"),
    ('Run `say " hi " to the " world "` now.\n', "x.md"),
    ('```\nprint(" hello ")\nsay " hi "\n```\n', "x.md"),
    ('    say " hi " to the " world "\n', "x.md"),
    ('<p>Run <code>say " hi "</code> now.</p>', "x.html"),
    ('<pre>say " hi " to the " world "</pre>', "x.html"),
])
def test_code_is_quiet(text, path):
    if path.endswith(".md"):
        assert _beside_mt(text, "\n", path) == _mt_found(text + "\n")
    else:
        assert _beside_mt(text, "", path, "<p>{}</p>") == _mt_found(text, "<p>")


def test_markdown_prose_is_checked():
    assert _found('The exhibition " Flamenco and Life" opens.\n', path="x.md") == [(17, " ", "safe")]


def test_fix_removes_the_spaces_inside(fixed):
    assert fixed('the exhibition " Flamenco and Life" opens') == 'the exhibition "Flamenco and Life" opens'
    assert fixed('" Each second counts," he says.') == '"Each second counts," he says.'
    assert fixed('on a " final status " will', unsafe=True) == 'on a "final status" will'
    assert fixed('" Each second counts, " he says.', unsafe=True) == '"Each second counts," he says.'
    # unsafe: left for an editor
    assert fixed('to avoid obstacles, " explains the engineer') == 'to avoid obstacles, " explains the engineer'
    assert fixed('to avoid obstacles, " explains the engineer', unsafe=True) == 'to avoid obstacles," explains the engineer'


def test_a_line_opening_with_a_spaced_quote_inside_an_open_quotation_has_no_safe_fix():
    """A wrapped paragraph: the quote at the line's start may close the quotation of the line before, so
    removing its space could glue the wrong words; the line alone (nothing open before) keeps its safe fix."""
    from tqcheck import check_text

    def fixes(text):
        return [f.fix.applicability for f in check_text(text, path="x.txt") if f.code == "TQ102"]

    assert fixes('" Each second counts, says the engineer.\n') == ["safe"]
    wrapped = 'He said "we will hold\n" Each of them nodded and left the room.\n'
    assert "safe" not in fixes(wrapped)


@pytest.mark.parametrize("text", [
    'Search for " the " rather than "the".',
    'The string " hello world " has leading and trailing spaces.',
    'Type " yes " to confirm.',
    'Set the prefix to " Re: " and the suffix to " (fwd) ".',
    'In the title bar you will see " Untitled - Notepad ".',
])
def test_a_literal_shown_with_its_spaces_is_never_fixed_safely(fixed, text):
    """Quotes spaced at both ends may show a literal with its spaces: flagged, but only an editor removes them."""
    assert _found(text)
    assert fixed(text) == text


def test_the_line_before_decides_whether_a_line_opening_quote_is_safe_to_fix():
    """Only the line before is read: a stray quote further up (an inch mark) does not flip the answer, and a
    long text of such lines is not read again for each one."""
    wrapped = 'A 5" disk.\n"We will win\n" Each of us will fight.\n'
    assert [a for _, _, a in _found(wrapped)] == ["unsafe"]
    assert [a for _, _, a in _found('A 5" disk.\nWe will win.\n" Each of us will fight.\n')] == ["safe"]


@pytest.mark.parametrize("text", [
    'Added missing "; fi" to the makefile.',             # a literal that starts with a mark, read as a close
    'because of a missing ", Inc." suffix',
    'replaced "mpfr_cmp" by "! mpfr_equal_p";',
])
def test_a_literal_starting_with_a_mark_is_quiet(text):
    """Changelog English: a quotation that opens on a mark looks closed by it; the next quote closes too,
    so the line's quotes do not alternate and the lone one says nothing (read on /usr/share/doc)."""
    assert _found(text) == []


def test_a_quoted_list_of_symbols_keeps_its_space_unless_an_editor_removes_it(fixed):
    text = 'the list is treated as if it were the list " K1 K2 K3 NoSymbol". When'
    assert [a for _, _, a in _found(text)] == ["unsafe"]
    assert fixed(text) == text


@pytest.mark.parametrize("text, found", [
    # hard-wrapped prose (requests' FAQ): a quote after a word at the line's end, the first of its line, may open a
    # quotation that the next line closes: not reported
    ('even longer to make it onto PyPI where any project which required "\nhttplib2" would get it.\n', []),
    ('which required "\n    httplib2" would get the working version.\n', []),
    # the same line, the last of its paragraph: a closing quote with French spacing
    ('even longer to make it onto PyPI where any project which required "\n\nNext paragraph.\n', [(66, " ", "unsafe")]),
    # a quote earlier on the line: this one closes it, whatever the next line holds
    ('He said "We will win "\nThen he left.\n', [(21, " ", "unsafe")]),
    # ... not a pair closed before it (a reviewer's case): this one may open a quotation that wraps
    ('He said "yes" and then any project which required "\nhttplib2" would get it.\n', []),
    # a quotation left open by the line before: this one closes it
    ('The minister said "we will not give\nup "\nand then he left the room.\n', [(3, " ", "unsafe")]),
    # after a sentence's end, a quote at the line's end closes (one sentence a line: WMT13's FDA)
    ('Yet she had said that I was finished! "\nThe next line.\n', [(38, " ", "unsafe")]),
])
def test_a_quote_ending_a_wrapped_line(text, found):
    assert _found(text) == found
