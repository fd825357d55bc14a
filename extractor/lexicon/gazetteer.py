"""Where a city is: the province or state and the country an event's place belongs to, in Simplified.

Data only. Names are written without their level (苏州, not 苏州市); a place is looked up without a trailing 市/县/区.

PROVINCE_CITIES   mainland province (as the gold writes it: 江苏, 广西) -> its prefecture-level cities and prefectures.
MUNICIPALITIES    cities directly under the state: the city is the province, which is left empty.
SAR_PLACES        Hong Kong and Macau and their districts and neighbourhoods: in China, no province; the city is the SAR.
TAIWAN_PLACES     Taiwan's cities and counties: the country is Taiwan as the article writes it, no province.
MALAYSIA_STATES   Malaysian state -> its main towns (the state is the province, and a place on its own: 槟城); the federal
                  territories have none.
WORLD_CITIES      major cities abroad -> their country.
CITY_STATES       a city that is its own country.
WORLD_REGIONS     parts of the world and oceans (东亚, 亚太, 欧洲, 太平洋): named in an event's name they are its scope, no place.
STREET_ENDINGS    what makes a place name a street (新山路): no place.
SINGAPORE_PLACES  Singapore's districts, neighbourhoods and waterfronts: the city is Singapore.
LEVEL_CHARACTERS  one-character level words of a place (省, 市, 县, 区, 州, 镇, 乡): written after a place's name, or opening a
                  body a level runs (市立医院).
MALAY_PLACE_WORDS Malay words that open place names, as Malaysian and Singapore Chinese papers write them (武吉 Bukit,
                  甘榜 Kampung, 双溪 Sungai, 丹绒 Tanjung, 哥打 Kota, 峇都 Batu, 巴东 Padang, 惹兰 Jalan): a 'name' opening
                  with one, or written within two characters after one (双溪|丁宜州, 甘榜峇|鲁), is a place.
"""

LEVEL_CHARACTERS = "省市县区州镇乡"

PROVINCE_CITIES = {
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 雄安",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安盟 锡林郭勒 阿拉善 满洲里 二连浩特",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城 延边 延吉 珲春",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 绥芬河 漠河",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港 常熟 宜兴",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 桐乡 慈溪 余姚 海宁",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 石狮 武夷山 平潭",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 井冈山",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 曲阜 寿光 龙口",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 吉首 浏阳",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 顺德",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 东兴 凭祥",
    "海南": "海口 三亚 三沙 儋州 琼海 文昌 万宁 博鳌",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 西昌 都江堰",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南 凯里 都匀 兴义",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 景洪 瑞丽 香格里拉 蒙自",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲 阿里",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 杨凌",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 敦煌",
    "青海": "西宁 海东 海北 黄南 海南州 果洛 玉树 海西 格尔木 德令哈",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 伊宁 塔城 阿勒泰 石河子 库尔勒 霍尔果斯",
}

MUNICIPALITIES = ("北京", "天津", "上海", "重庆", "京", "津", "沪", "渝")

SAR_PLACES = {
    "香港": "香港 九龙 新界 湾仔 中环 铜锣湾 尖沙咀 旺角 沙田 荃湾 屯门 元朗 大埔 将军澳 葵涌 北角 观塘 西九龙 赤鱲角 大屿山 "
            "东涌 红磡 九龙湾 金钟 上环 西环 西贡 粉岭 上水 天水围 鲗鱼涌 长洲 跑马地 黄竹坑 启德 深水埗 油麻地 佐敦 柴湾 "
            "香港仔 赤柱 薄扶林 青衣 坚尼地城 数码港 白石角 愉景湾 南丫岛 坪洲 落马洲 火炭 大围 九龙塘 何文田 土瓜湾 乐富 黄大仙 "
            "钻石山 牛头角 油塘 秀茂坪 荔枝角 长沙湾 葵芳 大角咀 炮台山 太古城 小西湾 离岛 葵青 油尖旺 九龙城 马鞍山",
    "澳门": "澳门 氹仔 路氹 路环 路氹城 新口岸 南湾 西湾 黑沙环 关闸 望厦 下环 筷子基",
}

TAIWAN_PLACES = (
    "台北 臺北 新北 基隆 桃园 新竹 苗栗 台中 臺中 彰化 南投 云林 嘉义 台南 臺南 高雄 屏东 宜兰 花莲 台东 臺東 澎湖 金门 马祖 "
    "连江 南港 信义 板桥 中坜 竹北 头份 斗六 太保 朴子 新营 凤山 左营 恒春 罗东 苏澳 马公 礁溪 头城"
)

MALAYSIA_STATES = {
    "吉打": "亚罗士打 双溪大年 居林 浮罗交怡",
    "霹雳": "怡保 太平 安顺 江沙 金宝 实兆远 近打",
    "槟城": "乔治市 大山脚 威省 峇六拜 浮罗山背 日落洞 亚依淡 高渊 北海威省",
    "雪兰莪": "莎阿南 八打灵再也 巴生 梳邦再也 加影 沙登",
    "柔佛": "新山 麻坡 峇株巴辖 居銮 笨珍 士古来",
    "马六甲": "马六甲",
    "森美兰": "芙蓉 波德申",
    "彭亨": "关丹 文冬 劳勿 云顶",
    "登嘉楼": "瓜拉登嘉楼",
    "吉兰丹": "哥打巴鲁",
    "砂拉越": "古晋 诗巫 美里 民都鲁",
    "沙巴": "亚庇 山打根 斗湖",
    "玻璃市": "加央",
}
MALAYSIA_TERRITORIES = ("吉隆坡", "布城", "纳闽")

