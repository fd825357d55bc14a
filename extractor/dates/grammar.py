"""What every date reading shares: numerals, years (ROC and two-digit ones), ISO values and the pattern pieces of a
written date."""
from __future__ import annotations

import calendar
from typing import Optional

import regex

from extractor import regex_cache
from extractor.lexicon.dates import (
    CN_DIGITS,
)
from extractor.lexicon.numerals import FULLWIDTH_FOLD
from extractor.numbers import parse_number

ROC_OFFSET = 1911
"""Taiwan's ROC calendar: 民國 112 年 is 2023."""


def first_chars_of(words) -> str:
    return "".join(sorted({w[0] for w in words}))


def starting_with(first_chars: str, pattern: str) -> regex.Pattern:
    """`pattern`, each of whose matches starts with one of `first_chars`, behind a lookahead on them: the engine
    then skips other characters fast instead of trying every alternative at every position of the text."""
    return regex_cache.compile(rf"(?=[{first_chars}])(?:{pattern})")


_FULLWIDTH_DIGITS = (*((full, half) for full, half in FULLWIDTH_FOLD.items() if half.isdigit()), ("：", ":"))


def halfwidth(text: str) -> str:
    """`text` with full-width digits and colons in ASCII, at the same offsets (`str.translate` is far slower on Han text)."""
    for full, half in _FULLWIDTH_DIGITS:
        text = text.replace(full, half)
    return text


SP = r"[^\S\n]{0,2}"

CNDIG = "〇零○Ｏ一二三四五六七八九"
NUMERAL = "0-9〇零○Ｏ一二三四五六七八九十廿卅百千万萬亿億两兩"
YT = rf"(?:[0-9]{{2,4}}|[{CNDIG}0]{{2,4}}|一百[〇零一二三四五六七八九十]{{0,3}})"
"""A year number: digits, numerals read digit by digit (二〇二四), or an ROC year counted in numerals (一百一十三)."""
MT = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DT = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"


MM = r"(?:1[0-2]|0?[1-9])"
DD = r"(?:3[01]|[12][0-9]|0?[1-9])"
COMPACT_MMDD = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"


def iso_date(i: int) -> str:
    return (
        rf"(?P<iy{i}>(?:1[89]|20)[0-9]{{2}})(?P<is{i}>[-/.])(?P<im{i}>{MM})(?P=is{i})"
        rf"(?P<id{i}>{DD})(?:(?![0-9])|(?=[0-9]{{1,2}}:[0-9]{{2}}))"
    )


NOT_NUMBER_BEFORE = rf"(?<![{NUMERAL}.．/\-])"


def numeral_value(s: str) -> int:
    """A month, day or count written in ASCII or Chinese numerals, as an int (read by the figure grammar's parser).

    >>> numeral_value("23"), numeral_value("二十五"), numeral_value("十二"), numeral_value("廿一"), numeral_value("卅一"), numeral_value("十")
    (23, 25, 12, 21, 31, 10)
    """
    return int(parse_number(s))


def _two_digit_year(yy: int, reference: Optional[int]) -> int:
    """`98年` -> 1998, `15年` -> 2015: the year with these last digits nearest the page's year (2000 without one).

    >>> _two_digit_year(90, 1973), _two_digit_year(15, 2021), _two_digit_year(98, None)
    (1990, 2015, 1998)
    """
    reference = 2000 if reference is None else reference
    year = reference - reference % 100 + yy
    return min((year - 100, year, year + 100), key=lambda y: abs(y - reference))


def written_year(token: str, *, roc: bool, roc_text: bool, reference: Optional[int]) -> Optional[int]:
    """Gregorian year of a written year number, or None when the number cannot be a year.

    >>> [written_year(t, roc=False, roc_text=False, reference=2014) for t in ("2019", "二〇一九", "二0二四", "一三", "三五", "112")]
    [2019, 2019, 2024, 2013, None, None]
    >>> written_year("112", roc=False, roc_text=True, reference=None), written_year("99", roc=True, roc_text=False, reference=None)
    (2023, 2010)
    >>> written_year("一一四", roc=False, roc_text=True, reference=None), written_year("一一四", roc=False, roc_text=False, reference=None)
    (2025, None)
    >>> written_year("一百一十三", roc=True, roc_text=False, reference=None), written_year("一百一十三", roc=False, roc_text=False, reference=None)
    (2024, None)
    """
    if token.isascii():
        n = int(token)
        if len(token) == 4:
            return n if 1000 <= n <= 2100 else None
        if len(token) == 3:
            return n + ROC_OFFSET if (roc or roc_text) and 100 <= n <= 199 else None
        return n + ROC_OFFSET if roc else _two_digit_year(n, reference)
    if token.startswith("一百"):  # 民國一百一十三年: an ROC year counted, not spelt digit by digit
        n = numeral_value(token)
        return n + ROC_OFFSET if (roc or roc_text) and 100 <= n <= 199 else None
    if any(c not in CN_DIGITS for c in token):
        return None
    n = int("".join(str(CN_DIGITS[c]) for c in token))
    if len(token) == 4:
        return n if 1000 <= n <= 2100 else None
    if len(token) == 2 and token[0] in "〇零○Ｏ0一九":
        return _two_digit_year(n, reference)
    if len(token) == 3:  # 一一四年, an ROC year in numerals
        return n + ROC_OFFSET if (roc or roc_text) and 100 <= n <= 199 else None
    return None


def iso(year: Optional[int], month: Optional[int] = None, day: Optional[int] = None) -> Optional[str]:
    """ISO 8601 at the precision given; a day or month without a knowable year is `--MM-DD` or `--MM`."""
    if day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"
    if year is None:
        return f"--{month:02d}" if month is not None else None
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def last_day(year: Optional[int], month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]
