"""A bank of invented sentences from event reports and features (conferences, expos and fairs, signings, sports,
culture, charity, infrastructure, science): the subject of every figure ANNOTATION.md says a reader takes.

Written before the extractor was run on them. Groups follow the slot the subject stands in: the counted noun after
the figure (`共有300名志愿者参与服务`), a label before it across a comma (`参会人数，约2000人`), after 其中 and
分别, after 达/逾/近/约, a noun after a measure word (`120个展位`), lists of achievements; then the kinds of
thing counted in such news (participants and exhibitors, visitors, deals, areas, prizes, donations, capacity,
lengths); then near misses (editions, rankings, dates and durations, years, numbers in names). Simplified
(mainland, Singapore, Malaysia) and Traditional (Hong Kong, Macau, Taiwan) sentences; names, bodies and numbers
are made up. A figure matches as in tests/test_figure_news_bank.py.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import extract
from extractor.evaluation import subject_close


def F(text, kind, value, unit, qualifier="eq", subject=None, upper=None):
    """One expected figure."""
    return (text, kind, Decimal(str(value)), unit, qualifier, subject, None if upper is None else Decimal(str(upper)))


PARTICIPANTS = [
    ("countries-and-firms", "本届博览会吸引来自30个国家和地区的500多家企业参展。",
     [F("30个", "count", 30, "个", subject="国家和地区"), F("500多家", "count", 500, "家", "gt", "企业")]),
    ("countries-and-firms-trad-hk", "本屆展覽吸引來自25個國家和地區的逾600家展商參展。",
     [F("25個", "count", 25, "個", subject="國家和地區"), F("逾600家", "count", 600, "家", "gt", "展商")]),
    ("exhibitors-trad-macau", "今年的美食節共有120家商戶參與。",
     [F("120家", "count", 120, "家", subject="商戶")]),
    ("exhibitors-trad-tw", "本次旅展共有來自18國的450家業者設攤。",
     [F("18國", "count", 18, "國", subject="國"), F("450家", "count", 450, "家", subject="業者")]),
    ("participants-sg", "本次论坛吸引了约800名来自区域各国的代表出席。",
     [F("约800名", "count", 800, "名", "approx", "代表")]),
    ("participants-my", "大会共有1500名华团领袖出席。",
     [F("1500名", "count", 1500, "名", subject="华团领袖")]),
    ("athletes", "本届运动会共有来自12个代表团的3200名运动员参赛。",
     [F("12个", "count", 12, "个", subject="代表团"), F("3200名", "count", 3200, "名", subject="运动员")]),
    ("athletes-trad-hk", "是次馬拉松共有約7萬名跑手參加。",
     [F("約7萬名", "count", 70000, "名", "approx", "跑手")]),
    ("volunteers", "活动期间共有300名志愿者参与服务。",
     [F("300名", "count", 300, "名", subject="志愿者")]),
    ("volunteers-trad-tw", "活動現場共動員逾200名志工協助。",
     [F("逾200名", "count", 200, "名", "gt", "志工")]),
    ("scholars", "研讨会邀请了60余位海内外专家学者与会。",
     [F("60余位", "count", 60, "位", "gt", "专家学者")]),
    ("scholars-trad-macau", "論壇邀請了40多位兩岸四地學者發言。",
     [F("40多位", "count", 40, "位", "gt", "學者")]),
]

VISITORS = [
    ("visitors-da", "展会四天入场观众达12万人次。",
     [F("12万人次", "quantity", 120000, "人次", subject="入场观众")]),
    ("visitors-trad-hk", "書展七日入場人次逾百萬。",
     [F("逾百萬", "quantity", 1000000, "人次", "gt", "入場人次")]),
    ("visitors-trad-macau", "燈會開幕首日吸引約3.5萬人次市民及旅客入場。",
     [F("約3.5萬人次", "quantity", 35000, "人次", "approx", "市民及旅客")]),
    ("visitors-tw", "本屆燈節累計吸引逾800萬人次觀賞。",
     [F("逾800萬人次", "quantity", 8000000, "人次", "gt", "觀賞")]),
    ("visitors-sg", "嘉年华三天吸引超过10万人次公众参与。",
     [F("超过10万人次", "quantity", 100000, "人次", "gt", "公众")]),
    ("visitors-my", "文化节共吸引约5万名民众到场。",
     [F("约5万名", "count", 50000, "名", "approx", "民众")]),
    ("online-views", "开幕式网络直播观看量突破2000万人次。",
     [F("突破2000万人次", "quantity", 20000000, "人次", "gt", "网络直播观看量")]),
]

DEALS = [
    ("signed-projects", "签约项目56个，总投资额320亿元。",
     [F("56个", "count", 56, "个", subject="签约项目"), F("320亿元", "money", 32000000000, "CNY", subject="总投资额")]),
    ("signed-projects-trad-macau", "是次推介會共簽約項目18個，涉及金額約45億澳門元。",
     [F("18個", "count", 18, "個", subject="簽約項目"),
      F("約45億澳門元", "money", 4500000000, "MOP", "approx", "涉及金額")]),
    ("deal-amount", "本届农博会现场成交额达8.6亿元。",
     [F("8.6亿元", "money", 860000000, "CNY", subject="现场成交额")]),
    ("deal-amount-trad-tw", "本屆展覽現場交易金額突破新台幣12億元。",
     [F("突破新台幣12億元", "money", 1200000000, "TWD", "gt", "現場交易金額")]),
    ("intent-sg", "配对会促成意向合作协议40余份。",
     [F("40余份", "count", 40, "份", "gt", "意向合作协议")]),
    ("deal-count-my", "商展期间共签署23份谅解备忘录，总值约15亿令吉。",
     [F("23份", "count", 23, "份", subject="谅解备忘录"), F("约15亿令吉", "money", 1500000000, "MYR", "approx", "总值")]),
    ("contract-trad-hk", "是次論壇促成的合作項目總值逾30億港元。",
     [F("逾30億港元", "money", 3000000000, "HKD", "gt", "合作項目總值")]),
]

AREAS_AND_SIZES = [
    ("exhibition-area", "本届展会展览面积5万平方米，设标准展位2000个。",
     [F("5万平方米", "quantity", 50000, "平方米", subject="展览面积"),
      F("2000个", "count", 2000, "个", subject="标准展位")]),
    ("exhibition-area-trad-hk", "展覽總面積達3.2萬平方米。",
     [F("3.2萬平方米", "quantity", 32000, "平方米", subject="展覽總面積")]),
    ("booths-after-measure", "展区共设120个展位。",
     [F("120个", "count", 120, "个", subject="展位")]),
    ("booths-trad-tw", "今年展區規劃超過900個攤位。",
     [F("超過900個", "count", 900, "個", "gt", "攤位")]),
    ("capacity", "新体育馆可容纳3000人。",
     [F("3000人", "count", 3000, "人", subject="容纳")]),
    ("capacity-trad-macau", "新落成的演藝廳可容納約1200名觀眾。",
     [F("約1200名", "count", 1200, "名", "approx", "觀眾")]),
    ("seats-sg", "剧场设有座位1800个。",
     [F("1800个", "count", 1800, "个", subject="座位")]),
    ("length", "这条绿道全长12公里。",
     [F("12公里", "quantity", 12, "公里", subject="全长")]),
    ("length-trad-hk", "新建的行人天橋全長約280米。",
     [F("約280米", "quantity", 280, "米", "approx", "全長")]),
    ("height-trad-tw", "這座裝置藝術高達15公尺。",
     [F("15公尺", "quantity", 15, "公尺", subject="裝置藝術高度")]),
    ("bridge-length-my", "大桥全长约2.4公里，桥面宽32米。",
     [F("约2.4公里", "quantity", 2.4, "公里", "approx", "全长"), F("32米", "quantity", 32, "米", subject="桥面宽")]),
    ("site-area", "园区占地面积约1200亩。",
     [F("约1200亩", "quantity", 1200, "亩", "approx", "占地面积")]),
    ("investment-infra", "该项目总投资约46亿元，预计明年底建成。",
     [F("约46亿元", "money", 4600000000, "CNY", "approx", "总投资")]),
]

MONEY = [
    ("prize", "大赛总奖金为50万元。",
     [F("50万元", "money", 500000, "CNY", subject="总奖金")]),
    ("prize-trad-hk", "冠軍可獲獎金10萬港元。",
     [F("10萬港元", "money", 100000, "HKD", subject="獎金")]),
    ("prize-trad-tw", "首獎獎金新台幣30萬元。",
     [F("新台幣30萬元", "money", 300000, "TWD", subject="首獎獎金")]),
    ("donation", "该企业向基金会捐款100万元。",
     [F("100万元", "money", 1000000, "CNY", subject="捐款")]),
    ("donation-trad-macau", "善長仁翁合共捐出善款約500萬澳門元。",
     [F("約500萬澳門元", "money", 5000000, "MOP", "approx", "善款")]),
    ("raised-sg", "慈善晚宴共筹得善款120万新元。",
     [F("120万新元", "money", 1200000, "SGD", subject="善款")]),
    ("raised-my", "义卖会筹获款项逾8万令吉。",
     [F("逾8万令吉", "money", 80000, "MYR", "gt", "款项")]),
    ("raised-trad-hk", "步行籌款活動籌得善款逾320萬港元。",
     [F("逾320萬港元", "money", 3200000, "HKD", "gt", "善款")]),
    ("grant", "主办方为每支入围团队提供研发资助20万元。",
     [F("20万元", "money", 200000, "CNY", subject="研发资助")]),
]

LABEL_ACROSS_COMMA = [
    ("label-comma", "参会人数，约2000人。",
     [F("约2000人", "count", 2000, "人", "approx", "参会人数")]),
    ("label-colon-trad-hk", "參展商數目：約350家。",
     [F("約350家", "count", 350, "家", "approx", "參展商數目")]),
    ("label-wei", "本届赛事参赛人数为1.2万人。",
     [F("1.2万人", "count", 12000, "人", subject="参赛人数")]),
    ("label-da-trad-tw", "今年報名人數達4,500人，創下新高。",
     [F("4,500人", "count", 4500, "人", subject="報名人數")]),
    ("label-jin-trad-macau", "活動參與人數近8,000人。",
     [F("近8,000人", "count", 8000, "人", "lt", "參與人數")]),
    ("label-yue-sg", "活动参与人数约3000人。",
     [F("约3000人", "count", 3000, "人", "approx", "参与人数")]),
]

PARTS = [
    ("qizhong", "本届展会共有参展企业800家，其中境外企业260家。",
     [F("800家", "count", 800, "家", subject="参展企业"), F("260家", "count", 260, "家", subject="境外企业")]),
    ("qizhong-trad-hk", "比賽共有參賽隊伍64隊，其中本地隊伍40隊。",
     [F("64隊", "count", 64, "隊", subject="參賽隊伍"), F("40隊", "count", 40, "隊", subject="本地隊伍")]),
    ("fenbie", "两个分会场分别接待观众3万人次和2万人次。",
     [F("两个", "count", 2, "个", subject="分会场"),
      F("3万人次", "quantity", 30000, "人次", subject="观众"), F("2万人次", "quantity", 20000, "人次", subject="观众")]),
    ("fenbie-trad-tw", "本屆金曲獎男女歌手獎分別有12人及10人入圍。",
     [F("12人", "count", 12, "人", subject="男女歌手獎入圍人數"),
      F("10人", "count", 10, "人", subject="男女歌手獎入圍人數")]),
    ("gold-medals", "代表团共获得金牌18枚、银牌12枚、铜牌9枚。",
     [F("18枚", "count", 18, "枚", subject="金牌"), F("12枚", "count", 12, "枚", subject="银牌"),
      F("9枚", "count", 9, "枚", subject="铜牌")]),
    ("medals-trad-macau", "澳門代表隊在本屆賽事中奪得3金5銀。",
     [F("3金", "count", 3, "金", subject="金牌"), F("5銀", "count", 5, "銀", subject="銀牌")]),
    ("achievements", "近年来，该院累计承担国家级课题45项，获授权发明专利320件。",
     [F("45项", "count", 45, "项", subject="国家级课题"), F("320件", "count", 320, "件", subject="发明专利")]),
    ("achievements-trad-hk", "團隊至今已發表論文逾150篇，取得專利30項。",
     [F("逾150篇", "count", 150, "篇", "gt", "論文"), F("30項", "count", 30, "項", subject="專利")]),
    ("achievements-my", "该团体过去一年举办文化活动60场，受惠民众逾2万人。",
     [F("60场", "count", 60, "场", subject="文化活动"), F("逾2万人", "count", 20000, "人", "gt", "受惠民众")]),
    ("performances-sg", "艺术节期间将呈献30场演出和50场工作坊。",
     [F("30场", "count", 30, "场", subject="演出"), F("50场", "count", 50, "场", subject="工作坊")]),
    ("editions-held", "该论坛至今已举办12届。",
     [F("12届", "count", 12, "届", subject="论坛举办届数")]),
    ("works-trad-tw", "本次展覽展出逾百件書畫作品。",
     [F("逾百件", "count", 100, "件", "gt", "書畫作品")]),
    ("works", "展览共展出文物精品260余件。",
     [F("260余件", "count", 260, "件", "gt", "文物精品")]),
]

NOT_FIGURES = [
    ("edition", "第十五届中国国际航空航天博览会今天开幕。", []),
    ("edition-trad-hk", "第30屆香港國際電影節昨日揭幕。", []),
    ("ranking", "该队在比赛中获得第3名。", []),
    ("ranking-trad-tw", "他在決賽中排名第五。", []),
    ("fortune-500", "多家世界500强企业参展。", []),
    ("top-ten-trad-macau", "活動評選出年度十大傑出青年。", []),
    ("duration", "展会为期三天。", []),
    ("duration-trad-hk", "是次展覽展期兩星期。", []),
    ("anniversary-years", "今年是该校建校100周年。", []),
    ("year", "该馆于1998年落成。", []),
    ("year-trad-tw", "這座古蹟建於1925年。", []),
    ("address-trad-hk", "展覽在灣仔港灣道1號舉行。", []),
    ("consecutive", "该活动已连续五年在此举办。", []),
    ("time-of-day-sg", "开幕仪式于上午10时举行。", []),
    ("name-number-my", "第二届大马华人文化节圆满落幕。", []),
    ("rhetorical", "这是一场文化盛宴。", []),
]

BANK = PARTICIPANTS + VISITORS + DEALS + AREAS_AND_SIZES + MONEY + LABEL_ACROSS_COMMA + PARTS + NOT_FIGURES


def _row(f) -> tuple:
    return (f.text, f.kind, f.value, f.unit, f.qualifier, f.subject, f.upper)


def _differences(sentence: str, expected: list) -> list:
    found = [_row(f) for f in extract(sentence).figures]
    pool = list(found)
    missing = []
    for e in expected:
        hit = next((p for p in pool if p[1:5] == e[1:5] and p[6] == e[6] and (e[0] in p[0] or p[0] in e[0])
                    and subject_close(p[5], e[5])), None)
        if hit is None:
            missing.append(e)
        else:
            pool.remove(hit)
    return [("missing", m) for m in missing] + [("spurious", p) for p in pool]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in BANK], ids=[c[0] for c in BANK])
def test_event_figure_subjects(sentence, expected):
    assert _differences(sentence, expected) == []


def test_bank_covers_both_scripts_and_enough_sentences():
    assert len(BANK) >= 80
    assert len([c for c in BANK if "-trad" in c[0]]) >= 30
