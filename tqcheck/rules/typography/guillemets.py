"""TQ101 french-guillemets: « » ‹ › used as quotation marks.

Each guillemet is flagged with the spaces French sets inside it, so the fix removes them too.  A
guillemet used as an arrow is left alone: one the reader marks as navigation (link, button, ``nav``,
breadcrumb, a mark alone in its element: ``Segment.in_navigation``), a lone ``‹``/``›``, a message that is only
arrows (``'first' => '«'``), and in plain text one in a menu line (``Home » News``, ``Read more »``, ``« Previous``:
short title items, no quotation mark on the line).  ``“We will not give in » the union leader told the crowd.`` is
prose.
"""

from __future__ import annotations

from bisect import bisect_right

from ..common import Pattern
from .. import Rule
from . import SPACE_CLASS, SPACES
from .marks import around_a_symbol
from .mixed_quotes import counts_of, texts

RULES = [
    Rule(
        code="TQ101",
        name="french-guillemets",
        severity="warning",
        summary="French guillemets « » ‹ › used as quotation marks",
        what="Flags `«`, `»`, `‹` and `›` used as quotation marks, with or without the spaces or "
        "no-break spaces French puts inside them, including a guillemet paired with an English quote. "
        "Guillemets used as arrows are not flagged: in links, buttons, navigation and breadcrumbs, alone "
        "in their element, or in a plain-text menu line (`Home » News`, `Read more »`).",
        why="English quotes with “ ” and ‘ ’. A guillemet, above all a stray closing `»` left at the end "
        "of a sentence, is the most visible sign of an unedited translation from French.",
        before="We must continue to support Ukraine. »\nHe called him a «\u00a0loser\u00a0».",
        after="We must continue to support Ukraine.”\nHe called him a “loser”.",
        fix="safe: « becomes “, » becomes ”, ‹ › become ‘ ’ (straight quotes in a document that mostly "
        "uses them), and the spaces inside are removed; a guillemet beside an English double quote (`\"« hi »\"`) "
        "is deleted, as the quotation is already marked; none when the guillemet is written as an entity "
        "(`&raquo;`), nor for either guillemet of a pair where the file cannot take the other's fix.",
    ),
]

ENGLISH = {"«": "“", "»": "”", "‹": "‘", "›": "’"}
STRAIGHT = {"«": '"', "»": '"', "‹": "'", "›": "'"}

# a guillemet with the spaces French sets inside it
_OPEN = Pattern(f"([«‹])({SPACE_CLASS}*)")
_CLOSE = Pattern(f"((?<=\\S){SPACE_CLASS}+|)([»›])")  # not a line's indent: `\n  » to end` keeps it
_ARROWS_ONLY = frozenset("«»‹› \t\r\n\u00a0\u202f")
# a menu line: items between arrows or bars (menus are short: a longer line is prose)
_MENU_LINE = 160
_MENU_SEPARATORS = Pattern("[«»‹›|]")
_MENU_ITEM_WORDS = 6  # between two arrows: ``The Python Standard Library » Text Processing Services``
_MENU_END_WORDS = 3  # one item before or after an arrow at the end of the line: ``Read more »``
_DOUBLE_QUOTES = "“”\"„"
_QUOTES = _DOUBLE_QUOTES + "‘"  # not ’ and ': apostrophes (``What's New » Release Notes``)
_PARTNER = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_TITLE = 200  # characters a quoted title in a link may span
_NOT_A_TITLE = set("|·•/«»‹›\n")  # separators between menu items


def check(doc, ctx):
    english = None
    for k, seg in enumerate(doc.segments):
        text = seg.text
        if "«" in text or "»" in text or "‹" in text or "›" in text:
            if english is None:
                english = _english_quotes(doc, ctx)
            yield from _paired(seg, sorted(_guillemets(seg, english[k]), key=lambda found: found[2]))


