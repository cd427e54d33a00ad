"""A token pattern's shadow: a cheap test on the raw text around an anchor that every match passes.

Cutting a sentence into tokens costs far more than a regular expression, and most anchors of a table of
patterns (``the`` before a country, a nationality after a noun) sit in sentences where the pattern cannot
match.  The shadow turns the pattern's tokens on either side of its anchor, up to the first one that may
take more than one token (``*{0,4}``) or is a sentence's start (``^``), into regular expressions over the
lowercased text: the right side from the anchor's end, the left side on the reversed text from the
anchor's start, so that both are one anchored ``match``.  A fixed token becomes its forms, any other token
(a class, ``*``, ``!x``) a run of non-space characters, and an optional fixed one (``on?``) may be there or not;
tokens may be joined by spaces or not.  The expressions accept more than the tokens do (``a`` matches the end of ``banana``), never less: a match
whose anchor is here passes, so a sentence whose anchors all fail is not cut into tokens.  The tokens
right beside the anchor, where the pattern wants a word class there (``VERB strongly``, ``the NOUN
European``), are also cut out of the text alone and tested: a word that is no verb fails at once.
"""

from __future__ import annotations

import re

from .sentences import QUOTES, TOKEN, Token, token_low

_QUOTE = "[" + re.escape("".join(sorted(QUOTES))) + "]"  # what a pattern's ``"`` stands for
_ANY = r"\S+?"
_REACH = 80  # characters looked back for the space before the token before an anchor


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
    elements, parts = list(elements), []
    for e in elements:
        if e.start or e.most != 1 or e.least not in (0, 1):
            break  # what follows may begin at another token: no longer a fixed distance from the anchor
        fragment = _fragment(e, reverse)
        if not e.least and fragment == _ANY:
            break  # an optional token of any word: the regular expression would backtrack over every split
        parts.append(r"\s*" + fragment if e.least else rf"(?:\s*{fragment})?")  # `on?`: the token, or none
    return re.compile("".join(parts)) if parts and any(e.least for e in elements[:len(parts)]) else None


def _class_test(elements, i: int):
    """The element at ``i`` when it wants one token of a word class (tested on the token alone)."""
    if 0 <= i < len(elements):
        e = elements[i]
        if e.classes and e.least == e.most == 1 and not e.start and not e.negated:
            return e
    return None


def _token_after(text: str, j: int):
    m = TOKEN.search(text, j)
    if m is None or text[j:m.start()].strip():
        return None
    return Token((m.group(), token_low(m.group()), m.start(), m.end(), False))


def _token_before(text: str, k: int):
    j = k
    while j and text[j - 1].isspace():
        j -= 1
    if j == 0:
        return None
    reach = max(0, j - _REACH)
    i = max(text.rfind(" ", reach, j), text.rfind("\n", reach, j), text.rfind("\t", reach, j)) + 1
    if i == 0 and reach:
        return None  # no space near: whatever the token is, let the tokens decide
    last = None
    for last in TOKEN.finditer(text, i, j):
        pass
    if last is None or last.end() != j:
        return None
    return Token((last.group(), token_low(last.group()), last.start(), j, False))


class Shadow:
    """``allows(text, low, rlow, k, n)``: may the pattern match with its anchor at ``low[k:k + n]``?
    ``low`` is the lowercased ``text`` (offsets kept: ``keywords.lowered``), ``rlow`` the same reversed."""

    __slots__ = ("left", "right", "before", "after")

    def __init__(self, pattern):
        elements = pattern.elements
        at = next(i for i, e in enumerate(elements) if e is pattern.anchor)
        self.left = _side(reversed(elements[:at]), True)
        self.right = _side(elements[at + 1:], False)
        self.before, self.after = _class_test(elements, at - 1), _class_test(elements, at + 1)

    def passing(self, text: str, low: str, rlow: str, offsets: list, n: int) -> list:
        """The ``offsets`` of an anchor ``n`` characters long where ``allows``: where the shadow is only its sides'
        expressions (most are), one or two regex calls an offset."""
        if self.before is not None or self.after is not None:
            return [k for k in offsets if self.allows(text, low, rlow, k, n)]
        right = self.right.match if self.right is not None else None
        left, size = (self.left.match if self.left is not None else None), len(low)
        if left is None:
            return offsets if right is None else [k for k in offsets if right(low, k + n) is not None]
        if right is None:
            return [k for k in offsets if left(rlow, size - k) is not None]
        return [k for k in offsets if right(low, k + n) is not None and left(rlow, size - k) is not None]

    def allows(self, text: str, low: str, rlow: str, k: int, n: int) -> bool:
        if self.right is not None and self.right.match(low, k + n) is None:
            return False
        if self.left is not None and self.left.match(rlow, len(low) - k) is None:
            return False
        if self.after is not None:
            tok = _token_after(text, k + n)
            if tok is not None and not self.after.test(tok):
                return False
        if self.before is not None:
            tok = _token_before(text, k)
            if tok is not None and not self.before.test(tok):
                return False
        return True
