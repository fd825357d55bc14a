"""A bank of invented sentences from budgets, statistics releases and company results, and the EXACT subject of each
figure in them: the words that name what the figure measures, with no word of the sentence's grammar added and none
of the thing's name left out (ANNOTATION.md "Figures" and "Borderline calls").

The other subject banks (tests/test_figure_*subject*_bank.py) compare subjects as the shared scorer does (one holds
the other, or two adjacent characters in common), which lets a subject of one character (占) or one with the verb and
preposition around it (係以教育支出編列) pass. Here each figure names the subjects a careful reader would write, as a
string or a tuple of accepted forms, and the extractor's subject must be one of them. The classes:

- shares `A占B(的)X%` / `A佔B X%`: the subject is A占B (without 的, 约, 已 before 占), never 占 alone nor B alone;
  with A in the clause before (`出口额1930亿元，占全省的32.5%`) it is still A占B; with no B written, A占;
- a verb of allotting after its money (`以A编列X元`, `A编列X元`, `係以A編列`, `A列支X元`, `A安排X元`) or before it
  (`列支A X元`, `安排A X元`): the copula or preposition (係以, 以, 为) and the verb (编列, 列支, 安排) are no part
  of the subject, nor is the body that allots (县府, 市级财政);
- changes `A较上年增加X`, `A比去年同期减少X%`, `A约增加X%`, `与上年相比，A增长X%`: the subject is A with its
  direction (A增加), without 约 and without the comparison phrase (较上年, 比去年同期); 同比 and 按年 may stay;
- a time before the subject (`113年底债务余额为X`, `甫上任时债务余额X`): the time that dates the figure may stay,
  but the single character left of a word the subject reader cut (時) never opens the subject;
- `其中A X元、B Y元` lists sharing one verb, each part with its own subject;
- `A达X`, `A为X`, `A录得X`, `錄得A X` (Hong Kong), `A累計X`: the subject is A, without the verb;
- a figure in brackets after its noun (`主营业务收入（42.6亿元）同比增长12%`);
- near misses where the noun after the figure is what it counts (`350名与会者`), and numbers that are no figure.

Written before the extractor was run on them; the body or place written before a subject (市府, 集團, 本澳) was
accepted afterwards where the first writing asked for the subject without it, as it does for 全市 and 縣府 elsewhere. Simplified (mainland, Singapore, Malaysia) and Traditional (Hong Kong,
Macau, Taiwan) text; names, bodies and numbers are made up. A figure matches when its kind, value, unit, qualifier and
upper end are the expected ones, its text holds the expected one (or is held by it), and its subject is one of the
accepted forms exactly; any figure beyond those expected fails the row.
"""
from __future__ import annotations

import pytest

from tests.helpers import F, check_bank_coverage, strict_case


def one_of(*forms: str) -> tuple[str, ...]:
    """The accepted forms of one subject."""
    return forms


def exact_differences(sentence: str, expected: list) -> list:
    """What extract() gets wrong about a sentence's figures, its subjects compared exactly: each expected figure it
    misses (with what it gave for that figure, when it gave one), each figure it adds."""
    from extractor import extract

    pool = [(f.text, f.kind, f.value, f.unit, f.qualifier, f.subject, f.upper) for f in extract(sentence).figures]
    wrong = []
    for e in expected:
        accepted = e[5] if isinstance(e[5], tuple) else (e[5],)
        same = [p for p in pool if p[1:5] == e[1:5] and p[6] == e[6] and (e[0] in p[0] or p[0] in e[0])]
        hit = next((p for p in same if p[5] in accepted), None)
        if hit is None:
            wrong.append(("missing", e, [p[5] for p in same]))
            if same:
                pool.remove(same[0])
        else:
            pool.remove(hit)
    return wrong + [("spurious", p) for p in pool]


