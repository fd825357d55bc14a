"""Title vocabulary: positions that end a title, honorifics, and words that head a list of people.

All forms are Simplified (matched against the analysis text).
POSITIONS       words a title ends with (longest first when matched); 副/常务/前 prefixes are handled by the rule.
UNSEGMENTED_POSITIONS  positions among them that are matched on the text but not given to jieba as words.
PORTFOLIO_POSTS  posts named after the fields their holder answers for (某州地方政府及新村发展事务行政议员): the words before
                 事务 are a portfolio, no body.
HONORIFICS      words after a name that are not titles (先生), including forms of address (大娘, 师傅).
HONORIFIC_STYLES  conferred styles and honours written before or after a name (拿督, 丹斯里, 太平绅士, GBS): honorifics, not titles.
UNSEGMENTED_PREFIX_STYLES  styles among them matched on the text but not given to jieba as words (拿汀斯里, 天猛公).
STYLE_LOOKALIKES  words that open with a style but name no one (拿督公).
SURNAME_REFERENCES  words that make a surname a reference by surname and sex (陈姓, 張男), not a name.
ADDRESS_ENDINGS   characters that make a surname a form of address (刘氏, 胡老, 范太, 陈官 for a judge, 李局, 陳生), not a name.
NICKNAME_PREFIXES characters that open a two-character nickname (阿強, 亞輝): no written name.
SURNAME_ADDRESSES the ones of them that refer to one person (王总, 陈官, 范太; not 刘氏, a family, nor 公, which ends 公司).
LIST_HEADS      heading words for a list of people, with the role the list gives them.
PEOPLE_NOUNS    nouns for people that close a list after 等 (A、B、C等人, 等企业家): the items are people.
COMMUNITY_PLACES  one-character abbreviations of countries and regions that name a community with 人 or 裔 (葡人, 港人, 华裔,
                非裔): such a word is a group of people, never one person's name.
COMMUNITY_MODIFIERS  words that open such a community noun (土生葡人, 旅台, 海外华人).
TEAM_NOUNS      groups named after the person who leads them (院士团队, 教授课题组): a title after a name ends before one.
PROMOTIONAL_ROLES  roles that end like a position but describe (形象大使, 推广大使): no title.
ROSTER_LABELS   labels that open a line listing people (出席嘉宾：甲、乙; 主持人：甲/乙): such a line is body, though it has
                no closing punctuation.
ORGANISER_LABELS the same for a line listing an event's bodies by their role (主办单位：甲、乙; 協辦機構：丙).
LIST_VERBS      the copulas and verbs of inclusion that open a list of people (嘉宾包括|某局局长某某, 作者为|某大学教授某某):
                no title reaches back across one.
APPOINTMENT_VERBS  verbs of appointment and election that open a list of (post + name) pairs (重选|执行董事甲及独立非执行董事乙,
                委任|总裁甲): the title starts after the verb, and no title reaches back across one.
BUSINESS_FIELDS  a business's fields that are also verbs, written between a company and its post (某某有限公司|销售|总监): a part
                of the title, not the clause's verb.
POST_FIELDS     a post's field of several words, one of them a verb or adverb to the tagger (可|持续|发展, 投资者|关系),
                written between a body and its post or inside a committee's name (某银行可持续发展主管, 可持续发展委员会主席):
                a part of the title, not the clause's words.
LIST_JOINERS    conjunctions that only list (A及B; A以及B): a title before A and B heads both. 和, 与, 同 are not among
                them: they also join the two parties of a reciprocal act (某主任A与B签约), whom one title does not head.
ACTING          acting, written before the body of the post it qualifies (特区政府署理教育局局长): no part of a body's name.
HEAD_POSITIONS  the posts of a body's head, written between an organiser's role label and the head's name (主办单位某某基金会
                董事长某某表示): the words before the post are the organiser.
GUEST_ROLES     a person's part at an event written before their title (主宾, 主礼嘉宾): the title starts after it.
OATH_ROLES      the parts at a swearing in or a handing over (监誓人, 领誓人, 监交人), among GUEST_ROLES; their edges are token
                edges whatever the tagger joined across them.
DESCRIPTIONS    nouns for people written right before a name that are no title (茶农谢某, 妻子王某, 游客李某): the words
                after one are a name when they look like one.
"""

