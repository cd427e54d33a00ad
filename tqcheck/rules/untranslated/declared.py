"""TQ404 declared-french: an English page that still declares its language French (``<html lang="fr">``, a front
matter's ``lang: fr``).

A translated page is often made from its French original, and the language tag is the one part no translator
reads.  The reader records where the page declares its language (``Document.language``); a page whose text is read
as French is not checked at all, and one whose function words are English, three times as many as French ones
(``language.function_words``), is an English page: its French tag is a stale one.  The fix writes ``en``,
unsafe: which English (``en-GB``, ``en-US``) is the site's to choose.
"""

from __future__ import annotations

from ...documents.language import RATIO, function_words
from ...findings import Fix, Problem
from .. import Rule

ENGLISH_LEAST = 3  # English function words, three times as many as French ones: the page reads as English

RULES = [
    Rule(
        code="TQ404",
        name="declared-french",
        severity="warning",
        summary="An English page that declares its language French (<html lang=\"fr\">, lang: fr)",
        what="Flags the language tag of an HTML page (`<html lang=\"fr\">`) or of a Markdown, MDX or Quarto page's "
        "front matter (`lang: fr`) when it names French and the page, checked as English, is not French.",
        why="The tag is copied with the French original and no translator reads it, yet screen readers speak the "
        "page with French pronunciation, browsers offer to translate it into English, search engines list it "
        "as French, and spelling checkers and hyphenation follow it.",
        before="---\nlang: fr\n---\n\nThe installation takes two minutes, and it is the same for all of us.",
        after="---\nlang: en\n---\n\nThe installation takes two minutes, and it is the same for all of us.",
        fix="unsafe: the tag becomes `en`; which English (`en-GB`, `en-US`) is the site's choice.",
    ),
]


def check(doc, ctx):
    if doc.language is None:
        return
    start, end = doc.language
    tag = doc.text[start:end]
    if tag[:2].lower() != "fr" or tag[2:3] not in ("", "-", "_"):  # fr, fr-FR, fr_CA (not frr, North Frisian)
        return
    french, english = function_words(s.text for s in doc.segments)
    if english >= ENGLISH_LEAST and english >= RATIO * french:  # (a short French page is checked, not English)
        yield Problem(start, end, "TQ404", f"The page declares its language `{tag}` (French), but its text is "
                      "English: screen readers, browsers and search engines take it for French",
                      Fix("en", "unsafe"))
