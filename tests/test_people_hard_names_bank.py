"""People whose names a word tagger handles badly, and the words that look like names. Invented sentences and short
passages in Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia press styles; each
row names the class of construction it stands for and asserts the exact set of names extract() lists in `people`.
No row repeats a class already settled by test_people_bank.py, test_people_name_forms_bank.py,
test_people_precision_bank.py, test_name_boundary_bank.py or test_people_list_bank.py; this bank covers what they
leave out. Expected values by ANNOTATION.md "People" (every person named in the body, by the longest written name,
without honorifics or titles):

- a Russian or Central Asian transliterated name (…耶夫, …诺夫, …拉依莫夫, …娃) standing alone as a clause's
  subject, after a conjunction or adverb (但, 而, 随后, 据报道), is a person;
- a foreign (Western, Russian, Central Asian) surname written before a post (某某总理曾多次表示, 某某首相周三表示) is
  the name as written and stops before the post; a Japanese or Korean family name before a post is a bare surname
  with a title and no person;
- Japanese names 2+2, 1+2 and 3+1, Korean names (金, 朴, 崔 with a two-character given name), Vietnamese names (阮氏
  with a two-character given name, 黎, 裴, 武) are whole names;
- names with · (卡尔·某某) stay whole in lists and before 与/和; Malay names with 宾/宾蒂 (bin/binti) written with ·
  are one name; Indian names ending in 星 (Singh) are names; the honorific styles before them are dropped;
- in a long 、 list of athletes, artists or officials every item is a person, single-given-name forms included, even
  when the given name with the surname makes a common word (杜鹃, 方圆);
- near misses: a surname-like adverb, preposition or day word after a post (总理曾多次, 主任向来, 主席于今日,
  部长周三, 总统任内, 会长连任) opens no name; a preposition that is a surname opening a common phrase
  (向合资格人士发放, 于是, 和平) is no name; a currency (马克, the old German currency), a carmaker (福特) or a fund
  named after a person is no person (brands and companies are no people); a fee inside a post (董事袍金: 袍金 is a
  fee) is no name; a list of places (including places that read like names: 林芝, 杜尚别) names no one.
"""
import pytest

from extractor import extract


def _bank(passage_id: str, text: str, names: set[str], xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, names, id=passage_id, marks=marks)