ACTING = "署理"

HEAD_POSITIONS = ("董事长", "总经理", "理事长", "会长", "主席", "主任", "院长", "校长", "局长", "秘书长", "总裁", "社长", "馆长", "执行长", "首席执行官")

POSITIONS = (
    "总书记", "书记", "副书记", "常委", "委员", "主席", "副主席", "委员长", "副委员长", "主任", "副主任", "秘书长", "省长", "市长",
    "县长", "区长", "镇长", "乡长", "州长", "村长", "部长", "厅长", "局长", "司长", "处长", "科长", "署长", "关长", "行长",
    "院长", "所长", "校长", "会长", "社长", "馆长", "团长", "队长", "组长", "站长", "台长", "理事长", "董事长", "总经理", "经理",
    "总裁", "总监", "总干事", "干事长", "干事", "知事", "主管", "行政长官", "特首", "总统", "副总统", "总理", "外长", "财长", "防长", "首相", "议长", "议员", "立委",
    "市议员", "区议员", "州议员", "县议员", "主委", "执行长", "首席执行官", "首席执行官", "首席运营官", "创始人", "创办人", "联合创始人", "合伙人", "董事", "监事",
    "大使", "公使", "总领事", "领事", "参赞", "特使", "代表", "首席代表", "常驻代表", "教授", "副教授", "研究员", "院士",
    "博士", "工程师", "总工程师", "律师", "主编", "总编辑", "负责人", "执行主席", "主席团主席", "会董", "理事",
    "常务理事", "特派员", "参事", "顾问", "高级顾问", "发言人", "新闻发言人", "政委", "司令员", "政务部长", "分析师", "分析员", "建筑师",
    "执行董事", "董事总经理", "首席", "专员", "协理", "主持人", "掌门人", "代省长", "代市长", "代县长", "副执行长", "总指挥",
    "副总指挥", "指挥长", "督学", "总督学", "巡视员", "副巡视员", "调研员", "成员", "天皇", "国王", "女王", "首席技术官", "CEO", "CTO",
    "副主委", "总会长", "执行副会长", "署理局长",  "副总裁", "副总经理", "执行总裁", "检察长",
    "庭长", "审判长", "警务处处长", "处长", "副处长", "厂长", "矿长", "会计师", "秘书", "常务副主席", "政协主席", "副会长",
    "创会会长", "荣誉会长", "名誉会长", "名誉主席", "荣誉主席", "客座教授", "讲座教授", "博士生导师", "导师",
    "协调员", "法官", "裁判员", "裁判", "部长助理",
    "国务卿", "州务卿", "国务委员", "外相", "财相", "防相", "大臣", "官房长官", "长官", "众议长", "参议长", "众议员", "参议员",
    "首席部长", "州务大臣", "总督", "大法官", "首席大法官", "检察官", "检察司", "首席财务官", "首席信息官", "首席投资官", "主教练", "总教练",
    "舰长", "机长", "船长", "司令", "总司令", "参谋长", "幕僚长", "次长", "资政", "领导人", "CFO", "COO",
    "首席风险官", "首席战略官", "首席科学官", "首席数据官", "首席营销官", "首席人力资源官", "首席合规官", "首席法务官",
    "首席产品官", "首席商务官", "首席数字官", "首席品牌官", "首席安全官", "首席医疗官", "首席增长官", "首席科学家",
    "首席经济学家", "首席架构师", "首席工程师", "总设计师", "总建筑师", "总规划师", "总会计师", "总经济师", "经济师",
    "副总", "医师", "主任医师", "主治医师", "药师", "护士长", "讲师", "助理教授", "教务长", "审计长", "总务长", "店长", "列车长", "警长",
    # Taiwan's chief officers, each a …长 (研发长 = CTO's research counterpart, 营运长 = COO)
    "研发长", "技术长", "财务长", "营运长", "资讯长", "行销长", "策略长", "法务长", "学务长", "稽核长", "人资长", "品牌长", "数位长",
    "永续长", "风控长", "主任秘书", "主秘", "主计长",
    # a listed company's posts named after its boards (董事会秘书, the board secretary; 监事会主席)
    "董事会秘书", "董秘", "董事会主席", "监事会主席", "监事长",
    # statisticians who sign a statistics release (首席统计师 of a statistics bureau's department)
    "统计师", "首席统计师",
    # aides to an office holder (部长特别助理, 县长特助, 高级特别幕僚)
    "助理", "特别助理", "特助", "幕僚", "机要秘书",
    # the leader of a team or delegation (中华队领队)
    "领队",
    # police ranks in Hong Kong, Macau and Malaysia (罪案调查科总督察, 警区指挥官)
    "督察", "高级督察", "总督察", "警司", "高级警司", "总警司", "助理警务处长", "指挥官",
    # a Malaysian state's head of government (沙巴首长)
    "首长",
    # conveners (党团总召, 委员会召委, 小组召集人)
    "召集人", "总召集人", "总召", "召委", "副召集人",
    # royal and princely offices (沙特王储, 迪拜酋长, 马来西亚最高元首)
    "王储", "亲王", "王子", "公主", "王后", "最高元首", "埃米尔", "酋长",
    # a Malaysian state's governor, head of a state without a ruler (槟州元首, 马六甲州元首)
    "州元首",
    # Taiwan's village and neighbourhood chiefs (某里里长, 邻长), and the section chiefs of a township office (乡公所课长)
    "里长", "邻长", "课长",
    # chiefs of a service (Taiwan's 参谋总长, Malaysia's 警察总长)
    "总长",
    # Singapore's and Malaysia's words for a chief executive and the other chief officers (某公司首席执行员, 首席财务员)
    "首席执行员", "首席财务员", "首席营运员", "首席运营员",
    # Malaysia's and Singapore's public prosecutors (副检察司, 署理检察司)
    "检察司",
    # Hong Kong's public prosecutors (高级检控官, 署理检控官) and the counsel who prosecutes a case (主控官); the mainland's
    # procurators who present a case in court (检察院检察员)
    "检控官", "主控官", "检察员",
    # supervisors of doctoral and master's students, short forms (教授、博导), and a senior engineer (高工)
    "博导", "硕导", "高工", "高级工程师",
    # court and police posts (审判员, 人民陪审员, 书记员, 派出所教导员)
    "审判员", "陪审员", "书记员", "教导员",
    # a team's head coach in sports news (国足主帅)
    "主帅",
    # a village party branch's secretary, short form (村支书); a company's legal representative (法定代表人)
    "支书", "法定代表人",
    # a team's assistant coach (助理教练; 教练 alone after a surname is a form of address), an orchestra's chief conductor,
    # and the police rank of constable (水警警员)
    "助理教练", "首席指挥", "警员",
    # the head of a branch bureau (某分局分局长), whose post repeats the branch's name
    "分局长",
    # magistrates and court clerks of Hong Kong and Taiwan (裁判官, 书记官)
    "裁判官", "书记官",
    # military ranks, written before or after the name (海军少将某某, 某某大校)
    "上将", "中将", "少将", "准将", "大校", "上校", "中校", "少校", "上尉", "中尉", "少尉",
    # Singapore's senior ministers without portfolio (内阁资政, 国务资政), whole words so 内阁 is not cut into directions
    "内阁资政", "国务资政",
    # the secretary-general of a party caucus or union (党团书记长, 总工会书记长), a board of supervisors' chair (监事长),
    # and the leader of the opposition of a Westminster parliament (反对党领袖; 领袖 alone describes)
    "书记长", "监事长", "反对党领袖",
    # a member of a Malaysian state's executive council, written before or after the name (州行政议员某某, 某某行政议员)
    "行政议员",
    # a weather service's chief forecaster, who signs a forecast (气象台首席预报员), and a Hong Kong school's supervisor
    # (某书院校监): posts held at a body; 预报员 alone is the trade, as 作家 is
    "首席预报员", "校监",
)

