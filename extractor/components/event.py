"""Component `zh_event`: the article's main event (name, kind, edition, theme, dates, place, organisers, segments).

Sets `doc.spans["event"]` (the name mention) and `Doc._.event` (a `models.Event`).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extractor import regex_cache
from extractor.components import WordsByEnd, occurrences, organizations, text_of
from extractor.dates.durations import find_durations
from extractor.lexicon.organizations import GENERIC_BODIES, INDUSTRY_ENDINGS, INSTITUTION_VENUE_ENDINGS, NOT_ORG_ENDINGS, SUFFIXES, VENUE_ENDINGS
from extractor.lexicon.gazetteer import (WORLD_REGIONS, CITY_STATES, SINGAPORE_PLACES, STREET_ENDINGS, MALAYSIA_STATES, MALAYSIA_TERRITORIES, MUNICIPALITIES, PROVINCE_CITIES, SAR_PLACES,
                                        TAIWAN_PLACES, WORLD_CITIES)
from extractor.lexicon.dates import BRACKETED_DAY, DAY_NUMBER
from extractor.lexicon.regions import REGION_PREFIXES
from extractor.lexicon.titles import HEAD_POSITIONS
from extractor.lexicon.events import (ROUTE_NOUNS, INVESTOR_WORDS, CONTEST_NOUNS, CONSULTATION_WORDS, WORK_LAUNCHES, DRILL_WORDS, SITTING_BODY_ENDINGS, BALLOT_WORDS, RELEASED_WORKS, SIDE_EVENTS, BARE_ACTS, CASE_WORDS, GENERAL_MEETINGS, MEMBERS_MEETINGS, MODAL_WORDS, SITTING_OCCASIONS, LEGISLATURES, SITTING_ASSEMBLIES, CLOSING_VERBS, CONTRACTED_WORDS, GATHERINGS, GENERIC_MODIFIERS, HELD_VERBS, ISSUED_VERBS, KINDS, MODIFIED_NOUNS, PLAN_NOUNS, OBJECT_VERBS, ANNUAL_SESSIONS, BESIDE_ENDINGS, CEREMONIAL_ACTS, TRADE_ENDINGS, HOLDER_DESCRIPTOR_KINDS, HOLDER_TRADE_ENDINGS,
                                      BRANCH_ENDINGS, COMMUNITY_DRIVES, DOORS_OPENING, HELD_ACTIVITIES, OPENING_PRESIDED, UNLISTED_ACTIVITIES,
                                      PERFORMANCE_NOUNS, NOT_EVENT_BEFORE,
                                      FIGURES_WORDS, RESULTS_WORDS, ECONOMY_TOPICS, STATISTICS_HOLDERS, NOT_HELD_WORDS, OCCASION_WORDS, OPENED_VERBS, OPENING_WORDS, ORGANIZER_ENDINGS, OTHER_NEWS_WORDS, EXHIBITION_NOUNS, JOB_FAIR_GATHERINGS, JOB_FAIR_MEETINGS, JOB_FAIR_WORDS, TRIP_WORDS, ANNUAL_WORDS, SCREENINGS, TRAVEL_FAIR_WORDS, TEMPLE_ENDINGS,
                                      PAIRED_KINDS, PAST_WORDS, PRESS_SORTS, READINGS, SHOW_WEEKS, SITTING_ACTS, LATER_WORDS, GROUNDS_ENDINGS, POSTED_AFTER, ROUTINE_HOLDERS, TOLD_VERBS, JUST_HELD_VERBS, JUST_HELD_WORDS, ROUTINE_MEETINGS, PRETEXT_AFTER, STANDING_DISPLAYS, RUNNING_VERBS, SEGMENT_WORDS, STEP_WORDS, TOLD_AT, PURPOSE_VERBS)
from extractor.normalise import analysis_text, detect_script, to_simplified, to_traditional
from extractor.numbers import parse_number
from extractor.organization_names import DEPARTMENT_END, GENERIC_SCOPE, KIND_IN_APPOSITION, ORG_SUFFIX, is_organization
from extractor.patterns import HAN, alternation, in_order
from extractor.word_tags import pos_tokenizer
from models import Event, Figure, Organizer, Place

_KEYWORD = regex_cache.compile("(?:" + "|".join(
    (f"(?<![{NOT_EVENT_BEFORE[word]}])" if word in NOT_EVENT_BEFORE else "") + regex.escape(word) for word in sorted(KINDS, key=len, reverse=True)
) + ")(?![路街])")
"""An event word, not one that opens a street's ending (乌节路, 会展路: a street named after it)."""
_LAST_KEYWORD = regex_cache.compile("(?:" + alternation(KINDS) + ")$")
_NAMED_BY = r"(?:第[\d一二三四五六七八九十百零〇两]+届|首届|(?:19|20)\d{2}|国际|\d+周年)"
_WEEK = (r"(?<=" + _NAMED_BY + r"[^，。；：！？、\s]{0,16}\p{Han}{2})(?<![第一二三四五六七八九十两几每本上下这该同前后整金首当次全隔逐数多近\d])"
         r"周(?![年末边期岁内刊报围二三四五六天]|一(?![连連])|日(?!前))")
_WEEK_OR_FEAST = (_WEEK + r"|(?<=" + _NAMED_BY + r"[^，。；：！？、\s]{0,16}\p{Han}{2})(?<![婚喜寿私国]|(?<![百千万])家)宴(?![请会客席厅])"
                  r"|(?<=(?:第[\d一二三四五六七八九十百零〇两]+届|首届)[^，。；：！？、\s]{0,16}\p{Han}{2})饭(?![店堂局盒菜钱票])"
                  r"|(?<=(?:(?:\d+|[一二三四五六七八九十百]+)周年|百年|[金银钻]禧)(?:校庆|院庆|会庆|庆祝|纪念|志庆){1,2})(?:茶会|开放日)")
"""A week of events (2026某某创新周, 第七届某某机械工业周) or a community feast (第十二届重阳敬老联欢宴, 2026新春千人宴,
某会75周年会庆联欢宴; 第五届团圆饭 by its edition only) named by its edition, its year, 国际 or an anniversary: 周, 宴 or 饭 ends
the name, and so do a tea party or open day right after an anniversary's celebration (成立40周年庆祝茶会, 创校50周年校庆开放日),
though none is an event word of KINDS (周 alone is 周年, 每周, 第三周, 首周, 周末, 周边 or a surname; 宴 alone is 宴请,
宴会厅 or a family's 婚宴, 寿宴). Its kind is `other` (a trade week of exhibitors an `expo`, `_week_kind`)."""
_JOB_FAIR_END = "(?:" + alternation(JOB_FAIR_MEETINGS) + ")会"
"""A job fair named by what is done at it (双选会, 求职会): an event word though no kind's word closes it."""
_NAME_END = regex_cache.compile(_JOB_FAIR_END + "|" + _KEYWORD.pattern + "|" + _WEEK_OR_FEAST)
_WEEK_END = regex_cache.compile(_WEEK)
_EXHIBITORS = regex_cache.compile(r"参展|展商|展位")
"""A sentence that tells of exhibitors: a week of events it names (…智慧农业周, …机械工业周) is a trade show, an `expo`."""
_VERB_TAGS = frozenset({"v", "vd", "vn", "ad", "d"})
_GENERIC_TAGS = frozenset({"r", "a", "q", "d", "ad", "f", "u", "c", "p", "w"})
_NAME_CHARS = regex_cache.compile(r"[\p{Han}\dA-Za-z()（）·—\-“”「」《》 ]")
_STOP = regex_cache.compile(
    r"^.*(?:在|的|于|由|举办|举行|召开|开展|合办|联办|主办|承办|协办|出席|参加|主持|赴|前往|为|是|了|将|以|至|从|迎来|开幕|闭幕|落幕|(?:(?<!\d\d)\d|[一二三四五六七八九十])日(?:电|讯)?|[社网报台](?:电|讯)|(?:电|讯)[）)】]|今|昨|上午|下午|晚上|期间|本届|本次|今年|随着|当天|当日|参观|届时|假|宣布|获悉|透露|表示)"
)
_EDITION = regex_cache.compile(r"第(?P<n>[\d一二三四五六七八九十百零〇两廿卅]+)届|^(?P<n>[\d一二三四五六七八九十百零〇廿卅]+)届|(?P<first>首)届")
_TOLD_AT = regex_cache.compile("(?:" + in_order(TOLD_AT) + r")\p{Han}{0,4}$")
"""A results briefing (业绩说明会, 年报发布会, 投资者交流会): held by its company in a sentence of its own (X在上海举行2025年中期
业绩发布会。董事长…出席) a `press` event the page reports; in a sentence that tells the results (召开业绩说明会，实现净利润…)
where a company's news is told, not an event."""
_TOLD_IN_SENTENCE = regex_cache.compile("(?:" + in_order((*TOLD_AT, *INVESTOR_WORDS)) + r")\p{Han}{0,4}$")
"""A results or investor briefing (业绩说明会, 法人说明会) whose own sentence tells the results: no event."""
_FIGURES_TOLD = regex_cache.compile(in_order(w for w in FIGURES_WORDS if w not in TOLD_AT) + "|利润|收入")
"""Words of results told in the briefing's own sentence (净利, 营业收入, 同比): the sentence reports the results."""
_EDITION_NUMBER = regex_cache.compile(r"第[\d一二三四五六七八九十百零〇两]+届|首届")
"""An edition's number (第八届, 首届): two different ones name two editions of an event."""
_EDITION_INSIDE = regex_cache.compile(r"第[\d一二三四五六七八九十百零〇两]+届|首届|(?<!\d)(?:19|20)\d{2}(?!\d)")
"""An edition or a year inside a run before an event word: a verb that opens the run before it (介绍2025…马拉松) is not the name's."""
_OPENING = regex_cache.compile(r"^[^，。；：]{0,20}?(?:" + in_order(OPENING_WORDS) + ")(?!期间|之际)")
"""A verb right after an event's name that reports it held or opening; 举行期间 makes the event the time of something else."""
_OPENING_PAST_COMMA = regex_cache.compile(r"^(?:[（(][A-Za-z\p{Han}\s]{2,20}[)）])?[，,]\s*(?=昨|今|前|明|本|上|下|日前|近日|[\d（(]|[一二三四五六七八九十]+日|在|于|於)" + _OPENING.pattern[1:])
"""The same verb after a comma that sets the long subject apart, in a clause that opens with its time or place
(由A主办的X，昨天（7月11日）在Y举行)."""
_WEEKDAY_AFTER = r"(?:\s*[（(](?:周|星期|礼拜)[一二三四五六日天][)）])?"
_DATE_VERB = regex_cache.compile(_WEEKDAY_AFTER + r"(?:\s*[)）]?\s*起|[)）]?[^，。；、）]{0,20}?(?:" + in_order(OPENED_VERBS) + "))")
"""What follows the event's first day: a verb of opening or holding, or 起 (28日起公开展出); the day may be a weekday's,
bracketed (本周六（5月10日）启动), or spell out its weekday in brackets (19日（星期六）举行)."""
_CLOSING_AFTER = regex_cache.compile(r"[^，。；]{0,20}?(?:" + in_order(CLOSING_VERBS) + ")")
_WEEKDAY_BEFORE = r"(?:(?:本|下)?(?:周|星期|礼拜)[一二三四五六日天]\s*[（(])?\s*"
"""A weekday that a bracketed day spells out (至本周日（6月15日）)."""
_END_BEFORE = regex_cache.compile(r"(?:" + in_order(RUNNING_VERBS) + r")?(?:至|到)\s*" + _WEEKDAY_BEFORE + "$")
_LASTS_UNTIL = regex_cache.compile(r"(?:" + in_order(RUNNING_VERBS) + r")(?:至|到)\s*" + _WEEKDAY_BEFORE + "$")
_RELATIVE_DAY = regex_cache.compile(r"(?P<day>[今昨明])(?:天|日|早|晨|晚|(?=" + in_order(HELD_VERBS) + r"))(?![\d（(])|(?P<day>即)日起"
                           r"|(?P<day>[昨今])(?=[今明][两兩][天日])|(?P<day>前)[天日](?![\d（(前])")
"""今天, 昨举行, 即日起, 前天 (two days before the page), and the first of two named days (今明两天, 昨今兩日), whose length
gives the end."""
_ALIAS_AFTER = regex_cache.compile(r"[”」』]?[（(](?:简称|下称|以下简称)?[“「]?(?P<alias>\p{Han}{2,8})[”」]?[)）]")
_THIS_EVENT = regex_cache.compile(r"(?:本届|本次|此次|这次|今届|是次|今次)\p{Han}{0,6}?(?:" + alternation(KINDS) + ")|(?:本|此|该)展(?![区馆位厅])")
"""The event named by a demonstrative and an event word (本届博览会, 本次活动, 是次赛事 in Hong Kong and Macau; 本展, an exhibition's own word for itself)."""
_DAY_OFFSET = {"前": -2, "昨": -1, "今": 0, "明": 1, "即": 0}
_MAX_MENTION_SENTENCES = 50
_QUOTED_THEME = r"[“「『](?P<theme>(?:[^”」』“「\n]|[“「][^”」\n]{0,40}[”」]){1,80}?)[”」』]"
_THEME_NOUN = r"(?:年度主题|主题|主轴|主线|题)"
_THEMES = (
    regex_cache.compile(r"以\s*" + _QUOTED_THEME + r"\s*为" + _THEME_NOUN + r"(?P<after>的?)"),
    regex_cache.compile(r"主题(?:(?:为|是)\s*[：:]?|[：:])\s*" + _QUOTED_THEME + r"(?P<after>)"),
    regex_cache.compile(r"(?:本届|本次|此次|今年|该)\p{Han}{0,8}?(?:会|论坛|峰会|展|节|活动)\s*以(?P<theme>[^，。；：“”「」\n]{0,40}?(?:[“「][^”」\n]{1,8}[”」][^，。；：“”「」\n]{0,40}?){0,4})为(?:主题|题)(?P<after>)"),
    regex_cache.compile(r"(?:围绕|紧扣|聚焦)\s*" + _QUOTED_THEME + r"\s*(?:这一|的)?(?:主题|主线)(?P<after>)"),
)
"""The theme: 以“…”为主题 (or 主轴, 主线), 主题为“…” (主题：“…”), 本届论坛以…为主题, 围绕“…”主题; every part bounded."""
_ROLES = r"(?:主办|承办|协办|联办|合办|主催|共催)"
"""Role words of a credit (主办, 联办, and 主催/共催 of Japanese-style credits); 指导 and 支持 slots are read apart."""
_ROLE_SLOT = r"(?:活动|大会|会议|展会|论坛|赛事)?(?:主办|承办|协办|联办|合办|主催|共催|指导|支持)(?:机构|单位|方|当局)\s*(?:为|是|包括|：|:)|(?:活动|大会|会议|展会|论坛|赛事)?(?:主办|承办|协办|联办|合办|主催|共催|指导|支持)\s*[：:／/]"
"""A role's slot in a list of credits: 主办单位为, 承办方是, 协办单位：, 主办："""
_ORGANIZING_VERB = r"(?:联合主办|共同主办|参与主办|联合举办|共同举办|主办|举办|承办|协办|合办|(?<!中)联办|筹办|统筹|指导|支持|赞助|主催)"
_BRACKET = r"[（(][^（）()\n]{1,40}[)）]"
"""A bracketed alias or English name inside a list of bodies (A（简称“甲”，A1）与B): part of the list, commas included."""
_ORGANIZERS = regex_cache.compile(r"由(?P<names>(?:[^，。；：由（(]|" + _BRACKET + r"){2,120}?)(?:共同|联合|参与|携手|牵头|(?:发起|策划|倡议|筹划)并)?(?P<verb>" + _ORGANIZING_VERB + ")")
_FOLLOWING_ROLE = regex_cache.compile(r"[，、]\s*(?P<names>[^，。；：由]{2,80}?)(?:共同|联合|参与)?(?P<verb>" + _ORGANIZING_VERB + ")")
_CLAUSE_START = r"(?:^|(?<=[，。！？；：\n）)】」”]))\s*"
_BRACKETED_DAY = r"(?<=[天日昨今明早晨晚]|(?:周|星期|礼拜)[一二三四五六日天])(?:" + BRACKETED_DAY + ")"
"""The day written again in brackets after a relative day word or a weekday (今日（15日）, 昨天（7月10日）, 昨(二十日), 今早(11月8日),
昨晚（6月21日）, 周六（14日）, 星期五（13日））."""
_TIME_WORDS = (r"(?:" + DAY_NUMBER + r"日|[今昨明前][天日早晨晚]?|[（(]\d{1,2}[)）][日晚早晨]|" + _BRACKETED_DAY + r"|[上下中]午|晚上|早上|晚间|当天|当日|日前|近日"
               r"|起|(?:一连|连续)[\d一二三四五六七八九十两]{1,2}[天日]|\s){0,6}")
_CLAUSE_GOES_ON = r"(?:[今昨明][天日早晨晚]|[（(]?\d{1,2}[)）]?日|在|将|已|召开|举行|举办|表示|介绍|指出|透露)"
"""Where a body named in apposition to its role ends (主办单位X今日召开…, 主办方X表示): a time word or the clause's verb."""
_PLAIN_ORGANIZERS = (
    regex_cache.compile(_CLAUSE_START + r"(?P<names>[^，。；：\n由]{2,60}?)(?:(?:在|于)[^，。；：\n]{1,20}?)?(?:联合|共同|参与|携手|联手)(?P<verb>举办|主办)"),
    regex_cache.compile(r"(?P<verb>" + _ROLES + r")(?:(?:机构|单位|方|当局)\s*(?:分别)?(?:为|是|包括|：|:)?|\s*[：:／/])\s*(?P<names>(?:[^，。；：\n（]|（[^（）\n]{1,30}）(?=\s*(?:[、和及与]|以及)))"
                  r"{2,60}?)(?=（(?![^（）\n]{1,30}）\s*(?:[、和及与]|以及))|[，。；\n）)]|于|$|\s{2,}|\s*" + _ROLE_SLOT + "|" + _CLAUSE_GOES_ON + ")"),
    regex_cache.compile(r"(?P<verb>主办|承办|协办)(?:方|单位)(?P<names>[^，。；：\n（]{2,30}?)(?=表示|介绍|指出|称|透露|负责人|相关负责人|"
                  r"(?:副|总|常务|执行)?(?:" + alternation(HEAD_POSITIONS) + r")\p{Han}{2,4}(?:表示|介绍|指出|称|透露|说|致辞))"),
    regex_cache.compile(_CLAUSE_START + r"(?P<names>[^，。；：\n由]{2,60}?)(?:作为|担任|为|是)(?:(?:本次|本届|此次|今年|该)[^，。；：的]{0,10}的)?"
                  r"(?:本次|本届|此次|活动|大会|赛事)?(?P<verb>主办|承办|协办)(?:方|单位)"),
    regex_cache.compile(_CLAUSE_START + r"(?P<names>[^，。；：\n由]{2,60}?)负责(?P<verb>主办|承办|协办)"),
    regex_cache.compile(r"(?:^|(?<=[，；]))\s*(?P<names>[^，。；：\n由的]{2,40}?)(?:共同|联合)?(?P<verb>主办|承办|协办|联办|合办)(?=[，。；]|$)"),
)
"""The last pattern: a clause that is only a body and its role, after the event's clause (<event>今日开幕，X承办。) or
opening a sentence of such clauses (<event>今日开幕。X主办，Y承办。)."""
_CREDIT_SENTENCE = regex_cache.compile(r"(?:\s*[^，。；：\n由的]{2,40}?(?:共同|联合)?(?:主办|承办|协办)[，；]?)+\s*[。；]?")
"""A sentence of bodies and their roles only (X主办，Y承办。): it credits the event of the sentence before."""
_ROLE_OPENING = regex_cache.compile(r"\s*据?(?:主办|承办|协办)(?:单位|方|机构)")
"""A sentence opening with a role and its body (主办单位X表示, 承办方X负责人介绍) after the event is named: its organiser."""
_PAST = regex_cache.compile(alternation(w for w in PAST_WORDS if w != "曾") + r"|曾(?=由|于|在|与|和|联合|共同|主办|承办|举办|合办)")
"""Words that put an organising verb in the past (首届论坛曾由X主办, 去年由X主办的): another edition's organiser."""
_HOLDER_MODIFIERS = (r"(?:" + DAY_NUMBER + r"[日月]|(?:上|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|(?<=[日)）])[早晚]|[今昨明前][天日早晨晚]?|[（(]\d{1,2}[)）][日晚早晨]|" + _BRACKETED_DAY + r"|[上下中]午|晚上|早上|晚间"
                     r"|当天|当日|日前|近日|近期|今年|本年|本月|本周|下月|下周|年内|起|(?:一连|连续)[\d一二三四五六七八九十两]{1,2}[天日]"
                     r"|(?:今明|明后|今明后)[两三][天日]|[（(]\d{1,2}(?:[及和至到、-]\d{1,2})+日[)）]"
                     r"|将|拟|于(?=[\d一二三四五六七八九十今明本下近])|隆重|正式|盛大|成功|联合|共同|牵头|首次|首度|再次|再度|特别|特地|专门"
                     r"|精心|如期|顺利|组织|继续|临时|紧急|又|再|也|\s){0,6}")
"""What stands between a holding body and its verb, before and after the place: time words (8日, 9月6日, 今年, 本月, 周六, 昨（十一日）晚,
the days of a two-day holding: 今明两天(26及27日)) and
adverbs (再度, 首度, 特别, 将于)."""
_HOLDER = regex_cache.compile(
    _CLAUSE_START + r"(?P<names>(?:[^，。；：！？\n由（(]|" + _BRACKET + r"){2,40}?)" + _HOLDER_MODIFIERS + r"(?:(?:在|于|假)(?:(?!年的)[^，。；！？\n]){1,20}?)?"
    + _HOLDER_MODIFIERS + r"(?:为[^，。；！？\n为]{1,24}?)?"
    + r"(?P<verb>(?:举办|主办|合办|联办|承办|筹办|主催)(?:了|的)?|(?:举行|召开|开展)了?(?!的)|(?<=为[^，。；！？\n为]{1,24})主持了?(?!的))"
)
"""A clause whose subject holds the event: X今日在Y举办 <the event>, 国务院18日上午在北京举行 <the event>, X举办的 <the event>,
X今日为“某某计划”举行 <the event>, X周六为新建的Y主持 <the ceremony> (a body that presides for a place it opens; a guest who
主持 with no 为 clause is not the holder) (but X在Y举行的 <the event> is where the event is held, X's verb comes after)."""
_LATE_VERB = regex_cache.compile(
    r"[，,]\s*(?:并|还|也|又)?" + _HOLDER_MODIFIERS + r"(?:(?:在|于)[^，。；！？\n]{1,20}?)?" + _HOLDER_MODIFIERS
    + r"(?:热闹|热烈|隆重|盛大|正式|特别|共同|联合|成功|精心|顺利)?(?P<verb>(?:举办|举行|召开)了?)(?!的)"
)
"""A clause that is only a holding verb and its object, with time words, a place and adverbs before it (…，隆重举办了
<the event>; …，12日在X举办 <the event>): its subject is an earlier clause's."""
_SUBJECT_CLAUSE = regex_cache.compile(
    r"\s*(?P<names>[^，。；：！？\n由的]{2,60}?)" + _HOLDER_MODIFIERS + r"(?:(?:在|于)[^，。；！？\n]{1,20}?)?" + _HOLDER_MODIFIERS
    + r"(?:为了?(?:" + in_order(PURPOSE_VERBS) + r")[^，。；！？\n]{1,24}|以[“「][^”」\n]{1,30}[”」]为(?:主题|题))?"
)
"""A clause that is only a body, its time and its place (A于5月8日上午在B, A联手B), or a body and its purpose (A为庆祝成立60周年,
A为筹募发展基金): the subject of a later holding verb."""
_MAX_CLAUSES_BETWEEN = 4
_NOT_A_BODY_END = regex_cache.compile("(?:" + alternation(e for e in NOT_ORG_ENDINGS if not _KEYWORD.search(e)) + ")$")
"""Endings of what is no organisation (代表团, 酒店, 广场), event words left to the name's own check (青年会 is a body)."""
_CLAUSE_VERB = regex_cache.compile(r"联合|联同|会同|携手|联手|邀请|邀集|集结|组织|动员|率领|带领|面向|围绕|结合|依托|借助|通过|协同|汇聚|吸引|以|为|与|和|同|向|对|并|还")
"""A verb or preposition opening a clause (联合本地金融机构, 邀请各界代表): no subject, the clause tells what the holder did;
so does a clause with an aspect particle (拜访了当地商会)."""
_THIS_ONE = regex_cache.compile(r"(?:本届|本次|此次|这次|今届|是次|今次)")
"""The event named by a demonstrative after a holding verb (X承办本次比赛): the page's event."""
_ORGANIZER_ONLY = regex_cache.compile(r"(?:主办|合办|联办|承办|筹办|主催|举办)(?:了|的)?$")
"""A holding clause whose verb only an organiser does (X与Y合办的 <the event>): its subject is a slot only bodies fill."""
_LEAD_THEN_OTHERS = regex_cache.compile(r"(?:由|" + _CLAUSE_START + r")(?P<names>[^，。；：\n由]{2,60}?)牵头[，、]\s*[^，。；：\n由]{2,80}?"
                               r"(?:参与|共同|联合)(?P<verb>主办|承办|举办)")
