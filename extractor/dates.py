"""Dates: date mention finding and normalisation, the page's publication date and stated event durations.

Chinese news rarely writes a full date: `26日`, `9月26日`, `今(27)日` take their month and year from the
article itself, the way a reader does it: from a year written earlier in the same sentence, a year glued
to an event name (`2017國際低碳(鎮江)大會`), the page's own date (its timestamp line, dateline or a header
month), or another dated mention. When nothing in the text gives the year, a day is written `--MM-DD`;
a month or bare day number that cannot be placed is not reported. Values follow ../shared/SCHEMA.md and
the conventions of ../shared/ANNOTATION.md ("Dates", "Chrome"). Text positions are offsets into the
text given; matching never joins across a newline or a long run of blanked chrome.
"""
from __future__ import annotations

import calendar
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Optional

import regex

from extractor.lexicon.dates import (
    ANAPHORIC_YEARS,
    CN_DIGITS,
    COMPARED,
    DURATION_LEADS,
    DURATION_TAILS,
    DURATION_UNITS,
    EDITIONS,
    LUNAR,
    MONTH_PARTS,
    NAME_BREAKERS,
    NAME_ENDINGS,
    NOT_AFTER_DAY,
    NOT_BEFORE_DATE,
    PUBLICATION_MARKERS,
    QUARTER_WORDS,
    RECURRING,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    SEASONS,
    STAMP_MARKERS,
    TIME_WORDS,
    YEAR_PARTS,
    YEAR_SPAN_AFTER,
    YEAR_WORDS,
)
from extractor.patterns import alternation

__all__ = ["DateMatch", "Duration", "Published", "find_dates", "find_durations", "find_published", "page_reference"]

HEADER_LINES = 15
"""A page's timestamp, header month and dateline sit in its first non-empty lines; later dates are body."""

MAX_HEADER_LINES = 60
"""A page whose navigation runs past HEADER_LINES has its header run on to its first line of prose, this far at
most; there a date counts as the page's only after a marker or before a clock time (a list of links is dated too)."""

STAMP_CLUTTER = 30
"""A header line holding a bare date and at most this many other Han characters, unpunctuated, is a timestamp line."""

NEW_YEAR_GAP = 10
"""A month this far from the page's month, across the new year, is in the neighbouring year (Jan page, 12月30日)."""

ROC_OFFSET = 1911
"""Taiwan's ROC calendar: 民國 112 年 is 2023."""


@dataclass(frozen=True)
class DateMatch:
    """A calendar mention; `start_value`..`end_value` is the interval it denotes (one day: the same day twice)."""

    start: int
    end: int
    text: str
    value: Optional[str]
    start_value: Optional[str]
    end_value: Optional[str]
    precision: str


@dataclass(frozen=True)
class Published:
    """The page's own date and the span of its evidence; `chrome` when that evidence is a page timestamp line."""

    value: str
    start: int
    end: int
    chrome: bool


@dataclass(frozen=True)
class Duration:
    """A stated length in days ('為期三天'), from which an event's end follows its start."""

    start: int
    end: int
    text: str
    days: int


# --- patterns ---------------------------------------------------------------------------------------

def _first_chars(words) -> str:
    return "".join(sorted({w[0] for w in words}))


def _starting_with(first_chars: str, pattern: str) -> regex.Pattern:
    """`pattern`, each of whose matches starts with one of `first_chars`, behind a lookahead on them: the engine
    then skips other characters fast instead of trying every alternative at every position of the text."""
    return regex.compile(rf"(?=[{first_chars}])(?:{pattern})")


_FULLWIDTH_DIGITS = tuple(zip("０１２３４５６７８９：", "0123456789:"))


def _halfwidth(text: str) -> str:
    """`text` with full-width digits and colons in ASCII, at the same offsets (`str.translate` is far slower on Han text)."""
    for full, half in _FULLWIDTH_DIGITS:
        text = text.replace(full, half)
    return text


_SP = r"[^\S\n]{0,2}"
_CONN = _SP + r"(?:至|到|－|-|—{1,2}|–|~|～|〜|―)" + _SP
_CNDIG = "〇零○Ｏ一二三四五六七八九"
_NUMERAL = "0-9〇零○Ｏ一二三四五六七八九十廿卅百千万萬亿億两兩"
_YT = rf"(?:[0-9]{{2,4}}|[{_CNDIG}0]{{2,4}})"
_MT = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DT = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
_PART = (
    r"(?:年|月)?(?:上旬|中旬|下旬|初(?![步次期中心衷级級始一二三四五六七八九十])|底(?![线線蕴蘊气氣牌])|末(?![期端尾]))|伊始"
    rf"|{alternation(SEASONS)}|第?[{''.join(QUARTER_WORDS)}]季度?|[Qq][1-4]"
)
_MM = r"(?:1[0-2]|0?[1-9])"
_DD = r"(?:3[01]|[12][0-9]|0?[1-9])"
_COMPACT_MMDD = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
_TIME = (
    rf"{_SP}(?:{alternation(TIME_WORDS)})?{_SP}(?:{_CLOCK}(?:{_SP}[时時])?"
    rf"|[0-9零〇一二三四五六七八九十两兩]{{1,3}}{_SP}[时時点點](?:{_SP}(?:[0-9零〇一二三四五六七八九十]{{1,3}}{_SP}分|半|[一三]刻))?)?"
)
_YEAR_OFFSETS = {**RELATIVE_YEARS, **ANAPHORIC_YEARS}
_YEAR_WORDS = alternation(_YEAR_OFFSETS)


def _cn_date(i: int) -> str:
    """One written date, its parts suffixed `i`; a dash between two numbers of one unit is a range (1-9月)."""
    year = (
        rf"(?:(?P<rel{i}>{_YEAR_WORDS})|(?:(?P<roc{i}>民[國国]){_SP})?(?P<y{i}>{_YT})"
        rf"(?:{_CONN}(?P<yb{i}>{_YT}))?{_SP}(?P<yu{i}>年))"
    )
    month = rf"(?P<m{i}>{_MT})(?:{_CONN}(?P<mb{i}>{_MT}))?{_SP}(?P<mu{i}>月份?)"
    day = rf"(?P<d{i}>{_DT})(?:{_CONN}(?P<db{i}>{_DT}))?{_SP}(?P<du{i}>[日号號])"
    return rf"(?:{year}{_SP}(?:{month}{_SP}(?:{day})?)?|{month}{_SP}(?:{day})?|{day})(?P<p{i}>{_PART})?"


