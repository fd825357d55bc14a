"""Component `zh_titles`: titles linked to people (before, after, chained, elided) and people's roles.

Sets `doc.spans["titles"]` (attrs: person, organization, position), `doc.spans["roles"]` (label = role,
attrs: person) and `doc.spans["title_orgs"]`, the organisations written inside titles that entities did not find.
"""
from __future__ import annotations

import bisect
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import regex_cache
from extractor.components import text_of
from extractor.lexicon.gazetteer import CONSTITUENCY_ENDINGS, JOINED_PLACES, KNOWN_PLACES
from extractor.lexicon.organizations import (
    FIRM_STAFF_WORDS,
    CO_ACTION_NAME_OPENERS,
    CO_ACTION_VERBS,
    GENERIC_BODIES,
    HEAD_POSTS_AFTER,
    KINDS_NAMED_AFTER,
    LATIN_LEGAL_FORMS,
    LEADING_NOT_NAME,
    NAMESAKE_ENDINGS,
    OCCUPATION_BODY_ENDINGS,
    OCCUPATIONS,
    PREPOSITIONS,
    SERVICE_ENDINGS,
    SUFFIXES,
    SIDES,
)
from extractor.lexicon.titles import (
    OFFICE_BEARER_POSTS,
    PORTFOLIO_POSTS,
    GUEST_ROLES,
    OATH_ROLES,
    ACTING, DESCRIPTIONS, FIELD_CLOSERS, GRADE_WORDS, HONORIFIC_STYLES, HONORIFICS, LIST_HEADS, LIST_JOINERS, LIST_VERBS, APPOINTMENT_VERBS, APPOINTED_POSTS, BUSINESS_FIELDS, PARTY_STANDINGS, PEOPLE_NOUNS, POSITIONS, POST_FIELDS, POST_PREFIX_WORDS, PROMOTIONAL_ROLES,
    RANK_PREFIXES, TEAM_NOUNS, KINDS_ALONE_BEFORE_POSTS, BELONGING_WORDS, PERSON_ROLE_ENDINGS, PERSON_ROLE_WORDS, CASE_REFERENCES, QUESTION_NOUNS, ACTS_ON_BEHALF,
)
from extractor.organization_names import (
    KIND_IN_APPOSITION, COUNTRY_PREFIX, PARTY_BEFORE_HOUSE, DEPARTMENT_END, EVENT_OWN_COMMITTEE, GENERIC_WITH_LEVEL, MEMBERS_BODY, ROLE_NOUN, SEAT_END, VENUE,
    abbreviated_department_start, level_runs_a_kind, masked_or_pointed, owned_act,
)
from extractor.lexicon.units import PLACE_ABBREVIATIONS
from extractor.normalise import to_simplified
from extractor.patterns import alternation
from extractor.word_tags import word_tag

_POSITION_END = regex_cache.compile(
    r"(?P<position>(?:常务|执行|名誉|荣誉|代理|代|前任|前|副|总|署理|助理|现任|时任|候任|荣休|联合|永远|永久)*(?:" + alternation(POSITIONS + OFFICE_BEARER_POSTS) + r"))$"
)
_FORMER_OR_DEPUTY = ("前", "原", "副", "代", "署理", "代理")
_FORMER_PREFIXES = ("前", "原", "前任", "时任")
"""Words that open a former post (原|市住建局局长): a description before one is no part of the title."""
_STYLE_BEFORE = regex_cache.compile("(?:" + alternation(HONORIFIC_STYLES) + ") ?$")
_POSITION_START = regex_cache.compile(
    r"(?:前|副|常务|代|署理)?(?:驻\p{Han}{1,4}?)?(?:" + alternation(POSITIONS) + r")"
)
"""A title written after a name: a position, with a prefix and a posting (谢某前驻日大使)."""
_AFTER_TITLE_END = regex_cache.compile(
    r"[，、。；：）)！？\s”」]|$|等|和|与|及|也|则|还|就|率|在|于|表示|说|指出|致|主持|出席|参加|强调|介绍|透露|认为|称|先后|分别|一行|为|向|对|从|的|发表|作|宣布|回顾|感谢|希望|夫妇|伉俪"
)
"""What may follow a position that is also a verb (代表) when it is written after a name as a title."""
VERB_LIKE_POSITIONS = ("代表", "主管", "指挥", "顾问")
_ORG_INSIDE = regex_cache.compile("(?:" + alternation([x for x in SUFFIXES if len(x) >= 2]) + ")")
_SUFFIX_ALTERNATION = alternation(SUFFIXES)
_FORMER_INSIDE = regex_cache.compile("(?P<body>" + _SUFFIX_ALTERNATION + ")[前原](?:" + _SUFFIX_ALTERNATION + ")$")
"""A body, then 原/前 and a body within it (人大常委会原党组): the person's former membership, the body is the first."""
_ORG_END = regex_cache.compile("(?:" + alternation(SUFFIXES) + ")$")
STOP_TAGS = {"w", "PER", "TIME", "p", "u", "d", "ad", "r", "xc", "q", "m"}
"""Tags that end a title walk: punctuation, people, times, prepositions, particles, adverbs, pronouns, numbers."""
VERB_TAGS = {"v", "vd"}
CHAIN_MARKS = ("、", "，", "兼", "暨")
"""Marks between two titles of one person (副总理兼财长); a chain splits there."""
TITLE_PREFIXES = {"代", "副", "前", "常务", "署理", "助理", "现任", "原", "分", "总", "执行", "常设", "联合", "首任", "时任", "候任", "前任", "荣休", "永远", "永久"}
TITLE_PUNCT = set("《》()（）·—")
JOINERS = {"和", "与", "及", "暨", "驻"}
"""Words that join the parts of one body's name (政制及内地事务局, 统计暨普查局) when the word before them is no title."""
_ROLE_VERBS = (
    ("host", regex_cache.compile(r"^[^，。；]{0,12}?主持")),
    ("presenter", regex_cache.compile(r"^[^，。；]{0,12}?(?:授予|颁发|颁奖|发布|揭牌|授牌|颁授)")),
    ("signatory", regex_cache.compile(r"^[^，。；]{0,12}?(?:签约|签署|签订|签下)")),
    ("speaker", regex_cache.compile(r"^[^，。；]{0,16}?(?:致辞|致词|讲话|致欢迎辞|致开幕辞|致闭幕辞|表示|说|指出|强调|介绍|宣布|提到|透露|认为|称|坦言|致开幕词|作主旨演讲|演讲|发言)")),
)


_DEMONSTRATIVES = ("该", "本", "此", "我")
_MEMBER_POSITIONS = ("代表", "成员")
_BARE_KINDS = ("企业", "单位", "厂商", "商家", "商户", "参展商", "展商", "机构", "团体", "社团")
"""Kinds of body that, right before 代表, 成员 or 负责人 with no name of their own, say whom someone stands for (企业代表)."""
"""Positions that are also nouns for a member of a group: after a description (学生代表, 村民代表) they describe."""
_OCCUPATION_BODY = regex_cache.compile("(?:" + alternation(OCCUPATIONS) + ")业?(?:" + alternation(OCCUPATION_BODY_ENDINGS) + ")")


def _occupation_cut_before(doc: Doc, i: int) -> Optional[int]:
    """Where an occupation opening a union's or association's name starts, when token i - 1 is a piece of it that the
    tagger cut off (外|送/v|员|职业工会, 外卖|员|工|会): the token that opens the occupation; None otherwise."""
    token = doc[i - 1]
    text = text_of(doc)
    for m in _OCCUPATION_BODY.finditer(text, max(0, token.idx - 8), min(len(text), token.idx + 16)):
        if m.start() < token.idx < m.end():
            span = doc.char_span(m.start(), token.idx + len(token.text), alignment_mode="expand")
            return span.start if span is not None and span.start < i - 1 else None
    return None


_BY_BEFORE = regex_cache.compile(r"由[^，。；]{0,20}$")
_CHAIRS_AFTER = regex_cache.compile(r"^[^，。；]{0,12}主持")


_PLACE_HYPHENS = ("-", "－", "‐")
_PERIOD_WORD = regex_cache.compile("(?:学|财|年)?年度?|学期|季度|赛季")


_POST_FIELD_END = regex_cache.compile("(?:" + alternation(POST_FIELDS) + ")$")
_DIRECTIONS = ("东", "西", "南", "北")


def _field_before(doc: Doc, i: int, position_start: int) -> Optional[int]:
    """Where a post's field of several words that ends at token i - 1 starts (可|持续|发展 of 某银行可持续发展主管), when it is
    written right before the post or before a body's ending (可持续发展|委员会|主席); None otherwise, and for a field of one
    word, which the walk takes as any other."""
    if i == 0 or i > position_start or i < position_start and not _ORG_END.search(doc[i].text):
        return None
    end = doc[i - 1].idx + len(doc[i - 1].text)
    field = _POST_FIELD_END.search(text_of(doc), max(0, end - 8), end)
    if field is None:
        return None
    span = doc.char_span(field.start(), end)
    return span.start if span is not None and len(span) >= 2 else None


def _team_noun_ends(doc: Doc, i: int) -> bool:
    """A group named after its leader ends at token i (团队, 课题|组 cut in two): before 成员 it describes a member."""
    return any(doc[i - k : i].text in TEAM_NOUNS for k in (1, 2) if i - k >= 0)


def _noun_for_people(token) -> bool:
    """A noun for a kind of people (毕业生, 村民, 教师, 职工): before 代表 or 成员 it describes a member of that group. Not
    one in 人 (法人代表, a company's legal representative) nor in 民 (乡民代表, a Taiwan township's elected representative):
    only those of students, teachers and staff, and households (种植大户, 养殖户, 住户)."""
    return token.tag_ == "n" and len(token.text) >= 2 and token.text[-1] in "生师员户" \
        or token.text == "员" and token.i > 0 and token.doc[token.i - 1].tag_ in ("n", "vn", "v")  # 快递|员: cut from its noun


_LATIN_WORD = regex_cache.compile(r"\p{Latin}[\p{Latin}&.]*")
_HAN_WORD = regex_cache.compile(r"\p{Han}{2,}")
_NUMERAL_LIKE_FIELDS = frozenset({"数位", "数码", "数字"})
"""Field words opening with 数 (digital) that the tagger may read as numerals (数位/m): part of a body's name before a post."""


_SEX_OF_AN_EVENT = ("男", "女", "混")
_EVENT_OF_A_SPORT = ("单", "双", "团")
"""A sport's events (男双, 女单, 混双, 男团) name a squad before its coach's post (国家男双主教练)."""


_SERVICE_BODY_END = regex_cache.compile("(?:" + alternation(SERVICE_ENDINGS) + ")$")


def _service_body_before(doc: Doc, i: int) -> Optional[int]:
    """The first token of a service body (福颐护老院, 康宁长者日间护理中心) that entities found ending at token i, else None:
    its brand and ending are one body whatever the tagger calls their words (a person, a time, a verb)."""
    end = doc[i - 1].idx + len(doc[i - 1].text)
    text = text_of(doc)
    for org in doc.spans.get("orgs", []):
        if org.end_char == end and org.start < i - 1 and _SERVICE_BODY_END.search(org.text):
            return org.start
        if _SERVICE_BODY_END.search(org.text) and org.end_char != end and text[max(0, end - len(org.text)) : end] == org.text:
            again = doc.char_span(end - len(org.text), end)  # 向…|某某长者日间护理中心捐赠…。某某长者日间护理中心|主任: named again
            if again is not None and again.start < i - 1:
                return again.start
    return None


_NAME_SYLLABLE_TAGS = ("r", "d")


