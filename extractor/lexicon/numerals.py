"""Numeral lexicon: the characters and words that write a number and qualify it.

Data only; `extractor.numbers` builds its grammar from these tables. Both scripts are listed,
because figures are matched on the input text as written.

DIGITS              numeral character -> value: everyday, financial (大写) and zero forms.
FINANCIAL_NUMERALS  the 大写 forms: alone, one of them is a word (陆家嘴, 队伍, 大陸), not a number.
TENS                characters that stand for a whole number of tens (廿 = 二十).
SMALL_UNITS         place units inside a four-digit section (十百千 and financial forms).
BIG_UNITS           section multipliers; 万亿 / 千万亿 compose (3千万亿 = 3e15).
LATIN_SCALES        informal scales written after Arabic digits (15k, 30w).
DECIMAL_POINTS      the point inside a Chinese numeral (八點七萬 = 87000).
ARABIC_DECIMAL_POINTS  the point between Arabic digits; older press writes 3·5％.
ORDINAL_TWO         二 alone before a measure word is an ordinal or a name (国安二队, 一届二次会议):
                    the cardinal is 两. ORDINAL_TWO_UNITS_EXCEPT keeps the literary 二人.
MEASURE_BEFORE_BIG  the colloquial 个 in 两个亿.
MORE_MARKERS        "and some" after a number (三千四百多家, 10 多万种, 十几): qualifier gt; ROUGHLY_MARKERS
                    among them say "about" (二十来人): approx.
ADJACENT_PAIRS      two digits written together as an estimate (三五百, 八九亿): a range.
FULLWIDTH_FOLD      one-character folds of full-width digits, letters and signs, so offsets never move (the
                    analysis copy, the figure grammar and the dates all fold with it).
PREFIX_QUALIFIERS   word before a number -> (qualifier, characters that must not precede the word).
REFERENCE_NOUNS     marks a figure can be the value of (目标, 上限, 警戒线, 平均水平): after a comparison word and 的 (低于2%的
                    通胀目标) the figure is the mark's value, not bounded by the word.
PREFIX_IN_NOUNS     prefix word -> (characters it closes a noun with, characters after which that noun starts): 出超
                    and 入超 (a trade surplus or deficit) at the head of a clause or after 贸易, a month, a year or
                    累计 are nouns, not 超 bounding the amount; after a verb (售出超10万张) 超 still bounds it.
SCALE_PREFIXES      prefixes that bound only a round magnitude (票房破億, 人数过万, 破100万): before a plain number
                    (破3项纪录, 过2道关) they are verbs, and the figure starts after them.
SUFFIX_QUALIFIERS   word after a figure -> (qualifier, strings that must not follow the word); 起 is a floor
                    (售价4999元起, 2萬元起標); a bound joined by 或/及 is the same bound (36度或以上, 7纳米及以下).
CLAUSE_BOUNDS       a bound that opens a modal clause ending in the figure (最高可獲12万元, 每人最多可領取價值
                    200元): with CLAUSE_BOUND_VERBS right after it, a modal or a verb of granting, fining or
                    receiving or raising (每戶最高補助3萬元, 最高罰50萬元, 最高募集金額100億元), it qualifies the figure; before a noun (最高气温
                    38度) it names the thing measured.
CAPPED_AMOUNT_NOUNS  amounts a rule or an offer caps (罚款, 刑罚, 月薪, 补助, 额度): 最高 or 最多 before one, then a verb
                    that states it (为, 是, 达, 可被判), bounds the figure that ends the clause (最高刑罚为监禁及罚款500万元,
                    最高月薪达9万元); a measured maximum (最高气温达38度) is no cap and stays eq.
CLAUSE_ADVERBS      bounds that are only ever adverbs: before any verb of the clause (至少配置2名, 大約吸引三千名) they
                    qualify the figure that ends it, unless a number stands between.
SHARE_SUFFIX_QUALIFIERS  强 and 弱 right after a share (二分之一强, 三成弱) say a little more or less than it: gt, lt;
                    followed by another character of a word (强调, 弱势) they are that word.
RANGE_SEPARATORS    what joins the two ends of a range (3至5億元, 1万-5万元, 2——3万港币).
RANGE_OPENERS       the 从 of 从8500到3万港元.
PERCENT_PREFIX      百分之 written before the number.
NOT_FIGURE_BEFORE   a number right after these is an ordinal, a rate or a vague magnitude
                    (第五届, 每3家, 数十亿); NOT_RANKING_QIAN lists the words that end in 前 but
                    are not the ranking 前 (目前 300 家 is a count, 前3名 is not).
BARE_SCALE_BLOCKERS characters before a bare 百/千 that make it vague (上千, 数百).
WEEKDAY_BEFORE      a single Chinese numeral of WEEKDAY_NUMERALS right after these names a day of the week (上週三起, 星期五),
                    no count (三起 is no three incidents).
SPORT_EVENT_BEFORE  a distance after these names a sports event (男子400米, 高男組100公尺), not a quantity;
SPORT_EVENT_AFTER   so does one before these (100公尺決賽, 400米栏, 200米自由泳).
ROAD_DIRECTIONS     a road's direction of travel: a distance right after one and before 处/處 (国道3号北上95.2公里处)
                    is a kilometre marker, a place on the road, no quantity.
SPORT_EVENT_NOUNS   so does a distance in SPORT_DISTANCE_UNITS before these, alone or after a list of distances and
                    their count (在100米和200米两个项目上, 100米、200米項目, 100米金牌).
LIST_JOINERS        what joins the counts of a list: 一个 beside another count is one (3个园区、一个中心); joined by
                    与/和/及 only to another 一 it stays the article of prose (一辆货车与一辆客车相撞).
ZERO_WORDS          the written zeros: one alone before a measure word is a word (零件, 零組件), never a count.
"""

