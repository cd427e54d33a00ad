"""A document that reads as French (the source beside its translation, a French page in a folder) is not checked
as English; an English text with French left in, even a whole paragraph, is."""

import os

import pytest

from tqcheck import check_text
from tqcheck.documents import parse
from tqcheck.documents.language import reads_as_french

from conftest import wmt_lines

FRENCH = ("Le conseil municipal a voté le budget de la ville lundi soir. Les travaux commenceront au printemps "
          "prochain, selon le maire, qui a promis une réunion publique avant l'été. Les habitants du quartier se "
          "disent satisfaits du projet, mais ils craignent que la rénovation de la gare ne coûte plus que prévu. "
          "« Nous avons des inquiétudes sur les délais », a déclaré une habitante.")
ENGLISH = ("The city council passed the budget on Monday evening. Work will start next spring, according to the "
           "mayor, who promised a public meeting before the summer. Residents of the area say they are pleased with "
           "the project, but they fear that the renovation of the station will cost more than planned. ")


@pytest.mark.parametrize("fmt, text", [
    ("text", FRENCH), ("markdown", "# Le budget\n\n" + FRENCH), ("html", f"<p>{FRENCH}</p>"),
    ("srt", f"1\n00:00:01,000 --> 00:00:04,000\n{FRENCH}\n"), ("json", '{"a": "%s"}' % FRENCH.replace('"', "'")),
])
def test_a_french_document_is_not_checked_as_english(fmt, text):
    doc = parse(text, path="article", fmt=fmt)
    assert doc.foreign and doc.foreign.startswith("it reads as French (")
    assert check_text(text, path=f"a.{ {'text': 'txt', 'markdown': 'md'}.get(fmt, fmt)}") == []


def test_english_with_french_left_in_is_checked():
    """A whole paragraph left untranslated is the worst trace there is: a third of the text in French is still read."""
    text = ENGLISH * 2 + FRENCH
    assert parse(text, fmt="text").foreign is None
    assert {f.code for f in check_text(text, path="a.txt")} >= {"TQ402"}
    assert reads_as_french([ENGLISH + "Selon les syndicats, la grève continue dans les écoles et les hôpitaux."]) is None


@pytest.mark.parametrize("name", ["newstest2013-ref.en", "system-outputs/newstest2013.fr-en.rbmt-1",
                                  "system-outputs/newstest2013.fr-en.cu-zeman.2738"])
def test_english_news_and_its_machine_translations_never_read_as_french(name):
    """Articles of 20 lines: the human reference and two systems that leave the most French in (rule-based MT
    and a phrase-based one), whose French sources read as French."""
    lines = wmt_lines(name, 3000)
    articles = [lines[k:k + 20] for k in range(0, len(lines), 20)]
    assert [k for k, article in enumerate(articles) if reads_as_french(article)] == []
    sources = wmt_lines("newstest2013-src.fr", 3000)
    assert all(reads_as_french(sources[k:k + 20]) for k in range(0, 3000, 200))


def test_a_run_says_why_a_french_file_was_skipped(tmp_path, run_cli):
    (tmp_path / "a.en.md").write_text(ENGLISH + "It costs 1,5 billion.\n")
    (tmp_path / "a.fr.md").write_text(FRENCH + "\n")
    proc = run_cli("check", ".")
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Found 1 finding in 1 file" in proc.stdout.decode()
    assert "a.fr.md: warning: it reads as French (" in err and "not checked" in err
    alone = run_cli("check", "a.fr.md")  # a pre-commit hook on the French file alone: said, and no failure
    assert alone.returncode == 0 and "warning: nothing checked: a.fr.md is not in English" in alone.stderr.decode()
    (tmp_path / "fr").mkdir()
    os.replace(tmp_path / "a.fr.md", tmp_path / "fr" / "a.fr.md")
    folder = run_cli("check", "fr")  # a folder with nothing in English: a run that checked nothing fails
    assert folder.returncode == 2 and "error: nothing checked: the 1 file found in fr is not in English" \
        in folder.stderr.decode()


@pytest.mark.parametrize("path, fmt, text", [
    ("en.po", "po", 'msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "a"\nmsgstr "%s"\n' % FRENCH.replace('"', "'")),
    ("locales/en.json", "json", '{"a": "%s"}' % FRENCH.replace('"', "'")),
    ("film.en.srt", "srt", f"1\n00:00:01,000 --> 00:00:04,000\n{FRENCH}\n"),
])
def test_a_file_that_says_it_is_english_is_checked_even_in_french(path, fmt, text):
    """An English catalog left in French is the worst case there is: it is reported, not skipped."""
    doc = parse(text, path=path, fmt=fmt)
    assert doc.foreign is None
    assert {f.code for f in check_text(text, path=path)} & {"TQ401", "TQ402"}