def _syllable_of_a_cut_name(doc: Doc, k: int, people: frozenset) -> bool:
    """Token k is a character or two of a proper name that the tagger gave a pronoun's or an adverb's tag (圣多明/PER|各/r, 圣玛/ORG
    |各女/r), right after the name's first part, which it called a name that is no one found, or a body's name without a
    body's ending; a body's whole name before a pronoun (某银行|各/r|分行) is none."""
    token = doc[k]
    if k == 0 or token.tag_ not in _NAME_SYLLABLE_TAGS or len(token.text) > 2 or not regex.fullmatch(r"\p{Han}+", token.text):
        return False
    before = doc[k - 1]
    return before.tag_ in ("PER", "ORG") and k - 1 not in people and _ORG_END.search(before.text) is None \
        and not before.whitespace_ and len(before.text) <= 3


def _opens_known_place(doc: Doc, k: int) -> bool:
    """Whether token k opens a place the gazetteer knows that the tagger cut into two or three words (离/v|岛, 葵|青)."""
    text = text_of(doc)
    return any(text[doc[k].idx : doc[j].idx + len(doc[j].text)] in KNOWN_PLACES for j in range(k + 1, min(k + 3, len(doc))))


_HOME_NAME_TAGS = ("n", "nz", "ORG", "a", "an", "vn", "LOC", "ns", "PER", "nr")


def _home_name_start(doc: Doc, i: int) -> Optional[int]:
    """Where a home or shelter named X之家 (晨光之家, 新希望之家, 明爱长者之家) starts, when tokens i-2, i-1 are 之, 家: up to two
    words of its name before 之 (the one right before it may be a verb to the tagger: 创世/v|之|家); None when there is no such
    name."""
    if i < 3 or doc[i - 1].text != "家" or doc[i - 2].text != "之":
        return None
    start = i - 2
    while start > 0 and i - 2 - start < 2 and (doc[start - 1].tag_ in _HOME_NAME_TAGS or start == i - 2 and doc[start - 1].tag_ == "v") \
            and to_simplified(doc[start - 1].text, by_phrase=False) not in KINDS_NAMED_AFTER + ("团体", "组织"):
        start -= 1
    return start if start < i - 2 else None


def _closed_known_place(doc: Doc, k: int, people: frozenset) -> Optional[int]:
    """Where a place the gazetteer knows starts when token k closes it and the tagger cut it into two or three words
    (近/ad|打/v), none of them a person's; None when token k closes none."""
    text = text_of(doc)
    end = doc[k].idx + len(doc[k].text)
    for j in range(k - 1, max(-1, k - 3), -1):
        if j in people or doc[j].tag_ == "w":
            return None
        if text[doc[j].idx : end] in KNOWN_PLACES:
            return j
    return None


