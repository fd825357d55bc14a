"""What an organisation's name looks like: its endings, a foreign country before it, and what is no organisation.

Shared by the components that meet organisation names (entities, titles, the event's organisers), so that none of
them reads another's private names.
"""
from __future__ import annotations

import os

from typing import Callable


from extractor import regex_cache
from extractor.lexicon.organizations import (
    COMPUTING_FACILITY_ENDINGS,
    COMPUTING_FACILITY_MODIFIERS,
    OWN_UNIT_FACILITIES,
    REMOTE_AREA_WORDS,
    APPOSITION_KINDS,
    DESCRIPTOR_KINDS,
    ASSEMBLY_ENDINGS,
    CLUB_ENDINGS,
    COMPANY_RELATIONS,
    COUNTRIES,
    CRIME_RING_ENDINGS,
    CRIME_RING_WORDS,
    EVENT_ABBREVIATION_ENDINGS,
    FIRM_KINDS,
    FUNCTION_ENDINGS,
    FUNCTION_NAMED_BODIES,
    INDUSTRY_ENDINGS,
    TRADE_MODIFIERS,
    GENERIC_BODIES,
    GENERIC_SCOPE_WORDS,
    EVERY_PLACE_WORDS,
    JURISDICTION_SCOPE_WORDS,
    KIND_WORDS_INSIDE,
    CENTRAL_BANKS,
    LATIN_LEGAL_FORMS,
    LEADING_NOT_NAME,
    LEGISLATURES,
    NAME_LEVEL_WORDS,
    NATIONAL_BODIES,
    SCHOOL_KINDS,
    SCHOOL_VERBS,
    SCHOOL_SCOPE_WORDS,
    NOT_ORG_ENDINGS,
    ORIGIN_WORDS,
    OWNERSHIP_AND_GRADE_WORDS,
    PARTICIPANT_GROUPS,
    PARTY_ENDING,
    POLITICAL_PARTIES,
    SEAT_WORDS,
    SHORT_ENDINGS,
    SIDE_ENDINGS,
    SPOT_ENDINGS,
    SUFFIXES,
    VENUE_ENDINGS,
)
from extractor.lexicon.events import KINDS
from extractor.lexicon.gazetteer import LEVEL_CHARACTERS, MALAYSIA_STATES, MALAYSIA_TERRITORIES, MUNICIPALITIES, PROVINCE_CITIES, TAIWAN_PLACES
from extractor.lexicon.regions import REGION_PREFIXES
from extractor.patterns import alternation, in_order
from extractor.word_tags import word_tag

