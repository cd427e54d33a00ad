"""TQ304, the open class: French word order read from the lexicon's word classes, for any word, where the
rows of ``calque_patterns.tsv`` name their words.

- An adjective after its noun (*un service anonyme* → `a service anonymous`, *les risques divers* → `the
  risks various`): a determiner, a noun (lower case; no adjective or adverb form) and an adjective lemma
  with no noun, verb or adverb form, not in -able, -ible, -ed or -ing (participles and -able adjectives
  follow nouns in English: `the people involved`, `the rooms available`), before a full stop, comma,
  semicolon, or `and`, `is`, `that`… (not a preposition: `a place similar to` is English), and not in a
  question that opens with `be` (`Is a caricature of the president sufficient?`: the adjective is the predicate).
- An adverb in -ly between a verb and its object (*il défend âprement l'idée* → `defends bitterly the
  idea`): a verb with no noun or adjective form (or its -s or -ed form after no determiner, preposition or
  have: `saves automatically your`), an adverb with no adjective form, then a determiner.
- A mid-position adverb between a verb and its object (*il explique aussi mes résultats* → `explains also my
  results`, *il a déjà le budget* → `has already the budget`, *jouer encore le rôle* → `playing again the
  role`): a verb (an inflected form that is also a noun too: `lacks still the data`), an adverb of the table's
  kinds mid-adverb (English puts it before the verb) or end-adverb (after the object), then a determiner that
  does not start a time phrase (`did it again the next day`).  Light verbs are left alone (`is also the
  case`, `see also the module`), but not `have`: its object makes it the verb of possession (`has also a`).
- An adverbial set off by commas between a verb and its object (*représente, avec un volume de 15 milliards, le
  troisième marché* → `represents, with a volume of 15 billion, the third market`): ``asides_before_object``.

``word_order.tsv`` lists what leaves either order alone: adjectives English puts after a noun (`attorney
general`, `the room nearby`), verbs whose object takes a complement (`make the tapes public`, `sell its
products cheap`), nouns that measure the adjective (`a bit odd`, `a year old`), adverbs that focus the
noun phrase after them (`installed exactly the same way`), and light verbs (`is especially the case`); and
the adverbs of the third order (`also`, `already`, `again`…); and for the fourth, the asides English sets off
there itself (`in detail`, `for example`) and the words that show a comma ends a clause (`if`, `when`, `is`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import Pattern, Table, previous_word, word_start
from ..common.lexicon import lexicon
from ..common.sentences import sentences_of
from ..common.tokens import say_forms

ORDER = Table("word_order.tsv", key=("kind", "word"), order="plain", choices={"kind": tuple(
    "postpositive complement-verb degree-noun measure-noun pronoun focus-adverb light-verb mid-adverb end-adverb "
    "english-aside not-aside clause-opener passive auxiliary inversion-opener label-noun label-verb".split())})

_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your")
_DETERMINER = "(?:" + "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in _DETERMINERS) + ")"  # either case first

# (spelled to open with a character class: see ``word_start``)
_ADJECTIVE_AFTER = Pattern(word_start(_DETERMINERS) + r" (?P<noun>[a-z]+) (?P<adj>[a-z]+)"
                           r"(?=[ \t]*[.,;]|[ \t]+(?:and|is|was|has|had|which|that|will|are|were)\b)")
_PARTICIPLE = ("able", "ible", "ed", "ing")
# after the determiner, a time phrase is no object: `did it again the next day`, `decline sharply the minute`
_TIME_NOUN = "(?:day|week|month|year|morning|afternoon|evening|night|time|moment|minute|hour|way)s?"
# (``the time`` and ``the way`` alone are objects as often: `shortens also the time allowed`)
_TIME = (f"next|following|last|previous|whole|entire|(?:first|second|same|other) {_TIME_NOUN}"
         "|(?:day|week|month|year|morning|afternoon|evening|night|moment|minute|hour)s?")
# nor is `the same`, which the adverb qualifies (`behave largely the same as`)
# (the adverb's ``ly `` is searched for, rare and a literal the regex engine skips to; the word is read back)
_LY_BEFORE_OBJECT = Pattern(r"ly (?=" + _DETERMINER + r" (?!(?:" + _TIME + r"|same)\b))")
_NOT_A_VERB = ("AUX", "PREP", "DET", "PRON", "CONJ", "ADV")  # a word of these classes is none of the verbs meant
_DEMONSTRATIVE = frozenset(("this",))  # also a pronoun: `this sounds obvious`
_LOOK_BACK = 10  # words before the determiner searched for a verb whose object takes a complement
# a question that opens with `be` (after a wh-word or not): the adjective after the noun is its predicate
# (`Is a caricature of the president sufficient?`, `Why are the results so poor?`)
_QUESTION = Pattern(r"[\s\"“'‘(]*(?:(?:why|how|what|when|where|who|which|so|then|and|but)\s+)?"
                    r"(?:is|are|was|were|am)(?:n['’]?t)?\s", flags=re.IGNORECASE)
_kinds: dict | None = None


def exceptions() -> dict:
    """kind → its words (the verbs in every form), read the first time a text has a candidate."""
    global _kinds
    if _kinds is None:
        kinds: dict = {kind: set() for kind in ORDER.choices["kind"]}  # a kind with no row yet is empty
        for row in ORDER.rows:
            kinds.setdefault(row.kind, set()).add(row.word)
        lex = lexicon()
        for kind in ("complement-verb", "light-verb", "label-verb"):
            kinds[kind] = {f for verb in kinds.get(kind, ()) for f in lex.forms(verb, "VERB")}
        kinds["have"] = lex.forms("have", "VERB")
        kinds["light-not-have"] = kinds["light-verb"] - kinds["have"]  # `has also a` is possession
        _kinds = kinds
    return _kinds


@lru_cache(maxsize=1)
def _mid_words() -> tuple:
    """The table's mid-position and end adverbs, longest first."""
    return tuple(sorted({row.word for row in ORDER.rows if row.kind in ("mid-adverb", "end-adverb")},
                        key=len, reverse=True))