def _title_start(doc: Doc, name: Span, people: frozenset = frozenset()) -> int:
    """Where the title written before a name starts: the position is matched on the text (the tagger may call
    it a verb: 主管, 参赞), then the walk goes left over the organisation part.

    The walk stops at any verb or adverb (其中, 报请, 肯定), function word, number, time, person or
    punctuation. Organisation names hold verbs and conjunctions (国家应对气候变化…中心, 政制及内地事务局):
    see `_verb_inside_name` and `_is_conjunction`; a 、 between the nouns of one organisation's name
    (文化、体育、旅游…事务部) does not end it, nor do Latin words (Vexa Robotics AG) or a word the tagger took for a name
    that is none of the people found (`people`, token indices). Returns `name.start` when no position ends right before the name.
    """
    end = _before_portfolio(doc, _before_style(doc, name.start))
    end_char = doc[end - 1].idx + len(doc[end - 1].text) if end > 0 else 0  # 公司CEO Tim Cook: the space is no part of it
    position = _POSITION_END.search(text_of(doc), max(0, end_char - 12), end_char)
    if position is None or end == 0:
        return name.start
    position_span = doc.char_span(position.start(), end_char, alignment_mode="expand")
    i = position_span.start if position_span is not None else end
    position_start = i
    organization_seen = False
    department_name = _department_ending_before(doc, position_start)
    unit_name = _unit_before(doc, position_start)
    prefixed = position.group("position").startswith(_FORMER_OR_DEPUTY)
    court_division = position_start >= 2 and doc[position_start - 1].text.endswith("庭")
    ending_in_position = _ending_cut_from_its_head(doc, position_start)
    bracket_open = False
    organized_by_name = False  # a proper name of a body (某某 of 科技公司|某某|董事长) is in the title already
    while i > 0:
        token = doc[i - 1]
        text = token.text
        service = _service_body_before(doc, i)
        if service is not None:
            i = service  # 康宁/PER|长者|日间/TIME|护理|中心|主任: a service body entities found, whatever the tags of its words
            organization_seen = True
            continue
        home = _home_name_start(doc, i) if i == position_start else None
        if home is not None:
            i = home  # 晨光|之|家|创办人, 新|希望|之|家|院长: a home or shelter named X之家, whatever the tags of X
            organization_seen = True
            if i > 0 and doc[i - 1].tag_ not in ("LOC", "ns"):
                break  # 非牟利机构|晨光之家创办人: the kind of body written before the home's name is no part of it
            continue
        run = _ABBREVIATION_RUN.search(text_of(doc), max(0, token.idx - 6), token.idx + len(text)) if i == position_start else None
        if run is not None:
            opener = doc.char_span(run.start(), run.start() + 1, alignment_mode="expand")
            if opener is not None and opener[0].idx == run.start():
                i = opener.start  # 桃竹苗|分署长, 云/PER|嘉南|分/v|署长: the region a branch serves, by its places' abbreviations
                organization_seen = True
                continue
        if i == position_start and text in FIELD_CLOSERS and i >= 2 and doc[i - 2].tag_ in ("n", "nz", "vn", "ORG") \
                and i - 2 not in people:
            i -= 1  # 某集团航空|枢纽|发展/v|副总裁: the verb-like word closes the post's field written after the body's nouns
            continue
        if i <= position_start and token.tag_ in VERB_TAGS and i >= 2 and doc[i - 2].text in GRADE_WORDS:
            i -= 1  # 助理|首席|入境/v|事务|主任: a rank's field after its grade words, though it opens with a verb
            continue
        if i < position_start and len(text) == 2 and (text in SUFFIXES or text in NAMESAKE_ENDINGS) and token.tag_ in _NAME_SYLLABLE_TAGS and doc[i].tag_ in ("n", "nz", "ORG"):
            i -= 1  # 圣玛|各女|书院/r|校友会|会长: a body's ending the tagger gave a pronoun's tag, before the body within it
            organization_seen = True
            continue
        if _syllable_of_a_cut_name(doc, i - 1, people) and organization_seen:
            i -= 1  # 圣|方济/PER|各/r|英文书院|校友会|会长: a character of the body's proper name the tagger gave a pronoun's tag
            continue
        if to_simplified(text, by_phrase=False) in CASE_REFERENCES:
            break  # 同案|业务经理某某: the case the person is in, then the title
        if text in JOINERS and i >= 2 and to_simplified(doc[i - 2].text, by_phrase=False) in QUESTION_NOUNS:
            break  # 议员的提问|和|某局局长某某的答复: the question closes the asker's clause, 和 joins two clauses' nouns
        if _appointment_verb_ends(doc, i - 1):
            break  # 重选|执行董事某某, 委任|旅游局局长某某: the verb of appointment opens the pairs, the title starts after it
        if i < position_start and to_simplified(text, by_phrase=False) in PERSON_ROLE_WORDS and i < len(doc) and doc[i].tag_ != "w":
            break  # 东道主|槟城/n|某会馆会长: the word for the person's or the body's part, whatever the tagger calls the name after it
        if _organiser_role_noun_ends(doc, i):
            break  # 主办|单位|理事长, 承办方|某公会|会长: the body's part at the occasion is no part of the post
        if i < position_start and _named_body_opens(doc, i) and (_person_role_noun_ends(doc, i - 1) or _acting_together(doc, i - 1)):
            break  # 主要捐款人|某某有限公司董事经理, 金奖得主|某大学教授, 团队联合|某研究所研究员: what the person is or does at the
            # occasion, before a named body, is no part of the title
        field = _field_before(doc, i, position_start)
        if field is not None:
            i = field  # 某银行|可/ad|持续/ad|发展|主管, 可|持续|发展|委员会|主席: a post's field of several words, whatever the
            continue  # tagger calls them
        if text in _DIRECTIONS and i < len(doc) and i < position_start and doc[i].tag_ in ("LOC", "ns") and i - 1 not in people \
                and regex.fullmatch(r"\p{Han}", text):
            i -= 1  # 东/PER|爪哇|省长, 北/f|苏门答腊|省长: a compass point opens the place's name, whatever the tagger calls it
            continue
        occupation = _occupation_cut_before(doc, i)
        if occupation is not None and i < position_start:
            i = occupation  # 台湾|外/f|送/v|员|职业|工会|理事长: the occupation naming the union is whole, whatever its tags
            organization_seen = True
            continue
        first = abbreviated_department_start(doc, i)
        if first is not None and i == position_start - 1:  # 都/d|发/v|局|局长: a department's short form the tagger cut
            i = first
            organization_seen = True
            continue
        if department_name and i < position_start and _is_verb(token):  # 综合/vd|统计/v|司|司长: the department's own name
            i -= 1
            continue
        department_name = department_name and i == position_start
        if ending_in_position and i == position_start and _is_verb(token):
            i -= 1  # 主计/v|处|长: the department's own name before its ending, which the head's position shares
            continue
        if court_division and i == position_start - 1 and _is_verb(token) and (len(text) == 1 or len(text) == 2 and (
                i == 1 or doc[i - 2].tag_ == "w" or _ORG_END.search(doc[i - 2].text) is not None)):
            i -= 1  # 原|讼/v|法庭|法官, 推/v|事庭|法官, (高等法院)上诉/v|法庭|副庭长: a court division's name holds a verb; a
            continue  # word of two opens the clause or follows the court (not 市长|会见|法庭庭长)
        if department_name and token.tag_ in STOP_TAGS and token.tag_ != "w":  # 第一|庭/m|庭长: the ending, whatever its tag
            i -= 1
            organization_seen = True
            continue
        if i < position_start and _opens_known_place(doc, i - 1):
            i -= 1  # 离/v|岛|区|议员: a district the gazetteer knows, however the tagger cut it
            continue
        closed = _closed_known_place(doc, i - 1, people) if i < position_start else None
        if closed is not None:
            i = closed  # 近/ad|打/v|华团|协调|委员会|主席: a district the gazetteer knows opens the body's name, however cut
            continue
        if unit_name and (i == position_start or i == position_start - 1 and i - 1 not in people and _unit_proper_name(token)):
            i -= 1  # 大安/PER|里|里长, 三张/m|里/f|里长: a village or district's unit and its proper name, whatever their tags
            continue
        if (text in DESCRIPTIONS or text.endswith("界") or _noun_for_people(token) or _team_noun_ends(doc, i)) and i == position_start \
                and doc[position_start].text in _MEMBER_POSITIONS:
            return name.start  # 学生|代表, 企业家|代表, 工商界|代表: a description or a sector and the member's word are one noun
        if i == position_start and doc[position_start].text in _MEMBER_POSITIONS and text in SIDES \
                and (i < 2 or doc[i - 2].tag_ in ("w", "p", "c", "TIME", "t", "v")):
            return name.start  # 劳方|代表, 工会|代表: the side or the unnamed union someone stands for, no post
        if i == position_start and doc[position_start].text in _MEMBER_POSITIONS + ("负责人",) and text.endswith(_BARE_KINDS) \
                and (i < 2 or doc[i - 2].tag_ not in ("ORG", "nt")):
            return name.start  # 入驻企业|代表, 表彰单位|代表, 文创企业|负责人: one of a kind of body, none named
        if text in DESCRIPTIONS and not organization_seen and (i < position_start or prefixed):  # 被告人|原局长, 被告|前署长
            break  # a description, then the title; a description right before a bare position is one noun (学生代表)
        if text in DESCRIPTIONS and i < position_start and doc[i].text in _FORMER_PREFIXES:
            break  # 被告人|原|市住建局局长: a former post's prefix opens the title, whatever body follows it
        if text == "所" and token.tag_ == "u" and i == position_start and i >= 2 and doc[i - 2].tag_ in ("n", "nz", "ns", "LOC", "ORG"):
            i -= 1  # 区公|所/u|区长, 乡|公|所/u|秘书: right before a post, 所 is an office's ending, not the particle
            organization_seen = True
            continue
        if text == "所" and token.tag_ == "u" and position_start - 3 <= i < position_start and i >= 2 \
                and doc[i - 2].tag_ in ("n", "nz", "ORG") and doc[position_start - 1].text in _UNIT_CHARACTERS \
                and all(doc[k].tag_ in ("n", "nz") for k in range(i, position_start)):
            i -= 1  # 农试|所/u|作物|组|组长, 材料|所/u|薄膜|组|组长: an institute's ending before a named unit of it, not the particle
            organization_seen = True
            continue
        if text in HONORIFICS and i >= 2 and doc[i - 2].tag_ == "PER":
            break  # 局长王某|先生|和…秘书长李某: a name with its honorific is another person, the title starts after it
        if text in LIST_VERBS:
            break
        if i < position_start and to_simplified(text, by_phrase=False) in BELONGING_WORDS:
            break  # 某集团|旗下|某物流公司总经理: the group that owns the body is no part of the post's body
        if text in BUSINESS_FIELDS and i == position_start:
            i -= 1  # 某某有限公司|销售/v|总监: the field of the post, whatever the tagger calls it
            continue  # 嘉宾包括|某局局长, 作者为|某大学教授: the verb opens the list, the title starts after it
        if text in GUEST_ROLES:
            break  # 主宾|某部副部长: the person's part at the event, then the title
        if text == _RANK_MARK and i == position_start and i >= 2 and _POSITION_END.search(doc[i - 2].text):
            i -= 1  # 公使|衔|参赞: a post held with another post's rank, one title
            continue
        if token.tag_ == "m" and i < position_start and to_simplified(text, by_phrase=False) in _NUMERAL_LIKE_FIELDS:
            i -= 1  # 数位/m|产业|推动|办公室|副主任: a field word the tagger reads as a numeral opens the body's name
            organization_seen = True
            continue
        if token.tag_ == "w" and i < position_start and i >= 2 and _HAN_WORD.fullmatch(text) and _LATIN_WORD.fullmatch(doc[i - 2].text):
            i -= 1  # Lim & Rahman/w|律师/w|事务所/w|合伙人: a word after a Latin name the tagger took for punctuation is the body's
            continue
        if text in ("（", "(") and not bracket_open:
            break  # 领导（|市长某某、…）: the bracket opens a list, not a part of the body's name (某（集团）公司)
        if text in ("）", ")"):
            bracket_open = True
        if text in ("）", ")") and _dated_bracket(doc, i - 1):
            break  # （某地3日讯）|某某总监: a dateline closes there
        if text in JOINERS and text != "驻" and i >= 3 and i - 3 in people and i - 2 not in people and doc[i - 2].tag_ not in STOP_TAGS:
            break  # 董事长某某|牧师|及|院长某某: the word after the first name is that person's, 及 joins two people
        if text in JOINERS and text != "驻" and i >= 2 and _POSITION_END.search(doc[i - 2].text) and i - 2 not in people:
            break  # 市长|与|区长某某: the word joins two people's posts, not the parts of one body's name
        if token.tag_ in VERB_TAGS and len(text) >= 2 and i >= 2 and (_POSITION_END.search(doc[i - 2].text) and i - 2 not in people
                                                                     or i - 2 in people):
            break  # 市长|会见|处长某某, 王某|会见|副省长某某: a verb after a post or a person is the clause's, whatever the
            # dictionary calls it (会见/n)
        if text in _PLACE_HYPHENS and i >= 2 and i < position_start and doc[i - 2].tag_ in ("LOC", "ns") and doc[i].tag_ != "w":
            i -= 1  # 白沙|-|榜鹅集选区|议员: a hyphen joins the two places a constituency is named after
            continue
        if text in TITLE_PREFIXES or text in TITLE_PUNCT or text.startswith("驻") or text in JOINERS and i - 2 >= 0 \
                and doc[i - 2].tag_ != "w" and i - 2 not in people and not _POSITION_END.search(doc[i - 2].text) \
                and not (text in JOINERS and owned_act(doc, i - 2)):  # 议员的提问|和|房屋局局长: the act is the sentence's
            i -= 1
            continue
        if i < len(doc) and text + doc[i].text in PARTY_STANDINGS and not token.whitespace_:
            i -= 1  # 无/v|党籍 市议员: a standing outside the parties, written where a party's name stands
            continue
        if i >= 2 and doc[i - 2].text + text in TITLE_PREFIXES and not doc[i - 2].whitespace_:
            i -= 2  # 常/d|设/v 秘书处: a prefix the tagger cut in two
            continue
        if text == "、" and organization_seen and _inside_organization_list(doc, i - 1):
            i -= 1
            continue
        if organized_by_name and any(m.end() == len(text) for m in KIND_IN_APPOSITION.finditer(text)) and token.tag_ in ("n", "nz"):
            break  # 科技公司|某某|董事长: the kind of business written before a company's name is no part of its title
        organized_by_name = organized_by_name or token.tag_ in ("ORG", "nz") and not _ORG_END.search(text)
        if i == position_start - 1 and _is_verb(token) and len(text) == 2 and i >= 2 and _NUMBERED_UNIT.fullmatch(doc[i].text) \
                and (doc[i - 2].tag_ == "ORG" or _ORG_END.search(doc[i - 2].text) is not None):
            i -= 1  # 刑警大队|侦查/v|第三队|队长, 缉私局|侦查/v|二处|处长: a numbered unit named by what it does, after its body
            continue
        if i == position_start and text in _UNIT_CHARACTERS + _UNIT_WORDS and i >= 2 and _ORDINAL.fullmatch(doc[i - 2].text):
            i -= 2  # 刑事|第十/m|庭/m|审判长, 营建署|第三|科|科长: a unit named by its ordinal, whatever the tagger calls it
            organization_seen = True
            continue
        if i == position_start and text in _UNIT_CHARACTERS and text == doc[position_start].text[0] and i >= 2 \
                and len(doc[i - 2].text) >= 2 and doc[i - 2].tag_ not in ("w", "PER", "m", "TIME", "r", "p", "u") \
                and i - 2 not in people:
            i -= 2  # 海委会|自然/ad|处/v|处长: a named unit whose last character the post writes again; its name, whatever
            organization_seen = True  # the tagger calls it, is the word before (not 处处|可见, which has no post)
            continue
        if _ORDINAL.fullmatch(text) or _GRADE.fullmatch(text) or i == position_start and _NUMBERED_UNIT.fullmatch(text):  # 第三|监督检查室主任, 驻村|第一|书记, 一级|巡视员: a numbered body, post or grade
            i -= 1
            continue
        if _EDITION.fullmatch(text) or len(text) >= 3 and _ORG_END.fullmatch(text) is not None:  # 经发局 tagged p
            i -= 1
            organization_seen = True
            continue
        if _LATIN_WORD.fullmatch(text) or text == "&" and i >= 2 and _LATIN_WORD.fullmatch(doc[i - 2].text):  # Vexa Robotics AG亚太区总裁,
            i -= 1  # Koh & Partners律师行合伙人: whatever the tagger calls the words, and the & that joins two of them
            organization_seen = organization_seen or text in LATIN_LEGAL_FORMS
            continue
        if i < position_start and to_simplified(text, by_phrase=False) in JOINED_PLACES:
            i -= 1  # 雪隆/PER|中华|大会堂|会长: places' abbreviations joined open the body's name, whatever the tagger calls them
            continue
        if token.tag_ == "PER" and i - 1 not in people and (organization_seen or i == position_start or _name_part_before(doc, i - 1)
                                                             or len(text) == 2 and word_tag(text) == "n" or _ending_across(doc, i - 1)):  # 康乐|及文化事务署, 马六甲|首席部长, 辩方/PER|大|律师: the tagger's 'name' is no one
            i -= 1
            organization_seen = organization_seen or _ORG_END.search(text) is not None  # 马华|公会|总会长
            continue
        if text in _EVENT_OF_A_SPORT and i >= 2 and doc[i - 2].text in _SEX_OF_AN_EVENT and i == position_start:
            i -= 2  # 国家|男|双/m|主教练: the squad is named by its event (男双, 女单, 混双), whatever the tagger calls it
            continue
        if _conjunctions_in_a_row(doc, i - 1):  # 宁波|和|而|美电子: two conjunctions in a row join nothing, they are a name's
            i -= 1
            continue
        if _character_cut_from_a_name_word(doc, i - 1):  # 东京|都/d 知事, 国会|下/f|议院 议长
            i -= 1
            continue
        if i == position_start and len(text) == 2 and text in SUFFIXES and token.tag_ == "d" and i >= 2 \
                and doc[i - 2].tag_ in ("LOC", "ns", "ORG", "nz", "n", "PER"):
            i -= 1  # 培华/ORG|独中/d|董事长: a body's ending the tagger calls an adverb, right before the post
            organization_seen = True
            continue
        if token.tag_ == "m" and i < position_start and i >= 2 and _ORDINAL.fullmatch(doc[i - 2].text) \
                and regex.fullmatch(r"\p{Han}{2,}", text) and not regex.search("[一二三四五六七八九十百千万亿两零〇]", text) \
                and any(doc[k].text.endswith(_UNIT_WORDS) for k in range(i, position_start)):
            i -= 2  # 第三/m|公路/m|警察|大队|分队长: a unit named by its ordinal and its field, which the tagger took into the number
            organization_seen = True
            continue
        if token.tag_ in STOP_TAGS or text in CHAIN_MARKS or not text.strip() or text.isdigit() or _is_conjunction(token):
            break
        if text in PREPOSITIONS:
            break  # 会长一职|由/n|常务副会长某某: a one-character preposition, whatever the tagger calls it, is no word of a body
        if len(text) == 1 and token.tag_ in VERB_TAGS and word_tag(text).startswith("u"):
            break  # 邀|得/v|某大学副校长: a verb's particle the tagger calls a verb closes the clause before the title
        if token.tag_ == "f" and text != "前" and (len(text) == 1 or word_tag(text) not in ("f", "s")) \
                and not (len(text) >= 3 and _ORG_END.search(text)) \
                and not _place_cut_at_a_direction(doc, i - 1) and not (organization_seen and _initials_of_places(token)) \
                and not _place_taken_for_a_direction(doc, i - 1):
            break
        if i == position_start and len(text) == 2 and text in SUFFIXES and token.tag_ in VERB_TAGS and i >= 2 \
                and doc[i - 2].tag_ in ("LOC", "ns", "ORG", "nz", "n"):
            i -= 1  # 宗乡|总会/v|会长: a body's ending the tagger calls a verb, right before the post
            organization_seen = True
            continue
        if _is_verb(token) and not _verb_inside_name(doc, i - 1, organization_seen) and not _syllable_between_places(doc, i - 1):
            break
        if _verb_before_a_body(doc, i - 1):
            break
        organization_seen = organization_seen or token.tag_ == "ORG" or _ORG_END.search(text) is not None
        i -= 1
    if 0 < i < position_start and (doc[i - 1].tag_ == "m" or doc[i - 1].text.isdigit()) and _PERIOD_WORD.fullmatch(doc[i].text):
        i += 1  # 2025-2026|学年|学生会主席: the period the number counts is no part of the body's name
    i = _with_short_body_name(doc, i, position_start)
    i = _with_straddled_body(doc, i, position_start)
    i = _with_constituency_name(doc, i, position_start, people)
    i = _after_unopened_bracket(doc, i, position_start)
    while i < name.start and (doc[i].text in JOINERS or doc[i].text in "·—）)、"):
        i += 1
    if 0 < i < position_start and _verb_cut_from_the_title(doc, i):
        i -= 1
    i = _after_co_action_verb(doc, i, position_start)
    if 0 < i < position_start and doc[i - 1].text in _DEMONSTRATIVES and (len(doc[i].text) == 1 or doc[i].text in SUFFIXES):
        i -= 1  # 该|会|署理总会长, 我|会|会长, 该|公司|总经理: a body named by its kind alone is written with the word that points to it
    return i


