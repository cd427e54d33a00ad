"""TQ603 (source.names): a name of the source translated word for word."""

import pytest

from .helpers import spans

FLAGGED = [
    ("Selon Pierre Lenoir, le budget augmente.", "According to Pierre The Black, the budget rises.", ["The Black"]),
    ("Selon M. Dupont, rien ne change.", "According to Mr Bridge, nothing changes.", ["Bridge"]),
    ("Un article paru dans Le Figaro hier.", "An article published in The Figaro yesterday.", ["The Figaro"]),
    ("Pierre Lenoir a parlé.", "Stone Lenoir spoke.", ["Stone"]),
    ("Selon Le Monde, rien ne change.", "According to The World, nothing changes.", ["The World"]),
]

NEVER = [
    ("Selon Pierre Lenoir, le budget augmente.", "According to Pierre Lenoir, the budget rises."),
    ("Il a visité le Louvre et La Haye.", "He visited the Louvre and The Hague."),
    ("Alexandre le Grand et le Roi Mswati.", "Alexander the Great and King Mswati."),
    ("La Pierre de l'Onction.", "The Stone of Unction."),
    ("Un article paru dans Le Figaro hier.", "An article published in Le Figaro yesterday."),
]


@pytest.mark.parametrize("source, target, expected", FLAGGED)
def test_a_name_translated_word_for_word_is_flagged(source, target, expected):
    assert spans((source, target), code="TQ603") == expected


@pytest.mark.parametrize("source, target", NEVER)
def test_names_kept_epithets_titles_and_english_articles_are_not(source, target):
    assert spans((source, target), code="TQ603") == []
