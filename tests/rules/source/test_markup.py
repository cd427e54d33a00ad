"""TQ605 (source.markup): placeholders, tags, URLs, e-mails and units that differ."""

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_text

from .helpers import spans

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Bonjour %s, vous avez %d messages :"
msgstr "Hello %s, you have messages"

msgid "Fichier : %(name)s"
msgstr "File: %(name)s %s"

msgid "Enregistrer :"
msgstr "Save:"
'''

XLIFF = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>Cliquez <g id="1">ici</g> pour <x id="2"/> continuer.</source>
<target>Click <g id="1">here</g> to continue.</target></trans-unit>
<trans-unit id="2"><source>Cliquez <g id="1">ici</g> pour <x id="2"/> continuer.</source>
<target>To <x id="2"/> continue, click <g id="1">here</g>.</target></trans-unit>
</body></file></xliff>
'''


def tq605(text, path):
    return [(f.line, f.severity, f.message) for f in check_text(text, path, config=Config(select=["TQ605"]))]


def test_po_placeholders_and_the_final_colon():
    found = tq605(PO, "m.po")
    assert (6, "warning", "The source's `%d` is missing from the translation") in found
    assert (6, "info", "The translation differs from the source in the final `:`") in found
    assert any(line == 9 and "`%s` is not in the source" in m for line, _, m in found)
    assert all(line != 12 for line, _, _ in found)  # Enregistrer : -> Save: keeps its colon


def test_a_po_placeholder_cut_by_a_line_wrap_is_the_same_placeholder():
    po = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          'msgid "Les résultats sont dans %(outdir)s."\nmsgstr ""\n"Look at the results in %(outdir)"\n"s."\n')
    assert tq605(po, "m.po") == []
    assert tq605(po.replace('"s."', '"d."'), "m.po") == [
        (7, "warning", "The source's `%(outdir)s` is missing from the translation"),
        (7, "warning", "`%(outdir)d` is not in the source")]


def test_xliff_tags_by_kind_and_id_in_any_order():
    found = tq605(XLIFF, "x.xlf")
    assert found == [(4, "warning", 'The source\'s `<x id="2"/>` is missing from the translation')]


