"""Unit lexicon: what follows a number and decides what kind of figure it is.

Data only; `extractor.numbers` builds its grammar from these tables. Both scripts are listed.
A tuple of strings beside a word lists what must NOT follow it for the word to be a unit there
(个 before 月 is a duration, 台 before 灣 is a place, 元 before 旦 is New Year's Day).

CURRENCIES          explicit currency word -> ISO 4217 code, Chinese words and the Latin signs written
                    before an amount (RM30, S$5, HK$1.2億); a Latin sign never goes on a word (FIRM). The
                    overseas press's short names count: 铢 (baht), 盾 (rupiah), 披索, 韓圜, 澳幣, 紐幣, 坡币.
CURRENCY_NOT_BEFORE what after a one-character currency word makes it another word (盾牌, 盾构).
YUAN_WORDS          the bare 元 and its spoken forms: the currency is the article's locale or a
                    (人民币,下同) declaration. 块 is money only when it reads as money (十块钱,
                    三块四分, 7块); before a noun it is a measure word (三块金牌).
YUAN_NOT_BEFORE     what after a 元/圆-ending word makes it another word (元旦, 元首, 圓滿, 圓融通); 元融资 is money.
DAY_CURRENCIES      currencies that begin with 日: after a month (9月26日元…) they are a date.
SUBUNITS            角/毛/毫 tenths and 分/仙 hundredths, only after a 元 amount (三元五角).
CENT_WORDS          a cent written alone after Arabic digits (每股盈利9.52仙): money, a hundredth of the
                    locale's dollar, or of the currency the word names (港仙); what must not follow it. 分 is a
                    cent only in a clause about shares (SHARE_CENT_WORDS: 每股盈利46.7分, 派发每股6分的末期股息,
                    股价涨3分) or about a fare or a bill (FARE_CENT_WORDS: 每程多付10分, 票价上调4分), written 分钱,
                    given with the percentage of the same move (涨3分或1.6%), or restated in a sentence that has
                    given a cent of a share already (每股盈利为10.4分，上年同期为8.9分); elsewhere it is a score or
                    a minute.
CENT_ELSEWHERE      the dollar a cent word belongs to where the locale's own money has no such cent: the mainland and
                    Taiwan press never write 仙 (they write 分), the Malaysian press writes it for the ringgit's sen,
                    so 每股3仙 with no region or currency known is MYR.
CENT_CURRENCIES     the dollars whose hundredth is written 仙/分 in their press: a cent with no currency named after an
                    amount in one of them (215亿令吉 … 每股12仙) is a hundredth of that dollar, whatever the locale.
INTEREST_WORDS      厘 after a number is an annual rate in per cent (年息8厘 = 8 %) only after one of these.
INTEREST_NOUNS      the rates that name themselves: one of them earlier in the sentence makes 厘 a rate even far from it
                    (銀行同業拆息（HIBOR）昨日升至4.2厘).
RANK_MOVES          verbs that move a rank: N名/N位 right after one, in a sentence that names a ranking
                    (RANK_WORDS, 第N名), is a number of places in that ranking (排名第62名，较去年进步6名), no count.
PER_UNITS           what a quantity is per, after a slash (160瓦时/公斤, 120公里/小时): part of its unit.
PRICE_PER_UNITS     what a price is per, after a slash, at the lower end of a range written per unit at both ends
                    (20.13元/股至35.60元/股, 3800元/吨至4200元/吨): the range stands, one money figure.
SUBUNIT_NOT_BEFORE  what after 分/角/毛 makes it another word (5分钟, 分别).
MONEY_TAIL          钱/整 closing a money expression (十块钱, 肆佰叁拾萬圆整).
MEASURE_WORDS       count measure words (个 家 位 名 ...): kind 'count', unit as written. Runs and sittings counted
                    with 次 (场次, 班次, 梯次, 批次: 3600余场次 of shows, 120班次 of buses) are counts too; the visits
                    and movements of people and craft (人次, 架次, 车次) are QUANTITY_UNITS. Lanes of a road closed,
                    opened or built are counted with 车道 (内侧2车道封闭, 雙向6車道).
SELF_COUNTED_MEASURES measure words that are themselves the noun counted (2车道封闭: lanes), as 11國 counts countries.
LANE_CLASS_NOUNS    the roads and standards a lane count can qualify (双向六车道一级公路标准, 四车道高速公路, 雙向四車道設計):
                    written right after the count, it names the kind of road, no count of lanes.
ORDINAL_AFTER       measure word -> what before the number makes it a session number
                    (一届二次会议, 筹委会十次全会), a section of a road in an address (信義路五段) or the last
                    digits of a number (号码末四位), not a count.
TERM_MEASURES       the measure words of a body's term (届); a term number right after a body (市政协九届, 全国政协十四届:
                    TERM_BODY_ENDINGS end the body) or before a sitting (九届二次会议, 十四届全国人大三次会议,
                    二十届三中全会: a number and one of SITTING_MEASURES after at most a short body name) is the
                    session shorthand, an ordinal written without 第; after a verb it counts editions (已举办12届).
BARE_SCALE_MEASURES the measure words a bare 百/千 (千台) may count; others are idioms (千家万户).
COUNTED_NOUNS       places counted without a measure word (9省, 3縣, 4縣市, 5城, 13州). Chinese numerals count them
                    only right after the places listed (苗栗、南投、彰化三縣; 中彰投苗四縣市, whose
                    one-character PLACE_ABBREVIATIONS each name a place); alone they are labels (兩岸,
                    四縣市). Named again (展出四縣市的, 4縣市首長 after 4縣市) or after 的 (聯合舉辦的
                    4縣市) they name a group already counted: no figure.
PEOPLE_BY_SEX       男/女 after a number count the people of that sex (拘捕4男2女), unless a word goes on (3男子, 2女性:
                    the tagger decides those).
NOT_COUNTED         characters after a number that are never a noun it counts: times, ages, multiples,
                    ranks and positions, function words, rooms of an address (2019年, 16岁, 3倍, 2号线, 5后, 305室),
                    and verbs of change (80亿增至120亿: a change, no noun and no range).
QUANTITY_UNITS      measured quantities (人次, 平方米, 噸, 兆瓦): kind 'quantity', unit as written. A bare 度 is the
                    spoken kilowatt-hour after a 万/亿 amount (680亿度), a temperature after a plain number in a clause
                    about one (最高气温37度, TEMPERATURE_WORDS); otherwise an angle or a count of times (一度, 三度),
                    which this unit leaves alone.
INDEX_POINT_UNITS   点/點 of a stock index, level or move (恒指收報26,481點, 升326點, 沪指报3296.42点): kind 'quantity',
                    unit as written, only after an Arabic number in a sentence that names an index or the market
                    before it (INDEX_WORDS); a Chinese numeral (三点建议, 兩點意見), a clock time (a number up to 24
                    after a time of day, or before CLOCK_AFTER_POINT: 下午4點收市) and the 点 of a decimal (三点五) stay
                    no figure.
PERCENT_UNITS       %, ‰, 成 (tenths: 三成 = 30 %) and 厘 (see INTEREST_WORDS) -> multiplier to percent.
CHENG_TENTHS        a digit or 半 right after 成 adds a hundredth (九成一 = 91 %, 一成半 = 15 %), unless a unit, a
                    numeral or CHENG_TENTH_NOT_BEFORE follows: then the digit starts another number (三成五年).
                    After an Arabic N成, one or two Arabic digits are the tenths and hundredths of the tenth: 9成5 =
                    95 %, 6成5 = 65 %, and the batting averages 3成1 = 31 %, 5成33 = 53.3 % (not before a Latin letter,
                    a decimal or thousands mark: 6成5G用戶, 6成5,000名).
PERCENTAGE_POINT    个百分点 (and 个基点, basis points) as written -> the percent unit 百分点 (基点).
CHENG_NOT_BEFORE    what after 成 makes it a verb or a word (一成都公司, 三成员). 成为 is the verb "become"
                    unless a qualifier opens the share (近四成为首次参展的企业).
PEOPLE_NOUNS_AFTER_SCALE  nouns for a people after a number with 万/亿 (全县32万人民, 逾10萬市民): a count of people
                    (unit 人), the noun its subject; 人民币/人民幣 is the currency.
CHENG_NOUNS_AFTER   nouns that start with a character of CHENG_NOT_BEFORE and are what a share counts: 成 before
                    them is the share (七成员工 = 七成 + 员工, 三成長者, 逾三成人口), not the word 成员/成長/成人.
BIG_COUNT_*         the N大X form (四大板塊, 十大領域): HEAD_NOUNS end the counted noun, STOPS cut
                    it, NOT_AFTER lists what after 大 is another word (大会, 大学, 十九大精神);
                    BIG_COUNT_MERIT (杰出, 优秀, 最美 after 大) and BIG_COUNT_SELECTED_BEFORE (年度, 评选,
                    入选 before the number) make N大X the name of a ranking list or award (十大杰出青年), no count.
SET_PHRASES         slogans, names and idioms whose numbers are not figures (三个代表, 五大洲,
                    五花八门); the grammar steps over them whole.
MONEY_SUBJECTS      words naming an amount of money, and the crimes that involve one (受贿, 诈骗): a number
                    with 万/亿 and no unit after one of them is money in the locale currency (成交金額逾六點八億,
                    歲入2.7兆, 赤字約1800億, 涉案逾3億).
BASIS_POINTS        the percent units of basis points: 一个基点 alone is prose (a basis).
CALENDAR_WORDS      after a number, a date or time: a currency word before it (美元2019年) makes no amount.
AMOUNT_CHANGE_VERBS verbs of change: a unitless 万/亿 number right after one, in the sentence of a money amount,
                    is a change of that amount in its currency (歲出318億，較去年增加12億).
SUBJECT_UNITS       other subjects that give a unitless 万/亿 number its kind and unit
                    (入场总人次超过30万 -> 300000 人次).
LOCALE_CURRENCIES   the article locale -> the currency of a bare 元.
"""

