"""Component `zh_event`: the article's main event (name, kind, edition, theme, dates, place, organisers, segments).

Sets `doc.spans["event"]` (the name mention) and `doc.user_data["event"]` (a `models.Event`).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components import occurrences, text_of
from extractor.components.entities import _ORG_SUFFIX, _is_organization
from extractor.dates import find_durations
from extractor.lexicon.events import KINDS, OCCASION_WORDS, PAIRED_KINDS, SEGMENT_WORDS
from extractor.numbers import parse_number
from models import Event, Figure, Organizer, Place

_KEYWORD = regex.compile("|".join(sorted(map(regex.escape, KINDS), key=len, reverse=True)) + r"|(?<![发开进拓施伸扩推])展(?![示开期现览出望销位区馆品商会厅台开])")
_NAME_CHARS = regex.compile(r"[\p{Han}\dA-Za-z()（）·—\-“”「」 ]")
_STOP = regex.compile(
    r"^.*(?:在|的|于|由|举办|举行|召开|出席|参加|为|是|了|将|以|至|从|迎来|开幕|闭幕|落幕|(?:\d|[一二三四五六七八九十])日|今|昨|上午|下午|晚上|期间|本届|本次|今年|随着|当天|当日|参观|届时|假)"
)
_EDITION = regex.compile(r"第?(?P<n>[\d一二三四五六七八九十百零〇两廿卅]+)届")
_OPENING = regex.compile(r"^[^，。；]{0,20}?(?:开幕|举行|举办|召开|揭幕|帷幕|闭幕|落幕|启幕|开展|登场|开馆|开启|启动|圆满结束|隆重|盛大)")
_DATE_VERB = regex.compile(r"^[^，。；、）]{0,8}?(?:开幕|举行|举办|召开|登场|开展|揭幕|启幕|开馆|闭幕|落幕)")
_CLOSING = regex.compile(r"^[^，。；]{0,20}?(?:闭幕|落幕|落下帷幕|圆满结束|结束)")
_THEMES = (
    regex.compile(r"以\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』]\s*为(?:主题|题|年度主题)(?P<after>的?)"),
    regex.compile(r"主题(?:为|是)\s*[：]?\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』](?P<after>)"),
    regex.compile(r"(?:本届|本次|此次|今年|该)\p{Han}{0,8}?(?:会|论坛|峰会|展|节|活动)\s*以(?P<theme>[^，。；：“”「」]*?(?:[“「][^”」]{1,8}[”」][^，。；：“”「」]*?)*)为(?:主题|题)(?P<after>)"),
    regex.compile(r"(?:围绕|紧扣|聚焦)\s*[“「『](?P<theme>(?:[^”」』“「]|[“「][^”」]*[”」])+?)[”」』]\s*(?:这一|的)?(?:主题|主线)(?P<after>)"),
)
_ORGANIZERS = regex.compile(
    r"由(?P<names>[^，。；：由]{2,120}?)(?:共同|联合)?(?P<verb>主办|举办|承办|协办|联合主办|共同主办|指导|支持|赞助|主催)"
)
_HOLDER = regex.compile(r"(?:^|(?<=[。！？\n]))\s*(?P<names>[^，。；：\n]{2,60}?)(?:于|在|今|昨|将|共同|联合)[^，。；\n]{0,30}?(?:举办|举行|主办)[「“]?")
"""A sentence whose subject holds the event: X今日在Y举办 <the event>."""
_PLAIN_ORGANIZERS = (
    (regex.compile(r"(?:^|[，。；\n])(?P<names>[^，。；：\n]{2,60}?)(?:联合|共同)(?P<verb>举办|主办)"), ("联合举办", "联合主办", "共同举办", "共同主办")),
    (regex.compile(r"主办(?:机构|单位|方)\s*(?:为|是|：)?\s*(?P<names>[^，。；：\n（]{2,60}?)(?P<verb>)(?=[（，。；\n]|于)"), ("主办机构", "主办单位", "主办方")),
)
"""Each with the words a match must contain: a text without them is not scanned."""
_FOLLOWING_ROLE = regex.compile(r"^[，、]\s*(?P<names>[^，。；：由]{2,80}?)(?:共同|联合)?(?P<verb>主办|承办|协办|支持|赞助)")
_ROLE_OF = {"主办": "organizer", "举办": "organizer", "联合主办": "organizer", "共同主办": "organizer", "主催": "organizer",
            "承办": "host", "协办": "co-organizer", "支持": "supporter", "赞助": "sponsor"}
_COUNTRY = regex.compile(r"中国|全国|国际|中华|世界|全球|海内外|两岸|亚洲|欧洲")
_PROVINCE = regex.compile(r"(?:省|自治区)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$")


class EventComponent:
    """Finds the event the article reports and its frame."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        source = doc.user_data.get("source_text", text)
        found = main_event_name(text, [(p.start_char, p.end_char) for p in doc.spans.get("people", [])])
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
            organizers=_organizers(text, source, start, end),
            segments=_segments(doc, source),
            attendance=_attendance(doc, source, start, end),
        )
        return doc


