"""A second bank of quote constructions, written for these tests (Simplified and Traditional, every region, events and
ordinary news), for what the first bank (test_quote_bank.py) left open: straight ASCII and mixed quotation marks, short
quoted clauses in reported speech, attribution by 这样/如此 after the words, words said by two people at once, a quote
set as its own paragraph after a line that names the speaker, recited poems, proverbs and songs, slogans, headlines,
captions and pages cut off inside a quote, and speakers with foreign, English or honoured names or none at all."""
import pytest

from extractor import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text[:6]) for q in extract(text).quotes]


STRAIGHT_AND_MIXED_MARKS = [  # scraped text writes "…" for “…”, or opens with one mark and closes with another
    pytest.param('市长张伟说："我们要加快建设步伐，做好各项民生工作。"',
                 [("张伟", "我们要加快建")], id="ascii-speaker-before"),
    pytest.param('局長陳美玲表示："今年會再增加三個社區中心，方便長者就近看病。"',
                 [("陳美玲", "今年會再增加")], id="ascii-speaker-before-hk"),
    pytest.param('"今年的订单已经排到了明年三月，工人们都在加班。"厂长钱国庆说。',
                 [("钱国庆", "今年的订单已")], id="ascii-speaker-after"),
    pytest.param('"這是我們第一次打進決賽，大家都非常興奮。"隊長吳家樂表示。',
                 [("吳家樂", "這是我們第一")], id="ascii-speaker-after-taiwan"),
    pytest.param('"今年的雨水比往年多，"果农蒋福生说，"荔枝的产量可能会减少两成。"',
                 [("蒋福生", "今年的雨水比"), ("蒋福生", "荔枝的产量可")], id="ascii-split-by-the-attribution"),
    pytest.param('新加坡交通部长许伟强指出："新地铁线的票价将与现有线路保持一致。"他补充，"首批列车明年到货。"',
                 [("许伟强", "新地铁线的票"), ("许伟强", "首批列车明年")], id="ascii-two-quotes-one-paragraph"),
    pytest.param('市长张伟说：“我们要加快建设步伐，做好各项民生工作。"',
                 [("张伟", "我们要加快建")], id="curly-open-ascii-close"),
    pytest.param('署長范秋萍說："這次颱風帶來的雨量，是過去十年來最多的一次。」',
                 [("范秋萍", "這次颱風帶來")], id="ascii-open-corner-close-taiwan"),
    pytest.param('澳門旅遊局局長區美玲透露：「黃金周首三日的訪澳旅客已超過去年同期。”',
                 [("區美玲", "黃金周首三日")], id="corner-open-curly-close-macau"),
    pytest.param('东江市被评为"全国文明城市"。', [], id="near-miss-ascii-an-honour's-name"),
    pytest.param('這款名為"小藍"的機器人可以陪長者聊天。', [], id="near-miss-ascii-a-product-name-traditional"),
    pytest.param('人称"阿杰"的陈家杰在村里开了一间小卖部。', [], id="near-miss-ascii-around-a-nickname"),
    pytest.param('市长张伟为"东江科创走廊"揭牌，并参观了展馆。', [], id="near-miss-ascii-a-project's-name"),
    pytest.param('活動以"綠色出行，低碳生活"為主題，吸引逾千人參加。', [], id="near-miss-ascii-a-theme-traditional"),
    pytest.param('公司推出名为"Smart Home"的新系列产品。', [], id="near-miss-ascii-an-english-name"),
    pytest.param('市长张伟说：“我们要建设"海绵城市"，让城市更宜居、更安全。”', [("张伟", "我们要建设\"")], id="ascii-term-nested-in-curly-words"),
    pytest.param('這款手機配備6.5"的螢幕，售價為新台幣一萬元。', [], id="near-miss-an-inch-mark-traditional"),
    pytest.param('"一带一路"倡议提出十年来，沿线国家贸易额持续增长。', [], id="near-miss-ascii-a-name-opening-a-sentence"),
    pytest.param('大马首相在国会表示，"团结政府"将继续推动经济改革。', [], id="near-miss-ascii-a-name-in-indirect-speech-malaysia"),
    pytest.param('东江大学校长黄国强在毕业典礼上对毕业生说："愿你们永远保持好奇心，勇敢追梦。"', [("黄国强", "愿你们永远保")], id="ascii-对-someone-说"),
    pytest.param('交通部長林佳慧強調：『安全是第一優先，所有車廂都要在月底前完成檢修。』', [("林佳慧", "安全是第一優")], id="double-corner-marks-as-the-outer-quote-taiwan"),
    pytest.param('他说："I am very happy to be here."', [], id="near-miss-ascii-english-words-no-one-named"),
    pytest.param("市长张伟说：”我们要加快建设步伐，做好各项民生工作。”", [("张伟", "我们要加快建")], id="closing-marks-both-ends"),
    pytest.param("市長張偉說：」我們要加快建設步伐，做好各項民生工作。」", [("張偉", "我們要加快建")], id="closing-corner-marks-both-ends-hk"),
    pytest.param("本报讯 东江市昨日召开会议。\n市长张伟说：“我们要加快建设步伐，做好各项民生工作。“", [("张伟", "我们要加快建")], id="opening-marks-both-ends"),
    pytest.param('本報訊 東江市昨日召開會議。\n市長張偉說:"我們要加快建設步伐,做好各項民生工作."', [("張偉", "我們要加快建")], id="ascii-marks-and-ascii-punctuation-taiwan"),
    pytest.param("这是一场“硬仗”，需要各方合力。", [], id="near-miss-a-term-with-paired-marks"),
]


