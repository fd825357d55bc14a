"""Event vocabulary: the words event names end with and the kind each gives, in Simplified.

KINDS            event word -> Event.kind (a news conference or briefing is `press`, a product or plan release `launch`, an award
                 or commendation assembly a `ceremony`; sports events, contests (比赛 and 竞赛 whole: the tagger reads
                 them as verbs), festivals, markets (市集), courses (培训班, 训练营) and talks (讲座) are `other`; so are a temple's
                 festivals (宝诞, 神诞, 游神, 中元普渡, 清醮, 绕境), even with 庆典 after them (天后宝诞庆典, 卫塞节庆典)).
PAIRED_KINDS     event words that, joined to another event by 暨, take the other's kind (a signing or promotion session
                 held as part of a fair is named after it).
SITTING_ACTS     acts joined by 暨 to a sitting's name (会员大会暨理事选举): the name runs on to them.
OCCASION_WORDS   trailing words that name only the occasion, dropped from an event name (…研讨会开幕典礼 -> …研讨会).
CONTRACTED_WORDS contracted event words (博会 of 博览会) that make a name with a single character before them.
SEGMENT_WORDS    counted nouns whose enumerated items are the event's structure.
ROUTINE_MEETINGS a body's standing sessions (常务会议, 党组会议, a city's or cabinet's weekly 市政会议 or 院会) and a company's board sessions (董事会, 监事会): its
                 business, told as policy news or company results, not an event (a general meeting is one: GENERAL_MEETINGS).
TOLD_AT          words before an event word that make a results briefing (业绩说明会, 投资者交流会): `press` when held in a
                 sentence of its own; where the sentence tells the results, the session where news is told, not an event (a
                 company's results are the news).
OPENING_WORDS    words right after an event's name that report it held or opening (开幕, 举行, 鸣枪, 隆重): the name is of
                 the event the article reports.
OPENED_VERBS     verbs after a day that make it the event's first day (25日开幕, 28日起公开展出).
CLOSING_VERBS    verbs after a day that make it the event's last day (29日闭幕, 落下帷幕).
RUNNING_VERBS    verbs before 至/到 and a day that make the day the last one (持续至, 展出到).
HELD_VERBS       verbs that 今/昨/明 before them date (今开幕, 昨举行, 明开幕).
Each of these is matched in the order written here.
CASE_WORDS       words of a court or police item (宣判, 拘捕, 涉嫌): its lead tells of a case, and an event it names (a festival a
                 fraud was staged under, a news conference the police held) is not what it reports.
READINGS         a bill passed at a reading (三读通过): legislation news, like a title issued.
ISSUED_VERBS     verbs that issue a policy document (印发, 出台) before its title in 《》: the lead of policy news.
PAST_WORDS       time words that put a holding verb in another edition's time (去年举办的, 上届, 去年在…上): the event named
                 after them is an earlier one.
LATER_WORDS      time words of a later day, week, month or year (下周, 下个月, 明年): a name the tagger opens with one (下周|议息会议),
                 or a holding verb after one in its clause (会在下月举行的记者会), is an event to come, not one reported.
JUST_HELD_WORDS  time words of the last days or weeks (上周, 上个月, 早前, 日前, 刚刚, 甫) before a holding or closing verb and 的
                 (上周举行的X, 日前闭幕的X, 刚刚落幕的X): the event reported after the fact, with its results, not an earlier one.
JUST_HELD_VERBS  the verbs that follow them (举行, 闭幕, 落下帷幕).
ROUTINE_HOLDERS  standing bodies whose own sessions are routine (常委会, 党组, 董事会, a Malaysian state's 行政议会): a meeting one holds without a name
                 (市委常委会召开会议，传达学习…) is its business, not an event.
GROUNDS_ENDINGS  grounds an event is held in (文化园区, 公园, 文创园): a place named inside one (華山|文化园区) is where in the
                 city, and a dateline's place is the city.
STEP_WORDS       an event's preparatory steps, or the sale of what it launches (报名, 售票, 募集, 发售): a range right after one
                 (报名时间为11月1日至15日), or right before one in its clause (将于10月20日至24日展开募集), is the step's
                 period, not the event's days.
BALLOT_WORDS     the draw a race or show with more entrants than places holds (抽签, 中签): with STEP_WORDS, right after an
                 event's name (马拉松报名人数, 马拉松抽签结果) the news is the step's figures, not the event held.
RELEASED_WORKS   works a launch releases (新书, 特刊, 画册): before a launch word (新书推介礼, 举行新书发表会) the launch releases
                 the work, so it is an event though unnamed, told either after a holding verb or as the subject held (…的新书推介礼昨日在…举行).
WORK_LAUNCHES    sessions that launch a work (推介会, 发表会, 分享会, 签书会, 首发式) after one of RELEASED_WORKS (新书推介会, 新书签书会):
                 a `launch`, unnamed even where the work's title stands before it (《某某》新书推介会: the title is the work's), and
                 read without the KINDS table (签书会 is no event word elsewhere; 推介会 alone is a conference).
SIDE_EVENTS      what a side event is to the fair or festival it is held beside (配套活动, 系列活动, 同期活动): before a dash
                 (…博览会配套活动——X论坛) the event reported is X, the fair only its context.
TOLD_VERBS       verbs of telling news (公布, 统计, 宣布, 表示): a day they follow (主办单位今（25）日公布) is when the news was told, not a
                 day of the event.
FIGURES_WORDS    words of a lead that reports a period's figures (同比, 按年) or a company's results (财报, 净利): a news
                 conference it tells them at is no event.
PERIOD_FIGURES_WORDS, RESULTS_WORDS  the two halves of FIGURES_WORDS: a period's figures (同比, 按年, 个百分点) may follow a body's
                 news conference the lead reports (舉行記者會，介紹…。局長表示，…按年上升); a company's results (净利, 营收) never do.
ECONOMY_TOPICS   words of a news conference's topic that make it a release of the economy's or a sector's statistics
                 (经济运行情况, 外贸运行情况, 生产总值): a statistics release, no event.
STATISTICS_HOLDERS words of a statistics body's name (统计局, 主计处): its news conference is a statistics release.
OTHER_NEWS_WORDS words of a lead that reports something else: figures and results, the weather (预警, 天文台), a match's
                 result or a title or medal won (击败, 逼和, 夺冠, 冠军, 金牌), exam results (放榜), a rate decision (减息, 政策利率),
                 a death (逝世, 享年), an accident (事故, 火灾). An event it names is reported only when the lead says it opens or is held.
NOT_HELD_WORDS   words between an event's name and its holding verb that say it is not held now (将如期登场, 定于…举行, 原定…延期,
                 延后举行, 取消举办), or before a holding verb that only discuss holding it (探讨合作举办X的可能), or put it at a
                 time still to come (届时会举行新书推介会).
BESIDE_ENDINGS   endings of a description of where beside a landmark (金鸡湖畔, 黄浦江边, 江南水乡): the tagger's places, but
                 no place an event is in.
GENERIC_MODIFIERS words that only say what sort of session or release an event word is (专题会议, 特别会议, 新品发布会,
                 新书发布会, 投资签约仪式, a body's 理事会会议 or 村民代表会议): the words and the event word are no name, an event held under them is unnamed.
PRESS_SORTS      words before a news conference's word that say only what sort it is (例行, 联合, 紧急, 政策吹风会, 传媒简报会, 线上,
                 首场) or why it is held (说明, 澄清, 道歉): with them alone before it the conference is unnamed; with a topic
                 (防汛救灾工作新闻发布会, 颱風災情記者會) the topic and the word are its name.
GATHERINGS       receptions, parties and charity sales (晚宴, 午宴, 招待会, 团拜会, 义卖会), kind `other`: one a body holds is an event
                 though unnamed.
HELD_ACTIVITIES  activities a body holds for the public or its members (讲座, 工作坊, 分享会, 嘉年华, 说明会, 交流会, 培训班), with the kind
                 KINDS gives them: one a body holds that day (X今天举办健康讲座) is an event though unnamed; 活动 only after a
                 community drive (COMMUNITY_DRIVES: 植树活动, 捐血活动).
UNLISTED_ACTIVITIES activities no event name ends with (开放日, 春茗, 茶会, 义诊), kind `other`: read only where a body holds one
                 (X昨日举行开放日), never as a name's event word (they are no KINDS, so they change no keyword spans).
COMMUNITY_DRIVES drives a body runs for a day (植树, 捐血, 清洁, 敬老): 活动 after one is the unnamed activity it holds.
BARE_ACTS        acts a ceremony word after them names (捐赠|仪式, 移交|仪式, 上梁|仪式): a run of them (捐赠移交仪式), with the
                 new thing they are done to before them (新校舍上梁仪式), makes a kind of ceremony, not a name.
CEREMONIAL_ACTS  acts that are a ceremony without the word (落成启用, 揭牌成立, 剪彩开业): an unnamed ceremony.
DOORS_OPENING    what a shop, branch, clinic or market does on its first day (开张, 开业, 重新开放, 开门迎客): with a ribbon cut or
                 an opening presided over in the same sentence (OPENING_PRESIDED), an unnamed ceremony.
OPENING_PRESIDED a ribbon cutting or a guest who opens (剪彩, 主持开幕): what makes a shop's first day a ceremony.
BRANCH_ENDINGS   what a business's outlet is called after its name (旗舰店, 分行, 门市, 分所): the name before it, less a place, is
                 the business that opens it.
PERFORMANCE_NOUNS what is performed, played or shown at an event (演出, 比赛, 展览): a sentence opening with one tells of
                 the event (演出由…主办).
ANNUAL_SESSIONS  the yearly session of a series, part of the name after it (…论坛年会): not a stage of the event (…大会会议阶段).
ORGANIZER_ENDINGS endings of bodies that organise events but name no organisation elsewhere (a museum, an agency, a
                 university department): they
                 count only where the slot takes bodies alone (由…主办, 主办单位为…).
OBJECT_VERBS     verbs that take an event as their object (推出, 亮相, 助力, 走进): before a name that opens with a place or a
                 proper noun (推出|澄州夏日…季, 亮相|中国（岚山）…博览会) they are the clause's, not the name's.
MODIFIED_NOUNS   nouns an event word modifies (晚宴|套餐, 论坛|网站, 展会|门票, 晚会|礼服, 年会|员卡): the noun is the thing
                 spoken of, no event.
DRILL_WORDS      exercises and drills a public body holds (演练, 演习): `other`, held that day; named as written with a year or an
                 edition before them (2026年某市防汛抢险综合应急演练, 第49号万安演习), unnamed after a holding verb (举行消防演练).
CONSULTATION_WORDS a public consultation a body opens on a plan (公众咨询, 公开咨询, 公开征求意见): `other` where the lead gives its period
                 (为期45日, 至10月15日); named as written only where the quoted plan stands right before the word.
                 One announced with its days after it (…公开咨询将于9月1日至10月15日举行) is read as opened on its first day.
SITTING_BODY_ENDINGS endings of public bodies that sit (委员会, 议会, 咨询局): one that 开会 that day holds an unnamed meeting.
HOLDER_DESCRIPTOR_KINDS, HOLDER_TRADE_ENDINGS  a descriptor's last word before a company's bare trade name, and the trade
                 endings of such a name (本地晶圆代工商|东灵半导体).
TRADE_ENDINGS    a paper's or a company's trade ending its name (松川日报, 青禾传媒): a whole name in such a slot, but no place to
                 split a list at 和 (文化|和旅游厅 is one department).
"""

