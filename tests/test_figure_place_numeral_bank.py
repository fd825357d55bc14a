"""A bank of invented sentences about numerals that are part of a place name, which ANNOTATION.md says are no figure
(numbers inside names are not figures): many place names open with a numeral and a word that is also a measure word
or a unit (五股區, 七股區, 九台区, 七台河市, 三门峡市, 五家渠市, 三间房乡, 五棵松, 三家村, 三棟屋; 六甲區 with the
Taiwan land unit 甲, 八里區 and 十八里店 with the distance 里) or a noun a number may count (八鄉, 十四鄉, 九澳). Each
name comes alone, after its higher place (臺南市七股區), inside an organisation (五股區公所, 七台河市政府), in a 、
list of places, and beside a real figure that must stay (六甲區共有12所學校). Then the near misses that ARE figures:
a measure word counting places (三个区, 两个县, 五座城市, 全市七个乡镇, 北區五條村), things counted with the same
characters (三間房屋, 九台电脑, 五股股份) and the units themselves (六甲土地, 走了八里路).

Written before the extractor was run on them. Simplified (mainland, Singapore, Malaysia) and Traditional (Hong Kong,
Macau, Taiwan) text; the bodies, events and numbers are made up. A figure matches as in tests/test_figure_bank.py.
"""
from __future__ import annotations

import pytest

from tests.helpers import F, check_bank_coverage, figure_differences, strict_case

# (id, sentence, expected figures)
MAINLAND = [
    ("jiutai-under-city", "长春市九台区今年新建了一批口袋公园。", []),
    ("jiutai-alone", "九台区启动老旧小区改造工程。", []),
    ("qitaihe-city", "七台河市冬季短道速滑训练基地对外开放。", []),
    ("santai-county", "四川绵阳三台县的桃花进入盛花期。", []),
    ("liupanshui-city", "贵州六盘水市推出避暑旅游线路。", []),
    ("sanmenxia-city", "河南三门峡市的白天鹅吸引摄影爱好者。", []),
    ("wujiaqu-city", "新疆五家渠市举办农产品展销会。", []),
    ("sanjianfang-township", "朝阳区三间房乡完成背街小巷整治。", []),
    ("shibalidian-township", "十八里店乡的一处绿地公园向市民开放。", []),
    ("qilihe-district", "兰州市七里河区开展垃圾分类宣传。", []),
    ("liuliqiao-station", "六里桥长途客运站恢复部分班线。", []),
    ("sanyuanli-village", "广州三元里一带的旧村改造进入收尾阶段。", []),
    ("babaoshan-area", "八宝山地区的道路施工将于下月完成。", []),
    ("wuzhishan-city", "海南五指山市的茶园迎来采茶季。", []),
    ("sihui-city", "广东四会市玉器街人流如织。", []),
    ("luhe-district", "南京市六合区的茉莉花茶远销海外。", []),
    ("wulian-county", "山东五莲县举办杜鹃花节。", []),
    ("wukesong-arena", "五棵松体育馆将举办一场篮球赛。", []),
    ("wudaokou-area", "海淀区五道口商圈客流回升。", []),
    ("sanlitun-area", "三里屯一带周末人潮涌动。", []),
    ("balizhuang-subdistrict", "八里庄街道开展社区义诊活动。", []),
    ("sanhe-city", "河北三河市燕郊镇加快轨道交通建设。", []),
    ("sanming-city", "福建三明市医改经验在全国推广。", []),
    ("liuan-city", "安徽六安市的茶叶加工企业扩大产能。", []),
    ("shiyan-city", "湖北十堰市发布汽车产业新政策。", []),
    ("wutai-county", "山西五台县的五台山景区迎来旺季。", []),
    ("jiutai-government", "九台区政府与多家企业签署合作协议。", []),
    ("qitaihe-government", "七台河市政府召开常务会议研究冬季供暖。", []),
    ("liupanshui-bureau", "六盘水市文化旅游局发布暑期出行提示。", []),
    ("sanmenxia-hospital", "三门峡市中心医院开设夜间门诊。", []),
    ("sanjianfang-committee", "三间房乡党委组织党员开展志愿服务。", []),
    ("qilihe-court", "七里河区人民法院审结一起合同纠纷案。", []),
    ("wujiaqu-school", "五家渠市实验中学举行开学典礼。", []),
    ("jilin-list", "长春市朝阳区、九台区、双阳区被列为试点地区。", []),
    ("guizhou-list", "遵义、六盘水、安顺等地出现强降雨。", []),
    ("henan-list", "洛阳、三门峡、平顶山等地联合开展文旅推介。", []),
    ("beijing-list", "十八里店、小红门、三间房等乡开展环境整治。", []),
    ("jiutai-jobs", "九台区今年新增就业岗位5000个。", [F("5000个", "count", 5000, "个", subject="就业岗位")]),
    ("liupanshui-sights", "六盘水市共有A级景区32家。", [F("32家", "count", 32, "家", subject="A级景区")]),
    ("sanmenxia-visitors", "三门峡市今年接待游客1200万人次。",
     [F("1200万人次", "quantity", 12000000, "人次", subject="游客")]),
    ("qitaihe-funds", "七台河市投入资金3亿元改造供热管网。", [F("3亿元", "money", 300000000, "CNY", subject="资金")]),
    ("wujiaqu-kindergartens", "五家渠市新建了12所幼儿园。", [F("12所", "count", 12, "所", subject="幼儿园")]),
    ("sanjianfang-demolition", "三间房乡今年拆除违法建设3万平方米。",
     [F("3万平方米", "quantity", 30000, "平方米", subject="违法建设")]),
    ("luhe-jasmine", "六合区茉莉花种植面积达2000亩。", [F("2000亩", "quantity", 2000, "亩", subject="茉莉花种植面积")]),
    ("wukesong-seats", "五棵松体育馆可容纳观众1.8万人。", [F("1.8万人", "count", 18000, "人", subject="观众")]),
    ("jiutai-nine-trucks", "九台区新购置了九台扫雪车。", [F("九台", "count", 9, "台", subject="扫雪车")]),
]

