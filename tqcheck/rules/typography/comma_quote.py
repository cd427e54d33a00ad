"""TQ103 comma-outside-quote: ``”, said the minister``, the French order of quote and comma.

A closing quote followed by a comma and a reporting clause (``reporting.REPORTING_CLAUSE``), when the
quotation is speech rather than one quoted word; the fix moves the comma inside the quote.
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern
from . import SPACES
from .reporting import REPORTING_CLAUSE

RULES = [
    Rule(
        code="TQ103",
        name="comma-outside-quote",
        severity="warning",
        summary="A comma after the closing quote, before a reporting clause",
        what="Flags `”, said the minister` and `\", underlined the Secretary General`: a quotation "
        "closed before its comma and followed by a reporting clause.",
        why="French puts the comma after the closing guillemet; English news style puts it inside the "
        "quote (`,” said`). With the inverted clause that usually follows, it marks the sentence as "
        "translated.",
        before="“We will not give up”, underlined the Secretary General.",
        after="“We will not give up,” underlined the Secretary General.",
        fix="unsafe: British house styles may keep the comma outside (logical punctuation), so the fix is a "
        "suggestion: the comma moves inside the quote (a full stop before the quote becomes the comma; "
        "after ? or ! the comma is dropped).",
        data=("reporting_verbs.tsv",),
    ),
]

# a closing quote, then a comma: ``”,`` or ``",`` (straight: after a non-space)
_QUOTE_COMMA = Pattern(r"[”\"»],")


def check(doc, ctx):
    for seg in doc.segments:
        if "," in seg.text:
            yield from _comma_outside_quote(seg)


def _comma_outside_quote(seg):
    text = seg.text
    for m in _QUOTE_COMMA.finditer(text):
        q, end = m.start(), m.end()
        quote = text[q]
        if quote == '"' and (q == 0 or text[q - 1] in SPACES + "\n"):
            continue  # an opening straight quote
        if quote == "»":
            continue  # TQ101 flags the guillemet; its fix makes this a ” the next pass sees
        if not REPORTING_CLAUSE.match(text, end) or not _is_quoted_speech(text, q, quote):
            continue
        end_punct = text[q - 1] if q and text[q - 1] in ".?!…" else ""
        if end_punct == ".":
            replacement, edit = "," + quote, (q - 1, end)
        elif end_punct:
            replacement, edit = end_punct + quote, (q - 1, end)
        else:
            replacement, edit = "," + quote, (q, end)
        yield seg.problem(
            q, end, "TQ103", "Comma after the closing quote before a reporting clause: English puts it inside (`,” said`)",
            replacement, applicability="unsafe", edit=edit,
        )


def _is_quoted_speech(text: str, q: int, quote: str) -> bool:
    """A quotation of a few words or one opening a sentence is speech; a single quoted word
    (``this would be "monstrous", he said``) may keep its comma outside in British style."""
    opener = text.rfind("“" if quote == "”" else '"', max(0, q - 2000), q)
    if opener < 0:
        return True  # the quotation began in an earlier paragraph
    if len(text[opener + 1:q].split()) >= 4:
        return True
    k = opener - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in ".:;!?—–\n"