RUSSIAN_AND_CENTRAL_ASIAN = [
    _bank("yev-after-dan-subject", "但萨比罗耶夫并不满足，赛后他表示还要继续备战世锦赛。", {"萨比罗耶夫"}),
    _bank("yev-after-dan-subject-trad", "但薩比羅耶夫並不滿足，賽後他表示還要繼續備戰世錦賽。", {"薩比羅耶夫"}),
    _bank("ov-after-suihou", "随后，卡西莫夫登台发言，介绍了该国的投资环境。", {"卡西莫夫"}),
    _bank("ov-after-suihou-trad", "隨後，卡西莫夫登台發言，介紹了該國的投資環境。", {"卡西莫夫"}),
    _bank("nov-after-er", "而图尔苏诺夫则认为，市场需求依然疲弱。", {"图尔苏诺夫"}),
    _bank("nov-after-er-trad", "而圖爾蘇諾夫則認為，市場需求依然疲弱。", {"圖爾蘇諾夫"}),
    _bank("rayimov-athlete", "哈萨克斯坦选手阿布德拉依莫夫获得男子组银牌。", {"阿布德拉依莫夫"}),
    _bank("rayimov-bare-subject-trad", "阿布德拉依莫夫在第三回合擊倒對手，奪得金牌。", {"阿布德拉依莫夫"}),
    _bank("ov-after-jubaodao", "据报道，索科洛夫当天已经离开莫斯科。", {"索科洛夫"}),
    _bank("ov-after-jubaodao-trad", "據報道，索科洛夫當天已經離開莫斯科。", {"索科洛夫"}),
    _bank("yeva-female", "对此，科瓦廖娃表示，团队会尽快调整状态。", {"科瓦廖娃"}),
    _bank("yeva-female-trad", "對此，科瓦廖娃表示，團隊會盡快調整狀態。", {"科瓦廖娃"}),
    _bank("two-ov-joined-by-he", "伊斯马伊洛夫和巴赫季约罗夫分别获得第二名和第三名。", {"伊斯马伊洛夫", "巴赫季约罗夫"}),
    _bank("two-ov-joined-by-ji-trad", "伊斯馬伊洛夫及巴赫季約羅夫分別獲得第二名和第三名。", {"伊斯馬伊洛夫", "巴赫季約羅夫"}),
    _bank("ov-after-position-weekday", "乌兹别克斯坦外长萨伊多夫周二抵达北京进行访问。", {"萨伊多夫"}),
    _bank("ov-after-position-weekday-trad", "烏茲別克外長薩伊多夫週二抵達台北進行訪問。", {"薩伊多夫"}),
    _bank("ov-starting-with-surname-char", "马尔科夫说，两国的能源合作仍有很大潜力。", {"马尔科夫"}),
    _bank("ov-starting-with-surname-char-trad", "馬爾科夫說，兩國的能源合作仍有很大潛力。", {"馬爾科夫"}),
    _bank("ov-ye-also", "沃罗诺夫也在会上发言，他认为谈判取得了进展。", {"沃罗诺夫"}),
    _bank("ov-with-patronymic-dot", "俄罗斯能源部长谢尔盖·彼得罗维奇·伊万诺夫出席了论坛。", {"谢尔盖·彼得罗维奇·伊万诺夫"}),
    _bank("ov-remention-after-dot", "吉尔吉斯斯坦总统阿斯卡尔·托克托罗夫今天抵达北京。托克托罗夫表示，双方合作潜力巨大。",
          {"阿斯卡尔·托克托罗夫"}),
    _bank("ov-remention-after-dot-trad", "吉爾吉斯總統阿斯卡爾·托克托羅夫今日抵港。托克托羅夫表示，雙方合作潛力巨大。",
          {"阿斯卡爾·托克托羅夫"}),
    _bank("ov-yet-subject-sports", "不过，努尔兰别科夫在决赛中发挥失常，仅获第五。", {"努尔兰别科夫"}),
    _bank("ov-yet-subject-sports-trad", "不過，努爾蘭別科夫在決賽中發揮失常，僅獲第五。", {"努爾蘭別科夫"}),
    _bank("yev-object-of-verb", "主办方特别邀请了卡里莫耶夫出席闭幕式。", {"卡里莫耶夫"}),
    _bank("yeva-object-of-verb-sg", "大会邀请哈萨克斯坦钢琴家纳扎尔巴耶娃担任评委。", {"纳扎尔巴耶娃"}),
]

