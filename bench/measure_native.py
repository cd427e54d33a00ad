"""Precision on native English nobody here wrote: findings per 1000 words, per corpus and per rule.

The corpora come from Debian and npm packages installed on the machine (`make native-corpus`):
- html-sphinx: the Python 3.11 documentation (python3.11-doc), tutorial, how-tos, FAQ and library pages;
- html-mkdocs: the MkDocs documentation (mkdocs-doc);
- html-manuals: the other HTML manuals under /usr/share/doc, whatever the machine has installed (here: valgrind,
  Node.js, libxslt, nettle, ninja, Bootstrap, Underscore…), UTF-8 files only;
- html-reference: reference manuals from five tool chains (git-doc: AsciiDoc; postgresql-doc-15 and
  debian-reference-en: DocBook; libgtk-3-doc: gtk-doc; sphinx-doc: Sphinx), about 2.5M words;
- rst: the reST sources of pytest's, Flask's, attrs' and click's documentation (their sdists on PyPI, fetched
  into .bench/ by `make native-corpus`);
- html-api: generated API documentation from three more tool chains, Doxygen (SDL2, Eigen, SFML, jsoncpp),
  Javadoc (commons-lang3, JUnit 4, jsoup) and rustdoc (Rust's std), unpacked from their Debian packages into
  .bench/ by `make native-corpus` (`apt-get download`, `dpkg -x`: nothing installed);
- html-books: books from mdBook (the Rust Book, the Nomicon, the Reference, Rust by Example) and Texinfo (the
  Bash, gettext and MPFR manuals), the same way;
- latex: the LaTeX sources of TeX Live's base and recommended packages' documentation (texlive-latex-base-doc,
  texlive-latex-recommended-doc), unpacked the same way; English files only (12% English function words or more);
- asciidoc: the AsciiDoc pages of 20 projects (Asciidoctor, git, Spring, Camel, Keycloak, Debezium, JUnit,
  Quarkus, Vert.x, LinuxCNC…), English files, gathered into .bench/native/asciidoc/ with the workplace's repository
  index (bench/native_asciidoc.tsv lists each file's repository, path and commit; `make native-corpus` cannot fetch
  them, so a machine without the folder skips the corpus, saying so); several of their authors write English as a
  second language, French for some (Vert.x, Quarkus, WeeChat), and some of what is found there is real;
- docbook-dita: DocBook (systemd's and shadow's man pages, PostgreSQL's manual, KDE handbooks, FreeBSD articles, Linux-PAM,
  the Definitive Guide) and DITA (DITA-OT's documentation, the DITA specification, Oxygen's guide and blog) from 24
  projects, gathered the same way into .bench/native/xmldocs/ (bench/native_xmldocs.tsv);
- mdx: MDX pages of 15 documentation sites (Docusaurus, Supabase, Astro, Storybook, Tailwind, Prisma, Next.js…) and 3
  R Markdown and Quarto pages; fluent: Firefox's, Thunderbird's, mozilla.org's and four apps' English .ftl files;
  langfiles: PHP language arrays (Laravel, BookStack, Pterodactyl, CodeIgniter, Piwigo, YesWiki…) and Joomla INI files;
  ass: 20 ASS/SSA subtitle scripts of 12 repositories.  All four gathered the same way (bench/native_mdx.tsv,
  native_fluent.tsv, native_langfiles.tsv, native_ass.tsv); French-first projects among them, and some of what is
  found there is real;
- resources: software strings in resource files, as an app's users read them: Rails's and its gems' YAML
  (config/locales/en.yml: Redmine, Devise, Doorkeeper, Active Support…), Symfony's XLIFF (*.en.xlf) and Java
  resource bundles (Tomcat's LocalStrings.properties, Xerces's messages, Freeplane, Hibernate Validator…), from
  the Debian packages of bench/native_resources.txt (pinned), unpacked by `make native-corpus` (`apt-get
  download`, `dpkg -x`, the bundles taken out of the jars) into .bench/: only the English files (named en, or a
  default bundle beside its translations); words are those of the strings tqcheck reads, not of keys, comments
  or licence headers;
- npm-markdown: the READMEs, changelogs and docs of 164 npm packages (bench/native_npm.txt, pinned), fetched
  with `npm pack` into .bench/;
- markdown: npm's own documentation and the READMEs/changelogs shipped in node and Python packages;
- plain-docs: the README, NEWS and changelog files of the Debian packages on the machine (up to 800, gunzipped,
  UTF-8 only): software English by many hands, code and names beside prose;
- quotes: the fortune cookie collection (fortunes), one quotation per paragraph, each in its author's spelling;
- news-native: native English news, the Lee corpus (ABC, Australia: 300 stories, one a line, about 64,000
  words), which gensim's wheel on PyPI ships as test data; `make native-corpus` fetches the wheel into
  .bench/ with `pip download` and keeps only the two text files (read as UTF-8, or Latin-1 where a byte
  is not UTF-8);
- news-translated: human English translations of news (WMT13 newstest2013, newssyscomb2009) from
  ../shared: not native, and some of what is found there is French left in by the human translator
  (`3,90`, `40 000`, `assured that`): compare, read, do not count as false alarms blindly.
A corpus that is not installed is skipped, saying so.  Every finding here is a false alarm unless read
otherwise: run with --show CODE to read them.

    python bench/measure_native.py [--show TQ102] [--only html-sphinx]
"""

