"""Component `zh_quotes`: quotations in “” ‘’ 「」 『』 (nested, unbalanced tolerated) and their speakers.

Sets `doc.spans["quotes"]`; attrs: start/end (the words inside the marks), speaker (a person's name).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import regex_cache
from extractor.components import text_of
from extractor.lexicon.speech import (
    TAKING_THE_FLOOR,
    CAUSATIVE_VERBS,
    OCCASION_DEMONSTRATIVES,
    GOAL_VERBS,
    ADDRESSING,
    ON_BEHALF,
    CITED_ENDINGS,
    CITING_VERBS,
    CONVERSING,
    COORDINATORS,
    COPULAS,
    DEMONSTRATIVES,
    DESCRIBED_PEOPLE,
    DOCUMENT_WORDS,
    EXPLAINING_VERBS,
    FORMER_LATTER,
    ANSWERING,
    INTERVIEWED,
    INTERVIEWING,
    MODALS,
    OTHER_PARTY,
    PLURAL_SUBJECTS,
    PRESIDING,
    PRONOUNS,
    QUESTIONS,
    RECKONING,
    RECITED,
    SAID_NOUNS,
    SAYING_PROPER,
    SPEECH_ADVERBS,
    SPEECHES,
    SPOKEN_REPORTS,
    SPEECH_VERBS,
    SPOKEN_SETTINGS,
    SPOKEN_THINGS,
    TELLING,
    ADDRESSEES,
    UNNAMED_SPEAKERS,
    VERBS_BEFORE_PUNCT,
    WISH_VERBS,
    WRITTEN_WORKS,
)
from extractor.lexicon.organizations import SUFFIXES
from extractor.lexicon.surnames import has_surname
from extractor.lexicon.titles import HONORIFICS, POSITIONS, SURNAME_ADDRESSES
from extractor.patterns import HAN, alternation, in_order

OPEN_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_VERB = ("(?:" + alternation(SPEECH_VERBS + RECKONING)
         + "".join(f"|{regex.escape(v)}(?=\\s*[，：:。])" for v in VERBS_BEFORE_PUNCT) + ")")
_SAYS = regex_cache.compile(_VERB)
_WISH_BEFORE = regex_cache.compile("(?:" + in_order(WISH_VERBS) + r")(?P<addressee>\p{Han}{1,12})$")
"""A verb of wishing, urging or demanding and its addressee right before the marks (要求各相关部门和参建单位“…”); see
`_wish_before` for what the addressee may hold."""
_ADDRESSEE_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nw", "r", "vn", "c", "m", "q", "a", "an", "f", "s",
                             "PER", "ORG", "LOC"})
"""Tags of the words of an addressee (各|相关|部门|和|参建|单位, 全市|广大|青年): a noun phrase, no verb of its own."""
_TOLD = "(?:" + in_order(TELLING) + ")(?:" + in_order(ADDRESSEES) + r")\s*[：:，]?\s*$"
"""A verb of telling and its addressee right before the marks (告诉我‘…’): the words are the teller's."""
_CUE_BEFORE = regex_cache.compile(_VERB + r"(?:时|中|道|说)?\s*[：，]?\s*$|[：:]\s*$|" + _TOLD)
"""Words that open a quotation: a verb of speech (X表示，“…”) or a colon after any verb of presenting (推介山西：“…”); the
speaker is then named earlier in the sentence. A wish with its addressee (希望各方「…」) is another: see `_wish_before`."""
_SOMEONES_WORDS = regex_cache.compile("(?:" + in_order(CITING_VERBS) + r")([^，。；！？“”「」]{1,20})(?:" + in_order(CITED_ENDINGS)
                                + r")(?:说|来说)?\s*[：:，]?\s*$")
"""X引述Y的话：「…」, 用Y的话说，“…”: the words are Y's, not X's."""
_SAID_BEFORE = regex_cache.compile(r"[^，。；！？“”「」‘’『』]{1,12}?" + _VERB + r"(?:时|中|道|说)?\s*[：:]\s*$")
"""Someone's verb of speech and a colon right before the marks (有记者问：“…？”): the words are that one's, named or not,
never those of a person named after them (“…？”X回应称)."""
_PUNCT_BEFORE = regex_cache.compile(r"[：:，,]\s*$")
"""Punctuation between the verb and the mark: what follows is said (X表示，“…”), not the verb's object (提出“…”)."""
_SPEAKS = regex_cache.compile(r"(?:[（(][^（）()\n]{1,40}[)）])?[^，。；！？“”「」]{0,12}?" + _VERB)
"""What follows a person who speaks: X表示, X在会上说, X告诉记者, and after a name in its own script in brackets (X（Mark Lee）评论)."""
_UNNAMED = regex_cache.compile("(?:" + alternation(UNNAMED_SPEAKERS) + r")[^，。；！？“”「」]{0,10}?"
                         + _VERB + r"(?:时|中|道|说)?\s*[：:，]?\s*$")
"""Someone who speaks for a body without being named (商务局有关负责人表示：“…”): no person's name to give as the speaker, so
no quote, and the quotes after it are no longer the previous speaker's."""
_PLURAL_SAYS = regex_cache.compile("(?<!" + alternation(ADDRESSING + COORDINATORS) + ")(?:" + alternation(PLURAL_SUBJECTS) + r")[^，。；！？“”「」]{0,6}?" + _VERB + r"(?:时|中|道|说)?\s*[：:，]?\s*$")
"""Several people as the subject of the verb of speech right before the marks (两人均表示：「…」): no one person's words; not
when they are the ones spoken to (X对大家说, X告诉他们说)."""
_TERM_BEFORE = regex_cache.compile("(?:" + alternation(COPULAS) + r")\s*$")
_NAMED_AFTER = regex_cache.compile(r'[”」』’"]*(?:\s*(?:这|那)|[^\S\n]*)(?:就|也|正|便)?是')
"""A copula right after the closing mark: the quoted words are the subject of 是, a slogan or goal named, not words said.
Over a paragraph break only with 这/那 pointing back (“…”\n这是…): a paragraph opening 是次/是日 says nothing of them."""
_SAID_BY = regex_cache.compile(_NAMED_AFTER.pattern + r"(?:[^，。；！？“”「」]{1,20}?(?:说|讲)的|[^，。；！？“”「」\n]{1,30}?" + _VERB
                         + "的(?:" + alternation(SPOKEN_THINGS) + r")?(?=[，。！？\n]|$))")
"""“…”是X说的, “…”\n这是X昨天在发布会上透露的消息: the words named as what X said (not 这是X提出的目标, a goal)."""
"""是 that attributes the words (“…！”是队长X赛前说的最后一句话): the words are X's."""
_RECITED = regex_cache.compile(alternation(RECITED))
_DOCUMENT = regex_cache.compile(alternation(DOCUMENT_WORDS) + "|》(?!" + alternation(INTERVIEWING) + ")|(?:" + alternation(WRITTEN_WORKS)
                          + r')[“「『"][^“”「」『』"\n]{1,30}[”」』"](?:一书|一文)?[中里]|[”」』"](?:一书|一文)[中里]')
"""A document word, a title in 《》 that is not a paper or a channel interviewing the speaker (接受《某报》访问时说), or a
book or writing named in quotation marks with 中/里 after it (在新书“…”中写道, 在“…”一书中写道)."""
_FIRST_PERSON_SAYS = regex_cache.compile(r"(?:^|[，。；！？])\s*(?P<when>[^，。；！？“”「」‘’『』我]{0,4}?)我们?(?![的师父母爸妈爷奶哥姐弟妹家老])"
                                   r"[^，。；！？“”「」‘’『』]{0,6}?" + _VERB + r"[^，。；！？“”「」‘’『』]{0,4}[，,：:]?\s*$")
"""我 as the subject of the verb before a nested quote (“我常说‘…’”, “赛前我对队友说‘…’”; not 我师父常说, 我的老师说, 父亲对我说):
the words are still the speaker's. Only time words may come before 我 (see `_first_person_says`)."""
_TIME_TAGS = frozenset({"TIME", "t", "f"})
_SAYING_PROPER = regex_cache.compile("(?:" + alternation(SAYING_PROPER) + r")\s*$|" + _TOLD)
"""A verb that only ever introduces words said, right before the mark with no punctuation (常说‘教书先要育人’): a clause
quoted after it is said, not named."""
_SENTENCE_PUNCT = regex_cache.compile(r"[，。！？；：]")
_SENTENCE_END = "。！？\n"
_REACH = 300
"""How far back a sentence or paragraph start is looked for: a text without full stops is not scanned whole per quote."""
_CLAUSE_TAGS = frozenset({"v", "vd", "ad", "d", "p"})
"""Tags of a first word that makes the quoted words a clause (携手打造…, 提高…), not a name or a term."""
_TITLE_STARTS = re.compile("(?=(" + alternation(POSITIONS + HONORIFICS + tuple(SURNAME_ADDRESSES)) + "))")
"""Every position where a title, honorific or one-character form of address starts (stdlib `re`: a literal alternation
is many times faster there)."""
_DATELINE = regex_cache.compile(r"[^，。！？“”「」]{0,24}(?:电|讯|报导|报道)\s*(?:[（(][^）)]{0,30}[)）])?")


@dataclass
class _Quote:
    mark: str
    start: int
    end: int = -1
    closed: bool = False
    parent: Optional["_Quote"] = None
    children: list = field(default_factory=list)


STRAIGHT = '"'
"""The straight double quote of scraped text: the same mark opens and closes, and may pair with a curly or corner one."""
_AFTER_A_CLOSING_MARK = regex_cache.compile(r"\s*(?:$|\n|[，。；！？、：,.;!?)）])")
"""What follows a straight mark that closes a curly or corner quotation (“…" at a paragraph's end, 「…"，X说): punctuation or
the paragraph's end; a stop before the mark closes as well (“…。"X说)."""

_OPENS_AFTER = regex_cache.compile(r"[：:]\s*$")
_OPENER = {close: open_ for open_, close in OPEN_CLOSE.items()}
_WORD_LIST = regex_cache.compile(r"\p{Han}{1,2}(?:、\p{Han}{1,2})+")
_PHRASE_LIST = regex_cache.compile(r"\p{Han}{1,4}(?:、\p{Han}{1,4})+")
_GOAL_BEFORE = regex_cache.compile("(?:" + alternation(GOAL_VERBS) + r")\p{Han}{0,12}$")
"""A goal verb and its object right before parallel phrases (要让刚需家庭“买得起、住得好”): the phrases are the goal's slogan."""
"""Quoted words that are only single words joined by 、 (“诚实、勇敢、负责”, 「創新、協調、綠色」): a list of terms or virtues, as a
slogan is, not a sentence someone says (phrases joined so, “不忘初心、再创佳绩”, “热得早、热得久”, can be a clause said)."""


def scan_quotes(text: str) -> list[_Quote]:
    """Pairs the marks; an unclosed quote ends where its paragraph or its enclosing quote ends, unless nothing follows its
    mark on the paragraph (他说：“\n…): then its words are the next paragraph's. A straight mark closes the
    straight one open, else a curly or corner one open when what follows it closes a quotation, else opens; a curly or
    corner closing mark also closes a straight opening one ("…」). Marks typed the wrong way round in scraped text count
    by their place: a closing mark with nothing open after a colon opens (X说：”…”), an opening mark that meets its own
    open one before punctuation or the paragraph's end closes it (“…。“)."""
    found: list[_Quote] = []
    stack: list[_Quote] = []
    for i, ch in enumerate(text):
        if ch == STRAIGHT and not any(q.mark == STRAIGHT for q in stack) \
                and not (stack and (_AFTER_A_CLOSING_MARK.match(text, i + 1) or text[i - 1 : i] in _SENTENCE_END)):
            q = _Quote(ch, i + 1, parent=stack[-1] if stack else None)
            if q.parent:
                q.parent.children.append(q)
            stack.append(q)
            found.append(q)
        elif ch == STRAIGHT:
            depth = max(d for d, q in enumerate(stack) if q.mark == STRAIGHT) if any(q.mark == STRAIGHT for q in stack) \
                else len(stack) - 1
            for inner in stack[depth + 1 :]:
                inner.end = i
            stack[depth].end, stack[depth].closed = i, True
            del stack[depth:]
        elif ch == "\n":
            if len(stack) == 1 and not text[stack[0].start : i].strip():
                continue  # 他说：“\n…”: a mark left at the end of the speaker's paragraph opens the words of the next
            for q in stack:
                q.end = i
            stack.clear()
        elif ch in OPEN_CLOSE:
            if ch in ("“", "「") and any(q.mark == ch for q in stack):
                while stack and stack[-1].mark != ch:
                    stack.pop().end = i
                last = stack.pop()
                last.end = i
                if _AFTER_A_CLOSING_MARK.match(text, i + 1):  # “…。“ at a paragraph's end: an opening mark typed to close
                    last.closed = True
                    continue
            q = _Quote(ch, i + 1, parent=stack[-1] if stack else None)
            if q.parent:
                q.parent.children.append(q)
            stack.append(q)
            found.append(q)
        elif ch in OPEN_CLOSE.values():
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].mark == STRAIGHT or OPEN_CLOSE[stack[depth].mark] == ch:
                    for inner in stack[depth + 1 :]:
                        inner.end = i
                    stack[depth].end, stack[depth].closed = i, True
                    del stack[depth:]
                    break
            else:
                if _OPENS_AFTER.search(text, max(0, i - 4), i):  # X说：”…”: a closing mark typed to open, after a colon
                    q = _Quote(_OPENER[ch], i + 1)
                    stack.append(q)
                    found.append(q)
    for q in stack:
        q.end = len(text)
    return found


