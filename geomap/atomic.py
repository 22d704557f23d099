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

    ``content`` may be an iterable of text chunks (``geomap.export.geojson_lines`` yields them):
    written as they come, so a large export is never held whole in memory, and compared with
    the file there once written."""
    if isinstance(content, (str, bytes, bytearray, memoryview)):
        data = content.encode("utf-8") if isinstance(content, str) else content

        def write(f) -> None:
            f.write(data)
    else:
        data = None

        def write(f) -> None:
            f.writelines(chunk.encode("utf-8") for chunk in content)
    path = Path(path)
    st = _stat(path)  # follows symlinks: what a write would reach
    if _is_stream(path, st):
        # Appending: reopening /dev/stdout redirected to a file must not truncate what is already there.
        with open(path, "ab") as f:
            write(f)
        return True
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # the link's target (created when it dangles), not a file over the link
    if data is not None and st is not None and _holds(path, st, data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = st.st_mode & 0o777 if st is not None else 0o666 & ~_umask()
    regular = st is not None and stat.S_ISREG(st.st_mode)
    return _replace(path, write, mode, same_as_before=data is None and regular)


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


def _replace(path: Path, write, mode: int, same_as_before: bool = False) -> bool:
    """``write(file)`` into a temporary file beside ``path``, then rename it over ``path``. With
    ``same_as_before``, a temporary file equal to what ``path`` holds is dropped instead
    (False: unchanged)."""
    import filecmp
    import tempfile  # here: the geoparser imports this module but seldom writes

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    except OSError as exc:  # a read-only or missing folder: say so of the file asked for, not of a temporary name
        raise OSError(exc.errno, f"{exc.strerror} (in {path.parent})", str(path)) from None
    try:
        os.chmod(tmp, mode)  # mkstemp makes 0600 files; keep the usual or the existing permissions
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if same_as_before and filecmp.cmp(tmp, path, shallow=False):
            os.unlink(tmp)
            return False
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.filename == tmp:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    return True
