"""Compute everything ``tqcheck score`` reports, into a ``Report`` that formatters print."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from .errors import ScoreError
from .gates import Gate, GateResult
from .inputs import Corpus, load_corpus
from .metrics import (DEFAULT_METRICS, DOWNLOADING_TOKENIZERS, LOWER_IS_BETTER, NEURAL_METRICS,
                      SACREBLEU_METRICS, MetricScore, Options, Scorer, tqcheck_signature)

WORST_BY_DEFAULT = ("chrf", "chrf++", "bleu")


@dataclass
class Request:
    hypotheses: list[str]
    references: list[str]
    source: str | None = None
    metrics: list[str] = field(default_factory=lambda: list(DEFAULT_METRICS))
    options: Options = field(default_factory=Options)
    worst: int = 0
    worst_by: str | None = None
    compare: str | None = None
    n_samples: int = 0
    confidence: int = 0  # bootstrap resamples for a confidence interval; 0: none
    gates: list[Gate] = field(default_factory=list)
    model: str | None = None
    layer: int | None = None
    batch_size: int = 64
    cosine_against: str | None = None  # "ref" or "src"; default: ref when given
    cosine_threshold: float = 0.5
    spm_model: str | None = None
    jobs: int | None = None


@dataclass
class DocumentScores:
    name: str
    start: int
    end: int
    aligned: bool
    scores: dict[str, float]


@dataclass
class SystemReport:
    name: str
    corpus: dict[str, MetricScore]  # metric key -> corpus score
    documents: list[DocumentScores]
    segments: dict[str, list[float]]  # metric key -> one score per segment
    extra: dict[str, list] = field(default_factory=dict)  # e.g. bertscore P and R, cosine flags
    worst: list[int] = field(default_factory=list)  # segment indices, worst first


@dataclass
class Report:
    corpus: Corpus
    metrics: list[str]
    systems: list[SystemReport]
    worst_by: str | None = None
    comparison: object | None = None
    gates: list[GateResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failed_gates(self) -> list[GateResult]:
        return [g for g in self.gates if g.failed]


def _plan_metrics(request: Request) -> tuple[list[str], str | None]:
    """The metrics to compute (gates and --worst-by add theirs) and the --worst ranking metric."""
    metrics = list(dict.fromkeys(request.metrics))
    for gate in request.gates:
        if gate.key not in metrics:
            metrics.append(gate.key)
    worst_by = request.worst_by
    if request.worst and worst_by is None:
        worst_by = next((m for m in WORST_BY_DEFAULT if m in metrics), metrics[0])
    if worst_by and worst_by not in metrics:
        metrics.append(worst_by)
    return metrics, worst_by


def _check_request(request: Request, metrics: list[str], corpus: Corpus) -> None:
    needs_refs = [m for m in metrics if m in SACREBLEU_METRICS or m == "bertscore"]
    if not request.references:
        if needs_refs:
            raise ScoreError(f"error: {needs_refs[0]} needs a reference: give -r/--reference")
        if "cosine" in metrics and corpus.sources is None:
            raise ScoreError("error: give -r/--reference, or --src for reference-free cosine")
    if request.compare and len(corpus.systems) < 2:
        raise ScoreError("error: --compare needs two or more systems (the first is the baseline)")
    if request.compare and any(m in NEURAL_METRICS for m in metrics):
        raise ScoreError("error: --compare works with bleu, chrf, chrf++ and ter only")
    if request.spm_model and "bleu" not in metrics:
        raise ScoreError("error: --spm-model is for BLEU (spBLEU): add bleu to --metrics")


def _warn_tokenized(corpus: Corpus, options: Options, metrics: list[str], notes: list[str]) -> None:
    if "bleu" not in metrics or options.force:
        return
    for system in corpus.systems:
        if sum(1 for s in system.segments if s.endswith(" .")) >= 100:
            notes.append(f"{system.name}: 100 or more lines end in a tokenized period (' .'): "
                         "BLEU expects detokenized text (--force to silence)")


def run(request: Request, progress_factory: Callable | None = None) -> Report:
    """Read the inputs, compute the scores, check the gates."""
    from . import parallel

    corpus = load_corpus(request.hypotheses, request.references, request.source)
    metrics, worst_by = _plan_metrics(request)
    _check_request(request, metrics, corpus)
    options = request.options
    spm = None
    if request.spm_model:
        from .neural import SentencePieceEncoder

        spm = SentencePieceEncoder(request.spm_model)
        options = replace(options, spm_signature=spm.signature)
    elif options.tokenize in DOWNLOADING_TOKENIZERS:
        raise ScoreError(f"error: --tokenize {options.tokenize} needs --spm-model PATH (a local "
                         "SentencePiece model): tqcheck never downloads models")
    notes: list[str] = []
    _warn_tokenized(corpus, options, metrics, notes)

    try:
        scorers = [Scorer(key, options) for key in metrics if key in SACREBLEU_METRICS]
    except (ImportError, RuntimeError) as exc:  # e.g. ja-mecab without its optional packages
        detail = " ".join(line.strip() for line in str(exc).strip().splitlines() if line.strip())
        raise ScoreError(f"error: --tokenize {options.tokenize}: {detail}") from None
    refs = corpus.references
    jobs, owners = [], []
    for i, system in enumerate(corpus.systems):
        for scorer in scorers:
            hyps, job_refs = system.segments, refs
            if scorer.key == "bleu" and spm is not None:
                hyps = spm(hyps, options.lowercase)
                job_refs = [spm(r, options.lowercase) for r in refs]
            jobs.append(parallel.Job(scorer.key, scorer.metric, hyps, job_refs))
            owners.append((i, scorer.key))
    stats: dict[tuple[int, str], list] = {}
    if jobs:
        total = sum(len(j.hypotheses) for j in jobs)
        with (progress_factory(total, "scoring") if progress_factory else _NoProgress()) as bar:
            for owner, job_stats in zip(owners, parallel.segment_statistics(jobs, request.jobs, bar.update)):
                stats[owner] = job_stats

    systems = []
    for i, system in enumerate(corpus.systems):
        corpus_scores: dict[str, MetricScore] = {}
        segments: dict[str, list[float]] = {}
        doc_scores = [DocumentScores(d.name, d.start, d.end, d.aligned, {}) for d in corpus.documents]
        for scorer in scorers:
            s = stats[(i, scorer.key)]
            corpus_scores[scorer.key] = scorer.corpus(s, len(refs), request.confidence)
            segments[scorer.key] = scorer.segment_scores(s)
            for doc in doc_scores:
                doc.scores[scorer.key] = scorer.score(s[doc.start: doc.end]).score
        report = SystemReport(system.name, corpus_scores, doc_scores, segments)
        if any(m in NEURAL_METRICS for m in metrics):
            _neural(request, corpus, system.segments, metrics, report)
        systems.append(report)

    for report in systems:
        report.corpus = {k: report.corpus[k] for k in metrics if k in report.corpus}  # requested order
        if request.worst:
            report.worst = _worst(report.segments[worst_by], worst_by, request.worst)

    comparison = None
    if request.compare:
        from .significance import compare

        comparison = compare([s.name for s in corpus.systems], [s.segments for s in corpus.systems],
                             refs, scorers, stats, request.compare, request.n_samples)
    gates = [GateResult(g, r.name, r.corpus[g.key].name, r.corpus[g.key].score)
             for r in systems for g in request.gates]
    return Report(corpus, metrics, systems, worst_by, comparison, gates, notes)


def _worst(scores: list[float], key: str, n: int) -> list[int]:
    sign = -1 if key in LOWER_IS_BETTER else 1
    return sorted(range(len(scores)), key=lambda i: (sign * scores[i], i))[:n]


def _neural(request: Request, corpus: Corpus, hyps: list[str], metrics: list[str], report: SystemReport) -> None:
    """BERTScore and cosine: corpus and document scores are means of the segment scores."""
    from statistics import fmean

    for key, compute in (("bertscore", _bertscore), ("cosine", _cosine)):
        if key in metrics:
            values = compute(request, corpus, hyps, report)
            report.segments[key] = values
            for doc in report.documents:
                doc.scores[key] = fmean(values[doc.start: doc.end])


def _bertscore(request: Request, corpus: Corpus, hyps: list[str], report: SystemReport) -> list[float]:
    from statistics import fmean

    from . import neural

    model = neural.check_model_dir(request.model, "bertscore")
    P, R, F, layer = neural.bertscore(hyps, corpus.references, model, request.layer, request.batch_size)
    signature = f"nrefs:{len(corpus.references)}|model:{neural.model_signature(model)}|layer:{layer}|idf:no|rescaled:no"
    report.corpus["bertscore"] = MetricScore(
        "bertscore", "BERTScore-F1", fmean(F), signature=tqcheck_signature(signature), digits=2,
        verbose=f"(P = {fmean(P):.3f} R = {fmean(R):.3f})",
        details={"precision": fmean(P), "recall": fmean(R), "f1": fmean(F), "layer": layer})
    report.extra["bertscore_precision"], report.extra["bertscore_recall"] = P, R
    return F


def _cosine(request: Request, corpus: Corpus, hyps: list[str], report: SystemReport) -> list[float]:
    """Against the references, or the source (reference-free); low segments are flagged."""
    from statistics import fmean

    from . import neural

    model = neural.check_model_dir(request.model, "cosine")
    against = request.cosine_against or ("ref" if corpus.references else "src")
    if against == "src" and corpus.sources is None:
        raise ScoreError("error: --cosine-against src needs --src")
    if against == "ref" and not corpus.references:
        raise ScoreError("error: --cosine-against ref needs -r/--reference")
    if against == "src" and any(s is None for s in corpus.sources):
        raise ScoreError("error: the source's segments do not line up with the hypothesis")
    others = corpus.references if against == "ref" else [corpus.sources]
    values = neural.cosine(hyps, others, model, request.batch_size)
    threshold = request.cosine_threshold
    flagged = {i for i, v in enumerate(values) if v < threshold}
    report.corpus["cosine"] = MetricScore(
        "cosine", "cosine", fmean(values), digits=2,
        signature=tqcheck_signature(f"against:{against}|model:{neural.model_signature(model)}|pool:mean"),
        verbose=f"({len(flagged)} segments below {threshold:g})",
        details={"against": against, "threshold": threshold, "flagged": len(flagged)})
    sources = corpus.sources or [None] * len(hyps)
    report.extra["cosine_flags"] = [neural.suspicion(hyps[i], sources[i]) if i in flagged else None
                                    for i in range(len(hyps))]
    return values


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass
