"""People in ordinary news, round 17: short pages and passages of court and police items, sports results, obituaries,
school and community news and company announcements, in Simplified and Traditional, from the mainland, Hong Kong,
Macau, Taiwan, Singapore and Malaysia. Each row asserts the exact set of people's names extract() lists. Every name and
sentence is invented; no row repeats a case of test_people_bank.py, test_news_people_bank.py,
test_people_name_forms_bank.py, test_people_list_bank.py, test_people_hard_names_bank.py, test_people_precision_bank.py,
test_people_page_bank.py or test_name_boundary_bank.py.

Expected values by ANNOTATION.md "People" (every person named in the body, by the name as written, without honorifics
or titles), "Chrome" (bylines and credits give authors, not people) and "Borderline calls":

- a name followed by a bracket of age, sex, job or place (陳大文（45歲）, 林亚明（55岁，小贩）, 王某（男，无业）) is
  the name without the bracket; a bracketed romanisation (陳大文（Chan Tai-man）, 林亚福（Lim Ah Hock）) is no part
  of it and no second person; a Cantonese or Hokkien romanised name written alone in Latin script (Tan Boon Huat,
  Wong Ka-ming) is a name;
- a Malay or Indian name in Chinese with 宾/宾蒂 (bin/binti) or 阿/L (a/l) is one name as written, dots included;
- in a sports result list every athlete is a person, whatever follows the name (a country in brackets, a time, a
  score, 对/vs and the opponent);
- a name directly before a verb or a word the tagger may join to it (周杰|出任, 王和平|在) ends where the verb begins;
  a given name that makes a word with the surname or alone (黎明, 杨帆, 林立, 张建设) is a name in a name slot;
- anonymised persons with 某 (黄某华, 陈某甲) are the name as written (as test_news_people_bank.py settles); a
  surname with a description (吳姓店主, 陳姓夫婦), an honorific (梁太, 林小姐) or 某 with no surname (某男) is no
  person; a Cantonese nickname used as an alias (阿明（化名）, 小芳（化名）) is no written name, as the nicknames of
  test_people_precision_bank.py are none, while a full name given as an alias (王大明（化名）) is listed;
- obituaries list the deceased and the family members named (孝男, 妻, 子) as persons;
- near misses: places, shops and brands that read like a name (何文田, 許留山, 余仁生, 陳李濟), 某某 before a noun,
  horses and race names in quotation marks, and reporters in bylines and credit lines give no person.
"""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case


def _p(case_id: str, text: str, *names: str) -> tuple:
    return (case_id, text, set(names))


AGE_AND_JOB_BRACKETS = [  # a bracket of age, sex, job or place after a name is no part of it
    _p("hk-defendant-age-job-trad", "被告陳大文（45歲，報稱司機）被控一項危險駕駛導致他人死亡罪，今日在沙田裁判法院提堂。", "陳大文"),
    _p("hk-two-defendants-ages-trad", "兩名被告黃志輝（32歲）及李嘉欣（28歲）同被控一項串謀詐騙罪，案件押後至下月再訊。",
       "黃志輝", "李嘉欣"),
    _p("hk-deceased-age-trad", "死者梁偉強（67歲）被送往伊利沙伯醫院搶救，延至晚上不治。", "梁偉強"),
    _p("sg-defendant-age-job", "被告陈文辉（41岁，罗厘司机）昨天在国家法院承认一项鲁莽驾驶罪，法官将在下月判刑。", "陈文辉"),
    _p("sg-victim-age-nationality", "受害者林美珠（73岁）在组屋楼下被一辆电单车撞倒，伤势严重。", "林美珠"),
    _p("my-deceased-age-hawker", "死者林亚明（55岁，小贩）今早在巴刹附近被一辆罗里撞倒，当场死亡。", "林亚明"),
    _p("my-deceased-age-hawker-trad", "死者林亞明（55歲，小販）今早在巴剎附近被一輛羅里撞倒，當場死亡。", "林亞明"),
    _p("mainland-suspect-sex-age-job", "犯罪嫌疑人刘建军（男，38岁，无业）因涉嫌盗窃已被警方依法刑事拘留。", "刘建军"),
    _p("mainland-anonymised-sex-job", "犯罪嫌疑人王某（男，无业）到案后如实供述了犯罪事实。", "王某"),
    _p("tw-driver-age-trad", "肇事駕駛陳志偉（32歲）酒測值達每公升0.8毫克，依公共危險罪移送法辦。", "陳志偉"),
    _p("tw-elderly-age-place-trad", "住在彰化縣的黃阿滿（82歲）今天上午出門散步後失聯，家屬急忙報警。", "黃阿滿"),
    _p("macau-worker-age-trad", "一名內地男子周國明（45歲，建築工人）涉嫌逾期逗留，被治安警察局拘捕。", "周國明"),
    _p("hk-bracket-then-verb-trad", "被告何嘉俊（23歲）承認一項盜竊罪，裁判官判其入獄四個月。", "何嘉俊"),
    _p("mainland-age-bracket-list", "参赛选手张晓雨（12岁）、李子轩（11岁）分获少年组一、二等奖。", "张晓雨", "李子轩"),
    _p("sg-student-age-school", "就读于华侨中学的陈思颖（17岁）获颁本年度青年科学家奖。", "陈思颖"),
    _p("hk-alias-age-trad", "王大明（化名，45歲）向記者表示，他在網上投資平台損失了八十萬元。", "王大明"),
    _p("tw-age-then-occupation-trad", "被告林俊宏（29歲，外送員）坦承犯行，法官依竊盜罪判處有期徒刑六月。", "林俊宏"),
    _p("mainland-age-cn-numeral", "遇难者赵春花（五十二岁）系当地一家超市的收银员。", "赵春花"),
]

