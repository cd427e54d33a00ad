"""TQ512 french-title and TQ513 french-abbreviation: ``M. Guebuza``, ``Mme``, ``n°``, ``p. ex.``.

One table, one pattern: every row of ``french_abbreviations.tsv`` is matched by a single regex, its
``context`` column says where the row counts (before a name, before or after a figure, anywhere)
and its ``kind`` which code reports it (``title``: TQ512, unsafe; else TQ513, safe, but for a unit of size,
``20Go``: unsafe, as `Go` and `To` are English words too).
Table: ``french_abbreviations.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Rule
from ..common import LONG, Pattern, Table, anchor_lines, finditer_in, line_bounds, one_of
from . import SEP, WORD_CHAR, S

RULES = [
    Rule(
        code="TQ512",
        name="french-title",
        severity="warning",
        summary="A French title before a name (M. Guebuza, Mme Dupont, Mlle)",
        what="Flags `M.`, `MM.` and `Pr` before a capitalised name, and `Mme`, `Mlle` anywhere. `M.` "
        "after a capitalised word or an initial (`Robert M. Gates`, `A. M. Kuchling`) is a middle "
        "initial, and in an attribution line (`-- M. Proust`) or a line of initialled names (`M. Devine "
        "and P. Larson`) an initial: not flagged, nor is the same name's `M.` anywhere in the document (a "
        "bibliography's `M. Stonebraker.`); nor is `Mme.` with a dot, an English writer's.",
        why="`M.` is Monsieur: an English reader takes `M. Guebuza` for an initial. `Mme` and `Mlle` are "
        "not English abbreviations.",
        before="M. Guebuza met Mme Dhlakama.",
        after="Mr Guebuza met Ms Dhlakama.",
        fix="unsafe: `Mr`, `Ms` (Madame is any adult woman's title: `Mrs` would say she is married), `Miss`, "
        "`Messrs`, `Prof.` (with a dot when the document writes `Mr.`); `M.` may still be an initial.",
        data=("french_abbreviations.tsv",),
    ),
    Rule(
        code="TQ513",
        name="french-abbreviation",
        severity="warning",
        summary="A French abbreviation (n°, p. ex., c.-à-d., av. J.-C., NDLR)",
        what="Flags French abbreviations listed in `french_abbreviations.tsv`: `n°` and `nº`, `p. ex.`, "
        "`c.-à-d.`, `av. J.-C.`, `NDLR`, `env.` before a figure, `TTC` after one, `HT` after a price (`120 € HT`, "
        "`120 euros HT`; not `4 HT cores`). `cf.`, `etc.` and "
        "`N.B.` are English too and not flagged.",
        why="They are not English: `n°` is a French sign for No., `p. ex.` for e.g., `av. J.-C.` for BC.",
        before="See decree n° 12, p. ex. the article on Rome (753 av. J.-C.).",
        after="See decree No. 12, e.g. the article on Rome (753 BC).",
        fix="safe: the English abbreviation replaces the French one; unsafe for a size (`20Go`: GB).",
        data=("french_abbreviations.tsv",),
    ),
]

ABBREVIATIONS = Table(
    "french_abbreviations.tsv", key="french", order="plain",
    choices={"kind": ("title", "abbreviation"), "context": ("any", "before-name", "before-number", "after-number",
                                                                    "after-price", "unit")},
)

_LOWER_CHAR = one_of("a-zà-ÿ'-", "’")  # [a-zà-ÿ'’-]
NAME_AFTER = Pattern(rf"{S}(?:[A-ZÀ-Ý]{_LOWER_CHAR}+|[A-Z](?![\w.]))")
# a capitalised word or an initial before M.: Robert M. Gates, A. M. Kuchling, J. M. Barrie
CAPITALISED_BEFORE = Pattern(rf"(?:^|[\s([])[A-ZÀ-Ý](?:{WORD_CHAR}*|\.)[ \u00a0]$")
# an attribution or a signature: `-- M. Proust`, `— M. Devine and P. Larson, CS 340`: the title's line
# opens with a dash or a tilde, and names alone follow it (up to the line's end, a comma, a bracket, a
# figure); `— M. Hollande said` is a sentence
ATTRIBUTION_BEFORE = Pattern(r"[ \t]*(?:--+|[—–―~])[ \t]*")  # the whole of the line before the title
_NAME_CHAR = one_of(r"\w'.-", "’")  # [\w'’.-]
NAMES_ONLY = Pattern(rf"(?:[ \u00a0]+(?:[A-ZÀ-Ý]{_NAME_CHAR}*|and|&))*[ \t]*(?:$|\n|[,;(\[]|\d)")
# an initial opening a name (`P. Larson`, `J. R. Tolkien`; not `U.S. President`): the line writes names so
INITIAL_NAME = Pattern(r"(?<![\w.])[A-LN-Z]\.[ \u00a0]+(?:[A-Z]\.[ \u00a0]+)*[A-ZÀ-Ý][a-zà-ÿ]")
M_NAME = Pattern(r"M\.[ \u00a0]+([A-ZÀ-Ý][a-zà-ÿ]+)")  # `M. Stonebraker`: the name after a title or an initial
# the items around M. in a list lettered A., B., …
LETTERED_BEFORE = Pattern(r"(?m)^[ \t\u00a0]*L\.[ \t\u00a0]+[A-Z]")
LETTERED_AFTER = Pattern(r"(?m)^[ \t\u00a0]*N\.[ \t\u00a0]+[A-Z]")
FIGURE_AFTER = Pattern(rf"{S}?\d")
_GLUED = Pattern(r"(?<![\w.,])\d+(?:[.,]\d+)?\Z")  # a figure glued to a unit (`20Go`, `1,5Go`; not `X2Go`)
# what a size is of, near it (`/var 400Go XFS`, `a 2 To disk`): without one, `Go`, `Mo` and `To` are words
_STORAGE = Pattern(r"(?i)\b(?:dis[kc]s?|disque|drive|ssd|hdd|ram|memory|mémoire|storage|stockage|space|espace|"
                   r"partition|volume|file|fichier|card|carte|key|clé|quota|ext[234]|xfs|btrfs|ntfs|fat32)\b"
                   r"|(?-i:(?<![\w/])/[a-z]+)\b")  # (a path, `/var`; not `API/ABI`)
_SIGN_OR_S = one_of("\u00a0 $£%", "\u202f\u2009€")  # [{SEP}€$£%]
_MONEY = "(?:euros?|EUR|dollars?|francs?)"  # a currency written as a word after an amount
FIGURE_BEFORE = Pattern(rf"\d{_SIGN_OR_S}*(?:{_MONEY}[ \u00a0])?\Z")  # 100 € TTC, 99 euros TTC (on its line)
# a price just before: `100 €`, `89 euros`, `€100` (120 € HT, 120 euros HT)
PRICE_BEFORE = Pattern(rf"(?:\d[\u00a0\u202f\u2009 ]?[€$£]|\d {_MONEY}|[€$£][\u00a0 ]?\d[\d.,]*)[ \u00a0]$")
# English letters and signs from the most to the least frequent: an abbreviation is found from its rarest character
_FREQUENT = " etaoinsrhldcumfpgwyb,.vk-TSAMCIBPHWxDNRLFGEjJOqKUVzYQXZ"


_QUOTES = frozenset("\"'“”‘’«»`")


@lru_cache(maxsize=None)
def _abbreviations():
    """(rows keyed by the abbreviation without spaces, one regex for all of them, hint substrings,
    a regex finding any hint from its rarest character, each row's part of the regex and longest chunk)."""
    rows = ABBREVIATIONS.rows
    table = {}
    parts = []
    for r in sorted(rows, key=lambda r: len(r.french), reverse=True):
        table[_squeeze(r.french)] = r
        pattern = f"{S}?".join(re.escape(part) for part in r.french.split(" "))
        if r.french[-1].isalnum():
            pattern += r"(?!\w)"
        parts.append((pattern, max(r.french.split(" "), key=len)))
    # substrings one of which any match contains: a cheap test before the regex runs
    hints = set()
    for r in rows:
        chunk = max(r.french.split(" "), key=len)
        if r.context == "before-name" and chunk[-1].isalnum():
            hints.update(chunk + sep for sep in SEP)  # Pr Dupont, not Prime
        else:
            hints.add(chunk)
    anchors = []
    for hint in sorted(hints):
        k = max(range(len(hint)), key=lambda k: _FREQUENT.find(hint[k]) % (len(_FREQUENT) + 1))
        anchors.append(re.escape(hint[k]) + (f"(?<={re.escape(hint[:k + 1])})" if k else "")
                       + (f"(?={re.escape(hint[k + 1:])})" if hint[k + 1:] else ""))
    parts = tuple(parts)
    return table, _regex_of(parts), tuple(sorted(hints)), Pattern("|".join(anchors)), parts


@lru_cache(maxsize=16)
def _regex_of(parts: tuple) -> Pattern:
    """One regex for the rows of ``parts`` (in the order of the regex of all rows)."""
    return Pattern(rf"(?:(?<![\w.])|(?<=\d))(?:{'|'.join(pattern for pattern, _ in parts)})")  # (a unit: `20Go`)


def _document_regex(doc, parts) -> Pattern:
    """The regex of the rows whose longest chunk one of ``doc``'s segments holds.  Every match of a row
    holds that chunk, so it finds the matches of the regex of all rows (at any place the first row that
    matches is one of them), and an article needs a few rows, which compile much faster than all."""
    texts = [seg.text for seg in doc.segments]
    return _regex_of(tuple((pattern, chunk) for pattern, chunk in parts if any(chunk in t for t in texts)))


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text if ch not in SEP)