SHORT_CLAUSES = [  # a quoted clause inside reported speech is the speaker's words; a quoted noun phrase or term is not
    pytest.param("區域法院法官陳敏儀判刑時指被告「毫無悔意」，判處入獄三年。",
                 [("陳敏儀", "毫無悔意")], id="指-a-clause-hk-court"),
    pytest.param("区域法院法官陈敏仪判刑时指被告“毫无悔意”，判处入狱三年。",
                 [("陈敏仪", "毫无悔意")], id="指-a-clause-simplified"),
    pytest.param("市民代表李明直言这种做法“根本行不通”。", [("李明", "根本行不通")], id="直言-a-clause"),
    pytest.param("教練許國棟坦言球隊「打得不夠好」，下場要全力爭勝。", [("許國棟", "打得不夠好")], id="坦言-a-clause-taiwan"),
    pytest.param("大会主席黄志明形容今届大会“非常成功”。", [("黄志明", "非常成功")], id="形容-an-adverb-clause-malaysia"),
    pytest.param("大會主席黃志明形容今屆大會「非常成功」。", [("黃志明", "非常成功")], id="形容-an-adverb-clause-traditional"),
    pytest.param("议员陈国栋批评一些部门“只说不做”。", [("陈国栋", "只说不做")], id="批评-a-clause-singapore"),
    pytest.param("市长李文华形容这次合作是“双赢”。", [], id="near-miss-形容是-a-term"),
    pytest.param("市長李文華形容這次合作是「雙贏」。", [], id="near-miss-形容是-a-term-traditional"),
    pytest.param("局长黄丽娟表示，全市要加快建设“海绵城市”。", [], id="near-miss-a-term-in-reported-speech"),
    pytest.param("局長黃麗娟稱計劃為「長者友善社區」。", [], id="near-miss-稱為-a-name-traditional"),
    pytest.param("董事长王思远把这次转型称为“二次创业”。", [], id="near-miss-称为-a-term"),
    pytest.param("行政總裁梁家俊指出，集團會繼續推動「智慧零售」。", [], id="near-miss-a-strategy's-name-hk"),
    pytest.param("黄玉英表示，政府会支持会展业“以展促产”，带动相关产业。", [], id="near-miss-a-slogan-after-another-verb"),
    pytest.param("黃玉英表示，政府會支持會展業「以展促產」，帶動相關產業。", [], id="near-miss-a-slogan-after-another-verb-macau"),
    pytest.param("不少年轻人选择“躺平”。", [], id="near-miss-a-two-character-word"),
    pytest.param("区长何立新表示，全区推行“最多跑一次”改革。", [], id="near-miss-a-reform's-name"),
    pytest.param("法官陳敏儀指出，被告「毫無悔意」，須判處阻嚇性刑罰。", [("陳敏儀", "毫無悔意")], id="指出-then-a-clause-hk"),
    pytest.param("議員陳國棟批評一些部門「只說不做」。", [("陳國棟", "只說不做")], id="批評-a-clause-traditional"),
    pytest.param("澳門特區行政長官岑家明在致辭時表示，特區政府將「全力支持會展業發展」。", [("岑家明", "全力支持會展")], id="a-long-clause-macau"),
]