_NOT_EVENT_AFTER = regex.compile(r"^(?:服务|有限|公司|集团|中心|展览中心|馆|厅|室|大厦|场馆|秘书处|常设|组委会|委员会|办公室|执委会|理事会|主席|秘书长|代表|会员)|^[”」』]\s*为(?:主题|题)")


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
        if len(name) < 4 or len(regex.findall(r"\p{Han}", text[start:m.start()])) < 2:
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
    ends = [k.end() for k in _KEYWORD.finditer(clause, overlapped=True) if not _NOT_EVENT_AFTER.match(clause[k.end():] + text[end + len(clause):end + len(clause) + 4])]
    return end + ends[-1] if ends else end


def _quoted_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A name quoted with a subtitle (“…研讨会——…对话”) is the whole quoted text."""
    if start > 0 and text[start - 1] in "“「":
        close = "”" if text[start - 1] == "“" else "」"
        at = text.find(close, end, end + 30)
        if at > 0 and not regex.search(r"[，。；]", text[end:at]):
            return start, at
    return start, end


def main_event_name(text: str, people: list[tuple[int, int]] = ()) -> Optional[tuple[int, int]]:
    """The first fully written event name that the text says is held, opened or attended; else the first one."""
    candidates = []
    for start, end in _candidates(text):
        if any(a < end and start < b for a, b in people):
            continue
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


def _mention_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence of the name's first mention, then every later sentence naming the event (by its last words)."""
    first = _sentence(text, start, end)
    key = text[max(start, end - 6) : end]
    found = [first]
    for at in occurrences(text, key):
        sentence = _sentence(text, at, at + len(key))
        if sentence not in found:
            found.append(sentence)
    return found


