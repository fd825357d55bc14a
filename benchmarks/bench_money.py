"""Money parsing: this project's `find_figures` against JioNLP's `parse_money` and `extract_money`.

Same cases for every system, in one run: ../shared/eval/jionlp_money_cases.jsonl and
../shared/eval/duckling_zh_amountofmoney_cases.jsonl (read by path, never copied). A system is
right on a case when its first money answer has the reference's value (to the cent) or range,
currency, and qualifier class (accurate/simple -> eq; blur -> approx; blur+/above -> ge or gt;
blur-/under -> lt or le). Each file's own reference decides, so JioNLP is graded by its own
conventions on its file; tests/test_numbers.py lists where and why ours differ on purpose.

JioNLP is not a project dependency. Give it its own environment:

    python -m venv /tmp/bench-jio
    /tmp/bench-jio/bin/pip install jionlp regex
    PYTHONPATH=/path/to/project /tmp/bench-jio/bin/python benchmarks/bench_money.py

Without JioNLP the script says so and measures this project alone.
"""
from __future__ import annotations

import json
import re
import sys
import time
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Optional

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from extractor.lexicon.units import CURRENCIES  # noqa: E402
from extractor.numbers import find_figures  # noqa: E402

EVAL = PROJECT.parent / "shared" / "eval"
FILES = ("jionlp_money_cases.jsonl", "duckling_zh_amountofmoney_cases.jsonl")
MIN_SECONDS = 0.5

# (value or (low, high), ISO currency, qualifier class) ; the class is one of eq/approx/ge/le
Answer = tuple
JIONLP_CLASS = {"accurate": "eq", "blur": "approx", "blur+": "ge", "blur-": "le"}
OUR_CLASS = {"eq": "eq", "approx": "approx", "gt": "ge", "ge": "ge", "lt": "le", "le": "le"}
DUCKLING_CLASS = {"simple": "eq", "under": "le", "above": "ge"}
_DUCKLING = re.compile(r"\((simple|under|above|between) (\w+) (?:\(([\d.]+), ([\d.]+)\)|([\d.]+))\)")
JIONLP_CURRENCY_EXTRA = {"元": "CNY", "新台币": "TWD"}


def cents(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def iso(word: str) -> str:
    return JIONLP_CURRENCY_EXTRA.get(word) or CURRENCIES.get(word, word)


def reference(case: dict) -> Answer:
    if "expected" in case:
        exp = case["expected"]
        num = exp["num"]
        value = (cents(num[0]), cents(num[1])) if isinstance(num, list) else cents(num)
        return value, iso(exp["case"]), None if isinstance(num, list) else JIONLP_CLASS[exp["definition"]]
    how, unit, low, high, single = _DUCKLING.fullmatch(case["duckling_value"]).groups()
    scale = Decimal("0.01") if unit == "Cent" else Decimal(1)
    currency = "CNY" if unit in ("Dollar", "Cent") else unit
    if how == "between":
        return (cents(Decimal(low) * scale), cents(Decimal(high) * scale)), currency, None
    return cents(Decimal(single) * scale), currency, DUCKLING_CLASS[how]


def jionlp_answer(detail: Optional[dict]) -> Optional[Answer]:
    if not detail:
        return None
    num = detail["num"]
    try:
        if isinstance(num, list):
            return (cents(num[0]), cents(num[1])), iso(detail["case"]), None
        return cents(num), iso(detail["case"]), JIONLP_CLASS.get(detail["definition"])
    except (InvalidOperation, TypeError):
        return None


def ours(text: str) -> Optional[Answer]:
    money = next((f for f in find_figures(text, currency="CNY") if f.kind == "money"), None)
    if money is None:
        return None
    if money.upper is not None:
        return (cents(money.value), cents(money.upper)), money.unit, None
    return cents(money.value), money.unit, OUR_CLASS[money.qualifier]


def load_jionlp() -> dict[str, Callable[[str], Optional[Answer]]]:
    try:
        import jionlp
    except ImportError:
        print("JioNLP is not installed in this environment; measuring this project alone "
              "(see this script's docstring for a separate environment).\n")
        return {}

    def parse_money(text: str) -> Optional[Answer]:
        try:
            return jionlp_answer(jionlp.parse_money(text))
        except Exception:  # JioNLP raises ValueError (and others) for strings it cannot read
            return None

    def extract_money(text: str) -> Optional[Answer]:
        found = jionlp.ner.extract_money(text, with_parsing=True)
        return jionlp_answer(found[0]["detail"]) if found else None

    return {f"jionlp {jionlp.__version__} parse_money": parse_money,
            f"jionlp {jionlp.__version__} extract_money": extract_money}


def correct(answer: Optional[Answer], expected: Answer) -> bool:
    if answer is None:
        return False
    value, currency, cls = answer
    want_value, want_currency, want_cls = expected
    return value == want_value and currency == want_currency and (want_cls is None or cls == want_cls)


def throughput(system: Callable[[str], object], texts: list[str]) -> float:
    system(texts[0])
    runs, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < MIN_SECONDS or runs == 0:
        for text in texts:
            system(text)
        runs += 1
    return runs * len(texts) / elapsed


def main() -> None:
    cases = {name: [json.loads(x) for x in (EVAL / name).read_text(encoding="utf-8").splitlines() if x.strip()]
             for name in FILES if (EVAL / name).is_file()}
    if not cases:
        sys.exit(f"no evaluation cases under {EVAL}")
    systems = {"zhextract find_figures": ours, **load_jionlp()}
    print(f"{'file':40} {'system':30} {'cases':>5} {'right':>5} {'accuracy':>8} {'cases/s':>9}")
    for name, rows in cases.items():
        texts = [row["text"] for row in rows]
        expected = [reference(row) for row in rows]
        for label, system in systems.items():
            right = sum(correct(system(t), e) for t, e in zip(texts, expected))
            speed = throughput(system, texts)
            print(f"{name:40} {label:30} {len(rows):5d} {right:5d} {right / len(rows):8.1%} {speed:9.0f}")


if __name__ == "__main__":
    main()
