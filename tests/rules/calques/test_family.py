"""The TQ3xx family as a whole on real text: few findings on clean English, every labelled calque found."""

import pytest

from conftest import shared
from tqcheck.config import Config
from tqcheck.documents import load
from tqcheck.engine import Context, lint


# findings per 1000 words: the WMT13 reference is human news; the LIG post-edits are MT corrected by people,
# who left some calques in (the rows' hits there were read: bench/measure_linguistic.py --show TQ3)
@pytest.mark.parametrize("parts, budget", [
    (("data", "wmt13-fren", "newstest2013-ref.en"), 0.2),
    # 0.55 until the reportive-conditional rows: their 12 hits in the post-edits were read, and each is the
    # calque kept ('One of the main organisers of Al Qaeda would have been killed in Pakistan'), as are the
    # 12 present perfects with a past date; 0.6 until evoke-mention, whose 3 hits there are each the calque
    # kept ('as evoked by the billionaire Warren Buffett', 'already evoked a "second 11 September"'); 0.61 until
    # the aside between a verb and its object (word_order.asides_before_object), whose 10 hits there are each
    # the French order kept ('will introduce, on Wednesday, the chip'); 0.65 until the mined rows of stop 25
    # (reportive-conditional-according widened, it-is-here-that, it-is-that-clause: 4 more hits); their hits
    # there were read: all but one are the hearsay conditional or the cleft kept ('According to the
    # investigation, such equipment would have been purchased'); the one is a future in the past ('thought,
    # according to him, that he would be expelled'); 0.67 until the rows of stop 27: 9 hits there, read, the
    # calques kept ('A few 50,000 persons' twice, 'no one can never repeat', 'in which was formed the
    # father-son team', 'where are born the pride', 'On the poster, were José Luis Moreno', 'As for Hervé de
    # Charette, is pursuing', 'As proclaimed Tocqueville, are the shortcomings') and 'thousands of persons who
    # have law degrees', a court's wording; 0.70 until the rows mined from English by French authors (stop 29):
    # 7 hits there, read, each the calque kept ('an other infringement', 'demand informations', 'an instable
    # market', 'an equal repartition of resources', 'prevent the international community to ask', 'prevented
    # the demonstrators to come' twice); 0.74 until the present perfect with a past date took irregular
    # participles, months, `on 12 March` and `a year ago` (stop 35): 7 hits there, read, each the calque kept ('The
    # Syrian soldiers have left Lebanon a year ago', 'has set up in February 1994 a public inquiry', 'the crises that
    # have hit Southeast Asia in 1997', 'has followed in August 1994', 'has seen in 2004', 'have risen against all
    # expectations last week', 'has strengthened the war effort one more time a few days ago'); 0.75 until the
    # day between a reporting verb and its subject (say-day-inverted, stop 37): 1 hit there, read, the calque
    # kept ('"This is not wasted money, said yesterday the Dutch Finance minister'); 0.76 until an -s or -ed verb form with a noun or adjective reading was
    # read as the verb before an adverb in -ly and its object (stop 37): 2 hits there, read, each the French
    # order kept ('has not considered properly the facts', 'changes effectively our personality'); 0.79 until on-the-long-term and responsible-of (stop 37): 6 hits there, read,
    # each the calque kept ('positive effects on the long term', 'the responsible of studies department'); 0.83
    # until TQ307 rare-cognate (stop 41): 11 hits there, read, 10 the calque kept ('The evolutive report', 'the
    # power of dissuasion', 'despite these realisations', 'the unnecessary destructions', 'in exportation of
    # goods', 'No final decision has been taken on these cessions'…) and 'an interministerial committee', said so;
    # 0.84 until allow-to-after-modal (stop 42): 1 hit there, read, the calque kept ('which will allow to get
    # about £3 billion per year')
    (("data", "lig-fren-postedit", "tgt-pe-all.en"), 0.84),
])
def test_clean_english_stays_under_the_false_positive_budget(parts, budget):
    path = shared(*parts)
    doc = load(str(path))
    findings = lint(doc, Context(Config(select=["TQ3"]))).findings
    words = len(doc.text.split())
    assert 1000 * len(findings) / words <= budget, [(f.line, f.code, f.span) for f in findings]


def test_sample_corpus_calques_found():
    """The rows of ``corpora/labels.tsv`` waiting for this family are all found."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "corpora"
    labels = root / "labels.tsv"
    if not labels.exists():
        pytest.skip("no sample corpus")
    expected = set()
    for line in labels.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 4 and cells[3].startswith("TQ3"):
            expected.add((cells[0], int(cells[1]), int(cells[2])))
    # ``the 1st of March`` is acceptable British English and no longer flagged (the label is the lead's to drop)
    expected -= {("mt/bakhmut.md", 9, 84)}
    got = set()
    for path in sorted({e[0] for e in expected}):
        doc = load(str(root / path))
        got |= {(path, f.line, f.column) for f in lint(doc, Context(Config(select=["TQ3"]))).findings}
    assert expected <= got, sorted(expected - got)
