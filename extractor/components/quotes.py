"""Component `zh_quotes`: quotations in “” ‘’ 「」 『』 (nested, unbalanced tolerated) and their speakers.

Sets `doc.spans["quotes"]`; attrs: start/end (the words inside the marks), speaker (a person's name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components import text_of
from extractor.lexicon.titles import HONORIFICS, POSITIONS

OPEN_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’"}
SPEECH_VERBS = (
    "说", "表示", "指出", "强调", "认为", "提到", "称", "介绍", "宣布", "坦言", "笑称", "回应", "直言", "呼吁", "坦承", "补充",
    "透露", "希望", "寄语", "写道", "说道", "问道", "提醒", "相信", "期待", "期望", "感叹", "形容", "总结", "重申", "承诺",
    "致辞", "致词", "讲话", "发言", "所说", "谈到", "提出", "勉励", "讲", "讲道", "所讲", "告诉记者", "话",
)
_VERB = "(?:" + "|".join(sorted(map(regex.escape, SPEECH_VERBS), key=len, reverse=True)) + ")"
_CUE_BEFORE = regex.compile(_VERB + r"(?:时|中|道|说)?\s*[：，]?\s*$|(?:希望|呼吁|要求|期待|期望|勉励|寄语)\p{Han}{1,4}$")
_SENTENCE_PUNCT = regex.compile(r"[，。！？；：]")
PRONOUNS = ("他", "她")
_TITLE_STARTS = re.compile("(?=(" + "|".join(sorted(map(re.escape, POSITIONS + HONORIFICS), key=len, reverse=True)) + "))")
"""Every position where a title or honorific starts (stdlib `re`: a literal alternation is many times faster there)."""
_HAN = regex.compile(r"\p{Han}")


@dataclass
class _Quote:
    mark: str
    start: int
    end: int = -1
    closed: bool = False
    parent: Optional["_Quote"] = None
    children: list = field(default_factory=list)


def scan_quotes(text: str) -> list[_Quote]:
    """Pairs the marks; an unclosed quote ends where its paragraph or its enclosing quote ends."""
    found: list[_Quote] = []
    stack: list[_Quote] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            for q in stack:
                q.end = i
            stack.clear()
        elif ch in OPEN_CLOSE:
            if ch in ("“", "「") and any(q.mark == ch for q in stack):
                while stack and stack[-1].mark != ch:
                    stack.pop().end = i
                stack.pop().end = i
            q = _Quote(ch, i + 1, parent=stack[-1] if stack else None)
            if q.parent:
                q.parent.children.append(q)
            stack.append(q)
            found.append(q)
        elif ch in OPEN_CLOSE.values():
            for depth in range(len(stack) - 1, -1, -1):
                if OPEN_CLOSE[stack[depth].mark] == ch:
                    for inner in stack[depth + 1 :]:
                        inner.end = i
                    stack[depth].end, stack[depth].closed = i, True
                    del stack[depth:]
                    break
    for q in stack:
        q.end = len(text)
    return found


class QuoteComponent:
    """Keeps quotations that are someone's words, with the speaker named before or after them."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        refs = _references(text, list(doc.spans.get("people", [])))
        spans: list[Span] = []
        speaker_of: dict[int, Optional[str]] = {}
        last_speaker: Optional[str] = None
        last_end = -1
        for q in scan_quotes(text):
            content = text[q.start : q.end].strip()
            if not content:
                continue
            before = text[max(0, text.rfind("\n", 0, q.start - 1) + 1, q.start - 60) : q.start - 1]
            cue = _CUE_BEFORE.search(before) is not None
            speech = _is_speech(content, q) or _closes_sentence(text, q) and len(content) >= 8 and regex.search(_VERB, _sentence_before(text, q.start - 1))
            speaker = _speaker_before(text, q.start - 1, refs) if cue else None
            if speaker is None and q.closed:
                speaker = _speaker_after(text, q.end + 1, refs)
            if speaker is None and q.closed and speech and regex.search(_VERB, _sentence_before(text, q.start - 1)):
                speaker = _speaker_before(text, q.start - 1, refs)
            if speaker is None and q.parent is not None and id(q.parent) in speaker_of:
                speaker = speaker_of[id(q.parent)] if _is_speech(content, q) else None
            if speaker is None and _paragraph_start(text, q.start - 1):
                if last_speaker and _continues(text, last_end, q.start):
                    speaker = last_speaker
                else:
                    speaker = _reported_speaker(text, q.start - 1, refs)
            if speaker is None or not (cue or speech) or len(content) < 6 or not q.closed and not cue:
                continue
            speaker_of[id(q)] = speaker
            if q.parent is None:
                last_speaker, last_end = speaker, q.end
            span = doc.char_span(q.start, q.end, label="QUOTE", alignment_mode="expand")
            if span is None:
                continue
            span._.attrs = {"start": q.start, "end": _trim_end(text, q.start, q.end), "speaker": speaker}
            spans.append(span)
        doc.spans["quotes"] = spans
        return doc