UNSEGMENTED_POSITIONS = (
    # a Christian minister's calling, written before or after the name (某某牧师, 神父某某)
    "牧师", "神父",
    # professions named as posts (某某证券分析员, 建筑师某某)
    "分析员", "建筑师",
    # police and prosecution ranks of Taiwan, and the heads of police and fire units, written after the unit
    # (偵查隊偵查佐, 派出所巡佐, 警察局督察長, 刑警大隊小隊長, 二大队大队长, 網安支隊支隊長; 地檢署襄閱主任檢察官,
    # 檢察事務官, 觀護人), and the head of a section of a county bureau or tax office (统计局综合股股长)
    "侦查佐", "侦查员", "巡佐", "督察长", "警务员", "调查官", "小队长", "中队长", "大队长", "支队长",
    "主任检察官", "襄阅主任检察官", "检察事务官", "观护人", "总监督", "股长",
    # court posts: Hong Kong's deputy judges and barristers, written after the name (某某暂委法官, 某某大律师), Malaysia's
    # magistrates (推事某某, 某某推事), the mainland's procurator who presents a case in court (公诉人某某), and Malaysia's
    # police ranks written after the name (某某助理总监)
    "暂委法官", "大律师", "资深大律师", "推事", "公诉人", "助理总监",
    # Malaysia's chief officers of a public department, named by their function (统计局首席统计官)
    "首席统计官",
    # civil service ranks written after a body (市委办公室四级主任科员, 某局科员), Taiwan's technical ranks (环保局技正, 技士)
    # and Macau's (卫生局高级技术员)
    "主任科员", "科员", "技正", "技士", "高级技术员",
    # chief officers named by a field of several words (首席可持续发展官, Hong Kong's 首席营运官 for the mainland's
    # 首席运营官): matched on the text, the tagger's pieces (可|持续|发展|官) joined by the rule
    "首席营运官", "首席可持续发展官", "首席永续官", "首席转型官", "首席创新官", "首席资讯官", "首席资讯科技官", "首席客户官",
    "首席传讯官", "首席人才官", "首席隐私官",
    # the governor of a Thai province (清莱府府尹), written before or after a transliterated name
    "府尹",
    # the head of a kindergarten, written after it (某某幼儿园园长)
    "园长",
    # a Taiwan legislative committee's convener (召集委員), a listed company's actual controller (实际控制人) and a fund's
    # manager (基金經理人): whole posts, not the 委员, 人 or 经理 at their end
    "召集委员", "实际控制人", "基金经理人",
    # professional ranks of museums, libraries, archives and research institutes, written after the head's post or alone
    # before the name (某博物馆馆长、研究馆员某某; 副研究员某某)
    "研究馆员", "副研究馆员", "副研究员", "助理研究员", "正高级工程师",
)
"""Positions matched on the text but kept out of jieba's dictionary: every word added there raises its frequency total
and moves jieba's cut of unrelated near-ties (石港市西湖 came out 石|港市|西湖 with these as words), so a name the tagger
opens with a rank's last character (侦查|佐某某) is cut by the rules instead."""
POSITIONS += UNSEGMENTED_POSITIONS