class _Named(NamedTuple):
    """A mention of a person by another name of theirs: where it is written, and the person's name."""

    start_char: int
    end_char: int
    text: str


class QuoteComponent:
    """Keeps quotations that are someone's words, with the speaker named before or after them."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        if not any(mark in text for mark in (*OPEN_CLOSE, *OPEN_CLOSE.values(), STRAIGHT)):  # nothing quoted: no speakers to look for
            doc.spans["quotes"] = []
            return doc
        first_tags, last_tags = {}, {}
        for t in doc:  # one pass over the words: a Token is built anew at each visit
            first_tags[t.idx] = last_tags[t.idx + len(t.text)] = t.tag_
        # a person's other name (陈大文（Peter Chan）…Peter Chan说) refers to the person, by the name written first
        others = [_Named(s.start_char, s.end_char, s.label_) for s in doc.spans.get("other_names", [])]
        refs = References(text, list(doc.spans.get("people", [])) + others, list(doc.spans.get("titles", [])),
                          set(first_tags) | {len(text)}, first_tags)
        word_ends = set(last_tags)
        spans: list[Span] = []
        speaker_of: dict[int, Optional[str]] = {}
        last_speaker: Optional[str] = None
        last_end = -1
        found = scan_quotes(text)
        for index, q in enumerate(found):
            content = text[q.start : q.end].strip()
            if not content:
                continue
            opened = q.start - 1
            line_start = text.rfind("\n", max(0, opened - _REACH), opened) + 1
            before = text[max(line_start, opened - 60) : opened]
            sentence_before = _sentence_before(text, opened)
            person_end = _last_person_end(refs, opened - len(sentence_before), opened)
            if _names_a_document(text, opened - len(sentence_before) + person_end, opened, first_tags, after_person=person_end > 0):
                continue  # 贺信中指出：“…”, 规划提出，“…”: a document's words
            if _document_setting(text, opened - len(sentence_before),
                                 opened - len(sentence_before) + _last_person_start(refs, opened - len(sentence_before), opened),
                                 first_tags):
                continue  # 在声明中，主席X表示：“…”: the document named as the clause's setting before the speaker
            if _RECITED.search(text, opened - len(sentence_before) + _last_person_end(refs, opened - len(sentence_before), opened),
                               opened):
                continue  # 朗诵了一首诗：“…”, 正如俗话所说，“…”: a poem's, a proverb's or a song's words, not the speaker's
            if _WORD_LIST.fullmatch(content):
                continue  # “诚实、勇敢、负责”, 「創新、協調、綠色」: a list of words, no one's sentence
            if q.closed and _NAMED_AFTER.match(text, q.end + 1) and not _SAID_BY.match(text, q.end + 1):
                continue  # “绿水青山就是金山银山！”是大会的口号, “…”这是X提出的目标: the words are named as a slogan or goal
            wish = _wish_before(before, opened, first_tags, _SENTENCE_PUNCT.search(content[:-1]) is not None and _closes_sentence(text, q)) \
                and not _modifies_after(text, q, first_tags) \
                and not _named_subject(text, q, first_tags, last_tags)  # 叮嘱园主“…证书”须…: a name, the subject of what follows
            if not wish and _PHRASE_LIST.fullmatch(content) and _GOAL_BEFORE.search(before):
                continue  # 让市民“买得起、住得好”, a quote's ‘学有所教、病有所医’: a slogan of parallel phrases, unless wished on someone
            demanded = _demanded_clause(text, before, q, content, opened, first_tags)
            wish = wish or demanded
            cue = wish or _CUE_BEFORE.search(before) is not None
            if cue and not _PUNCT_BEFORE.search(before) and not wish and not _is_speech(content) \
                    and first_tags.get(q.start) not in _CLAUSE_TAGS and not _said_clause(before, q, content, first_tags):
                cue = False  # 提出“三年行动计划”: the object of the verb, a name, not words said
            if cue and _PUNCT_BEFORE.search(before) and _named_subject(text, q, first_tags, last_tags):
                cue = False  # X表示，「道路安全三年計畫」將在明年上路: a name as the subject of what X said
            term = _TERM_BEFORE.search(before) is not None and not _SENTENCE_PUNCT.search(content)
            cut_off = not q.closed and not text[q.end :].strip()  # the article ends inside the quote: its first words count
            # words cut off by the article's end close their sentence there: said, when the sentence before has a verb of speech
            speech = _is_speech(content) or not term and (_closes_sentence(text, q) or cut_off) and len(content) >= 8 \
                and regex.search(_VERB, sentence_before) \
                and not _named_object(text, before, q, last_tags) or _whole_sentence(q, content, first_tags)
            owner = _SOMEONES_WORDS.search(before)
            if owner is not None:  # 他引述一位老工友的话：「…」: the words are the one named before 的话, if anyone is
                speaker = refs.last_in(opened - len(before) + owner.start(1), opened - len(before) + owner.end(1))
                if speaker is not None and q.closed and len(content) >= 6:
                    _keep(doc, spans, q, text, speaker)
                    speaker_of[id(q)] = speaker
                continue
            if cue and q.parent is not None and not q.parent.start <= opened - len(sentence_before) \
                    and not _first_person_says(text, q.parent.start, opened, first_tags):
                # “我师父常说‘…’”: words the speaker reports from someone else, named inside the quote if at all
                speaker = _speaker_before(text, q.parent.start, opened, refs)
                if speaker is None:
                    continue
            elif cue and (_joint_speakers(text, opened - len(sentence_before), opened, refs) or _PLURAL_SAYS.search(before)):
                continue  # X和Y都表示：“…”, …，两人均表示：「…」: words of two people, no one person's
            else:
                speaker = _speaker_before(text, opened - len(sentence_before), opened, refs) if cue else None
            opener = _opening_speaker(text, opened - len(sentence_before), opened, refs)
            if speaker is None and _ANSWER_LINE.fullmatch(text[line_start:opened]):
                speaker = _interviewee(text, line_start, refs)  # 问：…\n答：“…”: the one the lead says was interviewed
            reporter = _reporting_speaker(text, opened - len(sentence_before), opened, refs) \
                if speaker is None and _reported_predicate(text, q, sentence_before, first_tags) else None
            told_after = False
            if speaker is None and q.closed:
                speaker = _bracketed_speaker(text, q.end + 1, refs)
                told_after = speaker is not None
            if speaker is None and reporter is None and q.closed and not _SAID_BEFORE.search(before):
                # not X认为，这次调整“在可承受的范围内”，但他提醒…: the clause after goes on with the reported speech
                told_after, speaker = _speaker_after(text, q.end + 1, refs, word_ends)
            last = None
            if speaker is None and not q.closed and q.parent is None and not _SAID_BEFORE.search(before):
                last = _continuation_end(text, found, index)  # “…。\n“…。”X说: named after the paragraph that closes it
                if last is not None:
                    told_after, speaker = _speaker_after(text, last.end + 1, refs, word_ends)
            if told_after and speaker is None:
                continue  # “…”瓦努阿图副总理X说: someone this text does not name as a person
            if speaker is None and (q.closed or cut_off) and speech and regex.search(_VERB, sentence_before):
                speaker = opener or _speaker_before(text, opened - len(sentence_before), opened, refs)
            if speaker is None and q.parent is not None and id(q.parent) in speaker_of:
                speaker = speaker_of[id(q.parent)] if _is_speech(content) else None
            clause = False
            own_clause = _clause_after_a_comma(text, before, content, q, first_tags, last_tags)
            short = len(content) >= _SHORT_CLAUSE and _is_clause(text, q, first_tags, last_tags) \
                and (wish or _caused(before, opened, first_tags))  # 勉励干部“多下基层”, 建议…让企业“多撑一阵子”
            if speaker is None and ((own_clause or _is_clause(text, q, first_tags, last_tags)
                                     or _subject_clause(text, q, content, first_tags, last_tags, refs))
                                    and (len(content) >= 6 or own_clause or short
                                         or len(content) >= _SHORT_CLAUSE and _object_of_speech(text, opened, refs))
                                    or reporter is not None):
                speaker = opener or reporter or _reporting_speaker(text, opened - len(sentence_before), opened, refs)
                speech = clause = speech or speaker is not None
            if speaker is None and _paragraph_start(text, opened):
                if last_speaker and _continues(text, last_end, opened):
                    speaker = last_speaker
                else:
                    speaker = _reported_speaker(text, opened, refs)
                    if speaker is None and content[-1] in "。！？":
                        # “…。\n“…。”\nX表示: the paragraph after the one that closes the quotation names who spoke
                        speaker = _next_sentence_speaker(text, opened, (q if last is None else last).end + 1, refs)
                    if speaker is None and content[-1] in "。！？" and speech and q.closed:
                        speaker = _acting_after(text, q.end + 1, refs)
            elif speaker is None and speech and not sentence_before.strip():
                speaker = _previous_sentence_speaker(text, opened, refs)
                if speaker is None and content[-1] in "？?":
                    speaker = _conversing_speaker(text, opened, refs)
            unnamed = speaker is None and cue and _is_speech(content) and _UNNAMED.search(before) is not None
            interrupted = told_after and speaker is not None and (content[-1] in "，," or _RESUMED.match(text, q.end + 1) is not None
                                                                  and len(content) >= _SHORT_CLAUSE)  # “下半年，”X说，“…”: words cut by X说
            said = _said_whole(text, q, content, told_after and speaker is not None or cue and _PUNCT_BEFORE.search(before) is not None) \
                and (content[-1] in "。！？!?" or any(first_tags.get(at, "")[:1] in ("v", "a", "d") for at in range(q.start, q.end))) \
                or q.parent is not None and _said_clause(before, q, content, first_tags)  # 爸爸X总是说“做人要踏实”
            if unnamed and q.parent is None:  # 发言人表示：“…”: someone's words, but a quote's speaker is a person's name
                last_speaker, last_end = None, q.end
            if speaker is None or not (cue or speech or interrupted or said) or len(content) < 6 and not (interrupted or said or clause or short) \
                    or not q.closed and not cue and not cut_off and not _goes_on_next_paragraph(text, q) \
                    and not _introduced_at_paragraph_end(text, opened):
                continue
            speaker_of[id(q)] = speaker
            if q.parent is None:
                last_speaker, last_end = speaker, q.end
            _keep(doc, spans, q, text, speaker)
        doc.spans["quotes"] = spans
        return doc


def _wish_before(before: str, opened: int, tags: dict[int, str], sentence: bool = False) -> bool:
    """A verb of wishing, urging or demanding, a word of its own, and its addressee right before the mark at `opened`
    (希望各方「…」, 要求各相关部门和参建单位“…”, 叮嘱工作人员“…”): the addressee is words of a noun phrase only. A verb
    among them (希望僱主支持「…計劃」, 要求各单位落实“河长制”) takes the quoted words as its object, a name or a term.
    Words that are a `sentence` (punctuation inside them, closing the sentence: 期勉新进警员「以民为先，依法行政」) are no
    name or term: the words between are the addressee, however the tagger cuts them (新/ad 进/v 警员)."""
    for m in _WISH_BEFORE.finditer(before, overlapped=True):
        start = opened - len(before) + m.start("addressee")
        if start not in tags or (opened - len(before) + m.start()) not in tags:
            continue
        if sentence or all(tags[at] in _ADDRESSEE_TAGS for at in range(start, opened) if at in tags) \
                or _BODY_ADDRESSEE.fullmatch(m.group("addressee")):
            return True
    return False


_BODY_ADDRESSEE = regex_cache.compile(r"\p{Han}{0,6}(?:" + alternation([s for s in SUFFIXES if len(s) >= 2]) + ")")
"""An addressee that is a body, named by its ending (希望州政府“…”, 促请市政府「…」), whatever the tagger calls its words
(州政府/v): a noun phrase."""


_CAUSED_BEFORE = regex_cache.compile("(?:" + alternation(CAUSATIVE_VERBS) + r")(?P<addressee>\p{Han}{1,8})$")


def _caused(before: str, opened: int, tags: dict[int, str]) -> bool:
    """A verb of letting or making, a word of its own, and the one made to act, words of a noun phrase only, right before
    the mark at `opened` (让企业“…”, 使业者「…」)."""
    m = _CAUSED_BEFORE.search(before)
    if m is None:
        return False
    start = opened - len(before) + m.start("addressee")
    return start in tags and opened - len(before) + m.start() in tags \
        and all(tags[at] in _ADDRESSEE_TAGS for at in range(start, opened) if at in tags)


_WISH_RIGHT_BEFORE = regex_cache.compile("(?:" + alternation(WISH_VERBS) + r")$")
_PREDICATE_AFTER_SUBJECT = frozenset({"v", "d", "ad", "p"})


def _demanded_clause(text: str, before: str, q: _Quote, content: str, opened: int, first_tags: dict[int, str]) -> bool:
    """Quoted words right after a verb of demanding or urging, a word of its own, that are a clause with its own subject
    (要求「当局公开…」, 促请“雇主按时发放…”): a subject of one or two nouns, then a verb or adverb with more words after it,
    the words closing the clause. A name after the verb (要求“三年行动计划”落到实处) has no such verb, or the clause goes on
    after it."""
    m = _WISH_RIGHT_BEFORE.search(before)
    if m is None or opened - len(before) + m.start() not in first_tags or not q.closed or len(content) < 6 \
            or not _ENDS_CLAUSE.match(text, q.end + 1):
        return False
    starts = [at for at in range(q.start, q.end) if at in first_tags]
    words = [first_tags[at] for at in starts]
    for k in (1, 2):
        if len(words) > k + 1 and all(w in _SUBJECT_TAGS for w in words[:k]) and words[k] in _PREDICATE_AFTER_SUBJECT:
            return True
    return False


def _modifies_after(text: str, q: _Quote, tags: dict[int, str]) -> bool:
    """The quoted words with 的 or a noun right after the closing mark (提醒村干部“防汛抗旱指挥部”的电话…, 呼籲居民「…」運動):
    they name something, they are not a clause said."""
    after = q.end + 1
    return q.closed and (text[after : after + 1] == "的" or tags.get(after) in _NOUN_TAGS)


def _first_person_says(text: str, start: int, end: int, tags: dict[int, str]) -> bool:
    """我 (after time words only: 赛前, 当年) is the subject of the verb of speech that ends [start, end)."""
    m = _FIRST_PERSON_SAYS.search(text[start:end])
    if m is None:
        return False
    when = range(start + m.start("when"), start + m.end("when"))
    return not when or when.stop in tags and all(tags[at] in _TIME_TAGS for at in when if at in tags)


def _said_clause(before: str, q: _Quote, content: str, tags: dict[int, str]) -> bool:
    """Words of four or more characters with a verb among them or an adjective last (各位乡亲大家好), right after a verb that
    only introduces speech (常说‘…’, 对队友说‘…’, 以台语开场「…」): a clause said, not a name given (说“美丽乡村”)."""
    starts = [at for at in range(q.start, q.end) if at in tags]
    return len(content) >= _SHORT_CLAUSE and _SAYING_PROPER.search(before) is not None and bool(starts) \
        and (any(tags[at][:1] == "v" for at in starts) or tags[starts[-1]] == "a")


_NOUN_TAGS = frozenset({"n", "nz", "nw", "ns", "nt", "vn", "an", "ORG", "LOC", "PER"})
"""Tags of a word that ends a noun phrase (…消费中心城市, …生活圈, …的会议)."""


def _named_object(text: str, before: str, q: _Quote, last_tags: dict[int, str]) -> bool:
    """Quoted words right after a word, with no punctuation between and none inside, that end in a noun: a name or term as
    the object (要加快建设“国际消费中心城市”, 这是一次“具有里程碑意义的会议”), not a sentence said."""
    return not _PUNCT_BEFORE.search(before) and _SENTENCE_PUNCT.search(text, q.start, q.end) is None \
        and last_tags.get(_trim_end(text, q.start, q.end)) in _NOUN_TAGS


def _clause_after_a_comma(text: str, before: str, content: str, q: _Quote, first_tags: dict[int, str],
                          last_tags: dict[int, str]) -> bool:
    """Quoted words set off by a comma that close the sentence (各级干部要转变作风，“少说多做”。; 会全力协助受灾户，「一个都不能
    少」。): a clause of their own, with a verb, adjective or adverb among them and no noun at their end."""
    return before.rstrip()[-1:] in ("，", ",") and _closes_sentence(text, q) and len(content) >= _SHORT_CLAUSE \
        and any(first_tags.get(at, "")[:1] in ("v", "a", "d") for at in range(q.start, q.end)) \
        and last_tags.get(_trim_end(text, q.start, q.end)) not in _NOUN_TAGS


_GOES_ON_AFTER = regex_cache.compile(r'[”」』’"]\p{Han}')


def _named_subject(text: str, q: _Quote, first_tags: dict[int, str], last_tags: dict[int, str]) -> bool:
    """Quoted words with no verb and no punctuation, ending in a noun, that the clause goes on after with no punctuation
    (「道路安全三年計畫」將在明年上路): a name as the clause's subject, not words said."""
    return q.closed and _SENTENCE_PUNCT.search(text, q.start, q.end) is None and _GOES_ON_AFTER.match(text, q.end) is not None \
        and last_tags.get(_trim_end(text, q.start, q.end)) in _NOUN_TAGS \
        and not any(first_tags.get(at) == "v" for at in range(q.start, q.end))


