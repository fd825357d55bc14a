"""The page's own date: its timestamp line, an agency's stamp, its dateline or a header month (../shared/ANNOTATION.md,
"Chrome"): what `published` is, and what the body's dates resolve against."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from extractor import regex_cache
from extractor.dates.grammar import (
    CLOCK,
    CNDIG,
    COMPACT_MMDD,
    DD,
    DT,
    MM,
    MT,
    ROC_OFFSET,
    SP,
    halfwidth,
    iso,
    iso_date,
    last_day,
    numeral_value,
    starting_with,
    written_year,
)
from extractor.dates.years import NEW_YEAR_GAP, date_context, year_for
from extractor.lexicon.dates import (
    COMPARED,
    ENGLISH_MONTHS,
    EVENT_TIME_LABELS,
    LINK_LEADS,
    PUBLICATION_MARKERS,
    SOURCE_WORDS,
    STAMP_MARKERS,
    TODAY_WORDS,
    UPDATE_MARKERS,
)
from extractor.lexicon.chrome import LIST_HEADINGS
from extractor.normalise import to_simplified
from extractor.patterns import HAN, alternation

HEADER_LINES = 15
"""A page's timestamp, header month and dateline sit in its first non-empty lines; later dates are body."""

MAX_HEADER_LINES = 60
"""A page whose navigation runs past HEADER_LINES has its header run on to its first line of prose, this far at
most; there a date counts as the page's only after a marker or before a clock time (a list of links is dated too)."""

STAMP_CLUTTER = 30
"""A header line holding a bare date and at most this many other Han characters, unpunctuated, is a timestamp line."""


LIST_HEADING = regex_cache.compile(r"^[\s【\[〔（(]*(?:" + alternation(LIST_HEADINGS) + r")(?:[\s】\]〕）)：:>»|｜]+|$)")
"""A heading over a list of other articles' headlines (相关新闻, 最新消息), matched on Simplified text."""


@dataclass(frozen=True)
class Published:
    """The page's own date and the span of its evidence; `chrome` when that evidence is a page timestamp line."""

    value: str
    start: int
    end: int
    chrome: bool


_SENTENCE_PUNCT = regex_cache.compile(r"[，。！？；,!?;]")

