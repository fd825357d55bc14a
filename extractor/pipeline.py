"""Pipeline construction: a blank `zh` spaCy Language with the cleaning jieba tokenizer and our components."""
from __future__ import annotations

from typing import Any, Optional

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


def build_pipeline(config: Optional[dict[str, dict[str, Any]]] = None) -> Language:
    """The pipeline, built once per process (model session, jieba dictionary, spaCy components); `config` gives
    components' settings by component name (`{"zh_figures": {"locale": "taiwan"}}`), the rest keep their defaults."""
    config = config or {}
    unknown = sorted(set(config) - set(COMPONENTS))
    if unknown:
        raise ValueError(f"no component named {', '.join(unknown)} in the pipeline; its components are {', '.join(COMPONENTS)}")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zhextract.JiebaTokenizer.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp
