"""Locale signs: words that show which region's press an article comes from (`extractor.locale`).

Data only, Simplified forms (the text is matched in its Simplified analysis copy), each a regular-expression
alternative. Every entry is general to its region.

LOCALE_SIGNS   strong signs: the region's currency, its institutions and titles, its press, its school and date
               words, and its financial press's words (Taiwan: 每股盈余, 年增15% and 季减2%; Hong Kong: 溢利, 按年
               before a change, 按年上升, where 按年平均汇率 is written everywhere; 本港/本澳 for the press's own city;
               a news lead from its own city, in LOCALE_LEADS). Another region's press seldom writes them.
               A word two regions' press both write (按年 in Hong Kong and Macau, 市议会 in Taiwan and Malaysia, 巴刹 in
               Singapore and Malaysia) is listed for both, so that it weighs for neither against the other.
LOCALE_LEADS   the news lead of a region's press from one of its own cities ((新加坡讯), (吉隆坡15日讯), (香港讯)): the
               page is that press's own, whatever words it shares with another region (a Malaysian 市议会 is Taiwan's too).
LOCALE_PLACES  weak signs: the region's name, its places, and words other regions use as well (县长, 议长, 司长,
               今(12)日, 国会议员, 州政府, 州议会). A mainland report names a partner country, a subsidiary's city or a
               delegation's home region this way, so places alone show a region only when the article keeps naming them.
LOCALE_NAMES   Hong Kong's and Macau's own names (香港, 澳门), weaker still: every press names the two territories as a
               topic (香港企业, 澳门青年, a partner's 香港总部, 在香港上市), so two mentions show the press as much as one
               place does; beside a strong sign or a district, or named again and again, they weigh as places.
`mainland` lists the signs of the mainland press that outweigh a mention of another region.
LOCALE_MASTHEADS  the press's own name, matched in the source text as given (below).
The Chinese press of the United States, Canada, Australia and New Zealand (`us`, `canada`, `australia`, `newzealand`) is
known by its news lead ((温哥华讯), 【世界日报/纽约讯】), its masthead, or two of its local words; its places are world
cities that every press names, so they never show it alone.
"""