NOT_ORG = regex_cache.compile("(?:" + alternation(NOT_ORG_ENDINGS) + ")$")
ORG_SUFFIX = regex_cache.compile("(?:" + alternation(SUFFIXES) + ")$")
_BARE_ENDINGS = frozenset(x for x in SUFFIXES if len(x) >= 2)
"""Endings of names written alone (协进会, 基金会, 商会): after a name ending in one, a later mention of that body by its kind."""
ORG_SUFFIX_PREFIX = regex_cache.compile(r"\p{Han}{2,12}?(?:" + alternation([x for x in SUFFIXES if len(x) >= 2]) + ")")
_FOREIGN_COUNTRIES = [c for c in COUNTRIES if c not in ("中国", "台湾", "香港", "澳门")]
COUNTRY_PREFIX = regex_cache.compile("^(?:" + alternation(_FOREIGN_COUNTRIES + list(ORIGIN_WORDS)) + ")(?=[A-Za-z]|[\\p{Han}（）()]{2,}(?:集团|公司|银行|股份|学院|大学|株式会社)$)")
"""A foreign country or a company's origin (瑞士ABB集团, 德商某某股份有限公司) before a company's or a school's name: no part
of it."""
VENUE = regex_cache.compile("(?:" + alternation(VENUE_ENDINGS + SPOT_ENDINGS) + ")$")
MEDIA_END = regex_cache.compile(r"(?:社|网|报|日报|晚报|电视台|新闻)$")
PUBLISHER_END = regex_cache.compile(r"(?:合作社|出版社|株式会社|" + alternation(CLUB_ENDINGS) + ")$")
"""Bodies ending in 社 that are no medium: co-operatives, publishers, Japanese companies (某某株式会社) and clubs (某某剧社)."""
_LEVEL_WORD = r"(?:自治区|特区|市|省|县|区|州|乡镇|镇|乡|村|街道)"
GENERIC_WITH_LEVEL = regex_cache.compile(
    r"^" + _LEVEL_WORD + r"(?:党委|委|人民政府|政府|人大|人大常委会|政协|纪委|议会|公所|办事处|办公处|办公室)(?:党组|办公室|新闻办|新闻办公室)?$"
    r"|^" + _LEVEL_WORD + r"?人民代表大会(?:常务委员会)?$"
    r"|^" + _LEVEL_WORD + r"(?:党委|委)" + _LEVEL_WORD + r"(?:人民)?政府$"
)
"""A level of government and its body with no place written (县人大常委会, 市人民代表大会常务委员会, 县人民政府办公室,
县委县政府), or the people's congress named by its kind alone (人民代表大会常务委员会): the body each such place has."""
FIRMS_OF_A_TRADE = regex_cache.compile(r"^(?:" + alternation(TRADE_MODIFIERS) + "){0,2}(?:" + alternation(INDUSTRY_ENDINGS) + r")(?:初创|龙头|头部)?(?:公司|企业)$")
"""A line of business and a kind of firm with no name of its own (金融科技公司, 人工智能企业, 新能源公司): firms of that trade."""
_POINTED_BODY = regex_cache.compile(r"^[本该](?:" + alternation([x for x in SUFFIXES if len(x) == 1]) + r")(?=\p{Han})")
"""本/该 and a body's one-character ending before a unit of it (本院急诊部, 该局执法队): the unit of a body pointed at, no name."""
LEVEL_OWN = regex_cache.compile(r"^[省市县区乡镇村州](?:立(?!法)|(?:中级)?人民(?=医院|法院|检察院))")
"""A level written bare before what it runs (市立医院, 乡立托婴中心, 县人民医院, 县人民法院, 市中级人民法院): with no place, it
names no one body."""
_PROPER_WORD_TAGS = ("ns", "nr", "nz")
LEVEL_ONLY = regex_cache.compile(r"^(?:自治区|特区|市|省|县|区|州|镇|乡|本|该|各|我|贵|某|这|那|此|其)(?:" + alternation(SUFFIXES) + ")$")
"""A level or a pointing word before a bare ending (市局, 该院, 这家公司's 这公司): no name."""
NEW_OR_OLD = regex_cache.compile(r"^[新老](?P<kind>\p{Han}+)$")
"""新/老 before a common noun of a kind of body (新工厂, 老公司): no name; 新 that abbreviates a place (新交所) is none."""
LEVEL_AND_FUNCTION = regex_cache.compile(r"^(?:自治区|市|省|县|区|州)(?:" + in_order(FUNCTION_NAMED_BODIES) + ")$")
KIND_IN_APPOSITION = regex_cache.compile("(?:" + alternation(APPOSITION_KINDS) + ")")
DESCRIPTOR_KIND = regex_cache.compile("(?:" + alternation(DESCRIPTOR_KINDS) + ")")
"""A kind of business written before a company's whole name (电子支付公司|某某有限公司): no part of the name or its title."""
MEMBERS_BODY = regex_cache.compile(r"(?:协会|公会|商会|联合会|总会|同业公会|联谊会)$")
"""An association's ending right after a trade role noun (房屋发展商|协会, 建材供应商|协会): the role names its members, part
of the name, not a role written before it."""
ROLE_NOUN = regex_cache.compile("(?:" + alternation([w for w in LEADING_NOT_NAME if w.endswith(("方", "单位", "机构", "伙伴", "商", "东道主"))]) + ")")
"""A role noun written before a body (合作方, 协办单位, 营运商): no part of its name, nor is anything before it."""
PARTICIPANT_DIVISION = regex_cache.compile("^(?:" + alternation(PARTICIPANT_GROUPS) + ")(?:部|组)$")
"""A division of a contest named by who takes part (大学生部, 青少年组): no body."""
KIND_WORD_INSIDE = regex_cache.compile("(?:" + alternation(KIND_WORDS_INSIDE) + ")")
GENERIC_SCOPE = regex_cache.compile("^(?:" + alternation(GENERIC_SCOPE_WORDS) + ")")
DEPARTMENT_END = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS) + ")$")
SEAT_END = regex_cache.compile("(?:" + alternation(SEAT_WORDS) + ")$")
"""A seat word closing what stands before a position (某企联驻会): the body's name ends before it."""
KIND_BY_OWNERSHIP = regex_cache.compile("(?:" + alternation(OWNERSHIP_AND_GRADE_WORDS) + ")(?:" + alternation([x for x in SUFFIXES if x not in FUNCTION_ENDINGS]) + ")$")
"""A word of ownership, grade or size before a body's ending (民营银行, 三甲医院): a kind; before a department's ending
(外资司, 中小企业处) it names the department's field."""
NATIONAL_SIDE = regex_cache.compile("^(?:" + alternation(COUNTRIES) + ")(?:" + alternation(SIDE_ENDINGS) + ")$")
COUNTRY_FIRMS = regex_cache.compile("^(?:" + alternation(COUNTRIES) + ")(?:" + alternation(FIRM_KINDS) + ")$")
"""A country's or a bloc's firms of a kind (东盟企业, 日本车企): no body."""
SCHOOL_KIND_ORGAN = regex_cache.compile("^(?:" + alternation(SCHOOL_KINDS) + ")(?:" + alternation(SUFFIXES) + ")$")
"""A kind of school and an organ, with no school named (华小董事会, 独中董事部): the organ of any such school, a kind."""
SCHOOLS_OF_A_SCOPE = regex_cache.compile("^(?:" + alternation(SCHOOL_SCOPE_WORDS) + ")(?:" + alternation(SCHOOL_KINDS) + ")(?:" + alternation(SUFFIXES) + ")?$")
"""A kind of school after a word of scope (全州华小, 全国独中董事会, 各地华小): every such school there, no school."""
_SCHOOL_KIND_END = regex_cache.compile("(?:" + alternation(SCHOOL_KINDS + ("学校",)) + ")$")


