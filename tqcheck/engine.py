"""The lint core: documents in, findings out.

read document -> prose segments -> detector families -> filters (selection,
severity, no fix inside French the text quotes, suppression comments) -> findings.  Fixes are applied here too, as
text edits on the decoded document; reading and writing files is ``tqcheck.runner``.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from heapq import heappop, heappush

from . import documents
from .config import Config
from .documents.encodings import can_hold
from .findings import Finding, Fix, Problem
from .rules import all_rules, codes_of, detectors
from .rules.untranslated.passages import in_french

MAX_FIX_PASSES = 10
UNUSED_SUPPRESSION = "TQ100"


class Context:
    """What a detector may know besides the document: the configuration."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        self.path: str | None = None  # the document being checked: per-file-ignores apply
        self._enabled: dict = {}

    def enabled(self, prefix: str) -> bool:
        """Is any rule under ``prefix`` selected for this document?  A detector that reports several
        codes asks it to skip the work of the ones not selected."""
        key = (prefix, self.path)
        if key not in self._enabled:
            self._enabled[key] = any(
                code.startswith(prefix) and self.config.is_selected(code, self.path) for code in all_rules()
            )
        return self._enabled[key]

    def option(self, key: str, default=None):
        return self.config.options.get(key, default)


@dataclass(repr=False, eq=False)
class Result:
    """What checking one document gives."""

    findings: list[Finding] = field(default_factory=list)
    used_directives: set[int] = field(default_factory=set)
    collected: dict = field(default_factory=dict)  # detector module name -> summary, for check_run
    errors: list[str] = field(default_factory=list)  # the detectors that failed (a bug of ours): the others' stand


def to_finding(doc: documents.Document, problem: Problem, ctx: Context) -> Finding | None:
    rule = all_rules()[problem.code]
    config = ctx.config
    if not config.is_selected(problem.code, doc.path):
        return None
    line, column = doc.position(problem.start)
    end_line, end_column = doc.position(problem.end)
    fix = problem.fix if problem.fix is not None and config.is_fixable(problem.code) else None
    start, end = (problem.start, problem.end) if fix is None or fix.start is None else (fix.start, fix.end)
    if fix is not None and doc.text[start:end] == fix.replacement:
        fix = None  # it would write what is already there: a fix that changes nothing is no fix
    if fix is not None and doc.opaque and doc.touches_opaque(start, end):
        fix = None  # no fix crosses inline code, an image or an autolink
    if fix is not None and doc.format in documents.READ_ONLY:
        fix = None  # a .docx: its text is extracted, reported, never written back
    if fix is not None and doc.encoding != "utf-8" and not (doc.exact and can_hold(doc.encoding, fix.replacement)):
        fix = None  # a file in ISO-8859-1 cannot take a curly quotation mark
    edit = None
    if fix is not None and fix.start is not None:
        edit = (*doc.position(fix.start), *doc.position(fix.end))
    return Finding(
        path=doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        code=problem.code,
        category=rule.category,
        severity=config.severity_of(problem.code, problem.severity or rule.severity),
        message=problem.message,
        span=doc.text[problem.start:problem.end],
        fix=fix,
        start=problem.start,
        end=problem.end,
        edit=edit,
    )


def lint(doc: documents.Document, ctx: Context) -> Result:
    """Run every detector with a code selected for the document; suppressions applied."""
    result = Result()
    if doc.foreign:
        return result  # its target is not English (``Document.foreign``): nothing to check, nothing to fix
    raw: list[Finding] = []
    ctx.path = doc.path
    for detector in detectors():
        if not any(ctx.config.is_selected(code, doc.path) for code in codes_of(detector)):
            continue
        found: list[Finding] = []
        try:
            for problem in detector.check(doc, ctx):
                finding = to_finding(doc, problem, ctx)
                if finding is not None:
                    found.append(finding)
            if hasattr(detector, "collect"):
                result.collected[detector.__name__] = detector.collect(doc, ctx)
        except Exception as exc:  # a bug of ours must not look like the user's fault, nor hide the other rules'
            name = detector.__name__.split(".", 2)[-1]
            result.errors.append(f"internal error in the {name} rules ({type(exc).__name__}: {exc}); please report it")
            continue  # (without the findings it had: they may be wrong)
        raw.extend(found)
    # no rule about English misnames, nor fix rewrites, French the text leaves or quotes (``passages``)
    result.findings, result.used_directives = suppress(doc, in_french(doc, raw))
    result.findings.sort(key=Finding.sort_key)
    return result


