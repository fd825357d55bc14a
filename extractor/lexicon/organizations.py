"""Organisation vocabulary: name endings, generic bodies that need their place, and things that are not organisations.

All forms are Simplified (matched against the analysis text).
SUFFIXES         endings of organisation names (a title's organisation part must end with one).
TAGGED_ONLY_ENDINGS  endings that also end common phrases (中国证券市场, 年会, 社会保险) or verbs (妥协, 建厂), an association's
                 short name (某汽协, 足协) and a factory's (某钢铁厂): they close a name the tagger found, and
                 build none from the words before them.
FUNCTION_ENDINGS endings of departments, which are named by their function alone (商务厅, 发展局, 统战部); an organisation
                 built backwards from any other ending needs a proper name or place in it (行业协会, 地方政府 are no names).
NATIONAL_BODIES  named national and SAR institutions, organisations without a place (国务院, 立法会, 行政院).
POLITICAL_PARTIES  parties by their names and short names in each region the press covers (民建联, 国民党, 巫统, 人民行动党):
                 a party before a legislature's name (某党立法会议员) is a body of its own.
EVENT_ABBREVIATION_ENDINGS  endings of an event's short name (东博会, 昆交会), which is no organisation.
LEADING_NOT_NAME words that open a phrase before a name but are no part of it: role nouns (合作方, 协办单位), a party's
                 role in a lawsuit (被告单位, 上诉人) and words
                 pointing back or to a former state (上述, 原) or to a holder's term (新任, 候任, 时任); COMPANY_RELATIONS
                 (全资子公司) are no part of it either.
APPOINTING_WORDS verbs of appointing, swearing in and handing over, and the parts at an oath (布达, 任命, 监誓人), among
                 LEADING_NOT_NAME: a name starts after one even where the tagger cut into it.
STOCK_CODE_WORDS words that introduce a listed company's stock code in brackets after its name (股票代码, 股份代号).
STOCK_EXCHANGES  exchange marks written with a stock code (00700.HK, HK:0700, NYSE: ABC).
NAME_LEVEL_WORDS words of level or party written before a body's name, which a later mention leaves out (国家发改委 ->
                 发改委, 中共某市委 -> 某市委), and the level that founds a school (国立某大学 -> 某大学).
SHORT_ENDINGS    endings and the standard short form a later mention writes them in (科技大学 -> 科大, 有限公司 -> 公司).
NATIONAL_BODIES  also holds the full forms (全国人民代表大会), a legislature's chambers (参议院) and a jurisdiction's
                 courts named by rank alone (终审法院, 最高人民法院, Hong Kong's 区域法院 and 裁判法院, Macau's 初级法院,
                 Malaysia's 推事庭 and 地方法庭, Singapore's and Malaysia's 高庭) and Hong Kong's tribunals (劳资审裁处).
PREPOSITIONS     one-character prepositions, which no organisation's name holds (花莲市公所在中华国小… is two spans).
GENERIC_BODIES   bodies that count only with their place written (市委 alone is not an organisation).
NOT_ORG_ENDINGS  endings of event names, venues and delegations, which look like organisations to a tagger.
COUNTRIES        country names that prefix a company's name without being part of it.
ORIGIN_WORDS     a company's origin written before its name (德商, 陆资, 日企): like a country word, no part of the name.
KINDS_NAMED_AFTER kinds of body a Latin name is written right after (研究机构Counterpoint): the name is the Latin one.
APPOSITION_KINDS kinds of business written with their line of work before a company's whole name (电子支付公司某某有限公司).
LATIN_LEGAL_FORMS  words of a company's legal form in Latin script (Sdn Bhd, Ltd): a run of capitalised words with one is a company.
LATIN_BODY_WORDS   words of a body's kind closing a Latin name (Council, Society): the run is a body.
LATIN_FIRM_KINDS_AFTER  kinds of professional firm written right after a Latin name (…& Partners律师事务所): one name.
"""

SUFFIXES = (
    "委员会", "常委会", "委", "政府", "人民政府", "市府", "县府", "局", "司", "厅", "部", "院", "会", "办", "办公室", "署", "处", "中心",
    "协会", "学会", "商会", "总商会", "联合会", "总会", "基金会", "研究院", "研究所", "研究会", "科学院", "大学", "学院", "学校", "中学",
    "公司", "集团", "银行", "股份", "有限公司", "集团公司", "企业", "工厂", "医院", "报社", "电视台", "联盟", "组织", "秘书处",
    "党委", "党组", "支部", "政协", "人大", "法院", "检察院", "海关", "总署", "总局", "管委会", "公所", "议会", "理事会",
    "董事会", "基金", "计划署", "事务所", "办事处", "联络办", "中联办", "特派员公署", "促进会", "协进会", "促进局", "贸促会", "贸促局",
    "经发局", "交流协会", "乐团", "剧团", "艺术团", "台联", "妇联", "侨联", "工商联", "科协", "文联", "作协", "团委", "共青团", "军区", "舰队",
    "国小", "国中", "附小", "附中", "小学", "高中", "总处", "证券", "控股", "保险", "大使馆", "领事馆", "总领事馆",
    "公会", "合作社", "联合社", "委会", "党团", "派出所", "警署", "警区", "地检署", "检察署", "同乡会", "同学会", "校友会", "宗亲会", "联合总会", "残联", "工会", "总工会", "分会", "分行", "分公司", "分院", "支行", "总队", "支队", "大队",
    "气象台", "天文台", "机构", "体校", "少体校", "企联", "青联", "学联", "交易所", "交所", "实验室", "俱乐部", "足球会", "会馆",
    "足联", "篮联", "泳联", "排联", "田联", "乒联", "羽联", "冰联", "滑联", "协", "部队", "厂", "工委",
    # Taiwan's investment advisers and investment trusts (某某投顾, 某某投信)
    "投顾", "投信",
    # a commissioner's office (某专员公署), a council of bodies (某服务联会), and the wings of a party or association
    # (某党青年团, 某会馆妇女组)
    "公署", "联会", "青年团", "妇女组", "青年组",
    # branch bureaus and grassroots offices and clinics (某公安局某分局, 某镇司法所, 某综合诊疗所), a basic court's tribunal
    # and Malaysia's sessions court (某人民法庭, 某推事庭), kindergartens, and a friendship association (某街坊联谊会)
    "分局", "司法所", "财政所", "卫生所", "诊疗所", "人民法庭", "推事庭", "幼儿园", "幼稚园", "联谊会",
    # detention houses (某县看守所, 某市拘留所) and a party's general branch (某村党总支)
    "看守所", "拘留所", "戒毒所", "党总支", "总支",
    # a school's board in Malaysia (某独中董事部): an organ of the body before it
    "董事部",
    # a party school (某市委党校), a law-enforcement team (某镇综合行政执法队), Hong Kong's owners' corporations (某邨业主立案法团),
    # mutual-aid associations (某坊众互助会) and a school's parents' association (某国中家长会)
    "党校", "执法队", "法团", "互助会", "家长会", "家长教师会",
    # Taiwan's township and town representatives' councils (某乡民代表会, 某镇民代表会)
    "代表会",
    # a Japanese company's legal form (某某重工业株式会社)
    "株式会社",
    # Malaysia's Chinese primary and independent secondary schools, and girls' schools (某某华小, 某某独中, 某某女校)
    "独中", "女校", "国民型中学",
)

CLUB_ENDINGS = ("剧社", "摄影社", "读书社", "诗社", "文学社", "扶轮社")
"""Endings of clubs, amateur troupes and service clubs in 社 (某某剧社, 某某摄影社, 某某扶轮社): bodies, not media as other names in 社 are (某某通讯社)."""

UNSEGMENTED_SUFFIXES = ("协进会", "调查科", "调查课", "侦查局", "侦查科", "侦查大队", "华小", "独中", "女校", "国民型中学", "家长教师会",
                        "体育会", "国术会", "醒狮团", "龙狮团", "街坊会", "善堂", "值理会",
                        "出版社", "剧社", "合唱团", "舞蹈团", "摄影社", "读书社", "诗社", "文学社",
                        "军分区", "分驻所", "中队", "分队",
                        "义工队", "志工队", "志愿服务队", "服务队", "志愿队", "消防队", "之家")
"""Endings matched on the text but kept out of jieba's dictionary (police units named by what they investigate: 商业罪案
调查科, 毒品调查科, 刑事侦查局): every word added there raises its frequency total and moves jieba's cut of unrelated
near-ties (石港市西湖), so the rules join the tagger's pieces (调查|科) instead. Malaysia's school kinds and a school's parent-teacher
association (某华小, 某独中, 某女校, 家长教师会) are too: 华小 as a word would cut 某华小学 before 学, and the others moved
a city in the event bank (石港市西湖). So are the community bodies of the Hong Kong, Macau and Southeast Asian press: sports,
martial-arts and lion-dance clubs (某体育会, 某国术会, 某醒狮团, 某龙狮团), neighbourhood associations (某街坊会), benevolent
societies (某善堂) and a temple's committee of stewards (某庙值理会), which the tagger cuts before 会 or 团 (体育|会); and
publishers and the troupes and clubs of an arts page (某某出版社, 某某剧社, 某某合唱团), and the units of an army, an armed
police or a police force named after their place (某市军分区, 某派出所某分驻所, 某大队某中队), and volunteer and rescue
teams named by their district and cause (TEAM_ENDINGS: 某区关爱长者义工队, 某乡环保志工队, 某镇志愿消防队), and homes and
shelters named X之家 (某某之家创办人: a body, whose head's post runs over its whole name)."""
SUFFIXES += UNSEGMENTED_SUFFIXES