KINDS = {
    "大会": "conference", "研讨会": "conference", "交流会": "conference", "推介会": "conference", "学术会议": "conference",
    "报告会": "conference", "讲座": "other", "论坛": "forum", "高峰论坛": "forum", "峰会": "summit", "高峰会": "summit",
    "博览会": "expo", "展会": "expo", "展": "expo", "展销会": "fair", "展售会": "fair", "贸易展": "fair", "商贸展": "fair", "博会": "expo", "博览": "expo", "联展": "expo", "交会": "fair", "洽会": "fair", "贸会": "fair", "展览会": "fair", "展览": "fair", "交易会": "fair",
    "洽谈会": "fair", "书展": "fair", "书市": "fair", "博览交易会": "fair", "交易博览会": "fair", "商品交易会": "fair",
    "签约仪式": "ceremony", "仪式": "ceremony", "典礼": "ceremony", "开幕礼": "ceremony", "开幕式": "ceremony", "开业礼": "ceremony",
    "揭幕礼": "ceremony", "启用礼": "ceremony", "落成礼": "ceremony", "颁奖礼": "ceremony", "颁奖典礼": "ceremony",
    "年会": "meeting", "会议": "meeting", "座谈会": "meeting", "联席会议": "meeting", "推进会": "meeting", "对接会": "meeting",
    "发布会": "launch", "新品发布会": "launch", "首发式": "launch", "新品上市仪式": "launch", "上市发布会": "launch", "发表会": "launch", "新品发表会": "launch", "推介礼": "launch", "招待会": "other", "活动": "other", "晚会": "other",
    "新闻发布会": "press", "记者会": "press", "记者说明会": "press", "新闻通气会": "press", "新闻吹风会": "press", "记者招待会": "press", "吹风会": "press", "通气会": "press", "见面会": "press",
    "颁奖仪式": "ceremony", "颁奖大会": "ceremony", "奖励大会": "ceremony", "表彰大会": "ceremony", "庆典": "ceremony",
    "表扬大会": "ceremony", "表彰会": "ceremony", "颁奖会": "ceremony", "颁奖晚会": "ceremony", "授奖大会": "ceremony",
    "通报会": "press", "简报会": "press", "对话会": "conference", "工作大会": "meeting",
 "招商会": "conference", "说明会": "conference", "招聘会": "fair", "订货会": "fair",
    "晚宴": "other", "庆典晚宴": "other", "宴会": "other", "酒会": "other", "茶话会": "other", "联欢会": "other", "团拜会": "other",
    "运动会": "other", "运会": "other", "赛": "other", "比赛": "other", "竞赛": "other", "赛车": "other", "马拉松": "other", "竞渡": "other", "节": "other", "嘉年华": "other", "音乐会": "other", "演唱会": "other",
    "灯会": "other", "庙会": "other", "市集": "other", "品鉴会": "other", "分享会": "other",
    "活动周": "other", "宣传周": "other", "时装周": "other", "设计周": "other", "文化周": "other", "艺术周": "other", "电影周": "other",
    "科技周": "other", "能源周": "other", "创新周": "other", "美食周": "other", "音乐周": "other", "购物周": "other", "旅游周": "other", "非遗周": "other",
    "水周": "other", "遗产周": "other", "文学周": "other", "读书周": "other", "戏剧周": "other", "舞蹈周": "other", "动漫周": "other", "品牌周": "other",
    "时尚周": "other", "体育周": "other", "健康周": "other", "教育周": "other", "数字周": "other", "消费周": "other", "创业周": "other",
    "青年周": "other", "美术周": "other", "博物馆周": "other", "国际周": "other",
    "艺术季": "other", "文化季": "other", "旅游季": "other", "购物季": "other", "消费季": "other", "音乐季": "other", "电影季": "other",
    "美食季": "other", "读书季": "other", "巡游": "other", "游园会": "other", "园游会": "other", "花祭": "other", "灯光秀": "other", "汇演": "other",
    "分析会": "meeting", "调度会": "meeting", "部署会": "meeting", "动员会": "meeting", "现场会": "meeting", "观摩会": "meeting",
    "定期会": "meeting", "临时会": "meeting", "月常会": "meeting", "常月会": "meeting", "业务会报": "meeting", "工作会报": "meeting", "恳谈会": "meeting", "协调会": "meeting", "汇报会": "meeting", "总结会": "meeting", "论证会": "meeting", "听证会": "meeting", "公听会": "meeting",
    "培训班": "other", "研修班": "other", "进修班": "other", "讲习班": "other", "训练营": "other", "夏令营": "other", "冬令营": "other",
    "研习营": "other", "工作坊": "other",
    "团拜": "other", "花市": "other", "环保周": "other", "青年营": "other", "音乐祭": "other", "交流周": "other", "评鉴会": "other",
    "嘉许礼": "ceremony", "启动礼": "ceremony", "起步礼": "ceremony", "亮灯礼": "ceremony",
    "毕业礼": "ceremony", "开学礼": "ceremony", "结业礼": "ceremony", "散学礼": "ceremony", "就职礼": "ceremony",
    "慈善跑": "other", "公益跑": "other", "义跑": "other", "路跑": "other", "欢乐跑": "other", "慈善步行": "other",
    "百万行": "other", "卖物会": "other", "义卖会": "other",
    "宝诞": "other", "神诞": "other", "宝诞庆典": "other", "神诞庆典": "other", "圣诞庆典": "other", "千秋庆典": "other", "节庆典": "other",
    "午宴": "other", "盆菜宴": "other", "祭典": "other", "游神": "other", "普渡": "other", "普度": "other", "法会": "other", "清醮": "other", "绕境": "other", "中元祭": "other", "运动日": "other",
}

