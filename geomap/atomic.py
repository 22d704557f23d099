"""Atomic file writes: a temporary file in the same folder, then a rename.

An interrupted run leaves the old file whole; a file whose content would not change is not
touched (its modification time stays, so watchers and build tools see no change).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, content: str | bytes) -> bool:
    """Write ``content`` to ``path`` via a temporary file and rename; False when unchanged."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
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
    return True
