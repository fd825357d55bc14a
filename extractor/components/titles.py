"""Component `zh_titles`: titles linked to people (before, after, chained, elided) and people's roles.

Sets `doc.spans["titles"]` (attrs: person, organization, position), `doc.spans["roles"]` (label = role,
attrs: person) and adds the organisations written inside titles to `doc.spans["orgs"]`.
"""
from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components.entities import _is_organization
from extractor.lexicon.organizations import GENERIC_BODIES, SUFFIXES
from extractor.lexicon.titles import LIST_HEADS, POSITIONS

_POSITION_END = regex.compile(
    r"(?P<position>(?:常务|执行|名誉|荣誉|代理|代|前|副|总)*(?:" + "|".join(sorted(map(regex.escape, POSITIONS), key=len, reverse=True)) + r"))$"
)
_POSITION_START = regex.compile(
    r"^(?:前|副|常务|代)?(?:" + "|".join(sorted(map(regex.escape, POSITIONS), key=len, reverse=True)) + r")"
)
_ORG_END = regex.compile("(?:" + "|".join(sorted(map(regex.escape, SUFFIXES), key=len, reverse=True)) + ")$")
TITLE_TAGS = {"ORG", "LOC", "n", "nz", "nw", "an", "a", "vn", "j", "s"}
TITLE_WORDS = {"驻", "前", "常务", "副", "代", "执行", "首席", "总", "原", "党组", "分党组"}
_ROLE_VERBS = (
    ("host", regex.compile(r"^[^，。；]{0,12}?主持")),
    ("presenter", regex.compile(r"^[^，。；]{0,12}?(?:授予|颁发|颁奖|发布|揭牌|授牌|颁授)")),
    ("signatory", regex.compile(r"^[^，。；]{0,12}?(?:签约|签署|签订|签下)")),
    ("speaker", regex.compile(r"^[^，。；]{0,16}?(?:致辞|致词|讲话|致欢迎辞|致开幕辞|致闭幕辞|表示|说|指出|强调|介绍|宣布|提到|透露|认为|称|坦言|致开幕词|作主旨演讲|演讲|发言)")),
)


def _title_start(doc: Doc, name: Span) -> int:
    """Walk left from a name over the words a title is made of; return where the title phrase starts."""
    i = name.start
    while i > 0:
        token = doc[i - 1]
        if token.text in TITLE_WORDS or token.text in "《》·" or token.text.startswith("《") or token.text.endswith("》"):
            i -= 1
            continue
        if token.tag_ in TITLE_TAGS or token.tag_ == "ORG":
            i -= 1
            continue
        if token.text in ("和", "与") and i - 2 >= 0 and doc[i - 2].tag_ in ("n", "nz", "ORG", "LOC"):
            i -= 1
            continue
        break
    while i < name.start and doc[i].text in ("和", "与", "·"):
        i += 1
    return i


def _title(doc: Doc, start: int, end: int, person: str, source_text: str) -> Optional[Span]:
    """A title span over tokens [start, end) if the words end with a position."""
    if start >= end:
        return None
    span = doc[start:end]
    m = _POSITION_END.search(span.text)
    if not m:
        return None
    prefix = span.text[: m.start()]
    organization = prefix or None
    span = Span(doc, start, end, label="TITLE")
    span._.attrs = {"person": person, "organization": organization, "position": source_text[span.start_char + len(prefix) : span.end_char]}
    return span


class TitleComponent:
    """Links every person mention to the titles written next to it."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        titles: list[Span] = []
        roles: list[Span] = []
        source = doc.user_data.get("source_text", doc.text)
        people = list(doc.spans.get("people", []))
        for mention in people:
            person = mention.text
            start = _title_start(doc, mention)
            found = []
            title = _title(doc, start, mention.start, person, source)
            if title is not None:
                found.append(title)
                j = start
                while j >= 2 and doc[j - 1].text == "、":
                    chained_start = _title_start(doc, doc[j - 1 : j - 1])
                    chained = _title(doc, chained_start, j - 1, person, source)
                    if chained is None or any(p.start >= chained_start and p.end <= j - 1 for p in people):
                        break
                    found.insert(0, chained)
                    j = chained_start
            after = _POSITION_START.match(doc.text, mention.end_char, min(len(doc.text), mention.end_char + 12))
            if after is not None:
                end_span = doc.char_span(mention.end_char, after.end())
                if end_span is not None:
                    tail = Span(doc, end_span.start, end_span.end, label="TITLE")
                    tail._.attrs = {"person": person, "organization": None, "position": source[tail.start_char : tail.end_char]}
                    found.append(tail)
            titles.extend(found)
            roles.extend(_roles(doc, mention))
        doc.spans["titles"] = titles
        doc.spans["roles"] = roles
        doc.spans["orgs"] = _with_title_organizations(doc, list(doc.spans.get("orgs", [])), titles)
        return doc


def _roles(doc: Doc, mention: Span) -> list[Span]:
    text = doc.text
    after = text[mention.end_char : mention.end_char + 40]
    found = []
    for role, pattern in _ROLE_VERBS:
        if pattern.search(after):
            found.append(role)
            break
    sentence_start = max(text.rfind(c, 0, mention.start_char) for c in "。\n；")
    clause = text[sentence_start + 1 : mention.start_char]
    if regex.search(r"由[^，。；]{0,20}$", clause) and regex.match(r"^[^，。；]{0,12}主持", after):
        found.append("host")
    for head, role in sorted(LIST_HEADS.items(), key=lambda kv: -len(kv[0])):
        if head in clause:
            found.append(role)
            break
    spans = []
    for role in dict.fromkeys(found):
        span = Span(doc, mention.start, mention.end, label=role)
        spans.append(span)
    return spans


def _with_title_organizations(doc: Doc, orgs: list[Span], titles: list[Span]) -> list[Span]:
    """Organisations written inside titles count (国家发改委气候司副司长 -> 国家发改委气候司), generic bodies without their place do not."""
    names = {o.text for o in orgs}
    for title in titles:
        organization = title._.attrs.get("organization")
        if not organization or organization in names:
            continue
        organization = organization.lstrip("、，")
        organization = regex.sub(r"^(?:" + "|".join(("前", "原")) + ")", "", organization)
        if not _ORG_END.search(organization) or organization in GENERIC_BODIES or not _is_organization(organization):
            continue
        if regex.match(r"^(?:市|省|县|区|州|镇|乡|党)?(?:委|政府|人大|政协)", organization):
            continue
        start = title.start_char
        span = doc.char_span(start, start + len(organization), label="ORG", alignment_mode="expand")
        if span is not None and span.text == organization:
            orgs.append(span)
            names.add(organization)
    return orgs


@Language.factory("zh_titles", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_titles(nlp: Language, name: str) -> TitleComponent:
    return TitleComponent(nlp, name)
