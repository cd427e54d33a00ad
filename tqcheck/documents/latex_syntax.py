"""What LaTeX's commands and environments print, for the LaTeX reader (``latex.py``): the tables, and the
helpers that find where a command's arguments end.  A fix's replacement is written back with ``escape``."""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Document

SPECIAL = r"\\|%|\$|~|[{}&\"]|``|''|`|'|---|--|\^\^\^\^[0-9a-f]{4}|\^\^[0-9a-f]{2}|\^+|(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)"
COMMAND = re.compile(r"\\(?:([A-Za-z@]+)\*?|(.))", re.S)
BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
END_DOCUMENT = re.compile(r"\\end\s*\{document\}")
TITLE = tuple(re.compile(rf"\\{name}\s*(?:\[[^\]]*\])?\s*(?=\{{)") for name in ("title", "subtitle", "date"))
ENVIRONMENT = re.compile(r"\s*\{([A-Za-z@*]+)\}")

# accents: the combining mark each one puts on the next letter (``\'e``, ``\'{e}``, ``\c{c}``, ``\^{\i}``)
ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
            "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328", "r": "\u030a"}
# what a command prints, where that is one character or a few (``\\`` a line break; "" for a hyphenation hint)
SYMBOLS = {
    "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": "", ";": " ",
    ":": " ", "!": "", "/": "", "-": "", "@": "", "\\": "\n", "\n": " ", "newline": "\n", "linebreak": "\n",
    "og": "«", "fg": "»", "guillemotleft": "«", "guillemotright": "»", "guillemetleft": "«",
    "guillemetright": "»",
    "oe": "œ", "OE": "Œ", "ae": "ae", "AE": "AE", "o": "ø", "O": "Ø", "ss": "ß", "aa": "å", "AA": "Å",
    "ldots": "…", "dots": "…", "textellipsis": "…", "S": "§", "P": "¶", "textdegree": "°", "degree": "°",
    "euro": "€", "texteuro": "€", "EUR": "€", "pounds": "£", "textendash": "–", "textemdash": "—",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
    "textasciitilde": "~", "textbackslash": "\\", "textbar": "|", "copyright": "©", "textregistered": "®",
    "texttrademark": "™", "LaTeX": "LaTeX", "TeX": "TeX", "nobreakspace": "\u00a0", "thinspace": "",
    # babel-french's ordinals, as a translation may keep them: XX\ieme{} siècle, 1\ier
    "ier": "er", "iere": "re", "iers": "ers", "ieres": "res", "ieme": "e", "iemes": "es",
}
# babel-french's numero sign and degrees, where the document loads French (\no is another macro elsewhere)
FRENCH_SYMBOLS = {"no": "n°", "No": "N°", "nos": "n°", "Nos": "N°", "degre": "°", "degres": "°"}
FRENCH_BABEL = re.compile(r"\\usepackage\s*\[[^\]]*\b(?:french|francais|frenchb|acadian|canadien)\b[^\]]*\]\s*\{babel\}"
                          r"|\\set(?:default|main|other)languages?\s*(?:\[[^\]]*\])?\s*\{[^}]*french")
# commands whose last argument is text of the sentence, and how many arguments come before it
TEXT = {name: 0 for name in (
    "emph textit textbf textsc textsl textrm textsf textup textmd textnormal underline uline mbox hbox text "
    "textsuperscript textsubscript enquote fbox hyperref up fup bsc nombre numprint").split()}
TEXT.update(textcolor=1, colorbox=1, href=1)
TITLES = frozenset("part chapter section subsection subsubsection paragraph subparagraph caption title subtitle "
                    "frametitle framesubtitle addchap addsec".split())
NOTES = frozenset("footnote footnotetext marginpar thanks".split())
# commands that print nothing a reader reads as a word: their arguments are keys, lengths, paths, settings
INVISIBLE = frozenset(
    "label index glossary vspace hspace vskip hskip phantom hphantom vphantom noindent centering newpage clearpage "
    "cleardoublepage pagebreak nopagebreak smallskip medskip bigskip maketitle tableofcontents listoffigures "
    "listoftables printbibliography bibliography bibliographystyle addbibresource input include includegraphics "
    "includepdf setlength addtolength setcounter addtocounter addcontentsline thispagestyle pagestyle newcommand "
    "renewcommand providecommand newenvironment renewenvironment DeclareMathOperator usepackage documentclass "
    "hypersetup graphicspath todo linespread color fontsize selectfont "
    "appendix frontmatter mainmatter backmatter raggedright raggedleft small footnotesize scriptsize tiny large "
    "Large LARGE huge Huge normalsize bfseries itshape mdseries rmfamily sffamily ttfamily upshape scshape em bf it "
    "rm sf sc sl normalfont "
    "ignorespaces relax protect".split())
VERBATIM = frozenset(("verb", "lstinline", "mintinline"))
# commands known to take arguments (TeX skips the spaces before them): references, keys, paths, lengths
ARGUMENTS = frozenset("ref eqref pageref autoref cref Cref vref nameref cite citep citet citealp citeauthor citeyear "
                      "parencite textcite autocite footcite url href nolinkurl texttt label index vspace hspace input "
                      "include includegraphics includepdf setlength setcounter addtocounter addcontentsline "
                      "usepackage documentclass SI si num qty ang unit foreignlanguage".split())