from __future__ import annotations

import argparse
import email
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# the held-out evaluation set's test set (corpora/heldout/README.md): measured here, never shown
HELD_OUT = "newssyscomb2009"
STRIP = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]*>|&[#\w]+;", re.S | re.I)


def _files(pattern, limit=None):
    found = sorted(glob.glob(pattern, recursive=True))
    return found[:limit] if limit else found


def _doc_tree(name: str) -> list:
    """``/usr/share/doc/**/name``, sorted, but for Debian's Node.js modules (``node-*``): their doc folders link one
    another, and a recursive glob over them does not end (and they were not here when these corpora were set)."""
    found = []
    for entry in os.listdir("/usr/share/doc"):
        if not entry.startswith("node-"):
            found += glob.glob(os.path.join("/usr/share/doc", glob.escape(entry), "**", name), recursive=True)
            found += glob.glob(os.path.join("/usr/share/doc", glob.escape(entry)))  # (``**`` matches no folder)
    return sorted(f for f in set(found) if glob.fnmatch.fnmatch(os.path.basename(f), name))


def _readmes(tmp):
    """Markdown long descriptions from the installed Python packages' METADATA, as .md files."""
    out = []
    for path in sorted(glob.glob(os.path.join(sys.prefix, "lib", "python*", "site-packages", "*.dist-info", "METADATA"))):
        with open(path, encoding="utf-8", errors="replace") as handle:
            meta = email.message_from_file(handle)
        if "markdown" not in (meta.get("Description-Content-Type") or ""):
            continue
        body = meta.get_payload()
        if len(body.split()) < 100 or meta.get("Name", "").lower() == "tqcheck":
            continue  # (not our own README: native English nobody here wrote)
        target = os.path.join(tmp, os.path.basename(os.path.dirname(path)).split("-")[0] + ".md")
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(body)
        out.append(target)
    return out


LEE = os.path.join(ROOT, ".bench", "native", "lee")
GENSIM = "gensim==4.4.0"  # its wheel carries gensim/test/test_data/lee_background.cor and lee.cor


def fetch_lee() -> None:
    """The Lee corpus, from gensim's wheel on PyPI, as UTF-8 text files in ``LEE`` (once)."""
    import zipfile
    if glob.glob(os.path.join(LEE, "*.txt")):
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, GENSIM], check=True)
        wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
        os.makedirs(LEE, exist_ok=True)
        with zipfile.ZipFile(wheel) as archive:
            for name in ("lee_background.cor", "lee.cor"):
                data = archive.read(f"gensim/test/test_data/{name}")
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
                with open(os.path.join(LEE, name.replace(".cor", ".txt")), "w", encoding="utf-8") as handle:
                    handle.write(text)


def _plain_docs(tmp, limit=800):
    """The README, NEWS and changelog files of the Debian packages installed (gunzipped), UTF-8 only, as .txt."""
    import gzip
    out = []
    for path in _doc_tree("*"):
        name = os.path.basename(path)
        if not os.path.isfile(path) or not name.startswith(("README", "NEWS", "changelog")) or ".html" in name \
                or os.path.realpath(path).startswith(NOT_MANUALS) or path.startswith(_REFERENCE_PACKAGES):
            continue  # (the reference manuals' packages: the set stays what it was before they came)
        opener = gzip.open if name.endswith(".gz") else open
        try:
            with opener(path, "rb") as handle:
                text = handle.read().decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError):
            continue
        target = os.path.join(tmp, path.strip("/").replace("/", "_").removesuffix(".gz") + ".txt")
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
        out.append(target)
        if len(out) == limit:
            break
    return out