DIGITS = {
    "〇": 0, "○": 0, "零": 0,
    "一": 1, "壹": 1, "弌": 1,
    "二": 2, "贰": 2, "貳": 2, "弍": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

ZERO_WORDS = frozenset("〇○零")


FINANCIAL_NUMERALS = "壹弌贰貳弍叁參叄肆伍陆陸柒捌玖拾佰仟"

TENS = {"廿": 20, "卅": 30, "卌": 40}

SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

LATIN_SCALES = {"k": 1000, "w": 10**4}

DECIMAL_POINTS = ("点", "點")

ARABIC_DECIMAL_POINTS = (".", "·", "・")

ORDINAL_TWO = ("二", "贰", "貳", "弍")

ORDINAL_TWO_UNITS_EXCEPT = ("人",)

MEASURE_BEFORE_BIG = ("个", "個")

MORE_MARKERS = ("多", "余", "餘", "几", "幾", "来", "來")

ROUGHLY_MARKERS = ("来", "來")

ADJACENT_PAIRS = (
    ("一", "两"), ("一", "兩"), ("二", "三"), ("两", "三"), ("兩", "三"), ("三", "四"), ("四", "五"), ("五", "六"),
    ("六", "七"), ("七", "八"), ("八", "九"), ("三", "五"),
)

FULLWIDTH_FOLD = (
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
    | {chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)}
    | {chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)}
    | {"％": "%", "﹪": "%", "．": ".", "～": "~", "－": "-", "／": "/", "−": "-"}
)

_NEAR_WORDS = "最附邻鄰靠就亲親贴貼远遠晚新将將接逼"
_PASS_WORDS = "通经經超不度错錯越跨看去来來路走穿闯闖难難胜勝太略跳闪閃放错补補改透滤濾熬挺"
_YUE_WORDS = "签簽合公条條预預制节節婚邀特违違履践踐相赴守誓和"

PREFIX_IN_NOUNS = {"超": ("出入", "易月年季计計")}

REFERENCE_NOUNS = ("目标", "目標", "目标值", "目標值", "标准", "標準", "水平", "水准", "水準", "上限", "下限",
                   "门槛", "門檻", "警戒线", "警戒線", "红线", "紅線", "预期", "預期", "平均值", "平均水平", "平均数", "平均數", "基准", "基準")

