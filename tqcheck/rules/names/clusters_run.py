"""TQ202 across the files of one run (no rule of its own: ``clusters`` reports TQ202 and exposes these).

``collect`` summarises one document where it is read: where each capitalised spelling occurs and its
capitalised neighbours, what ``clusters.occurrences`` would give for every spelling, read from the
document's word list (``tokens.cap_tokens``) rather than word by word.  ``check_run`` groups the
spellings of every file with ``grouping.group_spellings`` and reports the clusters whose spellings are
in different files.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import compress, count

from ...findings import Fix, Problem
from .exonyms import name_parts, targets
from .glossary_terms import glossary
from .grouping import NO_PREFERENCE, group_spellings, preferred_spelling
from .grouping import initial_words as initial_only
from .keys import loose_key
from .neighbours import may_lead, one_space, reflowed
from .scope import articles, articles_of, collection
from .tokens import POSSESSIVE, bare, cap_opens, cap_tokens, done, layout


def collect(doc, ctx):
    """Per document: spelling -> (line of its first use, starts, ends or None when every end is
    start + len(spelling)), and the capitalised neighbours of each spelling."""
    if collection(doc, ctx):
        done(doc, ctx, "TQ202")
        return {}  # quotations or entries by many hands: their names are theirs (check() reads each)
    tokens, starts, token_counts, parts = cap_tokens(doc)
    joined, offsets = layout(doc)
    word_of: dict[str, str] = {}
    places: dict[str, list] = {}  # in order of first use
    for token in token_counts:
        word = token[:-2] if token.endswith(POSSESSIVE) else token
        if len(word) >= 4 and not word.isupper():
            word_of[token] = word
            places[word] = []
    get = word_of.get
    for token, s in zip(tokens, starts):
        word = get(token)
        if word is not None:
            places[word].append(s)
    # the occurrences in a venue or company name (the Donbass Arena) are that name's own spelling
    name_after = name_parts()[1]
    gaps = parts[2:-1:2]  # gaps[t]: between tokens[t] and tokens[t + 1]
    for t in compress(count(), map(name_after.__contains__, tokens[1:])):  # tokens[t] is before such a name
        word = get(tokens[t])
        if word is not None and (gaps[t] == " " or gaps[t] == "\u00a0"):
            places[word].remove(starts[t])
            if not places[word]:
                del places[word]
    # spellings that only open sentences (``sentence_start``)
    opens = cap_opens(parts)
    initial = Counter(compress(tokens, opens))
    initial_words: dict[str, int] = {}
    for token, n in initial.items():
        word = token[:-2] if token.endswith(POSSESSIVE) else token
        initial_words[word] = initial_words.get(word, 0) + n
    common = initial_only(doc, [w for w, p in places.items() if initial_words.get(w, 0) == len(p)])
    # neighbours: the text between two capitalised words is one space-like character
    joins = {o - 1 for o in offsets[1:]}
    neighbours: dict[str, set] = {}
    loose = reflowed(doc)
    for t in compress(range(len(gaps)), map(str.isspace, gaps)):
        first = tokens[t]
        if not one_space(gaps[t], loose) or first.endswith(POSSESSIVE) \
                or not may_lead(joined, starts[t], first, loose, opens[t]):
            continue
        if joins and starts[t] + len(first) in joins:
            continue  # a segment ends there
        word = bare(tokens[t + 1])
        neighbours.setdefault(word, set()).add(first)
        neighbours.setdefault(first, set()).add(word)
    summary = {"occ": _places(doc, places, common, offsets),
               "neighbours": {w: sorted(n) for w, n in neighbours.items() if w in places and w not in common}}
    starts = articles(doc, ctx)
    # the articles each spelling is in (check() compares spellings within one article only): where the
    # document's offsets are the layout's shifted (one segment read verbatim), ``check_run`` finds them for
    # the few spellings it asks about from the places and the articles' starts shifted alike
    if starts and _verbatim(doc):
        summary["article_starts"] = [doc.segments[0].start + p for p in starts]
    elif starts:
        summary["articles"] = {w: articles_of(starts, ps) for w, ps in places.items() if w not in common}
    done(doc, ctx, "TQ202")
    return summary


def _places(doc, places, common, offsets) -> dict:
    """spelling -> (line of its first use, document starts, document ends or None), from the starts of
    each spelling in ``layout``'s text."""
    segments = doc.segments
    verbatim = _verbatim(doc)
    base = segments[0].start if segments else 0
    line_starts = doc.line_starts
    occ = {}
    for word, ps in places.items():
        if word in common:
            continue
        if verbatim:  # ends are starts + len(word)
            begin = [base + p for p in ps] if base else ps
            occ[word] = (bisect_right(line_starts, begin[0]), begin, None)
            continue
        begin, end = [], []
        n = len(word)
        for p in ps:
            k = bisect_right(offsets, p) - 1
            s, e = segments[k].span(p - offsets[k], p - offsets[k] + n)
            begin.append(s)
            end.append(e)
        occ[word] = (bisect_right(line_starts, begin[0]), begin, end)
    return occ


