"""A bank of quotes' speakers, words the tagger takes for people, and authors in credit lines: invented sentences in
Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia, written (and committed) before the
extractor was run on them. Expected values by ../shared/ANNOTATION.md ("Quotes", "People", "Chrome", "Borderline calls"):

- speakers: a quoted clause after a verb of calling or inviting and the ones called (号召广大青年“…”, 邀请游客“…”) or after a
  verb of saying and a wish (说，希望同学们“…”) is the words of the one calling or saying; words followed by a title, a
  name, an adverb and a verb of inviting or calling (“…”镇长X也邀请…) are X's; a person whose surname is also a
  conjunction or preposition (和, 于, 向, 何, 同) written after a title is a person and speaks; the speaker named in the
  sentence before or after the words, with another person named earlier in the paragraph;
- a short slogan of parallel phrases joined by 、 (“买得起、住得好”, “学有所教、病有所医、老有所养”), quoted inside reported
  speech or nested inside a quote, is no quote (slogans are not quotes);
- not people: a title ending in a character that is a surname (打击王, 得分王) run into an adverb (王则由); a sports term that
  starts with a surname (易边); places listed with a count of places after them (A、B及C三个县); a firm's trade name before
  an industry word and its name in brackets (X产业（… Pte Ltd）); a currency word run into the next word (令吉多出); a model
  named only in a campaign's name (学X志愿服务; a spirit named after a person, X精神, still names the person, as
  tests/test_entities.py holds);
- authors: a line with only a newspaper's name and a person's name under the page's time line (東林日報 鄭宇翔); a credit
  field whose name follows the credited person's unit (作者:土木学院 X, 文/机械学院 X).

Near misses keep their answers: a campaign's quoted name, a full quoted sentence with a list in it, a nested quote of
someone's words, two people joined by 和, people counted after their list, a person whose surname is 易 or 吉.

Rows: QUOTES (id, text, [(speaker, opening words)]) in order; PEOPLE (id, text, names that must be listed, names that must
not); AUTHORS (id, page, authors as a sorted list, none of them among the people).
"""
from __future__ import annotations

import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, people_missed_and_wrong, quote_openings, strict_case

