"""Date mentions: every calendar mention of an article, resolved against the article and its page date.

Chinese news rarely writes a full date: `26日`, `9月26日`, `今(27)日` take their month and year from the
article itself (years.py). When nothing in the text gives the year, a day is written `--MM-DD`; a month or bare
day number that cannot be placed is not reported. Values follow ../shared/SCHEMA.md and ../shared/ANNOTATION.md
("Dates"). Text positions are offsets into the text given; matching never joins across a newline or a long run of
blanked chrome.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Optional

import regex

from extractor import regex_cache
from extractor.dates.durations import find_durations
from extractor.dates.grammar import (
    CLOCK,
    CNDIG,
    COMPACT_MMDD,
    DD,
    DT,
    MM,
    MT,
    NOT_NUMBER_BEFORE,
    NUMERAL,
    ROC_OFFSET,
    SP,
    YT,
    first_chars_of,
    halfwidth,
    iso,
    iso_date,
    last_day,
    numeral_value,
    starting_with,
    written_year,
)
from extractor.dates.page import page_reference
from extractor.dates.years import (
    Context,
    Point,
    Raw,
    Resolved,
    date_context,
    name_follows,
    name_year_in_sentence,
    present_year,
    year_for,
)
from extractor.lexicon.dates import (
    ANAPHORIC_MONTHS,
    ANAPHORIC_YEARS,
    COMPARED,
    COMPARISON_LEADS,
    DEADLINE_LEADS,
    DAY_COUNT_LEADS,
    DAY_WORDS,
    EDITIONS,
    IN_TURN,
    LUNAR,
    MONTH_PARTS,
    NAME_BREAKERS,
    NOT_AFTER_DAY,
    NOT_AFTER_SLASHED_DATE,
    NOT_BEFORE_DATE,
    PENALTY_LEADS,
    QUARTER_WORDS,
    RECURRING,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    SEASONS,
    SLASHED_DATE_AFTER,
    SLASHED_DATE_LEADS,
    TIME_WORDS,
    TIME_PREPOSITIONS,
    DOTTED_DATE_LABELS,
    YEAR_END_PARTS,
    YEAR_PARTS,
    YEAR_SPAN_AFTER,
    YEAR_WORD_EXCEPTIONS,
    YEAR_COUNT_LEADS,
    YEAR_WORDS,
    PERIOD_DOCUMENTS,
    PERIOD_LEADS,
    PERIOD_LISTS,
    PERIOD_SAYS_WHEN,
    PERIOD_YEAR_UNITS,
    PERIOD_YEAR_WORDS,
)
from extractor.lexicon.numerals import TENS
from extractor.patterns import alternation


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


_CONN = SP + r"(?:至|到|－|-|—{1,2}|–|~|～|〜|―)" + SP


_PART = (
    r"年中(?![国國华華央心秋文外共])|(?:年|月)?(?:上旬|中旬|下旬|初(?![步次期中心衷级級始一二三四五六七八九十])|底(?![线線蕴蘊气氣牌])|末(?![期端尾])|杪"
    r"|尾(?![牙数數盘盤款巴随隨气氣货貨])|年[头頭](?![0-9零〇一二三四五六七八九十两兩几幾个個])"
    r"|中(?=[，,。；;、完竣]|前|以前|左右|[时時][，,]))|伊始"
    rf"|{alternation(SEASONS)}|第?[{''.join(QUARTER_WORDS)}]季度?|[Qq][1-4]"
)


_TIME = (
    rf"{SP}(?:{alternation(TIME_WORDS)})?{SP}(?:{CLOCK}(?:{SP}[时時])?"
    rf"|[0-9零〇一二三四五六七八九十两兩]{{1,3}}{SP}[时時点點](?:{SP}(?:[0-9零〇一二三四五六七八九十]{{1,3}}{SP}分|半|[一三]刻))?)?"
)
_YEAR_OFFSETS = {**RELATIVE_YEARS, **ANAPHORIC_YEARS}
_YEAR_WORDS = alternation(_YEAR_OFFSETS)


_YEAR_UNIT = alternation(("年", *PERIOD_YEAR_UNITS))
"""年, or a period counted in years of its own (2026财年, 114學年度)."""


_FIRST_MONTH = r"(?<![美港日欧歐澳台臺新币幣韩韓泰令])元(?=月)"
"""元月, January (not the 元 of a currency before 月: 港元月供)."""


def _month_number(token: str) -> int:
    return 1 if token == "元" else numeral_value(token)


def _cn_date(i: int) -> str:
    """One written date, its parts suffixed `i`; a dash between two numbers of one unit is a range (1-9月). A year word
    with its year in brackets (去(113)年, 今（2025）年) writes that year."""
    year = (
        rf"(?:(?P<rel{i}>{_YEAR_WORDS})|(?:(?P<roc{i}>民[國国]){SP}|(?P<ry{i}>[今去明前])[^\S\n]?[（(][^\S\n]?)?(?P<y{i}>{YT})"
        rf"(?(ry{i})[^\S\n]?[)）]|(?:{_CONN}(?P<yb{i}>{YT}))?){SP}(?P<yu{i}>{_YEAR_UNIT}))"
    )
    month = rf"(?P<m{i}>{MT}|{_FIRST_MONTH})(?:{_CONN}(?P<mb{i}>{MT}))?{SP}(?P<mu{i}>月份?)"
    day = rf"(?P<d{i}>{DT})(?:{_CONN}(?P<db{i}>{DT}))?{SP}(?P<du{i}>[日号號])"
    return rf"(?:{year}{SP}(?:{month}{SP}(?:{day})?)?|{month}{SP}(?:{day})?|{day})(?P<p{i}>{_PART})?"


def _month_day(i: int) -> str:
    """`09-01` is a date only as a timestamp, with a clock time after it."""
    return rf"(?P<mm{i}>{MM})[-/](?P<md{i}>{DD})(?={SP}{CLOCK})"


_DATES = starting_with(
    "0-9" + CNDIG + "十廿卅民元" + "".join(DAY_WORDS) + first_chars_of(_YEAR_OFFSETS),
    rf"{NOT_NUMBER_BEFORE}(?P<iso>{iso_date(1)}(?:(?:{_TIME})?起?{_CONN}{iso_date(2)})?)"
    rf"|{NOT_NUMBER_BEFORE}(?P<roc_iso>(?P<ry>1[0-4][0-9])(?P<rs>[/.\-])(?P<rm>{MM})(?P=rs)(?P<rd>{DD}))(?![0-9])"
    rf"|(?<![0-9A-Za-z.:/\-])(?P<compact>(?:19|20)[0-9]{{2}}{COMPACT_MMDD})(?![0-9A-Za-z.])"
    rf"|{NOT_NUMBER_BEFORE}(?P<md>{_month_day(1)}(?:{_TIME}{_CONN}{_month_day(2)})?)"
    rf"|(?P<paren>[{''.join(DAY_WORDS)}](?:[日天](?=[^\S\n]?[（(]))?[^\S\n]?[（(][^\S\n]?(?P<pd>{DD}|{DT}(?=[^\S\n]?(?:[)）][^\S\n]?)?[日号號]))[^\S\n]?[日号號]?[^\S\n]?[)）](?:[^\S\n]?[日号號])?)"
    rf"|{NOT_NUMBER_BEFORE}(?P<cn>{_cn_date(1)}(?:(?:{_TIME})?起?{_CONN}{_cn_date(2)})?)"
)
_DAY_LIST = starting_with(
    "0-9" + CNDIG + "十廿卅",
    rf"{NOT_NUMBER_BEFORE}(?:(?P<y>{YT}){SP}年{SP})?(?:(?P<m>{MT}){SP}月{SP})?"
    rf"(?P<days>{DT}(?:{SP}[、，,]{SP}{DT}){{1,4}}){SP}日",
)
"""Days listed before one 日 (5月8、9日, 八、九日): each is a date, dated like the first."""
_LISTED_DAY = regex_cache.compile(DT)
_YEAR_LIST = regex_cache.compile(rf"(?<![0-9A-Za-z.．/\-])(?:(?:19|20)[0-9]{{2}}{SP}、{SP}){{1,4}}(?P<last>(?:19|20)[0-9]{{2}}){SP}年")
"""Years listed before one 年 (2024、2025年): each is a date when the last, written with its 年, is one."""
_LISTED_YEAR = regex_cache.compile(r"(?:19|20)[0-9]{2}")
_RELATIVE_MONTH = regex_cache.compile(rf"(?P<word>{alternation(RELATIVE_MONTHS)}){SP}$")


_YEARS_COUNTED_BEFORE = regex_cache.compile(r"(?<![0-9〇零○一二三四五六七八九十两兩])(?:[0-9]|[一二三四五六七八九十两兩半])年$")
"""A count of years right before a month (1年2月 in a sentence, 三年6月): the month is part of a length of time."""
_DURATION_AFTER_YEAR = regex_cache.compile(r"来|來|间|間|内|內|多|余|餘|里|裡|半|左右|之久|前|后|後|以")
_DEADLINE_AHEAD = 10
"""How many years ahead of the page an ROC year before 前 (在115年前) may lie and be a deadline, not a count of years ago."""
_PERIOD_NEXT = regex_cache.compile(r"[^\S\n]?(?:[0-9]{3,4}|[〇零一二三四五六七八九0]{4})年度")
_PERIOD_BEFORE = regex_cache.compile(r"(?:[0-9]{3,4}|[〇零一二三四五六七八九0]{4})年度[^\S\n]?[、和及与與至到][^\S\n]?$")
"""A period listed with another (2025年度、2026年度、2027年度): each says when."""
_QUARTER = regex_cache.compile(rf"第{SP}[1-4一二三四]{SP}季")
"""第三季度 after a year is the part of the year a report covers, not an edition (第三届)."""
_TITLE_MARKS = {"《": "》", "「": "」", "『": "』", "“": "”"}
_TITLE_REST = {
    opening: regex_cache.compile(rf"[^，。！？；,!?;\n{closing}]{{0,30}}{closing}") for opening, closing in _TITLE_MARKS.items()
}
_WORD_AFTER_LONE_DAY = regex_cache.compile(rf"[^\S\n]*(?:{alternation(TIME_WORDS)}|[电電讯訊起])")
_NIGHTS_AFTER = regex_cache.compile(r"[0-9一二三四五六七八九十两兩]{1,2}[夜晚]")
_TOLD_CN_DAY = regex_cache.compile(rf"(?<![{NUMERAL}第每])[一二三四五六七八九十廿卅]{{1,3}}日[^\S\n]*(?:{alternation(TIME_WORDS)}|[电電讯訊])")
_TIME_OF_DAY_AFTER = regex_cache.compile(rf"[^\S\n]*(?:{alternation(TIME_WORDS)})")
_PART_OF_DAY_AFTER = regex_cache.compile(rf"[^\S\n]*(?:{alternation(TIME_WORDS)}|晨)")
"""A part of the day after a bracketed day number written without 日 (昨(24)晚, 今（25）晨)."""
_DATELINE_END = regex_cache.compile(r"[^\S\n]*(?:电|電|讯|訊)")
_TOLD_WORD = regex_cache.compile(r"(?P<word>[今昨前明])[日天]?[^\S\n]*[（(]")
"""A day word with the day's number in brackets (昨（2）日, 明(4)日): a day counted from the page's own day."""
_TOLD_BRACKET = regex_cache.compile(r"(?P<word>[今昨前明本])[日天早晚晨夜]?[^\S\n]?[（(][^\S\n]?$")
"""A day word (or a part of a day: 昨晚, 今晨) opening a bracket that holds the day's month and day (昨天（11月24日）,
前日(11月23日)): the date is the one the word counts to from the page's day, whatever year a name in its sentence
carries (…举行的2027年展望研讨会)."""
_TOLD_BRACKET_CLOSE = regex_cache.compile(r"[^\S\n]?(?:[)）]|[，,、][^)）\n]{0,8}[)）])")
_TOLD_AFTER = regex_cache.compile(r"[^\S\n]?[（(][^\S\n]?(?P<word>[今昨前明])[日天早晚晨夜][^\S\n]?[)）]")
"""The day word in brackets after the date (11月24日（昨天）): the same reading."""
TOLD_OFFSETS = {"今": 0, "本": 0, "昨": -1, "前": -2, "明": 1}
_TOLD_DAY = regex_cache.compile(r"[今昨前](?:[日天]?[^\S\n]*[（(][^\S\n]*\d{1,2}[^\S\n]*[)）][^\S\n]*日|[日天][^\S\n]*[（(][^\S\n]*\d{1,2}[^\S\n]*[日号號][^\S\n]*[)）])|\d{1,2}日[^\S\n]*(?:电|電|讯|訊)")
"""A day the story is told on or just before (昨（28）日, 今(1)日, a dateline's 31日讯): never after the page date, so a number
above the page's day is in the month before."""


def _cn_point(m: regex.Match, i: int, ctx: Context) -> Optional[tuple[Point, Optional[Point]]]:
    """The end(s) of written date `i`, or None when the numbers cannot be that date."""
    ref_year = ctx.reference[0]
    start, end = Point(), None
    if m[f"rel{i}"]:
        word = m[f"rel{i}"]
        kind = "relative" if word in RELATIVE_YEARS else "anaphoric"
        start = Point(year_kind=kind, offset=_YEAR_OFFSETS[word])
    elif m[f"y{i}"]:
        roc = bool(m[f"roc{i}"])
        year = written_year(m[f"y{i}"], roc=roc, roc_text=ctx.roc_text, reference=ref_year)
        if year is None:
            return None
        start = Point(year=year, year_kind="explicit")
        if m[f"yb{i}"]:
            year_b = written_year(m[f"yb{i}"], roc=roc, roc_text=ctx.roc_text, reference=year)
            if year_b is None or year_b < year:
                return None
            end = Point(year=year_b, year_kind="explicit")
    # after a range of years (1985到89年9月) the finer parts belong to its end only
    for group, part in (("m", "month"), ("d", "day")):
        if not m[f"{group}{i}"]:
            continue
        if end is not None:
            setattr(end, part, _month_number(m[f"{group}{i}"]))
        else:
            setattr(start, part, _month_number(m[f"{group}{i}"]))
            if m[f"{group}b{i}"]:
                end = replace(start, **{part: numeral_value(m[f"{group}b{i}"])})
    if end is not None and _order(end) < _order(start):
        return None
    for point in (start, end):
        if point is not None and point.day is not None and point.month is not None:
            if point.day > last_day(point.year, point.month):
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


def _order(p: Point) -> tuple[int, int, int]:
    return p.year or 0, p.month or 0, p.day or 0


_DATE_PARTS = {i: tuple(n for g, n in _DATES.groupindex.items() if g[-1] == str(i) and g[:-1].isalpha()) for i in (1, 2)}


def _group_end(m: regex.Match, i: int) -> int:
    """End of written date `i` of a `_DATES` match: of its last part written (parts not written end at -1)."""
    return max(m.end(*_DATE_PARTS[i]))


def _scan(ctx: Context, day_first: Optional[bool] = False) -> list[Raw]:
    """Written dates in article order, each checked against what surrounds it."""
    text = halfwidth(ctx.text)
    lists = list(_DAY_LIST.finditer(text))
    spans = [m.span() for m in lists]  # a list that is no date (农历八月十五、十六日) gives none of its days either
    found: list[Raw] = [raw for m in lists for raw in _listed_days(m, ctx, text)]
    for m in _DATES.finditer(text):
        if spans and _overlaps(m.start(), m.end(), spans):
            continue
        raw = _raw(m, ctx, text)
        if raw is not None:
            found.append(raw)
    found += _listed_years(text, found)
    taken = [(r.start, r.end) for r in found]
    found += _slashed_days(text, taken, day_first, ctx.reference)
    for m in _DOTTED.finditer(text):
        raw = _dotted_raw(m)
        if raw is not None and not _overlaps(m.start(), m.end(), taken):
            found.append(raw)
    return sorted(found, key=lambda r: r.start)


_DOTTED = regex_cache.compile(
    rf"(?<=(?:{alternation(DOTTED_DATE_LABELS)}){SP}[：:]{SP})(?P<m1>{MM})\.(?P<d1>{DD})(?:{_CONN}(?:(?P<m2>{MM})\.)?(?P<d2>{DD}))?"
    rf"(?![0-9.%]|\p{{Han}})"
)
"""A day written month.day after a date label (活动时间：12.5-12.7, 日期：12.5): without the label it is a decimal."""


def _dotted_raw(m: regex.Match) -> Optional[Raw]:
    a = Point(month=int(m["m1"]), day=int(m["d1"]))
    b = Point(month=int(m["m2"]) if m["m2"] else a.month, day=int(m["d2"])) if m["d2"] else None
    if any(p.day > last_day(None, p.month) for p in (a, b) if p is not None):
        return None
    return Raw(m.start(), m.end(), a, b)


def _listed_years(text: str, found: list[Raw]) -> list[Raw]:
    """The years listed before a year written with its 年 (2024、2025年连续获评): dates like it, none when it is none
    (2024、2025年度报告 names reports)."""
    years = {r.start: r for r in found if r.a.year_kind == "explicit" and r.a.month is None and r.b is None}
    listed = []
    for m in _YEAR_LIST.finditer(text):
        if m.start("last") in years:
            listed += [Raw(y.start(), y.end(), Point(year=int(y.group()), year_kind="explicit"), year_end=y.end())
                       for y in _LISTED_YEAR.finditer(text, m.start(), m.start("last"))]
    return listed


def _nearer_day_first(m: regex.Match, reference) -> bool:
    ref_year, ref_month, ref_day = reference
    x, y = int(m["sa1"]), int(m["sb1"])
    if ref_year is None or ref_month is None or x > 12 or y > 12 or x == y:
        return False
    def distance(month: int, day: int) -> int:
        return min(abs((month - ref_month) * 31 + day - (ref_day or 15) + 372 * k) for k in (-1, 0, 1))
    return distance(y, x) < distance(x, y)


def _slash_date(i: int) -> str:
    return rf"(?P<sa{i}>[0-9]{{1,2}})/(?P<sb{i}>[0-9]{{1,2}})(?:/(?P<sy{i}>(?:19|20)[0-9]{{2}}))?"


_SLASHED = regex_cache.compile(
    rf"(?<![0-9A-Za-z./%\-])(?<![0-9]:){_slash_date(1)}(?:{_CONN}{_slash_date(2)})?(?![0-9A-Za-z./:%])"
)
"""A day written with a slash and no year first: 3/12, 15/12, 1/1/2027, 5/12至7/12 (a year first is ISO: iso_date)."""
_WEEKDAY_IN_BRACKETS = regex_cache.compile(r"[^\S\n]?[（(](?:星期|礼拜|禮拜|周|週|[一二三四五六日][)）])")
"""A weekday in brackets after a slashed day: 3/12（星期四）, Taiwan's 12/7（一）."""
_AFTER_WEEKDAY = regex_cache.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][^\S\n]?[（(][^\S\n]?$")
"""A weekday before a bracket that holds a slashed day: 星期四（3/12）."""


def _word_at(s: str, words) -> int:
    """The length of the longest of `words` that `s` starts with (0 for none)."""
    return max((len(w) for w in words if s.startswith(w)), default=0)


_SLASHED_LIST_JOIN = regex_cache.compile(r"[^\S\n]*(?:、|及|和|与|與)[^\S\n]*")
"""What joins the slashed days of a list (12/12、12/13; 5/12及6/12)."""
_DAY_COUNT_AFTER = regex_cache.compile(r"[^\S\n]*(?:[0-9]{1,2}|[两兩二三四五六七八九十])[^\S\n]*[天日]")
"""A count of days right after a list of days (12/12、12/13兩天舉行): the word after it says what the days are."""


def _slashed_days(text: str, taken: list, day_first: Optional[bool], reference) -> list[Raw]:
    """The slashed days of a text: each that its own words make a day, and each listed beside one of those (12/12、
    12/13兩天舉行: the list shares the words after its last day)."""
    matches = [m for m in _SLASHED.finditer(text) if not _overlaps(m.start(), m.end(), taken)]
    raws = [_slashed_raw(m, text, day_first, reference) for m in matches]
    changed = True
    while changed:
        changed = False
        for i, m in enumerate(matches):
            if raws[i] is not None:
                continue
            joined = [j for j in (i - 1, i + 1) if 0 <= j < len(matches) and raws[j] is not None
                      and _SLASHED_LIST_JOIN.fullmatch(text, *((matches[j].end(), m.start()) if j < i else (m.end(), matches[j].start())))]
            if joined:
                raws[i] = _slashed_raw(m, text, day_first, reference, listed=True)
                changed = changed or raws[i] is not None
    return [raw for raw in raws if raw is not None]


def _slashed_raw(m: regex.Match, text: str, day_first: Optional[bool], reference, listed: bool = False) -> Optional[Raw]:
    """A slashed day where its words say it is one (a year, a range of two, a weekday, 起/止/举行 after it, 定于/截至
    before it), not a fraction (1/3的学生, 24/7服务). Singapore and Malaysia write the day first (3/12 is 3 December),
    Taiwan the month; a number above 12 fixes the order either way. Where the page does not say (`day_first` None),
    the order whose first day lies nearer the page date is taken (news dates lie near the page), else the month first."""
    if day_first is None:
        day_first = _nearer_day_first(m, reference)
    before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 4]
    if count := _DAY_COUNT_AFTER.match(text, m.end()):
        after = text[count.end() : count.end() + 4]
    ranged, dated = bool(m["sa2"]), bool(m["sy1"] or m["sy2"])
    if _word_at(after, NOT_AFTER_SLASHED_DATE) > _word_at(after, SLASHED_DATE_AFTER):
        return None  # the longer word decides: 30/11之前 is a day, 1/3之 and 1/4前往 are not
    if not (listed or dated or ranged or _WEEKDAY_IN_BRACKETS.match(after) or after.startswith(SLASHED_DATE_AFTER)
            or before.endswith(SLASHED_DATE_LEADS) or _AFTER_WEEKDAY.search(before)):
        return None
    points = []
    for i in (1, 2):
        if not m[f"sa{i}"]:
            continue
        x, y = int(m[f"sa{i}"]), int(m[f"sb{i}"])
        day, month = (x, y) if (day_first and y <= 12) or x > 12 else (y, x)
        year = int(m[f"sy{i}"]) if m[f"sy{i}"] else None
        if not (1 <= month <= 12 and 1 <= day <= last_day(year, month)):
            return None
        points.append(Point(year=year, year_kind="explicit" if year else "", month=month, day=day))
    return Raw(m.start(), m.end(), points[0], points[1] if len(points) > 1 else None)


