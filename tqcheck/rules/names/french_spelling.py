"""TQ206 french-spelling: an English word written the French way (`dictionnary`, `recommanded`, `connexion`).

English written by French speakers, and French text half translated, carries the French spelling of a word both
languages share: *dictionnaire* gives `dictionnary`, *recommandé* `recommanded`, *connexion* `connexion`.  The word
is neither English nor French, so neither a spelling list nor TQ403 sees it.  The spellings are rows of
``french_spellings.tsv`` (read by ``untranslated.spellings``): a word the English word list lacks, which one or
two of its edits turn into an English word (``untranslated.lexicon.is_english``, inflections included), is
flagged with that word as the suggestion.
Left alone: a word the frequency table reads as French (TQ403's), a word in capitals or glued to code
(`adress.py`, `set_fonction`), and a capitalised word inside a text (a name: `Finnish`, `Bonnard`); a capitalised
word opening a text (a label: `Recommanded :`) is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import CODE_MARKS, match_case
from ..untranslated.spellings import edited
from .tokens import bounded_starts, done, lower_words

RULES = [
    Rule(
        code="TQ206",
        name="french-spelling",
        severity="warning",
        summary="An English word spelled the French way (dictionnary, recommanded, connexion)",
        what="Flags a word that English does not have and that one or two French spelling habits turn into an "
        "English word: a doubled n (`dictionnary`, `optionnal`), -ance/-ant for -ence/-ent (`independant`, "
        "`recommanded`), -xion for -ction (`connexion`), -ement for -ment (`environement`), and French stems "
        "(`adress`, `parametre`, `fonctionnality`, `responsability`). A French word (`developper`, `exemple`, "
        "`tutoriel`) is TQ403's; capitalised words inside a text are names.",
        why="The French spelling of a shared word is the commonest trace a French author or a half-finished "
        "translation leaves in English, and a spelling checker tuned for typos does not explain it.",
        before="See the dictionnary of optionnal parameters recommanded for your connexion.",
        after="See the dictionary of optional parameters recommended for your connection.",
        fix="unsafe: the English word is the likeliest, not the only one (`connexion` is an old British spelling).",
        data=("french_spellings.tsv", "english_words.txt"),
    ),
]

_FIRST = re.compile(r"\W*([A-Z][a-z]{4,})\b(?! +[A-Z])")  # not a name's first part (`Donna Robinson`)
_GLUED = CODE_MARKS + ">[]{}"  # beside a word: a path, an identifier, an option, markup


@lru_cache(maxsize=1 << 16)
def english_of(word: str) -> str | None:
    """The English word a lowercase ``word`` spells the French way, or None."""
    from ..untranslated import frequencies
    from ..untranslated.lexicon import is_english

    if is_english(word):
        return None
    found = edited(word, is_english)
    if found is None or frequencies.verdict(word, is_english) == frequencies.FRENCH:
        return None
    return found


@lru_cache(maxsize=1)
def _candidates():
    """The candidates among a document's lowercase words, joined by newlines (each after one): a word of five
    letters or more (the chunks ``lower_words`` counts hold a-z and `#`: `#` is no letter) holding the letters a
    row's edit starts with (`an`, `onn`, `xion`).  One regex pass over the words, rather than a search a word."""
    from ..untranslated.spellings import SPELLINGS

    fragments = b"|".join(sorted({re.match(r"[a-z]*", row.french).group().encode() for row in SPELLINGS.rows}))
    return re.compile(rb"\n(?=[a-z]*(?:" + fragments + rb"))([a-z]{5,})(?![^\n])")


def check(doc, ctx):
    words = [key.decode() for key in _candidates().findall(b"\n" + b"\n".join(lower_words(doc)))]
    flagged = {w: e for w in words if (e := english_of(w)) is not None}
    for seg in doc.segments:
        text = seg.text
        first = _FIRST.match(text)
        if first:  # a capitalised word opening a text: `Recommanded :` (a label), a sentence's first word
            english = english_of(first.group(1).lower())
            if english is not None:
                yield _problem(seg, first.start(1), first.group(1), english)
        for word, english in flagged.items():
            if word in text:
                for k in bounded_starts(text, word):
                    end = k + len(word)
                    if not _glued(text, k, end):
                        yield _problem(seg, k, word, english)
    done(doc, ctx, "TQ206")


def _glued(text: str, k: int, end: int) -> bool:
    """Is the word at ``text[k:end]`` part of code (`adress.py`, `set_fonction`, `--adress`)?  A full stop or a
    colon after it ends a sentence or a label, unless a word character follows."""
    after = text[end:end + 1]
    return bool(k and text[k - 1] in _GLUED or after and after in _GLUED and not (
        after in ".:" and not text[end + 1:end + 2].isalnum()))


def _problem(seg, k, word, english):
    suggestion = match_case(english, word)
    return seg.problem(k, k + len(word), "TQ206", f"`{word}` is spelled the French way: English writes `{suggestion}`",
                       suggestion, applicability="unsafe")
