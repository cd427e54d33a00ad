"""TQ204 glossary-term (tqcheck.rules.names.glossary_terms), and the glossary file it is given."""

import inspect
import pkgutil

import pytest

import tqcheck.rules.names
from tqcheck.config import Config, ConfigError, load_config
from tqcheck.glossary import read_glossary
from tqcheck.rules import all_rules


def _write(tmp_path, content, name="glossary.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def test_glossary(codes):
    config = Config(glossary=(("Kiev", "Kyiv"), ("Zelensky", "Zelenskyy"), ("Bakhmout", "Bakhmut")))
    found = codes("Kiev said Zelensky's visit to KIEV and Bakhmout's front mattered. Kievan Rus.", config=config)
    assert [(f.code, f.span, f.fix.replacement) for f in found] == [
        ("TQ204", "Kiev", "Kyiv"), ("TQ204", "Zelensky", "Zelenskyy"), ("TQ204", "KIEV", "KYIV"),
        ("TQ204", "Bakhmout", "Bakhmut")]
    assert codes("Kiev said so.") == []  # no glossary, no TQ204


def test_lowercase_term_is_matched_capitalised_only_at_a_sentence_start(codes):
    config = Config(glossary=(("defence", "defense"),))
    found = codes("Defence matters. The Defence Ministry and our defence.", "TQ204", config=config)
    assert [(f.span, f.fix.replacement) for f in found] == [("Defence", "Defense"), ("defence", "defense")]


def test_a_variant_inside_its_preferred_term_is_that_term(codes, tmp_path, run_cli):
    # a hostile run's glossary `app,mobile app`: the safe fix grew `mobile mobile … app` on every run
    config = Config(glossary=(("app", "mobile app"), ("EU", "the EU")))
    found = codes("Get the app. Get the mobile app. Ask EU bodies and the EU.", "TQ204", config=config)
    assert [(f.span, f.fix.replacement) for f in found] == [("app", "mobile app"), ("EU", "the EU")]
    found = codes("EU rules apply.", "TQ204", config=config)  # (a review's: `the EU rules apply.`)
    assert [(f.span, f.fix.replacement) for f in found] == [("EU", "The EU")]
    (tmp_path / "glossary.csv").write_text("variant,preferred\napp,mobile app\n")
    (tmp_path / "tqcheck.toml").write_text('glossary = "glossary.csv"\n')
    (tmp_path / "a.md").write_text("Download the app today.\n")
    for _ in range(2):
        run_cli("check", "--fix", "a.md")
        assert (tmp_path / "a.md").read_text() == "Download the mobile app today.\n"


def test_glossary_overrides_shipped_data(codes):
    config = Config(glossary=(("Donbas", "Donbass"),))
    assert [(f.code, f.span) for f in codes("In the Donbass and the Donbas.", config=config)] == [("TQ204", "Donbas")]


def test_family_reads_no_file(codes, tmp_path):
    # the `glossary` option alone is a path the config loader reads; the family only sees config.glossary
    path = _write(tmp_path, "Kiev,Kyiv\n")
    assert codes("Kiev is calm.", config=Config(options={"glossary": path})) == []
    assert codes("Kiev is calm.", config=Config(options={"glossary": str(tmp_path / "missing.csv")})) == []


def test_names_modules_open_no_file():
    modules = [m.name for m in pkgutil.iter_modules(tqcheck.rules.names.__path__)]
    assert {"exonyms", "clusters", "us_uk", "glossary_terms"} <= set(modules)
    for name in modules:
        source = inspect.getsource(__import__(f"tqcheck.rules.names.{name}", fromlist=["_"]))
        assert "open(" not in source and "ConfigError" not in source and "getmtime" not in source, name


def test_read_glossary_csv_tsv_and_header(tmp_path):
    csv_path = _write(tmp_path, "\ufeffvariant,preferred\n# a comment\n\nKiev,Kyiv\n\"Zelensky\", Zelenskyy\nKyiv,Kyiv\n")
    assert read_glossary(csv_path) == (("Kiev", "Kyiv"), ("Zelensky", "Zelenskyy"))
    tsv_path = _write(tmp_path, "Bakhmout\tBakhmut\tnote: the Ukrainian name\nOdessa\tOdesa\n", "g.tsv")
    assert read_glossary(tsv_path) == (("Bakhmout", "Bakhmut"), ("Odessa", "Odesa"))
    chain = _write(tmp_path, "Kiev,Kyyiv\nKyyiv,Kyiv\n", "chain.csv")
    assert read_glossary(chain) == (("Kiev", "Kyiv"), ("Kyyiv", "Kyiv"))


def test_read_glossary_tbx(tmp_path):
    tbx = """<?xml version="1.0"?><martif type="TBX"><text><body><termEntry id="1"><langSet xml:lang="en">
    <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet><langSet xml:lang="fr"><tig><term>Kiev</term></tig></langSet></termEntry></body></text></martif>"""
    assert read_glossary(_write(tmp_path, tbx, "glossary.tbx")) == (("Kiev", "Kyiv"),)


@pytest.mark.parametrize(
    "content, name, message",
    [("Kiev,Kyiv\nKiev\n", "g.csv", r"g\.csv: error: line 2: glossary row must be"),
     ("# head\nKiev, \n", "g.csv", r"g\.csv: error: line 2: glossary row must be"),
     ('<?xml version="1.0"?>\n<martif><text>', "g.tbx", r"g\.tbx: error: line 2: glossary is not valid TBX/XML"),
     ("a,b\n\nb,a\n", "g.csv", r"g\.csv: error: line 1: glossary loop: 'a' -> 'b' -> 'a'"),
     ("a,b\nb,c\nc,a\n", "g.csv", r"g\.csv: error: line 1: glossary loop: 'a' -> 'b' -> 'c' -> 'a'"),
     ("Kiev,Kyiv\nKiev,Kyjiw\n", "g.csv", r"g\.csv: error: line 2: glossary maps 'Kiev' to both 'Kyiv' \(line 1\)"),
     (b"Kiev,Kyiv\nK\xe9\xe9v,Kyiv\n", "g.csv", r"g\.csv: error: line 2: glossary is not valid UTF-8")],
)
def test_bad_glossary_is_a_config_error(tmp_path, content, name, message):
    path = _write(tmp_path, content, name)
    with pytest.raises(ConfigError, match=message) as info:
        read_glossary(path)
    assert "\n" not in str(info.value) and str(info.value).startswith(path)
    with pytest.raises(ConfigError, match="cannot read glossary"):
        read_glossary(str(tmp_path / "missing.csv"))


def test_config_loads_the_glossary_beside_it(codes, tmp_path):
    _write(tmp_path, "Kiev,Kyiv\n", "g.csv")
    (tmp_path / "tqcheck.toml").write_text('glossary = "g.csv"\n', encoding="utf-8")
    config = load_config(str(tmp_path / "tqcheck.toml"), list(all_rules()))
    assert config.glossary == (("Kiev", "Kyiv"),)
    assert [(f.code, f.span) for f in codes("Kiev is calm.", config=config)] == [("TQ204", "Kiev")]
