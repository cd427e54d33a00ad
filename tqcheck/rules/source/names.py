"""TQ603 source-name-translated: a name of the source translated word for word.

A French surname or title is often made of words (``Lenoir`` = le + noir, ``Dupont`` = du + pont,
``Pierre``, ``Le Monde``); MT translates them (``The Black``, ``Bridge``, ``Stone``, ``The World``).
The source says which words are a name: a capitalised word inside a sentence, or next to another
capitalised word (``Pierre Lenoir`` at the start of a sentence).  When the translation does not
have the name and has, capitalised, the English of its words (``source_name_words.tsv``), that is
flagged; so is the article alone translated (``Le Figaro`` → ``The Figaro``, with a capital T inside
a sentence: ``the Louvre`` is English).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import Pattern, Table
from . import checked_pairs

RULES = [
    Rule(
        code="TQ603",
        name="source-name-translated",
        severity="warning",
        summary="A name of the source translated word for word (Lenoir → The Black, Le Figaro → The Figaro)",
        what="Flags the English of a French name's words where the translation lacks the name itself: a "
        "surname or first name made of French words (`Lenoir`, `Dupont`, `Lapierre`, `Pierre`), a title such as "
        "`Le Monde`, and a French article alone translated before a name kept (`The Figaro`, `The Parisien`, "
        "with a capital T inside a sentence). The words come from `source_name_words.tsv`. The example is a "
        "bilingual TSV line.",
        why="A reader of `Pierre The Black` cannot find Pierre Lenoir anywhere; the error is invisible "
        "without the source, since `The Black` reads as a nickname.",
        before="Selon Pierre Lenoir, le budget augmente.\tAccording to Pierre The Black, the budget is rising.",
        after="Selon Pierre Lenoir, le budget augmente.\tAccording to Pierre Lenoir, the budget is rising.",
        fix="none: the name must be restored from the source.",
        data=("source_name_words.tsv",),
    ),
]

NAME_WORDS = Table("source_name_words.tsv", key="french", lists=("english",))
ARTICLES = {"le": "The", "la": "The", "les": "The", "du": "Of the", "des": "Of the", "de": "Of"}
CAPITAL = Pattern(r"(?<![\w'’-])[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)*")
COMPOUND = Pattern(r"(Le|La|Les|Du|Des|De)([a-zàâçéèêëîïôûùœ]{3,})")
ARTICLE_NAME = Pattern(r"(?<=[\w,;:)»”]\s)(Le|La|Les)\s([A-ZÀ-Ý][^\W\d_]+)")
START = Pattern(r"(?:^|[.!?:;«“\"]\s*)$")
ARTICLE_BEFORE = Pattern(r"(?<![\w'’-])(?:le|la|les|l['’]|du|des|au|aux)\s+$", re.I)
TITLE_BEFORE = Pattern(r"(?<![\w'’-])(?:M\.|MM\.|Mme|Mmes|Mlle|Dr|Me|Mgr|Pr)\s+$")
PREVIOUS_NAME = Pattern(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+$")
NEXT_NAME = Pattern(r"\s+[A-ZÀ-Ý][a-zà-ÿ]")


@lru_cache(maxsize=None)
def glosses() -> dict:
    return {row.french: row.english for row in NAME_WORDS.rows}


def check(doc, ctx):
    for pair in checked_pairs(doc):
        if any(c.isupper() for c in pair.source[1:]):
            yield from _names(pair.source, pair.target)


def _names(source, seg):
    from ..untranslated.lexicon import fold

    text = seg.text
    present = {fold(w) for w in re.findall(r"[^\W\d_]+", text)}
    seen = set()
    for m in CAPITAL.finditer(source):
        word = m.group()
        if fold(word) in present or word in seen or not _is_name(source, m):
            continue
        seen.add(word)
        for calque in _calques(word):
            found = re.search(rf"(?<![\w'’-])(?:The |the )?{re.escape(calque)}(?![\w'’-])", text)
            if found:
                yield seg.problem(found.start(), found.end(), "TQ603",
                                  f"`{found.group()}`: the name `{word}` of the source translated word for word")
                break
    for m in ARTICLE_NAME.finditer(source):
        article, name = m.groups()
        if fold(f"{article} {name}") in fold(text):
            continue
        for english in glosses().get(name.lower(), ()):  # Le Monde -> The World
            found = re.search(rf"(?<![\w'’-])The {re.escape(english.capitalize())}(?![\w'’-])", text)
            if found and fold(name) not in fold(text):
                yield seg.problem(found.start(), found.end(), "TQ603",
                                  f"`{found.group()}`: the name `{m.group()}` of the source translated word for word")
        for found in re.finditer(rf"(?<![\w'’-])The {re.escape(name)}(?![\w'’-])", text):
            if not START.search(text, max(0, found.start() - _BEFORE), found.start()):
                yield seg.problem(found.start(), found.end(), "TQ603",
                                  f"`{found.group()}`: the article of the name `{m.group()}` translated alone")


def _is_name(source, m) -> bool:
    """A person's name: after a title or a first name (M. Dupont, Pierre Lenoir), or a first name before
    a surname; a word made of an article and a word (Lenoir) also inside a sentence.  Not after a
    lowercase article: ``le Grand`` (an epithet), ``le Roi Mswati`` (a title), ``la Croix`` (a thing)."""
    i, j = max(0, m.start() - _BEFORE), m.start()  # (the words just before, not all the text before: not quadratic)
    if ARTICLE_BEFORE.search(source, i, j):
        return False
    if TITLE_BEFORE.search(source, i, j) or PREVIOUS_NAME.search(source, i, j) or NEXT_NAME.match(source, m.end()):
        return True
    return bool(COMPOUND.fullmatch(m.group())) and not START.search(source, i, j)


_BEFORE = 80  # characters before a word that tell a name (a title, a first name, an article, a sentence's start)


def _calques(word: str) -> list:
    """The English MT makes of a name's words: Lenoir -> The Black, Black; Pierre -> Stone."""
    out = []
    for english in glosses().get(word.lower(), ()):
        out.append(english.capitalize())
    m = COMPOUND.fullmatch(word)
    if m:
        article = ARTICLES[m.group(1).lower()]
        for english in glosses().get(m.group(2), ()):
            out += [f"{article} {english.capitalize()}", english.capitalize()]
    return out
