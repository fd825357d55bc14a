"""The Doc's and Span's extensions, registered in one place: what `nlp(text)` leaves on the Doc for `to_record`.

Set by the tokenizer (extractor/tokenizer.py): `Doc._.source_text` (the input as given), `Doc._.cleaned` (the
analysis copy with chrome blanked, and what the chrome told: read through `Doc._.headline` and
`Doc._.dateline_places`), `Doc._.published` (the publication date given by the caller or found on the page) and
`Doc._.reference_date` (what relative dates resolve against). Set by the components: `Doc._.locale` (zh_figures: the
region whose currency a bare 元 is), `Doc._.event` (zh_event: the event frame, a `models.Event`), and `Span._.attrs`,
the values of a span, which a component sets in one go and everyone reads through the named getters in
SPAN_VALUES (`span._.value`, `span._.speaker`, ...).
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import srsly
from spacy.tokens import Doc, Span

from extractor.cleaning import Cleaned
from extractor.normalise import analysis_text
from models.record import Event

_TAG = "__zhextract__"
"""The key that marks one of our values in a Doc's serialised `user_data`."""


SPAN_VALUES = {
    "kind": "figures: money, count, percent or quantity",
    "value": "figures: the normalised value (Decimal); dates: the ISO value",
    "upper": "figures: a range's upper end",
    "unit": "figures: ISO 4217 currency, %, 百分点 or the unit as written",
    "qualifier": "figures: eq, gt, ge, lt, le or approx",
    "subject": "figures: what the figure measures, as written",
    "items": "figures: the items a count enumerates",
    "start_value": "dates: the first day of the interval the mention denotes",
    "end_value": "dates: the last day of that interval",
    "precision": "dates: day, month, season, year or range",
    "speaker": "quotes: the speaker's name, in the analysis copy's spelling",
    "person": "titles: the name of the person the title belongs to",
    "organization": "titles: the organisation named in the title",
    "position": "titles: the position, as written",
    "aliases": "orgs: short names given in brackets",
    "alias_offsets": "orgs: where each short name is written",
}
"""Each named value a span may carry (read-only getters over `Span._.attrs`; None where a span's label has none)."""


def _get_attrs(span: Span):
    return span.doc.user_data.get(("zhx", span.label_, span.start_char, span.end_char))


def _set_attrs(span: Span, value) -> None:
    span.doc.user_data[("zhx", span.label_, span.start_char, span.end_char)] = value


def _value_getter(name: str):
    def get(span: Span):
        attrs = _get_attrs(span)
        return attrs.get(name) if attrs else None

    return get


def _source_offsets(span: Span) -> tuple[int, int]:
    """The span's characters in the input: a component may narrow a span whose tokens run past the words it found."""
    attrs = _get_attrs(span) or {}
    return attrs.get("start", span.start_char), attrs.get("end", span.end_char)


def _encode(obj, chain=None):
    """Our values in `user_data` as msgpack data, so `Doc.to_bytes` and `nlp.pipe(n_process=...)` carry them."""
    if isinstance(obj, Decimal):
        return {_TAG: "Decimal", "value": str(obj)}
    if isinstance(obj, Cleaned):
        return {_TAG: "Cleaned", "value": dataclasses.asdict(obj)}
    if isinstance(obj, Event):
        return {_TAG: "Event", "value": obj.model_dump()}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    kind = obj.get(_TAG) if isinstance(obj, dict) else None
    if kind == "Decimal":
        return Decimal(obj["value"])
    if kind == "Cleaned":
        value = obj["value"]
        return Cleaned(**{**value, "title": tuple(value["title"]) if value["title"] is not None else None})
    if kind == "Event":
        return Event.model_validate(obj["value"])
    return obj if chain is None else chain(obj)


def _credited(doc: Doc) -> set[str]:
    """The names the bylines and credits give as authors, in the analysis text's spelling: no person of the body."""
    cleaned = doc._.cleaned
    return {analysis_text(name, script=cleaned.script) for name in cleaned.authors} if cleaned is not None else set()


def register() -> None:
    """Register every extension once per process (spaCy's extensions are global to the class)."""
    for name in ("source_text", "cleaned", "published", "reference_date", "locale", "event"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("headline"):
        Doc.set_extension("headline", getter=lambda doc: doc._.cleaned.title if doc._.cleaned is not None else None)
    if not Doc.has_extension("credited"):
        Doc.set_extension("credited", getter=_credited)
    if not Doc.has_extension("dateline_places"):
        Doc.set_extension("dateline_places", getter=lambda doc: doc._.cleaned.dateline_places if doc._.cleaned is not None else [])
    if not Span.has_extension("attrs"):
        # Keyed by label as well as offsets: a title and an organisation may cover the same characters.
        Span.set_extension("attrs", getter=_get_attrs, setter=_set_attrs)
    for name in SPAN_VALUES:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_value_getter(name))
    if not Span.has_extension("offsets"):
        Span.set_extension("offsets", getter=_source_offsets)
    srsly.msgpack_encoders.register("zhextract", func=_encode)
    srsly.msgpack_decoders.register("zhextract", func=_decode)


register()