def _listed_days(m: regex.Match, ctx: Context, text: str) -> list[Raw]:
    """One mention per day of a list: the first written with its month (5月8), the others alone (9日)."""
    year = None
    if m["y"]:
        year = written_year(m["y"], roc=False, roc_text=ctx.roc_text, reference=ctx.reference[0])
        if year is None:
            return []
    month = numeral_value(m["m"]) if m["m"] else None
    before, after = text[max(0, m.start() - 4) : m.start()].rstrip(), text[m.end() : m.end() + 2]
    if before.endswith(LUNAR) or (month is None and before.endswith(NOT_BEFORE_DATE)) or after.startswith(NOT_AFTER_DAY):
        return []
    days = list(_LISTED_DAY.finditer(text, m.start("days"), m.end("days")))
    raws = []
    for i, day in enumerate(days):
        start = m.start() if i == 0 else day.start()
        end = m.end() if i == len(days) - 1 else day.end()
        point = Point(year=year, year_kind="explicit" if year else "", month=month, day=numeral_value(day.group()))
        if point.day > last_day(year, month or 1):
            return []
        raws.append(Raw(start, end, point))
    return raws


def _raw(m: regex.Match, ctx: Context, text: str) -> Optional[Raw]:
    if m["iso"]:
        a = Point(year=int(m["iy1"]), year_kind="explicit", month=int(m["im1"]), day=int(m["id1"]))
        b = None
        if m["iy2"]:
            b = Point(year=int(m["iy2"]), year_kind="explicit", month=int(m["im2"]), day=int(m["id2"]))
        points = [a] + ([b] if b else [])
        if any(p.day > last_day(p.year, p.month) for p in points):
            return None
        return Raw(m.start("iso"), m.end("iso"), a, b)
    if m["roc_iso"]:
        if m["rs"] == "-" and not ctx.roc_text:
            return None  # 115-11-20 is an ROC day only where the page counts ROC years
        a = Point(year=int(m["ry"]) + ROC_OFFSET, year_kind="explicit", month=int(m["rm"]), day=int(m["rd"]))
        return Raw(m.start(), m.end(), a) if a.day <= last_day(a.year, a.month) else None
    if m["compact"]:
        c = m["compact"]
        a = Point(year=int(c[:4]), year_kind="explicit", month=int(c[4:6]), day=int(c[6:]))
        return Raw(m.start(), m.end(), a) if a.day <= last_day(a.year, a.month) else None
    if m["md"]:
        a = Point(month=int(m["mm1"]), day=int(m["md1"]))
        b = Point(month=int(m["mm2"]), day=int(m["md2"])) if m["mm2"] else None
        return Raw(m.start("md"), m.end("md"), a, b)
    if m["paren"]:
        bracketed = m["paren"][regex.search(r"[（(]", m["paren"]).start() :]
        if not regex.search(r"[日号號]", bracketed) and not _PART_OF_DAY_AFTER.match(text, m.end()):
            return None  # 前（3）名, 前(10)大: a number in brackets with no 日 is a day only before a time of day (昨(2)晚)
        return Raw(m.start(), m.end(), Point(day=numeral_value(m["pd"])))  # 昨（13）日, 昨（十三）日
    return _cn_raw(m, ctx, text)