def _paired(seg, found: list):
    """The problems of ``(opens, (problem, otherwise), offset)`` (``_problem``; the guillemet's offset in ``seg``),
    where one guillemet of a pair keeps no fix (the file cannot take it there: a PO line wrap, an escape, a menu's
    mnemonic) and the other does, without the other's: fixed alone, the pair would not match; and where one of a pair
    would be deleted beside an English quote and the other not, each replaced by its English mark; then the double
    quotes of a quotation inside a pair of « » that becomes double quotes, made single (``_inner``)."""
    stack, out, inner = [], [problem for _, (problem, _), _ in found], []
    for n, (opens, (problem, otherwise), i) in enumerate(found):
        if opens:
            stack.append((n, otherwise, i))
        elif stack:
            k, other, start = stack.pop()
            if (other is None) != (otherwise is None):
                out[k], out[n] = other or out[k], otherwise or out[n]
            if (out[k].fix is None) != (out[n].fix is None):
                out[k].fix = out[n].fix = None
            inner += _inner(seg, out[k], start, i)
    return sorted(out + inner, key=lambda problem: problem.start) if inner else out


_SINGLE = {"“": "‘", "”": "’"}


def _inner(seg, opener, start: int, end: int) -> list:
    """``« it is “fine” »`` fixed as ``“it is ‘fine’”``: a quotation inside a quotation takes single quotes in
    English.  The problems that make single the double quotes between the guillemets at ``start`` and ``end``, when
    both become double quotes (``opener``'s fix says, its partner's agreeing: ``_paired``), as safe as theirs."""
    fix = opener.fix
    if fix is None or fix.replacement not in ('"', "“") or seg.text[start] != "«":
        return []
    text, marks = seg.text, "“”" if fix.replacement == "“" else '"'
    message = "Quotation inside a quotation whose guillemets become double quotes: English sets it in single quotes"
    return [seg.problem(j, j + 1, "TQ101", message, _SINGLE.get(text[j], "'"), applicability=fix.applicability)
            for j in range(start + 1, end) if text[j] in marks]


def _english_quotes(doc, ctx) -> dict:
    """Segment index → the English marks for its guillemets, in the style of its text (``mixed_quotes.texts``):
    straight where most of its double quotes are straight, so that the fix gives TQ105 (mixed styles)
    nothing to do next."""
    marks = {}
    for group in texts(doc, ctx):
        counts = counts_of([doc.segments[k] for k in group])
        style = ENGLISH if counts["straight"] <= counts["curly"] else STRAIGHT
        marks.update(dict.fromkeys(group, style))
    return marks


def _guillemets(seg, english):
    text = seg.text
    if _ARROWS_ONLY.issuperset(text):
        return  # a message that is only arrows: a pagination link's (PluXml's `'L_PAGINATION_FIRST' => '«'`)
    named = around_a_symbol(text)  # `»*« ›*‹ «*»`: quote pairs listed, no quotation
    has_open = "«" in text or "‹" in text
    # where the last closer and the first ‹ are: no slice of the text per mark (``a › a ›…`` stays linear)
    last_close = {"«": text.rfind("»"), "‹": text.rfind("›")}
    first_single = text.find("‹")
    for m in _OPEN.finditer(text):
        mark, i = m.group(1), m.start(1)
        if i in named or seg.navigation and seg.in_navigation(i) and not _quoted_in_navigation(seg, i) \
                or _in_word(text, i):
            continue
        if last_close[mark] < i:
            if mark == "‹" or _in_menu_line(text, i):
                continue  # a lone ‹ is an arrow, and so is ``« Previous``
        if _reversed(text, i):  # ``»German« quotes``: « closes, and the space after it is between words
            yield False, _problem(seg, i, i + 1, i, "closes", english[_PARTNER[mark]]), i
            continue
        yield True, _problem(seg, m.start(), m.end(), i, "opens", english[mark]), i
    for m in _CLOSE.finditer(text):
        mark, i = m.group(2), m.start(2)
        if i in named or seg.navigation and (seg.in_navigation(i) and not _quoted_in_navigation(seg, i)
                                             or _between_links(seg, i)):
            continue
        if mark == "›" and not 0 <= first_single < i:
            continue
        if not has_open and (_in_menu_line(text, i) or _in_path(text, i)) or _in_word(text, i):
            continue  # (`Settings » Simple History » Developer loggers` in a sentence; `aoÃ»t`: mojibake, a letter)
        if _reversed(text, i):  # ``said »German«``: » opens, and the space before it is between words
            yield True, _problem(seg, i, i + 1, i, "opens", english[_PARTNER[mark]]), i
            continue
        yield False, _problem(seg, m.start(), m.end(), i, "closes", english[mark]), i


