"""TQ202 name-spelled-two-ways: one name, several spellings, in one document or across a run's files.

``check`` groups the capitalised words of one document (``grouping.group_spellings``); ``collect``
and ``check_run`` (``clusters_run``) do the same across the files of a run.  A French spelling TQ201
or TQ204 reports is not reported again (``exonyms.spans``), and a spelling inside a venue or company
name (``names_name_parts.tsv``: the Donbass Arena) is not counted.
"""

from __future__ import annotations

from ...findings import Fix, Problem
from .. import Rule
from ..common import sentence_start
from . import exonyms
from .clusters_run import check_run, collect
from .glossary_terms import glossary
from .grouping import NO_PREFERENCE, group_spellings, initial_words, preferred_spelling
from .neighbours import contrasted, gap, may_lead, reflowed
from .scope import article_of, articles, document_starts
from .tokens import CAP, bare, cap_counts, find_names, next_name

__all__ = ["RULES", "check", "check_run", "collect"]

RULES = [
    Rule(
        code="TQ202",
        name="name-spelled-two-ways",
        severity="warning",
        summary="One name spelled several ways in one text or across the files of one run",
        what="Groups the capitalised words of a text (and of every file checked together) by a French→English "
        "transliteration key and string similarity, without any list: `Bakhmout`/`Bakhmut`, "
        "`Zelensky`/`Zelenskyy`/`Zelenskiy`, `Kharkov`/`Kharkiv`, `Choïgou`/`Shoigu` are one name, "
        "`Austria`/`Australia`, `Paris`/`Parisian`, `John`/`Joan`, `Mali`/`Malik` are not. Two spellings "
        "whose neighbouring names differ (`Louis Vuitton`, `Luis Suárez`) are two people and are kept apart. "
        "The finding sits on each minority spelling and names every spelling seen with where; a French "
        "spelling TQ201 reports (`Bakhmout` beside `Bakhmut`) is not reported again, and a spelling inside "
        "a venue or company name (`the Donbass Arena`) is not counted. Two established English spellings are "
        "two words or names, never one (`March`/`Marsh`, `Catching`/`Caching`, `Sidney`/`Sydney`: both "
        "English words or both in SCOWL, `names_distinct.tsv`); a month or weekday, a word in another script "
        "(Cyrillic), and an English word seen only at sentence starts are no name, and an English word is "
        "never the spelling advised. Within a file, spellings are compared article by article where the file "
        "shows articles (`%` or `* * *` separator lines, repeated Markdown/HTML headings, title lines of "
        "one-sentence-a-line text; option `spelling-scope = \"file\"` to compare the whole file); a file "
        "parted by separator lines (a quotation collection) is not compared with other files.",
        why="A name spelled two ways makes a reader wonder whether two people or places are meant; it shows "
        "a text translated in pieces or edited without a glossary.",
        before="Coach Fetisov resigned on Monday. ... Fetissov said he would stay.",
        after="Coach Fetisov resigned on Monday. ... Fetisov said he would stay.",
        fix="unsafe: the minority spelling becomes the glossary's preferred form, else the known English "
        "form, else the one spelling the others are French transliterations of (`Fetisov` for `Fetissov`), "
        "else the text's clear majority (3 uses or more and twice any other); with less evidence "
        "(`Pompei` ×2, `Pompeii` ×1) the finding offers no fix. Which spelling is right is an editor's call.",
        # the known English forms (names_targets, names_exonyms) decide which spelling to prefer
        data=("names_exonyms.tsv", "names_targets.tsv", "names_name_parts.tsv", "names_distinct.tsv"),
    ),
]


