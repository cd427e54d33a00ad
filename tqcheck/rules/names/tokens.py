"""The words of a document as the names family reads them (no rule): one index per document.

The segments' texts are joined by newlines (``layout``); the capitalised words of that text, with their
starts and counts, are split out once (``cap_tokens``), and so are its lowercase words (``lower_words``).
TQ201, TQ202 and TQ203 of one document share this work through ``memo(doc)``.

The memo belongs to the document being checked: the engine runs every detector on one document (and
``collect``) before the next, so one slot is enough; a new document replaces it.  It goes when the last
names detector the engine runs on the document says it is ``done``, and at the latest with the segments
it is made from (the runner drops them once a document is checked; it keeps the document, and may send
it to another process).  Nothing depends on the memo but speed: a detector run alone reads what it needs.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, repeat

from ..common import Pattern, alternation
from ..common.context import SENTENCE_END, SENTENCE_SKIP

# a capitalised word: letters, with inner apostrophes and hyphens (N'Djamena, Addis-Abeba, Bakhmout's);
# the capital first and the look-behind after it, so that the regex engine scans for the class fast; the
# curly apostrophe apart from the ASCII marks (a class of more than two runs with a character above U+00FF,
# `[\w'’\-]`, compiles through re's slow big-charset path: about 1 M instructions each)
CAP_CLASS = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u0391-\u03a9\u0410-\u042f"
_CAP_REST = r"[^\W\d_]*(?:['\-][^\W\d_]+|’[^\W\d_]+)*"
CAP = Pattern(rf"([{CAP_CLASS}](?<![\w'\-].)(?<!’.){_CAP_REST})", re.S)  # captured, for ``split``
POSSESSIVE = ("'s", "’s")

_last = (None, None, {})  # weak references to the document and its first segment, and their memo


def memo(doc) -> dict:
    """The work shared by the detectors on ``doc``: a dict they fill under their own keys."""
    global _last
    doc_ref, segment_ref, shared = _last
    segments = doc.segments
    if not segments:
        return {}  # nothing to index
    if doc_ref is not None and doc_ref() is doc and segment_ref() is segments[0]:
        return shared
    try:
        entry = (weakref.ref(doc), weakref.ref(segments[0], _forget), {})
    except TypeError:
        return {}
    _last = entry
    return entry[2]


def _forget(ref) -> None:
    """The segments the memo was made from are gone (the runner drops them once a document is
    checked): so is the memo."""
    global _last
    if _last[1] is ref:
        _last = (None, None, {})


_ORDER = ("TQ201", "TQ202", "TQ203", "TQ204", "TQ206")  # the codes of the names detectors, in the engine's order


def done(doc, ctx, code: str) -> None:
    """The detector of ``code`` has finished with ``doc`` (TQ202: its ``collect``).  When the engine runs no
    names detector after it on ``doc`` (it runs them in code order, the selected ones only), the memo goes
    now rather than with the segments, before the runner's own work on the document."""
    global _last
    if any(ctx.enabled(later) for later in _ORDER[_ORDER.index(code) + 1:]):
        return
    ref = _last[0]
    if ref is not None and ref() is doc:
        _last = (None, None, {})


def bare(word: str) -> str:
    """``word`` without a possessive ``'s``."""
    return word[:-2] if word.endswith(POSSESSIVE) else word


def layout(doc):
    """The segments' texts joined by newlines (no word crosses one, and a newline bounds a word as a
    segment's edge does) and the offset of each segment in it."""
    shared = memo(doc)
    if "layout" not in shared:
        texts = [seg.text for seg in doc.segments]
        offsets, at = [], 0
        for t in texts:
            offsets.append(at)
            at += len(t) + 1
        shared["layout"] = (texts[0] if len(texts) == 1 else "\n".join(texts), offsets)
    return shared["layout"]


def cap_tokens(doc):
    """The capitalised words of the segments in text order, their starts in ``layout``'s text, how
    often each occurs (in order of first use), and the split text (text, word, text, ..., text)."""
    shared = memo(doc)
    if "cap" not in shared:
        parts = CAP.split(layout(doc)[0])
        ends = list(accumulate(map(len, parts)))
        tokens = parts[1::2]
        shared["cap"] = (tokens, ends[0:-1:2], Counter(tokens), parts)
    return shared["cap"]


