"""Subject lexicon: the closed word classes that tell what a figure measures (`extractor.components.figures`).

Data only, Simplified forms (the subject finder reads the Simplified analysis copy).

DIMENSION_ADJECTIVES  one-character words of size (高, 宽, 深): opening a clause right before a length, the
               size they name is what it measures (周长13.7公里，宽8米 -> 宽), not the topic of the clause before.
TOPIC_PREPOSITIONS  至于, 关于: a clause they lead names the topic the clauses after it measure (至于参展人数，约5000人).
TOPIC_FRAMES   方面 closing a clause that names a topic (参展企业方面，共有1200家; 在就业方面): a frame around the
               topic, no part of what the figure measures.
CHANGE_VERBS   verbs of change: a figure right after one is the size of a change, and the verb is
               part of what it measures (营收同比增长17.8% -> 营收同比增长); the rate moves of central banks
               (减息, 加息, 降准) among them (联储局下半年减息50个基点 -> 减息), and a price set above or below
               another (中标价较最高限价下浮8.2%, 配售价较收市价折让15%, 成交价较起拍价溢价15.6%).
STATE_VERBS    verbs that only state an amount (为, 是, 达到, 共有, 在…之间): the topic before them is what
               the figure measures, the verb is no part of it. 至/到 after a change verb state the level reached
               (收入增加至38亿元 measures 收入). A share's high or low seen in a session (股价盘中最高见1,385元) is
               stated by 最高见/最低见, however the tagger cuts them (最高/a|见/v).
SHARE_VERBS    占: in `X占Y的N%` the figure measures X's share of Y.
RATIO_BASES    the totals a ratio is written against with a copula (国内生产总值): in `X为国内生产总值的3.5%` or
               `X相当于GDP的45%` the figure measures X against that base, as with 占; RATIO_COPULAS the copulas.
PLACE_PREPOSITIONS  在, 于: a clause they open after an amount spent says where; the doing after the place says what for
               (斥资8亿元，在合肥|新建电池工厂).
PASSIVE_MARKERS  被: an amount + 被 + doer + verb is what is done with the amount (约8万新元被他|转入个人账户).
AMOUNT_MODIFIERS  modifiers read before an amount that measures the noun after its 的 (一次性100新元的数码补助): no subject.
ADVERB_MODIFIERS  adverbs of time or manner between a count and the noun it counts (436张|暂时|停工通知书).
TOTAL_WORDS    words that sum up what the words before them name (共计, 合计, 合共 of Hong Kong and Macau): a verbal noun
               alone before one is the topic summed (罚款合共约9万元 -> 罚款), not the clause's verb.
TOTAL_PREFIXES 总 written on a verbal noun makes a noun of it (总拨款, 总投资): the pair is a topic, not the clause's verb.
ROUND_WORDS    measure words of a round, phase or batch (新一轮, 首期, 第二批): written as one number word right after an
               amount, they open the noun it measures (3亿美元新一轮融资 -> 新一轮融资), and are no figure of their own.
LEVEL_WORDS    至/到 between a change and the figure after it (增加3,200人至12.1萬人): that figure is the level the topic
               reaches, and measures the topic, not the change.
PART_OPENERS   words that open a clause naming a part of the total before it (其中出口1420亿元, 當中致命意外3宗): the
               clause's own words name the part.
PERSON_UNITS   units that are themselves nouns of people or visits: with no noun after, the verb
               phrase after them says who is counted (近60人参加研讨会 -> 参加研讨会). The measure
               words 名 and 位 need their noun (三万名来自各地的买家). Households (户) are counted the same way
               (有46.3万户停电 -> 停电). A change verb after them (从5万人减少到1万人) changes the topic before
               the figures; it says nothing the people do.
WORTH_NOUNS    words for what a thing is worth: before an amount and 的 (价值80万元的奖品, 总值15亿元
               的援助配套) they leave the subject to the thing after 的.
CONVERSION_WORDS words that give an amount again in another currency (5亿美元（约合36亿元人民币）): the amount after
               them measures what the amount before does.
NOUN_SUFFIXES  one-character nouns that make a noun of the verb they follow (出让价, 成交额, 发电量, 增长率): where the
               tagger cuts them off, verb and suffix are one noun.
COUNT_SUFFIXES the noun suffix 数 (出生数, 死亡数), which the tagger may read as a number word (出生/v 数/m): after a verb
               it makes a noun all the same, since a lone 数 counts nothing.
PLACE_SUFFIXES one-character nouns of a place that make a noun of the verb they follow (安置点, 服务点, 监测站), even where
               the tagger reads them as measure words (建成集中安置|点/q 43个).
NAMING_MEASURES measure words of things (台, 股, 门, 棵, 栋) that open place names after a numeral (九台区, 五股区, 七股区,
               三门县, 五棵松): right before an administrative ending they count nothing, the three are one name. The
               measure words of places, bodies and people (个, 座, 条, 家, 间, 名: 三个区, 北区五条村, 三家县医院) are
               not among them: before an ending they count it.
ADMINISTRATIVE_ENDINGS the endings of a place name's level (区, 县, 市, 乡, 镇, 村, 街道), each with what after it makes
               another word of it (区域, 县级, 市场, 乡亲, 村民): numeral, naming measure and ending are a name.
PLACE_MEASURES the measure words that count places (三个区, 五座城市, 北区五条村, 两处村落): before an ending they count it,
               even where the tagger reads the count as part of a place (五条/LOC 村).
NUMERAL_PLACE_NAMES place names that open with a numeral and a measure word of places or things and no ending of their
               own, where the words after the measure word read as what it counts (三间房乡, 三条石, 三栋屋): no
               count where the name is written whole and ends on a word boundary.
PERIODS        one-character periods read as adverbs of time before a change (年增36.5%, 季减2.1%), even
               where the tagger calls them nouns: never a topic.
PERIOD_NOUNS   nouns of a period that make a time with the number before them (113年度, 2024财年, 第3季度).
OCCASION_UNITS measure words of occasions (次, 场): right after a verb, the count measures that doing
               (循环3000次, 上演166场, 放映112場次) when no noun follows.
DIVIDING_VERBS verbs that split a whole into occasions (分8场领取, 分87次转账): the count is of the occasions
               themselves, the measure word, not of the verb.
PROVIDING_VERBS verbs that only say a count of things was got ready (共准备5000条): with no noun in their clause, the
               count is of the object that closes the clause before (兑换纪念毛巾，共准备5000条).
RETURN_NOUNS   nouns of a rate or return (回酬, 收益, 获利): a share after them measures them even where a 的-phrase
               after it names what holds that rate (每月回酬达8%的投资计划).
SELF_NAMING_MEASURES measure words that name what they count (队 teams, 组 groups, 批 batches, 席 banquet tables or
               seats): with nothing else
               naming it (共有12队、180名选手), the count is of them.
VOTE_KINDS     what votes (票) are cast as (29票赞成、2票弃权): the count is of votes of that kind (赞成票).
DISPOSAL_PREPOSITIONS  把/将 put the thing changed before the verb (把比率提高到六成): its noun is the topic,
               not an adjunct.
QUANTIFIER_WORDS words after an amount that say how much of it, never what it measures (约190万元全数交予).
QUOTED_TOPIC_CHARS   a quoted term of at most this many characters right before the figure's verb is its topic
               (“青春票”已售出4200余张).
COMPARISON_WORDS  words that say what a change is measured against (同比, 环比, 按年): adverbs before the verb,
               never the topic, even where the tagger calls them nouns (环比下降0.1% takes up the topic before).
MONEY_ONLY_NOUNS  money words that are never verbs or times (营收, 净利, 岁出): nouns, whatever the tagger says.
VERBAL_MONEY_NOUNS money words also written as verbs: with no noun right before them they name the money measured
               (去年亏损收窄至2.3亿元, 前年则亏损5.1亿元); after a noun they are its verb (净利润亏损3.6亿元), unless
               由/从 follows them to open a from-to of amounts (集团亏损由5.6亿港元收窄至2.1亿港元): then they name it.
ATTRIBUTION_WORDS words joining a holder to the money attributable to it (股东应占溢利): part of one noun phrase.
PER_SHARE_WORDS   a per-share word before a noun is part of what it measures (每股盈余12.54元).
TAX_STAGES        before or after tax, with the 除 that Hong Kong and Macau results write (除税前溢利, 除税后溢利, 税后净利):
                  part of the money noun they open, though the tagger reads them as a preposition or a time.
THRESHOLD_NOUNS   nouns after an amount that name the mark it passes (突破10亿元大关) or the band it stays in (维持在1.5%至
               2.3%区间): never what it measures.
BASIS_WORDS    words right before a change verb that say how the change is measured (名义增长, 实际下降): adverbs.
SPENDING_NOUNS the doing that is also the money done (投资, 消费, 出口): right after a noun, part of the topic a later
               change takes up (民间投资[2.1万亿元]，同比下降3.4%).
EXCLUDING_WORDS verbs that set something aside before a figure (扣除价格因素, 剔除汇率影响): they open an adjunct, like a
               preposition, and what they set aside is no topic.
HEDGE_WORDS    words before a noun that say it is only suspected (怀疑可卡因, 疑似毒品): part of the noun phrase.
CASE_NOUNS     what a case, an application or a complaint is (申请, 投诉, 登记): the tagger reads them as verbs, but right
               after a count of cases (180宗|登记申请) or right before one (资助申请|436宗) they are the thing counted.
CASE_MEASURES  the measure words that count such cases (宗, 件, 份).
AFFECTING_VERBS verbs by which something (a flood, an outage, a rule) reaches a number of households, people or firms
               (水灾影响约4,100户人家, 停电波及2.3万户): the count is of those affected, the verb part of its subject
               (影响人家), never the cause before it.
MODAL_VERBS    verbs of expectation and modality before a figure's verb or bound (市场规模有望突破万亿元, 客流量预计
               达3000万人次): stepped over like adverbs, never part of the subject. 有机会 is one, however the
               tagger cuts it (有|机会).
SESSION_WORDS  the parts of a trading day (盘中, 早段, 尾盘): times, never part of a share price's topic
               (股价盘中最高见1,385元 measures 股价).
HOPING_MODALS  the modals of hope (有望, 可望, 有机会): a verb right before them is the thing hoped for, a noun
               (全年交付有望超过46万辆 measures 交付), not the verb of a topic before it.
SIZE_KIND_UNITS units of a size that names a kind of thing when written right before its noun (12英寸晶圆厂, 8吋晶圓,
               28纳米制程): no figure; a size stated of something (屏幕尺寸为6.7英寸, 6.7英寸的屏幕) is one.
EARLIER_WORDS  words for what stood before (原本, 此前, 早前): the tagger calls them nouns, but 从原本的[1.5%]上调 is no
               thing measured; a time, like the other time words.
TIME_LOCATIVES locatives that make a time of the noun before them (疫情前, 改制之后, 开业以来):恢复至疫情前的[93.5%]
               measures what recovers, not 疫情; after a verb they date what follows (上任时|债务余额).
PRICE_PREPOSITIONS prepositions that make an amount right after them the price of a doing (以52億港元成交,
               以3.2亿元的价格收购): it measures the noun after 的, else the doing after it, not the buyer before.
CLAUSE_CONJUNCTIONS conjunctions that link clauses, never nouns (成交量则减少3%, 出口却增长5%): between a topic and its
               verb they are stepped over like adverbs, and the topic stays the figure's.
COMPARATIVE_VERBS verbs that compare a topic with another (增速高于全省0.4个百分点): the noun right before the figure is
               what it is compared with, and the figure measures the comparison from its topic on (增速高于全省).
COMPARING_PREPOSITIONS prepositions that do the same with an adjective after the other noun (增速比全省高0.4个百分点).
ALLOTTING_VERBS verbs that set money aside in a budget: the amount after one measures the fund named before it
               (社会福利支出编列44亿元) or after it (安排教育经费12.6亿元), never the verb nor the body that allots.
ALLOTTING_PREPOSITIONS prepositions that name that fund or what it is for before an allotting verb (以公务预算编列,
               为长照服务编列): the noun after one is what the amount measures.
COPULAS_READ_AS_NOUNS the formal copula 係 (系 in the analysis copy) that the tagger reads as a noun (经费|系|编列, 系|以):
               before an allotting verb or 以 it is an adverb.
LOCATIVE_ENDINGS the morphemes a locative ends on (以上, 其中, 期间, 会上, 年内, 以来): a word the tagger reads as a
               locative that ends on none of them is a noun it misread (规模以上|工业/f|企业/f|利润).
RECORDING_VERBS state verbs that record an amount (录得, 錄得): the topic before them is what the figure measures, but
               an amount with 的 and a noun after it (录得64亿新元的盈余) measures that noun.
GIVING_VERBS   verbs by which an agent spends, gives, allots or raises an amount (斥资, 拨出, 捐出, 募得, 预留): right before
               the amount they and their agent are no subject; what the amount is for, said after or before, is.
MONEY_NAMING_GIVING_VERBS the giving verbs that also name the money given (拨款, 斥资, 投资): they stay before the purpose
               (拨款资助社区活动), as the money noun a reader would name.
PURPOSE_MARKERS words that open what an amount is for after it (用于, 用来, 以, 供): no part of the purpose.
NEGATIONS       negations that open a doing not done after an amount still had (尚有300万元未归还): its subject.
SUPPORTING_VERBS verbs of support that open the clause after an amount given (拨出300万元，支持本地创作): what it is for.
RECIPIENT_PREPOSITIONS words that open who receives an amount after it (拨款30万令吉予该校, 捐款5万令吉给华小), longest
               first: the recipient is no subject; a giving verb that names the money (拨款, 资助) is.
PURPOSE_PREPOSITIONS words that open a clause saying what the amount of the next clause is for (为翻新会所，…斥资).
AS_VERBS       verbs that say what an amount serves as (预留50亿港元作为创科基金): the noun after them is what it
               measures, the verb is no part of it.
RESPECTIVE_WORDS words that pair listed things off with as many figures (出口和进口分别增长): the things are no one
               topic.
OWN_PLACE_WORDS the press's own place (本地, 本港, 本澳): before a noun it modifies it (本地生产总值), unlike 本届 or
               本次, which say which occasion.
COMPARING_ENDS the words that close a comparison opened by 与/和 (与上年相比增长): with the period compared with, they are no
               part of a change's subject.
COMPARATIVE_ADJECTIVES adjectives that state a difference after 比/较 and what is compared with (营收较去年高出12%,
               游客人数比去年多3.2万人, 降水量较常年同期偏多23.6%, 票价比原来便宜三成): there they are the verb of a
               change, and the figure measures it; the tagger may cut one in two (偏|多, 高|出).
DOCUMENT_PART_VERBS verbs by which a document is divided into its parts (《办法》共分六章, 草案包括三部分): with
               STATE_VERBS, the only verbs between a title in 《》 and a count of its parts.
DOCUMENT_PARTS nouns of a document's parts counted after the measure word (政府工作报告共分三个部分, 条例草案共有156条
               条文): the parts are the document's, so the document named before the count opens the subject.
TITLE_CHARS    a title in 《》 of at most this many characters that closes right before a count of parts is what
               is counted (《办法》共六章四十二条 counts the chapters of 办法), and a noun written right after a title
               is the title's (《公约》草案, 《条例》全文).
BOUND_LOCATIVES locatives that bound the noun before them inside a counted phrase (1.2万家规模以上的企业): the noun,
               the bound, 的 and the noun after are one phrase.
ANAPHORS       pronouns that point back (这是…首次低于5%): the clause takes up the topic before it.
               Other pronouns are determiners that name the topic themselves (各项累计成交).
"""

