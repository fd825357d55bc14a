"""A bank of invented news passages (Simplified and Traditional; mainland, Hong Kong, Macau, Taiwan, Singapore, Malaysia)
with the people, titles and quotes ANNOTATION.md says a careful reader takes from them. Each passage names the class of
construction it stands for; none is copied from an article.

people: {name: [titles as written, in order]}; quotes: [(speaker, the first six characters inside the marks)]. Quotes
with no named speaker (陈女士说：“…”) are no gold entry and are not compared.
"""
import pytest

from extractor import extract


def _bank(passage_id: str, text: str, people: dict[str, list[str]], quotes: list[tuple[str, str]] = ()):
    return pytest.param(text, people, sorted(quotes), id=passage_id)


TITLES = [
    _bank("chain-party-and-government", "4月18日，湖南省委常委、副省长张立新在长沙会见了来访的德国巴伐利亚州代表团。张立新表示，湖南愿与巴伐利亚在"
          "汽车制造和职业教育领域深化合作。", {"张立新": ["湖南省委常委", "副省长"]}),
    _bank("elided-city-traditional", "臺中市副市長林志遠、經發局局長陳瑞堂昨日陪同業者參觀園區。林志遠說：「市府會全力協助廠商解決用地問題。」",
          {"林志遠": ["臺中市副市長"], "陳瑞堂": ["經發局局長"]}, [("林志遠", "市府會全力協")]),
    _bank("after-name-deputy", "座谈会由周海涛副局长主持。周海涛副局长指出，今年以来全市共查处违法案件一百二十起。", {"周海涛": ["副局长"]}),
    _bank("after-name-traditional-hk", "陳國威主席在周年晚宴上致辭，感謝各界多年來的支持。他說：「商會未來會繼續擔當香港與內地之間的橋樑。」",
          {"陳國威": ["主席"]}, [("陳國威", "商會未來會繼")]),
    _bank("jian-company", "华远集团董事长兼总经理刘建峰介绍，新工厂投产后年产值可达五十亿元。", {"刘建峰": ["华远集团董事长", "总经理"]}),
    _bank("jian-university-traditional", "東海大學教授兼研發長黃志明表示，學校將與企業合作設立研究中心。",
          {"黃志明": ["東海大學教授", "研發長"]}),
    _bank("organization-inside-title", "国家发展改革委产业发展司副司长孙明辉在发布会上介绍了有关情况。",
          {"孙明辉": ["国家发展改革委产业发展司副司长"]}),
    _bank("hk-acting-secretary", "署理發展局局長黃偉倫今日出席新界北新發展區的動土儀式。黃偉倫致辭時表示：「項目將提供約三萬個住宅單位。」",
          {"黃偉倫": ["署理發展局局長"]}, [("黃偉倫", "項目將提供約")]),
    _bank("hk-legislator-clause", "立法會議員梁家明指出，政府應加快審批公營房屋項目，「不能再讓市民等下去」。", {"梁家明": ["立法會議員"]},
          [("梁家明", "不能再讓市民")]),
    _bank("hk-chief-executive", "行政長官李家豪在典禮上致辭時表示：「香港會繼續發揮聯通內外的獨特優勢。」", {"李家豪": ["行政長官"]},
          [("李家豪", "香港會繼續發")]),
    _bank("tw-county-magistrate", "苗栗縣長鍾文雄上午視察竹南鎮的排水工程，要求施工單位在汛期前完工。", {"鍾文雄": ["苗栗縣長"]}),
    _bank("tw-legislator-and-premier", "民進黨立委林佳慧質詢時指出，相關預算編列明顯不足。行政院長蘇國平回應說，政府會在追加預算中補足。",
          {"林佳慧": ["民進黨立委"], "蘇國平": ["行政院長"]}),
    _bank("sg-minister", "新加坡贸工部长颜永成在论坛上表示，新中两国的经贸合作潜力巨大。", {"颜永成": ["新加坡贸工部长"]}),
    _bank("my-menteri-besar-with-style", "雪兰莪州务大臣拿督斯里阿米鲁丁在推介礼上致词时说：“州政府将拨款五百万令吉提升基础设施。”",
          {"阿米鲁丁": ["雪兰莪州务大臣"]}, [("阿米鲁丁", "州政府将拨款")]),
    _bank("my-mp-with-datuk", "峇都国会议员拿督林德明也出席了当晚的宴会。", {"林德明": ["峇都国会议员"]}),
    _bank("my-tan-sri-alone", "马来西亚华总会长丹斯里吴添福宣布，将捐出十万令吉作为奖学金。丹斯里郑福成则捐出五万令吉。",
          {"吴添福": ["马来西亚华总会长"], "郑福成": []}),
    _bank("my-tun-after-former-title", "前首相敦阿都拉昨日出席了研讨会。", {"阿都拉": ["前首相"]}),
    _bank("heading-city-leaders", "出席活动的市领导还有王建军、刘晓燕、陈志强。", {"王建军": [], "刘晓燕": [], "陈志强": []}),
    _bank("heading-traditional", "縣府一級主管陳明哲、林淑芬、張志豪陪同視察。", {"陳明哲": [], "林淑芬": [], "張志豪": []}),
    _bank("former-traditional", "前行政院長蘇正平出席座談會時指出，能源轉型需要長期規劃。", {"蘇正平": ["前行政院長"]}),
    _bank("former-yuan", "原国家林业局副局长赵学文作主旨报告。", {"赵学文": ["原国家林业局副局长"]}),
    _bank("acting-mayor-traditional", "代理市長黃仁傑主持市政會議，要求各局處加強防颱準備。", {"黃仁傑": ["代理市長"]}),
    _bank("two-titles-joined-by-ji", "国务院副总理刘文海及商务部部长王长青出席签约仪式。",
          {"刘文海": ["国务院副总理"], "王长青": ["商务部部长"]}),
    _bank("chain-then-deng", "省委常委、常务副省长王立群等领导出席了开工仪式。", {"王立群": ["省委常委", "常务副省长"]}),
    _bank("elided-city-committee", "镇海市委书记韩明远、市长陈思源出席活动并为获奖企业颁奖。", {"韩明远": ["镇海市委书记"], "陈思源": ["市长"]}),
    _bank("macau-secretary", "社會文化司司長歐陽嘉慧在開幕禮上致辭，並與嘉賓一同參觀展覽。", {"歐陽嘉慧": ["社會文化司司長"]}),
    _bank("macau-director-quote-after", "「今年首三季的旅客人次已恢復至疫情前水平。」旅遊局局長何詠芝在記者會上說。", {"何詠芝": ["旅遊局局長"]},
          [("何詠芝", "今年首三季的")]),
    _bank("sg-mp-quote", "义顺集选区国会议员黄国辉在基层活动上说：“我们会继续倾听居民的心声。”", {"黄国辉": ["义顺集选区国会议员"]},
          [("黄国辉", "我们会继续倾")]),
    _bank("my-minister", "交通部长陆振华在记者会上指出，新的巴士路线将在下月启用。", {"陆振华": ["交通部长"]}),
    _bank("tw-mayor-interrupted-quote", "「這條捷運線是市民期待已久的建設，」高雄市長陳立德說，「我們一定會如期完工。」", {"陳立德": ["高雄市長"]},
          [("陳立德", "這條捷運線是"), ("陳立德", "我們一定會如")]),
    _bank("former-envoy-and-professor-after", "前驻美大使吴建平在论坛上发言。清华大学李明远教授也出席了论坛。",
          {"吴建平": ["前驻美大使"], "李明远": ["教授"]}),
    _bank("hk-jp-style-after-name", "中華總商會會長王振邦太平紳士致辭。", {"王振邦": ["中華總商會會長"]}),
    _bank("after-names-in-a-list", "李国强主席、王海涛秘书长分别致辞。", {"李国强": ["主席"], "王海涛": ["秘书长"]}),
    _bank("academician-chain-quote", "中国工程院院士、浙江大学教授刘海峰表示：“人工智能正在改变传统制造业。”",
          {"刘海峰": ["中国工程院院士", "浙江大学教授"]}, [("刘海峰", "人工智能正在")]),
    _bank("party-secretary-and-chairman", "中铁建工集团党委书记、董事长何志勇主持会议。", {"何志勇": ["中铁建工集团党委书记", "董事长"]}),
    _bank("surname-and-title-later-traditional", "副市長張雅婷表示，市府將增設三處托嬰中心。張副市長也提到，明年將擴大補助。",
          {"張雅婷": ["副市長"]}),
    _bank("titles-before-deng", "区长何立新、副区长邓雪梅等出席。", {"何立新": ["区长"], "邓雪梅": ["副区长"]}),
    _bank("hk-councillor-after-name", "葉志偉議員在會上提問。", {"葉志偉": ["議員"]}),
    _bank("champion-is-a-description", "世界冠军王楚然在活动现场与小球迷互动。", {"王楚然": []}),
    _bank("township-chief-deng-ren-traditional", "鄉長陳文山等人陪同視察。", {"陳文山": ["鄉長"]}),
]

