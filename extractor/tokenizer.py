"""The tokenizer: cleans the article and segments the analysis copy with jieba, so that `nlp(text)` is the product.

It makes the analysis copy (chrome blanked, see cleaning.py) and keeps the input and what the chrome told on the
Doc's extensions (extensions.py); it starts the model's calls before segmenting, and runs the components' text-only
scans (`prepare`) beside them, so the model's threads are busy while jieba and the scans run.

spaCy's `get_words_and_spaces` looks each word up in a fresh copy of the rest of the text, which makes a
long text cost time quadratic in its length; this alignment keeps a position instead and gives the same
words and spaces.
"""
from __future__ import annotations

import marshal
import os
import sys
import tempfile
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from spacy.lang.zh import ChineseTokenizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from extractor import extensions  # noqa: F401  (registers the Doc's extensions)
from extractor.cleaning import clean
from extractor.components.lac_tagger import PENDING
from extractor.dates.page import page_reference
from extractor.lexicon.organizations import SUFFIXES, UNSEGMENTED_SUFFIXES
from extractor.lexicon.titles import HONORIFIC_STYLES, POSITIONS, UNSEGMENTED_POSITIONS, UNSEGMENTED_PREFIX_STYLES

if TYPE_CHECKING:
    from spacy.language import Language


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """The words of `text` and whether a space follows each, as spaCy's `get_words_and_spaces` gives them.

    >>> words_and_spaces(["北京", " ", "  ", "上海"], "北京   上海")
    (['北京', '  ', '上海'], [True, False, False])
    """
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(f"the segmenter's words do not spell the text ({text[:40]!r}...)")
    out_words: list[str] = []
    out_spaces: list[bool] = []
    at = 0
    for word in (w for w in words if not w.isspace()):
        start = text.index(word, at)
        if start > at:
            out_words.append(text[at:start])
            out_spaces.append(False)
        out_words.append(word)
        out_spaces.append(False)
        at = start + len(word)
        if at < len(text) and text[at] == " ":
            out_spaces[-1] = True
            at += 1
    if at < len(text):
        out_words.append(text[at:])
        out_spaces.append(False)
    return out_words, out_spaces


class JiebaTokenizer(ChineseTokenizer):
    """The analysis copy of an article as a Doc of jieba words, aligned in linear time."""

    def __init__(self, vocab: Vocab, nlp: Optional["Language"] = None):
        super().__init__(vocab, segmenter="jieba")
        self.nlp = nlp
        """The pipeline whose model calls start and whose components prepare before the Doc is returned."""

    def __call__(self, text: str) -> Doc:
        return self.make(text)

    def make(self, text: str, *, published: Optional[str] = None) -> Doc:
        """The Doc of `text`'s analysis copy; `published` (checked ISO 8601) dates the relative dates, else the page's own date does."""
        cleaned = clean(text)
        reference = published or cleaned.published or page_reference(text)
        pipes = dict(self.nlp.pipeline) if self.nlp is not None else {}
        pending = pipes["zh_lac"].start(cleaned.text) if "zh_lac" in pipes else None
        doc = self.segment(cleaned.text)
        if pending is not None:
            doc.user_data[PENDING] = pending
        doc._.source_text = text
        doc._.cleaned = cleaned
        doc._.published = published or cleaned.published
        doc._.reference_date = reference
        for component in pipes.values():
            if hasattr(component, "prepare"):
                component.prepare(doc)
        return doc

    def segment(self, text: str) -> Doc:
        """jieba's words of `text`, as they are: no cleaning."""
        words, spaces = words_and_spaces([w for w in self.jieba_seg.cut(text, cut_all=False) if w], text)
        return Doc(self.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=None)
def _user_dictionary() -> None:
    """Titles, organisation endings and honorific styles as whole words, so jieba does not cut 副市长, 发改委 or 拿督 apart.

    Once per process: jieba's dictionary is global, and each `add_word` also raises its frequency total, which would
    change how every pipeline of the process segments each time another pipeline is built."""
    import logging

    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    _jieba_dictionary(jieba)
    for word in (*(p for p in POSITIONS if p not in UNSEGMENTED_POSITIONS), *(s for s in SUFFIXES if s not in UNSEGMENTED_SUFFIXES),
                 "副" + "市长", "常务副市长", "常务副省长"):
        jieba.add_word(word, freq=20000)
    for word in HONORIFIC_STYLES:  # 拿督|林某某, not 拿|督林|…: a style is a word before the name it goes with
        if len(word) >= 2 and not word.isascii() and word not in UNSEGMENTED_PREFIX_STYLES:
            jieba.add_word(word, freq=20000)


def import_jieba():
    """jieba, imported without `pkg_resources`: jieba imports it only to open its own dictionary file, opens the file by
    its path when the import fails, and the import costs 0.4 s of every cold start. A `None` in `sys.modules` makes
    that one import fail; it is taken out again at once, so later imports of `pkg_resources` work."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    return jieba


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the project's words) counts `word`: 0 for no word of it."""
    import jieba

    _user_dictionary()
    return jieba.dt.FREQ.get(word, 0) or 0


def _jieba_dictionary(jieba) -> None:
    """Load jieba's default dictionary from jieba's own cache file as `jieba.initialize` does, but read whole: jieba's
    `marshal.load` on the open file reads its 9 MB piece by piece, a second of every cold start. Without a usable cache,
    or with another dictionary, jieba loads (and caches) it itself."""
    tokenizer = jieba.dt
    if tokenizer.initialized or tokenizer.dictionary != jieba.DEFAULT_DICT:
        return
    cache = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), tokenizer.cache_file or "jieba.cache")
    try:
        with open(cache, "rb") as f:
            freq, total = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return
    with tokenizer.lock:
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True


@registry.tokenizers("zhextract.JiebaTokenizer.v1")
def create_tokenizer():
    def make(nlp: "Language") -> JiebaTokenizer:
        _user_dictionary()
        return JiebaTokenizer(nlp.vocab, nlp)

    return make
