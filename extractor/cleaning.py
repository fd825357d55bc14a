"""Cleaning: find page chrome, captions, bylines, the headline and repeated paragraphs, and blank them out.

Blanking replaces characters with spaces (newlines kept), so the cleaned analysis text keeps the
input's length and offsets; later stages see only the article body.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from extractor.dates import find_published
from extractor.lexicon.chrome import (
    CREDIT_ENDINGS,
    LINE_MARKERS,
    LINE_WORDS,
    REPORTER_WORDS,
)
from extractor.normalise import analysis_text, detect_script

TERMINAL = "。！？；…”」』’\"）)"
SHORT_LINE = 40
"""A line with at most this many Han characters and no closing punctuation is a caption or heading."""

_HAN = regex.compile(r"\p{Han}")
_NAME = r"\p{Han}{2,3}"
_MARKER = regex.compile(
    r"^[\s【\[〔（(]*(?:" + "|".join(sorted(map(regex.escape, LINE_MARKERS), key=len, reverse=True)) + r")\s*(?:[：:】\]|｜]|$)"
)
_WORDS = regex.compile("|".join(map(regex.escape, LINE_WORDS)))
_NAV_SPLIT = regex.compile(r"[\s|｜•·>»/]+")
_CREDIT_END = regex.compile(
    r"(?:" + "|".join(map(regex.escape, CREDIT_ENDINGS)) + r")\s*[）)】]?\s*$"
)
_PLACEHOLDER = regex.compile(r"!\[[^\]]*\]\([^)]*\)|<image>.*?</image>|<img[^>]*>|\S+\.(?:jpe?g|png|gif|webp)\b|\bendprint\b")
_PLACEHOLDER_CLUES = ("![", "<image>", "<img", ".jpg", ".jpeg", ".png", ".gif", ".webp", "endprint")
"""One of these is in every placeholder: a text without them is not scanned (the scan tries every position)."""
_REPORTER = "|".join(sorted(map(regex.escape, REPORTER_WORDS), key=len, reverse=True))
_BYLINE_BRACKET = regex.compile(
    r"[【〔\[（(]\s*(?P<body>[^【〔\[（()）\]〕】\n]{0,30}?(?:记者|通讯员|编辑|摄|报道|报导)[^【〔\[（()）\]〕】\n]{0,20})[】〕\]）)]"
)
_BYLINE_LINE = regex.compile(
    r"^\s*(?:\S{0,12}?)(?:见习记者|特约记者|本报记者|记者)\s*(?P<name>" + _NAME + r")\s*(?:[/／]\s*\S{2,4})?\s*(?:报道|报导)\s*$"
)
_PERSON_AFTER = regex.compile(
    r"(?:" + _REPORTER + r")\s*[：:/／]?\s*(?P<name>\p{Han}{2,3}(?:·\p{Han}{1,6})?)(?=[\s/／）)】〕,，、。]|摄|$|\p{Han}{2,4}(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯])"
)
_PERSON_BEFORE_PHOTO = regex.compile(r"(?P<name>" + _NAME + r")\s*摄")
_NAMES_ONLY = regex.compile(r"[（(]\s*(?P<names>" + _NAME + r"(?:\s+" + _NAME + r")+)\s*[）)]\s*$")
_DATELINE = regex.compile(
    r"^(?P<agency>[^\s，。：、（(“「]{2,14}?)(?P<date>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?P<tail>[^\s，。（(“「]{0,4}?[电讯])"
    r"(?:\s*[（(](?P<paren>[^）)]{2,30})[）)])?\s*[/／]?"
)
_SOURCE_LEAD = regex.compile(r"^(?P<agency>[^\s，。：、（(“「]{2,14}?讯)(?=\s*[（(]|\d|\p{Han})")
_BRACKET_DATE = regex.compile(
    r"(?P<place>\p{Han}{2,4}?)(?P<date>(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)[电讯]"
)
_AGENCY_CREDIT = regex.compile(r"[（(](?P<body>[^（()）]{0,20}?" + _NAME + r"\s*摄)[）)]")


_PHOTO = regex.compile(r"^图(?:\s*[：:/]|为)")


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
    lines, pos = [], 0
    for part in text.split("\n"):
        lines.append(_Line(pos, pos + len(part)))
        pos += len(part) + 1
    return lines


def _han_count(s: str) -> int:
    return len(_HAN.findall(s))


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


def _classify(s: str) -> str:
    stripped = s.strip()
    if not stripped:
        return "blank"
    if not _HAN.search(stripped) or _PLACEHOLDER.fullmatch(stripped.strip("| ")):
        return "chrome"
    if _marker_prefix(stripped):
        return "body"
    if _MARKER.search(stripped) or (_WORDS.search(stripped) and _han_count(stripped) <= SHORT_LINE):
        return "chrome"
    if _is_nav(stripped):
        return "chrome"
    if stripped[0] in "▲△▼◆■●" or _PHOTO.match(stripped):
        return "caption"
    if _CREDIT_END.search(stripped) and _han_count(stripped) <= 80:
        return "caption"
    if _han_count(stripped) <= SHORT_LINE and stripped[-1] not in TERMINAL:
        return "short"
    return "body"


class _Blanker:
    def __init__(self, text: str):
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        if end <= start:
            return
        for i in range(start, end):
            if self.chars[i] != "\n":
                self.chars[i] = " "


def _names_in_byline(body: str) -> list[str]:
    names = [m["name"] for m in _PERSON_AFTER.finditer(body)]
    names += [m["name"] for m in _PERSON_BEFORE_PHOTO.finditer(body) if m["name"] not in names]
    if not names and not regex.search(r"提供|供图|图片|资料", body):
        bare = regex.sub(r"\s+", " ", body).strip()
        if regex.fullmatch(r"\p{Han}{6}", bare):
            names = [bare[:3], bare[3:]]
        elif regex.fullmatch(r"\p{Han}{2,3}(?: \p{Han}{2,3})*", bare):
            names = bare.split(" ")
    return [n for n in names if not _looks_like_organisation(n)]


def _looks_like_organisation(name: str) -> bool:
    return bool(regex.search(r"[社网报台局部厅会府处]$", name))


def clean(raw: str) -> Cleaned:
    """Blank the chrome of one article and collect its headline, authors and page date."""
    text = analysis_text(raw)
    blanker = _Blanker(text)
    cleaned = Cleaned(text=text, script=detect_script(raw))
    authors: list[str] = []

    stamp = find_published(raw)
    if stamp is not None:
        cleaned.published = stamp.value
    lines = _lines(text)
    for line in lines:
        in_stamp = stamp is not None and stamp.chrome and stamp.start < line.end and line.start < stamp.end
        line.kind = "chrome" if in_stamp and _han_count(text[stamp.end : line.end]) < SHORT_LINE else _classify(text[line.start : line.end])
        if in_stamp and line.kind != "chrome":
            blanker.blank(max(stamp.start, line.start), min(stamp.end, line.end))

    first_body = next((i for i, l in enumerate(lines) if l.kind == "body"), len(lines))
    _continuations(lines, text)
    cleaned.title = _headline(lines[:first_body], text)

    seen: list[str] = []
    for line in lines:
        s = text[line.start : line.end]
        if line.kind in ("chrome", "caption", "short"):
            authors += _caption_authors(s)
            blanker.blank(line.start, line.end)
            continue
        if line.kind != "body":
            continue
        lead = len(s) - len(s.lstrip())
        tag = _marker_prefix(s[lead:])
        blanker.blank(line.start + lead, line.start + lead + tag)
        authors += _strip_bylines(s, line.start, blanker, cleaned.dateline_places)
        key = regex.sub(r"\s+", "", "".join(blanker.chars[line.start : line.end]))
        if len(key) >= 12 and any(key in earlier for earlier in seen):
            blanker.blank(line.start, line.end)
            continue
        seen.append(key)
    if any(clue in text for clue in _PLACEHOLDER_CLUES):
        for m in _PLACEHOLDER.finditer(text):
            blanker.blank(m.start(), m.end())

    cleaned.text = "".join(blanker.chars)
    cleaned.authors = [_as_written(raw, text, name) for name in dict.fromkeys(authors)]
    return cleaned


def _as_written(raw: str, analysis: str, name: str) -> str:
    at = analysis.find(name)
    return raw[at : at + len(name)] if at >= 0 else name


def _continuations(lines: list[_Line], text: str) -> None:
    """Short lines that are body after all: one continuing a line cut by a hard break, and a truncated last paragraph."""
    previous = None
    filled = [line for line in lines if line.kind != "blank"]
    for line in filled:
        if line.kind == "short" and previous is not None and previous.kind == "body":
            tail = text[previous.start : previous.end].rstrip()
            if tail and tail[-1] in "，、：（":
                line.kind = "body"
        previous = line
    if len(filled) >= 2 and filled[-1].kind == "short" and filled[-2].kind == "body":
        last = text[filled[-1].start : filled[-1].end]
        if "，" in last and _han_count(last) >= 15:
            filled[-1].kind = "body"


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


def _caption_authors(line: str) -> list[str]:
    names = []
    for m in _AGENCY_CREDIT.finditer(line):
        names += _names_in_byline(m["body"])
    m = _BYLINE_LINE.match(line)
    if m:
        names.append(m["name"])
    elif _CREDIT_END.search(line) and regex.search(r"记者|摄", line):
        tail = line.rsplit("。", 1)[-1]
        names += [n for n in _names_in_byline(tail) if n not in names]
    elif regex.search(r"(?:作者|编辑|责任编辑)\s*[：:]", line):
        names += [m["name"] for m in _PERSON_AFTER.finditer(line)]
    elif regex.search(r"记者", line) and _han_count(line) <= SHORT_LINE:
        names += [m["name"] for m in _PERSON_AFTER.finditer(line)]
    return names


def _strip_bylines(line: str, offset: int, blanker: _Blanker, places: list[str]) -> list[str]:
    """Bylines and datelines at the start or end of a body paragraph: names and places out, the text blanked."""
    names: list[str] = []
    lead = len(line) - len(line.lstrip())
    body = line[lead:]
    m = _DATELINE.match(body)
    if m:
        places.append(regex.sub(r"^.*?(?:社|网|报|台|电视|新闻|中心)", "", m["agency"]) + m["tail"][:-1])
        blanker.blank(offset + lead + m.start("agency"), offset + lead + m.end("agency"))
        blanker.blank(offset + lead + m.start("tail"), offset + lead + m.end())
        if m["paren"]:
            names += _names_in_byline(m["paren"])
    else:
        m = _SOURCE_LEAD.match(body)
        if m:
            blanker.blank(offset + lead + m.start(), offset + lead + m.end())
    for b in _BYLINE_BRACKET.finditer(line):
        names += _names_in_byline(b["body"])
        place = regex.search(r"[/／]\s*(\p{Han}{2,4})\s*(?:报导|报道)?$", b["body"])
        if place:
            places.append(place.group(1))
        dated = _BRACKET_DATE.search(b["body"])
        if dated:
            day_start, day_end = offset + b.start("body") + dated.start("date"), offset + b.start("body") + dated.end("date")
            places.append(dated["place"])
            blanker.blank(offset + b.start(), day_start)
            blanker.blank(day_end, offset + b.end())
        else:
            blanker.blank(offset + b.start(), offset + b.end())
    credit = regex.search(r"[（(](?:编辑|责任编辑|责编)\s*[：:]\s*(?P<name>" + _NAME + r")[）)].*$", line)
    if credit:
        names.append(credit["name"])
        blanker.blank(offset + credit.start(), offset + credit.end())
    tail = _NAMES_ONLY.search(line)
    if tail and line.rstrip()[-1] in "）)":
        names += tail["names"].split()
        blanker.blank(offset + tail.start(), offset + tail.end())
    return names
