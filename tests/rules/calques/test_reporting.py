"""TQ301 reporting-verb-calque (tqcheck.rules.calques.reporting)."""

import re

import pytest

from conftest import shared
from tqcheck.config import Config
from tqcheck.documents import load, parse
from tqcheck.engine import Context, fix_document, lint
from tqcheck.rules.calques import reporting


@pytest.mark.parametrize("text, span, french, suggestion", [
    ("Zelensky assured, in an interview, that the front would hold.", "assured", "assurer", "insisted"),
    ("“We will not give up”, underlined the Secretary General.", "underlined", "souligner", "stressed"),
])
def test_seed_examples_name_the_french_verb_and_a_suggestion(found, text, span, french, suggestion):
    (f,) = found(text)
    assert (f.code, f.span) == ("TQ301", span)
    assert f"*{french}*" in f.message and f'"{suggestion}"' in f.message
    assert f.fix is not None and f.fix.applicability == "unsafe" and f.fix.replacement == suggestion


@pytest.mark.parametrize("text, span", [
    ("“The economy will recover”, estimated the governor.", "estimated"),
    ('"We will win", affirmed Mr Smith.', "affirmed"),
    ("“It is a good agreement”, welcomed the head of state.", "welcomed"),
    ("The minister assured that the reform would pass.", "assured"),
    ("“We will not give in”, hammered the president.", "hammered"),
    ("“The loan is interest-free”, specified the bank.", "specified"),
    ("And he specified: the loan is interest-free.", "specified"),  # a pronoun after `and`: a report
    ("“The law is clear”, recalled the minister.", "recalled"),
    ("“There are still 1.5 million smokers”, deplored the spokesperson.", "deplored"),
    ("“The project is premature”, judged the senator.", "judged"),
    ('"It is a matter of Venus and of March", estimates Vladimir Sourdine, a researcher.', "estimates"),
    ('"Even today, there are 1.5 million smokers" deplores spokesperson André Beaulieu.', "deplores"),
    ('"The flaw does not concern the protocol itself", assures Pierre Noizat.', "assures"),
    ("“We will never accept it,” he underlined.", "underlined"),
    ("“The law is clear”, recalled the minister.", "recalled"),  # a present-tense quotation: rappeler
    ("“It never knew who it was”, assures it.", "assures"),
    ('"Three people were injured", indicates the police.', "indicates"),
    ('"Prices will rise", declared the spokesman.', "declared"),
    ("The minister, who assured that the law would pass, resigned.", "assured"),
    ("The spokesman hammered: “No retreat.”", "hammered"),
    ("Pierre Noizat, who assures to have thousands of users, smiled.", "assures"),
    ("'Still today, 1.5 million smokers in Quebec' deplores the spokesman.", "deplores"),
    ("In this light, it welcomed that this is not the kind of journalists.", "welcomed"),  # *il*: MT's `it`
    ("Ukraine will get new tanks, announced Tuesday the German government.", "announced Tuesday"),  # say-day-inverted
    ('"We had no choice", regretted the director.', "regretted"),
    # who speaks before the verb: a name, a pronoun past an auxiliary, a noun of speakers.tsv, a relative `who`
    ("Jorge assures that it knows its 35 friends.", "assures"),
    ("In this light, it has welcomed that this is not the case.", "welcomed"),
    ('The secretary general assured: "It is a process shared by all."', "assured"),
    ("Vargas Llosa, who underlined that it has an effect, smiled.", "underlined"),
    ("The police assured that the road was open.", "assured"),
    ("The students, from their part assure that lesson is one of the most interesting.", "assure"),
    # a noun that names no one, after a speaker a few words back (a review's: WMT13's subjects)
    ("The head of the delegation assured that the talks would go on.", "assured"),
    ("A source close to the case assured that the suspect had fled.", "assured"),
    ("The firefighters assured that the fire was under control.", "assured"),
    ("The head of the delegation hammered that the talks would go on.", "hammered"),  # (no row: reporting.py's)
])
def test_reporting_calques_flagged(spans, text, span):
    assert ("TQ301", span) in spans(text)


