"""TQ102 space-before-punctuation and TQ106 space-before-comma (tqcheck.rules.typography.spacing)."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


@pytest.mark.parametrize("text, span", [
    ("One thing is certain : the new provisions will apply.", " "),
    ("Why ?", " "),
    ("Stop !", " "),
    ("First ; second", " "),
    ("Certain\u00a0: yes", "\u00a0"),
    ("Certain\u202f: yes", "\u202f"),
    ("He said “ hello ”.", " "),
    ("Really ?!", " "),
    ("He quipped : \"I was told so\"", " "),
    ('The club "Nightingale" : these are the rules', " "),  # after a closing quote
    ("what I did : I went home", " "),                     # ``I`` alone is not a citation
    ("it has always done . !", " "),                       # tokenised MT: after a full stop
    ("the park ( or both ) ?", " "),
    ("the tax should be 0,010 € , or 0.38 € 1.15 per litre ?", " "),  # a line full of figures
    ("“Our town is clean! ”, they said.", " "),             # one-sided, before the closing quote
    ("It is true ; or not, as you like.", " "),              # `or` before a word, not a symbol
    ("what it is supposed to ?</p>", " "),                 # a string's markup after it (a YAML page, stop 51)
    ("with logs of the type :", " "),                      # `type` a noun, not a key pressed (Jeedom's docs, stop 51)
    ("- Script type :", " "),
])
def test_space_before_punctuation(codes, text, span):
    found = [f for f in codes(text) if f[0] == "TQ102"]
    assert found and found[0][2] == span


# operators, emoticons, layout and code in plain text (paraphrased from native documents)
@pytest.mark.parametrize("text", [
    "Sint16\u00a0:\u00a0SDL_stdinc.h",  # a generated index (Doxygen's globals): no-break spaces either side
    "Smile :) it works ;-) really :D",
    "The ratio was 3 : 1 in the end.",
    "See http://example.com/a:b and note: fine.",
    "Two things: first; second! Why? Because.",
    ": a line that starts with a colon",
    "Use `a : b` in code.",
    "Configure with builddir != srcdir to keep them apart.",
    "Set x := 1 before the loop.",
    "The result is a ?: b when a is empty.",
    "This should fix the ::1 error on loopback.",
    "That was the plan all along ;>",
    "<nick> no way :>",
    "She wrote back:\n> : Any volunteers for the new port?\n> : Reply to the list.",
    "cond = ( ready ) ? go : wait;",
    "As the ghost says in Hamlet, I : v : 95, remember me.",
    "X = Y\t\t\t; start from here\nX^2 = XY\t\t; multiply both sides",
    "   ::: .::  .:.::.  .::\n   :::  ::   ::  ::  ::",
    "   \\__\\_ :. ___/\n :.______ :  .:*  :  . _ .:",
    "That was loud !!! and funny ??",
    "Release notes: bump \"node\" : \"^12.22\" in engines.",
    "A Logfire :fire: emoji and a :wq in vi.",
    "Edit (if me != you) and /* !DEBUG */ here.",
    "Lines whose first character is # or ; are ignored.",  # symbols named (systemd's modules-load.d(5))
    "Use ; (Windows) or : (Linux, Mac) to separate entries.",  # each with its note (freeplane's tooltips)
    "Press ? for help. Prefix ! to a pattern to negate it. Type : to enter a command.",  # marks named
    # keys pressed after any subject (a review's: a narrower list of verbs before them made these safe fixes)
    "Inside the pager press ? for help. Vim users type : to enter a command. Players hit ! to jump.",
    "Then type : to enter a command. First type ? to search.",  # a second review's
    "If the password field holds a character such as ! or *, the user cannot log in.",  # (shadow's gshadow(5))
    # a list of lone symbols (botocore's service models, 60 times): `--fix` made it `_ .: / = + -`
    "Tag keys can consist of letters, digits, white space, and any of the following symbols: _ . : / = + - @.",
])
def test_space_before_punctuation_quiet(codes, fixed, text):
    assert [f for f in codes(text, path="x.md") if f[0] == "TQ102"] == []
    assert fixed(text, fmt="markdown") == text


def test_quoted_literals_with_their_own_spaces_are_quiet(codes):
    # a literal with a trailing space, and a closing quote typed as an opening one
    assert codes("Lines starting with “From “ in the body are escaped.") == []
    assert codes("The message is prefixed by “f-string: ”") == []


def test_space_before_punctuation_fix(fixed):
    assert fixed("Certain : yes ! Why ?") == "Certain: yes! Why?"


def test_space_before_comma_or_full_stop(codes, fixed):
    text = "The bill passed the National Assembly , with 300 votes against 200 ."
    assert [(c, col) for c, col, _ in codes(text)] == [("TQ106", 38), ("TQ106", 67)]
    assert fixed(text) == "The bill passed the National Assembly, with 300 votes against 200."


@pytest.mark.parametrize("text, span", [
    ("The vote was close\u00a0.", "\u00a0"),        # the only case is a no-break space before a full stop
    ("First\u202f, then second.", "\u202f"),       # a narrow no-break space before a comma
    ("of the makers Anfac and Ganvam  , the dealers", "  "),  # two spaces (a post-edited line)
    ("the index rose 0,37 % ( 4,06 points ) to 1.106,41 points .", " "),  # figures are prose too
])
def test_space_before_comma_any_space(codes, text, span):
    assert [(c, s) for c, _, s in codes(text)] == [("TQ106", span)]


@pytest.mark.parametrize("text", [
    "A .5 caliber rifle and a file called notes .txt today.",
    "He paused . . . and went on.",
    "Wait ... what?",
    "Version .NET 8 and the .com domains.",
    "Add it to your .gitignore first.",
    "Keep the .py files and drop the .pyc ones.",
    "The odds were .25 at best.",
    "Tag keys can consist of letters, digits, white space, and any of the following symbols: _ . : / = + - @.",
    "_l___\"\"\"I\\   l      *//      _l__l_   . *.  l\n [__][__]] l     ,  , .      [__][__][] l",
])
def test_space_before_comma_quiet(codes, fixed, text):
    assert [c for c, _, _ in codes(text) if c == "TQ106"] == []
    assert fixed(text) == text


def test_full_stop_that_may_be_a_path_is_not_fixed_safely(fixed):
    # ``install .`` installs the current folder: removing the space would change the command
    text = "Then run pip install . in the project folder."
    found = check_text(text, config=Config(select=["TQ106"]))
    assert [f.fix.applicability for f in found] == ["unsafe"]
    assert fixed(text) == text


@pytest.mark.parametrize("text", [
    "In Ternary Operator (?:)\n* Before ?\n* After :\n",  # JUnit's style settings (a survey of safe fixes)
    "It errors out upon seeing an entry that begins with an ! (exclamation).",  # git's release notes
    "It forbids the use of if ! test_have_prereq X in a test script.",
    "Introduces a new ? token in an argument list.",
    "ComplexSchur(Index size=RowsAtCompileTime==Dynamic ? 1 :RowsAtCompileTime)",  # Eigen's Doxygen signature
])
def test_a_mark_named_is_a_symbol(codes, text):
    assert codes(text) == []


def test_a_question_before_a_tight_colon_is_no_ternary(fixed):
    # a review's: only code before the `?` makes a ternary of it (Eigen's `x==Dynamic ? 1 :Rows`)
    assert fixed("Is the build slow ? (see :ref:`perf`)") == "Is the build slow? (see :ref:`perf`)"
    assert fixed("Did it work ? yes :tada:") == "Did it work? yes :tada:"


def test_quote_marks_named_or_a_literal_with_its_space_are_not_fixed_safely(codes, fixed):
    # a survey of safe fixes on native docs (rustdoc's table, Python's C API, groff's mom): the marks named, and a
    # literal spaced on one side only (French spaces both)
    assert codes("A straight quote becomes “ or ”, depending on context.") == []
    assert codes("The separator is “ ”, titles use “ - ” between the parts.") == []  # a space, a symbol quoted
    for text in ("Return values include “ constructor”, “ instance”, and “ object”.",
                 "Per MLA style, label them “Example ” or “Ex. ”."):
        assert codes(text) and fixed(text) == text, text
    assert fixed("He said “ we must go ” then.") == "He said “we must go” then."  # French spacing: both sides


@pytest.mark.parametrize("text", [
    "Set them:\n\n    ((nil . ((indent-tabs-mode . t)))\n",  # a Lisp dotted pair (git's ToolsForGit)
    "Before a release, run find . -name x then stop.",  # the current folder, an option after it
    "Run:\n\n    cp -Lr ../code/test .\n",  # an indented command's last argument (docutils' release notes)
])
def test_a_full_stop_in_code_is_not_fixed_safely(fixed, text):
    # a survey of safe fixes on native docs (stop 50): each lost its meaning
    assert fixed(text) == text


@pytest.mark.parametrize("text", [
    'Join the fields with " , " between them.',   # a separator written as a literal
    'Split each line on " : " first.',
    "The “free” : “fair” debate went on.",
])
def test_quoted_mark_is_never_fixed_safely(fixed, text):
    found = check_text(text, config=Config(select=["TQ102", "TQ106"]))
    assert found and all(f.fix.applicability == "unsafe" for f in found)
    assert fixed(text) == text


def test_tokenised_quotation_before_a_comma_keeps_its_safe_fix(fixed):
    # tokenised MT spaces its closing quotes: the quote is not a literal around the comma (the spaces inside
    # the quotes are TQ102's, and unsafe: ``" bulava "`` could be a literal shown with its spaces)
    assert fixed('the word " bulava " , has gone') == 'the word " bulava ", has gone'
    assert fixed('the word " bulava " , has gone', unsafe=True) == 'the word "bulava", has gone'
    found = check_text('the word " bulava " , has gone', config=Config(select=["TQ106"]))
    assert [f.fix.applicability for f in found] == ["safe"]


@pytest.mark.parametrize("html", [
    "<p>The script can also be <code>.pyw</code>, in that case no console opens.</p>",
    "<p>Call <a href='x'><code>run()</code></a>. Then <kbd>Ctrl</kbd> : quits; <samp>ok</samp> !</p>",
    "<p>Install with <code>pip install x</code> , then</p>",
])
def test_inline_code_in_html_is_opaque(html, fixed):
    found = check_text(html, path="x.html", config=Config(select=["TQ102", "TQ106"]))
    assert [(f.code, f.span) for f in found] == []
    assert fixed(html, fmt="html") == html


def test_each_code_runs_only_when_selected(codes):
    text = "Certain : the Assembly , voted."
    assert [c for c, _, _ in codes(text)] == ["TQ102", "TQ106"]
    assert [c for c, _, _ in codes(text, select=["TQ102"])] == ["TQ102"]
    assert [c for c, _, _ in codes(text, select=["TQ106"])] == ["TQ106"]


RIDDLES = "\n\n".join(["Q: Why do WASPs play golf ?"] + [f"Q: What is riddle number {n}? A: Nobody knows!" for n in range(6)])
MT = "One thing is certain : the provisions will apply. Why ? Because the law says so: it is clear."


def test_a_native_text_that_spaces_a_few_marks_for_effect_is_quiet(codes):
    assert [c for c in codes(RIDDLES) if c[0] == "TQ102"] == []


@pytest.mark.parametrize("number", ["1 000 users", "a rise of 4,5 %", "at 14h30", "1\u202f000 users", "1 000 000 €",
                                    "12 345 678 inhabitants", "2\u00a0500\u00a0000"])
def test_a_text_that_writes_a_number_the_french_way_spaces_its_marks_the_french_way(codes, fixed, number):
    # Gladys Assistant's blog, machine-translated: `Hi all !` and `the 1 000 next users` in one post; the fix of a
    # plain space is then unsafe: the number test is a guess
    text = RIDDLES + f"\n\nWe now count {number}."
    findings = check_text(text, path="x.txt", config=Config(select=["TQ102"]))
    assert [(f.span, f.fix.applicability) for f in findings] == [(" ", "unsafe")]
    assert fixed(text) == text and "golf?" in fixed(text, unsafe=True)
    for figures in ("Call 06 12 34 56 78 or see page 1, line 000.", "A table:\n\n    041 117 132\n    133 112 255",
                    "for n in 32 64 96 128; do",  # a phone's groups, a column of figures (coreutils' NEWS), a list
                    # a second review's: an English thousands comma, model numbers, a step count
                    "Downloads grew by 1,200% this year.", "The Pixel 8 128 GB model.", "Windows 7 100% CPU.",
                    "Repeat Step 2 500 times."):
        assert codes(RIDDLES + "\n\n" + figures, select=["TQ102"]) == [], figures


def test_a_text_that_spaces_its_marks_by_habit_is_flagged(codes):
    assert [c[2] for c in codes(MT) if c[0] == "TQ102"] == [" ", " "]


def test_in_an_article_checked_against_its_source_a_few_spaced_marks_are_its_habit(tmp_path, run_cli):
    # with --source the text is known to translate French: a mark spaced once in a while there is what the French
    # left (Episciences' manual: `the PDF in preview mode ;`); alone, such a text is a riddle book's
    fr = ["Question numéro %d ? Personne ne sait !" % n for n in range(6)] + ["À gauche, le PDF en mode aperçu ;"]
    en = [f"Riddle number {n}? Nobody knows!" for n in range(6)] + ["On the left, the PDF in preview mode ;"]
    (tmp_path / "fr.md").write_text("\n\n".join(fr) + "\n")
    (tmp_path / "en.md").write_text("\n\n".join(en) + "\n")
    assert b"TQ102" in run_cli("check", "--select", "TQ102", "en.md", "--source", "fr.md").stdout
    assert b"TQ102" not in run_cli("check", "--select", "TQ102", "en.md").stdout
    # a space before a comma is no French habit: the source does not make one a finding (a review's case)
    commas = [f"Riddle {n}, then {n + 1}, then more, and so on." for n in range(6)] + ["The file is foo , really."]
    (tmp_path / "en.md").write_text("\n\n".join(commas) + "\n")
    assert b"TQ106" not in run_cli("check", "--select", "TQ106", "en.md").stdout
    assert b"TQ106" not in run_cli("check", "--select", "TQ106", "en.md", "--source", "fr.md").stdout


def test_a_resource_files_strings_are_apart_each_spaced_mark_is_flagged(codes):
    # a fresh catalog (demarches-simplifiees): one French `Pending Transfers :` among English labels
    text = ('en:\n  a: "Pending Transfers :"\n  b: "Pending change:"\n  c: "By phone:"\n  d: "Directly by email:"\n'
            '  e: "Contact support:"\n  f: "Linked to:"\n')
    assert [(c[0], c[1]) for c in codes(text, path="config/locales/en.yml", select=["TQ102"])] == [("TQ102", 24)]
    assert all(f.fix.applicability == "unsafe" for f in check_text(text, "config/locales/en.yml") if f.fix)  # (a
    # review's: a safe fix made `Press ? for help` and `starting with ; are` read differently)
    named = 'en:\n  a: "Press ? for help"\n  b: "Type ; between entries"\n  c: "Add ! after the name"\n'
    assert codes(named, path="config/locales/en.yml", select=["TQ102"]) == []
    article = "Pending transfers :\n\n" + "\n\n".join(f"Label {n}: value." for n in range(6))
    assert codes(article, path="a.md", select=["TQ102"]) == []  # a document: the habit decides


def test_a_no_break_space_is_always_french(codes):
    text = RIDDLES + "\n\nThe answer is simple\u00a0: nobody."
    assert [c[0] for c in codes(text)] == ["TQ102"]


def test_a_stray_space_before_a_comma_in_native_text_is_quiet(codes):
    text = "The strangers on television , even so, were kind. " + "Then, later, we left, and, oh, we sang. " * 3
    assert [c for c in codes(text) if c[0] == "TQ106"] == []


def test_a_catalog_unit_whose_french_source_spaces_the_mark_is_flagged_whatever_the_other_units_do(codes):
    """A catalog's strings are apart: five tight labels (`Name:`) do not make `password ?` an effect."""
    labels = "".join(f'msgid "{w} :"\nmsgstr "{w.title()}:"\n\n' for w in ("nom", "ville", "pays", "adresse", "rue"))
    po = f'msgid ""\nmsgstr "Language: en\\n"\n\n{labels}msgid "Mot de passe oublié ?"\nmsgstr "Forgot your password ?"\n'
    assert [c for c in codes(po, path="x.po") if c[0] == "TQ102"] == [("TQ102", 29, " ")]
    # the source is tight: the habit decides, as in a monolingual text
    assert [c for c in codes(po.replace("oublié ?", "oublié?"), path="x.po") if c[0] == "TQ102"] == []