SAID_SO_AFTER = [  # “…。”(a clause,) X这样说/如此形容/如是说: the words are X's
    pytest.param("“这里的每一棵树都是村民亲手种下的。”谈起村里的变化，村支书王建国这样说。",
                 [("王建国", "这里的每一棵")], id="这样说-after-a-clause"),
    pytest.param("「這裡的每一棵樹都是村民親手種下的。」談起村裡的變化，村長王建國這樣說。",
                 [("王建國", "這裡的每一棵")], id="這樣說-traditional"),
    pytest.param("“我们会把每一分钱都用在刀刃上。”市长张伟如此表示。",
                 [("张伟", "我们会把每一")], id="如此表示"),
    pytest.param("“第一步最难，走出去就好了。”回想起当年创业的日子，陈家豪这样形容。",
                 [("陈家豪", "第一步最难，")], id="这样形容"),
    pytest.param("「第一步最難，走出去就好了。」回想起當年創業的日子，陳家豪如此形容。",
                 [("陳家豪", "第一步最難，")], id="如此形容-macau"),
    pytest.param("“大桥通车以后，回家只要十分钟。”看着刚刚完工的大桥，总工程师刘志强这样感慨道。",
                 [("刘志强", "大桥通车以后")], id="这样感慨道"),
    pytest.param("“我们一定会坚持到底。”在谈到下一步工作时，区长何立新如是说。",
                 [("何立新", "我们一定会坚")], id="如是说"),
    pytest.param("“我们一定会坚持到底。”\n在谈到下一步工作时，区长何立新这样说。",
                 [("何立新", "我们一定会坚")], id="这样说-next-paragraph"),
    pytest.param("“让老百姓住得更安心。”这是市长张伟多次提出的目标。", [], id="near-miss-这是-a-goal"),
    pytest.param("「一起來，更精彩！」是市長張偉為嘉年華定下的口號。", [], id="near-miss-是-a-slogan-with-a-person-traditional"),
    pytest.param("“我们不是在做生意，是在交朋友。”店主陈丽华这样说。", [("陈丽华", "我们不是在做")], id="这样说-right-after"),
    pytest.param("店主陈丽华在店里忙碌着。“我们不是在做生意，是在交朋友。”她这样说。", [("陈丽华", "我们不是在做")], id="她这样说-named-before"),
    pytest.param("“我们不是在做生意，是在交朋友。”她这样说。", [], id="near-miss-她这样说-no-one-named"),
    pytest.param("“我们会把每一分钱都用在刀刃上。”谈起资金的使用。市长张伟这样说。", [("张伟", "我们会把每一")], id="这样说-two-sentences-later"),
    pytest.param("「我們會把每一分錢都用在刀刃上。」談起資金的使用。市長張偉如此表示。", [("張偉", "我們會把每一")], id="如此表示-two-sentences-later-traditional"),
    pytest.param("“我们会把每一分钱都用在刀刃上。”谈起资金的使用。市长张伟随后参观了工地。", [], id="near-miss-a-person-two-sentences-later-who-says-nothing"),
]


TWO_SPEAKERS = [  # X和Y都表示：“…”: words of two people are no one person's words; X与Y会谈时表示: X speaks
    pytest.param("村民张大山和李小河都表示：“新路修好后，农产品运出去方便多了。”", [], id="和-都表示"),
    pytest.param("村民張大山和李小河都表示：「新路修好後，農產品運出去方便多了。」", [], id="和-都表示-traditional"),
    pytest.param("教授陈立伟与研究员林小燕均认为：“这项技术三年内就能普及。”", [], id="与-均认为"),
    pytest.param("家长黄美华、郑国强异口同声地说：“孩子们比以前开朗多了。”", [], id="顿号-异口同声地说"),
    pytest.param("议员陈志明与部长林国祥会谈时表示：“双方将加强在教育领域的合作。”",
                 [("陈志明", "双方将加强在")], id="near-miss-与-会谈时表示-one-speaker"),
    pytest.param("村民张大山表示，李小河也认为：“新路修好后，农产品运出去方便多了。”",
                 [("李小河", "新路修好后，")], id="near-miss-the-second-speaker-alone"),
    pytest.param("議員陳志明與部長林國祥握手後表示：「雙方將加強在教育領域的合作。」", [("陳志明", "雙方將加強在")], id="near-miss-握手後表示-traditional"),
    pytest.param("市长张伟和副市长李明出席会议。李明表示：“今年将新建三座公园。”", [("李明", "今年将新建三")], id="near-miss-joined-in-the-sentence-before"),
    pytest.param("村民张大山和李小河分别表示：“新路修好后，农产品运出去方便多了。”", [], id="和-分别表示"),
    pytest.param("教授陳立偉與研究員林小燕均認為：「這項技術三年內就能普及。」", [], id="與-均認為-traditional"),
]