def _iso_date(i: int) -> str:
    return (
        rf"(?P<iy{i}>(?:1[89]|20)[0-9]{{2}})(?P<is{i}>[-/.])(?P<im{i}>{_MM})(?P=is{i})"
        rf"(?P<id{i}>{_DD})(?:(?![0-9])|(?=[0-9]{{1,2}}:[0-9]{{2}}))"
    )


def _month_day(i: int) -> str:
    """`09-01` is a date only as a timestamp, with a clock time after it."""
    return rf"(?P<mm{i}>{_MM})[-/](?P<md{i}>{_DD})(?={_SP}{_CLOCK})"


_NOT_NUMBER_BEFORE = rf"(?<![{_NUMERAL}.．/\-])"
_DATES = _starting_with(
    "0-9" + _CNDIG + "十廿卅今昨明本民" + _first_chars(_YEAR_OFFSETS),
    rf"{_NOT_NUMBER_BEFORE}(?P<iso>{_iso_date(1)}(?:(?:{_TIME})?起?{_CONN}{_iso_date(2)})?)"
    rf"|{_NOT_NUMBER_BEFORE}(?P<roc_iso>(?P<ry>1[0-4][0-9])(?P<rs>[/.])(?P<rm>{_MM})(?P=rs)(?P<rd>{_DD}))(?![0-9])"
    rf"|(?<![0-9A-Za-z.:/\-])(?P<compact>(?:19|20)[0-9]{{2}}{_COMPACT_MMDD})(?![0-9A-Za-z.])"
    rf"|{_NOT_NUMBER_BEFORE}(?P<md>{_month_day(1)}(?:{_TIME}{_CONN}{_month_day(2)})?)"
    rf"|(?P<paren>[今昨明本][^\S\n]?[（(][^\S\n]?(?P<pd>{_DD})[^\S\n]?[日号號]?[^\S\n]?[)）](?:[^\S\n]?[日号號])?)"
    rf"|{_NOT_NUMBER_BEFORE}(?P<cn>{_cn_date(1)}(?:(?:{_TIME})?起?{_CONN}{_cn_date(2)})?)"
)
_DAY_LIST = _starting_with(
    "0-9" + _CNDIG + "十廿卅",
    rf"{_NOT_NUMBER_BEFORE}(?:(?P<y>{_YT}){_SP}年{_SP})?(?:(?P<m>{_MT}){_SP}月{_SP})?"
    rf"(?P<days>{_DT}(?:{_SP}[、，,]{_SP}{_DT}){{1,4}}){_SP}日",
)
"""Days listed before one 日 (5月8、9日, 八、九日): each is a date, dated like the first."""
_LISTED_DAY = regex.compile(_DT)
_RELATIVE_MONTH = regex.compile(rf"(?P<word>{alternation(RELATIVE_MONTHS)}){_SP}$")
_ROC_TEXT = regex.compile(
    rf"民[國国]|(?:今|去|明|前)年{_SP}[（(]{_SP}1[0-4][0-9]{_SP}年|(?<![0-9])1[0-4][0-9]{_SP}年{_SP}{_MT}{_SP}月|(?<![〇零○一二三四五六七八九])一[〇零○一二三四][〇零○一二三四五六七八九]年{_SP}{_MT}{_SP}月|(?<![0-9/])1[0-4][0-9]/[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9])"
)
_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
_NEWLINE = regex.compile(r"\n")
_NAME_RUN = regex.compile(rf"[\p{{Han}}A-Za-z0-9()（）·・\-—]{{0,24}}?(?:{alternation(NAME_ENDINGS)})")
_NAME_YEARS = _starting_with(
    "0-9" + _CNDIG,
    rf"(?<![0-9A-Za-z])(?P<glued>(?:19|20)[0-9]{{2}})(?=[\p{{Han}}A-Za-z])(?!年)"
    rf"|{_NOT_NUMBER_BEFORE}(?P<written>{_YT}){_SP}年"
    rf"|(?<=[A-Za-z][^\S\n]?)(?P<coded>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?<=\p{{Han}})(?P<titled>(?:19|20)[0-9]{{2}})(?=[》」』”\"’)）])"
)
_DURATION_AFTER_YEAR = regex.compile(r"来|來|间|間|内|內|多|余|餘|里|裡|半|左右|之久|前|后|後|以")
_TITLE_MARKS = {"《": "》", "「": "」", "『": "』", "“": "”"}
_TITLE_REST = {
    opening: regex.compile(rf"[^，。！？；,!?;\n{closing}]{{0,30}}{closing}") for opening, closing in _TITLE_MARKS.items()
}
_WORD_AFTER_LONE_DAY = regex.compile(rf"[^\S\n]*(?:{alternation(TIME_WORDS)}|[电電讯訊起])")
_DATELINE_END = regex.compile(r"[^\S\n]*(?:电|電|讯|訊)")
_REFERENCE = regex.compile(r"(\d{4}|-)(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_HAN = regex.compile(r"\p{Han}")
_SENTENCE_PUNCT = regex.compile(r"[，。！？；,!?;]")

_STAMP = _starting_with(
    "0-9民" + _CNDIG,
    rf"(?<![0-9A-Za-z./\-])(?:{_iso_date(1)}"
    rf"|(?:(?P<roc1>民[國国]){_SP})?(?P<cy>[0-9]{{2,4}}|[{_CNDIG}0]{{4}}){_SP}年{_SP}(?P<cm>{_MT}){_SP}月{_SP}(?P<cd>{_DT}){_SP}[日号號]"
    rf"|(?P<ry>1[0-4][0-9])(?P<rs>[/.])(?P<rm>{_MM})(?P=rs)(?P<rd>{_DD})(?![0-9])"
    rf"|(?P<da>{_DD})(?P<ds>[/.\-])(?P<mo>{_DD})(?P=ds)(?P<dy>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?P<compact>(?:19|20)[0-9]{{6}})(?![0-9]))"
)
_STAMP_MARKER = regex.compile(rf"(?:{alternation(STAMP_MARKERS)})[^\S\n]*[:：]?[^\S\n]*$")
_PUBLICATION_MARKER = regex.compile(rf"(?:{alternation(PUBLICATION_MARKERS)})[^\S\n]*[:：]?[^\S\n]*")
_STAMP_TIME = regex.compile(rf"[^\S\n]*{_CLOCK}")
_CREDIT_STAMP = regex.compile(
    r"[（(](?:责任编辑|責任編輯|编辑|編輯|责编|責編)[:：]?[^\S\n]*\p{Han}{2,4}[)）][^\S\n]*"
    rf"(?P<stamp>(?:1[0-4][0-9]|(?:19|20)[0-9]{{2}}){_COMPACT_MMDD})(?![0-9])"
)
_DATELINE = regex.compile(
    rf"[^\S\n]*[【\[（(〔]?[^\S\n]*[^\s0-9，,。：:、“”「」（()）【】\[\]]{{2,20}}?"
    rf"(?P<date>(?:(?P<y>[0-9]{{4}}|[{_CNDIG}0]{{4}}){_SP}年{_SP})?(?:(?P<m>{_MT}){_SP}月{_SP})?(?P<d>{_DT}){_SP}日)"
    rf"\p{{Han}}{{0,4}}?(?:[电電讯訊](?![视視话話脑腦子影台力网網])|消息)"
)
_HEADER_MONTH = regex.compile(
    rf"[\s|｜•·]*(?:(?P<m>{_MT}){_SP}月[^\S\n]*[,，]?[^\S\n]*(?P<y>(?:19|20)[0-9]{{2}})年?"
    rf"|(?P<y2>(?:19|20)[0-9]{{2}}){_SP}年{_SP}(?P<m2>{_MT}){_SP}月份?)[\s|｜•·]*"
)

_DUR_CN = "一二两兩三四五六七八九十廿"
_DUR_NUM = rf"(?:[0-9]{{1,3}}|[{_DUR_CN}]{{1,3}})"
_DUR_UNIT = rf"(?:个|個)?{_SP}(?P<unit>{alternation(DURATION_UNITS)})"
_DURATIONS = _starting_with(
    "0-9" + _DUR_CN + _first_chars(DURATION_LEADS),
    rf"(?:{alternation(DURATION_LEADS)}){_SP}(?P<n>{_DUR_NUM}){_SP}{_DUR_UNIT}(?![前后後以之内內来來])"
    rf"|(?<![{_NUMERAL}第前后後这這近每头頭])(?P<n2>{_DUR_NUM}){_SP}(?P<unit2>{alternation(DURATION_UNITS)})"
    rf"{_SP}(?:的{_SP})?(?:{alternation(DURATION_TAILS)})[里裡裏内內中]?"
    rf"|(?<![{_NUMERAL}第前后後这這近每头頭])(?P<n3>[两兩])(?P<unit3>[日天])(?![前后後以之内內来來])"
)


# --- numbers ----------------------------------------------------------------------------------------

_NUMBERS = {**CN_DIGITS, "两": 2, "兩": 2}


def _number(s: str) -> int:
    """ASCII or Chinese numeral as an int.

    >>> _number("23"), _number("二十五"), _number("十二"), _number("廿一"), _number("卅一"), _number("十")
    (23, 25, 12, 21, 31, 10)
    """
    if s.isascii():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_NUMBERS[tens] if tens else 1) * 10 + (_NUMBERS[ones] if ones else 0)
    value = 0
    for c in s:
        value = value * 10 + _NUMBERS[c]
    return value


