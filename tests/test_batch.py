"""The batch run: every input accounted for exactly once, in the JSONL and the database, resumable after a kill,
on a local process pool and on dask. Stub extractors test the run's own paths fast; real articles test the whole."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from extractor import batch
from extractor.batch import BatchError, read_jsonl
from extractor.batch import engines as batch_engines
from extractor.batch import inputs as batch_inputs
from extractor.cli import app
from extractor.record_id import record_id
from extractor.sinks import articles, figures, open_sink, people, quotes
from models import ArticleRecord
from tests.helpers import OWN_CORPUS, ROOT, SHARED_CORPUS, needs_shared

STUB = f"{__name__}:stub_extractor"


class StubExtractor:
    """A fast stand-in: text with BOOM raises, text with CRASH kills the worker, text with STALL waits, text with
    SLOW takes 30 s, text with STUCK takes 30 s where no alarm reaches it, anything else gets a bare record."""

    def extract(self, text, *, source=None, published=None):
        if "BOOM" in text:
            raise RuntimeError("boom")
        if "CRASH" in text:
            os._exit(3)
        if "SLOW" in text:
            time.sleep(30)
        if "STUCK" in text:  # like native code that never returns to the interpreter: the alarm waits
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        if "STALL" in text:  # tells the test it started (a file beside the input), then waits to be stopped
            Path(source + ".started").touch()
            time.sleep(600)
        return ArticleRecord(id=record_id(text), source=source, published=published)


def stub_extractor():
    return StubExtractor()


def threads_reporting_extractor():
    """Records, in `warnings`, how many model calls at once the worker it runs in was given."""
    from extractor.lac import threads_from_env

    class Reporting:
        def extract(self, text, *, source=None, published=None):
            return ArticleRecord(id=record_id(text), source=source, warnings=[f"threads={threads_from_env(default=0)}"])

    return Reporting()


def broken_extractor():
    raise ImportError("No module named 'fake_model'")


def always_failing_extractor():
    class Failing:
        def extract(self, text, **_):
            raise RuntimeError("this extractor must not be called")

    return Failing()


def chinese(n: int, extra: str = "") -> str:
    return f"第{n}篇：二十六日上午，國際低碳大會在鎮江市體育會展中心開幕，來自三十多個國家和地區的代表出席。{extra}"


def sources(*paths: Path) -> Counter:
    """How often each source appears across records and error files."""
    return Counter(entry["source"] for path in paths for entry in read_jsonl(path))


def error_types(path: Path) -> dict[str, str]:
    return {entry["source"]: entry["error"]["type"] for entry in read_jsonl(path)}


# -- the run's own paths, with a stub extractor --------------------------------------------------------


@pytest.fixture
def stub_inputs(tmp_path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for n in range(4):
        (root / f"a{n}.txt").write_text(chinese(n), encoding="utf-8")
    (root / "sub" / "gbk.txt").write_bytes(chinese(9).encode("gb18030"))
    (root / "boom.txt").write_text(chinese(5, "BOOM"), encoding="utf-8")
    (root / "crash.txt").write_text(chinese(6, "CRASH"), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden.txt").write_text(chinese(7), encoding="utf-8")
    with open(root / "lines.jsonl", "w", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": "caller-1", "text": chinese(8), "published": "2017-09-26"}, ensure_ascii=False))
        stream.write("\n\nnot json\n")
        stream.write(json.dumps({"text": 3}) + "\n")
        stream.write(json.dumps({"source": "http://example.com/a", "text": "English only, no Chinese here."}) + "\n")
    return root


def stub_expected(root: Path) -> dict[str, object]:
    """Each source of `stub_inputs` and its error type (None for a record); the hidden file is not an input."""
    files = {"a0.txt": None, "a1.txt": None, "a2.txt": None, "a3.txt": None, "sub/gbk.txt": None,
             "boom.txt": "RuntimeError", "crash.txt": "WorkerCrashed", "empty.txt": "EmptyInput"}
    jsonl = root / "lines.jsonl"
    return {**{str(root / name): kind for name, kind in files.items()}, "caller-1": None,
            f"{jsonl}:3": "InvalidJSONL", f"{jsonl}:4": "InvalidJSONL", "http://example.com/a": "NotChinese"}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_worker_is_one_core(tmp_path, workers, monkeypatch):
    """Each worker makes one model call at a time, whatever --workers says: N workers are N cores' worth."""
    monkeypatch.delenv("ZHEXTRACT_THREADS", raising=False)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(4):
        (inputs / f"a{n}.txt").write_text(chinese(n), encoding="utf-8")
    out = tmp_path / "records.jsonl"
    batch.run([str(inputs)], out=out, workers=workers, extractor=f"{__name__}:threads_reporting_extractor")
    assert {entry["warnings"][0] for entry in read_jsonl(out)} == {"threads=1"}


