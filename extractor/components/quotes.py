"""Component `zh_quotes`: quotations in “” ‘’ 「」 『』 (nested, unbalanced tolerated) and their speakers.

Sets `doc.spans["quotes"]`; attrs: start/end (the words inside the marks), speaker (a person's name).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

OPEN_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’"}
SPEECH_VERBS = (
    "说", "表示", "指出", "强调", "认为", "提到", "称", "介绍", "宣布", "坦言", "笑称", "回应", "直言", "呼吁", "坦承", "补充",
    "透露", "希望", "寄语", "写道", "说道", "问道", "提醒", "相信", "期待", "期望", "感叹", "形容", "总结", "重申", "承诺",
    "致辞", "致词", "讲话", "发言", "所说", "谈到", "提出", "勉励",
)
_VERB = "(?:" + "|".join(sorted(map(regex.escape, SPEECH_VERBS), key=len, reverse=True)) + ")"
_CUE_BEFORE = regex.compile(_VERB + r"(?:时|中|道|说)?\s*[：，]?\s*$|(?:希望|呼吁|要求|期待|期望|勉励|寄语)\p{Han}{1,4}$")
_SENTENCE_PUNCT = regex.compile(r"[，。！？；：]")
PRONOUNS = ("他", "她")


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
        text = doc.text
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start_char)
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
            speaker = None
            if cue:
                speaker = _speaker_before(text, q.start - 1, people)
            if speaker is None and q.closed:
                speaker = _speaker_after(text, q.end + 1, people)
            if speaker is None and q.closed and _is_speech(content, q) and regex.search(_VERB, before):
                speaker = _speaker_before(text, q.start - 1, people)
            if speaker is None and q.parent is not None and id(q.parent) in speaker_of:
                speaker = speaker_of[id(q.parent)] if _is_speech(content, q) else None
            if speaker is None and _paragraph_start(text, q.start - 1) and last_speaker and _continues(text, last_end, q.start):
                speaker = last_speaker
            if speaker is None or not (cue or _is_speech(content, q)) or len(content) < 6 or not q.closed and not cue:
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


def _speaker_before(text: str, at: int, people: list[Span]) -> Optional[str]:
    sentence_start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    candidates = [p for p in people if sentence_start <= p.start_char and p.end_char <= at]
    if candidates:
        return candidates[-1].text
    clause = text[sentence_start:at]
    if clause.lstrip().startswith(PRONOUNS):
        earlier = [p for p in people if p.end_char <= sentence_start]
        if earlier:
            return earlier[-1].text
    return None


def _speaker_after(text: str, at: int, people: list[Span]) -> Optional[str]:
    window_end = min(len(text), at + 40)
    stop = min((i for i in (text.find(c, at, window_end) for c in "。！？\n“「") if i >= 0), default=window_end)
    after = text[at:stop]
    if not regex.search(_VERB, after):
        return None
    candidates = [p for p in people if at <= p.start_char and p.end_char <= stop]
    if candidates:
        verb = regex.search(_VERB, after).start() + at
        before_verb = [p for p in candidates if p.end_char <= verb]
        return (before_verb or candidates)[0].text
    if after.lstrip("，").startswith(PRONOUNS):
        earlier = [p for p in people if p.end_char <= at]
        if earlier:
            return earlier[-1].text
    return None


@Language.factory("zh_quotes", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)