CHANGE_VERBS = frozenset(
    "增长 增加 增 成长 上升 上涨 攀升 提高 提升 扩大 下降 下跌 下滑 减少 降低 回落 缩小 萎缩 衰退 涨 跌 降 减 升 "
    "收窄 放缓 加快 回升 反弹 下挫 上扬 上调 下调 缩减 削减 减息 加息 降息 升息 降准 "
    "加价 减价 涨价 降价 提价 加租 减租 加薪 减薪 调高 调低 调升 调降 调涨 上修 下修 上浮 下浮 溢价 折让".split()
)

AFFECTING_VERBS = frozenset("影响 波及 殃及".split())

STATE_VERBS = frozenset(
    "为 是 达 达到 有 共有 计 共计 合计 合共 总计 累计 约 约为 超 超过 突破 逾 近 接近 不到 不足 高达 多达 仅 仅有 只有 "
    "还有 另有 尚有 已有 到 至 折合 折算 相当于 合 在 介于 处于 即 亦即 即为 录得 "
    "最高见 最低见 收报 报收 收于 闭市报 收市报 收盘报 开市报 开盘报 闭市时报 收市时报 收盘时报 开市时报 开盘时报 午盘时报 早盘时报".split()
)

SHARE_VERBS = frozenset("占 占到 约占".split())
RATIO_BASES = ("国内生产总值", "本地生产总值", "地区生产总值", "生产总值", "GDP")
RATIO_COPULAS = frozenset("为 相当于 相等于 约为 约相当于".split())
PLACE_PREPOSITIONS = frozenset("在 于".split())
PASSIVE_MARKERS = frozenset("被".split())
AMOUNT_MODIFIERS = frozenset("一次性 额外 另外 特别".split())
ADVERB_MODIFIERS = frozenset("暂时 临时 即时 紧急 限期 永久".split())