UNITS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="x"><body>
{}
</body></file></xliff>
"""


@pytest.mark.parametrize("unit, expected", [
    # an id that changed: the tag stands for other code
    ('<trans-unit id="1"><source>Voir <x id="1"/> et <x id="2"/>.</source>'
     '<target>See <x id="1"/> and <x id="3"/>.</target></trans-unit>',
     ['The source\'s `<x id="2"/>` is missing from the translation', '`<x id="3"/>` is not in the source']),
    # an id is an attribute of its own, not text inside another's value (Angular's equiv-text)
    ('<trans-unit id="1"><source>Voir <x id="1" equiv-text="{{ a }}"/>.</source>'
     '<target>See <x equiv-text="{{ mid=\'9\' }}" id="1"/>.</target></trans-unit>', []),
    # two of a kind in the source, one lost: said once
    ('<trans-unit id="1"><source>A <x id="1"/> B <x id="1"/> C</source><target>A <x id="1"/> B C</target></trans-unit>',
     ['The source\'s `<x id="1"/>` is missing from the translation']),
    # SDL Trados: a segment not translated yet is an empty <mrk/>, the same pair as the source's
    ('<trans-unit id="1"><source>Un. Deux.</source><seg-source><mrk mtype="seg" mid="1">Un.</mrk> '
     '<mrk mtype="seg" mid="2">Deux.</mrk></seg-source><target><mrk mtype="seg" mid="1">One.</mrk> '
     '<mrk mtype="seg" mid="2"/></target></trans-unit>', []),
    # segments by their mid: a merged segment loses one
    ('<trans-unit id="1"><source>Un. Deux.</source><seg-source><mrk mtype="seg" mid="1">Un.</mrk> '
     '<mrk mtype="seg" mid="2">Deux.</mrk></seg-source><target><mrk mtype="seg" mid="1">One. Two.</mrk>'
     '</target></trans-unit>', ['The source\'s `</mrk>`, `<mrk mtype="seg" mid="2">` are missing from the translation']),
])
def test_tags_are_compared_by_kind_and_id_and_an_empty_element_is_an_empty_pair(unit, expected):
    assert [m for _, _, m in tq605(UNITS.format(unit), "x.sdlxliff")] == expected


@pytest.mark.parametrize("source, target, expected", [
    ("Écrivez à aide@impots.gouv.fr.", "Write to help@impots.gouv.fr.", ["help@impots.gouv.fr"]),
    ("Voir https://www.impots.gouv.fr/aide.", "See https://www.impots.gouv.fr/help.", ["https://www.impots.gouv.fr/help"]),
    ("Un fichier de 3 Go.", "A 3 MB file.", ["3 MB"]),
    ("Une route de 15 km.", "A 15 miles road.", ["15 miles"]),
    # a square bracket ends an address (BBCode in a real string table, stop 43), but for an IPv6 host's
    ("[url=https://commons.wikimedia.org/wiki/File:Bar.JPG]Bar de plage[/url]",
     "[url=https://commons.wikimedia.org/wiki/File:Bar.JPG]Beach bar[/url]", []),
    ("Voir http://[::1]:8080/admin.", "See http://[::1]:8080/help.", ["http://[::1]:8080/help"]),
    ("Voir https://ex.fr/liste?filtre[statut]=ouvert.", "See https://ex.fr/liste?filtre[statut]=open.",
     ["https://ex.fr/liste?filtre[statut]=open"]),  # balanced brackets are the address's
])
def test_urls_emails_and_units_that_differ(source, target, expected):
    assert spans((source, target), code="TQ605") == expected


@pytest.mark.parametrize("source, target", [
    ("Écrivez à aide@impots.gouv.fr.", "Write to aide@impots.gouv.fr."),
    ("Un fichier de 3 Go.", "A 3 GB file."),
    ("Une route de 15 km.", "A 15 km (9 miles) road."),
    ("Une phrase (avec une parenthèse) :", "A sentence with none."),  # classic checks: software strings only
])
def test_same_or_converted_with_both_forms_is_not_flagged(source, target):
    assert spans((source, target), code="TQ605") == []


def test_plural_and_gender_marks_are_no_brackets():
    """Real Symfony catalogs: `gardien(s) trouvé(s)` for `Guardian(s) found`, `toute(s) pièce(s)` dropped."""
    unit = '<trans-unit id="1"><source>{}</source><target>{}</target></trans-unit>'
    quiet = [("gardien(s) trouvé(s)", "Guardian(s) found"), ("Enterrement de vie de garçon(ne)", "Bachelor(ette) party"),
             ("Apportez toute(s) pièce(s) justificative(s).", "Bring any documents.")]
    for source, target in quiet:
        assert tq605(UNITS.format(unit.format(source, target)), "x.xlf") == []
    found = tq605(UNITS.format(unit.format("Un prix (TTC)", "A price")), "x.xlf")
    assert [m for _, _, m in found] == ["The translation differs from the source in brackets ()"]


def test_xliff_spaces_count_as_xml_space_or_the_datatype_says():
    """Angular's extraction indents its HTML sources (` Prénom est …`, line breaks): XML lets a tool reflow
    them, so the ends and line breaks are compared as the nearest xml:space says, else in plain-text units."""
    unit = '<trans-unit id="1"{}><source>\n    Prénom est requis\n  </source><target>First name is required</target></trans-unit>'
    assert tq605(UNITS.format(unit.format(' xml:space="default"')), "x.xlf") == []
    found = tq605(UNITS.format(unit.format(' xml:space="preserve"')), "x.xlf")
    assert [m for _, _, m in found] == ["The translation differs from the source in the spaces at either end, "
                                        "line breaks (0 for 2)"]
    # the nearest element that says it wins: a unit's "default" inside a group's "preserve"
    grouped = '<group xml:space="preserve">{}</group>'.format(unit.format(' xml:space="default"'))
    assert tq605(UNITS.format(grouped), "x.xlf") == []
    assert tq605(UNITS.format('<group xml:space="preserve">{}</group>'.format(unit.format(""))), "x.xlf")
    # no xml:space anywhere: a plain-text unit's spaces count (Symfony), an HTML one's do not (Angular)
    assert tq605(UNITS.format(unit.format("")), "x.xlf")
    assert tq605(UNITS.format(unit.format("")).replace('"plaintext"', '"html"'), "x.xlf") == []


def against_source(tmp_path, run_cli, french, english):
    """TQ605 on an article ``english`` checked against its source ``french`` (``--source``), as a user runs it."""
    if french is not None:
        (tmp_path / "fr.md").write_text(french)
    (tmp_path / "en.md").write_text(english)
    return run_cli("check", "--select", "TQ605", "en.md", "--source", "fr.md")


def test_a_placeholder_two_neighbouring_sentences_trade_is_not_lost(tmp_path, run_cli):
    # the translation cut its sentences elsewhere: `make install` moved from the first to the second, not lost
    french = ("Pour installer l'outil, lancez la commande `make` dans le dossier du projet, puis lancez `make install` "
              "en tant qu'administrateur. Attendez ensuite la fin de la compilation, qui dure quelques minutes sur une "
              "machine récente.\n")
    english = ("To install the tool, run the `make` command in the project folder. Then run `make install` as an "
               "administrator and wait for the end of the build, which takes a few minutes on a recent machine.\n")
    proc = against_source(tmp_path, run_cli, french, english)
    assert proc.returncode == 0, proc.stdout
    proc = against_source(tmp_path, run_cli, None, english.replace("Then run `make install` as an administrator and",
                                                                   "Then"))
    assert b"`make install`" in proc.stdout and b"missing from the translation" in proc.stdout


def test_a_code_span_written_as_plain_text_is_said_to_be_so(tmp_path, run_cli):
    # the ANSSI's Rust guide: `rustup`, `cargo` in code font in French, plain words in English: there, not lost
    french = "Enfin, les outils (`rustup`, `cargo`) facilitent l'usage de Rust et la configuration du projet.\n"
    english = "Finally, the tools (rustup, cargo) make Rust easier to use and the project easier to configure.\n"
    out = against_source(tmp_path, run_cli, french, english).stdout.decode()
    assert "`rustup`, `cargo` are code in the source: the translation has the words, not the code" in out
    out = against_source(tmp_path, run_cli, None, english.replace("(rustup, cargo)", "(Rustup)")).stdout.decode()
    assert "`rustup` is code in the source" in out and "The source's `cargo` is missing" in out  # any case


def test_a_document_translates_labels_in_code_font_and_image_text(tmp_path, run_cli):
    # OVH's guides and Arlo's plugin page: a button's name in code font, an image's alt text, translated
    french = ("Cliquez sur le bouton `Générer une sauvegarde`{.action} puis ouvrez `/etc/ssh/sshd_config`.\n\n"
              "Ouvrez les réglages : ![Paramètres Arlo](images/settings.png)\n")
    english = ("Click the `Generate a backup`{.action} button, then open `/etc/ssh/sshd_config`.\n\n"
               "Open the settings: ![Arlo settings](images/settings.png)\n")
    proc = against_source(tmp_path, run_cli, french, english)
    assert proc.returncode == 0, proc.stdout
    # a path is code, compared as written; an image is compared by what it shows
    changed = english.replace("/etc/ssh/sshd_config", "/etc/ssh/ssh/sshd_config").replace("images/settings.png",
                                                                                          "images/access.png")
    out = against_source(tmp_path, run_cli, None, changed).stdout.decode()
    assert " `/etc/ssh/ssh/sshd_config` is not in the source" in out and "images/access.png)` is not in" in out


def test_a_cross_reference_is_compared_by_its_target():
    from tqcheck.rules.source.markup import _key

    assert _key(":ref:`envoyer un rappel <emailing>`") == _key(":ref:`send a reminder <emailing>`")
    assert _key(":ref:`send <emailing>`") != _key(":ref:`send <reminders>`")
    assert _key("`ls /tmp`") != _key("`ls / tmp`")


def test_commands_and_constants_in_code_font_are_compared_as_written(tmp_path, run_cli):
    # a review's case: only a French label may be given in English, a command or a constant may not
    french = "Lancez `git push` puis cochez `True`.\n\nCliquez ensuite sur `Paramètres`.\n"
    english = "Run `git pull` then tick `False`.\n\nThen click `Settings`.\n"
    out = against_source(tmp_path, run_cli, french, english).stdout.decode()
    assert "`git pull` is not in the source" in out and "`False` is not in the source" in out
    assert "Settings" not in out and "Paramètres" not in out


def test_a_formula_written_in_words_may_be_translated(tmp_path, run_cli):
    # a fresh LLM-translated essay (three-point estimation): the formula's French words given in English
    french = "L'espérance vaut `(minimum + 4 × probable + maximum) / 6` et `max(a, b)` le reste.\n"
    english = "The expected value is `(minimum + 4 × most likely + maximum) / 6` and `max(a, b)` the rest.\n"
    assert against_source(tmp_path, run_cli, french, english).stdout.decode().startswith("All checks passed")
    # a symbol changed, or a formula's identifier changed, is still a difference
    changed = english.replace("+ maximum) / 6", "- maximum) / 6")
    assert "is not in the source" in against_source(tmp_path, run_cli, french, changed).stdout.decode()
    for french_code, english_code in (("`SELECT nom FROM clients WHERE ville = 'Paris'`",
                                       "`SELECT name FROM customers WHERE city = 'Paris'`"),
                                      ("`age > limite`", "`age > limit`"), ("`prix + taxe`", "`price + tax`")):
        out = against_source(tmp_path, run_cli, f"Lancez {french_code}.\n", f"Run {english_code}.\n").stdout.decode()
        assert "is not in the source" in out, english_code  # code whose names were translated (a review's)
    renamed = english.replace("`max(a, b)`", "`min(a, b)`")
    assert "`min(a, b)` is not in the source" in against_source(tmp_path, run_cli, french, renamed).stdout.decode()


def test_an_example_address_may_be_translated():
    po = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Exemple : nom@domaine.com"\nmsgstr "Example: {}"\n'
    assert tq605(po.format("name@domain.com"), "en.po") == []  # acceslibre's catalog
    assert tq605(po.format("name@example.org"), "en.po") == []
    numbered = po.replace("nom@domaine.com", "adresse1@mail.com; adresse2@mail.com")  # demarches-simplifiees
    assert tq605(numbered.format("address1@mail.com; address2@mail.com"), "en.po") == []
    assert len(tq605(po.format("contact@acceslibre.beta.gouv.fr"), "en.po")) == 1  # a real address: as written


@pytest.mark.parametrize("source, target, flagged", [
    # a translated page's address (TousAntiCovid's privacy notice; Kresus's FAQ, its anchor translated too)
    ("https://bonjour.tousanticovid.gouv.fr/privacy.html", "https://bonjour.tousanticovid.gouv.fr/privacy-en.html", 0),
    ("https://kresus.org/faq.html#quand-et-comment", "https://kresus.org/en/faq.html#when-and-how", 0),
    ("https://x.org/docs?lang=fr", "https://x.org/docs?lang=en", 0),
    ("https://jeedom.github.io/plugin-geoloc/fr_FR/", "https://jeedom.github.io/plugin-geoloc/en_US/", 0),  # (a region)
    ("https://x.org/fr-CA/aide", "https://x.org/en-GB/aide", 0),
    ("https://x.org/fr_BE/aide", "https://x.org/en_CA/aide", 0),
    ("https://x.org/fr-FR/aide", "https://x.org/de-DE/aide", 1),  # another language's page
    ("(au format nom@mail.com)", "(in the format name@mail.com)", 0),  # an example's mailbox (Framadate)
    ("https://x.org/privacy.html", "https://x.org/terms.html", 1),  # another page
    ("https://x.fr/a", "https://x.com/a", 1),  # another site: a host's `.fr` is no language
    # a page whose address names its language, its name translated too (fresh MT docs: wikiwand, ANSSI's site)
    ("https://www.wikiwand.com/fr/Python_(langage)", "https://www.wikiwand.com/en/Python_(programming_language)", 0),
    ("https://fr.wikipedia.org/wiki/Bœuf", "https://en.wikipedia.org/wiki/Beef", 0),
    ("https://cyber.gouv.fr/", "https://cyber.gouv.fr/en", 0),
    ("https://fr.wikipedia.org/wiki/Bœuf", "https://de.wikipedia.org/wiki/Rind", 1),
    ("https://x.org/fr/aide", "https://y.org/en/help", 1),
    # a review's: the same site's other folders or figures are another page
    ("https://github.com/acme/tool/blob/docs/fr/install.md", "https://github.com/evil/x/blob/en/install.md", 1),
    ("https://shop.example-store.com/fr/produit/123", "https://shop.example-store.com/en/produit/999", 1),
    ("https://docs.acme.io/fr/v2/guide", "https://docs.acme.io/en/v1/guide", 1),
    ("https://docs.acme.io/fr/v2/guide-de-demarrage", "https://docs.acme.io/en/v2/getting-started", 0),
    ("contact@x.fr", "contact@y.fr", 1),
])
def test_a_localized_page_or_mailbox_is_the_sources_own(source, target, flagged):
    po = f'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Voir {source}"\nmsgstr "See {target}"\n'
    assert len(tq605(po, "en.po")) == flagged


def test_an_icu_branch_s_text_is_no_placeholder():
    # Pix's and Fab-manager's catalogs: `one {candidate}`, `other{the}` are the words of a plural's or a select's branch
    po = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "{n, plural, one {candidat} other {candidats}}"\n'
          'msgstr "{n, plural, one {candidate} other {candidates}}"\n\n'
          'msgid "sur {G, select, neutral{} other{le}} {NAME}"\nmsgstr "on {G, select, neutral{} other{the}} {NAME}"\n')
    assert tq605(po, "en.po") == []
    assert len(tq605(po.replace("{NAME}\"\n", "{NOM}\"\n", 1), "en.po")) >= 1  # a real placeholder still counts
    po = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "{n, plural, =0 {aucun} male{il} other {#}}"\n'
          'msgstr "{n, plural, =0 {none} male{he} other {#}}"\n\n'
          'msgid "Choisissez une {item} dans la liste"\nmsgstr "Choose one {item} from the list"\n')
    assert tq605(po, "en.po") == []  # `=0 {none}`, a select's key; and outside a block, `one {item}` is a placeholder
    assert len(tq605(po.replace("Choose one {item}", "Choose one {thing}"), "en.po")) >= 1


def test_a_placeholder_written_twice_is_said_to_be_more_often_not_absent():
    # esup-ecandidat's catalog: `{0}` twice in the English, once in the French
    po = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Fichier {0} envoyé"\nmsgstr "File {0} sent to {0}"\n'
    assert [f[2] for f in tq605(po, "en.po")] == ["`{0}` is here more often than in the source (1)"]


def test_the_extra_tag_named_is_the_one_the_source_does_not_write():
    # a Rails app's home page: the English adds a `greened` span beside the `nowwrap` one both have
    po = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Un <span class=\'nowwrap\'>mot</span> ici"\n'
          'msgstr "A <span class=\'greened\'>nice</span> <span class=\'nowwrap\'>word</span> here"\n')
    found = [m for _, _, m in tq605(po, "en.po")]
    assert found and "greened" in found[0] and not any("nowwrap" in m for m in found)


def test_code_font_added_changed_in_case_or_a_few_sentences_off_is_no_difference(tmp_path, run_cli):
    # LLM-translated blog posts (stop 44): `HDFS` in code font where the French writes HDFS; `UNLOGGED` for
    # `unlogged`; a translation that adds a sentence, so that the aligner pairs `talosctl` three sentences off
    french = ("Le système HDFS stocke les fichiers.\n\nCréez une table `unlogged` pour le cache.\n\n"
              "Gardez le fichier `talosconfig` en lieu sûr.\n\nLes noeuds démarrent seuls.\n\n"
              "Le cluster se met à jour sans coupure.\n\nLancez ensuite `talosctl upgrade` sur chaque noeud.\n")
    english = ("The `HDFS` system stores the files.\n\nCreate an `UNLOGGED` table for the cache.\n\n"
               "The nodes start by themselves. Keep them safe.\n\nThe cluster upgrades without downtime.\n\n"
               "Keep the `talosconfig` file somewhere safe.\n\nThen run `talosctl upgrade` on each node.\n")
    proc = against_source(tmp_path, run_cli, french, english)
    assert b"TQ605" not in proc.stdout, proc.stdout
    # a command changed is still one
    out = against_source(tmp_path, run_cli, None, english.replace("`talosctl upgrade`", "`talosctl reset`"))
    assert b"`talosctl reset` is not in the source" in out.stdout


def test_a_swap_or_a_change_of_case_that_means_something_is_still_reported(tmp_path, run_cli):
    # a review's cases: `stop` and `start` swapped six paragraphs apart is no misalignment; `ls -r` is not `ls -R`
    middle = "".join(f"{fr}\n\n" for fr in ("Le dossier habituel.", "Vérifiez les droits.", "Sept jours.",
                                              "Quelques minutes.", "Il redémarre seul."))
    english_middle = "".join(f"{en}\n\n" for en in ("The usual folder.", "Check the rights.", "Seven days.",
                                                      "A few minutes.", "It restarts alone."))
    french = f"Arrêtez le service avec `systemctl stop nginx`.\n\n{middle}Relancez-le avec `systemctl start nginx`.\n"
    english = (f"Stop the service with `systemctl start nginx`.\n\n{english_middle}"
               "Restart it with `systemctl stop nginx`.\n")
    out = against_source(tmp_path, run_cli, french, english).stdout.decode()
    assert out.count("TQ605") == 4, out
    out = against_source(tmp_path, run_cli, "Lancez `ls -r` dans le dossier.\n", "Run `ls -R` in the folder.\n")
    assert b"`ls -R` is not in the source" in out.stdout


def test_a_formula_in_code_font_takes_the_english_decimal_point(tmp_path, run_cli):
    # a fresh blog pair: `55*24 = 1,32 kWh` became `55*24 = 1.32 kWh`, which TQ605 reported twice
    (tmp_path / "a.fr.md").write_text("Alors on obtient `55*24 = 1,32 kWh` par jour et par nœud.\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text("Then we get `55*24 = 1.32 kWh` per day per node.\n", encoding="utf-8")
    assert b"TQ605" not in run_cli("check", "a.en.md", "--source", "a.fr.md").stdout
    (tmp_path / "a.en.md").write_text("Then we get `55*24 = 1.52 kWh` per day per node.\n", encoding="utf-8")
    assert b"TQ605" in run_cli("check", "a.en.md", "--source", "a.fr.md").stdout  # another number still counts
    (tmp_path / "a.fr.md").write_text("Appelez `f(1,2)` ici.\n", encoding="utf-8")  # no unit: code's comma (a review's)
    (tmp_path / "a.en.md").write_text("Call `f(1.2)` here.\n", encoding="utf-8")
    assert b"TQ605" in run_cli("check", "a.en.md", "--source", "a.fr.md").stdout


def test_a_code_span_is_its_code_however_many_backticks_hold_it(tmp_path, run_cli):
    # fresh MT docs: DeepL wrote ``MVP`` for `MVP` (30 TQ605 in one file, each span missing and added)
    french = "On arrive à un `MVP` puis on recode en `C++`, `C#` ou `Java`.\n"
    english = "We reach an ``MVP`` then recode in `` C++ ``, ``C#`` or ```Java```.\n"
    assert b"TQ605" not in against_source(tmp_path, run_cli, french, english).stdout
    out = against_source(tmp_path, run_cli, french, english.replace("``C#``", "``C``")).stdout.decode()
    assert "``C``" in out and "`C#`" in out


def test_a_url_keeps_its_own_closing_bracket(tmp_path, run_cli):
    french = "Voir (https://x.org/wiki/Python_(langage)).\n"
    english = "See (https://x.org/wiki/Python_(language)).\n"
    assert "`https://x.org/wiki/Python_(language)` is not in" in against_source(
        tmp_path, run_cli, french, english).stdout.decode()


def test_a_link_kept_in_qt_markup_with_its_page_localized_loses_nothing():
    # Collatinus's English .ts (stop 51): the link escaped in the XML, its target's `/fr/` made `/en/`, the visible
    # address replaced by the site's name: the tag is the same tag, the address is kept in the link
    def ts(target):
        source = ("Voir le site &lt;a href=&apos;http://outils.biblissima.fr/fr/collatinus/&apos;&gt;"
                  "http://outils.biblissima.fr/fr/collatinus/&lt;/a&gt; pour la liste des fichiers disponibles.")
        more = "".join(f"<message><source>{fr}</source><translation>{en}</translation></message>" for fr, en in (
            ("Installer les paquets téléchargés", "Install the downloaded packages"),
            ("Impossible de lire le fichier des lemmes", "Cannot read the lemmas file"),
            ("Choisissez la langue de la traduction", "Choose the language of the translation")))
        unit = f"<message><source>{source}</source><translation>{target}</translation></message>"
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="en_US"><context><name>M</name>'
                f"{unit}{more}</context></TS>\n")

    kept = ("See the &lt;a href=&apos;http://outils.biblissima.fr/en/collatinus/&apos;&gt;Biblissima&lt;/a&gt; "
            "web site for the list of the available files.")
    assert tq605(ts(kept), "app_en.ts") == []
    lost = "See the Biblissima web site for the list of the available files."
    assert any("missing" in message for _, _, message in tq605(ts(lost), "app_en.ts"))


def test_a_sentence_that_lost_its_full_stop_is_noted_not_a_label():
    # acceslibre's English PO (stop 51): pofilter's endpunc; a label or a short string keeps its own ending
    po = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
          'msgid "Vous devez suggérer un nom d\'activité pour l\'établissement."\n'
          'msgstr "You must suggest an activity name for the facility"\n\n'
          'msgid "Impossible de valider votre adresse."\nmsgstr "Unable to validate your address."\n\n'
          'msgid "Enregistré."\nmsgstr "Saved"\n')
    assert tq605(po, "en.po") == [(6, "info", "The translation differs from the source in the final `.`")]


def test_an_escape_typed_as_two_characters_is_noted():
    # Collatinus's English .ts (stop 51): a translator typed `\n` where the source breaks its line; Qt shows `\n`
    # (pofilter's escapes)
    units = [("Ce dictionnaire a été mis en ligne en février 2016.\n&lt;br&gt;",
              "This dictionary was uploaded in February 2016.\\n&lt;br&gt;"),
             ("Installer les paquets téléchargés", "Install the downloaded packages"),
             ("Impossible de lire le fichier des lemmes", "Cannot read the lemmas file")]
    body = "".join(f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in units)
    ts = f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="en_US"><context><name>M</name>{body}'
    found = tq605(ts + "</context></TS>\n", "app_en.ts")
    assert [(severity, "the escape `\\n` (1 for 0)" in message) for _, severity, message in found] == [("info", True)]


def test_a_template_of_words_in_code_font_may_be_translated():
    # MT docs of stop 51 (a Jeedom plugin, an MQTT bridge): the words of a template name what to write
    from collections import Counter

    from tqcheck.rules.source.translated_codes import translated_templates

    for french, english in (("`nom d'utilisateur:mot de passe`", "`username:password`"),
                            ("`niveau1/niveau2`", "`level1/level2`")):
        missing, extra = Counter([french]), Counter([english])
        translated_templates(missing, extra)
        assert +missing == Counter() and +extra == Counter(), french
    # two English commands are two commands; another shape is another span; two of a shape: which is which?
    for missing, extra in ((Counter(["`git push`"]), Counter(["`git pull`"])),
                           (Counter(["`niveau1/niveau2`"]), Counter(["`level1:level2`"])),
                           (Counter(["`nom:mot`", "`prénom:mot`"]), Counter(["`name:word`", "`first:word`"]))):
        before = (missing.copy(), extra.copy())
        translated_templates(missing, extra)
        assert (missing, extra) == before
    # code whose names were translated is no template (a review's `age > limite`, `prix + taxe`)
    missing, extra = Counter(["`age > limite`"]), Counter(["`age > limit`"])
    translated_templates(missing, extra)
    assert +missing and +extra
