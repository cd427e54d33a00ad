"""Find, load and validate the configuration.

``[tool.tqcheck]`` in ``pyproject.toml``, or the top level of ``tqcheck.toml`` / ``.tqcheck.toml``, found by walking up
from the checked path; ``--config FILE`` overrides the search.  Codes are selected by prefix (``TQ1`` is the family)
and the longest matching prefix wins, as in flake8 and ruff.  Every error names the key or code at fault and is raised
as ``ConfigError`` (exit code 2)."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import ConfigError
from .findings import SEVERITIES
from .globs import glob_match

CONFIG_FILES = (".tqcheck.toml", "tqcheck.toml", "pyproject.toml")
# what a folder walk checks: the monolingual kinds, the bilingual files (their target text), resource files whose name
# says English (and, by ``included_by_folder``, by folder, header, root or section: JSON, XML, .resx, .ts, .ass…)
DEFAULT_INCLUDE = (*(f"*.{x}" for x in ("txt text md markdown mdx qmd rmd html htm xhtml xht rst rest adoc asciidoc "
                                        "docx odt epub tex ltx xlf xliff sdlxliff mqxliff po tmx tsv srt vtt sbv ttml "
                                        "dfxp arb xcstrings pptx odp dita dbk docbook").split()), "*.Rmd",
                   "*_en.properties",
                   "*_en_*.properties",
                   *(f"{n}.{x}" for x in ("json", "yml", "yaml") for n in ("en", "en[-_]*", "*[._-]en")))
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", ".venv*", "venv", ".tox", ".nox", "node_modules", "__pycache__",
    "build", "dist", "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache", "~$*")  # ~$: Word's lock files
# options read by detector families, with their allowed values (None: any string)
OPTIONS = {
    "glossary": None,  # CSV or TBX of preferred terms (names family)
    "time-format": ("24h", "12h"),  # fix style for French times (numbers family)
    "currency-style": ("symbol-first", "code-after"),
    "spelling-scope": ("article", "file"),  # what TQ202 (within a file), TQ203 and TQ105 (plain text) compare
}


def _toml():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    return tomllib


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: ["TQ"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    fixable: list[str] = field(default_factory=lambda: ["TQ"])
    unfixable: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    glossary: tuple = ()  # (variant, preferred) pairs read from the `glossary` file
    glossary_sources: tuple = ()  # (French source term, preferred) pairs of the same file (TQ606)
    score: dict = field(default_factory=dict)  # [tool.tqcheck.score], read by the scorer
    quality: dict = field(default_factory=dict)  # [tool.tqcheck.quality], checked by tqcheck.report.quality
    source: str | None = None  # the file it came from
    root: str = "."  # paths in the file are relative to this folder

    def is_selected(self, code: str, path: str | None = None) -> bool:
        return _longest_prefix_wins(code, tuple(self.select + self.extend_select), tuple(self._ignores(path)))

    def _ignores(self, path):
        extra = [c for glob, codes in self.per_file_ignores.items() if path and self._match(path, glob) for c in codes]
        return self.ignore + extra if extra else self.ignore

    def _match(self, path: str, pattern: str) -> bool:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root)) if path != "-" else path
        return glob_match((path, rel, os.path.basename(path)), pattern)

    def is_fixable(self, code: str) -> bool:
        return _longest_prefix_wins(code, tuple(self.fixable), tuple(self.unfixable))

    def severity_of(self, code: str, default: str) -> str:
        best = ""
        for prefix in self.severity:
            if code.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return self.severity[best] if best else default

    def is_excluded(self, path: str, base: str) -> bool:
        """Is ``path``, found under the folder ``base`` the user named, excluded?  Default
        excludes (build, .venv…) match only the parts below ``base``: naming a folder checks it."""
        below = os.path.relpath(path, base).split(os.sep)
        if any(fnmatch.fnmatch(part, pattern) for part in below for pattern in DEFAULT_EXCLUDE):
            return True
        if not self.exclude:
            return False
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        parts = below + ([] if rel.startswith("..") else rel.split(os.sep))
        return any(
            any(fnmatch.fnmatch(part, pattern) for part in parts) or self._match(path, pattern)
            for pattern in self.exclude
        )

    def is_force_excluded(self, path: str) -> bool:
        """``--force-exclude``: is a file named explicitly (by pre-commit, an editor) excluded, as it
        would be if found walking from the configuration's folder?"""
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        base = os.path.dirname(os.path.abspath(path)) if rel.startswith("..") else self.root
        return self.is_excluded(path, base)

    def is_included(self, path: str) -> bool:
        """A pattern without ``/`` is matched against a file's name (not en-gb/package.json), one with it its path."""
        name = os.path.basename(path)
        if any(fnmatch.fnmatch(name, p) if "/" not in p else self._match(path, p) for p in self.include):
            return True
        if self.include != list(DEFAULT_INCLUDE):
            return False
        from .documents import included_by_folder  # locales/en/common.json, res/values/strings.xml

        return included_by_folder(os.path.abspath(path))


@lru_cache(maxsize=4096)
def _longest_prefix_wins(code: str, selected: tuple, ignored: tuple) -> bool:
    best_select = max((len(p) for p in selected if _matches(code, p)), default=-1)
    best_ignore = max((len(p) for p in ignored if _matches(code, p)), default=-1)
    return best_select > best_ignore  # a tie goes to ignore


def _matches(code: str, prefix: str) -> bool:
    return prefix == "ALL" or code.startswith(prefix)


# ------------------------------------------------------------------- loading

_LIST_KEYS = ("select", "extend-select", "ignore", "include", "exclude", "fixable", "unfixable")