def _cn_raw(m: regex.Match, ctx: Context, text: str) -> Optional[Raw]:
    first = _cn_point(m, 1, ctx)
    if first is None:
        return None
    a, b = first
    raw = Raw(m.start("cn"), _group_end(m, 1), a, b, first_end=_group_end(m, 1), year_end=m.end("yu1"))
    before = _TOLD_BRACKET.search(text, max(0, raw.start - 5), raw.start)
    told = before if before and _TOLD_BRACKET_CLOSE.match(text, raw.end) else _TOLD_AFTER.match(text, raw.end)
    if told and b is None and a.month is not None and a.day is not None and not a.year_kind:
        raw.told = TOLD_OFFSETS[told["word"]]
    relative_month = _RELATIVE_MONTH.search(text, max(0, raw.start - 4), raw.start)
    if relative_month and a.day is not None and a.month is None and not a.year_kind:
        a.month_offset = RELATIVE_MONTHS[relative_month["word"]]
        raw.start = relative_month.start()
    if m["y2"] or m["rel2"] or m["m2"] or m["d2"]:
        second = _cn_point(m, 2, ctx)
        if second is not None and b is None and _bare_day_ok(second[0], m, 2, text) is not False:
            raw.b, raw.end = second[1] or second[0], _group_end(m, 2)
            raw.year_end = m.end("yu2") if m["yu2"] else raw.year_end
    return raw if _plausible(raw, m, text, ctx.reference[0]) else None