FOREIGN_SURNAME_BEFORE_POST = [
    _bank("ov-before-zongli-ceng", "卡西莫夫总理曾多次表示，政府将优先发展农业。", {"卡西莫夫"}),
    _bank("ov-before-zongli-ceng-trad", "卡西莫夫總理曾多次表示，政府將優先發展農業。", {"卡西莫夫"}),
    _bank("western-before-shouxiang-zhousan", "哈特菲尔德首相周三表示，英方将继续支持自由贸易。", {"哈特菲尔德"}),
    _bank("western-before-shouxiang-zhousan-trad", "哈特菲爾德首相週三表示，英方將繼續支持自由貿易。", {"哈特菲爾德"}),
    _bank("western-starting-with-ma-before-zongtong", "马尔科维奇总统昨日表示，塞方愿意扩大对华出口。", {"马尔科维奇"}),
    _bank("western-starting-with-ma-before-zongtong-trad", "馬爾科維奇總統昨日表示，塞方願意擴大對華出口。", {"馬爾科維奇"}),
    _bank("western-before-buzhang-yu", "索尔贝格部长于今日抵达上海，开始为期两天的访问。", {"索尔贝格"}),
    _bank("western-before-buzhang-yu-trad", "索爾貝格部長於今日抵達澳門，開始為期兩天的訪問。", {"索爾貝格"}),
    _bank("western-before-dashi-xiang", "埃文斯大使向记者介绍了两国教育合作的情况。", {"埃文斯"}),
    _bank("western-before-dashi-xiang-trad", "埃文斯大使向記者介紹了兩國教育合作的情況。", {"埃文斯"}),
    _bank("western-before-zhuxi-gao", "范德堡主席高度评价了双方的合作成果。", {"范德堡"}),
    _bank("ov-before-waizhang-zhouyi", "萨伊多夫外长周一会见了中国企业家代表团。", {"萨伊多夫"}),
    _bank("western-before-zongtong-ren", "奥利韦拉总统任内推动了多项经济改革。", {"奥利韦拉"}),
    _bank("western-before-zongtong-ren-trad", "奧利韋拉總統任內推動了多項經濟改革。", {"奧利韋拉"}),
    _bank("japanese-surname-before-shouxiang-is-none", "津田首相周三表示，日方将加强与东盟的合作。", set()),
    _bank("japanese-surname-before-shouxiang-is-none-trad", "津田首相週三表示，日方將加強與東盟的合作。", set()),
    _bank("korean-surname-before-zongtong-is-none", "金总统在会谈中强调了半岛和平的重要性。", set()),
    _bank("country-before-post-weekday-is-none", "阿根廷总统周三表示，政府将继续推进改革。", set()),
    _bank("country-before-post-weekday-is-none-trad", "阿根廷總統週三表示，政府將繼續推進改革。", set()),
    _bank("body-before-post-then-holder", "阿斯卡里亚外长卡西莫夫周三表示，双方将加强合作。", {"卡西莫夫"}),
    _bank("body-before-post-then-holder-trad", "阿斯卡里亞外長卡西莫夫週三表示，雙方將加強合作。", {"卡西莫夫"}),
    _bank("malay-name-before-post-my", "阿兹曼部长周四表示，政府将检讨最低工资制度。", {"阿兹曼"}),
    _bank("malay-name-before-post-my-trad", "阿茲曼部長週四表示，政府將檢討最低工資制度。", {"阿茲曼"}),
]