"""A leading body, then the others in the next clause (由A牵头，B、C参与主办): the leader organises it too."""
_ROLE_OF = {"主办": "organizer", "举办": "organizer", "联合主办": "organizer", "共同主办": "organizer", "参与主办": "organizer",
            "联合举办": "organizer", "共同举办": "organizer", "合办": "organizer", "主催": "organizer", "筹办": "organizer",
            "统筹": "organizer", "共催": "co-organizer",
            "承办": "host", "协办": "co-organizer", "联办": "co-organizer"}
"""Verbs that make a body an organiser; 指导, 支持 and 赞助 (guided, supported, sponsored by) parse as roles of the list
but name no organiser."""
_DATELINE_LEAD = regex_cache.compile(
    r"(?:" + DAY_NUMBER + r"日(?:电|讯|\s)|本报讯|本网讯|[／/]\p{Han}{2,6}报[导道]|[（(【〔]\p{Han}{1,6}讯)\s*[）)】〕]?\s*"
)
"""A dateline before the first clause (新华社北京5月8日电, 〔记者X／东湖报导〕, （澳门讯）): what precedes the holding body."""
_SENTENCE_HEAD = regex_cache.compile(r"\s*(?:" + _DATELINE_LEAD.pattern + r")?(?:(?:\d{1,2}月)?" + _TIME_WORDS + r"[，,])?\s*")
"""What may open a sentence before the body that holds its event (本报讯 5月30日上午，X举行…): the body is the sentence's
subject, a slot only bodies fill, so a library, a branch or a shop (X图书馆, X分店, X茶坊) holds it."""
_ORGANIZER_END = regex_cache.compile("(?:" + alternation({*SUFFIXES, *VENUE_ENDINGS, *ORGANIZER_ENDINGS, *TEMPLE_ENDINGS})
                               + r")$|\p{Han}[市县省州]$")
_TEMPLE_END = regex_cache.compile(r"\p{Han}{2}(?:" + alternation(TEMPLE_ENDINGS) + ")$")
_TRADE_END = regex_cache.compile("(?:" + alternation({*TRADE_ENDINGS, *INDUSTRY_ENDINGS, *HOLDER_TRADE_ENDINGS}) + ")$")
_DESCRIBED_TRADE_NAME = regex_cache.compile(r".+(?:" + alternation(HOLDER_DESCRIPTOR_KINDS) + r"|的)(?P<name>(?![全本该各我此其旗])\p{Han}{2}(?:"
                                      + alternation({*TRADE_ENDINGS, *INDUSTRY_ENDINGS, *HOLDER_TRADE_ENDINGS}) + "))")
"""A company's bare trade name after a descriptor that ends in its kind of business or in 的 (本地晶圆代工商|东灵半导体,
管理资产规模达1,200亿港元的|嘉岚资产管理): in a slot only bodies fill, the name without the descriptor."""
_NO_PROPER_NAME = regex_cache.compile(r"[全本该各我此]")
"""A determiner opening a phrase (全市文化, 本地传媒): a kind of body, not one named by its trade."""
_CREDIT_LINE = regex_cache.compile(r"\s*(?:活动|大会|会议|展会|论坛|赛事)?" + _ROLES + r"(?:机构|单位|方|当局)?\s*[：:]")
_SLOT_OPENING = regex_cache.compile(r"\s*[（(]?\s*" + _ROLE_SLOT)
"""A sentence that opens with a role's slot (主办单位为…, 指导单位：…；主办单位：…, （主办单位：…）) lists the event's bodies."""
_PERFORMANCE_OPENING = regex_cache.compile(r"\s*(?:本次|本届|此次|这次|是次|今次|该场?|今年的?)?(?:" + in_order(PERFORMANCE_NOUNS) + ")")
"""A sentence about the event by what is performed or played in it (演出由…主办, 比赛由…承办)."""
_FOOTER = regex_cache.compile(r"版权|版權|ICP|备案|Copyright|©|网站|网站地图|联系我们|技术支持")
"""Words of a page footer: a 主办 line next to them credits the site, not the event."""
_MAX_ORGANIZER_SENTENCES = 20
_SELF = regex_cache.compile(r"[我本]\p{Han}$")
"""A body naming itself (我会, 本校): not a name."""
_EVENT_WORD_END = regex_cache.compile("(?:" + _KEYWORD.pattern + ")$")
"""An event word ending a name (农博会), not one inside a body's name (青年会, see NOT_EVENT_BEFORE)."""
_COUNTRY = regex_cache.compile(r"中国|全国|国际|中华|世界|全球|海内外|两岸|亚洲|欧洲|非洲|美洲|拉美|北美|南亚|东南亚|东北亚|中东|东盟|亚太"
                         r"|[中台][日美俄韩法德英欧非印澳加泰越朝蒙巴意新马]|港澳台?|粤港澳|京津冀|长三角|珠三角|大湾区|海峡")
"""Words for no one place: countries as the whole, world regions, two places' abbreviations joined (中日, 台日, 港澳) and
regions of several cities (长三角, 大湾区)."""
_MUNICIPALITY = regex_cache.compile(alternation((*(m for m in MUNICIPALITIES if len(m) > 1), *SAR_PLACES)))
_PROVINCE = regex_cache.compile(r"(?:省|自治区)$|^(?:" + alternation((*PROVINCE_CITIES, *(m for m in MUNICIPALITIES if len(m) > 1), *SAR_PLACES, "台湾")) + ")$")
"""A province-level place: a province's name (from the gazetteer, 江苏) or a word ending in 省/自治区, a municipality, a SAR or Taiwan."""


class EventComponent:
    """Finds the event the article reports and its frame."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        source = doc._.source_text or text
        words = WordsByEnd(doc)
        found = main_event_name(text, words, [(p.start_char, p.end_char) for p in doc.spans.get("people", [])])
        unnamed = unnamed_event(text, words) if found is None or not _is_held(text, found[:2]) else None
        if found is not None and unnamed is not None and unnamed[0] < found[0]:
            found = None  # 舉行新聞發佈會，公佈「某某」活動詳情: the conference held, not the scheme it announces
        elif found is not None:
            unnamed = None
        topic = _press_topic(text, unnamed[0]) if found is None and unnamed is not None and unnamed[2] == "press" else None
        if topic is not None:  # 召开防汛救灾工作新闻发布会, 召開颱風災情記者會: the conference named by its topic
            found, unnamed = (topic, unnamed[1], topic), None
        if unnamed is not None and unnamed[2] == "meeting" and _NAMED_BY_YEAR.match(text, unnamed[0]) \
                and _GENERAL_MEETING.fullmatch(text, unnamed[0], unnamed[1]):
            found, unnamed = (unnamed[0], unnamed[1], unnamed[0]), None  # 召开2025年年度股东大会: written with its year, its name
        named = _named_later(text, unnamed[2]) if unnamed is not None else None
        if named is not None:  # 签署17项协议。这场“某某签约仪式”由…主办: the lead's event, named after it, dated by the lead
            found, unnamed = (*named[:2], unnamed[0]), None
        public = public_body_event(text, words) if found is None else None
        if public is not None and (unnamed is None or public[0] < unnamed[0]):  # 2026年某市防汛演练在…举行, 某局今日起展开公众咨询
            found, unnamed = ((public[0], public[1], public[0]), None) if public[3] else (None, public[:3])
        public_kind = public[2] if public is not None and public[3] and found is not None and found[0] == public[0] else None
        if found is None and unnamed is None:
            doc._.event = None
            doc.spans["event"] = []
            return doc
        start, end, first = found or (*unnamed[:2], unnamed[0])
        name = text[start:end]
        span = doc.char_span(start, end, label="EVENT", alignment_mode="expand") if found else None
        doc.spans["event"] = [span] if span is not None else []
        when = _event_dates(doc, start, end, first)
        organizers = _organizers(text, source, start, end, {o.text for o in organizations(doc)})
        if public is not None and not organizers and _CONSULTATION.match(text, public[0]):
            organizers = _consulting_body(text, source, public[0], {o.text for o in organizations(doc)})
        business = opening_business(text, start) if not found and not organizers else None
        if business:  # 某茶坊旗艦店今日開幕，縣長剪綵: the business opens its outlet
            organizers = [Organizer(name=_source_form(text, source, business), role="organizer")]
        if not found and not organizers and (sits := _SITS_ITSELF.search(text, _sentence(text, start, end)[0], end)) and sits.end() == end:
            organizers = _split_organizers(source, sits.start("names"), sits["names"], "主办", {o.text for o in organizations(doc)}, named=True)
        if not found and unnamed[2] == "meeting":  # 立法會舉行大會: a legislature sits, it does not organise its sitting
            organizers = [o for o in organizers if not to_simplified(o.name).endswith(LEGISLATURES)]
        doc._.event = Event(
            name=source[start:end] if found else None,
            name_span={"start": start, "end": end, "text": source[start:end]} if found else None,
            kind=public_kind or (_week_kind(text, start, end) if found else unnamed[2]),
            edition=edition_of(name) if found else None,
            theme=_theme(text, source, start, end) if found else None,
            start=when[0],
            end=when[1],
            location=_place(doc, start, end, first, source, organizers),
            organizers=organizers,
            segments=_segments(doc, source),
            attendance=_attendance(doc, source, start, end),
        )
        return doc


_THIS_ONE_NAMED = regex_cache.compile(r"(?:这场|此次|本次|这次|是次|本届)[“「『]([^“”「」『』\n]{4,40})[”」』]")
"""An event pointed back to and named in quotation marks (这场“某某签约仪式”, 是次「某某論壇」)."""


def _named_later(text: str, kind: str) -> Optional[tuple[int, int]]:
    """The name a page gives the unnamed event of its lead further on, pointing back to it (…签署17项协议。这场“新加坡—广东经贸
    合作签约仪式”由…主办): the first such name of the same kind."""
    for m in _THIS_ONE_NAMED.finditer(text):
        if event_kind(m.group(1)) == kind:
            return m.start(1), m.end(1)
    return None


_NOT_EVENT_AFTER = regex_cache.compile(r"^上?(?:" + in_order(POSTED_AFTER) + r")|^(?:" + in_order(MODIFIED_NOUNS) + r")|^[”」』》]?(?:" + in_order(PLAN_NOUNS) + r")|^(?:展位|摊位|服务|有限|公司|集团|中心|展览中心|馆|厅|室|大厦|场馆|秘书处|常设|组委会|委员会|办公室|执委会|理事会|主席|秘书长|代表|会员|精神)|^[”」』]\s*为(?:主题|题)")


_INDEFINITE = regex_cache.compile(r"(?:[一多数几]|[\d二三四五六七八九十两百]+(?:余|多)?)(?:场|項|项|次|个|個)")
"""One or a number of events, not named (在一场社区对话会上, 共召开9场审查会议, 先后举行3次听证会): one of a kind, or a count of
sittings that says how much work was done."""
_VENUE_AFTER = regex_cache.compile(r"[^\P{Han}在于将由的和与及为到赴假从至向]{1,3}?中心")
"""A few characters and 中心 right after an event word (会展娱乐中心, 会展服务中心): a venue's name, not a preposition and a venue after
the event (论坛在会议中心举行)."""
_COUNTED_AFTER = regex_cache.compile(r"(?:[及、和与][^，。；！？\n]{1,6}?)?活动[\d一二三四五六七八九十百千万两][\d,一二三四五六七八九十百千万两]*(?:余|多)?(?:项|场|个|宗)")
"""Activities counted after the event words (举办会议及展览活动420项, 会展活动1,437项): a statistic of events, no event."""
_DECIDED_AFTER = regex_cache.compile(r"上?(?:审议通过|通过|作出|做出|提出|确定|部署)的")
"""An event named as the source of a decision or a goal (…代表大会通过的决议, 全会提出的目标): quoted, not reported."""


Words = WordsByEnd
"""The Doc's words by their end offset: (start offset, LAC tag)."""


_TOLD_DAY_AFTER = regex_cache.compile(r"[今昨明]\s*[（(]\s*\d{1,2}\s*[)）]\s*日")
"""A day told as 今（18）日 right after an event word: the word ends there, though the tagger joins it to 今 (设计|周今);
no word of the tagger's ends there (a verb such as 参展 does, and stays a verb)."""


def _is_event_word(start: int, end: int, words: Words, text: str = "") -> bool:
    """An event word ends a word of the text, and a verb that merely ends with it (参展, 观展) is no event; a longer word
    the tagger calls a verbal noun (旅游|节 as 旅游节) is a name's head."""
    word = words.get(end)
    return word is not None and not (word[0] < start and word[1] in _VERB_TAGS and (end - word[0] <= 2 or word[1] != "vn")
                                     and not text[word[0] : end].endswith((*EXHIBITION_NOUNS, *CONTEST_NOUNS)))



def _name_ends(text: str, words: Words) -> list[regex.Match]:
    """The event words that may end a name, and where one that is no word of the text overlaps one after it that is
    (校|庆典|礼 as 校庆|典礼), the one after."""
    ends = []
    for m in _NAME_END.finditer(text):
        ends.append(m)
        if words.get(m.end()) is None:
            ends.extend(o for o in _NAME_END.finditer(text, m.start() + 1, min(len(text), m.end() + 8), overlapped=True)
                        if o.start() < m.end() < o.end() and words.get(o.end()) is not None)
    return ends


def _candidates(text: str, words: Words) -> list[tuple[int, int]]:
    found = []
    for m in _name_ends(text, words):
        end = m.end()
        weekday = m.group().endswith("周") and words.get(end) is None and words.starts_word(end - 1) and text.startswith(("一连", "日前"), end)
        # 创新|周一|连三日, 科技|周日|前: the tagger joins a week's 周 to the day word after it
        if not (_is_event_word(m.start(), end, words, text) or weekday or words.get(end) is None and _TOLD_DAY_AFTER.match(text, end)) or _NOT_EVENT_AFTER.match(text[end : end + 8]):
            continue
        if _VENUE_AFTER.match(text, end):
            continue  # 旅游塔会展|娱乐中心, 峰会|新闻中心: the event word is inside a venue's name
        if _COUNTED_AFTER.match(text, end - 2 if m.group() == "活动" else end) or _DECIDED_AFTER.match(text, end):
            continue
        if _WORK_LAUNCH_END.search(text, max(0, end - 8), end):
            continue  # 《某某》新书推介会: a work's launch, unnamed (the title is the work's)
        start = end
        while start > 0 and _NAME_CHARS.match(text[start - 1]) and end - start < 60:
            start -= 1
        run = text[start:m.start()]
        stop = _STOP.match(run)
        if stop and stop.end() == len(run) and run.endswith(("开幕", "闭幕")) and m.group() in GATHERINGS:
            inner = _STOP.match(run, 0, len(run) - 2)  # 举办…新会所落成开幕晚宴: an opening's dinner, 开幕 is part of its name
            if inner is None or inner.end() < len(run) - 2:
                stop = inner
        if stop and run[stop.end() - 1] == "至" and _ROUTE_AFTER.match(run, stop.end()):
            inner = _STOP.match(run, 0, stop.end() - 1)  # 玉林至北流高速公路…开工仪式: 至 joins a route's two ends, the name opens with the first
            if _ROUTE_START.fullmatch(run, inner.end() if inner else 0, stop.end()):
                stop = inner
        if stop:
            start += stop.end()
        for verb in _OBJECT_VERB.finditer(text, start, m.start()):
            if words.get(verb.end()) == (verb.start(), "v") and _proper_word_at(text, verb.end(), words):
                start = verb.end()  # 推出澄州夏日…季, 亮相中国（岚山）…博览会: the verb taking the event is the clause's
        while start < m.start() and text[start] in " ）)":
            start += 1
        for edition in _EDITION_INSIDE.finditer(text, start + 1, m.start()):
            verb = words.get(edition.start(), (-1, ""))
            if verb[1] == "v" and verb[0] >= start and not ORG_SUFFIX.search(text, verb[0], edition.start()) and (verb[0] == start or _OPENS_A_NAME.match(text, edition.start(), m.start())
                                                        and _place_or_name_after(text, edition, words)):
                start = edition.start()  # 发布第三届…节, 车企亮相第九届…博览会, 推出2025楠江…季: the verb before an edition is not the
                # name's; a body's ending the tagger reads as a verb (…联合|总会 第30届年会) is the name's
        inside = _after_unclosed_quote(text[start:end])
        if inside and not (text[end : end + 1] in ("”", "」") and _HELD_BY_NAME.fullmatch(text[start : start + inside - 1])):
            start += inside  # 宣布「第五届…博览会」: the name starts inside the quote; 第八届「…论坛」 keeps its edition
        name = text[start:end]
        if m.group() == "活动" and text[m.start() - 1 : m.start()] in ("”", "」") and _LAST_KEYWORD.search(text, start, m.start() - 1):
            continue  # “…文化周”活动: the quoted name is the event's, 活动 only says it is one
        if any(words.get(start + at + 1) == (start + at, "u") for at in occurrences(name, "等")):
            continue
        if (name.startswith("经") or text[start - 1 : start] == "经") and _DECIDED_BY_AFTER.match(text, end):
            continue  # 经市人大会议批准, 经…常委会会议审议通过: the sitting is cited as the authority for a decision, not reported held
        if _INDEFINITE.match(name):
            continue  # 在一场社区对话会上宣布, 一項全國勞工大會: an event not named, one of a kind
        if _is_generic(start, m.start(), words) or (act := _action_word(text, m.start(), m.group())) is not None and act <= start or _TOLD_IN_SENTENCE.search(text, start, m.start()) and _FIGURES_TOLD.search(text, *_sentence(text, start, m.end())) or name.endswith(ROUTINE_MEETINGS) or name.endswith(STANDING_DISPLAYS) \
                or _COMPANY_MEETING_END.search(name) or _GENERAL_MEETING.fullmatch(name):
            # 股东周年大会, a bare 会员大会: a kind of general meeting, read by unnamed_event (named there by its year)
            continue
        shortest = 1 if m.group() in CONTRACTED_WORDS else 2  # 广交会, 东博会: one character and a contracted event word
        if len(name) < 2 + shortest or len(regex.findall(r"\p{Han}", text[start:m.start()])) < shortest:
            continue
        edition_after = _EDITION_BRACKETED_AFTER.match(text, end)
        if edition_after and edition_after["place"] and _region_of(edition_after["place"]) == (None, None):
            edition_after = None  # …（简称…）, …（下同）: a bracket of no place is no part of the name
        stop = _STOP_AFTER.match(text, end) if edition_after is None else None
        if stop and _region_of(stop["place"]) != (None, None):
            edition_after = stop  # …巡回演唱会广州站: a tour's stop, by its place, is part of the name as written
        session = _SESSION_AFTER.match(text, end) if m.group().endswith("会议") else None
        found.append((start, edition_after.end() if edition_after else session.end() if session else end))
    return found


_DECIDED_BY_AFTER = regex_cache.compile(r"(?:第[\d一二三四五六七八九十]+次)?(?:会议)?\s*(?:审议|讨论|表决|研究|审查)?(?:通过|批准|同意|决定|核准)")
"""What follows a sitting cited as the authority (经…会议|审议通过, 经…会议|批准): the decision it made."""


_ROUTE_START = regex_cache.compile(r"\s*\p{Han}{2,6}至")
_ROUTE_AFTER = regex_cache.compile(r"\p{Han}{2,6}?(?:" + in_order(ROUTE_NOUNS) + ")")
"""A route written A至B (玉林至北流高速公路, 屯门至赤鱲角连接路, 氹仔至深圳机场航线): 至 joins the two ends of a road, a
railway or a line, not a range of days, so it does not cut the name that opens with the first end."""


_SESSION_AFTER = regex_cache.compile(r"第[\d一二三四五六七八九十]+会期")
"""A sitting's session after its meeting's number (第十五届某州议会第三次会议|第二会期): part of the name."""


_OPENS_A_NAME = regex_cache.compile(r"第[\d一二三四五六七八九十百零〇两]+届|首届|(?:19|20)\d{2}年?")
_EDITION_BRACKETED_AFTER = regex_cache.compile(r"[（(](?:第[\d一二三四五六七八九十百零〇两]+届|\p{Han}{1,6}[站场]|(?P<place>\p{Han}{2,4}))[)）]")
"""An edition, a stop of a tour or a place in brackets right after the event word (…工业博览会（第二十五届）, …推介会（北京站）,
…商品展（澳门）): part of the name as written."""


_STOP_AFTER = regex_cache.compile(r"(?P<place>\p{Han}{2,4}?)站(?![台点长务内外前区])")
"""A stop of a tour written right after the event word without brackets (…巡回演唱会广州站, …巡演吉隆坡站): when what
stands before 站 is a place, part of the name as written, and the stop's city is the event's."""


_OBJECT_VERB = regex_cache.compile(in_order(OBJECT_VERBS))


def _proper_word_at(text: str, at: int, words: Words) -> bool:
    """A place, a body or a proper noun starts at `at` (澄州, 香港, 中国（岚山）): how a name opens."""
    if text.startswith(("中国", "全国", "国际", "海峡两岸"), at):
        return True
    for end in range(at + 1, min(at + 8, len(text)) + 1):
        word = words.get(end)
        if word is not None and word[0] <= at:
            return word[0] == at and word[1] in ("LOC", "ORG", "nz")
    return False


def _place_or_name_after(text: str, edition: regex.Match, words: Words) -> bool:
    """An edition (第九届, 首届) or a year followed by an edition, a place or a proper noun (2025楠江…, 2025年澄州…): how a name
    opens, so a verb before it (推出, 亮相, 启动) is the clause's, not the name's; a year followed by a common noun (推进2025年重点
    项目…) may be the name's own words."""
    if not edition.group().isdigit():
        return True
    after = _OPENS_A_NAME.match(text, edition.start()).end()
    if _OPENS_A_NAME.match(text, after) and not text[after].isdigit() or text.startswith(("中国", "全国", "国际"), after):
        return True
    for end in range(after + 1, min(after + 6, len(text)) + 1):
        word = words.get(end)
        if word is not None and word[0] <= after:
            return word[1] in ("LOC", "ORG", "nz", "PER")
    return False


def _action_word(text: str, at: int, word: str) -> Optional[int]:
    """Where the act a bare ceremony word names starts (揭牌|仪式, 动土|典礼, 啟用|典禮): two characters before 仪式 or 典礼
    say what is done, so a ceremony named by its act alone is a kind of ceremony, not a name; so do several acts and the
    new thing they are done to (捐赠移交|仪式, 新校舍上梁|仪式)."""
    if word not in _BARE_CEREMONY or at < 2 or not (HAN.fullmatch(text[at - 2]) and HAN.fullmatch(text[at - 1])):
        return None
    if _ANNIVERSARY_BEFORE.search(text, max(0, at - 12), at):
        return None  # 建校60周年校庆|典礼, 百年校庆|典礼: the ceremony is named by the anniversary it celebrates
    acts = _BARE_ACTS.search(text, max(0, at - 12), at)
    return acts.start() if acts else at - 2


_BARE_CEREMONY = ("仪式", "典礼")
_ANNIVERSARY_BEFORE = regex_cache.compile(r"(?:(?:\d+|[一二三四五六七八九十百]+)周年|百年|[金银钻]禧)(?:校庆|院庆|会庆|庆典|庆祝|纪念|志庆){0,2}$")
_BARE_ACTS = regex_cache.compile(r"(?:(?<=举行|举办|进行|了)新\p{Han}{1,3}?)?(?:" + alternation(BARE_ACTS) + "){1,3}$")
"""A run of acts, and the new thing they are done to right after the holding verb (举行|新会所动土|仪式)."""


def _after_unclosed_quote(name: str) -> int:
    """Offset just after the first quotation mark in `name` that is not closed in it (宣布「第五届…博览会 -> 第五届…博览会).

    >>> _after_unclosed_quote("宣布「第五届博览会"), _after_unclosed_quote("「数字」博览会")
    (3, 0)
    """
    opened: list[int] = []
    for i, ch in enumerate(name):
        if ch in "“「《":
            opened.append(i)
        elif ch in "”」》" and opened:
            opened.pop()
    return opened[0] + 1 if opened else 0


def _is_generic(start: int, word_start: int, words: Words) -> bool:
    """Only pronouns, adjectives, measure words and particles before the event word (各类展会, 多场活动, 大型论坛): a kind of
    event, not a name."""
    at = word_start
    while at > start:
        word = words.get(at)
        if word is None or word[1] not in _GENERIC_TAGS:
            return False
        at = word[0]
    return True


def _join_paired(text: str, start: int, end: int, words: Words) -> int:
    """`…推介会暨项目签约仪式`: a name joined by 暨 runs to the last event word before the clause goes on."""
    tail = regex.match(r"暨[^，。；：、\s]{1,40}", text[end : end + 41])
    if not tail:
        return end
    clause = tail.group()
    stop = regex.search(r"在|于|举行|举办|召开|开幕|上午|下午|(?:\d|[一二三四五六七八九十])日", clause[1:])
    if stop:
        clause = clause[: stop.start() + 1]
    ends = [k.end() for k in _KEYWORD.finditer(clause, overlapped=True) if _is_event_word(end + k.start(), end + k.end(), words, text)
            and not _NOT_EVENT_AFTER.match(clause[k.end():] + text[end + len(clause):end + len(clause) + 4])]
    if not ends and (act := _SITTING_ACT.match(clause)):
        return end + act.end()  # 第45届会员大会暨理事选举: the act the sitting is held for is part of its name
    return end + ends[-1] if ends else end