def _bare_day_ok(p: Point, m: regex.Match, i: int, text: str) -> Optional[bool]:
    """None when `p` is not a bare day; else whether a lone day number here reads as a day of the month: a lone numeral
    (三日) only with a time word after it or after another day told so, as 三日 is also a count of days; 廿日 and 卅日 are
    days wherever they stand."""
    if p.day is None or p.month is not None or p.year_kind:
        return None
    after = text[m.end(f"du{i}") : m.end(f"du{i}") + 3]
    if m[f"du{i}"] != "日" and not (i == 2 and m["du1"]) and not _TIME_OF_DAY_AFTER.match(after):
        return False  # 8号 alone is a number (8号线, 8号楼); 8号晚上 is a day
    later = after[:2].endswith(NOT_AFTER_DAY) and not after.startswith(IN_TURN)  # 先後 is no 後
    if later or after[:1] in NOT_AFTER_DAY or _NIGHTS_AFTER.match(after):
        return False  # 30日内, 5日均线; 5日4夜 counts days and nights
    token = m[f"d{i}"]
    if not token.isascii() and len(token) == 1 and token not in TENS and i == 1:
        return bool(_WORD_AFTER_LONE_DAY.match(after)) or _after_told_day(text, m.start(f"d{i}"))
    return True


def _after_told_day(text: str, pos: int) -> bool:
    """A lone Chinese-numeral day (三日) after another one told as a day earlier in its sentence (二日晚間…，縣府三日
    恢復上班): the sentence is telling days in turn, so it is a day too.

    >>> _after_told_day("颱風於二日晚間遠離，縣府三日恢復上班。", 12), _after_told_day("縣府三日恢復上班。", 2)
    (True, False)
    """
    lo = max(text.rfind(mark, 0, pos) for mark in "。！？!?\n") + 1
    return bool(_TOLD_CN_DAY.search(text, lo, pos))