def test_every_input_is_one_line_and_a_crash_costs_only_its_input(tmp_path, stub_inputs):
    out = tmp_path / "out" / "records.jsonl"
    summary = batch.run([str(stub_inputs)], out=out, workers=2, extractor=STUB)
    expected = stub_expected(stub_inputs)
    errors = out.with_name("records.errors.jsonl")
    assert sources(out, errors) == Counter(expected.keys())
    assert error_types(errors) == {source: kind for source, kind in expected.items() if kind}
    assert (summary.inputs, summary.records, summary.errors) == (len(expected), 6, 6) and summary.accounted
    assert str(summary) == "12 inputs: 6 records, 6 errors"
    by_source = {entry["source"]: entry for entry in read_jsonl(out)}
    assert by_source["caller-1"]["published"] == "2017-09-26"
    assert by_source[str(stub_inputs / "sub" / "gbk.txt")]["id"] == record_id(chinese(9))


def test_a_broken_extractor_stops_the_run_with_its_reason(tmp_path, stub_inputs):
    with pytest.raises(BatchError, match="fake_model.*--resume"):
        batch.run([str(stub_inputs / "a0.txt")], out=tmp_path / "r.jsonl", workers=1, extractor=f"{__name__}:broken_extractor")


def test_an_existing_output_is_continued_only_with_resume(tmp_path, stub_inputs):
    out = tmp_path / "r.jsonl"
    out.write_text('{"id": "x"}\n')
    with pytest.raises(BatchError, match="already has lines: pass --resume"):
        batch.run([str(stub_inputs)], out=out, extractor=STUB)
    with pytest.raises(BatchError, match="same file"):
        batch.run([str(stub_inputs)], out=out, errors=tmp_path / "r.jsonl", extractor=STUB)


def test_resume_mends_a_torn_line_and_fills_in_the_database(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for n in range(6):
        (root / f"{n}.txt").write_text(chinese(n), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    out, db = tmp_path / "r.jsonl", f"sqlite:///{tmp_path / 'r.db'}"
    with open_sink(db) as sink:
        batch.run([str(root)], out=out, sink=sink, workers=2, extractor=STUB)
    # what a kill leaves: two inputs not done, one record in the JSONL but not yet in the database, a torn line
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:4]) + lines[4][:25])
    with open_sink(db) as sink, sink.engine.begin() as connection:
        connection.execute(articles.delete().where(articles.c.id.in_([json.loads(line)["id"] for line in lines[3:]])))
    with open_sink(db) as sink:
        summary = batch.run([str(root)], out=out, sink=sink, workers=2, resume=True, extractor=STUB)
        stored = sink.ids()
    assert str(summary) == "7 inputs: 6 records, 1 errors (5 already done)"
    assert sources(out, tmp_path / "r.errors.jsonl") == Counter({str(p): 1 for p in root.iterdir()})
    assert stored == {entry["id"] for entry in read_jsonl(out)} and len(stored) == 6


