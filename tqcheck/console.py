"""The console script (``tqcheck``) and ``python -m tqcheck``: the commands of ``cli``, then a fast exit.

Kept apart from ``cli`` so that the commands stay callable in-process (the tests, ``CliRunner``), with
Python's ordinary exit, and the exit policy reads on its own.
"""

from __future__ import annotations

import atexit
import os
import sys

from .cli import EXIT_ERROR, main
from .errors import NAME_ERRORS

EXIT_INTERNAL = 3  # an error of tqcheck itself (a traceback), apart from 2, an error of the input or the output


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
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed with escapes, not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=NAME_ERRORS)
    try:
        main(prog_name="tqcheck")
        code = 0
    except SystemExit as stop:
        code = stop.code
    except BrokenPipeError:  # the reader went away (`tqcheck check | head`): nothing more to say to it
        _drop_stdout()
        code = EXIT_ERROR
    except OSError as exc:  # the report or a file could not be written: one line, and not the findings' status
        what = f"{exc.filename}: error: {exc.strerror or exc}" if exc.filename else \
            f"tqcheck: error: cannot write the output ({exc.strerror or exc})"  # standard output has no name
        print(what, file=sys.stderr)
        code = EXIT_ERROR
    except Exception as exc:  # a bug: one line and its own status, so that CI never reads a crash as findings
        if os.environ.get("TQCHECK_TRACEBACK"):
            raise
        print(f"tqcheck: internal error: {type(exc).__name__}: {exc} (a bug in tqcheck: please report it; "
              "TQCHECK_TRACEBACK=1 shows where)", file=sys.stderr)
        code = EXIT_INTERNAL
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


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that the exit's flush of what is left cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
