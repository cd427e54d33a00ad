"""The pre-commit manifest, checked by pre-commit itself."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def test_pre_commit_manifest_is_valid():
    pytest.importorskip("pre_commit")
    exe = Path(sys.executable).with_name("pre-commit")
    cmd = [str(exe)] if exe.exists() else [shutil.which("pre-commit") or "pre-commit"]
    proc = subprocess.run(cmd + ["validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ids = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "id: tqcheck\n" in ids and "id: tqcheck-fix\n" in ids


def test_pre_commit_manifest_rejects_a_broken_one(tmp_path):
    pytest.importorskip("pre_commit")
    exe = Path(sys.executable).with_name("pre-commit")
    broken = tmp_path / "hooks.yaml"
    broken.write_text("- id: tqcheck\n  language: python\n")  # no name, no entry
    proc = subprocess.run([str(exe), "validate-manifest", str(broken)], capture_output=True, text=True)
    assert proc.returncode != 0