JAPANESE_KOREAN_VIETNAMESE = [
    _bank("japanese-2-2-bare-subject", "津田雅人在发布会上表示，公司明年将推出三款新车。", {"津田雅人"}),
    _bank("japanese-2-2-bare-subject-trad", "津田雅人在發布會上表示，公司明年將推出三款新車。", {"津田雅人"}),
    _bank("japanese-2-2-after-minister", "日本经济产业大臣森川直树今天抵达北京。", {"森川直树"}),
    _bank("japanese-2-2-after-minister-trad", "日本經濟產業大臣森川直樹今日抵達台北。", {"森川直樹"}),
    _bank("japanese-1-2-actor", "日本演员森和彦出席了电影节开幕式。", {"森和彦"}),
    _bank("japanese-1-2-actor-trad", "日本演員森和彥出席了電影節開幕式。", {"森和彥"}),
    _bank("japanese-3-1-athlete", "日本选手长谷川遥在女子组比赛中夺冠。", {"长谷川遥"}),
    _bank("japanese-3-1-athlete-trad", "日本選手長谷川遙在女子組比賽中奪冠。", {"長谷川遙"}),
    _bank("japanese-list-mixed-lengths", "日本队派出津田浩二、森川直树、高桥翔三名选手参赛。", {"津田浩二", "森川直树", "高桥翔"}),
    _bank("japanese-list-mixed-lengths-trad", "日本隊派出津田浩二、森川直樹、高橋翔三名選手參賽。", {"津田浩二", "森川直樹", "高橋翔"}),
    _bank("japanese-2-2-object", "主办方邀请了日本设计师松冈美咲担任评委。", {"松冈美咲"}),
    _bank("japanese-2-2-then-dan", "但津田雅人并不认同这一看法。", {"津田雅人"}),
    _bank("korean-jin-foreign-minister", "韩国外长金成浩周四抵达北京进行访问。", {"金成浩"}),
    _bank("korean-jin-foreign-minister-trad", "韓國外長金成浩週四抵達台北進行訪問。", {"金成浩"}),
    _bank("four-character-place-in-name-list-near-miss", "获奖者为高翔、常青、白雪，颁奖礼在北京举行。", {"高翔", "常青", "白雪"}),
    _bank("four-character-word-in-name-list-near-miss-trad", "名單上有林峰、何琳、陳大文、高級經理等人。", {"林峰", "何琳", "陳大文"}),
    _bank("korean-piao-bare-subject", "朴智媛在女子单打决赛中以两局比分获胜。", {"朴智媛"}),
    _bank("korean-piao-bare-subject-trad", "朴智媛在女子單打決賽中以兩局比分獲勝。", {"朴智媛"}),
    _bank("korean-list-athletes", "韩国队的崔敏俊、朴成宇、金度贤进入了八强。", {"崔敏俊", "朴成宇", "金度贤"}),
    _bank("korean-list-athletes-trad", "韓國隊的崔敏俊、朴成宇、金度賢進入了八強。", {"崔敏俊", "朴成宇", "金度賢"}),
    _bank("korean-mayor", "首尔市长吴承泰表示，市政府将扩建公共租赁住房。", {"吴承泰"}),
    _bank("korean-jin-after-dan-trad", "但金成浩強調，韓方不會改變立場。", {"金成浩"}),
    _bank("vietnamese-nguyen-thi", "越南选手阮氏明月在女子组中获得铜牌。", {"阮氏明月"}),
    _bank("vietnamese-nguyen-thi-trad", "越南選手阮氏明月在女子組中獲得銅牌。", {"阮氏明月"}),
    _bank("vietnamese-le-deputy-pm", "越南副总理黎文清出席了经贸合作论坛。", {"黎文清"}),
    _bank("vietnamese-le-deputy-pm-trad", "越南副總理黎文清出席了經貿合作論壇。", {"黎文清"}),
    _bank("vietnamese-bui-and-vu", "越南外长裴文光和工贸部长武文强共同会见了代表团。", {"裴文光", "武文强"}),
    _bank("vietnamese-bui-and-vu-trad", "越南外長裴文光和工貿部長武文強共同會見了代表團。", {"裴文光", "武文強"}),
    _bank("vietnamese-thi-clan-near-miss", "陈氏家族在当地经营茶叶生意已有百年历史。", set()),
    _bank("vietnamese-thi-clan-near-miss-trad", "陳氏宗親會今日舉行春祭活動。", set()),
    _bank("vietnamese-tran-thi-trad", "越南歌手陳氏秋香今晚在河內舉行演唱會。", {"陳氏秋香"}),
    _bank("korean-gold-medal-near-miss", "韩国队在本届比赛中共获得金牌五枚。", set()),
    _bank("korean-pusu-near-miss-trad", "這部韓國電影以樸素的手法描寫了家庭生活。", set()),
]

