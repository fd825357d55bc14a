"""Batch: many inputs to a records JSONL, an errors JSONL and optionally a database, in parallel and resumable.

Every input ends as exactly one line: its record in the output or an entry
`{"source", "error": {"type", "message"}}` in the errors file. Workers (processes, or a dask
cluster) build the pipeline once each, then decode and extract; only this process writes,
one unbuffered append per line, the database after the JSONL, so a killed run leaves whole
lines that `--resume` reads back (a torn last line is dropped and the input redone).
"""
from __future__ import annotations

import contextlib
import errno
import glob
import importlib
import io
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Iterable,
    Iterator,
    Optional,
    Protocol,
    Sequence,
    TextIO,
    Union,
)

from extractor import decoding
from extractor.record_id import record_id
from models import ArticleRecord

if TYPE_CHECKING:
    from extractor.sinks import DatabaseSink, LedgerEntry

DEFAULT_EXTRACTOR = "extractor.api:default_extractor"
"""`module:function` returning an object with `.extract(text, *, source, published)`; called once per worker."""

STDIN = "-"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_LINE_BYTES = 4 * decoding.MAX_BYTES
"""A JSONL line longer than this is refused without being parsed (its text could not fit MAX_BYTES anyway)."""

DASK_CHUNK = 8
"""Articles per dask task: enough to hide the scheduling cost, few enough to spread a small run."""

DASK_PATIENCE = 60.0
"""Seconds a dask run waits for a task before it checks that the cluster still has a worker."""

TIME_LIMIT = 180.0
"""Seconds one article may take in a local worker before it is given up as a `Timeout` error (--time-limit)."""

BACKSTOP = 60.0
"""Seconds past its time limit after which the run kills a worker that did not stop itself (stuck outside Python)."""


class BatchError(RuntimeError):
    """A run that cannot start or go on; the message says what to do."""


class Interrupted(BatchError):
    """Ctrl-C or SIGTERM: what was written stays, and --resume finishes the run."""

    def __init__(self, summary: "Summary") -> None:
        super().__init__(f"{summary}; rerun with --resume to finish")
        self.summary = summary


@dataclass(frozen=True)
class Input:
    """One article to process: a file, the bytes of one (stdin, or a file shipped to a dask worker), or a JSONL text."""

    source: str
    path: Optional[Path] = None
    data: Optional[bytes] = None
    text: Optional[str] = None
    published: Optional[str] = None

    def load(self) -> decoding.Article:
        if self.text is not None:
            return decoding.article_from_text(self.text, source=self.source, published=self.published, encoding="jsonl")
        if self.data is not None:
            return decoding.decode_bytes(self.data, source=self.source)
        return decoding.read_article(self.path)


@dataclass(frozen=True)
class Outcome:
    """What became of one input: "record" (`line`), "error" (`error`), "known" (`id` already stored),
    "skipped" (its source already has a line: a record when `id` is set) or "fatal" (no pipeline: the run stops).
    `encoding` is what the input was read as, when it was read."""

    source: str
    kind: str
    id: Optional[str] = None
    line: Optional[str] = None
    error: Optional[dict[str, str]] = None
    encoding: Optional[str] = None


def _failure(source: str, kind: str, message: str) -> Outcome:
    return Outcome(source, "error", error={"type": kind, "message": message})


def _unreadable(source: str, exc: OSError) -> Outcome:
    return _failure(source, "UnreadableInput", f"{source}: cannot read it ({exc.strerror or exc}): "
                                               "check that it exists and is readable")


@dataclass
class Summary:
    """Counts of a run; inputs already done by an earlier run count as records or errors, and as `already`."""

    inputs: int = 0
    records: int = 0
    errors: int = 0
    already: int = 0

    def __str__(self) -> str:
        text = f"{self.inputs} inputs: {self.records} records, {self.errors} errors"
        return text + (f" ({self.already} already done)" if self.already else "")

    @property
    def accounted(self) -> bool:
        return self.records + self.errors == self.inputs


def default_errors_path(out: Path) -> Path:
    """records.jsonl -> records.errors.jsonl, in the same directory."""
    return out.with_name(f"{out.stem}.errors.jsonl")


