"""French put there on purpose (tqcheck.rules.untranslated.exemptions): italics, quoted titles and terms."""


def test_title_in_markdown_italics_is_not_flagged(tq4):
    plain = "She reread la vie mode d'emploi all summer."
    assert tq4(plain, "x.txt")  # the fragment alone is French…
    assert tq4("She reread *la vie mode d'emploi* all summer.") == []  # …the italics make it a title
    assert tq4("She reread _la vie mode d'emploi_ all summer.") == []
    # emphasis elsewhere on the line does not hide the fragment between two emphasised words
    assert tq4("The strike *will* go on, selon les syndicats, said *Le Monde*.") == [("TQ401", "selon les syndicats")]


def test_title_in_html_italics_is_not_flagged(tq4):
    assert tq4("<p>She reread <i>la vie mode d'emploi</i> all summer.</p>", "x.html") == []
    assert tq4("<p>She reread la vie mode d'emploi all summer.</p>", "x.html")


def test_quoted_capitalised_title_and_quoted_term(tq4):
    assert tq4("She sang “La Vie en rose” and “Non, je ne regrette rien” on stage.") == []
    assert tq4("Dazzled by the “savoir-être” of the elite.") == []  # a French term quoted on purpose
    assert tq4("Huge big-box stores [magasins-boîtes] have spread.") == []  # the original, given on purpose
    assert tq4("Huge big-box stores, magasins-boîtes, have spread.") == [("TQ403", "magasins-boîtes")]
