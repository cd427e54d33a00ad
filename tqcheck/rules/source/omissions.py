"""TQ604 source-omission: source content with no counterpart in the translation, or the reverse.

For each pair, the Gale–Church length statistic ``δ = (t − c·s) / √(s·σ²)`` (``s``, ``t``: lengths
in characters) measures how much shorter or longer the translation is than this document's own
translations are (``c``, ``σ²``: the document's ratio and spread, read robustly from all its pairs,
blended with a prior for a short document).  Two anchors from the source weigh in: its names
(capitalised words inside a sentence) that nothing in the translation spells alike, and its clause
punctuation (``,`` ``;`` ``:`` ``(``) that the translation has less of.  A pair is an omission when
``δ − 0.25·names − 0.5·clauses < −2.75``, an addition when ``δ > 4``.  The weights and thresholds
were tuned on the LIG post-edit corpus (clauses dropped from post-edits) and are measured on WMT13
by ``bench/measure_source.py``.  A file of software strings (PO, XLIFF, Qt, JSON, YAML…) asks more: its
labels and messages say in few words what a French sentence spells out (``documents.MESSAGES``).  In an article
aligned with ``--source``, a source sentence the aligner pairs with nothing is an omission, and a target sentence
paired with nothing an addition, unless it is a translator's note (``_NOTE``).
"""

from __future__ import annotations

import html
import math

from ...documents import MESSAGES
from .. import Rule
from ..common import Pattern
from . import CONFIDENT, checked_pairs, quoted, whole

RULES = [
    Rule(
        code="TQ604",
        name="source-omission",
        severity="warning",
        summary="A clause or sentence of the source missing from the translation, or added to it",
        what="Compares each pair's length with the document's own translations (Gale–Church: how many "
        "standard deviations shorter or longer than expected), with the source's names that the "
        "translation lacks and its clause punctuation (`,` `;` `:` `(`) that the translation lost as further "
        "evidence. Flags a translation much shorter than its source (a clause dropped) or much longer (content "
        "the source does not have), and, in an article aligned with `--source`, a source sentence with no "
        "translation or a sentence with no source (not a translator's note: `This article was translated from "
        "French with DeepL`). The example is a bilingual TSV line.",
        why="A dropped clause reads fluently: neither a reviewer of the English alone nor a fluency "
        "metric sees it. MT systems drop clauses they cannot parse, and translators skip lines.",
        before="Selon le Centre Brennan, qui a étudié la question pendant dix ans, la fraude électorale est "
        "plus rare que la foudre.\tAccording to the Brennan Centre, fraud is rare.",
        after="Selon le Centre Brennan, qui a étudié la question pendant dix ans, la fraude électorale est "
        "plus rare que la foudre.\tAccording to the Brennan Centre, which studied the question for ten years, "
        "electoral fraud is rarer than lightning.",
        fix="none: the missing text needs a translator.",
    ),
]

PRIOR_RATIO = 0.88  # English characters per French character (LIG post-edits 0.89, WMT13 references 0.87)
PRIOR_SPREAD = 1.4  # σ² of the Gale–Church statistic (LIG 1.1, WMT13 1.7)
# the least σ² a document's own pairs may set: a list of names or labels that keep their length (country names
# spread 0.22) would make any variant spelling look like a clause lost or added
MIN_SPREAD = 0.7
PRIOR_WEIGHT = 20  # pairs: a document of 20 pairs trusts its own ratio half
NAME_WEIGHT, CLAUSE_WEIGHT = 0.25, 0.5
OMISSION, ADDITION = -2.75, 4.0
# a software string (a label, a message) may say in four words what its source says in twelve, and still say it all:
# read by hand, 17 in 115 of these findings were true on 26 PO, Qt, JSON, YAML, properties, PHP and INI files of 25
# French-first projects (stop 38's survey and stop 39's). In such a file a pair is flagged only beyond these shares
# of the expected length: under 0.42 (8 of 17 findings true), under 0.7 with two names lost, or over three times
MESSAGE_SHORT, MESSAGE_NAMES_SHORT, MESSAGE_LONG = 0.42, 0.7, 3.0
LABEL_SHORT = 0.3  # a label (no sentence, under 60 characters) at least this share of its expected length: whole