DOT_AND_MALAY_INDIAN = [
    _bank("dot-list-of-three", "出席研讨会的有卡尔·霍夫曼、彼得·施密特、安娜·科赫。", {"卡尔·霍夫曼", "彼得·施密特", "安娜·科赫"}),
    _bank("dot-list-of-three-trad", "出席研討會的有卡爾·霍夫曼、彼得·施密特、安娜·科赫。", {"卡爾·霍夫曼", "彼得·施密特", "安娜·科赫"}),
    _bank("dot-before-yu", "卡尔·斯特劳本与妻子一同出席了音乐会。", {"卡尔·斯特劳本"}),
    _bank("dot-before-yu-trad", "卡爾·斯特勞本與妻子一同出席了音樂會。", {"卡爾·斯特勞本"}),
    _bank("dot-given-name-like-currency", "荷兰球员马克·詹森在第80分钟打入制胜球。", {"马克·詹森"}),
    _bank("dot-surname-like-carmaker", "好莱坞演员哈里森·福特出席了首映礼。", {"哈里森·福特"}),
    _bank("dot-surname-like-carmaker-trad", "荷里活演員哈里森·福特出席了首映禮。", {"哈里森·福特"}),
    _bank("malay-bin-dot-my", "被告阿末·宾·依斯迈今天在吉隆坡法庭否认控状。", {"阿末·宾·依斯迈"}),
    _bank("malay-bin-dot-my-trad", "被告阿末·賓·依斯邁今日在吉隆坡法庭否認控狀。", {"阿末·賓·依斯邁"}),
    _bank("malay-binti-dot", "社区发展部长诺丽达·宾蒂·哈山为活动主持开幕。", {"诺丽达·宾蒂·哈山"}),
    _bank("malay-binti-dot-trad", "社區發展部長諾麗達·賓蒂·哈山為活動主持開幕。", {"諾麗達·賓蒂·哈山"}),
    _bank("malay-bin-after-datuk-seri", "拿督斯里莫哈末·宾·阿都拉今天为新大楼主持开幕。", {"莫哈末·宾·阿都拉"}),
    _bank("indian-singh-lawyer", "辩护律师哈班星在庭上要求法官判处较轻刑罚。", {"哈班星"}),
    _bank("indian-singh-lawyer-trad", "辯護律師哈班星在庭上要求法官判處較輕刑罰。", {"哈班星"}),
    _bank("indian-singh-bare-subject", "沙华星表示，他会继续为选区居民争取权益。", {"沙华星"}),
    _bank("indian-singh-bare-subject-trad", "沙華星表示，他會繼續為選區居民爭取權益。", {"沙華星"}),
    _bank("indian-tamil-sg", "人力部长维斯瓦纳丹今天宣布了新的外籍员工政策。", {"维斯瓦纳丹"}),
    _bank("indian-tamil-sg-trad", "人力部長維斯瓦納丹今日宣佈了新的外籍員工政策。", {"維斯瓦納丹"}),
    _bank("malay-no-dot-list-my", "出席者包括再努丁阿旺、诺阿兹米和拉惹古玛。", {"再努丁阿旺", "诺阿兹米", "拉惹古玛"},
          xfail="Malay and Tamil names with no Chinese surname in a 、 list (再努丁阿旺, 拉惹古玛) are cut by the tagger at their first word; the list rule takes items with a Chinese surname only"),
    _bank("xing-star-near-miss", "晚会星光熠熠，多位歌星和球星到场助阵。", set()),
    _bank("xing-star-near-miss-trad", "晚會星光熠熠，多位歌星和球星到場助陣。", set()),
    _bank("xing-singapore-abbrev-near-miss-my", "星马两地的旅游业者将联合推出配套。", set()),
    _bank("xing-satellite-near-miss", "这颗卫星将于明年发射升空。", set()),
]

