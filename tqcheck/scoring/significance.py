"""Paired significance tests against a baseline, through ``sacrebleu.significance.PairedTest``.

PairedTest would extract every system's statistics again, in one process.  The
statistics already computed in parallel are handed to it instead, through a
thin metric wrapper, so the numbers are PairedTest's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .metrics import tqcheck_signature

TESTS = {"paired-bootstrap": "bs", "approx-randomization": "ar"}


class _Precomputed:
    """A sacrebleu metric whose per-segment statistics are already known."""

    def __init__(self, metric, stats_by_system: dict[int, list]):
        self._metric = metric
        self._stats = stats_by_system

    def _extract_corpus_statistics(self, hypotheses, references):
        stats = self._stats.get(id(hypotheses))
        if stats is None:  # not one of ours: let sacrebleu compute it
            return self._metric._extract_corpus_statistics(hypotheses, references)
        return stats

    def __getattr__(self, name):
        return getattr(self._metric, name)


@dataclass
class SystemComparison:
    name: str
    baseline: bool
    # metric name -> {"score", "mean", "ci", "p_value"} (p_value None for the baseline)
    results: dict[str, dict] = field(default_factory=dict)


@dataclass
class Comparison:
    test: str  # "paired-bootstrap" or "approx-randomization"
    n_samples: int
    signatures: dict[str, str]  # metric name -> signature
    systems: list[SystemComparison]


def compare(names: list[str], hypotheses: list[list[str]], references: list[list[str]],
            scorers: list, stats: dict[tuple[int, str], list], test: str, n_samples: int = 0) -> Comparison:
    """Compare every system with the first; ``stats[(system, key)]`` are per-segment statistics."""
    from sacrebleu.significance import PairedTest

    metrics = {}
    for scorer in scorers:
        scorer.metric.num_refs = len(references)
        by_system = {id(hyps): stats[(i, scorer.key)] for i, hyps in enumerate(hypotheses)}
        metrics[scorer.key] = _Precomputed(scorer.metric, by_system)
    n_ar_confidence = 1000 if TESTS[test] == "ar" else -1
    paired = PairedTest(list(zip(names, hypotheses)), metrics, references, test_type=TESTS[test],
                        n_samples=n_samples, n_ar_confidence=n_ar_confidence, n_jobs=1)
    signatures, scores = paired()
    systems = [SystemComparison(name, i == 0) for i, name in enumerate(scores.pop("System"))]
    for metric_name, results in scores.items():
        for system, result in zip(systems, results):
            system.results[metric_name] = {
                k: None if v is None else float(v)  # numpy scalars -> floats
                for k, v in (("score", result.score), ("mean", result.mean), ("ci", result.ci),
                             ("p_value", result.p_value))}
    return Comparison(test, paired.n_samples,
                      {name: tqcheck_signature(sig.format()) for name, sig in signatures.items()}, systems)
