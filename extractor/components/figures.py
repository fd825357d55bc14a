"""Component `zh_figures`: every figure with its normalised value, unit, qualifier, subject and enumerated items.

Sets `doc.spans["figures"]`; attrs: start/end, kind, value, upper, unit, qualifier, subject, items.

The subject is read from the figure's clause over the LAC tags, in the order a reader would look:
the noun counted right after the figure (`签约[21个]经贸合作项目`); what a share is said to be
(`近四成[为首次参展的企业]`); for people and visits, the verb phrase after them (`[近60人]参加研讨会`);
the topic before a verb that states the amount (`总投资额[达90亿元]`, `会员总共才[100多人]`), with the
verb when it is a change (`营收年均增长[17.8%]`) or spends the amount (`交通固定资产投资[45亿元]`), and
with 占 and what is shared (`X约占Y的[28.2%]`); the noun after `的` (`举办[5届]的南亚商品展`); what an
amount is for (`编列[100亿元]推动产业减碳`); and where the clause names no topic, the topic of the
clause before it in the same sentence (`第一产业增加值40666亿元，同比增长[3.5%]`) or the clause's own
words (`其中出口[1420亿元]`). Occasions after a verb measure the doing (`循环[3000次]`); people after names and
等 are the role before the names (`被告人A等[6人]`); a short quoted term before the verb is the topic
(`“青春票”已售出[4200余张]`), and so is the object of 把/将. Time words, list items and a place after a
preposition are never the topic.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extractor import regex_cache
from extractor.components import occurrences, text_of, token_edges
from extractor.lexicon.surnames import FUNCTION_CHARACTERS
from extractor.lexicon.figures import (
    ADVERB_MODIFIERS,
    AMOUNT_MODIFIERS,
    PASSIVE_MARKERS,
    PLACE_PREPOSITIONS,
    RATIO_BASES,
    RATIO_COPULAS,
    AFFECTING_VERBS,
    RETURN_NOUNS,
    ALLOTTING_PREPOSITIONS,
    ALLOTTING_VERBS,
    AMOUNT_LABELS,
    AS_VERBS,
    ANAPHORS,
    ATTRIBUTION_WORDS,
    BASIS_WORDS,
    BOUND_LOCATIVES,
    CHANGE_VERBS,
    CLAUSE_CONJUNCTIONS,
    DIVIDING_VERBS,
    PROVIDING_VERBS,
    COMPARATIVE_ADJECTIVES,
    COMPARATIVE_VERBS,
    COMPARING_ENDS,
    COPULAS_READ_AS_NOUNS,
    COMPARING_PREPOSITIONS,
    DOCUMENT_PART_VERBS,
    DOCUMENT_PARTS,
    COMPARISON_WORDS,
    CONVERSION_WORDS,
    DIMENSION_ADJECTIVES,
    MONEY_ONLY_NOUNS,
    VERBAL_MONEY_NOUNS,
    MONEY_VERBS_AFTER_AMOUNTS,
    DISPOSAL_PREPOSITIONS,
    NOUN_SUFFIXES,
    EARLIER_WORDS,
    PLACE_SUFFIXES,
    EXCLUDING_WORDS,
    HEDGE_WORDS,
    HOPING_MODALS,
    SESSION_WORDS,
    MODAL_VERBS,
    SIZE_KIND_UNITS,
    OCCASION_UNITS,
    SELF_NAMING_MEASURES,
    PEOPLE_NOUNS_READ_AS_VERBS,
    CASE_MEASURES,
    CASE_NOUNS,
    VOTE_KINDS,
    COUNT_SUFFIXES,
    FROM_WORDS,
    GIVING_VERBS,
    MONEY_NAMING_GIVING_VERBS,
    PURPOSE_MARKERS,
    SUPPORTING_VERBS,
    NEGATIONS,
    PURPOSE_PREPOSITIONS,
    RECIPIENT_PREPOSITIONS,
    LEVEL_WORDS,
    LOCATIVE_ENDINGS,
    OWN_PLACE_WORDS,
    PART_OPENERS,
    PERIODS,
    PERIOD_NOUNS,
    PER_SHARE_WORDS,
    TAX_STAGES,
    MEASURE_NOUN_ENDINGS,
    NUMBER_WORDS,
    MEANS_PREPOSITIONS,
    BACK_REFERRING_ADVERBS,
    GRADED_SUBJECT_MEASURES,
    EXAM_ENDINGS,
    ADMINISTRATIVE_ENDINGS,
    NAMING_MEASURES,
    NUMERAL_PLACE_NAMES,
    PLACE_MEASURES,
    PEOPLE_ENDINGS,
    HOUSEHOLD_UNITS,
    PEOPLE_MEASURES,
    ROLL_CALL_VERBS,
    PERSON_UNITS,
    PRICE_PREPOSITIONS,
    RECORDING_VERBS,
    RANGE_TAILS,
    QUANTIFIER_WORDS,
    QUOTED_TOPIC_CHARS,
    TITLE_CHARS,
    RESPECTIVE_WORDS,
    SPENDING_NOUNS,
    SHARE_VERBS,
    STATE_VERBS,
    ROUND_WORDS,
    TOTAL_PREFIXES,
    TOTAL_WORDS,
    THRESHOLD_NOUNS,
    TIME_LOCATIVES,
    TOPIC_FRAMES,
    TOPIC_PREPOSITIONS,
    WORTH_NOUNS,
)
from extractor.lexicon.numerals import BIG_UNITS, DIGITS, PREFIX_QUALIFIERS, SMALL_UNITS
from extractor.lexicon.speech import SPEECH_VERBS
from extractor.lexicon.titles import DESCRIPTIONS
from extractor.lexicon.organizations import JURISDICTION_SCOPE_WORDS, SCHOOL_KINDS
from extractor.lexicon.units import COUNTED_NOUNS, MEASURE_WORDS, MONEY_SUBJECTS, QUANTITY_UNITS
from extractor.locale import detect_locale
from extractor.numbers import FigureMatch, currency_for_locale, find_figures, per_unit_before
from extractor.patterns import alternation
from extractor.word_tags import word_tag

NOUN_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "j", "ORG", "LOC", "s", "nt", "ns"})
_ADVERB_TAGS = frozenset({"d", "ad", "vd"})
_NAME_TAGS = frozenset({"LOC", "ORG"})
_OPEN_NOUN_TAGS = frozenset({"n", "nz", "nw", "m", "q", "j"})
_PROPER_NAME_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw", "TIME"})
"""Tags of a word that names a place, body, person, work or time: a Chinese numeral that opens one, or a measure word
inside one, is part of the name (七台河市, 五股区, 二十四节令鼓), no count."""
_CATEGORY_COPULAS = ("为", "是")
_FUNCTION_WORDS = frozenset("和 与 及 或 的 之 并 而 且 但 等 以及".split())
_CLAUSE_MARKS = frozenset("，,；;：:。")
_CLOSING_PRICE_VERBS = frozenset(w for w in STATE_VERBS if w.endswith(("报", "收于")) and len(w) >= 2)
"""A share's price at the close or the open (闭市报, 收报, 收于), however the tagger cuts it: one verb stating the amount."""
"""Never a noun, whatever the tagger says (95人/和/n 80人)."""
_LONGEST_PURPOSE = 20
"""A purpose longer than this after an amount spent is cut to its verb and object."""
_NOUN_JOINERS = frozenset({"和", "及", "与", "以及"})
_RELATIVE_OPENING_TAGS = frozenset({"v", "p", "a", "ad", "d", "vn"})
_RELATIVE_CLAUSE_LENGTH = 12
"""How far past a count its relative clause may run to the 的 before the counted noun (三万名来自98个国家的买家)."""
_SCOPE_ONLY = regex_cache.compile(r"[全本]\p{Han}合?|" + "|".join(JURISDICTION_SCOPE_WORDS))
"""A clause opening that names only the whole of a place or body (全省, 全澳, 本港; 全澳合|共有 as the tagger cuts it)."""
"""Joined nouns after a count are one counted thing (28个国家和地区)."""
_PASS_BEFORE = _ADVERB_TAGS | {"u", "xc", "p", "c", "TIME", "f", "q"}
"""Tags stepped over between a figure and the topic before it: adverbs, particles, prepositions, times."""
_CELL_BARS = frozenset("｜|")
"""A bar between a table row's cells (租金開支｜3.2億港元) stands between a label and its figure as spaces do."""
_SIGNS = frozenset("-−－﹣+＋")
_PRICE_ENDINGS = ("价", "价格")
"""A sign written before a figure (增长-0.3%) stands between it and its verb like a particle."""
_FOUND = "zh_figures.found"
_SENTENCE_BREAKS = "。！？；\n"
_CLAUSE_BREAKS = _SENTENCE_BREAKS + "，："
_PART_BREAKS = _CLAUSE_BREAKS + "、（）“”「」『』《》"
_SHORT_BRACKETS = regex_cache.compile(r"（[^（）\n，。；]{1,12}）")
_OPENING_BRACKETS = "（("
_BRACKETED_FIGURE = regex_cache.compile(r"[（(][^（）()\n。；]{1,24}[）)]")
"""A short bracketed aside is part of the phrase it follows (中欧班列（西安）, 9省（区）), no break."""
_ASPECT_PARTICLES = frozenset({"", "了", "过", "過"})
"""What may stand between a verb and the amount it spends or gives and keep them one doing (捐献了5万令吉)."""
_AGE_BEFORE_NOUN = regex_cache.compile(
    r"(?:年[龄齡](?:介[于於乎]|在|[为為])?)?[0-9]+[岁歲]?(?:[至到\-－~～][0-9]+)?[岁歲](?:之[间間])?(?:或?以上|以下)?的?")
"""An age written between a count and the noun it counts (60至64岁, 65岁或以上的, 年龄介于19岁至58岁的): it says which of
them, no noun."""
_LEVEL_BEFORE_NOUN = regex_cache.compile(r"[0-9.零〇一二两兩三四五六七八九十百千万萬亿億兆]+\p{Han}{0,2}?[级級](?=\p{Han})")
"""A class named by its size between a count and the noun it counts (5个[百亿元级]产业集群, 3座[万吨级]码头): part of the
noun phrase, which the tagger cuts off at its number."""
_QUOTE_OPENING_FIGURE = regex_cache.compile(r"[“「『‘]\p{Han}{2,10}")
"""A quote opened by words that run on into a figure inside it (“保证月获利8%”)."""
_QUOTED_NOUN_BEFORE = regex_cache.compile(r"[“「『‘](?P<noun>\p{Han}{1,6})[”」』’][约約]?")
"""A word in quotes right before a figure, a hedge aside (‘租金’约5000元)."""
_GRADE_AFTER = regex_cache.compile(r"[A-EＡ-Ｅ][+＋]?(?![A-Za-zＡ-Ｚａ-ｚ])")
"""A grade written right after a count of school subjects (9科A, 5科A+)."""
_PEOPLE_REFERRED = regex_cache.compile(r"[两兩二三]人")
_OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》"}
MONEY_NOUNS = frozenset(MONEY_SUBJECTS)
_NUMERAL_CHARS = frozenset("0123456789") | frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)

_LIST_AFTER = regex_cache.compile(r"[^，。；：（(]{0,12}?[：（(]([^：（()）。；\n]{2,200}?)[)）。；\n]")
_TRAILING_WORDS = regex_cache.compile(r"(?:等|共|计|总计|合计|在内的|这|的|构成|组成)+$")
_QUOTED_END = regex_cache.compile(r"[“「]([^”」]+)[”」]$")
_ITEM_BREAK = regex_cache.compile(r"[、]|及|和")
_DIGIT = regex_cache.compile(r"\d")
_RELATIVE_TIME = regex_cache.compile(r"(?:上|去|前|本|今|同|上个|上個|上一)\p{Han}{0,2}(?:年|季|月|周|週|期|度)")
_PERIOD = regex_cache.compile(r"(?:第|首|前|后|後)?[一二三四五六七八九十两兩\d]*(?:季度|季|半年|个月|個月|月份)|[上下]半年|全年|全季")
"""A period of the year named alone (第四季, 首季, 下半年, 前三个月): a time, never what a figure measures."""


