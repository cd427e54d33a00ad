"""TQ3xx: French calques and false friends in English text.

Three detectors, all driven by data files under ``tqcheck/data/``:

``reporting_calques.tsv`` (TQ301)
    verbs that French news style uses to report speech (*assurer*, *souligner*,
    *estimer*…) and that MT renders with their English look-alikes.  The word is
    never flagged alone: only in a context where it reports speech the French way
    (after a quotation with the subject after the verb, with no object before a
    colon or an aside, before a ``that`` clause with no person as object…).
    ``He assured investors that…`` and ``they welcomed the news`` stay quiet.
``false_friends.tsv`` (TQ302) and ``french_structures.tsv`` (TQ303)
    a regular expression per entry whose context makes the French sense certain
    (``sensible neighbourhoods``, ``since several days``); the flagged span is the
    group ``w`` (or ``w2``, ``w3``).  A suggestion may be a template filled from the match
    (``it is her who`` -> ``she is the one who``; see ``_Fields``).

Regular expressions are compiled lazily from the data, an entry's only when one of its
keywords is found, and run only in short windows around a keyword that starts a word
(each entry names its keywords; the reporting verbs are their own), so the cost grows
with the number of candidates, not with the size of the text times the number of
patterns.  A short segment is searched keyword by keyword with ``str.find``; a long one
(a plain-text file without blank lines is one segment) in one regex pass for all the
keywords.  An entry that runs many windows first checks each window for the literal
strings its pattern cannot match without (read from the parsed pattern).
Fixes are unsafe: they are suggestions an editor accepts or not.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..datafiles import load_tsv
from . import Rule

RULES = [
    Rule(
        code="TQ301",
        name="reporting-verb-calque",
        severity="warning",
        summary="A reporting verb used the way French news reports speech (assured, underlined, estimated…)",
        what="Flags verbs such as `assured` (*assurer*), `underlined` (*souligner*), `estimated` (*estimer*), "
        "`hammered` (*marteler*), `specified` (*préciser*), `welcomed` (*se féliciter*) and `affirmed` "
        "(*affirmer*) where they report speech as French does: after a quotation with the subject after "
        "the verb (`”, estimated the governor`), with no object before a colon or an aside "
        "(`Zelensky assured, in an interview, that…`), or before a `that` clause with no person as "
        "object (`assured that the reform…`). The same verbs in their English sense are not flagged: "
        "`He assured investors that…`, `They welcomed the news`, `It is estimated that…`, and `recalled` or "
        "`remembered` after a quotation that tells of the past (`“It was freezing that winter,” recalled his "
        "sister`). The verbs, their "
        "French sources, suggestions and contexts are in `reporting_calques.tsv`.",
        why="An English reader takes `assured` as a promise to someone, `estimated` as a calculation and "
        "`underlined` as a pen stroke; news English reports speech with said, stressed, insisted, added. "
        "The verb-before-subject inversion after a quote is French word order. Together they are the "
        "clearest sign of an unedited machine translation of French news.",
        before="“We will not give up”, underlined the Secretary General.\nZelensky assured, in an interview, "
        "that the front would hold.",
        after="“We will not give up,” the Secretary General stressed.\nZelensky insisted, in an interview, "
        "that the front would hold.",
        fix="unsafe: the verb is replaced by the first suggestion in the same tense (`underlined` becomes "
        "`stressed`); word order and nuance are left to an editor.",
    ),
    Rule(
        code="TQ302",
        name="false-friend",
        severity="info",
        summary="An English word used in the sense of its French look-alike (sensible, formation, actually…)",
        what="Flags words that MT or a French writer uses in their French sense, where the context makes "
        "that sense clear: `sensible neighbourhoods` (*sensible*: sensitive), `a formation centre` "
        "(*formation*: training), `a manifestation against the reform` (*manifestation*: demonstration), "
        "`were interpellated by the police` (*interpellé*: detained), `assisted at the ceremony` "
        "(*assister à*: attended), `sold in all good libraries` (*librairie*: bookshop), `actually under "
        "construction` (*actuellement*: currently), `the manifestation gathered 50,000 people`, `a formation in "
        "accounting`. The patterns, with the context that makes each a "
        "calque, are in `false_friends.tsv`.",
        why="A false friend reads as fluent English with the wrong meaning: `sensible data` is reasonable "
        "data, not sensitive data, and the reader is misled without noticing. Most entries are info "
        "because the English sense is possible; an entry is a warning when the context leaves no doubt.",
        before="The police patrol sensible neighbourhoods.\nTwo men were interpellated by the police.",
        after="The police patrol sensitive neighbourhoods.\nTwo men were detained by the police.",
        fix="unsafe: the word is replaced by the first suggestion; the message lists the others.",
    ),
    Rule(
        code="TQ303",
        name="french-structure",
        severity="info",
        summary="A French construction rendered word for word (since several days, in the next days…)",
        what="Flags French syntax carried into English: `since several days` (*depuis* + a length of time: for "
        "several days; not the causal `since several years have passed`), `in the next days` (*dans les prochains "
        "jours*), `it is him who` (*c'est lui qui*), `the 14 July` (*le 14 juillet*: 14 July; `the 14th of July` "
        "is English and not flagged), `the 3 first` (*les 3 premiers*), `a hundred of people` (*une centaine "
        "de*), `he is arrived` (*il est arrivé*), `”, has he declared` and `”, has declared the minister` "
        "(*a-t-il déclaré*, *a déclaré le ministre*), `in the framework of` (*dans le cadre de*), `at the level "
        "of` (*au niveau de*), `I am agree`, `in a first time`, `aged of 45`. The patterns are in "
        "`french_structures.tsv`.",
        why="Each construction is understandable but marks the text as translated, and some change the "
        "meaning: `since two years` reads as a date that is missing, `there is three years` as an "
        "existence claim, `has he declared` as a question.",
        before="The strike has lasted since several days.\nA decision is expected in the next days.",
        after="The strike has lasted for several days.\nA decision is expected in the coming days.",
        fix="unsafe: where one wording fits every case (since → for) or the suggestion is built from the words "
        "found (`it is her who` → `she is the one who`, `is arrived` → `has arrived`, `the 3 first` → `first 3`), "
        "it replaces the flagged words; otherwise the message gives the English construction and no fix is offered.",
    ),
]

# ----------------------------------------------------------------- reporting verbs (TQ301)

# a closing quotation mark: curly or guillemet always; a straight quote after a non-space
# character, or before a comma or a lowercase word (``system " moderates Blouet``); a single
# quote after a word or punctuation, before a comma or a lowercase word (``Quebec' deplores``)
_CLOSING_QUOTE = r"""(?:[”»]|(?<=\S)"|"(?=[ \t]*,|[ \t]+[a-z])|(?<=[\w.,!?])[’'](?=[ \t]*,|[ \t]+[a-z]))"""
# the subject after an inverted verb: a determiner or a capitalised name, not a superlative
# (``"Casablanca", considered the greatest film``) nor ``one of``
_INVERTED_SUBJECT = (
    r"(?!(?:the|a|an)\s+(?:most|least|best|worst|first|last|only|\w+est)\b)(?!one\s+of\b)"
    r"(?:the|a|an|his|her|their|its|our|this|that|one|[A-Z][\w'’.-]*|(?:he|she|it|they)(?=[ \t]*[.,;!?])"
    r"|[a-z]+(?=[ \t]+[A-Z][a-z]))\b"  # or a title before a name: ``deplores spokesperson André Beaulieu``
)
# the subject before the verb in a clause after a quote: a pronoun, a name, or ``the minister``
_CLAUSE_SUBJECT = r"(?:he|she|they|we|I|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)"
# what may follow a reporting verb that ends its clause
_CLAUSE_END = (
    r"(?=\s*[.,;:!?…]|\s*$|\s+(?:on|in|at|during|yesterday|today|last|this|before|after|while|when|"
    r"adding|again|once|too|also|then|by|with|[A-Z][a-z]+day)\b)"
)
# an aside after the verb and a comma: ``assured, in an interview,`` / ``assured, on Monday, that``
_ASIDE = (
    r"(?:in|on|at|during|before|after|last|this|from|speaking|according|yesterday|today|tonight|again|"
    r"once\s+again|notably|however|moreover|also|[A-Z][a-z]+day)\b[^,.;:!?\"“”«»\n]{0,60}(?:,|\s+that\b)"
)
# words that make a following participle passive or adjectival: ``was assured that``, ``rest assured``
_NOT_A_SUBJECT = frozenset(
    "am is are was were be been being 's ’s as than rest feel feels felt seem seems seemed remain remains "
    "remained get gets got getting become becomes became now previously originally initially first well "
    "widely commonly generally officially roughly conservatively once already not never".split()
)
_CONTEXT_NOTES = {
    "inverted": "a French reporting clause after a quotation",
    "quote-clause": "reporting a quotation the French way",
    "bare": "with no object, as French reports speech",
    "that": "before a that-clause with no person as object",
    "infinitive": "followed by an infinitive, as in French",
}


def _alternatives(cell: str) -> list[str]:
    """The values of a data cell written ``a|b|c``."""
    return [value.strip() for value in cell.split("|") if value.strip()]


class _Verb:
    __slots__ = ("lemma", "french", "suggestions", "severity", "why", "unless")

    def __init__(self, row):
        self.lemma = row["verb"]
        self.french = row["french"]
        self.suggestions = _alternatives(row["suggestions"])
        self.severity = row["severity"] or None
        self.why = row["why"]
        self.unless = row.get("unless") or ""


# a past-tense verb: the quotation before ``recalled his sister`` tells of the past (a memory), where
# recall and remember mean what they say.  A regular past not after an auxiliary (``is closed``,
# ``has decided`` are not memories), or an irregular one.
_PAST = (
    r"\b(?:was|were|had|did|used\s+to|felt|thought|knew|saw|came|went|got|took|made|began|became|found|met|"
    r"wore|wrote|gave|kept|brought|heard|held|spent|grew|sat|stood|ran|lost|left|told|said)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bhas )(?<!\bhave )(?<!['’]s )"
    r"(?<!['’]ve )(?<!['’]re )\b[a-z]{2,}ed\b"
)


@lru_cache(maxsize=None)
def _past_re():
    return re.compile(_PAST, re.I)
_OPENING = {"”": "“", "»": "«"}


def _quotation_before(text, q):
    """The quoted words that the closing quote at ``text[q]`` ends (at most 400 characters back)."""
    start = max(0, q - 400)
    line = text.rfind("\n", start, q)
    start = max(start, line + 1)
    close = text[q]
    opening = _OPENING.get(close)
    if opening is None:  # a straight or single quote opens with the same character (or ‘)
        opening = "‘" if close == "’" else close
    k = max(text.rfind(opening, start, q), text.rfind("“", start, q) if close == '"' else -1)
    return text[k + 1 if k >= 0 else start:q]


@lru_cache(maxsize=None)
def _reporting():
    """(form -> (verb, tense), keywords, {context: compiled regex}) from ``reporting_calques.tsv``."""
    forms: dict[str, tuple[_Verb, str]] = {}
    by_context: dict[str, list[str]] = {}
    for row in load_tsv("reporting_calques.tsv"):
        verb = _Verb(row)
        present, _, past = row["forms"].partition("|")
        mine = [(f, tense) for f, tense in ((present, "present"), (past, "past")) if f]
        for form, tense in mine:
            forms[form] = (verb, tense)
        for context in row["contexts"].split(","):
            by_context.setdefault(context.strip(), []).extend(f for f, _ in mine)

    def alternation(context):
        words = sorted(set(by_context.get(context, ())), key=len, reverse=True)
        return "|".join(map(re.escape, words)) or "(?!)"

    q = _CLOSING_QUOTE
    patterns = [
        ("inverted", rf"{q}[ \t]*,?[ \t]*(?P<v>{alternation('inverted')})[ \t]+{_INVERTED_SUBJECT}"),
        ("quote-clause", rf"{q}[ \t]*,?[ \t]*{_CLAUSE_SUBJECT}[ \t]+(?P<v>{alternation('quote-clause')}){_CLAUSE_END}"),
        ("bare", rf"\b(?P<v>{alternation('bare')})(?:[ \t]*:|[ \t]*,[ \t]+{_ASIDE})"),
        ("that", rf"\b(?P<v>{alternation('that')})[ \t]+that[ \t]+(?=(?:the|a|an|he|she|they|it|we|I|you|there|"
                 rf"this|these|those|his|her|their|its|our|my|no|all|some|every|each|nothing|none|not|[A-Z]|\d)\b)"),
        ("infinitive", rf"\b(?:he|she|who|they|we|I|[A-Z][\w'’-]+)[ \t]+(?P<v>{alternation('infinitive')})"
                       rf"[ \t]+to[ \t]+(?:have|be|being)\b"),
    ]
    # keywords: the stem each verb's forms share (``assure`` finds assures and assured)
    stems = {os.path.commonprefix([f for f, (v, _) in forms.items() if v.lemma == lemma])
             for lemma in {v.lemma for v, _ in forms.values()}}
    return forms, tuple(sorted(stems)), _LazyPatterns(patterns)


class _LazyPatterns(dict):
    """{context: compiled regex}, each compiled the first time a candidate needs it."""

    def __init__(self, sources):
        super().__init__()
        self._sources = dict(sources)

    def __missing__(self, name):
        regex = self[name] = re.compile(self._sources[name])
        return regex


# a match is looked for only around a keyword found by plain search: this far before and after it
_BEFORE, _AFTER = 60, 100
# below this length, a segment is searched keyword by keyword with ``str.find``; above it, one pass of
# ``_keyword_scan`` finds every keyword at once (compiling it costs more than a short text's finds)
_SHORT = 20_000
# characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not lower to it:
# where one occurs, the literal prefilter of the patterns is not trusted (see ``_Pattern.needles``)
_FOLD_GUARD = "\u0130\u0131\u017f"  # İ ı ſ
# windows an entry runs before its needles are read (``_Pattern.needles``)
_NEEDLES_AFTER = 100


def _all_keywords():
    """Every keyword of the family: the reporting verbs' stems and the entries' keywords."""
    words = set(_reporting()[1])
    for name in ("false_friends.tsv", "french_structures.tsv"):
        for entry in _patterns(name):
            words.update(entry.keywords)
    return words


def _trie(words):
    """A regular expression matching exactly ``words`` (plain text), factored by common prefixes."""
    groups = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    optional = "" in groups
    groups.pop("", None)
    branches = [re.escape(first) + _trie(rests) for first, rests in sorted(groups.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


@lru_cache(maxsize=None)
def _keyword_scan():
    """(regexes finding the character before a keyword that starts a word, keywords by first two letters).

    Keywords are searched only where a word starts: every pattern's keyword starts a word and the
    reporting verbs are taken only there.  A space, by far the most common such character, is a literal
    the regex engine finds fast; any other character before a word is found by the second regex.
    """
    words = _all_keywords()
    ahead = f"(?={_trie(words)})"
    regexes = (re.compile(" " + ahead), re.compile(r"[^ 0-9a-z](?<=[\W_])" + ahead))
    by_start = {}
    for word in words:
        by_start.setdefault(word[:2], set()).add(word)
    # (keywords, their lengths): a hit is looked up by slices, one per length, not keyword by keyword
    return regexes, {start: (bucket, sorted({len(w) for w in bucket})) for start, bucket in by_start.items()}


def _first_occurrences(found, length):
    """Occurrences of one keyword that do not overlap an earlier one, as ``str.find`` from its end gives them."""
    out, end = [], -1
    for k in found:
        if k >= end:
            out.append((k, length))
            end = k + length
    return out


class _Text:
    """A segment's text, lowercased once, with the places where each keyword starts a word."""

    __slots__ = ("text", "low", "_found", "_scanned", "_guard")

    def __init__(self, text):
        self.text = text
        low = text.lower()
        # lower() may lengthen a character (İ): keep offsets aligned with the text
        self.low = low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self._found = {}
        self._scanned = False
        self._guard = None

    def positions(self, keywords):
        """Where each keyword starts a word: (offset, length) pairs, keyword by keyword, in text order."""
        out = []
        for keyword in keywords:
            found = self._found.get(keyword)
            if found is None:
                found = self._found[keyword] = self._search(keyword)
            out.extend(found)
        return out

    def _search(self, keyword):
        low = self.low
        if len(low) < _SHORT:
            space = keyword.find(" ")
            if 0 < space < len(keyword) - 1 and not self.positions([keyword[:space + 1]]):
                return []  # ``has declared`` starts a word only where ``has `` does: one find for many keywords
            starts, k = [], low.find(keyword)
            while k >= 0:
                if not k or not low[k - 1].isalnum():
                    starts.append(k)
                k = low.find(keyword, k + 1)
            return _first_occurrences(starts, len(keyword))
        if not self._scanned:
            self._scan()
        return self._found.get(keyword, [])

    def _scan(self):
        """Every keyword of the family that starts a word, in one pass over the text."""
        self._scanned = True
        low = self.low
        regexes, by_start = _keyword_scan()
        hits = [m.start() + 1 for regex in regexes for m in regex.finditer(low)]
        hits.append(0)
        hits.sort()
        starts = {}
        for k in hits:
            bucket = by_start.get(low[k:k + 2])
            if bucket is not None:
                for length in bucket[1]:
                    keyword = low[k:k + length]
                    if keyword in bucket[0]:
                        starts.setdefault(keyword, []).append(k)
        for keyword, found in starts.items():
            self._found.setdefault(keyword, _first_occurrences(found, len(keyword)))

    def may_fold(self):
        """Whether the text has a character that case-insensitive matching folds unlike ``str.lower``."""
        if self._guard is None:
            self._guard = any(c in self.text for c in _FOLD_GUARD)
        return self._guard


def _near_keywords(scan, positions, entry):
    """Matches of ``entry.regex`` around each keyword position.

    ``str.find`` and one fast scan find the keywords, and most keywords are rare, so the costly
    patterns run on a few short windows instead of the whole segment.  The window only bounds where a
    match may start and end; look-behinds and ``\\b`` still see the text before it.  A window that lacks
    every string of the entry's necessary literals (``_Pattern.needles``) cannot hold a match: the
    pattern does not run there.
    """
    text, low = scan.text, scan.low
    n = len(text)
    entry.windows += len(positions)
    # reading the needles costs a parse of the pattern: worth it only for an entry that runs often
    needles = entry.needles if entry.windows > _NEEDLES_AFTER else None
    if needles is not None and scan.may_fold():
        needles = None
    if entry.reach is None and entry.windows > _NEEDLES_AFTER:
        entry.narrow()
    regex = entry.regex
    before = entry.reach or _BEFORE
    seen = set()
    for k, length in positions:
        start, end = max(0, k - before), min(n, k + length + _AFTER)
        if needles is not None and needles.search(low, start, end) is None:
            continue
        for m in regex.finditer(text, start, end):
            if m.start() <= k < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


def _needs_subject(context):
    return context in ("bare", "that")


def _previous_word(text, i):
    m = re.search(r"([\w'’]+)[ \t]*,?[ \t]*$", text[max(0, i - 40):i])  # ``the CGT, hammered that``
    return m.group(1) if m else ""


_WORD_RE = re.compile(r"[a-z]+")
_QUOTES = "\"”»’'"


def _possible_contexts(text, i, j):
    """The contexts a verb at ``text[i:j]`` could be in, by cheap look-arounds (the regexes confirm)."""
    before, after = text[max(0, i - 60):i], text[j:j + 12]
    if any(q in before for q in _QUOTES):
        yield "inverted"
        yield "quote-clause"
    stripped = after.lstrip(" \t")
    if stripped[:1] in (",", ":"):
        yield "bare"
    if stripped.startswith("that"):
        yield "that"
    if stripped.startswith("to "):
        yield "infinitive"


def _reporting_calques(seg, scan):
    text = seg.text
    forms, keywords, patterns = _reporting()
    n = len(text)
    for k, _ in scan.positions(keywords):
        word = _WORD_RE.match(text, k)
        if word is None or word.group() not in forms or (k and text[k - 1].isalnum()):
            continue
        i, j = word.span()
        verb, tense = forms[word.group()]
        for context in _possible_contexts(text, i, j):
            m = next((m for m in patterns[context].finditer(text, max(0, i - _BEFORE), min(n, j + _AFTER))
                      if m.start("v") == i), None)
            if m is None:
                continue
            if verb.unless == "past-quote" and context in ("inverted", "quote-clause") and _past_re().search(
                    _quotation_before(text, m.start())):
                continue  # ``“It was freezing that winter,” recalled his sister``: a memory
            if _needs_subject(context):
                prev = _previous_word(text, i)
                if not prev or prev.lower() in _NOT_A_SUBJECT or (prev.endswith("ly") and prev.islower()):
                    continue  # ``was assured that``, ``rest assured:``, ``widely estimated, in``
            form = word.group()
            suggestions = [_inflect(s, tense) for s in verb.suggestions]
            message = (
                f'"{form}" (French *{verb.french}*): in English, say {_or(suggestions[:3])} '
                f"({_CONTEXT_NOTES[context]})"
            )
            replacement = suggestions[0] if context != "infinitive" and suggestions else None
            yield seg.problem(i, j, "TQ301", message, replacement, applicability="unsafe", severity=verb.severity)
            break


_IRREGULAR_PAST = {"say": "said", "tell": "told", "think": "thought", "go": "went", "be": "was", "give": "gave"}


def _inflect(suggestion: str, tense: str) -> str:
    """``insist`` -> ``insisted``/``insists``; ``point out`` -> ``pointed out``; the first word only."""
    head, sep, rest = suggestion.partition(" ")
    if tense == "past":
        if head in _IRREGULAR_PAST:
            head = _IRREGULAR_PAST[head]
        elif head.endswith("e"):
            head += "d"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            head = head[:-1] + "ied"
        else:
            head += "ed"
    else:
        if head == "be":
            head = "is"
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            head += "es"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            head = head[:-1] + "ies"
        else:
            head += "s"
    return head + sep + rest


def _or(words):
    quoted = [f'"{w}"' for w in words]
    return " or ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


# ------------------------------------------------------ false friends and structures (TQ302, TQ303)

# closed classes the patterns may name: {NUM} a number, {DUR} a unit of time, {SAID} a reporting verb's
# past participle (the verbs of ``reporting_verbs.tsv``, shared with the typography family)
_MACROS = {
    "NUM": r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|a hundred|several|many|a few|some|a couple of|dozens of|a dozen)",
    "DUR": r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)",
}
_MACRO = r"\{(NUM|DUR|SAID)\}"
_SPAN_GROUPS = ("w", "w2", "w3")


@lru_cache(maxsize=None)
def _said():
    """The past participles of ``reporting_verbs.tsv``, longest first."""
    return tuple(sorted({row["verb"] for row in load_tsv("reporting_verbs.tsv")}, key=lambda v: (-len(v), v)))


def _macro(name):
    if name == "SAID":
        return "(?:" + "|".join(map(re.escape, _said())) + ")"
    return _MACROS[name]


# Suggestions may be templates filled from the match: ``{g}`` is the text of group ``g`` (empty when the
# group did not take part), and these fields are derived from the groups of the same name --
#   {subject} {be} {one}: from an object pronoun ``p`` (and a form of be ``v``): ``it was her who`` ->
#                        ``she was the one who``
#   {have}:              the auxiliary ``have`` for a form of be ``aux`` (``is arrived`` -> ``has arrived``)
#   {past}:              the participle ``v`` when it is also the simple past (``has he declared`` ->
#                        ``he declared``; ``written`` has no field and its suggestion is left out)
_SUBJECT = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we", "you": "you"}
_BE_PRESENT = {"he": "is", "she": "is", "I": "am"}
_BE_PAST = {"he": "was", "she": "was", "I": "was"}
_HAVE = {"is": "has", "was": "had", "were": "had", "am": "have", "are": "have",
         "'re": "'ve", "’re": "’ve", "'m": "'ve", "’m": "’ve"}
_SAME_PAST = frozenset("said told made heard felt kept held meant found brought taught bought paid sent spent built "
                       "left lost thought put set read".split())


class _Fields(dict):
    """The fields of a suggestion template for one match (a missing derived field raises KeyError)."""

    def __init__(self, m):
        super().__init__((k, v or "") for k, v in m.groupdict().items())

    def __missing__(self, key):
        pronoun = self.get("p", "").lower()
        subject = _SUBJECT.get(pronoun)
        if key == "subject" and subject:
            return subject
        if key == "one" and subject:
            return "ones" if subject in ("they", "we") else "one"
        if key == "be" and subject:
            past = self.get("v", "").strip().lower() in ("was", "were")
            return (_BE_PAST if past else _BE_PRESENT).get(subject, "were" if past else "are")
        if key == "have" and self.get("aux", "").lower() in _HAVE:
            return _HAVE[self["aux"].lower()]
        if key == "past":
            v = self.get("v", "")
            if v.lower().endswith("ed") or v.lower() in _SAME_PAST:
                return v
        raise KeyError(key)


def _suggestions(entry, m):
    """The entry's suggestions, templates filled from the match ``m`` (one without its fields left out)."""
    if not entry.templated:
        return entry.suggestions
    fields, out = _Fields(m), []
    for s in entry.suggestions:
        try:
            out.append(s.format_map(fields))
        except KeyError:
            continue
    return out


class _Pattern:
    __slots__ = ("english", "french", "suggestions", "severity", "why", "keywords", "source", "windows", "_regex",
                 "_needles", "templated", "reach")

    def __init__(self, row):
        self.english = row["english"]
        self.french = row["french"]
        self.suggestions = _alternatives(row["suggestions"])
        self.severity = row["severity"] or None
        self.why = row["why"]
        self.templated = any("{" in s for s in self.suggestions)
        keywords = _alternatives(row["keywords"])
        if any("{SAID}" in k for k in keywords):  # ``has {SAID}``: one keyword per verb
            keywords = [k.replace("{SAID}", v) for k in keywords for v in (_said() if "{SAID}" in k else ("",))]
        self.keywords = tuple(keywords)
        source = row["pattern"]
        self.source = re.sub(_MACRO, lambda m: _macro(m.group(1)), source) if "{" in source else source
        self._regex = self._needles = None
        self.windows = 0
        self.reach = None  # how far before a keyword its windows start: ``narrow``

    @property
    def regex(self):
        """The pattern, compiled the first time one of its keywords is found."""
        if self._regex is None:
            self._regex = re.compile(self.source, re.I)
        return self._regex

    def narrow(self):
        """Start the windows closer to the keyword: a match holding it starts at most the pattern's longest
        width before it (look-behinds still see the text before the window).  Read from the parsed pattern,
        once the entry has run many windows."""
        self.reach = min(_BEFORE, re._parser.parse(self.source, re.I).getwidth()[1])

    @property
    def needles(self):
        """A plain regex of strings one of which every match contains (lowercased), or None.

        Read from the parsed pattern (``_necessary``), so the data stays one regex per entry.
        Searched in the lowercased window, it rejects most windows far faster than the pattern.
        """
        if self._needles is None:
            self._needles = False
            keywords = [f" {k} " for k in self.keywords]
            strings = _best_needles(_necessary(re._parser.parse(self.source, re.I).data, keywords), keywords)
            if strings:
                self._needles = re.compile(_trie(strings))
        return self._needles or None


# ``_necessary`` reads sets of literal strings from a parsed pattern: every match contains one string of
# each set.  A run of literals, small alternations and optional letters expand to their strings (at most
# _MAX_NEEDLES of them); anything else (a class, a repeat, a look-around, ``\b``) ends the run.
_MAX_NEEDLES = 32


def _literal_strings(items):
    """The strings a parsed sequence of literals, small alternations and ``x?`` matches, or None."""
    from re import _constants as c

    out = {""}
    for op, av in items:
        if op is c.LITERAL:
            choices = {chr(av).lower()}
        elif op is c.IN and len(av) == 1 and av[0][0] is c.LITERAL:
            choices = {chr(av[0][1]).lower()}
        elif op is c.SUBPATTERN:
            choices = _literal_strings(av[3].data)
        elif op is c.BRANCH:
            choices = set()
            for branch in av[1]:
                strings = _literal_strings(branch.data)
                if strings is None:
                    return None
                choices |= strings
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] is not c.MAXREPEAT and av[1] <= 2:
            body = _literal_strings(av[2].data)
            choices = None if body is None else {
                "".join(parts) for times in range(av[0], av[1] + 1) for parts in _product(body, times)}
        else:
            return None
        if choices is None:
            return None
        out = {a + b for a in out for b in choices}
        if len(out) > _MAX_NEEDLES:
            return None
    return out


def _product(strings, times):
    result = [()]
    for _ in range(times):
        result = [r + (s,) for r in result for s in strings]
    return result


def _necessary(items, keywords):
    """Sets of strings, one of each in every match of the parsed sequence ``items``; where an
    alternation offers several, the one that ``keywords`` alone do not satisfy is kept."""
    from re import _constants as c

    sets, run = [], {""}
    for op, av in items:
        single = _literal_strings([(op, av)])
        if single is not None and len(run) * len(single) <= _MAX_NEEDLES:
            run = {a + b for a in run for b in single}
            continue
        if run != {""}:
            sets.append(run)
        run = {""}
        if single is not None:
            run = single
        elif op is c.SUBPATTERN:
            sets.extend(_necessary(av[3].data, keywords))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            sets.extend(_necessary(av[2].data, keywords))
        elif op is c.BRANCH:
            union = set()
            for branch in av[1]:
                best = _best_needles(_necessary(branch.data, keywords), keywords)
                if not best:
                    union = None
                    break
                union |= best
            if union:
                sets.append(union)
    if run != {""}:
        sets.append(run)
    return sets


def _best_needles(sets, keywords):
    """The most selective set: not met by a keyword alone, with the longest shortest string."""
    def rank(strings):
        useless = any(s in k for s in strings for k in keywords) or "" in strings
        return (not useless, min(map(len, strings)), -len(strings))

    sets = [s for s in sets if s]
    if not sets:
        return None
    best = max(sets, key=rank)
    return None if rank(best)[0] is False or rank(best)[1] < 2 else best


@lru_cache(maxsize=None)
def _patterns(name: str):
    return tuple(_Pattern(row) for row in load_tsv(name))


_RANK = {"info": 0, "warning": 1, "error": 2}


def _pattern_findings(seg, scan, name, code):
    """One problem per span: where two entries flag the same words, the more severe one speaks."""
    text = seg.text
    best = {}
    for entry in _patterns(name):
        positions = scan.positions(entry.keywords)
        if not positions:
            continue
        for m in _near_keywords(scan, positions, entry):
            group = next((g for g in _SPAN_GROUPS if m.groupdict().get(g) is not None), None)
            span = m.span(group) if group else m.span()
            known = best.get(span)
            if known is None or _RANK.get(entry.severity, 0) > _RANK.get(known[0].severity, 0):
                best[span] = (entry, m)
    for (i, j), (entry, m) in sorted(best.items()):
        found = text[i:j]
        suggestions = _suggestions(entry, m)
        if entry.templated:
            suggestions = [_match_case(s, found) if found[:1].isupper() else s for s in suggestions]
        message = f'"{found}" (French *{entry.french}*): in English, say {_or(suggestions[:3])}'
        replacement = None
        if suggestions and (entry.templated or _replaceable(entry, found)):
            replacement = suggestions[0] if entry.templated else _match_case(suggestions[0], found)
        yield seg.problem(i, j, code, message, replacement, applicability="unsafe", severity=entry.severity)


def _replaceable(entry, found):
    """A suggestion replaces the span only when the span is the entry's own word (``since``, not
    ``manifestations`` for an entry on ``manifestation``) and the suggestion is one word too; a template
    filled from the match (``she is the one who`` for ``it is her who``) always fits its span."""
    return found.lower() == entry.english.lower() and " " not in entry.suggestions[0]


def _match_case(word, like):
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# ------------------------------------------------------------------------------ entry point

def check(doc, ctx):
    reporting = ctx.enabled("TQ301")
    friends = ctx.enabled("TQ302")
    structures = ctx.enabled("TQ303")
    if not (reporting or friends or structures):
        return
    for seg in doc.segments:
        scan = _Text(seg.text)
        if reporting:
            yield from _reporting_calques(seg, scan)
        if friends:
            yield from _pattern_findings(seg, scan, "false_friends.tsv", "TQ302")
        if structures:
            yield from _pattern_findings(seg, scan, "french_structures.tsv", "TQ303")
