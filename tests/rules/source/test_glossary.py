"""TQ606 (source.glossary) and the glossary's source column (tqcheck.glossary)."""

import pytest

from tqcheck.config import Config
from tqcheck.errors import ConfigError
from tqcheck.glossary import read_glossary, read_glossary_file

from .helpers import spans


def config(tmp_path, text, name="g.csv"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    glossary = read_glossary_file(str(tmp_path / name))
    return Config(glossary=glossary.pairs, glossary_sources=glossary.sources)


CSV = "variant,preferred,source\nLower House,National Assembly,Assemblée nationale\n,Finance Act,loi de finances\n"


def test_a_csv_source_column_gives_source_terms(tmp_path):
    c = config(tmp_path, CSV)
    assert c.glossary == (("Lower House", "National Assembly"),)
    assert c.glossary_sources == (("Assemblée nationale", "National Assembly"), ("loi de finances", "Finance Act"))
    assert read_glossary(str(tmp_path / "g.csv")) == c.glossary  # the variant pairs alone, as before


def test_a_tbx_entry_gives_its_french_terms(tmp_path):
    tbx = """<tbx><text><body><termEntry>
      <langSet xml:lang="fr"><tig><term>Assemblée nationale</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>National Assembly</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Lower House</term></tig></langSet>
    </termEntry></body></text></tbx>"""
    c = config(tmp_path, tbx, "g.tbx")
    assert c.glossary_sources == (("Assemblée nationale", "National Assembly"),)


def test_a_source_term_given_two_translations_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="source term 'loi' to both"):
        config(tmp_path, "variant,preferred,source\n,Act,loi\n,Law,loi\n")


@pytest.mark.parametrize("target, expected", [
    ("The Lower House voted.", ["Lower House"]),  # the variant the glossary maps
    ("The deputies voted.", ["The deputies voted."]),  # the whole segment
    ("The National Assembly voted.", []),
    ("The National Assembly's vote.", []),
])
def test_where_the_source_has_the_term_the_translation_must_use_it(tmp_path, target, expected):
    c = config(tmp_path, CSV)
    assert spans(("L'Assemblée nationale a voté.", target), code="TQ606", config=c) == expected


def test_no_source_term_no_finding(tmp_path):
    c = config(tmp_path, CSV)
    assert spans(("Le Sénat a voté.", "The deputies voted."), code="TQ606", config=c) == []