RECORDING_VERBS = frozenset("录得".split())

TOTAL_WORDS = frozenset("共计 合计 合共 总计 累计".split())

TOTAL_PREFIXES = frozenset("总".split())

ROUND_WORDS = ("轮", "期", "批")

LEVEL_WORDS = frozenset("至 到".split())

PART_OPENERS = frozenset("其中 当中".split())

PERSON_UNITS = frozenset("人 人次".split())

PEOPLE_MEASURES = frozenset("名 位 人".split())
"""Measure words that count people (11名…的干部): what they count is a person, not the doing a phrase before 的 names."""

ROLL_CALL_VERBS = (
    "应到", "應到", "实到", "實到", "应出席", "應出席", "实际出席", "實際出席", "实际到会", "實際到會", "应到会", "應到會",
    "实到会", "實到會", "出席", "列席", "缺席", "请假", "請假",
)
"""The verbs of a roll call (应到委员386人，实到352人, 應出席議員35名，實際出席33名): a count of people right after one, or
after one and the people it counts, counts those people as the verb counts them (实到代表), not the sentence's subject
(大会); with no noun between verb and count, the people are those of the roll call's clause before."""

HOUSEHOLD_UNITS = frozenset("户 戶".split())

WORTH_NOUNS = ("价值", "总值", "总价值", "价格", "总价")