_OUTSIDE_A_KIND_ALONE = ("w", "p", "c", "u", "d", "ad", "v", "vd", "m", "q", "TIME", "f", "xc")
"""Tags of a word the walk stopped at that can stand right before a kind of body written alone (据|公司董事长, 。|集团总裁):
no part of a name."""


def _named_body_opens(doc: Doc, i: int) -> bool:
    """Token i opens a body's own name (a proper name the tagger found, or a Latin word), not only a body's ending
    (残疾人|联合会, 企业家|协会, where the noun before is part of the body's name)."""
    token = doc[i]
    return (token.tag_ in ("ORG", "LOC", "PER", "nz", "ns", "nt") or _LATIN_WORD.fullmatch(token.text) is not None) \
        and _ORG_END.fullmatch(token.text) is None


def _person_role_noun_ends(doc: Doc, k: int) -> bool:
    """A noun for what a person does at an occasion ends at token k: a verb and 人 or 者 (捐款人, 赞助人, 主讲人, 获奖者; 捐款|人
    or 赞助/ORG|人 cut by the tagger) that is no position (负责人, 发言人, 创始人 are), or a winner's word (得主). A noun for a
    group of people (老年人, 残疾人) names no part: it may open a body's name (残疾人联合会)."""
    text = to_simplified(doc[k].text, by_phrase=False)
    if text in PERSON_ROLE_WORDS:
        return True
    if len(text) >= 3 and text.endswith(PERSON_ROLE_ENDINGS) and doc[k].tag_ != "PER":
        word, stem = text, text[:-1]
    elif text in PERSON_ROLE_ENDINGS and k >= 1 and not doc[k - 1].whitespace_:
        stem = to_simplified(doc[k - 1].text, by_phrase=False)
        word = stem + text
    else:
        return False
    return word not in POSITIONS and word_tag(stem[-2:]).startswith("v")


_ORGANISER_ROLE = regex_cache.compile("(?:" + alternation([w for w in LEADING_NOT_NAME if len(w) >= 3 and w.endswith(("单位", "方", "机构"))]) + ")$")
"""Role nouns of a body at an occasion (主办单位, 承办方, 协办机构), written before a post: no part of the title."""


def _organiser_role_noun_ends(doc: Doc, i: int) -> bool:
    """A role noun of a body at an occasion (主办单位, 承办方) ends right before token i and starts on a word's edge."""
    end = doc[i - 1].idx + len(doc[i - 1].text)
    found = _ORGANISER_ROLE.search(text_of(doc), max(0, end - 6), end)
    return found is not None and any(doc[j].idx == found.start() for j in range(max(0, i - 4), i))


def _acting_together(doc: Doc, k: int) -> bool:
    """Token k is a verb of acting together (联合) written before a named body: the clause's verb, not a prefix of the post
    (联合创始人, where it stands right before the position)."""
    return to_simplified(doc[k].text, by_phrase=False) in CO_ACTION_VERBS


_CONSTITUENCY_END = regex_cache.compile("(?:" + alternation(CONSTITUENCY_ENDINGS) + ")$")
_CONSTITUENCY_NAME_WIDTH = 7
_OUTSIDE_A_PLACE_NAME = {"w", "p", "u", "c", "r", "TIME"}


_POSITION_WORD = regex_cache.compile("(?:副)?(?:" + alternation(POSITIONS) + ")")


def _with_short_body_name(doc: Doc, i: int, position_start: int) -> int:
    """A title opening with the short name of a body, one character and 总 (中|总会长, 教/v|总/a|主席, 中/f|总/a|副会长),
    opening its clause: the walk stopped at the character, which is the body's name, so the title starts there. 总 must
    stand alone or before a whole post (总|会长, not 总理), and an adjective (新|总经理) is no name."""
    if not (0 < i == position_start or 0 < i < position_start and doc[i].text == "总"):
        return i
    first, before = doc[i], doc[i - 1]
    if not first.text.startswith("总") or not (first.text == "总" or _POSITION_WORD.fullmatch(first.text[1:])):
        return i
    if len(before.text) != 1 or not regex.fullmatch(r"\p{Han}", before.text) or before.tag_ in ("a", "d", "p", "u", "c", "r", "m", "q"):
        return i
    if before.text in TITLE_PREFIXES or before.text in _FORMER_PREFIXES:
        return i
    if i >= 2 and doc[i - 2].tag_ != "w" and doc[i - 2].text not in CHAIN_MARKS and doc[i - 2].text.strip() \
            and not (doc[i - 2].text in _PEOPLE_JOINERS and i >= 3 and doc[i - 3].tag_ == "PER") \
            and not (doc[i - 2].tag_ in ("p", "c") or doc[i - 2].text in PREPOSITIONS + _PEOPLE_JOINERS + ("了",)):
        return i  # 董总主席某某|和|教/v|总/a|主席某某: a conjunction after another person's name opens the clause's next title, as
        # a preposition (由|中|总|副会长), a conjunction (与|华|总|会长) or a verb's particle (接见了|教|总|副主席) opens its slot
    return i - 1


_PEOPLE_JOINERS = ("和", "与", "及", "以及", "同")


def _with_straddled_body(doc: Doc, i: int, position_start: int) -> int:
    """A title whose walk stopped at a verb, preposition or locative inside an organisation's name (行动|党国会议员: the tagger
    read 行动 as a verb; 荷兰|在|台办事处代表; 某中院|民二庭/f|庭长) starts with that name: no title opens in the middle of a
    body, nor right after one the walk would not cross. A body named again, whose words are those of a body found earlier
    that entities gave no span of its own here, counts as the one found."""
    if i == 0 or not (_is_verb(doc[i - 1]) or doc[i - 1].tag_ in ("p", "f")):
        return i
    found = min((org.start for org in doc.spans.get("orgs", []) if org.start < i <= org.end <= position_start
                 and not any(t.tag_ in ("PER", "w") for t in doc[org.start : i])), default=i)
    text = text_of(doc)
    named = {org.text for org in doc.spans.get("orgs", [])}
    for k in range(i - 1, max(-1, i - 6), -1):  # 大雅|国|中/f 总教练 named again: the body found at its first mention
        if doc[k].tag_ in ("PER", "w"):
            break
        if text[doc[k].idx : doc[i].idx] in named and len(text[doc[k].idx : doc[i].idx]) >= 3:
            found = min(found, k)
    return found


def _with_constituency_name(doc: Doc, i: int, position_start: int, people: frozenset) -> int:
    """Where a title that holds a constituency starts (惹兰/PER|勿/d|刹集/v|选区 议员, 阿裕尼/PER|集|选区 议员): the walk
    stops inside the place's transliterated name, whose words the tagger calls names, numbers or verbs, so the title
    takes every word of the name back to a mark or a function word, up to a few characters; a chain mark (部长|兼/v|义顺集选区
    议员) is no word of the name."""
    if i > position_start:
        return i
    text = text_of(doc)
    at = doc[position_start].idx
    ending = _CONSTITUENCY_END.search(text, max(0, doc[i].idx - 3), at + (text[at : at + 1] in "区县州"))  # 集选|区议员
    if ending is None or ending.end() <= doc[i].idx:
        return i
    k = i
    while k > 0 and doc[k].idx > ending.start():
        k -= 1  # the word that holds the ending's first character (刹集)
    start = k
    while k > 0:
        token = doc[k - 1]
        if token.tag_ in _OUTSIDE_A_PLACE_NAME or token.text in CHAIN_MARKS or k - 1 in people or token.whitespace_ \
                or not regex.fullmatch(r"\p{Han}+", token.text) \
                or ending.start() - token.idx > _CONSTITUENCY_NAME_WIDTH or _POSITION_END.search(token.text):
            break
        k -= 1
        start = k
    return min(i, start)


def _after_unopened_bracket(doc: Doc, i: int, end: int) -> int:
    """A title starts after a closing bracket it does not open (（某地10日讯）|首相): the bracket closes a dateline or an
    aside before the title; a bracket the title opens and closes (国际低碳(镇江)大会) is part of its body's name."""
    depth, start = 0, i
    for k in range(i, end):
        if doc[k].text in "（(":
            depth += 1
        elif doc[k].text in "）)":
            if depth == 0:
                start = k + 1
            else:
                depth -= 1
    return start


_CO_ACTION_OPENING = regex_cache.compile("(?:" + "|".join(v for v in CO_ACTION_VERBS if v not in CO_ACTION_NAME_OPENERS) + ")")
"""Verbs of acting together with someone (并联同|某大学副校长某某颁奖): the clause's verb, which the walk over one-character
verbs took into the body's name; those that open names too (联合国, 协同创新中心) stay."""


def _after_co_action_verb(doc: Doc, i: int, position_start: int) -> int:
    """Where the title starts after a verb of acting together inside the walk (并|联|同|某大学副校长, 市长|会同|市公安局局长):
    after the last one that starts and ends on word edges and is followed by no level word of a place it names (会同县,
    `_PLACE_LEVELS`)."""
    if i >= position_start:
        return i
    text = text_of(doc)
    starts = {doc[j].idx: j for j in range(i, position_start + 1)}  # 联|同|助理台长: the verb may end where the post starts
    found = i
    for verb in _CO_ACTION_OPENING.finditer(text, doc[i].idx, doc[position_start].idx):
        if verb.start() in starts and verb.end() in starts and text[verb.end()] not in _PLACE_LEVELS:
            found = starts[verb.end()]
    return found


def _verb_cut_from_the_title(doc: Doc, i: int) -> bool:
    """The title's first word is one character the tagger cut from the word before it (涉/v|事/n 公司负责人: 涉事 is one
    word in the dictionary): a title starts at a word's start, so the modifier is written with it as 涉案企业 is. A chain
    mark (部长|兼|义顺集选区议员) is no such word: the title after it starts after it."""
    before, first = doc[i - 1], doc[i]
    return before.tag_ in VERB_TAGS and len(first.text) == 1 and not before.whitespace_ and before.text not in CHAIN_MARKS \
        and word_tag(before.text + first.text).startswith("v")


def _conjunctions_in_a_row(doc: Doc, k: int) -> bool:
    """A one-character conjunction next to another with no space (和|而): two conjunctions in a row join nothing, so
    both are characters of a name (a company's, 某地和而美电子)."""
    def single(j: int) -> bool:
        return 0 <= j < len(doc) and len(doc[j].text) == 1 and _is_conjunction(doc[j])

    if not single(k) or doc[k].whitespace_:
        return False
    return single(k + 1) or single(k - 1) and not doc[k - 1].whitespace_