def test_french_names_in_english_do_not_make_it_french():
    """Markers count as written: `Des Moines`, `Les Paul`, `Sur La Table` are names."""
    text = ("Our stores in Des Moines and Sur La Table sell guitars like the Les Paul. " * 3 +
            "Des Moines, Les Paul, Sur La Table, Les Misérables, Dans Le Noir, Avec Eric. " * 3)
    assert reads_as_french([text]) is None


def test_a_resource_files_short_strings_need_fewer_french_words_and_no_english_one():
    """An app's default strings in French are short: 7 French function words and no English one (a real
    values/strings.xml); as prose that is too few, as a resource file's strings it is French."""
    strings = ["Mon Zoo", "Bienvenue", "Pas de popcorn pour les visiteurs", "Alerte envoyée", "Confirmer l'envoi ?",
               "Bienvenue sur l'application principale du zoo, plus de bassins", "Pour plus d'informations", "Annuler",
               "Enclos du parc"]
    assert reads_as_french(strings) is None
    # (7: a string's first word counts in lowercase, `Pas de popcorn`, `Pour plus d'informations`)
    assert reads_as_french(strings, strings=True) == "it reads as French (7 French function words, 0 English ones)"
    assert reads_as_french(strings + ["Open the map"], strings=True) is None  # one English marker: checked
    assert reads_as_french(strings[:4], strings=True) is None  # (3: too few)


def test_a_labels_capitalised_first_word_counts_as_a_function_word():
    """A French default bundle's labels open with a capital (`Votre e-mail`, `Tous droits réservés`): as written,
    no marker; as the first word of a string, lowercase, each is one."""
    labels = ["Votre e-mail", "Tous droits réservés", "Vos paramètres", "Leur compte", "Ces options", "Accueil"]
    assert reads_as_french(labels, strings=True) == "it reads as French (5 French function words, 0 English ones)"
    assert reads_as_french(labels) is None  # prose: as written, and too few


@pytest.mark.parametrize("path, sibling, language", [
    ("res/messages.properties", "res/messages_fr.properties", "fr"),
    ("res/messages.properties", "res/messages_fr_FR.properties", "fr"),
    ("docs/README.md", "docs/README.fr.md", "fr"),
    ("app/res/values/strings.xml", "app/res/values-fr/strings.xml", "fr"),
    ("App/Base.lproj/Main.strings", "App/fr.lproj/Main.strings", "fr"),
    ("res/messages.properties", "res/messages_en.properties", "en"),
    ("docs/README.md", "docs/README.en.md", "en"),
    ("app/res/values/strings.xml", "app/res/values-en/strings.xml", "en"),
    ("res/messages.properties", "res/messages_de.properties", None),
    ("app/res/values/strings.xml", "app/res/values-fr/arrays.xml", None),
])
def test_a_files_other_half_may_be_named(tmp_path, path, sibling, language):
    """A file of no language whose French is another file is the default language's (French in it is left
    untranslated); one whose English is another file may be the source (tqcheck.documents.locales.sibling_language)."""
    from tqcheck.documents.locales import sibling_language

    for name in (path, sibling):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sibling_language(str(tmp_path / path)) == language


def test_a_file_whose_english_is_beside_it_is_its_source_when_it_leans_french(tmp_path):
    """Le Bon Tuyau's messages.properties (beside messages_en.properties): short French labels, 4 French function
    words and one English (`By`; here 3 and 1), too few to read as French alone, enough to lean French as the
    English's source."""
    from tqcheck.documents import load

    labels = "".join(f"k{n} = {t}\n" for n, t in enumerate(
        ["Tous droits réservés | By S.H", "Votre e-mail", "Envoyer le lien", "Lien invalide ou expiré",
         "Accueil", "Nos Services"]))
    (tmp_path / "messages.properties").write_text(labels, encoding="utf-8")
    assert load(str(tmp_path / "messages.properties")).foreign is None  # alone: checked
    (tmp_path / "messages_en.properties").write_text("k0 = All rights reserved\n", encoding="utf-8")
    assert load(str(tmp_path / "messages.properties")).foreign.startswith("it leans French (3 French")
