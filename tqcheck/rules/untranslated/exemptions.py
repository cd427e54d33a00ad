"""French that is meant to be there: a title of a work, a name, a term mentioned rather than used.

The classifier finds French words; this decides, from where they stand in the document, which ones
an English writer put there on purpose:

- in italics: Markdown ``*…*`` / ``_…_``, HTML ``<i>``, ``<em>``, ``<cite>`` (a title, *La Peste*);
- alone in brackets: ``big-box stores [magasins-boîtes]`` (the original, given on purpose);
- quoted or in parentheses and capitalised, short and without final punctuation
  (``“La Vie en rose”``: a title);
- a single word quoted on its own (``the “savoir-être” of the elite``: a term mentioned);
- a quotation followed by its translation in brackets (``tap "Mot de passe oublié ?" (Forgot password?)``);
- a single word that is a link's whole text (``[mise](https://…)``: a tool or a page named), and a link's text
  where its sentence, or the line introducing its list, says the page is in French (``this article (in French):
  [Transformer les…](…)``);
- inside a French street address (``3 impasse du canal``), or a name given with its acronym
  (``the revenu de solidarité active (RSA)``);
- a single word the document writes as code somewhere (``aux_block``, ``fini()``, ``du -s``, `` `du` ``): a
  command or an identifier named in prose (``du no longer crashes``, ``Free aux block``).

No table: the signs are typographic.  (The document readers could later hand the emphasis spans
over with the segments instead of this scan of the raw text.)
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from functools import lru_cache

from ...documents import MARKDOWN
from ..common import Pattern, line_bounds
from ..common.memo import per_segment
from .glosses import BARE, glossed
from .kept import in_institution_name, with_acronym
from .paths import ARROWS

_ITALIC_HTML = Pattern(r"(?i)<(i|em|cite)\b[^>]*>")
# what names the quotation after it, as a writer quotes French on purpose (the native news of stop 51: `billed locally
# as “le crunch parlementaire”`), at most six words of it; not `called`, `labelled`, `the words`: a manual's French
# label is a trace there (`the button labelled “Valider”`), nor `the expression`, `the phrase`, `known as`: MT's
# half-translated terms (`the expression "butter to tartiner"`, `the phrase " you paieras . "`: WMT13's and LIG's MT)
_NAMING = Pattern(r"\b(?:dubbed|billed(?: locally)? as|nicknamed|so-called|slogans?|mottos?|catchphrase|"
                  r"chant(?:s|ed|ing)?)[ \t]*[,:]?[ \t]*[“\"«‘][ \t]*$")
_FORMS = Pattern(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}(?:, [^\W\d_][\w'’-]*(?: [\w'’-]+){0,2})+")  # `dans, hors de`
_SIX_WORDS = Pattern(r"\S+(?:\s+\S+){0,5}")
_NINE_WORDS = Pattern(r"(?:\S+\s+){8}\S")  # more than eight words (from the first word's start)
# what says that a linked page is in French, shortly before its title (`(in French)`, `[FR]`, `all in French`)
_SAID_FRENCH = Pattern(r"\b(?:in|en) (?:French|français)\b|\((?:French|FR)\)|\[FR\]|\bFrench-language\b")
OPEN_QUOTES = "“\"«‘"
CLOSE_QUOTES = "”\"»’"
_STARRED = MARKDOWN | {"rst"}  # where *x* and _x_ are emphasis
# a French street address, which English keeps as written: `3 impasse du canal`, `12 bis, rue de la Paix` (up to a
# comma or the line's end), and a postcode before its town (`54000 Nancy`)
ADDRESS = Pattern(r"\b\d+(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai"
                  r"|route|cours)\b[^,;\n]{0,40}|\b\d{5}\s+[A-ZÀ-Ý][^,;\n]{0,30}")


def exempt(doc, seg, i, j, code) -> bool:
    """A title of a work or a name: in italics (Markdown or HTML), quoted or in parentheses with a
    capital; a single word quoted on its own, or French alone in brackets (a term mentioned, not used)."""
    start, end = seg.span(i, j)
    text = doc.text
    if doc.format in _STARRED and _in_markdown_emphasis(text, start, end):  # *Le Monde diplomatique*
        return True
    if doc.format == "html" and _in_html_italics(text, start, end):
        return True
    span = seg.text[i:j]
    if code == "TQ403" and any(seg.text[a:b].strip() == span for a, b in getattr(seg, "navigation", ())):
        return True  # `[mise](https://…)`: a link's whole text names a tool or a page
    if seg.navigation and _linked(seg, i, j) and _said_french(doc, seg, i):
        return True  # `this article (in French): [Transformer les métadonnées…](…)`: a French page's title, cited
    if code == "TQ403" and written_as_code(doc.text, span):
        return True  # `du no longer crashes`, where the document also writes `du -s`: a command named
    text = seg.text
    if text.find("(", j, j + 100) >= 0 and with_acronym(text, i, j) or \
            code != "TQ402" and in_institution_name(text, i, j):
        return True  # `the revenu de solidarité active (RSA)`, `the Centre national du cinéma`: a French institution
    low, high = line_bounds(text, i, j, reach=120)  # an address is short: not the whole of a one-line file
    if any(m.start() <= i and j <= m.end() for m in ADDRESS.finditer(text, low, high)):
        return True  # `E.g.: 3 impasse du canal, 54000 Nancy`: an address, kept as written
    if code != "TQ402" and glossed(text, i, j, BARE):
        return True  # `the gilets jaunes (yellow jackets) protests`: the French named, with its English
    if inside(seg, i, j, "([", ")]") == (i, j):
        return True  # big-box stores [magasins-boîtes]: the French original given on purpose
    quoted = inside(seg, i, j, OPEN_QUOTES, CLOSE_QUOTES)
    inner = quoted or inside(seg, i, j, "(", ")")
    if inner is None:
        return False
    if code == "TQ403" and (inner == (i, j) or quoted and inner[0] == i and text[j:inner[1]] == ","):
        return True  # “savoir-être”, “cocottes,” (an American comma): the author quotes the French term on purpose
    a, b = inner
    if quoted and glossed(text, a, b):
        return True  # **"Mot de passe oublié ?"** (Forgot password?): a label quoted, with its translation
    if quoted and _NAMING.search(text, max(0, a - 40), a) and _SIX_WORDS.fullmatch(text, a, b):
        return True  # billed locally as “le crunch parlementaire”, the slogan “Bloquons tout”: named, not used
    if not quoted and _FORMS.fullmatch(text, a, b):
        return True  # `in French (dans, hors de, en-)`: forms listed in brackets, mentioned (a linguist's abstract)
    return text[a].isupper() and text[b - 1] not in ".!?…,;:" and _NINE_WORDS.match(text, a, b) is None and \
        not any(arrow in text[a:b] for arrow in ARROWS)  # (`(Fichier → Préférences)`: a path)


def _said_french(doc, seg, i: int) -> bool:
    """Does the text say that the page a link's text (at ``i``) names is in French: the link's sentence, before it
    (`this article (in French): [Transformer…](…)`), or the line that introduces the list the link is an item of
    (`the channel is all in French; my most popular videos:` then `- [Comment installer…](…)`)?"""
    if _SAID_FRENCH.search(seg.text, 0, i):
        return True
    k = _position(doc)[id(seg)]
    while k > 0 and doc.segments[k].label:  # back over the list's items, to what introduces them
        k -= 1
        intro = doc.segments[k].text.rstrip()
        if intro.endswith(":"):
            return _SAID_FRENCH.search(intro) is not None
    return False


def _position(doc) -> dict:
    """``id(segment)`` → its index in ``doc.segments``, made once a document (not a scan for each link of a page)."""
    found = _POSITIONS.get(doc)
    if found is None or len(found) != len(doc.segments):
        found = _POSITIONS[doc] = {id(s): n for n, s in enumerate(doc.segments)}
    return found


_POSITIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _linked(seg, i: int, j: int) -> bool:
    """Are most letters of ``text[i:j]`` a link's text (a sentence read as French may begin before the link)?"""
    letters = [k for k in range(i, j) if seg.text[k].isalpha()]
    return 5 * sum(1 for k in letters if seg.in_navigation(k)) >= 4 * len(letters) > 0


