"""TQ3xx: French calques and false friends in English text, one detector per module.

``reporting`` TQ301 (a reporting verb used the French way, in the contexts of ``reporting_calques.tsv``) ·
``false_friends`` TQ302 · ``structures`` TQ303; ``pattern_table`` (no rule) is the engine of the last two:
a table of regular expressions, each run only in windows around its keywords
(``tqcheck.rules.common.keywords``), whose suggestions may be templates filled from the match.

Every fix of the family is unsafe: it is a suggestion an editor accepts or not.
"""

import re


def quoted_or(words) -> str:
    """``"a"``, ``"a" or "b"``, ``"a", "b" or "c"``: the suggestions as a message lists them."""
    quoted = [f'"{w}"' for w in words]
    return " or ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def say(suggestions, otherwise: str = "") -> str:
    """The part of a message that gives the suggestions, up to three (``: in English, say "a" or "b"``), or
    ``otherwise`` when there is none."""
    return f": in English, say {quoted_or(suggestions[:3])}" if suggestions else otherwise


def longest_first(words) -> str:
    """A regex alternation of the literal ``words``, longest first (so the longest wins, as with
    ``common.alternation``).  For the family's small regexes that run in short windows: cheaper to build
    and compile than the prefix-factored ``common.alternation``, which pays off on long texts."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
