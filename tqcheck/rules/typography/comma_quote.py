"""TQ103 comma-outside-quote: ``”, said the minister``, the French order of quote and comma.

A closing quote followed by a comma and a reporting clause (``reporting.REPORTING_CLAUSE``), when the
quotation is speech rather than one quoted word; the fix moves the comma inside the quote.

Dialogue written with logical punctuation (``"I wonder", he said, "what…``, ``"It is", she answered``)
puts its comma there too.  French news quotes whole sentences and keeps an interrupted quotation inside
one pair of guillemets, so a quotation of one to three words, or one that resumes after its clause, is
flagged only when the clause is the French news incise: inverted, with a verb that English does not tag
dialogue with (``"No", explains the mayor``; the ``dialogue`` column of ``reporting_verbs.tsv``).
On the 19 WMT13 fr-en systems this keeps 771 of 798 findings; on the fortunes it drops 16 of 23.
"""

from __future__ import annotations

from .. import Rule
from ..common import Pattern, one_of
from . import SPACES
from .reporting import NEWS_CLAUSE, REPORTING_CLAUSE

RULES = [
    Rule(
        code="TQ103",
        name="comma-outside-quote",
        severity="warning",
        summary="A comma after the closing quote, before a reporting clause",
        what="Flags `”, said the minister` and `\", underlined the Secretary General`: a quotation "
        "closed before its comma and followed by a reporting clause. Dialogue in logical punctuation is "
        "left alone: an utterance of one to three words or a quotation resumed after its clause (`\"It is\", she "
        "answered`, `\"I wonder\", he said, \"what…`) is flagged only with the French inverted incise "
        "(`\"No\", explains the mayor`).",
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

# a closing quote, then a comma: ``”,`` or ``",`` (straight: after a non-space); found from the comma, a literal the
# regex engine skips to (a pattern that opens with an alternation is tried at every character: ten times slower)
_QUOTE_COMMA = Pattern(",(?<=" + one_of("\"»", "”") + ",)")  # ,(?<=[”"»],)
# the quotation resumes after the reporting clause: ``", he said, "what…`` (at the clause's start)
_RESUMED = Pattern(r"[^.!?;:\"“”\n]{0,80},[ \t]*[\"“](?=[\w'‘])")


def check(doc, ctx):
    for seg in doc.segments:
        if "," in seg.text:
            yield from _comma_outside_quote(seg)


def _comma_outside_quote(seg):
    text = seg.text
    for m in _QUOTE_COMMA.finditer(text):
        q, end = m.start() - 1, m.end()  # (the quote, then the comma)
        quote = text[q]
        if quote == '"' and (q == 0 or text[q - 1] in SPACES + "\n"):
            continue  # an opening straight quote
        if quote == "»":
            continue  # TQ101 flags the guillemet; its fix makes this a ” the next pass sees
        if not REPORTING_CLAUSE.match(text, end):
            continue
        opener = text.rfind("“" if quote == "”" else '"', max(0, q - 2000), q)
        if not _is_quoted_speech(text, opener, q) or (_is_dialogue(text, opener, q, end)
                                                       and not NEWS_CLAUSE.match(text, end)):
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


def _is_quoted_speech(text: str, opener: int, q: int) -> bool:
    """A quotation of a few words or one opening a sentence is speech; a single quoted word
    (``this would be "monstrous", he said``) may keep its comma outside in British style."""
    if opener < 0:
        return True  # the quotation began in an earlier paragraph
    if len(text[opener + 1:q].split()) >= 4:
        return True
    k = opener - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in ".:;!?—–\n"


def _is_dialogue(text: str, opener: int, q: int, end: int) -> bool:
    """A line of dialogue rather than a sentence of news: an utterance of one to three words
    (``"It is", she answered``), or a quotation that resumes after its clause (``", he said, "what``)."""
    return (opener >= 0 and len(text[opener + 1:q].split()) < 4) or _RESUMED.match(text, end) is not None
