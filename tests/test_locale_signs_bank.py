"""A bank of short invented pages (a site's nav line, a time stamp, two to four sentences) from each region's press,
for which region's press a page comes from (`extractor.locale`): what a bare 元 means (SGD, MYR, HKD, MOP, TWD, CNY),
the event's country and, for Hong Kong, Macau and Singapore, the event's city when the page writes none.

The pages use each region's ordinary local words rather than its currency or its capital's name: Singapore's
集选区, 单选区, 市镇理事会, 小贩中心, 巴刹, 政务部长, 国会议员, 组屋区; Malaysia's 州议会, 县议会, 市议会 beside a state
word, 行政议员, 国州议员, 华小, 独中; Macau's 局 and 司 names and 氹仔; Taiwan's 县府, 乡公所, 里长, 立委; Hong Kong's
区议会, 港铁, 屋邨, 街市. Among them, a region's sign written inside another region's longer word (区议员 in 集选区议员,
市议员 beside 州议员, 立法会 in both Hong Kong and Macau). Near misses: a mainland page naming a Singapore partner or
a Hong Kong visitor stays mainland; a Malaysian page naming Singapore stays Malaysian.

Written before the extractor was run on them; names, bodies and sums are made up. Expected values are compared in
Simplified script (a Traditional page's 中國 is 中国). `unit` is the unit of the first money figure; `city` and
`country` are the event's, where the page reports an event."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.normalise import to_simplified
from tests.helpers import check_bank_coverage, strict_case

SG = {"unit": "SGD", "country": "新加坡", "city": "新加坡"}
MY = {"unit": "MYR", "country": "马来西亚"}
HK = {"unit": "HKD", "country": "中国", "city": "香港"}
MO = {"unit": "MOP", "country": "中国", "city": "澳门"}
TW = {"unit": "TWD", "country": "台湾"}
CN = {"unit": "CNY", "country": "中国"}


def page(nav: str, stamp: str, *sentences: str) -> str:
    return f"{nav}\n{stamp}\n\n" + "".join(sentences) + "\n"


def only(expected: dict, *keys: str) -> dict:
    return {k: v for k, v in expected.items() if k in keys}


SG_NAV = "联合早报 首页 新闻 新加坡 东南亚 中国 国际 财经 体育"
SG_NAV_T = "聯合早報 首頁 新聞 新加坡 東南亞 中國 國際 財經 體育"
NEWS_NAV = "首页 新闻 本地 国际 财经 体育 娱乐"
NEWS_NAV_T = "首頁 新聞 本地 國際 財經 體育 娛樂"

SINGAPORE = [
    ("sg-grc-mp-hawker-centre", page(SG_NAV, "2025-03-12 10:20",
     "丹戎加东集选区议员今天为一个小贩中心主持翻新启用仪式。", "市镇理事会表示，翻新工程耗资120万元，国家环境局也参与其中。"), SG),
    ("sg-grc-mp-after-nav-cleaned", page(NEWS_NAV, "2025-03-12 10:20",
     "集选区议员今早为小贩中心主持重新开放仪式。", "翻新工程耗资120万新元，巴刹摊位也全部更新。", "市镇理事会说，每个摊位可获3000元津贴。"), SG),
    ("sg-town-council-dinner", page(NEWS_NAV, "2025-04-02 18:05",
     "市镇理事会今晚举行周年晚宴，多名国会议员出席。", "理事会今年拨款80万元提升组屋区的走廊照明。"), SG),
    ("sg-smc-mp-market", page(NEWS_NAV, "2025-05-14 09:40",
     "单选区议员今天在巴刹主持新春挥春活动启动仪式。", "居民委员会为活动准备了5000元的奖品。"), SG),
    ("sg-senior-parliamentary-secretary", page(NEWS_NAV, "2025-06-03 12:10",
     "政务部长今天为民众俱乐部新翼主持开幕仪式。", "新翼耗资250万元兴建，设有乐龄活动室和托儿中心。"), SG),
    ("sg-hdb-estate-upgrading", page(NEWS_NAV, "2025-06-19 16:30",
     "组屋区翻新计划第二阶段今天举行动土仪式。", "国会议员说，政府为这期工程拨款1500万元，居民只需分担每户800元。"), SG),
    ("sg-hawker-stall-rental", page(NEWS_NAV, "2025-07-08 08:15",
     "国家环境局今天宣布，小贩中心的新摊位月租将从1200元起。", "市镇理事会也会为巴刹摊贩提供清洁补贴。"), only(SG, "unit")),
    ("sg-community-club-meeting", page(NEWS_NAV, "2025-07-21 21:00",
     "基层领袖今晚在民众俱乐部召开居民对话会。", "集选区议员回应居民对组屋电梯的意见，承诺拨出20万元改善设施。"), SG),
    ("sg-cpf-top-up", page(NEWS_NAV, "2025-08-01 11:00",
     "中央公积金局宣布，年满55岁的会员将获得500元的填补。", "政务部长说，组屋区的年长居民会最先收到通知。"), only(SG, "unit")),
    ("sg-polling-district-event", page(NEWS_NAV, "2025-08-15 19:45",
     "单选区的居民今晚参加国庆晚宴，国会议员与居民一同切蛋糕。", "民众俱乐部为晚宴筹得3万元善款。"), SG),
    ("sg-market-fire-donation", page(NEWS_NAV, "2025-09-02 07:30",
     "巴刹昨晚发生火灾，20个摊位受损。", "市镇理事会今天宣布为每名受影响的摊贩提供2000元援助，集选区议员也到现场了解情况。"), only(SG, "unit")),
    ("sg-hawker-heritage-award", page(NEWS_NAV, "2025-09-18 15:20",
     "小贩中心传承奖今天举行颁奖典礼，十名资深小贩获奖。", "每名得奖者获得1万元奖金，由国家环境局与市镇理事会颁发。"), SG),
    ("sg-estate-carnival", page(NEWS_NAV, "2025-10-05 10:00",
     "组屋区嘉年华今天在民众俱乐部举行，吸引三千名居民参加。", "国会议员说，活动筹得的5万元将捐给区内的乐龄中心。"), SG),
    ("sg-lta-bus-interchange", page(NEWS_NAV, "2025-10-22 13:40",
     "陆路交通管理局今天为新的巴士转换站主持启用仪式。", "工程耗资3000万元，政务部长和集选区议员都出席了仪式。"), SG),
    ("sg-town-council-arrears", page(NEWS_NAV, "2025-11-04 09:05",
     "市镇理事会今天公布，组屋区内拖欠杂费的住户共欠下120万元。", "理事会主席说，单选区的情况较好。"), only(SG, "unit")),
    ("sg-mp-meet-the-people", page(NEWS_NAV, "2025-11-12 20:30",
     "国会议员今晚在组屋楼下举行接见选民活动。", "一名小贩向议员求助，他在小贩中心的摊位每月亏损1500元。"), SG),
    ("sg-parliament-budget-grc", page(NEWS_NAV, "2025-02-18 17:00",
     "国会今天辩论财政预算案，一名集选区议员建议为小贩中心的年长摊贩提供每月300元的补助。", "政务部长回应时说，政府会研究这项建议。"), only(SG, "unit")),
    ("sg-wet-market-reopening", page(NEWS_NAV, "2025-12-01 08:50",
     "翻新后的巴刹今天重新开放，单选区议员主持开幕仪式。", "摊贩说，翻新期间他们每月获得800元的援助金。"), SG),
    ("sg-grassroots-bursary", page(NEWS_NAV, "2025-12-09 11:30",
     "民众俱乐部今天举行助学金颁发仪式，300名学生各获得500元。", "集选区议员说，组屋区的家庭今年的申请人数增加了一成。"), SG),
    ("sg-hdb-lift-upgrading", page(NEWS_NAV, "2025-03-27 14:15",
     "建屋发展局今天宣布，组屋区的电梯翻新计划将再拨款4000万元。", "国会议员说，工程会在明年完成。"), only(SG, "unit")),
    ("sg-naming-malaysia-stays-singapore", page(NEWS_NAV, "2025-04-16 10:45",
     "一批来自马来西亚的厨师今天到小贩中心交流，市镇理事会举行欢迎仪式。", "集选区议员说，交流活动耗资2万元。"), SG),
    ("sg-minister-of-state-hawker", page(NEWS_NAV, "2025-05-29 18:00",
     "政务部长今天到访一个小贩中心，宣布推出价值1000万元的数码付款计划。", "国家环境局说，巴刹摊贩也可申请。"), only(SG, "unit")),
    ("sg-grc-mp-trad", page(SG_NAV_T, "2025-03-12 10:20",
     "集選區議員今天為小販中心主持翻新啟用儀式。", "市鎮理事會表示，翻新工程耗資120萬元，國家環境局也參與其中。"), SG),
    ("sg-town-council-dinner-trad", page(NEWS_NAV_T, "2025-04-02 18:05",
     "市鎮理事會今晚舉行週年晚宴，多名國會議員出席。", "理事會今年撥款80萬元提升組屋區的走廊照明。"), SG),
    ("sg-smc-market-trad", page(NEWS_NAV_T, "2025-05-14 09:40",
     "單選區議員今天在巴剎主持新春活動啟動儀式。", "居民委員會為活動準備了5000元的獎品。"), SG),
    ("sg-community-club-trad", page(NEWS_NAV_T, "2025-06-03 12:10",
     "政務部長今天為民眾俱樂部新翼主持開幕儀式。", "新翼耗資250萬元興建，設有樂齡活動室。"), SG),
    ("sg-hawker-rent-trad", page(NEWS_NAV_T, "2025-07-08 08:15",
     "國家環境局今天宣布，小販中心新攤位月租將從1200元起。", "市鎮理事會也會為巴剎攤販提供清潔補貼。"), only(SG, "unit")),
    ("sg-estate-carnival-trad", page(NEWS_NAV_T, "2025-10-05 10:00",
     "組屋區嘉年華今天在民眾俱樂部舉行，吸引三千名居民參加。", "國會議員說，活動籌得的5萬元將捐給區內的樂齡中心。"), SG),
]

MY_NAV = "星洲网 首页 国内 国际 地方 财经 言路"
MY_NAV_T = "首頁 國內 國際 地方 財經 言路"

MALAYSIA = [
    ("my-state-assembly-sitting", page(MY_NAV, "12/03/2025 10:20",
     "雪州州议会今天开始为期三天的会议，州议员辩论明年预算。", "行政议员说，州政府将拨款500万元维修乡区道路。"), only(MY, "unit", "country")),
    ("my-district-council-meeting", page(MY_NAV, "14/03/2025 16:00",
     "县议会今天召开全体会议，通过明年的预算案。", "县议员建议拨款30万元提升华小附近的交通设施。"), only(MY, "unit", "country")),
    ("my-city-council-with-state", page(MY_NAV, "18/03/2025 09:30",
     "槟州的市议会今天举行月会，市议员建议拨款200万元改善排水系统。", "行政议员说，州政府会全力配合。"), only(MY, "unit", "country")),
    ("my-chinese-primary-school", page(MY_NAV, "20/03/2025 11:15",
     "一所华小今天举行新校舍落成仪式，国州议员出席主持。", "董事会说，新校舍耗资350万元，其中100万令吉来自政府拨款。"), only(MY, "unit", "country")),
    ("my-independent-school-fundraiser", page(MY_NAV, "22/03/2025 21:00",
     "独中今晚举行建校基金晚宴，筹得120万元。", "行政议员代表州务大臣出席并宣布拨款10万元。"), only(MY, "unit", "country")),
    ("my-state-exco-flood-aid", page(MY_NAV, "25/03/2025 13:20",
     "州行政议员今天移交援助金给水灾灾民，每户获得1000元。", "县议会也会为受灾地区清理沟渠。"), only(MY, "unit")),
    ("my-mp-and-assemblyman", page(MY_NAV, "02/04/2025 10:05",
     "国州议员今天联合举行开斋节开放门户活动，吸引上千名选民出席。", "活动耗资5万元，由华小家协协助筹办。"), only(MY, "unit", "country")),
    ("my-chinese-school-grant", page(MY_NAV, "08/04/2025 15:50",
     "教育部今天宣布拨款给全国华小，每所学校可获得8万元。", "州议员说，独中则会由州政府另外拨款。"), only(MY, "unit")),
    ("my-local-council-licence", page(MY_NAV, "11/04/2025 09:00",
     "市议会今天宣布，小贩执照费将从每年120元调高至150元。", "州议会反对党领袖批评这项决定。"), only(MY, "unit")),
    ("my-state-assembly-speaker", page(MY_NAV, "15/04/2025 17:30",
     "州议会议长今天主持州议员宣誓就职仪式。", "州政府今年为每名州议员的选区拨款50万元。"), only(MY, "unit", "country")),
    ("my-village-head-road", page(MY_NAV, "19/04/2025 08:40",
     "新村村长今天陪同州议员巡视道路修补工程。", "县议会说，这项工程耗资45万元。"), only(MY, "unit")),
    ("my-dinner-naming-singapore", page(MY_NAV, "23/04/2025 22:10",
     "柔佛州的一所华小今晚举行百年校庆晚宴，多名新加坡校友回来出席。", "晚宴筹得80万元，行政议员宣布州政府再拨款5万元。"), only(MY, "unit", "country")),
    ("my-state-govt-singapore-partner", page(MY_NAV, "28/04/2025 12:00",
     "州议会今天通过与新加坡企业合作的工业园计划。", "州行政议员说，第一期投资额为2亿元。"), only(MY, "unit")),
    ("my-hawker-site-council", page(MY_NAV, "02/05/2025 14:30",
     "县议会今天为新建的小贩中心主持开幕仪式。", "州议员说，中心耗资300万元，可容纳80个摊位。"), only(MY, "unit", "country")),
    ("my-ringgit-once-then-bare", page(MY_NAV, "06/05/2025 10:10",
     "州政府今天拨款50万令吉给独中。", "行政议员说，另有20万元将分配给县内的华小。"), only(MY, "unit")),
    ("my-state-chief-minister-festival", page(MY_NAV, "10/05/2025 19:00",
     "州务大臣今晚为卫塞节庆典主持开幕仪式。", "州政府为全州佛教团体拨款60万元。"), only(MY, "unit", "country")),
    ("my-community-hall-opening", page(MY_NAV, "14/05/2025 11:45",
     "新村的多元用途礼堂今天举行开幕仪式，由国州议员联合主持。", "礼堂耗资150万元，由州政府和县议会共同承担。"), only(MY, "unit", "country")),
    ("my-chinese-school-board-meeting", page(MY_NAV, "18/05/2025 20:15",
     "华小董事会今晚召开会员大会，通过筹建礼堂的计划。", "董事长说，礼堂预算为200万元，州议员已答应协助申请拨款。"), only(MY, "unit", "country")),
    ("my-council-assessment-rates", page(MY_NAV, "22/05/2025 09:25",
     "市议会今天宣布，门牌税将调高一成，每户平均每年多缴60元。", "州行政议员说，州政府不会干预市议会的决定。"), only(MY, "unit")),
    ("my-state-assembly-trad", page(MY_NAV_T, "12/03/2025 10:20",
     "州議會今天開始為期三天的會議，州議員辯論明年預算。", "行政議員說，州政府將撥款500萬元維修鄉區道路。"), only(MY, "unit", "country")),
    ("my-chinese-primary-trad", page(MY_NAV_T, "20/03/2025 11:15",
     "一所華小今天舉行新校舍落成儀式，國州議員出席主持。", "董事會說，新校舍耗資350萬元。"), only(MY, "unit", "country")),
    ("my-district-council-trad", page(MY_NAV_T, "14/03/2025 16:00",
     "縣議會今天召開全體會議，通過明年的預算案。", "縣議員建議撥款30萬元提升華小附近的交通設施。"), only(MY, "unit", "country")),
    ("my-independent-school-trad", page(MY_NAV_T, "22/03/2025 21:00",
     "獨中今晚舉行建校基金晚宴，籌得120萬元。", "行政議員代表州務大臣出席並宣布撥款10萬元。"), only(MY, "unit", "country")),
    ("my-naming-singapore-trad", page(MY_NAV_T, "23/04/2025 22:10",
     "一所華小今晚舉行百年校慶晚宴，多名新加坡校友回來出席。", "晚宴籌得80萬元，行政議員宣布州政府再撥款5萬元。"), only(MY, "unit", "country")),
]

HK_NAV = "首頁 港聞 兩岸 國際 財經 體育 娛樂"
HK_NAV_S = "首页 港闻 两岸 国际 财经 体育 娱乐"

HONG_KONG = [
    ("hk-district-council-meeting-trad", page(HK_NAV, "2025年3月12日 星期三",
     "區議會今日舉行大會，討論街市翻新計劃。", "工程預算為300萬元，區議員要求當局諮詢商戶。"), HK),
    ("hk-mtr-station-ceremony-trad", page(HK_NAV, "2025年3月18日 星期二",
     "港鐵今日為新車站舉行開幕典禮。", "港鐵表示，車站工程耗資45億元，區議員亦有出席。"), HK),
    ("hk-estate-festival-trad", page(HK_NAV, "2025年4月2日 星期三",
     "屋邨互助委員會今日舉行中秋綜合晚會，吸引二千名居民參加。", "區議員表示，活動獲撥款3萬元。"), HK),
    ("hk-wet-market-stalls-trad", page(HK_NAV, "2025年4月15日 星期二",
     "食環署今日宣布，街市空置攤檔的租金將減至每月2000元。", "有區議員認為減幅不足。"), only(HK, "unit")),
    ("hk-mtr-fare-trad", page(HK_NAV, "2025年5月6日 星期二",
     "港鐵今日公布新票價，部分車程加價0.3元。", "屋邨居民組織批評加幅過高。"), only(HK, "unit")),
    ("hk-estate-renovation-trad", page(HK_NAV, "2025年5月20日 星期二",
     "房屋署今日為一個屋邨的翻新工程舉行完工儀式。", "工程耗資1.2億元，區議會曾多次討論。"), HK),
    ("hk-district-office-carnival-trad", page(HK_NAV, "2025年6月8日 星期日",
     "民政事務處今日舉行社區嘉年華，區議員與居民一同參與。", "活動撥款15萬元，設有二十個攤位。"), HK),
    ("hk-legco-panel-trad", page(HK_NAV, "2025年6月23日 星期一",
     "立法會房屋事務委員會今日開會，議員關注屋邨維修費用。", "房屋署表示，今年維修開支為20億元。"), only(HK, "unit")),
    ("hk-market-fire-trad", page(HK_NAV, "2025年7月3日 星期四",
     "一個街市昨晚發生火警，十多個攤檔焚毀。", "食環署宣布向每名受影響檔販發放1萬元特惠金，區議員亦到場視察。"), only(HK, "unit")),
    ("hk-mtr-community-award-trad", page(HK_NAV, "2025年7月19日 星期六",
     "港鐵社區服務獎今日舉行頒獎典禮，二十個團體獲獎。", "每個得獎團體獲得5萬元資助。"), HK),
    ("hk-estate-residents-meeting-trad", page(HK_NAV, "2025年8月9日 星期六",
     "屋邨居民今晚召開大會，反對停車場加價。", "管理公司建議月租由3000元加至3300元，區議員承諾跟進。"), HK),
    ("hk-district-council-trad-mainland-visitors", page(HK_NAV, "2025年8月26日 星期二",
     "一個內地交流團今日到訪區議會，雙方舉行座談會。", "區議會主席介紹了今年撥款800萬元的社區重點項目。"), HK),
    ("hk-cooked-food-market-trad", page(HK_NAV, "2025年9月10日 星期三",
     "街市熟食中心今日舉行重開儀式，區議員出席主禮。", "翻新工程耗資2500萬元。"), HK),
    ("hk-estate-elderly-trad", page(HK_NAV, "2025年9月29日 星期一",
     "社會福利署今日宣布，屋邨長者中心將獲額外撥款600萬元。", "區議員歡迎這項決定。"), only(HK, "unit")),
    ("hk-mtr-new-line-trad", page(HK_NAV, "2025年10月14日 星期二",
     "港鐵今日舉行新綫動工儀式，運輸及物流局局長主禮。", "港鐵表示，工程造價約300億元。"), HK),
    ("hk-public-market-stall-auction-trad", page(HK_NAV, "2025年11月3日 星期一",
     "食環署今日為街市空置攤檔舉行公開競投，最高出價為每月8000元。", "區議員指出，不少攤檔空置多年。"), only(HK, "unit")),
    ("hk-estate-bazaar-trad", page(HK_NAV, "2025年12月6日 星期六",
     "屋邨商場今日舉行聖誕市集開幕禮，區議員主持剪綵。", "市集共設五十個攤位，每個攤位租金500元。"), HK),
    ("hk-district-council-meeting", page(HK_NAV_S, "2025年3月12日 星期三",
     "区议会今日举行大会，讨论街市翻新计划。", "工程预算为300万元，区议员要求当局谘询商户。"), HK),
    ("hk-mtr-station-ceremony", page(HK_NAV_S, "2025年3月18日 星期二",
     "港铁今日为新车站举行开幕典礼。", "港铁表示，车站工程耗资45亿元。"), HK),
    ("hk-estate-festival", page(HK_NAV_S, "2025年4月2日 星期三",
     "屋邨互助委员会今日举行中秋晚会，吸引二千名居民参加。", "区议员表示，活动获拨款3万元。"), HK),
]

MO_NAV = "首頁 澳聞 港聞 兩岸 國際 體育 副刊"

MACAU = [
    ("mo-social-welfare-bureau-trad", page(MO_NAV, "2025-03-12 10:20",
     "社會工作局今日為新落成的長者日間中心舉行開幕儀式。", "社工局表示，中心每年營運經費為800萬元。"), MO),
    ("mo-pataca-once-trad", page(MO_NAV, "2025-03-20 16:00",
     "市政署今日宣布，街市攤位租金將減半，每月最低為500澳門元。", "署方預計每年少收租金300萬元。"), only(MO, "unit")),
    ("mo-taipa-opening-trad", page(MO_NAV, "2025-04-03 11:30",
     "氹仔一間社區中心今日舉行啟用典禮，社會文化司司長主禮。", "中心耗資2000萬元興建。"), MO),
    ("mo-education-bureau-grant-trad", page(MO_NAV, "2025-04-18 09:45",
     "教育及青年發展局今日宣布，每名中學生的書簿津貼將增至3300元。", "局方稱新學年起實施。"), only(MO, "unit")),
    ("mo-tourism-office-ceremony-trad", page(MO_NAV, "2025-05-08 15:10",
     "旅遊局今日舉行年度旅遊大使頒獎典禮，十名大使獲獎。", "每名得獎者獲得1萬元獎金。"), MO),
    ("mo-legco-both-trad", page(MO_NAV, "2025-05-22 17:40",
     "立法會今日舉行全體會議，經濟財政司司長列席。", "會議通過撥款5億元推行中小企援助計劃。"), MO),
    ("mo-police-bureau-trad", page(MO_NAV, "2025-06-05 13:00",
     "司法警察局今日公布，一名男子在氹仔被騙去12萬元。", "治安警察局提醒市民提防電話騙案。"), only(MO, "unit")),
    ("mo-municipal-meeting-trad", page(MO_NAV, "2025-06-26 10:15",
     "市政署今日召開市政諮詢委員會會議，討論氹仔公園改善工程。", "工程預算為1500萬元。"), MO),
    ("mo-health-bureau-trad", page(MO_NAV, "2025-07-10 12:20",
     "衛生局今日為新的衛生中心舉行揭幕儀式，社會文化司司長出席。", "中心建造費用為9000萬元。"), MO),
    ("mo-economic-bureau-trad", page(MO_NAV, "2025-07-30 16:45",
     "經濟及科技發展局今日宣布，中小企可申請最高60萬元的免息貸款。", "局長稱計劃為期兩年。"), only(MO, "unit")),
    ("mo-sports-bureau-trad", page(MO_NAV, "2025-08-14 09:00",
     "體育局今日舉行全民健身日開幕儀式，逾三千名市民參加。", "局方為活動撥款50萬元。"), MO),
    ("mo-housing-bureau-trad", page(MO_NAV, "2025-09-04 14:30",
     "房屋局今日公布，經濟房屋每平方米售價約為4萬元。", "氹仔新項目將於明年接受申請。"), only(MO, "unit")),
    ("mo-cultural-bureau-trad", page(MO_NAV, "2025-10-02 19:20",
     "文化局今晚舉行藝術節閉幕典禮，行政法務司司長頒獎。", "藝術節總預算為3000萬元。"), MO),
    ("mo-civic-association-trad", page(MO_NAV, "2025-11-06 20:00",
     "街坊會聯合總會今晚舉行會慶晚宴，社會工作局局長出席。", "晚宴籌得善款50萬元。"), MO),
    ("mo-welfare-bureau", page("首页 澳闻 港闻 两岸 国际 体育 副刊", "2025-03-12 10:20",
     "社会工作局今日为新落成的长者日间中心举行开幕仪式。", "社工局表示，中心每年营运经费为800万元。"), MO),
    ("mo-taipa-opening", page("首页 澳闻 港闻 两岸 国际 体育 副刊", "2025-04-03 11:30",
     "氹仔一间社区中心今日举行启用典礼，社会文化司司长主礼。", "中心耗资2000万元兴建。"), MO),
]

TW_NAV = "首頁 即時 政治 社會 生活 地方 國際 財經"

TAIWAN = [
    ("tw-county-government-trad", page(TW_NAV, "2025/03/12 10:20",
     "縣府今天舉行防汛整備會議，縣長要求各鄉鎮提前清淤。", "縣府編列2000萬元辦理排水改善工程。"), only(TW, "unit", "country")),
    ("tw-township-office-trad", page(TW_NAV, "2025/03/20 16:00",
     "鄉公所今天為新落成的活動中心舉行啟用典禮。", "活動中心總經費1500萬元，由縣府補助一半。"), only(TW, "unit", "country")),
    ("tw-village-chief-trad", page(TW_NAV, "2025/04/03 11:30",
     "里長今天召開里民大會，討論社區巷道改善。", "市府已核定300萬元經費，預計年底完工。"), only(TW, "unit", "country")),
    ("tw-legislator-trad", page(TW_NAV, "2025/04/18 09:45",
     "立委今天舉行記者會，要求政府提高老農津貼至每月8000元。", "農委會回應將研議。"), only(TW, "unit", "country")),
    ("tw-county-grant-trad", page(TW_NAV, "2025/05/08 15:10",
     "縣府宣布，今年新生兒每人可領生育津貼3萬元。", "鄉公所也加碼補助5000元。"), only(TW, "unit")),
    ("tw-village-chiefs-meeting-trad", page(TW_NAV, "2025/05/22 17:40",
     "區公所今天召開里長聯繫會報，宣導防疫措施。", "每位里長可申請5萬元的社區活動經費。"), only(TW, "unit", "country")),
    ("tw-township-festival-trad", page(TW_NAV, "2025/06/05 13:00",
     "鄉公所今天舉行文化節開幕儀式，鄉長與立委一同出席。", "文化節經費400萬元，由中央補助。"), only(TW, "unit", "country")),
    ("tw-county-council-trad", page(TW_NAV, "2025/06/26 10:15",
     "縣議會今天開議，縣議員質詢縣府的道路維修進度。", "縣府表示，今年已投入1.2億元。"), only(TW, "unit", "country")),
    ("tw-city-hall-ceremony-trad", page(TW_NAV, "2025/07/10 12:20",
     "市府今天舉行模範勞工表揚大會，市長頒獎給50名勞工。", "每名得獎者獲得獎金1萬元。"), only(TW, "unit", "country")),
    ("tw-legislator-office-trad", page(TW_NAV, "2025/07/30 16:45",
     "立委服務處今天舉辦中秋聯歡會，里長們帶著里民參加。", "活動花費約20萬元。"), only(TW, "unit", "country")),
    ("tw-township-subsidy-trad", page(TW_NAV, "2025/08/14 09:00",
     "鄉公所宣布，65歲以上長者每人發放重陽禮金2000元。", "縣府另補助1000元。"), only(TW, "unit")),
    ("tw-village-office-cleanup-trad", page(TW_NAV, "2025/09/04 14:30",
     "里辦公處今天舉辦社區環境清潔日活動，里長帶領志工清掃街道。", "市府補助活動經費3萬元。"), only(TW, "unit", "country")),
    ("tw-county-press-trad", page(TW_NAV, "2025/10/02 19:20",
     "縣府今天召開記者會，宣布明年起國中小營養午餐免費。", "縣府每年將增加支出2億元。"), only(TW, "unit", "country")),
    ("tw-mrt-city-trad", page(TW_NAV, "2025/11/06 20:00",
     "捷運公司今天舉行新站啟用典禮，市府團隊與立委出席。", "新站工程費用為45億元。"), only(TW, "unit", "country")),
    ("tw-legislator-hk-visitor-trad", page(TW_NAV, "2025/11/20 10:00",
     "一個香港訪問團今天拜會立委，雙方舉行座談會。", "立委介紹了縣府今年編列的5000萬元觀光預算。"), only(TW, "unit", "country")),
    ("tw-county-government", page("首页 即时 政治 社会 生活 地方 国际 财经", "2025/03/12 10:20",
     "县府今天举行防汛整备会议，县长要求各乡镇提前清淤。", "县府编列2000万元办理排水改善工程。"), only(TW, "unit", "country")),
]

CN_NAV = "首页 要闻 时政 经济 社会 文化 图片"
CN_NAV_T = "首頁 要聞 時政 經濟 社會 文化 圖片"

MAINLAND = [
    ("cn-singapore-partner-signing", page(CN_NAV, "2025-03-12 10:20",
     "市政府今天与新加坡一家企业举行项目签约仪式。", "项目总投资50亿元，将建设一个产业园。"), only(CN, "unit", "country")),
    ("cn-hong-kong-visitor", page(CN_NAV, "2025-03-20 16:00",
     "香港特区立法会议员访问团今天到访我市，双方召开座谈会。", "市领导介绍了今年投资200亿元的重点项目。"), only(CN, "unit", "country")),
    ("cn-singapore-delegation-meeting", page(CN_NAV, "2025-04-03 11:30",
     "新加坡国会议员代表团今天来访，市委书记会见了代表团。", "双方在会上签约3个项目，总金额80亿元。"), only(CN, "unit", "country")),
    ("cn-hk-district-councillors-visit", page(CN_NAV, "2025-04-18 09:45",
     "香港区议员交流团今天到我省参观，省政协举行欢迎会。", "交流团参观了投资30亿元的科技园区。"), only(CN, "unit", "country")),
    ("cn-malaysian-investor", page(CN_NAV, "2025-05-08 15:10",
     "马来西亚一家棕榈油企业今天与开发区签约，拟投资10亿元建厂。", "区委书记出席签约仪式。"), only(CN, "unit", "country")),
    ("cn-taiwan-compatriots", page(CN_NAV, "2025-05-22 17:40",
     "台湾青年创业基地今天举行揭牌仪式，20名台湾青年入驻。", "市里为基地安排了500万元的扶持资金。"), only(CN, "unit", "country")),
    ("cn-macau-trade-fair", page(CN_NAV, "2025-06-05 13:00",
     "澳门企业代表团今天参加我市的经贸洽谈会，市长致辞。", "洽谈会现场签约金额达12亿元。"), only(CN, "unit", "country")),
    ("cn-community-market", page(CN_NAV, "2025-06-26 10:15",
     "街道办事处今天为新建的农贸市场举行开业仪式。", "市场投资800万元，设有200个摊位。"), only(CN, "unit", "country")),
    ("cn-village-committee", page(CN_NAV, "2025-07-10 12:20",
     "村委会今天召开村民代表大会，讨论道路硬化工程。", "工程预计投入120万元，由镇政府补贴一半。"), only(CN, "unit", "country")),
    ("cn-district-people-congress", page(CN_NAV, "2025-07-30 16:45",
     "区人大代表今天视察老旧小区改造，区长陪同。", "今年全区安排改造资金2亿元。"), only(CN, "unit")),
    ("cn-singapore-industrial-park", page(CN_NAV, "2025-08-14 09:00",
     "中新合作园区今天举行十周年庆祝大会，新加坡驻华大使出席。", "园区十年累计引进投资3000亿元。"), only(CN, "unit", "country")),
    ("cn-hawker-word-near-miss", page(CN_NAV, "2025-09-04 14:30",
     "城管部门今天召开会议，部署流动摊贩规范管理工作。", "今年全市投入3000万元建设便民市场。"), only(CN, "unit", "country")),
    ("cn-township-government", page(CN_NAV, "2025-10-02 19:20",
     "镇政府今天举行乡村振兴项目集中开工仪式。", "15个项目总投资8亿元，镇党委书记宣布开工。"), only(CN, "unit", "country")),
    ("cn-hk-legco-visitor", page(CN_NAV, "2025-11-06 20:00",
     "香港立法会议员一行今天到我市考察，市委常委陪同。", "考察团参观了投资45亿元的港口项目。"), only(CN, "unit")),
    ("cn-county-word-near-miss", page(CN_NAV, "2025-11-20 10:00",
     "县政府今天召开常务会议，研究部署秋冬季防火工作。", "会议决定安排专项资金600万元。"), only(CN, "unit", "country")),
    ("cn-singapore-sister-city", page(CN_NAV, "2025-12-02 09:30",
     "我市与新加坡一个市镇理事会今天签署友好交流备忘录。", "市外办表示，明年将安排100万元用于青少年交流。"), only(CN, "unit", "country")),
    ("cn-singapore-partner-trad", page(CN_NAV_T, "2025-03-12 10:20",
     "市政府今天與新加坡一家企業舉行項目簽約儀式。", "項目總投資50億元，將建設一個產業園。"), only(CN, "unit", "country")),
    ("cn-hk-visitor-trad", page(CN_NAV_T, "2025-03-20 16:00",
     "香港區議員交流團今天到我省參觀，省政協舉行歡迎會。", "交流團參觀了投資30億元的科技園區。"), only(CN, "unit", "country")),
    ("cn-market-opening-trad", page(CN_NAV_T, "2025-06-26 10:15",
     "街道辦事處今天為新建的農貿市場舉行開業儀式。", "市場投資800萬元，設有200個攤位。"), only(CN, "unit", "country")),
    ("cn-village-committee-trad", page(CN_NAV_T, "2025-07-10 12:20",
     "村委會今天召開村民代表大會，討論道路硬化工程。", "工程預計投入120萬元，由鎮政府補貼一半。"), only(CN, "unit", "country")),
]

CROSSED_WORDS = [
    # a region's sign inside another region's longer word, or a word two regions share
    ("x-grc-councillor-not-hk", page(NEWS_NAV, "2025-03-02 12:00",
     "集选区议员今天与居民一起参加植树活动。", "市镇理事会为活动拨出2万元。"), only(SG, "unit")),
    ("x-grc-councillor-not-hk-trad", page(NEWS_NAV_T, "2025-03-02 12:00",
     "集選區議員今天與居民一起參加植樹活動。", "市鎮理事會為活動撥出2萬元。"), only(SG, "unit")),
    ("x-state-assemblyman-not-taiwan", page(MY_NAV, "04/03/2025 10:00",
     "州议员今天与市议员一同巡视菜市场。", "市议会说，菜市场提升工程耗资80万元。"), only(MY, "unit")),
    ("x-state-assemblyman-not-taiwan-trad", page(MY_NAV_T, "04/03/2025 10:00",
     "州議員今天與市議員一同巡視菜市場。", "市議會說，菜市場提升工程耗資80萬元。"), only(MY, "unit")),
    ("x-taiwan-city-councillor", page(TW_NAV, "2025/03/05 10:00",
     "市議員今天在議會質詢，要求市府增加托育補助。", "市府回應，明年將編列3億元。"), only(TW, "unit")),
    ("x-macau-legco-secretary-trad", page(MO_NAV, "2025-03-06 10:00",
     "立法會今日細則性通過法案，社會文化司司長列席。", "法案涉及每年5000萬元的長者津貼。"), only(MO, "unit")),
    ("x-hk-legco-trad", page(HK_NAV, "2025年3月7日 星期五",
     "立法會今日三讀通過條例草案，議員關注屋邨的維修開支。", "政府預計每年支出8億元。"), only(HK, "unit")),
    ("x-hk-secretary-trad", page(HK_NAV, "2025年3月8日 星期六",
     "政務司司長今日出席區議會的地區活動。", "活動獲民政事務處撥款5萬元。"), only(HK, "unit")),
    ("x-macau-secretary-bureau-trad", page(MO_NAV, "2025-03-09 10:00",
     "運輸工務司司長今日視察氹仔輕軌站工程。", "工程造價為12億元。"), only(MO, "unit")),
    ("x-singapore-town-word-in-hk-trad", page(HK_NAV, "2025年3月10日 星期一",
     "區議會今日召開會議，議員要求改善屋邨的小販管理。", "食環署今年撥款50萬元。"), only(HK, "unit")),
    ("x-malaysian-council-member-trad", page(MY_NAV_T, "11/03/2025 10:00",
     "市議員今天陪同州行政議員巡視華小校舍。", "州政府撥款20萬元維修屋頂。"), only(MY, "unit")),
    ("x-malaysian-council-member", page(MY_NAV, "11/03/2025 10:00",
     "市议员今天陪同州行政议员巡视华小校舍。", "州政府拨款20万元维修屋顶。"), only(MY, "unit")),
    ("x-sg-mp-not-malaysian-mp", page(NEWS_NAV, "2025-03-13 10:00",
     "国会议员今天在组屋区举行居民对话会。", "市镇理事会说，区内的电梯翻新耗资60万元。"), only(SG, "unit")),
    ("x-sg-mp-not-malaysian-mp-trad", page(NEWS_NAV_T, "2025-03-13 10:00",
     "國會議員今天在組屋區舉行居民對話會。", "市鎮理事會說，區內的電梯翻新耗資60萬元。"), only(SG, "unit")),
    ("x-tw-village-chief-trad", page(TW_NAV, "2025/03/14 10:00",
     "里長今天陪同立委會勘道路。", "區公所說，改善工程需要200萬元。"), only(TW, "unit")),
    ("x-mainland-village-chief-not-taiwan", page(CN_NAV, "2025-03-15 10:00",
     "村长今天带领村民修缮村道，镇党委书记到现场调研。", "工程投入40万元。"), only(CN, "unit")),
    ("x-mainland-county-council-word-not-taiwan", page(CN_NAV, "2025-03-16 10:00",
     "县政协今天召开常委会议，县委书记出席。", "会议通报了投入3亿元的民生项目。"), only(CN, "unit")),
    ("x-mainland-market-word-not-hk", page(CN_NAV, "2025-03-17 10:00",
     "区委书记今天调研街市改造，要求年底前完工。", "改造投入1500万元。"), only(CN, "unit")),
    ("x-sg-district-without-grc", page(NEWS_NAV, "2025-03-18 10:00",
     "单选区议员今天宣布，组屋区的儿童游乐场将在下月重新开放。", "工程耗资35万元。"), only(SG, "unit")),
    ("x-sg-district-without-grc-trad", page(NEWS_NAV_T, "2025-03-18 10:00",
     "單選區議員今天宣布，組屋區的兒童遊樂場將在下月重新開放。", "工程耗資35萬元。"), only(SG, "unit")),
    ("x-my-state-and-city-councils-trad", page(MY_NAV_T, "19/03/2025 10:00",
     "州議會今天通過動議，要求市議會加強取締非法攤販。", "行政議員說，州政府撥款10萬元協助執法。"), only(MY, "unit")),
    ("x-mo-bureau-with-legco-trad", page(MO_NAV, "2025-03-20 10:00",
     "立法會議員今日聯署要求社會工作局增加托兒名額。", "社工局表示今年已投入3億元。"), only(MO, "unit")),
    ("x-hk-district-councillor-trad", page(HK_NAV, "2025年3月21日 星期五",
     "區議員今日聯同居民到房屋署請願，要求改善屋邨升降機。", "房屋署表示已預留2億元。"), only(HK, "unit")),
    ("x-sg-trad-hawker-only", page(NEWS_NAV_T, "2025-03-22 10:00",
     "小販中心今天舉行重開儀式，政務部長出席。", "翻新耗資300萬元。"), SG),
    ("x-sg-hawker-only", page(NEWS_NAV, "2025-03-22 10:00",
     "小贩中心今天举行重开仪式，政务部长出席。", "翻新耗资300万元。"), SG),
    ("x-sg-market-and-mp", page(NEWS_NAV, "2025-03-23 10:00",
     "国会议员今天到巴刹派发年货，与摊贩交流。", "年货总值2万元。"), only(SG, "unit")),
    ("x-my-chinese-school-only", page(MY_NAV, "24/03/2025 10:00",
     "华小今天举行运动会，国州议员颁奖。", "家协捐出5000元奖金。"), only(MY, "unit")),
    ("x-my-chinese-school-only-trad", page(MY_NAV_T, "24/03/2025 10:00",
     "華小今天舉行運動會，國州議員頒獎。", "家協捐出5000元獎金。"), only(MY, "unit")),
    ("x-tw-county-govt-only-trad", page(TW_NAV, "2025/03/25 10:00",
     "縣府今天舉行記者會，宣布補助鄉公所辦理老人共餐。", "每處補助15萬元。"), only(TW, "unit")),
    ("x-mo-taipa-only-trad", page(MO_NAV, "2025-03-26 10:00",
     "氹仔一間學校今日舉行開放日，教育及青年發展局局長出席。", "學校擴建耗資8000萬元。"), only(MO, "unit")),
    ("x-hk-estate-only-trad", page(HK_NAV, "2025年3月27日 星期四",
     "一個屋邨的街市今日重開，港鐵站附近交通安排亦有調整。", "街市翻新費用為1800萬元。"), only(HK, "unit")),
    ("x-hk-estate-only", page(HK_NAV_S, "2025年3月27日 星期四",
     "一个屋邨的街市今日重开，港铁站附近交通安排亦有调整。", "街市翻新费用为1800万元。"), only(HK, "unit")),
    # words a neighbour's press shares: a Guangdong 街市, an American 州政府 and 议长, a Malaysian school visiting
    ("x-guangdong-market-stays-mainland", page(CN_NAV, "2025-04-01 10:00",
     "街市升级改造工程今天完工，新街市设有180个档口。", "改造共投入650万元，档主租金减免三个月。"), only(CN, "unit")),
    ("x-guangdong-market-stays-mainland-trad", page(CN_NAV_T, "2025-04-01 10:00",
     "街市升級改造工程今天完工，新街市設有180個檔口。", "改造共投入650萬元，檔主租金減免三個月。"), only(CN, "unit")),
    ("x-us-state-government-stays-mainland", page(CN_NAV, "2025-04-02 10:00",
     "美国一个州政府代表团今天来访，州议会议长随团。", "双方签署合作协议，首期合作资金3000万元。"), only(CN, "unit")),
    ("x-malaysian-school-visitors-stay-mainland", page(CN_NAV, "2025-04-03 10:00",
     "马来西亚一所华小的师生今天到我市研学，市教育局举行欢迎仪式。", "我市为研学活动安排经费20万元。"), only(CN, "unit", "country")),
    ("x-singapore-hawkers-visit-hk-trad", page(HK_NAV, "2025年4月4日 星期五",
     "一批新加坡小販中心的攤主今日到訪街市，區議員接待。", "食環署表示，街市今年的翻新開支為600萬元。"), only(HK, "unit")),
    ("x-singapore-page-naming-hk-mtr", page(NEWS_NAV, "2025-04-05 10:00",
     "市镇理事会今天与一家曾为港铁设计车站的公司签约，翻新组屋区的有盖走道。", "合约总值450万元。"), only(SG, "unit")),
    ("x-malaysian-page-naming-singapore-hawkers", page(MY_NAV, "06/04/2025 10:00",
     "州议员今天带领新加坡小贩中心的业者参观本地巴刹。", "县议会说，巴刹提升工程耗资90万元。"), only(MY, "unit")),
    ("x-taiwan-page-naming-malaysian-school-trad", page(TW_NAV, "2025/04/07 10:00",
     "馬來西亞一所獨中的師生今天拜會縣府，縣長親自接待。", "縣府今年編列500萬元推動國際教育交流。"), only(TW, "unit")),
]

BANK = SINGAPORE + MALAYSIA + HONG_KONG + MACAU + TAIWAN + MAINLAND + CROSSED_WORDS

_NO_EVENT = "the page's region is read, but the event rules take no event from its unnamed {}, so no place is given"

XFAIL: dict[str, str] = {
    "sg-grc-mp-hawker-centre": _NO_EVENT.format("reopening ceremony (主持翻新启用仪式)"),
    "sg-grc-mp-after-nav-cleaned": _NO_EVENT.format("reopening ceremony (主持重新开放仪式)"),
    "sg-hdb-estate-upgrading": _NO_EVENT.format("ground-breaking (举行动土仪式)"),
    "sg-grc-mp-trad": _NO_EVENT.format("reopening ceremony (主持翻新啟用儀式)"),
    "my-state-assembly-sitting": _NO_EVENT.format("assembly sitting (开始为期三天的会议)"),
    "my-city-council-with-state": _NO_EVENT.format("monthly meeting (举行月会)"),
    "my-state-assembly-speaker": _NO_EVENT.format("swearing-in (主持宣誓就职仪式)"),
    "my-state-assembly-trad": _NO_EVENT.format("assembly sitting (開始為期三天的會議)"),
    "hk-estate-residents-meeting-trad": _NO_EVENT.format("residents' meeting (召開大會)"),
    "mo-cultural-bureau-trad": _NO_EVENT.format("closing ceremony (舉行藝術節閉幕典禮)"),
    "tw-village-chiefs-meeting-trad": _NO_EVENT.format("liaison meeting (召開里長聯繫會報)"),
    "tw-township-festival-trad": _NO_EVENT.format("opening ceremony (舉行文化節開幕儀式)"),
    "tw-county-council-trad": _NO_EVENT.format("council session (開議)"),
    "tw-legislator-hk-visitor-trad": _NO_EVENT.format("forum (舉行座談會)"),
    "cn-singapore-delegation-meeting": _NO_EVENT.format("meeting (会见)"),
    "cn-hk-district-councillors-visit": _NO_EVENT.format("welcome meeting (举行欢迎会)"),
    "cn-county-word-near-miss": _NO_EVENT.format("executive meeting (召开常务会议)"),
    "cn-hk-visitor-trad": _NO_EVENT.format("welcome meeting (舉行歡迎會)"),
    "mo-tourism-office-ceremony-trad": "nothing but the script marks the page as Macau's: 旅遊局 and its award ceremony are every region's words, and Traditional script is Hong Kong's and Taiwan's as well",
    "mo-sports-bureau-trad": "nothing but the script marks the page as Macau's: 體育局 and 全民健身日 are the mainland's words too (and the event rules take no event from its opening ceremony)",
}


def _locale_values(text: str, keys) -> dict:
    record = extract(text)
    got = {}
    if "unit" in keys:
        money = [f for f in record.figures if f.kind == "money"]
        got["unit"] = money[0].unit if money else None
    location = record.event.location if record.event else None
    for key in ("country", "city"):
        if key in keys:
            value = getattr(location, key, None) if location else None
            got[key] = to_simplified(value) if value else value
    return got


@pytest.mark.parametrize("text,expected", [strict_case(row, XFAIL) for row in BANK])
def test_locale_signs(text, expected):
    assert _locale_values(text, expected) == expected


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