def _two_digit_year(yy: int, reference: Optional[int]) -> int:
    """`98年` -> 1998, `15年` -> 2015: the year with these last digits nearest the page's year (2000 without one).

    >>> _two_digit_year(90, 1973), _two_digit_year(15, 2021), _two_digit_year(98, None)
    (1990, 2015, 1998)
    """
    reference = 2000 if reference is None else reference
    year = reference - reference % 100 + yy
    return min((year - 100, year, year + 100), key=lambda y: abs(y - reference))


def _year(token: str, *, roc: bool, roc_text: bool, reference: Optional[int]) -> Optional[int]:
    """Gregorian year of a written year number, or None when the number cannot be a year.

    >>> [_year(t, roc=False, roc_text=False, reference=2014) for t in ("2019", "二〇一九", "二0二四", "一三", "三五", "112")]
    [2019, 2019, 2024, 2013, None, None]
    >>> _year("112", roc=False, roc_text=True, reference=None), _year("99", roc=True, roc_text=False, reference=None)
    (2023, 2010)
    >>> _year("一一四", roc=False, roc_text=True, reference=None), _year("一一四", roc=False, roc_text=False, reference=None)
    (2025, None)
    """
    if token.isascii():
        n = int(token)
        if len(token) == 4:
            return n if 1000 <= n <= 2100 else None
        if len(token) == 3:
            return n + ROC_OFFSET if (roc or roc_text) and 100 <= n <= 199 else None
        return n + ROC_OFFSET if roc else _two_digit_year(n, reference)
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


def _iso(year: Optional[int], month: Optional[int] = None, day: Optional[int] = None) -> Optional[str]:
    """ISO 8601 at the precision given; a day or month without a knowable year is `--MM-DD` or `--MM`."""
    if day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"
    if year is None:
        return f"--{month:02d}" if month is not None else None
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def _last_day(year: Optional[int], month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


def _parse_reference(published: Optional[str]) -> tuple[Optional[int], Optional[int], Optional[int]]:
    if not published:
        return None, None, None
    m = _REFERENCE.match(str(published).strip())  # a str or a date
    if not m:
        raise ValueError(f"published must be an ISO date ('2023-09-26', '2024-11', '2024' or '--09-26'), not {published!r}")
    return tuple(int(g) if g and g != "-" else None for g in m.groups())  # type: ignore[return-value]


# --- scanning ---------------------------------------------------------------------------------------

@dataclass
class _Point:
    """One end of a mention as written; `year_kind` says where a written year word points."""

    year: Optional[int] = None
    year_kind: str = ""  # "explicit", "relative" (今年, read against the present) or "anaphoric" (同年)
    offset: int = 0
    month: Optional[int] = None
    day: Optional[int] = None
    part: str = ""
    month_offset: Optional[int] = None  # 上月28日: the page's month less one


@dataclass
class _Raw:
    start: int
    end: int
    a: _Point
    b: Optional[_Point] = None
    first_end: int = -1  # end of the range's first date
    year_end: int = -1  # end of the last 年 written, where a name glued to the year would start


@dataclass
class _Context:
    text: str
    roc_text: bool
    reference: tuple[Optional[int], Optional[int], Optional[int]]
    name_years: list[tuple[int, int]] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)
    line_ends: list[int] = field(default_factory=list)

    def sentence(self, pos: int) -> tuple[int, int]:
        return _region(self.sentence_ends, pos, len(self.text))

    def line(self, pos: int) -> tuple[int, int]:
        return _region(self.line_ends, pos, len(self.text))


