"""TQ601 (source.numbers): a number of the source missing or different in the translation."""

import pytest

from tqcheck.rules.source.quantities import english, french

from .helpers import spans, tq6

FLAGGED = [
    ("Il a payé 2 450 euros.", "He paid 450 euros.", "450"),
    ("Le budget est de 3 Md€.", "The budget is €3,000.", "3,000"),
    ("Rendez-vous à 20 heures.", "Meet at 20 p.m.", "20 p.m."),
    ("Rendez-vous à 14h30.", "Meet at 4:30 p.m.", "4:30 p.m."),
    ("Ouvert lundi 07:00 à 19:30.", "Open Monday 08:00 to 19:30.", "08:00"),
    ("Il y a 300 cas.", "There are 390 cases.", "390"),
    ("Le taux est de 1,5 %.", "The rate is 15%.", "15%"),
    ("Le 3 mars 2012.", "On 3 May 2012.", "May"),
    ("Il a deux enfants.", "He has 3 children.", "3"),
    ("Il y a 300 cas.", "There are cases.", "There are cases."),
    ("Le XIXe siècle et 1 500 morts.", "The 19th century and 500 deaths.", "500"),
]

SAME = [
    ("Il a payé 2 450 euros.", "He paid 2,450 euros."),
    ("Le budget est de 3 Md€.", "The budget is €3bn."),
    ("Le budget est de 3 milliards d'euros.", "The budget is 3,000 million euros."),
    ("Rendez-vous à 20 heures.", "Meet at 8 p.m."),
    ("Il a dormi 20 heures.", "He slept for 20 hours."),
    ("Rendez-vous à 14h30.", "Meet at 14:30."),
    ("Nécessite la version 2.5.1 de Python.", "Requires Python version 2.5.1."),  # a version, not 2 and 2.5
    ("Le serveur 192.168.1.10 répond.", "The server 192.168.1.10 answers."),
    ("Le taux est de 1,5 %.", "The rate is 1.5 percent."),
    ("Le 1er mai, au XIXe siècle.", "On May 1, in the nineteenth century."),
    ("En dix ans, 300 cas.", "In a decade, 300 cases."),
    ("Il y a vingt et un élus et cinq millions d'électeurs.", "There are 21 elected and 5 million voters."),
    ("Dans les années 60 et 70.", "In the 1960s and 1970s."),
    ("La route fait 100 km.", "The road is 100 km (62 miles) long."),
    ("Entre 1 et 0,5 milliard.", "Between 0.5 and 1 billion."),
    ("J'ai investi 2 millions et demi.", "I invested 2.5 million."),
    # a 1 an article or `per` says (a recipe, stop 51): `pour 1 litre`, per litre
    ("Je travaille à 90 g de Maïzena pour 1 litre.", "I work at 90 g of cornflour per litre."),
    ("Versez 1 litre de lait.", "Pour a litre of milk."),  # the 1 an article before the same noun (a review's)
    ("La température a monté de 1 degré.", "The temperature rose by a degree."),
    ("Le 20 décembre 2012 à 21 heures.", "On 20.12.2012 from 9 p.m."),
    ("Il compte 80,000 habitants.", "It has 80,000 inhabitants."),
    # real Symfony catalogs: a timetable; a colon escaped twice (`&amp;#58;`), shown as `&#58;`, is no 58
    ("Ouvert lundi 07:00 à 19:30.", "Open Monday 07:00 to 19:30."),
    ("Campus&#58;", "Campus:"),
    # an address's digits (CubicWeb's announcement and its French original: a link the English renewed)
    ("Voir http://www.cubicweb.org/doc/en/A020-tutorial.en.html", "See https://docs.cubicweb.org/tutorials/base/"),
]


@pytest.mark.parametrize("source, target, span", FLAGGED)
def test_a_changed_or_missing_number_is_flagged_where_it_differs(source, target, span):
    assert spans((source, target), code="TQ601") == [span]


@pytest.mark.parametrize("source, target", SAME)
def test_the_same_numbers_in_french_and_english_formats_are_not_flagged(source, target):
    assert tq6((source, target), code="TQ601") == []


def test_several_lost_numbers_are_one_finding_on_the_segment():
    found = tq6(("Il y a 300 cas en 2012.", "There are cases."), code="TQ601")
    assert len(found) == 1 and "`300`, `2012`" in found[0].message


def test_a_figure_repeated_in_the_source_must_be_repeated():
    assert spans(("300 cas et encore 300 cas.", "300 cases and again 390 cases."), code="TQ601") == ["390"]


def test_readings_of_both_languages_meet():
    assert {r for q in french("3 Md€") for r in q.readings} == {("n", 3e9)}
    assert ("n", 3e9) in {r for q in english("$3bn") for r in q.readings}
    assert {r for q in english("20 p.m.") for r in q.readings} == set()  # a garbled time explains nothing
    assert [q.text for q in french("quatre-vingt-dix-sept ans") if not q.hard] == ["quatre-vingt-dix-sept"]
    assert {r for q in french("quatre-vingt-dix-sept") for r in q.readings} == {("n", 97.0)}


def test_without_pairs_nothing_is_reported():
    from tqcheck.config import Config
    from tqcheck.engine import check_text

    assert [f for f in check_text("He paid 450 euros.", "x.md", config=Config(select=["TQ6"]))] == []


def test_a_map_scale_is_no_time():
    """`1:50 000` is a scale: its 50 000 must be in the translation (a colon time, `07:00`, is read as a time)."""
    assert "Scale 1:50." in spans(("Échelle 1:50 000.", "Scale 1:50."))
    assert spans(("Échelle 1:50 000.", "Scale 1:50,000.")) == []


@pytest.mark.parametrize("source, target", [
    # an LLM translation read in stop 44: `×2` as `double`, `0,5 jour` as `half a day`
    ("Vos estimations font ×2 d'un coup.", "Your estimates suddenly double."),
    ("Choisir 0,5 jour plutôt qu'un jour change le total.", "Choosing half a day rather than one day changes it."),
    ("Le prix a été multiplié par 3.", "The price has tripled."),
    # a date left in French is TQ602's and TQ510's: its month is not lost
    ("(The Guardian, 30 janvier 2026)", "(The Guardian, 30 janvier 2026)"),
])
def test_a_multiple_a_half_or_a_month_copied_is_no_lost_number(source, target):
    assert tq6((source, target), code="TQ601") == []


@pytest.mark.parametrize("source, target", [
    ("Vos estimations font ×3 d'un coup.", "Your estimates suddenly double."),  # another multiple
    ("Réservez 2 chambres.", "Book a double room."),  # a number, not a multiple: a review's case
    ("Le 3 mars 2024, la sonde.", "On 3 May 2024, the Mars probe."),  # the planet is no month copied
])
def test_a_word_for_a_multiple_or_a_copied_month_explains_only_its_own_number(source, target):
    assert len(tq6((source, target), code="TQ601")) == 1


def test_a_lost_1_is_lost_but_after_pour():
    # `pour 1 litre` is per litre (a recipe, stop 51); a 1 lost elsewhere is lost, article or not (a review's)
    assert tq6(("Le score est de 1 à 0 pour Lyon.", "The score is a win for Lyon."), code="TQ601")
    assert tq6(("Voir l'article 1 du règlement.", "See the article of the rules."), code="TQ601")
