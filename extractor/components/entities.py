"""Component `zh_entities`: people, organisations and places from LAC's tags, corrected by press-text rules.

Sets `doc.spans["people"]`, `doc.spans["orgs"]` (alias in `span._.attrs["aliases"]`) and `doc.spans["locations"]`.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components import find_names, text_of
from extractor.lexicon.organizations import (
    COUNTRIES,
    GENERIC_BODIES,
    NOT_ORG_ENDINGS,
    PLACE_BODIES,
    ROLE_ENDINGS,
    SUFFIXES,
    VENUE_ENDINGS,
)
from extractor.lexicon.surnames import has_surname
from extractor.lexicon.titles import HONORIFICS, POSITIONS

_POSITION = "(?:" + "|".join(sorted(map(regex.escape, POSITIONS), key=len, reverse=True)) + ")"
_ENDS_WITH_POSITION = regex.compile(_POSITION + "$")
_NOT_ORG = regex.compile("(?:" + "|".join(sorted(map(regex.escape, NOT_ORG_ENDINGS), key=len, reverse=True)) + ")$")
_ORG_SUFFIX = regex.compile("(?:" + "|".join(sorted(map(regex.escape, SUFFIXES), key=len, reverse=True)) + ")$")
_FOREIGN_COUNTRIES = [c for c in COUNTRIES if c not in ("中国", "台湾", "香港", "澳门")]
_COUNTRY_PREFIX = regex.compile("^(?:" + "|".join(sorted(map(regex.escape, _FOREIGN_COUNTRIES), key=len, reverse=True)) + ")(?=[A-Za-z]|\\p{Han}{2,}(?:集团|公司|银行|股份|学院|大学)$)")
_VENUE = regex.compile("(?:" + "|".join(sorted(map(regex.escape, VENUE_ENDINGS), key=len, reverse=True)) + ")$")
_ROLE_END = regex.compile("(?:" + "|".join(sorted(map(regex.escape, ROLE_ENDINGS), key=len, reverse=True)) + ")$")
_EVENT_AFTER = regex.compile(r"^[^，。；、：\s]{0,14}?(?:博览会|展览会|交易会|洽谈会|论坛|峰会|大会|研讨会|展|节)|^(?:产业园|园区|基地|项目|工程|计划)")
_SUFFIX_AFTER = regex.compile("(?:" + "|".join(sorted(map(regex.escape, SUFFIXES), key=len, reverse=True)) + ")")
_PLACE_BODY = regex.compile("(?:" + "|".join(sorted(map(regex.escape, PLACE_BODIES), key=len, reverse=True)) + ")")
_HONORIFIC = regex.compile("(?:" + "|".join(map(regex.escape, HONORIFICS)) + ")$")
_AFTER_TITLE_NAME = regex.compile(
    _POSITION + r"(?P<name>\p{Han}{2,3}?)(?=[，、。：；（\s]|等|和|与|及|在|出席|主持|致|表示|说|指出|强调|授予|颁|发布|宣布|介绍|"
    r"先后|为|代表|向|透露|会见|参加|参观|讲话|作|也|则|还|就|率|带领|一行|认为|提到|称|坦言|回顾|希望|感谢|共同|分别|宣读|签)"
)
_POSITION_AHEAD = regex.compile(r"(?:前|副|总|首席|联合)?" + _POSITION)
_NAME_STOP = regex.compile(r"^(?:[一二三四五六七八九十百千万两]|本|该|各|全|新|老|小|大|级)|[的了是]|^(\p{Han})\1$")
_SPEECH_NEXT = ("表示", "说", "指出", "强调", "致辞", "主持", "宣布", "介绍", "透露", "认为", "提到", "称")


_JOINED_BEFORE = regex.compile(r"\p{Han}{2}[—－-]$")
_ALIAS = regex.compile(r"（([A-Za-z][A-Za-z0-9&\-\. ]{1,15}|\p{Han}{2,6})）")
_MEDIA_END = regex.compile(r"(?:社|网|报|日报|晚报|电视台|新闻)$")
_PUBLISHER_END = regex.compile(r"(?:合作社|出版社)$")
_NAME_CHARS = regex.compile(r"[\p{Han}·•]+")


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    """A dictionary word much commoner than a name, such as 方向, 会议 or 嘱托."""
    import jieba

    return len(word) >= 2 and jieba.dt.FREQ.get(word, 0) > 100


@lru_cache(maxsize=4096)
def _dictionary_non_org(word: str) -> bool:
    """A word jieba's dictionary knows as something other than an organisation (生物, 华夏, 多边)."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, "nt") not in ("nt", "j", "nz", "nrt")


