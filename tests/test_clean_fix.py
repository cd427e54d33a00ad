"""A safe fix never changes clean text (issue 10): ``tqcheck check --fix`` over clean native English,
run through the CLI on a temporary copy, must leave every byte as it was.

What is sampled (about 2 MB in all, the same files on every run; each corpus is its own test):

- ``wmt13-ref``: the WMT13 human reference, ``../shared/data/wmt13-fren/newstest2013-ref.en``, whole
  (330 KB). The LIG post-edits are *not* used: post-editors kept some French figures, so they are not
  clean.
- ``html-sphinx``: the Python 3.11 documentation (Debian ``python3.11-doc``), pages of the tutorial, the
  how-tos, the FAQ and the library reference, spread over the sorted file list, up to 700 KB.
- ``html-mkdocs``: the MkDocs documentation (``mkdocs-doc``), up to 500 KB.
- ``quotes``: the fortune cookie collection (``fortunes``), files that are UTF-8, up to 500 KB, copied
  as ``.txt``.

The three Debian corpora are installed by ``make native-corpus`` (``bench/measure_native.py`` measures
the same corpora); a corpus that is not installed is skipped, saying so.  A failure lists each changed
line and the codes whose fixes fired on clean text.

``PENDING`` lists the safe fixes of other families still seen on a corpus, each with where: they are
left out of that corpus's run (``--ignore``) until their family is fixed, and
``test_pending_fixes_still_fire`` fails as soon as one no longer fires, so that the entry is removed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
PYDOC = "/usr/share/doc/python3.11/html"
MKDOCS = "/usr/share/doc/mkdocs/html"
FORTUNES = "/usr/share/games/fortunes"
KB = 1024


def _sample(files, budget):
    """Files spread evenly over the sorted list ``files``, up to ``budget`` bytes in all."""
    files = sorted(files)
    total = sum(os.path.getsize(f) for f in files)
    stride = max(1, round(total / budget))
    picked, size = [], 0
    for path in files[::stride] + [f for k, f in enumerate(files) if k % stride]:
        n = os.path.getsize(path)
        if size + n <= budget:
            picked.append(path)
            size += n
    return sorted(picked)


def _utf8(path):
    try:
        with open(path, encoding="utf-8") as handle:
            handle.read()
    except UnicodeDecodeError:
        return False
    return True


def _wmt():
    path = os.path.join(SHARED, "wmt13-fren", "newstest2013-ref.en")
    return [path] if os.path.exists(path) else []


def _sphinx():
    parts = ("tutorial/*.html", "howto/*.html", "faq/*.html", "library/*.html")
    return _sample([f for part in parts for f in glob.glob(os.path.join(PYDOC, part))], 700 * KB)


def _mkdocs():
    return _sample(glob.glob(os.path.join(MKDOCS, "**", "*.html"), recursive=True), 500 * KB)


def _fortunes():
    files = [f for f in glob.glob(os.path.join(FORTUNES, "*")) if "." not in os.path.basename(f)
             and os.path.isfile(f) and _utf8(f)]
    return _sample(files, 500 * KB)


CORPORA = {
    "wmt13-ref": (_wmt, ".txt", f"{SHARED}/wmt13-fren/newstest2013-ref.en not available"),
    "html-sphinx": (_sphinx, None, f"{PYDOC} not installed (make native-corpus installs python3.11-doc)"),
    "html-mkdocs": (_mkdocs, None, f"{MKDOCS} not installed (make native-corpus installs mkdocs-doc)"),
    "quotes": (_fortunes, ".txt", f"{FORTUNES} not installed (make native-corpus installs fortunes)"),
}


# corpus -> {code: (the file where its safe fix was seen changing clean text, what it changed)}; the
# typography family decides these
PENDING: dict = {}  # corpus -> {code: (file, what)}: none left


def _copy(files, folder, suffix):
    """Copy ``files`` into ``folder`` (flat, names made unique), ``suffix`` added when given."""
    pairs = []
    for k, path in enumerate(files):
        name = f"{k:03d}-{os.path.basename(path)}{suffix or ''}"
        target = os.path.join(folder, name)
        shutil.copyfile(path, target)
        pairs.append((path, target))
    return pairs


def _changed_lines(before: bytes, after: bytes, limit=5):
    old, new = before.decode("utf-8").split("\n"), after.decode("utf-8").split("\n")
    out = [f"    line {n}: {a.strip()[:140]!r} -> {b.strip()[:140]!r}"
           for n, (a, b) in enumerate(zip(old, new), 1) if a != b]
    if len(old) != len(new):
        out.append(f"    {len(old)} lines became {len(new)}")
    return out[:limit]


def _fix(corpus, tmp_path, *options, only=None):
    """Copy ``corpus`` (its file named ``only``, if given) into ``tmp_path``, run ``--fix`` on it: (the
    changed files with their changed lines, the ``--show-fixes`` summary lines, how many files)."""
    gather, suffix, reason = CORPORA[corpus]
    files = [f for f in gather() if only in (None, os.path.basename(f))]
    if not files:
        pytest.skip(reason)
    pairs = _copy(files, tmp_path, suffix)
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--isolated", "--fix", "--show-fixes",
                           "--exit-zero", *options, str(tmp_path)], capture_output=True, cwd=ROOT,
                          env=dict(os.environ, NO_COLOR="1"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    changed = []
    for source, copy in pairs:
        with open(source, "rb") as a, open(copy, "rb") as b:
            before, after = a.read(), b.read()
        if before != after:
            changed.append(f"  {source}:\n" + "\n".join(_changed_lines(before, after)))
    made = [line.strip() for line in proc.stdout.decode(errors="replace").splitlines() if " × " in line]
    return changed, made, len(pairs)


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_fix_changes_nothing_in_clean_native_english(corpus, tmp_path):
    pending = sorted(PENDING.get(corpus, ()))
    changed, made, n = _fix(corpus, tmp_path, *(["--ignore", ",".join(pending)] if pending else []))
    assert not changed, (f"--fix changed {len(changed)} of {n} clean files ({'; '.join(made)}):\n"
                         + "\n".join(changed))


@pytest.mark.parametrize("corpus, code", sorted((c, code) for c, codes in PENDING.items() for code in codes))
def test_pending_fixes_still_fire(corpus, code, tmp_path):
    changed, made, _ = _fix(corpus, tmp_path, "--select", code, only=PENDING[corpus][code][0])
    assert changed, f"{code} no longer changes the {corpus} corpus: remove it from PENDING"