LOCALE_SIGNS = {
    "taiwan": (
        "新台币", "台币", "民国", "立委", "立法院", "行政院", "县府", "市府", "公所", "国小",
        "国中", r"(?<!\d)1[01]\d年(?:度|\d{1,2}月)", "每股盈余", "年增率", "主计处", r"(?<![\d上去今全每当前近明同次])[年季][增减]\d",
        # councils and their members, which Malaysia's local press writes too (listed there as well)
        "县议会", "市议会", "县议员", "市议员",
        "里长", "捷运", "里民", "里办公处", "主计总处", "国发会", "金管会", "陆委会", "卫福部", "健保",
        # its fiscal and market words: the budget's 岁入/岁出 and 岁计剩余, taxes 超征, handouts 普发, yields 殖利率,
        # prices 每坪, the central bank's 重贴现率 and 理监事会, banks' 新承做 loans, trade's 出超/入超, 外汇存底
        "岁入", "岁出", "岁计", "超征", "普发", "殖利率", "每坪", "重贴现率", "理监事会", "新承做", "出超", "入超", "外汇存底",
        "营益率", "外销订单", "景气对策信号",
        # its words for the mainland's visitors, students, spouses and capital (the mainland writes 大陆游客, 大陆学生)
        "陆客", "陆生", "陆配", "陆资",
        # its municipality written as a city (新北市), whose bare name a mainland district shares (常州新北区)
        "新北市",
        r"(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义)市(?:政府|长)", r"(?:新竹|苗栗|彰化|南投|云林|嘉义|屏东|宜兰|花莲|台东|澎湖|金门|连江)县(?:政府|长)",
    ),
    "hongkong": (
        "特区政府", "立法会", "港府", "特首", "本港", "溢利", "按年(?=[增减升降跌上下])", r"(?<!经济)财政司", "政务司", "律政司",
        # a district council and its members, but not inside Singapore's constituencies (集选区议员, 单选区议员)
        r"(?<!选)区议会", r"(?<!选)区议员", "警务处", "入境处", "运输署", "食环署", "康文署", "金管局", "港交所", "强积金",
        # the territory's own words for itself, its papers and its health and housing bodies
        "全港", "港闻", "医管局", "医院管理局", "卫生防护中心", "医务卫生局", "廉政公署", "廉署",
        "房屋署", "社会福利署", "消防处",
        # the police's regions and ranks (新界南总区重案组高级督察)
        "总区", "高级督察", "总督察",
        # its taxes, statistics and property offices and words: 差饷, 薪俸税, 利得税, 政府统计处, 土地注册处, 差饷物业估价署
        # (差估署), 呎价, visitors 访港, the note-issuing banks, and results' 股东应占 (the mainland writes 归属于…股东)
        "差饷", "薪俸税", "利得税", "政府统计处", "土地注册处", "差估署", "呎价", "访港", "发钞银行", "股东应占",
        # its local pages' railway, public estates and district offices
        "港铁", "屋邨", "民政事务处", "民政处",
        # its land and housing offices and rural committees (地政总署, 房委会, 乡事委员会, 乡议局); the old airport's
        # district (启德), not a company of that name (启德教育); and the property words both territories' press writes
        # (屋苑, 公屋, 平方呎: listed for Macau too, so that they weigh for neither against the other)
        "地政总署", "房委会", "乡事委员会", "乡议局",
        # its departments by their full names, which its press writes where others write 香港 (康乐及文化事务署 for 康文署)
        "康乐及文化事务署", "食物环境卫生署", "渔农自然护理署", "路政署", "渠务署", "水务署", "屋宇署", "机电工程署",
        "土木工程拓展署", "劳工处", "海事处", r"启德(?!教育|集团|控股|科技|公司)", "屋苑", "公屋", "平方呎",
    ),
    "macau": (
        "澳门元", "澳门币", "葡币", "特区政府", "立法会", "本澳", "经济财政司", "行政法务司", "社会文化司", "运输工务司",
        "保安司", "治安警察局", "司法警察局", "司警", "市政署", "民政总署", "全澳",
        # the year-on-year of both territories' press, so that it weighs for neither against the other
        "按年(?=[增减升降跌上下])",
        # its statistics and gaming offices
        "统计暨普查局", "博彩监察协调局", "博监局",
        # its bureaus that local pages name (social work, education and youth, economy and technology), its
        # neighbourhood federation and its economic housing
        "社会工作局", "社工局", "教育及青年发展局", "教青局", "经济及科技发展局", "经科局", "街坊会联合总会", "街总",
        "经济房屋",
        # its islands, which no other region's place is called (氹仔, 路环, 路氹), and the property words Hong Kong's
        # press writes too (listed there as well)
        "氹仔", "路环", "路氹", "屋苑", "公屋", "平方呎",
    ),
    "singapore": (
        "新元", "新币", "组屋", "建屋发展局", "人民行动党", "总理公署", "国家发展部", "陆路交通管理局",
        "人力部", "贸工部", "律政部", "公积金局", "中央公积金", "陆交局", "建屋局", "市建局", "新交所", "政府投资公司",
        # its local pages' constituencies, town councils, hawker centres, community clubs, environment agency and
        # ministers of state; 巴刹 and 小贩中心, which Malaysia's press writes too
        "集选区", "单选区", "市镇理事会", "小贩中心", "民众俱乐部", "国家环境局", "政务部长", "巴刹",
    ),
    "malaysia": (
        "令吉", "林吉特", "马币", "州务大臣", "首席部长", "国阵", "希盟", "国盟", "巫统", "马华公会",
        "拿督", "丹斯里", "国家银行", "首相署", "下议院", "州议员", "公正党", "伊党", "土团党", "诚信党", "县署",
        # its local pages' executive councillors, MPs and assemblymen together, Chinese primary and independent
        # schools, the short state names, and the markets and hawker centres Singapore's press writes too
        "行政议员", "国州议员", "华小", "独中", "[雪槟柔霹森砂]州", "巴刹", "小贩中心",
        # local councils and their members, which Taiwan's press writes too (listed there as well)
        "县议会", "市议会", "县议员", "市议员",
    ),
    "mainland": (
        "人民币", "市委", "省委", "县委", "书记", "国务院", "新华社", "人民网", "中新社", "自治区", "全国人大", "全国政协",
        # the press's own city or province (我市, 我省) and its local political consultative conferences (省政协)
        "我市", "我省", "我县", r"[省市县区]政协",
        # its leaders named by level (市领导, 省领导) and its local foreign affairs offices (市外办), which receive visitors
        "[省市县]领导", "外办",
        # its governments by their full names (某市人民政府), provincial departments (省商务厅, 省农业农村厅), district
        # committees, united-front departments and trade-promotion councils
        "人民政府", r"省\p{Han}{1,7}?(?<!大|营业|餐|客|展|门|舞|歌|宴|会|礼|前|后)厅", "区委", "统战部", "贸促会",
        # its words for Taiwan as a topic, which Taiwan's press does not write of itself: its Taiwan affairs offices, 台胞, 台资 and 海峡两岸
        "台办", "台胞", "台资", "对台", "涉台", "海峡两岸", "台湾(?:地区|同胞|乡亲)",
    ),
    # the Chinese press of North America and Oceania: the suburbs and districts its local pages name by the community's
    # own names (法拉盛, 圣盖博; 卑诗, 安省, 列治文, 万锦; 新州, 昆州, 好市围) and its dollar's short name (加币, 澳币, 纽币)
    "us": ("法拉盛", "圣盖博", "蒙特利公园", "阿罕布拉", "罗斯密", "核桃市", "钻石吧", "尔湾"),
    "canada": ("加币", "卑诗", "安省", "列治文", "本拿比", "万锦", "士嘉堡", "密西沙加", "满地可", "卡加利", "爱民顿", "大多伦多",
               "大温哥华"),
    "australia": ("澳币", "新州", "昆州", "维州", "好市围", "车士活", "宝活"),
    "newzealand": ("纽币",),
}

