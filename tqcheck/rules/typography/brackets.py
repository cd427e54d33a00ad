"""TQ108 unpaired-bracket: a parenthesis or square bracket that its paragraph never closes, or never opened.

Found with a stack over the brackets of each segment (a paragraph, a cell, a message), as LanguageTool's
unpaired-brackets rule and Xbench's unpaired symbols do.  Left alone: a list label (``1)``, ``b)``, ``iv)``) or a
smiley (``:)``, ``;-(``), which close nothing; a half-open interval (``[0, 1)``); a bracket on a line that is
not prose (``looks_like_prose``: ASCII art, a table of figures); a bracket named, in a short token between quotes
(``‘]’``, ``"]]>"``), alone between spaces (``No closing ) found``) or commas, or in a short token of symbols
(``the [[ command``, ``$(``, ``:-]``).  A segment of markup (a paragraph, a message, a cue) is paired over all its
lines; in a paragraph of plain text, a line that ends as a sentence closes its asides (MT output has one sentence a
line), unless a closer on one of the next lines pairs with what it left open (an aside of sentences, wrapped by
hand), while a line that does not (or ends in an abbreviation: ``(e.g.``, ``(by Andrey V.``) is wrapped prose.  A
unit of a bilingual file may leave unpaired what its source leaves unpaired (a fragment of a template: Jeedom's
``"[Partage": "[Sharing"``).
"""

from __future__ import annotations

from collections import Counter

from ...documents.model import PLACEHOLDER
from .. import Rule
from ..common import Pattern, line_ends_sentence, looks_like_prose

RULES = [
    Rule(
        code="TQ108",
        name="unpaired-bracket",
        severity="info",
        summary="A parenthesis or square bracket left open, or closed without being opened",
        what="Flags an opening `(` or `[` that its paragraph never closes, and a closing `)` or `]` with no "
        "opening one before it. List labels (`1)`, `b)`), smileys (`:)`) and half-open intervals (`[0, 1)`) "
        "are left alone, and so, in a unit of a bilingual file, are as many unpaired brackets of a kind as its "
        "source has (a template's fragment: `\"[Partage\": \"[Sharing\"`).",
        why="MT systems translate an aside in pieces and lose one of its brackets: in WMT13, 5 lines in 1000 of "
        "the systems' output have a bracket without its partner, and none of the 3,000 of the human "
        "reference. The reader cannot tell where the aside ends. Its severity is info: in documentation, a "
        "page's layout (a line break made a paragraph of its own) may cut an aside in two.",
        before="The nuclei of two galaxies (400 million light-years from Earth are merging.",
        after="The nuclei of two galaxies (400 million light-years from Earth) are merging.",
        fix="none: where the aside ends is a decision for an editor.",
    ),
]

_BRACKET = Pattern(r"[()\[\]]")
# a closer that closes nothing: a list label after a line's start or a space (`1)`, `b)`, `iv)`), a section's number
# at a line's start (`### 1.3.1) Legacy`; not a version's, `version 2.0.1) of`)
_LABEL = Pattern(r"(?:^|(?<=[\s(\"'“‘>]))(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Za-z]|[ivx]{2,4}|[IVX]{2,4})\)$"
                 r"|(?:^|(?<=\n))[ \t]*(?:#{1,6}[ \t]+)?\d{1,3}(?:\.\d{1,3}){1,3}\)$")  # a section's, opening its line
_SMILEY = frozenset(":;=")  # the eyes, before an optional `-` nose
_QUOTES = frozenset("'‘’\"“”`")
_NOT_SYMBOLS = _QUOTES | {PLACEHOLDER}  # inline code, a link: a word (`(`code` becomes`)
_PARTNER = {")": "(", "]": "["}
_WRAPPED_ASIDE = 3  # line breaks an aside of sentences may span in a paragraph of plain text
_FILL = range(55, 81)  # the lengths of the lines of a paragraph filled by hand (at 72 to 80 columns: most are)


def check(doc, ctx):
    sources = {id(pair.target): pair.source for pair in doc.pairs if pair.target is not None}
    for seg in doc.segments:
        text = seg.text
        if "(" in text or ")" in text or "[" in text or "]" in text:
            source = sources.get(id(seg))  # a unit's source: what it leaves unpaired, its translation may too
            kept = Counter(source[k] for k in _unpaired(source, False)) if source else Counter()
            for i in _unpaired(text, doc.format == "text"):
                if kept[text[i]]:
                    kept[text[i]] -= 1
                elif looks_like_prose(text, i):
                    yield seg.problem(i, i + 1, "TQ108", f"Unpaired `{text[i]}`: " + (
                        "never closed in its paragraph" if text[i] in "([" else "nothing opened it"))