OWN_PARAGRAPH = [  # a line naming the speaker and ending in a colon, the words as their own paragraph
    pytest.param("本报讯 全市今起迎来新一轮降温。\n市气象局局长陈美玲提醒：\n“天气转冷，请市民注意保暖，出门带好雨具。”",
                 [("陈美玲", "天气转冷，请")], id="提醒-colon-then-paragraph"),
    pytest.param("本報訊 本港今起迎來新一輪降溫。\n天文台台長梁志堅提醒：\n「天氣轉冷，請市民注意保暖，出門帶備雨具。」",
                 [("梁志堅", "天氣轉冷，請")], id="提醒-colon-then-paragraph-hk"),
    pytest.param("中颱今晚逼近本島，各地陸續停班停課。\n消防局局長吳德明呼籲：\n\n「颱風期間請勿前往海邊，注意自身安全。」",
                 [("吳德明", "颱風期間請勿")], id="呼籲-blank-line-between-taiwan"),
    pytest.param("新加坡工商联合总会昨日举行年会，逾三百名会员出席。\n会上，商务部长林振华表示：\n“本地企业要把握区域市场开放的机遇，加快走出去。”",
                 [("林振华", "本地企业要把")], id="表示-colon-then-paragraph-singapore"),
    pytest.param("市长张伟出席了活动。\n“今年全市将新建五十所幼儿园，新增学位一万个。”",
                 [], id="near-miss-a-line-without-a-verb-of-speech"),
    pytest.param("本報訊 全港今起迎來新一輪降溫。\n衛生署署長陳美玲強調：\n「天氣轉冷，長者要注意保暖，出門帶備外套。」", [("陳美玲", "天氣轉冷，長")], id="強調-colon-then-paragraph-hk"),
    pytest.param("本報訊 澳門今起迎來新一輪降溫。\n社會工作局局長何麗華說：\n「天氣轉冷，長者要注意保暖，出門帶備外套。」", [("何麗華", "天氣轉冷，長")], id="說-colon-then-paragraph-macau"),
]


NOT_ONES_OWN_WORDS = [  # recited poems, proverbs and songs are not the reciter's own words; quoted inside their own are
    pytest.param("学生代表李小雨朗诵了一首诗：“春风吹绿了江南岸，燕子飞回了旧屋檐。”", [], id="朗诵-一首诗"),
    pytest.param("學生代表李小雨朗誦了一首詩：「春風吹綠了江南岸，燕子飛回了舊屋簷。」", [], id="朗誦-一首詩-traditional"),
    pytest.param("市长张伟说，正如俗话所说，“众人拾柴火焰高”。", [], id="正如俗话所说"),
    pytest.param("市長張偉說，正如俗話所說，「眾人拾柴火焰高」。", [], id="正如俗話所說-traditional"),
    pytest.param("俗话说：“一年之计在于春，一日之计在于晨。”", [], id="俗话说-colon"),
    pytest.param("校长黄国强引用了一句古诗：“落红不是无情物，化作春泥更护花。”", [], id="引用-古诗"),
    pytest.param("歌手林小美在台上唱道：“我们的家乡在希望的田野上。”", [], id="唱道-a-song"),
    pytest.param("拿督李文强在致辞时引用马来谚语：“团结就是力量，分裂就会失败。”", [], id="谚语-malaysia"),
    pytest.param("老师陈丽华念了一段歌词：“明天会更好，我们一起走。”", [], id="歌词"),
    pytest.param("市长张伟说：“俗话说得好，众人拾柴火焰高，我们要团结一心。”",
                 [("张伟", "俗话说得好，")], id="near-miss-a-proverb-inside-one's-own-words"),
    pytest.param("市長張偉笑着說：「正如俗話所說，一年之計在於春，我們要早作準備。」",
                 [("張偉", "正如俗話所說")], id="near-miss-a-proverb-inside-one's-own-words-traditional"),
    pytest.param("诗人王海峰说：“写诗就是和自己对话，每一首都是一次旅行。”",
                 [("王海峰", "写诗就是和自")], id="near-miss-a-poet's-own-words"),
    pytest.param("市长张伟在诗歌节开幕式上说：“这座城市因诗而美，因文化而兴。”", [("张伟", "这座城市因诗")], id="near-miss-a-poetry-festival"),
    pytest.param("歌手林小美在演唱会后表示：「這首歌是寫給媽媽的，希望大家喜歡。」", [("林小美", "這首歌是寫給")], id="near-miss-a-singer-speaking-taiwan"),
]