def _verbatim(doc) -> bool:
    """Is the document one segment read verbatim: are its offsets those of ``layout``'s text shifted?"""
    return len(doc.segments) == 1 and doc.segments[0].mapping is None


def _together(spellings, summary) -> bool:
    """Are two of ``spellings`` in one text of the file ``summary`` is of, where ``check`` compared them?"""
    if len(spellings) < 2:
        return False
    if "article_starts" in summary:  # each spelling's articles from its places
        starts, occ = summary["article_starts"], summary["occ"]
        in_articles = {w: articles_of(starts, occ[w][1]) for w in spellings}
    else:
        in_articles = summary.get("articles")  # None: the file is one text
    if not in_articles:
        return True
    seen: set = set()
    for w in spellings:
        mine = set(in_articles.get(w, ()))
        if seen & mine:
            return True
        seen |= mine
    return False


def check_run(collected, ctx):
    """Clusters whose spellings are in different files; a file that holds two spellings itself was
    reported by ``check``, so only files with one spelling of a cross-file cluster get findings."""
    collected = [(p, s) for p, s in collected if s]
    if len(collected) < 2:
        return
    preferred = set(glossary(ctx).values())
    english_names = targets()[1]
    counts: dict[str, int] = {}
    for _, summary in collected:
        for w, places in summary["occ"].items():
            counts[w] = counts.get(w, 0) + len(places[1])
    by_key: dict[str, int] = {}
    for w in counts:
        key = loose_key(w)
        by_key[key] = by_key.get(key, 0) + 1
    shared = {w for w in counts if by_key[loose_key(w)] > 1}  # the others are in no cluster
    order = {path: n for n, (path, _) in enumerate(collected)}
    summaries = dict(collected)
    files: dict[str, list] = {}
    neighbours: dict[str, set] = {}
    for path, summary in collected:
        near = summary["neighbours"]
        for w in shared.intersection(summary["occ"]):
            files.setdefault(w, []).append((path, summary["occ"][w]))
            neighbours.setdefault(w, set()).update(near.get(w, ()))
    for group in group_spellings(counts, neighbours):
        paths = {p for w in group for p, _ in files[w]}
        if len(paths) < 2:
            continue
        per_file = {p: {w for w in group for q, _ in files[w] if q == p} for p in paths}
        first = {w: (order[files[w][0][0]], w) for w in group}  # most used, then first seen
        best, top = preferred_spelling(group, counts, first, preferred, english_names)
        advice = f"prefer `{best}`" if best is not None else NO_PREFERENCE
        listing = "; ".join(
            f"`{w}` ×{counts[w]} (" + ", ".join(f"{p}:{places[0]}" for p, places in files[w][:3])
            + ("…" if len(files[w]) > 3 else "") + ")"
            for w in group
        )
        for w in group:
            if w == top:
                continue
            for path, (_, begin, end) in files[w]:
                if _together(per_file[path], summaries[path]):
                    continue  # check() reported it within the file
                for start, stop in zip(begin, end or [s + len(w) for s in begin]):
                    problem = Problem(start, stop, "TQ202",
                                      f"`{w}` is one name spelled several ways in these files: {listing}; {advice}",
                                      Fix(best, "unsafe") if best is not None else None)
                    problem.span = w
                    yield path, problem
