"""TQ404 declared-french (tqcheck.rules.untranslated.declared): an English page whose language tag says French."""

import pytest

from tqcheck import check_text
from tqcheck.documents import detect_format, parse

ENGLISH = "The installation takes two minutes, and it is the same for all of us."
FRENCH = "L'installation prend deux minutes et elle est très simple à faire pour tout le monde, c'est dans le guide."


def tq404(text, path):
    return [(f.line, f.span, f.fix.replacement if f.fix else None) for f in check_text(text, path=path)
            if f.code == "TQ404"]


@pytest.mark.parametrize("text, path, tag", [
    # a French project's FAQ, translated, its <html lang="fr"> left (fresh MT docs)
    (f'<!DOCTYPE html>\n<html lang="fr">\n<body><p>{ENGLISH}</p></body></html>\n', "faq.html", "fr"),
    (f"<HTML xml:lang='fr-FR' lang=fr-FR>\n<p>{ENGLISH}</p>\n", "faq.html", "fr-FR"),
    (f"---\ntitle: Guide\nlang: fr\n---\n\n{ENGLISH}\n", "guide.md", "fr"),  # Quarto's and Jekyll's key
    (f'---\nlang: "fr_CA"\n---\n\n{ENGLISH}\n', "guide.qmd", "fr_CA"),
])
def test_an_english_page_that_declares_french_is_flagged_with_an_unsafe_fix(text, path, tag):
    found = [f for f in check_text(text, path=path) if f.code == "TQ404"]
    assert [(f.span, f.fix.replacement, f.fix.applicability) for f in found] == [(tag, "en", "unsafe")]
    start, end = parse(text, path=path, fmt=detect_format(path)).language
    assert text[start:end] == tag


@pytest.mark.parametrize("text, path", [
    (f'<html lang="en"><p>{ENGLISH}</p></html>', "a.html"),  # English, or another language than French
    (f'<html lang="frr"><p>{ENGLISH}</p></html>', "a.html"),  # North Frisian
    (f'<html lang="fr"><p>{FRENCH}</p></html>', "a.html"),  # a French page, short: checked, but not English
    (f'<html lang="fr"><p>Two minutes.</p></html>', "a.html"),  # too little to say
    (f'<p>{ENGLISH}</p>\n<p>See <code>&lt;html lang="fr"&gt;</code>.</p>', "a.html"),  # no <html> of its own
    (f"---\ntitle: Guide\nmeta:\n  lang: fr\n---\n\n{ENGLISH}\n", "guide.md"),  # a nested key
    (f'<div lang="fr">Le guide</div>\n\n{ENGLISH}\n', "README.md"),  # an HTML block of a Markdown file
])
def test_a_page_that_is_french_or_declares_no_french_is_left_alone(text, path):
    assert tq404(text, path) == []