_HELD_IN_MONTH = regex_cache.compile(r"[^\S\n]?(?:举行|舉行|举办|舉辦|开幕|開幕|登场|登場|召开|召開|揭幕|上演|开展|開展)的")
"""A verb of holding and 的 right after a month (九月舉行的煙花匯演): the month says when the thing named is held; a habit
(只在一月和四月举办玩具展的传统) has no 的 after its verb."""


def _plausible(raw: Raw, m: regex.Match, text: str, reference: Optional[int] = None) -> bool:
    """Context checks: ordinals and periods (第, 每), counts of years, years inside names, lone day numbers."""
    a, before = raw.a, text[max(0, raw.start - 4) : raw.start].rstrip()  # 第 3 日 is spaced like 第3日
    if before.endswith(LUNAR) or (not a.year_kind and before.endswith(NOT_BEFORE_DATE)):
        return False
    if before.rstrip("的（( ").endswith(RECURRING):  # 每月（15日）
        return False
    if not a.year_kind and a.day is None and before.endswith(PENALTY_LEADS):
        return False  # 有期徒刑10月, 判監8月: the length of a term
    if a.day is not None and a.month is None and not a.year_kind and a.month_offset is None and before.endswith(DAY_COUNT_LEADS):
        return False  # 休息3日, 期間為30日: a length of time
    if a.year_kind in ("relative", "anaphoric") and a.month is None and a.part not in YEAR_PARTS:
        raw.anchor = a.year_kind == "relative" and not a.part and raw.b is None and _time_adverbial(raw, text)
        return raw.anchor  # a bare 今年 or 同年 is no date; 今年底, 明年初 are (month precision)
    if not a.year_kind and a.month is not None and _YEARS_COUNTED_BEFORE.search(before):
        return False  # 判刑1年2月, 服役三年6月: the months of a length of time, not a month
    if a.month_offset is None and _bare_day_ok(a, m, 1, text) is False:
        return False  # (本月20號 is a day: the month word says so)
    if raw.b is None and not a.year_kind and a.day is None and not a.part and m["mu1"] == "月" and not m["m1"].isascii() \
            and not before.endswith(TIME_PREPOSITIONS) and not _HELD_IN_MONTH.match(text, raw.end):
        return False  # 十月革命, 《六月雪》, 五月的鲜花: a Chinese-numeral month alone is a name or a figure of speech;
        # after a preposition of time (將於十二月中亮燈, 至明年一月) or before a verb of holding (九月舉行的) it says when
    if a.year_kind == "explicit" and a.month is None and (raw.b is None or raw.b.month is None):
        return _years_ok(raw, m, text, reference)
    return True


