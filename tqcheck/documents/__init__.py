"""Read a document into prose segments whose offsets point into the original file.

Plain text (``plain``), Markdown (``markdown``, markdown-it-py) and HTML
(``html``, the standard library's html.parser) are read by real parsers, never
by regular expressions over markup; reStructuredText (``rst``) by a small line reader, since docutils
gives lines, not offsets.  Each ``Segment`` (``model``) holds prose
text and, for every character, its offset in ``Document.text`` (the decoded
file, without its BOM), so that a detector's span always maps back to an exact
line and column of the file.  Code, front matter, link targets, autolinks, HTML
comments, script and style are not prose and never reach a detector.
Suppression comments are read by ``directives``.  Bilingual files (XLIFF, PO, TMX,
TSV: ``bilingual``) give only their target text as segments; the source is in ``Document.pairs``.
"""

from __future__ import annotations

import importlib
import os

from ..errors import InputError
from . import locales
from .encodings import Decoded
from .encodings import decode as decode_text
from .directives import CODE_LIST_RE, DIRECTIVE_RE, KINDS, resolve_directives
from .model import PLACEHOLDER, Directive, Document, Pair, Segment, line_starts

__all__ = [
    "CODE_LIST_RE", "DIRECTIVE_RE", "EXTENSIONS", "FORMATS", "KINDS", "PLACEHOLDER", "Directive", "Document",
    "InputError", "MARKDOWN", "MESSAGES", "Pair", "READ_ONLY", "Segment", "decode", "detect_format",
    "included_by_folder", "is_template", "line_starts", "load", "parse", "read_bytes", "read_file",
]