def _verb_then_school_kind(name: str) -> bool:
    """A verb of SCHOOL_VERBS glued to a kind of school or to 学校 (来自独中, 就读华小, 协助学校): where the pupils come from
    or study, or whom a body helps, no school named; a school's own name may open with a verb (益智华小).

    >>> _verb_then_school_kind("来自独中"), _verb_then_school_kind("光明华小"), _verb_then_school_kind("益智华小")
    (True, False, False)
    """
    kind = _SCHOOL_KIND_END.search(name)
    return kind is not None and name[: kind.start()] in SCHOOL_VERBS


EVENT_ABBREVIATION = regex_cache.compile(r"^\p{Han}{1,3}(?:" + in_order(EVENT_ABBREVIATION_ENDINGS) + ")$")


CRIME_RING = regex_cache.compile("(?:" + alternation(CRIME_RING_WORDS) + r")\p{Han}{0,2}(?:" + alternation(CRIME_RING_ENDINGS) + ")$")
LEGAL_FORMS_AS_A_KIND = regex_cache.compile(r"^(?:(?:" + alternation(LATIN_LEGAL_FORMS) + r")\.?[ ,]*)+(?:公司|企业)$")
"""A legal form alone before a kind of company (Sdn Bhd公司): the kind, no company's name."""

EVENT_OWN_COMMITTEE = regex_cache.compile("^(?:本届|本次|该|大会)?(?:" + alternation(KINDS) + ")(?:组委会|筹委会|组织委员会|筹备委员会|执委会)$")
"""An event's own committee named by the event's kind alone (论坛筹委会, 本届博览会组委会): no name of its own."""

DISTRIBUTIVE_WORDS = "各该本此这其"
_COMPANY_ENDING = "公司"
"""Words before a level of government that point to every one or to one already named (各州政府, 该市政府): no name."""


_HELD_UNDER = regex_cache.compile(r"旗下\p{Han}{0,4}$|旗下(?:" + alternation(COMPANY_RELATIONS) + ")$")
"""A body said to be held by another (某集团旗下子公司, 旗下企业): a relation, not a name."""


