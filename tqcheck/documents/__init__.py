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

import os

from ..errors import InputError
from .encodings import Decoded
from .encodings import decode as decode_text
from .directives import CODE_LIST_RE, DIRECTIVE_RE, KINDS, resolve_directives
from .model import PLACEHOLDER, Directive, Document, Pair, Segment, line_starts

__all__ = [
    "CODE_LIST_RE", "DIRECTIVE_RE", "EXTENSIONS", "FORMATS", "KINDS", "PLACEHOLDER", "Directive", "Document",
    "InputError", "Pair", "READ_ONLY", "Segment", "decode", "detect_format", "included_by_folder", "line_starts",
    "load", "parse", "read_bytes", "read_file",
]

FORMATS = ("text", "markdown", "html", "rst", "xliff", "po", "tmx", "tsv", "json", "srt", "vtt", "android", "xml",
           "yaml", "properties", "strings", "ts", "resx", "xcstrings", "docx", "odt", "csv", "xlsx", "stringsdict",
           "epub", "ttml", "sbv")
READ_ONLY = ("docx", "odt", "xlsx", "epub")  # their text is extracted (``office``, ``xlsx``, ``epub``): never fixed
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".rst": "rst",  # reStructuredText: Sphinx and docutils sources
    ".rest": "rst",
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
    ".stringsdict": "stringsdict",  # Apple: en.lproj/Localizable.stringsdict, the plural forms
    ".xcstrings": "xcstrings",  # Apple's string catalogs: every language in one JSON file
    ".resx": "resx",  # .NET: Resources.resx, Strings.en-GB.resx, a Windows Forms Form1.resx
    ".ts": "ts",  # Qt Linguist (app_en.ts); TypeScript's .ts is not XML: not read
    # Android string resources (res/values/strings.xml); any other XML is read by its root element (``parse``)
    ".xml": "xml",
    # word-processor files: the text of each paragraph, reported, never fixed
    ".docx": "docx",
    ".odt": "odt",
    ".xlsx": "xlsx",  # a spreadsheet's string table: its English column, paired with its French one
    ".epub": "epub",  # an e-book: its chapters' paragraphs, in reading order
    # subtitles: the text of each cue, not its number nor its timing
    ".srt": "srt",
    ".vtt": "vtt",
    ".sbv": "sbv",  # YouTube's captions
    ".ttml": "ttml",  # broadcast subtitles (EBU-TT-D, IMSC); DFXP is its older name
    ".dfxp": "ttml",
}


def detect_format(path: str, default: str = "text") -> str:
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), default)


def included_by_folder(path: str) -> bool:
    """Is a JSON, YAML, XML, properties, strings, .resx, .ts or CSV file one of English strings by its name, folder,
    siblings or first bytes (``locales/en/common.json``, ``res/values/strings.xml``, ``messages.properties`` beside
    ``messages_fr.properties``, ``Resources.resx``, Qt's ``app_en.ts``, a CSV whose header names fr and en)?  A folder
    run reads these, not every ``package.json``, CI file, ``pom.xml``, ``application.properties``, TypeScript file
    nor table of data."""
    if not path.endswith((".json", ".yml", ".yaml", ".properties", ".strings", ".stringsdict", ".xml", ".resx", ".ts",
                          ".csv", ".xlsx")):
        return False
    if path.endswith(".xlsx"):  # strings_en.xlsx, translations.xlsx: not every spreadsheet
        from .xlsx import is_string_book

        return is_string_book(path)
    if path.endswith(".csv"):  # strings.en.csv, a table whose header names fr and en: not every table of data
        from .csvfile import is_string_table

        return is_string_table(path)
    if path.endswith(".resx"):
        from .resx import is_resx

        return is_resx(path)
    if path.endswith(".ts"):
        from .qt import is_english_ts

        return is_english_ts(path)
    if path.endswith((".json", ".yml", ".yaml")):
        from .locales import in_english_folder

        return in_english_folder(path)
    if path.endswith(".properties"):
        from .properties import is_bundle

        return is_bundle(path)
    if path.endswith((".strings", ".stringsdict")):  # en.lproj/Localizable.strings, Base.lproj's (the app's language)
        from .locales import foreign, named_language

        folder = os.path.basename(os.path.dirname(path))
        return folder == "Base.lproj" or folder.endswith(".lproj") and not foreign(named_language(path) or "und")
    from .android import is_string_resource

    return is_string_resource(path)


def decode(data: bytes, path: str, fmt: str | None = None) -> Decoded:
    """A file's bytes as text (``encodings``; a word-processor file's paragraphs, ``office``), or InputError."""
    fmt = fmt or detect_format(path)
    if fmt not in READ_ONLY:
        return decode_text(data, path, fmt)
    if fmt == "xlsx":
        from .xlsx import extract
    elif fmt == "epub":
        from .epub import extract
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
    doc = Document(path=path, text=text, format=fmt)
    if fmt == "text":
        from .plain import parse_text as reader
    elif fmt == "markdown":
        from .markdown import parse_markdown as reader
    elif fmt == "rst":
        from .rst import parse_rst as reader
    elif fmt == "xliff":  # the bilingual readers (only the target text goes to the rules)
        from .xliff import parse_xliff as reader
    elif fmt == "po":
        from .po import parse_po as reader
    elif fmt == "tmx":
        from .tmx import parse_tmx as reader
    elif fmt == "tsv":
        from .tsv import parse_tsv as reader
    elif fmt == "csv":
        from .csvfile import parse_csv as reader
    elif fmt == "json":
        from .jsonfile import parse_json as reader
    elif fmt == "strings":
        from .strings import parse_strings as reader
    elif fmt == "properties":
        from .properties import parse_properties as reader
    elif fmt == "yaml":
        from .yamlfile import parse_yaml as reader
    elif fmt == "android":
        from .android import parse_android as reader
    elif fmt == "ts":
        from .qt import parse_ts as reader
    elif fmt == "resx":
        from .resx import parse_resx as reader
    elif fmt == "stringsdict":
        from .stringsdict import parse_stringsdict as reader
    elif fmt == "xcstrings":
        from .xcstrings import parse_xcstrings as reader
    elif fmt == "xlsx":
        from .xlsx import parse_table as reader
    elif fmt in READ_ONLY:
        from .office import parse_paragraphs as reader
    elif fmt == "ttml":
        from .ttml import parse_ttml as reader
    elif fmt in ("srt", "vtt", "sbv"):
        from .subtitles import parse_subtitles as reader
    else:  # html.parser costs a start-up that text and Markdown need not pay
        from .html import parse_html as reader
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
        from .language import reads_as_french

        doc.foreign = reads_as_french((s.text for s in doc.segments), strings=doc.units is not None)
    resolve_directives(doc)
    if doc.pairs and all(p.target is None for p in doc.pairs) and not doc.foreign:
        n = len(doc.pairs)
        said = "its one unit has no translation" if n == 1 else f"none of its {n} units has a translation"
        doc.warnings.append(f"{said}: nothing to check")
    return doc


_XML_ROOTS = {"resources": "android", "xliff": "xliff", "tmx": "tmx", "tt": "ttml"}


def _xml_format(text: str, path: str) -> str:
    """An ``.xml`` file's format, by its root element."""
    from .android import root_element

    root = root_element(text, path)
    if root not in _XML_ROOTS:
        raise InputError(path, f"an XML file tqcheck does not read: its root element is <{root}> "
                               "(it reads Android string resources, XLIFF, TMX and TTML)")
    return _XML_ROOTS[root]
