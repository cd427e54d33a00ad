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


def _forms(rows) -> tuple[set, set]:
    """The simple forms (``said``, ``says``) and the participles (``said``, ``written``) of ``rows``."""
    lex = lexicon()  # ``said``, ``says``, ``has said``, ``has written``; not ``written`` alone, nor ``writing``
    simple, perfect = set(), set()
    for row in rows:
        forms = lex.forms(row.lemma, "VERB") - {row.lemma}
        simple |= {row.verb} | {f for f in forms if f.endswith("s")}
        perfect |= {row.verb} | {f for f in forms if not f.endswith(("s", "ing"))}
    return simple, perfect


def _verb(simple, perfect) -> str:
    """A verb of ``simple`` forms, or one of ``perfect`` after has/have/had."""
    return f"(?:{alternation(simple)}|(?:has|have|had)\\s+(?:{alternation(perfect)}))"


def _clause() -> str:
    verb = _verb(*_forms(REPORTING_VERBS.rows))
    # inverted (``, said the minister``) or not (``, he said``, ``, Mr Smith added``)
    return rf"\s*(?:{verb}\b|{_SUBJECT}\s+{verb}\b)"


def _news_clause() -> str:
    """An inverted clause as French news writes its incises, not as English tags dialogue: a verb of no
    ``dialogue`` row (``, explains the mayor``, ``, underlined the minister``), or any verb after an
    auxiliary (``, has said the minister``: *a déclaré le ministre*)."""
    news, _ = _forms([row for row in REPORTING_VERBS.rows if row.dialogue != "yes"])
    return rf"\s*{_verb(news, _forms(REPORTING_VERBS.rows)[1])}\b"


REPORTING_CLAUSE = Pattern(_clause)  # ``.match(text, i)``: a reporting clause starts at ``text[i]``
NEWS_CLAUSE = Pattern(_news_clause)  # ``.match(text, i)``: ``, explains the mayor``, not ``, said one``
