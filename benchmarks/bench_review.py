"""Review page at scale: the page weight and how fast its index opens for 5,000 records in headless Chromium.

Run from the project root:  python benchmarks/bench_review.py [--records 5000] [--rounds 3]
The records are the real articles of corpus/ and ../shared/corpus, extracted once and repeated until there
are --records of them, each copy a distinct article (a numbered line appended, so its own id and text).
Prints the build time, the page weight, and per round in one browser: the time `driver.get` takes (until
the load event), when the page's code had the index built (its `review-ready` mark), the load event, and
the time to open an article, sort the index and filter it; with the machine's load average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from extractor.record_id import record_id  # noqa: E402
from extractor.review import load, render  # noqa: E402
from extractor.review.sources import Article  # noqa: E402
from tests import browser  # noqa: E402

TIMINGS = """
const nav = performance.getEntriesByType('navigation')[0];
return {ready: performance.getEntriesByName('review-ready')[0].startTime, load: nav.loadEventEnd,
        shown: document.getElementById('shown').textContent};
"""
OPERATIONS = """
const time = action => { const t = performance.now(); action(); document.body.offsetHeight; return performance.now() - t; };
const th = [...document.querySelectorAll('#index-table th')].find(th => th.textContent === 'figures');
const filter = document.getElementById('filter');
return {
  sort: time(() => th.click()),
  filter: time(() => { filter.value = 'zh-00'; filter.dispatchEvent(new Event('input')); }),
  open: time(() => { location.hash = '#a4321'; dispatchEvent(new HashChangeEvent('hashchange')); }),
};
"""


def articles(count: int) -> tuple[list[Article], int]:
    """`count` distinct articles made of the corpus articles, and how many corpus articles there are."""
    specs = [str(PROJECT / "corpus" / "*.txt")]
    shared = PROJECT.parent / "shared" / "corpus"
    if shared.is_dir():
        specs.append(str(shared / "*.txt"))
    base = load(specs).articles
    out = []
    for i in range(count):
        original = base[i % len(base)]
        text = f"{original.text}\n编号 {i:05d}\n"
        record = original.record.model_copy(update={"id": record_id(text), "source": f"bench/{i:05d}-{Path(original.record.source).name}"})
        out.append(Article(record, text))
    return out, len(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if browser.missing():
        sys.exit(browser.missing())

    started = time.perf_counter()
    loaded, distinct = articles(args.records)
    extracted = time.perf_counter() - started
    started = time.perf_counter()
    page = render(loaded).encode("utf-8")
    built = time.perf_counter() - started
    print(f"{args.records} records (from {distinct} articles, "
          f"extracted in {extracted:.1f} s); page built in {built:.1f} s: {len(page) / 1e6:.1f} MB, "
          f"{len(page) / args.records / 1e3:.1f} kB per record")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.html"
        path.write_bytes(page)
        rounds = []
        with browser.chromium() as driver:
            for _ in range(args.rounds):
                driver.get("about:blank")
                started = time.perf_counter()
                driver.get(path.as_uri())
                wall = (time.perf_counter() - started) * 1000
                timings = driver.execute_script(TIMINGS)
                timings.update(driver.execute_script(OPERATIONS), get=wall)
                assert timings.pop("shown") == f"{args.records} of {args.records} shown", timings
                rounds.append(timings)
                print("  " + ", ".join(f"{k} {v:.0f} ms" for k, v in timings.items()))
    median = {k: statistics.median(r[k] for r in rounds) for k in ("get", "ready", "load", "open", "sort", "filter")}
    print(f"median of {args.rounds}: index opens (driver.get, until the load event) in {median['get']:.0f} ms; "
          f"index built at {median['ready']:.0f} ms, load event {median['load']:.0f} ms; "
          f"open an article {median['open']:.0f} ms, sort {median['sort']:.0f} ms, filter {median['filter']:.0f} ms")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