_DESCRIPTION_WORD_TAGS = ("LOC", "n", "nz", "a", "ORG")


def _description_after_a_chain(doc: Doc, end: int, people: frozenset) -> Optional[int]:
    """A description written right before a name as the last part of a chain of titles (某协会会长、某国籍水利专家|某某):
    the titles before the 、 are the person's. Returns where the description starts (after the 、), or None. The
    description is a few nouns or places ending with a noun for people (专家, 学者), with no verb, mark or name in it."""
    if end == 0 or doc[end - 1].text not in DESCRIPTIONS:
        return None
    k = end - 1
    while k > 0 and end - k < 6 and doc[k - 1].tag_ in _DESCRIPTION_WORD_TAGS and k - 1 not in people:
        k -= 1
    if k < 3 or doc[k - 1].text != "、" or not _POSITION_END.search(doc[k - 2].text):
        return None
    body = doc[k - 3]  # 某协会|会长、, 评审团/n|召集人、: the title names its body; a bare position there (嘉宾有|市长、专家某某)
    # is another guest
    named = body.tag_ in ("ORG", "LOC", "nt", "ns") or _ORG_END.search(body.text) is not None \
        or body.tag_ in ("n", "nz") and k - 3 not in people and body.text not in DESCRIPTIONS and body.text not in PEOPLE_NOUNS
    return k if named else None


def _department_ending_before(doc: Doc, position_start: int) -> bool:
    """A one-character body ending written right before a position that opens with it (统计|司|司长, 总务|处|副处长): the
    words before it are the department's own name, which may be verbs (综合统计司, 应对气候变化司)."""
    return _shared_ending_before(doc, position_start, _SHARED_ENDING)


def _ending_cut_from_its_head(doc: Doc, position_start: int) -> bool:
    """A position the tagger cut into a department's one-character ending and 长 (主计|处|长, 人事|处|长): the ending closes
    the department's name written before it, which may be a verb (主计, 统计), as in a department named whole."""
    if position_start + 1 >= len(doc) or position_start == 0:
        return False
    ending, head = doc[position_start], doc[position_start + 1]
    return len(ending.text) == 1 and ending.text in "处局部厅司署" and head.text == "长" and not ending.whitespace_ \
        and not doc[position_start - 1].whitespace_


def _unit_before(doc: Doc, position_start: int) -> bool:
    """A one-character unit of place written right before its head's position (大安|里|里长, 某|村|村长): the word before
    it is the unit's proper name."""
    return _shared_ending_before(doc, position_start, _UNIT_THEN_HEAD)


def _shared_ending_before(doc: Doc, position_start: int, pattern) -> bool:
    if position_start < 2:
        return False
    body = doc[position_start - 1].text
    shared = pattern.match(text_of(doc), doc[position_start].idx)  # not doc[i:].text: a copy of the rest of the Doc
    return len(body) == 1 and shared is not None and shared.group(1) == body


_UNIT_THEN_HEAD = regex_cache.compile(r"(?:副|代)?([里村乡镇区县])长")
_COUNT = regex_cache.compile(r"[0-9一二两三四五六七八九十百几多各每]+[个名位家座]?")


def _unit_proper_name(token) -> bool:
    """A word of one to three Han characters with no space after it that is no count (两个|村|村长), pronoun or function
    word: the proper name of the unit after it."""
    return regex.fullmatch(r"\p{Han}{1,3}", token.text) is not None and not token.whitespace_ \
        and token.tag_ not in ("w", "p", "u", "r", "d", "c", "TIME", "v") and not _COUNT.fullmatch(token.text)


def _verb_before_a_body(doc: Doc, k: int) -> bool:
    """A word the tagger calls a verb written before a body or place it found whole (总理|会见/v|外交部/ORG 部长,
    会见/v|日本/LOC 驻港总领事): the verb frames the title, whatever the dictionary calls the word (会见 is a noun to
    jieba); a verb inside a body's name is part of the body the tagger found."""
    token = doc[k]
    return token.tag_ in VERB_TAGS and len(token.text) >= 2 and k + 1 < len(doc) and doc[k + 1].tag_ in ("ORG", "LOC") \
        and _ORG_END.search(token.text) is None and not token.whitespace_


def _syllable_between_places(doc: Doc, k: int) -> bool:
    """A one-character 'verb' written between a country or region and a place or body with no space (巴基斯坦|开|伯尔省,
    俄罗斯|开|麦罗沃州): the first syllable of a transliterated place name, which no verb stands between. The word after
    it may be one the tagger took for a name (开|伯尔/PER 省), or the level word the place's name ends with, cut from it
    (冈山县|仓/LOC|敷/v|市 市长): the walk only reaches the verb over a 'name' that is no one."""
    if len(doc[k].text) != 1 or k == 0 or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    return before.tag_ == "LOC" and (after.tag_ in ("LOC", "ORG", "PER") or after.text in _PLACE_LEVELS) \
        and not before.whitespace_ and not doc[k].whitespace_


_PLACE_LEVELS = ("市", "县", "州", "省", "郡")
"""One-character level words a place's name ends with, when the tagger cuts them from it (仓|敷|市)."""


def _verb_cut_in_two(text: str, token) -> bool:
    """A one-character word that opens a verb with the character after it (总会长|号/n|召/v 下: 号召): the verb goes on the
    clause, so the position before it ends there."""
    return len(token.text) == 1 and word_tag(text[token.idx : token.idx + 2]).startswith("v")


def _character_cut_from_a_name_word(doc: Doc, k: int) -> bool:
    """A one-character adverb or direction that the dictionary writes as one word of three characters or more with the
    word before or after it, a place or a body (东京|都: 东京都; 下|议院: 下议院): the tagger cut a name, not a clause."""
    token = doc[k]
    if len(token.text) != 1 or token.tag_ not in ("d", "f"):
        return False
    words = []
    if k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].tag_ != "w":
        words.append(doc[k - 1].text + token.text)
    if k + 1 < len(doc) and not token.whitespace_ and doc[k + 1].tag_ != "w":
        words.append(token.text + doc[k + 1].text)
    return any(len(w) >= 3 and word_tag(w) in ("ns", "nt", "n") for w in words)


def _place_cut_at_a_direction(doc: Doc, k: int) -> bool:
    """A direction the tagger cut from the place it ends (竹/LOC|北/f 市长), or one opening the region of a place it
    names (新界/LOC|南总区/f|重案组 督察): 东/南/西/北, alone or with a region word, right after a word tagged as a place,
    with no space or mark between them."""
    word = doc[k].text if k > 0 else ""
    return k > 0 and word[:1] in ("东", "南", "西", "北") and word[1:] in ("", "区", "总区", "区域", "部") \
        and (doc[k - 1].tag_ == "LOC" or doc[k - 1].text in KNOWN_PLACES) and not doc[k - 1].whitespace_


_RANK_MARK = "衔"
"""The mark of a rank held with a post (公使衔参赞, 大使衔代表): the rank's post is part of the title."""
_DATELINE_ENDS = ("讯", "电", "日讯", "日电")
"""The word a dateline in brackets ends with (（新加坡讯）): the bracket closes a dateline, never a part of a body's name."""


def _dated_bracket(doc: Doc, close: int) -> bool:
    """A closing bracket whose words hold a time or a number (（某地3日讯）, （45岁）), or that closes on the news-flash word
    (（香港讯）, （中央社电）): a dateline or a note, never part of a body's name; looks back a few words for the opening
    bracket."""
    if close > 0 and doc[close - 1].text in _DATELINE_ENDS:
        return True
    for j in range(close - 1, max(-1, close - 9), -1):
        if doc[j].text in ("（", "("):
            return False
        if doc[j].tag_ in ("TIME", "m"):
            return True
    return False


def _place_taken_for_a_direction(doc: Doc, k: int) -> bool:
    """A place's name the tagger calls a direction (东/f|九龙/f 总区): a word of two or more characters that the
    dictionary calls a place or proper noun (九龙), or a one-character direction written right before such a word with
    no space (东|九龙): the direction opens the place's name."""
    def place(j: int) -> bool:
        return doc[j].tag_ in ("f", "LOC") and len(doc[j].text) >= 2 and word_tag(doc[j].text) in ("ns", "nz")

    if place(k):
        return True
    return doc[k].text in ("东", "南", "西", "北") and k + 1 < len(doc) and place(k + 1) and not doc[k].whitespace_


def _name_part_before(doc: Doc, k: int) -> bool:
    """A word the tagger took for a name written with no space before a noun or another such word of the title (嫦娥/PER|
    工程 首席科学家, 武吉/PER|阿曼/PER|肃/PER|毒组 总监): a project's or body's proper name, as no person's name runs on
    into the noun of a title."""
    return not doc[k].whitespace_ and doc[k + 1].tag_ in ("n", "nz", "PER") and doc[k + 1].text not in DESCRIPTIONS


def _initials_of_places(token) -> bool:
    """A word of place initials that opens a body's name (中葡|论坛, 中非|合作论坛) which the tagger calls a direction
    because it starts with 中: two or three characters that the dictionary calls a noun or place, or does not know."""
    return 2 <= len(token.text) <= 3 and word_tag(token.text) in ("n", "ns", "nz", "nt", "j", "")


_EDITION = regex_cache.compile(r"第[0-9一二三四五六七八九十百]{1,4}[届任次]")
"""An edition inside a title (全国工商联第九届副主席)."""
_ORDINAL = regex_cache.compile(r"第[0-9一二三四五六七八九十百]{1,4}")
_ABBREVIATION_RUN = regex_cache.compile("[" + "".join(sorted(PLACE_ABBREVIATIONS)) + "]{3,6}(?=分?$)")
"""Three or more places' one-character abbreviations written right before a branch's post (桃竹苗分署长, 云嘉南分署长): the
region the branch serves."""
_GRADE = regex_cache.compile(r"[一二三四五六七八九]级")
"""A civil service or police grade written before its post (一级巡视员, 二级调研员, 三级警长)."""
_NUMBERED_UNIT = regex_cache.compile(r"第?[一二三四五六七八九十0-9]{1,3}(?:厂|处|科|队|所|院|庭|组|股|课|室|大队|中队|支队)")
_UNIT_CHARACTERS = ("处", "科", "组", "股", "课", "室", "庭", "队")
_UNIT_WORDS = ("大队", "中队", "支队")
"""The units of a body written before a post, by an ordinal (第十|庭) or by a name the post repeats (自然|处|处长)."""
"""A unit named by its number alone, which the tagger calls a number (二厂|厂长, 三处|处长)."""


_PUNISHING = regex_cache.compile(r"[判查惩论究]处$")


def _appointment_verb_ends(doc: Doc, k: int) -> bool:
    """A verb of appointment or election ends at token k (委任, 重/v|选/v cut in two by the tagger), before no body's
    ending (选举|委员会 is a body's name)."""
    if k + 1 < len(doc) and (_ORG_END.fullmatch(doc[k + 1].text) or doc[k].text + doc[k + 1].text in APPOINTED_POSTS):
        return False  # 委任|议员: a post named by how it is held
    text = doc[k].text
    if text in APPOINTMENT_VERBS or k >= 1 and not doc[k - 1].whitespace_ and doc[k - 1].text + text in APPOINTMENT_VERBS:
        return True
    end = doc[k].idx + len(text)  # 监/v|誓/ORG|人/ORG, 监誓/vn|人/n: the verb or the part at the oath however the tagger cut it
    word = _APPOINTING_END.search(text_of(doc), max(0, end - 6), end)
    return word is not None and doc.char_span(word.start(), end) is not None