def _mid_source() -> str:
    """A mid-position adverb of the table before a determiner (the verb before it is looked back for)."""
    words = _mid_words()
    # (its space first: a literal the regex engine skips to; no determiner is one of the adverbs, so the space
    # after a match, which the match takes, never opens another)
    return (r" (?<=[a-z] )(?P<adv>" + "|".join(map(re.escape, words)) + r") (?=" + _DETERMINER
            + r" (?!(?:" + _TIME + r"|same)\b))")


_MID_ADVERB = Pattern(_mid_source)  # read from the table when first used


def _word_before(text: str, end: int) -> tuple:
    """``(start, word)`` of the whole lower-case word that ends at ``end``; ``(end, "")`` if there is none."""
    start = end
    while start and "a" <= text[start - 1] <= "z":
        start -= 1
    if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        return end, ""
    return start, text[start:end]


def _only(word: str, cls: str, others: tuple, lex) -> bool:
    return lex.has_class(word, cls) and not any(lex.has_class(word, other) for other in others)


def adjectives_after(text: str, sentences):
    """``(start, end, noun, adjective)`` of each noun followed by its adjective, the French way; ``sentences``:
    the text's ``Sentences`` (``common.sentences``), where each sentence starts."""
    lex = lexicon()
    for m in _ADJECTIVE_AFTER.finditer(text):
        noun, adj = m.group("noun"), m.group("adj")
        kinds = exceptions()
        if (adj in kinds["postpositive"] or any(noun in kinds[k] for k in ("degree-noun", "measure-noun", "pronoun"))
                or adj.endswith(_PARTICIPLE) or not lex.is_lemma(adj, "ADJ")
                or not (_only(adj, "ADJ", ("NOUN", "VERB", "ADV"), lex) and _only(noun, "NOUN", ("ADJ", "ADV"), lex))):
            continue  # (the word classes first: they leave few candidates to the context's tests)
        if (_complement_verb_before(text, m.start(), kinds["complement-verb"])
                or _QUESTION.match(text, sentences.start(m.start()), m.start())):
            continue  # `makes using the shell difficult`, `made the majority of his predecessors famous`; `Is the
            # plan sufficient?` (a question that opens with `be`: the adjective is the predicate)
        if m.group().split(" ", 1)[0].lower() in _DEMONSTRATIVE and noun.endswith("s") and lex.has_class(noun, "VERB"):
            continue  # `this sounds obvious`: the demonstrative is a pronoun and the noun a verb
        yield m.start("noun"), m.end("adj"), noun, adj


def _complement_verb_before(text: str, i: int, verbs) -> bool:
    """Is one of the ``_LOOK_BACK`` words before offset ``i`` (up to a mark) a verb of ``verbs``, used as a
    verb (no determiner before it: `the report weighs` is a noun; but `this makes`: a pronoun and its verb)?"""
    words = []
    while len(words) <= _LOOK_BACK:
        word = previous_word(text, i)
        if not word:
            break
        words.append(word.lower())
        i = text.rindex(word, 0, i)
    return any(w in verbs and (k + 1 == len(words) or words[k + 1] not in _DETERMINERS
                               or words[k + 1] in ("this", "that") and w.endswith("s"))  # `This makes X obsolete`
               for k, w in enumerate(words[:_LOOK_BACK]))