LOCALE_LEADS = {
    "hongkong": r"[（(【]香港(?:\d{1,2}日)?讯[）)】]",
    "macau": r"[（(【]澳门(?:\d{1,2}日)?讯[）)】]",
    "singapore": r"[（(【]新加坡(?:\d{1,2}日)?讯[）)】]",
    "malaysia": r"[（(【](?:吉隆坡|布城|槟城|新山|怡保|古晋|亚庇|马六甲|芙蓉|关丹|哥打巴鲁|莎阿南|巴生|诗巫|美里|山打根|斗湖|民都鲁|"
                r"亚罗士打|瓜拉登嘉楼|加影|八打灵再也|梳邦再也|太平|麻坡|峇株巴辖|居銮|安顺|金宝|淡马鲁|文冬|劳勿|波德申|"
                r"泗里街|加帝|乔治市|北海|大山脚)(?:\d{1,2}日)?讯[）)】]",
}

_PAPER_LEAD = r"[（(【](?:\p{{Han}}{{2,6}}[/／])?(?:{})(?:\d{{1,2}}日)?讯[）)】]"
"""The news lead of the overseas press, alone ((温哥华讯)) or after the paper's name (【世界日报/纽约讯】)."""

LOCALE_LEADS.update({
    "us": _PAPER_LEAD.format("纽约|旧金山|三藩市|洛杉矶|芝加哥|休斯顿|休士顿|波士顿|西雅图|费城|华府|檀香山|拉斯维加斯|圣荷西|"
                             "圣地亚哥|亚特兰大|达拉斯|法拉盛|湾区|硅谷|圣盖博|尔湾"),
    "canada": _PAPER_LEAD.format("温哥华|多伦多|满地可|蒙特利尔|卡加利|卡尔加里|爱民顿|埃德蒙顿|渥太华|列治文|本拿比|万锦|士嘉堡|"
                                 "密西沙加|温尼伯|素里"),
    "australia": _PAPER_LEAD.format("悉尼|雪梨|墨尔本|布里斯班|布里斯本|珀斯|柏斯|阿德莱德|阿德雷德|堪培拉|坎培拉|黄金海岸|霍巴特"),
    "newzealand": _PAPER_LEAD.format("奥克兰|惠灵顿|威灵顿|基督城"),
})

