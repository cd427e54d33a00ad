"""Which files a run checks: folders walked with the include and exclude patterns, each file once.

What cannot be walked is said, never skipped in silence: a folder that cannot be listed, a
link to nothing and a loop of links each give a warning line, and the files of a kind tqcheck
does not read (not in ``documents.EXTENSIONS``, nor included by the configuration) are listed
in one line; hidden files (``.gitignore``), configuration files and excluded ones are not.
Links to folders are not followed (a link loop cannot hang the walk); links to files are
checked once, by real path.
"""

from __future__ import annotations

import errno
import os
import re

from .config import CONFIG_FILES, Config
from .documents import EXTENSIONS
from .errors import OutputIsInput

STDIN = "-"
SHOWN_SKIPPED = 5  # names listed in the "skipped ... of unknown kind" line


def discover(paths, config: Config) -> tuple[list[str], list[str], list[str]]:
    """Files to check, in a stable order; errors for paths that do not exist; warnings for
    what a folder walk had to skip."""
    skipped: list[str] = []
    files, errors, warnings = _discover(paths, config, skipped)
    return files, errors, warnings + skipped_line(skipped)


def skipped_line(skipped: list[str]) -> list[str]:
    """The one warning line for the files of unknown kind a walk skipped (none: no line)."""
    if not skipped:
        return []
    skipped = sorted(skipped)
    names = ", ".join(skipped[:SHOWN_SKIPPED]) + (", …" if len(skipped) > SHOWN_SKIPPED else "")
    files = "file" if len(skipped) == 1 else "files"
    return [f"tqcheck: skipped {len(skipped)} {files} of unknown kind: {names} (see include)"]


# string resources a folder run reads only where their name or folder says English (``documents.included_by_folder``)
RESOURCE_ENDINGS = (".json", ".arb", ".yml", ".yaml", ".properties", ".strings", ".ftl", ".php", ".ini", ".xml",
                    ".resx", ".toml")


# files of those kinds that hold no strings (a project's manifests and settings): not counted
_MANIFESTS = frozenset(("package.json", "package-lock.json", "composer.json", "tsconfig.json", "jsconfig.json",
                        "angular.json", "pubspec.yaml", "mkdocs.yml", "docker-compose.yml", ".gitlab-ci.yml",
                        ".travis.yml", "pom.xml", "AndroidManifest.xml", "phpunit.xml", "setup.ini", "php.ini",
                        "tox.ini", "pytest.ini", "pyproject.toml", "Cargo.toml", "hugo.toml", "config.toml",
                        "netlify.toml", "tqcheck.toml"))


def passed_over(paths, config_for, nearest, limit: int = 100_000) -> int:
    """How many string-resource files the folders of ``paths`` hold (their names only: at most ``limit`` looked at),
    which a run that checked nothing read none of: said then, as a hint (`strings/app.json` is read as
    `strings/en.json` or `en/app.json` would be)."""
    found = looked = 0
    for path in paths:
        if not os.path.isdir(path):
            continue
        for _, names in _folders(path, config_for(nearest(path))):
            looked += len(names)
            found += sum(1 for name in names if name.lower().endswith(RESOURCE_ENDINGS) and name not in _MANIFESTS)
            if looked > limit:
                return found
    return found


def _discover(paths, config: Config, skipped: list[str]):
    files, errors, warnings, seen = [], [], [], set()
    for path in paths:
        if path == STDIN:
            if STDIN not in files:
                files.append(STDIN)
            continue
        if os.path.isdir(path):
            candidates = _walk(path, config, warnings, skipped)
        elif os.path.exists(path) or os.path.islink(path):
            candidates = [path]  # a file named explicitly is always checked (reading it says what is wrong)
        else:
            errors.append(f"{path}: error: no such file or directory")
            continue
        for candidate in candidates:
            key = identity(candidate)  # one file reached twice, or through a link, is checked once
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, errors, warnings