def _time_adverbial(raw: Raw, text: str) -> bool:
    """A bare 今年 or 去年 that says when (今年适逢…, 去年，该市…), not what is compared with (比去年, 去年同期).

    >>> [(d.text, d.value) for d in find_dates("该馆成立于1933年，今年适逢创馆周年，自即日起至6月30日举办特展。", published="2025-03-18")]
    [('1933年', '1933'), ('6月30日', '2025-06-30')]
    >>> [(d.text, d.value) for d in find_dates("2024年营收比去年增长5%，3月份增长8%。", published="2025-03-18")]
    [('2024年', '2024'), ('3月份', '2024-03')]
    """
    before = text[max(0, raw.start - 4) : raw.start].rstrip()
    return not before.endswith(COMPARISON_LEADS) and not text.startswith(COMPARED, raw.end)


def _years_ok(raw: Raw, m: regex.Match, text: str, reference: Optional[int] = None) -> bool:
    """A year (or range of years) written alone is a date unless it is a count of years or part of a name. `reference`
    is the page's year."""
    last = raw.year_end
    after = text[last : last + 2]
    if text[max(0, raw.start - 4) : raw.start].rstrip("约約 ").endswith(YEAR_COUNT_LEADS):
        return False  # 建校115年, 樹齡約100年: the age of what is named
    if after[:1] in PERIOD_YEAR_WORDS or text.endswith(PERIOD_YEAR_UNITS, raw.start, last):
        period_end = last + (after[:1] in PERIOD_YEAR_WORDS)
        if _titled(text, raw.start, period_end) or name_follows(text, period_end) or text.startswith(
                PERIOD_DOCUMENTS, period_end):
            return False  # 2024年度报告, 115年度總預算案, 2026财年第三季度报告: the period a document covers
        lead = text[max(0, raw.start - 2) : raw.start].rstrip()
        listed = text.startswith(PERIOD_LISTS, period_end) and _PERIOD_NEXT.match(text, period_end + 1) or \
            lead[-1:] in PERIOD_LISTS and _PERIOD_BEFORE.search(text, max(0, raw.start - 12), raw.start)
        if not (listed or text.startswith(PERIOD_SAYS_WHEN, period_end)
                or lead.endswith(PERIOD_LEADS) and not text.startswith("的", period_end)):
            return False  # 2023財年營收, 115學年度招生名額: the period qualifies a noun
    elif (after[:1] in YEAR_WORDS and not after.startswith(YEAR_WORD_EXCEPTIONS)) or _titled(text, raw.start, last):
        return False
    elif name_follows(text, last) and (not text.startswith(EDITIONS, last) or _QUARTER.match(text, last)):
        return False  # 2019年会, 2026年第三季度报告; but 2005年首届论坛 is the year of that edition
    if raw.a.part or m["ry1"]:
        return True  # 去(113)年 names its year: no count of years
    joined = raw.end > raw.first_end  # the second date of the match is part of the mention
    tokens = [t for t in (m["y1"], m["yb1"]) + ((m["y2"], m["yb2"]) if joined else ()) if t]
    if any(t.isascii() and len(t) == 2 for t in tokens) and not m["roc1"]:
        return False  # 35年, 10—20年期: counts of years
    span = len(tokens) == 2 and all(len(t) == 3 for t in tokens) and 0 < int(tokens[1]) - int(tokens[0]) <= 15
    deadline = (after.startswith("前") and reference is not None and raw.a.year is not None
                and 0 <= raw.a.year - reference <= _DEADLINE_AHEAD and text[:raw.start].rstrip().endswith(DEADLINE_LEADS))
    if any(len(t) != 4 for t in tokens) and not (m["roc1"] or span or deadline) and _DURATION_AFTER_YEAR.match(after):
        return False  # 100年间 counts years; 民國100年至112年間 and 108年至111年間 name them
    return not after.startswith(("来", "來")) and not text.startswith(YEAR_SPAN_AFTER, last)  # 1000年来 counts years


