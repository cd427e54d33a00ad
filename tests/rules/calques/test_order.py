"""TQ304 (tqcheck.rules.calques.order): the rows of calque_patterns.tsv with code TQ304, through the detector."""

from tqcheck.rules.calques.token_table import CALQUE_PATTERNS


def test_the_detector_reports_its_rows(spans):
    rows = CALQUE_PATTERNS.where(code="TQ304")
    assert rows, "no row with code TQ304"
    # the rows' examples are flagged under TQ304, but where an entry of the family flags the same words first
    flagged = [row for row in rows if "TQ304" in [code for code, _ in spans(row.example)]]
    assert len(flagged) >= len(rows) // 2, [row.id for row in rows if row not in flagged]


# the adjective after its noun, for any adjective of the lexicon (calques/word_order.py)
import pytest  # noqa: E402


@pytest.mark.parametrize("text, flagged", [
    ("They rely on a service anonymous.", "service anonymous"),  # un service anonyme
    ("The report weighs the dangers various, then concludes.", "dangers various"),
    ("She leads a life luxurious and idle.", "life luxurious"),
    ("It was a decision unfair that nobody liked.", "decision unfair"),
])
def test_an_adjective_after_its_noun_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


@pytest.mark.parametrize("text", [
    "The hearing went to a court martial, which sat in May.",  # postpositive by use
    "The attorney general said so.",
    "The guests present applauded.",
    "The film made the actors famous.",  # a verb with an object and its complement
    "The shops sell their shoes cheap, and customers come.",
    "It seemed a bit odd, frankly.",  # a degree noun
    "The baby is a year old.",  # a measure noun
    "The soup tastes better, the wine stronger.",  # comparatives are no lemma
    "It is a town similar to ours.",  # an adjective with its complement
    "The rooms available are few.",  # -able adjectives follow nouns in English
    "The people involved were named.",  # participles too
    "Is the plan anonymous?",
])
def test_english_uses_of_an_adjective_after_a_noun_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]


def test_a_row_that_names_the_words_speaks_first(found):
    """Where a row of calque_patterns.tsv flags the same words, the open-class rule does not repeat it."""
    findings = [f for f in found("The president American spoke.") if f.code == "TQ304"]
    assert len(findings) <= 1


@pytest.mark.parametrize("text, flagged", [
    ("The experts will assess correctly these results.", "assess correctly"),  # évalueront correctement ces
    ("The lobby defends bitterly the idea that taxes kill jobs.", "defends bitterly"),
])
def test_an_adverb_between_the_verb_and_its_object_is_flagged(spans, text, flagged):
    assert ("TQ304", flagged) in spans(text)


@pytest.mark.parametrize("text", [
    "Both commands install exactly the same packages.",  # a focusing adverb
    "The union represents practically the whole workforce.",
    "That is especially the case in winter.",  # a light verb
    "She reads daily the news.",  # daily is an adjective too
])
def test_english_adverbs_before_a_noun_phrase_are_left_alone(spans, text):
    assert "TQ304" not in [code for code, _ in spans(text)]