QUOTES = [
    ("cn-号召-youth", "团县委书记邱晓峰在授旗仪式上号召广大青年“把志愿服务变成一种习惯，让文明新风吹遍乡村”。", [("邱晓峰", "把志愿服务变成")]),
    ("cn-号召-youth-trad", "團縣委書記邱曉峯在授旗儀式上號召廣大青年「把志願服務變成一種習慣，讓文明新風吹遍鄉村」。", [("邱曉峯", "把志願服務變成")]),
    ("cn-号召-cadres", "区委书记孟庆华号召全区党员干部“在急难险重任务中冲在前面”。", [("孟庆华", "在急难险重任务")]),
    ("cn-号召-cadres-trad", "區委書記孟慶華號召全區黨員幹部「在急難險重任務中衝在前面」。", [("孟慶華", "在急難險重任務")]),
    ("sg-号召-citizens", "社区发展部长林伟康号召国人“多关心身边的年长邻居，多走一步路”。", [("林伟康", "多关心身边的")]),
    ("sg-号召-citizens-trad", "社區發展部長林偉康號召國人「多關心身邊的年長鄰居，多走一步路」。", [("林偉康", "多關心身邊的")]),
    ("my-号召-parents", "州行政议员黄俊杰号召家长“让孩子每天至少阅读半小时”。", [("黄俊杰", "让孩子每天至少")]),
    ("cn-邀请-citizens", "县长葛向东邀请各地游客“来古镇住一晚，尝一尝地道的米粉”。", [("葛向东", "来古镇住一晚")]),
    ("cn-邀请-citizens-trad", "縣長葛向東邀請各地遊客「來古鎮住一晚，嘗一嘗地道的米粉」。", [("葛向東", "來古鎮住一晚")]),
    ("mo-號召-residents", "社會文化司司長區嘉雯號召居民「齊心協力，守護社區的整潔」。", [("區嘉雯", "齊心協力")]),
    ("near-号召-a-campaign-name", "市长蓝建业号召市民积极参与“光盘行动”。", []),
    ("near-号召-a-campaign-name-trad", "市長藍建業號召市民積極參與「光盤行動」。", []),
    ("near-邀请-no-words", "县长葛向东邀请各地游客到古镇走走，品尝地道米粉。", []),
    ("near-邀请-no-words-trad", "縣長葛向東邀請各地遊客到古鎮走走，品嚐地道米粉。", []),
    ("cn-words-then-也邀请", "文旅局局长谢玉兰说明，活动期间将加开接驳车，每日约80班次。\n\n“白天逛古镇、晚上看灯会，顺便尝尝地道的米粉。”镇长石建平也邀请各地游客到古镇走走。", [("石建平", "白天逛古镇")]),
    ("cn-words-then-也邀请-trad", "文旅局局長謝玉蘭說明，活動期間將加開接駁車，每日約80班次。\n\n「白天逛古鎮、晚上看燈會，順便嚐嚐地道的米粉。」鎮長石建平也邀請各地遊客到古鎮走走。", [("石建平", "白天逛古鎮")]),
    ("cn-words-then-还号召", "主办方代表邓文辉介绍了赛事安排。\n\n“跑步不分快慢，重在坚持。”市体育局局长贺明远还号召市民走出家门参与健身。", [("贺明远", "跑步不分快慢")]),
    ("cn-words-then-还号召-trad", "主辦方代表鄧文輝介紹了賽事安排。\n\n「跑步不分快慢，重在堅持。」市體育局局長賀明遠還號召市民走出家門參與健身。", [("賀明遠", "跑步不分快慢")]),
    ("hk-words-then-亦邀請", "旅發局總幹事莫家明介紹，今年煙花匯演長約二十分鐘。\n\n「歡迎大家帶同家人一齊嚟睇煙花。」旅發局主席區國強亦邀請市民提早入場。", [("區國強", "歡迎大家帶同")]),
    ("my-words-then-也邀请", "主办单位主席陈家伟说明，今年共有50个摊位。\n\n“欢迎大家来吃榴莲、看表演。”州议员林美玲也邀请民众踊跃出席。", [("林美玲", "欢迎大家来吃")]),
    ("near-words-then-notice-invites", "“白天逛古镇、晚上看灯会。”镇政府发布的公告也邀请各地游客前来。", []),
    ("near-words-then-notice-invites-trad", "「白天逛古鎮、晚上看燈會。」鎮政府發佈的公告也邀請各地遊客前來。", []),
    ("cn-说希望-song", "歌手骆文杰一生未婚，晚年与侄子同住在乡下。他生前受访时曾说，希望自己的歌“能被更多年轻人在课堂上唱起”。", [("骆文杰", "能被更多年轻人")]),
    ("cn-说希望-song-trad", "歌手駱文傑一生未婚，晚年與侄子同住在鄉下。他生前受訪時曾說，希望自己的歌「能被更多年輕人在課堂上唱起」。", [("駱文傑", "能被更多年輕人")]),
    ("cn-说希望-principal", "校长范志刚在毕业典礼上说，希望同学们“把读书当成一辈子的事”。", [("范志刚", "把读书当成")]),
    ("cn-说希望-principal-trad", "校長範志剛在畢業典禮上說，希望同學們「把讀書當成一輩子的事」。", [("範志剛", "把讀書當成")]),
    ("sg-表示希望-minister", "教育部长郑文彬表示，希望学生“不只追求分数，更要找到热爱”。", [("郑文彬", "不只追求分数")]),
    ("sg-表示希望-minister-trad", "教育部長鄭文彬表示，希望學生「不只追求分數，更要找到熱愛」。", [("鄭文彬", "不只追求分數")]),
    ("tw-說希望-mayor", "市長沈立德今天說，希望市民「把垃圾分類當成生活習慣」。", [("沈立德", "把垃圾分類")]),
    ("near-说希望-a-term", "校长范志刚说，希望同学们多参加“书香校园”活动。", []),
    ("near-说希望-a-term-trad", "校長範志剛說，希望同學們多參加「書香校園」活動。", []),
    ("cn-和-vice-mayor-she-said", "苍山市委书记普建国，省文化和旅游厅副厅长李静出席开幕式。苍山市人民政府副市长和晓梅致欢迎辞。她说：“我们希望游客在这里住下来、慢下来。”", [("和晓梅", "我们希望游客")]),
    ("cn-和-vice-mayor-she-said-trad", "蒼山市委書記普建國，省文化和旅遊廳副廳長李靜出席開幕式。蒼山市人民政府副市長和曉梅致歡迎辭。她說：「我們希望遊客在這裏住下來、慢下來。」", [("和曉梅", "我們希望遊客")]),
    ("cn-和-said-colon", "丽江县副县长和志军表示：“今年将新修三条旅游公路。”", [("和志军", "今年将新修")]),
    ("cn-和-said-colon-trad", "麗江縣副縣長和志軍表示：「今年將新修三條旅遊公路。」", [("和志軍", "今年將新修")]),
    ("cn-和-words-after", "“古城保护没有终点。”古城管理局局长和耀东说。", [("和耀东", "古城保护没有")]),
    ("cn-和-words-after-trad", "「古城保護沒有終點。」古城管理局局長和耀東說。", [("和耀東", "古城保護沒有")]),
    ("cn-于-secretary", "党委书记于海涛在会上指出：“要把安全生产放在首位。”", [("于海涛", "要把安全生产")]),
    ("cn-于-secretary-trad", "黨委書記於海濤在會上指出：「要把安全生產放在首位。」", [("於海濤", "要把安全生產")]),
    ("cn-于-after-another", "会议由副县长马俊主持。县委书记于振华在讲话中强调：“项目建设要快马加鞭。”", [("于振华", "项目建设要快")]),
    ("cn-于-after-another-trad", "會議由副縣長馬俊主持。縣委書記于振華在講話中強調：「項目建設要快馬加鞭。」", [("于振華", "項目建設要快")]),
    ("cn-向-director", "局长向明辉表示：“全市将新建二十个口袋公园。”", [("向明辉", "全市将新建")]),
    ("cn-向-director-trad", "局長嚮明輝表示：「全市將新建二十個口袋公園。」", [("嚮明輝", "全市將新建")]),
    ("cn-向-words-after", "“全市将新建二十个口袋公园。”市园林局局长向春燕说。", [("向春燕", "全市将新建")]),
    ("cn-向-words-after-trad", "「全市將新建二十個口袋公園。」市園林局局長向春燕說。", [("向春燕", "全市將新建")]),
    ("cn-何-teacher", "班主任何丽娟说：“孩子们进步很大。”", [("何丽娟", "孩子们进步很大")]),
    ("cn-何-teacher-trad", "班主任何麗娟說：「孩子們進步很大。」", [("何麗娟", "孩子們進步很大")]),
    ("cn-同-surname", "村支书同振宇说：“今年的苹果又是一个丰收年。”", [("同振宇", "今年的苹果")]),
    ("near-和-two-names", "市委书记王建军和市长李国华出席活动。李国华表示：“我们将全力支持。”", [("李国华", "我们将全力")]),
    ("near-和-two-names-trad", "市委書記王建軍和市長李國華出席活動。李國華表示：「我們將全力支持。」", [("李國華", "我們將全力")]),
    ("near-和-mayor-and-deputy", "会上，市长田伟和副市长邓丽先后讲话。邓丽说：“要抓好落实。”", [("邓丽", "要抓好落实")]),
    ("near-和-mayor-and-deputy-trad", "會上，市長田偉和副市長鄧麗先後講話。鄧麗說：「要抓好落實。」", [("鄧麗", "要抓好落實")]),
    ("cn-before-another-named", "会议由副县长马俊主持。县委书记周振华在讲话中指出：“项目建设要快马加鞭。”", [("周振华", "项目建设要快")]),
    ("cn-before-another-named-trad", "會議由副縣長馬俊主持。縣委書記周振華在講話中指出：「項目建設要快馬加鞭。」", [("周振華", "項目建設要快")]),
    ("cn-after-another-named", "主持人林小雨介绍了乐队的十年历程。“今天能回到这里，我们很激动。”主唱聂远航说。", [("聂远航", "今天能回到这里")]),
    ("cn-after-another-named-trad", "主持人林小雨介紹了樂隊的十年曆程。「今天能回到這裏，我們很激動。」主唱聶遠航說。", [("聶遠航", "今天能回到這裏")]),
    ("cn-two-unveil-then-he-said", "韩立新与宋佳共同为活动揭牌。宋佳表示，今年将新开三条线路。“我们要让市民出行更方便。”她说。", [("宋佳", "我们要让市民")]),
    ("cn-two-unveil-then-he-said-trad", "韓立新與宋佳共同爲活動揭牌。宋佳表示，今年將新開三條線路。「我們要讓市民出行更方便。」她說。", [("宋佳", "我們要讓市民")]),
    ("cn-words-then-time-then-name-thanks", "“这是我们第一次走出北方演出的城市，十年了，谢谢你们还在。”演唱会尾声，主唱聂远航向台下观众鞠躬致谢。", [("聂远航", "这是我们第一次")]),
    ("cn-words-then-time-then-name-thanks-trad", "「這是我們第一次走出北方演出的城市，十年了，謝謝你們還在。」演唱會尾聲，主唱聶遠航向臺下觀衆鞠躬致謝。", [("聶遠航", "這是我們第一次")]),
    ("hk-words-then-name-說", "主持人歐陽敏介紹嘉賓後，「今年我哋會推出更多青年宿舍。」房屋局局長石家豪說。", [("石家豪", "今年我哋會")]),
    ("cn-clause-then-name-表示", "谈到未来，作曲家侯文轩表示：“希望我的歌能一直被人唱下去。”", [("侯文轩", "希望我的歌")]),
    ("cn-clause-then-name-表示-trad", "談到未來，作曲家侯文軒表示：「希望我的歌能一直被人唱下去。」", [("侯文軒", "希望我的歌")]),
    ("cn-nested-slogan-in-quote", "石城市住房和城乡建设局局长程立华表示：“新政的核心是降低购房门槛，让刚需和改善型需求都能‘买得起、住得好’。”", [("程立华", "新政的核心是")]),
    ("cn-nested-slogan-in-quote-trad", "石城市住房和城鄉建設局局長程立華表示：「新政的核心是降低購房門檻，讓剛需和改善型需求都能『買得起、住得好』。」", [("程立華", "新政的核心是")]),
    ("cn-slogan-in-reported-speech", "局长程立华表示，要让刚需家庭“买得起、住得好”。", []),
    ("cn-slogan-in-reported-speech-trad", "局長程立華表示，要讓剛需家庭「買得起、住得好」。", []),
    ("cn-slogan-four-items", "市长雷宏伟说，要努力实现“学有所教、病有所医、老有所养”。", []),
    ("cn-slogan-four-items-trad", "市長雷宏偉說，要努力實現「學有所教、病有所醫、老有所養」。", []),
    ("cn-slogan-three-items", "区长潘志勇表示，要让惠民政策“看得见、摸得着、用得上”。", []),
    ("cn-slogan-three-items-trad", "區長潘志勇表示，要讓惠民政策「看得見、摸得着、用得上」。", []),
    ("sg-slogan-two-items", "国家发展部长黄志平说，组屋要做到“住得起、住得好”。", []),
    ("sg-slogan-two-items-trad", "國家發展部長黃志平說，組屋要做到「住得起、住得好」。", []),
    ("my-slogan-nested", "房屋部长沈国荣说：“我们的目标是让人民‘买得起、住得安’，这是政府的承诺。”", [("沈国荣", "我们的目标是")]),
    ("near-clause-with-list-is-words", "局长程立华希望各部门“把每一笔钱、每一个项目都落到实处”。", [("程立华", "把每一笔钱")]),
    ("near-clause-with-list-is-words-trad", "局長程立華希望各部門「把每一筆錢、每一個項目都落到實處」。", [("程立華", "把每一筆錢")]),
    ("near-nested-words-of-a-person", "程立华说：“有位市民告诉我，‘我终于在城里买上了房子’，这让我很感动。”", [("程立华", "有位市民告诉我")]),
    ("near-nested-words-of-a-person-trad", "程立華說：「有位市民告訴我，『我終於在城裏買上了房子』，這讓我很感動。」", [("程立華", "有位市民告訴我")]),
    ("near-full-sentence-with-list", "市长雷宏伟说：“学有所教、病有所医，是每个家庭的期盼。”", [("雷宏伟", "学有所教、")]),
    ("near-full-sentence-with-list-trad", "市長雷宏偉說：「學有所教、病有所醫，是每個家庭的期盼。」", [("雷宏偉", "學有所教、")]),
]