_PERIOD_CLOSES_TITLE = regex_cache.compile(r"[^\S\n]*[)）][^\S\n]*[》〉]")


def _titled(text: str, start: int, end: int) -> bool:
    """A year opening a title in 《》「」 (or a name in “”) belongs to the title: 《2000年议程》; so does a plan's period
    in brackets closing its title: 《綜合交通規劃（2026—2035年）》."""
    opening = text[start - 1 : start]
    if opening in "（(" and _PERIOD_CLOSES_TITLE.match(text, end):
        return True
    if not opening or opening not in _TITLE_REST:
        return False
    title = _TITLE_REST[opening].match(text, end)
    return bool(title) and (opening != "“" or not any(w in title.group() for w in NAME_BREAKERS))


def _resolve(raws: list[Raw], ctx: Context) -> list[DateMatch]:
    done: list[Resolved] = []
    bare: list[Raw] = []
    for raw in raws:
        a, b = replace(raw.a), replace(raw.b) if raw.b else None
        if a.month is None and not a.year_kind:
            bare.append(raw)
            continue
        own = bool(a.year_kind or (b and b.year_kind))
        if a.year_kind == "relative":  # without a present year, 今年3月 is still March: --03
            present = present_year(ctx, raw.start)
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
        elif a.year is None and b is not None and not b.year_kind and b.month is not None and a.month is not None:
            # a range of months or days takes its year from its end: 1至10月 on a November page is this year's; an event
            # name's year in its sentence is the year the range opens (2025…跨年灯会将于12月30日至1月2日)
            if (name_year := name_year_in_sentence(raw.start, ctx)) is not None:
                a.year = name_year
            else:
                end_year = year_for(raw.start, b.month, ctx, done)
                a.year = None if end_year is None else end_year - (1 if a.month > b.month else 0)
        elif a.year is None and raw.told is not None and ctx.reference[0] is not None:
            a.year = _told_year(a.month, a.day, raw.told, ctx.reference)
        elif a.year is None:
            a.year = year_for(raw.start, a.month, ctx, done)
        if b is not None:
            _complete_end(a, b, ctx, raw.start)
        done.append(Resolved(raw, a, b, own))
    for raw in bare:
        resolved = _place_day(raw, ctx, done)
        if resolved is not None:
            done.append(resolved)
    matches = [m for r in done if (m := _match(r, ctx.text)) is not None]
    return sorted(matches, key=lambda d: d.start)


def _told_year(month: int, day: int, offset: int, reference) -> int:
    """The year of a month and day that a day word counts `offset` days from the page's day: the year that puts it
    nearest that day (昨天（12月31日） on a New Year's Day page is last year's; 明天（1月1日） on 31 December next year's).

    >>> _told_year(12, 31, -1, (2027, 1, 1)), _told_year(1, 1, 1, (2026, 12, 31)), _told_year(11, 24, -1, (2026, 11, None))
    (2026, 2027, 2026)
    """
    ref_year, ref_month, ref_day = reference
    if ref_month is None:
        return ref_year
    target = datetime.date(ref_year, ref_month, ref_day or 15) + datetime.timedelta(days=offset)
    candidates = [y for y in (ref_year - 1, ref_year, ref_year + 1) if day <= last_day(y, month)]
    return min(candidates, key=lambda y: abs((datetime.date(y, month, day) - target).days), default=ref_year)


def _complete_end(a: Point, b: Point, ctx: Context, pos: int) -> None:
    """The second end of a range takes what it leaves out from the first: 9月26日至28日."""
    if b.year_kind == "relative":
        present = present_year(ctx, pos)
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


