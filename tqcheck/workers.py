"""The worker processes of a run: how many, and in which order they take the files.

A worker costs about what checking a quarter of a megabyte costs (its start, the rule data, lingua), so
the default pool is sized by the bytes to check, never larger than the CPU count nor the file count.
The workers take the largest files first, a few at a time: the files left at the end are small, and one
worker waits little for the other.  The outcomes come back in the order the files were given.
"""

from __future__ import annotations

import os
import sys

from .discovery import STDIN

PARALLEL_MIN_FILES = 4  # below this, worker processes cost more than they save
# a worker process costs about what checking this much text costs (start-up, rule data, lingua): the
# default pool gets one worker per this many bytes of input, up to the CPU count
BYTES_PER_WORKER = 256_000


def default_jobs(files) -> int:
    """Workers sized by the work: a few small files are checked faster in this process."""
    return max(1, min(os.cpu_count() or 1, sum(map(size, files)) // BYTES_PER_WORKER))


def size(path: str) -> int:
    """The file's size in bytes; 0 for standard input and for a file that cannot be read (reported when read)."""
    try:
        return os.path.getsize(path) if path != STDIN else 0
    except OSError:
        return 0


def in_workers(job, work: list, files: list, jobs: int, collect) -> list:
    """``job(w)`` for each ``w`` of ``work`` (one per file of ``files``) in ``jobs`` processes, the largest file
    first, eight chunks a worker; ``collect(iterator)`` reads the outcomes as they come.  In the order given."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    order = sorted(range(len(work)), key=lambda i: -size(files[i]))  # (stable: equal sizes in the order given)
    with context.Pool(min(jobs, len(work))) as pool:
        done = collect(pool.imap(job, [work[i] for i in order], max(1, len(work) // (jobs * 8))))
    return [outcome for _, outcome in sorted(zip(order, done))]
