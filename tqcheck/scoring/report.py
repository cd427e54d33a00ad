"""Formatters: a ``Report`` as text, JSON or Markdown.  No computation here."""

from __future__ import annotations

import json

from .. import __version__
from .runner import Report, SystemReport

SIGNIFICANCE_LEVEL = 0.05
TEST_TITLES = {"paired-bootstrap": "paired bootstrap resampling", "approx-randomization": "paired approximate randomization"}


def _fmt(value: float | None, width: int, digits: int = 0) -> str:
    return "-" if value is None else f"{value:.{width + digits}f}"


def _digits(system: SystemReport, key: str) -> int:
    return system.corpus[key].digits


def _segment_text(report: Report, system_index: int, i: int) -> dict:
    corpus = report.corpus
    return {
        "src": corpus.sources[i] if corpus.sources else None,
        "hyp": corpus.systems[system_index].segments[i],
        "refs": [ref[i] for ref in corpus.references],
    }


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    return ["  ".join(cell.rjust(w) if c in right else cell.ljust(w)
                      for c, (cell, w) in enumerate(zip(row, widths))).rstrip() for row in rows]


# ---------------------------------------------------------------------------- text


def to_text(report: Report, width: int = 1) -> str:
    out: list[str] = []
    corpus = report.corpus
    for index, system in enumerate(report.systems):
        if index:
            out.append("")
        ndocs = len(corpus.documents)
        where = f" in {ndocs} document{'s' * (ndocs != 1)}" if corpus.mode == "articles" else ""
        nrefs = len(corpus.references)
        out.append(f"{system.name}: {corpus.size} segment{'s' * (corpus.size != 1)}{where}, "
                   f"{nrefs} reference{'s' * (nrefs != 1)}")
        if corpus.mode == "articles":
            out.append("")
            out += _text_documents(system, width)
            out.append("")
        out += [score.line(width) for score in system.corpus.values()]
        if system.worst:
            out.append("")
            out += _text_worst(report, index, width)
    if report.comparison is not None:
        out.append("")
        out += _text_comparison(report, width)
    return "\n".join(out) + "\n"


def _text_documents(system: SystemReport, width: int) -> list[str]:
    keys = list(system.corpus)
    rows = [["document", "segments", *(system.corpus[k].name for k in keys)]]
    for doc in system.documents:
        count = str(doc.end - doc.start) if doc.aligned else "1 (whole)"
        rows.append([doc.name, count, *(_fmt(doc.scores.get(k), width, _digits(system, k)) for k in keys)])
    total = sum(d.end - d.start for d in system.documents)
    rows.append(["corpus", str(total), *(system.corpus[k].value(width).split(" ")[0] for k in keys)])
    return _table(rows, set(range(1, len(rows[0]))))


def _text_worst(report: Report, index: int, width: int) -> list[str]:
    system = report.systems[index]
    by = system.corpus[report.worst_by].name
    order = "highest" if report.worst_by == "ter" else "lowest"
    count = len(system.worst)
    out = [(f"The {count} {order}-scoring segments" if count != 1 else f"The {order}-scoring segment") + f" by sentence {by}"
           + (" (sentence BLEU: effective order)" if "bleu" in system.segments else "") + ":"]
    flags = system.extra.get("cosine_flags")
    for i in system.worst:
        scores = "  ".join(f"{system.corpus[k].name} {_fmt(v[i], width, _digits(system, k))}"
                           for k, v in system.segments.items())
        flag = f"  [{flags[i]}]" if flags and flags[i] else ""
        out.append(f"{report.corpus.locate(i)}  {scores}{flag}")
        texts = _segment_text(report, index, i)
        if texts["src"] is not None:
            out.append(f"  src: {texts['src']}")
        out.append(f"  hyp: {texts['hyp']}")
        for n, ref in enumerate(texts["refs"], 1):
            out.append(f"  ref{n if len(texts['refs']) > 1 else ''}: {ref}")
    return out


def _comparison_cell(result: dict, width: int) -> tuple[str, str]:
    value = _fmt(result["score"], width)
    if result["mean"] is not None:
        value += f" (μ = {_fmt(result['mean'], width)} ± {_fmt(result['ci'], width)})"
    p = result["p_value"]
    p_text = "-" if p is None else f"{p:.4f}" + ("*" if p < SIGNIFICANCE_LEVEL else "")
    return value, p_text


def _text_comparison(report: Report, width: int) -> list[str]:
    comp = report.comparison
    names = list(comp.signatures)
    title = TEST_TITLES[comp.test]
    out = [f"Significance: {title} ({comp.n_samples} samples), baseline {comp.systems[0].name}", ""]
    rows = [["system", *(c for n in names for c in (n, "p-value"))]]
    for system in comp.systems:
        rows.append([("baseline: " if system.baseline else "") + system.name,
                     *(c for n in names for c in _comparison_cell(system.results[n], width))])
    out += _table(rows, set(range(1, len(rows[0]))))
    out.append(f"* p < {SIGNIFICANCE_LEVEL}: the difference with the baseline is significant")
    out += [f"{name}|{sig}" for name, sig in comp.signatures.items()]
    return out


# ---------------------------------------------------------------------------- JSON