PEOPLE = [
    _bank("dot-joined-foreign", "德国博世公司亚太区总裁马丁·施密特在签约仪式上表示，中国市场对集团至关重要。",
          {"马丁·施密特": ["德国博世公司亚太区总裁"]}),
    _bank("hyphen-and-dot", "法国驻华大使让-皮埃尔·杜瓦尔出席了开幕式。", {"让-皮埃尔·杜瓦尔": ["法国驻华大使"]}),
    _bank("latin-name", "Vexa公司首席执行官John Smith在发布会上介绍了新产品。", {"John Smith": ["Vexa公司首席执行官"]}),
    _bank("credits-are-authors", "本报讯（记者王晓东 通讯员李娜）昨天，市卫健委主任孙立平带队检查了全市发热门诊。", {"孙立平": ["市卫健委主任"]}),
    _bank("credits-are-authors-traditional", "【本報訊】記者陳美玲報道：香港貿發局主席林建華昨日宣布，今年的展覽會將增設三個展館。",
          {"林建華": ["香港貿發局主席"]}),
    _bank("credit-line-tw", "記者林志明／台北報導\n台北市長蔣明德今天出席植樹活動。", {"蔣明德": ["台北市長"]}),
    _bank("name-that-is-a-word", "副市长高峰出席并讲话。他强调，要确保节日期间市场供应平稳。春运客流高峰即将到来。", {"高峰": ["副市长"]}),
    _bank("name-that-is-a-word-2", "校长方正介绍，学校今年新增了三个专业，并将继续推进文明校园建设。", {"方正": ["校长"]}),
    _bank("name-that-is-a-word-3", "市文旅局局长黎明介绍，黄金周期间全市接待游客三百万人次。", {"黎明": ["市文旅局局长"]}),
    _bank("list-ending-deng", "张明华、刘小红、陈立新等10名选手进入了决赛。", {"张明华": [], "刘小红": [], "陈立新": []}),
    _bank("list-ending-deng-ren-traditional", "獲獎者包括黃淑貞、李志偉、吳家豪等人。", {"黃淑貞": [], "李志偉": [], "吳家豪": []}),
    _bank("surname-and-honorific", "市民王先生说，新开通的地铁线让他上班节省了半小时。", {}),
    _bank("surname-and-honorific-quote-traditional", "家住沙田的陳女士說：「排隊時間比去年短多了。」", {}),
    _bank("surname-and-honorific-after-full-name", "经营户王建华介绍，今年店里的生意比去年好。王先生说：“客人多了，回头客也多了。”",
          {"王建华": []}, [("王建华", "客人多了，回")]),
    _bank("foreign-name-quote-after", "“俄中合作前景广阔，我们期待更多项目落地。”俄罗斯远东发展部副部长伊万·彼得罗夫说。",
          {"伊万·彼得罗夫": ["俄罗斯远东发展部副部长"]}, [("伊万·彼得罗夫", "俄中合作前景")]),
]

