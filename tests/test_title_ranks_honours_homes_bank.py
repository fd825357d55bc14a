"""People, titles and quotes around academic ranks, honours, homes and place-opened bodies: invented sentences, each
written once and mirrored into the other script, from the mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia,
written (and committed) before the extractor was run on them. Expected values by ../shared/ANNOTATION.md ("People",
"Titles", "Quotes"). Classes:

- ACADEMIC_RANKS: a museum's, library's or institute's head and an academic or professional rank (研究馆员, 研究员,
  副研究员, 教授, 高级工程师) joined by 、 before the name, or after it, are two titles of that person;
- HONOURS: an honour (荣誉博士, 荣誉会长, 荣誉市民, 名誉主席) is no person, whether it stands as a noun (代表荣誉博士致辞)
  or before a name; the honoured person keeps the honour as a title when it stands right before the name;
- HOMES: a home or shelter named X之家 (晨光之家, 爱心之家) is a body, and a founder's or head's title runs over the whole
  name (晨光之家创办人);
- PLACE_OPENED: a district or town's name opening a federation's or association's name (近打华团协调委员会, 麻坡中华总商会)
  is part of the body in the title;
- REMINDED_QUOTES: a quote after 提醒/呼吁/劝告 + the ones addressed and a colon, with the speaker before (在…时提醒市民：
  “…”) is the speaker's;
- DATED_BYLINES: a news agency's opening byline whose dateline gives the whole date (中央社记者X新竹2025年10月30日电)
  credits X as an author, as the short form (X新竹30日电) does, beside an editor credited at the end;
- NEAR_MISSES (inside each group): 荣誉 inside a common noun (荣誉感, 荣誉榜), 之家 after a place as a phrase, a verb before
  a body name, a reminder with no quotation.

Rows: PEOPLE (id, text, names that must be listed, names that must not); TITLES (id, text, {name: titles}); QUOTES (id,
text, [(speaker, opening words)]) in order; AUTHORS (id, page, authors in any order).
"""
from __future__ import annotations

import pytest

from extractor import extract
from tests.helpers import both, check_bank_coverage, people_missed_and_wrong, quote_openings, strict_case, titles_of


PEOPLE = [
    # HONOURS: an honour is no person
    *both("hk-honour-noun-speaks", "畢業典禮上，學院頒授榮譽院士予兩位人士。韋思朗代表榮譽院士致辭時說，教育改變了她的一生。",
          {"韋思朗"}, {"榮譽", "榮譽院士"}, trad=True),
    *both("hk-honour-doctor-list", "大學今年頒授榮譽博士學位予建築師歐陽德明及社工江慧婷。",
          {"歐陽德明", "江慧婷"}, {"榮譽"}, trad=True),
    *both("mo-honour-citizen", "澳門特區政府向退休醫生龐啟德頒發榮譽勳章，以表揚其貢獻。",
          {"龐啟德"}, {"榮譽"}, trad=True),
    *both("my-honorary-president-noun", "荣誉会长们也出席了晚宴，会长戴志鹏在致词时感谢他们的支持。",
          {"戴志鹏"}, {"荣誉", "荣誉会长"}),
    *both("sg-honorary-chair-noun", "该会名誉主席与荣誉顾问一同为新会所剪彩，会长邝俊豪致词。",
          {"邝俊豪"}, {"荣誉", "名誉"}),
    *both("tw-honour-citizen", "市府昨天授予旅日畫家尹秋雯榮譽市民證，市長莊明遠親自頒發。",
          {"尹秋雯", "莊明遠"}, {"榮譽"}, trad=True),
    *both("cn-honour-title-award", "大会授予退休教师樊丽华“荣誉校友”称号，校长贝永刚为她颁奖。",
          {"樊丽华", "贝永刚"}, {"荣誉"}),
    *both("near-honour-sense", "校长郁志坚说，学生的荣誉感来自团队合作。", {"郁志坚"}, {"荣誉"}),
    *both("near-honour-board", "荣誉榜上共有30名学生，班主任毕晓燕逐一念出名字。", {"毕晓燕"}, {"荣誉"}),
    # HOMES: X之家 is a body, never a person
    *both("hk-home-founder-list", "獲獎者包括社工卓永康及非牟利機構晨暉之家創辦人伍佩珊。",
          {"卓永康", "伍佩珊"}, {"家"}, trad=True),
    *both("my-home-chair", "仁爱之家主席甘志明表示，院舍需要更多义工。", {"甘志明"}, {"家", "仁爱"}),
]

