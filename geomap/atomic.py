"""Atomic file writes: a temporary file in the same folder, then a rename.

An interrupted run leaves the old file whole; a file whose content would not change is not
touched (its modification time stays, so watchers and build tools see no change). A symlink
stays a symlink: its target is written, in the target's folder. What exists and is not a
regular file (``/dev/stdout``, a FIFO, a terminal) is written straight into, as ``cat > x``
would: a rename would replace the device node, and reading it back could block or never end.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

__all__ = ["is_stream", "write_atomic"]


def write_atomic(path: Path, content: str | bytes | Iterable[str]) -> bool:
    """Write ``content`` to ``path`` via a temporary file and rename; False when unchanged.

    ``content`` may be an iterable of text chunks (``json.JSONEncoder.iterencode``'s): written
    as they come, so a large export is never held whole in memory."""
    if not isinstance(content, (str, bytes, bytearray, memoryview)):
        return _write_chunks(Path(path), content)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(path)
    st = _stat(path)  # follows symlinks: what a write would reach
    if _is_stream(path, st):
        _write_stream(path, data)
        return True
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # the link's target (created when it dangles), not a file over the link
    if st is not None and _holds(path, st, data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = st.st_mode & 0o777 if st is not None else 0o666 & ~_umask()
    _replace(path, data, mode)
    return True


def _write_chunks(path: Path, chunks: Iterable[str]) -> bool:
    """``write_atomic`` of text chunks: into a temporary file, then compared with the file
    there, which is replaced only when it differs."""
    import filecmp
    import tempfile

    st = _stat(path)
    if _is_stream(path, st):
        with open(path, "a", encoding="utf-8") as f:
            f.writelines(chunks)
        return True
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.writelines(chunks)
            f.flush()
            os.fsync(f.fileno())
        if st is not None and stat.S_ISREG(st.st_mode) and filecmp.cmp(tmp, path, shallow=False):
            os.unlink(tmp)
            return False
        os.chmod(tmp, st.st_mode & 0o777 if st is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return True


def _stat(path: Path) -> os.stat_result | None:
    """The file ``path`` names (through symlinks); ``IsADirectoryError`` for a folder."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    return st


def is_stream(path: Path) -> bool:
    """Whether ``path`` is written straight into, not replaced: a device, a FIFO, ``/dev/stdout``."""
    try:
        st = os.stat(path)
    except OSError:
        st = None
    return _is_stream(Path(path), st)


def _is_stream(path: Path, st: os.stat_result | None) -> bool:
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        return True
    return _names_a_descriptor(path)


def _names_a_descriptor(path: Path) -> bool:
    """``/dev/stdout``, ``/dev/fd/1``, ``/proc/self/fd/1``: an open file of this process, which may be
    a regular file the shell redirected (``-o /dev/stdout >> log``) and is written through, not replaced."""
    text = str(path)
    return text in ("/dev/stdout", "/dev/stderr") or text.startswith(("/dev/fd/", "/proc/self/fd/"))


def _write_stream(path: Path, data: bytes) -> None:
    # Appending: reopening /dev/stdout redirected to a file must not truncate what is already there.
    with open(path, "ab") as f:
        f.write(data)


def _holds(path: Path, st: os.stat_result, data: bytes) -> bool:
    """Whether the regular file at ``path`` already holds ``data``; reads no more than ``data``'s size."""
    if st.st_size != len(data):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(len(data) + 1) == data
    except OSError:
        return False


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _replace(path: Path, data: bytes, mode: int) -> None:
    import tempfile  # here: the geoparser imports this module but seldom writes

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        os.chmod(tmp, mode)  # mkstemp makes 0600 files; keep the usual or the existing permissions
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
