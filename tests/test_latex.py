"""LaTeX (.tex): the body's prose, as TeX prints it, offsets kept; not comments, math, code, tables, keys, the
preamble nor French marked as French; titles, captions and footnotes are segments of their own; fixes are written
in LaTeX."""

import json

import pytest

from tqcheck.documents import PLACEHOLDER, parse
from tqcheck.documents.latex_syntax import escape

from conftest import found_by_folder_run, misplaced, random_fixes, snippets

P = PLACEHOLDER
PAPER = r"""\documentclass{article}
\usepackage[french,english]{babel}
\newcommand{\ours}{OurMethod}
\title{The report of the Minist\`ere}
% Commentaire : dans le préambule
\begin{document}
\maketitle
\section{Introduction}\label{sec:intro}
The mayor of Montr\'eal said \og we must act \fg{} on Monday. % Remarque : à vérifier
It costs 1~200 euros\footnote{According to \emph{Le Monde}.} and $x^2 = 1,5$ more, see~\ref{fig:a}.
% Une ligne de commentaire : vérifier
\begin{verbatim}
code 1 200 : « x »
\end{verbatim}
\begin{equation}
  f(x) = 2,5
\end{equation}
\begin{figure}[h]
\includegraphics[width=3cm]{figures/courbe_1,5.pdf}
\caption[Short]{A caption « with » quotes.}
\end{figure}
\begin{tabular}{ll} Prix : & 2,5 \\ \end{tabular}
\begin{itemize}
\item First item, ``quoted''.
\item[b)] Second \textbf{bold} item, \cite{dupont,durand}.
\end{itemize}
\selectlanguage{french}
Ceci est en français : 1,5 million.
\selectlanguage{english}
Back in English \foreignlanguage{french}{en effet} here, \texttt{a : b} and \verb|x : y|.
\end{document}
Not read after the end : 1,5.
"""


def test_only_the_prose_is_read():
    doc = parse(PAPER, path="paper.tex", fmt="latex")
    assert [s.text for s in doc.segments] == [
        "The report of the Ministère",
        "Introduction",
        f"\nThe mayor of Montréal said « we must act » on Monday. \nIt costs 1\u00a0200 euros and {P} more, "
        f"see\u00a0{P}.\n",
        "According to Le Monde.",
        "A caption « with » quotes.",
        " First item, “quoted”.\n",
        f" Second bold item, {P}.\n",
        f"\nBack in English {P} here, {P} and {P}.\n",
    ]


def test_positions_map_back_to_the_file():
    doc = parse(PAPER, path="paper.tex", fmt="latex")
    assert doc.segments and misplaced(doc) == []
    seg = doc.segments[2]
    k = seg.text.index("é")  # \'e: one character standing for its command, never edited
    assert PAPER[seg.offset(k):seg.end_offset(k)] == "\\'e" and not seg.is_verbatim(k, k + 1)


def test_findings_point_into_the_source_and_fixes_are_written_in_latex(tmp_path, run_cli):
    (tmp_path / "paper.tex").write_text(PAPER, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "paper.tex")
    assert snippets(proc.stdout, PAPER) == [("TQ101", "\\fg"), ("TQ101", "\\og"), ("TQ101", "« w"), ("TQ101", "» q"),
                                            ("TQ502", "1~2")]
    run_cli("check", "--fix", "-q", "paper.tex")
    fixed = (tmp_path / "paper.tex").read_text(encoding="utf-8")
    # the guillemets babel prints (\og, \fg) are commands: reported, never rewritten; 1~200 holds a command too
    assert "A caption “with” quotes." in fixed and "\\og we must act \\fg{}" in fixed
    assert fixed.replace("A caption “with” quotes.", "A caption « with » quotes.") == PAPER


