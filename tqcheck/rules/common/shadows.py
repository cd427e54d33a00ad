"""A token pattern's shadow: a cheap test on the raw text around an anchor that every match passes.

Cutting a sentence into tokens costs far more than a regular expression, and most anchors of a table of
patterns (``the`` before a country, a nationality after a noun) sit in sentences where the pattern cannot
match.  The shadow turns the pattern's tokens on either side of its anchor, up to the first one that may
take more or fewer than one token (``x?``, ``*{0,4}``, ``^``), into regular expressions over the
lowercased text: the right side from the anchor's end, the left side on the reversed text from the
anchor's start, so that both are one anchored ``match``.  A fixed token becomes its forms, any other token
(a class, ``*``, ``!x``) a run of non-space characters; tokens may be joined by spaces or not.  The
expressions accept more than the tokens do (``a`` matches the end of ``banana``), never less: a match
whose anchor is here passes, so a sentence whose anchors all fail is not cut into tokens.
"""

from __future__ import annotations

import re

_QUOTE = '["“”«»„]'  # tokens.QUOTES, which a pattern's ``"`` stands for
_ANY = r"\S+?"


def _fragment(element, reverse: bool) -> str:
    """One token's expression (reversed for the left side)."""
    if (element.forms or element.cased) and not element.classes and not element.negated:
        forms = element.forms | {f.lower() for f in element.cased}
        if all(f.isascii() for f in forms):  # (a non-ASCII form may lowercase to a different length)
            alts = [_QUOTE if f == '"' else re.escape(f[::-1] if reverse else f)
                    for f in sorted(forms, key=len, reverse=True)]
            return "(?:" + "|".join(alts) + ")"
    return _ANY


def _side(elements, reverse: bool):
    parts = []
    for e in elements:
        if e.start or e.least != 1 or e.most != 1:
            break  # what follows may begin at another token: no longer a fixed distance from the anchor
        parts.append(r"\s*" + _fragment(e, reverse))
    return re.compile("".join(parts)) if parts else None


class Shadow:
    """``allows(low, rlow, k, n)``: may the pattern match with its anchor at ``low[k:k + n]``?  ``low`` is
    the lowercased text (offsets kept: ``keywords.lowered``), ``rlow`` the same reversed."""

    __slots__ = ("left", "right")

    def __init__(self, pattern):
        at = next(i for i, e in enumerate(pattern.elements) if e is pattern.anchor)
        self.left = _side(reversed(pattern.elements[:at]), True)
        self.right = _side(pattern.elements[at + 1:], False)

    def allows(self, low: str, rlow: str, k: int, n: int) -> bool:
        return ((self.right is None or self.right.match(low, k + n) is not None)
                and (self.left is None or self.left.match(rlow, len(low) - k) is not None))
