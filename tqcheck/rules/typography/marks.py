"""Where marks stand beside spaces, found from the mark: the searches of TQ102 and TQ106 (``spacing``).

Spaces are far more common than ``,`` ``.`` ``:`` ``;`` ``!`` ``?``, and an expression that opens with a lookbehind
or a space is tried at every character, or at every space, of a long text: each expression here opens with the
mark, which the regex engine skips to, and looks back from it (a randomised test compares each with its plain
spelling).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..common import SPACES, Pattern


def spaced(text: str, marks: str) -> bool:
    """Does a space of any kind stand right before one of ``marks`` somewhere in ``text``?  (One search finds it
    faster than the detectors' expressions scan a long text that has none.)"""
    return bool(marks) and _spaced_search(marks)(text) is not None


@lru_cache(maxsize=64)
def _spaced_search(marks: str):
    """The ``search`` of one of ``marks`` after a space."""
    marks = "[" + re.escape(marks) + "]"
    return re.compile(f"{marks}(?<=[{SPACES}]{marks})").search


# a mark right after a word (what English writes), counted by ``spacing``'s habit
TIGHT_HIGH = Pattern(r"[?!:;](?<=[\w)\]\"'”’»%.][?!:;])(?=\s|$)")
TIGHT_COMMA = Pattern(r"[,.](?<=[\w)\]\"'”’%][,.])(?=\s)")

# a comma or full stop that ends a clause after a space (``spaced_marks`` reads the spaces and the word back)
_SPACED_MARK = Pattern(f"[,.](?<=[{SPACES}][,.])(?=[\\s”\"’)]|$)(?![ \u00a0]?\\.)")
_CLOSERS = frozenset("_)]”\"’'%")


def spaced_marks(text: str):
    """``(i, j)`` of the one or two spaces ``text[i:j]`` between a word (or a closing mark) and each comma or full
    stop that ends a clause at ``text[j]``: the groups of ``(?<=[\\w)\\]”"’'%])([SPACES]{1,2})([,.])…``."""
    for m in _SPACED_MARK.finditer(text):
        j = m.start()
        i = j - 2 if j >= 2 and text[j - 2] in SPACES else j - 1
        if i and (text[i - 1].isalnum() or text[i - 1] in _CLOSERS):  # (a third space is no closer)
            yield i, j


def writes_french_numbers(doc) -> bool:
    """Does ``doc`` write a number the French way: a figure the numbers family fixes safely (TQ501, TQ502: `1 000
    users`, `4,5 %`; not `Pixel 8 128 GB`, `1,200%` nor a column of figures) or a French time (TQ508: `14h30`)?  A
    document that does spaces its marks the French way too, however few it spaces (the English of a French blog: `Hi
    all !` beside `1 000 users`).  Asked only of a document with a spaced mark that the habit test leaves."""
    from ..numbers import digits
    from ..numbers.figures import number_problems
    from ..numbers.times import times

    return any(has_digit and (any(p.code != "TQ503" and p.fix is not None and p.fix.applicability == "safe"
                                  for p in number_problems(seg, view))
                              or next(times(seg, view), None) is not None)
               for seg, has_digit, view in digits(doc))


def as_unsafe(problem):
    """``problem`` with its fix made unsafe (an editor's decision)."""
    if problem.fix is not None and problem.fix.applicability == "safe":
        problem.fix = replace(problem.fix, applicability="unsafe")
    return problem


def named_symbol(text: str, k: int, end: int) -> bool:
    """Is the spaced mark ``text[k:end]`` named, not used: one of two (`# or ;`, `Use ; (Windows) or : (Linux)`), a
    key pressed (`Press ? for help`, not `**Type** : type and subtype`), one of a list of lone symbols?"""
    return (_SYMBOL_BEFORE.search(text, max(0, k - 32), k) is not None or _USED.search(text, max(0, k - 8), k)
            is not None and not _a_type(text, k, end) and _KEY_AFTER.match(text, end) is not None
            or _SYMBOL_AFTER.match(text, end) is not None
            or _NAMED_BEFORE.search(text, max(0, k - 12), k) is not None and _NAMED_AFTER.match(text, end) is not None
            or text[end - 1:end] == "!" and _SHELL_NOT.search(text, max(0, k - 4), k) is not None
            or lone_symbols(text, k, end))


def lone_symbols(text, k, end):
    """Is the mark ``text[k:end]`` (after its spaces) one of a list of lone symbols, a lone symbol before it and
    one after (botocore's `any of the following symbols: _ . : / = + - @`)?  Its spaces separate the symbols.
    (`done . !` and `( b ) ;`, tokenised MT, have no symbol after, or a bracket before.)"""
    return (k > 0 and _LONE.fullmatch(text, max(0, k - 2), k) is not None and text[k - 1] not in _PROSE_CLOSERS
            and _LONE_AFTER.match(text, end) is not None)


_PROSE_CLOSERS = set(")]\"'”’»")  # a closing bracket or quote before the mark: prose (`( b ) ;`)
_LONE = Pattern(r"(?:^|\s)(?:[^\w\s\ufffc]|_)")  # a symbol alone before the mark's spaces (`_ .`), no placeholder
_LONE_AFTER = Pattern(r" (?:[^\w\s\"'“”‘’«»\ufffc]|_)(?:\s|$)")
# a mark named: one of two, maybe with notes (`# or ;`, `Use ; (Windows) or : (Linux)`), or used (`Press ? for help`)
_SYMBOL_BEFORE = Pattern(r"(?:^|\s)[^\w\s] (?:\([^()]{1,20}\) )?(?:or|and)$")
_USED = Pattern(r"\b(?i:press|type|enter|add|prefix|hit)$")  # (not `is :`, `use :`: MT's and Eigen's)
# `type` as a noun names no key (`with logs of the type :`, `Script type :`: Jeedom's MT docs), where the line ends
_A_TYPE = Pattern(r"(?:\b(?i:the|a|an|of|this|that|its|each|every|which)|\b(?!(?:Then|Now|First|Next|Please|Just|"
                  r"Simply|Also|Finally|To|And|Or)\b)[A-Z][a-z]+)[ \t]+(?i:type)$")

# what follows a key pressed: what it does (`Press ? for help`), or nothing (not `**Type** : type and subtype`)
_KEY_AFTER = Pattern(r" ?(?:$|[,.;)(]|(?:to|for|and|or|then|twice|again|key|on|in|at|with|after|before|between)\b)")
# a mark an article or a setting names (`begins with an ! (exclamation)`, `a new ? token`, `* Before ?` under a
# ternary operator's settings): nothing after it, or what it is; and a shell's `if ! test`
_NAMED_BEFORE = Pattern(r"(?:^|\s)(?i:an|a new|the)$|(?:^|\n)[-*•]?[ \t]*(?:Before|After)$")
_NAMED_AFTER = Pattern(r" ?(?:$|(?=\n)|\(|(?:token|operator|character|sign|mark|symbol|key)\b)")
_SHELL_NOT = Pattern(r"\bif$")
_SYMBOL_AFTER = Pattern(r" (?:\([^()]{1,20}\) )?(?:or|and) [^\w\s](?:[\s,.]|$)")


def _a_type(text, k, end) -> bool:
    """Is the word before the mark at ``text[k:end]`` the noun `type`, the mark ending its line (`Script type :`)?"""
    return _A_TYPE.search(text, max(0, k - 16), k) is not None and not text[end:end + 80].split("\n", 1)[0].strip()


def ternary(text, k, end, punct):
    """``a ? b : c``: one lower-case token between a spaced ``?`` and a ``:`` spaced before it (``x==Dynamic ? 1
    :Rows``, Doxygen's signatures write the third operand tight)."""
    if punct == "?":
        m = _TERNARY_AFTER.match(text, end)
        return m is not None and (m.group().endswith((" ", "\t")) or _CODE_LEFT.search(text, max(0, k - 40), k))
    return _TERNARY_BEFORE.search(text, max(0, k - 40), k) is not None


_CODE_LEFT = Pattern(r"[=!<>]=|\w\(|\)$|\w_\w")  # code before a `?`: a comparison, a call (not `slow ?`)
_TERNARY_AFTER = Pattern(r" [a-z0-9_\"'(]\S{0,30} :(?:[ \t]|[A-Za-z_(])")
_TERNARY_BEFORE = Pattern(r"\S [?] [a-z0-9_\"'(]\S{0,30}$")


# quotation marks around a symbol, nothing more, three or more on one line (reST's list of quote pairs: `»*« ›*‹ «*»`,
# `„*“ “*„`): marks named, no quotation, in any language (one alone quotes its symbol: dpkg's `with no «=»`)
_AROUND_A_SYMBOL = Pattern(r"[«»‹›“”„‚‘’\"][^\w\s«»‹›“”„‚‘’\"]{1,3}[«»‹›“”„‚‘’\"]")
_LISTED = 3  # pairs on a line


def around_a_symbol(text: str) -> set:
    """The offsets of the quotation marks of ``text`` that stand around a symbol alone, in a list of such pairs on
    their line (``_AROUND_A_SYMBOL``)."""
    if not any(c in text for c in "«»‹›„"):
        return set()
    lines: dict = {}
    line = last = 0
    for m in _AROUND_A_SYMBOL.finditer(text):
        line, last = line + text.count("\n", last, m.start()), m.start()  # (counted as the matches go: linear)
        lines.setdefault(line, []).append(m)
    return {k for found in lines.values() if len(found) >= _LISTED for m in found for k in (m.start(), m.end() - 1)}


def indented(text: str, i: int) -> bool:
    """Does the line of ``text[i]`` open with an indent (a command shown in plain text)?  Its start is looked for
    near: a long line is prose."""
    nl = text.rfind("\n", max(0, i - 200), i)
    return (nl >= 0 or i <= 200) and text.startswith(("    ", "\t"), nl + 1)


def quoted_text(text: str, q: int, opening: bool) -> str:
    """The text between the curly quote at ``q`` and its partner near it (``""`` when there is none)."""
    if opening:
        k = text.find("”", q + 1, q + 1 + _QUOTED_REACH)
        return text[q + 1:k] if k >= 0 else ""
    k = text.rfind("“", max(0, q - _QUOTED_REACH), q)
    return text[k + 1:q] if k >= 0 else ""


_QUOTED_REACH = 300  # characters: a longer quotation is prose, whatever its spaces