_POINTED_PARTY_ORGAN = regex_cache.compile(r"^[院校所局厅部委行厂署办会](?:党组|党委|党工委|党总支|纪委|纪检组)$")
"""A body's party organ under the body's one-character kind alone (院党组, 校党委, 局党组): the organ of the body the article
is about, written without its name, no name; with the name (某大学党委) it is one."""
_MASKED = "某"
"""A name masked in a court or police item opens with 某 (某物流公司, 某某建材有限公司): the firm's kind, no name."""


_REGION_PART = regex_cache.compile(r"^[东西南北中]{1,3}部(?:地区|一带|各[州县省市])?$")
"""A part of a country named by its compass points (中南部, 东部地区, 北部各州): a region, no department, though it ends in 部."""
_REGION_KIND = regex_cache.compile(r"^(?:[东西南北中]{1,3}部(?:地区)?|" + alternation(REMOTE_AREA_WORDS) + ")(?:" + alternation(SUFFIXES) + ")$")
"""A region by its compass points or a kind of area and a body's ending (中部地区医院, 偏乡地区学校, 东部医院): every such body of
the region, no name."""
_COMPUTING_FACILITY = regex_cache.compile(r"^(?:[A-Za-z0-9]{1,4}|" + alternation(COMPUTING_FACILITY_MODIFIERS) + r")?(?:"
                                          + alternation(COMPUTING_FACILITY_ENDINGS) + ")$")
"""A computing facility named by a technology or size word alone (AI资料中心, 云端数据中心, 5G运算中心): built, no body."""


def own_unit_facility(name: str, places: set[str]) -> bool:
    """A firm's unit named by its function alone (研发中心), or after a place only (苏州研发中心, 竹北研发中心)."""
    ending = next((e for e in OWN_UNIT_FACILITIES if name.endswith(e)), None)
    if ending is None:
        return False
    place = name[: -len(ending)]
    return not place or place in places or place in _CITIES or word_tag(place) == "ns"


def masked_or_pointed(name: str) -> bool:
    """A firm masked by 某 (某物流公司) or a party organ under a body's one-character kind (院党组, 校党委): no name, wherever
    it is written, in a title too.

    >>> masked_or_pointed("某物流公司"), masked_or_pointed("院党组"), masked_or_pointed("青溪县人民法院党组")
    (True, True, False)
    """
    return name.startswith(_MASKED) or _POINTED_PARTY_ORGAN.match(name) is not None