def _whole_sentence(q: _Quote, content: str, tags: dict[int, str]) -> bool:
    """A sentence of its own inside the marks, however short (“我们还要继续努力。”): closed, ending in a full stop, question or
    exclamation mark, with a verb; a name or a term does not end so."""
    return q.closed and len(content) >= 6 and content[-1] in "。！？!?" \
        and any(tags.get(at, "")[:1] == "v" for at in range(q.start, q.end))


def _names_a_document(text: str, start: int, end: int, tags: dict[int, str], after_person: bool = False) -> bool:
    """A written text is named in [start, end): a document word, unless it is one also said aloud and stands as the verb of
    the one named before it (在通报中说, 发布通报：; not X在记者会上通报：, nor X报告指出： or X在会上报告指出： with
    `after_person`, `start` being where the person's name ends). Letters stay documents as verbs too (X致信…：).
    A place where words are said aloud after the last document word (发表声明后接受采访时说：) makes the words said, and a
    document someone explains (在解读公报时表示：) is what they talk about."""
    last = None
    for m in _DOCUMENT.finditer(text, start, end):
        if m.group() in SAID_NOUNS and _SAID_NOUN_END.fullmatch(text, m.end(), end):
            continue  # X提出不同意见：“…”: the opinion is what X says
        if _EXPLAINING_BEFORE.search(text, max(start, m.start() - _EXPLAINED_REACH), m.start()):
            continue  # X在解读公报时表示：“…”: X talks about the document
        if _REPORTS.search(text, start, m.start()) and not regex.search(_VERB, text, pos=m.end(), endpos=end):
            continue  # X说，政府将修订《某某法》，“…”: the document is named in X's words, and says nothing itself
        if after_person and _SPEAKS_FIRST.match(text, start, m.start()) and text[start:end].rstrip()[-1:] in ("，", ",") \
                and not regex.search(_VERB, text, pos=m.end(), endpos=end):
            continue  # X呼吁Y尽速提出方案，「…」: the document is the object of X's urging, X's words go on after the comma
        if after_person and m.group() in SPOKEN_REPORTS and text[m.start() - 1 : m.start()] == "在" \
                and _OCCASION_END.match(text, m.end(), end):
            continue  # X在通报案情时提醒市民：“…”: reporting is the occasion on which X speaks, not a text
        if m.group() not in SPOKEN_REPORTS or tags.get(m.start()) != "v" \
                and not (after_person and _REPORTER_TO_VERB.fullmatch(text, start, m.start())):
            last = m  # not X通报：, X在会上报告指出： (the person's verb), but 通报指出, 报告指出 as a text's
    return last is not None and _SPOKEN_SETTING.search(text, last.end(), end) is None


_OCCASION_END = regex_cache.compile(r"\p{Han}{0,6}?时")
"""What closes the occasion a report word opens after 在 (在通报案情时, 在通报时)."""
_SPEAKS_FIRST = regex_cache.compile(r"[^，。；！？“”「」]{0,8}?" + _VERB)
"""The person's own verb of speech, a few words after the name and before anything else is said (X今天呼吁…)."""
_REPORTER_TO_VERB = regex_cache.compile(r"\s*(?:在\p{Han}{1,8}?[上中]|向\p{Han}{1,8}?)?")
"""What may stand between a person and the word they report with (X报告指出, X在会上报告指出, X向大会报告指出); anything else
(X发布通报：, X说，这份报告指出) leaves the word a document's."""
_SPOKEN_SETTING = regex_cache.compile(alternation(SPOKEN_SETTINGS))
_REPORTS = regex_cache.compile(_VERB + r"(?:时|中|道)?\s*[，,：:]")
"""A verb of speech closed by a comma or colon: what follows is what was said (not 提出的议案, a document)."""
_EXPLAINING_BEFORE = regex_cache.compile("(?:" + alternation(EXPLAINING_VERBS) + r")\p{Han}{0,4}$")
_EXPLAINED_REACH = 6
_SAID_NOUN_END = regex_cache.compile(r"(?:说|称|[时中]" + _VERB + r"?)?\s*[：:，,]?\s*")
"""What may follow an opinion that the speaker voices before the marks (提出不同意见：, 发表意见说, 发表公诉意见时指出：); a verb
right after it (实施意见指出：) makes it the subject, a document."""


def _said_whole(text: str, q: _Quote, content: str, attributed: bool) -> bool:
    """A short sentence someone says, however short (“不会。”李明说; X坦言，“压力很大”。): the words are attributed by a verb
    of saying right after them or by one and punctuation right before them, and they end a sentence, inside the marks or
    right after them. The caller also asks for a verb, adjective or adverb among them, or a stop inside the marks: a quoted
    name (“一带一路”) says nothing, a sentence (“会的。”, the tagger reading 会 as a noun) does."""
    return attributed and len(content) >= 2 and (content[-1] in "。！？!?" or _closes_sentence(text, q))


def _goes_on_next_paragraph(text: str, q: _Quote) -> bool:
    """A quotation left open at its paragraph's end whose next paragraph opens with the same mark: one quotation over
    two paragraphs, as the convention writes it (“…。\n“…。”), not one cut off."""
    following = text[q.end : q.end + _REACH].lstrip("\n \u3000")
    return text[q.end : q.end + 1] == "\n" and following[:1] == q.mark


_CHAIN = 20
"""The most paragraphs one quotation is followed over, looking for the one that closes it."""


def _continuation_end(text: str, found: list[_Quote], index: int) -> Optional[_Quote]:
    """For a quotation left open at its paragraph's end and opened again on the next (“…。\n“…。”), the part that closes
    it, a few paragraphs on at most; None when none does."""
    q = found[index]
    for later in found[index + 1 : index + 1 + _CHAIN * 4]:
        if later.parent is not None:
            continue
        if not _goes_on_next_paragraph(text, q) or text[q.end : later.start - 1].strip():
            return None
        if later.closed:
            return later
        q = later
    return None


def _keep(doc: Doc, spans: list[Span], q: _Quote, text: str, speaker: Optional[str]) -> None:
    span = doc.char_span(q.start, q.end, label="QUOTE", alignment_mode="expand")
    if span is not None:
        start = _trim_start(text, q.start, q.end)
        span._.attrs = {"start": start, "end": _trim_end(text, start, q.end), "speaker": speaker}
        spans.append(span)