def test_resume_takes_records_from_the_database_without_extracting(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for n in range(3):
        (root / f"{n}.txt").write_text(chinese(n), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    with open_sink(db) as sink:
        batch.run([str(root)], out=tmp_path / "first.jsonl", sink=sink, workers=1, extractor=STUB)
        summary = batch.run([str(root)], out=tmp_path / "second.jsonl", sink=sink, workers=1, resume=True,
                            extractor=f"{__name__}:always_failing_extractor")
    assert str(summary) == "3 inputs: 3 records, 0 errors (3 already done)"
    assert {e["id"] for e in read_jsonl(tmp_path / "second.jsonl")} == {record_id(chinese(n)) for n in range(3)}
    assert not (tmp_path / "second.errors.jsonl").read_bytes()


@pytest.mark.parametrize("data, expected", [
    (chinese(1).encode("big5"), {"<stdin>": None}),
    (b"", {"<stdin>": "EmptyInput"}),
    ("\n".join(json.dumps({"text": chinese(n)}, ensure_ascii=False) for n in range(3)).encode() + b"\n{bad\n",
     {"<stdin>:1": None, "<stdin>:2": None, "<stdin>:3": None, "<stdin>:4": "InvalidJSONL"}),
], ids=["one article", "empty", "jsonl"])
def test_stdin_holds_one_article_or_jsonl(tmp_path, data, expected):
    out = tmp_path / "r.jsonl"
    summary = batch.run(["-"], out=out, workers=1, extractor=STUB, stdin=io.BytesIO(data))
    assert sources(out, tmp_path / "r.errors.jsonl") == Counter(expected.keys())
    assert error_types(tmp_path / "r.errors.jsonl") == {s: k for s, k in expected.items() if k}
    assert summary.inputs == len(expected)


def test_a_jsonl_line_over_the_limit_is_refused_unparsed(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_inputs, "MAX_LINE_BYTES", 300)
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "中" * 200}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": chinese(1)}, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(batch.iter_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Outcome", "Input"]
    assert items[0].error["type"] == "TooLarge" and items[1].source == f"{path}:2"
    assert batch.count_inputs([path]) == 2


def test_inputs_are_files_directories_and_globs_each_once(tmp_path):
    root = tmp_path / "in"
    (root / "b" / ".git").mkdir(parents=True)
    for name in ["a.txt", "b/c.txt", "b/d.html", "b/.git/config", ".DS_Store"]:
        (root / name).write_text("x")
    out = root / "records.jsonl"
    out.write_text("")
    found = batch.resolve([str(root), str(root / "a.txt"), str(root / "b" / "*.html")], exclude=[out])
    assert found == [root / "a.txt", root / "b" / "c.txt", root / "b" / "d.html"]
    assert batch.resolve([str(root / "**" / "c.txt"), "-"]) == [root / "b" / "c.txt", "-"]
    with pytest.raises(BatchError, match="no such file"):
        batch.resolve([str(root / "missing.txt")])
    with pytest.raises(BatchError, match="matches no file"):
        batch.resolve([str(root / "*.pdf")])


