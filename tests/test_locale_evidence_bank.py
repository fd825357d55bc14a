"""A bank of short invented pages for the WEIGHT OF LOCALE EVIDENCE when a page names other regions
(`extractor.locale`), read through the currency of its money figures (a bare 元 follows the page's region:
ANNOTATION.md "Figures").

Three constructions:
- a mainland page in Simplified script (a mainland paper, a mainland city such as 宁波) about a partnership with a
  Macau or Hong Kong body, a Hong Kong delegation or Macau youth, naming 香港/澳门 again and again: its bare 元 stays
  CNY, not HKD or MOP; a mainland page about Taiwan compatriots stays CNY;
- a Traditional page whose region shows in its local vocabulary rather than in the word 香港, 澳門 or 台灣: Hong Kong's
  地政總署, 差餉物業估價署, 啟德, 新界, 九龍, 港島, 屋苑, 平方呎/呎價, 強積金, 公屋, 區議會, 港鐵 (HKD); Macau's 澳門幣,
  氹仔, 路環, 治安警察局, 市政署, 社會工作局 (MOP); Taiwan's 縣府, 立委, 新北市, 健保, 行政院 (TWD);
- near misses: a Hong Kong page about a mainland deal in 人民幣 keeps the stated CNY beside its own HKD; a mainland page
  with a stated 港元 keeps HKD for that figure; mainland places that hold a Hong Kong or Taiwan place's characters
  (重庆九龙坡区, 九龙江, 常州新北区) and a mainland company named 启德 leave the page mainland; a Taiwan page naming Hong
  Kong or Macau stays Taiwan.

Written before the extractor was run on them; names, bodies and sums are made up. `-trad` rows are Traditional text:
Hong Kong, Macau and Taiwan pages in their own script, and Traditional editions where a site offers them. `units`
are the currencies of the page's money figures in order."""
from __future__ import annotations

import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case


def page(nav: str, stamp: str, *sentences: str) -> str:
    return f"{nav}\n{stamp}\n\n" + "".join(sentences) + "\n"


CN_NAV = "首页 新闻 本地 财经 社会"
CN_NAV_T = "首頁 新聞 本地 財經 社會"
NAV_T = "首頁 新聞 本地 財經 社會 體育"
NAV_S = "首页 新闻 本地 财经 社会 体育"
CNY, HKD, MOP, TWD, SGD, MYR = ["CNY"], ["HKD"], ["MOP"], ["TWD"], ["SGD"], ["MYR"]

