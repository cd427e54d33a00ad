"""E-books (.epub): the spine's chapters in reading order, each read by the HTML reader (prose only), one line a
paragraph; read-only; a French book is not checked; DRM and broken books are one error line."""

import json
import zipfile

import pytest

from tqcheck.documents import load

OPF = ('<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>{lang}</dc:language></metadata><manifest>'
       '<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
       '<item id="css" href="style.css" media-type="text/css"/></manifest>'
       '<spine><itemref idref="c2"/><itemref idref="c1"/></spine></package>')
CONTAINER = ('<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles>'
             '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
             "</container>")


def page(body):
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Not : prose</title><style>p {{ x : y }}</style></head><body>{body}</body></html>")


def book(path, one, two, lang="en", extra=None):
    members = {"mimetype": "application/epub+zip", "META-INF/container.xml": CONTAINER,
               "OEBPS/content.opf": OPF.format(lang=lang), "OEBPS/text/one.xhtml": page(one),
               "OEBPS/text/two.xhtml": page(two), "OEBPS/nav.xhtml": page("<nav><ol><li>Chapter : one</li></ol></nav>"),
               **(extra or {})}
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_chapters_in_reading_order_one_line_a_paragraph(tmp_path):
    path = book(tmp_path / "b.epub", "<h1>Chapter Two</h1><p>He said « yes ».</p><pre>code : here</pre>",
                "<h1>Chapter One</h1><p>It costs 1,5 billion\neuros.</p><script>a : b</script>")
    assert load(str(path)).text == "Chapter One\nIt costs 1,5 billion euros.\nChapter Two\nHe said « yes ».\n"


def test_findings_point_at_the_paragraph_and_nothing_is_written(tmp_path, run_cli):
    path = book(tmp_path / "b.epub", "<p>He said « yes ».</p>", "<p>It costs 1,5 billion.</p>")
    before = path.read_bytes()
    proc = run_cli("check", "--fix", "--format", "json", "b.epub")
    found = sorted((f["code"], f["line"], f["fix"]) for f in json.loads(proc.stdout)["findings"])
    assert found == [("TQ101", 2, None), ("TQ101", 2, None), ("TQ501", 1, None)]
    assert path.read_bytes() == before and "tqcheck never writes into .epub files" in proc.stderr.decode()


def test_a_french_book_is_not_checked(tmp_path, run_cli):
    french = "<p>Les fichiers sont dans le dossier avec les données. Nous avons été surpris par les résultats " \
             "qui sont dans cette page pour les utilisateurs, mais ils ont été vus.</p>"
    book(tmp_path / "b.epub", french, french, lang="fr")
    proc = run_cli("check", "b.epub")
    assert proc.returncode == 0 and "it reads as French" in proc.stderr.decode()


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("not a book"), "not an .epub file: not a ZIP archive"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("mimetype", "application/epub+zip"),
     "not an .epub file: it has no META-INF/container.xml"),
    (lambda p: book(p, "<p>a</p>", "<p>b</p>", extra={"META-INF/encryption.xml": "<encryption><EncryptedData/>"
                                                      "</encryption>"}), "an encrypted (DRM) e-book"),
    (lambda p: book(p, "<p>a</p>", "<p>b</p>", extra={"OEBPS/content.opf": "<package"}),
     "OEBPS/content.opf is not well-formed XML"),
])
def test_bad_books_one_error_line(tmp_path, run_cli, make, message):
    make(tmp_path / "b.epub")
    proc = run_cli("check", "b.epub")
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and lines[0].startswith(f"b.epub: error: {message}"), lines