ROMANISED = [  # Cantonese and Hokkien romanisations beside or instead of a Chinese name
    _p("hk-romanised-in-brackets-trad", "被告陳大文（Chan Tai-man）被控一項襲警罪，暫准保釋。", "陳大文"),
    _p("hk-romanised-alone-trad", "申請人Wong Ka-ming入稟高等法院，要求推翻有關決定。", "Wong Ka-ming"),
    _p("sg-hokkien-romanised-in-brackets", "被告林亚福（Lim Ah Hock，63岁）被控非法放贷，案件押后审理。", "林亚福"),
    _p("sg-hokkien-romanised-alone", "被告Tan Boon Huat昨天在国家法院承认两项洗钱罪。", "Tan Boon Huat"),
    _p("my-chinese-with-romanised", "受害者李志强（Lee Chee Keong）在停车场被两名男子抢劫。", "李志强"),
    _p("my-chinese-with-romanised-trad", "受害者李志強（Lee Chee Keong）在停車場被兩名男子搶劫。", "李志強"),
    _p("hk-two-romanised-list-trad", "兩名被告Lau Chi-wai及Cheung Siu-fung否認控罪，案件排期審訊。",
       "Lau Chi-wai", "Cheung Siu-fung"),
    _p("sg-english-first-name-romanised", "国家田径选手Jason Lim Wei Ming在男子跳远项目中打破全国纪录。", "Jason Lim Wei Ming"),
    _p("hk-english-name-in-brackets-mid-trad", "區議員陳家樂（Kelvin）與居民一同視察街市的改善工程。", "陳家樂"),
    _p("hk-romanised-and-chinese-witnesses-trad", "兩名證人黃嘉慧及Ho Wing-sze先後作供。", "黃嘉慧", "Ho Wing-sze"),
    _p("my-romanised-hawker-and-chinese", "小贩Ng Ah Seng说，他在这里卖炒粿条已经三十年。", "Ng Ah Seng"),
    _p("hk-romanised-witness-trad", "證人Chan Siu-ming作供時表示，案發當晚他在店內當值。", "Chan Siu-ming"),
]

MALAY_AND_INDIAN = [  # bin/binti and a/l in Chinese transliteration: one name as written
    _p("my-bin-dot-defendant", "被告莫哈末·宾·阿都拉（35岁）被控贩卖毒品，庭上不认罪。", "莫哈末·宾·阿都拉"),
    _p("my-bin-dot-defendant-trad", "被告莫哈末·賓·阿都拉（35歲）被控販賣毒品，庭上不認罪。", "莫哈末·賓·阿都拉"),
    _p("my-binti-dot-teacher", "教师诺阿兹拉·宾蒂·奥斯曼获颁年度模范教师奖。", "诺阿兹拉·宾蒂·奥斯曼"),
    _p("my-binti-dot-victim-trad", "死者西蒂·賓蒂·依斯邁（19歲）是一名大學生。", "西蒂·賓蒂·依斯邁"),
    _p("my-bin-latin-after-chinese", "警方通缉一名男子阿兹里（Azri bin Hassan，27岁），公众如有线索可联络警方。", "阿兹里"),
    _p("my-indian-al-latin", "被告Saravanan a/l Muthu被控谋杀，案件移交高庭审理。", "Saravanan a/l Muthu"),
    _p("my-indian-transliterated-age", "印裔男子古纳瑟兰（42岁）在工地意外中被钢条击中头部。", "古纳瑟兰"),
    _p("sg-indian-transliterated-athlete", "新加坡选手山姆·维加延在男子400米栏决赛中获得铜牌。", "山姆·维加延"),
    _p("my-malay-athlete-result", "大马选手阿兹占·宾·莫哈末以10秒17夺得男子100米金牌。", "阿兹占·宾·莫哈末"),
    _p("my-malay-athlete-result-trad", "大馬選手阿茲佔·賓·莫哈末以10秒17奪得男子100米金牌。", "阿茲佔·賓·莫哈末"),
    _p("my-malay-imam-obituary", "村民敬重的伊玛目阿都拉曼·宾·约瑟于昨日逝世，享年八十一岁。", "阿都拉曼·宾·约瑟"),
    _p("sg-malay-and-chinese-community", "基层领袖诺哈斯南·宾·阿里与陈秀英一同为长者派发年货。", "诺哈斯南·宾·阿里", "陈秀英"),
]