_SITTING_ACT = regex_cache.compile(r"暨\p{Han}{0,6}?(?:" + in_order(SITTING_ACTS) + ")")


def _quoted_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted name is the whole quoted text: with a subtitle (“…研讨会——…对话”) or a list inside it (“…礼品、家庭用品及玩具
    展览”). A name whose quotation mark closes right after it keeps the mark (第三届「海丝合作论坛」)."""
    inner = regex.match(r"[^“「”」]*[”」]", text[start:end])
    if inner:  # “母亲的|歌”慈善汇演: a name that opens with a quoted title runs from its opening mark, whatever cut it (的)
        opening = text.rfind("“" if inner.group()[-1] == "”" else "「", max(0, start - 30), start)
        if opening >= 0 and not regex.search(r"[，。；！？”」]", text[opening + 1 : start]):
            start = opening
    if start > 0 and text[start - 1] in _CLOSING_MARK:
        close = _CLOSING_MARK[text[start - 1]]
        at = text.find(close, end, end + 30)
        if at > 0 and not regex.search(r"[，。；]", text[end:at]):
            return start, at
    tail = regex.match(r"(?:19|20)\d{2}(?=[”」])", text[end : end + 5])
    if tail:  # “…联展2026”: a year written after the event word, inside the quotation marks
        end += tail.end()
    if text[end : end + 1] in ("”", "」"):
        opening = "“" if text[end] == "”" else "「"
        if _after_unclosed_quote(text[start:end]):
            return start, end + 1
        at = text.rfind(opening, max(0, start - 40), start + 1)
        if at >= 0 and not regex.search(r"[，。；！？”」]", text[at + 1 : start]):
            return at + 1, end
    return start, end


_QUOTED_ACTIVITY = regex_cache.compile(r"“[^“”「」]{2,30}”活动|「[^“”「」]{2,30}」活动")
"""A name that is one quoted title and a bare 活动 (“某某·开放日”活动): the title names the activity, 活动 is no part of it;
with more words before 活动 (“…”主题志愿服务活动) the name is as written."""
_CLOSING_MARK = {"“": "”", "「": "」", "《": "》"}
"""Marks that open a whole name, with a subtitle after its event word (“…论坛——…对话”, 《…论坛——…》)."""


_HELD_BEFORE = regex_cache.compile(r"(?<!(?:将|拟|计划|预计|预定|支持|鼓励|推动|引导|争取|力争|对|补助|资助|补贴|奖励|用于|适合)[^，。；]{0,8})(?<![可能])"
                            r"(?:出席|参加|举办|举行|召开|在)[^，。；]{0,6}$")
"""A verb of holding or attending right before the name, not one that says it will be (将于5月10日召开业绩说明会),
that a policy asks for (支持各地举办特色展会), that a subsidy is for (对举办国际性展会给予补贴, 补助企业参加国际展览) or that a
venue could serve (建成后可举办大型博览会)."""
_HOLDING_VERB_BEFORE = regex_cache.compile(r"(?:举办|举行|召开|主持)[^，。；]{0,6}$")
_HOLDING_VERB_AFTER = regex_cache.compile(r"[^，。；：]{0,8}?(?:举办|举行|召开)(?:了)?[“「]?")
_HELD_BY_NAME = regex_cache.compile(r"\d{4}|第?[\d一二三四五六七八九十百零〇两]+届|首届")
_CELEBRATED_BEFORE = regex_cache.compile(r"(?<![为為])庆祝(?:建校|创校|建院|成立|创立|创会|建会)?(?:\d+|[一二三四五六七八九十百]+)周年[，,]\s*$")
"""X昨晚在Y庆祝成立50周年，会庆晚宴筵开百席: the gathering right after the anniversary the body celebrates is held then; not
one a purpose clause opens (为庆祝成立50周年，…)."""
_NAMED_BY_ANNIVERSARY = regex_cache.compile(r"(?:建校|创校|建院|成立|创立|创会|建会)?(?:\d+|[一二三四五六七八九十百]+)周年|百年校庆|[金银钻]禧")
"""An event named by the anniversary it celebrates (建校90周年纪念大会, 成立50周年会庆晚宴, 金禧会庆), as by its edition: one
the page gives a day for (该校将于10月25日举行…) is held then."""
_PARAGRAPH = regex_cache.compile(r"[^\n]+")
_SENTENCE_END = regex_cache.compile(r"[。！？]")
_EARLIER = regex_cache.compile(r"(?:^|[，。；！？\n])\s*继[^，。；！？\n]*$|(?:" + in_order(PAST_WORDS) + r")[^，。；！？\n]{0,8}?(?:举办|举行|召开)的[^，。；！？\n]{0,4}$"
                         r"|(?:" + in_order(PAST_WORDS) + r")在$")
"""A clause opened by 继 (继…举行X之后，…), a holding verb put in the past (去年举办的X, 上届在X举行的) or a place put in the past
(去年在X上获奖) tells of an earlier event, not the one reported."""
_AFTER_IT = regex_cache.compile(r"(?:之后|以后|后)[，,]")
_HELD_BEFORE_NOW = regex_cache.compile(r"(?:" + in_order(PAST_WORDS) + r"|(?:19|20)\d{2}年)[^，。；！？\n]{0,8}?(?:举办|举行|召开)了?$")
"""去年举行X后，…, 于2019年举办X后，…: an event held in an earlier year, after which the news happens."""
_AFTER_OPENING = regex_cache.compile(r"(?:^|[，。；！？\n])\s*(?:本报讯|[（(]\p{Han}{1,6}讯[)）])?\s*在[^，。；！？\n]*(?:举办|举行|召开)了?$")
"""A clause 在…举办X后， (在A成功举办X后，B举办了Y): X came before the event reported."""
_OTHER_NEWS = regex_cache.compile(in_order(OTHER_NEWS_WORDS))
_PRETEXT = regex_cache.compile(r"[”」』]?(?:" + in_order(PRETEXT_AFTER) + ")")
_LATER_WORDS = ("(?:" + in_order(w for w in LATER_WORDS if not w.startswith("会")) + "|(?<![协商学公总事员联工社])(?:"
                + in_order(w for w in LATER_WORDS if w.startswith("会")) + "))")
"""Time words of a later day; 会在 and 会于 only as the auxiliary, not after a body's name that ends in 会 (协会在杭州召开…)."""
_LATER_OPENING = regex_cache.compile(r"[^，。；！？\n]{0,6}?" + _LATER_WORDS)
_PAST_OPENING = regex_cache.compile(in_order(w for w in PAST_WORDS if len(w) > 1) + "|" + _LATER_WORDS)
"""A past or later time the tagger joins to a name (去年|东盟峰会上, 下周|议息会议): the event is an earlier one or one to come."""
_ELSEWHEN = regex_cache.compile(in_order(w for w in NOT_HELD_WORDS if len(w) > 1) + "|" + _LATER_WORDS + "|" + in_order([*(w for w in PAST_WORDS if len(w) > 1), "早前"])
                          + r"|将(?=于|在|会|要|再|陆续|如期|举办|举行|召开|主持)")
"""Words of a clause that put its holding verb at another time (将于九月举行开学礼, 会在下月举行的记者会, 早前举行记者会时): the
unnamed event it holds is to come or over, not the one the lead reports. A bare 将 counts only as the adverb before 于/在 or a
verb (将军澳 is a place)."""
_BEFORE_VERB = regex_cache.compile(r"(?:举办|举行|召开|主持)[^举召主]*$")
_QUOTED_TERM = regex_cache.compile(r"[“「『][^“”「」『』\n]*[”」』]")
"""A quoted name in a clause (为“某某计划”举行推介礼): its words (计划) are no adverbs of the clause's verb."""
"""The holding verb and what follows it in a clause, cut off to read the words before the verb."""
_RECALLED = regex_cache.compile(r"(?:上个?月|上周|上星期|早前)[^，。；！？\n]{0,8}?(?:举办|举行|召开)的[^，。；！？\n]{0,4}$")
"""A kind of event held last week or month or 早前 (上个月举办的美食嘉年华), not named by edition or year: one a feature recalls."""
_TO_COME = regex_cache.compile(_LATER_WORDS + r"[^，。；！？\n]{0,8}?(?:举办|举行|召开)的[^，。；！？\n]{0,4}$")
"""A later time before a holding verb and 的 right before the name (下月舉行的招聘博覽會, 明年举办的第十届X): an event to come that
the news names, not one it reports."""
_JUST_HELD = regex_cache.compile(r"(?:" + in_order(JUST_HELD_WORDS) + r")[^，。；！？\n]{0,20}?(?:" + in_order(JUST_HELD_VERBS) + r")的\s*$")
"""A time of the last days before a verb of holding or closing and 的, right before the name (上周在X举行的, 日前闭幕的, 刚刚落幕的,
甫落幕的): the event the page reports after the fact, its figures the event's results."""


def _just_held(text: str, candidate: tuple[int, int]) -> bool:
    """The event held or closed in the last days, named in full by its edition or year (上周举行的第六届X, 日前落幕的2025X): the
    page reports it after the fact; a bare kind of event (上个月举办的美食嘉年华) is only what a feature recalls."""
    start, end = candidate
    return _JUST_HELD.search(text, max(0, start - 40), start) is not None and _HELD_BY_NAME.match(text, start, end) is not None
_NOT_HELD = regex_cache.compile(in_order(NOT_HELD_WORDS))
_FIGURES = regex_cache.compile(in_order(FIGURES_WORDS))
_CASE = regex_cache.compile("(?:" + in_order(CASE_WORDS) + ")")
_CASE_OR_POLICY = regex_cache.compile(_CASE.pattern + "|(?:" + in_order(ISSUED_VERBS) + r")了?《|" + in_order(READINGS))
"""A lead that tells of a court or police case, issues a policy document or passes a bill at a reading: an event it names without a verb holding it
is one the case or the policy refers to."""
_LEADING_EDITION = regex_cache.compile(r"^(?:\d{4}年?|第?[\d一二三四五六七八九十百零〇两]+届|首届)")


_ATTENDED_THAT_DAY = regex_cache.compile(r"(?:" + DAY_NUMBER + r"日|[今昨前][天日])[^，。；！？\n]{0,16}?(?:出席|参加|参与)了?\s*[“「]?$")
"""A day, then 出席/参加 right before the name (考察团…本月11日在厦门出席“2025X对接会”): the visitors attend the event that day."""


def _attended_that_day(text: str, candidate: tuple[int, int]) -> bool:
    """A visit lead whose visitors attend an event named in full by its year or edition on a stated day: the event is reported."""
    start, end = candidate
    return _ATTENDED_THAT_DAY.search(text, max(0, start - 30), start) is not None and _HELD_BY_NAME.match(text, start, end) is not None


def _lead_paragraphs(text: str, count: int = 2) -> list[tuple[int, int]]:
    """The first body paragraphs: lines that hold a sentence (a full stop, or 30 Han characters); chrome is blank already."""
    found = []
    for m in _PARAGRAPH.finditer(text):
        if _SENTENCE_END.search(m.group()) or len(HAN.findall(m.group())) >= 30:
            found.append(m.span())
            if len(found) == count:
                break
    return found


def _is_held(text: str, candidate: tuple[int, int], by_name: bool = True) -> bool:
    """The text says the event is held, opened or attended, or (`by_name`) names it by edition or year (第五届…, 2024…).

    A news conference or a release (…发布会) is held only by a verb of holding: `在…发布会上表示` is the setting of
    someone's words (a statistics release, a company's results), not an event the article reports.
    """
    start, end = candidate
    name = text[start:end]
    before = text[max(0, start - 10) : start] if not _DURING.match(text, end) else ""  # 在X期间: a time, not a place
    if event_kind(name) in ("press", "launch"):
        return _HOLDING_VERB_BEFORE.search(before) is not None or _opening(text, end) is not None
    held_before = bool(before) and _HELD_BEFORE.search(text, start - len(before), start) is not None  # its lookbehind sees further
    return (_opening(text, end) is not None or held_before or _CELEBRATED_BEFORE.search(text, max(0, start - 24), start) is not None
            or by_name and (_HELD_BY_NAME.match(name) or _NAMED_BY_ANNIVERSARY.match(name)) is not None and not _PLANNED_BEFORE.search(before))


_ORGANISED_AFTER = regex_cache.compile(r"由[^，。；：！？\n]{2,60}?(?:联合|共同)?(?:主办|承办|协办|合办|联办|举办|筹办|统筹)[，,]\s*")
"""An organiser clause between an event's name and its verb (X由A主办，今天开幕)."""


def _opening(text: str, end: int) -> Optional[regex.Match]:
    """The verb after an event's name that reports it held or opening, also past an organiser clause (X由A主办，今天开幕)
    or a comma that sets a long subject apart (由A主办的X，今晚在Y开幕)."""
    opening = _OPENING.match(text[end : end + 24]) or _OPENING_PAST_COMMA.match(text[end : end + 32])
    if opening is None and (by := _ORGANISED_AFTER.match(text, end, end + 80)):
        opening = _OPENING.match(text[by.end() : by.end() + 24])
    return opening


_PLANNED_BEFORE = regex_cache.compile(r"(?:将|拟|计划|准备|筹备)[^，。；]{0,4}?(?:举办|举行|召开|主办|筹办)$")
"""A holding verb put to come right before a name (政府明年将举办首届X, 计划举办第二届X): an event planned, not held by its edition."""


def _opens_now(text: str, candidate: tuple[int, int]) -> bool:
    """The lead says the event opens or is held (X开幕, A举办X), and not that it will be, was put off or called off
    (将如期登场, 延后举行, 将举办X); a holding verb that only describes it (9月举办的X) does not say so."""
    start, end = candidate
    if _COUNT_RIGHT_AFTER.match(text, end):
        return False  # 第二季共举办会展活动320项: events counted, none reported
    opening = _opening(text, end)
    if opening is not None:  # 原定当晚举行的X开幕式延期: put off after the opening word; X启动以来: a time the news is of
        return (not _NOT_HELD.search(opening.group()) and not _PUT_OFF.match(text, end + opening.end())
                and not text.startswith("以来", end + opening.end()))
    clause = _CLAUSE_END.search(text, max(0, start - 30), start).group()
    return _HOLDS_IT.search(clause) is not None and not _NOT_HELD.search(clause)


_CALENDAR_DAY = regex_cache.compile(DAY_NUMBER + r"月" + DAY_NUMBER + r"[日号]")
"""A month and its day as written (6月27日, 六月二十七日): a day the page gives the event, not one put to come."""


def _ceremony_elsewhen(text: str, start: int, end: int) -> bool:
    """A ceremony said to come or put off: its opening verb is put to come (定于下月举行, 将于…举行) or off (…延期), or the
    clause before it holds it elsewhen (原定本月举行的X). A ceremony is held on one day: one to come is not what the page
    reports, unlike a named festival or fair announced ahead, or a ceremony announced with its day (将于六月二十七日在Y举行)."""
    opening = _opening(text, end)
    if opening is not None and _PUT_OFF.match(text, end + opening.end()):
        return True
    if opening is not None and _NOT_HELD.search(opening.group()):
        return not _CALENDAR_DAY.search(opening.group())
    if _PUT_OFF.match(text, end):
        return True
    clause = _CLAUSE_END.search(text, max(0, start - 30), start).group()
    return regex.search(r"(?:举行|举办|召开)的$", clause) is not None and _ELSEWHEN.search(clause) is not None


_ANY_DAY = regex_cache.compile(DAY_NUMBER + r"[日号]")


def _exhibition_to_come(text: str, start: int, end: int) -> bool:
    """An exhibition only planned or put to come without its day (明年将筹办X特展, X特展将于下月举行, 计划举办X画展): a
    museum's or a society's plan; one announced with its day (X特展将于7月1日开幕) is reported as usual."""
    opening = _opening(text, end)
    if opening is not None:
        return bool(_NOT_HELD.search(opening.group()) or _PUT_OFF.match(text, end + opening.end())) and not _ANY_DAY.search(opening.group())
    if _PUT_OFF.match(text, end):
        return True
    before = _CLAUSE_END.search(text, max(0, start - 30), start).group().rstrip("“「『")
    return _PLANNED_BEFORE.search(before) is not None and not _ANY_DAY.search(before)


_PUT_OFF = regex_cache.compile(r"[^，。；！？\n]{0,8}?(?:延期|延后|推迟|取消|暂停|停办|押后|改期|顺延)")
"""A verb of putting off or calling off later in the clause of an opening word (开幕式延期, 开幕礼取消)."""
_SENTENCE_OPENS = regex_cache.compile(r"(?:^|(?<=[。！？\n]))\s*(?:(?:\d{1,2}月)?\d{1,2}日(?:[上下中]午|早上|晚上|晚)?[，,]\s*)?$")
"""What may come before an event's name that opens its sentence: nothing, or the day it is held (11月17日，X在Y举行)."""
_BACKGROUND_PARAGRAPHS = 3


def _after_background(text: str, candidates: list[tuple[int, int]], hosts: set, words: Words) -> list[tuple[int, int]]:
    """A lead that names no event, then the event in the paragraph after it or the one after that: background paragraphs
    (a city's figures, a field's history), then 11月17日，第三届X论坛在Y举行. The event opens its sentence, goes by its edition,
    its year or a proper name, and the sentence says it opens or is held now; one named further into a sentence (上月舉行的X帶動了消費) is not
    what the page reports."""
    found = []
    for start, end in _lead_paragraphs(text, _BACKGROUND_PARAGRAPHS)[1:]:
        found += [c for c in candidates if start <= c[0] < end and c not in hosts and _SENTENCE_OPENS.search(text, start, c[0])
                  and (_HELD_BY_NAME.match(text, *c) or _is_proper(text, *c, words)) and _opens_now(text, c)]
        if found:
            break
    return found


_DAYS_UNDECIDED = regex_cache.compile(r"(?:日期|展期|档期|时间|日子)[^，。；！？\n]{0,6}?(?:(?:尚未|仍未|还未|未|有待|待|仍在|正在|还在|尚在)"
                             r"(?:敲定|确定|决定|落实|公布|商定|研议|研究|商讨|洽商|讨论|协商)|待定|稍后公布|另行(?:通知|公布|宣布))")
"""Words that say an event's days are not yet known (具体日期尚未敲定, 展期仍在研议, 确切日期另行通知, 日期待定)."""


def _days_undecided(text: str, start: int, end: int) -> bool:
    """The event's sentence previews it with its days undecided (X明年再办，具体日期尚未敲定; 明年的X拟移师Y举行，展期仍在研议),
    and the name is not said to open or be held now: an event to come without a day is no event. One that opens now and
    whose next edition is previewed (X昨日闭幕，下届拟移师Y，日期尚未敲定) is reported."""
    sentence_end = _sentence(text, start, end)[1]
    if not _DAYS_UNDECIDED.search(text, end, sentence_end):
        return False
    opening = _opening(text, end)
    return opening is None or bool(_NOT_HELD.search(opening.group()) or _PUT_OFF.match(text, end + opening.end()))


_HOLDERS_ANNUAL = regex_cache.compile(r"\p{Han}{2,}(?:" + alternation(ANNUAL_WORDS) + ")$")
"""A body's annual press conference named by the body (测量署周年记者会, 气象局年度新闻发布会): its name, where a bare 年度记者会
is a sort of conference, unnamed."""
_HOLDS_IT = regex_cache.compile(r"(?:举办|举行|召开)了?$")
_COUNT_RIGHT_AFTER = regex_cache.compile(r"\s*(?:共|合共|逾|超过|近|约)?[\d一二三四五六七八九十百千万.]+(?:多|余)?(?:项|场|宗)")
"""A count right after an event word (会展活动320项): a number of events, not one."""


def main_event_name(text: str, words: Words, people: list[tuple[int, int]] = ()) -> Optional[tuple[int, int, int]]:
    """The event the article reports: named in its lead paragraph (said to be held there, else the first), or the subject
    of a holding verb in the paragraph after (X在Y举行); its name as first fully written. None when the lead names no event: an event named
    only further on (a fair the exporters of a trade report went to) is not what the article reports. Also where the
    short name it first goes by starts (the sentence telling when and where)."""
    candidates = []
    named = bytearray(len(text))
    for a, b in people:
        named[a:b] = b"\x01" * (b - a)
    for start, end in _candidates(text, words):
        sides = list(_SIDE_EVENT.finditer(text, start, end))
        if sides:  # 第七届进博会配套活动——2025某某论坛: the side event after the dash, the fair its context
            start = sides[-1].end()
            if end - start < 2:
                continue
        elif _SIDE_EVENT_AFTER.match(text, end) or text[start:end].endswith(SIDE_EVENTS) and _DASH_AFTER.match(text, end):
            continue  # the fair a side event is held beside (…博览会（11月5日至10日）配套活动——…)
        if _STEP_AFTER.match(text, end):
            continue  # 马拉松报名人数突破8万, 马拉松抽签结果公布: the news is a step before the race, not the race held
        if _in_speech(text, start, end):
            continue  # 他说：“年轻时参加过第一届国庆庆典，…”: a quote is never the event's name
        if any(named[start:end]) and not _LEADING_EDITION.match(text[start:end]):  # 作家李明远长篇小说《江河岁月》首发式: the name
            # starts after the person, what they wrote or made; a name that opens with its edition or year (第十五届东盟华商大会) is one
            start = max(b for a, b in people if a < end and b > start)  # a name may begin before the candidate
            if start >= end:
                continue
            start += len(text[start:end]) - len(text[start:end].lstrip("的 "))
            if not (_RELEASE_AFTER_PERSON.match(text, start) and _KEYWORD.search(text, start, end)):
                continue
        if _PAST_OPENING.match(text, start, end):
            continue  # 去年东盟峰会上达成的共识: the name opens with a past time, an earlier event
        if _AS_PART_BEFORE.search(text, max(0, start - 6), start) and _PART_OF_AFTER.match(text, end):
            continue  # 作为X的重要活动之一，Y开幕: X is the programme Y belongs to, Y is what is reported
        if _PRETEXT.match(text, end):
            continue  # 以举办慈善晚会为名: a pretext in a case, no event held
        if _DATES_A_BRIEFING.match(text, end) and event_kind(text[start:end]) == "meeting":
            continue  # 舉行行政會議前記者會: the sitting only says when the spokesperson's briefing is held
        if _GENERIC_NAME.fullmatch(text, start, end):
            continue  # 召开专题会议, 舉行新書發佈會: a sort of session or release, no name
        if event_kind(text[start:end]) == "press":
            word_start = (_PRESS_WORD.search(text, start, end) or _LAST_KEYWORD.search(text, start, end)).start()
            if not _YEAR_OR_EDITION.search(text, start, end) and not _is_proper(text, start, end, words) \
                    and not (_is_topic(text[start:word_start]) and _OPENING.match(text[end : end + 24])) \
                    and not _HOLDERS_ANNUAL.search(text, start, word_start):
                continue  # 举行政策吹风会, 舉行聯合記者會: a kind of news conference, no name; 春季森林防火工作新闻发布会在…举行 is one
            paragraph_end = text.find("\n", end)
            if _statistics_topic(text, start, word_start, len(text) if paragraph_end < 0 else paragraph_end):
                continue  # 2026年上半年经济运行情况新闻发布会，上半年…增长5.6%: a statistics release
        before = text[max(0, start - 40) : start]
        if _TO_COME.search(before):
            continue  # 下月舉行的招聘博覽會: an event to come
        if event_kind(text[start:end]) == "ceremony" and _ceremony_elsewhen(text, start, end):
            continue  # 新校舍奠基儀式定於下月舉行, 原定本月舉行的…頒獎典禮延期: a ceremony to come or put off is not reported
        if text[start:end].rstrip("”」』").endswith((*EXHIBITION_NOUNS, "活动")) and _exhibition_to_come(text, start, end):
            continue  # 明年將籌辦「…特展」, 「…特展」將於下月舉行: a museum's plan, no exhibition held; 系列校庆活动将陆续登场: to come
        if text[start:end].endswith(GATHERINGS) and _exhibition_to_come(text, start, end) and _LATER_OPENING.match(text, end):
            continue  # 会庆晚宴将于明年举行: a dinner put to a later year or month without its day (跨年晚会将移师…举行 is previewed)
        if _days_undecided(text, start, end):
            continue  # 明年的X擬移師Y舉行，展期仍在研議; X明年再办，具体日期尚未敲定: a preview, no event held or dated
        if _EARLIER.search(before) or (_RECALLED.search(before) and not _HELD_BY_NAME.match(text, start, end)) \
                or (_AFTER_IT.match(text, end) and (_AFTER_OPENING.search(before) or _HELD_BEFORE_NOW.search(before))):
            continue
        end = _join_paired(text, start, end, words)
        word_end = end
        start, end = _quoted_whole(text, start, end)
        subtitle = _DASH_SUBTITLE.match(text, end) if end == word_end else None
        if subtitle and not regex.search(r"[是也这那]", subtitle["sub"]):
            end = subtitle.end()  # …大会——数智赋能新质生产力在苏州开幕: the subtitle after a dash, up to where and when it is held
        name = text[start:end]
        if end > word_end and ORG_SUFFIX.search(text[word_end:end]):
            continue  # 「…慶祝國慶活動籌委會」舉行晚宴: the quoted name is the body's that holds it
        if _SETTING_AFTER.match(text, end) and event_kind(name) in _SETTING_KINDS:
            continue
        occasion = regex.search("(?:" + "|".join(OCCASION_WORDS) + ")$", name)
        if occasion and (_KEYWORD.search(name[: occasion.start()]) or name[: occasion.start()].endswith(("”", "」", "』"))):
            # …研讨会开幕典礼, 「2026某某温泉季」起步礼: the word names only the occasion of the named event before it
            end -= len(occasion.group())
        elif _QUOTED_ACTIVITY.fullmatch(name):  # 举办“阳光法院·公众开放日”活动: the quoted title is the name, 活动 only says it is one
            start, end = start + 1, end - 3
        candidates.append((start, end))
    paragraphs = _lead_paragraphs(text)
    if not candidates or not paragraphs or _REPORTING_PERIOD.match(text, paragraphs[0][0]):
        return None
    starting = {c[0]: c for c in candidates}
    hosts = {c for c in candidates if any(_holds(text, c, starting[at]) for at in range(c[1] + 1, c[1] + 13) if at in starting)}
    hosts |= {c for c in candidates if _DURING.match(text, c[1]) and any(
        c[1] < o[0] < _sentence(text, *c)[1] and _OPENING.match(text[o[1] : o[1] + 24]) for o in candidates)}
    if _VISIT.search(text, *paragraphs[0]):  # 会见出席<event>的外宾: the event describes the guests met
        candidates = [c for c in candidates if not (_ATTENDED_BY.search(text, max(0, c[0] - 8), c[0]) and text[c[1] : c[1] + 1] == "的")]
    within = [[c for c in candidates if s <= c[0] < e and c not in hosts] for s, e in paragraphs]
    lead, second = within[0], within[1] if len(within) > 1 else []
    if _CASE_OR_POLICY.search(text, *paragraphs[0]):  # a case or a policy: only an event the lead says is held is reported
        pool = [c for c in lead if _is_held(text, c, by_name=False)
                and not (_CASE.search(text, *paragraphs[0]) and event_kind(text[c[0] : c[1]]) == "press")]  # a police or court
        # briefing (召开“净网行动”战果新闻发布会，通报侦破…) is where the case is told
    elif lead and _VISIT.search(text, paragraphs[0][0], min(lead)[0]) or _OTHER_NEWS.search(text, *paragraphs[0]):
        pool = [c for c in lead if _opens_now(text, c) or _just_held(text, c) or _attended_that_day(text, c)]  # a visit told before any event, or other news (figures, results, the
        # weather, a match's result, an accident): only an event the lead says opens or is held now is reported
    else:
        pool = ([c for c in lead if _is_held(text, c)]
                or [c for c in lead if event_kind(text[c[0] : c[1]]) not in ("press", "launch") and _is_proper(text, *c, words)
                    and not _DURING.match(text, c[1])]  # 双十一购物节期间，销售额…: a time the news is of, not held
                or [c for c in second if _OPENING.match(text[c[1] : c[1] + 24]) or _OPENING_PAST_COMMA.match(text[c[1] : c[1] + 32])])
    if not pool and not lead and not _CASE_OR_POLICY.search(text, *paragraphs[0]) and not _VISIT.search(text, *paragraphs[0]):
        pool = _after_background(text, candidates, hosts, words)
    if not pool:
        return None
    announced = [c for c in pool if regex.search(r"发布会$", text[c[0] : c[1]])]
    for outer in announced:
        inner = [c for c in candidates if outer[0] < c[0] and c[1] < outer[1] and text[c[0] - 1] in "“「"]
        if inner:
            pool = [c for c in pool if c != outer] + inner[:1]
    first = min(pool)
    renamed = _RENAMED_AFTER.match(text, first[1])
    if renamed:  # X今年正式更名为Y: the event goes by its new name
        first = next((c for c in candidates if c[0] == renamed.end()), first)
    same_start = sorted({c for c in candidates if c[0] == first[0]}, key=lambda c: c[1])
    chosen = same_start[0]
    for longer in same_start[1:]:
        extra = text[chosen[1] : longer[1]]
        if event_kind(text[longer[0] : longer[1]]) == "press":
            break  # <event>新闻通报会: a briefing on the event, which is what the article reports
        if ("暨" in extra or extra.startswith(("“", "「")) or regex.fullmatch("(?:" + "|".join(PAIRED_KINDS) + ")", extra)
                or KINDS.get(extra) == "ceremony"  # …艺术节颁奖晚会: an award ceremony keeps its word
                or extra in ANNUAL_SESSIONS  # …论坛年会: the yearly session of a series
                or extra.startswith(_DASHES)  # …创业大赛——乡村振兴专项赛: a subtitle after a dash, itself ending in an event word
                or regex.fullmatch(r"(?:[\p{Han}\dA-Za-z]|（[^（）]{1,10}）)+", extra) and not _KEYWORD.fullmatch(extra)
                or len(extra) >= 3 and _KEYWORD.fullmatch(extra) and text[chosen[0] : chosen[1]] not in KINDS
                or len(extra) == 1 and _KEYWORD.fullmatch(extra) and _KEYWORD.search(text, chosen[1] - 2, chosen[1])):  # 赛车|节:
            # a one-character event word right after another heads the compound  # 书市|嘉年华: one name, headed by its last word
            chosen = longer
    return (*_fuller_form(text, candidates, chosen, words), chosen[0])