def test_an_opening_quote_typed_as_closing_is_no_space_before_a_closing_one(codes):
    # gtk-doc writes ”name” with U+201D on both sides: the first opens its word
    text = "The ”name” attribute gives the id; ”key”, ”modifiers” and ”signal” are attributes."
    assert [c for c in codes(text) if c[0] == "TQ102"] == []
    assert [c[2] for c in codes("He said “yes ” and left.") if c[0] == "TQ102"] == [" "]


def test_a_closing_quote_named_alone_is_no_quotation_s_end(codes):
    # LaTeX's user guide: `''` (a ” once read) is the glyph a character no longer produces
    assert [c for c in codes("The character | will no longer produce ”\nbut rather a quote.") if c[0] == "TQ102"] == []
    # a quotation opened with a straight quote still closes with French spacing (a WMT13 system's)
    assert [c[2] for c in codes("'It is not normal that there are so many, ” she said.") if c[0] == "TQ102"] == [" "]


def test_a_sidebar_link_naming_an_operator_and_a_grammar_rule_are_not_french_spacing():
    """mdBook's sidebar repeats `Introducing ?` (the `?` operator, its code markup lost in a link) on every page of
    Rust by Example; the Rust Reference writes its grammar as `MetaItem :` over indented alternatives."""
    sidebar = ('<nav class="sidebar"><ol><li><a href="q.html">Introducing ?</a></li></ol></nav>'
               "<main><p>Chaining results using match can get untidy.</p></main>")
    grammar = ("<p>It has the following grammar:</p><p><em>MetaItem</em> :<br/>&nbsp;&nbsp; <em>SimplePath</em><br/>"
               "&nbsp;&nbsp; | <em>SimplePath</em> <code>=</code> <em>Expression</em></p>"
               "<p>LINE_COMMENT :<br/> <code>//</code></p><p>UTF8BOM : <code>\\uFEFF</code><br/></p>")
    assert check_text(sidebar, path="a.html") == check_text(grammar, path="b.html") == []
    prose = "<p>Install PostgreSQL :</p><p>In JavaScript : the value.</p><p>Why ?</p><p>NOTE :</p><p>Usage :</p>"
    assert [f.code for f in check_text(prose, path="c.html")] == ["TQ102"] * 5