class References:
    """Where each person is referred to: by name, by surname and title, honorific or a one-character form of address written
    as a word of its own (李局长, 何先生, 陈官, 王总; not 王|总结), by 他/她 (the nearest
    person named before the pronoun, within a pronoun's reach: see `_within_reach`), by 其 before a verb of speech (其表示)
    when the sentence naming that person names no one else and the person is within the same reach, and by 该 and a position (该负责人, 该局长: the last person named before
    with a title ending in it); sorted by position, looked up by bisection."""

    def __init__(self, text: str, people: list[Span], titles: list[Span] = (), word_edges: set[int] = frozenset(),
                 tags: Optional[dict[int, str]] = None):
        self.tags = tags or {}
        self.token_starts = sorted(self.tags)
        named = _original_names(text, sorted((p.start_char, p.end_char, p.text) for p in people))
        names = list(dict.fromkeys(p.text for p in people))
        covered = bytearray(len(text))
        for start, end, _ in named:
            covered[start:end] = b"\x01" * (end - start)
        titled = []
        for start, end in _surname_titles(text):
            if covered[start] or end - start == 2 and text[start + 1] in SURNAME_ADDRESSES and end not in word_edges:
                continue
            matching = [n for n in names if n.startswith(text[start]) and len(n) >= 2]
            if not matching and start > 0 and {start - 1, start} <= word_edges and not covered[start - 1]:
                # 祁|支队长: a title word longer than the one listed (支队长 for 队长), its surname one character further
                # back (not 马华|总会长: 华 inside a word)
                start -= 1
                matching = [n for n in names if n.startswith(text[start]) and len(n) >= 2]
            if len(matching) == 1:
                titled.append((start, end, matching[0]))
        named = sorted(named + titled + _bare_surnames(text, names, covered, word_edges)
                       + _joined_name_parts(text, names, covered, word_edges))
        ends = sorted((end, name) for _, end, name in named)
        end_offsets = [end for end, _ in ends]
        pronouns = []
        opened_at = {q.end: q.start - 1 for q in scan_quotes(text) if q.closed and q.parent is None}
        first_opened_at = _first_paragraphs_of_closed_words(text)
        for m in regex.finditer("(?:" + "|".join(PRONOUNS) + ")(?!哋)", text):  # not 佢哋, they
            back_from = _before_the_words_said(text, m.start(), opened_at)
            nearest = _over_a_possessor(text, ends, bisect_right(end_offsets, back_from), self.tags, self.token_starts)
            reach_from = _before_the_words_said(text, m.start(), first_opened_at) if first_opened_at else m.start()
            if nearest and _within_reach(text, ends[nearest - 1][0], reach_from if reach_from < back_from else m.start()) \
                    and not _joined_to_another(text, named, ends[nearest - 1]):
                mentions = sorted(r for r in named + pronouns if r[1] <= back_from)
                pronouns.append((m.start(), m.end(), _topic(text, mentions, self.tags, self.token_starts)))
            elif nearest and pronouns and _carried_on(text, pronouns[-1], ends[nearest - 1][0], m.start(), back_from):
                pronouns.append((m.start(), m.end(), pronouns[-1][2]))
        for m in _THIS_ONE.finditer(text):  # 这位老人笑着说: the person named last before, as 他 would be
            nearest = bisect_right(end_offsets, m.start())
            if nearest and _SPEAKS.match(text, m.end(), min(len(text), m.end() + 20)) \
                    and not _paragraphs_between(text, ends[nearest - 1][0], m.start()) \
                    and not _joined_to_another(text, named, ends[nearest - 1]) \
                    and not regex.search(r"[一某][位名个]", text[ends[nearest - 1][0] : m.start()]):  # 一位游客…这位游客
                pronouns.append((m.start(), m.end(), ends[nearest - 1][1]))
        for m in _FORMER_LATTER.finditer(text):  # 市长A与局长B出席。后者表示: B, by its place among the last two named
            person = _one_of_a_pair(text, ends, bisect_right(end_offsets, m.start()), FORMER_LATTER[m.group()])
            if person is not None and _SPEAKS.match(text, m.end(), min(len(text), m.end() + 20)) \
                    and not _paragraphs_between(text, ends[bisect_right(end_offsets, m.start()) - 1][0], m.start()):
                pronouns.append((m.start(), m.end(), person))
        for m in _OTHER_PARTY.finditer(text):  # 记者致电X，对方说: the one reached, named last before
            nearest = bisect_right(end_offsets, m.start())
            if nearest and _SPEAKS.match(text, m.end(), min(len(text), m.end() + 20)) \
                    and not _paragraphs_between(text, ends[nearest - 1][0], m.start()) \
                    and not _joined_to_another(text, named, ends[nearest - 1]):
                pronouns.append((m.start(), m.end(), ends[nearest - 1][1]))
        for at in sorted(m.start() for m in regex.finditer("其", text) if m.start() in word_edges and m.end() in word_edges):
            nearest = bisect_right(end_offsets, at)
            if nearest and _SPEAKS.match(text, at + 1, min(len(text), at + 20)) and _within_reach(text, ends[nearest - 1][0], at):
                person_end, person = ends[nearest - 1]
                sentence = _sentence_start(text, person_end - 1)
                if all(name == person for _, name in ends[bisect_left(end_offsets, sentence + 1) : nearest]):
                    pronouns.append((at, at + 1, person))
        pronouns += _position_references(text, titles, covered)
        self.refs = sorted(named + pronouns)
        self.starts = [r[0] for r in self.refs]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The references that lie wholly in [start, end), in text order."""
        return [r for r in self.refs[bisect_left(self.starts, start) : bisect_left(self.starts, end)] if r[1] <= end]

    def last_in(self, start: int, end: int) -> Optional[str]:
        found = self.within(start, end)
        return found[-1][2] if found else None


_ORIGINAL_NAME = regex_cache.compile(r"\p{Han}{0,4}[（(]\s*")
"""What stands between a person's name and the name in its own script that follows in brackets: a title or honorific at
most (施維濤（Martin Stewart）, 卡蒂克博士（Karthik Raman）)."""


def _original_names(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The people named, a name in its own script in brackets right after a person's name (X（John Smith）, X博士（…）) being
    that person again: he or she, and the words said, are the one written in the article's script."""
    found = []
    for start, end, name in named:
        if found and not regex.search(r"\p{Han}", name) and text[end : end + 1] in ("）", ")") \
                and _ORIGINAL_NAME.fullmatch(text, found[-1][1], start):
            name = found[-1][2]
        found.append((start, end, name))
    return found


def _over_a_possessor(text: str, ends: list[tuple[int, str]], nearest: int, tags: dict[int, str],
                      token_starts: list[int]) -> int:
    """Which of `ends[:nearest]` a pronoun after them means, as a count: the last, unless that one is named as a possessor
    (X拉着Y的手, X看着Y的照片) or the object of a preposition or verb (X从Y手中接过奖座, X向Y介绍, X在深圳与局长Y会面, X探视Y后说)
    after another person in the same sentence who is not: then that other, the sentence's subject."""
    if nearest < 2:
        return nearest
    last_end, last_name = ends[nearest - 1]
    last_start = last_end - len(last_name)
    if not _POSSESSED.match(text, last_end) and not _OBJECT_OF.search(text, max(0, last_start - _OBJECT_REACH), last_start) \
            and not _governed(text, last_start, tags, token_starts):
        return nearest
    end, name = ends[nearest - 2]
    if name == ends[nearest - 1][1] or _POSSESSED.match(text, end) \
            or any(c in _SENTENCE_END for c in text[end : ends[nearest - 1][0]]):
        return nearest
    return nearest - 1


_REPORTS_BEFORE = regex_cache.compile(r"[^，。；！？“”「」‘’『』\n]{0,16}?" + _VERB + r"(?:道|说|說)?\s*[，,：:]")
"""A person's verb of speech and the comma or colon that opens what they report (X在会上说，…; 他指出，…)."""


def _topic(text: str, mentions: list[tuple[int, int, str]], tags: dict[int, str], token_starts: list[int]) -> str:
    """Who a pronoun after `mentions` (people named or referred to before it, in text order) means: the person the
    sentence of the last mention is about, not one named inside what another reports (X说，Y也表示…; 他说，Y早前指出…: X)
    nor the object of a verb or preposition after its subject (他感谢Y…, 他已向Y汇报, 她与Y会面, X会见了Y: the subject),
    going back over such mentions within the sentence."""
    k = len(mentions) - 1
    while k > 0:
        start, end, name = mentions[k]
        sentence = _sentence_start(text, start)
        earlier = [j for j in range(k - 1, -1, -1) if mentions[j][0] >= sentence and mentions[j][2] != name]
        if not earlier:
            break
        reporter = next((j for j in earlier if not _POSSESSED.match(text, mentions[j][1])
                         and _reports(text, mentions[j][1], start)), None)
        if reporter is not None:
            k = reporter
            continue
        if _OBJECT_OF.search(text, max(sentence, start - _OBJECT_REACH), start) or _object_of_a_verb(text, start, tags, token_starts) \
                or _POSSESSED.match(text, end):
            k = earlier[0]
            continue
        break
    return mentions[k][2]


def _reports(text: str, after: int, start: int) -> bool:
    """The person ending at `after` speaks and reports, with a comma or colon, words that hold the one named at `start`
    unquoted (X说，Y也表示…): not a verb of taking the floor (X首先发言，Y其后提问), not words in quotation marks."""
    m = _REPORTS_BEFORE.match(text, after, start)
    if m is None or any(mark in text[m.end() : start] for mark in OPEN_CLOSE):
        return False
    return not _TAKES_THE_FLOOR.search(text, after, m.end())


_TAKES_THE_FLOOR = regex_cache.compile("(?:" + alternation(TAKING_THE_FLOOR) + r")(?:道|说|說)?\s*[，,：:]$")
_ASPECT = frozenset({"了", "过", "過"})


def _object_of_a_verb(text: str, start: int, tags: dict[int, str], token_starts: list[int]) -> bool:
    """The person at `start` is the object of a verb or preposition (会见了|Y, 感谢|Y, 与|Y after a subject): `_governed`,
    also over an aspect particle after the verb, and over a verbal noun in the title (感谢|立法|委员|Y)."""
    if _governed(text, start, tags, token_starts):
        return True
    i = bisect_left(token_starts, start) - 1
    while i >= 0 and tags[token_starts[i]] in _NAMING_TAGS:
        i -= 1
    if i >= 1 and tags[token_starts[i]] == "vn" and tags[token_starts[i - 1]] == "v":
        return True  # 感谢|立法|委员|Y: a verbal noun opening the title after the verb
    if i < 1 or text[token_starts[i] : token_starts[i + 1]] not in _ASPECT:
        return False
    return tags[token_starts[i - 1]].startswith("v")



_BARE_SURNAME = regex_cache.compile(r"(?<![\p{Han}])(\p{Han})(?=(?:" + alternation(SPEECH_ADVERBS) + ")?" + _VERB + ")")


def _bare_surnames(text: str, names: list[str], covered: bytearray, word_edges: set[int]) -> list[tuple[int, int, str]]:
    """A surname alone opening a clause before a verb of speech (鄧稱，…; 鄧又指：「…」), as the press of Hong Kong refers to
    someone named in full before: the one person of that surname, when only one is named."""
    found = []
    for m in _BARE_SURNAME.finditer(text):
        if covered[m.start()] or m.start() not in word_edges:
            continue
        matching = [n for n in names if n.startswith(m.group(1)) and len(n) >= 2]
        if len(matching) == 1 and has_surname(matching[0]):
            found.append((m.start(), m.end(), matching[0]))
    return found


_JOINER = regex_cache.compile(r"[·•‧・\-－‐]")
_HAN_PART = regex_cache.compile(r"\p{Han}{2,}")


def _joined_name_parts(text: str, names: list[str], covered: bytearray, word_edges: set[int]) -> list[tuple[int, int, str]]:
    """The first or last part of a foreign name written joined (马丁·韦伯, 阿兹兰·拉曼, 莫哈末-法兹里) standing alone as a word
    (韦伯说, 阿兹兰表示): that person again, as the press calls someone with a Western name by its last part and with a
    Malay or Indian one by its first; not a part two names share, nor one that is itself a person's name."""
    owners: dict[str, set[str]] = {}
    for name in names:
        parts = _JOINER.split(name)
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                if _HAN_PART.fullmatch(part):
                    owners.setdefault(part, set()).add(name)
    found = []
    for part, owner in owners.items():
        if len(owner) > 1 or part in names:
            continue
        for m in regex.finditer(regex.escape(part), text):
            if not covered[m.start()] and m.start() in word_edges and m.end() in word_edges:
                found.append((m.start(), m.end(), next(iter(owner))))
    return found


_OTHER_PARTY = regex_cache.compile(alternation(OTHER_PARTY))
_THIS_ONE = regex_cache.compile("(?:" + alternation(DEMONSTRATIVES) + r")[\p{Han}\d]{1,8}?(?=" + _VERB + ")|该(?:"
                          + alternation(DESCRIBED_PEOPLE) + ")")
"""这位/这名/该名 and a description before a verb of speech (这位老人说, 这名教练坦言, 这位90后村支书表示), or 该 and a noun
describing a person (该男子称), refer back to the person named last."""
_FORMER_LATTER = regex_cache.compile(alternation(FORMER_LATTER))
def _one_of_a_pair(text: str, ends: list[tuple[int, str]], nearest: int, place: int) -> Optional[str]:
    """The first (`place` 0) or second (1) of the last two different people named before `ends[nearest - 1]` inclusive,
    when both are named in one sentence; None otherwise."""
    pair: list[tuple[int, str]] = []
    for end, name in reversed(ends[:nearest]):
        if not pair or name != pair[0][1]:
            pair.insert(0, (end, name))
        if len(pair) == 2:
            break
    if len(pair) < 2 or any(c in _SENTENCE_END for c in text[pair[0][0] : pair[1][0]]):
        return None
    return pair[place][1]