def written_as_code(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` as code somewhere: in an identifier (``aux_block``, ``on_fini``), a call
    (``fini()``), a command with an option (``du -s``), a code span (`` `du` ``, ``<code>du``)?  Not in a
    file name or a link (``templates/mairie_contact.html``, ``wiki/mairie_de_Paris``).  The words a
    document writes as code are found once for it."""
    return word in _code_words(text)


_OPTION = Pattern(r"-[A-Za-z]{1,2}(?![\w-])|--[a-z][\w-]*")  # `du -s`, `du --apparent-size`; not `co -operation`
_FILE = Pattern(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
_TOKEN_END = " \t\n\r\"'<>()`"


@lru_cache(maxsize=1)  # one document at a time, as the engine checks them (a str caches its own hash)
def _code_words(text: str) -> frozenset:
    """The words ``text`` writes as code, found from each mark of code (``_``, ``(``, `` -``, a backtick,
    ``<code>``): a few places in prose, none in most news, so a long text costs a few searches."""
    words: set = set()
    for mark in ("_", "(", " -", "\t-", "`", "<code>"):
        i = text.find(mark)
        while i >= 0:
            _code_at(text, i, mark, words)
            i = text.find(mark, i + 1)
    return frozenset(words)


def _code_at(text: str, i: int, mark: str, words: set) -> None:
    if mark == "_":
        a, b = _word_bounds(text, i, "_")
        found = [part for part in text[a:b].split("_") if part.isalpha()]
    elif mark == "(":  # fini(): a word right before the bracket (not a plural's `(s)`: élément(s), file(s))
        a, b = _word_bounds(text, i, "", right=False)
        found = [text[a:b]] if a < b and text[i:i + 3] != "(s)" else []
    elif mark in (" -", "\t-"):  # du -s: a word, then an option
        a, b = _word_bounds(text, i, "", right=False)
        found = [text[a:b]] if a < b and (a == 0 or text[a - 1] not in "-_") and _OPTION.match(text, i + 1) else []
    else:  # `du`, <code>du
        a = b = i + len(mark)
        while b < len(text) and text[b].isalpha():
            b += 1
        found = [text[a:b]] if a < b else []
    if found and not _in_path(text, a, b):
        words.update(w for w in found if w.isalpha())


def _word_bounds(text: str, i: int, extra: str, right: bool = True) -> tuple:
    """The run of letters (and ``extra``) that holds ``text[i]``, or (``right=False``) ends right before it."""
    a = i
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] in extra):
        a -= 1
    b = i + 1 if right else i
    while right and b < len(text) and (text[b].isalpha() or text[b] in extra):
        b += 1
    return a, b


