"""The JSONL outputs: appends of whole lines, a torn last line mended, and clear errors for paths that cannot be written."""
from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path
from typing import Any, Iterator

from extractor.batch.outcomes import BatchError, Outcome


def default_errors_path(out: Path) -> Path:
    """records.jsonl -> records.errors.jsonl, in the same directory."""
    return out.with_name(f"{out.stem}.errors.jsonl")


class JsonlWriter:
    """Append-only JSONL: one unbuffered write per line, so a killed run leaves whole lines and at most
    one torn last line, which opening the file again removes. A line that cannot be written whole (a full
    disk) is cut off again and the run stops with a BatchError that names the file and what to do."""

    def __init__(self, path: Path, *, option: str, truncate: bool = False) -> None:
        self.path, self.option = path, option
        try:
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            _make_parents(path)
            if not truncate:
                _mend_tail(path)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | (os.O_TRUNC if truncate else 0), 0o644)
        except OSError as exc:
            raise BatchError(_cannot_write(path, option, exc)) from None

    def write(self, line: str) -> None:
        data = line.encode("utf-8") + b"\n"
        size = os.fstat(self._fd).st_size
        try:
            while data:
                data = data[os.write(self._fd, data):]
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, size)
            raise BatchError(_cannot_write(self.path, self.option, exc) + "; the lines before are whole: "
                             "rerun with --resume once that is fixed") from None

    def close(self) -> None:
        os.close(self._fd)


def _make_parents(path: Path) -> None:
    """The output's directories, made when missing; a file where a directory should be is named."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        blocking = next(p for p in path.parents if p.exists())
        raise NotADirectoryError(errno.ENOTDIR, f"{blocking} is a file, not a directory") from None


def _cannot_write(path: Path, option: str, exc: OSError) -> str:
    """One line naming the output, the reason and what to do."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        advice = "free some space on that disk or choose another place"
    elif exc.errno == errno.EISDIR:
        advice = f"give {option} a file name, e.g. {path / 'records.jsonl'}" if option == "--out" else f"give {option} a file name"
    else:
        advice = f"choose a writable place for {option}"
    return f"cannot write {path} ({option}): {reason}: {advice}"


def _mend_tail(path: Path) -> None:
    """Complete a last line that lacks its newline if it is whole JSON; cut it off if it is torn."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            stream.seek(start)
            block = stream.read(end - start)
            cut = block.rfind(b"\n")
            if cut == len(block) - 1 and end == size:
                return
            if cut >= 0:
                tail_start = start + cut + 1
                break
            end = start
        else:
            tail_start = 0
        stream.seek(tail_start)
        if _is_json(stream.read()):
            stream.seek(0, os.SEEK_END)
            stream.write(b"\n")
        else:
            stream.truncate(tail_start)


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSONL file written by a run; a torn last line (killed run) is skipped, any other
    bad line stops with its number."""
    return (entry for _, entry in numbered_lines(path))


def numbered_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(offset, object) of each line of a JSONL file written by a run."""
    if not path.exists():
        return
    with open(path, "rb") as stream:
        lineno, offset = 0, 0
        for line in stream:
            lineno += 1
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            try:
                yield start, json.loads(line)
            except ValueError:
                if not line.endswith(b"\n"):
                    return
                raise BatchError(f"{path}:{lineno} is not JSON: this file was not written by zhextract run, "
                                 "or was edited; fix or remove that line") from None


def error_line(outcome: Outcome) -> str:
    return json.dumps({"source": outcome.source, "error": outcome.error}, ensure_ascii=False)
