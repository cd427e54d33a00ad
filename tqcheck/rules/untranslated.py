"""TQ4xx: French words, fragments and sentences left untranslated in English text.

Cheap cues first, a language identifier last.  Every word of a segment is
classified by set look-ups: a French function word (``selon``, ``dans``,
``les``, ``qu'``; ``french_cues.tsv``), a lowercase word with French accents,
or a lowercase word missing from the English word list (``english_words.txt``,
derived from SCOWL).  Only words and runs of words with such cues reach the
language identifier (lingua, English/French only, loaded lazily on first use):
it confirms a single out-of-vocabulary word is French, and that a run of
French-looking words reads as French.

What English legitimately borrows is never flagged: loanwords and set phrases
(``déjà vu``, ``coup d'état``; ``french_in_english.tsv``, whose content words may
take a plural, ``crêpes``, ``bêtes noires``; and the accented words of the English
word list: ``café``, ``protégé``), proper names (capitalised words, the particles
before them, ``de Gaulle``, and the lowercase words that continue a French name,
``Assemblée nationale``, or a name opened by an article, ``Le Canard enchaîné``), and titles of
works set in italics (Markdown ``*…*``/``_…_``, HTML ``<i>``/``<em>``/``<cite>``)
or quoted with a capital (``“La Vie en rose”``).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import compress, filterfalse

from ..datafiles import DATA_DIR, load_tsv
from . import Rule

RULES = [
    Rule(
        code="TQ401",
        name="untranslated-fragment",
        severity="warning",
        summary="A French phrase left untranslated inside an English sentence",
        what="Flags a run of two or more French words inside an English sentence (`selon les syndicats`, "
        "`“dans les prochains jours”`): French function words (`dans`, `les`, `selon`, `qu'`) or words "
        "missing from the English word list, confirmed as French by a language identifier. Loan phrases "
        "(`coup d'état`, `raison d'être`), proper names (`Le Monde`, `Rue de Rivoli`, `Assemblée "
        "nationale`) and titles in italics are not flagged.",
        why="Machine translation copies what it cannot translate, and a post-editor skimming for sense "
        "misses it; an English reader cannot understand the fragment.",
        before="The strike will continue, selon les syndicats.",
        after="The strike will continue, according to the unions.",
        fix="none: the fragment needs a translator.",
    ),
    Rule(
        code="TQ402",
        name="untranslated-sentence",
        severity="warning",
        summary="A whole French sentence left between English ones",
        what="Flags a sentence of four or more words that is mostly French words and that the language "
        "identifier reads as French, in an English document.",
        why="A sentence the MT system or the translator skipped is lost to the English reader, and often "
        "shows a segmentation or alignment error upstream.",
        before="The minister spoke on Monday. Il a annoncé une réforme des retraites. Unions reacted.",
        after="The minister spoke on Monday. He announced a pension reform. Unions reacted.",
        fix="none: the sentence needs a translator.",
    ),
    Rule(
        code="TQ403",
        name="untranslated-word",
        severity="warning",
        summary="A single French word left untranslated inside an English sentence",
        what="Flags one French word in an English sentence: a French function word (`et`, `qui`, "
        "`également`), a lowercase word with French accents that English has not borrowed (`siècle`, "
        "`travaillé`), or a lowercase word missing from the English word list that the language "
        "identifier reads as French (`comportement`, `mieux`). Loanwords, also in the plural (`café`, "
        "`crêpes`, `déjà vu`, `maître d'`), and names (`Le Canard enchaîné`) are not flagged.",
        why="One untranslated word breaks a sentence for an English reader and is easy to miss in review, "
        "because the rest of the sentence reads well.",
        before="Many rhythms observed in physiology and comportement depend on biological clocks.",
        after="Many rhythms observed in physiology and behaviour depend on biological clocks.",
        fix="none: choosing the English word needs a translator.",
    ),
]

# thresholds on lingua's French confidence (English/French only)
WORD_ALONE = 0.95  # an out-of-vocabulary word flagged on its own
WORD_IN_RUN = 0.6  # an out-of-vocabulary word joining a run that has a function-word cue
RUN = 0.7  # a run of two or more French-looking words
SENTENCE = 0.9  # a whole sentence
MIN_SENTENCE_WORDS = 4

FRENCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ'’-")
ACCENTS = frozenset("àâæçéèêëîïôœùûüÿ")
VOWEL_OR_H = frozenset("aeiouyhàâéèêîïôûœ")

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ELISION = r"(?i)(l|d|qu|n|j|c|s|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](.+)"
# a sentence ends at . ! ? … (then closing quotes) before a space, or at a line break
_SENTENCE_END = r"[.!?…]+[\"”’»)\]]*(?=\s)|\n"


@lru_cache(maxsize=None)
def _regex(pattern: str):
    """Compiled on first use (not at import)."""
    return re.compile(pattern)


_GAP_OK = frozenset(" \t\u00a0\u202f")

# token kinds
ENGLISH, NAME, STRONG, WEAK, FRENCH, MAYBE, OTHER = range(7)
_FRENCHISH = (STRONG, WEAK, FRENCH, MAYBE)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return {row["word"]: (row["kind"], row["english"]) for row in load_tsv("french_cues.tsv")}


@lru_cache(maxsize=1)
def _elisions() -> frozenset:
    return frozenset(w for w, (kind, _) in _cues().items() if kind == "elision")


_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿ’", "aaaaaaceeeeiiiinooooouuuuyy'")


def fold(text: str) -> str:
    """Lowercase without accents, same length (offsets stay valid)."""
    return text.lower().translate(_FOLD)


@lru_cache(maxsize=1)
def _loan_re():
    phrases = sorted({fold(row["phrase"]) for row in load_tsv("french_in_english.tsv")}, key=len, reverse=True)
    cues = {fold(w) for w in _cues()}
    parts = []
    for p in phrases:
        words = re.split(r"[ -]", p)
        parts.append(r",?[ \u00a0-]+".join(_loan_word(w, cues) for w in words))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(parts) + r")(?![\w-])")


def _loan_word(word: str, cues) -> str:
    """A word of a loan phrase as a pattern: a content word may take the plural (`crêpes`, `bêtes
    noires`, `nouveaux riches`, `faits accomplis`); function words (`de`, `la`, `à`) never do."""
    pattern = re.escape(word).replace("'", "['’]")
    if len(word) >= 3 and word[-1].isalpha() and word not in cues:
        pattern += "[sx]?"
    return pattern


@lru_cache(maxsize=1)
def _word_list_text() -> str:
    with open(os.path.join(DATA_DIR, "english_words.txt"), encoding="utf-8") as handle:
        return handle.read()


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    """SCOWL words (``english_words.txt``), inflections folded away (see ``is_english``)."""
    body = "\n".join(part for part in _word_list_text().split("\n\n") if not part.startswith("#"))
    if "#" in body:  # a comment below the header: line by line
        return frozenset(w.strip() for w in body.split("\n") if w.strip() and not w.startswith("#"))
    return frozenset(body.split())


_GROUP = 3  # the word list's groups: words that start with the same three letters


@lru_cache(maxsize=1)
def _word_groups() -> dict:
    """The word list's groups (blank-line separated, sorted), as text by their first three letters."""
    return {group[:_GROUP]: group for group in _word_list_text().split("\n\n") if not group.startswith("#")}