MAINLAND_PARTNERS = [
    ("cn-ningbo-macau-university-fund", page(CN_NAV, "2025-03-03 10:00",
     "宁波某大学与澳门某科技大学今天签署合作协议。", "根据协议，双方将设立500万元合作基金，支持澳门学生来甬交流，澳门科研团队参与联合实验室建设。"), CNY),
    ("cn-hk-chamber-logistics-park", page(CN_NAV, "2025-03-05 10:00",
     "某州市与香港某商会今天签署战略合作协议。", "香港企业将在本市投资20亿元建设物流园，香港青年创业基地同期揭牌，香港专业服务机构也将进驻。"), CNY),
    ("cn-macau-youth-base", page(CN_NAV, "2025-03-07 10:00",
     "澳门青年创新创业基地今天在某山市揭牌。", "首批入驻澳门团队12个，澳门青年可享受租金减免，市里安排扶持资金3000万元。"), CNY),
    ("cn-hk-hospital-partnership", page(CN_NAV, "2025-03-09 10:00",
     "某圳市一家医院与香港某大学医学院合作共建专科中心。", "项目总投资2亿元，香港专家定期坐诊，香港医护人员参与培训。"), CNY),
    ("cn-hk-delegation-ningbo", page(CN_NAV, "2025-03-11 10:00",
     "香港工商界代表团今天到访宁波。", "香港代表团团长表示，香港企业今年在甬投资已超过50亿元，香港与宁波的经贸往来日益密切。"), CNY),
    ("cn-macau-food-festival", page(CN_NAV, "2025-03-13 10:00",
     "澳门美食节今天在某江市开幕，澳门餐饮商户40家参展。", "澳门手信、澳门葡式蛋挞受到市民欢迎，首日销售额达120万元。"), CNY),
    ("cn-hk-investment-fair", page(CN_NAV, "2025-03-15 10:00",
     "某市在香港举办投资推介会，香港投资者踊跃参加。", "现场签约项目18个，总投资96亿元，其中香港资本项目占六成。"), CNY),
    ("cn-macau-chinese-medicine-park", page(CN_NAV, "2025-03-17 10:00",
     "横琴一家中医药产业园今天迎来澳门企业入驻。", "澳门投资者计划投入1.5亿元建设研发中心，澳门大学提供技术支持。"), CNY),
    ("cn-hk-university-research-institute", page(CN_NAV, "2025-03-19 10:00",
     "香港某理工大学某波研究院今天揭牌。", "市政府将在五年内提供科研经费1亿元，香港教授团队已有20人到岗，香港研究生可来甬实习。"), CNY),
    ("cn-macau-trade-fair-booth", page(CN_NAV, "2025-03-21 10:00",
     "澳门国际贸易投资展览会开幕，我省组团参展。", "省内企业在澳门签约意向金额3.2亿元，澳门中小企业也与省内企业对接。"), CNY),
    ("cn-hk-students-summer-camp", page(CN_NAV, "2025-03-23 10:00",
     "香港中学生暑期交流营今天在某安市开营，香港师生200人参加。", "营期十天，市教育局安排经费80万元，香港带队老师表示收获很大。"), CNY),
    ("cn-macau-special-region-delegation", page(CN_NAV, "2025-03-25 10:00",
     "澳门特区政府代表团今天到访某海市，市委书记会见代表团一行。", "双方签署合作备忘录，市里今年安排专项资金8亿元推进琴澳合作。"), CNY),
    ("cn-hk-listed-company-hq", page(CN_NAV, "2025-03-27 10:00",
     "一家香港上市公司今天与某兴市签约，将区域总部落户本市。", "项目总投资12亿元，香港团队负责运营，香港总部派出高管50人。"), CNY),
    ("cn-gba-youth-grant", page(CN_NAV, "2025-03-29 10:00",
     "港澳青年来莞创业扶持办法今天发布。", "香港、澳门青年在本市创办企业，可获最高20万元创业补贴，港澳青年人才还可申请住房补贴。"), CNY),
    ("cn-macau-university-scholarship", page(CN_NAV, "2025-03-31 10:00",
     "某州大学与澳门某大学联合设立奖学金。", "每年资助两地学生各50名，每人奖励1万元，澳门学生可来校交换一个学期。"), CNY),
    ("cn-taiwan-compatriots-youth-park", page(CN_NAV, "2025-04-02 10:00",
     "某门市台湾青年创业园今天开园，首批入驻台湾青年团队30个。", "每个台湾团队可获创业补贴10万元，台湾青年还可享受三年免租。"), CNY),
    ("cn-taiwan-compatriots-loan", page(CN_NAV, "2025-04-04 10:00",
     "我市出台支持台胞台企发展若干措施。", "台湾企业在本市投资超过1亿元的，可获最高500万元奖励；台湾青年来市就业，每月补贴2000元。"), CNY * 3),
    ("cn-taiwan-farmers-cooperative", page(CN_NAV, "2025-04-06 10:00",
     "某平市与台湾农会签订农业合作协议。", "台湾农民将在本市种植高山茶，台湾技术人员驻点指导，项目投资3000万元。"), CNY),
    ("cn-taiwan-compatriots-festival", page(CN_NAV, "2025-04-08 10:00",
     "两岸同胞民俗文化节今天开幕，台湾宫庙代表、台湾艺人登台演出。", "市台办介绍，文化节投入经费150万元，台湾乡亲参与热情很高。"), CNY),
    ("cn-ningbo-hk-port-cooperation", page(CN_NAV, "2025-04-10 10:00",
     "宁波舟山港与香港某港口运营商签约。", "双方成立合资公司，注册资本10亿元，香港方面派驻管理团队，香港船公司将增开航线。"), CNY),
    ("cn-macau-pharma-factory", page(CN_NAV, "2025-04-12 10:00",
     "一家澳门药企今天在某州市高新区动工建设生产基地。", "澳门药企负责人介绍，基地总投资6亿元，产品将返销澳门及葡语国家。"), CNY),
    ("cn-hk-exchange-simplified-edition-hk", page(CN_NAV, "2025-04-14 10:00",
     "某市一家生物医药企业今天在港交所挂牌上市。", "市委书记在本地出席敲钟仪式，企业表示将在本市投资5亿元扩建生产线。"), CNY),
]