def _utf8(path) -> bool:
    """Is the file UTF-8 (a few old manuals are Latin-1 without a declared charset: tqcheck reads UTF-8 only)?"""
    with open(path, "rb") as handle:
        try:
            handle.read().decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


# reference manuals, each in its tool chain's HTML: AsciiDoc (git), DocBook (PostgreSQL, the Debian reference),
# gtk-doc (GTK), Sphinx (Sphinx's own); not in html-manuals, whose figures stay comparable from stop to stop
REFERENCE = ("/usr/share/doc/git-doc/**/*.html", "/usr/share/doc/postgresql-doc-15/html/*.html",
             "/usr/share/gtk-doc/html/gtk3/*.html", "/usr/share/doc/sphinx-doc/html/**/*.html",
             "/usr/share/debian-reference/*.en.html")
# where the reference manuals' packages (and the docs they pull in: docutils', requests') put HTML, whatever
# link leads there (/usr/share/doc/git, /usr/share/doc/libgtk-3-dev): none of it is in html-manuals
NOT_MANUALS = tuple(os.path.realpath(d) for d in (
    "/usr/share/doc/git-doc", "/usr/share/doc/postgresql-doc-15", "/usr/share/gtk-doc/html/gtk3",
    "/usr/share/gtk-doc/html/gdk3", "/usr/share/doc/sphinx-doc",
    "/usr/share/debian-reference", "/usr/share/doc/docutils-doc", "/usr/share/doc/python-requests-doc",
    "/usr/share/doc/debian-handbook"))
_REFERENCE_PACKAGES = tuple(f"/usr/share/doc/{p}/" for p in (
    "git-doc", "postgresql-doc-15", "libgtk-3-doc", "sphinx-doc", "debian-reference-en", "debian-reference-common",
    "docutils-doc", "python-requests-doc", "fonts-mathjax", "libjs-mathjax", "python3-doc"))
RST = os.path.join(ROOT, ".bench", "native", "rst")
SDISTS = ("pytest==9.2.0", "flask==3.1.3", "attrs==26.1.0", "click==8.3.1")  # their docs are reST sources


def fetch_rst() -> None:
    """The reST sources (``.rst``) of a few projects' source distributions on PyPI, in ``RST`` (once)."""
    import tarfile
    if glob.glob(os.path.join(RST, "**", "*.rst"), recursive=True):
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", tmp,
                        *SDISTS], check=True)
        for archive in glob.glob(os.path.join(tmp, "*.tar.gz")):
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".rst")]
                tar.extractall(RST, members=members, filter="data")


NPM = os.path.join(ROOT, ".bench", "native", "npm")
DEBS = os.path.join(ROOT, ".bench", "native", "debs")
# generated documentation of other tool chains, from Debian packages unpacked (apt-get download, dpkg -x: nothing
# installed): Doxygen, Javadoc, rustdoc, and books from mdBook and Texinfo; (package, glob, pages)
API_DOCS = (
    ("libsdl2-doc", "**/*.html", 50), ("libeigen3-doc", "**/*.html", 50), ("libsfml-doc", "**/*.html", 50),
    ("libjsoncpp-doc", "**/*.html", 50), ("libcommons-lang3-java-doc", "**/*.html", 60),
    ("junit4-doc", "**/*.html", 60), ("libjsoup-java-doc", "**/*.html", 60), ("rust-doc", "**/html/std/**/*.html", 150),
)
BOOKS = (
    ("rust-doc", "**/html/book/*.html", 40), ("rust-doc", "**/html/nomicon/*.html", 30),
    ("rust-doc", "**/html/reference/*.html", 40), ("rust-doc", "**/html/rust-by-example/**/*.html", 40),
    ("bash-doc", "**/*.html", 50), ("gettext-doc", "**/*.html", 50), ("libmpfr-doc", "**/*.html", 50),
    ("rust-doc", "**/html/rustc/**/*.html", 30), ("rust-doc", "**/html/unstable-book/**/*.html", 30),
)