_APPOINTING_END = regex_cache.compile("(?:" + alternation(APPOINTMENT_VERBS + OATH_ROLES) + ")$")
"""A verb of appointing (布达, 接任) or a part at an oath (监誓人) ending where a title's walk stands, starting on a word's edge."""


def _is_verb(token) -> bool:
    """A verb by the tagger and by jieba's dictionary, and no organisation's short name (联办); verbs of punishing end
    like an office and are verbs all the same (依条例|判处|前总干事某某)."""
    if token.tag_ not in VERB_TAGS or _ORG_END.search(token.text) and not _PUNISHING.search(token.text):
        return False
    return word_tag(token.text, "v").startswith("v")


def _verb_inside_name(doc: Doc, k: int, organization_seen: bool) -> bool:
    """A verb inside an organisation's name (国家应对气候变化…中心): an organisation ending follows it, a content word
    precedes it, and no place, organisation or person follows it (还有上海世博会…, 宣判广东省… frame a title)."""
    if not organization_seen or k == 0 or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    if after.text in _FORMER_PREFIXES:
        return False  # 基金会|邀请|前|保安局局长: a former post opens after the verb, no name holds 前 on its own
    if after.tag_ in ("LOC", "ORG", "PER") or before.tag_ in STOP_TAGS or before.text in CHAIN_MARKS or _is_verb(before):
        return False
    return before.tag_ != "f" and not _is_conjunction(before)


def _is_conjunction(token) -> bool:
    """A conjunction by the tagger and by jieba's dictionary (the tagger calls some nouns of names c)."""
    return token.tag_ == "c" and word_tag(token.text, "c") == "c"


def _inside_organization_list(doc: Doc, comma: int) -> bool:
    """A 、 between plain nouns (文化、体育、旅游; 投资/v、贸易: a verbal noun the tagger calls a verb) inside an organisation's
    name, not between two titles or names, nor before a name that starts with a place or body (国脚、|东湖队主教练: a
    description, then a title), nor after a description or before a former or deputy title (丈夫、|前议员)."""
    before = doc[comma - 1] if comma >= 1 else None
    after = doc[comma + 1] if comma + 1 < len(doc) else None
    return (
        after is not None and after.tag_ not in ("LOC", "ORG", "PER", "ns", "nt", "nr") and after.text not in TITLE_PREFIXES
        and before is not None and before.text not in DESCRIPTIONS and (before.tag_ in ("n", "vn", "nz") or before.tag_ == "v" and word_tag(before.text) == "vn")
        and not _POSITION_END.search(before.text) and not _POSITION_END.search(doc[max(0, comma - 3) : comma].text)
        and not _ORG_END.search(before.text) and len(before.text) <= 4
    )


def _heads_a_list(doc: Doc, mention: Span, person_starts: set[int]) -> bool:
    """A title before two or more names is a heading that gives no one a title: the next name follows the first with
    only a list mark (市领导A、B、C), a listing conjunction (议员A及B) or a space (议员 A B) between."""
    if mention.end >= len(doc):
        return False
    if doc[mention.end - 1].whitespace_ and mention.end in person_starts:
        return True
    mark = doc[mention.end].text
    return mention.end + 1 < len(doc) and (mark == "、" or mark in LIST_JOINERS) and mention.end + 1 in person_starts \
        and not _own_title_in_brackets(doc, mention.end + 1)


_NAME_THEN_BRACKET = regex_cache.compile(r"[^\s\p{P}]{2,6}?[（(](?P<title>[^（()）\n]{2,30})[）)]")


def _own_title_in_brackets(doc: Doc, start: int) -> bool:
    """The next name of a list carries its own title in brackets (院长甲、乙（某所副所长）): the title before the first name
    is his own, not a heading over both."""
    m = _NAME_THEN_BRACKET.match(text_of(doc), doc[start].idx)
    return m is not None and _POSITION_END.search(m.group("title")) is not None


_LATIN_ADDRESS_BEFORE = regex_cache.compile(r"(?<!\p{Latin})(?:Dr|Mr|Mrs|Ms|Mdm|Madam|Miss|Prof|Professor)\.? ?$")
"""A Latin form of address between a title and a name (国会议长Mdm Halimah Yacob): the title ends before it, as before a style."""


_PORTFOLIO = regex_cache.compile(r"[（(](?P<portfolio>[\p{Han}、及与和]{2,12})[）)]$")
_NO_PORTFOLIO_TAGS = {"d", "m", "q", "TIME", "PER", "r", "p", "u"}
_PICTURE_PLACE = regex_cache.compile(r"[左右中前后][一二三四五六七八九]?|前排|后排")


def _before_portfolio(doc: Doc, end: int) -> int:
    """The token index before a portfolio in brackets written after a post and before the name (助理处长（行动）某某,
    总行政经理（质素及安全）某某): the position ends there, and the bracket is part of the title. A place in a picture
    (（右二）) or a remark (（已离任）) is no portfolio."""
    if end < 3 or doc[end - 1].text not in ("）", ")"):
        return end
    for k in range(end - 2, max(0, end - 8), -1):
        if doc[k].text in ("（", "("):
            text = text_of(doc)
            bracket = _PORTFOLIO.search(text, doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text))
            if bracket is None or bracket.start() != doc[k].idx or _PICTURE_PLACE.fullmatch(bracket.group("portfolio")) \
                    or not _POSITION_END.search(text, max(0, doc[k].idx - 12), doc[k].idx) \
                    or any(t.tag_ in _NO_PORTFOLIO_TAGS for t in doc[k + 1 : end - 1]):
                return end  # an adverb, number, time, pronoun or name in the bracket makes it a remark (（已离任）)
            return k
    return end


_ORG_ENDING = regex_cache.compile("(?:" + alternation([s for s in SUFFIXES if len(s) >= 2 and regex.fullmatch(r"\p{Han}+", s)]) + ")")


def _ending_across(doc: Doc, k: int) -> bool:
    """An organisation ending that starts in token k and ends in the token after it (培南华/PER|小: 华小): the token is the
    first part of a body's name, whatever the tagger calls it."""
    if k + 1 >= len(doc):
        return False
    token, after = doc[k], doc[k + 1]
    joined = token.text + after.text
    return any(m.start() < len(token.text) < m.end() for m in _ORG_ENDING.finditer(joined, max(0, len(token.text) - 3), overlapped=True))


def _before_style(doc: Doc, i: int) -> int:
    """The token index before an honorific style written before a name (部长拿督李四, or 会长、拿督李四 with a 、 between the
    title and the style): the title ends there."""
    text = text_of(doc)
    end = doc[i].idx if i < len(doc) else len(text)
    style = _STYLE_BEFORE.search(text, max(0, end - 12), end) or _LATIN_ADDRESS_BEFORE.search(text, max(0, end - 12), end)
    if style is None:
        return i
    span = doc.char_span(style.start(), style.end(), alignment_mode="expand")
    if span is None:
        return i
    if span.start < i and _STYLE_BEFORE.search(text, max(0, doc[span.start].idx - 12), doc[span.start].idx):
        return _before_style(doc, span.start)  # 议长|丹斯里|拿督|某某: styles stack (敦、丹斯里、拿督斯里、拿督), the title ends before all
    if span.start >= 2 and doc[span.start - 1].text == "、" and _POSITION_END.search(text, max(0, doc[span.start - 1].idx - 12), doc[span.start - 1].idx):
        return span.start - 1
    return span.start


def _title(doc: Doc, start: int, end: int, person: str, source_text: str) -> Optional[Span]:
    """A title span over tokens [start, end) if the words end with a position; a word for the body's role in the
    matter written before its name (合作方, 运营商) is left out, as it is of the organisation."""
    if start >= end:
        return None
    pointed = _after_pointed_body(doc, start, end)
    if pointed > start:  # 该公司|创办人, 本会|主席, 该校|校长: written with the pointer; the body it points to is no name
        after = _title(doc, pointed, end, person, source_text)
        if after is None:
            return None
        title = Span(doc, start, end, label="TITLE")
        title._.attrs = {**after._.attrs, "organization_start": after.start_char, "pointer": doc[start:pointed].text}
        return title
    span = doc[start:end]
    portfolio = _PORTFOLIO.search(span.text)  # 助理处长（行动）: the post ends before its portfolio
    m = _POSITION_END.search(span.text, 0, portfolio.start() if portfolio else len(span.text))
    if not m or span.text.endswith(PROMOTIONAL_ROLES):  # 台湾馆形象大使: a description
        return None
    prefix = span.text[: m.start()]
    role = list(ROLE_NOUN.finditer(prefix))
    if role and len(prefix) - role[-1].end() >= 2:  # 合作方|某某公司总经理, 运营商|某购物中心董事长: the body's role is no part of it
        cut = doc.char_span(span.start_char + role[-1].end(), span.end_char)
        if cut is not None:
            return _title(doc, cut.start, end, person, source_text)
    if prefix and len(span.text) - len(prefix) > 2 and span.text[len(prefix)] in "区县州" and word_tag(prefix[-1] + span.text[len(prefix)]):
        prefix += span.text[len(prefix)]  # 宏茂桥集选区|议员, not 集选|区议员: the level word ends a word of the body's name
    organization = prefix or None
    span = Span(doc, start, end, label="TITLE")
    span._.attrs = {"person": person, "organization": organization, "position": source_text[span.start_char + len(prefix) : span.end_char]}
    return span


_POINTED_BODIES = frozenset("会校院局所行署厅部处司委办市县区镇乡村省州厂店社团队馆站组科室")
"""Bodies named by one character of their kind, after a word that points back to them (该校, 本会, 我院, 该局, 该市); not
国, a country (我国驻某国大使 names the country, as 中国驻某国大使 does)."""


def _after_pointed_body(doc: Doc, start: int, end: int) -> int:
    """Where a title goes on after a demonstrative and the body it points back to, named by its kind alone (该|公司, 本会,
    我|院, 该校; not 本溪市, 日本, a place or a name that opens with the character), or after such a kind written alone at
    the title's start (公司|董事长, 集团|总裁): the token after them, or `start`."""
    first = doc[start].text
    if first in _DEMONSTRATIVES and start + 2 < end and (doc[start + 1].text in _POINTED_BODIES or doc[start + 1].text in SUFFIXES) \
            and not doc[start].whitespace_:
        return start + 2
    if len(first) >= 2 and first[0] in _DEMONSTRATIVES and start + 1 < end and (first[1:] in _POINTED_BODIES or first[1:] in SUFFIXES):
        return start + 1
    if first in KINDS_ALONE_BEFORE_POSTS and start + 1 < end and (start == 0 or doc[start - 1].tag_ in _OUTSIDE_A_KIND_ALONE
                                                                  or not doc[start - 1].text.strip()):
        return start + 1  # 公司|董事长兼总经理某某, 集团|总裁某某: a kind of body alone, with no name, names no organisation; the
    return start  # title is written with it, as with a pointer, and read as the post after it


AFTER_CHAIN_MARKS = ("兼", "暨")
"""Marks between two titles written after a name (某某董事长兼总经理); a 、 there more often lists the next person."""


