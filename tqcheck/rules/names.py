"""TQ2xx: names spelled the French way or two ways, mixed US/UK spelling, house glossary.

* TQ201 french-exonym: a French name (``Moscou``, ``Pékin``), a French transliteration
  (``Bakhmout``, ``Prigojine``) or a French acronym (``OTAN``, ``ONU``).  Known pairs come from
  ``data/names_exonyms.tsv``; unknown transliterations are found by a French→English
  transliteration key (``translit_key``) compared with the English spellings in
  ``data/names_targets.tsv`` and the exonym table.
* TQ202 name-spelled-two-ways: one name, several spellings, in one document (``check``) or across
  the files of one run (``collect`` / ``check_run``).  No list: capitalised words are grouped by a
  loose transliteration key and kept together only when rapidfuzz finds them close and their
  neighbouring names do not show two different people.
* TQ203 mixed-us-uk-spelling: ``defense`` and ``defence`` in one document (``data/us_uk_spellings.tsv``).
* TQ204 glossary-term: a variant a house glossary (config ``glossary``: CSV/TSV or TBX) forbids.

Kiev is not flagged by default: it was the usual English spelling until 2019 and is in the 2013
human references this project measures precision on; it is a house-style choice, which a glossary
(``Kiev,Kyiv``) enforces.  Kiev and Kyiv in one text are still one name spelled two ways (TQ202).
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_right
from collections import Counter
from itertools import accumulate, compress, islice, repeat
from functools import lru_cache

from ..datafiles import load_tsv
from . import Rule

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
        "still flagged when its French transliteration marks, undone, give a known English spelling. "
        "French names English keeps (`Le Monde`, `Élysée`, `Côte d'Ivoire`, `Montréal`) are not flagged, nor "
        "a name after a French particle (`Rue de Londres`), nor one inside the name of a venue or company, "
        "which keeps its own spelling (`the Donbass Arena`, `Hotel Moscou`; `data/names_name_parts.tsv`).",
        why="English news writes these names its own way. A French spelling left in is the most visible trace "
        "of machine translation from French, and a reader may not recognise `Marioupol` as Mariupol.",
        before="Russian forces attacked Bakhmout, in the Donbass, says the OTAN.",
        after="Russian forces attacked Bakhmut, in the Donbas, says NATO.",
        fix="sometimes: the English form replaces the French one; safe when the pair is unambiguous, unsafe "
        "when the French form has another reading (`Poutine` is also a dish, `BCE` an era), was found by "
        "transliteration rather than read from the data file, or is followed by another capitalised word "
        "(`Marioupol Mayor` is an error, but a longer name may keep its own spelling).",
    ),
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
        "a venue or company name (`the Donbass Arena`) is not counted.",
        why="A name spelled two ways makes a reader wonder whether two people or places are meant; it shows "
        "a text translated in pieces or edited without a glossary.",
        before="Coach Fetisov resigned on Monday. ... Fetissov said he would stay.",
        after="Coach Fetisov resigned on Monday. ... Fetisov said he would stay.",
        fix="unsafe: the minority spelling becomes the glossary's preferred form, else the known English "
        "form, else the one spelling the others are French transliterations of (`Fetisov` for `Fetissov`), "
        "else the text's clear majority (3 uses or more and twice any other); with less evidence "
        "(`Pompei` ×2, `Pompeii` ×1) the finding offers no fix. Which spelling is right is an editor's call.",
    ),
    Rule(
        code="TQ203",
        name="mixed-us-uk-spelling",
        severity="info",
        summary="US and British spellings of the same kind mixed in one document",
        what="Flags the minority spellings when one document uses both US and British forms of the same "
        "convention: `defense`/`defence`, `organize`/`organise`, `center`/`centre`, `color`/`colour`. "
        "Conventions are counted separately, so Oxford spelling (`organize` with `colour`) is not mixed. "
        "Capitalised words inside names (`Pearl Harbor`, `World Health Organization`, `Ministry of "
        "Defence`) are not counted.",
        why="A house style picks one spelling. A mix shows a text assembled from several translations or "
        "an MT system trained on both varieties.",
        before="The defense ministry ... the defence budget ... its defense policy.",
        after="The defense ministry ... the defense budget ... its defense policy.",
        fix="unsafe: the word takes the document's majority spelling; the house style may want the other one.",
    ),
    Rule(
        code="TQ204",
        name="glossary-term",
        severity="warning",
        summary="A term the house glossary forbids or replaces",
        what="Flags a variant listed in the glossary given by the `glossary` option (CSV or TSV rows "
        "`variant,preferred`, or a TBX file whose entries mark terms preferred, admitted or deprecated), "
        "as a whole word, in its written case, all capitals or capitalised at a sentence start, and before "
        "a possessive (`Bakhmout's`). The glossary overrides the shipped data: its preferred terms are "
        "never flagged by TQ201 or TQ202. Without a glossary the rule finds nothing: the example assumes "
        "the glossary row `Kiev,Kyiv`.",
        why="A newsroom or client fixes its spellings (`Kyiv`, `Zelenskyy`); the glossary makes that "
        "decision checkable.",
        before="Kiev said on Monday ...",
        after="Kyiv said on Monday ...",
        fix="safe: the glossary names the preferred term; its case follows the flagged word.",
    ),
]

# ----------------------------------------------------------------------------- keys


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose
    text = unicodedata.normalize("NFD", text)
    marks = [c for c in set(text) if unicodedata.combining(c)]
    if len(marks) > 8:
        return "".join(c for c in text if not unicodedata.combining(c))
    for c in marks:
        text = text.replace(c, "")
    return text


@lru_cache(maxsize=None)
def _rx(pattern: str):
    """A regex compiled on first use (start-up matters)."""
    return re.compile(pattern)


# marks of a French transliteration: at least one must be in a word TQ201 finds by key alone
_FRENCH_MARKS = ("ou", "tch", "ch", "j", "ï", "ë", "é", "è", "gu", "ss")
_MARKS_PATTERN = "|".join(_FRENCH_MARKS) + r"|ine\Z"
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz '’")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A key French and English transliterations of one name share: Bakhmout, Bakhmut -> bakhmut."""
    return _key_steps(strip_accents(name.lower()), _KEY_CHARS)