PREFIX_QUALIFIERS = {
    "突破": ("gt", ""), "超过": ("gt", "不"), "超過": ("gt", "不"), "超出": ("gt", ""),
    "逾": ("gt", ""), "多于": ("gt", ""), "多於": ("gt", ""), "大于": ("gt", ""), "大於": ("gt", ""),
    "高于": ("gt", ""), "高於": ("gt", ""), "超": ("gt", "赶趕不"),
    "破": ("gt", "打击擊突冲衝攻识識看说說爆残殘点點侦偵"), "过": ("gt", _PASS_WORDS), "過": ("gt", _PASS_WORDS),
    "超过了": ("gt", "不"), "超過了": ("gt", "不"), "超出了": ("gt", ""), "突破了": ("gt", ""), "接近了": ("lt", ""),
    "逼近": ("lt", ""), "逼近了": ("lt", ""),
    "不止": ("gt", ""), "近乎": ("lt", ""), "几近": ("lt", ""), "幾近": ("lt", ""),
    "不少于": ("ge", ""), "不少於": ("ge", ""), "不低于": ("ge", ""), "不低於": ("ge", ""),
    "至少": ("ge", ""), "起码": ("ge", ""), "起碼": ("ge", ""), "最少": ("ge", ""),
    "不下于": ("ge", ""), "不下於": ("ge", ""),
    "近": ("lt", _NEAR_WORDS), "将近": ("lt", ""), "將近": ("lt", ""), "接近": ("lt", ""),
    "不到": ("lt", ""), "不足": ("lt", ""), "少于": ("lt", ""), "少於": ("lt", ""),
    "低于": ("lt", ""), "低於": ("lt", ""), "小于": ("lt", ""), "小於": ("lt", ""),
    "未满": ("lt", ""), "未滿": ("lt", ""),
    "最多": ("le", ""), "至多": ("le", ""), "不超过": ("le", ""), "不超過": ("le", ""),
    "不多于": ("le", ""), "不多於": ("le", ""), "不高于": ("le", ""), "不高於": ("le", ""),
    "约": ("approx", _YUE_WORDS), "約": ("approx", _YUE_WORDS), "大约": ("approx", ""),
    "大約": ("approx", ""), "大概": ("approx", ""), "约合": ("approx", ""), "約合": ("approx", ""),
    "约为": ("approx", _YUE_WORDS), "約為": ("approx", _YUE_WORDS), "约达": ("approx", _YUE_WORDS),
    "約達": ("approx", _YUE_WORDS), "约在": ("approx", ""), "約在": ("approx", ""), "大约在": ("approx", ""),
    "大約在": ("approx", ""),
    "折合约": ("approx", ""), "折合約": ("approx", ""),
    "共约": ("approx", "公"), "共約": ("approx", "公"), "合共约": ("approx", ""), "合共約": ("approx", ""),
    "共计约": ("approx", ""), "共計約": ("approx", ""), "合计约": ("approx", ""), "合計約": ("approx", ""),
    "总计约": ("approx", ""), "總計約": ("approx", ""), "累计约": ("approx", ""), "累計約": ("approx", ""),
    "最高": ("le", ""), "最低": ("ge", ""),
    "最高达": ("le", ""), "最高達": ("le", ""), "最高为": ("le", ""), "最高為": ("le", ""), "最多达": ("le", ""),
    "最多達": ("le", ""), "最多为": ("le", ""), "最多為": ("le", ""), "最低为": ("ge", ""), "最低為": ("ge", ""),
    "最少为": ("ge", ""), "最少為": ("ge", ""), "最少达": ("ge", ""), "最少達": ("ge", ""), "限": ("le", "下年期权權无無界局"), "限额": ("le", ""), "限額": ("le", ""),
    "上限": ("le", ""), "下限": ("ge", ""), "上看": ("le", "往向朝"),
    "约有": ("approx", _YUE_WORDS), "約有": ("approx", _YUE_WORDS),
    "达": ("eq", ""), "達": ("eq", ""), "高达": ("eq", ""), "高達": ("eq", ""),
    "多达": ("eq", ""), "多達": ("eq", ""), "共": ("eq", "公"), "共计": ("eq", ""),
    "共計": ("eq", ""), "合计": ("eq", ""), "合計": ("eq", ""), "合共": ("eq", ""), "总计": ("eq", ""),
    "總計": ("eq", ""),
}

SCALE_PREFIXES = ("破", "过", "過")

_UPDOWN_NOUNS = ("游", "班", "级", "級", "文", "楼", "樓", "届", "屆", "车", "車", "课", "課", "半", "下")

