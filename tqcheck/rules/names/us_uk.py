"""TQ203 mixed-us-uk-spelling: US and British spellings of one convention in one document.

The pairs are rows of ``us_uk_spellings.tsv``, with the regular inflections of the -ize, -yze and -our
groups added here; each group (convention) is counted apart, so Oxford spelling (-ize with -our) is not
mixed.  Only lowercase words count (``tokens.lower_words``): capitalised words are names (Pearl Harbor,
Ministry of Defence).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .. import Rule
from ..common import Table, minority
from .scope import articles
from .tokens import done, layout, lower_bytes, lower_words, quotations, whole_words

RULES = [
    Rule(
        code="TQ203",
        name="mixed-us-uk-spelling",
        severity="info",
        summary="US and British spellings of the same kind mixed in one document",
        what="Flags the minority spellings when one document uses both US and British forms of the same "
        "convention: `defense`/`defence`, `organize`/`organise`, `center`/`centre`, `color`/`colour`. "
        "Conventions are counted separately, so Oxford spelling (`organize` with `colour`) is not mixed. "
        "Capitalised words inside names (`Pearl Harbor`, `World Health Organization`, `Ministry of "
        "Defence`) are not counted. A file holding many texts is read article by article where it shows them "
        "(`%` or `* * *` separator lines as in fortune files, repeated Markdown/HTML headings, title lines of "
        "one-sentence-a-line text such as WMT test sets): each quotation or story keeps its author's spelling. "
        "Option `spelling-scope = \"file\"` reads the whole file as one text.",
        why="A house style picks one spelling. A mix shows a text assembled from several translations or "
        "an MT system trained on both varieties.",
        before="The defense ministry ... the defence budget ... its defense policy.",
        after="The defense ministry ... the defense budget ... its defense policy.",
        fix="unsafe: the word takes the document's majority spelling; the house style may want the other one.",
        data=("us_uk_spellings.tsv",),
    ),
]

US_UK = Table("us_uk_spellings.tsv", key="us", order="plain", required=("uk", "group"), loops=("us", "uk"),
              choices={"group": ("ce", "ize", "ll", "misc", "our", "re", "yze")})


@lru_cache(maxsize=None)
def spellings() -> dict:
    """word -> (group, variety, counterpart), with the regular inflections of -ize, -yse, -our words."""
    table = {}

    def add(us, uk, group):
        table.setdefault(us, (group, "US", uk))
        table.setdefault(uk, (group, "UK", us))

    for row in US_UK.rows:
        us, uk, group = row.us, row.uk, row.group
        add(us, uk, us if group == "misc" else group)  # a word of its own is its own convention
        if group in ("ize", "yze"):  # organize: organizes organized organizer(s) organizing organization(s)
            for suffix in ("s", "d", "r", "rs"):
                if group == "yze" and suffix == "s":  # analyses, paralyses: also the plural of -ysis in US
                    table.setdefault(us + "s", (group, "US", uk + "s"))
                    continue
                add(us + suffix, uk + suffix, group)
            add(us[:-1] + "ing", uk[:-1] + "ing", group)
            if group == "ize":
                for suffix in ("ation", "ations"):
                    add(us[:-1] + suffix, uk[:-1] + suffix, group)
        elif group == "our":  # color: colors colored coloring colorful; behavioral; favorite
            for suffix in ("s", "ed", "ing", "ful", "able", "ably", "al", "ite", "ites", "er", "ers"):
                add(us + suffix, uk + suffix, group)
    return table


def _present(table, words) -> list:
    """The table's words among ``words`` (``lower_words``: bytes of a-z and `#`, a chunk with `#` is no
    word), in order of first use.  The chunks are decoded, a few hundred in a short text, rather than the
    table's 3,000 words encoded once (2.3 M instructions)."""
    return [w for w in map(bytes.decode, words) if w in table and "#" not in w]


def check(doc, ctx):
    yield from _mixed_spelling(doc, ctx)
    done(doc, ctx, "TQ203")


def _mixed_spelling(doc, ctx=None):
    table = spellings()
    present = _present(table, lower_words(doc))
    mixed = _mixed(table, present)
    if not mixed:
        return  # no mix in the whole file: none in any of its articles
    joined, offsets = layout(doc)
    starts = articles(doc, ctx)
    # where each of the file's mixed words is used, article by article, in order of first use: a lowercase
    # word with neither a word character nor a hyphen beside it, as ``lower_list`` parts words
    words = [w for w in present if table[w][0] in mixed]
    bounds = [0, *starts, len(joined)]
    places: list[dict] = [{} for _ in bounds[1:]]
    for start, word in whole_words(lower_bytes(doc), words):
        places[bisect_right(bounds, start) - 1].setdefault(word.decode(), []).append(start)
    what = "an article" if starts else "a text"
    quoted = quotations(doc)
    for used in places:
        if used:
            yield from _article(doc, table, used, offsets, what, quoted)


def _mixed(table, present) -> set:
    varieties: dict[str, set] = {}
    for word in present:
        varieties.setdefault(table[word][0], set()).add(table[word][1])
    return {g for g, v in varieties.items() if len(v) == 2}


def _article(doc, table, used, offsets, what, quoted):
    """The minority spellings of one text: ``used``, each table word it uses -> where (offsets in
    ``layout``'s text), in order of first use; ``quoted``: the quotations' bounds (``tokens.quotations``), where a
    spelling is reported but has no fix (a translator's, or its author's: `my colour`, wrote C. L. R. James)."""
    mixed = _mixed(table, used)
    if not mixed:
        return
    by_group: dict[str, list] = {}  # groups in order of first use, words in order of first use
    for word in used:
        if table[word][0] in mixed:
            by_group.setdefault(table[word][0], []).append(word)
    for words in by_group.values():
        uses: dict[str, int] = {}  # variety -> uses, the variety of the first word first (it wins a tie)
        for w in words:
            uses[table[w][1]] = uses.get(table[w][1], 0) + len(used[w])
        majority, (fewer,) = minority(uses)
        example = next(w for w in words if table[w][1] == majority)
        found = sorted((p, w) for w in words if table[w][1] == fewer for p in used[w])
        for p, word in found:
            k = bisect_right(offsets, p) - 1
            seg, i = doc.segments[k], p - offsets[k]
            _, variety, counterpart = table[word]
            spells = "mostly spells" if uses[majority] > uses[fewer] else "first spelt"  # (a tie: the first wins)
            yield seg.problem(
                i, i + len(word), "TQ203",
                f"{variety} spelling `{word}` in {what} that {spells} this kind of word the {majority} way "
                f"(`{example}` ×{uses[majority]} against {uses[fewer]}): `{counterpart}`",
                None if bisect_right(quoted, p) % 2 else counterpart, applicability="unsafe",
            )
