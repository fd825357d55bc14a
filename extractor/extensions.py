"""The Doc's and Span's extensions, registered in one place: what `nlp(text)` leaves on the Doc for `to_record`.

Set by the tokenizer (extractor/tokenizer.py): `Doc._.source_text` (the input as given), `Doc._.cleaned` (the
analysis copy with chrome blanked, and what the chrome told: read through `Doc._.headline` and
`Doc._.dateline_places`), `Doc._.published` (the publication date given by the caller or found on the page) and
`Doc._.reference_date` (what relative dates resolve against). Set by the components: `Doc._.locale` (zh_figures: the
region whose currency a bare 元 is), `Doc._.event` (zh_event: the event frame, a `models.Event`), and `Span._.attrs`,
the values of a span (a figure's value and unit, a quote's speaker, ...).
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import srsly
from spacy.tokens import Doc, Span

from extractor.cleaning import Cleaned
from models.record import Event

_TAG = "__zhextract__"
"""The key that marks one of our values in a Doc's serialised `user_data`."""


def _get_attrs(span: Span):
    return span.doc.user_data.get(("zhx", span.label_, span.start_char, span.end_char))


def _set_attrs(span: Span, value) -> None:
    span.doc.user_data[("zhx", span.label_, span.start_char, span.end_char)] = value


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


def register() -> None:
    """Register every extension once per process (spaCy's extensions are global to the class)."""
    for name in ("source_text", "cleaned", "published", "reference_date", "locale", "event"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("headline"):
        Doc.set_extension("headline", getter=lambda doc: doc._.cleaned.title if doc._.cleaned is not None else None)
    if not Doc.has_extension("dateline_places"):
        Doc.set_extension("dateline_places", getter=lambda doc: doc._.cleaned.dateline_places if doc._.cleaned is not None else [])
    if not Span.has_extension("attrs"):
        # Keyed by label as well as offsets: a title and an organisation may cover the same characters.
        Span.set_extension("attrs", getter=_get_attrs, setter=_set_attrs)
    srsly.msgpack_encoders.register("zhextract", func=_encode)
    srsly.msgpack_decoders.register("zhextract", func=_decode)


register()