# LaTeX sources: the documentation of TeX Live's base and recommended packages (gunzipped once unpacked); their
# English files only (some are German, Dutch or Italian, which tqcheck does not set out to read)
LATEX = (("texlive-latex-base-doc", "**/*.tex", None), ("texlive-latex-recommended-doc", "**/*.tex", None))
_FUNCTION_WORDS = frozenset("the of and to is in that it for with as this be are by on or which an can not".split())


def _english_tex(path) -> bool:
    """Does a .tex file read as English: at least 12% of the words tqcheck reads in it are English function words?"""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    from tqcheck.documents import load
    found = [w.lower() for segment in load(path).segments for w in WORD.findall(segment.text)]
    return len(found) >= 100 and sum(w in _FUNCTION_WORDS for w in found) >= 0.12 * len(found)


def fetch_generated() -> None:
    """The Debian packages of ``API_DOCS``, ``BOOKS`` and ``LATEX`` unpacked into ``DEBS``, and the npm packages of
    bench/native_npm.txt into ``NPM`` (once each; a registry that cannot be reached is skipped, saying so)."""
    import gzip
    import tarfile
    os.makedirs(DEBS, exist_ok=True)
    for package in sorted({p for p, _, _ in API_DOCS + BOOKS + LATEX}):
        target = os.path.join(DEBS, package)
        if os.path.isdir(target):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            if subprocess.run(["apt-get", "download", "-q", package], cwd=tmp).returncode:
                print(f"apt-get download {package} failed: skipped", file=sys.stderr)
                continue
            if subprocess.run(["dpkg", "-x", glob.glob(os.path.join(tmp, "*.deb"))[0], target]).returncode:
                print(f"dpkg -x {package} failed: skipped", file=sys.stderr)
        for packed in _files(os.path.join(target, "**", "*.tex.gz")):  # Debian compresses documentation
            with gzip.open(packed) as source, open(packed[:-3], "wb") as unpacked:
                unpacked.write(source.read())
    if os.path.isdir(NPM):
        return
    with open(os.path.join(ROOT, "bench", "native_npm.txt"), encoding="utf-8") as handle:
        names = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    with tempfile.TemporaryDirectory() as tmp:
        if subprocess.run(["npm", "pack", "-q", "--silent", *names], cwd=tmp, stdout=subprocess.DEVNULL).returncode:
            print("npm pack failed: the npm-markdown corpus is skipped", file=sys.stderr)
            return
        for archive in sorted(glob.glob(os.path.join(tmp, "*.tgz"))):
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers() if m.isfile() and m.name.lower().endswith(".md")
                           and "node_modules" not in m.name]
                tar.extractall(os.path.join(NPM, os.path.basename(archive)[:-4]), members=members, filter="data")


RESOURCES = os.path.join(ROOT, ".bench", "native", "resources")
# messages_fr.properties, Foo_pt_BR.properties; not default_accelerators_mac.properties (key bindings)
BUNDLE = re.compile(r"(.*)_([a-z]{2})(?:_[A-Z]{2})?\.properties$")


def fetch_resources() -> None:
    """The English resource files of the Debian packages of bench/native_resources.txt, copied into ``RESOURCES``
    (once a package): the YAML files of a locale folder whose root key is ``en`` (Rails), the ``*.en.xlf`` files
    (Symfony), and the Java bundles, loose or in the jars, named English or a default one beside its
    translations (a bundle in two jars of a package, ``fop.jar`` and ``fop-core.jar``, is taken once)."""
    import zipfile
    with open(os.path.join(ROOT, "bench", "native_resources.txt"), encoding="utf-8") as handle:
        pinned = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    for spec in pinned:
        package = spec.split("=")[0]
        target = os.path.join(RESOURCES, package)
        if os.path.isdir(target):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            if subprocess.run(["apt-get", "download", "-q", spec], cwd=tmp).returncode:
                print(f"apt-get download {spec} failed: skipped", file=sys.stderr)
                continue
            tree = os.path.join(tmp, "tree")
            if subprocess.run(["dpkg", "-x", glob.glob(os.path.join(tmp, "*.deb"))[0], tree]).returncode:
                print(f"dpkg -x {package} failed: skipped", file=sys.stderr)
                continue
            found = {}  # path in the package, or in a jar: bytes
            for path in sorted(glob.glob(os.path.join(tree, "**", "*"), recursive=True)):
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                if path.endswith(".jar"):
                    with zipfile.ZipFile(path) as jar:
                        for name in jar.namelist():
                            if name.endswith(".properties"):
                                found.setdefault(name, jar.read(name))
                elif path.endswith((".yml", ".yaml", ".xlf", ".xliff", ".properties")):
                    with open(path, "rb") as handle:
                        found[os.path.relpath(path, tree)] = handle.read()
            for name, data in found.items():
                if _english_resource(name, data, found):
                    os.makedirs(os.path.dirname(os.path.join(target, name)), exist_ok=True)
                    with open(os.path.join(target, name), "wb") as handle:
                        handle.write(data)
            os.makedirs(target, exist_ok=True)


