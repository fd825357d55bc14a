"""Figure subjects through extract(): what each figure measures, read from its clause (ANNOTATION.md "Figures" and
"Borderline calls"). Sentences written for these tests; each class has the case, a near miss and the other script.
"""
from __future__ import annotations

import pytest

from extractor import extract


def _subject(sentence: str, figure: str):
    record = extract(sentence)
    found = [f for f in record.figures if f.text == figure]
    assert found, [f.text for f in record.figures]
    return found[0].subject


# (id, sentence, figure text, subject)
SUBJECTS = [
    # the noun counted right after a count
    ("counted-noun", "本次展会共有320家企业参展。", "320家", "企业"),
    ("counted-noun-trad", "本次展會共有320家企業參展。", "320家", "企業"),
    ("counted-noun-one-char-verb-compound", "大会共设置8场分论坛。", "8场", "分论坛"),
    ("counted-quoted-name", "园区设立2个“智慧农业”体验馆。", "2个", "“智慧农业”体验馆"),
    ("counted-document-title", "會上發布三份《產業發展白皮書》。", "三份", "產業發展白皮書"),
    ("counted-ordinal", "代表队取得12个第一名。", "12个", "第一名"),
    ("counted-after-relative-clause", "展会吸引五千名来自二十个国家的采购商。", "五千名", "采购商"),
    ("counted-shared-by-two-counts", "展出12大类3600种商品。", "12大类", "商品"),
    ("counted-name-after-noun-starts-another-phrase", "授予7名海外学者东湖市荣誉市民称号。", "7名", "海外学者"),
    # people and visits: what the people counted do
    ("people-verb-after", "近80人参加座谈会。", "近80人", "参加座谈会"),
    ("people-verb-after-trad", "約200人出席典禮。", "約200人", "出席典禮"),
    ("visits-verb-after", "三天展期吸引逾10万人次参观。", "逾10万人次", "参观人次"),
    ("people-topic-no-verb-after", "协会会员共300多人。", "共300多人", "协会会员"),
    # the topic before a verb that states the amount, never a time word
    ("topic-stating-verb", "全市旅游总收入达到85亿元。", "85亿元", "全市旅游总收入"),
    ("topic-stating-verb-trad", "公司營業額為3.2億元。", "3.2億元", "公司營業額"),
    ("topic-not-time-word", "全年接待游客120万人次。", "120万人次", "游客"),
    ("topic-per-person", "公众门票为每人30元。", "30元", "公众门票"),
    ("topic-bracketed-name", "中欧班列（成都）今年累计开行2100列。", "2100列", "中欧班列（成都）"),
    # a change: the magnitude, with the direction in the subject
    ("change", "出口额同比增长12.5%。", "12.5%", "出口额同比增长"),
    ("change-trad", "公司營收同比增長8.5%。", "8.5%", "公司營收同比增長"),
    ("change-per-period-trad", "台積電營收年增36.5%，季減2.1%。", "2.1%", "台積電營收季減"),
    ("level-not-change", "出口额从2020年的3亿元增长到2023年的5亿元。", "5亿元", "出口额"),
    ("change-with-earlier-topic", "全省工业增加值1200亿元，同比增长6.3%。", "6.3%", "全省工业增加值同比增长"),
    ("change-with-earlier-topic-trad", "全省工業增加值1200億元，同比增長6.3%。", "6.3%", "全省工業增加值同比增長"),
    # 占: the share of what
    ("share", "民营企业约占全部参展企业的六成。", "六成", "民营企业占全部参展企业"),
    ("share-trad", "民營企業約佔全部參展企業的六成。", "六成", "民營企業佔全部參展企業"),
    ("share-said-to-be", "参展商中约60%为中小企业。", "约60%", "中小企业"),
    ("share-said-to-be-trad", "今屆展商中有近四成為首次參展的初創企業。", "近四成", "首次參展的初創企業"),
    ("share-then-judgement", "出口增长5%为近年最高。", "5%", "出口增长"),
    ("fraction-share", "民营企业约占全省企业的三分之一。", "三分之一", "民营企业占全省企业"),
    # a clause without a topic takes up the one before it; 这 points back
    ("editions-topic", "该博览会已成功举办了15届。", "15届", "博览会"),
    ("editions-topic-across-time-clause", "中国国际茶博会自2010年创办以来，已成功举办12届。", "12届", "中国国际茶博会"),
    ("editions-noun-after-de", "已经举办8届的国际茶业博览会今天开幕。", "8届", "国际茶业博览会"),
    ("worth-then-thing", "优胜队伍将各获得价值人民币三十五万元的奖品。", "人民币三十五万元", "奖品"),
    ("worth-then-thing-trad", "政府推出總值15億元的援助配套。", "15億元", "援助配套"),
    ("worth-alone", "獎品價值約3萬元。", "約3萬元", "獎品價值"),
    ("predicate-of-relative-clause", "在人口超过500万人的城市中排名第一。", "超过500万人", "人口"),
    ("elided-topic-time-word-verb", "经济增长率第三季度达4.2%，全年预计超过5%。", "超过5%", "经济增长率"),
    ("anaphor-points-back", "失业率为4.8%，这是三年来首次低于5%。", "低于5%", "失业率"),
    ("listed-figures-share-the-topic", "三个分论坛的参会人数分别为120人、95人和80人。", "95人", "参会人数"),
    ("listed-figures-share-the-topic-last", "三個分論壇的參會人數分別為120人、95人和80人。", "80人", "參會人數"),
    ("pronoun-and-one-character-noun", "1至8月我国出口同比增长5.2%。", "5.2%", "我国出口同比增长"),
    ("coordinated-figures", "新能源汽车产销量分别达120万辆和115万辆。", "115万辆", "新能源汽车产销量"),
    # money spent or earned: the topic's doing, or what the money is for
    ("spent-object", "全年完成固定资产投资45亿元。", "45亿元", "固定资产投资"),
    ("spent-topic-and-verb", "县政府今年投入3000万元。", "3000万元", "县政府投入"),
    ("spent-topic-and-verb-trad", "縣政府今年投入3000萬元。", "3000萬元", "縣政府投入"),
    ("spent-with-preposition", "市政府将向基金注资5亿元。", "5亿元", "市政府向基金注资"),
    ("spent-for-purpose", "其中约三成用于设备更新。", "约三成", "用于设备更新"),
    ("determiner-own-words", "各项累计成交12亿元。", "12亿元", "各项累计成交"),
    # an amount given again in another currency measures what the amount before does; a second amount does not
    ("conversion-in-brackets", "投资额达5亿美元（约合36亿元人民币）。", "约合36亿元人民币", "投资额"),
    ("conversion-after-comma-trad", "合約金額為2億歐元，折合約15.6億港元。", "折合約15.6億港元", "合約金額"),
    ("second-amount-is-no-conversion-trad", "項目投資5億美元，另有36億元人民幣用於配套。", "36億元人民幣", "用於配套"),
    # a money noun after the amount is what it is (获得10万欧元投资), a verbal phrase after it what it is spent on
    ("money-noun-after-amount", "这家企业获得10万欧元投资。", "10万欧元", "投资"),
    ("money-noun-after-amount-trad", "該公司獲得5億元融資。", "5億元", "融資"),
    ("spent-on-is-no-money-noun", "编列经费5600万元办理活动。", "5600万元", "经费"),
    # a rate's unit before the amount is no topic; items before 分别 pair off with the figures after it
    ("per-unit-rate", "居民电价为每千瓦时0.56元。", "0.56元", "居民电价"),
    ("per-unit-rate-verb-and-suffix-trad", "該地塊出讓價約為每畝15萬元人民幣。", "15萬元人民幣", "地塊出讓價"),
    ("respective-items", "该省粮食、蔬菜、水果产量分别为320万吨、560万吨和210万吨。", "560万吨", "蔬菜产量"),
    ("respective-items-last-trad", "該省糧食、蔬菜、水果產量分別為320萬噸、560萬噸和210萬噸。", "210萬噸", "水果產量"),
    ("respective-one-topic-no-items", "三个分论坛的参会人数分别为120人、95人和80人。", "120人", "参会人数"),
    ("respective-change-keeps-verb", "城镇、农村居民收入分别增长5%和6%。", "5%", "城镇收入增长"),
    ("respective-change-keeps-verb-last", "城镇、农村居民收入分别增长5%和6%。", "6%", "农村居民收入增长"),
    # people right after the verb that acts on them: the topic's doing; a verb group alone still names it
    ("people-acted-on", "警方昨日拘捕5人。", "5人", "警方拘捕"),
    ("people-acted-on-with-adjunct-trad", "消防員從火場救出3人。", "3人", "消防員從火場救出"),
    ("people-by-verb-group-not-topic", "项目建成后带动就业5000人以上。", "5000人以上", "带动就业"),
    # a share followed by what it does: that share of the topic before does it; a change or a judgement is no doing
    ("share-then-doing-trad", "調查發現，百分之六十五的受訪者認為樓價過高，另有約百分之二十表示不確定。", "約百分之二十", "受訪者表示不確定"),
    ("share-then-doing", "受访者中，约三成支持加息。", "约三成", "受访者支持加息"),
    ("share-then-judgement-no-doing", "出口增长5%为近年最高。", "5%", "出口增长"),
    # a one-character verb before the whole a share is of joins no noun: the part before it stays in the subject
    ("share-of-a-whole-keeps-the-part", "该企业研发人员占员工总数近三成。", "近三成", "企业研发人员占员工总数"),
    ("share-of-a-whole-keeps-the-part-trad", "本縣茶葉年產量佔全臺產量近兩成。", "近兩成", "本縣茶葉年產量佔全臺產量"),
    ("part-after-qizhong", "全年进出口总额2356亿元，其中出口1420亿元，进口936亿元。", "1420亿元", "出口"),
    ("part-after-qizhong-trad", "全年進出口總額2356億元，其中出口1420億元，進口936億元。", "936億元", "進口"),
    ("count-by-what-they-do-trad", "地震造成逾200人受傷，約3,000戶停電。", "約3,000戶", "停電"),
    ("verbs-name-the-amount", "共发放消费券2000万元，带动消费1.5亿元。", "1.5亿元", "带动消费"),
    ("people-by-what-they-do", "项目建成后带动就业5000人以上。", "5000人以上", "带动就业"),
    ("people-by-what-the-noun-does", "全市新增城镇就业6.2万人。", "6.2万人", "城镇就业"),
    # lists: the items before a count are not its subject; parts of a list each have their own
    ("enumeration-closed-by-count", "围绕产业、人才、金融、服务四方面发力。", "四方面", "方面"),
    ("enumeration-then-head-noun", "带动餐饮、住宿、交通等相关消费超过860亿元。", "超过860亿元", "相关消费"),
    ("list-of-parts", "其中内资项目18个、外资项目6个。", "6个", "外资项目"),
    ("list-of-parts-trad", "其中內資項目18個、外資項目6個。", "6個", "外資項目"),
    # occasions counted right after a verb measure that doing; a noun before the verb keeps the topic reading
    ("occasions-after-verb", "该款电池充放电循环5000次后仍可使用。", "5000次", "循环"),
    ("occasions-after-verb-trad", "劇團將在各區劇場巡演120場。", "120場", "巡演"),
    # people counted after names and 等: the role named before the names
    ("role-before-names", "法院对被告人王某某等9人依法判决。", "9人", "被告人"),
    ("role-before-names-trad", "獲獎者陳某、李某等3人上台領獎。", "3人", "獲獎者"),
    # a short quoted term right before the figure's verb is its topic
    ("quoted-topic", "本次推出的“惠民卡”已发放8600余张。", "8600余张", "惠民卡已发放"),
    ("quoted-topic-trad", "今年推出的「長者票」共售出3200張。", "3200張", "長者票共售出"),
    # an amount followed by 全数/全部 says how much of it: the noun before is what it measures
    ("quantifier-after-amount", "他将个人存款约80万元全数捐给学校。", "约80万元", "个人存款"),
    # 其中N件为X: the part counted is what it is said to be; 以N为基数 is no such part
    ("part-said-to-be", "馆内藏品逾600件，其中45件为珍贵文物。", "45件", "珍贵文物"),
    ("part-said-to-be-trad", "館內藏品逾600件，其中45件為珍貴文物。", "45件", "珍貴文物"),
    # a share followed by 的 measures the noun after it, not the place before
    ("share-of-noun-after", "该市目前约三成的电力来自风能。", "约三成", "电力"),
    # 把/将 put the thing changed before the verb: it is the topic, not an adjunct
    ("disposal-object", "公司计划在三年内把研发人员比例提高到三成。", "三成", "研发人员比例"),
    ("disposal-object-trad", "政府計劃將綠化覆蓋率提升至45%。", "45%", "綠化覆蓋率"),
    # a comparison word (环比, 按年) is no topic: the clause takes up the topic before, with its direction
    ("comparison-word-no-topic", "本月工业品出厂价格同比上涨1.3%，环比下降0.4%。", "0.4%", "工业品出厂价格环比下降"),
    ("comparison-word-no-topic-points", "城镇调查失业率为3.6%，环比下降0.1个百分点。", "0.1个百分点", "城镇调查失业率环比下降"),
    ("comparison-word-no-topic-trad", "本月工業品出廠價格同比上漲1.3%，環比下降0.4%。", "0.4%", "工業品出廠價格環比下降"),
    ("narrowing-is-a-change", "生产资料价格同比下降3.1%，降幅比上月收窄0.5个百分点。", "0.5个百分点", "降幅收窄"),
    # a change verb and 至/到 state the level reached: the topic alone
    ("level-after-change-verb", "该集团去年营业额增加至46亿元。", "46亿元", "营业额"),
    ("level-after-change-verb-trad", "該集團去年營業額增加至46億元。", "46億元", "營業額"),
    ("change-verb-alone-keeps-direction", "该集团去年营业额增加了6亿元。", "6亿元", "营业额增加"),
    # money words the tagger cuts or reads as verbs are nouns; 每股 and 应占 belong to the money word
    ("budget-word-cut-by-tagger", "宜蘭縣明年度總預算歲出為286億元。", "286億元", "總預算歲出"),
    ("budget-word-cut-by-tagger-simplified", "该县明年总预算岁出为286亿元。", "286亿元", "总预算岁出"),
    ("money-noun-at-clause-head", "营收9亿元，较去年增加2亿。", "9亿元", "营收"),
    ("per-share-word", "該公司全年基本每股盈利為1.36元。", "1.36元", "基本每股盈利"),
    ("attributable-to-holders", "股東應佔溢利為4.2億港元，每股盈利0.8港元。", "4.2億港元", "股東應佔溢利"),
    # an amount's mark (大关) after it is not what it measures; nor is what it is spent on after a money word
    ("threshold-after-amount", "全市零售额突破5000亿元大关。", "突破5000亿元", "全市零售额"),
    ("threshold-after-amount-trad", "全市零售額突破5000億元大關。", "突破5000億元", "全市零售額"),
    ("money-word-before-spending", "縣府編列經費4,200萬辦理活動。", "4,200萬", "經費"),
    ("purpose-without-money-word", "今年编列3800万元办理培训。", "3800万元", "办理培训"),
    # a spending verb that names money itself is part of the topic a later change takes up
    ("money-verb-in-topic", "前三季度全省民间投资2.1万亿元，同比下降3.4%。", "3.4%", "全省民间投资同比下降"),
    ("money-verb-in-topic-trad", "前三季度全省民間投資2.1萬億元，同比下降3.4%。", "3.4%", "全省民間投資同比下降"),
    # a number and a period noun are a time, never the topic of a change; the period compared with is no part of it
    ("numbered-fiscal-year", "歲出規模達3兆1,200億元，較114年度增加1,480億元。", "1,480億元", "歲出規模增加"),
    ("numbered-fiscal-year-simplified", "营业收入达52亿元，较2023财年增加6亿元。", "6亿元", "营业收入增加"),
    # a statistical money noun the tagger cuts in three; 名义/实际 before a change verb are no topic
    ("disposable-income", "全省城镇居民人均可支配收入48,650元，比上年名义增长5.2%。", "48,650元", "全省城镇居民人均可支配收入"),
    ("nominal-growth-takes-up-topic", "全省城镇居民人均可支配收入48,650元，比上年名义增长5.2%。", "5.2%", "全省城镇居民人均可支配收入名义增长"),
    ("nominal-growth-takes-up-topic-trad", "全省城鎮居民人均可支配收入48,650元，比上年名義增長5.2%。", "5.2%", "全省城鎮居民人均可支配收入名義增長"),
    # what 扣除/剔除 set aside is no topic: the change takes up the topic before
    ("excluding-adjunct", "农村居民人均消费支出1.9万元，扣除价格因素实际增长6.2%。", "6.2%", "农村居民人均消费支出扣除价格因素实际增长"),
    ("excluding-adjunct-trad", "公司營收52億元，剔除匯率影響後增長6%。", "6%", "公司營收剔除匯率影響後增長"),
    # a hedge before the noun after a quantity is part of it
    ("hedged-noun-after-quantity-trad", "警方在單位內檢獲約2.3公斤懷疑大麻。", "約2.3公斤", "懷疑大麻"),
    ("hedged-noun-after-quantity", "民警当场查获疑似毒品1.6公斤。", "1.6公斤", "疑似毒品"),
    ("people-by-sex-counted", "警方拘捕3男5女。", "5女", "女"),
    # verbs of expectation before the figure's verb or bound are no part of its subject
    ("modal-before-bound", "全市电商交易规模有望突破2万亿元。", "突破2万亿元", "全市电商交易规模"),
    ("modal-before-stating-verb-trad", "全年客流量預計達3,000萬人次左右。", "達3,000萬人次左右", "客流量"),
    ("visits-with-bound-after", "活動預計吸引10萬人次以上參觀。", "10萬人次以上", "參觀人次"),
    ("outcome-verb-not-in-topic", "公司全年净利润亏损3.6亿元，上年同期盈利0.8亿元。", "0.8亿元", "净利润盈利"),
    # a clause without a topic takes it up across ；, not across 。
    ("topic-across-semicolon", "全市规模以上工业增加值同比增长6.1%；环比增长0.4%。", "0.4%", "全市规模以上工业增加值环比增长"),
    ("topic-across-semicolon-trad", "全市規模以上工業增加值同比增長6.1%；環比增長0.4%。", "0.4%", "全市規模以上工業增加值環比增長"),
    ("no-topic-across-full-stop", "全市规模以上工业增加值同比增长6.1%。环比增长0.4%。", "0.4%", "环比增长"),
    # a bracketed aside between the topic and its verb is stepped over
    ("aside-between-topic-and-verb-trad", "集團收入（以人民幣計）為46.2億元。", "46.2億元", "集團收入"),
    ("aside-between-topic-and-verb", "公司分红总额（含税）为3.6亿元。", "3.6亿元", "公司分红总额"),
    # a figure opening a bracket after its noun measures that noun; the bracket is an aside to what follows
    ("bracketed-after-noun", "公司主营业务收入（42.6亿元）同比增长9.1%。", "42.6亿元", "公司主营业务收入"),
    ("bracketed-after-noun-change", "公司主营业务收入（42.6亿元）同比增长9.1%。", "9.1%", "公司主营业务收入同比增长"),
    ("bracketed-after-noun-trad", "股東應佔溢利（9.4億港元）按年下跌8.2%。", "9.4億港元", "股東應佔溢利"),
    ("bracketed-after-noun-change-trad", "集團總收入（52.8億港元）按年上升3.6%。", "3.6%", "集團總收入按年上升"),
    ("bracketed-after-noun-halfwidth", "全省累计建成通信基站(18.6万个)。", "18.6万个", "通信基站"),
    ("bracketed-with-share", "其中高新技术企业（1420家，占36.8%）贡献了过半的产值。", "1420家", "高新技术企业"),
    ("bracketed-aside-before-share-trad", "當中公共房屋項目（42億澳門元）佔約兩成。", "約兩成", "公共房屋項目"),
    ("bracketed-conversion-after-figure", "全年营收达12亿元（约1.6亿美元）。", "约1.6亿美元", "营收"),
    ("bracketed-name-part-kept", "项目（一期）投资8亿元。", "8亿元", "项目（一期）投资"),
    # a money word the tagger read as a verb, before 为/達, names the amount of its own clause
    ("money-verb-noun-before-copula", "其中出口为1280亿令吉，进口为1140亿令吉。", "1140亿令吉", "进口"),
    ("money-verb-noun-before-copula-trad", "累計前9月出口為4,128億美元，年增12.8%。", "4,128億美元", "累計前9月出口"),
    ("money-verb-noun-before-reach", "上半年出口达到1140亿元。", "1140亿元", "上半年出口"),
    # 在…之间 states the amount
    ("lies-between", "门票价格在80元到260元之间。", "80元到260元", "门票价格"),
    # the level a change reaches is the topic's, without the comparison
    ("level-after-a-yearly-change-trad", "集團收益按年減少12.5%至84.6億元。", "84.6億元", "集團收益"),
    ("level-after-a-year-on-year-change", "公司净利同比下降8%至3.2亿元。", "3.2亿元", "公司净利"),
]