MAINLAND_NEAR = [
    ("three-districts", "该市有三个区入选全国示范区名单。", [F("三个", "count", 3, "个", subject="区")]),
    ("two-counties", "两个县的脱贫经验被写入报告。", [F("两个", "count", 2, "个", subject="县")]),
    ("five-cities", "活动将在五座城市巡回举办。", [F("五座", "count", 5, "座", subject="城市")]),
    ("seven-townships", "全市七个乡镇完成了人居环境整治。", [F("七个", "count", 7, "个", subject="乡镇")]),
    ("nine-computers", "学校为机房新购置了九台电脑。", [F("九台", "count", 9, "台", subject="电脑")]),
    ("eight-li-mountain-road", "过去村里孩子上学要走八里山路。", [F("八里", "quantity", 8, "里", subject="山路")]),
    ("three-bungalows", "老人一家住在三间平房里。", [F("三间", "count", 3, "间", subject="平房")]),
    ("five-shops", "公司把五家门店改造成社区食堂。", [F("五家", "count", 5, "家", subject="门店")]),
    ("three-courses", "学校开设了三门选修课。", [F("三门", "count", 3, "门", subject="选修课")]),
    ("eighteen-townships-arabic", "全县18个乡镇全部通了公交。", [F("18个", "count", 18, "个", subject="乡镇")]),
    ("four-subdistricts", "区里四个街道开展了消防演练。", [F("四个", "count", 4, "个", subject="街道")]),
    ("six-villages", "镇里六个村建起了文化礼堂。", [F("六个", "count", 6, "个", subject="村")]),
    ("five-roads", "今年全区改造了五条道路。", [F("五条", "count", 5, "条", subject="道路")]),
    ("three-harvesters", "县里新添了三台收割机。", [F("三台", "count", 3, "台", subject="收割机")]),
    ("ten-cities", "比赛在全国十座城市设立分赛区。", [F("十座", "count", 10, "座", subject="城市")]),
    ("three-provinces", "展会吸引了周边三个省的客商。", [F("三个", "count", 3, "个", subject="省")]),
    ("two-towns", "两个镇的村民共同修建了一座桥。", [F("两个", "count", 2, "个", subject="镇")]),
    ("three-doors-shops", "街口新开了三家面馆。", [F("三家", "count", 3, "家", subject="面馆")]),
    ("three-county-hospitals", "全市新增三家县级医院。", [F("三家", "count", 3, "家", subject="县级医院")]),
    ("five-municipal-trucks", "环卫部门新添五台市政养护车。", [F("五台", "count", 5, "台", subject="市政养护车")]),
    ("three-stone-benches", "公园新安放了三条石凳。", [F("三条", "count", 3, "条", subject="石凳")]),
    ("two-trees", "志愿者在河边种下两棵树。", [F("两棵", "count", 2, "棵", subject="树")]),
    ("listed-counts", "三所学校分别获赠电脑三台、五台。",
     [F("三所", "count", 3, "所", subject="学校"), F("三台", "count", 3, "台", subject="电脑"), F("五台", "count", 5, "台", subject="电脑")]),
]

