"""The HTML page: one self-contained file (inline CSS, JavaScript and SVG; nothing from the network).

``render(page)`` fills ``static/page.html``.  Everything that comes from a document or a file
name goes through ``escape``; the script is allowed by its hash in a Content-Security-Policy, so
that even a piece of markup that slipped through could run nothing.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from string import Template

from . import charts
from .marks import highlight
from .quality import FORMULA

SEVERITIES = ("error", "warning", "info")


@dataclass(eq=False)
class Page:
    title: str
    quality: object  # RunQuality
    findings: dict  # path -> [Finding]
    texts: dict  # path -> lint.Text
    rules: dict  # code -> Rule
    generated: str
    version: str
    errors: list = field(default_factory=list)
    references: object = None  # lint.ReferenceScores
    gate: float | None = None
    paths: tuple = ()


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def render(page: Page) -> str:
    script = _static("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return Template(_static("page.html")).substitute(
        title=escape(page.title), css=_static("report.css"), js=script, script_hash=f"sha256-{digest}",
        header=_header(page), toolbar=_toolbar(page), overview=_overview(page),
        documents="".join(_document(page, i, d) for i, d in enumerate(page.quality.documents)),
        rules=_rules(page), errors=_errors(page),
    )


def _fmt(value: float) -> str:
    return f"{value:.1f}" if value < 100 else "100"


def _verdict(score: float, mark: float) -> str:
    return "pass" if score >= mark else "fail"


def _header(page: Page) -> str:
    q = page.quality
    checked = ", ".join(page.paths)
    return (f'<h1>{escape(page.title)}</h1><p class="sub">{escape(checked)} · {len(q.documents)} document'
            f'{"s" * (len(q.documents) != 1)} · generated {escape(page.generated)} by tqcheck {escape(page.version)}</p>')


def _card(big: str, label: str, sub: str = "", cls: str = "") -> str:
    return (f'<div class="card {cls}"><div class="big">{big}</div><div class="label">{label}</div>'
            + (f'<div class="card-sub">{sub}</div>' if sub else "") + "</div>")


def _overview(page: Page) -> str:
    q = page.quality
    all_findings = [f for fs in page.findings.values() for f in fs]
    by_sev = {s: sum(1 for f in all_findings if f.severity == s) for s in SEVERITIES}
    passed = sum(1 for d in q.documents if d.passed)
    verdict = _verdict(q.score, q.pass_mark)
    gate = "" if page.gate is None else f" · gate {page.gate:g}"
    cards = [
        _card(_fmt(q.score), "quality score", f"{'passes' if verdict == 'pass' else 'below'} the pass mark "
              f"{q.pass_mark:g}{gate}", f"score-card {verdict}"),
        _card(str(len(q.documents)), "documents", f"{passed} pass · {len(q.documents) - passed} below"),
        _card(f"{q.words:,}", "words"),
        _card(str(len(all_findings)), "findings", " · ".join(f"{n} {s}" for s, n in by_sev.items() if n)),
        _card(f"{q.per_1000_words:.1f}", "penalty points per 1000 words"),
    ]
    if page.references:
        cards += [_card(f"{m.score:.1f}", escape(m.name), "against the reference")
                  for m in page.references.corpus.values()]
    categories, rules = {}, {}
    for f in all_findings:
        categories[f.category] = categories.get(f.category, 0) + 1
        rules[f.code] = rules.get(f.code, 0) + 1
    cat_rows = [(c, n, charts.CATEGORY_COLOURS.get(c, "#888")) for c, n in
                sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))]
    rule_rows = [(f"{code} {page.rules[code].name}" if code in page.rules else code, n,
                  charts.CATEGORY_COLOURS.get(_category(page, code), "#888"))
                 for code, n in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))[:12]]
    figures = [
        ("Findings by category", charts.bars(cat_rows, "Findings by category", label_width=130)),
        ("Findings by rule" + (" (the 12 most frequent)" if len(rules) > 12 else ""),
         charts.bars(rule_rows, "Findings by rule", label_width=215)),
        ("Documents by quality score", charts.histogram([d.score for d in q.documents], q.pass_mark,
                                                         "Documents by quality score")),
    ]
    figs = "".join(f'<figure class="panel"><figcaption>{escape(t)}</figcaption>{svg}</figure>' for t, svg in figures)
    formula = (f'<details class="formula panel"><summary>How the score is computed</summary><p>{escape(FORMULA)}.'
               f'</p><p>{escape(q.settings.describe())}. The run pools every document\'s penalty and words. '
               'Severities stand for MQM\'s: info = minor, warning = major, error = critical. '
               'Set them in <code>[tool.tqcheck.quality]</code>.</p></details>')
    return (f'<section id="overview"><div class="cards">{"".join(cards)}</div><div class="charts">{figs}</div>'
            f'{formula}<h2>Documents, worst first</h2>{_ranking(page)}</section>')


def _category(page: Page, code: str) -> str:
    rule = page.rules.get(code)
    return rule.category if rule else ""


def _ranking(page: Page) -> str:
    refs = page.references
    keys = list(refs.corpus) if refs else []
    head = "".join(f'<th class="num">{escape(refs.corpus[k].name)}</th>' for k in keys)
    rows = []
    low = charts.histogram_bins([d.score for d in page.quality.documents], page.quality.pass_mark)[0]
    for i, d in enumerate(page.quality.documents):
        verdict = _verdict(d.score, d.pass_mark)
        scores = refs.documents.get(d.path, {}) if refs else {}
        extra = "".join(f'<td class="num">{scores[k]:.1f}</td>' if k in scores else '<td class="num">—</td>'
                        for k in keys)
        rows.append(
            f'<tr class="{verdict}"><td class="num">{i + 1}</td><td><a href="#doc-{i}">{escape(d.path)}</a></td>'
            f'<td class="num"><div class="score-cell"><span class="meter" title="{low:g}–100">'
            f'<span style="width:{max(0.0, d.score - low) / (100 - low) * 100:.1f}%"></span></span>'
            f'<b>{_fmt(d.score)}</b></div></td><td><span class="pill {verdict}">{verdict}</span></td>'
            f'<td class="num">{d.words:,}</td><td class="num">{d.findings}</td>'
            f'<td class="num">{d.per_1000_words:.1f}</td>{extra}</tr>')
    return ('<div class="table-wrap"><table class="ranking"><thead><tr><th class="num">#</th><th>document</th>'
            '<th class="num">score</th><th></th><th class="num">words</th><th class="num">findings</th>'
            f'<th class="num">per 1000 words</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _toolbar(page: Page) -> str:
    cats, sevs = {}, {}
    for fs in page.findings.values():
        for f in fs:
            cats[f.category] = cats.get(f.category, 0) + 1
            sevs[f.severity] = sevs.get(f.severity, 0) + 1
    chips = [f'<label class="chip"><input type="checkbox" data-filter="cat" value="{escape(c)}" checked>'
             f'<span class="dot c-{escape(c)}"></span>{escape(c)} <span class="n">{n}</span></label>'
             for c, n in sorted(cats.items())]
    chips.append('<span class="sep"></span>')
    chips += [f'<label class="chip s-{s}"><input type="checkbox" data-filter="sev" value="{s}" checked> {s} '
              f'<span class="n">{sevs[s]}</span></label>' for s in SEVERITIES if s in sevs]
    return f'<nav class="toolbar" aria-label="Filters"><span class="tb-label">Show</span>{"".join(chips)}</nav>'


def _document(page: Page, index: int, d) -> str:
    findings = page.findings.get(d.path, [])
    text = page.texts.get(d.path)
    prefix = f"d{index}f"
    verdict = _verdict(d.score, d.pass_mark)
    scores = page.references.documents.get(d.path, {}) if page.references else {}
    meta = [f"{d.words:,} words", f"{d.findings} finding{'s' * (d.findings != 1)}",
            f"{d.per_1000_words:.1f} penalty points per 1000 words"]
    meta += [f"{escape(page.references.corpus[k].name)} {v:.1f}" for k, v in scores.items()]
    head = (f'<header class="doc-head"><span class="rank">#{index + 1}</span><h3>{escape(d.path)}</h3>'
            f'<span class="pill big {verdict}">{_fmt(d.score)}</span><p class="meta">{" · ".join(meta)}</p></header>')
    if text is None:
        body = '<p class="note">The text could not be read again for the report.</p>'
    else:
        marked = highlight(text.text, findings, text.prose, page.rules, prefix)
        body = f'<div class="text" lang="en">{marked}</div>'
        if not findings:
            body = f'<details class="clean"><summary>No findings: show the text</summary>{body}</details>'
    items = "".join(_finding(page, f, f"{prefix}{i}", text) for i, f in enumerate(findings))
    side = f'<ol class="findings">{items}</ol>' if findings else ""
    cls = "doc-body" + (" with-side" if findings else "")
    return f'<section class="doc {verdict}" id="doc-{index}">{head}<div class="{cls}">{body}{side}</div></section>'


def _finding(page: Page, f, element_id: str, text) -> str:
    rule = page.rules.get(f.code)
    name = f'<span class="rule-name">{escape(rule.name)}</span>' if rule else ""
    summary = escape(rule.summary) if rule else ""
    fix = ""
    if f.fix is not None:
        start, end = f.edit_range
        old = text.text[start:end] if text is not None else f.span
        new = (f"<ins>{escape(f.fix.replacement)}</ins>" if f.fix.replacement else "<i>delete</i>")
        fix = (f'<div class="fix"><span class="fix-label">fix · {escape(f.fix.applicability)}</span> '
               f"<del>{escape(old)}</del> → {new}</div>")
    return (f'<li class="finding s-{escape(f.severity)}" id="{element_id}" data-cat="{escape(f.category)}" '
            f'data-sev="{escape(f.severity)}" data-code="{escape(f.code)}"><div class="f-head">'
            f'<a class="loc" href="#" data-target="{element_id}">{f.line}:{f.column}</a> '
            f'<a class="code c-{escape(f.category)}" href="#rule-{escape(f.code)}" title="{summary}">'
            f'{escape(f.code)}</a> {name} <span class="sev">{escape(f.severity)}</span></div>'
            f'<div class="msg">{_prose(f.message)}</div>{fix}</li>')


_TICKS = re.compile(r"`([^`]+)`")
_STARS = re.compile(r"\*([^*\s<][^*<]*?)\*")


def _prose(text: str) -> str:
    """Messages and rule documentation: escaped, then `code` and *emphasis* shown as such."""
    return _STARS.sub(r"<em>\1</em>", _TICKS.sub(r"<code>\1</code>", escape(text)))


def _rules(page: Page) -> str:
    used = sorted({f.code for fs in page.findings.values() for f in fs})
    items = []
    for code in used:
        rule = page.rules.get(code)
        if rule is None:
            continue
        note = rule.fix.partition(":")[2].strip()
        items.append(
            f'<details class="rule" id="rule-{escape(code)}"><summary><code class="code c-{escape(rule.category)}">'
            f"{escape(code)}</code> <b>{escape(rule.name)}</b> — {_prose(rule.summary)} "
            f'<span class="cat">{escape(rule.category)} · {escape(rule.severity)}</span></summary>'
            f'<div class="rule-body"><h4>What it does</h4><p>{_prose(rule.what)}</p>'
            f"<h4>Why it matters</h4><p>{_prose(rule.why)}</p><h4>Example</h4><pre>{escape(rule.before)}</pre>"
            f"<p>Use instead:</p><pre>{escape(rule.after)}</pre><h4>Fix</h4>"
            f"<p>{escape(rule.fix_safety)}{': ' + _prose(note) if note else ''}</p></div></details>")
    if not items:
        return ""
    return f'<section id="rules"><h2>The rules found in this report</h2>{"".join(items)}</section>'


def _errors(page: Page) -> str:
    if not page.errors:
        return ""
    lines = "".join(f"<li>{escape(e)}</li>" for e in page.errors)
    return f'<section id="errors" class="panel"><h2>Files that could not be checked</h2><ul>{lines}</ul></section>'