def _event_dates(doc: Doc, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """A stated range wins; else the day next to the first mention (今/昨 read against the page date); a duration sets the end."""
    text = text_of(doc)
    sentences = _mention_sentences(text, start, end)
    dates = [d._.attrs for d in doc.spans.get("dates", []) if d._.attrs.get("precision") in ("day", "range")]
    beside = [a for a in dates if end <= a["start"] <= end + 12 and not regex.search(r"[，。；]", text[end : a["start"]])]
    following = _sentence(text, sentences[0][1] + 1, sentences[0][1] + 1) if sentences[0][1] < len(text) else None
    if following and regex.match(r"\s*(?:由|从|自|于)", text[following[0] : following[1]]):
        sentences.insert(1, following)
    for s, e in ([] if beside else sentences):
        days = [a for a in dates if s <= a["start"] < e and a["precision"] == "day"]
        for a, b in zip(days, days[1:]):
            if regex.fullmatch(r"[^，。；]{0,4}(?:至|到|—|-|~)[^，。；]{0,4}", text[a["end"] : b["start"]]):
                return a["value"], b["value"]
        ranges = [a for a in dates if s <= a["start"] < e and a["precision"] == "range"]
        if ranges:
            return ranges[0]["start_value"], ranges[0]["end_value"]
    s, e = sentences[0]
    near = [a for a in dates if s <= a["start"] < e]
    published = doc.user_data.get("published")
    relative = regex.search(r"(今|昨)(?:天|日|早|晨|午|晚|\s*（\d{1,2}）\s*日)?", text[s:e]) if published else None
    acted = [a for a in near if _DATE_VERB.match(text[a["end"] :])]
    if beside or near:
        first = beside[0] if beside else acted[0] if acted else min(near, key=lambda a: abs(a["start"] - start))
        day = first["value"]
    elif relative and regex.match(r"^(?:今|昨)", relative.group()) and len(published) >= 10:
        day = _shift(published[:10], -1 if relative.group(1) == "昨" and "（" not in relative.group() else 0)
    else:
        return None, None
    durations = [d for d in find_durations(text)]
    if not durations:
        return day, None
    days = durations[0].days
    if _CLOSING.match(text[end:]):
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
                words = _KEYWORD.findall(name.split("暨")[0])
                following = regex.match(r"[^，。；]{0,16}", text[m.end() :]).group()
                if not words or words[-1] not in following:
                    continue
            return source[m.start("theme") : m.end("theme")]
    return None


def _place_words(segment: str, tagged: set[str]) -> list[str]:
    """Place names in a stretch of text: jieba's dictionary places (ns) and LAC's places, without countries and world regions."""
    import jieba.posseg

    words = [w.word for w in jieba.posseg.cut(segment) if w.flag == "ns" or w.word in tagged]
    return [w for w in words if not _COUNTRY.fullmatch(w)]


def _place(doc: Doc, start: int, end: int, source: str) -> Optional[Place]:
    """Where the event is: the place after 在/于 in its sentence, the name's bracket (中国(镇江)), a place in the name, the dateline."""
    text = text_of(doc)
    segments = []
    for s, e in _mention_sentences(text, start, end)[:3]:
        segments += [m.group(1) for m in regex.finditer(r"(?:在|于|赴)([^，。；在于]{1,24}?)(?=举行|举办|开幕|召开|开展|拉开|落下|闭幕|揭幕|启幕|开馆|登场|隆重|盛大|正式|圆满|顺利|[，。；])", text[s:e])]
        segments += [m.group(1) for m in regex.finditer(r"(?:前往|赴|到)(\p{Han}{2,4}?)(?:出席|参加|参观|视察|举行)", text[s:e])]
    spoken = len(segments)
    tagged = {l.text for l in doc.spans.get("locations", [])}
    paren = regex.search(r"[（(](\p{Han}{2,4})[)）]", text[start:end])
    if paren:
        segments.append(paren.group(1))
    segments.append(text[start:end])
    segments += doc.user_data.get("dateline_places", [])
    words: list[str] = []
    for i, segment in enumerate(segments):
        words += [w for w in _place_words(segment, tagged) if w not in words and (len(w) > 1 or i < spoken) and (w in tagged or i < spoken or segment is not text)]
    if not words and doc.user_data.get("locale") in ("hongkong", "macau"):
        words = ["香港" if doc.user_data["locale"] == "hongkong" else "澳门"]
    if not words:
        return None
    province = next((w for w in words if _PROVINCE.search(w)), None)
    city = next((w for w in words if w != province), None)
    return Place(text="、".join(_source_form(text, source, w) for w in words[:4]), city=_source_form(text, source, city) if city else None,
                 province=_source_form(text, source, province) if province else None)


def _organizers(text: str, source: str, start: int, end: int) -> list[Organizer]:
    """Bodies named as organisers: 由A、B主办，C承办; 主办单位为A; A联合举办; A今日在X举办 <the event>."""
    found: list[Organizer] = []
    for m in _ORGANIZERS.finditer(text):
        found += _split_organizers(source, m.start("names"), m["names"], m["verb"])
        at = m.end()
        while follow := _FOLLOWING_ROLE.match(text[at:]):
            found += _split_organizers(source, at + follow.start("names"), follow["names"], follow["verb"])
            at += follow.end()
    for pattern, clues in _PLAIN_ORGANIZERS:
        for m in pattern.finditer(text) if any(clue in text for clue in clues) else ():
            found += _split_organizers(source, m.start("names"), m["names"], m["verb"] or "主办")
    key = text[start : min(end, start + 6)]
    for m in _HOLDER.finditer(text):
        if text.startswith(key, m.end()):
            found += _split_organizers(source, m.start("names"), m["names"], "主办")
    seen, unique = set(), []
    for org in found:
        if org.name not in seen:
            seen.add(org.name)
            unique.append(org)
    return unique


def _split_organizers(source: str, offset: int, names: str, verb: str) -> list[Organizer]:
    """Split at 、; split at 和/与/及 only where both sides are names of bodies (工业和信息化部 stays whole)."""
    if verb not in _ROLE_OF:
        return []
    out = []
    places = regex.search(r"(?:\d+|[一二三四五六七八九十]+)(?:县市|县|市)", names) is not None
    for piece in regex.finditer(r"[^、]+", names):
        inner = list(regex.finditer(r"[^和及与]+", piece.group()))
        if len(inner) > 1 and all(_organizer_name(p.group(), places) for p in inner):
            parts = [(piece.start() + p.start(), p.group()) for p in inner]
        else:
            parts = [(piece.start(), piece.group())]
        for at, raw in parts:
            lead = regex.match(r"\s*(?:【[^】]*】)?\s*(?:由|是|为)?\s*", raw).end()
            name = _organizer_name(raw[lead:], places)
            if name:
                begin = offset + at + lead
                out.append(Organizer(name=source[begin : begin + len(name)], role=_ROLE_OF[verb]))
    return out


def _organizer_name(raw: str, places: bool = False) -> Optional[str]:
    """The body's name without its bracketed alias or a count of places (彰化3县); None if it is not a body.

    In a list of local governments named by their places (苗栗、南投、彰化3县及台中市), bare place names count.
    """
    name = regex.sub(r"（[^（）]*）$|\((?:[^()]*)\)$", "", raw.strip())
    name = regex.sub(r"(?:\d+|[一二三四五六七八九十]+)(?:县市|县|市|省)$", "", name)
    if name.startswith("我会") or len(name) < 2:
        return None
    if _ORG_SUFFIX.search(name) and _is_organization(name) or regex.search(r"[市县省]$", name):
        return name
    if places and regex.fullmatch(r"\p{Han}{2,3}", name):
        return name
    return None


def _attendance(doc: Doc, source: str, start: int, end: int) -> Optional[Figure]:
    """A head count in a sentence naming the event (近400人出席, 吸引逾五十四萬人次): who came."""
    text = text_of(doc)
    sentences = _mention_sentences(text, start, end)
    words = _KEYWORD.findall(text[start:end])
    if words:
        sentences += [_sentence(text, at, at + len(words[-1])) for at in occurrences(text, words[-1])]
    for span in doc.spans.get("figures", []):
        a = span._.attrs
        if a["kind"] in ("count", "quantity") and a["unit"] in ("人", "位", "名", "人次") and any(s <= a["start"] < e for s, e in sentences):
            if regex.search(r"出席|参加|参会|与会|到场|吸引|参观|观展|入场|进场|嘉宾|代表", text[max(0, a["start"] - 12) : a["end"] + 12]):
                return Figure(text=source[a["start"] : a["end"]], span={"start": a["start"], "end": a["end"], "text": source[a["start"] : a["end"]]},
                              kind=a["kind"], value=a["value"], upper=a.get("upper"), unit=a["unit"], qualifier=a["qualifier"], subject=a.get("subject"))
    return None


def _segments(doc: Doc, source: str) -> list[str]:
    segments: list[str] = []
    for span in doc.spans.get("figures", []):
        a = span._.attrs
        subject = a.get("subject") or ""
        if a.get("items") and regex.search("(?:" + "|".join(SEGMENT_WORDS) + ")$", subject):
            segments += [i for i in a["items"] if i not in segments]
    return [_source_form(text_of(doc), source, s) for s in segments]


def _source_form(text: str, source: str, s: str) -> str:
    at = text.find(s)
    return source[at : at + len(s)] if at >= 0 else s


@Language.factory("zh_event", assigns=["doc.spans", "doc.user_data"], requires=["doc.spans"], default_config={})
def make_event(nlp: Language, name: str) -> EventComponent:
    return EventComponent(nlp, name)