def _translit_keys(names: list) -> list:
    """``translit_key`` of each name, computed on all of them at once: the same steps, on the names
    parted by newlines, which no step reads across or removes."""
    if not names:
        return []
    return _key_steps(strip_accents("\n".join(names).lower()), _KEY_CHARS | {"\n"}).split("\n")


def _key_steps(s: str, keep: frozenset) -> str:
    """The steps of ``translit_key`` on a lowercase text without accents; characters not in ``keep``
    are dropped."""
    s = s.replace("-", " ")
    s = s.replace("tch", "ch")  # Tchernihiv / Chernihiv
    s = s.replace("sh", "ch")  # Shoigu / Choïgou
    s = s.replace("zh", "j")  # Prigozhin / Prigojine
    s = s.replace("dj", "j")  # Djeddah / Jeddah
    s = s.replace("ou", "u")  # Bakhmut / Bakhmout
    if "gu" in s:  # gu before e, i, y: Gerasimov / Guerassimov
        s = s.replace("gue", "ge").replace("gui", "gi").replace("guy", "gy")
    s = s.replace("y", "i")  # Zelenskyy / Zelenskiy
    s = s.replace("x", "ks").replace("ck", "k").replace("ph", "f")
    if "ine" in s:
        s = _rx(r"ine(?<=[a-z]{3}ine)\b").sub("in", s)  # Poutine / Putin, not Maine / Main
    if not (s.isascii() and s.isalpha()):
        drop = set(s) - keep  # apostrophes kept: We'll is not Well
        if len(drop) > 8:
            s = "".join(filter(keep.__contains__, s))
        else:
            for c in drop:
                s = s.replace(c, "")
    # only the doublings transliteration makes: Zaporizhzhia, Zelenskyy, French ss between vowels
    # (Guerassimov, Tbilissi); Starr / Star, Woolf / Wolf, Princess / Princes stay apart
    while "ii" in s:
        s = s.replace("ii", "i")
    while "jj" in s:
        s = s.replace("jj", "j")
    if "ss" in s:
        s = _rx(r"ss(?<=[aeiou]ss)(?=[aeiou])").sub("s", s)
    return s


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """``translit_key`` with Russian/Ukrainian vowel and g/h alternations folded: Kharkov, Kharkiv
    (ie -> i: Kiev / Kyiv; -ov -> -iv: Lvov / Lviv; g -> h but first: Lugansk / Luhansk)."""
    s = translit_key(name).replace("ie", "i")
    if "ov" in s:
        s = _rx(r"ov\b").sub("iv", s)
    return s[:1] + s[1:].replace("g", "h")


def _french_marked(word: str, english: str) -> bool:
    w, e = word.lower(), english.lower()
    return any(m in w and m not in e for m in _FRENCH_MARKS) or (w.endswith("ine") and not e.endswith("ine"))


def _maybe_french(word: str) -> bool:
    """Has ``word`` a French transliteration mark at all (``_french_marked`` can be true)?"""
    return _rx(_MARKS_PATTERN).search(word.lower()) is not None




# ----------------------------------------------------------------------------- data


@lru_cache(maxsize=None)
def _exonyms():
    """(single-word map, multi-word map by first word, acronym map); values are data rows."""
    single, multi, acronyms = {}, {}, {}
    for row in load_tsv("names_exonyms.tsv"):
        french = row["french"]
        if row["kind"] == "acronym":
            acronyms[french] = row
        elif " " in french:
            multi.setdefault(french.split(" ", 1)[0], []).append(row)
        else:
            single[french] = row
    for rows in multi.values():
        rows.sort(key=lambda r: -len(r["french"]))
    return single, multi, acronyms


