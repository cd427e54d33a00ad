"""The worker pool (tqcheck.workers): its size, its chunks and the order in which it takes the files."""

import multiprocessing
import types

from tqcheck import workers


class SerialPool:
    """A pool that runs each chunk here, in the order given to ``imap``, and records the chunks."""

    taken: list = []

    def __init__(self, processes):
        self.processes = processes

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap(self, job, chunks, chunksize=1):
        for chunk in chunks:
            SerialPool.taken.append(chunk)
            yield job(chunk)


def test_the_largest_files_go_first_and_the_outcomes_come_back_in_the_order_given(tmp_path, monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: types.SimpleNamespace(Pool=SerialPool))
    monkeypatch.setattr(SerialPool, "taken", [])
    files = []
    for name, n in [("a", 10), ("b", 300), ("c", 20), ("d", 300), ("e", 0)]:
        (tmp_path / name).write_bytes(b"x" * n)
        files.append(str(tmp_path / name))
    files.append(str(tmp_path / "missing"))  # reported when it is read: sorted as empty
    sizes = [workers.size(f) for f in files]
    assert sizes == [10, 300, 20, 300, 0, 0]
    out = workers.in_workers(lambda path: path[-1].upper(), files, sizes, 2, list)
    # each large file alone (equal sizes as given), then the small ones together
    assert [[path[-1] for path in chunk] for chunk in SerialPool.taken] == [["b"], ["d"], ["c", "a", "e", "g"]]
    assert out == ["A", "B", "C", "D", "E", "G"]


def test_large_files_never_share_a_chunk_that_small_ones_would_balance():
    # four large files and sixty small ones: one chunk of the four large ones would keep one worker busy for 400
    # units while the other finished the rest in 60
    sizes = [1] * 30 + [100] * 4 + [1] * 30
    parts = workers.chunks(sizes, 2)
    assert parts[:4] == [[30], [31], [32], [33]]
    assert sorted(i for part in parts for i in part) == list(range(64))  # each file once
    assert all(sum(sizes[i] for i in part) <= 460 // 16 for part in parts[4:])


def test_the_default_pool_is_sized_by_the_bytes_to_check(monkeypatch):
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 8)
    assert workers.default_jobs([1000] * 20) == 1  # a few small files: checked in this process
    assert workers.default_jobs([3 * workers.BYTES_PER_WORKER, 1000, 0, 0]) == 3
    assert workers.default_jobs([3 * workers.BYTES_PER_WORKER] * 4) == 8  # never more than the CPUs
