"""A bank of invented sentences about the words that bound a figure (ANNOTATION.md "Figures": 以上/不少于 ge,
以内/以下/不超过/最高 le) and about figures missed because the sentence names a page-counter word.

The shapes: a bound joined to the figure by 或/及 (36度或以上, 7纳米及以下, 十万元或以下); 最高 opening a clause whose
noun is an amount a rule caps (最高刑罚为监禁及罚款500万元, 最高月薪达9万元, 最高补助为3万元); 上看 (an amount
looked up to, the Taiwan and Hong Kong usage); a view or read count stated in prose (浏览量逾42亿次，按年增加18%),
which is no page counter. Near misses that must not change: 以上 meaning "the above-mentioned" (以上三项措施), 最高法院
and other names opening with 最高, a measured maximum (最高气温达38度 stays eq), 次 as an ordinal (第二次, 首次), a
run of editions (连续三届) and a count of trading days (近五个交易日), which are durations, and a real page counter.

Written before the extractor was run on them. Simplified (mainland, Singapore, Malaysia) and Traditional (Hong Kong,
Macau, Taiwan) text; the bodies, names and numbers are made up. A figure matches as in tests/test_figure_bank.py.
"""
from __future__ import annotations

import pytest

from tests.helpers import F, check_bank_coverage, figure_differences, strict_case

# (id, sentence, expected figures)
JOINED_BOUNDS = [
    ("heat-or-above", "今年共有9天录得35度或以上的高温。",
     [F("35度或以上", "quantity", 35, "度", "ge", "高温")]),
    ("rain-or-above", "部分地区录得100毫米或以上的雨量。", [F("100毫米或以上", "quantity", 100, "毫米", "ge", "雨量")]),
    ("fine-or-below", "违者可处5000元或以下的罚款。", [F("5000元或以下", "money", 5000, "CNY", "le", "罚款")]),
    ("node-and-below", "公司7纳米及以下工艺的营收占比为46%。",
     [F("7纳米及以下", "quantity", 7, "纳米", "le", "工艺"), F("46%", "percent", 46, "%", subject="营收占比")]),
    ("staff-and-above", "园区内员工100人及以上的企业有35家。",
     [F("100人及以上", "count", 100, "人", "ge", "员工"), F("35家", "count", 35, "家", subject="企业")]),
    ("income-or-below-sg", "月收入1500新元或以下的家庭可申请补助。",
     [F("1500新元或以下", "money", 1500, "SGD", "le", "月收入")]),
    ("age-wind-or-above-sg", "气象局说，阵风时速可达每小时60公里或以上。",
     [F("60公里或以上", "quantity", 60, "公里", "ge", "阵风时速")]),
    ("income-or-below-my", "月入3000令吉或以下的家庭将获得援助金。",
     [F("3000令吉或以下", "money", 3000, "MYR", "le", "月入")]),
    ("sales-and-above-my", "年营业额50万令吉及以上的商家须登记。",
     [F("50万令吉及以上", "money", 500000, "MYR", "ge", "年营业额")]),
    ("heat-or-above-trad-hk", "去年共有11天錄得攝氏36度或以上的高溫。",
     [F("36度或以上", "quantity", 36, "度", "ge", "高溫")]),
    ("gust-or-above-trad-hk", "天文台指陣風每小時100公里或以上。",
     [F("100公里或以上", "quantity", 100, "公里", "ge", "陣風")]),
    ("fine-or-below-trad-hk", "違例者可被罰款1萬港元或以下。", [F("1萬港元或以下", "money", 10000, "HKD", "le", "罰款")]),
    ("rent-or-below-trad-hk", "月租8000港元或以下的單位佔三成。",
     [F("8000港元或以下", "money", 8000, "HKD", "le", "月租"), F("三成", "percent", 30, "%", subject="單位佔")]),
    ("bonus-or-above-trad-macau", "年資十年或以上的員工可獲額外津貼。", []),
    ("visitors-and-above-trad-macau", "單日入境旅客10萬人次及以上的日子共有12天。",
     [F("10萬人次及以上", "quantity", 100000, "人次", "ge", "入境旅客"), F("12天", "count", 12, "天", subject="日子")]),
    ("node-and-below-trad-tw", "先進製程(7奈米及以下)營收占比提高至46%。",
     [F("7奈米及以下", "quantity", 7, "奈米", "le", "先進製程"), F("46%", "percent", 46, "%", subject="營收占比")]),
    ("subsidy-or-below-trad-tw", "補助金額為新台幣5萬元或以下。", [F("新台幣5萬元或以下", "money", 50000, "TWD", "le", "補助金額")]),
    ("staff-and-above-trad-tw", "員工50人及以上的事業單位須設置哺乳室。",
     [F("50人及以上", "count", 50, "人", "ge", "員工")]),
]

