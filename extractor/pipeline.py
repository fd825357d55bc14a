"""Pipeline construction: a blank `zh` spaCy Language (jieba segmenter plus a title/organisation user dictionary) and our components."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Span

from extractor import tokenizer  # noqa: F401  (registers the tokenizer)
from extractor.components import (  # noqa: F401  (registers the factories)
    entities,
    event,
    figures,
    lac_tagger,
    quotes,
    temporal,
    titles,
)
from extractor.lexicon.organizations import SUFFIXES
from extractor.lexicon.titles import POSITIONS

COMPONENTS = ("zh_lac", "zh_entities", "zh_titles", "zh_quotes", "zh_figures", "zh_dates", "zh_event")

def _get_attrs(span: Span):
    return span.doc.user_data.get(("zhx", span.label_, span.start_char, span.end_char))


def _set_attrs(span: Span, value) -> None:
    span.doc.user_data[("zhx", span.label_, span.start_char, span.end_char)] = value


if not Span.has_extension("attrs"):
    # Keyed by label as well as offsets: a title and an organisation may cover the same characters.
    Span.set_extension("attrs", getter=_get_attrs, setter=_set_attrs)


def _user_dictionary() -> None:
    """Titles and organisation endings as whole words, so jieba does not cut 副市长 or 发改委 apart."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in (*POSITIONS, *SUFFIXES, "副" + "市长", "常务副市长", "常务副省长"):
        jieba.add_word(word, freq=20000)


def build_pipeline() -> Language:
    """The pipeline, built once per process (model session, jieba dictionary, spaCy components)."""
    _user_dictionary()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zhextract.JiebaTokenizer.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
