"""French an English text keeps on purpose, told by its shape alone (``exemptions`` asks): a French name given with
its acronym (``the revenu de solidarité active (RSA)``).
"""

from __future__ import annotations

from ..common import Pattern
from .lexicon import fold, function_word, is_english

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