QUOTES = [
    _bank("colon-before", "市长张卫东表示：“我们将全力保障项目落地，做好服务工作。”", {"张卫东": ["市长"]}, [("张卫东", "我们将全力保")]),
    _bank("comma-before-hk", "勞福局局長孫玉明指出，「政府會密切留意勞工市場的變化，適時推出支援措施。」", {"孫玉明": ["勞福局局長"]},
          [("孫玉明", "政府會密切留")]),
    _bank("speaker-after", "“今年景区接待游客量明显增加，节假日一票难求。”景区管委会主任刘洋说。", {"刘洋": ["景区管委会主任"]},
          [("刘洋", "今年景区接待")]),
    _bank("speaker-between", "“这是一个新的起点，”李华说，“我们会继续加大研发投入，把产品做得更好。”", {"李华": []},
          [("李华", "这是一个新的"), ("李华", "我们会继续加")]),
    _bank("previous-sentence", "青山县委书记王建国介绍了今年的脱贫计划。“我们要在年底前完成全部危房改造任务。”", {"王建国": ["青山县委书记"]},
          [("王建国", "我们要在年底")]),
    _bank("pronoun-he", "赵志刚在会上回顾了公司五年来的发展历程。他说：“成绩来之不易，要倍加珍惜。”", {"赵志刚": []}, [("赵志刚", "成绩来之不易")]),
    _bank("pronoun-she-traditional", "衛生局局長李慧君昨日巡視疫苗接種站。她表示：「接種率已超過九成，市民反應踴躍。」", {"李慧君": ["衛生局局長"]},
          [("李慧君", "接種率已超過")]),
    _bank("hk-quote-then-zhi", "「市民對新措施的反應大致正面。」運輸署署長陳家輝指。", {"陳家輝": ["運輸署署長"]}, [("陳家輝", "市民對新措施")]),
    _bank("reported-speech-is-no-quote", "李明表示，将进一步优化营商环境，吸引更多企业落户。", {"李明": []}),
    _bank("work-title-and-slogan", "文化和旅游部部长孙志远在讲话中提到《长江文化保护规划》，他强调，要深入推进“一带一路”文化交流。",
          {"孙志远": ["文化和旅游部部长"]}),
    _bank("scare-quotes", "记者走访发现，不少“网红”餐厅排起了长队。店长林晓峰说，周末每天要接待上千名顾客。", {"林晓峰": ["店长"]}),
    _bank("over-two-paragraphs", "董事长郑海燕在年会上回顾了一年来的工作。\n“这一年我们经历了很多困难，但团队没有放弃。\n“新的一年，我们要把创新放在更加突出的位置。”",
          {"郑海燕": ["董事长"]}, [("郑海燕", "这一年我们经"), ("郑海燕", "新的一年，我")]),
    _bank("press-release-is-a-document-traditional", "市府在新聞稿中指出：「本次調整將於下月起實施。」市長林宏達則表示，會持續聽取市民意見。",
          {"林宏達": ["市長"]}),
    _bank("theme-is-no-quote", "本届论坛以“数字赋能 绿色发展”为主题，省长陈光明出席开幕式并致辞。", {"陈光明": ["省长"]}),
    _bank("smiling-says-after", "“农民的日子越过越红火了。”村党支部书记马国庆笑着说。", {"马国庆": ["村党支部书记"]}, [("马国庆", "农民的日子越")]),
    _bank("nested-unnamed-inner", "张立平回忆说：“父亲常对我说‘做人要踏实’，这句话我一直记在心里。”", {"张立平": []}, [("张立平", "父亲常对我说")]),
    _bank("wish-with-addressee", "省委书记陈志远希望广大青年“敢于担当、勇于创新”。", {"陈志远": ["省委书记"]}, [("陈志远", "敢于担当、勇")]),
    _bank("colon-before-traditional-tw", "文化部長李永良昨天在開幕典禮上說：「這是臺灣文化走向國際的重要一步。」", {"李永良": ["文化部長"]},
          [("李永良", "這是臺灣文化")]),
    _bank("after-with-title-after-name-traditional", "「我們希望把這項技術推廣到更多學校。」陳美華教授說。", {"陳美華": ["教授"]},
          [("陳美華", "我們希望把這")]),
    _bank("previous-sentence-biaoshi-traditional", "澳門經濟局局長戴建業表示，今年的展會吸引了更多葡語國家企業參展。「我們會繼續做好平台的角色。」",
          {"戴建業": ["澳門經濟局局長"]}, [("戴建業", "我們會繼續做")]),
    _bank("my-quote-after-with-style", "“华社必须团结一致，才能争取更多资源。”马华总会长拿督斯里魏家强说。", {"魏家强": ["马华总会长"]},
          [("魏家强", "华社必须团结")]),
]