NAME = Pattern(r"(?<=[\w,;)]\s)[A-ZÀ-Ý][^\W\d_]+")  # a capitalised word inside a sentence
WORD = Pattern(r"[^\W\d_]+")
CLAUSE = Pattern(r"[,;:(]")


def check(doc, ctx):
    pairs = [p for p in checked_pairs(doc)]
    if doc.source_path and doc.units is None:  # (a resource file's keys without text are TQ608's)
        yield from _unpaired(doc)
    if not pairs:
        return
    shown = [(_shown(p.source), _shown(p.target.text)) for p in pairs]  # (an entity's `;` is no clause)
    ratio, spread = calibrate([(len(source), len(target)) for source, target in shown])
    messages = doc.format in MESSAGES
    for pair, (source, target) in zip(pairs, shown):
        s, t = len(source), len(target)
        label = s < 60 and messages and t >= LABEL_SHORT * ratio * s and not lost_names(source, target)
        if s < 20 or (s < 40 or label) and source.rstrip()[-1:] not in ".!?…;:" or pair.target.label and t < 40:
            continue  # a title, a label, a heading or a table's cell (`Servlet d'application Tomcat`): too short to say
            # (a heading says in two words what its source spells out: `Disconnected tracks`; not a list item's 43;
            # a software label, in up to 60, no name lost: `conference paper` for `communication dans des actes de
            # colloque publiés`, not `Export` for `Exporter en PDF et envoyer par courriel au client`)
        delta = (t - ratio * s) / math.sqrt(s * spread)
        share = t / (ratio * s)
        if delta > ADDITION and (not messages or share > MESSAGE_LONG):
            yield whole(pair.target, "TQ604", f"The translation is much longer than its source ({t} characters "
                        f"for {s}; {ratio:.2f} expected per source character): content the source does not have?")
            continue
        if delta >= 0:
            continue
        names = lost_names(source, target)
        clauses = max(0, len(CLAUSE.findall(source)) - len(CLAUSE.findall(target)))
        if messages and not (share < MESSAGE_SHORT or len(names) >= 2 and share < MESSAGE_NAMES_SHORT):
            continue
        if delta - NAME_WEIGHT * len(names) - CLAUSE_WEIGHT * clauses < OMISSION:
            missing = f" (not in it: {', '.join(names[:3])})" if names else ""
            yield whole(pair.target, "TQ604", f"The translation is much shorter than its source ({t} characters for "
                        f"{s}; {ratio:.2f} expected per source character): a clause may be missing{missing}")


def _shown(text: str) -> str:
    """``text`` as a reader sees it, for its length: markup out, entities decoded (a Joomla string's ``&eacute;``
    is one letter), each run of spaces one (a PO msgid's template indentation is none)."""
    if "<" in text:
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


_TAG = Pattern(r"</?[A-Za-z][^<>]*>")


def calibrate(lengths):
    """The document's ratio of target to source length and the spread of the statistic, blended with
    the prior by the number of pairs."""
    n = len(lengths)
    total_s = sum(s for s, _ in lengths) or 1
    ratio = sum(t for _, t in lengths) / total_s
    spread = PRIOR_SPREAD
    if n >= 5:
        import statistics  # with its fractions and decimal: only for documents with a source

        deltas = [(t - ratio * s) / math.sqrt(max(s, 1)) for s, t in lengths]
        middle = statistics.median(deltas)
        spread = (1.4826 * statistics.median(abs(d - middle) for d in deltas)) ** 2 or PRIOR_SPREAD
    weight = n / (n + PRIOR_WEIGHT)
    return weight * ratio + (1 - weight) * PRIOR_RATIO, max(MIN_SPREAD, weight * spread + (1 - weight) * PRIOR_SPREAD)


def lost_names(source: str, target: str) -> list:
    """The names of the source (capitalised inside a sentence) that no word of the target spells alike."""
    from rapidfuzz import fuzz

    from ..untranslated.lexicon import cues, fold

    words = {fold(w) for w in WORD.findall(target)}
    lost = []
    for name in dict.fromkeys(NAME.findall(source)):
        key = fold(name)
        if key in cues() or key in words:
            continue
        if not any(fuzz.ratio(key, w) >= 80 or (len(w) >= 4 and key[:5] == w[:5]) for w in words if len(w) > 2):
            lost.append(name)
    return lost


