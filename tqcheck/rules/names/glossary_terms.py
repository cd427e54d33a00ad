"""TQ204 glossary-term: a variant the house glossary (config ``glossary``) forbids.

The glossary is read and validated by the config loader (``tqcheck.glossary``); this detector only sees
``config.glossary``, the ``(variant, preferred)`` pairs.  Its spans are also what TQ201 and TQ202 leave
alone (``spans``): the glossary overrides the shipped data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

from .. import Rule
from ..common import alternation, match_case, sentence_start
from .tokens import done, memo

RULES = [
    Rule(
        code="TQ204",
        name="glossary-term",
        severity="warning",
        summary="A term the house glossary forbids or replaces",
        what="Flags a variant listed in the glossary given by the `glossary` option (CSV or TSV rows "
        "`variant,preferred`, or a TBX file whose entries mark terms preferred, admitted or deprecated), "
        "as a whole word, in its written case, all capitals or capitalised at a sentence start, and before "
        "a possessive (`Bakhmout's`). The glossary overrides the shipped data: its preferred terms are "
        "never flagged by TQ201 or TQ202. Without a glossary the rule finds nothing: the example assumes "
        "the glossary row `Kiev,Kyiv`.",
        why="A newsroom or client fixes its spellings (`Kyiv`, `Zelenskyy`); the glossary makes that "
        "decision checkable.",
        before="Kiev said on Monday ...",
        after="Kyiv said on Monday ...",
        fix="safe: the glossary names the preferred term; its case follows the flagged word.",
    ),
]


def glossary(ctx) -> dict:
    """variant -> preferred, from ``config.glossary`` (read and validated by the config loader:
    a detector never reads files)."""
    return _glossary_map(tuple(map(tuple, ctx.config.glossary or ())))


@lru_cache(maxsize=8)
def _glossary_map(pairs: tuple) -> dict:
    return {variant: preferred for variant, preferred in pairs if variant != preferred}


@lru_cache(maxsize=8)
def _glossary_regex(items: tuple):
    forms = set()
    for variant, _ in items:
        forms.add(variant)
        forms.add(variant.upper())
        forms.add(variant[:1].upper() + variant[1:])
    return re.compile(rf"(?<![\w\-])({alternation(forms)})(?![\w\-]|['’][^\Ws])")


def check(doc, ctx):
    yield from _found(doc, ctx)[0]
    done(doc, ctx, "TQ204")


def spans(doc, ctx) -> dict:
    """Document span -> preferred term, for every variant TQ204 reports in ``doc`` (none when TQ204
    is not selected for it)."""
    return _found(doc, ctx)[1]


def _found(doc, ctx):
    """(problems, spans) of ``doc``, worked out once per document."""
    terms = glossary(ctx) if ctx.enabled("TQ204") else {}
    shared = memo(doc)
    key = ("TQ204", tuple(terms.items()))
    if key not in shared:
        flagged: dict[tuple[int, int], str] = {}
        problems = list(_glossary_terms(doc, terms, flagged)) if terms else []
        shared[key] = (problems, MappingProxyType(flagged))  # read-only: other detectors consult it
    return shared[key]


def _glossary_terms(doc, terms, flagged):
    regex = _glossary_regex(tuple(sorted(terms.items())))
    lower = {k.lower(): v for k, v in terms.items()}
    for seg in doc.segments:
        for m in regex.finditer(seg.text):
            word = m.group(1)
            target = terms.get(word) or lower.get(word.lower())
            if word not in terms and not word.isupper() and not sentence_start(seg.text, m.start()):
                continue  # a lowercase term capitalised mid-sentence is another word (a name)
            if _within_preferred(seg.text, m.start(1), m.end(1), word, target):
                continue  # `app` in `mobile app`, the preferred term itself (its fix grew `mobile mobile app`)
            flagged[seg.span(m.start(1), m.end(1))] = target
            yield seg.problem(m.start(1), m.end(1), "TQ204", f"Glossary: use `{target}`, not `{word}`",
                              _as_written(target, word, terms, sentence_start(seg.text, m.start(1))))


def _within_preferred(text: str, i: int, j: int, word: str, target: str) -> bool:
    """Is the variant ``text[i:j]`` part of the preferred term written there (`app` in `mobile app`)?"""
    at = target.lower().find(word.lower())
    while at >= 0:
        start = i - at
        if start >= 0 and text[start:start + len(target)].lower() == target.lower():
            return True
        at = target.lower().find(word.lower(), at + 1)
    return False


def _as_written(target: str, word: str, terms: dict, start: bool) -> str:
    """The preferred term in the variant's case: as the glossary writes it where the variant is written so (`EU`:
    `the EU`, not `THE EU`), with a capital at a sentence's start (`EU rules apply.`: `The EU rules apply.`)."""
    if word not in terms:
        return match_case(target, word)
    return target[:1].upper() + target[1:] if start else target
