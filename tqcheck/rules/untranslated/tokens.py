"""A sentence as the classifier reads it: its words, each with a kind, and the proper names among them.

Each word gets its kind from ``lexicon.kind`` (a cue of ``french_cues.tsv``, a French-looking or
out-of-vocabulary lowercase word, a capitalised name, English); the words of a loan phrase of
``french_in_english.tsv`` are English.  Then the French words that belong to a proper name
become part of it:

- a particle before a capitalised word: ``de Gaulle``, ``du Pont``, ``la Repubblica``;
- lowercase words after a French-looking capitalised one (``Assemblée nationale``, ``Cour de
  cassation``, ``Légion d'honneur``) or after a name opened by a French article (``Le Canard
  enchaîné``, ``La Vie en rose``: French capitalises only the first words of a title);
- function words between two names: ``Arts et des Lettres``, ``Rouge et le Noir``.
"""

from __future__ import annotations

from functools import lru_cache

from ..common import Pattern
from .frequencies import evidence
from .lexicon import (
    ACCENTS, ENGLISH, FRENCH, FRENCH_LETTERS, MAYBE, NAME, OTHER, STRONG, TOKEN, UNSURE, WEAK, cues, is_english,
    kind, loan_spans,
)

_GAP_OK = frozenset(" \t\u00a0\u202f")
# characters that make a word part of code or markup when they touch it; C1 controls are mojibake (`donâ\x80\x99t`)
_CODE = frozenset("_@\\=<>{}#$%^~|¶") | frozenset(map(chr, range(0x80, 0xA0)))
_ARTICLES = frozenset(("le", "la", "les"))
_ORDINAL_SUFFIXES = frozenset("e er ère re ème eme èmes emes es nd nde ndes".split())
CODE, ACRONYM = "code", "acronym"
_COMMAND = Pattern(r" --?[a-z]")  # a command-line option after a word: the word is the command
_STRUCT = Pattern(r"\b(?:struct|enum|union|typedef) $")
_EXTENSION = Pattern(r"\.[a-z]{1,3}(?![\w'’-])")  # a file name's extension after a word: `.h`, `.c`, `.py`
_LOAN_REACH = 40  # characters read around a sentence for the loan phrases that cross its edges


class Token:
    __slots__ = ("start", "end", "text", "kind", "initial", "gloss", "elided", "code")

    def __init__(self, start, end, text, initial):
        self.start, self.end, self.text, self.initial = start, end, text, initial
        self.kind = ENGLISH
        self.gloss = None
        self.elided = False
        self.code = False  # part of code, a path or a handle (``technical``)


def tokenize(text: str, s: int, e: int) -> list:
    """The words of the sentence ``text[s:e]``, kinds set, loan phrases English, names marked."""
    found = []
    for m in TOKEN.finditer(text, s, e):
        tok = Token(m.start(), m.end(), m.group(), not found)
        tok.kind, tok.gloss, tok.elided = kind(tok.text, tok.initial)
        if tok.kind != ENGLISH and _part_of_a_figure(text, tok.start, tok.text):
            tok.kind = OTHER  # `3ème`, `c.-à-d.`: a French ordinal or abbreviation, TQ509's and TQ513's; `cont8nues`
        elif tok.kind != ENGLISH:
            shape = technical(text, tok.start, tok.end, tok.kind in (UNSURE, MAYBE, OTHER))
            if shape:
                tok.kind, tok.code = OTHER, shape == CODE
        found.append(tok)
    # loan phrases, also across the sentence's edges (`et\nal.`, `et. al.`, `coup\nd'état`)
    for a, b in loan_spans(text, max(0, s - _LOAN_REACH), min(len(text), e + _LOAN_REACH)):
        for tok in found:
            if a <= tok.start and (tok.end <= b or _english_tail(tok.text[b - tok.start:])):
                tok.kind = ENGLISH
    _mark_names(text, found)
    return found