Reference = tuple[int, int, str]


def _references(text: str, people: list[Span]) -> list[Reference]:
    """Where each person is referred to: by name, by surname and title or honorific (李局长, 何先生), by 他/她."""
    refs: list[Reference] = [(p.start_char, p.end_char, p.text) for p in people]
    names = list(dict.fromkeys(p.text for p in people))
    for start, end in _surname_titles(text):
        if any(a <= start < b for a, b, _ in refs):
            continue
        matching = [n for n in names if n.startswith(text[start]) and len(n) >= 2]
        if len(matching) == 1:
            refs.append((start, end, matching[0]))
    refs.sort()
    for m in regex.finditer("|".join(PRONOUNS), text):
        earlier = [r for r in refs if r[1] <= m.start()]
        if earlier:
            refs.append((m.start(), m.end(), earlier[-1][2]))
    refs.sort()
    return refs


def _surname_titles(text: str) -> list[tuple[int, int]]:
    """Spans of a Han character followed by a title or honorific (李局长, 何先生), leftmost first, not overlapping.

    >>> _surname_titles("李局长说，何先生来了")
    [(0, 3), (5, 8)]
    """
    spans: list[tuple[int, int]] = []
    free = 0
    for m in _TITLE_STARTS.finditer(text, 1):
        if m.start() - 1 >= free and _HAN.match(text, m.start() - 1):
            spans.append((m.start() - 1, m.end(1)))
            free = m.end(1)
    return spans


def _closes_sentence(text: str, q: _Quote) -> bool:
    """A quoted clause that ends its sentence (…“是一场硬仗”。) rather than a name inside one."""
    return q.closed and regex.match(r"[”」』’]*\s*(?:[。！？]|$|\n)", text[q.end + 1 : q.end + 4]) is not None


def _sentence_before(text: str, at: int) -> str:
    return text[max(text.rfind(c, 0, at) for c in "。！？\n") + 1 : at]


def _reported_speaker(text: str, at: int, refs: list[Reference]) -> Optional[str]:
    """For a quote opening a paragraph: who spoke last in the paragraph before (X表示…, X告诉记者…)."""
    end = text.rfind("\n", 0, at)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    speakers = [r for r in refs if start <= r[0] < end and regex.match(r"[^，。；]{0,12}?" + _VERB, text[r[1] : r[1] + 20])]
    return speakers[-1][2] if speakers else None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \n":
        end -= 1
    return end


def _is_speech(content: str, q: _Quote) -> bool:
    """Someone's sentence, not a quoted term, name or slogan."""
    return len(content) >= 10 and _SENTENCE_PUNCT.search(content) is not None


def _paragraph_start(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _continues(text: str, last_end: int, start: int) -> bool:
    """The quote opens the paragraph right after the one that held the previous speaker's quote."""
    return 0 <= last_end < start and text.count("\n", last_end, start) <= 3 and not text[last_end:start].strip("”」』’。 \n")


def _speaker_before(text: str, at: int, refs: list[Reference]) -> Optional[str]:
    sentence_start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    candidates = [r for r in refs if sentence_start <= r[0] and r[1] <= at]
    return candidates[-1][2] if candidates else None


def _speaker_after(text: str, at: int, refs: list[Reference]) -> Optional[str]:
    window_end = min(len(text), at + 40)
    stop = min((i for i in (text.find(c, at, window_end) for c in "。！？\n“「") if i >= 0), default=window_end)
    after = text[at:stop]
    verb = regex.search(_VERB, after)
    if not verb:
        return None
    candidates = [r for r in refs if at <= r[0] and r[1] <= at + verb.start()]
    return candidates[0][2] if candidates else None


@Language.factory("zh_quotes", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)