AMOUNT_LABELS = ("总额", "金额", "规模", "总投资", "投资额", "涉资", "市价", "市值")
"""Labels of an amount (总额, 金额, 规模): before an amount and 的 (总额50亿元的投资协议, 规模为80亿元的专项债券) the amount is
the label of the thing after 的, and the subject holds both, the thing first (投资协议总额)."""

CONVERSION_WORDS = frozenset("约合 折合 折合约 约折合 合 相当于 约相当于 折算 折算约 按汇率折算".split())

NOUN_SUFFIXES = frozenset("价 额 量 率 费 值 金 款 数".split())

COUNT_SUFFIXES = frozenset("数".split())

PLACE_SUFFIXES = frozenset("点 站".split())

NAMING_MEASURES = frozenset("台 股 门 棵 栋 幢 盏 道 面 根 节 株".split())

ADMINISTRATIVE_ENDINGS = {
    "区": tuple("域 别 块 分 间 位 级 属 直 内 外 划 隔".split()),
    "县": tuple("级 域 属 城 直 内 外 志".split()),
    "市": tuple("场 民 值 面 级 属 直 管 政 容 内 外 区 郊 井 价 况 长".split()),
    "乡": tuple("村 亲 土 下 愁 镇 音 间 情 民 里 野".split()),
    "镇": tuple("定 压 静 痛 守 级 属 纸".split()),
    "村": tuple("民 企 办 级 庄 落 里 头 口 小 医 干 姑 寨".split()),
    "街道": (),
}

