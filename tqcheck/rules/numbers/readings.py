"""How a figure's context reads it (``figures``): a list (``pages 3,4``, ``3,4 and 5``), a pair or an interval
(``(3,4)``, ``[-1,1]``), chemical locants (``1,2-dichloroethane``), a citation (``Julius Caesar 3,1``), an
identifier in blocks (``FR 22 424 761 419``), one number (``1 902``, ``171 790 metres``), or a cell of columns a
program printed (``user[s]      0,806      0,579``).  Table: ``numbers_context_words.tsv`` (lists, identifiers)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import Pattern, line_bounds, one_of, word_before
from ..common.lexicon import function_words
from . import SEP, S, months, roles
from .quantity import is_quantity

# the name after chemical locants (1,2-dichloroethane, 2,4-D, 1,3-butadiene, 2,3-butanediol)
LOCANT = Pattern(
    r"(?:[A-Z](?![a-z])|(?:di|tri|tetra|bis|cis|trans)|[a-z]*(?:ane|ene|yne|ol|one|ine|ide|ate|yl|oxy|dione|diol)\b)"
)
LIST_AFTER = Pattern(r",?\s+(?:and|or|&)\s+\d+(?![\d,.])")
GROUP_NEXT = Pattern(rf"{S}\d{{3}}(?!\d)")  # the number after and is grouped too: 1 600 and 2 040
# a title, a name or a quotation just before: Julius Caesar 3,1 and "Hamlet" 3,1 cite an act and a scene
_CLOSING, _CLOSING_DOUBLE = one_of('"»', "”’"), one_of('"»', "”")  # [\"”’»], [\"”»]
CITED_AFTER = Pattern(rf"(?:[A-Z][\w'’]*{_CLOSING}?|{_CLOSING_DOUBLE}){S}$")
SENTENCE_BEFORE = Pattern(rf"(?:^|[.!?:;]{S}+)\S+{S}$")
_GAP = Pattern(r"\S {3,}(?=\S)")  # columns' gap: three spaces or more between two words


def in_columns(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` a cell of columns aligned with spaces: a run of three beside it, and another figure across it
    or two such gaps between words on its line (a table of figures a program printed, which its locale wrote:
    cachegrind's ``0,806         0,579``)?"""
    before, after = text[max(0, i - 3):i] == "   ", text[j:j + 3] == "   "
    if not (before or after):
        return False
    if after and text[j:j + 40].lstrip(" ")[:1].isdigit() or \
            before and text[max(0, i - 40):i].rstrip(" ")[-1:].isdigit():
        return True  # `1.658.683.750   895.069.820`: two figures a column apart
    return len(_GAP.findall(text, *line_bounds(text, i, j, reach=200))) >= 2


def cited(text: str, i: int, whole: str, frac: str) -> bool:
    """``3,1`` after a title or a name in mid-sentence (``Julius Caesar 3,1``, ``"Hamlet" 3,1``): a
    reference to an act and a scene, a chapter and a verse, not a decimal."""
    if len(whole) > 3 or len(frac) > 3 or whole[0] == "0":
        return False
    window = text[max(0, i - 40):i]
    return CITED_AFTER.search(window) is not None and SENTENCE_BEFORE.search(window) is None


def listed(text: str, i: int, j: int, sp: str) -> bool:
    """``101 102 and 103``, ``rooms 101 102``, ``101 102 103``: numbers in a list, not one number."""
    word = word_before(text, i).lower()
    if word in roles("list"):
        return True
    after = LIST_AFTER.match(text[j:j + 24])
    if after and word not in ("between", "from") and not GROUP_NEXT.match(text[j:j + 24], after.end()):
        return True  # but between 1 600 and 2 040 m: a range of two grouped numbers
    groups = re.split(S, sp)
    return len(groups[0]) == 3 and all(int(b) == int(a) + 1 for a, b in zip(groups, groups[1:]))


def one_number(text: str, i: int, j: int, sp: str) -> bool:
    """Does the context say that ``sp`` (``10 000``) is one number?  A no-break space (English never
    separates list items with one), a ``000`` group, a first group of one or two digits (``1 902``),
    or a unit, currency or count next to it (``171 790 metres``); but not a first digit alone after a capitalised
    word, which numbers a name (``Pixel 8 128 GB``, ``Windows 7 100% CPU``, ``Step 2 500 times``)."""
    groups = re.split(S, sp)
    if any(ch in sp for ch in SEP[:3]):
        return True
    name = len(groups[0]) == 1 and _CAPITALISED_BEFORE.search(text, max(0, i - 40), i)
    if name and name.group(1).lower() not in function_words():  # (not a sentence's `The 9 425 vehicles`)
        return False
    return "000" in groups[1:] or len(groups[0]) < 3 or is_quantity(text, i, j)


_CAPITALISED_BEFORE = Pattern(r"(?:^|\s)([A-Z][\w.-]*)[ \t]\Z")  # `Pixel `, `Windows `: a name the figure numbers


_RUN = re.compile(r"[\d,\-‑–]*")


def decimal_context(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` (``d,d``) a decimal rather than a list, a locant or a pair?"""
    before = text[i - 1] if i else ""
    if before == "-" and i >= 2:
        before = text[i - 2]  # [-1,1]
    after = text[j:j + 1]
    if before in "([" and after in ")]" and after:
        return False  # (3,4): a pair; [-1,1]: an interval
    if after == "," and text[j + 1:j + 2] not in ("", " ", "\n"):
        return False  # [4,5,{"f":7}], 4,5,x: a list or an argument list, as code writes it
    if text[j:j + 1] in "-‑" and LOCANT.match(text, j + 1):
        return False  # 1,2-dichloroethane, 2,4-D: chemical locants, not 1.2
    if after in "-‑–" and _RUN.match(text, j).group().count(",") >= 2:
        return False  # 15,40-100,120-150,501: values and ranges (VLAN ids), not 15.40 (`1,5-2,5 kg` is decimals)
    word = word_before(text, i).lower()
    if word in roles("list"):
        return False  # pages 3,4
    if LIST_AFTER.match(text[j:j + 20]) and word not in ("between", "from"):
        return False  # 3,4 and 5: a list
    return True


def grouping_context(text: str, i: int, sp: str) -> bool:
    """Is ``sp`` (``10 000``) a number with thousands spaces rather than an identifier or two numbers?"""
    word = word_before(text, i)
    if sp[0] == "0" or len(word) == 2 and word.isupper() and word.isalpha() and len(sp.split()) >= 4:
        return False  # 01 234 567: a phone or code number; FR 22 424 761 419: a VAT number (a country's code)
    # an identifier's label; March 15 200: a day, then a count
    return word.lower().rstrip(":") not in roles("identifier") and word.lower().rstrip(".") not in _month_words()


@lru_cache(maxsize=None)
def _month_words() -> frozenset:
    """English month names and their three- and four-letter abbreviations, lower-cased."""
    return frozenset(w for m in months()[1] for w in (m.lower(), m[:3].lower(), m[:4].lower()))