NUMBERED_SCHOOL_ENDINGS = tuple(number + level for number in "一二三四五六七八九十" for level in "中小")
"""A numbered school's short ending after its place (某县一中, 某市二小): it closes a name the tagger found or the school
rule builds, and builds none from the words before it (三中全会 is a party plenum)."""

SUFFIXES += NUMBERED_SCHOOL_ENDINGS

PLURAL_ENDINGS = ("机构",)
"""Endings that also name a kind of body in general (文博机构, 金融机构): a name built back from them needs a word the
tagger calls a place, a name or a proper noun (某某清真工业发展机构)."""

FUNCTION_NAMED_BODIES = ("妇联", "侨联", "台联", "工商联", "科协", "文联", "作协", "残联", "总工会", "企联", "青联", "学联", "法院", "检察院")
"""Bodies whose short name is their function (妇联, 科协, 法院): with a level before them (市妇联, 省科协, 县检察院) they are
named departments like 市发改委, not generic bodies like 市委; alone (法院审理认为) they are none."""

RELATION_WORDS = ("旗下", "下属", "属下", "所属", "辖下", "麾下")
"""Words that relate one body to another (某集团旗下某公司): no part of either's name."""

TAGGED_ONLY_ENDINGS = ("会", "企业", "办", "证券", "控股", "保险", "协", "厂") + NUMBERED_SCHOOL_ENDINGS

PARTY_ENDING = "党"
"""A political party's ending: it closes a name the tagger found (某某行动党), and is no ending for names of people
(a given name may end in 党), so it is not among SUFFIXES."""

FIELD_KIND_WORDS = ("企业",)
"""Kinds of body that also name the field a public agency serves, as a name's first word before what the agency does and
its function ending (企业|转型|局, 企业|支援|服务|办公室): a word of the agency's name there, not a generic body before it."""

FUNCTION_ENDINGS = ("地检署", "检察署", "厅", "局", "部", "委", "工委", "委员会", "办", "办公室", "处", "总处", "司", "署", "总署", "总局", "管委会",
                    "调查科", "调查课", "侦查科")

NATIONAL_BODIES = (
    "国务院", "全国人大", "全国人大常委会", "全国政协", "中共中央", "中央政府", "中央人民政府", "立法会", "行政会议", "行政院",
    "立法院", "监察院", "考试院", "司法院",
    "全国人民代表大会", "全国人民代表大会常务委员会", "中国人民政治协商会议全国委员会", "中国共产党中央委员会", "参议院", "众议院",
    "上议院", "下议院", "国会上议院", "国会下议院", "首相署",
    "终审法院", "高等法院", "最高法院", "最高人民法院", "最高人民检察院", "最高行政法院", "最高检察署", "宪法法院",
    "区域法院", "裁判法院", "中级法院", "初级法院", "廉政公署", "廉署", "审计署", "申诉专员公署",
    "劳资审裁处", "小额钱债审裁处", "土地审裁处", "竞争事务审裁处", "死因裁判法庭", "高庭", "推事庭", "地方法庭",
)

SAR_BODIES = {"macau": ("检察院", "海关"), "hongkong": ("海关",)}
TRADITIONAL_PRESS_BODIES = ("检察院",)
"""Bodies named bare in Traditional script with no other sign of the press: Macau's 檢察院, as Hong Kong has none and
Taiwan's press writes 检察署; in Simplified script with no sign it is the mainland's level of government."""

SCHOOL_KINDS = ("华小", "淡小", "国中", "独中", "国小", "华校", "华文小学", "华文独中", "国民型华文小学")
"""Kinds of school in Malaysia's and Taiwan's systems written alone (与当地华小合办): a school has its name before them."""
SCHOOL_SCOPE_WORDS = ("全国", "全州", "全马", "全岛", "全县", "全市", "全区", "各地", "各州", "各区", "当地", "本地", "偏乡", "该区", "全",
                      "马国", "大马", "我国", "本国", "国内")
"""Words of scope written before a kind of school (全州华小, 全国独中, 各地华小, 马国华小): every school of the kind there, no
school."""
SCHOOL_VERBS = ("来自", "出自", "出身", "就读", "就读于", "毕业于", "转读", "报读", "升读", "考入", "进入", "协助", "帮助", "资助",
                "援助", "支持", "拨款给", "走进", "走入", "回到")
"""Verbs that join pupils, help or visitors to a kind of school (来自独中, 就读华小, 协助学校): glued to the kind, they name
where pupils come from or whom a body helps, no school."""
"""Bodies a Special Administrative Region has one of, named bare in its own press (Macau's 检察院, the SARs' 海关): the
SAR's institution, as 立法会 is; in the mainland's press (法院审理认为, 海关数据显示) a kind of body, none."""

POLITICAL_PARTIES = (
    # Hong Kong and Macau
    "民建联", "经民联", "工联会", "新民党", "自由党", "公民党",
    # Taiwan
    "国民党", "中国国民党", "民进党", "民主进步党", "民众党", "台湾民众党", "亲民党", "台联党", "台湾基进",
    # Malaysia and Singapore
    "巫统", "马华公会", "国大党", "行动党", "民主行动党", "公正党", "人民公正党", "诚信党", "国家诚信党", "伊斯兰党",
    "土团党", "土著团结党", "国民阵线", "希望联盟", "国民联盟", "人民行动党", "前进党", "新加坡民主党",
    # the mainland's parties besides the Communist Party (八个民主党派) by their full names and unambiguous short ones
    "农工党", "致公党", "九三学社", "中国民主同盟", "中国民主建国会", "中国民主促进会",
)
"""Short names that other words hold (民主党 in 民主党派, 工人党 in 老工人党员, 时代力量 in 新时代力量, 民进 in 人民进行)
are left to the tagger."""

LEGISLATURES = ("国会", "议会", "区议会", "州议会", "市议会", "县议会", "国会下议院", "国会上议院")
"""Houses a party's members sit in besides the named ones in NATIONAL_BODIES (立法会, 立法院)."""

FIELD_LIST_HEADS = ("领域", "产品", "业务", "方面", "品种", "工具", "板块")
"""Heads a list of fields or products closes with after 等 (绿色债券、科创基金等领域): the items are fields or products, no
bodies, whatever ending they close with (基金)."""

HALL_COUNT_HEADS = ("展馆", "场馆", "展区")
"""What a count after a list of expo halls counts (智能制造馆、新能源汽车馆3个专业展馆): the items are halls, no bodies."""

LEADING_NOT_NAME = (
    "东道主", "主宾", "主礼嘉宾", "特邀嘉宾", "主办单位", "承办单位", "协办单位", "指导单位", "支持单位", "合作单位", "赞助单位", "主办方", "承办方", "协办方", "合作方",
    "执行单位", "策划单位", "主办机构", "承办机构", "协办机构", "支持机构", "赞助机构", "执行机构",
    "赞助方", "投资方", "出资方", "甲方", "乙方", "丙方", "合作伙伴", "参展商", "参展方", "展商",
    "警方", "期内", "年内",
    "被告单位", "原告单位", "涉案单位", "被告", "原告", "上诉人", "被上诉人", "申请人", "被申请人", "被执行人", "第三人", "营运商", "运营商", "开发商", "发展商", "承建商", "建商", "供应商", "赞助商", "经销商", "代理商", "港股", "美股", "台股", "A股", "B股", "H股", "中概股", "概念股", "龙头股", "上述", "前述", "上列", "原来", "原", "该",
    "新任", "候任", "时任", "现任", "前任",
    # the mainland's registration class of a non-profit (民办非企业单位某某服务中心): a category written before the name
    "民办非企业单位", "民非单位",
)

APPOINTING_WORDS = (
    "布达", "派任", "任命", "委任", "获委任", "聘请", "聘任", "接任", "兼任", "调任", "出任", "改任", "履新", "就任", "监誓人",
    "领誓人", "监交人", "监誓", "监交",
)
"""Verbs of appointing, swearing in and handing over, and the parts at an oath, written before a post and its body
(佈达|教育处处长, 任命|区财政局副局长, 监誓人|律政司司长): no part of the body's name, even where the tagger cut into one
(领/v|誓/ORG|人区…)."""
LEADING_NOT_NAME += APPOINTING_WORDS

BRACKETED_FORMS = ("集团", "控股", "有限", "股份", "国际", "控股集团", "私人")
"""Words of a company's legal form written in brackets inside its name (某铁路（有限）公司, 某地产（集团）有限公司, Malaysia's
某电讯(私人)有限公司)."""

BRACKETED_MARKETS = ("马", "星", "亚太", "东南亚", "大中华", "中东")
"""Short names of the market a company's local arm serves, written in brackets inside its name (某纸业(马)有限公司,
某能源（亚太）有限公司): no tagger marks them as places, and they are part of the name as a place in brackets is."""

COMPANY_RELATIONS = ("全资子公司", "控股子公司", "全资附属公司", "附属公司", "子公司", "母公司", "孙公司", "联营公司", "合资公司")
"""A company's relation to another written between their names (某集团全资子公司某有限公司): no part of either."""

KINDS_NAMED_AFTER = ("公司", "集团", "机构", "银行", "企业", "厂商", "车企", "药企", "媒体", "品牌", "基金", "智库", "平台", "交易所", "事务所",
                     "研究所", "组织", "协会", "大学",
                     # kinds of business by their part in trade (赞助商Korvane Sports, 业者Quickway Logistics)
                     "业者", "赞助商", "供应商", "制造商", "运营商", "营运商", "开发商", "发展商", "经销商", "代理商", "零售商", "服务商",
                     # kinds of shop chain (连锁超市Kedai Sentosa, 便利店Mart Harmoni)
                     "超市", "连锁店", "便利店", "百货")