def is_organization(name: str) -> bool:
    """Not a generic body without its place (市委, 特区政府, 市局) or a kind of body (社区体育协会), a venue, an event's
    short name (东博会), a contest's division (青少年组), a country's side in a match (日本队), a kind by ownership or grade (民营银行, 三甲医院),
    a country's firms (东盟企业), or a medium. An event's
    ending that holds a body's shorter one (洽谈会, 博览会 end with 会) names the event."""
    if name in NATIONAL_BODIES:
        return True
    if len(name) < 2 or masked_or_pointed(name) or _REGION_PART.match(name) or name in GENERIC_BODIES or name in SCHOOL_KINDS or SCHOOL_KIND_ORGAN.match(name) or SCHOOLS_OF_A_SCOPE.match(name) or name in COMPANY_RELATIONS or VENUE.search(name) or GENERIC_WITH_LEVEL.match(name):
        return False
    if _verb_then_school_kind(name) or _places_then_company(name) or _REGION_KIND.match(name) or _COMPUTING_FACILITY.match(name):
        return False
    if _HELD_UNDER.search(name):  # 港铁旗下全资附属公司: a company's relation to another, no name of its own
        return False
    if CRIME_RING.search(name) or LEGAL_FORMS_AS_A_KIND.match(name) or KIND_WORD_INSIDE.search(name) or EVENT_OWN_COMMITTEE.match(name):  # 跨境诈骗集团, 相关法案委员会
        return False
    if name[0] in DISTRIBUTIVE_WORDS and (GENERIC_WITH_LEVEL.match(name[1:]) or name[1:] in GENERIC_BODIES):  # 各州政府, 该市委
        return False
    if FIRMS_OF_A_TRADE.match(name):  # 金融科技公司, 人工智能企业
        return False
    if _POINTED_BODY.match(name) and ORG_SUFFIX.search(name, 2):  # 本院急诊部: a unit of the body pointed at
        return False
    if level_runs_a_kind(name):  # 市立医院, 乡立托婴中心
        return False
    if LEVEL_ONLY.match(name) and not LEVEL_AND_FUNCTION.match(name) or EVENT_ABBREVIATION.match(name) or PARTICIPANT_DIVISION.match(name):
        return False
    new_or_old = NEW_OR_OLD.match(name)
    if new_or_old and (new_or_old.group("kind") in SUFFIXES or ORG_SUFFIX.search(new_or_old.group("kind"))) \
            and (word_tag(new_or_old.group("kind")) == "n" or len(new_or_old.group("kind")) == 1):  # 新工厂, 新营业部, 新厂
        return False
    department = DEPARTMENT_END.search(name) and not name.endswith(_COMPANY_ENDING)  # 公司 ends with 司, and names no department
    if department and name.startswith(EVERY_PLACE_WORDS):
        return False  # 地方卫生局, 各县市卫生局: the department every place has, no body
    if GENERIC_SCOPE.match(name) and not department or name.startswith(JURISDICTION_SCOPE_WORDS):
        return False  # 社区体育协会, 行业协会, 小区业主委员会: a kind of body
    not_org, suffix = NOT_ORG.search(name), ORG_SUFFIX.search(name)
    if not_org and (not suffix or not_org.start() < suffix.start()) and not name.endswith(ASSEMBLY_ENDINGS) \
            and not _body_word_at_end(name, not_org.start()):  # 某洽谈会
        return False
    if NATIONAL_SIDE.match(name) or KIND_BY_OWNERSHIP.search(name) or COUNTRY_FIRMS.match(name):
        return False
    return not MEDIA_END.search(name) or bool(PUBLISHER_END.search(name))


def level_runs_a_kind(name: str) -> bool:
    """A bare level and what it runs, with no place, name or proper word after it (市立医院, 乡立托婴中心, 县人民医院, 市立联合医院):
    a kind of body each place has, no name; a school named after its place keeps it (县立某某国中), and 立 opens no
    legislature (特别行政区立法会).

    >>> level_runs_a_kind("市立医院"), level_runs_a_kind("乡立托婴中心"), level_runs_a_kind("县立东林国中"), level_runs_a_kind("区立法会")
    (True, True, False, False)
    """
    import jieba

    level = LEVEL_OWN.match(name)
    return level is not None and not any(
        word_tag(word)[:2] in _PROPER_WORD_TAGS or word.isascii() and word.isalpha() for word in jieba.lcut(name[level.end() :])
    )


_ONE_CHARACTER_FUNCTION_ENDINGS = frozenset(e for e in FUNCTION_ENDINGS if len(e) == 1)
_CLAUSE_OPENING_TAGS = ("w", "p", "c")
_SHORT_COUNCIL_ENDINGS = ("委会",)
_NOT_ABBREVIATION_TAGS = ("m", "q", "r", "u", "w", "PER", "TIME")
_HAN_CHARACTER = regex_cache.compile(r"\p{Han}")
_LEVEL_CHARACTERS = frozenset("地" + LEVEL_CHARACTERS)
"""Characters of a level of government opening a kind of office (地检署: a district's prosecutors), which needs its place."""
_GOING_OR_BEING_AT = frozenset("到至赴回去进来往返出入离在留")
"""One-character verbs of going to or being at a place (也|到|局, 并|回|局): the ending after them is where one goes, no
department's short form."""