_DASHES = ("——", "—", "－－", "--", "──")
_SIDE_EVENT = regex_cache.compile(r"(?:" + alternation(SIDE_EVENTS) + r")(?:之一)?\s*(?:——|──|—|－－|--)\s*")
"""What a side event is to the fair it is held beside, and the dash its own name follows (配套活动——X论坛)."""
_SIDE_EVENT_AFTER = regex_cache.compile(r"\s*(?:[（(][^（）()\n]{1,30}[)）])?\s*的?" + _SIDE_EVENT.pattern)
_DASH_AFTER = regex_cache.compile(r"\s*(?:——|──|—|－－|--)")
_STEP_AFTER = regex_cache.compile(r"的?(?:" + alternation((*STEP_WORDS, *BALLOT_WORDS)) + ")")
"""A step before the event right after its name (报名, 抽签, 中签): the page tells the step's news (entries, the ballot's result)."""
_QUOTE_OPENS = {"“": "”", "「": "」", "『": "』"}
_SPEECH_MARKS = regex_cache.compile(r"[，。！？；]")
_SPEECH_INTRO = regex_cache.compile(r"[：:]\s*$")


def _in_speech(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside a person's quoted words (说：“…比打决赛还难。”, “希望第二届X办得更好，…”): an opening mark
    before it not closed before it, closed after it, with a colon before it or a clause break inside."""
    floor = max(0, start - 200)
    for at in range(start - 1, floor - 1, -1):
        mark = text[at]
        if mark in _QUOTE_OPENS.values():
            return False
        if mark in _QUOTE_OPENS:
            close = text.find(_QUOTE_OPENS[mark], end)
            if close < 0 or "\n" in text[at:close]:
                return False
            return bool(_SPEECH_MARKS.search(text, at + 1, close) or _SPEECH_INTRO.search(text, max(0, at - 3), at))
        if mark == "\n":
            return False
    return False
_DASH_SUBTITLE = regex_cache.compile(r"(?:——|—|──)(?P<sub>[^，。；！？、\n—─（）()]{2,24}?)(?=(?:[今昨明]|\d{1,2}日|在|于|隆重|正式|日前|近日|上午|下午|晚上|当天|当日)"
                               r"[^，。；！？\n]{0,20}?(?:" + in_order(OPENING_WORDS) + "))")
"""A subtitle after a dash right after the event word, ended by a time, a place or a holding verb (…论坛——青春建功新时代在合肥举行):
part of the name as written."""
_YEAR_OR_EDITION = regex_cache.compile(r"\d{4}|[〇零一二三四五六七八九]{4}年|第?[\d一二三四五六七八九十百零〇两]+届|首届")
_AS_PART_BEFORE = regex_cache.compile(r"作为\s*$")
_PART_OF_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,10}?(?:之一|组成部分|的一部分)")


_RELEASE_AFTER_PERSON = regex_cache.compile(r"[^，。；！？\n]{0,8}?《")
"""After a person inside an event's name, a work titled in 《》 (新书《…》发布会): the name of the work's release."""
_RENAMED_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,12}?(?:更名|改名|易名|升格)为[“「]?")
_SETTING_AFTER = regex_cache.compile(r"上(?![午旬半])")
_SETTING_KINDS = ("meeting", "press", "launch")
"""A meeting or briefing named as where something was said (在…工作会议上提出, 从…新闻发布会上获悉): the setting of policy
news or figures, not the event reported."""
_REPORTING_PERIOD = regex_cache.compile(
    r"\s*(?:(?:记者)?(?:从|自)[^，。！？]{1,24}(?:获悉|了解到)[，,]\s*|据[^，。！？]{1,16}(?:统计|介绍|了解)[，,]\s*)?"
    r"(?:(?:今年|去年|\d{4}年)?(?:前三季度|一季度|第[一二三四1-4]季度|上半年|下半年|前\d{1,2}个?月|前[一二三四五六七八九十]{1,2}个?月|"
    r"\d{1,2}[至到\-—]\d{1,2}月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,2}月)[，,]|今年以来|年初以来)"
)
"""A lead that opens with the period it reports on (今年一季度，…; 1至10月，…; 记者从X获悉，今年以来，…) is a statistics report: an event it names is
one of its examples (其中，第十届车展吸引…), not what the article reports."""
_AS_TIME_AFTER = regex_cache.compile(r"(?:之|以)?后")
_GENERIC_MODIFIER = "(?:" + alternation(GENERIC_MODIFIERS) + ")"
_ORDINAL_SITTING = r"(?:\d{4}年度?)?第[\d一二三四五六七八九十百零〇两]+次"
"""A sitting's number only, perhaps with its year (第五次, 2026年第12次): which sitting, not a name."""
_GENERIC_NAME = regex_cache.compile("(?:" + _ORDINAL_SITTING + _GENERIC_MODIFIER + "?|" + _GENERIC_MODIFIER + ")(?:" + alternation(KINDS) + ")")
"""A sort of session or release and its event word (专题会议, 新品发布会, 投资签约仪式, 理事会会议), or a sitting by its number
only (召开第五次会议): no name."""
_BARE_HELD = regex_cache.compile(r"(?:举办|举行|召开|主持|出席|参加)(?:了|一场|一个|一次|了一场|了一个|了一次)?(?:\d{4}年?)?(?:" + _ORDINAL_SITTING + ")?"
                        + _GENERIC_MODIFIER + "?$")
"""A holding verb right before a bare event word, with at most a count, a year or a word for its sort between (举行2025新品发布会,
召开专题会议)."""
_PRESS_SETTING = regex_cache.compile(r"在(?P<word>" + alternation(w for w, kind in KINDS.items() if kind == "press") + r")上[，,]?\s*(?:"
                               + in_order(w for w in TOLD_VERBS if w not in ("统计", "获悉")) + "|说)")
"""A news conference as the setting of the lead's release (局長昨日在記者會上宣布，…): the conference is the event; read only in
the lead, after the guards against figures, cases and visits, and not where the lead tells other news (a fire, the weather)."""
_PRESS_WORD = regex_cache.compile("(?:" + alternation(w for w, kind in KINDS.items() if kind == "press") + ")$")
_PRESS_SORT = r"(?:" + alternation(PRESS_SORTS) + r"|第?[\d一二三四五六七八九十两]+场|[一本这此该]场|一次|今年|本年|本月|本周|今天|今日|当天|当日|[上下]午|晚间)"
_SORTS_AT_ENDS = regex_cache.compile(r"^(?:" + _PRESS_SORT + r")+|(?:" + _PRESS_SORT + r")+$")
_TOPIC_BEFORE = regex_cache.compile(r"(?:召开|举行|举办)了?(?P<topic>(?:(?!召开|举行|举办)[^\P{Han}的]|[\dA-Za-z·]|[“「『][^“”「」『』\n]{1,30}[”」』]){2,30}?)$")
"""A holding verb and what stands between it and a news conference's word: letters, digits and quoted words, no 的 (召开的…发布会上
is a setting) and no second holding verb (举行签约仪式并召开记者会)."""
_FIGURES_PERIOD = regex_cache.compile(r"[一二三四1-4１-４]季度?|首季|前三季|[上下]半年|全年|前[\d一二三四五六七八九十]{1,2}个?月|[\d一二三四五六七八九十]{1,2}[至到\-—][\d一二三四五六七八九十]{1,2}月"
                             r"|今年以来|年初以来|经济运行|经济形势|运行情况")
"""A period or the state of the economy in a conference's topic (上半年全市经济运行情况新闻发布会): where it gives figures, it is
a statistics release."""


_MONTH_OF_ROUTINE = regex_cache.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:例行|定例|定期)")
"""A month before a routine conference's sort (3月例行新闻发布会): the monthly conference named by its month."""


def _is_topic(topic: str) -> bool:
    """Words before a news conference's word that name what it is on (防汛救灾工作, 颱風災情, “3·15”消费者权益保护), not only what
    sort it is or why it is held (例行, 联合, 紧急, 政策, 澄清, 今年首场), nor when, after another sitting (院会后, 赛前)."""
    if regex.search(r"[“「『]", topic) or _MONTH_OF_ROUTINE.fullmatch(topic):
        return True
    bare = _SORTS_AT_ENDS.sub("", topic)
    return len(regex.findall(r"\p{Han}", bare)) >= 2 and not bare.endswith(("后", "前")) and not _SORTS_AT_ENDS.fullmatch(bare)


def _press_topic(text: str, word_start: int, floor: int = 0) -> Optional[int]:
    """Where the name of the news conference whose word starts at `word_start` opens: right after the holding verb when a topic
    stands between (召开|防汛救灾工作|新闻发布会, 舉行|「…」|新聞發佈會); None for a bare or sort-only one (召开例行新闻发布会) or
    one named after its holder (黨團|召開黨團記者會)."""
    m = _TOPIC_BEFORE.search(text, max(floor, word_start - 40), word_start)
    if m is None or not _is_topic(m["topic"]):
        return None
    if not _MONTH_OF_ROUTINE.fullmatch(m["topic"]) \
            and _SORTS_AT_ENDS.sub("", m["topic"]) in _CLAUSE_END.search(text, max(floor, m.start() - 40), m.start()).group():
        return None  # 國民黨團今日召開黨團記者會, 市长召开市长记者会: the holder named again, no topic
    return m.start("topic")


def _statistics_topic(text: str, start: int, word_start: int, lead_end: int) -> bool:
    """A conference on a period's figures (上半年全市经济运行情况新闻发布会) whose paragraph gives figures: a statistics release."""
    return bool(_FIGURES_PERIOD.search(text, start, word_start) and (_AMOUNT.search(text, word_start, lead_end)
                                                                    or _NUMERAL_AMOUNT.search(text, word_start, lead_end)))


_NUMERAL_AMOUNT = regex_cache.compile(r"百分之|[一二三四五六七八九十两][十百千万亿]")
"""A figure written in Chinese numerals (百分之五點一, 一千八百萬人次)."""


_SITTING_THEN = regex_cache.compile(r"(?:会议|院会|常会|例会)之?[前后]")
_DATES_A_BRIEFING = regex_cache.compile(r"之?[前后][^，。；！？\n]{0,8}?(?:"
                                  + alternation(w for w, kind in KINDS.items() if kind == "press") + ")")
"""A news conference held before or after a sitting (院會後記者會, 行政會議前記者會, 在出席行政會議前舉行記者會): a government's routine
briefing, the setting of its spokesperson's news (dev-043), and the sitting only dates it."""
_RECALLED_SETTING = regex_cache.compile(r"上个?月|上周|上星期|上礼拜|早前|此前|之前|(?:" + _LATER_WORDS + ")|" + in_order(NOT_HELD_WORDS))
"""A time before 在…记者会上 that puts the conference weeks back or to come (部长上周在记者会上表示, 将在下周的记者会上公布): not the
page's event."""
_RELEASED = regex_cache.compile(r"^[^。！？；]{0,30}?(?:发布|发表|推出|首发|亮相|揭晓)")
_SIGNED = regex_cache.compile(r"(?:签署|签订|签下|签约)(?:了)?[^，。；！？]{0,24}?(?:协议|协议书|备忘录|MOU|合同|合约|协定)")
_HELD_WITH_MODIFIER = regex_cache.compile(r"(?:举办|举行|召开|主持)了?(?:一场|一次)?\p{Han}{1,4}$")
"""A holding verb, then a word or two that say what kind of briefing or party (举行政策吹风会, 舉行聯合記者會, 举行一场新春联欢会)."""
_VISIT = regex_cache.compile(r"(?:调研|考察|视察|察看|走访|慰问|会见|会晤|拜会|拜访|探访|参访)(?!服务|品|金|包|物资|员)")
"""A visit or inspection told in the lead: no event; a service named after the act (上门探访服务) or a rank post holding it (二级调研员)
is none."""
_ROUTINE_HOLDER = regex_cache.compile(r"(?:" + in_order(ROUTINE_HOLDERS) + r")[^，。；！？\n]{0,6}?(?:召开|举行)了?(?:一次)?$")
"""A standing body holding its own session (市委常委会日前召开会议): routine business; a numbered one (召开第十次会议) is a sitting
reported."""
_UNNAMED_KINDS = ("ceremony", "meeting", "launch", "press")
_ACTIVITY_HELD = regex_cache.compile(r"(?:(?P<verb>举办|举行|开展|主办|召开)了?(?:一场|一次|一个)?|由[^，。；！？\n由]{2,30}?(?P<verb>举办|主办|开展)的)\p{Han}{0,6}$")
"""A holding verb before an activity, with what sort it is between (举办健康讲座, 开展义务植树活动), or its organiser's clause
(由X主办的科普讲座); X举办的讲座 alone only describes one."""
_DRIVE_BEFORE = regex_cache.compile("(?:" + in_order(COMMUNITY_DRIVES) + r")\p{Han}{0,2}$")
"""A community drive right before 活动 (植树活动, 敬老活动, 捐血活动): the activity held; another 活动 (宣传活动, 各类活动) is none."""
_NOT_ONE_HELD = regex_cache.compile(r"每[周週月年天日星]|定期|经常|常年|曾|先后|累计|共|全年|多次|陆续|不定期|上个?月|上周|上星期|早前|此前|之前"
                           r"|要求|鼓励|推动|引导|号召|呼吁|督促|支持|倡导")
"""Words of a clause that make its activity a regular or counted one (每周举办的课程, 全年共举办讲座120场, 曾举办多场讲座), or
one held weeks before (上个月举办的嘉年华), or one a body asks others to hold (要求各医院开展义诊活动): a service, a statistic,
a recollection or a policy, no event held that day."""
_MANY_AFTER_VERB = regex_cache.compile(r"(?:举办|举行|开展|主办|召开)(?:了|的)?(?:多|数|几|各类|各种|一系列|系列|不同)")
_UNLISTED_HELD = regex_cache.compile(r"(?:举办|举行|开展|主办)(?:了|的)?(?:一场|一次|一个)?(?P<word>\p{Han}{0,4}?(?:" + in_order(UNLISTED_ACTIVITIES)
                               + r"))(?!服务|点|站|所|中心|车|队|组|团)")
"""A body holding an activity no event name ends with (昨日举行开放日, 举办新春茶会, 举办义诊): not a service (义诊服务) or a post."""


def _one_held_now(text: str, lead_start: int, verb_end: int, word_end: int) -> bool:
    """The activity whose holding verb ends its clause at `verb_end` is one held now: not a regular, counted or past one
    (每周举办, 共举办讲座120场, 曾举办多场), nor one to come (将于下月举办)."""
    clause = _CLAUSE_END.search(text, lead_start, verb_end).group()
    return not (_NOT_ONE_HELD.search(clause) or _ELSEWHEN.search(_QUOTED_TERM.sub("", clause)) or _MANY_AFTER_VERB.search(clause)
                or _COUNT_RIGHT_AFTER.match(text, word_end) or _MANY_HOLDERS.search(clause))


_CEREMONIAL_ACT = regex_cache.compile(r"(?<!(?:将|拟|预计|计划|有望|即将|争取|力争)[^，。；！？]{0,12})(?P<act>" + in_order(CEREMONIAL_ACTS) + ")")
"""An act that is a ceremony without the word (新馆昨日落成启用, 研究院揭牌成立), done, not one to come (将于明年落成启用)."""


_DOORS_OPENED = regex_cache.compile(
    r"(?:^|(?<=[，。！？；：\n）)】」”〕]))\s*(?P<business>[^，。；：！？\n]{2,30}?)" + _TIME_WORDS + r"(?:(?:在|于)[^，。；：！？\n]{1,16}?)?"
    + r"(?<!(?:将|拟|预计|计划|有望|即将|预定|准备)\p{Han}{0,12})(?:重新|正式|盛大|隆重|同步)?(?P<act>" + in_order(DOORS_OPENING) + r")(?![^，。；！？\n]{0,3}(?:以来|至今|后|前))"
    + r"[^。；！？\n]{0,40}?(?:" + in_order(OPENING_PRESIDED) + ")")
"""A shop, branch, clinic or market opening its doors that day while a guest cuts the ribbon or opens it (某茶坊旗艦店今(15)日開幕，縣長到場剪綵;
新分行今早开张，部长主持剪彩): an unnamed ceremony, not one to come (将于下月开幕) nor a time after it (开张以来)."""
_BRANCH = regex_cache.compile(r"(?:第[\d一二三四五六七八九十]+家|新)?(?:" + alternation(BRANCH_ENDINGS) + ")$")


def opening_business(text: str, start: int) -> Optional[str]:
    """The business whose outlet opens in the sentence of the event at `start` (青禾茶坊|旗艦店, 东灵银行|观塘|新分行): the name
    before the outlet's word, less a place written before that word; None where the subject names no outlet."""
    m = _DOORS_OPENED.search(text, *_sentence(text, start, start))
    if m is None:
        return None
    subject = regex.sub(r"^.*(?:的|后|[）)〕】])", "", m["business"].strip())
    branch = _BRANCH.search(subject)
    if branch is None:
        return None
    name = subject[: branch.start()]
    name = next((name[:-n] for n in range(len(name) - 2, 0, -1) if name[-n:] in _KNOWN_PLACES), name)  # the longest place
    return name if len(name) >= 2 else None


_BRIEFING_HELD = regex_cache.compile(r"(?:举行|召开|举办)了?(?P<sort>[^，。；！？\n]{0,12}?)(?P<word>"
                                    + alternation(w for w, kind in KINDS.items() if kind == "press") + r")(?![^，。；！？\n]{0,3}上)")
_RESULTS = regex_cache.compile(in_order(RESULTS_WORDS))
_ECONOMY_TOPIC = regex_cache.compile(in_order(ECONOMY_TOPICS))
_STATISTICS_HOLDER = regex_cache.compile(in_order(STATISTICS_HOLDERS))


def _held_briefing(text: str, lead_start: int, lead_end: int) -> Optional[tuple[int, int, str]]:
    """The news conference a body holds in the lead's first sentence, when that sentence gives no figure (旅遊局今日舉行記者會，
    介紹…。局長表示，…按年上升; 某部27日举行例行新闻发布会。发言人通报，…同比下降): the page reports the conference, and the figures
    after it are what its officials told. Not one whose own sentence gives the figures (召开记者会，公布…同比增长), nor one on the
    economy's run (经济运行情况) or held by a statistics body (统计局, 主计处): those are statistics releases; nor a company's results,
    a case, a routine briefing around a sitting (院会后记者会), one held at another time or by many holders."""
    sentence_end = _SENTENCE_END.search(text, lead_start, lead_end)
    end = sentence_end.start() if sentence_end else lead_end
    m = _BRIEFING_HELD.search(text, lead_start, end)
    if m is None:
        return None
    sentence, clause = text[lead_start:end], _CLAUSE_END.search(text, lead_start, m.start("word")).group()
    if _AMOUNT.search(sentence) or _NUMERAL_AMOUNT.search(sentence) or _FIGURES.search(sentence) or _ECONOMY_TOPIC.search(sentence) \
            or _STATISTICS_HOLDER.search(clause) or _SITTING_THEN.search(clause) or _MANY_HOLDERS.search(clause) \
            or _ELSEWHEN.search(_QUOTED_TERM.sub("", clause)) or _RESULTS.search(text, lead_start, lead_end) or _CASE.search(text, lead_start, lead_end):
        return None
    return m.start("word"), m.end("word"), "press"