CURRENCIES = {
    "人民币": "CNY", "人民幣": "CNY",
    "美元": "USD", "美金": "USD",
    "欧元": "EUR", "歐元": "EUR",
    "港元": "HKD", "港币": "HKD", "港幣": "HKD",
    "澳门元": "MOP", "澳門元": "MOP", "澳门币": "MOP", "澳門幣": "MOP", "葡币": "MOP", "葡幣": "MOP",
    "新台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "台币": "TWD", "台幣": "TWD", "臺幣": "TWD",
    "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "日币": "JPY", "日幣": "JPY",
    "英镑": "GBP", "英鎊": "GBP",
    "韩元": "KRW", "韓元": "KRW", "韩币": "KRW", "韓幣": "KRW", "韩圜": "KRW", "韓圜": "KRW",
    "泰铢": "THB", "泰銖": "THB", "铢": "THB", "銖": "THB",  # Thailand's Chinese press writes the baht 铢 alone
    "卢布": "RUB", "盧布": "RUB",
    "澳元": "AUD", "澳币": "AUD", "澳幣": "AUD", "澳大利亚元": "AUD", "澳大利亞元": "AUD", "澳洲元": "AUD",
    "加元": "CAD", "加币": "CAD", "加幣": "CAD", "加拿大元": "CAD",
    "新加坡元": "SGD", "新加坡币": "SGD", "新加坡幣": "SGD", "新元": "SGD", "新币": "SGD", "新幣": "SGD",
    "坡币": "SGD", "坡幣": "SGD",  # Malaysia's press: the Singapore dollar
    "瑞士法郎": "CHF", "瑞郎": "CHF",
    "卢比": "INR", "盧比": "INR",
    "林吉特": "MYR", "令吉": "MYR", "马币": "MYR", "馬幣": "MYR",
    "越南盾": "VND", "印尼盾": "IDR", "盾": "IDR",  # Indonesia's Chinese press writes the rupiah 盾 alone
    "菲律宾比索": "PHP", "菲律賓比索": "PHP", "菲律宾披索": "PHP", "菲律賓披索": "PHP", "披索": "PHP",
    "新西兰元": "NZD", "紐西蘭元": "NZD", "纽元": "NZD", "紐元": "NZD", "纽币": "NZD", "紐幣": "NZD",
    "迪拉姆": "AED", "兰特": "ZAR", "蘭特": "ZAR",
    "土耳其里拉": "TRY", "雷亚尔": "BRL", "雷亞爾": "BRL", "瑞典克朗": "SEK", "挪威克朗": "NOK", "丹麦克朗": "DKK",
    "丹麥克朗": "DKK", "墨西哥比索": "MXN", "阿根廷比索": "ARS", "兹罗提": "PLN", "茲羅提": "PLN", "福林": "HUF",
    "新谢克尔": "ILS", "沙特里亚尔": "SAR", "格里夫纳": "UAH", "坚戈": "KZT", "堅戈": "KZT",
    "RMB": "CNY", "RM": "MYR", "S$": "SGD", "SGD": "SGD", "HK$": "HKD", "HKD": "HKD", "US$": "USD", "USD": "USD",
    "NT$": "TWD", "MOP$": "MOP", "MYR": "MYR", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP",
    "CNY": "CNY", "AUD": "AUD", "KRW": "KRW", "THB": "THB", "MOP": "MOP", "NTD": "TWD", "TWD": "TWD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "円": "JPY",
}