"""Kinds of body a Latin name is written right after, in apposition (美国咨询公司Frontier Economics, 研究机构Counterpoint)."""
SHOP_KINDS = ("超市", "药房", "药店", "咖啡店", "咖啡馆", "餐厅", "餐馆", "面包店", "烘焙坊", "甜品店", "便利店", "杂货店", "书店",
              "花店", "茶餐厅", "酒吧", "商店", "商号", "商场", "百货公司", "连锁店")
"""Kinds of shop a Latin name is written right after or before (连锁超市Kedai Murni, 名为Kopi Harmoni的咖啡店): the shop's
name, a body, never a person."""
APPOSITION_KINDS = ("公司", "企业", "车企", "药企", "房企", "厂", "厂商", "品牌", "运营商", "营运商", "供应商", "开发商", "发展商", "制造商",
                    "服务商", "零售商", "经销商", "代理商")
GROUPS_OF_PEOPLE = ("团体", "学者", "专家", "居民", "民众", "市民", "业者", "家长", "病友", "人士", "厂商", "企业", "医界", "学界",
                    "业界", "代表")
"""Nouns that close a generic group of people or bodies (病友团体, 专家学者, 区内居民, 相关企业): joined by 及/与/和 to a body's
name (病友团体及卫福部) they name no body, and the body after them is a name of its own."""
DESCRIPTOR_KINDS = ("新创", "初创", "老店", "老字号", "业者", "团体", "学府", "名校")
"""Descriptors of a firm's or a body's age, size or stage written before its whole name (国产电动机车新创|某某股份有限公司,
百年老店|某某有限公司, 在地社福团体|某某协会), and the praise of a school written in apposition (著名学府|某某大学,
百年名校|某某中学): no part of the name, whatever ending the name has."""
APPOSITION_KINDS += DESCRIPTOR_KINDS
"""Kinds of business written with what they do before a company's whole name, in apposition (电子支付公司|某某有限公司,
电池材料厂|某某股份有限公司, 新能源车企|某某汽车股份有限公司), and the descriptors of a firm's or a body's age, size or stage
(生技新创, 老字号糕饼业者, 在地社福团体): the kind is no part of the name."""
NOT_BODY_LATIN_WORDS = ("Logo", "Online", "Plus", "WiFi", "Wifi", "Email", "Blog", "Vlog", "Apps", "Website", "Slogan")
"""Latin words written after a company that name a thing of its own (公司Logo), not the company."""

INDUSTRY_ENDINGS = (
    "科技", "地产", "置业", "医药", "制药", "生物", "能源", "新能源", "电子", "汽车", "电器", "电气", "物流", "传媒", "实业", "重工",
    "化工", "光电", "通信", "软件", "智能", "药业", "食品", "建设", "环保", "材料", "新材", "半导体", "航空", "航运", "矿业", "钢铁",
    "种植", "农业", "电讯", "金控", "娱乐", "博彩", "资源", "电力", "水务", "燃气", "零售", "酒店", "乳业", "超市", "百货", "电机",
    "精密", "精机",
)
"""Industry words that end a listed company's short name (某某科技, 某某地产): with a head the dictionary does not know as a
common word, and a word of disclosure after it in the clause (DISCLOSURE_WORDS), the name is a company's."""

TRADE_MODIFIERS = ("金融", "生物", "数码", "数字", "信息", "网络", "互联网", "高新", "绿色", "人工", "新兴", "传统", "医疗", "健康",
                   "文化", "创意", "清洁", "低碳", "海洋", "航天", "农业", "教育", "游戏", "区块链")
"""Words that narrow an industry word (金融|科技, 人工|智能, 生物|医药): with it and a kind of firm alone (金融科技公司,
人工智能企业, 生物科技初创公司) they name a line of business, no company."""

FIRM_TRADE_WORDS = ("资产管理", "地产顾问", "房地产顾问", "物业", "资本", "创投", "城投", "交投", "文旅", "文投", "影业", "国际", "电动车", "医疗", "生技", "投资", "产业",
                    "证券", "控股", "研究")
"""Trade words that, like INDUSTRY_ENDINGS, end a company's short name (某某资本, 某某城投, 某某国际) but are read as one only
where the name stands in a slot where a body acts (FIRM_SLOT_VERBS): alone they name a trade (资本市场, 国际合作)."""

FIRM_SLOT_VERBS = ("发言人", "回应", "称", "指出", "介绍", "获悉", "透露", "澄清", "否认", "领投", "跟投", "投得", "收购", "回购",
                   "合资", "承建", "预计", "预测", "预期", "认为", "看好", "上调", "下调", "调高", "调低", "召回", "量产", "裁员")
"""Words after a company's short name that make it the one acting, besides ACTING_VERBS: its spokesperson, its replies and
statements (回应称, 据某某介绍, 从某某获悉), and what a company does in a deal (领投, 投得, 收购)."""

FIRM_STAFF_WORDS = ("员工", "职员", "分析员", "分析师", "策略师", "经济学家", "经济师", "研究员", "高管", "合伙人", "团队主管")
"""A firm's staff named by what they do, not by a post (某某员工透露, 某某分析员指出): with the posts of POSITIONS, written
right after a brand or a trade name, they make it a body."""

FIRM_REGION_UNITS = tuple(region + "区" for region in ("亚太", "大中华", "亚洲", "东南亚", "东北亚", "北亚", "南亚", "中国", "港澳",
                                                      "欧洲", "美洲", "北美", "中东"))
"""A multinational's regional unit written as one with its name (某某亚太区, 某某大中华区): part of the body named."""

REPORT_WORDS = ("报告", "研究报告", "调查报告", "调查", "数据", "研究")
"""What a firm publishes (某某报告显示, 某某最新调查指出): with a verb of showing after it, the firm before it is a body."""

WELL_KNOWN_FIRMS = (
    "高盛", "摩根士丹利", "大摩", "摩根大通", "小摩", "花旗", "汇丰", "渣打", "瑞银", "瑞信", "野村", "美银", "富达", "贝莱德",
    "星展", "华侨银行", "大华银行", "马银行", "联昌", "丰隆",
    "微软", "谷歌", "苹果", "亚马逊", "脸书", "英伟达", "英特尔", "高通", "三星", "索尼", "松下", "东芝", "日立", "夏普", "LG",
    "丰田", "本田", "日产", "特斯拉", "宝马", "奔驰", "大众汽车",
    "麦肯锡", "毕马威", "德勤", "安永", "普华永道", "罗兵咸永道", "波士顿咨询",
)
"""Multinationals the press writes bare, without 公司 or 集团 (高盛, 微软, 三星, 星展): a seed the frame decides on, the name
being a body only before its staff, its region unit or a verb of a body acting (高盛分析师, 微软亚太区, 三星宣布); 苹果价格,
三星堆 and 本田圭佑 stand in no such frame."""

TROUPE_ENDING = "座"
"""The ending of a troupe's name in Japanese style (某某座), read as one only before a performance or its members."""

PERFORMING_VERBS = ("演出", "首演", "巡演", "公演", "献演", "上演", "重演", "登台", "呈献", "推出", "排演", "加演")
"""Verbs of a troupe performing (某某座下月首演新作)."""

TROUPE_MEMBERS = ("演员", "团员", "成员", "团长", "编导", "导演", "主理人", "创办人")
"""A troupe's members and heads (某某座的演员, 某某座团长)."""

DISCLOSURE_WORDS = (
    "年报", "半年报", "季报", "财报", "业绩", "公告", "股价", "股份", "营收", "营业收入", "营业额", "净利润", "纯利", "盈利", "亏损",
    "市值", "涨停", "跌停", "派息", "股息", "回购", "上市", "招股", "配股", "停牌", "复牌", "获利", "税后纯益", "每股盈余",
)
"""Words of a company's results and market news (年报, 股价, 净利润), written after a short name in the same clause."""

NOT_BODY_WORDS = (
    "政局", "格局", "结局", "大局", "时局", "变局", "布局", "开局", "全局", "残局", "僵局", "困局", "骗局", "赌局", "饭局", "棋局",
    "牌局", "危局", "乱局", "新局", "胜局", "败局", "终局",
)
"""Words that end like a bureau but name a situation or a game (政局, 格局, 骗局): written as a word of their own after a
place (中东|政局), no body; 财政局 is one word."""

FIELD_NOUNS = ("产业", "行业", "领域", "专业", "学科", "业态", "产业链")
"""Nouns that close a list of fields (A、B、C等重点产业): the items are industries or subjects, no bodies, whatever the
tagger calls them."""

STOCK_CODE_WORDS = ("股票代码", "证券代码", "股份代号", "股票代号", "证券代号", "股票编号", "代码", "代号")

STOCK_MARKET_WORDS = ("上市", "上柜", "兴柜", "港股", "新交所", "马交所", "港交所", "上交所", "深交所", "北交所", "台交所")
"""A market written before a code word (上櫃代號6234, 新交所代码：S5L): the board or exchange a company is listed on."""

STOCK_EXCHANGES = (
    "HK", "SH", "SZ", "SS", "BJ", "TW", "TWO", "KL", "SI", "SGX", "US", "N", "O", "OQ", "T", "L", "AX", "KS", "KQ",
    "HKEX", "SEHK", "NYSE", "NASDAQ", "Nasdaq", "AMEX", "LSE", "TSE", "SGX", "Bursa", "KLSE",
)

NAME_LEVEL_WORDS = ("国家", "全国", "中共", "中央", "中国共产党", "省", "市", "县", "区", "州", "特区", "自治区", "香港特区", "澳门特区",
                    "国立", "省立", "市立", "县立", "私立")