def _passive(text: str, start: int, verb: str, kinds: dict) -> bool:
    """Is the verb at ``start`` a participle after `be` and its subject (`if the language is used again the
    file…`)?  Such a passive takes no object: the determiner after the adverb starts the next clause."""
    words = text[max(0, start - 80):start].lower().split()
    if verb.endswith("ing") or not words or words[-1] not in kinds["passive"]:
        return False
    while words and (words[-1] in kinds["passive"] or words[-1] in kinds["auxiliary"]
                     or words[-1].endswith(("n't", "n’t"))):
        words.pop()
    return not words or words[-1].strip(",;:") not in kinds["inversion-opener"]


def adverbs_before_object(text: str):
    """``(start, end, verb, adverb)`` of each adverb between a verb and its object, the French way."""
    if "ly " not in text:
        return  # every match holds an adverb in -ly and its space: the pattern is not even compiled
    lex = lexicon()
    for m in _LY_BEFORE_OBJECT.finditer(text):
        end = m.start() + 2
        at, adv = _word_before(text, end)
        if len(adv) < 3 or at < 2 or text[at - 1] != " " or not "a" <= text[at - 2] <= "z":
            continue  # the adverb is a lower-case word after another word and a space
        start, verb = _word_before(text, at - 1)
        if not verb:
            continue  # not a whole lower-case word
        kinds = exceptions()
        if adv in kinds["focus-adverb"] or verb in kinds["light-verb"] or _passive(text, start, verb, kinds):
            continue
        if _only(adv, "ADV", ("ADJ", "VERB", "NOUN"), lex) and (_only(verb, "VERB", ("NOUN", "ADJ"), lex)
                                                              or _verb_form(verb, previous_word(text, start), lex)):
            yield start, end, verb, adv


def _verb_form(word: str, before: str, lex) -> bool:  # (not `has prices generally the highest`)
    return word.endswith(("s", "ed")) and lex.has_class(word, "VERB") and not lex.is_lemma(word, "VERB") and not any(
        lex.has_class(word, c) for c in _NOT_A_VERB) and not any(lex.has_class(before.lower(), c) for c in (
            "DET", "PREP")) and before.lower() not in exceptions()["have"]


def mid_adverbs_before_object(text: str):
    """``(start, end, verb, adverb)`` of each mid-position adverb between a verb and its object, the French
    way (`explains also my results`)."""
    if not any(word + " " in text for word in _mid_words()):
        return  # every match holds one of the adverbs and its space: the pattern is not even compiled
    for m in _MID_ADVERB.finditer(text):
        adv = m.group("adv")
        start, verb = _word_before(text, m.start("adv") - 1)
        if not verb:
            continue
        lex, kinds = lexicon(), exceptions()
        if verb in kinds["light-not-have"] or not lex.has_class(verb, "VERB") or _passive(text, start, verb, kinds):
            continue
        if verb not in kinds["have"] and any(lex.has_class(verb, c) for c in _NOT_A_VERB):
            continue
        inflected = verb.endswith(("s", "ed", "ing")) and not lex.is_lemma(verb, "VERB")
        if lex.has_class(verb, "ADJ") and not verb.endswith(("ed", "ing")):
            continue  # `keep still`, `sit still`
        if lex.has_class(verb, "NOUN") and not inflected:
            continue  # a noun before the adverb: `the reports also the`
        yield start, m.end("adv"), verb, adv


# a verb, an adverbial between commas, its object: `represents, with a volume of 15 billion, the third`; found
# from the comma before the object (cheap to find), then the window before it read backwards
_OBJECT_AFTER_COMMA = Pattern(r", (?=" + _DETERMINER + r" [a-z])")
_ASIDE = Pattern(r"(?<![\w'’-])(?P<verb>[a-z]+), (?P<aside>[a-z]+(?: [^\W\d_][\w'’-]*| [\d][\d.,]*){0,11})\Z")
_WINDOW = 160  # characters before the object's comma: a verb, its comma and up to twelve words
_CLAUSE_WINDOW = 300  # characters before the verb searched for the start of its clause
_SUBJECTS = frozenset(("i", "we", "you", "they", "he", "she", "it", "to", "will", "would", "can", "could", "must",
                       "should", "may", "might"))  # before a verb that is also a noun: used as a verb
_CLAUSE_MARK = Pattern(r"[,;:()\[\]\"“”]")


