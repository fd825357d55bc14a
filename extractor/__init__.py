"""Chinese press articles to structured, source-grounded event records.

`extract(text)` is the public API; the pipeline is built on first use, once per process. `load()` gives the spaCy
pipeline itself: `to_record(nlp(text))` is `extract(text)`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from models import ArticleRecord

__all__ = ["extract", "load", "to_record"]


def extract(text: str, *, source: Optional[str] = None, published: Optional[str] = None) -> "ArticleRecord":
    """Extract the event record of one article (see ../shared/SCHEMA.md)."""
    from extractor.api import default_extractor

    return default_extractor().extract(text, source=source, published=published)


def load(config: Optional[dict[str, dict[str, Any]]] = None) -> "Language":
    """A new spaCy pipeline whose `nlp(text)` Doc holds everything the record is read from; `config` sets components'
    settings by name (`{"zh_figures": {"locale": "taiwan"}}`)."""
    from extractor.api import load as load_pipeline

    return load_pipeline(config)


def to_record(doc: "Doc", *, source: Optional[str] = None) -> "ArticleRecord":
    """The record of a Doc made by `load()`'s pipeline; reads the Doc only."""
    from extractor.record import to_record as doc_to_record

    return doc_to_record(doc, source=source)