OFFICE_BEARER_POSTS = ("财政", "总务", "查账")
"""Posts of an association's, a school board's, a clan hall's or a chamber's office-bearers, as the overseas Chinese press
lists them (财政某某 the treasurer, 总务某某 the general secretary, 查账某某 the auditor): read only as a title right before
a name, never among POSITIONS, since 财政 and 总务 are nouns inside bodies' names (青山市财政局, 总务处) that other rules
would cut at a position."""

PORTFOLIO_POSTS = ("行政议员", "部长", "副部长")

HONORIFICS = (
    "先生", "女士", "小姐", "夫人", "太太", "同志", "老师", "阁下", "大娘", "大妈", "大爷", "大婶", "大姐", "大哥", "阿姨", "妈妈",
    "师傅", "伯伯", "奶奶", "爷爷",
    # occupations used as a form of address after a surname (方医生, 许指导, 李警官), as 老师 is; Malaysian papers write a Dr so (某某阿末医生)
    "医生", "大夫", "指导", "教练", "警官",
)

UNSEGMENTED_PREFIX_STYLES = ("拿汀斯里", "普安斯里", "天猛公")
"""Styles written before a name that are read on the text but given to jieba as no words (a 拿督斯里's wife's 拿汀斯里, a
丹斯里's wife's 普安斯里, a community chief's 天猛公): a jieba word of them re-weighs the dictionary and flips unrelated
cuts (石港市|西湖 came out 石港|市西湖)."""
HONORIFIC_STYLES = UNSEGMENTED_PREFIX_STYLES + (
    "准拿督", "拿督斯里", "丹斯里", "拿督阿玛", "拿督威拉", "拿督巴丁宜", "拿督巴杜卡", "拿督", "拿汀", "潘斯里", "敦", "太平绅士", "爵士", "Dato' Sri", "Dato'", "Dato", "Datuk Seri", "Datuk",
    "Datin", "Tan Sri", "Puan Sri", "Tun", "Sir",
    # Hong Kong honours written after a name (大紫荆勋贤, GBS, 太平绅士)
    "大紫荆勋贤", "金紫荆星章", "银紫荆星章", "铜紫荆星章", "荣誉勋章", "GBM", "GBS", "SBS", "BBS", "MH", "JP",
)

