"""Cleaning: find page chrome, captions, bylines, the headline and repeated paragraphs, and blank them out.

Blanking replaces characters with spaces (newlines kept), so the cleaned analysis text keeps the
input's length and offsets; later stages see only the article body.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Optional

import regex

from extractor import regex_cache
from extractor.dates.page import LIST_HEADING, find_published
from extractor.lexicon.chrome import (
    CREDIT_CLOSERS,
    CREDIT_ENDINGS,
    CREDIT_ROLES,
    CREDIT_UNIT_ENDINGS,
    DATE_LABELS,
    EDITOR_ROLES,
    ENGLISH_CREDITS,
    ENGLISH_ROLES,
    LINE_MARKERS,
    LINE_WORDS,
    LINK_MARKERS,
    NAME_DOTS,
    NOT_NAMES,
    REPORTER_WORDS,
    REPORT_KINDS,
    ROLE_QUALIFIERS,
    SLASH_ROLES,
    PRINT_LABELS,
    SOURCE_BAR,
)
from extractor.lexicon.gazetteer import CITY_STATES, KNOWN_PLACES
from extractor.lexicon.speech import SPEECH_VERBS
from extractor.lexicon.titles import ORGANISER_LABELS, ORGANISER_UNIT_WORDS, ROSTER_LABELS
from extractor.lexicon.surnames import COMPOUND, has_surname
from extractor.normalise import analysis_text, detect_script
from extractor.numbers import find_figures
from extractor.patterns import HAN, alternation, in_order
from extractor.word_tags import word_tag

TERMINAL = "。！？；…”」』’\"）)"
SHORT_LINE = 40
"""A line with at most this many Han characters and no closing punctuation is a caption or heading."""

_ENUMERATION = regex_cache.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[、．.](?!\d)|[①-⑳])\s*"
)
_NAME = r"\p{Han}{2,3}"
_MARKER = regex_cache.compile(
    r"^[\s【\[〔（(]*(?:" + alternation(LINE_MARKERS) + r")\s*(?:[：:】\]|｜]|$)"
)
_WORDS = regex_cache.compile(in_order(LINE_WORDS))
_FULL_STOPS = regex_cache.compile(r"\p{Han}{6}[。！？]")
"""Sentences closed by a full stop: a line of two such is prose that names a share button's word (据微信公众号…消息，…。
某气象台发布预警。), not the button."""
_CLAUSED_SENTENCE = regex_cache.compile(r"\p{Han}{2}[，,]\p{Han}[^\n]*\p{Han}[\p{Han}\d%％]*[。！？]$")
"""A sentence of clauses closed by its stop (网站去年的浏览量逾42亿次，按年增加18%。): prose that names a counter's word
(浏览量, 阅读量) as the thing it measures, not the page's counter."""
_LINK_LINE = regex_cache.compile(r"^[\s【\[〔（(]*(?:" + alternation(LINK_MARKERS) + r")\s*[：:】\]|｜]")
"""A line naming other pages (上一篇：记者张三 …): its bylines belong to the pages it links to."""
_NAV_SPLIT = regex_cache.compile(r"[\s|｜•·>»/]+")
_CREDIT_END = regex_cache.compile(
    r"(?:" + in_order(CREDIT_ENDINGS) + r")\s*[）)】]?"
    r"(?:[\s，,]*(?:\d{2,4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))?\s*$"
)
"""A credit closing a caption, maybe stamped with the picture's date: …（记者张三摄）, 中央社记者张三摄 108年10月9日."""
_PLACEHOLDER = regex_cache.compile(
    r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)|<image>[^\n]{0,500}?</image>|<img[^>\n]{0,500}>"
    r"|[A-Za-z0-9_./:%~+\-]{1,300}\.(?:jpe?g|png|gif|webp)\b|\bendprint\b",
    regex.IGNORECASE,
)
"""Image placeholders and file names, matched on the input (the analysis copy writes ASCII marks full width); a
file name is ASCII only, so the Han text glued before it stays."""
_PLACEHOLDER_CLUES = ("![", "<image>", "<img", ".jpg", ".jpeg", ".png", ".gif", ".webp", "endprint")
"""One of these is in every placeholder: a text without them is not scanned (the scan tries every position)."""
_ROLE = (
    rf"(?:(?:{alternation(ROLE_QUALIFIERS)})|驻\p{{Han}}{{1,4}}?)?(?:{alternation(REPORTER_WORDS)})"
    rf"|{alternation(w for w in CREDIT_ROLES if w not in REPORTER_WORDS)}"
    rf"|(?:{alternation(w for w in SLASH_ROLES if len(w) > 1)}|(?<!\p{{Han}})[{''.join(w for w in SLASH_ROLES if len(w) == 1)}])"
    r"(?=[^\S\n]{0,2}[/／：:｜|])"
)
"""A role word; a one-character one that credits only before a slash (文/, 图／) stands apart from the Han before it:
郑雅文／台北 is a name and its place, where 海报设计：赵一鸣 is a role and a name."""
_ROLES = regex_cache.compile(_ROLE)
_ROLE_GAP = regex_cache.compile(r"[^\S\n]{0,3}[/／：:｜|]?[^\S\n]{0,3}")
_CABLE = r"\p{Han}{0,4}?(?:电|讯|报导|报道)"
"""What follows a dateline's day: 电, 讯, 专电, 综合外电报导. The day may come with its month and year (新竹2025年10月30日电)."""
_DATED_PLACE = (rf"\p{{Han}}{{2,4}}?(?:(?:\d{{4}}年)?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月)?"
                rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日{_CABLE}")
_KNOWN_PLACE = alternation(KNOWN_PLACES | set(CITY_STATES))
_GLUED_PLACE = rf"(?:{_KNOWN_PLACE}|\p{{Han}}{{2}})(?:报导|报道)(?!\p{{Han}})"
"""A place written right after the reporter's name, with no slash or space, and 报导 closing the byline (记者王小明台北报导,
记者林翰新北报导): a place of the gazetteer, or any two characters (most places a reporter files from are two)."""
_CREDIT_NAME = regex_cache.compile(
    rf"(?P<name>(?:{alternation(COMPOUND)})\p{{Han}}{{1,2}}(?={_KNOWN_PLACE}(?:报导|报道))|\p{{Han}}{{2,3}}(?={_KNOWN_PLACE}(?:报导|报道))"
    rf"|(?:{alternation(COMPOUND)})\p{{Han}}{{1,2}}|\p{{Han}}{{1,8}}[{NAME_DOTS}]\p{{Han}}{{1,8}}|\p{{Han}}{{2,3}}(?<!摄)"
    r"|[A-Za-z][A-Za-z'.\-]{0,20}(?: [A-Z][A-Za-z'.\-]{0,20}){0,3})"
    rf"(?=(?P<closed>[/／]|{alternation(CREDIT_CLOSERS)}|{_DATED_PLACE})|(?P<glued>{_GLUED_PLACE})|(?P<coded>_[A-Za-z0-9]+)"
    rf"|[\s、，,;；|｜(（)）\]】〕]|$|{_ROLE}|(?P<joined>[和及与])(?=\p{{Han}}{{2,3}}[^\S\n]{{0,2}}(?:[/／]|报道|报导)))"
)
"""A name in a credit list, up to the next separator, role or closing word; `closed` when a slash, 摄/报道 or a
dated place closes it, which marks it as a name even with a surname the lexicon lacks; `glued` when a place and 报导
follow it with nothing between (记者王小明台北报导: a known place is preferred, so 林翰新加坡 is 林翰 and 新加坡), a name only
with a surname; `joined` when a conjunction
glues it to the last name of a credit closed by a slash or 报道 (记者张三及李四／台北报导). No name ends in 摄: 张祈摄 is
张祈 and the photographer's credit. An editor's staff code may follow the name (李桐_NB12345)."""
_LATIN_NAME = r"[A-Z][a-z'\-]+(?:[^\S\n][A-Z][a-z'\-]+){1,3}"
_ENGLISH_BYLINE = regex_cache.compile(
    rf"[^\S\n]*(?:{alternation(ENGLISH_CREDITS)})[^\S\n]+(?P<names>{_LATIN_NAME}(?:[^\S\n]*(?:,|，|、|and|&)[^\S\n]*{_LATIN_NAME})*)"
    r"[^\S\n]*"
)
"""An English byline alone on its line: By Anna Lee, Photos by Tom Chan and Mary Ho. A name has two words at least,
each capitalised: By Reuters is an agency."""
_FIELD_END = regex_cache.compile(r"[^\S\n]*(?:[|｜]|$)|[^\S\n]+(?=\S)")
"""The end of a labelled credit's field: the line's end, a bar, or a space before the next field."""
_CONTACT = regex_cache.compile(r"[^\S\n]*[A-Za-z0-9_.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
"""A reporter's e-mail address after the byline (张三 报道 zhangsan@example.com)."""
_OWN_ROLE = regex_cache.compile(rf"[/／][^\S\n]*(?:{alternation(SLASH_ROLES)}|摄影|文字)(?=[^\S\n]|[、，,]|$)")
"""A name's own part of the work after its slash (张三/文 李四/图)."""
_OWN_ROLE_LINE = regex_cache.compile(
    rf"(?:[^\S\n]*(?P<name>\p{{Han}}{{2,3}}|\p{{Han}}{{1,8}}[{NAME_DOTS}]\p{{Han}}{{1,8}}|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){{0,3}})"
    rf"[^\S\n]*[/／][^\S\n]*(?:{alternation(SLASH_ROLES)}|摄影|文字)[^\S\n]*[、，,]?)+"
)
"""A credit line of names each followed by its own part of the work, with no role word before them (张三/文 李四/图)."""
_POST = regex_cache.compile(r"[^\S\n]*[（(][^（()）\n]{1,20}[）)]")
"""A credited name's post in brackets (作者：张三（某大学教授）、李四（…）), skipped to reach the next name."""
_MARKED_NAMES = regex_cache.compile(rf"[□■◎][^\S\n]*(?P<names>{_NAME}(?:[^\S\n]+{_NAME}){{0,3}})[^\S\n]*")
"""A line of names alone after the box a paper sets before its byline (□张三, ■ 张三 李四): the reporters."""
_PADDED_NAME = regex_cache.compile(r"(?<=^|[\s、，,：:/／|｜（(【\[])(\p{Han})[^\S\n]{1,2}(\p{Han})(?=[^\S\n]|[、，,)）\]】]|$)")
"""A two-character name padded to the width of a three-character one (本报记者　王　伟　李晓明)."""


def _unpadded(m: regex.Match) -> str:
    return m[1] + m[2] if has_surname(m[1]) else m.group()


_REPORTED = ("报道", "报导")
_NAMES_REPORTED = regex_cache.compile(rf"(?P<names>{_NAME}(?:[^\S\n]*、[^\S\n]*{_NAME}|[^\S\n]+{_NAME})*)[^\S\n]+(?:报道|报导)")
"""A line of names alone before 报道, with no role word (张三 报道, 张三、李四 报道): a byline."""
_SLASHED_PLACE = regex_cache.compile(r"[/／][^\S\n]*\p{Han}{2,4}?(?=[、，,]|[^\S\n]+\p{Han}{2,4}[/／])")
"""A place after a reporter's slash, when another reporter and place follow (张三／台北、李四／高雄报导)."""
_NAME_GAP = regex_cache.compile(r"[^\S\n]{1,3}[和及与][^\S\n]{1,3}|[^\S\n]{0,3}[、，,;；]?[^\S\n]{0,3}")
_JOINED_GAP = regex_cache.compile(r"[和及与]")
"""Between two names of one credit: spaces, 、 or a comma, or a conjunction set apart by spaces (记者 张三 和 李四); a
conjunction glued to the names counts only before a last name closed by a slash or 报道 (记者张三及李四／台北报导, see
`joined`): 记者张三和李四 alone reads as prose."""
_PLACES_REPORTED = regex_cache.compile(
    r"[/／][^\S\n]*\p{Han}{2,4}?(?:[、，,][^\S\n]*\p{Han}{2,4}?)+[^\S\n]*(?:" + alternation(REPORT_KINDS) + r"|即时)?(?:报道|报导)"
)
"""Several places after a reporter's slash, closed by 报导 (记者张三／台中、彰化报导): places, not more reporters."""
_BYLINE_BRACKET = regex_cache.compile(
    rf"[【〔\[（(]\s*(?P<body>[^【〔\[（()）\]〕】\n]{{0,30}}?(?:{_ROLE}|摄|报道|报导)[^【〔\[（()）\]〕】\n]{{0,30}})[】〕\]）)]"
)
_PHOTO_BY = regex_cache.compile(r"(?P<name>\p{Han}{2,4})[^\S\n]?(?<![拍航])摄(?![影像])")
"""The photographer before 摄 (张三 摄); 拍摄 and 航摄 are the verb (这是9日拍摄的…), no credit."""
_TRAIL_CREDIT = regex_cache.compile(
    rf"(?<=[。！？!?”」』])[^\S\n]*[^\s，。：、（(“「【\[]{{0,12}}?(?:{_ROLE})[^。！？（()）\n]{{1,30}}$"
)
"""A byline closing a paragraph after its last sentence, unbracketed: …合作。記者 陳大文"""
_TRAIL_BRACKETED_CREDIT = regex_cache.compile(rf"(?<=[。！？!?”」』])[^\S\n]*[（(](?:{_ROLE})[^（()）\n]{{1,20}}[)）][^\S\n]*\d{{0,8}}[^\S\n]*$")
"""An editor's credit in brackets closing a paragraph, with an agency's date stamp after it: …赞助。(编辑:某某)1150327"""
_NAMES_ONLY = regex_cache.compile(r"[（(]\s*(?P<names>" + _NAME + r"(?:\s+" + _NAME + r")+)\s*[）)]\s*$")
_DATELINE = regex_cache.compile(
    r"^(?P<agency>|[^\s，。：、（(“「]{2,14}?(?:、[^\s，。：、（(“「]{2,14}?){0,3})"
    r"(?P<date>(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?P<tail>[^\s，。（(“「]{0,4}?[电讯])"
    r"(?:\s*[（(](?P<paren>[^）)]{2,30})[）)])?\s*[/／]?"
)
_AGENCY_WORD = r"社|网|报|台|电视|新闻|中心"
"""The word that ends a news agency's, paper's or station's name in a dateline (新华社, 滨江日报, 某电视台)."""
_AGENCY = regex_cache.compile(rf"{_AGENCY_WORD}|{_ROLE}")
_AFTER_AGENCY = regex_cache.compile(rf"^.*?(?:{_AGENCY_WORD})")
_AGENCY_NAME = regex_cache.compile(_AGENCY_WORD)
"""A paper's, site's or station's word alone: a reporter's word (出席记者会的|通讯及新闻部) names no paper before 通讯."""
_NEWS_FLASH = regex_cache.compile(r"(?:\d|[一二三四五六七八九十])日讯|[快简专特通]讯")
_COMMUNICATIONS_IN_A_NAME = regex_cache.compile(r"(?<!\d日)通讯$")
"""通讯 closing a paragraph's first words (某某通讯设备有限公司): the word for communications, a flash's lead only apart from the
words after it (某报通讯 东林…)."""
_DATELINE_END = regex_cache.compile(r"\s|[（(/／]|$")
_SOURCE_LEAD = regex_cache.compile(
    r"^(?P<agency>[【\[〔]?[^\s，。：、（(“「【】\[\]〔〕]{2,14}?讯[】\]〕]?|[（(][^\s，。：、（()）“「【】\[\]〔〕\d]{2,14}?讯[）)])"
    r"(?=\s*[（(]|\s*\d|\s*\p{Han})"
)
"""A paper's lead before the body: 本报讯, 【大公报讯】, （联合早报讯） (a day in round brackets, （吉隆坡4日讯）, is left to the
dates)."""
_BRACKET_DATE = regex_cache.compile(
    r"(?P<place>\p{Han}{2,4}?)(?P<date>(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    + _CABLE
)
_LEAD_BYLINE_SPACED = regex_cache.compile(
    rf"[^\S\n]*(?:{_ROLE})[^\S\n]+\p{{Han}}{{2,3}}(?:[^\S\n]+\p{{Han}}{{2,3}}){{0,2}}[^\S\n]+"
    r"(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|[今昨前]天|[今昨前]日|近日|日前)"
)
"""Reporters set apart by spaces after a paper's lead, before the day the story opens with (某报讯 记者 张三 9月26日晚，…)."""
_EDITOR_CREDIT = regex_cache.compile(r"[（(](?:责任编辑|编辑|责编)[^\S\n]*[：:][^（()）\n]{1,30}[）)].*$")
"""An editor's credit closes the article: what follows it on the line is page furniture (CNA's stamp, tags)."""
_LEAD_BYLINE = regex_cache.compile(
    rf"[□■\s]*[^\s，。：、（(“「]{{0,12}}?(?:{_ROLE})[\p{{Han}}A-Za-z·\s、，,/／]{{2,30}}?(?:报道|报导)(?![\p{{Han}}])"
)


_PHOTO = regex_cache.compile(r"^(?:资料图片?|[上下左右]图|组图|题图|配图|图)(?:\s*[：:/／|｜]|为)")
"""A caption opens by naming the picture: 图为…, 图：…, 资料图：…, 上图：…"""
_POSITIONS = regex_cache.compile(
    r"^[▲△▼◆■●\s]{0,3}(?:[（(【\[]\s{0,2}(?:前排|后排|上图|下图|图中|图)?\s{0,2}由?(?:左|右|中)"
    r"(?:起|至[左右]|[一二三四五六七八九十0-9]{1,2})?\s{0,2}[)）】\]]|(?:由|从)?(?:左起|右起|左至右|右至左)[：:，,\s])"
)
"""A caption opens by saying where the people stand in the picture: (左起), （前排左三）, 由左至右："""
_PHOTO_CREDIT = regex_cache.compile(
    r"[（(【\[][^（()）【】\[\]\n]{0,30}?(?:摄|供图|翻摄|截图|资料图|图片来源|图源|图片|图[\s/／：:]|照片|相片|社发|[Pp]hotos?\b|PHOTO)"
    r"[^（()）【】\[\]\n]{0,30}[）)】\]]\s*$"
)
"""A bracketed photo credit closing a line: (记者张三摄), (图片来源：新华社), (图/某局 提供), (新华社发), (Photo: Anna Lee).
Only captions end so."""
_DATE_OPENING = regex_cache.compile(
    r"(?:\d{4}\s?年\s?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
_DOTTED_DAYS = regex_cache.compile(r"\s*(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])(?:\s*[-－—~～至到]\s*(?:\d{1,2}\.)?\d{1,2})?\s*$")
"""Days written month.day, alone after a date label (时间：12.5-12.7): the information block's date, not a decimal."""
_PRINT_EDITION = regex_cache.compile(
    r"^《[^》\n]{1,16}》[^\S\n]*[（(][^（()）\n]{0,30}第?[^\S\n]*[0-9一二三四五六七八九十]{1,3}[^\S\n]*版[^\S\n]*[）)]$"
)
"""The paper's print edition under an online copy: 《 人民日报 》（ 2019年10月10日 第 04 版）."""
_CREDIT_LINE_HAN = 20
"""A line this short that opens with a role and credits someone (文／张三（本报记者）) is a credit line, whatever it ends with."""
_PLACE_IN_PICTURE = regex_cache.compile(
    r"[（(](?:前排|后排|中排|第[一二三四五六七八九十]排|上图|下图|图中)?(?:左|右|中)(?:[一二三四五六七八九十0-9]{1,2}|起)?[）)]"
)
"""Where a person stands in the picture, after the name: 张三（右二）."""
_PLACED_IN_PICTURE = regex_cache.compile(r"\p{Han}" + _PLACE_IN_PICTURE.pattern)
"""A name followed by where the person stands in the picture: captions say this, prose does not."""
_SENTENCE_MARK = regex_cache.compile(r"[，。；！？、：“「]")
_DATE_LABEL = regex_cache.compile(rf"^[\s●•·■◆▶]*\p{{Han}}{{0,4}}(?:{alternation(DATE_LABELS)})[^\S\n]*[：:]")
"""A label before a date in an information block: 时间：, 活动日期：, 报名截止："""
_PRINT_LABEL = regex_cache.compile(rf"^[\s●•·■◆▶]*(?:{alternation(PRINT_LABELS)})[^\S\n]*[：:]")
"""The label of the date a reader printed the page (打印日期：): furniture, not the body's information block."""
CREDIT_TAIL = 25
"""A line whose text after its last full stop is a credit this short (新华社记者 张三 摄) is a caption, however long."""


@dataclass
class Cleaned:
    """The analysis text (chrome blanked) and what the chrome told about the article."""

    text: str
    script: str
    title: Optional[tuple[int, int]] = None
    authors: list[str] = field(default_factory=list)
    published: Optional[str] = None
    dateline_places: list[str] = field(default_factory=list)
    """The dateline's and byline's place words (新华社南京…电, 记者X/台北报导), in the analysis text's spelling."""


@dataclass
class _Line:
    start: int
    end: int
    kind: str = "body"


def _lines(text: str) -> list[_Line]:
    """The text's lines; a caption run into the dateline after it (…现场。（图片来源：新华社） 新华社北京5日电…) is a line
    of its own."""
    lines, pos = [], 0
    for part in text.split("\n"):
        cut = _caption_before_dateline(part)
        if cut:
            lines.append(_Line(pos, pos + cut))
        lines.append(_Line(pos + cut, pos + len(part)))
        pos += len(part) + 1
    return lines


_CREDIT_BEFORE_BODY = regex_cache.compile(_PHOTO_CREDIT.pattern.removesuffix(r"\s*$") + r"[^\S\n]+(?=\S)")


def _caption_before_dateline(line: str) -> int:
    """Where the body starts when a line opens with a caption closed by its photo credit and goes on with a news
    agency's dateline or a paper's lead (本报讯); 0 when it does not."""
    for m in _CREDIT_BEFORE_BODY.finditer(line):
        dateline = _DATELINE.match(line[m.end() :])
        lead = _SOURCE_LEAD.match(line[m.end() :])
        if dateline and _AGENCY.search(dateline["agency"]) or lead and (_AGENCY.search(lead["agency"]) or _NEWS_FLASH.search(lead["agency"])):
            return m.end()
    return 0


def _han_count(s: str) -> int:
    return len(HAN.findall(s))


def _is_nav(s: str) -> bool:
    """Menus and breadcrumbs: several short tokens and no sentence punctuation."""
    if "＞" in s or ">" in s or "»" in s:
        return "。" not in s
    tokens = [t for t in _NAV_SPLIT.split(s.strip()) if t]
    return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens) and not regex.search(r"[。，；！？]", s)


def _marker_prefix(s: str) -> int:
    """Length of a tag such as [导读] or 【专访】 that opens a body paragraph, else 0."""
    m = _MARKER.search(s)
    if m and m.group().rstrip().endswith(("]", "】")) and _han_count(s[m.end() :]) > SHORT_LINE and "。" in s:
        return m.end()
    return 0


_INTRODUCES_WORDS = regex_cache.compile("(?:" + alternation(SPEECH_VERBS) + r")(?:时|道|说)?\s*(?:[：:]|[：:，,]\s*[“「『\"])$")
"""A line that ends in a verb of speech and a colon (局长X提醒：), or in one and the opening mark of words set as the next
paragraph (他说：“), introduces the quotation set as the next paragraph: body text, not a headline or caption."""


def _ends_a_sentence(line: str) -> bool:
    """The line ends as prose does: a stop, or a closing quotation mark after prose. A closing mark on a line with no stop
    anywhere and no comma outside the quotation (X：“要让老百姓住得更安心”) ends a headline that quotes someone, not a
    sentence (X表示，主题是“…” is prose that lost its stop)."""
    if line[-1] in _CLAUSE_MARKS and _SENTENCE_MARK.search(line[:-1]):
        return True  # 某公司与某公司签订协议，双方将…合作，: a paragraph cut off mid-sentence; no headline ends on a comma
    if line[-1] not in TERMINAL:
        return False
    return line[-1] not in "”」』’\"" or _STOP.search(line) is not None or _COMMA.search(_QUOTED.sub("", line)) is not None


_STOP = regex_cache.compile(r"[。！？；…!?;]")
_CLAUSE_MARKS = "，,、"
_COMMA = regex_cache.compile(r"[，,]")
_QUOTED = regex_cache.compile(r'[“「『"][^“”「」『』"]*[”」』"]')


_DASH_ATTRIBUTED = regex_cache.compile(r'[“「『"][^“”「」『』"\n]*[。！？!?][”」』"][ \u3000]*(?:——|—|──|――)[ \u3000]*[^\s“”「」，。]{2,30}$')
"""A quotation closed after its stop and signed after a dash (“…。”——某学院教授X): someone's words, prose, however the line
ends."""


_COMMENT_COUNTS = regex_cache.compile(r"(?:[赞👍]|点赞|回复)\s*[（(]?\s*\d+\s*[)）]?\s*(?:[|｜]\s*(?:回复|举报|分享)\s*)*$")
"""The likes or replies that close a reader's comment (网友「某某」：… 赞（52）): the comments under a page are chrome."""


def _names_a_button(line: str) -> bool:
    """Whether the line writes one of the page's button words (字号, 客户端) as a word of its own, not as the end or the
    start of a longer dictionary word (老字号: an old shop's name, not the font-size button).

    >>> _names_a_button("字号：大 中 小"), _names_a_button("老字号糕点销量创新高")
    (True, False)
    """
    return any(not any(word_tag(line[m.start() - k : m.end()]) for k in (1, 2) if m.start() >= k)
               and not any(word_tag(line[m.start() : m.end() + k]) for k in (1, 2) if m.end() + k <= len(line))
               for m in _WORDS.finditer(line))


def _classify(s: str, raw: str = "") -> str:
    """What a line is, from its analysis copy `s`; its `raw` words show a table's tabs and full-width spaces."""
    stripped = s.strip()
    if not stripped:
        return "blank"
    if not HAN.search(stripped) or _PLACEHOLDER.fullmatch(stripped.strip("| ")):
        return "chrome"
    if _marker_prefix(stripped):
        return "body"
    if _MARKER.search(stripped) or (_names_a_button(stripped) and _han_count(stripped) <= SHORT_LINE and len(_FULL_STOPS.findall(stripped)) < 2
                                    and not _CLAUSED_SENTENCE.search(stripped)):
        return "chrome"
    if _PRINT_EDITION.match(stripped) or _COMMENT_COUNTS.search(stripped):
        return "chrome"
    role = _ROLES.match(stripped)
    if role and _han_count(stripped) <= _CREDIT_LINE_HAN and not _SENTENCE_MARK.search(stripped, _ROLE_GAP.match(stripped, role.end()).end()) \
            and _credited(stripped) and not _ROSTER_LINE.match(stripped):  # 主持人：甲/乙 lists who hosts, credits no one
        return "chrome"  # the colon of the role's label (报道：张三（特约记者）) is no mark of a sentence
    if _is_nav(stripped) and not _is_table_row(stripped):  # 进出口总额 3860亿元 增长4.2%: a row of figures, no menu
        return "chrome"
    if (stripped[0] in "▲△▼◆■●►▶" and not _is_bullet_item(stripped)) or _PHOTO.match(stripped) or _POSITIONS.match(stripped) \
            or _PHOTO_CREDIT.search(stripped):
        return "caption"
    if _PLACED_IN_PICTURE.search(stripped):
        return "caption"
    tail = stripped.rsplit("。", 1)[-1]
    if _CREDIT_END.search(stripped) and (_han_count(stripped) <= 80 or len(tail) <= CREDIT_TAIL):
        return "caption"
    credit = _trailing_credit(stripped)
    rest = stripped[: credit.start()].rstrip() if credit else stripped
    if not _ends_a_sentence(rest) and not _ROSTER_LINE.match(rest) and not _organiser_line(rest) and not _INTRODUCES_WORDS.search(rest) and not _DASH_ATTRIBUTED.match(rest) and not _is_list_item(rest) and not _is_field_line(rest) and not _is_table_row(rest) and not _is_tabbed_row(raw) and (_han_count(rest) <= SHORT_LINE or not _SENTENCE_MARK.search(rest)):
        return "short"  # a long line without a comma or stop anywhere is no prose either: a caption or a headline
    return "body"


_ROSTER_LINE = regex_cache.compile(r"\p{Han}{0,4}(?:" + alternation(ROSTER_LABELS) + r")[：:]\s*(?:\p{Han}|$)")
"""A line of a roster, its label and the names after it (出席嘉宾：甲、乙; 主持人：甲/乙): body, not a caption."""

_ORGANISER_LINE = regex_cache.compile(r"(?:" + alternation(ORGANISER_LABELS) + ")(?:" + alternation(ORGANISER_UNIT_WORDS) + r")[：:]\s*\p{Han}")
"""A line listing an event's bodies by their role (主办单位：甲、乙; 承办单位：丙): body, not a caption. A site's footer
(主办单位：某某网 版权所有, ICP备…) says it owns the page and stays chrome."""
_FOOTER_WORDS = regex_cache.compile(r"版权|备案|ICP|标识码|Copyright|©|电话|传真|邮编|地址|技术支持|网站")


def _organiser_line(line: str) -> bool:
    return bool(_ORGANISER_LINE.match(line)) and not _FOOTER_WORDS.search(line)


def _is_list_item(line: str) -> bool:
    """An item of a numbered list that states something (一、新增就业岗位3.5万个; 2. 新建学校12所，…): body, not a caption.
    A numbered heading without a figure or a clause (一、总体要求) stays a short line."""
    m = _ENUMERATION.match(line)
    return bool(m) and bool(regex.search(r"\d|[，,]", line[m.end():]))


def _is_bullet_item(line: str) -> bool:
    """A bulleted line of a list of facts (■全年新增城镇就业1.2万人，完成年度目标的120%。): body, not a caption. Arrows
    (▲△▼) point at a picture and stay captions; a bullet before a credit or a caption's words stays too."""
    rest = line[1:].strip()
    return (line[0] in "◆■●►▶" and rest[-1:] in "。；;" and bool(find_figures(rest))
            and not _CREDIT_END.search(rest) and not _PHOTO.match(rest) and not _trailing_credit(rest))


_FIELD = regex_cache.compile(r"(?P<label>[^\s\d：:，,。；;]{2,12})[：:]\s*(?P<value>(?:[^：:，,。；;\n]|(?<=\d),(?=\d{3})){1,24}?)[；;。]?")
"""A label and its value; a comma between digits groups thousands (營業收入：新台幣1,250億元), it ends no field."""


def _is_field_line(line: str) -> bool:
    """A line of a table of facts, a label and its figure (项目总投资：12.5亿元, 展覽面積：4萬平方米): body, not a
    caption. A date, a phone number or a name after the colon is no figure and leaves the line short."""
    m = _FIELD.fullmatch(line.strip())
    if not m or not HAN.search(m["label"]):
        return _is_field_row(line.strip())
    at = m.start("value")  # the label may say what the value's unit is (每股股息：3.5分)
    figures = [f for f in find_figures(line.strip()) if f.end > at]
    return (len(figures) == 1 and figures[0].start - at <= 3 and figures[0].start >= at - 2
            and not line.strip()[figures[0].end : m.end("value")].strip())


_FIELD_ROW = regex_cache.compile(r"(?P<label>[^\s\d：:，,。；;]{2,12})[：:]\s*(?P<cells>[^：:。；;\n]{1,60}?)[；;。]?")
_FIELD_CELL_BREAK = regex_cache.compile(r"[，,](?!(?<=\d,)\d{3})")


def _is_field_row(line: str) -> bool:
    """A label and its figure with the change after a comma (地区生产总值：1562亿元，增长5.6%): a row of a table of facts,
    every cell one figure and little else."""
    m = _FIELD_ROW.fullmatch(line)
    if not m or not HAN.search(m["label"]):
        return False
    cells = _FIELD_CELL_BREAK.split(m["cells"])
    return 2 <= len(cells) <= 4 and _figure_cells([m["label"], *cells], len(cells))


_CELL_BREAK = regex_cache.compile(r"[^\S\n]{2,}|[^\S\n]*[｜|][^\S\n]*")
"""Cells of a table row apart by two spaces or a bar (地区生产总值  5230.6亿元, 租金開支｜3.2億港元)."""
_SPACE = regex_cache.compile(r"[^\S\n]+")


def _is_table_row(line: str) -> bool:
    """A row of a table of figures written as a spaced line, a label and its cells (地区生产总值  5230.6亿元  增长6.1%):
    body, not a caption. Every cell after the label holds a figure and little else; a caption's spaced words do not.
    Cells apart by one space (a full-width space reads as one) need two figures, so chrome (点赞 35次) stays short."""
    return _figure_cells(_CELL_BREAK.split(line.strip()), 1) or _figure_cells(_SPACE.split(line.strip()), 2)


_TAB_BREAK = regex_cache.compile(r"[^\S\n]*[\t\u3000][^\S\n]*")


def _is_tabbed_row(raw: str) -> bool:
    """A row of a table whose cells a tab or a full-width space parts (地区生产总值\t5230.6亿元; 失業率　2.9%), read on
    the raw line: the analysis copy makes both one space, as chrome (点赞 35次) is written. One figure is enough."""
    if "\t" not in raw and "\u3000" not in raw:
        return False
    cells = [analysis_text(cell) for cell in _TAB_BREAK.split(raw.strip())]
    return not _MARKER.match(cells[0] + "：") and _figure_cells(cells, 1)  # 阅读\t1200次 is a page's counter


def _figure_cells(cells: list[str], least: int) -> bool:
    """A label and at least `least` cells of one figure each; a word of two characters may stand for a change (持平)."""
    cells = [c for c in cells if c]
    if not cells or not HAN.search(cells[0]) or find_figures(cells[0]) or len(cells[0]) > 16:
        return False
    figured = 0
    for cell in cells[1:]:
        figures = find_figures(cell)
        if not figures and len(cell) <= 2:
            continue
        if len(figures) != 1 or len(cell) - (figures[0].end - figures[0].start) > 3:
            return False
        figured += 1
    return figured >= least


def _trailing_credit(line: str) -> Optional[regex.Match]:
    m = _TRAIL_CREDIT.search(line) or _TRAIL_BRACKETED_CREDIT.search(line)
    return m if m and _credited(m.group()) else None


class _Blanker:
    def __init__(self, text: str):
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        if end <= start:
            return
        for i in range(start, end):
            if self.chars[i] != "\n":
                self.chars[i] = " "


def _credited(segment: str) -> list[str]:
    """Every name a byline or credit segment credits: each role word (记者, 通讯员, 责编:, 图/) takes the names
    listed after it, separated by spaces or 、 (记者 张三 李四, 记者张三、李四报道), and a name before 摄 is the
    photographer. A Han name needs a surname, a closing word after it, or a field of its own after a labelled role
    (编辑：糜芳 | 审核：…); names that read as organisations are sites or agencies. A contact address is no name."""
    segment = _PADDED_NAME.sub(_unpadded, _CONTACT.sub("", segment))
    segment = _UNIT_BEFORE_NAME.sub(r"\g<field>", segment)  # 作者：土木学院 张三: the unit, then the name it credits
    english = _ENGLISH_BYLINE.fullmatch(segment)
    if english:
        return [n for n in regex.findall(_LATIN_NAME, english["names"]) if not set(n.split()) & set(ENGLISH_ROLES)]
    found: list[str] = []
    for role in _ROLES.finditer(segment):
        if _runs_on(segment, role):
            continue  # 摄影展开幕, 记者会上: the role word begins a longer word and credits no one
        pos = _ROLE_GAP.match(segment, role.end()).end()
        labelled = regex.search(r"[：:]", segment[role.end() : pos]) is not None
        menu = _MENU_BAR.search(segment, role.end(), pos) and _MENU_BAR.search(segment, 0, role.start())  # 财经 | 视频 | 登入
        listing = pos > role.end() and not menu and _listing(segment[pos:])
        listed, named, gap, last = 0, 0, "", ""
        while (m := _CREDIT_NAME.match(segment, pos)) is not None:
            if named and m["closed"] in _REPORTED and not gap.strip():
                if named == 1 and not listed and gap and _listing(last):
                    found.append(last)  # 记者 昌敏 北京报道: the one name before the place, whatever its surname
                break  # 记者张三 北京报道: a word glued to 报道 after a space is the place reported from
            last = m["name"]
            if _PLACE_IN_PICTURE.match(segment, m.end()):
                break  # 图：张三（左三）为…: the caption names who is in the picture, not who took it
            if listed and _ROLES.match(segment, pos):
                break  # 视频/张三 设计/李四: the next role takes its own names
            alone = not listed and (labelled and _FIELD_END.match(segment, m.end())
                                    or found and not segment[m.end():].strip())  # 记者 张三 实习生 热依拉: the line credits
            if m["glued"] and not has_surname(m["name"]):
                break  # 记者会议题报导: no name before the place
            if m["closed"] is not None or m["glued"] or m["coded"] or alone or listing or _person_like(m["name"]):
                found.append(m["name"])
                listed += 1
            named += 1
            end = m.end() + len(m["coded"] or "")
            if m["closed"] in ("/", "／") and (own := _OWN_ROLE.match(segment, end)):
                end = own.end()  # 记者 张三/文 李四/图: each name with its own part of the work after its slash
            elif m["closed"] is None and (post := _POST.match(segment, end)):
                end = post.end()  # 作者：张三（某大学教授）、李四
            elif m["closed"] in ("/", "／") and (places := _PLACES_REPORTED.match(segment, end)):
                end = places.end()  # 记者张三／台中、彰化报导: the places the report comes from
            elif m["closed"] in ("/", "／") and (place := _SLASHED_PLACE.match(segment, end)):
                end = place.end()  # 记者张三／台北、李四／高雄报导: each name has its own place after its slash
            gap = (_JOINED_GAP if m["joined"] else _NAME_GAP).match(segment, end).group()
            pos = end + len(gap)
    own = _OWN_ROLE_LINE.fullmatch(segment.strip()) if not found else None
    if own:
        found += own.captures("name")
    marked = _MARKED_NAMES.fullmatch(segment.strip()) if not found else None
    if marked:
        found += [n for n in marked["names"].split() if has_surname(n)]
    paper = _PAPER_THEN_NAMES.fullmatch(segment.strip()) if not found else None
    if paper:  # 某某时报 张三: a line of a paper's name and its reporters alone credits them
        names = regex.split(r"[^\S\n]*[、，,][^\S\n]*|[^\S\n]+", paper["names"])
        if all(has_surname(n) and not word_tag(n) for n in names):
            found += names
    parts = _NAMES_THEN_PARTS.fullmatch(segment.strip()) if not found else None
    if parts and _listing(parts["names"]):
        found += regex.split(r"[^\S\n]*[、，,][^\S\n]*|[^\S\n]+", parts["names"])  # 张三 文/摄: the names, then their parts
    paired = _PAIRED_CREDITS.fullmatch(segment.strip()) if not found else None
    if paired and all(_listing(n) for n in paired.captures("name")):
        found += paired.captures("name")  # （视频 张三 剪辑 李四）: roles and names in turn, spaced, no colon or slash
    reported = _NAMES_REPORTED.fullmatch(segment.strip())
    if reported and not found:
        found += [n for n in regex.split(r"[\s、]+", reported["names"]) if _person_like(n)]
    for m in _PHOTO_BY.finditer(segment):
        name = m["name"] if len(m["name"]) <= 3 and (m.start() == 0 or not HAN.match(segment, m.start() - 1)) else None
        name = name or next((m["name"][i:] for i in (-3, -2) if has_surname(m["name"][i:])), None)
        if name and not any(name in n or n in name for n in found):
            found.append(name)
    return [
        n for n in dict.fromkeys(found)
        if not _looks_like_organisation(n) and not _ROLES.fullmatch(n) and n not in NOT_NAMES and n not in LINE_MARKERS
        and not (HAN.match(n) and n.endswith("者"))  # 受访者供图: who a person is (受访者, 志愿者), not a name
        and n not in CREDIT_CLOSERS and n not in CREDIT_ENDINGS
    ]


_PAPER_THEN_NAMES = regex_cache.compile(
    rf"\p{{Han}}{{1,8}}?(?:时报|日报|晚报|晨报|早报|商报|通讯社)[^\S\n]+(?P<names>{_NAME}(?:[^\S\n]*[、，,][^\S\n]*{_NAME}|[^\S\n]+{_NAME}){{0,3}})")
"""A byline of a paper's name and its reporters' names alone, set apart by spaces (工商时报 张三, 东方日报 张三 李四)."""
_UNIT_BEFORE_NAME = regex_cache.compile(rf"(?P<field>(?:{_ROLE})[^\S\n]{{0,3}}[/／：:][^\S\n]{{0,3}})\p{{Han}}{{1,8}}?"
                                       rf"(?:{alternation(CREDIT_UNIT_ENDINGS)})[^\S\n]+(?=\p{{Han}}{{2,4}}(?:[^\S\n]|$))")
"""A school's or an office's unit between a credit's role and the credited name, set apart by a space (作者：土木学院 张三)."""
_MENU_BAR = regex_cache.compile(r"[|｜]")
_NAMES_THEN_PARTS = regex_cache.compile(
    rf"(?P<names>{_NAME}(?:[^\S\n]*[、，,][^\S\n]*{_NAME}|[^\S\n]+{_NAME})*)[^\S\n]+[文图摄][^\S\n]*[/／、][^\S\n]*[文图摄]"
)
"""Names alone on a credit line before the parts of the work they did, joined by a slash (张三 文/摄, 李四 图/文)."""
_ALL_ROLES = tuple(w for w in (*CREDIT_ROLES, *SLASH_ROLES) if HAN.match(w))
_PAIRED_CREDITS = regex_cache.compile(
    rf"[（(【\[]?[^\S\n]*(?:(?:{alternation(_ALL_ROLES)})[^\S\n]+(?P<name>{_NAME})"
    rf"(?:(?:[^\S\n]*[、，,][^\S\n]*|[^\S\n]+)(?!(?:{alternation(_ALL_ROLES)})(?!\p{{Han}}))(?P<name>{_NAME}))*"
    rf"[^\S\n]*){{2,}}[）)】\]]?"
)
"""A credit of two roles or more, each followed by a space and its names (视频 张三 剪辑 李四, 文 张三 图 李四): every
role credits, even one that alone credits only before a slash or colon."""
_NAME_LIST_TO_END = regex_cache.compile(rf"{_NAME}(?:(?:[^\S\n]*[、，,][^\S\n]*|[^\S\n]+){_NAME})*[^\S\n]*")
"""Names of two or three characters alone to the end of a credit, set apart from the role by a space (见习记者 滑莉
肖然): each credits, whatever the surname lexicon says."""


def _listing(rest: str) -> bool:
    """Whether `rest` is a list of names alone to the end of a credit: no role, closing word or common word in it."""
    if _NAME_LIST_TO_END.fullmatch(rest) is None:
        return False
    from extractor.tokenizer import word_frequency

    names = regex.split(r"[^\S\n]*[、，,][^\S\n]*|[^\S\n]+", rest.strip())
    if any(_ROLES.fullmatch(n) or n in CREDIT_CLOSERS for n in names):
        return False
    common = [n for n in names if not _person_like(n) and word_frequency(n) > _COMMON]
    return not common or 2 * len(common) < len(names) - 1  # 滕飞 柴琳 贝宁 桑杰: a name may be a word too


_COMMON = 50
"""A word jieba counts more often than this is a word of prose (调查, 发现), no name without a surname."""


def _runs_on(segment: str, role: regex.Match) -> bool:
    """A role word glued to the Han after it that begins a longer dictionary word (摄影展, 记者会, 编辑部, 作者简介) is
    that word, no role."""
    from extractor.tokenizer import word_frequency

    end, word = role.end(), role.group()
    if not HAN.match(segment, end):
        return False
    return any(word_frequency(w + segment[end : end + k]) > 0 for w in {word, word[-2:]} for k in (1, 2)
               if end + k <= len(segment) and all(HAN.match(c) for c in segment[end : end + k]))


def _person_like(name: str) -> bool:
    return name.isascii() or any(dot in name for dot in NAME_DOTS) or has_surname(name)


def _bare_names(body: str) -> list[str]:
    """A bracket of names alone after a dateline or at the end of the text: (张三 李四), (张三李四六字)."""
    if _ROLES.search(body) or regex.search(r"提供|供图|图片|资料", body):
        return []
    bare = regex.sub(r"\s+", " ", body).strip()
    if regex.fullmatch(r"\p{Han}{6}", bare):
        return [bare[:3], bare[3:]]
    if regex.fullmatch(r"\p{Han}{2,3}(?: \p{Han}{2,3})*", bare):
        return [n for n in bare.split(" ") if not _looks_like_organisation(n) and n not in CREDIT_CLOSERS]
    return []


_NAME_BEFORE_STAMP = regex_cache.compile(rf"[^\S\n]*(?P<name>(?:{alternation(COMPOUND)})\p{{Han}}{{1,2}}|\p{{Han}}{{2,3}})[^\S\n]+")


def _named_before_stamp(head: str) -> list[str]:
    """A name alone before the page's timestamp on its line (王小明 2025年6月7日 週六 上午11:32): the author a portal prints
    there. The name needs a surname and must not be a word of prose (时间, 来源), a place or an organisation.

    >>> _named_before_stamp("王小明 "), _named_before_stamp("时间 "), _named_before_stamp("高雄 ")
    (['王小明'], [], [])
    """
    from extractor.tokenizer import word_frequency

    m = _NAME_BEFORE_STAMP.fullmatch(head)
    if m is None:
        return []
    name = m["name"]
    if not has_surname(name) or word_frequency(name) > _COMMON or name in KNOWN_PLACES or _looks_like_organisation(name) \
            or _ROLES.search(name) or name in NOT_NAMES:
        return []
    return [name]


def _looks_like_organisation(name: str) -> bool:
    return bool(regex.search(r"[社网报台局部厅会府处署司委办院馆所室组科队]$", name))


def clean(raw: str) -> Cleaned:
    """Blank the chrome of one article and collect its headline, authors and page date."""
    script = detect_script(raw)
    blanker = _Blanker(analysis_text(raw, script=script))
    images = _placeholder_lines(raw, blanker)
    text = "".join(blanker.chars)  # classified without its placeholders: a body line may carry an inline image
    cleaned = Cleaned(text=text, script=script)
    authors: list[str] = []

    stamp = find_published(raw)
    if stamp is not None:
        cleaned.published = stamp.value
    lines = _lines(text)
    for line in lines:
        in_stamp = stamp is not None and stamp.chrome and stamp.start < line.end and line.start < stamp.end
        line.kind = "chrome" if in_stamp and _han_count(text[stamp.end : line.end]) < SHORT_LINE else _classify(text[line.start : line.end], raw[line.start : line.end])
        if in_stamp and line.kind != "chrome":
            blanker.blank(max(stamp.start, line.start), min(stamp.end, line.end))

    listed = _listed_headlines(lines, text)
    if stamp is not None and stamp.chrome:
        _headline_over_the_stamp(lines, text, stamp.start)
    first_body = next((i for i, line in enumerate(lines) if line.kind == "body"), len(lines))
    if first_body < len(lines):  # a list above the headline runs on into the page's own header and byline
        listed = {start for start in listed if start > lines[first_body].start}
    _dated_information(lines[first_body:], text, stamp)
    _continuations(lines, text)
    _captions_under_images(lines, raw, images)
    cleaned.title = _headline(lines[:first_body], text)

    seen = _Paragraphs()
    for line in lines:
        s = text[line.start : line.end]
        if line.kind in ("chrome", "caption", "short"):
            if line.start not in listed and not _LINK_LINE.match(s):
                authors += _credited(s)
                if stamp is not None and stamp.chrome and line.start <= stamp.start < line.end:
                    authors += _named_before_stamp(text[line.start : stamp.start])
            blanker.blank(line.start, line.end)
            continue
        if line.kind != "body":
            continue
        lead = len(s) - len(s.lstrip())
        tag = _marker_prefix(s[lead:])
        blanker.blank(line.start + lead, line.start + lead + tag)
        authors += _strip_bylines(s, line.start, blanker, cleaned.dateline_places)
        key = regex.sub(r"\s+", "", "".join(blanker.chars[line.start : line.end]))
        if len(key) >= 12 and key in seen:
            blanker.blank(line.start, line.end)
            continue
        seen.add(key)

    cleaned.text = "".join(blanker.chars)
    cleaned.authors = [_as_written(raw, text, name) for name in dict.fromkeys(authors)]
    return cleaned


class _Paragraphs:
    """The body paragraphs met so far, to tell a repeat: one written before anywhere in the text (found by its
    hash), or one contained in a recent longer paragraph (a lead printed again inside the first paragraph).
    Looking only at the last RECENT paragraphs for containment keeps a long text's cost linear."""

    RECENT = 50

    def __init__(self) -> None:
        self._all: set[str] = set()
        self._recent: deque[str] = deque(maxlen=self.RECENT)

    def add(self, key: str) -> None:
        self._all.add(key)
        self._recent.append(key)

    def __contains__(self, key: str) -> bool:
        return key in self._all or any(key in earlier for earlier in self._recent)


def _as_written(raw: str, analysis: str, name: str) -> str:
    """The name in the input's script; a padded one (王　伟) without its padding."""
    at = analysis.find(name)
    if at >= 0:
        return raw[at : at + len(name)]
    padded = regex.search(r"[^\S\n]{0,2}".join(map(regex.escape, name)), analysis)
    return regex.sub(r"\s", "", raw[padded.start() : padded.end()]) if padded else name


def _headline_over_the_stamp(lines: list[_Line], text: str, stamp_start: int) -> None:
    """A headline may end in ？, ！, a closing quote or even 。 (譚光明：「…」): a single short sentence that opens the
    page right above its timestamp line is the headline, not the body's first paragraph."""
    filled = [line for line in lines if line.kind != "blank"]
    for line, below in zip(filled, filled[1:]):
        if line.kind == "body":
            s = text[line.start : line.end].strip()
            if below.kind == "chrome" and below.start <= stamp_start < below.end and _han_count(s) <= SHORT_LINE \
                    and not regex.search(r"[。！？]", s[:-1].rstrip("”」』’\"")):
                line.kind = "short"
            return


def _credit_line(s: str) -> bool:
    """A line that opens with an editor's role and credits names (责任编辑:甲　审核:乙, (编辑:甲), 【責任編輯:甲】): this article's
    credits after the list of other articles, not one of its headlines (a reporter's byline there is another article's)."""
    role = _EDITOR_ROLE.search(s)
    return role is not None and bool(_credited(s[role.start("role") :]))


_EDITOR_ROLE = regex_cache.compile(r"(?:^|[】\]〕）)\s|｜,，。])[（(【\[〔]?\s*(?P<role>" + alternation(EDITOR_ROLES) + ")")
"""An editor's role opening a line or following a bracketed notice on it (【版权所有…】责任编辑:甲)."""


def _listed_headlines(lines: list[_Line], text: str) -> set[int]:
    """The lines under a heading such as 相关新闻 or 延伸阅读 are other articles' headlines, chrome even when one
    ends in a quote or question mark; the list ends at the first line that reads as prose (a full stop or a long line) or
    credits this article's people.
    Returns the start offsets of the listed lines: their bylines credit the other articles' reporters, not this one's."""
    in_list, listed = False, set()
    for line in lines:
        s = text[line.start : line.end].strip()
        if not s:
            continue
        heading = LIST_HEADING.match(s)
        if heading and _han_count(s[heading.end() :]) <= SHORT_LINE:
            line.kind, in_list = "chrome", True
        elif in_list and _han_count(s) <= SHORT_LINE and "。" not in s and not _credit_line(s):
            line.kind = "chrome"
            listed.add(line.start)
        else:
            in_list = False
    return listed


def _dated_information(lines: list[_Line], text: str, stamp) -> None:
    """A labelled date under the first paragraph (时间：4月12日至13日, 报名截止：4月5日) is the article's information
    block, not furniture: the event's or the deadline's date. The page's own stamp and its source bar stay chrome."""
    for line in lines:
        s = text[line.start : line.end]
        if line.kind in ("chrome", "short", "caption") and _DATE_LABEL.match(s) \
                and (_DATE_OPENING.search(s) or _DOTTED_DAYS.match(s, _DATE_LABEL.match(s).end())) \
                and not any(w in s for w in SOURCE_BAR) and not _PRINT_LABEL.match(s) \
                and not (stamp is not None and stamp.start < line.end and line.start < stamp.end):
            line.kind = "body"


def _continuations(lines: list[_Line], text: str) -> None:
    """Short lines that are body after all: one continuing a line cut by a hard break, one cut by a hard break after a
    list mark or comma (出席的有某局局长甲、|某委主任乙。) with body after it, and a truncated last paragraph."""
    previous = None
    roster = False
    filled = [line for line in lines if line.kind != "blank"]
    for line in filled:
        if line.kind == "short" and previous is not None and previous.kind == "body":
            tail = text[previous.start : previous.end].rstrip()
            if tail and tail[-1] in "，、：（" or roster and _ROSTER_ITEM.fullmatch(text[line.start : line.end].strip()):
                line.kind = "body"  # 出席嘉宾：|某局局长甲|某公司董事长乙: a roster's items set one a line go on from its label
        if line.kind == "body":
            stripped = text[line.start : line.end].strip()
            roster = bool(_ROSTER_LINE.match(stripped)) and stripped[-1] in "：:" or roster and previous is not None \
                and _ROSTER_ITEM.fullmatch(stripped) is not None
        else:
            roster = False
        previous = line
    following = None
    for line in reversed(filled):
        if line.kind == "short" and following is not None and following.kind == "body":
            tail = text[line.start : line.end].rstrip()
            if tail and tail[-1] in "，、" and _han_count(tail) >= 4:
                line.kind = "body"
        following = line
    while filled and (filled[-1].kind == "chrome" or filled[-1].kind == "short" and _LINK_BAR.search(text, filled[-1].start, filled[-1].end)):
        filled.pop()  # credits, share buttons and link bars after the cut (责任编辑：X, 分享至：…, 【今日热话】A | B)
    before = len(filled) - 2
    while before >= 0 and filled[before].kind == "caption":
        before -= 1  # a photo's caption set between the body and its cut last paragraph
    if before >= 0 and filled[-1].kind == "short" and filled[before].kind == "body":
        last = text[filled[-1].start : filled[-1].end]
        if "，" in last and _han_count(last) >= 15 or _OPENS_WORDS.search(last):
            filled[-1].kind = "body"


_ROSTER_ITEM = regex_cache.compile(r"[\p{Han}·（）()]{3,30}")
_LINK_BAR = regex_cache.compile(r"(?m)[|｜]|分享|^【[^】]{1,8}】")
"""A bar of links or share buttons (【今日热话】A | B, 分享至：Facebook 微信): page furniture, wherever the line is classed."""
"""A line of a roster's list set one item a line (某局局长甲): Han characters only, no mark of a sentence."""


_OPENS_WORDS = regex_cache.compile("(?:" + alternation(SPEECH_VERBS) + r")(?:时|道|说)?\s*[：:，,]\s*[“「『\"]\s*\p{Han}")
"""A verb of speech, punctuation and an opening mark with words after it: a paragraph cut off inside a quotation, body."""


def _placeholder_lines(raw: str, blanker: _Blanker) -> set[int]:
    """Blank the image placeholders; return the start offsets of the lines that held nothing else."""
    if not any(clue in raw for clue in _PLACEHOLDER_CLUES):
        return set()
    for m in _PLACEHOLDER.finditer(raw):
        blanker.blank(m.start(), m.end())
    return {line.start for line in _lines(raw) if _PLACEHOLDER.fullmatch(raw[line.start : line.end].strip("| "))}


def _captions_under_images(lines: list[_Line], raw: str, images: set[int]) -> None:
    """A short line right under an image placeholder that opens with a date (6月2日，嘉宾参观展区。) is its caption."""
    under_image = False
    for line in lines:
        s = raw[line.start : line.end].strip()
        if not s:
            continue
        if under_image and line.kind == "body" and _han_count(s) <= SHORT_LINE and _DATE_OPENING.match(s):
            line.kind = "caption"
        under_image = line.start in images


def _headline(header: list[_Line], text: str) -> Optional[tuple[int, int]]:
    """The headline is the block of short lines nearest before the page's date/source lines, or the first one."""
    candidates: list[list[_Line]] = [[]]
    for line in header:
        s = text[line.start : line.end].strip()
        if line.kind == "short" and _han_count(s) >= 6:
            candidates[-1].append(line)
        elif line.kind != "blank":
            if candidates[-1]:
                candidates.append([])
    blocks = [b for b in candidates if b]
    if not blocks:
        return None
    chosen = blocks[0][0]
    for i, line in enumerate(header):
        if line.kind == "chrome" and any(b[-1].end <= line.start for b in blocks):
            chosen = [b for b in blocks if b[-1].end <= line.start][-1][0]
            break
    s = text[chosen.start : chosen.end]
    start = chosen.start + len(s) - len(s.lstrip())
    return start, chosen.start + len(s.rstrip())


def _strip_bylines(line: str, offset: int, blanker: _Blanker, places: list[str]) -> list[str]:
    """Bylines and datelines at the start or end of a body paragraph: names and places out, the text blanked."""
    names: list[str] = []
    lead = len(line) - len(line.lstrip())
    body = line[lead:]
    m = _DATELINE.match(body)
    if m and not m["agency"] and "月" not in m["date"]:
        m = None  # 2024年11月6日讯 and 11月6日讯 are datelines without an agency; 3日电 alone is not
    if m and "月" not in m["date"] and not (_AGENCY.search(m["agency"]) or _DATELINE_END.match(body, m.end("tail"))):
        m = None  # a day alone: 该市3日电力供应 is no dateline; 新华社北京3日电 and 记者X台北3日电 are
    if m and "、" in m["agency"] and not _ROLES.search(m["agency"].split("、")[0]):
        m = None  # 、 joins the reporters a role word credits (中央社记者张三、李四台中5日电), never two agencies or places
    if m:
        agency, role = m["agency"], _ROLES.search(m["agency"])
        if role:  # 中央社记者陈宏志台北3日电: the reporter is credited between the agency and the place
            reporters = _credited(agency[role.start() :] + m["date"][m["date"].rfind("月") + 1 :] + m["tail"])
            names += reporters
            place = agency[agency.rfind(reporters[-1]) + len(reporters[-1]) :] if reporters else ""
        else:
            place = _AFTER_AGENCY.sub("", agency).lstrip("/／")
        if place + m["tail"][:-1]:
            places.append(place + m["tail"][:-1])
        blanker.blank(offset + lead + m.start("agency"), offset + lead + m.end("agency"))
        blanker.blank(offset + lead + m.start("tail"), offset + lead + m.end())
        if m["paren"]:
            names += _credited(m["paren"]) or _bare_names(m["paren"])
    else:
        m = _SOURCE_LEAD.match(body)
        if m and not (_AGENCY.search(m["agency"]) or _NEWS_FLASH.search(m["agency"])):
            m = None  # 阿里巴巴集团与腾讯…: a word ending in 讯 opens no news lead without a paper, site or day
        elif m and _COMMUNICATIONS_IN_A_NAME.search(m["agency"]) and not _AGENCY_NAME.search(m["agency"]) \
                and HAN.match(body, m.end()):
            m = None  # 某某通讯|设备有限公司, 国家通讯|传播委员会, 出席记者会的通讯|及新闻部: the word 通讯 glued to the rest of a name, no flash
        dated = _BRACKET_DATE.search(m["agency"]) if m else None
        if dated:  # 【新加坡16日讯】: the day is the dateline's date, a date mention of the body
            places.append(dated["place"])
            blanker.blank(offset + lead + m.start(), offset + lead + m.start("agency") + dated.start("date"))
            blanker.blank(offset + lead + m.start("agency") + dated.end("date"), offset + lead + m.end())
        elif m:
            blanker.blank(offset + lead + m.start(), offset + lead + m.end())
    start = lead + (m.end() if m else 0)
    byline = _LEAD_BYLINE.match(line, start) or (_LEAD_BYLINE_SPACED.match(line, start) if m else None)
    credited = _credited(byline.group()) if byline else []
    if credited:
        names += credited
        blanker.blank(offset + byline.start(), offset + byline.end())
    for b in _BYLINE_BRACKET.finditer(line):
        names += _credited(b["body"])
        place = regex.search(r"[/／]\s*(\p{Han}{2,4}?)\s*(?:即时)?(?:报导|报道)?$", b["body"])  # 台北即时报导: 即时 says how, not where
        if place and place.group(1) not in REPORT_KINDS:
            places.append(place.group(1))
        dated = _BRACKET_DATE.search(b["body"])
        if dated:
            day_start, day_end = offset + b.start("body") + dated.start("date"), offset + b.start("body") + dated.end("date")
            places.append(dated["place"])
            blanker.blank(offset + b.start(), day_start)
            blanker.blank(day_end, offset + b.end())
        else:
            blanker.blank(offset + b.start(), offset + b.end())
    credit = _EDITOR_CREDIT.search(line)
    if credit:
        blanker.blank(offset + credit.start(), offset + credit.end())
    credit = _trailing_credit(line.rstrip())
    if credit:
        names += _credited(credit.group())
        blanker.blank(offset + credit.start(), offset + credit.end())
    tail = _NAMES_ONLY.search(line)
    if tail and line.rstrip()[-1] in "）)":
        names += _bare_names(tail["names"])
        blanker.blank(offset + tail.start(), offset + tail.end())
    return names