SLOGANS_HEADLINES_CAPTIONS = [  # a slogan, a headline and a caption give no quote; a page cut off inside a quote does
    pytest.param("“绿水青山就是金山银山！”是本届大会的口号。", [], id="slogan-是-口号"),
    pytest.param("「一起來，更精彩！」是今屆嘉年華的宣傳口號。", [], id="slogan-是-口號-traditional"),
    pytest.param("“安全第一，预防为主！”是工地入口处的标语。", [], id="slogan-是-标语"),
    pytest.param("张伟：“要让老百姓住得更安心”\n\n本报讯 市长张伟昨日在座谈会上听取了居民意见。",
                 [], id="a-quote-in-the-headline"),
    pytest.param("張偉：「要讓市民住得更安心」\n\n本報訊 市長張偉昨日在座談會上聽取了居民意見。",
                 [], id="a-quote-in-the-headline-traditional"),
    pytest.param("市长张伟在座谈会上听取了居民意见。\n▲市长张伟说“要让老百姓住得更安心”\n会议持续了两个小时。",
                 [], id="a-quote-in-a-caption"),
    pytest.param("本报讯 东江市昨日召开教育工作会议。\n市长张伟表示：“今年全市将新建五十所幼儿园，新增学位一万个，同时",
                 [("张伟", "今年全市将新")], id="cut-off-inside-the-quote"),
    pytest.param("本報訊 東江市昨日召開教育工作會議。\n市長張偉表示：「今年全市將新建五十所幼稚園，新增學額一萬個，同時",
                 [("張偉", "今年全市將新")], id="cut-off-inside-the-quote-traditional"),
    pytest.param("“我们一定能赢！”队长张伟在赛前对队友说。", [("张伟", "我们一定能赢")], id="near-miss-an-exclamation-said"),
    pytest.param("東江市長張偉：「要讓市民住得更安心」\n\n2025-03-02 10:15 來源：東江日報\n\n市長張偉昨日在座談會上表示：「今年會新建兩千個公屋單位。」",
                 [("張偉", "今年會新建兩")], id="headline-quote-then-body-quote-hk"),
    pytest.param("“要让老百姓住得更安心”——访东江市市长张伟\n\n本报讯 市长张伟昨日在座谈会上听取了居民意见。", [], id="a-headline-opening-with-a-quote"),
    pytest.param("本报讯 东江市昨日召开教育工作会议。\n市长张伟表示：“今年全市将新建五十所幼儿园……", [("张伟", "今年全市将新")], id="cut-off-with-an-ellipsis"),
    pytest.param("張偉：「穩住基本盤，跑出加速度」\n\n本報訊 市長張偉昨日在座談會上聽取了居民意見。", [], id="a-headline-quote-with-a-comma-traditional"),
    pytest.param("东江日报\n市长张伟表示，“我们会继续努力，把每一项工作做好”\n会议持续了两个小时。",
                 [("张伟", "我们会继续努")], id="near-miss-prose-that-lost-its-stop-is-no-headline"),
    pytest.param("“我们一定能赢！”是队长张伟赛前说的最后一句话。", [("张伟", "我们一定能赢")], id="是-X-说的-attribution"),
    pytest.param("「我們一定能贏！」是隊長張偉賽前說的最後一句話。", [("張偉", "我們一定能贏")], id="是-X-說的-attribution-traditional"),
]


