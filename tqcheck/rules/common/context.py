"""What detectors ask about the words around an offset, written once.

Offsets are into the text given (a segment's text, usually); nothing here reads a document."""

from __future__ import annotations

from .patterns import Pattern, one_of

SENTENCE_END = ".!?…:\"“”»\n"
# the spaces French typography (and a tokeniser) leaves: a space, a no-break space, a narrow one, a thin one
SPACES = " \u00a0\u202f\u2009"
# beside a word, marks that make it part of code: a path, an identifier, an option, markup (each rule adds its own)
CODE_MARKS = "./\\_-@#$%`=<"
_PROSE_WINDOW = 40  # characters each side in which a line must look like prose (letters, digits), not ASCII art
SENTENCE_SKIP = " \t\u00a0(‘'\"“«"  # what ``sentence_start`` looks past


def previous_word(text: str, i: int) -> str:
    """The word that ends just before ``text[i]``, past spaces and a line break (a paragraph's lines are wrapped
    prose); after an elision, the elided word (``d'Ivoire`` → ``d``, ``l'Élysée`` → ``l``).  Letters only;
    ``""`` at the start."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0\n\r":
        j -= 1
    if j >= 0 and text[j] in "'’":
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:j]
    k = j + 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    return text[j + 1:k]


_WORD_CHAR = one_of(r"\w.'-", "’")  # [\w.'’-]
_WORD_BEFORE = Pattern(f"({_WORD_CHAR}+)" + r"\s*$")  # (\s holds the no-break spaces)
_WORD_BEFORE_COMMA = Pattern(r"([\w'’]+)[ \t]*,?[ \t]*$")


def word_before(text: str, i: int, *, comma: bool = False, reach: int = 40) -> str:
    """The token before ``text[i]`` within ``reach`` characters: word characters with ``.'’-``
    (``No.``, ``aujourd'hui``), or, with ``comma``, a plain word optionally followed by a comma
    (``the CGT, hammered``).  ``""`` when there is none."""
    if comma:
        m = _WORD_BEFORE_COMMA.search(text[max(0, i - reach):i])
    else:
        m = _WORD_BEFORE.search(text, max(0, i - reach), i)
    return m.group(1) if m else ""


def sentence_start(text: str, i: int) -> bool:
    """Whether ``text[i]`` starts a sentence: only opening quotes, brackets and spaces stand between
    it and the start of the text or the end of the previous sentence."""
    j = i - 1
    while j >= 0 and text[j] in SENTENCE_SKIP:
        j -= 1
    return j < 0 or text[j] in SENTENCE_END


def line_bounds(text: str, i: int, j: int | None = None, reach: int | None = None) -> tuple[int, int]:
    """The start and end (before the newline) of the line(s) holding ``text[i:j]``; with ``reach``, at most that many
    characters either side (a file of one long line must not be scanned whole for each place asked about)."""
    j = i if j is None else j
    low, high = (0, len(text)) if reach is None else (max(0, i - reach), min(len(text), j + reach))
    end = text.find("\n", j, high)
    return text.rfind("\n", low, i) + 1 or low, high if end < 0 else end


# a full stop that ends an abbreviation, not a sentence: `(e.g.`, `(by Andrey V.`, `cf.`
_ABBREVIATION = Pattern(r"(?i)(?:^|[\s(\[/])(?:[a-z](?:\.[a-z])*|cf|vs|viz|approx|incl|esp|resp)\.$")


def line_ends_sentence(text: str, k: int) -> bool:
    """Does the line ended by the line break at ``text[k]`` end a sentence: ``. ! ? …``, maybe a closing quote or
    bracket, then spaces; not an abbreviation's full stop (``(e.g.``, ``(by Andrey V.``)?  In plain text one
    sentence a line is MT output's; a line that ends otherwise is wrapped prose."""
    j = k
    while j and text[j - 1] in " \t\r":
        j -= 1
    j -= j > 0 and text[j - 1] in "\"”’»)"
    if not (j and text[j - 1] in ".!?…"):
        return False
    if text[j - 1] != ".":
        return True
    last = text[max(0, j - 3):j - 1]
    if len(last) == 2 and last.isascii() and last.isalpha() and last[1] not in "fszxlpFSZXLP":
        return True  # a word's full stop (`said.`): its last letter ends no abbreviation (cf, vs, viz…)
    return _ABBREVIATION.search(text, max(0, j - 13), j) is None


def match_case(word: str, like: str) -> str:
    """``word`` in the case of ``like``: all capitals (of more than one letter), capitalised, or as is."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


NO_BREAK = frozenset("\u00a0\u202f")  # the no-break spaces: French typography's, never an accident


def has_no_break(space: str) -> bool:
    """Does ``space`` hold a no-break space (plain or narrow)?"""
    return not NO_BREAK.isdisjoint(space)


def space_name(space: str) -> str:
    """How messages name the space in ``space``: every family says it the same way."""
    if "\u202f" in space:
        return "Narrow no-break space"
    if "\u00a0" in space:
        return "No-break space"
    return "Space"


def minority(counts: dict):
    """(the most used key, the others) of ``{key: count}``; ties go to the key seen first."""
    if not counts:
        return None, []
    top = max(counts, key=counts.__getitem__)
    return top, [k for k in counts if k != top]


def looks_like_prose(text: str, i: int) -> bool:
    """Are most of the visible characters around ``text[i]`` (on its line) letters or digits, as in prose
    (``0,58 % ( 6,40 points ) to 1.102,35 points .``), not in ASCII art?"""
    if i >= 3 and text[i - 3:i].isalpha():
        return True  # after a word: the common case, decided at once
    low = max(0, i - _PROSE_WINDOW)
    start = text.rfind("\n", low, i) + 1 or low
    end = text.find("\n", i, i + _PROSE_WINDOW)
    window = text[start:end if end >= 0 else i + _PROSE_WINDOW]
    visible = len(window) - sum(map(str.isspace, window))
    return 2 * sum(map(str.isalnum, window)) >= visible