GENERIC_MODIFIERS = ("专题", "专项", "特别", "临时", "紧急", "全体", "投资", "合作", "新品", "新产品", "新书", "新车", "新车型", "新服务",
                     "新款", "产品",
                     "理事会", "理监事会", "村民代表", "居民代表", "全体委员")

CONTRACTED_WORDS = ("博会", "交会", "洽会")
"""Contracted event words that make a name with one character before them (广交会, 东博会, 投洽会's 洽会)."""

OBJECT_VERBS = ("推出", "亮相", "助力", "走进", "见证", "启动", "迎来", "出席", "参加", "参与", "参观", "观摩", "宣布", "举办", "举行",
                "主办", "承办", "筹办", "召开")

MODIFIED_NOUNS = ("套餐", "菜单", "网站", "网页", "门票", "票务", "礼服", "员卡", "会员卡", "优惠券", "纪念品")

PLAN_NOUNS = ("方案", "工作方案", "推动方案", "实施方案", "行动方案", "活动方案", "总体方案")
"""Documents after an event word that name a plan for it (《2026某某消费季工作方案》, 「某某旅遊季」推動方案): a campaign
launched by a document is no event held."""

POSTED_AFTER = ("发帖", "发文", "留言", "贴文", "帖文", "帖子", "版主", "爆料", "网友")
"""Words after 论坛 that make it a web forum where posts are made (在网上论坛发帖, 论坛上发帖, 论坛版主): no event."""

