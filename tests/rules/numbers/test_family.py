"""The TQ5xx detectors together: fixes that compose and settle, long segments searched from anchors
(and scanned for digits once), each detector alone as in the family, no finding on clean English."""

import pytest
from conftest import shared

from tqcheck.config import Config
from tqcheck.documents import parse
from tqcheck.engine import Context, check_text, fix_document, lint
from tqcheck.rules import DETECTORS, all_rules, detectors
from tqcheck.rules.common import LONG

from . import (
    test_abbreviations, test_currency, test_dates, test_figures, test_name_case, test_numeric_dates, test_ordinals,
    test_times, test_words,
)
from .helpers import fix

FAMILY = sorted(code for code in DETECTORS if code.startswith("TQ5"))
MODULES = sorted({DETECTORS[code] for code in FAMILY})
TESTS = (test_abbreviations, test_currency, test_dates, test_figures, test_name_case, test_numeric_dates, test_ordinals,
         test_times, test_words)

SAFE_FILE = """\
It rose 4,7% to 1,5 billion (-4,63%).

About 10 000 people and 1 902 injured; 5,2 % of voters.

It cost 250 000 € and 1.983,73 points; 3 milliards d'euros.

Her 1re victory in the XXe siècle, on 1er mai; decree n° 12, p. ex. this.
"""

SAFE_FIXED = """\
It rose 4.7% to 1.5 billion (-4.63%).

About 10,000 people and 1,902 injured; 5.2% of voters.

It cost 250,000 € and 1,983.73 points; 3 billion euros.

Her 1st victory in the 20th century, on 1 May; decree No. 12, e.g. this.
"""


def test_safe_fixes_give_english_formats_and_a_second_fix_changes_nothing():
    text, n = fix(SAFE_FILE)
    assert text == SAFE_FIXED
    assert n > 0
    again, n2 = fix(text)
    assert again == text and n2 == 0


def test_safe_fixes_through_the_full_rule_set_are_idempotent():
    doc, _, n = fix_document(parse(SAFE_FILE, fmt="text"), Context(), unsafe=False)
    assert n > 0
    for old, new in [("4,7%", "4.7%"), ("10 000", "10,000"), ("5,2 %", "5.2%"), ("1,5 billion", "1.5 billion")]:
        assert old not in doc.text and new in doc.text
    _, _, n2 = fix_document(doc, Context(), unsafe=False)
    assert n2 == 0


# every documented example of the family in one file: fixing it all settles
RULE_EXAMPLES = "\n\n".join(all_rules()[code].before for code in FAMILY) + "\n"


@pytest.mark.parametrize("unsafe", [False, True])
@pytest.mark.parametrize("path, fmt", [("x.txt", "text"), ("x.md", "markdown")])
def test_fixing_every_documented_example_twice_applies_nothing_the_second_time(unsafe, path, fmt):
    doc, _, n = fix_document(parse(RULE_EXAMPLES, path=path, fmt=fmt), Context(), unsafe=unsafe)
    assert n > 0 and doc.text != RULE_EXAMPLES
    again, _, n2 = fix_document(doc, Context(), unsafe=unsafe)
    assert n2 == 0 and again.text == doc.text
    if unsafe:  # every TQ5 finding had a fix, the dates too
        assert not [f for f in lint(doc, Context()).findings if f.code.startswith("TQ5")]
        assert "ended on Monday 15 August 2023" in doc.text and "François I reigned" in doc.text


# ------------------------------------------------------------ long segments

LONG_LINES = [
    "Louis XIV reigned in the XVIIe siècle; François Ier and the IIIe République.",
    "The XLe congress.",
    "The XCe congress; the Ve République.",
    "The plan costs 3 MILLIARDS.",
    "Then 2 Milliards d'euros and 70 billions of people.",
    "From 9h to 17h, or 9h-11h; the office opens at 8 h 30.",
    "It cost 20 $US, 3 Md€, 1,5 M€ and 50 k€; the meal 8,90$.",
    "Env. 300 hab. and 12 000 hab.; 100 € TTC; c.-à-d. N.D.L.R. and Nº 5.",
    "MM. Dupont and Durand met Mlle Martin, Pr Dubois and M. Guebuza; Mr. Smith came.",
    "Dates: 05/03/2023, 15/03/2023 and March 15, 2023; 1er mai, 14 juillet 1789, 3 Août.",
    "Le lundi 3 mars, then since le 4 mars, dimanche 9 mars and the vote le 10 mars.",
    "The home of Élisabeth Ire of England and of Napoléon Ier, in the Ier arrondissement.",
    "Sparks Public Ire, Says Mayor",
]


