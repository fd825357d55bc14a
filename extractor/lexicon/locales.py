"""Locale signs: words that show which region's press an article comes from (`extractor.locale`).

Data only, Simplified forms (the text is matched in its Simplified analysis copy), each a regular-expression
alternative. Every entry is general to its region.

LOCALE_SIGNS   strong signs: the region's currency, its institutions and titles, its press, its school and date
               words, and its financial press's words (Taiwan: 每股盈余, 年增15% and 季减2%; Hong Kong: 溢利, 按年;
               本港/本澳 for the press's own city). Another region's press seldom writes them.
LOCALE_PLACES  weak signs: the region's name, its places, and words other regions use as well (县长, 司长,
               今(12)日). A mainland report names a partner country, a subsidiary's city or a delegation's home
               region this way, so places alone show a region only when the article keeps naming them.
`mainland` lists the signs of the mainland press that outweigh a mention of another region.
"""

LOCALE_SIGNS = {
    "taiwan": (
        "新台币", "台币", "民国", "立委", "立法院", "行政院", "县府", "市府", "中央社", "县议员", "市议员", "公所", "国小",
        "国中", r"(?<!\d)1[01]\d年(?:度|\d{1,2}月)", "每股盈余", "年增率", "主计总处", "主计处", r"(?<![\d上去今全每当前近明同次])[年季][增减]\d",
    ),
    "hongkong": ("港元", "港币", "特区政府", "立法会", "港府", "特首", "本港", "溢利", "按年"),
    "macau": ("澳门元", "澳门币", "葡币", "特区政府", "立法会", "本澳"),
    "singapore": (
        "新元", "新币", "组屋", "建屋发展局", "人民行动党", "联合早报", "总理公署", "国家发展部", "陆路交通管理局",
    ),
    "malaysia": (
        "令吉", "林吉特", "马币", "州务大臣", "首席部长", "国阵", "希盟", "国盟", "巫统", "马华公会", "星洲日报", "南洋商报",
        "拿督", "丹斯里",
    ),
    "mainland": (
        "人民币", "市委", "省委", "县委", "书记", "国务院", "新华社", "人民网", "中新社", "自治区", "全国人大", "全国政协",
    ),
}

LOCALE_PLACES = {
    "taiwan": (
        "县长", "台湾", "台北", "新北", "基隆", "桃园", "新竹", "苗栗", "台中", "彰化", "南投", "云林", "嘉义", "台南", "高雄",
        "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "马祖", r"今\(\d{1,2}\)日", r"今（\d{1,2}）日",
    ),
    "hongkong": ("香港", "湾仔", "九龙", "新界"),
    "macau": ("澳门", "司长", "氹仔"),
    "singapore": ("新加坡", "狮城", "裕廊", "樟宜", "淡马锡"),
    "malaysia": (
        "马来西亚", "大马", "吉隆坡", "布城", "槟城", "柔佛", "雪兰莪", "森美兰", "马六甲", "霹雳", "彭亨", "登嘉楼", "吉兰丹",
        "吉打", "玻璃市", "砂拉越", "沙巴",
    ),
}
