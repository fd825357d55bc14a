"""A bank of invented sentences and short pages about MONEY and RATES as each region's press writes them: the Hong
Kong dollar (HK$, 港元, 港幣, HKD), the pataca (澳門元, 澳門幣, 葡幣, MOP, MOP$), the New Taiwan dollar (新台幣, 新臺幣,
NT$, NTD, a bare 元 in a Taiwan article, 兆), the Singapore dollar (新元, 新幣, S$), the ringgit (令吉, 林吉特, 馬幣,
RM), 人民幣 (RMB, 元人民幣) and the US dollar (US$, 美元 before or after the amount), each with 億, 萬, 千 and 萬億;
mixed numerals (1.2萬億, 三千五百萬, 12,345.6萬, 2兆3,456億, 12萬3,456); percentages, 個百分點, 厘 and 基點; shares in
成 (三成三, 八成半) and fractions; ranges of every joint; the bounds of ANNOTATION.md (逾, 超過, 近, 約, 左右, 以上,
不足, 最多, 至少, 以內); decreases kept as magnitudes with the direction in the subject; votes, which are counts;
then the numbers that look like money or rates and are none (multiples, dates in both calendars, times, phone
numbers of each region, stock codes, ordinals, addresses, model, flight and route numbers, discounts).

Written before the extractor was run on them, to go wider than tests/test_figure_bank.py,
tests/test_figure_forms_bank.py, tests/test_figure_news_bank.py, tests/test_figure_page_bank.py,
tests/test_figure_release_bank.py and tests/test_figure_short_news_bank.py. Simplified text is mainland, Singapore
and Malaysian writing; Traditional text (ids ending "-trad") is Hong Kong, Macau and Taiwan writing, and the Hong
Kong or Taiwan press reporting on its neighbours. All names, bodies and numbers are made up. A figure matches as in
tests/test_figure_bank.py: the same kind, value, unit, qualifier and upper end, a text that holds the expected one
(or is held by it), and a subject that agrees as the shared scorer has it (one contains the other, or they share
two adjacent characters).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import F, check_bank_coverage, figure_differences, strict_case

# (id, sentence, expected figures)
HONG_KONG = [
    (
        "hk-sign-wan-hk-trad",
        "該住宅單位成交價為HK$1,280萬。",
        [F("HK$1,280萬", "money", 12800000, "HKD", subject="成交價")],
    ),
    (
        "hk-bi-yi-qian-wan-hk-trad",
        "政府向機管局注資港幣1億2千萬元。",
        [F("港幣1億2千萬元", "money", 120000000, "HKD", subject="注資")],
    ),
    (
        "hk-wan-yi-hk-trad",
        "本港去年本地生產總值約為2.9萬億港元。",
        [F("約為2.9萬億港元", "money", 2900000000000, "HKD", "approx", "本地生產總值")],
    ),
    (
        "hk-qian-hk-trad",
        "合資格人士每月可領取5千港元生活津貼。",
        [F("5千港元", "money", 5000, "HKD", subject="生活津貼")],
    ),
    (
        "hk-numerals-hk-trad",
        "議員質詢一筆涉及三千五百萬港元的顧問費。",
        [F("三千五百萬港元", "money", 35000000, "HKD", subject="顧問費")],
    ),
    (
        "hk-comma-decimal-wan-hk-trad",
        "該基金上年度共批出12,345.6萬港元資助。",
        [F("12,345.6萬港元", "money", 123456000, "HKD", subject="資助")],
    ),
    (
        "hk-code-yi-hk-trad",
        "集團擬發行總額HKD 20億的綠色債券。",
        [F("HKD 20億", "money", 2000000000, "HKD", subject="綠色債券總額")],
    ),
    (
        "hk-bi-after-yi-hk-trad",
        "警方破獲洗黑錢集團，涉款逾3億港幣。",
        [F("逾3億港幣", "money", 300000000, "HKD", "gt", "涉款")],
    ),
    (
        "hk-bi-before-simplified",
        "香港特区政府向每名合资格市民发放港币5000元电子消费券。",
        [F("港币5000元", "money", 5000, "HKD", subject="电子消费券")],
    ),
    (
        "hk-prime-rate-li-hk-trad",
        "多間銀行將最優惠利率下調至5.25厘。",
        [F("5.25厘", "percent", Decimal("5.25"), "%", subject="最優惠利率")],
    ),
    (
        "hk-hibor-hk-trad",
        "一個月銀行同業拆息升至4.35%。",
        [F("4.35%", "percent", Decimal("4.35"), "%", subject="銀行同業拆息")],
    ),
    (
        "hk-per-foot-hk-trad",
        "新盤首批單位平均呎價為2.1萬港元。",
        [F("2.1萬港元", "money", 21000, "HKD", subject="平均呎價")],
    ),
    (
        "hk-yield-and-value-hk-trad",
        "該股股息率約為6.2%，市值一日蒸發逾200億港元。",
        [
            F("約為6.2%", "percent", Decimal("6.2"), "%", "approx", "股息率"),
            F("逾200億港元", "money", 20000000000, "HKD", "gt", "市值蒸發"),
        ],
    ),
    (
        "hk-sign-qian-wan-hk-trad",
        "該名藝人以HK$3,800萬購入半山豪宅。",
        [F("HK$3,800萬", "money", 38000000, "HKD", subject="豪宅")],
    ),
]

MACAU = [
    (
        "mop-pataca-bi-macau-trad",
        "違例者可被科處葡幣5,000元罰款。",
        [F("葡幣5,000元", "money", 5000, "MOP", subject="罰款")],
    ),
    (
        "mop-dollar-sign-macau-trad",
        "該酒店套房每晚房價為MOP$3,888。",
        [F("MOP$3,888", "money", 3888, "MOP", subject="房價")],
    ),
    (
        "mop-rise-to-macau-trad",
        "上月博彩毛收入按年上升12.3%至198.5億澳門元。",
        [
            F("12.3%", "percent", Decimal("12.3"), "%", subject="博彩毛收入按年上升"),
            F("198.5億澳門元", "money", 19850000000, "MOP", subject="博彩毛收入"),
        ],
    ),
    (
        "mop-numerals-macau-trad",
        "政府計劃斥資三億五千萬澳門元興建長者服務中心。",
        [
            F(
                "三億五千萬澳門元",
                "money",
                350000000,
                "MOP",
                subject="斥資興建長者服務中心",
            )
        ],
    ),
    (
        "mop-bi-simplified",
        "澳门特区政府今年向每名永久性居民发放现金分享10000澳门币。",
        [F("10000澳门币", "money", 10000, "MOP", subject="现金分享")],
    ),
    (
        "mop-code-wan-macau-trad",
        "該公司去年向社區捐出MOP 250萬。",
        [F("MOP 250萬", "money", 2500000, "MOP", subject="捐出")],
    ),
    (
        "mop-jin-macau-trad",
        "本澳全年旅遊收益近800億澳門元。",
        [F("近800億澳門元", "money", 80000000000, "MOP", "lt", "旅遊收益")],
    ),
    (
        "mop-range-wan-macau-trad",
        "資助金額由每宗1.5萬至3萬澳門元不等。",
        [F("1.5萬至3萬澳門元", "money", 15000, "MOP", subject="資助金額", upper=30000)],
    ),
    (
        "mop-hkd-both-macau-trad",
        "博企上季錄得淨收益42億港元，約合43.3億澳門元。",
        [
            F("42億港元", "money", 4200000000, "HKD", subject="淨收益"),
            F("約合43.3億澳門元", "money", 4330000000, "MOP", "approx", "淨收益"),
        ],
    ),
]

TAIWAN = [
    (
        "twd-sign-yi-qian-wan-tw-trad",
        "該公司將斥資NT$2億5千萬擴建廠房。",
        [F("NT$2億5千萬", "money", 250000000, "TWD", subject="斥資擴建廠房")],
    ),
    (
        "twd-zhao-qian-yi-tw-trad",
        "台灣去年國內生產總值達新臺幣24兆6千億元。",
        [
            F(
                "新臺幣24兆6千億元",
                "money",
                24600000000000,
                "TWD",
                subject="國內生產總值",
            )
        ],
    ),
    (
        "twd-word-after-yuan-tw-trad",
        "政府將發放每人6,000元新台幣的普發現金。",
        [F("6,000元新台幣", "money", 6000, "TWD", subject="普發現金")],
    ),
    (
        "twd-numerals-tw-trad",
        "立法院刪減國防預算新台幣一百二十億元。",
        [F("新台幣一百二十億元", "money", 12000000000, "TWD", subject="國防預算")],
    ),
    (
        "twd-ntd-code-tw-trad",
        "本案求償金額高達NTD 1,500萬。",
        [F("NTD 1,500萬", "money", 15000000, "TWD", subject="求償金額")],
    ),
    (
        "twd-simplified",
        "台湾当局拟拨款新台币850亿元用于防灾。",
        [F("新台币850亿元", "money", 85000000000, "TWD", subject="拨款")],
    ),
    (
        "twd-per-ping-tw-trad",
        "台北市新建案每坪單價約120萬元新台幣。",
        [F("約120萬元新台幣", "money", 1200000, "TWD", "approx", "每坪單價")],
    ),
    (
        "twd-taibi-wan-qian-tw-trad",
        "電動機車汰舊換新最高補助新台幣1萬2千元。",
        [F("新台幣1萬2千元", "money", 12000, "TWD", "le", "補助")],
    ),
]

SINGAPORE = [
    (
        "sgd-xinbi-yi",
        "该集团斥资12亿新币收购一座办公楼。",
        [F("12亿新币", "money", 1200000000, "SGD", subject="斥资")],
    ),
    (
        "sgd-sign-wan",
        "这套公寓的成交价为S$238万。",
        [F("S$238万", "money", 2380000, "SGD", subject="成交价")],
    ),
    (
        "sgd-cpf-rate-age",
        "公积金局宣布，55岁以上会员的退休账户利率维持在4%。",
        [F("4%", "percent", 4, "%", subject="退休账户利率")],
    ),
    (
        "sgd-coe-fall-and-level",
        "拥车证溢价下跌逾6000新元，至9.8万新元。",
        [
            F("逾6000新元", "money", 6000, "SGD", "gt", "拥车证溢价下跌"),
            F("9.8万新元", "money", 98000, "SGD", subject="拥车证溢价"),
        ],
    ),
    (
        "sgd-grant-hk-trad",
        "新加坡政府宣布撥款5億新元推動綠色轉型。",
        [F("5億新元", "money", 500000000, "SGD", subject="撥款")],
    ),
    (
        "sgd-xinbi-tw-trad",
        "新加坡一家銀行季度淨利達28.5億新幣。",
        [F("28.5億新幣", "money", 2850000000, "SGD", subject="淨利")],
    ),
    (
        "sgd-inflation-range",
        "金管局预计今年核心通胀介于1.5%至2.5%。",
        [
            F(
                "1.5%至2.5%",
                "percent",
                Decimal("1.5"),
                "%",
                subject="核心通胀",
                upper=Decimal("2.5"),
            )
        ],
    ),
    (
        "sgd-gst-from-to",
        "消费税从8%上调至9%。",
        [
            F("8%", "percent", 8, "%", subject="消费税"),
            F("9%", "percent", 9, "%", subject="消费税"),
        ],
    ),
    (
        "sgd-yi-wan-mixed",
        "政府拨出1亿2000万新元提升社区医疗设施。",
        [F("1亿2000万新元", "money", 120000000, "SGD", subject="拨出提升社区医疗设施")],
    ),
]

MALAYSIA = [
    (
        "myr-sign-wan",
        "州政府拨款RM350万兴建一所新校舍。",
        [F("RM350万", "money", 3500000, "MYR", subject="拨款")],
    ),
    (
        "myr-qian-wan",
        "该公司获得一份价值3千万令吉的政府合约。",
        [F("3千万令吉", "money", 30000000, "MYR", subject="政府合约")],
    ),
    (
        "myr-mabi-yi-tw-trad",
        "大馬政府將撥出馬幣50億推動數碼經濟。",
        [F("馬幣50億", "money", 5000000000, "MYR", subject="撥出推動數碼經濟")],
    ),
    (
        "myr-linjite",
        "今年首季外资流入达85亿林吉特。",
        [F("85亿林吉特", "money", 8500000000, "MYR", subject="外资流入")],
    ),
    (
        "myr-sign-range",
        "新项目预计投资RM5亿至RM8亿。",
        [F("RM5亿至RM8亿", "money", 500000000, "MYR", subject="投资", upper=800000000)],
    ),
    (
        "myr-opr-basis-points",
        "国家银行将隔夜政策利率调高25个基点至3%。",
        [
            F("25个基点", "percent", 25, "基点", subject="隔夜政策利率调高"),
            F("3%", "percent", 3, "%", subject="隔夜政策利率"),
        ],
    ),
    (
        "myr-fine-at-least",
        "违者可被罚款至少1万令吉。",
        [F("至少1万令吉", "money", 10000, "MYR", "ge", "罚款")],
    ),
    (
        "myr-tax-rates",
        "销售税税率为10%，服务税税率则为8%。",
        [
            F("10%", "percent", 10, "%", subject="销售税税率"),
            F("8%", "percent", 8, "%", subject="服务税税率"),
        ],
    ),
    (
        "myr-sign-hk-trad",
        "大馬首相宣布每名公務員可獲RM2,000特別援助金。",
        [F("RM2,000", "money", 2000, "MYR", subject="特別援助金")],
    ),
    (
        "myr-loss-widens",
        "该集团末季净亏损扩大至1.2亿令吉。",
        [F("1.2亿令吉", "money", 120000000, "MYR", subject="净亏损")],
    ),
]

RENMINBI_AND_DOLLARS = [
    (
        "cny-wan-yi-gt-hk-trad",
        "該集團在內地的投資總額已超過人民幣1.2萬億元。",
        [F("超過人民幣1.2萬億元", "money", 1200000000000, "CNY", "gt", "投資總額")],
    ),
    (
        "cny-numerals",
        "县财政今年安排三千五百万元专项资金。",
        [F("三千五百万元", "money", 35000000, "CNY", subject="专项资金")],
    ),
    (
        "cny-comma-decimal-wan",
        "全区一般公共预算收入完成12,345.6万元。",
        [F("12,345.6万元", "money", 123456000, "CNY", subject="一般公共预算收入")],
    ),
    (
        "cny-rmb-code",
        "该笔并购对价为RMB 3.6亿。",
        [F("RMB 3.6亿", "money", 360000000, "CNY", subject="并购对价")],
    ),
    (
        "cny-yuan-renminbi-hk-trad",
        "集團在內地的營業額為85億元人民幣。",
        [F("85億元人民幣", "money", 8500000000, "CNY", subject="營業額")],
    ),
    (
        "cny-wan-yi-and-growth",
        "全国网上零售额达15.4万亿元，同比增长7.2%。",
        [
            F("15.4万亿元", "money", 15400000000000, "CNY", subject="网上零售额"),
            F("7.2%", "percent", Decimal("7.2"), "%", subject="网上零售额同比增长"),
        ],
    ),
    (
        "usd-sign-yi-hk-trad",
        "該初創企業完成US$3億新一輪融資。",
        [F("US$3億", "money", 300000000, "USD", subject="融資")],
    ),
    (
        "usd-qian-wan",
        "该公司获得3千万美元的天使投资。",
        [F("3千万美元", "money", 30000000, "USD", subject="天使投资")],
    ),
    (
        "usd-before-hk-trad",
        "債券發行規模為美元10億元。",
        [F("美元10億元", "money", 1000000000, "USD", subject="債券發行規模")],
    ),
    (
        "usd-surplus-and-share-tw-trad",
        "台灣對美貿易順差達1,100億美元，年增逾兩成。",
        [
            F("1,100億美元", "money", 110000000000, "USD", subject="貿易順差"),
            F("逾兩成", "percent", 20, "%", "gt", "貿易順差年增"),
        ],
    ),
    (
        "usd-numerals",
        "该企业今年实际使用外资两千三百万美元。",
        [F("两千三百万美元", "money", 23000000, "USD", subject="实际使用外资")],
    ),
    (
        "usd-comma-decimal-wan-tw-trad",
        "今年前三季核准僑外投資12,345.6萬美元。",
        [F("12,345.6萬美元", "money", 123456000, "USD", subject="僑外投資")],
    ),
]

PERCENT_AND_POINTS = [
    (
        "points-up-levels-hk-trad",
        "本港整體失業率由3.0%升至3.1%，上升0.1個百分點。",
        [
            F("3.0%", "percent", Decimal("3.0"), "%", subject="失業率"),
            F("3.1%", "percent", Decimal("3.1"), "%", subject="失業率"),
            F("0.1個百分點", "percent", Decimal("0.1"), "百分点", subject="失業率上升"),
        ],
    ),
    (
        "points-discount-rate-tw-trad",
        "央行宣布重貼現率調升0.125個百分點至2%。",
        [
            F(
                "0.125個百分點",
                "percent",
                Decimal("0.125"),
                "百分点",
                subject="重貼現率調升",
            ),
            F("2%", "percent", 2, "%", subject="重貼現率"),
        ],
    ),
    (
        "percent-words-two-macau-trad",
        "本澳整體失業率維持在百分之二點一，本地居民失業率則為百分之二點八。",
        [
            F("百分之二點一", "percent", Decimal("2.1"), "%", subject="整體失業率"),
            F("百分之二點八", "percent", Decimal("2.8"), "%", subject="本地居民失業率"),
        ],
    ),
    (
        "points-slowdown-sg",
        "新加坡第二季经济增长率比首季放缓0.6个百分点。",
        [
            F(
                "0.6个百分点",
                "percent",
                Decimal("0.6"),
                "百分点",
                subject="经济增长率放缓",
            )
        ],
    ),
    (
        "points-down-to-level-my",
        "大马失业率下降0.1个百分点至3.3%。",
        [
            F("0.1个百分点", "percent", Decimal("0.1"), "百分点", subject="失业率下降"),
            F("3.3%", "percent", Decimal("3.3"), "%", subject="失业率"),
        ],
    ),
    (
        "mortgage-rate-li-hk-trad",
        "新造按揭平均按息約為3.9厘。",
        [F("約為3.9厘", "percent", Decimal("3.9"), "%", "approx", "按息")],
    ),
    (
        "deposit-rate-tw-trad",
        "一年期定存利率調升至1.7%，創16年新高。",
        [F("1.7%", "percent", Decimal("1.7"), "%", subject="定存利率")],
    ),
    (
        "percent-words-over-hundred",
        "全市粮食产量完成年度计划的百分之一百零五。",
        [F("百分之一百零五", "percent", 105, "%", subject="粮食产量完成年度计划")],
    ),
]

SHARES_AND_FRACTIONS = [
    (
        "cheng-ban-macau-trad",
        "本澳酒店入住率已恢復至疫情前的八成半。",
        [F("八成半", "percent", 85, "%", subject="酒店入住率")],
    ),
    (
        "cheng-san-san-tw-trad",
        "有三成三的受訪業者表示營收衰退。",
        [F("三成三", "percent", 33, "%", subject="受訪業者")],
    ),
    (
        "cheng-digit-approx-my",
        "约4成华裔家庭已购买医药保险。",
        [F("约4成", "percent", 40, "%", "approx", "华裔家庭")],
    ),
    (
        "cheng-jin-fall-hk-trad",
        "本港樓價自高位累計下跌近兩成。",
        [F("近兩成", "percent", 20, "%", "lt", "樓價累計下跌")],
    ),
    (
        "fraction-fifth-approx-hk-trad",
        "公營房屋租戶約佔全港住戶的五分之一。",
        [F("五分之一", "percent", 20, "%", "approx", "公營房屋租戶")],
    ),
    (
        "fraction-three-quarters",
        "四分之三的受访企业计划扩大投资。",
        [F("四分之三", "percent", 75, "%", subject="受访企业")],
    ),
    (
        "fraction-slash-tenth-tw-trad",
        "外籍移工已占製造業勞動力的1/10。",
        [F("1/10", "percent", 10, "%", subject="外籍移工")],
    ),
    (
        "fraction-gt-sg",
        "超过五分之一的新加坡居民年满65岁。",
        [F("超过五分之一", "percent", 20, "%", "gt", "新加坡居民")],
    ),
    (
        "fraction-lt-my",
        "不足三分之一的中小企业完成数码转型。",
        [F("不足三分之一", "percent", Decimal("33.33"), "%", "lt", "中小企业")],
    ),
    (
        "cheng-range-hk-trad",
        "業界估計三至四成食肆將結業。",
        [F("三至四成", "percent", 30, "%", subject="食肆", upper=40)],
    ),
]

RANGES = [
    (
        "range-yi-shared-twd-tw-trad",
        "預估該案總經費約300至500億元新台幣。",
        [
            F(
                "約300至500億元新台幣",
                "money",
                30000000000,
                "TWD",
                "approx",
                "總經費",
                50000000000,
            )
        ],
    ),
    (
        "range-hyphen-percent-hk-trad",
        "分析師預計明年樓價或再跌5-8%。",
        [F("5-8%", "percent", 5, "%", subject="樓價", upper=8)],
    ),
    (
        "range-points-tw-trad",
        "市場預期利率將調升0.25至0.5個百分點。",
        [
            F(
                "0.25至0.5個百分點",
                "percent",
                Decimal("0.25"),
                "百分点",
                subject="利率調升",
                upper=Decimal("0.5"),
            )
        ],
    ),
    (
        "range-rm-each",
        "每名受灾户可获RM1000至RM3000援助。",
        [F("RM1000至RM3000", "money", 1000, "MYR", subject="援助", upper=3000)],
    ),
    (
        "range-sgd-hundreds",
        "每户可获500至800新元购物券。",
        [F("500至800新元", "money", 500, "SGD", subject="购物券", upper=800)],
    ),
    (
        "range-hkd-yi-hk-trad",
        "項目造價估計介乎80億至100億港元。",
        [
            F(
                "80億至100億港元",
                "money",
                8000000000,
                "HKD",
                subject="項目造價",
                upper=10000000000,
            )
        ],
    ),
    (
        "range-usd-numerals",
        "预计投资规模在三至五亿美元之间。",
        [
            F(
                "三至五亿美元",
                "money",
                300000000,
                "USD",
                subject="投资规模",
                upper=500000000,
            )
        ],
    ),
    (
        "range-visits-wan-macau-trad",
        "預計每日有15萬至18萬人次旅客入境。",
        [F("15萬至18萬人次", "quantity", 150000, "人次", subject="旅客", upper=180000)],
    ),
    (
        "range-cny-yi",
        "该地块预计成交价在3至5亿元。",
        [F("3至5亿元", "money", 300000000, "CNY", subject="成交价", upper=500000000)],
    ),
    (
        "range-dash-wan-twd-tw-trad",
        "每戶可獲1-3萬元新台幣補助。",
        [F("1-3萬元新台幣", "money", 10000, "TWD", subject="補助", upper=30000)],
    ),
]

BOUNDS = [
    (
        "yu-hkd-sign-hk-trad",
        "該樓盤首日套現逾HK$10億。",
        [F("逾HK$10億", "money", 1000000000, "HKD", "gt", "套現")],
    ),
    (
        "chaoguo-ntd-sign-tw-trad",
        "詐騙集團不法獲利超過NT$3億。",
        [F("超過NT$3億", "money", 300000000, "TWD", "gt", "不法獲利")],
    ),
    (
        "jin-sgd-yi",
        "机场第五搭客大厦工程耗资近100亿新元。",
        [F("近100亿新元", "money", 10000000000, "SGD", "lt", "耗资")],
    ),
    (
        "yue-rm-yi",
        "该州去年旅游收入约RM25亿。",
        [F("约RM25亿", "money", 2500000000, "MYR", "approx", "旅游收入")],
    ),
    (
        "zuoyou-rm-yi",
        "今年棕油出口额预计在RM1000亿左右。",
        [F("RM1000亿左右", "money", 100000000000, "MYR", "approx", "棕油出口额")],
    ),
    (
        "yishang-hkd-hk-trad",
        "年收入在50萬港元以上的家庭須繳交額外租金。",
        [F("50萬港元以上", "money", 500000, "HKD", "ge", "年收入")],
    ),
    (
        "buzu-mop-macau-trad",
        "月入不足1萬澳門元的家庭可申請援助。",
        [F("不足1萬澳門元", "money", 10000, "MOP", "lt", "月入")],
    ),
    (
        "zuiduo-sgd",
        "每名学生最多可获5000新元的助学金。",
        [F("5000新元", "money", 5000, "SGD", "le", "助学金")],
    ),
    (
        "zhishao-ntd-tw-trad",
        "每位參賽者至少可獲新台幣3萬元獎金。",
        [F("新台幣3萬元", "money", 30000, "TWD", "ge", "獎金")],
    ),
    (
        "yinei-mop-macau-trad",
        "每戶每月電費開支控制在500澳門元以內。",
        [F("500澳門元以內", "money", 500, "MOP", "le", "電費開支")],
    ),
    (
        "jin-numerals-hkd-hk-trad",
        "政府為計劃預留近一百億港元。",
        [F("近一百億港元", "money", 10000000000, "HKD", "lt", "預留")],
    ),
    (
        "duo-wan-hkd-hk-trad",
        "該名長者被騙去200多萬港元積蓄。",
        [F("200多萬港元", "money", 2000000, "HKD", "gt", "積蓄")],
    ),
    (
        "yu-numerals-cny",
        "经查，涉案金额一千二百余万元。",
        [F("一千二百余万元", "money", 12000000, "CNY", "gt", "涉案金额")],
    ),
    (
        "chaoguo-percent-my",
        "超过60%的受访者支持调高最低薪金。",
        [F("超过60%", "percent", 60, "%", "gt", "受访者")],
    ),
    (
        "dayue-units-hk-trad",
        "當局估計計劃涉及大約3,500個單位。",
        [F("大約3,500個", "count", 3500, "個", "approx", "單位")],
    ),
    (
        "yishang-percent-sg",
        "九成以上的组屋单位已完成翻新。",
        [F("九成以上", "percent", 90, "%", "ge", "组屋单位")],
    ),
    (
        "shangxia-usd",
        "该公司年研发投入在5亿美元上下。",
        [F("5亿美元上下", "money", 500000000, "USD", "approx", "研发投入")],
    ),
    (
        "budao-myr",
        "小贩每日收入不到100令吉。",
        [F("不到100令吉", "money", 100, "MYR", "lt", "小贩每日收入")],
    ),
]

DECREASES = [
    (
        "decrease-and-points-macau-trad",
        "本澳上月用電量按年減少3.2%，減幅較上月收窄1.5個百分點。",
        [
            F("3.2%", "percent", Decimal("3.2"), "%", subject="用電量按年減少"),
            F("1.5個百分點", "percent", Decimal("1.5"), "百分点", subject="減幅收窄"),
        ],
    ),
    (
        "diefu-index-tw-trad",
        "加權指數今年以來跌幅達12.5%。",
        [F("12.5%", "percent", Decimal("12.5"), "%", subject="跌幅")],
    ),
    (
        "xiadie-currency-sg",
        "新元兑美元今年累计下跌2.3%。",
        [F("2.3%", "percent", Decimal("2.3"), "%", subject="新元兑美元下跌")],
    ),
    (
        "xiajiang-and-count-my",
        "今年上半年交通意外死亡人数下降12.4%，减少约300人。",
        [
            F("12.4%", "percent", Decimal("12.4"), "%", subject="死亡人数下降"),
            F("约300人", "count", 300, "人", "approx", "死亡人数减少"),
        ],
    ),
    (
        "jianshao-money",
        "全市财政赤字比上年减少45.6亿元。",
        [F("45.6亿元", "money", 4560000000, "CNY", subject="财政赤字减少")],
    ),
    (
        "diefu-narrows-hk-trad",
        "零售業總銷貨價值跌幅收窄至2.1%。",
        [F("2.1%", "percent", Decimal("2.1"), "%", subject="跌幅")],
    ),
    (
        "xiahua-and-amount-macau-trad",
        "博彩毛收入按月下滑5.2%，減少約10億澳門元。",
        [
            F("5.2%", "percent", Decimal("5.2"), "%", subject="博彩毛收入按月下滑"),
            F("約10億澳門元", "money", 1000000000, "MOP", "approx", "博彩毛收入減少"),
        ],
    ),
    (
        "diefu-widens-sg",
        "私宅价格环比下跌1.1%，跌幅比上季扩大0.4个百分点。",
        [
            F("1.1%", "percent", Decimal("1.1"), "%", subject="私宅价格环比下跌"),
            F("0.4个百分点", "percent", Decimal("0.4"), "百分点", subject="跌幅扩大"),
        ],
    ),
    (
        "nianjian-months-tw-trad",
        "外銷訂單年減6.2%，減幅為近5個月最小。",
        [F("6.2%", "percent", Decimal("6.2"), "%", subject="外銷訂單年減")],
    ),
    (
        "fall-to-level-hk-trad",
        "集團期內股東應佔溢利按年下跌23.5%至8.6億港元。",
        [
            F("23.5%", "percent", Decimal("23.5"), "%", subject="股東應佔溢利按年下跌"),
            F("8.6億港元", "money", 860000000, "HKD", subject="股東應佔溢利"),
        ],
    ),
    (
        "kuisun-twd-tw-trad",
        "該航空公司上半年稅後虧損新台幣12.3億元。",
        [F("新台幣12.3億元", "money", 1230000000, "TWD", subject="稅後虧損")],
    ),
]

VOTES = [
    (
        "votes-mixed-numerals-tw-trad",
        "該候選人獲得12萬3,456票，得票率為52.3%。",
        [
            F("12萬3,456票", "count", 123456, "票", subject="得票"),
            F("52.3%", "percent", Decimal("52.3"), "%", subject="得票率"),
        ],
    ),
    (
        "votes-majority-my",
        "该候选人以2345张多数票胜出。",
        [F("2345张", "count", 2345, "张", subject="多数票")],
    ),
    (
        "votes-hk-trad",
        "議案獲得38票支持。",
        [F("38票", "count", 38, "票", subject="支持票")],
    ),
]

NOT_FIGURES = [
    (
        "stock-code-and-price-hk-trad",
        "友邦保險（01299）今日股價收市報68.5港元。",
        [F("68.5港元", "money", Decimal("68.5"), "HKD", subject="股價")],
    ),
    (
        "stock-code-and-price-tw-trad",
        "台積電（2330）今日收盤價為新台幣1,025元。",
        [F("新台幣1,025元", "money", 1025, "TWD", subject="收盤價")],
    ),
    ("stock-code-sgx", "星展集团（新交所代码：D05）今天开盘走高。", []),
    ("stock-code-bursa", "云顶集团（3182）今日股价走低。", []),
    ("stock-code-hk-suffix-hk-trad", "港交所（0388.HK）將公布季度業績。", []),
    ("phone-macau-macau-trad", "查詢熱線：+853 2856 1234。", []),
    ("phone-sg", "热线电话：+65 6123 4567。", []),
    ("phone-my", "查询热线：03-2123 4567。", []),
    ("hotline-tw-trad", "反詐騙諮詢專線165全天候服務。", []),
    ("date-roc-tw-trad", "本辦法自113年7月1日起施行。", []),
    ("date-and-time-hk-trad", "新措施由2025年4月1日凌晨零時起生效。", []),
    ("typhoon-signal-time-hk-trad", "天文台於凌晨2時40分改發三號強風信號。", []),
    ("ordinal-third-year-hk-trad", "該公司連續第三年獲選最佳僱主。", []),
    ("ordinal-rank-sg", "新加坡在全球最具竞争力经济体中排名第三。", []),
    ("ordinal-third-largest-tw-trad", "日本為台灣第三大貿易夥伴。", []),
    ("ordinal-round", "他在第二轮投票中胜出。", []),
    (
        "quarter-and-growth-my",
        "大马第三季经济增长5.3%。",
        [F("5.3%", "percent", Decimal("5.3"), "%", subject="经济增长")],
    ),
    ("address-hk-trad", "診所位於皇后大道中99號中環中心12樓1203室。", []),
    ("address-my", "该店位于吉隆坡安邦路168号。", []),
    ("address-macau-trad", "新辦事處設於新馬路61號永光大廈5樓。", []),
    ("address-tw-trad", "服務中心設在仁愛路四段100號2樓。", []),
    (
        "aircraft-model-and-count",
        "航空公司新增两架A350客机。",
        [F("两架", "count", 2, "架", subject="客机")],
    ),
    ("car-model-tw-trad", "特斯拉Model 3在台售價下調。", []),
    ("chip-models", "该公司发布H20芯片和M4处理器。", []),
    ("bus-route-sg", "乘客可搭乘170号巴士前往新山。", []),
    ("flight-number-macau-trad", "澳門航空NX001航班因天氣延誤。", []),
    ("mtr-exit-hk-trad", "乘客可由港鐵站A2出口離開。", []),
    ("multiple-yu-hk-trad", "本港出口貨值按年增長逾兩倍。", []),
    ("multiple-with-duration-my", "该公司市值在三年内增长五倍。", []),
    ("multiple-of-last-year-tw-trad", "今年營收是去年的2.5倍。", []),
    ("discount-hk-trad", "商場全線貨品低至7折。", []),
    ("fiscal-label-tw-trad", "113年度總預算案已送立法院審議。", []),
    ("age-range-sg", "21岁至35岁的青年可申请该计划。", []),
    ("travel-time-tw-trad", "高鐵台北至左營最快只需1小時45分。", []),
    ("lottery-number-my", "万字票头奖号码为1234。", []),
    ("years-of-service-macau-trad", "他在澳門從事金融業30年。", []),
]

PAGES = [
    (
        "page-budget-hk-trad",
        "財政司司長發表預算案\n財政司司長今日在立法會發表新一年度財政預算案，預計本年度綜合赤字為480億元，"
        "並向每名長者發放2,000元醫療券。政府又會撥款100億元設立創科基金，預計財政儲備將降至6,500億元。",
        [
            F("480億元", "money", 48000000000, "HKD", subject="綜合赤字"),
            F("2,000元", "money", 2000, "HKD", subject="醫療券"),
            F("100億元", "money", 10000000000, "HKD", subject="撥款"),
            F("6,500億元", "money", 650000000000, "HKD", subject="財政儲備"),
        ],
    ),
    (
        "page-vouchers-macau-trad",
        "澳門特區政府推出電子消費優惠\n澳門特區政府今日宣布，新一輪電子消費優惠計劃將為每名合資格居民提供最多"
        "5,000元優惠，預計涉及開支約35億元，受惠人數逾70萬人。",
        [
            F("5,000元", "money", 5000, "MOP", "le", "優惠"),
            F("約35億元", "money", 3500000000, "MOP", "approx", "開支"),
            F("逾70萬人", "count", 700000, "人", "gt", "受惠人數"),
        ],
    ),
    (
        "page-cash-handout-tw-trad",
        "行政院拍板普發現金\n行政院今日通過特別條例，每名國民可獲發1萬元現金，總經費約2,360億元。"
        "另編列50億元協助中小企業，每家最高補助200萬元。",
        [
            F("1萬元", "money", 10000, "TWD", subject="現金"),
            F("約2,360億元", "money", 236000000000, "TWD", "approx", "總經費"),
            F("50億元", "money", 5000000000, "TWD", subject="協助中小企業"),
            F("200萬元", "money", 2000000, "TWD", "le", "補助"),
        ],
    ),
    (
        "page-monthly-revenue-tw-trad",
        "晶圓代工廠公布月營收\n國內一家晶圓代工大廠今日公布，10月營收達3,142億元，月增24.8%，年增29.2%。"
        "累計前10月營收為2兆3,456億元。",
        [
            F("3,142億元", "money", 314200000000, "TWD", subject="營收"),
            F("24.8%", "percent", Decimal("24.8"), "%", subject="營收月增"),
            F("29.2%", "percent", Decimal("29.2"), "%", subject="營收年增"),
            F("2兆3,456億元", "money", 2345600000000, "TWD", subject="累計前10月營收"),
        ],
    ),
    (
        "page-budget-sg",
        "财政预算案发放回扣和购物券\n新加坡财政部长今天在国会发表财政预算案，宣布向每个组屋家庭发放600元水电费回扣，"
        "并向每名年满21岁的国人发放800元购物券。政府也将拨出30亿元充实公积金特别户头。",
        [
            F("600元", "money", 600, "SGD", subject="水电费回扣"),
            F("800元", "money", 800, "SGD", subject="购物券"),
            F("30亿元", "money", 3000000000, "SGD", subject="拨出充实公积金特别户头"),
        ],
    ),
    (
        "page-budget-my",
        "财案援助惠及全民\n首相今天在国会提呈财政预算案，宣布发放每户最高2,000令吉的援助金，总拨款达138亿令吉；"
        "公务员也将获发500令吉特别辅助金。",
        [
            F("2,000令吉", "money", 2000, "MYR", "le", "援助金"),
            F("138亿令吉", "money", 13800000000, "MYR", subject="总拨款"),
            F("500令吉", "money", 500, "MYR", subject="特别辅助金"),
        ],
    ),
    (
        "page-declared-hkd",
        "某集团公布中期业绩\n集团公布截至6月30日止六个月业绩，收入为128.5亿元（港元，下同），同比减少6.3%；"
        "股东应占溢利为15.2亿元。",
        [
            F("128.5亿元", "money", 12850000000, "HKD", subject="收入"),
            F("6.3%", "percent", Decimal("6.3"), "%", subject="收入同比减少"),
            F("15.2亿元", "money", 1520000000, "HKD", subject="股东应占溢利"),
        ],
    ),
    (
        "page-statistics-mainland",
        "市统计局发布前三季度数据\n前三季度，全市实现地区生产总值1.2万亿元，同比增长5.1%。"
        "社会消费品零售总额3,456.7亿元，同比下降1.2%，降幅比上半年收窄0.8个百分点。",
        [
            F("1.2万亿元", "money", 1200000000000, "CNY", subject="地区生产总值"),
            F("5.1%", "percent", Decimal("5.1"), "%", subject="地区生产总值同比增长"),
            F(
                "3,456.7亿元",
                "money",
                345670000000,
                "CNY",
                subject="社会消费品零售总额",
            ),
            F(
                "1.2%",
                "percent",
                Decimal("1.2"),
                "%",
                subject="社会消费品零售总额同比下降",
            ),
            F("0.8个百分点", "percent", Decimal("0.8"), "百分点", subject="降幅收窄"),
        ],
    ),
    (
        "page-new-flats-hk-trad",
        "九龍站新盤公布首張價單\n發展商今日公布本港九龍站新盤首張價單，涉及120個單位，折實平均呎價為1.85萬元，"
        "入場費約480萬元。",
        [
            F("120個", "count", 120, "個", subject="單位"),
            F("1.85萬元", "money", 18500, "HKD", subject="平均呎價"),
            F("約480萬元", "money", 4800000, "HKD", "approx", "入場費"),
        ],
    ),
    (
        "page-fines-macau-trad",
        "市政署巡查食肆\n澳門市政署上月巡查全澳食肆共1,260次，對18間違規食肆開出罰單，罰款合共約葡幣9萬元。",
        [
            F("1,260次", "count", 1260, "次", subject="巡查全澳食肆"),
            F("18間", "count", 18, "間", subject="違規食肆"),
            F("約葡幣9萬元", "money", 90000, "MOP", "approx", "罰款"),
        ],
    ),
]

BANK = (
    HONG_KONG
    + MACAU
    + TAIWAN
    + SINGAPORE
    + MALAYSIA
    + RENMINBI_AND_DOLLARS
    + PERCENT_AND_POINTS
    + SHARES_AND_FRACTIONS
    + RANGES
    + BOUNDS
    + DECREASES
    + VOTES
    + NOT_FIGURES
    + PAGES
)

XFAIL: dict[str, str] = {
    "fraction-slash-tenth-tw-trad": "the tagger reads 移工 (migrant workers, Taiwan) as a verb (外籍/n 移工/v), so no noun "
    "stands before 已占 and the share takes what 占 names (占製造業勞動力) without its topic",
    "range-rm-each": "the tagger reads the second sign and number as one word (RM3000/nz) and 援助 after it as a verb, so "
    "no noun follows the range and the clause's verb with a cut topic is taken (灾户获)",
    "buzu-mop-macau-trad": "the tagger reads 月入 (monthly income) as a verb, so no topic stands before 不足 and the head "
    "after 的 (家庭) is taken",
    "duo-wan-hkd-hk-trad": "the tagger reads 積蓄 (savings) after the amount as a verb, so no noun follows it and the "
    "doing before (長者被騙去) is taken",
    "shangxia-usd": "the tagger reads 研发投入 as two verbs (研发/v 投入/v) after 年/q, so no noun names the topic and the "
    "company before them is taken",
    "page-vouchers-macau-trad": "the tagger reads 優惠 after the amount as a verbal noun, and an amount followed by a "
    "verb-opened phrase takes the words before it (編列經費5600萬辦理活動), here 居民提供",
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_figure_money_rate(text, expected):
    assert figure_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