LONG_LISTS = [
    _bank("athletes-single-given", "中国队派出许帆、胡岚、江涛、夏雪、孙杰出战团体赛。", {"许帆", "胡岚", "江涛", "夏雪", "孙杰"}),
    _bank("athletes-single-given-trad", "中華台北隊派出許帆、胡嵐、江濤、夏雪、孫傑出戰團體賽。", {"許帆", "胡嵐", "江濤", "夏雪", "孫傑"}),
    _bank("artists-given-name-makes-word", "演出阵容包括歌手林峰、何琳、杜鹃、方圆等人。", {"林峰", "何琳", "杜鹃", "方圆"}),
    _bank("artists-given-name-makes-word-trad", "演出陣容包括歌手林峰、何琳、杜鵑、方圓等人。", {"林峰", "何琳", "杜鵑", "方圓"}),
    _bank("officials-heading-mixed-lengths", "市领导王建、刘晓东、陈静、欧阳文斌出席了会议。", {"王建", "刘晓东", "陈静", "欧阳文斌"}),
    _bank("officials-heading-mixed-lengths-trad", "市府官員王建、劉曉東、陳靜、歐陽文斌出席了會議。", {"王建", "劉曉東", "陳靜", "歐陽文斌"}),
    _bank("winners-with-deng-ren", "获奖者为高翔、常青、白雪、文军等六人。", {"高翔", "常青", "白雪", "文军"}),
    _bank("winners-with-deng-ren-trad", "得獎者為高翔、常青、白雪、文軍等六人。", {"高翔", "常青", "白雪", "文軍"}),
    _bank("hk-team-roster", "港隊成員包括何詠欣、李卓、黃子俊及張穎。", {"何詠欣", "李卓", "黃子俊", "張穎"}),
    _bank("macau-committee-members", "新一屆委員包括梁偉、何嘉欣、吳敏及蘇明。", {"梁偉", "何嘉欣", "吳敏", "蘇明"}),
    _bank("sg-mps-list", "出席对话会的议员有陈伟、林美华、沙华星和维斯瓦纳丹。", {"陈伟", "林美华", "沙华星", "维斯瓦纳丹"}),
    _bank("my-exco-list-trad", "州行政議員黃偉、林嘉、阿茲曼及古瑪星陪同出席。", {"黃偉", "林嘉", "阿茲曼", "古瑪星"}),
    _bank("mixed-nationalities-list", "入围决赛的选手有张宇、朴智媛、津田雅人和阿布德拉依莫夫。",
          {"张宇", "朴智媛", "津田雅人", "阿布德拉依莫夫"}),
    _bank("mixed-nationalities-list-trad", "入圍決賽的選手有張宇、朴智媛、津田雅人和阿布德拉依莫夫。",
          {"張宇", "朴智媛", "津田雅人", "阿布德拉依莫夫"}),
    _bank("tw-legislators-list", "立委林岱、蔡明、游欣、范文出席記者會。", {"林岱", "蔡明", "游欣", "范文"}),
    _bank("list-single-given-with-titles", "副市长王军、秘书长李强和局长赵敏参加了调研。", {"王军", "李强", "赵敏"}),
    _bank("places-list-southeast-asia", "代表团先后访问了金边、万象、曼谷和仰光。", set()),
    _bank("places-list-southeast-asia-trad", "代表團先後訪問了金邊、萬象、曼谷和仰光。", set()),
    _bank("places-list-central-asia", "该航空公司将开通阿拉木图、塔什干、比什凯克、杜尚别四条航线。", set()),
    _bank("places-list-central-asia-trad", "該航空公司將開通阿拉木圖、塔什干、比什凱克、杜尚別四條航線。", set()),
    _bank("places-list-read-like-names", "参赛队伍来自林芝、黄石、常德、文昌等地。", set()),
    _bank("places-list-read-like-names-trad", "參賽隊伍來自林芝、黃石、常德、文昌等地。", set()),
    _bank("places-list-tw", "活動將在高雄、嘉義、屏東三地巡迴舉行。", set()),
    _bank("places-list-europe", "巡演将途经马德里、米兰、里昂和汉堡。", set()),
    _bank("places-list-europe-trad", "巡演將途經馬德里、米蘭、里昂和漢堡。", set()),
    _bank("places-list-my", "该公司在新山、马六甲、怡保设有分行。", set()),
]