TITLES = [
    # ACADEMIC_RANKS: a head and a rank joined by 、
    *both("cn-museum-head-rank", "临澄市博物馆馆长、研究馆员柯兰芳介绍，展品中一件青瓷尤为珍贵。",
          {"柯兰芳": ["临澄市博物馆馆长", "研究馆员"]}),
    *both("cn-museum-head-rank-other", "洛阳市博物馆副馆长、研究馆员邬晓彤表示，修复工作将持续两年。",
          {"邬晓彤": ["洛阳市博物馆副馆长", "研究馆员"]}),
    *both("cn-library-head-rank", "芜湖市图书馆馆长、研究馆员滕家明说，新馆藏书将达80万册。",
          {"滕家明": ["芜湖市图书馆馆长", "研究馆员"]}),
    *both("cn-institute-head-researcher", "江州考古研究所所长、研究员鲍志远介绍了发掘情况。",
          {"鲍志远": ["江州考古研究所所长", "研究员"]}),
    *both("cn-institute-deputy-associate", "南洲海洋研究所副所长、副研究员詹慧琳在发布会上作解读。",
          {"詹慧琳": ["南洲海洋研究所副所长", "副研究员"]}),
    *both("cn-college-dean-professor", "东川大学历史学院院长、教授薛明哲认为，这批文物意义重大。",
          {"薛明哲": ["东川大学历史学院院长", "教授"]}),
    *both("cn-engineer-rank", "襄阳市水务集团总工程师、高级工程师阎立新介绍，新管网已全部接通。",
          {"阎立新": ["襄阳市水务集团总工程师", "高级工程师"]}),
    *both("tw-museum-head-rank", "國立東海博物館館長、研究員殷慧如表示，特展將巡迴三個縣市。",
          {"殷慧如": ["國立東海博物館館長", "研究員"]}, trad=True),
    *both("hk-museum-curator-rank", "香港海事文物館總館長、研究員柏曉峰表示，展品大多首次公開。",
          {"柏曉峰": ["香港海事文物館總館長", "研究員"]}, trad=True),
    *both("mo-museum-head", "澳門海事文物館館長、研究員盛家樂介紹了館藏。",
          {"盛家樂": ["澳門海事文物館館長", "研究員"]}, trad=True),
    *both("sg-museum-director-rank", "南洋文物馆馆长、研究员龚俊杰说，展览为期三个月。",
          {"龚俊杰": ["南洋文物馆馆长", "研究员"]}),
    *both("my-museum-head-rank", "槟城华人文物馆馆长、研究员翁佩玲指出，文物来自民间捐赠。",
          {"翁佩玲": ["槟城华人文物馆馆长", "研究员"]}),
    # near miss: one title only
    *both("near-museum-head-only", "临澄市博物馆馆长柯永泰介绍了展览的筹备过程。",
          {"柯永泰": ["临澄市博物馆馆长"]}),
    *both("near-rank-only", "研究馆员苗文静在讲座中介绍了瓷器的釉色。", {"苗文静": ["研究馆员"]}),
    # HONOURS: an honour before a name is the person's title
    *both("my-honorary-president-before-name", "荣誉会长邓国梁捐出1万令吉作为助学金。", {"邓国梁": ["荣誉会长"]}),
    *both("sg-honorary-adviser-before-name", "該會榮譽顧問符志強也出席了晚宴。", {"符志強": ["榮譽顧問"]}, trad=True),
    # HOMES: a founder's title runs over X之家
    *both("hk-home-founder", "典禮上，非牟利機構晨光之家創辦人溫碧琪獲頒獎項。", {"溫碧琪": ["晨光之家創辦人"]}, trad=True),
    *both("hk-home-founder-list-title", "得獎者包括建築師司徒立和及慈善團體愛心之家創辦人崔麗華。",
          {"崔麗華": ["愛心之家創辦人"]}, trad=True),
    *both("my-home-chair-title", "仁爱之家主席甘志明表示，院舍需要更多义工。", {"甘志明": ["仁爱之家主席"]}),
    *both("sg-home-director", "新希望之家院长廖淑芬说，今年将增收20名长者。", {"廖淑芬": ["新希望之家院长"]}),
    *both("tw-home-director", "創世之家主任柴秀蘭表示，冬季物資仍有缺口。", {"柴秀蘭": ["創世之家主任"]}, trad=True),
    *both("mo-home-head", "明愛長者之家院長麥家寶介紹了新設施。", {"麥家寶": ["明愛長者之家院長"]}, trad=True),
    *both("cn-home-founder", "阳光儿童之家创办人芮晓红说，她会坚持下去。", {"芮晓红": ["阳光儿童之家创办人"]}),
    # PLACE_OPENED: a district's name opening a body's name
    *both("my-district-federation-chair", "出席嘉宾包括州行政议员邝美仪、近打华团协调委员会主席丹斯里杭永福等。",
          {"杭永福": ["近打华团协调委员会主席"]}),
    *both("my-district-chamber-chair", "麻坡中华总商会会长甄国华致词时说，商家应把握机遇。",
          {"甄国华": ["麻坡中华总商会会长"]}),
    *both("my-town-assembly-hall", "居銮中华公会会长冉志伟宣布，新会所将于明年启用。", {"冉志伟": ["居銮中华公会会长"]}),
    *both("my-district-federation-chair-trad-first", "近打華團協調委員會主席拿督葛文輝呼籲各團體團結合作。",
          {"葛文輝": ["近打華團協調委員會主席"]}, trad=True),
    *both("my-town-chamber", "峇株巴辖中华商会会长樊家荣出席推介礼。", {"樊家荣": ["峇株巴辖中华商会会长"]}),
    *both("sg-district-association", "裕廊华人联谊会主席阮振邦表示，活动吸引逾千人参与。", {"阮振邦": ["裕廊华人联谊会主席"]}),
    *both("tw-township-association", "埔里鎮農會總幹事涂建宏表示，今年茭白筍產量增加。", {"涂建宏": ["埔里鎮農會總幹事"]}, trad=True),
    # near miss: a verb before the body name is no part of it
    *both("near-verb-before-body", "州务大臣昨日接见华团协调委员会主席皮国强，听取意见。", {"皮国强": ["华团协调委员会主席"]}),
]