def test_babel_french_ordinals_and_numbers_read_as_printed(tmp_path, run_cli):
    text = ("\\usepackage[french]{babel}\\begin{document}\nIn the XX\\ieme{} siècle, the 1\\up{er} of May, "
            "\\No 5 cost \\nombre{1234,5} euros.\n")
    doc = parse(text, path="a.tex", fmt="latex")
    assert [s.text.strip() for s in doc.segments] == ["In the XXe siècle, the 1er of May, N° 5 cost 1234,5 euros."]
    other = parse(text.replace("french", "english"), path="a.tex", fmt="latex")  # \No: some other macro
    assert [s.text.strip() for s in other.segments] == [f"In the XXe siècle, the 1er of May, {P} 5 cost 1234,5 euros."]
    (tmp_path / "a.tex").write_text(text)
    codes = [f["code"] for f in json.loads(run_cli("check", "--format", "json", "a.tex").stdout)["findings"]]
    assert {"TQ509", "TQ501", "TQ513"} <= set(codes)


def test_a_fix_is_escaped_for_latex():
    assert escape("50% & $5 #1 a_b", 0, 0) == r"50\% \& \$5 \#1 a\_b"
    assert escape("1\u00a0000", 0, 0) == "1~000"
    assert escape("\\emph{x}", 0, 0) is None and escape("a~b", 0, 0) is None


def test_random_fixes_read_back_as_meant():
    def wrap(value):
        return "\\begin{document}\n" + value + "\n\\end{document}\n"

    def read_back(text):
        return [s.text for s in parse(text, path="a.tex", fmt="latex").segments]

    pieces = ["a", "é", " b", "«", "\\'e", "~", "\\%", "$x$", "\\emph{c}", "``d''", "\\ref{k}", " % c\n", "{}", "&"]
    assert random_fixes(7, pieces, ["%", "“", "x y", "", "&", "a_b", "1\u00a0000"], wrap, read_back, "a.tex",
                        "latex") > 150


def test_a_comment_suppresses_the_next_paragraph(tmp_path, run_cli):
    text = ("\\begin{document}\n% tqcheck: ignore TQ501\nIt costs 1,5 billion.\n\nAnd 2,5 more.\n"
            "% tqcheck: disable TQ1\nA « quote ».\n% tqcheck: enable TQ1\nA « second ».\n\\end{document}\n")
    (tmp_path / "a.tex").write_text(text)
    proc = run_cli("check", "--format", "json", "a.tex")
    assert snippets(proc.stdout, text) == [("TQ101", "« s"), ("TQ101", "»."), ("TQ501", "2,5")]


def test_a_comment_before_a_heading_suppresses_the_heading_only(tmp_path, run_cli):
    text = ("\\begin{document}\n% tqcheck: ignore TQ101\n\\section{A « title »}\nA « paragraph ».\n"
            "\\end{document}\n")
    (tmp_path / "a.tex").write_text(text)
    proc = run_cli("check", "--format", "json", "a.tex")
    assert snippets(proc.stdout, text) == [("TQ101", "« p"), ("TQ101", "».")]


def test_a_chapter_without_document_is_read_whole_and_paragraphs_end_at_blank_lines():
    text = "\\chapter{Results}\nFirst % note\nparagraph.\n%\n\nSecond one\n% a line of comment\ngoes on.\\par Third."
    doc = parse(text, path="chapter.tex", fmt="latex")
    assert [s.text.strip() for s in doc.segments] == ["Results", "First \nparagraph.", "Second one\ngoes on.", "Third."]


@pytest.mark.parametrize("preamble, mark", [("\\documentclass{article}\\MakeShortVerb{\\|}", "|"),
                                           ("\\documentclass{article}\\def~{\\verb~}", "~"),
                                           ("\\documentclass[a4paper]{ltxguide}", "|")])
def test_short_verbatim_typewriter_groups_and_shorthands_are_code(preamble, mark):
    text = (preamble + "\n\\begin{document}\n\\begin{encodinginfo}{OMS}Use " + mark + "\\foo : 1,5" + mark
            + ' or {\\tt x : 2,5} and "a and \\"o, ^^^^207e.\n\\end{encodinginfo}\n\\end{document}\n')
    doc = parse(text, path="doc.tex", fmt="latex")
    assert [s.text.strip() for s in doc.segments] == [f"Use {P} or {P} and {P}a and ö, {P}."]
    plain = parse(text.replace(preamble, "\\documentclass{article}"), path="doc.tex", fmt="latex")
    assert "1,5" in plain.segments[0].text  # without the declaration, the mark is text and so is the code


