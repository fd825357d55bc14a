"""Component `zh_lac`: Baidu LAC tags for every sentence of the Doc in one batched call, as tokens' tags and `doc.spans["lac"]`."""
from __future__ import annotations

from typing import Optional

import numpy as np
import regex
from spacy.attrs import IDX, LENGTH, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import regex_cache
from extractor.components import text_of
from extractor.lac import MAX_BATCH, Boundary, LacTagger, Tagging, default_tagger
from extractor.lexicon.speech import ADVERBS_AFTER_NAMES, COORDINATORS, SAYING_PROPER, SPEECH_VERBS
from extractor.lexicon.gazetteer import KNOWN_PLACES
from extractor.lexicon.surnames import COMPOUND, SINGLE, is_transliterated
from extractor.lexicon.titles import CHAIN_MARK_VERBS, HONORIFIC_STYLES, OATH_ROLES, POSITIONS, STYLE_LOOKALIKES
from extractor.normalise import to_simplified
from extractor.word_tags import word_tag
from extractor.patterns import HAN, alternation

_SENTENCE = regex_cache.compile(r"[^。！？；\n]+[。！？；]?")
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
        tagging = pending or tagger.submit([text[s:e] for s, e in sents], max_batch=self.max_batch)
        paths = _with_name_edges(text, sents, tagging.paths(), tagging.boundaries, tagger)
        starts, ends, tags = _words(sents, paths, tagger.inside)
        starts, style_ends = _cut_styles(text, starts, ends, tags, tagger.labels)
        style_ends = np.union1d(style_ends, _list_ends(text, starts, ends, tags, tagger.labels))
        style_ends = np.union1d(style_ends, _styles_after_positions(text).astype(style_ends.dtype))
        style_ends = np.union1d(style_ends, _chain_marks_after_positions(text).astype(style_ends.dtype))
        style_ends = np.union1d(style_ends, _styles_opening_clauses(text).astype(style_ends.dtype))
        style_ends = np.union1d(style_ends, _oath_roles(text).astype(style_ends.dtype))
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


EDGE_MARGINS = {"longer_right": 2.5, "longer_left": 2.5, "shorter_right": 2.5, "shorter_left": 2.5}
"""Largest score margin (see `extractor.lac.name_boundaries`) at which a name's edge is moved, by kind of move;
calibrated on the MSRA test split (first 3000 sentences): below it no kind loses more than it gains, by 3.0 the
moves longer at the start begin to lose and those longer at the end gain little more; checked on People's Daily.
One figure for all four: the margin is the same score whichever edge moves."""

CREDIT_MARKS = frozenset("摄攝")
"""A photographer's credit written right after the name (某某摄): never a character of the name."""

_PIECE_TAGS = ("", "nrt", "nrfg", "ns")
"""jieba's tags of words that may be a name cut short: none (not a word), a piece of a transliteration, a fragment of
a name, a place word (斯马|加). A word of another tag is whole: a common word (乌方) or a whole name (孔子, 乔石)."""
_AFTER_NAME = frozenset(w for w in (*SPEECH_VERBS, *SAYING_PROPER, *COORDINATORS) if len(w) == 1)


def _with_name_edges(text: str, sents: list[tuple[int, int]], paths: list[np.ndarray], boundaries: list[Boundary],
                     tagger: LacTagger) -> list[np.ndarray]:
    """The paths with the edges of names the CRF nearly put one character elsewhere moved there, where the moved name
    is the better-formed one (`_better_name`): at most one move per name, none over a window another move changed.
    A name is not made longer when the text writes it elsewhere with another character after it (a two-character
    name the article repeats: 常昊|胜 after 常昊说)."""
    if not boundaries:
        return paths
    taken: dict[int, list[tuple[int, int]]] = {}
    chosen: dict[tuple[int, int], Boundary] = {}
    written: Optional[dict[str, set[str]]] = None
    for b in boundaries:
        if b.margin > EDGE_MARGINS[b.kind]:
            continue
        offset = sents[b.sentence][0]
        if not _better_name(text, offset, b, paths[b.sentence], tagger):
            continue
        if b.kind == "longer_right":
            if written is None:
                written = _names_written(text, sents, paths, tagger)
            if written.get(text[offset + b.start0 : offset + b.end0], set()) - {text[offset + b.end0]}:
                continue  # the name written elsewhere with another character after it: it is whole
        key = (b.sentence, b.start0)
        if key not in chosen or b.margin < chosen[key].margin:
            chosen[key] = b
    for b in sorted(chosen.values(), key=lambda b: b.margin):
        window = (b.at, b.at + len(b.tags))
        if any(a < window[1] and window[0] < z for a, z in taken.get(b.sentence, [])):
            continue
        taken.setdefault(b.sentence, []).append(window)
        path = paths[b.sentence] = paths[b.sentence].copy()
        path[window[0] : window[1]] = b.tags
    return paths