def _region(ends: list[int], pos: int, size: int) -> tuple[int, int]:
    i = bisect_right(ends, pos - 1)
    start = ends[i - 1] + 1 if i else 0
    return start, ends[i] if i < len(ends) else size


def _context(text: str, published: Optional[str]) -> _Context:
    ctx = _Context(text=text, roc_text=bool(_ROC_TEXT.search(text)), reference=_parse_reference(published))
    ctx.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    ctx.line_ends = [m.start() for m in _NEWLINE.finditer(text)]
    ctx.name_years = _name_years(text, ctx)
    return ctx


def _name_follows(text: str, pos: int) -> bool:
    """A name (event, report, programme) starts at `pos` and runs to a name ending without a clause in between; a
    one-character word of a clause breaks it only as a word of its own (中等学校 holds no 等)."""
    m = _NAME_RUN.match(text, pos)
    if not m or not any(w in m.group() for w in NAME_BREAKERS):
        return bool(m)
    import jieba

    words = set(jieba.lcut(m.group()))
    return not any(w in words if len(w) == 1 else w in m.group() for w in NAME_BREAKERS)


def _name_years(text: str, ctx: _Context) -> list[tuple[int, int]]:
    """Years that are part of a name: not date mentions, but they tell the year of the article's event.

    >>> _name_years("由無錫市舉辦的2019世界物聯網(無錫)博覽會在江蘇開幕", _Context("", False, (None, None, None)))
    [(7, 2019)]
    """
    found = []
    for m in _NAME_YEARS.finditer(text):
        if m["glued"]:
            if _name_follows(text, m.end()):
                found.append((m.start(), int(m["glued"])))
        elif m["written"]:
            year = _year(m["written"], roc=False, roc_text=ctx.roc_text, reference=None)
            after = m.end()
            if year and len(m["written"]) == 4 and (text[after : after + 1] in ("会", "會") or _name_follows(text, after)):
                found.append((m.start(), year))
        else:
            found.append((m.start(), int(m["coded"] or m["titled"])))
    return found


def _cn_point(m: regex.Match, i: int, ctx: _Context) -> Optional[tuple[_Point, Optional[_Point]]]:
    """The end(s) of written date `i`, or None when the numbers cannot be that date."""
    ref_year = ctx.reference[0]
    start, end = _Point(), None
    if m[f"rel{i}"]:
        word = m[f"rel{i}"]
        kind = "relative" if word in RELATIVE_YEARS else "anaphoric"
        start = _Point(year_kind=kind, offset=_YEAR_OFFSETS[word])
    elif m[f"y{i}"]:
        roc = bool(m[f"roc{i}"])
        year = _year(m[f"y{i}"], roc=roc, roc_text=ctx.roc_text, reference=ref_year)
        if year is None:
            return None
        start = _Point(year=year, year_kind="explicit")
        if m[f"yb{i}"]:
            year_b = _year(m[f"yb{i}"], roc=roc, roc_text=ctx.roc_text, reference=year)
            if year_b is None or year_b < year:
                return None
            end = _Point(year=year_b, year_kind="explicit")
    # after a range of years (1985到89年9月) the finer parts belong to its end only
    for group, part in (("m", "month"), ("d", "day")):
        if not m[f"{group}{i}"]:
            continue
        if end is not None:
            setattr(end, part, _number(m[f"{group}{i}"]))
        else:
            setattr(start, part, _number(m[f"{group}{i}"]))
            if m[f"{group}b{i}"]:
                end = replace(start, **{part: _number(m[f"{group}b{i}"])})
    if end is not None and _order(end) < _order(start):
        return None
    for point in (start, end):
        if point is not None and point.day is not None and point.month is not None:
            if point.day > _last_day(point.year, point.month):
                return None
    if m[f"p{i}"]:
        part = m[f"p{i}"]
        target = end or start
        if part.lstrip("年月") in MONTH_PARTS and target.month is not None and target.day is None:
            target.part = part.lstrip("年月")
        elif target.month is None and target.year_kind == "explicit" and (
            part.lstrip("年") in YEAR_PARTS or part in SEASONS or "季" in part or part[0] in "Qq"
        ):
            target.part = part.lstrip("年")
        elif target.month is None and target.year_kind and part.lstrip("年") in YEAR_PARTS:
            target.part = part.lstrip("年")  # 今年底, 去年年初, 同年底: the end or start of a year read from the text
    return start, end


def _order(p: _Point) -> tuple[int, int, int]:
    return p.year or 0, p.month or 0, p.day or 0


_DATE_PARTS = {i: tuple(n for g, n in _DATES.groupindex.items() if g[-1] == str(i) and g[:-1].isalpha()) for i in (1, 2)}


def _group_end(m: regex.Match, i: int) -> int:
    """End of written date `i` of a `_DATES` match: of its last part written (parts not written end at -1)."""
    return max(m.end(*_DATE_PARTS[i]))


def _scan(ctx: _Context) -> list[_Raw]:
    """Written dates in article order, each checked against what surrounds it."""
    text = _halfwidth(ctx.text)
    lists = list(_DAY_LIST.finditer(text))
    spans = [m.span() for m in lists]  # a list that is no date (农历八月十五、十六日) gives none of its days either
    found: list[_Raw] = [raw for m in lists for raw in _listed_days(m, ctx, text)]
    for m in _DATES.finditer(text):
        if spans and _overlaps(m.start(), m.end(), spans):
            continue
        raw = _raw(m, ctx, text)
        if raw is not None:
            found.append(raw)
    return sorted(found, key=lambda r: r.start)


