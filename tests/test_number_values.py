"""Exact values at any length: numbers written at random in Arabic, Chinese and mixed forms read back as written.

The writers below produce the forms a press text uses (一亿亿零二万亿, 壹仟零伍拾, 1,234.5, 12.5亿亿,
3,000万); `parse_number` and `find_figures` must give back exactly the value that was written,
however many digits it has.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.numbers import find_figures, parse_number
from models import Figure, Span

D = Decimal
EVERYDAY = dict(zip(range(10), "零一二三四五六七八九"))
FINANCIAL = dict(zip(range(10), "零壹贰叁肆伍陆柒捌玖"))
PLACES = {"everyday": ("千", "百", "十"), "financial": ("仟", "佰", "拾")}


def scale_name(k: int) -> str:
    """The scale word of the k-th four-digit group: 万, 亿, 万亿, 亿亿, 万亿亿, ..."""
    return "万" * (k % 2) + "亿" * (k // 2)


def chinese_section(group: int, digits: dict, places: tuple) -> str:
    """One four-digit group (1..9999) with 零 for each run of inner zeros: 1050 -> 一千零五十."""
    out, gap = "", False
    for place, digit in zip((*places, ""), (group // 1000, group // 100 % 10, group // 10 % 10, group % 10)):
        if digit == 0:
            gap = bool(out)
            continue
        out += ("零" if gap else "") + digits[digit] + place
        gap = False
    return out


def chinese_integer(n: int, style: str = "everyday") -> str:
    """A non-negative integer in Chinese numerals, four-digit groups named by stacked scale words."""
    digits, places = (EVERYDAY, PLACES["everyday"]) if style == "everyday" else (FINANCIAL, PLACES["financial"])
    if n == 0:
        return digits[0]
    groups = []
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    out, gap = "", False
    for k in reversed(range(len(groups))):
        if groups[k] == 0:
            gap = bool(out)
            continue
        if out and (gap or groups[k] < 1000):
            out += digits[0]
        out += chinese_section(groups[k], digits, places) + scale_name(k)
        gap = False
    return out


def chinese_decimal(value: Decimal, style: str) -> str:
    """123.45 -> 一百二十三点四五 (the fraction digit by digit)."""
    whole, _, fraction = format(value, "f").partition(".")
    digits = EVERYDAY if style == "everyday" else FINANCIAL
    return chinese_integer(int(whole), style) + ("点" + "".join(digits[int(d)] for d in fraction) if fraction else "")


def arabic(value: Decimal, commas: bool) -> str:
    return format(value, ",f" if commas else "f")


def mixed(whole: int, fraction: str, k: int) -> str:
    """An Arabic number before a scale word: 12.5亿亿, 3,000万."""
    return f"{whole:,}" + (f".{fraction}" if fraction else "") + scale_name(k)


integers = st.one_of(st.integers(0, 10**8), st.integers(0, 10**60), st.integers(10**28, 10**40))
decimals = st.builds(lambda whole, fraction: D(f"{whole}.{fraction}"), st.integers(0, 10**30),
                     st.text("0123456789", min_size=1, max_size=8).map(lambda f: f.rstrip("0") or "5"))


@settings(max_examples=300, deadline=None)
@given(integers, st.sampled_from(["everyday", "financial"]))
def test_chinese_integers_read_back_exactly(n, style):
    assert parse_number(chinese_integer(n, style)) == n


@settings(max_examples=200, deadline=None)
@given(decimals, st.sampled_from(["everyday", "financial"]))
def test_chinese_decimals_read_back_exactly(value, style):
    assert parse_number(chinese_decimal(value, style)) == value


@settings(max_examples=200, deadline=None)
@given(st.one_of(integers.map(D), decimals), st.booleans())
def test_arabic_numbers_read_back_exactly(value, commas):
    assert parse_number(arabic(value, commas)) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**20), st.text("0123456789", max_size=6).map(lambda f: f.rstrip("0")), st.integers(1, 6))
def test_mixed_forms_read_back_exactly(whole, fraction, k):
    written = mixed(whole, fraction, k)
    assert parse_number(written) == D(f"{whole}.{fraction or 0}") * 10 ** (4 * k), written


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.integers(10**4, 10**60), st.integers(1, 10**20).map(lambda n: n * 10**8)), st.sampled_from(["元", "人", "个"]))
def test_figures_in_a_sentence_keep_every_digit(n, unit):
    """The figure's value, and its JSON, are the value written, Arabic or Chinese (small numbers before 人
    or 个 are left to the grammar's rules on 一人 and 二个)."""
    for written in (str(n), chinese_integer(n)):
        text = f"今年收入为{written}{unit}。"
        values = [f.value for f in find_figures(text)]
        assert values == [n], (text, values)
        figure = Figure(text=written, span=Span(start=0, end=1, text=written), kind="count", value=values[0], unit=unit)
        assert Figure.model_validate_json(figure.model_dump_json()).value == n


VALUE_CASES = [
    # long numbers: every digit kept, no fixed precision (issue 12)
    ("123456789012345678901234567890", D("123456789012345678901234567890")),
    ("9" * 40, D("9" * 40)),
    ("1" + "0" * 200, D(10) ** 200),
    ("0.000000000000000000000000000001", D("1E-30")),
    # stacked scale words
    ("12.5亿亿", D("125000000000000000")),
    ("12000亿亿", D(12000) * 10**16),
    ("一亿亿", D(10) ** 16),
    ("一万亿亿", D(10) ** 20),
    ("三兆", D(3) * 10**12),
    ("十万万", D(10) ** 9),
    ("一亿亿零二万亿零三亿零四万零五", D(10**16 + 2 * 10**12 + 3 * 10**8 + 4 * 10**4 + 5)),
    ("5万3千亿", D("5300000000000")),
    # a decimal point after 十
    ("二十点五", D("20.5")),
    ("十点五万", D(105000)),
]


@pytest.mark.parametrize("text, expected", VALUE_CASES, ids=[c[0][:24] for c in VALUE_CASES])
def test_values(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, value", [
    ("超级计算机每秒12.5亿亿次运算。", D("125000000000000000")),
    ("全国贷款余额为12000亿亿元。", D(12000) * 10**16),
    ("全市人口为123456789012345678901234567890人。", D("123456789012345678901234567890")),
    ("北京市市长殷勇表示,收入为1" + "0" * 200 + "元。", D(10) ** 200),
])
def test_figures_are_exact(text, value):
    assert [f.value for f in find_figures(text)] == [value]