RESULT_LISTS = [  # athletes in result lists, with countries, times and scores
    _p("sprint-result-countries",
       "男子100米决赛成绩：第一名张宇航（中国）10秒05，第二名佐藤大辉（日本）10秒11，第三名吴俊豪（新加坡）10秒19。",
       "张宇航", "佐藤大辉", "吴俊豪"),
    _p("sprint-result-countries-trad",
       "男子100米決賽成績：第一名張宇航（中國）10秒05，第二名佐藤大輝（日本）10秒11，第三名吳俊豪（新加坡）10秒19。",
       "張宇航", "佐藤大輝", "吳俊豪"),
    _p("badminton-score-line", "女子单打半决赛：陈雨晴（中国）2:1 金秀妍（韩国）；山口美咲（日本）2:0 黄丽雯（马来西亚）。",
       "陈雨晴", "金秀妍", "山口美咲", "黄丽雯"),
    _p("badminton-score-line-trad", "男子單打第二輪：李俊傑（馬來西亞）21:15、21:18 擊敗 阮文海（越南）。", "李俊傑", "阮文海"),
    _p("table-tennis-beat", "男单决赛中，王浩然以4比2战胜刘子轩，首次夺得全国冠军。", "王浩然", "刘子轩"),
    _p("table-tennis-beat-trad", "男單決賽中，王浩然以4比2戰勝劉子軒，首次奪得全國冠軍。", "王浩然", "劉子軒"),
    _p("swim-results-numbered",
       "女子200米自由泳决赛：1.林诗涵（新加坡）1分58秒32；2.朴恩智（韩国）1分58秒90；3.何晓晴（中国香港）1分59秒47。",
       "林诗涵", "朴恩智", "何晓晴"),
    _p("marathon-results-trad", "渣打馬拉松男子全馬本地組冠軍由黃家豪奪得，時間為2小時31分；女子組冠軍為陳美詩。", "黃家豪", "陳美詩"),
    _p("chess-round-vs", "第五轮比赛，新加坡棋手郑伟杰与马来西亚棋手林国栋弈和。", "郑伟杰", "林国栋"),
    _p("golf-leaderboard-trad", "首輪過後，台灣選手潘俊宇以低於標準桿五桿領先，日本選手中村翔太落後一桿居次。", "潘俊宇", "中村翔太"),
    _p("school-sports-day-results", "男子甲组跳高：冠军李浩宇（东城中学）1米85，亚军周子扬（实验中学）1米80。", "李浩宇", "周子扬"),
    _p("school-sports-day-results-trad", "男子甲組跳高：冠軍李浩宇（喇沙書院）1米85，亞軍周子揚（拔萃男書院）1米80。", "李浩宇", "周子揚"),
    _p("football-scorers", "本场比赛，主队的进球由陈思远和外援卡洛斯·席尔瓦打进，客队仅由刘一帆扳回一球。",
       "陈思远", "卡洛斯·席尔瓦", "刘一帆"),
    _p("football-scorers-minutes-trad", "入球：陳思遠（23分鐘）、卡洛斯·席爾瓦（67分鐘）；傑志：劉一帆（88分鐘）。",
       "陳思遠", "卡洛斯·席爾瓦", "劉一帆"),
    _p("horse-jockey-near-miss-trad", "由騎師蔡明輝策騎的「星運亨通」以一個馬位險勝，練馬師為方永祥。", "蔡明輝", "方永祥"),
    _p("esports-handle-near-miss", "决赛中，战队队长陈浩（游戏ID“夜行者”）带领队伍以3比1获胜。", "陈浩"),
    _p("macau-grand-prix-trad", "格蘭披治大賽車澳門房車賽由本地車手溫國華奪得冠軍，香港車手梁智恒排名第二。", "溫國華", "梁智恒"),
    _p("my-badminton-doubles", "男双组合谢文杰/苏俊豪以21比19、21比17击败印尼组合，晋级决赛。", "谢文杰", "苏俊豪"),
]