_JOINED = regex_cache.compile(r"[^，。；！？“”「」]{0,10}?(?:与|和|及|同|、)[^，。；！？“”「」]{0,10}")


def _joined_to_another(text: str, named: list[tuple[int, int, str]], person: tuple[int, str]) -> bool:
    """The person is the second of two people joined by 与/和/、 (市长A与副市长B出席): 他 after them could be either."""
    end, name = person
    before = [r for r in named if r[1] <= end - len(name) and r[2] != name]
    return bool(before) and _JOINED.fullmatch(text, before[-1][1], end - len(name)) is not None


_POSITION = alternation(POSITIONS)
_OBJECT_OF = regex_cache.compile(r"[从從向给給对對为為替被把](?:\p{Han}{0,6}?(?:" + _POSITION + r"))?$")
"""A preposition right before a person, or before the person's title (从X手中, 向市长X): the person is its object, not the
clause's subject."""
_OBJECT_REACH = 12
_THIS_POSITION = regex_cache.compile(r"该(?:\p{Han}{0,4}?)(?P<post>" + _POSITION + r")|(?<=(?:^|[。！？\n])[ \u3000]*(?:[^，。！？\n]{1,6}，)?)"
                               r"(?:" + alternation(PRESIDING) + r")?(?P<bare>" + _POSITION + ")")
"""该 and a position (该负责人, 该局长), or a position alone opening a sentence or a clause after a short opener (发言人表示,
会上，市长强调: the post just named), also after a word for the one presiding (主审法官说)."""


def _position_references(text: str, titles: list[Span], covered: bytearray) -> list[tuple[int, int, str]]:
    """该 and a position before a verb of speech (该负责人表示, 该局长说): the last person named before it with a title ending
    in that position (not its deputy: 副局长 is no 局长), in its paragraph or the one before, or up to two paragraphs back
    for someone named (X局长Y出席。\n议员Z提问。\n该局长说: Y, the one holding that post);
    none when no such person is named."""
    if not titles:
        return []
    held = sorted((t.start_char, t._.attrs.get("person"), t.text) for t in titles)
    starts = [at for at, _, _ in held]
    found = []
    for m in _THIS_POSITION.finditer(text):
        if covered[m.start()] or not _SPEAKS.match(text, m.end(), min(len(text), m.end() + 20)):
            continue
        bare = m.group("bare") is not None
        position = m.group("bare") or m.group("post")
        before = bisect_left(starts, m.start())
        last = next((held[i] for i in range(before - 1, -1, -1)
                     if held[i][2].endswith(position) and not held[i][2][: -len(position)].endswith("副")), None)
        if last is None or bare and (last[1] is None or "\n" in text[last[0] : m.start()]):
            continue  # a post alone points back within its paragraph only, and only to someone named
        between = _paragraphs_between(text, last[0], m.start())
        if not between or not bare and last[1] is not None and between <= 2:
            found.append((m.start(), m.end(), last[1]))
    return found


_SAID_AFTER_MARK = regex_cache.compile(r'[”」』’"][，,]?\s*$')


def _first_paragraphs_of_closed_words(text: str) -> dict[int, int]:
    """For one quotation over several paragraphs (「…。\n「…。」她說), where its first paragraph's words open, by the
    closing mark of its last: a pronoun after the words reaches back from there, over the paragraphs that only report,
    as it does from the opening of words in one paragraph; the quotation's own paragraphs are not counted between."""
    top = [q for q in scan_quotes(text) if q.parent is None]
    opened_at = {}
    for index, q in enumerate(top):
        if not q.closed:
            continue
        first = index
        while first and not top[first - 1].closed and _goes_on_next_paragraph(text, top[first - 1]) \
                and not text[top[first - 1].end : top[first].start - 1].strip():
            first -= 1
        if first < index:
            opened_at[q.end] = top[first].start - 1
    return opened_at


def _before_the_words_said(text: str, at: int, opened_at: dict[int, int]) -> int:
    """Where to look back from for the person a pronoun at `at` refers to: before the words it closes when it follows them
    (“我的老师X…，”她说: not X, named inside the words), else `at` itself."""
    m = _SAID_AFTER_MARK.search(text, max(0, at - 3), at)
    return opened_at.get(m.start(), at) if m else at


def _carried_on(text: str, previous: tuple[int, int, str], named_end: int, at: int, back_from: int) -> bool:
    """A pronoun at `at` takes the person of the pronoun before it (`previous`) when no one is named after that pronoun,
    it is within a pronoun's reach of it (see `_within_reach`), and no one unnamed comes in between (X说…。\n他表示…。\n
    「…」他说): the same person carried over paragraphs, one pronoun at a time. Between stops at `back_from`, the opening of
    the words the pronoun closes: a 乘客 inside them (「乘客会…」他说) is no one the pronoun could mean."""
    return previous[0] >= named_end and previous[1] <= at and _within_reach(text, previous[0], at) \
        and _SOMEONE_ELSE.search(text, previous[1], max(previous[1], back_from)) is None


def _within_reach(text: str, start: int, end: int) -> bool:
    """A pronoun at `end` may point back to the person named at `start`: in its paragraph or the one before, or up to
    `_REPORTING_PARAGRAPHS` back when every paragraph between only reports (figures, facts): no quotation but a
    document's, no one who could be the one meant (X开记者会。\n调查访问了五百间企业…。\n他说：“…”; X发表贺词。\n贺词指出：「…」
    \n他其后说：「…」)."""
    between = _paragraphs_between(text, start, end)
    if between == 0:
        return True
    if between > _REPORTING_PARAGRAPHS:
        return False
    return all(_documents_words_only(middle) and not _someone_in(middle)
               for middle in text[start:end].split("\n")[1:-1] if middle.strip())


_REPORTING_PARAGRAPHS = 2
"""The most paragraphs that only report (figures, facts) a pronoun reaches over to the person named before them."""
_COUNTED = regex_cache.compile(r"[\d０-９.,，万萬千百十零一两兩二三四五六七八九几幾数數多余餘逾近约約]*[\d０-９万萬千百十零一两兩二三四五六七八九几幾数數][多余餘]?"
                         r"(?:名|位|个|個|万|萬)[^，。；！？、\n]{0,8}$")
"""A count before a noun of people (390万名糖尿病患者, 两千名居民): a group counted, not someone a pronoun could mean."""


def _someone_in(paragraph: str) -> bool:
    """The paragraph names someone unnamed who could be the one a pronoun after it means: one person (一名居民), or a
    word for someone as the subject of a verb of speech (负责人表示, 男子称, 他说, 州务大臣指出). A group counted (390万名患者)
    or a word for people only qualifying another (青年发展局, 居民失业率, 鼓励市民使用) is no one."""
    return any(m.group().startswith("一") and m.group() not in PRONOUNS
               or _SPEAKS.match(paragraph, m.end(), min(len(paragraph), m.end() + 20)) is not None
               and not _COUNTED.search(paragraph, max(0, m.start() - 20), m.start())
               for m in _SOMEONE.finditer(paragraph))


def _documents_words_only(paragraph: str) -> bool:
    """No one's words are quoted in the paragraph: it holds no quotation, or only a document's, each opened after a document
    word in its sentence (贺词指出：「…」, 规划提出，“…”)."""
    if STRAIGHT in paragraph:
        return False
    for at, ch in enumerate(paragraph):
        if ch in OPEN_CLOSE and not _names_a_document(paragraph, _sentence_start(paragraph, at), at, {}):
            return False
    return True


_SOMEONE = re.compile(alternation(UNNAMED_SPEAKERS + DESCRIBED_PEOPLE + PRONOUNS + POSITIONS)
                      + "|一(?:名|位|个)")
"""Words for someone not named (一名居民, 负责人, 男子, 他, 州务大臣): a paragraph holding one may be who 他 is."""
_SOMEONE_ELSE = re.compile(alternation(UNNAMED_SPEAKERS + DESCRIBED_PEOPLE + POSITIONS)
                           + "|一(?:名|位|个)")
"""The same without the pronouns: someone unnamed between two pronouns may be who the second one is."""


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many whole paragraphs (lines that hold text) lie between `start` and `end`."""
    return sum(1 for line in text[start:end].split("\n")[1:-1] if line.strip())


def _surname_titles(text: str) -> list[tuple[int, int]]:
    """Spans of a Han character followed by a title or honorific (李局长, 何先生), leftmost first, not overlapping.

    >>> _surname_titles("李局长说，何先生来了")
    [(0, 3), (5, 8)]
    """
    spans: list[tuple[int, int]] = []
    free = 0
    for m in _TITLE_STARTS.finditer(text, 1):
        if m.start() - 1 >= free and HAN.match(text, m.start() - 1):
            spans.append((m.start() - 1, m.end(1)))
            free = m.end(1)
    return spans


def _closes_sentence(text: str, q: _Quote) -> bool:
    """A quoted clause that ends its sentence (…“是一场硬仗”。) rather than a name inside one."""
    return q.closed and regex.match(r'[”」』’"]*\s*(?:[。！？]|$|\n)', text[q.end + 1 : q.end + 4]) is not None


def _sentence_start(text: str, at: int) -> int:
    floor = max(0, at - _REACH)
    return max(max(text.rfind(c, floor, at) for c in _SENTENCE_END) + 1, floor)


def _sentence_before(text: str, at: int) -> str:
    return text[_sentence_start(text, at) : at]


def _last_person_end(refs: References, start: int, end: int) -> int:
    """Offset, relative to `start`, just after the last person named in [start, end); 0 when none is."""
    found = refs.within(start, end)
    return found[-1][1] - start if found else 0


def _last_person_start(refs: References, start: int, end: int) -> int:
    """Offset, relative to `start`, of the last person named in [start, end); 0 when none is."""
    found = refs.within(start, end)
    return found[-1][0] - start if found else 0


_SETTING_END = regex_cache.compile(r"\p{Han}{0,2}?[中里内]\s*[，,]")
"""What closes a setting named before the speaker's clause (在声明中，, 在公告里，)."""


def _document_setting(text: str, start: int, person: int, tags: dict[int, str]) -> bool:
    """A document named as the setting of the clause, before the speaker and set off by a comma (在声明中，主席X表示：“…”):
    the words that follow are the document's."""
    for m in _DOCUMENT.finditer(text, start, person):
        end = _SETTING_END.match(text, m.end(), person)
        if end is not None and _names_a_document(text, m.start(), end.end(), tags):
            return True
    return False


def _speaker_before(text: str, start: int, end: int, refs: References) -> Optional[str]:
    """Who says the words opened at `end`: the last person named in [start, end) outside a quotation closed before it (a
    name inside 「创意智优计划」 is no speaker), unless that person is spoken to (see `_addressed`)."""
    outside = [r for r in refs.within(start, end) if not _quoted_before(text, r[1], end)]
    if len(outside) > 1 and outside[-2][2] != outside[-1][2] and _addressed(text, outside[-2], outside[-1], end, refs.tags):
        return outside[-2][2]
    if outside and _possessor(text, outside[-1]):
        return None  # 张伟的妻子说：“…”: the one who speaks is not named
    if outside and _urged(text, outside[-1], end, refs):  # 勉励得奖学生X「…」: X is the one urged, the one before urges
        return outside[-2][2] if len(outside) > 1 and outside[-2][2] != outside[-1][2] else None
    if outside and _spoken_to(text, outside[-1], refs):  # 记者问校长X：“…？”: the words are the one who asks, named or not
        asking = [r for r in outside[:-1] if not _CLAUSE_BREAK.search(text, r[1], outside[-1][0])]
        return asking[-1][2] if asking else None
    return outside[-1][2] if outside else None


_URGED_BEFORE = regex_cache.compile("(?P<verb>" + alternation(WISH_VERBS) + r")(?P<between>[^，,。；！？“”「」‘’『』：:\s]{0,8})$")


def _urged(text: str, person: tuple[int, int, str], end: int, refs: References) -> bool:
    """The person is the addressee of a verb of urging or wishing (勉励得奖学生X「…」, 提醒X“…”), a word of its own with only the
    addressee's words between, and says nothing themselves before the words opened at `end` (提醒X说：“…” is X's)."""
    m = _URGED_BEFORE.search(text, max(0, person[0] - 12), person[0])
    if m is None or m.start() not in refs.tags or m.end("verb") not in refs.tags or person[1] > end:
        return False
    return regex.search(_VERB, text[person[1] : end]) is None


