"""The batch run: many inputs to a records JSONL, an errors JSONL and optionally a database, in parallel and resumable.

Every input ends as exactly one line: its record in the output or an entry
`{"source", "error": {"type", "message"}}` in the errors file. Workers (processes, or a dask
cluster) build the pipeline once each, then decode and extract; only this process writes,
one unbuffered append per line, the database after the JSONL, so a killed run leaves whole
lines that `--resume` reads back (a torn last line is dropped and the input redone).
"""
from __future__ import annotations

import contextlib
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator, Optional, Sequence

from extractor.batch.engines import DEFAULT_EXTRACTOR, TIME_LIMIT, dask_engine, local_engine
from extractor.batch.inputs import count_inputs, iter_inputs, resolve, unique_sources
from extractor.batch.outcomes import BatchError, Interrupted, Summary
from extractor.batch.progress import Progress
from extractor.batch.resume import Outputs
from extractor.batch.writers import default_errors_path
from extractor.cpus import usable_cpus

if TYPE_CHECKING:
    from extractor.sinks import DatabaseSink


def run(
    inputs: Sequence[str],
    *,
    out: Path,
    errors: Optional[Path] = None,
    sink: Optional["DatabaseSink"] = None,
    workers: Optional[int] = None,
    resume: bool = False,
    overwrite: bool = False,
    engine: str = "local",
    scheduler: Optional[str] = None,
    progress: Optional[Progress] = None,
    extractor: str = DEFAULT_EXTRACTOR,
    stdin: Optional[BinaryIO] = None,
    time_limit: Optional[float] = TIME_LIMIT,
) -> Summary:
    """Extract every input into `out` (records) or `errors` (entries), upserting records and the ledger row of
    every input into `sink`.

    `resume` skips inputs whose source already has a line in `out` or `errors`, and extracts no text whose
    record is already in `out` or `sink`; `overwrite` empties `out` and `errors` first; without either, an
    `out` or `errors` that already has lines is refused rather than appended to. An article that runs past
    `time_limit` seconds in a local worker (None or 0: no limit) is an error of type `Timeout`. Ctrl-C or SIGTERM raise
    `Interrupted` once the written lines are complete. Any output that cannot be written stops the run with
    a BatchError naming it.
    """
    errors = errors or default_errors_path(out)
    if errors.resolve() == out.resolve():
        raise BatchError(f"--errors and --out are the same file ({out}): give them different names")
    if resume and overwrite:
        raise BatchError("--resume continues the files that --overwrite would empty: choose one")
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}: use local or dask")
    if scheduler and engine != "dask":
        raise BatchError("--scheduler needs --engine dask")
    workers = workers or usable_cpus()
    exclude = [out, errors]
    if sink and sink.engine.dialect.name == "sqlite" and sink.engine.url.database:
        exclude.append(Path(sink.engine.url.database))
    paths = resolve(inputs, exclude=exclude)
    if not resume and not overwrite:
        for path in (out, errors):
            if path.is_file() and path.stat().st_size:
                raise BatchError(f"{path} already has lines: pass --resume to continue that run, --overwrite to "
                                 "start again, or choose another file")
    outputs = Outputs.open(out, errors, sink, resume=resume, overwrite=overwrite)
    summary = Summary()
    if progress:
        progress.start(count_inputs(paths))
    try:
        with _interrupts_between_outcomes() as writing:
            items = (outputs.skip_done(item) for item in unique_sources(iter_inputs(paths, stdin=stdin)))
            if engine == "dask":
                outcomes = dask_engine(items, workers=workers, factory=extractor, known=outputs.known, scheduler=scheduler)
            else:
                outcomes = local_engine(items, workers=workers, factory=extractor, known=outputs.known, time_limit=time_limit)
            with contextlib.closing(outcomes):
                for outcome in outcomes:
                    with writing:
                        outputs.account(outcome, summary)
                    if progress:
                        progress.update(summary)
    except KeyboardInterrupt:
        raise Interrupted(summary) from None
    finally:
        if progress:
            progress.close()
        outputs.close()
    return summary


class _Writing:
    """While an outcome is written, Ctrl-C and SIGTERM wait for the write to end: an interrupt raised inside the
    record's serialiser would come out as a serialisation error with half a line written, not as an interrupt."""

    def __init__(self) -> None:
        self.active = False
        self.pending = False

    def __enter__(self) -> None:
        self.active = True

    def __exit__(self, *exc: object) -> None:
        self.active = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt


@contextlib.contextmanager
def _interrupts_between_outcomes() -> Iterator[_Writing]:
    """Ctrl-C and SIGTERM end the run like one another, between two outcomes: the lines written so far stay whole."""
    writing = _Writing()
    if threading.current_thread() is not threading.main_thread():
        yield writing
        return

    def interrupt(signum: int, frame: object) -> None:
        if writing.active:
            writing.pending = True
        else:
            raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield writing
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
