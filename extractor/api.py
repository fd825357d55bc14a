"""Record extraction API: `extract(text)` is `to_record(nlp(text))` on the pipeline `load()` builds."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from spacy.language import Language

from extractor.decoding import check_published
from extractor.record import to_record
from extractor.record_id import record_id
from models import ArticleRecord

MAX_CHARS = 2_000_000
"""Longer texts are refused: no news article is this long, and the pipeline holds the whole Doc in memory."""


class Extractor:
    """Holds the pipeline so that models load once; `extract` is safe to call for any string."""

    def __init__(self, nlp: Optional[Language] = None):
        self.nlp = nlp if nlp is not None else load()

    def extract(self, text: str, *, source: Optional[str] = None, published: Optional[str] = None) -> ArticleRecord:
        """One article's record; problems with the text go to `warnings`, never an exception for a str.

        `published` (ISO 8601: 2017-09-26, 2017-09 or 2017) dates the article's relative dates; anything
        that is not a date is refused with a ValueError rather than guessed at.
        """
        if not isinstance(text, str):
            raise TypeError(f"extract() takes the article as str, got {type(text).__name__}; decode bytes with extractor.decoding.decode_bytes")
        published = check_published(published)
        if len(text) > MAX_CHARS:
            return ArticleRecord(id=record_id(text), source=source, warnings=[f"text has {len(text)} characters, over the limit of {MAX_CHARS}: not analysed; split the input into articles"])
        return to_record(self.nlp(self.nlp.tokenizer.make(text, published=published)), source=source)


def load(config: Optional[dict[str, dict[str, Any]]] = None) -> Language:
    """A new pipeline: `to_record(nlp(text))` is `extract(text)`, and `nlp.pipe(texts)` works as spaCy's does.

    `config` sets components' settings by name, e.g. `load({"zh_figures": {"locale": "taiwan"}})` for a site whose
    region is known; `nlp.config` shows every setting.
    """
    from extractor import regex_cache
    from extractor.pipeline import build_pipeline

    nlp = build_pipeline(config)
    regex_cache.save()
    return nlp


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide extractor: built on first use, then reused."""
    return Extractor()
