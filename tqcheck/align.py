"""Sentence alignment of a translation with its source: Gale–Church dynamic programming with anchors.

``sentences(text)`` splits a text (French or English) into sentence spans (a line that is only a static site
generator's shortcode, Hugo's ``{{< alert >}}``, is none).  ``align(source,
target)`` pairs two lists of sentences in order, each *bead* joining 0–2 source sentences with 0–2
target sentences (1-1, 1-2, 2-1, 1-0, 0-1), and gives each bead a confidence: its posterior
probability over all alignments (forward–backward over the same lattice), so that a bead the
lengths and anchors leave undecided has a low one; times how well the bead's own lengths fit (its
``δ``; not its anchors, or a changed number would hide itself), so that a region where no
alignment fits (a paragraph rewritten) is unsure too.

Cost of a bead (Gale & Church 1993): ``−log P(kind) − log P(δ)``, with ``δ = (t − c·s)/√(s·σ²)`` for
``s``, ``t`` characters and ``c`` the whole text's ratio (blended with French→English's 0.88 for a
short text), ``P(δ)`` two-tailed normal.  Anchors shift it: numbers (by their digits), names
(capitalised words inside a sentence, by their first five letters without accents) and ``?`` ``!``
``:`` ``(`` found on both sides make a bead likelier; found on one side only, less likely.  Pure Python; the lattice
is searched in a band around the diagonal, each row of it an array, each bead scored once (``_Lattice``): an article
of 2,000 sentences against a source of 1,900 took 17.6 s and 360 MB, now 4 s and 50 MB.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from dataclasses import dataclass
from itertools import accumulate

PRIORS = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445}
LOG_PRIORS = {kind: math.log(p) for kind, p in PRIORS.items()}
KINDS = tuple(PRIORS)
_LOG_KINDS = tuple(LOG_PRIORS[kind] for kind in KINDS)
SPREAD = 2.0  # σ²: characters of target per character of source vary this much (WMT13 references: 1.7)
ANCHOR = 1.5  # nats for each anchor found on both sides; half of it for one found on one side only
BAND = 30  # sentences off the diagonal the lattice looks
PRIOR_RATIO, PRIOR_WEIGHT = 0.88, 10  # English characters per French one; sentences that weigh as much
FIT = 4.0  # a bead's own fit is 1/(1 + e^-(log P(δ) + FIT)): 0.98 for δ = 0, 0.5 near |δ| = 2.9

_ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle dr drs mr mrs ms st ste pr prof me mgr gen gén col sen rep jr sr vs etc cf p pp "
    "no nº art ch fig vol ed éd av apr env inc ltd co corp dept".split())
_BREAK = re.compile(r"[.!?…]+(?:[\u00a0\u202f ]?[\"”’»)\]])*(?=\s+[\"“«(\[]?[A-ZÀ-Ý0-9])"  # then a capital
                    r"|[.!?…]+[\"”’»)\]]*\s*$|\n")
# words no sentence, headline or line of a list ends with: the line after them goes on (`see for instance the` /
# `[Rust documentation main page](…)`)
_GOES_ON = frozenset("the a an of and or de la le les des du et un une au aux ou".split())  # (not `Log in`)
# a list's item, a table's row, a labelled line (`mardi : ateliers`, `Note: …`)
_ITEM = re.compile(r"[-*+•–]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s|\t|[^\W\d_][\w'’ -]{0,24}?\s?:\s")
_WRAPPED = 45  # a line at least this long, in a paragraph wrapped by hand (at 72 to 80 columns: most lines are)
_WORD_BEFORE = re.compile(r"([\w.]+)[.]$")
_NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d+)*")
_NAME = re.compile(r"(?<=[\w,;)]\s)[A-ZÀ-Ý][^\W\d_]{2,}")
_MARKS = "?!:("


@dataclass
class Bead:
    source: tuple  # (i, j): source sentences [i, j)
    target: tuple  # (k, l): target sentences [k, l)
    confidence: float


def sentences(text: str) -> list:
    """``(start, end)`` of each sentence of ``text`` (spaces around it excluded)."""
    out, start = [], 0
    for m in _BREAK.finditer(text):
        end = m.end()
        if m.group().startswith(".") and _abbreviation(text, m.start()):
            continue
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue  # a paragraph wrapped by hand
        _add(text, start, end, out)
        start = end
    _add(text, start, len(text), out)
    return out


def _abbreviation(text, dot) -> bool:
    """Is the dot at ``dot`` the end of an abbreviation (M. Dupont, Dr. Who, J. Smith, U.S.)?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def _wrapped(text, newline) -> bool:
    """Does the sentence go on across the line break at ``newline`` (a paragraph wrapped by hand: `the drafting
    of` / `this guide`, `(*Règle*,` / `*Recommandation*`)?  Only between two lines of prose: not after a blank
    line, a sentence's end or a colon, not before a blank line or a list item, not in a table (a tab); and only
    where the line is long (wrapped, not a headline or an item: `Programme de la semaine` / `lundi : …`) and goes
    on with a lower-case word, a bracket (`Definin` / `(Think) and`) or after a comma, or ends on a word no line ends
    with (`the`, `de`: lower case)."""
    window = max(0, newline - 200)  # (a line is read back 200 characters at most: no cost that grows with the text)
    line = text[max(window, text.rfind("\n", window, newline) + 1):newline].strip()
    stop = text.find("\n", newline + 1, newline + 200)
    following = text[newline + 1:stop if stop >= 0 else newline + 200].strip()
    if not line or not following or "\t" in line or _ITEM.match(following):
        return False  # (a line of spaces, no-break spaces or a form feed is blank)
    if line.rstrip("\"”’»)]*_")[-1:] in ".!?…:;":
        return False  # (a sentence's end; and a line of closing marks only: "" is in any string)
    return line.split()[-1] in _GOES_ON or len(line) >= _WRAPPED and (following.lstrip("*_`[(")[:1].islower()
                                                                     or line[-1] == "," or following[0] == "(")