QUOTES += [
    ("near-slogan-wished-on-players", "总教练樊志宏希望队员们“打出气势、打出水平”，同时要求做好保障。", [("樊志宏", "打出气势")]),
    ("near-slogan-wished-on-players-trad", "總教練樊志宏希望隊員們「打出氣勢、打出水平」，同時要求做好保障。", [("樊志宏", "打出氣勢")]),
]

PEOPLE = [
    ("tw-batting-king-则由", "打击王则由民雄国中游击手李承恩以打击率5成33夺下。", {"李承恩"}, {"王则"}),
    ("tw-batting-king-则由-trad", "打擊王則由民雄國中游擊手李承恩以打擊率5成33奪下。", {"李承恩"}, {"王則"}),
    ("tw-homerun-king-则是", "全垒打王则是东林高中的捕手吴冠廷，共击出4支全垒打。", {"吴冠廷"}, {"王则"}),
    ("tw-homerun-king-则是-trad", "全壘打王則是東林高中的捕手吳冠廷，共擊出4支全壘打。", {"吳冠廷"}, {"王則"}),
    ("cn-scoring-king-亦由", "得分王亦由东江队前锋曾志鹏获得，他本季场均28分。", {"曾志鹏"}, {"王亦"}),
    ("cn-scoring-king-亦由-trad", "得分王亦由東江隊前鋒曾志鵬獲得，他本季場均28分。", {"曾志鵬"}, {"王亦"}),
    ("cn-rebound-king-则被", "篮板王则被南山队中锋欧阳涛收入囊中。", {"欧阳涛"}, {"王则"}),
    ("cn-rebound-king-则被-trad", "籃板王則被南山隊中鋒歐陽濤收入囊中。", {"歐陽濤"}, {"王則"}),
    ("my-top-scorer-则由", "射手王则由柔佛队前锋刘家明夺得，全季攻入18球。", {"刘家明"}, {"王则"}),
    ("hk-assist-king-則由", "助攻王則由東區中場梁浩賢奪得。", {"梁浩賢"}, {"王則"}),
    ("tw-boss-则表示", "王董则表示，公司明年将扩大投资。", set(), {"王董", "王则"}),
    ("tw-boss-则表示-trad", "王董則表示，公司明年將擴大投資。", set(), {"王則", "王董"}),
    ("near-name-with-则-inside", "王则明表示，公司明年将扩大投资。", {"王则明"}, set()),
    ("near-name-with-则-inside-trad", "王則明表示，公司明年將擴大投資。", {"王則明"}, set()),
    ("near-name-then-则-adverb", "主教练王志成则表示，球队已经尽力。", {"王志成"}, {"王志成则"}),
    ("near-name-then-则-adverb-trad", "主教練王志成則表示，球隊已經盡力。", {"王志成"}, {"王志成則"}),
    ("hk-易邊後", "上半場東區憑前鋒黃卓謙頭槌領先。易邊後元朗換入19歲小將鄧子軒，他在第63分鐘扳平。", {"黃卓謙", "鄧子軒"}, {"易邊"}),
    ("cn-易边后", "上半场双方互交白卷。易边后客队换上前锋陆子昂，他在第70分钟打破僵局。", {"陆子昂"}, {"易边"}),
    ("cn-易边后-trad", "上半場雙方互交白卷。易邊後客隊換上前鋒陸子昂，他在第70分鐘打破僵局。", {"陸子昂"}, {"易邊"}),
    ("cn-易边再战", "易边再战，主队中场彭宇航远射破门。", {"彭宇航"}, {"易边"}),
    ("cn-易边再战-trad", "易邊再戰，主隊中場彭宇航遠射破門。", {"彭宇航"}, {"易邊"}),
    ("cn-下半场易边", "下半场易边后，东江队加强了进攻，后卫孙浩然头球建功。", {"孙浩然"}, {"易边"}),
    ("cn-下半场易边-trad", "下半場易邊後，東江隊加強了進攻，後衛孫浩然頭球建功。", {"孫浩然"}, {"易邊"}),
    ("near-surname-易", "前锋易志豪在第70分钟打破僵局。", {"易志豪"}, set()),
    ("near-surname-易-trad", "前鋒易志豪在第70分鐘打破僵局。", {"易志豪"}, set()),
    ("my-three-districts", "灾情最严重的是文冬、林安及北溪三个县，其中文冬县的疏散中心收容了2311人。", set(), {"林安"}),
    ("my-three-districts-trad", "災情最嚴重的是文冬、林安及北溪三個縣，其中文冬縣的疏散中心收容了2311人。", set(), {"林安"}),
    ("cn-three-towns", "受灾较重的是高桥、马坪和罗山三个镇。", set(), {"罗山", "马坪", "高桥"}),
    ("cn-three-towns-trad", "受災較重的是高橋、馬坪和羅山三個鎮。", set(), {"馬坪", "羅山", "高橋"}),
    ("cn-two-villages", "王庄和李坪两个村的道路全部打通。", set(), {"王庄", "李坪"}),
    ("cn-two-villages-trad", "王莊和李坪兩個村的道路全部打通。", set(), {"李坪", "王莊"}),
    ("my-four-states", "水灾波及吉兰丹、丁加奴、彭亨及柔佛四个州，逾万人撤离。", set(), {"丁加奴"}),
    ("near-two-pupils", "王明、李华两名学生获得一等奖。", {"王明", "李华"}, set()),
    ("near-two-pupils-trad", "王明、李華兩名學生獲得一等獎。", {"王明", "李華"}, set()),
    ("near-three-officials", "副县长陈志、林海及赵强三人出席。", {"赵强", "林海", "陈志"}, set()),
    ("near-three-officials-trad", "副縣長陳志、林海及趙強三人出席。", {"趙強", "林海", "陳志"}, set()),
    ("sg-trade-name-产业", "林丰产业（Linfeng Property Pte Ltd）首席执行官郑志杰则指出，下半年住宅供应将增加。", {"郑志杰"}, {"林丰"}),
    ("sg-trade-name-产业-trad", "林豐產業（Linfeng Property Pte Ltd）首席執行官鄭志傑則指出，下半年住宅供應將增加。", {"鄭志傑"}, {"林豐"}),
    ("sg-trade-name-置业", "杨盛置业（Yangsheng Realty）总裁吴国栋说，市场需求稳健。", {"吴国栋"}, {"杨盛"}),
    ("sg-trade-name-置业-trad", "楊盛置業（Yangsheng Realty）總裁吳國棟說，市場需求穩健。", {"吳國棟"}, {"楊盛"}),
    ("my-trade-name-地产", "高鼎地产（Gaoding Land Sdn Bhd）董事经理陈伟明表示，新楼盘已售出七成。", {"陈伟明"}, {"高鼎"}),
    ("near-person-then-产业-word", "林丰表示，将继续投资房地产产业。", {"林丰"}, set()),
    ("near-person-then-产业-word-trad", "林豐表示，將繼續投資房地產產業。", {"林豐"}, set()),
    ("my-令吉多出", "上半年净利达8340万令吉，比去年同期的7010万令吉多出19%。", set(), {"吉多"}),
    ("my-令吉多出-trad", "上半年淨利達8340萬令吉，比去年同期的7010萬令吉多出19%。", set(), {"吉多"}),
    ("my-令吉多于", "次季营业额为3亿令吉，多于市场预期，净利1200万令吉多于去年。", set(), {"吉多"}),
    ("my-令吉多于-trad", "次季營業額爲3億令吉，多於市場預期，淨利1200萬令吉多於去年。", set(), {"吉多"}),
    ("my-令吉左右", "该项目耗资约5000万令吉左右，明年竣工。", set(), {"吉左"}),
    ("my-令吉左右-trad", "該項目耗資約5000萬令吉左右，明年竣工。", set(), {"吉左"}),
    ("near-surname-吉-after-currency", "该公司净利1200万令吉。董事经理吉志明表示，明年将扩大产能。", {"吉志明"}, set()),
    ("near-surname-吉-after-currency-trad", "該公司淨利1200萬令吉。董事經理吉志明表示，明年將擴大產能。", {"吉志明"}, set()),
    ("cn-学X-志愿服务", "全市开展学李青山志愿服务活动，参与者逾万人次。", set(), {"李青山"}),
    ("cn-学X-志愿服务-trad", "全市開展學李青山志願服務活動，參與者逾萬人次。", set(), {"李青山"}),
    ("cn-X精神", "团市委书记张楠号召青年弘扬李青山精神，让志愿服务融入日常。", {"张楠", "李青山"}, set()),
    ("cn-X精神-trad", "團市委書記張楠號召青年弘揚李青山精神，讓志願服務融入日常。", {"張楠", "李青山"}, set()),
    ("cn-学X-活动月", "三月是学赵铁柱活动月，各校组织学生走进社区。", set(), {"赵铁柱"}),
    ("cn-学X-活动月-trad", "三月是學趙鐵柱活動月，各校組織學生走進社區。", set(), {"趙鐵柱"}),
    ("near-model-also-a-person", "老党员李青山讲述了自己的故事，全场响起掌声。大家表示要弘扬李青山精神。", {"李青山"}, set()),
    ("near-model-also-a-person-trad", "老黨員李青山講述了自己的故事，全場響起掌聲。大家表示要弘揚李青山精神。", {"李青山"}, set()),
    ("near-study-a-speaker", "学员们认真学习了陈立民的讲话精神。陈立民说，要把工作做实。", {"陈立民"}, set()),
    ("near-study-a-speaker-trad", "學員們認真學習了陳立民的講話精神。陳立民說，要把工作做實。", {"陳立民"}, set()),
]