def _in_path(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` part of a file name or a link (``templates/mairie_contact.html``)?"""
    start, end = a, b
    while start > 0 and text[start - 1] not in _TOKEN_END:
        start -= 1
    while end < len(text) and text[end] not in _TOKEN_END:
        end += 1
    token = text[start:end].rstrip(".,;:!?")
    return "/" in token or "\\" in token or _FILE.search(token) is not None and not token.endswith(")")


_marks = per_segment(lambda seg: {})  # the marks of each kind on each line read of a segment: (kind, line) → offsets
_breaks = per_segment(lambda seg: mark_offsets(seg.text, ""))  # its line breaks (found when a finding asks)


def inside(seg, i, j, opens, closes):
    """(start, end) of the stripped text between the quotes (or brackets) around ``seg.text[i:j]`` on
    its line, or None.  The marks of each kind are found once for each line that holds a finding: a finding
    on a long line costs a bisection, not a scan of the line, and a long text with a few findings is not
    scanned whole."""
    text, breaks = seg.text, _breaks(seg)
    a, b = bisect_left(breaks, i), bisect_left(breaks, j)  # (not a scan of a long line for each finding on it)
    start, end = breaks[a - 1] + 1 if a else 0, breaks[b] if b < len(breaks) else len(text)
    kinds = _marks(seg)
    key = (opens + closes, start, end)
    marks = kinds.get(key)
    if marks is None:
        marks = kinds[key] = mark_offsets(text, opens + closes, start, end)
    return between(text, i, j, opens, closes, marks)


def mark_offsets(text: str, chars: str, start: int = 0, end: int | None = None) -> list:
    """The sorted offsets in ``text[start:end]`` of ``chars`` and of line breaks: found by ``str.find``, each
    mark apart (a regex class of them, ``[“"«‘”"»’\n]``, costs more to compile than a short text to scan).
    Those of the lines ``start:end`` (``line_bounds``) are all ``between`` needs for a span in them: it reads the
    first mark on either side of the span, and where that is a line break outside them, finding none answers the
    same (no quote there)."""
    end = len(text) if end is None else end
    offsets = []
    for ch in set(chars + "\n"):
        i = text.find(ch, start, end)
        while i >= 0:
            offsets.append(i)
            i = text.find(ch, i + 1, end)
    offsets.sort()
    return offsets


def between(text, i, j, opens, closes, marks):
    """(start, end) of the stripped text between the quotes (or brackets) around ``text[i:j]`` on its
    line, or None: the nearest of ``opens`` before it and of ``closes`` after it, none of either inside.
    ``marks``: ``mark_offsets(text, opens + closes)``, of the whole text or of the lines holding the span."""
    k = bisect_left(marks, i)
    if k == 0 or text[marks[k - 1]] not in opens:
        return None  # no opening mark before it on its line, or a closing one after the last opening one
    left = marks[k - 1]
    m = bisect_left(marks, j)
    if m == len(marks) or text[marks[m]] not in closes:
        return None  # no closing mark after it on its line, or an opening one before the first closing one
    if any(text[p] != "\n" for p in marks[k:m]):
        return None  # a quote inside the span itself
    a, b = left + 1, marks[m]
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _in_markdown_emphasis(text, start, end) -> bool:
    line_start, line_end = line_bounds(text, start, end, reach=2000)  # (emphasis is short: a long line is read near)
    for mark in ("*", "_"):
        left = text.rfind(mark, line_start, start)
        right = text.find(mark, end, line_end)
        if left < 0 or right < 0:
            continue
        opener_ok = left + 1 < len(text) and not text[left + 1].isspace()
        closer_ok = right > 0 and not text[right - 1].isspace()
        # the mark before is an opener (an even number of marks before it on the line) and none between
        if opener_ok and closer_ok and text.count(mark, line_start, left) % 2 == 0 \
                and text.count(mark, left + 1, right) == 0:
            if mark == "_" and (left > 0 and text[left - 1].isalnum()
                                or right + 1 < len(text) and text[right + 1].isalnum()):
                continue  # snake_case, not emphasis
            return True
    return False


def _in_html_italics(text, start, end) -> bool:
    window = text[max(0, start - 400):start]
    for m in _ITALIC_HTML.finditer(window):
        tag = m.group(1).lower()
        if f"</{tag}" not in window[m.end():].lower() and f"</{tag}" in text[end:end + 400].lower():
            return True
    return False