_STAMP = starting_with(
    "0-9民" + CNDIG,
    rf"(?<![0-9A-Za-z.\-]|[0-9A-Za-z./\-_:]/)(?:{iso_date(1)}"
    rf"|(?:(?P<roc1>民[國国]){SP})?(?P<cy>[0-9]{{2,4}}|[{CNDIG}0]{{4}}){SP}年{SP}(?P<cm>{MT}){SP}月{SP}(?P<cd>{DT}){SP}[日号號]"
    rf"|(?P<ry>1[0-4][0-9])(?P<rs>[/.\-])(?P<rm>{MM})(?P=rs)(?P<rd>{DD})(?![0-9])"
    rf"|(?P<da>{DD})(?P<ds>[/.\-])(?P<mo>{DD})(?P=ds)(?P<dy>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?P<compact>(?:19|20)[0-9]{{6}})(?![0-9]))"
)
_ENGLISH_MONTH = alternation(ENGLISH_MONTHS)
_ENGLISH_STAMP = regex_cache.compile(
    rf"(?<![0-9A-Za-z])(?:(?P<d>{DD})[^\S\n]+(?P<m>{_ENGLISH_MONTH})\.?,?[^\S\n]+(?P<y>(?:19|20)[0-9]{{2}})"
    rf"|(?P<m2>{_ENGLISH_MONTH})\.?[^\S\n]+(?P<d2>{DD})(?:st|nd|rd|th)?,?[^\S\n]+(?P<y2>(?:19|20)[0-9]{{2}}))(?![0-9A-Za-z])"
)
"""An overseas site's English stamp: March 18, 2025; 18 March 2025; Mar. 18, 2025."""
_STAMP_MARKER = regex_cache.compile(rf"(?:{alternation(STAMP_MARKERS)})[^\S\n]*[:：]?[^\S\n]*$")
_UPDATE_MARKER = regex_cache.compile(rf"(?:{alternation(UPDATE_MARKERS)})[^\S\n]*[:：]?[^\S\n]*$")
_PUBLICATION_MARKER = regex_cache.compile(rf"(?:{alternation(PUBLICATION_MARKERS)})[^\S\n]*[:：]?[^\S\n]*")
_STAMP_WEEKDAY = r"[^\S\n]*[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?"
_STAMP_TIME = regex_cache.compile(rf"(?:{_STAMP_WEEKDAY})?[^\S\n]*(?:上午|下午|中午|早上|晚上|凌晨|AM|PM)?[^\S\n]*{CLOCK}")
"""The clock time of a stamp, after its weekday or a word of the time of day (2025年3月18日 星期二 10:15, 下午 04:12)."""
_WEEKDAY_AFTER = regex_cache.compile(_STAMP_WEEKDAY)
"""A weekday right after a date (2025年3月18日（星期二）): a stamp's, not a link's, however far down the header."""
_PUBLICATION_TAIL = regex_cache.compile(rf"(?:{alternation(PUBLICATION_MARKERS)})[^\S\n]*[:：]?[^\S\n]*$")
_OTHER_TIME_LABEL = regex_cache.compile(
    rf"(?:\p{{Han}}(?:时间|時間|日期)|{alternation(EVENT_TIME_LABELS)})[^\S\n]*[:：]?[^\S\n]*$"
)
"""活动时间：, 报名日期：, 展期： before a header date: the date of an event or a deadline, not of the page."""
_RANGE_AFTER = regex_cache.compile(r"[^\S\n]*(?:至|到|[-—–~～])[^\S\n]*[0-9一二三四五六七八九十]")
"""A date that opens a range (2019年10月9日至12日) is an event's span, not a page's timestamp."""
_CREDIT_STAMP = regex_cache.compile(
    r"[（(](?:责任编辑|責任編輯|编辑|編輯|责编|責編)[:：]?[^\S\n]*\p{Han}{2,4}[)）][^\S\n]*"
    rf"(?P<stamp>(?:1[0-4][0-9]|(?:19|20)[0-9]{{2}}){COMPACT_MMDD})(?![0-9])"
)
_DATELINE = regex_cache.compile(
    rf"[^\S\n]*[【\[（(〔]?[^\S\n]*[^\s0-9，,。：:、“”「」（()）【】\[\]]{{2,20}}?"
    rf"(?P<date>(?:(?P<y>[0-9]{{4}}|[{CNDIG}0]{{4}}){SP}年{SP})?(?:(?P<m>{MT}){SP}月{SP})?(?P<d>{DT}){SP}日)"
    rf"\p{{Han}}{{0,4}}?(?:[电電讯訊](?![视視话話脑腦子影台力网網])|消息)"
)
_HEADER_MONTH = regex_cache.compile(
    rf"[\s|｜•·]*(?:(?P<m>{MT}){SP}月[^\S\n]*[,，]?[^\S\n]*(?P<y>(?:19|20)[0-9]{{2}})年?"
    rf"|(?P<y2>(?:19|20)[0-9]{{2}}){SP}年{SP}(?P<m2>{MT}){SP}月份?)[\s|｜•·]*"
)


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
    links = _link_lines(text, header)
    stamps = [
        (stamp, i) for i, (start, end) in enumerate(header) if i not in links
        for stamp in _stamps_in_line(text, start, end, alone_counts=i < HEADER_LINES)
    ]
    prose = _first_sentence(text, header)
    kept = _banner_dropped(stamps, prose)
    if kept and not kept[0][0][0].strong and kept[0][1] > prose:
        # a bare dated line under the body's first sentence (a link: 某某项目展开諮詢 2026-11-28) yields to a stamp marked
        # as the page's own wherever it stands (发布时间：… at the foot)
        marked, marked_updated = _publication_first(_marked_stamps(text))
        if marked is not None and not marked_updated:
            return marked
    stamp, updated = _publication_first((Published(s.value, s.start, s.end, s.chrome), u) for (s, u), _ in kept)
    if updated:  # a publication stamp at the foot of the page says more than an update in its header
        marked, marked_updated = _publication_first(_marked_stamps(text))
        return marked if marked is not None and not marked_updated else stamp
    if stamp is not None:
        return stamp
    credit = _CREDIT_STAMP.search(halfwidth(text))
    if credit:
        digits = credit["stamp"]
        year = int(digits[:3]) + ROC_OFFSET if len(digits) == 7 else int(digits[:4])
        month, day = int(digits[-4:-2]), int(digits[-2:])
        if day <= last_day(year, month):
            return Published(iso(year, month, day), credit.start("stamp"), credit.end("stamp"), False)
    return _dateline(text, header) or _marked_stamp(text)