SINGAPORE = [
    ("sg-sembawang-grc", "三巴旺集选区议员走访小贩中心。", []),
    ("sg-sembawang-park", "三巴旺公园周末举办亲子活动。", []),
    ("sg-boat-quay", "十八溪墘一带的餐馆推出午餐优惠。", []),
    ("sg-bras-basah", "三马路一带的书店吸引年轻读者。", []),
    ("sg-list", "兀兰、三巴旺、义顺等地的居民受停电影响。", []),
    ("sg-sembawang-flats", "三巴旺将新建1200个组屋单位。", [F("1200个", "count", 1200, "个", subject="组屋单位")]),
    ("sg-sembawang-town-council", "三巴旺市镇理事会调整杂费。", []),
    ("sg-five-grcs", "本届大选有五个集选区出现三角战。", [F("五个", "count", 5, "个", subject="集选区")]),
    ("sg-three-towns", "建屋局在三个市镇推出预购组屋。", [F("三个", "count", 3, "个", subject="市镇")]),
    ("sg-nine-stations", "这条地铁线共设九个车站。", [F("九个", "count", 9, "个", subject="车站")]),
    ("sg-two-shops", "组屋楼下开了两间咖啡店。", [F("两间", "count", 2, "间", subject="咖啡店")]),
]

MALAYSIA = [
    ("my-petaling-jaya", "八打灵再也市议会批准新发展计划。", []),
    ("my-sentul", "十五碑一带的老街坊举办中秋晚会。", []),
    ("my-kuala-sepetang", "霹雳州十八丁渔村的海鲜餐馆生意兴隆。", []),
    ("my-batu-three", "三条石新村的居民要求修路。", []),
    ("my-malacca-state", "马六甲州首席部长出席开幕礼。", []),
    ("my-malacca-hill", "马六甲三宝山的古墓群列为保护区。", []),
    ("my-malacca-list", "槟城、马六甲、怡保等地的华团联合筹款。", []),
    ("my-malacca-visitors", "马六甲州今年接待游客1000万人次。",
     [F("1000万人次", "quantity", 10000000, "人次", subject="游客")]),
    ("my-malacca-acres", "马六甲一名园主拥有六英亩油棕园。", [F("六英亩", "quantity", 6, "英亩", subject="油棕园")]),
    ("my-pj-budget", "八打灵再也市议会明年的预算为3亿令吉。", [F("3亿令吉", "money", 300000000, "MYR", subject="预算")]),
    ("my-three-states", "东海岸三个州受水灾影响。", [F("三个", "count", 3, "个", subject="州")]),
    ("my-five-new-villages", "该区有五个新村获得拨款。", [F("五个", "count", 5, "个", subject="新村")]),
    ("my-three-coffee-shops", "这条街上有三间咖啡店。", [F("三间", "count", 3, "间", subject="咖啡店")]),
]