SHORT_ENDINGS = (
    ("科技大学", "科大"), ("师范大学", "师大"), ("农业大学", "农大"), ("工业大学", "工大"), ("交通大学", "交大"), ("医科大学", "医大"),
    ("股份有限公司", "公司"), ("有限公司", "公司"), ("集团有限公司", "集团"), ("控股有限公司", "控股"), ("立法院", "立院"),
    ("党团", "团"), ("人民政府", "政府"), ("人民法院", "法院"), ("人民检察院", "检察院"), ("人民代表大会", "人大"),
    ("人民代表大会常务委员会", "人大常委会"), ("常务委员会", "常委会"), ("地方法院", "地院"), ("高等法院", "高院"),
    # a company's legal form or group word left out (某某铁路公司 -> 某某铁路, 某某科技有限公司 -> 某某科技, 某某集团 -> 某某)
    ("股份有限公司", ""), ("有限公司", ""), ("公司", ""), ("集团有限公司", ""), ("集团", ""),
    # a holding company's 控股 left out (某某地产控股 -> 某某地产, 某某能源控股集团 -> 某某能源)
    ("控股", ""), ("控股集团", ""),
    # and a technology company's 科技 with it (某某新能源科技有限公司 -> 某某新能源)
    ("科技有限公司", ""), ("科技股份有限公司", ""),
)

PREPOSITIONS = ("在", "于", "於", "对", "從", "从", "到", "向", "把", "被", "由")

EVENT_ABBREVIATION_ENDINGS = ("博会", "交会", "洽会", "运会", "展会", "贸会", "旅会")

GENERIC_BODIES = (
    "警署", "警区", "市委", "省委", "县委", "区委", "州委", "党委", "市政府", "省政府", "县政府", "区政府", "县府", "市府", "特区政府", "政府",
    "市人大常委会", "省人大常委会", "人大常委会", "市人大", "省人大", "市政协", "省政协", "县政协", "区政协", "管委会",
    "市委市政府", "省委省政府", "中央", "国务院各部委", "有关部门", "主办单位", "主办方", "承办单位", "组委会",
    "市直有关部门", "公司", "集团", "企业", "政府部门", "大会", "本报", "本台", "本网", "科学院", "秘书处",
    "书记处", "县市府", "县市政府", "各县市", "村委会", "居委会", "村民委员会", "居民委员会", "业主委员会", "业委会", "党", "政党", "执政党", "反对党", "在野党", "公会",
    "联络处", "代表处", "办事处", "党团", "在野党团", "朝野党团",
    "执委会", "筹委会", "常委会", "理事会", "董事会", "监事会", "机构", "交易所", "人大", "政协", "纪委", "监委", "工委", "党工委",
    "村两委", "两委", "村党支部", "村支部", "村党委", "社区党委",
    "人民法庭", "司法所", "财政所", "卫生所", "看守所", "拘留所", "戒毒所", "党校", "执法队", "法团", "互助会", "家长会",
    "幼儿园", "幼稚园", "联谊会", "分局", "党总支", "董事部", "家长教师会",
    # a party's central committee without the party written (召开中委会): the party's organ, named only with the party
    "中委会",
    # kinds of association named by their ending alone (商会会长, 协会秘书长: the body has a name elsewhere)
    "商会", "总商会", "协会", "学会", "总会", "联合会", "基金会", "研究会", "促进会", "同乡会", "校友会",
    # a party's liaison committee of a state or division (各州联委会), and kinds of bank and holding company by charter
    # (城商行, 农商行, 股份行, 金融控股公司)
    "联委会", "城商行", "农商行", "股份行", "大行", "金融控股公司", "金控公司",
    # a company's legal form in Chinese written alone (私人有限公司 as what B.V. or Sdn Bhd stands for): a kind, no name
    "有限公司", "私人有限公司", "股份有限公司", "有限责任公司", "无限公司",
    # a bank's channels, which end like a bank and are its products (透过手机银行办理)
    "手机银行", "网上银行", "网络银行", "电子银行", "流动银行",
    # committees and councils each district, estate, park or school has, written without it (地区委员会, 互助委员会,
    # 市镇理事会, 管理委员会): the kind, named only with its place or its school
    "管理委员会", "地区委员会", "分区委员会", "互助委员会", "业主立案法团", "市镇理事会", "公民咨询委员会", "乡村发展及安全委员会",
    "家长教师协会", "学生会", "社福机构",
    # a village's or a neighbourhood's office written without its place (里办公处, 村办公处): each village has one
    "办公处", "里办公处", "村办公处",
    # the units of an association, party or school written without it (青年团团长, 妇女组主任, 青委, 建校基金): the unit of
    # whatever body the article is about, named only with its owner (某会馆青年团, 某独中发展基金委员会)
    "青年团", "妇女组", "青年组", "妇女部", "青年部", "青委", "妇委", "发展基金", "建校基金",
    # a union written by its kind alone (工会理事长, 职业工会): named only with its trade (某某外送员职业工会)
    "工会", "职业工会",
    # a national university by its kind alone (多所国立大学): named only with its name or its country (新加坡国立大学)
    "国立大学",
    # a chamber's sitting written alone (院会): the sitting, not a body; with its chamber (行政院会, 立法院会) the chamber acts
    "院会",
    # a federation's government written without its country (代表联邦政府拨款), and an authority re-mentioned by its kind
    # alone (管理局将增聘人手): the level or the kind, named only with its country or its field (某国家公园管理局)
    "联邦政府", "管理局",
    # a unit written by its ending alone (分署长, 警察大队表示): named only with its parent, its area or its ordinal
    # (某署某某分署, 第三公路警察大队)
    "分署", "警察大队", "大队", "中队", "支队",
)

OCCUPATIONS = (
    "外送员", "外卖员", "送餐员", "快递员", "派送员", "驾驶员", "业务员", "从业员", "服务员", "营业员", "推销员", "保安员",
    "清洁员", "导游", "领队", "护理师", "药剂师", "会计师", "律师", "建筑师", "美发", "美容", "厨师",
)
"""Occupations that name a union or association of their workers (外送员职业工会, 导游从业员协会, 会计师公会), as
written: jieba cuts some of them apart (外|送|员, 外卖|员|工|会), so the name is matched on the text."""

OCCUPATION_BODY_ENDINGS = ("职业工会", "工会", "公会", "协会", "总会", "联合会", "互助会")
"""Endings of a body named after an occupation (某市外送员职业工会, 某地的士司机从业员总会)."""

COUNTRY_NAMED_KINDS = ("国立大学",)
"""Generic kinds that a country's name written before them makes a name (新加坡国立大学): the country stays in it."""

SIDES = ("劳方", "资方", "校方", "院方", "厂方", "工会", "公会")
"""The sides of a dispute or a bargain, and a union or guild written without its name (劳方代表, 工会代表): before 代表
they say whom someone stands for, no post."""

PLACE_BODIES = ("里办公处", "村办公处", "乡民代表会", "镇民代表会", "市民代表会", "公所", "府", "政府", "委", "人大", "政协", "县府", "市府", "县政府", "市政府", "省政府", "区政府", "人民政府", "市委", "省委", "县委", "区委", "州委", "市人大", "市政协")
"""Generic bodies that name an organisation when a place is written before them (南投县府, 镇江市委)."""

NOT_ORG_ENDINGS = (
    "大会", "论坛", "峰会", "博览会", "展览会", "交易会", "洽谈会", "研讨会", "年会", "推介会", "发布会", "签约仪式", "仪式",
    "典礼", "开幕式", "闭幕式", "会展中心", "展览中心", "国际博览中心", "酒店", "大酒店", "宾馆", "饭店", "体育馆", "体育场",
    "广场", "代表团", "考察团", "访问团", "展", "节", "周", "赛", "会议中心", "会议", "座谈会", "见面会", "招待会", "联席会议",
    "工程", "项目", "计划", "战略", "规划", "协议", "备忘录", "平台", "园区", "产业园", "基地", "示范区", "新区", "开发区",
    "购物中心",
    # services named by how they are done (一网通办, 跨省通办, 马上办): a way of handling matters, no office
    "通办", "快办", "网办", "即办", "马上办", "一次办", "掌上办",
)

SEASON_GATHERINGS = ("新春联谊会", "春节联谊会", "中秋联谊会", "新年联谊会", "迎新联谊会", "年终联谊会", "元宵联谊会", "端午联谊会")
"""A gathering named by its season or occasion (新春联谊会): an event, though 联谊会 also ends associations; a body
written right before one (某大学校友新春联谊会) is named only inside the event's name."""

NOT_ORG_ENDINGS += SEASON_GATHERINGS

FAIR_ENDINGS = ("园游会", "游园会", "义卖会", "卖物会", "嘉年华")
"""Fairs, charity sales and carnivals a school or association holds (某华小园游会, 某会馆义卖会): events, though they end
in 会 like a body; a body written right before one is named only inside the event's name."""

NOT_ORG_ENDINGS += FAIR_ENDINGS

SHELTER_ENDINGS = (
    "疏散中心", "疏散站", "疏散点", "收容处", "收容所", "收容中心", "庇护中心", "避风中心", "安置点", "安置中心", "救护点",
    "投票站", "投票中心", "接种中心", "接种站",
)
"""Shelters and posts set up in a school or hall in a disaster or an election (某华小疏散中心, 某国小避难收容处, 某社区会堂临时
庇护中心, 某学校避风中心, 投票站): a place people are taken to, run by the body that sets it up; the school or hall they are
set up in is where it is, no body there."""