STYLE_LOOKALIKES = ("拿督公",)
"""Words that open with a style but are no style of a person (拿督公: the Malay shrine deity, 拿督公庙)."""

UNSEGMENTED_STYLES = ("太平局绅",)
"""Styles written after a name that are read on the text but given to no segmenter as words (Malaysia's 太平局绅, the
tagger's 太平局/ORG|绅): a jieba word of them re-weighs the dictionary and flips unrelated cuts (石港市|西湖)."""

ADDRESS_ENDINGS = "氏老太公婆总董姐哥叔伯嫂姨妈爷官局处校生婶嬷嫲府宅"
"""生 is Hong Kong's 先生 after a surname (陳生); 嬷/嫲 (阿嬤, 阿嫲) are grandmothers, as 婆 is; 府 and 宅 make a surname a
household (黃府的喪禮, 陈宅), as funeral notices and police items write it."""
SHOP_MARKS = "记"
"""A character that makes a surname a shop's name (王记, 陈记: 'Wang's'), not a person's."""
NICKNAME_PREFIXES = "阿亚"
"""Characters that make one character after them a nickname or a form of address (阿強, 亞伯, 阿嬤), not a written name."""
SURNAME_REFERENCES = ("姓", "男", "女", "男子", "女子")
"""Words after a surname that refer to someone by surname and sex, not by name (林姓男子, 姓黄男子, 張男, 陳女): no name."""
SURNAME_ADDRESSES = "老太婆总董姐哥叔伯嫂姨妈爷官局处校生婶嬷嫲"

LIST_HEADS = {
    "嘉宾": "guest",
    "贵宾": "guest",
    "来宾": "guest",
    "客商": "guest",
    "领导": "leader",
    "市领导": "leader",
    "省领导": "leader",
    "区领导": "leader",
    "县领导": "leader",
    "州领导": "leader",
    "校领导": "leader",
}

ROSTER_LABELS = ("嘉宾", "贵宾", "来宾", "主持人", "主讲人", "讲者", "演讲者", "获奖者", "得奖者", "出席者", "与会者", "参加者")

ORGANISER_LABELS = ("主办", "承办", "协办", "合办", "联办", "指导", "支持", "赞助", "冠名", "联合主办", "共同主办", "特别支持")
"""Roles of the bodies behind an event, written as a line's label with a unit word and a colon (主办单位：甲、乙;
主辦機構：甲): the line lists bodies and is body text, though it has no closing punctuation."""

ORGANISER_UNIT_WORDS = ("单位", "机构", "方", "团体")