def _add(text, start, end, out):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and worded(text[start:end]):
        out.append((start, end))


# a static site generator's shortcode: Hugo's `{{< alert icon="💡" >}}`, `{{% note %}}`, Liquid's `{% endraw %}`
SHORTCODE = re.compile(r"\{\{[<%][^\n]{0,300}?[>%]\}\}|\{%[^\n]{0,300}?%\}")  # (bounded: one never closed costs little)


def worded(text: str) -> bool:
    """Is ``text`` more than shortcodes (a letter or a digit outside them, or no shortcode at all)?  A line that
    is a shortcode alone is no sentence to translate: aligned, it would pair with a sentence as if it were one."""
    if "{" not in text:
        return True
    rest = SHORTCODE.sub("", text)
    return rest == text or any(c.isalnum() for c in rest)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def anchors(text: str) -> frozenset:
    """What a sentence and its translation share whatever the language: numbers, names, marks."""
    found = {"#" + re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}
    found |= {"@" + _fold(m.group())[:5] for m in _NAME.finditer(text)}
    found |= {c for c in _MARKS if c in text}
    return frozenset(found)


def plausible(lengths, share: float = 0.1) -> bool:
    """Are these ``(source, target)`` lengths those of translated units (no more than ``share`` of them
    with ``|δ| > 3``)?  Two files with as many lines may still not be line-aligned."""
    if not lengths:
        return False
    ratio = sum(t for _, t in lengths) / max(1, sum(s for s, _ in lengths))
    odd = sum(1 for s, t in lengths if abs(t - ratio * s) > 3 * math.sqrt(max(s, 1) * SPREAD))
    return odd <= share * len(lengths)


