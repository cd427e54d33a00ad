"""TQ606 source-glossary-term: where the source has a term of the house glossary, the translation must use
its required English.

The glossary (config ``glossary``, read by ``tqcheck.glossary``) may give source terms: a CSV/TSV column
headed ``source`` (``variant,preferred,source``; ``,National Assembly,Assemblée nationale``) or the
French terms of a TBX entry.  A source term is found as a whole word, case and accents aside (French
capitalises less); the required term as a whole word, case aside, also in the plural or possessive.
When the translation has a variant the glossary maps to the required term, the finding points at it
(TQ204 offers its fix); otherwise at the whole segment.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from . import checked_pairs, whole

RULES = [
    Rule(
        code="TQ606",
        name="source-glossary-term",
        severity="warning",
        summary="A glossary term of the source not translated the way the glossary requires",
        what="Reads the source terms of the house glossary (`glossary` option: a CSV column headed `source`, "
        "or the French terms of a TBX entry). Where a pair's source has such a term and the translation lacks "
        "the required English, flags the variant used (`Lower House` where the glossary asks for `National "
        "Assembly`) or the segment. Without a glossary the rule finds nothing: the example assumes the row "
        "`Lower House,National Assembly,Assemblée nationale`, and is a bilingual TSV line.",
        why="A client's terminology is decided once; a translator or an MT system that renders the term "
        "another way breaks consistency across documents and with the client's own wording.",
        before="L'Assemblée nationale a voté.\tThe Lower House voted.",
        after="L'Assemblée nationale a voté.\tThe National Assembly voted.",
        fix="none: the sentence may need rewording around the term (TQ204 fixes a listed variant).",
    ),
]


def check(doc, ctx):
    terms = tuple(map(tuple, ctx.config.glossary_sources or ()))
    if not terms:
        return
    variants = _variants(tuple(map(tuple, ctx.config.glossary or ())))
    for pair in checked_pairs(doc):
        source, text = _fold(pair.source), pair.target.text
        for term, preferred in terms:
            if not _pattern(_fold(term), False).search(source) or _pattern(preferred, True).search(text):
                continue
            found = next((m for v in variants.get(preferred, ()) for m in [_pattern(v, True).search(text)] if m), None)
            message = f"The source has `{term}`: the glossary requires `{preferred}`"
            if found:
                yield pair.target.problem(found.start(), found.end(), "TQ606", f"`{found.group()}`: {message[0].lower()}"
                                          f"{message[1:]}")
            else:
                yield whole(pair.target, "TQ606", message)


@lru_cache(maxsize=8)
def _variants(pairs) -> dict:
    out: dict = {}
    for variant, preferred in pairs:
        out.setdefault(preferred, []).append(variant)
    return out


@lru_cache(maxsize=4096)
def _pattern(term: str, english: bool):
    body = r"\s+".join(map(re.escape, term.split()))
    tail = r"(?:s|es|['’]s)?" if english else ""
    return re.compile(rf"(?<![\w-]){body}{tail}(?![\w-])", re.I)


_FOLD = str.maketrans("àâäçéèêëîïôöùûüÿœæ’", "aaaceeeeiioouuuyoe'")


def _fold(text: str) -> str:
    return text.lower().translate(_FOLD)