@pytest.mark.parametrize("body", ["\\begin{otherlanguage}{french}Il a dit : 1,5.\\end{otherlanguage}",
                                  "\\begin{selectlanguage}{french}Il a dit : 1,5.\\end{selectlanguage}",
                                  "\\selectlanguage{french}Il a dit : 1,5."])
def test_french_marked_as_french_is_not_read(body):
    doc = parse("\\begin{document}\nEnglish.\n\n" + body + "\n\\end{document}", path="a.tex", fmt="latex")
    assert [s.text.strip() for s in doc.segments] == ["English."]
    english = body.replace("french", "english")
    doc = parse("\\begin{document}\n" + english + "\n\\end{document}", path="a.tex", fmt="latex")
    assert "Il a dit : 1,5." in [s.text.strip() for s in doc.segments]


def test_a_folder_run_reads_tex_files(tmp_path, run_cli):
    assert found_by_folder_run(tmp_path, run_cli, {"paper/main.tex": "\\begin{document}\nIt is good !\n\\end{document}",
                                                   "paper/main.aux": "It is good !"}) == ["paper/main.tex"]


def test_unclosed_groups_and_environments_are_no_error(tmp_path, run_cli):
    text = "\\begin{document}\n\\emph{It costs 1,5 \\footnote{x $y \\begin{verbatim} z"
    (tmp_path / "a.tex").write_text(text)
    proc = run_cli("check", "--format", "json", "a.tex")
    assert proc.returncode == 1 and [f["code"] for f in json.loads(proc.stdout)["findings"]] == ["TQ501"]


# a hostile-input review's cases: comments and verbatim that hide what they hold, spaces before arguments, a % in a
# URL, lone CR lines, French environments, a stray $, titles of frames and labels of description lists, ^^ notation
HOSTILE = [
    ("%\\title{Ancien titre : 1,5 million}\n\\title{Floods of the Seine}\n% Write after \\begin{document}, in 10 000"
     " words.\n\\begin{document}\nBody.\n%\\end{document}\nAfter : 2,5.\n\\begin{verbatim}\n\\end{document}\n"
     "\\end{verbatim}\nLast : 3,5.\n\\end{document}\n",
     ["Floods of the Seine", "Body.\nAfter : 2,5.", "Last : 3,5."]),
    ("\\begin{document}\nSee\\footnote{Type \\verb|}, « x » ;|.} here.\nSet\\footnote{The \\verb|%| character "
     "must be escaped.}, which is excellent.\n\\end{document}",
     ["See here.\nSet, which is excellent.", f"Type {P}.", f"The {P} character must be escaped."]),
    ("\\begin{document}\nWrite \\texttt {key : value} pairs, see \\url {http://exemple.fr/a ; b} and \\label "
     "{sec:état de l'art}.\n\\section {Résultats : 1,5}\n\\includegraphics [width=3cm] {fig.pdf}\n\\end{document}",
     [f"Write {P} pairs, see {P} and .", "Résultats : 1,5"]),
    ("\\begin{document}\nSee \\url{http://example.fr/a%20b} for details. It costs 1,5 euros.\n\\end{document}",
     [f"See {P} for details. It costs 1,5 euros."]),
    ("\\begin{document}\r% comment\rNext line : here 1,5.\r\\end{document}\r", ["Next line : here 1,5."]),
    ("\\begin{document}\n\\begin{french} Résumé : 1,5 milliard. \\end{french}\n\\iffalse Ancienne version : 1,5. "
     "\\fi\nKept.\n\\end{document}", ["Kept."]),
    ("\\begin{document}\nA stray $ sign.\n\nNext paragraph : 1,5 here. \\verb|unclosed\nStill read : 2,5.\n"
     "\\end{document}", [f"A stray {P} sign.", f"Next paragraph : 1,5 here. {P}Still read : 2,5."]),
    ("\\title{T\\thanks{Supported by n° 5}}\\subtitle{Sub : 1}\\date{12 mars 2021}\n\\begin{document}\n"
     "\\begin{frame}[fragile]{Context : 1,5 billion}{Sub}\n\\begin{block}{Note : 2,5}x\\end{block}\\end{frame}\n"
     "\\begin{description}\\item[Stability :] it holds.\\item[b)] no.\\end{description}\n\\end{document}",
     ["T", "Supported by n° 5", "Sub : 1", "12 mars 2021", "Context : 1,5 billion", "Sub", "Note : 2,5", "x",
      "Stability :", "it holds.", "no."]),
    ("\\begin{document}\nsuper%\nvision and caf^^e9s and ^^e9cafe.\n\\end{document}",
     [f"supervision and caf{P}s and {P}cafe."]),
    ("\\begin{document}\n--- We have no choice, replied {\\em the} minister's aide, in 2010--2012.\n\\end{document}",
     ["— We have no choice, replied the minister’s aide, in 2010–2012."]),
]


