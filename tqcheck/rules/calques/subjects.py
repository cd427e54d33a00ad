"""Who speaks: the subject a reporting verb needs where no quotation stands beside it (TQ301's ``bare`` and
``that`` contexts, ``reporting.py``): ``Zelensky assured, in an interview,``, ``the minister assured that``, not
``was assured that``, ``the value you specified:``, ``the cache's size limit assures that``."""

from __future__ import annotations

from ..common import Pattern, word_before
from ..common.lexicon import lexicon
from ..common.tokens import speaker_forms

# words that make a following participle passive or adjectival: ``was assured that``, ``rest assured``
_NOT_A_SUBJECT = frozenset(
    "am is are was were be been being 's ’s as than rest feel feels felt seem seems seemed remain remains "
    "remained get gets got getting become becomes became now previously originally initially first well "
    "widely commonly generally officially roughly conservatively once already not never "
    "the a an his her their its our my your these those many growing "  # a noun: ``their worries that``
    "which this".split()  # a thing, never a speaker: ``a tolerance, which assures that``, ``this assures that``
    # (not ``it``: MT renders French *il*, he, as it: ``it welcomed that``, ``it assures that``, WMT13 MT 6)
)


_PRONOUNS = frozenset("you we they i he she".split())
_LINKS = frozenset("and but or so then when as if because that which who while".split())
_SUBJECTS = frozenset("he she they we i it one who and".split())  # (``and``: the subject is said before it)
_AUXILIARIES = frozenset("has have had".split())
_WORD = Pattern(r"[^\W\d_][\w'’-]*")
_BACK, _WORDS_BACK = 60, 6  # characters and words back to a head


def has_speaker(text: str, i: int) -> bool:
    """Does the word before the verb at ``text[i]`` name who speaks (``_speaker``), as the subject of the verb,
    not a word that makes it a participle (``was assured``, ``widely estimated``) nor a relative clause's?"""
    prev = word_before(text, i, comma=True)
    if (not prev or prev.lower() in _NOT_A_SUBJECT or (prev.endswith("ly") and prev.islower())
            or prev.endswith(("'", "’", "'s", "’s"))):  # ``investors' worries that``: a noun
        return False  # ``was assured that``, ``rest assured:``, ``widely estimated, in``
    k = text.rfind(prev, 0, i)
    return not _relative(text, k, prev) and _speaker(text, k, prev)


def _relative(text, k, prev) -> bool:
    """Is the verb after the pronoun ``prev`` (at ``text[k]``) in a relative clause with no ``that`` (``the value
    you specified``), a pronoun straight after a noun, rather than a report (``and he specified:``)?"""
    if prev.lower() not in _PRONOUNS:
        return False
    before = word_before(text, k)
    return bool(before) and text[k - 1:k] == " " and text[k - 1 - len(before):k - 1] == before and \
        before.lower() not in _LINKS and before.lower() not in _PRONOUNS


def _speaker(text, k, prev) -> bool:
    """Can ``prev`` (at ``text[k]``), the word before the verb, be who speaks: a pronoun, a name, a noun of
    ``speakers.tsv`` (`the minister assured that`), not a thing (`the cache's size limit assures that`, `Setting
    this flag assures that`) nor a word that opens a clause (`If specified, this code`)?  ``has``/``have``/``had``
    are passed over (`it has welcomed that`); a noun that names no one, back to a speaker a few words before it
    (`the head of the delegation`)."""
    if prev.lower() in _AUXILIARIES:
        prev = word_before(text, k) if k > 0 else ""
        k = text.rfind(prev, 0, k) if prev else k
    low = prev.lower()
    if low in _SUBJECTS or low in speaker_forms() or _a_name(prev):
        return True
    # a noun that names no one may end a phrase whose head does: `the head of the delegation`, `a source close to
    # the case` (a few words back, in its clause: not `in Adobe Times, Helvetica and Courier, the document designer`)
    start = max(0, k - _BACK, *(text.rfind(mark, max(0, k - _BACK), k) + 1 for mark in ".!?;,\n"))  # (its clause)
    return any(w.lower() in speaker_forms() for w in _WORD.findall(text, start, k)[-_WORDS_BACK:])  # (nouns only:
    # not `In Kubernetes the controller assures that`)


def _a_name(word: str) -> bool:
    return word[:1].isupper() and not lexicon().known(word.lower())

