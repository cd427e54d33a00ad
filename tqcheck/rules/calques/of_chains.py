"""TQ303, a chain of four nouns joined by ``of``, French *de* after *de* (no rule of its own).

*le directeur du laboratoire de l'institut des problèmes* → `the director of the laboratory of the institute of
the problems`: English breaks such a chain with a compound or a possessive (`the director of the institute's
laboratory`).  Four nouns (words the lexicon knows as nouns), three ``of``, each noun after its ``of`` with or
without a determiner.  Left alone: a chain through a part or a position (`the end of the rest of…`, `the number
of…`), a measure or a kind (`the amount of use of…`, `hundreds of thousands of…`) and `point of view of`;
and capitalised words, which are names (`the Museum of the History of…`).

Evidence (this function over the corpora of ``scripts/row_evidence.py``): 37 in the 19 WMT13 systems, in 12 of
them (16 source lines) against 0 in their reference; LIG MT 9, post-edits 0; 0 in Lee news, the fortunes and the
Python docs.  A helper's row of ``calque_patterns.tsv`` for the same chain (capitalised nouns too: 77 hits,
24 lines, 0 on /usr/share/doc) was anchored on ``of`` and made TQ3 a third slower: here, one regular
expression runs only where a text holds ``of`` three times.
"""

from __future__ import annotations

from ..common import Pattern
from ..common.lexicon import lexicon

_DET = r"(?:(?:the|a|an|his|her|its|their) )?"
# (from its ``he ``, a literal the regex engine skips to, `the` looked back for: a match starts one character on)
CHAIN = Pattern(r"he (?<=(?<![\w'’-])[Tt]he )(?P<n1>[a-z]+) of " + _DET + r"(?P<n2>[a-z]+) of " + _DET
                + r"(?P<n3>[a-z]+) of " + _DET + r"(?P<n4>[a-z]+)(?![\w'’-])")
# words that make the chain English: a part, a position or a quantity of what follows (`hundreds of thousands
# of`), and a kind of it
_PART = frozenset("first last second third rest end top bottom middle beginning side number amount kind type sort "
                  "use tens dozens hundreds thousands millions billions".split())


def chains(text: str):
    """``(start, end)`` of each chain of four nouns joined by ``of`` in ``text``."""
    if text.count(" of ") < 3:
        return
    lex = lexicon()
    for m in CHAIN.finditer(text):
        nouns = m.group("n1", "n2", "n3", "n4")
        if any(n in _PART for n in nouns) or "point of view of" in m.group():
            continue
        if all(lex.has_class(n, "NOUN") for n in nouns):
            yield m.start() - 1, m.end()


def problems(seg):
    """``(start, end, message)`` of each chain in the segment."""
    for i, j in chains(seg.text):
        yield i, j, (f"`{seg.text[i:j]}`: a chain of *de* (*le directeur du laboratoire de l'institut de…*): "
                     "in English, break it with a compound or a possessive (`the institute's laboratory director`)")