HARDER = [  # longer organisation names, names without a Chinese surname, places that look like names, speakers far from their words
    _bank("sg-second-minister-jian", "新加坡人力部长兼贸工部第二部长陈振华在对话会上回答了企业的提问。",
          {"陈振华": ["新加坡人力部长", "贸工部第二部长"]}),
    _bank("ministry-name-with-enumeration", "马来西亚投资、贸易及工业部副部长刘振宇表示，政府将推出新的税务优惠。",
          {"刘振宇": ["马来西亚投资、贸易及工业部副部长"]}),
    _bank("bureau-with-ji-traditional", "政制及內地事務局局長曾志峰率團訪問大灣區城市。", {"曾志峰": ["政制及內地事務局局長"]}),
    _bank("permanent-secretariat", "澜湄合作中心常设秘书处秘书长黄振邦出席并致辞。", {"黄振邦": ["澜湄合作中心常设秘书处秘书长"]}),
    _bank("japanese-name", "日本经济产业大臣山田健太郎在会上发言。", {"山田健太郎": ["日本经济产业大臣"]}),
    _bank("japanese-name-traditional", "日本台灣交流協會台北事務所副代表佐藤正雄今天拜會縣府。", {"佐藤正雄": ["日本台灣交流協會台北事務所副代表"]}),
    _bank("korean-name", "韩国驻华大使朴志勋在招待会上致辞。", {"朴志勋": ["韩国驻华大使"]}),
    _bank("company-short-name", "苏州佳讯达科技董事长邵明辉介绍，公司今年营收增长三成。", {"邵明辉": ["苏州佳讯达科技董事长"]}),
    _bank("company-short-name-traditional", "宏碩電子總經理陳俊宏表示，明年將擴大在越南的產能。", {"陳俊宏": ["宏碩電子總經理"]}),
    _bank("special-assistant", "印尼海洋与投资统筹部部长特别助理巴斯卡拉·苏哈尔托在论坛上发言。",
          {"巴斯卡拉·苏哈尔托": ["印尼海洋与投资统筹部部长特别助理"]}),
    _bank("district-is-no-person-traditional", "活動於元朗公園舉行，吸引了上千名市民參加。", {}),
    _bank("yu-before-a-place-traditional", "論壇於世貿中心舉行，市長吳志強出席開幕式。", {"吳志強": ["市長"]}),
    _bank("president-general-after-name", "李振华总会长在会上致辞。", {"李振华": ["总会长"]}),
    _bank("foreign-name-quote-after-traditional", "「水資源管理需要區域合作。」亞洲水資源協會會長卡洛斯·門多薩說。",
          {"卡洛斯·門多薩": ["亞洲水資源協會會長"]}, [("卡洛斯·門多薩", "水資源管理需")]),
    _bank("same-person-shorter-title-later", "福建省委书记林振华出席开幕式并宣布开幕。会后，省委书记林振华还考察了参展企业。",
          {"林振华": ["福建省委书记", "省委书记"]}),
    _bank("council-speaker-and-councillor-traditional", "新北市議會議長蔡明哲、市議員林佩君出席啟用典禮。",
          {"蔡明哲": ["新北市議會議長"], "林佩君": ["市議員"]}),
    _bank("party-member-and-deputy", "国务院国资委党委委员、副主任王海明出席会议并讲话。", {"王海明": ["国务院国资委党委委员", "副主任"]}),
    _bank("pronoun-after-quote", "总经理陈建军介绍，新车间下月投产。“我们还要继续扩大产能，争取明年翻番。”他补充道。",
          {"陈建军": ["总经理"]}, [("陈建军", "我们还要继续")]),
    _bank("according-to-is-no-quote", "据市商务局局长黄伟介绍，今年前三季度全市进出口总额增长百分之十二。", {"黄伟": ["市商务局局长"]}),
    _bank("interview-colon", "市应急管理局局长丁志强在接受本报记者采访时表示：“安全生产没有旁观者，每个人都要绷紧这根弦。”",
          {"丁志强": ["市应急管理局局长"]}, [("丁志强", "安全生产没有")]),
    _bank("between-with-title", "“安全生产没有旁观者，”市应急管理局局长丁志强强调，“每个人都要绷紧这根弦。”",
          {"丁志强": ["市应急管理局局长"]}, [("丁志强", "安全生产没有"), ("丁志强", "每个人都要绷")]),
    _bank("surname-and-title-after-quote-traditional", "屏東縣長周春雄昨天出席記者會。「今年的觀光人潮比預期多出兩成。」周縣長表示。",
          {"周春雄": ["屏東縣長"]}, [("周春雄", "今年的觀光人")]),
    _bank("two-speakers-one-paragraph", "市长李伟说：“今年要办好十件民生实事。”副市长王芳接着说：“教育和医疗是重中之重。”",
          {"李伟": ["市长"], "王芳": ["副市长"]}, [("李伟", "今年要办好十"), ("王芳", "教育和医疗是")]),
    _bank("guests-include-traditional", "出席貴賓包括立法委員陳品妤、縣議會議長洪志成。", {"陳品妤": ["立法委員"], "洪志成": ["縣議會議長"]}),
    _bank("cppcc-party-secretary-chain", "市政协党组书记、主席周立平主持会议。", {"周立平": ["市政协党组书记", "主席"]}),
    _bank("hk-chief-executive-officer-traditional", "新世界集團行政總裁陳德明表示，集團會繼續投資香港。", {"陳德明": ["新世界集團行政總裁"]}),
    _bank("un-under-secretary", "联合国副秘书长卡琳娜·莫拉莱斯出席开幕式并致辞。", {"卡琳娜·莫拉莱斯": ["联合国副秘书长"]}),
    _bank("co-founder-chain", "蓝鲸汽车联合创始人、总裁王俊伟宣布了新车型的上市时间。", {"王俊伟": ["蓝鲸汽车联合创始人", "总裁"]}),
    _bank("compound-surname-title-after", "欧阳明辉院长介绍了医院的发展规划。", {"欧阳明辉": ["院长"]}),
    _bank("tells-reporter-after", "“今年的订单已经排到了年底。”厂长黄德顺对记者说。", {"黄德顺": ["厂长"]}, [("黄德顺", "今年的订单已")]),
    _bank("clause-in-reported-speech", "省长陈光明在致辞中说，江苏将进一步扩大开放，“我们欢迎各国企业来江苏投资兴业”。",
          {"陈光明": ["省长"]}, [("陈光明", "我们欢迎各国")]),
    _bank("she-continued-traditional", "房屋局局長鄧淑儀昨日表示，公屋輪候時間已縮短。她續稱：「我們會繼續增加公營房屋供應。」",
          {"鄧淑儀": ["房屋局局長"]}, [("鄧淑儀", "我們會繼續增")]),
    _bank("unnamed-spokesperson", "外交部发言人表示：“中方愿同各方一道，推动局势缓和。”", {}),
    _bank("question-then-answer", "“为什么选择这里？”面对记者的提问，总经理陈志国笑着说：“因为这里的营商环境好，配套也齐全。”",
          {"陈志国": ["总经理"]}, [("陈志国", "因为这里的营")]),
    _bank("trader-admits-traditional", "「疫情後的復甦比預期慢，很多店都撐不下去。」業者林文彬坦言。", {"林文彬": []}, [("林文彬", "疫情後的復甦")]),
    _bank("title-after-name-quote-after", "“这批设备明年就能全部到位。”王振华局长说。", {"王振华": ["局长"]}, [("王振华", "这批设备明年")]),
    _bank("johor-exco", "柔佛州行政议员林添顺在移交仪式上致词。", {"林添顺": ["柔佛州行政议员"]}),
    _bank("tw-special-assistant-and-director", "縣長特助李宗翰、文化局長張美惠陪同參觀。", {"李宗翰": ["縣長特助"], "張美惠": ["文化局長"]}),
]


def _people_and_quotes(text: str) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    record = extract(text)
    people = {p.name: list(dict.fromkeys(t.text for t in p.titles)) for p in record.people}
    quotes = sorted((q.speaker, q.text[:6]) for q in record.quotes if q.speaker)
    return people, quotes


@pytest.mark.parametrize("text, people, quotes", TITLES + PEOPLE + QUOTES + HARDER)
def test_passage(text, people, quotes):
    assert _people_and_quotes(text) == (people, quotes)