class FigureComponent:
    """Runs the shared figure grammar over the text and attaches each figure's subject and items."""

    def __init__(self, nlp: Language, name: str, *, locale: Optional[str] = None, open_nouns: bool = True):
        if locale is not None:
            currency_for_locale(locale)  # an unknown region is refused now, with the known ones named
        self.name = name
        self.locale = locale
        """The press region of every article (a site's known region); None reads each article's own."""
        self.open_nouns = open_nouns
        """Counts of any noun the tagger reads as one (94金, 5省), not only of the lexicon's measure words."""

    def prepare(self, doc: Doc) -> None:
        """Find the figures in the text before the tokens are final (the Extractor runs this beside the model calls)."""
        text = text_of(doc)
        doc._.locale = self.locale or detect_locale(text, doc._.source_text, doc._.cleaned and doc._.cleaned.script)
        doc.user_data[_FOUND] = find_figures(text, currency=currency_for_locale(doc._.locale), open_nouns=self.open_nouns)

    def __call__(self, doc: Doc) -> Doc:
        if _FOUND not in doc.user_data:
            self.prepare(doc)
        text = text_of(doc)
        source = doc._.source_text or text
        matches = _sizes_of_kinds(doc, _outside_names(doc, _tagged_as_nouns(doc, doc.user_data.pop(_FOUND))))
        matches = [m for m in matches if not _refers_back(text, m)]
        spans = []
        if not matches:  # the reader's token tables cost memory in proportion to the text: none for a text without figures
            doc.spans["figures"] = spans
            return doc
        reader = SubjectReader(doc, matches)
        for match in matches:
            subject = reader.subject(match)
            span = doc.char_span(match.start, match.end, label=match.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.attrs = {
                "start": match.start, "end": match.end, "kind": match.kind, "value": match.value, "upper": match.upper,
                "unit": _unit_as_written(text, source, match), "qualifier": match.qualifier,
                "subject": _named(doc, match) or _joined(source, subject),
                "items": [_as_written(text, source, match.start, i) for i in items_of(text, match)] if match.kind == "count" else [],
            }
            spans.append(span)
        doc.spans["figures"] = spans
        return doc


def _named(doc: Doc, match: FigureMatch) -> Optional[str]:
    """What a sports result counts (7胜 -> 胜场), in the article's script."""
    if match.names is None:
        return None
    return match.names[1] if doc._.cleaned is not None and doc._.cleaned.script == "traditional" else match.names[0]


def _joined(source: str, spans: Optional[tuple[tuple[int, int], ...]]) -> Optional[str]:
    """A subject as the article writes it: its pieces read from the input, in order."""
    return "".join(source[a:b] for a, b in spans).strip() or None if spans else None


def _refers_back(text: str, match: FigureMatch) -> bool:
    """Two or three people opening a clause with 各, 分别, 均 after them (兩人各被判處…, 三人分别承认…) are the people the
    sentence before named, referred back to like a pronoun: no count of its own."""
    return (match.kind == "count" and _PEOPLE_REFERRED.fullmatch(text, match.start, match.end) is not None
            and (match.start == 0 or text[match.start - 1] in _CLAUSE_BREAKS + "\n")
            and text.startswith(BACK_REFERRING_ADVERBS, match.end))


def _tagged_as_nouns(doc: Doc, matches: list[FigureMatch]) -> list[FigureMatch]:
    """Counts of a noun outside the lexicon (94金, 67銀) stay where the tagger reads that character as a word of
    its own that names a thing (a noun, or a number word: LAC tags 金 in 94金 as m)."""
    if not any(match.open_noun for match in matches):
        return matches
    starts, _ = token_edges(doc)
    kept = []
    for match in matches:
        if match.open_noun:
            token = doc[starts[match.end - 1]] if match.end - 1 in starts else None
            if token is None or len(token.text) != 1 or token.tag_ not in _OPEN_NOUN_TAGS:
                continue
        kept.append(match)
    return kept


_NOT_KIND_TAGS = frozenset({"v", "p", "u", "c", "d", "w", "f", "r", "xc", "TIME"})


def _sizes_of_kinds(doc: Doc, matches: list[FigureMatch]) -> list[FigureMatch]:
    """A size written right before a noun names a kind of thing (12英寸晶圆厂, 8吋晶圓, 28纳米制程): no figure. A size
    stated of something (尺寸为6.7英寸) or joined to its noun by 的 (6.7英寸的屏幕) stays one."""
    if not any(match.kind == "quantity" and match.unit in SIZE_KIND_UNITS for match in matches):
        return matches
    starts, _ = token_edges(doc)
    kept = []
    for match in matches:
        after = doc[starts[match.end]] if match.end in starts else None
        # the tagger reads the noun of such a kind as anything (晶圆/a, 晶圆厂/m): any word but a verb or function word
        if (match.kind == "quantity" and match.unit in SIZE_KIND_UNITS and after is not None and after.tag_ not in _NOT_KIND_TAGS
                and regex.match(r"\p{Han}", after.text)):
            continue
        kept.append(match)
    return kept


def _outside_names(doc: Doc, matches: list[FigureMatch]) -> list[FigureMatch]:
    """Counts written in Chinese numerals that the tagger reads as part of a name: the number opens a word tagged as a
    place, body, person or work that runs on past the count (七台河市/LOC), or is itself a place (五股/LOC; a count
    the tagger calls a body, 香港|十一所/ORG|大學, or a count of places, 吉打三州/LOC, stays a count), or the measure word begins a longer such word that runs on
    past the count (二十四|节令/TIME|鼓). Names holding numbers are no figures (ANNOTATION: 十三五)."""
    if not any(match.kind == "count" for match in matches):
        return matches
    text = text_of(doc)
    token_at, _ = token_edges(doc)
    kept = []
    for match in matches:
        if match.kind == "count" and not text[match.start].isascii():
            ending = _ADMINISTRATIVE_ENDING.match(text, match.end) is not None
            if ending and match.unit in PLACE_MEASURES:
                kept.append(match)  # 三个区, 北区五条村: a count of places, whatever the tagger makes of it
                continue
            if _names_a_place(doc, text, match, ending, token_at):
                continue
            opening = doc.char_span(match.start, match.start + 1, alignment_mode="expand")
            closing = doc.char_span(match.end - 1, match.end, alignment_mode="expand")
            opening_end = opening[0].idx + len(opening[0].text) if opening is not None and len(opening) == 1 else -1
            if ((opening_end > match.end and opening[0].idx == match.start and opening[0].tag_ in _PROPER_NAME_TAGS - {"TIME"})
                    or (opening_end == match.end and opening[0].idx == match.start and opening[0].tag_ == "LOC"
                        and match.unit not in COUNTED_NOUNS)
                    or (closing is not None and len(closing) == 1 and closing[0].tag_ in _PROPER_NAME_TAGS
                        and closing[0].idx + len(closing[0].text) > match.end and closing[0].idx >= match.start)):
                continue
        kept.append(match)
    return kept


_ADMINISTRATIVE_ENDING = regex_cache.compile("|".join(
    ending + (f"(?!{alternation(blocked)})" if blocked else "") for ending, blocked in ADMINISTRATIVE_ENDINGS.items()))
_LIST_ITEM_ENDS = frozenset("、及和与等") | frozenset(_CLAUSE_BREAKS)


def _names_a_place(doc: Doc, text: str, match: FigureMatch, ending: bool, token_at: dict[int, int]) -> bool:
    """A count in Chinese numerals that opens a place name (ANNOTATION: numbers inside names are no figures): a measure
    word of things right before an administrative ending (九台区, 七股区的, 五股区公所; 九台电脑 and 三台收割机 stay counts);
    a word of jieba's dictionary of places that opens with the count and runs on past it, ending on an administrative
    ending or naming the noun after it (三家村, 三门峡市, 五棵松体育馆, 三家村码头);
    a listed numeral-led name written whole, ending on a word boundary (三间房乡, 三条石; not 三条石凳); or a count standing
    alone as an item of a list whose neighbours are no counts (学甲、七股、将军等; 五股、泰山及八里)."""
    if ending and match.unit in NAMING_MEASURES:
        return True
    token = doc[token_at[match.start]] if match.start in token_at else None
    if token is not None and token.idx + len(token.text) > match.end and word_tag(token.text) == "ns":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if (_ADMINISTRATIVE_ENDING.fullmatch(token.text[-1]) or token.text.endswith("街道")
                or (following is not None and following.tag_ in NOUN_TAGS)):
            return True  # 三家村, 三门峡市, 五棵松|体育馆; 种下两棵树。 (jieba's word, and a place too) stays a count
    for name in NUMERAL_PLACE_NAMES:
        end = match.start + len(name)
        if text.startswith(name, match.start) and (end == len(text) or end in token_at or (
                _ADMINISTRATIVE_ENDING.fullmatch(name[-1]) and end - 1 in token_at)):
            return True  # the name's own ending may open the next word: 三间房|乡党委
    return _bare_list_item(text, match)


def _bare_list_item(text: str, match: FigureMatch) -> bool:
    """The count is a whole item of a 、 list, with nothing counted after it, and the items beside it are no counts."""
    before = text[match.start - 1] if match.start > 0 else "\n"
    after = text[match.end] if match.end < len(text) else "\n"
    if not ((before == "、" and after in _LIST_ITEM_ENDS) or (before in _CLAUSE_BREAKS and after == "、")):
        return False
    neighbours = [text[match.end + 1 : match.end + 2]] if after == "、" else []
    if before == "、":
        at = match.start - 2
        while at >= 0 and text[at] not in _LIST_ITEM_ENDS:
            at -= 1
        neighbours.append(text[at + 1 : at + 2])
    return all(n and n not in _NUMERAL_CHARS for n in neighbours)


def _unit_as_written(text: str, source: str, match: FigureMatch) -> str:
    """Measure words and units as the article writes them (個, not 个); currency codes and % as they are."""
    if match.kind in ("money", "percent"):
        return match.unit
    at = text.rfind(match.unit, match.start, match.end)
    return source[at : at + len(match.unit)] if at >= 0 else match.unit


def _as_written(text: str, source: str, near: int, phrase: Optional[str]) -> Optional[str]:
    """The phrase as the article writes it: the occurrence nearest the figure, read from the input."""
    if not phrase:
        return phrase
    positions = occurrences(text, phrase)
    if not positions:
        return phrase
    at = min(positions, key=lambda p: abs(p - near))
    return source[at : at + len(phrase)]


# --- subjects ----------------------------------------------------------------------------------

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    tag: str
    text: str


@dataclass(frozen=True)
class _Read:
    """A figure's subject (character spans joined in order) and the topic a later clause may take up."""

    subject: Optional[Spans]
    topic: Optional[Spans]


@dataclass(frozen=True)
class _Before:
    """What stands before a figure in its clause: its subject, the topic, and whether nothing but a stating
    verb separates them (a direct topic beats the noun after 的)."""

    subject: Optional[Spans]
    topic: Optional[Spans]
    direct: bool


class _Breaks:
    """Offsets of break characters (and blank runs) in a text, found once, searched by bisection."""

    def __init__(self, text: str, chars: str, *, keep_short_brackets: bool = False):
        pattern = regex_cache.compile("[" + regex.escape(chars) + "]| {3,}")
        self.at = [m.start() for m in pattern.finditer(text)]
        if keep_short_brackets:
            inside = {i for m in _SHORT_BRACKETS.finditer(text) for i in (m.start(), m.end() - 1)}
            self.at = [i for i in self.at if i not in inside]

    def start_before(self, at: int) -> int:
        """Where the stretch holding offset `at` starts (just after the last break before it)."""
        i = bisect_left(self.at, at)
        return self.at[i - 1] + 1 if i else 0

    def end_after(self, at: int, limit: int) -> int:
        """Where the stretch holding offset `at` ends (at the next break), at most `limit`."""
        i = bisect_left(self.at, at)
        return min(self.at[i], limit) if i < len(self.at) else limit


_COMPARED_TAGS = frozenset({"TIME", "n", "nz", "m", "q", "f", "u", "r", "s", "a", "LOC"})
"""Tags of what a change is compared with after 比/较 (上年, 去年同期, 114年度, 上届, 上月的)."""
_PREDICATES = (STATE_VERBS, CHANGE_VERBS, SHARE_VERBS, ALLOTTING_VERBS, TOTAL_WORDS)
"""Verbs that say what a topic amounts to (为, 达, 累计, 增长, 占, 编列): before one, the whole noun phrase is the topic."""
_CLAUSE_VERBS = (STATE_VERBS, CHANGE_VERBS, SHARE_VERBS, MODAL_VERBS, ALLOTTING_VERBS, COMPARATIVE_VERBS, SPEECH_VERBS,
                 CLAUSE_CONJUNCTIONS, COMPARISON_WORDS)
"""Words that are a clause's own verbs or links, never a modifier that opens a topic."""
_HEDGES = frozenset(word for word, (qualifier, _) in PREFIX_QUALIFIERS.items() if qualifier == "approx")
"""Words that hedge a figure (约, 大约): between a topic and its change verb they are no part of the subject."""
_MANNER_TAGS = ("d", "vd", "ad")
_SCOPE_CLOSING = regex_cache.compile(r"(?:之下|下)的")
"""下的 closing the words after a count (配额及计分制下的申请): they say under what, the noun after 的 is counted."""
_OBJECT_MODIFIER_TAGS = ("v", "vn", "vd", "ad", "a")
"""Words that open a modified noun after a count that is a verb's object: 600名[独居]长者, 12辆[免费]接驳巴士 (a manner
word the tagger gives 免费)."""
"""An adverb that opens a relative clause after a measure word, before its verb (3款|自主|研发的平台, 3款|自行|设计的灯柱)."""
_MONEY_ENDS = ("元", "圆", "币", "幣")
_FUND_ENDINGS = tuple(MONEY_SUBJECTS) + ("费", "款", "金")
"""Endings of a noun for a sum of money (教育经费, 人事费, 社会保障基金)."""
_VOTE = "票"
_ROLL_CALL = regex_cache.compile(rf"(?P<verb>{alternation(ROLL_CALL_VERBS)})(?P<noun>[\p{{Han}}]{{0,10}}?)(?:共|合共|计|計|共计|共計)?$")
_CAST = regex_cache.compile(alternation(VOTE_KINDS))


def _is_nounish(token: _Token) -> bool:
    return token.tag in NOUN_TAGS and token.text not in _FUNCTION_WORDS


def _is_ordinal(token: _Token) -> bool:
    return token.tag == "m" and token.text.startswith("第")


def _is_numeral(token: _Token) -> bool:
    return token.tag == "m" and (token.text.startswith("第") or any(c in _NUMERAL_CHARS for c in token.text))


def _in_noun_phrase(token: _Token) -> bool:
    """Noun-phrase material: nouns, adjectives, ordinals (第一产业) and number words that are no numeral (就业数)."""
    return _is_nounish(token) or token.tag == "a" or _is_ordinal(token) or (token.tag == "m" and not _is_numeral(token))


def _counts_with(token: _Token, previous: Optional[_Token]) -> bool:
    """A one-character word right after a time or a numeral that ends on a number belongs to it (2004 年, 第5 届,
    3 个); after a time word (明年度|总预算) it starts the next word."""
    return (previous is not None and len(token.text) == 1 and (previous.tag == "TIME" or _is_numeral(previous))
            and previous.text[-1] in _NUMERAL_CHARS and previous.end >= token.start - 1)


def _retagged(tokens: list[_Token]) -> list[_Token]:
    """The tags a subject is read with: a money word the tagger cut in two (岁|出, 岁|入), or read as a verb or a
    time (营收/v, 净利/TIME), is a noun, and so is 应占 between the holder and the money (股东应占溢利); comparison words
    (同比, 环比, 按年) are adverbs, never a topic, whatever the tagger says (环比/n 下降); a number and a period
    noun (113|年度) are a time; 扣除/剔除 open an adjunct like a preposition (扣除价格因素实际增长); a per-share word before a noun is part of it (每股|盈余), and so is a tax stage (除|税后|溢利) and a hedge
    (怀疑|可卡因, 疑似|毒品). 名义/实际 right before a change verb say how it is measured: adverbs. A loss written as a verb
    with no noun before it (去年|亏损收窄至) is the money measured, and so is one closing a clause right after an amount
    (68.4亿元|拨款，); an adjective of difference after 比/较 and what is
    compared with (较去年|高|出, 比上年|低) is the verb of a change; a total word cut in two (合|共) is one adverb; 时 read as
    a noun right after a verb closes a time clause (上任|时|债务余额): a time word."""
    out: list[_Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        joined = previous.text + token.text if previous is not None and previous.end == token.start else ""
        if token.text in TAX_STAGES:  # 除|税后|溢利, 税后/TIME|净利: before or after tax opens the money noun
            stage = joined if joined in TAX_STAGES else token.text
            if stage != token.text:
                out.pop()
            out.append(_Token(token.end - len(stage), token.end, "n", stage))
            continue
        if joined in MONEY_NOUNS or joined in ATTRIBUTION_WORDS or joined in PER_SHARE_WORDS:
            out[-1] = _Token(previous.start, token.end, "r" if joined in PER_SHARE_WORDS else "n", joined)
            continue
        if joined and len(out) > 1 and out[-2].end == previous.start and out[-2].text + joined in MONEY_NOUNS:
            out[-2:] = [_Token(out[-2].start, token.end, "n", out[-2].text + joined)]  # 可|支配|收入
            continue
        if joined and previous.tag in ("v", "vn") and ((token.text in NOUN_SUFFIXES and (token.tag in ("n", "v") or token.text in COUNT_SUFFIXES))
                                               or (token.text in PLACE_SUFFIXES and token.tag in ("n", "q"))):
            out[-1] = _Token(previous.start, token.end, "n", joined)  # 出让|价, 成交|额, 落成|量/v, 出生|数/m, 出口/vn|值/v: a verb and a noun suffix are a noun
            continue
        if joined and token.text in PERIOD_NOUNS and _is_numeral(previous):
            out[-1] = _Token(previous.start, token.end, "TIME", joined)  # 113|年度, 2024|财年: a time, not a topic
            continue
        if joined in TOTAL_WORDS:
            out[-1] = _Token(previous.start, token.end, "d", joined)  # 投放|合/ORG|共/d|不足: a total word the tagger cut in two
            continue
        if joined in STATE_VERBS and previous.tag == "v" and token.tag == "u" and len(joined) == 2:
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 录|得/u: one verb that states an amount
            continue
        if len(out) > 1 and out[-2].end == previous.start and out[-2].text + joined in _CLOSING_PRICE_VERBS:
            out[-2:] = [_Token(out[-2].start, token.end, "v", out[-2].text + joined)]  # 闭|市|报: a share's closing price
            continue
        if joined in _CLOSING_PRICE_VERBS:
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 收|报
            continue
        if joined in STATE_VERBS and previous.tag in ("a", "ad") and token.tag == "v":
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 最高/a|见/v: the high a share's price is seen at
            continue
        if joined in MODAL_VERBS and len(previous.text) == 1 and previous.tag == "v" and token.tag == "n":
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 有|机会/n|突破: a modal, no noun to take as topic
            continue
        if joined in CHANGE_VERBS and (previous.tag == "v" or previous.text in ("上", "下")) and token.tag in ("a", "v") \
                and len(joined) == 2:
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 调|高/a, 上/f|修, 5月|下/TIME|修: a change verb cut in two
            continue
        if joined in COMPARATIVE_ADJECTIVES and previous.tag == "v" and previous.text in COMPARATIVE_ADJECTIVES:
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 较去年高|出
            continue
        if joined in COMPARATIVE_ADJECTIVES and len(previous.text) == 1 and _after_comparing(out[:-1]):
            out[-1] = _Token(previous.start, token.end, "v", joined)  # 较常年同期偏/d|多/a, 较三年前估算高/a|出
            continue
        if token.tag == "vn" and len(token.text) > 2 and token.text[-1] in NOUN_SUFFIXES:
            token = _Token(token.start, token.end, "n", token.text)  # 投注额/vn: a verb with its noun suffix is a noun
        if token.tag == "m" and _PERIOD.fullmatch(token.text) or token.text in EARLIER_WORDS:
            token = _Token(token.start, token.end, "TIME", token.text)  # 第二季/m: a quarter is a time, no ordinal of a noun; 原本/n
        elif token.tag in _NAME_TAGS and previous is not None and previous.text == "本" and previous.end == token.start:
            out[-1] = _Token(previous.start, previous.end, "r", previous.text)  # 本/d|澳: the press's own place
        elif token.tag == "f" and token.text[-1] not in LOCATIVE_ENDINGS and not any(c in _NUMERAL_CHARS for c in token.text):
            token = _Token(token.start, token.end, "n", token.text)  # 工业/f|企业/f: nouns read as locatives (三日/f: a time)
        elif token.text in ALLOTTING_VERBS and token.tag != "v":
            token = _Token(token.start, token.end, "v", token.text)  # 安排/vn|教育经费: the verb, no part of the fund
        if token.text in COMPARISON_WORDS:
            token = _Token(token.start, token.end, "d", token.text)
        elif token.text in EXCLUDING_WORDS:
            token = _Token(token.start, token.end, "p", token.text)
        elif token.text in SESSION_WORDS:
            token = _Token(token.start, token.end, "TIME", token.text)  # 股价|盘中/s|最高见: a time of the trading day
        elif previous is not None and previous.end == token.start and (previous.text == "每" or previous.tag == "q") \
                and (joined in QUANTITY_UNITS or token.text in QUANTITY_UNITS) and (previous.text == "每" or len(out) > 1
                                                                                     and out[-2].text == "每"):
            if joined in QUANTITY_UNITS and previous.text != "每":
                out.pop()  # 每|平方|呎/n|楼面地价: the unit a rate is per is no noun of its topic
                token = _Token(previous.start, token.end, "q", joined)
            else:
                token = _Token(token.start, token.end, "q", token.text)
        elif token.text in SCHOOL_KINDS and token.tag != "n":
            token = _Token(token.start, token.end, "n", token.text)  # 38所|独中/a|的学生: a kind of school is a noun
        elif token.text in MONEY_ONLY_NOUNS and token.tag != "n":
            token = _Token(token.start, token.end, "n", token.text)
        elif token.text in TIME_LOCATIVES and token.tag == "n" and previous is not None and previous.tag == "v" \
                and previous.end == token.start:
            token = _Token(token.start, token.end, "TIME", token.text)  # 上任|时/n: a time, no part of the topic after it
        elif token.text in COMPARATIVE_ADJECTIVES and _after_comparing(out):
            token = _Token(token.start, token.end, "v", token.text)  # 比去年|多, 较去年同期|少
        elif token.text in VERBAL_MONEY_NOUNS and token.tag == "v" and not (previous is not None and _is_nounish(previous)):
            token = _Token(token.start, token.end, "n", token.text)  # 去年|亏损收窄至…, but 净利润|亏损3.6亿元
        elif previous is not None and previous.text in PER_SHARE_WORDS and token.tag in ("n", "nz", "vn"):
            out[-1] = _Token(previous.start, previous.end, "n", previous.text)
        elif previous is not None and previous.text in HEDGE_WORDS and (_is_nounish(token) or token.tag == "PER"):
            out[-1] = _Token(previous.start, previous.end, "a", previous.text)
            token = _Token(token.start, token.end, "n", token.text)  # 怀疑|海洛英/PER: what is suspected is a thing
        out.append(token)
    for k in range(1, len(out)):
        if out[k].text in MONEY_VERBS_AFTER_AMOUNTS and out[k].tag in ("v", "vn") and out[k - 1].text.endswith(_MONEY_ENDS) \
                and out[k - 1].end == out[k].start and (k + 1 == len(out) or out[k + 1].tag == "w"):
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 68.4亿元|拨款，: the appropriation, not a doing
    for k in range(len(out) - 1):
        if out[k].text in COMPARING_PREPOSITIONS and out[k].tag in ("d", "a", "v") and out[k + 1].tag in ("n", "nz", "TIME", "m") \
                and out[k].end == out[k + 1].start:
            out[k] = _Token(out[k].start, out[k].end, "p", out[k].text)  # 较/d|最高限价|下浮: the preposition, before a noun
        if out[k].text in COPULAS_READ_AS_NOUNS and (out[k + 1].text in ALLOTTING_VERBS or out[k + 1].text in ALLOTTING_PREPOSITIONS):
            out[k] = _Token(out[k].start, out[k].end, "d", out[k].text)  # 经费|系/n|编列: the copula 係
        elif out[k].text in ALLOTTING_VERBS and out[k + 1].tag == "v" and out[k + 1].text in MONEY_SUBJECTS:
            out[k + 1] = _Token(out[k + 1].start, out[k + 1].end, "n", out[k + 1].text)  # 编列|拨款/v: the sum allotted
        elif out[k].text in SPENDING_NOUNS and out[k].tag in ("v", "vn") and out[k + 1].text in MODAL_VERBS \
                and len(out[k + 1].text) > 1 and out[k].end == out[k + 1].start:
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 全年|出口/vn|有望突破: the exports expected
        elif out[k].tag in ("v", "vn") and out[k + 1].text in HOPING_MODALS and out[k].end == out[k + 1].start \
                and k > 0 and (out[k - 1].tag == "TIME" or _is_nounish(out[k - 1])):
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 全年|交付/v|有望超过: what is hoped for
        elif out[k].text in BASIS_WORDS and out[k + 1].text in CHANGE_VERBS:  # 名义|增长, 实际|下降
            out[k] = _Token(out[k].start, out[k].end, "d", out[k].text)
        elif out[k].text in VERBAL_MONEY_NOUNS and out[k].tag == "v" and out[k + 1].text in FROM_WORDS:
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 集团|亏损|由5.6亿港元收窄至…: the loss
    for k in range(len(out)):
        if out[k].text in CASE_NOUNS and out[k].tag in ("v", "vn") and out[k].end == (out[k + 1].start if k + 1 < len(out) else -1) \
                and _is_numeral(out[k + 1]):
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 资助|申请/v|436宗: the applications counted
        elif out[k].text in CASE_NOUNS and out[k].tag in ("v", "vn") and k > 0 and out[k - 1].tag == "m" \
                and out[k - 1].text[-1:] in CASE_MEASURES:
            out[k] = _Token(out[k].start, out[k].end, "n", out[k].text)  # 180宗|登记/v|申请: what the cases are
            if k + 1 < len(out) and out[k + 1].text in CASE_NOUNS and out[k + 1].tag in ("v", "vn") and out[k + 1].start == out[k].end:
                out[k + 1] = _Token(out[k + 1].start, out[k + 1].end, "n", out[k + 1].text)
    return out




def _cut_at_figures(tokens: list[_Token], matches: list[FigureMatch]) -> list[_Token]:
    """Tokens cut where a figure starts or ends: the tagger may glue a figure's last character to the word after it
    (30|令/v|吉调/n|高/a) or glue a noun to its measure word (800|包米/m), and what is left outside is then read on
    its own: a noun where it holds no numeral, a verb where it opens a change verb with the word after it (调|高)."""
    edges = sorted({m.start for m in matches} | {m.end for m in matches})
    cut: list[_Token] = []
    for token in tokens:
        inner = edges[bisect_right(edges, token.start) : bisect_left(edges, token.end)]
        if not inner:
            cut.append(token)
            continue
        bounds = [token.start, *inner, token.end]
        if any(token.text[a - token.start : b - token.start] in FUNCTION_CHARACTERS for a, b in zip(bounds, bounds[1:])):
            cut.append(token)  # 11|所在|川高校: a function word left alone is no noun, the tagger's word is read as it was
            continue
        for start, end in zip(bounds, bounds[1:]):
            text = token.text[start - token.start : end - token.start]
            inside = any(m.start <= start and end <= m.end for m in matches)
            tag = "m" if inside else "n" if token.tag == "m" and not any(c in _NUMERAL_CHARS for c in text) else token.tag
            cut.append(_Token(start, end, tag, text))  # 800包|米: the rest of a number word is the noun counted
    for k, token in enumerate(cut[:-1]):
        following = cut[k + 1]
        if len(token.text) == 1 and token.text + following.text in CHANGE_VERBS and token.end == following.start \
                and k > 0 and cut[k - 1].tag == "m" and cut[k - 1].end == token.start:
            cut[k] = _Token(token.start, token.end, "v", token.text)
    counted: set[int] = set()
    ends = {m.end for m in matches if not m.counted}  # 52金|居次: a figure that names what it counts has no noun after it
    for k, token in enumerate(cut):
        # 八项|背信/m|罪/m, 三项|洗钱罪/m: the tagger reads the words counted right after a figure as more of the number;
        # holding no numeral and no numeral word in the dictionary, they are the noun counted
        if (k > 0 and token.tag == "m" and token.start == cut[k - 1].end and (cut[k - 1].end in ends or k - 1 in counted)
                and not any(c in _NUMERAL_CHARS for c in token.text) and word_tag(token.text) not in ("m", "q", "", None)
                and not (len(token.text) == 1 and word_tag(token.text) == "v")  # RM350万|兴/m|建: a verb cut from its word
                and not any(m.start <= token.start < m.end for m in matches)):
            cut[k] = _Token(token.start, token.end, "n", token.text)
            counted.add(k)
    return cut


def _reaches_a_level(token: _Token) -> bool:
    """A change verb written with 至/到 (降至, 增至, 回落到): the figure after it is the level the topic reaches, so the
    verb names no doing of its own (减少1.2万人，[降至]13.5万人 measures the topic before)."""
    return len(token.text) > 1 and token.text[-1] in LEVEL_WORDS and token.text[:-1] in CHANGE_VERBS


def _names_a_scope(token: _Token) -> bool:
    """Whether a word names only the whole of a place or body a figure is counted over (全区, 全港, 全校, 辖区)."""
    return token.text in JURISDICTION_SCOPE_WORDS or (len(token.text) == 2 and token.text[0] == "全" and token.tag in NOUN_TAGS)


def _after_comparing(out: list[_Token]) -> bool:
    """Whether the words just read are 比/较 and what is compared with (比|去年, 较|去年同期, 比|上年|同期, 较|三年|前|估算)."""
    for k in range(len(out) - 1, max(-1, len(out) - 5), -1):
        if out[k].text in COMPARING_PREPOSITIONS and out[k].tag == "p":
            return k < len(out) - 1
        if out[-1].end - out[k].start <= 2 and out[k].tag not in ("w", "v", "x"):
            continue  # 比|往|年|少: a compared-with of one word the tagger cut up, whatever its tags
        if out[k].tag == "v" and len(out[k].text) == 2 and out[k].text not in CHANGE_VERBS \
                and out[k].text not in STATE_VERBS:
            continue  # 较三年前|估算|高出, 比原先|估计|高出: the estimate a figure is compared with
        if out[k].tag not in ("TIME", "n", "nz", "f", "m", "v") or out[k].tag == "v" and out[k].text not in COMPARATIVE_ADJECTIVES:
            return False
    return False


_CLOSING_MARKS = ("”", "」", "』", "’", '"')
_SHORT_QUOTE = regex_cache.compile(r'“[^“”\n]{1,30}”|「[^「」\n]{1,30}」|『[^『』\n]{1,30}』|‘[^‘’\n]{1,30}’|"[^"\n]{1,30}"')


def _quotes_holding_figures(text: str, matches: list[FigureMatch]) -> set[int]:
    """The offsets of the marks of short quotes that hold a figure (定为「逾三成」, 吸引游客“逾百万人次”): the figure is read
    as if unquoted, its subject before or after the marks."""
    starts = [m.start for m in matches]
    marks: set[int] = set()
    for quote in _SHORT_QUOTE.finditer(text):
        i = bisect_left(starts, quote.start() + 1)
        if i < len(starts) and starts[i] < quote.end() - 1:
            marks.update((quote.start(), quote.end() - 1))
    return marks


def _objects_read_as_verbs(tokens: list[_Token], matches: list[FigureMatch]) -> list[_Token]:
    """A word of two or more characters tagged a verb right after another verb and right before a count (派|发|口罩/v|
    5000个, 分|发|口罩/v|10万个) is the thing counted, the verb's object, where jieba's dictionary calls it a noun and the
    word before it a verb (评价/n|入库: no doing and its object), and it is none of the verbs a clause states, changes
    or allots with (计划|新增|5000个). People are counted by what they do (带动|就业|5000人): no object."""
    counts = {m.start for m in matches if m.kind == "count" and m.unit not in PEOPLE_MEASURES and m.unit not in PERSON_UNITS}
    out = list(tokens)
    for k in range(1, len(out) - 1):
        token, previous, following = out[k], out[k - 1], out[k + 1]
        if (token.tag == "v" and len(token.text) > 1 and previous.tag == "v" and previous.end == token.start
                and following.start == token.end and following.start in counts
                and word_tag(token.text) == "n" and word_tag(previous.text) == "v"
                and not any(token.text in words for words in _CLAUSE_VERBS)):
            out[k] = _Token(token.start, token.end, "n", token.text)
    return out


class SubjectReader:
    """Reads each figure's subject from its clause; figures are read in text order, so a clause without a topic
    takes up the topic of the clause before it."""

    def __init__(self, doc: Doc, matches: list[FigureMatch]):
        self.text = text = text_of(doc)
        marks = _quotes_holding_figures(text, matches)  # 上调至“4%左右”: the marks hold the figure, they part nothing
        tokens = [_Token(t.idx, t.idx + len(t.text), t.tag_, t.text) for t in doc if t.text.strip() and t.idx not in marks]
        self.tokens = _objects_read_as_verbs(_retagged(_cut_at_figures(tokens, matches)), matches)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self.sentences = _Breaks(text, _SENTENCE_BREAKS.replace("；", ""))  # a topic carries across ；, not across 。
        self.clauses = _Breaks(text, _CLAUSE_BREAKS)
        self.parts = _Breaks(text, _PART_BREAKS, keep_short_brackets=True)
        self.parts.at = [i for i in self.parts.at if i not in marks]
        self.marks = marks
        self.figure_starts = [m.start for m in matches]
        self.figure_ends = [m.end for m in matches]
        self.read: dict[int, _Read] = {}
        self.given: dict[int, Optional[Spans]] = {}
        self.roll_nouns: dict[int, tuple[int, int]] = {}
        """The people a roll call counts, by the sentence they are named in (应到委员386人，实到352人)."""
        """The subject each figure was given, after 分别 paired it off."""

    # -- public ------------------------------------------------------------------------------

    def subject(self, match: FigureMatch) -> Optional[Spans]:
        read = self._converted(match) or self._read(match)
        self.read[match.start] = read
        given = self._respective(match, read.subject) or read.subject
        given = self._owner_of_number(given) if given and match.kind == "count" else given
        given = self._quoted_words_before(match, given)
        given = self._grade_counted(match) or given
        title = self._title_before(given[0][0]) if given else None
        if title is not None:
            given = (title, *given)  # 《公约》|草案, 《条例》|全文: a noun written right after a title is the title's
        self.given[match.start] = self._without_bracketed_figures(given) if given else given
        return self.given[match.start]

    def _quoted_words_before(self, match: FigureMatch, spans: Optional[Spans]) -> Optional[Spans]:
        """Words in quotes that the subject reader passed over for a word outside them (or for nothing):
        - a promise quoted with its figure (以“保证月获利8%”为饵, 承诺“每月回报5%”): the words opening the quote;
        - a noun quoted right before its figure (每个户口‘租金’约5000元, 可获“佣金”约2000令吉): the quoted noun."""
        opening = _QUOTE_OPENING_FIGURE.search(self.text, max(0, match.start - 12), match.start)
        if opening and opening.end() == match.start:
            if spans and self.text[opening.start() - 1 : opening.start()] not in MEANS_PREPOSITIONS:
                return spans  # 贷款增长「介乎4%至6%」, 门票价格定为“每张80元”: the quote only states the topic's figure
            inside = (opening.start() + 1, match.start)  # 以“保证月获利8%”为饵; 承诺“每月回报5%”, with no topic read
        else:
            closing = _QUOTED_NOUN_BEFORE.search(self.text, max(0, match.start - 9), match.start)
            if not closing or closing.end() != match.start:
                return spans
            inside = (closing.start() + 1, closing.start() + 1 + len(closing.group("noun")))
        if spans and any(start < inside[1] and inside[0] < end for start, end in spans):
            return spans  # the subject already reads words of the quote
        if spans and spans[-1][1] > inside[1]:
            return spans
        return (inside,)

    def _grade_counted(self, match: FigureMatch) -> Optional[Spans]:
        """Subjects passed with a grade (考获9科A, 考獲10科A): the grade the subjects were passed with, after the exam
        the clause names (统考A); the measure word alone (科) is no subject."""
        if match.kind != "count" or match.unit not in GRADED_SUBJECT_MEASURES:
            return None
        grade = _GRADE_AFTER.match(self.text, match.end)
        if not grade:
            return None
        floor = self.clauses.start_before(match.start)
        k = bisect_left(self.starts, match.start) - 1
        while k >= 0 and self.tokens[k].start >= floor and not self.tokens[k].text.endswith(EXAM_ENDINGS):
            k -= 1
        if k < 0 or self.tokens[k].start < floor:
            return ((grade.start(), grade.end()),)
        j = self._noun_phrase_back(k, floor)
        return ((self.tokens[j].start, self.tokens[k].end), (grade.start(), grade.end()))

    def _owner_of_number(self, spans: Spans) -> Spans:
        """A count whose subject is only the word for a number (数目, 数量) counts the noun that owns it: 单一家族办公室的
        数目从400家增至约2000家 -> 单一家族办公室的数目; with no noun before 的, the word stays."""
        if len(spans) != 1 or self._words(spans) not in NUMBER_WORDS:
            return spans
        k = bisect_left(self.starts, spans[0][0])
        if k < 2 or self.tokens[k - 1].text != "的" or self.tokens[k - 1].end != spans[0][0]:
            return spans
        floor = self.clauses.start_before(spans[0][0])
        j = self._noun_phrase_back(k - 1, floor)
        if j >= k - 1 or self.tokens[j].tag in _PROPER_NAME_TAGS - {"ORG", "nz"}:
            return spans
        return ((self.tokens[j].start, spans[0][1]),)

    def _without_bracketed_figures(self, spans: Spans) -> Spans:
        """A subject without the figures bracketed inside it: 主营业务收入（42.6亿元）同比增长 -> 主营业务收入同比增长."""
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            for bracket in _BRACKETED_FIGURE.finditer(self.text, start, end):
                inside = bisect_left(self.figure_starts, bracket.start() + 1)
                if inside < len(self.figure_starts) and self.figure_starts[inside] < bracket.end():
                    kept.append((start, bracket.start()))
                    start = bracket.end()
            kept.append((start, end))
        return tuple(piece for piece in kept if piece[0] < piece[1])

    # -- the readings, in order ----------------------------------------------------------------

    def _read(self, match: FigureMatch) -> _Read:
        cast = _CAST.match(self.text, match.end) if match.kind == "count" and match.text.endswith(_VOTE) else None
        if cast:  # 以29票[赞成]、2票[弃权]通过: votes for, votes abstaining
            return _Read((cast.span(), (match.end - len(_VOTE), match.end)), None)
        if match.counted and match.open_noun:
            # 4档|新制作, 300班|巴士: a measure word the lexicon lacks counts the noun right after it, not itself
            limit = self.parts.end_after(match.end, len(self.text))
            after = self._noun_after(match.end, limit) or self._adjectives_closing_count(match, limit)
            k = bisect_left(self.starts, after[0][0]) if after else 0
            if after and k < len(self.tokens) and self.tokens[k].tag not in _PROPER_NAME_TAGS:  # 6班|吉隆坡往返…: a place, no noun counted
                return _Read(after, after)
        if match.counted:
            if match.open_noun and self.text[match.start : match.end].startswith(tuple(QUANTIFIER_WORDS | TOTAL_WORDS)):
                before = self._before(match)  # 成分股|共30檔: a total after its noun counts that noun, not the measure word
                if before is not None and before.direct and before.subject and self._holds_noun(before.subject):
                    return _Read(before.subject, before.topic)
            at = match.end - len(match.counted)
            return _Read(((at, match.end),), None)
        if roll := self._roll_call(match):
            return _Read(roll, None)
        spent_on = self._spent_on(match) if match.kind == "money" else None
        if spent_on:
            return _Read(spent_on, None)
        limit = self.parts.end_after(match.end, len(self.text))
        passive = self._passive_doing(match, limit) if match.kind in ("money", "count") else None
        if passive:
            return _Read(passive, None)
        after = (self._noun_after(match.end, limit) or self._noun_after_next(match) or self._modified_object_after(match, limit)
                 or self._adjectives_closing_count(match, limit))
        if not after and match.kind == "count":
            after = self._noun_past_adverb(match, limit)  # 436张|暂时|停工通知书: the notices, not the issuing
        if not after and match.kind in ("money", "count"):
            undone = self._undone_after(match, limit)
            if undone:
                return _Read(undone, None)  # 尚有[1624万元]|未能归还: what is still not done with it
        if after and match.kind == "money" and self._recipient_after(match):
            after = None  # 30万令吉|予该校: who receives the amount is not what it measures
        if after and match.kind == "count" and self._opens_a_relative(after, match.unit):
            after = None  # 11名[涉嫌违纪]的干部: a doing closed by 的 tells which ones, the noun after 的 is what is counted
        if after and match.kind == "count":
            head = self._head_past_scope(after[-1][1], limit)
            if head:  # 9.6万宗[配额及计分制]下的[非长者申请]: the nouns before 下的 say under what, the head is counted
                after = head
        if not after and match.kind == "count" and match.unit not in SELF_NAMING_MEASURES:
            ahead = self._counted_noun_ahead(match)
            if ahead:
                return _Read(ahead, None)
        affecting = self._affecting_verb_before(match)
        if affecting:  # 水灾共影响约[4,100户]人家: those affected, not the flood
            at = self.text.rfind(match.unit, match.start, match.end)
            return _Read(affecting + (after or ((at, at + len(match.unit)),)), None)
        if after and match.kind == "money" and self._opens_with_verb(after) and self._words(after) not in MONEY_SUBJECTS:
            before = self._before(match)  # 编列经费[5600万]办理活动: the money word before, not what it is spent on
            if before is not None and before.direct:
                return _Read(before.subject, before.topic)
        if after and match.kind == "money" and self._is_one_token(after) and self._opens_with_verb(after):
            topic = self._priced_topic(match)  # 這輛車以3萬元[成交]: the verbal noun alone is no subject
            if topic is not None:
                return _Read((topic,) + after, None)
        if after and match.kind == "count":
            before = self._before(match)  # 落成量为[4,300个]单位: the measure the label names, of the things after
            if before is not None and before.direct and before.subject and self._words(before.subject).endswith(MEASURE_NOUN_ENDINGS):
                return _Read(before.subject + after, before.topic)
            if before is not None and before.subject and self._words(after).endswith(DOCUMENT_PARTS) \
                    and self._divides(before.subject[-1][1], match.start):
                return _Read(before.subject + after, before.topic)  # 工作报告共分[三个]部分: the report's parts
        if after:
            return _Read(after, after)
        if match.kind == "count" and match.unit in SELF_NAMING_MEASURES:
            k = bisect_left(self.starts, match.start) - 1  # 光影装置[28组]: a noun right before is what is counted
            if k >= 0 and self.tokens[k].end == match.start and self.tokens[k].tag in NOUN_TAGS - _NAME_TAGS:
                before = self._before(match)
                if before is not None and before.direct and before.subject:
                    return _Read(before.subject, before.topic)
            at = self.text.rfind(match.unit, match.start, match.end)  # 联赛共有[16队]、320名球员: teams, not the league
            return _Read(((at, at + len(match.unit)),), None)
        if match.kind == "percent" or (match.kind == "count" and self._names_a_part(match.start)):
            category = None if self._opened_by_yi(match) else self._category_after(match.end, limit)
            if category:
                return _Read(category, None)
        if match.kind == "percent":
            change = self._change_after(match.end, limit)
            before = self._before(match) if change else None
            if before is not None and before.subject:  # 经济录得[2.9%]增长: the topic's growth
                return _Read(self._merged(list(before.subject) + [change]), before.topic)
        if match.kind == "count" and match.unit not in PERSON_UNITS and match.unit not in HOUSEHOLD_UNITS:
            closing = self._object_closing_clause_before(match)
            if closing:  # 加开接驳车，每日约[120班次]; 兑换纪念毛巾，共准备[8000条]: the things of the clause before
                return _Read(closing, closing)
        if match.unit in OCCASION_UNITS:
            done = self._verb_right_before(match) or self._doing_after(self._past_next_figure(match.end), limit)
            if done and self._words(done) in DIVIDING_VERBS:  # 分[8场]领取, 分[87次]转账: the occasions, not the splitting
                at = self.text.rfind(match.unit, match.start, match.end)
                return _Read(((at, at + len(match.unit)),), None)
            if done:
                return _Read(done, None)
        if match.unit in PERSON_UNITS or match.unit in HOUSEHOLD_UNITS:
            role = self._role_before_names(match)
            if role:
                return _Read(role, role)
            acting = self._verb_phrase_after(self._past_next_figure(match.end), limit)
            if acting and self._words(((acting[0][0], acting[0][0] + 2),)) not in CHANGE_VERBS \
                    and not self._opens_with_state(acting) and not (self._after_from(match) and self._reaches_level(acting)):
                # 从5万人[减少]到1万人; 增加3,200人[至]12.1万人; 由50人[扩充至]120人: the topic's change, no doing of people
                at = self.text.rfind(match.unit, match.start, match.end)  # 10万人次以上: the unit, not the figure's end
                unit = ((at, at + len(match.unit)),) if match.unit == "人次" and at >= 0 else ()
                return _Read(self._people_right_before(match) + acting + unit, None)
        price = self._price_of(match, limit)
        if price:
            return _Read(price, None)
        before = self._before(match)
        relative = self._noun_after_relative(match, limit)
        listed = None if relative else self._noun_after_attributes(match)  # its noun is no topic for the clauses after
        relative = relative or listed
        after_at = self._skip_blanks(match.end, limit)
        right_after = self.text[after_at : after_at + 1] == "的"
        # 超过30%的企业 counts the companies; 每月回酬达8%的投资计划 measures the return, which holds the rate
        share_of = relative and match.kind == "percent" and right_after and not (
            before is not None and before.direct and before.subject and self._words(before.subject).endswith(RETURN_NOUNS))
        # 超过3000家的[企业] counts the noun after 的; people counted before 的 keep their topic (人口超過2,000萬人的城市)
        counted = relative and match.kind == "count" and right_after and match.unit not in PERSON_UNITS
        # 完成1.5亿美元的[B轮融资]: an amount spent or raised by the doing before it measures the noun after 的
        done = relative and match.kind == "money" and right_after and before is not None and self._ends_on_verb(before.subject)
        # 一次性[100新元]的数码补助: a modifier before the amount is no subject, the noun after 的 is what it measures
        modified = (relative and match.kind == "money" and right_after and before is not None and before.subject
                    and self._words(before.subject) in AMOUNT_MODIFIERS)
        if modified:
            return _Read(relative, relative)
        if before is not None and before.direct and not (relative and (self._names_worth(before.subject) or share_of or counted or done)):
            purpose = self._purpose_after(match.end, limit) if match.kind == "money" and not relative else None
            if purpose and self._ends_on_verb(before.subject):
                return _Read(before.subject + purpose, before.topic)  # 交通部编列[120亿元]改善偏乡道路: allotted, for what
            return _Read(before.subject, before.topic)
        if relative and before is not None and before.direct and self._names_worth(before.subject, AMOUNT_LABELS):
            return _Read(relative + before.subject, None if listed else relative)  # 总额[50亿元]的投资协议: the agreement's total (投资协议总额)
        if relative:
            return _Read(relative, None if listed else relative)
        if match.kind in ("money", "percent"):
            purpose = self._purpose_after(match.end, limit)
            if (purpose and match.kind == "percent" and before is not None and before.subject
                    and not self._amount_earlier_in_sentence(match)):
                return _Read(before.subject + purpose, before.topic)  # 受访企业中，有[5至8成]表示…: that share of them does it
            if purpose and match.kind == "money" and before is not None and before.subject and self._spending_right_before(match):
                return _Read(before.subject + purpose, before.topic)  # 在内地投资[20亿元]兴建厂房: the investment, in building
            if purpose:
                return _Read(purpose, None)
        if match.kind == "percent" and before is not None and before.subject and not self._opens_a_change(match.end, limit):
            acting = self._verb_phrase_after(match.end, limit)  # 受访者…，另有约[20%]表示不确定: what that share of them does
            if acting:
                return _Read(before.subject + acting, before.topic)
        if before is not None:
            return _Read(before.subject, before.topic)
        done = self._verb_right_before(match) if match.kind == "count" else None
        if done:
            return _Read(done, None)  # 最终决标[9笔]: with nothing named, the count is of what the verb right before does
        if match.kind == "count" and len(match.unit) > 1:
            at = self.text.rfind(match.unit, match.start, match.end)
            return _Read(((at, at + len(match.unit)),), None)
        return self._taken_up(match)

    def _roll_call(self, match: FigureMatch) -> Optional[Spans]:
        """The people a roll call counts with its verb (应出席代表[512名], 实到[483名] -> 实到代表), else None."""
        if match.kind != "count" or match.unit not in PEOPLE_MEASURES:
            return None
        start = self.clauses.start_before(match.start)
        head = self.text[start:match.start]
        m = _ROLL_CALL.search(head)
        if m is None or any(verb in m.group("noun") for verb in STATE_VERBS):
            return None  # 出席开幕式的有嘉宾200人: a verb that states the count opens its own topic
        sentence = self.sentences.start_before(match.start)
        verb = (start + m.start("verb"), start + m.end("verb"))
        if m.group("noun"):
            noun = (start + m.start("noun"), start + m.end("noun"))
            self.roll_nouns[sentence] = noun
            return (verb, noun)
        noun = self.roll_nouns.get(sentence)
        return (verb, noun) if noun else None

    def _spent_on(self, match: FigureMatch) -> Optional[Spans]:
        """What an amount an agent spends, gives, allots or raises is for: 斥资[80万令吉]翻新会所, 拨出[250万令吉]作为援助金,
        捐出[三百萬澳門元]，用於資助送飯服務, 为翻新会所，宗亲会斥资[80万令吉]. The agent and its verb are no subject.
        The verb is read from the text, as the tagger may cut it (募|得, 拨|出)."""
        before = self.text[max(0, match.start - 4) : match.start].removesuffix("了")
        verb = next((v for v in GIVING_VERBS if before.endswith(v)), None)
        if verb is None:
            return None
        purpose = self._purpose_after_spending(match.end) or self._purpose_clause_before(match.start)
        if verb in MONEY_NAMING_GIVING_VERBS and (purpose or self._recipient_after(match)):
            at = match.start - len(before) + before.rindex(verb)  # 拨款资助社区活动, 资助[150万]予剧团: the verb names the money
            return ((at, at + len(verb)),) + (purpose or ())
        return purpose

    def _recipient_after(self, match: FigureMatch) -> bool:
        """Whether the words after an amount open on who receives it (予该校, 给华小)."""
        return self.text.startswith(RECIPIENT_PREPOSITIONS, self._skip_blanks(match.end, len(self.text)))

    def _purpose_after_spending(self, end: int) -> Optional[Spans]:
        """The purpose written after an amount spent: the rest of its part after 用于 or 作为, or from a verb that opens
        it (翻新会所, 新建一条生产线); in the next clause only after 用于 or 作为."""
        at = self._skip_blanks(end, len(self.text))
        next_clause = self.text[at : at + 1] in ("，", ",")
        at = self._skip_blanks(at + 1, len(self.text)) if next_clause else at
        limit = self.parts.end_after(at, len(self.text))
        k = bisect_left(self.starts, at)
        if k >= len(self.tokens) or self.tokens[k].start != at or self._in_figure(self.tokens[k]):
            return None
        opener = self.tokens[k]
        # the tagger may glue a marker to the word after it (供华/v); one character is a marker only as a verb or preposition
        marker = next((w for w in PURPOSE_MARKERS | AS_VERBS if self.text.startswith(w, at)
                       and (len(w) > 1 or opener.tag in ("p", "v"))), None)
        money_verb = opener.text in MONEY_VERBS_AFTER_AMOUNTS  # 拨出2000万元|补贴/n|新能源汽车购置: a money word read as a noun
        if marker is None and next_clause and opener.text in SUPPORTING_VERBS:
            marker = ""  # 拨出[300万元]，|支持本地创作: a verb of support opening the next clause says what it is for
        if marker is None and next_clause and opener.text in PLACE_PREPOSITIONS:
            doing = self._doing_past_place(k, limit)  # 斥资[8亿元]，在|合肥|新建电池工厂: where, then what it is for
            if doing is not None:
                return doing
        if marker is None and not next_clause and opener.text in RECIPIENT_PREPOSITIONS:
            doing = self._doing_of_recipient(k, limit)  # 拨出[500万令吉]给|华小|进行维修: what the recipient does with it
            if doing is not None:
                return doing
        if marker is None and (next_clause or (opener.tag not in ("v", "vn") and not money_verb) or opener.text in STATE_VERBS
                               or opener.text in CHANGE_VERBS):
            return None
        start = at + len(marker) if marker else at
        if limit - start > _LONGEST_PURPOSE:
            return self._purpose_after(start, limit)
        return ((start, self._past_quoted_name(start, limit)),) if limit > start else None

    def _past_quoted_name(self, start: int, limit: int) -> int:
        """The end of a purpose that is a verb alone stopping at an opening quotation mark, past the name the marks hold
        (成立|「青年创业基金」): the name is what the doing makes; `limit` itself when the words from `start` already hold a
        noun (支持会展业「以展促产」: a slogan after its object) or no short quoted name opens there."""
        close = _OPENERS.get(self.text[limit : limit + 1])
        if close is None or close == "》":
            return limit
        if any(_is_nounish(t) for t in self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, limit)]):
            return limit
        end = self.text.find(close, limit + 1, limit + 30)
        return end + 1 if end > limit + 1 and "\n" not in self.text[limit:end] else limit

    def _doing_past_place(self, k: int, limit: int) -> Optional[Spans]:
        """After 在/于 and the place's words (at most four, no verb), the doing that opens on a verb to the end of the
        part: 在|合肥|新建一座电池工厂 -> 新建一座电池工厂; None without a place or a verb."""
        j = k + 1
        while j < len(self.tokens) and j - k <= 4 and self.tokens[j].end <= limit and self.tokens[j].tag != "v" \
                and self.tokens[j].tag not in ("w", "p", "u", "m"):
            j += 1
        if j == k + 1 or j >= len(self.tokens) or self.tokens[j].start >= limit or self.tokens[j].tag != "v":
            return None
        verb = self.tokens[j]
        if verb.text in STATE_VERBS or verb.text in CHANGE_VERBS or limit - verb.start > _LONGEST_PURPOSE:
            return None
        return ((verb.start, self._past_quoted_name(verb.start, limit)),)

    def _passive_doing(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """An amount or count + 被 + its doer (at most two words) + a verb: the doing, to the end of the part
        (约8万新元被他|转入个人账户, 300万元被|挪用于购买商品房); None without 被 right after the figure."""
        at = self._skip_blanks(match.end, limit)
        k = bisect_left(self.starts, at)
        if k >= len(self.tokens) or self.tokens[k].start != at or self.tokens[k].text not in PASSIVE_MARKERS:
            return None
        j = k + 1
        while j < len(self.tokens) and j - k <= 2 and self.tokens[j].end <= limit and self.tokens[j].tag in ("r", "n", "PER", "nr", "ORG"):
            j += 1
        if j >= len(self.tokens) or self.tokens[j].start >= limit or self.tokens[j].tag != "v":
            return None
        start = self.tokens[j].start
        return ((start, limit),) if limit - start <= _LONGEST_PURPOSE else None

    def _noun_past_adverb(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """A count whose noun follows an adverb of time or manner (436张|暂时|停工通知书): the words after the adverb,
        when they end on a noun; None otherwise."""
        at = self._skip_blanks(match.end, limit)
        k = bisect_left(self.starts, at)
        if k + 1 >= len(self.tokens) or self.tokens[k].start != at or self.tokens[k].text not in ADVERB_MODIFIERS:
            return None
        j = k + 1
        while j < len(self.tokens) and j - k <= 3 and self.tokens[j].end <= limit and self.tokens[j].tag in ("v", "vn", "n", "nz", "j"):
            j += 1
        last = self.tokens[j - 1]
        if j == k + 1 or last.tag not in ("n", "nz", "j"):
            return None
        return ((self.tokens[k].start, last.end),)

    def _undone_after(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """An amount still had (尚有/仍有/还有) and a negated doing right after it (尚有[1624万元]未能归还): the negation
        and its verb, to the end of the part; None without 有 right before the figure or a negation right after it."""
        if not self.text[max(0, match.start - 1) : match.start] == "有":
            return None
        at = self._skip_blanks(match.end, limit)
        if not self.text.startswith(NEGATIONS, at):
            return None
        i = bisect_left(self.starts, at)
        if not any(t.tag == "v" for t in self.tokens[i : bisect_left(self.starts, limit)]):
            return None
        return ((at, limit),) if 1 < limit - at <= _LONGEST_PURPOSE else None

    def _doing_of_recipient(self, k: int, limit: int) -> Optional[Spans]:
        """After 给/予 and the recipient's nouns, a verb opening what the recipient does with the amount (给各华小|进行
        校舍维修): the recipient and that doing; None when no verb follows the recipient (捐款5万令吉给华小)."""
        j = k + 1
        while j < len(self.tokens) and self.tokens[j].end <= limit and (_is_nounish(self.tokens[j]) or self.tokens[j].tag in ("r", "a", "u")):
            j += 1
        if j == k + 1 or j >= len(self.tokens) or self.tokens[j].start >= limit or self.tokens[j].tag != "v":
            return None
        start = self.tokens[k + 1].start
        return ((start, limit),) if limit - start <= _LONGEST_PURPOSE else None

    def _purpose_clause_before(self, start: int) -> Optional[Spans]:
        """为翻新会所，宗亲会斥资[80万令吉]: a clause opened by 为 before the amount's clause says what it is for."""
        clause_start = self.clauses.start_before(start)
        if clause_start == 0 or self.text[clause_start - 1] not in ("，", ","):
            return None
        before = self.clauses.start_before(clause_start - 1)
        k = bisect_left(self.starts, self._skip_blanks(before, clause_start))
        if k >= len(self.tokens) or self.tokens[k].text not in PURPOSE_PREPOSITIONS or self.tokens[k].end >= clause_start - 1:
            return None
        return ((self.tokens[k].end, clause_start - 1),)

    def _amount_earlier_in_sentence(self, match: FigureMatch) -> bool:
        """Whether a figure comes before this one in its sentence (其中[约四成]用于…: a share of that amount, not of a group)."""
        start = self.sentences.start_before(match.start)
        return bisect_left(self.figure_starts, match.start) > bisect_left(self.figure_starts, start)

    def _price_of(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """An amount right after 以 (a per-unit word aside) is a price: of the noun after 的 (以3.2亿元的[价格]收购), else of
        the doing after it (以52億港元[成交], 以每股12港元[配售新股])."""
        if match.kind != "money":
            return None
        at = per_unit_before(self.text, match.start) or match.start
        i = bisect_left(self.ends, at)
        if i >= len(self.tokens) or self.tokens[i].end != at or self.tokens[i].text not in PRICE_PREPOSITIONS or self.tokens[i].tag != "p":
            return None
        priced = self._noun_after_relative(match, limit)
        if priced:
            return priced
        doing = self._verb_phrase_after(match.end, limit)
        at = self._skip_blanks(match.end, limit)
        if doing and self.text[at : at + 1] in _CATEGORY_COPULAS and doing[0][0] == at and doing[0][1] > at + 2:
            return ((at + 1, doing[0][1]),) + doing[1:]  # 以[1,000元]为|上限: what the amount is taken as, not the copula
        if doing and not self._holds_noun(doing):
            topic = self._priced_topic(match)  # 該單位以580萬港元[成交]: what the clause before 以 names is sold
            if topic is not None:
                return (topic,) + doing
        return doing

    def _priced_topic(self, match: FigureMatch) -> Optional[tuple[int, int]]:
        """What is sold at an amount written after 以: the clause's topic before the 以."""
        at = per_unit_before(self.text, match.start) or match.start
        i = bisect_left(self.ends, at)
        if i >= len(self.tokens) or self.tokens[i].end != at or self.tokens[i].text not in PRICE_PREPOSITIONS or self.tokens[i].tag != "p":
            return None
        return self._topic_in_clause(self.parts.start_before(match.start), self.tokens[i].start)

    def _ends_on_verb(self, spans: Optional[Spans]) -> bool:
        if not spans:
            return False
        i = bisect_left(self.ends, spans[-1][1])
        return i < len(self.tokens) and self.tokens[i].end == spans[-1][1] and self.tokens[i].tag == "v"

    def _holds_noun(self, spans: Spans) -> bool:
        i = bisect_left(self.starts, spans[0][0])
        return any(t.tag != "vn" and _is_nounish(t) for t in self.tokens[i : bisect_left(self.starts, spans[-1][1])])

    def _is_one_token(self, spans: Spans) -> bool:
        i = bisect_left(self.starts, spans[0][0])
        return len(spans) == 1 and i < len(self.tokens) and (self.tokens[i].start, self.tokens[i].end) == spans[0]

    def _respective(self, match: FigureMatch, subject: Optional[Spans]) -> Optional[Spans]:
        """A list of things and as many figures after 分别 pair off in order (粮食、蔬菜、水果产量分别为[320万吨]、560万吨和
        210万吨 -> 粮食产量): each item takes the head noun the last one ends on. Where the figure was read as a
        change of the last item (进口、出口分别增长[3.2%]、6.7%), each item takes the change written after 分别."""
        clause_start = self.clauses.start_before(match.start)
        at = self.text.rfind("分别", clause_start, match.start)
        if at < 0:
            return None
        first = bisect_left(self.figure_starts, at)
        listed = bisect_left(self.figure_starts, self.clauses.end_after(match.start, len(self.text))) - first
        k = bisect_left(self.figure_starts, match.start) - first
        items: list[tuple[int, int]] = []
        i = end = bisect_left(self.starts, at)
        while i > 0 and self.tokens[i - 1].start >= clause_start:
            if self.tokens[i - 1].text == "、" or self.tokens[i - 1].text in _NOUN_JOINERS:
                if i == end:
                    return None
                items.append((i, end))
                i = end = i - 1
            elif self._material(i - 1) or self._listed_word(i - 1, end):
                i -= 1
            else:
                break
        if i < end:
            items.append((i, end))
        items.reverse()
        if len(items) < 2 and 0 <= k < listed:
            return self._respective_to_amounts(clause_start, at, k, listed, subject)
        if len(items) < 2 or len(items) != listed or not 0 <= k < listed:
            return None
        last = items[-1]
        a, b = items[k]
        own = (self.tokens[a].start, self.tokens[b - 1].end)
        last_span = (self.tokens[last[0]].start, self.tokens[last[1] - 1].end)
        head = self.tokens[last[1] - 1]
        shares_head = (k == listed - 1 or last[1] - last[0] < 2 or self.tokens[b - 1].text == head.text  # 港澳台企业和外资企业
                       or self.tokens[b - 1].text in MONEY_NOUNS  # 营收与税后净利: an item that names its own sum
                       or (len(self.tokens[b - 1].text) > 1 and self.tokens[b - 1].text[-1] == head.text[-1]))  # 重贴现率、…利率
        named = (own,) if shares_head else (own, (head.start, last_span[1]))
        if subject and subject[0][0] == last_span[0] and subject[-1][1] > at + 2:
            # 城镇、农村居民收入分别增长[5%] -> 城镇 收入 增长; 分别比上年增长 -> 增长, as the last item's subject has it
            return named + tuple((max(a, at + 2), b) for a, b in subject if b > at + 2)
        within = subject is None or (len(subject) == 1 and last_span[0] <= subject[0][0] and subject[0][1] <= last_span[1])
        return named if within else None  # nothing read, or only the last item's head (税后|净利): each item its own

    def _listed_word(self, k: int, end: int) -> bool:
        """Whether token k belongs to an item of a list before 分别 though no noun: a verb that names a flow and ends its
        item (出口/v、进口分别为…), or a time-like modifier that opens an item after a joiner (营收与|税后|净利)."""
        token = self.tokens[k]
        if token.tag == "v" and k + 1 == end and end < len(self.tokens) and self.tokens[end].text in ("、", *_NOUN_JOINERS):
            return True
        if (token.tag == "v" and 0 < k and k + 1 < end and _is_nounish(self.tokens[k + 1]) and _is_nounish(self.tokens[k - 1])
                and self.tokens[k - 1].tag != "n" and self.tokens[k - 1].end == token.start and token.end == self.tokens[k + 1].start):
            return True  # 短期|融通/v|利率、…分别: a verb between a modifier and the head of one term is inside it
        return (token.tag == "TIME" and k > 0 and k + 1 < end and self.tokens[k - 1].text in _NOUN_JOINERS
                and _is_nounish(self.tokens[k + 1]))

    def _respective_to_amounts(self, clause_start: int, at: int, k: int, listed: int, subject: Optional[Spans]) -> Optional[Spans]:
        """Changes after 分别 in a clause that lists nothing pair off with the amounts of the clauses before it in the
        sentence (接待游客856.3万人次，实现旅游收入68.2亿元，分别增长[12.5%]和15.8% -> 游客 增长): each takes that amount's
        topic and the change written after 分别."""
        if listed < 2 or not subject or subject[-1][1] <= at + 2:
            return None
        sentence_start = self.sentences.start_before(clause_start)
        first = bisect_left(self.figure_starts, sentence_start)
        before = bisect_left(self.figure_starts, clause_start)
        if before - first < listed:
            return None
        given = [self.given.get(a) for a in self.figure_starts[before - listed : before]]
        if any(not g for g in given) or len({self._words(g) for g in given}) != listed:
            return None  # as many amounts, each with a subject of its own
        return given[k] + ((at + 2, subject[-1][1]),)

    def _opens_a_change(self, at: int, limit: int) -> bool:
        """Whether the words after a figure open with a verb that changes or states an amount (5%增至8%, 5%为近年最高)."""
        i = bisect_left(self.starts, self._skip_blanks(at, limit))
        return i < len(self.tokens) and (self.tokens[i].text in CHANGE_VERBS or self.tokens[i].text in STATE_VERBS)

    def _converted(self, match: FigureMatch) -> Optional[_Read]:
        """An amount given again in another currency (5亿美元（约合36亿元人民币）) measures what the amount before it does."""
        i = bisect_left(self.figure_starts, match.start)
        if match.kind != "money" or i == 0 or i > len(self.figure_starts) - 1 or self.figure_starts[i] != match.start:
            return None
        gap = self.text[self.figure_ends[i - 1] : match.start]
        words = regex.sub(r"[\s（(，,]", "", gap) or next((w for w in CONVERSION_WORDS if match.text.startswith(w)), "")
        if len(gap) > 6 or words not in CONVERSION_WORDS or self.figure_starts[i - 1] not in self.read:
            return None
        return self.read[self.figure_starts[i - 1]]

    def _words(self, spans: Spans) -> str:
        return "".join(self.text[a:b] for a, b in spans)

    def _opens_with_verb(self, spans: Spans) -> bool:
        """A phrase that opens with a verbal noun (办理活动): after an amount it says what the amount is spent on."""
        i = bisect_left(self.starts, spans[0][0])
        return i < len(self.tokens) and self.tokens[i].start == spans[0][0] and self.tokens[i].tag == "vn"

    def _spending_right_before(self, match: FigureMatch) -> bool:
        """A verb that is also the money spent (投资, 拨款, 捐款) written right before the amount."""
        i = bisect_left(self.ends, match.start)
        return i < len(self.tokens) and self.tokens[i].end == match.start and self.tokens[i].text in SPENDING_NOUNS

    def _names_worth(self, spans: Optional[Spans], words: tuple[str, ...] = WORTH_NOUNS + AMOUNT_LABELS) -> bool:
        """价值[80万元]的奖品: a word for worth before the amount leaves the subject to the thing after 的."""
        return bool(spans) and len(spans) == 1 and self.text[spans[0][0] : spans[0][1]].endswith(words)

    def _verb_right_before(self, match: FigureMatch) -> Optional[Spans]:
        """The verb written right before a count of occasions: 循环[3000次], 上演[166场]."""
        i = bisect_left(self.ends, match.start)
        if i >= len(self.tokens) or self.tokens[i].end != match.start:
            return None
        verb = self.tokens[i]
        if verb.tag != "v" or verb.text in STATE_VERBS or verb.text in CHANGE_VERBS:
            return None
        return ((verb.start, verb.end),)

    def _role_before_names(self, match: FigureMatch) -> Optional[Spans]:
        """People counted after names and 等 are what the noun before the names calls them: 被告人张某等[6人]."""
        i = bisect_left(self.ends, match.start)
        if i >= len(self.tokens) or self.tokens[i].end != match.start or self.tokens[i].text != "等":
            return None
        part_start = self.parts.start_before(match.start)
        j = i
        while j > 0 and self.tokens[j - 1].start >= self.clauses.start_before(match.start) and (
                self.tokens[j - 1].tag == "PER" or self.tokens[j - 1].text == "、"):
            j -= 1
        if j == i or self.tokens[j].tag != "PER":
            return None
        k = self._noun_phrase_back(j, min(part_start, self.clauses.start_before(match.start)))
        return ((self.tokens[k].start, self.tokens[j - 1].end),) if k < j else None

    def _noun_after(self, at: int, limit: int) -> Optional[Spans]:
        """The noun phrase right after the figure: 21个[经贸合作项目], 1个[“海绵城市”主题馆], 六份《[行动纲领]》; an age
        between a count and its noun is no part of it (70萬名|60至64歲|[人士])."""
        at = self._skip_blanks(at, limit)
        if at in self.marks and self.text[at : at + 1] in _CLOSING_MARKS:  # “逾千名”代表: the noun after the quote
            at = self._skip_blanks(at + 1, limit)
        age = _AGE_BEFORE_NOUN.match(self.text, at, limit)
        if age:
            at = age.end()
        level = _LEVEL_BEFORE_NOUN.match(self.text, at, limit)
        if level and (phrase := self._noun_phrase_from(level.end(), limit)):
            return ((at, phrase[1]),)
        close = _OPENERS.get(self.text[at : at + 1])
        if close:
            end = self.text.find(close, at + 1, at + 41)
            if end < 0 or "\n" in self.text[at:end]:
                return None
            if close == "》":
                return ((at + 1, end),)
            tail = self._noun_phrase_from(end + 1, self.parts.end_after(end + 1, len(self.text)))
            return ((at, tail[1] if tail else end + 1),)
        phrase = self._noun_phrase_from(at, limit)
        if phrase and (self.text[phrase[0] : phrase[1]] in QUANTIFIER_WORDS or self.text[phrase[0] : phrase[1]] in THRESHOLD_NOUNS):
            return None
        return (phrase,) if phrase else None

    def _opens_a_relative(self, spans: Spans, unit: Optional[str]) -> bool:
        """A phrase that stops right before 的 and opens on a verb, or on an adjective without ending on a noun, or before
        a noun where the count is of people (受影响|的, 11名|涉嫌违纪|的干部): a relative clause, no noun; an adjective before a
        noun counted by a measure of things is a noun phrase (39处|老旧公有市场|的耐震评估: the markets are counted)."""
        k = bisect_left(self.starts, spans[0][0])
        if not (k < len(self.tokens) and self.tokens[k].start == spans[0][0] and self.text[spans[-1][1] : spans[-1][1] + 1] == "的"):
            return False
        last = self.tokens[bisect_left(self.starts, spans[-1][1]) - 1]
        return self.tokens[k].tag == "v" or self.tokens[k].tag in ("a", "ad") and (
            last.tag not in NOUN_TAGS or last.tag in ("vn", "an") or unit in PEOPLE_MEASURES)

    def _counted_noun_ahead(self, match: FigureMatch) -> Optional[Spans]:
        """The noun a count names further on when none follows it at once: past the later counts of a list
        (3418户、12064名[灾民]), past a relative clause closed by 的 (230家符合条件的[企业]), or, where the clause opens
        on a scope word only (全省已有11名…), past a short verb that makes a compound with it (省管|[干部], 被安置|[灾民])."""
        at, listed = self._skip_blanks(match.end, len(self.text)), False
        while self.text[at : at + 1] in ("、", *_NOUN_JOINERS):
            i = bisect_left(self.figure_starts, at + 1)
            if i >= len(self.figure_starts) or self.figure_starts[i] != at + 1:
                break
            at, listed = self._skip_blanks(self.figure_ends[i], len(self.text)), True
        limit = self.parts.end_after(at, len(self.text))
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at or self.tokens[i].end > limit:
            return None
        if listed and _is_nounish(self.tokens[i]):
            phrase = self._noun_phrase_from(at, limit)
            return (phrase,) if phrase else None
        if self.tokens[i].tag not in _RELATIVE_OPENING_TAGS:
            return None
        de = self.text.find("的", at, min(limit, at + _RELATIVE_CLAUSE_LENGTH))
        if de > at and not any(self._in_figure(t) or t.tag == "w" for t in self.tokens[i : bisect_left(self.starts, de)]):
            phrase = self._noun_phrase_from(de + 1, limit)
            return (phrase,) if phrase else None
        j = i
        while j < len(self.tokens) and self.tokens[j].tag in ("v", "p", "a") and self.tokens[j].end - at <= 3:
            j += 1
        if j == i or j >= len(self.tokens) or self.tokens[j].tag not in ("n", "nz") or self.tokens[j].end > limit:
            return None
        before = None if listed else self._before(match)  # a list's noun is every count's noun (12万户、38万名贫困群众)
        if before is not None and before.subject and not _SCOPE_ONLY.fullmatch(self._words(before.subject)):
            return None
        phrase = self._noun_phrase_from(self.tokens[j].start, limit)
        return ((at, phrase[1]),) if phrase else None

    def _adjectives_closing_count(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """3500包|平安/a 米/a。: words read as adjectives that close the clause right after a count are what it counts,
        as a count is never of a quality (the tagger reads 平安米, 平安香 as adjectives); so are adjectives and the verb
        they make a noun of (4档|新/a 制作/v。)."""
        if match.kind != "count":
            return None
        at = self._skip_blanks(match.end, limit)
        i = j = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at:
            return None
        while j < len(self.tokens) and self.tokens[j].end <= limit and self.tokens[j].tag == "a" and j - i < 3:
            j += 1
        if i < j < len(self.tokens) and self.tokens[j].tag in ("v", "vn") and self.tokens[j].end <= limit:
            j += 1  # 4档|新/a|制作/v。: an adjective makes a noun of the verb after it that closes the clause
        closes = j == len(self.tokens) or self.tokens[j].start >= limit or self.tokens[j].tag == "w"
        if j == i or not closes or self.tokens[j - 1].end - at < 2:
            return None
        return ((at, self.tokens[j - 1].end),)

    def _object_closing_clause_before(self, match: FigureMatch) -> Optional[Spans]:
        """A count whose clause names nothing before it (only times, adverbs, totals and verbs of getting ready: 每日约,
        共准备, 共计) counts the object noun that closes the clause right before it in the sentence, after its verb."""
        sentence_start, clause_start = self.sentences.start_before(match.start), self.clauses.start_before(match.start)
        if clause_start <= sentence_start:
            return None
        previous_start = max(self.clauses.start_before(clause_start - 1), sentence_start)
        if bisect_left(self.figure_starts, previous_start) < bisect_left(self.figure_starts, clause_start):
            return None  # 增加32万辆，增至[410万辆]: a chain of figures keeps its topic
        i, end = bisect_left(self.starts, clause_start), bisect_left(self.starts, match.start)
        last = self.tokens[end - 1] if end > i else None
        if last is not None and last.end == match.start and last.tag == "v" and not (
                last.text[-1] in LEVEL_WORDS or 
                last.text in STATE_VERBS or last.text in CHANGE_VERBS or last.text in TOTAL_WORDS or last.text in PROVIDING_VERBS
                or last.text in DIVIDING_VERBS):
            end -= 1  # 共开席[120桌]: a doing right before the count, in a clause naming nothing else, is what is counted
            if any(not (t.tag in ("TIME", "d") or t.text in QUANTIFIER_WORDS) for t in self.tokens[i:end]):
                return None
            return ((last.start, last.end),)
        if i == end or any(not (t.tag in ("TIME", "d") or t.text in TOTAL_WORDS or t.text in PROVIDING_VERBS
                                or t.text in QUANTIFIER_WORDS or (t.tag == "r" and t.text.startswith("每")))
                           for t in self.tokens[i:end]):
            return None
        k = bisect_right(self.ends, clause_start - 1) - 1  # the last word before the mark that closes that clause
        if k < 0 or self.tokens[k].start < previous_start or self.tokens[k].tag not in ("n", "nz") \
                or self.text[self.tokens[k].end : clause_start].strip() not in _CLAUSE_MARKS:
            return None
        j = self._noun_phrase_back(k + 1, previous_start)
        if j == 0 or j > k or self.tokens[j - 1].start < previous_start or self.tokens[j - 1].tag not in ("v", "vd"):
            return None  # the noun phrase is the object of a verb, not the clause's own topic
        return ((self.tokens[j].start, self.tokens[k].end),)

    def _head_past_scope(self, at: int, limit: int) -> Optional[Spans]:
        """The noun after 下的/之下的 that closes a short modifier (配额及计分制|下的|申请): the head, not the scope."""
        close = _SCOPE_CLOSING.search(self.text, at, min(limit, at + 10))
        if close is None or any(c in _CLAUSE_MARKS for c in self.text[at : close.start()]):
            return None
        if any(a < close.start() for a in self.figure_starts if at <= a):
            return None
        phrase = self._noun_phrase_from(close.end(), limit)
        return (phrase,) if phrase else None

    def _opened_by_yi(self, match: FigureMatch) -> bool:
        """A figure after 以 in its part: a 为 after it closes 以…为 (以每月获利6%为饵), it names no category."""
        start = self.parts.start_before(match.start)
        i, end = bisect_left(self.starts, start), bisect_left(self.starts, match.start)
        return any(t.text == "以" and t.tag == "p" for t in self.tokens[i:end])

    def _category_after(self, at: int, limit: int) -> Optional[Spans]:
        """A share followed by 为/是 measures what it is said to be: 展商中有近四成[为首次参展的初创企业]."""
        at = self._skip_blanks(at, limit)
        if self.text[at : at + 1] not in _CATEGORY_COPULAS:
            return None
        i, stop = bisect_left(self.starts, at + 1), bisect_left(self.starts, min(limit, at + 17))
        last = next((k for k in range(stop - 1, i - 1, -1) if _is_nounish(self.tokens[k]) or self.tokens[k].tag == "v"), None)
        if last is None or self.tokens[i].start != at + 1:
            return None
        return ((at + 1, self.tokens[last].end),)

    def _noun_after_next(self, match: FigureMatch) -> Optional[Spans]:
        """Two counts of one noun written together count it both (59大类5522种[产品]); so does a count before a size that
        closes with 的 (3个约1公分的[小孔])."""
        at = self._skip_blanks(match.end, len(self.text))
        i = bisect_left(self.figure_starts, at)
        if match.kind != "count" or i >= len(self.figure_starts) or self.figure_starts[i] != at:
            return None
        end = self.figure_ends[i]
        if self.text[end : end + 1] == "的":  # 3个|约1公分|的[小孔]: a size between the count and its noun
            end += 1
        return self._noun_after(end, self.parts.end_after(end, len(self.text)))

    def _noun_after_relative(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """N的X (举办5届的[商品展]), or a measure word, a short relative clause and its head
        (三万名来自98个国家的[买家])."""
        at = self._skip_blanks(match.end, limit)
        if match.upper is not None and self.text.startswith(RANGE_TAILS, at):
            at += len(next(w for w in RANGE_TAILS if self.text.startswith(w, at)))
        if self.text[at : at + 1] == "的":
            phrase = self._noun_phrase_from(at + 1, limit)
            if phrase and self.text[phrase[0] : phrase[1]].endswith(tuple(THRESHOLD_NOUNS)):
                return None  # 保持在1.5%至2.3%的[水平], 维持在0.9%的[低水平]: the mark, not what is measured
            return (phrase,) if phrase else None
        i = bisect_left(self.starts, at)
        if match.kind != "count" or match.unit in PERSON_UNITS or i >= len(self.tokens) or self.tokens[i].tag not in ("v", "p") \
                and not (self.tokens[i].tag in _MANNER_TAGS and i + 1 < len(self.tokens) and self.tokens[i + 1].tag == "v"):
            return None
        de = self.text.find("的", at, min(limit, at + 20))
        phrase = self._noun_phrase_from(de + 1, limit) if de >= 0 else None
        return (phrase,) if phrase else None

    def _affecting_verb_before(self, match: FigureMatch) -> Optional[Spans]:
        """A verb of affecting (影响, 波及) governing a count in its part, with only adverbs, 了 and place or time words
        between them (影响了周边约[2.3万户]): the count is of those it reaches."""
        if match.kind != "count":
            return None
        floor = self.parts.start_before(match.start)
        k = bisect_left(self.ends, match.start + 1) - 1
        while k >= 0 and self.tokens[k].start >= floor and k > bisect_left(self.ends, match.start + 1) - 5:
            token = self.tokens[k]
            if token.text in AFFECTING_VERBS:
                return ((token.start, token.end),)
            if token.tag not in ("d", "u", "s", "f", "TIME") and not (token.tag == "n" and len(token.text) <= 2):
                return None
            k -= 1
        return None

    def _modified_object_after(self, match: FigureMatch, limit: int) -> Optional[Spans]:
        """A count that is the object of a verb, followed by a noun its modifier opens up to the end of the part, counts
        that noun, not the agent before the verb: 探访了约600名[独居长者], 起获约5,000件[仿冒运动鞋], 采购了约200万个
        [快速测试包], 安排了12辆[免费接驳巴士]. Not people counted by 人/人次, whose verb phrase after says what they do (5000人参加活动)."""
        if match.kind != "count" or match.unit in PERSON_UNITS or match.unit in HOUSEHOLD_UNITS:
            return None
        k = bisect_left(self.ends, match.start)
        if k >= len(self.tokens) or self.tokens[k].end != match.start:
            return None
        aspect = self.tokens[k].text == "了" and k > 0 and self.tokens[k - 1].end == self.tokens[k].start
        verb = self.tokens[k - 1] if aspect else self.tokens[k]
        if not aspect and (verb.tag != "v" or verb.text in STATE_VERBS or verb.text in CHANGE_VERBS
                           or verb.text in DIVIDING_VERBS):
            return None
        at = self._skip_blanks(match.end, limit)
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at or self.tokens[i].tag not in _OBJECT_MODIFIER_TAGS:
            return None
        j = i
        while j < len(self.tokens) and self.tokens[j].end <= limit and j - i < 6 and not self._in_figure(self.tokens[j]) \
                and (self.tokens[j].tag in _OBJECT_MODIFIER_TAGS or _is_nounish(self.tokens[j])):
            j += 1
        if j == i or self.tokens[j - 1].end != limit or not _is_nounish(self.tokens[j - 1]) \
                or not any(_is_nounish(t) for t in self.tokens[i + 1 : j - 1] + [self.tokens[j - 1]]) or j - i < 2:
            return None
        return ((at, limit),)

    def _noun_after_attributes(self, match: FigureMatch) -> Optional[Spans]:
        """An amount that opens a list of attributes closed by 的 measures the noun after 的: 以一笔[100万元]、期限30年的
        [商业贷款]计算, 规模[3亿新元]、年期五年的[债券]. The attributes after the amount hold no other figure."""
        at = self._skip_blanks(match.end, len(self.text))
        if match.kind != "money" or self.text[at : at + 1] != "、":
            return None
        end = self.clauses.end_after(at, len(self.text))
        de = self.text.find("的", at + 1, min(end, at + 16))
        if de < 0 or de == at + 1:
            return None
        k = bisect_left(self.figure_starts, at)
        if k < len(self.figure_starts) and self.figure_starts[k] < de:
            return None
        phrase = self._noun_phrase_from(de + 1, end)
        return (phrase,) if phrase else None

    def _verb_phrase_after(self, at: int, limit: int) -> Optional[Spans]:
        """What the people counted do: [近60人]参加研讨会, [20人]获此殊荣."""
        at = self._skip_blanks(at, limit)
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at:
            return None
        j, verb = i, False
        while j < len(self.tokens) and self.tokens[j].end <= limit and j - i < 5:
            token = self.tokens[j]
            if self._in_figure(token):
                break
            if token.tag == "v" or (token.tag in _ADVERB_TAGS and not verb) or (verb and (_is_nounish(token) or token.tag == "r")) or (
                    verb and token.tag == "q" and self.tokens[j - 1].tag == "r"):  # 签下|这|名|前锋
                verb = verb or token.tag == "v"
                j += 1
                continue
            break
        while j > i and self.tokens[j - 1].tag != "v" and not _is_nounish(self.tokens[j - 1]):
            j -= 1
        return ((self.tokens[i].start, self.tokens[j - 1].end),) if verb and j > i else None

    def _past_next_figure(self, at: int) -> int:
        """Where the words after a figure start, past a count written right after it (有5人|7次|打破全国纪录)."""
        at = self._skip_blanks(at, len(self.text))
        i = bisect_left(self.figure_starts, at)
        return self.figure_ends[i] if i < len(self.figure_starts) and self.figure_starts[i] == at else at

    def _doing_after(self, at: int, limit: int) -> Optional[Spans]:
        """What is done that many times, written after the count: 36次[将公司资金转入个人账户], 7次[打破全国纪录]; the
        doing runs from the count to the clause's last noun or verb, and must hold a verb."""
        at = self._skip_blanks(at, limit)
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at or self.tokens[i].tag not in ("v", "p", "d", "ad"):
            return None
        j = i
        while j < len(self.tokens) and self.tokens[j].end <= limit and j - i < 10 and not self._in_figure(self.tokens[j]):
            j += 1
        while j > i and not (self.tokens[j - 1].tag == "v" or _is_nounish(self.tokens[j - 1])):
            j -= 1
        if not any(t.tag == "v" or (t.tag == "vn" and self.tokens[i].tag == "ad") for t in self.tokens[i:j]):
            return None  # 52轮|激烈/ad|竞价/vn: an adverb and a verbal noun are a doing too
        return ((self.tokens[i].start, self.tokens[j - 1].end),)

    def _change_after(self, at: int, limit: int) -> Optional[tuple[int, int]]:
        """A change verb that closes the part right after a percentage (录得2.9%[增长], 錄得3%的[下跌]): the percentage is
        the size of that change."""
        at = self._skip_blanks(at, limit)
        if self.text[at : at + 1] == "的":
            at += 1
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at or self.tokens[i].text not in CHANGE_VERBS:
            return None
        return (at, self.tokens[i].end) if self._skip_blanks(self.tokens[i].end, limit) >= limit else None

    def _purpose_after(self, at: int, limit: int) -> Optional[Spans]:
        """What an amount is for, when nothing before names it: 编列[100亿元]推动产业减碳, 其中[约四成]用于设备汰换."""
        at = self._skip_blanks(at, limit)
        i = bisect_left(self.starts, at)
        if i >= len(self.tokens) or self.tokens[i].start != at or self.tokens[i].tag != "v":
            return None
        if self.tokens[i].text in STATE_VERBS:
            return None
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if self.tokens[i].text in CHANGE_VERBS and not (following is not None and following.start < limit and following.tag in ("n", "nz", "vn")):
            return None  # [1000亿元]增长5% is a change; 拨出[2亿新元]提升公共交通 says what the amount is for
        acting = self._verb_phrase_after(at, limit)
        if acting and len(acting) == 1 and acting[0][1] == limit:
            acting = ((acting[0][0], self._past_quoted_name(acting[0][0], limit)),)  # 推动|「绿色屋顶计划」: the doing and the name it holds
        if not acting or not any(_is_nounish(t) for t in self.tokens[i : bisect_left(self.starts, acting[0][1])]):
            return None
        if self.tokens[i].text in AS_VERBS and i + 1 < len(self.tokens) and self.tokens[i + 1].end <= acting[0][1]:
            return ((self.tokens[i + 1].start, acting[0][1]),)  # [50亿港元]作为|创科基金: what the amount is
        return acting

    def _before(self, match: FigureMatch) -> Optional[_Before]:
        """The topic before the figure in its part of the clause, and the verbs between them."""
        part_start = self.parts.start_before(match.start)
        bracket = self._bracket_before(match.start)
        if bracket is not None:  # 主营业务收入（[42.6亿元]）: a figure opening a bracket measures the noun before it
            part_start = min(part_start, self.parts.start_before(bracket))
        share = self._share_written(match, part_start)
        if share is not None:
            return share
        per = per_unit_before(self.text, match.start)  # 电价为[每千瓦时]0.56元: the rate's unit is no topic
        i = bisect_right(self.ends, match.start)
        verbs: list[_Token] = []
        between: list[_Token] = []
        joined = False
        adjunct: Optional[tuple[int, int]] = None
        while True:
            while i > 0 and self.tokens[i - 1].start >= part_start:
                token = self.tokens[i - 1]
                if self._in_figure(token):
                    earlier = self._figure_at(token.start)
                    if earlier is not None and earlier.subject and (verbs or between) \
                            and all(t.text in LEVEL_WORDS for t in verbs + between):
                        level = self._without_change(earlier.subject)  # 增加3,200人[至]12.1万人: the level reached
                        if level:
                            return _Before(level, earlier.topic, False)
                    if earlier is not None and earlier.topic and verbs and self._is_change(verbs[0], match):
                        # 较上年的398亿元|增加[22亿元]: the change of the topic the amount compared with is of
                        return _Before(self._change_of(earlier.topic, verbs[0].start, verbs[0]), earlier.topic, False)
                    if earlier is not None and earlier.subject:
                        return _Before(earlier.subject, earlier.topic, False)
                    return None
                previous = self.tokens[i - 2] if i > 1 else None
                aside = self._aside_before(i - 1, part_start)
                if aside is not None:  # 收入（以人民币计）为52.6亿元: an aside between the topic and its verb
                    between.extend(self.tokens[aside : i])
                    i = aside
                    continue
                # 楼价或再跌[5-8%], 或跌[5%]: a conjunction right before an adverb or a one-character verb says "may", it
                # joins no nouns (出口或进口: a two-character verb may be a noun the tagger read as a verb)
                modal = i < len(self.tokens) and (self.tokens[i].tag in _ADVERB_TAGS
                                                  or (self.tokens[i].tag == "v" and len(self.tokens[i].text) == 1))
                joined = joined or (token.tag == "c" and token.text not in CLAUSE_CONJUNCTIONS and not modal) \
                    or token.text in _NOUN_JOINERS
                if (per is not None and token.start >= per) or (bracket is not None and token.start == bracket):
                    between.append(token)
                elif token.tag == "v" and token.text not in MODAL_VERBS:
                    verbs.append(token)
                elif (token.tag in _PASS_BEFORE or token.text in MODAL_VERBS or token.text in _SIGNS or token.text in _CELL_BARS or _is_numeral(token) or _counts_with(token, previous) or token.text in PERIODS
                      or token.text in _FUNCTION_WORDS
                      or (token.tag == "a" and self.text[token.end : token.end + 1] == "的")
                      or (token.tag == "r" and token.text.startswith("每"))):
                    between.append(token)
                else:
                    break
                i -= 1
            j = self._noun_phrase_back(i, part_start)
            if 0 < j < i and self.tokens[j - 1].text == "每" and self.tokens[j - 1].start >= part_start and all(
                    t.text in QUANTITY_UNITS or t.text in MEASURE_WORDS for t in self.tokens[j:i]):
                between.extend(self.tokens[j - 1 : i])  # 汽油[每公升]调涨0.2元: the unit a price is per is no topic
                i = j - 1
                continue
            each = self._each_before(j, part_start)
            if each is not None and self.text[self.tokens[j].start : self.tokens[i - 1].end].endswith(_PRICE_ENDINGS):
                each = None  # 每坪[单价]约120万元: the price per unit is what the amount measures
            if each is not None and not verbs and each > 0 and self.tokens[each - 1].start >= part_start and self._plain_noun(self.tokens[each - 1]):
                between.extend(self.tokens[each:i])  # 门票[每位成人]15新元: what the price is per is no topic
                i = each
                continue
            if 0 < j < i and self.tokens[j - 1].tag == "p" and self.tokens[j - 1].start >= part_start and self._names_a_time(j, i):
                between.extend(self.tokens[j - 1 : i])  # 失业率由[上季]的2.3%: a time after a preposition is no topic
                i = j - 1
                continue
            if j < i < len(self.tokens) and self.tokens[i].tag == "f" and self.tokens[i].text in TIME_LOCATIVES:
                between.extend(self.tokens[j:i])  # 恢复至疫情前的[93.5%]: a noun made a time, no topic
                i = j
                continue
            t = j
            while verbs and 0 < t and self.tokens[t - 1].tag == "TIME" and self.tokens[t - 1].start >= part_start:
                t -= 1
            if t < j and t > 0 and self.tokens[t - 1].tag == "p" and self.tokens[t - 1].text in COMPARING_PREPOSITIONS \
                    and self.tokens[t - 1].start >= part_start:
                j = t  # 较[8月]预测值上修: what a change is compared with may open with its time; the whole is no topic
            if not (verbs and 0 < j < i and self.tokens[j - 1].tag == "p" and self.tokens[j - 1].start >= part_start
                    and self.tokens[j - 1].text not in DISPOSAL_PREPOSITIONS):
                break
            if adjunct is None and self.tokens[i].text in ALLOTTING_VERBS and self.tokens[j - 1].text in ALLOTTING_PREPOSITIONS:
                fund = (self.tokens[j].start, self.tokens[i - 1].end)  # 县府以|公务预算|编列[1,200万元]: the fund, not who allots
                return _Before((fund,), (fund,), True)
            # a place or partner after a preposition (在台东投入) is no topic; before the verb it says where the amount goes
            if adjunct is None and self.tokens[i].tag == "v":
                adjunct = (self.tokens[j - 1].start, self.tokens[i - 1].end)
            between.extend(self.tokens[j - 1 : i])
            i = j - 1
        if j < i and self._names_a_time(j, i):
            j = i  # 其中第三季|占[310宗]: a time alone is never what a figure measures
        elif j < i and (not verbs or any(verbs[0].text in words for words in _PREDICATES) or self._stated_in(match)):
            j = self._opening_modifier(j, i, part_start, predicate=bool(verbs) or self._stated_in(match) or bracket is not None)
        determiner = i > 0 and self.tokens[i - 1].tag == "r" and self.tokens[i - 1].text not in ANAPHORS
        if j == i and not verbs and (i == 0 or self.tokens[i - 1].start < part_start):
            sibling = self._listed_after_figure(part_start)  # 分别为120人、[95人]
            if sibling is not None:
                return _Before(sibling.subject, sibling.topic, False)
        if j == i and verbs:
            quoted = self._quoted_topic(part_start, i, verbs[0])
            if quoted:
                return quoted
        title = self._title_before(part_start) if j == i and match.kind == "count" else None
        if title is not None and all(v.text in STATE_VERBS or v.text in DOCUMENT_PART_VERBS for v in verbs):
            return _Before((title,), (title,), True)  # 《办法》|共[六章]: the parts counted are the document's
        if j == i or self._is_lone_verb_noun(j, i, part_start):
            return self._without_topic(match, verbs, determiner)
        # 民宿、农家乐客房预订率|超过[九成]: a list opening a rate's noun says whose rate it is; it names no items
        rate = match.kind == "percent" and self.text[self.tokens[i - 1].end - 1] in NOUN_SUFFIXES
        if joined or (not verbs and self.tokens[j].start == part_start and not rate and self._ends_enumeration(part_start)):
            return None
        noun = (self.tokens[j].start, self.tokens[i - 1].end)
        nearest = verbs[0] if verbs else None
        if nearest is None and match.kind == "money" and self._names_people(noun) and all(
                t.text.startswith("每") or t.tag == "q" or t.tag in _ADVERB_TAGS for t in between):
            verb = self._verb_before_people(j, part_start)
            if verb is not None:  # 赔偿受害人[3.6万元]: the verb names the amount, the people are who is paid
                return _Before(((verb.start, verb.end), noun), None, True)
        if not verbs and j > 0 and self.tokens[j - 1].text in SHARE_VERBS and self.tokens[j - 1].start >= part_start:
            return self._share(match, j - 1, noun, part_start)
        if nearest is None:
            compared = self._compared(j, part_start)
            if compared is not None:
                return _Before(((compared[0], noun[1]),), (compared,), True)
            return _Before((noun,), (noun,), True)
        if nearest.text in ALLOTTING_VERBS and self._names_money(noun) and all(
                v.text in ALLOTTING_VERBS or v.text in STATE_VERBS for v in verbs):
            return _Before((noun,), (noun,), True)  # 社会福利支出编列[44亿元]: the fund allotted, without the verb
        if self._is_change(nearest, match):
            return _Before(self._change_of((noun,), noun[1], nearest), (noun,), False)
        if nearest.text in _CLOSING_PRICE_VERBS and not self.text[noun[0] : noun[1]].endswith(_PRICE_ENDINGS):
            # 该股|闭市报[1令吉20仙]: a share named without its price word is priced by the closing verb with it
            return _Before(self._merged([noun, (nearest.start, nearest.end)]), (noun,), True)
        if all(v.text in STATE_VERBS for v in verbs) or self._states_a_level(verbs):
            # 录得[64亿新元]的盈余: an amount recorded with 的 and a noun after it measures that noun
            return _Before((noun,), (noun,), not any(v.text in RECORDING_VERBS for v in verbs))
        if j + 1 == i and _names_a_scope(self.tokens[j]) and not self.text[nearest.end : match.start].strip():
            return _Before(((noun[0], nearest.end),), (noun,), False)  # 全区共植树[2.3万株]: a scope says where, the doing what
        adjacent = self.text[nearest.end : match.start].strip() in _ASPECT_PARTICLES  # 捐献了[5万令吉]: 了 keeps them together
        group = self._verb_group(verbs)
        if match.unit in PERSON_UNITS and adjacent and len(group) > 1:  # 项目建成后带动就业[5000人]
            return _Before(((group[-1].start, group[0].end),), (noun,), False)
        if match.kind == "count" and adjacent and len(group) > 1 and group[0].text not in STATE_VERBS \
                and all(len(v.text) > 1 and v.text not in CHANGE_VERBS for v in group):
            # 热线共受理诉求[86万件]: a verb on a verb right before a count is its object, read as a verb (诉求, 申请):
            # the things counted are what that doing takes in, not the actor before it; one-character verbs are one
            # word the tagger cut in two (興|建)
            return _Before(((group[-1].start, group[0].end),), (noun,), False)
        # people right after the verb that acts on them are counted by that doing, as money spent is (警方昨日拘捕[5人])
        spent = match.kind in ("money", "quantity") or match.unit in PERSON_UNITS
        if spent and adjacent:
            return self._spent(match, noun, adjunct, verbs, compact=len(verbs) == 1 and not between and nearest.start == noun[1])
        return _Before((noun,), (noun,), False)

    def _divides(self, start: int, end: int) -> bool:
        """Whether the words between a document and a count of its parts only sum or divide it (共, 共分, 分为, 包括)."""
        words = self.text[start:end].strip()
        for total in sorted(TOTAL_WORDS | {"共", "总共"}, key=len, reverse=True):
            if words.startswith(total):
                words = words[len(total):]
                break
        return words == "" or words in DOCUMENT_PART_VERBS or words in STATE_VERBS

    def _title_before(self, at: int) -> Optional[tuple[int, int]]:
        """The title inside 《》 that closes right before offset `at` (《办法》|共六章), if short and within one clause."""
        if self.text[at - 1 : at] != "》":
            return None
        opening = self.text.rfind("《", max(0, at - TITLE_CHARS - 2), at - 1)
        if opening < 0 or any(c in _CLAUSE_BREAKS or c in "《》" for c in self.text[opening + 1 : at - 1]):
            return None
        return (opening + 1, at - 1)

    def _bracket_before(self, at: int) -> Optional[int]:
        """The offset of an opening bracket right before a figure (主营业务收入（[42.6亿元]）), when a noun or another
        figure comes before it."""
        k = at - 1
        while k >= 0 and self.text[k] == " ":
            k -= 1
        if k < 1 or self.text[k] not in _OPENING_BRACKETS:
            return None
        i = bisect_right(self.ends, k)  # 营收12亿元（[约1.6亿美元]）: after a figure, the same amount's subject
        return k if i > 0 and (_is_nounish(self.tokens[i - 1]) or self._in_figure(self.tokens[i - 1])) else None

    def _names_money(self, noun: tuple[int, int]) -> bool:
        """Whether a noun phrase ends on a word for money (社会福利支出, 公务预算, 人事费)."""
        return self.text[noun[0] : noun[1]].endswith(_FUND_ENDINGS)

    def _plain_noun(self, token: _Token) -> bool:
        """A common noun that points at nothing before it (门票, 房价; not 该校)."""
        return token.tag in ("n", "nz", "vn") and not token.text.startswith(tuple(ANAPHORS))

    def _each_before(self, j: int, floor: int) -> Optional[int]:
        """Index of the 每 (每位, 每|名) that opens a per-unit phrase ending at the noun at token j, else None."""
        k = j - 1
        if k >= 0 and self.tokens[k].tag == "q" and k > 0 and self.tokens[k - 1].text == "每":
            k -= 1
        if k < 0 or self.tokens[k].start < floor or not self.tokens[k].text.startswith("每") or self.tokens[k].tag != "r":
            return None
        return k

    def _names_people(self, noun: tuple[int, int]) -> bool:
        words = self.text[noun[0] : noun[1]]
        return words.endswith(PEOPLE_ENDINGS) or words in DESCRIPTIONS

    def _verb_before_people(self, j: int, floor: int) -> Optional[_Token]:
        """The verb right before the people at token j, past a count of them (骗取|120名|被害人)."""
        k = j - 1
        while k >= 0 and self.tokens[k].start >= floor and (self._in_figure(self.tokens[k]) or self.tokens[k].tag == "m"):
            k -= 1  # 骗取|120名|被害人, 骗取|多名|老人
        if k < 0 or self.tokens[k].start < floor or self.tokens[k].tag != "v" or self.tokens[k].text in STATE_VERBS:
            return None
        return self.tokens[k]

    def _names_a_time(self, j: int, i: int) -> bool:
        """Tokens j..i-1 name a time alone (上季, 去年同期, 2023年): a time word, never what a figure measures."""
        words = "".join(t.text for t in self.tokens[j:i])
        return (all(t.tag == "TIME" for t in self.tokens[j:i]) or bool(_RELATIVE_TIME.fullmatch(words))
                or bool(_PERIOD.fullmatch(words)))

    def _names_only_a_time(self, own: Spans) -> bool:
        """Own words that are a time and a share or change verb only (其中|第四季占, 其中|下半年占): the clause names
        when, not what; a time before a doing (今年以来|已办理标售) leaves the doing its own words."""
        i, stop = bisect_left(self.starts, own[0][0]), bisect_left(self.starts, own[-1][1])
        k = i
        while k < stop and self.tokens[k].tag not in ("v", "p") and self.tokens[k].tag not in _ADVERB_TAGS:
            k += 1
        return i < k and self._names_a_time(i, k) and all(
            t.text in SHARE_VERBS or t.text in CHANGE_VERBS or t.tag in _ADVERB_TAGS for t in self.tokens[k:stop])

    def _compared(self, j: int, floor: int) -> Optional[tuple[int, int]]:
        """The topic compared, when the noun at token j is what it is compared with: 增速高于|全省[0.4个百分点],
        增速比|全省高[0.4个百分点]."""
        k = j - 1
        if k < 0 or self.tokens[k].start < floor:
            return None
        word = self.tokens[k]
        if word.text == "于" and k > 0 and self.tokens[k - 1].end == word.start and self.tokens[k - 1].text + "于" in COMPARATIVE_VERBS:
            k -= 1  # 快|于 cut in two by the tagger
        elif not (word.text in COMPARATIVE_VERBS or (word.text in COMPARING_PREPOSITIONS and word.tag == "p")):
            return None
        while k > 0 and self.tokens[k - 1].start >= floor and self.tokens[k - 1].tag in _ADVERB_TAGS:
            k -= 1
        start = self._noun_phrase_back(k, floor)
        return (self.tokens[start].start, self.tokens[k - 1].end) if start < k else None

    def _aside_before(self, k: int, floor: int) -> Optional[int]:
        """Index of the opening bracket of a short aside that closes at token k right after a verb or a preposition
        inside it ((以人民币计), (含税)) or that holds only a figure ((42億澳門元)), else None; a bracketed name after a
        noun (中欧班列（西安）) is no aside."""
        if self.tokens[k].text not in ("）", ")"):
            return None
        j = k - 1
        while j > k - 6 and j >= 0 and self.tokens[j].start >= floor and self.tokens[j].text not in ("（", "("):
            j -= 1
        if j < 0 or self.tokens[j].text not in ("（", "(") or self.tokens[j].start < floor:
            return None
        inside = self.tokens[j + 1 : k]  # 公共房屋項目（42億澳門元）佔[約兩成]: the amount in brackets is an aside too
        return j if inside and (any(t.tag in ("v", "p") for t in inside) or all(self._in_figure(t) for t in inside)) else None

    def _states_a_level(self, verbs: list[_Token]) -> bool:
        """至/到 right after a change verb state the level reached, not a change: 收入增加至[38亿元], 降到[3.4%]."""
        group = self._verb_group(verbs)
        return (len(group) == 2 and group[0].text in ("至", "到") and group[1].text in CHANGE_VERBS
                and all(v.text in STATE_VERBS for v in verbs[2:]))

    def _quoted_topic(self, part_start: int, i: int, nearest: _Token) -> Optional[_Before]:
        """A short quoted term that ends right before the figure's verb is its topic: “青春票”已售出[4200余张]."""
        if i < len(self.tokens) and self.tokens[i].start != part_start or self.text[part_start - 1 : part_start] not in ("”", "」", "』"):
            return None
        close = part_start - 1
        opening = {"”": "“", "」": "「", "』": "『"}[self.text[close]]
        start = self.text.rfind(opening, max(0, close - QUOTED_TOPIC_CHARS - 1), close)
        if start < 0 or any(c in _PART_BREAKS for c in self.text[start + 1 : close]):
            return None
        term = ((start + 1, close),)
        return _Before(term + ((part_start, nearest.end),), term, False)

    def _verb_group(self, verbs: list[_Token]) -> list[_Token]:
        """The verbs written together right before the figure, nearest first."""
        group = [verbs[0]]
        for verb in verbs[1:]:
            if self.text[verb.end : group[-1].start].strip():
                break
            group.append(verb)
        return group

    def _change_of(self, topic: Spans, start: int, verb: _Token) -> Spans:
        """A change's subject: the topic, the words from `start` that say how the change is measured (同比, 按年, 名义,
        扣除价格因素) and the change verb, without the period it is compared with (较上年, 比去年同期, 与上年相比) and
        without a hedge, modal or conjunction (约, 将, 则): 岁出较上年度约增加 -> 岁出增加. A difference (较前日高) is
        measured against what it names: all its words stay."""
        if verb.text not in CHANGE_VERBS:
            return self._merged(list(topic) + [(start, verb.end)])
        pieces = list(topic)
        comparing = False
        for token in self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, verb.start)]:
            if token.text in COMPARING_PREPOSITIONS or (token.tag == "p" and token.text in _NOUN_JOINERS) or (
                    token.text in COMPARISON_WORDS and token.text.startswith(tuple(COMPARING_PREPOSITIONS))):
                comparing = True  # 比|去年同期, 较上年|度, 与|上年|相比
            elif comparing and (token.tag in _COMPARED_TAGS or token.text in COMPARING_ENDS):
                continue
            else:
                comparing = False
                if not (token.text in CLAUSE_CONJUNCTIONS or token.text in MODAL_VERBS or token.text in _HEDGES):
                    pieces.append((token.start, token.end))
        return self._merged(pieces + [(verb.start, verb.end)])

    def _merged(self, pieces: list[tuple[int, int]]) -> Spans:
        """Pieces of text in order, those with only blanks between them joined into one."""
        merged: list[tuple[int, int]] = []
        for a, b in pieces:
            if merged and not self.text[merged[-1][1] : a].strip():
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return tuple(merged)

    def _spent(self, match: FigureMatch, noun: tuple[int, int], adjunct: Optional[tuple[int, int]], verbs: list[_Token],
               compact: bool) -> _Before:
        """An amount right after a verb that spends or earns it measures the topic's doing: 交通固定资产投资[45亿元],
        县府112年投入[1200万元] -> 县府投入, 政府会再向计划注资[1亿元] -> 政府向计划注资; so do people counted by
        what the noun before does (新增城镇就业[6.2万人]). A spending verb that names the money itself
        (房地产开发投资[8.7万亿元]) is part of the topic a later clause takes up (同比下降 -> 房地产开发投资同比下降);
        an outcome (净利润亏损) is not."""
        group = self._verb_group(verbs)
        while len(group) > 1 and group[0].text in STATE_VERBS:
            group = group[1:]  # 市府|负债/v|为: the copula before the amount is no part of the doing
        merged = self._merged([noun] + ([adjunct] if adjunct else []) + [(group[-1].start, group[0].end)])
        topic = merged[0] if compact and group[0].text in SPENDING_NOUNS else noun  # 房地产开发|投资: the money is the topic
        return _Before(merged, (topic,), compact)

    def _share_written(self, match: FigureMatch, part_start: int) -> Optional[_Before]:
        """X占Y(的)N%, X约占Y的比重为N%, X占比达N%: X's share of Y, whatever the tagger reads in Y (地区/v|生产总值,
        总/a|出口/v, 比/v). The adverbs before 占 (约, 已) and the 的, hedge or copula before the figure are no part of
        it; with no X in the part, X is the topic of the clause before. None when Y is empty (，占54.6%), names a
        change (占比提高), or X is only a time (其中第三季占)."""
        first, end = bisect_left(self.starts, part_start), bisect_right(self.ends, match.start)
        at = next((k for k in range(end - 1, first - 1, -1) if self.tokens[k].text in SHARE_VERBS), None)
        if at is None:
            at = self._ratio_copula(first, end, match)  # 财政赤字目标|为|国内生产总值的[3.5%]: a share of GDP
        if at is None:
            return None
        shared = self.tokens[at + 1 : end]
        if any(t.tag == "w" or self._in_figure(t) or t.text in CHANGE_VERBS or t.text in COMPARATIVE_VERBS for t in shared):
            return None
        while shared and (shared[-1].tag in ("u", "p") or shared[-1].tag in _ADVERB_TAGS or shared[-1].text in STATE_VERBS
                          or shared[-1].text in MODAL_VERBS):
            shared = shared[:-1]  # 的, 约, 为, 达到 before the figure
        if not shared:
            return None
        share = (self.tokens[at].start, shared[-1].end)
        k = at
        while k > first and (self.tokens[k - 1].tag in _ADVERB_TAGS or (self.tokens[at].text in RATIO_COPULAS
                                                                         and self.tokens[k - 1].text in MODAL_VERBS)):
            k -= 1  # 约|占, 已|占; 预计|为 before a ratio
        aside = self._aside_before(k - 1, self.clauses.start_before(match.start)) if k > 0 else None
        if aside is not None:
            k = aside  # 出口额（1930亿元）|占: the amount in brackets is an aside
        j = self._noun_phrase_back(k, min(part_start, self.tokens[k].start) if k < len(self.tokens) else part_start)
        if j < k and self._names_a_time(j, k):
            return None
        if j < k:
            j = self._opening_modifier(j, k, part_start)
        if j < k:
            holder = (self.tokens[j].start, self.tokens[k - 1].end)
            return _Before(self._merged([holder, share]), (holder,), True)
        if any(self.tokens[t].start >= part_start and self.tokens[t].tag not in ("w", "c") and self.tokens[t].text not in PART_OPENERS
               for t in range(first, k)):
            return None  # words before 占 that name no holder: left to the readings after
        topic = self._topic_before_clause(match.start)
        return _Before((topic or ()) + (share,), topic, True)

    def _ratio_copula(self, first: int, end: int, match: FigureMatch) -> Optional[int]:
        """The copula (为, 相当于) of a ratio written against a base total right before the figure (为国内生产总值的[3.5%]),
        as the token index of a share verb; None when the words before the figure end on no such base."""
        if match.kind != "percent":
            return None
        k = next((k for k in range(end - 1, first - 1, -1) if self.tokens[k].text in RATIO_COPULAS), None)
        if k is None:
            return None
        between = self.text[self.tokens[k].end : match.start].strip()
        between = between.removesuffix("的").removesuffix("之").strip()
        return k if between.endswith(RATIO_BASES) else None

    def _stated_in(self, match: FigureMatch) -> bool:
        """Whether the figure's text opens on the verb that states it (拨款|[达860亿令吉]); a bound (逾, 突破) is no such verb."""
        return match.qualifier == "eq" and match.text.startswith(tuple(STATE_VERBS))

    def _opening_modifier(self, j: int, i: int, floor: int, predicate: bool = True) -> int:
        """Where a topic starts whose noun phrase (at token j) is led by a verb or adverb that opens the part or follows
        a verb that states an amount: the leading word modifies the noun (新增|市场主体|累计, 入境|旅客|累计达,
        一般/ad|公共预算收入|为, 录得|访|港旅客, 总|销|货价值), and with the figure's own `predicate` after the phrase,
        a noun phrase before that word belongs to the topic too (全市|新增|市场主体, 医疗卫生|经常|开支预算). Without one,
        only a word after a stating verb counts: a verb opening the part before its object and a count is the clause's
        own (推出|招商项目[6309个], 包括|内资项目[8个]). Words that state, change, compare or allot are the clause's verbs,
        never modifiers. Before a predicate, nouns joined by 和/与 share its head (投资|与|发展开支计划预算|为), unless 分别
        pairs them off with figures of their own."""
        if (predicate and j > 1 and self.tokens[j - 1].text in _NOUN_JOINERS and self.tokens[j - 1].tag == "c"
                and self.tokens[j - 2].start >= floor and _is_nounish(self.tokens[j - 2])
                and not (i < len(self.tokens) and self.tokens[i].text in RESPECTIVE_WORDS)):
            joined = self._noun_phrase_back(j - 1, floor)
            if joined < j - 1 and not (joined > 0 and self.tokens[joined - 1].text == "、"):
                j = joined  # not the last two of a list (酒店、餐饮及|相关服务收入)
        k = j - 1
        if k < 0 or self.tokens[k].start < floor or self.tokens[k].end != self.tokens[j].start:
            return j
        word = self.tokens[k]
        if not (word.tag in ("v", "ad", "vd") or (word.tag == "d" and len(word.text) > 1)) \
                or any(word.text in words for words in _CLAUSE_VERBS) or word.text in _FUNCTION_WORDS:
            return j
        if k > 0 and self.tokens[k - 1].text in TOTAL_PREFIXES and self.tokens[k - 1].end == word.start:
            k -= 1  # 总|销/v: 总 makes a noun of the verb
        predicate = predicate or word.tag in _ADVERB_TAGS  # an adverb is never the clause's verb
        start = self._noun_phrase_back(k, floor) if predicate else k
        m = start - 1
        while m >= 0 and self.tokens[m].start >= floor and (
                self.tokens[m].tag in ("TIME", "w", "c") or self.tokens[m].text in PART_OPENERS
                or (self.tokens[m].tag == "m" and not _is_numeral(self.tokens[m]))):
            m -= 1
        if m >= 0 and self.tokens[m].start >= floor and self.tokens[m].text not in _CLAUSE_MARKS:  # 录得|访|港旅客, not 累计/vd|建成|通信基站
            # (a verb before a comma is the clause before's: 公布…统计，|出口|值达 is led by its own modifier)
            stated = self.tokens[m].tag == "v" and self.tokens[m].text in STATE_VERBS and self.tokens[m].text not in TOTAL_WORDS
            return start if stated else j
        return start if predicate else j

    def _share(self, match: FigureMatch, at: int, shared: tuple[int, int], part_start: int) -> _Before:
        """X占Y的N%: X's share of Y; with no X in the clause, the topic of the clause before."""
        i = at
        while i > 0 and self.tokens[i - 1].start >= part_start and self.tokens[i - 1].tag in _ADVERB_TAGS:
            i -= 1
        j = self._noun_phrase_back(i, part_start)
        share = (self.tokens[at].start, shared[1])
        if j < i:
            return _Before(((self.tokens[j].start, shared[1]),), ((self.tokens[j].start, self.tokens[i - 1].end),), True)
        topic = self._topic_before_clause(match.start)
        return _Before((topic or ()) + (share,), topic, True)

    def _without_topic(self, match: FigureMatch, verbs: list[_Token], determiner: bool) -> Optional[_Before]:
        """A clause that names no topic: a change or an amount of the topic of the clause before it. A clause says
        what it measures in its own words when a determiner leads it (各项累计成交), when it names a part after 其中
        (其中出口1420亿元), when verbs together name the amount (带动消费1.5亿元), when a money word written as a verb
        opens the clause right before the amount (；进口15.22万亿元) and when it counts people by what they do (带动就业5000人);
        这/其 point back."""
        nearest = verbs[0] if verbs else None
        own_named = (determiner or match.unit in PERSON_UNITS or self._names_a_part(match.start)
                     or (nearest is not None and len(self._verb_group(verbs)) > 1))  # 带动消费[1.5亿元]
        if own_named and nearest is not None and nearest.text not in STATE_VERBS and not _reaches_a_level(nearest):
            own = self._own_words(match.start, self._phrase_end(nearest, match))
            if own and not self._names_only_a_time(own):
                return _Before(own, self._money_named(own), False)
        if nearest is None and self._names_a_part(match.start):
            own = self._own_words(match.start, match.start)  # 當中|致命/v|意外/a|3宗: a part the tagger read no noun in
            if own and self._phrase_end_at(own, match):
                return _Before(own, None, False)
        if (nearest is not None and nearest.text in MONEY_NOUNS and match.kind == "money"
                and not self.text[nearest.end : match.start].strip()):
            own = self._own_words(match.start, nearest.end)  # ；进口[15.22万亿元]: a money word names its own amount
            if own and self._words(own) == nearest.text:  # 上年同期盈利 is the topic's, with the time it measures
                return _Before(own, self._money_named(own), False)
        k = bisect_left(self.starts, nearest.start) if nearest is not None and nearest.text in STATE_VERBS else 0
        named = self.tokens[k - 1] if k > 0 else None
        if (named is not None and named.text in MONEY_NOUNS and match.kind == "money"
                and not self.text[named.end : nearest.start].strip() and not self.text[nearest.end : match.start].strip()):
            own = self._own_words(match.start, named.end)  # ，进口为[1140亿令吉]: the money word before 为 names the amount
            if own and self._words(own).endswith(named.text):
                return _Before(own, self._money_named(own), False)
        stated = self._stated_words(match, nearest)
        if stated:
            return _Before(stated, stated, False)
        topic = self._topic_before_clause(match.start)
        if (nearest is not None and nearest.text in _CLOSING_PRICE_VERBS and match.kind == "money"
                and not self.text[nearest.end : match.start].strip()):
            own = self._own_words(match.start, nearest.end)  # 该股…，半日收报[13.88港元]: the topic's close in that session
            if own:
                return _Before((topic or ()) + own, topic, False)
        if topic is None and self._names_a_part(match.start):
            own = self._own_words(match.start, match.start)
            if own and self._names_only_a_time(own):
                topic = self._total_before_sentence(match.start)
        dimension = self._dimension_before(match)
        if dimension:
            return _Before(dimension, topic, False)
        if nearest is not None and (self._is_change(nearest, match) or verbs[-1].text in SHARE_VERBS):
            own = self._own_words(match.start, nearest.end)  # ，占全年预测[约两成]: the topic's share of what 占 names
            if own and topic and self._is_change(nearest, match):
                own = self._change_of((), own[0][0], nearest)  # ，較上年度約增加[22.8%]: the topic's 增加
            return _Before((topic or ()) + own if own else topic, topic, False)
        if topic and nearest is not None and match.kind in ("money", "quantity") and nearest.text not in STATE_VERBS \
                and not self.text[nearest.end : match.start].strip():
            k = bisect_left(self.starts, nearest.start)
            opens = nearest.start
            if len(nearest.text) == 1 and k > 0 and self.tokens[k - 1].end == nearest.start \
                    and self.tokens[k - 1].tag in _ADVERB_TAGS and len(self.tokens[k - 1].text) == 1:
                opens = self.tokens[k - 1].start  # 超|征[约4,000亿元]: a word the tagger cut into adverb and verb is one verb
            return _Before(topic + ((opens, nearest.end),), topic, False)
        if topic:
            return _Before(topic, topic, False)
        if nearest is not None and nearest.text not in STATE_VERBS and match.kind in ("money", "quantity"):
            own = self._own_words(match.start, nearest.end)
            return _Before(own, self._money_named(own), False) if own else None
        return None

    def _total_before_sentence(self, at: int) -> Optional[Spans]:
        """The topic of the last figure of the sentence before, for a sentence that opens on 其中 and names only a time
        (共錄得火警1,050宗。其中第三季佔310宗): the part is of the total just named."""
        sentence_start = self.sentences.start_before(at)
        if self.clauses.start_before(at) > sentence_start or sentence_start < 1:
            return None
        previous_start = self.sentences.start_before(sentence_start - 1)
        i = bisect_left(self.figure_starts, sentence_start)
        if i == 0 or self.figure_starts[i - 1] < previous_start:
            return None
        read = self.read.get(self.figure_starts[i - 1])
        return read.topic if read is not None else None

    def _phrase_end(self, verb: _Token, match: FigureMatch) -> int:
        """Where the clause's own words end: at the verb, or at the figure when only adjectives and nouns come between
        them (當中致命/v|意外/a|3宗: the verb opens a noun phrase the tagger did not see)."""
        i = bisect_left(self.starts, verb.end)
        between = [t for t in self.tokens[i:] if t.end <= match.start]
        if between and all(t.tag in ("a", "an") or _is_nounish(t) for t in between) and between[-1].end == match.start:
            return match.start
        return verb.end

    def _phrase_end_at(self, own: Spans, match: FigureMatch) -> bool:
        """Own words that are a verb opening adjectives or nouns right before the figure (致命|意外)."""
        i = bisect_left(self.starts, own[0][0])
        return i < len(self.tokens) and self.tokens[i].tag == "v" and self._phrase_end(self.tokens[i], match) == match.start \
            and self.tokens[i].end < match.start

    def _without_change(self, spans: Spans) -> Optional[Spans]:
        """A change's subject without the change verb it ends on and the adverbs and comparison words before that verb
        (失业人数增加 -> 失业人数, 盈利则减少 -> 盈利, 收益按年减少 -> 收益), else None."""
        a, b = spans[-1]
        if len(spans) > 1 and self.text[a:b] in CHANGE_VERBS:
            return spans[:-1]  # 集团收益|减少: the change verb stands apart from its topic
        i = bisect_left(self.ends, b)
        if i >= len(self.tokens) or self.tokens[i].end != b or self.tokens[i].text not in CHANGE_VERBS or self.tokens[i].start <= a:
            return None
        while i > 0 and self.tokens[i - 1].start > a:
            if self.tokens[i - 1].tag in _ADVERB_TAGS or self.tokens[i - 1].tag == "c" or self.tokens[i - 1].text in COMPARISON_WORDS:
                i -= 1  # 盈利则|减少, 盈利将|减少
            elif i > 1 and self.tokens[i - 2].start > a and self.tokens[i - 2].text + self.tokens[i - 1].text in COMPARISON_WORDS:
                i -= 2  # 收益|按|年|减少: a comparison the tagger split
            else:
                break
        return spans[:-1] + ((a, self.tokens[i].start),)

    def _after_from(self, match: FigureMatch) -> bool:
        """Whether 由/从 opens the figure, past a time and 的 (由[2019年的]600人, 从最初的28户): the start of a from-to."""
        k = bisect_left(self.ends, match.start + 1) - 1
        floor = self.parts.start_before(match.start)
        while k >= 0 and self.tokens[k].start >= floor and (self.tokens[k].tag in ("TIME", "u", "f", "d", "a")
                                                            or self.tokens[k].text in EARLIER_WORDS):
            k -= 1
        return k >= 0 and self.tokens[k].start >= floor and self.tokens[k].text in FROM_WORDS and self.tokens[k].tag == "p"

    def _reaches_level(self, spans: Spans) -> bool:
        """Words that open on a verb reaching a level (增至, 扩充|至, 发展|到, 增加为): after the first figure of a from-to
        they name the topic's change, not what the people or households counted do."""
        i = bisect_left(self.starts, spans[0][0])
        if i >= len(self.tokens) or self.tokens[i].tag != "v":
            return False
        verb = self.tokens[i]
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return (_reaches_a_level(verb) or (len(verb.text) > 1 and verb.text[-1] in LEVEL_WORDS)
                or (following is not None and following.start == verb.end
                    and (following.text in LEVEL_WORDS or following.text in _CATEGORY_COPULAS)))

    def _opens_with_state(self, spans: Spans) -> bool:
        """Whether the words open on a verb that only states a level (至, 到): the level a change reaches, no doing."""
        i = bisect_left(self.starts, spans[0][0])
        return i < len(self.tokens) and self.tokens[i].text in STATE_VERBS

    def _stated_words(self, match: FigureMatch, nearest: Optional[_Token]) -> Optional[Spans]:
        """The words that open a clause before the verb that states its amount, when the tagger read no noun in them
        (平均|月入/v|为[8500令吉], 平均|每|户|可|支配|所得/v|为[118万元]): they name the figure, past a time before them.
        Words that only change, compare or qualify (，年增为, ，约为) name nothing of their own."""
        if nearest is None or nearest.text not in STATE_VERBS or self.text[nearest.end : match.start].strip():
            return None
        part_start = self.parts.start_before(match.start)
        i, stop = bisect_left(self.starts, part_start), bisect_left(self.starts, nearest.start)
        while i < stop and (self.tokens[i].tag in ("c", "w", "TIME", "r", "p") or self.tokens[i].text in _FUNCTION_WORDS):
            i += 1
        words = self.tokens[i:stop]
        if (len(words) < 2 or any(t.tag in ("w", "m") or t.text in CHANGE_VERBS or t.text in STATE_VERBS or t.text in PERIODS
                                   or t.text in COMPARATIVE_VERBS for t in words)
                or not any(t.tag in ("v", "a", "ad", "an") for t in words) or words[-1].tag in _ADVERB_TAGS
                or self._names_a_time(i, stop)):
            return None
        return ((words[0].start, words[-1].end),)

    def _people_right_before(self, match: FigureMatch) -> Spans:
        """The common noun written right before a count of people (有学生[1200人]参加考试): who is counted, before
        what they do."""
        i = bisect_left(self.starts, match.start)
        if i == 0 or self.tokens[i - 1].end != match.start:
            return ()
        role = self.tokens[i - 1]  # 企业|代表/v[1200余人]参加: a word for people the tagger reads as a verb, after a noun
        if role.tag == "v" and role.text in PEOPLE_NOUNS_READ_AS_VERBS and i > 1 and self.tokens[i - 2].tag == "n" \
                and self.tokens[i - 2].end == role.start:
            j = self._noun_phrase_back(i - 1, self.parts.start_before(match.start))
            return ((self.tokens[j].start, role.end),) if j < i - 1 else ()
        if self.tokens[i - 1].tag != "n":
            return ()
        j = self._noun_phrase_back(i, self.parts.start_before(match.start))
        return ((self.tokens[j].start, self.tokens[i - 1].end),) if j < i else ()

    def _dimension_before(self, match: FigureMatch) -> Optional[Spans]:
        """A size word that alone opens the clause right before a quantity (，宽8米): the size is what it measures."""
        if match.kind != "quantity":
            return None
        i = bisect_left(self.starts, self.parts.start_before(match.start))
        while i < len(self.tokens) and self.tokens[i].tag in ("c", "w"):
            i += 1
        if i >= len(self.tokens) or self.tokens[i].text not in DIMENSION_ADJECTIVES:
            return None
        return ((self.tokens[i].start, self.tokens[i].end),) if self.tokens[i].end == match.start else None

    def _money_named(self, own: Optional[Spans]) -> Optional[Spans]:
        """Own words that are a money word (其中出口[20.8万亿元]): the topic a change in the next clause takes up
        (，增长6.7% -> 出口增长), where a doing that only brings the money (带动消费) is none."""
        return own if own and self._words(own) in MONEY_NOUNS else None

    def _taken_up(self, match: FigureMatch) -> _Read:
        """The topic of the clause before; for a count with none, what the things counted do (约3000户停电)."""
        topic = self._topic_before_clause(match.start)
        if topic is None and match.kind == "count":
            acting = self._verb_phrase_after(match.end, self.parts.end_after(match.end, len(self.text)))
            return _Read(acting, None)
        return _Read(topic, topic)

    # -- helpers -------------------------------------------------------------------------------

    def _is_change(self, verb: _Token, match: FigureMatch) -> bool:
        """A change verb right before the figure (了 and adverbs aside): 增长了约18%, not 增长到2011年的…."""
        if verb.text not in CHANGE_VERBS and verb.text not in COMPARATIVE_ADJECTIVES:
            return False
        i = bisect_left(self.starts, verb.end)
        while i < len(self.tokens) and self.tokens[i].end <= match.start:
            if self.tokens[i].tag not in ("u", "xc") and self.tokens[i].tag not in _ADVERB_TAGS and self.tokens[i].text not in _SIGNS:
                return False
            i += 1
        return True

    def _ends_enumeration(self, part_start: int) -> bool:
        """The words before the figure close a list of names (A、B、C五方面): they are its items, not its topic.
        A list of parts that carry their own figures (A类24个、B类39个) is no such list."""
        if part_start < 1 or self.text[part_start - 1] != "、":
            return False
        previous_start = self.parts.start_before(part_start - 1)
        i = bisect_left(self.figure_starts, previous_start)
        return not (i < len(self.figure_starts) and self.figure_starts[i] < part_start)

    def _is_lone_verb_noun(self, j: int, i: int, part_start: int) -> bool:
        """A verbal noun alone at the head of its clause, after times and adverbs only, is the clause's verb
        (全年预估[超过5%]), not a topic. Before a word that sums it up (罚款合计[9万元]) it is the topic summed."""
        if i - j != 1 or self.tokens[j].tag != "vn" or (i < len(self.tokens) and self.tokens[i].text in TOTAL_WORDS):
            return False
        if j > 0 and self.tokens[j - 1].text in TOTAL_PREFIXES and self.tokens[j - 1].end == self.tokens[j].start:
            return False  # ，总拨款达[138亿令吉]: 总 makes a noun of the verb it is written on
        k = j
        while k > 0 and self.tokens[k - 1].start >= part_start:
            if self.tokens[k - 1].tag not in ("TIME", "d", "ad", "c"):
                return False
            k -= 1
        return True

    def _listed_after_figure(self, part_start: int) -> Optional[_Read]:
        """The figure a 、 joins this one to, when it ends right before the 、."""
        if part_start < 1 or self.text[part_start - 1] != "、":
            return None
        i = bisect_left(self.figure_ends, part_start - 1)
        if i < len(self.figure_ends) and self.figure_ends[i] == part_start - 1:
            return self.read.get(self.figure_starts[i])
        return None

    def _names_a_part(self, start: int) -> bool:
        i = bisect_left(self.starts, self.parts.start_before(start))
        return i < len(self.tokens) and self.tokens[i].text in PART_OPENERS

    def _own_words(self, start: int, end: int) -> Optional[Spans]:
        """The clause's own words before the figure, from its first content word: 一季度同比增长, 较去年增长."""
        part_start = self.parts.start_before(start)
        i = bisect_left(self.starts, part_start)
        while i < len(self.tokens) and self.tokens[i].end <= end and (self.tokens[i].tag in ("c", "w") or self.tokens[i].text in PART_OPENERS):
            i += 1
        if i >= len(self.tokens) or self.tokens[i].start >= end:
            return None
        return ((self.tokens[i].start, end),)

    def _topic_before_clause(self, at: int) -> Optional[Spans]:
        """The topic of the nearest clause before `at` in the same sentence that names one (up to three back):
        the topic of its last figure, else the noun phrase before its first verb, else a clause that is a noun phrase."""
        sentence_start = self.sentences.start_before(at)
        clause_start = self.clauses.start_before(at)
        for _ in range(3):
            if clause_start <= sentence_start:
                return None
            end = clause_start - 1
            clause_start = max(self.clauses.start_before(end), sentence_start)
            first, last = bisect_left(self.figure_starts, clause_start), bisect_left(self.figure_starts, end)
            if last == first and self._ends_on_speech(clause_start, end):
                return None  # 总裁在记者会上表示，[…约为540亿港元]: what is said has no speaker for a topic
            if last > first and self.figure_starts[last - 1] in self.read:
                return self.read[self.figure_starts[last - 1]].topic
            topic = self._clause_topic(clause_start, end)
            if topic:
                return (topic,)
        return None

    def _ends_on_speech(self, start: int, end: int) -> bool:
        """Whether the clause closes on a verb of saying (金管局总裁在记者会上表示): it frames the clauses after it."""
        stop = bisect_left(self.starts, end)
        return stop > 0 and self.tokens[stop - 1].start >= start and self.tokens[stop - 1].text in SPEECH_VERBS

    def _clause_topic(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The clause's topic (see _topic_in_clause), without a frame word closing it (参展企业|方面)."""
        i, stop = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if stop - i >= 2 and self.tokens[stop - 1].text in TOPIC_FRAMES:
            j = i + 1 if self.tokens[i].tag == "p" else i  # 在|就业|方面
            framed = self._noun_phrase_back(stop - 1, start)
            if j <= framed < stop - 1:
                return (self.tokens[framed].start, self.tokens[stop - 2].end)
        return self._topic_in_clause(start, end)

    def _topic_in_clause(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The noun phrase right before the clause's first verb, else its first noun phrase before that verb; for a
        clause led by a preposition (由A与B合作的项目, 按可比价格计算) only the noun it ends on after 的."""
        i, stop = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if i < stop and self.tokens[i].tag == "p":
            j = self._noun_phrase_back(stop, start)
            if self.tokens[i].text in TOPIC_PREPOSITIONS and j == i + 1 < stop:
                return (self.tokens[j].start, self.tokens[stop - 1].end)  # 至于|参展人数，…: the clause is a topic
            if i < j < stop and self.tokens[j - 1].text == "的" and _is_nounish(self.tokens[stop - 1]):
                return (self.tokens[j].start, self.tokens[stop - 1].end)
            return None
        verb = next((k for k in range(i, stop) if self.tokens[k].tag == "v"), None)
        k = stop if verb is None else verb
        while k > i and (verb is not None and self.tokens[k - 1].tag in _ADVERB_TAGS or self.tokens[k - 1].tag == "TIME"):
            k -= 1  # 股价|周五|以3.45新元挂收: the time before the verb or preposition is no topic
        j = self._noun_phrase_back(k, start)
        if j < k:
            return (self.tokens[j].start, self.tokens[k - 1].end)
        first = next((n for n in range(i, k) if _is_nounish(self.tokens[n]) and self._material(n)), None)  # 茶博会|自2010年|创办
        if first is None:
            return self._label(i, stop, end)
        last = first
        while last + 1 < k and self._material(last + 1):
            last += 1
        while last > first and not _is_nounish(self.tokens[last]):
            last -= 1
        return (self.tokens[first].start, self.tokens[last].end)

    def _label(self, i: int, stop: int, end: int) -> Optional[tuple[int, int]]:
        """A heading label before a colon names what the figure after it measures, whatever its words' tags say
        (归母净利润：12.3亿元, where the tagger reads 归 as a verb): its words, when they end on a noun."""
        if self.text[end : end + 1] not in "：:" or i >= stop:
            return None
        if not _is_nounish(self.tokens[stop - 1]):  # 差短：2,000億元 in a table: a line's label, read as adjectives
            opens_line = self.text[self.tokens[i].start - 1 : self.tokens[i].start] in ("\n", "")
            if not (opens_line and stop - i <= 3 and all(t.tag not in ("w", "m") for t in self.tokens[i:stop])):
                return None
        while i < stop and self.tokens[i].tag == "w":
            i += 1
        return (self.tokens[i].start, self.tokens[stop - 1].end) if stop - i <= 6 else None

    def _noun_phrase_from(self, at: int, limit: int) -> Optional[tuple[int, int]]:
        """Nouns and their modifiers from `at`, ending on a noun; nouns joined by 和/及 are one phrase. A one-character
        verb that opens a compound counts (分论坛, 优先产专区); after a noun it is the verb (商人签协议). A name
        after a common noun starts another phrase (授予5名外国专家|国际合作奖)."""
        at = self._skip_blanks(at, limit)
        i = bisect_right(self.starts, at) - 1
        if i < 0 or self.tokens[i].end <= at:
            return None
        if self.tokens[i].start != at:  # a word across the figure's end (6场|分论坛 as 场分/论坛; not 95人|和 as 人和)
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if self.text[at] in _FUNCTION_WORDS or not (
                    _is_nounish(self.tokens[i]) or (nxt is not None and nxt.end <= limit and _is_nounish(nxt))):
                return None
        j = i
        joiner = None
        while j < len(self.tokens) and self.tokens[j].end <= limit and j - i < 6:
            token = self.tokens[j]
            if j > i and _is_numeral(token) and not self._in_figure(token) and self._label_number(j, limit):
                j += 2  # 兩岸|四|地|學者: a number that is no figure inside a place label belongs to the noun it leads to
                continue
            if j > i and (self._in_figure(token) or _is_numeral(token)):
                if joiner is not None and self._counts_a_noun(token):
                    j = joiner  # 25个省区市|和省内13个市地: the joined noun belongs to the next count
                break
            previous = self.tokens[j - 1] if j > i else None
            if previous is not None and token.tag in _NAME_TAGS and previous.tag == "n":
                break
            if (token.text in BOUND_LOCATIVES and previous is not None and _is_nounish(previous) and j + 2 < len(self.tokens)
                    and self.tokens[j + 1].text == "的" and self.tokens[j + 2].end <= limit and _is_nounish(self.tokens[j + 2])):
                j += 2  # 1.2万家规模|以上|的|企业: a bound on the noun before and the noun it bounds are one phrase
                continue
            if token.text == "（" and previous is not None and _is_nounish(previous):
                close = next((k for k in range(j + 1, min(j + 5, len(self.tokens))) if self.tokens[k].text == "）"), None)
                if close is not None and close > j + 1 and all(_is_nounish(t) for t in self.tokens[j + 1 : close]):
                    j = close + 1
                    continue
                break
            nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            if (j == i and token.tag == "TIME" and nxt is not None and nxt.end <= limit and _is_nounish(nxt)
                    and nxt.tag not in _NAME_TAGS and not self._in_figure(nxt)):
                j += 1  # 300件|清代|瓷器: a period that opens the counted noun modifies it
                continue
            if (j == i and token.tag == "m" and token.text.endswith(ROUND_WORDS) and nxt is not None and nxt.end <= limit
                    and _is_nounish(nxt) and nxt.tag not in _NAME_TAGS and not self._in_figure(nxt)):
                j += 1  # 3亿美元|新一轮|融资, 5000万元|首期|工程: the round or phase that opens the noun modifies it
                continue
            if (j == i and token.tag == "m" and not self._in_figure(token) and not any(c.isdigit() for c in token.text)
                    and nxt is not None and nxt.start == token.end and nxt.end <= limit and nxt.tag in ("n", "vn")
                    and nxt.text.endswith("率") and not self._in_figure(nxt)):
                j += 1  # 42%的|三分|命中率: a numeral word that names a kind of shot opens the rate it is the rate of
                continue
            if (j == i and token.tag == "r" and token.text.startswith("本") and len(token.text) == 2 and nxt is not None
                    and nxt.end <= limit and _is_nounish(nxt) and not self._in_figure(nxt)):
                j += 1  # 三家|本地|银行, 5間|本港|企業: the press's own place that opens the counted noun modifies it
                continue
            if _in_noun_phrase(token) if j == i else self._material(j):
                j += 1
                continue
            if token.tag == "PER" and nxt is not None and nxt.end <= limit and _is_nounish(nxt):
                j += 1
                continue
            if (token.tag == "c" and token.text in _NOUN_JOINERS and previous is not None and _is_nounish(previous)
                    and nxt is not None and nxt.end <= limit and _is_nounish(nxt) and not self._in_figure(nxt)):
                joiner = j
                j += 1
                continue
            if (token.tag == "v" and len(token.text) == 1 and (previous is None or previous.tag == "a")
                    and token.text not in STATE_VERBS and token.text not in CHANGE_VERBS
                    and nxt is not None and nxt.end <= limit and _is_nounish(nxt)):
                j += 1
                continue
            break
        while j > i and not (_is_nounish(self.tokens[j - 1]) or _is_ordinal(self.tokens[j - 1]) or self.tokens[j - 1].text == "）"):
            j -= 1
        return (at, self.tokens[j - 1].end) if j > i else None

    def _counts_a_noun(self, token: _Token) -> bool:
        """Whether the figure at `token` counts a noun written after it."""
        i = bisect_right(self.figure_starts, token.start) - 1
        if i < 0 or self.figure_ends[i] <= token.start:
            return False
        k = bisect_left(self.starts, self._skip_blanks(self.figure_ends[i], len(self.text)))
        return k < len(self.tokens) and _is_nounish(self.tokens[k])

    def _noun_phrase_back(self, i: int, floor: int) -> int:
        """Index of the first token of the noun phrase that ends before token i (i when there is none); a short
        bracketed name after a noun is part of it (中欧班列（西安）)."""
        j = i
        while j > 0 and self.tokens[j - 1].start >= floor and i - j < 8:
            if self.tokens[j - 1].text == "）":
                k = j - 2
                while k > j - 6 and k > 0 and _is_nounish(self.tokens[k]):
                    k -= 1
                if k > 0 and k < j - 2 and self.tokens[k].text == "（" and self.tokens[k].start >= floor and _is_nounish(self.tokens[k - 1]):
                    j = k
                    continue
                break
            if (self.tokens[j - 1].text in BOUND_LOCATIVES and j < i and j > 1 and self.tokens[j - 2].start >= floor
                    and _is_nounish(self.tokens[j - 2])):
                j -= 1  # 限额|以上|单位, 规模|以上|工业企业: a bound on the noun before and the noun it bounds are one phrase
                continue
            if not self._material(j - 1):
                break
            j -= 1
        previous = self.tokens[j - 1] if j > 0 else None
        if (previous is not None and previous.start >= floor and previous.tag == "r" and len(previous.text) == 1
                and j < i and len(self.tokens[j].text) == 1 and _is_nounish(self.tokens[j])):
            j -= 1  # 我|国, 该|行: a pronoun and a one-character noun are one word
        elif (previous is not None and previous.start >= floor and previous.text in OWN_PLACE_WORDS
                and j < i and _is_nounish(self.tokens[j])):
            j -= 1  # 本地|生产总值, 本港|居民: the press's own place that opens the noun modifies it
        elif (previous is not None and previous.start >= floor and previous.tag == "v" and len(previous.text) == 1
                and j < i and len(self.tokens[j].text) <= 2 and self.tokens[j].tag in ("n", "vn")
                and (j < 2 or self.tokens[j - 2].start < floor) and word_tag(previous.text + self.tokens[j].text)):
            return j - 1  # 受|访|企业, 受|访者 opening its clause: a one-character verb and the noun the tagger cut it from are
            # one dictionary word; a verb before its object is not (研发人员|占|员工总数, 获|奖金)
        while j < i and not (_is_nounish(self.tokens[j]) or _is_ordinal(self.tokens[j]) or self.tokens[j].tag in ("a", "r")):
            j += 1
        return j if any(_is_nounish(t) for t in self.tokens[j:i]) else i

    def _label_number(self, j: int, limit: int) -> bool:
        """Whether numeral j, after a noun and with a one-character word, leads on to a noun (兩岸四地學者)."""
        if j + 2 >= len(self.tokens) or not _is_nounish(self.tokens[j - 1]):
            return False
        word, head = self.tokens[j + 1], self.tokens[j + 2]
        return (len(word.text) == 1 and word.start == self.tokens[j].end and head.end <= limit and _is_nounish(head)
                and not self._in_figure(word) and not self._in_figure(head))

    def _material(self, k: int) -> bool:
        """Whether token k can be part of a noun phrase."""
        return _in_noun_phrase(self.tokens[k]) and not _counts_with(self.tokens[k], self.tokens[k - 1] if k else None)

    def _skip_blanks(self, at: int, limit: int) -> int:
        while at < limit and self.text[at] == " ":
            at += 1
        return at

    def _in_figure(self, token: _Token) -> bool:
        i = bisect_right(self.figure_starts, token.start) - 1
        return i >= 0 and self.figure_ends[i] > token.start

    def _figure_at(self, at: int) -> Optional[_Read]:
        i = bisect_right(self.figure_starts, at) - 1
        return self.read.get(self.figure_starts[i]) if i >= 0 else None


# --- items -------------------------------------------------------------------------------------

def items_of(text: str, match: FigureMatch) -> list[str]:
    """The enumerated list a count introduces or closes, when the list is complete."""
    after = _LIST_AFTER.match(text[match.end : match.end + 220])
    if after:
        items = _split_items(after.group(1))
        if len(items) >= 2:
            return items
    clause_start = max(text.rfind(c, max(0, match.start - 400), match.start) for c in "，。；：\n") + 1
    before = text[max(clause_start, match.start - 400) : match.start]
    before = _TRAILING_WORDS.sub("", before.rstrip())
    quoted = _QUOTED_END.search(before)
    body = quoted.group(1) if quoted else before
    for verb in ("包括", "包含", "设立", "设有", "设置", "开设", "分设", "涵盖", "分为", "由", "为", "有"):
        if verb in body:
            body = body.split(verb)[-1]
    items = _split_items(body)
    if len(items) >= 2 and (not match.value or len(items) == match.value or "等" not in text[clause_start : match.start]):
        return items
    return []


def _split_items(body: str) -> list[str]:
    """Items of an enumeration; a run of clauses that carry their own figures (内资项目25个、外资项目15个) is no list."""
    parts = [p.strip(" “”「」") for p in _ITEM_BREAK.split(body)]
    if "、" not in body or any(_DIGIT.search(p) for p in parts):
        return []
    return [p for p in parts if p]


@Language.factory("zh_figures", assigns=["doc.spans", "doc._.locale"], requires=["token.tag"],
                  default_config={"locale": None, "open_nouns": True})
def make_figures(nlp: Language, name: str, locale: Optional[str], open_nouns: bool) -> FigureComponent:
    return FigureComponent(nlp, name, locale=locale, open_nouns=open_nouns)
