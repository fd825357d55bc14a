"""People, titles and quotes at the edges of a person's slot: invented sentences, each written once and mirrored into the
other script, from the mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia, written (and committed) before the
extractor was run on them. Expected values by ../shared/ANNOTATION.md ("People", "Titles", "Quotes"). Classes:

- OFFICE_LISTS: a given name that is also a dictionary word (高峰, 江山, 白云) in the slot after a chain of titles
  (县委副书记、县长X) or in a comma list of office-holders (市长X，副市长Y，…): a person, with the titles as written;
- DEPARTMENT_LISTS: short names of departments listed before 等部门, 等单位 (公安、卫健、应急管理等部门) are bodies, never
  people, whatever the tagger calls them;
- COMMUNITY_NOUNS: a community named by a place's abbreviation and 人 or 裔 (土生葡人, 港人, 华裔), with its modifier, is
  no person; the title of the office-holder listed before one stays with that person;
- SHORT_CLAUSES: a clause of four or five characters quoted inside reported speech (让企业“多撑一阵子”, 批评经费「看不到
  效益」) is a quote of the one who speaks;
- DEMANDED_CLAUSES: a clause with its own subject and verb quoted right after a verb of demanding (要求「当局公开…」) is a
  quote of the one demanding;
- NEAR_MISSES (inside each group): post words that open a common noun (市长热线, 县长办公会), people listed before 等,
  slogans and names quoted after verbs (推动“一网通办”, 要求“三年行动计划”), a community noun next to a named person.

Rows: PEOPLE (id, text, names that must be listed, names that must not); TITLES (id, text, {name: titles}); QUOTES (id,
text, [(speaker, opening words)]) in order.
"""
from __future__ import annotations

import pytest

from tests.helpers import both, check_bank_coverage, people_missed_and_wrong, quote_openings, strict_case, titles_of


PEOPLE = [
    # OFFICE_LISTS: dictionary-word names in a post's slot, closed by a comma or 、
    *both("cn-chain-then-common-word-name-comma", "区委书记唐立新，区委副书记、区长高峰，区领导邵文、柯明出席开工仪式。",
          {"唐立新", "高峰", "邵文", "柯明"}, set()),
    *both("cn-chain-then-river-name-comma", "签约仪式上，县委副书记、县长江山，副县长戚云飞分别致辞。",
          {"江山", "戚云飞"}, set()),
    *both("hk-comma-list-of-officials", "出席典禮的包括：社會福利署署長白雲，勞工處處長倪俊傑，以及多名區議員。",
          {"白雲", "倪俊傑"}, set(), trad=True),
    *both("mo-comma-list-of-officials", "文化局局長黎明，旅遊局副局長彭穎珊，出席了開幕式。",
          {"黎明", "彭穎珊"}, set(), trad=True),
    *both("tw-chain-common-word-name", "縣府秘書長、代理縣長田野，議長鄔建邦均到場剪綵。",
          {"田野", "鄔建邦"}, set(), trad=True),
    *both("sg-chain-common-word-name", "国家发展部高级政务部长、卫生部兼职政务部长金星，以及多名国会议员出席活动。",
          {"金星"}, set()),
    *both("my-chain-common-word-name", "州行政议员、州旅游委员会主席方圆，州议员蔡国祥一同主持推介礼。",
          {"方圆", "蔡国祥"}, set()),
    *both("cn-list-then-verb-common-word-name", "市委副书记、市长向前，市政协主席窦海波参加调研。",
          {"向前", "窦海波"}, set()),
    # near misses: a post word opening a common noun, a post held for a while
    *both("cn-near-mayor-hotline", "市长热线，是市民反映问题的重要渠道，去年受理诉求12万件。", set(), {"热线"}),
    *both("cn-near-county-office-meeting", "县委副书记、县长办公会，研究部署了防汛工作。", set(), {"办公会"}),
    *both("tw-near-mayor-term", "他擔任市長期間，推動多項交通建設。", set(), {"期間"}, trad=True),
    *both("hk-near-chairman-election", "委員會主席選舉，將於下月舉行。", set(), {"選舉"}, trad=True),
    # DEPARTMENT_LISTS: short names of departments before 等部门
    *both("cn-health-in-department-list", "事故发生后，镇政府立即组织公安、卫健、应急管理等部门赶到现场救援。",
          set(), {"卫健", "公安"}),
    *both("cn-housing-in-department-list", "区政府牵头住建、城管、市监等部门开展联合检查。", set(), {"住建", "城管", "市监"}),
    *both("cn-culture-tourism-in-unit-list", "县里协调文旅、交通、人社等单位共同保障活动顺利举行。", set(), {"文旅", "人社"}),
    *both("cn-ecology-in-department-list", "市里组织生态环境、水利、农业农村等部门组成督查组。", set(), {"水利"}),
    *both("cn-education-sports-in-department-list", "会议要求教体、卫健、宣传等部门各司其职。", set(), {"教体", "卫健"}),
    *both("tw-department-list-trad", "縣府協調衛生、社會、警察等單位到場協助。", set(), {"衛生", "社會"}, trad=True),
    # near misses: people listed before 等 stay people
    *both("cn-near-people-before-deng", "市领导郝建军、蒲卫健等出席活动。", {"郝建军", "蒲卫健"}, set()),
    *both("my-near-people-before-deng", "州议员林健、黄国卫等人也到场支持。", {"林健", "黄国卫"}, set()),
    # COMMUNITY_NOUNS: a place's abbreviation and 人 or 裔
    *both("mo-macanese-community", "土生葡人美食攤位最受歡迎，街坊排隊購買葡式點心。", set(), {"土生葡人"}, trad=True),
    *both("mo-macanese-before-a-cook", "土生葡人廚師施美蓮即場示範製作馬介休球。", {"施美蓮"}, {"土生葡人"}, trad=True),
    *both("mo-portuguese-community", "不少葡人選擇在澳門退休，社區活動日益增多。", set(), {"葡人"}, trad=True),
    *both("hk-hongkongers-abroad", "調查顯示，旅居英國的港人普遍關注子女教育。", set(), {"港人"}, trad=True),
    *both("sg-ethnic-chinese", "本地华裔青年参与传统节庆的比例逐年上升。", set(), {"华裔"}),
    *both("my-chinese-community-leader", "大马华人社团领袖谢志康呼吁政府关注华小师资。", {"谢志康"}, {"华人"}),
    # near miss: a person whose name holds 人 keeps it
    *both("tw-near-name-with-ren", "里長陳人豪表示，社區將加裝路燈。", {"陳人豪"}, set(), trad=True),
]