def _unpaired(text: str, plain: bool) -> list:
    """The offsets of the brackets of ``text`` that have no partner, in order.  ``plain``: ``text`` is a paragraph
    of a plain text file (the reader cuts them at blank lines), whose lines that end a sentence end their asides
    too; other readers cut their segments (a paragraph of markup, a message, a cue) and break lines where they chose."""
    stack, lone = [], []  # the offsets of the brackets still open, and of those that will stay unpaired
    carried = []  # what the last line that ended a sentence left open: a closer a line or two on may close it
    last = 0
    for m in _BRACKET.finditer(text):
        i, c = m.start(), m.group()
        if plain and _sentence_line_end(text, last, i):
            lone += carried
            carried, stack = stack, []  # a sentence's line ends: what it left open stays open, but for a wrapped
            # aside of sentences (`(This is a compromise.` / `… from being modified.)`, the Debian constitution)
        last = i
        if c in ")]" and not stack and carried and text[carried[-1]] == _PARTNER[c] and _wrapped(text, carried[-1], i):
            carried.pop()
            continue
        if _quoted(text, i) and not _closes_outside(text, i, stack):
            continue  # a bracket named: `‘]’`, `"]]>"`, `'-['`
        if c in "([":
            if c == "(" and _smiley_before(text, i):
                continue  # `:(`, `:-(`
            stack.append(i)
        elif c == ")" and _smiley_before(text, i):
            continue  # `:)`, `;-)`: inside an aside too (`(it works :) really)`)
        elif stack and (text[stack[-1]] == _PARTNER[c] or _interval(text, stack[-1], i, plain)):
            stack.pop()  # its partner, or a half-open interval: `[0, 1)`, `(0, 1]`
        elif _PARTNER[c] in (text[j] for j in stack):  # `f(a[0)`: what it skips over was never closed
            while text[stack[-1]] != _PARTNER[c]:
                lone.append(stack.pop())
            stack.pop()
        elif c == ")" and _LABEL.search(text, max(0, i - 16), i + 1):
            continue  # a list label (`1)`, `b)`, `iv)`): with no bracket open, it closes nothing
        else:
            lone.append(i)
    return sorted(i for i in lone + carried + stack if not _alone(text, i))  # not `No closing ) found`


def _wrapped(text: str, start: int, end: int) -> bool:
    """Are the lines from the one holding ``text[start]`` to the one before ``text[end]``'s a paragraph filled by hand
    (each as long as its fill column allows), at most ``_WRAPPED_ASIDE`` of them: an aside of sentences, not two
    lines of MT output (one sentence a line, of any length)?"""
    if text.count("\n", start, end) > _WRAPPED_ASIDE:
        return False
    lines = text[text.rfind("\n", 0, start) + 1:end].split("\n")[:-1]  # (not the closer's own)
    return bool(lines) and all(len(line.rstrip()) in _FILL for line in lines)


def _sentence_line_end(text: str, start: int, end: int) -> bool:
    """Does a line of ``text[start:end]`` end a sentence (``line_ends_sentence``: one sentence a line is MT output's,
    and what it opened stays open)?"""
    k = text.find("\n", start, end)
    while k >= 0:
        if line_ends_sentence(text, k):
            return True
        k = text.find("\n", k + 1, end)
    return False


def _token(text: str, i: int, reach: int = 8) -> str | None:
    """The run of non-spaces around ``text[i]``, when it reaches at most ``reach`` characters either side (``None``
    for a longer word or code)."""
    start, end = i, i + 1
    while start > 0 and not text[start - 1].isspace() and i - start < reach:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - i < reach:
        end += 1
    if (start and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return None
    return text[start:end].rstrip(",.;:")


def _quoted(text: str, i: int) -> bool:
    """Is the bracket at ``i`` in a token between quotes (``‘]’``, ``"]]>"``, ``')*'``, ``"(gcc)Bugs"``,
    `` `g_spawn()` ``): named, not used?  Both brackets of such a token are, whichever is nearer its end."""
    token = _token(text, i, 200)  # (both brackets of a long token must get the same answer)
    return token is not None and len(token) >= 3 and token[0] in _QUOTES and token[-1] in _QUOTES


def _closes_outside(text: str, i: int, stack: list) -> bool:
    """Does the closer at ``i``, in a quoted token, close the bracket open before that token, its token holding no
    opener of its own (grep's `GREP_COLOR="$(printf '31m\\33[2J\\33[31')"`: the `)` of a quoted token closes the
    `$(` of another; not `(action "(start)" here)`, whose quoted `(start)` is a word of its own)?"""
    c = text[i]
    if c not in ")]" or not stack or text[stack[-1]] != _PARTNER[c]:
        return False
    start = i
    while start > 0 and not text[start - 1].isspace() and i - start < 200:
        start -= 1
    return stack[-1] < start and _PARTNER[c] not in text[start:i]


def _alone(text: str, i: int) -> bool:
    """Is the bracket at ``i`` alone between spaces (``No closing ) found``) or commas (``X,Y,Z,[,...``), or in a short
    token of symbols between spaces (``the [[ command``, ``$(``, ``%[``, ``:-]``)?  Unpaired, it is named, not used."""
    if text[i - 1:i] == "," and text[i + 1:i + 2] == ",":
        return True  # one of a list of characters: `X,Y,Z,[,...`
    token = _token(text, i)
    return token == text[i] or token is not None and 2 <= len(token) <= 4 and token.isascii() and not any(
        c.isalnum() or c in _NOT_SYMBOLS for c in token) and "($" not in token  # not `(«`, `(—`, `($ 5`


def _smiley_before(text: str, i: int) -> bool:
    """Is the bracket at ``i`` the mouth of a smiley (``:)``, ``;-)``, ``=(``), eyes and an optional nose before it?"""
    j = i - 1 if i and text[i - 1] == "-" else i
    # the eyes after a space, a quote or nothing: not a mark named in brackets (`U+003A (:)`) nor an operator
    # (`operator!=()`, `[(=|:)<value>]`)
    return j > 0 and text[j - 1] in _SMILEY and (j < 2 or text[j - 2].isspace() or text[j - 2] in _QUOTES)


def _interval(text: str, opener: int, closer: int, plain: bool = True) -> bool:
    """Do the brackets at ``opener`` and ``closer`` enclose a short interval (``[0, 1)``, ``(a, b]``), on one line
    of plain text (HTML's line breaks are spaces: gtk-doc's ``[<code>start</code>\n, <code>end</code>\n)``)?"""
    inner = text[opener + 1:closer]
    return len(inner) <= 24 and inner.count(",") == 1 and ("\n" not in inner or not plain)
