"""The sample corpus: every labelled finding on corpora/mt is found, nothing else anywhere.

Rows of corpora/labels.tsv marked ``to-come`` belong to detectors not built yet: they
are expected failures, not passes.  Code may be a family prefix (TQ3) for those rows.
"""

import json
import subprocess
import sys

import pytest

from conftest import ROOT

CORPORA = ROOT / "corpora"


def labels():
    rows = []
    for line in (CORPORA / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("file\t") or not line.strip():
            continue
        path, row, column, code, status, why = line.split("\t")
        rows.append((path, int(row), int(column), code, status, why))
    return rows


@pytest.fixture(scope="module")
def findings():
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--format", "json", "corpora"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def _matches(found, path, line, column, code):
    return any(f["path"] == f"corpora/{path}" and f["line"] == line and f["column"] == column
               and f["code"].startswith(code) for f in found)


@pytest.mark.parametrize("row", labels(), ids=lambda r: f"{r[0]}:{r[1]}:{r[2]}:{r[3]}")
def test_labelled_finding(row, findings, request):
    path, line, column, code, status, why = row
    if status == "to-come" and not _matches(findings, path, line, column, code):
        pytest.xfail(f"detector to come: {why}")
    assert _matches(findings, path, line, column, code), why


def test_no_unlabelled_finding(findings):
    rows = labels()
    extra = [
        (f["path"], f["line"], f["column"], f["code"]) for f in findings
        if not any(f["path"] == f"corpora/{p}" and f["line"] == l and f["column"] == c and f["code"].startswith(code)
                   for p, l, c, code, _, _ in rows)
    ]
    assert extra == []


def test_references_are_clean(findings):
    assert [f for f in findings if f["path"].startswith("corpora/ref/")] == []


def test_sources_are_excluded(findings):
    assert not any(f["path"].startswith("corpora/src/") for f in findings)