HONG_KONG_VOCABULARY = [
    ("hk-lands-department-site-trad", page(NAV_T, "2025年4月1日",
     "地政總署今日公布，將軍澳一幅住宅用地以約45億元批出。", "以可建樓面面積計算，每平方呎樓面地價約6800元。"), ["HKD", "HKD"]),
    ("hk-rating-valuation-rents-trad", page(NAV_T, "2025年4月2日",
     "差餉物業估價署最新數據顯示，中小型單位租金連升三個月。", "一個400平方呎單位的平均月租約為1萬6000元。"), HKD),
    ("hk-kai-tak-sports-park-trad", page(NAV_T, "2025年4月3日",
     "啟德體育園今日舉行開幕典禮，主場館可容納5萬名觀眾。", "園區工程耗資約300億元，九龍東一帶交通亦作改善。"), HKD),
    ("hk-new-territories-village-trad", page(NAV_T, "2025年4月4日",
     "新界一條鄉村今日舉行太平清醮，吸引數千名村民及遊客。", "鄉事委員會表示，活動開支約200萬元，新界其他鄉村亦派代表出席。"), HKD),
    ("hk-kowloon-shop-price-trad", page(NAV_T, "2025年4月5日",
     "九龍一個地舖以1.2億元易手，呎價約10萬元。", "代理指出，區內舖位租金較去年回落一成。"), ["HKD", "HKD"]),
    ("hk-island-estate-sale-trad", page(NAV_T, "2025年4月6日",
     "港島東一個屋苑的三房單位以1380萬元成交。", "該單位實用面積約800平方呎，原業主十年前以900萬元購入。"), ["HKD", "HKD"]),
    ("hk-estate-rent-record-trad", page(NAV_T, "2025年4月7日",
     "沙田一個大型屋苑兩房單位月租升至2萬元，創屋苑新高。", "代理表示，不少專才來港後選擇租住該屋苑。"), HKD),
    ("hk-mpf-returns-trad", page(NAV_T, "2025年4月8日",
     "強積金計劃成員首季平均賺取約1.2萬元。", "積金局表示，強積金總資產已超過1.3萬億元。"), ["HKD", "HKD"]),
    ("hk-public-housing-rent-trad", page(NAV_T, "2025年4月9日",
     "房委會今日決定，公屋租金將上調5%。", "公屋住戶的平均月租將增加約120元，約有80萬個公屋單位受影響。"), HKD),
    ("hk-district-council-grant-trad", page(NAV_T, "2025年4月10日",
     "區議會今日通過撥款，資助區內長者中心購買設備。", "撥款額為50萬元，多名區議員發言支持。"), HKD),
    ("hk-mtr-fare-concession-trad", page(NAV_T, "2025年4月11日",
     "港鐵今日宣布推出車費優惠，乘客每程可獲0.5元回贈。", "港鐵預計計劃涉及約6億元。"), ["HKD", "HKD"]),
    ("hk-kai-tak-land-sale-trad", page(NAV_T, "2025年4月12日",
     "啟德一幅商業地今日截標，共收到5份標書。", "市場估值約80億元，每平方呎樓面地價約7000元。"), ["HKD", "HKD"]),
    ("hk-ifs-square-foot-trad", page(NAV_T, "2025年4月13日",
     "中環一幢甲級寫字樓全層以呎價4萬元易手。", "全層面積約1.5萬平方呎，成交價約6億元。"), ["HKD", "HKD"]),
    ("hk-nt-north-development-trad", page(NAV_T, "2025年4月14日",
     "新界北發展計劃今日展開第二階段諮詢。", "政府估計首階段工程涉及約500億元，新界東北將興建多個公屋項目。"), HKD),
    ("hk-lands-department-illegal-structure-trad", page(NAV_T, "2025年4月15日",
     "地政總署今日收回元朗一幅被非法佔用的官地。", "署方表示，清理工程費用約30萬元，將向佔用人追討。"), HKD),
    ("hk-rating-office-rates-waiver-trad", page(NAV_T, "2025年4月16日",
     "差餉物業估價署表示，新一年度每個住宅物業可獲差餉寬減。", "每季寬減上限為1000元。"), HKD),
    ("hk-mpf-offset-trad", page(NAV_T, "2025年4月17日",
     "取消強積金對沖安排今日生效。", "政府資助僱主計劃為期25年，涉及約332億元。"), HKD),
    ("hk-kowloon-city-restaurant-trad", page(NAV_T, "2025年4月18日",
     "九龍城一間老牌餐廳今日結業，店主指租金由每月8萬元加至12萬元。", "不少熟客專程前來道別。"), ["HKD", "HKD"]),
    ("hk-public-housing-wait-trad", page(NAV_T, "2025年4月19日",
     "房屋署公布，一般公屋申請者平均輪候時間為5.5年。", "政府向輪候逾三年的家庭發放現金津貼，每月最多5000元。"), HKD),
    ("hk-mtr-station-shops-trad", page(NAV_T, "2025年4月20日",
     "港鐵沿綫商舖招標結果出爐，一個車站舖位月租達35萬元。", "港鐵表示，今年車站商務收入預計增長8%。"), HKD),
    ("hk-island-south-estate-trad", page(NAV_T, "2025年4月21日",
     "港島南區一個豪宅屋苑的特色戶以1.08億元成交，呎價逾5萬元。", "買家為一名本地投資者。"), ["HKD", "HKD"]),
    ("hk-district-council-festival-trad", page(NAV_T, "2025年4月22日",
     "區議會今日舉辦社區嘉年華，吸引逾萬名居民參加。", "活動開支約60萬元，由區議會撥款支持。"), HKD),
    ("hk-lands-department-site", page(NAV_S, "2025年4月1日",
     "地政总署今日公布，将军澳一幅住宅用地以约45亿元批出。", "以可建楼面面积计算，每平方呎楼面地价约6800元。"), ["HKD", "HKD"]),
    ("hk-kai-tak-sports-park", page(NAV_S, "2025年4月3日",
     "启德体育园今日举行开幕典礼，主场馆可容纳5万名观众。", "园区工程耗资约300亿元，九龙东一带交通亦作改善。"), HKD),
    ("hk-estate-rent-record", page(NAV_S, "2025年4月7日",
     "沙田一个大型屋苑两房单位月租升至2万元，创屋苑新高。", "代理表示，不少专才来港后选择租住该屋苑。"), HKD),
    ("hk-public-housing-rent", page(NAV_S, "2025年4月9日",
     "房委会今日决定，公屋租金将上调5%。", "公屋住户的平均月租将增加约120元，约有80万个公屋单位受影响。"), HKD),
]