@lru_cache(maxsize=None)
def _word_group(key: str):
    """The English words that start with ``key`` (three letters, or a shorter word)."""
    group = _word_groups().get(key, "").rstrip()
    if not group.startswith(key) or not group[group.rfind("\n") + 1:].startswith(key):
        return english_words() if group else frozenset()  # not grouped as it should be: the whole list
    return frozenset(group.split())


class _WordsByGroup:
    """Membership in the English word list, loading only the groups asked for (a short text needs a
    few of them; a long one loads the whole list, see ``_english_not_cues``)."""

    __slots__ = ()

    def __contains__(self, word: str) -> bool:
        return word in _word_group(word[:_GROUP])


_WORDS_BY_GROUP = _WordsByGroup()


def stems(word: str):
    """Candidate bases of an English inflected form (plural, -ed, -ing)."""
    n = len(word)
    if n > 4 and word.endswith("ies"):
        yield word[:-3] + "y"
    if n > 3 and word.endswith("es"):
        yield word[:-2]
    if n > 3 and word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if n > 4 and word.endswith("ied"):
        yield word[:-3] + "y"
    if n > 4 and word.endswith("ed"):
        yield word[:-2]
        yield word[:-1]
        if word[-3] == word[-4]:
            yield word[:-3]
    if n > 5 and word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
        if word[-4] == word[-5]:
            yield word[:-4]


