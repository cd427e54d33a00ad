"""Problems (what a detector yields) and findings (what a user sees)."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
APPLICABILITIES = ("safe", "unsafe")


@dataclass(frozen=True, slots=True)
class Fix:
    """A replacement of the flagged span, with its applicability (ruff's term)."""

    replacement: str
    applicability: str = "safe"
    # the document offsets the replacement covers, when they differ from the flagged span
    # (``support Ukraine. »`` is flagged at ``»`` but the fix also removes the space)
    start: int | None = None
    end: int | None = None

    def __post_init__(self):
        if self.applicability not in APPLICABILITIES:
            raise ValueError(f"bad applicability {self.applicability!r}")


@dataclass(eq=False)
class Problem:
    """What a detector yields: a span of the document text (0-based, end exclusive).

    Offsets index ``Document.text`` (the decoded file without its BOM), never a
    segment: detectors convert with ``Segment.span(i, j)``.
    """

    start: int
    end: int
    code: str
    message: str
    fix: Fix | None = None
    severity: str | None = None  # None: the rule's default


@dataclass(eq=False, slots=True)  # slots: a run may keep hundreds of thousands
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    category: str
    severity: str
    message: str
    span: str
    fix: Fix | None = None
    # offsets into the document text; used to apply fixes, not reported
    start: int = field(default=0, repr=False)
    end: int = field(default=0, repr=False)
    # (line, column, end_line, end_column) of the text the fix replaces
    edit: tuple[int, int, int, int] | None = field(default=None, repr=False)

    def fix_dict(self) -> dict:
        line, column, end_line, end_column = self.edit or (self.line, self.column, self.end_line, self.end_column)
        return {
            "replacement": self.fix.replacement,
            "applicability": self.fix.applicability,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
        }

    @property
    def edit_range(self) -> tuple[int, int]:
        """Document offsets the fix replaces."""
        if self.fix is not None and self.fix.start is not None:
            return self.fix.start, self.fix.end
        return self.start, self.end

    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column)

    def to_dict(self):
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "span": self.span,
            "fix": None if self.fix is None else self.fix_dict(),
        }