_OPENER_AFTER_A_CLAUSE = regex_cache.compile(r"[，,]\s*$")


def _opening_speaker(text: str, start: int, end: int, refs: References) -> Optional[str]:
    """Who says the words opened at `end` after a comma, in a sentence (from `start`) opened by a person's verb of speech and
    a comma (X说，…; X对Y说，…; X代表Z致辞表示，…; 他指出，…) and going on with a clause that names another person but has no
    verb of speech reporting with a comma or colon (X说，Y上月因病入院，其后一直在家休养，“…”; X表示，Y曾多次到访，「…」;
    X认为，Y在任时已提出改革方向，“…”): the one who opened the sentence, not the person of the clause between. None when the
    sentence is not built so (the clause between reports words of its own, X说，Y到访时说：“…”, X表示，Y也认为，“…”, or names
    no one else), and the last person named decides as before."""
    if _OPENER_AFTER_A_CLAUSE.search(text, start, end) is None:
        return None
    outside = [r for r in refs.within(start, end) if not _quoted_before(text, r[1], end)]
    for r in outside:
        if _possessor(text, r):
            continue
        m = _REPORTS_BEFORE.match(text, r[1], end)
        if m is None or any(mark in text[r[1] : m.end()] for mark in OPEN_CLOSE) \
                or _TAKES_THE_FLOOR.search(text, r[1], m.end()) or text[m.end() - 1] in "：:":
            return None
        rest = text[m.end() : end]
        if _REPORTS.search(rest) or any(mark in rest for mark in (*OPEN_CLOSE, *OPEN_CLOSE.values(), "：", ":")):
            return None
        if _joint_speakers(text, start, m.end(), refs):
            return None
        speaker = _speaker_before(text, start, m.end(), refs)
        later = [o for o in outside if o[0] >= m.end()]
        return speaker if speaker is not None and any(o[2] != speaker for o in later) else None
    return None


def _joint_speakers(text: str, start: int, end: int, refs: References) -> bool:
    """The last two people named in [start, end) outside quotations are joined by 和/与/、 (a title of the second between
    allowed) and speak together (X和Y都表示, 教授X与研究员Y均认为), not one to the other (X与Y会谈时表示: see `_addressed`)."""
    outside = [r for r in refs.within(start, end) if not _quoted_before(text, r[1], end)]
    if len(outside) < 2 or outside[-2][2] == outside[-1][2] or _spoken_to(text, outside[-1], refs):
        return False
    first, second = outside[-2], outside[-1]
    return _ANOTHER_JOINED.fullmatch(text, first[1], second[0]) is not None \
        and not _addressed(text, first, second, end, refs.tags) and not _CLAUSE_BREAK.search(text, second[1], end - 1)


_NAMING_TAGS = ("n", "nt", "nz", "ns", "ORG", "LOC")
"""Tags of the words of a title or body written before a name (东江大学|校长)."""


def _spoken_to(text: str, person: tuple[int, int, str], refs: References) -> bool:
    """The person is the object of a verb or preposition of addressing (问X, 告诉X, 对X说), after a title if any."""
    i = bisect_left(refs.token_starts, person[0]) - 1
    while i >= 0 and refs.tags[refs.token_starts[i]] in _NAMING_TAGS:
        i -= 1
    if i < 0:
        return False
    at = refs.token_starts[i]
    word = text[at : refs.token_starts[i + 1]] if i + 1 < len(refs.token_starts) else text[at:]
    return word in ADDRESSING


_CLAUSE_BREAK = regex_cache.compile(r"[，,。；;！？!?：:“”「」]")


def _governed(text: str, start: int, tags: dict[int, str], token_starts: list[int]) -> bool:
    """The person named at `start` is the object of a verb or preposition: the word before the name and its titles (words
    tagged as names of bodies, places or posts) is a verb or preposition (探视|Y, 在深圳|与|广东省|司法厅|厅长|Y), but not 与/和
    right after another person (市长X与副市长Y出席: both are subjects)."""
    i = bisect_left(token_starts, start) - 1
    while i >= 0 and tags[token_starts[i]] in _NAMING_TAGS:
        i -= 1
    if i < 0 or tags[token_starts[i]] not in ("v", "p"):
        return False
    return not (_COORDINATOR.match(text, token_starts[i]) and i > 0 and tags[token_starts[i - 1]] == "PER")


def _addressed(text: str, subject: tuple[int, int, str], other: tuple[int, int, str], end: int, tags: dict[int, str]) -> bool:
    """The second of two people in one clause before a verb of speech is the one spoken to, and the first speaks, when a
    preposition or verb stands between them (X对Y说, X向Y介绍, X问Y, X握着Y的手说, 在Y陪同下), or when a coordinator joins them
    and a verb follows the second before the verb of speech (X与Y会谈时表示; not X和Y都表示, which names no one speaker); a 的
    between them makes the second the head of a relative clause (X邀请的专家Y说: Y speaks)."""
    said = _SAYS.search(text, other[1], end)
    verb_at = said.start() if said else len(text[:end].rstrip("：:，, \u3000"))
    between = text[subject[1] : other[0]]
    if _ON_BEHALF.match(between) and not _CLAUSE_BREAK.search(text, subject[1], verb_at):
        return True  # X代表Z致辞表示: X speaks for Z (代表 right after X's name, whatever its tag, is no title of Z's)
    if _ADDRESSING_FIRST.match(between) and not _CLAUSE_BREAK.search(text, subject[1], verb_at):
        return True  # X向州议员Y表示: a preposition of addressing right after X, even where the tagger reads it into a title
    if _CLAUSE_BREAK.search(text, subject[1], verb_at) or "的" in between or _TITLE_BETWEEN.fullmatch(between):
        return False  # X召集人Y说: a title (召集人 read as a verb) between them is Y's, not X addressing Y
    governing = [at for at in range(subject[1], other[0])
                 if tags.get(at, "")[:1] == "v" or tags.get(at) in ("p", "c") and (tags[at] == "p" or _COORDINATOR.match(text, at))]
    if not governing:
        return False
    if all(_COORDINATOR.match(text, at) for at in governing):
        return any(tags.get(at, "")[:1] == "v" for at in range(other[1], verb_at))
    return True


def _possessor(text: str, person: tuple[int, int, str]) -> bool:
    """The person is named as a possessor (张伟的妻子, 陈立的儿子): whoever speaks after is someone else."""
    return _POSSESSED.match(text, person[1]) is not None


_POSSESSED = regex_cache.compile(r"的(?!(?:这|那)?[番句些席]?(?:" + alternation(SPEECHES) + "))")
"""的 after a person, unless it opens their words (X的这番话, X的讲话, X的开场白)."""


def _quoted_before(text: str, at: int, end: int) -> bool:
    """More quotation marks close than open between `at` and `end`: `at` lies in a quotation closed before `end`."""
    stretch = text[at:end]
    return sum(stretch.count(m) for m in OPEN_CLOSE.values()) > sum(stretch.count(m) for m in OPEN_CLOSE)


def _speakers_in(text: str, start: int, end: int, refs: References) -> list[str]:
    """The people in [start, end) who are said to speak there (X表示, X在会上说), in text order; not one spoken to by the
    person named before (X对Y说: X speaks)."""
    found = refs.within(start, end)
    return [r[2] for i, r in enumerate(found) if _SPEAKS.match(text[r[1] : min(end, r[1] + 24)]) and not _possessor(text, r)
            and not (i and found[i - 1][2] != r[2] and _addressed(text, found[i - 1], r, min(end, r[1] + 24), refs.tags))]


_JUDGED_BEFORE = regex_cache.compile(r"(?<![\p{Han}])(?:这|此)(?:是|代表|反映|显示|说明|意味着)(?:\p{Han}{1,6})$")
"""A judgement opening reported speech, then the one it is about (…说，这是州政府|“…”, 这反映政府|「…」): quoted words with a
verb of their own after it are what the speaker says that one did, a clause."""


def _is_clause(text: str, q: _Quote, first_tags: dict[int, str], last_tags: dict[int, str]) -> bool:
    """Quoted words that are a clause of their own (在比赛中“提高自己的成绩”，): they open with a verb or adverb (or with
    a subject, right after a verb of speech: 并指「香港的優勢仍在」), are not the object of a verb before them other than
    one of speech (落实“…方案”; a modal is no such verb, and after one a verbal noun opens a clause:
    政府要“未雨绸缪，…”; an adjective with a complement is a predicate: “热得早、热得久”) nor counted (一次“具有…意义的会议”), and neither modify nor are modified by a noun (not 「…方案」中, not
    实践「…」的精神)."""
    before = last_tags.get(q.start - 1)
    counted = before == "m" or before == "q" and last_tags.get(q.start - 2) == "m"  # 一次|“…”, 三|场|“…”; not 频|次|“…”
    modal = _after_a_modal(text, q.start - 1, first_tags)
    first = first_tags.get(q.start)
    said = _SAID_RIGHT_BEFORE.search(text, max(0, q.start - 6), q.start - 1) is not None \
        and last_tags.get(_trim_end(text, q.start, q.end)) not in _NOUN_TAGS  # 并指「…仍在」: speech; 提出“…计划”: a name
    judged = _JUDGED_BEFORE.search(text, max(0, q.start - 13), q.start - 1) is not None \
        and any(first_tags.get(at, "") == "v" for at in range(q.start + 1, q.end))  # 这是州政府“连续第三年增加…拨款”
    return (q.closed and (first in _CLAUSE_TAGS or modal and first in ("vn", "a") or first == "a" and _complement_after(text, q.start, first_tags)
                          or said and first in _SUBJECT_TAGS or judged)
            and (before not in ("v", "vn", "u") and not counted or modal or said)
            and regex.match(r'[”」』’"]*\s*[，。；！？、\n]', text[q.end + 1 : q.end + 4]) is not None)


def _subject_clause(text: str, q: _Quote, content: str, first_tags: dict[int, str], last_tags: dict[int, str],
                    refs: "References") -> bool:
    """Quoted words with a subject and a verb of their own, the object of a verb of speech or thought with at most its own
    object between (认为该行“资产质量拐点已经出现”，并…; 指该公司“订单能见度高达三年”，): what the speaker said of it, a clause
    followed by more of the sentence, not a name (no noun at their end, no punctuation inside)."""
    return q.closed and len(content) >= 6 and _SENTENCE_PUNCT.search(content) is None and _predicate_after_first(q, first_tags) \
        and regex.match(r'[”」』’"]*\s*[，。；！？]', text[q.end + 1 : q.end + 4]) is not None \
        and first_tags.get(q.start, "")[:1] in ("n", "a") \
        and last_tags.get(_trim_end(text, q.start, q.end)) not in _NOUN_TAGS \
        and _object_of_speech(text, q.start - 1, refs)


_PREDICATE_OPENERS = frozenset({"d", "ad", "a", "v", "vd", "p"})
"""Tags of a first word that opens a predicate (仍然偏长, 审慎乐观, 留不住, 比预期快, 在可承受的范围内)."""
_ADVERB_OPENERS = frozenset({"d", "ad", "a"})
_NEGATORS = "不没未"
_ENDS_CLAUSE = regex_cache.compile(r'[”」』’"]*\s*[，,。；！？]')
_CLAUSE_START = regex_cache.compile(r"[，,：:；;“”「」『』‘’\"]")