def _listed_days(m: regex.Match, ctx: _Context, text: str) -> list[_Raw]:
    """One mention per day of a list: the first written with its month (5月8), the others alone (9日)."""
    year = None
    if m["y"]:
        year = _year(m["y"], roc=False, roc_text=ctx.roc_text, reference=ctx.reference[0])
        if year is None:
            return []
    month = _number(m["m"]) if m["m"] else None
    before, after = text[max(0, m.start() - 4) : m.start()].rstrip(), text[m.end() : m.end() + 2]
    if before.endswith(LUNAR) or (month is None and before.endswith(NOT_BEFORE_DATE)) or after.startswith(NOT_AFTER_DAY):
        return []
    days = list(_LISTED_DAY.finditer(text, m.start("days"), m.end("days")))
    raws = []
    for i, day in enumerate(days):
        start = m.start() if i == 0 else day.start()
        end = m.end() if i == len(days) - 1 else day.end()
        point = _Point(year=year, year_kind="explicit" if year else "", month=month, day=_number(day.group()))
        if point.day > _last_day(year, month or 1):
            return []
        raws.append(_Raw(start, end, point))
    return raws


def _raw(m: regex.Match, ctx: _Context, text: str) -> Optional[_Raw]:
    if m["iso"]:
        a = _Point(year=int(m["iy1"]), year_kind="explicit", month=int(m["im1"]), day=int(m["id1"]))
        b = None
        if m["iy2"]:
            b = _Point(year=int(m["iy2"]), year_kind="explicit", month=int(m["im2"]), day=int(m["id2"]))
        points = [a] + ([b] if b else [])
        if any(p.day > _last_day(p.year, p.month) for p in points):
            return None
        return _Raw(m.start("iso"), m.end("iso"), a, b)
    if m["roc_iso"]:
        a = _Point(year=int(m["ry"]) + ROC_OFFSET, year_kind="explicit", month=int(m["rm"]), day=int(m["rd"]))
        return _Raw(m.start(), m.end(), a) if a.day <= _last_day(a.year, a.month) else None
    if m["compact"]:
        c = m["compact"]
        a = _Point(year=int(c[:4]), year_kind="explicit", month=int(c[4:6]), day=int(c[6:]))
        return _Raw(m.start(), m.end(), a) if a.day <= _last_day(a.year, a.month) else None
    if m["md"]:
        a = _Point(month=int(m["mm1"]), day=int(m["md1"]))
        b = _Point(month=int(m["mm2"]), day=int(m["md2"])) if m["mm2"] else None
        return _Raw(m.start("md"), m.end("md"), a, b)
    if m["paren"]:
        return _Raw(m.start(), m.end(), _Point(day=int(m["pd"])))
    return _cn_raw(m, ctx, text)


def _cn_raw(m: regex.Match, ctx: _Context, text: str) -> Optional[_Raw]:
    first = _cn_point(m, 1, ctx)
    if first is None:
        return None
    a, b = first
    raw = _Raw(m.start("cn"), _group_end(m, 1), a, b, first_end=_group_end(m, 1), year_end=m.end("yu1"))
    relative_month = _RELATIVE_MONTH.search(text, max(0, raw.start - 4), raw.start)
    if relative_month and a.day is not None and a.month is None and not a.year_kind:
        a.month_offset = RELATIVE_MONTHS[relative_month["word"]]
        raw.start = relative_month.start()
    if m["y2"] or m["rel2"] or m["m2"] or m["d2"]:
        second = _cn_point(m, 2, ctx)
        if second is not None and b is None and _bare_day_ok(second[0], m, 2, text) is not False:
            raw.b, raw.end = second[1] or second[0], _group_end(m, 2)
            raw.year_end = m.end("yu2") if m["yu2"] else raw.year_end
    return raw if _plausible(raw, m, text) else None


def _bare_day_ok(p: _Point, m: regex.Match, i: int, text: str) -> Optional[bool]:
    """None when `p` is not a bare day; else whether a lone day number here reads as a day of the month."""
    if p.day is None or p.month is not None or p.year_kind:
        return None
    if m[f"du{i}"] != "日" and not (i == 2 and m["du1"]):
        return False
    after = text[m.end(f"du{i}") : m.end(f"du{i}") + 3]
    if after[:2].endswith(NOT_AFTER_DAY) or after[:1] in NOT_AFTER_DAY:
        return False
    token = m[f"d{i}"]
    if not token.isascii() and len(token) == 1 and i == 1:
        return bool(_WORD_AFTER_LONE_DAY.match(after))
    return True


def _plausible(raw: _Raw, m: regex.Match, text: str) -> bool:
    """Context checks: ordinals and periods (第, 每), counts of years, years inside names, lone day numbers."""
    a, before = raw.a, text[max(0, raw.start - 4) : raw.start].rstrip()  # 第 3 日 is spaced like 第3日
    if before.endswith(LUNAR) or (not a.year_kind and before.endswith(NOT_BEFORE_DATE)):
        return False
    if before.rstrip("的").endswith(RECURRING):
        return False
    if a.year_kind in ("relative", "anaphoric") and a.month is None and a.part not in YEAR_PARTS:
        return False  # a bare 今年 or 同年 is no date; 今年底, 明年初 are (month precision)
    if _bare_day_ok(a, m, 1, text) is False:
        return False
    if raw.b is None and not a.year_kind and a.day is None and not a.part and m["mu1"] == "月" and not m["m1"].isascii():
        return False  # 十月革命, 《六月雪》, 五月的鲜花: a Chinese-numeral month alone is a name or a figure of speech
    if a.year_kind == "explicit" and a.month is None and (raw.b is None or raw.b.month is None):
        return _years_ok(raw, m, text)
    return True


def _years_ok(raw: _Raw, m: regex.Match, text: str) -> bool:
    """A year (or range of years) written alone is a date unless it is a count of years or part of a name."""
    last = raw.year_end
    after = text[last : last + 2]
    if after[:1] in YEAR_WORDS or _titled(text, raw.start, last):
        return False
    if _name_follows(text, last) and not text.startswith(EDITIONS, last):
        return False  # 2019年会, 2024年度报告; but 2005年首届论坛 is the year of that edition
    if raw.a.part:
        return True
    joined = raw.end > raw.first_end  # the second date of the match is part of the mention
    tokens = [t for t in (m["y1"], m["yb1"]) + ((m["y2"], m["yb2"]) if joined else ()) if t]
    if any(t.isascii() and len(t) == 2 for t in tokens) and not m["roc1"]:
        return False  # 35年, 10—20年期: counts of years
    if any(len(t) != 4 for t in tokens) and _DURATION_AFTER_YEAR.match(after):
        return False
    return not after.startswith(("来", "來")) and not text.startswith(YEAR_SPAN_AFTER, last)  # 1000年来 counts years