NAMES_OF_SPEAKERS = [  # foreign names, English names of Hong Kong, Malay honorifics; a spokesperson without a name
    pytest.param("联合国开发计划署驻华代表白雅婷·史密斯说：“中国在减贫方面的经验值得各国借鉴。”",
                 [("白雅婷·史密斯", "中国在减贫方")], id="a-foreign-name-with-a-dot"),
    pytest.param("美國商會會長約翰·卡特表示：「企業對明年的營商環境仍然審慎樂觀。」",
                 [("約翰·卡特", "企業對明年的")], id="a-foreign-name-traditional"),
    pytest.param("公司行政總裁Michael Lee表示：「集團明年將在大灣區增設三間分店。」",
                 [("Michael Lee", "集團明年將在")], id="an-english-name-hk"),
    pytest.param("創辦人黃家輝（Ricky）表示：「我們希望年輕人可以在這裡找到歸屬感。」",
                 [("黃家輝", "我們希望年輕")], id="an-english-name-in-brackets-hk"),
    pytest.param("拿督李文强说：“州政府将拨款五百万令吉提升乡区道路。”", [("李文强", "州政府将拨款")], id="拿督"),
    pytest.param("丹斯里陳志明表示：「董事局對集團的前景充滿信心。」", [("陳志明", "董事局對集團")], id="丹斯里-traditional"),
    pytest.param("拿督斯里黄国华在推介礼上致辞时说：“这项计划将惠及全州十万名学生。”",
                 [("黄国华", "这项计划将惠")], id="拿督斯里"),
    pytest.param("外交部发言人表示：“中方坚决反对任何形式的单边制裁。”", [], id="a-spokesperson-with-no-name"),
    pytest.param("外交部發言人表示：「中方堅決反對任何形式的單邊制裁。」", [], id="a-spokesperson-with-no-name-traditional"),
    pytest.param("东湖市商务局有关负责人表示：“我们将继续优化营商环境，为企业提供更好的服务。”", [], id="a-responsible-official-with-no-name"),
    pytest.param("外交部发言人汪明说：“中方坚决反对任何形式的单边制裁。”",
                 [("汪明", "中方坚决反对")], id="near-miss-a-spokesperson-named"),
    pytest.param("警方發言人吳德明在記者會上說：「疑犯已於昨晚落網。」", [("吳德明", "疑犯已於昨晚")], id="near-miss-a-spokesperson-named-hk"),
    pytest.param("發言人辦公室表示：「政府會密切留意事態發展。」市長張偉其後說：「我們已成立專責小組。」", [("張偉", "我們已成立專")], id="an-unnamed-then-a-named-speaker-hk"),
    pytest.param("外交部发言人汪明表示：“中方坚决反对单边制裁。”\n“我们将采取必要措施维护自身权益。”", [("汪明", "中方坚决反对"), ("汪明", "我们将采取必")], id="a-named-spokesperson-continues"),
    pytest.param("拿督斯里阿末扎希说：“政府将继续照顾乡区人民的福利。”", [("阿末扎希", "政府将继续照")], id="拿督斯里-a-malay-name"),
    pytest.param("马来西亚首相安华说：“政府将拨款十亿令吉援助受灾家庭。”", [("安华", "政府将拨款十")], id="a-two-character-malay-name"),
    pytest.param("行政總裁陳大文（Peter Chan）表示：「集團明年將在大灣區增設三間分店。」", [("陳大文", "集團明年將在")], id="an-english-name-in-brackets-after-hk"),
    pytest.param("外交部发言人汪明：“中方坚决反对任何形式的单边制裁。”", [("汪明", "中方坚决反对")], id="a-named-spokesperson-and-a-colon"),
    pytest.param("新加坡總理黃國華在國慶群眾大會上說：「我們必須團結一致，迎接未來的挑戰。」", [("黃國華", "我們必須團結")], id="an-event-speech-singapore"),
]


@pytest.mark.parametrize("text, quotes", STRAIGHT_AND_MIXED_MARKS)
def test_straight_and_mixed_marks(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", SHORT_CLAUSES)
def test_short_clauses_in_reported_speech(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", SAID_SO_AFTER)
def test_attribution_by_this_way_after_the_words(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", TWO_SPEAKERS)
def test_words_of_two_speakers(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", OWN_PARAGRAPH)
def test_a_quote_as_its_own_paragraph(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", NOT_ONES_OWN_WORDS)
def test_recited_and_proverbial_words(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", SLOGANS_HEADLINES_CAPTIONS)
def test_slogans_headlines_captions_and_cut_off_pages(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", NAMES_OF_SPEAKERS)
def test_names_of_speakers(text, quotes):
    assert quotes_of(text) == quotes
