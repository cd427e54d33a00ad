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
