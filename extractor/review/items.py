"""Review items: every extracted thing of a record, with the places in the text that show it.

Most items carry their spans in the record. Titles, authors and the event's theme, venue, place,
organisers and segments do not: they are placed by searching the text for their words where they
belong (a title next to its person's mentions, an event field nearest the event's name, an author in
the chrome) and flagged `found`, so that the page says the place is a search result. Words that are
not in the text give an item without a place.

An item is `{"key", "k", "t", "m", "f", "x"}`: a key that stays the same for the same text and item
(the page keeps corrections under it), the kind, the text, the spans as [start, end] code-point
offsets, the fields a gold file takes from it, and what is only shown.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from extractor.cleaning import clean
from models import ArticleRecord, Figure, Span

KINDS = ("person", "title", "org", "figure", "date", "quote", "event", "document", "author", "place")
"""Every kind of item, in the order the page lists them."""


def blanked(text: str) -> list[list[int]]:
    """The [start, end] ranges of chrome that cleaning blanked: spaces in the cleaned copy, not in the input.

    >>> text = "首页 > 新闻\\n鎮江市舉辦國際低碳大會，來自三十多個國家的代表出席。"
    >>> [text[s:e] for s, e in blanked(text)]
    ['首页', '>', '新闻']
    """
    cleaned = clean(text).text
    ranges: list[list[int]] = []
    for i, (was, now) in enumerate(zip(text, cleaned)):
        if now == " " and not was.isspace():
            if ranges and ranges[-1][1] == i:
                ranges[-1][1] = i + 1
            else:
                ranges.append([i, i + 1])
    return ranges


def items_of(record: ArticleRecord, text: Optional[str], chrome: list[list[int]]) -> list[dict[str, Any]]:
    """The record's items in the page's order of kinds; without a text, items keep only the record's spans."""
    finder = _Finder(text or "", chrome)
    items: list[dict[str, Any]] = []
    for person in record.people:
        items.append(_item("person", person.name, person.mentions, f={"roles": person.roles}))
    for person in record.people:
        anchors = [p for m in person.mentions for p in (m.start, m.end)]
        for title in person.titles:
            items.append(_item("title", title.text, finder.place(title.text, anchors), key=f"title:{person.name}:{title.text}",
                               f={"person": person.name}, x={"organization": title.organization, "position": title.position}))
    for org in record.organizations:
        items.append(_item("org", org.name, org.mentions, x={"aliases": org.aliases}))
    items += [_figure_item(figure) for figure in record.figures]
    for date in record.dates:
        ranged = date.precision == "range"
        items.append(_item("date", date.text, [date.span], f={"value": (date.start or date.value) if ranged else date.value,
                                                              "end": date.end if ranged else None},
                           x={"precision": date.precision}))
    for quote in record.quotes:
        items.append(_item("quote", quote.text, [quote.span], f={"speaker": quote.speaker}))
    items += _event_items(record, finder)
    for document in record.documents:
        items.append(_item("document", document.text, [document.span]))
    for author in record.authors:
        items.append(_item("author", author, finder.place(author, [], in_chrome=True)))
    for location in record.locations:
        items.append(_item("place", location.name, location.mentions))
    return _unique_keys(items)


def _item(kind: str, text: str, spans: Iterable[Span | list[int]], *, key: Optional[str] = None,
          f: Optional[dict] = None, x: Optional[dict] = None) -> dict[str, Any]:
    places = [[s.start, s.end] if isinstance(s, Span) else s for s in spans]
    found = bool(places) and not any(isinstance(s, Span) for s in spans)  # [start, end] lists come from _Finder
    item = {"key": key or f"{kind}:{text}", "k": kind, "t": text, "m": places}
    if found:
        item["found"] = True
    if f:
        item["f"] = f
    if x:
        item["x"] = {k: v for k, v in x.items() if v not in (None, [], "")}
    return item


def _figure_item(figure: Figure, *, kind: str = "figure", key: Optional[str] = None, f: Optional[dict] = None) -> dict[str, Any]:
    fields = {"kind": figure.kind, "value": _decimal(figure.value), "upper": _decimal(figure.upper), "unit": figure.unit,
              "qualifier": figure.qualifier, "subject": figure.subject, "items": figure.items}
    return _item(kind, figure.text, [figure.span], key=key or f"figure:{figure.span.start}:{figure.span.end}", f={**fields, **(f or {})})


def _decimal(value) -> Optional[str]:
    return None if value is None else format(value.normalize(), "f")


def _event_items(record: ArticleRecord, finder: "_Finder") -> list[dict[str, Any]]:
    event = record.event
    if event is None:
        return []
    anchors = [event.name_span.start, event.name_span.end] if event.name_span else []
    items = []
    if event.name:
        spans = [event.name_span] if event.name_span else finder.place(event.name, [])
        items.append(_item("event", event.name, spans, key="event:name", f={"field": "name"}))
    if event.theme:
        items.append(_item("event", event.theme, finder.place(event.theme, anchors), key="event:theme", f={"field": "theme"}))
    if event.venue:
        items.append(_item("event", event.venue, finder.place(event.venue, anchors), key="event:venue", f={"field": "venue"}))
    place = event.location
    if place is not None:
        written = place.text or place.city or place.province or place.country or ""
        items.append(_item("event", written, finder.place(written, anchors), key="event:location",
                           f={"field": "location", "city": place.city, "province": place.province, "country": place.country}))
    for organizer in event.organizers:
        items.append(_item("event", organizer.name, finder.place(organizer.name, anchors), key=f"event:organizer:{organizer.name}",
                           f={"field": "organizer", "role": organizer.role}))
    for segment in event.segments:
        items.append(_item("event", segment, finder.place(segment, anchors), key=f"event:segment:{segment}",
                           f={"field": "segment"}))
    if event.attendance is not None:
        items.append(_figure_item(event.attendance, kind="event", key="event:attendance", f={"field": "attendance"}))
    return items


def _unique_keys(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A key said twice (the same title given twice) gets #2, #3: corrections must name one item."""
    seen: dict[str, int] = {}
    for item in items:
        n = seen[item["key"]] = seen.get(item["key"], 0) + 1
        if n > 1:
            item["key"] += f"#{n}"
    return items


class _Finder:
    """Places of words that the record gives without a span."""

    def __init__(self, text: str, chrome: list[list[int]]) -> None:
        self.text = text
        self.chrome = bytearray(len(text))
        for start, end in chrome:
            self.chrome[start:end] = b"\x01" * (end - start)

    def place(self, words: str, anchors: list[int], *, in_chrome: bool = False) -> list[list[int]]:
        """The occurrence of `words` on the wanted side of the chrome line, nearest to an anchor, else the first.

        >>> _Finder("市长说，市委书记李明、市长张华出席", []).place("市长", [13, 15])
        [[11, 13]]
        """
        best, best_rank = None, None
        start = self.text.find(words) if words else -1
        while start >= 0:
            end = start + len(words)
            distance = min((max(start - a, a - end, 0) for a in anchors), default=0)
            rank = (any(self.chrome[start:end]) != in_chrome, distance, start)
            if best_rank is None or rank < best_rank:
                best, best_rank = [start, end], rank
            start = self.text.find(words, start + 1)
        return [best] if best else []
