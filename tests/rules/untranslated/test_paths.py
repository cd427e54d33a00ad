"""French labels left in a menu path (``untranslated/paths.py``)."""

import pytest

from tqcheck.engine import check_text


def found(text):
    return [(f.code, f.span) for f in check_text(text + "\n", "a.md") if f.code.startswith("TQ40")]


@pytest.mark.parametrize("text, expected", [
    ("Open Réglages → Général to change it.", [("TQ403", "Réglages")]),
    ("Go to Paramètres > Affichage in the menu.", [("TQ403", "Paramètres"), ("TQ403", "Affichage")]),
    ("In the menu (Fichier → Préférences) choose a theme.", [("TQ403", "Fichier"), ("TQ403", "Préférences")]),
    ("The menu Édition → Rechercher et remplacer opens it.", [("TQ402", "Rechercher et remplacer")]),
])
def test_a_french_label_in_a_menu_path_is_untranslated(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Click File → Save As to save it.",  # English labels
    "The route runs Paris → Lyon → Marseille.",  # a route: no interface named
    "The stages: Nice → Col de la Bonette → Briançon.",
    "The classic sequence Entrée → Plat → Dessert.",
    "If x > Réglages then y.",  # a comparison, no interface named
])
def test_a_path_of_english_labels_or_a_route_is_not(text):
    assert found(text) == []
