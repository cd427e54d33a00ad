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
    # a page whose path, name or declaration says English (a fresh survey's `TriompheEnglish.html`: English headings,
    # French paragraphs, skipped whole as French)
    ("a.en.md", "markdown", f"# The budget\n\n{FRENCH}\n"),
    ("site/en/index.html", "html", f"<h1>The budget</h1><p>{FRENCH}</p>"),
    ("TriompheEnglish.html", "html", f"<h1>The budget</h1><p>{FRENCH}</p>"),
    ("page.html", "html", f"<html lang='en-GB'><body><p>{FRENCH}</p></body></html>"),
    ("post.md", "markdown", f"---\nlang: en\n---\n{FRENCH}\n"),
])
def test_a_file_that_says_it_is_english_is_checked_even_in_french(path, fmt, text):
    """An English catalog left in French is the worst case there is: it is reported, not skipped."""
    doc = parse(text, path=path, fmt=fmt)
    assert doc.foreign is None
    assert {f.code for f in check_text(text, path=path)} & {"TQ401", "TQ402"}


@pytest.mark.parametrize("path, text", [
    # what says French wins (a review's cases): a declaration, a French path, a French part of the name, `und`
    ("english.html", f"<html lang='fr'><body><p>{FRENCH}</p></body></html>"),
    ("learn-english.fr.md", f"---\nlang: fr\n---\n{FRENCH}\n"),
    ("site/fr/index.html", f"<html lang='en-US'><body><p>{FRENCH}</p></body></html>"),  # a template's default
    ("und.html", f"<html lang='und'><body><p>{FRENCH}</p></body></html>"),
    ("englishman.md", f"{FRENCH}\n"),  # `english` only as a whole part of the name
])
def test_a_french_file_that_says_english_weakly_is_still_french(path, text):
    fmt = "html" if path.endswith(".html") else "markdown"
    assert parse(text, path=path, fmt=fmt).foreign


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


@pytest.mark.parametrize("path, siblings, found", [
    ("res/messages.properties", {"res/messages_fr.properties": "b = Ouvrir\n"}, True),
    ("res/messages.properties", {"res/messages_fr_CA.properties": "b = Ouvrir\n"}, True),
    ("app/res/values/strings.xml", {"app/res/values-fr/strings.xml": "<resources/>"}, True),
    ("app/res/values/strings.xml", {"app/res/values-fr-rCA/strings.xml": "<resources/>"}, True),
    ("App/Base.lproj/Main.strings", {"App/fr.lproj/Main.strings": "/* */"}, True),
    # no real French file: none, another language's, an empty one (the Java habit), a copy of the file itself
    ("res/messages.properties", {"res/messages_de.properties": "b = Öffnen\n"}, False),
    ("res/messages.properties", {"res/messages_fr.properties": ""}, False),
    ("res/messages.properties", {"res/messages_fr.properties": "a = x\n"}, False),
    ("app/res/values/strings.xml", {"app/res/values-fr/arrays.xml": "<resources/>"}, False),
    # an English one beside it too: the default may be either
    ("res/messages.properties", {"res/messages_fr.properties": "b = Ouvrir\n", "res/messages_en.properties": "b"},
     False),
])
def test_a_strings_files_french_may_be_another_file(tmp_path, path, siblings, found):
    """A strings file of no language whose French is another, real file is the default language's: French in it is
    left untranslated, not the source (tqcheck.documents.locales.french_sibling)."""
    from tqcheck.documents.locales import french_sibling

    for name, text in {path: "a = x\n", **siblings}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert french_sibling(str(tmp_path / path)) is found


def test_a_symlink_to_the_file_is_not_its_french(tmp_path):
    from tqcheck.documents.locales import french_sibling

    (tmp_path / "messages.properties").write_text("a = Ouvrir\n", encoding="utf-8")
    (tmp_path / "messages_fr.properties").symlink_to(tmp_path / "messages.properties")
    assert french_sibling(str(tmp_path / "messages.properties")) is False
