"""TQ201 french-exonym: a French name, French transliteration or French acronym left in English.

Known pairs are rows of ``names_exonyms.tsv``; a word not in it is still flagged when its French
transliteration key (``keys.translit_key``) is that of an English spelling in ``names_targets.tsv`` or the
exonym table and the word shows a French transliteration mark.  ``names_name_parts.tsv`` names the words
around a name that make it part of a longer proper name, which keeps its own spelling.  The spans found
here and by TQ204 (``spans``) are the ones TQ202 does not report again.

Kiev is not flagged: it was the usual English spelling until 2019 and is in the 2013 human references
this project measures precision on; a glossary (``Kiev,Kyiv``) enforces Kyiv as a house-style choice.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache
from types import MappingProxyType

from .. import Rule
from ..common import Pattern, Table, previous_word, sentence_start
from . import glossary_terms
from .keys import french_marked, maybe_french, translit_key, translit_keys
from .tokens import bare, cap_counts, done, find_names, in_address, memo, next_name, used_lowercase

RULES = [
    Rule(
        code="TQ201",
        name="french-exonym",
        severity="warning",
        summary="A name spelled the French way: exonym, French transliteration or French acronym",
        what="Flags the French name of a place (`Moscou`, `Pékin`, `Le Caire`), a Russian, Ukrainian or Arabic "
        "name transliterated the French way (`Bakhmout`, `Prigojine`, `Choïgou`: ou for u, j for zh, ch for sh, "
        "tch for ch, -ine for -in, ï) and the French acronym of an international body (`OTAN`, `ONU`, `FMI`). "
        "Known pairs come from a data file built from Unicode CLDR and SpellingUkraine; a word not in it is "
        "still flagged when its French transliteration marks, undone, give a known English spelling, or when it "
        "has a vowel then ï before a vowel, at its end or in -ïl(ov), which English never writes (`Mikhaïlov`, "
        "`Nikolaïev`, `Karzaï`; not `Anaïs`, `Loïc`, `Lénaïc`). "
        "French names English keeps (`Le Monde`, `Élysée`, `Côte d'Ivoire`, `Montréal`) are not flagged, nor "
        "a name after a French particle (`Rue de Londres`), nor one inside the name of a venue or company, "
        "which keeps its own spelling (`the Donbass Arena`, `Hotel Moscou`; `data/names_name_parts.tsv`), "
        "nor the French name of a place used as a person's surname: after a first name (a capitalised word "
        "that is neither an English word nor a known place: `Albert Londres`, `Irma Chine`) or a title "
        "(`Mrs. Chine`).",
        why="English news writes these names its own way. A French spelling left in is the most visible trace "
        "of machine translation from French, and a reader may not recognise `Marioupol` as Mariupol.",
        before="Russian forces attacked Bakhmout, in the Donbass, says the OTAN.",
        after="Russian forces attacked Bakhmut, in the Donbas, says NATO.",
        fix="sometimes: the English form replaces the French one; safe when the pair is unambiguous, unsafe "
        "when the French form has another reading (`Poutine` is also a dish, `BCE` an era), was found by "
        "transliteration rather than read from the data file, or is followed by another capitalised word "
        "(`Marioupol Mayor` is an error, but a longer name may keep its own spelling).",
        data=("names_exonyms.tsv", "names_targets.tsv", "names_name_parts.tsv"),
    ),
]

EXONYMS = Table("names_exonyms.tsv", key="french", required=("english", "source"), loops=("french", "english"),
                choices={"kind": ("place", "person", "organisation", "acronym"), "fix": ("safe", "unsafe")})
TARGETS = Table("names_targets.tsv", key="english", required=("source",))
NAME_PARTS = Table("names_name_parts.tsv", key="word", choices={"side": ("before", "after", "both")})

_Guess = namedtuple("_Guess", "french english kind fix")  # a pair found by transliteration
_KINDS = {"acronym": "French acronym", "person": "French spelling of the name", "organisation": "French name"}


@lru_cache(maxsize=None)
def exonyms():
    """(single-word map, multi-word map by first word, acronym map); values are data rows."""
    single, multi, acronyms = {}, {}, {}
    for row in EXONYMS.rows:
        if row.kind == "acronym":
            acronyms[row.french] = row
        elif " " in row.french:
            multi.setdefault(row.french.split(" ", 1)[0], []).append(row)
        else:
            single[row.french] = row
    for rows in multi.values():
        rows.sort(key=lambda r: -len(r.french))
    return single, multi, acronyms


@lru_cache(maxsize=None)
def targets():
    """(translit key -> English spelling, for the names TQ201 knows in English, ambiguous keys dropped;
    every English spelling of the two tables)."""
    by_key: dict[str, set] = {}
    english = set(TARGETS.column("english"))
    english |= {w for r in EXONYMS.rows if r.kind != "acronym" for w in r.english.split()}
    names = [name for name in english if len(name) >= 5 and name[0].isupper()]
    for name, key in zip(names, translit_keys(names)):
        by_key.setdefault(key, set()).add(name)
    return {k: next(iter(v)) for k, v in by_key.items() if len(v) == 1}, frozenset(english)


@lru_cache(maxsize=None)
def name_parts():
    """(words that make the name after them part of a proper name, lowercase: Rue de Londres, Air
    Algérie; capitalised words that make the name before them one: the Donbass Arena, with their
    all-capitals and possessive forms)."""
    before, after = set(), set()
    for row in NAME_PARTS.rows:
        if row.side in ("before", "both"):
            before.add(row.word)
        if row.side in ("after", "both"):
            for form in (row.word[:1].upper() + row.word[1:], row.word.upper()):
                after.update((form, form + "'s", form + "’s"))
    return frozenset(before), frozenset(after)


def check(doc, ctx):
    yield from _found(doc, ctx)[0]
    done(doc, ctx, "TQ201")


def spans(doc, ctx) -> dict:
    """Document span -> English form, for every span TQ204 and TQ201 report in ``doc`` (those
    selected for it): TQ202 does not report them again."""
    return _found(doc, ctx)[1]


def _found(doc, ctx):
    """(TQ201 problems, the spans of TQ204 and TQ201) of ``doc``, worked out once per document."""
    glossary = glossary_terms.glossary(ctx)
    enabled = ctx.enabled("TQ201")
    shared = memo(doc)
    key = ("TQ201", tuple(glossary.items()), enabled)
    if key not in shared:
        flagged = dict(glossary_terms.spans(doc, ctx))
        problems = list(_exonym_problems(doc, glossary, flagged)) if enabled else []
        shared[key] = (problems, MappingProxyType(flagged))  # read-only: other detectors consult it
    return shared[key]


def _exonym_rows(counts):
    """word -> (data row, generated?) for the capitalised words of a document TQ201 may flag."""
    single, multi, acronyms = exonyms()
    found = {}
    for word in counts:
        if word in multi:
            found[word] = (None, False)  # resolved at the occurrence: the next words must follow
        elif word.isupper():
            if word in acronyms:
                found[word] = (acronyms[word], False)
        elif word in single:
            found[word] = (single[word], False)
        elif len(word) >= 5 and maybe_french(word):
            by_key, english_names = targets()
            if word in english_names:
                continue
            english = by_key.get(translit_key(word))
            if english and english != word and french_marked(word, english):
                found[word] = (_Guess(word, english, "name", "unsafe"), True)
            elif english is None and (undone := _without_diaeresis(word)):
                found[word] = (_Guess(word, undone, "name", "unsafe"), True)
    return found


# a vowel, then ï before a vowel, at the end, or in -ïl(ov): Nikolaïev, Griboïedov, Sergueï, Karzaï, Mikhaïl(ov);
# not Lénaïc, Haïfa, Laïla, Adélaïde (French and Arabic given names, places English may write so too)
_VOWEL_DIAERESIS = Pattern(r"(?<=..[aeiouy])ï(?:(?=[aeiou])|$|l(?=o|$))")
_BEFORE_VOWEL = Pattern(r"ï(?=[aeiou])")
_HARD_G = Pattern(r"(?<=g)u(?=[eiï])")


def _without_diaeresis(word: str) -> str | None:
    """``Mikhaïlov`` → ``Mikhailov``, ``Nikolaïev`` → ``Nikolayev``, ``Sergueï`` → ``Sergei``: a vowel then ï
    (``_VOWEL_DIAERESIS``) is how French transliterates Russian and Persian names, where English writes i (y before
    a vowel); None for a word without it or an English word written the old way."""
    if not _VOWEL_DIAERESIS.search(word.lower()):
        return None
    from .grouping import english_word

    if english_word(word.replace("ï", "i")):
        return None  # `Naïvely` opening a sentence: an English word written the old way
    return _BEFORE_VOWEL.sub("y", _HARD_G.sub("", word)).replace("ï", "i")  # (French gu is a hard g: Sergueï)


_CODE_AFTER, _CODE_BEFORE = frozenset("_/0123456789"), frozenset("_./0123456789")
# an English title before a name (its period kept): the name is a person's
_TITLE = Pattern(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \u00a0]\Z")


def _first_name(text: str, i: int, before: str) -> bool:
    """Is ``before``, the word just before ``text[i]`` (one space between), a person's first name: a
    capitalised word that is neither an English word (``In Londres``, ``Greater Londres``, ``New Pékin``)
    nor a place or name TQ201 knows (``Paris Londres``), nor a French word of a name?"""
    if _TITLE.search(text, max(0, i - 8), i):
        return True  # Mrs. Chine: the title of a person
    if len(before) < 2 or not before[0].isupper() or before.isupper() or text[i - 1] != " ":
        return False
    if text[i - 1 - len(before):i - 1] != before:
        return False  # an elision or a hyphen: d'Ivoire, Saint-Pétersbourg
    single, multi, _ = exonyms()
    if before in single or before in multi or before in targets()[1]:
        return False
    from .grouping import english_word

    return not english_word(before)


def _exonym_problems(doc, glossary, flagged):
    counts = cap_counts(doc)
    found = _exonym_rows(counts)
    if not found:
        return
    preferred = set(glossary.values())
    single, multi, _ = exonyms()
    segments = doc.segments
    english_forms = set()  # where the English forms TQ201 may name are first used, in one pass
    for word, (row, _) in found.items():
        rows = [row] if row is not None else []
        if word in multi:
            rows += multi[word] + ([single[word]] if word in single else [])
        english_forms.update(r.english for r in rows if r.english in counts)
    first_use: dict[str, int] = {}
    for k, i, word in find_names(doc, english_forms):
        first_use.setdefault(word, segments[k].offset(i))
    name_before, name_after = name_parts()
    for k, i, word in find_names(doc, found):
        seg = segments[k]
        text = seg.text
        j = i + len(word)
        row, generated = found[word]
        if word in multi:
            row = None
            for candidate in multi[word]:
                phrase = candidate.french
                end = i + len(phrase)
                if text.startswith(phrase, i) and (end >= len(text) or not text[end].isalnum()):
                    row, j = candidate, end
                    break
            if row is None and word in single:
                row = single[word]
        if row is None:
            continue
        if word == "BCE" and text[:i].rstrip()[-1:].isdigit():
            continue  # 300 BCE: the era
        if row.kind == "acronym" and (text[j:j + 1] in _CODE_AFTER or i and text[i - 1] in _CODE_BEFORE):
            continue  # `UE_NORMAL`, `.UR/.UE`, `BCE9` in a key fingerprint: code, not an acronym
        if in_address(text, i, j):
            continue  # `https://x.org/United-States/`, `United-States.csv`, `id_Hong-Kong`: an address, not prose
        found_text = text[i:j]
        if row.kind != "acronym" and sentence_start(text, i) and used_lowercase(doc, found_text):
            continue  # `Poutine is a dish…` where the page also writes `poutine`: the common noun opening a sentence
        if found_text in preferred or found_text in glossary or seg.span(i, j) in flagged:
            continue  # the house glossary decides (TQ204)
        before = previous_word(text, i)
        if before.lower() in name_before:
            continue  # Rue de Londres, Air Algérie, Université de Montréal
        if row.kind == "place" and _first_name(text, i, before):
            continue  # Albert Londres, Irma Chine: a person whose surname is the French name of a place
        following = next_name(text, j)
        if following in name_after:
            continue  # the Donbass Arena: a venue or company keeps its own spelling
        english = row.english
        how = " (French transliteration)" if generated else ""
        seen = first_use.get(english)
        where = f"; `{english}` is also used on line {doc.position(seen)[0]}" if seen is not None else ""
        # followed by another capitalised word, it may open a longer proper name (Donbass Energy,
        # Pékin Express) that keeps its own spelling: still flagged, but --fix leaves it to an editor
        in_name = following is not None and row.kind != "acronym"
        # a first name before a person's name: perhaps another person of that name (`Dmitri Iouchtchenko`)
        namesake = row.kind == "person" and _first_name(text, i, before)
        if in_name:
            where += f"; not fixed by default: `{found_text} {bare(following)}` may be a name with its own spelling"
        flagged[seg.span(i, j)] = english
        kind = _KINDS.get(row.kind, "French name")
        yield seg.problem(
            i, j, "TQ201", f"{kind} `{found_text}`{how}: English writes `{english}`{where}",
            english, applicability="unsafe" if generated or in_name or namesake or row.fix == "unsafe"
            or row.kind == "acronym" and _among_capitals(text, i, j) else "safe",
        )


_WORD_BEFORE = Pattern(r"([^\W\d_]{2,})[ \t]*\Z")  # the word just before, on the same line
_WORD_AFTER = Pattern(r"[ \t]*([^\W\d_]{2,})")


def _among_capitals(text: str, i: int, j: int) -> bool:
    """Is the acronym ``text[i:j]`` alone on its line (a list of codes: ``ONG`` among the top-level domains) or
    beside a word in capitals that is no acronym of the table (``THAI CHARACTER SARA UE``, a Unicode name)?
    There it may be a word of its own: flagged, but not fixed by default."""
    start, end = text.rfind("\n", 0, i) + 1, text.find("\n", j)
    end = len(text) if end < 0 else end
    if not text[start:i].strip() and not text[j:end].strip():
        return True
    acronyms = exonyms()[2]
    found = (_WORD_BEFORE.search(text, max(start, i - 40), i), _WORD_AFTER.match(text, j, end))
    return any(m is not None and m.group(1).isupper() and m.group(1) not in acronyms for m in found)