class EntityComponent:
    """LAC's PER/ORG/LOC, with the corrections press text needs."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lac = list(doc.spans.get("lac", []))
        names = self._people(doc, text, lac)
        doc.spans["people"] = _all_mentions(doc, text, names)
        doc.spans["orgs"] = self._organizations(doc, text, lac, names)
        doc.spans["locations"] = [s for s in lac if s.label_ == "LOC" and len(s.text) >= 2]
        return doc

    def _people(self, doc: Doc, text: str, lac: list[Span]) -> set[str]:
        names: set[str] = set()
        other_tags = {s.text for s in lac if s.label_ in ("LOC", "ORG")}
        for span in lac:
            if span.label_ != "PER" or _listed_with_organizations(doc, span):
                continue
            start, end = _foreign_name(doc, span)
            name = _person_name(text[start:end])
            if name and (name not in other_tags or "·" in name) and not _NAME_STOP.search(name) and (len(name) > 3 or has_surname(name)):
                names.add(name)
        names |= _list_members(doc, names)
        for m in _AFTER_TITLE_NAME.finditer(text):
            name = m["name"]
            if _NAME_STOP.search(name) or name in names:
                continue
            span = doc.char_span(m.start("name"), m.end("name"))
            if span is None or any(t.tag_ in ("v", "p", "u", "c", "d", "r", "w", "f", "TIME", "m", "q") for t in span):
                continue
            acting = text.startswith(_SPEECH_NEXT + ("授予", "发布", "出席", "主持", "等"), m.end("name"))
            if not has_surname(name) and not acting:
                continue
            if acting and has_surname(name) and len(name) == 3:
                names.add(name)
                continue
            if any(t.tag_ in ("LOC", "ORG") for t in span) and not acting:
                continue
            if any(_is_common_word(t.text) for t in span) and not acting:
                continue
            names.add(name)
        return {n for n in names if not any(n != o and n in o and "·" in o for o in names)}

    def _organizations(self, doc: Doc, text: str, lac: list[Span], people: set[str]) -> list[Span]:
        found: dict[str, Span] = {}
        places = {s.text for s in lac if s.label_ == "LOC"}
        candidates = [(s.start_char, s.end_char) for s in lac if s.label_ == "ORG"]
        for place in (s for s in lac if s.label_ == "LOC"):
            body = _PLACE_BODY.match(text, place.end_char)
            if body:
                candidates.append((place.start_char, body.end()))
        candidates = [c for c in candidates if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in candidates)]
        candidates += [(s.start_char, s.end_char) for s in lac if s.label_ == "PER" and _listed_with_organizations(doc, s)]
        listed = _organization_list_items(text)
        candidates += [c for c in listed if not any(a <= c[0] < b for a, b in candidates)]
        for start, end in candidates:
            joined = _JOINED_BEFORE.search(text[max(0, start - 5) : start])
            if joined:
                start -= len(joined.group())
            suffix = _SUFFIX_AFTER.match(text, end)
            if suffix and doc.char_span(start, suffix.end()) is not None and not _ENDS_WITH_POSITION.search(text[start : suffix.end()]):
                end = suffix.end()
            position = _ENDS_WITH_POSITION.search(text[start:end])
            if position:
                end -= len(position.group())
            if text[start:end] in people or any(p in text[start:end] for p in people if len(p) >= 3):
                continue
            if start > 0 and text[start - 1] == "》":
                opening = text.rfind("《", max(0, start - 40), start)
                if opening >= 0:
                    start = opening
            role = _ROLE_END.search(text[start:end])
            if role:
                end -= len(role.group())
            name = text[start:end]
            if not _ORG_SUFFIX.search(name) and (start, end) not in listed and not _credible_without_suffix(doc, name, start, end):
                continue
            if _EVENT_AFTER.match(text[end:]) and not _ORG_SUFFIX.search(name) or name in places or name in COUNTRIES:
                continue
            country = _COUNTRY_PREFIX.match(name)
            if country:
                start += country.end()
                name = text[start:end]
            if not _is_organization(name) and not ((start, end) in listed and not _VENUE.search(name) and name not in GENERIC_BODIES):
                continue
            org = doc.char_span(start, end, label="ORG", alignment_mode="expand")
            if org is None:
                continue
            org._.attrs = {"start": start, "end": end}
            alias = _ALIAS.match(text[end : end + 20])
            if alias:
                org._.attrs = {"start": start, "end": end, "aliases": [alias.group(1)]}
            found.setdefault(name, org)
        aliases = {a for o in found.values() for a in (o._.attrs or {}).get("aliases", [])}
        return [o for name, o in found.items() if name not in aliases]


_GENERIC_WITH_LEVEL = regex.compile(r"^(?:自治区|特区|市|省|县|区|州|镇|乡)(?:党委|委|政府|人大|人大常委会|政协|纪委)$")


def _is_organization(name: str) -> bool:
    if len(name) < 2 or name in GENERIC_BODIES or _VENUE.search(name) or _GENERIC_WITH_LEVEL.match(name):
        return False
    if _NOT_ORG.search(name) and not _ORG_SUFFIX.search(name):
        return False
    return not _MEDIA_END.search(name) or bool(_PUBLISHER_END.search(name))


def _foreign_name(doc: Doc, span: Span) -> tuple[int, int]:
    """A name written with · (尼克拉斯·斯文宁森) runs over the words the dots join, however LAC cut it."""
    start, end = span.start, span.end
    while end + 1 < len(doc) and doc[end].text in "·•" and doc[end + 1].tag_ not in ("v", "w", "p", "u"):
        end += 2
    while start - 2 >= 0 and doc[start - 1].text in "·•" and doc[start - 2].tag_ not in ("v", "w", "p", "u"):
        start -= 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


_ORG_LIST = regex.compile(r"(?:[^、，。：；\n]{2,24}、)+[^、，。：；\n]{2,24}等(?:机构|企业|单位|组织|公司|部门|院校|高校|银行|协会|团体)")


def _organization_list_items(text: str) -> list[tuple[int, int]]:
    """Items of a list closed by 等机构/等企业: each is an organisation (its bracketed alias aside)."""
    items = []
    for m in _ORG_LIST.finditer(text):
        body_end = m.group().rfind("等")
        offset = m.start()
        for part in regex.finditer(r"[^、]+", m.group()[:body_end]):
            name = regex.sub(r"（[^（）]*）$", "", part.group())
            lead = regex.match(r"^(?:分别)?(?:与|和|同|跟|向)?", name).end()
            if len(name) - lead >= 2:
                items.append((offset + part.start() + lead, offset + part.start() + len(name)))
    return items


def _credible_without_suffix(doc: Doc, name: str, start: int, end: int) -> bool:
    """An organisation name without an organisation ending (天合光能, 中石化) needs support: the dictionary, a title after it, or a list of organisations."""
    import jieba.posseg

    if _dictionary_non_org(name):
        return False
    if jieba.posseg.dt.word_tag_tab.get(name) in ("nt", "j"):
        return True
    if _POSITION_AHEAD.match(text_of(doc), end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _in_organization_list(doc, span)


def _list_neighbours(doc: Doc, span: Span) -> list:
    """The words on either side of a span in a 、 list."""
    neighbours = []
    if span.start >= 2 and doc[span.start - 1].text == "、":
        neighbours.append(doc[span.start - 2])
    if span.end + 1 < len(doc) and doc[span.end].text == "、":
        neighbours.append(doc[span.end + 1])
    return neighbours


def _in_organization_list(doc: Doc, span: Span) -> bool:
    return any(t.tag_ == "ORG" or _ORG_SUFFIX.search(t.text) for t in _list_neighbours(doc, span))


def _list_members(doc: Doc, names: set[str]) -> set[str]:
    """Names the tagger missed in a 、 list of names (市领导A、B、C): short items with a surname, beside known names."""
    found = set()
    for m in regex.finditer(r"(?:\p{Han}{2,3}、){2,}\p{Han}{2,3}", text_of(doc)):
        items = m.group().split("、")
        known = sum(1 for item in items if item in names or any(item.endswith(n) for n in names))
        if known < 2:
            continue
        for item in items:
            if item not in names and has_surname(item) and not _is_common_word(item) and not any(item.endswith(n) for n in names):
                found.add(item)
    return found


def _listed_with_organizations(doc: Doc, span: Span) -> bool:
    """A 'name' between organisations in a 、 list is an organisation (瑞士ABB集团、阿特斯、天合光能)."""
    neighbours = _list_neighbours(doc, span)
    return len(neighbours) == 2 and all(t.tag_ in ("ORG", "nz") for t in neighbours)


def _person_name(raw: str) -> str:
    """The name without list endings, honorifics or trailing titles; '' if nothing name-like is left."""
    name = raw.rstrip("等")
    name = _HONORIFIC.sub("", name)
    if _ENDS_WITH_POSITION.search(name):
        return ""
    if "·" not in name and not (2 <= len(name) <= 4):
        return ""
    if not _NAME_CHARS.fullmatch(name):
        return ""
    return name


def _all_mentions(doc: Doc, text: str, names: set[str]) -> list[Span]:
    """Every occurrence of a known name that sits on token boundaries: a name tagged once is that name everywhere."""
    spans = []
    if not names:
        return spans
    for start, end, _ in find_names(text, names):
        span = doc.char_span(start, end, label="PER")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory("zh_entities", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)