def check(doc, ctx):
    counts = {w: n for w, n in cap_counts(doc).items() if len(w) >= 4 and not w.isupper()}
    candidates = group_spellings(counts, {})  # cheap first pass: keys and similarity only
    if not candidates:
        return
    wanted = {w for group in candidates for w in group}
    occ, neighbours = occurrences(doc, wanted)
    for word in initial_words(doc, [w for w, places in occ.items() if all(p[2] for p in places)]):
        del occ[word]  # only at sentence starts, and a word: Will, Mark, Course
    preferred = set(glossary(ctx).values())
    flagged = exonyms.spans(doc, ctx)
    known = exonyms.targets()[1]  # the English forms, and those TQ201 and TQ204 name here (mostly among them)
    if not known.issuperset(flagged.values()):
        known = known.union(flagged.values())
    starts = document_starts(doc, articles(doc, ctx))
    parts: list[dict] = [{} for _ in range(len(starts) + 1)]  # one text of a collection at a time
    for word, places in occ.items():
        for place in places:
            parts[article_of(starts, place[0])].setdefault(word, []).append(place)
    for part in parts:
        if len(part) > 1:
            yield from _report(doc, part, neighbours, preferred, flagged, known)


def _report(doc, occ, neighbours, preferred, flagged, known):
    """The findings of one text: ``occ``, spelling -> its places in that text."""
    counts = {w: len(v) for w, v in occ.items()}
    for group in group_spellings(counts, neighbours):
        apart = contrasted(doc.text, [occ[w] for w in group])
        if apart:  # `Kiev (now Kyiv)`: those two are named side by side on purpose; the others still count
            occ = dict(occ, **{w: [p for p in occ[w] if p[:2] not in apart] for w in group})
            group = [w for w in group if occ[w]]
            if len(group) < 2:
                continue
            counts = dict(counts, **{w: len(occ[w]) for w in group})
        best, top = preferred_spelling(group, counts, {w: occ[w][0][0] for w in group}, preferred, known)
        listing = "; ".join(
            f"`{w}` ×{counts[w]} (line{'s' if counts[w] > 1 else ''} "
            + ", ".join(str(doc.position(o[0])[0]) for o in occ[w][:3]) + ("…" if counts[w] > 3 else "") + ")"
            for w in group
        )
        advice = f"prefer `{best}`" if best is not None else NO_PREFERENCE
        for w in group:
            if w == top:
                continue
            for start, end, _ in occ[w]:
                if (start, end) in flagged:
                    continue  # TQ201 or TQ204 already names the English form here
                # the fix is kept only when the file holds the very word there
                fix = Fix(best, "unsafe") if best is not None and doc.text[start:end] == w else None
                yield Problem(start, end, "TQ202",
                              f"`{w}` is one name spelled several ways here: {listing}; {advice}", fix)


def occurrences(doc, wanted):
    """Where each capitalised spelling in ``wanted`` occurs, (start, end, sentence-initial), and the
    capitalised neighbours of each.  Two capitalised words are neighbours when one space-like
    character parts them and the first is no possessive, nor an English word opening a sentence."""
    occ: dict[str, list] = {}
    neighbours: dict[str, set] = {}
    segments = doc.segments
    name_after = exonyms.name_parts()[1]
    loose = reflowed(doc)
    for k, i, word in find_names(doc, wanted):
        seg = segments[k]
        text = seg.text
        j = i + len(word)
        if next_name(text, j) in name_after:
            continue  # the Donbass Arena: a venue's own spelling, not a spelling of the region
        initial = sentence_start(text, i)
        g = gap(text, i, -1, loose)
        if g:  # the capitalised word just before, parted by one space
            start = g - 1
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            last = None
            for last in CAP.finditer(text, start, g):
                pass
            if last is not None:
                before = bare(last.group())
                if last.start() + len(before) == g and may_lead(text, last.start(), before, loose):
                    neighbours.setdefault(word, set()).add(before)
                    neighbours.setdefault(before, set()).add(word)
        g = gap(text, j, 1, loose)
        if g is not None and may_lead(text, i, word, loose):  # the one just after
            m = CAP.match(text, g)
            if m is not None:
                after = bare(m.group())
                neighbours.setdefault(after, set()).add(word)
                neighbours.setdefault(word, set()).add(after)
        start, end = seg.span(i, j)
        occ.setdefault(word, []).append((start, end, initial))
    return occ, neighbours