def _titled(text: str, start: int, end: int) -> bool:
    """A year opening a title in 《》「」 (or a name in “”) belongs to the title: 《2000年议程》."""
    opening = text[start - 1 : start]
    if not opening or opening not in _TITLE_REST:
        return False
    title = _TITLE_REST[opening].match(text, end)
    return bool(title) and (opening != "“" or not any(w in title.group() for w in NAME_BREAKERS))


# --- resolving --------------------------------------------------------------------------------------

@dataclass
class _Resolved:
    raw: _Raw
    a: _Point
    b: Optional[_Point]
    own_year: bool  # the mention writes its year (explicitly or as 今年/同年)


def _nearest(items: list[tuple[int, int]], pos: int, lo: int = 0, hi: Optional[int] = None) -> Optional[int]:
    inside = [(abs(p - pos), year) for p, year in items if lo <= p < (hi if hi is not None else 1 << 62)]
    return min(inside)[1] if inside else None


def _present_year(ctx: _Context, pos: int) -> Optional[int]:
    """The article's own year, against which 今年/去年 are read: the page date, else an event name's year."""
    return ctx.reference[0] if ctx.reference[0] is not None else _nearest(ctx.name_years, pos)


def _year_for(pos: int, month: int, ctx: _Context, done: list[_Resolved]) -> Optional[int]:
    """The year of a month written without one, in the order a reader looks for it: a year written earlier in its
    sentence, an event name's year there (not a document's: 《2023年年度报告》 covers a past year), the page date, an event name's year elsewhere, a year written earlier
    in its paragraph. A year written in some other paragraph says nothing about it: then the year is unknown."""
    lo, hi = ctx.sentence(pos)
    year = _written_year_since(lo, ctx, done)
    if year is not None:
        return year
    year = _nearest([(at, y) for at, y in ctx.name_years if not _in_document_title(ctx.text, at)], pos, lo, hi)
    if year is not None:
        return year
    ref_year, ref_month, _ = ctx.reference
    if ref_year is not None:  # a December date in a January page is last year's, and the other way round
        if ref_month is not None and abs(month - ref_month) >= NEW_YEAR_GAP:
            return ref_year - 1 if month > ref_month else ref_year + 1
        return ref_year
    year = _nearest(ctx.name_years, pos)
    return year if year is not None else _written_year_since(ctx.line(pos)[0], ctx, done)


def _in_document_title(text: str, at: int) -> bool:
    """`at` lies inside a title in 《》."""
    return text.rfind("《", max(0, at - 30), at) > text.rfind("》", max(0, at - 30), at)


def _written_year_since(lo: int, ctx: _Context, done: list[_Resolved]) -> Optional[int]:
    """The year of the last mention from `lo` on that writes one (not a point of comparison: 2018年同期)."""
    for r in reversed(done):
        if r.raw.start < lo:
            break
        if r.own_year and (r.b or r.a).year is not None and not ctx.text.startswith(COMPARED, r.raw.end):
            return (r.b or r.a).year
    return None


def _resolve(raws: list[_Raw], ctx: _Context) -> list[DateMatch]:
    done: list[_Resolved] = []
    bare: list[_Raw] = []
    for raw in raws:
        a, b = replace(raw.a), replace(raw.b) if raw.b else None
        if a.month is None and not a.year_kind:
            bare.append(raw)
            continue
        own = bool(a.year_kind or (b and b.year_kind))
        if a.year_kind == "relative":  # without a present year, 今年3月 is still March: --03
            present = _present_year(ctx, raw.start)
            if present is None and a.month is None:
                continue
            a.year = present + a.offset if present is not None else None
        elif a.year_kind == "anaphoric":
            earlier = [r for r in done if r.own_year]
            if not earlier:
                continue
            a.year = (earlier[-1].b or earlier[-1].a).year + a.offset
        elif a.year is None and b is not None and b.year is not None:
            a.year = b.year - (1 if (a.month or 0) > (b.month or 13) else 0)
        elif a.year is None:
            a.year = _year_for(raw.start, a.month, ctx, done)
        if b is not None:
            _complete_end(a, b, ctx, raw.start)
        done.append(_Resolved(raw, a, b, own))
    for raw in bare:
        resolved = _place_day(raw, ctx, done)
        if resolved is not None:
            done.append(resolved)
    matches = [m for r in done if (m := _match(r, ctx.text)) is not None]
    return sorted(matches, key=lambda d: d.start)


def _complete_end(a: _Point, b: _Point, ctx: _Context, pos: int) -> None:
    """The second end of a range takes what it leaves out from the first: 9月26日至28日."""
    if b.year_kind == "relative":
        present = _present_year(ctx, pos)
        b.year = present + b.offset if present is not None else None
    elif b.year is None:
        b.year = a.year
        if b.month is not None and a.month is not None and b.month < a.month and a.year is not None:
            b.year = a.year + 1
    if b.month is None and b.day is not None:
        b.month = a.month
        if a.day is not None and b.day < a.day and b.month is not None:
            b.month = b.month % 12 + 1
            if b.month == 1 and b.year is not None:
                b.year += 1


def _place_day(raw: _Raw, ctx: _Context, done: list[_Resolved]) -> Optional[_Resolved]:
    """A bare day number (28日, 今(12)日) takes its month and year from a date written before it in its sentence, else
    from the page date or the dateline (去年12月…。15日, is the 15th of the story's month), else, when those say
    nothing or would put it after the story, from a date written before it in its paragraph; a month named in another
    paragraph or later does not date it, and without one it is skipped."""
    if raw.a.month_offset is not None:
        return _day_of_relative_month(raw, ctx)
    written = lambda lo: sorted((r.raw.start, r.b or r.a) for r in done if lo <= r.raw.start < raw.start and (r.b or r.a).month is not None)
    ref_year, ref_month, ref_day = ctx.reference
    if ref_month is None:
        dateline = next((r.a for r in done if r.a.day is not None and _DATELINE_END.match(ctx.text, r.raw.end)), None)
        if dateline is not None:
            ref_year, ref_month, ref_day = dateline.year, dateline.month, dateline.day
    in_sentence, in_paragraph = written(ctx.sentence(raw.start)[0]), written(ctx.line(raw.start)[0])
    if in_sentence:
        year, month = in_sentence[-1][1].year, in_sentence[-1][1].month
    elif ref_month is not None and (ref_day is None or raw.a.day <= ref_day or not in_paragraph):
        year, month = ref_year, ref_month
    elif in_paragraph:
        year, month = in_paragraph[-1][1].year, in_paragraph[-1][1].month
    else:
        return None
    a = replace(raw.a, year=year, month=month)
    if a.day > _last_day(year, month):
        return None
    b = None
    if raw.b is not None:
        b = replace(raw.b)
        _complete_end(a, b, ctx, raw.start)
    return _Resolved(raw, a, b, False)


