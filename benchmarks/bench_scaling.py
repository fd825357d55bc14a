"""How `extract()`'s cost grows with the text: chars/s and peak RSS at 1k, 10k, 100k and 1M characters.

run: python benchmarks/bench_scaling.py [--sizes 1000,10000,100000,1000000] [--kinds distinct,repeated,names,firms,posts]

Five kinds of long input, each cut to every size and extracted in a fresh process (models loaded and
warmed before the clock starts; peak RSS includes them):
- distinct: the corpora's paragraphs (../shared/corpus and corpus/, read by path) copied again and again,
  each copy numbered and with every digit changed, so that no paragraph repeats (a digest of many articles);
- repeated: one whole article written over and over (a page or digest that repeats itself);
- names: a list of 、-separated made-up names (a roster), 5,000 of them being 17k characters;
- firms: a list of 、-separated numbered firms closed by 等机构 (a list of participants), 3,000 of them 26k characters;
- posts: sentences of a position and a name (市长王一明出席会议。), over and over (a roster of officials).
The verdicts are issue 13's targets: chars/s at the largest size within 1.5x of chars/s at 10k, and peak
RSS at 1M <= 800 MB. The machine's load average is printed before and after: other processes slow every line.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"
LIMITS = {"slowdown": 1.5, "rss_mb": 800}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {project!r})
from benchmarks.bench_scaling import make_text
text = make_text({kind!r}, {size})
from extractor import extract
extract("北京市市长张三出席会议并讲话。")
cpu, wall = time.process_time(), time.perf_counter()
record = extract(text)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"wall": wall, "cpu": cpu, "rss": rss, "people": len(record.people), "figures": len(record.figures)}}))
"""


def _articles() -> list[str]:
    paths = sorted(SHARED_CORPUS.glob("*.txt")) + sorted((PROJECT / "corpus").glob("*.txt"))
    if not paths:
        sys.exit(f"no texts: neither {SHARED_CORPUS} nor corpus/ has *.txt files")
    return [p.read_text(encoding="utf-8") for p in paths]


def make_text(kind: str, size: int) -> str:
    """An input of `size` characters of the given kind (deterministic)."""
    parts: list[str] = []
    length = 0
    if kind == "names":
        surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
        i = 0
        while length < size:
            name = surnames[i % len(surnames)] + given[(i // 7) % len(given)] + given[(i // 3) % len(given)]
            parts.append(name)
            length += len(name) + 1
            i += 1
        return ("、".join(parts) + "。")[:size]
    if kind == "firms":
        i = 0
        while length < size:
            parts.append(f"第{i}号公司")
            length += len(parts[-1]) + 1
            i += 1
        return ("参加的有" + "、".join(parts) + "等机构。")[:size]
    if kind == "posts":
        i = 0
        while length < size:
            parts.append(f"市长{'王李张刘陈杨'[i % 6]}{'一二三四五六七八九'[i % 9]}{'明华军'[i % 3]}出席会议。")
            length += len(parts[-1])
            i += 1
        return "".join(parts)[:size]
    if kind == "repeated":
        article = max(_articles(), key=len)
        return ("\n".join([article] * (size // (len(article) + 1) + 1)))[:size]
    paragraphs = [line for article in _articles() for line in article.splitlines() if line.strip()]
    copy = 0
    while length < size:
        shift = str.maketrans("0123456789", "".join(str((d + copy) % 10) for d in range(10)))
        for p in paragraphs:
            parts.append(f"{copy}、{p.translate(shift)}" if copy else p)
            length += len(p) + 1
            if length >= size:
                break
        copy += 1
    return "\n".join(parts)[:size]


def measure(kind: str, size: int) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD.format(project=str(PROJECT), kind=kind, size=size)],
                          capture_output=True, text=True, cwd=PROJECT, timeout=7200, check=False)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="comma-separated character counts")
    parser.add_argument("--kinds", default="distinct,repeated,names,firms,posts",
                        help="comma-separated: distinct, repeated, names, firms, posts")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"bench_scaling: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'input':10} {'chars':>9} {'wall s':>8} {'cpu s':>8} {'chars/s':>9} {'peak RSS':>9}  found")
    for kind in args.kinds.split(","):
        rates = {}
        for size in sizes:
            row = measure(kind, size)
            if "error" in row:
                print(f"{kind:10} {size:>9}  failed: {row['error']}")
                continue
            rates[size] = size / row["wall"]
            verdict = "" if size < 1_000_000 else (" ok" if row["rss"] <= LIMITS["rss_mb"] else " OVER")
            print(f"{kind:10} {size:>9} {row['wall']:>8.2f} {row['cpu']:>8.2f} {rates[size]:>9.0f} {row['rss']:>6.0f} MB{verdict:4}"
                  f"  {row['people']} people, {row['figures']} figures")
        if 10_000 in rates and len(rates) > 1:
            largest = max(rates)
            slowdown = rates[10_000] / rates[largest]
            print(f"{kind:10} chars/s at 10k / at {largest}: {slowdown:.2f} "
                  f"({'ok' if slowdown <= LIMITS['slowdown'] else 'OVER'}, limit {LIMITS['slowdown']})")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