@pytest.mark.parametrize("text, read", HOSTILE)
def test_what_tex_reads_is_read(text, read):
    assert [s.text.strip() for s in parse(text, path="a.tex", fmt="latex").segments] == read


def test_no_fix_ends_at_a_comment():
    doc = parse("\\begin{document}\na b% c\nd\n\\end{document}", path="a.tex", fmt="latex")
    seg = doc.segments[0]
    k = seg.text.index("b")
    assert seg.problem(k, k + 1, "TQ101", "m", "x").fix is None and seg.problem(k - 1, k, "TQ101", "m", "x").fix


def test_the_encoding_inputenc_names(tmp_path, run_cli):
    text = ("\\usepackage[T1]{fontenc}\\usepackage[latin1]{inputenc}\n\\begin{document}\nMontréal : 1,5.\n"
            "\\end{document}\n")
    (tmp_path / "a.tex").write_bytes(text.encode("latin-1"))
    proc = run_cli("check", "--fix", "--unsafe-fixes", "a.tex")
    assert proc.returncode == 0 and (tmp_path / "a.tex").read_bytes() == text.replace(" :", ":").replace(
        "1,5", "1.5").encode("latin-1")


def test_a_chapter_read_alone_takes_a_pair_of_bars_on_a_line_for_short_verbatim():
    """beamer's user guide: its chapters, read alone, write ``|-3,6-8|`` with the | its main file makes a short
    verbatim mark; a lone | is text, and a main file without that mark keeps its bars as text."""
    chapter = "For example |-3,6-8,10| selects slides 1, 2, 3.\nA lone | bar, 1,5 more.\n"
    assert [s.text for s in parse(chapter, path="c.tex", fmt="latex").segments] == [
        f"For example {PLACEHOLDER} selects slides 1, 2, 3.\nA lone | bar, 1,5 more.\n"]
    main = "\\documentclass{article}\n\\begin{document}\nA |x| here.\n\\end{document}\n"
    assert [s.text.strip() for s in parse(main, path="m.tex", fmt="latex").segments] == ["A |x| here."]


def test_a_document_whose_main_language_is_not_english_is_not_checked(tmp_path, run_cli):
    """polyglossia's sample of scripts (TeX Live's examples.tex) sets French as its main language and quotes
    « » in French and Arabic: `--fix` turned them into “ ” (`la “langue d'oïl”`)."""
    body = "\\begin{document}\nLe français est parlé en France (la «langue d'oïl») : oui.\n\\end{document}\n"
    for main, checked in (("\\setdefaultlanguage{french}", False), ("\\setmainlanguage[locale=x]{ french }", False),
                          ("% \\setmainlanguage{french}\n\\setmainlanguage[variant=british]{english}", True)):
        doc = parse(f"\\documentclass{{article}}\n\\usepackage{{polyglossia}}\n{main}\n{body}", path="a.tex",
                    fmt="latex")
        assert (doc.foreign is None) == checked, main
    (tmp_path / "a.tex").write_text("\\setdefaultlanguage{french}\n" + body, encoding="utf-8")
    proc = run_cli("check", "--fix", "a.tex")
    assert "its main language is 'french' (polyglossia): tqcheck checks English; not checked" in proc.stderr.decode()
    assert (tmp_path / "a.tex").read_text(encoding="utf-8") == "\\setdefaultlanguage{french}\n" + body