# (id, sentence, expected figures)
SHARES = [
    ("share-de", "今年教育支出占一般公共预算支出的18.6%。",
     [F("18.6%", "percent", 18.6, "%", subject="教育支出占一般公共预算支出")]),
    ("share-approx-before-zhan", "服务业增加值约占地区生产总值的56%。",
     [F("56%", "percent", 56, "%", "approx", "服务业增加值占地区生产总值")]),
    ("share-adverb-before-zhan", "其中，非油品收入已占总收入的三成。",
     [F("三成", "percent", 30, "%", subject="非油品收入占总收入")]),
    ("share-zhanbi", "新能源汽车销量占比达到35.2%。",
     [F("35.2%", "percent", 35.2, "%", subject="新能源汽车销量占比")]),
    ("share-bizhong", "民营经济增加值占全省生产总值比重为52.3%。",
     [F("52.3%", "percent", 52.3, "%", subject="民营经济增加值占全省生产总值比重")]),
    ("share-de-bizhong", "高技术制造业增加值占规模以上工业增加值的比重为16.8%。",
     [F("16.8%", "percent", 16.8, "%", subject=one_of("高技术制造业增加值占规模以上工业增加值的比重",
                                                     "高技术制造业增加值占规模以上工业增加值比重",
                                                     "高技术制造业增加值占规模以上工业增加值"))]),
    ("share-carried", "今年一季度，进口额860亿元，占全市外贸总额的31%。",
     [F("860亿元", "money", 86000000000, "CNY", subject="进口额"),
      F("31%", "percent", 31, "%", subject="进口额占全市外贸总额")]),
    ("share-carried-money-verb", "全年安排卫生健康支出42亿元，占财政支出的9.5%。",
     [F("42亿元", "money", 4200000000, "CNY", subject="卫生健康支出"),
      F("9.5%", "percent", 9.5, "%", subject="卫生健康支出占财政支出")]),
    ("share-no-b", "民间投资1720亿元，占54.6%。",
     [F("1720亿元", "money", 172000000000, "CNY", subject="民间投资"),
      F("54.6%", "percent", 54.6, "%", subject="民间投资占")]),
    ("share-sg", "外籍员工占本地劳动队伍的38%。",
     [F("38%", "percent", 38, "%", subject="外籍员工占本地劳动队伍")]),
    ("share-sg-carried", "去年组屋转售交易2.6万宗，占全部住宅交易的七成。",
     [F("2.6万宗", "count", 26000, "宗", subject="组屋转售交易"),
      F("七成", "percent", 70, "%", subject="组屋转售交易占全部住宅交易")]),
    ("share-my", "电子电器产品出口占总出口的40.2%。",
     [F("40.2%", "percent", 40.2, "%", subject="电子电器产品出口占总出口")]),
    ("share-my-approx", "服务业约占国内生产总值的58%。",
     [F("58%", "percent", 58, "%", "approx", "服务业占国内生产总值")]),
    ("share-two-respective", "住宅用地和商业用地分别占出让面积的62%和21%。",
     [F("62%", "percent", 62, "%", subject=one_of("住宅用地占出让面积", "住宅用地")),
      F("21%", "percent", 21, "%", subject=one_of("商业用地占出让面积", "商业用地"))]),
    ("share-after-level", "城镇人口达到312万人，占常住人口的比重为68.4%。",
     [F("312万人", "count", 3120000, "人", subject="城镇人口"),
      F("68.4%", "percent", 68.4, "%", subject=one_of("城镇人口占常住人口的比重", "城镇人口占常住人口比重",
                                                     "城镇人口占常住人口"))]),
    ("share-carried-trad-tw", "縣府113年度總預算中，教育科學文化支出編列80億元，佔歲出33.1%。",
     [F("80億元", "money", 8000000000, "TWD", subject="教育科學文化支出"),
      F("33.1%", "percent", 33.1, "%", subject="教育科學文化支出佔歲出")]),
    ("share-direct-trad-tw", "市府明年度社會福利支出佔歲出18.2%。",
     [F("18.2%", "percent", 18.2, "%", subject="社會福利支出佔歲出")]),
    ("share-simplified-char-trad-tw", "縣府明年度經濟發展支出31億元，占歲出13.3%。",
     [F("31億元", "money", 3100000000, "TWD", subject="經濟發展支出"),
      F("13.3%", "percent", 13.3, "%", subject="經濟發展支出占歲出")]),
    ("share-ratio-de-trad-tw", "中央補助款佔該縣歲入的比率約為45%。",
     [F("45%", "percent", 45, "%", "approx", one_of("中央補助款佔該縣歲入的比率", "中央補助款佔該縣歲入比率",
                                                     "中央補助款佔該縣歲入"))]),
    ("share-approx-after-b-trad-hk", "金融服務業增加值佔本地生產總值約23%。",
     [F("約23%", "percent", 23, "%", "approx", "金融服務業增加值佔本地生產總值")]),
    ("share-cheng-trad-hk", "明年公營房屋單位佔總落成量的六成。",
     [F("六成", "percent", 60, "%", subject="公營房屋單位佔總落成量")]),
    ("share-qizhong-trad-hk", "其中，住宅物業交易佔全部交易的58%。",
     [F("58%", "percent", 58, "%", subject="住宅物業交易佔全部交易")]),
    ("share-carried-trad-hk", "本港上月整體出口貨值為4,150億港元，其中轉口佔99%。",
     [F("4,150億港元", "money", 415000000000, "HKD", subject="整體出口貨值"),
      F("99%", "percent", 99, "%", subject=one_of("轉口佔", "轉口"))]),
    ("share-trad-macau", "博彩稅收入佔政府總收入的79.5%。",
     [F("79.5%", "percent", 79.5, "%", subject="博彩稅收入佔政府總收入")]),
    ("share-visitors-trad-macau", "上月內地旅客佔入境旅客總數的71.6%。",
     [F("71.6%", "percent", 71.6, "%", subject="內地旅客佔入境旅客總數")]),
    ("share-carried-approx-trad-macau", "非博彩收入為42億澳門元，約佔總收益的兩成。",
     [F("42億澳門元", "money", 4200000000, "MOP", subject="非博彩收入"),
      F("兩成", "percent", 20, "%", "approx", "非博彩收入佔總收益")]),
]