def _reversed(text: str, i: int) -> bool:
    """Is the guillemet ``text[i]`` used the other way round, as German and Danish quote (``said »Nein« to``)?
    A » is set close to the word after it and apart from the one before, with no « open before it; a « is set
    close to the word before it and apart from the one after, closing such a ».  The spaces on its outer side are
    not inside the quotation: they stay."""
    mark, before, after = text[i], text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " "
    if mark in "»›":
        return after.isalnum() and before.isspace() and text.rfind(_PARTNER[mark], 0, i) <= text.rfind(mark, 0, i)
    return after.isspace() and (before.isalnum() or before in ".!?…") and \
        text.rfind(_PARTNER[mark], 0, i) > text.rfind(mark, 0, i)


def _problem(seg, a: int, b: int, i: int, opens: str, english: str):
    """The problem of the guillemet ``text[i]``, whose fix replaces ``text[a:b]`` (the guillemet and the
    spaces inside it), and None; or, beside an English double quote (``"« hi »"``, ``« “hi” »``, ``"*« hi »*"``),
    where the quotation is already marked, a problem whose fix deletes the guillemet instead of doubling the mark,
    and the first kind of problem, which ``_paired`` takes when the other guillemet of the pair has no such quote
    (``« it is “fine” »``: the quote is an inner quotation's; ``<td>« Oui »</td><td>"No"</td>``: another's)."""
    text = seg.text
    message = f"French guillemet `{text[i]}`: English {opens} a quotation with `{english}`"
    problem = seg.problem(i, i + 1, "TQ101", message, english, edit=(a, b))
    if a > 0 and text[a - 1] in _DOUBLE_QUOTES or b < len(text) and text[b] in _DOUBLE_QUOTES:
        message = f"French guillemet `{text[i]}` beside an English quotation mark: delete it"
        return seg.problem(i, i + 1, "TQ101", message, "", edit=(a, b)), problem
    return problem, None


def _between_links(seg, i: int) -> bool:
    """Is the guillemet at ``text[i]`` spaced between two links (``<a>Guide</a> » <a>Parameters</a>``: a path
    through a site's pages, as the Debian reference writes one)?"""
    text = seg.text
    k = bisect_right(seg.navigation, (i, len(text) + 1)) - 1
    return 0 <= k < len(seg.navigation) - 1 and not text[seg.navigation[k][1]:i].strip() and text[i - 1:i].isspace() \
        and not text[i + 1:seg.navigation[k + 1][0]].strip() and text[i + 1:i + 2].isspace()


def _quoted_in_navigation(seg, i: int) -> bool:
    """In link or menu text, a guillemet quotes only with its partner in the same element around a
    title (``[the « Bakhmut » report](url)``); ``« Previous``, ``Docs »``, ``‹ Prev | Next ›`` are arrows."""
    text = seg.text
    k = bisect_right(seg.navigation, (i, len(text) + 1)) - 1
    a, b = seg.navigation[k]
    mark = text[i]
    if mark in "«‹":
        j = text.find(_PARTNER[mark], i + 1, min(b, i + _TITLE))
        inside = text[i + 1:j] if j >= 0 else ""
    else:
        j = text.rfind(_PARTNER[mark], max(a, i - _TITLE), i)
        inside = text[j + 1:i] if j >= 0 else ""
    return j >= 0 and any(c.isalpha() for c in inside) and not any(c in _NOT_A_TITLE for c in inside)