def _names_written(text: str, sents: list[tuple[int, int]], paths: list[np.ndarray], tagger: LacTagger) -> dict[str, set[str]]:
    """Each name the tagger found in the text, with the characters written right after it (one pass over the paths)."""
    per_b, per_i = tagger.person_tags
    written: dict[str, set[str]] = {}
    for (offset, stop), path in zip(sents, paths):
        for s in np.flatnonzero(path == per_b).tolist():
            e = s + 1
            while e < len(path) and path[e] == per_i:
                e += 1
            written.setdefault(text[offset + s : offset + e], set()).add(text[offset + e] if offset + e < stop else "")
    return written


_OBJECT_LABELS = frozenset({"n", "nz", "nw", "vn", "an", "s", "ORG", "LOC", "TIME", "m"})
"""Tags of a word that can be a verb's object: after one, a one-character verb is the verb, not a name's last character."""


def _better_name(text: str, offset: int, b: Boundary, path: np.ndarray, tagger: LacTagger) -> bool:
    """Whether the moved name is the better-formed one, by class of move:

    - one character longer at the end: a surname and one character made surname and two (唐师|曾, 罗毅|刚), or a
      short foreign name that stays all transliteration characters (希拉|克); the character began no longer word and
      no other name, and is no photographer's credit (李某|摄), no conjunction (李明|和王刚) and no one-character speech
      verb (某某|说): those read as the next word; and the two characters are no word of their own in jieba's
      dictionary (`_PIECE_TAGS`).
    - one character longer at the start: a surname before a given name of two (|王汉斌), or a transliteration
      character before a foreign name (|里瓦尔多).
    - one character shorter at the end: four characters from a single surname whose last is a surname too, the
      next name of a list run together (某某某|王), or a photographer's credit (某某|摄).
    - one character shorter at the start: the same run together before a name (某|王森浩).
    """
    old = to_simplified(text[offset + b.start0 : offset + b.end0], by_phrase=False)
    new = to_simplified(text[offset + b.start : offset + b.end], by_phrase=False)
    if not HAN.fullmatch(new[0]) or not HAN.fullmatch(new[-1]) or old in KNOWN_PLACES or word_tag(old) == "ns":
        return False  # a place the tagger called a name (路氹|东) stays the place it is, not the start of a longer name
    if b.kind == "longer_right":
        e = b.end0
        if tagger.labels[path[e]] in ("PER", "c") or (e + 1 < len(path) and tagger.inside[path[e + 1]]) \
                or new[-1] in CREDIT_MARKS or new[-1] in _AFTER_NAME or word_tag(old) not in _PIECE_TAGS:
            return False
        following = word_tag(to_simplified(text[offset + e : offset + e + 2], by_phrase=False))
        if following and not following.startswith("nr"):
            return False  # 李军|宣读: the character opens a word of the dictionary with the next one
        if tagger.labels[path[e]] == "v" and e + 1 < len(path) and tagger.labels[path[e + 1]] in _OBJECT_LABELS:
            return False  # 陈晓|作|主旨报告: a verb with its object after it is the verb (朱邦|造|回答 is a name before a verb)
        return _surname_and(old, 1) and _surname_and(new, 2) or is_transliterated(new) and len(old) <= 3
    if b.kind == "longer_left":
        return not _surname_and(old, len(old) - 1) and _surname_and(new, 2) or is_transliterated(new) and len(old) >= 2
    if b.kind == "shorter_right":
        return old[-1] in CREDIT_MARKS and len(new) >= 2 \
            or len(old) == 4 and old[0] in SINGLE and old[:2] not in COMPOUND and old[-1] in SINGLE and not is_transliterated(old)
    return len(old) == 4 and _surname_and(new, 2) and old[0] in SINGLE and not is_transliterated(new)


