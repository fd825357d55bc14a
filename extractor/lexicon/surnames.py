"""Name vocabulary (Simplified): Chinese surnames, for telling a 2-3 character name from a word the tagger
mislabelled, and the characters of transliterated foreign names (克林顿, 奥尔布赖特), which have no surname.

SINGLE, COMPOUND   one- and two-character Chinese surnames.
TRANSLITERATION    characters the standard transliteration tables write foreign names with.
MALAY_NAME_CHARACTERS  further characters the Malaysian and Singapore press writes Malay names with (希山 Hisham, 再纳
                   Zainal, 卡立 Khalid): read as a name only after a style (丹斯里, 拿督), since they open mountains and
                   places elsewhere (阿里山).
FUNCTION_CHARACTERS  one-character prepositions, conjunctions, particles and adverbs: a name does not end with one.
PAIR_WORDS         words that say two people act as a pair (组合, 搭档, 双打): two foreign names joined by a dash near one
                   (某某—某某组合) are two people, not one double-barrelled name.
BEFORE_A_SURNAME_REFERENCE  one-character prepositions (and 让, 跟) after which a person named before is referred back to
                   by the bare surname (给郑送去, 被柯退回, 让蔡带回): the tagger runs the surname into the verb after it.
LOANWORDS          everyday words of Singapore and Malaysian Chinese borrowed from Malay and English whose first character
                   is a surname (罗厘 lorry, 巴仙 per cent, 马打 police): common nouns, no names.
WORKPLACE_WORDS    words of company, school and labour news that read like a surname and a given name (花红, 陈情, 年增).
MATCH_WORDS        words of sports and results news whose first character is a surname (易边 changing ends, 易帅 a new
                   coach, 易主 a title changing hands, 易位 swapping places): no name, whatever follows them.
AVERAGE_WORDS      words of an average or a rate per period (平均, 日均, 年均, 人均, 均价) that a character before them
                   (段 a stretch of road, 周 a week, 季 a quarter) turns into a 'surname and given name' (段|日均, 周|平均):
                   a figure's words, no name.
COMMUNITY_SHORT_FORMS  short forms for an overseas Chinese community and its party (马华, 星华): no person.
JAPANESE           Japanese family names of two or three characters as the Chinese press writes them (山田, 佐佐木): a
                   Japanese name is one of them and a given name of one to three characters (山田健太郎), with no Chinese
                   surname to tell it by.
"""

SINGLE = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由能习赖洪傅"
    "贝萧阎溥萨逄经占果汝荀鄂郦郗隗仉钮乜韶骞邴綦蔚郏闾訾蒯厍宓濮琚邗禄羿弓宦谯璩雒钭殳巢蓬庚缑"
)

COMPOUND = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离",
    "澹台", "公冶", "太史", "端木", "申屠", "范姜", "张简", "司空",
)


TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查察彻达戴丹道德登迪蒂丁东杜多厄恩尔法凡菲斐费芬丰弗伏福富盖甘冈"
    "戈哥格根贡古瓜圭哈海汉汗豪赫黑亨洪胡华怀霍基吉济加嘉贾杰金居卡凯坎康考柯科克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里理丽"
    "利莉连廉林琳隆娄卢鲁路伦罗洛马玛迈麦曼芒茂梅门蒙米密敏摩莫墨默姆穆纳娜奈南内妮尼涅宁纽努诺欧帕派潘庞佩彭皮珀坡普齐奇"
    "恰乔钦琴丘热茹瑞若萨塞赛桑瑟森沙莎珊尚绍舍什施舒斯松苏索塔泰坦汤特滕提廷图托娃瓦万旺威韦维温沃乌伍西希锡谢辛休逊雅亚"
    "扬耶伊依因英尤约扎泽詹兹佐卓祖津芙娅丝琪黛夫顿赞茨契策措喀琼露薇让夏列培别柴申文蓬末慕叶翁"
    "都"  # Malay names opening with Abdul (阿都拉, 阿都拉曼)
    "惹占欣昔"  # Malay and Tamil names as Malaysian papers write them (拉惹 Raja, 拉占 Rajan, 依布拉欣 Ibrahim, 拉昔 Rashid)
    "买吐力木江孜合"  # Uyghur and other Turkic names (买买提, 吐尔逊, 艾力, 热合曼, 买买提江)
)

MALAY_NAME_CHARACTERS = frozenset("山再先宜立姑芝蔓佳")

PAIR_WORDS = ("组合", "組合", "搭档", "搭檔", "双打", "雙打", "配对", "配對", "夫妇", "夫婦", "二人", "两人", "兩人")
BEFORE_A_SURNAME_REFERENCE = frozenset("给給被向对對把让讓跟与與和由替")
FUNCTION_CHARACTERS = frozenset("在于於对和与及是的了也都就还又将把被从到等称则亦曾已再才即便并而且或但由以因自给跟让所着过得说")