VENUE_ENDINGS = (
    "会展中心", "展览中心", "会议中心", "博览中心", "体育中心", "会展体育中心", "会议展览中心", "展览馆", "博物馆", "酒店", "大酒店",
    "宾馆", "饭店", "体育馆", "体育场", "广场", "剧院", "大剧院", "礼堂", "大礼堂", "会堂", "大会堂", "会馆", "展馆",
    # rooms and halls that end like a department (厅): a meeting chamber, a banquet or reception hall
    "会议厅", "宴会厅", "多功能厅", "贵宾厅", "会客厅", "演讲厅", "报告厅", "展览厅", "陈列厅", "放映厅", "演奏厅",
    # resorts (某某度假村), venues unless they act (INSTITUTION_VENUE_ENDINGS)
    "度假村",
    *SHELTER_ENDINGS,
)

INSTITUTION_VENUE_ENDINGS = (
    "博物馆", "美术馆", "图书馆", "纪念馆", "科技馆", "文化馆", "艺术馆", "档案馆", "剧院", "大剧院", "音乐厅", "大会堂",
    "会馆", "会展中心", "展览中心", "会议中心", "体育中心", "度假村", "科学馆", "天文馆", "海洋馆", "水族馆", "动物园", "植物园",
    # shops and small businesses the local press names as actors (某茶坊开张, 某餐室推出套餐, 某咖啡店举行开幕仪式)
    "茶坊", "餐室", "咖啡店", "茶室",
)
"""Venues that are also institutions with staff and programmes (a 会馆 is a clan or trade association with its hall; a
centre or a resort is run by its own operator): a body where they act (某博物馆举办特展, 某会展中心与某集团签署,
某博物馆与某中心合办), a venue where something is held in them."""

MEMBERSHIP_ENDINGS = ("合作社", "协会", "商会", "学会", "总会", "联合会")
"""Endings of bodies of members (某供销合作社, 某协会): 组织 after one (某合作社组织农户参展) is the verb, no part of the
name, as no name ends in 合作社组织."""

HEAD_POSTS_AFTER = ("会长", "总会长", "署理会长", "副会长", "主席", "署理主席", "理事长", "馆长", "副馆长", "代表", "的代表")
"""Posts and representatives written right after an institution that is also a venue (某会馆会长, 某博物馆馆长, 某会馆的代表):
the body has people of its own there, so it is named as a body, not as a place."""

QUOTED_BRAND_KINDS = ("品牌", "公司", "企业", "集团", "平台", "机构", "老字号", "饼家", "书店", "连锁店")
"""Kinds of business a brand's name is written after in quotation marks (在地茶饮品牌「某某茶坊」, 科技公司“某某智能”): the
quoted name is the body when it acts."""

QUOTED_BRAND_ACTS = (
    "开幕", "开业", "开张", "开设", "结业", "进军", "进驻", "宣布", "公布", "发布", "推出", "举办", "举行", "捐赠", "捐出", "捐款",
    "向", "与", "在", "于", "获", "完成", "赞助", "承建", "召回", "关闭", "扩建", "扩充", "调涨", "表示", "签署", "颁发",
)
"""What a business does when the press names it by its quoted brand (「某某茶坊」旗舰店今日开幕, “某某科技”完成融资)."""

ACTING_VERBS = (
    "主办", "合办", "举办", "承办", "协办", "联办", "推出", "发布", "宣布", "公布", "表示", "组织", "策划", "启动", "邀请",
    "签署", "签约", "获颁", "获得", "捐赠", "征集", "收藏", "派出", "开设", "携手", "联合", "发表", "颁发", "呼吁",
    "开张", "捐出", "捐款", "庆祝", "召开", "赞助", "签订",
)
"""Verbs of a body acting (主办, 推出, 签署): an institution that is their subject is an organisation."""

ASSOCIATION_HALL_ENDINGS = ("会馆",)
"""Halls named for the association that owns them (某某会馆: a clan, hometown or trade association): the association
wherever the hall is not written as where one goes or something is held (在某会馆举行, 参观某会馆) or before a part of its
grounds (某会馆礼堂); it acts, gives and receives (某会馆将为…筹款, 为某会馆筹款, 拨款予某会馆) with any verb."""

ASSOCIATION_KINDS = ("同乡", "宗乡", "宗亲", "乡亲", "同业", "同宗", "地缘", "血缘", "业缘")
"""Kinds of association that name no hall of their own (新加坡同乡会馆, 各宗乡会馆: the halls of a kind)."""

PLACE_PART_WORDS = (
    "门外", "门口", "门前", "大门", "附近", "对面", "旁边", "一带", "周边", "礼堂", "操场", "大楼", "校园", "校内", "院内", "园内",
    "停车场", "急诊室", "病房", "课室", "教室", "体育馆", "运动场", "门诊大楼", "门诊楼", "住院大楼", "住院楼", "会议厅", "报告厅",
    "急症室", "会商室", "值班室", "指挥中心", "指挥大厅", "会议室",
)

SEAT_BUILDINGS = ("总部", "合署")
"""A body's seat as a building (在某集团总部举行, 在某政府合署举行): where something is held there, the body is the place,
as its grounds are; where people only meet there (於某街坊會總部集合) it stays the body."""
"""Parts of a body's grounds and spots beside it (门外, 礼堂, 附近): after 在 a hospital, school or office written before
them is where something is or happens, no organisation (在某医院门外, 设在某中学礼堂)."""

SPOT_ENDINGS = ("交汇处", "交界处", "汇合处", "入口处", "出口处", "结合处", "接合处")
"""Nouns of a spot where things meet (某运输交汇处): places, though they end in 处 like an office."""

PARTICIPANT_GROUPS = (
    "大学生", "中学生", "小学生", "学生", "青少年", "少年", "青年", "儿童", "成人", "成年", "老年", "长者", "男子", "女子", "男女",
    "职工", "教师", "行业", "公开", "业余", "专业", "职业", "残疾人", "新手", "高校", "群众", "机关", "农民", "老将",
)
"""Groups of participants that name a division of a contest or a sports meet (大学生部, 青少年组): no bodies."""

GOAL_VERBS = ("成为", "建成", "建设成", "建设为", "打造成", "打造为", "构建为", "构建成", "发展成", "发展为", "定位为", "定位成", "跻身")
"""Verbs that name what a place or body is to become (建设成为世界旅游休闲中心): the noun after them is a role, no body."""

NAMESAKE_ENDINGS = ("基金会", "纪念馆", "纪念堂", "纪念医院", "纪念中学", "纪念小学", "纪念学校", "书院", "研究院", "艺术馆", "美术馆", "医院")
"""Endings written right after a person's name to name a body after them (某某基金会, 某某纪念医院)."""

EVERY_PLACE_WORDS = ("地方", "各地", "当地", "基层", "各级", "各县市", "各县", "各市", "各省", "各区", "各州")
"""Words that put a body in every place of a level or in whatever place is meant (地方卫生局, 各县市卫生局, 当地警察局): the
department each such place has, named by function, is no body of its own."""
GENERIC_SCOPE_WORDS = (
    "社区", "基层", "地方", "民间", "当地", "本地", "行业", "各类", "相关", "有关", "各地", "境外", "海外", "国内", "国外", "内地", "外地",
    "山区", "农村", "乡村", "偏远", "边远", "偏乡", "城乡", "乡镇",
    # 本 with a place or a body it points to (本港大学, 本澳社团, 本会会员公司): the page's own place or body
    "本港", "本澳", "本国", "本土", "本省", "本市", "本县", "本区", "本校", "本会", "本行",
)

"""Words of scope that open a kind of body, not a name (社区体育协会, 行业协会, 民间组织, 内地文博机构): no organisation unless a
place or a name is written before them, or the body is a department named by its function."""

JURISDICTION_SCOPE_WORDS = ("辖区", "辖内", "属地", "小区", "全省", "全市", "全县", "全区", "全镇")
"""Scope words of a jurisdiction or a housing estate (辖区派出所, 全市公安局, 小区业主委员会): a kind of body even before a
department's ending, which other scope words leave to a name (地方税务局 is one)."""

GENERIC_SCOPE_WORDS += JURISDICTION_SCOPE_WORDS

FOUNDING_VERBS = ("共建", "合建", "组建", "筹建", "新建", "兴建", "扩建", "设立", "成立", "建立", "创建", "创办", "开设", "增设", "共设", "落户")
"""Verbs of setting a body up (共建, 设立): written inside what the tagger takes for a name (某地|共建|联合实验室), they show
a place and a kind of body, no name."""

FOUNDING_ANNIVERSARY_WORDS = ("建校", "建院", "开院", "创校", "建厂", "建馆", "开馆", "成立", "创立", "创办", "创刊", "建会", "创会", "开业")
"""Words written between a body and the anniversary of its founding (某大学建校一百周年庆典): the body is named only
inside the name of its occasion."""

FESTIVAL_WORDS = ("体育节", "艺术节", "文化节", "科技节", "音乐节", "电影节", "美食节", "读书节", "旅游节", "运动会", "嘉年华")
"""Kinds of festival a school, company or town holds (某学校体育节): a body written right before one is named only inside
the name of its occasion."""

FUND_SIZE_WORDS = ("规模", "总规模", "首期", "总额", "额度", "金额", "总金额", "资金")
"""Words of a sum written right after a fund's name (某创业基金首期规模10亿元): the fund is a pot of money, no body; a
foundation (基金会) is one."""