# each format's reader: (module of this package, function); the bilingual ones give only their target text to the rules
_READERS = {
    "text": ("plain", "parse_text"), "markdown": ("markdown", "parse_markdown"), "rst": ("rst", "parse_rst"),
    "latex": ("latex", "parse_latex"), "asciidoc": ("asciidoc", "parse_asciidoc"),
    "docbook": ("xmldocs", "parse_docbook"), "dita": ("xmldocs", "parse_dita"),
    "html": ("html", "parse_html"), "xliff": ("xliff", "parse_xliff"), "po": ("po", "parse_po"),
    "tmx": ("tmx", "parse_tmx"), "tsv": ("tsv", "parse_tsv"), "csv": ("csvfile", "parse_csv"),
    "json": ("jsonfile", "parse_json"), "strings": ("strings", "parse_strings"),
    "properties": ("properties", "parse_properties"), "yaml": ("yamlfile", "parse_yaml"),
    "fluent": ("fluent", "parse_fluent"), "php": ("php", "parse_php"), "ini": ("ini", "parse_ini"),
    "toml": ("tomlfile", "parse_toml"),
    "mdx": ("mdx", "parse_mdx"), "rmarkdown": ("mdx", "parse_rmarkdown"),
    "android": ("android", "parse_android"), "ts": ("qt", "parse_ts"), "resx": ("resx", "parse_resx"),
    "stringsdict": ("stringsdict", "parse_stringsdict"), "xcstrings": ("xcstrings", "parse_xcstrings"),
    "xlsx": ("xlsx", "parse_table"), "docx": ("office", "parse_paragraphs"), "odt": ("office", "parse_paragraphs"),
    "pptx": ("office", "parse_paragraphs"), "odp": ("office", "parse_paragraphs"),
    "epub": ("office", "parse_paragraphs"), "ttml": ("ttml", "parse_ttml"), "srt": ("subtitles", "parse_subtitles"),
    "vtt": ("subtitles", "parse_subtitles"), "sbv": ("subtitles", "parse_subtitles"), "ass": ("ass", "parse_ass"),
}
FORMATS = (*_READERS, "xml")  # an .xml file is read by its root element (``_xml_format``)
# their text is extracted (``office``, ``slides``, ``xlsx``, ``epub``): never fixed
READ_ONLY = ("docx", "odt", "pptx", "odp", "xlsx", "epub")
# Markdown and its dialects, whose readers (markdown-it) leave as text only markup that does not render
MARKDOWN = frozenset(("markdown", "mdx", "rmarkdown"))
# files of software strings: labels and messages, whose placeholders stand for words (`of %{date} ?`)
MESSAGES = frozenset("po xliff ts json yaml strings stringsdict xcstrings properties php ini android resx "
                     "fluent toml".split())
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "mdx",  # Markdown with JSX: Docusaurus, Nextra, Gatsby and Astro documentation
    ".rmd": "rmarkdown",  # R Markdown and Quarto: Markdown with code chunks and pandoc's ::: divs
    ".qmd": "rmarkdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",  # XHTML: EPUB's chapters unpacked (Standard Ebooks' sources), XML-serialised HTML
    ".xht": "html",
    ".rst": "rst",  # reStructuredText: Sphinx and docutils sources
    ".rest": "rst",
    ".tex": "latex",  # a paper, a thesis, a report: the body's prose, not its commands, math or code
    ".ltx": "latex",
    ".adoc": "asciidoc",  # Asciidoctor and Antora documentation
    ".asciidoc": "asciidoc",
    ".dbk": "docbook",  # technical documentation in XML (an .xml file too, by its root element)
    ".docbook": "docbook",
    ".dita": "dita",
    # bilingual files: only the target text is checked (``bilingual``); .pot templates have none
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".sdlxliff": "xliff",  # SDL Trados Studio: XLIFF 1.2 with its own namespace beside
    ".mqxliff": "xliff",  # memoQ: the same
    ".po": "po",
    ".pot": "po",
    ".tmx": "tmx",
    ".tsv": "tsv",
    ".csv": "csv",  # a spreadsheet's string table: the English column, paired with the French one
    # resource files of software (i18next, vue-i18n, Flutter): each string value a text, paired by key with --source
    ".json": "json",
    ".arb": "json",
    ".yml": "yaml",  # Symfony's translations/messages.en.yaml, Rails's config/locales/en.yml
    ".yaml": "yaml",
    ".properties": "properties",  # Java resource bundles: messages_en.properties
    ".strings": "strings",  # Apple: en.lproj/Localizable.strings
    ".ftl": "fluent",  # Project Fluent (Firefox, Rust and Python apps): locales/en-US/main.ftl
    ".php": "php",  # PHP language arrays (Laravel's lang/en/auth.php, CodeIgniter, phpBB): never other PHP code
    ".ini": "ini",  # Joomla's language/en-GB/en-GB.com_foo.ini: never php.ini nor tox.ini
    ".toml": "toml",  # Hugo's i18n/en.toml: a folder run reads one whose path names English, never pyproject.toml
    ".stringsdict": "stringsdict",  # Apple: en.lproj/Localizable.stringsdict, the plural forms
    ".xcstrings": "xcstrings",  # Apple's string catalogs: every language in one JSON file
    ".resx": "resx",  # .NET: Resources.resx, Strings.en-GB.resx, a Windows Forms Form1.resx
    ".ts": "ts",  # Qt Linguist (app_en.ts); TypeScript's .ts is not XML: not read
    # Android string resources (res/values/strings.xml); any other XML is read by its root element (``parse``)
    ".xml": "xml",
    ".sgml": "xml",  # PostgreSQL's manual: DocBook XML under its old extension (read by its root element)
    # word-processor files: the text of each paragraph, reported, never fixed
    ".docx": "docx",
    ".odt": "odt",
    ".pptx": "pptx",  # a presentation: its slides' and speaker notes' paragraphs, in order
    ".odp": "odp",
    ".xlsx": "xlsx",  # a spreadsheet's string table: its English column, paired with its French one
    ".epub": "epub",  # an e-book: its chapters' paragraphs, in reading order
    # subtitles: the text of each cue, not its number nor its timing
    ".srt": "srt",
    ".vtt": "vtt",
    ".sbv": "sbv",  # YouTube's captions
    # Advanced SubStation Alpha (Aegisub's scripts, fansubs) and SubStation Alpha: the Dialogue events' text; a folder
    # run reads one with a [Script Info] or [Events] section (``ass.is_script``), not QBE's .ssa nor an assembler's
    ".ass": "ass",
    ".ssa": "ass",
    ".ttml": "ttml",  # broadcast subtitles (EBU-TT-D, IMSC); DFXP is its older name
    ".dfxp": "ttml",
}


