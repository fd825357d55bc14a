"""The inputs of a batch run: file specs resolved to paths, each file (or JSONL line, or stdin) one `Input`, or an `Outcome` already when it cannot be read."""
from __future__ import annotations

import contextlib
import glob
import io
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Sequence, Union

from extractor import decoding
from extractor.batch.outcomes import BatchError, Input, Outcome, failure

STDIN = "-"


JSONL_SUFFIXES = {".jsonl", ".ndjson"}


MAX_LINE_BYTES = 4 * decoding.MAX_BYTES
"""A JSONL line longer than this is refused without being parsed (its text could not fit MAX_BYTES anyway)."""


def resolve(specs: Sequence[str], *, exclude: Iterable[Path] = ()) -> list[Union[Path, str]]:
    """Files named by INPUT arguments, in order and each once: directories walked (hidden entries skipped),
    globs expanded; `-` stays as STDIN. Anything that names no file stops the run before it starts."""
    excluded: set[Union[Path, str]] = {p.resolve() for p in exclude}
    found: list[Union[Path, str]] = []
    for spec in specs:
        if spec == STDIN:
            found.append(STDIN)
            continue
        path = Path(spec)
        if path.is_dir():
            found.extend(_walk(path))
        elif path.exists():
            found.append(path)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise BatchError(f"{spec!r} matches no file: check the pattern")
            for match in map(Path, matches):
                found.extend(_walk(match) if match.is_dir() else [match])
        else:
            raise BatchError(f"{spec}: no such file or directory")
    unique: list[Union[Path, str]] = []
    for path in found:
        key = path if path == STDIN else path.resolve()
        if key not in excluded:
            excluded.add(key)
            unique.append(path)
    return unique


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / name for name in sorted(files) if not name.startswith("."))


def count_inputs(paths: Sequence[Union[Path, str]]) -> Optional[int]:
    """How many inputs the paths hold (JSONL lines counted), or None when stdin is among them."""
    if STDIN in paths:
        return None
    total = 0
    for path in paths:
        if _is_jsonl(path):
            with _open_or_none(path) as stream:
                total += sum(1 for line in _lines(stream) if line is None or line.strip()) if stream else 1
        else:
            total += 1
    return total


def iter_inputs(paths: Sequence[Union[Path, str]], *, stdin: Optional[BinaryIO] = None) -> Iterator[Union[Input, Outcome]]:
    """One Input per article (or an error Outcome for a JSONL line or file that cannot be read), lazily."""
    for path in paths:
        if path == STDIN:
            yield from _stdin_inputs(stdin if stdin is not None else sys.stdin.buffer)
        elif _is_jsonl(path):
            with _open_or_none(path) as stream:
                if stream is None:
                    yield failure(str(path), "UnreadableInput", f"{path}: cannot open it: check its permissions")
                else:
                    yield from _jsonl_inputs(stream, str(path))
        else:
            yield Input(str(path), path=path)


def _is_jsonl(path: Union[Path, str]) -> bool:
    return isinstance(path, Path) and path.suffix.lower() in JSONL_SUFFIXES


@contextlib.contextmanager
def _open_or_none(path: Path) -> Iterator[Optional[BinaryIO]]:
    try:
        stream = open(path, "rb")
    except OSError:
        yield None
        return
    with stream:
        yield stream


def _lines(stream: BinaryIO) -> Iterator[Optional[bytes]]:
    """Lines of at most MAX_LINE_BYTES; a longer line is skipped in chunks and given as None."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_inputs(stream: BinaryIO, name: str) -> Iterator[Union[Input, Outcome]]:
    """Inputs of a JSONL stream: `text` required; `source`, else `id`, else NAME:LINE names the input."""
    lineno = 0
    for line in _lines(stream):
        lineno += 1
        where = f"{name}:{lineno}"
        if line is None:
            yield failure(where, "TooLarge", f"{where}: line over {MAX_LINE_BYTES / 2**20:g} MiB: "
                                              "split the article or give it as a file")
            continue
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            yield failure(where, "InvalidJSONL", f"{where}: not JSON ({exc}): fix or remove the line")
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            yield failure(where, "InvalidJSONL", f'{where}: needs an object with a "text" string: fix or remove the line')
            continue
        # a lone surrogate (a "\\ud800" escape) can be written to no file or database: "?" stands for it
        source = str(entry.get("source") or entry.get("id") or where).encode("utf-8", "replace").decode("utf-8")
        published = entry.get("published")
        try:
            if published is not None and not isinstance(published, str):
                raise ValueError('"published" must be an ISO date string or null')
            published = decoding.check_published(published)
        except ValueError as exc:
            yield failure(source, "InvalidJSONL", f"{where}: {exc}: fix or remove the line")
            continue
        yield Input(source, text=entry["text"], published=published)


def _stdin_inputs(stream: BinaryIO) -> Iterator[Union[Input, Outcome]]:
    """Stdin holds JSONL when its first non-blank byte is `{`, else one article (at most MAX_BYTES, read no further)."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    if buffered.peek(io.DEFAULT_BUFFER_SIZE).lstrip()[:1] == b"{":
        yield from _jsonl_inputs(buffered, "<stdin>")
        return
    try:
        data = decoding.read_stream(buffered, source="<stdin>")
    except decoding.DecodingError as exc:
        yield failure("<stdin>", type(exc).__name__, str(exc))
    else:
        yield Input("<stdin>", data=data)


def unique_sources(items: Iterator[Union[Input, Outcome]]) -> Iterator[Union[Input, Outcome]]:
    """Each input under a source of its own: a source met again in the run (two JSONL lines with one `source`)
    becomes `SOURCE #2`, so that every input has its own line and ledger row."""
    seen: set[str] = set()
    for item in items:
        if item.source in seen:
            n = 2
            while f"{item.source} #{n}" in seen:
                n += 1
            item = replace(item, source=f"{item.source} #{n}")
        seen.add(item.source)
        yield item