NOT_EVENT_BEFORE = {"展": "发开进拓施伸扩推", "节": "环细季章关调礼音时情气小枝春", "年会": "青周", "法会": "立司"}
"""Characters that make an event word part of an ordinary word (发展, 环节) or of a body's name (青年会, a youth
association; 周年会庆, an anniversary; 立法会, 司法会计): 展, 节, 年会 and 法会 after them name no event."""

HELD_ACTIVITIES = ("讲座", "工作坊", "分享会", "嘉年华", "说明会", "交流会", "培训班", "慈善步行", "团拜", "活动")
UNLISTED_ACTIVITIES = ("开放日", "春茗", "茶会", "义诊", "健步行")
COMMUNITY_DRIVES = ("植树", "捐血", "献血", "清洁", "敬老", "义诊", "健步行", "义卖", "净滩")
GATHERINGS = ("晚宴", "宴会", "酒会", "招待会", "茶话会", "联欢会", "团拜会", "晚会", "午宴", "盆菜宴", "义卖会", "卖物会")

SITTING_ACTS = ("选举", "换届", "改选", "交接", "就职", "宣誓")
"""Acts a sitting is held for, joined to its name by 暨 (第45届会员大会暨理事选举): part of the one name."""

PAIRED_KINDS = ("签约仪式", "推介会", "说明会", "招商会", "仪式")

