"""TQ609 (source.consistency): one source translated several ways in one translation file."""

from tqcheck.config import Config
from tqcheck.engine import check_text

from .helpers import tq6


def test_the_minority_translation_is_flagged_naming_the_usual_one():
    found = tq6(("Enregistrer", "Save"), ("Annuler", "Cancel"), ("Enregistrer", "Save"), ("Enregistrer", "Record"),
                code="TQ609")
    assert [(f.line, f.span) for f in found] == [(4, "Record")]
    assert "`Save` at line 1 (and 1 other unit)" in found[0].message


def test_in_a_tie_every_unit_is_reported_naming_the_other():
    """No majority says which translation is right (a real Angular file's `Coefficient`: the better one came second)."""
    found = tq6(("Annuler", "Cancel"), ("Annuler", "Abort"), code="TQ609")
    assert [(f.line, f.span) for f in found] == [(1, "Cancel"), (2, "Abort")]
    assert "`Abort` at line 2:" in found[0].message and "`Cancel` at line 1:" in found[1].message


def test_case_spaces_and_final_punctuation_are_no_difference():
    assert tq6(("Enregistrer", "Save"), ("Enregistrer", "save."), ("Enregistrer", " Save  "),
               ("Êtes-vous sûr ?", "Are you sure?"), ("Êtes-vous sûr ?", "Are you sure"), code="TQ609") == []


def test_sources_differing_only_in_spaces_are_one_group():
    pairs = ("Mot de passe", "Password"), ("Mot  de passe ", "Pass word"), ("Mot de passe", "Password")
    assert [f.span for f in tq6(*pairs, code="TQ609")] == ["Pass word"]


def test_no_letters_no_group():
    assert tq6(("1", "One"), ("1", "1"), ("%s", "%s file"), ("%s", "%s document"), code="TQ609") == []


def _po(text):
    config = Config()
    config.select = ["TQ609"]
    return list(check_text(text, "en.po", config=config))


def test_po_contexts_and_plural_forms_are_never_compared():
    """msgctxt is how a catalog says that one source needs two translations."""
    text = '''msgctxt "verb"
msgid "Ouvert"
msgstr "Open"

msgctxt "state"
msgid "Ouvert"
msgstr "Opened"

msgid "%d fichier"
msgid_plural "%d fichiers"
msgstr[0] "%d file"
msgstr[1] "%d files"

msgid "%d fichiers"
msgstr "%d documents"
'''
    assert _po(text) == []


def test_qt_contexts_are_kept_apart_and_the_same_context_compared():
    def ts(messages):
        body = "".join(f"<context><name>{c}</name><message><source>{s}</source><translation>{t}</translation>"
                       "</message></context>\n" for c, s, t in messages)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="en_US" sourcelanguage="fr_FR">\n{body}</TS>\n')

    config = Config()
    config.select = ["TQ609"]
    apart = ts([("MainWindow", "Enregistrer", "Save"), ("Dialog", "Enregistrer", "Record")])
    assert list(check_text(apart, "app_en.ts", config=config)) == []
    together = ts([("Dialog", "Enregistrer", "Save"), ("Dialog", "Enregistrer", "Record")])
    assert [f.span for f in check_text(together, "app_en.ts", config=config)] == ["Save", "Record"]  # a tie
    # a disambiguation comment is Qt's msgctxt: `Ouvert` as a ticket's state and as a date's label
    commented = together.replace("Save</translation>", "Save</translation><comment>state</comment>").replace(
        "Record</translation>", "Record</translation><comment>date</comment>")
    assert list(check_text(commented, "app_en.ts", config=config)) == []


def test_an_article_aligned_with_its_source_is_not_compared():
    from tqcheck.documents import parse
    from tqcheck.documents.pairing import attach
    from tqcheck.engine import Context, lint

    doc = parse("Yes.\nThe strike goes on.\nYeah.\n", path="a.en.txt")
    attach(doc, parse("Oui.\nLa grève continue.\nOui.\n", path="a.fr.txt"))
    assert [p.source for p in doc.pairs if p.target is not None].count("Oui.") == 2
    assert not any(f.code == "TQ609" for f in lint(doc, Context(Config())).findings)


def test_long_translations_are_quoted_where_they_differ():
    source = "Dans le Sud de l'Azerbaïdjan, de nombreuses personnes atteignent des âges bibliques."
    first, second = tq6((source, "In Southern Azerbaijan, many people reach biblical ages."),
                        (source, "In Southern Azerbaijan, many people reach ages that are almost biblical."),
                        code="TQ609")
    assert "`…reach biblical ages.` at line 1: here `…reach ages that are almost biblical.`" in second.message
    assert "`…reach ages that are almost biblical.` at line 2: here `…reach biblical ages.`" in first.message


def test_a_translation_memory_keeps_alternatives_on_purpose():
    tus = "".join(f'<tu><tuv xml:lang="fr"><seg>Ouvrir</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>'
                  for t in ("Open", "Opening"))
    tmx = f'<?xml version="1.0"?><tmx version="1.4"><header srclang="fr"/><body>{tus}</body></tmx>\n'
    config = Config()
    config.select = ["TQ609"]
    assert list(check_text(tmx, "memory.tmx", config=config)) == []
    assert [f.span for f in tq6(("Ouvrir", "Open"), ("Ouvrir", "Opening"), code="TQ609")] == ["Open", "Opening"]


def test_an_xliff_meaning_note_is_a_context():
    """Angular gives one source with two meanings two units, each with its meaning note."""
    def unit(k, meaning, target):
        note = f'<note priority="1" from="meaning">{meaning}</note>' if meaning else ""
        return (f'<trans-unit id="{k}" datatype="html"><source>Ouvrir</source><target>{target}</target>{note}'
                "</trans-unit>")

    def xliff(*units):
        return ('<xliff version="1.2"><file source-language="fr" target-language="en" datatype="plaintext"><body>'
                + "".join(units) + "</body></file></xliff>")

    config = Config()
    config.select = ["TQ609"]
    apart = xliff(unit(1, "verb", "Open"), unit(2, "shop hours", "Opening hours"))
    assert list(check_text(apart, "messages.en.xlf", config=config)) == []
    together = xliff(unit(1, "", "Open"), unit(2, "", "Opening hours"))
    assert [f.span for f in check_text(together, "messages.en.xlf", config=config)] == ["Open", "Opening hours"]
    # XLIFF 2 (Angular's xlf2): the notes come before the segment
    units2 = "".join(f'<unit id="{k}"><notes><note category="meaning">{m}</note></notes><segment>'
                     f"<source>Ouvrir</source><target>{t}</target></segment></unit>"
                     for k, m, t in ((1, "verb", "Open"), (2, "shop hours", "Opening hours")))
    xliff2 = f'<xliff version="2.0" srcLang="fr" trgLang="en"><file id="f">{units2}</file></xliff>'
    assert list(check_text(xliff2, "messages.en.xlf", config=config)) == []
    assert len(check_text(xliff2.replace("shop hours", "verb"), "messages.en.xlf", config=config)) == 2