MACAU_VOCABULARY = [
    ("mo-pataca-subsidy-trad", page(NAV_T, "2025年5月1日",
     "政府今日宣布向每名永久性居民發放1萬澳門幣現金分享。", "非永久性居民則獲6000元。"), ["MOP", "MOP"]),
    ("mo-taipa-flat-sale-trad", page(NAV_T, "2025年5月2日",
     "氹仔一個屋苑單位以每平方呎9000元成交。", "代理表示，氹仔中小型單位近月交投轉活。"), MOP),
    ("mo-coloane-park-trad", page(NAV_T, "2025年5月3日",
     "路環一個郊野公園今日重開，市政署表示翻新工程耗資1200萬元。", "署方亦在路環增設單車徑。"), MOP),
    ("mo-psp-fraud-trad", page(NAV_T, "2025年5月4日",
     "治安警察局今日通報，一名男子在賭場附近被騙去8萬元。", "警方呼籲市民提高警覺。"), MOP),
    ("mo-iam-market-rent-trad", page(NAV_T, "2025年5月5日",
     "市政署今日公布，街市檔位租金將減半至每月300元。", "署方預計全年少收租金約400萬元。"), ["MOP", "MOP"]),
    ("mo-ias-elderly-subsidy-trad", page(NAV_T, "2025年5月6日",
     "社會工作局宣布，敬老金將調升至1萬1000元。", "局方表示，約有11萬名長者受惠。"), MOP),
    ("mo-taipa-coloane-bus-trad", page(NAV_T, "2025年5月7日",
     "來往氹仔與路環的新巴士綫今日投入服務。", "車費為每程6元，長者憑卡可免費乘搭。"), MOP),
    ("mo-psp-traffic-fines-trad", page(NAV_T, "2025年5月8日",
     "治安警察局上月檢控違例泊車逾5000宗。", "違例泊車罰款由300元調升至600元。"), ["MOP", "MOP"]),
    ("mo-iam-dog-license-trad", page(NAV_T, "2025年5月9日",
     "市政署提醒狗主為愛犬辦理准照，逾期未辦者最高可罰款2萬元。", "署方今年已在氹仔巡查逾百次。"), MOP),
    ("mo-ias-charity-grant-trad", page(NAV_T, "2025年5月10日",
     "社會工作局今年向民間社福機構撥出資助約15億元。", "局長表示，新設施將在路環及氹仔陸續啟用。"), MOP),
    ("mo-pataca-lottery-trad", page(NAV_T, "2025年5月11日",
     "一間慈善團體今日舉行抽獎，頭獎為5萬澳門幣。", "活動共籌得善款30萬元。"), ["MOP", "MOP"]),
    ("mo-coloane-village-festival-trad", page(NAV_T, "2025年5月12日",
     "路環市區今日舉行譚公誕慶典，吸引大批市民及旅客。", "市政署資助活動經費15萬元。"), MOP),
    ("mo-taipa-flat-sale", page(NAV_S, "2025年5月2日",
     "氹仔一个屋苑单位以每平方呎9000元成交。", "代理表示，氹仔中小型单位近月交投转活。"), MOP),
    ("mo-psp-fraud", page(NAV_S, "2025年5月4日",
     "治安警察局今日通报，一名男子在赌场附近被骗去8万元。", "警方呼吁市民提高警觉。"), MOP),
    ("mo-ias-elderly-subsidy", page(NAV_S, "2025年5月6日",
     "社会工作局宣布，敬老金将调升至1万1000元。", "局方表示，约有11万名长者受惠。"), MOP),
]