def _day_of_relative_month(raw: _Raw, ctx: _Context) -> Optional[_Resolved]:
    """上月28日, 下月3日: the page's month moved by the word's offset; without a page month, no date."""
    ref_year, ref_month, _ = ctx.reference
    if ref_month is None:
        return None
    months = ref_month - 1 + raw.a.month_offset
    year = ref_year + months // 12 if ref_year is not None else None
    a = replace(raw.a, year=year, month=months % 12 + 1)
    return _Resolved(raw, a, None, False) if a.day <= _last_day(year, a.month) else None


def _interval(p: _Point) -> Optional[tuple[str, str, str, str]]:
    """(value, start, end, precision) of one end; None when its year is unknowable and it is neither day nor month."""
    if p.day is not None:
        value = _iso(p.year, p.month, p.day)
        return value, value, value, "day"
    if p.year is None and p.month is None:
        return None
    if p.month is not None:
        value = _iso(p.year, p.month)
        if p.part in MONTH_PARTS:
            first, last = MONTH_PARTS[p.part]
            last = last or _last_day(p.year, p.month)
            return value, _iso(p.year, p.month, first), _iso(p.year, p.month, last), "month"
        return value, value, value, "month"
    if p.part in YEAR_PARTS:
        first, last = YEAR_PARTS[p.part]
        value = _iso(p.year, last if p.part in ("底", "末") else first)  # 年底 is December, 年初 January
        return value, _iso(p.year, first), _iso(p.year, last), "month"
    if p.part:
        first, last = _season(p.part)
        end = _iso(p.year + (last - 1) // 12, (last - 1) % 12 + 1)
        return _iso(p.year), _iso(p.year, first), end, "season"
    value = _iso(p.year)
    return value, value, value, "year"


def _season(part: str) -> tuple[int, int]:
    if part in SEASONS:
        return SEASONS[part]
    quarter = QUARTER_WORDS[part[1] if part[0] in "Qq第" else part[0]]
    return 3 * quarter - 2, 3 * quarter


def _match(r: _Resolved, text: str) -> Optional[DateMatch]:
    raw = r.raw
    first = _interval(r.a)
    if first is None:
        return None
    if r.b is not None:
        second = _interval(r.b)
        if second is not None and (second[0] > first[0] or first[0].startswith("--")):
            return _written(raw.start, raw.end, text, first[0], first[0], second[0], "range")
    end = raw.first_end if raw.b is not None and raw.first_end > 0 else raw.end
    return _written(raw.start, end, text, *first)


def _written(start: int, end: int, text: str, *values) -> DateMatch:
    written = text[start:end].rstrip()
    return DateMatch(start, start + len(written), written, *values)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def _matches(text: str, published: Optional[str]) -> list[DateMatch]:
    ctx = _context(text, published)
    durations = [(d.start, d.end) for d in find_durations(text)]
    raws = [r for r in _scan(ctx) if not _overlaps(r.start, r.end, durations)]
    return _resolve(raws, ctx)


# --- public API -------------------------------------------------------------------------------------

def find_dates(text: str, *, published: Optional[str] = None) -> list[DateMatch]:
    """All calendar mentions in article order, resolved against the article and its page date.

    `published` ('YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when that is all the page gives) is the page's own
    date; when omitted, the text's own timestamp, dateline or header month is used (`page_reference`).
    Chrome is not recognised here: a page's timestamp line is a mention like any other, so callers pass
    the text with its chrome blanked.

    >>> [(d.text, d.value) for d in find_dates("2012年底，该市入选试点。10月12日，2019世界物联网博览会开幕。")]
    [('2012年底', '2012-12'), ('10月12日', '2019-10-12')]
    >>> [(d.text, d.start_value, d.end_value, d.precision) for d in find_dates("展会于10 月 12 日至 16 日举行")]
    [('10 月 12 日至 16 日', '--10-12', '--10-16', 'range')]
    >>> [(d.text, d.value) for d in find_dates("國際咖啡節十八日圓滿落幕", published="2022-10-19")]
    [('十八日', '2022-10-18')]
    >>> find_dates("阔别40年，连续八年增长，2019年会上午十时开幕")
    []
    """
    reference = published if published is not None else page_reference(text)
    return _matches(text, reference)


def find_published(text: str) -> Optional[Published]:
    """The page's publication date: a timestamp line in the header, an agency's stamp after the editor
    credit (CNA's `(編輯:…)1070920`), else a dateline with its month (`新华社南京5月8日电`) dated by the text.

    >>> find_published("標題\\n南方日報/ 2022.11.05 09:12\\n正文。")
    Published(value='2022-11-05', start=9, end=25, chrome=True)
    >>> find_published("中評社台北3月15日電/2021兩岸青年論壇14日開幕。")
    Published(value='2021-03-15', start=0, end=11, chrome=False)
    >>> find_published("中新社澳门十月二日电 美食节今日揭幕。") is None
    True
    """
    header = _header_lines(text)
    for i, (start, end) in enumerate(header):
        stamp = _stamp_in_line(text, start, end, alone_counts=i < HEADER_LINES)
        if stamp is not None:
            return stamp
    credit = _CREDIT_STAMP.search(_halfwidth(text))
    if credit:
        digits = credit["stamp"]
        year = int(digits[:3]) + ROC_OFFSET if len(digits) == 7 else int(digits[:4])
        month, day = int(digits[-4:-2]), int(digits[-2:])
        if day <= _last_day(year, month):
            return Published(_iso(year, month, day), credit.start("stamp"), credit.end("stamp"), False)
    return _dateline(text, header) or _marked_stamp(text)


def _marked_stamp(text: str) -> Optional[Published]:
    """A timestamp after a publication marker outside the header (发布时间：2017-06-02 at the foot of the page).

    >>> prose = "展會在濱江會展中心開幕，來自各地的三百家企業參展，現場氣氛熱烈，吸引大量市民與遊客前來。\\n"
    >>> find_published(prose * 20 + "發佈日期：02/06/2017")
    Published(value='2017-06-02', start=900, end=915, chrome=True)
    """
    for marker in _PUBLICATION_MARKER.finditer(text):
        m = _STAMP.match(_halfwidth(text[marker.end() : marker.end() + 30]))
        value = _stamp_value(m) if m else None
        if value is not None:
            clock = _STAMP_TIME.match(_halfwidth(text[marker.end() + m.end() : marker.end() + m.end() + 12]))
            return Published(value, marker.start(), marker.end() + m.end() + (clock.end() if clock else 0), True)
    return None


def page_reference(text: str) -> Optional[str]:
    """What the page says its own date is, to resolve the body's dates: the published day, else the month
    of a header line such as '三月 2023' (which is not a publication date).

    Call it on the raw text: the cleaning stage blanks the lines that hold this evidence. A dateline whose year
    cannot be known still gives its month and day (`--10-02`): the body's day numbers take that month.

    >>> page_reference("三月 2023 |\\n客服專線\\n【記者李華/台中】市長今(9)日上午出席論壇。")
    '2023-03'
    >>> page_reference("中新社澳门十月二日电 美食节今(2)日揭幕。")
    '--10-02'
    """
    stamp = find_published(text)
    if stamp is not None:
        return stamp.value
    month = _header_month(text)
    if month is not None:
        return month
    dateline = _dateline(text, _header_lines(text), yearless=True)
    return dateline.value if dateline is not None else None


_COUNT_NUMERAL = regex.compile(r"\d+|[一二两兩三四五六七八九十廿卅]|[一二两兩三四五六七八九廿卅]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]")
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
    for m in _DURATIONS.finditer(_halfwidth(text)):
        number = m["n"] or m["n2"] or m["n3"]
        unit = m["unit"] or m["unit2"] or m["unit3"]
        if not _COUNT_NUMERAL.fullmatch(number):  # 一二天 is one or two days, 七二十天 no number at all
            continue
        days = _number(number) * DURATION_UNITS[unit]
        if days > 0:
            found.append(Duration(m.start(), m.end(), text[m.start() : m.end()], days))
    return found


# --- page date ----------------------------------------------------------------------------------------

def _header_lines(text: str) -> list[tuple[int, int]]:
    """The first HEADER_LINES non-empty lines, or more when no prose has started by then: up to the first line
    of prose (MAX_HEADER_LINES at most), so that a long navigation does not hide the page's date."""
    lines, pos, prose = [], 0, False
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
            prose = prose or ("。" in line and len(_HAN.findall(line)) > STAMP_CLUTTER)
            if len(lines) >= MAX_HEADER_LINES or (len(lines) >= HEADER_LINES and prose):
                break
        pos += len(line) + 1
    return lines


def _stamp_in_line(text: str, start: int, end: int, *, alone_counts: bool = True) -> Optional[Published]:
    """A page timestamp in one header line: after a marker (时间:), before a clock time, or alone on the line
    (when `alone_counts`)."""
    line = _halfwidth(text[start:end])
    for m in _STAMP.finditer(line):
        value = _stamp_value(m)
        if value is None:
            continue
        marker = _STAMP_MARKER.search(line, 0, m.start())
        clock = _STAMP_TIME.match(line, m.end())
        stamp_end = clock.end() if clock else m.end()
        rest = line[: m.start()] + line[stamp_end:]
        bare = not _SENTENCE_PUNCT.search(rest) and len(_HAN.findall(rest)) <= STAMP_CLUTTER
        if marker or (clock and not m["compact"]) or (bare and alone_counts):
            stamp_start = marker.start() if marker else m.start()
            return Published(value, start + stamp_start, start + stamp_end, True)
    return None


def _stamp_value(m: regex.Match) -> Optional[str]:
    if m["iy1"]:
        year, month, day = int(m["iy1"]), int(m["im1"]), int(m["id1"])
    elif m["cy"]:
        year = _year(m["cy"], roc=bool(m["roc1"]), roc_text=len(m["cy"]) == 3, reference=None)
        if year is None or (len(m["cy"]) == 2 and not m["roc1"]):
            return None
        month, day = _number(m["cm"]), _number(m["cd"])
    elif m["ry"]:
        year, month, day = int(m["ry"]) + ROC_OFFSET, int(m["rm"]), int(m["rd"])
    elif m["dy"]:  # 02/06/2017 is day first (Hong Kong, Macau, Singapore, Malaysia), unless the day cannot be first
        first, second = int(m["da"]), int(m["mo"])
        day, month = (second, first) if second > 12 else (first, second)
        year = int(m["dy"])
        if month > 12:
            return None
    else:
        digits = m["compact"]
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if not (1 <= month <= 12 and day >= 1):
            return None
    return _iso(year, month, day) if day <= _last_day(year, month) else None


def _dateline(text: str, header: list[tuple[int, int]], *, yearless: bool = False) -> Optional[Published]:
    """A dateline with a month (新华社南京5月8日电), its year written or found in the text; with `yearless`, one
    whose year cannot be known gives `--MM-DD`."""
    for start, end in header:
        m = _DATELINE.match(text, start, end)
        if not m or not m["m"]:
            continue
        month, day = _number(m["m"]), _number(m["d"])
        if m["y"]:
            year = _year(m["y"], roc=False, roc_text=False, reference=None)
        else:  # the year of the sentence or of the event's name, not of other dated mentions
            year = _year_for(m.start("date"), month, _context(text, None), [])
        if (year is None and not yearless) or day > _last_day(year, month):
            return None
        indent = len(text[start:end]) - len(text[start:end].lstrip())
        return Published(_iso(year, month, day), start + indent, m.end(), False)
    return None


def _header_month(text: str) -> Optional[str]:
    """A header line giving only a month and year ('三月 2023 |'): a reference, not a publication date."""
    for start, end in _header_lines(text):
        m = _HEADER_MONTH.fullmatch(text, start, end)
        if m:
            year, month = int(m["y"] or m["y2"]), _number(m["m"] or m["m2"])
            return _iso(year, month)
    return None