def _initial(text: str, i: int, j: int) -> bool:
    """Is the title ``text[i:j]`` (`M.`) an initial: in an attribution line, or in a line that writes
    other names with an initial first (`M. Devine and P. Larson`)?"""
    start, end = line_bounds(text, i, j, reach=500)  # (an attribution or a list of names is a short line)
    if ATTRIBUTION_BEFORE.fullmatch(text, start, i) and NAMES_ONLY.match(text, NAME_AFTER.match(text, j).end()):
        return True
    return any(not CAPITALISED_BEFORE.search(text, max(start, m.start() - 40), m.start())
               for m in INITIAL_NAME.finditer(text, start, end))


def _lettered_item(text: str, i: int, doc) -> bool:
    """Does ``M.`` at ``text[i]`` open a line of a document that also opens lines with ``L.`` and with ``N.``?"""
    start = text.rfind("\n", 0, i) + 1
    return (not text[start:i].strip() and LETTERED_BEFORE.search(doc.text) is not None
            and LETTERED_AFTER.search(doc.text) is not None)


def check(doc, ctx):
    enabled = {code for code in ("TQ512", "TQ513") if ctx.enabled(code)}
    dotted = []  # does the document write Mr. rather than Mr? counted once, when first needed
    regex = []  # the regex of an article's rows (``_document_regex``), built when first needed
    initialled = []  # the names after an `M.` that is an initial somewhere in the document, found when first needed
    for seg in doc.segments:
        yield from _abbreviation_problems(seg, doc, enabled, dotted, regex, initialled)


