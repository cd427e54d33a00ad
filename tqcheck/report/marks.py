"""A document's text as HTML, every finding highlighted in place.

The text is the file as read (``Document.text``); findings carry offsets into it.  Spans may
overlap (a guillemet and the space before it), so the text is cut at every finding boundary and
each piece lists the findings that cover it.  A finding of no width is drawn as a caret.  What
is not prose (Markdown or HTML markup, code) is shown muted.  Every character is escaped.
"""

from __future__ import annotations

from html import escape


def prose_ranges(doc) -> list[tuple[int, int]]:
    """Sorted, merged document offsets of the prose the detectors saw."""
    spans = []
    for seg in doc.segments:
        if seg.mapping is None:
            spans.append((seg.start, seg.start + len(seg.text)))
            continue
        run_start = prev = None
        for offset in seg.mapping:
            if prev is not None and offset == prev + 1:
                prev = offset
                continue
            if run_start is not None:
                spans.append((run_start, prev + 1))
            run_start = prev = offset
        if run_start is not None:
            spans.append((run_start, prev + 1))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _tip(finding, rules) -> str:
    rule = rules.get(finding.code)
    name = f" {rule.name}" if rule else ""
    tip = f"{finding.code}{name} [{finding.severity}]: {finding.message}"
    if finding.fix is not None:
        what = f"`{finding.fix.replacement}`" if finding.fix.replacement else "delete"
        tip += f"\nfix ({finding.fix.applicability}): {what}"
    return tip


def _attrs(ids, findings, rules, prefix) -> str:
    worst = max((findings[i] for i in ids), key=lambda f: ("info", "warning", "error").index(f.severity))
    cats = " ".join(sorted({findings[i].category for i in ids}))
    tip = "\n".join(_tip(findings[i], rules) for i in ids)
    return (f'class="f c-{escape(worst.category)} s-{escape(worst.severity)}" tabindex="0" '
            f'data-ids="{" ".join(f"{prefix}{i}" for i in ids)}" data-cats="{escape(cats)}" data-tip="{escape(tip)}"')


def highlight(text: str, findings: list, prose: list[tuple[int, int]], rules: dict, prefix: str) -> str:
    """HTML for ``text``: each finding ``i`` of ``findings`` is referred to as ``{prefix}{i}``."""
    n = len(text)
    spans = [(max(0, min(f.start, n)), max(0, min(f.end, n))) for f in findings]
    cuts = {0, n}
    for a, b in spans:
        cuts.update((a, b))
    for a, b in prose:
        cuts.update((min(a, n), min(b, n)))
    cuts = sorted(cuts)
    carets: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(spans):
        if a == b:
            carets.setdefault(a, []).append(i)
    starts: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(spans):
        if a < b:
            starts.setdefault(a, []).append(i)
    in_prose = _membership(cuts, prose)
    out, active = [], set()
    for k, a in enumerate(cuts[:-1]):
        b = cuts[k + 1]
        active = {i for i in active if spans[i][1] > a} | set(starts.get(a, ()))
        if a in carets:
            out.append(f'<mark {_attrs(carets[a], findings, rules, prefix)} data-caret="1">'
                       f'<span class="caret" aria-hidden="true"></span></mark>')
            del carets[a]
        piece = escape(text[a:b], quote=False)
        if not in_prose[k]:
            piece = f'<span class="np">{piece}</span>'
        if active:
            ids = sorted(active)
            out.append(f"<mark {_attrs(ids, findings, rules, prefix)}>{piece}</mark>")
        else:
            out.append(piece)
    for _, ids in sorted(carets.items()):  # at the very end of the text
        out.append(f'<mark {_attrs(ids, findings, rules, prefix)} data-caret="1"><span class="caret"></span></mark>')
    return "".join(out)


def _membership(cuts: list[int], prose: list[tuple[int, int]]) -> list[bool]:
    """For each piece ``cuts[k]:cuts[k+1]``, is it prose?"""
    flags, j = [], 0
    for k in range(len(cuts) - 1):
        a = cuts[k]
        while j < len(prose) and prose[j][1] <= a:
            j += 1
        flags.append(j < len(prose) and prose[j][0] <= a < prose[j][1])
    return flags