HONG_KONG = [
    ("kowloon-city-trad-hk", "九龍城區的舊樓重建計劃展開諮詢。", []),
    ("kowloon-bay-trad-hk", "九龍灣一幢商廈發生火警。", []),
    ("pat-heung-trad-hk", "元朗八鄉的農地將改劃作房屋用途。", []),
    ("shap-sz-heung-trad-hk", "西貢十四鄉鄉民反對填海計劃。", []),
    ("shap-pat-heung-trad-hk", "十八鄉天后誕巡遊吸引大批市民。", []),
    ("sam-ka-tsuen-trad-hk", "油塘三家村碼頭附近的海鮮食肆人氣旺。", []),
    ("sam-tung-uk-trad-hk", "荃灣三棟屋博物館舉辦客家文化展覽。", []),
    ("sam-mun-tsai-trad-hk", "大埔三門仔的漁民新村將進行改善工程。", []),
    ("sam-shing-trad-hk", "屯門三聖邨的海鮮街重開。", []),
    ("yi-pei-chun-trad-hk", "西貢二陂圳村民要求改善排水。", []),
    ("seven-sisters-trad-hk", "北角七姊妹道一幢唐樓發生火警。", []),
    ("lok-sin-tong-trad-hk", "九龍樂善堂向長者派發福袋。", []),
    ("pat-heung-committee-trad-hk", "八鄉鄉事委員會舉行新春團拜。", []),
    ("kowloon-list-trad-hk", "港島、九龍及新界多區錄得大雨。", []),
    ("pat-sin-leng-rescue-trad-hk", "消防處在八仙嶺一帶救起兩名行山人士。", [F("兩名", "count", 2, "名", subject="行山人士")]),
    ("kowloon-east-flats-trad-hk", "九龍東今年將提供約8000個公營房屋單位。",
     [F("約8000個", "count", 8000, "個", "approx", "公營房屋單位")]),
    ("pat-heung-households-trad-hk", "八鄉一帶有逾300戶居民受水浸影響。", [F("逾300戶", "count", 300, "戶", "gt", "居民")]),
    ("kowloon-city-buildings-trad-hk", "九龍城區今年有120幢舊樓需要維修。", [F("120幢", "count", 120, "幢", subject="舊樓")]),
    ("sam-ka-tsuen-restaurants-trad-hk", "三家村一帶共有15間海鮮酒家。", [F("15間", "count", 15, "間", subject="海鮮酒家")]),
    ("malacca-strait-trad-hk", "貨輪在馬六甲海峽遭海盜登船。", []),
    ("three-districts-trad-hk", "政府在三個區試行垃圾徵費。", [F("三個", "count", 3, "個", subject="區")]),
    ("eight-villages-trad-hk", "颱風期間八條鄉村出現水浸。", [F("八條", "count", 8, "條", subject="鄉村")]),
    ("five-villages-trad-hk", "計劃涵蓋北區五條村。", [F("五條", "count", 5, "條", subject="村")]),
    ("four-estates-trad-hk", "房委會今年有四個屋邨落成。", [F("四個", "count", 4, "個", subject="屋邨")]),
    ("three-rooms-trad-hk", "該單位被間成三間房屋出租。", [F("三間", "count", 3, "間", subject="房屋")]),
    ("seven-blocks-trad-hk", "屋苑共有七棟大廈。", [F("七棟", "count", 7, "棟", subject="大廈")]),
    ("three-schools-trad-hk", "區內三間中學合辦科學展覽。", [F("三間", "count", 3, "間", subject="中學")]),
]

MACAU = [
    ("ka-ho-trad-macau", "路環九澳的垃圾焚化中心將擴建。", []),
    ("ka-ho-village-trad-macau", "九澳村居民關注新道路工程。", []),
    ("ponte16-trad-macau", "十六浦一帶的舊碼頭將活化。", []),
    ("two-dragons-park-trad-macau", "二龍喉公園舉辦親子同樂日。", []),
    ("octagon-library-trad-macau", "八角亭圖書館重開。", []),
    ("two-dragons-association-trad-macau", "二龍喉街坊會舉辦敬老活動。", []),
    ("macau-list-trad-macau", "氹仔、路環及九澳的居民可免費乘車。", []),
    ("ponte16-list-trad-macau", "十六浦、內港及下環一帶將加強防洪。", []),
    ("ka-ho-reservoir-trad-macau", "九澳水庫儲水量約150萬立方米。",
     [F("約150萬立方米", "quantity", 1500000, "立方米", "approx", "儲水量")]),
    ("ponte16-rooms-trad-macau", "十六浦度假村提供400間客房。", [F("400間", "count", 400, "間", subject="客房")]),
    ("octagon-books-trad-macau", "八角亭圖書館藏書約兩萬冊。", [F("約兩萬冊", "count", 20000, "冊", "approx", "藏書")]),
    ("two-dragons-visitors-trad-macau", "二龍喉公園今年接待市民約30萬人次。",
     [F("約30萬人次", "quantity", 300000, "人次", "approx", "市民")]),
    ("three-parishes-trad-macau", "政府將在三個堂區設立長者服務中心。", [F("三個", "count", 3, "個", subject="堂區")]),
    ("five-restaurants-trad-macau", "這條街有五間葡國餐廳。", [F("五間", "count", 5, "間", subject="葡國餐廳")]),
    ("two-islands-trad-macau", "新大橋連接兩個離島。", [F("兩個", "count", 2, "個", subject="離島")]),
]

