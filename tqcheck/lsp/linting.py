"""What the language server asks of the linter, with no LSP in it: the configuration nearest to a
document, its findings, the text with every safe fix applied, and positions in the editor's units.

The one place the server touches tqcheck's lint API (``tqcheck.check_text`` and
``engine.apply_fixes``), so that the protocol code never depends on the engine's internals.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, field

from .. import check_text
from .. import config as config_mod

FORMATS_BY_LANGUAGE = {"markdown": "markdown", "html": "html", "restructuredtext": "rst", "plaintext": "text",
                       "text": "text", "latex": "latex", "asciidoc": "asciidoc", "mdx": "mdx", "quarto": "rmarkdown",
                       "rmd": "rmarkdown"}
MAX_FIX_PASSES = 10
BOM = "\ufeff"


class Configs:
    """Configuration files found and read once, again when a file changes on disk."""

    def __init__(self):
        self._loaded: dict = {}  # path -> (mtime, Config or ConfigError)

    def for_document(self, path: str | None, folder: str | None):
        """The Config nearest to ``path`` (or, for an unsaved buffer, to ``folder``); raises
        ConfigError for a bad one."""
        source = config_mod.find_config_file(path or folder or os.getcwd())
        if source is None:
            return config_mod.Config()
        try:
            mtime = os.stat(source).st_mtime_ns
        except OSError:
            mtime = None
        cached = self._loaded.get(source)
        if cached is None or cached[0] != mtime:
            from ..rules import all_rules

            try:
                value = config_mod.load_config(source, list(all_rules()))
            except config_mod.ConfigError as exc:
                value = exc
            cached = self._loaded[source] = (mtime, value)
        if isinstance(cached[1], Exception):
            raise cached[1]
        return cached[1]


def document_format(path: str | None, language_id: str | None) -> str:
    """The parser for a document: by its extension, else by the editor's language id."""
    from ..documents import detect_format

    fallback = FORMATS_BY_LANGUAGE.get(language_id or "", "text")
    return detect_format(path, fallback) if path else fallback


def is_ours(path: str | None, language_id: str | None) -> bool:
    """Markdown, HTML and plain text, by the editor's language id or the file's extension; a JSON or YAML file
    only where its path names a language (``en.json``, ``locales/en/app.yml``), not every ``package.json`` nor CI
    file; an XML file only in an Android resource folder (``res/values/strings.xml``) or whose root is DocBook's or
    DITA's, not every ``pom.xml``; a ``.ts``
    file only where its path names a language (Qt Linguist's ``app_en.ts``), not TypeScript; an ``.ass`` or ``.ssa``
    file only when a ``[Script Info]`` or ``[Events]`` line opens one of its sections (a subtitle script); an ``.ftl``
    file only where its name or folders name one (``locales/en-US/main.ftl``), not a FreeMarker template; a ``.php``
    file only in an English language folder (``lang/en/auth.php``), an ``.ini`` file only where its name or folder
    says English (``en-GB.com_foo.ini``), not other PHP code nor ``php.ini``."""
    from ..documents import EXTENSIONS, READ_ONLY

    if language_id in FORMATS_BY_LANGUAGE:
        return True
    kind = EXTENSIONS.get(os.path.splitext(path)[1].lower()) if path else None
    if kind in ("json", "yaml", "properties", "strings", "stringsdict"):
        from ..documents.jsonfile import names_a_language

        return names_a_language(path)
    if kind == "fluent":  # locales/en-US/main.ftl, not a FreeMarker template (which shares the extension)
        from ..documents.fluent import tree_language

        return tree_language(path) is not None
    if kind in READ_ONLY:  # an office file or a book: not an editor's text
        return False
    # as a folder run decides: Qt's app_en.ts (not TypeScript), a string table, a default or English resource,
    # res/values/strings.xml, a subtitle script (not an assembler's .ass), a language file (not PHP code, php.ini)
    if kind in ("ts", "csv", "resx", "xml", "ass", "php", "ini"):
        from ..documents import included_by_folder

        return language_id not in ("typescript", "typescriptreact") and included_by_folder(path)
    return kind is not None


@dataclass
class Linted:
    """One lint of one version of a document: its findings and how to place them."""

    text: str
    version: int | None
    findings: list = field(default_factory=list)
    shift: int = 0  # 1 when the editor's text starts with a BOM the linter did not see
    errors: list = field(default_factory=list)  # the rules that failed on it (a bug of ours): the others' stand


def lint(text: str, path: str, fmt: str, config, version=None) -> Linted:
    shift = 1 if text.startswith(BOM) else 0
    errors: list = []
    findings = check_text(text[shift:], path=path, fmt=fmt, config=config, errors=errors)
    return Linted(text=text, version=version, findings=findings, shift=shift, errors=errors)


def fix_all(text: str, path: str, fmt: str, config, unsafe: bool = False) -> str:
    """The text with every safe (or, with ``unsafe``, every) fix applied, until none applies."""
    from ..engine import apply_fixes

    shift = 1 if text.startswith(BOM) else 0
    body = text[shift:]
    for _ in range(MAX_FIX_PASSES):
        findings = check_text(body, path=path, fmt=fmt, config=config)
        fixed, count = apply_fixes(body, findings, unsafe=unsafe)
        if not count or fixed == body:
            break
        body = fixed
    return text[:shift] + body


def smallest_edit(before: str, after: str) -> tuple[int, int, str]:
    """(start, end, replacement): the one edit that turns ``before`` into ``after``, as small as a
    common prefix and suffix make it (the editor keeps the cursor and the undo step small)."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    return start, end_b, after[start:end_a]


class Positions:
    """Offsets in a text <-> LSP positions: lines end at ``\\n``, ``\\r\\n`` or ``\\r`` (the
    protocol's rule, not Python's ``splitlines``), characters are counted in ``encoding``
    (``utf-16`` unless the client chose otherwise)."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = encoding
        starts, i, n = [0], 0, len(text)
        while i < n:
            c = text[i]
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            if c in "\r\n":
                starts.append(i + 1)
            i += 1
        self.starts = starts

    def _units(self, chars: str) -> int:
        if self.encoding == "utf-32":
            return len(chars)
        if self.encoding == "utf-8":
            return len(chars.encode("utf-8", "surrogatepass"))
        return len(chars.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        return line, self._units(self.text[self.starts[line]:offset])

    def offset(self, line: int, character: int) -> int:
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(0, line)]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        units = 0
        for i in range(start, end):
            if units >= character or self.text[i] in "\r\n":
                return i
            units += self._units(self.text[i])
        return end