def _part_of_a_figure(text: str, i: int, word: str) -> bool:
    """Is ``word`` at ``text[i]`` the suffix of an ordinal (``3ème``, ``1er``), the inside of ``c.-à-d.``, or the end
    of a word a digit cuts (``cont8nues``: a typo, not French `nues`; ``utf8mb``: an identifier)?"""
    before = text[i - 1] if i > 0 else " "
    if before.isdigit():
        return word.lower() in _ORDINAL_SUFFIXES or i > 1 and text[i - 2].isalpha()
    return before == "-" and i > 1 and text[i - 2] == "."


def _english_tail(rest: str) -> bool:
    """`-style` in `après-ski-style`: what follows a loan phrase inside one word is English."""
    return rest.startswith("-") and all(is_english(p.lower()) for p in rest.split("-")[1:])


def technical(text: str, i: int, j: int, digits: bool = True):
    """``CODE`` when the word ``text[i:j]`` is part of code, a path or a handle (`os.getxattr`,
    `posix_spawn`, `libxml2`, `newwin(`, `<posix>`, `[L]et`, `getXattr`), ``ACRONYM`` for `SES`,
    `non-POSIX`; None for a word of prose.  ``digits``: a digit touching it counts (not for a known
    French word: MT glues them, `depuis1993`, `2heures`)."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if before in _CODE or after in _CODE or before == "]" or after == "(" and text[j:j + 3] != "(s)":
        return CODE  # (`newwin(`, not a plural's `élément(s)`)
    if before == "-" and (i < 2 or text[i - 2] in " \t\n(\"'`[-"):
        return CODE  # a command-line option: `-fno-tree-vrp`, `--inspect-wait`
    word = text[i:j]
    if "-" not in word and word[1:].islower():  # no capital after the first letter (most words): none to find
        capitals = []
    else:
        capitals = [part for part in word.split("-") if any(ch.isupper() for ch in part[1:])]  # `cité-État` is prose
    if capitals:
        return CODE if any(ch.islower() for part in capitals for ch in part) else ACRONYM  # `getXattr`, `SES`
    if digits and (before.isdigit() or after.isdigit()) and j - i > 3:
        return CODE  # `libxml2`, `0xffff`; not `14th`, `2nd`
    if before.isdigit() and after.isdigit():
        return CODE  # inside a hash or an identifier: `…7951873f466c`, `a1b2c3`
    if (before == "/" and (after == "/" or i > 1 and text[i - 2].isalnum())
            or after == "/" and text[j + 1:j + 2].isalpha()):
        return CODE  # a path, a URL or a branch: `build-aux/git-version-gen`, `ef/maint-strbuf-init`, `/moin/`,
        # `…/stopcovid19/accueil`
    if after == "." and _EXTENSION.match(text, j):
        return CODE  # a file name: `cet.h`, `des.h`, `du.c`
    if before == "." and (i < 2 or text[i - 2] in " \t\n(\"'`") and word.islower():
        return CODE  # a file's extension named alone: `the .aux file`, `.des`
    if before == "," and i > 1 and text[i - 2].isalnum() or after == "," and text[j + 1:j + 2].isalnum():
        return CODE  # a list with no spaces: `po/{it,et,pl}`, `--enable-hashes=bcrypt,des`
    if _COMMAND.match(text, j) or _STRUCT.search(text, max(0, i - 8), i) or _line_label(text, i, j):
        return CODE  # `du -d 1`, `struct dirent`, a changelog's `constate: reset max_record`
    if after.isdigit() and _numbered_name(text, i, j):
        return CODE  # `des3_set_key`, `heur1,heur2`: a name numbered in code (not MT's glued `depuis1993`, `des3,5`)
    # a dot or an underscore joining it to another word: `os.getxattr`, `curses.has_il`, `posix_spawn`
    if before in "._" and text[max(0, i - 3):i - 1].isalnum() and len(word) > 1 or \
            after in "._" and text[j + 1:j + 3].isalnum() and len(word) > 1:
        return CODE  # not initials: `J.R.`, `U.S.`
    return None


def _line_label(text: str, i: int, j: int) -> bool:
    """Does the word open its line (spaces, tabs, a bullet before it) as a label set against a colon: a
    changelog's module prefix (`constate: reset…`)?"""
    if text[j:j + 2] not in (": ", ":\t", ":\n"):
        return False
    start = text.rfind("\n", 0, i) + 1
    return not text[start:i].strip(" \t*-•")


