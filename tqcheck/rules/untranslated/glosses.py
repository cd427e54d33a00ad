"""Untranslated French given on purpose with its English in brackets (``exemptions``): a quoted label
(`"politique de confidentialité" (privacy policy)`), or a phrase named with its gloss (`the gilets jaunes (yellow
jackets) protests`, `magret de canard (duck)`); not an aside in brackets (`(despite the pressure)`, `(last week)`,
`(he insisted)`), an alternative (`(or gonorrhea)`) or a plural mark (`(s)`)."""

from __future__ import annotations

from ..common import Pattern
from ..common.lexicon import function_words
from .kept import WORD
from .lexicon import is_english

QUOTED = Pattern(r"[”\"»’'][*_]*\s*\((?=\s*[^\W\d_])")  # a quotation's closing quote, then a bracket
BARE = Pattern(r"(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]*\((?=\s*[^\W\d_]{2})")  # a phrase's last word maybe, a bracket


def glossed(text: str, a: int, b: int, after=QUOTED) -> bool:
    """Is the quotation ``text[a:b]`` (``after``: ``QUOTED``; or the phrase: ``BARE``) followed by its translation in
    brackets: English words, about as many as its own (`"politique de confidentialité" (privacy policy)`; not `"…"
    (CGT)`, nor an aside, `(he insisted)`)?"""
    m = after.match(text, b)
    close = text.find(")", m.end(), m.end() + 120) if m else -1
    if close < 0:
        return False
    gloss = WORD.findall(text, m.end(), close)
    quoted = len(WORD.findall(text, a, m.end() - 1))
    bare = after is BARE
    if bare and not _a_gloss(text, a, b, m.end() - 1, gloss):
        return False
    return bool(gloss) and quoted <= (3 if bare else 2) * len(gloss) and len(gloss) <= 2 * quoted and not any(
        w.isupper() and w != "I" for w in gloss) and sum(is_english(w.lower()) for w in gloss) * 2 > len(gloss)


def _a_gloss(text: str, a: int, b: int, paren: int, gloss: list) -> bool:
    """Is the bracket at ``paren`` the French ``text[a:b]``'s gloss: right after it, or after one word that ends
    the phrase (`la lutte des` then `classes`); a noun phrase, not an aside (`(despite the pressure)`, `(last
    week)`, `(or gonorrhea)`); of two words at least, or one after a phrase of three (`magret de canard (duck)`; an
    MT's source gave its `théropodes (carnivores)`, its `marseilles (south)`)?"""
    after, words = WORD.findall(text, b, paren), WORD.findall(text, a, b)
    if after and (len(after) > 1 or not words or words[-1].lower() not in _FRENCH_LINKS):
        return False
    first, lower = gloss[0].lower(), {w.lower() for w in gloss}
    return first not in function_words() and first not in _ASIDES and lower.isdisjoint(_TIMES) and (
        len(gloss) >= 2 or len(words + after) >= 3)


_FRENCH_LINKS = frozenset("de des du la le les d l au aux en".split())
_ASIDES = frozenset("last next now then today yesterday tomorrow see paid etc also aka how why one two three four "
                    "five six seven eight nine ten several many much more again".split())
_TIMES = frozenset("ago times once twice day days week weeks month months year years hour hours minute minutes "
                   "morning evening night".split())  # (an aside says when: `(two days ago)`, `(several times)`)