@pytest.mark.parametrize("sentence,figure,subject", [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subject(sentence, figure, subject):
    assert _subject(sentence, figure) == subject


def test_every_figure_of_a_paragraph_has_a_subject():
    paragraph = (
        "据统计，本届博览会共有来自28个国家和地区的1200家企业参展，展览面积达8万平方米。"
        "现场签约项目56个，签约总金额320亿元，同比增长15%。"
    )
    subjects = {f.text: f.subject for f in extract(paragraph).figures}
    assert subjects == {
        "28个": "国家和地区", "1200家": "企业", "达8万平方米": "展览面积", "56个": "现场签约项目",
        "320亿元": "签约总金额", "15%": "签约总金额同比增长",
    }


# (id, article, figure text, unit): a bare 元 follows the article's locale, found from general signs of its press
LOCALE_MONEY = [
    ("singapore", "狮城组屋转售价格持续上涨，一套四房式组屋以120万元成交。", "120万元", "SGD"),
    ("singapore-trad", "獅城組屋轉售價格持續上漲，一套四房式組屋以120萬元成交。", "120萬元", "SGD"),
    ("singapore-explicit", "政府拨款5000万新元支持本地企业。", "5000万新元", "SGD"),
    ("malaysia", "雪兰莪州务大臣宣布，州政府拨款300万元提升乡区道路。", "300万元", "MYR"),
    ("malaysia-trad", "雪蘭莪州務大臣宣布，州政府撥款300萬元提升鄉區道路。", "300萬元", "MYR"),
    ("malaysia-explicit", "该项目总值约2亿令吉，另有500万马币补贴。", "约2亿令吉", "MYR"),
    ("mainland-naming-malaysia", "省商务厅与马来西亚企业签约，投资额3亿元。", "3亿元", "CNY"),
    ("mainland-naming-subsidiary-city", "公司全年营收12亿元，其马来西亚子公司在槟城新建工厂。", "12亿元", "CNY"),
    ("mainland-naming-hongkong", "香港商会代表团来访，双方签约金额8亿元。", "8亿元", "CNY"),
    ("hongkong-places-named-again", "香港仔街坊会在香港举办义卖，筹得25万元，将捐给香港多间学校。", "25万元", "HKD"),
    ("taiwan-county-names", "花蓮縣政府頒發獎勵金共31萬元，表揚國小選手。", "共31萬元", "TWD"),
    ("other-currencies", "合同金額為500萬日圓、20萬英鎊和3億韓元。", "500萬日圓", "JPY"),
    # the financial press's own words show its region
    ("hongkong-results-bare-yuan", "集團全年營業額為86億元，按年增加8%，股東應佔溢利12.4億元。", "86億元", "HKD"),
    ("mainland-yearly-average-rate", "全市人均地区生产总值达到13.6万元，按年平均汇率折算约为1.9万美元。", "13.6万元", "CNY"),
    ("hongkong-own-city", "本港上月零售业总销货价值为310亿元。", "310亿元", "HKD"),
    ("taiwan-results-bare-yuan", "該公司第3季合併營收1,580億元，季增9.6%，每股盈餘3.12元。", "1,580億元", "TWD"),
    ("taiwan-budget-office", "主計總處表示，明年度總預算歲出規模為2兆9,800億元。", "2兆9,800億元", "TWD"),
    ("mainland-year-growth-no-taiwan-sign", "公司营收12亿元，全年增5%，今年增3%。", "12亿元", "CNY"),
    ("mainland-results", "公司实现营业收入86亿元，同比增长8%，基本每股收益0.52元。", "86亿元", "CNY"),
]


@pytest.mark.parametrize("article,figure,unit", [c[1:] for c in LOCALE_MONEY], ids=[c[0] for c in LOCALE_MONEY])
def test_money_unit_follows_locale(article, figure, unit):
    found = [f for f in extract(article).figures if f.text == figure]
    assert [f.unit for f in found] == [unit], [(f.text, f.unit) for f in extract(article).figures]


# (id, sentence, counts found): a number with a noun outside the lexicon counts it where the tagger reads a noun
OPEN_NOUN_COUNTS = [
    ("medals", "代表队以94金、67银、60铜共221面奖牌夺冠。", [("94金", "金"), ("67银", "银"), ("60铜", "铜"), ("共221面", "奖牌")]),
    ("medals-trad", "代表隊以94金、67銀、60銅共221面獎牌奪冠。", [("94金", "金"), ("67銀", "銀"), ("60銅", "銅"), ("共221面", "獎牌")]),
    ("goals-and-votes", "球队共进5球，获得2票。", [("5球", "球"), ("2票", "票")]),
    # a team's wins and losses in a run are counts of games won and lost (ANNOTATION: 7勝2和), an age is none
    ("results-run-no-age", "球队3胜2负，他今年16岁。", [("3胜", "胜场"), ("2负", "负场")]),
    ("verbs-are-no-nouns", "他今年16岁，胜过对手。", []),
]


@pytest.mark.parametrize("sentence,counts", [c[1:] for c in OPEN_NOUN_COUNTS], ids=[c[0] for c in OPEN_NOUN_COUNTS])
def test_counts_of_any_noun(sentence, counts):
    assert [(f.text, f.subject) for f in extract(sentence).figures] == counts


@pytest.mark.parametrize("text, money", [
    pytest.param("本报讯 该股今日收报1令吉20仙，全天成交量达500万股。", [("1令吉20仙", "1.2", "MYR")], id="ringgit-and-sen"),
    pytest.param("本報訊 該股今日收報2林吉特5仙。", [("2林吉特5仙", "2.05", "MYR")], id="trad-ringgit-and-sen-below-ten"),
    pytest.param("本报讯 票价由2元5角调整为3元。", [("2元5角", "2.5", "CNY"), ("3元", "3", "CNY")], id="near-miss-yuan-and-jiao"),
    pytest.param("本报讯 该集团净利增至4亿8760万令吉。", [("4亿8760万令吉", "487600000", "MYR")], id="near-miss-ringgit-alone"),
])
def test_sen_after_ringgit_are_its_cents(text, money):
    assert [(f.text, str(f.value), f.unit) for f in extract(text).figures if f.kind == "money"] == money


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 决议以45票赞成、3票反对、1票弃权获得通过。", ["赞成票", "反对票", "弃权票"], id="votes-cast-for-against-abstaining"),
    pytest.param("本報訊 議案以29票贊成、0票反對獲得通過。", ["贊成票", "反對票"], id="trad-votes-cast"),
    pytest.param("本报讯 该候选人获得1200票，当选议员。", ["票"], id="near-miss-votes-won"),
])
def test_votes_are_counted_by_what_they_were_cast_as(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 公司今次带来3款自主研发的交通数据平台。", ["交通数据平台"], id="an-adverb-opening-the-relative-clause"),
    pytest.param("本報訊 公司今次帶來3款自行設計的智慧燈柱。", ["智慧燈柱"], id="trad-an-adverb-opening-the-relative-clause"),
    pytest.param("本报讯 大会吸引约350名来自两地的政商界人士出席。", ["政商界人士"], id="near-miss-a-verb-opening-it"),
])
def test_a_count_measures_the_head_of_the_relative_clause_after_it(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, counts", [
    pytest.param("本报讯 该候选人获得12万3456票。", [("12万3456票", "123456")], id="arabic-groups-between-scale-words"),
    pytest.param("本報訊 該候選人獲得12萬3,456票。", [("12萬3,456票", "123456")], id="trad-with-a-thousands-comma"),
    pytest.param("本报讯 该候选人获得12.5万票。", [("12.5万票", "125000")], id="near-miss-a-decimal-before-the-scale"),
])
def test_counts_of_any_noun_in_mixed_numerals(text, counts):
    assert [(f.text, str(f.value)) for f in extract(text).figures] == counts


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 罚款合计9万元。", ["罚款"], id="a-verbal-noun-before-a-total-word"),
    pytest.param("本報訊 罰款合共約葡幣9萬元。", ["罰款"], id="trad-he-gong-of-hong-kong-and-macau"),
    pytest.param("本报讯 宣布发放每户最高2,000令吉的援助金，总拨款达138亿令吉；公务员也将获发500令吉特别辅助金。",
                 ["援助金", "拨款", "特别辅助金"], id="zong-written-on-a-verbal-noun"),
    pytest.param("本报讯 全年预估超过5%。", [None], id="near-miss-a-verbal-noun-alone-is-the-verb"),
])
def test_a_verbal_noun_summed_up_is_the_topic(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 分析师预计明年楼价或再跌5-8%。", ["楼价或再跌"], id="huo-before-an-adverb-says-may"),
    pytest.param("本報訊 分析師預計明年樓價或跌5%。", ["樓價或跌"], id="trad-huo-before-a-one-character-verb"),
    pytest.param("本報訊 台北市新建案每坪單價約120萬元新台幣。", ["單價"], id="trad-a-price-per-unit-is-the-topic"),
    pytest.param("本报讯 门票每位成人15新元。", ["门票"], id="near-miss-what-a-price-is-per-is-no-topic"),
])
def test_modal_huo_and_prices_per_unit(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 该企业完成3亿美元新一轮融资。", ["新一轮融资"], id="a-round-opens-the-noun-after-an-amount"),
    pytest.param("本報訊 該初創企業完成US$3億新一輪融資。", ["新一輪融資"], id="trad-a-round-after-a-dollar-sign"),
    pytest.param("本报讯 市政府发放5000万元第二批消费券。", ["第二批消费券"], id="a-batch-opens-the-noun"),
    pytest.param("本报讯 公司完成1.5亿美元的B轮融资。", ["B轮融资"], id="near-miss-a-latin-round-after-de"),
])
def test_a_round_or_batch_opens_the_noun_an_amount_measures(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, money", [
    pytest.param("本报讯 公司获得2亿美元首轮融资。", [("2亿美元", "USD")], id="a-currency-ending-in-yuan-before-shou"),
    pytest.param("本報訊 該集團錄得2億港元首季盈利。", [("2億港元", "HKD")], id="trad-hong-kong-dollars-before-shou"),
    pytest.param("本报讯 集团拨出500万港元年终奖金。", [("500万港元", "HKD")], id="a-currency-ending-in-yuan-before-nian"),
    pytest.param("本报讯 该国元首今日访华。", [], id="near-miss-yuan-shou-is-a-head-of-state"),
])
def test_a_currency_word_ending_in_yuan_is_whole(text, money):
    assert [(f.text, f.unit) for f in extract(text).figures if f.kind == "money"] == money


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 新基地达产后产能为每月3万片晶圆。", ["晶圆"], id="slices-of-a-thing-counted"),
    pytest.param("本報訊 廠方每日可生產12萬片口罩濾芯。", ["口罩濾芯"], id="trad-slices-of-a-thing-counted"),
    pytest.param("本报讯 全市共划分5个片区。", ["片区"], id="near-miss-a-word-opening-with-the-measure"),
])
def test_pian_counts_the_noun_after_it(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本報訊 檢方查出，不法獲利估計超過2億元。", ["不法獲利"], id="trad-a-profit-the-tagger-reads-as-a-verb"),
    pytest.param("本报讯 公司去年获利估计超过2亿元。", ["获利"], id="a-profit-after-a-time-word"),
    pytest.param("本報訊 財委會今日通過教育局申請的68.4億元撥款。", ["撥款"], id="trad-an-appropriation-after-the-amount"),
    pytest.param("本报讯 银行向企业发放500万元贷款。", ["贷款"], id="a-loan-after-the-amount"),
    pytest.param("本报讯 政府拨款5亿元支持中小企。", ["拨款支持中小企"], id="a-body-then-the-verb-is-no-subject"),
])
def test_money_words_the_tagger_reads_as_verbs_name_the_money(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 通胀率则维持在1.5%至2.3%区间。", ["通胀率"], id="a-band-after-a-range"),
    pytest.param("本報訊 公司預計毛利率保持在30%至35%範圍。", ["毛利率"], id="trad-a-range-word-after-a-range"),
])
def test_the_band_a_figure_stays_in_is_no_subject(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, unit", [
    pytest.param("【明報專訊】醫管局今日公布，今年度已預留1.8億元特別津貼。", "HKD", id="trad-hong-kong-health-authority"),
    pytest.param("全港公立醫院今年共開設380張臨時病床，每更津貼最高2,600元。", "HKD", id="trad-the-territory-named-whole"),
    pytest.param("全澳今年共派發500元消費券。", "MOP", id="trad-macau-named-whole"),
])
def test_a_bare_yuan_takes_the_currency_of_the_territory_that_names_itself(text, unit):
    assert [f.unit for f in extract(text).figures if f.kind == "money"] == [unit]


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 夜游节沿江布置灯光装置36组。", ["灯光装置"], id="a-noun-right-before-a-self-naming-measure"),
    pytest.param("本報訊 大會邀請海外樂團18組。", ["海外樂團"], id="trad-a-noun-right-before-a-self-naming-measure"),
    pytest.param("本报讯 本届联赛共有16队参赛。", ["队"], id="near-miss-a-verb-before-the-teams"),
])
def test_a_noun_right_before_a_self_naming_measure_is_what_it_counts(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本报讯 座谈会邀请企业代表60余人参加。", ["企业代表参加"], id="a-people-word-read-as-a-verb-before-a-count"),
    pytest.param("本報訊 大會吸引青年代表800人出席。", ["青年代表出席"], id="trad-a-people-word-read-as-a-verb-before-a-count"),
    pytest.param("本报讯 学校邀请1200人参加。", ["参加"], id="near-miss-a-verb-before-the-count"),
])
def test_a_people_word_the_tagger_reads_as_a_verb_is_who_is_counted(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, subjects", [
    pytest.param("本報訊 馬會表示，投注額達19.5億港元。", ["投注額"], id="trad-a-verbal-noun-with-its-noun-suffix"),
    pytest.param("本报讯 该品牌表示，营业额达3.2亿元。", ["营业额"], id="a-verbal-noun-with-its-noun-suffix"),
    pytest.param("本报讯 全年预估超过5%。", [None], id="near-miss-a-verbal-noun-alone-is-the-verb"),
])
def test_a_verbal_noun_with_its_noun_suffix_is_a_noun(text, subjects):
    assert [f.subject for f in extract(text).figures] == subjects