_PREFIXES = frozenset("anti co counter cyber ex inter multi non post pre pro re self semi sub super ultra un".split())


@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    """Is this lowercase word (or hyphenated compound) English by the shipped word list?"""
    words = english_words() if english_words.cache_info().currsize else _WORDS_BY_GROUP
    if word in words:
        return True
    if word.endswith(("'s", "s'")):
        return is_english(word[:-2])
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(p in _PREFIXES or is_english(p) for p in parts)
    return _inflection_of_english(word, words)


def _inflection_of_english(word: str, words) -> bool:
    """``any(len(s) >= 3 and s in words for s in stems(word))``, unrolled (it runs on every new word)."""
    n = len(word)
    last = word[-1]
    if last == "s":
        if n > 3:
            if n > 4 and word[-2] == "e" and word[:-2] in words:  # -es
                return True
            if word[-2] != "s" and word[:-1] in words:  # -s
                return True
            if n > 4 and word.endswith("ies") and word[:-3] + "y" in words:
                return True
        return False
    if last == "d":
        if n > 4 and word[-2] == "e":  # -ed, -ied
            if word[:-2] in words or word[:-1] in words:
                return True
            if word[-3] == "i" and word[:-3] + "y" in words:
                return True
            if n > 5 and word[-3] == word[-4] and word[:-3] in words:
                return True
        return False
    if last == "g" and n > 5 and word.endswith("ing"):
        base = word[:-3]
        if base in words or base + "e" in words:
            return True
        return n > 6 and word[-4] == word[-5] and word[:-4] in words
    return False


_detector = None


def _lingua():
    """English/French lingua detector, built on first use (its models load lazily)."""
    global _detector
    if _detector is None:
        from lingua import Language, LanguageDetectorBuilder

        _detector = (LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build(), Language.FRENCH)
    return _detector


@lru_cache(maxsize=65536)
def french_confidence(text: str) -> float:
    """lingua's confidence (0–1) that ``text`` is French rather than English."""
    detector, french = _lingua()
    return detector.compute_language_confidence(text, french)


# ------------------------------------------------------------------ classify


class Token:
    __slots__ = ("start", "end", "text", "kind", "initial", "gloss", "elided")

    def __init__(self, start, end, text, initial):
        self.start, self.end, self.text, self.initial = start, end, text, initial
        self.kind = ENGLISH
        self.gloss = None
        self.elided = False


@lru_cache(maxsize=1 << 17)
def _kind(text: str, initial: bool) -> tuple:
    """(kind, gloss, elided) of a word; ``initial``: first word of its sentence."""
    lower = text.lower().replace("’", "'")
    capital = text[0].isupper()
    cue = _cues().get(lower)
    if cue is not None and cue[0] != "elision":
        if capital and not initial:
            return NAME, None, False  # Les Misérables, Elle, Il Divo
        return (STRONG if cue[0] == "strong" else WEAK), cue[1], False
    m = _regex(_ELISION).fullmatch(text)
    if m and m.group(1).lower() in _elisions() and m.group(2)[0].lower() in VOWEL_OR_H:
        if m.group(2)[0].isupper() or (capital and not initial):
            return NAME, None, False  # d'Estaing, L'Oréal, Côte d'Ivoire
        return STRONG, _cues()[m.group(1).lower()][1], True
    if capital:
        return NAME, None, False
    if not set(lower) <= FRENCH_LETTERS:
        return OTHER, None, False  # Czech, Spanish, Greek…: not French
    if is_english(lower):
        return ENGLISH, None, False
    if len(lower) < 3 and not (ACCENTS & set(lower)):
        return OTHER, None, False
    return (FRENCH if ACCENTS & set(lower) else MAYBE), None, False


