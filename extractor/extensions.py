"""The Doc's and Span's extensions, registered in one place: what `nlp(text)` leaves on the Doc for `to_record`.

Set by the tokenizer (extractor/tokenizer.py): `Doc._.source_text` (the input as given), `Doc._.cleaned` (the
analysis copy with chrome blanked, and what the chrome told: read through `Doc._.headline` and
`Doc._.dateline_places`), `Doc._.published` (the publication date given by the caller or found on the page) and
`Doc._.reference_date` (what relative dates resolve against). Set by the components: `Doc._.locale` (zh_figures: the
region whose currency a bare 元 is), `Doc._.event` (zh_event: the event frame, a `models.Event`), and `Span._.attrs`,
the values of a span (a figure's value and unit, a quote's speaker, ...).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def _get_attrs(span: Span):
    return span.doc.user_data.get(("zhx", span.label_, span.start_char, span.end_char))


def _set_attrs(span: Span, value) -> None:
    span.doc.user_data[("zhx", span.label_, span.start_char, span.end_char)] = value


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


register()
