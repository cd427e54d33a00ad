"""Machine-readable findings; the shape is tqcheck/schemas/check.schema.json."""

from __future__ import annotations

import json

from .. import __version__
from . import messages


def as_dict(report) -> dict:
    by_code: dict[str, int] = {}
    for f in report.findings:
        by_code[f.code] = by_code.get(f.code, 0) + 1
    result = {
        "tqcheck": __version__,
        "findings": [f.to_dict() for f in report.findings],
        "messages": messages(report),
        "summary": {
            "files": report.files,
            "findings": len(report.findings),
            "fixed": report.fixed,
            "errors": len(report.errors),
            "by_code": dict(sorted(by_code.items())),
        },
    }
    if report.quality is not None:  # the MQM-style score, set by the CLI (tqcheck.report.quality)
        result["summary"]["quality"] = report.quality.to_dict()
    return result


def render(report, color: bool = False) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
