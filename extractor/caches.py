"""Where start-up work is kept between runs (the rewritten model, compiled regular expressions), and how a cache
file is written so that a process starting beside this one reads all of it or nothing."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_ENV = "ZHEXTRACT_CACHE"
"""Directory for start-up caches (default: $XDG_CACHE_HOME/zhextract, else ~/.cache/zhextract)."""


def cache_dir() -> Path:
    """Where start-up work is kept between runs."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "zhextract"


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename; False when the directory is not writable,
    which only means the work is done again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False)
    except OSError:
        return False
    try:
        with handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
        return False
    return True