def align(source: list, target: list) -> list:
    """The beads pairing ``source`` with ``target`` sentences (strings), in order, with confidences."""
    n, m = len(source), len(target)
    if not n or not m:
        return [Bead((i, i + 1), (0, 0), 1.0) for i in range(n)] + [Bead((n, n), (k, k + 1), 1.0) for k in range(m)]
    lattice = _Lattice(source, target)
    total = lattice.forward[n][m - lattice.lo[n]]
    if total == _NONE:  # the band missed the corner (very uneven texts): everything unsure
        return [Bead((0, n), (0, m), 0.0)]
    return lattice.best_path(total)


_NONE = -math.inf  # a cell no alignment reaches


class _Lattice:
    """The alignments of ``source`` with ``target`` sentences, cell ``(i, j)`` having paired the first ``i`` with the
    first ``j``, in a band around the diagonal; row ``i`` holds the cells ``lo[i]`` to ``hi[i]``.  Each bead's
    log-probability is computed once, by the cell it ends at (``scores``: ``KINDS``' order, NaN where it cannot
    end), then the forward and backward sums over all alignments (``forward``, ``backward``)."""

    def __init__(self, source: list, target: list):
        n, m = self.n, self.m = len(source), len(target)
        ls, lt = [len(s) for s in source], [len(t) for t in target]
        weight = (n + m) / (n + m + 2 * PRIOR_WEIGHT)  # a short text trusts its own ratio less
        self.ratio = weight * sum(lt) / max(1, sum(ls)) + (1 - weight) * PRIOR_RATIO
        self.sa, self.ta = [anchors(s) for s in source], [anchors(t) for t in target]
        self.cs, self.ct = list(accumulate(ls, initial=0)), list(accumulate(lt, initial=0))  # lengths' prefix sums
        band, slope = BAND + abs(n - m), m / n
        self.lo = [max(0, math.ceil(i * slope - band)) for i in range(n + 1)]
        self.hi = [min(m, math.floor(i * slope + band)) for i in range(n + 1)]
        self.scores = [self._row(i) for i in range(n + 1)]
        self.forward = self._sums(range(n + 1), -1, (0, 0))
        self.backward = self._sums(range(n, -1, -1), 1, (n, m))

    def at(self, rows, i: int, j: int) -> float:
        """``rows``' value of cell ``(i, j)``, ``_NONE`` outside the band."""
        return rows[i][j - self.lo[i]] if 0 <= i <= self.n and self.lo[i] <= j <= self.hi[i] else _NONE

    def score(self, i: int, j: int, k: int) -> float:
        """The log-probability of the bead of kind ``KINDS[k]`` ending at ``(i, j)``."""
        return self.scores[i][5 * (j - self.lo[i]) + k]

    def _sums(self, order, way: int, corner: tuple) -> list:
        """Forward (``way`` -1: over the beads ending at each cell) or backward (1: starting there) log-sums."""
        lo, hi, scores = self.lo, self.hi, self.scores
        rows = [array("d", [_NONE]) * (hi[i] - lo[i] + 1) for i in range(self.n + 1)]
        rows[corner[0]][corner[1] - lo[corner[0]]] = 0.0
        for i in order:
            # the cells a bead joins to this row's: their row, its band, the bead's scores (by the cell it ends at)
            near = [(k, way * dj, rows[c], lo[c], hi[c], scores[i if way < 0 else c], lo[i if way < 0 else c])
                    for k, (di, dj) in enumerate(KINDS) if 0 <= (c := i + way * di) <= self.n]
            row, first = rows[i], lo[i]
            columns = range(first, hi[i] + 1)
            for j in (columns if way < 0 else reversed(columns)):
                terms = []
                for k, shift, other, low, high, ends, start in near:
                    cj = j + shift
                    if low <= cj <= high and (value := other[cj - low]) != _NONE:
                        score = ends[5 * ((j if way < 0 else cj) - start) + k]
                        if score == score:  # (not NaN: a bead that can end there)
                            terms.append(value + score)
                if terms and (i, j) != corner:
                    row[j - first] = _logsumexp(terms)
        return rows

    def _row(self, i: int) -> array:
        """Row ``i``'s bead scores: the log-probability of each kind of bead ending at each cell (its kind, its
        lengths, its anchors: see the module's docstring), written out (a method a bead took three times as long)."""
        out, cs, ct, ta, ratio = array("d"), self.cs, self.ct, self.ta, self.ratio
        # each source side a bead can end at here: (di, its characters, their spread, its anchors), or None
        sides = {di: (cs[i] - cs[i - di], math.sqrt(max(cs[i] - cs[i - di], 1) * SPREAD),
                      self.sa[i - 1] if di == 1 else self.sa[i - 2] | self.sa[i - 1]) if i >= di else None
                 for di in (1, 2)}
        for j in range(self.lo[i], self.hi[i] + 1):
            for (di, dj), prior in zip(KINDS, _LOG_KINDS):
                if i < di or j < dj:
                    out.append(math.nan)
                elif not (di and dj):
                    out.append(prior)
                else:
                    chars, spread, a = sides[di]
                    score = prior + _fit((ct[j] - ct[j - dj] - ratio * chars) / spread)
                    b = ta[j - 1] if dj == 1 else ta[j - 2] | ta[j - 1]
                    out.append(score + (ANCHOR * len(a & b) - ANCHOR / 2 * len(a ^ b)))
        return out

    def lengths(self, i, j, di, dj):
        """log P(δ) of the bead of source [i-di, i) and target [j-dj, j): how well its lengths fit."""
        s, t = self.cs[i] - self.cs[i - di], self.ct[j] - self.ct[j - dj]
        return _fit((t - self.ratio * s) / math.sqrt(max(s, 1) * SPREAD))

    def best_path(self, total: float) -> list:
        """Viterbi over the same lattice, each bead with its posterior."""
        best = [array("d", [_NONE]) * (self.hi[i] - self.lo[i] + 1) for i in range(self.n + 1)]
        step = [array("b", [-1]) * (self.hi[i] - self.lo[i] + 1) for i in range(self.n + 1)]
        best[0][0] = 0.0
        lo, hi = self.lo, self.hi
        for i in range(self.n + 1):
            near = [(k, dj, best[i - di], lo[i - di], hi[i - di]) for k, (di, dj) in enumerate(KINDS) if i >= di]
            ends, reached, first = self.scores[i], self.forward[i], lo[i]
            for j in range(first, hi[i] + 1):
                if reached[j - first] == _NONE or not (i or j):
                    continue
                options = []
                for k, dj, other, low, high in near:
                    score = ends[5 * (j - first) + k]
                    if low <= j - dj <= high and score == score and (before := other[j - dj - low]) != _NONE:
                        options.append((before + score, KINDS[k], k))
                if options:
                    value, _, k = max(options)
                    best[i][j - first], step[i][j - first] = value, k
        beads, (i, j) = [], (self.n, self.m)
        while (i, j) != (0, 0):
            k = step[i][j - self.lo[i]]
            (di, dj), score = KINDS[k], self.score(i, j, k)
            posterior = math.exp(min(0.0, self.at(self.forward, i - di, j - dj) + score
                                     + self.at(self.backward, i, j) - total))
            if di and dj:  # how well the bead's lengths fit, whatever the alternatives (not its anchors: a
                posterior /= 1 + math.exp(-(self.lengths(i, j, di, dj) + FIT))  # changed number must not hide itself)
            beads.append(Bead((i - di, i), (j - dj, j), posterior))
            i, j = i - di, j - dj
        return beads[::-1]


def _fit(delta: float) -> float:
    """log P(δ): the two-tailed normal probability of a bead's length difference ``delta``."""
    return math.log(max(1e-300, math.erfc(abs(delta) / math.sqrt(2))))


def _logsumexp(values) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