QUOTES = [
    # REMINDED_QUOTES
    *both("cn-police-remind-colon", "临州市公安局副局长钱浩此前在通报案情时提醒市民：“凡是承诺保本高息的理财，都要多打几个问号。”",
          [("钱浩", "凡是承诺保本高息的理财")]),
    *both("cn-police-remind-colon-other", "江州市公安局副局长宁志诚在接受采访时提醒群众：“陌生来电要求转账的，一律是诈骗。”",
          [("宁志诚", "陌生来电要求转账的")]),
    *both("cn-market-regulator-remind", "区市场监管局局长包海峰在检查时提醒商户：“过期食品必须立即下架。”",
          [("包海峰", "过期食品必须立即下架")]),
    *both("hk-police-appeal", "警務處總警司羅永傑在記者會上呼籲市民：「切勿向陌生人透露銀行密碼。」",
          [("羅永傑", "切勿向陌生人透露銀行密碼")], trad=True),
    *both("mo-fire-remind", "消防局副局長梁德輝在巡查時提醒居民：「離家前請關掉煤氣爐。」",
          [("梁德輝", "離家前請關掉煤氣爐")], trad=True),
    *both("tw-official-appeal", "衛生局長尤佳穎昨天在記者會中呼籲民眾：「出現症狀應盡快就醫。」",
          [("尤佳穎", "出現症狀應盡快就醫")], trad=True),
    *both("sg-minister-remind", "政务部长洪家宝在对话会上提醒公众：“诈骗手法不断翻新，大家要提高警惕。”",
          [("洪家宝", "诈骗手法不断翻新")]),
    *both("my-police-chief-remind", "县警区主任黎志强在汇报会上劝告民众：“不要轻信网上高回报投资。”",
          [("黎志强", "不要轻信网上高回报投资")]),
    *both("my-adun-appeal", "州议员邹美玲在活动上呼吁家长：“请多关心孩子的上网习惯。”", [("邹美玲", "请多关心孩子的上网习惯")]),
    *both("cn-remind-earlier-adverb", "市卫健委主任贾云鹏日前在发布会上特别提醒：“流感高发期要注意通风。”",
          [("贾云鹏", "流感高发期要注意通风")]),
    # near miss: a reminder with no quotation
    *both("near-remind-no-quote", "市公安局副局长覃立军提醒市民，凡是陌生来电要求转账的都要提高警惕。", []),
]


