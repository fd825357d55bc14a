"""Record extraction API: clean the text, run the spaCy pipeline on the analysis copy, assemble the record."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from extractor.cleaning import Cleaned, clean
from extractor.components.lac_tagger import PENDING
from extractor.dates import page_reference
from extractor.decoding import check_published
from extractor.record import build_record
from models import ArticleRecord

MAX_CHARS = 2_000_000
"""Longer texts are refused: no news article is this long, and the pipeline holds the whole Doc in memory."""


class Extractor:
    """Holds the pipeline so that models load once; `extract` is safe to call for any string."""

    def __init__(self, nlp: Optional[Language] = None):
        if nlp is None:
            from extractor.pipeline import build_pipeline

            nlp = build_pipeline()
        self.nlp = nlp

    def extract(self, text: str, *, source: Optional[str] = None, published: Optional[str] = None) -> ArticleRecord:
        """One article's record; problems with the text go to `warnings`, never an exception for a str.

        `published` (ISO 8601: 2017-09-26, 2017-09 or 2017) dates the article's relative dates; anything
        that is not a date is refused with a ValueError rather than guessed at.
        """
        if not isinstance(text, str):
            raise TypeError(f"extract() takes the article as str, got {type(text).__name__}; decode bytes with extractor.decoding.decode_bytes")
        published = check_published(published)
        record_id = "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        if len(text) > MAX_CHARS:
            return ArticleRecord(id=record_id, source=source, warnings=[f"text has {len(text)} characters, over the limit of {MAX_CHARS}: not analysed; split the input into articles"])
        cleaned = clean(text)
        doc = self._run(cleaned, text, published or cleaned.published or page_reference(text))
        return build_record(doc, cleaned, text, record_id=record_id, source=source, published=published)

    def _run(self, cleaned: Cleaned, source_text: str, published: Optional[str]) -> Doc:
        """The model's calls start first: jieba and the components' text-only scans (`prepare`) run beside them."""
        pending = self.nlp.get_pipe("zh_lac").start(cleaned.text) if "zh_lac" in self.nlp.pipe_names else None
        doc = self.nlp.make_doc(cleaned.text)
        if pending is not None:
            doc.user_data[PENDING] = pending
        doc.user_data["text"] = cleaned.text
        doc.user_data["source_text"] = source_text
        doc.user_data["published"] = published
        doc.user_data["dateline_places"] = cleaned.dateline_places
        doc.user_data["title"] = cleaned.title
        for _, component in self.nlp.pipeline:
            if hasattr(component, "prepare"):
                component.prepare(doc)
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide extractor: built on first use, then reused."""
    return Extractor()
