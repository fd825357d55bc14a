"""Component `zh_event`: the article's main event (name, kind, edition, theme, dates, place, organisers, segments).

Sets `doc.spans["event"]` (the name mention) and `doc.user_data["event"]` (a `models.Event`).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span as DocSpan

from extractor.components.entities import _ORG_SUFFIX, _is_organization
from extractor.dates import find_durations
from extractor.lexicon.events import KINDS, OCCASION_WORDS, PAIRED_KINDS, SEGMENT_WORDS
from extractor.numbers import parse_number
from models import Event, Organizer, Place

_KEYWORD = regex.compile("|".join(sorted(map(regex.escape, KINDS), key=len, reverse=True)) + r"|(?<![发开进拓施伸扩推])展(?![示开期现览出望销位区馆品商会厅台开])")
_NAME_CHARS = regex.compile(r"[\p{Han}\dA-Za-z()（）·—\-“”「」 ]")
_STOP = regex.compile(
    r"^.*(?:在|的|于|由|举办|举行|召开|出席|参加|为|是|了|将|以|至|从|迎来|开幕|闭幕|落幕|(?:\d|[一二三四五六七八九十])日|今|昨|上午|下午|晚上|期间|本届|本次|今年|随着|当天|当日|参观|届时|假)"
)
_EDITION = regex.compile(r"第?(?P<n>[\d一二三四五六七八九十百零〇两廿卅]+)届")
_OPENING = regex.compile(r"^[^，。；]{0,20}?(?:开幕|举行|举办|召开|揭幕|帷幕|闭幕|落幕|启幕|开展|登场|开馆|开启|启动|圆满结束|隆重|盛大)")
_CLOSING = regex.compile(r"^[^，。；]{0,20}?(?:闭幕|落幕|落下帷幕|圆满结束|结束)")
_THEMES = (
    regex.compile(r"以\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』]\s*为(?:主题|题|年度主题)(?P<after>的?)"),
    regex.compile(r"主题(?:为|是)\s*[：]?\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』](?P<after>)"),
    regex.compile(r"(?:围绕|紧扣|聚焦)\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』]\s*(?:这一|的)?(?:主题|主线)(?P<after>)"),
)
_ORGANIZERS = regex.compile(
    r"由(?P<names>[^，。；：由]{2,120}?)(?:共同|联合)?(?P<verb>主办|举办|承办|协办|联合主办|共同主办|指导|支持|赞助|主催)"
)
_PLAIN_ORGANIZERS = (
    regex.compile(r"(?:^|[，。；\n])(?P<names>[^，。；：\n]{2,60}?)(?:联合|共同)(?P<verb>举办|主办)"),
    regex.compile(r"主办(?:机构|单位|方)\s*(?:为|是|：)?\s*(?P<names>[^，。；：\n（]{2,60}?)(?P<verb>)(?=[（，。；\n]|于)"),
)
_FOLLOWING_ROLE = regex.compile(r"^[，、]\s*(?P<names>[^，。；：由]{2,80}?)(?:共同|联合)?(?P<verb>承办|协办|支持|赞助)")
_ROLE_OF = {"主办": "organizer", "举办": "organizer", "联合主办": "organizer", "共同主办": "organizer", "主催": "organizer",
            "承办": "host", "协办": "co-organizer", "指导": "supporter", "支持": "supporter", "赞助": "sponsor"}
_COUNTRY = regex.compile(r"中国|全国|国际|中华|世界|全球|海内外|两岸|亚洲|欧洲")
_PROVINCE = regex.compile(r"(?:省|自治区)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$")


class EventComponent:
    """Finds the event the article reports and its frame."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        source = doc.user_data.get("source_text", text)
        found = main_event_name(text)
        if found is None:
            doc.user_data["event"] = None
            doc.spans["event"] = []
            return doc
        start, end = found
        name = text[start:end]
        span = doc.char_span(start, end, label="EVENT", alignment_mode="expand")
        doc.spans["event"] = [span] if span is not None else []
        edition = _EDITION.match(name)
        when = _event_dates(doc, start, end)
        doc.user_data["event"] = Event(
            name=source[start:end],
            name_span={"start": start, "end": end, "text": source[start:end]},
            kind=event_kind(name, text),
            edition=int(parse_number(edition["n"])) if edition and parse_number(edition["n"]) is not None else None,
            theme=_theme(text, source, start, end),
            start=when[0],
            end=when[1],
            location=_place(doc, start, end, source),
            organizers=_organizers(text, source),
            segments=_segments(doc, source),
        )
        return doc


_NOT_EVENT_AFTER = regex.compile(r"^(?:中心|展览中心|馆|厅|室|大厦|场馆|秘书处|常设|组委会|委员会|办公室|执委会|理事会|主席|秘书长|代表|会员)|^[”」』]\s*为(?:主题|题)")


