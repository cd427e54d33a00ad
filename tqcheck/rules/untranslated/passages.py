"""French the text quotes: a quotation, or a bracketed aside, whose words are French.

An English text may quote French on purpose (``the sign read "Fermé le lundi 15 mars"``, ``Labour Day ("le
1er mai")``), and a translation may leave a quotation in French.  Either way the words inside are French:
``1er`` there is no English ordinal to rewrite, and ``1,5 %`` is French written the French way.  The rules
about English still report what they find there (a quotation left in French may be the machine's, and the
untranslated rules take a short capitalised one for a title), but no fix rewrites it: the engine drops the
fixes that would edit inside such a passage (``in_french``).  The quotation marks themselves
belong to the English sentence and lie outside the passage: TQ101 still fixes them.  A sentence left in French
(``Pour créer des sessions ?``), or a short message (a resource string never translated), keeps its French spacing
the same way: three of its words at least are French, more than twice its English ones; and so does a line about
French writing (``ordinals (1er, 2, 3) in French locale``, ``French typography writes « »``), whose French forms
are examples.  Inside a phrase or a sentence the untranslated rules report (TQ401, TQ402) the rules about English
words and calques (TQ2xx, TQ3xx) and repeated words (TQ107: `me faire faire`) say nothing: `connexion` there is no
misspelt `connection` but French to translate; and no fix edits it, nor the French spacing and punctuation that
close it (`Supprimer tout ?`).

A passage is the stripped text between double quotation marks or guillemets, or brackets, around a fix, of at
most ``LONGEST`` characters (a segment's marks are found once): over the lines a paragraph of markup is wrapped on,
and in plain text up to a line that ends a sentence (``_lines_that_end``).  Single quotes are left out, as ``’``
is also the apostrophe of ``C’est``.  It is French when at least two of its words are French and none fewer than
its English ones.  French: a word the French frequency table has as ten times commoner in French (``le``,
``avons``, ``trimestre``: ``frequencies.commoner_in_french``), or a French function word (``french_cues.tsv``);
English: one of the 3,000 commonest English words.  A word glued to a figure (``1er``, ``14h30``) is no word here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..common import Pattern, line_bounds, line_ends_sentence
from ..common.lexicon import frequent_words
from ..common.memo import per_segment
from ..common.sentences import sentences_of
from .exemptions import between, mark_offsets
from .frequencies import commoner_in_french
from .kept import WORD
from .lexicon import ELISION, cues, elisions, function_word, is_english

UNCHANGED = "The French source copied unchanged: not translated"  # TQ602's message on a unit left as its source
READ_FRENCH = ("TQ100", "TQ4", "TQ6")  # the codes whose rules read French: suppressions, untranslated, source
# the rules that would take a French word for an English one misspelled or misused, or French grammar for a typo
# (TQ107: `me faire faire connaissance`, `nous nous`, `vous vous` are French)
MISNAMED = ("TQ2", "TQ3", "TQ107")
LONGEST = 300  # characters: a longer run between two marks is no quotation (a paragraph in brackets)
_OPEN, _CLOSE = "“\"«", "”\"»"
_QUOTED = Pattern(r'[“"«][^“”"«»\n]*[”"»]|\([^()\n]*\)')  # a quotation or an aside on one line
_QUOTED_MARKS = frozenset(_OPEN + "(")
# a line about French writing (date-fns's `Fixes for ordinals (1er, 2, 3, …) in French locale`): its French
# forms are examples of it, which no fix rewrites; not a line that says something was said or written in French,
# a French version or translation (news: `the minister, who spoke in French, said… 4,8 %`)
_ABOUT_FRENCH = Pattern(r"\bFrench[ \u00a0](?:locales?|typography|typographic|formatting|conventions?|ordinals?|"
                        r"quotation marks|guillemets|punctuation|number formats?|date formats?|spacing|keyboard)\b"
                        r"|\b[Ii]n (?:the )?French (?:locale|typography|convention)")


def in_french(doc, findings: list) -> list:
    """``findings`` as French in the text leaves them.  Inside a phrase or a sentence left untranslated (TQ401, TQ402,
    or a unit left as its source, TQ602) the words and calques (TQ2xx, TQ3xx) would misname French (`connexion`
    spelled the French way, `informations` a false plural, `UE` a French acronym): they go, and the other rules
    about English keep their findings without fixes.  A unit left as its source is one TQ602, not the untranslated
    family's pieces.  No fix edits French the text quotes either (``_quoted_french``)."""
    copied = _Within((f.start, f.end) for f in findings if f.code == "TQ602" and f.message == UNCHANGED)
    french = _Within([(f.start, _punctuated(doc.text, f.end)) for f in findings
                      if f.code in ("TQ401", "TQ402") and not copied.holds(f)] + copied.spans)
    kept = []
    for f in findings:
        if f.code.startswith("TQ4") and copied.holds(f) or f.code.startswith(MISNAMED) and french.holds(f):
            continue
        if f.fix is not None and not f.code.startswith(READ_FRENCH) and french.holds(f):
            f.fix = f.edit = None  # (French spacing in French is French's: translating it rewrites it)
        kept.append(f)
    fixable = [f for f in kept if f.fix is not None and not f.code.startswith(READ_FRENCH)]
    if fixable:
        segments = sorted(doc.segments, key=lambda seg: seg.offset(0))
        starts = [seg.offset(0) for seg in segments]
        plain = doc.format == "text"
        for finding in fixable:
            if _quoted_french(segments, starts, *finding.edit_range, plain):
                finding.fix = finding.edit = None
    return kept