WORLD_CITIES = {
    "日本": "东京 大阪 京都 横滨 名古屋 福冈 札幌 神户 冲绳",
    "韩国": "首尔 釜山 仁川 济州",
    "泰国": "曼谷 清迈 普吉",
    "印尼": "雅加达 泗水 巴厘岛 棉兰",
    "越南": "河内 胡志明市 岘港",
    "菲律宾": "马尼拉 宿务",
    "柬埔寨": "金边 暹粒",
    "老挝": "万象",
    "缅甸": "仰光 内比都",
    "印度": "新德里 孟买",
    "阿联酋": "迪拜 阿布扎比",
    "英国": "伦敦 曼彻斯特 爱丁堡",
    "法国": "巴黎 里昂 马赛",
    "德国": "柏林 法兰克福 慕尼黑 汉堡 汉诺威 杜塞尔多夫 科隆",
    "意大利": "罗马 米兰 威尼斯",
    "西班牙": "马德里 巴塞罗那",
    "俄罗斯": "莫斯科 圣彼得堡 符拉迪沃斯托克",
    "哈萨克斯坦": "阿斯塔纳 阿拉木图",
    "乌兹别克斯坦": "塔什干 撒马尔罕",
    "吉尔吉斯斯坦": "比什凯克",
    "塔吉克斯坦": "杜尚别",
    "土库曼斯坦": "阿什哈巴德",
    "美国": "纽约 华盛顿 洛杉矶 旧金山 芝加哥 波士顿 西雅图 拉斯维加斯 休斯敦",
    "加拿大": "多伦多 温哥华 蒙特利尔 渥太华",
    "澳大利亚": "悉尼 墨尔本 堪培拉 布里斯班 珀斯",
    "新西兰": "奥克兰 惠灵顿",
    "瑞士": "日内瓦 苏黎世 达沃斯 洛桑",
    "奥地利": "维也纳",
    "比利时": "布鲁塞尔",
    "荷兰": "阿姆斯特丹 鹿特丹",
    "巴西": "里约热内卢 圣保罗",
}

CITY_STATES = ("新加坡", "摩纳哥")

STREET_ENDINGS = ("路", "街", "道", "巷", "弄", "胡同", "里", "坊", "桥")
"""What a place's name takes on to name a street or a spot in some city (新山路, 中山街): no longer the place itself."""

SINGAPORE_PLACES = ("滨海湾 新达城 圣淘沙 乌节路 牛车水 裕廊 裕廊东 兀兰 淡滨尼 义顺 榜鹅 盛港 宏茂桥 大巴窑 女皇镇 加冷 樟宜 武吉知马 "
                    "芽笼 小印度 克拉码头 驳船码头 后港 碧山 三巴旺 蔡厝港 武吉班让 巴西立 实里达 金文泰 丹戎巴葛 莱佛士坊 "
                    "勿洛 实龙岗")

MALAY_PLACE_WORDS = ("武吉", "甘榜", "双溪", "丹绒", "丹戎", "哥打", "峇都", "巴东", "惹兰")

HOKKIEN_PLACE_CHARACTERS = "厝"
"""厝 ('house', in Hokkien place names: 林厝里, 蔡厝港, 张厝村) is in no given name: a 'name' with it is a place."""

ESTATE_ENDINGS = "邨"
"""The head of a Hong Kong housing estate (华富邨, 李郑屋邨), in no given name: a 'name' it closes is an estate."""

NEIGHBOURHOOD_ENDINGS = "里村苑坊塘乡"
"""Heads of a Taiwan village or ward (三民里, 大林村, 林边乡), a Hong Kong court (愉翠苑) or a Macau neighbourhood (望德堂坊,
林茂塘): given names end with them too (王万里, 李思苑), so a 'name' they close is a place only where its residents, head or
surroundings are written after it (王田里的居民, 林茂塘一带)."""

SHOP_ENDINGS = ("茶坊", "茶庄", "茶行", "茶楼", "饼店")
"""Heads of a shop's or brand's name (金比茶坊): a 'name' they close is a shop."""


KNOWN_PLACES = frozenset(
    place
    for group in (PROVINCE_CITIES, SAR_PLACES, MALAYSIA_STATES, WORLD_CITIES)
    for province, places in group.items()
    for place in (province, *places.split())
) | frozenset(TAIWAN_PLACES.split()) | frozenset(MALAYSIA_TERRITORIES)
"""Every province, city, district and county above, in the analysis script (花莲, 元朗, 路氹)."""

JOINED_PLACES = frozenset("""雪隆 隆雪 槟威 星马 新马 港澳 港澳台 粤港澳 港珠澳 粤港 粤澳 深港 闽台 潮汕 江浙沪 京津冀 川渝 长三角 珠三角
两岸三地 两岸四地""".split())
"""Two or more places' abbreviations joined into one place word (雪隆 Selangor and Kuala Lumpur, 港澳, 川渝, 长三角): a place
opening a body's name (雪隆某某会馆, 川渝合作办公室) and never a person's name, though the tagger reads 雪隆 as one. Kept out
of KNOWN_PLACES (an event held across them has no one city) and out of jieba's dictionary."""

CONSTITUENCY_ENDINGS = ("集选区", "单选区", "国会选区", "州选区")
"""Words that close a constituency's name in Singapore and Malaysia (阿裕尼集选区, 甲洞国会选区): the words before one are a
place, often a transliteration the tagger cuts into names, numbers and verbs."""

WORLD_REGIONS = (
    "东亚", "东南亚", "南亚", "西亚", "中亚", "北亚", "亚洲", "亚太", "亚欧", "欧亚", "欧洲", "东欧", "西欧", "北欧", "南欧", "中欧",
    "非洲", "北非", "南非洲", "美洲", "北美", "南美", "拉美", "中东", "大洋洲", "太平洋", "大西洋", "印度洋", "北极", "南极",
)
