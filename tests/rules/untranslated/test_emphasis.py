"""TQ402/TQ403 on a French label left in bold in English prose (tqcheck.rules.untranslated.emphasis), and the shared
reading of emphasis from the file (tqcheck.rules.common.emphasis)."""

import pytest

from tqcheck import check_text
from tqcheck.config import Config


def found(text, path="doc.md"):
    return [(f.code, f.span) for f in check_text(text, path=path, config=Config(select=["TQ4"]))]


@pytest.mark.parametrize("text, path, expected", [
    # Jeedom's machine-translated plugin pages (stop 49's fresh set): the interface's French names kept in bold
    ("Click on **Supprimer** to delete the equipment.\n", "doc.md", [("TQ403", "Supprimer")]),
    ("The button **Partager** shares the script.\n", "doc.md", [("TQ403", "Partager")]),
    ("- **Activer** : makes the equipment active.\n", "doc.md", [("TQ403", "Activer")]),  # a list item's first word
    ("**Sauvegarder** button: saves it.\n", "doc.md", [("TQ403", "Sauvegarder")]),  # opening the paragraph
    ("<p>Then press <b>Enregistrer</b> to save it.</p>", "doc.html", [("TQ403", "Enregistrer")]),
    ("<P>Then press <B>Enregistrer</B> to save it.</P>", "doc.html", [("TQ403", "Enregistrer")]),  # in capitals
    ("<p>Then press <strong class='ui'>Supprimer</strong> to remove it.</p>", "doc.html", [("TQ403", "Supprimer")]),
    ("Then press **Enregistrer** to save it.\n", "doc.rst", [("TQ403", "Enregistrer")]),
    # several words: one label, not the fragment the sentence reader sees in it
    ("Then click **Ajouter une commande** in the menu.\n", "doc.md", [("TQ402", "Ajouter une commande")]),
])
def test_a_french_label_in_bold_is_reported(text, path, expected):
    assert found(text, path) == expected


@pytest.mark.parametrize("text", [
    "Click **Note** or **Retour** to go back to **Adresse** and **Nuit** mode.\n",  # English has them, or names
    "We ordered the **Fromage** plate and a **Crème brûlée** at **Le Monde** café.\n",  # loans; a name
    "The *Supprimer* button of the French interface is named in italics.\n",  # italics: a title, named on purpose
    "Click on Supprimer to delete it.\n",  # no bold: a capitalised word stays a name to the sentence reader
    # a bold name, where nothing says it names a thing of an interface (a fresh native page of wine notes)
    "The grands crus of Chablis are **Grenouilles**, **Valmur** and **Vaudésir**.\n",
    "**Sauvegarder** saves it.\n",  # bold, but nothing says it names a thing of an interface
    # a review's native cases: a verb of choosing a dish, a noun far from the label, the French version named
    "For a special dinner, choose **Grenouilles** or **Valmur** from the list.\n",
    "On the menu tonight: **Blanquette**, **Choucroute** and **Tartiflette**.\n",
    "In the French version, the button is labelled **Enregistrer**; in English it is **Save**.\n",
    "Click on **Supprimer the file** to delete it.\n",  # a label of English words beside it is no French label
    "Click `**Supprimer**` in code.\n",  # code, whatever it holds
    "Click __Partager__ first.\n",  # `__init__`: a name written as code (``exemptions.written_as_code``)
])
def test_what_is_not_a_french_label_in_bold(text):
    assert found(text) == []
