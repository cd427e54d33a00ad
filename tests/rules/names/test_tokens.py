"""The word index of a document (tqcheck.rules.names.tokens): its fast paths against plain regexes."""

import gc
import re

from tqcheck import documents
from tqcheck.rules.names import tokens

TRICKY = (
    "Defense, défense and defence: the defence-related co-organise organised organize_x 2organize "
    "organizé organise’s «organise» Organise ORGANISE organise\u00a0centre centre2 x-centre centre-\n"
    "Bakhmout's Bakhmut’s O'Brien N'Djamena Jean-Pierre Ōsaka ōsaka Москва ΑΘΗΝΑ 3Kyiv _Kyiv Kyiv_ "
    "“Will” will. Mark: mark? (Mark) ‘Mark’ Mr. Mark Twain\tTwain's Rue de Londres\n"
)


def test_lowercase_words_are_the_regex_words():
    for fmt in ("text", "markdown"):
        doc = documents.parse(TRICKY + "\n\n`code` *organize* &amp; [centre](http://x) end", "x", fmt)
        expected = {w for seg in doc.segments for w in re.findall(r"(?<![\w\-])[a-z]+(?![\w\-])", seg.text)}
        found = {w.decode() for w in tokens.lower_words(doc) if b"#" not in w}
        assert found == expected


def test_capitalised_words_are_the_regex_words():
    cap = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0391-\u03a9\u0410-\u042f][^\W\d_]*(?:['’\-][^\W\d_]+)*")
    doc = documents.parse(TRICKY + "\n\nSecond Paragraph with **Bold** and `Code` Words", "x.md", "markdown")
    joined, offsets = tokens.layout(doc)
    words, starts, _, _ = tokens.cap_tokens(doc)
    expected = [(offsets[k] + m.start(), m.group()) for k, seg in enumerate(doc.segments)
                for m in cap.finditer(seg.text)]
    assert list(zip(starts, words)) == expected and len(expected) > 20


def test_bounded_starts_are_the_regex_matches():
    for word in ("organise", "centre", "mark", "kyiv"):
        expected = [m.start() for m in re.finditer(rf"(?<![\w\-]){word}(?![\w\-])", TRICKY)]
        assert list(tokens.bounded_starts(TRICKY, word)) == expected, word


def test_a_capitalised_word_opens_a_sentence_as_sentence_start_reads_it():
    from tqcheck.rules.common import sentence_start

    for text in (TRICKY, "Kyiv said. « Bakhmut » fell! (Mark) “Will” go? ‘Twain’ wrote: Paris\n\nLondon O'Brien.",
                 "  (“Kyiv", "no capital here"):
        doc = documents.parse(text, "x.txt")
        joined = tokens.layout(doc)[0]
        _, starts, _, parts = tokens.cap_tokens(doc)
        opens = tokens.cap_opens(parts)
        assert opens == [sentence_start(joined, s) for s in starts]
        assert len(set(opens)) == 2 or len(opens) < 2  # words that open a sentence and words that do not


def test_lower_bytes_transcribe_the_text_one_byte_per_character():
    doc = documents.parse(TRICKY, "x.txt")
    joined = tokens.layout(doc)[0]
    assert len(tokens.lower_bytes(doc)) == len(joined)
    assert tokens.lower_bytes(doc).split() == tokens.lower_list(doc)


def test_whole_words_are_the_bounded_starts():
    words = ("organise", "organised", "organ", "centre", "mark", "kyiv", "defence", "defense", "rue", "de")
    for text in (TRICKY, "organise " + TRICKY, "centre" + TRICKY + " mark"):
        doc = documents.parse(text, "x.txt")
        joined = tokens.layout(doc)[0]
        expected = sorted((k, w.encode()) for w in words for k in tokens.bounded_starts(joined, w))
        assert list(tokens.whole_words(tokens.lower_bytes(doc), words)) == expected and len(expected) >= 8
    assert list(tokens.whole_words(b"organise", ())) == []


def test_the_memo_belongs_to_one_document():
    a = documents.parse("Kyiv and Bakhmut.", "a.txt")
    b = documents.parse("Kyiv and Bakhmout.", "b.txt")
    memo = tokens.memo(a)
    memo["probe"] = 1
    assert tokens.memo(a) is memo and tokens.cap_counts(a) == {"Kyiv": 1, "Bakhmut": 1}
    assert "probe" not in tokens.memo(b)  # another document replaces it
    assert "probe" not in tokens.memo(a)
    tokens.memo(a)["probe"] = 2
    a.segments = documents.parse("Kyiv and Bakhmout.", "a.txt").segments  # new segments are read again
    assert "probe" not in tokens.memo(a)
    tokens.memo(b)["probe"] = 3
    b.segments = []  # what the runner does once a document is checked
    gc.collect()
    assert tokens._last == (None, None, {})  # the memo goes with the segments it was made from
    tokens.memo(a)["probe"] = 4
    del a
    gc.collect()
    assert tokens._last == (None, None, {})  # and with its document


def test_the_memo_goes_after_the_last_names_detector_the_engine_runs():
    from tqcheck.config import Config
    from tqcheck.engine import Context
    from tqcheck.rules.names import exonyms

    doc = documents.parse("Bakhmout and Kyiv.", "a.txt")
    for select, kept in ((["TQ"], True), (["TQ201"], False), (["TQ201", "TQ3"], False)):
        ctx = Context(Config(select=select))
        ctx.path = doc.path
        assert [p.code for p in exonyms.check(doc, ctx)] == ["TQ201"]
        assert (tokens._last[0] is not None and tokens._last[0]() is doc) == kept, select