TAIWAN_VOCABULARY = [
    ("tw-county-government-grant-trad", page(NAV_T, "2025/06/01 10:00",
     "縣府今天宣布，將補助轄內老舊校舍改建經費2億元。", "縣議員樂見其成。"), TWD),
    ("tw-legislator-questions-trad", page(NAV_T, "2025/06/02 10:00",
     "立委今天質疑，一項公共工程追加預算達15億元。", "主管機關表示將提出說明。"), TWD),
    ("tw-new-taipei-city-library-trad", page(NAV_T, "2025/06/03 10:00",
     "新北市今天啟用一座新圖書館，工程經費約4億元。", "館內藏書逾20萬冊。"), TWD),
    ("tw-health-insurance-premium-trad", page(NAV_T, "2025/06/04 10:00",
     "健保署表示，健保去年收支短絀約300億元。", "健保費率明年是否調整仍待討論。"), TWD),
    ("tw-executive-yuan-budget-trad", page(NAV_T, "2025/06/05 10:00",
     "行政院今天通過特別預算案，總額約800億元。", "預算將送立法院審議。"), TWD),
    ("tw-county-government-flood-trad", page(NAV_T, "2025/06/06 10:00",
     "縣府統計，豪雨造成農損約1.2億元。", "縣長今天前往災區視察。"), TWD),
    ("tw-legislator-health-insurance-trad", page(NAV_T, "2025/06/07 10:00",
     "立委召開記者會指出，健保藥價調整將使醫院每年少收50億元。", "衛福部回應將檢討。"), TWD),
    ("tw-new-taipei-social-housing-trad", page(NAV_T, "2025/06/08 10:00",
     "新北市社會住宅今天動土，總工程費約25億元。", "預計提供1200戶。"), TWD),
    ("tw-executive-yuan-subsidy-trad", page(NAV_T, "2025/06/09 10:00",
     "行政院宣布，每名年輕人購買首購房可獲利息補貼最高4萬元。", "政策明年上路。"), TWD),
    ("tw-county-government-festival-trad", page(NAV_T, "2025/06/10 10:00",
     "縣府主辦的燈會今晚點燈，縣府投入經費3000萬元。", "預估吸引百萬人次參觀。"), TWD),
    ("tw-new-taipei-mrt-trad", page(NAV_T, "2025/06/11 10:00",
     "新北市今天宣布，輕軌延伸線工程經費約180億元。", "市議員要求如期完工。"), TWD),
    ("tw-health-insurance-hospital-trad", page(NAV_T, "2025/06/12 10:00",
     "健保給付新制上路，一名癌症病患每年可省下自費藥費約100萬元。", "病友團體表示肯定。"), TWD),
]