def unnamed_event(text: str, words: Words) -> Optional[tuple[int, int, str]]:
    """An event the lead reports without a name: a body holds a ceremony, meeting, release, news conference or reception
    (举办发布会, 举行颁奖典礼, 召开新闻发布会, 舉行記者會, 舉行晚宴), a building or body is inaugurated (落成启用, 揭牌成立) or an agreement signed
    (a signing ceremony). Its event word's span and kind.

    A bare 发布会 that releases nothing (举行发布会, then figures or a case) is where news is told, not an event; a visit or
    inspection (调研, 视察, 会见) is no event either, nor a news conference on a court or police case (召开记者会，指破获…)
    or one that gives a period's figures or a company's results (召开新闻发布会，…同比增长). Paragraphs of background before
    it (a company's profile, then 该馆于5月8日举行开幕典礼) are read past, up to the first that tells of an event, gives figures or tells of other news.
    """
    paragraphs = _lead_paragraphs(text, _UNNAMED_LEAD_PARAGRAPHS)
    first = paragraphs[0][0] if paragraphs else -1
    for lead_start, lead_end in paragraphs:
        lead = text[lead_start:lead_end]
        policy = _CASE_OR_POLICY.search(lead)
        briefing = _held_briefing(text, lead_start, lead_end) if lead_start == first else None
        if not _VISIT.search(lead) and not _REPORTING_PERIOD.match(lead) and not _CASE.search(lead) \
                and (meeting := _general_meeting_held(text, lead_start, lead_end)) is not None:
            return meeting  # 某公司昨日举行股东周年大会，通过派发末期股息: the meeting held is reported, whatever it passes
        if _VISIT.search(lead) or _REPORTING_PERIOD.match(lead) or _FIGURES.search(lead) and briefing is None \
                or policy and not (_HELD_SITTING.search(lead, 0, policy.start()) and not _CASE.search(lead)):
            return None  # 立法会昨日举行全体会议，通过《…》: the sitting the body held is reported, whatever it passed
        found = _unnamed_in_paragraph(text, words, lead_start, lead_end) or briefing
        setting = _PRESS_SETTING.search(lead) if found is None and lead_start == first and not _OTHER_NEWS.search(lead) else None
        if setting is not None and not _RECALLED_SETTING.search(_CLAUSE_END.search(lead, 0, setting.start()).group()):
            return lead_start + setting.start("word"), lead_start + setting.end("word"), "press"
        if found is not None or any(_is_event_word(lead_start + m.start(), lead_start + m.end(), words, text) for m in _KEYWORD.finditer(lead)) \
                or _AMOUNT.search(lead):
            return found  # the first paragraph that tells of an event or gives figures is the news
    return None


def _general_meeting_piece(word: str) -> str:
    """A general meeting's word with room for an occasion word after its holders (股东|周年|大会, 会员|常年|大会)."""
    holders = next(h for h in ("股东", "债权人", "会员", "社员") if word.startswith(h))
    tail = word[len(holders) :]
    return holders + "(?:" + alternation(SITTING_OCCASIONS) + ")?" + regex.escape(tail) + ("(?![员长议所计])" if tail == "会" else "")


_GENERAL_MEETING_WORDS = sorted((*GENERAL_MEETINGS, *MEMBERS_MEETINGS), key=lambda w: -len(w))
_YEAR_OF_MEETING = r"(?:19|20)\d{2}年度?"
_GENERAL_MEETING = regex_cache.compile(r"(?:" + _YEAR_OF_MEETING + r")?(?:第[\d一二三四五六七八九十]+次)?(?:" + alternation(SITTING_OCCASIONS) + ")?(?:"
                                 + "|".join(_general_meeting_piece(w) for w in _GENERAL_MEETING_WORDS) + ")")
"""A general meeting as written: its year and number, which one it is, and its word (2026年第一次临时股东大会, 股东周年大会,
常年会员大会, 股东临时会, 债权人会议)."""
_COMPANY_MEETING_END = regex_cache.compile(r"(?:" + "|".join(_general_meeting_piece(w) for w in GENERAL_MEETINGS) + ")$")
_NAMED_BY_YEAR = regex_cache.compile(_YEAR_OF_MEETING)
_MEETING_HELD = regex_cache.compile(
    r"(?<!关于)(?:举行|召开|举办)了?(?:一次)?(?P<word>" + _GENERAL_MEETING.pattern + r")(?![的上])"
    r"|(?P<word>" + _GENERAL_MEETING.pattern + r")(?P<between>[^，。；！？\n]{0,20}?)(?:举行|召开)(?!的)")
"""A general meeting held: a holding verb before it (X昨日在湾仔举行股东周年大会), or it and its time and place before the verb
(X股东周年大会昨日在湾仔举行); not one a verb and 的 describe (昨日举行的股东周年大会上), nor a notice of one (关于召开…的通知)."""
_MODAL = regex_cache.compile(in_order(MODAL_WORDS))


def _general_meeting_held(text: str, lead_start: int, lead_end: int) -> Optional[tuple[int, int, str]]:
    """The general meeting the lead reports held (股东周年大会, 常年股东大会, 股東常會, 会员大会, 债权人会议): the first held now, in a
    clause that opens with no results told before it (公布业绩…，将于六月举行股东周年大会) and is neither to come nor past (将于,
    拟于, 订于, 下周, 早前), counted (共召开股东大会230场) nor a rule or proposal (建议容许…召开股东大会)."""
    for m in _MEETING_HELD.finditer(text, lead_start, lead_end):
        clause = _CLAUSE_END.search(text, lead_start, m.start()).group() + (m["between"] or "")
        if (_ELSEWHEN.search(clause) or regex.search(r"拟(?=于|在|召开|举行)", clause) or _NOT_ONE_HELD.search(clause) or _MODAL.search(clause)
                or _FIGURES.search(text, lead_start, m.start()) or _COUNT_RIGHT_AFTER.match(text, m.end("word"))):
            continue
        return m.start("word"), m.end("word"), "meeting"
    return None


_UNNAMED_LEAD_PARAGRAPHS = 3
_HELD_SITTING = regex_cache.compile(r"(?:举行|召开)(?:了)?(?:第[\d一二三四五六七八九十百]+次)?(?:全体|常务|例行)?(?:会议|大会)")
"""A body holding a sitting (举行全体会议, 召开常务会议): a meeting the lead reports, even one that passes a bill."""
_AMOUNT = regex_cache.compile(r"[\d０-９][\d０-９,，.]*\s*(?:[万萬亿億兆]|%|％|[元项項件宗人家个個])")
"""A figure in a paragraph (共38项, 约718亿元, 增长5%): the paragraph is news, not background to read past."""


_COUNCIL_SITTING = regex_cache.compile(r"(?:" + alternation(LEGISLATURES) + r")(?<!行政议会)[^，。；！？\n]{0,16}?(?:举行|召开|进行)了?"
                                 r"(?P<word>(?:第[\d一二三四五六七八九十]+次)?(?:全体|定期|临时|特别)?(?:会议|大会)|\p{Han}{0,4}?质询)")
"""A legislature or council holding a sitting (立法會今日舉行大會, 縣議會今(22)日進行縣政總質詢): a meeting reported, unnamed;
a state's executive council (行政议会) sits as routine business."""


_MANY_HOLDERS = regex_cache.compile(r"(?<![与和同及跟偕])(?:多个|多间|多家|数个|几个|各个)\p{Han}{1,6}?(?<!联合|共同)(?:"
                           + alternation(("举办", "举行", "召开")) + r")了?(?!联合)[^，。；！？\n]{0,4}$")
"""Bodies counted as many before an unnamed event's holding verb (多个政党召开记者会, 多間學校舉行開放日): each holds its own. People
counted (多名立委召開記者會) or bodies joined to a holder (與多個團體) or holding it together (聯合記者會) hold one."""


_DRILL = "(?:" + in_order(DRILL_WORDS) + ")"
_NAMED_DRILL = regex_cache.compile(r"(?:(?:19|20)\d{2}年度?|第[\d一二三四五六七八九十百]+[号届])[^，。；！？\n“”「」]{0,30}?" + _DRILL)
"""A drill written with its year or number (2026年宁波市防汛抢险综合应急演练, 第49号万安演习): its name."""
_DRILL_HELD_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,24}?(?:举行|举办|登场|开展|展开|进行)")
_DRILL_HELD_BEFORE = regex_cache.compile(r"(?:举行|举办|开展|进行)了?$")
_BARE_DRILL = regex_cache.compile(r"(?P<verb>举行|举办|开展|进行)了?(?:一场|一次)?(?P<word>[^，。；！？\n]{0,24}?" + _DRILL + ")")
"""A drill a body holds, written by its sort (举行消防演练, 舉行代號「海晏」的跨部門應變演習): unnamed."""
_CONSULTATION = regex_cache.compile(r"(?P<quoted>[“「][^“”「」\n]{2,40}[”」])?(?P<word>" + in_order(CONSULTATION_WORDS) + r")(?!报告|结果|总结|期间)")
_TRIP_BEFORE = regex_cache.compile(r"(?:" + in_order(TRIP_WORDS) + r")[^，。；！？\n]{0,6}$")
"""A trip's length (考察团此行为期6天, 访问为期三天): the visit's days, not the event's it attends."""
_CONSULTATION_PERIOD = regex_cache.compile(r"为期|咨询期至|征求意见期至|至(?:明年)?\d{1,2}月\d{1,2}日")
_CONSULTATION_OPENED = regex_cache.compile(r"展开|开展|进行|启动|(?<=[日天])起")
_CONSULTATION_ANNOUNCED = regex_cache.compile(r"[，,]?[^，。；！？\n]{0,4}?于\s*" + DAY_NUMBER + r"月" + DAY_NUMBER + r"[日号][^，。；！？\n]{0,16}?(?:举行|进行|展开|开展|启动|开始|起)")
"""A consultation announced with its first day after it (…公开咨询将于9月1日至10月15日举行): opened that day, a period or not."""
_ACTION_DAY = regex_cache.compile(r"(?:19|20)\d{2}(?:年度?)?(?:\p{Han}(?<![月日年])){2,14}?(?<![今昨明当每前次本该同假生忌节])日(?:活动)?(?![\p{Han}&&[^今昨明在于举登]])")
"""A named action day (2026年象山海岸净滩日活动, 2026年全民清洁日, 2026年霹雳州植树日): its name, held where a holding verb follows or
leads it."""
_DAY_HELD_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,20}?(?:举行|举办|登场|开幕|展开)")
_BODY_SITS = regex_cache.compile(r"(?:" + in_order(SITTING_BODY_ENDINGS) + r")(?<!行政议会|常委会|董事会|监事会)[^，。；！？\n]{0,12}?(?P<word>开会)(?![前后时])")
"""A public body sitting that day (立法会财务委员会今日开会, 城市规划委员会昨日开会): an unnamed meeting; a state's executive council
or a standing committee sits as routine business."""

_SITS_ITSELF = regex_cache.compile(_CLAUSE_START + r"(?:" + _DATELINE_LEAD.pattern + r")?\s*(?P<names>[^，。；：！？\n由]{2,40}?(?:"
                            + in_order(SITTING_BODY_ENDINGS) + r"))" + _HOLDER_MODIFIERS + r"开会")
"""The subject of a sitting body's 开会 (立法会工务小组委员会今日(18日)开会): the committee holds its own meeting; a legislature
sitting is dropped after (it does not organise its sitting)."""

_CONSULTING_BODY = regex_cache.compile(_CLAUSE_START + r"(?:本报讯|[（(][^（）()\n]{1,12}讯[)）])?\s*(?P<names>[^，。；：！？\n由就对]{2,40}?)" + _HOLDER_MODIFIERS
                              + r"(?:就|对|展开|进行|开展|启动|发表|公布)[^。；！？\n]{0,80}$")
"""The body that opens a consultation: the subject of its clause before 就 or the verb (运输及物流局今日起就“某方案”展开公众咨询,
某局今日发表咨询文件，展开…公众咨询), after a dateline."""


def _consulting_body(text: str, source: str, at: int, known: set) -> list[Organizer]:
    """The body whose clause opens the consultation at `at`, where it is a known organisation or ends as one."""
    m = _CONSULTING_BODY.search(text, max(0, at - 120), at)
    if m is None:
        return []
    name = m["names"].strip()
    if name in known or to_simplified(name) in {to_simplified(k) for k in known} or _ORGANIZER_END.search(name):
        return [Organizer(name=source[m.start("names") : m.start("names") + len(m["names"])].strip(), role="organizer")]
    return []


def public_body_event(text: str, words: Words) -> Optional[tuple[int, int, str, bool]]:
    """An event of a public body that its lead reports held that day and that no event word names: a drill (named by its year
    or number, or by its sort after a holding verb), a public consultation opened with its period, a named action day, a body
    that sits (开会). Its span, kind and whether the span is a name."""
    paragraphs = _lead_paragraphs(text, 1)
    if not paragraphs:
        return None
    lead_start, lead_end = paragraphs[0]
    lead = text[lead_start:lead_end]
    if _VISIT.search(lead) or _CASE.search(lead) or _FIGURES.search(lead):
        return None
    found = []

    def now(at: int, verb_end: int, end: int) -> bool:
        return _one_held_now(text, lead_start, verb_end, end) and not _ELSEWHEN.search(text, max(lead_start, at - 30), at)

    for m in _NAMED_DRILL.finditer(text, lead_start, lead_end):
        held = _DRILL_HELD_AFTER.match(text, m.end()) or _DRILL_HELD_BEFORE.search(text, max(lead_start, m.start() - 4), m.start())
        after = _DRILL_HELD_AFTER.match(text, m.end())
        if held and now(m.start(), m.start(), m.end()) and not (after and _ELSEWHEN.search(after.group())):
            found.append((m.start(), m.end(), "other", True))
            break
    for m in _BARE_DRILL.finditer(text, lead_start, lead_end):
        if now(m.start(), m.end("verb"), m.end("word")):
            found.append((m.start("word"), m.end("word"), "other", False))
            break
    for m in _CONSULTATION.finditer(text, lead_start, lead_end):
        sentence = text[slice(*_sentence(text, m.start(), m.end()))]
        clause = _CLAUSE_END.search(text, lead_start, m.start()).group()
        opened = text[_sentence(text, m.start(), m.end())[0] : m.start()]
        if (_CONSULTATION_PERIOD.search(sentence) and _CONSULTATION_OPENED.search(opened) or _CONSULTATION_ANNOUNCED.match(text, m.end())) \
                and not _ELSEWHEN.search(_QUOTED_TERM.sub("", clause)):
            named = m["quoted"] is not None
            found.append((m.start() if named else m.start("word"), m.end(), "other", named))
            break
    for m in _ACTION_DAY.finditer(text, lead_start, lead_end):
        if (_DAY_HELD_AFTER.match(text, m.end()) or _DRILL_HELD_BEFORE.search(text, max(lead_start, m.start() - 4), m.start())) \
                and now(m.start(), m.start(), m.end()):
            found.append((m.start(), m.end(), "other", True))
            break
    for m in _BODY_SITS.finditer(text, lead_start, lead_end):
        if not _ELSEWHEN.search(text, m.start(), m.start("word")):
            found.append((m.start("word"), m.end("word"), "meeting", False))
            break
    return min(found, key=lambda f: (f[0], not f[3])) if found else None  # a name before a bare sort at the same place


_WORK_BEFORE = regex_cache.compile("(?:" + alternation(RELEASED_WORKS) + ")$")
_WORK_LAUNCH = regex_cache.compile("(?:" + alternation(RELEASED_WORKS) + ")(?P<word>" + alternation(WORK_LAUNCHES) + ")")
"""A session launching a work (新书推介会, 新书签书会, 新书首发式): a `launch`, unnamed."""
_WORK_LAUNCH_END = regex_cache.compile(_WORK_LAUNCH.pattern + "$")
_WORK_TITLE_BEFORE = regex_cache.compile(r"《[^《》\n]{1,30}》$")


def _unnamed_in_paragraph(text: str, words: Words, lead_start: int, lead_end: int) -> Optional[tuple[int, int, str]]:
    lead = text[lead_start:lead_end]
    sitting = _COUNCIL_SITTING.search(lead)
    if sitting and not _ELSEWHEN.search(lead, sitting.start(), sitting.start("word")):
        return lead_start + sitting.start("word"), lead_start + sitting.end("word"), "meeting"
    for m in _WORK_LAUNCH.finditer(text, lead_start, lead_end):
        title = _WORK_TITLE_BEFORE.search(text, max(lead_start, m.start() - 32), m.start())  # 举办《某某》新书发表会
        at = title.start() if title else m.start()
        held = _BARE_HELD.search(text, max(lead_start, at - 16), at)
        if (held or _OPENING.match(text[m.end() : m.end() + 24])) and _one_held_now(text, lead_start, held.end() if held else m.start(), m.end()):
            return m.start("word"), m.end("word"), "launch"  # 举行新书签书会, 《某某》新书推介会在…举行: the launch of a work, held that day
    for m in _KEYWORD.finditer(lead):
        start, end = lead_start + m.start(), lead_start + m.end()
        if not _is_event_word(start, end, words, text):
            continue
        kind = "meeting" if m.group() == "大会" and _SITTING_ASSEMBLY.match(text, end - 4) else KINDS[m.group()]
        if _COUNTED_AFTER.match(text, end):
            continue  # 共举行会议及展览活动35项: events counted
        if _AS_TIME_AFTER.match(text, end):
            continue  # 工程于2021年举行动土仪式后多次延误: an earlier event that dates something else
        if kind == "meeting" and (_ROUTINE_HOLDER.search(text, max(lead_start, start - 16), start)
                                  or text[max(lead_start, start - 8) : end].endswith(ROUTINE_MEETINGS)):
            return None  # 市委常委会召开会议, 局党组召开党组会议: a standing body's session is its business, and a later
            # 参加会议 in the lead is the same session
        act = _action_word(text, start, m.group())
        activity = m.group() in HELD_ACTIVITIES and (m.group() != "活动" or _DRIVE_BEFORE.search(text, max(lead_start, start - 8), start))
        if activity and (held := _ACTIVITY_HELD.search(text, max(lead_start, start - 40), start)) is not None:
            if _one_held_now(text, lead_start, held.end("verb"), end) and not _SETTING_AFTER.match(text, end):
                return start, end, kind  # 新營區公所今天舉辦健康講座, 林业局开展义务植树活动: the activity the body holds
            continue
        if kind == "press" and _SITTING_THEN.search(_CLAUSE_END.search(text, lead_start, start).group()):
            return None  # 舉行院會後記者會, 在出席行政會議前舉行記者會: a routine briefing around a sitting, the spokesperson's news
        topic = _press_topic(text, start, lead_start) if kind == "press" else None
        work = kind == "launch" and _WORK_BEFORE.search(text, max(lead_start, start - 4), start) is not None
        if work and (_BARE_HELD.search(text[max(lead_start, start - 20) : start - 2]) or _OPENING.match(text[end : end + 24])):
            return start, end, kind  # 举行新书发表会, 林某的新书推介礼昨日在…举行: the launch of a work, held that day
        if not any(_BARE_HELD.search(text[max(lead_start, at - 16) : at]) for at in (start, act) if at is not None) \
                and not ((kind == "press" or m.group() in GATHERINGS) and _HELD_WITH_MODIFIER.search(text, max(lead_start, start - 8), start)) \
                and topic is None:
            continue  # 召开防汛救灾工作新闻发布会: a holding verb, the conference's topic, its word
        if topic is not None and _statistics_topic(text, topic, start, lead_end):
            return None  # 召开上半年经济运行情况新闻发布会，上半年…增长5.6%: a statistics release
        if _MANY_HOLDERS.search(_CLAUSE_END.search(text, lead_start, start).group()):
            continue  # 多个政党召开记者会回应: one each, no single event the page reports
        if _NEGATED_HOLDING.search(text, max(lead_start, start - 16), start):
            continue  # 当日未有召开记者会, 并没有举行仪式: the event was not held
        if _ELSEWHEN.search(_QUOTED_TERM.sub("", _BEFORE_VERB.sub("", _CLAUSE_END.search(text, lead_start, start).group()))):
            continue  # 各校将于九月举行开学礼, 局方早前举行记者会时: held at another time (not 为“某某计划”举行推介礼)
        if kind == "launch" and m.group().endswith("会") and not _RELEASED.match(lead[m.end() : m.end() + 30]):
            continue  # a 发布会 that releases nothing is where news is told; a 推介礼 or 首发式 launches what it is held for
        if kind in _UNNAMED_KINDS or m.group() in GATHERINGS:
            return start, end, kind
    for held in _UNLISTED_HELD.finditer(lead):
        if _one_held_now(text, lead_start, lead_start + held.start("word"), lead_start + held.end("word")):
            return lead_start + held.start("word"), lead_start + held.end("word"), "other"  # 消防局昨日舉行開放日
    opened = _DOORS_OPENED.search(lead)
    if opened:
        return lead_start + opened.start("act"), lead_start + opened.end("act"), "ceremony"
    act = _CEREMONIAL_ACT.search(lead)
    if act:
        return lead_start + act.start("act"), lead_start + act.end("act"), "ceremony"
    signed = _SIGNED.search(lead)
    if signed:
        return lead_start + signed.start(), lead_start + signed.end(), "ceremony"
    return None


def _is_proper(text: str, start: int, end: int, words: Words) -> bool:
    """A proper name: quoted, or with a place, a body, a person or a proper noun in it (贵州省文化产业大会), not a kind of
    event with a time (上半年全市展会)."""
    if text[start - 1 : start] in ("“", "「") or regex.search(r"[“「]", text[start:end]):
        return True
    at = end
    while at > start:
        word = words.get(at)
        if word is None:
            at -= 1
            continue
        if word[1] in ("LOC", "ORG", "PER", "nz", "nw"):
            return True
        at = word[0]
    return False


_DURING = regex_cache.compile(r"(?:举办|举行|召开|开幕)?(?:期间|之际)")
"""`在A期间，B举行`: B is held during event A, and B is what is reported."""
_ATTENDED_BY = regex_cache.compile(r"(?:出席|参加|参展|前来参加|来\p{Han}{1,4}参加)$")


def _holds(text: str, host: tuple[int, int], held: tuple[int, int]) -> bool:
    """`A举行B` (第七届农博会举行项目签约仪式): event B is held at event A, and B is what is reported."""
    return 0 < held[0] - host[1] <= 12 and _HOLDING_VERB_AFTER.fullmatch(text[host[1] : held[0]]) is not None


def _fuller_form(text: str, candidates: list[tuple[int, int]], chosen: tuple[int, int], words: Optional[Words] = None) -> tuple[int, int]:
    """A later mention that writes the short name in full (…非遗博览会 -> …非物质文化遗产博览会; with its edition; a contracted
    event word written out, 进博会 -> 进口商品博览会, 投洽会 -> 投资贸易洽谈会) is the name, and so is one the text calls its full
    name (青州茶博会…全称为第六届中国（青州）国际茶产业博览会)."""
    name = text[chosen[0] : chosen[1]]
    word = _KEYWORD.findall(name)
    bare = _LEADING_EDITION.sub("", name)
    for start, end in candidates:
        other = text[start:end]
        if start <= chosen[0] or len(other) <= len(name) or not word:
            continue
        if _FULL_NAME_BEFORE.search(text, max(0, start - 8), start) and _is_subsequence(bare, other):
            return start, end
        ending = _LAST_KEYWORD.search(other)
        opening = _UNPLACED.sub("", _LEADING_EDITION.sub("", other))
        if (ending and _is_subsequence(word[-1], ending.group()) and _UNPLACED.sub("", bare)[:1] in (opening[:1], _after_place(opening, start + len(other) - len(opening), words)[:1])
                and _is_subsequence(name, other)):
            return start, end
    return chosen


def _after_place(opening: str, at: int, words: Optional[Words]) -> str:
    """What a full name opens with after a place the tagger reads (香港|夏日购物嘉年华 for 夏日嘉年华): the short name may leave
    the place out."""
    if words is None:
        return opening
    for length in range(2, min(6, len(opening)) + 1):
        word = words.get(at + length)
        if word is not None and word[0] == at:
            return opening[length:] if word[1] == "LOC" else opening
    return opening


_UNPLACED = regex_cache.compile(r"^(?:中国|中华|国际)?[\s—\-·]*[（(]?")
"""What a full name may open with before the place its short name starts with (中国（东兴）进口商品博览会 for 东兴进博会)."""
_FULL_NAME_BEFORE = regex_cache.compile(r"(?:全称|全名|正式名称)(?:为|是|叫)?[：:]?\s*[“「]?$")


def _is_subsequence(short: str, long: str) -> bool:
    """Every character of `short` appears in `long`, in order.

    >>> _is_subsequence("非遗博览会", "非物质文化遗产博览会"), _is_subsequence("遗非", "非物质文化遗产")
    (True, False)
    """
    chars = iter(long)
    return all(c in chars for c in short)


def edition_of(name: str) -> Optional[int]:
    """The edition anywhere in the name: 第N届 (浙江省第十六届运动会, 2025年（第十二届）车展), 首届, or N届 opening it.

    >>> edition_of("浙江省第十六届运动会"), edition_of("首届消费品博览会"), edition_of("二届文化周"), edition_of("换届大会")
    (16, 1, 2, None)
    """
    m = _EDITION.search(name)
    if m is None:
        return None
    if m["first"]:
        return 1
    n = parse_number(m["n"])
    return int(n) if n is not None else None


_JOB_FAIR_BEFORE = regex_cache.compile("(?:" + alternation(JOB_FAIR_WORDS) + r")(?:\p{Han}{0,3}[及和与])?\p{Han}{0,2}$")
"""What a gathering's word closes to name a job fair (就业|博览会, 就业及培训|博览会, 人才交流|会): a job word shortly before it."""
_TRAVEL_FAIR = regex_cache.compile("(?:" + alternation(TRAVEL_FAIR_WORDS) + ")展$")


