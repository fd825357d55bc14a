"""Organisations found by extract() against gold ORG spans of public NER sets, to check that organisation rules
hold beyond our corpus.

Run from the project root:  python benchmarks/bench_orgs.py [--limit N] [--misses FILE]

Data: ../shared/eval/msra_test.jsonl (ORG) and cluener_dev.jsonl (company, government, organization), read by
path, never copied. Each sentence is one input; an organisation counts when one of its mentions has the
character span of a gold span. Both sets follow their own conventions (MSRA tags 北京市怀柔县民政局 whole and a
country used as a party; CLUENER's organization holds teams and bands), so the figure is for comparing two
versions of the extractor, not a score against ANNOTATION.md. --misses writes missed and spurious spans, one
sentence a line, for looking at classes of error (not to tune on single sentences).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from extractor import extract  # noqa: E402
from bench_ner import EVAL, load  # noqa: E402  (the same public files, read the same way)
from extractor.evaluation import prf  # noqa: E402

SETS = {"msra": ("msra_test.jsonl", {"ORG"}), "cluener": ("cluener_dev.jsonl", {"company", "government", "organization"})}


def extracted_organizations(text: str) -> set[tuple[int, int]]:
    return {(m.start, m.end) for org in extract(text).organizations for m in org.mentions}


def measure(rows: list[dict], labels: set[str], misses: Path | None) -> None:
    gold = [{(s, e) for s, e, label in row["entities"] if label in labels} for row in rows]
    texts = [row["text"] for row in rows]
    began = time.perf_counter()
    found = [extracted_organizations(text) for text in texts]
    seconds = time.perf_counter() - began
    tp = sum(len(f & g) for f, g in zip(found, gold))
    pred, total = sum(map(len, found)), sum(map(len, gold))
    p, r, f = prf(tp, pred, total)
    print(f"{len(rows)} sentences, {sum(map(len, texts))} chars, {seconds:.0f} s")
    print(f"{'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold")
    print(f"{p:6.3f} {r:6.3f} {f:6.3f}  {tp}/{pred}/{total}")
    if misses:
        with misses.open("a", encoding="utf-8") as out:
            for text, ours, g in zip(texts, found, gold):
                if ours != g:
                    row = {"text": text, "missed": [text[s:e] for s, e in sorted(g - ours)],
                           "spurious": [text[s:e] for s, e in sorted(ours - g)]}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N sentences of each set")
    parser.add_argument("--misses", type=Path, default=None, help="append the errors here")
    args = parser.parse_args()
    for name, (file, labels) in SETS.items():
        path = EVAL / file
        if not path.exists():
            print(f"{path} is missing: skipped")
            continue
        print(f"\n{name} ({file}, labels {', '.join(sorted(labels))})")
        measure(load(path, args.limit), labels, args.misses)


if __name__ == "__main__":
    main()
