"""Component `zh_lac`: Baidu LAC tags for every sentence of the Doc in one batched call, as tokens' tags and `doc.spans["lac"]`."""
from __future__ import annotations

from typing import Optional

import numpy as np
import regex
from spacy.attrs import IDX, LENGTH, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components import text_of
from extractor.lac import MAX_BATCH, LacTagger, Tagging, default_tagger
from extractor.lexicon.speech import ADVERBS_AFTER_NAMES, SPEECH_VERBS
from extractor.lexicon.titles import HONORIFIC_STYLES

_SENTENCE = regex.compile(r"[^。！？；\n]+[。！？；]?")
ENTITY_TAGS = ("PER", "ORG", "LOC", "TIME")
PENDING = "zh_lac.pending"
"""`user_data` key of the tagging started by `LacComponent.start` (taken out of the Doc when used)."""


MAX_SENTENCE = 400
"""Most characters given to the model in one piece. A longer run without a sentence end (a list of thousands of
names, a table flattened into one line) is cut at its last comma, 、 or space in the second half of this length,
else at this length: the model's memory grows with the longest piece of a batch. News sentences are shorter."""
_SOFT_BREAKS = "，、；： "


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the text, blank runs (blanked chrome) excluded, none longer than MAX_SENTENCE.

    >>> sentences("  张三来了。 他说：好！\\n")
    [(2, 7), (8, 13)]
    """
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while e - s > MAX_SENTENCE:
            cut = max(text.rfind(c, s + MAX_SENTENCE // 2, s + MAX_SENTENCE) for c in _SOFT_BREAKS)
            cut = cut + 1 if cut >= 0 else s + MAX_SENTENCE
            _add_trimmed(text, s, cut, spans)
            s = cut
        _add_trimmed(text, s, e, spans)
    return spans


def _add_trimmed(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s] == " ":
        s += 1
    while e > s and text[e - 1] == " ":
        e -= 1
    if e > s:
        spans.append((s, e))


class LacComponent:
    """Refines the jieba tokens at LAC's word boundaries, sets each token's tag, and keeps LAC's entities.

    The split happens here, before any span exists: the split tokens make a new Doc (sharing the
    first one's `user_data`), which no span of the old one would follow. A LAC word tags its tokens (and is an entity span when its tag is in
    ENTITY_TAGS) when it starts and ends on token edges; one covering only whitespace does not.
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

    def start(self, text: str) -> Tagging:
        """Start tagging `text` (the Doc's text to be), so that the caller makes the Doc and runs the text-only
        scans while the model calls run; the caller puts the result in the Doc's `user_data[PENDING]`."""
        return self.tagger.submit([text[s:e] for s, e in sentences(text)], max_batch=self.max_batch)

    def __call__(self, doc: Doc) -> Doc:
        pending = doc.user_data.pop(PENDING, None)
        if not len(doc):
            doc.spans["lac"] = []
            return doc
        text = text_of(doc)
        sents = sentences(text)
        tagger = self.tagger
        paths = pending.paths() if pending else tagger.paths([text[s:e] for s, e in sents], max_batch=self.max_batch)
        starts, ends, tags = _words(sents, paths, tagger.inside)
        starts, style_ends = _cut_styles(text, starts, ends, tags, tagger.labels)
        style_ends = np.union1d(style_ends, _list_ends(text, starts, ends, tags, tagger.labels))
        verb_starts = _speech_verb_ends(text, starts, ends, tags, tagger.labels)
        doc = _split_at(doc, np.union1d(np.union1d(np.union1d(starts, ends), style_ends), verb_starts))
        edges = doc.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
        token_starts, token_ends = edges[:, 0], edges[:, 0] + edges[:, 1]
        first = np.minimum(np.searchsorted(token_starts, starts), len(doc) - 1)
        last = np.minimum(np.searchsorted(token_ends, ends), len(doc) - 1)
        aligned = (token_starts[first] == starts) & (token_ends[last] == ends)
        first, last, tags = first[aligned], last[aligned], tags[aligned]
        labels = tagger.labels
        strings = doc.vocab.strings
        hashes = np.array([strings.add(label) for label in labels], dtype=np.uint64)
        token_tags = doc.to_array([TAG]).astype(np.uint64).reshape(-1)
        counts = last - first + 1  # tokens of each word
        covered = np.repeat(first - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
        token_tags[covered] = hashes[np.repeat(tags, counts)]
        doc.from_array([TAG], token_tags.reshape(-1, 1))
        entity_ids = {i for i, label in enumerate(labels) if label in ENTITY_TAGS}
        doc.spans["lac"] = [
            Span(doc, int(a), int(b) + 1, label=labels[t]) for a, b, t in zip(first, last, tags.tolist()) if t in entity_ids
        ]
        return doc


def _words(sents: list[tuple[int, int]], paths: list[np.ndarray], inside: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Document offsets (starts, ends) and tag ids of LAC's words: a word starts at each non-I tag and at each sentence start."""
    if not sents:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    sizes = np.array([e - s for s, e in sents], dtype=np.int64)
    offsets = np.cumsum(sizes) - sizes
    path = np.concatenate(paths)
    positions = np.arange(len(path)) + np.repeat(np.array([s for s, _ in sents]) - offsets, sizes)
    opens = ~inside[path]
    opens[offsets] = True
    index = np.flatnonzero(opens)
    stops = np.append(index[1:], len(path)) - 1
    return positions[index], positions[stops] + 1, path[index]


_STYLE_START = regex.compile("(?:" + "|".join(sorted((s for s in HONORIFIC_STYLES if regex.fullmatch(r"\p{Han}+", s)),
                                                      key=len, reverse=True)) + ")")


_SPEECH_VERB_CHARS = "指称稱说說问問答"
_PUNCT_AFTER_VERB = ("，", "。", "：", ":", ",")


def _speech_verb_ends(text: str, starts: np.ndarray, ends: np.ndarray, tags: np.ndarray, labels: list[str]) -> np.ndarray:
    """Where a word the model calls a name of three or four characters ends in a one-character verb of speech before
    punctuation (主控官|祁家俊指|：): the verb becomes a token of its own, so that the name the entities keep (祁家俊) sits on
    token edges. So with an adverb the model ran into a name before a verb of speech (司徒|家明常|说): the name may be
    trimmed of it. The model's word and its tag stay as they are."""
    person = np.flatnonzero(np.isin(tags, [i for i, label in enumerate(labels) if label == "PER"]))
    found = [int(ends[k]) - 1 for k in person.tolist()
             if 3 <= int(ends[k]) - int(starts[k]) <= 4 and text[int(ends[k]) - 1] in _SPEECH_VERB_CHARS
             and text[int(ends[k]) : int(ends[k]) + 1] in _PUNCT_AFTER_VERB]
    found += [int(ends[k]) - 1 for k in person.tolist()
              if int(ends[k]) - int(starts[k]) >= 2 and text[int(ends[k]) - 1] in ADVERBS_AFTER_NAMES
              and text.startswith(SPEECH_VERBS, int(ends[k]))]
    return np.array(sorted(found), dtype=starts.dtype)


def _cut_styles(text: str, starts: np.ndarray, ends: np.ndarray, tags: np.ndarray, labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Where an honorific style ends inside a word the model calls a name: the name after it is a word of its own,
    whatever jieba joined across it (丹斯里林|国华, 敦阿都|拉: a one-character style too). A style the model began in the
    word before and ran into the name (拿|督罗志昌) is cut from it: the name's word then starts after the style.

    Returns the words' starts, so moved, and the offsets to split tokens at."""
    person = np.flatnonzero(np.isin(tags, [i for i, label in enumerate(labels) if label == "PER"]))
    longest = max((len(s) for s in HONORIFIC_STYLES), default=0)
    found = []
    moved = starts.copy()
    for k in person.tolist():
        start, end = int(starts[k]), int(ends[k])
        style = _STYLE_START.match(text, start, end)
        if style and end - style.end() >= 2:
            found.append(style.end())
            continue
        for back in range(1, longest):
            style = _STYLE_START.match(text, max(0, start - back), end)
            if style and style.start() == start - back and start < style.end() and end - style.end() >= 2:
                found += [style.start(), style.end()]
                moved[k] = style.end()
                break
    return moved, np.array(sorted(found), dtype=starts.dtype)


def _list_ends(text: str, starts: np.ndarray, ends: np.ndarray, tags: np.ndarray, labels: list[str]) -> np.ndarray:
    """Where the 等 that closes a list starts inside a word the model calls a name (玛丽·李等|参加, 陈某等人): the 等 is
    a token of its own, so that the name ends on a token edge."""
    person = np.flatnonzero(np.isin(tags, [i for i, label in enumerate(labels) if label == "PER"]))
    found = [int(ends[k]) - 1 for k in person.tolist() if int(ends[k]) - int(starts[k]) >= 2 and text[int(ends[k]) - 1] == "等"]
    return np.array(found, dtype=starts.dtype)


def _split_at(doc: Doc, boundaries: np.ndarray) -> Doc:
    """The Doc with its tokens split so that every boundary (sorted offsets) falls between tokens.

    A new Doc built from the split words, sharing `user_data`: spaCy's retokenizer moves the whole token
    array for each split, which makes a long text cost time quadratic in its length.
    """
    if not len(doc):
        return doc
    edges = doc.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
    lows = np.searchsorted(boundaries, edges[:, 0], side="right")
    highs = np.searchsorted(boundaries, edges[:, 0] + edges[:, 1], side="left")
    cut = set(np.flatnonzero(highs > lows).tolist())
    if not cut:
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    for i, token in enumerate(doc):
        if i in cut:
            inner = (boundaries[lows[i] : highs[i]] - edges[i, 0]).tolist()
            cuts = [0, *inner, len(token.text)]
            words += [token.text[a:b] for a, b in zip(cuts, cuts[1:])]
            spaces += [False] * (len(cuts) - 2)
        else:
            words.append(token.text)
        spaces.append(bool(token.whitespace_))
    split = Doc(doc.vocab, words=words, spaces=spaces)
    split.user_data = doc.user_data
    return split


@Language.factory("zh_lac", assigns=["token.tag", "doc.spans"], default_config={"max_batch": MAX_BATCH})
def make_lac(nlp: Language, name: str, max_batch: int) -> LacComponent:
    return LacComponent(nlp, name, max_batch=max_batch)
