"""TQ205 lowercase-nationality: a nationality, people, region or religion written lower case, the French way.

French writes its adjectives of nationality in lower case (*l'armée égyptienne*, *les troupes françaises*), and
MT carries the case over: `the egyptian army`, `french troops`, `the islamists`. English capitalises them.
The words are rows of ``names_nationalities.tsv``: an adjective is flagged before a noun (or another such
adjective), a language's name after `in`, `into`, `from` or `to` (`from french to english`) or alone in brackets
(`(french)`), a people's plural after a determiner or a quantifier.  Left alone: a text with no capital letter at
all (lower-cased MT output carries no case to read), a word glued to code (`french.po`, `lang_french`, `-french`),
and an adjective one or two words before a ``follower`` row: software jargon (`Update german translation`,
`korean fonts`) and set phrases English often writes lower case (`french fries`, `dutch oven`).
"""

from __future__ import annotations

from functools import lru_cache

from .. import Rule
from ..common import CODE_MARKS, Pattern, Table, previous_word
from ..common.keywords import Keywords, keyword_text
from ..common.lexicon import lexicon

RULES = [
    Rule(
        code="TQ205",
        name="lowercase-nationality",
        severity="warning",
        summary="A nationality, people or religion written lower case the French way (the egyptian army)",
        what="Flags an adjective of nationality, region or religion written in lower case before a noun "
        "(`the egyptian army`, `french troops`, `a muslim country`) and a people's name in lower case after a "
        "determiner (`the palestinians`, `many islamists`), and a language's name in lower case after `in`, `into`, "
        "`from` or `to` (`translated from french to english`). Set phrases English often writes lower case "
        "(`french fries`) and software jargon (`german translation`) are left alone, and so is a text written "
        "all in lower case.",
        why="French writes these words lower case (*l'armée égyptienne*) and English capitalises them; the lower "
        "case is a visible trace of translation, and a reader takes it for carelessness.",
        before="The egyptian army surrounded the palestinians.",
        after="The Egyptian army surrounded the Palestinians.",
        fix="unsafe: the first letter is capitalised; unsafe because a lower-case word in a plain-text file may be "
        "a value or a name in code that tqcheck cannot see as code.",
        data=("names_nationalities.tsv", "english_lexicon.tsv"),
    ),
]

WORDS = Table("names_nationalities.tsv", key="word",
              choices={"kind": ("nationality", "region", "religion", "people", "follower"), "language": ("yes", "")})
# before a language's name: `translated from french to english`, `speak more english`, `fluent german`
_BEFORE_LANGUAGE = frozenset("in into from to speak speaks spoke spoken speaking learn learns learned learnt "
                             "learning teach teaches taught teaching more less fluent".split())
_OBJECT_STARTS = frozenset("the a an this that these those my your his her its our their".split())
_SETTING = Pattern(r"(?i)\b(?:set|sets|setting|switch|switches|change|changes|lang|locale)\b|--\w")
_DETERMINERS = frozenset(("the", "of", "and", "by", "for", "many", "some", "all", "most", "two", "three", "few",
                          "several", "young", "other", "these", "those", "both", "between", "among", "with"))
_GLUED = CODE_MARKS + "'’:"  # before or after the word: part of a path, an identifier, an option or markup


@lru_cache(maxsize=1)
def _kinds() -> dict:
    kinds = {kind: frozenset(WORDS.column("word", kind=kind)) for kind in ("people", "follower")}
    kinds["language"] = frozenset(WORDS.column("word", language="yes"))
    kinds["adjective"] = frozenset(WORDS.column("word", kind="nationality") + WORDS.column("word", kind="region")
                                   + WORDS.column("word", kind="religion"))
    return kinds


KEYWORDS = Keywords(lambda: [row.word for row in WORDS.rows if row.kind != "follower"])


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        if text.islower():
            continue  # lower-cased text: no case to read
        found = keyword_text(seg).positions(KEYWORDS)
        if found:
            yield from _problems(seg, text, found)


def _problems(seg, text, found):
    kinds, lex = _kinds(), lexicon()
    for k, length in found:
        word, end = text[k:k + length], k + length
        after = text[end:end + 1]
        if not word.islower() or (k and text[k - 1] in _GLUED) or after.isalnum() or (after and after in _GLUED
                                                                                      and not _full_stop(text, end)):
            continue
        if word in kinds["language"] and text[k - 1:k] + after in ("()", "[]") and text[k - 2:k - 1] in ("", " ") \
                and _SETTING.search(text, max(0, k - 40), k) is None:
            pass  # `this address (french)`: a page's language, named alone in brackets (not `f(french)`, a locale)
        elif word in kinds["adjective"]:
            following = _next_word(text, end)
            if not (_language(text, k, word, following, kinds) or following and (
                    following in kinds["adjective"] or lex.has_class(following, "NOUN"))):
                continue
            if following and (following in kinds["follower"]
                              or _next_word(text, end + 1 + len(following)) in kinds["follower"]):
                continue  # `german translation`, `french program translation`
        elif previous_word(text, k).lower() not in _DETERMINERS:
            continue
        proper = word[0].upper() + word[1:]
        message = f"`{word}` in lower case, as French writes it: English capitalises it (`{proper}`)"
        yield seg.problem(k, end, "TQ205", message, proper, applicability="unsafe")


def _language(text: str, k: int, word: str, following: str, kinds: dict) -> bool:
    """Is ``word`` at ``k`` a language's name after in/into/from/to, a verb of speaking or learning, or a quantifier
    (`translated from french`, `there is more english in Avignon`): not a verb before its
    object (`french the rack`), nor a setting's value (`set LANG to english`, `switch the locale to german`)?"""
    before = previous_word(text, k).lower()
    if word not in kinds["language"] or before not in _BEFORE_LANGUAGE or following in _OBJECT_STARTS:
        return False
    return before != "to" or _SETTING.search(text, max(0, k - 40), k) is None


def _full_stop(text: str, i: int) -> bool:
    """Is ``text[i]`` a full stop that ends a sentence (`to english.`), not a file's extension (`french.po`)?"""
    return text[i] == "." and (i + 1 == len(text) or text[i + 1].isspace())


def _next_word(text: str, i: int) -> str:
    """The lower-case word after a single space at ``text[i]``, or ``""``."""
    if i >= len(text) or text[i] != " ":
        return ""
    j = i + 1
    while j < len(text) and "a" <= text[j] <= "z":
        j += 1
    return text[i + 1:j] if j == len(text) or not (text[j].isalnum() or text[j] in "-'’_") else ""
