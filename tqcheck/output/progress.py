"""Progress of a long run on standard error: ``Checked 120/2000 files``, redrawn in place at most ten
times a second and erased at the end.  Only on a terminal, and only for runs of many files: a CI log
or a pipe gets nothing."""

from __future__ import annotations

import sys
import time

MIN_FILES = 20  # below this a run is short: no progress line
INTERVAL = 0.1  # seconds between two redraws


class Progress:
    def __init__(self, total: int, stream=None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        if enabled is None:
            enabled = total >= MIN_FILES and _isatty(self.stream)
        self.enabled = enabled
        self._done = 0  # files checked so far, over every group of the run
        self._drawn = 0  # width of the line on screen
        self._last = 0.0

    def callback(self):
        """A ``progress(done, total)`` for the next group of files of the run (``runner.check_files``)."""
        base = self._done

        def update(done, total):
            self._done = base + done
            self.update(self._done)

        return update

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < INTERVAL and done < self.total):
            return
        self._last = now
        text = f"Checked {done}/{self.total} files"
        self.stream.write("\r" + text.ljust(self._drawn))
        self.stream.flush()
        self._drawn = len(text)

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
