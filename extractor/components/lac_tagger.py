"""Component `zh_lac`: Baidu LAC tags for every sentence of the Doc in one batched call, as tokens' tags and `doc.spans["lac"]`."""
from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extractor.lac import LacTagger, default_tagger

_SENTENCE = regex.compile(r"[^。！？；\n]+[。！？；]?")
ENTITY_TAGS = ("PER", "ORG", "LOC", "TIME")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the text, blank runs (blanked chrome) excluded."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


class LacComponent:
    """Refines the jieba tokens at LAC's word boundaries, sets each token's tag, and keeps LAC's entities.

    The split happens here, before any span exists, because spaCy does not move existing spans
    when a token is split.
    """

    def __init__(self, nlp: Language, name: str, *, max_batch: int, tagger: Optional[LacTagger] = None):
        self.name = name
        self.max_batch = max_batch
        self._tagger = tagger

    @property
    def tagger(self) -> LacTagger:
        if self._tagger is None:
            self._tagger = default_tagger()
        return self._tagger

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sents = sentences(text)
        tagged = self.tagger.tag([text[s:e] for s, e in sents], max_batch=self.max_batch)
        words = [(s + w.start, s + w.end, w.tag) for (s, _), ws in zip(sents, tagged) for w in ws]
        _split_at(doc, {b for w in words for b in w[:2]})
        by_start = {w[0]: w for w in words}
        entities = []
        for token in doc:
            word = by_start.get(token.idx)
            if word is None:
                continue
            span = doc.char_span(word[0], word[1], label=word[2])
            if span is None:
                continue
            for t in span:
                t.tag_ = word[2]
            if word[2] in ENTITY_TAGS:
                entities.append(span)
        doc.spans["lac"] = entities
        return doc


def _split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split tokens so that every boundary falls between tokens."""
    cuts = []
    for token in doc:
        inner = sorted(b - token.idx for b in boundaries if token.idx < b < token.idx + len(token.text))
        if inner:
            cuts.append((token, inner))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for token, inner in cuts:
            edges = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


@Language.factory("zh_lac", assigns=["token.tag", "doc.spans"], default_config={"max_batch": 64})
def make_lac(nlp: Language, name: str, max_batch: int) -> LacComponent:
    return LacComponent(nlp, name, max_batch=max_batch)
