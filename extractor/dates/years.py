"""The year of a date written without one, read the way a reader does: from a year written earlier in the sentence,
the year glued to an event name (`2023國際綠能(蘇州)大會`), the page's own date, or another dated mention."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional


from extractor import regex_cache
from extractor.dates.grammar import (
    CNDIG,
    MT,
    NOT_NUMBER_BEFORE,
    SP,
    YT,
    starting_with,
    written_year,
)
from extractor.lexicon.dates import (
    COMPARED,
    CONTINUED_TO,
    FUTURE_WORDS,
    LOOKING_BACK,
    ORIGINAL_PLANS,
    NAME_BREAKERS,
    NAME_ENDINGS,
    PERIOD_NAME_ENDINGS,
    PERIOD_YEAR_WORDS,
)
from extractor.patterns import alternation

NEW_YEAR_GAP = 10
"""A month this far from the page's month, across the new year, is in the neighbouring year (Jan page, 12月30日)."""
_YEAR_IN = regex_cache.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_FROM_THEN_WILL = regex_cache.compile(r"[0-9一二三四五六七八九十]{1,2}月份?起[^。！？!?\n]*?[将將]")
"""A month that starts something the rest of its sentence says will be (3月起，全市将全面实施…): it lies ahead."""
TENSE_GAP = 4
"""A month this far before the page's month, in a sentence that looks ahead, is next year's (a December page's 预计2月
完工); nearer, it may be a forecast of data not yet out or just out (an April page's 市场预计1月CPI上涨)."""


_ROC_TEXT = regex_cache.compile(
    rf"民[國国]|(?:今|去|明|前)年{SP}[（(]{SP}1[0-4][0-9]{SP}年|(?:今|去|明|前){SP}[（(]{SP}1[0-4][0-9]{SP}[)）]{SP}年|(?<![0-9])1[0-4][0-9]{SP}(?:年{SP}(?:{MT}{SP}月|[底初度]|第{SP}[1-4一二三四]{SP}季)|[學学]年度)"
    rf"|(?<![0-9])1[01][0-9]{SP}年{SP}(?:至|到|[-—–~～]){SP}1[01][0-9]{SP}年"
    rf"|(?<![〇零○一二三四五六七八九])一[〇零○一二三四][〇零○一二三四五六七八九]年{SP}{MT}{SP}月|(?<![0-9/.\-])1[0-4][0-9](?P<sep>[/.\-])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12][0-9]|0?[1-9])(?![0-9/.\-])"
)
"""Evidence that a text counts years in the ROC calendar: 民國, 今年(114年), 114年3月, 114年度, 114學年度, 114/03/18, 114-03-18, 114.03.18, and
a span between two years of this century's count (108年至111年間; 100年至120年 of a tree's age is no such span)."""
_SENTENCE_END = regex_cache.compile(r"[。！？!?\n]")
"""A sentence ends at a full stop, not at ；: clauses joined by a semicolon share the date written in the first."""
_NEWLINE = regex_cache.compile(r"\n")
_NAME_RUN = regex_cache.compile(rf"[\p{{Han}}A-Za-z0-9()（）·・\-—]{{0,24}}?(?:{alternation(NAME_ENDINGS)})")
_NAME_YEARS = starting_with(
    "0-9" + CNDIG,
    rf"(?<![0-9A-Za-z])(?P<glued>(?:19|20)[0-9]{{2}})(?=[\p{{Han}}A-Za-z])(?![年届])"
    rf"|{NOT_NUMBER_BEFORE}(?P<written>{YT}){SP}年"
    rf"|(?<=[A-Za-z][^\S\n]?)(?P<coded>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?<=\p{{Han}})(?P<titled>(?:19|20)[0-9]{{2}})(?=[》」』”\"’)）])"
)