CO_ACTION_VERBS = ("联合", "会同", "协同", "携手", "联手", "配合", "联同")
"""Verbs of acting together with a body, which the tagger takes into the body's name (将联合|市体育局): no part of it;
联合 only before a level or a place, since names open with it (联合国, 联合利华)."""
CO_ACTION_NAME_OPENERS = ("联合", "协同")
"""Verbs of acting together that also open a kind of body or a name (联合实验室, 联合国, 协同创新中心)."""

DISTRICT_JUDICIARY = ("地方检察署", "地方法院", "地检署", "地院")
"""A district's prosecutors and court named after the district (某某地方检察署, 某某地检署, 某某地院): the district's name
before them is part of the name; alone (移送地检署) they name none."""

UNIT_REGIONS = ("北部地区", "南部地区", "东部地区", "西部地区", "中部地区", "北部", "南部", "东部", "西部", "中部", "北区", "南区", "东区",
                "西区", "中区")
"""Region words that name an investigating or policing unit's area after its parent body (某廉政署|北部地区|调查组, 某署|南区|调查组);
a place written with its level (某县, 某市) or a police region (某总区) names one as well."""

REGIONAL_UNIT_ENDINGS = ("调查组", "调查站", "调查处", "专案组", "重案组", "工作站", "机动工作站", "分署", "侦查队")
"""Units of an investigating or policing body named by their area (某局|某县|调查站, 某处|某总区|重案组, 某署|东部|分署): written right
after the body, part of its name; kept out of jieba (they are matched on the text)."""

TEAM_ENDINGS = ("义工队", "志工队", "志愿服务队", "服务队", "志愿队", "消防队")
"""Volunteer and rescue teams, named by their district and their cause (某区|关爱|长者|义工队, 某乡|环保|志工队): the place and the
cause, verb and all, are the team's name; without a place (多支义工队, 学校的志工队) the ending names only a kind of team."""

REMOTE_AREA_WORDS = ("偏乡地区", "偏远地区", "偏乡", "偏远", "离岛地区", "山区")
"""Kinds of area, not places (偏乡地区医院, 偏远地区学校): before a body's ending they name every such body of that kind of area."""

COMPUTING_FACILITY_ENDINGS = ("数据中心", "资料中心", "运算中心", "算力中心", "智算中心")
"""Facilities of the computing trade (AI资料中心, 云端数据中心): built and run, no body, when nothing but a technology or
size word stands before them."""

OWN_UNIT_FACILITIES = ("研发中心", "营运中心", "运营中心")
"""A firm's own unit named by its function alone (研发中心, 营运中心), alone or after the place it stands in (竹北研发中心 to
be built, 某地营运中心): no body; one named after its firm (某某电子研发中心) is the firm's."""

COMPUTING_FACILITY_MODIFIERS = ("云端", "绿色", "大型", "超大型", "超大规模", "新一代", "智能", "边缘")

NUMBERED_UNIT_ENDINGS = ("分署", "分局", "大队", "支队", "中队", "分队", "派出所", "分驻所")
"""Units numbered under their parent and named by their function between the ordinal and the ending (某局|第五|公路警察大队,
某署|第三|河川分署): the ordinal, the function words and the ending are one unit's name."""

BRANCH_AREA_ENDING = "分署"
"""A branch office named by the area it serves, written right after its parent (某署|某某某|分署): the area is often a run of
the first characters of its counties (three or four), which no gazetteer holds."""

AREA_UNIT_ENDINGS = ("消防区", "警区")
"""A fire or police district named by its place alone (某消防处|某地消防区, 某警务处|某地警区): written right after its
department, part of its name; kept out of jieba (matched on the text)."""

SEAT_WORDS = ("驻会", "驻校", "驻院")
"""Written between a body and a position (某企联驻会副会长: the officer who works at the body's seat): no part of the
body's name, though they end like one."""

ROLE_ENDINGS = ("协办", "主办", "承办", "支持", "指导", "联合主办", "共同主办", "合办")

OWNERSHIP_AND_GRADE_WORDS = (
    "民营", "国营", "国有", "私营", "公营", "外资", "中资", "港资", "台资", "澳资", "侨资", "内资", "合资", "独资", "外商", "公股",
    "公立", "私立", "公办", "民办", "三甲", "二甲", "三级", "二级", "上市", "定点", "指定", "中小", "大型", "中型", "小型", "微型",
)
"""Words of ownership, grade or size written right before a body's ending (民营银行, 中资企业, 三甲医院, 上市公司, 中小银行): a kind of
body, whatever place stands before it (某市三甲医院); a name puts its own words between them (私立某某中学)."""

ASSEMBLY_ENDINGS = ("人民代表大会",)
"""Endings of a legislature that end like an event (人民代表大会 ends with 大会): a body with its place written."""

INTERNATIONAL_SCOPE_WORDS = ("世界", "国际", "联合国", "全球", "亚洲", "欧洲", "非洲", "美洲", "亚太", "东南亚", "太平洋")
"""Words of world or regional scope that open an international body's name (世界气象组织, 国际能源署), which the dictionary
may hold as one plain noun: with a field between them and the ending it is a name; 国际组织, 世界银行业 are kinds."""

SIDE_ENDINGS = ("队", "国家队")
"""Endings of a side in a match written after a country (日本队, 中国国家队): the country playing, no organisation."""

CLUB_ENDING = "队"
"""The ending of a club in a game (某地某某队): a body where the page reports games and the club's own name stands between
its place and the ending."""
TEAM_KIND_WORDS = ("国家", "代表", "青年", "少年", "青少年", "男", "女", "主", "客", "球", "联", "梯", "预备", "明星", "甲",
                   "乙", "一", "二", "志愿", "义工", "志工", "服务", "救援", "消防", "医疗", "工作", "执法", "巡逻", "考察",
                   "啦啦", "仪仗", "车", "舰", "部", "大", "中", "支", "分", "总", "突击", "先锋",
                   # a sport: a side named by its place and its sport alone (中国田径队, 香港游泳队) is a representative team
                   "田径", "足球", "篮球", "排球", "游泳", "乒乓球", "羽毛球", "网球", "体操", "跳水", "举重", "射击", "击剑",
                   "棒球", "垒球", "手球", "冰球", "曲棍球", "橄榄球", "武术", "男篮", "女篮", "男排", "女排", "男足", "女足",
                   "国奥", "国青")
"""Words before 队 that name a kind of team, not a club's own name (中国国家队, 香港U18代表队, 男队, 某地志愿服务队,
中国田径队)."""
GAME_WORDS = ("比赛", "赛季", "联赛", "主场", "客场", "击败", "战胜", "不敌", "迎战", "对阵", "逆转", "决赛", "主教练",
              "总教练", "球队", "球员", "险胜", "落败", "力克", "力挫", "交手", "比分", "握手言和", "作客", "揭幕战", "连胜",
              "连败", "半场", "首节", "末节", "加时")
"""Words of a game on a page: a club named by its place and its name (某地某某队) is a body only on such a page."""

COUNTRIES = (
    "美国", "英国", "法国", "德国", "日本", "韩国", "瑞士", "瑞典", "意大利", "荷兰", "比利时", "丹麦", "挪威", "芬兰", "西班牙",
    "葡萄牙", "奥地利", "澳大利亚", "加拿大", "俄罗斯", "印度", "新加坡", "马来西亚", "泰国", "越南", "老挝", "柬埔寨",
    "缅甸", "印尼", "印度尼西亚", "菲律宾", "以色列", "巴西", "阿根廷", "墨西哥", "新西兰", "爱尔兰", "波兰", "捷克", "匈牙利",
    "土耳其", "沙特", "阿联酋", "南非", "埃及", "卡塔尔", "中国", "台湾", "香港", "澳门", "东盟", "欧盟", "亚细安",
)

FIRM_KINDS = ("企业", "厂商", "业者", "车企", "药企", "房企", "厂家", "商家")
"""Nouns for firms of a kind that name no one firm: after a country or bloc alone (东盟企业, 日本车企, 台湾业者) they are the
country's firms, no body; 银行 is left out, as 某国银行 names central and commercial banks (日本银行)."""

ORIGIN_WORDS = tuple(place + kind for place in "德日美英法韩港台陆星马澳荷欧外中" for kind in "商资企" if place + kind != "中商") \
    + tuple(country + "商" for country in COUNTRIES[: COUNTRIES.index("中国")] if len(country) >= 2)
"""A company's origin in a country's or region's one-character short name and 商, 资 or 企 (德商某某股份有限公司, 陆资某某
电子, 日企某某株式会社), or a foreign country's whole name and 商 in Taiwan's registered style (新加坡商, 荷兰商某某股份有限公司): written before a company's name like a country word, and no part of it; before
a bare kind (外商银行, 港资企业) it makes a kind of body (OWNERSHIP_AND_GRADE_WORDS). 中商 opens companies' own names."""

FEDERATION_SHORT_FORMS = ("董总", "教总", "华总", "中总", "宗乡总会", "街总")
"""The short names the press gives the federations of the Malaysian, Singapore and Macau Chinese communities (董总 the
school boards', 教总 the teachers', 华总 the associations', 中总 the chambers', 宗乡总会 the clan halls', Macau's 街总
the neighbourhood associations'): bodies where the segmenter's words start and end with them (董总|主席, 中总|促请); inside
other words (其中|总额, 马华|总会长, 宗教|总会) they are none."""

STATE_SHORT_FORMS = ("隆雪", "雪", "森", "槟", "霹", "柔", "甲", "彭", "吉", "玻", "丁", "砂", "沙")
"""The one- or two-character names of Malaysia's states the community press opens a state body's short name with."""

STATE_FEDERATION_ENDINGS = ("华堂", "华总")
"""A state's Chinese assembly hall and its federation of associations by their short names (隆雪华堂, 森华堂, 柔华总)."""