def _reported_predicate(text: str, q: _Quote, sentence_before: str, tags: dict[int, str]) -> bool:
    """Quoted words of two words or more that end a clause of reported speech as its predicate, right after its subject
    (X认为，这次调整“在可承受的范围内”，…; 新一輪資助「方向正確」，…; X形容今届展览“非常成功”，…), or as a whole clause set off
    by commas (…，「控方證據存在明顯矛盾」，…). They open with an adverb, adjective, verb or preposition, or with a subject
    and then a verb or adjective, and end in no noun that no verb governs (「道路安全三年計畫」 is a name). The subject reads as
    a noun phrase: it holds no adverb or modal and opens with no verb (政府会支持会展业「以展促产」 and 推出“保就业” quote a
    slogan as the verb's object), a verb in it comes last or before 的; after a last word that is a verb the words open with
    an adverb or adjective, or one comes second (房价调整“已经接近尾声”, 在华投资“总体稳定”; not 政府推行“昌明团结”, the verb's
    object). One word alone is a term or a set phrase (形容论坛「难能可贵」)."""
    if not q.closed or q.parent is not None or not _ENDS_CLAUSE.match(text, q.end + 1):
        return False
    starts = [at for at in range(q.start, q.end) if at in tags]
    words = [tags[at] for at in starts]
    if len(words) < 2 or not (words[0] in _PREDICATE_OPENERS or _predicate_after_first(q, tags)):
        return False
    if words[-1] in _NOUN_TAGS and "v" not in words[1:] and words[-2] not in ("d", "ad") and text[starts[-1]] not in _NEGATORS:
        return False  # not 明显|不足/an nor 维持|不变/vn: an adverb before the last word, or a negation opening it, makes it a predicate
    opened = q.start - 1
    start = opened - len(sentence_before)
    breaks = list(_CLAUSE_START.finditer(text, start, opened))
    start = breaks[-1].end() if breaks else start
    starts = [at for at in range(start, opened) if at in tags]
    subject = [(at, end, tags[at]) for at, end in zip(starts, starts[1:] + [opened])]
    speaking = [i for i, (at, end, tag) in enumerate(subject) if tag == "v" and text[at:end] in _SPEECH_WORDS]
    if speaking:  # X形容今届展览“…”: the subject starts after the verb of speech
        subject = subject[speaking[-1] + 1 :]
    occasion = _OCCASION.match(text, subject[0][0]) if subject else None
    if occasion is not None:  # X认为，是/v|次/q|调升「…」: a determiner of this occasion opens the subject, whatever its tags,
        # and makes the word after it a noun (今次|调整/v「…」)
        subject = [word for word in subject if word[0] >= occasion.end()]
    if not subject:
        return q.end - q.start >= _SHORT_CLAUSE
    if subject[0][2][:1] == "v" and subject[0][2] != "vn" and occasion is None or _TERM_BEFORE.search(text, start, opened) \
            or any(tag in ("d", "ad") or text[at:end] in MODALS for at, end, tag in subject):
        return False
    if any(tag == "v" and "的" not in text[end:opened] for at, end, tag in subject[:-1]):
        return False
    return subject[-1][2] != "v" or words[0] in _ADVERB_OPENERS or words[1] in _ADVERB_OPENERS


def _predicate_after_first(q: _Quote, first_tags: dict[int, str]) -> bool:
    """A verb or adjective after the first word of the quoted words (资产质量拐点|已经|出现, 主观恶性极深): a predicate."""
    first_end = next((at for at in range(q.start + 1, q.end) if at in first_tags), q.end)
    return any(first_tags.get(at, "")[:1] in ("v", "a") for at in range(first_end, q.end))


_OCCASION = regex_cache.compile(alternation(OCCASION_DEMONSTRATIVES))
_SAID_RIGHT_BEFORE = regex_cache.compile("(?:" + alternation(tuple(SPEECH_VERBS) + tuple(VERBS_BEFORE_PUNCT)) + ")$")
_SUBJECT_TAGS = frozenset({"n", "nz", "ns", "nt", "r", "LOC", "ORG", "PER", "s", "t", "TIME", "m"})
"""Tags of a word that opens a clause as its subject (「香港的優勢仍在」, “我们的优势仍在”)."""


def _complement_after(text: str, at: int, first_tags: dict[int, str]) -> bool:
    """The word at `at` takes a complement with 得 right after it (热得早, 快得多): a predicate, so a clause."""
    after = next((k for k in range(at + 1, at + 4) if k in first_tags), None)
    return after is not None and text[after] == "得" and first_tags[after] == "u"


_MODAL = regex_cache.compile("(?:" + alternation(MODALS) + ")$")


def _after_a_modal(text: str, end: int, first_tags: dict[int, str]) -> bool:
    """The word that ends at `end` is a modal verb (会, 要, 必须): the quoted words after it are a clause said (政府会「把…」),
    not the object of a verb."""
    m = _MODAL.search(text, max(0, end - 2), end)
    return m is not None and m.start() in first_tags and not any(at in first_tags for at in range(m.start() + 1, end))


def _reporting_speaker(text: str, start: int, end: int, refs: References) -> Optional[str]:
    """For a quoted clause inside reported speech (X表示，…要“提高自己的成绩”): the person who speaks earlier in the sentence,
    also by a verb that is one of speech only as a word of its own (X判刑时指被告「毫无悔意」: 指 tagged a verb, not 指导)."""
    speakers = _speakers_in(text, start, end, refs)
    if speakers:
        return speakers[-1]
    demanding = [r for r in refs.within(start, end) if _demands(text, r[1], min(end, r[1] + 24), refs) and not _possessor(text, r)]
    if demanding:  # X要求，各部门务必“…”; X要求各区压实责任，…，“…”: the clause is what X demands, said
        return demanding[-1][2]
    for r in reversed(refs.within(start, end)):
        stop = _CLAUSE_BREAK.search(text, r[1], end)
        for m in _BARE_VERB.finditer(text, r[1], min(stop.start() if stop else end, r[1] + 16)):
            at = bisect_left(refs.token_starts, m.start())
            if refs.tags.get(m.start()) == "v" and at + 1 < len(refs.token_starts) and refs.token_starts[at + 1] == m.end():
                return r[2]
    return None


_DEMANDS = regex_cache.compile(r"[^，。；！？“”「」]{0,12}?(?P<verb>" + alternation(WISH_VERBS) + r")(?P<comma>\s*[，,])?")
"""A person's verb of demanding or urging, then a comma or the one urged and what they should do (X要求，…; X督促，…; X要求
各区压实责任，…): what follows is what X says should be done."""


def _demands(text: str, start: int, end: int, refs: References) -> bool:
    """A verb of demanding or urging follows the person ending at `start`: before a comma, or a word of its own (要求, not
    要求书) before the one urged."""
    m = _DEMANDS.match(text, start, end)
    return m is not None and (m["comma"] is not None or m.start("verb") in refs.tags and m.end("verb") in refs.tags)
_BARE_VERB = regex_cache.compile(alternation(VERBS_BEFORE_PUNCT))
_SHORT_CLAUSE = 4
"""The fewest characters of a quoted clause in reported speech (指被告「毫无悔意」); fewer are a word (“躺平”), not a clause."""
_SPEECH_WORDS = frozenset(SPEECH_VERBS + VERBS_BEFORE_PUNCT)


def _object_of_speech(text: str, opened: int, refs: References) -> bool:
    """The nearest verb before the mark is one of speech, with only its object between (指被告「毫无悔意」, 形容今届大会“非常
    成功”) or a comma after it (X指出，被告「毫无悔意」): a short clause then says what the speaker said of it; after another
    verb (支持会展业「以展促产」) it is a slogan."""
    i = bisect_left(refs.token_starts, opened) - 1
    while i >= 0 and not _verb_at(text, refs, i):
        if _CLAUSE_BREAK.match(text, refs.token_starts[i]):
            if text[refs.token_starts[i]] not in "，," or i == 0:
                return False
            i -= 1
            break
        i -= 1
    return i >= 0 and text[refs.token_starts[i] : refs.token_starts[i + 1]] in _SPEECH_WORDS


def _verb_at(text: str, refs: References, i: int) -> bool:
    """The i-th word is a verb: tagged one, not a verbal noun inside the object (批评部分宣传/vn经费「…」) unless it is a verb of
    speech itself (批评/vn, which the tagger may call a verbal noun)."""
    tag = refs.tags[refs.token_starts[i]]
    return tag.startswith("v") and (tag != "vn" or text[refs.token_starts[i] : refs.token_starts[i + 1]] in _SPEECH_WORDS)


def _previous_sentence_speaker(text: str, at: int, refs: References) -> Optional[str]:
    """For a quote that opens a sentence inside a paragraph: who speaks in the sentence before (X表示，…。“…”), or in an
    earlier sentence of the paragraph when the sentences between name no one (X表示，…。上半年，…。“…”)."""
    end = _sentence_start(text, at) - 1
    for _ in range(3):
        if end <= 0 or text[end] == "\n":
            return None
        start = _sentence_start(text, end)
        speakers = _speakers_in(text, start, end, refs) or _subject_speaking(text, start, end, refs)
        if speakers:
            return speakers[-1]
        if refs.within(start, end):
            return None
        end = start - 1
    return None


def _subject_speaking(text: str, start: int, end: int, refs: References) -> list[str]:
    """The one person named in the first clause of the sentence [start, end), when a later clause of it has a verb of speech
    as a word of its own (X今天主持汇报会，宣布…。): that person speaks in it, as its subject."""
    found = refs.within(start, end)
    if not found or any(r[2] != found[0][2] or _possessor(text, r) for r in found) or _CLAUSE_BREAK.search(text, start, found[0][0]):
        return []
    for v in regex.finditer(_VERB, text, pos=found[-1][1], endpos=end):
        if v.start() in refs.tags and (v.end() in refs.tags or v.end() == end) and refs.tags[v.start()].startswith("v"):
            return [found[0][2]]
    return []


_CONVERSING = regex_cache.compile(alternation(CONVERSING))
_COORDINATOR = regex_cache.compile(alternation(COORDINATORS))
_ON_BEHALF = regex_cache.compile(alternation(ON_BEHALF))
_ADDRESSING_FIRST = regex_cache.compile(alternation([w for w in ADDRESSING if w not in COORDINATORS]))


def _conversing_speaker(text: str, at: int, refs: References) -> Optional[str]:
    """For a question opening a sentence: the one person named in the sentence before, when that sentence has them talk
    with someone (X走进民宿，与经营户拉家常。“…？”)."""
    end = _sentence_start(text, at) - 1
    if end <= 0 or text[end] == "\n":
        return None
    start = _sentence_start(text, end)
    people = {r[2] for r in refs.within(start, end)}
    return people.pop() if len(people) == 1 and _CONVERSING.search(text, start, end) else None


def _next_sentence_speaker(text: str, opened: int, at: int, refs: References) -> Optional[str]:
    """For a whole-sentence quote that opens a paragraph with no speaker before: who speaks in the sentence after it
    (“初步核算，…。”国务院新闻办今天举行发布会，发言人X表示，…), or, when the quote is its paragraph, in the first sentence
    of the next paragraph (“…。”\nX表示，…) if the paragraph before names no one else (then the words may be theirs)."""
    rest = len(text[at : at + 4]) - len(text[at : at + 4].lstrip("”」』’\" \u3000"))
    own_paragraph = text[at + rest : at + rest + 1] == "\n"
    if own_paragraph:
        at += rest + len(text[at + rest : at + _REACH]) - len(text[at + rest : at + _REACH].lstrip("\n \u3000"))
    stop = _sentence_stop(text, at)
    speakers = _speakers_in(text, at, stop, refs)
    if not speakers and _SAID_THIS.match(text, at):  # “…。”\n说这番话的，是老师傅X: the one named after 是 said it
        named = refs.within(_SAID_THIS.match(text, at).end(), stop)
        return named[0][2] if named else None
    if not speakers and not refs.within(at, stop) and text[stop : stop + 1] in ("。", "！", "？"):
        # “…。”谈起资金的使用。市长X这样说。: the sentence after names no one, the next says who spoke so
        later = _sentence_stop(text, stop + 1)
        speakers = [r[2] for r in refs.within(stop + 1, later) if _SAID_SO.match(text, r[1], later)]
    if not speakers:
        return None
    before = _paragraph_before(text, opened)
    if own_paragraph and before and any(r[2] != speakers[0] for r in refs.within(*before)):
        return None
    return speakers[0]


_SETTING = regex_cache.compile(r"[^，。！？；：“”「」\n]{0,8}(?:后|後|前|时|尾声|最后|结束|之际|期间|当天|当晚|[上中])，")
"""A time or place phrase opening a sentence (演唱会尾声，, 冲过终点后，, 完场前，): a setting, not a subject; a clause with a
subject of its own (热情的村民把客人迎进了屋，) is none."""


def _acting_after(text: str, at: int, refs: References) -> Optional[str]:
    """For a whole-sentence quote opening its paragraph that names no speaker: the person the sentence right after opens with,
    after a time or place phrase if any (“…。”演唱会尾声，X向观众鞠躬致谢; “…。”X笑着向记者挥手): the one seen doing
    something as the words end said them. A sentence whose subject is no person (“…。”开售后不久，网上…) names no one, nor one
that names a document (“…。”X在贺信中…: a letter's words)."""
    if not HAN.match(text, at):
        return None  # the quote is its own paragraph: the next one may be someone else's
    if _names_a_document(text, at, _sentence_stop(text, at), refs.tags):
        return None  # “…。”X在贺信中指出…: words quoted from a letter, no one's said words
    setting = _SETTING.match(text, at)
    for start in (at, setting.end()) if setting is not None and not refs.within(at, setting.end()) else (at,):
        subject = _clause_subject(text, start, refs)
        if subject is not None:
            return subject
    return None


def _sentence_stop(text: str, at: int) -> int:
    """Where the sentence that goes on at `at` ends: its stop or the paragraph's end."""
    return min((i for i in (text.find(c, at, at + _REACH) for c in _SENTENCE_END) if i >= 0), default=min(len(text), at + _REACH))