PLACE_MEASURES = frozenset("个 座 条 处 片 块".split())

NUMERAL_PLACE_NAMES = frozenset("三间房乡 三条石 三栋屋".split())

PERIODS = frozenset("年 季 月 周 日".split())

ANAPHORS = frozenset("这 这些 这个 这是 此 其 它 它们 该 上述 前者 后者 两者 二者".split())

OCCASION_UNITS = frozenset("次 场 場 回 遍 趟 轮 輪 场次 場次 班次 梯次".split())
PROVIDING_VERBS = frozenset("准备 準備 备妥 備妥 备有 備有 提供 预备 預備".split())
DIVIDING_VERBS = frozenset("分 分成 分为 分為".split())
RETURN_NOUNS = ("回酬", "回报", "回報", "收益", "获利", "獲利", "利息", "利润", "利潤", "回扣", "收益率", "利率", "息率",
                "回报率", "回報率", "年息", "月息", "报酬", "報酬", "报酬率", "報酬率")

SELF_NAMING_MEASURES = frozenset("队 组 批 班 席".split())

CASE_NOUNS = frozenset("申请 投诉 举报 求助 查询 登记 报名 申报 咨询 检举 申诉 上诉".split())
CASE_MEASURES = frozenset("宗 件 份 项 起 个".split())