FEDERATION_SHORT_FORMS += tuple(state + ending for state in STATE_SHORT_FORMS for ending in STATE_FEDERATION_ENDINGS)

COALITION_SHORT_FORMS = ("国阵", "希盟", "国盟")
"""Malaysia's coalitions by the two characters the press calls them (国民阵线 -> 国阵, 希望联盟 -> 希盟, 国民联盟 -> 国盟):
bodies where the segmenter reads them as words of their own; inside other words (美国|盟友, 全国|阵线) they are none."""

KIND_NOUNS = ("学校", "诊所", "家族办公室")
"""Kinds of body that a describing word before them leaves a kind (乡区学校, 私人诊所, 单一家族办公室): no body unless a
name is written before them (某某宗教学校, 某某家族办公室有限公司)."""

KIND_DESCRIPTORS = ("单一", "联合", "乡区", "城市", "城区", "郊区", "农村", "乡村", "宗教", "私人", "民办", "公立", "私立")
"""Words that describe a kind of body by where it is, who owns it or what it teaches (乡区|学校, 单一|家族办公室, 宗教|学校):
a phrase of these, school kinds (SCHOOL_KINDS) and list joiners before a KIND_NOUN or a school kind (华小、淡小及宗教学校)
names kinds of body, however many are counted before it (逾百所华小)."""

GOVERNMENT_NAME_OPENINGS = ("政府",)
"""The word a department's own name opens with where it is written alone at a clause's start (Hong Kong's 政府统计处,
政府产业署, 政府物流服务署): part of the name, not a level of government without its place (市政府, 特区政府)."""

EXCHANGE_SHORT_FORMS = ("上交所", "深交所", "北交所", "港交所", "新交所", "马交所", "台交所")
"""Stock exchanges by the three characters the press calls them (深圳证券交易所 -> 深交所, 香港交易所 -> 港交所): named
institutions wherever the segmenter reads them as words of their own (深交所|上市公司, 港交所|行政总裁); across two words
(上交|所得税, 移交|所属) they are none.  Written in brackets right after the full name they are its alias."""

BLOCS = ("东盟", "欧盟", "亚细安")
"""Blocs of countries that are also bodies: as the subject of a verb of acting (东盟签署, 欧盟宣布) they are international
bodies; written as a place (东盟市场, 赴东盟考察) or before a company (COUNTRIES) they are not."""

INTERNATIONAL_BODIES = (
    "北约", "北大西洋公约组织", "欧佩克", "石油输出国组织", "亚太经合组织", "亚太经济合作组织", "经合组织", "经济合作与发展组织",
    "独联体", "独立国家联合体", "非盟", "非洲联盟", "阿盟", "阿拉伯国家联盟", "海合会", "海湾合作委员会", "上合组织", "上海合作组织",
    "世贸组织", "世界贸易组织", "世卫组织", "世界卫生组织", "国际货币基金组织", "世界银行", "亚洲开发银行", "亚开行",
    "亚投行", "亚洲基础设施投资银行", "国际原子能机构", "国际刑警组织", "国际奥委会", "国际能源署", "国际劳工组织",
    "联合国教科文组织", "联合国儿童基金会", "联合国难民署", "安理会", "联合国安理会", "东南亚国家联盟", "欧洲联盟", "欧洲央行",
    "欧洲中央银行", "美洲国家组织", "加勒比共同体", "红十字国际委员会", "国际红十字会", "国际民航组织", "国际海事组织",
    "世界气象组织", "世界知识产权组织", "国际足联", "亚足联", "国际电信联盟",
)
"""International bodies by their fixed names and the press's standard short forms (北约, 欧佩克, 世卫组织, 亚投行): bodies
wherever they stand as one, like NATIONAL_BODIES; named only inside an event's name (北约峰会) they are no entry."""

BLOC_DECISION_VERBS = ("通过", "批准", "决定", "同意", "否决", "实施", "加征", "制裁", "欢迎", "举行", "谴责", "敦促", "重申", "裁定", "采用",
                       "成立")
"""What a bloc does as a lawmaker or in diplomacy (欧盟昨日通过新标准, 欧盟决定加征关税, 亚细安欢迎双方复谈, 欧盟与东盟举行
对话): verbs of acting for a bloc only; after other names 通过 is mostly 'by way of'."""

LATIN_LEGAL_FORMS = (
    "Sdn", "Bhd", "Berhad", "Ltd", "Limited", "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "LLC", "LLP", "PLC",
    "GmbH", "AG", "SA", "SAS", "SpA", "NV", "BV", "Pte", "Pty", "Tbk", "PT", "KK", "Group", "Holdings",
    # the words of a firm's kind that close a Latin name as a legal form does (Brightway Capital, Northgate Partners)
    "Capital", "Partners", "Ventures", "Securities", "Investments", "Bank",
    # and a sports club's (Selangor Rovers FC)
    "FC", "Club",
    # forms written in dotted letters (Hovenberg Marine B.V., Lumiere Verre S.A.), compared without their points
    "SRL", "Srl",
)

TOWN_COURTS = ("推事庭", "地方法庭")
"""Malaysia's courts of a town (the sessions and the magistrate's court), which the press names by their town (新山推事庭,
太平地方法庭): after 在 or 于, the words before the ending are the town."""

LATIN_BODY_WORDS = (
    "Council", "Association", "Authority", "Foundation", "Society", "Institute", "Commission", "Agency", "Federation",
    "Chamber", "Trust", "Academy",
)
"""Words of a body's kind that close a Latin name as 理事会 or 协会 closes a Chinese one (Penang Agro Promotion Council,
Riverside Heritage Society): the run of capitalised words they close is a body. Only the last word counts: a body word
before another (Council Chambers, Asia Youth Council Summit) names a building or an event."""

LATIN_FIRM_KINDS_AFTER = ("律师事务所", "会计师事务所", "建筑师事务所", "设计事务所", "工程顾问公司", "顾问公司", "测量师行",
                          "律师行", "会计师行")
"""Chinese words of a professional firm's kind written right after its Latin name (Tan & Partners律师事务所, Ong & Co会计师
事务所): one name from the first Latin word to the kind. Only kinds of such firms: a bare 公司 after a Latin name is as
often another company's (X Ltd与某某公司)."""

LATIN_TRADE_WORDS = (
    "Technologies", "Technology", "Robotics", "Analytics", "Systems", "Solutions", "Labs", "Foods", "Logistics", "Energy",
    "Pharma", "Biotech", "Media", "Networks", "Digital", "Industries", "Electronics", "Motors", "Airlines", "Airways",
)
"""Trade words that close a Latin firm's name (ACME Robotics, Greenleaf Foods) only where it stands in a slot where a body
acts (FIRM_SLOT_VERBS, ACTING_VERBS); elsewhere they may close a product's or a place's name (Galaxy Systems)."""

LATIN_ABBREVIATED_FORMS = ("Inc", "Corp", "Co", "Ltd", "Bhd", "Pte", "Pty", "Tbk")
"""Legal forms written as abbreviations with a point (Inc., Ltd.): the point is part of the name."""

NOT_BODY_ACRONYMS = (
    "CEO", "CFO", "COO", "CTO", "CIO", "VP", "GM", "MD", "PR", "HR", "IT", "AI", "AR", "VR", "IoT", "APP", "GDP", "GNP", "CPI",
    "PPI", "PMI", "IPO", "ESG", "KOL", "NGO", "SME", "SMEs", "MRT", "LRT", "BRT", "MTV", "DJ", "MC", "PC", "TV", "OK", "VIP",
)
"""Latin initials of roles, fields, measures, kinds of body and transport lines (CEO, AI, GDP, NGO, MRT): no one body's
name, though they open a clause before a verb of acting (CEO将宣布)."""

CRIME_RING_WORDS = ("诈骗", "犯罪", "贩毒", "走私", "黑社会", "传销", "赌博", "洗钱", "偷渡", "盗窃", "販毒")
"""Crimes that name a ring (跨境诈骗集团, 贩毒团伙): a gang, no organisation, whatever place or word stands before it."""

CRIME_RING_ENDINGS = ("集团", "团伙", "组织", "网络")

INVESTIGATED_CRIMES = CRIME_RING_WORDS + ("贪污", "贿赂", "受贿", "行贿", "腐败", "贪腐", "舞弊", "诈欺")
"""Crimes a unit is named after, written before the verb of investigating in its name (贪污|调查|局, 走私|侦查|局): a word of
the name, though the tagger calls it a verb."""

INVESTIGATING_WORDS = ("调查", "侦查", "侦缉", "稽查", "查缉")

KIND_WORDS_INSIDE = ("相关", "有关", "各类", "各地", "其他", "其它", "更多", "多家", "多间", "多所", "许多", "若干", "各大", "一些", "不少",
                     "省级", "市级", "县级", "区级", "国家级", "部级")
"""Words of pointing, of an unknown number or of a grade (相关, 更多, 多家, 省级): a phrase holding one names kinds of body
(相关法案委员会, 大湾区更多医疗机构, 省级重点实验室), no body, whatever ending it has."""

RANKING_WORDS = ("排名", "排行榜", "排行", "榜单")
"""Words that close a ranking's name (某某大学排名): a body written right before one, when the ranking is what the
clause goes on about (…排名发布, …排名显示), is named only inside the ranking's name."""

BUSINESS_LINE_WORDS = ("业务", "板块", "条线", "事业群", "事业部")
"""Words after a kind of body that make it a company's line of business (企业银行业务, 零售银行板块): no body."""