NEAR_MISSES = [
    _bank("zongli-ceng-no-name", "总理曾多次表示，政府将优先保障民生。", set()),
    _bank("zongli-ceng-no-name-trad", "總理曾多次表示，政府將優先保障民生。", set()),
    _bank("zhuren-xianglai", "该中心主任向来重视安全生产工作。", set()),
    _bank("zhuren-xianglai-trad", "該中心主任向來重視安全生產工作。", set()),
    _bank("zhuxi-yu-jinri", "协会主席于今日宣布了新一届理事会名单。", set()),
    _bank("zhuxi-yu-jinri-trad", "協會主席於今日宣佈了新一屆理事會名單。", set()),
    _bank("buzhang-zhousan", "外交部长周三表示，中方愿同各方加强沟通。", set()),
    _bank("buzhang-zhousan-trad", "外交部長週三表示，政府願同各方加強溝通。", set()),
    _bank("name-opening-with-weekday-after-post-trad", "保安局局長周一鳴今日表示，當局會加強執法。", {"周一鳴"}),
    _bank("name-opening-with-weekday-after-post", "公安局局长周三林今天通报了案件侦办情况。", {"周三林"}),
    _bank("zongtong-zhouyi", "美国总统周一签署了一项行政命令。", set()),
    _bank("zongtong-renni", "前总统任内推动了多项社会改革。", set()),
    _bank("huizhang-lianren", "商会会长连任三届，今年宣布退休。", set()),
    _bank("huizhang-lianren-trad", "商會會長連任三屆，今年宣佈退休。", set()),
    _bank("shouxiang-gaodu", "首相高度评价了两国的合作成果。", set()),
    _bank("zhuren-xiang-jizhe", "主任向记者介绍了项目的进展情况。", set()),
    _bank("juzhang-yu-jizhehui-trad", "局長於記者會上回應了議員的提問。", set()),
    _bank("jingli-heshi", "新任经理何时到任目前尚未确定。", set()),
    _bank("jingli-heshi-trad", "新任經理何時到任目前尚未確定。", set()),
    _bank("xiang-hezige-renshi", "政府将向合资格人士发放一次性生活津贴。", set()),
    _bank("xiang-hezige-renshi-trad", "政府將向合資格人士發放一次性生活津貼。", set()),
    _bank("xiang-hezige-jiating-mo", "特區政府將向合資格家庭發放電費補貼。", set()),
    _bank("yushi-conjunction", "于是，双方同意下月再次举行会谈。", set()),
    _bank("yushi-conjunction-trad", "於是，雙方同意下月再次舉行會談。", set()),
    _bank("heping-phrase", "和平发展是两国人民的共同愿望。", set()),
    _bank("heping-phrase-trad", "和平發展是兩國人民的共同願望。", set()),
    _bank("mark-currency", "当时一美元可以兑换两德国马克。", set()),
    _bank("mark-currency-trad", "當時一美元可以兌換兩德國馬克。", set()),
    _bank("mark-currency-before-ji-jia", "这批货物以马克计价，总值约三百万马克。", set()),
    _bank("ford-carmaker", "福特汽车公司宣布将在墨西哥新建一座工厂。", set()),
    _bank("ford-carmaker-trad", "福特汽車公司宣佈將在墨西哥新建一座工廠。", set()),
    _bank("ford-brand-bare", "福特宣布，明年将推出两款电动车型。", set()),
    _bank("ford-foundation", "福特基金会向该大学捐赠了五百万美元。", set()),
    _bank("director-fee", "公司去年支付的董事袍金合共三百万元。", set()),
    _bank("director-fee-trad", "公司去年支付的董事袍金合共三百萬元。", set()),
    _bank("director-fee-after-name", "独立非执行董事陈大文的袍金为每年二十万元。", {"陈大文"}),
    _bank("director-fee-after-name-trad", "獨立非執行董事陳大文的袍金為每年二十萬元。", {"陳大文"}),
    _bank("director-fee-independent-trad", "獨立非執行董事袍金將上調一成。", set()),
    _bank("anquan-after-post", "主席安全抵达后即召开了会议。", set()),
    _bank("vietnam-dong-currency", "越南盾兑美元汇率今年下跌了百分之三。", set()),
    _bank("zongli-ceng-with-chinese-name", "国务院副总理刘建国曾多次强调，要稳住外贸基本盘。", {"刘建国"}),
    _bank("zhuxi-yu-after-full-name", "协会主席陈志明于今日宣布了新一届理事会名单。", {"陈志明"}),
    _bank("zhuxi-yu-after-full-name-trad", "協會主席陳志明於今日宣佈了新一屆理事會名單。", {"陳志明"}),
    _bank("buzhang-full-name-zhousan", "外交部长王立新周三表示，中方愿同各方加强沟通。", {"王立新"}),
    _bank("buzhang-full-name-zhousan-trad", "外交部長王立新週三表示，政府願同各方加強溝通。", {"王立新"}),
]