def abbreviated_department_start(doc, k: int) -> int | None:
    """Where a department's short form starts that the tagger cut into one-character words (都|发|局: 都市发展局, read as an
    adverb and a verb), or a council's one character before 委会 (客|委会: 客家委员会): two single characters, no number,
    pronoun or particle, right before a one-character department ending at token k, opening their clause (at its start, after a mark, a preposition or a conjunction: 对此，|都发局, 由|都发局);
    not an ending alone (，|地|检|署|发言人).
    The token index of its first character, or None."""
    word = doc[k].text
    if word in _SHORT_COUNCIL_ENDINGS and k >= 1:  # 客|委会, 陆|委会: a council's short form, one character and 委会
        piece = doc[k - 1]
        if len(piece.text) == 1 and _HAN_CHARACTER.fullmatch(piece.text) and piece.tag_ not in _NOT_ABBREVIATION_TAGS \
                and not piece.whitespace_ and (k == 1 or doc[k - 2].tag_ in _CLAUSE_OPENING_TAGS or not doc[k - 2].text.strip()):
            return k - 1
        return None
    if k < 2 or word not in _ONE_CHARACTER_FUNCTION_ENDINGS:
        return None
    pieces = (doc[k - 2], doc[k - 1])
    if any(len(t.text) != 1 or not _HAN_CHARACTER.fullmatch(t.text) or t.tag_ in _NOT_ABBREVIATION_TAGS or t.whitespace_ for t in pieces):
        return None
    if k > 2 and doc[k - 3].tag_ not in _CLAUSE_OPENING_TAGS and doc[k - 3].text.strip() or pieces[1].text in _GOING_OR_BEING_AT:
        return None
    if pieces[0].text + pieces[1].text + word in SUFFIXES and pieces[0].text in _LEVEL_CHARACTERS:
        return None  # 地|检|署: a level's kind of office alone names no body; 经|发|局 is one department's short name
    return k - 2


_MAX_WORD_BEFORE_EVENT_END = 2


def _body_word_at_end(name: str, event_start: int) -> bool:
    """An event's ending cut out of a body's word the dictionary knows (青|年会 in 某青年会): the name ends with the body's
    word, so it names the body."""
    return any(word_tag(name[k:]) == "nt" for k in range(max(0, event_start - _MAX_WORD_BEFORE_EVENT_END), event_start))


def is_short_form(short: str, full: str) -> bool:
    """A later, shorter mention of a name: its ending in the standard short form (南岭科技大学 -> 南岭科大, 国民党党团 ->
    国民党团), or the name's characters in order, not a piece of it (中影协 for 中国电影家协会).

    >>> is_short_form("南岭科大", "南岭科技大学"), is_short_form("中影协", "中国电影家协会"), is_short_form("联合国", "联合国开发计划署")
    (True, True, False)
    """
    return short in _short_endings(full) or _initials(short, full)


def _short_endings(full: str) -> set[str]:
    bracketed = _BRACKETED_PART.search(full)
    if bracketed:  # 某某银行(澳门)股份有限公司: re-mentioned without its region or kind in brackets (某某银行)
        unbracketed = _BRACKETED_PART.sub("", full)
        return {unbracketed, full[: bracketed.start()]} | _short_endings(unbracketed)
    forms = {full[: -len(ending)] + short for ending, short in SHORT_ENDINGS if full.endswith(ending) and len(full) > len(ending)}
    return {form for form in forms if len(form) >= 2}


_BRACKETED_PART = regex_cache.compile(r"[(（][^()（）]{1,8}[)）]")


def _initials(short: str, full: str) -> bool:
    """The short name's characters in order in the full one, or after the words both open with (某贸发局 of 某贸易发展局).

    >>> _initials("东林贸发局", "东林贸易发展局"), _initials("卫生署", "食物环境卫生署")
    (True, False)
    """
    if len(short) > 5:
        return False
    shared = len(os.path.commonprefix([short, full]))
    return _in_order(short, full) or bool(shared) and len(short) - shared >= 2 and _in_order(short[shared:], full[shared:])


def _in_order(short: str, full: str) -> bool:
    if len(full) < 1.6 * len(short) or short in full:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


_CITIES = {city for cities in PROVINCE_CITIES.values() for city in cities.split()} | set(PROVINCE_CITIES) | {
    m for m in MUNICIPALITIES if len(m) > 1
} | set(TAIWAN_PLACES.split()) | set(MALAYSIA_STATES) | set(MALAYSIA_TERRITORIES)
"""Mainland provinces and cities, Taiwan's, and Malaysia's states and territories, written before a company's or an
association's name (深圳某某科技有限公司, 砂拉越某某商会) and left out of a later mention (某某, 某某商会)."""
_PLACES_THEN_COMPANY = regex_cache.compile("^(?:" + "|".join(f"{province}(?:{alternation(cities.split())})" for province, cities
                                                          in sorted(PROVINCE_CITIES.items())) + ")公司$")