CASE_ENDINGS = ("案", "案件", "事件", "事故", "风波")
"""Endings of a case's or an accident's name (某集团非法集资案, 某化工厂爆炸事故): a body inside one, in quotation marks, is
named only inside it."""

CASE_NOUNS = ("劫案", "抢劫案", "盗窃案", "失窃案", "诈骗案", "骗案", "受贿案", "贪污案", "洗钱案", "纵火案", "爆炸案", "枪击案",
              "命案", "血案", "凶案", "弊案", "舞弊案")
"""Nouns that close a criminal case's name written right after a body (某银行劫案, 某公司洗钱案): the body is named only
inside the case's name."""

CENTRAL_BANKS = ("人民银行", "中央银行", "国家银行", "储备银行", "金融管理局")
"""Endings of a central bank's name: 央行 after one is its short form, no body of its own."""

NAMESAKE_HEADS = (
    # streets, stops, places and buildings named after someone (孙逸仙大马路, 某某地铁站, 某某故居)
    "大马路", "马路", "大道", "大街", "地铁站", "车站", "故居", "旧居", "纪念馆", "纪念堂", "纪念碑", "纪念公园", "公园", "广场",
    "大桥", "大楼", "体育馆", "图书馆", "礼堂", "机构",
    # a company's side of a story (某某方面表示), and products sold under a founder's name (某某十三香, 某某腐乳)
    "方面", "十三香", "腐乳", "凉茶", "剪刀", "药酒", "珠宝", "国药号", "化妆品", "药厂", "药房", "饼店", "品牌",
)
"""Words written right after a person's name that make the name a word of a street, building, product or company named
after someone (中山路 is caught as a street already): where every mention of a 'name' is followed by one, by an
organisation's ending of two characters or more, or by an industry word, it is no person."""

NAMESAKE_PLACE_CHARACTERS = ("路", "街", "道", "巷", "站", "堂", "楼", "桥", "港")
"""One-character heads of a street, stop or building named after someone (林某某路, 陈某某站, 邵某某堂, 李某某楼): the
tagger often joins them to the name."""

BUSINESS_KINDS = ("企业", "公司", "品牌", "商家", "厂商", "厂家", "老字号", "集团", "机构", "门店", "连锁店")
"""Nouns for businesses closing a list (A、B和C等企业): the items are businesses, not people."""

BUSINESS_PEOPLE_AFTER = ("家", "主", "代表", "负责人", "高管", "员工", "老板", "人", "总", "领导", "职工", "管理")
"""What turns a business noun into people (企业家, 企业主, 公司代表): such a list is of people."""

STORM_WORDS = ("台风", "颱风", "热带风暴", "熱帶風暴", "热带气旋", "風暴", "风暴", "飓风", "颶風")
"""Words naming a storm before its name (台风“某某”): the name is the storm's."""

BRAND_NOUNS = ("品牌", "老字号", "字号", "商标", "牌子", "招牌", "连锁店")
"""Nouns for a brand written right before its name (刀剪品牌某某, 老字号某某, 甜品连锁店某某): the name after them is a
brand."""

TROPHY_ENDINGS = ("杯", "盃")
"""The cup a competition is named for (某某杯足球赛, 「某某盃」): a 'name' closed by one is the competition, named after
a person or a sponsor, and no person."""

AWARD_HEADS = ("奖学金", "奖章", "奖")
"""Endings of an award's name (某某文学奖, 某某科学普及著作奖, 某某奖学金): a person's name opening one is a word of it."""

AWARD_VERBS = ("获", "得", "领", "颁", "发", "评", "设", "捧", "夺", "拿", "摘", "入围", "提名", "嘉")
"""Verbs of giving or winning an award (某某获奖, 某某颁奖): between a name and 奖 they make the name its subject."""

ACTIVITY_HEADS = ("活动", "系列活动", "计划", "课程", "工作坊", "体验营", "夏令营", "冬令营", "市集", "游戏", "系列")
"""Words after the closing mark of a quoted name that make it the name of an activity or a programme (「某某工厂」亲子活动,
“某某大院”系列活动): a name inside the marks that ends like a body names the activity, no body."""

WORK_HEADS = ("专题展览", "展览", "特展", "专题展", "展", "话剧", "舞剧", "音乐剧", "电影", "纪录片", "剧集", "节目", "歌曲", "专辑", "丛书")
"""Words after the closing mark of a quoted title that make it the title of a work or a show (「某某与澳门」展览): a name
inside such a title is a word of it, as one inside 《》 is."""

GIVING_VERBS = (
    "拨入", "拨归", "拨给", "拨予", "拨交", "捐给", "捐予", "捐入", "捐赠给", "捐献给", "存入", "汇入", "汇给", "转入", "转给", "转交",
    "交予", "交给", "送给", "赠予", "赠给", "划入", "注入",
)
"""Verbs of giving or moving money written before where it goes (善款全数拨入某基金, 捐给某会, 存入某银行): no name holds one,
so a name built back from an ending starts after it."""

WHOLE_AMOUNT_ADVERBS = ("全数", "悉数", "尽数", "全部", "全额", "一并", "统统")
"""Adverbs of how much of something is given (全数拨入, 悉数捐出): no name holds one."""

FORMER_WORDS = ("前", "原")
"""Words of a former state written alone before a body's words (前|物流公司|董事, 原|国企|高管, 前|某集团|总裁): a description
of the person, no part of the name; a name that begins with the character keeps it (前海管理局, 原子能委员会)."""


LEGAL_PERSON_FORMS = ("财团法人", "社团法人")
"""Legal forms that open a Taiwanese or Japanese body's registered name (财团法人某某基金会, 社团法人台湾某某协会): part of
its longest written form."""

LEGAL_PERSON_QUALIFIERS = ("一般", "公益", "医疗", "特定")
"""Words written right before a legal form and part of it (一般社团法人, 公益财团法人, 医疗财团法人): the name opens with
them."""

ADVERBS_BEFORE_JOINER = ("正", "亦", "已", "仍", "将", "也", "还", "再", "曾", "均", "都", "又", "并", "早已", "正在", "已经", "将会",
                         "一直", "现正", "亦将", "仍在", "则")
"""Adverbs written between a body and a preposition that opens its partner (某足总|正|与|某局商讨, 某会|亦|与|某署合办): the first
body's name ends before the adverb, the second's starts after the preposition."""

PARTNER_PREPOSITIONS = ("与", "同", "跟", "和")
"""Prepositions that introduce the body one acts with (正与, 亦同, 已跟): after an adverb, no word of either name."""

SERVICE_ENDINGS = (
    "护老院", "安老院", "老人院", "护养院", "长者日间护理中心", "日间护理中心", "长者邻舍中心", "长者地区中心", "长者中心",
    "乐龄护理中心", "乐龄活动中心", "护理中心", "康复中心", "日间照顾中心", "照顾中心", "诊所", "托儿所", "幼儿园", "幼稚园",
)
"""Endings of the social and care services a short brand names (某某护老院, 某某长者日间护理中心, 某某诊所, 某某托儿所):
the brand before one is the body's own name, whatever the tagger calls it (a person's name, a place), and no person; the
ending alone (护老院, 长者中心) names no body. Longest first where one ends another (长者日间护理中心, 护理中心)."""

_NEW_SERVICE_ENDINGS = tuple(e for e in SERVICE_ENDINGS if e not in SUFFIXES)
UNSEGMENTED_SUFFIXES += _NEW_SERVICE_ENDINGS  # matched on the text; none is added to jieba's dictionary (see UNSEGMENTED_SUFFIXES)
SUFFIXES += _NEW_SERVICE_ENDINGS
GENERIC_BODIES += tuple(e for e in SERVICE_ENDINGS if e not in GENERIC_BODIES)

NOT_CLINICAL_DEPARTMENTS = ("学科", "专科", "本科", "百科", "文科", "理科", "工科", "预科", "分科")
"""Words closed by 科 that name a field, grade or kind of study, no clinical department of a hospital (某医院|专科护士)."""

BODY_UNIT_ENDINGS = ("科", "组", "股", "课", "室", "总区")
"""Endings of a unit named by nouns after a department or a hospital and before a post (某卫生局公共卫生组主任, 某医院老年医学
科主任, 某消防处救护总区助理救护总长): part of the body's longest written name."""

LIST_TRADE_WORDS = ("发展", "建筑", "工程", "营造", "建工", "建材", "饮料", "饮品", "印务", "印刷", "贸易", "智造", "数据", "化学",
                    "产业", "精工", "纺织", "机械", "设备", "服饰", "珠宝", "保险", "船务", "货运", "快递", "旅运", "家私", "家居")
"""Trade words that end a company's short name (某某发展, 某某建筑, 某某印务) only where it is an item of a list of firms
(FIRM_LIST_HEADS, or a body with its ending beside it): alone they are common words (发展, 工程, 贸易)."""

FIRM_LIST_HEADS = ("企业", "厂商", "公司", "财团", "伙伴", "赞助商", "赞助", "入标", "竞标", "投标", "投资方", "业者", "联营体",
                   "承建", "承包", "承揽", "供应商", "发展商", "开发商", "股东")
"""Words that say the items of a list in their sentence are firms (入标者包括…, 3家合作伙伴…分别是…, …等企业赞助, …组成的财团):
each item a brand and a trade word (INDUSTRY_ENDINGS, FIRM_TRADE_WORDS, LIST_TRADE_WORDS) is a company."""

LIST_ITEM_PREFIXES = ("本地的", "本地", "本港的", "本港", "本澳的", "本澳", "本土的", "本土", "当地的", "当地")
"""Words written before a list item that say where a firm is from (本地的某某洁净科技): no part of its name, like a country
word."""