OCCASION_WORDS = ("开幕式", "开幕典礼", "开幕仪式", "闭幕式", "闭幕典礼", "开幕", "闭幕", "开幕礼", "云上开幕式", "启动仪式",
                  "启动礼", "启动典礼", "起步礼", "起步仪式", "亮灯礼", "亮灯仪式", "揭幕礼", "揭幕式", "揭幕仪式", "揭幕典礼",
                  "闭幕礼", "闭幕仪式")

SEGMENT_WORDS = ("板块", "版块", "部分", "展区", "分论坛", "专区", "单元", "展馆", "主题馆", "馆", "活动", "环节", "专场")


ORGANIZER_ENDINGS = ("机构", "馆", "图书馆", "博物馆", "美术馆", "纪念馆", "科技馆", "文化馆", "中心", "平台", "俱乐部", "工作室",
                     "剧团", "乐团", "少年宫", "文化宫", "华小", "国小", "国中", "街道", "茶坊", "分店", "分行", "百货", "人才市场", "出版社", "杂志社", "报社", "书店", "站", "所", "校", "园", "社", "团", "台", "系", "实验室", "研究室")

TRADE_ENDINGS = ("日报", "晚报", "早报", "商报", "时报", "周刊", "广电", "传媒", "文化", "文旅", "科技", "实业", "城投", "航空", "物流", "能源",
                 "电力", "汽车", "医药", "影业", "影视", "地产", "置业", "投资")

HOLDER_DESCRIPTOR_KINDS = ("商", "企", "厂", "集团", "公司", "企业", "巨头", "业者", "银行", "机构", "品牌", "龙头")
"""What a descriptor before a company's bare trade name ends in (本地晶圆代工商|东灵半导体, 大马种植巨头|金穗种植, 本地连锁超市集团|
青禾零售, 生物科技公司|丰禾医药): the kind of business it is, no part of the name that holds the event."""

HOLDER_TRADE_ENDINGS = ("零售", "置地", "半导体", "资产管理", "基金管理", "生技", "胶业", "产业", "控股", "银行", "证券", "集团")
"""Trade endings of a company's bare name besides the industry words (青禾零售, 嘉岚资产管理, 岚宇生技, 翠园产业): after a
descriptor, the name that holds the event."""

CASE_WORDS = ("宣判", "判处", "判决", "开庭", "庭审", "审理", "起诉", "公诉", "被告", "被判", "获刑", "拘捕", "逮捕", "拘留", "刑拘",
              "破获", "侦破", "捣毁", "落网", "涉嫌", "涉案", "立案", "通缉", "诈骗案", "受贿案", "骗案", "劫案", "凶案", "命案", "盗窃案")

READINGS = ("一读通过", "二读通过", "三读通过", "首读通过", "一般性通过", "细则性通过")
"""A bill passed at one of its readings (三读通过, 细则性通过): a lead of legislation news, with or without the bill's title in 《》."""

ISSUED_VERBS = ("印发", "出台", "颁布", "审议通过", "通过", "修订", "公布实施")

PAST_WORDS = ("去年", "前年", "上届", "上一届", "往届", "历届", "此前", "之前", "曾经", "曾", "过去")

JUST_HELD_WORDS = ("上个月", "上月", "上周", "上星期", "早前", "日前", "近日", "前不久", "不久前", "刚刚", "刚", "甫", "昨日", "昨天", "前天",
                   "月初", "本月", "已")

GROUNDS_ENDINGS = ("园区", "公园", "文创园", "创意园", "文化园")

SITTING_ASSEMBLIES = ("会员", "代表", "定期", "临时", "常年", "周年", "全体", "社员", "股东")
"""Words before 大会 that make it a body's own sitting (会员大会, 会员代表大会, 定期大会, 常年大会): a meeting, where a …大会 on a
field (体育产业大会, 互联网大会) is a conference."""