@lru_cache(maxsize=None)
def _targets():
    """translit key -> English spelling, for the names TQ201 knows in English (ambiguous keys dropped)."""
    by_key: dict[str, set] = {}
    english = {r["english"] for r in load_tsv("names_targets.tsv")}
    english |= {w for r in load_tsv("names_exonyms.tsv") if r["kind"] != "acronym" for w in r["english"].split()}
    names = [name for name in english if len(name) >= 5 and name[0].isupper()]
    for name, key in zip(names, _translit_keys(names)):
        by_key.setdefault(key, set()).add(name)
    return {k: next(iter(v)) for k, v in by_key.items() if len(v) == 1}, frozenset(english)


@lru_cache(maxsize=None)
def _name_parts():
    """(words that make the name after them part of a proper name, lowercase: Rue de Londres, Air
    Algérie; capitalised words that make the name before them one: the Donbass Arena, with their
    all-capitals and possessive forms)."""
    before, after = set(), set()
    for row in load_tsv("names_name_parts.tsv"):
        word, side = row["word"], row["side"]
        if side in ("before", "both"):
            before.add(word)
        if side in ("after", "both"):
            for form in (word[:1].upper() + word[1:], word.upper()):
                after.update((form, form + "'s", form + "’s"))
    return frozenset(before), frozenset(after)


@lru_cache(maxsize=None)
def _us_uk():
    """word -> (group, variety, counterpart), with the regular inflections of -ize, -yse, -our words."""
    table = {}

    def add(us, uk, group):
        table.setdefault(us, (group, "US", uk))
        table.setdefault(uk, (group, "UK", us))

    for row in load_tsv("us_uk_spellings.tsv"):
        us, uk, group = row["us"], row["uk"], row["group"]
        add(us, uk, us if group == "misc" else group)  # a word of its own is its own convention
        if group in ("ize", "yze"):  # organize: organizes organized organizer(s) organizing organization(s)
            for suffix in ("s", "d", "r", "rs"):
                add(us + suffix, uk + suffix, group)
            add(us[:-1] + "ing", uk[:-1] + "ing", group)
            if group == "ize":
                for suffix in ("ation", "ations"):
                    add(us[:-1] + suffix, uk[:-1] + suffix, group)
        elif group == "our":  # color: colors colored coloring colorful; behavioral; favorite
            for suffix in ("s", "ed", "ing", "ful", "able", "ably", "al", "ite", "ites", "er", "ers"):
                add(us + suffix, uk + suffix, group)
    return table


# ----------------------------------------------------------------------------- tokens

# a capitalised word: letters, with inner apostrophes and hyphens (N'Djamena, Addis-Abeba, Bakhmout's);
# the capital first and the look-behind after it, so that the regex engine scans for the class fast
_CAP_CLASS = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u0391-\u03a9\u0410-\u042f"
_CAP_REST = r"[^\W\d_]*(?:['’\-][^\W\d_]+)*"
_POSSESSIVE = ("'s", "’s")
_SENTENCE_END = ".!?…:\"“”»\n"
_SENTENCE_SKIP = " \t\u00a0(‘'\"“«"  # what _sentence_start looks past


@lru_cache(maxsize=None)
def _cap_re():
    """A capitalised word (captured, for ``split``)."""
    return re.compile(rf"([{_CAP_CLASS}](?<![\w'’\-].){_CAP_REST})", re.S)


# Per-document work shared by check() and collect() (which drops it), else dropped with the document.
_MEMO: dict[int, tuple] = {}


def _memo(doc) -> dict:
    key = id(doc)
    entry = _MEMO.get(key)
    if entry is not None and entry[0]() is doc:
        return entry[1]
    memo: dict = {}
    try:
        ref = weakref.ref(doc, lambda _, key=key: _MEMO.pop(key, None))
    except TypeError:
        return memo
    _MEMO[key] = (ref, memo)
    return memo


def _layout(doc):
    """The segments' texts joined by newlines (no word crosses one, and a newline bounds a word as a
    segment's edge does) and the offset of each segment in it."""
    memo = _memo(doc)
    if "layout" not in memo:
        texts = [seg.text for seg in doc.segments]
        offsets, at = [], 0
        for t in texts:
            offsets.append(at)
            at += len(t) + 1
        memo["layout"] = (texts[0] if len(texts) == 1 else "\n".join(texts), offsets)
    return memo["layout"]


def _cap_tokens(doc):
    """The capitalised words of the segments in text order, their starts in ``_layout``'s text, and
    how often each occurs (in order of first use)."""
    memo = _memo(doc)
    if "cap" not in memo:
        parts = _cap_re().split(_layout(doc)[0])  # text, word, text, word, ..., text
        ends = list(accumulate(map(len, parts)))
        tokens = parts[1::2]
        memo["cap"] = (tokens, ends[0:-1:2], Counter(tokens), parts)
    return memo["cap"]