def _english_resource(name, data, found) -> bool:
    if name.endswith((".yml", ".yaml")):
        if not {"locale", "locales"} & set(name.split("/")):
            return False
        keys = [line for line in data.decode("utf-8", "replace").splitlines()
                if line.strip() and not line.startswith(("#", "---"))]
        return bool(keys) and keys[0].strip() in ("en:", '"en":', "'en':")
    if name.endswith((".xlf", ".xliff")):
        return name.rsplit(".", 2)[-2] == "en"
    bundle = BUNDLE.match(name)
    if bundle:
        return bundle.group(2) == "en"
    # a default bundle beside its translations, once: not beside a copy of it named _en (Hibernate Validator's
    # ValidationMessages_en.properties is empty, its English is the default bundle's)
    return found.get(name[:-11] + "_en.properties") != data and any(
        m and m.group(1) == name[:-11] and m.group(2) != "en" for m in map(BUNDLE.match, found))


def _unpacked(table) -> list:
    """The pages of each (package, glob, how many) unpacked, spread over the package: every k-th in path order, so
    that the kinds of page a tool chain writes are all read (Doxygen's index of globals, mdBook's contents pages), not
    the first directory's alone; not a page with a NUL byte in it (two of Javadoc's commons-lang3 pages write one raw:
    tqcheck calls such a file binary and does not read it)."""
    return [f for package, pattern, n in table for f in _spread(_files(os.path.join(DEBS, package, pattern)), n)
            if os.path.isfile(f) and _utf8(f) and not _has_nul(f)]


