"""Pipeline construction: a blank `zh` spaCy Language with the cleaning jieba tokenizer and our components."""
from __future__ import annotations

import spacy
from spacy.language import Language

from extractor import extensions, tokenizer  # noqa: F401  (register the extensions and the tokenizer)
from extractor.components import (  # noqa: F401  (registers the factories)
    entities,
    event,
    figures,
    lac_tagger,
    quotes,
    temporal,
    titles,
)

COMPONENTS = ("zh_lac", "zh_entities", "zh_titles", "zh_quotes", "zh_figures", "zh_dates", "zh_event")


def build_pipeline() -> Language:
    """The pipeline, built once per process (model session, jieba dictionary, spaCy components)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zhextract.JiebaTokenizer.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
