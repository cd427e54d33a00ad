"""LaTeX (``.tex``): the prose of a paper, a thesis or a report, offsets kept.

The body (after ``\\begin{document}``, or the whole file when it is a chapter that another one includes) is read
as TeX reads it: a blank line or ``\\par`` ends a paragraph, and so do a sectioning command, ``\\item`` and the
start or end of a block environment.  What is no prose is left out:
- comments (``%`` to the end of the line), the preamble but for ``\\title``, the arguments of commands that
  take a key, a path or a length (``\\label``, ``\\includegraphics``, ``\\vspace``), and environments of code,
  tables, pictures and bibliography (``verbatim``, ``lstlisting``, ``tabular``, ``tikzpicture``,
  ``thebibliography``) and French marked as French (``otherlanguage``, ``\\foreignlanguage``);
- inline math, display math, a reference, a citation, a URL, ``\\texttt`` and ``\\verb`` are one opaque
  ``PLACEHOLDER`` (they stand for a word of the sentence), as is a command tqcheck does not know that takes
  arguments (a user's macro), arguments and all.
The argument of ``\\emph``, ``\\textbf`` (and the other font commands), ``\\href``'s text and ``\\mbox`` is read
in its sentence; that of ``\\section`` (and the other titles) and ``\\caption`` is a segment of its own, and
so is a ``\\footnote``'s, which its sentence reads as a placeholder.  Accents and symbols read as what they
print: ``\\'e`` is ``é``, ``~`` a no-break space, ``\\%`` ``%``, ``\\og`` and ``\\fg{}`` (babel-french)
``«`` and ``»``, ````` `` ````` and ``''`` ``“`` and ``”``; a finding on one covers it, and no fix edits it.
A fix is written in LaTeX: ``%``, ``&``, ``$``, ``#`` and ``_`` escaped, a no-break space as ``~``.
``% tqcheck: ignore TQ101`` suppresses findings in the next paragraph; ``disable`` and ``enable`` work as in
Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque

from .bilingual import FileSegment, directive
from .builder import SegmentBuilder
from .latex_syntax import (ACCENTS, BEGIN_DOCUMENT, COMMAND, END_DOCUMENT, ENGLISH, ENVIRONMENT, FRENCH_BABEL,
                           FRENCH_SYMBOLS, INVISIBLE, LANGUAGE, MATH, NOTES, SHORT_VERB, SKIPPED, SPECIAL, SYMBOLS, TEXT,
                           TITLE, TITLES, TYPEWRITER, VERBATIM, Source, escape)
from .model import PLACEHOLDER, Document


class _Reader:
    def __init__(self, doc: Document):
        self.doc, self.text, self.builder = doc, doc.text, SegmentBuilder(doc)
        self.source = Source(doc.text)
        self.symbols = {**SYMBOLS, **FRENCH_SYMBOLS} if FRENCH_BABEL.search(doc.text) else SYMBOLS
        self.later: deque = deque()  # (start, end): titles, captions and footnotes, read as their own segments
        self.ignores: list = []  # the `% tqcheck: ignore` comments waiting for their paragraph
        # a documentation file's short verbatim marks (\MakeShortVerb{\|}: |\foo| is code)
        self.short = "".join(sorted({mark or defined or "|" for mark, defined, _ in SHORT_VERB.findall(doc.text)}))
        self.special = re.compile(SPECIAL + (f"|[{re.escape(self.short)}]" if self.short else ""))

    def flush(self) -> None:
        segment = self.builder.build()
        if segment is None:
            return
        self.doc.segments.append(FileSegment(segment.text, segment.start, segment.mapping, segment.source,
                                             segment.ends, segment.navigation, escape=escape))
        end = segment.end_offset(len(segment.text) - 1)
        for d in self.ignores:
            d.last = max(d.last, end)
        self.ignores = []

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
                end = text.find(mark, i + 1, b) + 1 or b
            builder.opaque(i, end)
            return end
        if mark == "\\":
            return self._command(i, b)
        if mark == "%":
            return self._comment(i, b)
        if mark == "$":
            double = text.startswith("$$", i)
            close = re.compile(r"\$\$" if double else r"(?<!\\)\$").search(text, i + (2 if double else 1), b)
            end = b if close is None else close.end()
            builder.opaque(i, end)
            return end
        if mark == "~":
            builder.decoded("\u00a0", i, i + 1)
        elif mark in ("``", "''", "`"):
            builder.decoded({"``": "“", "''": "”", "`": "‘"}[mark], i, i + len(mark))
        elif mark == "&":
            builder.decoded(" ", i, i + 1)
        elif mark not in "{}":  # a blank line
            self.flush()
        return i + len(mark)

    def _comment(self, i: int, b: int) -> int:
        text = self.text
        line_end = text.find("\n", i, b)
        end = b if line_end < 0 else line_end
        comment = text[i + 1:end].rstrip("\r")
        found = directive(self.doc, comment, i, "%" + comment)
        if found is not None:
            self.ignores.append(found)
        if line_end < 0:
            return b
        if text[text.rfind("\n", 0, i) + 1:i].strip():  # after text: one line break (a space between words)
            self.builder.decoded("\n", i, line_end + 1)
        at = line_end + 1  # a line of its own is gone, with its line break; so is the next line's indent
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
            return self.source.arguments(at, b, 0)
        if name in ("begin", "end"):
            return self._environment(i, at, name, b)
        if name == "selectlanguage":
            return self._language(at, b)
        if name in TEXT:
            return self.source.arguments(at, b, TEXT[name])  # the text's braces are read past, its words read
        if name in TITLES or name in NOTES:
            start = self.source.arguments(at, b, 0)
            if start >= b or text[start] != "{":
                return start
            end = self.source.group_end(start, b)
            if name in TITLES:
                self.flush()
            else:  # a placeholder that fixes may cross: its text is a segment of its own
                builder.decoded(PLACEHOLDER, i, end)
            self.later.append((start + 1, end - 1))
            return end
        if name in VERBATIM:
            return self._verbatim(i, at, name, b)
        end = self.source.arguments(at, b)
        if name not in INVISIBLE:
            builder.opaque(i, end)  # a reference, a citation, a URL, a macro: it stands for a word
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
        at = self.source.arguments(at, b, 1 if name == "mintinline" else 0)
        if at >= b:
            return b
        if text[at] == "{":
            end = self.source.group_end(at, b)
        else:
            close = text.find(text[at], at + 1, b)
            end = b if close < 0 else close + 1
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
        if math or SKIPPED.match(name) or name in LANGUAGE and not ENGLISH.match(text, at, b):
            close = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}").search(text, at, b)
            end = b if close is None else close.end()
            if math:
                self.builder.opaque(i, end)  # display math: part of its sentence
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
    begin = BEGIN_DOCUMENT.search(text)
    if begin is None:
        reader.read(0, len(text))
    else:
        title = TITLE.search(text, 0, begin.start())
        if title is not None:
            reader.later.append((title.end() + 1, reader.source.group_end(title.end(), begin.start()) - 1))
        end = END_DOCUMENT.search(text, begin.end())
        reader.read(begin.end(), end.start() if end else len(text))
    while reader.later:
        a, b = reader.later.popleft()
        reader.read(a, b)
    doc.segments.sort(key=lambda s: s.offset(0))
    doc.opaque.sort()
