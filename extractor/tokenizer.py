"""The tokenizer: spaCy's jieba segmenter, with the words aligned to the text in one pass.

spaCy's `get_words_and_spaces` looks each word up in a fresh copy of the rest of the text, which makes a
long text cost time quadratic in its length; this alignment keeps a position instead and gives the same
words and spaces.
"""
from __future__ import annotations

from spacy.lang.zh import ChineseTokenizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab


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
    """jieba words, aligned in linear time."""

    def __init__(self, vocab: Vocab):
        super().__init__(vocab, segmenter="jieba")

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces([w for w in self.jieba_seg.cut(text, cut_all=False) if w], text)
        return Doc(self.vocab, words=words, spaces=spaces)


@registry.tokenizers("zhextract.JiebaTokenizer.v1")
def create_tokenizer():
    def make(nlp) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)

    return make