NAME_BEFORE_VERB = [  # the name ends where a verb or a joined word begins
    _p("name-jie-chu-ren", "董事会宣布委任周杰出任行政总裁，即日生效。", "周杰"),
    _p("name-jie-chu-ren-trad", "董事會宣布委任周杰出任行政總裁，即日生效。", "周杰"),
    _p("name-heping-zai", "被告人王和平在庭审中对公诉机关指控的事实无异议。", "王和平"),
    _p("name-jianshe-said", "村民张建设说，新修的水泥路让农产品运出去方便多了。", "张建设"),
    _p("name-shengli-won", "李胜利获评本年度全市优秀乡村教师。", "李胜利"),
    _p("name-then-huo-ban-trad", "中六學生梁家寶獲頒傑出學生獎，她計劃升讀醫科。", "梁家寶"),
    _p("name-then-bei-pan", "被告人刘国华被判处有期徒刑十年，并处罚金二十万元。", "刘国华"),
    _p("name-then-bei-pan-trad", "被告劉國華被判入獄十年，另須繳付罰款二十萬元。", "劉國華"),
    _p("name-then-jiang-lead-sg", "前锋陈俊杰将带领国家队出战东南亚运动会。", "陈俊杰"),
    _p("name-then-ying-de-trad", "台灣選手林昱安贏得男子組冠軍，獎金十萬元。", "林昱安"),
    _p("name-then-dang-xuan-trad", "在昨晚的選舉中，黃偉明當選新一屆區議會主席。", "黃偉明"),
    _p("name-then-ci-qu", "公司公告称，独立非执行董事赵立新辞去职务，原因是个人工作安排。", "赵立新"),
    _p("name-then-ci-qu-trad", "公司公告稱，獨立非執行董事趙立新辭去職務，原因是個人工作安排。", "趙立新"),
    _p("name-then-shen-qing-bao-shi-trad", "被告陳志華申請保釋，遭裁判官拒絕。", "陳志華"),
    _p("name-then-lin-time-word", "校长吴国平今年九月退休，他在学校服务了三十五年。", "吴国平"),
    _p("name-ending-wen-hua-then-zai", "校长李文化在毕业典礼上勉励学生勇于追梦。", "李文化"),
    _p("name-then-zi-shou", "涉案男子孙海涛自首后被警方带走调查。", "孙海涛"),
    _p("name-then-xie-tong-trad", "社工何慧敏協同區內義工，為獨居長者送上月餅。", "何慧敏"),
]

WORD_NAMES = [  # two-character names that are common words, in a name slot
    _p("word-name-liming-defendant", "被告人黎明在庭审中当庭认罪，表示愿意退赔全部赃款。", "黎明"),
    _p("word-name-liming-defendant-trad", "被告黎明在庭上承認控罪，表示願意賠償全部損失。", "黎明"),
    _p("word-name-yangfan-athlete", "帆船选手杨帆在女子激光雷迪尔级比赛中获得第四名。", "杨帆"),
    _p("word-name-linli-principal-trad", "校長林立在典禮上致辭，感謝家長多年來的支持。", "林立"),
    _p("word-name-fangzheng-chairman", "公司董事长方正表示，今年将派发特别股息。", "方正"),
    _p("word-name-gaoyuan-deceased", "遇难者高原生前是一名长途货车司机。", "高原"),
    _p("word-name-wanli-volunteer-trad", "義工萬里已連續十年參與社區探訪長者的活動。", "萬里"),
    _p("word-name-baiyun-teacher", "退休教师白云把自己的三万元积蓄捐给了村里的小学。", "白云"),
    _p("word-name-jinxing-swimmer-trad", "泳手金星在男子50米蝶泳決賽中打破大會紀錄。", "金星"),
    _p("word-name-zhongsheng-judge", "审判员钟声宣读了一审判决。", "钟声"),
    _p("word-name-changqing-obituary-trad", "資深記者常青昨日病逝，享年七十八歲。", "常青"),
    _p("word-name-hefang-police", "派出所所长何方介绍，警方已追回全部被盗财物。", "何方"),
    _p("word-name-near-miss-liming", "黎明时分，搜救人员在山谷中找到了失踪的登山者。"),
    _p("word-name-near-miss-linli-trad", "市中心高樓林立，商場和寫字樓的空置率持續上升。"),
    _p("word-name-near-miss-fangzheng", "这座古城的布局方正，街道纵横交错。"),
    _p("word-name-near-miss-gaoyuan-trad", "這支登山隊將在高原地區進行為期兩周的適應訓練。"),
    _p("word-name-near-miss-changqing", "这家老字号能够基业常青，靠的是几代人的坚守。"),
    _p("word-name-near-miss-zhongsheng-trad", "新年鐘聲響起時，維港兩岸燃放了煙花。"),
]