ALLOTS = [
    ("yi-bianlie-trad-tw", "縣府今年以公務預算編列新臺幣1,200萬元。",
     [F("1,200萬元", "money", 12000000, "TWD", subject="公務預算")]),
    ("xiyi-bianlie-share-trad-tw", "縣府明年度歲出中，係以一般政務支出編列25億餘元，佔歲出12.4%。",
     [F("25億餘元", "money", 2500000000, "TWD", "gt", "一般政務支出"),
      F("12.4%", "percent", 12.4, "%", subject="一般政務支出佔歲出")]),
    ("xiyi-bianlie-most-trad-tw", "市府113年度預算係以教育支出編列最多，計新臺幣96億元。",
     [F("96億元", "money", 9600000000, "TWD", subject="教育支出")]),
    ("bianlie-after-trad-tw", "縣府明年度社會福利支出編列44億元，佔歲出18.5%。",
     [F("44億元", "money", 4400000000, "TWD", subject="社會福利支出"),
      F("18.5%", "percent", 18.5, "%", subject="社會福利支出佔歲出")]),
    ("bianlie-change-trad-tw", "市府教育預算編列新臺幣52億元，較上年度增加3.2億元。",
     [F("52億元", "money", 5200000000, "TWD", subject=one_of("教育預算", "市府教育預算")),
      F("3.2億元", "money", 320000000, "TWD", subject=one_of("教育預算增加", "市府教育預算增加"))]),
    ("bianlie-before-noun-trad-tw", "市府交通局編列道路養護經費新臺幣4.5億元。",
     [F("4.5億元", "money", 450000000, "TWD", subject="道路養護經費")]),
    ("bianlie-budget-word-trad-tw", "市府今年編列預算新臺幣8億元，推動社會住宅興建。",
     [F("8億元", "money", 800000000, "TWD", subject="預算")]),
    ("wei-bianlie-trad-tw", "縣府明年將為長照服務編列新臺幣3億元。",
     [F("3億元", "money", 300000000, "TWD", subject="長照服務")]),
    ("xi-bianlie-trad-tw", "本計畫經費係編列新臺幣3,000萬元。",
     [F("3,000萬元", "money", 30000000, "TWD", subject=one_of("本計畫經費", "計畫經費"))]),
    ("yi-liezhi-trad-tw", "縣府本年度以特別預算列支新臺幣6億元。",
     [F("6億元", "money", 600000000, "TWD", subject="特別預算")]),
    ("liezhi-before-noun-trad-tw", "縣府已列支防疫補助經費新臺幣2,500萬元。",
     [F("2,500萬元", "money", 25000000, "TWD", subject="防疫補助經費")]),
    ("budget-wei-trad-hk", "下年度醫療衞生經常開支預算為1,060億港元。",
     [F("1,060億港元", "money", 106000000000, "HKD", subject="醫療衞生經常開支預算")]),
    ("allot-for-trad-hk", "政府已預留50億港元作為創科基金。",
     [F("50億港元", "money", 5000000000, "HKD", subject="創科基金")]),
    ("budget-wei-trad-macau", "明年投資與發展開支計劃預算為180億澳門元。",
     [F("180億澳門元", "money", 18000000000, "MOP", subject="投資與發展開支計劃預算")]),
    ("bianlie-trad-macau", "特區政府明年為社會保障基金編列撥款25億澳門元。",
     [F("25億澳門元", "money", 2500000000, "MOP", subject=one_of("社會保障基金撥款", "撥款"))]),
    ("anpai-after", "今年教育支出安排85.3亿元，增长6.1%。",
     [F("85.3亿元", "money", 8530000000, "CNY", subject="教育支出"),
      F("6.1%", "percent", 6.1, "%", subject="教育支出增长")]),
    ("anpai-before-noun", "今年市级财政安排教育经费12.6亿元。",
     [F("12.6亿元", "money", 1260000000, "CNY", subject="教育经费")]),
    ("anpai-list-verb", "全年共安排乡村振兴资金2.8亿元。",
     [F("2.8亿元", "money", 280000000, "CNY", subject="乡村振兴资金")]),
    ("liezhi-after", "防汛抗旱经费列支3200万元。",
     [F("3200万元", "money", 32000000, "CNY", subject="防汛抗旱经费")]),
    ("liezhi-before-noun", "今年共列支疫情防控专项资金1.5亿元。",
     [F("1.5亿元", "money", 150000000, "CNY", subject="疫情防控专项资金")]),
    ("yi-liezhi", "今年以市级专项资金列支500万元。",
     [F("500万元", "money", 5000000, "CNY", subject="市级专项资金")]),
    ("yi-anpai", "区财政以专项债券安排20亿元。",
     [F("20亿元", "money", 2000000000, "CNY", subject="专项债券")]),
    ("bianlie-simplified-tw", "县府明年度教育科学文化支出编列80亿元，占岁出33.1%。",
     [F("80亿元", "money", 8000000000, "TWD", subject="教育科学文化支出"),
      F("33.1%", "percent", 33.1, "%", subject="教育科学文化支出占岁出")]),
    ("xiyi-bianlie-simplified-tw", "县府明年度岁出中，系以社会福利支出编列44亿余元。",
     [F("44亿余元", "money", 4400000000, "TWD", "gt", "社会福利支出")]),
    ("budget-expected-sg", "今年国防开支预计为200亿新元。",
     [F("200亿新元", "money", 20000000000, "SGD", subject="国防开支")]),
    ("budget-allot-sg", "卫生部今年的开支预算为185亿新元。",
     [F("185亿新元", "money", 18500000000, "SGD", subject=one_of("开支预算", "卫生部开支预算"))]),
    ("budget-allot-my", "明年发展开支拨款达860亿令吉。",
     [F("860亿令吉", "money", 86000000000, "MYR", subject="发展开支拨款")]),
    ("budget-field-my", "教育领域拨款为640亿令吉。",
     [F("640亿令吉", "money", 64000000000, "MYR", subject="教育领域拨款")]),
]

