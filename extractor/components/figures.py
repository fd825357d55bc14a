"""Component `zh_figures`: every figure with its normalised value, unit, qualifier, subject and enumerated items.

Sets `doc.spans["figures"]`; attrs: start/end, kind, value, upper, unit, qualifier, subject, items.
"""
from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components import occurrences, text_of
from extractor.locale import detect_locale
from extractor.numbers import FigureMatch, currency_for_locale, find_figures

NOUN_TAGS = {"n", "nz", "vn", "an", "ORG", "nw", "j", "LOC"}
_LEAD_VERBS = regex.compile(r"(?:为|达到|达|共计|共有|共|计|约|有|了|到|是|超过|超|突破|逾|近|累计|合计|总计|其中|包括|含|吸引|签约|签署|举办|完成|实现)$")
_FOUND = "zh_figures.found"
_BOUNDARY = "，。；：！？、\n（）“”「」"


_LEAD_WORDS = regex.compile(r"^(?:其中|包括|包含|含|以及|及|和|共|另有)")
_LIST_AFTER = regex.compile(r"[^，。；：（(]{0,12}?[：（(]([^：（()）。；\n]{2,200}?)[)）。；\n]")
_TRAILING_WORDS = regex.compile(r"(?:等|共|计|总计|合计|在内的|这|的|构成|组成)+$")
_QUOTED_END = regex.compile(r"[“「]([^”」]+)[”」]$")
_ITEM_BREAK = regex.compile(r"[、]|及|和")
_DIGIT = regex.compile(r"\d")


class FigureComponent:
    """Runs the shared figure grammar over the text and attaches each figure's subject and items."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def prepare(self, doc: Doc) -> None:
        """Find the figures in the text before the tokens are final (the Extractor runs this beside the model calls)."""
        text = text_of(doc)
        doc.user_data["locale"] = detect_locale(text)
        doc.user_data[_FOUND] = find_figures(text, currency=currency_for_locale(doc.user_data["locale"]))

    def __call__(self, doc: Doc) -> Doc:
        if _FOUND not in doc.user_data:
            self.prepare(doc)
        text = text_of(doc)
        source = doc.user_data.get("source_text", text)
        spans = []
        for match in doc.user_data.pop(_FOUND):
            span = doc.char_span(match.start, match.end, label=match.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.attrs = {
                "start": match.start, "end": match.end, "kind": match.kind, "value": match.value, "upper": match.upper,
                "unit": _unit_as_written(text, source, match), "qualifier": match.qualifier, "subject": _as_written(text, source, match.start, subject_of(doc, match)),
                "items": [_as_written(text, source, match.start, i) for i in items_of(text, match)] if match.kind == "count" else [],
            }
            spans.append(span)
        doc.spans["figures"] = spans
        return doc


def _unit_as_written(text: str, source: str, match: FigureMatch) -> str:
    """Measure words and units as the article writes them (個, not 个); currency codes and % as they are."""
    if match.kind in ("money", "percent"):
        return match.unit
    at = text.rfind(match.unit, match.start, match.end)
    return source[at : at + len(match.unit)] if at >= 0 else match.unit


def _as_written(text: str, source: str, near: int, phrase: Optional[str]) -> Optional[str]:
    """The phrase as the article writes it: the occurrence nearest the figure, read from the input."""
    if not phrase:
        return phrase
    positions = occurrences(text, phrase)
    if not positions:
        return phrase
    at = min(positions, key=lambda p: abs(p - near))
    return source[at : at + len(phrase)]


def subject_of(doc: Doc, match: FigureMatch) -> Optional[str]:
    """The noun phrase the figure measures: the counted noun after it, else the noun phrase before it."""
    if match.counted:
        return match.counted
    phrase = _noun_phrase_after(doc, match.end) or _noun_phrase_before(doc, match.start)
    if phrase:
        phrase = _LEAD_WORDS.sub("", phrase)
    return phrase if phrase and len(phrase) >= 2 else None


def _noun_phrase_after(doc: Doc, at: int) -> Optional[str]:
    span = doc.char_span(at, at, alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    start = i
    while i < len(doc) and doc[i].tag_ in NOUN_TAGS | {"a", "m"} and doc[i].text not in _BOUNDARY and i - start < 6:
        i += 1
    while i > start and doc[i - 1].tag_ in ("a", "m"):
        i -= 1
    phrase = doc[start:i].text.strip()
    return phrase if len(phrase) >= 2 else None


def _noun_phrase_before(doc: Doc, at: int) -> Optional[str]:
    text = text_of(doc)
    clause_start = max(text.rfind(c, 0, at) for c in _BOUNDARY) + 1
    head = text[clause_start:at]
    while True:
        trimmed = _LEAD_VERBS.sub("", head).rstrip()
        if trimmed == head:
            break
        head = trimmed
    span = doc.char_span(clause_start, clause_start + len(head), alignment_mode="contract")
    if span is None or not len(span):
        return None
    i = span.end
    while i > span.start and doc[i - 1].tag_ in NOUN_TAGS | {"a", "f"} and doc[i - 1].text.strip():
        i -= 1
    phrase = doc[i : span.end].text.strip()
    return phrase if len(phrase) >= 2 else None


def items_of(text: str, match: FigureMatch) -> list[str]:
    """The enumerated list a count introduces or closes, when the list is complete."""
    after = _LIST_AFTER.match(text[match.end : match.end + 220])
    if after:
        items = _split_items(after.group(1))
        if len(items) >= 2:
            return items
    clause_start = max(text.rfind(c, 0, match.start) for c in "，。；：\n") + 1
    before = text[clause_start : match.start]
    before = _TRAILING_WORDS.sub("", before.rstrip())
    quoted = _QUOTED_END.search(before)
    body = quoted.group(1) if quoted else before
    for verb in ("包括", "设立", "设有", "涵盖", "分为", "由", "为", "有"):
        if verb in body:
            body = body.split(verb)[-1]
    items = _split_items(body)
    if len(items) >= 2 and (not match.value or len(items) == match.value or "等" not in text[clause_start : match.start]):
        return items
    return []


def _split_items(body: str) -> list[str]:
    """Items of an enumeration; a run of clauses that carry their own figures (内资项目25个、外资项目15个) is no list."""
    parts = [p.strip(" “”「」") for p in _ITEM_BREAK.split(body)]
    if "、" not in body or any(_DIGIT.search(p) for p in parts):
        return []
    return [p for p in parts if p]


@Language.factory("zh_figures", assigns=["doc.spans"], requires=["token.tag"], default_config={})
def make_figures(nlp: Language, name: str) -> FigureComponent:
    return FigureComponent(nlp, name)