_SAID_THIS = regex_cache.compile(r"[ \u3000]*(?:说|讲)(?:出)?(?:这|此|上述)(?:番|句|些|段)?话的(?:人)?[，,]?\s*(?:就|正|便)?是")
"""说这番话的，是X / 说这句话的正是X, right after words quoted: X said them."""
_SAID_SO = regex_cache.compile(r"[^，。；！？“”「」]{0,10}?(?:这样|如此|如是)\p{Han}{0,2}?" + _VERB)
"""A person who says it so (X在会上这样说, X如此形容): 这样/如此 refer back to words quoted before."""


def _paragraph_before(text: str, at: int) -> Optional[tuple[int, int]]:
    """The span of the last paragraph holding text before the one `at` lies in; None when there is none."""
    end = text.rfind("\n", max(0, at - _REACH), at)
    while end > 0 and not text[text.rfind("\n", max(0, end - _REACH), end) + 1 : end].strip():
        end = text.rfind("\n", max(0, end - _REACH), end)
    if end <= 0:
        return None
    return text.rfind("\n", max(0, end - _REACH * 3), end) + 1, end


def _introduced_at_paragraph_end(text: str, at: int) -> bool:
    """The paragraph before the quotation opening at `at` ends in a verb of speech and a colon (他说：\n“…。\n…。”): the
    words are announced, so a first paragraph left open is the start of them, not a mark typed in error."""
    before = _paragraph_before(text, at) if _paragraph_start(text, at) else None
    return before is not None and _SAYS_AT_END.search(text, before[0], before[1]) is not None


_SAYS_AT_END = regex_cache.compile(_VERB + r"(?:时|中|道|说)?\s*[：:]\s*$")


def _reported_speaker(text: str, at: int, refs: References) -> Optional[str]:
    """For a quote opening a paragraph: who spoke last in the paragraph before (X表示…, X告诉记者…)."""
    before = _paragraph_before(text, at)
    speakers = _speakers_in(text, *before, refs) if before else []
    return speakers[-1] if speakers else None


def _trim_start(text: str, start: int, end: int) -> int:
    """The quote's words start at its first character that is not a blank (“　我们…” starts at 我)."""
    while start < end and text[start] in " \u3000\n\t":
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \u3000\n\t":
        end -= 1
    return end


def _is_speech(content: str) -> bool:
    """Someone's sentence, not a quoted term, name or slogan."""
    return len(content) >= 10 and _SENTENCE_PUNCT.search(content) is not None


def _paragraph_start(text: str, at: int) -> bool:
    """Nothing but blanks or a dateline (本报北京今日电, 記者X/台北報導) comes before `at` on its line."""
    line_start = text.rfind("\n", max(0, at - _REACH), at) + 1
    before = text[line_start:at].strip()
    return (line_start > 0 or at < _REACH) and (not before or _DATELINE.fullmatch(before) is not None)


def _continues(text: str, last_end: int, start: int) -> bool:
    """The quote opens the paragraph right after the one that held the previous speaker's quote."""
    return 0 <= last_end < start and text.count("\n", last_end, start) <= 3 and not text[last_end:start].strip("”」』’\"。 \n")


_RESUMED = regex_cache.compile(r'[”」』’"]?[，,][^，。；！？“”「」\n]{1,30}?[，,：:]\s*[“「"]')
"""A comma after the closing mark, the attribution, and the words opened again (“…”，X说，“…”): words cut by X说 though
their comma stands outside the marks."""
_OPENS_NEXT = regex_cache.compile(r"[^，。！？；“”「」]{0,8}?[：:]\s*[“「]")
"""A verb of speech, its addressee and a colon before the next quote (告诉他：“…”): after a question, who answers."""


_BODY_PART_AFTER = regex_cache.compile(r"[处员师室科组部局所院系]")
"""A body's or a post's ending right after a verb of speech (统计分析|处|处长X说): the verb is a word of the title before the
name, not the one that tags the quote."""


def _speaker_after(text: str, at: int, refs: References, word_ends: set[int], clauses: int = 2) -> tuple[bool, Optional[str]]:
    """Whether the clause after the quote names who said it (“…”X说, “…”，X在会上表示), and the person if it is one. A first
    clause that names no one (“…”谈及签约意义，X如是说; “…”在签约仪式上，X说道) hands over to the clause after it."""
    window_end = min(len(text), at + 40)
    clause = at + 1 if text[at : at + 1] == "，" else at
    said_this = _SAID_THIS.match(text, clause)
    if said_this is not None:  # “…”说这番话的是X: the one named after 是
        named = refs.within(said_this.end(), _sentence_stop(text, said_this.end()))
        return True, named[0][2] if named else None
    stop = min((i for i in (text.find(c, clause, window_end) for c in "，。！？；\n“「") if i >= 0), default=window_end)
    verb = next((v for v in regex.finditer(_VERB, text, pos=clause, endpos=min(len(text), stop + 1))  # 指 sees its 。
                 if v.end() in word_ends and not (refs.tags.get(v.start()) == "n" and refs.within(v.end(), stop))
                 and not (_BODY_PART_AFTER.match(text, v.end()) and refs.within(v.end(), stop))), None)
    # not 分析|员 before the name: a noun in a title (苦主X話, 話 tagged a noun, is the verb)
    go_on = clauses > 1 and text[stop : stop + 1] == "，" and not refs.within(clause, stop)
    if verb and go_on and not HAN.search(text, clause, verb.start()):  # “…”说这话时，X的眼里闪着泪光: X said it
        subject = _clause_subject(text, stop + 1, refs)
        if subject is not None:
            return True, subject
    if not verb or not HAN.search(text, clause, verb.start()):
        return _speaker_after(text, stop, refs, word_ends, clauses - 1) if go_on else (False, None)
    if (text[at - 2 : at - 1] in ("？", "?") or clauses < 2) and _OPENS_NEXT.match(text, verb.end()):
        return False, None  # “…？”X告诉他：“…”, “…”面对提问，X说：“…”: the clause opens the next quote, not this one
    if _PRONOUN_SUBJECT.fullmatch(text, clause, verb.start()) and HAN.match(text, verb.end()) \
            and regex.search(_VERB, text, pos=max(text.rfind("。", 0, at), text.rfind("\n", 0, at), 0), endpos=at):
        return False, None  # X认为，…“…”，但他促请州政府…: a new clause of the one who spoke before, not a tag naming the speaker
    if _CONTINUING.match(text, clause) and not refs.within(clause, verb.start()) \
            and regex.search(_VERB, text, pos=max(text.rfind("。", 0, at), text.rfind("\n", 0, at), 0), endpos=at):
        return False, None  # X形容经济「…，…」，并预期…: the sentence's speaker goes on with no subject, no tag naming another
    named = refs.within(at, verb.start())
    candidates = [r for r in named if not _possessor(text, r)]
    if named and not candidates:
        return True, None  # “…”张伟的妻子说: someone not named says it
    if not named and clauses < 2 and not _SOMEONE.search(text, clause, verb.start()):
        return False, None  # 「…」，但量产成本仍高，目前成本估计在…: a later clause whose subject is a thing tags no quote
    if not candidates and go_on:
        told, speaker = _speaker_after(text, stop, refs, word_ends, clauses - 1)
        if speaker is not None:
            return told, speaker
    while len(candidates) > 1 and _TITLE_BETWEEN.fullmatch(text, candidates[0][1], candidates[1][0]):
        candidates = candidates[1:]  # “…”某关注组召集人X说: a "name" with only a title between it and the next is part of a title
    if candidates and _CONTRASTING.fullmatch(text, candidates[-1][1], verb.start()) and _GOES_ON.match(text, verb.end()) \
            and regex.search(_VERB, text, pos=max(text.rfind("\n", 0, at), 0), endpos=at):
        return False, None  # X表示，…「…」Y则说，…: Y's words set against the words before, which stay the first speaker's
    return True, candidates[0][2] if candidates else None


_CONTRASTING = regex_cache.compile(r"\s*则\s*")
_GOES_ON = regex_cache.compile(r"\s*[，,]\s*(?![“「『\"])\p{Han}")
"""A verb of speech followed by a comma and words of its own: it reports what it says, not the quote before it."""


_PRONOUN_SUBJECT = regex_cache.compile(r"\s*(?:但|而|并|同时|则|也|亦)?(?:他|她|佢)(?:们|哋|地)?(?:又|也|还|则|亦|并|再|更|同时|随即|进一步)?\s*")
"""A clause after the words whose subject is only 他/她: it goes on about the one named before them, and names no new speaker."""
_CONTINUING = regex_cache.compile(r"\s*(?:并且|并|同时|随即|继而)")
"""A clause after the words opened by a conjunction that carries on the subject before (…「…」，并呼吁…): no subject of its
own, so it names no speaker."""
_TITLE_BETWEEN = regex_cache.compile("(?:" + alternation(POSITIONS) + ")+")
"""Nothing but titles between two people named after the words (X召集人Y说): the first is no one speaking but a body read as a
name in the second's chain of titles; the second speaks."""
_ANSWER_LINE = regex_cache.compile(r"[ \u3000]*(?:答|A)[：:][ \u3000]*")
_INTERVIEWED = regex_cache.compile(r"(?:" + alternation(INTERVIEWED) + r")[^，。；！？\n]{0,30}")
_INTERVIEW_REACH = 2000
"""How far back the lead that names the one interviewed is looked for."""


def _interviewee(text: str, before: int, refs: References) -> Optional[str]:
    """The one interviewed in an interview set as questions and answers: the first person named after the last verb of
    interviewing before `before` (本报记者专访了X), or the person named before the last verb of answering questions when it
    comes later (部长X回答议员的提问, X答记者问); None when there is none, or it names a body (专访了东江大学)."""
    found = answering = None
    for m in _INTERVIEWED.finditer(text, max(0, before - _INTERVIEW_REACH), before):
        found = m
    for m in _ANSWERING.finditer(text, max(0, before - _INTERVIEW_REACH), before):
        answering = m
    if answering is not None and (found is None or answering.start() > found.start()):
        named = refs.within(_sentence_start(text, answering.start()), answering.start())
        return named[-1][2] if named else None
    if found is None:
        return None
    named = refs.within(found.start(), found.end())
    return named[0][2] if named else None


_ANSWERING = regex_cache.compile(r"(?:" + alternation(ANSWERING) + r")[^，。；！？\n]{0,12}?(?:" + alternation(QUESTIONS) + ")")
"""A verb of answering and what is asked (回答议员的口头提问, 答记者问): the one named before it answers."""


_BRACKETED = regex_cache.compile(r"[ \u3000]*(?:[（(]([^（）()\n，。；]{2,30})[)）]"
                           r"|(?:——|—|──|－－|--)[ \u3000]*([^（）()\n，。；“”「」]{2,30}?)[ \u3000]*(?=$|\n|[。；]))")
_CREDIT = regex_cache.compile(r"记者|摄|通讯员|编辑|实习生|图/|/图|供图|图片|来源")


def _bracketed_speaker(text: str, at: int, refs: References) -> Optional[str]:
    """“…”（东江市某中心主任X） and “…”——某学院教授X at the line's end: a person, after a title if any, filling the brackets or
    the rest of the line after a dash right after the closing mark says the words; a credit (记者 X 摄) does not."""
    m = _BRACKETED.match(text, at)
    group = 1 if m is not None and m.group(1) is not None else 2
    if m is None or _CREDIT.search(m.group(group)):
        return None
    named = refs.within(m.start(group), m.end(group))
    return named[-1][2] if named and named[-1][1] == m.end(group) else None


_ANOTHER_JOINED = regex_cache.compile("(?:、|" + alternation(COORDINATORS) + r")\p{Han}{0,6}")
_SUBJECT_SLOT = regex_cache.compile(r"[^，。；！？“”「」]{0,10}")
"""What may come before a clause's subject: a title or a place (老村长X, 东江大学教授X)."""


def _clause_subject(text: str, at: int, refs: References) -> Optional[str]:
    """The person a clause opens with, its subject (X的眼里闪着泪光, 老村长X十分感慨), if any: named before any verb,
    preposition or adverb of the clause (not 记者想起了X)."""
    found = refs.within(at, min(len(text), at + 20))
    if not found or not _SUBJECT_SLOT.fullmatch(text, at, found[0][0]):
        return None
    if any(refs.tags.get(i, "")[:1] in ("v", "p", "d") for i in range(at, found[0][0])):
        return None
    if len(found) > 1 and _ANOTHER_JOINED.fullmatch(text, found[0][1], found[1][0]):
        return None  # 张伟和李强都笑了: two people, neither the one speaker
    return found[0][2]


@Language.factory("zh_quotes", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)