def to_dict(report: Report, width: int = 1, segments: bool = True) -> dict:
    corpus = report.corpus
    data = {
        "tqcheck": __version__,
        "mode": corpus.mode,
        "references": corpus.reference_names,
        "metrics": report.metrics,
        "systems": [],
        "comparison": None,
        "gates": [
            {"system": g.system, "metric": g.gate.key, "kind": g.gate.kind, "threshold": g.gate.threshold,
             "score": g.score, "passed": not g.failed} for g in report.gates],
        "passed": not report.failed_gates,
    }
    for index, system in enumerate(report.systems):
        entry = {
            "name": system.name,
            "segments_count": corpus.size,
            "corpus": {k: {
                "name": s.name, "score": s.score, "formatted": s.value(width), "signature": s.signature,
                "line": s.line(width), "verbose": s.verbose, "mean": s.mean, "ci": s.ci, "details": s.details,
            } for k, s in system.corpus.items()},
            "documents": [
                {"name": d.name, "first_segment": d.start, "segments": d.end - d.start, "aligned": d.aligned,
                 "scores": d.scores} for d in system.documents],
        }
        if segments:
            entry["segments"] = [_json_segment(report, system, index, i, with_text=False)
                                 for i in range(corpus.size)]
        entry["worst"] = {"by": report.worst_by, "segments": [
            _json_segment(report, system, index, i, with_text=True) for i in system.worst]} if system.worst else None
        data["systems"].append(entry)
    if report.comparison is not None:
        comp = report.comparison
        data["comparison"] = {
            "test": comp.test, "samples": comp.n_samples, "baseline": comp.systems[0].name,
            "signatures": comp.signatures,
            "systems": [{"name": s.name, "baseline": s.baseline, "results": s.results} for s in comp.systems],
        }
    return data


def _json_segment(report: Report, system: SystemReport, index: int, i: int, with_text: bool) -> dict:
    item = {"index": i, "location": report.corpus.locate(i),
            "scores": {k: v[i] for k, v in system.segments.items()}}
    if "bertscore" in system.segments:
        item["bertscore"] = {"precision": system.extra["bertscore_precision"][i],
                             "recall": system.extra["bertscore_recall"][i]}
    flags = system.extra.get("cosine_flags")
    if flags:
        item["flag"] = flags[i]
    if with_text:
        item.update(_segment_text(report, index, i))
    return item


def to_json(report: Report, width: int = 1) -> str:
    return json.dumps(to_dict(report, width), ensure_ascii=False, indent=1) + "\n"


# ------------------------------------------------------------------------ Markdown


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(rows: list[list[str]], left: frozenset = frozenset({0})) -> list[str]:
    """A pipe table: columns in ``left`` left-aligned (text), the others right-aligned (numbers)."""
    head, *body = rows
    align = ["---" if c in left else "--:" for c in range(len(head))]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in body]


def to_markdown(report: Report, width: int = 1) -> str:
    corpus = report.corpus
    out = ["### tqcheck score", ""]
    first = report.systems[0]
    keys = list(first.corpus)
    names = [first.corpus[k].name for k in keys]
    if corpus.mode == "lines" or len(report.systems) > 1:
        rows = [["system", "segments", *names]]
        rows += [[f"`{_md_escape(s.name)}`", str(corpus.size), *(s.corpus[k].value(width) for k in keys)]
                 for s in report.systems]
        out += _md_table(rows) + [""]
    if corpus.mode == "articles":
        for system in report.systems:
            out.append(f"#### `{_md_escape(system.name)}`")
            out.append("")
            rows = [["document", "segments", *names]]
            for doc in system.documents:
                count = str(doc.end - doc.start) if doc.aligned else "1 (whole)"
                rows.append([_md_escape(doc.name), count,
                             *(_fmt(doc.scores.get(k), width, _digits(system, k)) for k in keys)])
            total = sum(d.end - d.start for d in system.documents)
            rows.append(["**corpus**", str(total), *(f"**{system.corpus[k].value(width)}**" for k in keys)])
            out += _md_table(rows) + [""]
    if report.comparison is not None:
        comp = report.comparison
        metric_names = list(comp.signatures)
        out += [f"{TEST_TITLES[comp.test].capitalize()} ({comp.n_samples} samples); "
                f"\\* p < {SIGNIFICANCE_LEVEL}.", ""]
        rows = [["system", *(c for n in metric_names for c in (n, "p"))]]
        for system in comp.systems:
            label = f"`{_md_escape(system.name)}`" + (" (baseline)" if system.baseline else "")
            cells = [c.replace("*", "\\*") for n in metric_names for c in _comparison_cell(system.results[n], width)]
            rows.append([label, *cells])
        out += _md_table(rows) + [""]
    for system in report.systems:
        if system.worst:
            by = system.corpus[report.worst_by].name
            out += [f"Worst segments of `{_md_escape(system.name)}` by sentence {by}:", ""]
            rows = [["where", by, "hypothesis", "reference"]]
            for i in system.worst:
                texts = _segment_text(report, report.systems.index(system), i)
                rows.append([_md_escape(corpus.locate(i)), _fmt(system.segments[report.worst_by][i], width,
                                                               _digits(system, report.worst_by)),
                             _md_escape(texts["hyp"]), _md_escape(texts["refs"][0] if texts["refs"] else "")])
            out += _md_table(rows, frozenset({0, 2, 3})) + [""]
    for gate in report.gates:
        out.append(f"- {'❌' if gate.failed else '✅'} {_md_escape(gate.message())}")
    if report.gates:
        out.append("")
    out += ["<details><summary>Signatures</summary>", "", "```"]
    seen = []
    for system in report.systems:
        for score in system.corpus.values():
            sig = f"{score.name}|{score.signature}"
            if sig not in seen:
                seen.append(sig)
    if report.comparison is not None:
        seen += [f"{name}|{sig}" for name, sig in report.comparison.signatures.items()]
    out += seen + ["```", "", "</details>"]
    return "\n".join(out) + "\n"


FORMATTERS = {"text": to_text, "json": to_json, "markdown": to_markdown}
