"""Organisation precision in paragraphs of long reports: invented paragraphs of two to six sentences, of the kind
found deep in long pages (results, policy, court, disaster, council and community reports), in Simplified and
Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Each row asserts the exact set of
organisations extract() lists for the paragraph: what must be there and what must not.

Expected values by ANNOTATION.md "Organisations" and "Borderline calls":

- generic references name no body: 该公司, 本集团, 有关部门, 各区政府, 相关企业, 多家银行, 当地政府, 涉事企业;
- a level of government without its place is none (市委, 省政府, 区政府, 特區政府, 縣府), even inside a title;
- descriptions of a kind are none (民营企业, 外资银行, 上市公司, 龙头企业, 国有企业, 中資銀行);
- a venue where something is held is none (会展中心, 體育館, 文化中心, 酒店), nor is a building (…中心大厦, …金融中心),
  a street (…法院街, 大學道), a product, an account name or a media credit (图/…, 来源：…, 微信公众号…);
- a body named only inside an event's or a case's name is none (…百年校庆, …诈骗案);
- a plan, programme, project, fund, award or law whose name ends like a body (…中心城市建设方案, …数据中心项目,
  …委员会组织条例, 《…中心管理办法》) is none;
- recall controls on the same paragraphs: departments named by function (市发改委, 区教育局, 立法會財務委員會),
  named national institutions without a place (国务院, 立法會, 行政院, 全国人大), companies with Latin-script names,
  and a short form after the full name (one entry, the longest written form).

Every paragraph, name and body is invented for this bank; none is copied from an article. Written before looking at
what the extractor gives on them, so the table is the annotation rule, not the output. Names are compared as the
scorer compares them: without one leading country or region word."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

GENERIC_REFERENCES = [
    ("generic-the-company", "青松科技股份有限公司昨晚发布年报。该公司全年营业收入增长12%，净利润创上市以来新高。"
     "公司表示，明年将继续加大研发投入。", {"青松科技股份有限公司"}),
    ("generic-the-company-trad", "東林航運集團有限公司昨日公布中期業績。該公司表示，受運費回落影響，上半年盈利下跌兩成。"
     "集團管理層預期下半年貨量將逐步回升。", {"東林航運集團有限公司"}),
    ("generic-our-group", "本集团将继续推进数字化转型。本集团旗下各子公司均已完成系统升级。董事会认为，相关投入将在三年内见效。",
     set()),
    ("generic-our-group-trad", "本集團今年將繼續拓展東南亞市場。本集團旗下酒店業務表現理想，入住率回升至八成。", set()),
    ("generic-relevant-departments", "事故发生后，有关部门第一时间赶到现场处置。相关部门表示，将尽快查明原因。"
     "青山市应急管理局已派出工作组。", {"青山市应急管理局"}),
    ("generic-relevant-departments-trad", "事件發生後，有關部門已介入調查。相關部門表示會嚴肅處理，消防處亦派員到場協助。",
     {"消防處"}),
    ("generic-each-district-government", "各区政府要切实履行属地责任。各区政府应于月底前上报整改情况。东林市住房和城乡建设局将进行抽查。",
     {"东林市住房和城乡建设局"}),
    ("generic-each-county-government-trad", "各縣市政府應於本月底前完成盤點。各縣市政府若有困難，可向內政部提出申請。",
     {"內政部"}),
    ("generic-related-enterprises", "相关企业须在规定期限内完成整改。对拒不整改的相关企业，将依法予以处罚。"
     "南屏市生态环境局已约谈三家企业负责人。", {"南屏市生态环境局"}),
    ("generic-related-enterprises-trad", "相關企業須於限期內完成整改。涉事企業負責人已被約見，環境保護署表示將跟進。",
     {"環境保護署"}),
    ("generic-many-banks", "近日多家银行下调存款利率。多家银行表示，此举是为了稳定净息差。业内人士认为，利率仍有下行空间。",
     set()),
    ("generic-many-banks-trad", "本港多家銀行今日宣布下調最優惠利率。多間銀行表示，調整即日生效。", set()),
    ("generic-local-government", "当地政府已组织力量开展救援。当地政府表示，将妥善安置受灾群众。云溪县民政局已调拨救灾物资。",
     {"云溪县民政局"}),
    ("generic-local-government-trad", "當地政府已宣布進入緊急狀態。當地政府表示，將盡快恢復供電，台灣電力公司亦已派員搶修。",
     {"台灣電力公司"}),
    ("generic-the-bank-after-name", "东林农村商业银行今年新增涉农贷款80亿元。该行表示，将继续加大对小微企业的支持。本行客户可通过手机银行办理。",
     {"东林农村商业银行"}),
    ("generic-the-bank-after-name-trad", "南洋東林銀行今日公布業績。該行表示，淨息差收窄，但本行資本充足率仍維持穩健。",
     {"南洋東林銀行"}),
    ("generic-the-school", "青山市第二中学今年高考成绩优异。该校有30名学生被重点大学录取。学校表示，将继续推进课程改革。",
     {"青山市第二中学"}),
    ("generic-the-school-trad", "東林中學今年文憑試成績理想。該校有十名學生考獲最高分。校方表示感謝老師的付出。",
     {"東林中學"}),
    ("generic-the-hospital-trad", "東林醫院今日公布，傷者情況穩定。該院表示，已安排社工跟進。醫院管理局亦已獲通報。",
     {"東林醫院", "醫院管理局"}),
    ("generic-the-association", "青山市餐饮行业协会发出倡议。该协会呼吁会员单位杜绝浪费。协会秘书长表示，已有200家餐馆响应。",
     {"青山市餐饮行业协会"}),
    ("generic-upstream-firms", "上下游企业普遍反映订单不足。部分中小企业表示资金压力较大。东林市工业和信息化局将出台纾困措施。",
     {"东林市工业和信息化局"}),
    ("generic-the-platform-malaysia", "该平台已在全马设立十个据点。该平台负责人表示，明年将扩展至东马。马来西亚通讯及多媒体委员会已发出执照。",
     {"马来西亚通讯及多媒体委员会"}),
]

LEVELS_WITHOUT_PLACE = [
    ("level-city-committee", "会议传达学习了市委全会精神。市委常委会要求，各级干部要扛起责任。南屏市委宣传部负责组织宣讲。",
     {"南屏市委宣传部"}),
    ("level-provincial-government", "省政府近日印发实施意见。省政府常务会议指出，要稳住外贸基本盘。青山省商务厅将牵头落实。",
     {"青山省商务厅"}),
    ("level-sar-government-trad", "特區政府今日公布新一輪防疫措施。特區政府發言人表示，措施將於下周一生效。衞生署將加強巡查。",
     {"衞生署"}),
    ("level-district-government-in-title", "区政府副区长李明出席活动。区委书记王芳在讲话中强调，要把实事办好。东林区教育局作了表态发言。",
     {"东林区教育局"}),
    ("level-county-government-trad", "縣府今天召開記者會說明災情。縣府表示，已動用第二預備金。東林縣政府消防局出動二十名人力。",
     {"東林縣政府消防局"}),
    ("level-town-party-committee", "镇党委、镇政府高度重视此项工作。镇党委书记带队走访农户。云溪县农业农村局派出技术人员指导。",
     {"云溪县农业农村局"}),
    ("level-municipal-peoples-congress", "市人大常委会今天审议了该草案。市人大常委会主任在会上指出，立法要接地气。",
     set()),
    ("level-city-government-trad", "市府今日宣布調漲垃圾清運費。市府表示，已與議會充分溝通。東林市議會昨天三讀通過相關自治條例。",
     {"東林市議會"}),
    ("level-management-committee", "管委会主任表示，园区今年新引进项目40个。管委会将进一步优化营商环境。", set()),
    ("level-provincial-party-committee-in-title", "省委书记在调研时强调，要抓好防汛工作。省委常委、秘书长陪同调研。青山省水利厅汇报了汛情。",
     {"青山省水利厅"}),
    ("level-state-government-malaysia", "州政府今天宣布拨款五百万令吉。州政府发言人表示，款项将用于修复道路。雪兰莪州公共工程局负责施工。",
     {"雪兰莪州公共工程局"}),
    ("level-state-government-trad", "州政府今日宣佈撥款三百萬令吉。州政府將與檳城州水務局合作，改善供水系統。",
     {"檳城州水務局"}),
    ("level-central-government-near-miss", "中央政府一直支持香港发展。中央政府驻港联络办公室负责人表示，将继续做好服务。",
     {"中央政府", "中央政府驻港联络办公室"}),
    ("level-macau-government-trad", "特區政府今日公布施政報告。特區政府表示，將繼續支持中小企業。經濟及科技發展局將推出新一輪資助。",
     {"經濟及科技發展局"}),
    ("level-with-place-near-miss", "东林市人民政府今天召开常务会议。会议由东林市委副书记主持。市政府各部门负责人列席。",
     {"东林市人民政府", "东林市委"}),
    ("level-with-place-near-miss-trad", "東林縣政府今天召開記者會。縣長表示，縣府將全力配合中央。行政院已核定特別預算。",
     {"東林縣政府", "行政院"}),
    ("level-township-office-trad", "鄉公所今天發放慰問金。鄉公所人員表示，受災戶可到現場登記。東林縣社會處協助造冊。",
     {"東林縣社會處"}),
    ("level-village-committee", "村委会组织村民清理河道。村委会主任说，今年还要修好两条村道。", set()),
]

DESCRIPTIONS = [
    ("description-private-enterprises", "民营企业是稳就业的主力军。今年以来，民营企业新增就业岗位12万个。东林市工商业联合会调研了200家企业。",
     {"东林市工商业联合会"}),
    ("description-private-enterprises-trad", "民營企業對前景轉趨審慎。多家民營企業表示會暫緩擴張。東林市工業總會呼籲政府推出支援措施。",
     {"東林市工業總會"}),
    ("description-foreign-banks", "外资银行加快布局境内市场。今年已有三家外资银行获批设立分行。国家金融监督管理总局表示，将继续扩大开放。",
     {"国家金融监督管理总局"}),
    ("description-foreign-banks-trad", "外資銀行近年積極擴展本地業務。有外資銀行表示，將增聘五十名員工。香港金融管理局表示歡迎。",
     {"香港金融管理局"}),
    ("description-listed-companies", "截至目前，全市上市公司达到58家。上市公司总市值突破一万亿元。东林证券交易所的数据显示，今年新增9家。",
     {"东林证券交易所"}),
    ("description-listed-companies-trad", "上市公司今年派息普遍增加。部分上市公司更宣布回購股份。證券及期貨事務監察委員會提醒投資者留意風險。",
     {"證券及期貨事務監察委員會"}),
    ("description-leading-enterprises", "全市培育龙头企业32家。龙头企业带动上下游配套企业500余家。青山市农业农村局将给予奖励。",
     {"青山市农业农村局"}),
    ("description-state-owned-enterprises", "国有企业要带头稳投资。市属国有企业今年计划投资300亿元。东林市国资委将加强考核。",
     {"东林市国资委"}),
    ("description-state-owned-trad", "國營事業今年營收普遍成長。國營事業員工可望加薪。經濟部國營事業管理司表示，將檢討薪資結構。",
     {"經濟部國營事業管理司"}),
    ("description-tech-firms", "一批科技型中小企业脱颖而出。高新技术企业数量突破3000家。南屏市科学技术局表示，将继续落实减税政策。",
     {"南屏市科学技术局"}),
    ("description-chinese-funded-banks-trad", "中資銀行在港業務穩步增長。多家中資金融機構擴大招聘。香港銀行公會表示，行業整體穩健。",
     {"香港銀行公會"}),
    ("description-local-firms-singapore", "本地中小企业普遍面对人力短缺。一些本地企业已开始引进自动化设备。新加坡企业发展局推出了新的津贴计划。",
     {"新加坡企业发展局"}),
    ("description-local-firms-malaysia-trad", "本地中小企業面對原料成本上漲。部分華資企業已轉向越南設廠。馬來西亞中華總商會表示關注。",
     {"馬來西亞中華總商會"}),
    ("description-insurers", "各保险机构要加快理赔进度。多家财险公司已开通绿色通道。东林人寿保险股份有限公司已预赔300万元。",
     {"东林人寿保险股份有限公司"}),
    ("description-universities-of-a-place-trad", "本地大學今年收生人數上升。多所大學表示會增設人工智能課程。東林理工大學率先開辦碩士課程。",
     {"東林理工大學"}),
    ("description-brokerages", "头部券商纷纷上调目标价。部分中小券商则较为谨慎。青松证券股份有限公司研究所预计，行业利润将回升。",
     {"青松证券股份有限公司研究所"}),
    ("description-platform-companies", "平台企业要承担起更多社会责任。一些平台企业已主动降低佣金。南屏市市场监督管理局召开行政指导会。",
     {"南屏市市场监督管理局"}),
    ("description-property-developers-trad", "發展商近期積極推盤。多個大型發展商均以低價開售。地產建設商會表示市況回穩。",
     {"地產建設商會"}),
]

VENUES_AND_BUILDINGS = [
    ("venue-exhibition-centre", "开幕式在东林国际会展中心举行。来自30个国家的500家企业参展。主办方青山市贸促会表示，展会规模创历届之最。",
     {"青山市贸促会"}),
    ("venue-gymnasium-trad", "比賽在東林體育館舉行。來自十八區的隊伍參加。康樂及文化事務署派員到場支援。",
     {"康樂及文化事務署"}),
    ("venue-culture-centre", "颁奖典礼在青山市文化中心大剧院举行。东林市文化广电旅游局局长出席并致辞。", {"东林市文化广电旅游局"}),
    ("venue-culture-centre-trad", "音樂會在東林文化中心音樂廳舉行。東林管弦樂團演出了三首新作品。", {"東林管弦樂團"}),
    ("venue-hotel", "签约仪式在青山国际大酒店举行。青松集团与东林大学签署战略合作协议。",
     {"青松集团", "东林大学"}),
    ("venue-hotel-trad", "酒會在東林君悅酒店舉行。澳門東林商會會長致辭時表示，商會將繼續支持青年創業。", {"澳門東林商會"}),
    ("venue-convention-centre-macau-trad", "論壇在澳門東林會展中心舉行。澳門貿易投資促進局表示，今年共吸引三千名客商。",
     {"澳門貿易投資促進局"}),
    ("venue-stadium-singapore", "国庆庆典在东林体育场举行。新加坡国防部负责统筹表演。", {"新加坡国防部"}),
    ("venue-arena-malaysia-trad", "晚會在東林綜合體育館舉行。雪隆東林會館主辦，吸引二千人出席。", {"雪隆東林會館"}),
    ("building-financial-centre", "东林国际金融中心大厦今天封顶。大厦高350米，是全市最高建筑。项目由青松建设集团有限公司承建。",
     {"青松建设集团有限公司"}),
    ("building-financial-centre-trad", "東林國際金融中心二期今日落成。大樓共有六十層，主要租戶包括東林證券有限公司。",
     {"東林證券有限公司"}),
    ("building-tower-named-after-company", "青松大厦位于东林路与青山路交会处。大厦一层设有便民服务大厅。", set()),
    ("building-plaza-trad", "東林廣場今日起閉館維修。商場管理公司表示，工程為期兩個月。", set()),
    ("building-service-centre-as-place", "市民可到东林区政务服务中心办理相关业务。办理时间为工作日上午9时至下午5时。", set()),
    ("building-service-centre-acts-near-miss", "东林区政务服务中心今年共办理业务60万件。该中心推出“一窗通办”改革，群众满意度达99%。",
     {"东林区政务服务中心"}),
    ("venue-hall-taiwan-trad", "頒獎典禮在東林縣演藝廳舉行。東林縣文化局局長頒發獎狀給得獎學生。", {"東林縣文化局"}),
    ("venue-museum-as-place", "展览在青山博物馆二楼展厅举行，展期三个月。市民可通过网上预约参观。", set()),
    ("venue-museum-acts-near-miss-trad", "東林博物館今日宣布，將向市民免費開放。館方表示，新展覽將於下月推出。", {"東林博物館"}),
]

STREETS_PRODUCTS_ACCOUNTS = [
    ("street-named-after-court", "事故发生在东林市法院街与青山路交叉口。一辆货车与电动车相撞，所幸无人受伤。", set()),
    ("street-university-road-trad", "事發地點位於大學道近東林街交界。警方封閉部分行車線。", set()),
    ("street-bank-street", "银行街改造工程今天完工。改造后的街道新增绿地2000平方米。", set()),
    ("street-with-body-near-miss", "青山市公安局交通警察支队对青山路实施临时交通管制。管制时间为晚上8时至次日凌晨2时。",
     {"青山市公安局交通警察支队"}),
    ("product-phone", "青松集团发布新款“云帆X9”手机。该机搭载自研芯片，售价3999元起。", {"青松集团"}),
    ("product-software-centre", "这款名为“智慧调度中心”的软件已在20个城市上线。开发方东林数码科技有限公司表示，明年将推出海外版。",
     {"东林数码科技有限公司"}),
    ("product-car-trad", "東林汽車推出新款電動車「青雲」。新車續航里程達六百公里，預計下月交車。", {"東林汽車"}),
    ("product-app-trad", "市民可透過「東林通」手機程式查詢。程式由數碼政策辦公室開發。", {"數碼政策辦公室"}),
    ("product-brand-malaysia", "青山牌白咖啡销往二十个国家。生产商马来西亚东林食品有限公司计划扩建厂房。", {"东林食品有限公司"}),
    ("account-wechat", "据微信公众号“东林发布”消息，本周末将有强降雨。东林市气象台发布暴雨黄色预警。",
     {"东林市气象台"}),
    ("account-weibo-trad", "據微博帳號「東林交通」消息，港鐵東林線列車服務一度受阻。港鐵公司表示已派員處理。",
     {"港鐵公司"}),
    ("account-douyin", "抖音账号“青山生活圈”发布的视频显示，现场浓烟滚滚。青山市消防救援支队出动8辆消防车。",
     {"青山市消防救援支队"}),
    ("credit-photo", "图为市民在东林湖畔赏花。（图/青山日报 记者李明 摄）", set()),
    ("credit-photo-trad", "圖為市民排隊購票。（圖片來源：東林日報）", set()),
    ("credit-source-line", "本文来源：东林晚报。转载请注明出处。", set()),
    ("credit-video-trad", "（影片來源：東林電視台）事發時路人用手機拍下整個過程。", set()),
    ("credit-editor-and-body", "南屏市统计局数据显示，一季度全市GDP增长5.2%。（编辑：王晓 审核：刘洋）", {"南屏市统计局"}),
    ("credit-source-with-body-trad", "經濟部統計處今天公布外銷訂單數據。（資料來源：經濟部統計處）", {"經濟部統計處"}),
]

INSIDE_EVENT_OR_CASE = [
    ("event-centenary", "东林大学百年校庆大会今天举行。数万名校友从世界各地赶回母校。", set()),
    ("event-centenary-near-miss", "东林大学今天举行建校一百周年庆祝大会。校长在大会上回顾了学校的发展历程。", {"东林大学"}),
    ("event-company-anniversary-trad", "東林銀行成立七十周年慶祝酒會今晚舉行。多位政商界人士出席。", set()),
    ("case-fraud", "“东林金服非法吸收公众存款案”今天一审宣判。青山市中级人民法院以非法吸收公众存款罪判处主犯有期徒刑十年。",
     {"青山市中级人民法院"}),
    ("case-fraud-trad", "「東林投資詐騙案」今日在區域法院開審。控方指案中涉及金額逾三億元。", {"區域法院"}),
    ("case-bribery", "“青山港务腐败窝案”今天开庭。东林市人民检察院指控其非法收受财物2000余万元。",
     {"东林市人民检察院"}),
    ("case-named-body-near-miss-trad", "東林金融集團被控洗錢一案今日開審。該集團否認所有控罪。臺灣東林地方法院將於下月宣判。",
     {"東林金融集團", "東林地方法院"}),
    ("event-company-meeting", "青松集团2025年度工作会议在东林召开。会议总结了过去一年的工作。", set()),
    ("event-association-dinner-trad", "雪隆東林公會六十周年紀念晚宴昨晚舉行。馬來西亞首相署部長出席。", {"首相署"}),
    ("event-university-games", "青山大学第三届运动会今天开幕。来自全校的两千名运动员参加比赛。", set()),
    ("event-hospital-anniversary-trad", "東林醫院開院五十周年慶典今日舉行。典禮由衞生局局長主禮。", {"衞生局"}),
    ("case-accident", "“东林化工厂爆炸事故”调查报告公布。应急管理部认定这是一起生产安全责任事故。", {"应急管理部"}),
    ("event-forum-of-a-body-trad", "東林大學國際學術研討會今日開幕。研討會為期三天。", set()),
    ("event-press-conference", "东林市政府新闻发布会今天上午举行。发布人介绍了全年经济运行情况。", set()),
]

PLANS_FUNDS_AWARDS_LAWS = [
    ("plan-consumption-centre-city", "东林市印发《国际消费中心城市建设实施方案》。方案提出，到2027年社会消费品零售总额突破万亿元。"
     "东林市商务局负责牵头落实。", {"东林市商务局"}),
    ("plan-consumption-centre-city-trad", "東林市公布《國際消費中心城市培育方案》。方案提出多項措施。東林市商務局將牽頭推動。",
     {"東林市商務局"}),
    ("project-data-centre", "青山大数据中心项目今天开工。项目总投资50亿元，建成后将提供10万个机柜。", set()),
    ("project-data-centre-trad", "東林數據中心工程今日動工，預計兩年內完成。工程總投資約二十億元。", set()),
    ("law-committee-regulation", "《东林市居民委员会工作条例》将于7月1日起施行。条例明确了居民委员会的职责。", set()),
    ("law-committee-regulation-trad", "《東林市業主委員會管理辦法》今日刊憲。辦法規定業主委員會須每年召開會議。", set()),
    ("law-centre-measures", "《青山市数据中心管理办法》正式印发。办法对数据中心能耗作出限制。青山市大数据局负责解释。",
     {"青山市大数据局"}),
    ("fund-innovation", "东林市科技创新基金今年共资助项目120个。基金规模已达10亿元。", set()),
    ("fund-innovation-trad", "創新及科技基金今年共批出三百個項目。基金由創新科技署管理。", {"創新科技署"}),
    ("fund-foundation-near-miss", "青山慈善基金会今天向山区学校捐赠图书1万册。该基金会表示，将持续关注乡村教育。",
     {"青山慈善基金会"}),
    ("award-prize", "他的研究成果获得青山市科学技术进步奖一等奖。该奖项每两年评选一次。", set()),
    ("award-prize-trad", "該片榮獲東林電影節最佳影片獎。導演表示，會繼續拍攝本土題材。", set()),
    ("award-named-after-body", "东林大学青年教师奖今天颁发。20名教师获奖。", set()),
    ("programme-centre-scheme-trad", "「社區中心活化計劃」今年共資助二十個項目。計劃由民政事務總署推行。",
     {"民政事務總署"}),
    ("programme-singapore", "新加坡推出乐龄科技计划，帮助年长者使用手机。资讯通信媒体发展局负责推行。",
     {"资讯通信媒体发展局"}),
    ("programme-malaysia-trad", "大馬數碼經濟藍圖第二階段正式啟動。馬來西亞數碼經濟機構將負責執行。", {"馬來西亞數碼經濟機構"}),
    ("plan-research-centre-to-build", "规划提出，要建设国家级区域医疗中心。到2028年，全市将新增床位5000张。", set()),
    ("law-amendment-taiwan-trad", "《公平交易委員會組織法》修正草案今天送立法院審議。草案擬擴大委員人數。", {"立法院"}),
]

RECALL = [
    ("recall-function-department", "市发改委、市财政局联合印发通知。通知要求各单位加快项目建设进度。", {"市发改委", "市财政局"}),
    ("recall-function-department-trad", "經發局今日公布新措施。勞工局表示，將配合推出培訓課程。", {"經發局", "勞工局"}),
    ("recall-legco-committee-trad", "立法會財務委員會今日通過撥款申請。立法會將於下周繼續審議條例草案。",
     {"立法會財務委員會", "立法會"}),
    ("recall-national-institutions", "国务院常务会议审议通过了该条例草案。全国人大常委会将于下月审议。", {"国务院", "全国人大常委会"}),
    ("recall-executive-yuan-trad", "行政院今天通過草案。立法院將於下週審議，監察院亦表示關注。", {"行政院", "立法院", "監察院"}),
    ("recall-latin-company", "Novatech公司与青松集团签署合作协议。Novatech公司将在东林设立研发中心。",
     {"Novatech公司", "青松集团"}),
    ("recall-latin-company-trad", "Brightway Capital今日宣布入股東林科技。東林科技表示，資金將用於研發。",
     {"Brightway Capital", "東林科技"}),
    ("recall-latin-with-country", "美国Zentrix公司宣布在青山投资建厂。青山市投资促进局表示，项目明年投产。",
     {"Zentrix公司", "青山市投资促进局"}),
    ("recall-short-form-after-full", "东林市发展和改革委员会（以下简称“市发改委”）今天发布通知。市发改委要求各区加快项目审批。",
     {"东林市发展和改革委员会"}),
    ("recall-short-form-after-full-trad", "東林大學醫學院今日宣布成立新研究所。東大醫學院院長表示，研究所將專注癌症研究。",
     {"東林大學醫學院"}),
    ("recall-abbreviation-in-brackets", "新加坡金融管理局（金管局）今天宣布维持货币政策不变。金管局表示，通胀压力有所缓解。",
     {"新加坡金融管理局"}),
    ("recall-abbreviation-in-brackets-trad", "馬來西亞證券監督委員會（證監會）今日發出警告。證監會提醒公眾提防投資騙局。",
     {"馬來西亞證券監督委員會"}),
    ("recall-district-bureau", "东林区教育局、区卫生健康局联合开展检查。检查共发现问题12个。", {"东林区教育局", "区卫生健康局"}),
    ("recall-macau-bureaus-trad", "澳門治安警察局與司法警察局聯合展開行動。行動中拘捕三名男子。", {"治安警察局", "司法警察局"}),
    ("recall-party-departments", "省委统战部、省工商联联合召开座谈会。30位民营企业家参加座谈。", {"省委统战部", "省工商联"}),
    ("recall-city-tourism-association", "市旅游协会发出倡议，呼吁会员单位诚信经营。市旅游协会还公布了投诉电话。", {"市旅游协会"}),
    ("recall-company-short-form-trad", "東林電訊有限公司今日公布業績。東林電訊表示，5G用戶增加兩成。", {"東林電訊有限公司"}),
    ("recall-hospital-acts", "青山市人民医院今天成功完成首例机器人手术。该院心外科主任表示，手术创伤小、恢复快。",
     {"青山市人民医院"}),
    ("recall-university-and-department-trad", "東林大學電機工程學系今日舉行記者會，宣布研發出新型電池。",
     {"東林大學電機工程學系"}),
    ("recall-ministry-malaysia", "马来西亚卫生部今天宣布，全国新增病例下降。卫生部长表示，将继续加强监测。", {"卫生部"}),
    ("recall-national-legislature-malaysia-trad", "國會下議院今日三讀通過修正案。首相署表示歡迎。", {"國會下議院", "首相署"}),
    ("recall-company-and-generic-singapore", "新加坡东林控股今天公布业绩。该公司表示，旗下酒店入住率回升。新加坡交易所已接获文件。",
     {"东林控股", "新加坡交易所"}),
    ("recall-latin-bank-trad", "ANZ銀行今日宣布調整按揭利率。該行表示，調整即日生效。", {"ANZ銀行"}),
    ("recall-mixed-list", "青山市财政局、市税务局、人民银行青山市分行联合召开座谈会。与会企业代表就融资难问题提出建议。",
     {"青山市财政局", "市税务局", "人民银行青山市分行"}),
]

NEAR_MISSES_OF_THE_RULES = [  # added after the first run: the near miss and the other script of each rule the fixes added
    ("street-near-miss-body-on-a-road", "青山市中级人民法院路过的车辆须减速。东林大学路演活动今天结束，东林大学表示将继续举办。",
     {"青山市中级人民法院", "东林大学"}),
    ("street-named-after-university-trad", "東林大學路與青山街交界處發生車禍。現場交通一度癱瘓。", set()),
    ("junction-near-miss-management-office", "青山路管理处今天发布通告，青山路与东林路交会处将封闭施工。", {"青山路管理处"}),
    ("service-centre-one-goes-to-trad", "市民可前往東林市民服務中心辦理登記。服務中心逢週一至週五開放。", set()),
    ("service-centre-visited-near-miss", "专家组到东林市疾病预防控制中心调研。东林市疾病预防控制中心负责人汇报了工作。",
     {"东林市疾病预防控制中心"}),
    ("called-company-near-miss", "一家名为“青松数码科技有限公司”的企业昨日被立案调查。东林市市场监督管理局表示将依法处理。",
     {"青松数码科技有限公司", "东林市市场监督管理局"}),
    ("called-system-trad", "這套名為「智能指揮中心」的系統已在多個城市使用。系統由東林資訊科技有限公司研發。",
     {"東林資訊科技有限公司"}),
    ("fund-grants-trad", "東林市文化發展基金去年共資助四十個團體。基金由東林市文化局管理。", {"東林市文化局"}),
    ("fund-foundation-grants-near-miss", "东林教育基金会今年共资助贫困学生300名。该基金会表示，明年将扩大资助范围。",
     {"东林教育基金会"}),
    ("prize-of-a-company-trad", "青松集團創新獎今日頒發，共有十名員工獲獎。", set()),
    ("prize-company-awards-near-miss", "青松集团奖励了十名优秀员工。公司表示，明年将增加名额。", {"青松集团"}),
    ("joined-fields-near-miss-two-bodies", "财政部及税务总局联合发布公告。公告自发布之日起施行。", {"财政部", "税务总局"}),
    ("joined-fields-macau-trad", "經濟及科技發展局今日公布新措施。社會工作局亦會配合。", {"經濟及科技發展局", "社會工作局"}),
    ("role-noun-before-company", "承建方青松建设集团有限公司表示，工程将于年底完工。供货商东林钢铁股份有限公司已完成交付。",
     {"青松建设集团有限公司", "东林钢铁股份有限公司"}),
    ("role-noun-before-company-trad", "發展方東林置業有限公司表示，項目將於明年推售。", {"東林置業有限公司"}),
    ("occasion-work-conference-trad", "東林集團2026年度工作會議今日舉行。會議總結了去年的工作。", set()),
    ("occasion-legislature-meeting-near-miss-trad", "勞工及福利局局長今日出席立法會會議，回應議員提問。", {"勞工及福利局", "立法會"}),
    ("university-department-of-studies", "东林大学化学系今天宣布研制出新型催化剂。该系主任表示，成果已申请专利。", {"东林大学化学系"}),
]

BANK = (GENERIC_REFERENCES + LEVELS_WITHOUT_PLACE + DESCRIPTIONS + VENUES_AND_BUILDINGS + STREETS_PRODUCTS_ACCOUNTS
        + INSIDE_EVENT_OR_CASE + PLANS_FUNDS_AWARDS_LAWS + RECALL + NEAR_MISSES_OF_THE_RULES)

XFAIL: dict[str, str] = {
    "building-plaza-trad": "a kind of company named by what it manages (商場管理公司) has the form of a company's name of common "
                           "words; the scope words that make a kind (社区, 行业) do not hold 商场",
    "event-university-games": "a numbered session after a body (某大学第三届运动会) is read as one of a series the body holds, "
                              "which the organisation banks list the body for; the edition alone cannot tell the two apart",
}


def test_organization_precision_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_precision_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
