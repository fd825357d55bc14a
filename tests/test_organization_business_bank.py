"""Organisations in business, trade and sports news: invented sentences and short items, in Simplified and Traditional,
mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Each row asserts the exact set of organisations extract()
lists, compared as the scorer compares them (without one leading country or region word).

Expected values by ANNOTATION.md "Organisations" and "Borderline calls":

- a nationality or origin written before a company (德商, 日商, 美商, 港商, 台商, 陸資, 外商, 星商, 德企) is like a country
  word: no part of the name; nor is a kind of business written before one (零售商, 供应商, 贊助商, 承包商, 開發商, 券商);
  the same words alone, or before a generic noun (外商投資, 台商返鄉, 陸資企業), name no body, and a name that holds them
  (某某台商投資企業協會, 某市美國商會) keeps them;
- a Latin-script name after a kind of business (贊助商Korvane Sports, 新創公司Nuvora Biotech) or before a counted kind
  (A和B两家业者) is the organisation, written with its spaces; a Latin name closed by a Chinese ending (某某度假村,
  某某公司) keeps it; products, model numbers, units, people and English words (AI, ESG, APP) are none;
- a place or bloc before 企业/厂商/业者 (香港企业, 內地及東盟企業, 本地厂商) is a generic noun; so is a facility described
  by an indefinite numeral and 的 (建设一座…的智算中心), and a phrase in quotation marks that ends like a body
  (「在街角處遇見詩」); a named body (东盟秘书处, 某某智算中心有限公司) is one;
- 暨 inside one body's name (統計暨普查局, 某某體育協會暨奧林匹克委員會) keeps one entry; 暨 between two bodies (每一方
  written with its own place or name) gives two; a body named only inside an event's name joined with 暨 (某商会成立
  三十周年暨…就职典礼) is none, though a numbered session (某联合会第十届代表大会暨…) lists the body as the other banks do;
- an institution's short name before its unit (中研院某某研究中心 after 中央研究院某某研究中心) is a shorter re-mention,
  no new entry; another unit of the same institution is.

Every sentence, name and body is invented for this bank. Written, and committed, before running the extractor on it."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

ORIGIN_PREFIXES = [
    ("tw-de-shang-company-trad", "德商漢斯泰精密股份有限公司今天宣布在台南設立研發中心，預計投資新台幣二十億元。",
     {"漢斯泰精密股份有限公司"}),
    ("tw-ri-shang-company-trad", "日商三岡電子股份有限公司今年加碼投資新竹，預計新增三百個職缺。", {"三岡電子股份有限公司"}),
    ("tw-mei-shang-company-trad", "美商維爾康科技股份有限公司今天在台北舉行新品發表會。", {"維爾康科技股份有限公司"}),
    ("tw-gang-shang-company-trad", "港商富嘉投資控股有限公司宣布收購台中一棟商辦大樓。", {"富嘉投資控股有限公司"}),
    ("tw-lu-zi-company-trad", "投審會今天駁回陸資華川電子股份有限公司的投資申請。", {"投審會", "華川電子股份有限公司"}),
    ("tw-wai-shang-company-trad", "外商瑞德曼管理顧問股份有限公司今天宣布在高雄設點。", {"瑞德曼管理顧問股份有限公司"}),
    ("tw-han-shang-company-trad", "韓商大映化學股份有限公司今天在高雄舉行動土典禮。", {"大映化學股份有限公司"}),
    ("tw-fa-shang-company-trad", "法商蕾雅食品股份有限公司宣布撤出台灣市場。", {"蕾雅食品股份有限公司"}),
    ("tw-ri-shang-short-name-trad", "日商東和精機宣布在台中擴建工廠，預計明年投產。", {"東和精機"}),
    ("tw-mei-shang-latin-trad", "美商Orbital Networks今天宣布在台設立資料中心。", {"Orbital Networks"}),
    ("tw-ri-shang-latin-trad", "日商Kanade Robotics與經濟部簽署合作備忘錄。", {"Kanade Robotics", "經濟部"}),
    ("tw-de-shang-latin-legal-form-trad", "德商Brandt Maschinen GmbH今天宣布擴大在台採購。", {"Brandt Maschinen GmbH"}),
    ("cn-gang-shang-company", "港商恒晟实业有限公司在东莞投资建设智能工厂。", {"恒晟实业有限公司"}),
    ("cn-tai-shang-company", "台商鸿泰精密工业股份有限公司在昆山追加投资5亿元。", {"鸿泰精密工业股份有限公司"}),
    ("cn-de-shang-company", "德商克劳森机械（太仓）有限公司二期厂房昨日投产。", {"克劳森机械（太仓）有限公司"}),
    ("cn-de-qi-group", "德企豪恩斯集团在太仓新建的工厂正式投产。", {"豪恩斯集团"}),
    ("cn-ri-qi-company", "日企松原化工株式会社宣布在南通设立子公司。", {"松原化工株式会社"}),
    ("cn-wai-shang-company", "外商独资企业安博瑞医疗器械有限公司落户东林高新区。", {"安博瑞医疗器械有限公司"}),
    ("sg-xing-shang-company", "星商海鸿私人有限公司与柔佛州政府签署合作备忘录。", {"海鸿私人有限公司", "柔佛州政府"}),
    ("my-xing-shang-company-trad", "星商豐達物流私人有限公司宣布在新山設立區域倉庫。", {"豐達物流私人有限公司"}),
    ("hk-mei-shang-company-trad", "美商柯瑞數據有限公司宣布在香港設立亞太總部。", {"柯瑞數據有限公司"}),
    ("mo-gang-shang-company-trad", "港商德信酒店管理有限公司取得路氹一間酒店的管理權。", {"德信酒店管理有限公司"}),
    ("tw-tai-shang-people-near-miss-trad", "春節前夕，大批台商返鄉過年，機票一位難求。", set()),
    ("cn-gang-shang-delegation-near-miss", "港商考察团一行20人昨日到访东林，参观了当地产业园。", set()),
    ("tw-wai-shang-investment-near-miss-trad", "經濟部統計，去年外商投資金額創下新高。", {"經濟部"}),
    ("tw-wai-shang-bank-kind-near-miss-trad", "外商銀行今年在台獲利普遍成長。", set()),
    ("tw-lu-zi-enterprise-kind-near-miss-trad", "陸資企業來台投資須經主管機關審查。", set()),
    ("cn-tai-shang-association-name", "东林市台商投资企业协会会长林志强在会上致辞。", {"东林市台商投资企业协会"}),
    ("tw-tai-shang-association-name-trad", "澄溪台商投資企業協會今天召開理監事聯席會議。", {"澄溪台商投資企業協會"}),
    ("tw-american-chamber-name-trad", "台北市美國商會今天發表年度白皮書。", {"台北市美國商會"}),
    ("cn-ri-qi-kind-near-miss", "不少日企表示将继续扩大在华投资。", set()),
]

KIND_OF_BUSINESS_BEFORE = [
    ("cn-retailer-group", "零售商佳禾汇集团有限公司宣布关闭10家门店。", {"佳禾汇集团有限公司"}),
    ("hk-retailer-group-trad", "零售商嘉運集團有限公司昨日公布全年業績，純利按年上升一成。", {"嘉運集團有限公司"}),
    ("cn-retailer-short-group", "零售商百嘉集团今日宣布进军东南亚市场。", {"百嘉集团"}),
    ("tw-channel-short-group-trad", "通路商鼎嘉集團今天宣布今年展店計畫。", {"鼎嘉集團"}),
    ("cn-supplier-company", "供应商东晟精密科技有限公司表示，订单已排至明年。", {"东晟精密科技有限公司"}),
    ("tw-supplier-short-trad", "供應商聯鈞光電今天表示，下半年營收可望回溫。", {"聯鈞光電"}),
    ("hk-sponsor-company-trad", "贊助商凱躍運動用品有限公司宣布與球隊續約三年。", {"凱躍運動用品有限公司"}),
    ("cn-sponsor-company", "赞助商青禾乳业股份有限公司为比赛提供饮品。", {"青禾乳业股份有限公司"}),
    ("hk-contractor-company-trad", "承包商宏築建築工程有限公司須就工地意外負責。", {"宏築建築工程有限公司"}),
    ("cn-contractor-company", "承包商东建路桥工程有限公司已进场施工。", {"东建路桥工程有限公司"}),
    ("tw-developer-company-trad", "開發商澄峰建設股份有限公司今天公開新建案。", {"澄峰建設股份有限公司"}),
    ("hk-developer-company-trad", "發展商新嶺地產有限公司今日推出第二期單位。", {"新嶺地產有限公司"}),
    ("mo-operator-company-trad", "營運商澳嘉巴士股份有限公司宣布調整三條路線。", {"澳嘉巴士股份有限公司"}),
    ("my-dealer-company", "经销商金源汽车私人有限公司今天在吉隆坡推出新车。", {"金源汽车私人有限公司"}),
    ("sg-operator-company", "运营商城达交通私人有限公司表示，列车服务已经恢复。", {"城达交通私人有限公司"}),
    ("cn-manufacturer-company", "制造商瑞途动力科技有限公司今年交付电动巴士300辆。", {"瑞途动力科技有限公司"}),
    ("tw-builder-company-trad", "建商鼎峰建設股份有限公司今天推出新案，總銷約新台幣五十億元。", {"鼎峰建設股份有限公司"}),
    ("tw-broker-securities-trad", "券商元泰證券今天發布報告指出，台股下半年可望走高。", {"元泰證券"}),
    ("cn-us-retailer-company", "美国零售商格兰德百货公司宣布申请破产保护。", {"格兰德百货公司"}),
    ("tw-de-shang-parts-supplier-trad", "德商零件供應商海斯曼股份有限公司宣布在台設立物流中心。", {"海斯曼股份有限公司"}),
    ("my-wholesaler-company-trad", "批發商順豐貿易私人有限公司表示，食品價格將上調。", {"順豐貿易私人有限公司"}),
    ("sg-distributor-company", "分销商永兴电子私人有限公司今天宣布扩大仓储面积。", {"永兴电子私人有限公司"}),
    ("hk-operator-group-trad", "營運商東港巴士集團宣布加開兩條過海線。", {"東港巴士集團"}),
    ("cn-supplier-generic-near-miss", "多家供应商表示，原材料价格持续上涨。", set()),
    ("tw-developer-generic-near-miss-trad", "開發商普遍看好下半年房市。", set()),
    ("hk-sponsor-generic-near-miss-trad", "大會感謝各贊助商的支持。", set()),
    ("cn-contractor-generic-near-miss", "承包商须在规定期限内完成整改。", set()),
    ("tw-retailer-generic-near-miss-trad", "零售商擔心消費力道轉弱。", set()),
]

LATIN_NAMES = [
    ("hk-sponsor-latin-trad", "贊助商Korvane Sports亦宣布，將為球隊提供全新球衣。", {"Korvane Sports"}),
    ("cn-sponsor-latin", "赞助商Altavia Bank将冠名本届赛事。", {"Altavia Bank"}),
    ("sg-two-operators-latin", "Metrolink Transit和TLX两家业者今天宣布调整票价。", {"Metrolink Transit", "TLX"}),
    ("sg-two-operators-latin-trad", "Metrolink Transit和TLX兩家業者今天宣布調整票價。", {"Metrolink Transit", "TLX"}),
    ("tw-startup-latin-trad", "新創公司Nuvora Biotech提供快篩檢測服務。", {"Nuvora Biotech"}),
    ("cn-startup-latin", "初创公司Quillon Labs完成新一轮融资。", {"Quillon Labs"}),
    ("sg-operator-after-latin", "业者Quickway Logistics表示，配送服务不受影响。", {"Quickway Logistics"}),
    ("tw-operator-after-latin-trad", "業者Pixora Studio表示，新遊戲將於下月上線。", {"Pixora Studio"}),
    ("cn-supplier-latin", "供应商Helios Components已完成交付。", {"Helios Components"}),
    ("tw-chip-designer-latin-trad", "晶片設計公司Arcwave Semiconductor今天宣布推出新款處理器。", {"Arcwave Semiconductor"}),
    ("cn-ev-maker-latin", "电动车制造商Voltaro宣布在上海设立研发中心。", {"Voltaro"}),
    ("mo-resort-latin-acting-trad", "Solara Vista度假村宣布捐出一百萬澳門元予慈善團體。", {"Solara Vista度假村"}),
    ("mo-resort-latin-venue-near-miss-trad", "頒獎典禮昨晚在Solara Vista度假村舉行。", set()),
    ("my-bhd-latin", "Meravi Holdings Bhd今天宣布季度净利增长两成。", {"Meravi Holdings Bhd"}),
    ("my-bhd-latin-trad", "Meravi Holdings Bhd今天宣布季度淨利增長兩成。", {"Meravi Holdings Bhd"}),
    ("my-sdn-bhd-latin", "Sinar Jaya Sdn Bhd与州政府签署合作协议。", {"Sinar Jaya Sdn Bhd"}),
    ("sg-pte-ltd-latin", "Seralink Pte Ltd在裕廊设立新厂。", {"Seralink Pte Ltd"}),
    ("sg-pte-ltd-latin-trad", "Seralink Pte Ltd在裕廊設立新廠。", {"Seralink Pte Ltd"}),
    ("hk-limited-latin-trad", "Harbourline Holdings Limited昨日公布中期業績。", {"Harbourline Holdings Limited"}),
    ("cn-latin-with-gongsi", "Zentrix公司宣布在苏州设立亚太研发中心。", {"Zentrix公司"}),
    ("tw-latin-with-jituan-trad", "Quantix集團今天宣布收購一家本地軟體公司。", {"Quantix集團"}),
    ("cn-latin-with-legal-ending", "Nexora科技有限公司与东林市人民政府签约。", {"Nexora科技有限公司", "东林市人民政府"}),
    ("sg-payment-platform-latin", "支付平台PayNest宣布与本地银行合作。", {"PayNest"}),
    ("my-football-club-latin", "Selangor Rovers FC宣布签下巴西前锋。", {"Selangor Rovers FC"}),
    ("hk-ampersand-latin-trad", "Hartley & Sons Ltd宣布出售旗下物業。", {"Hartley & Sons Ltd"}),
    ("product-name-near-miss", "青松科技有限公司推出的Zentra X5手机今年销量突破百万台。", {"青松科技有限公司"}),
    ("product-name-near-miss-trad", "鼎泰電子股份有限公司推出的Nova Pro平板今年熱賣。", {"鼎泰電子股份有限公司"}),
    ("model-number-near-miss", "这款RX-700型电动车续航里程达500公里。", set()),
    ("unit-near-miss", "该项目装机容量达500MW，年发电量约8亿kWh。", set()),
    ("english-words-near-miss", "推动AI与ESG融合发展已成为企业共识。", set()),
    ("english-words-near-miss-trad", "市民可透過APP預約，並以QR Code付款。", set()),
    ("latin-person-near-miss", "执行长Mark Ellison表示，公司将继续扩张。", set()),
    ("latin-event-near-miss-trad", "他昨日在Asia Fintech Summit上發表演講。", set()),
    ("latin-product-series-near-miss", "Smart Home系列产品今年销量增长三成。", set()),
]

GENERIC_NOUNS = [
    ("hk-mainland-and-asean-firms-trad", "內地及東盟企業可在博覽會上對接商機。", set()),
    ("cn-hong-kong-firms", "香港企业积极开拓东盟市场。", set()),
    ("cn-local-manufacturers", "本地厂商订单明显回升。", set()),
    ("tw-taiwan-operators-trad", "台灣業者看好東南亞市場。", set()),
    ("my-malaysian-firms-trad", "大馬企業可申請出口補助。", set()),
    ("sg-singapore-smes", "新加坡中小企业面临人手短缺问题。", set()),
    ("mo-macau-smes-trad", "澳門中小企業可向當局申請免息貸款。", set()),
    ("cn-japanese-carmakers", "日本车企加快电动化转型。", set()),
    ("cn-european-manufacturers", "欧洲厂商纷纷来华设厂。", set()),
    ("cn-gba-firms", "粤港澳企业共同参与大湾区建设。", set()),
    ("tw-foreign-firms-in-taiwan-trad", "在台外商普遍看好半導體產業前景。", set()),
    ("hk-asean-manufacturers-trad", "東盟廠商踴躍來港參展。", set()),
    ("cn-foreign-funded-firms", "外资企业在华投资信心增强。", set()),
    ("tw-cross-strait-operators-trad", "兩岸業者可望在展會上洽談合作。", set()),
    ("my-state-manufacturers", "柔佛州厂商出口额按年增长。", set()),
    ("hk-trade-council-and-firms-trad", "香港貿易發展局表示，香港企業可借助東盟市場擴展業務。", {"貿易發展局"}),
    ("cn-asean-secretariat", "东盟秘书处今天发表声明，欢迎各方达成协议。", {"东盟秘书处"}),
    ("cn-asean-acting", "中国与东盟今天签署自由贸易协定升级议定书。", {"东盟"}),
    ("cn-asean-market-near-miss", "东盟市场潜力巨大，吸引众多企业布局。", set()),
    ("cn-compute-centre-described", "该市计划建设一座算力规模达3000P的智算中心。", set()),
    ("cn-school-described", "当地将新建一所可容纳1500名学生的中学。", set()),
    ("hk-hospital-described-trad", "政府將興建一間設有三百張病床的醫院。", set()),
    ("cn-institute-described", "双方将成立一家专注新能源材料的研究院。", set()),
    ("tw-logistics-centre-described-trad", "該公司將設立一個面積達五千平方公尺的物流中心。", set()),
    ("cn-innovation-centre-described", "园区将打造一个集研发与孵化于一体的创新中心。", set()),
    ("hk-incinerator-described-trad", "當局計劃建設一座年處理能力十萬噸的焚化廠。", set()),
    ("cn-two-schools-described", "今年将新建两所九年一贯制学校。", set()),
    ("sg-polyclinic-described", "政府将在榜鹅兴建一所新的综合诊疗所。", set()),
    ("my-laboratory-described-trad", "州政府將設立一間專研棕油技術的實驗室。", set()),
    ("cn-named-compute-centre-company", "东林智算中心有限公司负责该中心的日常运营。", {"东林智算中心有限公司"}),
    ("cn-company-builds-described-centre", "青松算力科技有限公司将投资建设一座算力规模达1000P的智算中心。", {"青松算力科技有限公司"}),
    ("tw-quoted-corner-theme-trad", "本屆藝術節以「在街角處遇見詩」為主題，邀請市民走進老城區。", set()),
    ("cn-quoted-not-far-theme", "活动以“幸福就在不远处”为主题，吸引了众多市民参与。", set()),
    ("cn-quoted-institute-theme", "以“梦想研究所”为题的科普展今天开展。", set()),
    ("hk-quoted-factory-activity-trad", "「快樂工廠」親子活動本週六舉行。", set()),
    ("tw-quoted-living-room-trad", "市府打造的「老街會客廳」今天開放參觀。", set()),
    ("cn-quoted-courtyard", "社区推出“文化大院”系列活动。", set()),
    ("mo-quoted-lab-theme-trad", "活動主題為「遇見未來實驗室」，共設十個攤位。", set()),
]

JI_INSIDE_AND_BETWEEN = [
    ("hk-sports-federation-ji-olympic-committee-trad", "澄灣體育協會暨奧林匹克委員會今日公布代表團名單。",
     {"澄灣體育協會暨奧林匹克委員會"}),
    ("hk-sports-federation-ji-olympic-committee", "澄湾体育协会暨奥林匹克委员会今日公布代表团名单。", {"澄湾体育协会暨奥林匹克委员会"}),
    ("cn-chamber-ji-industry-federation", "东林商会暨工业总会会长陈国华在会上致辞。", {"东林商会暨工业总会"}),
    ("my-chamber-ji-industry-federation-trad", "柔佛澄溪商會暨工業總會今天舉辦商貿交流會。", {"柔佛澄溪商會暨工業總會"}),
    ("mo-bureau-ji-inside-trad", "澳門旅遊暨會展促進局今日公布上月旅客人次。", {"旅遊暨會展促進局"}),
    ("my-ministry-ji-inside-trad", "科技暨創新部今天宣布撥款五千萬令吉。", {"科技暨創新部"}),
    ("tw-county-department-ji-inside-trad", "澄溪縣政府教育暨體育處今天表示，將增設運動場館。", {"澄溪縣政府教育暨體育處"}),
    ("tw-university-college-ji-inside-trad", "國立東嶺大學電機暨資訊學院今天與業界簽署合作協議。", {"國立東嶺大學電機暨資訊學院"}),
    ("cn-foundation-ji-inside", "亚洲足球暨青少年体育发展基金会今天宣布资助计划。", {"亚洲足球暨青少年体育发展基金会"}),
    ("cn-two-bodies-ji-with-places", "赛事由澄溪市体育局暨澄溪市体育总会联合主办。", {"澄溪市体育局", "澄溪市体育总会"}),
    ("tw-two-bodies-ji-with-places-trad", "東林縣政府暨東林縣議會今天聯合發表聲明。", {"東林縣政府", "東林縣議會"}),
    ("hk-two-bodies-ji-with-places-trad", "活動由澄灣足球總會暨澄灣賽馬會合辦。", {"澄灣足球總會", "澄灣賽馬會"}),
    ("sg-two-bodies-ji-with-places", "新加坡羽毛球总会暨新加坡体育理事会今天宣布新计划。", {"羽毛球总会", "体育理事会"}),
    ("cn-two-bodies-ji-with-one-name", "青松集团暨青松慈善基金会向灾区捐款500万元。", {"青松集团", "青松慈善基金会"}),
    ("tw-two-national-bodies-ji-trad", "教育部暨國科會今天共同宣布人才培育計畫。", {"教育部", "國科會"}),
    ("cn-culture-bodies-ji-organisers", "本次活动由东林市文化馆暨东林市非遗保护中心承办。", {"东林市文化馆", "东林市非遗保护中心"}),
    ("cn-chamber-anniversary-ji-event", "澄溪市总商会成立三十周年暨第八届理事会就职典礼昨晚举行。", set()),
    ("tw-university-anniversary-ji-event-trad", "東嶺大學六十週年校慶暨校友回娘家活動今天登場。", set()),
    # a numbered session after a body (某联合会第十届代表大会) is one of a series the body holds: the project's banks list
    # the body (tests/test_organization_precision_bank.py, event-university-games), and this row follows them
    ("my-association-congress-ji-event-trad", "馬來西亞澄溪會館聯合會第十屆代表大會暨就職典禮昨日舉行。", {"馬來西亞澄溪會館聯合會"}),
    ("cn-body-then-ji-event-organiser", "东林市商务局主办的东林茶博会暨招商推介会今天开幕。", {"东林市商务局"}),
]

SHORT_NAME_BEFORE_UNIT = [
    ("tw-academia-unit-remention-trad", "中央研究院海洋科學研究中心今天發表珊瑚復育成果。中研院海洋科學研究中心研究員表示，復育面積已擴大一倍。",
     {"中央研究院海洋科學研究中心"}),
    ("tw-academia-other-unit-near-miss-trad", "中央研究院海洋科學研究中心今天發表研究成果。中研院植物研究所也將參與後續計畫。",
     {"中央研究院海洋科學研究中心", "中研院植物研究所"}),
    ("tw-itri-unit-remention-trad", "工業技術研究院綠能與環境研究所今天發表新型電池。工研院綠能與環境研究所所長指出，量產時程預計明年。",
     {"工業技術研究院綠能與環境研究所"}),
    ("cn-university-unit-remention", "东林科技大学材料学院与青松集团共建联合实验室。东林科大材料学院院长表示，将派出20名研究人员。",
     {"东林科技大学材料学院", "青松集团"}),
    ("cn-cas-unit-remention", "中国科学院东林植物研究所发布新物种。中科院东林植物研究所研究员介绍，该物种仅分布于高山地区。",
     {"中国科学院东林植物研究所"}),
    ("cn-ndrc-unit-remention", "国家发展和改革委员会价格司今天召开座谈会。国家发改委价格司负责人表示，将稳定农产品价格。",
     {"国家发展和改革委员会价格司"}),
    ("hk-university-unit-remention-trad", "香港澄海大學商學院今日公布調查結果。澄大商學院教授指出，中小企信心回升。",
     {"澄海大學商學院"}),
    ("mo-university-unit-remention-trad", "澳門東林大學健康科學學院今日舉辦講座。東大健康科學學院院長致辭。",
     {"東林大學健康科學學院"}),
    ("sg-university-unit-remention", "新加坡东林大学商学院今天公布排名。东大商学院院长表示，课程将加入人工智能。",
     {"东林大学商学院"}),
    ("cn-short-first-then-full", "中科院东林植物研究所今天发布新物种。中国科学院东林植物研究所研究员介绍了发现经过。",
     {"中国科学院东林植物研究所"}),
    ("tw-ministry-unit-remention-trad", "經濟部產業發展署今天公布補助名單。產發署表示，共有一百家企業獲得補助。",
     {"經濟部產業發展署"}),
    ("cn-university-other-unit-near-miss", "东林科技大学材料学院与东林科大化学学院联合发布成果。",
     {"东林科技大学材料学院", "东林科大化学学院"}),
    ("hk-university-unit-remention-simplified", "香港澄海大学商学院今日公布调查结果。澄大商学院教授指出，中小企信心回升。",
     {"澄海大学商学院"}),
    ("my-university-unit-remention-trad", "馬來亞澄溪大學與東林大學醫學院合辦講座。東大醫學院院長出席。",
     {"馬來亞澄溪大學", "東林大學醫學院"}),
]

SPORTS_AND_TRADE_ITEMS = [
    ("sg-badminton-association", "新加坡羽毛球总会今天公布亚运会参赛名单。", {"羽毛球总会"}),
    ("my-football-association-sponsor-latin-trad", "馬來西亞足球總會昨日與贊助商Korvane Sports簽署三年合約。",
     {"足球總會", "Korvane Sports"}),
    ("cn-title-sponsor-bank", "冠名赞助商东晟银行宣布追加奖金。", {"东晟银行"}),
    ("hk-shirt-sponsor-company-trad", "球衣贊助商凱躍體育用品有限公司今日發布新球衣。", {"凱躍體育用品有限公司"}),
    ("hk-football-club-trad", "澄灣流浪足球會今日宣布簽下兩名外援。", {"澄灣流浪足球會"}),
    ("cn-club-and-sponsor", "东林足球俱乐部与赞助商青禾乳业股份有限公司续约。", {"东林足球俱乐部", "青禾乳业股份有限公司"}),
    ("cn-national-side-near-miss", "中国队以3比1战胜日本队。", set()),
    ("my-national-side-near-miss-trad", "馬來西亞隊昨晚以二比零擊敗泰國隊。", set()),
    ("tw-sponsor-trophy-near-miss-trad", "「鼎嘉盃」籃球賽今天開打，共有十六隊參賽。", set()),
    ("hk-trade-item-origin-and-kind-trad",
     "日商三岡電子股份有限公司與零售商嘉運集團有限公司今日簽署分銷協議。香港企業可透過平台採購。",
     {"三岡電子股份有限公司", "嘉運集團有限公司"}),
    ("tw-trade-item-origin-and-latin-trad",
     "美商Orbital Networks與供應商聯鈞光電今天宣布合作。在台外商看好AI伺服器需求。",
     {"Orbital Networks", "聯鈞光電"}),
    ("cn-trade-item-generic-and-named",
     "东林市商务局表示，本地厂商和外资企业均可申报。供应商东晟精密科技有限公司已率先提交材料。",
     {"东林市商务局", "东晟精密科技有限公司"}),
    ("sg-trade-item-latin-and-generic",
     "Seralink Pte Ltd和Quickway Logistics两家业者今天宣布合并。新加坡中小企业可享受新服务。",
     {"Seralink Pte Ltd", "Quickway Logistics"}),
    ("my-trade-item-xing-shang-and-ji-trad",
     "星商豐達物流私人有限公司今天與柔佛澄溪商會暨工業總會簽署備忘錄。大馬企業可受惠。",
     {"豐達物流私人有限公司", "柔佛澄溪商會暨工業總會"}),
    ("mo-trade-item-resort-and-bureau-trad",
     "Solara Vista度假村與旅遊暨會展促進局合辦推廣活動。本澳業界反應熱烈。",
     {"Solara Vista度假村", "旅遊暨會展促進局"}),
    ("cn-trade-item-facility-and-company",
     "青松算力科技有限公司将在东林建设一座算力规模达2000P的智算中心。东林市发改委表示，项目明年投用。",
     {"青松算力科技有限公司", "东林市发改委"}),
]

RULE_TABLE = [  # written with the rules, after the bank: near misses each rule must leave alone, and the other script
    ("rule-origin-before-bare-kind-near-miss", "港资企业和台资企业在当地投资踊跃。", set()),
    ("rule-zhongshang-opens-a-name", "中商联合集团今日宣布收购一家物流公司。", {"中商联合集团"}),
    ("rule-trade-kind-then-common-words-near-miss", "供应商提供电子发票后即可报销。", set()),
    ("rule-trade-kind-then-short-name-trad", "經銷商鼎成汽車今天宣布擴大服務據點。", {"鼎成汽車"}),
    ("rule-latin-before-counted-products-near-miss", "Aero和Nimbus两款手机今年销量大增。", set()),
    ("rule-bloc-as-destination-near-miss", "代表团今天启程赴东盟考察。", set()),
    ("rule-bloc-acting-trad", "歐盟今天宣布對進口鋼材加徵關稅。", {"歐盟"}),
    ("rule-country-bank-is-a-name-trad", "日本銀行今天宣布維持利率不變。", {"日本銀行"}),
    ("rule-quoted-company-acting-trad", "「東林電力有限公司」今日宣布調整電費。", {"東林電力有限公司"}),
    ("rule-ji-opening-a-university-name", "暨南大学今天公布录取分数线。", {"暨南大学"}),
    ("rule-government-ji-association-two-bodies", "澄溪市体育局暨市体育总会今天发布通知。", {"澄溪市体育局", "市体育总会"}),
]

BANK = (ORIGIN_PREFIXES + KIND_OF_BUSINESS_BEFORE + LATIN_NAMES + GENERIC_NOUNS + JI_INSIDE_AND_BETWEEN
        + SHORT_NAME_BEFORE_UNIT + SPORTS_AND_TRADE_ITEMS + RULE_TABLE)

XFAIL: dict[str, str] = {
    "tw-lu-zi-company-trad": "the tagger cuts the committee's short name into a verb and 會 (投審|會), and 會 alone builds no name "
                             "from the words before it (it ends 年會, 展會)",
    "cn-latin-with-gongsi": "设立亚太研发中心: the tagger marks 亚太研发 as a name and the dictionary holds 亚太 as a name (nr) and "
                            "研发 as an abbreviation (j), so nothing tells the kind being set up from a named centre",
    "hk-football-club-trad": "jieba cuts 流浪|足球|會 with 會 read as a verb, so the ending 足球會 is never a word and 會 alone builds "
                             "nothing",
    "rule-government-ji-association-two-bodies": "jieba joins 暨 to the level after it (暨市|体育|总会) and the tagger reads the "
                                                 "words as conjunctions, so no second body is built",
}


def test_organization_business_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_business_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
