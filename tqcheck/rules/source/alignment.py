"""TQ607 source-alignment-uncertain: where the aligner could not pair an article with its source.

``tqcheck check a.en.md --source a.fr.md`` aligns the sentences of the two texts (``tqcheck.align``),
each pair with a confidence.  The pairs below ``CONFIDENT`` are not checked one by one (a number
"missing" from a wrongly paired sentence is noise); each run of them is reported once, as an info
finding over the target sentences it covers, so that the reader knows which part went unchecked.
"""

from __future__ import annotations

from ...findings import Problem
from .. import Rule
from . import CONFIDENT

RULES = [
    Rule(
        code="TQ607",
        name="source-alignment-uncertain",
        severity="info",
        summary="The translation could not be aligned with its source here: the source-aware rules skipped it",
        what="Reports, once for each run of them, the sentences of an article checked with `--source` that the "
        "sentence aligner paired with low confidence (lengths, numbers, names and punctuation disagree), so "
        "the source-aware rules did not check them. The example is a source article, a tab, and its "
        "translation, aligned as `--source` aligns them.",
        why="A finding on a wrongly paired sentence would be noise; silence would hide that part of the text "
        "went unchecked against its source.",
        before="Le conseil a voté le budget lundi. Il atteint 2 450 millions d'euros. Le maire s'en félicite."
        "\tAfter a long and heated debate that lasted well into the night, and in which every group of the "
        "opposition took the floor at least twice, the council finally adopted the text.",
        after="Le conseil a voté le budget lundi. Il atteint 2 450 millions d'euros. Le maire s'en félicite."
        "\tThe council passed the budget on Monday. It reaches 2,450 million euros. The mayor welcomed it.",
        fix="none: check the region by hand, or give the translation the source's paragraphs.",
    ),
]


def check(doc, ctx):
    run = []
    for pair in doc.pairs:
        if pair.confidence < CONFIDENT:
            if pair.target is not None:
                run.append(pair)
            continue
        yield from _report(run)
        run = []
    yield from _report(run)


def _report(run):
    if not run:
        return
    first, last = run[0].target, run[-1].target
    start, end = first.offset(0), last.end_offset(max(0, len(last.text) - 1))
    what = "sentence" if len(run) == 1 else f"{len(run)} sentences"
    lowest = min(p.confidence for p in run)
    yield Problem(start, end, "TQ607", f"Alignment with the source uncertain for {what} (confidence {lowest:.2f}): "
                  "the source-aware rules did not check them")