_REFERENCE = regex_cache.compile(r"(\d{4}|-)(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _parse_reference(published: Optional[str]) -> tuple[Optional[int], Optional[int], Optional[int]]:
    if not published:
        return None, None, None
    m = _REFERENCE.match(str(published).strip())  # a str or a date
    if not m:
        raise ValueError(f"published must be an ISO date ('2023-09-26', '2024-11', '2024' or '--09-26'), not {published!r}")
    return tuple(int(g) if g and g != "-" else None for g in m.groups())  # type: ignore[return-value]


@dataclass
class Point:
    """One end of a mention as written; `year_kind` says where a written year word points."""

    year: Optional[int] = None
    year_kind: str = ""  # "explicit", "relative" (今年, read against the present) or "anaphoric" (同年)
    offset: int = 0
    month: Optional[int] = None
    day: Optional[int] = None
    part: str = ""
    month_offset: Optional[int] = None  # 上月28日: the page's month less one


@dataclass
class Raw:
    start: int
    end: int
    a: Point
    b: Optional[Point] = None
    first_end: int = -1  # end of the range's first date
    year_end: int = -1  # end of the last 年 written, where a name glued to the year would start
    anchor: bool = False  # a bare 今年 or 去年: no date, but the year of the months after it in its sentence
    told: Optional[int] = None  # 昨天（11月24日）: the days the day word counts from the page's day (-1)


@dataclass
class Context:
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


def uses_roc_calendar(text: str) -> bool:
    """The text (a whole page, chrome included: a Taiwan site's stamp 114-03-18) dates in ROC years.

    >>> uses_roc_calendar("114-03-18 16:02\\n預計116年完工"), uses_roc_calendar("114.03.18"), uses_roc_calendar("電話 02-2345-6789")
    (True, True, False)
    >>> uses_roc_calendar("已有116年"), uses_roc_calendar("伺服器 192.168.10.12")
    (False, False)
    >>> uses_roc_calendar("於108年至111年間詐領"), uses_roc_calendar("樹齡約100年至120年")
    (True, False)
    """
    return bool(_ROC_TEXT.search(text))


def date_context(text: str, published: Optional[str], *, roc_calendar: bool = False) -> Context:
    """What resolving `text`'s dates needs; `roc_calendar` when the page, not only `text`, shows ROC years."""
    ctx = Context(text=text, roc_text=roc_calendar or uses_roc_calendar(text), reference=_parse_reference(published))
    ctx.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    ctx.line_ends = [m.start() for m in _NEWLINE.finditer(text)]
    ctx.name_years = _name_years(text, ctx)
    return ctx


def name_follows(text: str, pos: int) -> bool:
    """A name (event, report, programme) starts at `pos` and runs to a name ending without a clause in between; a
    one-character word of a clause breaks it only as a word of its own (中等学校 holds no 等)."""
    m = _NAME_RUN.match(text, pos)
    if not m or not any(w in m.group() for w in NAME_BREAKERS):
        return bool(m)
    import jieba

    words = set(jieba.lcut(m.group()))
    return not any(w in words if len(w) == 1 else w in m.group() for w in NAME_BREAKERS)


def _name_years(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Years that are part of a name: not date mentions, but they tell the year of the article's event.

    >>> _name_years("由無錫市舉辦的2019世界物聯網(無錫)博覽會在江蘇開幕", Context("", False, (None, None, None)))
    [(7, 2019)]
    """
    found = []
    for m in _NAME_YEARS.finditer(text):
        if m["glued"]:
            if name_follows(text, m.end()):
                found.append((m.start(), int(m["glued"])))
        elif m["written"]:
            year = written_year(m["written"], roc=False, roc_text=ctx.roc_text, reference=None)
            after = m.end()
            if year and len(m["written"]) == 4 and text[after : after + 1] not in PERIOD_YEAR_WORDS and (
                    text[after : after + 1] in ("会", "會") or name_follows(text, after)):  # 2024年度…奖: the period awarded, not the event's year
                found.append((m.start(), year))
        else:
            found.append((m.start(), int(m["coded"] or m["titled"])))
    return found


@dataclass
class Resolved:
    raw: Raw
    a: Point
    b: Optional[Point]
    own_year: bool  # the mention writes its year (explicitly or as 今年/同年)


def _nearest(items: list[tuple[int, int]], pos: int, lo: int = 0, hi: Optional[int] = None) -> Optional[int]:
    inside = [(abs(p - pos), year) for p, year in items if lo <= p < (hi if hi is not None else 1 << 62)]
    return min(inside)[1] if inside else None


def present_year(ctx: Context, pos: int) -> Optional[int]:
    """The article's own year, against which 今年/去年 are read: the page date, else an event name's year."""
    return ctx.reference[0] if ctx.reference[0] is not None else _nearest(ctx.name_years, pos)


def name_year_in_sentence(pos: int, ctx: Context) -> Optional[int]:
    """The year of an event name in the sentence at `pos` (2025松川跨年灯会将于12月30日至1月2日): the year its edition
    opens in; a document's title (《2023年年度报告》) covers a past year and gives none."""
    lo, hi = ctx.sentence(pos)
    events = [
        (at, y) for at, y in ctx.name_years if not _in_document_title(ctx.text, at) and not _names_period(ctx.text, at)
    ]
    return _nearest(events, pos, lo, hi)


_YEAR_AT = regex_cache.compile(r"(?:19|20)[0-9]{2}年?")


def _names_period(text: str, at: int) -> bool:
    """The year at `at` opens the name of a document covering a period (2027年财政预算案将于10月10日提呈): no edition's year.

    >>> _names_period("2027年财政预算案将于10月10日提呈", 0), _names_period("2026年货节将于1月开幕", 0)
    (True, False)
    """
    year = _YEAR_AT.match(text, at)
    name = _NAME_RUN.match(text, year.end()) if year else None
    return bool(name) and name.group().endswith(PERIOD_NAME_ENDINGS)


def year_for(pos: int, month: int, ctx: Context, done: list[Resolved]) -> Optional[int]:
    """The year of a month written without one, in the order a reader looks for it: a year written earlier in its
    sentence, an event name's year there (not a document's: 《2023年年度报告》 covers a past year), the page date, an event name's year elsewhere, a year written earlier
    in its paragraph. A year written in some other paragraph says nothing about it: then the year is unknown."""
    lo, hi = ctx.sentence(pos)
    earlier = None
    for earlier in _EARLIER_CLAUSE.finditer(ctx.text, lo, pos):
        pass
    year = _written_year_since(earlier.end() if earlier else lo, ctx, done)  # 继去年…之后，3月11日…: that clause's year is its own
    if year is not None and not _future_after_past(year, pos, ctx):
        return year
    year = name_year_in_sentence(pos, ctx)
    if year is not None:
        return year
    ref_year, ref_month, _ = ctx.reference
    if ref_year is not None:  # a December date in a January page is last year's, and the other way round
        if ref_month is not None:
            side = _tense(pos, lo, ctx.text) if not _YEAR_IN.search(ctx.text, lo, hi) else None
            if side is not None:  # (a year written in the sentence, even in a name, leaves it to the page: 2026灯会将于2月)  # the sentence says which side of the page's day the month lies on
                if side == "ahead" and ref_month - month >= TENSE_GAP:
                    return ref_year + 1
                return ref_year - 1 if side == "back" and month > ref_month else ref_year
            if abs(month - ref_month) >= NEW_YEAR_GAP:
                return ref_year - 1 if month > ref_month else ref_year + 1
        return ref_year
    year = _nearest(ctx.name_years, pos)
    if year is None:
        year = _written_year_since(ctx.line(pos)[0], ctx, done)
    if year is None and ctx.text[max(0, pos - 4) : pos].endswith(CONTINUED_TO):
        year = _written_year_since(0, ctx, done)  # 2026年5月18日…开幕。…活动持续至5月24日: the end of what began then
    return year


def _tense(pos: int, lo: int, text: str) -> Optional[str]:
    """Which side of the page's day the sentence puts a bare month on: "ahead" after a word that looks ahead earlier in
    its sentence (预计2月完工，3月开放) or when it starts what the sentence says will be (3月起，全市将…), "back" when its
    clause runs to 以来 or opens with 已于 (2月投产以来), else None (also after 原计划: a plan that was).

    >>> text = "新馆预计2月完工，3月开放。2月投产以来，产量翻番。"
    >>> _tense(10, 0, text), _tense(15, 15, text), _tense(4, 0, "全市2月份CPI上涨。")
    ('ahead', 'back', None)
    """
    clause_start = max(text.rfind(mark, lo, pos) for mark in "，,；;：:") + 1 if lo < pos else lo
    ends = [i for i in (text.find(mark, pos) for mark in "，,；;。！？\n") if i >= 0]
    clause = text[max(lo, clause_start) : min(ends, default=len(text))]
    if any(w in clause for w in LOOKING_BACK):
        return "back"
    if any(w in text[lo:pos] for w in ORIGINAL_PLANS):
        return None  # 原计划于3月完工: what was planned, not what is ahead
    if any(w in text[lo:pos] for w in FUTURE_WORDS) or _FROM_THEN_WILL.match(text, pos):
        return "ahead"
    return None


_EARLIER_CLAUSE = regex_cache.compile(r"[继繼][^，,。；;！？]{1,60}?(?:[之以]?[后後])[，,]")
"""A clause that tells what came before (继去年成功举办第九届…之后，): a year written in it dates that, not the months after it."""


def _future_after_past(year: int, pos: int, ctx: Context) -> bool:
    """A bare month in a clause that looks ahead (预计4月…, 将于6月…) after a past year written earlier in its
    sentence (去年11月抵达，预计4月北迁): the clause is dated from the page, not from that year.

    >>> ctx = date_context("鸟类于去年11月抵达，预计4月北迁。", "2025-03-18")
    >>> _future_after_past(2024, 14, ctx), _future_after_past(2024, 10, date_context("去年11月抵达，4月北迁。", "2025-03-18"))
    (True, False)
    """
    ref_year = ctx.reference[0]
    if ref_year is None or year >= ref_year:
        return False
    clause = max(ctx.text.rfind(mark, 0, pos) for mark in "，,；;。")
    return any(w in ctx.text[clause + 1 : pos] for w in FUTURE_WORDS)


def _in_document_title(text: str, at: int) -> bool:
    """`at` lies inside a title in 《》."""
    return text.rfind("《", max(0, at - 30), at) > text.rfind("》", max(0, at - 30), at)


def _written_year_since(lo: int, ctx: Context, done: list[Resolved]) -> Optional[int]:
    """The year of the last mention from `lo` on that writes one (not a point of comparison: 2018年同期)."""
    for r in reversed(done):
        if r.raw.start < lo:
            break
        if r.own_year and (r.b or r.a).year is not None and not ctx.text.startswith(COMPARED, r.raw.end):
            return (r.b or r.a).year
    return None