LIST_VERBS = ("包括", "包含", "为", "是", "有", "计有", "分别是", "分别为")

APPOINTMENT_VERBS = (
    "委任", "获委任", "任命", "获任命", "聘任", "续聘", "聘请", "委派", "重选", "改选", "补选", "选出", "推举", "推选",
    "选任", "增补", "当选", "连任",
    # appointing, swearing in and handing over, written right before the post (佈达|教育处处长某某, 派任|民政局局长某某,
    # 接任|理事长某某, 监誓|新任委员): the post as written after the verb is the title, the verb no part of it or of a body
    "布达", "派任", "接任", "兼任", "调任", "改任", "出任", "履新", "就任", "宣誓就任", "监誓", "监交", "领誓",
)

APPOINTED_POSTS = ("委任议员", "官委议员")
"""Posts named by how their holder came to them (澳门立法会委任议员): the verb of appointment is a part of the post."""

BUSINESS_FIELDS = (
    "销售", "采购", "营销", "行销", "生产", "运营", "营运", "研发", "投资", "设计", "开发", "培训", "策划", "推广", "招聘", "制造",
)

POST_FIELDS = (
    "可持续发展", "持续发展", "永续发展", "可持续", "数字化转型", "数码转型", "投资者关系", "企业社会责任", "环境社会及管治",
    "风险管理", "合规管理", "客户服务", "企业传讯", "公共事务", "政府事务",
)

LIST_JOINERS = ("及", "以及")

PEOPLE_NOUNS = (
    "人", "同志", "专家", "学者", "企业家", "嘉宾", "来宾", "领导", "代表", "选手", "运动员", "球员", "队员", "艺术家", "作家",
    "画家", "书法家", "演员", "歌手", "教授", "院士", "官员", "负责人", "志愿者", "老师", "教师", "同学", "学生", "村民",
    "居民", "乡亲", "人士", "侨领", "侨胞", "校友", "党员", "干部", "医生", "护士", "工人", "农民", "青年", "科学家", "工程师",
)

COMMUNITY_PLACES = ("华", "港", "澳", "台", "葡", "英", "美", "日", "韩", "法", "德", "俄", "印", "泰", "越", "菲", "缅", "欧", "非",
                    "亚")

COMMUNITY_MODIFIERS = ("土生", "旅", "在", "海外", "本地")

OATH_ROLES = ("监誓人", "领誓人", "监交人", "监誓官")
"""A person's part at a swearing in or a handing over (监誓人某部长某某, 监交人副市长某某): no title."""

GUEST_ROLES = ("主宾", "主礼嘉宾", "主礼人", "主礼", "特邀嘉宾", "嘉宾", "贵宾", "主讲嘉宾") + OATH_ROLES
"""What a person is at an event, written before their title (主宾某部副部长某某): no part of the title or of its body."""

DESCRIPTIONS = (
    "村民", "市民", "居民", "农民", "茶农", "果农", "菜农", "渔民", "牧民", "农户", "种植户", "养殖户", "工人", "职工", "员工",
    "游客", "旅客", "乘客", "顾客", "消费者", "志愿者", "学生", "大学生", "研究生", "家长", "老人", "患者", "病人", "网友",
    "店主", "摊主", "老板", "店员", "司机", "快递员", "外卖员", "环卫工人", "民警", "辅警", "交警", "消防员", "医生", "护士",
    "教师", "选手", "运动员", "球员", "队员", "冠军", "歌手", "演员", "导演", "作家", "画家", "艺术家", "书法家", "摄影师",
    "设计师", "专家", "学者", "企业家", "创业者", "传承人", "妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "老伴", "孙子",
    "孙女", "同事", "邻居", "被告", "被告人", "原告", "嫌疑人", "犯罪嫌疑人", "受害人", "当事人",
    "副手", "助手", "搭档", "队友", "同学", "好友", "伙伴",
    # the people of accident, court and community items (遇难者某某, 证人某某, 义工某某)
    "遇难者", "死者", "伤者", "证人", "申请人", "义工",
    # a school's leavers (毕业生代表某某)
    "毕业生", "应届毕业生",
    # horse racing's people (练马师某某, 骑师某某)
    "练马师", "骑师",
    # a mosque's prayer leader (伊玛目某某), a religious calling written before the name as 法师 or 牧师 is
    "伊玛目",
)