TITLES = [
    *both("cn-chain-titles-of-common-word-name", "县委书记阮国栋，县委副书记、县长高峰，县领导卜一凡出席签约仪式。",
          {"高峰": ["县委副书记", "县长"], "阮国栋": ["县委书记"]}),
    *both("cn-chain-titles-of-river-name", "市委副书记、代市长江山，副市长柴文涛出席推进会。",
          {"江山": ["市委副书记", "代市长"], "柴文涛": ["副市长"]}),
    *both("mo-title-before-a-community-cook", "開幕禮上，澳門餐飲同業協進會副會長容子軒、土生葡人廚師施美蓮即場示範。",
          {"容子軒": ["澳門餐飲同業協進會副會長"]}, trad=True),
    *both("mo-title-before-a-macanese-chef", "澳門美食推廣協會理事長歐陽浩、土生葡人廚師龍嘉怡介紹菜式。",
          {"歐陽浩": ["澳門美食推廣協會理事長"]}, trad=True),
    *both("hk-title-before-community-member", "葵青區議員甄子豪、旅港華人商會會長喬志遠出席。",
          {"甄子豪": ["葵青區議員"], "喬志遠": ["旅港華人商會會長"]}, trad=True),
]

QUOTES = [
    # SHORT_CLAUSES: four or five characters quoted inside reported speech
    *both("sg-causative-short-clause", "新加坡零售业协会会长黄志杰指出，商户经营压力很大。他建议政府延长租金回扣，让商户“多撑一阵子”。",
          [("黄志杰", "多撑一阵子")]),
    *both("my-causative-short-clause", "马来西亚中小企业公会会长苏明德促请政府放宽贷款条件，让业者“喘一口气”。",
          [("苏明德", "喘一口气")]),
    *both("tw-criticised-short-clause", "審查時，市議員范雅婷批評部分宣傳經費「看不到成效」，主張刪減預算。",
          [("范雅婷", "看不到成效")], trad=True),
    *both("hk-criticised-short-clause", "立法會議員郭浩然批評部分工程開支「找不到理據」，要求當局交代。",
          [("郭浩然", "找不到理據")], trad=True),
    *both("cn-criticised-short-clause", "座谈会上，人大代表贾明远批评个别项目“留不住人才”，建议完善配套政策。",
          [("贾明远", "留不住人才")]),
    *both("mo-warned-short-clause", "立法議員甘永樂批評部分資助計劃「等不到成果」，建議檢討審批流程。",
          [("甘永樂", "等不到成果")], trad=True),
    *both("sg-thought-short-clause", "经济师符嘉敏认为，这次调整“来得及时”，但提醒企业做好准备。", [("符嘉敏", "来得及时")]),
    *both("my-thought-short-clause", "商会会长颜志成形容今年的展销会“人气旺盛”。", [("颜志成", "人气旺盛")]),
    *both("cn-wished-short-clause", "县长蓝海洋勉励年轻干部“多下基层”，在实践中增长才干。", [("蓝海洋", "多下基层")]),
    # REPORTED_PREDICATES: after X认为，a subject opened by a demonstrative of this occasion (是次, 今次, 此次) and the quoted
    # predicate, the clause going on after it
    *both("mo-this-time-subject-predicate", "議員馮家樂接受訪問時認為，是次加幅「總算趕上物價」，但希望當局設立恆常機制。",
          [("馮家樂", "總算趕上物價")], trad=True),
    *both("hk-this-time-subject-predicate", "學者容浩文認為，今次調整「來得太遲」，但仍值得肯定。", [("容浩文", "來得太遲")], trad=True),
    *both("cn-this-time-subject-predicate", "专家邬志强认为，此次调价“基本符合预期”，但提醒企业控制成本。",
          [("邬志强", "基本符合预期")]),
    *both("my-this-time-subject-predicate", "州议员符国良表示，是次拨款“明显不足”，希望联邦政府增加预算。", [("符国良", "明显不足")]),
    # near misses: a slogan or term quoted as a verb's object is no one's words
    *both("cn-near-slogan-object", "区长倪昊表示，将继续推动“一网通办”，提升服务效率。", []),
    *both("cn-near-term-object", "会长单思源表示，企业要主动“走出去”。", []),
    *both("hk-near-short-name", "署長岑家明介紹了「樂齡科技」計劃的進展。", [], trad=True),
    # DEMANDED_CLAUSES: a clause with its own subject and verb quoted right after a verb of demanding
    *both("hk-demanded-clause", "關注組發言人樊嘉詠在政府總部外請願，要求「當局公開每項工程的開支細節」。",
          [("樊嘉詠", "當局公開每項工程")], trad=True),
    *both("mo-demanded-clause", "街坊代表卓志華要求「政府盡快公布重建時間表」。", [("卓志華", "政府盡快公布")], trad=True),
    *both("tw-demanded-clause", "自救會會長游明哲到縣府陳情，要求「縣府暫緩徵收農地」。", [("游明哲", "縣府暫緩徵收")], trad=True),
    *both("cn-demanded-clause", "业主代表宁晓东要求“物业公司公开维修基金账目”。", [("宁晓东", "物业公司公开")]),
    *both("sg-demanded-clause", "工友代表许振邦促请“雇主按时发放加班费”。", [("许振邦", "雇主按时发放")]),
    # near misses: a plan's name or a term after the same verbs
    *both("cn-near-demanded-plan-name", "局长符文清要求“三年行动计划”落到实处。", []),
    *both("hk-near-demanded-scheme-name", "議員伍家俊要求「長者醫療券計劃」擴大範圍。", [], trad=True),
]

XFAIL: dict[str, str] = {}

BANK = PEOPLE + TITLES + QUOTES


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize(("text", "listed", "not_listed"), [strict_case(row, XFAIL) for row in PEOPLE])
def test_people(text, listed, not_listed):
    assert people_missed_and_wrong(text, listed, not_listed) == (set(), set())


@pytest.mark.parametrize(("text", "expected"), [strict_case(row, XFAIL) for row in TITLES])
def test_titles(text, expected):
    assert titles_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [strict_case(row, XFAIL) for row in QUOTES])
def test_quotes(text, expected):
    assert quote_openings(text, expected) == [tuple(e) for e in expected]