def _title_after(doc: Doc, at: int) -> Optional[regex.Match]:
    """A position written at offset `at`, after a name, that ends there: no noun, body, place or name follows it
    (某某主任|医师 is one position, 某某主任|李四 is another person's title), and a position that is also a verb (代表)
    is followed by what ends a title."""
    text = text_of(doc)
    after = _POSITION_START.match(text, at, min(len(text), at + 12))
    if after is None:
        return None
    following = doc.char_span(after.end(), after.end() + 1, alignment_mode="expand")
    if following is not None and following[0].tag_ in ("n", "nz", "ORG", "LOC", "PER", "vn") \
            and not _verb_cut_in_two(text, following[0]) and not text.startswith(TEAM_NOUNS, after.end()) \
            and not (following[0].text in VERB_LIKE_POSITIONS and _agent_of_by(doc, text, at)):
        return None  # 被告由某某律师|代表: the agent of 由 does what the word after the position says, whatever its tag
    if after.group().endswith(VERB_LIKE_POSITIONS) and not _AFTER_TITLE_END.match(text, after.end()):
        return None
    if after.group().endswith("代表") and text.startswith(ACTS_ON_BEHALF, after.end()):
        return None  # 毕业生某某|代表|致词: the verb 'on behalf of' before what is done, no title
    if after.group().endswith(VERB_LIKE_POSITIONS) and _agent_of_by(doc, text, at):
        return None  # 控方由某某|代表: the agent of 由 does what the word says, the word is the clause's verb
    return after


def _agent_of_by(doc: Doc, text: str, at: int) -> bool:
    """Whether the name ending at `at` is written after the preposition 由 in its clause (控方由某某, not 自由党某某)."""
    by = _BY_BEFORE.search(text, max(0, at - 21), at)
    token = doc.char_span(by.start(), by.start() + 1) if by is not None else None
    return token is not None and len(token) == 1 and token[0].tag_ == "p"


_APART_OPENERS = {"（": "）", "(": ")", "，": "，"}
_CLAUSE_BREAKS = set("。；！？\n，：")
_APART_WIDTH = 16
"""How many words an apposition or a bracket after a name may hold: a title, not a clause."""


def _title_written_apart(doc: Doc, mention: Span, people: frozenset, person: str, source: str) -> list[Span]:
    """A title written right after a name in brackets (某某（某大学教授）) or as an apposition between commas at the start
    of a clause (某某，某公司总经理，表示): every word between the marks is the title, ending with a position; a bracket or
    apposition that holds anything else (an age, an alias, another person, a clause) gives none. A chain inside the
    marks (某某（某院院士、某大学教授）) gives each title."""
    if mention.end + 2 >= len(doc):
        return []
    closer = _APART_OPENERS.get(doc[mention.end].text)
    if closer is None:
        return []
    if closer == "，" and mention.start > 0 and doc[mention.start - 1].text not in _CLAUSE_BREAKS:
        return []  # 据某某，…: an apposition follows a name that opens its clause
    first = _after_sex_and_age(doc, mention.end + 1) if closer != "，" else mention.end + 1
    k = first
    while k < len(doc) and k - mention.end <= _APART_WIDTH + first - mention.end - 1 and doc[k].text != closer:
        if k in people or doc[k].text in _CLAUSE_BREAKS:
            return []
        k += 1
    if k >= len(doc) or doc[k].text != closer or k == first:
        return []
    found: list[Span] = []
    end = k
    while True:
        start = _title_start(doc, doc[end:end], people)
        if start < first and closer != "，":  # the walk steps over brackets inside a title (某（集团）公司): not this one
            start = first
        title = _title(doc, start, end, person, source) if start < end else None
        if title is None:
            return []
        found.insert(0, title)
        if start == first:
            return found
        if start < first + 2 or doc[start - 1].text not in CHAIN_MARKS:
            return []
        end = start - 1  # 某某（某院院士、某大学教授）: a chain inside the marks


_SEX_OR_AGE = regex_cache.compile(r"[男女]|[0-9０-９一二三四五六七八九十]{1,3}[岁歲]")


def _after_sex_and_age(doc: Doc, k: int) -> int:
    """Where a bracket after a name goes on after the person's sex and age (某某（女，45岁，某公司总经理）): those are
    no title, the post after them is."""
    while True:
        comma = next((c for c in range(k + 1, min(k + 4, len(doc))) if doc[c].text in ("，", "、", ",")), None)
        if comma is None or not _SEX_OR_AGE.fullmatch(doc[k:comma].text.replace(" ", "")):
            return k
        k = comma + 1


_PERSON_MORPHEMES = "人者家员师生手民工"
"""Last characters of nouns for people (商人, 学者, 作家, 职员): such a noun before a 、 describes the person."""


def _nouns_listed_before_a_body(doc: Doc, mark: int, title: Span) -> Optional[int]:
    """Where a body's name starts when it lists nouns before the title's (文化、|社区及青年部长): plain nouns joined by 、
    that open their clause, before a title whose body the walk found with no ending of its own. Returns None for
    anything else, such as a description, a role (参展商、) or a bare post before the 、 (记者、主持人)."""
    organization = (title._.attrs or {}).get("organization")
    if not organization or _ORG_END.search(organization) or not _inside_organization_list(doc, mark):
        return None
    k = mark
    while k >= 1 and doc[k - 1].tag_ in ("n", "nz", "vn") and doc[k - 1].text not in DESCRIPTIONS and not ROLE_NOUN.fullmatch(doc[k - 1].text) \
            and doc[k - 1].text not in PEOPLE_NOUNS and not _POSITION_END.search(doc[k - 1].text) and doc[k - 1].text[-1] not in _PERSON_MORPHEMES \
            and doc[k - 1].text not in GUEST_ROLES:
        k -= 1
        if k >= 2 and doc[k - 1].text == "、" and _inside_organization_list(doc, k - 1):
            k -= 1
    if k == mark or mark - k > 5:
        return None
    if k >= 1 and (doc[k - 1].text in TITLE_PREFIXES or doc[k - 1].text in POST_PREFIX_WORDS):
        k -= 1  # 署理|文化、社区及青年部长: a prefix of the post opens the title before the body's nouns
    opens = k == 0 or doc[k - 1].tag_ in STOP_TAGS or not doc[k - 1].text.strip() or doc[k - 1].text in CHAIN_MARKS \
        or doc[k - 1].text in GUEST_ROLES  # 主宾|文化、社区及青年部长: the person's part at the event, then the title
    return k if opens and doc[k].text != "、" else None


_NAME_JOINERS = ("及", "与", "和")


def _body_sharing_a_post(doc: Doc, mark: int) -> Optional[int]:
    """A body's name with no position, then 兼 or 暨 (交通部|兼|财政部政务部长, 人力|部|兼|…), opening its clause: the two
    bodies share the post after them. Returns where the first body's name starts, or None."""
    if mark < 1 or doc[mark].text not in AFTER_CHAIN_MARKS:
        return None
    start = mark - 1
    while start >= 1 and mark - start < 3 and doc[start - 1].tag_ in ("n", "nz", "ORG", "LOC") \
            and not _POSITION_END.search(doc[start - 1].text) and not _ORG_END.search(doc[start - 1].text):
        start -= 1  # 人力|部: the tagger cut the body's name before its ending
    if start >= 3 and doc[start - 1].text in _NAME_JOINERS and doc[start - 2].tag_ in ("n", "vn", "nz"):
        k = start - 2  # 数码|发展|及|新闻部|兼|卫生部政务部长: nouns joined by 及 in the first body's own name
        while k >= 1 and start - k < 3 and doc[k - 1].tag_ in ("n", "vn", "nz") and not _POSITION_END.search(doc[k - 1].text) \
                and not _ORG_END.search(doc[k - 1].text):
            k -= 1
        start = k
    body = doc[start:mark]
    opens = start == 0 or doc[start - 1].tag_ in STOP_TAGS or doc[start - 1].text in CHAIN_MARKS or not doc[start - 1].text.strip() \
        or doc[start - 1].text in GUEST_ROLES  # 主宾|交通部兼财政部政务部长
    named = doc[mark - 1].tag_ == "ORG" or _ORG_END.search(doc[mark - 1].text) is not None
    return start if opens and named and not _POSITION_END.search(body.text) else None


def _chain_mark_before(doc: Doc, j: int) -> Optional[int]:
    """The chain mark right before token `j` (、, ，, 兼, 暨), or a 、 before a line break there (某省委常委、|\n|宣传部部长某某:
    a line that ends in a 、 goes on in the next), or None."""
    if doc[j - 1].text in CHAIN_MARKS:
        return j - 1
    if j >= 3 and not doc[j - 1].text.strip() and "\n" in doc[j - 1].text and doc[j - 2].text == "、":
        return j - 2
    return None


class TitleComponent:
    """Links every person mention to the titles written next to it."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        titles: list[Span] = []
        roles: list[Span] = []
        source = doc._.source_text or text_of(doc)
        people = list(doc.spans.get("people", []))
        sentences = _Sentences(text_of(doc))
        person_tokens = frozenset(i for p in people for i in range(p.start, p.end))
        person_starts = {p.start for p in people}
        for mention in people:
            person = mention.text
            start = _title_start(doc, mention, person_tokens)
            found = []
            title = _title(doc, start, _before_style(doc, mention.start), person, source)
            if title is not None and _heads_a_list(doc, mention, person_starts):
                title = None
            chain_from = None
            if title is not None:
                found.append(title)
                chain_from = start
            elif not _heads_a_list(doc, mention, person_starts):
                chain_from = _description_after_a_chain(doc, mention.start, person_tokens)
            if chain_from is not None:
                j = chain_from
                while j >= 2 and (mark := _chain_mark_before(doc, j)) is not None:
                    chained_start = _title_start(doc, doc[mark:mark], person_tokens)
                    if chained_start > 0 and chained_start - 1 in person_tokens:
                        break  # a title written after the person before it (张清河教授、…)
                    if chained_start > 1 and doc[chained_start - 1].text in JOINERS and chained_start - 2 in person_tokens:
                        break  # 秘书长某某及|全体理事，…: the part is listed with the person before it
                    if doc[mark].text == "，" and chained_start > 0 and doc[chained_start - 1].tag_ != "w" \
                            and doc[chained_start - 1].text.strip() and not _STYLE_BEFORE.search(doc[chained_start - 1].text):
                        break  # 及各|属/v|会代表，…: a part across a comma is a title only when it opens its clause
                    chained = _title(doc, chained_start, mark, person, source)
                    if chained is None and found and (shared := _body_sharing_a_post(doc, mark)) is not None:
                        chained_start = shared
                        merged = _title(doc, chained_start, found[0].end, person, source)
                        if merged is not None:  # 交通部兼财政部政务部长: one post in two bodies, one title
                            found[0] = merged
                            j = chained_start
                            continue
                    if chained is None and found and (listed := _nouns_listed_before_a_body(doc, mark, found[0])) is not None:
                        merged = _title(doc, listed, found[0].end, person, source)
                        if merged is not None:  # 文化、社区及青年部长: nouns listed in one body's name, one title
                            found[0] = merged
                            j = listed
                            continue
                    if chained is None or to_simplified(chained.text, by_phrase=False) in FIRM_STAFF_WORDS:
                        break  # 分析员、证券行研究部主管某某: a firm's staff word alone, no body named, is a description
                    found.insert(0, chained)
                    j = chained_start
            at = mention.end_char
            while (after := _title_after(doc, at)) is not None:
                end_span = doc.char_span(at, after.end())
                if end_span is None:
                    break
                tail = Span(doc, end_span.start, end_span.end, label="TITLE")
                tail._.attrs = {"person": person, "organization": None, "position": source[tail.start_char : tail.end_char]}
                found.append(tail)
                if text_of(doc)[after.end() : after.end() + 1] not in AFTER_CHAIN_MARKS + ("、",):
                    break
                at = after.end() + 1  # 某某董事长兼总经理, 某某教授、博士生导师: the chain goes on after the name too, while a
                # position with no name after it follows the mark (not 某某副教授、某某教授, another person's)
            if not found or found[-1].end <= mention.start:
                found.extend(_title_written_apart(doc, mention, person_tokens, person, source))
            titles.extend(found)
            roles.extend(_roles(doc, mention, sentences))
        doc.spans["titles"] = titles
        doc.spans["roles"] = roles
        doc.spans["title_orgs"] = _title_organizations(doc, list(doc.spans.get("orgs", [])), titles)
        return doc


class _Sentences:
    """Sentence starts and where each list heading (嘉宾, 市领导) first appears in each sentence, found once per Doc,
    so that a mention's clause is looked up rather than scanned (a sentence may list thousands of names)."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in regex.finditer(r"[。\n；]", text)]
        self.heads: list[dict[str, int]] = []
        for start, end in zip(self.starts, self.starts[1:] + [len(text)]):
            sentence = text[start:end]
            self.heads.append({head: start + sentence.find(head) for head in LIST_HEADS if head in sentence})

    def clause(self, at: int) -> tuple[int, dict[str, int]]:
        """Where the sentence holding offset `at` starts, and its headings' first offsets."""
        index = bisect.bisect_right(self.starts, at) - 1
        return self.starts[index], self.heads[index]


