"""The worker processes of a run: how many, and in which order they take the files.

A worker costs about what checking a quarter of a megabyte costs (its start, the rule data, lingua), so
the default pool is sized by the bytes to check, never larger than the CPU count nor the file count.
The files go to the workers in chunks of about an eighth of a worker's share of the bytes, the largest
first: a large file is a chunk of its own, small ones travel together, and the chunks left at the end
are small, so that one worker waits little for the other.  The outcomes come back in the order given.
"""

from __future__ import annotations

import os
import sys
from functools import partial

from .discovery import STDIN

PARALLEL_MIN_FILES = 4  # below this, worker processes cost more than they save
# a worker process costs about what checking this much text costs (start-up, rule data, lingua): the
# default pool gets one worker per this many bytes of input, up to the CPU count
BYTES_PER_WORKER = 256_000
CHUNKS_PER_WORKER = 8


def size(path: str) -> int:
    """The file's size in bytes; 0 for standard input and for a file that cannot be read (reported when read)."""
    try:
        return os.path.getsize(path) if path != STDIN else 0
    except OSError:
        return 0


def default_jobs(sizes: list) -> int:
    """Workers sized by the work (``sizes``: the files' sizes): a few small files are checked faster in this process."""
    return max(1, min(os.cpu_count() or 1, sum(sizes) // BYTES_PER_WORKER))


def chunks(sizes: list, jobs: int) -> list:
    """The indices of ``sizes`` in chunks, the largest file first: a chunk closes before the file that would take it
    past ``CHUNKS_PER_WORKER`` chunks a worker's share of the bytes (a file larger than that is a chunk alone)."""
    budget = max(1, sum(sizes) // (jobs * CHUNKS_PER_WORKER))
    out, current, total = [], [], 0
    for i in sorted(range(len(sizes)), key=lambda i: -sizes[i]):  # (stable: equal sizes in the order given)
        if current and total + sizes[i] > budget:
            out.append(current)
            current, total = [], 0
        current.append(i)
        total += sizes[i]
    return out + [current] if current else out


def in_workers(job, work: list, sizes: list, jobs: int, collect) -> list:
    """``job(w)`` for each ``w`` of ``work`` (one per file, of ``sizes`` bytes) in ``jobs`` processes, by ``chunks``;
    ``collect(iterator)`` reads the outcomes as they come.  In the order given."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    parts = chunks(sizes, jobs)
    with context.Pool(min(jobs, len(parts))) as pool:
        done = collect(o for outcomes in pool.imap(partial(_each, job), [[work[i] for i in c] for c in parts])
                       for o in outcomes)
    return [outcome for _, outcome in sorted(zip((i for c in parts for i in c), done))]


def _each(job, chunk: list) -> list:
    return [job(w) for w in chunk]
