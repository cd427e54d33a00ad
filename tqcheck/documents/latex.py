"""LaTeX (``.tex``): the prose of a paper, a thesis or a report, offsets kept.

The body (after ``\\begin{document}``, or the whole file when it is a chapter that another one includes) is read
as TeX reads it: a blank line or ``\\par`` ends a paragraph, and so do a sectioning command, ``\\item`` and the
start or end of a block environment.  What is no prose is left out:
- comments (``%`` to the end of the line; ``\\iffalse … \\fi``), the preamble but for ``\\title``, ``\\subtitle``
  and ``\\date``, the arguments of commands that take a key, a path or a length (``\\label``,
  ``\\includegraphics``, ``\\vspace``), environments of code, tables, pictures and bibliography (``verbatim``,
  ``lstlisting``, ``tabular``, ``tikzpicture``, ``thebibliography``) and French marked as French
  (``otherlanguage``, polyglossia's ``french``, ``\\selectlanguage{french}``);
- inline and display math (up to the paragraph's end at most, as TeX), a reference, a citation, a URL,
  ``\\texttt``, ``\\verb`` (and ``|…|`` on one line in a chapter read alone, whose main file may make ``|`` a short
  verbatim mark) and any command tqcheck does not know (a user's macro, its arguments with it) are
  one opaque ``PLACEHOLDER``: they stand for a word of the sentence.
The argument of ``\\emph``, ``\\textbf`` (and the other font commands), ``\\href``'s text and ``\\mbox`` is read
in its sentence; titles (``\\section``, ``\\caption``, a beamer frame's and block's), a description list's labels
and footnotes are segments of their own.  Accents and symbols read as what they print: ``\\'e`` is ``é``, ``~`` a
no-break space, ``\\%`` ``%``, ``\\og`` and ``\\fg{}`` (babel-french) ``«`` and ``»``, ````` `` ````` and ``''``
``“`` and ``”``; a finding on one covers it, and no fix edits it.  A fix is written in LaTeX: ``%``, ``&``, ``$``,
``#`` and ``_`` escaped, a no-break space as ``~``.  ``% tqcheck: ignore TQ101`` suppresses findings in the next
paragraph; ``disable`` and ``enable`` work as in Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque

from .bilingual import directive
from .builder import SegmentBuilder
from .latex_syntax import (ACCENTS, ARGUMENTS, BEGIN_DOCUMENT, COMMAND, END_DOCUMENT, ENGLISH, ENVIRONMENT,
                           FRENCH_BABEL, FRENCH_SYMBOLS, INVISIBLE, LANGUAGE, MAIN_LANGUAGE, MATH, NOTES, SHORT_VERB,
                           SKIPPED, SPACES, SPECIAL, SYMBOLS, TEXT, TITLE, TITLES, TYPEWRITER, VERBATIM, Source, escape,
                           line_start, uncommented)
from .model import PLACEHOLDER, Document


_MATH_END = {False: re.compile(r"(?<!\\)\$|(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)"),
             True: re.compile(r"\$\$|(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)")}
# what a character or a ligature prints: quotes, dashes, a tie (a no-break space), a table's column separator
_PRINTED = {"``": "“", "''": "”", "`": "‘", "'": "’", "---": "—", "--": "–", "~": "\u00a0", "&": " "}
_LINE_END = re.compile(r"\r\n?|\n")
_WORD = re.compile(r"[^\W\d_]{2}")
# French set as French with polyglossia's environments; beamer's frames and blocks, whose first argument is a title
_FRENCH_ENVIRONMENTS = frozenset(("french", "francais", "frenchb", "acadian", "canadien"))
_TITLED_ENVIRONMENTS = frozenset(("frame", "block", "alertblock", "exampleblock"))


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text, self.builder = doc, doc.text, SegmentBuilder(doc)
        self.source = Source(doc.text)
        self.symbols = {**SYMBOLS, **FRENCH_SYMBOLS} if FRENCH_BABEL.search(doc.text) else SYMBOLS
        self.later: deque = deque()  # (start, end): titles, captions and footnotes, read as their own segments
        self.ignores: list = []  # the `% tqcheck: ignore` comments waiting for their paragraph
        # a documentation file's short verbatim marks (\MakeShortVerb{\|}: |\foo| is code)
        self.short = "".join(sorted({mark or defined or "|" for mark, defined, _ in SHORT_VERB.findall(doc.text)}))
        # a chapter read alone: its main file may make | a short verbatim mark (beamer's user guide); TeX prints a
        # bare | in text as a dash, which writers avoid, so a pair on one line is taken for code
        self.guessed = not self.short and not BEGIN_DOCUMENT.search(doc.text)
        self.short = "|" if self.guessed else self.short
        self.special = re.compile(SPECIAL + (f"|[{re.escape(self.short)}]" if self.short else ""))

    def flush(self) -> None:
        segment = self.builder.build(self.escape)
        if segment is None:
            return
        self.doc.segments.append(segment)
        self.end_ignores(segment.end_offset(len(segment.text) - 1))

    def end_ignores(self, end: int) -> None:
        """The waiting ``ignore`` comments cover the text up to ``end``."""
        for d in self.ignores:
            d.last = max(d.last, end)
        self.ignores = []

    def escape(self, replacement: str, start: int, end: int) -> str | None:
        """A fix's replacement in LaTeX (``latex_syntax.escape``); none that ends at a comment, whose ``%`` reads
        differently after a space (a line break) and after a word (the next line's word joins it)."""
        return None if self.text.startswith("%", end) else escape(replacement, start, end)

    def read(self, a: int, b: int) -> None:
        text, at = self.text, a
        while at < b:
            m = self.special.search(text, at, b)
            stop = m.start() if m else b
            if stop > at:
                self.builder.verbatim(text[at:stop], at)
            if m is None:
                break
            at = self._special(m.group(), m.start(), b)
        self.flush()

    def _special(self, mark: str, i: int, b: int) -> int:
        text, builder = self.text, self.builder
        if mark[0] == "^":  # ^^^^207e, TeX's notation for a character; a stray ^ (math's, outside math)
            builder.opaque(i, i + len(mark))
            return i + len(mark)
        if mark in self.short or mark == '"' or mark == "{" and TYPEWRITER.match(text, i + 1, b):
            # code, a shorthand (babel's "a, "-), a {\tt ...} group: one placeholder
            if mark == "{":
                end = self.source.group_end(i, b)
            elif mark == '"':
                end = i + 1
            else:
                close = text.find(mark, i + 1, b)
                if self.guessed and (close < 0 or "\n" in text[i:close]):
                    builder.verbatim(mark, i)  # no pair on the line: a | of the text
                    return i + 1
                end = close + 1 or b
            builder.opaque(i, end)
            return end
        if mark == "\\":
            return self._command(i, b)
        if mark == "%":
            return self._comment(i, b)
        if mark == "$":  # math, up to its closing $ in the same paragraph (TeX stops at its end)
            double = text.startswith("$$", i)
            close = _MATH_END[double].search(text, i + (2 if double else 1), b)
            end = i + 1 if close is None or close.group() != "$" * (1 + double) else close.end()
            builder.opaque(i, end)
            return end
        if mark in _PRINTED:
            builder.decoded(_PRINTED[mark], i, i + len(mark))
        elif mark not in "{}":  # a blank line
            self.flush()
        return i + len(mark)

    def _comment(self, i: int, b: int) -> int:
        text = self.text
        eol = _LINE_END.search(text, i, b)
        comment = text[i + 1:eol.start() if eol else b]
        found = directive(self.doc, comment, i, "%" + comment)
        if found is not None:
            self.ignores.append(found)
        if eol is None:
            return b
        line = text[line_start(self.doc.line_starts, i):i]
        if line.strip() and line[-1] in " \t":  # after text and a space: its line break reads as a space
            self.builder.decoded("\n", i, eol.end())
        at = eol.end()  # else gone with its line break and the next indent: `super%⏎vision` is one word
        while at < b and text[at] in " \t":
            at += 1
        if at < b and text[at] in "\r\n":
            self.flush()  # a blank line after the comment's: a paragraph ends
        return at

    def _command(self, i: int, b: int) -> int:
        text, builder = self.text, self.builder
        m = COMMAND.match(text, i, b)
        if m is None:
            return i + 1
        name, at = m.group(1) or m.group(2), m.end()
        if name in ("(", "["):  # \( math \), \[ display math \]
            close = text.find("\\)" if name == "(" else "\\]", at, b)
            end = b if close < 0 else close + 2
            builder.opaque(i, end)
            return end
        if name in ACCENTS and at < b and (m.group(2) or text[at] in "{ ") and not (name in "=.~" and text[at] == " "):
            return self._accent(i, at, name, b)
        if name in self.symbols:
            builder.decoded(self.symbols[name], i, at)
            if name == "\\":  # \\[2mm], \\*
                at = self.source.arguments(at + (text[at:at + 1] == "*"), b, 0)
            elif at + 1 < b and text[at:at + 2] == "{}":
                at += 2
            return at
        if name in ("par", "item"):
            self.flush()
            end = self.source.arguments(at, b, 0, spaced=True)
            label = text.rfind("]", at, end)
            if name == "item" and label > at and _WORD.search(text, at, label):  # a description list's term
                self.later.append((text.index("[", at) + 1, label))  # (not a mark: `[b)]`, `[--]`)
            return end
        if name in ("begin", "end"):
            return self._environment(i, at, name, b)
        if name == "selectlanguage":
            return self._language(at, b)
        if name in TEXT:  # the text's braces are read past, its words read
            return self.source.arguments(at, b, TEXT[name], spaced=True)
        if name == "iffalse":  # \iffalse ... \fi: a comment
            close = re.compile(r"\\fi(?![A-Za-z@])").search(text, at, b)
            return b if close is None else close.end()
        if name in TITLES or name in NOTES:
            start = self.source.arguments(at, b, 0, spaced=True)
            brace = SPACES.match(text, start, b).end()
            if brace >= b or text[brace] != "{":
                return start
            start = brace
            end = self.source.group_end(start, b)
            if name in TITLES:
                self.flush()
                self.end_ignores(end)  # an ignore before a heading is the heading's
            else:  # a footnote's mark: nothing in its sentence (no code TQ605 compares); its text a segment of its own
                builder.decoded("", i, end)
            self.later.append((start + 1, end - 1))
            return end
        if name in VERBATIM:
            return self._verbatim(i, at, name, b)
        end = self.source.arguments(at, b, spaced=name in ARGUMENTS)
        if name not in INVISIBLE:
            builder.opaque(i, end)  # a reference, a citation, a URL, a macro: it stands for a word
        elif end == at and m.group(1):  # a switch (`{\em x}`, `\noindent x`): TeX eats the spaces after it
            while end < b and text[end] in " \t":
                end += 1
        return end

    def _accent(self, i: int, at: int, name: str, b: int) -> int:
        text = self.text
        while at < b and text[at] == " ":
            at += 1
        if at >= b:
            return at
        if text[at] == "{":
            end = self.source.group_end(at, b)
        else:
            end = at + (2 if text.startswith(("\\i", "\\j"), at) else 1)  # \'\i: an accent on a dotless i
        base = text[at:end].strip("{} ")
        base = {"\\i": "i", "\\j": "j"}.get(base, base)
        if len(base) != 1:
            self.builder.opaque(i, end)
            return end
        self.builder.decoded(unicodedata.normalize("NFC", base + ACCENTS[name]), i, end)
        return end

    def _verbatim(self, i: int, at: int, name: str, b: int) -> int:
        text = self.text
        at = self.source.arguments(at, b, 1 if name == "mintinline" else 0, spaced=name != "verb")
        if at >= b:
            return b
        if text[at] == "{":
            end = self.source.group_end(at, b)
        else:  # \verb|x|: up to the same mark, on the same line (TeX stops there)
            close = re.compile(re.escape(text[at]) + r"|\r|\n").search(text, at + 1, b)
            end = b if close is None else close.end()
        self.builder.opaque(i, end)
        return end

    def _environment(self, i: int, at: int, which: str, b: int) -> int:
        text = self.text
        m = ENVIRONMENT.match(text, at, b)
        if m is None:
            return at
        name, at = m.group(1), m.end()
        math = which == "begin" and MATH.fullmatch(name)
        if not math:
            self.flush()
        if which == "end":
            return at
        french = name in _FRENCH_ENVIRONMENTS
        if math or french or SKIPPED.match(name) or name in LANGUAGE and not ENGLISH.match(text, at, b):
            close = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}").search(text, at, b)
            end = b if close is None else close.end()
            if math:
                self.builder.opaque(i, end)  # display math: part of its sentence
            return end
        if name in _TITLED_ENVIRONMENTS:  # \begin{frame}[fragile]{Title}{Subtitle}
            start = self.source.arguments(at, b, 0)
            end = self.source.arguments(start, b)
            while start < end and text[start] == "{":
                close = self.source.group_end(start, b)
                self.later.append((start + 1, close - 1))
                start = self.source.arguments(close, b, 0)
            return end
        return self.source.arguments(at, b)  # its arguments (a width, a name) are no prose

    def _language(self, at: int, b: int) -> int:
        """After ``\\selectlanguage{name}``: past the text up to ``\\selectlanguage{english}`` when ``name`` is
        another language."""
        end = self.source.arguments(at, b, 1)
        if ENGLISH.match(self.text, at, b):
            return end
        self.flush()
        back = re.compile(r"\\selectlanguage" + ENGLISH.pattern, re.I).search(self.text, end, b)
        return b if back is None else back.end()


def parse_latex(doc: Document) -> None:
    text = doc.text
    reader = _Reader(doc)
    begin = uncommented(BEGIN_DOCUMENT, doc)
    if begin is None:
        reader.read(0, len(text))
    else:
        main = uncommented(MAIN_LANGUAGE, doc, 0, begin.start(), last=True)  # \setdefaultlanguage{french}
        if main is not None and not ENGLISH.fullmatch(main.group(1)):
            doc.foreign = f"its main language is {main.group(1).strip('{} ')!r} (polyglossia)"
            return
        for title in (uncommented(p, doc, 0, begin.start()) for p in TITLE):  # \title, \subtitle, \date
            if title is not None:
                reader.later.append((title.end() + 1, reader.source.group_end(title.end(), begin.start()) - 1))
        end = uncommented(END_DOCUMENT, doc, begin.end(), last=True)
        reader.read(begin.end(), end.start() if end else len(text))
    while reader.later:
        a, b = reader.later.popleft()
        reader.read(a, b)
    doc.segments.sort(key=lambda s: s.offset(0))  # (titles and footnotes are read after their paragraph)