def test_read_jsonl_skips_a_torn_last_line_but_not_a_bad_middle_one(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2}\n{"id": 3, "tex')
    assert [e["id"] for e in read_jsonl(path)] == [1, 2]
    writer = batch.JsonlWriter(path, option="--out")
    writer.write('{"id": 4}')
    writer.close()
    assert path.read_bytes() == b'{"id": 1}\n{"id": 2}\n{"id": 4}\n'
    path.write_bytes(b'{"id": 1}\nnot json\n{"id": 3}\n')
    with pytest.raises(BatchError, match=r"r\.jsonl:2 is not JSON"):
        list(read_jsonl(path))


def test_a_whole_last_line_without_newline_is_kept(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2}')
    writer = batch.JsonlWriter(path, option="--out")
    writer.write('{"id": 3}')
    writer.close()
    assert [e["id"] for e in read_jsonl(path)] == [1, 2, 3]


def test_progress_is_a_bar_on_a_terminal_and_log_lines_otherwise():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(batch.progress_for(Terminal()), batch.RichProgress)
    log = io.StringIO()
    progress = batch.progress_for(log)
    assert isinstance(progress, batch.LogProgress)
    progress.interval = 0
    progress.start(10)
    progress.update(batch.Summary(inputs=1, records=1))
    assert log.getvalue() == "", "the first line waits until articles finish after the first (models load before it)"
    progress.update(batch.Summary(inputs=4, records=3, errors=1))
    assert re.fullmatch(r"zhextract: 4/10 inputs, 3 records, 1 errors, [\d.]+ articles/s, ETA \d\d:\d\d:\d\d\n", log.getvalue())
    terminal = Terminal()
    bar = batch.RichProgress(terminal)
    bar.start(10)
    bar.update(batch.Summary(inputs=10, records=9, errors=1))
    bar.close()
    assert "10/10" in terminal.getvalue() and "articles/s" in terminal.getvalue()


def test_default_errors_file_is_next_to_the_output():
    assert batch.default_errors_path(Path("out/records.jsonl")) == Path("out/records.errors.jsonl")
    assert batch.default_errors_path(Path("records")) == Path("records.errors.jsonl")


def test_the_run_command_reports_usage_errors_clearly(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 1 and "no such file or directory" in result.output
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "r.jsonl"), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 1 and "--scheduler needs --engine dask" in result.output
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "r.jsonl"), "--db", "nonsense://x"])
    assert result.exit_code == 1 and "not a database URL" in result.output


def test_the_cli_loads_no_batch_machinery_at_import():
    code = ("import sys; from extractor.cli import app; "
            "print([m for m in ('sqlalchemy', 'distributed', 'trafilatura', 'charset_normalizer', 'extractor.batch') "
            "if m in sys.modules])")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout == "[]\n"