_HEADS_LONGEST_FIRST = sorted(LIST_HEADS, key=len, reverse=True)


def _roles(doc: Doc, mention: Span, sentences: _Sentences) -> list[Span]:
    text = text_of(doc)
    after = text[mention.end_char : mention.end_char + 40]
    found = []
    for role, pattern in _ROLE_VERBS:
        if pattern.search(after):
            found.append(role)
            break
    sentence_start, heads = sentences.clause(mention.start_char)
    before = text[max(sentence_start, mention.start_char - 21) : mention.start_char]
    if _BY_BEFORE.search(before) and _CHAIRS_AFTER.match(after):
        found.append("host")
    for head in _HEADS_LONGEST_FIRST:
        if head in heads and heads[head] + len(head) <= mention.start_char:
            found.append(LIST_HEADS[head])
            break
    spans = []
    for role in dict.fromkeys(found):
        span = Span(doc, mention.start, mention.end, label=role)
        spans.append(span)
    return spans


_SHARED_ENDING = regex_cache.compile(r"(?:副|常务|代|署理)?(分?[处局部厅司署庭])长")
"""A department's ending that is also the first character of its head's position (农业处长, 外交部长), a branch's with
it (某警察局某某|分局长: the body is 某某分局)."""


_LEVEL_BODY = regex_cache.compile(r"(?P<level>自治区|特区|市|省|县|区|州|镇|乡)?党?(?:党委|委|政府|人大|政协|议会)")
"""A generic body of a level written first in a title's organisation (市委书记, 区议会主席): no name by itself."""


_ALIASED = regex_cache.compile(r"(.+?)[（(][^（）()]{1,12}[)）]")
"""A body's name and its alias in brackets at the start of a title's body part (某交易所有限公司（某交所）集团…)."""


_TERM_PREFIX = regex_cache.compile(r"^(?:" + "|".join(("时任", "现任", "候任", "前任", "新任", "前", "原")) + ")")
_RANK_ORDINAL = regex_cache.compile(r"^第[一二三四五六七八九十两0-9]{1,2}|第[一二三四五六七八九十两0-9]{1,2}$")
"""An ordinal written at an edge of a post's body (第二|部长, 教育部|第二部长, 第二|财政部长): the rank of the post (a second
minister), no part of a body."""
"""Words of a holder's term written before the post's body (时任, 候任, 新任, 原): no part of the body's name."""


def _title_organizations(doc: Doc, orgs: list[Span], titles: list[Span]) -> list[Span]:
    """Organisations written inside titles that `orgs` lacks: they count (国家发改委气候司副司长 -> 国家发改委气候司), generic
    bodies without their place do not."""
    added: list[Span] = []
    names = {text_of(doc)[(o._.attrs or {}).get("start", o.start_char) : (o._.attrs or {}).get("end", o.end_char)] for o in orgs}
    for title in titles:
        organization = title._.attrs.get("organization")
        if not organization or "organization_start" in title._.attrs:
            continue  # 该公司|市场部经理: a part of a body pointed back to, named by its kind alone
        term = _TERM_PREFIX.match(organization)  # 原|市财政局局长, 新任|民政局局长: the body is the one named after the term
        written = len(organization)
        organization = organization[term.end() :] if term else organization
        organization = _RANK_ORDINAL.sub("", organization)
        if not organization or organization in names:
            continue
        shared = _SHARED_ENDING.match(title.text, written)
        rank = next((r for r in RANK_PREFIXES if organization.startswith(r)), None) if shared else None
        ranked = rank is not None and len(organization) - len(rank) >= 2
        if ranked:  # 副|教育部长: the rank is the post's
            organization = organization[len(rank) :]
        if shared and (ranked and not organization.endswith(shared.group(1)) or not _ends_like_a_body(organization)) \
                and organization[-1] not in "）)":  # 农业处长, 社会处长: the body is 农业处; 副|地方政府部长: 地方政府部
            organization += shared.group(1)
        organization = organization.lstrip("、，")
        if to_simplified(organization).endswith("事务") and to_simplified(title._.attrs.get("position") or "") in PORTFOLIO_POSTS:
            continue  # 雪州地方政府及新村发展事务|行政议员: the fields a state executive answers for, no body
        shared_post = regex.match(r"(.+?)[兼暨](.+)$", organization)
        if shared_post and shared_post.group(1) in names:  # 交通部兼财政部|政务部长: each body on its own
            organization = shared_post.group(2)
        organization = SEAT_END.sub("", organization)  # 某企联驻会|副会长: the body is 某企联
        aliased = _ALIASED.match(organization)
        if aliased and aliased.group(1) in names:
            continue  # 某交易所有限公司（某交所）集团行政总裁: the body named before its alias, the rest is the post
        party = PARTY_BEFORE_HOUSE.search(organization)
        if party:  # 某党|立法会|议员: the party is a body of its own, the post's body is the house
            organization = organization[party.end("party") :]
        organization = _without_constituency_house(organization, title._.attrs.get("position") or "")
        if organization is None:
            continue
        if organization == _PARTY_GROUP:
            continue
        organization = _TERM_PREFIX.sub("", organization)  # 时任|保安局局长
        organization = organization.rpartition(ACTING)[2]  # 特区政府署理|教育局局长: the post's body follows 署理
        former = _FORMER_INSIDE.search(organization)
        if former:  # 广东省人大常委会原党组成员: the body is the one before 原
            organization = organization[: former.start() + len(former.group("body"))]
        if not _ORG_END.search(organization):
            inner = [m.end() for m in _ORG_INSIDE.finditer(organization)]
            if inner and any(name in organization[inner[-1] :] for name in names):  # 某授权公司|Brightway商务拓展经理
                continue
            organization = organization[: inner[-1]] if inner and inner[-1] >= 3 else organization
        role = list(ROLE_NOUN.finditer(organization))
        if role and len(organization) - role[-1].end() >= 2 and not MEMBERS_BODY.fullmatch(organization, role[-1].end()):  # OT营运商|某购物中心董事长
            organization = organization[role[-1].end() :]
        country = COUNTRY_PREFIX.match(organization)
        if country:
            organization = organization[country.end() :]
        if organization in names:
            continue
        headed = VENUE.search(organization) is not None and to_simplified(title._.attrs.get("position") or "") in HEAD_POSTS_AFTER
        # 某中华大会堂总会长, 某博物馆馆长: an institution named like a venue with a head of its own is a body
        if len(organization) < 2 or not (_ORG_END.search(organization) or headed) or organization in GENERIC_BODIES \
                or VENUE.search(organization) and not headed \
                or _NUMBERED_UNIT.fullmatch(organization) or GENERIC_WITH_LEVEL.match(organization) or masked_or_pointed(organization) \
                or level_runs_a_kind(organization):  # 二厂|厂长: a unit named by its number alone names no body; 乡公所|秘书, 市立医院|院长
            continue
        if organization[0] in _DEMONSTRATIVES and len(organization) == 2 or _kind_of_body(organization) \
                or organization in KINDS_NAMED_AFTER:  # 我会, 该公司, 涉事公司; 银行|经理: a kind of body alone
            continue
        level = _LEVEL_BODY.match(organization)
        if level and not (level.group("level") and DEPARTMENT_END.search(organization) and len(organization) - level.end() >= 3):
            continue  # 市委, 市政府党组, 党委办公室; a department named by function under a level's body counts (省委统战部)
        start = title.start_char + title.text.find(organization)
        if start > 0 and text_of(doc)[start - 1] == "某":
            continue  # 某|建筑公司负责人: a firm masked in a court or police item, its kind left, no name
        if organization in SUFFIXES and start > 0 and text_of(doc)[start - 1] in _DEMONSTRATIVES:  # 该|研究所所长: a kind of body pointed back to
            continue
        if organization in SUFFIXES and any(name.endswith(organization) and len(name) > len(organization) for name in names):
            continue  # 某华团联合会…联合会会长: the body named before, re-mentioned by its ending
        span = doc.char_span(start, start + len(organization), label="ORG", alignment_mode="expand")
        if span is not None:
            span._.attrs = {"start": start, "end": start + len(organization)}
            added.append(span)
            names.add(organization)
    return added


def _ends_like_a_body(organization: str) -> bool:
    """A body's ending closes the words, unless they are one plain noun whose last character only looks like one (社会 of
    社会处长, where the department's 处 is shared with the post)."""
    ending = _ORG_END.search(organization)
    return ending is not None and not (len(ending.group()) == 1 and word_tag(organization[-2:]) == "n"
                                       and word_tag(organization[-3:]) != "nt")  # 财政局, not 政局: a body's whole word


_PARTY_GROUP = "党组"
"""A party group written in a title with no body before it (党组书记、局长): it names no body."""


_CONSTITUENCY_HOUSE = regex_cache.compile(r"(?:" + alternation(CONSTITUENCY_ENDINGS) + r"|[区州])国会$")
"""A constituency written before a member of parliament's post (某区国会议员, 某集选区国会议员): 国会议员 is the post, the
words before it the seat; no body."""


def _without_constituency_house(organization: str, position: str) -> Optional[str]:
    """The body in a member's title once the seat and its house are taken off: a party written before the seat stays
    (某公会|某区国会议员), a country's parliament too (某国国会); None when nothing but the seat is left."""
    house = _CONSTITUENCY_HOUSE.search(organization)
    if not house or to_simplified(position) != "议员":
        return organization
    bodies = [m.end() for m in _ORG_INSIDE.finditer(organization, 0, house.start())]
    return organization[: bodies[-1]] if bodies else None


_KINDS_OF_BUSINESS = ("公司", "企业", "集团")


def _kind_of_body(organization: str) -> bool:
    """A body named by its kind alone after a word that points to it (该公司, 该研究所) or after an event's kind (论坛筹委会),
    or a business after a verb that
    says how it is involved (涉事公司, 涉案企业): no name. Other bodies keep a verb of their function (投资促进局)."""
    if organization[0] in _DEMONSTRATIVES and organization[1:] in SUFFIXES or EVENT_OWN_COMMITTEE.match(organization):  # 该研究所; 论坛筹委会
        return True
    return any(organization.endswith(kind) and word_tag(organization[: -len(kind)]).startswith("v")
               for kind in _KINDS_OF_BUSINESS if len(kind) < len(organization))


@Language.factory("zh_titles", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_titles(nlp: Language, name: str) -> TitleComponent:
    return TitleComponent(nlp, name)