# -- inputs -----------------------------------------------------------------------------------------


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
                    yield _failure(str(path), "UnreadableInput", f"{path}: cannot open it: check its permissions")
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
            yield _failure(where, "TooLarge", f"{where}: line over {MAX_LINE_BYTES / 2**20:g} MiB: "
                                              "split the article or give it as a file")
            continue
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            yield _failure(where, "InvalidJSONL", f"{where}: not JSON ({exc}): fix or remove the line")
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            yield _failure(where, "InvalidJSONL", f'{where}: needs an object with a "text" string: fix or remove the line')
            continue
        # a lone surrogate (a "\\ud800" escape) can be written to no file or database: "?" stands for it
        source = str(entry.get("source") or entry.get("id") or where).encode("utf-8", "replace").decode("utf-8")
        published = entry.get("published")
        try:
            if published is not None and not isinstance(published, str):
                raise ValueError('"published" must be an ISO date string or null')
            published = decoding.check_published(published)
        except ValueError as exc:
            yield _failure(source, "InvalidJSONL", f"{where}: {exc}: fix or remove the line")
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
        yield _failure("<stdin>", type(exc).__name__, str(exc))
    else:
        yield Input("<stdin>", data=data)


# -- workers ----------------------------------------------------------------------------------------

_PIPELINES: dict[str, Any] = {}
_PIPELINES_LOCK = threading.Lock()
_WORKER: dict[str, Any] = {}
"""The local pool worker's settings: set once by `_init_worker`."""


def _pipeline(factory: str) -> Any:
    """This process's pipeline, built on first use; the exception instead when it cannot be built (retried next call)."""
    with _PIPELINES_LOCK:
        if factory not in _PIPELINES:
            module, _, name = factory.partition(":")
            try:
                _PIPELINES[factory] = getattr(importlib.import_module(module), name)()
            except Exception as exc:  # a broken extractor stops the run with its reason, not each input
                return exc
        return _PIPELINES[factory]


def _process(item: Input, factory: str, known: frozenset[str]) -> Outcome:
    """Decode and extract one input; any failure of either becomes that input's error entry."""
    pipeline = _pipeline(factory)
    if isinstance(pipeline, Exception):
        return Outcome(item.source, "fatal", error={"type": type(pipeline).__name__, "message": str(pipeline)})
    try:
        article = item.load()
    except decoding.DecodingError as exc:
        return _failure(item.source, type(exc).__name__, str(exc))
    except OSError as exc:
        return _unreadable(item.source, exc)
    rid = record_id(article.text)
    if rid in known:
        return Outcome(item.source, "known", id=rid, encoding=article.encoding)
    try:
        line = record_for(pipeline, article, source=item.source).model_dump_json()
    except Exception as exc:  # the extractor's failure on one article costs that article, not the run
        return _failure(item.source, type(exc).__name__, f"{item.source}: extract() failed: {exc}")
    return Outcome(item.source, "record", id=rid, line=line, encoding=article.encoding)


def record_for(pipeline: Any, article: decoding.Article, *, source: Optional[str],
               published: Optional[str] = None) -> ArticleRecord:
    """The record a run makes of a decoded article: the page's date as `published` (unless one is given),
    the page's headline when the text gives none."""
    record = pipeline.extract(article.text, source=source, published=published or article.published)
    update: dict[str, Any] = {"warnings": [*article.warnings, *record.warnings]} if article.warnings else {}
    if record.title is None and article.title:
        update["title"] = article.title
    return record.model_copy(update=update) if update else record


def _init_worker(factory: str, known: frozenset[str], time_limit: Optional[float] = None) -> None:
    """Local pool initializer: Ctrl-C is the parent's to handle, the pipeline is built now, and the worker
    exits when its parent dies (a killed run leaves no orphans).

    A worker is one core: its model calls run one at a time (unless the user set ZHEXTRACT_THREADS).
    Processes scale where threads do not (the rule stages hold the GIL), so `--workers N` is N cores' worth.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, _on_alarm)
    os.environ.setdefault("ZHEXTRACT_THREADS", "1")
    _WORKER.update(factory=factory, known=known, time_limit=time_limit)
    driver = multiprocessing.parent_process()  # the run's process, also under forkserver

    def exit_with_driver() -> None:
        multiprocessing.connection.wait([driver.sentinel])
        os._exit(1)

    threading.Thread(target=exit_with_driver, daemon=True).start()
    _pipeline(factory)


def _ping() -> None:
    """A task that only proves a worker started."""


class _OutOfTime(BaseException):
    """Raised in a worker by its alarm; a BaseException, so that no `except Exception` on the way swallows it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _OutOfTime


