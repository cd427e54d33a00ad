"""Token patterns: a rule written as a row of data, matched word by word (LanguageTool's pattern rules,
Vale's substitutions), not as a regular expression.

A pattern is tokens separated by spaces, matched case-insensitively (but for a word written with a capital) against the tokens of one sentence
(a word, a number, or one punctuation mark)::

    word          that form: ``object``, ``of``;  ``a|an|the`` any of them
    <declare>     any form of the lemma (declare, declares, declared, declaring); ``<be>|<get>`` too
    NOUN VERB ADJ ADV     a word of that class in the English lexicon (``lexicon.py``)
    DET PRON PREP CONJ AUX  a function word of that class
    PROPN         a capitalised word that is not a sentence's first, or is and is not in the lexicon
    France        with a capital: that case only (``turkey`` is not ``Turkey``)
    CAP           a capitalised word;  NUM  a number, in figures or words;  SAY  a reporting verb, any form
    SPEAKER       a noun that names who speaks in news (``speakers.tsv``: minister, police, mother…), or its plural
    CODE          inline code or a tag (the reader's placeholder: ``the more descriptive `unimplemented```)
    PLURAL        a lowercase word in -s the lexicon does not know: a rarer plural noun (``dressmakers``, ``cafés``;
                  not ``cannot``, ``exult``, which the lexicon lacks too)
    *             any one token;  *{0,4}  0 to 4 tokens, never across a sentence end
    x?            x or nothing;  !x  one word that is not x (``!NOUN``, ``!that|which``)
    [ ... ]       the tokens flagged (by default, the whole match)
    ^             the start of a sentence;  ``^|,`` a comma, or nothing at a sentence start
    , ( ) : ;     that mark;  "  any double quotation mark (" “ ” « » „)

``TokenPattern.parse("<be> [the object of]").spans(text)`` gives the ``(start, end)`` of each flagged part;
``matches(tokens)`` the ``Match`` objects, whose ``group(k)`` is the text of the k-th pattern token
(1-based, brackets not counted), for suggestions such as ``{1} subject to``.  A token with a fixed set of
forms is the pattern's *anchor*: ``anchors`` are the words a sentence must hold for a match to be possible,
so a table of patterns runs only the few whose anchor a sentence holds (``calques/token_table.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...documents.model import PLACEHOLDER
from .lexicon import CLOSED_CLASSES, OPEN_CLASSES, lexicon, start_rank
from .sentences import QUOTES, SENTENCE_END, Token, tokenize
from .tables import Table

NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                         "hundred thousand million billion dozen dozens several".split())
SPECIAL = ("PROPN", "CAP", "NUM", "CODE", "PLURAL")
_GAP = re.compile(r"\*\{(\d+),(\d+)\}")


class PatternError(ValueError):
    pass


@lru_cache(maxsize=1)
def say_forms() -> frozenset:
    """Every form of the reporting verbs of ``reporting_verbs.tsv`` (the verbs' own forms too)."""
    from .tables import Table
    verbs = Table("reporting_verbs.tsv", key="verb", choices={"kind": ("english", "calque")}).rows
    lex = lexicon()
    return frozenset(f for row in verbs for f in lex.forms(row.lemma, "VERB") | {row.verb})


# the nouns that name who speaks (`the minister assured that`: calques/subjects.py; SPEAKER in a token pattern)
SPEAKERS = Table("speakers.tsv", key="noun", order="plain", choices={"kind": ("role", "person", "kin", "body")})


@lru_cache(maxsize=1)
def speaker_forms() -> frozenset:
    """The nouns of ``speakers.tsv`` and their plurals (the minister, the police, the students), the plurals made by
    the rules of English spelling (read at a cold start: the lexicon's rows cost more to look up)."""
    return frozenset(form for row in SPEAKERS.rows for form in (row.noun, _plural(row.noun)))


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"  # (chairman, spokeswoman, woman)
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"  # (authority, deputy)
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return {"person": "people", "police": "police", "chief": "chiefs", "wife": "wives"}.get(noun, noun + "s")


class Element:
    """One pattern token: a test, how many tokens it takes (``least``..``most``), flagged or not.  The
    test is a set of ``forms`` and of word ``classes`` (``a|an|NUM``); with neither, any token."""

    __slots__ = ("source", "forms", "cased", "classes", "negated", "least", "most", "flagged", "start")

    def __init__(self, source: str, flagged: bool):
        self.source, self.flagged, self.start = source, flagged, False
        self.least, self.most, self.negated = 1, 1, False
        self.forms, self.cased, self.classes = frozenset(), frozenset(), ()
        text = source
        gap = _GAP.fullmatch(text)
        if gap:
            self.least, self.most = int(gap.group(1)), int(gap.group(2))
            if self.least > self.most:
                raise PatternError(f"gap {text}: the least is over the most")
            return
        if text == "^":
            self.start, self.least, self.most = True, 0, 0
            return
        if text.endswith("?") and len(text) > 1:
            self.least, text = 0, text[:-1]
        if text.startswith("!") and len(text) > 1:
            self.negated, text = True, text[1:]
        if text == "*":
            return
        forms, cased, classes = set(), set(), []
        for alt in text.split("|"):
            if alt == "^":  # ``^|,``: a comma, or nothing at a sentence start
                self.start = True
            elif alt == "SAY":
                forms |= say_forms()
            elif alt == "SPEAKER":
                forms |= speaker_forms()
            elif alt in OPEN_CLASSES or alt in CLOSED_CLASSES or alt in SPECIAL:
                classes.append(alt)
            elif alt.startswith("<") and alt.endswith(">") and len(alt) > 2:
                forms |= lexicon().forms(alt[1:-1].lower())
            elif alt in QUOTES:
                forms.add('"')
            elif alt[:1].isupper():
                cased.add(alt)  # ``France``: that case only (``turkey`` is not ``Turkey``)
            elif alt and alt == alt.strip("<>"):
                forms.add(alt.lower())
            else:
                raise PatternError(f"bad token {source!r}")
        self.forms, self.cased, self.classes = frozenset(forms), frozenset(cased), tuple(classes)

    @property
    def fixed(self) -> bool:
        """Does the element match only words of its ``forms``, and always take one?"""
        return (bool(self.forms or self.cased) and not self.classes and self.least == 1 and not self.negated
                and not self.start)

    @property
    def words(self) -> frozenset:
        """The lowercase forms the element may match (for the anchor search)."""
        return self.forms | {w.lower() for w in self.cased}

    def test(self, tok: Token) -> bool:
        if not self.forms and not self.cased and not self.classes:
            return tok.low not in SENTENCE_END
        hit = tok.low in self.forms or tok.text in self.cased or any(_CLASS_TESTS.get(c, _in_class)(tok, c) for c in self.classes)
        return not hit and tok.text[:1].isalnum() if self.negated else hit


def _in_class(tok: Token, cls: str) -> bool:
    return lexicon().has_class(tok.low, cls)


_CLASS_TESTS = {
    "CAP": lambda tok, _: tok.text[:1].isupper(),
    "PROPN": lambda tok, _: tok.text[:1].isupper() and (not tok.first or not lexicon().known(tok.low)),
    "NUM": lambda tok, _: tok.low[:1].isdigit() or tok.low in NUMBER_WORDS,
    "CODE": lambda tok, _: tok.text == PLACEHOLDER,
    "PLURAL": lambda tok, _: tok.text[:1].islower() and tok.text.isalpha() and tok.low.endswith("s")
    and not lexicon().known(tok.low),
}


class Match:
    """One match: the token span of the whole and of each element."""

    __slots__ = ("tokens", "parts", "start", "end")

    def __init__(self, tokens, parts):
        self.tokens, self.parts = tokens, parts  # parts: (first, last + 1) token indices per element
        self.start, self.end = parts[0][0], parts[-1][1]

    def group(self, k: int) -> str:
        """The text of the k-th element (1-based): from its first token to its last, as written."""
        i, j = self.parts[k - 1]
        if i == j:
            return ""
        return self.tokens[j - 1].text if i == j - 1 else _text_between(self.tokens, i, j)

    def char_span(self, flagged) -> tuple:
        """``(start, end)`` in the text of the flagged elements (the whole match when none is)."""
        parts = [p for p, f in zip(self.parts, flagged) if f and p[0] < p[1]] or [(self.start, self.end)]
        return self.tokens[parts[0][0]].start, self.tokens[parts[-1][1] - 1].end


def _text_between(tokens, i, j):
    out = [tokens[i].text]
    for a, b in zip(tokens[i:j], tokens[i + 1:j]):
        out.append(" " * (b.start > a.end) + b.text)
    return "".join(out)


def _rarity(e: Element) -> tuple:
    """How rare the words of an element are, as a key to ``min``: a mark last, then the element whose most
    frequent form is rarest as the start of a word (``lexicon.start_rank``), then the fewer forms."""
    words, rank = e.words, start_rank()
    return (all(not f[:1].isalnum() for f in words), -min(rank.get(f, len(rank)) for f in words), len(words))


class TokenPattern:
    """A parsed pattern.  Parse with ``TokenPattern.parse(source)``."""

    def __init__(self, source: str, elements: list, anchors: frozenset | None = None):
        self.source, self.elements = source, elements
        self.flagged = [e.flagged for e in elements]
        if not any(e.most for e in elements):
            raise PatternError(f"{source!r} matches nothing")
        self._anchors, self._anchor = anchors, False

    @property
    def anchor(self):
        """The required token whose words start the fewest English words (``None`` without one); where the words are
        given (a table's ``anchors`` column, written from this), the token with those words."""
        if self._anchor is False:
            fixed = [e for e in self.elements if e.fixed]
            given = [e for e in fixed if e.words == self._anchors] if self._anchors else []
            self._anchor = given[0] if given else min(fixed, key=_rarity) if fixed else None
        return self._anchor

    @classmethod
    def parse(cls, source: str, anchors: frozenset | None = None) -> "TokenPattern":
        """The pattern of ``source``; ``anchors``, its anchor's words where already known (no word
        frequency is read to find it again)."""
        elements, flagged, opened = [], False, False
        for part in source.split():
            while part.startswith("[") and part != "[" or part == "[":  # ``[the`` or ``[``
                if opened:
                    raise PatternError(f"{source!r}: more than one [")
                flagged = opened = True
                part = part[1:]
            closes = part.endswith("]") and not part.endswith("\\]")
            part = part[:-1] if closes else part
            if part:
                elements.append(Element(part, flagged))
            if closes:
                if not flagged:
                    raise PatternError(f"{source!r}: ] without [")
                flagged = False
        if flagged:
            raise PatternError(f"{source!r}: [ without ]")
        if not opened:
            for e in elements:
                e.flagged = True
        return cls(source, elements, anchors)

    @property
    def anchors(self) -> frozenset:
        """Words one of which every match holds (empty: the pattern has no fixed word)."""
        return self.anchor.words if self.anchor else frozenset()

    def spans(self, text: str) -> list:
        """The flagged ``(start, end)`` of each match in ``text``."""
        return [m.char_span(self.flagged) for m in self.matches(tokenize(text))]

    def matches(self, tokens, starts=None) -> list:
        """Non-overlapping matches, leftmost first; ``starts`` limits the token indices tried."""
        out, after = [], 0
        for i in starts if starts is not None else range(len(tokens)):
            if i < after:
                continue
            parts = self._match(tokens, i, 0, [])
            if parts is not None and parts[-1][1] > i:
                out.append(Match(tokens, parts))
                after = parts[-1][1]
        return out

    def _match(self, tokens, i, k, parts):
        """Backtracking: element ``k`` at token ``i``; optional tokens greedy, gaps shortest first."""
        if k == len(self.elements):
            return parts
        e = self.elements[k]
        if e.start:  # ``^`` alone, or ``^|x``: x, or nothing at a sentence start
            if e.most and i < len(tokens) and e.test(tokens[i]):
                found = self._match(tokens, i + 1, k + 1, parts + [(i, i + 1)])
                if found is not None:
                    return found
            return self._match(tokens, i, k + 1, parts + [(i, i)]) if i < len(tokens) and tokens[i].first else None
        gap = e.most > 1
        for n in range(e.least, e.most + 1) if gap else range(e.most, e.least - 1, -1):
            if i + n > len(tokens) or not all(e.test(t) for t in tokens[i:i + n]):
                if gap:
                    break  # a longer run cannot pass where a shorter one failed
                continue
            found = self._match(tokens, i + n, k + 1, parts + [(i, i + n)])
            if found is not None:
                return found
        return None

    def max_before_anchor(self) -> int:
        """The most tokens the elements before the anchor can take."""
        total = 0
        for e in self.elements:
            if e is self.anchor:
                return total
            total += e.most
        return total