ANONYMISED = [  # partial names, surnames with descriptions and honorifics, aliases
    _p("partial-mou-middle", "被告人黄某华因犯职务侵占罪，被判处有期徒刑二年。", "黄某华"),
    _p("partial-mou-middle-trad", "被告黃某華因犯職務侵占罪，被判處有期徒刑二年。", "黃某華"),
    _p("same-surname-jia-yi", "被告人陈某甲、陈某乙系兄弟关系，二人共同实施了诈骗行为。", "陈某甲", "陈某乙"),
    _p("surname-couple-trad", "一對陳姓夫婦昨晚在家中被發現昏迷，送院後證實不治。"),
    _p("surname-shopkeeper-trad", "吳姓店主表示，店內的監視器拍下了嫌犯的樣貌。"),
    _p("surname-girl-tw-trad", "一名蔡姓女童在公園玩耍時被流浪狗咬傷。"),
    _p("surname-teen-mainland", "一名李姓少年在江边游泳时不慎溺水，经抢救无效死亡。"),
    _p("surname-de-driver", "一名姓何的货车司机说，事发时他正在路口等红灯。"),
    _p("mrs-surname-hk-trad", "居民梁太表示，大廈的升降機已經停用了兩個星期。"),
    _p("miss-surname-alias-trad", "受騙的林小姐（化名）表示，對方自稱是內地公安。"),
    _p("ah-nickname-alias-trad", "阿明（化名）向記者表示，他在網上認識對方後被騙走十萬元。"),
    _p("little-nickname-alias", "小芳（化名）告诉记者，她被中介骗走了两万元押金。"),
    _p("mou-man-no-surname", "某男在网上发布虚假警情，被处以行政拘留五日。"),
    _p("mou-mou-company", "某某科技有限公司因虚假宣传被市场监管部门罚款二十万元。"),
    _p("mou-mou-village-trad", "某某村的村民反映，當地的自來水經常停供。"),
    _p("mrs-surname-with-name-later-trad", "陳太（陳美玲）表示，兒子在事件中受了輕傷。", "陳美玲"),
    _p("mr-surname-mainland", "市民王先生告诉记者，他在小区门口被一辆电动车撞伤。"),
    _p("uncle-surname-my", "在巴刹卖菜的陈伯说，今年的菜价比去年贵了两成。"),
    _p("anonymised-and-full-name", "被告人邓某某的辩护人孙立伟律师提出，被告人有自首情节。", "邓某某", "孙立伟"),
    _p("anonymised-and-full-name-trad", "被告人鄧某某的辯護人孫立偉律師提出，被告人有自首情節。", "鄧某某", "孫立偉"),
]

OBITUARIES = [  # the deceased and the family members named
    _p("obituary-calligrapher", "著名书法家刘一鸣因病于3月5日在北京逝世，享年89岁。", "刘一鸣"),
    _p("obituary-calligrapher-trad", "著名書法家劉一鳴因病於3月5日在北京逝世，享年89歲。", "劉一鳴"),
    _p("obituary-family-trad", "陳國強先生於本月十日安詳辭世，享壽八十八歲。遺下妻子黃美玉、兒子陳志明及女兒陳慧儀。",
       "陳國強", "黃美玉", "陳志明", "陳慧儀"),
    _p("obituary-filial-sons-my", "林福来老先生于本月十二日寿终正寝，享寿九十一岁。孝男林志明、林志强，孝女林美珠。",
       "林福来", "林志明", "林志强", "林美珠"),
    _p("obituary-filial-sons-my-trad", "林福來老先生於本月十二日壽終正寢，享壽九十一歲。孝男林志明、林志強，孝女林美珠。",
       "林福來", "林志明", "林志強", "林美珠"),
    _p("obituary-professor-hk-trad", "香港大學前校長鄭立宗教授昨日辭世，大學向其家人致以深切慰問。", "鄭立宗"),
    _p("obituary-athlete-sg", "前国家足球队队长黄锦荣昨天清晨在家中安详离世，终年76岁。", "黄锦荣"),
    _p("obituary-memorial-tw-trad", "資深作家林清玉的告別式將於下週六在台南市立殯儀館舉行。", "林清玉"),
    _p("obituary-remembered-by", "老同事张秀英回忆说，王建平一辈子都扑在了教学上。", "张秀英", "王建平"),
    _p("obituary-hall-named-near-miss-trad", "為紀念已故的何志明醫生，醫院將新大樓命名為何志明樓。", "何志明"),
]