def cap_opens(parts: list) -> list:
    """Whether each capitalised word of ``cap_tokens`` (``parts``: its split text) opens a sentence, as
    ``sentence_start`` reads it: the text before the word, what ``sentence_start`` looks past left out, ends
    with a sentence end, or is nothing before the first word (the word before ends with a letter, which is
    neither looked past nor a sentence end)."""
    before = parts[0:-1:2]
    opens = list(map(str.endswith, map(str.rstrip, before, repeat(SENTENCE_SKIP)), repeat(tuple(SENTENCE_END))))
    if before and not before[0].rstrip(SENTENCE_SKIP):
        opens[0] = True
    return opens


def cap_counts(doc) -> dict:
    """How often each capitalised word (possessive left out) occurs in the document."""
    shared = memo(doc)
    if "cap_counts" not in shared:
        counts: dict[str, int] = {}
        for token, n in cap_tokens(doc)[2].items():
            if token[0].isupper():
                word = token[:-2] if token.endswith(POSSESSIVE) else token
                counts[word] = counts.get(word, 0) + n
        shared["cap_counts"] = counts
    return shared["cap_counts"]


def find_names(doc, wanted):
    """(segment index, start, word) of every capitalised word in ``wanted``, possessive left out,
    in text order."""
    tokens, starts, _, _ = cap_tokens(doc)
    forms = set(wanted)
    forms.update([w + p for w in wanted for p in POSSESSIVE])
    _, offsets = layout(doc)
    out = []
    for s, token in [(s, t) for t, s in zip(tokens, starts) if t in forms]:
        word = bare(token)
        if word in wanted:
            k = bisect_right(offsets, s) - 1
            out.append((k, s - offsets[k], word))
    return out


def next_name(text: str, j: int):
    """The capitalised word (possessive kept) just after ``text[:j]``, parted from it by one space, or None."""
    if j + 1 < len(text) and text[j] in " \u00a0":
        m = CAP.match(text, j + 1)
        if m is not None:
            return m.group()
    return None


# lowercase words: the text transcribed to ASCII one byte per character, a-z kept, the other word
# characters and the hyphen turned into `#`, the rest into spaces; a chunk without `#` between spaces
# is then a word `(?<![\w\-])[a-z]+(?![\w\-])` of the text
_LOWER_TABLE = bytes(
    c if 97 <= c <= 122 else 35 if chr(c).isalnum() or chr(c) in "_-" else 32 for c in range(128)
) + b" " * 128


def _non_ascii_words(exc):
    return "".join("0" if c.isalnum() else " " for c in exc.object[exc.start:exc.end]), exc.end


@lru_cache(maxsize=None)
def _ascii_errors() -> str:
    import codecs

    codecs.register_error("tqcheck.names.words", _non_ascii_words)
    return "tqcheck.names.words"


def lower_bytes(doc) -> bytes:
    """``layout``'s text transcribed one byte per character (its offsets are the text's): a-z kept, the
    other word characters and the hyphen `#`, the rest spaces.  Its chunks between spaces are
    ``lower_list``'s, so a lowercase word ``w`` is a word of the text at ``i`` where ``w`` is a chunk at
    ``i`` (``is_bounded``)."""
    shared = memo(doc)
    if "lower_bytes" not in shared:
        shared["lower_bytes"] = layout(doc)[0].encode("ascii", _ascii_errors()).translate(_LOWER_TABLE)
    return shared["lower_bytes"]


def lower_list(doc) -> list:
    """The lowercase words of the segments in text order (bytes), with chunks holding `#`, which are
    not words."""
    return lower_bytes(doc).split()


def lower_words(doc) -> dict:
    """The lowercase words of the segments, each once (bytes keys, in order of first use; a key with `#`
    is not a word)."""
    shared = memo(doc)
    if "lower" not in shared:
        shared["lower"] = dict.fromkeys(lower_list(doc))
    return shared["lower"]


