import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared(*parts):
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture
def run_cli(tmp_path):
    """Run ``tqcheck`` as a user would: a subprocess, with a cwd and optional stdin."""

    def run(*args, cwd=None, stdin=None, env=None):
        full_env = dict(os.environ, NO_COLOR="1", **(env or {}))
        return subprocess.run(
            [sys.executable, "-m", "tqcheck", *map(str, args)],
            cwd=cwd or tmp_path, input=stdin, capture_output=True, env=full_env,
        )

    return run


def wmt_lines(name, n):
    """The first ``n`` lines of a WMT13 file of ../shared (the test is skipped without it)."""
    return shared("data", "wmt13-fren", name).read_text(encoding="utf-8").split("\n")[:n]


def write_line_files(folder, data):
    """Write ``{name: lines}`` as one-segment-per-line files in ``folder``."""
    for name, lines in data.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def score_cli(*args):
    """Run ``tqcheck score`` in-process (click's runner) and return the result."""
    from click.testing import CliRunner

    from tqcheck.scoring.command import score

    return CliRunner().invoke(score, [str(a) for a in args], catch_exceptions=False)


# ------------------------------------------------------------------ resource files (JSON, YAML, Android, properties)


def snippets(stdout: bytes, text: str) -> list:
    """``(code, the three characters where it points)`` of each finding of a JSON report on ``text``, sorted."""
    import json

    lines = text.split("\n")
    return sorted((f["code"], lines[f["line"] - 1][f["column"] - 1:f["column"] + 2])
                  for f in json.loads(stdout)["findings"])


def found_by_folder_run(tmp_path, run_cli, files: dict) -> list:
    """Write ``{path: text}`` under ``tmp_path``, check the folder for TQ102: the paths with a finding, sorted."""
    import json

    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ102", "--format", "json", ".")
    return sorted({f["path"] for f in json.loads(proc.stdout)["findings"]})


def refused(tmp_path, run_cli, name: str, text: str) -> list:
    """``check --fix`` on a file ``name`` holding ``text`` that is no file of its format: exit 2, the file left as it
    was; the lines of standard error (each reader's tests say what they must be)."""
    path = tmp_path / name
    path.write_text(text)
    proc = run_cli("check", "--fix", name)
    assert proc.returncode == 2 and path.read_text() == text
    return proc.stderr.decode().splitlines()


def source_number_missing(tmp_path, run_cli, english: tuple, french: tuple) -> bool:
    """Does ``check ENGLISH --source FRENCH`` (each ``(path, text)``) say that the French `25` is missing?"""
    for name, text in (english, french):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run_cli("check", "--select", "TQ601", english[0], "--source", french[0])
    return proc.returncode == 1 and "The source number `25` is not in the translation" in proc.stdout.decode()


def random_fixes(seed: int, pieces: list, replacements: list, wrap, read_back, path: str, fmt: str, rounds=400) -> int:
    """Random values (``"a"`` and 1 to 6 of ``pieces``, as written in the file) written by ``wrap(value)`` into a
    file's text; in each segment read, a random span replaced by one of ``replacements``: the fixed file, read by
    ``read_back(text)``, must give the segment's text so edited (``[]`` where no prose is left).  A fix that
    crosses an opaque span is left out.  Returns how many fixes were tried."""
    import random

    from tqcheck.documents import parse
    from tqcheck.documents.model import is_prose

    rnd, fixed = random.Random(seed), 0
    for _ in range(rounds):
        text = wrap("a" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))))
        doc = parse(text, path=path, fmt=fmt)
        for seg in doc.segments:
            i = rnd.randrange(len(seg.text))
            j = rnd.randint(i, min(len(seg.text), i + 3))
            replacement = rnd.choice(replacements)
            problem = seg.problem(i, j, "TQ101", "m", replacement)
            if problem.fix is None or any(a < problem.end and problem.start < b for a, b in doc.opaque):
                continue
            after = text[:problem.start] + problem.fix.replacement + text[problem.end:]
            wanted = seg.text[:i] + replacement + seg.text[j:]
            assert read_back(after) == ([wanted] if is_prose(wanted) else []), (text, after)
            fixed += 1
    return fixed


def misplaced(doc) -> list:
    """``(segment text, index)`` of each character a document reads verbatim that is not where its offset says."""
    return [(seg.text, i) for seg in doc.segments for i, c in enumerate(seg.text)
            if seg.is_verbatim(i, i + 1) and doc.text[seg.offset(i)] != c]


def paired_by_key(fmt: str, english: tuple, french: tuple) -> list:
    """``(id, source)`` of each pair when ``english`` (``(path, text)``) is paired with ``french`` (``--source``)."""
    from tqcheck.documents import parse
    from tqcheck.documents.pairing import attach

    en = parse(english[1], path=english[0], fmt=fmt)
    attach(en, parse(french[1], path=french[0], fmt=fmt))
    return [(p.id, p.source) for p in en.pairs]