def _sentences(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each sentence of ``text[start:end]``."""
    end = len(text) if end is None else end
    for m in _regex(_SENTENCE_END).finditer(text, start, end):
        stop = m.end()
        if text[start:stop].strip():
            yield start, stop
        start = stop
    if text[start:end].strip():
        yield start, end


def _loan_spans(text: str, s: int, e: int):
    """(start, end) of the loan phrases in ``text[s:e]``."""
    folded = fold(text[s:e])
    return [(s + m.start(), s + m.end()) for m in _loan_re().finditer(folded)]


# -------------------------------------------------------------------- detect


def check(doc, ctx):
    if not ctx.enabled("TQ4"):
        return
    for seg in doc.segments:
        for i, j, code, message in find(seg.text):
            if _exempt(doc, seg, i, j, code):
                continue
            if ctx.enabled(code):
                yield seg.problem(i, j, code, message)


def find(text: str):
    """Yield (start, end, code, message) for the French left in ``text``."""
    chunks = text.split()  # whitespace-separated chunks: a word with its punctuation
    new = set(filterfalse(_KNOWN_CHUNKS.__contains__, chunks))
    if new:
        _learn_chunks(new)
    found = list(compress(chunks, map(_SEED_CHUNKS.__contains__, chunks)))
    if not found:  # the hot path: set look-ups only
        return
    seeds = _SEED_WORDS
    for line_start, line_end in _lines_with(text, found):
        for s, e in _sentences(text, line_start, line_end):  # a sentence never crosses a line
            if not seeds.isdisjoint(_TOKEN_RE.findall(text, s, e)):
                yield from _analyse(text, s, e)


def _lines_with(text: str, found) -> list:
    """(start, end) of the lines of ``text`` that hold the chunks ``found``, given in text order."""
    lines = []
    n = len(text)
    pos = 0
    for chunk in found:
        i = text.find(chunk, pos)
        # the first occurrence after the previous one that stands alone is this one (another would be
        # a chunk of ``found`` in between); occurrences inside longer chunks are skipped
        while i > 0 and not text[i - 1].isspace() or 0 <= i + len(chunk) < n and not text[i + len(chunk)].isspace():
            i = text.find(chunk, i + 1)
        if i < 0:
            break  # cannot happen: ``found`` comes from ``text``
        pos = i + len(chunk)
        if lines and i < lines[-1][1]:
            continue  # same line as the previous one
        end = text.find("\n", pos)
        lines.append((text.rfind("\n", 0, i) + 1, n if end < 0 else end))
    return lines


# whitespace-separated chunks and words already sorted: all of them, and those with a seed (a word that
# could start a finding)
_KNOWN_CHUNKS, _SEED_CHUNKS, _SEED_WORDS, _PLAIN_WORDS = set(), set(), set(), set()
_MAX_KNOWN = 1 << 20


def _learn_chunks(new: set) -> None:
    """Sort new chunks (and their new words) into seeds and plain ones."""
    if len(_KNOWN_CHUNKS) > _MAX_KNOWN:
        _KNOWN_CHUNKS.clear()
        _SEED_CHUNKS.clear()
    if len(_PLAIN_WORDS) > _MAX_KNOWN:
        _PLAIN_WORDS.clear()
    joined = " ".join(new)
    words = set(_TOKEN_RE.findall(joined))  # a word never crosses a space
    unknown = words.difference(_SEED_WORDS, _PLAIN_WORDS)
    if unknown:
        _learn_words(unknown)
    present = words.intersection(_SEED_WORDS)
    _KNOWN_CHUNKS.update(new)
    if not present:
        return
    # the chunks holding a seed word: found with str.find in the joined chunks, then checked
    candidates = set()
    n = len(joined)
    for word in present:
        i = joined.find(word)
        while i >= 0:
            start = joined.rfind(" ", 0, i) + 1
            end = joined.find(" ", i)
            end = n if end < 0 else end
            candidates.add(joined[start:end])
            i = joined.find(word, end)
    seeds = {c for c in candidates if not _SEED_WORDS.isdisjoint(_TOKEN_RE.findall(c))}
    _SEED_CHUNKS.update(seeds)


def _learn_words(unknown: set) -> None:
    # a lowercase English word that is not a French cue never starts a finding: sorted out by set
    # difference, without a call per word
    rest = unknown.difference(_english_not_cues()) if len(unknown) > 200 else unknown
    _PLAIN_WORDS.update(unknown.difference(rest))
    for word in rest:
        (_SEED_WORDS if _is_seed(word) else _PLAIN_WORDS).add(word)


@lru_cache(maxsize=1)
def _english_not_cues() -> frozenset:
    return english_words().difference(_cues())


def _analyse(text, s, e):
    tokens = []
    for m in _TOKEN_RE.finditer(text, s, e):
        tok = Token(m.start(), m.end(), m.group(), not tokens)
        tok.kind, tok.gloss, tok.elided = _kind(tok.text, tok.initial)
        tokens.append(tok)
    for a, b in _loan_spans(text, s, e):
        for tok in tokens:
            if a <= tok.start and tok.end <= b:
                tok.kind = ENGLISH
    yield from _find_in_sentence(text, s, e, tokens)


def _is_seed(word: str) -> bool:
    """Could this word start a finding: a strong cue, an elision, a French-looking lowercase word?"""
    if "'" not in word and "’" not in word:  # what _kind(word, True) does, without an elision
        lower = word.lower()
        cue = _cues().get(lower)
        if cue is not None and cue[0] != "elision":
            return cue[0] == "strong"
        if word[0].isupper():
            return False  # a name
        if not FRENCH_LETTERS.issuperset(lower) or is_english(lower):
            return False
        if ACCENTS.isdisjoint(lower):
            if len(lower) < 3 or _loan_re().fullmatch(lower):
                return False  # a listed loanword (`banlieues`) needs no identifier
            return french_confidence(lower) >= WORD_ALONE
        return True
    kind = _kind(word, True)[0]
    if kind == STRONG:
        return True
    if kind in (FRENCH, MAYBE) and not word[0].isupper():
        return kind == FRENCH or french_confidence(word.lower()) >= WORD_ALONE
    return False


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two tokens (no punctuation, quote or line break)."""
    return b.start - a.end <= 3 and all(ch in _GAP_OK for ch in text[a.end:b.start])


def _find_in_sentence(text, s, e, tokens):
    n = len(tokens)
    # names: a particle before a capitalised word (de Gaulle, du Pont, la Repubblica)
    for k in range(n - 1):
        if tokens[k].kind in (WEAK, STRONG) and tokens[k + 1].kind == NAME and not tokens[k + 1].initial \
                and _adjacent(text, tokens[k], tokens[k + 1]):
            tokens[k].kind = NAME
    # names: lowercase words continuing a French-looking capitalised one (Assemblée nationale,
    # Cour de cassation, Légion d'honneur) or a name opened by a French article (Le Canard enchaîné,
    # La Vie en rose: French capitalises only the first words of a title)
    for k in range(1, n):
        prev = tokens[k - 1]
        if prev.kind == NAME and (_french_looking_name(prev) or _article_name(text, tokens, k - 1)) \
                and _adjacent(text, prev, tokens[k]):
            j = k
            while j < n and (tokens[j].kind in (WEAK, FRENCH, MAYBE)
                             or tokens[j].elided and _french_looking_name(prev, strict=True)) \
                    and _adjacent(text, tokens[j - 1], tokens[j]):
                tokens[j].kind = NAME
                j += 1
    # names: function words between two names (Arts et des Lettres, Rouge et le Noir)
    for k in range(1, n - 1):
        if tokens[k].kind in (STRONG, WEAK) and tokens[k - 1].kind == NAME and tokens[k + 1].kind == NAME \
                and _adjacent(text, tokens[k - 1], tokens[k]) and _adjacent(text, tokens[k], tokens[k + 1]):
            tokens[k].kind = NAME
    # confirm out-of-vocabulary words with the identifier
    for tok in tokens:
        if tok.kind == MAYBE:
            conf = french_confidence(tok.text.lower())
            tok.kind = FRENCH if conf >= WORD_ALONE else (MAYBE if conf >= WORD_IN_RUN else ENGLISH)
    words = [t for t in tokens if t.kind not in (NAME, OTHER)]
    frenchish = [t for t in words if t.kind in (STRONG, FRENCH) or t.kind in (WEAK, MAYBE)]
    strong = [t for t in words if t.kind in (STRONG, FRENCH)]
    if not strong:
        return
    # a whole French sentence
    if len(words) >= MIN_SENTENCE_WORDS and len(frenchish) >= 0.6 * len(words) and len(strong) >= 2:
        a, b = tokens[0].start, tokens[-1].end
        b = _sentence_end(text, b, e)
        if french_confidence(text[a:b]) >= SENTENCE:
            yield a, b, "TQ402", "Untranslated French sentence"
            return
    # runs of adjacent French-looking words
    k = 0
    while k < n:
        if tokens[k].kind not in _FRENCHISH:
            k += 1
            continue
        j = k + 1
        while j < n and tokens[j].kind in _FRENCHISH and _adjacent(text, tokens[j - 1], tokens[j]):
            j += 1
        yield from _run(text, tokens[k:j])
        k = j


_DETERMINERS = frozenset("au aux ce ces cet cette de des du la le les leur leurs sa ses son un une".split())


def _opens_noun_phrase(run, i) -> bool:
    """``la`` in ``la première fois``, ``pour`` in ``pour la première``: a French determiner before a
    French word, or a word before such a determiner, is French even when English has the word."""
    if i + 1 >= len(run):
        return False
    word, nxt = run[i].text.lower(), run[i + 1]
    if word in _DETERMINERS and nxt.kind in (STRONG, FRENCH, MAYBE) and nxt.text.lower() not in _DETERMINERS:
        return True
    return nxt.text.lower() in _DETERMINERS and _opens_noun_phrase(run, i + 1)


_ARTICLES = frozenset(("le", "la", "les"))


def _article_name(text, tokens, k) -> bool:
    """Does the name ending at ``tokens[k]`` start with a French article before a capitalised word
    (`Le Canard`, `La Vie`; not `Marine Le Pen`, whose name starts with `Marine`)?"""
    j = k
    while j > 0 and tokens[j - 1].kind == NAME and _adjacent(text, tokens[j - 1], tokens[j]):
        j -= 1
    return j < k and tokens[j].text.lower() in _ARTICLES and tokens[j + 1].text[0].isupper()


def _sentence_end(text, b, e):
    """Extend a sentence span over its final punctuation (not closing quotes)."""
    while b < e and text[b] in ".!?…":
        b += 1
    return b


def _french_looking_name(tok: Token, strict: bool = False) -> bool:
    """Assemblée, Cour, Conseil, Le: a capitalised word that can start a French name.  ``strict``
    (before an elision, `Légion d'honneur`): the identifier must lean French (not `Kolkata s'imposant`)."""
    lower = tok.text.lower()
    if ACCENTS & set(lower) or lower in _cues():
        return True
    if "'" in lower or "’" in lower:
        return True
    if not set(lower) <= FRENCH_LETTERS or is_english(lower):
        return False
    return not strict or french_confidence(lower) >= WORD_IN_RUN


def _run(text, run):
    # weak edges that are English words (car, pour, plus, son) are English here
    while run and run[0].kind in (WEAK, MAYBE) and (run[0].kind == MAYBE or is_english(run[0].text.lower())) \
            and not _opens_noun_phrase(run, 0):
        run = run[1:]
    while run and run[-1].kind in (WEAK,) and is_english(run[-1].text.lower()):
        run = run[:-1]
    if not run:
        return
    a, b = run[0].start, run[-1].end
    if not any(t.kind in (STRONG, FRENCH) for t in run):
        # `En outre`: a French function word and a word the identifier leans French on, together French
        if not (len(run) >= 2 and any(t.kind == MAYBE for t in run) and any(t.kind == WEAK for t in run)
                and french_confidence(text[a:b]) >= SENTENCE):
            return
    if len(run) == 1:
        tok = run[0]
        what = f"`{tok.text}`" + (f" ({tok.gloss})" if tok.gloss else "")
        yield a, b, "TQ403", f"Untranslated French word {what}"
        return
    if french_confidence(text[a:b]) < RUN:
        return
    glosses = [f"`{t.text}`: {t.gloss}" for t in run if t.gloss and t.kind == STRONG][:2]
    extra = f" ({'; '.join(glosses)})" if glosses else ""
    yield a, b, "TQ401", f"Untranslated French fragment `{text[a:b]}`{extra}"


# ------------------------------------------------------------- exemptions

_ITALIC_HTML = r"(?i)<(i|em|cite)\b[^>]*>"


def _exempt(doc, seg, i, j, code) -> bool:
    """A title of a work or a name: in italics (Markdown or HTML), quoted or in parentheses with a
    capital; a single word quoted on its own, or French alone in brackets (a term mentioned, not used)."""
    start, end = seg.span(i, j)
    text = doc.text
    if doc.format == "markdown" and _in_markdown_emphasis(text, start, end):
        return True
    if doc.format == "html" and _in_html_italics(text, start, end):
        return True
    span = seg.text[i:j]
    for opens, closes in (("([", ")]"),):
        if _enclosing(seg.text, i, j, opens, closes) == span:
            return True  # big-box stores [magasins-boîtes]: the French original given on purpose
    inner = _enclosing(seg.text, i, j, _OPEN_QUOTES, _CLOSE_QUOTES) or _enclosing(seg.text, i, j, "(", ")")
    if inner is None:
        return False
    if code == "TQ403" and inner == span:
        return True  # “savoir-être”: the author quotes the French term on purpose
    return inner[0].isupper() and inner[-1] not in ".!?…,;:" and len(inner.split()) <= 8


def _in_markdown_emphasis(text, start, end) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for mark in ("*", "_"):
        left = text.rfind(mark, line_start, start)
        right = text.find(mark, end, line_end)
        if left < 0 or right < 0:
            continue
        opener_ok = left + 1 < len(text) and not text[left + 1].isspace()
        closer_ok = right > 0 and not text[right - 1].isspace()
        # the mark before is an opener (an even number of marks before it on the line) and none between
        if opener_ok and closer_ok and text.count(mark, line_start, left) % 2 == 0 \
                and text.count(mark, left + 1, right) == 0:
            if mark == "_" and (left > 0 and text[left - 1].isalnum() or right + 1 < len(text) and text[right + 1].isalnum()):
                continue  # snake_case, not emphasis
            return True
    return False


def _in_html_italics(text, start, end) -> bool:
    window = text[max(0, start - 400):start]
    for m in _regex(_ITALIC_HTML).finditer(window):
        tag = m.group(1).lower()
        if f"</{tag}" not in window[m.end():].lower() and f"</{tag}" in text[end:end + 400].lower():
            return True
    return False


_OPEN_QUOTES = "“\"«‘"
_CLOSE_QUOTES = "”\"»’"


def _enclosing(text, i, j, opens, closes):
    """The stripped text between the quotes (or brackets) around ``text[i:j]`` on its line, or None."""
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", j)
    line_end = len(text) if line_end < 0 else line_end
    left = max(text.rfind(q, line_start, i) for q in opens)
    if left < 0:
        return None
    rights = [r for r in (text.find(q, j, line_end) for q in closes) if r >= 0]
    if not rights:
        return None
    right = min(rights)
    inner = text[left + 1:right]
    if any(q in inner for q in opens + closes):
        return None
    return inner.strip() or None