PARTY_STANDINGS = ("无党籍", "无党派")
"""A councillor's standing outside the parties, written where a party's name stands (无党籍市议员): the tagger cuts 无 off
as a verb."""

RANK_PREFIXES = ("副", "署理", "代理", "助理", "常务")
"""Ranks written before a post whose first character a department's name shares (副|教育部长, 代理|人力部长): the rank is the
post's, no part of the body's name (副教育部长 -> 教育部); a name that opens with the character keeps it (副食品公司总经理)."""

POST_PREFIX_WORDS = ("时任", "候任", "前任", "现任", "荣休", "署理", "代理", "常务", "执行")
"""Words that open a post (时任县长, 荣休教授, 署理局长) and no name, though the tagger may call one a name (荣休/PER)."""

KINDS_ALONE_BEFORE_POSTS = ("公司", "集团", "集团公司", "银行", "医院", "学校")
"""Kinds of body written alone before a post, with no name and no pointer (公司董事长某某, 集团总裁某某): no organisation, the
title is the post."""

BELONGING_WORDS = ("旗下", "下属", "属下", "所属")
"""Words that say a body belongs to another (某集团旗下某公司): the owner written before one is no part of the post's body."""

PERSON_ROLE_ENDINGS = ("人", "者")
"""Endings of nouns for what a person is at an occasion (捐款人, 赞助人, 主讲人, 获奖者): before a named body and its post, the
title starts at the body."""
PERSON_ROLE_WORDS = ("得主", "东道主")
"""Nouns for a person's part not in 人 or 者 (金奖得主, 东道主 the host before the host body's name)."""

ACTS_ON_BEHALF = ("致辞", "致词", "发言", "宣誓", "宣读", "领奖", "上台", "献花", "答谢")
"""What someone does on behalf of a group at a ceremony (毕业生某某代表致词): after a name, 代表 before one is the verb 'on
behalf of', no title."""

CASE_REFERENCES = ("同案", "本案", "该案", "此案")
"""Words that point to a court or police case (同案业务经理某某: the co-defendant who was the manager): before a post they
say which case the person is in, no part of the title."""

QUESTION_NOUNS = ("提问", "质询", "询问", "质疑", "问题", "动议", "议案", "书面质询")
"""A legislator's question or motion (议员的提问和某局局长的答复): before 和 and a body's post, the noun closes the clause
that names the asker; the title starts after 和."""

TEAM_NOUNS = ("团队", "课题组", "研究组", "研究团队", "工作室", "实验室")
"""Groups named after the person who leads them, written after a name and its title (张某院士团队, 李某教授课题组): the
title still ends there."""

PROMOTIONAL_ROLES = ("形象大使", "推广大使", "宣传大使", "公益大使", "旅游大使", "品牌大使", "文化大使", "代言人", "形象代言人")

CHAIN_MARK_VERBS = ("兼任", "兼职", "兼顾", "兼具", "兼管", "兼容", "兼并", "兼备", "兼程", "兼得", "兼有", "兼收", "兼听", "兼营", "兼修")
"""Verbs that open with a chain mark (兼任 a post, 兼顾 two aims): after a position the mark in one of them joins no
second title (局长兼任党组书记 is a predicate)."""

GRADE_WORDS = ("首席", "高级", "助理", "总", "特级", "资深")
"""Grade words of a disciplined or civil service rank (助理首席|入境事务主任, 高级|惩教主任): the field written after one is the
rank's, though it opens with a verb (入境/v, 惩教/v, 消防/v)."""

FIELD_CLOSERS = ("发展", "拓展", "营运", "运营", "规划", "策划")
"""Verb-like words that close a post's field written after the body's nouns (航空枢纽发展|副总裁, 零售业务拓展|总监): right before
the post they are the field's, whatever the tagger calls them."""
