"""TQ301 reporting-verb-calque: a verb that reports speech the way French news does.

The verbs (``reporting_calques.tsv``: *assurer* rendered as ``assured``, *souligner* as ``underlined``…)
are never flagged alone, only in a context where they report speech the French way, one regular
expression per context (the ``contexts`` column):

``inverted``      after a closing quote, with the subject after the verb: ``”, estimated the governor``
``quote-clause``  after a closing quote, with the subject first and no object: ``”, he underlined.``
``bare``          no object before a colon or a comma and an aside: ``Zelensky assured, in an interview,``
``that``          directly before a ``that`` clause with no person as object: ``assured that the reform``
``infinitive``    before ``to have`` / ``to be`` (French *affirmer avoir*): ``who assures to have``

``He assured investors that…`` and ``they welcomed the news`` stay quiet.  The stem each verb's forms
share is its keyword (``tqcheck.rules.common.keywords``): the context regexes run only around the verbs
found, and only those contexts that cheap look-arounds allow.  This module also declares
``reporting_verbs.tsv`` (``REPORTING_VERBS``), the reporting verbs that typography's TQ103 and the
``{SAID}`` of ``french_structures.tsv`` read.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ...findings import SEVERITIES
from .. import Rule
from ..common import Pattern, Table
from ..common.lexicon import lexicon
from ..common.keywords import AFTER, BEFORE, Keywords, keyword_text
from . import longest_first, say
from .quotations import names_a_subject, quotation_before
from .subjects import has_speaker
from .token_table import speaks_first, with_token_rows

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
        data=("reporting_calques.tsv", "calque_patterns.tsv", "speakers.tsv"),
    ),
]

CONTEXTS = ("inverted", "quote-clause", "bare", "that", "infinitive")
REPORTING_CALQUES = Table("reporting_calques.tsv", key="verb", order="lower", lists=("suggestions",),
                          required=("forms", "french", "suggestions", "contexts", "severity", "example"),
                          choices={"severity": SEVERITIES, "unless": ("", "past-quote")})
# the reporting verbs of news English (past tense), some of them calques (kind), some the tags of English
# dialogue (dialogue): TQ103 and ``{SAID}`` read it
REPORTING_VERBS = Table("reporting_verbs.tsv", key="verb",
                        choices={"kind": ("english", "calque"), "dialogue": ("", "yes")})

# a closing quotation mark: curly or guillemet always; a straight quote after a non-space
# character, or before a comma or a lowercase word (``system " moderates Blouet``); a single
# quote after a word or punctuation, before a comma or a lowercase word (``Quebec' deplores``)
_CLOSING_QUOTE = r"""(?:[”»]|(?<=\S)"|"(?=[ \t]*,|[ \t]+[a-z])|(?<=[\w.,!?])(?<!s)[’'](?=[ \t]*,|[ \t]+[a-z]))"""
# the subject after an inverted verb: a determiner or a capitalised name, not a superlative
# (``"Casablanca", considered the greatest film``), ``one of``, nor the ``that`` of a clause (``'tid 3' indicates
# that the thread``: valgrind's manual)
_INVERTED_SUBJECT = (
    r"(?!(?:the|a|an)\s+(?:most|least|best|worst|first|last|only|\w+est)\b)(?!one\s+of\b)"
    r"(?!that\s+(?:the|a|an|he|she|it|they|we|I|you|there|this|these|those|his|her|their|its|our)\b)"  # a that-clause
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
# the regular expression of each context, ``{v}`` standing for the verbs that the data gives it
_CONTEXT_PATTERNS = {
    "inverted": rf"{_CLOSING_QUOTE}[ \t]*,?[ \t]*(?P<v>{{v}})[ \t]+{_INVERTED_SUBJECT}",
    "quote-clause": rf"{_CLOSING_QUOTE}[ \t]*,?[ \t]*{_CLAUSE_SUBJECT}[ \t]+(?P<v>{{v}}){_CLAUSE_END}",
    "bare": rf"\b(?P<v>{{v}})(?:[ \t]*:|[ \t]*,[ \t]+{_ASIDE})",
    "that": r"\b(?P<v>{v})[ \t]+that[ \t]+(?=(?:the|a|an|he|she|they|it|we|I|you|there|"
            r"this|these|those|his|her|their|its|our|my|no|all|some|every|each|nothing|none|not|[A-Z]|\d)\b)",
    "infinitive": r"\b(?:he|she|who|they|we|I|[A-Z][\w'’-]+)[ \t]+(?P<v>{v})[ \t]+to[ \t]+(?:have|be|being)\b",
}
_CONTEXT_NOTES = {
    "inverted": "a French reporting clause after a quotation",
    "quote-clause": "reporting a quotation the French way",
    "bare": "with no object, as French reports speech",
    "that": "before a that-clause with no person as object",
    "infinitive": "followed by an infinitive, as in French",
}
# a past-tense verb: the quotation before ``recalled his sister`` tells of the past (a memory), where
# recall and remember mean what they say.  A regular past not after an auxiliary (``is closed``,
# ``has decided`` are not memories), or an irregular one.
_PAST = Pattern(
    r"\b(?:was|were|had|did|used\s+to|felt|thought|knew|saw|came|went|got|took|made|began|became|found|met|"
    r"wore|wrote|gave|kept|brought|heard|held|spent|grew|sat|stood|ran|lost|left|told|said)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bhas )(?<!\bhave )(?<!['’]s )"
    r"(?<!['’]ve )(?<!['’]re )\b[a-z]{2,}ed\b",
    re.I,
)
_WORD = Pattern(r"[a-z]+")
_QUOTES = "\"”»’'"


@lru_cache(maxsize=None)
def _forms() -> dict:
    """form -> (row, tense) for the present and past form of every verb of ``reporting_calques.tsv``."""
    forms = {}
    for row in REPORTING_CALQUES.rows:
        present, _, past = row.forms.partition("|")
        for form, tense in ((present, "present"), (past, "past")):
            if form:
                forms[form] = (row, tense)
    return forms


def _context_source(context: str) -> str:
    """The context's regular expression, with the verb forms the data gives it, longest first (a plain
    alternation: it runs in short windows only, where ``common.alternation`` costs more to build and
    compile than it saves)."""
    verbs = {form for row in REPORTING_CALQUES.rows if context in map(str.strip, row.contexts.split(","))
             for form in row.forms.split("|") if form}
    return _CONTEXT_PATTERNS[context].replace("{v}", longest_first(verbs) or "(?!)")


def _stems():
    """The keyword of each verb: the stem its forms share (``assure`` finds assures and assured)."""
    forms = {}
    for form, (row, _) in _forms().items():
        forms.setdefault(row.verb, []).append(form)
    return {os.path.commonprefix(verb_forms) for verb_forms in forms.values()}


KEYWORDS = Keywords(_stems)
_CONTEXT_REGEXES = {context: Pattern(lambda context=context: _context_source(context)) for context in CONTEXTS}


@speaks_first
def _own(seg):
    return reporting_calques(seg, keyword_text(seg))


def check(doc, ctx):
    return with_token_rows(_own, doc, "TQ301")


def reporting_calques(seg, scan):
    text = seg.text
    forms = _forms()
    n = len(text)
    for k, _ in scan.positions(KEYWORDS):
        word = _WORD.match(text, k)
        if word is None or word.group() not in forms or (k and text[k - 1].isalnum()):
            continue
        i, j = word.span()
        verb, tense = forms[word.group()]
        for context in _possible_contexts(text, i, j):
            m = next((m for m in _CONTEXT_REGEXES[context].finditer(text, max(0, i - BEFORE), min(n, j + AFTER))
                      if m.start("v") == i), None)
            if m is None:
                continue
            if verb.unless == "past-quote" and context in ("inverted", "quote-clause") and _PAST.search(
                    quotation_before(text, m.start())):
                continue  # ``“It was freezing that winter,” recalled his sister``: a memory
            if context == "inverted" and names_a_subject(text, m.start(), "," in text[m.start():i]):
                continue  # ``"git fsck" notices a tree object``: a quoted name is the subject, not a quotation
            if context in ("bare", "that") and not has_speaker(text, i):
                continue  # ``was assured that``, ``the flag specified:``: the verb needs who speaks
            form = word.group()
            suggestions = [_inflect(s, tense) for s in verb.suggestions]
            message = (
                f'"{form}" (French *{verb.french}*){say(suggestions)} '
                f"({_CONTEXT_NOTES[context]})"
            )
            replacement = suggestions[0] if context != "infinitive" and suggestions else None
            yield seg.problem(i, j, "TQ301", message, replacement, applicability="unsafe",
                              severity=verb.severity or None)
            break


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


_ONE_SYLLABLE_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][bdgklmnprtvz]$")  # a verb the lexicon lacks
_IRREGULAR_PAST = {"say": "said", "tell": "told", "think": "thought", "go": "went", "be": "was", "give": "gave"}


def _known_form(verb: str, tense: str):
    """The lexicon's past (``admitted``, ``quipped``) or third person (``admits``) of ``verb``, where it has one
    regular enough to tell apart: doubled consonants are the lexicon's, not guessed."""
    forms = lexicon().forms(verb, "VERB") - {verb}
    ending = ("ed",) if tense == "past" else ("s",)
    found = [f for f in forms if f.endswith(ending) and f.startswith(verb[:2]) and not f.endswith("ing")]
    return min(found, key=len) if found else None


def _inflect(suggestion: str, tense: str) -> str:
    """``insist`` -> ``insisted``/``insists``; ``point out`` -> ``pointed out``; the first word only."""
    head, sep, rest = suggestion.partition(" ")
    known = _known_form(head, tense)
    if known:
        return known + sep + rest
    if tense == "past":
        if head in _IRREGULAR_PAST:
            head = _IRREGULAR_PAST[head]
        elif head.endswith("e"):
            head += "d"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            head = head[:-1] + "ied"
        elif _ONE_SYLLABLE_CVC.match(head):
            head += head[-1] + "ed"  # quip -> quipped
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