def test_a_link_in_running_prose_is_read_a_brand_alone_on_its_line_is_no_grammar_rule():
    """Only a whole navigation item (a sidebar's link) is left alone; and a name in camel case is a grammar rule
    only in italics (the Rust Reference's `<em>MetaItem</em> :`), not `GitHub :` in a README."""
    html = '<p>We hope you enjoy it. <a href="/signup">Sign up now !</a></p>'
    assert [f.code for f in check_text(html, path="a.html")] == ["TQ102"]
    assert [f.code for f in check_text("Intro.\n\nGitHub :\n\nThe code is there.\n", path="a.txt")] == ["TQ102"]


def test_the_fast_searches_find_what_the_plain_ones_find():
    """``_spaced`` and the tight-mark counts open their expressions with the mark, which the regex engine skips to;
    on random strings of the characters that matter they find what the plain spellings find."""
    import random
    import re

    from tqcheck.rules.common import SPACES
    from tqcheck.rules.typography import marks

    tight_high = re.compile(r"(?<=[\w)\]\"'”’»%.])[?!:;](?=\s|$)")
    tight_comma = re.compile(r"(?<=[\w)\]\"'”’%])[,.](?=\s)")
    space_comma = re.compile(f"(?<=[\\w)\\]”\"’'%])([{SPACES}]{{1,2}})([,.])(?=[\\s”\"’)]|$)(?![ \u00a0]?\\.)")
    rng = random.Random(5)
    alphabet = list(SPACES) + list("?!:;,.a)]\"'”’»%\n-_²") + ["\t"]
    texts = ["", "Why ?", "a , b", "x:", "a\u202f; b", "(a) ! b"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    for text in texts:
        for wanted in (",.", ":;!?", "?", ""):
            assert marks.spaced(text, wanted) == any(space + m in text for m in wanted for space in SPACES), text
        assert marks.TIGHT_HIGH.findall(text) == tight_high.findall(text), repr(text)
        assert marks.TIGHT_COMMA.findall(text) == tight_comma.findall(text), repr(text)
        assert list(marks.spaced_marks(text)) == [m.span(1) for m in space_comma.finditer(text)], repr(text)


def test_in_software_strings_a_placeholder_is_a_word_before_a_french_space(codes):
    # Kresus's `of %{date} ?` and esup-ecandidat's `{1} : {2}%`: the placeholder stands for a word
    found = codes('{"a": "Sync of %{date} ?", "b": "Consult the list ?"}\n', path="en.json")
    assert [c[0] for c in found if c[0] == "TQ102"] == ["TQ102", "TQ102"]
    # a placeholder on each side is no list of lone symbols (a fresh catalog's `Planet {name} : {value}`)
    found = codes('{"a": "Planet {name} : {value}", "b": "Planet %s %s : %s"}\n', path="en.json")
    assert [c[0] for c in found if c[0] == "TQ102"] == ["TQ102", "TQ102"]

def test_a_key_pressed_is_named_a_label_named_type_is_not(codes):
    # fresh MT docs (Jeedom's plugins): `**Type** : type and subtype`, `Script type : http` (`type` named no key)
    found = codes("- **Type** : type and subtype,\n- **Name** : the name.\n- Script type : http\n", path="a.md")
    assert [c[0] for c in found if c[0] == "TQ102"] == ["TQ102"] * 3
    assert not codes("Type : to enter a command, or press ? for help. Type ; between entries.\n", path="a.md")


def test_a_colon_spaced_after_code_is_french_where_the_document_spaces_one_after_a_word(codes):
    # a Koha tool's README, translated from French: `NAME` : meaning, and `4 columns :`
    readme = "* `KOHA_URL` : the domain\n* `AUTH_TYPE` : the type\n\n4 columns :\n"
    assert [(c[0], c[1]) for c in codes(readme, path="README.md") if c[0] == "TQ102"] == [
        ("TQ102", 13), ("TQ102", 14), ("TQ102", 10)]
    # Rust's reference: `<code>…</code> : legal` as a definition's separator, no colon spaced after a word
    reference = "<p><code>($ty:ty , foo)</code> : legal, because of this: it works.</p>"
    assert [c for c in codes(reference, path="a.html") if c[0] == "TQ102"] == []