ADJACENT_BOUNDS = [
    ("above-count", "全市新增就业岗位3000个以上。", [F("3000个以上", "count", 3000, "个", "ge", "就业岗位")]),
    ("within-days", "审批时限压缩至5个工作日以内。", []),
    ("not-exceed-money", "每人补贴不超过2000元。", [F("不超过2000元", "money", 2000, "CNY", "le", "补贴")]),
    ("at-least-count", "每个社区配备不少于3名网格员。", [F("不少于3名", "count", 3, "名", "ge", "网格员")]),
    ("below-percent", "失业率控制在5.5%以下。", [F("5.5%以下", "percent", 5.5, "%", "le", "失业率")]),
    ("at-most-sg", "每户最多可领取300新元。", [F("300新元", "money", 300, "SGD", "le", "领取")]),
    ("at-least-my", "每间学校至少要有2名辅导老师。", [F("2名", "count", 2, "名", "ge", "辅导老师")]),
    ("above-count-trad-hk", "活動吸引5000人以上參加。", [F("5000人以上", "count", 5000, "人", "ge", "參加")]),
    ("not-exceed-trad-hk", "每宗申請的資助額不超過50萬港元。", [F("不超過50萬港元", "money", 500000, "HKD", "le", "資助額")]),
    ("within-trad-macau", "每人每日入境攜帶現金以5萬澳門元以內為限。",
     [F("5萬澳門元以內", "money", 50000, "MOP", "le", "現金")]),
    ("at-least-trad-macau", "每間學校須配備不少於2名駐校社工。", [F("不少於2名", "count", 2, "名", "ge", "駐校社工")]),
    ("below-trad-tw", "年所得新台幣60萬元以下的家庭可申請。", [F("新台幣60萬元以下", "money", 600000, "TWD", "le", "年所得")]),
    ("at-most-trad-tw", "每人最多可購買4張門票。", [F("4張", "count", 4, "張", "le", "門票")]),
]