def _page(headline: str, byline: str, body: str, credit: str = "") -> str:
    return f"{headline}\n2025/10/30 18:20\n{byline}{body}{credit}\n"


AUTHORS = [
    *both("tw-agency-full-date-editor", _page("光電廠第3季營收創高", "（中央社記者雷品萱新竹2025年10月30日電）",
                                             "光學廠昱辰科技今天召開法人說明會，公布第3季營收。", "（編輯：戚冠宇）1141030"),
          ["雷品萱", "戚冠宇"], trad=True),
    *both("tw-agency-full-date-two-reporters", _page("颱風外圍環流影響", "（中央社記者龍家瑜、費思辰台北2025年9月12日電）",
                                                    "中央氣象署今天表示，颱風外圍環流將帶來雨勢。", "（編輯：靳雅婷）1140912"),
          ["龍家瑜", "費思辰", "靳雅婷"], trad=True),
    *both("tw-agency-full-date-no-editor", _page("縣府推動長照據點", "（中央社記者官敏慧花蓮2025年4月3日電）",
                                                "花蓮縣政府今天宣布新增12處長照據點。"),
          ["官敏慧"], trad=True),
    *both("tw-agency-full-date-abroad", _page("台商赴越南設廠", "（中央社記者蒲振中胡志明市2025年6月18日專電）",
                                             "多家台商今天表示，將擴大在越南的產能。", "（編輯：黎曉菁）1140618"),
          ["蒲振中", "黎曉菁"], trad=True),
    *both("tw-agency-full-date-space", _page("港口貨櫃量成長", "（中央社記者伍宏達高雄2025年8月1日電）",
                                            "高雄港務分公司今天公布上月貨櫃裝卸量。", "（編輯：喬婉如）1140801"),
          ["伍宏達", "喬婉如"], trad=True),
    # near miss: the short form, already credited
    *both("tw-agency-short-date-editor", _page("晶片出口續增", "（中央社記者聞少卿台北30日電）", "財政部今天公布出口統計。",
                                              "（編輯：談詩涵）1141030"),
          ["聞少卿", "談詩涵"], trad=True),
]

_FOUR_CHARACTER_PLACE = ("a place of four characters after the reporter (蒲振中胡志明市…专电) is read as a second name (胡志), "
                         "with or without the whole date: the credited names stop at no known place of that length")
XFAIL: dict[str, str] = {
    "tw-agency-full-date-abroad": _FOUR_CHARACTER_PLACE,
    "tw-agency-full-date-abroad-trad": _FOUR_CHARACTER_PLACE,
}

BANK = PEOPLE + TITLES + QUOTES + AUTHORS


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


@pytest.mark.parametrize(("text", "expected"), [strict_case(row, XFAIL) for row in AUTHORS])
def test_authors(text, expected):
    assert sorted(extract(text).authors) == sorted(expected)