def common_among(doc, initial_only) -> set:
    """Of capitalised words seen only at sentence starts, those written in lowercase elsewhere: Will, Mark."""
    if len(initial_only) > 20:  # many: against the lowercase words of the segments
        words = lower_words(doc)
        return {w for w in initial_only if (low := w.lower()).isascii() and low.encode() in words}
    return {w for w in initial_only if bounded(doc.text, w.lower())}


def bounded(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` with neither a word character nor a hyphen on either side
    (``(?<![\\w\\-])word(?![\\w\\-])``)?"""
    return next(bounded_starts(text, word), None) is not None


def is_bounded(text: str, i: int, j: int) -> bool:
    """Has ``text[i:j]`` neither a word character nor a hyphen on either side (as ``lower_list`` parts
    words)?"""
    return not (i and (text[i - 1].isalnum() or text[i - 1] in "_-")
                or j < len(text) and (text[j].isalnum() or text[j] in "_-"))


def bounded_starts(text: str, word: str):
    """The starts of ``word`` in ``text`` with neither a word character nor a hyphen on either side."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if is_bounded(text, i, i + n):
            yield i
        i = text.find(word, i + 1)


def whole_words(lower: bytes, words):
    """``(start, word as bytes)`` wherever one of ``words`` (lowercase a-z) is a word of the text ``lower``
    transcribes (``lower_bytes``: a chunk between spaces), in text order: the occurrences ``bounded_starts``
    finds, all words in one regex pass.  A word is sought after a space, a literal the regex engine skips to
    fast, rather than at every character (the start of the text apart)."""
    if not words:
        return
    chunk = alternation(words).encode() + rb"(?![^ ])"  # the whole chunk: one word at most fits it
    m = re.match(chunk, lower)
    if m is not None:
        yield 0, m.group()
    for m in re.finditer(b" (" + chunk + b")", lower):
        yield m.start(1), m.group(1)


def used_lowercase(doc, word: str) -> bool:
    """Does the document also write ``word`` in lower case, as a word of its prose (not in an address or a file name,
    ``moscou.csv``, nor quoted, `“poutine dehors”`), and is that an English word or loan (``poutine`` beside
    ``Poutine``; not ``moscou``)?"""
    shared = memo(doc)
    key = ("lowercase", word)
    if key not in shared:
        from ..untranslated.lexicon import fold, is_english, is_loanword

        low, text, quoted = word.lower(), layout(doc)[0], quotations(doc)
        shared[key] = (is_english(low) or is_loanword(fold(low))) and any(
            not in_address(text, m.start(), m.end()) and not bisect_right(quoted, m.start()) % 2
            for m in re.finditer(rf"(?<![^\W\d_]){re.escape(low)}(?![^\W\d_])", text))
    return shared[key]


# a quotation on one line: curly, straight or in guillemets
_QUOTATION = Pattern(r'“[^“”\n]{1,500}”|«[^«»\n]{1,500}»|(?<![\w"])"[^"\n]{1,500}"(?![\w"])')


def quotations(doc) -> list:
    """The quotations of ``layout``'s text as a flat sorted list of their starts and ends: an offset is inside one
    where ``bisect_right(quotations(doc), offset)`` is odd."""
    shared = memo(doc)
    if "quotations" not in shared:
        text = layout(doc)[0]
        shared["quotations"] = [k for m in _QUOTATION.finditer(text) for k in m.span()] \
            if any(q in text for q in "“«\"") else []
    return shared["quotations"]


def in_address(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` part of a URL, a path, a file name or an identifier: an underscore, an equals sign, an at
    sign or a hash touching it, a file's extension after it, or, in its run of non-spaces, `://`, `www.`, a leading
    `/` or two slashes (not the one of `the Paris/Moscou axis`)?"""
    before, after = text[i - 1:i], text[j:j + 1]
    if before in _ADDRESS or after in _ADDRESS or after == "." and text[j + 1:j + 2].islower():
        return True
    token = _RUN_BEFORE.search(text, max(0, i - 300), i).group() + text[i:j] + _RUN_AFTER.match(text, j).group()
    return "://" in token or "www." in token or token.startswith(("/", "~", "./")) or token.count("/") >= 2


_RUN_AFTER = Pattern(r"\S{0,300}")
_RUN_BEFORE = Pattern(r"\S*\Z")
_ADDRESS = frozenset("\\_=@#")