@pytest.mark.parametrize("text", [
    "He assured investors that the plan was sound.",
    "They welcomed the news.",
    "It is estimated that 30% of adults smoke.",
    "Rest assured that the reform will pass.",
    "We are assured that there has been progress.",
    "He recalled his childhood in Lyon.",
    "The cost was higher than estimated, in the end.",
    "The agency estimated the damage at $5m.",
    '"Casablanca", considered the greatest film ever made, is showing tonight.',
    "He underlined the title in red.",
    "“It is a good agreement,” said the head of state.",
    "The court judged him guilty.",
    "Investors, who had feared the worst, welcomed the decision.",
    "They welcomed that decision warmly.",
    "Who assured you of that?",
    "“It was freezing that winter,” recalled his sister, who was ten.",  # a memory: recall = remember
    '"I felt like I was in a luxury store", remembers the officer.',
    '"With him, every guest felt important", recalls the top model.',
    "The margin is wide, which assures that both readings agree.",  # a relative on a thing: ensures
    'Each error carries an "error code" indicating the cause of the failure.',  # a participle, not an incise
    '"The vote is closed", declaring the meeting over, he left.',
    "The engineers had the task of assuring that the bridge would hold.",  # a gerund: ensuring
    "The scratchDir you specified: [/tmp] is unusable.",  # a relative clause with no `that`: the thing specified
    "Use the value we estimated, in the table below.",
    "The merger, announced Monday, the largest this year, closed fast.",  # an aside after the day, no inversion
    "The company said Monday the deal would close.",  # the subject before the verb
    "“We have to regret nothing,” he said.",
    # a thing before the verb, no speaker (native documentation: Python's, JUnit's, Rust's, pytest's, LaTeX's)
    "Setting this flag assures that no resources are left undeleted.",
    "The cache's size limit assures that the cache does not grow without bound.",
    "The separate filling and draining phases assure that all threads get released.",
    "It is not correct to rely on it, as CPython does not assure that the finalizer will be called.",
    "Threads by default have no name specified:",
    "Hence, all three of these variations will work with the flag specified:",
    "The certificate must be signed by the root certificate specified:",
    "If specified, this code will often redefine the various macros.",
    "The document designer specifies:",
    "You can then specify, in a logging configuration passed to dictConfig, that the handler is used.",
])
def test_reporting_verbs_in_their_english_sense_not_flagged(spans, text):
    assert [s for s in spans(text) if s[0] == "TQ301"] == []


def test_fix_keeps_the_tense(found):
    (f,) = found('"It is Venus and Mars", estimates the researcher.')
    assert f.fix.replacement == "says"
    (f,) = found('"It is Venus and Mars", estimated the researcher.')
    assert f.fix.replacement == "said"


def test_unsafe_fix_applies_only_when_asked():
    text = "“We will not give up”, underlined the Secretary General."
    ctx = Context(Config(select=["TQ301"]))
    assert fix_document(parse(text), ctx)[0].text == text
    assert fix_document(parse(text), ctx, unsafe=True)[0].text == "“We will not give up”, stressed the Secretary General."


def test_markdown_positions(found):
    text = "# Title\n\nThe minister *assured*, in an interview, that all was well.\n"
    (f,) = found(text, path="x.md")
    assert (f.line, f.column, f.span) == (3, 15, "assured")
    assert f.fix is not None  # the verb itself is verbatim in the file


def test_inflect_follows_the_tense():
    assert [reporting._inflect(s, "past") for s in ("say", "insist", "note", "worry", "point out")] == [
        "said", "insisted", "noted", "worried", "pointed out"]
    assert [reporting._inflect(s, "present") for s in ("say", "stress", "worry", "be")] == [
        "says", "stresses", "worries", "is"]
    # a doubled consonant: the lexicon's form, else one syllable ending in consonant-vowel-consonant
    assert [reporting._inflect(s, "past") for s in ("admit", "regret", "quip", "visit", "go on")] == [
        "admitted", "regretted", "quipped", "visited", "went on"]


# ----------------------------------------------------------------------- the data

def test_reporting_calques_cover_the_shared_calque_verbs():
    """``reporting_verbs.tsv`` (shared with typography) marks some verbs as calques: each must be ours."""
    ours = {form for row in reporting.REPORTING_CALQUES.rows for form in row.forms.split("|") if form}
    calques = set(reporting.REPORTING_VERBS.column("verb", kind="calque"))
    assert calques and calques <= ours, sorted(calques - ours)


def test_reporting_contexts_and_forms_are_well_formed():
    """What the table declaration cannot say: ``contexts`` is a comma list of known contexts and
    ``forms`` is ``present|past`` (the past may be empty)."""
    for row in reporting.REPORTING_CALQUES.rows:
        assert set(row.contexts.split(",")) <= set(reporting.CONTEXTS), row.verb
        assert re.fullmatch(r"[a-z]+\|[a-z]*", row.forms), row.verb


def test_keywords_are_the_stems_of_the_forms():
    """The stem a verb's forms share is found wherever one of the forms is."""
    stems = reporting.KEYWORDS.words
    for row in reporting.REPORTING_CALQUES.rows:
        for form in filter(None, row.forms.split("|")):
            assert any(form.startswith(stem) for stem in stems), form


# ----------------------------------------------------------------------- real MT

def test_real_mt_reporting_calques_caught():
    """online-C inverts French reporting verbs after quotes; these lines are all flagged."""
    path = shared("data", "wmt13-fren", "system-outputs", "newstest2013.fr-en.online-C")
    doc = load(str(path))
    flagged = {f.line: f.span for f in lint(doc, Context(Config(select=["TQ301"]))).findings}
    expected = {77: "underlines", 84: "deplores", 383: "assures", 939: "estimates"}
    assert {line: flagged.get(line) for line in expected} == expected


@pytest.mark.parametrize("text", [
    "It was caused by investors' worries that the bailout might fail.",  # a possessive, not a closing quote
    "Their worries that the plan fails are old.",  # a noun after a determiner
])
def test_a_noun_is_not_a_reporting_verb(spans, text):
    assert [s for s in spans(text) if s[0] == "TQ301"] == []
