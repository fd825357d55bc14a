"""Component `zh_entities`: people, organisations and places from LAC's tags, corrected by press-text rules.

Sets `doc.spans["people"]`, `doc.spans["orgs"]` (alias in `span._.attrs["aliases"]`) and `doc.spans["locations"]`.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import regex_cache
from extractor.lexicon.units import PLACE_ABBREVIATIONS
from extractor.components import WordsByEnd, find_names, occurrences, text_of, token_edges
from extractor.lexicon.organizations import (
    FIELD_LIST_HEADS,
    HALL_COUNT_HEADS,
    ADVERBS_BEFORE_JOINER,
    LEGAL_PERSON_FORMS,
    LEGAL_PERSON_QUALIFIERS,
    PARTNER_PREPOSITIONS,
    AREA_UNIT_ENDINGS,
    ASSOCIATION_HALL_ENDINGS,
    ASSOCIATION_KINDS,
    APPOSITION_KINDS,
    ACTING_VERBS,
    AWARD_HEADS,
    AWARD_VERBS,
    BRAND_NOUNS,
    BUSINESS_KINDS,
    BUSINESS_PEOPLE_AFTER,
    NAMESAKE_HEADS,
    NAMESAKE_PLACE_CHARACTERS,
    TROPHY_ENDINGS,
    STORM_WORDS,
    WORK_HEADS,
    ACTIVITY_HEADS,
    BLOC_DECISION_VERBS,
    BLOCS,
    INTERNATIONAL_BODIES,
    COALITION_SHORT_FORMS,
    EXCHANGE_SHORT_FORMS,
    KIND_DESCRIPTORS,
    KIND_NOUNS,
    GOVERNMENT_NAME_OPENINGS,
    FAIR_ENDINGS,
    FEDERATION_SHORT_FORMS,
    GROUPS_OF_PEOPLE,
    BRACKETED_FORMS,
    BRACKETED_MARKETS,
    BUSINESS_LINE_WORDS,
    CASE_ENDINGS,
    OWNERSHIP_AND_GRADE_WORDS,
    RANKING_WORDS,
    REGIONAL_UNIT_ENDINGS,
    NUMBERED_UNIT_ENDINGS,
    TEAM_ENDINGS,
    BRANCH_AREA_ENDING,
    UNIT_REGIONS,
    CO_ACTION_NAME_OPENERS,
    CO_ACTION_VERBS,
    COMPANY_RELATIONS,
    COUNTRIES,
    FOUNDING_ANNIVERSARY_WORDS,
    CASE_NOUNS,
    DISTRICT_JUDICIARY,
    FESTIVAL_WORDS,
    FOUNDING_VERBS,
    FUND_SIZE_WORDS,
    FIELD_KIND_WORDS,
    NOT_CLINICAL_DEPARTMENTS,
    FUNCTION_ENDINGS,
    GENERIC_BODIES,
    DISCLOSURE_WORDS,
    FIELD_NOUNS,
    FIRM_REGION_UNITS,
    FIRM_SLOT_VERBS,
    FIRM_STAFF_WORDS,
    FIRM_TRADE_WORDS,
    FIRM_LIST_HEADS,
    LIST_ITEM_PREFIXES,
    LIST_TRADE_WORDS,
    PERFORMING_VERBS,
    REPORT_WORDS,
    TROUPE_ENDING,
    TROUPE_MEMBERS,
    SIDE_ENDINGS,
    CLUB_ENDING,
    TEAM_KIND_WORDS,
    GAME_WORDS,
    VENUE_ENDINGS,
    WELL_KNOWN_FIRMS,
    GOAL_VERBS,
    INDUSTRY_ENDINGS,
    KINDS_NAMED_AFTER,
    SHOP_KINDS,
    MEMBERSHIP_ENDINGS,
    NOT_BODY_LATIN_WORDS,
    INTERNATIONAL_SCOPE_WORDS,
    HEAD_POSTS_AFTER,
    INSTITUTION_VENUE_ENDINGS,
    INVESTIGATED_CRIMES,
    INVESTIGATING_WORDS,
    LATIN_ABBREVIATED_FORMS,
    NOT_BODY_ACRONYMS,
    LATIN_BODY_WORDS,
    TOWN_COURTS,
    LATIN_FIRM_KINDS_AFTER,
    LATIN_LEGAL_FORMS,
    LATIN_TRADE_WORDS,
    APPOINTING_WORDS,
    LEADING_NOT_NAME,
    FORMER_WORDS,
    GIVING_VERBS,
    WHOLE_AMOUNT_ADVERBS,
    NAMESAKE_ENDINGS,
    NOT_BODY_WORDS,
    NOT_ORG_ENDINGS,
    COUNTRY_NAMED_KINDS,
    OCCUPATION_BODY_ENDINGS,
    OCCUPATIONS,
    NATIONAL_BODIES,
    ORIGIN_WORDS,
    POLITICAL_PARTIES,
    PARTY_ENDING,
    PLACE_BODIES,
    PLACE_PART_WORDS,
    SEAT_BUILDINGS,
    PLURAL_ENDINGS,
    PREPOSITIONS,
    QUOTED_BRAND_ACTS,
    QUOTED_BRAND_KINDS,
    RELATION_WORDS,
    SCHOOL_KINDS,
    SERVICE_ENDINGS,
    BODY_UNIT_ENDINGS,
    SEASON_GATHERINGS,
    ROLE_ENDINGS,
    SAR_BODIES,
    TRADITIONAL_PRESS_BODIES,
    STOCK_CODE_WORDS,
    STOCK_MARKET_WORDS,
    STOCK_EXCHANGES,
    SHELTER_ENDINGS,
    SUFFIXES,
    TAGGED_ONLY_ENDINGS,
)
from extractor.locale import detect_locale
from extractor.lexicon.dates import ANAPHORIC_YEARS, BRACKETED_DAY, DAY_PARTS, DAY_WORDS, RELATIVE_MONTHS, RELATIVE_YEARS
from extractor.lexicon.events import GATHERINGS, NOT_EVENT_BEFORE, OPENED_VERBS
from extractor.lexicon.regions import REGION_PREFIXES
from extractor.lexicon.units import CURRENCIES
from extractor.lexicon.speech import ADVERBS_AFTER_NAMES, SAID_AGAIN_VERBS, SPEECH_ADVERBS, SPEECH_VERBS
from extractor.lexicon.surnames import (
    AVERAGE_WORDS,
    BEFORE_A_SURNAME_REFERENCE,
    PAIR_WORDS,
    COMPOUND,
    SINGLE,
    FUNCTION_CHARACTERS,
    JAPANESE,
    LOANWORDS,
    MATCH_WORDS,
    WORKPLACE_WORDS,
    HONOUR_WORDS,
    COMMUNITY_SHORT_FORMS,
    MALAY_NAME_CHARACTERS,
    OTHER_NAME_WORDS,
    PERSONAL_NAME_WORDS,
    TRANSLITERATION,
    has_surname,
    is_japanese,
    is_transliterated,
)
from extractor.lexicon.gazetteer import (
    CONSTITUENCY_ENDINGS,
    ESTATE_ENDINGS,
    HOKKIEN_PLACE_CHARACTERS,
    JOINED_PLACES,
    KNOWN_PLACES,
    LEVEL_CHARACTERS,
    MALAY_PLACE_WORDS,
    NEIGHBOURHOOD_ENDINGS,
    SHOP_ENDINGS,
)
from extractor.lexicon.titles import (
    APPOINTMENT_VERBS,
    OFFICE_BEARER_POSTS,
    PORTFOLIO_POSTS,
    ACTING,
    ADDRESS_ENDINGS,
    DESCRIPTIONS,
    HONORIFIC_STYLES,
    STYLE_LOOKALIKES,
    UNSEGMENTED_STYLES,
    HONORIFICS,
    NICKNAME_PREFIXES,
    SHOP_MARKS,
    SURNAME_ADDRESSES,
    COMMUNITY_MODIFIERS,
    COMMUNITY_PLACES,
    PEOPLE_NOUNS,
    POSITIONS,
    POST_PREFIX_WORDS,
    SURNAME_REFERENCES,
)
from extractor.organization_names import (
    COUNTRY_PREFIX,
    owned_act as _owned_act,
    FIRMS_OF_A_TRADE,
    MEMBERS_BODY,
    KIND_IN_APPOSITION,
    DESCRIPTOR_KIND,
    LEVEL_ONLY,
    DEPARTMENT_END,
    GENERIC_SCOPE,
    KIND_BY_OWNERSHIP,
    NOT_ORG,
    ORG_SUFFIX,
    HOUSE_WIDTH,
    PARTY_BEFORE_HOUSE,
    ROLE_NOUN,
    SEAT_END,
    VENUE,
    abbreviated_department_start,
    is_organization,
    own_unit_facility,
    holding_characters,
    is_short_form,
)
from extractor.patterns import HAN, alternation, in_order
from extractor.word_tags import word_tag

_POSITION = "(?:" + alternation(POSITIONS) + ")"
_ENDS_WITH_POSITION = regex_cache.compile(_POSITION + "$")
_MIN_POSITION_INSIDE = 2


def _before_position_across_end(text: str, start: int, end: int) -> int:
    """Where a name ends when the tagger ran it into a position of three characters or more whose first two or more it
    took (汇通智融|联合创办/ORG|人兼行政总裁): before the position; a post that only shares the body's last character
    (某民政局|长) is left to the ending's own rule, and a body's ending the position opens with stays the body's (某市政协|主席)."""
    ending = ORG_SUFFIX.search(text, start, end)
    for j in range(max(start + 2, end - 5), end - _MIN_POSITION_INSIDE + 1):
        post = _POSITION_AHEAD.match(text, j)
        if post is not None and post.end() > end and post.end() - j >= 3:
            return end if ending is not None and ending.start() <= j else j
    return end


_ROLE_END = regex_cache.compile("(?:" + alternation(ROLE_ENDINGS) + ")$")
_ORGANISED_BY = regex_cache.compile("(?<=" + alternation([x for x in FUNCTION_ENDINGS if len(x) == 1] + ["街道", "社区"] + list(MEMBERSHIP_ENDINGS))
                               + ")组织$")
"""组织 after a department's ending or a subdistrict (科技部组织的评估, 某街道组织志愿者) is the verb, no part of the name;
组织 ends bodies' names after other words (世界卫生组织)."""
_EVENT_AFTER = regex_cache.compile(r"^[^，。；、：\s]{0,14}?(?:博览会|展览会|交易会|洽谈会|论坛|峰会|大会|研讨会|展|节)|^(?:产业园|园区|基地|项目|工程|计划)")
_SUFFIX_AFTER = regex_cache.compile("(?:" + alternation(SUFFIXES) + ")")
_PLACE_BODY_END = regex_cache.compile(r"\p{Han}{2}(?:" + alternation(PLACE_BODIES) + ")$")
_LEVEL_AFTER = regex_cache.compile(f"[{LEVEL_CHARACTERS}]")
_PLACE_BODY = regex_cache.compile("(?:" + alternation(PLACE_BODIES) + ")")
_HONORIFIC = regex_cache.compile("(?:" + in_order(HONORIFICS) + ")$")
_STYLE = "(?:" + alternation(HONORIFIC_STYLES) + ")"
_STYLE_BEFORE = regex_cache.compile("^" + _STYLE + " ?")
_STYLE_AFTER = regex_cache.compile(" ?" + _STYLE + "$")
_WRITTEN_STYLE = regex_cache.compile("(?:" + alternation([s for s in HONORIFIC_STYLES + UNSEGMENTED_STYLES if regex.fullmatch(r"\p{Han}{3,}", s)]) + ")")
"""Styles and honours of three or more characters wherever written (大紫荆勋贤): no name is inside one."""
_POSITION_THEN_SLOT = regex_cache.compile(_POSITION + "(?:" + _STYLE + ")?")
_DESCRIPTION_THEN_SLOT = regex_cache.compile("(?:" + alternation(DESCRIPTIONS) + ")(?!们)")
_SPLIT_ENDINGS: dict[str, tuple[str, ...]] = {}
for _ending in SUFFIXES:
    for _k in (1, 2):
        if len(_ending) > _k and regex.fullmatch(r"\p{Han}+", _ending):
            _SPLIT_ENDINGS.setdefault(_ending[:_k], ())
            _SPLIT_ENDINGS[_ending[:_k]] += (_ending,)
"""Organisation endings by their first one or two characters, for a 'name' that ends inside one (培南华|小)."""
_STYLE_THEN_SLOT = regex_cache.compile(r"(?<![\p{Han}])(?!" + alternation(STYLE_LOOKALIKES) + ")(?:" + _STYLE + r")+(?!\p{Han}{1,4}?(?:路|街|大道))")
"""Honorific styles opening a clause (拿督斯里|林国安致词, 丹斯里拿督|某某): a style is always followed by a name, so the slot
after it is one when it looks like one, whatever the tagger calls its words (林/v|国安/v). A word that opens with a style
but names no one (拿督公, the shrine deity) is none."""
"""A noun for people written before a name (茶农谢某说, 妻子王某): the slot after it, as after a position, but no title."""
_POSITION_AHEAD = regex_cache.compile(r"(?:前|副|总|首席|联合)?" + _POSITION)
_TITLE_AHEAD = regex_cache.compile(r"(?:署理|代理|常务|执行|助理)?(?:前|副|总|首席|联合)?" + _POSITION + "(?:" + _STYLE + " ?)?")
"""A position with an acting prefix and an honorific style after it, as written between a body and a name (马华|署理总会长|拿督斯里|某某)."""
_JOINED_BODY_AHEAD = regex_cache.compile(r"(?:及|暨)\p{Han}{1,8}?(?:" + alternation(SUFFIXES) + ")" + _TITLE_AHEAD.pattern)
"""The rest of a body's name joined by 及 or 暨, its ending, then a position (康乐|及文化事务署署长|某某): the 'name' before
it is the body's first word."""
_NAME_STOP = regex_cache.compile(r"^(?:[一二三四五六七八九十百千两]|万(?=[人名元余多个家件次吨亩户只台辆千亿])|本|该|各|全|新|老|小|大|级)|[的了是等]|^(\p{Han})\1$")
_ADDRESS = regex_cache.compile(r"^\p{Han}(?:[阿老]?([" + ADDRESS_ENDINGS + r"])\1?$|老汉$|氏|(?:" + alternation(SURNAME_REFERENCES) + ")+$)")
"""A surname made a form of address (刘氏, 胡老, 陈阿婆, 陈老伯) or a reference by surname and sex (林姓, 黃男子, 張男)."""
_HAN_ONLY = regex_cache.compile(r"\p{Han}+")
_WORDLIKE = regex_cache.compile(r"[\p{Han}A-Za-z]")
_WHEN_WORDS = ("时", "后", "前")
"""Words after a verb that make it the time of the clause (宣判时, 判刑后), no part of a name."""
_SLOT_END = regex_cache.compile(r"[\s，、。：；！？（）()“”「」]|等|一行|" + alternation(HONORIFICS))
"""What ends a name written after a position: punctuation, 等, 一行, or an honorific (委员王某先生)."""
_PLACE_AFTER = regex_cache.compile("(?!" + _POSITION + ")(?:[省州县邦市区]|[路街](?![过上途头演遇]))")
"""A 'name' followed by an administrative division (开伯尔普什图省) is a place, and one followed by 路 or 街 (林森|路口)
a street's name; 路过, 路上, 路演, 街头 are words of their own."""
_CONSTITUENCY_AHEAD = regex_cache.compile(r"\p{Han}{0,4}?(?:" + alternation(CONSTITUENCY_ENDINGS) + ")")
"""A 'name' written before a constituency's ending, or part of the way through its name (阿裕尼|集选区, 马林|百列集选区), is
the constituency's place."""
_DIRECTIONS = frozenset("东西南北中")
"""A known place and a direction after it (路氹|东, 元朗|西) is a part of that place, no person."""
_PLACE_END = regex_cache.compile(r"\p{Han}{2,}[省县区市]$")
"""A 'name' of three characters or more that ends in a division (黄大仙区): the tagger took a place for a person."""
_DIVISIONS = "省州县区市"
_HELD_AT_PATTERN = r"(?:隆重|盛大|正式)?(?:举行|举办|开幕|揭幕|闭幕|展出)"
_PLACE_PREPOSITIONS = ("在", "于", "於")


_JOINED_PLACE_WORDS = tuple(sorted(JOINED_PLACES))
"""A 'name' opening with places' abbreviations joined (雪隆|区华, 雪隆|华团: the tagger reads 雪隆 as a name) is a place's."""
_AFTER_MALAY_PLACE_WORD = regex_cache.compile("(?:" + alternation(MALAY_PLACE_WORDS) + r")\p{Han}{0,2}$")
_MALAY_PLACE_REACH = max(map(len, MALAY_PLACE_WORDS)) + 2
"""How far before a 'name' the Malay place word and the characters after it can start."""
_NEIGHBOURHOOD_SIGN_AFTER = regex_cache.compile(r"的?(?:居民|里民|村民|坊众|住户|业主|一带|社区|老街|里长|村长|乡长|乡公所|里办公处|街市|商场)")
"""What is written after a village, ward, court or neighbourhood and not after a person: its residents, head,
surroundings or market (王田里的居民, 林茂塘一带)."""
_SHOP_NUMBER_AFTER = regex_cache.compile(r"\p{Han}?号(?![召称码令外角施])")
"""号 closing a shop's name a character or two after a 'name' (王协|发号, 李源兴|号): an old shop, as 号召, 号称 are verbs."""
_VENUE_AHEAD = regex_cache.compile(r"\p{Han}{0,6}?" + _HELD_AT_PATTERN)


def _local_place_or_shop(text: str, start: int, end: int, name: str) -> bool:
    """A 'name' that is a local place or a shop of the overseas, Hong Kong, Macau and Taiwan press: written right after a
    Malay place word (双溪|丁宜州), with a Hokkien place character (林厝里), closed by an estate's head (华富邨) or a shop's
    (金比茶坊), followed by a shop's 号 (王协|发号), or closed by a village's or neighbourhood's head with its residents
    or surroundings after it (王田里的居民)."""
    if _AFTER_MALAY_PLACE_WORD.search(text, max(0, start - _MALAY_PLACE_REACH), start) or any(ch in HOKKIEN_PLACE_CHARACTERS for ch in name) \
            or _SHOP_NUMBER_AFTER.match(text, end):
        return True
    return len(name) >= 3 and (name[-1] in ESTATE_ENDINGS or name.endswith(SHOP_ENDINGS)) \
        or len(name) >= 3 and name[-1] in NEIGHBOURHOOD_ENDINGS and _NEIGHBOURHOOD_SIGN_AFTER.match(text, end) is not None


def _money_word_then_giving(text: str, start: int, end: int, name: str) -> bool:
    """A two-character 'name' of a character that closes a word with those before it and the giving word 予 (颁发奖学|金予/PER
    学生, 拨出基|金予): the sum given, then to whom, as the Malaysian and Singapore press write it; no person."""
    import jieba

    if len(name) == 3 and end - start == 3 and name[1] == "予" and _closes_a_currency(text, start):
        return True  # 令|吉予华/PER|小: the currency, the giving word and the first character of who receives it
    return len(name) == 2 and end - start == 2 and name[1] == "予" \
        and (any(jieba.dt.FREQ.get(text[start - k : start + 1], 0) >= _KNOWN_WORD_FREQ for k in (1, 2) if start >= k)
             or _closes_a_currency(text, start))


def _closes_a_currency(text: str, at: int) -> bool:
    """The character at `at` closes a currency's name written before it (令|吉, 林吉|特), which the segmenter may not know."""
    return any(text.startswith(currency, at + 1 - len(currency)) for currency in _MULTI_CHARACTER_CURRENCIES)


def _preposition_before_a_venue(text: str, start: int, end: int, name: str) -> bool:
    """A 'name' opening with 于, 於 or 在 after a word of the clause, with the rest of a body and what is held there after
    it (典礼於明|爱总部举行, 于文华|酒店举行): the preposition and the venue, no surname 于 (于大海举行 opens its clause,
    部长于文明举行 follows a post)."""
    return name[:1] in _PLACE_PREPOSITIONS and start > 0 and regex.match(r"\p{Han}", text[start - 1]) is not None \
        and _VENUE_AHEAD.match(text, end) is not None and not _ENDS_WITH_POSITION.search(text, max(0, start - 8), start)


def _division_opening_a_post(text: str, start: int, end: int) -> bool:
    """A 'name' of three characters or more whose last character is a division that opens the post written right after it
    (彭亨州|务大臣): the tagger took the place of the post for a person. Two characters at least of the post follow the
    name: one alone more often opens a word of its own (李建州|长期)."""
    post = _POSITION_AHEAD.match(text, end - 1)
    return end - start >= 3 and text[end - 1] in _DIVISIONS and post is not None and post.end() - end >= 2
_ASPECT_PARTICLES = ("着", "著", "了", "过")
_CLAUSE_GOES_ON = ("v", "p", "c", "d", "ad", "u", "TIME")
"""Tags of the word after a name slot that show the name has ended: verbs, prepositions, conjunctions, adverbs,
particles, adverbial adjectives (明确), times (发言人朱邦造今天回答)."""
_LATIN_RUN = regex_cache.compile(r"(?<!\p{Latin})(?=\p{Lu})\p{Latin}[\p{Latin}'’]{0,30}(?:\.?(?:[ \-]| & )(?=\p{Lu})\p{Latin}[\p{Latin}'’]{0,30}){1,6}(?!\p{Latin})")
"""Capitalised words in Latin script, accented letters included (Anna Müller, José Núñez), joined by spaces or hyphens,
a point after a word (Sdn. Bhd.) or & between (Lee & Tan Ltd)."""
_LATIN_WORD = r"\p{Latin}[\p{Latin}'’]{0,30}(?:-\p{Ll}[\p{Latin}'’]{0,30})?"
_LATIN_NAME_RUN = regex_cache.compile(r"(?<!\p{Latin})(?=\p{Lu})" + _LATIN_WORD + r"(?:(?:\.?[ \-]| (?:bin|binti|bte|a/[lp]|(?:van|von|de|da|di|del)(?: (?:der|den|la|le))?) )(?=\p{Lu})"
                                + _LATIN_WORD + r"){1,6}(?!\p{Latin})")
"""A person's name in Latin script: capitalised words as in `_LATIN_RUN`, a given name's lower-case syllable after a hyphen
(Park Ji-hoon), and the particles of Malay, Indian and European names between words (Siti Aminah binti Abdullah, Ravi a/l
Muniandy, Ursula von der Leyen)."""
_ROMANISED_CHINESE_NAME = regex_cache.compile(r"\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}")
"""A Cantonese, Taiwanese or Korean name in romanisation: a one-syllable surname, then a two-syllable given name joined by
a hyphen with its second syllable in small letters (Wong Ka-ming, Lin Yu-chen, Park Ji-hoon). Bodies and places are not
written so, so the form alone makes it a person's name."""
_LATIN_HONORIFIC = regex_cache.compile(r"^(?:Dr|Mr|Mrs|Ms|Mdm|Madam|Miss|Prof|Professor)\.? ")
"""Forms of address before a Latin name (Dr John Tan, Mr Tan): honorifics like 先生, no part of the name; a surname after one
is no person alone."""


_JOINED_BEFORE = regex_cache.compile(r"\p{Han}{2}[—－-]$")
_ALIAS = regex_cache.compile(r"[（(](?:(?:以下)?简称|下称)?[“「]?([A-Za-z][A-Za-z0-9&\-\. ]{1,40}|\p{Han}{2,8})[”」]?[）)]")
_DOTS = "·•‧・"
"""The dots a foreign name's parts are written with: the middle dot, the bullet, Taiwan's hyphenation point and the
katakana middle dot (卡爾‧霍夫曼, 大衛・泰勒)."""
_NAME_CHARS = regex_cache.compile(r"[\p{Han}·•‧・\-－‐—]+|\p{Han}+(?:[·•‧・]\p{Lu}\.?)+[·•‧・]\p{Han}+|(?:\p{Lu}\.?[·•‧・])+\p{Han}+")
"""A name's characters; a joined name may carry initials between its dots (约翰·F·戴维斯, J·K·罗琳)."""
_JOINERS = _DOTS + "-－‐—"
"""Marks that join the parts of a foreign name (尼克拉斯·斯文宁森, 米歇尔-贝尔, 勒布朗—迪萨尔: a single long dash only
between two foreign names, see `_dash_joins_names`)."""


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    """A dictionary word much commoner than a name, such as 方向, 会议 or 嘱托; the dictionary's own names (克林顿) are not."""
    import jieba

    if len(word) < 2 or jieba.dt.FREQ.get(word, 0) <= 100:
        return False
    return not word_tag(word).startswith("nr")


@lru_cache(maxsize=4096)
def _dictionary_non_org(word: str) -> bool:
    """A word jieba's dictionary knows as something other than an organisation (生物, 华夏, 多边)."""
    return word_tag(word, "nt") not in ("nt", "j", "nz", "nrt")


class EntityComponent:
    """LAC's PER/ORG/LOC, with the corrections press text needs."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lac = list(doc.spans.get("lac", []))
        names = self._people(doc, text, lac) - doc._.credited  # a reporter named again in the body (记者X在现场看到)
        names, other_names = _without_other_names(text, names)
        orgs = self._organizations(doc, text, lac, names)
        doc.spans["people"] = _all_mentions(doc, text, _not_short_for_a_body(_outside(names, text, orgs), orgs))
        kept = {span.text for span in doc.spans["people"]}
        doc.spans["other_names"] = [span for start, end, other in find_names(text, other_names)
                                    if other_names[other] in kept
                                    and (span := doc.char_span(start, end, label=other_names[other])) is not None]
        doc.spans["orgs"] = orgs
        doc.spans["locations"] = [s for s in lac if s.label_ == "LOC" and len(s.text) >= 2]
        return doc

    def _people(self, doc: Doc, text: str, lac: list[Span]) -> set[str]:
        names: set[str] = set()
        tagged_at: dict[str, list[int]] = {}  # where LAC's tags gave each name
        other_tags = {s.text for s in lac if s.label_ in ("LOC", "ORG")}
        styles = [m.span() for m in _WRITTEN_STYLE.finditer(text)]
        person_spans = _SpansByEdge([(s.start_char, s.end_char) for s in lac if s.label_ == "PER"])
        for span in lac:
            if span.label_ != "PER" or _listed_with(doc, span, ("ORG", "nz")) or _listed_with(doc, span, ("LOC",)) \
                    or _body_tagged_as_person(span.text):
                continue
            if any(a <= span.start_char and span.end_char <= b for a, b in styles):
                continue  # 大紫|荆勋贤: a piece of an honour the tagger cut in two
            if _glued_to_a_place(doc, span) or _place_in_a_country(text, span.start_char, span.end_char):
                continue
            if text[span.start_char - 1 : span.start_char] == "每":
                continue  # 每程|多付10分: 每 counts by the measure word after it, which is no surname
            start, end = _joined_name(doc, span)
            start, end = _with_transliterated_pieces(doc, text, start, end, person_spans)
            end = _with_japanese_given_name(doc, text, start, _without_speech_verb(text, start, _without_appointing_verb(text, start, end)))
            end = _with_name_final_conjunction(doc, text, start, _without_speech_adverb(text, start, end))
            end = _with_last_character_before_a_post(doc, text, start, _with_given_name_cut_by_tagger(doc, text, start, end))
            end = _with_last_character_run_into_a_post(doc, text, start, end)
            end = _without_day_word_after(text, start, _without_preposition_after(text, start, end))
            start = _without_post_ending_before(text, start, end)
            start = _with_conjunction_surname(text, start, end)
            name = _person_name(text[start:end])
            if any(text[start : end + k] in _GAZETTEER_PLACES for k in (1, 2, 3)):
                continue  # 在|杜尚/PER|别: a known place the tagger cut, whose first part it took for a name
            if _not_a_person_at(text, start, end, name):
                continue  # 打击王|则由, 易边|后, 7010万令|吉多|出, A、B及C三个县, 某盛|产业（… Pte Ltd）: see _not_a_person_at
            if _runs_into_a_service_ending(text, start, end):
                continue  # 福颐/PER|护老院, 童乐托儿/PER|所: the brand of a service body, no one
            if _item_of_a_body_list(text, start, end):
                continue  # 公安、卫健/PER、应急管理等部门: a department's short name listed among bodies, no one
            if _COMMUNITY_NOUN.fullmatch(name):
                continue  # 土生葡人/PER, 港人, 华裔: a community named by its place, no one
            if _ends_in_a_place_character(name):
                continue  # 林则徐/PER|路/PER, 邵逸夫/PER|堂/PER: a street or building named after someone
            if len(name) >= 3 and name.endswith(TROPHY_ENDINGS):
                continue  # 陈某某杯/PER|足球赛: a competition named after someone, by its cup
            if _PLACE_AFTER.match(text, end) or _heads_a_title(doc, text, end, start) or name in _GAZETTEER_PLACES or _PLACE_END.match(name) \
                    or len(name) >= 3 and name[-1] in _DIVISIONS + "邦" and name[:-1] in _GAZETTEER_PLACES \
                    or _division_opening_a_post(text, start, end) \
                    or name[-1:] in _DIRECTIONS and name[:-1] in _GAZETTEER_PLACES \
                    or name.startswith(MALAY_PLACE_WORDS) or name.startswith(_JOINED_PLACE_WORDS) or _CONSTITUENCY_AHEAD.match(text, end):
                continue
            if _local_place_or_shop(text, start, end, name) or _preposition_before_a_venue(text, start, end, name) \
                    or _money_word_then_giving(text, start, end, name):
                continue
            if is_japanese(name) and (_INDUSTRY_END.search(name) or _LONG_ENDING.search(name)):
                continue  # 小林制药, 铃木汽车, 山田商会: a Japanese family name and an industry word is a company (浩司 is a given name)
            if name in POST_PREFIX_WORDS or name in OFFICE_BEARER_POSTS or _a_script(name):
                continue  # 荣休/PER|后: a word that opens a post, 查账/PER|王某: a post, 华文/PER|独中: a script, whatever the tagger calls them
            if len(name) >= 3 and name.endswith("族"):
                continue  # 阿美族/PER|歌手: a people (族) named before a noun for a person, no given name
            if len(name) >= 3 and all(c in PLACE_ABBREVIATIONS for c in name) and text.startswith("分", end) \
                    and _POSITION_AHEAD.match(text, end + 1):
                continue  # 云嘉南/PER|分署长: the region a branch serves, by its places' abbreviations, no one
            if _surname_and_post(text, start, end, name):
                continue  # 陈/PER|署理/PER|市长, 黄|行政|议员: a surname with a post, a reference back, no name
            if _reaching_verb_before_figure(text, name):
                continue  # 销售额则冀/PER|达|RM1200万: a verb of hoping and 达 before the figure it hopes to reach, no name
            if len(name) == 2 and name[1] == "暨":
                continue  # 科学技术周|暨: 暨 joins two names (…周暨…仪式), it is no given name after a surname
            if len(name) == 2 and word_tag(name) in ("n", "r", "c"):
                continue  # 巫统/PER: a common noun of the dictionary; a name that is one is found in its slot (副市长高峰)
            if len(name) == 2 and name[0] in PREPOSITIONS and _is_common_word(name[1] + text[end : end + 1]) and not _said_again(text, name, start):
                continue  # 向|合资格人士: a preposition and a word the tagger cut, no name
            if name and (name not in other_tags or _is_joined(name)) and _name_like(name):
                names.add(name)
                tagged_at.setdefault(name, []).append(text.find(name, start, end))
        names |= _latin_names(doc, text, names)
        schools = _schools_named_before_kind(doc)
        names |= _list_members(doc, names)
        names |= _four_character_list_items(doc, text, names)
        names |= _names_before_honorifics(doc, text, names)
        names |= _names_before_bracketed_titles(doc, text, names)
        names |= _japanese_names_before_positions(doc, text)
        names |= _transliterated_names_before_head_posts(text, lac)
        middle_names = _middle_name_thi(lac)
        names |= middle_names
        names = _with_malay_first_parts(text, names)
        names = _with_names_after_positions(doc, text, names, tagged_at)
        names = _with_names_after_positions(doc, text, names, tagged_at, _DESCRIPTION_THEN_SLOT)
        names = _with_names_after_positions(doc, text, names, tagged_at, _STYLE_THEN_SLOT)
        latin = {name for name in names if name.isascii()}
        things = {name for name in names if _named_thing(doc, text, name)}
        kinds = things | {s.text for s in lac if s.label_ == "ORG" and len(s.text) >= 2 and not ORG_SUFFIX.search(s.text)
                          and _brand_like(text, s.text)}
        things |= {name for name in names if _listed_only_with(text, name, kinds)}
        return {name for name in _without_joined_parts(names) if not _only_inside_quoted_terms(text, name)
                and name not in things and (not _form_of_address(name) or name in middle_names) and name not in DESCRIPTIONS
                and name not in LOANWORDS and name not in WORKPLACE_WORDS and name not in HONOUR_WORDS and name not in COMMUNITY_SHORT_FORMS and not _a_language(name)  # 马来语/PER, 泰米尔语: a language
                and not _surname_then_speech(text, name, names) and not _surname_then_verb(text, name, names) and not (latin and _bracketed_after_latin(text, name, latin))
                and not _listed_as_a_business(doc, text, name) and not _an_award(text, name) and not _a_cup(text, name)
                and not _given_name_of_another(name, names) and not _runs_into_a_body_ending(text, name) and not _surname_closing_a_word(text, name)
                and not _a_school_or_its_kind(text, name, schools) and not _only_a_model_of_a_campaign(text, name)}

    def _organizations(self, doc: Doc, text: str, lac: list[Span], people: set[str]) -> list[Span]:
        found: dict[str, Span] = {}
        places = {s.text for s in lac if s.label_ == "LOC"}
        candidates = _with_proper_word_before(text, [piece for s in lac if s.label_ == "ORG" for piece in _split_at_prepositions(s)])
        candidates = [(_with_new_before(doc, a, b), b) for a, b in candidates]
        higher = _higher_places(lac)
        for place in (s for s in lac if s.label_ == "LOC" and not _place_cut_from_a_word(text, s.start_char, s.text)):
            body = _PLACE_BODY.match(text, place.end_char) or _PLACE_BODY.match(text, place.end_char - 1)  # 竹山镇公|所
            start = _with_higher_places(higher, place.start_char)
            if body and body.end() > place.end_char:
                candidates.append((start, body.end()))
            elif _named_like_a_body(doc, place):  # 彰化县府, 某华乐总会 tagged as places
                candidates.append((start, place.end_char))
        schools = set(_schools_named_before_kind(doc))
        candidates += _named_by_ending(doc) + _schools_cut_by_tagger(doc) + list(schools) + _committees_cut_by_tagger(doc) + _common_noun_bodies_acting(doc)
        candidates += _institutions_acting(doc) + _fields_joined_before_ending(doc) + _units_named_by_ordinal(doc, text)
        candidates += _teams_named_by_place(doc, text) + _associations_before_members(doc, text)
        clubs = _clubs_named_by_place(text, lac)
        candidates += clubs
        services = set(_service_bodies(doc, lac))
        field_lists = _FieldLists(text)
        candidates += _abbreviated_departments(doc, text) + list(services)
        candidates += _occupation_bodies(doc, text)
        candidates += _brands_with_business_word(doc, lac)
        quoted_brands = _quoted_brands_acting(text)
        firms = _trade_named_firms_acting(doc, lac) + _trade_names_in_firm_lists(doc) + _bare_firms_acting(doc, lac) + _troupes_acting(doc) + quoted_brands
        exempt = set(firms)  # 特斯拉/PER|宣布, Grab/PER|发言人: a firm where a body stands, whatever the tagger calls it
        candidates += firms
        place_at_end = {s.end_char: s.start_char for s in lac if s.label_ == "LOC"}
        national = [(_court_town(text, _court_district(text, place_at_end.get(start, start))) if name.endswith(_COURT_ENDS) else start, end)
                    for start, end, name in find_names(text, NATIONAL_BODIES + POLITICAL_PARTIES)]  # 某地|裁判法院: a court of a place
        national += [(start, end) for start, end, _ in find_names(text, COALITION_SHORT_FORMS + EXCHANGE_SHORT_FORMS + BLOCS + INTERNATIONAL_BODIES)
                     if doc.char_span(start, end) is not None  # 并非|盟友: a short form inside two words names nothing
                     and not (text[start - 1 : start] in "（(" and start > 0 and text[end : end + 1] in "）)" and end < len(text))]
        # 某林协会（东协）: a short form in brackets right after a name is that name's alias, whatever else it may name
        national += [(start, end) for start, end, _ in find_names(text, FEDERATION_SHORT_FORMS) if _federation_word(doc, text, start, end)]
        candidates += national
        exchanges = [(start, end) for start, end in national if text[start:end] in EXCHANGE_SHORT_FORMS]
        district_judiciary = _district_judiciary(doc, text)
        sar_bodies = [(start, end) for start, end, _ in find_names(text, _sar_bodies(doc, text))]
        candidates += district_judiciary + sar_bodies
        known = dict(national + sar_bodies)
        candidates = [(_at_known_body(doc, text, a, b, known), b) for a, b in candidates]
        latin = [span for m in _LATIN_RUN.finditer(text) for span in [_with_abbreviation_point(text, *_with_dotted_form(text, *m.span()))]
                 if _latin_company(text[span[0] : span[1]])]
        latin_with_kind = _latin_firms_with_kind(text)
        latin += latin_with_kind
        latin += [m.span() for m in _LATIN_THEN_INSTITUTION.finditer(text)]
        acronyms = _acronyms_acting(text)
        after_kinds = _latin_names_after_kinds(text) + _short_names_after_trade_kinds(doc)
        latin_firms = _latin_firms_acting(text)
        latin += acronyms + after_kinds + latin_firms
        kind_before = {start for start, _ in after_kinds} | {start - 1 for start, _ in quoted_brands}
        before_latin = [c for c in (_chinese_name_before(doc, text, *span) for span in latin) if c]
        listed_companies = _before_stock_codes(doc, text) + _holders(doc, text)
        by_alias = _named_by_alias(text) + _named_before_latin_alias(doc)
        candidates += latin + before_latin + listed_companies + by_alias
        candidates = [_exchange_before_kind(doc, text, a, b) for a, b in _outermost(candidates)]
        candidates += [(s.start_char, s.end_char) for s in lac
                       if s.label_ == "PER" and (_listed_with(doc, s, ("ORG", "nz")) or _body_tagged_as_person(s.text))]
        unnamed_heads = [(s.start_char, m.end()) for s in lac if s.label_ == "PER" and _no_surname_before_ending(s.text)
                         for m in [_GOVERNMENT_ENDING_AFTER.match(text, s.end_char)] if m]  # 柔南基建/PER|发展局: a body
        candidates += unnamed_heads
        exempt.update(unnamed_heads)
        candidates += [(s.start_char, m.end()) for s in lac if s.label_ == "PER" for m in [_NAMESAKE_AFTER.match(text, s.end_char)] if m]
        candidates += [(s.start_char, m.end()) for s in lac if s.label_ == "PER" and len(s.text) <= _MAX_PLACE_TAGGED_AS_PERSON
                       for m in [_LEVEL_BODY_AFTER.match(text, s.end_char)] if m]  # 某地|市委书记: a place the tagger took for a name
        candidates += [(s.start_char, s.end_char + len(_COUNCIL)) for s in lac if s.label_ == "PER" and 3 <= len(s.text) <= 4
                       and s.text[-1] in _COUNCIL_LEVELS and text.startswith(_COUNCIL, s.end_char)]  # 某原区|议会: a district's council
        listed = [_without_leading_verbs(doc, *item) for item in _organization_list_items(text)]
        covered = bytearray(len(text) + 1)
        for a, b in candidates:
            covered[a:b] = b"\x01" * (b - a)
        candidates = _outermost(candidates + [c for c in listed if not all(covered[c[0] : c[1]])])  # 东风|电机 of a list
        candidates = [(_after_co_action_after_body(doc, text, _with_field_noun_before(doc, a, b), b), _before_trailing_co_action(text, b))
                      for a, b in candidates]
        candidates = [piece for a, b in _joined_at_ji(text, candidates, places) for joined in _split_at_ji(text, a, b, places)
                      for co_acting in _split_at_co_action(doc, text, *joined) for acting in _split_at_and(doc, text, *co_acting)
                      for party in _split_after_party(text, *acting)
                      for piece in _split_at_adverb_and_partner(doc, text, *party)]
        candidates = _with_units_after_parents(text, _with_branches(text, candidates))
        listed = set(listed) | set(before_latin) | set(listed_companies) | set(national) | set(acronyms) | set(by_alias) | set(after_kinds) \
            | set(district_judiciary) | set(sar_bodies) | set(firms) | set(latin_firms) | set(latin_with_kind) | set(clubs)
        long_names = {p for p in people if len(p) >= 3}
        tagged_ends = {s.end_char for s in lac if s.label_ == "ORG"}
        person_at_end = {s.end_char: s.start_char for s in lac if s.label_ == "PER"}
        themes = _quoted_themes(text)
        apposed = {named for start, end in candidates for named in [_after_kind_in_apposition(text, start, end)] if named > start}
        for start, end in candidates:
            school = start if (start, end) in schools else None
            if any(a <= start and end <= b for a, b in themes) or end in kind_before and _kind_only(doc, start, end) \
                    or end in apposed and _ends_with_kind(text, start, end):
                continue  # 散热模组厂|某某科技: the kind written before a company's name
            if (start, end) not in services:  # 何志明|福颐护老院|院长: the brand is the body's name, the person before it no part
                start = _with_namesakes(text, start, end, person_at_end)
            start = _with_hyphened_latin_before(text, start)
            joined = _JOINED_BEFORE.search(text[max(0, start - 5) : start])
            if joined:
                start -= len(joined.group())
            start, end = _across_bracketed_place(doc, text, start, end, places)
            start = _with_sending_country(text, start, place_at_end)
            suffix = _SUFFIX_AFTER.match(text, end) or _SUFFIX_AFTER.match(text, end - 1)  # 青溪镇公|所: the tagger cut the ending
            if suffix and suffix.end() > end and _extends_name(doc, text, start, suffix):
                end = suffix.end()
                end = _with_federation_ending(doc, text, start, end)
            if text.startswith(_PLENARY, end - len(_PLENARY)) and text[start : end - 1] in NATIONAL_BODIES:
                end -= 1  # 立法院|会今日三读: the chamber's plenary (院会), the body is the chamber
            end = _with_university_department(text, start, end)
            end = _with_numbered_unit(doc, text, start, end)
            with_unit = _with_regional_unit(text, start, end)
            regional_unit, end = with_unit > end, with_unit
            end = _with_school_system(text, start, end)
            inside = _DIVISION_INSIDE.search(text, start, end)  # 某中级人民法院民事审判第二庭 tagged whole
            if inside and _COURT_DIVISION.fullmatch(text, inside.end(), end):
                end = inside.end()
            divided = _with_court_division(text, start, end)
            court_division, end = divided > end, divided
            with_section = _with_section(doc, text, start, end)
            sectioned, end = with_section > end or court_division or regional_unit, with_section
            end = _before_trailing_verbs(doc, text, start, end)
            party_group = _PARTY_GROUP_OF_DEPARTMENT.search(text, start, end)
            if party_group:
                end = party_group.start()
            end = _before_position_across_end(text, start, end)
            position = _ENDS_WITH_POSITION.search(text[start:end])
            if position and (start, end) in exempt and _TRADE_WORD_ENDING_IN_POST.search(text, start, end):
                position = None  # 某某地产顾问|研究主管: a firm whose trade word ends in a post's word, the post no cut
            if position:
                end -= len(position.group())
                if _post_shares_ending(text, start, end):
                    end += 1  # 某市民政局长 tagged whole: the post writes its bureau's ending once
            seat = SEAT_END.search(text, start, end)  # 某企联|驻会|副会长
            if seat:
                end = seat.start()
            if (start, end) not in exempt and (text[start:end] in people or _holds_a_name(text[start:end], long_names)
                                                      and not _named_after_people(text[start:end], people)):
                continue
            if start > 0 and text[start - 1] == "》":
                opening = text.rfind("《", max(0, start - 40), start)
                if opening >= 0:
                    start = opening
            role = _ROLE_END.search(text[start:end]) or _ORGANISED_BY.search(text, start, end)
            if role:
                end -= len(role.group())
            start = _after_leading_words(doc, text, start, end)
            named = _after_kind_in_apposition(text, start, end)
            if named > start and ((start, end) in listed or _repeats_line_of_work(text[start:named], text[named:end])):
                listed.add((named, end))  # 上市公司|某某科技（300123）: still the name before the code; 物流公司|某某物流
            start = named
            start = _after_co_action_verb(doc, text, start, end)
            start = _after_leading_verb(doc, start, end)
            if _preposition_at(doc, start, end) and _common_words_only(doc, start + 1, end):
                continue  # 公司|向/p|新|材料|转型: a preposition and common words, no name
            cut = _after_left_edge_stop(doc, text, start, end)
            if cut > start and _common_words_only(doc, cut, end):
                continue  # 前|物流公司, 全数拨入|会员福利基金, 多本|银行: a kind of body, no name
            start = cut
            start = _after_time_word(doc, start, end)
            start = _after_word_cut_by_tagger(text, start, end)
            end = _before_word_cut_by_tagger(doc, start, end)
            start = _with_joined_field(doc, text, start, end, places)
            start = _with_fields_after_place(doc, text, start, end)
            start = _with_legal_form_qualifier(text, start)
            start = _with_first_field_of_department(text, start, end)
            if school is not None and start > school:
                start = school  # 予|育/v|英华小: a school's name is whole, whatever verb the tagger read in it
            name = text[start:end]
            if _verb_before_generic_body(doc, text, start, end, places) or own_unit_facility(name, places) or _no_body_named(text, start, end, places) or _kind_being_set_up(doc, start, end) or _counted_kind(doc, text, start, end) \
                    or _described_kind(doc, text, start, end) or _kinds_described(text[start:end]) \
                    or _ends_in_a_situation_word(doc, start, end) or _fund_as_money(text, start, end) or _fund_of_common_words(doc, start, end) \
                    or _inside_a_quoted_occasion(text, start, end) or _names_a_ranking(text, end) \
                    or _line_of_business(doc, text, start, end) or _cut_from_a_kind(text, start, end) \
                    or _inside_a_document_title(text, start, end) or _STREET_AFTER.match(text, end) \
                    or _JUNCTION.search(text, start, end) or _place_one_goes_to(text, start, end) or _called_thing(text, start, end) \
                    or _venue_after_jia(text, start, end) \
                    or _quoted_name_of_a_thing(doc, text, start, end) \
                    or _sentenced_to(text, start, end) or _short_ending_cut_from_a_word(text, start, end) \
                    or _inside_a_stock_code(text, start, end) or _honour_conferred(text, start, end) \
                    or _unit_of_a_pointed_body(text, start) or _role_aimed_at(doc, text, start, end) \
                    or field_lists.after(end):
                continue
            origin = COUNTRY_PREFIX.match(name)
            if origin and (start + origin.end(), end) in listed:  # 美商Orbital Networks tagged whole: the name after the origin
                start += origin.end()
                name = text[start:end]
            party = len(name) >= 3 and name.endswith(PARTY_ENDING) and (end in tagged_ends or end - 1 in tagged_ends)  # 某某行动|党
            acting = _acting_institution(text, start, end) or (start, end) in quoted_brands
            if not ORG_SUFFIX.search(name) and not party and not sectioned and not acting and not _latin_company(name) and (start, end) not in listed \
                    and not _credible_without_suffix(doc, name, start, _bracketed_place_end(text, end, places)):
                continue
            if _opens_an_event_name(doc, text, end) and (not ORG_SUFFIX.search(name) and not acting or _EDITION_BEFORE.search(text, 0, start)) \
                    or _named_inside_an_occasion(doc, text, end) \
                    or name in places and (start, end) not in listed and not _body_named_as_place(text, start, name) \
                    and not _department_named_as_place(text, start, name) \
                    or name in COUNTRIES and not (name in BLOCS and (_ACTS_AFTER.match(text, end) or _BLOC_DECIDES.match(text, end)
                                                     or _BLOC_AS_SUBJECT.match(text, end) or _bloc_as_partner(text, start, end))) \
                    or _names_a_prize(doc, end) \
                    or _RATE_NAMED_AFTER.match(text, end) or _PORTFOLIO_AFTER.match(text, end):
                continue
            country = COUNTRY_PREFIX.match(name) or _DELEGATION_BEFORE.match(name)
            national = country is not None and FIRMS_OF_A_TRADE.match(name[country.end() :]) is not None and bool(_bracket_aliases(text, end))
            if country and not national and name[country.end() :] not in COUNTRY_NAMED_KINDS:  # 新加坡国立大学: the country names it; 泰国电力公司（Siam Power PCL）: a country's trade company given its legal name keeps the country
                start += country.end()
                name = text[start:end]
            start = _after_address(doc, start, end)
            name = text[start:end]
            if not national and not is_organization(name) and not ((start, end) in listed and not VENUE.search(name) and name not in GENERIC_BODIES) \
                    and not acting:
                continue
            end = _bracketed_place_end(text, end, places)
            inner = _ROOM_OF_A_DEPARTMENT.search(text, start, end)
            if inner and start > 0 and text[start - 1] in _PLACE_PREPOSITIONS:
                end = inner.start()  # 在某市公安局|指挥中心|看到: a room of the body, where something happens
            name = text[start:end]
            if _held_at(text, start, end) or _part_of_its_grounds(text, start, end) \
                    or any(m.start() <= start and end <= m.end() for m in _WRITTEN_STYLE.finditer(text, max(0, start - 4), end + 4)):
                continue  # 太平局/ORG|绅: a piece of an honorific style, no body
            start = _from_alias_start(text, start, end)
            start = _after_known_place(text, start)
            start = _with_division_name_before(doc, text, start, end)
            start = _with_school_place(text, start, end, place_at_end, higher)
            if start > 0 and text[start - 1] == _MASKED:
                continue  # 原告某|物流公司: a firm masked in a court or police item, its kind left, no name
            if text.startswith(_VOCATIONAL, end) and text.endswith(_SENIOR_HIGH, start, end):
                continue  # 新北市高中|职: the city's senior high and vocational schools, a kind
            name = text[start:end]
            org = doc.char_span(start, end, label="ORG", alignment_mode="expand")
            if org is None:
                continue
            org._.attrs = {"start": start, "end": end}
            aliases = [] if _STOCK_CODE.match(text, end) else _bracket_aliases(text, end)  # 某医药（HK.02268）: a code, no alias
            if aliases:
                org._.attrs = {"start": start, "end": end, "aliases": [a for a, _ in aliases], "alias_offsets": [span for _, span in aliases]}
            found.setdefault(name, org)
        _exchanges_before_firms(doc, text, exchanges, found)
        _with_short_bodies_in_slots(doc, text, lac, people, places, found)
        aliases = {a for o in found.values() for a in (o._.attrs or {}).get("aliases", [])}
        club_names = {text[a:b] for a, b in clubs}
        return [o for name, o in found.items() if name not in aliases and not _place_of(name, text)
                and not (club_names and _club_short_form(name, found))]


_OCCUPATION_BODY = regex_cache.compile("(?:" + alternation(OCCUPATIONS) + ")业?(?:" + alternation(OCCUPATION_BODY_ENDINGS) + ")")
_OCCUPATION_NAME_TAGS = ("n", "nz", "LOC", "ns", "ORG", "nt")


_DIVISION_OPENERS = "区县乡镇"
_NUMERAL_WORD = regex_cache.compile(r"[一二三四五六七八九十百千两零〇0-9]+")
_DIVISION_NAME_WORD_TAGS = ("m", "ns", "nr", "nrt", "")
"""The dictionary's tags of a word that may be a division's proper name: a number-like word (七股), a place, a name, or none."""


def _with_division_name_before(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a body whose name the tagger opened at a division's character (七股/m|区顶山社区发展协会, 五股|区…) starts: the
    word of two characters before it is the division's proper name, whatever the tagger calls it (a number: 七股, 三重);
    a count of divisions (三|区, 两个|区), a function word or a word of the clause the dictionary knows is none."""
    if end - start < 5 or text[start] not in _DIVISION_OPENERS:
        return start
    before = doc.char_span(start - 2, start) if start >= 2 else None
    if before is None or len(before) != 1:
        return start
    word = before[0]
    if not regex.fullmatch(r"\p{Han}{2}", word.text) or _NUMERAL_WORD.fullmatch(word.text) \
            or word.tag_ not in ("m", "n", "nz", "ns", "LOC", "PER", "ORG") or word_tag(word.text) not in _DIVISION_NAME_WORD_TAGS:
        return start  # 协同|区消防救援大队, 联合|区应急管理局: a word of the clause the dictionary knows, no division's name
    return start - 2


def _occupation_bodies(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Unions and associations named after an occupation (外送员职业工会, 计程车驾驶员职业工会, 外卖员工会), matched on the
    text, since jieba cuts the occupation (外|送|员, 外卖|员|工|会): with the nouns and place written right before the
    occupation (台北市|计程车|驾驶员…), up to a verb, a function word or punctuation."""
    found = []
    for m in _OCCUPATION_BODY.finditer(text):
        first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if first is None or doc[first.start].idx != m.start():
            continue
        k = first.start
        while k > 0 and doc[k - 1].tag_ in _OCCUPATION_NAME_TAGS and doc[k - 1].text not in GENERIC_BODIES:
            k -= 1
        found.append((doc[k].idx, m.end()))
    return found


_SLOT_ROLE = r"(?:主[办辦]|承[办辦]|[协協][办辦]|合[办辦]|(?<!中)[联聯][办辦])"
_SLOT_JOINT = r"(?:共同|[联聯]合|合作|携手|攜手)?"
_SLOT_NAMES = r"(?P<names>[^，。；：！？\n由（）()“”「」『』《》]{2,40}?)"
_SHORT_BODY_SLOTS = (
    regex_cache.compile(r"由" + _SLOT_NAMES + _SLOT_JOINT + _SLOT_ROLE),  # 由A与B联合主办, 由A主办
    regex_cache.compile(r"(?:^|(?<=[，。；！？\n]|" + _SLOT_ROLE + r"、))" + _SLOT_NAMES + _SLOT_JOINT + _SLOT_ROLE + r"(?=[，。；、\n]|$)"),  # A主办，B承办
    regex_cache.compile(_SLOT_ROLE + r"(?:[单單]位|[机機]构|[机機]構|方|[当當]局)?(?:[：:]|[为為是](?![了的]))" + r"(?P<names>[^，。；：！？\n（）()“”「」]{2,60}?)"
                  r"(?=[，。；！？\n]|$)"),  # 主办单位：A、B, 主办单位为A
)
"""Slots only bodies fill (由A与B联合主办, 由A主办、B协办, A主办，B承办, 主办单位：A、B): a short name with no ending in one (董总,
廉署, 星展) is a body that organises."""
_SLOT_SEPARATOR = regex_cache.compile(r"、|以及|[与與和及]")
_SHORT_BODY = regex_cache.compile(r"\p{Han}{2,5}")
_NO_SHORT_BODY = regex_cache.compile(r"^[全本该該各我此这這其那某他她它市县縣省区區州镇鎮乡鄉村]|^[双雙两兩三四多我对對中校官外]方$|[们們]$|(?:教授|先生|女士|老师|老師|博士|主席|主任|会长|會長)$"
                               r"|(?:计划|計劃|项目|項目|活动|活動|工程|行动|行動|系列|课程|課程)$|[市县縣省区區州镇鎮乡鄉村]$")
"""Not a short body's name: a determiner or pronoun (该会, 双方, 他们), a person by a title, a programme, a place's level."""
_SHORT_BODY_FINALS = "总總联聯会會署大堂油电電铁鐵展盟协協委"
"""Last characters of short bodies (董总, 侨联, 廉署, 港大, 隆雪华堂, 中油, 港铁) the tagger may take for a person's name: in a
slot only bodies fill, a name that ends in one is the body; a person's name in the slot (由张伟主办) is kept a person."""
_BARE_DEPARTMENT = regex_cache.compile(r"\p{Han}{1,4}(?:局|厅|廳|部|委|委员会|委員會|办|辦|署|司|处|處|办公室|辦公室)")
"""A field and a department's ending (旅游局, 信息化局): the second half of 某市文化和旅游局, no body of its own."""


def _common_nouns_only(word: str) -> bool:
    """A kind of body written with common nouns (社区医疗, 社区卫生) or one common word (体育), no body's short name."""
    import jieba

    pieces = jieba.lcut(word)
    if len(word) >= 3:
        return all(len(p) >= 2 and word_tag(p) in ("n", "vn", "an", "v") for p in pieces)
    return word_tag(word) in ("vn", "an", "a", "d", "r", "m")


def _short_bodies_in_slots(doc: Doc, text: str, lac: list[Span], people: set[str], places: set[str]) -> list[tuple[int, int]]:
    """Short names with no ending (董总, 廉署, 星展) listed in an organiser's slot: each a body. A list whose part is a field
    word before a named department (文化和旅游局) is one name, none of them."""
    persons = {s.text for s in lac if s.label_ == "PER"} | people
    spans = []
    for pattern in _SHORT_BODY_SLOTS:
        for m in pattern.finditer(text):
            start, names = m.start("names"), m["names"]
            cut = names.rfind("由")
            if cut >= 0:
                start, names = start + cut + 1, names[cut + 1 :]
            parts, joints, at = [], [], 0
            for sep in _SLOT_SEPARATOR.finditer(names):
                parts.append((at, sep.start()))
                joints.append(sep.group())
                at = sep.end()
            parts.append((at, len(names)))
            words = [names[a:b].strip() for a, b in parts]
            for i, word in enumerate(words):  # 由某部|指导、某府主办: the part a body plays, written after it, is no part of it
                role = _ROLE_END.search(word)
                if role and role.start() >= 2 and ORG_SUFFIX.search(word, 0, role.start()):
                    words[i] = word[: role.start()]
            if any(joint != "、" and _BARE_DEPARTMENT.fullmatch(words[i + 1]) and not ORG_SUFFIX.search(words[i])
                   and (joint not in "与與" or word_tag(words[i][-2:]) in ("n", "vn", "an")) for i, joint in enumerate(joints)) \
                    or any(joint in ("和", "及", "以及") and not ORG_SUFFIX.search(words[i]) and word_tag(words[i][-2:]) in ("n", "vn", "an")
                           and ORG_SUFFIX.search(words[i + 1]) for i, joint in enumerate(joints)):
                continue  # 某市文化和旅游局, 康乐及文化事务署, 香港医疗及保健器材行业协会: one body with 和/及 inside
            for (a, b), word in zip(parts, words):
                if not _SHORT_BODY.fullmatch(word) or _common_nouns_only(word) or word in persons and word[-1] not in _SHORT_BODY_FINALS or word in GENERIC_BODIES or _NO_SHORT_BODY.search(word) \
                        or word in places and not word.endswith(("大", "总", "總")):
                    continue
                a += len(names[a:b]) - len(names[a:b].lstrip())
                spans.append((start + a, start + a + len(word)))
    return sorted(set(spans))


def _with_short_bodies_in_slots(doc: Doc, text: str, lac: list[Span], people: set[str], places: set[str], found: dict[str, Span]) -> None:
    """`found` with the short bodies of organiser slots: an organisation found across a slot's list or verb (侨联与贸促会,
    雪州华总联办) gives way to the bodies listed, and one inside a listed name to the whole."""
    spans = _short_bodies_in_slots(doc, text, lac, people, places)
    if not spans:
        return
    for name, org in list(found.items()):
        s, e = (org._.attrs or {}).get("start", org.start_char), (org._.attrs or {}).get("end", org.end_char)
        if any((s, e) != (a, b) and (s <= a and b <= e or a <= s and e <= b) for a, b in spans):
            del found[name]
    kept = [((o._.attrs or {}).get("start", o.start_char), (o._.attrs or {}).get("end", o.end_char)) for o in found.values()]
    for a, b in spans:
        if any(s <= a and b <= e for s, e in kept):
            continue
        org = doc.char_span(a, b, label="ORG", alignment_mode="expand")
        if org is None:
            continue
        org._.attrs = {"start": a, "end": b}
        found.setdefault(text[a:b], org)


_PARTY_GROUP_OF_DEPARTMENT = regex_cache.compile(r"(?<=\p{Han}{2}(?:" + alternation(FUNCTION_ENDINGS) + r"))党组\p{Han}*$")
"""A department's party group and what it holds (某市住房和城乡建设局党组, 某局党组理论学习中心组): the department is the body."""

_BRACKETED = regex_cache.compile(r"[（(]([^（）()，。、]{2,8})[）)]")
_BRACKETED_BEFORE = regex_cache.compile(r"[（(]([^（）()，。、]{2,8})[）)]$")
_MAX_BRACKET_WORDS = 5


def _across_bracketed_place(doc: Doc, text: str, start: int, end: int, places: set[str]) -> tuple[int, int]:
    """A place in brackets inside or after a name is part of it (某能源（马来西亚）有限公司, 某大学（威海）): the name runs
    over the bracket and the words on its other side up to the name's ending, or back to where the name starts."""
    after = _bracketed_place_end(text, end, places)
    first = doc.char_span(after, after + 1, alignment_mode="expand") if after > end else None
    if first is not None and first[0].idx == after:
        for k in range(first.start, min(first.start + _MAX_BRACKET_WORDS, len(doc))):
            if not _name_word(doc, k):
                break
            if ORG_SUFFIX.search(doc[k].text):
                end = doc[k].idx + len(doc[k].text)
                break
    before = _BRACKETED_BEFORE.search(text, max(0, start - 10), start)
    if before and _is_place(before.group(1), places):
        last = doc.char_span(before.start() - 1, before.start(), alignment_mode="expand")
        if last is not None and last.end_char == before.start():
            k = last.end
            while k > 0 and last.end - k < _MAX_BRACKET_WORDS and _name_word(doc, k - 1) and not ORG_SUFFIX.search(doc[k - 1].text):
                k -= 1
            if k < last.end:
                start = doc[k].idx
    return start, end


_LEVEL_BODY_AFTER = regex_cache.compile(r"[省市县](?:委|人民政府|政府)")
_COUNCIL = "议会"
_COUNCIL_LEVELS = "区市县州"
"""A level and its party committee or government right after a word (某地|市委, 某地|县人民政府): the word is the place, for
no person's name is written straight before 市委."""
_MAX_PLACE_TAGGED_AS_PERSON = 3
_HELD_AT = regex_cache.compile(_HELD_AT_PATTERN)
_LONG_ENDING = regex_cache.compile("(?:" + alternation([x for x in SUFFIXES if len(x) >= 2]) + ")$")


_HIGHER_PLACE = regex_cache.compile(r"^\p{Han}{1,4}[省市县区]$")


def _higher_places(lac: list[Span]) -> dict[int, int]:
    """Where each place that can stand before a lower one (某市, 某省) starts, by where it ends; LOC or ORG alike."""
    return {s.end_char: s.start_char for s in lac if s.label_ in ("LOC", "ORG") and _HIGHER_PLACE.match(s.text)}


def _with_higher_places(higher: dict[int, int], start: int) -> int:
    """Where a body named after a place starts when a higher place is written right before it (某市|某区公所, 某省|某县府),
    whatever the tagger calls that place (a city read as an organisation): the name holds both."""
    while start in higher:
        start = higher[start]
    return start


def _place_cut_from_a_word(text: str, start: int, place: str) -> bool:
    """A 'place' of one character and a level whose first character ends a word with the one before it (宣|布州|政府
    of 宣布州政府): the tagger's cut, no place."""
    return len(place) == 2 and place[1] in "省市县州区" and start > 0 and bool(word_tag(text[start - 1 : start + 1]))


def _named_like_a_body(doc: Doc, place: Span) -> bool:
    """A 'place' that ends with a two-character organisation ending (某华乐总会) is a body, unless it is written as where
    something happens (在某大学举行) or is a venue; so is one whose last word is a department named by its function
    (马来西亚|高等教育部, 某省某市|自然资源和规划局), not a part of a place (西北部)."""
    if len(place.text) < 4:
        return False
    if _body_named_as_place(text_of(doc), place.start_char, place.text):
        return True
    return len(place) >= 2 and len(place[-1].text) >= 3 and _department_named_as_place(text_of(doc), place.start_char, place.text)


def _department_named_as_place(text: str, start: int, name: str) -> bool:
    """A 'place' that ends with a department's one-character ending after a word of its function (某国高等教育部), not
    a part of a place (中南部) nor where something is held."""
    return len(name) >= 4 and bool(_ONE_CHARACTER_DEPARTMENT_END.search(name)) and name[-2] not in _PLACE_PART_CHARACTERS \
        and not _held_at(text, start, start + len(name))


_ONE_CHARACTER_DEPARTMENT_END = regex_cache.compile("(?:" + alternation([x for x in FUNCTION_ENDINGS if len(x) == 1]) + ")$")
_PLACE_PART_CHARACTERS = frozenset("东西南北中上下内外前后")


def _body_named_as_place(text: str, start: int, name: str) -> bool:
    """A name the tagger calls a place that ends like a body (彰化县府, 某华乐总会) and is not written as where something
    is held (在某中心举办), or a hall that acts (某中华大会堂主办: an assembly of associations)."""
    if _acting_institution(text, start, start + len(name)):
        return True
    if not (_PLACE_BODY_END.search(name) or _LONG_ENDING.search(name)) or VENUE.search(name):
        return False
    return not _held_at(text, start, start + len(name))


_ROOM_OF_A_DEPARTMENT = regex_cache.compile(r"(?<=\p{Han}{2}(?:" + alternation(FUNCTION_ENDINGS) + r"))\p{Han}{2}中心$")
"""A centre written right after a department's name (某公安局|指挥中心, 某局|调度中心): after 在, a room of the body where
something happens, no unit of its own; the body is the name."""


def _held_at(text: str, start: int, end: int) -> bool:
    """A name written as the place where something is held (在某中心举行): a venue there, whatever else it is."""
    return start > 0 and text[start - 1] in _PLACE_PREPOSITIONS and _HELD_AT.match(text, end) is not None


_QUOTED_THEME = regex_cache.compile(r"[“「『](?P<a>[^”」』\n]{1,80})[”」』]\s*为(?:年度主题|主题|主轴|主线|题)"
                           r"|主题(?:为|是)?\s*[：:]?\s*[“「『](?P<b>[^”」』\n]{1,80})[”」』]")


def _quoted_themes(text: str) -> list[tuple[int, int]]:
    """Where the quoted words given as a theme stand (以“新时代、新格局”为主题, 主题为「…」): slogans, no bodies, whatever
    the tagger calls their words."""
    return [m.span("a") if m.group("a") is not None else m.span("b") for m in _QUOTED_THEME.finditer(text)]


_PLACE_PART = regex_cache.compile(r"(?:[\d一二三四五六七八九十]{1,3}(?:楼|层))?(?:" + alternation(PLACE_PART_WORDS) + ")")
"""A part of a body's grounds, on a floor of its building or not (门外, 三楼会议室)."""


_SEAT_HELD_AT = regex_cache.compile("(?:" + alternation(SEAT_BUILDINGS) + ")" + _HELD_AT_PATTERN)


def _part_of_its_grounds(text: str, start: int, end: int) -> bool:
    """A body written after 在/于 and before a part of its grounds or a spot beside it (在某医院门外, 设在某中学礼堂), or before
    its seat where something is held (在某集团总部举行): a place. So is a body and a room or centre of it written as one
    name after 在 or a verb of going there (在县应急管理局指挥中心召开, 进驻某消防局救灾指挥中心), a body after 在 before a
    shelter or post set up there (在某华小开设疏散中心, 在某小学临时救护点), and a body that a shelter or post is set in
    (安置点设在某中心小学)."""
    if start == 0:
        return False
    if text[start - 1] in _PLACE_PREPOSITIONS and (_PLACE_PART.match(text, end) is not None or _SEAT_HELD_AT.match(text, end) is not None
                                                   or _SHELTER_SET_UP_AFTER.match(text, end) is not None):
        return True
    return _AT_OR_GOING_TO.search(text, max(0, start - 3), start) is not None \
        and (_ROOM_OF_A_BODY.search(text, start, end) is not None or _SET_IN.search(text, max(0, start - 3), start) is not None)


_POINTED_BODY_BEFORE = regex_cache.compile(r"(?P<word>[本该])(?:" + alternation(SUFFIXES) + ")$")
_WORDS_ENDING_IN_GAI = ("应", "活")
_OPENING_CHARACTERS = "据由与和及对向经称"


def _unit_of_a_pointed_body(text: str, start: int) -> bool:
    """A unit written right after a body pointed at by 该/本 (该集团|财务部, 本院|急诊部): the unit of a body the page named
    before or is, no name of its own; 本 closing a word (日本, 资本) points at nothing, so it must open its clause or follow
    a word such as 据 or 由.

    >>> _unit_of_a_pointed_body("该集团财务部表示", 3), _unit_of_a_pointed_body("日本公司财务部", 4)
    (True, False)
    """
    pointed = _POINTED_BODY_BEFORE.search(text, max(0, start - 5), start)
    if pointed is None:
        return False
    at = pointed.start()
    before = text[at - 1] if at > 0 else ""
    if pointed.group("word") == "该":
        return before not in _WORDS_ENDING_IN_GAI or not before
    return not before or not regex.match(r"\p{Han}", before) or before in _OPENING_CHARACTERS


_SHELTER_SET_UP_AFTER = regex_cache.compile(r"(?:(?:" + alternation(FOUNDING_VERBS + ("设置", "开放", "设有", "启用")) + r")\p{Han}{0,6}?)?(?:临时)?"
                                      r"(?:" + alternation(SHELTER_ENDINGS) + ")")
_ROOM_OF_A_BODY = regex_cache.compile(r"(?:" + alternation([x for x in SUFFIXES if len(x) == 1]) + r")\p{Han}{0,4}?(?:" + alternation(PLACE_PART_WORDS) + ")$")
_AT_OR_GOING_TO = regex_cache.compile(r"(?:在|于|於|进驻|前往|撤往|送往|转往|移往)$")
_SET_IN = regex_cache.compile(r"(?:设在|设于|设於|位于|位於)$")


def _chinese_name_before(doc: Doc, text: str, start: int, end: int):
    """The Chinese name written before a company's legal name in brackets (某种植控股（Oasis Holdings Bhd））: the name
    words back from the bracket to where the clause starts."""
    if start == 0 or text[start - 1] not in "（(" or end >= len(text) or text[end] not in "）)":
        return None
    last = doc.char_span(start - 2, start - 1, alignment_mode="expand") if start >= 2 else None
    if last is None or last.end_char != start - 1:
        return None
    k = last.end
    while k > 0 and last.end - k < _MAX_BRACKET_WORDS and _name_word(doc, k - 1):
        k -= 1
    return (doc[k].idx, start - 1) if k < last.end else None


_DISTRICT_BEFORE = regex_cache.compile(r"(?<![\p{Han}])\p{Han}{1,3}区$|(?<=[在于於，、。；：\s])\p{Han}{1,3}区$")


def _court_district(text: str, start: int) -> int:
    """A court named by rank after its district (东区|裁判法院, 观塘区|法院): the district is part of its name."""
    district = _DISTRICT_BEFORE.search(text, max(0, start - 4), start)
    return district.start() if district else start


_TOWN_BEFORE_COURT = regex_cache.compile(r"(?<=[在于於从從至到])(?![一二三四五六七八九十两该本此这那某各])\p{Han}{2,5}$")


def _court_town(text: str, start: int) -> int:
    """A court named by its town (新山|推事庭, 太平|地方法庭) written after 在, 于 or 从 (在新山推事庭面对控状): the words
    between the preposition and the ending are the town, part of the name, where the tagger ran the town into the ending
    (新山推|事庭) and gave no place. Only for the courts of a town (TOWN_COURTS), which the press always names so."""
    if not text.startswith(TOWN_COURTS, start):
        return start
    town = _TOWN_BEFORE_COURT.search(text, max(0, start - 5), start)
    return town.start() if town else start


_DISTRICT_JUDICIARY = regex_cache.compile("(?:" + alternation(DISTRICT_JUDICIARY) + ")")
_DISTRICT_WIDTHS = (3, 2)


def _district_judiciary(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A district's prosecutors or court written after the district's name (某某|地检署, 某某|地院), whatever the tagger made
    of the name (a place, a person's, or characters of its own): the name is two or three characters from a word's
    start, each word a place, a name or one the dictionary does not know; a verb or preposition (移送|地检署, 遭|某某地检署)
    is no part of it."""
    found = []
    for match in _DISTRICT_JUDICIARY.finditer(text):
        for width in _DISTRICT_WIDTHS:
            start = match.start() - width
            words = doc.char_span(start, match.start(), alignment_mode="expand") if start >= 0 else None
            if words is not None and words.start_char == start and _HAN_ONLY.fullmatch(text, start, match.start()) \
                    and all(t.tag_ in _TAGGED_PROPER or not word_tag(t.text) for t in words):
                found.append((start, match.end()))
                break
    return found


_DELEGATION_BEFORE = regex_cache.compile(r"^\p{Han}{1,2}区(?=(?:" + alternation([b for b in NATIONAL_BODIES if b.startswith(("全国", "中国人民"))]) + ")$)")
"""A region's delegation to a national body (港区|全国人大代表, 澳区|全国政协委员): the body is the national one."""
_EXCHANGE = alternation(STOCK_EXCHANGES)
_STOCK_CODE = regex_cache.compile(
    r"[（(]\s*(?:(?:" + alternation(STOCK_MARKET_WORDS) + r")?(?:" + alternation(STOCK_CODE_WORDS) + r")\s*[:：]?\s*(?:" + _EXCHANGE + r")?\s*[:：]?\s*[0-9A-Z]{1,6}"
    r"|(?:" + _EXCHANGE + r")\s*[:：.]\s*[0-9A-Z]{1,6}|[0-9A-Z]{1,6}\.(?:" + _EXCHANGE + r")|\d{5,6}|0\d{3}"
    r"|[A-Z][A-Z0-9&]{1,11}\s*[,，]\s*\d{4}[A-Z]{0,2}\s*[,，]\s*\p{Han}{2,8})\s*[）)]"
)
"""A stock code in brackets: 股票代码600519, HK:0700, HK.02268, 00700.HK, or five or six digits alone,
or four with a leading zero as Hong Kong writes them (0880); a year has four."""
_FOUR_DIGIT_CODE = regex_cache.compile(r"[（(]\s*(?!1[89]\d\d|20\d\d)[1-9]\d{3}\s*[）)]")
"""Four digits in brackets that are no year of these centuries (6987, 2330 is one): Taiwan's stock codes, a code only after
a company's industry word (某某科技（6987）)."""
_YEAR_LIKE_CODE_MOVING = regex_cache.compile(r"[（(]\s*[1-9]\d{3}\s*[）)](?=\s*(?:跌|升|涨|挫|微升|微跌|急升|急跌|飙升|上涨|下跌|收涨|收跌)\s*[\d.]+\s*%)")
"""Four digits in brackets that look like a year (1926) but are followed by the price's move in percent (某某地产（1926）跌3.8%):
a stock code in a market report."""
_MAX_LISTED_NAME_WORDS = 4


def _four_digit_code_at(text: str, at: int) -> bool:
    """A four-digit code in brackets at `at`, right after a company's industry word (某某科技（6987）)."""
    code = _FOUR_DIGIT_CODE.match(text, at) or _YEAR_LIKE_CODE_MOVING.match(text, at)
    return code is not None and text[max(0, at - 2) : at] in INDUSTRY_ENDINGS


def _inside_a_stock_code(text: str, start: int, end: int) -> bool:
    """A market named inside a stock code's bracket (某信托（新交所代码：S5L）): a label of the code, no body acting."""
    bracket = text.rfind("（", max(0, start - 2), start + 1)
    bracket = bracket if bracket >= 0 else text.rfind("(", max(0, start - 2), start + 1)
    code = _STOCK_CODE.match(text, bracket) if bracket >= 0 else None
    return code is not None and end <= code.end()


_HYPHENED_LATIN_BEFORE = regex_cache.compile(r"(?<![\p{Latin}\d])[\p{Latin}\d]{1,12}(?:-[\p{Latin}\d]{1,12})*-$")


def _with_hyphened_latin_before(text: str, start: int) -> int:
    """A name in Latin letters joined by hyphens (K-Star娱乐有限公司, X-Link科技): the tagger takes the last part only,
    the parts before it and their hyphens are the name's first words."""
    if start < 2 or not regex.match(r"[\p{Latin}\d]", text[start]):
        return start
    before = _HYPHENED_LATIN_BEFORE.search(text, max(0, start - 40), start)
    return before.start() if before else start


def _ends_with_kind(text: str, start: int, end: int) -> bool:
    """A candidate that ends with a kind of business (散热模组厂): the kind written before a company's name."""
    return any(m.end() == end for m in KIND_IN_APPOSITION.finditer(text, max(start, end - 3), end))


def _before_stock_codes(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A name written right before a stock code in brackets (某某控股（00700.HK）, 某某茅台（股票代码600519）) is a listed
    company: the proper words back from the bracket (a place, a tagged name, a word the dictionary does not know), not the
    code, and not a common noun before them (龙头企业|某某科技); a name of common nouns only is its last two words."""
    found = []
    four_digits = [m for m in _FOUR_DIGIT_CODE.finditer(text) if _four_digit_code_at(text, m.start())]
    four_digits += [m for m in _YEAR_LIKE_CODE_MOVING.finditer(text) if _FOUR_DIGIT_CODE.match(text, m.start()) is None
                    and _four_digit_code_at(text, m.start())]
    for code in sorted([*_STOCK_CODE.finditer(text), *four_digits], key=lambda m: m.start()):
        last = doc.char_span(code.start() - 1, code.start(), alignment_mode="expand") if code.start() else None
        if last is None or last.end_char != code.start():
            continue
        k = last.end
        industry = k > 1 and doc[k - 1].text in INDUSTRY_ENDINGS  # 某某|种植（Bursa：5123）: the tagger may call it a verb
        k -= industry
        while k > 0 and last.end - k < _MAX_LISTED_NAME_WORDS and _proper_word(doc[k - 1]) and _listed_name_word(doc[k - 1]):
            k -= 1
        if industry and k == last.end - 1 and k > 0 and doc[k - 1].tag_ == "PER":  # 某某|娱乐（0918）: a head the tagger took for a name
            k -= 1
        elif industry and k == last.end - 1:
            k = last.end
        if k == last.end:  # a name of common words (某某医药): the two nouns before the code
            while k > 0 and last.end - k < 2 and doc[k - 1].tag_ in ("n", "nz") and _listed_name_word(doc[k - 1]):
                k -= 1
        if k < last.end:
            found.append((doc[k].idx, code.start()))
    return found


_HOLDING = "旗下"
_MAX_HOLDER_WORDS = 3


def _holders(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A name written right before 旗下 holds other bodies (某铁旗下全资附属公司, 某讯旗下的某某支付): a company, whatever the
    tagger calls it; only proper words count (其旗下, 公司旗下, 该集团旗下 name none)."""
    found = []
    for start in (m.start() for m in regex.finditer(_HOLDING, text)):
        last = doc.char_span(start - 1, start, alignment_mode="expand") if start else None
        if last is None or last.end_char != start:
            continue
        k = last.end
        while k > 0 and last.end - k < _MAX_HOLDER_WORDS and _proper_word(doc[k - 1]) and _listed_name_word(doc[k - 1]):
            k -= 1
        name = text[doc[k].idx : start] if k < last.end else ""
        if len(name) >= 2 and name not in SUFFIXES and word_tag(name) not in ("n", "vn", "v", "r"):
            found.append((doc[k].idx, start))
    return found


_HAN_OR_LATIN = regex_cache.compile(r"[\p{Han}A-Za-z&]+")


def _listed_name_word(token) -> bool:
    return not token.whitespace_ and token.tag_ not in ("PER", "TIME", "m", "w") and _HAN_OR_LATIN.fullmatch(token.text) is not None
_ADDRESS_LEVEL = regex_cache.compile(r"^\p{Han}{1,4}(?:镇|乡|村|街道)$")
_FIRM_END = regex_cache.compile(r"(?:公司|集团|银行|控股|证券|企业|厂|株式会社)$")


def _after_address(doc: Doc, start: int, end: int) -> int:
    """A town or village written before a company whose own name opens with a place (某镇|贵州某茶业有限公司) is its
    address, no part of its name: the name starts at the second place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not _LONG_ENDING.search(span.text) or not _FIRM_END.search(span.text):
        return start  # 某乡|某社区发展协会: a place written before a community body is part of its name
    for k in range(span.start + 1, min(span.start + 3, span.end - 1)):
        if _ADDRESS_LEVEL.match(doc[span.start : k].text) and word_tag(doc[k].text) == "ns":
            return doc[k].idx
    return start


_PRIZE_WORDS = ("杯", "奖")


_PORTFOLIO_AFTER = regex_cache.compile(r"(?:(?:及|与|和|暨)[^，。；：、\s]{1,12}?)?事务(?:" + alternation(PORTFOLIO_POSTS) + ")")
"""The rest of a portfolio a post is named after (雪州地方政府|及新村发展事务行政议员, 槟州房屋及地方政府|事务行政议员): the
fields an officer answers for, no body."""
_RATE_NAMED_AFTER = regex_cache.compile(r"(?:同业|同業)?(?:拆息|拆借利率|利率|息率)")
"""A body's name that opens a rate's (联邦基金|利率, 香港银行|同业拆息): the rate is spoken of, no body acts."""


def _names_a_prize(doc: Doc, end: int) -> bool:
    """A body written right before 杯 or 奖 as a word of its own (某市政府杯足球赛, “某市人民政府奖”) is named inside a
    cup's or prize's name, not acting (某市政府|奖励 is a verb)."""
    word = doc.char_span(end, end + 1, alignment_mode="expand")
    if word is None or word.start_char != end:
        return False
    for j in range(word.start, min(word.start + 3, len(doc))):  # 某大学|青年|教师奖: nouns of whom it honours between
        if doc[j].text in _PRIZE_WORDS or j > word.start and doc[j].text.endswith(_PRIZE_WORDS) and len(doc[j].text) > 1 \
                and word_tag(doc[j].text).startswith("n"):
            return True
        if doc[j].tag_ not in ("n", "nz", "vn"):
            return False
    return False


_BRACKET_AT = regex_cache.compile(r"[（(]([^（）()\n]{1,100})[）)]")
_BRACKET_PART = regex_cache.compile(r"(?:[^，；;]|，(?= [A-Za-z]))+")  # a Latin name's own comma (Co., Ltd.) splits nothing
_ALIAS_LEAD = regex_cache.compile(r"(?:以下|下文)?(?:简称为|简称|下称|称)[：:]?\s*")
_ALIAS_PIECE = regex_cache.compile(r"[“「『\"]?([A-Za-z][A-Za-z0-9&'’\-\.，, ]{0,60}[A-Za-z\.]|\p{Han}{2,8})[”」』\"]?")
_ALIAS_OR = regex_cache.compile(r"\s*(?:或者|或|、)\s*")
_CODE_WORDS = regex_cache.compile(r"代码|代号|编号|股票|证券|\d{3,}")


def _bracket_aliases(text: str, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The names a bracket right after a body's name gives it: the whole bracket (某控股（Oasis Holdings Bhd）), or each of
    its parts apart by full-width commas, its Latin legal name and the short forms it declares (某种植有限公司（Chenglin
    Plantations Sdn Bhd，以下简称某种植）, 下称「某地产」或「集团」). A stock code's part (股票代码：5287) gives none."""
    whole = _ALIAS.match(text, end)
    if whole:
        return [(whole.group(1), whole.span(1))]
    bracket = _BRACKET_AT.match(text, end)
    if bracket is None:
        return []
    found = []
    for part in _BRACKET_PART.finditer(text, bracket.start(1), bracket.end(1)):
        if _CODE_WORDS.search(part.group()):
            continue
        at = part.start()
        while at < part.end() and text[at] == " ":
            at += 1
        lead = _ALIAS_LEAD.match(text, at, part.end())
        declared = lead is not None
        at = lead.end() if lead else at
        while at < part.end():
            piece = _ALIAS_PIECE.match(text, at, part.end())
            if piece is None:
                break
            if declared or piece.group(1)[0].isascii():  # a Chinese word in brackets is a short name only where declared
                found.append((piece.group(1), piece.span(1)))
            joiner = _ALIAS_OR.match(text, piece.end(), part.end())
            if joiner is None or not declared:
                break
            at = joiner.end()
    return found


_MAX_PROPER_WORD = 4


_OPENING_NEW = "新"
_BEFORE_OPENING_NEW = ("p", "v", "w", "c")


def _with_new_before(doc: Doc, start: int, end: int) -> int:
    """A company whose name opens with 新 (在|新/a|某某/ORG|人寿保险/ORG): the tagger reads the character as the adjective
    'new' and leaves it out of the body, but an adjective alone between a preposition, a verb or a clause's start and a tagged
    company's name is the name's first character (新成立的|某公司 has a verb after 新, and no tagged name right after it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].idx != start or not ORG_SUFFIX.search(span.text):
        return start
    new = doc[span.start - 1]
    if new.text != _OPENING_NEW or new.tag_ != "a" or new.whitespace_:
        return start
    if span.start >= 2 and doc[span.start - 2].tag_ not in _BEFORE_OPENING_NEW:
        return start
    return new.idx


def _with_proper_word_before(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tagged organisation cut in two right before its name's words (某湾|中华教育会, 某地|总商会): a short piece with no
    ending glued to a whole body after it is the body's first word."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if out and out[-1][1] == a and out[-1][1] - out[-1][0] <= _MAX_PROPER_WORD and _HAN_ONLY.fullmatch(text, out[-1][0], a) \
                and not ORG_SUFFIX.search(text, out[-1][0], a) and ORG_SUFFIX.search(text, a, b):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_MAX_BRANCH = 8


def _with_branches(text: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A body and its branch written right after it, named by a place (某建筑师公会|某城分会, 某银行|某地分行): one name,
    the branch's, whatever the tagger made of the place."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(candidates):
        if out and out[-1][1] == a and b - a <= _MAX_BRANCH and _BRANCH_END.search(text, a, b) \
                and ORG_SUFFIX.search(text, out[-1][0], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_PARENT_END = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS + NATIONAL_BODIES) + ")$")
_FUNCTION_END = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS) + ")$")
"""A department's ending closing a word or a name (…局, …署, …处): a unit after its parent, or the end of a run of fields."""
_MIN_UNIT = 3


def _with_units_after_parents(text: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A named unit written right after its parent body (行政院|主计总处, 主计总处|综合统计处, 某部|消防及拯救局): one name,
    the unit's as written, where the parent ends in a department's ending or is a named institution and the unit, of
    three characters or more, ends in a department's ending too; also where the tagger built the unit back over the
    parent's ending (某部 and 部消防及拯救局, 主计总处 and 总处综合统计处). A post (副局长) or a place inside the body
    (指挥中心, 会议室) ends in no department's ending and joins nothing."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(candidates):
        if out and out[-1][0] < a <= out[-1][1] < b and b - out[-1][1] >= _MIN_UNIT and _PARENT_END.search(text, out[-1][0], out[-1][1]) \
                and _FUNCTION_END.search(text, a, b) and (a == out[-1][1] or _FUNCTION_END.search(text, a, out[-1][1]) is not None
                                                    and _FUNCTION_END.search(text, a, out[-1][1]).start() == a) \
                and not _POSITION_AHEAD.match(text, out[-1][1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out

_JI = "暨兼"
_MIN_JOINED_BODY = 3


_FIELD_NOUN_BEFORE_TAGS = ("n",)
_FIELD_NOUN_WIDTH = 2
_SHORT_DEPARTMENT_WIDTH = 3
_OPENING_TAGS = ("p", "w", "c", "ORG", "LOC", "ns", "TIME", "t")


def _with_field_noun_before(doc: Doc, start: int, end: int) -> int:
    """A department of three characters named by its function (发展局, 新闻处) with a two-character common noun the tagger
    cut off before it (某地|企业|发展局, 政府|新闻处): the noun names its field, so the name starts there, where a clause,
    a preposition, a conjunction or a place opens just before the noun."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or end - start != _SHORT_DEPARTMENT_WIDTH or not _ONE_CHARACTER_DEPARTMENT_END.search(span.text):
        return start
    k = span.start - 1
    if k < 0 or len(doc[k]) != _FIELD_NOUN_WIDTH or doc[k].tag_ not in _FIELD_NOUN_BEFORE_TAGS:
        return start
    if k > 0 and doc[k - 1].tag_ not in _OPENING_TAGS:
        return start
    return doc[k].idx


def _split_at_ji(text: str, start: int, end: int, places: set[str]) -> list[tuple[int, int]]:
    """Two bodies joined by 暨 or 兼 (某省体育局暨某省体育总会, 某部兼某部高级政务部长, 某市文化馆暨某市某中心), each whole
    with its ending, are two names; 暨 inside one name (统计暨普查局, 暨南大学) leaves no whole body before it, and an
    association's double name (`_one_name_across_ji`) is one."""
    k = next((i for i in range(start, end) if text[i] in _JI), -1)
    if k - start < _MIN_JOINED_BODY or end - k - 1 < _MIN_JOINED_BODY:
        return [(start, end)]
    left, right = text[start:k], text[k + 1 : end]
    whole_left = ORG_SUFFIX.search(left) and is_organization(left) or _INSTITUTION_END.search(left)
    if whole_left and ORG_SUFFIX.search(right) and is_organization(right) and not _one_name_across_ji(left, right, places):
        return [(start, k)] + _split_at_ji(text, k + 1, end, places)
    return [(start, end)]


def _one_name_across_ji(left: str, right: str, places: set[str]) -> bool:
    """An association's double name joined by 暨 (某体育协会暨奥林匹克委员会, 某商会暨工业总会): one body, when the part after
    暨 has no place or name of its own; a part that opens with a place or with the first words of the part before it
    (某县政府暨某县议会, 某集团暨某慈善基金会) is a second body."""
    own = right.startswith(left[:2]) or any(right.startswith(p) for p in places) or right.startswith(COUNTRIES)
    return left.endswith(MEMBERSHIP_ENDINGS) and not own


def _joined_at_ji(text: str, candidates: list[tuple[int, int]], places: set[str]) -> list[tuple[int, int]]:
    """Names built from an ending back over 暨 (|暨奥林匹克委员会): joined to the body right before them when the two are
    one association's double name, and without 暨 otherwise (暨|某县议会 after 某县政府)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(candidates):
        if text[start] == _JI[0] and end - start > 1 and out and out[-1][1] == start:  # not 暨南大学
            if _one_name_across_ji(text[out[-1][0] : start], text[start + 1 : end], places):
                out[-1] = (out[-1][0], end)
                continue
            start += 1
        out.append((start, end))
    return out


_VERB_OR_QUALITY = ("v", "vn", "vd", "a", "ad")


def _before_trailing_co_action(text: str, end: int) -> int:
    """Where a body's name ends when the tagger took the verb of acting together after it into it (某市纪委会同|某区纪委,
    某局联同|某署): before the verb, where a body's ending closes the name before it and another name follows."""
    for verb in CO_ACTION_VERBS:
        if text.endswith(verb, 0, end) and _ENDS_A_BODY.search(text, 0, end - len(verb)) and _NAME_AFTER_CO_ACTION.match(text, end):
            return end - len(verb)
    return end


def _after_co_action_after_body(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a body's name starts when the tagger took into it the verb of acting together that joins it to the body before
    (某市纪委|会同某区纪委): after the verb. A name that opens with the word and follows no body (会同县某局) keeps it."""
    if _ENDS_A_BODY.search(text, 0, start) is None:
        return start
    return _after_co_action_verb(doc, text, start, end)


_ENDS_A_BODY = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS) + ")$")
_NAME_AFTER_CO_ACTION = regex_cache.compile(r"\p{Han}{2,}?(?:" + alternation(FUNCTION_ENDINGS) + ")")


def _split_at_co_action(doc: Doc, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two bodies joined by a verb of acting together (某公安局|会同|某税务局, 某处|联同|某署, 某部|联合|国家某局) are two
    names, each whole with its ending; a name that opens with the verb (会同县政府, 联合国某署) has no body before it, and
    a kind after it (某大学|联合实验室, 某大学|协同创新中心) none after."""
    for verb in _CO_ACTION.finditer(text, start + 2, end - 2):
        left, right = text[start : verb.start()], text[verb.end() : end]
        if not ORG_SUFFIX.search(left) or not is_organization(left) or not ORG_SUFFIX.search(right) or not is_organization(right):
            continue
        if verb.group() in CO_ACTION_NAME_OPENERS:  # a body after them needs a head of its own and a first word that is no verb
            ending = ORG_SUFFIX.search(right)
            first = doc.char_span(verb.end(), verb.end() + 1, alignment_mode="expand")
            if ending.start() == 0 or first is None or first.start_char != verb.end() or word_tag(first[0].text) in _VERB_OR_QUALITY:
                continue
        return [(start, verb.start())] + _split_at_co_action(doc, text, verb.end(), end)
    return [(start, end)]


_AND = regex_cache.compile("[与及和]")
_PLENARY = "院会"
_DEPARTMENT_OF_STUDIES_END = ("学系", "系")


def _split_at_and(doc: Doc, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two bodies joined by 与/及/和 (某大学电机及电子工程学系|与|某管理局, 某局|及|某某及某某发展局), each whole with its ending, are
    two names; a generic group of people or bodies before the conjunction (病友团体|及|卫福部, 专家学者|与|某部) names none, and
    the body after it is the name. 及/和 inside one body's name (电机及电子工程学系, 发展和改革委员会, 社会福利及卫生环境委员会)
    leaves no whole body and no group before it, and stays."""
    for joint in _AND.finditer(text, start + 2, end - 2):
        left, right = text[start : joint.start()], text[joint.end() : end]
        if not ORG_SUFFIX.search(right) or not is_organization(right):
            continue
        ending = ORG_SUFFIX.search(left)
        if ending and len(ending.group()) == 1 and _is_common_word(left[ending.start() - 1 :]):
            ending = None  # 社会|及家庭发展部: 社 closes the common word 社会, no body's ending
        if (ending or left.endswith(_DEPARTMENT_OF_STUDIES_END)) and is_organization(left):
            return [(start, joint.start())] + _split_at_and(doc, text, joint.end(), end)
        if left.endswith(GROUPS_OF_PEOPLE) and _common_words_only(doc, start, joint.start()):
            return _split_at_and(doc, text, joint.end(), end)
    return [(start, end)]


_MAX_FIRST_FIELD = 4


def _with_first_field_of_department(text: str, start: int, end: int) -> int:
    """A department of studies named by two fields joined by 及/与/和 whose first field the tagger left out (电机|及|电子工程学系,
    该校|电机及电子工程学系): the first field, a common word of two to four characters, opens the department's name. Not a
    department or body before the joiner (物理学系|与|化学系): that is a body of its own."""
    if not text.endswith(_DEPARTMENT_OF_STUDIES_END, start, end) or start < 3 or text[start - 1] not in "及与和":
        return start
    for size in range(min(_MAX_FIRST_FIELD, start - 1), 1, -1):
        field = text[start - 1 - size : start - 1]
        tag = word_tag(field)
        if _HAN_ONLY.fullmatch(field) and tag and tag[:2] not in _PROPER_TAGS and not field.endswith(_DEPARTMENT_OF_STUDIES_END) \
                and not ORG_SUFFIX.search(field):
            return start - 1 - size
    return start


def _with_sending_country(text: str, start: int, place_at_end: dict[int, int]) -> int:
    """A country's office in the host place (荷兰|在|台办事处, 某国在华商会) is named with the country and 在: the tagger
    leaves them out, reading 在 as a preposition."""
    if start < 2 or text[start - 1] != _RESIDENT or text[start] not in _HOST_PLACES:
        return start
    country = place_at_end.get(start - 1)
    return country if country is not None and text[country : start - 1] in COUNTRIES else start


_RESIDENT = "在"
_HOST_PLACES = "台臺华華港澳"


def _split_after_party(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A party written before a legislature (某党|立法会议员, 某党|国会议员) is a body of its own: the member's party, then
    the house they sit in; the tagger reads the two as one name."""
    party = PARTY_BEFORE_HOUSE.search(text, start, end + HOUSE_WIDTH)
    if party is None or party.end("party") >= end:
        return [(start, end)]
    return [(start, party.end("party")), (party.end("party"), end)]


_ADVERB_AND_PARTNER = regex_cache.compile("(?:" + alternation(ADVERBS_BEFORE_JOINER) + ")(?P<partner>" + alternation(PARTNER_PREPOSITIONS) + ")")
_MIN_PARTNER = 2


def _split_at_adverb_and_partner(doc: Doc, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A body, an adverb and a preposition before the body it acts with, read as one name (足总|正|与|体育局, 某会|亦|同|某署):
    two names, the first ending before the adverb and the second starting after the preposition, which is a word of its
    own (not 正和 of a name written as one word)."""
    for m in _ADVERB_AND_PARTNER.finditer(text, start + 1, end):
        partner = m.start("partner")
        if end - m.end() >= _MIN_PARTNER and doc.char_span(partner, m.end()) is not None:
            return [(start, m.start()), (m.end(), end)]
    return [(start, end)]


_LEGAL_FORM_START = regex_cache.compile("(?:" + alternation(LEGAL_PERSON_FORMS) + ")")
_LEGAL_FORM_QUALIFIER_BEFORE = regex_cache.compile("(?:" + alternation(LEGAL_PERSON_QUALIFIERS) + ")$")


def _with_legal_form_qualifier(text: str, start: int) -> int:
    """A name opening with a legal form (社团法人某某协会) starts at the word written right before the form that is part of
    it (一般|社团法人, 公益|财团法人, 医疗|财团法人)."""
    if not _LEGAL_FORM_START.match(text, start):
        return start
    qualifier = _LEGAL_FORM_QUALIFIER_BEFORE.search(text, max(0, start - 2), start)
    return qualifier.start() if qualifier else start


def _from_alias_start(text: str, start: int, end: int) -> int:
    """A name whose short name in brackets opens with the characters written just before it (建|屋发展局（建屋局）: the
    tagger took 建 for a verb) starts there."""
    alias = _ALIAS.match(text, end)
    if alias is None:
        return start
    short = alias.group(1)
    for size in (1, 2):
        if start >= size and text[start - size : start] == short[:size] and not is_short_form(short, text[start:end]) \
                and is_short_form(short, text[start - size : end]):
            return start - size
    return start


_MAX_ALIASED_NAME = 16
_HAN_ALIAS = regex_cache.compile(r"[（(](?:(?:以下)?简称|下称)?[“「]?(\p{Han}{2,5})[”」]?[）)]")


_LATIN_ALIAS_AFTER = regex_cache.compile(r"[（(][A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)+[）)]")
_MAX_ALIASED_WORDS = 3


def _named_before_latin_alias(doc: Doc) -> list[tuple[int, int]]:
    """A company's Chinese name followed by its Latin name in brackets (某某精密(Donglin Precision), 某某水泥（Donglin
    Cement）): a name the tagger opened as an organisation, whose words run up to the bracket; the Latin name declares it
    a firm though no ending closes it, and is its alias, no second body."""
    found = []
    for m in _LATIN_ALIAS_AFTER.finditer(text_of(doc)):
        before = doc.char_span(m.start(), m.start() + 1)
        if before is None or before.start == 0:
            continue
        k = before.start
        i = k
        while i > 0 and k - i < _MAX_ALIASED_WORDS and _name_word(doc, i - 1) and _HAN_ONLY.fullmatch(doc[i - 1].text):
            i -= 1
        if i < k and doc[i].tag_ == "ORG" and doc[k - 1].idx + len(doc[k - 1].text) - doc[i].idx >= 3:
            found.append((doc[i].idx, m.start()))
    return found


def _named_by_alias(text: str) -> list[tuple[int, int]]:
    """A name followed by the short form it declares in brackets, made of its characters in order (市区重建局（市建局）,
    证券及期货事务监察委员会（证监会）): the name runs back to the nearest character the short form opens with, whatever
    the tagger made of the words between (重建 read as a verb), when it ends with an organisation's ending and names no
    event."""
    found = []
    for m in _HAN_ALIAS.finditer(text):
        short, end = m.group(1), m.start()
        if not ORG_SUFFIX.search(text, max(0, end - 4), end) or not ORG_SUFFIX.search(short):
            continue
        for start in range(end - len(short), max(-1, end - _MAX_ALIASED_NAME - 1), -1):
            if not _HAN_ONLY.fullmatch(text[start]):
                break
            if text[start] == short[0] and is_short_form(short, text[start:end]):
                if is_organization(text[start:end]):  # not an event's short name (某博览会（某博会）)
                    found.append((start, end))
                break
    return found


_LEADING_NOT_NAME = regex_cache.compile("(?:" + alternation(LEADING_NOT_NAME + COMPANY_RELATIONS) + ")")
_APPOINTING_WORD = regex_cache.compile("(?:" + alternation(APPOINTING_WORDS) + ")")
_TRADE_KINDS = APPOSITION_KINDS + tuple(w for w in LEADING_NOT_NAME if w.endswith("商"))
"""Kinds of business and trade roles written before a company's name (电池材料厂, 供应商, 建商)."""
_ORIGIN = regex_cache.compile("(?:" + alternation(COUNTRIES + ORIGIN_WORDS) + ")")
_TRADE_ROLE = "商"


_ROLE_ENDS = "方商"
_VERB_ROLE = regex_cache.compile(r"\p{Han}{2}[" + _ROLE_ENDS + "]")


def _verb_role_noun(text: str, start: int, end: int):
    """A role noun made of a two-character verb and 方 or 商 (开发方, 生产商, 制造商, 施工方), or one the dictionary holds as a
    common noun (供货商): the part a company plays, written before its name, not the name's first word."""
    role = _VERB_ROLE.match(text, start, end)
    return role if role is not None and (word_tag(role.group()[:2]).startswith("v") or word_tag(role.group()) == "n") else None


_LONGEST_ROLE_NOUN = max(len(w) for w in LEADING_NOT_NAME)


def _after_leading_words(doc: Doc, text: str, start: int, end: int) -> int:
    """A role noun or a pointing word written before a name (合作方某集团, 上述某公司, 原某局) is no part of it: the name starts
    after it where a word starts there and two characters or more are left, or where a trade role (建商, 供应商) stands
    before a whole company the tagger joined it to; what the candidate holds before a role noun (展会|承办方|某公司, a
    country or origin: 美国|零售商|某某百货公司) goes with it, and so does a role noun's last character the tagger gave the
    name (承办|方某公司)."""
    for role in reversed(list(ROLE_NOUN.finditer(text, max(0, start - _LONGEST_ROLE_NOUN + 1), end))):  # 承办|方某公司: the tagger took 方
        word = doc.char_span(role.end(), role.end() + 1, alignment_mode="expand")
        if role.end() > start and end - role.end() >= 2 and word is not None and word.start_char == role.end() \
                and not MEMBERS_BODY.fullmatch(text, role.end(), end):  # 房屋发展商|协会: the role names the members
            start = role.end()
            break
    for lead in _APPOINTING_WORD.finditer(text, max(0, start - 3), end):  # 领/v|誓/ORG|人: an appointing word the tagger cut into
        word = doc.char_span(lead.end(), lead.end() + 1, alignment_mode="expand")
        if lead.start() < start < lead.end() and end - lead.end() >= 2 and word is not None and word.start_char == lead.end():
            start = lead.end()
            break
    while True:
        lead = _LEADING_NOT_NAME.match(text, start, end) or _verb_role_noun(text, start, end)
        origin = _ORIGIN.match(text, start, end) if lead is None else None
        if origin is not None and (_LEADING_NOT_NAME.match(text, origin.end(), end) or _verb_role_noun(text, origin.end(), end)):
            lead = origin  # 美国|零售商|某某百货公司: the country or origin before a role noun goes with it
        if lead is None or end - lead.end() < 2 or MEMBERS_BODY.fullmatch(text, lead.end(), end):
            return start
        word = doc.char_span(lead.end(), lead.end() + 1, alignment_mode="expand")
        whole_company = lead.group().endswith(_TRADE_ROLE) and _LEGAL_FORM_END.search(text, lead.end(), end)
        if (word is None or word.start_char != lead.end()) and not whole_company:  # 建商某某|建设股份有限公司 tagged as one word
            return start
        start = lead.end()


_LEGAL_FORM_END = regex_cache.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_MIN_KIND_MODIFIER = 2
_BRANCH_END = regex_cache.compile(r"(?:分行|支行|分公司|分会|分店|分局|分院|分部|分所|营业部|办事处)$")


def _after_kind_in_apposition(text: str, start: int, end: int) -> int:
    """A kind of business and what it does written before a company's whole name (电子支付公司|某某有限公司, 芯片测试厂|某某
    科技（6987）): the name starts after the kind, where what is left is a name of two characters or more that is no
    dictionary word, closed by a legal form or a stock code, or written on its own elsewhere in the text (新创公司|某某能源
    …某某能源执行长), and no branch (某某证券公司|上海分公司)."""
    coded = _STOCK_CODE.match(text, end) is not None or _four_digit_code_at(text, end)
    for kind in reversed(list(KIND_IN_APPOSITION.finditer(text, max(0, start - 1), end))):  # 模组|厂某某科技: the tagger's cut
        if kind.end() <= start or not _HAN_ONLY.fullmatch(text, max(0, kind.start() - _MIN_KIND_MODIFIER), kind.start()):
            continue
        rest = text[kind.end() : end]
        head = _LEGAL_FORM_END.sub("", rest)
        if len(head) < 2 or _is_common_word(head) or head.endswith("分") \
                or head.endswith("子") and not (len(head) >= 4 and _is_common_word(head[-2:])):
            continue  # 厂|子, 公司|分: no name after the kind; but 设计厂|某某电子股份有限公司: a name's trade word (电子, 量子)
        if _ONE_CHARACTER_DEPARTMENT_END.search(rest) and _is_common_word(rest[:-1]):
            continue  # 某地企业|发展局: a department named by its function, the kind word its field
        described = DESCRIPTOR_KIND.fullmatch(kind.group()) is not None and _named_after_descriptor(rest) \
            and not _is_common_word(text[kind.end() - 1 : kind.end() + 1])  # not 创新|创业 (新创 across two words)
        if (head != rest or coded or described) and (coded or is_organization(rest)):
            return kind.end()
        if _repeats_line_of_work(text[start : kind.start()], rest):
            return kind.end()
        if _written_apart(text, rest, kind.end()) and not _LEGAL_FORM_END.search(text, 0, kind.end()) and not _BRANCH_END.search(rest):
            return kind.end()  # not 某银行股份有限公司|某地分行: a legal form, then a branch
    return start


def _named_after_descriptor(rest: str) -> bool:
    """What follows a descriptor (新创, 老店, 团体) is a body's own name when, without its ending, it is no common word of the
    dictionary (晨光关怀|协会, not 产业|协会 of 新创产业协会: the descriptor is the name's own word there)."""
    ending = ORG_SUFFIX.search(rest)
    head = _LEGAL_FORM_END.sub("", rest) if _LEGAL_FORM_END.search(rest) else rest[: ending.start()] if ending else rest
    return len(head) >= 2 and not _is_common_word(head)


_LINE_WORD = 2
_MIN_NAME_BEFORE_LINE = 2


def _repeats_line_of_work(description: str, rest: str) -> bool:
    """A name after the kind whose last word repeats the line of work the description gave (精密工程公司|某某精密, 物流公司|
    某某物流): the description is no part of the name, which begins after the kind."""
    line = rest[-_LINE_WORD:]
    return len(rest) - _LINE_WORD >= _MIN_NAME_BEFORE_LINE and _HAN_ONLY.fullmatch(rest) is not None \
        and line in description and not _is_common_word(rest[:-_LINE_WORD])


def _written_apart(text: str, name: str, at: int) -> bool:
    """Whether a name written at `at` is also written elsewhere with no kind of business before it."""
    return any(other != at and not text.endswith(APPOSITION_KINDS, 0, other) for other in occurrences(text, name))


_PLACE_OR_PRONOUN_TAGS = ("s", "f", "r")
_VERB_TAGS = ("v", "vn", "vd")


def _at_known_body(doc: Doc, text: str, start: int, end: int, known: dict[int, int]) -> int:
    """A candidate one character off a national or SAR body's name the text writes (送交|立|法会财务委员会, 交|立法会…:
    the segmenter joined a verb's last character to the body's first): the name starts where the body's does, taking
    back the character cut off (立法会财务委员会) or leaving out a verb of one character before it (交)."""
    for at, body_end in known.items():
        if at < start < body_end <= end:
            return at  # 法会财务委员会 inside 立法会…: the body's first character goes back to it
    body_end = known.get(start + 1)
    if body_end is not None and body_end <= end:
        token = doc.char_span(start, start + 1)
        if token is not None and token[0].tag_ in _VERB_TAGS:
            return start + 1
    return start


_MULTI_CHARACTER_CURRENCIES = [c for c in CURRENCIES if len(c) >= 2 and regex.fullmatch(r"\p{Han}+", c)]
_CURRENCY_CUT = regex_cache.compile("(?:" + alternation(_MULTI_CHARACTER_CURRENCIES) + ")")
_LONGEST_CURRENCY = max(len(c) for c in _MULTI_CHARACTER_CURRENCIES)
_GIVING_AFTER = regex_cache.compile("[予给]")
"""The giving word between an amount and who receives it (捐一万令吉予某会馆, 拨款给某会)."""


def _after_word_cut_by_tagger(text: str, start: int, end: int) -> int:
    """A name whose first character ends a common word of place or pointing with the one before it (当|中贸促局: 当中, 'among
    them'; 手|中国有资产…): the name starts after that character, when what is left is a body's name of three or more.
    A rare dictionary word (旗|下北|辰地产: 下北) is no reading. A kind of business whose last character the tagger gave the
    name (本地零售|商某某集团有限公司) is cut off the same way."""
    rest = text[start + 1 : end]
    if start > 0 and end - start >= 4 and (any(text.endswith(kind, 0, start + 1) for kind in _TRADE_KINDS if len(kind) >= 2)
                                           or _role_word_before(text, start + 1)) \
            and ORG_SUFFIX.search(rest) and is_organization(rest):  # 承包|商某某工程有限公司
        return start + 1
    currency = _CURRENCY_CUT.search(text, max(0, start - _LONGEST_CURRENCY), start + 1) if start > 0 else None
    if currency is not None and currency.end() == start + 1:  # 一万令|吉予某会馆: the amount's currency, then the giving word
        given = _GIVING_AFTER.match(text, start + 1)
        rest_start = given.end() if given else start + 1
        if end - rest_start >= 4 and ORG_SUFFIX.search(text, rest_start, end):
            return rest_start
    word = text[start - 1 : start + 1]
    if start == 0 or end - start < 4 or word_tag(word) not in _PLACE_OR_PRONOUN_TAGS or not _is_common_word(word):  # 旗|下北: rare
        return start
    return start + 1 if ORG_SUFFIX.search(rest) and is_organization(rest) else start


def _before_word_cut_by_tagger(doc: Doc, start: int, end: int) -> int:
    """A name whose last character opens a common noun with the one after it (某国小学|童: 学童, 'pupils'): the name ends
    before that character, when what is left still ends like a body (某国小); not when the segmenter kept that character
    in a word with the one before it (某培华|小学|家长: 小学)."""
    import jieba

    text = text_of(doc)
    word = text[end - 1 : end + 1]
    if end >= len(text) or end - start < 4 or word_tag(word) != "n" or jieba.dt.FREQ.get(word, 0) < _KNOWN_WORD_FREQ:
        return end
    last = doc.char_span(end - 2, end)
    if last is not None and len(last) == 1:
        return end
    rest = text[start : end - 1]
    ending, rest_ending = _BUILD_ENDING.search(text, start, end), _BUILD_ENDING.search(rest)
    if ending is None or rest_ending is None or len(rest_ending.group()) < len(ending.group()):  # 某人大常委|会审议: 常委会
        return end
    return end - 1 if is_organization(rest) else end


_KNOWN_WORD_FREQ = 20
"""How often a word must be in the dictionary to be read across a name's end (学童 is, a rare compound is not)."""

_PENALTY_AFTER = regex_cache.compile(r"(?:" + "|".join(("有期徒刑", "无期徒刑", "徒刑", "拘役", "罚金", "罚款", "罚锾", "死刑", "监禁", "缓刑")) + ")")


_PENALTY_IN_CLAUSE = regex_cache.compile(r"[^，。；！？\n]{0,12}?(?:" + _PENALTY_AFTER.pattern + r"|[之重轻]刑)")
"""A penalty later in the clause (较重之刑, 如主文所示之刑, 重刑): what a verb of sentencing before it imposes."""


def _sentenced_to(text: str, start: int, end: int) -> bool:
    """A 'name' ending in 处 right before a penalty (被告|处|有期徒刑二年), or one character and 处 with a penalty later in its
    clause (量处较重之刑, 论处重刑): 处 is the verb of sentencing, no office."""
    if text[end - 1] != "处":
        return False
    return _PENALTY_AFTER.match(text, end) is not None or end - start == 2 and _PENALTY_IN_CLAUSE.match(text, end) is not None


def _short_ending_cut_from_a_word(text: str, start: int, end: int) -> bool:
    """A two-character 'name' whose one-character ending opens a common word with the character after it (指|部分样本): a
    word and the tagger's cut, no body."""
    import jieba

    word = text[end - 1 : end + 1]
    return end - start == 2 and end < len(text) and jieba.dt.FREQ.get(word, 0) >= _KNOWN_WORD_FREQ * 50 \
        and word_tag(text[start:end]) != "nt"
"""How often a word must be in the dictionary to be read across a name's end (学童 is, a rare compound is not)."""


def _is_place(word: str, places: set[str]) -> bool:
    """A place the tagger found or a country; digits the tagger called a place (某控股（600567）) are none."""
    return (word in places and _HAN_ONLY.search(word) is not None) or word in COUNTRIES or word in REGION_PREFIXES


def _bracketed_place_end(text: str, end: int, places: set[str]) -> int:
    """Where a place in brackets written right after a name ends (某大学（威海）), or `end` when there is none; a short form
    in brackets that ends like a body (某国民中学（某国中）) is the name's alias, whatever the tagger calls it."""
    bracket = _BRACKETED.match(text, end)
    if bracket is None or _LONG_ENDING.search(bracket.group(1)):
        return end
    return bracket.end() if _is_place(bracket.group(1), places) else end


def _place_of(name: str, text: str) -> bool:
    """A 'name' without an ending that the text also writes with a level after it (南投 of 南投县政府, 南投县长) is a place."""
    return not ORG_SUFFIX.search(name) and any(_LEVEL_AFTER.match(text, at + len(name)) for at in occurrences(text, name))


_SECTION = "科"
_MAX_SECTION_WORDS = 4
_DEPARTMENT_END = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS + ("队", "总队", "支队", "大队")) + ")$")
_DISTRIBUTIVE_BEFORE = regex_cache.compile(r"各(?:级|地|区|县|市|省|县市|乡镇|镇|街道)?$")
_GOAL_BEFORE = regex_cache.compile("(?:" + alternation(GOAL_VERBS) + ")$")
_PLACE_COMPANY = ("公司", "企业", "工厂")
_PLANT_NUMBER = regex_cache.compile(r"[一二三四五六七八九十\d]+$")
_PROJECT_AFTER = regex_cache.compile(r"项目|工程|建设(?!了)")
_BEING_BUILT_ENDINGS = ("中心", "工厂", "厂")
"""Endings of a thing that is built as well as a body (某物流中心, 某超级工厂): before 项目/工程/建设 it is the works."""


def _with_section(doc: Doc, text: str, start: int, end: int) -> int:
    """A section of a department written right after it (某警务处|毒品|调查|科, 某公安局|刑事|侦查|科): nouns closed by 科,
    part of the body's name; a word that merely begins with 科 (科学, 科技) is none."""
    body = doc.char_span(start, end, alignment_mode="expand")
    if body is None or not (_DEPARTMENT_END.search(text, start, end) or _HOSPITAL_END.search(text, start, end)):
        return end
    j = body.end
    if _HOSPITAL_END.search(text, start, end):  # 某医院|急诊科, 某医院|神经|外科: a clinical department, written right after
        for last in range(j, min(len(doc), j + _CLINICAL_WORDS)):
            if doc[last].tag_ != "n" or doc[last].whitespace_:
                break
            if doc[last].text.endswith(_SECTION) and len(doc[last].text) >= 2 and doc[last].text not in NOT_CLINICAL_DEPARTMENTS:
                return doc[last].idx + len(doc[last].text)
    while j < len(doc) and j - body.end < _MAX_SECTION_WORDS and doc[j].text not in BODY_UNIT_ENDINGS and len(doc[j].text) >= 2 \
            and _section_word(doc[j]):
        j += 1
    if j > body.end and j < len(doc) and doc[j].text == _SECTION and _DEPARTMENT_END.search(text, start, end):
        return doc[j].idx + len(_SECTION)
    unit_end = doc[j].idx + len(doc[j].text) if j < len(doc) else 0
    if j > body.end and j < len(doc) and doc[j].text in BODY_UNIT_ENDINGS and _TITLE_AHEAD.match(text, unit_end):
        return unit_end  # 某卫生局|公共卫生|组|主任, 某医院|老年|医学|科|主任, 消防处|救护|总区|助理…: a unit named before its post
    return end


_HOSPITAL_END = regex_cache.compile(r"医院$")
_CLINICAL_WORDS = 2
"""A clinical department is one or two nouns closed by 科 (急诊科, 神经|外科)."""


_COURT = "法院"
_COURT_ENDS = ("法院", "法庭", "推事庭", "高庭")
"""Endings of a court named by rank (某区|裁判法院, 某地|推事庭, 某地|地方法庭): a place written before it is part of its name."""
_COURT_DIVISION = regex_cache.compile(r"第[一二三四五六七八九十]{1,3}巡回法庭|(?![第一二三四五六七八九十\d])\p{Han}{2,4}?法庭(?!上|内|外|里)"
                             r"|(?:刑事|民事|行政|家事|少年|商事|劳动|环境资源|知识产权)(?:审判)?(?:第[一二三四五六七八九十]{1,3})?庭"
                             r"|(?:原讼|上诉|简易)庭|[民刑商][一二三四五六七八九十]庭")


_DIVISION_INSIDE = regex_cache.compile(r"(?:法院|地院)(?=\p{Han}{2,}庭$)")


def _with_court_division(text: str, start: int, end: int) -> int:
    """A court's division written right after the court (某高等法院|原讼法庭, 某法院|上诉法庭, 某法院|第一巡回法庭, 某地院|刑事庭,
    and in short 某高等法院|原讼庭, 某地方法院|简易庭, 某中院|民二庭): part of its name; a numbered courtroom (第三法庭) is where a hearing
    is held, and 法庭上 is a place in it."""
    if text.endswith(("中院", "高院"), start, end):  # a court written short takes a division written short: 某中院|民二庭
        division = _SHORT_DIVISION.match(text, end)
        return division.end() if division else end
    if not text.endswith(("法院", "地院"), start, end):
        return end
    division = _COURT_DIVISION.match(text, end)
    return division.end() if division else end


_SHORT_DIVISION = regex_cache.compile(r"[民刑商][一二三四五六七八九十]庭")


_ORDINAL = regex_cache.compile(r"第[一二三四五六七八九十百零〇两\d]{1,4}")


def _with_numbered_unit(doc: Doc, text: str, start: int, end: int) -> int:
    """A numbered unit written right after a body (某警察局|第一|分局, 某公安局|第三|派出所, 某大学|第二|附属医院): part of its
    name, where the word after the ordinal is one of two characters or more that ends like a body; 第一时间 is none."""
    ordinal = _ORDINAL.match(text, end)
    if ordinal is None or not ORG_SUFFIX.search(text, start, end):
        return end
    unit = doc.char_span(ordinal.end(), ordinal.end() + 1, alignment_mode="expand")
    if unit is None or unit.start_char != ordinal.end():
        return end
    word = unit[0].text
    if len(word) >= 2 and _BUILD_ENDING.search(word) and not NOT_ORG.search(word):
        return ordinal.end() + len(word)
    named = _NUMBERED_UNIT.match(text, ordinal.end())
    if named is not None and doc.char_span(ordinal.end(), named.end()) is not None:
        return named.end()  # 某局|第五|公路|警察|大队: the function words between the ordinal and the unit's ending
    return end


_TEAM_END = regex_cache.compile("(?:" + alternation(TEAM_ENDINGS) + ")")
_MAX_CAUSE_WORDS = 3
_CAUSE_TAGS = ("n", "v", "vn", "a", "an", "nz")
_TEAM_PLACE_TAGS = ("LOC", "PER", "ORG")


def _teams_named_by_place(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A volunteer or rescue team named by its district and its cause (沙田|关爱|长者|义工|队, 东林乡|环保|志工队): the place
    (a word of two characters or more the tagger calls a place, name or body, whatever it calls it), up to three words
    of its cause, and the ending; a team without a place before its cause (多支|义工队, 学校的|志工队) names none."""
    found = []
    for team in _TEAM_END.finditer(text):
        ending = doc.char_span(team.start(), team.end(), alignment_mode="expand")
        if ending is None or ending.start_char != team.start() or ending.end_char != team.end():
            continue
        k = ending.start
        i = k
        while i > 0 and k - i < _MAX_CAUSE_WORDS and doc[i - 1].tag_ in _CAUSE_TAGS and _HAN_ONLY.fullmatch(doc[i - 1].text) \
                and doc[i - 1].text not in GENERIC_BODIES:
            i -= 1
        if i < k and doc[k - 1].tag_ == "v":
            continue  # 李明|参加|义工队: a verb taking the team, no cause of its name
        place = doc[i - 1] if i > 0 else None
        if place is not None and place.tag_ in _TEAM_PLACE_TAGS and _HAN_ONLY.fullmatch(place.text) \
                and (len(place.text) == 2 and i < k if place.tag_ == "PER" else len(place.text) >= 2) \
                and not (place.tag_ == "ORG" and i == k and _plain_word(place.text)):  # 沙田/PER, not 陈大文|带领; 环保/ORG, a cause
            i -= 1
            while i > 0 and doc[i - 1].tag_ in _TEAM_PLACE_TAGS and not doc[i - 1].whitespace_ and _HAN_ONLY.fullmatch(doc[i - 1].text):
                i -= 1  # 东|林区: the place in the tagger's pieces
            found.append((doc[i].idx, team.end()))
    return found


_MIN_CLUB_NAME = 3
"""A club's place and own name before 队 hold three characters or more (某地|某某|队); 某地队 is a side named by its place."""


def _clubs_named_by_place(text: str, lac: list[Span]) -> list[tuple[int, int]]:
    """A club named by its place and its own name (某地|某某|队, 菲律宾|某地|某某|队) on a page that reports games: the
    tagger's body or place that ends in 队, with a place the tagger wrote apart right before it joined (某地/LOC|某某队/ORG).
    A place alone (日本队, 澳门队), a kind of team (国家队, 代表队, 男队, 志愿服务队) or a page of no game names none."""
    if not any(word in text for word in GAME_WORDS):
        return []
    found = []
    spans = sorted((s for s in lac if s.label_ in ("ORG", "LOC")), key=lambda s: s.start_char)
    places = {s.text for s in lac if s.label_ == "LOC"}
    for k, span in enumerate(spans):
        if not span.text.endswith(CLUB_ENDING) or not _HAN_ONLY.fullmatch(span.text):
            continue
        start = span.start_char
        before = spans[k - 1] if k > 0 else None
        if before is not None and before.label_ == "LOC" and before.end_char == start and _HAN_ONLY.fullmatch(before.text):
            start = before.start_char  # 大埔/LOC|赤狐队/ORG: the place the tagger wrote apart
        named = text[start : span.end_char - len(CLUB_ENDING)]
        if len(named) < _MIN_CLUB_NAME or named in places or named in COUNTRIES or named.endswith(TEAM_KIND_WORDS):
            continue
        found.append((start, span.end_char))
    return found


def _club_short_form(name: str, found: dict) -> bool:
    """A club re-mentioned by its own name without its place (海鲸队 after 某地海鲸队): no new entry. Only on a page that
    names clubs: elsewhere a unit in 队 (某警察局第三公路警察大队) has its own rules for its parts."""
    return name.endswith(CLUB_ENDING) and any(len(other) > len(name) and other.endswith(name) for other in found)


_MEMBERS_AFTER = regex_cache.compile(r"(?:[（(][A-Za-z]{2,8}[）)])?(?:会员|会籍)")
_MAX_ASSOCIATION_WORDS = 3
_ASSOCIATION_WORD_TAGS = ("n", "nz", "m", "ORG", "LOC", "PER")


def _associations_before_members(doc: Doc, text: str) -> list[tuple[int, int]]:
    """An association in 会 written before its members or membership (某某|圆桌|会（ABC）会员, 某某|读书会|会员, 某某|圆桌|会|会籍),
    however the tagger calls its 会 (a verb, a noun): the name words before 会 (up to three, nouns, numerals of its name or
    names) are its name; 会 alone or after a pronoun (本会会员, 该会会员) or a kind of association (学生会会员) names none."""
    found = []
    if _MEMBERS_AFTER.search(text) is None:
        return found  # no membership word: no association written before one
    for k, token in enumerate(doc):
        if not token.text.endswith("会") or not _MEMBERS_AFTER.match(text, token.idx + len(token.text)):
            continue
        i = k
        while i > 0 and k - i < _MAX_ASSOCIATION_WORDS and doc[i - 1].tag_ in _ASSOCIATION_WORD_TAGS \
                and _HAN_ONLY.fullmatch(doc[i - 1].text) and not doc[i - 1].whitespace_ and doc[i - 1].text not in GENERIC_BODIES:
            i -= 1
        name = text[doc[i].idx : token.idx + len(token.text)]
        if i == k or name in GENERIC_BODIES or len(name) < 4:
            continue
        found.append((doc[i].idx, token.idx + len(token.text)))
    return found


def _units_named_by_ordinal(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A unit named by its ordinal and its function, written without its parent (第三|公路|警察|大队, 第二|河川|分署): the
    ordinal, two function characters or more and the unit's ending are its name; a bare ordinal and ending (第三大队) is
    only a numbered part of something the article names elsewhere."""
    found = []
    for ordinal in _ORDINAL.finditer(text):
        named = _NUMBERED_UNIT.match(text, ordinal.end())
        if named is None or named.end() - ordinal.end() < 4 or doc.char_span(ordinal.start(), named.end()) is None:
            continue
        if not NOT_ORG.search(text, ordinal.end(), named.end()):
            found.append((ordinal.start(), named.end()))
    return found


_NUMBERED_UNIT = regex_cache.compile(r"(?:(?![的在是了和与及、])\p{Han}){1,6}?(?:" + alternation(NUMBERED_UNIT_ENDINGS) + ")")


_REGIONAL_UNIT = regex_cache.compile(r"(?:" + alternation(UNIT_REGIONS) + r"|\p{Han}{1,4}?(?:总区|县|市))(?:" + alternation(REGIONAL_UNIT_ENDINGS) + ")"
                            r"|\p{Han}{2,3}?(?:" + alternation(AREA_UNIT_ENDINGS) + r")|\p{Han}{2,4}?" + BRANCH_AREA_ENDING)


def _with_regional_unit(text: str, start: int, end: int) -> int:
    """A unit of an investigating or policing body named by its area, written right after the body (某廉政署|北部地区调查组,
    某调查局|某县调查站, 某警务处|某总区重案组, 某消防处|某地消防区): part of its name, also where the tagger ended the name inside the area
    (某署南区|调查组)."""
    for body_end in (end, *(k for k in range(end - 1, start + 1, -1) if end - k <= _MAX_UNIT_REGION)):
        if DEPARTMENT_END.search(text, start, body_end):
            unit = _REGIONAL_UNIT.match(text, body_end)
            if unit and unit.end() >= end:
                return unit.end()
    return end


_MAX_UNIT_REGION = 4


_SCHOOL_SYSTEM = "系统"


def _with_school_system(text: str, start: int, end: int) -> int:
    """A system of universities written as one university's name and 系统 (某大学系统) is a body of its own where a
    position or a body's act follows (某大学系统总校长, 某大学系统宣布); 某大学系统地研究 is an adverb."""
    if not text.endswith("大学", start, end) or not text.startswith(_SCHOOL_SYSTEM, end):
        return end
    after = end + len(_SCHOOL_SYSTEM)
    if _POSITION_AHEAD.match(text, after) or _ACTS_AFTER.match(text, after):
        return after
    return end


def _section_word(token) -> bool:
    return token.tag_ in ("n", "vn", "nz") or word_tag(token.text) in ("n", "vn", "nz")


_CO_ACTION = regex_cache.compile("(?:" + alternation(CO_ACTION_VERBS) + ")")


def _after_co_action_verb(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a body's name starts after a verb of acting together that the tagger took into it (将联合|市体育局, 携手|某集团)."""
    verb = _CO_ACTION.match(text, start, end)
    if verb is None or end - verb.end() < 3:
        return start
    after = doc.char_span(verb.end(), verb.end() + 1, alignment_mode="expand")
    if after is None or after.start_char != verb.end():
        return start
    if verb.group() == "联合" and text[verb.end()] not in LEVEL_CHARACTERS and after[0].tag_ not in ("LOC", "ns"):
        return start
    return verb.end()


_POSTED_AT = "驻"
"""驻 between a country or body and a place (某国驻某地总领事馆): a word of a mission's name, though tagged a verb."""


_DEICTIC_TIMES = frozenset([*RELATIVE_YEARS, *RELATIVE_MONTHS, *ANAPHORIC_YEARS, *(d + "日" for d in DAY_WORDS), *(d + "天" for d in DAY_WORDS)])
"""Years, months and days named from the page's own time (明年, 本月, 翌年, 昨日): what the tagger may join to a name; a time
word that names an age (现代, 新一代) opens names (现代汽车)."""


def _after_time_word(doc: Doc, start: int, end: int) -> int:
    """A time word the tagger took into a body's name (明年|特区政府, 今年|某某公司): no name opens with one (今日头条 is one
    word of its own)."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first.start_char != start:
        return start
    word = first[0]
    after = word.idx + len(word.text)
    return after if word.text in _DEICTIC_TIMES and end - after >= 2 else start


_PLACE_WORD_TAGS = ("ns", "LOC")


def _verb_before_generic_body(doc: Doc, text: str, start: int, end: int, places: set[str]) -> bool:
    """A verb glued before a generic body without its place (诈领|市府补助款, 骗取|县府奖金, 诈领|区公所加班费): the verb
    opens no name and what follows it is a level of government, no body. The first word is a verb where the tagger or the
    dictionary says so, or where its last character alone is a verb (诈|领, 骗|取), and it is no place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.start_char != start:
        return False
    first = span[0]
    rest = text[first.idx + len(first.text) : end]
    if not (rest in GENERIC_BODIES or LEVEL_ONLY.fullmatch(rest)) or rest[0] not in LEVEL_CHARACTERS:
        return False  # a level of government (市府, 县府, 区公所), not a kind of body (三庆|集团 is a name)
    if first.tag_ == "ORG" or first.text in places or first.text in KNOWN_PLACES or first.tag_ in _PLACE_WORD_TAGS or word_tag(first.text) in _PLACE_WORD_TAGS:
        return False
    return first.tag_ == "v" or word_tag(first.text).startswith("v") or word_tag(first.text[-1]).startswith("v")


def _after_leading_verb(doc: Doc, start: int, end: int) -> int:
    """Where a body's name starts after a verb the tagger took into it (齐聚|某市政府, 前往|某集团, 传召|财政部, and after
    the subject before the verb: 法庭|传召|某某银行): a word the tagger calls a verb and the dictionary knows as one or not
    at all, then a place or name the tagger marks, then the rest, if any; a verb before a plain ending is a name's word
    (招商|银行)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.start_char != start:
        return start
    if span.start > 0 and doc[span.start - 1].tag_ == "d" and word_tag(span[0].text) == "v":
        return span[1].idx  # 某处|将|联同|某署: a verb after an adverb, whatever the tagger calls it
    for verb, after in reversed(list(zip(span[:-1], span[1:]))):  # 法庭|传召|某某|银行: the last verb before a marked name
        known = word_tag(verb.text)
        if verb.tag_ == "v" and verb.text != _POSTED_AT and (not known or known.startswith("v")) and after.tag_ in ("LOC", "ORG") \
                and not ORG_SUFFIX.fullmatch(after.text):
            return after.idx
    return start


_LEFT_EDGE_STOP = regex_cache.compile("(?:" + alternation(GIVING_VERBS + WHOLE_AMOUNT_ADVERBS)
                                 + r"|(?:[一二两三四五六七八九十几多数\d]+|若干)(?:个|本|张|家|间|所|座|支|名|批|只))")
"""Words no name holds before its ending: a verb of giving or moving money, an adverb of how much, a count."""


def _after_left_edge_stop(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a name built back from its ending starts after the last word no name holds, written as words of their own
    (晚宴收入|全数|拨入|会员福利基金, 笔记本电脑及|多本|银行, 数家|公司): a verb of giving or moving money, an adverb of how
    much, a count; after a conjunction listing things when common words ending in a noun stand before it (手提电脑|及|银行;
    not 香港|及|澳门商会, 国际纯粹|与|应用化学联合会, nor a department's fields: 劳工|及|福利局); then after 前 or 原 written alone, a former state (前|物流公司, 前|某科技公司), unless a one-character
    place with its level follows (前|郭县: the county is 前郭). What is left may be a kind of body only, which the later
    checks drop (会员福利基金, 公司)."""
    cut = start
    for stop in _LEFT_EDGE_STOP.finditer(text, start, end):
        if end - stop.end() >= 2 and doc.char_span(stop.start(), stop.end()) is not None:
            cut = stop.end()
    span = doc.char_span(cut, end, alignment_mode="expand")
    if span is not None and not text.endswith(FUNCTION_ENDINGS, cut, end):  # 劳工|及|福利局: a department's fields
        for word in reversed(span[1:-1]):
            if word.text in _JOINING_WORDS and word.tag_ == "c" and word.idx - cut >= 2 and doc[word.i - 1].tag_ == "n" \
                    and word_tag(doc[word.i - 1].text) == "n" and _common_words_only(doc, cut, word.idx) \
                    and not ORG_SUFFIX.search(text, cut, word.idx):  # 经济部|与|工业技术研究院: two bodies, left to the list rules
                cut = word.idx + len(word.text)  # 手提电脑|及|银行(存折): two things listed, the first no body
                break
    if text[cut : cut + 1] in FORMER_WORDS and end - cut >= 3:
        former = doc.char_span(cut, cut + 1)
        after = doc.char_span(cut + 1, end, alignment_mode="expand")
        if former is not None and after is not None and after.start_char == cut + 1 \
                and not (len(after[0].text) == 2 and after[0].text[-1] in LEVEL_CHARACTERS):
            cut += 1
    return cut


def _common_words_only(doc: Doc, start: int, end: int) -> bool:
    """Words the dictionary knows all, each as a common word or one the tagger calls common (物流|公司, 会员|福利/n|基金:
    福利 is also a place in the dictionary), or verbs: a kind of body, no name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(word_tag(t.text) and (word_tag(t.text)[:2] not in _PROPER_TAGS or t.tag_ in _COMMON_TAGS)
                                                      or t.tag_ == "v" for t in span)  # 检获/v: a verb the dictionary lacks


_COMMON_TAGS = ("n", "vn", "a")


def _no_body_named(text: str, start: int, end: int, places: set[str]) -> bool:
    """A candidate that names no one body: one of each place's (各区民政事务处, 各级政府), a role something is to become
    (建设成为世界旅游休闲中心), a centre or factory being built (某物流中心项目, 某超级工厂建设), or a company named only by its place (一成都公司:
    some company from there)."""
    before, name = text[max(0, start - 4) : start], text[start:end]
    if _DISTRIBUTIVE_BEFORE.search(before) or name.endswith("中心") and _GOAL_BEFORE.search(before) \
            or name.endswith(_BEING_BUILT_ENDINGS) and _PROJECT_AFTER.match(text, end):
        return True
    place = next((name[: -len(e)] for e in _PLACE_COMPANY if name.endswith(e)), "")
    if not place and name.endswith("厂"):  # 竹北二厂, 彰化厂: a company's plant named by its place (and number), no body
        place = _PLANT_NUMBER.sub("", name[:-1])
    return bool(place) and (place in places or word_tag(place) == "ns" or place in KNOWN_PLACES)


def _kind_being_set_up(doc: Doc, start: int, end: int) -> bool:
    """What a verb of founding sets up is a kind of body, not a name: the verb written at the candidate's start or between
    its first words and its ending (兴建|新医院; 某地|共建|联合实验室: a place, then what is set up there), or right before a candidate in which the
    tagger marks no place or name (设立|研发中心; 成立|某市某促进会 names one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.text in FOUNDING_VERBS for t in span[:-1]):  # 某地|共建|联合实验室, 兴建|新|医院
        return True
    return span.start > 0 and doc[span.start - 1].text in FOUNDING_VERBS and not any(t.tag_ in _TAGGED_PROPER for t in span)


_COUNT_BEFORE = regex_cache.compile(r"(?:[一二两三四五六七八九十几多数\d]+|若干)(?:个|家|所|间|座|支|个个)$")
_COUNT_AFTER = regex_cache.compile(r"[\d,.]+[^\S\n]*(?:多|余)?(?:个|家|所|间|座|支)(?=[，。、；,;]|$)")
"""A count closing its clause right after a body (实验室132个、): the number counts that kind of body."""


def _ends_in_a_situation_word(doc: Doc, start: int, end: int) -> bool:
    """A candidate whose last word names a situation or a game (中东|政局, 两岸|新局): no body."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].text in NOT_BODY_WORDS


_FUND_SIZE_AFTER = regex_cache.compile("(?:" + alternation(FUND_SIZE_WORDS) + ")")


_FUND_GRANTS_AFTER = regex_cache.compile(r"(?:今年|去年|上年|全年|累计|先后|已|共|共计|每年){0,3}(?:资助|拨付|拨款|补贴|补助)")


def _fund_as_money(text: str, start: int, end: int) -> bool:
    """A fund named before the words of its size (某创业基金首期规模10亿元) or of the grants paid from it (某科技创新基金今年共
    资助项目120个): a pot of money, no body; a foundation (基金会) is one."""
    return text.endswith("基金", start, end) and (_FUND_SIZE_AFTER.match(text, end) is not None
                                                 or _FUND_GRANTS_AFTER.match(text, end) is not None)


def _fund_of_common_words(doc: Doc, start: int, end: int) -> bool:
    """A fund named by what it pays for, in common words alone (会所维修基金, 奖学金基金): a pot of money, no body; a
    foundation (基金会) is one, a fund for cooperation, development or investment is an institution (中葡合作发展基金, 产业投资基金),
    and a fund with a proper word in its name is left to the other rules."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.text.endswith("基金") and len(span) > 1 and not _INSTITUTIONAL_FUND.search(span.text) \
        and all(word_tag(t.text) and word_tag(t.text)[:2] not in _PROPER_TAGS for t in span)


_INSTITUTIONAL_FUND = regex_cache.compile(r"合作|发展|投资|产业|主权")
"""What an institution's fund is named for (合作发展基金, 产业投资基金, 主权基金), where a pot of money is named for an expense."""


def _counted_kind(doc: Doc, text: str, start: int, end: int) -> bool:
    """A body counted (一个|诈骗集团, 两家|科技公司; 拥有国家重点实验室|132个、) whose words the dictionary knows all as common
    words: a kind of body, however the tagger calls it; a name has a place or proper word in it (一家|青松集团 is the
    tagger's, rare)."""
    if not _COUNT_BEFORE.search(text, max(0, start - 4), start) and not _COUNT_AFTER.match(text, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(word_tag(t.text) and word_tag(t.text)[:2] not in _PROPER_TAGS for t in span)


_COUNT_THEN_DESCRIPTION = regex_cache.compile(r"(?:[一二两三四五六七八九十几多数]|若干)(?:个|家|所|间|座|支)(?:新的)?[^，。；！？、：“”「」『』\n]{1,30}的$")
"""A count, then what describes the body counted, closed by 的 (建设一座|算力规模达3000P的|智算中心)."""
_DESCRIPTION_WIDTH = 40


_COUNT_OPENING = regex_cache.compile(r"^[逾近约超]?[0-9一二两三四五六七八九十百千几多数]+[所家间个]")
_KIND_WORDS = sorted(KIND_DESCRIPTORS + SCHOOL_KINDS + ("与", "和", "及", "、"), key=len, reverse=True)


def _kinds_described(name: str) -> bool:
    """A 'name' that is kinds of body only, a kind noun alone (家族办公室) or after describing words, school kinds and list joiners, after any count, before a
    kind noun or a school kind (乡区学校, 单一家族办公室, 华小、淡小及宗教学校, 百所华小); a name written before the kind
    (某某宗教学校) or another ending (城市大学) keeps it a body.

    >>> _kinds_described("淡小及宗教学校"), _kinds_described("单一家族办公室"), _kinds_described("东林宗教学校")
    (True, True, False)
    """
    rest = _COUNT_OPENING.sub("", name)
    while rest and rest not in KIND_NOUNS and rest not in SCHOOL_KINDS:
        word = next((w for w in _KIND_WORDS if rest.startswith(w) and len(rest) > len(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return bool(rest)


def _described_kind(doc: Doc, text: str, start: int, end: int) -> bool:
    """A body counted and described before it (建设一座算力规模达3000P的智算中心, 兴建一间设有三百张病床的医院), in
    words the tagger marks as no place or name: a kind of body being planned or built, no name."""
    if not _COUNT_THEN_DESCRIPTION.search(text, max(0, start - _DESCRIPTION_WIDTH), start):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and not any(t.tag_ in _TAGGED_PROPER for t in span)


def _opens_an_event_name(doc: Doc, text: str, end: int) -> bool:
    """Whether a name is the first word of an event's or a project's name (某某人工智能大会, 某某产业园): the event word
    follows, not as part of an ordinary word (拓展, 环节), with no verb between or ending in it (某某（中国）总裁出席论坛, 某某等企业参展: a body, then what it does)."""
    event = _EVENT_AFTER.match(text[end:])
    if event is None:
        return False
    event_end = end + event.end()
    if text[event_end - 1] in NOT_EVENT_BEFORE and text[event_end - 2] in NOT_EVENT_BEFORE[text[event_end - 1]]:  # 商务拓|展
        return False
    between = doc.char_span(end, event_end, alignment_mode="expand")
    return between is None or not any(t.tag_ == "v" for t in between)


_OPENING_QUOTES, _CLOSING_QUOTES = "“「『", "”」』"
_MAX_QUOTED_NAME = 40
_OCCASION_END = regex_cache.compile("(?:" + alternation(GATHERINGS + CASE_ENDINGS) + ")$")
"""Gatherings and cases only: a body opening a quoted forum's or conference's name (「某总会第30届年会」) is often its
holder, re-mentioned later by a short form the rules cannot link, so those are left to the event rules."""


def _inside_a_quoted_occasion(text: str, start: int, end: int) -> bool:
    """A body inside the quoted name of a gathering or a case (“某集团非法集资案”, 「某集团三十周年晚宴」): named only inside
    it, when the quoted name goes on after the body and ends like one."""
    opening = max(text.rfind(q, max(0, start - _MAX_QUOTED_NAME), start) for q in _OPENING_QUOTES)
    if opening < 0 or any(q in text[opening:start] for q in _CLOSING_QUOTES):
        return False
    closings = [i for i in (text.find(q, end, end + _MAX_QUOTED_NAME) for q in _CLOSING_QUOTES) if i >= 0]
    if not closings:
        return False
    closing = min(closings)
    return closing > end and "\n" not in text[opening:closing] and bool(_OCCASION_END.search(text, opening + 1, closing))


_FIELD_JOINERS = ("及", "和")
_ONE_CHARACTER_ENDINGS = frozenset(x for x in SUFFIXES if len(x) == 1)
_CLAUSE_BOUNDARY = "。，、；：！？\n“「『（("


def _with_joined_field(doc: Doc, text: str, start: int, end: int, names: set[str]) -> int:
    """A department named by two fields joined by 及 or 和 where the tagger found only the second field and the ending
    (康乐及|文化事务署, 证券及|期货事务监察委员会): the first field, a two-character word opening its clause or following a
    preposition (由康乐及文化事务署主办) that is no place or body of its own, belongs to the name (the tagger takes such a field for a person's name as often as not)."""
    if start < 3 or text[start - 1] not in _FIELD_JOINERS or not _DEPARTMENT_END.search(text, start, end):
        return start
    field_start = start - 3
    field = text[field_start : start - 1]
    before = doc.char_span(field_start - 1, field_start, alignment_mode="expand") if field_start > 0 else None
    if field_start > 0 and text[field_start - 1] not in _CLAUSE_BOUNDARY and (before is None or before.end_char != field_start
                                                                             or before[-1].tag_ != "p"):
        return start
    word = doc.char_span(field_start, start - 1)
    if word is None or len(word) != 1 or not _HAN_ONLY.fullmatch(field) or field in names or field[-1] in _ONE_CHARACTER_ENDINGS \
            or _COMPANY_END.search(text, start, end):
        return start  # 王强|和|某科技有限公司: a person joined to a company (公司 ends in 司, no department's ending)
    return field_start


_MAX_JOINED_FIELDS = 3
_PLACE_LEVEL_END = regex_cache.compile(r"[省市县区州]$")


def _with_fields_after_place(doc: Doc, text: str, start: int, end: int) -> int:
    """A department named by fields joined by 和 or 及 after its place (某市|文化|广电|和|旅游局): the tagger found only the
    last field and the ending; the two-character field words before the joiner, right after a place written with its
    level, belong to the name, and so does the place."""
    if start < 3 or text[start - 1] not in _FIELD_JOINERS or not _DEPARTMENT_END.search(text, start, end):
        return start
    joiner = doc.char_span(start - 1, start)
    if joiner is None:
        return start
    k = joiner.start - 1
    fields = 0
    while k >= 0 and fields < _MAX_JOINED_FIELDS and len(doc[k]) == 2 and _HAN_ONLY.fullmatch(doc[k].text) \
            and not _PLACE_LEVEL_END.search(doc[k].text) and not ORG_SUFFIX.search(doc[k].text) and doc[k].text not in KINDS_NAMED_AFTER:
        fields += 1
        k -= 1
    if fields == 0 or k < 0 or len(doc[k]) < 2 or not _PLACE_LEVEL_END.search(doc[k].text) or doc[k].tag_ not in ("ORG", "LOC", "ns"):
        return start
    return doc[k].idx


_UNIVERSITY = regex_cache.compile(r"(?:大学|学院)")
_DEPARTMENT_OF_STUDIES = regex_cache.compile(r"(?:学系|系)(?![统列数])")


def _with_university_department(text: str, start: int, end: int) -> int:
    """A university's name and a field of study the tagger found without the 学系 or 系 after it (某大学电机工程|学系): the
    department is the longest written name; 学系 alone, without its university (护理学系), names no body."""
    if not _UNIVERSITY.search(text, start, end):
        return end
    if _UNIVERSITY.search(text, end - 2, end):  # 某大学|设计系, 某学院|电机工程学系: the field written after the university
        field = _FIELD_DEPARTMENT.match(text, end)
        return field.end() if field else end
    department = _DEPARTMENT_OF_STUDIES.match(text, end)
    return department.end() if department else end


_FIELD = r"(?:(?![的在是了为对向从把被将已等及与和])\p{Han}){2,8}?"
_FIELD_DEPARTMENT = regex_cache.compile(rf"{_FIELD}(?:[及与和]{_FIELD})?(?:学系|系)(?![统列数])")
"""A field of study and 学系/系 right after a university's name (设计系, 资讯工程学系), or two fields joined by 及, 与 or 和
(社会工作及社会行政学系): its department."""


_STREET_AFTER = regex_cache.compile(r"(?:大街|大道|[路街巷](?![过上途头演遇线径况费网道]))")
"""A street word right after a body's name (某市法院街, 某大学路): a street named after it, no body."""
_JUNCTION = regex_cache.compile(r"[路街道巷江河](?:交会|交汇|交界|交叉|相交|交接|汇合|会合|衔接)处$")
"""Where streets or rivers meet (某路与某路交会处): a place, though it ends in 处."""
_GONE_TO = regex_cache.compile(r"(?:到|前往|至|赴)(?:就近|附近的?|所在地的?)?$")
_DONE_AT = regex_cache.compile(r"(?:办理|咨询|查询|领取|登记|申请|缴纳|缴费|就诊|接种|检测|预约|申报|投诉|换领)")
_SERVICE_PLACE_END = regex_cache.compile(r"(?:中心|大厅|服务站|窗口)$")


def _place_one_goes_to(text: str, start: int, end: int) -> bool:
    """A service centre or hall one goes to to do something there (市民可到某政务服务中心办理): a place; the same centre
    that acts (某中心今年共办理) is a body."""
    return bool(_SERVICE_PLACE_END.search(text, start, end) and _GONE_TO.search(text, max(0, start - 6), start)
                and _DONE_AT.match(text, end))


_HELD_AT_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,12}?(?:" + in_order(OPENED_VERBS) + ")")


def _venue_after_jia(text: str, start: int, end: int) -> bool:
    """假 before a place that something is held at (晚宴假某酒店舉行, 典礼假香港文化中心大剧院举行), whatever the tagger took
    into the name before it: Hong Kong's and Macau's 'at'; the place is a venue, no body (假日酒店 names a hotel only when
    nothing is held there)."""
    at = text.rfind("假", max(0, start - 1), end)
    return at >= 0 and end - at > 3 and _HELD_AT_AFTER.match(text, end) is not None


_CALLED_BEFORE = regex_cache.compile(r"(?:名为|名叫|称为|叫做|取名|命名为)[“「『]$")
_THING_AFTER = regex_cache.compile(r"[”」』]的(\p{Han}{1,4}?)(?=[\p{P}已将在是于由可能也都]|$)")


def _called_thing(text: str, start: int, end: int) -> bool:
    """A quoted name given to a thing that is no body (名为“某调度中心”的软件): a product's or system's name; the same after
    a body's kind (名为“某科技”的公司) names the body, and so does a name closed by a legal form (名为“某某有限公司”的董事)."""
    if not _CALLED_BEFORE.search(text, max(0, start - 4), start):
        return False
    thing = _THING_AFTER.match(text, end)
    return thing is not None and not ORG_SUFFIX.search(thing.group(1)) and not _LEGAL_FORM_END.search(text, start, end)


_QUOTED_THING_HEADS = frozenset(ACTIVITY_HEADS + WORK_HEADS)
_HEAD_MODIFIER_TAGS = ("n", "nz")


def _quoted_name_of_a_thing(doc: Doc, text: str, start: int, end: int) -> bool:
    """A name that fills a pair of quotation marks, followed by the activity, programme or work it names, at most one noun
    between (「某某工厂」亲子活动, “某某大院”系列活动): no body; a verb after the marks (「某公司」主办活动) leaves a body."""
    if start == 0 or text[start - 1] not in _OPENING_QUOTES or not text.startswith(tuple(_CLOSING_QUOTES), end):
        return False
    after = doc.char_span(end + 1, min(len(text), end + 2), alignment_mode="expand")
    if after is None:
        return False
    k = after.start
    return doc[k].text in _QUOTED_THING_HEADS or doc[k].tag_ in _HEAD_MODIFIER_TAGS and k + 1 < len(doc) and doc[k + 1].text in _QUOTED_THING_HEADS


_MAX_TITLE = 60


def _inside_a_document_title(text: str, start: int, end: int) -> bool:
    """A body inside the title of a law, plan or report in book-title marks whose title goes on after it
    (《某市居民委员会工作条例》, 《国际消费中心城市建设实施方案》): named only inside the document's name; a title that is the
    body's whole name (《某日报》) is left to the other rules."""
    opening = text.rfind("《", max(0, start - _MAX_TITLE), start + 1)
    if opening < 0 or "》" in text[opening:start] or "\n" in text[opening:start]:
        return False
    closing = text.find("》", end, end + _MAX_TITLE)
    return closing > end and "《" not in text[end:closing] and "\n" not in text[end:closing]


_RANKING_AFTER = regex_cache.compile("(?:" + alternation(RANKING_WORDS) + r")(?:今日|今天|昨日|昨天|日前|近日|已)?(?:发布|公布|出炉|显示|揭晓|结果)")


_CONFERRED_BEFORE = regex_cache.compile(r"(?:评为|评选为|选为|誉为|获评|荣膺)$")
_HONOUR_HEAD = regex_cache.compile(r"\p{Han}{0,4}?(?:最佳|十佳|优秀|十大|最具|最受)")


def _honour_conferred(text: str, start: int, end: int) -> bool:
    """A title one is named as (获评为|年度最佳零售银行, 被评为|十佳医院): an honour, no body, where a word of merit opens it."""
    return bool(_CONFERRED_BEFORE.search(text, max(0, start - 4), start) and _HONOUR_HEAD.match(text, start, end))


def _names_a_ranking(text: str, end: int) -> bool:
    """A body right before a ranking's word when the clause goes on about the ranking (某某大学排名发布): the ranking's
    name; 某大学排名第三 is the body ranked."""
    return bool(_RANKING_AFTER.match(text, end))


_BUSINESS_LINE_AFTER = regex_cache.compile("(?:" + alternation(BUSINESS_LINE_WORDS) + ")")


def _line_of_business(doc: Doc, text: str, start: int, end: int) -> bool:
    """Common nouns only before a word of a line of business (企业|银行|业务, 零售|银行|板块): a company's business, no
    body; a name with a word of its own (某某银行业务) is the body."""
    if not _BUSINESS_LINE_AFTER.match(text, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(word_tag(t.text) in ("n", "vn") and _is_common_word(t.text) for t in span)


_OWNERSHIP_WORDS = tuple(OWNERSHIP_AND_GRADE_WORDS)


def _cut_from_a_kind(text: str, start: int, end: int) -> bool:
    """A word of ownership or grade the tagger cut at the name's first character (中|资银行, 外|资企业): the kind's words,
    no name."""
    return any(text.startswith(w, start - k) and KIND_BY_OWNERSHIP.search(text[start - k : end])
               for w in _OWNERSHIP_WORDS for k in range(1, len(w)) if start - k >= 0)


_EDITION_BEFORE = regex_cache.compile(r"(?:第[\d一二三四五六七八九十百]{1,4}|首)届$")
"""An edition written right before a body's name that opens an event's (第三届|某商会|论坛): the body is named only inside
the event's name."""
_OCCASION_AFTER = regex_cache.compile("(?:" + alternation(FOUNDING_ANNIVERSARY_WORDS) + r")?(?:\d{2,4}|[一二三四五六七八九十百零〇]{1,4})?(?:周年|週年|年)?"
                                r"(?:庆祝|纪念)?(?:年会|大会|工作会议|新闻发布会|发布会|研讨会|校庆|庆典|典礼|纠纷案|(?<=周年)暨|"
                                + alternation(FESTIVAL_WORDS + SEASON_GATHERINGS + GATHERINGS + CASE_NOUNS)
                                + ")")
_OCCASION_WORD_TAGS = ("n", "nz", "vn", "m", "TIME", "q")


def _named_inside_an_occasion(doc: Doc, text: str, end: int) -> bool:
    """A body whose name opens the name of its own occasion or case (某集团2025年会, 某集团年度经销商大会, 某大学(建校)一百二十周年校庆典礼,
    某商会成立三十周年暨某典礼, 某公司合同纠纷案): named only inside that name, where nouns, a year or an anniversary alone stand between it and the
    occasion word; a numbered session (某总会第30届年会) is one of a series the body holds, which a careful reader lists it for."""
    after = doc.char_span(end, end + 1, alignment_mode="expand")
    if after is None or after.start_char != end:
        return False
    for j in range(after.start, min(after.start + 4, len(doc))):
        if _OCCASION_AFTER.match(text, doc[j].idx):
            return True
        if doc[j].tag_ not in _OCCASION_WORD_TAGS or _ENDS_WITH_POSITION.search(doc[j].text) or doc[j].text.startswith("第"):
            return False
    return False


_MAX_NAMESAKES = 2
_NAMESAKE_AFTER = regex_cache.compile("(?:" + alternation(NAMESAKE_ENDINGS) + r")(?![\p{Han}])|(?:" + alternation(NAMESAKE_ENDINGS) + ")(?=[向与和及在于将已今昨日]|(?:"
                                + alternation(ACTING_VERBS) + "))")
_INSTITUTION_END = regex_cache.compile("(?:" + alternation(INSTITUTION_VENUE_ENDINGS) + ")$")
_ACTS_AFTER = regex_cache.compile(r"(?:(?:与|和|及|暨|、)[^，。；：、\s]{2,24}?)?(?:共同|联合|一同|今日|今天|昨日|昨天|昨晚|今早|同日|今晚|日前|近日|将|特别|首次|已)?(?:"
                            + alternation(ACTING_VERBS) + ")")
_BLOC_DECIDES = regex_cache.compile(r"(?:(?:与|和|及|、)(?:" + alternation(BLOCS) + r"))?(?:今日|今天|昨日|昨天|日前|近日|已|将)?(?:"
                           + alternation(BLOC_DECISION_VERBS) + ")")
"""What a bloc does, alone or with another bloc (欧盟与东盟今日举行对话)."""
_BLOC_AS_SUBJECT = regex_cache.compile(r"(?:将|已|也|正|即将|已经|正在|曾|拟|计划|(?:副)?秘书长|秘书处"
                                       r"|在(?!华)[^，。；：、\s]{1,20}?(?:发挥|扮演)|对[^，。；：\s]{1,20}?(?:展开|进行|发起|启动)\p{Han}{0,4}调查)")
"""An adverb right after a bloc (欧盟将于明年课征碳关税, 东盟已经同意), its secretariat (东盟秘书长), a role it plays (东盟在
地区事务中发挥作用, 东协在区域整合中扮演要角) or a probe it opens (欧盟对某国钢材展开调查): the bloc is the subject of what
follows, a body."""
_BLOC_TIES_AFTER = regex_cache.compile(r"的(?:友好)?(?:关系|合作|对话|伙伴关系)")
_BLOC_PARTNER_BEFORE = regex_cache.compile(r"(?:与|和|同|跟)$")
_BLOC_PARTNER_ACTS = regex_cache.compile(r"(?:展开|进行|签署|签订|举行|达成|磋商|对话|会谈|谈判|合作|协商|洽谈)")


def _bloc_as_partner(text: str, start: int, end: int) -> bool:
    """A bloc after 与/和/同/跟 and before what two parties do together (将与欧盟展开谈判, 同东盟签署协议): the other party, a body;
    so is one whose ties with the other are named (发展与东盟的关系, 与欧盟的合作); a bloc after 与 as a place (与欧盟之间的贸易)
    takes no such verb."""
    return _BLOC_PARTNER_BEFORE.search(text, max(0, start - 1), start) is not None \
        and (_BLOC_PARTNER_ACTS.match(text, end) is not None or _BLOC_TIES_AFTER.match(text, end) is not None)


_AT_BEFORE = regex_cache.compile(r"(?:在|于|於|假|假座|到|赴|至|前往|来到|走进|参观|游览)$")
"""Words before where one goes or something is held; 假 (座) is Hong Kong's 'at' (假某中心举办)."""


def _institutions_acting(doc: Doc) -> list[tuple[int, int]]:
    """A hall, shop or museum written as a common noun right after a proper word the tagger marked (东林/ORG|餐室/n推出,
    某地/LOC|会馆/n举行) that acts: the two words name the body, which no ending the dictionary knows closes."""
    text = text_of(doc)
    found = []
    previous = None
    for token in doc:
        before, previous = previous, token
        if before is None or token.tag_ not in ("n", "nz") or not _INSTITUTION_END.fullmatch(token.text) or before.tag_ not in ("ORG", "LOC"):
            continue
        start, end = before.idx, token.idx + len(token.text)
        if _acting_institution(text, start, end):
            found.append((start, end))
    return found


def _names_its_association(text: str, start: int, end: int) -> bool:
    """A hall whose name holds more than a kind of association after its place (某地南安会馆; not 新加坡同乡会馆, 宗乡会馆: the
    halls of a kind)."""
    core = text[start : end - len(_ASSOCIATION_HALL_END.search(text, start, end).group())]
    for place in sorted((p for p in REGION_PREFIXES + COUNTRIES if len(p) >= 2 and core.startswith(p)), key=len, reverse=True)[:1]:
        core = core[len(place):]
    return len(core) >= 2 and core not in ASSOCIATION_KINDS and word_tag(core) != "n"


def _acting_institution(text: str, start: int, end: int) -> bool:
    """A museum, library, theatre or clan hall named as the one that acts (某博物馆举办特展, 某博物馆与某中心合办) or with
    its own head or representatives after it (某会馆会长, 某会馆的代表): an organisation; not where it is a place one goes
    to or where something is held (在某博物馆举行, 参观某博物馆)."""
    if _ASSOCIATION_HALL_END.search(text, start, end) and _names_its_association(text, start, end) \
            and not _AT_BEFORE.search(text, max(0, start - 2), start) \
            and not _held_at(text, start, end) and not _PLACE_PART.match(text, end) and not _INSIDE_AFTER.match(text, end):
        return True
    return bool(_INSTITUTION_END.search(text, start, end)) and end - start >= 4 \
        and (_ACTS_AFTER.match(text, end) is not None or _HEAD_POST_AFTER.match(text, end) is not None
             or _HOLDS_AFTER.match(text, end) is not None and _OPENS_CLAUSE_BEFORE.search(text, 0, start) is not None) \
        and not _AT_BEFORE.search(text, max(0, start - 2), start)


_ASSOCIATION_HALL_END = regex_cache.compile("(?:" + alternation(ASSOCIATION_HALL_ENDINGS) + ")$")
_INSIDE_AFTER = regex_cache.compile(r"(?:大厦|大楼|会所|新厦|旧址|内|里|外|前|旁|门|楼|厅|堂)")
"""Words after a hall that make it a building: its inside, its gate, its rooms (某会馆大厦, 某会馆内)."""
_HOLDS_AFTER = regex_cache.compile(r"(?:今日|今天|昨日|昨天|昨晚|今晚|日前|近日|将)?举行")
_OPENS_CLAUSE_BEFORE = regex_cache.compile(r"(?:^|[，。；：！？\n）)])[^\P{Han}在于於]{0,4}$")
"""An institution that opens its clause and holds something (某会馆昨日举行团拜: the hall's association holds it); after
于/在 or inside a clause (活动于某博物馆举行) 举行 says where something is held."""


_HEAD_POST_AFTER = regex_cache.compile("(?:" + alternation(HEAD_POSTS_AFTER) + ")")


def _with_namesakes(text: str, start: int, end: int, person_at_end: dict[int, int]) -> int:
    """A body named after one or two people written right before the name the tagger found (某某|文化发展基金会,
    某某某某|文化基金会): the people are words of its name, which ends in an ending of two characters or more."""
    if end - start < 4 or not _LONG_ENDING.search(text, start, end):
        return start
    for _ in range(_MAX_NAMESAKES):
        if start not in person_at_end:
            break
        start = person_at_end[start]
    return start


def _named_after_people(name: str, people: set[str]) -> bool:
    """Whether a body's name opens with one or two people's names and goes on with other words before its ending
    (某某文化发展基金会): no person's title or a name the tagger ran into a body."""
    ending = _LONG_ENDING.search(name)
    rest, named = name, False
    for _ in range(_MAX_NAMESAKES):
        person = max((p for p in people if rest.startswith(p)), key=len, default="")
        if not person:
            break
        rest, named = rest[len(person) :], True
    return named and ending is not None and (len(rest) > len(ending.group()) or rest in NAMESAKE_ENDINGS)


_COUNTRY_BEFORE = regex_cache.compile("(?:" + alternation(COUNTRIES) + ")$")
_SAYS_AFTER = regex_cache.compile("(?:" + alternation(SPEECH_VERBS) + ")")


def _place_in_a_country(text: str, start: int, end: int) -> bool:
    """A 'name' glued to the country before it (匈牙利德布勒森, 泰国罗勇, 越南海防) is a city of that country, unless
    it speaks or a post follows it: a person is written with a title or a description between (美国总统某某) or after."""
    return _COUNTRY_BEFORE.search(text, max(0, start - 6), start) is not None and not _SAYS_AFTER.match(text, end) \
        and not _POSITION_AHEAD.match(text, end)  # 台湾某某代表: a post after the name makes it a person


def _glued_to_a_place(doc: Doc, span: Span) -> bool:
    """A 'name' written right after a venue's name with nothing between (某某会展中心|轩辕堂) is a hall of it; one that ends
    an item of a 、 list of places whose item is places and single characters up to it (坦桑尼亚桑|给|巴尔、瓦努阿图) is the rest
    of that place's name, which the tagger cut; a title between (福建省|省长|某某、) makes it a person."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.tag_ in ("ORG", "LOC", "n") and not before.whitespace_ and VENUE.search(before.text):
        return True
    if before.text == "、" or not any(t.tag_ == "LOC" for t in _list_neighbours(doc, span)):
        return False
    k = span.start - 1
    while k > 0 and doc[k - 1].tag_ != "w" and span.start - k < 4:
        k -= 1
    return doc[k].tag_ == "LOC" and (k == 0 or doc[k - 1].text == "、") \
        and all(t.tag_ == "LOC" or len(t.text) == 1 for t in doc[k : span.start])  # not 某省|省长|林树德


_NO_GIVEN_NAME_ENDINGS = ("委", "局", "署", "厅")
"""One-character endings of government bodies that no given name ends with (卫健委, 住建局)."""


_GOVERNMENT_ENDING_AFTER = regex_cache.compile(r"\p{Han}{0,2}?[局署厅](?![长])")


def _no_surname_before_ending(name: str) -> bool:
    """A 'person' of four characters or more that opens with no Chinese surname (柔南基建, a place and a field): no Chinese
    name; with a government ending right after it (柔南基建|发展局) it is the body's first words."""
    return len(name) >= 4 and name[0] not in SINGLE and name[:2] not in COMPOUND


def _body_tagged_as_person(name: str) -> bool:
    """A 'person' of four characters or more that ends in a body's ending of two or more (某华公会, 某某基金会), or of three
    that ends in a government body's one-character ending (卫健委): given names do not end so, the tagger took a body
    for a person; nor does one of four or more that opens with no surname (柔南基建发展局 after 向, read as one name), while
    a name and its post run together (陈佳玲立委, 某某常委) stay the person's."""
    return len(name) >= 4 and _LONG_ENDING.search(name) is not None or name.endswith(_NO_GIVEN_NAME_ENDINGS) \
        and (len(name) == 3 or _no_surname_before_ending(name))


def _extends_name(doc: Doc, text: str, start: int, suffix) -> bool:
    """An ending written right after a candidate is part of its name, unless it is a verb of its own, with a verb or
    particle after it (特区政府会继续, 节办了, 协会组织召开; not 扶贫办共…), or the first character of a position (路政署署长)
    that the name already ends with. A post that writes its bureau once (某市政府卫生|局长, 某市环保|局长) gives the name its
    ending. A court's ending that opens with a post (推事庭, the magistrate's court) is a body's; 常委会 after 市委 is not
    extended."""
    if _post_shares_ending(text, start, suffix.start()):
        return True
    span = doc.char_span(start, suffix.end())
    post = _POSITION_AHEAD.match(text, suffix.start())
    if span is None or _ENDS_WITH_POSITION.search(span.text) or post and (post.end() >= suffix.end() or suffix.group() not in _COURT_ENDS):
        return False
    return span[-1].text != suffix.group() or not _acting_verb(doc, span.end - 1)


_SHARED_POST_ENDINGS = frozenset(x for x in FUNCTION_ENDINGS if len(x) == 1)
_HEAD_OF = "长"


def _post_shares_ending(text: str, start: int, at: int) -> bool:
    """A head's post at `at` written with the bureau's one-character ending once (卫生|局长, 环保|局长, 社会|处长, 财政|
    司长): the ending closes the name before it when that name ends in no ending of its own (not 某大学|院长, 某局|局长) and
    the name with the ending is a body's."""
    ending = text[at : at + 1]
    if ending not in _SHARED_POST_ENDINGS or not text.startswith(_HEAD_OF, at + 1) or at - start < 2:
        return False
    before = text[start:at]
    return _BUILD_ENDING.search(before) is None and _LONG_ENDING.search(before) is None and is_organization(before + ending)


def _with_federation_ending(doc: Doc, text: str, start: int, end: int) -> int:
    """A body of bodies written right after a name the tagger cut (某街坊|会|联合|总会, 某协会|联合会): the tagger reads
    联合 and 总会 as verbs, yet an ending of two characters or more after a whole name's ending goes on with the name."""
    for _ in range(_MAX_CHAINED_ENDINGS):
        suffix = _SUFFIX_AFTER.match(text, end)
        if not suffix or len(suffix.group()) < 2 or not _extends_name(doc, text, start, suffix):
            break
        end = suffix.end()
    return end


_MAX_CHAINED_ENDINGS = 2
_OBJECT_VERBS = ("组织", "办")


def _acting_verb(doc: Doc, k: int) -> bool:
    """A word tagged as a verb, after a name that is already whole and before a verb or aspect particle (特区政府|会|继续,
    某节|办|了, 某协会|组织|召开), or a verb that takes an object before a noun (某厅|组织|企业): a verb, whatever it ends like;
    组织 after a whole name is one whatever its tag (某联|组织|活动). Not after a stem (海基|会|进行), nor before a role word
    (某总会|主办) or 的 (信访办的)."""
    if not (doc[k].tag_.startswith("v") or doc[k].text == "组织") or k == 0 or k + 1 >= len(doc) or doc[k + 1].text in ROLE_ENDINGS:
        return False
    whole = ORG_SUFFIX.search(doc[k - 1].text) or NOT_ORG.search(doc[k - 1].text)
    taking_object = doc[k].text in _OBJECT_VERBS and doc[k + 1].tag_ in ("n", "vn", "nz", "v")  # 某厅|组织|企业, 某联|组织|活动
    return bool(whole) and (doc[k + 1].tag_.startswith("v") or doc[k + 1].text in _ASPECT_PARTICLES or taking_object)


_FORM_AFTER_COMMA = regex_cache.compile(r"[,，] ?(?:" + alternation(LATIN_ABBREVIATED_FORMS) + r")\.?(?!\p{Latin})")
_ACRONYM = regex_cache.compile(r"(?<![\p{Latin}\d])\p{Lu}{2,6}(?![\p{Latin}\d])")
_ACRONYM_CLAUSE_START = "。，；！？：\n（(“「"


def _with_abbreviation_point(text: str, start: int, end: int) -> tuple[int, int]:
    """A legal form written as an abbreviation keeps its point (Apple Inc., Acme Co.): the name ends after it, and after a
    second form joined by a comma (Pacific Star Co., Ltd.)."""
    if text.startswith(".", end) and text[start:end].rsplit(" ", 1)[-1] in LATIN_ABBREVIATED_FORMS:
        end += 1
        more = _FORM_AFTER_COMMA.match(text, end)
        if more:
            end = more.end()
    return start, end


def _acronyms_acting(text: str) -> list[tuple[int, int]]:
    """A body named by its Latin initials alone (HSBC, MTR) that opens its clause, or is joined to one that does
    (DBS与OCBC), as the subject of a verb of a body acting (宣布, 公布, 发表): an organisation. Initials that measure
    (GDP增长), name a role (公司CEO表示) or a line (MRT东北线) are no subject of such a verb or open no clause."""
    found = []
    for m in _ACRONYM.finditer(text):
        start, end = m.span()
        opens = start == 0 or text[start - 1] in _ACRONYM_CLAUSE_START
        joined = start >= 3 and text[start - 1] in "与和及、" and bool(found) and found[-1][1] == start - 1
        if (opens or joined) and m.group() not in NOT_BODY_ACRONYMS and _ACTS_AFTER.match(text, end) is not None:
            found.append((start, end))
    return found


_KIND_THEN_LATIN = regex_cache.compile(
    r"(?<=(?:" + alternation(KINDS_NAMED_AFTER + SHOP_KINDS + ORIGIN_WORDS) + r"))\p{Lu}[\p{Latin}\d&'’\-]*(?:\.?[ \-](?:\p{Lu}|&|\d)[\p{Latin}\d&'’\-]*){0,5}(?![\p{Latin}\d])(?!系列|型|款|版|产品|品牌)"
)


_MIN_LATIN_NAME = 4
_LATIN_THEN_INSTITUTION = regex_cache.compile(r"(?<!\p{Latin})\p{Lu}[\p{Latin}'’]*(?: \p{Lu}[\p{Latin}'’]*){0,5}(?:"
                                        + alternation(INSTITUTION_VENUE_ENDINGS) + ")")
"""A Latin name closed by an institution's ending (Solara Vista度假村): the institution, a body where it acts."""
_KIND_BEFORE_LATIN = regex_cache.compile("(?:" + alternation(KINDS_NAMED_AFTER + SHOP_KINDS + ORIGIN_WORDS) + ")$")
_KIND_WIDTH = max(len(kind) for kind in KINDS_NAMED_AFTER + SHOP_KINDS + ORIGIN_WORDS)
_SHOP_KIND_AFTER_LATIN = regex_cache.compile(r"的\p{Han}{0,2}?(?:" + alternation(SHOP_KINDS) + ")")
"""A Latin name, then 的 and a kind of shop (名为Kopi Harmoni的咖啡店): the shop's name, no person."""


_LATIN_BODY_NAME = r"\p{Lu}[\p{Latin}\d&'’\-]*(?: (?:\p{Lu}|&|\d)[\p{Latin}\d&'’\-]*){0,5}(?![\p{Latin}\d])"
_LATIN_LIST_BEFORE_COUNTED_KIND = regex_cache.compile(
    r"(?<![\p{Latin}\d])" + _LATIN_BODY_NAME + r"(?:(?:和|与|及|、)" + _LATIN_BODY_NAME + r")+(?=[两二三四五六七八九十\d]+(?:家|间)(?:"
    + alternation(KINDS_NAMED_AFTER) + "))"
)


def _latin_names_after_kinds(text: str) -> list[tuple[int, int]]:
    """A Latin name written right after a kind of body (美国咨询公司Frontier Economics, 研究机构Counterpoint): the body's
    name in apposition. It holds a small letter: capitals alone after a company are a role or a line (公司CEO, 公司IPO); a
    series or model after it makes it a product (公司Alpha系列). Latin names listed before the count of their kind
    (Metrolink Transit和TLX两家业者) are those bodies, initials and all."""
    found = [m.span() for m in _KIND_THEN_LATIN.finditer(text)
             if any(ch.islower() for ch in m.group()) and len(m.group()) >= _MIN_LATIN_NAME and m.group() not in NOT_BODY_LATIN_WORDS]
    for listed in _LATIN_LIST_BEFORE_COUNTED_KIND.finditer(text):
        found += [(listed.start() + m.start(), listed.start() + m.end()) for m in regex.finditer(_LATIN_BODY_NAME, listed.group())]
    return found


_TRADE_KIND_THEN_SHORT_NAME = regex_cache.compile(
    "(?<=" + alternation(_TRADE_KINDS + ORIGIN_WORDS) + r")\p{Han}{2}(?:" + alternation(INDUSTRY_ENDINGS) + ")"
)


def _short_names_after_trade_kinds(doc: Doc) -> list[tuple[int, int]]:
    """A company's short name, a head the dictionary does not know and an industry word, right after a kind of business or
    an origin (供应商|联钧光电, 日商|东和精机): the company in apposition, however the tagger calls its words."""
    matches = list(_TRADE_KIND_THEN_SHORT_NAME.finditer(text_of(doc)))
    if not matches:
        return []  # the word table only where such a name is written: most texts have none
    _, ends = token_edges(doc)
    return [m.span() for m in matches if m.end() in ends and not word_tag(m.group()[:2]) and not _is_common_word(m.group()[:2])]


_QUOTED_BRAND = regex_cache.compile(
    "(?<=" + alternation(QUOTED_BRAND_KINDS) + r")[“「『](?P<name>[\p{Han}\p{Latin}\d]{2,10})[”」』]"
    r"(?:旗舰店|分店|门市|门店|总店)?(?:今日|今天|昨日|昨天|日前|近日|早前|本周|今年|去年|已|将|正式|再|亦|也)*(?:"
    + alternation(QUOTED_BRAND_ACTS) + ")"
)


def _quoted_brands_acting(text: str) -> list[tuple[int, int]]:
    """A brand in quotation marks right after its kind of business, acting (在地茶饮品牌「某某茶坊」旗舰店今日开幕, 科技公司
    “某某智能”宣布): the quoted name is the body, with or without an ending; a quoted product or slogan has no kind before it."""
    return [m.span("name") for m in _QUOTED_BRAND.finditer(text)]


def _sar_bodies(doc: Doc, text: str) -> tuple[str, ...]:
    """The SAR institutions written bare that the text's press names (SAR_BODIES); Traditional script with no other sign
    of the press adds TRADITIONAL_PRESS_BODIES (a bare 檢察院 is Macau's, not the mainland's level of government)."""
    traditional = doc._.cleaned is not None and doc._.cleaned.script == "traditional"
    locale = detect_locale(text, doc._.source_text, doc._.cleaned and doc._.cleaned.script)
    return SAR_BODIES.get(locale, ()) + (TRADITIONAL_PRESS_BODIES if locale == "mainland" and traditional else ())


def _kind_only(doc: Doc, start: int, end: int) -> bool:
    """Words that name a kind of body and at most its country (美国|品牌|授权|公司): no name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.text in COUNTRIES or word_tag(t.text)[:1] in ("n", "v", "a") and word_tag(t.text)[:2] not in _PROPER_TAGS
                                    for t in span)


def _latin_company(name: str) -> bool:
    """A name in Latin script closed by a legal form (Sinar Jaya Plastics Sdn Bhd, ACME Ltd, Hovenberg Marine B.V.) or by
    the word of a body's kind (Penang Agro Promotion Council), not the legal form alone (某某 Sdn. Bhd.: the name is the
    Chinese one before it)."""
    name = name.replace("，", ",")  # the comma of Co., Ltd. as the text is normalised
    words = [w.removesuffix(",").replace(".", "") for w in name.split()]
    closing = LATIN_LEGAL_FORMS + LATIN_BODY_WORDS
    return bool(words) and words[-1] in closing and not all(w in closing for w in words) and name.isascii()


_DOTTED_FORM_REST = regex_cache.compile(r"(?:\.\p{Latin}{1,2})+\.")


def _with_dotted_form(text: str, start: int, end: int) -> tuple[int, int]:
    """A run of capitalised words whose last is the first letter of a legal form written in dotted letters (Hovenberg
    Marine B|.V., Fioravanti Moto S|.p.A.): the run stops at the first point; the name ends after the form's last point
    where the letters spell a legal form (BV, SpA)."""
    last = text[start:end].rsplit(" ", 1)[-1]
    rest = _DOTTED_FORM_REST.match(text, end)
    if len(last) == 1 and " " in text[start:end] and rest and last + rest.group().replace(".", "") in LATIN_LEGAL_FORMS:
        return start, rest.end()
    return start, end


_LATIN_FIRM_KIND_AFTER = regex_cache.compile("(?:" + alternation(LATIN_FIRM_KINDS_AFTER) + ")")


def _latin_firms_with_kind(text: str) -> list[tuple[int, int]]:
    """A run of capitalised Latin words glued to the Chinese word of a professional firm's kind (Tan & Partners律师事务所,
    Ong Beng & Co会计师事务所): one name from the first Latin word to the kind."""
    found = []
    for m in _LATIN_RUN.finditer(text):
        start, end = _with_abbreviation_point(text, *m.span())
        kind = _LATIN_FIRM_KIND_AFTER.match(text, end)
        if kind:
            found.append((start, kind.end()))
    return found


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another (one sort and one sweep, however many there are).

    >>> _outermost([(0, 5), (1, 3), (4, 8), (4, 8), (6, 9)])
    [(0, 5), (4, 8), (6, 9)]
    """
    kept: list[tuple[int, int]] = []
    reach = -1
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if end > reach:
            kept.append((start, end))
            reach = end
    return kept


def _holds_a_name(candidate: str, names: set[str]) -> bool:
    """Whether a known name of three or more characters is written inside the candidate (looked up, not scanned)."""
    longest = min(len(candidate), 24)
    return any(candidate[i : i + size] in names for size in range(3, longest + 1) for i in range(len(candidate) - size + 1))


_BUILD_ENDING = regex_cache.compile("(?:" + alternation([x for x in SUFFIXES if x not in TAGGED_ONLY_ENDINGS]) + ")$")
_NAME_WORD_TAGS = ("n", "nz", "ns", "nt", "nw", "j", "s", "LOC", "ORG", "vn", "an", "a")
_PROPER_TAGS = ("LOC", "ORG", "nz", "nw", "ns", "nt", "j", "nr")
_MAX_NAME_WORDS = 10
_TAGGED_PROPER = ("LOC", "ORG", "PER", "nz", "ns", "nt", "nw")


_SERVICE_ENDING = regex_cache.compile("(?:" + alternation(SERVICE_ENDINGS) + ")")
_BRAND_WORD_TAGS = ("", "nr", "nrt", "nrfg", "ns", "nt", "nz")
"""Dictionary tags of a word that may be a service's brand: none (a word the dictionary lacks) or a proper name's."""
_BRAND_TAGS = ("PER", "LOC", "ORG", "nz")
_MIN_BRAND, _MAX_BRAND = 2, 4


def service_brand_start(text: str, lac: list[Span], doc: Doc, at: int) -> Optional[int]:
    """Where the brand of a service body whose ending starts at `at` begins (福颐|护老院, 康宁|长者日间护理中心, 童乐托儿/PER|所):
    a name the tagger found that ends at the ending or runs into it, or else the one proper word right before it; None when
    the words before are common nouns (社区|护理中心, 中医|诊所), a verb or function word, or a person's whole name
    before a brand (何志明|福颐: the brand is the last name only)."""
    start = None
    for span in lac:
        if span.label_ in _BRAND_TAGS and span.start_char < at <= span.end_char and _MIN_BRAND <= at - span.start_char <= _MAX_BRAND:
            start = span.start_char
    if start is None:
        before = doc.char_span(0, at, alignment_mode="contract")
        if before is None or len(before) == 0:
            return None
        token = before[-1]
        if not (_MIN_BRAND <= len(token.text) <= _MAX_BRAND and regex.fullmatch(r"\p{Han}+", token.text)
                and word_tag(token.text) in _BRAND_WORD_TAGS and token.tag_ not in ("v", "vd", "d", "p", "c", "u", "m", "q", "r", "TIME", "w")):
            return None
        start = token.idx
    return start


def _runs_into_a_service_ending(text: str, start: int, end: int) -> bool:
    """A word the tagger took for a name that a service ending follows or ends in (福颐|护老院, 童乐托儿|所): a brand."""
    ending = _SERVICE_ENDING.search(text, start + _MIN_BRAND, end + 8)
    return ending is not None and ending.start() <= end and ending.start() - start <= _MAX_BRAND


def _service_bodies(doc: Doc, lac: list[Span]) -> list[tuple[int, int]]:
    """Service bodies named by a short brand and a service ending (福颐护老院, 康宁长者日间护理中心, 仁安诊所), whatever the
    tagger calls the brand (a person, a place) or the ending's words (护/v|老院, 日间/TIME|护理/vn|中心). The ending alone
    (护老院院长 with no brand) names no body."""
    text = text_of(doc)
    found = []
    for m in _SERVICE_ENDING.finditer(text):
        start = service_brand_start(text, lac, doc, m.start())
        if start is not None:
            found.append((start, m.end()))
    return found


def _named_by_ending(doc: Doc) -> list[tuple[int, int]]:
    """Organisations built backwards from an ending over the words a name is made of, whatever the tagger calls the
    name (花莲市公所, 主计总处, 文化和旅游厅, ACME Robotics有限公司).

    Endings that also end plain nouns or verbs (会, 企业, 办, 证券: 年会, 中国企业, 展会办成) build nothing; role words
    (主办单位) are not part of a name. The ending is a word of its own or ends a word the dictionary knows as an organisation, at least one word stands
    before it, and a name that is no department (商务厅, 统战部) holds a proper name or place: 行业协会, 地方政府 and
    众多企业 are no names; a generic committee (组委会) counts after a proper name (某马拉松组委会). Event endings (交易会) give none, nor an ending that begins a position (路政署署长) or acts as a
    verb (协会组织召开)."""
    found = []
    for k, token in enumerate(doc):
        one_character = len(token.text) == 1  # the two checks after the ending's own need a word of one character
        ending = _BUILD_ENDING.search(token.text) or one_character and (_ending_split_by_tagger(doc, k) or _office_before_its_head(doc, k)) \
            or None
        if ending is not None and token.tag_ == "q" and k > 0 and doc[k - 1].tag_ in ("m", "a") or token.text in NOT_BODY_WORDS:
            continue  # 多|处, 两|所: a count of places; 中东|政局: a situation
        if ending is not None and ending.start() > 0 and token.tag_ in ("v", "vd") and word_tag(token.text)[:1] == "v":
            continue  # 判处, 查处: a verb that ends like an office
        short = _SHORT_COMMITTEE.fullmatch(token.text) is not None
        generic_committee = short and token.text in GENERIC_BODIES  # 组委会, 村委会: a body only with the name before it
        international = ending is not None and _international_body_word(token.text, ending.group())
        if ending is None or ending.start() > 0 and token.tag_ != "ORG" and word_tag(token.text) not in ("nt", "j") \
                and not _department_word(token.text, ending.group()) and not short and not international \
                and _level_before_department(doc, k, ending.group()) is None and not _national_agency_ends(doc, k, ending.group()):
            continue
        head = _POSITION_AHEAD.match(text_of(doc), token.idx)
        if head and head.end() > token.idx + len(token.text) or _acting_verb(doc, k):  # 署|长; 协会|组织|召开
            continue
        i = k
        cut = _LONG_SUFFIX_END.search(doc[k - 1].text + token.text) if k > 0 and len(token.text) == 1 else None
        if cut is not None and cut.start() == 0 and _ending_split_by_tagger(doc, k) is not None and not _name_word(doc, k - 1):
            i = k - 1  # 陈氏|宗亲/PER|会/v: the piece the tagger cut off is the ending's, whatever its tag
        ending_from = i
        crossed = False  # over a bracketed place: the words before it up to another name's ending (全资子公司|某某（香港）有限公司)
        while i > 0 and k - i < _MAX_NAME_WORDS:
            if i >= 2 and doc[i - 1].text in _JOINING_WORDS and _BUILD_ENDING.search(doc[i - 2].text):
                break  # 经科局|与|贸促局: a body's whole name before the joining word, two bodies
            if i < k and _role_word_before(text_of(doc), doc[i].idx):
                break  # 承包商|某某工程有限公司: the company's part in the trade is no word of its name
            if _name_word(doc, i - 1) and not (crossed and ORG_SUFFIX.search(doc[i - 1].text)):
                i -= 1
            elif not crossed and _bracketed_place_before(doc, i) and _name_word(doc, i - 4):  # 某某|（|香港|）|有限公司
                i, crossed = i - 4, True
            elif not crossed and i == k and _COMPANY_END.search(token.text) and _bracketed_form_before(doc, i):  # 某铁路|（有限）|公司
                i, crossed = _bracketed_form_before(doc, i), True
            elif ending.group() in FUNCTION_ENDINGS and _listed_inside_a_name(doc, i, k):  # 文化|、|艺术|及|旅游部
                i -= 2
            elif ending.group() in FUNCTION_ENDINGS and i < k and _level_government_at(doc, i - 1) \
                    and all(_common_noun(t) for t in doc[i:k]):  # 县府|农业|处, 某县|政府|社会|处: a department named as written
                i -= 1
            elif ending.group() in FUNCTION_ENDINGS and i < k and _government_opening_name_at(doc, i - 1) \
                    and all(_common_noun(t) or t.tag_ in ("v", "vn") or (word_tag(t.text) or "")[:1] == "v" for t in doc[i:k]):
                i -= 1  # 政府|统计|处, 政府|产业|署: a department whose own name opens with 政府, no level before it
            elif i == ending_from and (place := _known_place_before(doc, i)) is not None:
                i = place  # 梳邦/PER|再/d|也/d|市议会: a town the gazetteer knows, however the tagger cut it
            elif doc[i : k + 1].text in FUNCTION_ENDINGS and ending.group() in FUNCTION_ENDINGS and i >= 1 and doc[i - 1].tag_ in ("v", "vn") \
                    and len(doc[i - 1].text) == 2 and (i == 1 or doc[i - 2].text in _CLAUSE_START or _name_word(doc, i - 2)
                                                        and doc[i - 2].tag_ not in ("v", "vn")):
                i -= 1  # 市区|重建/v|局, 旅游|推广|局, 主计/v|总|处: a department named by its field and its function
            elif i < k and doc[i - 1].tag_ == "PER" and len(ending.group()) >= 2 \
                    and (doc[i].tag_ == "PER" or not any(_proper_word(t) for t in doc[i:k])):  # 某某|工业|发展|机构: named after someone
                i -= 1
            else:
                break
        i = _unit_fields_joined(doc, i, k, ending.group())
        while i < k and (doc[i].text in _JOINING_WORDS or not doc[i].text.strip()):
            i += 1
        named_by_role = 0 < i < k and _role_word_before(text_of(doc), doc[i].idx) and _COMPANY_END.search(token.text) is not None \
            and any(not _is_common_word(t.text) for t in doc[i:ending_from])  # 承包商|宏源|工程|有限公司: its part says a firm
        level_before = _level_before_department(doc, k, ending.group())
        alone = token.tag_ == "ORG" or _department_word(token.text, ending.group()) or short or international or level_before is not None
        if i == k and (ending.start() == 0 or not alone or generic_committee) or NOT_ORG.search(doc[i:k + 1].text):
            continue
        split = _LONG_SUFFIX_END.search(doc[k - 1].text + token.text) if ending.end() == len(token.text) == 1 and k > 0 else None
        function = ending.group() in FUNCTION_ENDINGS or split is not None and split.group() in FUNCTION_ENDINGS  # 罪案调查|科
        if split is not None and split.group() in FUNCTION_ENDINGS and doc[i].idx >= token.idx + len(token.text) - len(split.group()):
            continue  # 在|调查|科|工作: a department's ending alone names no body
        national = doc[i].text == _NATIONAL and len(doc[i + 1:k + 1].text) - len(ending.group()) >= _NATIONAL_AGENCY_FIELD \
            and ending.group() in PLURAL_ENDINGS \
            and all(t.tag_ in _FIELD_TAGS for t in doc[i + 1:k])  # 国家|防灾|协调|机构: a national agency named by its field
        if not national and (not function and (not short or generic_committee) and not international and not named_by_role
                             and not any(_proper_word(t) for t in doc[i:ending_from]) and not _place_split_by_tagger(doc, i, k)
                             or ending.group() in PLURAL_ENDINGS and not any(t.tag_ in _TAGGED_PROPER for t in doc[i:k])):
            continue
        start = doc[i].idx
        if i == k and level_before is not None:
            start = level_before  # 向|州|宗教局, 向州|土地局: the level the department belongs to opens its name
        found.append((start, token.idx + len(token.text)))
    return found


_NATIONAL = "国家"
_NATIONAL_AGENCY_FIELD = 4
"""国家, a field of four characters or more, and 机构 name a national agency (国家防灾协调机构, 国家灾难|管理机构);
国家|监管|机构 is a kind."""
def _national_agency_ends(doc: Doc, k: int, ending: str) -> bool:
    """Token k closes a national agency named by its field (国家|灾难|管理机构, 国家|防灾|协调|机构): 国家, nouns of the field
    of four characters or more, and an ending that also names a kind of body (机构)."""
    if ending not in PLURAL_ENDINGS:
        return False
    j = k
    while j > 0 and k - j < 4 and doc[j - 1].tag_ in _FIELD_TAGS and doc[j - 1].text != _NATIONAL:
        j -= 1
    return j > 0 and doc[j - 1].text == _NATIONAL and len(doc[j:k + 1].text) - len(ending) >= _NATIONAL_AGENCY_FIELD


_UNIT_ENDS = ("科", "组", "课", "队", "处")
"""Last characters of a unit inside a body (调查科, 调查组, 侦查支队, 调查处), which may be named by two fields joined by 及."""
_FIELD_TAGS = ("n", "vn", "nz")


def _unit_fields_joined(doc: Doc, i: int, k: int, ending: str) -> int:
    """Where a unit's name starts when the walk back from its ending stopped inside two fields joined by 及 after its parent
    body (警务处|有组织罪案|及|三合会调查科, 刑事警察局|诈欺|及|洗钱防制科): right after the parent, so the unit is one body
    written with it. Only nouns of a field (and the 有 of 有组织) lie between the parent and the ending, and the word
    before 及 is no body's ending: two bodies joined (教育局|及|社会福利署) stay two."""
    if not (ending in FUNCTION_ENDINGS or ending.endswith(_UNIT_ENDS)) or i < 2:
        return i
    j, joined = i, any(t.text == "及" for t in doc[i:k])
    while j > 0 and i - j < 6:
        token = doc[j - 1]
        if token.text == "及" and j < i + 1 and j >= 2 and not _BUILD_ENDING.search(doc[j - 2].text):
            joined = True
        elif _BUILD_ENDING.search(token.text) and token.tag_ != "vn" and joined and j < i:  # 有|组织/vn: a field, not a body
            return j  # the parent body ends right before the fields
        elif not (token.tag_ in _FIELD_TAGS or token.text == "有" or token.text == "及"):
            return i
        j -= 1
    return i


_GOAL_CLAUSE_BEFORE = regex_cache.compile(r"(?:" + alternation(GOAL_VERBS) + r")[^，。；！？,;!?\n]{0,8}的?$")
_COMMON_ROLE_TAGS = ("n", "vn", "v", "a", "c", "u")
_PROPER_NAME_TAGS = ("ns", "nt", "nr", "nz", "nw")
"""The dictionary's tags of a place's, a body's or a person's name; an abbreviation of common words (研发/j) is none."""


def _role_aimed_at(doc: Doc, text: str, start: int, end: int) -> bool:
    """Common words (and 与/和/及, 的 between them) closed by an ending after a verb of becoming in the same clause (要成为区域的
    设计与研发中心, 打造成国际的物流枢纽中心): the role a place or firm aims at, no body; a proper word in it (成为青林大学的…)
    leaves the rest to the other rules."""
    if not _GOAL_CLAUSE_BEFORE.search(text, max(0, start - 12), start):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.text in _JOINING_WORDS or t.tag_ in _COMMON_ROLE_TAGS and word_tag(t.text)[:2] not in _PROPER_NAME_TAGS
                                    for t in span)


_FIELD_LIST_CLOSE = regex_cache.compile(r"等(?:" + alternation(FIELD_LIST_HEADS) + r")|[0-9〇一二三四五六七八九十两]+个\p{Han}{0,4}?(?:"
                                      + alternation(HALL_COUNT_HEADS) + ")")
_LIST_ITEM = regex_cache.compile(r"[^，。；、,;\s]+")
_LIST_ITEM_CHARS = (2, 10)


class _FieldLists:
    """Whether what follows an item is the rest of a list of fields or products (…、科创基金|等领域) or of expo halls
    before their count (…馆、…馆|3个专业展馆): the items are no bodies.

    Each 、 list is walked once per text and every item's answer kept: read from every item again, as one pattern did, a
    list of 2,000 firms took seconds."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[int, bool] = {}

    def after(self, end: int) -> bool:
        """Whether items of 2 to 10 characters, each after a 、, then the list's closing, follow `end` (none or more items)."""
        text, shortest, longest = self.text, *_LIST_ITEM_CHARS
        walked, found, at = [], False, end
        while at not in self.known:
            walked.append(at)
            if _FIELD_LIST_CLOSE.match(text, at):
                found = True
                break
            item = _LIST_ITEM.match(text, at + 1) if text.startswith("、", at) else None
            size = len(item.group()) if item else 0
            if size < shortest:
                break
            if any(_FIELD_LIST_CLOSE.match(text, at + 1 + k) for k in range(shortest, min(longest, size) + 1)):
                found = True  # the closing inside the item's characters (、软件|等领域)
                break
            if size > longest:
                break
            at += 1 + size
        else:
            found = self.known[at]
        for at in walked:
            self.known[at] = found
        return found


def _preposition_at(doc: Doc, start: int, end: int) -> bool:
    """A one-character preposition the tagger tags as one (向/p, 对/p) opening a candidate of two characters more: no
    name's first word (对外经贸大学 opens with a word of its own, 对外); with common words only after it, no name at all."""
    word = doc.char_span(start, start + 1)
    return word is not None and len(word) == 1 and word[0].text in PREPOSITIONS and word[0].tag_ == "p" and end - start >= 3


def _level_before_department(doc: Doc, k: int, ending: str) -> Optional[int]:
    """Where a department's name opens at a one-character level written bare before it, after a preposition (向|州|土地局,
    向州|宗教局 where the segmenter glued the two, 向|市|教育局): the level is the name's first word, whatever the tagger
    calls it or the department's word; the preposition is none.

    A level after anything else (a place's name, a noun) is left to the name's own words."""
    token = doc[k]
    if ending not in FUNCTION_ENDINGS or k == 0 or len(token.text) - len(ending) < 2 or not word_tag(token.text[: -len(ending)]):
        return None
    before = doc[k - 1].text
    if len(before) == 1 and before in LEVEL_CHARACTERS and k >= 2 and doc[k - 2].text in PREPOSITIONS:
        return doc[k - 1].idx
    if len(before) == 2 and before[0] in PREPOSITIONS and before[1] in LEVEL_CHARACTERS:
        return doc[k - 1].idx + 1
    return None


_FIELD_JOINERS_INSIDE = ("及", "和", "与", "暨")
_MAX_FIELD_WORDS = 3
_FIELD_WORD_TAGS = ("n", "vn", "v", "a", "an", "nz", "ORG")
_FIELD_VERB_TAGS = ("v", "a")
_FIELD_GOVERNMENTS = ("政府", "地方政府")


def _field_word(token) -> bool:
    """A word that can name a department's field (财经, 事务, 地方政府, 绘制, 永续): two Han characters or more, a common
    noun, verb or word the dictionary does not know, no place, person, time or body ending of its own; 政府 of 地方政府
    counts (房屋及地方政府部), a level's government written alone does not (县政府)."""
    text = token.text
    if len(text) < 2 or not _HAN_ONLY.fullmatch(text) or token.tag_ in ("PER", "LOC", "TIME") or word_tag(text)[:2] in ("nr", "ns", "nt"):
        return False
    if text in _FIELD_GOVERNMENTS:
        return True
    if ORG_SUFFIX.search(text) or VENUE.search(text) or text in GENERIC_BODIES:
        return False
    return token.tag_ in _FIELD_WORD_TAGS or not word_tag(text)


def _fields_joined_before_ending(doc: Doc) -> list[tuple[int, int]]:
    """A department named by two fields joined by 及/和/与/暨 and closed by a department's ending (财经事务|及|库务局,
    房屋|及|地方|政府|部, 地图|绘制|暨|地籍|局, 永续|发展|与|环境|部), however the tagger cut and called its words: the field
    words before the joiner (up to three, not opening with a verb) and after it up to the ending, none of them a body of
    its own. Two bodies joined (商务局|和|文旅局, 教育局|及|社会福利署) have an ending before the joiner and give none;
    common nouns joined before a body (企业|和|个人|可|向|某局) do not reach an ending."""
    found = []
    for j, joiner in enumerate(doc):
        if joiner.text not in _FIELD_JOINERS_INSIDE or j == 0:
            continue
        i = j
        while i > 0 and j - i < _MAX_FIELD_WORDS and _field_word(doc[i - 1]):
            i -= 1
        while i < j and doc[i].tag_ in _FIELD_VERB_TAGS and word_tag(doc[i].text)[:1] in ("v", "a", ""):
            i += 1  # 宣布|房屋|及…: a verb opening the run is no field
        if i == j or doc[i].text in _FIELD_GOVERNMENTS[:1]:
            continue  # 政府|与|民间资本: the government, no field of a department's name (地方|政府 is one)
        if j - i == 1 and _owned_act(doc, i):
            continue  # 议员的|提问|和|某局: an act owned by someone of the sentence, joined to the body; no field of its name
        k = j + 1
        while k < len(doc) and k - j <= _MAX_FIELD_WORDS + 1:
            ending = _FUNCTION_END.search(doc[k].text)
            if ending is not None and (ending.start() > 0 or k > j + 1):
                suffix = ORG_SUFFIX.search(doc[k].text)
                if ending.start() == 0 or _HAN_ONLY.fullmatch(doc[k].text) and suffix.group() in FUNCTION_ENDINGS \
                        and doc[k].tag_ != "v" and word_tag(doc[k].text)[:1] not in ("v", "a") and word_tag(doc[k].text)[:2] not in ("nr", "ns"):
                    found.append((doc[i].idx, doc[k].idx + len(doc[k].text)))  # not 华为公司 (公司, not 司), 签署 (a verb)
                break
            if not _field_word(doc[k]):
                break
            k += 1
    return found


def _known_place_before(doc: Doc, k: int) -> Optional[int]:
    """The token where a place the gazetteer knows starts that ends right before token k and that the tagger cut into
    words of other kinds (梳邦/PER|再/d|也/d, 八打灵/PER|再也/d): the longest, from three characters up."""
    text = text_of(doc)
    last = k - 1 if k > 0 and doc[k - 1].text in LEVEL_CHARACTERS else k  # 梳邦再也|市|议会: the level goes with the name
    end = doc[last].idx
    for j in range(last - 1, max(-1, last - 7), -1):
        start = doc[j].idx
        if end - start > 6:
            break
        if end - start >= 3 and last - j >= 2 and text[start:end] in _GAZETTEER_PLACES:
            return j
    return None


def _place_split_by_tagger(doc: Doc, i: int, k: int) -> bool:
    """One-character words opening a name that together make a place the dictionary knows (台|中|地方法院: 台中)."""
    j = i
    while j < k and len(doc[j].text) == 1:
        j += 1
    return j - i >= 2 and word_tag(doc[i:j].text) in ("ns", "s")


_INTERNATIONAL_START = regex_cache.compile("(?:" + alternation(INTERNATIONAL_SCOPE_WORDS) + ")")


def _international_body_word(word: str, ending: str) -> bool:
    """One dictionary word naming an international body (世界气象组织, 国际货币基金组织): a word of world or regional scope,
    a field of two characters or more, then an ending of two or more; 国际组织 has no field, so it is a kind of body."""
    scope = _INTERNATIONAL_START.match(word)
    return scope is not None and len(ending) >= 2 and len(word) - scope.end() - len(ending) >= 2 and ending not in TAGGED_ONLY_ENDINGS


_LONG_SUFFIX_END = regex_cache.compile("(?:" + alternation([x for x in SUFFIXES if len(x) >= 3]) + ")$")


def _abbreviated_departments(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A department's short form the tagger cut into one-character words (对此，|都|发|局|回应; `abbreviated_department_start`),
    where its officer's post or a verb of its speaking or acting follows: the whole short form."""
    found = []
    for k, token in enumerate(doc):
        first = abbreviated_department_start(doc, k)
        end = token.idx + len(token.text)
        if first is not None and (_POSITION_AHEAD.match(text, end) or _SAYS_AFTER.match(text, end) or _ACTS_AFTER.match(text, end)
                                  or _FIRM_ACTS_AFTER.match(text, end)):  # 客委会|今日宣布: a time word before the verb
            found.append((doc[first].idx, end))
    return found


_OFFICE = "办"


def _office_before_its_head(doc: Doc, k: int):
    """办 written right before its head's post (对外事务|办|负责人, 某|办|主任): an office's ending, though it ends verbs
    too (展会办成), so it builds a name only there."""
    token = doc[k]
    if token.text != _OFFICE or _POSITION_AHEAD.match(text_of(doc), token.idx + len(token.text)) is None:
        return None
    return regex.match(".", token.text)


def _ending_split_by_tagger(doc: Doc, k: int):
    """An ending of three characters or more that the tagger cut before its last character (某地同乡|会, 某氏宗亲|会: 会
    taken for 'will'): the last character closes the name as the whole ending would. A 会 the tagger calls a noun after a
    place or name and a noun (某地|妇女|会) is an association's ending cut off the same way; after a plain noun (商业|圆桌|会)
    it names a meeting."""
    token = doc[k]
    if k == 0 or len(token.text) != 1:
        return None
    if token.text == "会" and token.tag_ == "n" and k >= 2 and doc[k - 1].tag_ == "n" and len(doc[k - 1].text) >= 2 \
            and not doc[k - 1].text.endswith("会") and doc[k - 2].tag_ in _PROPER_TAGS:
        return regex.match(".", token.text)  # 某地|妇女|会: 会 tagged a noun after a place and a noun is an association's ending
    if _LONG_SUFFIX_END.search(doc[k - 1].text + token.text) is None:
        return None
    return regex.match(".", token.text)


def _listed_inside_a_name(doc: Doc, i: int, k: int) -> bool:
    """A 、 between plain nouns of one department's name, which lists its fields up to a 及/和/与 before the ending
    (文化、艺术及旅游部): no list of bodies (教育部、科技部), whose items end in an ending of their own."""
    return i >= 2 and doc[i - 1].text == "、" and any(t.text in _JOINING_WORDS for t in doc[i:k]) \
        and all(_common_noun(t) and not ORG_SUFFIX.search(t.text) for t in (doc[i - 2], doc[i]))


_FORM_IN_BRACKETS = regex_cache.compile(r"(?:" + alternation(BRACKETED_FORMS) + r"|[一二三四五六七八九〇零\d]{4})")
_MAX_BRACKET_TOKENS = 4


def _bracketed_form_before(doc: Doc, i: int) -> int:
    """Where a bracket written right before a company's ending starts when it holds a word of its legal form or a year
    (某铁路（有限）公司, 某地产（集团）有限公司, 某巴士（一九三三）有限公司) after a name word: the bracket is inside the name;
    0 when there is none."""
    if i < 3 or doc[i - 1].text not in "）)":
        return 0
    for j in range(i - 2, max(0, i - 2 - _MAX_BRACKET_TOKENS), -1):
        if doc[j].text in "（(":
            inside = doc[j + 1 : i - 1].text
            return j if j > 0 and _FORM_IN_BRACKETS.fullmatch(inside) and _name_word(doc, j - 1) else 0
    return 0


def _bracketed_place_before(doc: Doc, i: int) -> bool:
    """A place in brackets written right before word i, after a name word (某某（香港）|有限公司): inside the name."""
    return i >= 4 and doc[i - 1].text in "）)" and doc[i - 3].text in "（(" and doc[i - 2].text.strip() != "" \
        and (doc[i - 2].tag_ == "LOC" or doc[i - 2].text in COUNTRIES or doc[i - 2].text in REGION_PREFIXES
             or doc[i - 2].text in BRACKETED_MARKETS)


def _schools_cut_by_tagger(doc: Doc) -> list[tuple[int, int]]:
    """A school named with 国小/国中 (elementary and junior high in Taiwan) that the tagger cut as 国|小 after its name
    (花溪|国|小, 竹林|国|中): a name word, then 国 and 小/中 as words of their own (美国|中部, 全国|中小 are one word each);
    and a numbered school after a place the tagger marked (某县|一|中): a numeral and 中/小 as words of their own."""
    found = []
    if not _SCHOOL_CUT_HINT.search(text_of(doc)):
        return found  # 国, or a numeral, right before 小 or 中 is written nowhere
    for k in range(1, len(doc) - 1):
        if doc[k].text == "国" and doc[k + 1].text in ("小", "中") and len(doc[k - 1].text) >= 2 and _name_word(doc, k - 1):
            found.append((_school_place_before(doc, k - 1), doc[k + 1].idx + 1))
        elif doc[k].text in _SCHOOL_NUMBERS and doc[k + 1].text in ("小", "中") and len(doc[k - 1].text) >= 2 \
                and doc[k - 1].tag_ in ("LOC", "ORG"):  # 某县|一|中|学生: a numbered school after its place
            found.append((doc[k - 1].idx, doc[k + 1].idx + 1))
    return found


_SCHOOL_NUMBERS = frozenset("一二三四五六七八九十")
_SCHOOL_CUT_HINT = regex_cache.compile(r"[国一二三四五六七八九十]\s*[小中]")
_SCHOOL_RUNNERS = ("市立", "县立", "私立")
_COUNTY_OR_CITY = ("县", "市")


_SCHOOL_ENDS = ("国中", "国小", "高中", "高工", "高职", "高商", "高农", "中学", "小学", "国民中学", "国民小学")
_PRIVATE = "私立"
_SENIOR_HIGH = "高中"
_VOCATIONAL = "职"
_RUN_BY = "立"


def _with_school_place(text: str, start: int, end: int, place_at_end: dict[int, int], higher: dict[int, int]) -> int:
    """Where a school starts when its city or county is written right before it, with or without 市立/县立/私立 (桃园市立|某某
    国中, 台南市|私立|某某高中, 嘉义|县|某某国中): the place and who runs the school are part of its name, whatever the
    tagger calls the pieces. A place that is no city or county (a district, a village) is left out."""
    if not text.endswith(_SCHOOL_ENDS, start, end):
        return start
    at = start
    if text.endswith(_PRIVATE, 0, at):
        at -= len(_PRIVATE)
    elif text.endswith(_RUN_BY, 0, at) and at >= 2 and text[at - 2] in _COUNTY_OR_CITY:
        at -= len(_RUN_BY)
    if at < 1 or text[at - 1] not in _COUNTY_OR_CITY:
        return start
    place = place_at_end.get(at, higher.get(at))
    if place is None and at - 1 in place_at_end:
        place = place_at_end[at - 1]  # 嘉义|县: the county's character written apart
    return place if place is not None and at - place >= 2 else start


_TOWNSHIPS = ("乡", "镇", "区")


def _township_before(doc: Doc, j: int) -> Optional[int]:
    """The token where a township or district written right before token j starts (某某|乡, 某某乡, 某某|区), else None."""
    if j > 1 and doc[j - 1].text in _TOWNSHIPS and doc[j - 2].tag_ == "LOC":
        return j - 2
    if j > 0 and doc[j - 1].tag_ == "LOC" and doc[j - 1].text.endswith(_TOWNSHIPS) and len(doc[j - 1].text) >= 3:
        return j - 1
    return None


def _school_place_before(doc: Doc, k: int) -> int:
    """Where a school whose name word is token `k` starts when its city or county is written right before it (台中市|大雅|国中,
    嘉义|县|民雄|国中, 新北|市立|某某|高中): the place, with 县/市 the segmenter wrote apart and the 市立/县立/私立 that says who runs
    it, is part of the school's name. A place not ending in 县 or 市 (a district, a village) opens no school's name."""
    j = k
    if j > 0 and doc[j - 1].text in _SCHOOL_RUNNERS:
        j -= 1
    township = _township_before(doc, j)
    if township is not None and township > 0:
        county = doc[township - 1]
        if county.tag_ == "LOC" and county.text.endswith(_COUNTY_OR_CITY) and len(county.text) >= 3:
            return county.idx  # 某某县|某某乡|某某|国小: the county and its township (县长|滨乡 read across is no post)
        if county.text in _COUNTY_OR_CITY and township > 1 and doc[township - 2].tag_ == "LOC":
            return doc[township - 2].idx
    if j > 0 and doc[j - 1].text in _COUNTY_OR_CITY and j > 1 and doc[j - 2].tag_ == "LOC":
        return doc[j - 2].idx
    if j > 0 and doc[j - 1].tag_ == "LOC" and doc[j - 1].text.endswith(_COUNTY_OR_CITY) and len(doc[j - 1].text) >= 3:
        return doc[j - 1].idx
    if j > 0 and doc[j - 1].tag_ == "LOC" and j < k and len(doc[j - 1].text) >= 2:
        return doc[j - 1].idx  # 台南|市立|某某|高中
    return doc[k].idx

_NAMED_KINDS = regex_cache.compile("(?:" + alternation(kind for kind in SCHOOL_KINDS if len(kind) == 2 and kind != "华校") + ")")
_NOT_SCHOOL_NAME_TAGS = frozenset(("m", "q", "r", "d", "p", "c", "u", "w", "f", "s", "xc", "TIME"))
_BEFORE_SCHOOL_NAME = frozenset("予与和及为向给在到访由于")
_GIVING_OR_JOINING = frozenset("予与给向")
_AFTER_KIND_IN_A_WORD = ("学生", "将", "已", "也", "于")
"""What follows a school's kind in a word the segmenter made of the kind's last character (华|小学生, 华|小将|于): the
pupils, or the adverb or preposition its verb opens with; other words the last character opens (中华|小吃, 中华|小学,
全国|中小学, 美国|中部) name no school."""


def _federation_word(doc: Doc, text: str, start: int, end: int) -> bool:
    """A federation's short name the segmenter's words start and end with (董总|主席), or whose last character it joined
    to the conjunction after it (教|总和|隆雪华堂): not a piece of other words (其中|总额, 马华|总会长)."""
    if start and text[start - 1 : start + 1] in SCHOOL_KINDS:
        return False  # 大雅国|中|总|教练: the school's last character and a post after it, no federation
    if doc.char_span(start, end) is not None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.start_char == start and span.end_char == end + 1 and text[end] in _JOINING_CHARACTERS


_JOINING_CHARACTERS = "和及与"


def _schools_named_before_kind(doc: Doc) -> list[tuple[int, int]]:
    """A school written as a two-character name and its kind (育才|独中, 培|南华|小, 崇德|华|小学生, 仁爱|国中), whatever
    the tagger calls the pieces: the name starts a word and follows a clause's start, a place, a verb or a giving or joining
    word (捐款予|育英|华小); the kind closes a word or is followed by its pupils (华小|学生). A place right before opens
    the name (巴生|兴华|独中). Not a quantity, pronoun or function word before the kind (多所华小, 这些独中, 在孤独中), nor a
    place the kind's first character closes (赴|美国|中部: 国中 does not close a word), nor a word the kind's last
    character opens (中华|小吃, 全国|中小学)."""
    text = text_of(doc)
    matches = list(_NAMED_KINDS.finditer(text))
    if not matches:  # the word tables only where a kind is written: most texts have none
        return []
    at = {token.idx: token.i for token in doc}
    ends = {token.idx + len(token.text) for token in doc}
    found = []
    for m in matches:
        p, end = m.start(), m.end()
        start = p - 2
        if start < 0 or start not in at or not (end in ends or text.startswith(_AFTER_KIND_IN_A_WORD, end)) \
                or not regex.fullmatch(r"\p{Han}{2}", text[start:p]):
            continue
        k = at[start]
        pieces = [token for token in doc[k:] if token.idx < p]
        if any(token.tag_ in _NOT_SCHOOL_NAME_TAGS or token.tag_ in ("LOC", "ns") for token in pieces):
            continue  # 多所|华小, 今年|槟城|华小: a number of schools, or a place's schools of the kind
        before = text[start - 1] if start else ""
        previous = doc[k - 1] if k else None
        opens = previous is None or not regex.match(r"\p{Han}", before) or before in _BEFORE_SCHOOL_NAME
        if text[start + 1] in _GIVING_OR_JOINING or _closes_a_currency(text, start):
            continue  # 令|吉予|华小: the currency and the giving word before the kind, no name
        if not opens and (word_tag(text[start:p]) == "v" or _is_common_word(text[start:p])):
            continue  # 后来|升上|独中, 昨日|到访|华小, 拨款|资助|华小: a verb and the kind it takes, no school's name
        organ = _SUFFIX_AFTER.match(text, end)
        if organ and len(organ.group()) >= 2 and organ.end() in ends:
            end = organ.end()  # 崇德|华|小|董事会: the school's board
        if opens or previous.tag_ in ("v", "vd", "TIME"):
            found.append((start, end))
        elif previous.tag_ == "LOC":
            found.append((previous.idx, end))
    return found


_SHORT_COMMITTEE_CUT = regex_cache.compile(r"\p{Han}{1,2}[委管]")


def _committees_cut_by_tagger(doc: Doc) -> list[tuple[int, int]]:
    """A committee's three-character short name that the tagger cut before a 会 it took for the verb 'will' (金管|会,
    房委|会): an uncommon word ending in 委 or 管, then 会 as a word of its own (主管|会 is a manager who will)."""
    return [(doc[k - 1].idx, doc[k].idx + 1) for k in range(1, len(doc))
            if doc[k].text == "会" and _SHORT_COMMITTEE_CUT.fullmatch(doc[k - 1].text) and not _is_common_word(doc[k - 1].text)]


_COMMON_NOUN_TAGS = ("n", "vn", "an")
_CLAUSE_START = "。，；！？：\n"
_MIN_COMMON_NOUN_FIELD = 4


def _common_noun_bodies_acting(doc: Doc) -> list[tuple[int, int]]:
    """A centre or commission named by common nouns alone (卫生|防护|中心, 消费者|委员会) that opens its clause as the subject
    of a verb of a body acting (公布, 发布, 宣布): a body, though no place or proper word names it; a field of fewer than
    four characters (服务|中心) or a noun after a verb (前往服务中心) is a kind of body."""
    text = text_of(doc)
    found = []
    for k, token in enumerate(doc):
        ending = _LONG_ENDING.search(token.text)
        if ending is None or ending.group() in TAGGED_ONLY_ENDINGS or token.tag_ not in _COMMON_NOUN_TAGS:
            continue
        i = k
        while i > 0 and doc[i - 1].tag_ in _COMMON_NOUN_TAGS and not ORG_SUFFIX.search(doc[i - 1].text):
            i -= 1
        start, end = doc[i].idx, token.idx + len(token.text)
        if k - i >= 2 and end - start - len(ending.group()) >= _MIN_COMMON_NOUN_FIELD and (start == 0 or text[start - 1] in _CLAUSE_START) \
                and _ACTS_AFTER.match(text, end) is not None and not GENERIC_SCOPE.match(text, start):
            found.append((start, end))
    return found


_JOINING_WORDS = ("与", "和", "及", "、")
"""Words that join two names in a list (甲与乙, 甲、乙): no part of either."""
_LEVEL_GOVERNMENTS = ("县府", "市府", "县政府", "市政府", "区政府", "省政府")
"""A level of government without its place, which a department's name written after it keeps (县府农业处, 省政府办公厅)."""
_PLACE_GOVERNMENTS = ("政府", "人民政府", "县府", "市府")


def _exchanges_before_firms(doc: Doc, text: str, exchanges: list[tuple[int, int]], found: dict) -> None:
    """An exchange's short name written before the firm listed on it (深交所|上市公司|某某股份有限公司), which the name of
    the firm swallowed and its kind in apposition then cut away: the exchange is a body of its own."""
    spans = [(o._.attrs or {}).get("start", o.start_char) for o in found.values()]
    ends = [(o._.attrs or {}).get("end", o.end_char) for o in found.values()]
    for start, end in exchanges:
        name = text[start:end]
        if name not in found and not any(a <= start and end <= b for a, b in zip(spans, ends)) \
                and not _inside_a_stock_code(text, start, end):  # 某某信托（新交所代码：S5L）: the code's market, no body
            org = doc.char_span(start, end, label="ORG")
            if org is not None:
                org._.attrs = {"start": start, "end": end}
                found[name] = org


def _exchange_before_kind(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """An exchange's short name the tagger joined to the kind of firm listed on it (深交所|上市公司/ORG): the exchange."""
    short = next((e for e in EXCHANGE_SHORT_FORMS if text.startswith(e, start)), None)
    if short and end > start + len(short) and doc.char_span(start, start + len(short)) is not None \
            and _common_words_only(doc, start + len(short), end):
        return start, start + len(short)
    return start, end


def _government_opening_name_at(doc: Doc, j: int) -> bool:
    """政府 written alone at word j at the start of a clause (，政府|统计|处, 由政府|产业|署): the first word of a department's
    own name (Hong Kong's 政府统计处, 政府新闻处), not a level of government without its place before a department."""
    return j >= 0 and doc[j].text in GOVERNMENT_NAME_OPENINGS and (j == 0 or doc[j - 1].text[-1:] in _CLAUSE_START + "由与和及、（(")


def _level_government_at(doc: Doc, j: int) -> bool:
    """A level of government at word j, alone (县府, 省政府) or as 政府 after its place the tagger cut off (云林县|政府): the
    department named after it is the government's (县府农业处, 云林县政府社会处)."""
    return j >= 0 and (doc[j].text in _LEVEL_GOVERNMENTS or doc[j].text in _PLACE_GOVERNMENTS and j > 0
                       and doc[j - 1].text[-1:] in LEVEL_CHARACTERS and _name_word(doc, j - 1))
_SHORT_COMMITTEE = regex_cache.compile(r"\p{Han}{1,2}委会")
"""A committee's short name written as one word (农委会, 侨委会, 国发委会): a body by itself; 村委会, 组委会 are generic."""


def _department_word(word: str, ending: str) -> bool:
    """A department written as one word (商务厅, 旅游部): a department ending after a dictionary word, its last two
    characters no dictionary word (客厅, 新格局 end with one) unless the dictionary knows the whole as a body (财政局 ends
    with 政局)."""
    rest = word[: -len(ending)]
    tail = word[-len(ending) - 1 :]
    return ending in FUNCTION_ENDINGS and len(rest) >= 2 and bool(word_tag(rest)) and (not word_tag(tail) or word_tag(word) == "nt")


_LATIN_WORD_BEFORE = regex_cache.compile(r"[A-Za-z.]$")


_RELATION_BETWEEN = regex_cache.compile("(?:" + alternation(COMPANY_RELATIONS + RELATION_WORDS) + ")")
_LONG_NOT_ORG_END = regex_cache.compile("(?:" + alternation([e for e in NOT_ORG_ENDINGS if len(e) >= 2]) + ")$")


def _split_at_relations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces cut where a company's relation to another stands between two names (某集团|附属公司|某有限公司, 某集团|旗下|某酒店)."""
    out = []
    for start, end in pieces:
        for relation in _RELATION_BETWEEN.finditer(text, start, end):
            if ORG_SUFFIX.search(text, start, relation.start()) and end - relation.end() >= 2:
                out.append((start, relation.start()))
                start = relation.end()
        out.append((start, end))
    return out


_LATIN_ONLY = regex_cache.compile(r"[\p{Latin} .'\-]+")
"""Latin words alone: before a 、 inside a tagged organisation they end a list item (某人Brown、|某集团), not a name's part."""


def _split_at_prepositions(span: Span) -> list[tuple[int, int]]:
    """A tagged organisation cut at the prepositions (比 among them), at 旗下 (某铁|旗下|全资附属公司) and 署理 (特区政府|署理|某某局: an acting
    post's prefix), the spaces between Chinese words and a one-character verb after a
    whole name inside it, which no name holds (花莲市公所|在|中华国小活动中心, …消息| |教育部, 某有限公司|诉|某有限公司), at a
    、 after Latin words alone (Brown|、|Tessel集团: the end of a person's name in a list), and
    without a 和/及/与 the tagger took at its end (某银行和|某局) or a character it took from the word before (宣|布州政府)."""
    pieces, start = [], span.start_char
    while len(span) > 1 and span[-1].text in _JOINING_WORDS:
        span = span[:-1]
    if len(span) > 1 and _cut_from_a_verb(span.doc, span.start):
        span, start = span[1:], span[1].idx
    for token in span:
        if token.text in PREPOSITIONS or token.text in (_HOLDING, ACTING, _COMPARING) or token.text.isspace() and not _LATIN_WORD_BEFORE.search(token.doc.text, 0, token.idx) \
                or _verb_between_names(span, token):
            if token.idx > start:
                pieces.append((start, token.idx))
            start = token.idx + len(token.text)
        elif token.text == "、" and _LATIN_ONLY.fullmatch(token.doc.text, start, token.idx):  # the Latin words end a name
            start = token.idx + len(token.text)
        elif token.text in ROLE_ENDINGS and token.i + 1 < span.end and _LONG_ENDING.search(token.doc.text, start, token.idx):
            pieces.append((start, token.idx))  # 某会馆|合办|新春联欢晚会: the body, then its role and the event it holds
            start = span.end_char
            break
    end = span.end_char
    if len(span) > 1 and word_tag(span[-1].text) in _VERB_TAGS and _LONG_ENDING.search(span.doc.text, start, span[-1].idx) \
            and not ORG_SUFFIX.search(span[-1].text):  # 某市人民政府|投资 (建设): the verb after a whole name
        end = span[-1].idx
    if end > start:
        pieces.append((start, end))
    return _split_at_relations(text_of(span.doc), pieces)


_COMPARING = "比"
"""比 as a word of its own compares (载客量|比|某管理局|预测的高): no name holds it; 比亚迪 is one word."""


def _before_trailing_verbs(doc: Doc, text: str, start: int, end: int) -> int:
    """A name the tagger ran on into the verbs after it (某市人民政府|投资|建设): it ends at its ending, where only words
    the dictionary calls verbs follow; a university's department of a field (某大学|设计|系) is no verb."""
    if ORG_SUFFIX.search(text, start, end) or _SCHOOL_DEPARTMENT.search(text, start, end):
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end_char != end:
        return end
    k = len(span)
    while k > 1 and word_tag(span[k - 1].text) in _VERB_TAGS:
        k -= 1
    if k < len(span) and _LONG_ENDING.search(text, start, span[k - 1].idx + len(span[k - 1].text)):
        return span[k - 1].idx + len(span[k - 1].text)
    return end


_COMPANY_END = regex_cache.compile(r"(?:公司|集团|银行|控股|证券)$")


def _verb_between_names(span: Span, token) -> bool:
    """A one-character verb after a company's whole name inside one tagged span (某有限公司|诉|某有限公司): no word of
    either name."""
    k = token.i
    return span.start < k < span.end - 1 and len(token.text) == 1 and word_tag(token.text).startswith("v") \
        and _COMPANY_END.search(token.doc[k - 1].text) is not None and not _SUFFIX_AFTER.match(token.text)


def _cut_from_a_verb(doc: Doc, k: int) -> bool:
    """A one-character word that ends a verb with the one-character verb before it (宣|布 of 宣布州政府): the tagger's
    cut, no word of a name."""
    return k > 0 and len(doc[k]) == 1 == len(doc[k - 1]) and doc[k - 1].tag_.startswith("v") \
        and word_tag(doc[k - 1].text + doc[k].text).startswith("v")


def _proper_word(token) -> bool:
    """A place, a name, Latin letters or a word the dictionary does not know: what makes a name of common words."""
    text = token.text
    if any(ch.isalpha() and ch.isascii() for ch in text):
        return True
    tag = word_tag(text)
    return token.tag_ in _PROPER_TAGS or tag[:2] in _PROPER_TAGS or not tag and len(text) >= 2


_MASKED_NAME = ("某", "某某")
_MASKED = "某"


def _name_word(doc: Doc, k: int) -> bool:
    """A word that can stand inside an organisation's name: a noun, place or name word, 驻 after a country or body
    (某国驻某地总领事馆), a word the dictionary does not know (主计 of 主计总处) whatever the tagger calls it, Latin
    words and the spaces between them, and 和/及/与 between two plain words (贸易和一体化部; not after a one-character word:
    办卡|与|财务处, nor after a Latin word: Sinar Jaya Sdn Bhd|与|州政府; not between two bodies: A公司与B公司,
    nor before a place or name: …博物馆与南粤…), however the tagger calls a common noun (宁江市文化|和旅游局), and a
    one-character word between a one-character tagged word and an ending (行政院|主|计|总处: a word split in two), and 某/某某
    after a name word (a name masked in a court item: 青山|某某|贸易有限公司)."""
    token = doc[k]
    text = token.text
    if text == ACTING:  # 特区政府|署理|教育局: the acting post's prefix
        return False
    if text == "驻":
        return k > 0 and (doc[k - 1].tag_ in ("LOC", "ORG") or doc[k - 1].text in COUNTRIES)
    if len(text) == 1 and 0 < k < len(doc) - 1 and len(doc[k - 1]) == 1 and doc[k - 1].tag_ == "ORG" and _HAN_ONLY.fullmatch(text) \
            and _BUILD_ENDING.fullmatch(doc[k + 1].text):  # 行政院|主|计|总处: a word of the name the tagger split
        return True
    if text == "联合" and k + 1 < len(doc) and doc[k + 1].text in ("总会", "会"):  # 某妇女|联合|总会, whatever its tag
        return True
    if text in _JOINING_WORDS:
        before = doc[k - 1] if k > 0 else None
        inside_tagged = token.tag_ == "ORG"  # 康乐|及|文化事务署 read as one name by the tagger
        return before is not None and len(before.text) >= 2 and not before.text.isascii() and _name_word(doc, k - 1) \
            and not _owned_act(doc, k - 1) \
            and before.text not in _JOINING_WORDS \
            and not _body_word(before.text) and not VENUE.search(before.text) and not _LONG_NOT_ORG_END.search(before.text) \
            and (before.tag_ not in ("ORG", "LOC") or _common_noun(before) or inside_tagged) and k + 1 < len(doc) \
            and (doc[k + 1].tag_ not in ("ORG", "LOC") or _common_noun(doc[k + 1]) or inside_tagged
                 or doc[k + 1].tag_ == "ORG" and _plain_word(doc[k + 1].text))
    if text.isascii() and any(ch.isalpha() for ch in text) and text.replace("&", "").replace(".", "").isalnum():
        return True
    if text == " ":
        return k > 0 and doc[k - 1].text.isascii() and any(ch.isalpha() for ch in doc[k - 1].text)
    if token.whitespace_:  # 消息| |教育部: a space after a Chinese word ends what stands before a name
        return False
    if k > 0 and len(text) == 1 and word_tag(text).startswith("v") and _COMPANY_END.search(doc[k - 1].text):
        return False  # 某有限公司|诉|某有限公司: a verb after a company's whole name
    if _clan_name(text) and k + 1 < len(doc) and _name_word_or_ending(doc, k + 1):
        return True  # 某地|陈氏/PER|宗亲会: a surname and 氏 name a clan, not a person, before a body's words
    if text in FIELD_KIND_WORDS and _field_of_an_agency(doc, k):
        return True  # 企业|转型|局: the field the agency serves
    if token.tag_ == "m" and len(text) >= 2 and word_tag(text) == "n":
        return True  # 数位/m|产业|推动|办公室: a noun of a field the tagger read as a numeral
    if _ENDS_WITH_POSITION.search(text) or token.tag_ == "PER" or text in GENERIC_BODIES or text in PREPOSITIONS or text == _COMPARING \
            or text in RELATION_WORDS:
        return False
    if _role_word_naming_a_unit(doc, k) or k > 0 and _role_word_naming_a_unit(doc, k - 1):
        return True  # 某市|就业|指导|中心: a field's guidance unit, the role word is the name's
    if text in ROLE_ENDINGS or k > 0 and doc[k - 1].text in ROLE_ENDINGS or _cut_from_a_verb(doc, k):  # 主办单位, 宣|布
        return False
    if text in _MASKED_NAME:  # 青山|某某|贸易有限公司: a name masked in a court or police item
        return k > 0 and _name_word(doc, k - 1)
    if token.tag_ == "c":
        return word_tag(text, "c") != "c"
    if _HAN_ONLY.fullmatch(text) is None:
        return False
    if len(text) >= 2 and word_tag(text) == "vn" and k + 1 < len(doc) and doc[k + 1].tag_ == "vn":
        return True  # a verbal noun before another (投资|推广|署), whatever the tagger calls the first
    if text in INVESTIGATED_CRIMES and k + 1 < len(doc) and doc[k + 1].text in INVESTIGATING_WORDS:
        return True  # 贪污/v|调查|局: the crime a unit investigates names it
    if token.tag_ == "r" and word_tag(text)[:1] in ("n", "v", "j") and _pronoun_run(doc, k) >= _PRONOUN_RUN:
        return True  # 本地|电子/r|支付/r|公司/r|港/r…: a run the tagger called a pronoun, of words the dictionary knows otherwise
    return token.tag_ in _NAME_WORD_TAGS or len(text) >= 2 and not word_tag(text) and token.tag_ not in ("d", "p", "r", "u", "m", "q", "TIME")


_PRONOUN_RUN = 4
_UNIT_AFTER_ROLE = ("中心", "站", "所", "委员会")


def _role_word_naming_a_unit(doc: Doc, k: int) -> bool:
    """Token k is a role word (指导, 支持) between a field's noun and a unit's ending (就业|指导|中心, 家庭教育|指导|中心,
    法律|支持|中心): the unit's name, not the part a body plays."""
    return doc[k].text in ROLE_ENDINGS and 0 < k < len(doc) - 1 and doc[k - 1].tag_ in ("n", "vn") \
        and doc[k + 1].text in _UNIT_AFTER_ROLE and not doc[k].whitespace_
_AGENCY_FIELD_WORDS = 3
_FUNCTION_ENDING = regex_cache.compile("(?:" + alternation(FUNCTION_ENDINGS) + ")$")


def _field_of_an_agency(doc: Doc, k: int) -> bool:
    """Token k opens an agency's name with the field it serves: one to three words of what it does follow (verbs or nouns:
    转型, 创新), then a word closed by a function ending (企业|转型|局, 企业|创新|局, 企业|服务|促进|局)."""
    for j in range(k + 1, min(len(doc), k + 2 + _AGENCY_FIELD_WORDS)):
        if j > k + 1 and _FUNCTION_ENDING.search(doc[j].text):
            return True
        if doc[j].tag_ not in ("v", "vn", "n") or doc[j].whitespace_:
            return False
    return False
_CLAN = "氏"


def _clan_name(word: str) -> bool:
    """A surname and 氏 (陈氏, 欧阳氏): a clan, which names a clan association (某地陈氏宗亲会), whatever the tagger calls it."""
    return len(word) >= 2 and word.endswith(_CLAN) and (word[:-1] in SINGLE or word[:-1] in COMPOUND)


def _name_word_or_ending(doc: Doc, k: int) -> bool:
    """Word k is a body's word or its ending (宗亲, 宗亲会, 总会): what may follow a clan's name inside a body's name."""
    return bool(_LONG_SUFFIX_END.search(doc[k].text) or _BUILD_ENDING.search(doc[k].text)) \
        or _LONG_SUFFIX_END.search(doc[k].text + (doc[k + 1].text if k + 1 < len(doc) else "")) is not None


def _pronoun_run(doc: Doc, k: int) -> int:
    """How many words in a row around word k the tagger calls pronouns (本地 电子 支付 公司 港 联通 有限公司 all /r)."""
    a = b = k
    while a > 0 and doc[a - 1].tag_ == "r":
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].tag_ == "r":
        b += 1
    return b - a + 1


def _body_word(word: str) -> bool:
    """A word that names a body or a kind of body by its ending (旅游局, 协会, 证券), not a plain noun whose last character
    only looks like one (社会, 全部: one character before a one-character ending)."""
    ending = ORG_SUFFIX.search(word)
    return ending is not None and not (len(ending.group()) == 1 and ending.start() == 1 and word_tag(word) == "n")


def _plain_word(word: str) -> bool:
    """A word the dictionary knows, and not as a name or place (自然 of 自然保育署, which the tagger put in a name)."""
    tag = word_tag(word)
    return bool(tag) and tag[:2] not in ("nr", "ns", "nt", "nz") and not ORG_SUFFIX.search(word)


def _common_noun(token) -> bool:
    """A word the dictionary knows as a common noun (文化, 旅游局), whatever the tagger calls it; no place or name. The
    dictionary's 'time' words that the tagger does not take for a time are nouns of age (青年, 少年: 教育及青年发展局)."""
    tag = word_tag(token.text)
    return tag in ("n", "vn") or tag == "t" and token.tag_ != "TIME"


def _joined_name(doc: Doc, span: Span) -> tuple[int, int]:
    """A foreign name written with · or - (尼克拉斯·斯文宁森, 米歇尔-贝尔) runs over the words the mark joins, however LAC cut it.

    A dot joins any two words; a hyphen, which also joins places and numbers (中国-东盟, 2019-2020), only names.
    """
    start, end = span.start, span.end
    if doc[end - 1].text in _DOTS and end < len(doc) and _HAN_ONLY.fullmatch(doc[end].text):
        end += 1  # 阿兰|·/PER 苏亚迪/ORG: the tagger took the dot into the first part and read the last as a body
    while end + 1 < len(doc) and _joins(doc[end], doc[end + 1]):
        end += 2
        while end < len(doc) and len(doc[end - 1]) == 1 and _transliteration_word(doc[end]) and not doc[end - 1].whitespace_:
            end += 1  # ·买|买提: a word the tagger split after the mark
    if end > start + 1 and doc[end - 2].text in _DOTS and len(doc[end - 1]) == 1 and end < len(doc) \
            and _transliteration_word(doc[end]) and doc[end].text not in FUNCTION_CHARACTERS and not doc[end - 1].whitespace_:
        end += 1  # 古玛·拉/PER|惹/v: the same, when the tagger's name already ended on the mark's one-character word
    if end + 1 < len(doc) and any(t.text in _DOTS for t in doc[start:end]) and len(doc[end]) == 1 and _transliteration_word(doc[end]) \
            and not doc[end - 1].whitespace_ and (doc[end + 1].text in _POSTS_AFTER_NAME):
        end += 1  # 苏玛迪·依斯|迈/v|教授: the name's last character, cut off before the post written after it
    dotted = end > start + 1 and doc[end - 2].text in _DOTS
    if dotted and end < len(doc) and not doc[end - 1].whitespace_ and _runs_on_dotted_name(doc[end]):
        end += 1  # 沙拉斯瓦蒂·甘达|萨米, 苏达婉·旺|苏帕功/PER: the last part's rest, cut off as a word of its own
    while start - 2 >= 0 and _joins(doc[start - 1], doc[start - 2]):
        start -= 2
    last_end = doc[end - 1].idx + len(doc[end - 1].text)
    last_part = text_of(doc)[last_end - 3 : last_end]  # not doc.text, which joins every token again
    if len(last_part) == 3 and last_part[0] in _DOTS and last_part[1] in SINGLE and _function_character(last_part[2]) \
            and last_part[2] not in TRANSLITERATION:
        last_end -= 1  # 史蒂芬·沈|和, 汉娜·杨|为: a one-character surname after the dot, the tagger's word running into 和/为;
        # not 约翰·柯比, whose 比 is a syllable of the name
    if start < span.start or end > span.end or any(t.text in _DOTS for t in span):
        while start > 0 and _transliteration_word(doc[start - 1]) and not doc[start - 1].whitespace_ \
                and doc[start - 1].text not in FUNCTION_CHARACTERS:  # 买|买提·吐尔逊, not 让|大卫·卡梅伦
            start -= 1
    return doc[start].idx, last_end


def _function_character(ch: str) -> bool:
    """A character that opens the clause after a name: a function word, or a preposition, conjunction or adverb of the
    dictionary (为, 向, 同)."""
    return ch in FUNCTION_CHARACTERS or word_tag(ch) in ("p", "c", "d")


def _runs_on_dotted_name(token) -> bool:
    """A short word right after a dotted name's last part that goes on with it: one the tagger also calls a person, or
    one in transliteration characters that the dictionary knows as no word but a name (萨米, 沙米); not a function
    word (和, 等, 都) nor a verb or noun of the dictionary (加入, 亚洲)."""
    if len(token.text) > 3 or not _HAN_ONLY.fullmatch(token.text) or token.text[0] in FUNCTION_CHARACTERS:
        return False
    return token.tag_ == "PER" or _transliteration_word(token) and word_tag(token.text) in ("", "nr", "nrt")


_SPEECH_VERB_CHARS = "指称稱说說问問答"


def _with_given_name_cut_by_tagger(doc: Doc, text: str, start: int, end: int) -> int:
    """A name of a surname and one character written after a position, whose next character the tagger ran into the verb
    after it as one word (市长|彭立|新作|交流发言: 新作 'new work'; 教授王立|新作|报告): the character is the name's last,
    as a title's holder is named in full and 作 opens the clause. Only a one-character verb that the dictionary also
    makes a noun with the character before it is read so (not 李军|宣读, a verb)."""
    if end - start != 2 or text[start] not in SINGLE or end + 2 > len(text) or not _ENDS_WITH_POSITION.search(text, max(0, start - 8), start):
        return end
    given, verb = text[end], text[end + 1]
    token = doc.char_span(end, end + 1)
    if token is None or token[0].tag_ in ("PER", "w", "p", "u", "c", "d", "r", "m", "TIME") or given in FUNCTION_CHARACTERS:
        return end
    if not word_tag(verb).startswith("v") or word_tag(given + verb) != "n" or verb in FUNCTION_CHARACTERS or token[0].tag_ == "v":
        return end
    after = doc.char_span(end + 1, end + 2)
    return end + 1 if after is not None and regex.fullmatch(r"\p{Han}", text[end + 2 : end + 3] or "") else end


def _with_last_character_before_a_post(doc: Doc, text: str, start: int, end: int) -> int:
    """A name of a surname and one character written between a post before it and a post after it, whose next character
    the tagger cut off alone (合议庭主席|梁颖|思|法官): the character is the name's last, as the name fills the slot
    between the posts. Not a character that opens a post of its own (副, 总, 大 of 大律师) or a function word."""
    if end - start != 2 or text[start] not in SINGLE or not _ENDS_WITH_POSITION.search(text, max(0, start - 8), start):
        return end
    token = doc.char_span(end, end + 1)
    if token is None or token[0].tag_ in ("PER", "w", "p", "u", "c", "d", "r", "m", "TIME") or text[end] in FUNCTION_CHARACTERS:
        return end
    if _POSITION_AHEAD.match(text, end) or not _POSITION_AHEAD.match(text, end + 1):
        return end
    return end + 1


def _with_last_character_run_into_a_post(doc: Doc, text: str, start: int, end: int) -> int:
    """A name of a surname and one character written right before a post, whose next character the tagger cut off alone
    or ran into the post as one noun (祁朗|标主任/n, 祁朗|标/n|处长): the character is the name's last, as a post after a
    name follows the whole name. Not a character that opens a post (副, 总, 代 of 代主任, 兼, 任), a place division
    (李明|县长) or a verb, adverb, pronoun, measure or function word; the post must end the tagger's word or be one."""
    if end - start != 2 or text[start] not in SINGLE or not _HAN_ONLY.fullmatch(text[end : end + 1] or "x"):
        return end
    character = text[end]
    if character in FUNCTION_CHARACTERS or character in _DIVISIONS or _POSITION_AHEAD.match(text, end) \
            or word_tag(character)[:1] in ("v", "d", "r", "q", "m", "p", "c", "u", "f", "t", ""):
        return end
    post = _POSITION_AHEAD.match(text, end + 1)
    token = doc.char_span(end, post.end()) if post else None
    single = doc.char_span(end, end + 1)
    if post is None or (token is None and single is None) or (token if token is not None else single)[0].tag_ != "n":
        return end
    if token is None and doc.char_span(end + 1, post.end()) is None:
        return end
    return end + 1


def _without_speech_verb(text: str, start: int, end: int) -> int:
    """A name of two or three characters that the tagger ran into the one-character verb of speech after it (「…」陳德明指。,
    王强称，): the verb is cut off where punctuation follows it."""
    if 3 <= end - start <= 4 and text[end - 1] in _SPEECH_VERB_CHARS and text[end : end + 1] in ("，", "。", "：", ":", ","):
        return end - 1
    if 4 <= end - start <= 5 and text[end - 2 : end] in _TWO_CHARACTER_SPEECH_VERBS and text[end : end + 1] in "，。：:," \
            and has_surname(text[start : end - 2]) and (end - 2 - start >= 3 or not text.startswith(COMPOUND, start)):
        return end - 2  # 张庆信笑言：, 王强坦言，: a two-character verb of speech run in, the same way
    return end


_APPOINTING_IN_A_NAME = regex_cache.compile("(?:" + alternation([v for v in APPOINTMENT_VERBS if len(v) >= 2]) + ")")


def _without_appointing_verb(text: str, start: int, end: int) -> int:
    """A name of two or three characters that the tagger ran into the verb of appointing after it and what the verb
    takes (陈宏恩布达社会局/PER: 市长陈宏恩|佈达|社会局局长某某): the name ends where the verb begins."""
    verb = _APPOINTING_IN_A_NAME.search(text, start + 2, end)
    if verb is not None and verb.start() - start <= 3 and end - verb.start() >= 2 and has_surname(text[start : verb.start()]):
        return verb.start()
    return end


_TWO_CHARACTER_SPEECH_VERBS = frozenset(v for v in SPEECH_VERBS if len(v) == 2) - {"希望", "相信", "期望", "期待", "看来", "建议"}
"""Two-character verbs of speech that the tagger may run into the name before them; not those that are also given names
(张希望, 王相信) or that open a clause of their own (看来, 建议)."""


def _with_japanese_given_name(doc: Doc, text: str, start: int, end: int) -> int:
    """A Japanese name the tagger cut after the first character of its given name (佐藤健|一|表示, 井山裕|太|今年): a family
    name and one given character, then a one-character word that is no function character, where a clause goes on after
    it (a verb, a time, punctuation), runs over that character; 石破茂|出席 and 佐藤健|在 stay as they are."""
    name = text[start:end]
    if not is_japanese(name) or len(name) - (3 if name[:3] in JAPANESE else 2) != 1 or end + 1 > len(text):
        return end
    following = doc.char_span(end, end + 1)
    if following is None or not _HAN_ONLY.fullmatch(text[end]) or text[end] in FUNCTION_CHARACTERS \
            or following[0].tag_ in ("PER", "LOC", "ORG", "w", "u", "p", "c"):
        return end
    if end + 1 < len(text) and _SLOT_END.match(text, end + 1) is None:
        after = doc.char_span(end + 1, end + 2, alignment_mode="expand")
        if after is None or after[0].idx != end + 1 or not after[0].tag_.startswith(_CLAUSE_GOES_ON):
            return end
    return end + 1


_PREPOSITIONS_AFTER_NAMES = frozenset("依按据向对在于於被将把从为与跟替经以由给喺咁")
"""Prepositions that open the clause after a subject (某某依…罪判刑, 某某向记者表示): run into a name, they are cut off. So
are Cantonese 喺 (在: 某某喺开幕礼上话) and 咁 (这样, before the verb: 某某咁讲), written in no name."""


_PLACE_OR_ADDRESSEE = frozenset(("在", "向", "对", "於", "于"))
"""Prepositions of place and addressee that open the clause after a subject, as its verb does (首相安华/ORG|在|记者会上说,
部长某某|向|记者表示): after a position, the word before them acts as its verb's would."""


def _without_preposition_after(text: str, start: int, end: int) -> int:
    """A name of four characters with a one-character surname that the tagger ran into the preposition after it
    (劉世昌依|共同收受賄賂罪判刑, 陈大明向|记者表示): Chinese names of that shape are three characters and the clause goes on."""
    if end - start == 4 and text[end - 1] in _PREPOSITIONS_AFTER_NAMES and HAN.match(text, end) \
            and not text.startswith(COMPOUND, start) and has_surname(text[start : end - 1]):
        return end - 1
    return end


_POST_ENDING_AT = regex_cache.compile(_POSITION + "$")
_POST_CHARACTERS = frozenset(p[-1] for p in POSITIONS if len(p) >= 2)


def _without_post_ending_before(text: str, start: int, end: int) -> int:
    """A name that the tagger opened with the last character of the post before it (侦查|佐某某某, 巡|佐某某): the post
    keeps its character, the name starts after it when what is left still opens with a surname or is a name joined by a dot
    (府|尹差猜·汶通: the Thai governor's 府尹, then the transliterated name)."""
    rest = text[start + 1 : end]
    if end - start >= 3 and text[start] in _POST_CHARACTERS and (has_surname(rest) or _is_joined(rest) and rest[0] not in _DOTS) \
            and _POST_ENDING_AT.search(text, max(0, start - 8), start + 1) and not _POST_ENDING_AT.search(text, max(0, start - 8), start):
        return start + 1
    return start


_BRACKETED_DAY_AFTER = regex_cache.compile(BRACKETED_DAY)


def _without_day_word_after(text: str, start: int, end: int) -> int:
    """A name that the tagger ran into the day word after it when the day is written in brackets (何承叡昨|（8日）, 林志明今|（3）日):
    昨/今/明/前 opens the date, not the name."""
    if end - start >= 3 and text[end - 1] in DAY_WORDS and _BRACKETED_DAY_AFTER.match(text, end) and has_surname(text[start : end - 1]):
        return end - 1
    return end


def _without_speech_adverb(text: str, start: int, end: int) -> int:
    """A name of four or more characters that the tagger ran into the adverb before a verb of speech (司徒家明常|说, 欧阳立新又|指):
    the adverb is cut off when what is left still opens with a surname."""
    if end - start >= 4 and text[end - 1] in ADVERBS_AFTER_NAMES and text.startswith(_SPEECH_WORDS, end) \
            and has_surname(text[start : end - 1]):
        return end - 1
    if end - start == 3 and text[end - 1] in _MANNERS_OPENING_VERBS and text.startswith(_SPEECH_WORDS, end - 1) \
            and text[end - 2] != text[end - 1] and has_surname(text[start : end - 1]):  # not a doubled name (陈笑笑)
        return end - 1  # 叶青笑|说: 笑说 is one verb of speech, 叶青 the name
    if end - start == 3 and text[end - 1] in _CONTRAST_ADVERBS and has_surname(text[start : end - 1]) \
            and all(text.startswith(_SPEECH_WORDS, at + 3) for at in occurrences(text, text[start:end])):
        return end - 1  # 副市长李昭则|说: a name written only before 则/也 and a verb of speech leaves the adverb out
    return end


_CONTRAST_ADVERBS = "则也亦还"
"""Adverbs between a subject and its verb of speech (X则说, X也表示) that hardly end a given name: run into a name of three
characters that is written nowhere else, they are cut off."""


_MANNERS_OPENING_VERBS = "笑"
"""An adverb of manner that with the verb after it makes one verb of speech (笑说, 笑称, 笑言, 笑道): run into a name of three
characters, it is cut off too."""


_POSITION_BEFORE = regex_cache.compile(_POSITION + "$")


def _with_conjunction_surname(text: str, start: int, end: int) -> int:
    """A given name of two characters the tagger found right after a post and 和 (副市长|和|丽萍/PER 致辞), with no surname of
    its own: 和 is the surname (a Naxi and Bai one), since nothing a conjunction could join to a post stands there; a name
    with its own surname after 和 (市长和|张某) is another person."""
    if end - start != 2 or start < 2 or text[start - 1] != "和" or has_surname(text[start:end]):
        return start
    return start - 1 if _POSITION_BEFORE.search(text, max(0, start - 9), start - 1) else start


def _with_name_final_conjunction(doc: Doc, text: str, start: int, end: int) -> int:
    """A two-character name the tagger cut before 和 when nothing a conjunction could join follows it (颜贵|和|在,
    黄家|和|说, 黄家|和|，): 和 is the given name's last character (颜贵和, 黄家和), as a conjunction needs a noun after it."""
    if end - start != 2 or not has_surname(text[start:end]) or not text.startswith("和", end):
        return end
    after = end + 1
    if after >= len(text) or text[after] in "，。；：、,;:":
        return after
    word = doc.char_span(after, after + 1, alignment_mode="expand")
    if word is not None and word[0].idx == after and (word[0].text in _SPEECH_WORDS or word[0].text == "在"):
        return after  # a verb of speech or 在 as words of their own (not 说唱, 在座)
    return end


_SLAVIC_ENDINGS = ("夫", "娃", "斯基", "维奇", "維奇")
"""Endings of Russian and Central Asian surnames in transliteration (…耶夫, …诺夫, …耶娃, …斯基, …维奇)."""


class _SpansByEdge:
    """Spans looked up by where they start and where they end, so that a name's neighbours cost no scan of every span."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._ends: dict[int, list[int]] = {}
        self._starts: dict[int, list[int]] = {}
        for a, b in spans:
            self._ends.setdefault(a, []).append(b)
            self._starts.setdefault(b, []).append(a)

    def ends_from(self, start: int) -> list[int]:
        return self._ends.get(start, [])

    def starts_to(self, end: int) -> list[int]:
        return self._starts.get(end, [])


def _with_transliterated_pieces(doc: Doc, text: str, start: int, end: int, person_spans: _SpansByEdge) -> tuple[int, int]:
    """A Russian or Central Asian name the tagger cut in two (图尔|苏诺夫, 巴赫|季约罗夫, 努尔兰别|科夫/n): a piece in
    transliteration characters and, right against it, a piece ending as such surnames end (…夫, …娃, …斯基) are one name."""
    def transliterated(a: int, b: int) -> bool:
        return b - a >= 2 and all(ch in TRANSLITERATION for ch in text[a:b])

    if transliterated(start, end):
        after = [b for b in person_spans.ends_from(end) if text[end:b].endswith(_SLAVIC_ENDINGS)]
        if after:
            end = max(after)
        else:
            following = doc.char_span(end, end + 1, alignment_mode="expand")
            if following is not None and following[0].idx == end and _transliteration_word(following[0]) \
                    and len(following[0]) >= 2 and following[0].text.endswith(_SLAVIC_ENDINGS):
                end = end + len(following[0])
    if text[start:end].endswith(_SLAVIC_ENDINGS):
        before = [a for a in person_spans.starts_to(start) if transliterated(a, start)]
        if before:
            start = min(before)
    if transliterated(start, end) and _STYLE_AFTER.search(text, max(0, start - 6), start):
        after = [b for b in person_spans.ends_from(end) if transliterated(end, b)]  # 拿督斯里|莫哈末/PER|乌兹尔/PER: a style
        end = max(after, default=end)  # is followed by one name, which Malay names write without a dot
    before = [a for a in person_spans.starts_to(start) if transliterated(a, start) and _STYLE_AFTER.search(text, max(0, a - 6), a)]
    if before and transliterated(start, end):
        start = min(before)
    return start, end


def _joins(mark, word) -> bool:
    if mark.text == "—":
        return _dash_joins_names(mark, word)
    if mark.text in _DOTS:
        return _WORDLIKE.match(word.text) is not None and word.tag_ not in ("p", "u") and (word.tag_ != "v" or _transliteration_word(word))
    return mark.text in _JOINERS and (word.tag_ == "PER" or is_transliterated(word.text) or _one_character_given_name(word))


_PAIR_REACH = 12
"""Characters before and after a dash-joined name within which a pair word (组合, 双打) makes it two people."""


def _dash_joins_names(mark, word) -> bool:
    """A single long dash between two foreign names the tagger tagged each as a person (勒布朗—迪萨尔) joins one
    double-barrelled name, as the mainland press writes them; not a dash doubled as punctuation (斯图尔特——他), not
    Chinese names, and not a pair of players or partners (某某—某某组合, 双打某某—某某), who are two people."""
    doc = mark.doc
    if mark.i == 0 or mark.i + 1 >= len(doc) or mark.whitespace_ or doc[mark.i - 1].whitespace_:
        return False
    if word.i not in (mark.i - 1, mark.i + 1):
        return False
    left = mark.i - 1
    while left > 0 and doc[left - 1].tag_ == "PER" and not doc[left - 1].whitespace_:
        left -= 1  # 迪|萨尔, both tagged as persons: one part the tokenizer cut
    right = mark.i + 1
    while right + 1 < len(doc) and doc[right + 1].tag_ == "PER" and not doc[right].whitespace_:
        right += 1
    parts = (doc[left : mark.i], doc[mark.i + 1 : right + 1])
    if not all(all(t.tag_ == "PER" for t in part) and len(part.text) >= 2 and all(ch in TRANSLITERATION for ch in part.text)
               for part in parts):
        return False
    text = text_of(doc)
    around = text[max(0, doc[left].idx - _PAIR_REACH) : doc[right].idx + len(doc[right]) + _PAIR_REACH]
    return not any(word in around for word in PAIR_WORDS)


def _one_character_given_name(token) -> bool:
    """A one-character transliterated given name hyphened to a name (让-皮埃尔), whatever the tagger calls it."""
    return len(token.text) == 1 and token.text in TRANSLITERATION


_POSTS_AFTER_NAME = frozenset(("教授", "博士", "先生", "女士", "医生", "律师", "议员", "部长", "大使", "主席", "院长", "校长"))
"""Posts and forms of address written after a foreign name (某某·某某教授)."""


def _transliteration_word(token) -> bool:
    """A word written in transliteration characters, whatever the tagger calls it (马塔 of 马塔赫里·贝隆)."""
    return all(ch in TRANSLITERATION for ch in token.text)


def _is_joined(name: str) -> bool:
    return any(mark in name for mark in _JOINERS)


_GAZETTEER_PLACES = KNOWN_PLACES | JOINED_PLACES
"""Cities, districts and counties the gazetteer knows (花莲, 元朗), and places' abbreviations joined into one place word
(雪隆, 港澳): a word the tagger calls a name that is one of them is the place; a name written right after a position
(副市长黄山) is still found there."""


_WEEKDAY = regex_cache.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]$")
"""A day of the week (周三, 週一, 星期五, 周末): 周 is a surname and 三 a given name, but no one is named so after a post."""
_COMING_TIME_WORDS = frozenset(("明天", "明年", "明日", "明晚", "明早"))
"""Times to come, left out of `_TIME_WORDS` as 明 opens given names: a slot they fill alone, tagged a time, is no name."""
_TIME_WORDS = frozenset(("今天", "昨天", "前天", "今日", "昨日", "今年", "去年", "当天", "当日", "今晨", "昨晚", "今晚",
                         "上月", "本月", "下月", "上周", "本周", "下周", "上週", "本週", "下週", "日前", "早前", "近日"))
"""Day, week, month and year words written right after a name (市长某某今天出席) or a surname that refers back to one (何|上月因病入院):
no given name is one (胡|今天), whatever the tagger says; 明天 and 明年 are left out, as 明 opens given names."""


_MAX_PLACE_CHARS = 4


def _after_known_place(text: str, start: int) -> int:
    """A place the gazetteer knows written right before a name, opening its clause (雪兰莪|中华总商会, which the tagger
    read as two names): the place is part of the name, which starts there. A country is not (瑞士|ABB集团 is ABB集团,
    ANNOTATION.md "Organisations")."""
    for size in range(_MAX_PLACE_CHARS, 1, -1):
        at = start - size
        place = text[at:start]
        if (at >= 0 and place in _GAZETTEER_PLACES and place not in COUNTRIES and place not in REGION_PREFIXES
                and (at == 0 or not _HAN_ONLY.fullmatch(text[at - 1]))):
            return at
    return start


def _name_like(name: str) -> bool:
    """A Chinese name (a surname first), a transliterated or joined foreign one (two transliteration characters
    that make no common word: 琼斯), or a four-character name; not a word the tagger took for a name (一名, 大力),
    nor a surname made a form of address or reference (刘氏, 胡老, 張男)."""
    if any(dot in name for dot in _DOTS) and _is_joined(name) and not regex.search("[的了是等]", name):
        return True  # 大卫·马丁: a name joined by · is one, whatever its first character (大, 小, 新 open no word here)
    if _form_of_address(name):
        return False
    if _NAME_STOP.search(name) and not is_japanese(name) or (_ADDRESS.match(name) and has_surname(name)) or name in COMPOUND \
            or len(name) == 3 and name[1:] in _TIME_WORDS or name in NATIONAL_BODIES:
        return False  # 高庭 (a High Court), 高等法院: a named body whose first character is a surname is no one's name
    return has_surname(name) or is_transliterated(name) or _is_joined(name) or len(name) == 4 or name.isascii() or is_japanese(name) \
        or len(name) == 2 and all(ch in TRANSLITERATION for ch in name) and not _is_common_word(name) \
        or _slavic_name(name)


_HEAD_POSTS = ("总统", "總統", "总理", "總理", "首相", "外长", "外長", "部长", "部長", "大使", "议长", "議長")
"""Posts a foreign leader is named before, by surname alone (某某首相周三表示, 某某总统曾表示)."""
_OPENS_CLAUSE = regex_cache.compile(r"(?:^|[\n。，；：！？“「])$")


def _transliterated_names_before_head_posts(text: str, lac: list[Span]) -> set[str]:
    """A word in transliteration characters that the tagger called a body, opening a clause right before a head post
    (哈特菲尔德/ORG|首相|周三表示): the foreign surname of the one who holds it, as no body is named before a bare post;
    a country or known place there is the post's place (阿根廷总统)."""
    found = set()
    person_starts = {s.start_char for s in lac if s.label_ == "PER"}
    for span in lac:
        name = span.text
        if span.label_ != "ORG" or not is_transliterated(name) or name in COUNTRIES or name in _GAZETTEER_PLACES \
                or ORG_SUFFIX.search(name) or not text.startswith(_HEAD_POSTS, span.end_char) \
                or not _OPENS_CLAUSE.search(text, 0, span.start_char):
            continue
        post_end = span.end_char + 2
        if any(a == post_end for a in person_starts) or is_transliterated(text[post_end : post_end + 3]):
            continue  # 某某派|外长|穆某某: the word names the body whose post is followed by its holder's name
        found.add(name)
    return found


_THI_NAME = regex_cache.compile(r"\p{Han}氏\p{Han}{2}")


def _middle_name_thi(lac: list[Span]) -> set[str]:
    """A Vietnamese woman's name, surname, the middle name 氏 and a two-character given name (阮氏明月, 陳氏秋香), that the
    tagger tagged whole as a person: no surname made a form of address (刘氏), nor a clan or group (陈氏家族, 李氏兄弟), whose
    last two characters are a common noun."""
    return {s.text for s in lac if s.label_ == "PER" and _THI_NAME.fullmatch(s.text) and has_surname(s.text)
            and word_tag(s.text[2:]) not in ("n", "nz", "vn")}


def _slavic_name(name: str) -> bool:
    """A Russian or Central Asian surname in transliteration with at most one character outside the usual set (巴赫季约罗夫)."""
    return len(name) >= 4 and name.endswith(_SLAVIC_ENDINGS) and sum(ch not in TRANSLITERATION for ch in name) <= 1


def _form_of_address(name: str) -> bool:
    """A nickname (阿強, 亞輝, 阿福伯), a shop's name (王记), or a surname made a form of address, with or without the adverb
    after it (陳生, 何太|亦): no written name, wherever the name was found (a slot after 居民 takes 陳生 too)."""
    return len(name) == 2 and (name[0] in NICKNAME_PREFIXES or name[1] in SHOP_MARKS and has_surname(name)) \
        or len(name) == 3 and name[0] in NICKNAME_PREFIXES and name[2] in SURNAME_ADDRESSES \
        or bool(_ADDRESS.match(name)) and has_surname(name) \
        or len(name) == 3 and name[2] in SPEECH_ADVERBS and bool(_ADDRESS.match(name[:2])) and has_surname(name) \
        or len(name) == 3 and name[1] in _SEX_REFERENCES and word_tag(name[2])[:1] in ("v", "p") and has_surname(name)


_SEX_REFERENCES = "男女"
"""A surname and 男 or 女 (吳男, 林女) is a reference by surname and sex; a verb or preposition the tagger joined after it
(吳男|犯行明確, 林女|向警方) is the next word's, and no given name."""


_SPEECH_AFTER_SURNAME = frozenset(SPEECH_ADVERBS) | frozenset(_SPEECH_VERB_CHARS)
_SPEECH_WORDS = tuple(SPEECH_VERBS) + tuple(_SPEECH_VERB_CHARS)


def _bracketed_after_latin(text: str, name: str, latin: set[str]) -> bool:
    """A Chinese name written only in brackets right after a Latin one (Anna Lee（李安娜）) is that person's other name,
    no second person, as an English name in brackets after a Chinese one is (黃家明（Kevin Wong）)."""
    if name.isascii():
        return False
    at = occurrences(text, name)
    return bool(at) and all(a > 0 and text[a - 1] in "（(" and text[a + len(name) : a + len(name) + 1] in "）)"
                            and any(text.endswith(n, 0, a - 1) for n in latin) for a in at)


def _surname_then_speech(text: str, name: str, names: set[str]) -> bool:
    """A two-character 'name' that is the surname of another name in the article and an adverb or verb of speech, written
    only where a clause opens and speech follows (。鄧又|指, ，鄧稱：after 鄧國威): the person referred to by surname as the
    press of Hong Kong writes it, not a second person (歌手王亦与… keeps 王亦)."""
    if len(name) != 2 or name[1] not in _SPEECH_AFTER_SURNAME or not any(
            other[0] == name[0] and (len(other) > 2 or other[1] not in _SPEECH_AFTER_SURNAME) for other in names):
        return False
    return all((at == 0 or not _HAN_ONLY.match(text, at - 1))
               and (name[1] in _SPEECH_VERB_CHARS or text.startswith(_SPEECH_WORDS, at + 2))
               for at in occurrences(text, name))


def _surname_then_verb(text: str, name: str, names: set[str]) -> bool:
    """A 'name' of a surname and a verb (or a verb's first character) that the tagger read as one word, written only
    right after a preposition (给郑|送去 -> 郑送, 被柯|退回, 由韦|交还, 与聂|商讨), where another name in the article has
    that surname: the person named before, referred back to by surname, and the verb of the clause, no second person.
    A name that is also written where a name stands (弟弟郑达, 郑达送去… after 给) keeps its place."""
    if not 2 <= len(name) <= 3 or name[0] not in SINGLE or not any(
            len(other) >= 3 and other[0] == name[0] and other != name for other in names):
        return False
    at = occurrences(text, name)

    def verb_after_surname(a: int) -> bool:
        rest = name[1:]
        return word_tag(rest).startswith("v") or word_tag(text[a + 1 : a + 3]).startswith("v")
    return bool(at) and all(a > 0 and text[a - 1] in BEFORE_A_SURNAME_REFERENCE and verb_after_surname(a) for a in at)


def _without_joined_parts(names: set[str]) -> set[str]:
    """Parts of a joined name that LAC tagged on their own (斯文宁森 of 尼克拉斯·斯文宁森) are that name."""
    pieces = set()
    for name in names:
        if _is_joined(name):
            pieces.update(name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1) if j - i < len(name))
    return names - pieces


_LATIN_POSITION_BEFORE = regex_cache.compile("^(?:" + "|".join(p for p in POSITIONS if p.isascii()) + ") ")


def _latin_names(doc: Doc, text: str, names: set[str]) -> set[str]:
    """Names in Latin script (Anna Smith): two to four capitalised words, one of them tagged PER, or the run right after
    a position or a style (Tan Sri, Dato', CEO, which are no part of the name); a run with a legal form (Sdn Bhd, Ltd) or an
    organisation ending after it is a company. A run in brackets right after one of `names` (黃家明（Kevin Wong）) is that
    person's English name, no one else; a run closed by a firm's trade word where a body acts is that firm. The first
    words of a firm's Latin name written elsewhere with its legal form (Sinar Jaya董事经理 after Sinar Jaya Plastics Sdn
    Bhd) are that firm named short, no person."""
    found = set()
    firms = [run.group() for run in _LATIN_RUN.finditer(text)
             if any(w.rstrip(".,") in LATIN_LEGAL_FORMS + LATIN_BODY_WORDS for w in run.group().split()[1:])]
    for m in _LATIN_NAME_RUN.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "（(" and any(text.endswith(n, 0, m.start() - 1) for n in names):
            continue
        skip = address.end() if (address := _LATIN_HONORIFIC.match(m.group())) else 0
        style = _STYLE_BEFORE.match(m.group()[skip:]) or _LATIN_POSITION_BEFORE.match(m.group()[skip:])
        if not skip and not style and _KIND_BEFORE_LATIN.search(text, max(0, m.start() - _KIND_WIDTH), m.start()):
            continue  # 新创公司|Nuvora Biotech, 赞助商|Korvane Sports: a body's name in apposition, whatever the tagger calls it
        if not skip and not style and _SHOP_KIND_AFTER_LATIN.match(text, m.end()):
            continue
        start = m.start() + skip + (style.end() if style else 0)
        name = text[start : m.end()]
        words = [w for w in regex.split(r"[ \-]", name) if w[:1].isupper()]
        if not 2 <= len(words) <= 4 or "&" in words or any(w.removesuffix(".") in LATIN_LEGAL_FORMS for w in words) or _SUFFIX_AFTER.match(text, m.end()) \
                or words[-1] in LATIN_BODY_WORDS or _with_dotted_form(text, start, m.end())[1] > m.end() \
                or words[-1] in LATIN_TRADE_WORDS and _in_a_firm_slot(text, start, m.end()):  # 据Harbor Logistics介绍: a firm
            continue
        if any(firm.startswith(name + " ") for firm in firms):
            continue
        span = doc.char_span(start, m.end())
        if span is None:
            continue
        after_position = _ENDS_WITH_POSITION.search(text[max(0, m.start() - 9) : m.start()].rstrip()) is not None
        if style or skip or after_position or _ROMANISED_CHINESE_NAME.fullmatch(name) or any(t.tag_ == "PER" for t in span):  # Dr Mahathir Mohamad: an address opens a name
            found.add(name)
    return found


def _with_names_after_positions(doc: Doc, text: str, names: set[str], tagged_at: dict[str, list[int]],
                                heads: regex.Pattern = _POSITION_THEN_SLOT) -> set[str]:
    """The words right after a position are a name when they look like one (市长张三出席), whatever the tagger calls
    them; the longest such slot wins, so a name the tagger cut short (黄家 of 黄家辉, 马福萨 of 拉马福萨) comes out whole:
    the short name goes when every place the tagger gave it is inside the whole name.

    With `heads` = `_DESCRIPTION_THEN_SLOT` the same after a noun for people (茶农谢有福说), which must be a word of its
    own (not 农民 of 农民工), before a slot that does not open with a one-character function word (妻子|和|女儿; a verb may
    open a name: 谢/v|有|福)."""
    names = set(names)
    descriptions = heads is _DESCRIPTION_THEN_SLOT
    matches = list(heads.finditer(text))
    if descriptions and matches:  # the word tables only where a slot is written: most texts have none
        starts = {t.idx: t for t in doc}
        ends = {t.idx + len(t.text) for t in doc}
    for m in matches:
        start = m.end()
        if not descriptions and not _STYLE_AFTER.search(m.group()) and _position_of_the_name_before(doc, m.start(), start):
            continue
        if descriptions and (m.start() not in starts or start not in starts or start not in ends
                             or len(starts[start].text) == 1 and starts[start].tag_ in _FUNCTION_TAGS and starts[start].tag_ not in ("v", "vd")
                             and not is_japanese(text[start : start + 4])):  # 选手|中/f|村翔: a Japanese family name opens it
            continue
        for size in (8, 7, 6, 5, 4, 3, 2):
            name = text[start : start + size]
            if size > 6 and not _malay_transliterated(name):
                continue
            if len(name) == size and _without_speech_adverb(text, start, start + size) == start + size \
                    and _without_speech_verb(text, start, start + size) == start + size \
                    and _without_preposition_after(text, start, start + size) == start + size \
                    and not (size == 3 and text[start + 2 : start + 4] in _SPEECH_VERBS_OPENED_BY_A_NAME_CHARACTER) \
                    and _name_slot(doc, text, name, start, descriptions):  # not 司徒家明常|说, 麦家乐指|，, 邝美宝喺|: the adverb, verb or preposition goes with the clause
                name = text[start : _dotted_parts_after(doc, text, start + size)]
                for i in range(size - 1):
                    for j in range(i + 2, size + 1 if i else size):
                        short = name[i:j]
                        places = tagged_at.get(short)
                        if short in names and places and all(text.startswith(name, at - i) for at in places):
                            names.discard(short)
                names.add(name)
                break
    return names


_SPEECH_VERBS_OPENED_BY_A_NAME_CHARACTER = ("致辞", "致词")
"""Verbs of speech whose first character is also a given name's (致): in a post's slot, a name of three characters whose
last character opens one (副县长某雅|致辞) is a name of two, as the verb is written whole."""


def _surname_closing_a_word(text: str, name: str) -> bool:
    """A 'name' of three characters whose surname character closes a word with the character before it and whose rest is
    a common word (受惠|云端, 冠军战|逆转), wherever it is written and never in a post's or a description's slot (菜农|林金水):
    words, no one's name."""
    at = occurrences(text, name)
    if len(name) != 3 or not at or word_tag(name[1:]) not in ("n", "v", "vn", "j"):
        return False
    return all(a > 0 and regex.fullmatch(r"\p{Han}", text[a - 1]) and word_tag(text[a - 1] + name[0]) in ("n", "v", "vn", "a")
               and not _ENDS_WITH_POSITION.search(text, max(0, a - 8), a) and not _person_noun_before(text, a) for a in at)


_PERSON_NOUN_ENDINGS = ("农", "民", "工", "员", "师", "户", "者", "人", "生", "家", "手")
"""Last characters of the descriptions that are people (菜农, 渔民, 技师, 种植户): one ending right before a name is its slot;
a description that is a rank or title of a thing (冠军|战逆转) is not."""


def _person_noun_before(text: str, at: int) -> bool:
    """A description of a person ends right before `at` (菜农|林金水)."""
    found = _DESCRIPTION_BEFORE.search(text, max(0, at - 8), at)
    return found is not None and found.group().endswith(_PERSON_NOUN_ENDINGS)


_LAST_PART_LONGEST = 5


def _dotted_parts_after(doc: Doc, text: str, end: int) -> int:
    """A name in a post's slot that goes on after a dot (州务大臣|阿米鲁丁·沙里, 部长|阿都卡林·拉曼): each part after a dot is
    the words of transliteration characters written there, however the tagger tagged them (拉曼/v), up to the clause's first
    other word (在, 说, 今日)."""
    while end + 1 < len(text) and text[end] in _DOTS:
        at = end + 1
        while at < len(text) and at - end - 1 < _LAST_PART_LONGEST:
            word = doc.char_span(at, at + 1, alignment_mode="expand")
            if word is None or word[0].idx != at or not _transliteration_word(word[0]) or word[0].text in FUNCTION_CHARACTERS:
                break
            at = word[0].idx + len(word[0].text)
        if at == end + 1:
            break
        end = at
    return end


def _position_of_the_name_before(doc: Doc, position_start: int, slot_start: int) -> bool:
    """A position written right after a name the tagger found (陈某某|教授|公布…), then a verb: the position is that
    person's title written after the name, and the verb goes on the clause; it opens no slot for another name."""
    before = doc.char_span(position_start - 1, position_start, alignment_mode="expand") if position_start > 0 else None
    after = doc.char_span(slot_start, slot_start + 1, alignment_mode="expand")
    if before is None or after is None or not len(before) or not len(after):
        return False
    return before[-1].tag_ == "PER" and before[-1].idx + len(before[-1].text) == position_start \
        and after[0].idx == slot_start and after[0].tag_ in ("v", "vd") and len(after[0].text) >= 2


_QUOTED_TERM = regex_cache.compile(r"[“「『]([^“”「」『』，。！？；：,.!?;:\n]{3,16})[”」』]")
"""Quoted words without punctuation: a name, plan or slogan (「创意智优计划」), not someone's sentence."""


def _only_inside_quoted_terms(text: str, name: str) -> bool:
    """A two-character 'name' written only inside quoted terms and never as the whole term (智优 of 「创意智优计划」) is a word
    of that term; a nickname quoted on its own (“李大炮”) is not, nor a full name that a term is named after (“张桂梅精神”)."""
    at = occurrences(text, name)
    if len(name) != 2 or not at:
        return False
    terms = [m.span(1) for m in _QUOTED_TERM.finditer(text) if name in m.group(1) and m.group(1) != name]
    return all(any(start <= a and a + len(name) <= end for start, end in terms) for a in at)


_BODY_HEADS = tuple(x for x in SUFFIXES if len(x) >= 2 and x not in ("政府", "人民政府", "组织", "企业", "机构"))
_NAMESAKE_HEAD = regex_cache.compile("(?:" + alternation(NAMESAKE_HEADS + _BODY_HEADS) + ")|(?:" + alternation(INDUSTRY_ENDINGS)
                               + r")(?=(?:" + alternation(_BODY_HEADS) + r")|[（(，,。、；\s]|$)")
"""A head word after a 'name' that makes it a street's, product's or body's, or an industry word closing a company's name
(某某珠宝集团, 某某建设（股票代码）); an industry word that goes on as a verb is no name's (邓小平|建设有中国特色…)."""
_BRAND_BEFORE = regex_cache.compile("(?:" + alternation(BRAND_NOUNS) + ")$")
_AWARD_AFTER = regex_cache.compile(r"(\p{Han}{0,6}?)(?:" + alternation(AWARD_HEADS) + ")")
_AWARD_VERB = regex_cache.compile("(?:" + alternation(AWARD_VERBS) + ")")
_WORK_TITLE = regex_cache.compile(r"《[^《》\n]{1,40}》|[“「『][^“”「」『』\n]{2,30}[”」』](?=\p{Han}{0,4}?(?:" + alternation(WORK_HEADS) + "))")
_TIME_OR_DAY = regex_cache.compile(r"[今昨明前日月年时]")
_PERSON_AFTER = regex_cache.compile(r"(?:前|副|总|首席|联合)?" + _POSITION + "|(?:" + alternation(HONORIFICS) + ")")
_DESCRIPTION_BEFORE = regex_cache.compile("(?:" + alternation(DESCRIPTIONS) + "|" + _POSITION + ")$")


_PLACE_CHARACTER_NAME = regex_cache.compile(r"\p{Han}{3,}?[东西南北中]?(?:" + alternation(NAMESAKE_PLACE_CHARACTERS) + ")")
_PLACE_CHARACTER_FOLLOWED = regex_cache.compile(r"[、和与及，。；,;]|$")
_STORM_BEFORE = regex_cache.compile("(?:" + alternation(STORM_WORDS) + r")[“「『\"]?$")
_BUSINESS_LIST_END = regex_cache.compile(r"等(?:(?![的地])\p{Han}){0,4}?(?:" + alternation(BUSINESS_KINDS) + ")(?!" + alternation(BUSINESS_PEOPLE_AFTER) + ")")
_LIST_ITEM_BEFORE = regex_cache.compile(r"(?:^|[\n。，；：！？、和与及]|包括|有)$")
_MAX_BUSINESS_LIST = 40


def _given_name_of_another(name: str, names: set[str]) -> bool:
    """Two characters that are the given name of a three-character name found on the page (邓文彬 … 文彬在任内): the same
    person called by the given name, as colleagues and family speak of him, not a second person."""
    return len(name) == 2 and any(len(other) == 3 and other[0] in SINGLE and other[1:] == name for other in names)


def _a_script(name: str) -> bool:
    """A language's script named with 文 (华文, 马来文) where the dictionary knows the script or the language by the same
    stem: what the tagger calls a name there is none. Names end in 文 too (高嘉文, 林思文), so a transliterated stem alone
    tells nothing, and a name in its slot after a post (外交部长维文) is kept."""
    return name[-1:] == "文" and (word_tag(name) in ("n", "nz") or len(name) >= 3 and word_tag(name[:-1] + "语") != "")


def _a_language(name: str) -> bool:
    """A language named by its people or country and 语 (马来语, 泰米尔语, 英语): a stem in transliteration characters or one
    the dictionary knows as a word. No name, as a transliterated name never ends in 语 and a Chinese one's first two
    characters (王思|语) make no word."""
    stem = name[:-1]
    return name[-1:] == "语" and bool(stem) and (all(ch in TRANSLITERATION for ch in stem) or len(stem) >= 2 and word_tag(stem) != "")


def _ends_in_a_place_character(name: str) -> bool:
    """A 'name' of three characters or more closed by a street's, stop's or building's one-character head (林某某路,
    孙某西路, 邵某某堂): what the tagger joined is a place named after someone. A compound surname keeps its name."""
    return len(name) >= 4 and name[:2] not in COMPOUND and _PLACE_CHARACTER_NAME.fullmatch(name) is not None


def _place_character_after(doc: Doc, text: str, end: int) -> bool:
    """A street's, stop's or building's one-character head written right after a 'name', a word of its own that the
    tagger calls a noun or that closes a list item (李某某楼今年, 陈某某站和): the place named after someone (not
    王某|站在, 李某|路过: a verb)."""
    if not text.startswith(NAMESAKE_PLACE_CHARACTERS, end):
        return False
    head = doc.char_span(end, end + 1)
    if head is None or len(head) != 1:
        return False
    return head[0].tag_ in ("n", "ns", "nz", "s", "LOC", "PER", "ORG") or _PLACE_CHARACTER_FOLLOWED.match(text, end + 1) is not None


_AWARD_NAME_END = regex_cache.compile("(?:" + alternation(AWARD_HEADS) + ")$")
_AWARD_SAID = regex_cache.compile(r"第[\d一二三四五六七八九十百]+届$")
_AWARD_AFTER_NAME = regex_cache.compile(r"(?:颁奖|得主|得奖|评审|评选)")


def _a_cup(text: str, name: str) -> bool:
    """A 'name' written only right before a cup's ending (某某杯足球赛, 「某某盃」): the competition named after someone, no
    person, as a name inside an award's is none."""
    at = occurrences(text, name)
    return bool(at) and all(text.startswith(TROPHY_ENDINGS, a + len(name)) for a in at)


def _an_award(text: str, name: str) -> bool:
    """A 'name' ending in 奖 that the page writes as an award (第十二届某某奖, 某某奖颁奖典礼, 某某奖得主): the award, no person."""
    if len(name) < 3 or not _AWARD_NAME_END.search(name):
        return False
    return any(_AWARD_SAID.search(text, max(0, at - 6), at) or _AWARD_AFTER_NAME.match(text, at + len(name))
               for at in occurrences(text, name))


def _listed_as_a_business(doc: Doc, text: str, name: str) -> bool:
    """A 'name' written only as an item of a list closed by 等 and a noun for businesses (李某、某某药业和杨某某麻辣烫
    等企业) names a business or brand; a list of 企业家 or 公司代表 is of people, and a verb between the name and 等
    makes a clause, not a list."""
    at = occurrences(text, name)
    if not at:
        return False
    for a in at:
        if not _LIST_ITEM_BEFORE.search(text, max(0, a - 2), a):
            return False
        close = text.find("等", a + len(name), a + len(name) + _MAX_BUSINESS_LIST)
        if close < 0 or not _BUSINESS_LIST_END.match(text, close) or regex.search(r"[，。；：！？\n]", text[a:close]):
            return False
        between = doc.char_span(a + len(name), close, alignment_mode="expand") if close > a + len(name) else None
        if between is not None and any(t.tag_.startswith("v") for t in between):
            return False
    return True


@lru_cache(maxsize=4)
def _work_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the titles of works in the text, found once per text rather than once per 'name' read."""
    return [m.span() for m in _WORK_TITLE.finditer(text)]

def _named_thing(doc: Doc, text: str, name: str) -> bool:
    """A 'name' that only names a thing called after someone: every mention opens a street, building, body, product,
    award or work (孙逸仙大马路, 某某医学院, 某某科学奖, 「某某与澳门」展览) or follows a brand noun (刀剪品牌某某); or
    one mention opens a company's or a brand's name (某某珠宝集团, tagged as one organisation) and no mention stands in
    a person's slot (after a position or description, before a position or an honorific)."""
    at = occurrences(text, name)
    if not at or name.isascii():
        return False
    if any(_STORM_BEFORE.search(text, max(0, a - 6), a) for a in at):
        return True  # 台风“某某”: a storm's name, however it is written again
    works = _work_titles(text)
    kinds = [_namesake_mention(doc, text, a, a + len(name), works) for a in at]
    if all(kinds):
        return True
    return any(k == "body" for k in kinds) and not any(
        _DESCRIPTION_BEFORE.search(text, max(0, a - 12), a) or _PERSON_AFTER.match(text, a + len(name)) for a in at)


_LIST_JOIN = regex_cache.compile("[、与和及]")


def _brand_like(text: str, word: str) -> bool:
    """A word written somewhere before a company's or product's head word or after a brand noun (周大福珠宝集团, 品牌某某)."""
    return any(_NAMESAKE_HEAD.match(text, a + len(word)) or _BRAND_BEFORE.search(text, max(0, a - 4), a)
               for a in occurrences(text, word))


def _listed_only_with(text: str, name: str, things: set[str]) -> bool:
    """A 'name' written only right after a brand or a body named after someone and a list mark (周大福与某某, 李锦记、某某):
    listed with it, it is another of its kind. (A body written after a name most often opens the next person's title.)"""
    at = occurrences(text, name)
    return bool(at and things) and all(any(text.endswith(t, 0, a - 1) for t in things) and _LIST_JOIN.match(text, a - 1)
                                       for a in at)


def _function_word_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-character function word (於, 在, 的) stands between two offsets: the words there are a clause, not the
    nouns of an award's name (科学普及著作奖 keeps 普及)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span is not None and any(len(t.text) == 1 and t.text in FUNCTION_CHARACTERS for t in span)


def _namesake_mention(doc: Doc, text: str, start: int, end: int, works: list[tuple[int, int]]) -> str:
    """What a mention of a 'name' names when it is a word of something called after someone: "body" (a company, a
    brand), "thing" (a street, an award, a work), or "" (a person, as far as this tells)."""
    if _PERSON_AFTER.match(text, end) or _DESCRIPTION_BEFORE.search(text, max(0, start - 12), start):
        return ""  # a person's slot: 主委某某|於現場揭曉首獎, 某某教授
    if _BRAND_BEFORE.search(text, max(0, start - 4), start):
        return "body"
    if any(a < start and end < b for a, b in works):
        return "thing"
    award = _AWARD_AFTER.match(text, end)
    if award and not _AWARD_VERB.search(award.group(1)) and not _TIME_OR_DAY.search(award.group(1)) \
            and not _function_word_in(doc, end, award.end(1)):
        return "thing"
    if _NAMESAKE_HEAD.match(text, end):
        return "body"
    if _place_character_after(doc, text, end):
        return "thing"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and all(t.tag_ == "ORG" for t in span) and (
            span.end < len(doc) and doc[span.end].tag_ == "ORG" or span.start > 0 and doc[span.start - 1].tag_ == "ORG"):
        return "body"
    return ""


def _surname_and_post(text: str, start: int, end: int, name: str) -> bool:
    """A surname and the word that opens a post written after it (陈署理市长, 黄行政议员, 李常务副主席): the tagger joins the
    word to the surname as a given name, but the whole is a surname with a title, a reference back to someone named
    before (ANNOTATION.md "People": 張縣長 is no person). The word is one that opens a post (署理, 代理, 常务) with a
    position right after it, or the first part of a position written on (行政 of 行政议员)."""
    if len(name) != 3 or end - start != 3 or not has_surname(name[0]):
        return False
    word = name[1:]
    if word in POST_PREFIX_WORDS and _TITLE_AHEAD.match(text, end):
        return True
    return any(text.startswith(p, start + 1) for p in _POSITIONS_BY_OPENING.get(word, ()))


def _by_opening(positions) -> dict[str, list[str]]:
    """Positions of three or more characters by their first two (署理 -> 署理局长, …), looked up for each 'name' instead of
    a pass over all positions."""
    found: dict[str, list[str]] = {}
    for position in positions:
        if len(position) > 2:
            found.setdefault(position[:2], []).append(position)
    return found


_POSITIONS_BY_OPENING = _by_opening(POSITIONS)


def _heads_a_title(doc: Doc, text: str, end: int, start: Optional[int] = None) -> bool:
    """A 'name' written right before a position and another name (马六甲首席部长某某, 马华署理总会长拿督斯里某某), tagged or
    in the shape a name has after a position (卫健委|新闻发言人|江山, a word the tagger calls a noun), is the place or body
    the title is of. A two-character 'name' with no title of its own before 及 or 暨, the rest of a body's name and a
    position (`start` given) is the body's first word."""
    position = _TITLE_AHEAD.match(text, end)
    if position is None and start is not None and end - start == 2 and not _ENDS_WITH_POSITION.search(text, max(0, start - 8), start):
        position = _JOINED_BODY_AHEAD.match(text, end, min(len(text), end + 24))  # 康乐|及文化事务署署长; not 市长某某|及…
    if position is None:
        return False
    following = doc.char_span(position.end(), position.end() + 1, alignment_mode="expand")
    if following is None or following[0].idx != position.end():
        return False
    return following[0].tag_ == "PER" or any(_name_slot(doc, text, text[position.end() : position.end() + size], position.end())
                                             for size in (3, 2) if position.end() + size <= len(text))


def _name_slot(doc: Doc, text: str, name: str, start: int, after_description: bool = False) -> bool:
    """A name written right after a position: name-shaped, ending where a clause goes on (a verb, 等, punctuation).
    After a noun for people (`after_description`) one word the tagger calls a verb, with a verb after it, is the clause's
    first verb (患者|康复|出院), not a name."""
    junior = _junior_or_senior(name) or is_japanese(name)  # 小 opens Japanese family names too (小池, 小野寺)
    if not _HAN_ONLY.fullmatch(name) or _NAME_STOP.search(name) and not junior or regex.search(_POSITION, name) or _HONORIFIC.search(name):
        return False
    end = start + len(name)
    span = doc.char_span(start, end)
    if span is None and _STYLE_AFTER.search(text, max(0, start - 6), start):
        span = doc.char_span(start, end, alignment_mode="expand")  # 议员拿/v|督林/n|福山 说: the style's last character
        span = span if span is not None and span.end_char == end else None  # went to the name's first word
    if span is None or name[-1] in FUNCTION_CHARACTERS or _organization_ending(name) or _without_day_word_after(text, start, end) != end:
        return False
    tagged_name = len(name) <= 5 and all(t.tag_ == "PER" for t in span)  # 高岛/PER 宗一郎/PER
    first_of_dotted = end < len(text) and text[end] in _DOTS and all(ch in TRANSLITERATION for ch in name)  # 主席|拉占·纳丹
    foreign = is_transliterated(name) or is_japanese(name) or junior or _transliterated_after_a_style(text, name, start) or first_of_dotted \
        or _malay_transliterated(name)
    if not (tagged_name or 2 <= len(name) <= 3 and has_surname(name) or len(name) == 4 and name[:2] in COMPOUND or foreign
            or _married_name(doc, name, start)):
        return False
    closes = end >= len(text) or _SLOT_END.match(text, end) is not None or _JOINED_TO_A_TITLE.match(text, end) is not None \
        or first_of_dotted or _malay_transliterated(name) and text.startswith(("及", "和", "与"), end)  # 大臣慕斯达法卡玛鲁丁|及/LOC
    if len(span) > 1 and span[-1].tag_ == "TIME" and (len(name) >= 4 or len(span[-1].text) >= 2):
        return False  # 首相石破茂|今天, 冠军|战|昨晚: a name does not end in a time word
    if len(span) == 2 and span[0].tag_ == "v" and len(span[0]) == 2 and span[1].text in _WHEN_WORDS:
        return False  # 法官|宣判|时|表示, 律师|求情|时: a verb and 时 or 后 date the clause, whatever the verb's first character
    if len(span) == 1 and span[0].tag_ == "TIME" and _WEEKDAY.match(name) and not _said_again(text, name, start):
        return False  # 部长|周三|表示, 總統|週一: a weekday opens the clause after a position (处长周一鸣, 作家夏天 are names)
    if len(span) == 1 and span[0].tag_ == "TIME" and name in _COMING_TIME_WORDS and not _said_again(text, name, start):
        return False  # 居民|明年|迁出: the time of the clause after a noun for people, as the tagger says
    if after_description and len(span) == 1 and span[0].tag_ == "TIME" and name in DAY_PARTS \
            and not text.startswith(_SPEECH_WORDS, end) and not _said_again(text, name, start):
        return False  # 游客|白天|赏花, 居民|晚上|散步: a part of the day dates the clause after a noun for people (作家|夏天 a name)
    if len(span) == 1 and span[0].tag_ in ("r", "c") or len(name) == 2 and word_tag(name) in ("r", "c"):
        return False  # 经理|何时|到任, 总统|任内: a pronoun or conjunction after a position, whatever its surname-like first character
    if closes and len(span) > 1 and span[-1].text in _SPEECH_WORDS and span[-1].tag_ == "v":
        return False  # 市长张伟|问：, 总经理曾|表示，: the verb of speech is no part of the name
    following = None if closes else doc.char_span(end, end + 1, alignment_mode="expand")
    if not closes and (following is None or following[0].idx != end
                       or not (following[0].tag_.startswith(_CLAUSE_GOES_ON) or following[0].text in _TIME_WORDS
                               or following[0].tag_ == "a" and len(name) == 4 and is_japanese(name))):  # 中村翔太|落后: a predicate
        return False  # 总理内塔尼亚胡|今天/PER: a day word goes on the clause, whatever the tagger calls it
    if following is not None and following[0].text in _ASPECT_PARTICLES:
        return False  # 着/了/过 bind to the character before them, a verb: 刘红带着 is 刘红 + 带着
    if following is not None and len(span[-1]) == 1 and len(following[0]) == 1 and _is_common_word(name[-1] + following[0].text):
        return False  # 王伟|大|力: the last character is the first of a word cut in two (大力)
    acting = text.startswith(("等", "一行"), end) or following is not None and (
        following[0].tag_.startswith(("v", "TIME")) or following[0].tag_ == "p" and following[0].text in _PLACE_OR_ADDRESSEE)
    if len(span[0]) == 1 and span[0].tag_.startswith(_CLAUSE_GOES_ON + ("r",)) and not text.startswith(("等", "一行"), end) \
            and not (is_transliterated(name) and len(span) > 1 and span[1].tag_ == "PER") \
            and not (is_transliterated(name) and _STYLE_AFTER.search(text, max(0, start - 6), start)) \
            and not (_malay_transliterated(name) and any(t.tag_ == "PER" for t in span[1:])) \
            and not _verb_tagged_surname(span[0], name) \
            and not (2 <= len(name) <= 3 and has_surname(name) and _STYLE_AFTER.search(text, max(0, start - 12), start)):  # 拉/v 马福萨/PER
        # 拿督斯里|林/v|国安/v: a style is always followed by a name, whatever the tagger calls its words
        return closes
    if len(span) == 2 and span[0].tag_ == "PER" and len(span[0]) >= 2 and len(span[1]) == 1 and span[1].tag_ in ("v", "d") \
            and _said_again(text, span[0].text, start) and len(occurrences(text, name)) == 1:
        return False  # 副市长高峰/PER|作/v|关于 … 高峰介绍: the page names him without the verb (not 署长于友/PER|先/d|表示)
    if len(span) == 1 and span[0].tag_ in ("d", "ad") and (_is_common_word(name) or len(name) > 2 and _is_common_word(name[1:])):
        return _said_again(text, name, start)  # 居民|普遍|反映, 总理|曾多次|表示: an adverb of the verb after it, no name
    if len(span) >= 2 and span[-1].text == "地" and span[-1].tag_ == "u" and span[-2].tag_ in ("a", "ad", "b"):
        return False  # 家长|高兴|地|说: an adjective made an adverb by 地 (张大|地 is a name)
    if len(span) == 1 and span[0].tag_ in ("v", "vd") and following is not None and following[0].tag_ in ("v", "vd", "vn") \
            and (after_description or word_tag(name).startswith("v") and _is_common_word(name)):
        return False  # 患者|康复|出院, 居民|申请|补助/vn, 议员|支持|调升/vn: the clause's verb and its verbal noun
    if closes and len(span) == 1 and span[0].tag_ == "ORG" and not _is_common_word(name) and not _organization_ending(name):
        return True  # 接见某国首相|安华/ORG。: a word no dictionary knows, closing the clause after a position, is a name
    compound = len(name) == 4 and name[:2] in COMPOUND and span[0].text == name[:2]  # 董事|司徒/nz|嘉莉/nz: the surname is a word too
    if any(t.tag_ in ("LOC", "ORG") or _is_common_word(t.text) and not (compound and t.i == span.start) for t in span) and not foreign:
        return acting or _said_again(text, name, start) \
            or closes and _among_office_holders(text, start, end, any(t.tag_.startswith("v") for t in span))
    return True


_CHAIN_BEFORE = regex_cache.compile(_POSITION + r"、[^，。；！？、\s]{0,14}$")
_HOLDER_AFTER = regex_cache.compile(r"[，,、]\s*[^，。；！？、\s]{0,8}?" + _POSITION + r"\p{Han}{2,3}[，,、。等]")


def _among_office_holders(text: str, start: int, end: int, verb: bool) -> bool:
    """The slot [start, end), closed by punctuation, belongs to a list of office-holders: a chain of titles leads to it
    (县委副书记、县长|向前，) or, for words the tagger calls no `verb`, the next item is another post and its holder
    (市长|高峰，副市长某某，; not 代表全体运动员|宣誓，): a name, even one that is a dictionary word, as a post's slot in such a
    list holds nothing else."""
    return _CHAIN_BEFORE.search(text, max(0, start - 30), start) is not None \
        or not verb and _HOLDER_AFTER.match(text, end) is not None


_SAID_AGAIN = tuple(SAID_AGAIN_VERBS)
_CLAUSE_OPENERS = "。，；！？：\n“「"


def _said_again(text: str, name: str, start: int) -> bool:
    """A word in a name's slot that is also a common word or a place (主任向前|告诉, 议员黄河|在) is a name when the page
    writes it again opening a clause before a verb of saying (向前表示，…): no adverb or river speaks."""
    return any(a != start and (a == 0 or text[a - 1] in _CLAUSE_OPENERS) and text.startswith(_SAID_AGAIN, a + len(name))
               for a in occurrences(text, name))


def _married_name(doc: Doc, name: str, start: int) -> bool:
    """A married woman's name as Hong Kong and Taiwan write it (林鄭月娥, 葉劉淑儀): her husband's surname, then her own
    name of three characters, which the tagger calls a name (林/n 郑月娥/PER)."""
    own = doc.char_span(start + 1, start + len(name))
    return len(name) == 4 and name[0] in SINGLE and name[1] in SINGLE and own is not None and all(t.tag_ == "PER" for t in own)


_GLUED_ADVERBS = ("则", "亦")
_WHO_WINS = ("由", "是", "被", "为", "归", "落")  # 打击王则由某某夺下, 得分王亦为某某: who holds the title comes next
_PLACE_LIST = regex_cache.compile(r"(?:\p{Han}{2,4}[、和及与])+\p{Han}{2,4}(?:(?:[两二三四五六七八九十\d]+)[个座]?(?:县|镇|乡|村|州|市|区|省|国|城)"
                                  r"|等(?:地区|地(?![方产主])|区域|城镇|乡镇|县市|州属)(?!领导|官员|干部|负责人|首长))")
_LIST_JOINS = "、和及与"
_WHILE_OPENERS = ("在", "当", "於", "于")
_WHILE_CLOSE = regex_cache.compile(r"之?时(?![代期间])")
_VISITING_BEFORE = regex_cache.compile(r"(?:巡视|视察|前往|抵达|走访|到访)$")
_COUNTED_SITE_AFTER = regex_cache.compile(r"[一两二三四五六七八九十几多数]+[个所间座处]")
_FIRM_BEFORE_LATIN = regex_cache.compile("(?:" + alternation(INDUSTRY_ENDINGS + FIRM_TRADE_WORDS) + r")[（(]\s*[A-Z][A-Za-z&.,' ]+[)）]")


def _not_a_person_at(text: str, start: int, end: int, name: str) -> bool:
    """A tagger's 'name' that is no one where it stands:
    - two characters whose second is an adverb before 由/是/被/为 (打击王|则由, 得分王|亦由): a title word's last
      character, a surname, and the adverb that says who holds the title (歌手王亦表示 keeps its name);
    - a word of sports news that opens with a surname (易边|后, 易帅);
    - an item of a list closed by a count of places (文冬、林安及北溪三个县, 高桥、马坪和罗山三个镇): a place;
    - the characters from a currency word's last one (7010万令|吉多|出): the currency, and the word after it;
    - a trade name before an industry word and the firm's Latin name in brackets (某盛产业（Mousheng Property Pte Ltd）);
    - a surname character and an average word (段|日均, 周|平均, 季|平均: AVERAGE_WORDS): a stretch, week or quarter and its
      average;
    - what stands between 在 or 当 and 时 (在陈词时, 当白天时): an act or a time that dates the clause, no one;
    - what follows a verb of visiting and comes before a count of sites (巡视某地一个疏散中心): the place visited;
    - an item of a list of places closed by 等地区, 等地 or 等乡镇 (A、B及C等地区)."""
    if len(name) == 2 and name[1] in _GLUED_ADVERBS and text[end : end + 1] in _WHO_WINS:
        return True
    if name[:2] in MATCH_WORDS:
        return True
    if any(text.startswith(word[:-1], start - len(word) + 1) and name.startswith(word[-1]) for word in _MULTI_CHARACTER_CURRENCIES):
        return True
    if _FIRM_BEFORE_LATIN.match(text, end):
        return True
    if len(name) >= 3 and name[1:] in AVERAGE_WORDS:
        return True
    if text[start - 1 : start] in _WHILE_OPENERS and _WHILE_CLOSE.match(text, end):
        return True
    if _VISITING_BEFORE.search(text, max(0, start - 4), start) and _COUNTED_SITE_AFTER.match(text, end):
        return True
    lo = max(0, start - 30)
    for m in _PLACE_LIST.finditer(text, lo, min(len(text), end + 30), overlapped=True):
        if m.start() <= start and end <= m.end() and (text[start - 1 : start] in _LIST_JOINS or text[end : end + 1] in _LIST_JOINS):
            return True
    return False


_CAMPAIGN_AFTER = ("志愿", "活动", "服务", "精神", "月", "日", "周", "小组", "标兵")


def _only_a_model_of_a_campaign(text: str, name: str) -> bool:
    """A 'name' written only as the model of a campaign (学某某志愿服务, 学某某活动月): at every mention the campaign's name,
    no person of the page. A spirit named after a person alone (某某精神) still names that person."""
    at = occurrences(text, name)
    return len(name) >= 2 and bool(at) and all(text[max(0, a - 1) : a] == "学" and text.startswith(_CAMPAIGN_AFTER, a + len(name))
                                               for a in at)


def _runs_into_a_body_ending(text: str, name: str) -> bool:
    """A 'name' whose last characters open a body's ending written after it, and a post after that (培南|华小|董事长:
    the tagger's 培南华/PER): at every mention it is the first part of the body's name the title is of, no person."""
    at = occurrences(text, name)
    return bool(at) and all(any(text.startswith(ending, a + len(name) - k) and _TITLE_AHEAD.match(text, a + len(name) - k + len(ending))
                                for k in (1, 2) if k < len(name) for ending in _SPLIT_ENDINGS.get(name[-k:], ()))
                            for a in at)


def _a_school_or_its_kind(text: str, name: str, schools: list[tuple[int, int]]) -> bool:
    """A 'name' that is a kind of school (华小/PER), a kind of school and the event it holds (华小嘉/PER|年华), or a
    piece of a school's name and kind at every mention (培南华/PER|小, 明德华/PER|小将): no person."""
    if name in SCHOOL_KINDS:
        return True
    at = occurrences(text, name)
    if name[:2] in SCHOOL_KINDS and at and all(text.startswith(FAIR_ENDINGS, a + 2) for a in at):
        return True
    return bool(at) and all(any(s <= a and a + len(name) <= e for s, e in schools) for a in at)


def _transliterated_after_a_style(text: str, name: str, start: int) -> bool:
    """Two to six transliteration characters right after a style (拿督斯里迈蒙, 丹斯里莫哈末诺希山): a style is always
    followed by a name, and a Malay name written in Chinese is long and may use characters no other transliteration does."""
    return 2 <= len(name) <= 6 and all(ch in TRANSLITERATION or ch in MALAY_NAME_CHARACTERS for ch in name) \
        and not _is_common_word(name) and _STYLE_AFTER.search(text, max(0, start - 12), start) is not None


def _malay_transliterated(name: str) -> bool:
    """A Malay name of two parts written without a dot in a post's slot (卡立依斯迈 Khalid Ismail, 再纳阿比丁 Zainal Abidin,
    慕斯达法卡玛鲁丁): four to eight characters, each a transliteration character or one the Malaysian press writes Malay
    names with, at least three of them transliteration characters, and no common word."""
    return 4 <= len(name) <= 8 and all(ch in TRANSLITERATION or ch in MALAY_NAME_CHARACTERS for ch in name) \
        and sum(ch in TRANSLITERATION for ch in name) >= 3 and not _is_common_word(name)


_FIGURE_AHEAD = regex_cache.compile(r"(?:RM|S\$|US\$|HK\$|NT\$|新台币|人民币|港币|令吉|约|逾|近)?[\d一二两三四五六七八九十百千万亿]")


def _reaching_verb_before_figure(text: str, name: str) -> bool:
    """A two-character 'name' ending in a verb of reaching (达, 至) written, wherever it is, right before a figure (冀达RM1200万,
    盼达500万元): a verb of hoping or expecting and 达, the figure its object, no one's name."""
    at = occurrences(text, name)
    return len(name) == 2 and name[1] in "达至" and bool(at) and all(_FIGURE_AHEAD.match(text, a + 2) for a in at)


_CLAUSE_OPENING = regex_cache.compile(r"(?:^|[\n。，；：！？）)」”])$")


def _with_malay_first_parts(text: str, names: set[str]) -> set[str]:
    """A transliterated name the tagger found without the first part of a Malay name before it, opening a clause
    (（关丹3日讯）再纳|阿比丁/PER受访时说): the whole name, when the first part is two or three characters the Malaysian press
    writes Malay names with, one of them not a transliteration character, and the clause opens right before it."""
    found = set(names)
    for name in names:
        if not is_transliterated(name):
            continue
        for at in occurrences(text, name):
            for size in (2, 3):
                start = at - size
                if start < 0 or not _CLAUSE_OPENING.search(text, max(0, start - 1), start):
                    continue
                whole = text[start : at + len(name)]
                if _malay_transliterated(whole) and any(ch in MALAY_NAME_CHARACTERS and ch not in TRANSLITERATION for ch in whole[:size]):
                    found.add(whole)
                    found.discard(name)
    return found


def _junior_or_senior(name: str) -> bool:
    """小 or 老 before a transliterated name (小马科斯, 老布什): the son or father of that name, not 小/老 opening a word."""
    rest = name[1:]
    return name[:1] in ("小", "老") and len(rest) >= 2 and all(ch in TRANSLITERATION for ch in rest) and not _is_common_word(rest)


_JOINED_TO_A_TITLE = regex_cache.compile(r"[和与及同](?=" + _POSITION_AHEAD.pattern + ")")
"""和/与/及 and another title after a name (局长刘明和副局长陈刚): the name ends there, whatever the tagger joined to it."""


def _verb_tagged_surname(first, name: str) -> bool:
    """A three-character name whose surname the tagger took for a verb (谢/v|有|福): a surname tagged v, and no common
    word across the name's first or last two characters (习惯|…, 谢绝|…)."""
    return first.tag_ in ("v", "vd") and len(name) == 3 and has_surname(name) \
        and not _is_common_word(name[:2]) and not _is_common_word(name[1:])


def _organization_ending(name: str) -> bool:
    """A slot ending like an organisation (某某局); not a surname and a given name that happen to spell an ending
    (刘|国中: 国中 ends a school's name, but no body is named with one character before its ending)."""
    ending = ORG_SUFFIX.search(name)
    return ending is not None and not (len(name) == 3 and len(ending.group()) == 2 and has_surname(name)) \
        and not (len(ending.group()) == 1 and is_japanese(name))  # 山田浩司, 佐藤健司: 司 ends Japanese given names


_ORG_LIST_END = regex_cache.compile(r"等(?:机构|企业|单位|组织|公司|部门|院校|高校|银行|协会|团体)")
_BODY_LIST_AFTER = regex_cache.compile(r"(?P<rest>(?:、[^，。；：！？、\n]{1,12}?)*)(?=等(?!" + alternation(PEOPLE_NOUNS) + "))"
                                       + _ORG_LIST_END.pattern + "(?!" + alternation(PEOPLE_NOUNS) + ")")
_COMMUNITY_NOUN = regex_cache.compile("(?:" + alternation(COMMUNITY_MODIFIERS) + ")?[" + "".join(COMMUNITY_PLACES) + "][人裔]")


def _item_of_a_body_list(text: str, start: int, end: int) -> bool:
    """The words [start, end) are a whole item of a list closed by 等部门, 等单位, 等机构 (公安、卫健、应急管理等部门): a body or
    a department's short name, whatever the tagger calls it; not when people close the list (等部门负责人)."""
    m = _BODY_LIST_AFTER.match(text, end)
    return m is not None and (text[start - 1 : start] == "、" or bool(m["rest"]))
_CLAUSE_MARKS = "，。：；\n"
_LIST_ITEM_MAX = 24


def _organization_list_items(text: str) -> list[tuple[int, int]]:
    """Items of a list closed by 等机构/等企业: each is an organisation (its bracketed alias aside); the first starts after
    the words that open the list (与会的有|甲公司, 包括|乙银行).

    The list is read backwards from its closing word, item by item, so a long 、 list costs one pass.
    >>> text = "与甲公司、乙银行等机构合作"
    >>> [text[s:e] for s, e in _organization_list_items(text)]
    ['甲公司', '乙银行']
    """
    items: list[tuple[int, int]] = []
    consumed = 0
    for closing in _ORG_LIST_END.finditer(text):
        stop = closing.start()
        begin = max([consumed] + [text.rfind(mark, consumed, stop) + 1 for mark in _CLAUSE_MARKS])
        consumed = closing.end()
        parts: list[tuple[int, int]] = []
        end = stop
        while True:
            cut = text.rfind("、", begin, end)
            start = cut + 1 if cut >= 0 else begin
            if end - start < 2:
                break
            if end - start > _LIST_ITEM_MAX:
                parts.append((end - _LIST_ITEM_MAX, end))
                break
            parts.append((start, end))
            if cut < 0:
                break
            end = cut
        if len(parts) < 2:
            continue
        departments = closing.group().endswith("部门")  # 应急管理、住建、消防等部门: fields, unless each has its ending
        for start, end in reversed(parts):
            name = regex.sub(r"（[^（）]*）$", "", text[start:end])
            lead = regex.match(r"^(?:.*?(?:的有|包括|包含|例如|比如|涵盖|(?<!自)由))?(?:分别)?(?:与|和|同|跟|向)?", name).end()
            if departments and not DEPARTMENT_END.search(name):
                continue
            if len(name) - lead >= 2 and not _kind_of_body_alone(name[lead:]):
                items.append((start + lead, start + len(name)))
    return items


def _kind_of_body_alone(name: str) -> bool:
    """A list item that is one common word for a kind of body or trade (银行、保险等机构, 学校、医院等单位, 军分区、武警等单位):
    no name of one."""
    return _is_common_word(name) and word_tag(name)[:2] not in _PROPER_TAGS or "和" in name and all(
        _is_common_word(part) for part in name.split("和"))


def _without_leading_verbs(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A list item without the verbs, prepositions and adverbs the list opens with (来自|某大学、某大学等高校): no name starts
    with one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    k = span.start
    while k < span.end - 1 and doc[k].tag_ in ("v", "p", "d", "c") and doc[k].idx >= start:
        k += 1
    for j in range(span.end - 2, k, -1):  # 商务部|将|会同|某委: a clause's subject, adverb and verb before the first item
        if doc[j - 1].tag_ == "d" and (doc[j].tag_ == "v" or word_tag(doc[j].text) == "v") and end - doc[j + 1].idx >= 2:
            k = j + 1
            break
    return (doc[k].idx, end) if doc[k].idx > start and end - doc[k].idx >= 2 else (start, end)


def _credible_without_suffix(doc: Doc, name: str, start: int, end: int) -> bool:
    """An organisation name without an organisation ending (蓝海光能, 中石化) needs support: the dictionary, a title after it,
    a list of organisations, or its country in brackets after the tagged name (某某（中国）: places are not written so)."""
    tagged = doc.char_span(start, start + len(name), alignment_mode="expand")
    if end > start + len(name) and tagged is not None and all(t.tag_ == "ORG" for t in tagged):
        return True
    if _dictionary_non_org(name):
        return False
    if word_tag(name) in ("nt", "j"):
        return True
    if _POSITION_AHEAD.match(text_of(doc), end) or _company_short_name(text_of(doc), name, end) or _SCHOOL_DEPARTMENT.search(name) \
            or _brand_acting(doc, name, start, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _in_organization_list(doc, span)


_SCHOOL_DEPARTMENT = regex_cache.compile(r"(?:大学|学院)(?:\p{Han}{1,8}系|系统)$")
"""A department of a university or college (某大学物理系, 某大学生命科学系) or a system of universities (某大学系统): 系 ends
no other body, and ends common words (关系, 体系), so it closes a name only after a school's ending."""
_INDUSTRY_END = regex_cache.compile("(?:" + alternation(INDUSTRY_ENDINGS) + ")$")
_DISCLOSURE = regex_cache.compile("(?:" + alternation(DISCLOSURE_WORDS) + ")")
_CLAUSE_AHEAD = regex_cache.compile(r"[^，。；！？：\n,;!?]{0,16}")


def _company_short_name(text: str, name: str, end: int) -> bool:
    """A listed company's short name (某某科技, 某某地产) in results and market news: an industry word after a head the
    dictionary does not know as a common word (a coined name, a place, a proper noun), and a word of disclosure (年报, 股价,
    净利润) after it in the clause; 新能源汽车行业 has a common head and 华鼎电子购买 no such word."""
    industry = _INDUSTRY_END.search(name)
    if industry is None or industry.start() < 2:
        return False
    tag = word_tag(name[: industry.start()])
    if tag and tag[:2] not in _PROPER_TAGS:
        return False
    return _DISCLOSURE.search(_CLAUSE_AHEAD.match(text, end).group()) is not None


def _brands_with_business_word(doc: Doc, lac: list[Span]) -> list[tuple[int, int]]:
    """A name the tagger calls an organisation followed by a business word it tagged otherwise (东林/ORG|娱乐/v,
    东林/ORG|建设/vn): the brand and its business word, one name for the rules on short company names to weigh."""
    found = []
    text = text_of(doc)
    if not any(s.label_ == "ORG" for s in lac):
        return found
    starts, _ = token_edges(doc)
    for s in lac:
        k = starts.get(s.end_char) if s.label_ == "ORG" else None
        after = doc[k] if k is not None else None
        if after is None or after.tag_ == "ORG" or after.text not in INDUSTRY_ENDINGS or _INDUSTRY_END.search(s.text) \
                or ORG_SUFFIX.search(s.text):  # 某物流中心|建设: a body's name and a verb after it
            continue
        end = after.idx + len(after.text)
        if text.find(text[s.start_char : end]) == s.start_char:  # not a re-mention inside a longer name written before
            found.append((s.start_char, end))
    return found


_FIRM_TRADE = regex_cache.compile("(?:" + alternation(INDUSTRY_ENDINGS + FIRM_TRADE_WORDS) + ")")
_TRADE_WORD_ENDING_IN_POST = regex_cache.compile("(?:" + alternation(w for w in INDUSTRY_ENDINGS + FIRM_TRADE_WORDS
                                                                      if w.endswith(("顾问", "咨询"))) + ")$")
"""A trade word that ends in a post's word (地产顾问): the firm's name keeps it where it acts (某某地产顾问研究主管说)."""
_FIRM_SLOT_BEFORE = ("由", "据", "从", "与", "和", "及", "、", "获", "感谢", "包括")
_SENTENCE_CLOSED_BY_QUOTE = ("。”", "。」", "！”", "！」", "？”", "？」")
"""Words a company's name is written after in a slot where it acts (由某某主办, 据某某介绍, 从某某获悉, 某甲与某乙签署, 获某某赞助,
感谢某某赞助, 赞助商包括某某)."""
_SLOT_OPENERS = _CLAUSE_START + "）)〕】 \u3000"
"""Characters a clause opens after, a dateline's closing bracket among them (（某地3日讯）某某宣布)."""
_FIRM_GAP = r"(?:共同|联合|一同|今日|今天|昨日|昨天|昨晚|今早|同日|今晚|日前|近日|将|已|则|也|亦|还|均|都|先后|同步|正式|再)*"
_FIRM_ACTS_AFTER = regex_cache.compile(_FIRM_GAP + r"(?:(?:与|和|及|、|向|为)[^，。；：、\s]{2,24}?)?" + _FIRM_GAP
                                 + r"(?:" + alternation(ACTING_VERBS + FIRM_SLOT_VERBS) + ")")
_BRAND_WIDTHS = (2, 3)
_FIRM_POST_AFTER = regex_cache.compile(r"\p{Han}{0,8}?" + _TITLE_AHEAD.pattern + r"\p{Han}{2,3}(?:则|也|亦|还)?(?:说|表示|指出|认为|预计|预测|称)")
"""A post of the company's, then its holder speaking (某某产业研究主管陈某说): the company's short name heads the title."""
_FIRM_REGION_UNIT = regex_cache.compile("(?:" + alternation(FIRM_REGION_UNITS) + ")")
_FIRM_STAFF_AFTER = regex_cache.compile(r"(?:(?![的是在与和及省市县区州镇乡村])\p{Han}){0,4}?(?:" + alternation(FIRM_STAFF_WORDS) + "|" + _TITLE_AHEAD.pattern + ")")
"""A firm's staff or a post of its (某某董事长, 某某员工, 某某税务合伙人, 某某分析员): the name before it is the body they
work for."""
_BODY_POST = regex_cache.compile("[" + "".join(x for x in SUFFIXES if len(x) == 1) + "]长")
"""A post named after a body's one-character ending (部长, 局长, 院长): with a trade word before it (某地建设局长) the ending
closes a department's name, and the trade word is no firm's."""
_FIRM_REPORT_AFTER = regex_cache.compile(r"(?:最新|今日|今天|日前|近日|发布的?|公布的?)?(?:" + alternation(REPORT_WORDS) + r")(?:显示|指出|称|发现|预计)")
"""A report of the firm's showing something (某某报告显示, 某某最新调查指出)."""


def _firm_frame_after(text: str, end: int, ends: dict[int, int], trade_name: bool = False) -> bool:
    """What stands after a name where only a body stands: a verb of a body acting, alone or after other names joined to it
    (某某宣布, 某甲与某乙签署, 某甲、某乙赞助), a report of its, or its staff or posts (某某董事长, 某某分析员), with a
    multinational's region unit before them (某某亚太区总裁). A post named after a body's ending (某地建设局长) makes the
    words before it a department's, not a trade name's; a post must end a word (某市经贸|代表团 holds no 代表), and the words
    before it hold no place's level (武吉知诺州|议员: a state seat's)."""
    unit = _FIRM_REGION_UNIT.match(text, end)
    at = unit.end() if unit else end
    if _FIRM_ACTS_AFTER.match(text, at) or _FIRM_REPORT_AFTER.match(text, at):
        return True
    staff = _FIRM_STAFF_AFTER.match(text, at)
    return staff is not None and staff.end() in ends and not (trade_name and _BODY_POST.match(text, staff.end() - 2, staff.end()))


def _in_body_slot(text: str, start: int, places: bool = True) -> bool:
    """A name opening its clause or written after a word that opens a slot where a body stands (由, 据, 与, 、, 获), with
    or without its country or region before it (台湾|某某生技, 澳门|某某实业)."""
    if start == 0 or text[start - 1] in _SLOT_OPENERS or text.endswith(_FIRM_SLOT_BEFORE, 0, start) \
            or text.endswith(_SENTENCE_CLOSED_BY_QUOTE, 0, start) or _role_noun_before(text, start):
        return True
    place = _REGION_BEFORE.search(text, max(0, start - 5), start) if places else None
    return place is not None and _in_body_slot(text, place.start(), places=False)


_ROLE_WORDS_BEFORE = tuple(w for w in LEADING_NOT_NAME + KINDS_NAMED_AFTER + APPOSITION_KINDS if w.endswith(tuple(_ROLE_ENDS)))


def _role_word_before(text: str, start: int) -> bool:
    """A role noun ending in 商 or 方 that the lexicon or the dictionary holds as a word, right before `start` (供应商,
    承包商, 施工方): not any two characters before 商 (新加坡|商业事务局, 某|商务局 open with no role noun)."""
    return start >= 3 and text[start - 1] in _ROLE_ENDS and (text.endswith(_ROLE_WORDS_BEFORE, 0, start)
                                                             or word_tag(text[start - 3 : start]) != "")


def _role_noun_before(text: str, start: int) -> bool:
    """A role noun ending in 商 or 方 right before `start` (供应商, 发展商, 施工方; 承包|商, 医材|商, 营办|商: two characters
    of the trade before 商 or 方): the part a company plays, so a company's name follows. Not a common word of two
    characters ending in 商 or 方 (协商, 招商, 双方, 地方, 警方), which is no role noun."""
    if start < 3 or text[start - 1] not in _ROLE_ENDS:
        return False
    if text.endswith(_ROLE_WORDS_BEFORE, 0, start):
        return True
    return _HAN_ONLY.fullmatch(text, start - 3, start) is not None and not _is_common_word(text[start - 2 : start])


_REGION_BEFORE = regex_cache.compile("(?:" + alternation([p for p in COUNTRIES + REGION_PREFIXES if len(p) >= 2]) + ")$")


_PLACE_TAGS = ("LOC", "ns", "s")
_NOT_NAME_PLACES = tuple(COUNTRIES + ORIGIN_WORDS)
"""A country or an origin before a trade name (日商|东和精机) is no part of it, unlike a city (深圳|和而泰智能)."""
_FUNCTION_WORD_TAGS = ("p", "c", "d", "u", "v", "r", "m", "q", "w", "f")
_FIRM_VERBS = frozenset(ACTING_VERBS + FIRM_SLOT_VERBS + FOUNDING_VERBS)
"""Verbs a trade word that alone names a trade (资本, 国际) needs after it to be a firm's (某某资本今年在某地设立): 私募资本正加快布局
is the trade."""


def _trade_named_firms_acting(doc: Doc, lac: list[Span]) -> list[tuple[int, int]]:
    """A brand and a trade word with no legal form after it (某某医药, 某某资本, 某某城投, 某某建设) standing where only a
    body stands: opening a clause or after 由, 据, 从, 获 or a joining word, and before a verb of a body acting, a report,
    its staff or posts (某某医药与某某生物签署, 由某某文旅主办, 据某某城投介绍, 某某电动车发言人, 某某建设董事长, 某甲、
    某乙赞助), a word of its results in the clause (某某精密今年前三季每股盈余), or, when its brand is no place, any verb
    after times and adverbs (某某资本今年在某地设立): a company, though the tagger calls its words a place or a name. The
    brand is a proper word, one the dictionary does not know (cut into single characters), or the whole is one the tagger
    calls an organisation (某/ORG|康生/ORG|技/ORG); 生物医药, 本地企业, 外资银行 have a common head, and no trade word itself
    (新能源|汽车). Only at its first mention: a later one is a full name's short form."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    if _FIRM_TRADE.search(text) is None:
        return found  # the word tables only where a trade word is written
    starts, ends = token_edges(doc)
    tagged = {s.end_char: s.start_char for s in lac if s.label_ == "ORG"}
    place_at_end = {s.end_char: s.start_char for s in lac if s.label_ == "LOC"}
    for s, k in starts.items():
        place = place_at_end.get(s)
        if place is None or s - place < 2 or not _in_body_slot(text, place) or text.startswith(_NOT_NAME_PLACES, place):  # 深圳|和而泰智能: the city before the name is part of it
            place = None
            if not _in_body_slot(text, s):
                continue  # the slot's opening; its close is checked with the name's end below
        for width in _BRAND_WIDTHS:
            head = text[s : s + width]
            trade = _FIRM_TRADE.match(text, s + width)
            if trade is None or trade.end() not in ends or not _HAN_ONLY.fullmatch(head) or _FIRM_TRADE.fullmatch(head) \
                    or text.find(text[s : trade.end()]) != s \
                    or _SUFFIX_AFTER.match(text, trade.end()):  # 某某地产 after 某某地产控股有限公司; 某某置业|集团: a longer name
                continue
            whole = tagged.get(trade.end(), s + 1) <= s  # 台湾|瑞/ORG|康生/ORG|技/ORG: inside one name the tagger found
            if s + width not in ends and not whole:
                continue
            words = list(takewhile(lambda t: t.idx < s + width, doc[k:]))
            proper = all(t.tag_ in _PROPER_TAGS or t.tag_ == "PER" for t in words)
            coined = len(words) == 1 and word_tag(head) == "" \
                or all(len(t.text) == 1 for t in words) and word_tag(head) == "" and not _is_common_word(head) \
                and (place is not None or words[0].tag_ not in _FUNCTION_WORD_TAGS)  # not 由|棠|岭置业: a preposition opens no name
            named_by_role = _role_noun_before(text, s) and not _is_common_word(head)  # 服务商|恒升|物流: its part in trade says a firm follows
            if not (proper or coined or whole or named_by_role):
                continue
            verb = None if any(t.tag_ in _PLACE_TAGS for t in words) else _verb_of_subject(doc, s, trade.end())
            framed = _firm_frame_after(text, trade.end(), ends, trade_name=True) or _FIRM_POST_AFTER.match(text, trade.end()) is not None \
                or _DISCLOSURE.search(_CLAUSE_AHEAD.match(text, trade.end()).group()) is not None \
                or verb is not None and (_INDUSTRY_END.search(trade.group()) is not None or verb.text in _FIRM_VERBS)
            if framed:
                first = tagged[trade.end()] if whole else s  # 台湾瑞康生技/ORG: the name the tagger found, with its region word
                first = first if first < s and _REGION_BEFORE.fullmatch(text, first, s) else s
                found.append((place if place is not None else first, trade.end()))
                break
    return found


_LIST_TRADE = regex_cache.compile("(?:" + alternation(INDUSTRY_ENDINGS + FIRM_TRADE_WORDS + LIST_TRADE_WORDS) + ")")
_LIST_ITEM_PREFIX = regex_cache.compile("(?:" + alternation(COUNTRIES + ORIGIN_WORDS + LIST_ITEM_PREFIXES) + ")")
_LIST_JOINER = regex_cache.compile(r"、|，?以及|，?及|，?和|，?与|，?并有")
_LIST_SENTENCE = regex_cache.compile(r"[^。；！？\n]+")
_FIRM_LIST_HEAD = regex_cache.compile("(?:" + alternation(FIRM_LIST_HEADS) + ")")
_FIRM_LIST_CLOSE = regex_cache.compile(r"等[\d一二两三四五六七八九十几多数]*[家间个]?(?:" + alternation(FIRM_LIST_HEADS) + ")")
_BRAND_NOT_NAME_TAGS = ("a", "ad", "v", "vd", "vn", "r", "m", "mq", "f", "d", "p", "c", "u", "q", "t")


def _list_brand(doc: Doc, text: str, start: int, end: int, starts: dict[int, int], lead: bool) -> bool:
    """The words before a trade word in a list item read as a brand (嘉峰|地产, 澄源洁净|科技): no trade word itself, no
    adjective, verb, pronoun, number or time (大型|建筑, 精密|工程, 生物|科技), starting where a word starts."""
    brand = text[start:end]
    if not _HAN_ONLY.fullmatch(brand) or _LIST_TRADE.fullmatch(brand) or _LIST_TRADE.match(brand) \
            or _LIST_ITEM_PREFIX.match(brand) or brand[0] in "的之" or lead and _is_common_word(text[start - 1 : start + 1]) \
            or start not in starts and text[start - 1] not in _LIST_OPENING_CHARACTERS:
        return False
    first = doc[starts[start]] if start in starts else None
    return not (_is_common_word(brand) and word_tag(brand)[:2] not in _PROPER_TAGS) and not (
        lead and first is not None and first.tag_ in _FUNCTION_WORD_TAGS and (len(first.text) == 1 or _is_common_word(first.text)))


_LIST_OPENING_CHARACTERS = "获由有为是括和与及、"
"""Characters the tagger may join to a list's first brand (获美嘉|饮品, 有联钧|电子): the brand starts after them."""
_LIST_BODY_HEAD_BREAK = regex_cache.compile(r"[等的家\d]")


def _list_item(doc: Doc, text: str, a: int, b: int, starts: dict[int, int], ends: dict[int, int], lead: bool, tail: bool):
    """The firm a piece of a list names, as (start, end, trade_named), or None: a brand and a trade word, or a name with an
    organisation ending. The list's first piece may hold the words that open it before the name (包括|某某地产), its last
    the words that close it after (某某建筑|组成的财团); a country or 本地的 before the name is no part of it."""
    piece = text[a:b]
    spans = []
    for m in _LIST_TRADE.finditer(piece, overlapped=True):
        t_end = a + m.end()
        if t_end not in ends and t_end != b:
            continue
        if t_end != b and not tail or _SUFFIX_AFTER.match(text, t_end):  # 某某科技|股份有限公司: a longer name
            continue
        for width in (4, 3, 2) if not lead else (3, 2):
            s = a + m.start() - width
            if s < a:
                continue
            pre = _LIST_ITEM_PREFIX.search(text, a, s) if s > a else None
            if s > a and not lead and not (pre and pre.start() == a and pre.end() == s):
                continue
            if _list_brand(doc, text, s, a + m.start(), starts, lead):
                spans.append((s, t_end, True))
                break
    if spans:
        return max(spans, key=lambda x: x[1] - x[0])
    pre = _LIST_ITEM_PREFIX.match(text, a)
    first = pre.end() if pre else a
    for close in [e for e in range(min(b, a + 16), a, -1) if e in ends] if tail else [b]:
        body = ORG_SUFFIX.search(text, a, close)
        head = text[first : body.start()] if body else ""
        head = head[-6:] if lead else head
        if len(head) >= 2 and not _LIST_BODY_HEAD_BREAK.search(head) and word_tag(head) not in _BRAND_NOT_NAME_TAGS \
                and not (_is_common_word(head) and word_tag(head)[:2] not in _PROPER_TAGS) \
                and not any(doc[k].tag_ in ("v", "vd", "d", "p") for k in _tokens_from(starts, body.start() - len(head), body.start())):
            return body.start() - len(head), close, False
    return None


def _trade_names_in_firm_lists(doc: Doc) -> list[tuple[int, int]]:
    """Trade names (a brand and a trade word, no legal form) listed where one member or the list's head shows they are
    firms: beside a body with its ending (某某生技和某某药品公司, 某某集团、某某新能源和某某生物), under a head that says so
    (入标者包括某某地产、某某发展，以及某某置业与某某建筑组成的财团; 3家合作伙伴，分别是日本某某精机…和本地的某某科技), or
    closed by 等 and such a head (并有某某建设等企业赞助). The country or 本地的 before an item is dropped. Lists of sectors
    (物流、绿能等产业), of trades alone (科技、建设等类股) and of kinds of firm (物流企业和建筑企业) hold no brand."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    if _LIST_TRADE.search(text) is None:
        return found
    starts, ends = token_edges(doc)
    for sentence in _LIST_SENTENCE.finditer(text):
        if _LIST_TRADE.search(text, sentence.start(), sentence.end()) is None:
            continue  # only a trade-named item is found, and a sentence with no trade word holds none
        headed = _FIRM_LIST_HEAD.search(sentence.group()) is not None
        for clause in regex.finditer(r"(?:[^，：]|，(?=以及|及|和|与|并有))+", sentence.group()):
            a0 = sentence.start() + clause.start()
            b0 = sentence.start() + clause.end()
            cuts = [(m.start(), m.end()) for m in _LIST_JOINER.finditer(text, a0, b0)]
            bounds = [a0] + [e for _, e in cuts]
            stops = [s for s, _ in cuts] + [b0]
            pieces = list(zip(bounds, stops))
            items = [_list_item(doc, text, a, b, starts, ends, lead=True, tail=True) for a, b in pieces]
            middle = [_list_item(doc, text, a, b, starts, ends, lead=False, tail=False) for a, b in pieces]
            i = 0
            while i < len(pieces):
                if items[i] is None:
                    i += 1
                    continue
                run = [items[i]]
                j = i + 1
                while j < len(pieces) and middle[j] is not None:
                    run.append(middle[j])
                    j += 1
                if j < len(pieces) and items[j] is not None and items[j][0] == _first_name_start(text, pieces[j][0]):
                    run.append(items[j])
                    j += 1
                last = run[-1]
                closed = _FIRM_LIST_CLOSE.match(text, last[1]) is not None
                certain = any(not trade for _, _, trade in run)
                whole_first = run[0][1] == pieces[i][1]  # 包括|某某地产、: the first name ends its piece
                if (len(run) >= 2 and whole_first and (headed or certain)) or closed:
                    found += [(s, e) for s, e, trade in run if trade]
                i = j
    return found


def _tokens_from(starts: dict[int, int], lo: int, hi: int) -> range:
    """The indexes of the tokens that start in [lo, hi), looked up by the characters there instead of a pass over the Doc
    for every list item (a long list would cost its length times the text's)."""
    firsts = [starts[c] for c in range(lo, hi) if c in starts]
    return range(firsts[0], firsts[-1] + 1) if firsts else range(0)


def _first_name_start(text: str, a: int) -> int:
    """Where a list piece's name starts: after a country or 本地的 before it."""
    pre = _LIST_ITEM_PREFIX.match(text, a)
    return pre.end() if pre else a


def _bare_firms_acting(doc: Doc, lac: list[Span]) -> list[tuple[int, int]]:
    """A firm written bare, with no ending (高盛, 摩根士丹利, Grab): a name the tagger calls an organisation, a multinational
    the press writes so (WELL_KNOWN_FIRMS), or one capitalised Latin word, standing where only a body stands (opening a
    clause or after 由, 据, 与, 、) and followed by its staff or a post (某某分析师, 某某首席执行官), a report, a verb of a body
    acting (宣布, 预计, 指出), or its region unit and one of those (某某亚太区副总裁), which the name keeps. A name the tagger
    calls an organisation, or a multinational's that is no common word, is also read as a body before any verb. Products
    (iPhone), places and sites (三星堆, 亚马逊雨林) and people whose names hold a brand (陈三星) stand in no such slot."""
    text = text_of(doc)
    starts, ends = token_edges(doc)
    people = [(s.start_char, s.end_char) for s in lac if s.label_ == "PER"]
    names: dict[tuple[int, int], bool] = {}  # span -> read as a body before any verb
    short_forms = _short_forms_of_earlier(lac)
    for s in lac:
        if s.label_ == "ORG" and len(s.text) >= 2 and not ORG_SUFFIX.search(s.text) and not _INDUSTRY_END.search(s.text) \
                and not _FIRM_TRADE.search(s.text) and not _BODY_INSIDE.search(s.text) and not _DELEGATION_OR_VENUE.search(s.text) \
                and s.text not in _GAZETTEER_PLACES and not s.text.startswith(MALAY_PLACE_WORDS) \
                and not _listed_with_place(doc, s) and (s.start_char, s.end_char) not in short_forms \
                and not is_transliterated(s.text) and not _STYLE_BEFORE.match(s.text):  # 某某菲尔德|首相, 天猛公林某: people
            names[(s.start_char, s.end_char)] = False  # not 某协会|川合/ORG|副代表 (a body and a person), 台北代表团 (a delegation)
    for start, end, name in find_names(text, WELL_KNOWN_FIRMS):
        if start in starts and end in ends and not any(a < start < b or a < end < b for a, b in people):
            names.setdefault((start, end), not _is_common_word(name) and word_tag(name)[:1] != "n" or word_tag(name) in ("nz", "nt"))
    for m in _LATIN_WORD_NAME.finditer(text):
        names.setdefault(m.span(), False)
    found = []
    for (start, end), any_verb in names.items():
        if not _in_body_slot(text, start) or text.find(text[start:end]) != start:
            continue
        unit = _FIRM_REGION_UNIT.match(text, end)
        if _firm_frame_after(text, end, ends) or any_verb and _opens_clause_before_verb(doc, start, end):
            found.append((start, unit.end() if unit else end))
    return found


_BODY_INSIDE = regex_cache.compile("(?:" + alternation([x for x in SUFFIXES if len(x) >= 2]) + r")(?=\p{Han})")
_DELEGATION_OR_VENUE = regex_cache.compile("(?:团|" + alternation(VENUE_ENDINGS + SIDE_ENDINGS) + ")$")


def _listed_with_place(doc: Doc, span: Span) -> bool:
    """A name joined by 与, 和, 及 or 、 to a place (澳门与|东林/ORG|携手): a place too, whatever the tagger calls it."""
    before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text in _JOINING_WORDS else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text in _JOINING_WORDS else None
    return any(t is not None and t.tag_ in ("LOC", "ns") for t in (before, after))


def _short_forms_of_earlier(lac: list[Span]) -> set[tuple[int, int]]:
    """The edges of the names the tagger found that re-mention a longer one it found before (某某商银 after 某某商业银行).
    A short form holds only characters of its full name, so the earlier names are looked up by the characters they hold."""
    orgs = [o for o in lac if o.label_ == "ORG"]
    holding = holding_characters([o.text for o in orgs])
    found = set()
    for span in orgs:
        if any(o.end_char <= span.start_char and len(o.text) > len(span.text)
               and (is_short_form(span.text, o.text) or o.text[:2] == span.text[:2] and _in_order(span.text, o.text))
               for o in (orgs[i] for i in holding(span.text))):
            found.add((span.start_char, span.end_char))
    return found


def _in_order(short: str, full: str) -> bool:
    """Every character of `short` in `full`, in order (云冈商银 in 云冈商业银行)."""
    rest = iter(full)
    return all(c in rest for c in short)
_LATIN_WORD_NAME = regex_cache.compile(r"(?<![\p{Latin}\d\s])\p{Lu}(?=[\p{Latin}\d]*\p{Ll})[\p{Latin}\d]{2,20}(?![\p{Latin}\d]| \p{Latin})")
"""One capitalised Latin word written alone among Chinese, with lower case in it (Grab, OpenAI): a firm's name where a body
stands; an acronym in capitals (ESG) is left to the rules on acronyms."""
_TROUPE_GAP = r"(?:下月|本月|今年|明年|年底|本周|下周|周末|今晚|明晚|近日|将|已|再|也|亦|首度|首次)*"
_TROUPE_AFTER = regex_cache.compile(r"(?:" + _TROUPE_GAP + r"(?:(?:在|于)\p{Han}{2,10}?)?(?:" + alternation(PERFORMING_VERBS) + r")|的?(?:"
                              + alternation(TROUPE_MEMBERS) + r")|(?:与|和)\p{Han}{2,6}?(?:剧团|乐团|座)" + _TROUPE_GAP + r"(?:携手|联合|合作|共同))")


def _troupes_acting(doc: Doc) -> list[tuple[int, int]]:
    """A troupe named in Japanese style, a proper head and 座 (某某座), opening its clause or joined to another troupe and
    performing or named with its members (某某座下月首演新作, 某某座的演员, 某某座与某某剧团携手): 座 as a measure word (这座
    剧院), in a constellation (仙女座星系) or in 座无虚席 stands in no such frame."""
    text = text_of(doc)
    found = []
    for at in (m.start() for m in regex.finditer(TROUPE_ENDING, text)):
        for width in _BRAND_WIDTHS:
            start = at - width
            head = text[max(0, start) : at]
            if start < 0 or not _HAN_ONLY.fullmatch(head) or not (_in_body_slot(text, start) or text.endswith(("与", "和"), 0, start)) \
                    or _is_common_word(head) and word_tag(head)[:1] not in ("n", "") or head[-1] in "这那一每哪几":
                continue
            if _TROUPE_AFTER.match(text, at + 1):
                found.append((start, at + 1))
                break
    return found


def _in_a_firm_slot(text: str, start: int, end: int) -> bool:
    """A name opening a clause or written after 由, 据, 从 or a joining word, and before a verb of a body acting or its
    spokesperson (由某某主办, 据某某介绍, 某甲与某乙签署, 某某发言人表示): where only a body stands."""
    return (start == 0 or text[start - 1] in _CLAUSE_START or text.endswith(_FIRM_SLOT_BEFORE, 0, start)) \
        and _FIRM_ACTS_AFTER.match(text, end) is not None


def _latin_firms_acting(text: str) -> list[tuple[int, int]]:
    """A run of capitalised Latin words closed by a firm's trade word (ACME Robotics, BlueRiver Technologies) in a slot where
    only a body stands: a company without its legal form; a person's Latin name has no trade word, and a product's
    (Galaxy Systems手机) or a venue's stands in no such slot."""
    return [m.span() for m in _LATIN_RUN.finditer(text)
            if m.group().split()[-1] in LATIN_TRADE_WORDS and _in_a_firm_slot(text, *m.span())]


_SUBJECT_GAP = ("TIME", "t", "d")
"""Words between a subject and its verb: times (今天, 昨日) and adverbs (将, 已)."""


def _opens_clause_before_verb(doc: Doc, start: int, end: int) -> bool:
    """A name that opens its clause and is followed, after times and adverbs and at most one phrase of a preposition and
    a name (在|东林), by a verb: the clause's subject, acting (某某电子|签下, 某某建设|表示, 某某电器|今天|在|东林|开设)."""
    return _verb_of_subject(doc, start, end) is not None


def _verb_of_subject(doc: Doc, start: int, end: int):
    """The verb a name opening its clause is the subject of, after times, adverbs and one phrase of a preposition and a
    name (某某资本|今年|在|新加坡|设立), or None."""
    text = text_of(doc)
    if start > 0 and text[start - 1] not in _CLAUSE_START:
        return None
    k = next((i for i, t in enumerate(doc) if t.idx == end), None)
    if k is None:
        return None
    while k < len(doc) and doc[k].tag_ in _SUBJECT_GAP:
        k += 1
    if k + 2 < len(doc) and doc[k].tag_ == "p" and doc[k].text in ("在", "于", "向", "与", "为") \
            and doc[k + 1].tag_ in ("LOC", "ORG", "ns", "nt", "nz"):
        k += 2
    return doc[k] if k < len(doc) and doc[k].tag_ == "v" else None


_TAKEN_OVER_BEFORE = regex_cache.compile(r"(?:收购|并购|入股|参股|控股|注资|增持|合并)$")
"""Verbs of a company buying into another, written right before the one it buys (收购|某某物流): that one is a company."""


def _brand_acting(doc: Doc, name: str, start: int, end: int) -> bool:
    """A brand and its business word (某某汽车, 某某航空) that the tagger calls an organisation, as the subject of a verb of
    a body acting (宣布, 推出, 签署) or what a company buys (收购|某某物流): a company, whatever its head means as a common word; 新能源汽车 and 一辆某某汽车 are
    kinds and products, no subject of such a verb. Only at its first mention: a later one (某某科技 after 某某科技股份有限公司)
    is the full name's short form."""
    industry = _INDUSTRY_END.search(name)
    span = doc.char_span(start, end)
    if industry is None or industry.start() < 2 or span is None or span[0].tag_ != "ORG" or text_of(doc).find(name) != start \
            or _INDUSTRY_END.search(name[: industry.start()]):  # 新能源|汽车, 智能|汽车: a kind of industry, no brand
        return False
    if all(t.tag_ == "ORG" for t in span) and (_ACTS_AFTER.match(text_of(doc), end) is not None
                                               or _TAKEN_OVER_BEFORE.search(text_of(doc), 0, start) is not None
                                               and (word_tag(name[: industry.start()]) or "nr")[:2] in _PROPER_TAGS):
        return True
    return doc[span.start].idx == start and _opens_clause_before_verb(doc, start, end)


def _list_neighbours(doc: Doc, span: Span) -> list:
    """The words on either side of a span in a 、 list."""
    neighbours = []
    if span.start >= 2 and doc[span.start - 1].text == "、":
        neighbours.append(doc[span.start - 2])
    if span.end + 1 < len(doc) and doc[span.end].text == "、":
        neighbours.append(doc[span.end + 1])
    return neighbours


_FIELD_LIST_END = regex_cache.compile(r"[^，。；：\n]{0,30}?等\p{Han}{0,4}?(?:" + alternation(FIELD_NOUNS) + ")")


def _in_organization_list(doc: Doc, span: Span) -> bool:
    """A span listed with a body (某集团、某某、某公司); not in a list of fields closed by 等…产业 (物流、绿能、生物科技等产业)."""
    if _FIELD_LIST_END.match(text_of(doc), span.end_char):
        return False
    return any(t.tag_ == "ORG" or ORG_SUFFIX.search(t.text) for t in _list_neighbours(doc, span))


_NAMED_HONORIFIC = regex_cache.compile(r"先生|女士|教授|博士|院士")
"""Words written after a full name (王建华先生, 李玉梅女士, 陈立教授), never after a word."""
_FUNCTION_TAGS = ("p", "c", "u", "v", "vd", "d", "r", "w", "m", "q", "f", "xc")


def _names_before_honorifics(doc: Doc, text: str, names: set[str]) -> set[str]:
    """Names the tagger missed before 先生, 女士 or 教授: the two or three characters before it, with a surname, on word
    edges, after a word that ends a phrase (的, 和, a verb, punctuation or a position), and not opening with a one-character
    function word (向|李先生, 和|宁夏女士); a common word only when the tagger calls it a name or place (宁夏女士), never a
    bare surname (江先生). A word before 教授 and another name heads the title (荣休教授某某), no name."""
    if not _NAMED_HONORIFIC.search(text):
        return set()
    first_token = {t.idx: t for t in doc}
    last_token = {t.idx + len(t.text): t for t in doc}
    found = set()
    for m in _NAMED_HONORIFIC.finditer(text):
        end = m.start()
        if end not in last_token:
            continue
        for size in (3, 2):
            start = end - size
            name = text[start:end] if start >= 0 else ""
            head = first_token.get(start)
            if not _HAN_ONLY.fullmatch(name) or head is None or len(head.text) == 1 and head.tag_ in _FUNCTION_TAGS:
                continue
            before = last_token.get(start)
            if start > 0 and (before is None or not (before.tag_ in _FUNCTION_TAGS or _ENDS_WITH_POSITION.search(before.text))):
                continue
            if name in names:
                break
            proper = all(t.tag_ in ("PER", "LOC", "nr", "ns") for t in doc.char_span(start, end) or ())
            if _before_a_titled_name(doc, text, end):
                break  # 荣休/PER|教授|李国平: a word before a title and another name is the title's first word, no one
            if has_surname(name) and _name_like(name) and (proper or not _is_common_word(name)):
                found.add(name)
                break
    return found


_BRACKETED_TITLE = regex_cache.compile(r"[（(]([^（）()，。；、：\n]{2,16})[）)]")


def _names_before_bracketed_titles(doc: Doc, text: str, names: set[str]) -> set[str]:
    """Names the tagger called a common noun before a title in brackets (刘海/n|（海军少将）): one word of two or three Han
    characters with a surname and no common word (方向), opening its clause, right before a bracket whose words end
    with a position."""
    found = set()
    matches = list(_BRACKETED_TITLE.finditer(text))
    last_token = {t.idx + len(t.text): k for k, t in enumerate(doc)} if matches else {}
    for m in matches:
        if not _ENDS_WITH_POSITION.search(m.group(1)) or m.start() not in last_token:
            continue
        k = last_token[m.start()]
        token = doc[k]
        name = token.text
        opens = k == 0 or doc[k - 1].tag_ == "w"
        if opens and name not in names and 2 <= len(name) <= 3 \
                and _HAN_ONLY.fullmatch(name) and has_surname(name) and _name_like(name) and not _is_common_word(name) \
                and token.tag_ in ("n", "nr", "PER"):
            found.add(name)
    return found


def _before_a_titled_name(doc: Doc, text: str, end: int) -> bool:
    """A position at `end`, then a word the tagger calls a name (荣休|教授|李国/PER): what stands before the position
    opens the title of that name."""
    position = _TITLE_AHEAD.match(text, end)
    following = doc.char_span(position.end(), position.end() + 1, alignment_mode="expand") if position else None
    return following is not None and following[0].idx == position.end() and following[0].tag_ == "PER"


_JAPANESE_THEN_POSITION = regex_cache.compile(r"(?P<name>(?:" + alternation(sorted(JAPANESE)) + r")\p{Han}{1,3}?)(?=(?:前|副|代|总|首席)?"
                                         + _POSITION + ")")


def _japanese_names_before_positions(doc: Doc, text: str) -> set[str]:
    """Japanese names written before their title (山田健太郎首相, 中村英副代表), which the tagger does not know: a Japanese
    family name and a given name up to the position, on word edges, after a word that ends a phrase, and no common word
    or organisation for a given name (丰田|汽车社长)."""
    matches = list(_JAPANESE_THEN_POSITION.finditer(text))
    if not matches:  # most texts: no word tables to build
        return set()
    first_token = {t.idx: t for t in doc}
    last_token = {t.idx + len(t.text): t for t in doc}
    found = set()
    for m in matches:
        start, end = m.span("name")
        name = m.group("name")
        given = name[3:] if name[:3] in JAPANESE else name[2:]
        before = last_token.get(start)
        if start not in first_token or end not in last_token and end not in first_token:
            continue
        if start > 0 and (before is None or not (before.tag_ in _FUNCTION_TAGS or _ENDS_WITH_POSITION.search(before.text))):
            continue
        if any(ch in FUNCTION_CHARACTERS for ch in given) or _is_common_word(given) or ORG_SUFFIX.search(name):
            continue
        found.add(name)
    return found


_PEOPLE_LIST_END = regex_cache.compile(r"等(?:[一二三四五六七八九十两\d]{1,3}[人位名])?(?:" + alternation(PEOPLE_NOUNS) + ")")
"""What closes a list of people: 等人, 等三位嘉宾, 等企业家."""


def _list_members(doc: Doc, names: set[str]) -> set[str]:
    """Names the tagger missed in a 、 list of names (市领导A、B、C): short items with a surname, beside known names;
    the list's closing 等 is not part of its last item, nor is the word before the list part of its first (市领导|A).
    A list closed by 等 and a noun for people (A、B、C等企业家) with one known name in it is a list of people: its
    items are names even when they are also common words (黎明, 高山)."""
    text = text_of(doc)
    edges = WordsByEnd(doc)
    found = set()
    for m in regex.finditer(r"(?:\p{Han}{2,3}、){2,}\p{Han}{2,3}", text):
        words, end = m.group().split("、"), m.end()
        if len(words[-1]) == 3 and (text[end - 1] == "等" or not edges.starts_word(end) or _name_then_word(doc, words[-1], end, names)):
            words[-1], end = words[-1][:-1], end - 1  # 陈亮|出席, 孙杰|出|战, 吴敏|及: the item ends a character earlier
        if len(words[0]) == 3 and _word_before_list(doc, m.start(), edges):
            words[0] = words[0][1:]
        known = sum(1 for item in words if _ends_with_name(item, names))
        of_people = known >= 1 and _PEOPLE_LIST_END.match(text, end) is not None
        if known < 2 and not of_people:
            continue
        for item in words:
            if item not in names and has_surname(item) and (of_people or not _is_common_word(item)) \
                    and not _ends_with_name(item, names) and _name_like(item):
                found.add(item)
    return found


_FOUR_CHARACTER_ITEM = regex_cache.compile(r"(?<=、)\p{Han}{4}(?=、|[和及与]\p{Han}|[，。；]|等)")


def _four_character_list_items(doc: Doc, text: str, names: set[str]) -> set[str]:
    """A four-character item of a 、 list of names, right after a name found, whose first two characters the tagger took
    for a name and whose last two make no common word (津田浩二、森川/PER|直|树、…, 朴智媛、津田/PER|雅|人和…): a family name
    and a given name of two characters, as Japanese names are written."""
    found = set()
    for m in _FOUR_CHARACTER_ITEM.finditer(text):
        item, start = m.group(), m.start()
        first = doc.char_span(start, start + 2)
        if item in names or first is None or len(first) != 1 or first[0].tag_ != "PER":
            continue
        if not any(text.endswith(name, 0, start - 1) for name in names):
            continue
        given = item[2:]
        if any(ch in FUNCTION_CHARACTERS for ch in given) or _is_common_word(given) or ORG_SUFFIX.search(item) \
                or item in _GAZETTEER_PLACES:
            continue
        found.add(item)
    return found


def _name_then_word(doc: Doc, item: str, end: int, names: set[str]) -> bool:
    """The last item of a list is a name the tagger found and one character it tagged as a word of its own, no name's
    (孙杰/PER|出/v|战, 吴敏/PER|及/c): the character opens what follows the list."""
    last = doc.char_span(end - 1, end)
    return item[:2] in names and last is not None and len(last) == 1 and last[0].tag_ not in ("PER", "nr")


def _word_before_list(doc: Doc, start: int, edges: WordsByEnd) -> bool:
    """The first character of a list's first item belongs to the word before the list (市领|导王海) or is a word of its own
    that no name starts with (有|黎明: a verb, preposition or conjunction)."""
    if not edges.starts_word(start):
        return True
    span = doc.char_span(start, start + 1)
    return span is not None and span[0].tag_ not in ("PER", "nr", "LOC", "ORG")


def _ends_with_name(item: str, names: set[str]) -> bool:
    return any(item[-size:] in names for size in range(2, len(item) + 1))


def _listed_with(doc: Doc, span: Span, tags: tuple[str, ...]) -> bool:
    """A 'name' between two organisations (瑞士艾德集团、卡特斯、蓝海光能) or two places in a 、 list is one of them."""
    neighbours = _list_neighbours(doc, span)
    if len(neighbours) == 2 and all(t.tag_ in tags for t in neighbours):
        return True
    return _closes_a_list_of(doc, span, tags)


def _closes_a_list_of(doc: Doc, span: Span, tags: tuple[str, ...]) -> bool:
    """A 'name' closing a 、 list of bodies or places after 和/与/及 and before 等 (金狮、大华和|海天|等): one of them."""
    k = span.start
    if k < 4 or span.end >= len(doc) or doc[span.end].text != "等" or doc[k - 1].text not in ("和", "与", "及"):
        return False
    return doc[k - 2].tag_ in tags and doc[k - 3].text == "、"


def _person_name(raw: str) -> str:
    """The name without list endings, honorifics, styles (拿督, 太平绅士) or trailing titles; '' if nothing name-like is left."""
    name = raw.rstrip("等")
    name = _HONORIFIC.sub("", name)
    name = _STYLE_AFTER.sub("", _STYLE_BEFORE.sub("", name))
    lead = _DESCRIPTION_THEN_SLOT.match(name) or _POSITION_AHEAD.match(name)
    if lead and lead.end() >= 2 and any(ch in _DOTS for ch in name[lead.end() :]) and _is_joined(name[lead.end() :]):
        name = name[lead.end() :]  # 伊玛目阿都拉曼·宾·约瑟/PER: a dotted name the tagger ran over the calling before it
    position = _ENDS_WITH_POSITION.search(name)
    if position:  # 某某某立委/PER: a name the tagger joined to the title after it keeps the name; 王局长 is no name
        name = name[: position.start()]
        joined = len(position.group()) >= 2 and _is_joined(name) and name[0] not in _DOTS and name[-1] not in _DOTS
        if not joined and not (len(position.group()) >= 2 and 2 <= len(name) <= 3 and has_surname(name) and name[-1] not in "副总代前原常"
                               and not _ENDS_WITH_POSITION.search(name)):
            return ""  # 某某·某某府尹/PER: a dotted name keeps its parts, the post after it is cut off
    if not (2 <= len(name) <= 4 or is_transliterated(name) and len(name) <= 8 or _is_joined(name) and len(name) <= 24
            or is_japanese(name) or len(name) <= 8 and _slavic_name(name)):  # 渡边美智子, 小野寺正人: a Japanese name runs to six characters
        return ""
    if not _NAME_CHARS.fullmatch(name) or name[0] in _JOINERS or name[-1] in _JOINERS:
        return ""
    if len(name) == 2 and name in SUFFIXES:
        return ""  # 华小/PER, 高中/PER, 文联/PER: a kind of body alone, whose first character is a surname, names no one
    return name


def _outside(names: set[str], text: str, orgs: list[Span]) -> set[str]:
    """Names written somewhere outside every organisation's name, wherever that name is written: a 'name' the tagger
    found only inside one (康乐|及文化事务署, 某华乐|总会) is a word of that name, and so is a short name (`_short_for`)."""
    covered = bytearray(len(text))
    bodies = {text[(o._.attrs or {}).get("start", o.start_char) : (o._.attrs or {}).get("end", o.end_char)] for o in orgs}
    for start, end, _ in find_names(text, bodies):
        covered[start:end] = b"\x01" * (end - start)
    return {name for name in names if any(not any(covered[at : at + len(name)]) for at in occurrences(text, name))
            and not _short_for(name, text)}


def _not_short_for_a_body(names: set[str], orgs: list[Span]) -> set[str]:
    """A 'name' made of an organisation's first character and later ones of it (澳博 after 澳门博彩控股) is the body's short
    name, not a person."""
    bodies = {o.text for o in orgs if len(o.text) >= 4}
    return {n for n in names if not any(n[0] == body[0] and is_short_form(n, body) for body in bodies)}


def _short_for(name: str, text: str) -> bool:
    """A two-character 'name' written elsewhere before a body's ending of two characters and a position (马华|公会|总会长)
    is that body's short name."""
    return len(name) == 2 and any(_BODY_THEN_POSITION.match(text, at + 2) for at in occurrences(text, name))


_BODY_THEN_POSITION = regex_cache.compile(r"(?=\p{Han}{2})\p{Han}?" + _SUFFIX_AFTER.pattern + _POSITION_AHEAD.pattern)


_LATIN_PERSON = r"(?:[A-Z](?:[a-z'’]+(?:-[A-Za-z][a-z'’]*)?|\.?))(?:[ \u00a0](?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)?|[A-Z]\.?|bin|binti|bte|a/[lp]|van|von|de|da|di))*"
"""A personal name in Latin letters: capitalised words (Lahok Kacaw, Abdul Rahman, K Shanmugam), no acronym (HSBC, IBM)."""

_OTHER_NAME_AFTER = regex_cache.compile(
    r"[（(][ \u00a0]*(?:(?P<word>" + alternation(OTHER_NAME_WORDS) + r")[ \u00a0]*(?:[：:]|为|是|叫)?[ \u00a0]*)?"
    r"(?P<other>(?:" + _LATIN_PERSON + r"|\p{Han}{2,8}|\p{Han}{1,6}·\p{Han}{1,6}))[ \u00a0]*[）)，,、；;]")
"""Another name of the person right before, in brackets, after a word that says so (林海音（原名林含英）, Lahok Kacaw（中文名
林志豪，…）) or in the other script (陈大文（Peter Chan）, Anna Lee（李安娜）)."""

_LATIN_BEFORE_OTHER_NAME = regex_cache.compile(
    r"(?<![A-Za-z'’ .-])(?P<name>" + _LATIN_PERSON + r")[ \u00a0]*(?=[（(][ \u00a0]*(?:" + alternation(PERSONAL_NAME_WORDS) + "))")
"""A Latin name before a bracketed name word (Kui Tjuveljevelj（汉名邱文雄）): a person's name, whatever the tagger said."""


def _without_other_names(text: str, names: set[str]) -> tuple[set[str], dict[str, str]]:
    """The people without the names that are another name of one of them, and those other names, each with the person's
    name: a name written in brackets right after a person's name, after a word that says it is a name (原名, 中文名,
    英文名, 族名: `OTHER_NAME_WORDS`) or in the other script (陈大文（Peter Chan）, Lahok Kacaw（林志豪）), is that person
    again, who is the one named first, outside the brackets; a later mention by it is that person too. A bracketed age,
    note, place, body or position (陳大文(52歲), 黃志強（化名）, 王伟（北京）, 陳大文（左）) names no one, so nothing
    changes; an acronym in brackets (陳大文（HSBC）) is no name."""
    found = set(names) | {m["name"] for m in _LATIN_BEFORE_OTHER_NAME.finditer(text) if " " in m["name"] or "·" in m["name"]}
    other_of: dict[str, str] = {}
    inside: list[tuple[int, int]] = []  # where the other names are written in their brackets
    mains: set[str] = set()
    for name in sorted(found, key=lambda n: (-len(n), n)):
        if name in other_of:
            continue
        for at in occurrences(text, name):
            m = _OTHER_NAME_AFTER.match(text, at + len(name))
            if m is None or m["other"] == name:
                continue
            other, latin, latin_other = m["other"], name.isascii(), m["other"].isascii()
            if not m["word"] and (latin == latin_other or latin and other not in found):
                continue  # 陈大文（李明）, 陳大文（Peter Chan）'s script decides; Anna Lee（李安娜） only when the tagger named 李安娜
            if not m["word"] and not latin and not regex.fullmatch(_LATIN_PERSON, other):
                continue
            inside.append(m.span("other"))
            mains.add(name)
            if (other in found or other.isascii()) and other not in other_of:
                other_of[other] = name  # a Latin name the tagger did not call one (古拉（Kulasegaran）) is no less the person's
    if not other_of and not inside:
        return names, {}

    def within(name: str) -> bool:  # a piece of another name the tagger took for a name (史|马克 of 史马克) and only there
        spots = occurrences(text, name)
        return bool(spots) and all(any(a <= s and s + len(name) <= b for a, b in inside) for s in spots)

    people = (names | mains) - set(other_of)
    return {n for n in people if n in mains or not within(n)}, other_of


def _all_mentions(doc: Doc, text: str, names: set[str]) -> list[Span]:
    """Every occurrence of a known name that sits on token boundaries: a name tagged once is that name everywhere."""
    spans = []
    if not names:
        return spans
    for start, end, _ in find_names(text, names):
        span = doc.char_span(start, end, label="PER")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory("zh_entities", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)