PEOPLE_NOUNS_READ_AS_VERBS = frozenset("代表 领导 翻译 编辑 裁判 导演 主持 教练".split())
"""Words for people that the tagger reads as verbs after a noun (企业|代表/v, 青年|代表/v): before a count of people
they are who is counted."""

VOTE_KINDS = ("赞成", "反对", "弃权", "支持", "同意", "不同意")

FROM_WORDS = frozenset("由 从".split())

DISPOSAL_PREPOSITIONS = frozenset("把 将".split())

QUANTIFIER_WORDS = frozenset("全数 全部 全额 全体 总共 合共 共".split())

QUOTED_TOPIC_CHARS = 10

COMPARISON_WORDS = frozenset("同比 环比 按年 按月 按季 按周 按年计 比上年 比去年 较上年 较去年 年比 月比".split())

PER_SHARE_WORDS = frozenset("每股".split())

TAX_STAGES = frozenset("税前 税后 除税前 除税后".split())

TOPIC_FRAMES = frozenset("方面 中".split())

TOPIC_PREPOSITIONS = frozenset("至于 关于".split())

DIMENSION_ADJECTIVES = frozenset("高 宽 长 深 厚 阔 粗".split())

THRESHOLD_NOUNS = frozenset("大关 关口 关卡 门槛 门坎 水平 水准 高位 低位 新高 新低 纪录 记录 区间 范围 幅度内".split())

MONEY_ONLY_NOUNS = frozenset("营收 营业收入 营业额 净利 净利润 毛利 溢利 盈余 纯益 岁出 岁入 赤字 税收 总预算 所得".split())

VERBAL_MONEY_NOUNS = frozenset("亏损 净亏损 获利".split())

MONEY_VERBS_AFTER_AMOUNTS = frozenset("拨款 贷款 补贴 补助 奖助 赞助 资助 融资 捐款 罚款 赔偿 赔款 借款".split())
"""Money words also written as verbs: right after an amount (68.4亿元拨款, 500万元贷款) they are the noun it measures."""

ATTRIBUTION_WORDS = frozenset("应占 应佔".split())

MODAL_VERBS = frozenset("预计 预期 有望 可望 有机会 估计 预估 料 料将 将 将会 可能 或将 能 可 会 拟 计划 力争 争取".split())

SESSION_WORDS = frozenset("盘中 早盘 午盘 尾盘 早段 午段 尾段 盘初 盘尾".split())

HOPING_MODALS = frozenset("有望 可望 有机会".split())

SIZE_KIND_UNITS = frozenset("英寸 英吋 吋 寸 纳米 納米 奈米".split())

PERIOD_NOUNS = frozenset("年度 季度 月份 财年 学年 会计年度 年代".split())

HEDGE_WORDS = frozenset("怀疑 疑似 涉嫌 疑为 怀疑为".split())

BASIS_WORDS = frozenset("名义 实际".split())

SPENDING_NOUNS = frozenset("投资 融资 消费 采购 募资 拨款 捐款 捐赠 捐助 出口 进口 进出口 支出 开支 贷款 销售 成交 投入".split())

EXCLUDING_WORDS = frozenset("扣除 剔除 扣掉 不计 除去".split())

TIME_LOCATIVES = frozenset("前 后 时 以前 以后 之前 之后 以来".split())

EARLIER_WORDS = frozenset("原本 原先 原来 此前 先前 早前".split())

PRICE_PREPOSITIONS = frozenset("以".split())