@pytest.mark.parametrize("text, figures", [
    pytest.param("本報訊 去年8月澎湖海域水溫一度達32.5度，當時帶來白化。", [("32.5", "度")], id="trad-一度-before-a-verb-and-the-clause-s-figure"),
    pytest.param("本报讯 今年夏天气温一度升至38度。", [("38", "度")], id="一度-before-a-verb-of-rising"),
    pytest.param("本报讯 恒生指数一度大跌5%，收市回升。", [("5", "%")], id="一度-before-an-adverb-and-a-percentage"),
    pytest.param("本报讯 昨晚山区气温跌至一度，市民注意保暖。", [("1", "度")], id="near-miss-a-temperature-of-one-degree"),
    pytest.param("本報訊 高山氣溫降至一度左右。", [("1", "度")], id="near-miss-trad-about-one-degree"),
])
def test_一度_at_one_time_is_no_figure(text, figures):
    assert [(str(f.value), f.unit) for f in extract(text).figures] == figures


@pytest.mark.parametrize("text, subject", [
    pytest.param("【本報訊】明年預算投放合共不足30億元。", "預算", id="trad-合共-before-a-bound-is-no-part-of-the-subject"),
    pytest.param("本报讯 两项罚款合共约9万元。", "罚款", id="合共-before-约"),
    pytest.param("本报讯 合众公司共投资30亿元。", "合众公司投资", id="near-miss-合-opening-a-name-before-共"),
])
def test_a_total_word_cut_in_two_is_no_subject(text, subject):
    assert extract(text).figures[-1].subject == subject


@pytest.mark.parametrize("text, figures", [
    pytest.param("（新加坡讯）公共交通理事会宣布,成人乘客每程须多付10分,乐龄人士每程多付4分。", [("0.1", "SGD"), ("0.04", "SGD")],
                 id="a-fare-per-trip-in-cents"),
    pytest.param("港聞\n【本報訊】全港的士車資起錶收費加價20分。", [("0.2", "HKD")], id="trad-a-fare-rise-in-cents"),
    pytest.param("本报讯 居民用电每度电价上涨3分钱。", [("0.03", "CNY")], id="分钱-is-a-cent"),
    pytest.param("（新加坡讯）他在决赛中得了10分,每程都很拼。", [], id="near-miss-a-score-in-a-clause-with-no-fare-word"),
])
def test_分_in_a_clause_about_a_fare_or_a_bill_is_a_cent(text, figures):
    assert [(str(f.value), f.unit) for f in extract(text).figures if f.kind == "money"] == figures
