"""``--statistics``: how many findings of each rule, instead of the findings (ruff's table)."""

from __future__ import annotations

from .text_format import COLORS, _style, summary


def rows(report) -> list[dict]:
    """One row per code, most frequent first: code, name, severity, count, fixable (safe fixes)."""
    from ..rules import all_rules

    rules = all_rules()
    table: dict[str, dict] = {}
    for f in report.findings:
        row = table.setdefault(f.code, {
            "code": f.code, "name": rules[f.code].name, "severity": f.severity, "count": 0, "fixable": 0,
        })
        row["count"] += 1
        row["fixable"] += bool(f.fix and f.fix.applicability == "safe")
    return sorted(table.values(), key=lambda r: (-r["count"], r["code"]))


def render(report, fmt: str = "text", color: bool = False) -> str:
    table = rows(report)
    if fmt == "json":
        import json

        return json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    width = max((len(str(r["count"])) for r in table), default=1)
    out = []
    for r in table:
        mark = "[*]" if r["fixable"] == r["count"] else "[-]" if r["fixable"] else "[ ]"
        severity = _style(f"{r['severity']:<7}", color, fg=COLORS[r["severity"]], bold=True)
        out.append(f"{r['count']:>{width}}  {_style(r['code'], color, bold=True)}  {severity}  {mark} {r['name']}")
    out.append(summary(report))
    return "\n".join(out) + "\n"


def fixed_counts(before, after) -> dict:
    """``--fix --show-fixes``: ``{path: {code: n}}`` of the fixable findings the fixes removed
    (``before``: the findings of a lint before fixing; ``after``: those left)."""
    from collections import Counter

    total, left = Counter((f.path, f.code) for f in before), Counter((f.path, f.code) for f in after)
    fixed: dict = {}
    for (path, code), fixable in Counter((f.path, f.code) for f in before if f.fix).items():
        gone = min(fixable, total[(path, code)] - left[(path, code)])
        if gone > 0:
            fixed.setdefault(path, {})[code] = gone
    return fixed
