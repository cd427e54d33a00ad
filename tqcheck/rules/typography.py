"""TQ1xx: French typography left in English text.

Guillemets, the French space before ``; : ! ?`` and inside quotes, the comma
left outside a quote before an inverted reporting clause, the French dialogue
dash, and straight and curly quotes mixed in one document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import load_tsv
from ..documents import PLACEHOLDER
from . import Rule
from .common import space_name

RULES = [
    Rule(
        code="TQ101",
        name="french-guillemets",
        severity="warning",
        summary="French guillemets « » ‹ › used as quotation marks",
        what="Flags `«`, `»`, `‹` and `›` used as quotation marks, with or without the spaces or "
        "no-break spaces French puts inside them, including a guillemet paired with an English quote.",
        why="English quotes with “ ” and ‘ ’. A guillemet, above all a stray closing `»` left at the end "
        "of a sentence, is the most visible sign of an unedited translation from French.",
        before="We must continue to support Ukraine. »\nHe called him a «\u00a0loser\u00a0».",
        after="We must continue to support Ukraine.”\nHe called him a “loser”.",
        fix="safe: « becomes “, » becomes ”, ‹ › become ‘ ’, and the spaces inside are removed.",
    ),
    Rule(
        code="TQ102",
        name="space-before-punctuation",
        severity="warning",
        summary="A space or no-break space before ; : ! ? or a closing quote (French spacing)",
        what="Flags a space, no-break space (U+00A0) or narrow no-break space (U+202F) before `;`, `:`, "
        "`!`, `?` or a closing quote `”`, or after an opening `“`. Emoticons such as `:)`, ratios such "
        "as `3 : 1`, URLs and code are not flagged.",
        why="French typography puts a thin space before high punctuation and inside quotes; English "
        "never does. MT systems copy it, and an English reader sees a stray gap, sometimes a line break "
        "before the colon.",
        before="One thing is certain : the new provisions will apply. Why ?",
        after="One thing is certain: the new provisions will apply. Why?",
        fix="safe: the space is removed.",
    ),
    Rule(
        code="TQ103",
        name="comma-outside-quote",
        severity="warning",
        summary="A comma after the closing quote, before a reporting clause",
        what="Flags `”, said the minister` and `\", underlined the Secretary General`: a quotation "
        "closed before its comma and followed by a reporting clause.",
        why="French puts the comma after the closing guillemet; English news style puts it inside the "
        "quote (`,” said`). With the inverted clause that usually follows, it marks the sentence as "
        "translated.",
        before="“We will not give up”, underlined the Secretary General.",
        after="“We will not give up,” underlined the Secretary General.",
        fix="safe: the comma moves inside the quote (a full stop before the quote becomes the comma; "
        "after ? or ! the comma is dropped).",
    ),
    Rule(
        code="TQ104",
        name="dialogue-dash",
        severity="warning",
        summary="A French dialogue dash opening a paragraph as a speech marker",
        what="Flags an en or em dash that opens a paragraph or line of reported speech "
        "(`– We have no choice, replied the mayor.`), the French way of marking dialogue.",
        why="English marks speech with quotation marks. A line opening with a dash reads as a list item "
        "or an aside, and the speaker becomes hard to follow.",
        before="– We have no choice, replied the mayor.",
        after="“We have no choice,” replied the mayor.",
        fix="none: where the quotation ends is a decision for an editor.",
    ),
    Rule(
        code="TQ106",
        name="space-before-comma",
        severity="warning",
        summary="A space before a comma or full stop (tokenised MT output)",
        what="Flags a space between a word and the comma or full stop after it (`Assembly , with 300 "
        "votes against 200 .`). Decimals (`.5`), file extensions (`.txt`) and ellipses are not flagged.",
        why="Statistical and older neural MT systems work on tokenised text and sometimes fail to join "
        "punctuation back; no typography, French or English, puts a space there.",
        before="The bill passed the National Assembly , with 300 votes against 200 .",
        after="The bill passed the National Assembly, with 300 votes against 200.",
        fix="safe: the space is removed.",
    ),
    Rule(
        code="TQ105",
        name="mixed-quote-styles",
        severity="info",
        summary="Straight and curly double quotes mixed in one document",
        what="Flags the less frequent style when a document uses both straight `\"` and curly `“ ”` "
        "double quotes.",
        why="Mixed quotes show text pasted together from several sources, often MT output edited in "
        "parts. House style picks one.",
        before='He said “yes”. She said "no".',
        after="He said “yes”. She said “no”.",
        fix="unsafe: the minority quotes are rewritten to the majority style; curling a straight quote "
        "guesses its direction from its neighbours.",
    ),
]

_GUILLEMET_FIX = {"«": "“", "»": "”", "‹": "‘", "›": "’"}
_SPACES = " \t\u00a0\u202f\u2009"
_SPACE_CLASS = "[ \\t\u00a0\u202f\u2009]"

# a guillemet with the spaces French sets inside it
_OPEN_RE = re.compile(f"([«‹])({_SPACE_CLASS}*)")
_CLOSE_RE = re.compile(f"({_SPACE_CLASS}*)([»›])")
# whitespace between a non-space and high punctuation, and what follows it
_PUNCT_RUN_RE = re.compile("[;:!?]+")
_EMOTICON_NEXT = set(")(DPpOo3|/\\*-][")
_CURLY_QUOTE_RE = re.compile("[“”]")
_DASH_LINE_RE = re.compile(r"(?m)^[ \t]*([–—])[ \t\u00a0]*(?=[A-Z“\"«])")


@lru_cache(maxsize=None)
def _reporting_re():
    verbs = sorted({row["verb"] for row in load_tsv("reporting_verbs.tsv")}, key=len, reverse=True)
    alternation = "|".join(map(re.escape, verbs))
    # inverted (``, said the minister``) or not (``, he said``, ``, Mr Smith added``)
    subject = r"(?:he|she|they|we|I|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    return re.compile(rf"\s*(?:(?:{alternation})\b|{subject}\s+(?:{alternation})\b)")


# a closing quote, then a comma: ``”,`` or ``",`` (straight: after a non-space)
_QUOTE_COMMA_RE = re.compile(r"[”\"»],")


# a space after a word, before , or . that ends a clause (not .5, .txt or . . .)
_SPACE_COMMA_RE = re.compile(f"(?<=[\\w)\\]”\"’'%])({_SPACE_CLASS}+)([,.])(?=[\\s”\"’)]|$)(?![ \\u00a0]?\\.)")


def check(doc, ctx):
    for seg in doc.segments:
        text = seg.text
        if ctx.enabled("TQ106") and (" ," in text or " ." in text or "\u00a0," in text):
            for m in _SPACE_COMMA_RE.finditer(text):
                yield seg.problem(m.start(1), m.end(1), "TQ106", f"Space before `{m.group(2)}` (tokenised MT output)", "")
        if ctx.enabled("TQ101") and ("«" in text or "»" in text or "‹" in text or "›" in text):
            yield from _guillemets(seg)
        if ctx.enabled("TQ102"):
            yield from _space_before_punctuation(seg)
        if ctx.enabled("TQ103") and "," in text:
            yield from _comma_outside_quote(seg)
        if ctx.enabled("TQ104") and ("–" in text or "—" in text):
            yield from _dialogue_dash(seg)
    if ctx.enabled("TQ105"):
        yield from _mixed_quotes(doc)


def _is_navigation_mark(text: str, i: int) -> bool:
    """``Home » News`` and ``Read more »``: a guillemet used as an arrow, not a quote."""
    before = text[:i].rstrip(_SPACES)
    after = text[i + 1:].lstrip(_SPACES)
    spaced = i > 0 and text[i - 1] in _SPACES
    if not spaced or not before or not before[-1].isalnum():
        return False
    return not after or after[0].isalnum() or after[0] in "»›"


def _guillemets(seg):
    text = seg.text
    has_open = "«" in text or "‹" in text
    for m in _OPEN_RE.finditer(text):
        mark = m.group(1)
        if mark == "‹" and "›" not in text[m.end():]:
            continue  # a lone ‹ is an arrow, not a quote
        yield seg.problem(
            m.start(1), m.end(1), "TQ101", f"French guillemet `{mark}`: English opens a quotation with `{_GUILLEMET_FIX[mark]}`",
            _GUILLEMET_FIX[mark], edit=(m.start(), m.end()),
        )
    for m in _CLOSE_RE.finditer(text):
        mark = m.group(2)
        i = m.start(2)
        if mark == "›" and "‹" not in text[:i]:
            continue
        if not has_open and _is_navigation_mark(text, i):
            continue
        yield seg.problem(
            i, m.end(2), "TQ101", f"French guillemet `{mark}`: English closes a quotation with `{_GUILLEMET_FIX[mark]}`",
            _GUILLEMET_FIX[mark], edit=(m.start(), m.end()),
        )


def _space_before_punctuation(seg):
    text = seg.text
    for m in _PUNCT_RUN_RE.finditer(text):
        i = m.start()
        if not i or text[i - 1] not in _SPACES:
            continue
        k = i - 1
        while k > 0 and text[k - 1] in _SPACES:
            k -= 1
        if k == 0 or text[k - 1] in "\r\n" + PLACEHOLDER:
            continue  # at the start of a line: not a space *before* anything
        punct = m.group()
        nxt = text[m.end():m.end() + 1]
        if punct[0] in ":;" and len(punct) == 1 and nxt and (nxt in _EMOTICON_NEXT and not nxt.isalpha() or nxt in "DPp" and _ends_token(text, m.end() + 1)):
            continue  # an emoticon :) ;-) :D
        if punct == ":" and text[k - 1].isdigit() and (nxt.isdigit() or nxt == " " and text[m.end() + 1:m.end() + 2].isdigit()):
            continue  # a ratio or score: 3 : 1
        if nxt == "/" or nxt == "\\":
            continue  # a path or URL scheme
        yield seg.problem(k, i, "TQ102", f"{space_name(text[k:i])} before `{punct[0]}` (French spacing)", "")
    if "”" in text or "“" in text:
        for m in _CURLY_QUOTE_RE.finditer(text):
            q = m.start()
            if m.group() == "”":
                k = q
                while k > 0 and text[k - 1] in _SPACES:
                    k -= 1
                if k == q or k == 0 or text[k - 1].isspace():
                    continue
                span, where = (k, q), "before the closing quote `”`"
            else:
                k = q + 1
                while k < len(text) and text[k] in _SPACES:
                    k += 1
                if k == q + 1 or k == len(text) or text[k].isspace():
                    continue
                span, where = (q + 1, k), "after the opening quote `“`"
            yield seg.problem(*span, "TQ102", f"{space_name(text[span[0]:span[1]])} {where} (French spacing)", "")


def _ends_token(text, i):
    return i >= len(text) or not text[i].isalnum()


def _comma_outside_quote(seg):
    text = seg.text
    reporting = _reporting_re()
    for m in _QUOTE_COMMA_RE.finditer(text):
        q, end = m.start(), m.end()
        quote = text[q]
        if quote == '"' and (q == 0 or text[q - 1] in _SPACES + "\n"):
            continue  # an opening straight quote
        if quote == "»":
            continue  # TQ101 flags the guillemet; its fix makes this a ” the next pass sees
        if not reporting.match(text, end) or not _is_quoted_speech(text, q, quote):
            continue
        end_punct = text[q - 1] if q and text[q - 1] in ".?!…" else ""
        if end_punct == ".":
            replacement, edit = "," + quote, (q - 1, end)
        elif end_punct:
            replacement, edit = end_punct + quote, (q - 1, end)
        else:
            replacement, edit = "," + quote, (q, end)
        yield seg.problem(
            q, end, "TQ103", "Comma after the closing quote before a reporting clause: English puts it inside (`,” said`)",
            replacement, edit=edit,
        )


def _is_quoted_speech(text: str, q: int, quote: str) -> bool:
    """A quotation of a few words or one opening a sentence is speech; a single quoted word
    (``this would be "monstrous", he said``) may keep its comma outside in British style."""
    opener = text.rfind("“" if quote == "”" else '"', max(0, q - 2000), q)
    if opener < 0:
        return True  # the quotation began in an earlier paragraph
    if len(text[opener + 1:q].split()) >= 4:
        return True
    k = opener - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in ".:;!?—–\n"


def _dialogue_dash(seg):
    text = seg.text
    reporting = _reporting_re()
    lines = [m for m in _DASH_LINE_RE.finditer(text)]
    for m in lines:
        line_end = text.find("\n", m.end())
        line = text[m.end(): line_end if line_end >= 0 else len(text)]
        speech = any(reporting.match(line, c.end()) for c in re.finditer(r",", line))
        if speech or len(lines) > 1:
            yield seg.problem(
                m.start(1), m.end(1), "TQ104",
                f"Dialogue dash `{m.group(1)}` opening reported speech: English uses quotation marks",
            )


_STRAIGHT_RE = re.compile(r'(?<![0-9])"')
_INCH_RE = re.compile(r'[0-9]"')
_CURLY_RE = re.compile("[“”]")


def _mixed_quotes(doc):
    straight = curly = 0
    for seg in doc.segments:
        text = seg.text
        if '"' in text:
            straight += text.count('"') - len(_INCH_RE.findall(text))
        curly += text.count("“") + text.count("”")
    if not straight or not curly:
        return
    style = "straight" if straight <= curly else "curly"
    mostly = "also uses" if straight == curly else "mostly uses"
    message = f"{style.capitalize()} double quote in a document that {mostly} " + (
        f"curly ones ({curly} curly, {straight} straight)" if style == "straight"
        else f"straight ones ({straight} straight, {curly} curly)"
    )
    pattern = _STRAIGHT_RE if style == "straight" else _CURLY_RE
    for seg in doc.segments:
        text = seg.text
        for m in pattern.finditer(text):
            i = m.start()
            if style == "curly":
                replacement = '"'
            else:
                prev = text[i - 1] if i else " "
                replacement = "“" if prev.isspace() or prev in "([{—–-/" else "”"
            yield seg.problem(i, i + 1, "TQ105", message, replacement, applicability="unsafe")