def event_kind(name: str) -> str:
    """From the event word of the name's first part, joined by 暨 or 及 (its second when the first is a signing or promotion
    session): the one that ends the part (…推介会议 is a meeting), else its last; a part with no event word (茶叶、茶具及…) is
    no part, but a week named by its edition or year is one (第十二届科学技术周暨…启动仪式 is the week's, `other`), where a feast
    is not (第三届感恩宴暨颁奖典礼 is the ceremony's)."""
    if regex.search(_JOB_FAIR_END + "$", regex.split("暨|及", name)[0]):
        return "fair"  # 校园双选会, 青年求职会: a job fair
    found = [(p, w) for p in regex.split("暨|及", name) if (w := (_LAST_KEYWORD.search(p) or [None])[0] or (_KEYWORD.findall(p) or _WEEK_END.findall(p) or [None])[-1])]
    if not found:
        return "other"
    part, word = found[1] if len(found) > 1 and found[0][1] in PAIRED_KINDS else found[0]
    if regex.search(r"活动$", name):
        return "other"
    if word == "大会" and _SITTING_ASSEMBLY.search(part):  # 会员大会, 定期大会: a body's own sitting
        return "meeting"
    if _TOLD_AT.search(part[: part.rfind(word)]) and not word.endswith(("大会", "峰会", "论坛", "博览会")):  # 2025年中期业绩发布会, 投资者交流会: a company's results told to the press
        return "press"
    kind = KINDS.get(word, "expo" if word == "展" else "other")
    head = name[: name.rfind(word) + len(word)]
    if kind == "expo" and head.endswith(SCREENINGS) and not head.endswith(tuple("摄" + s for s in SCREENINGS)):  # 独立影展 screens films; a 摄影展 shows photographs
        return "other"
    if (kind == "expo" or word in JOB_FAIR_GATHERINGS) and _JOB_FAIR_BEFORE.search(head[: len(head) - len(word)]):
        return "fair"  # 夏季就业博览会, 就业及培训博览会, 人才交流会, 供需见面会: a job fair
    if word == "展" and _TRAVEL_FAIR.search(head):
        return "fair"  # 国际旅展, 旅游展: a travel fair
    return kind


_SITTING_ASSEMBLY = regex_cache.compile("(?:" + alternation(SITTING_ASSEMBLIES) + ")大会")


def _week_kind(text: str, start: int, end: int) -> str:
    """The event's kind (`event_kind`), and a week of events whose sentence tells of exhibitors (…农业周今日开幕，480家厂商参展)
    an `expo`: a trade show held as a week; a week of shows (时装周, 设计周, SHOW_WEEKS) stays `other` whoever shows at it."""
    kind, name = event_kind(text[start:end]), text[start:end].rstrip("”」』")
    if kind == "other" and name.endswith("周") and not name.endswith(SHOW_WEEKS) and _EXHIBITORS.search(text, *_sentence(text, start, end)):
        return "expo"
    return kind


_SENTENCE_REACH = 500
"""How far a sentence is looked for around a mention: a text without full stops is not scanned whole for each one."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    floor, ceiling = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    s = max(max(text.rfind(c, floor, start) for c in "。！？\n") + 1, floor)
    e = min((i for i in (text.find(c, end, ceiling) for c in "。！？\n") if i >= 0), default=ceiling)
    return s, e


_CONTRACTED_OPENING = regex_cache.compile(r"(?<=(?:^|[。，；！？\n])\s*)(\p{Han}{1,4}?(?:" + alternation(CONTRACTED_WORDS) + "))")
"""A short name with a contracted event word opening a clause (茶博会定于…): the event, when its characters are the name's.
The clause break is looked behind for, so a long run of blanks (a repeated paragraph blanked) is not scanned from each
of its positions."""


_YEAR_AFTER_NAME = regex_cache.compile(r"(?<=\p{Han})\s*(?:19|20)\d{2}\s*年?$")
"""A year closing an event's name (大学校长高峰论坛2024): later mentions leave it out."""


_BARE_WORD_NEXT = r"(?=将|將|于|於|定于|定於|在|已|今|明|昨|为期|為期|一连|一連|由)"
"""What follows the bare event word (论坛, 大会) opening a sentence about the event: when or where it is held."""


def _mentions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the event is named: by its last words (before a closing year), by the short name bracketed after it (…博览会（西博会）), by an event
    word after 本届/此次 (本届博览会, 本次活动) or opening a sentence on its days (论坛将于…), by the tail of its name opening a clause or following a day (茶文化节于…, 论坛由…,
    22日大会首日), by its characters in order opening one (動漫節 of 香港動漫電玩節), or by a
    contraction of it opening one (…茶产业博览会: 茶博会定于…); in text order."""
    name = text[start:end]
    core = name[: _YEAR_AFTER_NAME.search(name).start()] if _YEAR_AFTER_NAME.search(name) else name
    keys = [text[max(start, start + len(core) - 6) : start + len(core)]]
    alias = _ALIAS_AFTER.match(text[end : end + 12])
    if alias:
        keys.append(alias["alias"])
    found = [(at, at + len(key)) for key in keys for at in occurrences(text, key)] + [m.span() for m in _THIS_EVENT.finditer(text)]
    word = (_LAST_KEYWORD.search(core) or [None])[0]
    if word:
        for m in regex.finditer(r"(?:^|(?<=[。，；！？\n]|\d日))\s*(\p{Han}{0,4}?" + regex.escape(word) + ")", text):  # or after a day (22日大会首日)
            if (len(m[1]) >= 2 and core.endswith(m[1]) or len(m[1]) >= 3 and _is_subsequence(m[1], name)) and m.start(1) != start:
                found.append(m.span(1))
    for kind_word in {w for w in KINDS if core.endswith(w) and len(w) < len(core)}:  # 论坛将于12月2日至3日举行
        found += [m.span(1) for m in regex.finditer(r"(?:^|(?<=[。！？\n]))\s*(" + regex.escape(kind_word) + ")" + _BARE_WORD_NEXT, text)]
    for m in _CONTRACTED_OPENING.finditer(text):
        if m.start(1) != start and _is_subsequence(m[1], name) and not name.endswith(m[1]):
            found.append(m.span(1))
    return sorted(set(found))


def _mention_sentences(text: str, start: int, end: int, short: Optional[int] = None) -> list[tuple[int, int]]:
    """The sentence of the event's first mention (a short name the full one follows, at `short`), then of its name, then
    the later sentences naming the event; the first 50."""
    found = [_sentence(text, short, short + 1)] if short is not None and short < start else []
    found += [s for s in [_sentence(text, start, end)] if s not in found]
    seen = set(found)
    for at, _ in _mentions(text, start, end):
        sentence = _sentence(text, at, at + 1)
        if sentence not in seen:
            seen.add(sentence)
            found.append(sentence)
            if len(found) == _MAX_MENTION_SENTENCES:
                break
    return found


def _event_dates(doc: Doc, start: int, end: int, short: Optional[int] = None) -> tuple[Optional[str], Optional[str]]:
    """The event's first and last day from the sentences naming it.

    A stated range wins (25日至28日). Else a day followed by a verb of opening or holding is the start and one followed by
    a verb of closing (闭幕, 落下帷幕) or led by 至/持续至 the end, days right after a mention of the event (本届交易会4日
    开幕) before others (5日召开的<event>通报会); 今/昨 count as days of the page date; without either, the day next to
    the first mention is the start; 今/昨 are read against a dateline's day before the page date. A stated length (为期三天) gives the missing end or start.
    A news conference is on the day its own clause gives (今天召开记者会，宣布…将于20日登场): later days are its news.
    """
    text = text_of(doc)
    words = WordsByEnd(doc)
    sentences = _mention_sentences(text, start, end, short)
    following = _sentence(text, sentences[0][1] + 1, sentences[0][1] + 1) if sentences[0][1] < len(text) else None
    if following and (regex.match(r"\s*(?:由|从|自|于)", text[following[0] : following[1]])
                      or _PERFORMANCE_OPENING.match(text, following[0])):  # …介绍X筹备情况。赛事将于11月9日鸣枪
        sentences.insert(1, following)
    dates = [d._.attrs for d in doc.spans.get("dates", []) if d._.attrs.get("precision") in ("day", "range")]
    sentence_start = _sentence(text, start, end)[0]
    side = [m for m in _SIDE_EVENT.finditer(text, sentence_start, start) if m.end() == start]
    if side:  # …博览会（11月5日至10日）配套活动——X论坛8日举行: the fair's days are not the side event's
        host = max(sentence_start, *(text.rfind(c, sentence_start, side[-1].start()) + 1 for c in "，,；"))
        dates = [a for a in dates if not host <= a["start"] < side[-1].start()]
        sentences = [part for s, e in sentences for part in ([*([(s, host)] if host > s else []), (side[-1].end(), e)]
                                                             if s == sentence_start else [(s, e)])]
    beside = [a for a in dates if end <= a["start"] <= end + 12 and not regex.search(r"[，。；]", text[end : a["start"]])]
    written = analysis_text(doc._.source_text or text)  # the dateline as written: the text blanks its place and 讯
    published = _dateline_day(written, dates, doc._.reference_date) or doc._.reference_date
    if event_kind(text[start:end]) == "press":
        clause = _CLAUSE_END.search(text, 0, start)
        held = _days_in(text, clause.start(), start, dates, published, words)
        if not held:  # 3月11日，市政府新闻办召开新闻发布会: the day opening the sentence, its clause leading to the briefing
            held = [day for day in _days_in(text, _sentence(text, start, end)[0], clause.start(), dates, published, words)
                    if (briefing := _BRIEFING_AFTER.match(text, day[0][1])) and briefing.end() == end]
        if held:
            return held[-1][1], None
    others = [(a["start"], a["end"]) for a in dates if a["precision"] == "range" and _another_activity(text, a["end"], text[start:end])]
    outside = [a for a in dates if not start <= a["start"] < end]  # 《…规划（2025—2030年）》发布会: the name's period is not its days
    stated = _stated_range(text, outside, [_sentence(text, beside[0]["start"], beside[0]["end"])] if beside else sentences, text[start:end])
    if stated:
        return stated
    mention_ends = {e for _, e in _mentions(text, start, end)}
    def named_before(at: int) -> bool:
        return any(at - k in mention_ends and not regex.search(r"[，。；]", text[at - k : at]) for k in range(13))

    opening = closing = None
    passes = [(page_date, own) for page_date in (None, published) for own in (True, False)]
    for page_date, own in passes:  # days right after a mention of the event first; 今/昨 only for what written days leave open
        for s, e in sentences:
            for at, value in _written_days(_days_in(text, s, e, dates, page_date, words), written):
                if own and not named_before(at[0]) or _BRIEFING_AFTER.match(text, at[1]):
                    continue
                after = text[at[1] : at[1] + 24]
                if _CLOSING_AFTER.match(after) or _END_BEFORE.search(text[max(s, at[0] - 8) : at[0]]):
                    closing = closing or value
                elif _DATE_VERB.match(after) and not _CONTINUED.match(after):
                    opening = opening or value
    if opening is not None and closing is None and _CLOSING_AFTER.match(text[end : end + 32]):
        # 5月9日，<event>圆满落幕。…5月6日博览会首日: the day before the name that closes it, when a later sentence gave the first
        before = [day for at, day in _days_in(text, *sentences[0], dates, published, words) if at[1] <= start and day and len(day) == len(opening) and day >= opening]
        closing = before[-1] if before else None
    if opening is None and closing is None:
        near = [day for day in _written_days(_days_in(text, *sentences[0], dates, published, words), written)
                if not _BRIEFING_AFTER.match(text, day[0][1]) and not _TOLD_AFTER.match(text, day[0][1])]
        if beside or near:
            opening = beside[0]["value"] if beside else min(near, key=lambda day: abs(day[0][0] - start))[1]
            if _CLOSING_AFTER.match(text[end : end + 32]):
                opening, closing = None, opening
    elif opening is None:  # 4月10日，<event>在X开展，将持续至5月10日: the day written before the name opens it
        before = [day for at, day in _days_in(text, *sentences[0], dates, published, words) if at[1] <= start and day and len(day) == len(closing) and day < closing]
        opening = before[-1] if before else None
    if closing is None:
        closing = _closing_after_mentions(text, sentences, dates, opening)
    if closing is not None and opening is not None and len(closing) == len(opening) == 10 and closing < opening:
        closing = None  # a day read in a month before the opening's: the day has no month of its own
    if closing is None and opening is not None:
        closing = _closing_day_of_the_opening_month(text, sentences, opening, others)
    if opening is None and closing is None:
        return None, None
    durations = [d for s, e in sentences for d in find_durations(text[s:e]) if not _TRIP_BEFORE.search(text, max(s, s + d.start - 12), s + d.start)] \
        or [d for d in find_durations(text) if not _TRIP_BEFORE.search(text, max(0, d.start - 12), d.start)]
    if durations and closing is None:
        closing = _shift(opening, durations[0].days - 1)
    elif durations and opening is None:
        opening = _shift(closing, -(durations[0].days - 1))
    return opening, closing


def _written_days(days: list[tuple[tuple[int, int], str]], written: str) -> list[tuple[tuple[int, int], str]]:
    """A sentence's days without its dateline's (新山22日讯) when it writes another (…晚宴，21日晚在…举行): the dateline's day is
    when the page was filed; alone, it is the day its 今天/当天 mean."""
    others = [day for day in days if not _DATELINE_AFTER.match(written, day[0][1])]
    return others or days


_DATELINE_AFTER = regex_cache.compile(r"(?:电|讯)")
_CONTINUED = regex_cache.compile(r"\s*(?:将|仍|还|则)?(?:继续|持续|接续)")
"""A day on which the event goes on (论坛今(22)日将继续举行): a later day of it, not its first."""
_CLAUSE_END = regex_cache.compile(r"[^，。；！？\n]*$")
_TOLD_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,4}?(?:" + in_order(TOLD_VERBS) + ")")
"""A day whose clause tells news (主办单位今（25）日公布，…): when the page was told it, not a day of the event."""
_BRIEFING_AFTER = regex_cache.compile(r"(?:(?:[上下中]午|早上|晚上|上午\d{1,2}时|下午\d{1,2}时)?[，,]\s*)?[^，。；！？\n]{0,16}?(?:召开|举行|举办)[^，。；！？\n]{0,8}?(?:"
                                + alternation([word for word, kind in KINDS.items() if kind == "press"]) + ")")
"""A day whose clause holds a news conference (今日召开记者会，宣布…将于7月举行; 3月25日，市政府新闻办召开新闻发布会; 17日上午，X
召开新闻发布会): the briefing's day, not the event's."""


def _dateline_day(text: str, dates: list[dict], page: Optional[str] = None) -> Optional[str]:
    """The day of a dateline (亚罗士打12日讯, 新华社北京5月8日电): the 今/昨 of the story are read against it, not the page.
    Read on the page as written, since the cleaning blanks the dateline's 讯 with its byline. A bare day in a byline the
    cleaning blanked whole (（中央社記者…台北31日電）) is read against the page date: never after it, so a day above the
    page's is in the month before."""
    for a in dates:
        if a["precision"] == "day" and a["value"] and len(a["value"]) == 10 and regex.match(r"\s*(?:电|讯)", text[a["end"] : a["end"] + 3]):
            return a["value"]
    m = _BARE_DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None or not page or len(page) < 10 or not page[:4].isdigit():
        return None
    told, day = dt.date.fromisoformat(page[:10]), int(m["day"])
    year, month = (told.year, told.month) if day <= told.day else (told.year - (told.month == 1), (told.month - 2) % 12 + 1)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_BARE_DATELINE = regex_cache.compile(r"(?<![\d月])(?P<day>[0-3]?\d)日\s*(?:电|讯)")
_DATELINE_REACH = 400
"""How far into the page a dateline is looked for."""


def _closing_after_mentions(text: str, sentences: list[tuple[int, int]], dates: list[dict], opening: Optional[str]) -> Optional[str]:
    """The day a sentence right after one naming the event, in its paragraph, says it runs until or closes on (…开幕。
    比赛将持续至8月18日): its subject is the event, named by a plain word; no day before the opening."""
    for _, e in sentences:
        if e >= len(text) or text[e] == "\n":
            continue
        s, e = _sentence(text, e + 1, e + 1)
        for at, value in _days_in(text, s, e, dates, None):
            if (_CLOSING_AFTER.match(text[at[1] : at[1] + 12]) or _LASTS_UNTIL.search(text[max(s, at[0] - 8) : at[0]])) and (
                    opening is None or value >= opening):
                return value
    for _, e in sentences:  # …共设33个大项。…逾万名运动员参赛。比赛将持续至8月18日: later in the paragraph, the event by a plain word
        while e < len(text) and text[e] != "\n":
            s, e = _sentence(text, e + 1, e + 1)
            runs = _EVENT_RUNS_UNTIL.match(text, s, e)
            for at, value in _days_in(text, s, e, dates, None) if runs else ():
                if at[0] >= runs.end() and at[0] - runs.end() <= 8 and (opening is None or value >= opening):
                    return value
    return None


_EVENT_RUNS_UNTIL = regex_cache.compile(r"\s*(?:本届|本次|此次|是次|今届|今次)?(?:" + in_order(PERFORMANCE_NOUNS) + r"|活动|展期|" + _KEYWORD.pattern
                                  + r")(?:将|还将|仍将|会)?(?:一直)?(?:" + in_order(RUNNING_VERBS) + r")(?:至|到)")
"""A sentence whose subject is the event by a plain word (比赛, 活动, 展览, 赛事) and that says how long it runs (比赛将持续至8月18日):
its day is the last, wherever in the event's paragraph; a sale or a sign-up that runs on (优惠将持续至, 报名将持续至) is not the event."""


_BARE_DAY = regex_cache.compile(r"(?<![\d月年号號日])(?P<day>[0-3]?\d|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])日")


