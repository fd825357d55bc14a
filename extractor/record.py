"""Record assembly: the Doc's spans and the cleaning results become one `ArticleRecord`."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from extractor import regex_cache
from extractor.checks import run_checks
from extractor.cleaning import Cleaned
from extractor.components import find_names, organizations, text_of
from extractor.organization_names import rementions
from extractor.record_id import record_id
from models import (
    ArticleRecord,
    DateMention,
    Figure,
    Location,
    Mention,
    Organization,
    Person,
    Quote,
    Span,
    Title,
)

_NOT_HAN = regex_cache.compile(r"\P{Han}+")
_DOCUMENT = regex_cache.compile(r"《([^《》\n]{1,60})》")


def _span(source: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=source[start:end])


def _of(source: str, span: DocSpan) -> Span:
    return _span(source, *span._.offsets)


def to_record(doc: Doc, *, source: Optional[str] = None) -> ArticleRecord:
    """The record of a Doc made by the pipeline (`nlp(text)`); it only reads the Doc."""
    text, cleaned = doc._.source_text, doc._.cleaned
    if text is None or cleaned is None:
        raise ValueError("to_record() needs a Doc made by extractor.load()'s pipeline (its tokenizer cleans the text); "
                         "this Doc has no source text")
    return build_record(doc, cleaned, text, record_id=record_id(text), source=source, published=doc._.published)


def build_record(doc: Doc, cleaned: Cleaned, source_text: str, *, record_id: str, source: Optional[str], published: Optional[str]) -> ArticleRecord:
    """Everything the Doc found, written as the article writes it (strings taken from the input by their spans)."""
    quotes = _quotes(doc, source_text)
    figures = _figures(doc, source_text)
    dates = _dates(doc, source_text)
    record = ArticleRecord(
        id=record_id,
        source=source,
        script=cleaned.script,
        title=source_text[cleaned.title[0] : cleaned.title[1]] if cleaned.title else None,
        published=published or cleaned.published,
        authors=cleaned.authors,  # as the input writes them
        event=doc._.event,
        people=_people(doc, source_text, quotes),
        organizations=_organizations(doc, source_text),
        locations=_locations(doc, source_text),
        dates=dates,
        figures=figures,
        quotes=quotes,
        documents=[Mention(text=source_text[m.start(1) : m.end(1)], span=_span(source_text, m.start(1), m.end(1))) for m in _DOCUMENT.finditer(text_of(doc))],
        warnings=_warnings(source_text, cleaned),
    )
    record.checks = run_checks(record, source_text)
    return record


def _people(doc: Doc, source: str, quotes: list[Quote]) -> list[Person]:
    people: dict[str, Person] = {}
    for mention in doc.spans.get("people", []):
        key = mention.text
        person = people.setdefault(key, Person(name=source[mention.start_char : mention.end_char]))
        person.mentions.append(_of(source, mention))
    other_names = {span.text: span.label_ for span in doc.spans.get("other_names", [])}  # 陈大文（Peter Chan）: Peter Chan
    pointed: list[tuple[Person, Title]] = []  # titles that open with a word pointing back to a body (该公司总经理)
    for title in doc.spans.get("titles", []):
        person = people.get(other_names.get(title._.person, title._.person))
        text = source[title.start_char : title.end_char]
        if person is None or any(t.text == text for t in person.titles):
            continue
        org = title._.organization  # the words before the position: written where the title starts, or after the word
        start = (title._.attrs or {}).get("organization_start", title.start_char)  # that points back to a body (该公司|市场部经理)
        organization = source[start : start + len(org)] if org else None
        person.titles.append(Title(text=text, organization=organization, position=title._.position))
        if "pointer" in (title._.attrs or {}):
            pointed.append((person, person.titles[-1]))
    for person, title in pointed:  # 我会会长 and 会长 (林美英会长) of one person: the pointer's title is read as written only
        if any(other.text == (title.organization or "") + title.position for other in person.titles if other is not title):
            title.organization = title.text[: len(title.text) - len(title.position)]
    for role in doc.spans.get("roles", []):
        person = people.get(role.text)
        if person is not None and role.label_ not in person.roles:
            person.roles.append(role.label_)
    by_name = {p.name: p for p in people.values()}
    for quote in quotes:
        person = by_name.get(quote.speaker or "")
        if person is not None and "speaker" not in person.roles:
            person.roles.append("speaker")
    return list(people.values())


def _organizations(doc: Doc, source: str) -> list[Organization]:
    spans = [(_of(source, s), s) for s in organizations(doc)]
    names = {text_of(doc)[m.start : m.end] for m, _ in spans}
    places = {s.text for s in doc.spans.get("locations", [])}
    kept = names - rementions(names, places)
    orgs: dict[str, Organization] = {}
    for mention, span in spans:
        key = text_of(doc)[mention.start : mention.end]
        if key not in kept:
            continue
        org = orgs.setdefault(key, Organization(name=mention.text))
        aliases = [source[start:end] for start, end in span._.alias_offsets or []]
        org.aliases.extend(a for a in aliases if a not in org.aliases)
    for start, end, name in find_names(text_of(doc), orgs):
        orgs[name].mentions.append(_span(source, start, end))
    return list(orgs.values())


def _locations(doc: Doc, source: str) -> list[Location]:
    places: dict[str, Location] = {}
    for span in doc.spans.get("locations", []):
        place = places.setdefault(span.text, Location(name=source[span.start_char : span.end_char]))
        place.mentions.append(_of(source, span))
    return list(places.values())


def _figures(doc: Doc, source: str) -> list[Figure]:
    out = []
    for span in doc.spans.get("figures", []):
        where = _of(source, span)
        out.append(Figure(text=where.text, span=where, kind=span._.kind, value=span._.value, upper=span._.upper, unit=span._.unit,
                          qualifier=span._.qualifier, subject=span._.subject, items=span._.items or []))
    return out


def _dates(doc: Doc, source: str) -> list[DateMention]:
    """One entry per distinct date (ANNOTATION "Dates"): a value written again later is the first mention's."""
    out = []
    seen = set()
    for span in doc.spans.get("dates", []):
        key = (span._.value, span._.start_value, span._.end_value, span._.precision)
        if key in seen:
            continue
        seen.add(key)
        where = _of(source, span)
        out.append(DateMention(text=where.text, span=where, value=span._.value, start=span._.start_value, end=span._.end_value,
                               precision=span._.precision))
    return out


def _quotes(doc: Doc, source: str) -> list[Quote]:
    """Quotes with their speaker spelled as the person's name is: the input's spelling at the first mention."""
    spelled: dict[str, str] = {}
    for mention in doc.spans.get("people", []):
        spelled.setdefault(mention.text, source[mention.start_char : mention.end_char])
    out = []
    for span in doc.spans.get("quotes", []):
        where, speaker = _of(source, span), span._.speaker
        out.append(Quote(speaker=spelled.get(speaker, speaker) if speaker else None, text=where.text, span=where))
    return out


def _warnings(source: str, cleaned: Cleaned) -> list[str]:
    warnings = []
    if not source.strip():
        warnings.append("empty text: nothing to extract")
    elif len(_NOT_HAN.sub("", source)) < max(10, len(source.strip()) // 20):  # the Han count, without a list of characters
        warnings.append("the text has few Chinese characters: it may not be a Chinese article")
    if source and cleaned.text.strip() and cleaned.text.rstrip()[-1] not in "。！？”」』）)…":
        warnings.append("the article appears truncated: its last sentence has no closing punctuation")
    return warnings