SUFFIX_QUALIFIERS = {
    "以上": ("ge", ()), "以下": ("le", ()), "以内": ("le", ()), "以內": ("le", ()),
    "或以上": ("ge", ()), "或以下": ("le", ()), "及以上": ("ge", ()), "及以下": ("le", ()),
    "左右": ("approx", ()), "上下": ("approx", _UPDOWN_NOUNS),
    "之多": ("eq", ()), "有余": ("gt", ()), "有餘": ("gt", ()),
    "起": ("ge", tuple("来來源点點诉訴飞飛草义義火床身码碼始航见見初因伏重居色跑落降止讫訖算")),
}

RANGE_LOWER_BOUNDS = ("以上",)
RANGE_UPPER_BOUNDS = ("以下", "以内", "以內")
"""A lower bound written right before an upper bound (处五千元以上五万元以下罚款, 新台幣3萬元以上15萬元以下) is one
range, as in the wording of laws and rules."""

CLAUSE_BOUNDS = {"最高": "le", "最多": "le", "至多": "le", "最少": "ge", "至少": "ge", "最低": "ge"}

CAPPED_AMOUNT_NOUNS = (
    "刑罚", "刑罰", "罚款", "罰款", "罚金", "罰金", "罚则", "罰則", "罚锾", "罰鍰", "月薪", "年薪", "时薪", "時薪", "日薪", "薪资",
    "薪資", "薪酬", "奖金", "獎金", "奖励", "獎勵", "补助", "補助", "补贴", "補貼", "资助", "資助", "津贴", "津貼", "援助金",
    "赔偿", "賠償", "额度", "額度", "贷款", "貸款",
)

CLAUSE_ADVERBS = {"至少": "ge", "至多": "le", "大约": "approx", "大約": "approx", "大概": "approx"}

CLAUSE_BOUND_VERBS = (
    "有", "可", "能", "将", "將", "会", "會", "只", "仅", "僅",
    "补助", "補助", "补贴", "補貼", "资助", "資助", "奖励", "獎勵", "给予", "給予", "发放", "發放", "罚", "罰",
    "获", "獲", "领", "領", "贷", "貸", "赔", "賠", "募", "筹", "籌",
)

SHARE_SUFFIX_QUALIFIERS = {"强": "gt", "強": "gt", "弱": "lt"}

RANGE_SEPARATORS = ("至", "到", "~", "〜", "--", "-", "——", "—", "–", "――", "―")

RANGE_OPENERS = ("从", "從")

PERCENT_PREFIX = "百分之"

NOT_FIGURE_BEFORE = ("第", "每", "数", "數", "几", "幾", "好几", "好幾", "前", "首", "No.", "NO.", "No")

NOT_RANKING_QIAN = (
    "目前", "此前", "之前", "提前", "以前", "当前", "當前", "空前", "面前", "跟前", "眼前", "向前",
    "年前", "日前", "事前", "生前", "先前", "史无前", "史無前",
)

NOT_RANKING_SHOU = (
    "榜首", "自首", "元首", "匕首", "回首", "为首", "為首", "昂首", "俯首", "斩首", "斬首", "聚首", "船首", "卷首", "篇首",
)
"""首 before a number opens a ranking as 前 does (首十名經紀行, the top ten), except where it ends a word of its own."""

BARE_SCALE_BLOCKERS = "上数數几幾"

WEEKDAY_BEFORE = ("星期", "礼拜", "禮拜", "周", "週")

WEEKDAY_NUMERALS = "一二三四五六"

LIST_JOINERS = "、和及与與"

SPORT_EVENT_BEFORE = ("男子", "女子", "男女", "混合", "组", "組")

SPORT_EVENT_NOUNS = ("项目", "項目", "比赛", "比賽", "赛事", "賽事", "金牌", "冠军", "冠軍", "组别", "組別")

ROAD_DIRECTIONS = ("北上", "南下", "北向", "南向", "东向", "東向", "西向", "北行", "南行", "东行", "東行", "西行")

SPORT_DISTANCE_UNITS = ("米", "公尺", "公里", "千米", "码", "碼")

SPORT_EVENT_AFTER = (
    "决赛", "決賽", "预赛", "預賽", "复赛", "複賽", "赛跑", "賽跑", "栏", "欄", "接力", "自由泳", "蛙泳", "仰泳", "蝶泳",
    "混合泳", "个人混合泳", "個人混合泳", "竞走", "競走", "长跑", "長跑",
    "健康跑", "欢乐跑", "歡樂跑", "迷你跑", "公益跑", "亲子跑", "親子跑", "精英跑", "越野赛", "越野賽", "组别", "組別",
)
