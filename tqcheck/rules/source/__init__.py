"""TQ6xx: the translation checked against its French source, one detector per module.

``numbers`` TQ601 · ``copies`` TQ602 · ``names`` TQ603 · ``omissions`` TQ604 · ``markup`` TQ605 ·
``glossary`` TQ606 · ``alignment`` TQ607 · ``untranslated_units`` TQ608 · ``consistency`` TQ609.  No rule:
``quantities`` (the numbers of both languages as comparable values) and ``words`` (the words of a pair, matched
across the languages).

The detectors read ``doc.pairs`` only (``documents.model.Pair``: the source text, the target segment,
the alignment's confidence), filled by the bilingual readers (XLIFF, PO, TMX, TSV) or, for an article
checked with ``--source``, by ``tqcheck.align``.  A monolingual document has no pairs, and nothing is
reported.  A pair the aligner is unsure of is not checked (TQ607 reports the region once).  Findings
point at the target: the differing token where it can be found, else the whole target segment.

The documented examples are bilingual TSV lines (``source<TAB>target``), as ``tqcheck check x.tsv``
reads them.
"""

from __future__ import annotations

import re

from ...documents import PLACEHOLDER
from ...documents.language import RATIO, function_words
from ..common import Pattern

CONFIDENT = 0.5  # an aligned pair below this confidence is not checked pair by pair (TQ607 says so once)
# English function words of the sources (three times the French ones, each string's first word in lowercase) that
# say English: gnome-recipes' en_GB.po has 4 and no French one; a French catalog with two English strings borrowed
# from a library has as many French ones as English ones, or more
ENGLISH_LEAST = 3


# a message key where the source text should be (Symfony's ``boutique.index.titre_page``): no text to compare
MESSAGE_KEY = Pattern(r"[a-z][A-Za-z0-9-]+(?:[._][A-Za-z0-9-]{2,})+")  # (not M.Dupont, Réf.2024-001, n.b)


def checked_pairs(doc):
    """The pairs of ``doc`` worth checking: a source and a target, aligned with confidence, the source
    being text and not a message key (Symfony translation files may use keys as sources)."""
    for pair in doc.pairs:
        source = pair.source.strip()
        if pair.target is not None and pair.confidence >= CONFIDENT and source and not MESSAGE_KEY.fullmatch(source):
            yield pair


def sources_in_english(doc) -> bool:
    """Do the sources read as English: a British catalog of American messages (``en_GB.po``), a project that
    writes its messages in English?  A word a target shares with them is then the source's own, not a French
    copy (numbers, markup and names are still compared)."""
    french, english = function_words((pair.source for pair in doc.pairs), strings=True)
    return english >= ENGLISH_LEAST and english >= RATIO * french


def whole(seg, code: str, message: str, severity=None):
    """A problem on the whole target segment (without the spaces around it)."""
    text = seg.text
    i = len(text) - len(text.lstrip())
    j = len(text.rstrip())
    return seg.problem(i, max(j, i + 1) if text else 0, code, message, severity=severity)


def plural_form(unit_id: str) -> tuple[str, str]:
    """A unit id's entry and plural form (PO's and Qt's ``[n]``): ``("%d file", "[1]")``, ``("Open", "")``."""
    k = unit_id.rfind("[")
    return (unit_id[:k], unit_id[k:]) if k >= 0 and unit_id.endswith("]") else (unit_id, "")


def quoted(text: str, limit: int) -> str:
    """A text as a message quotes it: on one line, a placeholder as ``…``, cut to ``limit`` characters."""
    text = " ".join(text.replace(PLACEHOLDER, "…").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def written(words: str, text: str, fold: bool = False) -> bool:
    """Does ``text`` hold ``words`` as words of its own (no word character or backtick beside them); ``fold``: in
    any case?"""
    return bool(words) and re.search(rf"(?<![\w`]){re.escape(words)}(?![\w`])", text, re.I if fold else 0) is not None