def _marked_stamp(text: str) -> Optional[Published]:
    """A timestamp after a publication marker outside the header (发布时间：2017-06-02 at the foot of the page).

    >>> prose = "展會在濱江會展中心開幕，來自各地的三百家企業參展，現場氣氛熱烈，吸引大量市民與遊客前來。\\n"
    >>> find_published(prose * 20 + "發佈日期：02/06/2017")
    Published(value='2017-06-02', start=900, end=915, chrome=True)
    """
    return _publication_first(_marked_stamps(text))[0]


def _marked_stamps(text: str):
    for marker in _PUBLICATION_MARKER.finditer(text):
        m = _STAMP.match(halfwidth(text[marker.end() : marker.end() + 30]))
        value = _stamp_value(m) if m else None
        if value is not None:
            clock = _STAMP_TIME.match(halfwidth(text[marker.end() + m.end() : marker.end() + m.end() + 12]))
            updated = bool(_UPDATE_MARKER.match(text, marker.start(), marker.end()))
            yield Published(value, marker.start(), marker.end() + m.end() + (clock.end() if clock else 0), True), updated


def _banner_dropped(stamps: list, prose: int) -> list:
    """The header's stamps less a bare date (2025年3月20日 星期四) above a stamp with a publication marker or a clock
    time that stands above the first sentence: a portal's banner of the reader's day, or the date of the site's front
    page. A stamp below a sentence may be the body's own (日期：4月19日 under the lead): the bare date then stays.

    >>> find_published("2025年3月20日 星期四\\n首页 | 新闻\\n标题\\n2025-03-18 09:30 来源：滨江日报\\n正文。").value
    '2025-03-18'
    """
    strong = next((k for k, ((stamp, _), line) in enumerate(stamps) if stamp.strong and line < prose), None)
    return stamps[strong:] if strong is not None and not stamps[0][0][0].strong else stamps


def _first_sentence(text: str, header: list[tuple[int, int]]) -> int:
    """The index of the header's first line holding a full stop (past its end when it has none)."""
    return next((i for i, (start, end) in enumerate(header) if "。" in text[start:end]), len(header))


def _is_prose(line: str) -> bool:
    return "。" in line and len(HAN.findall(line)) > STAMP_CLUTTER


def _link_lines(text: str, header: list[tuple[int, int]]) -> set[int]:
    """The header lines that link to other articles, dated with those articles' dates: one opening with 上一篇 or
    下一篇, and the dated lines under a list heading (最新新闻, 相關閱讀) up to the first line without a date.

    >>> find_published("最新新闻\\n2025-03-19 16:20 地铁开通\\n标题\\n2025-03-18 10:00 来源：日报\\n正文。").value
    '2025-03-18'
    """
    links, listing = set(), False
    for i, (start, end) in enumerate(header):
        line = text[start:end].strip()
        if line.lstrip("·•-*【[ ").startswith(LINK_LEADS):
            links.add(i)
        elif (
            LIST_HEADING.match(to_simplified(line))
            and len(HAN.findall(line)) <= STAMP_CLUTTER
            and not _section_bar_stamp(halfwidth(line))
        ):
            links.add(i)
            listing = True
        elif listing and _dates_in_line(halfwidth(line)):
            links.add(i)
        else:
            listing = False
    return links


