"""Subject lexicon: the closed word classes that tell what a figure measures (`extractor.components.figures`).

Data only, Simplified forms (the subject finder reads the Simplified analysis copy).

CHANGE_VERBS   verbs of change: a figure right after one is the size of a change, and the verb is
               part of what it measures (营收同比增长17.8% -> 营收同比增长).
STATE_VERBS    verbs that only state an amount (为, 是, 达到, 共有): the topic before them is what
               the figure measures, the verb is no part of it.
SHARE_VERBS    占: in `X占Y的N%` the figure measures X's share of Y.
PERSON_UNITS   units that are themselves nouns of people or visits: with no noun after, the verb
               phrase after them says who is counted (近60人参加研讨会 -> 参加研讨会). The measure
               words 名 and 位 need their noun (三万名来自各地的买家).
WORTH_NOUNS    words for what a thing is worth: before an amount and 的 (价值80万元的奖品, 总值15亿元
               的援助配套) they leave the subject to the thing after 的.
PERIODS        one-character periods read as adverbs of time before a change (年增36.5%, 季减2.1%), even
               where the tagger calls them nouns: never a topic.
OCCASION_UNITS measure words of occasions (次, 场): right after a verb, the count measures that doing
               (循环3000次, 上演166场) when no noun follows.
DISPOSAL_PREPOSITIONS  把/将 put the thing changed before the verb (把比率提高到六成): its noun is the topic,
               not an adjunct.
QUANTIFIER_WORDS words after an amount that say how much of it, never what it measures (约190万元全数交予).
QUOTED_TOPIC_CHARS   a quoted term of at most this many characters right before the figure's verb is its topic
               (“青春票”已售出4200余张).
ANAPHORS       pronouns that point back (这是…首次低于5%): the clause takes up the topic before it.
               Other pronouns are determiners that name the topic themselves (各项累计成交).
"""

CHANGE_VERBS = frozenset(
    "增长 增加 增 成长 上升 上涨 攀升 提高 提升 扩大 下降 下跌 下滑 减少 降低 回落 缩小 萎缩 衰退 涨 跌 降 减 升".split()
)

STATE_VERBS = frozenset(
    "为 是 达 达到 有 共有 计 共计 合计 总计 累计 约 约为 超 超过 突破 逾 近 接近 不到 不足 高达 多达 仅 仅有 只有 "
    "还有 另有 尚有 已有 到 至 折合 折算 相当于 合".split()
)

SHARE_VERBS = frozenset("占 占到 约占".split())

PERSON_UNITS = frozenset("人 人次".split())

WORTH_NOUNS = ("价值", "总值", "总价值", "价格", "总价")

PERIODS = frozenset("年 季 月 周 日".split())

ANAPHORS = frozenset("这 这些 这个 这是 此 其 它 它们 该 上述 前者 后者 两者 二者".split())

OCCASION_UNITS = frozenset("次 场 回 遍 趟 轮".split())

DISPOSAL_PREPOSITIONS = frozenset("把 将".split())

QUANTIFIER_WORDS = frozenset("全数 全部 全额 全体 总共 合共 共".split())

QUOTED_TOPIC_CHARS = 10