def _examples():
    lines = [text for module in TESTS for table in ("EXAMPLES", "MORE") for text, *_ in getattr(module, table, ())]
    lines += [text for module in TESTS for text in module.NEVER] + LONG_LINES
    lines += [line for line in SAFE_FILE.splitlines() if line]
    # lines without anything for the family between them: the anchors skip those
    return [line for text in lines for line in (text, "Nothing to see in this line of plain prose.")]


def _findings(text, select):
    config = Config(select=select)
    return [f for f in check_text(text, "x.txt", config=config) if f.code.startswith("TQ5")]


@pytest.mark.parametrize("detector", ["TQ5", *MODULES])
def test_a_long_segment_gives_the_findings_of_its_lines_one_by_one(detector):
    """A long segment is searched line by line from cheap anchors: the findings must be those
    of the same lines as separate short paragraphs, which are scanned whole; for the family, and
    for each detector selected alone."""
    select = [detector] if detector == "TQ5" else [c for c in FAMILY if DETECTORS[c] == detector]
    lines = _examples()
    one_segment = "\n".join(lines)
    assert len(one_segment) > LONG
    paragraphs = "\n\n".join(lines)
    assert max(len(line) for line in lines) <= LONG

    def key(f, line):
        fix = (f.fix.replacement, f.fix.applicability) if f.fix else None
        return (line, f.column, f.end_column, f.code, f.span, f.message, fix)

    long = [key(f, f.line) for f in _findings(one_segment, select)]
    short = [key(f, (f.line + 1) // 2) for f in _findings(paragraphs, select)]
    assert {f[3] for f in short} == set(FAMILY if detector == "TQ5" else select)
    assert len(short) > (60 if detector == "TQ5" else 0)
    assert sorted(long) == sorted(short)


@pytest.mark.parametrize("code", FAMILY)
def test_a_code_selected_alone_gives_its_findings_in_the_family(code):
    """A detector that reports several codes skips the work of those not selected, and nothing else."""
    text = "\n\n".join(_examples())
    alone = [(f.line, f.column, f.span, f.message) for f in _findings(text, [code])]
    family = [(f.line, f.column, f.span, f.message) for f in _findings(text, ["TQ5"]) if f.code == code]
    assert alone and alone == family


def test_a_document_is_scanned_for_digits_once(monkeypatch):
    """The detectors that look for figures share one scan per document: one digit view per long
    segment, one search per short one, whichever detector asks first."""
    from tqcheck.rules import numbers

    views, searches = [], []
    real_view, real_digit = numbers.digit_view, numbers._DIGIT

    class CountingDigit:
        def search(self, text):
            searches.append(text)
            return real_digit.search(text)

    monkeypatch.setattr(numbers, "digit_view", lambda text: views.append(text) or real_view(text))
    monkeypatch.setattr(numbers, "_DIGIT", CountingDigit())
    lines = _examples()
    doc = parse("\n".join(lines) + "\n\n" + "\n\n".join(lines[:20]), fmt="text")
    long = [seg.text for seg in doc.segments if len(seg.text) > LONG]
    assert len(long) == 1 and len(doc.segments) == 21
    ctx = Context(Config(select=["TQ5"]))
    family = [m for m in detectors() if m.__name__.startswith("tqcheck.rules.numbers.")]
    assert len(family) == len(MODULES)
    assert [p for module in family for p in module.check(doc, ctx)]
    assert views == long
    assert len(searches) == 20


def test_the_scan_does_not_keep_the_segments_of_a_checked_document():
    """The runner keeps a checked document without its segments: the family's scan must not hold
    them (and their digit views) once the next document is checked."""
    import gc
    import weakref

    ctx = Context(Config(select=["TQ5"]))
    first = parse("\n".join(_examples()), fmt="text")
    lint(first, ctx)
    segment = weakref.ref(first.segments[0])
    first.segments = []
    lint(parse("It rose 4,7% this year.", fmt="text"), ctx)
    gc.collect()
    assert segment() is None


# ------------------------------------------------------------ precision on clean English

def test_no_finding_on_the_wmt13_reference():
    lines = shared("data", "wmt13-fren", "newstest2013-ref.en").read_text(encoding="utf-8").splitlines()
    doc = parse("\n\n".join(lines), fmt="text")
    findings = lint(doc, Context(Config(select=["TQ5"]))).findings
    assert [(f.line, f.span) for f in findings] == []