def find_config_file(start: str) -> str | None:
    """The nearest config file above ``start`` (a file or a folder)."""
    folder = os.path.abspath(start)
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                if name != "pyproject.toml" or _has_tqcheck_table(candidate):
                    return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tqcheck_table(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return False
    if b"tqcheck" not in raw and b"\\u" not in raw and b"\\U" not in raw:
        return False  # the key cannot be there, even escaped: no need to load a TOML parser
    tomllib = _toml()
    try:
        tool = tomllib.loads(raw.decode("utf-8")).get("tool", {})
        return isinstance(tool, dict) and "tqcheck" in tool  # a foreign `tool = 1` is not ours
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
        return b"tool.tqcheck" in raw  # ours, but broken: let load_config say why


def load_config(path: str | None, known_codes) -> Config:
    """Load ``path`` (None: defaults) and validate it against ``known_codes``."""
    if path is None:
        return Config()
    tomllib = _toml()
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: error: cannot read config ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:  # (a hostile run's 2,000 nested [)
        why = "nested too deep to read" if isinstance(exc, RecursionError) else exc
        raise ConfigError(f"{path}: error: invalid TOML ({why})") from None
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("tqcheck", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: error: [tool.tqcheck] must be a table")
    config = from_mapping(data, known_codes, where=path)
    config.source = path
    config.root = os.path.dirname(os.path.abspath(path))
    if "glossary" in config.options:
        from .glossary import read_glossary_file

        glossary = config.options["glossary"]
        config.glossary, config.glossary_sources = read_glossary_file(
            glossary if os.path.isabs(glossary) else os.path.join(config.root, glossary))
    return config


def from_mapping(data: dict, known_codes, where: str = "config") -> Config:
    config = Config()

    def fail(message):
        raise ConfigError(f"{where}: error: {message}")

    for key, value in data.items():
        attr = key.replace("-", "_")
        if key in _LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                fail(f"'{key}' must be a list of strings")
            if key not in ("include", "exclude"):
                for code in value:
                    check_code(code, known_codes, fail, key)
            setattr(config, attr, list(value))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                fail("'per-file-ignores' must be a table of glob = [codes]")
            for pattern, codes in value.items():
                if not isinstance(codes, list):
                    fail(f"per-file-ignores '{pattern}' must be a list of codes")
                for code in codes:
                    check_code(code, known_codes, fail, "per-file-ignores")
            config.per_file_ignores = {k: list(v) for k, v in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                fail("'severity' must be a table of code = severity")
            for code, level in value.items():
                check_code(code, known_codes, fail, "severity")
                if level not in SEVERITIES:
                    fail(f"severity of {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
            config.severity = dict(value)
        elif key == "fail-on":
            if value not in SEVERITIES:
                fail(f"'fail-on' must be one of {', '.join(SEVERITIES)}, not {value!r}")
            config.fail_on = value
        elif key in OPTIONS:
            allowed = OPTIONS[key]
            if not isinstance(value, str) or (allowed and value not in allowed):
                fail(f"'{key}' must be " + (f"one of {', '.join(allowed)}" if allowed else "a string"))
            config.options[key] = value
        elif key == "score":
            if not isinstance(value, dict):
                fail("'score' must be a table")
            config.score = dict(value)
        elif key == "quality":
            from .report.quality import check_table
            from .rules import CATEGORIES

            config.quality = check_table(value, fail, known_codes, CATEGORIES)
        else:
            fail(f"unknown key '{key}'")
    return config


def check_code(code: str, known_codes, fail, key: str) -> None:
    if not isinstance(code, str) or not (code == "ALL" or any(k.startswith(code) for k in known_codes)):
        fail(f"unknown rule code or prefix {code!r} in '{key}'")


class Resolver:
    """Which configuration each file gets, as ``tqcheck check`` (and ``tqcheck report``) find it: the file
    named by ``--config`` (none with ``--isolated``), else the one nearest the file; the command line's
    ``--select``, ``--extend-select``, ``--ignore`` and ``--fail-on`` over it; each file loaded once.
    An unknown code on the command line raises ``ConfigError`` at once, before any file is read."""

    def __init__(self, known, *, select=(), extend_select=(), ignore=(), fail_on=None, config_file=None,
                 isolated=False, stdin_filename=None):
        def fail(message):
            raise ConfigError(f"tqcheck: error: {message}")

        for key, codes in (("select", select), ("extend-select", extend_select), ("ignore", ignore)):
            for code in codes:
                check_code(code, known, fail, f"--{key}")
        if isolated and config_file:  # (as ruff says: one of them would be ignored without a word)
            fail("--isolated ignores every configuration file: it cannot be used with --config")
        self.known, self.select, self.extend_select = known, list(select), list(extend_select)
        self.ignore, self.fail_on, self.stdin_filename = list(ignore), fail_on, stdin_filename
        self.fixed, self.search = config_file, not (isolated or config_file)  # (never both: refused above)
        self.configs: dict = {}  # config file (or None) -> Config

    def config_for(self, source) -> Config:
        if source not in self.configs:
            config = load_config(source, self.known)
            if self.select:
                config.select, config.extend_select = list(self.select), []
            config.extend_select += self.extend_select
            config.ignore += self.ignore
            if self.fail_on:
                config.fail_on = self.fail_on
            self.configs[source] = config
        return self.configs[source]

    def nearest(self, path):
        """The config file for ``path`` (``-`` is standard input, found from ``--stdin-filename``)."""
        if not self.search:
            return self.fixed
        return find_config_file((self.stdin_filename or os.getcwd()) if path == "-" else path)