PASSAGES = [
    _bank("official-in-central-asian-capital", "哈萨克斯坦外长图尔苏诺夫在阿斯塔纳会见了中国代表团。", {"图尔苏诺夫"}),
    _bank("official-in-central-asian-capital-trad", "塔吉克外長卡西莫夫在杜尚別會見了台灣代表團。", {"卡西莫夫"}),
    _bank("passage-central-asian-sports",
          "男子摔跤74公斤级决赛中，哈萨克斯坦选手阿布德拉依莫夫对阵吉尔吉斯斯坦选手托克托罗夫。"
          "比赛开始后，托克托罗夫率先得分。但阿布德拉依莫夫并不慌乱，第二局连续得分反超。"
          "赛后，阿布德拉依莫夫表示，这块金牌属于全队。",
          {"阿布德拉依莫夫", "托克托罗夫"}),
    _bank("passage-central-asian-sports-trad",
          "男子摔跤74公斤級決賽中，哈薩克選手阿布德拉依莫夫對陣吉爾吉斯選手托克托羅夫。"
          "比賽開始後，托克托羅夫率先得分。但阿布德拉依莫夫並不慌亂，第二局連續得分反超。"
          "賽後，阿布德拉依莫夫表示，這塊金牌屬於全隊。",
          {"阿布德拉依莫夫", "托克托羅夫"}),
    _bank("passage-japan-korea-summit",
          "日本外相森川直树周三在东京会见了韩国外长金成浩。森川直树表示，日方重视日韩关系。"
          "金成浩则表示，韩方愿意加强在供应链领域的合作。会谈后，双方共同会见了记者。",
          {"森川直树", "金成浩"}),
    _bank("passage-hk-subsidy",
          "財政司司長陳志明今日宣佈，政府將向合資格人士發放一次性生活津貼。"
          "陳志明表示，年內推出的各項紓困措施涉及約三百億元，於是市民負擔有所減輕。司長於記者會上又指出，和平時期亦須做好儲備。",
          {"陳志明"}),
    _bank("passage-my-court",
          "被告阿末·宾·依斯迈被控于去年在新山一间商店行窃。辩护律师哈班星向法庭求情，指被告是初犯。"
          "法官于今日判处被告罚款三千令吉。",
          {"阿末·宾·依斯迈", "哈班星"}),
    _bank("passage-my-court-trad",
          "被告阿末·賓·依斯邁被控於去年在新山一間商店行竊。辯護律師哈班星向法庭求情，指被告是初犯。"
          "法官於今日判處被告罰款三千令吉。",
          {"阿末·賓·依斯邁", "哈班星"}),
    _bank("passage-sg-company-results-trad",
          "該集團公佈，去年董事袍金合共一百二十萬元。主席林國華表示，集團將向合資格股東派發特別股息。"
          "於是股價當日上升百分之三。",
          {"林國華"}),
    _bank("passage-russia-talks",
          "俄罗斯外长拉夫连季耶夫周二在莫斯科与到访的乌兹别克斯坦外长萨伊多夫举行会谈。"
          "拉夫连季耶夫表示，两国关系发展顺利。而萨伊多夫则强调，双方应扩大能源和交通合作。",
          {"拉夫连季耶夫", "萨伊多夫"}),
    _bank("passage-vietnam-trade-trad",
          "越南工貿部長武文強週四抵達台北，出席台越經貿會議。武文強表示，越方歡迎台商擴大投資。"
          "越南選手阮氏明月亦於同日在亞洲錦標賽中奪得銅牌。",
          {"武文強", "阮氏明月"}),
    _bank("passage-tw-concert",
          "演唱會演出陣容包括歌手林峰、何琳、杜鵑及方圓。主辦單位表示，門票於今日上午開售，"
          "並將向合資格長者提供半價優惠。",
          {"林峰", "何琳", "杜鵑", "方圓"},
          xfail="the last item after 及 is a common word (方圓) the tagger did not tag: the list rule reads items across 、 only"),
]

ALL = (RUSSIAN_AND_CENTRAL_ASIAN + FOREIGN_SURNAME_BEFORE_POST + JAPANESE_KOREAN_VIETNAMESE + DOT_AND_MALAY_INDIAN
       + LONG_LISTS + NEAR_MISSES + PASSAGES)


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


@pytest.mark.parametrize("text, names", ALL)
def test_people_hard_names(text, names):
    assert _names(text) == names


def test_bank_size():
    ids = [p.id for p in ALL]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 140
    assert sum(i.endswith("-trad") for i in ids) >= 50
