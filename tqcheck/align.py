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
``:`` ``(`` found on both sides make a bead likelier; found on one side only, less likely.  Pure Python; the lattice is searched in a band around the diagonal.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

PRIORS = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445}
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
    on with a lower-case word or after a comma, or ends on a word no line ends with (`the`, `de`: lower case)."""
    window = max(0, newline - 200)  # (a line is read back 200 characters at most: no cost that grows with the text)
    line = text[max(window, text.rfind("\n", window, newline) + 1):newline].strip()
    stop = text.find("\n", newline + 1, newline + 200)
    following = text[newline + 1:stop if stop >= 0 else newline + 200].strip()
    if not line or not following or "\t" in line or _ITEM.match(following):
        return False  # (a line of spaces, no-break spaces or a form feed is blank)
    if line.rstrip("\"”’»)]*_")[-1:] in ".!?…:;":
        return False  # (a sentence's end; and a line of closing marks only: "" is in any string)
    return line.split()[-1] in _GOES_ON or len(line) >= _WRAPPED and (following.lstrip("*_`[(")[:1].islower()
                                                                     or line[-1] == ",")


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
    ls, lt = [len(s) for s in source], [len(t) for t in target]
    weight = (n + m) / (n + m + 2 * PRIOR_WEIGHT)  # a short text trusts its own ratio less
    ratio = weight * sum(lt) / max(1, sum(ls)) + (1 - weight) * PRIOR_RATIO
    sa, ta = [anchors(s) for s in source], [anchors(t) for t in target]
    band = BAND + abs(n - m)

    def inside(i, j):
        return abs(j - i * m / n) <= band

    def lengths(i, j, di, dj):
        """log P(δ) of the bead of source [i-di, i) and target [j-dj, j): how well its lengths fit."""
        s, t = sum(ls[i - di:i]), sum(lt[j - dj:j])
        delta = (t - ratio * s) / math.sqrt(max(s, 1) * SPREAD)
        return math.log(max(1e-300, math.erfc(abs(delta) / math.sqrt(2))))

    def logp(i, j, di, dj):
        """log-probability of the bead: its kind, its lengths, its anchors."""
        score = math.log(PRIORS[(di, dj)])
        if di and dj:
            score += lengths(i, j, di, dj)
            a = frozenset().union(*sa[i - di:i])
            b = frozenset().union(*ta[j - dj:j])
            score += ANCHOR * len(a & b) - ANCHOR / 2 * len(a ^ b)
        return score

    forward = {(0, 0): 0.0}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or not inside(i, j):
                continue
            terms = [forward[(i - di, j - dj)] + logp(i, j, di, dj) for di, dj in PRIORS
                     if i >= di and j >= dj and (i - di, j - dj) in forward]
            if terms:
                forward[(i, j)] = _logsumexp(terms)
    backward = {(n, m): 0.0}
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if (i, j) == (n, m) or not inside(i, j):
                continue
            terms = [backward[(i + di, j + dj)] + logp(i + di, j + dj, di, dj) for di, dj in PRIORS
                     if i + di <= n and j + dj <= m and (i + di, j + dj) in backward]
            if terms:
                backward[(i, j)] = _logsumexp(terms)
    total = forward.get((n, m))
    if total is None:  # the band missed the corner (very uneven texts): everything unsure
        return [Bead((0, n), (0, m), 0.0)]
    return _best_path(n, m, forward, backward, total, logp, lengths)


def _best_path(n, m, forward, backward, total, logp, lengths):
    """Viterbi over the same lattice, each bead with its posterior."""
    best, step = {(0, 0): 0.0}, {}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or (i, j) not in forward:
                continue
            options = [(best[(i - di, j - dj)] + logp(i, j, di, dj), (di, dj)) for di, dj in PRIORS
                       if i >= di and j >= dj and (i - di, j - dj) in best]
            if options:
                best[(i, j)], step[(i, j)] = max(options)
    beads, at = [], (n, m)
    while at != (0, 0):
        di, dj = step[at]
        i, j = at
        score = logp(i, j, di, dj)
        posterior = math.exp(min(0.0, forward[(i - di, j - dj)] + score + backward.get(at, -1e9) - total))
        if di and dj:  # how well the bead's lengths fit, whatever the alternatives (not its anchors: a
            posterior /= 1 + math.exp(-(lengths(i, j, di, dj) + FIT))  # changed number must not hide itself)
        beads.append(Bead((i - di, i), (j - dj, j), posterior))
        at = (i - di, j - dj)
    return beads[::-1]


def _logsumexp(values) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
