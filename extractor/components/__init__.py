"""spaCy components of the pipeline, one stage a module; each sets spans on the Doc."""
from __future__ import annotations

from typing import Optional

import numpy as np
from spacy.attrs import IDX, LENGTH, TAG
from spacy.tokens import Doc, Span

from extractor import extensions  # noqa: F401  (every component reads and writes the Doc's registered extensions)


def text_of(doc: Doc) -> str:
    """The Doc's text (the analysis copy), looked up once and cached: `Doc.text` joins every token again on each
    access, an extension lookup costs more than a dict's, and no component changes the text."""
    text = doc.user_data.get("text")
    if text is None:
        cleaned = doc._.cleaned
        text = doc.user_data["text"] = cleaned.text if cleaned is not None else doc.text
    return text


def occurrences(text: str, phrase: str) -> list[int]:
    """Start offsets of every occurrence of a literal phrase; a plain scan, no pattern to compile.

    >>> occurrences("论坛与论坛", "论坛")
    [0, 3]
    """
    found, at = [], text.find(phrase) if phrase else -1
    while at >= 0:
        found.append(at)
        at = text.find(phrase, at + len(phrase))
    return found


def find_names(text: str, names) -> list[tuple[int, int, str]]:
    """Every occurrence of any of the names, longest name first where two overlap, in text order. Names of one length
    are taken in a fixed order (by their characters), so the record never depends on the process's string hashing."""
    taken: list[tuple[int, int, str]] = []
    covered = bytearray(len(text))
    for name in sorted(set(names), key=lambda name: (-len(name), name)):
        for start in occurrences(text, name):
            end = start + len(name)
            if not any(covered[start:end]):
                covered[start:end] = b"\x01" * len(name)
                taken.append((start, end, name))
    return sorted(taken)


class WordsByEnd:
    """The Doc's words by their end offset, as (start offset, tag): `get(end)` like a dict's, and whether a word starts at
    an offset (`starts_word`), from three arrays searched by bisection, so a long text costs a few bytes a word rather
    than a Python tuple a word."""

    def __init__(self, doc: Doc):
        table = doc.to_array([IDX, LENGTH]).astype(np.int64) if len(doc) else np.zeros((0, 2), dtype=np.int64)
        self.starts = table[:, 0]
        self.ends = table[:, 0] + table[:, 1]
        self.tags = doc.to_array([TAG]).reshape(-1) if len(doc) else np.zeros(0, dtype=np.uint64)
        self.strings = doc.vocab.strings
        self.length = len(text_of(doc))

    def __getitem__(self, end: int) -> tuple[int, str]:
        found = self.get(end)
        if found is None:
            raise KeyError(end)
        return found

    def starts_word(self, offset: int) -> bool:
        """A word starts at `offset`, or it is the end of the text."""
        if offset >= self.length:
            return offset == self.length
        at = int(np.searchsorted(self.starts, offset))
        return at < len(self.starts) and self.starts[at] == offset

    def get(self, end: int, default: Optional[tuple[int, str]] = None) -> Optional[tuple[int, str]]:
        at = int(np.searchsorted(self.ends, end))
        if at < len(self.ends) and self.ends[at] == end:
            return int(self.starts[at]), self.strings[int(self.tags[at])]
        return default


def token_edges(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """Each word's first character and its end, to the word's index, read from the Doc's arrays: a loop over the Doc
    makes a Token object for every word, which costs more than most of the rules that look words up by an offset."""
    if not len(doc):
        return {}, {}
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
    return dict(zip(starts, range(len(starts)))), {start + length: i for i, (start, length) in enumerate(zip(starts, lengths))}


def organizations(doc: Doc) -> list[Span]:
    """The Doc's organisations: those entities found (`doc.spans["orgs"]`) and those written inside titles
    (`doc.spans["title_orgs"]`), each once, and only those written somewhere on their own."""
    return _written_alone(text_of(doc), [*doc.spans.get("orgs", []), *doc.spans.get("title_orgs", [])])


def _written_alone(text: str, orgs: list[Span]) -> list[Span]:
    """Organisations written somewhere on their own: a body written only inside a longer one's name (外交部 of
    外交部驻某地特派员公署, 行政院 of 行政院中部办公室) is that longer one, one entry in its longest form."""
    names = {text[(o._.attrs or {}).get("start", o.start_char) : (o._.attrs or {}).get("end", o.end_char)]: o for o in orgs}
    inside: dict[str, set[int]] = {}  # name -> offsets where it is written inside a longer name
    for longer in names:
        for at in occurrences(text, longer):
            for i in range(len(longer)):
                for j in range(i + 2, len(longer) + 1):
                    if j - i < len(longer) and longer[i:j] in names:
                        inside.setdefault(longer[i:j], set()).add(at + i)
    return [o for name, o in names.items() if not inside.get(name) or not set(occurrences(text, name)) <= inside[name]]