CHANGES = [
    ("jiao-shangnian-count", "全县户籍人口较上年增加1.2万人。",
     [F("1.2万人", "count", 12000, "人", subject=one_of("户籍人口增加", "全县户籍人口增加"))]),
    ("jiao-shangnian-money", "一般公共预算收入较上年增加8.6亿元。",
     [F("8.6亿元", "money", 860000000, "CNY", subject="一般公共预算收入增加")]),
    ("bi-qunian-tongqi-pct", "规模以上工业企业利润比去年同期减少4.3%。",
     [F("4.3%", "percent", 4.3, "%", subject="规模以上工业企业利润减少")]),
    ("bi-shangnian-points", "城镇登记失业率比上年下降0.3个百分点。",
     [F("0.3个百分点", "percent", 0.3, "百分点", subject="城镇登记失业率下降")]),
    ("yue-zengjia", "财政收入约增加12%。",
     [F("12%", "percent", 12, "%", "approx", "财政收入增加")]),
    ("zengjia-yue", "营业收入增加约15%。",
     [F("约15%", "percent", 15, "%", "approx", "营业收入增加")]),
    ("yue-jianshao", "今年财政赤字约减少15%。",
     [F("15%", "percent", 15, "%", "approx", "财政赤字减少")]),
    ("jiao-niannchu", "各项存款余额较年初增加560亿元。",
     [F("560亿元", "money", 56000000000, "CNY", subject=one_of("各项存款余额增加", "存款余额增加"))]),
    ("bi-shangnian-tongqi-count", "新增就业人数比上年同期增加3000人。",
     [F("3000人", "count", 3000, "人", subject="新增就业人数增加")]),
    ("tongbi", "社会消费品零售总额同比增长4.8%。",
     [F("4.8%", "percent", 4.8, "%", subject=one_of("社会消费品零售总额增长", "社会消费品零售总额同比增长"))]),
    ("yu-shangnian-xiangbi", "与上年相比，全市粮食产量增长2.4%。",
     [F("2.4%", "percent", 2.4, "%", subject=one_of("粮食产量增长", "全市粮食产量增长"))]),
    ("carried-level-then-bi", "全年接待游客5800万人次，比上年增长9.6%。",
     [F("5800万人次", "quantity", 58000000, "人次", subject=one_of("接待游客", "游客")),
      F("9.6%", "percent", 9.6, "%", subject=one_of("接待游客增长", "游客增长"))]),
    ("carried-money-then-jiao", "税收收入182亿元，较上年减少6.5亿元，下降3.4%。",
     [F("182亿元", "money", 18200000000, "CNY", subject="税收收入"),
      F("6.5亿元", "money", 650000000, "CNY", subject="税收收入减少"),
      F("3.4%", "percent", 3.4, "%", subject="税收收入下降")]),
    ("compared-value", "一般公共预算支出420亿元，较上年的398亿元增加22亿元。",
     [F("420亿元", "money", 42000000000, "CNY", subject="一般公共预算支出"),
      F("398亿元", "money", 39800000000, "CNY", subject=one_of("一般公共预算支出", "上年一般公共预算支出")),
      F("22亿元", "money", 2200000000, "CNY", subject="一般公共预算支出增加")]),
    ("bi-qunian-tongqi-sg", "零售销售额比去年同期增长2.1%。",
     [F("2.1%", "percent", 2.1, "%", subject="零售销售额增长")]),
    ("anian-sg", "私宅价格按年上涨3.9%。",
     [F("3.9%", "percent", 3.9, "%", subject=one_of("私宅价格上涨", "私宅价格按年上涨"))]),
    ("jiao-qunian-tongqi-my", "大马国内生产总值较去年同期增长5.2%。",
     [F("5.2%", "percent", 5.2, "%", subject=one_of("国内生产总值增长", "大马国内生产总值增长"))]),
    ("carried-my", "净利录得3.2亿令吉，按年增长15%。",
     [F("3.2亿令吉", "money", 320000000, "MYR", subject="净利"),
      F("15%", "percent", 15, "%", subject=one_of("净利增长", "净利按年增长"))]),
    ("yue-zengjia-chain-trad-tw", "縣府113年度歲出預算241億元，較上年度增加44億元，約增加22.8%。",
     [F("241億元", "money", 24100000000, "TWD", subject=one_of("歲出預算", "113年度歲出預算")),
      F("44億元", "money", 4400000000, "TWD", subject="歲出預算增加"),
      F("22.8%", "percent", 22.8, "%", "approx", "歲出預算增加")]),
    ("compared-value-trad-tw", "縣府113年度歲入預算238億元，較112年度歲入196億元增加42億元。",
     [F("238億元", "money", 23800000000, "TWD", subject=one_of("歲入預算", "113年度歲入預算")),
      F("196億元", "money", 19600000000, "TWD", subject=one_of("112年度歲入", "歲入")),
      F("42億元", "money", 4200000000, "TWD", subject=one_of("歲入預算增加", "歲入增加"))]),
    ("jiao-shangniandu-trad-tw", "縣府稅課收入較上年度增加新臺幣15億元。",
     [F("15億元", "money", 1500000000, "TWD", subject=one_of("稅課收入增加", "縣府稅課收入增加"))]),
    ("nianzeng-trad-tw", "外銷訂單金額年增12.5%。",
     [F("12.5%", "percent", 12.5, "%", subject="外銷訂單金額年增")]),
    ("yu-shangniandu-trad-tw", "與上年度相比，縣府歲入增加9.3%。",
     [F("9.3%", "percent", 9.3, "%", subject=one_of("歲入增加", "縣府歲入增加"))]),
    ("yue-jianshao-trad-tw", "市府債務餘額約減少8%。",
     [F("8%", "percent", 8, "%", "approx", one_of("債務餘額減少", "市府債務餘額減少"))]),
    ("jiao-qunian-tongqi-trad-hk", "訪港旅客人次較去年同期增長18%。",
     [F("18%", "percent", 18, "%", subject="訪港旅客人次增長")]),
    ("anian-trad-hk", "住宅售價指數按年上升3.2%。",
     [F("3.2%", "percent", 3.2, "%", subject=one_of("住宅售價指數上升", "住宅售價指數按年上升"))]),
    ("anian-carried-trad-hk", "集團股東應佔溢利為8.6億港元，按年減少12%。",
     [F("8.6億港元", "money", 860000000, "HKD", subject=one_of("股東應佔溢利", "集團股東應佔溢利")),
      F("12%", "percent", 12, "%", subject=one_of("股東應佔溢利減少", "股東應佔溢利按年減少", "集團股東應佔溢利減少",
                                                 "集團股東應佔溢利按年減少"))]),
    ("bi-qunian-tongqi-trad-macau", "本澳入境旅客比去年同期上升12.4%。",
     [F("12.4%", "percent", 12.4, "%", subject=one_of("入境旅客上升", "本澳入境旅客上升"))]),
    ("jiao-qunian-tongqi-trad-macau", "博彩毛收入較去年同期下跌8.5%。",
     [F("8.5%", "percent", 8.5, "%", subject="博彩毛收入下跌")]),
    ("yue-zengjia-trad-macau", "本澳非博彩收入約增加9%。",
     [F("9%", "percent", 9, "%", "approx", one_of("非博彩收入增加", "本澳非博彩收入增加"))]),
]