def _process_local(item: Input) -> Outcome:
    """One input in a pool worker, within the run's time limit: the worker stops itself when time is up."""
    limit = _WORKER.get("time_limit")
    if not limit:
        return _process(item, _WORKER["factory"], _WORKER["known"])
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return _process(item, _WORKER["factory"], _WORKER["known"])
    except _OutOfTime:
        return _timed_out(item, limit)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _timed_out(item: Input, limit: float) -> Outcome:
    return _failure(item.source, "Timeout", f"{item.source}: extraction took longer than {limit:g} s and was stopped; "
                                            "raise --time-limit, or split the input into articles")


def _crashed(item: Input, why: str) -> Outcome:
    return _failure(item.source, "WorkerCrashed", f"{item.source}: {why}; the input may crash the extractor: "
                                                  "try it alone with `zhextract extract`")


_TRACKER_WARNING = "ignore:resource_tracker:UserWarning"


def _quiet_resource_tracker() -> None:
    """After a `kill -9` of the run, multiprocessing's resource tracker (a process of its own) unlinks the pool's
    semaphores, as it should, but warns of "leaked semaphore objects" on the terminal, where it reads as the
    next run's complaint. The tracker takes its warning filters from this interpreter's -W options when it
    starts: this one silences that message only."""
    if _TRACKER_WARNING not in sys.warnoptions:
        sys.warnoptions.append(_TRACKER_WARNING)