def _closing_day_of_the_opening_month(text: str, sentences: list[tuple[int, int]], opening: str,
                                      others: list[tuple[int, int]] = ()) -> Optional[str]:
    """A day with no month that the event closes on (中博会将于29日闭幕; not the number of a length, 一连四日) in a sentence naming the event, after its dated
    opening: a reader counts it from the opening's month (the next month when the number is smaller), whatever month
    the date mentions gave it."""
    if len(opening) != 10 or opening.startswith("--"):
        return None
    for s, e in sentences:
        lengths = [(s + d.start, s + d.end) for d in find_durations(text[s:e])] + list(others)  # and another activity's range
        for m in _BARE_DAY.finditer(text, s, e):
            if any(a < m.end() and m.start() < b for a, b in lengths):  # 一连四日至…结束: a length's number is no day
                continue
            if not (_CLOSING_AFTER.match(text[m.end() : m.end() + 24]) or _END_BEFORE.search(text[max(s, m.start() - 8) : m.start()])):
                continue
            day, start = int(parse_number(m["day"])), dt.date.fromisoformat(opening)
            year, month = (start.year, start.month) if day >= start.day else (start.year + start.month // 12, start.month % 12 + 1)
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    return None


_RANGE_BETWEEN = regex_cache.compile(_WEEKDAY_AFTER + r"[^，。；]{0,4}(?:至|到|—|-|~)[^，。；]{0,4}")
"""What joins a range's two days, a weekday in brackets after the first included (19日（星期六）至21日)."""


_STEP_BEFORE = regex_cache.compile(rf"(?:{alternation(STEP_WORDS)})(?:时间|日期|期间|期限|期)?\s*(?:为|是|：|:)?\s*(?:由|从|自|于)?\s*$")
"""A preparatory step of the event right before a range in its clause (报名时间为…, 预约期：…): the step's period."""


_LISTED_DAY_BEFORE = regex_cache.compile(r"(?:(?<=月)(?P<day>\d{1,2})日?|(?<![\d月])(?P<day>\d{1,2})日|(?<=[（(])(?P<bare>\d{1,2}))\s*(?:及|和|、|与)\s*$")
"""A day listed before another with 及/和/、 (10月4及5日, 9月6日和7日, 今明两天（26及27日）): the two days an event is held on;
a bare number opening brackets counts only before a bare day (（26及27日）), whose month it takes."""
_BARE_DAY_AT = regex_cache.compile(r"\d{1,2}日")


_ACTIVITY_AFTER = regex_cache.compile(r"[^，。；！？\n]{0,12}?(?:(?P<step>" + alternation(STEP_WORDS) + r")|(?:" + in_order(HELD_VERBS)
                                      + r")(?P<object>[^，。；！？\n]{2,}))")


def _another_activity(text: str, at: int, name: str) -> bool:
    """Whether the range ending at `at` is another activity's period, by what follows it in its clause: a step (将于10月20日至
    24日展开募集, 开放报名, 公开发售), or a verb of holding with an object that is not the event (于今年7月至8月举办暑期活动;
    the event's own name or its head word, 举办第五届…博览会, 举行论坛开幕式, is the event's)."""
    m = _ACTIVITY_AFTER.match(text, at)
    if m is None:
        return False
    if m["step"]:
        return True
    head = name[-2:]
    return regex.search(r"\p{Han}.*\p{Han}", m["object"]) is not None and head not in m["object"] and m["object"] not in name


def _stated_range(text: str, dates: list[dict], sentences: list[tuple[int, int]], name: str = "") -> Optional[tuple[str, str]]:
    """A range in the sentences (5月8日至10日), or two days joined by 至/到; not the period of a step before the event
    (报名时间为11月1日至15日) or of another activity after it (_another_activity)."""
    for s, e in sentences:
        dates_here = [a for a in dates if s <= a["start"] < e and not _STEP_BEFORE.search(text, max(s, a["start"] - 10), a["start"])
                      and not (a["precision"] == "range" and _another_activity(text, a["end"], name))]
        days = [a for a in dates_here if a["precision"] == "day"]
        for a, b in zip(days, days[1:]):
            if _RANGE_BETWEEN.fullmatch(text[a["end"] : b["start"]]) and not _another_activity(text, b["end"], name):
                return a["value"], b["value"]
        for b in days:  # 10月4及5日, 10月4、5日, 9月6日和7日: two days listed, the event's first and last
            listed = _LISTED_DAY_BEFORE.search(text, max(s, b["start"] - 8), b["start"])
            if listed and listed["bare"] and not _BARE_DAY_AT.fullmatch(text, b["start"], b["end"]):
                listed = None
            if listed and b["value"] and len(b["value"]) == 10 and not any(a["precision"] == "range" and a["start"] < b["start"] < a["end"]
                                                                          for a in dates_here):
                day = int(parse_number(listed["day"] or listed["bare"]))
                if day < int(b["value"][8:]):
                    return f"{b['value'][:8]}{day:02d}", b["value"]
        ranges = [a for a in dates_here if a["precision"] == "range" and len(a["start_value"]) > 4]  # 2027年至2029年: a term, no event's days
        if ranges:
            return ranges[0]["start_value"], ranges[0]["end_value"]
    return None


def _days_in(text: str, s: int, e: int, dates: list[dict], published: Optional[str],
             words: Optional[Words] = None) -> list[tuple[tuple[int, int], str]]:
    """The days written in a sentence, with 今天/昨日/今早/明天 (no number) and 上周六/本週日/下星期一 read against the page
    date, in text order. A day that is the event's Nth (昨日进入第三天) gives its first day. A 今/昨/明 inside a word of
    the tagger's (昆明|开幕, 光明|日报) is no day."""
    found = [((a["start"], a["end"]), a["value"]) for a in dates if s <= a["start"] < e and a["precision"] == "day"]
    if published and len(published) >= 10:
        for m in _RELATIVE_DAY.finditer(text, s, e):
            if words is not None and not words.starts_word(m.start()):
                continue
            if not any(a <= m.start() < b for (a, b), _ in found):
                found.append(((m.start(), m.end()), _shift(published[:10], _DAY_OFFSET[m["day"]])))
        page_day = dt.date.fromisoformat(published[:10])
        for m in _RELATIVE_WEEKDAY.finditer(text, s, e):
            if not any(a <= m.start() < b for (a, b), _ in found):
                monday = page_day - dt.timedelta(days=page_day.weekday()) + dt.timedelta(weeks=_WEEK_OFFSET[m["week"]])
                found.append(((m.start(), m.end()), (monday + dt.timedelta(days=_WEEKDAYS[m["weekday"]])).isoformat()))
                last = _BARE_WEEKDAY_AFTER.match(text, m.end())
                if last and _WEEKDAYS[last["weekday"]] > _WEEKDAYS[m["weekday"]]:  # 下周一至周五: the last day in the same week
                    found.append(((last.start("day"), last.end()), (monday + dt.timedelta(days=_WEEKDAYS[last["weekday"]])).isoformat()))
    nth = [(at, _shift(value, 1 - int(parse_number(day["n"])))) if (day := _NTH_DAY.match(text, at[1])) else (at, value) for at, value in found]
    return sorted(nth)


_RELATIVE_WEEKDAY = regex_cache.compile(r"(?P<week>上|本|这|下)(?:个)?(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天])")
_WEEK_OFFSET = {"上": -1, "本": 0, "这": 0, "下": 1}
_BARE_WEEKDAY_AFTER = regex_cache.compile(r"\s*(?:至|到)\s*(?P<day>(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天]))(?![（(])")
"""A weekday without its week right after a relative weekday and 至 (下周一至周五): a range within that week."""
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_NTH_DAY = regex_cache.compile(r"[^，。；！？]{0,3}?(?:进入|迎来|已是|是)第(?P<n>[\d一二三四五六七八九十]{1,3})天")


def _shift(value: Optional[str], days: int) -> Optional[str]:
    if not value:
        return value
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        moved = dt.date(2001, month, day) + dt.timedelta(days=days)
        return f"--{moved.month:02d}-{moved.day:02d}"
    if len(value) != 10:
        return None
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _theme(text: str, source: str, start: int, end: int) -> Optional[str]:
    """The first stated theme, unless it is the theme of some other, named activity (以“…”为主题的X)."""
    name = text[start:end]
    for pattern in _THEMES:
        for m in pattern.finditer(text):
            if m["after"] and m.end() != start and not text.startswith(name[:4], m.end()):
                words = _KEYWORD.findall(name.split("暨")[0])
                following = regex.match(r"[^，。；]{0,16}", text[m.end() : m.end() + 16]).group()
                if not words or words[-1] not in following:
                    continue
            return source[m.start("theme") : m.end("theme")]
    return None


_HOLDING_PLACE = regex_cache.compile(
    r"(?:^|[，。；\n])\s*(?![各全本我该多两])(?P<city>\p{Han}{2,4}?[市县])(?:\p{Han}{1,4}?[区县镇])?" + _TIME_WORDS + r"(?:举行|举办|召开)")
"""A city, or a district of it, holding the event (无锡市新吴区举行…签约仪式): the city is where it is."""
_SPOKEN_PLACE = regex_cache.compile(r"(?:在|于|赴|假)([^，。；在于\d]{1,24}?)(?=举行|举办|开幕|召开|开展|拉开|落下|闭幕|揭幕|启幕|开馆|登场|隆重|盛大|正式|圆满|顺利|签署|签订|签约|"
                               + in_order(OPENING_WORDS) + "|" + in_order(OPENED_VERBS) + "|[，。；])")
_TRAVEL_PLACE = regex_cache.compile(r"(?:前往|赴|到)(\p{Han}{2,4}?)(?:出席|参加|参观|视察|举行)|(?<=在)(\p{Han}{2,4}?)(?:出席|参加)(?=[“「]|\p{Han}{2,40}?(?:" + alternation(KINDS) + "))")
"""A place gone to for the event (前往厦门出席, 在昆明出席“…推介会”): where a delegation from the dateline's city attends it."""
_VENUE_END = regex_cache.compile("(?:" + alternation((*VENUE_ENDINGS, *INSTITUTION_VENUE_ENDINGS, *GROUNDS_ENDINGS)) + ")$")
"""A venue's ending, an institution's that events are held in (国家图书馆, 音乐厅) and grounds (文化园区) among them: a venue is
no city."""
_VENUE_HEAD = regex_cache.compile(r"(?P<place>\p{Han}{2,4}?)(?:国际|市立|县立)?(?:" + alternation(VENUE_ENDINGS) + ")$")
_DATELINE_DAY = r"\s*" + DAY_NUMBER + r"日(?:电|讯)"
"""A venue's name and the place word it opens with (亚罗士打国际会展中心, 临江县体育馆): the city when it has its level written,
or when a dateline names it too (亚罗士打12日讯) though no tagger knows it."""
_CITY_STATES = {"hongkong": "香港", "macau": "澳门", "singapore": "新加坡"}
_CITY_BODY = regex_cache.compile(r"(\p{Han}{2,4}?)[市县](?:\p{Han}{2,3}?[市镇乡]公所|人民政府|政府|公所|委员会|市委)?$")
"""A city's or county's government or council, or a township's office under its county (宜兰县头城镇公所): the county."""
_CITY_DEPARTMENT = regex_cache.compile(r"(\p{Han}{2,4}?)市(?:人民政府)?\p{Han}{1,12}?(?:局|委员会|委|办公室|厅|联合会|协会|商会|学会|学院|大学|学校|中学|小学|幼儿园|街道|法院|检察院|医院)$")
"""A city's department or office (东江市民政局, 东江市人民政府新闻办公室), or a school or association named after its city
(东江市技师学院, 东江市工商业联合会), or its courts, procuratorates and hospitals, a district's among them (东江市南湖区人民法院):
where it holds an event when no place is written."""
_SITTING_BODY = regex_cache.compile(r"\s*(?:中共|政协)?(?![各全本我该多两])(?P<city>\p{Han}{2,3}?[市县])(?![场民长政])")
"""A body opening a sitting's name or its holding clause with its city or county (中共德清县委…, 台州市第六届人民代表大会…),
not a word for several (各市县)."""
_DISTRICT_BODY = regex_cache.compile(r"(\p{Han}{2,4}?区)(?:人民政府|政府|公所|区委|委员会|管委会)$")


_LEVEL_WRITTEN = regex_cache.compile(r"\p{Han}{2,4}[市县区]")
"""A place written with its level (临江县): the head of a venue's name (临江县体育馆) is where it is."""
_CITY_WITH_LEVEL = regex_cache.compile(r"\p{Han}{2,4}?[市县](?!场|民|长|委|政)")
"""A city or county with its level opening a longer place (青禾市|高新区), not a word that goes on (市场, 县长)."""
def _place_words(segment: str, tagged: set[str]) -> list[str]:
    """Place names in a stretch of text: jieba's dictionary places (ns) and LAC's places, without countries and world
    regions, and without venues (人民大会堂, 国际会展中心): where in the city, not the city. A place keeps the level written
    after it (临江|县 -> 临江县, 北川|羌族|自治县 -> 北川羌族自治县)."""
    if segment in _KNOWN_PLACES:  # a place the gazetteer knows said on its own (在新山), however the tagger splits it
        return [segment]
    tokens = [(w.word, w.flag == "ns" or w.word in tagged or w.word in _KNOWN_PLACES) for w in pos_tokenizer().cut(segment)]
    words, i = [], 0
    while i < len(tokens):
        word, place = tokens[i]
        j = i + 1
        while j < len(tokens) and regex.fullmatch(r"\p{Han}{1,3}族", tokens[j][0]):
            j += 1
        level = tokens[j][0] if j < len(tokens) else ""
        if place and (level in ("县", "市", "区") and j == i + 1 or level in ("自治县", "自治州", "自治旗") and j > i + 1):
            word, j = "".join(t for t, _ in tokens[i : j + 1]), j + 1
        if place:
            words.append(word)
        i = j if place else i + 1
    opening = next((segment[:n] for n in (4, 3, 2) if segment[:n] in _KNOWN_PLACES), None)
    if (opening and tokens and len(tokens[0][0]) < len(opening) and not segment[len(opening):].startswith(STREET_ENDINGS)
            and not any(w.startswith(opening) for w in words)):
        words = [opening] + [w for w in words if not opening.startswith(w)]  # 在氹仔嘉模墟开幕: the tagger split inside a place the
        # gazetteer knows (氹|仔嘉|模墟), or found a shorter place in it (黑沙|环公园)
    return [w for w in words if not _COUNTRY.fullmatch(w) and not _VENUE_END.search(w) and not _BESIDE.search(w) and not _STREET.search(w)]


_STREET = regex_cache.compile(r"\p{Han}[路街]$")
"""A street (中正北路, 南京路): where in a city, not the city."""
_HOST_BEFORE = regex_cache.compile(r"(?P<host>[^，。；：！？\s]{2,40}?(?:" + alternation(KINDS) + r"))(?:" + in_order(HELD_VERBS) + ")了?$")
"""The event an event is held at (第七届长春农博会举行|<the event>): its name says where, as the event's own name would."""
_BESIDE = regex_cache.compile("(?:" + alternation(BESIDE_ENDINGS) + ")$")
"""A description of where beside a landmark (金鸡湖畔, 江南水乡): no place name."""


_ONLINE = regex_cache.compile(r"(?:(?:线上|网上|网络|网路|云端|视频|视讯|视像)(?:会议)?(?:方式|形式)|(?:在|于)(?:线上|网上|网络上|网路上|云端|网络平台|网路平台))"
                       r"(?:举行|举办|召开|进行|开幕|展出|开展|登场)")
"""An event held online (以线上方式举行, 以網上形式舉行, 於線上舉行, 在网上举办, 全程在网络平台进行): in no city; a guest who speaks
by video (通过视频方式致辞) does not make it online."""
_HYBRID = regex_cache.compile(r"线上线下|线下线上|线上(?:与|和|及|加|结合)线下|主会场|实体")
"""Online and in a hall at once (线上线下结合, 主会场设于…): the hall's city is the event's."""


def _place(doc: Doc, start: int, end: int, short: int, source: str, organizers: list[Organizer]) -> Optional[Place]:
    """Where the event is: the place after 在/于 in its sentences or the headline, the name's bracket (中国(镇江)), a place
    LAC finds in the name, the city of a city government that organises it, the dateline; the head of a venue's name no
    tagger knows that a dateline names (亚罗士打国际会展中心, 亚罗士打12日讯). Hong Kong, Macau and Singapore papers' events are in their city unless a place is
    said outside a venue's or the event's name."""
    text = text_of(doc)
    mentions = [text[s:e] for s, e in _mention_sentences(text, start, end, short)[:3]]
    title = doc._.headline
    if title:
        mentions.append(analysis_text(source[title[0] : title[1]]))
    if any(_ONLINE.search(m) for m in mentions[:2]) and not any(_HYBRID.search(m) for m in mentions):
        country = _LOCALE_COUNTRY.get(doc._.locale)  # 以线上方式举行, 於線上舉行: held in no city
        traditional = detect_script(source[start:end]) == "traditional"
        country = _taiwan(source) if country == "台湾" and traditional else to_traditional(country) if country and traditional else country
        return Place(country=country) if country else None
    segments = [m[m.lastindex] for sentence in mentions for pattern in (_SPOKEN_PLACE, _TRAVEL_PLACE) for m in pattern.finditer(sentence)]
    spoken = len(segments)
    tagged = {location.text for location in doc.spans.get("locations", [])}
    paren = regex.search(r"[（(](\p{Han}{2,4})[)）]", text[start:end])
    if paren:
        segments.append(paren.group(1))
    city_state = _CITY_STATES.get(doc._.locale)
    words: list[str] = []
    in_venue: set[str] = set()
    host = _HOST_BEFORE.search(text, max(0, start - 48), start)
    for i, segment in enumerate(segments + [text[start:end]] + ([host["host"]] if host else [])):
        found = [w for w in _place_words(segment, tagged) if w not in words and (len(w) > 1 or i < spoken) and w not in WORLD_REGIONS
                 and (i < spoken or w in tagged or w in _KNOWN_PLACES and w not in _WORLD)]  # 达沃斯论坛 is a brand
        if city_state:  # in a city-state only a place said on its own (在深圳举行) is another city, not one inside a name;
            # one of its own districts opening the venue's name (在榜鹅水道公园, 在黑沙环公园) is where in it the event is
            found = [w for w in found if i < spoken and (w == segment or segment.startswith(w) and _city_of_district(w) == city_state)]
        elif i < spoken and not found:
            head = _VENUE_HEAD.fullmatch(segment)
            found = [head["place"]] if head and (regex.search(regex.escape(head["place"]) + _DATELINE_DAY, text) or _LEVEL_WRITTEN.fullmatch(head["place"])) else []
            opening = max((t for t in tagged if segment.startswith(t) and _CITY_WITH_LEVEL.match(t)), key=len, default=None)
            if not found and opening:  # 在青禾市高新区举行: a place a tagger found opens it, the city with its level
                found = [_CITY_WITH_LEVEL.match(opening).group()]
            if not found and regex.fullmatch(r"\p{Han}{2,4}", segment) and mentions and _subject_opens_with(mentions[0], segment):
                found = [segment]  # 古来某同乡会今晚在古来举行: the town a local body is named after and holds its event in
        if i < spoken and _VENUE_END.search(segment):
            in_venue.update(w for w in found if w != segment and w not in _KNOWN_PLACES and w not in MUNICIPALITIES)
        words += [w for w in dict.fromkeys(found) if w not in words]  # a place said twice is one place
    for organizer in organizers:
        body = _CITY_BODY.match(to_simplified(organizer.name))
        if body and body[1] not in words:
            words.append(body[1])
    for sentence in mentions[:1]:
        holder = _HOLDING_PLACE.search(sentence)
        if holder and holder["city"] not in words:
            words.append(holder["city"])
    if not words:  # 黃大仙區議會今日舉行會議, 淡滨尼某图书馆今天举行开幕典礼: the district the holding body is named after
        words = [district for sentence in mentions[:1] if (district := _district_opening(sentence))]
    dateline = [w for place in doc._.dateline_places for w in _place_words(place, tagged) or _as_written(place) if len(w) > 1]
    dated = dateline or _dateline_places(analysis_text(source[:600]))
    if dated and words and words[0] in in_venue:  # …电 在滨海湾会展中心举行: a place no list knows inside a venue's name is
        words = dated + [w for w in words if w not in dated]  # a district; the dateline's place is the city
    else:
        words += [w for w in dated if w not in words]
    words = [w for w in words if not (len(w) == 1 and any(w in other for other in words if other != w))]  # 京 when 北京 is named
    if not words:  # only a district is written, in the name of its government that holds the event: the district as written
        words = [body[1] for organizer in organizers if (body := _DISTRICT_BODY.match(to_simplified(organizer.name)))][:1]
    if not words:  # no place is written but the city in the name of its department that holds the event (东江市民政局)
        words = [body[1] for organizer in organizers if (body := _CITY_DEPARTMENT.match(to_simplified(organizer.name)))][:1]
    if not words and _CITY_WIDE.match(text, start, end):  # 全市防汛工作会议 on 某州新闻网: the city is the paper's own
        words = [m[1] for m in _PAPER_CITY.finditer(analysis_text(source[:_PAGE_HEAD])) if m[1] in _MAINLAND][:1]
    if not words and event_kind(text[start:end]) in ("meeting", "conference"):  # 宁海县委常委会…会议, 安吉县余村召开…会议: the
        body = _SITTING_BODY.match(text, start, end) or _SITTING_BODY.match(_CLAUSE_END.search(text, _sentence(text, start, end)[0], start).group())
        words = [body["city"]] if body else []  # place of the body whose sitting it is
    if not words and city_state:
        words = [city_state]
    sentence = _sentence(text, start, end)
    traditional = detect_script(source[sentence[0] : sentence[1]]) == "traditional"  # the body's script, not the page chrome's
    def written(w: str) -> str:
        if w in text:
            return _source_form(text, source, w)
        converted = to_traditional(w) if traditional else w
        return next((form for form in (w, converted) if form in source), converted)  # a dateline's 台北, as the page writes it

    if not words:
        country = _LOCALE_COUNTRY.get(doc._.locale)
        return Place(country=written(_taiwan(source) if country == "台湾" and traditional else country)) if country else None
    places = [w for w in words if w not in _FOREIGN_COUNTRIES or w in CITY_STATES]
    province = next((w for w in places if _PROVINCE.search(w) and not _MUNICIPALITY.fullmatch(w)), None)
    city = next((w for w in places if w != province), None)
    if city in MALAYSIA_STATES:  # 槟城国际龙舟赛, (乔治市16日讯): the state's city the page names is the city
        city = next((w for w in places if w != city and _MALAYSIA.get(w) == city), city)
    if city and _DISTRICT_ONLY.fullmatch(city):  # 在高新区某镇举行 on a page that writes 重庆高新区: the district's city
        city = next((text[at - n : at] for at in occurrences(text, city) for n in (2, 3)
                     if text[max(0, at - n) : at] in _MAINLAND or text[max(0, at - n) : at] in MUNICIPALITIES), city)
    country = next((w for w in words if w in _FOREIGN_COUNTRIES and (city is None or w + city in text)), None)
    region, country = next((found for w in [city] + places if w and (found := _region_of(w, country))[1]), (None, country))
    if region is None and province and _PROVINCE_LEVEL.sub("", province) in PROVINCE_CITIES:
        region, country = _PROVINCE_LEVEL.sub("", province), "中国"
    country = country or _LOCALE_COUNTRY.get(doc._.locale)
    if country == "台湾" and traditional:
        country = _taiwan(source)
    sar = _city_of_district(to_simplified(city)) if city else None
    city_written = written(sar) if sar else written(city) if city else None  # 尖沙咀 is in the city of 香港; a dateline's city
    # is blanked out of the text and keeps the script of the body
    return Place(text="、".join(_source_form(text, source, w) for w in words[:4]), city=city_written,
                 province=written(region) if region else None, country=written(country) if country else None)


_BRACKETED_DATELINE = regex_cache.compile(r"\s*[（(【〔][^（）()【】〔〕\n]{1,30}[）)】〕]")


def _city_of_district(place: str) -> Optional[str]:
    """The SAR or Singapore whose district or town the place is (尖沙咀 -> 香港, 榜鹅 -> 新加坡), else None."""
    return _SAR.get(place) or ("新加坡" if place in _SINGAPORE else None)


def _district_opening(sentence: str) -> Optional[str]:
    """A district of Hong Kong or Macau or a Singapore town (not the city itself) that opens the sentence's subject, the
    name of the body or venue holding the event (黄大仙|区议会, 淡滨尼|某图书馆), after a dateline and time words."""
    at = _subject_start(sentence)
    return next((d for d in _CITY_DISTRICTS if _opens_with(sentence, at, d)), None)


def _subject_opens_with(sentence: str, place: str) -> bool:
    """The sentence's subject, after a dateline and time words, opens with `place` and goes on with a name."""
    return _opens_with(sentence, _subject_start(sentence), place)


def _subject_start(sentence: str) -> int:
    """Where the sentence's subject starts, after a dateline and time words."""
    dateline = _BRACKETED_DATELINE.match(sentence)
    return _SENTENCE_HEAD.match(sentence, dateline.end() if dateline else 0).end()


def _opens_with(sentence: str, at: int, place: str) -> bool:
    return sentence.startswith(place, at) and HAN.match(sentence, at + len(place)) is not None


_DISTRICT_ONLY = regex_cache.compile(r"(?:高新区|经开区|开发区|新区|高新技术产业开发区|经济技术开发区)")
"""A development zone named without its city (高新区): where the page writes the city before it, the event is in that city."""
_CITY_WIDE = regex_cache.compile(r"(?:全市|我市|本市)")
_PAPER_CITY = regex_cache.compile(r"(\p{Han}{2,3}?)(?:日报|晚报|新闻网|新闻|发布|融媒体中心|广播电视台|电视台)")
"""A city paper's, site's or broadcaster's name (抚州日报, 某州新闻网): the city a city-wide meeting it reports is held in."""
_PAGE_HEAD = 400


def _taiwan(source: str) -> str:
    """Taiwan as a Traditional article writes it (臺灣 or 台灣)."""
    return "台灣" if "台灣" in source and "臺灣" not in source else "臺灣"


_PROVINCE_LEVEL = regex_cache.compile(r"(?:省|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")
_CITY_LEVEL = regex_cache.compile(r"(?:市|县|区|特别行政区)$")
_FOREIGN_COUNTRIES = frozenset(to_simplified(w) for w in REGION_PREFIXES) - {"中国", "中华人民共和国", "台湾", "香港", "澳门"}


def _table(groups: dict[str, str]) -> dict[str, str]:
    return {place: group for group, places in groups.items() for place in places.split()}


_MAINLAND = _table(PROVINCE_CITIES)
_SAR = _table(SAR_PLACES)
_WORLD = _table(WORLD_CITIES)
_MALAYSIA = {**_table(MALAYSIA_STATES), **{state: state for state in MALAYSIA_STATES}}
_TAIWAN = frozenset(TAIWAN_PLACES.split())
_SINGAPORE = frozenset(SINGAPORE_PLACES.split())
_KNOWN_PLACES = frozenset({*_MAINLAND, *_SAR, *_SINGAPORE, *_TAIWAN, *_WORLD, *_MALAYSIA, *MALAYSIA_TERRITORIES} - {"京", "津", "沪", "渝"})
"""Places the gazetteer knows, a place wherever the tagger reads them (合肥|滨湖|国际会展中心)."""
_CITY_DISTRICTS = sorted((_SINGAPORE | _SAR.keys()) - {"香港", "澳门", *CITY_STATES}, key=len, reverse=True)
"""Districts of Hong Kong and Macau and Singapore's towns, longest first: in the city of their SAR or of Singapore."""
_LOCALE_COUNTRY = {"mainland": "中国", "hongkong": "中国", "macau": "中国", "taiwan": "台湾", "singapore": "新加坡", "malaysia": "马来西亚",
                   "us": "美国", "canada": "加拿大", "australia": "澳大利亚", "newzealand": "新西兰"}


def _region_of(place: str, country: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """The province (or state) and the country of a place, from the gazetteer: 苏州 -> 江苏, 中国; 广西南宁 -> 广西, 中国;
    高雄 -> Taiwan; 湾仔 -> 中国, no province; 怡保 -> 霹雳, 马来西亚; 东京 -> 日本. A country written with the place
    (马来西亚吉隆坡) is its country. Municipalities and SARs have no province; (None, None) for a place no list knows."""
    district = place.endswith("区") and not place.endswith(("新区", "自治区"))  # 朝阳区 is no city of the same name
    key = _CITY_LEVEL.sub("", place)
    prefix = next((p for p in PROVINCE_CITIES if key.startswith(p) and key[len(p):] in _MAINLAND), None)
    if prefix:
        key = key[len(prefix):]
    if key in CITY_STATES:
        return None, key
    if key in _SINGAPORE:
        return None, "新加坡"
    if country:
        return (_MALAYSIA.get(key) if country == "马来西亚" else None), country
    if key in MUNICIPALITIES or key in _SAR or key in ("香港", "澳门"):
        return None, "中国"
    if key in _TAIWAN or key == "台湾":
        return None, "台湾"
    if key in _MAINLAND and not district:
        return _MAINLAND[key], "中国"
    if key in _MALAYSIA or key in MALAYSIA_TERRITORIES:
        return _MALAYSIA.get(key), "马来西亚"
    return None, _WORLD.get(key)


_DATELINE_PLACE = regex_cache.compile(
    r"[/／]\s*(?:记者\p{Han}{2,3}?(?=\p{Han}{2}报[导道]))?(?!综合|编译|外电|国际中心)(?P<place>\p{Han}{2,4}?)(?:即时)?报[导道]"
    r"|" + DAY_NUMBER + r"日(?P<place>\p{Han}{2,3})(?:电|讯)"
    r"|[（(【〔](?P<place>\p{Han}{2,4})(?:\d{1,2}月)?" + DAY_NUMBER + r"日(?:电|讯)"
    r"|本报(?P<place>\p{Han}{2,4}?)(?:\d{1,2}月)?(?:\d{1,2}日)?讯"
    r"|[（(【〔\[](?P<place>\p{Han}{2,4}?)讯[）)】〕\]]"
)
"""A dateline's place: 记者X／桃园报导, 11月17日烟台讯, （亚罗士打12日讯）, 本报烟台讯, 【烟台讯】, （新加坡讯）."""
_AGENCY_BEFORE = regex_cache.compile(r"^.*(?:网|报|社)")
"""What is left of a site's or paper's name before a dateline's place (湾网|烟台 of 台湾网烟台)."""
_AGENCY_END = regex_cache.compile(r"(?:电视台|电台|电视|新闻|频道|中心)$")


def _as_written(place: str) -> list[str]:
    """A dateline's place no tagger knows, as written (新华社青禾6月10日电 -> 青禾): the dateline says it is a place; not a
    country word or a paper's or site's name."""
    place = _AGENCY_BEFORE.sub("", place)
    return [place] if regex.fullmatch(r"\p{Han}{2,4}", place) and not _COUNTRY.fullmatch(place) and not _AGENCY_END.search(place) else []


def _dateline_places(text: str) -> list[str]:
    """The place of a dateline near the top of the page (a byline the cleaning blanked included), when the cleaning step
    found none."""
    m = _DATELINE_PLACE.search(text)
    return _as_written(m["place"]) if m else []


def _organizers(text: str, source: str, start: int, end: int, bodies: set[str]) -> list[Organizer]:
    """Bodies named as organisers in the sentences that tell of the event: 由A、B主办，C承办; 由A参与主办的; 主办单位为A;
    A、B联合举办; A今日在X举办 <the event>; A举办的 <the event>."""
    found: list[Organizer] = []
    words = _KEYWORD.findall(text[start:end])
    key, word = text[start : min(end, start + 6)], words[-1] if words else text[start:end]
    alias = _ALIAS_AFTER.match(text[end : end + 16])
    signing = regex.search(r"签约|签署", text[start:end]) is not None
    for s, e in _organizer_sentences(text, key, word, alias["alias"] if alias else None):
        sentence = text[s:e]
        for m in _ORGANIZERS.finditer(sentence):
            if _in_the_past(sentence, m, text[start:end]):
                continue
            found += _split_organizers(source, s + m.start("names"), m["names"], m["verb"], bodies, named=True)
            at = m.end()
            while follow := _FOLLOWING_ROLE.match(sentence, at):
                found += _split_organizers(source, s + follow.start("names"), follow["names"], follow["verb"], bodies, named=True)
                at = follow.end()
        for pattern in (*_PLAIN_ORGANIZERS, _LEAD_THEN_OTHERS):
            for m in pattern.finditer(sentence):
                if not _in_the_past(sentence, m, text[start:end]):
                    cut = _event_then_with(m["names"], word)
                    found += _split_organizers(source, s + m.start("names") + cut, m["names"][cut:], m["verb"], bodies, named=True)
        for m in _HOLDER.finditer(sentence):
            following = regex.match(r"[^，。；！？]{0,40}", sentence[m.end() : m.end() + 40]).group()
            if (_holds_the_event(following, key, word, text[start:end]) and not _FOLLOWING_ON.match(m["names"])
                    and not (_PLACE_CLAUSE.match(m["names"]) and _credit_verb(m["verb"]) is None)  # …，在深圳国际会展中心举办: the
                    # venue, the holder is an earlier clause's; 在X主办的Y上 credits X
                    and not (signing and regex.search(r"[与和同]", m["names"]))):
                verb = regex.sub(r"[了的]$", "", m["verb"])
                found += _split_organizers(source, s + m.start("names"), m["names"], verb if verb in _ROLE_OF else "主办", bodies,  # X与Y…签约: signatories
                                           named=_ORGANIZER_ONLY.search(m.group()) is not None or _SENTENCE_HEAD.fullmatch(sentence[: m.start("names")]) is not None)
                at = m.end()
                while follow := _FOLLOWING_ROLE.match(sentence, at):  # A主办、B承办的 <the event>
                    found += _split_organizers(source, s + follow.start("names"), follow["names"], follow["verb"], bodies, named=True)
                    at = follow.end()
        for m in _LATE_VERB.finditer(sentence):
            following = regex.match(r"[^，。；！？]{0,40}", sentence[m.end() : m.end() + 40]).group()
            if _holds_the_event(following, key, word, text[start:end]):
                found += _late_holder(source, s, sentence, m.start(), bodies)
    if len(source) == len(text):  # credit lines (主办：…) that the cleaning blanked as page furniture, not a site's footer
        written = analysis_text(source)
        for line in regex.finditer(r"(?m)^[^\n]*$", written):
            if (_CREDIT_LINE.match(line.group()) and not text[line.start() : line.end()].strip()
                    and not _FOOTER.search(written, max(0, line.start() - 120), line.end() + 120)):
                for m in _PLAIN_ORGANIZERS[1].finditer(written, line.start(), line.end()):
                    found += _split_organizers(source, m.start("names"), m["names"], m["verb"], bodies, named=True)
    seen, unique = set(), []
    for org in found:
        if org.name not in seen:
            seen.add(org.name)
            unique.append(org)
    return unique


_NEGATED_HOLDING = regex_cache.compile(r"(?:未有|没有|并未|并没有|从未|未曾|未再|不会|不再|无意|拒绝|未(?!来|知|能|必))(?:如期|公开|正式|再|另外|另行|特别)?"
                                       r"(?:召开|举行|举办|主持|进行)[^，。；！？\n]{0,8}$")
"""A holding verb negated before the event's word (未有召开记者会, 并没有举行仪式): no event is held."""


_PLACE_CLAUSE = regex_cache.compile(r"\s*(?:在|于|假)")
_CREDIT_VERB = regex_cache.compile(r"(?:联合|共同|参与)?(?:主办|承办|协办|联办|合办)")


def _credit_verb(verb: str):
    """The verb credits a body with a part in the event (主办, 承办), not with holding it somewhere (举办, 举行)."""
    return _CREDIT_VERB.fullmatch(regex.sub(r"[了的]$", "", verb))
"""A holder clause that opens with where (在深圳国际会展中心举办): it names the venue, never a body that organises."""


_WITH_TIME = r"(?:今年|今届|本届|此次|本次|首次|首度|再度|再次|继续|也|又|将|[今昨明][天日]?|\s)*(?:与|和|同|跟)"
"""Time words and adverbs between the event's word and 与 (文化节|今年首次|与A及B合办): the event is the clause's subject."""


def _event_then_with(names: str, word: str) -> int:
    """Where the bodies begin in a subject that opens with the event itself (文化节今年首次与A及B合办, 本届书展与A联办):
    after its 与; 0 when the subject is only bodies."""
    if not word:
        return 0
    m = regex.match(r"\s*(?:本届|本次|此次|今届|今年的?|该)?\p{Han}{0,8}?" + regex.escape(word) + _WITH_TIME, names)
    return m.end() if m and not _organizer_name(m.group()[: -1], set()) else 0


def _holds_the_event(following: str, key: str, word: str, name: str) -> bool:
    """What follows a holding verb is the page's event: its first words, or its event word after no other event's year or
    edition (举办2025X短片节 names another event than 第八届X电影节) and in no other event's name (举办独木舟赛 is not 龙舟赛)."""
    if following.startswith(key) or _THIS_ONE.match(following):
        return not _briefing_on(following, key, word, name)
    if not word or word not in following:
        return False
    return (not _OTHER_EDITION.match(following) and not _names_other_event(following, key, name)
            and not _briefing_on(following, key, word, name))


_NAMED_EVENT = regex_cache.compile(r"\p{Han}{3,12}?(?:" + _KEYWORD.pattern + ")")
_SEGMENT_END = regex_cache.compile("(?:" + alternation(SEGMENT_WORDS) + ")$")
"""A part of the page's event (数字经济分论坛由A承办): its organiser is read as before, not as another event's."""
_FOLLOWING_ON = regex_cache.compile(r"\s*(?:这是|此为|为)?(?<![相后])继(?![续承而任])")
"""A clause opening with 继 (继A举办X之后, 这是继A举办X后): what it names came before the page's event."""


def _names_other_event(segment: str, key: str, name: str) -> bool:
    """`segment` names an event by a name of its own (葡式蛋挞比赛, 独木舟赛) that is not the page's: its last three
    characters are not in the page's event name, nor its first words in the segment."""
    if key and key in segment:
        return False
    for m in _NAMED_EVENT.finditer(segment):
        mention = m.group()
        if regex.match(r"[本此该这今]", mention) or _SEGMENT_END.search(mention) or any(mention[max(0, k.end() - 3) : k.end()] in name for k in _KEYWORD.finditer(mention)):
            continue  # 读书节各项活动: the page's 读书节 and its parts
        return True
    return False


_OTHER_EDITION = regex_cache.compile(r"\s*(?:\d{4}年?|第[\d一二三四五六七八九十百]+届|首届)")
"""A year or an edition opening the object of a holding verb: an event of its own, unless it opens the page's event's name."""


def _late_holder(source: str, s: int, sentence: str, at: int, bodies: set[str]) -> list[Organizer]:
    """The subject of a holding verb whose clause has none: the nearest earlier clause of the sentence that is only a body,
    its time and its place (A于8日在B，邀请C，隆重举办了 <the event>), or bodies joined by 携手/联手/联合 (A联手B，12日在C举办)."""
    ends = [i for i, c in enumerate(sentence[:at]) if c in "，,"] + [at]
    starts = [0] + [i + 1 for i in ends[:-1]]
    for begin, end in list(zip(starts, ends))[::-1][: _MAX_CLAUSES_BETWEEN + 1]:
        clause = sentence[begin:end]
        lead = _DATELINE_LEAD.match(clause) or regex.match(r"\s*", clause)
        m = _SUBJECT_CLAUSE.fullmatch(clause, lead.end())
        if m and not _CLAUSE_VERB.match(m["names"]) and not regex.search(r"[了过着]", m["names"]) and not regex.search(r"[\d一二三四五六七八九十]+(?:个|名|位|家|多|余|组|支|所)", m["names"]):
            got = [o for o in _split_organizers(source, s + begin + m.start("names"), m["names"], "主办", bodies, named=True)
                   if not _NOT_A_BODY_END.search(to_simplified(o.name))]
            if got:
                return got
    return []


_BRIEFING_AFTER_NAME = regex_cache.compile(r"[^，。；！？]{0,16}?(?:新闻发布会|发布会|记者会|吹风会|通气会|说明会)")
"""A news conference right after the event's name (X召开“<the event>”新闻发布会): X holds the briefing about the event."""


def _briefing_on(following: str, key: str, word: str, name: str) -> bool:
    """What a holding verb holds is a news conference about the event, not the event (A、B召开“2024X论坛”新闻发布会)."""
    if _BRIEFING_AFTER_NAME.search(name):
        return False
    at = following.rfind(word) + len(word) if word and word in following else len(key) if following.startswith(key) else -1
    return at >= 0 and _BRIEFING_AFTER_NAME.match(following, at) is not None


def _in_the_past(sentence: str, m: regex.Match, name: str = "") -> bool:
    """The clause of an organising verb puts it in the past (首届论坛曾由X主办) or names another edition than the event's
    (第二届X开幕。首届X由A主办): X organised another edition."""
    clause = max(sentence.rfind(c, 0, m.start()) for c in "，；") + 1
    if _PAST.search(sentence, clause, m.end()) is not None or _FOLLOWING_ON.match(sentence[clause : m.start()]):
        return True
    if name and m.group().startswith("由") and _names_other_event(sentence[clause : m.start()], name[:6], name):
        return True  # 下月举行的X比赛则由A主办: another event's organiser
    own = _EDITION_NUMBER.search(name)
    other = _EDITION_NUMBER.search(sentence, clause, m.start())  # a year before it is a date, no edition (2023年9月13日 — 由X合办的第八届…)
    return own is not None and other is not None and other.group() != own.group()


def _organizer_sentences(text: str, key: str, word: str, alias: Optional[str] = None) -> list[tuple[int, int]]:
    """The first sentences that name the event (by its first words, its event word, the short name bracketed after it or a
    demonstrative: 本届论坛, 本展) and an organising verb, and credit lines (主办：…, 承办单位：…)."""
    found: list[tuple[int, int]] = []
    for m in regex.finditer(r"主办|承办|协办|合办|联办|举办|举行|召开|开展|主催|共催|筹办|统筹|(?<=为[^，。；！？\n为]{1,24})主持", text):
        if found and m.start() < found[-1][1]:
            continue
        sentence = _sentence(text, m.start(), m.end())
        named = text[sentence[0] : sentence[1]]
        before = text[_sentence(text, sentence[0] - 2, sentence[0] - 2)[0] : sentence[0]] if sentence[0] > 1 else ""
        if ((_CREDIT_SENTENCE.fullmatch(named) and (key in before or word in before))
                or (_ROLE_OPENING.match(named) and (key in text[: sentence[0]] or word in text[: sentence[0]]))
                or key in named or word in named or alias and alias in named or _KEYWORD.search(text, sentence[0], sentence[1])
                or _THIS_EVENT.search(text, sentence[0], sentence[1])
                or _SLOT_OPENING.match(text, sentence[0], sentence[1]) or _PERFORMANCE_OPENING.match(text, sentence[0], sentence[1])):
            found.append(sentence)
            if len(found) == _MAX_ORGANIZER_SENTENCES:
                break
    return found


def _split_organizers(source: str, offset: int, names: str, verb: str, bodies: set[str], named: bool = False) -> list[Organizer]:
    """Split at 、; split at 和/与/及 only where both sides are names of bodies and the left one ends like one
    (文化和旅游局, 工业和信息化部 stay whole).

    A dateline before the list, and what comes before a closing bracket that opens nothing (`(记者X)`), are not part of it.
    `named`: the list fills a slot that only bodies fill (由…主办, 主办单位为…), so a museum or an agency counts too.
    """
    if verb not in _ROLE_OF:
        return []
    dateline = None
    for dateline in _DATELINE_LEAD.finditer(names):
        pass
    if dateline:
        offset, names = offset + dateline.end(), names[dateline.end() :]
    unopened = regex.match(r"[^（(]*[)）]", names)
    if unopened:
        offset, names = offset + unopened.end(), names[unopened.end() :]
    names = _UNNAMED_LAST.sub("", names)  # A以及相关部门: the bodies not named are no part of the list
    out = []
    places = regex.search(r"(?:\d+|[一二三四五六七八九十]+)(?:县市|县|市)", names) is not None

    def body(part: str, last: bool) -> bool:  # a kind of body (内地文博机构) splits a list, though it names no organiser; a bare
        part = part if last else _TIME_BEFORE_JOIN.sub("", part)
        if _BRACKETED_END.sub("", part.strip()) in SUFFIXES and not (named and part.strip() in bodies):  # ending (会馆|联合|总会（宗联）)
            return False  # is the rest of one name, unless the page names it as a body of its own (由侨联与贸促会联合主办)
        return bool(_SELF.fullmatch(part.strip()) or _kind_of_body(part.strip()) or _organizer_name(part, bodies, places, named)
                    and (last or places or _ORGANIZER_END.search(_BRACKETED_END.sub("", part.strip())) or _is_latin_body(part)
                         or named and _SHORT_NAME.fullmatch(part.strip()) is not None and part.strip() in bodies))

    for piece in regex.finditer(r"[^、]+", names):
        # B主办、C承办: each body of a list of credits has its own role; not where a body's ending holds the 'verb' (中|联办)
        credited = _CREDITED_PIECE.fullmatch(piece.group())
        ending = ORG_SUFFIX.search(piece.group()) if credited else None
        credited = None if ending is not None and ending.start() < credited.start("verb") else credited
        role = _ROLE_OF[credited["verb"]] if credited else _ROLE_OF[verb]
        parts = [(piece.start() + at, part) for at, part in _conjoined(credited["names"] if credited else piece.group(), body)]
        for index, (at, raw) in enumerate(parts):
            if index < len(parts) - 1:
                raw = _TIME_BEFORE_JOIN.sub("", raw)  # A今(14)日|与B: the clause's time, no part of the body before the 与
            companion = _TIME_THEN_WITH.match(raw)
            if companion and not _organizer_name(raw, bodies, places, named) and _organizer_name(companion["body"], bodies, places, named):
                raw = companion["body"]  # A今(28)日与农民代表: the body holds it with people who are no body
            lead = regex.match(r"\s*(?:【[^】]*】)?\s*(?:由|是|为|与|以及|和|及|在)?\s*", raw).end()
            quoted = regex.fullmatch(r"([“「])([^“”「」]+)[”」]\s*", raw[lead:])  # 「…籌委會」於…舉行晚宴: the quoted body's name
            if quoted:
                lead += 1
            written = quoted[2] if quoted else raw[lead:]
            name = _organizer_name(written, bodies, places, named)
            if name:
                begin = offset + at + lead + max(0, written.find(name))  # a kind of business before the name is left out
                out.append(Organizer(name=source[begin : begin + len(name)], role=role))
    return out


_CREDITED_PIECE = regex_cache.compile(r"(?P<names>.+?\p{Han})(?:共同|联合)?(?P<verb>主办|承办|协办|联办|合办)")
"""A piece of a list that is a body and its own role (由A指导，B主办、C承办: the holding clause's list reads B主办 and C): the
body, with that role."""


_TIME_BEFORE_JOIN = regex_cache.compile(r"(?<=\p{Han})(?:" + DAY_NUMBER + r"日|[今昨][天日早晨晚]?|[（(]\d{1,2}[)）][日晚早晨]?|[（(]\d{1,2}日[)）]|[上下中]午|早上|晚上|\s){1,4}$")
"""A time word closing a body that a conjunction joins to the next (农业部X署今(14)日|与Y县政府, X局21日上午|与Y): the clause's
time, written between the subject's first body and the 与 of the others."""


_TIME_THEN_WITH = regex_cache.compile(r"(?P<body>.+?\p{Han})(?:" + DAY_NUMBER + r"日|[今昨][天日早晨晚]?|[（(]\d{1,2}[)）][日晚早晨]?|[（(]\d{1,2}日[)）]|[上下中]午|\s){1,4}(?:与|和|同)")
"""A body, the clause's time, then 与 and its companions (A今(28)日与农民代表): when they are no body, A alone holds the event."""


_JOINING_VERBS = ("携手", "联手", "联合", "联同", "会同")
_ENDING_AFTER_JOIN = regex_cache.compile("(?:" + alternation(SUFFIXES) + r")(?=\s*(?:[（(]|[、和及与]|以及|$))")
"""An organisation's ending right after 联合 that closes a body (青禾会馆联合|总会（青禾总会）与…, 社团联合|会): 联合 is inside the
name (联合总会, 联合会), not the verb joining two bodies (A联合B主办)."""


def _conjoined(names: str, body) -> list[tuple[int, str]]:
    """`names` split at 和/及/与/以及/携手/联合 (A联合B举办) into the most parts that are each a body (`body(part, last)`), a conjunction inside a
    name kept (松江区委宣传部|和|松江区文化和旅游局); the whole when no split is all bodies."""
    cuts = [m.span() for m in regex.finditer(r"以及|携手|联手|联合|联同|会同|[和及与]", names)
            if not (m.group() in _JOINING_VERBS and _ENDING_AFTER_JOIN.match(names, m.end()))]

    def split(start: int) -> Optional[list[tuple[int, str]]]:
        best = [(start, names[start:])] if body(names[start:], True) else None
        for cut, after in (c for c in cuts if c[0] > start):
            rest = split(after) if body(names[start:cut], False) else None
            if rest and (best is None or len(rest) + 1 > len(best)):
                best = [(start, names[start:cut])] + rest
        return best

    found = split(0) if cuts and len(cuts) <= 6 else None
    return found if found and len(found) > 1 else [(0, names)]


def _organizer_name(raw: str, bodies: set[str], places: bool = False, named: bool = False) -> Optional[str]:
    """The body's name without its bracketed alias, a count of places (彰化3县) or a count of the list (等5所高校); None if
    it is not a body: a recognised organisation, a name with an organisation's ending, a place's government (兰州市).

    In a list of local governments named by their places (苗栗、南投、彰化3县及台中市), bare place names count. In a slot
    only bodies fill (由…主办), a body with a venue's or an agency's ending (历史博物馆, 发展机构) or a Latin company counts.
    An event's short name (农博会) holds nothing.
    """
    name = regex.sub(r"（[^（）]*）$|\((?:[^()]*)\)$", "", raw.strip())
    if places and _PLACES_GROUP.fullmatch(name):
        return name  # 中彰投苗四县市联合举办: a group of places by their abbreviations and count, one organiser as written
    name = regex.sub(r"(?:\d+|[一二三四五六七八九十]+)(?:县市|县|市|省)$", "", name)
    name = regex.sub(r"(?<![高中初平同对相均优上次])等(?:\d+|[一二三四五六七八九十]+)?\p{Han}{0,8}$", "", name)  # not 高等教育…会
    name = regex.sub(r"(?:\d+|[两三四五六七八九十]+)(?:家|个|所|方)(?:单位|机构|部门|高校|院校|企业)?$", "", name)
    if name.endswith("所") and len(name) > 3 and _ORGANIZER_END.search(name[:-1]):
        name = name[:-1]  # 由X商会所主办: the particle 所 before the verb, not the ending of a 研究所
    if name.endswith(_ORGANISED_BY) and (body := _organizer_name(name[: -len(_ORGANISED_BY)], bodies, places, named)):
        return body  # X协会组织举办: the body before the verb 组织 (世界卫生组织, no body without it, keeps its ending)
    apposed = next((name[kind.end() :] for kind in KIND_IN_APPOSITION.finditer(name) if name[kind.end() :] in bodies), None)
    if apposed:
        return apposed  # (本地)电动机车品牌|某某股份有限公司: the kind of business before the body's name is no part of it
    if named and (kind_quoted := _KIND_THEN_QUOTED.fullmatch(name)):
        return kind_quoted["name"]  # 本地环保志愿团体“某某行动”: the group's kind, then its name in quotation marks
    if named and (descriptor := _DESCRIPTOR_CLAUSE.match(name)) and not _organizer_name(descriptor["clause"], bodies) \
            and (body := _organizer_name(name[descriptor.end() :], bodies, places, named)) and len(body) >= 3:
        return body  # 创校于1950年的|X书院, 拥有逾两千名会员的|X总会: a clause describing the body is no part of its name
    if named and (described := _DESCRIBED_TRADE_NAME.fullmatch(name)) and described["name"] not in GENERIC_BODIES:
        return described["name"]  # 本地连锁超市集团|青禾零售: the descriptor before the trade name is no part of it
    if named and _SHORT_NAME.fullmatch(name) and name in bodies and not _SELF.match(name):
        return name  # 由星展主办: a short body the page names as one, though it ends like an event word (展, 会)
    if _SELF.match(name) or len(name) < 2 or _EVENT_WORD_END.search(name) or _UNNAMED_BODIES.search(name) \
            or GENERIC_SCOPE.match(name) and not (name in bodies and DEPARTMENT_END.search(name)):  # 社区发展及青年部: a ministry the page names
        return None
    if name in bodies or ORG_SUFFIX.search(name) and is_organization(name) or regex.fullmatch(r"\p{Han}{2,}[市县省]", name):
        return name
    if named and name not in GENERIC_BODIES and ((_ORGANIZER_END.search(name) or _TRADE_END.search(name) and not _NO_PROPER_NAME.match(name)) and len(name) >= 4 or _is_latin_body(name)):
        return name
    if named and _TEMPLE_END.search(name) and len(name) >= 3 and not _NO_PROPER_NAME.match(name) and name not in GENERIC_BODIES:
        return name  # 由青禾寺主办: a temple that organises, a proper name of two characters before its ending
    if places and regex.fullmatch(r"\p{Han}{2,3}", name):
        return name
    return None


_KIND_THEN_QUOTED = regex_cache.compile(r"[^“”「」『』]{0,12}?(?:团体|组织|团队|社团|机构|平台)[“「『](?P<name>[^“”「」『』]{2,16})[”」』]\s*")
"""A word for a kind of group, then the group's name in quotation marks (志愿团体“某某行动”, 民间组织「某某联盟」): in a slot only bodies
fill, the quoted name is the body, whatever its ending."""
_DESCRIPTOR_CLAUSE = regex_cache.compile(r"(?P<clause>[^的]{2,24})的(?=\p{Han}{3})")
"""A clause ending in 的 before a body in the subject of a holding verb (成立于1968年的, 有百年历史的, 服务社区逾半世纪的):
it describes the body; what it says is no body itself (X大学的 is left whole, see the call)."""
_SHORT_NAME = regex_cache.compile(r"\p{Han}{2,5}")
"""A body's short name (董总, 星展, 贸促会): in a slot only bodies fill, one the page's organisations hold is a body."""
_PLACES_GROUP = regex_cache.compile(r"\p{Han}{3,8}?(?:\d+|[两三四五六七八九十]+)(?:县市|省市)")
"""A group of places named by their abbreviations and counted as of mixed levels (中彰投苗四县市, 桃竹苗三县市): a label for
the group, not a list to split; a count of one level (彰化3县, in 苗栗、南投、彰化3县及台中市) ends a list of places."""
_ORGANISED_BY = "组织"
"""A verb before the organising verb (由X组织举办), or the ending of a body's name (世界卫生组织)."""
_BRACKETED_END = regex_cache.compile(r"\s*(?:（[^（）]*）|\([^()]*\))$")
"""A name's bracketed alias or English name (青禾商会（Qinghe Chamber of Commerce）): the ending is before it."""
_UNNAMED_LAST = regex_cache.compile(r"(?:以及|[和及与、])(?:其他|其它)?(?:有关|相关|各)\p{Han}{0,6}$")
_UNNAMED_BODIES = regex_cache.compile(r"有关|相关|^各|多家|若干|^(?:[多数几][名位个家间所]|一些|一批|部分|众多)")
"""Bodies not named (国家有关部委, 各级工会): no organiser; nor is a kind of body (内地文博机构, see GENERIC_SCOPE)."""


def _kind_of_body(name: str) -> bool:
    """A kind of body, not one (内地文博机构, 社区体育协会): its scope word, then an ending."""
    return GENERIC_SCOPE.match(name) is not None and bool(ORG_SUFFIX.search(name) or _ORGANIZER_END.search(name))


def _is_latin_body(name: str) -> bool:
    """A company named in Latin script (Halal Nexus Sdn Bhd)."""
    return regex.fullmatch(r"[A-Z][A-Za-z&.\- ]{2,60}", name.strip()) is not None


def _attendance(doc: Doc, source: str, start: int, end: int) -> Optional[Figure]:
    """A head count in a sentence naming the event (近400人出席, 吸引逾五十四萬人次): who came."""
    text = text_of(doc)
    sentences = _mention_sentences(text, start, end)
    words = _KEYWORD.findall(text[start:end])
    if words:
        sentences += [_sentence(text, at, at + len(words[-1])) for at in occurrences(text, words[-1])]
    for span in doc.spans.get("figures", []):
        a = span._.attrs
        if a["kind"] in ("count", "quantity") and a["unit"] in ("人", "位", "名", "人次") and any(s <= a["start"] < e for s, e in sentences):
            if regex.search(r"出席|参加|参会|与会|到场|吸引|参观|观展|入场|进场|嘉宾|代表", text[max(0, a["start"] - 12) : a["end"] + 12]):
                return Figure(text=source[a["start"] : a["end"]], span={"start": a["start"], "end": a["end"], "text": source[a["start"] : a["end"]]},
                              kind=a["kind"], value=a["value"], upper=a.get("upper"), unit=a["unit"], qualifier=a["qualifier"], subject=a.get("subject"))
    return None


def _segments(doc: Doc, source: str) -> list[str]:
    segments: list[str] = []
    for span in doc.spans.get("figures", []):
        a = span._.attrs
        subject = a.get("subject") or ""
        if a.get("items") and regex.search("(?:" + "|".join(SEGMENT_WORDS) + ")$", subject):
            segments += [i for i in a["items"] if i not in segments]
    return [_source_form(text_of(doc), source, s) for s in segments]


def _source_form(text: str, source: str, s: str) -> str:
    at = text.find(s)
    return source[at : at + len(s)] if at >= 0 else s


@Language.factory("zh_event", assigns=["doc.spans", "doc._.event"], requires=["doc.spans"], default_config={})
def make_event(nlp: Language, name: str) -> EventComponent:
    return EventComponent(nlp, name)