_BAR_SECTION = regex_cache.compile(r"[^\S\n]*\p{Han}{1,6}[^\S\n]*[|｜>›»][^\S\n]*")


def _section_bar_stamp(line: str) -> bool:
    """A bar of section names ending in a date and its clock time (即時新聞 | 港聞 | 2026-09-15 21:48): the page's own
    stamp line, though it opens with a word that may head a list of links.

    >>> _section_bar_stamp("即时新闻 | 财经 | 2026-09-15 16:05"), _section_bar_stamp("即时新闻 | 地铁开通 2026-09-14")
    (True, False)
    """
    pos = 0
    while m := _BAR_SECTION.match(line, pos):
        pos = m.end()
    dates = _dates_in_line(line)
    if pos == 0 or len(dates) != 1 or dates[0][0] != pos:
        return False
    clock = _STAMP_TIME.match(line, dates[0][1])
    return bool(clock) and not line[clock.end() :].strip()


def _publication_first(stamps) -> tuple[Optional[Published], bool]:
    """The first stamp, unless it is an update's (更新时间：…): then the publication stamp after it, when one follows;
    with whether the stamp chosen is an update's.

    >>> find_published("标题\\n更新时间：2025-03-19 10:20\\n发布时间：2025-03-06 09:00\\n正文。").value
    '2025-03-06'
    """
    update = None
    for stamp, updated in stamps:
        if not updated:
            return stamp, False
        update = update or stamp
    return update, update is not None


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


def _header_lines(text: str) -> list[tuple[int, int]]:
    """The first HEADER_LINES non-empty lines, or more when no prose has started by then: up to the first line
    of prose (MAX_HEADER_LINES at most), so that a long navigation does not hide the page's date."""
    lines, pos, prose = [], 0, False
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
            prose = prose or _is_prose(line)
            if len(lines) >= MAX_HEADER_LINES or (len(lines) >= HEADER_LINES and prose):
                break
        pos += len(line) + 1
    return lines


def _stamps_in_line(text: str, start: int, end: int, *, alone_counts: bool = True):
    """The page timestamps in one header line, each with whether it is an update's: after a marker (时间:), before a
    clock time, or alone on the line (when `alone_counts`)."""
    line = halfwidth(text[start:end])
    for m_start, m_end, value, compact in _dates_in_line(line):
        if value is None:
            continue
        if _RANGE_AFTER.match(line, m_end) or (
            _OTHER_TIME_LABEL.search(line, 0, m_start) and not _PUBLICATION_TAIL.search(line, 0, m_start)
        ):
            continue
        marker = _STAMP_MARKER.search(line, 0, m_start)
        clock = _STAMP_TIME.match(line, m_end)
        stamp_end = clock.end() if clock else m_end
        rest = _PAGE_FURNITURE.sub("", line[:m_start] + line[stamp_end:])
        bare = not _SENTENCE_PUNCT.search(rest) and len(HAN.findall(rest)) <= STAMP_CLUTTER
        if line[:m_start].rstrip().endswith(TODAY_WORDS):
            continue  # 今天是2025年3月20日: the reader's day on a portal's banner
        publication = _PUBLICATION_TAIL.search(line, 0, m_start)
        source_bar = any(w in line for w in SOURCE_WORDS)
        strong = bool(publication or (clock and not compact) or source_bar)
        if marker or (clock and not compact) or (bare and (alone_counts or source_bar or _WEEKDAY_AFTER.match(line, m_end))):
            stamp_start = marker.start() if marker else m_start
            updated = bool(marker and _UPDATE_MARKER.match(line, marker.start(), marker.end()))
            yield _Stamp(value, start + stamp_start, start + stamp_end, True, strong), updated


_PAGE_FURNITURE = regex_cache.compile(r"(?:浏览|瀏覽|阅读|閱讀|点击|點擊|阅览|閱覽)(?:量|数|數|次数|次數)?\s*[:：]?\s*[\d,]+(?:次)?|[A-Z]?\d{1,2}版")
"""A view counter (瀏覽：3,215) or a print page (A06版) beside a stamp: the page's furniture, so the stamp stands alone."""