def _walk(path: str, config: Config, warnings: list[str], skipped: list[str]) -> list[str]:
    def unlisted(exc: OSError):
        warnings.append(f"{os.path.normpath(exc.filename or path)}: warning: cannot list folder ({exc.strerror or exc}): skipped")

    found = []
    for root, names in _folders(path, config, unlisted):
        for name in names:
            full = os.path.normpath(os.path.join(root, name))
            if not config.is_included(full):
                if (not name.startswith(".") and name not in CONFIG_FILES
                        and os.path.splitext(name)[1].lower() not in EXTENSIONS and not config.is_excluded(full, path)):
                    skipped.append(full)
                continue
            if config.is_excluded(full, path):
                continue
            if os.path.isfile(full):  # not a FIFO or a device
                found.append(full)
            elif os.path.islink(full):  # os.walk lists a broken link with the files
                warnings.append(f"{full}: warning: {_broken_link(full)}: skipped")
    return sorted(found)


def _a_report(path: str) -> bool:
    """Does the file hold nothing, or what a previous run wrote, told by where each format says so: the text
    report's last line (its summary), GitHub's first line, the head of the JSON, SARIF, JUnit, GitLab and HTML
    reports (a page that quotes a summary line or an annotation in its middle is no report)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace")
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - 512))
            tail = handle.read().decode("utf-8", "replace")
    except OSError:
        return False
    start, last = head.lstrip()[:1000], (tail.strip().splitlines() or [""])[-1]
    return start.strip() in ("", "[]") or _SUMMARY.fullmatch(last) is not None or _REPORT_HEAD.match(start) is not None


_SUMMARY = re.compile(r"All checks passed \(.*\)\.|No findings \(.*|No files checked\.|Found \d+ findings? in .*")
# the head of each format but text's: GitHub's, JSON's, SARIF's, JUnit's, GitLab's and --statistics', the HTML report's
_REPORT_HEAD = re.compile(r"::(?:error|warning|notice) file=|\{\s*\"tqcheck\": |\{\s*\"\$schema\": \"[^\"]*sarif"
                          r"|<\?xml[^>]*>\s*<!-- tqcheck|\[\s*\{\s*\"(?:description|code)\": \"TQ\d{3}\b"
                          r"|<!DOCTYPE html>(?s:.*?)<meta name=\"generator\" content=\"tqcheck")


def _inside(path: str, folder: str) -> bool:
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real.startswith(top.rstrip(os.sep) + os.sep)


def _folders(path: str, config: Config, onerror=None):
    """``(folder, file names)`` of ``path`` and the folders below it that the configuration does not exclude."""
    for root, dirs, names in os.walk(path, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not config.is_excluded(os.path.join(root, d), path))
        yield root, names


def identity(path: str):
    """What makes two paths one file: device and inode (hard links too), else the real path."""
    try:
        st = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (st.st_dev, st.st_ino)


def _broken_link(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "link loop"
        if exc.errno == errno.ENOENT:
            return f"link to nothing ({os.readlink(path)})"
        return f"cannot follow link ({exc.strerror or exc})"
    return "link to a file that is not regular"


def plan(paths, config_for, nearest, output: str | None = None) -> tuple[dict, list[str], list[str]]:
    """Every file to check, grouped by the configuration that governs it: ``nearest(path)``
    names the config file nearest to a path and ``config_for(name)`` loads it (raising
    ConfigError), so that every configuration is read before any file is touched.
    ``output``, the report file: a previous run's report found in a folder is not checked, and one
    named to be checked raises OutputIsInput.  Returns (groups, errors, warnings)."""
    groups: dict = {}
    errors, warnings, seen, skipped = [], [], set(), []
    if output and os.path.isfile(output):
        report = identity(output)
        seen.add(report)  # found in a folder, it is skipped as a file seen already
        if any(p != STDIN and os.path.isfile(p) and identity(p) == report for p in paths):
            raise OutputIsInput(f"{output}: error: the report file is one of the files to check: not overwritten")
        if not _a_report(output) and any(os.path.isdir(p) and _inside(output, p) for p in paths if p != STDIN):
            # (a hostile run's `-o docs/chapter1.md docs`: the chapter was skipped, then overwritten by the report)
            raise OutputIsInput(f"{output}: error: the report file is in a folder to check and holds no report: "
                                "not overwritten")
    for path in paths:
        source = nearest(path)
        files, found_errors, found_warnings = _discover([path], config_for(source), skipped)
        errors += found_errors
        warnings += found_warnings
        for f in files:
            key = f if f == STDIN else identity(f)
            if key in seen:
                continue
            seen.add(key)
            group = source if f == STDIN else nearest(f)
            config_for(group)
            groups.setdefault(group, []).append(f)
    return groups, errors, warnings + skipped_line(skipped)
