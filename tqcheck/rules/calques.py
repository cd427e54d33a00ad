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
    group ``w`` (or ``w2``, ``w3``).

Regular expressions are compiled once, lazily, from the data, and run only in
short windows around a keyword found by plain string search (each entry names its
keywords; the reporting verbs are their own), so the cost grows with the number
of candidates, not with the size of the text times the number of patterns.
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
        "`He assured investors that…`, `They welcomed the news`, `It is estimated that…`. The verbs, their "
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
        "construction` (*actuellement*: currently). The patterns, with the context that makes each a "
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
        what="Flags French syntax carried into English: `since several days` (*depuis plusieurs jours*: for "
        "several days), `in the next days` (*dans les prochains jours*: in the coming days), `it is him "
        "who` (*c'est lui qui*), `the 1st of May` (*le 1er mai*), `I am agree` (*je suis d'accord*), `in "
        "a first time` (*dans un premier temps*), `aged of 45` (*âgé de*). The patterns are in "
        "`french_structures.tsv`.",
        why="Each construction is understandable but marks the text as translated, and some change the "
        "meaning: `since two years` reads as a date that is missing, `there is three years` as an "
        "existence claim.",
        before="The strike has lasted since several days.\nA decision is expected in the next days.",
        after="The strike has lasted for several days.\nA decision is expected in the coming days.",
        fix="unsafe: where one wording fits every case (since → for), it replaces the flagged words; "
        "otherwise the message gives the English construction and no fix is offered.",
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


class _Verb:
    __slots__ = ("lemma", "french", "suggestions", "severity", "why")

    def __init__(self, row):
        self.lemma = row["verb"]
        self.french = row["french"]
        self.suggestions = [s.strip() for s in row["suggestions"].split("|") if s.strip()]
        self.severity = row["severity"] or None
        self.why = row["why"]


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
    return forms, tuple(sorted(stems)), {name: re.compile(p) for name, p in patterns}


# a match is looked for only around a keyword found by plain search: this far before and after it
_BEFORE, _AFTER = 60, 100


class _Text:
    """A segment's text, lowercased once, with the places of the keywords searched so far."""

    __slots__ = ("text", "low", "_found")

    def __init__(self, text):
        self.text = text
        low = text.lower()
        # lower() may lengthen a character (İ): keep offsets aligned with the text
        self.low = low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self._found = {}

    def positions(self, keywords):
        """Where each keyword occurs: (offset, length) pairs."""
        out = []
        for keyword in keywords:
            found = self._found.get(keyword)
            if found is None:
                found = self._found[keyword] = []
                low, k = self.low, self.low.find(keyword)
                while k >= 0:
                    found.append((k, len(keyword)))
                    k = low.find(keyword, k + len(keyword))
            out.extend(found)
        return out


def _near_keywords(text, positions, regex):
    """Matches of ``regex`` around each keyword position.

    ``str.find`` scans far faster than a regular expression, and most keywords are rare, so the
    costly patterns run on a few short windows instead of the whole segment.  The window only
    bounds where a match may start and end; look-behinds and ``\\b`` still see the text before it.
    """
    n = len(text)
    seen = set()
    for k, length in positions:
        for m in regex.finditer(text, max(0, k - _BEFORE), min(n, k + length + _AFTER)):
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
        for context in _possible_contexts(text, i, j):
            m = next((m for m in patterns[context].finditer(text, max(0, i - _BEFORE), min(n, j + _AFTER))
                      if m.start("v") == i), None)
            if m is None:
                continue
            if _needs_subject(context):
                prev = _previous_word(text, i)
                if not prev or prev.lower() in _NOT_A_SUBJECT or (prev.endswith("ly") and prev.islower()):
                    continue  # ``was assured that``, ``rest assured:``, ``widely estimated, in``
            form = word.group()
            verb, tense = forms[form]
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

# closed classes the patterns may name: {NUM} a number, {DUR} a unit of time
_MACROS = {
    "NUM": r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|a hundred|several|many|a few|some|a couple of|dozens of|a dozen)",
    "DUR": r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)",
}
_SPAN_GROUPS = ("w", "w2", "w3")


class _Pattern:
    __slots__ = ("english", "french", "suggestions", "severity", "why", "keywords", "regex")

    def __init__(self, row):
        self.english = row["english"]
        self.french = row["french"]
        self.suggestions = [s.strip() for s in row["suggestions"].split("|") if s.strip()]
        self.severity = row["severity"] or None
        self.why = row["why"]
        self.keywords = tuple(k for k in row["keywords"].split("|") if k)
        source = re.sub(r"\{(NUM|DUR)\}", lambda m: _MACROS[m.group(1)], row["pattern"])
        self.regex = re.compile(source, re.I)


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
        for m in _near_keywords(text, positions, entry.regex):
            group = next((g for g in _SPAN_GROUPS if m.groupdict().get(g) is not None), None)
            span = m.span(group) if group else m.span()
            known = best.get(span)
            if known is None or _RANK.get(entry.severity, 0) > _RANK.get(known.severity, 0):
                best[span] = entry
    for (i, j), entry in sorted(best.items()):
        found = text[i:j]
        message = f'"{found}" (French *{entry.french}*): in English, say {_or(entry.suggestions[:3])}'
        replacement = _match_case(entry.suggestions[0], found) if entry.suggestions and _replaceable(entry, found) else None
        yield seg.problem(i, j, code, message, replacement, applicability="unsafe", severity=entry.severity)


def _replaceable(entry, found):
    """A suggestion replaces the span only when the span is the entry's own word (``since``, not
    ``manifestations`` for an entry on ``manifestation``) and the suggestion is one word too."""
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