def detect_format(path: str, default: str = "text") -> str:
    root, ext = os.path.splitext(path)
    inner = os.path.splitext(root)[1].lower() if ext.lower() == ".txt" else ""
    if inner in (".rst", ".rest", ".md", ".markdown"):
        return EXTENSIONS[inner]  # a source Sphinx publishes beside its page (`_sources/library/os.rst.txt`)
    return EXTENSIONS.get(ext.lower(), default)


# what a folder run asks of a resource file before reading it: (its endings, module, the test there)
_FOLDER_TESTS = (
    ((".json", ".yml", ".yaml"), "locales", "in_english_folder"), ((".properties",), "properties", "is_bundle"),
    ((".strings", ".stringsdict"), "strings", "in_english_lproj"), ((".xml", ".sgml"), "xmldocs", "is_included"),
    ((".resx",), "resx", "is_resx"), ((".ts",), "qt", "is_english_ts"), ((".csv",), "csvfile", "is_string_table"),
    ((".xlsx",), "xlsx", "is_string_book"), ((".ass", ".ssa"), "ass", "is_script"),
    ((".ftl",), "fluent", "in_english_tree"), ((".php",), "php", "is_language_file"),
    ((".ini",), "ini", "is_language_file"), ((".toml",), "tomlfile", "is_language_file"),
)


def included_by_folder(path: str) -> bool:
    """Is a JSON, YAML, XML, properties, strings, .resx, .ts, CSV, .xlsx, Fluent, PHP, INI or TOML file one of English
    strings by its name, folder, siblings or first bytes (``locales/en/common.json``, ``res/values/strings.xml``,
    ``messages.properties`` beside ``messages_fr.properties``, ``Resources.resx``, Qt's ``app_en.ts``, a CSV whose
    header names fr and en, ``locales/en-US/main.ftl``, ``lang/en/auth.php``, ``en-GB.com_foo.ini``)?  Is an .ass
    or .ssa file a subtitle script by its first bytes?  A folder run reads these, not every ``package.json``, CI
    file, ``pom.xml``, ``application.properties``, TypeScript file, FreeMarker template, table of data, QBE file,
    assembler's output, PHP code nor ``php.ini``."""
    for endings, module, test in _FOLDER_TESTS:
        if path.endswith(endings):
            return getattr(importlib.import_module(f".{module}", __name__), test)(path)
    return False


def decode(data: bytes, path: str, fmt: str | None = None) -> Decoded:
    """A file's bytes as text (``encodings``; a word-processor file's paragraphs, ``office``), or InputError."""
    fmt = fmt or detect_format(path)
    if fmt not in READ_ONLY:
        return decode_text(data, path, fmt)
    if fmt == "xlsx":
        from .xlsx import extract
    elif fmt == "epub":
        from .epub import extract
    elif fmt in ("pptx", "odp"):
        from .slides import extract
    else:
        from .office import extract
    try:
        return extract(data, path, fmt)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # a bug of ours must not look like the user's fault, nor hide other files
        raise InputError(path, f"internal error in the {fmt} reader ({type(exc).__name__}: {exc}); "
                               "please report it") from exc


def read_bytes(path: str) -> bytes:
    return read_file(path)[0]


def read_file(path: str, stamp: bool = False) -> tuple[bytes, tuple | None]:
    """The file's bytes and, with ``stamp``, its stamp (size, mtime_ns, inode, device, digest): ``--fix``
    compares it before writing, so that an edit made while tqcheck ran is never lost.  A file that is
    only read gets None: hashing it would load OpenSSL at every start."""
    try:
        if os.path.exists(path) and not os.path.isdir(path) and not os.path.isfile(path):
            raise InputError(path, "not a regular file")
        with open(path, "rb") as handle:
            data = handle.read()
            st = os.fstat(handle.fileno())
        return data, (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, digest(data)) if stamp else None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


