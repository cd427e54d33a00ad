"""Per-segment sacrebleu statistics, computed in chunks by worker processes.

BLEU, chrF and TER statistics are sums over segments.  Each worker runs
sacrebleu's own ``_extract_corpus_statistics`` on a slice of the corpus and
returns every segment's statistics; the caller concatenates the slices in
order and aggregates them with sacrebleu's ``_aggregate_and_compute``: the
same lists summed in the same order, hence bit-identical scores.

Workers are forked (the inputs are inherited, never pickled); only the small
statistics lists travel back.  Expensive chunks (TER) are queued first so that
the cheap ones (BLEU) fill the tail.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Callable

# relative cost of one segment, measured on WMT13 fr-en: TER ~3 ms, chrF++ ~0.3 ms, BLEU ~0.13 ms
COST = {"ter": 25.0, "chrf": 2.0, "chrf++": 2.5, "bleu": 1.0}
CHUNKS_PER_WORKER = 6
# below this weighted size, forking costs more than it saves
MIN_PARALLEL_COST = 1500.0


@dataclass
class Job:
    """One metric over one system: ``metric`` is a sacrebleu Metric."""

    key: str
    metric: object
    hypotheses: list[str]
    references: list[list[str]]


_JOBS: list[Job] = []  # set before forking; the workers inherit it


def _chunk_stats(index: int, start: int, end: int) -> tuple[int, int, list]:
    job = _JOBS[index]
    refs = [ref[start:end] for ref in job.references]
    return index, start, job.metric._extract_corpus_statistics(job.hypotheses[start:end], refs)


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _tasks(jobs: list[Job], workers: int) -> list[tuple[int, int, int]]:
    """(job, start, end) chunks of about equal cost, the most expensive first."""
    costs = [COST.get(job.key, 1.0) for job in jobs]
    total = sum(cost * len(job.hypotheses) for cost, job in zip(costs, jobs))
    target = max(total / (workers * CHUNKS_PER_WORKER), 1.0)
    tasks = []
    for index, (cost, job) in enumerate(zip(costs, jobs)):
        n = len(job.hypotheses)
        size = max(1, min(n, math.ceil(target / cost)))
        tasks += [(index, start, min(start + size, n)) for start in range(0, n, size)]
    tasks.sort(key=lambda t: -costs[t[0]])
    return tasks


def segment_statistics(
    jobs: list[Job],
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[list]:
    """For each job, the list of per-segment statistics, in segment order.

    ``workers``: processes to use (default: the CPUs available); 1 computes in
    this process.  ``progress(n)`` is called as n more segment-metrics are done.
    """
    global _JOBS
    workers = workers or available_cpus()
    for job in jobs:
        job.metric._force = True  # sacrebleu would warn once per chunk; the runner warns once
    weighted = sum(COST.get(job.key, 1.0) * len(job.hypotheses) for job in jobs)
    results: list[dict[int, list]] = [{} for _ in jobs]
    tasks = _tasks(jobs, workers)
    _JOBS = jobs
    try:
        if workers <= 1 or weighted < MIN_PARALLEL_COST or len(tasks) < 2:
            for task in tasks:
                index, start, stats = _chunk_stats(*task)
                results[index][start] = stats
                if progress:
                    progress(len(stats))
        else:
            _run_pool(tasks, workers, results, progress)
    finally:
        _JOBS = []
    return [[s for start in sorted(chunks) for s in chunks[start]] for chunks in results]


def _run_pool(tasks, workers, results, progress) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=context) as pool:
        pending = {pool.submit(_chunk_stats, *task) for task in tasks}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index, start, stats = future.result()
                results[index][start] = stats
                if progress:
                    progress(len(stats))
