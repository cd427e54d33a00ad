"""TQ303 french-structure: a French construction rendered word for word.

``french_structures.tsv`` gives, for each construction (``since several days``, ``it is him who``, ``the
14 July``…), a pattern and the keywords every match contains; ``pattern_table`` runs them.  Where one
wording fits every match, a suggestion is a template filled from the match's groups and from the
fields derived here: ``it is her who`` becomes ``she is the one who``, ``is arrived`` ``has arrived``.
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import Table
from . import of_chains
from .token_table import speaks_first, unless_named, with_token_rows
from .pattern_table import Fields, PatternTable, table

RULES = [
    Rule(
        code="TQ303",
        name="french-structure",
        severity="info",
        summary="A French construction rendered word for word (since several days, in the next days…)",
        what="Flags French syntax carried into English: `since several days` (*depuis* + a length of time: for "
        "several days; not the causal `since several years have passed`), `in the next days` (*dans les prochains "
        "jours*), `it is him who` (*c'est lui qui*), `the 14 July` (*le 14 juillet*: 14 July; `the 14th of July` "
        "is English and not flagged), `the 3 first` (*les 3 premiers*), `a hundred of people` (*une centaine "
        "de*), `he is arrived` (*il est arrivé*), `”, has he declared` and `”, has declared the minister` "
        "(*a-t-il déclaré*, *a déclaré le ministre*), `in the framework of` (*dans le cadre de*), `at the level "
        "of` (*au niveau de*), `I am agree`, `in a first time`, `aged of 45`, `has developed it in 1969` (the "
        "*passé composé* with a stated past time: developed), `is universal since 2005` (*depuis* with the "
        "present: has been). The patterns are in `french_structures.tsv`; and a chain of four nouns joined by "
        "`of` (`the director of the laboratory of the institute of the academy`, *de* after *de*: "
        "`calques/of_chains.py`).",
        why="Each construction is understandable but marks the text as translated, and some change the "
        "meaning: `since two years` reads as a date that is missing, `there is three years` as an "
        "existence claim, `has he declared` as a question.",
        before="The strike has lasted since several days.\nA decision is expected in the next days.",
        after="The strike has lasted for several days.\nA decision is expected in the coming days.",
        fix="unsafe: where one wording fits every case (since → for) or the suggestion is built from the words "
        "found (`it is her who` → `she is the one who`, `is arrived` → `has arrived`, `the 3 first` → `first 3`), "
        "it replaces the flagged words; otherwise the message gives the English construction and no fix is offered.",
        data=("french_structures.tsv", "reporting_verbs.tsv", "calque_patterns.tsv", "english_pasts.tsv"),
    ),
]

FRENCH_STRUCTURES = table("french_structures.tsv")

# fields derived from the groups of the same name:
#   {subject} {be} {one}: from an object pronoun ``p`` (and a form of be ``v``): ``it was her who`` ->
#                        ``she was the one who``
#   {have}:              the auxiliary ``have`` for a form of be ``aux`` (``is arrived`` -> ``has arrived``)
#   {past}:              the simple past of the participle ``v``: ``v`` itself when it ends in -ed or
#                        ``english_pasts.tsv`` says so (``has he declared`` -> ``he declared``), else that
#                        table's past (``has taken`` -> ``took``); a participle it lacks has no field, and its
#                        suggestion is left out
_SUBJECT = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we", "you": "you"}
_BE_PRESENT = {"he": "is", "she": "is", "I": "am"}
_BE_PAST = {"he": "was", "she": "was", "I": "was"}
_HAVE = {"is": "has", "was": "had", "were": "had", "am": "have", "are": "have",
         "'re": "'ve", "’re": "’ve", "'m": "'ve", "’m": "’ve"}
PASTS = Table("english_pasts.tsv", key="participle", order="plain", required=("past",))


class _StructureFields(Fields):
    def __missing__(self, key):
        pronoun = self.get("p", "").lower()
        subject = _SUBJECT.get(pronoun)
        if key == "subject" and subject:
            return subject
        if key == "one" and subject:
            return "ones" if subject in ("they", "we") else "one"
        if key == "be" and subject:
            past = self.get("v", "").strip().lower() in ("was", "were")
            return (_BE_PAST if past else _BE_PRESENT).get(subject, "were" if past else "are")
        if key == "have" and self.get("aux", "").lower() in _HAVE:
            return _HAVE[self["aux"].lower()]
        if key == "past":
            v = self.get("v", "")
            past = v if v.endswith("ed") else _pasts().get(v)  # (the rows match the participle in lowercase only)
            if past:
                return past
        raise KeyError(key)


@lru_cache(maxsize=1)
def _pasts() -> dict:
    return PASTS.mapping("participle", "past")


TABLE = PatternTable(FRENCH_STRUCTURES, "TQ303", fields=_StructureFields)

_FINDINGS = speaks_first(TABLE.findings)


def check(doc, ctx):
    rows = list(with_token_rows(_FINDINGS, doc, "TQ303"))
    yield from rows
    # (one set of the rows' spans for the whole document: their offsets are the document's)
    yield from unless_named(rows, (seg.problem(i, j, "TQ303", message, severity="info")
                                   for seg in doc.segments for i, j, message in of_chains.problems(seg)))