def _unpaired(doc):
    """An aligned article: a source sentence with no translation, a sentence with no source; not a sentence the
    translation moved (a section put at the end: both would be said, of one sentence), paired by ``_moved``."""
    last, pending, added, omitted = None, [], [], []
    for pair in doc.pairs:
        if pair.confidence < CONFIDENT:
            continue
        if pair.target is None:
            pending.append(pair)
            continue
        if not pair.source.strip() and not _meant(pair.target.text):
            added.append(pair.target)
        omitted += [(last or pair.target, lost) for lost in pending]
        pending, last = [], pair.target
    omitted += [(last, lost) for lost in pending if last is not None]
    moved = _moved([lost.source for _, lost in omitted], [seg.text for seg in added])
    for k, seg in enumerate(added):
        if k not in moved.values():
            yield whole(seg, "TQ604", "This sentence has no counterpart in the source: added, or misplaced?")
    for k, (seg, lost) in enumerate(omitted):
        if k not in moved:
            yield _omitted(seg, lost)


_MOVED_PAIRS, _MOVED_WORDS = 2_500, 24  # unpaired sentences compared, and the longest words of each


def _moved(sources: list, targets: list) -> dict:
    """{source index: target index} for the unpaired source sentences that an unpaired sentence of the translation
    translates, elsewhere: their lengths fit and they share numbers, names or cognates (`centre`/`center`), two at
    least and two in ten of the longer's words (a second review's: three in ten paired a third fewer of the WMT13
    reference's sentences with their sources; two shared words may still pair an omission with an addition)."""
    if not sources or not targets or len(sources) * len(targets) > _MOVED_PAIRS:
        return {}  # (a translation that far from its source is no reordering: not compared sentence by sentence)
    from rapidfuzz import fuzz

    from ...align import anchors
    from ..untranslated.lexicon import fold

    def words(text):  # (its longest words, each once: a long sentence costs no more than a short one)
        return sorted({fold(w) for w in WORD.findall(text) if len(w) >= 4}, key=len, reverse=True)[:_MOVED_WORDS]

    found, taken = {}, set()
    tws, tas, tls = [words(t) for t in targets], [anchors(t) for t in targets], [len(_shown(t)) for t in targets]
    tfs = [fold(t.strip()) for t in targets]
    for i, source in enumerate(sources):
        sw, sa, s, sf = words(source), anchors(source), len(_shown(source)), fold(source.strip())
        best = None
        for k in range(len(targets)):
            if k in taken or abs(tls[k] - PRIOR_RATIO * s) > 2 * math.sqrt(max(s, 1) * PRIOR_SPREAD):
                continue
            if sf == tfs[k]:
                best = (99, k)  # the same words: a name, an image's text left as it was
                break
            tw = tws[k]
            shared = len(sa & tas[k] - set("?!:(")) + sum(1 for w in sw if any(
                fuzz.ratio(w, v) >= (60 if w[:3] == v[:3] else 80) for v in tw))  # (prix, price; centre, center)
            if shared >= 2 and shared >= 0.2 * max(len(sw), len(tw)) and (best is None or shared > best[0]):
                best = (shared, k)
        if best is not None:
            found[i] = best[1]
            taken.add(best[1])
    return found


def _meant(text: str) -> bool:
    """Is a sentence with no source a translator's note, which a translation adds on purpose (`This article was
    automatically translated from French`, `translated from French using Lumo`, `translated by an AI`)?  (A line
    that is only a shortcode, Hugo's `{{< notice "info" >}}`, is no sentence at all: ``align.sentences``.)"""
    return _NOTE.search(text) is not None


# a note on the translation itself: `translated` or `translation` from French, from the original, by or with a tool
# (not `the translation from virtual to physical addresses`), or `automatically translated`
_NOTE = Pattern(r"(?i)\btranslat(?:ed|ion)\b.{0,60}?\b(?:from (?:the )?(?:original )?French|from the original"
                r"|(?:by|with|using) (?:an? )?(?:AI|DeepL|Google|ChatGPT|GPT|machine))\b"
                r"|\b(?:automatically|machine)[- ]translated\b")


def _omitted(seg, pair):
    return whole(seg, "TQ604", f"A source sentence has no translation here: “{quoted(pair.source, 78)}”")