def _place_day(raw: Raw, ctx: Context, done: list[Resolved]) -> Optional[Resolved]:
    """A bare day number (28日, 今(12)日) takes its month and year from a date written before it in its sentence, else
    from the page date or the dateline (去年12月…。15日, is the 15th of the story's month), else, when those say
    nothing or would put it after the story, from a date written before it in its paragraph; a month named in another
    paragraph or later, or in an earlier sentence as a period of statistics (5月份CPI…。统计局12日公布), does not date it,
    and without one it is skipped. After 同月 it takes the month named last, wherever that was."""
    if raw.a.month_offset is not None:
        return _day_of_relative_month(raw, ctx)
    def written(lo, periods=True):
        return sorted((r.raw.start, r.b or r.a) for r in done if lo <= r.raw.start < raw.start and (r.b or r.a).month is not None
                      and (periods or not _month_period(r, ctx.text)))
    if ctx.text[max(0, raw.start - 2) : raw.start].endswith(ANAPHORIC_MONTHS):
        earlier = written(0)  # 2025年3月…。同月20日: the month named last, wherever it was
        return _day_in_month(raw, ctx, earlier[-1][1].year, earlier[-1][1].month) if earlier else None
    ref_year, ref_month, ref_day = ctx.reference
    if ref_month is None:
        dateline = next((r.a for r in done if r.a.day is not None and _DATELINE_END.match(ctx.text, r.raw.end)), None)
        if dateline is not None:
            ref_year, ref_month, ref_day = dateline.year, dateline.month, dateline.day
    in_sentence, in_paragraph = written(ctx.sentence(raw.start)[0]), written(ctx.line(raw.start)[0], periods=False)
    told = _TOLD_WORD.match(ctx.text, raw.start)
    if told and ref_month is not None and ref_day is not None:
        # 昨(2)日, 今(3)日, 明(4)日 count from the page's day, whatever month was written before them (11月27日至昨(2)日)
        shift = (-1 if raw.a.day > ref_day else 0) if told["word"] != "明" else (1 if raw.a.day < ref_day else 0)
        months = ref_month - 1 + shift
        return _day_in_month(raw, ctx, ref_year + months // 12 if ref_year is not None else None, months % 12 + 1)
    if in_sentence:
        year, month = in_sentence[-1][1].year, in_sentence[-1][1].month
    elif ref_month is not None and ref_day is not None and raw.a.day > ref_day and _TOLD_DAY.search(ctx.text, max(0, raw.start - 2), raw.end + 3):
        year, month = (ref_year, ref_month - 1) if ref_month > 1 else (ref_year - 1 if ref_year else None, 12)
    elif ref_month is not None and (ref_day is None or raw.a.day <= ref_day or not in_paragraph):
        year, month = ref_year, ref_month
    elif in_paragraph:
        year, month = in_paragraph[-1][1].year, in_paragraph[-1][1].month
    else:
        return None
    return _day_in_month(raw, ctx, year, month)


def _month_period(r: Resolved, text: str) -> bool:
    """A month written as a period of statistics (5月份CPI上涨0.3%): the data's month, not the month of a bare day in a
    later sentence (统计局12日公布 is dated by the dateline or the page)."""
    point = r.b or r.a
    return point.day is None and text[r.raw.start : r.raw.end].endswith("月份")


def _day_of_relative_month(raw: Raw, ctx: Context) -> Optional[Resolved]:
    """上月28日, 下月3日: the page's month moved by the word's offset; without a page month, no date. A range from it
    (本月23日至6月1日, 下月3日至5日) keeps its end."""
    ref_year, ref_month, _ = ctx.reference
    if ref_month is None:
        return None
    months = ref_month - 1 + raw.a.month_offset
    year = ref_year + months // 12 if ref_year is not None else None
    return _day_in_month(raw, ctx, year, months % 12 + 1)


def _day_in_month(raw: Raw, ctx: Context, year: Optional[int], month: int) -> Optional[Resolved]:
    """A bare day (and a range's end) once its month is known; no date when the month has no such day."""
    a = replace(raw.a, year=year, month=month)
    if a.day > last_day(year, month):
        return None
    b = None
    if raw.b is not None:
        b = replace(raw.b)
        _complete_end(a, b, ctx, raw.start)
    return Resolved(raw, a, b, False)


def _interval(p: Point) -> Optional[tuple[str, str, str, str]]:
    """(value, start, end, precision) of one end; None when its year is unknowable and it is neither day nor month."""
    if p.day is not None:
        value = iso(p.year, p.month, p.day)
        return value, value, value, "day"
    if p.year is None and p.month is None:
        return None
    if p.month is not None:
        value = iso(p.year, p.month)
        if p.part in MONTH_PARTS:
            first, last = MONTH_PARTS[p.part]
            last = last or last_day(p.year, p.month)
            return value, iso(p.year, p.month, first), iso(p.year, p.month, last), "month"
        return value, value, value, "month"
    if p.part in YEAR_PARTS:
        first, last = YEAR_PARTS[p.part]
        value = iso(p.year, last if p.part in YEAR_END_PARTS else first)  # 年底 is December, 年初 January
        return value, iso(p.year, first), iso(p.year, last), "month"
    if p.part:
        first, last = _season(p.part)
        end = iso(p.year + (last - 1) // 12, (last - 1) % 12 + 1)
        return iso(p.year), iso(p.year, first), end, "season"
    value = iso(p.year)
    return value, value, value, "year"


def _season(part: str) -> tuple[int, int]:
    if part in SEASONS:
        return SEASONS[part]
    quarter = QUARTER_WORDS[part[1] if part[0] in "Qq第" else part[0]]
    return 3 * quarter - 2, 3 * quarter


def _match(r: Resolved, text: str) -> Optional[DateMatch]:
    raw = r.raw
    if raw.anchor:
        return None
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


def _matches(text: str, published: Optional[str], roc_calendar: bool, day_first: Optional[bool] = False) -> list[DateMatch]:
    durations = [(d.start, d.end) for d in find_durations(text)]
    # a stated length is no date, and the date after it is read on its own (一连四日至十月二十五日结束: 四日 is four days, not
    # the 4th, and 十月二十五日 the last day): its characters are blanked, one for one, before the scan
    blanked = "".join(" " if _overlaps(at, at + 1, durations) else c for at, c in enumerate(text)) if durations else text
    ctx = date_context(blanked, published, roc_calendar=roc_calendar)
    return _resolve(list(_scan(ctx, day_first)), ctx)


def find_dates(text: str, *, published: Optional[str] = None, roc_calendar: bool = False,
               day_first: Optional[bool] = False) -> list[DateMatch]:
    """All calendar mentions in article order, resolved against the article and its page date.

    `published` ('YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when that is all the page gives) is the page's own
    date; when omitted, the text's own timestamp, dateline or header month is used (`page_reference`).
    Chrome is not recognised here: a page's timestamp line is a mention like any other, so callers pass
    the text with its chrome blanked; `roc_calendar` says that the page's chrome, blanked out of `text`, dates in ROC
    years (a Taiwan site's stamp 114-03-18), so a year such as 116年 in the body is one too; `day_first` that the page
    writes a slashed day day first (Singapore, Malaysia: 3/12 is 3 December); None that the page does not say.

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
    return _matches(text, reference, roc_calendar, day_first)