AUTHORS = [
    ("tw-paper-space-name-trad", "東林科技發表首款換電機車 售價9萬8800元\n2024/04/16 20:15\n東林日報 鄭宇翔\n\n東林科技今天發表首款換電機車，售價新台幣9萬8800元。\n", ["鄭宇翔"]),
    ("tw-paper-space-name-under-stamp-trad", "南港捷運新站啟用\n2024/05/02 09:10\n南港時報 郭品妍\n南港捷運新站今天啟用，首日湧入逾兩萬人次。\n", ["郭品妍"]),
    ("tw-evening-paper-space-name-trad", "夜市攤商響應減塑\n2024/05/03 18:30\n北城晚報 蔡宜庭\n\n北城夜市攤商今天起響應減塑，改用可回收餐具。\n", ["蔡宜庭"]),
    ("tw-reporter-slash-place-no-bracket-trad", "騏躍發表新車\n2024/04/16 20:15\n記者鄭宇翔／台北報導\n\n騏躍今天發表首款換電速克達。\n", ["鄭宇翔"]),
    ("tw-reporter-bracket-trad", "騏躍發表新車\n2024/04/16 20:15\n\n〔記者鄭宇翔／台北報導〕騏躍今天發表首款換電速克達。\n", ["鄭宇翔"]),
    ("hk-paper-space-name-trad", "港島東新泳池啟用\n2024年5月2日 10:20\n東區日報 梁浩文\n\n港島東新泳池今日啟用。\n", ["梁浩文"]),
    ("cn-author-unit-space-name", "我校承办全国隧道安全学术会议\n发布时间:2024年11月04日  作者:土木学院 林晓彤  摄影:方卓  编辑:贺雯  点击:[ 865 ]\n\n11月1日至3日，全国隧道安全学术会议在成都召开。\n", ["林晓彤", "方卓", "贺雯"]),
    ("cn-author-centre-space-name", "学校举行新生开学典礼\n发布时间：2024-09-10  作者：新闻中心 王晓燕  编辑：刘一鸣\n\n9月9日，学校举行2024级新生开学典礼。\n", ["王晓燕", "刘一鸣"]),
    ("cn-author-department-space-name", "市图书馆举办阅读月活动\n来源：宣传部  作者：宣传部 陈思雨  审核：周建国\n\n4月23日，市图书馆举办阅读月启动仪式。\n", ["陈思雨", "周建国"]),
    ("cn-text-unit-space-name", "学院举办科技节\n2024-05-20 来源：机械学院\n文/机械学院 李明轩  图/刘一鸣\n\n5月18日，机械学院举办第五届科技节。\n", ["李明轩", "刘一鸣"]),
    ("cn-author-unit-space-name-trad", "本校承辦全國隧道安全學術會議\n發布時間:2024年11月04日  作者:土木學院 林曉彤  攝影:方卓  編輯:賀雯\n\n11月1日至3日，全國隧道安全學術會議在成都召開。\n", ["林曉彤", "方卓", "賀雯"]),
    ("cn-author-centre-space-name-trad", "學校舉行新生開學典禮\n發布時間：2024-09-10  作者：新聞中心 王曉燕  編輯：劉一鳴\n\n9月9日，學校舉行2024級新生開學典禮。\n", ["王曉燕", "劉一鳴"]),
    ("cn-reporter-line", "城南新建三座公园\n2024-06-05 10:20 来源：东川日报\n记者 郑雨欣\n\n城南片区今年新建三座口袋公园。\n", ["郑雨欣"]),
    ("cn-author-colon-name", "城南新建三座公园\n2024-06-05 10:20 来源：东川日报\n作者：郑雨欣\n\n城南片区今年新建三座口袋公园。\n", ["郑雨欣"]),
    ("near-author-unit-only", "学校举行新生开学典礼\n发布时间：2024-09-10  作者：新闻中心  编辑：刘一鸣\n\n9月9日，学校举行2024级新生开学典礼。\n", ["刘一鸣"]),
    ("near-paper-then-sentence-trad", "夜市攤商響應減塑\n2024/05/03 18:30\n\n北城晚報 今天報導，夜市攤商陳美玉響應減塑。\n", []),
]

XFAIL: dict[str, str] = {}

BANK = QUOTES + PEOPLE + AUTHORS


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize(("text", "expected"), [strict_case(row, XFAIL) for row in QUOTES])
def test_quotes(text, expected):
    assert quote_openings(text, expected) == [tuple(e) for e in expected]


@pytest.mark.parametrize(("text", "listed", "not_listed"), [strict_case(row, XFAIL) for row in PEOPLE])
def test_people(text, listed, not_listed):
    assert people_missed_and_wrong(text, listed, not_listed) == (set(), set())


@pytest.mark.parametrize(("page", "authors"), [strict_case(row, XFAIL) for row in AUTHORS])
def test_authors(page, authors):
    record = extract(page)
    people = {person.name for person in record.people}
    assert (sorted(record.authors), people & set(authors)) == (sorted(authors), set())