JAPANESE = frozenset((
    "佐藤", "铃木", "高桥", "田中", "伊藤", "渡边", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐佐木", "山口", "松本",
    "井上", "木村", "清水", "山崎", "阿部", "池田", "桥本", "山下", "石川", "中岛", "前田", "藤田", "小川", "后藤", "冈田",
    "长谷川", "村上", "近藤", "石井", "斋藤", "齐藤", "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原",
    "冈本", "松田", "中川", "中野", "原田", "小野", "田村", "竹内", "金子", "和田", "中山", "石田", "上田", "森田", "柴田",
    "酒井", "工藤", "横山", "宫崎", "宫本", "内田", "高木", "安藤", "谷口", "大野", "丸山", "今井", "高田", "藤本", "武田",
    "村田", "上野", "杉山", "增田", "小山", "大塚", "平野", "菅原", "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口",
    "松尾", "菊地", "野村", "新井", "渡部", "佐野", "杉本", "古川", "市川", "小岛", "水野", "大西", "川口", "高野", "岸田",
    "安倍", "石破", "野田", "河野", "茂木", "麻生", "小泉", "鸠山", "细川", "宫泽", "竹下", "中曾根", "小渊", "二阶", "甘利",
    "岩屋", "林田", "星野", "松下", "稻盛", "盛田", "本田", "大江", "川端", "东野", "北野", "黑泽", "小泽", "井口", "川合",
    "高市", "上川", "岩田", "宇都宫", "大久保", "小野寺", "五十岚", "秋山", "服部", "浅野", "荒木", "北村", "西田", "菅野",
    "平田", "福岛", "吉川", "森本", "片山", "须藤", "大桥", "原口", "宫田", "川村", "松冈", "尾崎", "滨田", "土屋",
    "望月", "早川", "永井", "长尾", "堀江", "玉木", "枝野", "泉田", "志位", "山际", "萩生田", "加藤木", "西野", "稻田",
    "森山", "山中", "冈村", "岛田", "山内", "小池", "吉村", "大村", "铃村", "富田", "青山", "横田", "植田", "安田", "石原",
))


def is_japanese(name: str) -> bool:
    """A Japanese name: a Japanese family name and a given name of one to three characters.

    >>> is_japanese("山田健太郎"), is_japanese("佐佐木明"), is_japanese("山田"), is_japanese("王建国")
    (True, True, False, False)
    """
    return any(name.startswith(family) and 1 <= len(name) - len(family) <= 3 for family in (name[:2], name[:3]) if family in JAPANESE)


LOANWORDS = frozenset(("罗厘", "罗里", "巴仙", "马打", "沙爹", "罗惹", "巴刹", "巴士", "摩多", "马达", "沙煲"))

MATCH_WORDS = ("易边", "易帅", "易主", "易位")

WORKPLACE_WORDS = frozenset(("花红", "陈情", "年增", "季增", "月增", "年减", "季减", "月减", "年增率", "月增率", "年成长", "季成长",
                             "月成长", "年衰退", "季衰退"))
"""Everyday words of company, school and labour news whose first character is a surname (花红 a bonus, 陈情 to
petition, 年增/季增/月增 a change over a year, quarter or month): common words, no names."""

HONOUR_WORDS = frozenset(("荣誉", "荣衔", "荣休"))
"""Words of an honour whose first character is a surname (荣誉博士, 荣誉会长, 荣衔, 荣休教授): an honour, never a person's name,
whether it stands before a rank (代表荣誉博士致辞) or before the name of the one honoured."""

AVERAGE_WORDS = frozenset(("平均", "日均", "周均", "月均", "年均", "季均", "人均", "时均", "均价", "均值"))

COMMUNITY_SHORT_FORMS = frozenset(("马华", "星华", "印华"))
"""Short forms for an overseas Chinese community, and for the party named after it (马华: Malaysia's Chinese and the MCA,
马华总会长), that read like a surname and a given name: no person."""


def is_transliterated(name: str) -> bool:
    """True when a name of three or more characters is written only in transliteration characters.

    >>> is_transliterated("克林顿"), is_transliterated("奥尔布赖特"), is_transliterated("贝鲁"), is_transliterated("独木舟")
    (True, True, False, False)
    """
    return len(name) >= 3 and all(ch in TRANSLITERATION for ch in name)


def has_surname(name: str) -> bool:
    """True when the name starts with a Chinese surname.

    >>> has_surname("张叶飞"), has_surname("欧阳修"), has_surname("葡语")
    (True, True, False)
    """
    return name[:1] in SINGLE or name[:2] in COMPOUND


OTHER_NAME_WORDS = ("中文名", "中文名字", "英文名", "英文名字", "汉名", "族名", "原住民族名", "原名", "本名", "又名", "艺名",
                    "笔名", "真名", "别名", "曾用名", "洋名", "全名", "马来名", "巫名", "译名")
"""Words that say the name after them is another name of the person named before the brackets (林海音（原名林含英）,
Lahok Kacaw（中文名林志豪）, 李明（英文名Michael Lee）): the same person, no second one."""

PERSONAL_NAME_WORDS = ("中文名", "中文名字", "汉名", "族名", "原住民族名", "艺名", "笔名", "真名", "曾用名")
"""The words of `OTHER_NAME_WORDS` only a person's names are called by (a firm has an 原名 and an 英文名 too): a Latin
name before them in brackets (Kui Tjuveljevelj（汉名邱文雄）) is a person's."""