TAIWAN = [
    ("qigu-trad-tw", "臺南市七股區的鹽山吸引遊客。", []),
    ("wugu-trad-tw", "新北市五股區將興建社會住宅。", []),
    ("liujia-trad-tw", "臺南市六甲區的農會推出在地米品牌。", []),
    ("bali-trad-tw", "新北市八里區左岸自行車道完工。", []),
    ("qidu-trad-tw", "基隆市七堵區發生停電。", []),
    ("liugui-trad-tw", "高雄市六龜區的溫泉業者盼觀光回流。", []),
    ("jiuru-trad-tw", "屏東縣九如鄉的檸檬進入產季。", []),
    ("sanyi-trad-tw", "苗栗縣三義鄉木雕節登場。", []),
    ("wujie-trad-tw", "宜蘭縣五結鄉舉辦童玩活動。", []),
    ("sihu-trad-tw", "雲林縣四湖鄉的蒜頭價格回穩。", []),
    ("erlin-trad-tw", "彰化縣二林鎮的葡萄園開放採果。", []),
    ("sanchong-trad-tw", "新北市三重區捷運站周邊將辦理都更。", []),
    ("sanzhi-trad-tw", "新北市三芝區的櫻花盛開。", []),
    ("bade-trad-tw", "桃園市八德區將設立國民運動中心。", []),
    ("sanxia-trad-tw", "新北市三峽區老街假日人潮湧現。", []),
    ("erlun-trad-tw", "雲林縣二崙鄉的西瓜豐收。", []),
    ("qimei-trad-tw", "澎湖縣七美鄉的雙心石滬吸引遊客。", []),
    ("sandimen-trad-tw", "屏東縣三地門鄉舉辦豐年祭。", []),
    ("liujiao-trad-tw", "嘉義縣六腳鄉的蒜頭糖廠整修完成。", []),
    ("sanwan-trad-tw", "苗栗縣三灣鄉的梨子上市。", []),
    ("ershui-trad-tw", "彰化縣二水鄉舉辦跑水節。", []),
    ("badouzi-trad-tw", "基隆八斗子漁港的海鮮市場人潮不斷。", []),
    ("sanmin-trad-tw", "高雄市三民區的傳統市場將改建。", []),
    ("wufeng-trad-tw", "新竹縣五峰鄉的部落推出深度旅遊。", []),
    ("sanxing-trad-tw", "宜蘭縣三星鄉的蔥油餅遠近馳名。", []),
    ("wujia-trad-tw", "高雄市前鎮區五甲一帶的老社區將更新。", []),
    ("qigu-alone-trad-tw", "七股區的黑面琵鷺數量創新高。", []),
    ("wugu-office-trad-tw", "五股區公所舉辦垃圾減量宣導。", []),
    ("liujia-office-trad-tw", "六甲區公所推動老舊路燈汰換。", []),
    ("bali-office-trad-tw", "八里區公所與廟方合辦中元普渡。", []),
    ("qidu-precinct-trad-tw", "七堵分局破獲一起詐騙案。", []),
    ("sanyi-farmers-trad-tw", "三義鄉農會推廣木雕文化。", []),
    ("erlin-hospital-trad-tw", "二林基督教醫院增設急診病床。", []),
    ("sanchong-school-trad-tw", "三重高中學生參加國際科展獲獎。", []),
    ("tainan-list-trad-tw", "學甲、七股、將軍等沿海地區受颱風影響。", []),
    ("newtaipei-list-trad-tw", "五股、泰山及八里等區將聯合辦理防汛演練。", []),
    ("yunlin-list-trad-tw", "口湖、四湖、東勢等鄉鎮發布淹水警戒。", []),
    ("changhua-list-trad-tw", "二林、芳苑、大城一帶的農田受損。", []),
    ("malacca-strait-trad-tw", "馬六甲海峽的航運量持續增加。", []),
    ("liujia-schools-trad-tw", "六甲區共有12所學校。", [F("12所", "count", 12, "所", subject="學校")]),
    ("qigu-salt-trad-tw", "七股區今年曬鹽量達3000公噸。", [F("3000公噸", "quantity", 3000, "公噸", subject="曬鹽量")]),
    ("wugu-housing-trad-tw", "五股區社會住宅將提供800戶。", [F("800戶", "count", 800, "戶", subject="社會住宅")]),
    ("bali-visitors-trad-tw", "八里區左岸假日遊客約2萬人次。",
     [F("約2萬人次", "quantity", 20000, "人次", "approx", "遊客")]),
    ("erlin-grapes-trad-tw", "二林鎮葡萄種植面積約800公頃。",
     [F("約800公頃", "quantity", 800, "公頃", "approx", "葡萄種植面積")]),
    ("qidu-households-trad-tw", "七堵區約3500戶住戶停電。", [F("約3500戶", "count", 3500, "戶", "approx", "住戶")]),
    ("sanzhi-trees-trad-tw", "三芝區種植櫻花樹逾5000棵。", [F("逾5000棵", "count", 5000, "棵", "gt", "櫻花樹")]),
    ("bade-budget-trad-tw", "八德區運動中心工程經費達新台幣4.5億元。",
     [F("4.5億元", "money", 450000000, "TWD", subject="運動中心工程經費")]),
    ("malacca-ships-trad-tw", "每年約有8萬艘船隻通過馬六甲海峽。", [F("8萬艘", "count", 80000, "艘", "approx", "船隻")]),
    ("wugu-five-trucks-trad-tw", "五股區公所加派五台清潔車。", [F("五台", "count", 5, "台", subject="清潔車")]),
    ("liujia-six-jia-trad-tw", "六甲區農會收購了六甲農地。", [F("六甲", "quantity", 6, "甲", subject="農地")]),
]