def _numbered_name(text: str, i: int, j: int) -> bool:
    """Do one or two digits at ``text[j]`` number an identifier: followed by an underscore or a letter, or in a
    list of such names (a comma and a letter after, or a digit and a comma before ``text[i]``)?"""
    if i > 1 and text[i - 1] in ",;" and text[i - 2].isdigit():
        return True
    k = j
    while k < len(text) and text[k].isdigit():
        k += 1
    rest = text[k:k + 2]
    return k - j <= 2 and (rest[:1] == "_" or rest[:1].isalpha() or rest[:1] in ",;." and rest[1:].isalpha())


def adjacent(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two tokens (no punctuation, quote or line break)."""
    return b.start - a.end <= 3 and all(ch in _GAP_OK for ch in text[a.end:b.start])


def _mark_names(text, tokens) -> None:
    n = len(tokens)
    # names: a particle before a capitalised word (de Gaulle, du Pont, la Repubblica)
    for k in range(n - 1):
        if tokens[k].kind in (WEAK, STRONG) and tokens[k + 1].kind == NAME and not tokens[k + 1].initial \
                and adjacent(text, tokens[k], tokens[k + 1]):
            tokens[k].kind = NAME
    # names: lowercase words continuing a French-looking capitalised one (Assemblée nationale,
    # Cour de cassation, Légion d'honneur) or a name opened by a French article (Le Canard enchaîné,
    # La Vie en rose: French capitalises only the first words of a title)
    for k in range(1, n):
        prev = tokens[k - 1]
        if prev.kind == NAME and (_french_looking_name(prev.text) or _article_name(text, tokens, k - 1)) \
                and adjacent(text, prev, tokens[k]):
            j = k
            while j < n and (tokens[j].kind in (WEAK, FRENCH, MAYBE, UNSURE)
                             or tokens[j].elided and _french_looking_name(prev.text)) \
                    and adjacent(text, tokens[j - 1], tokens[j]):
                tokens[j].kind = NAME
                j += 1
    # names: function words between two names (Arts et des Lettres, Rouge et le Noir)
    for k in range(1, n - 1):
        if tokens[k].kind in (STRONG, WEAK) and tokens[k - 1].kind == NAME and tokens[k + 1].kind == NAME \
                and adjacent(text, tokens[k - 1], tokens[k]) and adjacent(text, tokens[k], tokens[k + 1]):
            tokens[k].kind = NAME


def _article_name(text, tokens, k) -> bool:
    """Does the name ending at ``tokens[k]`` start with a French article before a capitalised word
    (`Le Canard`, `La Vie`; not `Marine Le Pen`, whose name starts with `Marine`)?"""
    j = k
    while j > 0 and tokens[j - 1].kind == NAME and adjacent(text, tokens[j - 1], tokens[j]):
        j -= 1
    return j < k and tokens[j].text.lower() in _ARTICLES and tokens[j + 1].text[0].isupper()


@lru_cache(maxsize=1 << 14)
def _french_looking_name(word: str) -> bool:
    """Assemblée, Cour, Conseil, Le: a capitalised word that can start a French name, before the lowercase words
    that continue it (`Assemblée nationale`, `Légion d'honneur`): it leans French (not `Kolkata s'imposant`,
    `Lange chantant`).  Asked of each name before a word of each sentence read, most of them often (`Obama`,
    `Paris`): one answer a word."""
    lower = word.lower()
    if ACCENTS & set(lower) or lower in cues():
        return True
    if "'" in lower or "’" in lower:
        return True
    if not set(lower) <= FRENCH_LETTERS or is_english(lower):
        return False
    return evidence(lower) > 0