# environments of code, tables, pictures, bibliography (skipped), of display math (one placeholder in its sentence)
SKIPPED = re.compile(r"(?i).*(?:tabular|tabu|longtable|array|matrix|tikz|pgf|picture|verbatim|listing|minted|code|"
                      r"algorithm|bibliography|filecontents|comment|forest|alltt)")
MATH = re.compile(r"(?:equation|align|alignat|gather|multline|flalign|eqnarray|displaymath|math|dmath)\*?")
LANGUAGE = frozenset(("otherlanguage", "otherlanguage*", "selectlanguage", "hyphenrules"))
ENGLISH = re.compile(r"\s*\{\s*(?:(?:american|british|us|uk|canadian|australian|newzealand)?english|american|british)"
                      r"\s*\}", re.I)
# polyglossia's main language, set in the preamble: a document whose prose is in another language than English
MAIN_LANGUAGE = re.compile(r"\\set(?:default|main)language\s*(?:\[[^\]]*\])?\s*(\{\s*[A-Za-z]+\s*\})")
TYPEWRITER = re.compile(r"\s*\\(?:tt|ttfamily|verbatimfont)\b")
# the marks a documentation file makes short verbatim: \MakeShortVerb{\|}, \def~{\verb~}; LaTeX's own guides' classes
# make | one
SHORT_VERB = re.compile(r"\\(?:Make|Define)ShortVerb\*?\s*\{?\s*\\(.)|\\def\s*(\S)\s*\{\s*\\verb\s*\2\s*\}"
                        r"|\\documentclass\s*(?:\[[^\]]*\])?\s*\{(ltxguide|ltxdoc|l3doc)\}")


def escape(replacement: str, start: int, end: int) -> str | None:
    """A fix's replacement in LaTeX: ``% & $ # _`` escaped, a no-break space ``~``; None for a backslash,
    a brace, ``^`` or ``~`` (a fix never writes a command)."""
    if any(c in replacement for c in "\\{}^~"):
        return None
    out = re.sub(r"[%&$#_]", lambda m: "\\" + m.group(), replacement)
    return out.replace("\u00a0", "~").replace("\u202f", "\\,")


# a group's braces, read as TeX does: not those escaped, in a comment or in \verb; a URL's group may hold a %
_BRACES = re.compile(r"\\(?:url|href|nolinkurl)\s*(\{)[^{}\r\n]*\}|\\(?:verb|lstinline)\*?([^\s\w*{])[^\r\n]*?\2"
                     r"|\\.|%[^\r\n]*|[{}]", re.S)
_OPTIONAL = 1000  # the characters an optional argument ``[...]`` may hold
SPACES = re.compile(r"[ \t]*(?:\r\n?|\n)?[ \t]*")


class Source:
    """A LaTeX text, with where each of its brace groups ends, found in one pass the first time a group's end is
    asked for: a file of thousands of unclosed groups is read in linear time."""

    def __init__(self, text: str):
        self.text = text
        self._ends: dict | None = None

    def group_end(self, i: int, b: int) -> int:
        """The end of the group that opens at ``text[i] == "{"`` (``b`` when it is not closed before ``b``)."""
        if self._ends is None:
            ends, stack = {}, []
            for m in _BRACES.finditer(self.text):
                if m.group(1):  # \url{...%...}
                    ends[m.start(1)] = m.end()
                elif m.group() == "{":
                    stack.append(m.start())
                elif m.group() == "}" and stack:
                    ends[stack.pop()] = m.end()
            ends.update((k, len(self.text)) for k in stack)
            self._ends = ends
        end = self._ends.get(i)
        return min(end, b) if end is not None else self._scan(i, b)

    def _scan(self, i: int, b: int) -> int:
        """``group_end`` for a brace the one pass read as code's (in a comment, after a backslash)."""
        depth = 0
        for m in _BRACES.finditer(self.text, i, b):
            depth += 0 if m.group(1) else {"{": 1, "}": -1}.get(m.group(), 0)
            if not depth:
                return m.end()
        return b

    def arguments(self, at: int, b: int, count: int | None = None, spaced: bool = False) -> int:
        """Past the optional ``[...]`` and the ``{...}`` arguments right after ``at`` (``count`` braced ones at
        most; all of them when None); ``spaced``: past the spaces before each, as TeX reads a command's arguments
        (for a command known to take them: after a switch, ``\\bf {x}``, a group is no argument)."""
        text = self.text
        while at < b:
            if spaced:
                m = SPACES.match(text, at, b)
                if m.end() < b and text[m.end()] in "[{" and (count is None or count > 0 or text[m.end()] == "["):
                    at = m.end()
            if text[at] == "[":
                close = text.find("]", at, min(b, at + _OPTIONAL))
                if close < 0:
                    return at
                at = close + 1
            elif text[at] == "{" and (count is None or count > 0):
                at = self.group_end(at, b)
                count = None if count is None else count - 1
            else:
                return at
        return at


COMMENT = re.compile(r"(?<!\\)(?:\\\\)*%")


def uncommented(pattern, doc: Document, start: int = 0, end: int | None = None, last: bool = False):
    """The first (``last``: the last) match of ``pattern`` in the text's ``[start:end]`` that no ``%`` on its line
    before it comments out."""
    found, text = None, doc.text
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        line = text[line_start(doc.line_starts, m.start()):m.start()]
        if not COMMENT.search(line):
            found = m
            if not last:
                break
    return found


def line_start(starts: list, i: int) -> int:
    """Where the line holding offset ``i`` starts (``starts``: the document's ``line_starts``)."""
    return starts[bisect_right(starts, i) - 1]