def _places_then_company(name: str) -> bool:
    """A mainland province and one of its own cities before 公司 alone (四川成都公司): a company's seat or branch written by
    its place, no name of its own; two places that are no province and its city (槟城福建公司, a clan's kongsi) name one.

    >>> _places_then_company("四川成都公司"), _places_then_company("成都公司"), _places_then_company("槟城福建公司")
    (True, False, False)
    """
    return name.endswith("公司") and _PLACES_THEN_COMPANY.match(name) is not None


_KNOWN_BEFORE_NAMES = regex_cache.compile(
    "(?:"
    + alternation(
        set(REGION_PREFIXES) | set(COUNTRIES) | set(NATIONAL_BODIES) | set(NAME_LEVEL_WORDS) | set(GENERIC_BODIES) | _CITIES
    )
    + ")"
)
PARTY_BEFORE_HOUSE = regex_cache.compile(
    f"(?P<party>{alternation(POLITICAL_PARTIES)})(?={alternation(NATIONAL_BODIES + LEGISLATURES)})"
)
"""A party written before the house its member sits in (某党|立法会议员): two bodies, the party's name in group `party`."""
HOUSE_WIDTH = max(len(house) for house in NATIONAL_BODIES + LEGISLATURES)
"""How far past a name's end the house after a party may reach."""
_LEVELS = LEVEL_CHARACTERS + "村"
_DEPARTMENT_PREFIX = regex_cache.compile(r"\p{Han}{2,8}?(?:" + alternation(FUNCTION_ENDINGS) + ")")
"""A parent department written before a unit of it (某市公安局|某分局): a later mention of the unit leaves it out."""
_PLACE_WITH_LEVEL = regex_cache.compile(r"\p{Han}{1,6}?(?:特别行政区|自治区|自治州|省|市|县|区|州|镇|乡|村|街道)")


def is_remention(short: str, full: str, places: set[str]) -> bool:
    """A shorter mention of a longer name: the same name without the places, levels and parent bodies written before it
    (东江大学 of 台湾东江大学, 主计总处 of 行政院主计总处, 发改委 of 国家发改委, 省统计局 of 江西省统计局,
    旅游局 of 某特别行政区政府旅游局), or its short form; not a body whose name ends another's (卫生署 and 食物环境卫生署
    are two).

    >>> is_remention("东江大学", "台湾东江大学", set()), is_remention("卫生署", "食物环境卫生署", set())
    (True, False)
    """
    if full != short and full.endswith(short):
        return _left_out(full[: -len(short)], short, places)
    return is_short_form(short, full)


def rementions(names: set[str], places: set[str]) -> set[str]:
    """The names that re-mention a longer one among them (`is_remention`), looked up by their tails and short forms
    rather than compared pair by pair, so a long list of bodies costs little."""
    by_short_form = {short for full in names for short in _short_endings(full)}
    heads: dict[str, list[str]] = {}
    for full in names | by_short_form:
        for i in range(1, len(full)):
            heads.setdefault(full[i:], []).append(full[:i])
    found = {
        n for n in names
        if n in by_short_form or any(_left_out(head, n, places) or _place_cut_short(head, n) for head in heads.get(n, []))
    }
    if _CENTRAL_BANK_SHORT in names and any(full.endswith(CENTRAL_BANKS) for full in names):  # 央行 after 某国人民银行
        found.add(_CENTRAL_BANK_SHORT)
    found |= {n for n in names if len(n) >= 3 and n.endswith(PARTY_ENDING) and any(heads.get(n, []))}  # 行动党 of 民主行动党
    found |= {n for n in names if n in _BARE_ENDINGS and heads.get(n)}  # 协进会 of 某区文化艺术协进会: the body by its kind
    short_names = [n for n in names if len(n) <= 5 and n not in found]
    listed = list(names)
    holding = holding_characters(listed)
    found |= {n for n in short_names if any(listed[i] != n and _initials(n, listed[i]) for i in holding(n))}
    return found | _units_under_short_heads(names)