def _clause_before(text: str, i: int) -> list:
    """The lower-case words of the clause that ends at ``text[i]``, back to the last mark of punctuation, read
    in a bounded window (a whole-text slice per candidate made a one-line file of 16 MB quadratic); a clause
    longer than the window loses its first, maybe partial, word."""
    start = max(0, i - _CLAUSE_WINDOW)
    words = _CLAUSE_MARK.split(text[start:i])
    clause = words[-1].lower().split()
    return clause[1:] if len(words) == 1 and start > 0 else clause


def _english_aside(words: list, kinds: dict) -> bool:
    """Does the aside open with one English sets off there itself (`in detail`, `for each entry`)?"""
    return any(" ".join(words[:n]) in kinds["english-aside"] for n in range(1, min(len(words), 4) + 1))


def asides_before_object(text: str):
    """``(start, end, verb, aside)`` of each adverbial set off by commas between a verb and its object, the
    French way (*représente, avec un volume de 15 milliards, la troisième*): the aside a prepositional phrase
    (no clause: no conjunction, pronoun or auxiliary in it) or one adverb in -ly, the verb no light verb,
    reporting verb (its object is a clause: `said, in 2004, the minister was…`) or participle after `be`, in
    a main clause (none of `if`, `when`, `because`… opens it: `if it is specified, the file`)."""
    if ", " not in text:
        return
    lex, kinds = lexicon(), exceptions()
    for comma in _OBJECT_AFTER_COMMA.finditer(text):
        before = text.rfind(", ", max(0, comma.start() - _WINDOW), comma.start())  # the verb's comma
        m = before > 0 and _ASIDE.search(text, max(0, before - 30), comma.start())
        if not m:
            continue
        verb, aside = m.group("verb"), m.group("aside")
        words = aside.lower().split()
        opener = words[0]
        if opener.endswith("ly") and len(words) == 1:
            if not _only(opener, "ADV", ("ADJ", "VERB", "NOUN"), lex):
                continue
        elif not lex.has_class(opener, "PREP") or opener in kinds["not-aside"] or _english_aside(words, kinds):
            continue
        if any(lex.has_class(w, c) for w in words for c in ("CONJ", "PRON", "AUX")) or \
                any(w in kinds["not-aside"] for w in words[1:]):
            continue
        clause = _clause_before(text, m.start())
        if verb in kinds["light-not-have"] or verb in say_forms() or not lex.has_class(verb, "VERB") \
                or lex.has_class(verb, "ADV") or lex.has_class(verb, "ADJ") and not verb.endswith("ed"):
            continue
        if lex.has_class(verb, "NOUN") and not (verb.endswith("ed") or clause and clause[-1] in _SUBJECTS):
            continue  # `the report, in 2004, the`: a noun; but `they support, to the tune of…, this bank`
        if all(lex.has_class(w, "ADV") for w in clause):
            continue  # no subject: a participle opens the sentence (`Tolerated, sometimes assisted, by…, the`)
        if lex.has_class(clause[-1], "CONJ"):
            continue  # `express or implied, with respect to…, its`: adjectives or participles joined
        if clause[0] in kinds["clause-opener"] or clause[-1] in kinds["passive"]:
            continue
        yield m.start(), m.end("aside"), verb, aside


def problems(seg):
    """``(start, end, message, suggestion)`` of each French order in the segment."""
    text = seg.text
    for i, j, noun, adj in adjectives_after(text, sentences_of(seg)):
        yield i, j, (f"`{noun} {adj}`: an adjective after its noun, the French order (*un service anonyme*): "
                     f"in English, `{adj} {noun}`"), f"{adj} {noun}"
    for i, j, verb, adv in adverbs_before_object(text):
        yield i, j, (f"`{verb} {adv}`: an adverb between the verb and its object, the French order (*il défend "
                     f"âprement l'idée*): in English, `{adv} {verb}` or the adverb after the object"), f"{adv} {verb}"
    for i, j, verb, aside in asides_before_object(text):
        yield i, j, (f"`{verb}, {aside},`: an adverbial between the verb and its object, the French order "
                     "(*représente, avec 15 milliards, la troisième*): in English, the adverbial before the verb, "
                     "or after the object"), None
    for i, j, verb, adv in mid_adverbs_before_object(text):
        message = (f"`{verb} {adv}`: an adverb between the verb and its object, the French order (*il explique "
                   "aussi ses résultats*): in English, ")
        if adv in exceptions().get("end-adverb", ()):
            yield i, j, message + f"`{verb}`, and `{adv}` after the object", None
        else:
            yield i, j, message + f"`{adv} {verb}`", f"{adv} {verb}"
