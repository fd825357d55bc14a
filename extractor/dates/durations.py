"""Stated lengths of an event (為期三天, 一連四日), from which its end follows its start; they are not dates."""
from __future__ import annotations

from dataclasses import dataclass


from extractor import regex_cache
from extractor.dates.grammar import (
    NUMERAL,
    SP,
    first_chars_of,
    halfwidth,
    numeral_value,
    starting_with,
)
from extractor.lexicon.dates import (
    DURATION_LEADS,
    DURATION_TAILS,
    DURATION_UNITS,
)
from extractor.patterns import alternation


@dataclass(frozen=True)
class Duration:
    """A stated length in days ('為期三天'), from which an event's end follows its start."""

    start: int
    end: int
    text: str
    days: int


_DUR_CN = "一二两兩三四五六七八九十廿"
_DUR_NUM = rf"(?:[0-9]{{1,3}}|[{_DUR_CN}]{{1,3}})"
_DUR_UNIT = rf"(?:个|個)?{SP}(?P<unit>{alternation(DURATION_UNITS)})"
_DURATIONS = starting_with(
    "0-9" + _DUR_CN + first_chars_of(DURATION_LEADS),
    rf"(?:{alternation(DURATION_LEADS)}){SP}(?P<n>{_DUR_NUM}){SP}{_DUR_UNIT}(?![前后後以之内內来來])"
    rf"|(?<![{NUMERAL}第前后後这這近每头頭])(?P<n2>{_DUR_NUM}){SP}(?P<unit2>{alternation(DURATION_UNITS)})"
    rf"{SP}(?:的{SP})?(?:{alternation(DURATION_TAILS)})[里裡裏内內中]?"
    rf"|(?<![{NUMERAL}第前后後这這近每头頭])(?P<n3>[两兩])(?P<unit3>[日天])(?![前后後以之内內来來])"
)


_COUNT_NUMERAL = regex_cache.compile(r"\d+|[一二两兩三四五六七八九十廿卅]|[一二两兩三四五六七八九廿卅]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]")
"""A numeral that counts: digits, or a Chinese number written as one (not a run of digits such as 一二, 'one or two')."""


def find_durations(text: str) -> list[Duration]:
    """Stated lengths of an event in days: '為期三天', '为期 5 天', '一連四日', '三天展期', '兩天的時間里', '兩日'.

    >>> [(d.text, d.days) for d in find_durations("在三天的時間裡，展會為期五天，一連兩日，四天展期，为期 2 周")]
    [('三天的時間裡', 3), ('為期五天', 5), ('一連兩日', 2), ('四天展期', 4), ('为期 2 周', 14)]

    A run of numerals that is no number, or a range such as 一二天, states no length:

    >>> find_durations("为期七二十天，连续十十天，为期一二天"), [d.days for d in find_durations("为期十二天，为期廿一天")]
    ([], [12, 21])
    """
    found: list[Duration] = []
    for m in _DURATIONS.finditer(halfwidth(text)):
        number = m["n"] or m["n2"] or m["n3"]
        unit = m["unit"] or m["unit2"] or m["unit3"]
        if not _COUNT_NUMERAL.fullmatch(number):  # 一二天 is one or two days, 七二十天 no number at all
            continue
        days = numeral_value(number) * DURATION_UNITS[unit]
        if days > 0:
            found.append(Duration(m.start(), m.end(), text[m.start() : m.end()], days))
    return found