def _punctuated(text: str, end: int) -> int:
    """``end`` past the French spacing and punctuation that close a phrase (`Supprimer tout ?`: its ` ?` too)."""
    m = _CLOSING.match(text, end)
    return m.end() if m else end


_CLOSING = Pattern(r"[ \u00a0\u202f]?[?!:;»]+")


class _Within:
    """Spans that do not overlap one another, and whether a finding lies inside one of them."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.ends = [end for _, end in self.spans]  # (sorted too: the spans do not overlap)

    def holds(self, finding) -> bool:
        k = bisect_left(self.ends, finding.end)  # the first span that ends at or after the finding
        return k < len(self.spans) and self.spans[k][0] <= finding.start


def _quoted_french(segments, starts, start: int, end: int, plain: bool) -> bool:
    k = bisect_left(starts, start + 1) - 1
    if k < 0:
        return False
    seg = segments[k]
    i, j = _index(seg, start), _index(seg, max(start, end - 1))
    if i is None or j is None:
        return False  # not in this segment's text (markup, another unit's source)
    j += end > start
    a, b = sentences_of(seg).bounds(i)
    if j <= b and _french_sentence(seg.text[a:b]) or len(seg.text) <= LONGEST and _french_sentence(seg.text):
        return True  # a sentence, or a short message, left in French (a resource string never translated)
    low, high = line_bounds(seg.text, i, j, reach=LONGEST)
    if seg.text.find("French", low, high) >= 0 and _ABOUT_FRENCH.search(seg.text, low, high):
        return True  # its line is about French writing (`ordinals (1er, 2, 3) in French locale`): examples
    quotes, brackets = (_marks_plain if plain else _marks)(seg)
    inner = between(seg.text, i, j, _OPEN, _CLOSE, quotes) or between(seg.text, i, j, "(", ")", brackets)
    return (inner is not None and inner[0] <= i and j <= inner[1] and inner[1] - inner[0] <= LONGEST
            and is_french(seg.text[inner[0]:inner[1]]))  # (the spaces inside the marks are outside it)


def _lines_that_end(text: str, marks: list, ends) -> list:
    """``marks`` without the line breaks a quotation goes on over: those not in ``ends``, the line breaks that end
    a quotation (``_marks_of``)."""
    return [k for k in marks if text[k] != "\n" or k in ends]


def _marks_of(seg, plain: bool) -> tuple:
    """The sorted offsets of a segment's double quotation marks and of its brackets, with the line breaks that
    end a quotation: in markup (Markdown, HTML, a message) none (a paragraph is wrapped in its file); in plain
    text, those of a line that ends a sentence (``line_ends_sentence``), read once for both kinds of marks."""
    text = seg.text
    quotes, brackets = (mark_offsets(text, chars) for chars in (_OPEN + _CLOSE, "()"))
    ends = {k for k in quotes if text[k] == "\n" and line_ends_sentence(text, k)} if plain else ()
    return _lines_that_end(text, quotes, ends), _lines_that_end(text, brackets, ends)


_marks, _marks_plain = per_segment(lambda seg: _marks_of(seg, False)), per_segment(lambda seg: _marks_of(seg, True))


def _index(seg, offset: int):
    """The index in ``seg.text`` of the character that stands for document ``offset`` (an entity's every
    offset stands for its character), or None."""
    if seg.mapping is None:
        i = offset - seg.start
        return i if 0 <= i < len(seg.text) else None
    i = bisect_right(seg.mapping, offset) - 1
    return i if i >= 0 and seg.end_offset(i) > offset else None


def is_french(passage: str) -> bool:
    """Are the words of ``passage`` French (see the module's documentation)?"""
    french, english = _counts(passage)
    return french >= 2 and french >= english


def _french_sentence(sentence: str) -> bool:
    """Is ``sentence`` (not quoted: no prior that it is French) French: three French words at least, more than twice
    its English ones?
    What it quotes is not its own words (``The headline was « Le PIB a progressé »`` is English), nor are the
    names it holds, a capital after its first word (``, deplores the spokesperson André Beaulieu``)."""
    if sentence.isascii() and _function_words().isdisjoint(map(str.lower, WORD.findall(sentence))):
        return False  # no accent, no French function word: English (most sentences, at the cost of a scan)
    french, english = _counts(_QUOTED.sub(" ", sentence) if _QUOTED_MARKS.intersection(sentence) else sentence, True)
    return french >= 3 and french > 2 * english


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """The words ``function_word`` says yes to, as a set: a sentence's words are tested together, in one
    ``isdisjoint``, rather than one call each (most sentences a fix is asked about are English)."""
    return frozenset(word for word in cues() if function_word(word))


@lru_cache(maxsize=4096)
def _counts(passage: str, sentence: bool = False) -> tuple:
    """(French words, English words) of ``passage``.  ``sentence``: not its capitalised words but the first, and
    any word of the English word list is English (``Le vendredi 1er mai 2015, it rained`` is no French sentence)."""
    french = english = 0
    english_word = is_english if sentence else frequent_words().__contains__
    for k, m in enumerate(WORD.finditer(passage)):
        word = m.group()
        if sentence and k and word[0].isupper():
            continue
        word = word.lower().replace("’", "'")
        if len(word) < 2:
            continue  # a letter (J.-C., an initial) is no word of either language
        elided = ELISION.fullmatch(word) if "'" in word else None
        if commoner_in_french(word) or function_word(word) or elided is not None and elided.group(1) in elisions():
            french += 1
        elif english_word(word):
            english += 1
    return french, english