LEGISLATURES = ("立法会", "立法院", "议会", "国会", "下议院", "上议院", "参议院", "众议院")
"""Legislatures and elected councils (立法會, 區議會, 縣議會, 州议会, 国会): a sitting one holds (舉行大會, 召開全體會議, 進行總質詢)
is a meeting the page reports, whatever it passes or asks."""

ROUTINE_HOLDERS = ("常委会", "常务委员会", "党组", "党委会", "董事会", "监事会", "行政议会")

SHOW_WEEKS = ("时装周", "时尚周", "设计周", "艺术周", "美术周", "电影周", "音乐周", "戏剧周", "舞蹈周", "文学周", "动漫周")
"""Weeks of shows and of works shown (时装周, 设计周, 电影周): `other` even where the sentence tells of exhibitors (参展品牌), unlike a
trade week (…农业周, …机械工业周, 品牌周) whose exhibitors make it an `expo`."""

SCREENINGS = ("影展", "电影展", "片展")
"""Film festivals written with 展 (城市影展, 独立影展, 纪录片展): films screened, not exhibits shown (a 摄影展 shows photographs and stays `expo`), so `other` like a 电影节,
not an exhibition's `expo`."""

JOB_FAIR_WORDS = ("就业", "招聘", "人才", "职业", "求职", "招才", "征才", "双选", "供需")
"""Words before 博览会, 展 or a gathering's 会 (交流会, 见面会, 洽谈会) that make it a job fair (就业博览会, 人才交流会,
毕业生供需见面会, 招聘博览会): employers meet job seekers, `fair` like a 招聘会, not a trade or culture `expo`, a
conference or a press conference."""

JOB_FAIR_GATHERINGS = ("交流会", "见面会")
"""A gathering's words that a job-fair word before them makes a job fair (人才交流会, 供需见面会), where they otherwise name a
conference or a press conference; a …大会 stays what it is (人才发展大会 is a conference)."""

JOB_FAIR_MEETINGS = ("双选", "求职", "招才", "征才")
"""Words that with 会 alone make a job fair's name end (双选会: employers and graduates choose each other; 求职会, 征才会),
kind `fair` like a 招聘会."""

ANNUAL_WORDS = ("周年", "年度", "年终", "常年", "年中")
"""Words that make a press conference a body's yearly one (天文台周年记者会, 年终记者会): after the body's name, a name."""

TRIP_WORDS = ("此行", "行程", "访问", "出访", "访华", "考察", "之旅", "访问团", "考察团", "代表团")
"""Words that make a stated length a trip's (考察团此行为期6天, 访问为期三天): the days of a visit, not of the event attended."""

TRAVEL_FAIR_WORDS = ("旅", "旅游", "旅行")
"""Words right before 展 that make it a travel fair (国际旅展, 夏季旅游展, 旅行展): agencies and hotels sell trips to visitors,
`fair` like a 书展, not an exhibition's `expo`; a 旅游博览会 stays an `expo`."""

ROUTE_NOUNS = ("高速公路", "高速", "铁路", "高铁", "城际", "公路", "快速路", "连接路", "国道", "地铁", "轻轨", "航线", "大桥", "隧道",
               "输水", "管道", "线")
"""Heads of a route written A至B (玉林至北流高速公路, 铜仁至遵义铁路, 氹仔至深圳机场航线): 至 joins the two ends, not days."""

CONTEST_NOUNS = ("锦标赛", "联赛", "杯赛", "邀请赛", "公开赛", "大奖赛", "选拔赛", "对抗赛", "争霸赛", "挑战赛", "龙舟赛")
"""Words for a contest ending in 赛 (锦标赛, 联赛, 公开赛): a noun, the head of a name (…杯全国青少年游泳|锦标赛), though the
tagger may read it as a verb after a sport (游泳|锦标赛 as v)."""

EXHIBITION_NOUNS = ("特展", "画展", "影展", "个展", "花展", "灯展", "大展", "专展", "联展", "文物展", "艺术展", "回顾展",
                    "主题展", "书法展", "成果展", "作品展", "图片展", "精品展")
"""Words for an exhibition ending in 展 (特展, 画展, 摄影展, 文物展, 回顾展): a noun, the head of a name (王船信仰|特展, 雨林之歌|摄影展),
though the tagger may read it as a verb as it does 参展 or 观展."""

TEMPLE_ENDINGS = ("宫", "庙", "寺", "祠", "禅寺", "画廊")
"""Endings of temples and galleries that organise or co-organise an exhibition or festival (东湾天后宫, 青禾寺, 东灵画廊): bodies
only where the slot takes bodies alone (由…主办, …协办), three characters enough (青禾寺)."""