SCHOOL_AND_COMMUNITY = [
    _p("dse-top-scorer-trad", "中學文憑試放榜，喇沙書院學生李嘉俊考獲七科5**，成為今年的狀元之一。", "李嘉俊"),
    _p("gaokao-top-scorer", "今年高考，市第一中学考生周子涵以698分的成绩位列全市理科第一。", "周子涵"),
    _p("primary-pupil-wins", "东湖小学五年级学生王小雨在全国少儿书法大赛中获得金奖。", "王小雨"),
    _p("primary-pupil-wins-trad", "東湖小學五年級學生王小雨在全國少兒書法大賽中獲得金獎。", "王小雨"),
    _p("community-volunteer-award-sg", "在宏茂桥居住了四十年的退休护士李秀珍获颁社区服务奖章。", "李秀珍"),
    _p("village-chief-trad", "村長黃文雄帶領村民清理颱風過後的道路。", "黃文雄"),
    _p("residents-committee-director", "社区居委会主任孙丽娟介绍，小区加装电梯工程已全部完工。", "孙丽娟"),
    _p("school-named-after-person-near-miss-trad", "逸夫中學今年錄取新生二百人，校長何國輝表示會增設編程課程。", "何國輝"),
    _p("temple-named-near-miss-tw-trad", "大甲鎮瀾宮今年的媽祖遶境活動吸引數十萬信眾參加，董事長顏志成親自帶隊。", "顏志成"),
    _p("scholarship-list-my", "获得奖学金的学生包括陈佳慧、莫哈末·法伊兹和拉吉·古玛。", "陈佳慧", "莫哈末·法伊兹", "拉吉·古玛"),
    _p("scholarship-list-my-trad", "獲得獎學金的學生包括陳佳慧、莫哈末·法伊茲和拉吉·古瑪。", "陳佳慧", "莫哈末·法伊茲", "拉吉·古瑪"),
    _p("kindergarten-teacher-macau-trad", "幼稚園教師區詠詩獲選為本年度澳門傑出青年。", "區詠詩"),
    _p("hero-courier", "快递员刘小军跳入河中救起一名落水儿童，获评见义勇为先进个人。", "刘小军"),
    _p("hero-courier-trad", "外送員劉小軍跳入河中救起一名落水兒童，獲頒見義勇為獎。", "劉小軍"),
    _p("blood-donor-hk-trad", "今年七十歲的鄺志堅已捐血二百次，是本港捐血次數最多的市民之一。", "鄺志堅"),
    _p("community-library-founder-tw-trad", "退休教師邱玉蘭在自家一樓開設社區書房，免費借書給鄰居孩子。", "邱玉蘭"),
]

COMPANY = [
    _p("appointment-hk-trad", "公司宣布委任何志成為獨立非執行董事，自下月一日起生效。", "何志成"),
    _p("resignation-ceo-sg", "星海控股宣布，总裁陈伟杰因健康原因辞职，由副总裁林家辉接任。", "陈伟杰", "林家辉"),
    _p("resignation-ceo-sg-trad", "星海控股宣布，總裁陳偉傑因健康原因辭職，由副總裁林家輝接任。", "陳偉傑", "林家輝"),
    _p("shareholder-stake", "公司控股股东张明远通过大宗交易减持了百分之二的股份。", "张明远"),
    _p("brand-xuliushan-near-miss-trad", "甜品連鎖店許留山在本港新開三間分店，行政總裁黃家樂表示會繼續擴張。", "黃家樂"),
    _p("brand-yurensheng-near-miss", "余仁生今年在马来西亚新开了十二家门店，集团营业额增长百分之八。"),
    _p("brand-chenliji-near-miss-trad", "陳李濟的百年老店今年完成翻新，吸引不少遊客拍照打卡。"),
    _p("brand-founder-and-ceo", "老字号张小泉剪刀的新任总经理王立群表示，将加快线上渠道布局。", "王立群"),
    _p("founder-named-company-my", "黄宏发集团执行主席黄志坚表示，集团将在新山兴建一座数据中心。", "黄志坚"),
    _p("founder-named-company-my-trad", "黃宏發集團執行主席黃志堅表示，集團將在新山興建一座數據中心。", "黃志堅"),
    _p("legal-representative", "该公司法定代表人邓海波因涉嫌非法吸收公众存款被立案调查。", "邓海波"),
    _p("director-disqualified-hk-trad", "證監會取消前董事鍾家輝的資格，為期五年。", "鍾家輝"),
    _p("product-named-near-miss", "这款名为“小乐”的智能音箱，今年销量超过一百万台。"),
    _p("tw-company-chairman-and-son-trad", "董事長吳東明與其子吳家豪一同出席股東會。", "吳東明", "吳家豪"),
]

