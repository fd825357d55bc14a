"""Where the articles are extracted: a local process pool (one core a worker, a time limit per article) or a dask cluster.

A worker builds the pipeline once; local workers are forked from a server that has built the default pipeline already.
"""
from __future__ import annotations

import contextlib
import importlib
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
from typing import Any, Iterator, Optional, Union

from extractor import decoding
from extractor.batch.outcomes import BatchError, Input, Outcome, failure, unreadable
from extractor.record_id import record_id
from models import ArticleRecord

DEFAULT_EXTRACTOR = "extractor.api:default_extractor"
"""`module:function` returning an object with `.extract(text, *, source, published)`; called once per worker."""


DASK_CHUNK = 8
"""Articles per dask task: enough to hide the scheduling cost, few enough to spread a small run."""


DASK_PATIENCE = 60.0
"""Seconds a dask run waits for a task before it checks that the cluster still has a worker."""


TIME_LIMIT = 180.0
"""Seconds one article may take in a local worker before it is given up as a `Timeout` error (--time-limit)."""


BACKSTOP = 60.0
"""Seconds past its time limit after which the run kills a worker that did not stop itself (stuck outside Python)."""


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
        return failure(item.source, type(exc).__name__, str(exc))
    except OSError as exc:
        return unreadable(item.source, exc)
    rid = record_id(article.text)
    if rid in known:
        return Outcome(item.source, "known", id=rid, encoding=article.encoding)
    try:
        line = record_for(pipeline, article, source=item.source).model_dump_json()
    except Exception as exc:  # the extractor's failure on one article costs that article, not the run
        return failure(item.source, type(exc).__name__, f"{item.source}: extract() failed: {exc}")
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
    return failure(item.source, "Timeout", f"{item.source}: extraction took longer than {limit:g} s and was stopped; "
                                            "raise --time-limit, or split the input into articles")


def _crashed(item: Input, why: str) -> Outcome:
    return failure(item.source, "WorkerCrashed", f"{item.source}: {why}; the input may crash the extractor: "
                                                  "try it alone with `zhextract extract`")


_TRACKER_WARNING = "ignore:resource_tracker:UserWarning"


def _quiet_resource_tracker() -> None:
    """After a `kill -9` of the run, multiprocessing's resource tracker (a process of its own) unlinks the pool's
    semaphores, as it should, but warns of "leaked semaphore objects" on the terminal, where it reads as the
    next run's complaint. The tracker takes its warning filters from this interpreter's -W options when it
    starts: this one silences that message only."""
    if _TRACKER_WARNING not in sys.warnoptions:
        sys.warnoptions.append(_TRACKER_WARNING)


def local_engine(items: Iterator[Union[Input, Outcome]], *, workers: int, factory: str,
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
            return failure(item.source, type(exc).__name__, f"{item.source}: {exc}"), False

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


def dask_engine(items: Iterator[Union[Input, Outcome]], *, workers: int, factory: str, known: frozenset[str],
                 scheduler: Optional[str]) -> Iterator[Outcome]:
    """Chunks of inputs as dask tasks on `scheduler`, or on a LocalCluster of `workers` processes, two chunks
    in flight per worker thread. Files are read here and shipped as bytes: a remote worker may not see them.
    A chunk whose task kills its worker is split, so only the input that does it alone fails: a single input
    that failed beside other tasks may only have shared a worker with the culprit, so it is run again alone."""
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
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
                stack.callback(_close_own_cluster, cluster)
                client = stack.enter_context(Client(cluster))
        except OSError as exc:
            raise BatchError(f"cannot reach the dask scheduler {scheduler}: {exc}; check --scheduler") from exc
        setup = f"zhextract-{os.getpid()}-{time.time_ns()}"
        client.register_plugin(_dask_setup()(factory, known), name=setup)
        stack.callback(client.unregister_worker_plugin, setup)
        slots = 2 * (sum(client.nthreads().values()) or workers)
        chunks: dict[Future, list[Input]] = {}
        suspects: list[Input] = []

        def submit(chunk: list[Input]) -> None:
            chunks[client.submit(_process_chunk, chunk, setup, pure=False)] = chunk

        def alive() -> None:
            """A cluster left without workers would be waited on for ever: the run stops instead."""
            try:
                client.wait_for_workers(1, timeout=DASK_PATIENCE)
            except TimeoutError:
                raise BatchError(f"the dask cluster has had no worker for {DASK_PATIENCE:g} s (they died or were "
                                 "closed): restart them, then rerun with --resume") from None

        def results(future: Future, alone: bool) -> Iterator[Outcome]:
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
                    elif not alone:  # other tasks were on the cluster: any of them may have killed the worker
                        suspects.append(chunk[0])
                    else:
                        yield _crashed(chunk[0], f"its dask task failed alone ({type(exc).__name__}: {exc})")
                    return
            yield from outcomes

        def next_done(alone: bool = False) -> Iterator[Outcome]:
            try:
                done = wait_for(list(chunks), timeout=DASK_PATIENCE, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                alive()
                return
            for future in done:
                yield from results(future, alone)

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
        for item in suspects:  # each on its own: a failure now is the input's
            submit([item])
            while chunks:
                yield from next_done(alone=True)
        if not scheduler:
            _settle(client, workers)


def _settle(client: Any, workers: int) -> None:
    """Waits for the nannies to finish restarting the workers a crash killed: a LocalCluster closed while a nanny
    starts a worker fails inside dask (`can only join a started process`)."""
    try:
        client.wait_for_workers(workers, timeout=DASK_PATIENCE)
    except TimeoutError:
        pass  # a worker that does not come back is closed with the rest


def _close_own_cluster(cluster: Any) -> None:
    """Closes the run's own LocalCluster. Every outcome has been yielded by then, so a failure to close it costs no
    result: it is reported, not raised."""
    try:
        cluster.close()
    except Exception as exc:  # dask's own shutdown; the results are already written
        print(f"zhextract: closing the run's dask LocalCluster failed ({type(exc).__name__}: {exc}); "
              "every result was written", file=sys.stderr)


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
                item = failure(item.source, type(exc).__name__, str(exc))
            except OSError as exc:
                item = unreadable(item.source, exc)
        yield item