# lowercase words: the text transcribed to ASCII one byte per character, a-z kept, the other word
# characters and the hyphen turned into `#`, the rest into spaces; a chunk without `#` between spaces
# is then a word `(?<![\w\-])[a-z]+(?![\w\-])` of the text
_LOWER_TABLE = bytes(
    c if 97 <= c <= 122 else 35 if chr(c).isalnum() or chr(c) in "_-" else 32 for c in range(128)
) + b" " * 128


def _non_ascii_words(exc):
    return "".join("0" if c.isalnum() else " " for c in exc.object[exc.start:exc.end]), exc.end


@lru_cache(maxsize=None)
def _ascii_errors() -> str:
    import codecs

    codecs.register_error("tqcheck.names.words", _non_ascii_words)
    return "tqcheck.names.words"


def _lower_list(doc) -> list:
    """The lowercase words of the segments in text order (bytes), with chunks holding `#`, which are
    not words."""
    return _layout(doc)[0].encode("ascii", _ascii_errors()).translate(_LOWER_TABLE).split()


def _lower_words(doc, chunks=None) -> dict:
    """The lowercase words of the segments (bytes keys, in order of first use; a key with `#` is
    not a word)."""
    memo = _memo(doc)
    if "lower" not in memo:
        memo["lower"] = dict.fromkeys(_lower_list(doc) if chunks is None else chunks)
    return memo["lower"]


def _is_lower_word(doc, word: str) -> bool:
    return word.isascii() and word.encode() in _lower_words(doc)


