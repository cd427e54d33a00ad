"""French an English text keeps on purpose, told by its shape alone (``exemptions`` asks): a French name given with
its acronym (``the revenu de solidarité active (RSA)``), and the name of a French institution written the French way
(``the Centre national du cinéma et de l'image animée``: ``french_name_heads.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from ..common import Pattern, Table
from ..common.lexicon import function_words
from .lexicon import fold, function_word, is_english

NAME_HEADS = Table("french_name_heads.tsv", key="head", order="plain")

WORD = Pattern(r"(?<!\w)[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # a word, not glued to a figure: 1er, 14h30 are none
# the words of a name up to its acronym in brackets, on the same clause: `… active (RSA)`, `… (CNIL)`, `… (AT&T)`
_ACRONYM_AFTER = Pattern(r"(?:[^.!?;:()\n]|\n(?![ \t]*\n)){0,80}?\(([A-Z][A-Z&]{1,7})\)")  # (not a blank line)


def with_acronym(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` in a French name given with its acronym in brackets right after it, the initials of the name's
    words but its French particles, most of them no English words (`Sécurité sociale pour les indépendants (SSI)`,
    `revenu de solidarité active (RSA)`)?"""
    m = _ACRONYM_AFTER.match(text, j)
    if m is None:
        return False
    acronym = m.group(1).replace("&", "")
    words = [(w.start(), w.group()) for w in WORD.finditer(text, max(0, i - 120), m.start(1) - 1)
             if not function_word(w.group().lower())]
    named = words[-len(acronym):]
    initials = fold("".join(w[0] for _, w in named)).upper()
    return len(named) == len(acronym) and named[0][0] <= i and initials == acronym \
        and 2 * sum(not is_english(w.lower()) for _, w in named) > len(named)  # a French name, not the Oxford
    # University conservatrice Association (OUCA) of WMT13's MT, whose untranslated word is still one


_NAME_WORDS = 8  # words of a name between its head and a French fragment in it (`… de la statistique et des études`)
_CAPITALISED = Pattern(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]+")
_NAME_GOES_ON = Pattern(r"(?:[ \u00a0]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,%d}[ \u00a0]+" % _NAME_WORDS)
_WORDS_OF = Pattern(r"[^\W\d_]+")
# what opens or makes a French clause, never a name's word: a verb, a subject pronoun, a conjunction
_CLAUSE = frozenset("a ai as auquel avait c ce dont duquel est était fait il ils elle elles je laquelle lequel lesquels "
                    "n ne nous on ont où pas qu que qui se sera sont tu vous y".split())


@lru_cache(maxsize=1)
def name_heads() -> frozenset:
    """The heads of ``french_name_heads.tsv``."""
    return frozenset(NAME_HEADS.column("head"))


def in_institution_name(text: str, i: int, j: int) -> bool:
    """Does the French at ``text[i:j]`` go on the name of a French institution written the French way: a head of
    ``french_name_heads.tsv`` before it, and between them only words in lower case that are no English function
    word (`the Centre national du cinéma…`, `the Institut national de la statistique et des études économiques`;
    not `the Centre, which says des…`, nor `the Centre said that les…`); the French itself no clause (`…de la
    culture a déclaré que…`: a verb, a subject pronoun, a conjunction of ``_CLAUSE``)?"""
    if any(w.lower() in _CLAUSE for w in _WORDS_OF.findall(text, i, j)):
        return False
    start = max(0, i - 160)
    heads = name_heads()
    for m in reversed(list(_CAPITALISED.finditer(text, start, i))):
        if m.group() in heads:
            between = _NAME_GOES_ON.fullmatch(text, m.end(), i)
            return between is not None and all(
                w[0].islower() and w.lower() not in function_words() for w in between.group().split())
    return False