TIMED = [
    ("year-end-debt-trad-tw", "縣府113年底債務餘額為新臺幣66億元。",
     [F("66億元", "money", 6600000000, "TWD", subject=one_of("113年底債務餘額", "債務餘額"))]),
    ("took-office-debt-trad-tw", "縣長甫上任時債務餘額為新臺幣67億元。",
     [F("67億元", "money", 6700000000, "TWD", subject=one_of("甫上任時債務餘額", "債務餘額"))]),
    ("took-office-no-wei-trad-tw", "縣府甫上任時債務餘額67億元，至去年底已減至59億元。",
     [F("67億元", "money", 6700000000, "TWD", subject=one_of("甫上任時債務餘額", "債務餘額")),
      F("59億元", "money", 5900000000, "TWD", subject="債務餘額")]),
    ("founded-members-trad-tw", "協會成立時會員人數為120人。",
     [F("120人", "count", 120, "人", subject=one_of("成立時會員人數", "會員人數"))]),
    ("opened-books-trad-tw", "圖書館開館時藏書量約為8萬冊。",
     [F("8萬冊", "count", 80000, "冊", "approx", one_of("開館時藏書量", "藏書量"))]),
    ("handover-cash-trad-tw", "市府交接時庫存現金為新臺幣3億元。",
     [F("3億元", "money", 300000000, "TWD", subject=one_of("交接時庫存現金", "庫存現金"))]),
    ("took-office-liability-trad-tw", "上任之初，市府負債為新臺幣420億元。",
     [F("420億元", "money", 42000000000, "TWD", subject=one_of("市府負債", "負債"))]),
    ("year-budget-trad-tw", "縣府113年度歲入預算為238億元。",
     [F("238億元", "money", 23800000000, "TWD", subject=one_of("113年度歲入預算", "歲入預算"))]),
    ("year-spending-trad-tw", "縣府112年度歲出為196億元。",
     [F("196億元", "money", 19600000000, "TWD", subject=one_of("112年度歲出", "歲出"))]),
    ("opened-staff-trad-hk", "該酒店開業時員工人數為50人。",
     [F("50人", "count", 50, "人", subject=one_of("開業時員工人數", "員工人數"))]),
    ("month-end-reserve-trad-hk", "截至今年三月底，外匯儲備資產為4,200億美元。",
     [F("4,200億美元", "money", 420000000000, "USD", subject="外匯儲備資產")]),
    ("year-end-population-trad-macau", "去年年底本澳人口為68.5萬人。",
     [F("68.5萬人", "count", 685000, "人", subject=one_of("本澳人口", "去年年底本澳人口", "人口"))]),
    ("took-office-debt", "县长刚上任时全县债务余额为52亿元。",
     [F("52亿元", "money", 5200000000, "CNY",
        subject=one_of("刚上任时全县债务余额", "全县债务余额", "债务余额", "刚上任时债务余额"))]),
    ("year-end-population", "2024年末全市常住人口为856万人。",
     [F("856万人", "count", 8560000, "人", subject=one_of("2024年末全市常住人口", "全市常住人口", "常住人口"))]),
    ("as-of-deposits", "截至去年底，全市存款余额达1.2万亿元。",
     [F("1.2万亿元", "money", 1200000000000, "CNY", subject=one_of("全市存款余额", "存款余额"))]),
    ("year-end-rate", "去年底城镇调查失业率为5.1%。",
     [F("5.1%", "percent", 5.1, "%", subject=one_of("去年底城镇调查失业率", "城镇调查失业率"))]),
    ("completed-investment", "项目建成时总投资为8亿元。",
     [F("8亿元", "money", 800000000, "CNY", subject=one_of("项目建成时总投资", "项目总投资", "总投资"))]),
    ("year-end-shi-sg", "去年年底时公积金存款总额为5800亿新元。",
     [F("5800亿新元", "money", 580000000000, "SGD", subject=one_of("去年年底时公积金存款总额", "公积金存款总额"))]),
    ("as-of-debt-my", "截至6月底，联邦政府债务达1.2万亿令吉。",
     [F("1.2万亿令吉", "money", 1200000000000, "MYR", subject=one_of("联邦政府债务", "债务"))]),
    ("founded-capital-my", "该公司上市时市值约为15亿令吉。",
     [F("15亿令吉", "money", 1500000000, "MYR", "approx", one_of("上市时市值", "市值"))]),
]