def _local_engine(items: Iterator[Union[Input, Outcome]], *, workers: int, factory: str,
                  known: frozenset[str], time_limit: Optional[float] = None) -> Iterator[Outcome]:
    """A process pool with a bounded number of inputs in flight. When a worker dies, the inputs that were
    in flight are retried one at a time in a new pool, so only the one that kills a worker alone fails.

    A worker stops an article that runs past `time_limit` itself; one stuck where its alarm cannot reach it
    (native code) is killed once the article could have run its limit and BACKSTOP more, and only that
    article, retried alone, fails as a `Timeout`."""
    context = _pool_context(factory)
    _quiet_resource_tracker()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(factory, known, time_limit))

    def replace_pool(broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """A new pool, proven to start: workers that die before any article are not the articles' fault."""
        broken.shutdown(wait=False, cancel_futures=True)
        pool = new_pool()
        try:
            pool.submit(_ping).result()
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            raise BatchError("worker processes die as they start: run `python -c \"import extractor.api\"` "
                             "and the extract command on one article to see why") from None
        return pool

    pool = new_pool()
    finished = False
    pending: dict[Future, Input] = {}
    deadlines: dict[Future, float] = {}
    overdue: set[Future] = set()  # killed by the backstop while running alone
    backlog: deque[Input] = deque()  # taken back from a pool that broke before they ran
    suspects: deque[Input] = deque()  # in flight when a worker died

    def submit(item: Input, alone: bool) -> bool:
        try:
            future = pool.submit(_process_local, item)
        except BrokenProcessPool:
            return False
        pending[future] = item
        if time_limit:
            # in a full pool an article may wait for one other per worker before it starts
            deadlines[future] = time.monotonic() + (1 if alone else 2) * time_limit + BACKSTOP
        return True

    def collect(future: Future, isolated: bool) -> tuple[Optional[Outcome], bool]:
        """The outcome of a finished future (None when the input goes back as a suspect), and whether a worker died."""
        item = pending.pop(future)
        deadlines.pop(future, None)
        try:
            return future.result(), False
        except BrokenProcessPool:
            if future in overdue:
                overdue.discard(future)
                return _timed_out(item, time_limit or 0), True
            if isolated:
                return _crashed(item, "a worker process died extracting it"), True
            suspects.append(item)
            return None, True
        except Exception as exc:  # the outcome could not come back (pickling); the input is still accounted for
            return _failure(item.source, type(exc).__name__, f"{item.source}: {exc}"), False

    def wait_for_one(isolated: bool) -> set[Future]:
        """The futures done, once one is; a worker past its backstop is killed on the way (its pool breaks)."""
        while True:
            timeout = max(0.0, min(deadlines.values()) - time.monotonic()) if deadlines else None
            done, _ = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
            if done:
                return done
            late = [f for f, at in deadlines.items() if at <= time.monotonic()]
            if late:
                if isolated:
                    overdue.update(late)
                for future in late:
                    deadlines.pop(future)
                _kill_workers(pool)

    try:
        while True:
            isolated, broken = bool(suspects), False
            if isolated and not pending:
                item = suspects.popleft()
                if not submit(item, alone=True):
                    suspects.appendleft(item)
                    broken = True
            while not isolated and not broken and len(pending) < 2 * workers:
                item = backlog.popleft() if backlog else next(items, None)
                if item is None:
                    break
                if isinstance(item, Outcome):
                    yield item
                elif not submit(item, alone=False):
                    backlog.appendleft(item)
                    broken = True
            if not pending and not broken:
                finished = True
                return
            done = wait_for_one(isolated) if pending else set()
            for future in done:
                outcome, died = collect(future, isolated)
                broken = broken or died
                if outcome is not None:
                    yield outcome
            if broken:
                wait(pending)
                for future in list(pending):
                    outcome, _ = collect(future, isolated)
                    if outcome is not None:
                        yield outcome
                pool = replace_pool(pool)
    finally:
        # a finished run waits for its idle workers: left to the interpreter's exit, the pool's manager thread
        # may write to a wake-up pipe already closed ("Exception ignored in: <module 'threading'> ... EBADF")
        pool.shutdown(wait=finished, cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's worker processes: the pool breaks, and its futures fail with BrokenProcessPool."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # the executor names no public way
        process.kill()


def _pool_context(factory: str) -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has built the default pipeline already, so that a worker's start-up
    (models, dictionaries: seconds of CPU) is paid once per run and its memory shared; spawned where the
    platform has no forkserver. Another factory (tests, a custom extractor) gets a plain forkserver."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if factory == DEFAULT_EXTRACTOR:
        context.set_forkserver_preload(["extractor.preload"])
    return context


def _dask_engine(items: Iterator[Union[Input, Outcome]], *, workers: int, factory: str, known: frozenset[str],
                 scheduler: Optional[str]) -> Iterator[Outcome]:
    """Chunks of inputs as dask tasks on `scheduler`, or on a LocalCluster of `workers` processes, two chunks
    in flight per worker thread. Files are read here and shipped as bytes: a remote worker may not see them.
    A chunk whose task kills its worker is split, so only the input that does it alone fails."""
    try:
        import dask
        from distributed import Client, LocalCluster
        from distributed import wait as wait_for
    except ImportError as exc:
        raise BatchError(f"--engine dask needs dask.distributed: pip install 'dask[distributed]' ({exc})") from exc
    with contextlib.ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="20s"))
            else:
                # A LocalCluster closes for good a worker that stays away longer than lost-worker-timeout (15 s);
                # its nanny restarts a crashed worker, which on a loaded machine can take longer than that.
                stack.enter_context(dask.config.set({"distributed.deploy.lost-worker-timeout": "10 minutes"}))
                cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=None))
                client = stack.enter_context(Client(cluster))
        except OSError as exc:
            raise BatchError(f"cannot reach the dask scheduler {scheduler}: {exc}; check --scheduler") from exc
        setup = f"zhextract-{os.getpid()}-{time.time_ns()}"
        client.register_plugin(_dask_setup()(factory, known), name=setup)
        stack.callback(client.unregister_worker_plugin, setup)
        slots = 2 * (sum(client.nthreads().values()) or workers)
        chunks: dict[Future, list[Input]] = {}

        def submit(chunk: list[Input]) -> None:
            chunks[client.submit(_process_chunk, chunk, setup, pure=False)] = chunk

        def alive() -> None:
            """A cluster left without workers would be waited on for ever: the run stops instead."""
            try:
                client.wait_for_workers(1, timeout=DASK_PATIENCE)
            except TimeoutError:
                raise BatchError(f"the dask cluster has had no worker for {DASK_PATIENCE:g} s (they died or were "
                                 "closed): restart them, then rerun with --resume") from None

        def results(future: Future) -> Iterator[Outcome]:
            chunk = chunks.pop(future)
            while True:
                try:
                    outcomes = future.result(timeout=DASK_PATIENCE)
                    break
                except TimeoutError:
                    alive()
                except Exception as exc:  # KilledWorker and the like: split the chunk, or blame its single input
                    if len(chunk) > 1:
                        for item in chunk:
                            submit([item])
                    else:
                        yield _crashed(chunk[0], f"its dask task failed ({type(exc).__name__}: {exc})")
                    return
            yield from outcomes

        def next_done() -> Iterator[Outcome]:
            try:
                done = wait_for(list(chunks), timeout=DASK_PATIENCE, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                alive()
                return
            for future in done:
                yield from results(future)

        chunk: list[Input] = []
        for item in _shipped(items):
            if isinstance(item, Outcome):
                yield item
                continue
            chunk.append(item)
            if len(chunk) == DASK_CHUNK:
                submit(chunk)
                chunk = []
                while len(chunks) >= slots:
                    yield from next_done()
        if chunk:
            submit(chunk)
        while chunks:
            yield from next_done()


def _process_chunk(items: list[Input], setup: str) -> list[Outcome]:
    from distributed import get_worker

    plugin = get_worker().plugins[setup]
    return [_process(item, plugin.factory, plugin.known) for item in items]


def _dask_setup() -> type:
    """The WorkerPlugin class, made on first use so that importing this module does not import dask; kept
    as this module's `DaskSetup` so that it pickles by name."""
    if "DaskSetup" in globals():
        return globals()["DaskSetup"]
    from distributed import WorkerPlugin

    class DaskSetup(WorkerPlugin):
        """On every dask worker, restarted ones too: the pipeline, built once, and the ids already done."""

        def __init__(self, factory: str, known: frozenset[str]) -> None:
            self.factory, self.known = factory, known

        def setup(self, worker: Any) -> None:
            os.environ.setdefault("ZHEXTRACT_THREADS", "1")  # a LocalCluster runs one process per core
            _pipeline(self.factory)

    DaskSetup.__module__, DaskSetup.__qualname__ = __name__, "DaskSetup"
    globals()["DaskSetup"] = DaskSetup
    return DaskSetup


def __getattr__(name: str) -> Any:
    if name == "DaskSetup":
        return _dask_setup()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _shipped(items: Iterator[Union[Input, Outcome]]) -> Iterator[Union[Input, Outcome]]:
    """Inputs with file contents in place of paths (size-checked before reading)."""
    for item in items:
        if isinstance(item, Input) and item.path is not None:
            try:
                item = Input(item.source, data=decoding.read_bytes(item.path))
            except decoding.DecodingError as exc:
                item = _failure(item.source, type(exc).__name__, str(exc))
            except OSError as exc:
                item = _unreadable(item.source, exc)
        yield item


# -- outputs ----------------------------------------------------------------------------------------


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
    return (entry for _, entry in _read(path))


def _read(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
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


def _error_line(outcome: Outcome) -> str:
    return json.dumps({"source": outcome.source, "error": outcome.error}, ensure_ascii=False)


# -- progress ---------------------------------------------------------------------------------------


class Progress(Protocol):
    def start(self, total: Optional[int]) -> None: ...

    def update(self, summary: Summary) -> None: ...

    def close(self) -> None: ...


class _Rate:
    """Articles per second since the first one finished: the minutes the workers spend loading their models
    before it would make the first ETA hours long."""

    def __init__(self) -> None:
        self.first: Optional[tuple[float, int]] = None

    def __call__(self, summary: Summary) -> Optional[float]:
        """The rate, or None until an article has finished since the first (inputs done earlier do not count)."""
        done, now = summary.inputs - summary.already, time.monotonic()
        if done and self.first is None:
            self.first = (now, done)
        if self.first is None or done <= self.first[1]:
            return None
        return (done - self.first[1]) / max(now - self.first[0], 1e-9)


class RichProgress:
    """A rich progress bar with articles/s and ETA, for a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, total: Optional[int]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._bar = Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[rate]} articles/s ETA {task.fields[eta]}"),
                             TextColumn("{task.fields[detail]}"), console=Console(file=self.stream))
        self._task = self._bar.add_task("extract", total=total, rate="-", eta="-:--:--", detail="")
        self._total, self._rate = total, _Rate()
        self._bar.start()

    def update(self, summary: Summary) -> None:
        rate = self._rate(summary)
        fields = {"rate": f"{rate:.1f}", "eta": _eta(self._total, summary, rate)} if rate else {}
        self._bar.update(self._task, completed=summary.inputs, detail=f"{summary.records} records, {summary.errors} errors",
                         **fields)

    def close(self) -> None:
        self._bar.stop()


class LogProgress:
    """A plain line every `interval` seconds once an article has finished, for logs and pipes."""

    def __init__(self, stream: TextIO, interval: float = 10.0) -> None:
        self.stream, self.interval = stream, interval

    def start(self, total: Optional[int]) -> None:
        self._total, self._rate = total, _Rate()
        self._last = time.monotonic()

    def update(self, summary: Summary) -> None:
        rate = self._rate(summary)
        now = time.monotonic()
        if rate is None or now - self._last < self.interval:
            return
        self._last = now
        of = f"/{self._total}" if self._total is not None else ""
        eta = f", ETA {_eta(self._total, summary, rate)}" if self._total is not None else ""
        print(f"zhextract: {summary.inputs}{of} inputs, {summary.records} records, {summary.errors} errors, "
              f"{rate:.1f} articles/s{eta}", file=self.stream, flush=True)

    def close(self) -> None:
        pass


def _eta(total: Optional[int], summary: Summary, rate: float) -> str:
    if total is None:
        return "-:--:--"
    return time.strftime("%H:%M:%S", time.gmtime(max(total - summary.inputs, 0) / rate))


def progress_for(stream: TextIO) -> Progress:
    """A rich bar on a terminal, periodic log lines otherwise."""
    return RichProgress(stream) if stream.isatty() else LogProgress(stream)


# -- the run ----------------------------------------------------------------------------------------


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
    workers = workers or _cpu_count()
    exclude = [out, errors]
    if sink and sink.engine.dialect.name == "sqlite" and sink.engine.url.database:
        exclude.append(Path(sink.engine.url.database))
    paths = resolve(inputs, exclude=exclude)
    if not resume and not overwrite:
        for path in (out, errors):
            if path.is_file() and path.stat().st_size:
                raise BatchError(f"{path} already has lines: pass --resume to continue that run, --overwrite to "
                                 "start again, or choose another file")
    outputs = _Outputs.open(out, errors, sink, resume=resume, overwrite=overwrite)
    summary = Summary()
    if progress:
        progress.start(count_inputs(paths))
    try:
        with _sigterm_as_interrupt():
            items = (outputs.skip_done(item) for item in _unique_sources(iter_inputs(paths, stdin=stdin)))
            if engine == "dask":
                outcomes = _dask_engine(items, workers=workers, factory=extractor, known=outputs.known, scheduler=scheduler)
            else:
                outcomes = _local_engine(items, workers=workers, factory=extractor, known=outputs.known, time_limit=time_limit)
            with contextlib.closing(outcomes):
                for outcome in outcomes:
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


def _unique_sources(items: Iterator[Union[Input, Outcome]]) -> Iterator[Union[Input, Outcome]]:
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


class _Outputs:
    """The run's writers: records and errors JSONL, then the database (records by text, a ledger row per input);
    with `done`, the sources an earlier run wrote (-> record id, None for an error) and where each id's line is."""

    def __init__(self, records: JsonlWriter, failures: JsonlWriter, sink: Optional["DatabaseSink"]) -> None:
        self.records, self.failures, self.sink = records, failures, sink
        self.done: dict[str, Optional[str]] = {}
        self.lines: dict[str, int] = {}
        self.known: frozenset[str] = frozenset()

    @classmethod
    def open(cls, out: Path, errors: Path, sink: Optional["DatabaseSink"], *, resume: bool, overwrite: bool) -> "_Outputs":
        """Both files opened (or neither: a file this call created is removed again), the earlier run read back."""
        created = not out.exists()
        records = JsonlWriter(out, option="--out", truncate=overwrite)
        try:
            failures = JsonlWriter(errors, option="--errors", truncate=overwrite)
        except BatchError:
            records.close()
            if created:
                out.unlink()
            raise
        outputs = cls(records, failures, sink)
        if resume:
            try:
                outputs._read_back()
            except BaseException:
                outputs.close()
                raise
        return outputs

    def _read_back(self) -> None:
        """What the earlier run wrote; records and ledger rows that reached the JSONL but not the database (a
        run killed between the two writes) are written to the database now."""
        for offset, entry in _read(self.records.path):
            self.done[entry["source"]] = entry["id"]
            self.lines.setdefault(entry["id"], offset)
        failed = {entry["source"]: entry["error"] for entry in read_jsonl(self.failures.path)}
        for source in failed:
            self.done.setdefault(source, None)
        if self.sink is None:
            self.known = frozenset(self.lines)
            return
        stored, logged = self.sink.ids(), self.sink.sources()
        for entry in read_jsonl(self.records.path):
            ledger = _ledger_entry(Outcome(entry["source"], "record", id=entry["id"]))
            if entry["id"] not in stored:
                _to_db(self.sink.write, ArticleRecord.model_validate(entry), ledger)
                stored.add(entry["id"])
            elif entry["source"] not in logged:
                _to_db(self.sink.log, ledger)
        for source, error in failed.items():
            if source not in logged and self.done[source] is None:
                _to_db(self.sink.log, _ledger_entry(Outcome(source, "error", error=error)))
        self.known = frozenset(set(self.lines) | stored)

    def skip_done(self, item: Union[Input, Outcome]) -> Union[Input, Outcome]:
        """An input whose source already has a line is done: it is counted, not processed again."""
        if item.source in self.done:
            return Outcome(item.source, "skipped", id=self.done[item.source])
        return item

    def account(self, outcome: Outcome, summary: Summary) -> None:
        """Write one outcome: the JSONL line first, then the database rows."""
        if outcome.kind == "fatal":
            raise BatchError(f"the extractor cannot be built ({outcome.error['type']}: {outcome.error['message']}); "
                             "fix it, then rerun with --resume")
        summary.inputs += 1
        if outcome.kind == "skipped":
            summary.already += 1
            if outcome.id is None:
                summary.errors += 1
            else:
                summary.records += 1
            return
        if outcome.kind == "error":
            self.failures.write(_error_line(outcome))
            summary.errors += 1
            if self.sink:
                _to_db(self.sink.log, _ledger_entry(outcome))
            return
        summary.records += 1
        if outcome.kind == "known":
            summary.already += 1
            record = ArticleRecord.model_validate({**self._stored(outcome), "source": outcome.source})
            self.records.write(record.model_dump_json())
            if self.sink:
                _to_db(self.sink.log, _ledger_entry(outcome))
            return
        self.records.write(outcome.line)
        if self.sink:
            _to_db(self.sink.write, ArticleRecord.model_validate_json(outcome.line), _ledger_entry(outcome))

    def _stored(self, outcome: Outcome) -> dict[str, Any]:
        """The record of a text already done, from the database or from its line in the output."""
        stored = self.sink.record(outcome.id) if self.sink else None
        if stored is None and outcome.id in self.lines:
            with open(self.records.path, "rb") as stream:
                stream.seek(self.lines[outcome.id])
                stored = json.loads(stream.readline())
        if stored is None:
            raise BatchError(f"{outcome.source}: record {outcome.id} vanished from the database during the run; "
                             "rerun with --resume")
        return stored

    def close(self) -> None:
        self.records.close()
        self.failures.close()


def _ledger_entry(outcome: Outcome) -> "LedgerEntry":
    from extractor.sinks import LedgerEntry

    error = outcome.error or {}
    return LedgerEntry(outcome.source, article_id=outcome.id if outcome.kind != "error" else None,
                       error_type=error.get("type"), error_message=error.get("message"), encoding=outcome.encoding)


def _to_db(write: Any, *args: Any) -> None:
    """A database write; its failure stops the run, with what --resume will do about it."""
    from extractor.sinks import SinkError

    try:
        write(*args)
    except SinkError as exc:
        raise BatchError(f"{exc}; the JSONL has the line, and --resume will add it to the database") from exc


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: the lines written so far stay whole."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