def _bounded(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` with neither a word character nor a hyphen on either side
    (``(?<![\\w\\-])word(?![\\w\\-])``)?"""
    return next(_bounded_starts(text, word), None) is not None


def _bounded_starts(text: str, word: str):
    n, size = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        if i:
            c = text[i - 1]
            if c.isalnum() or c == "_" or c == "-":
                i = text.find(word, i + 1)
                continue
        if i + n < size:
            c = text[i + n]
            if c.isalnum() or c == "_" or c == "-":
                i = text.find(word, i + 1)
                continue
        yield i
        i = text.find(word, i + 1)


def _find_names(doc, wanted):
    """(segment index, start, word) of every capitalised word in ``wanted``, possessive left out,
    in text order."""
    tokens, starts, _, _ = _cap_tokens(doc)
    forms = set(wanted)
    forms.update([w + p for w in wanted for p in _POSSESSIVE])
    _, offsets = _layout(doc)
    out = []
    for s, token in [(s, t) for t, s in zip(tokens, starts) if t in forms]:
        word = _bare(token)
        if word in wanted:
            k = bisect_right(offsets, s) - 1
            out.append((k, s - offsets[k], word))
    return out


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _cap_counts(doc) -> dict:
    """How often each capitalised word (possessive left out) occurs in the document."""
    counts: dict[str, int] = {}
    possessive = _POSSESSIVE
    for token, n in _cap_tokens(doc)[2].items():
        if token[0].isupper():
            word = token[:-2] if token.endswith(possessive) else token
            counts[word] = counts.get(word, 0) + n
    return counts


def _previous_word(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and text[j] in "'’":
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:j]  # d'Ivoire, l'Élysée: the elided article
    k = j + 1
    while j >= 0 and (text[j].isalpha()):
        j -= 1
    return text[j + 1:k]


def _next_name(text: str, j: int):
    """The capitalised word (possessive kept) just after ``text[:j]``, parted from it by one space, or None."""
    if j + 1 < len(text) and text[j] in " \u00a0":
        m = _cap_re().match(text, j + 1)
        if m is not None:
            return m.group()
    return None


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in _SENTENCE_SKIP:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


# ----------------------------------------------------------------------------- glossary


def _glossary(ctx) -> dict:
    """variant -> preferred, from ``config.glossary`` (read and validated by the config loader:
    a family never reads files)."""
    return _glossary_map(tuple(map(tuple, getattr(ctx.config, "glossary", ()) or ())))


@lru_cache(maxsize=8)
def _glossary_map(pairs: tuple) -> dict:
    return {variant: preferred for variant, preferred in pairs if variant != preferred}


@lru_cache(maxsize=8)
def _glossary_regex(items: tuple):
    forms = set()
    for variant, _ in items:
        forms.add(variant)
        forms.add(variant.upper())
        forms.add(variant[:1].upper() + variant[1:])
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])({alternation})(?![\w\-]|['’][^\Ws])")


def _match_case(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1 and not target.isupper():
        return target.upper()
    if source[:1].isupper() and target[:1].islower():
        return target[:1].upper() + target[1:]
    return target


# ----------------------------------------------------------------------------- check


def check(doc, ctx):
    glossary = _glossary(ctx) if ctx.enabled("TQ20") else {}
    preferred = set(glossary.values())
    flagged: dict[tuple[int, int], str] = {}  # document span -> English form, from TQ201/TQ204
    counts = _cap_counts(doc) if ctx.enabled("TQ201") or ctx.enabled("TQ202") else {}
    if glossary and ctx.enabled("TQ204"):
        yield from _glossary_terms(doc, glossary, flagged)
    if ctx.enabled("TQ201"):
        yield from _exonym_problems(doc, counts, glossary, preferred, flagged)
    if ctx.enabled("TQ202"):
        yield from _two_ways(doc, counts, glossary, preferred, flagged)
    if ctx.enabled("TQ203"):
        yield from _mixed_spelling(doc)


def _glossary_terms(doc, glossary, flagged):
    regex = _glossary_regex(tuple(sorted(glossary.items())))
    lower = {k.lower(): v for k, v in glossary.items()}
    for seg in doc.segments:
        for m in regex.finditer(seg.text):
            word = m.group(1)
            target = glossary.get(word) or lower.get(word.lower())
            if word not in glossary and not word.isupper() and not _sentence_start(seg.text, m.start()):
                continue  # a lowercase term capitalised mid-sentence is another word (a name)
            replacement = _match_case(word, target)
            flagged[seg.span(m.start(1), m.end(1))] = target
            yield seg.problem(m.start(1), m.end(1), "TQ204", f"Glossary: use `{target}`, not `{word}`", replacement)


def _exonym_rows(counts):
    """word -> (data row, generated?) for the capitalised words of a document TQ201 may flag."""
    single, multi, acronyms = _exonyms()
    found = {}
    for word in counts:
        if word in multi:
            found[word] = (None, False)  # resolved at the occurrence: the next words must follow
        elif word.isupper():
            if word in acronyms:
                found[word] = (acronyms[word], False)
        elif word in single:
            found[word] = (single[word], False)
        elif len(word) >= 5 and _maybe_french(word):
            targets, english_names = _targets()
            if word in english_names:
                continue
            english = targets.get(translit_key(word))
            if english and english != word and _french_marked(word, english):
                found[word] = ({"english": english, "fix": "unsafe", "kind": "name"}, True)
    return found


def _exonym_problems(doc, counts, glossary, preferred, flagged):
    found = _exonym_rows(counts)
    if not found:
        return
    single, multi, _ = _exonyms()
    segments = doc.segments
    english_forms = set()  # where the English forms TQ201 may name are first used, in one pass
    for word, (row, _) in found.items():
        rows = [row] if row is not None else []
        if word in multi:
            rows += multi[word] + ([single[word]] if word in single else [])
        english_forms.update(r["english"] for r in rows if r["english"] in counts)
    first_use: dict[str, int] = {}
    for k, i, word in _find_names(doc, english_forms):
        first_use.setdefault(word, segments[k].offset(i))
    for k, i, word in _find_names(doc, found):
        seg = segments[k]
        text = seg.text
        j = i + len(word)
        row, generated = found[word]
        if word in multi:
            row = None
            for candidate in multi[word]:
                phrase = candidate["french"]
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
        found_text = text[i:j]
        if found_text in preferred or found_text in glossary or seg.span(i, j) in flagged:
            continue  # the house glossary decides (TQ204)
        name_before, name_after = _name_parts()
        if _previous_word(text, i).lower() in name_before:
            continue  # Rue de Londres, Air Algérie, Université de Montréal
        following = _next_name(text, j)
        if following in name_after:
            continue  # the Donbass Arena: a venue or company keeps its own spelling
        english = row["english"]
        kind = {"acronym": "French acronym", "person": "French spelling of the name",
                "organisation": "French name"}.get(row["kind"], "French name")
        how = " (French transliteration)" if generated else ""
        seen = first_use.get(english)
        where = f"; `{english}` is also used on line {doc.position(seen)[0]}" if seen is not None else ""
        # followed by another capitalised word, it may open a longer proper name (Donbass Energy,
        # Pékin Express) that keeps its own spelling: still flagged, but --fix leaves it to an editor
        in_name = following is not None and row["kind"] != "acronym"
        if in_name:
            where += f"; not fixed by default: `{found_text} {_bare(following)}` may be a name with its own spelling"
        flagged[seg.span(i, j)] = english
        yield seg.problem(
            i, j, "TQ201", f"{kind} `{found_text}`{how}: English writes `{english}`{where}",
            english, applicability="unsafe" if generated or in_name or row["fix"] == "unsafe" else "safe",
        )


# ---------------------------------------------------------------- TQ202 clusters


def _occurrences(doc, wanted):
    """Where each capitalised spelling in ``wanted`` occurs, (start, end, sentence-initial), and the
    capitalised neighbours of each.  Two capitalised words are neighbours when one space-like
    character parts them and the first neither opens a sentence nor is a possessive."""
    return _wanted_occurrences(doc, wanted)


def _wanted_occurrences(doc, wanted):
    """``_occurrences`` for a few spellings: found where they occur, their neighbours read there."""
    occ: dict[str, list] = {}
    neighbours: dict[str, set] = {}
    cap = _cap_re()
    segments = doc.segments
    name_after = _name_parts()[1]
    for k, i, word in _find_names(doc, wanted):
        seg = segments[k]
        text = seg.text
        j = i + len(word)
        if _next_name(text, j) in name_after:
            continue  # the Donbass Arena: a venue's own spelling, not a spelling of the region
        initial = _sentence_start(text, i)
        if i > 1 and text[i - 1].isspace():  # the capitalised word just before, parted by one space
            start = i - 1
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            last = None
            for last in cap.finditer(text, start, i - 1):
                pass
            if last is not None:
                before = _bare(last.group())
                if last.start() + len(before) == i - 1 and not _sentence_start(text, last.start()):
                    neighbours.setdefault(word, set()).add(before)
                    neighbours.setdefault(before, set()).add(word)
        if not initial and j < len(text) and text[j].isspace():  # the one just after
            m = cap.match(text, j + 1)
            if m is not None:
                after = _bare(m.group())
                neighbours.setdefault(after, set()).add(word)
                neighbours.setdefault(word, set()).add(after)
        start, end = seg.span(i, j)
        occ.setdefault(word, []).append((start, end, initial))
    return occ, neighbours


def _common_words(doc, occ):
    """Spellings that only open sentences and are written in lowercase elsewhere: Will, Mark."""
    return _common_among(doc, [w for w, places in occ.items() if all(p[2] for p in places)])


def _common_among(doc, initial_only):
    if len(initial_only) > 20:  # many: against the lowercase words of the segments
        return {w for w in initial_only if _is_lower_word(doc, w.lower())}
    return {w for w in initial_only if _bounded(doc.text, w.lower())}


def _close(a: str, b: str) -> bool:
    """Loose-key matches (Kharkov / Kharkiv) must also be close by rapidfuzz's indel similarity."""
    from rapidfuzz.distance import Indel  # imported only here: a 7 ms import most documents never need

    return Indel.normalized_similarity(a, b) >= 0.7


def _clusters(spellings, neighbours):
    """Groups of spellings of one name: same loose key, close by rapidfuzz, neighbours compatible."""
    by_key: dict[str, list] = {}
    for word in spellings:
        by_key.setdefault(loose_key(word), []).append(word)
    out = []
    for words in by_key.values():
        if len(words) < 2:
            continue
        words.sort(key=lambda w: (-spellings[w], w))
        group = [words[0]]
        for w in words[1:]:
            a, b = strip_accents(w.lower()), strip_accents(group[0].lower())
            if a == b:
                continue  # accents or case only (Chávez / Chavez): not a transliteration, often two sources
            if len(w) < 5 and translit_key(w) == translit_key(group[0]):
                continue  # a short word differing by y/i alone (July / Juli) is too weak a sign
            if translit_key(w) != translit_key(group[0]) and not _close(a, b):
                continue  # one transliteration (Bakhmout / Bakhmut) needs no similarity score
            if not _same_entity(w, group, neighbours):
                continue
            group.append(w)
        if len(group) > 1:
            out.append(group)
    return out


def _same_entity(word, group, neighbours):
    """Two spellings with capitalised neighbours and none in common name two people (Louis Vuitton,
    Luis Suárez); a neighbour that is itself a spelling of the other side counts as common."""
    mine = {loose_key(n) for n in neighbours.get(word, ())}
    if not mine:
        return True
    for other in group:
        theirs = {loose_key(n) for n in neighbours.get(other, ())}
        if not theirs or mine & theirs:
            return True
    return False


def _two_ways(doc, counts, glossary, preferred, flagged):
    counts = {w: n for w, n in counts.items() if len(w) >= 4 and not w.isupper()}
    candidates = _clusters(counts, {})  # cheap first pass: keys and similarity only
    if not candidates:
        return
    wanted = {w for group in candidates for w in group}
    occ, neighbours = _occurrences(doc, wanted)
    for word in _common_words(doc, occ):
        del occ[word]
    counts = {w: len(v) for w, v in occ.items()}
    _, english_names = _targets()
    for group in _clusters(counts, neighbours):
        best = _preferred_spelling(group, counts, preferred, english_names, flagged, occ)
        top = best if best is not None else _minority(group, counts, {w: occ[w][0][0] for w in group})[0]
        listing = "; ".join(
            f"`{w}` ×{counts[w]} (line{'s' if counts[w] > 1 else ''} "
            + ", ".join(str(doc.position(o[0])[0]) for o in occ[w][:3]) + ("…" if counts[w] > 3 else "") + ")"
            for w in group
        )
        advice = f"prefer `{best}`" if best is not None else _NO_PREFERENCE
        for w in group:
            if w == top:
                continue
            for start, end, _ in occ[w]:
                if (start, end) in flagged:
                    continue  # TQ201 or TQ204 already names the English form here
                yield _doc_problem(doc, start, end, "TQ202",
                                   f"`{w}` is one name spelled several ways here: {listing}; {advice}", best, w)


def _preferred_spelling(group, counts, preferred, english_names, flagged, occ):
    for w in group:
        if w in preferred:
            return w
    known = set(flagged.values())
    for w in group:
        if w in known or w in english_names:
            return w
    for w in group:  # the one spelling the others are French transliterations of (Fetisov, Fetissov)
        if all(v == w or _french_marked(v, w) for v in group):
            return w
    first = {w: occ[w][0][0] for w in group}
    best = min(group, key=lambda w: (-counts[w], first[w]))
    return best if _clear_majority(best, group, counts) else None


def _clear_majority(best, group, counts) -> bool:
    """Is ``best`` used so much more than the others that it is the text's spelling?  Three uses at
    least and twice any other: 2 against 1 (Pompei, Pompeii) or a tie is no evidence."""
    return counts[best] >= 3 and all(counts[best] >= 2 * counts[w] for w in group if w != best)


def _minority(group, counts, first):
    """With no preferred spelling, the spellings to report: all but the most used (the first used of
    a tie)."""
    top = min(group, key=lambda w: (-counts[w], first[w]))
    return top, [w for w in group if w != top]


_NO_PREFERENCE = ("no spelling is the known English one or clearly the usual one here: check which is right "
                  "and use it throughout")


def _doc_problem(doc, start, end, code, message, replacement, word):
    """A Problem on document offsets; the fix is kept only when the file holds the very word there
    (and there is a replacement)."""
    from ..findings import Fix, Problem

    fix = Fix(replacement, "unsafe") if replacement is not None and doc.text[start:end] == word else None
    return Problem(start, end, code, message, fix)


# ------------------------------------------------------------------ run-wide TQ202


def collect(doc, ctx):
    """Per document: spelling -> (line of its first use, starts, ends or None when every end is
    start + len(spelling)), and the capitalised
    neighbours of each spelling."""
    try:
        if not ctx.enabled("TQ202"):
            return None
        return _summary(doc)
    finally:
        _MEMO.pop(id(doc), None)  # check() and collect() are done with this document


def _summary(doc):
    """What ``_occurrences`` would give for every spelling of 4 letters or more (not all capitals),
    read from the word list rather than word by word."""
    tokens, starts, token_counts, parts = _cap_tokens(doc)
    joined, offsets = _layout(doc)
    word_of: dict[str, str] = {}
    places: dict[str, list] = {}  # in order of first use
    possessive = _POSSESSIVE
    for token in token_counts:
        word = token[:-2] if token.endswith(possessive) else token
        if len(word) >= 4 and not word.isupper():
            word_of[token] = word
            places[word] = []
    get = word_of.get
    for token, s in zip(tokens, starts):
        word = get(token)
        if word is not None:
            places[word].append(s)
    # the occurrences in a venue or company name (the Donbass Arena) are that name's own spelling
    name_after = _name_parts()[1]
    gaps = parts[2:-1:2]  # gaps[t]: between tokens[t] and tokens[t + 1]
    for t in [t for t, nxt in enumerate(tokens[1:]) if nxt in name_after]:
        word = get(tokens[t])
        if word is not None and (gaps[t] == " " or gaps[t] == "\u00a0"):
            places[word].remove(starts[t])
            if not places[word]:
                del places[word]
    # spellings that only open sentences (``_sentence_start``): the text before the word, what
    # _sentence_start looks past left out, ends the text before or a sentence
    before = parts[0:-1:2]
    stripped = map(str.rstrip, before, repeat(_SENTENCE_SKIP))
    initial = Counter(compress(tokens, map(str.endswith, stripped, repeat(tuple(_SENTENCE_END)))))
    if tokens and not before[0].rstrip(_SENTENCE_SKIP):
        initial[tokens[0]] += 1
    initial_words: dict[str, int] = {}
    for token, n in initial.items():
        word = token[:-2] if token.endswith(possessive) else token
        initial_words[word] = initial_words.get(word, 0) + n
    common = _common_among(doc, [w for w, p in places.items() if initial_words.get(w, 0) == len(p)])
    # neighbours: the text between two capitalised words is one space-like character
    joins = {o - 1 for o in offsets[1:]}
    neighbours: dict[str, set] = {}
    for t in compress(range(len(gaps)), map(str.isspace, gaps)):
        before = tokens[t]
        if len(gaps[t]) != 1 or before.endswith(possessive) or _sentence_start(joined, starts[t]):
            continue
        if joins and starts[t] + len(before) in joins:
            continue  # a segment ends there
        word = _bare(tokens[t + 1])
        neighbours.setdefault(word, set()).add(before)
        neighbours.setdefault(before, set()).add(word)
    segments = doc.segments
    verbatim = len(segments) == 1 and segments[0].mapping is None
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
    return {"occ": occ, "neighbours": {w: sorted(n) for w, n in neighbours.items() if w in occ}}


def check_run(collected, ctx):
    """Clusters whose spellings are in different files; a file that holds two spellings itself was
    reported by ``check``, so only files with one spelling of a cross-file cluster get findings."""
    collected = [(p, s) for p, s in collected if s]
    if len(collected) < 2 or not ctx.enabled("TQ202"):
        return
    from ..findings import Fix, Problem

    glossary = _glossary(ctx)
    preferred = set(glossary.values())
    _, english_names = _targets()
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
    files: dict[str, list] = {}
    neighbours: dict[str, set] = {}
    for path, summary in collected:
        near = summary["neighbours"]
        for w in shared.intersection(summary["occ"]):
            files.setdefault(w, []).append((path, summary["occ"][w]))
            neighbours.setdefault(w, set()).update(near.get(w, ()))
    for group in _clusters(counts, neighbours):
        paths = {p for w in group for p, _ in files[w]}
        if len(paths) < 2:
            continue
        per_file = {p: {w for w in group for q, _ in files[w] if q == p} for p in paths}
        best = None
        for w in group:
            if w in preferred:
                best = w
        if best is None:
            best = next((w for w in group if w in english_names), None)
        if best is None:
            best = next((w for w in group if all(v == w or _french_marked(v, w) for v in group)), None)
        top = best
        if best is None:
            top = min(group, key=lambda w: (-counts[w], order[files[w][0][0]], w))  # most used, then first seen
            best = top if _clear_majority(top, group, counts) else None
        advice = f"prefer `{best}`" if best is not None else _NO_PREFERENCE
        listing = "; ".join(
            f"`{w}` ×{counts[w]} (" + ", ".join(f"{p}:{places[0]}" for p, places in files[w][:3])
            + ("…" if len(files[w]) > 3 else "") + ")"
            for w in group
        )
        for w in group:
            if w == top:
                continue
            for path, (_, begin, end) in files[w]:
                if len(per_file[path]) > 1:
                    continue  # check() reported it within the file
                for start, stop in zip(begin, end or [s + len(w) for s in begin]):
                    problem = Problem(start, stop, "TQ202",
                                      f"`{w}` is one name spelled several ways in these files: {listing}; {advice}",
                                      Fix(best, "unsafe") if best is not None else None)
                    problem.span = w
                    yield path, problem


# ------------------------------------------------------------------------ TQ203

@lru_cache(maxsize=None)
def _us_uk_ascii():
    """The table's words as bytes.  Only an a-z word can equal a chunk of ``_lower_words`` (chunks
    hold a-z and `#` only), so no other needs leaving out but one holding `#`."""
    table = _us_uk()
    if "#" in "".join(table):
        return {w.encode(): w for w in table if "#" not in w}
    return dict(zip(map(str.encode, table), table))


def _mixed_spelling(doc):
    table = _us_uk()
    chunks = None if "lower" in _memo(doc) else _lower_list(doc)
    lower = _lower_words(doc, chunks)
    ascii_words = _us_uk_ascii()
    present = [ascii_words[w] for w in lower if w in ascii_words]  # in order of first use
    varieties: dict[str, set] = {}
    for word in present:
        varieties.setdefault(table[word][0], set()).add(table[word][1])
    mixed = {g for g, v in varieties.items() if len(v) == 2}
    if not mixed:
        return
    joined, offsets = _layout(doc)
    by_group: dict[str, list] = {}  # groups in order of first use, words in order of first use
    for word in present:
        if table[word][0] in mixed:
            by_group.setdefault(table[word][0], []).append(word)
    wanted = {w.encode() for words in by_group.values() for w in words}
    counted = Counter(filter(wanted.__contains__, _lower_list(doc) if chunks is None else chunks))
    for words in by_group.values():
        count = {w: counted[w.encode()] for w in words}
        us = sum(count[w] for w in words if table[w][1] == "US")
        uk = sum(count[w] for w in words if table[w][1] == "UK")
        if us != uk:
            minority, majority = ("US", "UK") if us < uk else ("UK", "US")
        else:
            majority = table[words[0]][1]
            minority = "UK" if majority == "US" else "US"
        others = [w for w in words if table[w][1] != minority]
        example, n_other, n_minority = others[0], (uk if minority == "US" else us), (us if minority == "US" else uk)
        found = sorted((p, w) for w in words if table[w][1] == minority
                       for p in islice(_bounded_starts(joined, w), count[w]))
        for p, word in found:
            k = bisect_right(offsets, p) - 1
            seg, i = doc.segments[k], p - offsets[k]
            _, variety, counterpart = table[word]
            yield seg.problem(
                i, i + len(word), "TQ203",
                f"{variety} spelling `{word}` in a text that mostly spells this kind of word the "
                f"{majority} way (`{example}` ×{n_other} against {n_minority}): `{counterpart}`",
                counterpart, applicability="unsafe",
            )
