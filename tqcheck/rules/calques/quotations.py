"""Quotation marks around a reporting verb: which quotation a closing mark ends, whether it reads as words said
(a sentence's end, or four words or more) or as a quoted name (`"git fsck" notices a tree object`), and whether a
straight mark opens a quotation (`Revert "Declare Null()"`).  Read by TQ301's contexts and the token rows that
start with a quotation mark."""

from __future__ import annotations

_OPENING = {"”": "“", "»": "«"}


def reads_as_said(quoted: str) -> bool:
    """Does a quotation read as words said (a sentence's end, or four words or more), not as a quoted name?"""
    quoted = quoted.strip()
    return quoted[-1:] in ".!?…," or len(quoted.split()) >= 4


def names_a_subject(text: str, q: int, comma: bool) -> bool:
    """With no comma after it, does the closing mark at ``text[q]`` end a quoted name rather than words said
    (`"git fsck" notices a tree object`)?"""
    return not comma and not reads_as_said(quotation_before(text, q))


def quotation_before(text, q):
    """The quoted words that the closing quote at ``text[q]`` ends (at most 400 characters back)."""
    start = max(0, q - 400)
    line = text.rfind("\n", start, q)
    start = max(start, line + 1)
    close = text[q]
    mark = _OPENING.get(close)
    if mark is None:  # a straight or single quote opens with the same character (or ‘)
        mark = "‘" if close == "’" else close
    k = max(text.rfind(mark, start, q), text.rfind("“", start, q) if close == '"' else -1)
    return text[k + 1 if k >= 0 else start:q]


def opening(text: str, tok) -> bool:
    """Is the quotation mark ``tok`` an opening one: a word, a space, then it, and a word right after it
    (`Revert "Declare Null()"`)?  After punctuation, a straight mark set against the next word is often a
    closing one misplaced by MT (`conditions, "explains Dr. Martel`), and before punctuation it closes (`not ", declared`)."""
    i = tok.start
    before = i == 0 or text[i - 1].isspace() and (i < 2 or text[i - 2].isalnum())
    return before and tok.end < len(text) and text[tok.end].isalnum()