STANDING_DISPLAYS = ("常设展", "常设展览", "常设陈列", "基本陈列", "常态展")
"""A museum's standing display (故宫南院常设展, 基本陈列): part of the place, not an event held."""

PRETEXT_AFTER = ("为名", "为幌子", "名义", "的名义")
"""Words right after an event's name that make it a pretext (以举办慈善晚会为名, 假借籌辦慈善跑名義): the case is the news, the
event is none that is held."""

BALLOT_WORDS = ("抽签", "中签")

RELEASED_WORKS = ("新书", "新作", "新著", "特刊", "纪念刊", "画册", "诗集", "文集", "专辑", "绘本", "小说")

WORK_LAUNCHES = ("推介会", "推介礼", "发表会", "发布会", "发布礼", "分享会", "签书会", "签售会", "首发式", "首发会")

SIDE_EVENTS = ("配套活动", "系列活动", "同期活动", "周边活动", "重要活动", "主题活动", "平行活动", "专题活动", "延伸活动", "配套论坛", "同期论坛")

STEP_WORDS = ("报名", "预约", "申请", "售票", "购票", "订票", "征集", "征稿", "招募", "领取", "领物", "登记", "投稿", "募集", "认购", "申购", "发售")

TOLD_VERBS = ("公布", "统计", "宣布", "表示", "指出", "透露", "介绍", "获悉", "发表声明")

JUST_HELD_VERBS = ("举办", "举行", "召开", "闭幕", "落幕", "落下帷幕", "结束", "圆满结束")

PRESS_SORTS = ("例行", "定例", "定期", "常规", "联合", "紧急", "临时", "特别", "专题", "专场", "首场", "首次", "政策", "媒体", "传媒",
               "新闻", "记者", "线上", "网上", "在线", "视频", "网络", "现场", "每周", "每月", "每日", "年终", "年度", "周年", "简短",
               "大型", "小型", "说明", "澄清", "回应", "道歉", "声明", "抗议", "揭弊", "爆料", "控诉", "反击", "表态", "公开", "宣布",
               "参选", "辞职", "请辞", "赛前", "赛后", "会前", "会后")

PERIOD_FIGURES_WORDS = ("同比", "环比", "按年", "按季", "按月", "个百分点", "增长率", "成长率")

RESULTS_WORDS = ("财报", "业绩", "净利", "纯益", "营收", "营业收入", "盈余", "股息")

FIGURES_WORDS = (*PERIOD_FIGURES_WORDS, *RESULTS_WORDS)

ECONOMY_TOPICS = ("经济运行", "经济形势", "运行情况", "运行态势", "经济数据", "生产总值", "统计数据", "统计公报")

STATISTICS_HOLDERS = ("统计", "主计")

OTHER_NEWS_WORDS = (*FIGURES_WORDS, "预警", "警告信号", "天文台", "气象台", "气象局", "气象署", "台风", "寒潮", "暴雨", "击败", "战胜",
                    "战平", "逼平", "负于", "不敌", "告负", "输给", "夺冠", "夺得", "勇夺", "摘得", "晋级", "卫冕", "冠军", "金牌", "银牌", "铜牌", "逼和", "战和", "战罢", "力克", "险胜", "放榜", "事故", "车祸", "追撞", "火灾", "火警", "质询",
                    "减息", "降息", "加息", "基本利率", "政策利率", "存款准备金率", "贷款市场报价利率", "逝世", "病逝", "辞世", "离世",
                    "享年", "享寿")

LATER_WORDS = ("下个月", "下月", "下周", "下星期", "下礼拜", "明年", "后年", "明天", "明日", "会在", "会于")

NOT_HELD_WORDS = ("将", "届时", "拟", "计划", "预计", "原定", "原订", "定于", "订于", "延期", "延后", "推迟", "取消", "暂停", "停办", "探讨", "商讨")

BESIDE_ENDINGS = ("畔", "之滨", "岸边", "江边", "河边", "湖边", "海边", "水乡", "脚下", "山下", "之畔")

CEREMONIAL_ACTS = ("落成启用", "落成揭牌", "落成开馆", "落成开放", "落成典礼", "揭牌成立", "揭牌启用", "揭牌运营", "揭牌开馆", "挂牌成立",
                   "奠基开工", "剪彩开业", "剪彩启用", "开幕剪彩")

DOORS_OPENING = ("开幕", "开张", "开业", "开放", "开门迎客", "开门营业", "启用")

OPENING_PRESIDED = ("剪彩", "主持开幕", "主持揭幕", "主持开张", "主持开业", "鸣锣开张")

BRANCH_ENDINGS = ("旗舰店", "分店", "新店", "门市", "门店", "分行", "支行", "新分行", "分所", "分院", "专卖店", "体验店", "概念店", "店")

