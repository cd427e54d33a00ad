"""The reporting clause that follows a quotation's comma: ``, said the minister``, ``, he said``.

Not a detector: TQ103 (``comma_quote``) and TQ104 (``dialogue``) ask whether one starts at an offset.
The verbs are ``reporting_verbs.tsv``, declared once by the calques family (``calques.reporting``), in
the present and the past, and with an auxiliary the participle (``, says``, ``, has said``).
"""

from __future__ import annotations

from ..calques.reporting import REPORTING_VERBS
from ..common import Pattern, alternation
from ..common.lexicon import lexicon

# who speaks when the clause is not inverted: a pronoun or up to four capitalised words (Mr Smith)
_SUBJECT = r"(?:he|she|they|we|I|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"


def _clause() -> str:
    lex = lexicon()  # ``said``, ``says``, ``has said``, ``has written``; not ``written`` alone, nor ``writing``
    simple, perfect = set(), set()
    for row in REPORTING_VERBS.rows:
        forms = lex.forms(row.lemma, "VERB") - {row.lemma}
        simple |= {row.verb} | {f for f in forms if f.endswith("s")}
        perfect |= {row.verb} | {f for f in forms if not f.endswith(("s", "ing"))}
    verb = f"(?:{alternation(simple)}|(?:has|have|had)\\s+(?:{alternation(perfect)}))"
    # inverted (``, said the minister``) or not (``, he said``, ``, Mr Smith added``)
    return rf"\s*(?:{verb}\b|{_SUBJECT}\s+{verb}\b)"


REPORTING_CLAUSE = Pattern(_clause)  # ``.match(text, i)``: a reporting clause starts at ``text[i]``