CAPPED_AMOUNTS = [
    ("max-penalty-is", "根据条例，贩运毒品最高刑罚为终身监禁及罚款500万元。",
     [F("500万元", "money", 5000000, "CNY", "le", "罚款")]),
    ("max-salary-reaches", "招聘会提供岗位1200个，最高月薪达2万元。",
     [F("1200个", "count", 1200, "个", subject="岗位"), F("2万元", "money", 20000, "CNY", "le", "最高月薪")]),
    ("max-subsidy-is", "每户家庭最高补助为3万元。", [F("3万元", "money", 30000, "CNY", "le", "补助")]),
    ("max-bonus-reaches", "创业大赛最高奖金达50万元。", [F("50万元", "money", 500000, "CNY", "le", "最高奖金")]),
    ("max-fine-can-be", "违者最高可被判罚款10万元。", [F("10万元", "money", 100000, "CNY", "le", "罚款")]),
    ("max-loan-quota", "首套房最高贷款额度为80万元。", [F("80万元", "money", 800000, "CNY", "le", "贷款额度")]),
    ("max-penalty-sg", "违例者最高刑罚是罚款2万新元。", [F("2万新元", "money", 20000, "SGD", "le", "罚款")]),
    ("max-allowance-sg", "受训者最高津贴为每月1800新元。", [F("1800新元", "money", 1800, "SGD", "le", "津贴")]),
    ("max-fine-my", "违例者最高罚款为1万令吉。", [F("1万令吉", "money", 10000, "MYR", "le", "罚款")]),
    ("max-aid-my", "每户灾民最高援助金达1000令吉。", [F("1000令吉", "money", 1000, "MYR", "le", "援助金")]),
    ("max-penalty-trad-hk", "根據條例，販運危險藥物最高刑罰為終身監禁及罰款500萬港元。",
     [F("500萬港元", "money", 5000000, "HKD", "le", "罰款")]),
    ("max-fine-can-be-trad-hk", "違者最高可被判罰款500萬港元及監禁7年。",
     [F("500萬港元", "money", 5000000, "HKD", "le", "罰款")]),
    ("max-fine-is-trad-hk", "非法經營旅館最高罰款為20萬港元。", [F("20萬港元", "money", 200000, "HKD", "le", "罰款")]),
    ("max-salary-trad-macau", "招聘會最高月薪達3萬澳門元。", [F("3萬澳門元", "money", 30000, "MOP", "le", "最高月薪")]),
    ("max-subsidy-trad-macau", "每間企業最高資助為60萬澳門元。", [F("60萬澳門元", "money", 600000, "MOP", "le", "資助")]),
    ("max-salary-trad-tw", "就業博覽會提供逾2000個職缺，最高月薪達新臺幣9萬元。",
     [F("逾2000個", "count", 2000, "個", "gt", "職缺"), F("新臺幣9萬元", "money", 90000, "TWD", "le", "最高月薪")]),
    ("max-fine-trad-tw", "違者最高罰鍰為新台幣30萬元。", [F("新台幣30萬元", "money", 300000, "TWD", "le", "罰鍰")]),
    ("max-subsidy-reaches-trad-tw", "每戶最高補助金額達新台幣10萬元。",
     [F("新台幣10萬元", "money", 100000, "TWD", "le", "補助金額")]),
]

LOOKED_UP_TO = [
    ("up-to-sales-trad-tw", "主辦單位預估成交金額上看新台幣6億元。", [F("上看新台幣6億元", "money", 600000000, "TWD", "le", "成交金額")]),
    ("up-to-visitors-trad-tw", "今年入園人次上看50萬人次。", [F("上看50萬人次", "quantity", 500000, "人次", "le", "入園人次")]),
    ("up-to-revenue-trad-tw", "法人估全年營收上看新台幣1,200億元。", [F("上看新台幣1,200億元", "money", 120000000000, "TWD", "le", "營收")]),
    ("up-to-price-trad-hk", "分析師指股價上看80港元。", [F("上看80港元", "money", 80, "HKD", "le", "股價")]),
    ("up-to-sales-cn", "业内预计本届展会成交额上看10亿元。", [F("上看10亿元", "money", 1000000000, "CNY", "le", "成交额")]),
    ("up-to-sales-my", "主办单位预计销售额上看500万令吉。", [F("上看500万令吉", "money", 5000000, "MYR", "le", "销售额")]),
]

VIEW_COUNTS_IN_PROSE = [
    ("page-views-trad-hk", "陸明則介紹,天文台網站及應用程式去年的瀏覽量逾42億次,按年增加18%。",
     [F("逾42億次", "count", 4200000000, "次", "gt", "瀏覽量"), F("18%", "percent", 18, "%", subject="增加")]),
    ("page-views-cn", "他介绍，政务网站去年的浏览量达3亿次，同比增长12%。",
     [F("达3亿次", "count", 300000000, "次", subject="浏览量"), F("12%", "percent", 12, "%", subject="增长")]),
    ("reads-cn", "该系列报道的阅读量超过500万次，较去年增加两成。",
     [F("超过500万次", "count", 5000000, "次", "gt", "阅读量"), F("两成", "percent", 20, "%", subject="增加")]),
    ("page-views-sg", "局长说，该网站上月的浏览量逾80万次，比去年同期多三成。",
     [F("逾80万次", "count", 800000, "次", "gt", "浏览量"), F("三成", "percent", 30, "%", subject="多")]),
    ("page-views-trad-macau", "局方表示，專題網頁的瀏覽量達120萬次，按年上升25%。",
     [F("達120萬次", "count", 1200000, "次", subject="瀏覽量"), F("25%", "percent", 25, "%", subject="上升")]),
    ("reads-trad-tw", "市府指出，防疫專區的閱讀量突破300萬次，較去年成長15%。",
     [F("突破300萬次", "count", 3000000, "次", "gt", "閱讀量"), F("15%", "percent", 15, "%", subject="成長")]),
]