def holding_characters(words: list[str]) -> Callable[[str], list[int]]:
    """A lookup of the words that hold every character of another, as their indexes in `words`: a short form's characters
    are all in its full name (科大 of 科技大学, 中影协 of 中国电影家协会), so only those words need comparing, and a long
    list of bodies is not compared pair by pair."""
    by_character: dict[str, set[int]] = {}
    for i, word in enumerate(words):
        for ch in set(word):
            by_character.setdefault(ch, set()).add(i)

    def holding(word: str) -> list[int]:
        sets = sorted((by_character.get(ch, set()) for ch in set(word)), key=len)
        return sorted(set.intersection(*sets)) if sets else []

    return holding


def _units_under_short_heads(names: set[str]) -> set[str]:
    """The names that write an institution's short form before one of its units named in full elsewhere (中研院某某研究中心
    after 中央研究院某某研究中心, 某科大材料学院 after 某科技大学材料学院): the same unit, no body of its own; another unit of
    the institution (中研院植物研究所) is one.

    >>> sorted(_units_under_short_heads({"中研院海洋研究中心", "中央研究院海洋研究中心", "中研院植物研究所"}))
    ['中研院海洋研究中心']
    """
    heads_of_unit: dict[str, list[str]] = {}
    for full in names:
        for i in range(2, len(full) - 1):
            if ORG_SUFFIX.search(full, 0, i):  # 中央研究院|海洋研究中心: a body, then its unit
                heads_of_unit.setdefault(full[i:], []).append(full[:i])
    return {n for n in names for i in range(1, len(n) - 1)
            if any(head != n[:i] and is_short_form(n[:i], head) for head in heads_of_unit.get(n[i:], ()))}


_CENTRAL_BANK_SHORT = "央行"


_SHORT_PLACE = regex_cache.compile(r"\p{Han}{1,2}[区县市州镇乡]")
_HAN_RUN = regex_cache.compile(r"\p{Han}+")
"""The last characters of a place with its level (港区 of 航空港区, 新区 of 某某新区) that a later mention keeps."""


def _place_cut_short(head: str, short: str) -> bool:
    """A name whose place is written short (港区管委会 after 航空港区管委会): the mention opens with the end of the place,
    level and all, and the body after it is the same; a body whose name ends another's (卫生署) keeps no place.

    >>> _place_cut_short("航空", "港区管委会"), _place_cut_short("食物环境", "卫生署")
    (True, False)
    """
    place = _SHORT_PLACE.match(short)
    return place is not None and place.end() < len(short) and len(head) <= 4 and bool(_HAN_RUN.fullmatch(head))


def _left_out(prefix: str, short: str, places: set[str]) -> bool:
    return _places_and_bodies(prefix, places) or short[0] in _LEVELS and _PLACE_WITH_LEVEL.fullmatch(prefix + short[0]) is not None


def _places_and_bodies(prefix: str, places: set[str]) -> bool:
    """Whether the words before a name are places, levels and bodies only (江南省青山市, 国家, 行政院, 某集团, 公安局), each
    the longest that opens what is left (澳门大学 before 科技学院, not 澳门 and then 大学)."""
    while prefix:
        place = max((p for p in places if prefix.startswith(p)), key=len, default="")
        known = _KNOWN_BEFORE_NAMES.match(prefix)
        level = _PLACE_WITH_LEVEL.match(prefix)
        body = ORG_SUFFIX_PREFIX.match(prefix) or _DEPARTMENT_PREFIX.match(prefix)
        word = max((place, known.group() if known else "", level.group() if level else "", body.group() if body else ""), key=len)
        if not word:
            return False
        prefix = prefix[len(word) :]
    return True


def owned_act(doc, k: int) -> bool:
    """Word k is an act owned by someone of the sentence (议员的|提问, 市民的|投诉, 立委的|质询): a verb or verbal noun right
    after 的, which a conjunction joins to a body (…的提问|和|某局局长) but which is no field of that body's name."""
    return k > 0 and doc[k - 1].text == "的" and doc[k].tag_ in ("v", "vn")