def _spread(found: list, limit) -> list:
    """``limit`` of ``found``, evenly spaced (all of them without a limit)."""
    if not limit or len(found) <= limit:
        return found
    return [found[i * len(found) // limit] for i in range(limit)]


def _has_nul(path) -> bool:
    with open(path, "rb") as handle:
        return b"\0" in handle.read()


def _manuals() -> list:
    """The other HTML manuals under /usr/share/doc (a page two packages link to counts twice, as it always has:
    the figures stay comparable from stop to stop)."""
    return [f for f in _doc_tree("*.html") if os.path.isfile(f) and "/python3" not in f
            and "/mkdocs/" not in f and not os.path.realpath(f).startswith(NOT_MANUALS) and _utf8(f)]


def corpora(tmp):
    py = "/usr/share/doc/python3.11/html"
    node = "/usr/lib/node_modules"
    reference = [f for pattern in REFERENCE for f in _files(pattern) if os.path.isfile(f) and _utf8(f)]
    return {
        "html-sphinx": _files(f"{py}/tutorial/*.html") + _files(f"{py}/howto/*.html") + _files(f"{py}/faq/*.html")
        + _files(f"{py}/library/*.html", 120),
        "html-mkdocs": _files("/usr/share/doc/mkdocs/html/**/*.html"),
        "html-manuals": _manuals(),
        "html-reference": reference,
        "rst": _files(os.path.join(RST, "**", "*.rst")),
        "html-api": _unpacked(API_DOCS),
        "html-books": _unpacked(BOOKS),
        "latex": [f for f in _unpacked(LATEX) if _english_tex(f)],
        "asciidoc": _files(os.path.join(ROOT, ".bench", "native", "asciidoc", "*.adoc")),
        "docbook-dita": _files(os.path.join(ROOT, ".bench", "native", "xmldocs", "*.*")),
        "mdx": _files(os.path.join(ROOT, ".bench", "native", "mdx", "*.*")),
        "fluent": _files(os.path.join(ROOT, ".bench", "native", "fluent", "**", "*.ftl")),
        "langfiles": _files(os.path.join(ROOT, ".bench", "native", "langfiles", "**", "*.*")),
        "ass": _files(os.path.join(ROOT, ".bench", "native", "ass", "*.*")),
        "resources": [f for kind in ("yml", "yaml", "xlf", "properties")
                      for f in _files(os.path.join(RESOURCES, "**", f"*.{kind}"))],
        "npm-markdown": _files(os.path.join(NPM, "**", "*.md")),
        "markdown": _files(f"{node}/npm/docs/content/**/*.md") + _files(f"{node}/**/CHANGELOG.md", 40)
        + _files(f"{node}/**/README.md", 60) + _readmes(tmp),
        "plain-docs": _plain_docs(tmp),
        "quotes": [f for f in _files("/usr/share/games/fortunes/*") if "." not in os.path.basename(f)],
        "news-native": _files(os.path.join(LEE, "*.txt")),
        "news-translated": [p for p in (f"{SHARED}/wmt13-fren/newstest2013-ref.en",
                             f"{SHARED}/opus-mt-leaderboard-fren/newssyscomb2009.eng") if os.path.exists(p)],
    }


RESOURCE_KINDS = (".yml", ".yaml", ".xlf", ".properties")


def words(path):
    if path.startswith(RESOURCES) and path.endswith(RESOURCE_KINDS) or path.endswith((
            ".tex", ".adoc", ".dita", ".docbook", ".xml", ".mdx", ".qmd", ".Rmd", ".ftl", ".php", ".ini", ".ass",
            ".ssa")):  # the
        # strings or prose, not keys, comments, licences, commands, markup
        if ROOT not in sys.path:
            sys.path.insert(0, ROOT)
        from tqcheck.documents import load
        doc = load(path)  # a file tqcheck does not check (the language its path names is not English) counts none
        return 0 if doc.foreign else sum(len(WORD.findall(segment.text)) for segment in doc.segments)
    with open(path, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    if path.endswith((".html", ".htm")):
        text = STRIP.sub(" ", text)
    return len(WORD.findall(text))


def check(files, extra=()):
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--isolated", "--format", "json", "--exit-zero",
                           *extra, *files], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.exit(f"tqcheck failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)["findings"]


# the corpora `make native-corpus` cannot fetch: where their sources are listed
_GATHERED = {name: f"gathered by hand: bench/native_{listed}.tsv" for name, listed in (
    ("asciidoc", "asciidoc"), ("docbook-dita", "xmldocs"), ("mdx", "mdx"), ("fluent", "fluent"),
    ("langfiles", "langfiles"), ("ass", "ass"))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", help="print the findings of this code (prefix) with their text")
    parser.add_argument("--only", help="measure only this corpus")
    parser.add_argument("--fetch", action="store_true", help="fetch the corpora (PyPI, npm, Debian) and stop")
    args = parser.parse_args()
    if args.fetch:
        fetch_lee()
        fetch_rst()
        fetch_generated()
        fetch_resources()
        return
    with tempfile.TemporaryDirectory() as tmp:
        table = corpora(tmp)
        print(f"{'corpus':<15} {'files':>5} {'words':>9} {'findings':>8} {'per 1000':>8} {'safe fixes':>10}  by rule")
        total_words = total_safe = 0
        for name, files in table.items():
            if args.only and name != args.only:
                continue
            if not files:
                print(f"{name:<15} not installed ({_GATHERED.get(name, 'make native-corpus')})")
                continue
            n = sum(words(f) for f in files)
            found = check(files)
            safe = sum(1 for f in found if f.get("fix") and f["fix"]["applicability"] == "safe")
            total_words += n
            total_safe += safe
            by = Counter(f["code"] for f in found)
            rules = " ".join(f"{c}:{k}" for c, k in sorted(by.items()))
            print(f"{name:<15} {len(files):>5} {n:>9} {len(found):>8} {1000 * len(found) / n:>8.2f} {safe:>10}  {rules}")
            if args.show:
                hidden = [f for f in found if HELD_OUT in f["path"] and f["code"].startswith(args.show.upper())]
                if hidden:  # counted above, never printed: nobody tunes a rule on the held-out set's text
                    print(f"    {len(hidden)} {args.show.upper()} finding(s) in {HELD_OUT} not shown (held out)")
                for f in found:
                    if f["code"].startswith(args.show.upper()) and HELD_OUT not in f["path"]:
                        print(f"    {os.path.relpath(f['path'], '/')}:{f['line']}:{f['column']} {f['code']} "
                              f"{f['span']!r} {f['message'][:90]}")
        print(f"safe fixes in all: {total_safe} over {total_words} words")


if __name__ == "__main__":
    main()
