"""TQ302 false-friend: an English word used in the sense of its French look-alike.

``false_friends.tsv`` gives, for each word (``sensible``, ``formation``, ``actually``…), a pattern whose
context makes the French sense certain (``sensible neighbourhoods``, ``a formation centre``), with the
keywords every match contains; ``pattern_table`` runs them.  ``That is a sensible decision`` and ``the
formation of a new government`` stay quiet: no pattern matches them.
"""

from __future__ import annotations

from .. import Rule
from .token_table import speaks_first, with_token_rows
from .pattern_table import PatternTable, table

RULES = [
    Rule(
        code="TQ302",
        name="false-friend",
        severity="info",
        summary="An English word used in the sense of its French look-alike (sensible, formation, actually…)",
        what="Flags words that MT or a French writer uses in their French sense, where the context makes "
        "that sense clear: `sensible neighbourhoods` (*sensible*: sensitive), `a formation centre` "
        "(*formation*: training), `a manifestation against the reform` (*manifestation*: demonstration), "
        "`were interpellated by the police` (*interpellé*: detained), `assisted at the ceremony` "
        "(*assister à*: attended), `sold in all good libraries` (*librairie*: bookshop), `actually under "
        "construction` (*actuellement*: currently), `the manifestation gathered 50,000 people`, `a formation in "
        "accounting`. The patterns, with the context that makes each a "
        "calque, are in `false_friends.tsv`.",
        why="A false friend reads as fluent English with the wrong meaning: `sensible data` is reasonable "
        "data, not sensitive data, and the reader is misled without noticing. Most entries are info "
        "because the English sense is possible; an entry is a warning when the context leaves no doubt.",
        before="The police patrol sensible neighbourhoods.\nTwo men were interpellated by the police.",
        after="The police patrol sensitive neighbourhoods.\nTwo men were detained by the police.",
        fix="unsafe: the word is replaced by the first suggestion; the message lists the others.",
        data=("false_friends.tsv", "calque_patterns.tsv"),
    ),
]

FALSE_FRIENDS = table("false_friends.tsv")
TABLE = PatternTable(FALSE_FRIENDS, "TQ302")

_FINDINGS = speaks_first(TABLE.findings)


def check(doc, ctx):
    return with_token_rows(_FINDINGS, doc, "TQ302")