def digest(data: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(data, digest_size=16).digest()


def load(path: str, fmt: str | None = None, stamp: bool = False) -> Document:
    """Read and parse one file; raises InputError with a one-line message.  ``stamp``: see ``read_file``."""
    data, stamp = read_file(path, stamp)
    fmt = fmt or detect_format(path)
    doc = from_decoded(decode(data, path, fmt), path, fmt)
    doc.stamp = stamp
    return doc


def from_decoded(decoded: Decoded, path: str, fmt: str) -> Document:
    """The document of a file's decoded text, with the encoding its fixes are written back in."""
    doc = parse(decoded.text, path=path, fmt=fmt)
    doc.encoding, doc.bom, doc.exact = decoded.encoding, decoded.bom, decoded.exact
    if decoded.warning:
        doc.warnings.insert(0, decoded.warning)
    return doc


def parse(text: str, path: str = "<string>", fmt: str = "text") -> Document:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "xml":
        fmt = _xml_format(text, path)
    if fmt == "text":  # docutils' own documents are reST named .txt: their literal blocks are code, not prose
        from .plain import reads_as_rst

        fmt = "rst" if reads_as_rst(text) else fmt
    doc = Document(path=path, text=text, format=fmt)
    module, name = _READERS[fmt]  # imported when a document of its kind is read: html.parser costs a start-up
    reader = getattr(importlib.import_module(f".{module}", __name__), name)  # that text and Markdown need not pay
    try:
        reader(doc)
    except InputError:
        raise
    except RecursionError:
        raise InputError(path, f"{fmt} nested too deeply to read") from None
    except Exception as exc:  # a bug of ours must not look like the user's fault, nor hide other files
        raise InputError(path, f"internal error in the {fmt} reader ({type(exc).__name__}: {exc}); "
                               "please report it") from exc
    doc.opaque.sort()  # Document.touches_opaque bisects
    if not doc.foreign and not doc.declared_english and doc.segments:  # the French source beside its translation
        from .language import meant_english, reads_as_french

        strings = doc.units is not None
        doc.foreign = reads_as_french((s.text for s in doc.segments), strings=strings)
        if doc.foreign and strings and locales.french_sibling(path):
            doc.foreign = None  # its French is another file (`messages_fr.properties`): French here is untranslated
        elif doc.foreign and not strings and meant_english(doc):
            doc.foreign = None  # `TriompheEnglish.html`, `a.en.md`, `<html lang="en">` in French: left untranslated
    resolve_directives(doc)
    if doc.pairs and all(p.target is None for p in doc.pairs) and not doc.foreign:
        n = len(doc.pairs)
        said = "its one unit has no translation" if n == 1 else f"none of its {n} units has a translation"
        doc.warnings.append(f"{said}: a template, nothing to check" if is_template(doc) else f"{said} yet")
    return doc


def is_template(doc: Document) -> bool:
    """Is a catalog a template of its sources, no translation expected: a ``.pot``, or a PO or XLIFF file with no
    target at all and no target language declared, in it or by its path (Angular's ``src/locale/messages.xlf``)?"""
    return doc.path.endswith(".pot") or doc.format in ("po", "xliff") and bool(doc.pairs) and not (
        doc.declared_english) and all(p.target is None for p in doc.pairs)


_XML_ROOTS = {"resources": "android", "xliff": "xliff", "tmx": "tmx", "tt": "ttml"}


def _xml_format(text: str, path: str) -> str:
    """An ``.xml`` file's format, by its root element."""
    from .android import root_element

    from .vocabularies import ROOTS

    root = root_element(text, path)
    if root not in _XML_ROOTS and root not in ROOTS:
        raise InputError(path, f"an XML file tqcheck does not read: its root element is <{root}> "
                               "(it reads Android string resources, XLIFF, TMX, TTML, DocBook and DITA)")
    return _XML_ROOTS.get(root) or ROOTS[root]