TAIWAN_NEAR = [
    ("six-jia-land-trad-tw", "老農名下有六甲土地。", [F("六甲", "quantity", 6, "甲", subject="土地")]),
    ("orchard-jia-trad-tw", "這片果園面積約3甲。", [F("約3甲", "quantity", 3, "甲", "approx", "果園面積")]),
    ("three-districts-trad-tw", "市府在三個行政區試辦公托。", [F("三個", "count", 3, "個", subject="行政區")]),
    ("two-counties-trad-tw", "兩個縣市的首長共同簽署合作備忘錄。", [F("兩個", "count", 2, "個", subject="縣市")]),
    ("thirteen-townships-trad-tw", "全縣十三個鄉鎮市都設有長照據點。", [F("十三個", "count", 13, "個", subject="鄉鎮市")]),
    ("nine-computers-trad-tw", "企業捐贈九台電腦給偏鄉學校。", [F("九台", "count", 9, "台", subject="電腦")]),
    ("five-cities-trad-tw", "巡迴展將走訪五座城市。", [F("五座", "count", 5, "座", subject="城市")]),
    ("three-rooms-trad-tw", "老宅共有三間房間。", [F("三間", "count", 3, "間", subject="房間")]),
    ("eight-li-trad-tw", "早年村民要走八里路才能到鎮上。", [F("八里", "quantity", 8, "里", subject="路")]),
    ("five-shares-trad-tw", "公司向每位員工配發五股股份作為獎勵。", [F("五股", "count", 5, "股", subject="股份")]),
    ("four-villages-trad-tw", "鄉內四個村獲選為農村再生示範村。", [F("四個", "count", 4, "個", subject="村")]),
    ("seven-stores-trad-tw", "業者今年在中部新開七家門市。", [F("七家", "count", 7, "家", subject="門市")]),
]

BANK = MAINLAND + MAINLAND_NEAR + SINGAPORE + MALAYSIA + HONG_KONG + MACAU + TAIWAN + TAIWAN_NEAR

_NO_LAND_UNIT = ("甲 (the Taiwan land unit) and 里 (the old distance) are no units of the figure grammar: adding them needs "
                 "their own blocks (三甲医院, 跻身三甲, 三里屯, 这三年里), a class of its own; the place rules leave them alone")
_TOPIC_FIRST = ("the subject reader takes the place or body opening the clause (镇里, 九龍城區, 八角亭圖書館) for the topic "
                "instead of the noun counted after the figure, before this change too")
XFAIL: dict[str, str] = {
    "eight-li-mountain-road": _NO_LAND_UNIT,
    "eight-li-trad-tw": _NO_LAND_UNIT,
    "six-jia-land-trad-tw": _NO_LAND_UNIT,
    "orchard-jia-trad-tw": _NO_LAND_UNIT + "; 3甲 is read as a count of the open noun 甲",
    "liujia-six-jia-trad-tw": _NO_LAND_UNIT,
    "kowloon-city-buildings-trad-hk": _TOPIC_FIRST,
    "octagon-books-trad-macau": _TOPIC_FIRST,
    "five-municipal-trucks": "the tagger reads 五台 as the county 五台/LOC, and a count the tagger calls a place alone is "
                             "dropped, before this change too",
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_figure_place_numeral(text, expected):
    assert figure_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