def _candidates(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _KEYWORD.finditer(text):
        end = m.end()
        if _NOT_EVENT_AFTER.match(text[end:]):
            continue
        start = end
        while start > 0 and _NAME_CHARS.match(text[start - 1]) and end - start < 60:
            start -= 1
        run = text[start:m.start()]
        stop = _STOP.match(run)
        if stop:
            start += stop.end()
        while start < m.start() and text[start] in " ）)":
            start += 1
        name = text[start:end]
        if name.count("“") != name.count("”") or name.count("「") != name.count("」"):
            start += 1 if text[start] in "“「" else 0
            name = text[start:end]
        if len(name) < 4 or not regex.search(r"\p{Han}{2}", text[start:m.start()]):
            continue
        found.append((start, end))
    return found


def _join_paired(text: str, start: int, end: int) -> int:
    """`…推介会暨项目签约仪式`: a name joined by 暨 runs to the last event word before the clause goes on."""
    tail = regex.match(r"暨[^，。；：、\s]{1,40}", text[end:])
    if not tail:
        return end
    clause = tail.group()
    stop = regex.search(r"在|于|举行|举办|召开|开幕|上午|下午|(?:\d|[一二三四五六七八九十])日", clause[1:])
    if stop:
        clause = clause[: stop.start() + 1]
    ends = [k.end() for k in _KEYWORD.finditer(clause) if not _NOT_EVENT_AFTER.match(clause[k.end():] + text[end + len(clause):end + len(clause) + 4])]
    return end + ends[-1] if ends else end


def _quoted_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A name quoted with a subtitle (“…研讨会——…对话”) is the whole quoted text."""
    if start > 0 and text[start - 1] in "“「":
        close = "”" if text[start - 1] == "“" else "」"
        at = text.find(close, end, end + 30)
        if at > 0 and not regex.search(r"[，。；]", text[end:at]):
            return start, at
    return start, end


def main_event_name(text: str) -> Optional[tuple[int, int]]:
    """The first fully written event name that the text says is held, opened or attended; else the first one."""
    candidates = []
    for start, end in _candidates(text):
        end = _join_paired(text, start, end)
        start, end = _quoted_whole(text, start, end)
        name = text[start:end]
        occasion = regex.search("(?:" + "|".join(OCCASION_WORDS) + ")$", name)
        if occasion and _KEYWORD.search(name[: occasion.start()]):
            end -= len(occasion.group())
        candidates.append((start, end))
    if not candidates:
        return None
    held = [c for c in candidates if _OPENING.match(text[c[1] :]) or regex.search(r"(?:出席|参加|举办|举行|召开|在)[^，。；]{0,6}$", text[: c[0]])
            or _EDITION.match(text[c[0] : c[1]]) or regex.match(r"\d{4}", text[c[0] : c[1]])]
    pool = held or candidates
    announced = [c for c in pool if regex.search(r"发布会$", text[c[0] : c[1]])]
    for outer in announced:
        inner = [c for c in candidates if outer[0] < c[0] and c[1] < outer[1] and text[c[0] - 1] in "“「"]
        if inner:
            pool = [c for c in pool if c != outer] + inner[:1]
    first = min(pool)
    same_start = sorted({c for c in pool if c[0] == first[0]}, key=lambda c: c[1])
    chosen = same_start[0]
    for longer in same_start[1:]:
        extra = text[chosen[1] : longer[1]]
        if "暨" in extra or extra.startswith(("“", "「")) or regex.fullmatch("(?:" + "|".join(PAIRED_KINDS) + ")", extra):
            chosen = longer
    return chosen


def event_kind(name: str, text: str) -> str:
    """From the event word of the name's first part (its second when the first is a signing or promotion session)."""
    parts = name.split("暨")
    words = [_KEYWORD.findall(p) for p in parts]
    words = [w[-1] for w in words if w]
    if not words:
        return "other"
    word = words[1] if len(words) > 1 and words[0] in PAIRED_KINDS else words[0]
    if regex.search(r"活动$", name):
        return "other"
    return KINDS.get(word, "expo" if word == "展" else "other")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    e = min((i for i in (text.find(c, end) for c in "。！？\n") if i >= 0), default=len(text))
    return s, e


def _event_dates(doc: Doc, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    text = doc.text
    s, e = _sentence(text, start, end)
    dates = [d._.attrs for d in doc.spans.get("dates", []) if s <= d._.attrs["start"] < e and d._.attrs.get("precision") in ("day", "range")]
    published = doc.user_data.get("published")
    first = None
    if dates:
        first = min(dates, key=lambda a: abs(a["start"] - start))
    elif published and regex.search(r"今天|今日|今\s*（|今早|今晨|今午", text[s:e]):
        first = {"value": published, "start_value": published, "end_value": published, "precision": "day"}
    if first is None:
        return None, None
    if first["precision"] == "range":
        return first["start_value"], first["end_value"]
    day = first["value"]
    durations = find_durations(text)
    if not durations:
        return day, None
    days = durations[0].days
    if _CLOSING.match(text[end:]) and not _OPENING.match(text[end:]).group().endswith(("开幕", "举行")):
        return _shift(day, -(days - 1)), day
    return day, _shift(day, days - 1)


def _shift(value: Optional[str], days: int) -> Optional[str]:
    if not value:
        return value
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        moved = dt.date(2001, month, day) + dt.timedelta(days=days)
        return f"--{moved.month:02d}-{moved.day:02d}"
    if len(value) != 10:
        return None
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _theme(text: str, source: str, start: int, end: int) -> Optional[str]:
    """The first stated theme, unless it is the theme of some other, named activity (以“…”为主题的X)."""
    name = text[start:end]
    for pattern in _THEMES:
        for m in pattern.finditer(text):
            if m["after"] and m.end() != start and not text.startswith(name[:4], m.end()):
                continue
            return source[m.start("theme") : m.end("theme")]
    return None


def _place(doc: Doc, start: int, end: int, source: str) -> Optional[Place]:
    """City from the name's bracket (中国(镇江)), else the place after 在 in the event's sentence, else a place in the name."""
    text = doc.text
    s, e = _sentence(text, start, end)
    locations = [l for l in doc.spans.get("locations", []) if not _COUNTRY.fullmatch(l.text)]
    after_at = [l for l in locations if s <= l.start_char < e and not (start <= l.start_char < end)
                and regex.search(r"(?:在|于|赴|到)[^，。；]{0,3}$", text[s : l.start_char])]
    in_name = [l for l in locations if start <= l.start_char < end]
    paren = regex.search(r"[（(](\p{Han}{2,4})[)）]", text[start:end])
    names: list[tuple[int, int]] = []
    if paren:
        names.append((start + paren.start(1), start + paren.end(1)))
    for group in (after_at, in_name):
        if group:
            first = group[0]
            run = [(first.start_char, first.end_char)]
            for l in group[1:]:
                if l.start_char == run[-1][1]:
                    run.append((l.start_char, l.end_char))
            names += run
            break
    if not names:
        return None
    strings = [source[a:b] for a, b in names]
    province = next((n for (a, b), n in zip(names, strings) if _PROVINCE.search(text[a:b])), None)
    city = next((n for n in strings if n != province), None)
    span = (min(a for a, _ in names), max(b for _, b in names))
    return Place(text=source[span[0] : span[1]] if span[1] - span[0] <= 20 else "".join(dict.fromkeys(strings)), city=city, province=province)


def _organizers(text: str, source: str) -> list[Organizer]:
    found: list[Organizer] = []
    for m in _ORGANIZERS.finditer(text):
        found += _split_organizers(text, source, m.start("names"), m["names"], m["verb"])
        follow = _FOLLOWING_ROLE.match(text[m.end() :])
        if follow:
            found += _split_organizers(text, source, m.end() + follow.start("names"), follow["names"], follow["verb"])
    for pattern in _PLAIN_ORGANIZERS:
        for m in pattern.finditer(text):
            found += _split_organizers(text, source, m.start("names"), m["names"], m["verb"] or "主办")
    seen, unique = set(), []
    for org in found:
        if org.name not in seen:
            seen.add(org.name)
            unique.append(org)
    return unique


def _split_organizers(text: str, source: str, offset: int, names: str, verb: str) -> list[Organizer]:
    out = []
    for m in regex.finditer(r"[^、和及与]+", names):
        lead = regex.match(r"\s*(?:由|是|为)?\s*", m.group()).end()
        name = regex.sub(r"(?:\d+|[一二三四五六七八九十]+)[县市省]$", "", m.group()[lead:].rstrip())
        if name.startswith("我会") or len(name) < 2 or not (_ORG_SUFFIX.search(name) and _is_organization(name) or regex.search(r"[市县省]$", name)):
            continue
        start = offset + m.start() + lead
        out.append(Organizer(name=source[start : start + len(name)], role=_ROLE_OF.get(verb, "organizer")))
    return out


def _segments(doc: Doc, source: str) -> list[str]:
    segments: list[str] = []
    for span in doc.spans.get("figures", []):
        a = span._.attrs
        subject = a.get("subject") or ""
        if a.get("items") and regex.search("(?:" + "|".join(SEGMENT_WORDS) + ")$", subject):
            segments += [i for i in a["items"] if i not in segments]
    return [_source_form(doc.text, source, s) for s in segments]


def _source_form(text: str, source: str, s: str) -> str:
    at = text.find(s)
    return source[at : at + len(s)] if at >= 0 else s


@Language.factory("zh_event", assigns=["doc.spans", "doc.user_data"], requires=["doc.spans"], default_config={})
def make_event(nlp: Language, name: str) -> EventComponent:
    return EventComponent(nlp, name)
