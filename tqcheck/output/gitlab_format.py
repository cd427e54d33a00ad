"""GitLab Code Quality: the Code Climate JSON subset GitLab reads (``artifacts:reports:codequality``).

Paths are from the repository root and every finding has a fingerprint unique in the report
(GitLab drops duplicates) that does not change when lines above it move.
"""

from __future__ import annotations

import hashlib
import json

from .locations import fingerprints, from_root, repository_root

# GitLab's severities are info, minor, major, critical, blocker
SEVERITIES = {"info": "info", "warning": "minor", "error": "major"}


def render(report, color: bool = False) -> str:
    root = repository_root()
    issues = [
        {
            "description": f"{f.code} {f.message}",
            "check_name": f.code,
            "fingerprint": hashlib.sha256(fingerprint.encode("ascii")).hexdigest()[:32],
            "severity": SEVERITIES[f.severity],
            "location": {
                "path": from_root(f.path, root) or f.path,
                "lines": {"begin": f.line, "end": f.end_line},
            },
        }
        for f, fingerprint in zip(report.findings, fingerprints(report.findings, report.lines, root), strict=True)
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
