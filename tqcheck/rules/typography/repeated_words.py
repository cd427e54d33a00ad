"""TQ107 repeated-word: one word written twice in a row (``the the``, ``to to``, ``not not``).

A translation QA check of every tool of the trade (pofilter's ``doublewords``, Xbench's repeated words):
MT systems repeat a word where two French words became one English one (*ne pas* → ``not not``), and a
post-editor who inserts a word leaves the old one behind.  The doubled word must be the same, in the same
case after the first letter, with only spaces between (up to eight, of any width; not a tab, which parts a table's
columns: ``number<tab>number constant``), on one line.  Left alone:
the words English doubles on purpose (``repeated_words.tsv``: ``that that``, ``had had``, ``what it is is``,
``very very``), a doubled capitalised word (a name: ``Sirhan Sirhan``, ``Walla Walla``), single letters other
than ``a a``, two words with markup between them (``the month <em>month</em>``: a parameter named after
what it holds, as API documentation writes), a second word that goes on as a glob, a path or a file (``vault
vault-*``), and the doublings English makes after an object or an article (``pass them in in``, ``the one one``).
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import Pattern, Table, previous_word
from ..common.lexicon import function_words
from . import SPACES

RULES = [
    Rule(
        code="TQ107",
        name="repeated-word",
        severity="warning",
        summary="The same word twice in a row (the the, not not)",
        what="Flags the second of two identical words separated only by spaces (`the the`, `to to`, `not not`). "
        "Words that English doubles on purpose (`that that`, `had had`, `what it is is`, `very very`, "
        "`bye bye`: `repeated_words.tsv`), doubled capitalised words (names such as `Walla Walla`), a particle "
        "then its preposition (`pass them in in your array`) and `the one one level up` are left alone.",
        why="A doubled word is a slip of MT output and of hurried post-editing (French *ne … pas* becomes "
        "`not not`; a word inserted beside the one it replaces stays): each WMT13 system leaves about four, and "
        "LIG's post-editors left 14 in 10,881 sentences. Readers notice it at once.",
        before="Measures are not not enough to to stop the decline.",
        after="Measures are not enough to stop the decline.",
        fix="unsafe: the second word and the spaces before it are removed; a doubling the table does not know "
        "may be meant (`what he believed in in his youth`).",
        data=("repeated_words.tsv", "english_function_words.tsv"),
    ),
]

DOUBLED = Table("repeated_words.tsv", key="word", order="plain")

# a word after a space, a line's start or an opening mark; spaces; the same word, or its lowercase after a capital
# (`The the`). Found from the mark before it (a regular expression that opens with a word boundary is tried at
# every character: three times slower); the lookahead takes the whole word at once, as an atomic group would
# (Python 3.11+), so a word that is not repeated costs no backtracking.  Group 1: a capital, if any; group 2: the
# word's lowercase letters.  Not a word's third time (`bum bum bum`, `never never never`: said on purpose).
_GAP = "[ \u00a0\u202f\u2009]{1,8}"  # spaces, as French and MT set them (SPACE_CLASS but the tab: it parts columns)
_WORD = ("(?:([A-ZÀ-ÖØ-Þ]))?(?=([a-zà-öø-ÿœ]+))\\2" + _GAP + "(?(1)(?i:\\1))\\2\\b"
         "(?![-'’][^\\W\\d_]|[-_/*=@#$%&+|~^\\\\]|\\.\\w)(?![\u0300-\u036f])"  # not `the-the`, `vault vault-*`,
        # `log log.txt` (a token goes on: a glob, a path, a file), nor a letter with a combining accent
         "(?!" + _GAP + "(?(1)(?i:\\1))\\2\\b)")
_REPEAT = Pattern("[ \t\n\u00a0(\\[{“\"‘'«—–]" + _WORD)
_AT_START = Pattern(_WORD)  # at a segment's start


# a doubling English writes after one of these words: a particle after its object, then the same preposition
# (`pass them in in your array`, `fill it in in the form`); a pronoun `one` after its article (`the one one level up`)
_OBJECTS = frozenset(("it", "them"))  # (not `you`, `that`: `see you in in two weeks`, `the law that in in 2010`)
_WORD_MEANT = {"in": _OBJECTS, "on": _OBJECTS, "out": _OBJECTS, "up": _OBJECTS, "over": _OBJECTS,
               "one": frozenset("the this that which any every each".split())}


@lru_cache(maxsize=None)
def _meant() -> frozenset:
    return frozenset(DOUBLED.column("word"))


def _third(text: str, i: int, word: str) -> bool:
    """Is the word that starts at ``i`` (a doubling's first) itself the second of the same word (as far back as
    ``_GAP`` reaches)?"""
    before = text[max(0, i - len(word) - 8):i]
    gap = len(before) - len(before.rstrip(SPACES))
    start = len(before) - gap - len(word)
    return gap > 0 and start >= 0 and before[start:start + len(word)].lower() == word and \
        not before[start - 1:start].isalpha()


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        start = _AT_START.match(text)
        for m in ([start] if start else []) + list(_REPEAT.finditer(text)):
            problem = _repeated(seg, m)
            if problem is not None:
                yield problem


def _repeated(seg, m):
    capital, j = m.group(1) or "", m.end(0)  # the second word's end
    word = capital.lower() + m.group(2)
    i, k = m.start(2) - len(capital), j - len(word)  # the first word's start, the second's
    if not seg.text[k].islower() or word in _meant() or _third(seg.text, i, word) or (len(word) == 1 and word != "a"):
        return None  # `The The`, `that that`, `bum bum bum`, `x x`
    if capital and word not in function_words():  # `Poor poor pitiful me`, `Aye aye, sir`
        return None
    if word in _WORD_MEANT and previous_word(seg.text, i).lower() in _WORD_MEANT[word]:
        return None  # `pass them in in your array`, `the one one level up`
    if not seg.is_verbatim(i, j):  # `the month <em>month</em>`: a parameter named after what it holds
        return None
    return seg.problem(k, j, "TQ107", f"Repeated word `{seg.text[k:j]}`: remove one", replacement="",
                       applicability="unsafe", edit=(i + len(word), j))