def _surname_and(name: str, given: int) -> bool:
    """A Chinese surname (one character or two) and `given` characters after it."""
    return name[:2] in COMPOUND and len(name) == 2 + given or name[:1] in SINGLE and name[:2] not in COMPOUND and len(name) == 1 + given


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


_STYLE_START = regex_cache.compile("(?:" + alternation(s for s in HONORIFIC_STYLES if regex.fullmatch(r"\p{Han}+", s)) + ")")


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


_WRITTEN_STYLE = regex_cache.compile("(?:" + alternation(s for s in HONORIFIC_STYLES if regex.fullmatch(r"\p{Han}{2,}", s)) + ")")
_POSITION_BEFORE = regex_cache.compile("(?:" + alternation(POSITIONS) + ")$")


def _styles_after_positions(text: str) -> np.ndarray:
    """The edges of an honorific style written right after a position (首席财务员|拿督|林某, 会长|拿督巴杜卡|林某): the
    style is a word of its own there, whatever the model joined across its edges (拿|督林), so that the name after it
    starts on a token edge. A style's characters elsewhere (爵士乐) are left as the model cut them."""
    found = []
    for m in _WRITTEN_STYLE.finditer(text):
        if _POSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            found += [m.start(), m.end()]
    return np.array(found, dtype=np.int64)


def _styles_opening_clauses(text: str) -> np.ndarray:
    """The edges of an honorific style opening a clause before a surname (敦|林某某, 丹斯里|林某 at a sentence's start):
    the style is a word of its own there, whatever the model joined across its edge (敦林/LOC), so that the name after
    it starts on a token edge. A one-character style that makes a word with the character after it (敦促, 敦煌) is none,
    nor is a word that opens with a style (拿督公)."""
    found = []
    for m in _STYLE_START.finditer(text):
        if m.start() and regex.match(HAN, text[m.start() - 1]) or m.end() >= len(text) or text[m.end()] not in SINGLE \
                or text.startswith(STYLE_LOOKALIKES, m.start()) or len(m.group()) == 1 and word_tag(text[m.start() : m.end() + 1]) \
                or regex.match(r"\p{Han}{1,4}?(?:路|街|大道)", text, pos=m.end()):
            continue  # 敦拉萨路: a road named after a styled person, no one in the clause
        found += [m.start(), m.end()]
    return np.array(found, dtype=np.int64)


_CHAIN_MARK = regex_cache.compile(r"[兼暨]")


def _chain_marks_after_positions(text: str) -> np.ndarray:
    """The edges of a chain mark written right after a position (教育部长|兼|某区议员, 董事长|暨|总经理): the mark is a token
    of its own there, whatever the model joined it to (兼义|顺), so that the next title starts on a token edge. A verb that
    opens with the mark (兼任, 兼顾) stays whole."""
    found = []
    for m in _CHAIN_MARK.finditer(text):
        if text.startswith(CHAIN_MARK_VERBS, m.start()) or not _POSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        found += [m.start(), m.end()]
    return np.array(found, dtype=np.int64)


_OATH_ROLE = regex_cache.compile("(?:" + alternation(OATH_ROLES) + ")")


def _oath_roles(text: str) -> np.ndarray:
    """The edges of a part at an oath (领誓人, 监誓人, 监交人): a word of its own, whatever the model joined across its end
    (领/v|誓|人区/ORG), so that the title written after it (领誓人|区人大常委会办公室主任某某) starts on a token edge."""
    found = []
    for m in _OATH_ROLE.finditer(text):
        found += [m.start(), m.end()]
    return np.array(found, dtype=np.int64)


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