def _in_word(text: str, i: int) -> bool:
    """Is the guillemet at ``text[i]`` the second character of UTF-8 read as Latin-1 (`aoÃ»t` for août, `Â«`), inside
    a word: mojibake, never a quotation mark (`«Stop»and` is one, set tight)?"""
    return 0 < i < len(text) - 1 and text[i - 1] in "ÃÂ" and text[i + 1].isalnum()


def _in_path(text: str, i: int) -> bool:
    """Is the lone ``»`` at ``text[i]`` a step of a path through an interface written in a sentence (`in Settings »
    Simple History » Developer loggers`, a WordPress readme's): spaced on both sides between capitalised words, with
    another such step near it or in a sentence that names a thing of an interface (`Go to Settings » Permalinks`;
    not a quotation closed between two sentences: `…of the Republic » Macron declared`)?"""
    if not (0 < i < len(text) - 2 and text[i - 1] == " " and text[i + 1] == " " and text[i + 2].isupper()):
        return False
    before = text[max(0, i - 40):i].split()
    if not (before and before[-1][:1].isupper() and before[-1][-1:].isalnum()):
        return False
    if " » " in text[max(0, i - _STEP):i - 1] or " » " in text[i + 2:i + _STEP]:
        return True
    from ..untranslated.paths import of_an_interface  # (one step: where the sentence names a thing of an interface)

    return of_an_interface(text, max(0, i - 240), min(len(text), i + 240), i)


_STEP = 60  # characters between two steps of a path


def _in_menu_line(text: str, i: int) -> bool:
    """Is the guillemet at ``text[i]`` an arrow in a plain-text menu line: ``Home » News » Sport``,
    ``Read more »``, ``« Previous``?  The arrow stands apart from the words (a space or the line's
    edge on its outer side), the line is short and holds no quotation mark, and its items are short
    titles (capitalised or numbered, no sentence punctuation at their end)."""
    start = text.rfind("\n", max(0, i - _MENU_LINE), i) + 1
    end = text.find("\n", i, i + _MENU_LINE)
    if end < 0:
        end = min(len(text), i + _MENU_LINE)
        if end < len(text):
            return False  # a line this long is prose
    if start == 0 and i > _MENU_LINE:
        return False
    line = text[start:end]
    k = i - start
    before, after = line[:k].rstrip(SPACES), line[k + 1:].lstrip(SPACES)
    if before and after:
        if line[k - 1] not in SPACES or line[k + 1] not in SPACES:
            return False  # an arrow between items is spaced on both sides
    elif before and line[k - 1] not in SPACES or after and line[k + 1] not in SPACES:
        return False  # ``more»``, ``«Previous``: a quotation mark, set close
    if any(q in line for q in _QUOTES):
        return False  # ``“We will not give in » the union leader…``
    items = [item.strip(SPACES) for item in _MENU_SEPARATORS.split(line)]
    items = [item for item in items if item]
    if not items:
        return False
    # between arrows, or after a closing mark that opens the line (a bullet: ``» Annotated Source (single read)``,
    # Underscore's documentation), a title may be longer than at a line's end (``Read more »``, ``« Previous``)
    bullet = not before and text[i] in "»›"
    limit = _MENU_ITEM_WORDS if before and after or len(items) > 1 or bullet else _MENU_END_WORDS
    for item in items:
        words = item.split()
        if len(words) > limit or not (item[0].isupper() or item[0].isdigit()):
            return False
        if item[-1] in ".,;:!?" and not item.endswith(("...", "…")):
            return False  # a sentence, not a title
    return True
