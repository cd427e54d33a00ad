"""TQ605 source-markup-mismatch: placeholders, inline tags, URLs, e-mail addresses and numbers with units
that differ between the source and the translation (pofilter's classic checks).

Placeholders and inline tags are ``PLACEHOLDER`` in both texts; what each stands for is read back from
the file through the pair's segments (``<x id="1"/>`` and ``<g id="2">`` by element and id, ``%s``
and ``{name}`` as written), and compared as multisets: order may change, nothing may be lost or
added; but a French label in code font may be given in English (`` `Générer une sauvegarde` ``, a button's name:
`` `Generate a backup` ``), as a document translates it.  A number with a unit symbol (``15 km``, ``3 Go``) must
keep its unit, or give both (``15 km (9 miles)``).  In software strings (PO, XLIFF, Android, Qt, .resx, string
catalogs), also: spaces at either end and line breaks (in XLIFF, as ``xml:space`` says, else in plain-text units:
``xliff.py``), brackets (a plural or gender mark, ``pièce(s)``, is none), and the final ``:`` ``?`` ``!`` or ``…``.
``mid`` counts as an id (``<mrk mtype="seg" mid="2">``), an empty element (``<g id="1"/>``) as its start and end tags.
Code font added, a keyword's case (``_case_only``) and a code span a few sentences off (``_traded``) are no difference.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from .. import Rule
from ..common import Pattern
from . import checked_pairs, whole, written
from .addresses import urls
from .translated_codes import translated_labels, translated_templates, translated_words
from .units import units

RULES = [
    Rule(
        code="TQ605",
        name="source-markup-mismatch",
        severity="warning",
        summary="A placeholder, tag, URL, e-mail or unit that differs between source and translation",
        what="Compares what must pass through translation unchanged: placeholders (`%s`, `{name}`, `%1$d`) and "
        "inline tags (`<x/>`, `<ph>`, `<g>`) by kind and id, URLs and e-mail addresses as written, and the unit "
        "after a number (`15 km` must stay km unless the translation gives both). In software strings (PO, XLIFF, "
        "Android, Qt, .resx, string catalogs) also "
        "the spaces at either end and line breaks (XLIFF: as `xml:space` says, else not in HTML units), "
        "brackets (not a plural or gender mark such as `pièce(s)`), an escape typed as two characters (`\\n`), the "
        "final `:` `?` `!`, and a sentence's final `.` (four words or more on each side) "
        "(pofilter's classic checks). A link's address kept as its target, or as its English page, is not lost. A unit "
        "whose source is a message key (`nav.home_link`) is not compared. In an article checked with `--source`, code "
        "font added to a word the source writes plainly, or a keyword's case (`unlogged`, `UNLOGGED`), is no "
        "difference, and a code span found a few sentences off is not reported twice. A page whose address names "
        "its language may be given as its English page, its name translated (`/fr/Python_(langage)`: "
        "`/en/Python_(programming_language)`), not its folders nor its figures (`/fr/produits/12`: "
        "`/en/products/12` is reported). The example is a bilingual TSV line.",
        why="A lost placeholder crashes the program or shows a raw `%s`; a changed URL or unit misleads; a "
        "label that lost its colon or question mark no longer matches the interface.",
        before="Écrivez à aide@impots.gouv.fr avant 15 km.\tWrite to help@impots.gouv.fr before 15 miles.",
        after="Écrivez à aide@impots.gouv.fr avant 15 km.\tWrite to aide@impots.gouv.fr before 15 km.",
        fix="none: which side is right needs a person.",
    ),
]

# a tag, its id (or mid): the attributes before it are skipped whole, so that no value's text is taken for it
TAG = Pattern(r"<(/?)([\w:.-]+)(?:(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']*))?)*?"
              r"\s+m?id\s*=\s*[\"']([^\"']*)[\"'])?[^>]*>")
PLACEHOLDER = "\ufffc"
_SENTENCE = Pattern(r"^\W*[^\W\d_]+(?:[ '’][^\W\d_]+){3,}")  # four words or more at the start: a sentence
_MARK = Pattern(r"(?<=[^\W\d_])\([^\W\d_]{1,5}\)")
_CONTINUATION = re.compile(r'"[ \t]*\r?\n[ \t]*"')
# the formats whose units are a program's strings (pofilter's ground): their ends, line breaks and brackets count
SOFTWARE_STRINGS = ("po", "xliff", "android", "ts", "resx", "xcstrings")


def check(doc, ctx):
    strings = doc.format in SOFTWARE_STRINGS
    traded = _traded(doc.pairs, article=bool(doc.source_path) and doc.units is None)
    for pair in checked_pairs(doc):
        seg = pair.target
        if pair.source_segment is not None and (PLACEHOLDER in pair.source or PLACEHOLDER in seg.text):
            yield from _codes(pair, traded.get(id(pair)) or _differences(pair))
        if any(m in pair.source + seg.text for m in ("@", "www.", "://")):
            yield from urls(pair.source, seg)
        yield from units(pair.source, seg)
        if strings:
            yield from _classic(pair.source, seg, pair.spaces_count)


def codes(seg) -> list:
    """``(key, index)`` of each placeholder of a segment: what it stands for in the file, as compared (an empty
    element, ``<g id="1"/>``, gives its end tag's key too, with the index None)."""
    out, branches = [], _icu_branches(seg.text) if "," in seg.text else ()
    for i, c in enumerate(seg.text):
        if c == PLACEHOLDER:
            raw = _file_text(seg, i)
            if raw.startswith("&lt;"):  # markup escaped in the file's XML (Qt Linguist's `&lt;a href=…&gt;`)
                raw = html.unescape(raw)
            if raw.startswith(("<!--", "<?")) or i in branches:
                continue
            m = TAG.match(raw)
            out.append((f"<{m.group(1)}{m.group(2)} {m.group(3) or ''}>" if m else _key(raw), i))
            if m and not m.group(1) and raw.endswith("/>"):  # <g id="1"/> is <g id="1"></g>, an empty pair
                out.append((f"</{m.group(2)} >", None))  # (None: said with its start tag)
    return out


def _icu_branches(text: str) -> set:
    """The indices of the placeholders of ``text`` that are an ICU plural's or select's branch text, not placeholders
    (``{n, plural, one {candidate} other {candidates}}``, ``{G, select, other{the}}``: Pix's and Fab-manager's
    catalogs): inside such a block, right after a branch's key (``one``, ``other``, ``=0``, ``male``)."""
    found = set()
    for m in _ICU.finditer(text):
        depth, k = 1, m.end()
        while k < len(text) and depth:
            depth += (text[k] == "{") - (text[k] == "}")
            if text[k] == PLACEHOLDER and depth == 1 and text[max(0, k - 40):k].rstrip()[-1:].isalnum():
                found.add(k)
            k += 1
    return found


_ICU = Pattern(r"\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,")


def _key(raw: str) -> str:
    """What a placeholder that is no tag is compared by: as written, but an image or a cross reference by its
    target (`![Paramètres](a.png)` is `![Settings](a.png)`, reST's `:ref:`envoyer <emailing>`` is
    `:ref:`send <emailing>``): a translated document translates their text; a decimal comma as a point (`55*24 =
    1,32 kWh` in code font is written the English way in its translation); a Markdown code span by its code, however
    many backticks and spaces hold it (``` ``MVP`` ``` is `` `MVP` ``)."""
    m = _TARGET.match(raw)
    if m:
        return f"{m.group(1) or m.group(3)}<{m.group(2) or m.group(4)}>"
    if (span := _CODE_SPAN.fullmatch(raw)) is not None:
        raw = f"`{span.group(2)}`"
    return _DECIMAL.sub(".", " ".join(raw.split()))


_DECIMAL = Pattern(r"(?<=\d),(?=\d+ ?[^\W\d_])")  # before a unit only (`1,32 kWh`; not `f(1,2)`, `range(1,10)`)
_CODE_SPAN = Pattern(r"(`+)\s*(.*?)\s*\1", re.S)
_TARGET = Pattern(r"(!)\[[^\]]*\]\(\s*([^\s)]+)|(:[\w:+-]+:)`[^`<]*<([^<>`]+)>`")


def _differences(pair) -> tuple:
    """``(missing, extra)``: the placeholders of the pair's source its target lacks, and those it adds."""
    source, target = Counter(k for k, _ in codes(pair.source_segment)), Counter(k for k, _ in codes(pair.target))
    missing, extra = source - target, target - source
    translated_labels(missing, extra)
    translated_words(missing, extra)
    translated_templates(missing, extra)
    _case_only(missing, extra)
    return +missing, +extra


def _case_only(missing: Counter, extra: Counter) -> None:
    """Take off a keyword in lower case on one side and in capitals on the other (SQL's `unlogged`, `UNLOGGED`), not
    an option (`ls -r`, `ls -R`) nor an identifier (`None`, `none`), whose case is their meaning."""
    folded: dict = {}
    for e in filter(_keyword, extra):
        folded.setdefault(e.casefold(), []).append(e)
    for k in [k for k in missing if _keyword(k)]:
        for e in folded.get(k.casefold(), ()):
            if k.islower() != e.islower():
                n = min(missing[k], extra[e])
                missing[k] -= n
                extra[e] -= n


_TRADE_REACH = 12  # sentences: an aligner a few sentences off (a translation that adds a list) loses nothing


def _traded(pairs, article: bool) -> dict:
    """id(pair) -> ``(missing, extra)`` of the sentence pairs of an aligned article, less what near sentences trade:
    where the source's first sentence holds `make` that the translation's second one does, the sentences were cut
    in other places, or aligned a few sentences off, and nothing is lost or added (a pair aligned without
    confidence counts too); the nearest trade first, up to ``_TRADE_REACH`` sentences away.  In an ``article``
    aligned with its source, any two pairs trade; elsewhere (a bilingual file's units), only a unit's sentences."""
    aligned = {k: _differences(p) for k, p in enumerate(pairs)
               if (article or "source sentence" in p.id) and p.target is not None
               and p.source_segment is not None and (PLACEHOLDER in p.source or PLACEHOLDER in p.target.text)}
    for distance in range(1, _TRADE_REACH + 1):
        for k in aligned:
            if k + distance in aligned:
                for a, b in ((k, k + distance), (k + distance, k)):
                    if distance > 1 and aligned[b][1] & aligned[a][0]:
                        continue  # each has what the other lost (`stop` and `start` swapped): a swap, reported
                    traded = aligned[a][1] & aligned[b][0]
                    aligned[a][1].subtract(traded)
                    aligned[b][0].subtract(traded)
    return {id(pairs[k]): (+missing, +extra) for k, (missing, extra) in aligned.items()}


def _codes(pair, differences: tuple):
    seg = pair.target
    source, target = codes(pair.source_segment), codes(seg)
    missing, extra = differences
    if missing:
        left, shown, plain = missing.copy(), [], []
        for k, i in source:
            if left[k] > 0:
                left[k] -= 1
                if i is not None:
                    # a code span whose words the translation writes as they are: its formatting is lost, not it
                    (plain if _written(k, seg.text) else shown).append(_raw(pair.source_segment, i))
        for listed, say in ((shown, "The source's {} {} missing from the translation"),
                            (plain, "{} {} code in the source: the translation has the words, not the code")):
            if listed:
                yield whole(seg, "TQ605", say.format(", ".join(listed), "is" if len(listed) == 1 else "are"))
    had, chosen = Counter(k for k, _ in source), set()
    raws = {_file_text(pair.source_segment, i) for _, i in source if i is not None}
    # the extra ones are those the source does not write as they are (`<span class='greened'>`, not its `nowwrap`)
    for k, i in sorted(((k, i) for k, i in target if i is not None), key=lambda ki: _file_text(seg, ki[1]) in raws):
        if extra[k] > 0:
            extra[k] -= 1
            if not _written(k, pair.source):  # `HDFS` where the source writes HDFS: formatting added, nothing more
                chosen.add(i)
    for k, i in target:
        if i in chosen:
            yield seg.problem(i, i + 1, "TQ605", f"{_raw(seg, i)} is not in the source" if not had[k] else
                              f"{_raw(seg, i)} is here more often than in the source ({had[k]})")


def _keyword(key: str) -> bool:
    """Is a code span (``key``) a word of three letters or more, all in lower case or all in capitals?"""
    words = key.strip("`")
    return key.startswith("`") and len(words) >= 3 and words.replace("_", "").isalpha() and (
        words.islower() or words.isupper())


def _written(key: str, text: str) -> bool:
    """Does ``text`` write the words of a code span (``key``) as plain words, in any case?"""
    return key.startswith("`") and written(key.strip("`").strip(), text, fold=True)


def _file_text(seg, i) -> str:
    """The file's text of the placeholder at ``i``, less a PO string's line continuation (``%(outdir)"`` then
    ``"s`` on the next line is ``%(outdir)s``)."""
    return _CONTINUATION.sub("", seg.source[seg.offset(i):seg.end_offset(i)])


def _raw(seg, i) -> str:
    """The placeholder at ``i`` for a message, in code font (a Markdown code span as written: `` `ls -R` ``)."""
    raw = _file_text(seg, i)
    raw = raw if len(raw) <= 40 else raw[:37] + "…"
    return raw if raw.startswith("`") else f"`{raw}`"


def _classic(source, seg, spaces_count=True):
    text = seg.text
    problems = []
    if spaces_count and (source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace()):
        problems.append("the spaces at either end")
    if spaces_count and source.count("\n") != text.count("\n"):
        problems.append(f"line breaks ({text.count(chr(10))} for {source.count(chr(10))})")
    problems += [f"the escape `{e}` ({text.count(e)} for {source.count(e)})" for e in ("\\n", "\\t")
                 if text.count(e) != source.count(e)]  # (a `\n` typed as two characters: shown as they are)
    # a plural or gender mark glued to its word, `pièce(s)`, `Guardian(s)`, `Bachelor(ette)`: no bracket of the
    # sentence, and the two languages need not mark the same words
    bare_source, bare_text = (_MARK.sub("", t) if "(" in t else t for t in (source, text))  # (a mark has its `(`)
    for a, b in ("()", "[]", "{}"):
        if bare_source.count(a) + bare_source.count(b) != bare_text.count(a) + bare_text.count(b):
            problems.append(f"brackets {a}{b}")
    end_s, end_t = source.rstrip()[-1:], text.rstrip()[-1:]
    if end_s in (":", "?", "!", "…") and end_t != end_s and not (end_s == "…" and text.rstrip().endswith("...")) \
            or end_s == "." and end_t not in ".!?…:;" and _SENTENCE.search(source) and _SENTENCE.search(text):
        problems.append(f"the final `{end_s}`")  # (a full stop: where both are sentences, four words or more)
    if problems:
        yield whole(seg, "TQ605", "The translation differs from the source in " + ", ".join(problems), severity="info")