def _initialled_names(doc) -> frozenset:
    """The names an `M.` that is an initial precedes somewhere in the document (`L. Rowe and M. Stonebraker`):
    a bibliography's `M. Stonebraker.` alone is the same initial."""
    names = set()
    for seg in doc.segments:
        text = seg.text
        for m in M_NAME.finditer(text):
            i, j = m.start(), m.start() + 2
            if CAPITALISED_BEFORE.search(text, max(0, i - 40), i) or _initial(text, i, j):
                names.add(m.group(1))
    return frozenset(names)


def _abbreviation_problems(seg, doc, enabled, dotted, article_regex, initialled):
    text = seg.text
    table, regex, hints, anchor, parts = _abbreviations()
    if len(text) <= LONG:
        # one regex search is faster than a test per hint, but compiling it costs 0.4 ms: worth it
        # in a document of many segments (a corpus with a paragraph per line), not in an article
        if len(doc.segments) > 100:
            if not anchor.search(text):
                return
        elif any(hint in text for hint in hints):
            if not article_regex:
                article_regex.append(_document_regex(doc, parts))
            regex = article_regex[0]
        else:
            return
        spans = [(0, len(text))]
    else:
        spans = anchor_lines(text, (anchor,))  # the lines with a hint
    for m in finditer_in(regex, text, spans):
        raw = m.group()
        row = table.get(_squeeze(raw))
        if row is None:
            continue
        i, j = m.span()
        if i and text[i - 1].isdigit() and row.context != "unit":
            continue  # glued to a figure: only a unit is (`20Go`; not `3M.`)
        if i and text[i - 1] in _QUOTES and text[j:j + 1] in _QUOTES:
            continue  # `"M." for Mister, "Mme" for Madam`: the abbreviation named between quotes, not used
        if row.kind == "title" and row.french[-1] != "." and text.startswith(".", j):
            continue  # `Mme. Smith`: French writes Mme without a dot; an English writer's abbreviation
        if row.context == "before-name":
            if not NAME_AFTER.match(text, j):
                continue
            if CAPITALISED_BEFORE.search(text, max(0, i - 40), i):
                continue  # Robert M. Gates: a middle initial
            if _initial(text, i, j):
                continue  # `-- M. Proust`, `by M. Devine and P. Larson`: an initial
            if raw == "M." and _lettered_item(text, i, doc):
                continue  # `M. Delete any section Entitled…`: item M of a list lettered A., B., … (the GFDL)
            name = M_NAME.match(text, i)
            if name and not initialled:
                initialled.append(_initialled_names(doc))
            if name and name.group(1) in initialled[0]:
                continue  # `M. Stonebraker.` in a bibliography that writes `L. Rowe and M. Stonebraker`
            if seg.navigation and seg.in_navigation(i):
                continue  # `M. Glossary`, a table of contents' link: appendix M
        elif row.context == "before-number":
            if not FIGURE_AFTER.match(text[j:j + 3]):
                continue
        elif row.context == "after-number":
            if not FIGURE_BEFORE.search(text[max(0, i - 12):i]):
                continue
        elif row.context == "unit":  # a size: glued to a figure that no letter opens (`20Go`), or near storage words
            if not _STORAGE.search(text, max(0, i - 50), j + 50) or not (
                    _GLUED.search(text, max(0, i - 12), i) or FIGURE_BEFORE.search(text[max(0, i - 12):i])):
                continue  # `Step 3 Go`, `Install X2Go`, `1 Go!`, `Route 66 Mo.`: a word or a name
        elif row.context == "after-price":
            if not PRICE_BEFORE.search(text[max(0, i - 12):i]):
                continue
        title = row.kind == "title"
        code = "TQ512" if title else "TQ513"
        if code not in enabled:
            continue
        english = row.english
        if title:
            if not dotted:
                whole = doc.text
                dots, spaces = (sum(whole.count(t + end) for t in ("Mr", "Mrs", "Ms")) for end in (".", " "))
                dotted.append(dots > spaces)
            if dotted[0] and english in ("Mr", "Mrs", "Ms", "Messrs"):
                english += "."
        replacement = english
        if english.endswith(".") and j < len(text) and text[j].isalnum():
            replacement += " "  # n°5: No. 5
        yield seg.problem(
            i, j, code,
            f"French {'title' if title else 'abbreviation'} `{raw}`: English writes `{english}`",
            replacement, applicability="unsafe" if title or row.context == "unit" else "safe",
        )