def suppress(doc: documents.Document, findings: list[Finding]):
    """Drop findings covered by a suppression comment; return (kept, used directive indices).  A finding is
    suppressed by the first directive (in the document's order) that covers it.  The findings are swept in the
    order of their offsets; the directives begun before one are kept in a heap by where they end, and in the
    order of their index, so that thousands of them are not checked against every finding."""
    if not doc.directives:
        return list(findings), set()
    directives = doc.directives
    starts = sorted((d.first, i) for i, d in enumerate(directives) if d.kind != "enable")
    hits: dict = {}
    active: list = []  # the indices of the directives begun and not known to have ended, sorted
    ends: list = []  # (end, index) of the same, a heap
    at = 0
    for k in sorted(range(len(findings)), key=lambda k: findings[k].start):
        finding = findings[k]
        while at < len(starts) and starts[at][0] <= finding.start:
            i = starts[at][1]
            insort(active, i)
            heappush(ends, (max(directives[i].last, directives[i].first + 1), i))
            at += 1
        while ends and ends[0][0] <= finding.start:
            del active[bisect_left(active, heappop(ends)[1])]
        for i in active:
            if directives[i].covers(finding.code):
                hits[k] = i
                break
    kept = [f for k, f in enumerate(findings) if k not in hits]
    return kept, set(hits.values())


def _directive_syntax(raw: str) -> str:
    """A suppression comment's form, in the comment syntax ``raw`` was written in (``<!-- … -->``, ``% …``,
    ``{/* … */}``, ``# …``)."""
    k = raw.lower().find("tqcheck")
    opener = raw[:k] if k > 0 else "<!-- "
    closer = next((c for c in ("-->", "*/}", "*/") if raw.rstrip().endswith(c)), "" if k > 0 else "-->")
    return f"{opener}tqcheck: {'|'.join(documents.KINDS)} [CODES]{' ' + closer if closer else ''}"


def unused_suppressions(doc: documents.Document, used: set[int], ctx: Context) -> list[Finding]:
    """TQ100 for every suppression comment that suppresses nothing, names an unknown
    rule, or cannot be read."""
    known = all_rules()
    out = []
    problems = [(d, f"Malformed suppression comment: use `{_directive_syntax(d.text)}`") for d in doc.bad_directives]
    for index, d in enumerate(doc.directives):
        unknown = [c for c in d.codes if c != "ALL" and not any(k.startswith(c) for k in known)]
        if unknown:
            problems.append((d, f"Suppression comment names unknown rule code `{unknown[0]}`"))
        elif d.kind != "enable" and index not in used:
            what = ", ".join(d.codes) if d.codes else "every rule"
            problems.append((d, f"Unused suppression: `{d.kind}` of {what} suppresses nothing"))
    for d, message in problems:
        finding = to_finding(doc, Problem(d.offset, d.offset + len(d.text), UNUSED_SUPPRESSION, message), ctx)
        if finding is not None:
            out.append(finding)
    return out


def apply_fixes(text: str, findings: list[Finding], unsafe: bool = False) -> tuple[str, int]:
    """Apply non-overlapping fixes, first come first served; return (text, count)."""
    edits = sorted(
        {(*f.edit_range, f.fix.replacement) for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")}
    )
    out, last, count = [], 0, 0
    for start, end, replacement in edits:
        if start < last:
            continue  # overlaps an edit already taken: the next pass gets it
        out.append(text[last:start])
        out.append(replacement)
        last = end
        count += 1
    out.append(text[last:])
    return "".join(out), count


def fix_document(doc: documents.Document, ctx: Context, unsafe: bool = False, lines=None):
    """Fix until nothing more applies; return (final document, its result, fixes applied).
    With ``lines``, only findings on those lines are fixed (``--diff-base``)."""
    total = 0
    result = failed(doc, lint(doc, ctx))
    for _ in range(MAX_FIX_PASSES):
        fixable = result.findings if lines is None else [f for f in result.findings if f.line in lines]
        text, count = apply_fixes(doc.text, fixable, unsafe)
        if not count or text == doc.text:
            break
        total += count
        encoding, bom, exact = doc.encoding, doc.bom, doc.exact
        doc = documents.parse(text, path=doc.path, fmt=doc.format)
        doc.encoding, doc.bom, doc.exact = encoding, bom, exact
        result = failed(doc, lint(doc, ctx))
    return doc, result, total


def failed(doc: documents.Document, result: Result) -> Result:
    """``result``, or the error of its first failed detector where a caller cannot use a part: no file is fixed
    by the rules that did not fail, which might then fail on the fixed text."""
    if result.errors:
        raise documents.InputError(doc.path, result.errors[0])
    return result


def check_text(text: str, path: str = "<string>", fmt: str | None = None, config: Config | None = None,
               errors: list | None = None):
    """Lint a string; return its findings (suppressions and unused ones included).  A rule that fails raises
    ``InputError``, or, given ``errors``, is said there and the other rules' findings are returned (the language
    server's way: an editor shows what it can)."""
    ctx = Context(config)
    doc = documents.parse(text, path=path, fmt=fmt or documents.detect_format(path))
    result = lint(doc, ctx)
    if errors is None or not result.errors:
        failed(doc, result)
        findings = result.findings + unused_suppressions(doc, result.used_directives, ctx)
    else:
        errors += [str(documents.InputError(doc.path, error)) for error in result.errors]
        findings = result.findings  # (a rule that failed used none of its suppressions)
    return sorted(findings, key=Finding.sort_key)


__all__ = ["Context", "Result", "lint", "fix_document", "apply_fixes", "check_text", "Fix", "Problem"]