LISTS = [
    ("qizhong-three-money", "其中，教育支出45亿元、卫生健康支出23亿元、社会保障支出31亿元。",
     [F("45亿元", "money", 4500000000, "CNY", subject="教育支出"),
      F("23亿元", "money", 2300000000, "CNY", subject="卫生健康支出"),
      F("31亿元", "money", 3100000000, "CNY", subject="社会保障支出")]),
    ("qizhong-comma", "其中，基本支出3.2亿元，项目支出1.8亿元。",
     [F("3.2亿元", "money", 320000000, "CNY", subject="基本支出"),
      F("1.8亿元", "money", 180000000, "CNY", subject="项目支出")]),
    ("qizhong-growth", "其中，第一产业增加值增长3.1%、第二产业增加值增长5.6%。",
     [F("3.1%", "percent", 3.1, "%", subject="第一产业增加值增长"),
      F("5.6%", "percent", 5.6, "%", subject="第二产业增加值增长")]),
    ("shared-anpai", "全年共安排教育经费8亿元、医疗经费5亿元。",
     [F("8亿元", "money", 800000000, "CNY", subject="教育经费"),
      F("5亿元", "money", 500000000, "CNY", subject="医疗经费")]),
    ("qizhong-counts", "其中新建学校12所、改扩建学校8所。",
     [F("12所", "count", 12, "所", subject="新建学校"), F("8所", "count", 8, "所", subject="改扩建学校")]),
    ("qizhong-shares-no-b", "其中，住宅用地占45%、工业用地占30%。",
     [F("45%", "percent", 45, "%", subject=one_of("住宅用地占", "住宅用地")),
      F("30%", "percent", 30, "%", subject=one_of("工业用地占", "工业用地"))]),
    ("qizhong-sg", "其中，组屋转售交易2100宗、私宅交易850宗。",
     [F("2100宗", "count", 2100, "宗", subject="组屋转售交易"), F("850宗", "count", 850, "宗", subject="私宅交易")]),
    ("qizhong-my", "其中，制造业出口820亿令吉、矿业出口95亿令吉。",
     [F("820亿令吉", "money", 82000000000, "MYR", subject="制造业出口"),
      F("95亿令吉", "money", 9500000000, "MYR", subject="矿业出口")]),
    ("qizhong-money-trad-tw", "其中人事費新臺幣12億元、業務費5億元、設備費3億元。",
     [F("12億元", "money", 1200000000, "TWD", subject="人事費"),
      F("5億元", "money", 500000000, "TWD", subject="業務費"),
      F("3億元", "money", 300000000, "TWD", subject="設備費")]),
    ("qizhong-bianlie-trad-tw", "縣府總預算中，編列人事費新臺幣12億元、業務費新臺幣5億元。",
     [F("12億元", "money", 1200000000, "TWD", subject="人事費"),
      F("5億元", "money", 500000000, "TWD", subject="業務費")]),
    ("liezhi-list-trad-tw", "市府列支人事費新臺幣2億元、業務費新臺幣1億元。",
     [F("2億元", "money", 200000000, "TWD", subject="人事費"), F("1億元", "money", 100000000, "TWD", subject="業務費")]),
    ("dangzhong-trad-hk", "當中住宅物業錄得3,200宗、非住宅物業錄得850宗。",
     [F("3,200宗", "count", 3200, "宗", subject=one_of("住宅物業", "住宅物業交易")),
      F("850宗", "count", 850, "宗", subject=one_of("非住宅物業", "非住宅物業交易"))]),
    ("qizhong-visitors-trad-macau", "其中，內地旅客180萬人次、香港旅客45萬人次。",
     [F("180萬人次", "quantity", 1800000, "人次", subject=one_of("內地旅客", "內地旅客人次")),
      F("45萬人次", "quantity", 450000, "人次", subject=one_of("香港旅客", "香港旅客人次"))]),
    ("qizhong-growth-trad-hk", "其中，轉口貨值上升5.1%、港產品出口下跌2.3%。",
     [F("5.1%", "percent", 5.1, "%", subject="轉口貨值上升"),
      F("2.3%", "percent", 2.3, "%", subject="港產品出口下跌")]),
]

STATED = [
    ("da", "全年外贸进出口总额达4860亿元。",
     [F("4860亿元", "money", 486000000000, "CNY", subject=one_of("外贸进出口总额", "全年外贸进出口总额"))]),
    ("wei", "一般公共预算收入为326亿元。",
     [F("326亿元", "money", 32600000000, "CNY", subject="一般公共预算收入")]),
    ("yi-da", "项目总投资已达56亿元。",
     [F("56亿元", "money", 5600000000, "CNY", subject="项目总投资")]),
    ("dadao", "参观人数达到35万人次。",
     [F("35万人次", "quantity", 350000, "人次", subject="参观人数")]),
    ("yue-wei", "居民人均可支配收入约为4.2万元。",
     [F("4.2万元", "money", 42000, "CNY", "approx", "居民人均可支配收入")]),
    ("leiji", "今年以来全市新增市场主体累计12.6万户。",
     [F("12.6万户", "count", 126000, "户", subject=one_of("新增市场主体", "全市新增市场主体"))]),
    ("leiji-before-noun", "展会累计成交额达12.6亿美元。",
     [F("12.6亿美元", "money", 1260000000, "USD", subject=one_of("累计成交额", "成交额", "展会累计成交额"))]),
    ("leiji-da", "截至目前，全省新能源汽车保有量累计达到86万辆。",
     [F("86万辆", "count", 860000, "辆", subject=one_of("新能源汽车保有量", "全省新能源汽车保有量"))]),
    ("da-sg", "樟宜机场全年客运量达6800万人次。",
     [F("6800万人次", "quantity", 68000000, "人次", subject=one_of("客运量", "樟宜机场客运量"))]),
    ("lude-growth-sg", "新加坡第二季经济录得2.9%增长。",
     [F("2.9%", "percent", 2.9, "%", subject="经济增长")]),
    ("lude-before-noun-sg", "卫生部上周录得1200宗骨痛热症病例。",
     [F("1200宗", "count", 1200, "宗", subject="骨痛热症病例")]),
    ("lude-my", "大马上月出口录得1250亿令吉。",
     [F("1250亿令吉", "money", 125000000000, "MYR", subject=one_of("出口", "大马出口"))]),
    ("wei-my", "大马上月通胀率为1.8%。",
     [F("1.8%", "percent", 1.8, "%", subject="通胀率")]),
    ("lude-trad-hk", "集團上半年股東應佔溢利錄得12.5億港元。",
     [F("12.5億港元", "money", 1250000000, "HKD", subject=one_of("股東應佔溢利", "上半年股東應佔溢利"))]),
    ("lude-before-noun-trad-hk", "本港上月錄得訪港旅客420萬人次。",
     [F("420萬人次", "quantity", 4200000, "人次", subject="訪港旅客")]),
    ("lude-export-trad-hk", "本港上月整體出口貨值錄得4,150億港元。",
     [F("4,150億港元", "money", 415000000000, "HKD", subject="整體出口貨值")]),
    ("lude-crimes-trad-hk", "警方今年首季錄得罪案1.3萬宗。",
     [F("1.3萬宗", "count", 13000, "宗", subject="罪案")]),
    ("lude-chain-trad-hk", "零售業總銷貨價值錄得325億港元，按年上升4.1%。",
     [F("325億港元", "money", 32500000000, "HKD", subject="零售業總銷貨價值"),
      F("4.1%", "percent", 4.1, "%", subject=one_of("零售業總銷貨價值上升", "零售業總銷貨價值按年上升"))]),
    ("leiji-lude-trad-hk", "今年累計錄得登革熱個案45宗。",
     [F("45宗", "count", 45, "宗", subject="登革熱個案")]),
    ("da-trad-hk", "本港失業率達3.1%。",
     [F("3.1%", "percent", 3.1, "%", subject=one_of("失業率", "本港失業率"))]),
    ("wei-trad-macau", "上月博彩毛收入為186億澳門元。",
     [F("186億澳門元", "money", 18600000000, "MOP", subject="博彩毛收入")]),
    ("leiji-da-trad-macau", "首八個月入境旅客累計達2,300萬人次。",
     [F("2,300萬人次", "quantity", 23000000, "人次", subject=one_of("入境旅客", "首八個月入境旅客"))]),
    ("leiji-trad-tw", "今年前三季外銷訂單累計達新臺幣4,500億元。",
     [F("4,500億元", "money", 450000000000, "TWD", subject="外銷訂單")]),
    ("wei-trad-tw", "主計總處公布上月失業率為3.4%。",
     [F("3.4%", "percent", 3.4, "%", subject="失業率")]),
    ("yue-wei-trad-tw", "該公司全年營收約為新臺幣860億元。",
     [F("860億元", "money", 86000000000, "TWD", "approx", one_of("營收", "全年營收"))]),
    ("leiji-trad-macau", "本澳今年累計錄得交通意外1.2萬宗。",
     [F("1.2萬宗", "count", 12000, "宗", subject="交通意外")]),
]

