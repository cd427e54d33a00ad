"""TQ609 inconsistent-translation: one source translated several ways in one translation file.

The units of a bilingual file (never an article aligned with ``--source``: its sentences are not strings a program
shows) are grouped by their source, as written but for its spaces, within its context (``Pair.context``: a PO
``msgctxt``, a Qt context and its disambiguation comment, an XLIFF unit's meaning note, Angular's) and a plural form's
index (the ``[n]`` that ends its id).  A context is the file's own way of saying that one source needs two
translations, so units in two contexts are never compared.  Targets are compared by their words: case, spaces and
the punctuation that ends them aside (``Save``, ``save``, ``Save.`` are one).  The translation most units of a
group share is the group's; each other one is reported, naming it and where it is; in a tie, every unit is, each
naming another translation (no majority says which is right).  Fuzzy entries are not final and are left out, and a
translation memory (TMX), which keeps alternative translations on purpose, is not read.
"""

from __future__ import annotations

import re

from .. import Rule
from . import checked_pairs, plural_form, quoted

RULES = [
    Rule(
        code="TQ609",
        name="inconsistent-translation",
        severity="warning",
        summary="One source string translated several ways in one translation file (Enregistrer: Save, Record)",
        what="Groups the units of a bilingual file (XLIFF, Qt Linguist, CSV, TSV, XLSX, PO…; not a TMX memory, "
        "which keeps alternatives on purpose) by their source "
        "and flags a unit whose translation differs in its words from the one most units with that source "
        "share: `Enregistrer` translated `Save` in five places and `Record` in one. Units in different "
        "contexts (a PO `msgctxt`, a Qt context, an XLIFF meaning note) and plural forms are never compared: a "
        "context is how a catalog says that one source needs two translations. Case, spaces and final punctuation "
        "are not differences; fuzzy PO entries are left out. The message names the other translation and its "
        "line; in a tie, where no majority says which is right, every unit is reported. The example is three "
        "bilingual TSV lines.",
        why="The same button or message worded two ways makes a reader wonder whether two things are meant, "
        "and shows a file translated in pieces, by several people or systems, without a glossary or a memory. "
        "Xbench's and Okapi CheckMate's consistency checks report it for the same reason.",
        before="Enregistrer\tSave\nEnregistrer\tSave\nEnregistrer\tRecord",
        after="Enregistrer\tSave\nEnregistrer\tSave\nEnregistrer\tSave",
        fix="none: which wording is right is the translator's call (the message names the other one).",
    ),
]

SHOWN = 40  # characters of a translation the message quotes
_END = re.compile(r"[\s.:;!?…]+$")


def _key(pair) -> tuple:
    """The group of a unit: its context (``msgctxt``, a Qt context), its plural form and its source."""
    return pair.context, plural_form(pair.id)[1], " ".join(pair.source.split())


def _words(text: str) -> str:
    return _END.sub("", " ".join(text.split())).casefold()


def check(doc, ctx):
    if doc.source_path is not None or len(doc.pairs) < 2 or doc.format == "tmx":
        return  # (a translation memory keeps alternative translations of one source on purpose)
    groups: dict = {}
    for pair in checked_pairs(doc):
        if not pair.fuzzy and any(c.isalpha() for c in pair.source):
            groups.setdefault(_key(pair), []).append(pair)
    for group in groups.values():
        if len(group) < 2:
            continue
        by_words: dict = {}
        for pair in group:
            by_words.setdefault(_words(pair.target.text), []).append(pair)
        if len(by_words) < 2:
            continue
        ranked = sorted(by_words.values(), key=len, reverse=True)  # (stable: the first seen first in a tie)
        tie = len(ranked[0]) == len(ranked[1])  # no translation most units share: every one is reported
        for pairs in ranked if tie else ranked[1:]:
            yield from _report(doc, pairs, ranked[1] if pairs is ranked[0] else ranked[0])


def _report(doc, pairs, usual):
    """Each of ``pairs``, naming the other translation ``usual`` (its first unit's) and how many units have it."""
    first = usual[0].target
    line = doc.position(first.offset(len(first.text) - len(first.text.lstrip())))[0]
    more = f" (and {len(usual) - 1} other unit{'s' if len(usual) > 2 else ''})" if len(usual) > 1 else ""
    for pair in pairs:
        seg = pair.target
        text = seg.text.strip()
        i = seg.text.index(text) if text else 0
        usual_text, here = _differing(first.text, text)
        yield seg.problem(i, i + len(text), "TQ609", f"`{quoted(pair.source, SHOWN)}` is translated `{usual_text}` "
                          f"at line {line}{more}: here `{here}`")


def _differing(usual: str, here: str) -> tuple:
    """The two translations as the message quotes them: whole when short, else from a word before they differ."""
    a, b = usual.split(), here.split()
    if len(" ".join(a)) <= SHOWN and len(" ".join(b)) <= SHOWN:
        return quoted(usual, SHOWN), quoted(here, SHOWN)
    k = next((n for n, (x, y) in enumerate(zip(a, b)) if x.casefold() != y.casefold()), min(len(a), len(b)))
    k = max(0, k - 1)
    return tuple(("…" if k else "") + quoted(" ".join(words[k:]), SHOWN) for words in (a, b))