@dataclass(frozen=True)
class _Stamp(Published):
    """A header stamp and whether a publication marker, a clock time or a source bar (来源：…) says it is one
    (`strong`), not its place alone or a 时间/日期 that may label an event's day."""

    strong: bool = False


def _dates_in_line(line: str) -> list[tuple[int, int, Optional[str], bool]]:
    """Every date of a header line that could be its stamp, in order: (start, end, value, compact)."""
    found = [(m.start(), m.end(), _stamp_value(m), bool(m["compact"])) for m in _STAMP.finditer(line)]
    for m in _ENGLISH_STAMP.finditer(line):
        year, month, day = int(m["y"] or m["y2"]), ENGLISH_MONTHS[m["m"] or m["m2"]], int(m["d"] or m["d2"])
        found.append((m.start(), m.end(), iso(year, month, day) if day <= last_day(year, month) else None, False))
    return sorted(found)


def _stamp_value(m: regex.Match) -> Optional[str]:
    if m["iy1"]:
        year, month, day = int(m["iy1"]), int(m["im1"]), int(m["id1"])
    elif m["cy"]:
        year = written_year(m["cy"], roc=bool(m["roc1"]), roc_text=len(m["cy"]) == 3, reference=None)
        if year is None or (len(m["cy"]) == 2 and not m["roc1"]):
            return None
        month, day = numeral_value(m["cm"]), numeral_value(m["cd"])
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
    return iso(year, month, day) if day <= last_day(year, month) else None


def _dateline(text: str, header: list[tuple[int, int]], *, yearless: bool = False) -> Optional[Published]:
    """A dateline with a month (新华社南京5月8日电), its year written or found in the text; with `yearless`, one
    whose year cannot be known gives `--MM-DD`."""
    for start, end in header:
        m = _DATELINE.match(text, start, end)
        if not m or not m["m"]:
            continue
        month, day = numeral_value(m["m"]), numeral_value(m["d"])
        if m["y"]:
            year = written_year(m["y"], roc=False, roc_text=False, reference=None)
        else:  # the year of the sentence or of the event's name, not of other dated mentions
            year = year_for(m.start("date"), month, date_context(text, None), []) or _lead_year(text, m.end(), month)
        if (year is None and not yearless) or day > last_day(year, month):
            return None
        indent = len(text[start:end]) - len(text[start:end].lstrip())
        return Published(iso(year, month, day), start + indent, m.end(), False)
    return None


def _lead_year(text: str, pos: int, month: int) -> Optional[int]:
    """The year of a dateline without one, from the first month its lead sentence dates with a year (新华社北京3月9日电
    …2025年2月份…): the story's month or one before it in the same year, or a month of the year before across the
    new year (1月9日电 …2024年12月…). A later month in the same year may be past or future, and a point of comparison
    (与2024年3月同期相比) dates nothing: no year then.

    >>> _lead_year("国家统计局9日发布数据显示，2025年2月份，价格下降。", 0, 3), _lead_year("将于2025年6月举办。", 0, 3)
    (2025, None)
    """
    lead = text[pos : pos + 120]
    lead = lead[: m.start()] if (m := _LEAD_END.search(lead)) else lead
    m = _YEAR_MONTH.search(lead)
    if m is None or lead.startswith(COMPARED, m.end()):
        return None
    year, written_month = int(m["y"]), numeral_value(m["m"])
    if written_month <= month:
        return year
    return year + 1 if written_month - month >= NEW_YEAR_GAP else None


_LEAD_END = regex_cache.compile(r"[。！？；\n]")
_YEAR_MONTH = regex_cache.compile(rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){SP}年{SP}(?P<m>{MT}){SP}月份?")


def _header_month(text: str) -> Optional[str]:
    """A header line giving only a month and year ('三月 2023 |'): a reference, not a publication date."""
    for start, end in _header_lines(text):
        m = _HEADER_MONTH.fullmatch(text, start, end)
        if m:
            year, month = int(m["y"] or m["y2"]), numeral_value(m["m"] or m["m2"])
            return iso(year, month)
    return None