BRACKETS = [
    ("bracket-growth", "主营业务收入（42.6亿元）同比增长12%。",
     [F("42.6亿元", "money", 4260000000, "CNY", subject="主营业务收入"),
      F("12%", "percent", 12, "%", subject=one_of("主营业务收入增长", "主营业务收入同比增长"))]),
    ("bracket-share", "出口额（1930亿元）占全省的32.5%。",
     [F("1930亿元", "money", 193000000000, "CNY", subject="出口额"),
      F("32.5%", "percent", 32.5, "%", subject="出口额占全省")]),
    ("bracket-halfwidth", "社会保障支出(31亿元)增长6%。",
     [F("31亿元", "money", 3100000000, "CNY", subject="社会保障支出"),
      F("6%", "percent", 6, "%", subject="社会保障支出增长")]),
    ("bracket-alias-sg", "非石油国内出口（NODX）按年增长3.4%。",
     [F("3.4%", "percent", 3.4, "%", subject=one_of("非石油国内出口增长", "非石油国内出口按年增长",
                                                   "非石油国内出口（NODX）按年增长", "非石油国内出口（NODX）增长"))]),
    ("bracket-my", "集团净利（3.2亿令吉）按年增长15%。",
     [F("3.2亿令吉", "money", 320000000, "MYR", subject=one_of("净利", "集团净利")),
      F("15%", "percent", 15, "%", subject=one_of("净利增长", "净利按年增长", "集团净利增长", "集团净利按年增长"))]),
    ("bracket-share-trad-tw", "縣府教育支出（新臺幣78億元）佔歲出32.5%。",
     [F("78億元", "money", 7800000000, "TWD", subject=one_of("教育支出", "縣府教育支出")),
      F("32.5%", "percent", 32.5, "%", subject=one_of("教育支出佔歲出", "縣府教育支出佔歲出"))]),
    ("bracket-trad-hk", "經營溢利（5.2億港元）按年下跌8%。",
     [F("5.2億港元", "money", 520000000, "HKD", subject="經營溢利"),
      F("8%", "percent", 8, "%", subject=one_of("經營溢利下跌", "經營溢利按年下跌"))]),
    ("bracket-trad-macau", "非博彩收入（12億澳門元）按年增加20%。",
     [F("12億澳門元", "money", 1200000000, "MOP", subject="非博彩收入"),
      F("20%", "percent", 20, "%", subject=one_of("非博彩收入增加", "非博彩收入按年增加"))]),
]