NEAR_MISSES = [
    ("above-mentioned-three", "以上三项措施将于下月起实施。", [F("三项", "count", 3, "项", subject="措施")]),
    ("above-mentioned-list", "以上5家企业均已完成整改。", [F("5家", "count", 5, "家", subject="企业")]),
    ("above-mentioned-trad-hk", "以上兩宗案件仍在調查中。", [F("兩宗", "count", 2, "宗", subject="案件")]),
    ("above-mentioned-trad-tw", "以上3項計畫共投入新台幣2億元。",
     [F("3項", "count", 3, "項", subject="計畫"), F("新台幣2億元", "money", 200000000, "TWD", subject="投入")]),
    ("supreme-court-cn", "最高人民法院发布10起典型案例。", [F("10起", "count", 10, "起", subject="典型案例")]),
    ("supreme-court-damages", "最高法院判令被告赔偿50万元。", [F("50万元", "money", 500000, "CNY", subject="赔偿")]),
    ("top-court-trad-tw", "最高法院駁回上訴，被告須賠償新台幣80萬元。",
     [F("新台幣80萬元", "money", 800000, "TWD", subject="賠償")]),
    ("supreme-head-my", "最高元首赐予3名得奖者奖状。", [F("3名", "count", 3, "名", subject="得奖者")]),
    ("top-temperature-eq", "当天最高气温达38度。", [F("38度", "quantity", 38, "度", subject="最高气温")]),
    ("top-wind-eq-trad-hk", "颱風中心最高風速達每小時185公里。", [F("185公里", "quantity", 185, "公里", subject="風速")]),
    ("top-flow-eq-trad-tw", "國道五號單日最高車流達6.2萬輛。", [F("6.2萬輛", "count", 62000, "輛", subject="車流")]),
    ("highest-city", "该市人均收入为全省最高，达6万元。", [F("6万元", "money", 60000, "CNY", subject="人均收入")]),
    ("second-time", "这是该团第二次来访，双方签署3项协议。", [F("3项", "count", 3, "项", subject="协议")]),
    ("first-time-trad-hk", "這是他首次訪港，期間出席兩場論壇。", [F("兩場", "count", 2, "場", subject="論壇")]),
    ("sitting-ordinal", "市人大常委会第二十次会议表决通过2项决定。", [F("2项", "count", 2, "项", subject="决定")]),
    ("times-count", "警方今年共出动警力3000人次。", [F("3000人次", "quantity", 3000, "人次", subject="警力")]),
    ("run-of-editions", "老字号饼家连续三届夺得金奖。", []),
    ("run-of-editions-trad-macau", "該餐廳連續三屆奪得金獎。", []),
    ("editions-held-trad-macau", "大獎自創辦至今已舉辦12屆。", [F("已舉辦12屆", "count", 12, "屆", subject="大獎")]),
    ("trading-days", "外资近五个交易日累计买超。", []),
    ("trading-days-trad-tw", "外資近五個交易日累計買超。", []),
    ("working-days-trad-hk", "申請將於十個工作天內完成審批。", []),
    ("page-counter", "浏览量：1256", []),
    ("page-counter-trad", "瀏覽次數：3,402次", []),
    ("over-strict-trad-hk", "八號或以上熱帶氣旋警告信號", []),
    ("above-as-ge", "年满60岁以上的长者可免费乘车。", []),
    ("below-age-trad-hk", "18歲以下青少年有21人。", [F("21人", "count", 21, "人", subject="青少年")]),
    ("reach-eq-trad-tw", "今年觀光人次達1億3200萬人次。", [F("達1億3200萬人次", "quantity", 132000000, "人次", subject="觀光人次")]),
    ("max-as-noun-sg", "组屋转售价最高的单位以150万新元成交。", [F("150万新元", "money", 1500000, "SGD", subject="单位")]),
    ("max-record-my", "该股今日最高见5.20令吉，收于5.02令吉。",
     [F("5.20令吉", "money", 5.2, "MYR", subject="该股"), F("5.02令吉", "money", 5.02, "MYR", subject="该股")]),
    ("lookup-sky-trad-hk", "市民抬頭往上看，天空出現兩道彩虹。", [F("兩道", "count", 2, "道", subject="彩虹")]),
    ("not-exceed-near-trad-macau", "入場人數以3000人為上限。", [F("3000人", "count", 3000, "人", subject="入場人數")]),
    ("above-stop-trad-tw", "全縣12個鄉鎮以上述標準辦理補助。", [F("12個", "count", 12, "個", subject="鄉鎮")]),
    ("above-stop-trad-hk", "以上措施由下月起實施，涉及3個部門。", [F("3個", "count", 3, "個", subject="部門")]),
    ("supreme-prosecutor-trad-tw", "最高檢察署今年起訴5件貪污案。", [F("5件", "count", 5, "件", subject="貪污案")]),
    ("top-temperature-trad-macau", "當日最高氣溫達33度。", [F("33度", "quantity", 33, "度", subject="最高氣溫")]),
    ("second-sitting-trad-macau", "立法會第二次全體會議通過兩項法案。", [F("兩項", "count", 2, "項", subject="法案")]),
    ("run-of-years-trad-tw", "該校連續五年獲評優等。", []),
    ("first-prize-trad-tw", "他三度奪得冠軍，獲獎金新台幣20萬元。", [F("新台幣20萬元", "money", 200000, "TWD", subject="獎金")]),
    ("trading-days-trad-hk", "恒指過去三個交易日累跌。", []),
    ("supreme-court-trad-hk", "終審法院判令被告賠償300萬港元。", [F("300萬港元", "money", 3000000, "HKD", subject="賠償")]),
    ("two-reads-sg", "法案在国会二读通过，共有80名议员投票赞成。", [F("80名", "count", 80, "名", subject="议员")]),
]