COURT_AND_POLICE = [
    _p("hk-magistrate-and-defendant-trad", "裁判官羅家泉判處被告張志強社會服務令一百二十小時。", "羅家泉", "張志強"),
    _p("tw-prosecutor-and-suspect-trad", "檢察官黃子明複訊後，認為被告林育賢犯罪嫌疑重大，向法院聲請羈押。", "黃子明", "林育賢"),
    _p("macau-judge-and-lawyer-trad", "合議庭主席區嘉欣宣判時指出，辯護律師黃啟明提出的理據不成立。", "區嘉欣", "黃啟明"),
    _p("mainland-police-officer-hero", "民警郑海峰在追捕嫌疑人的过程中手臂受伤。", "郑海峰"),
    _p("sg-police-officer-trad", "警長陳俊良在組屋樓下截停一輛可疑汽車。", "陳俊良"),
    _p("my-police-chief", "县警区主任阿米鲁丁说，警方已逮捕三名嫌犯。", "阿米鲁丁"),
    _p("wanted-person-photo-trad", "警方呼籲市民協助尋找失蹤人士周子健，他身高約一米七，身材瘦削。", "周子健"),
    _p("wanted-person-mainland", "警方悬赏通缉犯罪嫌疑人谢永刚，提供有效线索者奖励五万元。", "谢永刚"),
    _p("court-surname-and-description-tw-trad", "法院審理後，認定吳男犯行明確，判處有期徒刑一年兩月。"),
    _p("court-place-name-hewentian-trad", "警方在何文田一個住宅單位內檢獲大批懷疑毒品。"),
    _p("court-place-name-zhangjiakou", "张家口市中级人民法院对这起案件进行了公开宣判。"),
    _p("court-place-name-macau-trad", "治安警察局在黑沙環一間單位內拘捕三名男子。"),
    _p("police-byline-trad", "【本報訊】記者黃子豪／台北報導\n一名男子今天凌晨在大安區持刀搶劫超商，警方隨即將他逮捕。"),
    _p("court-byline-mainland", "（记者 张雪梅 通讯员 刘洋）近日，区人民法院审结一起网络诈骗案，被告人孙某被判处有期徒刑三年。", "孙某"),
    _p("court-credit-line-at-end-trad", "被告鄭家明被判入獄兩年。\n（文／林佩儀 圖／陳俊傑）", "鄭家明"),
    _p("sg-byline-source", "（早报讯）被告黄亚九（58岁）昨天被判坐牢六个月。\n记者：蔡嘉伟", "黄亚九"),
]