NEAR_MISSES = [
    ("noun-after-attendees", "本次年会共有350名与会者出席。",
     [F("350名", "count", 350, "名", subject="与会者")]),
    ("noun-after-audience", "演唱会吸引逾2万名观众入场。",
     [F("逾2万名", "count", 20000, "名", "gt", "观众")]),
    ("noun-after-firms", "该展会有600家企业参展。",
     [F("600家", "count", 600, "家", subject="企业")]),
    ("noun-after-two", "本届论坛吸引了来自15个国家的400名代表。",
     [F("15个", "count", 15, "个", subject="国家"), F("400名", "count", 400, "名", subject="代表")]),
    ("noun-after-jobs", "项目投产后将新增1200个就业岗位。",
     [F("1200个", "count", 1200, "个", subject=one_of("就业岗位", "新增就业岗位"))]),
    ("noun-after-de-budget-trad-tw", "市府編列了新臺幣3億元的專案預算。",
     [F("3億元", "money", 300000000, "TWD", subject="專案預算")]),
    ("noun-after-students-trad-tw", "該校今年共錄取520名新生。",
     [F("520名", "count", 520, "名", subject=one_of("新生", "錄取新生"))]),
    ("noun-after-runners-trad-hk", "是次賽事約有1,200名參加者完成全程。",
     [F("1,200名", "count", 1200, "名", "approx", "參加者")]),
    ("noun-after-bodies-trad-hk", "是次計劃共有120間機構受惠。",
     [F("120間", "count", 120, "間", subject="機構")]),
    ("noun-after-shops-trad-macau", "今屆美食節共有85家商戶參與。",
     [F("85家", "count", 85, "家", subject="商戶")]),
    ("zhandi-not-share", "新园区占地面积达120公顷。",
     [F("120公顷", "quantity", 120, "公顷", subject=one_of("新园区占地面积", "占地面积"))]),
    ("zhandi-not-share-trad-tw", "新廠區佔地約3.2公頃。",
     [F("3.2公頃", "quantity", 3.2, "公頃", "approx", one_of("新廠區佔地", "佔地"))]),
    ("ordinal-no-figure", "这是该县连续第三年编列长照预算。", []),
    ("multiple-no-figure-trad-tw", "縣府明年度歲出規模為上年度的1.2倍。", []),
    ("budget-name-no-figure", "市议会审议通过2026年度预算案。", []),
    ("edition-no-figure-trad-hk", "財政司司長發表第三份財政預算案。", []),
]

# Written after the fixes, one row per rule in each script where the first rows had it in one only, with near misses
AFTER_FIXES = [
    ("respective-compared", "出口和进口分别比上年增长5%和3%。",
     [F("5%", "percent", 5, "%", subject="出口增长"), F("3%", "percent", 3, "%", subject="进口增长")]),
    ("respective-compared-trad-hk", "出口及進口分別較去年同期上升6%和4%。",
     [F("6%", "percent", 6, "%", subject="出口上升"), F("4%", "percent", 4, "%", subject="進口上升")]),
    ("as-fund", "市政府拨出3亿元用作创业基金。",
     [F("3亿元", "money", 300000000, "CNY", subject="创业基金")]),
    ("as-fund-trad-macau", "基金會撥出500萬澳門元作為獎學金。",
     [F("500萬澳門元", "money", 5000000, "MOP", subject="獎學金")]),
    ("quarter-time-trad-tw", "今年第三季經濟成長率為4.1%。",
     [F("4.1%", "percent", 4.1, "%", subject=one_of("經濟成長率", "第三季經濟成長率"))]),
    ("recorded-de-noun-my", "该公司去年录得1.2亿令吉的净亏损。",
     [F("1.2亿令吉", "money", 120000000, "MYR", subject="净亏损")]),
    ("recorded-de-noun-trad-hk", "該集團上半年錄得3.2億港元的虧損。",
     [F("3.2億港元", "money", 320000000, "HKD", subject="虧損")]),
    ("difference-keeps-compared", "今日最高气温较昨日高3度。",
     [F("3度", "quantity", 3, "度", subject="最高气温较昨日高")]),
    ("difference-keeps-compared-trad-hk", "今日最低氣溫較市區低約5度。",
     [F("約5度", "quantity", 5, "度", "approx", "最低氣溫較市區低")]),
    ("own-place-sg", "今年首季本地生产总值按年增长3.8%。",
     [F("3.8%", "percent", 3.8, "%", subject=one_of("本地生产总值按年增长", "本地生产总值增长"))]),
    ("own-place-trad-hk", "本港居民消費開支按年上升2.4%。",
     [F("2.4%", "percent", 2.4, "%", subject=one_of("本港居民消費開支按年上升", "本港居民消費開支上升",
                                                   "居民消費開支按年上升", "居民消費開支上升"))]),
    ("bound-locative", "全省规模以上工业企业利润较上年增长6.1%。",
     [F("6.1%", "percent", 6.1, "%", subject=one_of("规模以上工业企业利润增长", "全省规模以上工业企业利润增长"))]),
    ("bound-locative-trad-tw", "限額以上單位消費品零售額比上年增長5%。",
     [F("5%", "percent", 5, "%", subject="限額以上單位消費品零售額增長")]),
    ("joined-head", "货物和服务贸易总额为860亿元。",
     [F("860亿元", "money", 86000000000, "CNY", subject="货物和服务贸易总额")]),
    ("change-after-compared-trad-hk", "本港出口貨值較去年同期的3,800億港元增加120億港元。",
     [F("3,800億港元", "money", 380000000000, "HKD", subject=one_of("本港出口貨值", "出口貨值")),
      F("120億港元", "money", 12000000000, "HKD", subject=one_of("本港出口貨值增加", "出口貨值增加"))]),
]

BANK = SHARES + ALLOTS + CHANGES + TIMED + LISTS + STATED + BRACKETS + NEAR_MISSES + AFTER_FIXES

XFAIL: dict[str, str] = {
    "share-sg-carried": "the tagger reads 转售 as a verb between two nouns (组|屋|转售/v|交易): a compound (组屋转售交易) and "
                        "an agent, its verb and object (县府|投入|资金) have the same tags, so the subject keeps the last noun",
    "qizhong-sg": "as share-sg-carried (组屋|转售/v|交易), and 私宅|交易/v[850宗]: a noun read as a verb right before a "
                  "count is taken for the clause's own verb",
    "qizhong-counts": "a verb opening a list item before its object and a count (新建|学校[12所]) has the tags of a "
                      "clause's own verb (推出|招商项目[6309个], 包括|内资项目[8个]), the commoner reading in the corpora; "
                      "only a verb after a stating verb or before the figure's predicate is read as a modifier",
    "yue-zengjia-trad-macau": "jieba cuts 本澳非博彩收入 as 本|澳非|博彩|收入, across the place and the negation, so the "
                              "subject opens inside a word (澳非)",
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_release_figure_subject(text, expected):
    assert exact_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