NEAR_MISSES = [
    # a Hong Kong page about a mainland deal in 人民幣 keeps the stated currency, its own bare 元 Hong Kong dollars
    ("hk-mainland-deal-renminbi-trad", page(NAV_T, "2025年7月1日",
     "一間本港上市公司今日宣布，以人民幣8億元收購一間內地物流企業。", "公司同時在屯門購入一幢貨倉，作價3.2億元。"), ["CNY", "HKD"]),
    ("hk-mainland-deal-renminbi-only-trad", page(NAV_T, "2025年7月2日",
     "港交所上市的一間內地房企公布，上半年合約銷售額為人民幣320億元。", "公司股價今日下跌3%。"), CNY),
    ("hk-mainland-deal-renminbi-mpf-trad", page(NAV_T, "2025年7月3日",
     "一間強積金受託人今日宣布，與內地銀行簽約，合作規模達人民幣50億元。", "新計劃的管理費每年約為2億元。"), ["CNY", "HKD"]),
    ("hk-mainland-deal-renminbi", page(NAV_S, "2025年7月1日",
     "一间本港上市公司今日宣布，以人民币8亿元收购一间内地物流企业。", "公司同时在屯门购入一幢货仓，作价3.2亿元。"), ["CNY", "HKD"]),
    # a mainland page with a stated 港元 keeps HKD for that figure, its bare 元 CNY
    ("cn-stated-hkd-listing", page(CN_NAV, "2025-07-04 10:00",
     "我市一家新能源企业今天在香港上市，募集资金约15亿港元。", "企业表示，将在本市投资3亿元建设研发中心。"), ["HKD", "CNY"]),
    ("cn-stated-hkd-bond", page(CN_NAV, "2025-07-05 10:00",
     "省财政厅在香港发行离岸债券20亿港元。", "募集资金将用于省内交通项目，配套省级资金10亿元。"), ["HKD", "CNY"]),
    ("cn-stated-hkd-donation", page(CN_NAV, "2025-07-06 10:00",
     "香港一位乡贤向家乡捐赠500万港元，用于兴建学校。", "县里配套资金300万元，新校舍明年启用。"), ["HKD", "CNY"]),
    ("cn-stated-hkd-listing-trad", page(CN_NAV_T, "2025-07-04 10:00",
     "我市一家新能源企業今天在香港上市，募集資金約15億港元。", "企業表示，將在本市投資3億元建設研發中心。"), ["HKD", "CNY"]),
    # mainland places and companies that hold a Hong Kong or Taiwan place's characters
    ("cn-chongqing-jiulongpo", page(CN_NAV, "2025-07-07 10:00",
     "重庆市九龙坡区今天集中开工重大项目28个。", "项目总投资超过300亿元，九龙坡区将提供全程代办服务。"), CNY),
    ("cn-jiulong-river", page(CN_NAV, "2025-07-08 10:00",
     "九龙江流域综合治理工程今天启动。", "工程总投资12亿元，九龙江沿岸将建设生态湿地。"), CNY),
    ("cn-changzhou-xinbei", page(CN_NAV, "2025-07-09 10:00",
     "常州市新北区今天举行重点项目签约仪式。", "签约项目15个，总投资80亿元，新北区将加快建设智能制造产业园。"), CNY),
    ("cn-kaide-company", page(CN_NAV, "2025-07-10 10:00",
     "某启德教育科技公司今天宣布完成新一轮融资。", "融资金额2亿元，将用于在全国新建100家学习中心。"), CNY),
    ("cn-chongqing-jiulongpo-trad", page(CN_NAV_T, "2025-07-07 10:00",
     "重慶市九龍坡區今天集中開工重大項目28個。", "項目總投資超過300億元，九龍坡區將提供全程代辦服務。"), CNY),
    ("cn-changzhou-xinbei-trad", page(CN_NAV_T, "2025-07-09 10:00",
     "常州市新北區今天舉行重點項目簽約儀式。", "簽約項目15個，總投資80億元，新北區將加快建設智能製造產業園。"), CNY),
    ("cn-office-housing-not-public-housing", page(CN_NAV, "2025-07-11 10:00",
     "某县为乡镇干部建设周转房，市住建局拨付资金800万元。", "县里还将改造一批公租房。"), CNY),
    # a Taiwan page naming Hong Kong or Macau stays Taiwan
    ("tw-hk-visitors-trad", page(NAV_T, "2025/07/12 10:00",
     "香港旅客來台人數回升，香港旅行團今年增加兩成，香港航空也加開班機。", "縣府將投入1000萬元行銷觀光。"), TWD),
    ("tw-macau-students-trad", page(NAV_T, "2025/07/13 10:00",
     "澳門學生來台就讀人數創新高，澳門僑生已逾5000人。", "教育部今年編列2億元獎助僑生，立委肯定。"), TWD),
    # a Hong Kong page naming a mainland partner city again and again stays Hong Kong
    ("hk-shenzhen-partner-trad", page(NAV_T, "2025年7月14日",
     "深圳一間科技企業今日宣布在新界設立研發中心。", "深圳總部將派員來港，中心投資約5億元，並與深圳高校合作。"), HKD),
    ("hk-gba-youth-trad", page(NAV_T, "2025年7月15日",
     "大灣區青年就業計劃今日公布新一輪資助，參加的公屋青年可到廣州、深圳、珠海工作。", "每名青年每月可獲津貼1萬元。"), HKD),
    # a Macau page naming Hengqin and Zhuhai stays Macau
    ("mo-hengqin-zhuhai-trad", page(NAV_T, "2025年7月16日",
     "社會工作局今日宣布，在橫琴居住的長者可繼續領取敬老金。", "珠海、橫琴及中山的長者服務點今年獲撥款500萬元。"), MOP),
    # Singapore and Malaysia pages naming Hong Kong stay their own
    ("sg-hk-partner", page("联合早报 首页 新闻 财经", "2025-07-17 10:00",
     "一家组屋区的连锁面包店今天宣布进军香港，首家香港分店将设在铜锣湾。", "公司去年营业额达1200万元。"), SGD),
    ("my-macau-tour", page("星洲日报 首页 国内 地方", "2025-07-18 10:00",
     "一个州议员团今天前往澳门考察，澳门旅游局官员接待。", "州政府拨款5万元资助考察团。"), MYR),
    ("sg-hk-listing-town-council", page(NAV_S, "2025-07-19 10:00",
     "一家新加坡物业公司今天在香港上市，香港投资者认购踊跃。", "公司将拨出200万元，与市镇理事会合作翻新组屋区的小贩中心。"), SGD),
    ("sg-macau-casino-report-trad", page("聯合早報 首頁 新聞 財經", "2025-07-20 10:00",
     "澳門賭場業績回升，澳門旅客量亦創新高。", "新加坡一家綜合度假村今天公布，上季盈利達2億元。"), SGD),
    ("my-hk-investor-johor", page(NAV_S, "2025-07-21 10:00",
     "（新山讯）一名香港投资者今天与柔佛州政府签约，香港公司将在依斯干达特区投资3亿元。", "州务大臣出席签约仪式。"), MYR),
    ("my-taiwan-students-trad", page("星洲日報 首頁 國內 地方", "2025-07-22 10:00",
     "今年赴台灣升學的獨中生人數回升，台灣大學校友會協助申請。", "校友會設立獎學金，每名學生可獲5000元。"), MYR),
    ("my-macau-tour-trad", page("星洲日報 首頁 國內 地方", "2025-07-18 10:00",
     "一個州議員團今天前往澳門考察，澳門旅遊局官員接待。", "州政府撥款5萬元資助考察團。"), MYR),
    ("sg-hk-partner-trad", page("聯合早報 首頁 新聞 財經", "2025-07-17 10:00",
     "一家組屋區的連鎖麵包店今天宣布進軍香港，首家香港分店將設在銅鑼灣。", "公司去年營業額達1200萬元。"), SGD),
    ("cn-hk-investment-fair-trad", page(CN_NAV_T, "2025-03-15 10:00",
     "某市在香港舉辦投資推介會，香港投資者踴躍參加。", "現場簽約項目18個，總投資96億元，其中香港資本項目佔六成，市委書記出席。"), CNY),
    ("cn-macau-youth-base-trad", page(CN_NAV_T, "2025-03-07 10:00",
     "澳門青年創新創業基地今天在某山市揭牌，市委常委出席。", "首批入駐澳門團隊12個，澳門青年可享受租金減免，市裏安排扶持資金3000萬元。"), CNY),
]

BANK = MAINLAND_PARTNERS + HONG_KONG_VOCABULARY + MACAU_VOCABULARY + TAIWAN_VOCABULARY + NEAR_MISSES

XFAIL: dict[str, str] = {
    "hk-kowloon-city-restaurant-trad": "the page's only Hong Kong sign is one district (九龍城), and one place shows no "
    "region alone: a mainland or Taiwan page names a partner's district in passing",
    "hk-shenzhen-partner-trad": "the page's only Hong Kong sign is one district (新界) against three mentions of a mainland "
    "city; 來港 is written by the mainland press too",
    "hk-mainland-deal-renminbi-mpf-trad": "one Hong Kong sign (強積金) against the mainland's 人民幣 is a tie, which stays "
    "mainland; the stated 人民幣 figure comes out right",
}


def _units(text: str) -> list:
    return [f.unit for f in extract(text).figures if f.kind == "money"]


@pytest.mark.parametrize("text,expected", [strict_case(row, XFAIL) for row in BANK])
def test_locale_evidence(text, expected):
    assert _units(text) == expected


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL, minimum=100)
