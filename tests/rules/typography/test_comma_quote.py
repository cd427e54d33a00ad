"""TQ103 comma-outside-quote (tqcheck.rules.typography.comma_quote)."""

import pytest


@pytest.mark.parametrize("before, after", [
    ("“We will not give up”, underlined the Secretary General.", "“We will not give up,” underlined the Secretary General."),
    ('"This is a crisis", said Federal Minister Olaf Scholz.', '"This is a crisis," said Federal Minister Olaf Scholz.'),
    ("“We won the vote.”, he said.", "“We won the vote,” he said."),
    ("“Why did you vote for it?”, asked the minister.", "“Why did you vote for it?” asked the minister."),
])
def test_comma_outside_quote(codes, fixed, before, after):
    assert [c for c, _, _ in codes(before)] == ["TQ103"]
    assert fixed(before) == before  # the fix is a suggestion: British styles may keep the comma outside
    assert fixed(before, unsafe=True) == after
    assert codes(after) == []


@pytest.mark.parametrize("text", [
    "He used the words “fair”, “free” and “open”.",
    'The so-called "reform", which passed, failed.',
    "They called it “a rare moment”, as they put it.",
    'This would be "monstrous", he said.',
])
def test_comma_outside_quote_quiet(codes, text):
    assert codes(text) == []


@pytest.mark.parametrize("clause, starts", [
    (" said the minister.", True),            # inverted
    (" he said.", True),                      # pronoun subject
    (" Mr Smith added.", True),               # up to four capitalised words
    (" underlined the Secretary General.", True),  # a calque verb still reports speech
    (" as they put it.", False),
    (" which passed.", False),
    (" saidly.", False),                      # the verb must end at a word boundary
])
def test_reporting_clause(clause, starts):
    from tqcheck.rules.typography.reporting import REPORTING_CLAUSE

    assert bool(REPORTING_CLAUSE.match("”," + clause, 2)) is starts


@pytest.mark.parametrize("text", [
    '"We will win this one", says Pierre Brodeur.',
    '"It is over", has said the minister.',
    '"No", explains the mayor.',
])
def test_reporting_clause_in_any_tense(codes, text):
    assert [c for c, _, _ in codes(text)] == ["TQ103"]


@pytest.mark.parametrize("text", [
    '"Les Serges de Esplandian", written by Montalvo in 1510.',  # a participle alone is not a clause
    'If Neo says "There is no spoon", The Matrix will say no.',
])
def test_not_a_reporting_clause(codes, text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    '"Not bad", replied the old man.',                 # an utterance of one to three words
    '"It is", the student answered.',
    '"Hello", she said, and left the room.',
    '"I suppose", said a neighbour, "that the fence is ours."',  # resumed after the clause
    '"The careful reader", he says, "will notice the gap."',
    '“Perhaps”, he replied.',
])
def test_logical_punctuation_in_dialogue_is_quiet(codes, text):
    """Dialogue in logical punctuation: a short utterance, or a quotation resumed after its clause."""
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    '"No", explains the mayor.',                         # short, but the French incise: inverted, not a dialogue verb
    '"Too late", underlined the minister.',
    '"It is over", has said the minister.',              # an auxiliary before the inverted verb: a déclaré
    '"The reform is a failure", explains Jean Morel, "because nobody asked the unions."',
    '"We have sent some 150,000 euros to the village", he said.',  # a sentence of news, not dialogue
    '"The rate would reach at least 40 per cent", says the spokesman.',
])
def test_news_quotation_still_flagged(codes, text):
    assert [c for c, _, _ in codes(text)] == ["TQ103"]
