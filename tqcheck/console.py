"""The console script (``tqcheck``) and ``python -m tqcheck``: the commands of ``cli``, then a fast exit.

Kept apart from ``cli`` so that the commands stay callable in-process (the tests, ``CliRunner``), with
Python's ordinary exit, and the exit policy reads on its own.
"""

from __future__ import annotations

import atexit
import os
import sys

from .cli import main


def run():
    """The console script and ``python -m tqcheck``: ``main``, then an exit without the interpreter's teardown.

    A check ends with its tables, rules and findings alive, and Python's shutdown runs a full garbage
    collection and frees every object one by one: 53 M of 638 M instructions of a cold check of
    corpora/mt/strike.md (callgrind), and more of its wall time, since the collection walks all of memory.
    As mypy's ``hard_exit`` does, the process flushes its open streams (as Python's exit does, a closed or
    missing one is skipped, and one that cannot be flushed makes the status 120), runs the ``atexit``
    handlers (multiprocessing's, logging's, weakref finalizers) and ends with ``os._exit``.  Every file the
    commands write is closed by then (``--fix`` replaces files atomically, ``-o`` writes in a ``with``
    block).  Where a thread other than a daemon still runs (the language server's worker), or the
    interpreter has no ``atexit._run_exitfuncs``, the exit is the ordinary one, which joins the threads.
    In-process callers (the tests, ``CliRunner``) call ``main`` and keep the ordinary exit.
    """
    try:
        main(prog_name="tqcheck")
        code = 0
    except SystemExit as stop:
        code = stop.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message"): let Python print it and exit 1
        raise SystemExit(code)
    threading = sys.modules.get("threading")  # imported by whatever started a thread
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None or (threading is not None and any(
            not t.daemon for t in threading.enumerate() if t is not threading.main_thread())):
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except (OSError, ValueError):  # Python's own exit says "Exception ignored" and exits 120
            code = 120
    run_exit_handlers()
    os._exit(code)
