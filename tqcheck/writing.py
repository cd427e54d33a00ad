"""Write what ``--fix`` and ``--diff`` produce: fixed files, safely, and patches ``git apply`` takes.

A fixed file is written only when it is still the file that was read (same bytes), and never
when it is read-only (no write bit, or no permission).  It is written through a temporary
file in the same folder, flushed, then renamed over the original, with the original's mode,
owner and group: a reader sees the old file or the new one, never half of one.

Two cases cannot keep the file's identity through a rename: a file with hard links (a rename
would split it from its other names) and a file whose owner cannot be given to a new file
(not root, someone else's file in a shared folder).  Those are rewritten in place, through
the same inode, after a copy of the original is saved beside it (``.NAME.XXXX.tqorig``),
which is removed once the new text is on disk and named in the error if the write fails.
"""

from __future__ import annotations

import os
import stat

from .errors import InputError


def stamp_of(data: bytes, st: os.stat_result) -> tuple:
    from .documents import digest

    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, digest(data))


def write_atomic(path: str, text: str, bom: bool = False, stamp: tuple | None = None, encoding: str = "utf-8") -> tuple:
    """Write ``text`` to ``path`` (see the module doc); ``stamp`` is the file's stamp when it
    was read (``documents.read_file``).  Returns the new stamp.  Raises InputError for a
    file that must not be written, OSError for a write that failed (the file is unchanged)."""
    target = os.path.realpath(path)
    st = os.stat(target)
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise InputError(path, f"read-only file (mode {stat.S_IMODE(st.st_mode):04o}): not fixed")
    if stamp is not None:
        with open(target, "rb") as handle:
            now = handle.read()
        if stamp_of(now, st)[4] != stamp[4]:
            raise InputError(path, "changed while tqcheck ran: not fixed (run it again)")
    from .documents.encodings import encode

    try:
        data = encode(text, encoding, bom)
    except UnicodeEncodeError:
        raise InputError(path, f"the fixed text cannot be written in {encoding}: not fixed") from None
    if st.st_nlink > 1 or not _replace(target, data, st):
        _rewrite_in_place(path, target, data)
    return stamp_of(data, os.stat(target))


def _prefix(name: str) -> str:
    """A temporary file's prefix: the file's name, cut so that the whole name stays within 255 bytes (a name of 253
    bytes could not be fixed: its temporary file's name was too long, a hostile run found)."""
    cut = name.encode("utf-8", "surrogateescape")[:200].decode("utf-8", "ignore")
    return f".{cut}."


def _replace(target: str, data: bytes, st: os.stat_result) -> bool:
    """Temporary file, then rename; False when the owner or group cannot be kept that way."""
    import tempfile

    folder, name = os.path.split(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=_prefix(name), suffix=".tqtmp")
    except PermissionError:  # a folder we cannot write in: the file itself may still be writable
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        mine = os.stat(tmp)
        if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except PermissionError:
                os.unlink(tmp)
                return False
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


def _rewrite_in_place(path: str, target: str, data: bytes) -> None:
    """Through the same inode (hard links, owner, group, ACLs kept), the original saved first."""
    import shutil
    import tempfile

    folder, name = os.path.split(target)
    try:
        fd, backup = tempfile.mkstemp(dir=folder, prefix=_prefix(name), suffix=".tqorig")
    except PermissionError:
        fd, backup = tempfile.mkstemp(prefix=_prefix(name), suffix=".tqorig")
    with os.fdopen(fd, "wb") as copy, open(target, "rb") as original:
        shutil.copyfileobj(original, copy)
        copy.flush()
        os.fsync(copy.fileno())
    try:
        with open(target, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise InputError(path, f"cannot write the fixed file ({exc.strerror or exc}); "
                               f"the original is saved in {backup}") from None
    os.unlink(backup)


def unified_diff(path: str, before: str, after: str) -> str:
    """A patch ``git apply`` accepts: lines split at ``\\n`` only (a form feed or U+2028 is
    not a line end to git), git's marker after a last line without newline."""
    import difflib
    import re

    def lines(text):
        return re.findall(r"[^\n]*\n|[^\n]+$", text)

    rel = os.path.relpath(path) if path != "-" else path  # "-": standard input
    name = (path if rel.startswith("..") else rel).replace(os.sep, "/").lstrip("/")
    diff = difflib.unified_diff(lines(before), lines(after), f"a/{name}", f"b/{name}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)