PAGES = [  # short pages with a headline, a date line and a byline
    _p("page-hk-court-trad",
       "司機危駕致死囚兩年\n2025年3月18日 17:20\n【本報訊】被告陳大文（52歲，報稱貨車司機）早前承認一項危險駕駛導致他人死亡罪，"
       "今日在區域法院被判入獄兩年。法官郭偉文判刑時指出，被告當日明顯超速。死者家屬李小姐表示接受判決。",
       "陳大文", "郭偉文"),
    _p("page-sg-results",
       "东运会游泳赛 我国再添两金\n2025年5月10日 联合早报\n在昨晚进行的女子100米蛙泳决赛中，我国泳将林诗敏以1分07秒45夺冠，"
       "马来西亚选手诺法蒂玛·宾蒂·阿末以1分08秒02获得银牌。男子50米自由泳，陈俊豪以22秒31夺金。",
       "林诗敏", "诺法蒂玛·宾蒂·阿末", "陈俊豪"),
    _p("page-my-obituary",
       "老报人林国华逝世\n2025年6月3日 10:15 来源：星洲日报\n（吉隆坡3日讯）资深报人林国华昨晚在家中逝世，享年八十三岁。"
       "他的儿子林志远说，父亲生前最大的心愿是看到报社的新大楼落成。（报道：黄丽珠）",
       "林国华", "林志远"),
    _p("page-tw-police-trad",
       "男闖超商搶劫 警15分鐘逮人\n記者陳怡君／高雄報導\n高雄一名吳姓男子昨晚持刀闖入超商搶走現金，三民分局偵查隊長林俊雄表示，"
       "警方調閱監視器後在十五分鐘內將他逮捕。店員黃小姐說，當時非常害怕。",
       "林俊雄"),
    _p("page-mainland-school",
       "我市两名学生获全国数学竞赛金牌\n2025-11-20 09:00 来源：滨江日报\n近日，全国中学生数学奥林匹克竞赛结果揭晓，我市第一中学学生"
       "陈子墨、周雨涵获得金牌。指导教师刘海军介绍，两名同学都是从初一开始参加学校的数学兴趣小组。\n（记者 王晓燕）",
       "陈子墨", "周雨涵", "刘海军"),
    _p("page-macau-community-trad",
       "街坊總會慰問獨居長者\n2025-09-30\n澳門街坊會聯合總會昨日探訪區內獨居長者。理事長吳小麗表示，今年共探訪長者逾三千人次。"
       "八十五歲的陳婆婆說，義工每個月都會上門探望她。",
       "吳小麗"),
    _p("page-hk-company-trad",
       "恒達集團委任新主席\n2025年4月2日\n恒達集團今日宣布，委任梁國輝為董事會主席，接替退休的何振邦。梁國輝現年五十八歲，"
       "曾任集團財務總監。",
       "梁國輝", "何振邦"),
    _p("page-tw-sports-trad",
       "全運會田徑 林昱廷破大會紀錄\n記者黃思穎／台北報導\n全國運動會田徑賽今天進行，男子跳遠由林昱廷以8公尺02奪金並打破大會紀錄，"
       "銀牌為張子豪，銅牌為陳冠宇。林昱廷賽後說，這面金牌要獻給教練。",
       "林昱廷", "張子豪", "陳冠宇"),
]

MORE_NEAR_MISSES = [  # constructions that look like a named person and are not
    _p("surname-village-trad", "李屋村的村民反對興建焚化爐。"),
    _p("street-with-full-name-my", "敦依斯迈路今早发生连环车祸，交通严重堵塞。"),
    _p("race-name-in-quotes-trad", "「陳大文盃」足球賽今日在旺角大球場開幕。", ),
    _p("festival-named-after-person", "屈原故里今年端午节吸引游客二十万人次。"),
    _p("award-named-after-person-trad", "本屆金馬獎最佳新導演獎由林書宏奪得。", "林書宏"),
    _p("pet-name-in-quotes", "走失的柯基犬“豆豆”已被热心市民送回主人家中。"),
    _p("team-with-person-name-trad", "傑志以三比一擊敗東方龍獅，提前奪得聯賽冠軍。"),
    _p("station-with-surname-sg", "金文泰地铁站附近的组屋区发生火警，无人受伤。"),
    _p("deity-festival-my", "九皇爷诞期间，安邦南天宫吸引大批信徒前来膜拜。"),
    _p("surname-plus-residence-trad", "黃府的喪禮於今日在紅磡世界殯儀館舉行。"),
]

BANK = AGE_AND_JOB_BRACKETS + ROMANISED + MALAY_AND_INDIAN + RESULT_LISTS + NAME_BEFORE_VERB + WORD_NAMES + ANONYMISED \
    + OBITUARIES + SCHOOL_AND_COMMUNITY + COMPANY + COURT_AND_POLICE + PAGES + MORE_NEAR_MISSES

XFAIL: dict[str, str] = {
    "word-name-yangfan-athlete": "a transliterated word inside a boat class's name (激光雷迪尔级) is tagged PER and nothing "
                                 "reads the class word 级 after it as closing a thing's name",
    "word-name-wanli-volunteer-trad": "the name is a numeral word (万里/m) followed by an adverb (已), not a verb: a common word "
                                      "in a slot after a description needs a verb after it",
    "word-name-hefang-police": "the name is a question pronoun (何方/r), refused after a position as 何时 and 任内 are "
                               "(经理|何时|到任); a verb of saying after it does not yet vouch for it",
    "appointment-hk-trad": "the tagger reads 委|任何|志|成为: the name's surname went into 任何 and its last character into "
                           "成为, and no rule rebuilds a name after 委任 up to 为",
    "brand-yurensheng-near-miss": "a shop named like a person (余仁生) opening a sentence about its stores: only its business "
                                  "words (门店, 营业额) later in the sentence show it is a business",
    "brand-chenliji-near-miss-trad": "a shop named like a person (陳李濟) before 的百年老店: a possessive before a shop noun does "
                                     "not yet make the owner a business",
}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, names", [strict_case(row, XFAIL) for row in BANK])
def test_people_ordinary_news(text, names):
    assert {p.name for p in extract(text).people} == names