GRADED_SUBJECT_MEASURES = frozenset({"科"})
"""Measure words of school subjects, counted with the grade written after them (考获9科A)."""
EXAM_ENDINGS = ("考试", "考試", "统考", "統考", "会考", "會考", "文凭", "文憑", "SPM", "STPM", "UEC")
"""Endings of an exam's name: the exam whose grades a count of subjects reports."""

BACK_REFERRING_ADVERBS = ("各", "分别", "分別", "均", "皆", "都", "同被", "一同", "一併", "一并")
"""Adverbs after 两人/三人 opening a clause that refer the count back to people already named (兩人各被判處…)."""

MEANS_PREPOSITIONS = frozenset({"以"})
"""A preposition taking a quoted promise as the means (以“保证月获利8%”为饵): the figure is the promise's, not the topic's."""

NUMBER_WORDS = frozenset("数目 數目 数量 數量 总数 總數".split())
"""Words that only name a number: as a count's whole subject they stand for the noun before 的 that owns them."""

MEASURE_NOUN_ENDINGS = ("量", "数", "数目", "总数", "数量", "规模")
"""Endings of a label that names a measure (落成量, 住户数目, 参展规模): before 为/达 and a count of things, the label is
what the count measures, with the things counted after it (落成量为4,300个单位)."""

PEOPLE_ENDINGS = ("人", "者", "民", "户")
"""Endings of nouns for people (受害人, 获奖者, 村民, 农户): such a noun between a verb and an amount is who pays or is
paid (赔偿受害人3.6万元, 骗取120名被害人5000万元), and the verb names what the amount is."""

RANGE_TAILS = ("不等",)
"""What may close a range before its 的 (3万到5万元不等的[补贴]): the noun after 的 is still what the range measures."""

CLAUSE_CONJUNCTIONS = frozenset("则 而 但 却 并 且 也 亦 又 还 仍 则是 而且 但是 不过".split())

COMPARATIVE_VERBS = frozenset("高于 低于 快于 慢于 多于 少于 大于 小于 高出 低出 优于 领先 落后于 超出".split())

COMPARING_PREPOSITIONS = frozenset("比 较".split())

COMPARING_ENDS = frozenset("相比 相较 相比较 比较".split())

ALLOTTING_VERBS = frozenset("编列 列支 安排 匡列".split())

AS_VERBS = frozenset("作为 用作 充作".split())

GIVING_VERBS = frozenset(
    "斥资 耗资 投资 投入 出资 拨款 拨出 划拨 下拨 捐出 捐赠 捐款 捐助 捐献 筹得 筹募 筹集 筹措 募得 募集 资助 补助 拨备 预留 提列 提拨"
    .split())

MONEY_NAMING_GIVING_VERBS = frozenset("斥资 耗资 投资 投入 出资 拨款 捐款 捐赠 捐助 资助 补助 拨备".split())

PURPOSE_MARKERS = frozenset("用于 用来 用以 以 来 供".split())

NEGATIONS = ("未", "没有", "没", "尚未", "仍未")

SUPPORTING_VERBS = frozenset("支持 支援 扶持 扶植 资助 补助 补贴 协助 帮助 推动 鼓励 提升 改善".split())

RECIPIENT_PREPOSITIONS = ("给予", "交予", "拨给", "予", "给")

PURPOSE_PREPOSITIONS = frozenset("为 为了".split())

RESPECTIVE_WORDS = frozenset("分别 各自".split())

OWN_PLACE_WORDS = frozenset("本地 本港 本澳 本市 本县 本省 本区 本国 本州 本岛 本埠".split())

ALLOTTING_PREPOSITIONS = frozenset("以 为".split())

COPULAS_READ_AS_NOUNS = frozenset("系".split())

COMPARATIVE_ADJECTIVES = frozenset("高 低 多 少 快 慢 高出 低出 多出 少出 偏多 偏少 偏高 偏低 便宜 贵".split())

DOCUMENT_PART_VERBS = frozenset("分 分为 分成 包括 包含 含".split())

DOCUMENT_PARTS = ("部分", "章节", "条文", "篇章")

TITLE_CHARS = 30

BOUND_LOCATIVES = frozenset("以上 以下".split())

LOCATIVE_ENDINGS = frozenset("上 下 前 后 里 外 内 中 间 东 西 南 北 左 右 旁 边 面 头 部 底 侧 方 来 初 末 时".split())