def test_an_article_past_the_time_limit_is_a_timeout_and_the_run_goes_on(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for n in range(3):
        (root / f"a{n}.txt").write_text(chinese(n), encoding="utf-8")
    (root / "slow.txt").write_text(chinese(9, "SLOW"), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    summary = batch.run([str(root)], out=out, workers=2, extractor=STUB, time_limit=1.0)
    assert time.monotonic() - started < 25
    assert str(summary) == "4 inputs: 3 records, 1 errors"
    assert error_types(tmp_path / "r.errors.jsonl") == {str(root / "slow.txt"): "Timeout"}


def test_a_worker_stuck_where_its_alarm_cannot_reach_is_killed_and_only_its_article_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_engines, "BACKSTOP", 1.0)
    root = tmp_path / "in"
    root.mkdir()
    for n in range(3):
        (root / f"a{n}.txt").write_text(chinese(n), encoding="utf-8")
    (root / "stuck.txt").write_text(chinese(9, "STUCK"), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    summary = batch.run([str(root)], out=out, workers=2, extractor=STUB, time_limit=1.0)
    assert time.monotonic() - started < 28
    assert str(summary) == "4 inputs: 3 records, 1 errors"
    assert error_types(tmp_path / "r.errors.jsonl") == {str(root / "stuck.txt"): "Timeout"}


def test_dask_local_cluster_gives_the_same_guarantees(tmp_path, stub_inputs):
    """No --scheduler: the run starts its own LocalCluster of worker processes; a crashing input kills workers
    until dask gives up on it, and only that input fails."""
    pytest.importorskip("distributed")
    out = tmp_path / "r.jsonl"
    summary = batch.run([str(stub_inputs)], out=out, workers=1, engine="dask", extractor=STUB)
    expected = stub_expected(stub_inputs)
    assert sources(out, tmp_path / "r.errors.jsonl") == Counter(expected.keys())
    assert error_types(tmp_path / "r.errors.jsonl") == {s: k for s, k in expected.items() if k}
    assert summary.accounted


def test_a_dask_input_that_shared_a_worker_with_a_crash_is_not_blamed_for_it(tmp_path, monkeypatch):
    """One input a task: the worker that the crashing input kills also holds the next tasks in its queue, and
    dask gives up on them too; they are run again alone, so only the crash fails."""
    pytest.importorskip("distributed")
    monkeypatch.setattr(batch_engines, "DASK_CHUNK", 1)
    root = tmp_path / "in"
    root.mkdir()
    for n in range(6):
        (root / f"a{n}.txt").write_text(chinese(n), encoding="utf-8")
    (root / "a2crash.txt").write_text(chinese(6, "CRASH"), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    batch.run([str(root)], out=out, workers=1, engine="dask", extractor=STUB)
    assert error_types(tmp_path / "r.errors.jsonl") == {str(root / "a2crash.txt"): "WorkerCrashed"}
    assert len(list(read_jsonl(out))) == 6


def test_a_dask_cluster_left_without_workers_stops_the_run_instead_of_waiting_for_ever(tmp_path, monkeypatch):
    """The workers of a cluster the run does not own go away while it waits: the run stops with what to do."""
    distributed = pytest.importorskip("distributed")
    import threading

    monkeypatch.setattr(batch_engines, "DASK_PATIENCE", 3.0)
    root = tmp_path / "in"
    root.mkdir()
    (root / "stall.txt").write_text(chinese(1, "STALL"), encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        def retire_the_workers():
            deadline = time.monotonic() + 60
            while not (root / "stall.txt.started").exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            cluster.scale(0)

        threading.Thread(target=retire_the_workers, daemon=True).start()
        started = time.monotonic()
        with pytest.raises(BatchError, match="no worker for 3 s .*rerun with --resume"):
            batch.run([str(root)], out=tmp_path / "r.jsonl", engine="dask", scheduler=cluster.scheduler_address,
                      extractor=STUB)
    assert time.monotonic() - started < 60


# -- real articles, the real extractor ------------------------------------------------------------------


def real_articles() -> list[Path]:
    """A few real articles from the shared corpus and this project's own, whichever exist."""
    shared = [SHARED_CORPUS / f"{name}.txt" for name in ("dev-001", "dev-010", "dev-025", "dev-030", "seed-000")]
    return [p for p in shared if p.exists()] + sorted(OWN_CORPUS.glob("*.txt"))[:2]


def assert_database_matches(url: str, out: Path) -> None:
    """Every JSONL record is in the database: the stored record, and its figure, people and quote rows."""
    records = list(read_jsonl(out))
    with open_sink(url) as sink, sink.engine.connect() as connection:
        assert sink.ids() == {r["id"] for r in records}
        for record in records:
            stored = connection.scalar(select(articles.c.record).where(articles.c.id == record["id"]))
            assert {**stored, "source": None} == {**record, "source": None}
            rows = connection.execute(select(figures.c.value, figures.c.span_start, figures.c.span_end)
                                      .where(figures.c.article_id == record["id"]).order_by(figures.c.idx)).all()
            assert rows == [(Decimal(str(f["value"])), f["span"]["start"], f["span"]["end"]) for f in record["figures"]]
            names = connection.scalars(select(people.c.name).where(people.c.article_id == record["id"])
                                       .order_by(people.c.idx)).all()
            assert names == [p["name"] for p in record["people"]]
            spans = connection.execute(select(quotes.c.span_start, quotes.c.span_end)
                                       .where(quotes.c.article_id == record["id"]).order_by(quotes.c.idx)).all()
            assert spans == [(q["span"]["start"], q["span"]["end"]) for q in record["quotes"]]


def _cli(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from extractor.cli import app; app()", "run", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, **popen)


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and sum(1 for _ in read_jsonl(path)) >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"the run ended or stalled before {count} records: {process.poll()} {process.stderr.read()}")


def _gone(group: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@needs_shared
def test_a_killed_run_resumes_with_every_input_exactly_once(tmp_path, database_url):
    root = tmp_path / "in"
    root.mkdir()
    for path in (sorted(SHARED_CORPUS.glob("*.txt")) + sorted(OWN_CORPUS.glob("*.txt")))[-20:]:
        shutil.copy(path, root / f"{path.parent.name}-{path.name}")
    (root / "empty.txt").write_bytes(b"")
    (root / "english.txt").write_text("Not a Chinese article. " * 20)
    inputs = sorted(str(p) for p in root.iterdir())
    out = tmp_path / "records.jsonl"
    args = [str(root), "--out", str(out), "--db", database_url, "--workers", "2"]

    first = _cli(*args)
    _wait_for_lines(out, 3, first)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert _gone(first.pid), "worker processes outlived the killed run"
    # the killed run's resource tracker cleans up its semaphores without a "leaked semaphore" warning
    assert "leaked" not in first.stderr.read()
    done = sum(1 for _ in read_jsonl(out))
    assert done < len(inputs) - 2, "the run finished before it could be killed"

    second = _cli(*args, "--resume")
    _wait_for_lines(out, done + 3, second)
    second.send_signal(signal.SIGINT)
    _, stderr = second.communicate(timeout=60)
    assert second.returncode == 130 and "rerun with --resume" in stderr, stderr
    assert _gone(second.pid)

    third = _cli(*args, "--resume")
    stdout, stderr = third.communicate(timeout=300)
    assert third.returncode == 0, stderr
    assert "Exception ignored" not in stderr and "Traceback" not in stderr, stderr
    summary = re.search(r"^(\d+) inputs: (\d+) records, (\d+) errors \((\d+) already done\)$", stdout, re.MULTILINE)
    assert summary and int(summary[1]) == len(inputs) == int(summary[2]) + int(summary[3]), stdout
    assert sources(out, tmp_path / "records.errors.jsonl") == Counter(inputs)
    assert error_types(tmp_path / "records.errors.jsonl") == {str(root / "empty.txt"): "EmptyInput",
                                                             str(root / "english.txt"): "NotChinese"}
    assert_database_matches(database_url, out)


@needs_shared
def test_dask_engine_on_a_local_cluster_matches_extract(tmp_path):
    distributed = pytest.importorskip("distributed")
    from extractor.api import default_extractor

    root = tmp_path / "in"
    root.mkdir()
    chosen = real_articles()[:3]
    for path in chosen:
        shutil.copy(path, root / path.name)
    (root / "empty.txt").write_bytes(b"")
    out, db = tmp_path / "r.jsonl", f"sqlite:///{tmp_path / 'r.db'}"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            open_sink(db) as sink:
        summary = batch.run([str(root)], out=out, sink=sink, workers=2, engine="dask", scheduler=cluster.scheduler_address)
        again = batch.run([str(root)], out=out, sink=sink, engine="dask", scheduler=cluster.scheduler_address, resume=True)
    assert str(summary) == f"{len(chosen) + 1} inputs: {len(chosen)} records, 1 errors"
    assert again.already == again.inputs == summary.inputs
    extractor = default_extractor()
    for record in read_jsonl(out):
        text = Path(record["source"]).read_text("utf-8")
        assert record == json.loads(extractor.extract(text, source=record["source"]).model_dump_json())
    assert error_types(tmp_path / "r.errors.jsonl") == {str(root / "empty.txt"): "EmptyInput"}
    assert_database_matches(db, out)


# -- outputs that cannot be written: one line naming the file and what to do, nothing half-made left behind ----


def _one_input(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(chinese(1), encoding="utf-8")
    return root


@pytest.mark.parametrize("where, says", [
    ("directory", "is a directory: give --out a file name"),
    ("under-a-file", "file is a file, not a directory: choose a writable place for --out"),
    ("read-only", "choose a writable place for --out"),
])
def test_an_output_that_cannot_be_opened_is_one_clear_error(tmp_path, where, says):
    root = _one_input(tmp_path)
    if where == "directory":
        out = tmp_path / "outdir"
        out.mkdir()
    elif where == "under-a-file":
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "records.jsonl"
    else:
        out = Path("/sys/zhextract-test-records.jsonl")  # sysfs refuses new files, even to root
        try:
            out.touch()
        except OSError:
            pass
        else:
            out.unlink()
            pytest.skip("/sys takes new files here: no read-only directory to test with")
    with pytest.raises(BatchError, match=re.escape(says)) as caught:
        batch.run([str(root)], out=out, errors=tmp_path / "errors.jsonl", extractor=STUB)
    assert str(out) in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "errors.jsonl").exists()


def test_an_unwritable_errors_file_leaves_no_empty_output_behind(tmp_path):
    root = _one_input(tmp_path)
    out = tmp_path / "records.jsonl"
    (tmp_path / "errors-dir").mkdir()
    with pytest.raises(BatchError, match=r"cannot write .*errors-dir \(--errors\): is a directory"):
        batch.run([str(root)], out=out, errors=tmp_path / "errors-dir", extractor=STUB)
    assert not out.exists()


def test_a_full_disk_cuts_the_torn_line_and_says_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "r.jsonl"
    writer = batch.JsonlWriter(path, option="--out")
    writer.write('{"id": 1}')
    real_write = os.write

    def full(fd, data):
        real_write(fd, data[:5])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(BatchError, match=r"r\.jsonl \(--out\): No space left on device: free some space.*--resume"):
        writer.write('{"id": 2, "long": "line"}')
    monkeypatch.setattr(os, "write", real_write)
    writer.close()
    assert path.read_bytes() == b'{"id": 1}\n'


def test_the_run_command_reports_a_full_disk_in_one_line(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["run", str(root), "--out", str(tmp_path / "r.jsonl"), "--errors", "/dev/full",
                                      "--workers", "1"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: cannot write /dev/full (--errors): No space left on device: free some space on that disk or choose "
        "another place; the lines before are whole: rerun with --resume once that is fixed"]


def test_an_empty_directory_as_out_is_not_said_to_have_lines(tmp_path):
    root = _one_input(tmp_path)
    (tmp_path / "empty-dir").mkdir()
    with pytest.raises(BatchError) as caught:
        batch.run([str(root)], out=tmp_path / "empty-dir", extractor=STUB)
    assert "already has lines" not in str(caught.value) and "is a directory" in str(caught.value)


def test_overwrite_starts_again_and_resume_with_it_is_refused(tmp_path):
    root = _one_input(tmp_path)
    out = tmp_path / "r.jsonl"
    batch.run([str(root)], out=out, extractor=STUB, workers=1)
    summary = batch.run([str(root)], out=out, extractor=STUB, workers=1, overwrite=True)
    assert str(summary) == "1 inputs: 1 records, 0 errors" and len(list(read_jsonl(out))) == 1
    with pytest.raises(BatchError, match="choose one"):
        batch.run([str(root)], out=out, extractor=STUB, resume=True, overwrite=True)


@needs_shared
def test_workers_forked_from_a_preloaded_server_give_the_records_of_extract(tmp_path):
    """The default pipeline is built once, in the fork server; workers forked from it (models and all) give what
    extract() gives. Run in a fresh interpreter: a fork server is started once per process."""
    root = tmp_path / "in"
    root.mkdir()
    for path in real_articles()[:3]:
        shutil.copy(path, root / path.name)
    out = tmp_path / "r.jsonl"
    code = ("import multiprocessing.forkserver as fs, sys; from pathlib import Path; from extractor import batch; "
            f"print(batch.run([{str(root)!r}], out=Path({str(out)!r}), workers=2)); print(fs._forkserver._preload_modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["3 inputs: 3 records, 0 errors", "['extractor.preload']"]
    from extractor.api import default_extractor

    for record in read_jsonl(out):
        text = Path(record["source"]).read_text("utf-8")
        assert record == json.loads(default_extractor().extract(text, source=record["source"]).model_dump_json())
