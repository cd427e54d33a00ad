"""The worker pool (tqcheck.workers): its size and the order in which it takes the files."""

import multiprocessing
import types

from tqcheck import workers


class SerialPool:
    """A pool that runs each job here, in the order given to ``imap``, and records that order."""

    taken: list = []

    def __init__(self, processes):
        self.processes = processes

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap(self, job, work, chunksize=1):
        for w in work:
            SerialPool.taken.append(w)
            yield job(w)


def test_the_largest_files_go_first_and_the_outcomes_come_back_in_the_order_given(tmp_path, monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: types.SimpleNamespace(Pool=SerialPool))
    monkeypatch.setattr(SerialPool, "taken", [])
    files = []
    for name, size in [("a", 10), ("b", 300), ("c", 20), ("d", 300), ("e", 0)]:
        (tmp_path / name).write_bytes(b"x" * size)
        files.append(str(tmp_path / name))
    files.append(str(tmp_path / "missing"))  # reported when it is read: sorted as empty
    out = workers.in_workers(lambda path: path[-1].upper(), files, files, 2, list)
    assert [path[-1] for path in SerialPool.taken] == ["b", "d", "c", "a", "e", "g"]  # equal sizes as given
    assert out == ["A", "B", "C", "D", "E", "G"]


def test_the_default_pool_is_sized_by_the_bytes_to_check(tmp_path, monkeypatch):
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 8)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(b"x" * 1000)
    large.write_bytes(b"x" * (3 * workers.BYTES_PER_WORKER))
    assert workers.default_jobs([str(small)] * 20) == 1  # a few small files: checked in this process
    assert workers.default_jobs([str(large), str(small), "-", str(tmp_path / "missing")]) == 3
    assert workers.default_jobs([str(large)] * 4) == 8  # never more than the CPUs