CURRENCY_NOT_BEFORE = {"盾": ("牌", "构", "構"), "铢": ("两",), "銖": ("兩",)}
"""What after a one-character currency word makes it another word (三面盾牌, 盾构机; 铢两悉称)."""

YUAN_WORDS = ("元", "圆", "圓", "块", "塊", "蚊")

YUAN_NOT_BEFORE = (
    "旦", "宵", "首", "素", "年", "月", "老", "帅", "帥", "气", "氣", "化", "勋", "勳", "件", "器",
    "史", "朝", "代", "曲", "音", "朗", "凶", "兇", "宇", "宙", "神", "始", "祖", "满", "滿", "桌",
    "梦", "夢", "形", "心", "明", "圈", "周", "週", "融洽", "融通", "融和", "融会", "融會", "润", "潤", "舞", "顶", "頂", "柱", "球",
    "弧", "珠", "通", "寂", "镇", "鎮", "村", "里", "街", "桥", "橋", "宫", "宮", "寺",
)

CENT_WORDS = {"仙": None, "港仙": "HKD", "分": None}

SHARE_CENT_WORDS = ("每股", "股息", "派息", "股利", "股价", "股價", "该股", "該股")

FARE_CENT_WORDS = ("每程", "票价", "票價", "车资", "車資", "车费", "車費", "多付", "少付", "电费", "電費", "水费", "水費")

CENT_CURRENCIES = ("MYR", "SGD", "HKD", "MOP")

CENT_ELSEWHERE = {"仙": "MYR"}

CENT_NOT_BEFORE = ("人", "女", "子", "境", "鹤", "鶴", "姑", "草", "桃", "居", "侠", "俠", "山", "游", "遊", "气", "氣", "丹", "家")

INTEREST_WORDS = ("息", "利率", "利")

INTEREST_NOUNS = ("利率", "拆息", "按息", "利息", "年息", "存息", "息率")

RANK_MOVES = ("进步", "進步", "退步", "上升", "下降", "下滑", "攀升", "跃升", "躍升", "提升", "前进", "前進", "后退", "後退")

RANK_WORDS = ("排名", "名次", "排行", "名列", "位列", "位居", "排第", "排在")

PER_UNITS = (
    "公斤", "千克", "克", "吨", "噸", "小时", "小時", "时", "時", "秒", "分钟", "分鐘", "天", "日", "年", "月", "人", "户", "戶",
    "平方米", "平方公里", "平方公尺", "平方厘米", "平方公分", "立方米", "立方公尺", "公顷", "公頃", "亩", "畝", "千瓦时", "千瓦時", "毫升", "升",
    "公里", "千米", "米", "公尺", "kg", "h", "s",
)

PRICE_PER_UNITS = (
    *PER_UNITS, "股", "桶", "盎司", "斤", "平方呎", "平方英尺", "呎", "晚", "张", "張", "份", "件", "套", "台", "臺", "辆", "輛",
    "次", "头", "頭", "只", "隻",
)

DAY_CURRENCIES = ("日元", "日圆", "日圓", "日币", "日幣")

SUBUNITS = {"角": "0.1", "毛": "0.1", "毫": "0.1", "分": "0.01", "仙": "0.01"}

SUBUNIT_NOT_BEFORE = (
    "钟", "鐘", "之", "别", "別", "享", "析", "布", "佈", "配", "成", "为", "為", "局", "行", "会",
    "會", "公", "数", "數", "米", "克", "升", "度", "落", "色", "巾", "衣", "泽", "澤", "子",
)

MONEY_TAIL = ("钱", "錢", "整")

_EDITION_NAMES = ("中国", "中國", "国际", "國際", "世界", "亚洲", "亞洲", "海峡", "海峽", "两岸", "兩岸",
                  "一中", "二中", "三中", "四中", "五中", "六中", "七中")

_DURATIONS = ("月", "小时", "小時", "钟头", "鐘頭", "星期", "礼拜", "禮拜", "工作日", "年头",
              "年頭", "季度", "春秋", "周", "週", "昼夜", "晝夜", "世纪", "世紀", "多月", "半月",
              # 个 + 半/多 + a unit of time is a duration too (2个半小时, 3个多钟头, 两个多星期)
              "半小时", "半小時", "半钟头", "半鐘頭", "多小时", "多小時", "多钟头", "多鐘頭", "多星期", "多礼拜", "多禮拜",
              "多工作日")