BARE_ACTS = ("捐赠", "捐款", "移交", "交接", "交付", "动土", "奠基", "上梁", "平顶", "封顶", "揭幕", "揭牌", "剪彩", "开幕", "启用", "落成",
             "签约", "升旗", "颁发", "颁奖", "就职", "宣誓", "开工", "竣工", "通车", "启动", "授旗", "授牌", "赠书", "开业", "开张", "交流", "欢迎")

PERFORMANCE_NOUNS = ("演出", "展演", "表演", "汇演", "巡演", "巡游", "比赛", "赛事", "展览", "展出")

ANNUAL_SESSIONS = ("年会", "年度会议", "年度大会")

TOLD_AT = ("业绩", "财报", "年报", "季报", "投资者")

INVESTOR_WORDS = ("法人",)
"""Words before an event word that make an investor briefing (法人说明会): when its own sentence tells the results (召开法人说明会，
公布…营收), a company's news told, no event; in a sentence of its own it stays what it was read as."""

ROUTINE_MEETINGS = ("常务会议", "常委会议", "常委会会议", "党组会议", "党委会议", "办公会议", "主任会议", "党组扩大会议", "常委扩大会议",
                    "党委扩大会议", "党委（扩大）会议", "党组（扩大）会议", "常委（扩大）会议",
                    "市政会议", "市务会议", "县政会议", "院会", "部务会议", "局务会议", "厅务会议", "署务会议",
                    "董事会", "董事会会议", "监事会", "监事会会议")

GENERAL_MEETINGS = ("股东大会", "股东会议", "股东常会", "股东临时会", "股东会", "债权人会议", "债权人大会")
"""A company's general meetings (股东大会, Taiwan's 股东常会 and 股东临时会, 股东会) and its creditors' meeting: with SITTING_OCCASIONS
before or inside them (常年股东大会, 股东周年大会, 年度股东大会, 股东特别大会), a kind of sitting, never a name alone. One a company holds
that day (X昨日举行股东周年大会) is a `meeting` the page reports, whatever it passes; written with its year (2025年年度股东大会,
2026年第一次临时股东大会) it is named as written. Unlike a board's sessions (董事会会议, ROUTINE_MEETINGS), which are routine."""

MEMBERS_MEETINGS = ("会员大会", "会员代表大会", "社员大会", "社员代表大会")
"""An association's general meetings (会员大会, 常年会员大会, 会员周年大会): written bare, a kind of sitting, no name; with the body's
name or an edition (某会馆第45届会员大会) the name path reads them."""

SITTING_OCCASIONS = ("常年", "周年", "年度", "特别", "临时")

MODAL_WORDS = ("容许", "允许", "可以", "须", "必须", "应当", "建议", "规定", "不得", "是否", "能否", "如何", "方式")
"""Words of a clause that make a holding verb a rule, a proposal or a question (草案建议容许上市公司以电子方式召开股东大会): no
meeting held."""
"""Words of which general meeting it is, before 股东/会员 or after them (常年股东大会, 股东周年大会, 会员常年大会)."""

OPENING_WORDS = ("开幕", "开议", "举行", "举办", "召开", "揭幕", "帷幕", "闭幕", "落幕", "启幕", "开展", "登场", "开馆", "开启", "启动", "开打", "开赛",
                 "开跑", "鸣枪", "点亮", "亮灯", "点灯", "开园", "开演", "上演", "开班", "开营", "结业", "闭营", "圆满结束", "隆重", "盛大")

OPENED_VERBS = ("开幕", "开议", "鸣枪", "首日", "举行", "举办", "召开", "登场", "开展", "揭幕", "启幕", "开馆", "开始", "启动", "拉开", "展出", "开跑", "开赛", "开打", "开锣", "开踢", "点亮", "点灯",
                "亮灯", "开园", "开演", "上演", "开班", "开营")

CLOSING_VERBS = ("闭幕", "落幕", "落下帷幕", "圆满结束", "结束", "闭馆", "收官", "结业", "闭营")

RUNNING_VERBS = ("持续", "延续", "展出", "开放", "进行", "展期")

HELD_VERBS = ("开幕", "闭幕", "落幕", "举行", "举办", "召开", "揭幕", "登场")

DRILL_WORDS = ("演练", "演习")

CONSULTATION_WORDS = ("公众咨询", "公开咨询", "公开征求意见")

SITTING_BODY_ENDINGS = ("委员会", "议会", "咨询局", "理事会")

PURPOSE_VERBS = ("庆祝", "庆贺", "欢庆", "纪念", "迎接", "筹募", "筹集", "筹款", "回馈", "答谢", "感谢", "推广", "弘扬", "传承", "响应",
                 "配合", "鼓励", "促进", "丰富")
"""Verbs of a purpose clause after 为 (X为庆祝成立60周年，…举办, X为筹募发展基金，…举行): the clause keeps X its subject, and the
holding verb of the next clause is X's."""