LOCALE_PLACES = {
    "taiwan": (
        "县长", "议长", "台湾(?!地区|同胞|乡亲)", "台北", "新北", "基隆", "桃园", "新竹", "苗栗", "台中", "彰化", "南投", "云林", "嘉义", "台南", "高雄",
        "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "马祖", r"今\(\d{1,2}\)日", r"今（\d{1,2}）日",
    ),
    "hongkong": (
        # its dollar, which every press writes of the money of Hong Kong's listings, bonds and donors (在香港上市，募集
        # 15亿港元): on a mainland page it is the stated currency of one figure, not the press's own
        "港元", "港币",
        "湾仔", "九龙", "新界", "港岛",
        # districts and towns that police, court and housing items name where a report from elsewhere would not
        "葵涌", "荃湾", "屯门", "元朗", "天水围", "粉岭", "将军澳", "观塘", "旺角", "油麻地", "尖沙咀", "深水埗", "铜锣湾",
        "柴湾", "黄大仙", "东涌", "大屿山", "马鞍山", "红磡", "土瓜湾", "九龙城", "长沙湾", "荔枝角", "香港仔", "鸭脷洲",
        "薄扶林", "跑马地", "坚尼地城", "葵青",
        # the markets (街市) that Macau and Guangdong write as well
        "街市",
    ),
    "macau": ("司长", "黑沙环", "新口岸", "关闸", "筷子基", "街市"),
    "singapore": (
        "新加坡", "狮城", "裕廊", "樟宜", "淡马锡", "国会议员",  # Malaysia's MPs are 国会议员 too
        # its courts' and companies' words (国家法院, the State Courts; 副检察官): Malaysia writes some too (listed there)
        "私人有限公司", "国家法院", "判监", "副检察官", "控状",
    ),
    "malaysia": (
        "马来西亚", "大马", "吉隆坡", "布城", "槟城", "柔佛", "雪兰莪", "森美兰", "马六甲", "霹雳", "彭亨", "登嘉楼", "吉兰丹",
        "吉打", "玻璃市", "砂拉越", "沙巴",
        # its MPs (Singapore's too), state governments and assemblies (America's too)
        "国会议员", "州政府", "州议会",
        # its courts' and companies' words (Sdn Bhd's 私人有限公司), which Singapore's press writes too
        "私人有限公司", "判监", "控状",
    ),
    # world cities every press names: they add to a strong sign, never show the region alone (`extractor.locale`)
    "us": ("美国", "纽约", "旧金山", "三藩市", "洛杉矶", "芝加哥", "西雅图", "波士顿", "休斯顿"),
    "canada": ("加拿大", "温哥华", "多伦多", "渥太华", "蒙特利尔"),
    "australia": ("澳洲", "澳大利亚", "悉尼", "雪梨", "墨尔本", "布里斯班", "珀斯"),
    "newzealand": ("新西兰", "纽西兰", "奥克兰", "惠灵顿", "基督城"),
}

LOCALE_NAMES = {"hongkong": ("香港",), "macau": ("澳门",)}

_ALONE = r"(?<!\p{{Han}}){}(?!\p{{Han}})"
"""A masthead whose characters other words hold (联合报告, 中国报道, 我报名, 说明报告, 努力报答, 华侨报国): counted only
standing alone, in a nav line, a source line or 《》."""

LOCALE_MASTHEADS = {
    "singapore": ("联合早报", "聯合早報", "联合晚报", "聯合晚報", "新明日报", "新明日報", _ALONE.format("我[报報]")),
    "malaysia": (
        "星洲日报", "星洲日報", "星洲网", "星洲網", "南洋商报", "南洋商報", _ALONE.format("中[国國][报報]"), "光华日报", "光華日報",
        "诗华日报", "詩華日報",
        "东方日报",  # Malaysia's paper in Simplified script; Hong Kong's 東方日報 is written in Traditional
    ),
    "hongkong": (
        _ALONE.format("明[报報]"), "星岛日报", "星島日報", "東方日報", "大公报", "大公報", "文汇报", "文匯報", "香港01",
    ),
    "macau": ("澳门日报", "澳門日報", "市民日报", "市民日報", _ALONE.format("(?:华侨报|華僑報)"), _ALONE.format("力[报報]")),
    "taiwan": (
        _ALONE.format("(?:联合报|聯合報)"), "自由时报", "自由時報", "中国时报", "中國時報", "中央社(?!会)",
    ),
    "us": ("世界新闻网", "世界新聞網", "美国侨报", "美國僑報", "侨报网", "僑報網"),
    "canada": ("明报加东版", "明報加東版", "明报加西版", "明報加西版", "加拿大都市网", "加拿大都市網"),
    "australia": ("澳洲新报", "澳洲新報", "澳洲日报", "澳洲日報", "今日悉尼"),
    "newzealand": ("中文先驱", "中文先驅"),
}
"""The press's own name, in its nav line, a source line ((来源：星洲日报)) or a dateline ((中央社记者台北28日电)), in either
script: matched in the source text as given (a cleaner blanks the nav line in the analysis copy), each counting as two
strong signs (`extractor.locale`)."""


VARIANT_FOLD = {"衞": "卫", "衹": "只"}
"""Hong Kong variant characters that OpenCC's t2s leaves as they are (衞生署, 食物環境衞生署): folded one character for
one, so the analysis copy reads 卫生署 as it reads 衛生署. hk2s is not used whole: it also turns 乾 (乾坤, a name) into 干."""