MEASURE_WORDS = {
    "个": _DURATIONS, "個": _DURATIONS,
    "家": ("长", "長", "庭", "乡", "鄉", "属", "屬", "族", "务", "務", "常", "喻", "伙", "眷"),
    "位": ("数", "數", "一体", "一體", "于", "於", "置", "列", "居", "次"),
    "名": ("单", "單", "称", "稱", "字", "片", "录", "錄", "著", "胜", "勝", "牌", "言",
          "次", "额", "額"),
    "人": ("民", "次", "论坛", "論壇"),
    "股": ("东", "東", "份", "票", "权", "權", "价", "價", "市", "本", "息", "民", "利", "金", "指", "评", "評", "灾", "災",
          "骨", "脑", "腦", "力", "劲", "勁", "风", "風", "热", "熱", "潮", "流", "气", "氣", "子", "长", "長", "肱"),
    "项": (), "項": (),
    "车道": ("线", "口"), "車道": ("線", "口"),  # SELF_COUNTED_MEASURES
    "章": ("程", "法", "节", "節", "算", "回"),
    "梯次": (), "场次": (), "場次": (), "班次": (),
    "伙": ("人", "伴", "食", "计", "計", "同", "夫", "房"),  # Hong Kong's measure for flats (售出1,800伙); not 一伙人, 伙伴
    "场": ("所", "景", "地", "合"), "場": ("所", "景", "地", "合"),
    "台": ("湾", "灣", "北", "中", "南", "东", "東", "商", "胞", "资", "資", "企", "风", "風", "山",
          "县", "縣", "州", "籍", "海", "独", "獨", "港", "澳", "办", "辦", "联", "聯", "属", "屬",
          "媒", "青", "江", "府", "政", "友", "语", "語", "词", "詞", "阶", "階", "球"),
    "臺": ("灣", "北", "中", "南", "東", "商", "胞", "資", "企", "風", "山", "縣", "籍", "海", "獨",
          "港", "澳", "辦", "聯", "屬", "媒", "青", "江", "府", "政", "友", "語", "詞", "階", "球"),
    "种": ("植", "子", "草", "地", "养", "粮", "苗", "族", "田"),
    "種": ("植", "子", "草", "地", "養", "糧", "苗", "族", "田"),
    "届": _EDITION_NAMES + ("中央", "全国", "人大", "政协", "全会", "毕业"),
    "屆": _EDITION_NAMES + ("中央", "全國", "人大", "政協", "全會", "畢業"),
    "件": (), "次": ("日", "年", "序", "要", "数", "數", "生", "级", "級", "贷", "貸", "产业", "產業"),
    "批次": (), "批": ("准", "复", "復", "示", "评", "評", "判", "发", "發", "次"),
    "条": ("件", "例", "款", "约", "理", "幅", "形", "码"), "條": ("件", "例", "款", "約", "理", "幅", "形", "碼"),
    "座": ("谈", "談", "位", "右", "上", "标", "標"),
    "所": ("有", "以", "属", "屬", "得", "谓", "謂", "需", "说", "說", "做", "述", "提", "示",
          "长", "長", "辖", "轄", "致", "及", "到", "见", "見", "想", "用", "能", "处", "處"),
    "部": ("门", "門", "长", "長", "署", "委", "队", "隊", "位", "件", "落", "属", "屬", "首", "分"),
    "部分": (),
    "辆": (), "輛": (), "艘": (), "款": ("项", "項", "式"), "份": ("额", "額", "子"), "篇": ("章", "幅"),
    "架": ("构", "構", "设", "設", "空", "势", "勢", "子", "次"),
    "套": ("餐", "装", "裝", "房", "路"),
    "本": ("土", "地", "科", "身", "来", "來", "部", "届", "屆", "次", "年", "月", "周", "期", "市",
          "省", "县", "縣", "体", "體", "质", "質", "钱", "錢", "金", "人", "位", "报", "報", "澳", "港"),
    "张": ("家", "口", "力", "贴", "扬", "开"), "張": ("家", "口", "力", "貼", "揚", "開"),
    "例": ("如", "外"),
    "户": ("口", "籍", "外", "型", "主", "内"), "戶": ("口", "籍", "外", "型", "主", "內"),
    "间": ("隔", "接", "断", "或", "歇", "谍"), "間": ("隔", "接", "斷", "或", "歇", "諜"),
    "处": ("长", "理", "于", "在", "置", "分", "罚", "境", "事", "级", "室"),
    "處": ("長", "理", "於", "在", "置", "分", "罰", "境", "事", "級", "室"),
    "列": ("入", "为", "為", "出", "举", "舉", "表"),
    "方面": (), "大类": (), "大類": (), "类": ("别", "似", "型"), "類": ("別", "似", "型"),
    "块": (), "塊": (),
    "片": ("区", "區", "刻", "面", "段", "场", "場", "长", "長", "名", "尾", "头", "頭", "酬", "约", "約", "子", "言", "源",
          "商", "中", "内", "內"),
    "支": ("持", "付", "援", "出", "柱", "部", "撑", "撐", "配", "行"),
    "只": ("是", "有", "能", "要", "需", "会", "會"), "隻": (),
    "枚": (), "颗": (), "顆": (), "株": (), "棵": (), "栋": (), "棟": (), "幢": (),
    "组": ("织", "成", "建", "长", "委", "合", "别"), "組": ("織", "成", "建", "長", "委", "合", "別"),
    "队": ("员", "长", "伍"), "隊": ("員", "長", "伍"),
    "门": ("户", "口", "槛", "店", "前", "外", "票"), "門": ("戶", "口", "檻", "店", "前", "外", "票"),
    "起": ("来", "來", "点", "點", "步", "始", "源", "草", "诉", "訴", "飞", "飛", "跑"),
    "宗": ("教", "旨"), "笔": ("者", "记", "试", "画"), "筆": ("者", "記", "試", "畫"),
    "单": ("位", "独", "元", "一", "纯", "身"), "單": ("位", "獨", "元", "一", "純", "身"),
    "层": ("次", "面", "级"), "層": ("次", "面", "級"),
    "面": ("积", "積", "对", "對", "临", "臨", "向", "貌", "前", "上", "下", "料", "包", "子", "容", "孔", "试", "試",
          "谈", "談", "环", "環", "具", "膜", "粉", "条", "條", "板", "部", "值", "额", "額", "世", "市", "纱", "紗",
          "罩", "单", "單", "目", "色", "相", "线", "線", "层", "層", "分", "性", "派", "签", "簽", "授"),
    "袋": ("鼠",), "箱": ("子", "包"), "瓶": ("子", "装", "裝", "颈", "頸"), "盒": ("子", "饭", "飯"),
    "头": ("条", "发", "脑", "部", "像", "衔", "号", "版", "等", "顶", "目", "盔", "疼", "痛", "上", "羊"),
    "頭": ("條", "髮", "腦", "部", "像", "銜", "號", "版", "等", "頂", "目", "盔", "疼", "痛", "上", "羊"),
    "匹": ("配", "敌", "敵"), "尊": ("重", "敬", "严", "嚴", "贵", "貴", "称", "稱"),
    "幅": ("度", "员", "員", "面"),
    "首": ("都", "相", "席", "长", "長", "府", "届", "屆", "次", "日", "批", "发", "發", "先", "要", "创", "創", "位",
          "脑", "腦", "页", "頁", "映", "演", "轮", "輪", "付", "选", "選", "尔", "爾", "富", "个", "個", "季", "部",
          "期", "站", "秀", "家", "款", "场", "場", "座", "度", "航", "飞", "飛", "单", "單", "例", "套", "台"),
    "轮": ("胎", "船", "椅", "流", "换", "回", "廓", "值", "番", "机", "候", "盘", "渡", "子", "车"),
    "輪": ("胎", "船", "椅", "流", "換", "回", "廓", "值", "番", "機", "候", "盤", "渡", "子", "車"),
    "道": ("路", "德", "理", "歉", "教", "具", "观", "觀", "口", "长", "長", "士", "别", "別", "谢", "謝", "义", "義",
          "家", "场", "場", "馆", "館", "上", "地", "院", "岔", "歉", "出", "来", "來"),
    "把": ("握", "关", "關", "手", "守", "持", "控", "脉", "脈", "戏", "戲", "柄"),
    "盏": (), "盞": (), "册": ("子",), "冊": ("子",), "粒": ("子",),
    "根": ("本", "据", "據", "源", "基", "治", "除", "深", "系", "须", "鬚"),
    "杯": ("赛", "賽"), "碗": (), "朵": (), "趟": (),
    "则": ("是", "为", "為", "会", "會", "不", "在", "有", "更", "可", "要", "将", "將", "由", "以", "应", "應"),
    "則": ("是", "为", "為", "会", "會", "不", "在", "有", "更", "可", "要", "将", "將", "由", "以", "应", "應"),
    "封": ("面", "闭", "閉", "锁", "鎖", "存", "建", "顶", "頂", "装", "裝", "口", "号", "號"),
    "页": ("面",), "頁": ("面",), "段": ("落",),
    "节": ("目", "日", "约", "約", "省", "能", "奏", "点", "假", "庆", "气", "制", "俭", "令"),
    "節": ("目", "日", "约", "約", "省", "能", "奏", "點", "假", "慶", "氣", "制", "儉", "令"),
    "堂": ("兄", "姐", "弟", "妹", "皇", "而"),
    "站": ("台", "点", "點", "长", "長", "岗", "崗", "立", "起", "在", "出", "上"),
    "拨": ("款", "付", "打", "通", "开", "号", "给", "出", "动"), "撥": ("款", "付", "打", "通", "開", "號", "給", "出", "動"),
    "尾": ("声", "聲", "巴", "部", "款", "数", "數", "牙", "端", "随", "隨", "气", "氣", "货", "貨", "盘", "盤", "灯", "燈", "期",
          "段", "注", "页", "頁", "号", "號", "矿", "礦", "水", "翼", "座", "箱"),
    "床": ("位", "铺", "鋪", "上", "边", "邊", "头", "頭", "垫", "墊", "品", "单", "單", "前", "旁", "下", "架", "榻", "板"),
    "剂": ("量", "型", "师"), "劑": ("量", "型", "師"),
    "针": ("对", "织", "灸", "头", "剂", "管", "线", "孔", "眼", "脚", "叶", "筒"), "針": ("對", "織", "灸", "頭", "劑", "管", "線", "孔", "眼", "腳", "葉", "筒"),
    "罐": ("头", "頭", "装", "裝", "车", "車", "子"),
    "包": ("括", "含", "装", "裝", "裹", "围", "圍", "容", "庇", "办", "辦", "揽", "攬", "子", "袱", "头", "頭", "厢", "廂",
          "车", "車", "机", "機", "干", "幹", "销", "銷", "租", "产", "產", "扎", "紮", "邮", "郵"),
    "听": ("说", "证", "众", "取", "到", "见", "闻", "力", "觉", "从", "课", "讲", "话"),
    "聽": ("說", "證", "眾", "取", "到", "見", "聞", "力", "覺", "從", "課", "講", "話"),
    "盆": ("地", "景", "栽", "菜"), "壶": (), "壺": (), "筐": (), "捆": ("绑", "綁"),
    "串": ("通", "联", "聯", "门", "門", "烧", "燒", "行", "供", "场", "場", "连", "連"),
    "双": ("方", "边", "向", "重", "赢", "语", "层", "倍", "人", "打", "城", "节", "号", "十", "周", "月", "年", "休",
          "轨", "胞", "亲", "百", "千", "万", "亿", "双", "一", "二", "三", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    "雙": ("方", "邊", "向", "重", "贏", "語", "層", "倍", "人", "打", "城", "節", "號", "十", "週", "月", "年", "休",
          "軌", "胞", "親", "百", "千", "萬", "億", "雙", "一", "二", "三", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    "桶": ("装", "裝"), "桌": ("子", "面", "椅", "上", "前", "布", "球", "游", "遊"),
    # banquet tables and seats (筵開一百二十席, 取得5席); not 席位, 席次, 一席之地, 一席话, 席地, 席卷
    "席": ("位", "次", "之", "话", "話", "谈", "談", "地", "卷", "捲", "间", "間", "上", "前", "棚", "子", "梦", "夢"),
    # tents, hats (帐篷1200顶); not 顶级, 顶尖, 顶端, 顶部, 顶住, 顶替, 顶层, 顶峰, 顶楼, 顶流, 顶棚, 顶多
    "顶": ("级", "尖", "端", "部", "住", "替", "层", "峰", "楼", "流", "棚", "多", "上", "着", "头", "点", "礼", "薪",
          "天", "风", "格", "针", "好", "用", "撞", "岗", "盖", "梁"),
    "頂": ("級", "尖", "端", "部", "住", "替", "層", "峰", "樓", "流", "棚", "多", "上", "著", "頭", "點", "禮", "薪",
          "天", "風", "格", "針", "好", "用", "撞", "崗", "蓋", "樑", "梁"),
    "口": ("号", "號", "岸", "径", "徑", "罩", "才", "头", "頭", "味", "感", "语", "語", "述", "气", "氣", "袋", "红", "紅",
          "碑", "子", "音", "吻", "试", "試", "令", "角", "腔", "服", "中", "内", "內", "外", "处", "處", "区", "區"),
}

ORDINAL_AFTER = {"次": ("届", "屆", "会", "會", "人大", "政协", "政協"), "段": ("路", "街", "道"), "位": ("末", "尾")}

TERM_MEASURES = ("届", "屆")

TERM_BODY_ENDINGS = ("人大", "政协", "政協", "委", "会", "會", "联", "聯")

SITTING_MEASURES = ("次", "中")

SELF_COUNTED_MEASURES = frozenset({"车道", "車道"})

LANE_CLASS_NOUNS = (
    "高速公路", "公路", "道路", "快速路", "快速道路", "快速干道", "快速幹道", "主干道", "主幹道", "干线", "幹線", "城市道路",
    "一级", "一級", "二级", "二級", "标准", "標準", "设计", "設計", "规格", "規格", "大桥", "大橋", "桥梁", "橋樑", "隧道",
)

BARE_SCALE_MEASURES = ("台", "臺", "个", "個", "场", "場", "项", "項", "件", "套", "辆", "輛",
                       "座", "所", "批", "款", "架", "艘")

COUNTED_NOUNS = {
    "省": ("长", "長", "委", "级", "級", "会", "會", "政府", "内", "內", "外"),
    "县": ("长", "委", "级", "城", "政府"), "縣": ("長", "委", "級", "城", "政府"),
    "县市": ("长", "政府"), "縣市": ("長", "政府"),
    "城": ("市", "区", "區", "镇", "鎮", "乡", "鄉", "管", "建", "际", "際", "中", "里", "裡", "墙", "牆", "门", "門", "堡",
          "池", "郊", "楼", "樓", "堂", "隍", "投"),
    "州": ("长", "長", "立", "政府", "务", "務", "议", "議", "级", "級", "属", "屬", "府", "际", "際", "元", "人", "民", "内",
          "內", "署", "选", "選", "宪", "憲", "旗", "歌", "法", "赛", "賽"),
    "省区": ("市",), "省區": ("市",), "省区市": (), "省區市": (), "省市": ("区", "區", "长", "長"),
    "国": ("际", "内", "产", "家", "企", "有", "营", "货", "资", "务", "外", "旗", "歌", "民", "籍",
          "策", "情", "集团", "道", "庆", "宝", "学", "画", "立", "防", "法", "会", "标", "土", "度"),
    "國": ("際", "內", "產", "家", "企", "有", "營", "貨", "資", "務", "外", "旗", "歌", "民", "籍",
          "策", "情", "集團", "道", "慶", "寶", "學", "畫", "立", "防", "法", "會", "標", "土", "度"),
}

_SEX_WORDS = ("子", "性", "士", "孩", "生", "童", "装", "裝", "友", "方", "人", "篮", "籃", "足", "排", "单", "單", "双", "雙",
              "主", "团", "團", "模", "科", "厕", "廁", "宿", "声", "聲", "高", "低", "中", "大", "小", "青", "老")

PEOPLE_BY_SEX = {
    "男": _SEX_WORDS + ("女",),
    "女": _SEX_WORDS + ("王", "神", "权", "權", "儿", "兒", "婿", "婴", "嬰", "工", "星", "皇", "警", "佣", "傭", "仆", "僕", "郎",
                       "强", "強", "作", "将", "將"),
}

PLACE_ABBREVIATIONS = frozenset(
    "京津沪滬渝冀晋晉辽遼吉黑苏蘇浙皖闽閩赣贛鲁魯豫鄂湘粤粵桂琼瓊川蜀贵貴黔云雲滇藏陕陝秦甘陇隴青宁寧新港澳台臺蒙"
    "北基桃竹苗中彰投嘉南高屏宜花东東澎金马馬"
)

NOT_COUNTED = (
    "年月日号號天时時点點分秒周週季旬财財宵夜晚早晨刻代世载載岁歲倍番折比期楼樓层層版路线線级級强強后後前中内內外上下左右"
    "间間来來去次度届屆的之和与與及或以为為是在对對并並也都就又再才已将將被把让讓向从從由于於同跟等即而且但还還只共各每"
    "这這那其此该該亦万萬亿億元室"
    "增减減升降涨漲跌"
)

QUANTITY_UNITS = {
    "人次": (), "架次": (), "台次": (), "臺次": (), "艘次": (), "航次": (), "车次": (), "車次": (), "辆次": (), "輛次": (),
    "旅次": (),
    "平方米": (), "平方公里": (), "平方千米": (), "平方公尺": (), "平米": (), "㎡": (), "m²": (),
    "平方厘米": (), "平方公分": (), "立方厘米": (), "立方公分": (),
    "公顷": (), "公頃": (), "亩": (), "畝": (), "坪": (),
    "立方米": (), "立方公尺": (), "升": ("级", "級", "值", "温", "溫", "高", "至", "为", "為", "到", "格", "降", "学", "學", "华", "華", "空", "旗", "起"),
    "公升": (),
    "斤": (), "市斤": (), "台斤": ("新",),
    "吨": (), "噸": (), "公吨": (), "公噸": (), "公斤": (), "千克": (), "克": ("服", "隆", "拉", "林", "罗", "羅", "里"),
    "千瓦时": (), "千瓦時": (), "度电": (), "度電": (), "千瓦": (), "兆瓦": (), "吉瓦": (), "瓩": (), "瓩時": (),
    "度": ("过", "過", "假", "日", "数", "數", "身", "高", "低", "以为", "以為", "以来", "以來", "以后", "以後", "以致", "以免",
          "以便", "的"),  # 15度以上 is bounded: only the words 以 opens are kept out
    "公里": (), "千米": (), "公尺": (), "米": ("饭", "飯", "粉", "其", "兰", "蘭", "勒", "拉"),
    "厘米": (), "公分": (), "毫米": (),
    "标箱": (), "標箱": (), "标准箱": (), "標準箱": (), "TEU": (),
    "个标准箱": (), "個標準箱": (), "个标箱": (), "個標箱": (),
    "km": (), "kg": (), "MW": (), "GW": (), "kW": (), "kWh": (), "MWh": (), "GWh": (), "TWh": (),
    "毫安时": (), "毫安時": (), "mAh": (), "TOPS": (), "TFLOPS": (),
    "瓦时": (), "瓦時": (), "瓦": ("解", "片", "房", "屋", "当", "當", "斯", "砾", "礫", "罐", "舍", "舍"),
    "英亩": (), "英畝": (), "英尺": (), "英呎": (), "英里": (), "英哩": (), "英寸": (), "英吋": (), "吋": (), "海里": (), "平方英尺": (),
    "平方英呎": (), "平方呎": (), "平方尺": (), "呎": ("价", "價"), "摄氏度": (), "攝氏度": (), "℃": (), "°C": (),
    "剂次": (), "劑次": (), "光年": (), "纳米": (), "納米": (), "奈米": (), "微米": (), "毫克": (), "微克": (), "毫升": (), "立方千米": (),
    "兆瓦时": (), "兆瓦時": (), "吉瓦时": (), "吉瓦時": (), "分贝": (), "分貝": (), "赫兹": (), "赫茲": (),
    "马力": (), "馬力": (), "千帕": (), "兆帕": (),
}

KILOWATT_HOUR_WORD = "度"

INDEX_POINT_UNITS = {
    "点": ("半", "钟", "零", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "两"),
    "點": ("半", "鐘", "零", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "兩"),
}

INDEX_WORDS = (
    "指数", "指數", "恒指", "国指", "國指", "科指", "期指", "沪指", "滬指", "深指", "成指", "综指", "綜指", "道指",
    "纳指", "納指", "标普", "標普", "日经", "日經", "大市", "大盘", "大盤", "股指", "台股", "港股", "美股", "A股",
    "股市", "板指", "加权", "加權", "阻力位", "支持位", "支撑位", "支撐位",
)

CHANGE_SIZE_NOUNS = ("降幅", "跌幅", "升幅", "增幅", "减幅", "減幅")
"""Nouns naming the size of a change: a bare 度 in their clause is a temperature when the clause before names one
(温度平均降低2.7度，个别地点降幅更达4.2度)."""

CLOCK_AFTER_POINT = ("半", "钟", "鐘", "整", "收市", "收盘", "收盤", "开市", "開市", "开盘", "開盤", "前", "后", "後")

TEMPERATURE_WORDS = ("气温", "氣溫", "温度", "溫度", "体温", "體溫", "水温", "水溫", "高温", "高溫", "低温", "低溫", "摄氏", "攝氏",
                     "温差", "溫差", "甜度", "糖度", "酒精度")
"""A bare 度 after a plain number is a temperature when one of these opens its clause (氣溫介乎18至23度), or another scale
read in degrees: the gap between two temperatures (昼夜温差达12度), sweetness (甜度15度以上, 糖度達18度) and alcohol (酒精度52度)."""

BELOW_ZERO = ("零下",)
"""零下 before a measured quantity puts it below zero (零下35℃ -> -35)."""

CLASS_SUFFIXES = ("级", "級")
"""A measured amount or a sum right before 级 names a class of things (10万吨级码头, 百亿元级产业集群), not an amount."""

PERCENTAGE_POINT = {
    "个百分点": "百分点", "個百分點": "百分點", "百分点": "百分点", "百分點": "百分點",
    "个基点": "基点", "個基點": "基點", "基点": "基点", "基點": "基點",
}

PERCENT_UNITS = {"%": "1", "成": "10", "厘": "1", "‰": "0.1"}

CHENG_TENTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "半": 5}

CHENG_TENTH_NOT_BEFORE = "十拾百佰千仟万萬亿億年月日天周週岁歲倍次"

PEOPLE_NOUNS_AFTER_SCALE = ("人民", "民众", "民眾", "居民", "市民")

CHENG_NOUNS_AFTER = ("员工", "員工", "长者", "長者", "人口")

CHENG_NOT_BEFORE = (
    "都", "员", "員", "本", "果", "功", "立", "交", "熟", "效", "绩", "績", "就", "型",
    "长", "長", "品", "分", "份", "年", "人", "家立", "事", "语", "語", "形", "真", "全", "材", "才",
    "败", "敗", "像", "群", "套", "对", "對", "千", "万", "萬", "百", "亿", "億", "了", "章", "批",
    "片", "熟", "婚", "器", "行", "名", "绩", "规", "規", "风", "風", "天", "日", "龙", "龍",
)

BIG_COUNT_HEAD_NOUNS = (
    "板块", "板塊", "领域", "領域", "部分", "产业", "產業", "行业", "行業", "馆", "館", "主题", "主題",
    "方面", "类", "類", "网", "網", "规划", "規劃", "战略", "戰略", "工程", "平台", "平臺", "中心",
    "基地", "行动", "行動", "任务", "任務", "体系", "體系", "项目", "項目", "区", "區", "园", "園",
    "市场", "市場", "功能", "优势", "優勢", "特色", "理念", "目标", "目標", "举措", "舉措", "措施",
    "环节", "環節", "模块", "模塊", "系列", "品牌", "赛事", "賽事", "活动", "活動", "方案", "计划",
    "計劃", "計畫", "政策", "支柱", "集群", "工作", "机制", "機制", "主线", "主線", "亮点", "亮點",
    "板", "展", "会", "會", "论坛", "論壇", "片区", "片區", "展区", "展區", "专区", "專區", "要素",
    "方向", "重点", "重點", "问题", "問題", "难题", "難題", "能力", "关系", "關係", "城市", "资源",
    "資源", "服务", "服務", "技术", "技術", "业态", "業態", "国家", "國家", "地区", "地區",
)

BIG_COUNT_STOPS = "的和与與及内內中等为為是在将將均都也已并並或之"

BIG_COUNT_NOT_AFTER = (
    "会", "會", "学", "學", "型", "量", "幅", "多", "批", "家", "概", "约", "約", "致", "力", "厦",
    "廈", "道", "街", "桥", "橋", "楼", "樓", "使", "师", "師", "众", "眾", "陆", "陸", "战", "戰",
    "雨", "雪", "风", "風", "小", "中", "人", "都", "精神", "报告", "報告", "以", "代表", "召开",
    "召開", "期间", "期間", "胜利", "勝利", "开幕", "開幕", "闭幕", "閉幕", "上", "后", "後", "前",
    "和", "与", "與", "的", "主席", "常委", "提出", "部署", "明确", "明確", "强调", "強調", "就",
    "于", "於", "为", "為", "是", "在", "也", "又", "哥", "姐", "叔", "爷", "爺", "妈", "媽", "夫",
    "片", "块", "塊", "步", "声", "聲", "大", "门", "門", "江", "河", "湖", "山", "洋", "洲",
)

BIG_COUNT_MERIT = ("杰出", "傑出", "优秀", "優秀", "最", "十佳", "精品", "品牌", "名牌", "卓越", "模范", "模範", "标兵", "標兵")

BIG_COUNT_SELECTED_BEFORE = ("年度", "评选", "評選", "评出", "評出", "选出", "選出", "入选", "入選", "当选", "當選",
                             "获评", "獲評", "荣膺", "榮膺", "荣获", "榮獲", "获选", "獲選")

SET_PHRASES = (
    "四套班子", "五大发展理念", "五大發展理念", "三大攻坚战", "三大攻堅戰", "六稳六保", "六穩六保", "两新一重", "兩新一重",
    "三去一降一补", "三去一降一補",
    "三个代表", "三個代表", "四个全面", "四個全面", "四个现代化", "四個現代化", "三个有利于", "三個有利於",
    "两个务必", "兩個務必", "两个毫不动摇", "兩個毫不動搖", "四个伟大", "四個偉大", "八个明确", "八個明確",
    "十四个坚持", "十四個堅持", "五个一工程", "五個一工程", "三严三实", "三嚴三實", "两学一做", "兩學一做", "四个意识", "四個意識", "四个自信", "四個自信",
    "两个维护", "兩個維護", "两个确立", "兩個確立", "两个一百年", "兩個一百年", "八项规定",
    "八項規定", "五位一体", "五位一體", "五大洲", "四大洋", "七大洲", "四大名著", "四大发明",
    "四大發明", "三大纪律", "三大紀律", "五项原则", "五項原則",
    "千家万户", "千家萬戶", "百家争鸣", "百家爭鳴", "五花八门", "五花八門", "千方百计", "千方百計",
    "一成不变", "一成不變", "万人空巷", "萬人空巷", "千军万马", "千軍萬馬", "三番五次", "千丝万缕", "千絲萬縷", "成千上万",
    "成千上萬", "数以万计", "數以萬計", "数以千计", "數以千計", "数以百万计", "數以百萬計",
    "七嘴八舌", "四面八方", "五湖四海", "五颜六色", "五顏六色", "九牛一毛", "三头六臂", "三頭六臂",
    "三天两头", "三天兩頭", "一举两得", "一舉兩得", "两面三刀", "兩面三刀", "三长两短", "三長兩短",
    "半斤八两", "半斤八兩", "三三两两", "三三兩兩", "七上八下", "乱七八糟", "亂七八糟", "十有八九",
    "九死一生", "接二连三", "接二連三", "独一无二", "獨一無二", "一清二楚", "千千万万", "千千萬萬",
    "千万个", "千萬個", "万千", "萬千", "一个中心、两个基本点", "一個中心、兩個基本點", "一个中心两个基本点",
    "一個中心兩個基本點", "八股", "五项全能", "五項全能", "七项全能", "七項全能", "十项全能", "十項全能", "铁人三项", "鐵人三項",
    "约法三章", "約法三章",
)

MONEY_SUBJECTS = (
    "金额", "金額", "成交额", "成交額", "成交", "交易额", "交易額", "投资", "投資", "投资额",
    "投資額", "销售额", "銷售額", "销售", "銷售", "营收", "營收", "营业额", "營業額", "产值", "產值",
    "收入", "资金", "資金", "总额", "總額", "融资", "融資", "贸易额", "貿易額", "进出口", "進出口",
    "出口额", "出口額", "进口额", "進口額", "税收", "稅收", "利润", "利潤", "预算", "預算", "经费",
    "經費", "资产", "資產", "市值", "订单", "訂單", "采购", "採購", "生产总值", "生產總值", "GDP",
    "奖金", "獎金", "补贴", "補貼", "捐款", "募资", "募資", "商机", "商機", "消费", "消費",
    "薪", "工资", "工資", "盈利", "净利", "淨利", "收益", "票房", "拨款", "撥款", "罚款", "罰款", "赔偿", "賠償",
    "租金", "售价", "售價", "房价", "房價", "造价", "造價", "损失", "損失", "身家",
    "岁出", "歲出", "岁入", "歲入", "赤字", "债务", "債務", "负债", "負債", "余额", "餘額", "现金", "現金",
    "支出", "开支", "開支", "费用", "費用", "成本", "贷款", "貸款", "存款", "亏损", "虧損", "盈余", "盈餘",
    "溢利", "毛利", "净额", "淨額", "估值", "价值", "價值", "总值", "總值", "股息", "红利", "紅利", "分红", "分紅",
    "罚金", "罰金", "赃款", "贓款", "善款", "款项", "款項", "保证金", "保證金", "涉案", "受贿", "受賄", "行贿",
    "行賄", "贪污", "貪污", "挪用", "诈骗", "詐騙", "洗钱", "洗錢", "可支配收入",
    "出口", "进口", "進口", "罚锾", "罰鍰", "纯益", "純益", "出超", "入超", "赌收", "賭收",
)

MONEY_NOUNS = (
    "预算", "預算", "资金", "資金", "经费", "經費", "投资", "投資", "拨款", "撥款", "善款", "捐款", "款项", "款項",
    "贷款", "貸款", "存款", "罚款", "罰款", "罚金", "罰金", "奖金", "獎金", "补贴", "補貼", "补助", "補助", "现金", "現金",
    "资产", "資產", "债务", "債務", "赃款", "贓款", "保证金", "保證金", "税款", "稅款", "赔偿金", "賠償金",
)
"""Nouns that are a sum of money themselves: a unitless 万/亿/兆 amount right before one is money (718億預算,
5000万资金), where a noun that only has an amount (收入, 成交) needs to come first (收入120亿)."""

BASIS_POINTS = ("基点", "基點")

CALENDAR_WORDS = ("年", "月", "日", "号", "號", "时", "時")

AMOUNT_CHANGE_VERBS = (
    "增加", "增长", "增長", "减少", "減少", "增", "减", "減", "多", "少", "上升", "下降", "上涨", "上漲", "下跌",
    "成长", "成長", "缩减", "縮減", "削减", "削減", "扩大", "擴大", "缩小", "縮小",
)

SUBJECT_UNITS = {
    "人次": ("quantity", "人次"), "客流": ("quantity", "人次"),
    "人数": ("count", "人"), "人數": ("count", "人"), "人口": ("count", "人"),
}

LOCALE_CURRENCIES = {
    "mainland": "CNY", "hongkong": "HKD", "macau": "MOP", "taiwan": "TWD", "singapore": "SGD", "malaysia": "MYR",
    # the Chinese press of North America and Oceania (世界日報, 明報加西版, 澳洲新報): a bare 元 is its own dollar
    "us": "USD", "canada": "CAD", "australia": "AUD", "newzealand": "NZD",
}


# Sports results written as counts (ANNOTATION "Figures": a count whose measure word is itself what is counted, 94金 ->
# 金牌). Simplified forms (the grammar reads the folded Simplified copy); each result names what it counts in both scripts.
SPORTS_RESULTS = {"战": ("比赛场次", "比賽場次"), "胜": ("胜场", "勝場"), "平": ("平局", "平局"), "和": ("和局", "和局"),
                  "负": ("负场", "負場"), "败": ("败场", "敗場")}
"""A result of a team's games after a number (9战7胜2和1负, 5胜3平2负): games played, won, drawn and lost. A count only in
a run of two of them or more, or games played before a clean sweep (7战全胜)."""
SWEEP_AFTER = ("全胜", "全败", "全负", "不败", "全取胜", "皆捷", "全捷", "积")
"""What may follow games played written alone: they were all won or lost (7战全胜), or the points they gave (10战积22分)."""
RESULT_FORMAT_AFTER = ("制",)
"""A run followed by these names the format of a series (七战四胜制, 五局三胜制), not its results."""
GOAL_VERBS = {"入": ("球", "球"), "进": ("球", "球"), "失": ("失球", "失球"), "丢": ("失球", "失球")}
"""A number of 球 right after these (攻入两球, 连进3球, 失2球) counts goals scored (球: the goals, 进球 of the mainland and
入球 of Hong Kong alike) or conceded."""
POINT_VERBS = {"积": ("积分", "積分"), "得": ("得分", "得分"), "拿下": ("得分", "得分"), "攻下": ("得分", "得分"),
               "砍下": ("得分", "得分"), "独得": ("得分", "得分"), "失": ("失分", "失分"),
               "得到": ("得分", "得分"), "贡献": ("得分", "得分"), "独取": ("得分", "得分"), "轰下": ("得分", "得分"),
               "狂砍": ("得分", "得分"), "攻得": ("得分", "得分")}
"""A number of 分 right after these counts points won in a league (积18分, 累积获得23分) or a game (拿下30分, 仅失1分, 贡献19分,
末节仅得到14分, 独取23分)."""
POINT_MODIFIERS = ("全场", "全队", "个人", "本场", "单场", "生涯", "职业生涯", "赛季", "本季", "本赛季", "队内")
"""Words of the range a player's points are the best of, between the scoring verb and the number (砍下全场最高的31分,
拿下个人赛季新高的35分)."""
POINT_HIGHS = ("最高", "新高", "最多", "最佳")
"""The best of that range, written before 的 and the points (全场最高的31分): part of what is measured, no bound."""
POINT_STANDING_AFTER = ("排", "位列", "位居", "居", "名列", "暂列", "暂居", "领跑", "领先", "落后")
"""以N分 before these is a team's points in a table (以22分排第二)."""
SPORTS_FRAME_WORDS = ("比赛", "体育", "赛季", "联赛", "赛事", "球队", "球员", "队", "投手", "全场", "半场", "主场", "客场", "击败",
                      "逆转", "局", "胜", "负", "冠军", "决赛", "积分榜", "出赛", "出战", "篮板", "助攻", "进球", "入球",
                      "后卫", "前锋", "中锋", "控卫", "外援", "新秀", "替补", "三分球", "罚球", "投篮")
"""Words of a game: points (得N分, 失N分) count only in a sentence that holds one; a grade or a rating is no count."""