BANK = JOINED_BOUNDS + ADJACENT_BOUNDS + CAPPED_AMOUNTS + LOOKED_UP_TO + VIEW_COUNTS_IN_PROSE + NEAR_MISSES

_SUBJECT = "the subject reader takes another noun of the clause (攝氏, 家庭, 為限, 計畫) or none, a class of its own"
_DURATION = ("a count of days or editions in a run (连续三届, 近五个交易日, 十個工作天) is a duration, no figure; the figure "
             "grammar has no block for it yet")
_MISSED = "the figure grammar drops a temperature or a length bounded right before 的 and a noun (35度或以上的高温, 7纳米及以下工艺)"
XFAIL: dict[str, str] = {
    "heat-or-above": _MISSED,
    "node-and-below": _MISSED,
    "heat-or-above-trad-hk": _SUBJECT,
    "income-or-below-my": _SUBJECT,
    "within-trad-macau": _SUBJECT,
    "max-aid-my": _SUBJECT,
    "above-mentioned-trad-tw": _SUBJECT,
    "visitors-and-above-trad-macau": "12天 of days counted is read as a duration, before this change too",
    "run-of-editions": _DURATION,
    "run-of-editions-trad-macau": _DURATION,
    "trading-days": _DURATION,
    "trading-days-trad-tw": _DURATION,
    "trading-days-trad-hk": _DURATION,
    "working-days-trad-hk": _DURATION,
    "page-counter-trad": "a counter line whose label ends in 次數 keeps its count: the chrome words name 浏览量, not 浏览次数",
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_figure_bound_words(text, expected):
    assert figure_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL, minimum=100, traditional=50)
