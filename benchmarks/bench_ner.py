"""People found by extract() against bare LAC PER tags, on public NER test splits.

Run from the project root:  python benchmarks/bench_ner.py [--limit N] [--msra] [--cluener] [--misses FILE]

Data: ../shared/eval/peoplesdaily_test.jsonl (and msra_test.jsonl with --msra), read by path, never
copied. Each sentence is one input; a person counts when its character span equals a gold PER span.
extract() gives every mention of each person it lists; bare LAC is the project's LAC model
(`extractor.lac.default_tagger`) with its PER words as people. Part of both systems' error is the
data's convention (王大娘 as a name, a bare surname with a title as a person), so the comparison is
the point, not the absolute figure. --misses writes extract()'s missed and spurious spans, one sentence
a line, for looking at classes of error (not to tune on single sentences).

--cluener measures on the CLUENER2020 dev set (../shared/eval/cluener_dev.jsonl): people against its `name` spans,
and titles: of the gold `position` spans written right before or after a person extract() found, how many are one of
that person's title texts (CLUENER marks the position word alone, 市长 of 东湖市长, so a title that ends or starts with
the gold span at the same place counts). CLUENER cuts its texts mid-sentence, and a short line without a sentence end
is a headline or caption to extract(), so each text is given a closing 。 when it has none (offsets are unchanged).
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
from extractor.evaluation import prf  # noqa: E402
from extractor.lac import default_tagger  # noqa: E402

EVAL = PROJECT.parent / "shared" / "eval"
SPLITS = {"peoplesdaily": "peoplesdaily_test.jsonl", "msra": "msra_test.jsonl"}
CLUENER = "cluener_dev.jsonl"
PERSON = {"PER", "NR", "PERSON"}


def load(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def extracted_people(text: str) -> set[tuple[int, int]]:
    record = extract(text)
    return {(m.start, m.end) for person in record.people for m in person.mentions}


def lac_people(texts: list[str]) -> list[set[tuple[int, int]]]:
    return [{(w.start, w.end) for w in words if w.tag == "PER"} for words in default_tagger().tag(texts)]


def measure(rows: list[dict], misses: Path | None) -> None:
    gold = [{(s, e) for s, e, label in row["entities"] if label.upper() in PERSON} for row in rows]
    texts = [row["text"] for row in rows]
    began = time.perf_counter()
    ours = [extracted_people(text) for text in texts]
    ours_seconds = time.perf_counter() - began
    began = time.perf_counter()
    bare = lac_people(texts)
    bare_seconds = time.perf_counter() - began
    chars = sum(map(len, texts))
    print(f"{len(rows)} sentences, {chars} chars, {sum(map(len, gold))} gold people")
    print(f"{'system':12} {'P':>6} {'R':>6} {'F1':>6}  {'tp/pred/gold':>16}  chars/s")
    for name, found, seconds in (("extract()", ours, ours_seconds), ("bare LAC", bare, bare_seconds)):
        tp = sum(len(f & g) for f, g in zip(found, gold))
        pred, total = sum(map(len, found)), sum(map(len, gold))
        p, r, f = prf(tp, pred, total)
        print(f"{name:12} {p:6.3f} {r:6.3f} {f:6.3f}  {f'{tp}/{pred}/{total}':>16}  {chars / seconds:7.0f}")
    if misses:
        with misses.open("w", encoding="utf-8") as out:
            for text, found, g, lac in zip(texts, ours, gold, bare):
                if found != g:
                    row = {"text": text, "missed": [text[s:e] for s, e in sorted(g - found)],
                           "spurious": [text[s:e] for s, e in sorted(found - g)], "lac": [text[s:e] for s, e in sorted(lac)]}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def measure_cluener(rows: list[dict], misses: Path | None) -> None:
    """People P/R/F1 against CLUENER's `name` spans, and how often a gold `position` beside a found person is its title."""
    tp = pred = total = adjacent = titled = 0
    out = misses.open("w", encoding="utf-8") if misses else None
    for row in rows:
        text = row["text"]
        gold = {(s, e) for s, e, label in row["entities"] if label == "name"}
        positions = [(s, e) for s, e, label in row["entities"] if label == "position"]
        record = extract(text if text.rstrip().endswith(("。", "！", "？")) else text + "。")
        found = {(m.start, m.end): person for person in record.people for m in person.mentions}
        tp, pred, total = tp + len(gold & set(found)), pred + len(found), total + len(gold)
        title_misses = []
        for s, e in positions:
            person = next((p for (ps, pe), p in found.items() if pe == s or ps == e), None)
            if person is None:
                continue
            adjacent += 1
            if any(t.text.endswith(text[s:e]) or t.text.startswith(text[s:e]) for t in person.titles
                   if text.find(t.text, max(0, s - len(t.text)), e + len(t.text)) >= 0):
                titled += 1
            else:
                title_misses.append(text[s:e])
        if out and (set(found) != gold or title_misses):
            row_out = {"text": text, "missed": [text[s:e] for s, e in sorted(gold - set(found))],
                       "spurious": [text[s:e] for s, e in sorted(set(found) - gold)], "titles_missed": title_misses}
            out.write(json.dumps(row_out, ensure_ascii=False) + "\n")
    if out:
        out.close()
    p, r, f = prf(tp, pred, total)
    print(f"{len(rows)} sentences, {total} gold names")
    print(f"people       P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp}/{pred}/{total})")
    share = titled / adjacent if adjacent else 0.0
    print(f"titles       {titled}/{adjacent} gold positions beside a found person are its title ({share:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N sentences of each split")
    parser.add_argument("--msra", action="store_true", help="also the MSRA test split")
    parser.add_argument("--cluener", action="store_true", help="only the CLUENER dev set: people and titles")
    parser.add_argument("--misses", type=Path, default=None, help="write extract()'s errors on People's Daily (CLUENER with --cluener) here")
    args = parser.parse_args()
    if args.cluener:
        path = EVAL / CLUENER
        if not path.exists():
            print(f"{path} is missing: skipped")
            return
        print(f"\ncluener dev ({path.name})")
        measure_cluener(load(path, args.limit), args.misses)
        return
    for split in ("peoplesdaily", "msra") if args.msra else ("peoplesdaily",):
        path = EVAL / SPLITS[split]
        if not path.exists():
            print(f"{path} is missing: skipped")
            continue
        print(f"\n{split} test ({path.name})")
        measure(load(path, args.limit), args.misses if split == "peoplesdaily" else None)


if __name__ == "__main__":
    main()
