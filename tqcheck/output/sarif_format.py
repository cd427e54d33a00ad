"""SARIF 2.1.0 for GitHub code scanning: rules carry their docs, results their regions.

URIs are relative to the repository root (``%SRCROOT%``), wherever tqcheck ran, so that code
scanning places them; each result has a ``partialFingerprints`` entry that survives lines moving.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from urllib.parse import quote

from .. import __version__
from . import messages
from ..rules import all_rules
from .locations import fingerprints, from_root, repository_root

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "tqcheck/v1"


def _location(path: str, root: str) -> dict:
    """A percent-encoded URI relative to the repository root (%SRCROOT%), or an absolute file: URI."""
    rel = from_root(path, root)
    if rel is None:
        return {"uri": quote(path) if path == "-" else PurePath(os.path.abspath(path)).as_uri()}
    return {"uri": quote(os.fsencode(rel)), "uriBaseId": "%SRCROOT%"}  # a non-UTF-8 name: its bytes, %-escaped


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": f"{rule.what}\n\nWhy: {rule.why}", "markdown": rule.markdown()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category], "fix": rule.fix_safety},
    }


def _region(line, column, end_line, end_column, snippet=None) -> dict:
    region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    if snippet is not None:
        region["snippet"] = {"text": snippet}
    return region


def _result(f, index, root, fingerprint) -> dict:
    result = {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "partialFingerprints": {FINGERPRINT: fingerprint},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": _location(f.path, root),
                "region": _region(f.line, f.column, f.end_line, f.end_column, f.span),
            }
        }],
    }
    if f.fix is not None:
        edit = f.edit or (f.line, f.column, f.end_line, f.end_column)
        result["fixes"] = [{
            "description": {"text": f"Replace with {f.fix.replacement!r} ({f.fix.applicability} fix)"},
            "artifactChanges": [{
                "artifactLocation": _location(f.path, root),
                "replacements": [{
                    "deletedRegion": _region(*edit),
                    "insertedContent": {"text": f.fix.replacement},
                }],
            }],
        }]
    return result


def render(report, color: bool = False) -> str:
    rules = list(all_rules().values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    root = repository_root()
    prints = fingerprints(report.findings, report.lines, root)
    notifications = [{"level": m["level"], "message": {"text": m["text"]}} for m in messages(report)]
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "tqcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://github.com/tqcheck/tqcheck",
                "rules": [_rule(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": PurePath(root).as_uri() + "/"}},
            "invocations": [{
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": notifications,
            }],
            "results": [_result(f, index[f.code], root, fp) for f, fp in zip(report.findings, prints, strict=True)],
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
