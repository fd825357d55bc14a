"""A bank of invented sentences and short pages naming organisations in the overseas Chinese press (Singapore,
Malaysia) and in Hong Kong, Macau and Taiwan government news: parties, ministries, statutory boards, state
governments, clan, hometown and trade associations, companies with Latin legal forms inside Chinese text, HK
departments and their units, Macau bureaus and associations, Taiwan agencies and their short forms, schools and
farmers' associations, short forms declared after a full name, 和/及/與 inside a name, Latin acronyms alone; and the
near misses that share their words: halls and buildings, events, programmes and funds, laws, products, generic
kinds, media named as sources, national teams, and a body's name inside a longer body's name.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Names are compared as the scorer compares them: without one leading country or region word."""
import pytest

from tests.test_organization_bank import _key, organizations

PARTIES = [
    pytest.param("巫统最高理事会今晚召开特别会议，讨论州选议席分配。", {"巫统最高理事会"}, id="party-supreme-council-malaysia",
                 marks=pytest.mark.xfail(strict=True, reason="the tagger reads the party's short name (巫统) as a person's and the body has no ending of its own before 最高理事会")),
    pytest.param("人民公正黨青年團今日發表文告，促請當局徹查。", {"人民公正黨青年團"}, id="party-youth-wing-traditional"),
    pytest.param("新加坡工人党秘书长在记者会上回应提问。", {"工人党"}, id="party-in-a-title-singapore"),
    pytest.param("民主行动党中央执行委员会昨晚开会决定候选人。", {"民主行动党中央执行委员会"}, id="party-central-executive-committee"),
    pytest.param("马来西亚伊斯兰党宣布不会派人竞选该议席。", {"伊斯兰党"}, id="party-with-country-word"),
    pytest.param("国阵与希盟在补选中展开激烈竞争。", {"国阵", "希盟"}, id="coalitions-short-forms"),
    pytest.param("國民黨中常會今天通過提名名單。", {"國民黨中常會"}, id="party-standing-committee-taiwan"),
    pytest.param("民進黨中央黨部今天發出新聞稿回應。", {"民進黨中央黨部"}, id="party-headquarters-taiwan"),
    pytest.param("执政党和反对党都表示欢迎这项决定。", set(), id="ruling-and-opposition-generic-near-miss"),
    pytest.param("各政黨候選人昨日完成提名手續。", set(), id="every-party-generic-near-miss-traditional"),
    pytest.param("马华公会总会长今日在吉隆坡主持党庆。", {"马华公会"}, id="party-leader-at-its-anniversary-malaysia"),
]

SINGAPORE_BODIES = [
    pytest.param("新加坡教育部宣布调整小六会考评分方式。", {"教育部"}, id="sg-education-ministry"),
    pytest.param("公用事业局呼吁公众节约用水。", {"公用事业局"}, id="sg-public-utilities-board"),
    pytest.param("新加坡金融管理局今日维持货币政策不变。", {"金融管理局"}, id="sg-monetary-authority"),
    pytest.param("國家環境局今日發出骨痛熱症警告。", {"國家環境局"}, id="sg-environment-agency-traditional"),
    pytest.param("新加坡旅游局与樟宜机场集团联合推出优惠配套。", {"旅游局", "樟宜机场集团"}, id="sg-tourism-board-and-airport-group"),
    pytest.param("人民协会属下的东林民众俱乐部举办中秋晚会。", {"人民协会", "东林民众俱乐部"}, id="sg-people-association-and-club"),
    pytest.param("新加坡社会及家庭发展部推出新的援助计划。", {"社会及家庭发展部"}, id="sg-ministry-with-ji-and-a-programme"),
    pytest.param("贸工部与经济发展局联合公布上半年投资数据。", {"贸工部", "经济发展局"}, id="sg-mti-and-edb-statistics"),
    pytest.param("贪污调查局逮捕一名公司董事。", {"贪污调查局"}, id="sg-corruption-bureau-police-news"),
    pytest.param("新加坡可持续发展与环境部宣布提高垃圾处理费。", {"可持续发展与环境部"}, id="sg-ministry-with-yu-inside"),
    pytest.param("通讯及新闻部与东林理工学院合作培训人才。", {"通讯及新闻部", "东林理工学院"}, id="sg-ministry-with-ji-and-a-polytechnic"),
    pytest.param("新加坡體育理事會宣布資助青少年運動員。", {"體育理事會"}, id="sg-sports-council-traditional"),
    pytest.param("政府部门和法定机构须在年底前提交报告。", set(), id="sg-departments-and-statutory-boards-generic-near-miss"),
    pytest.param("新加坡国会今天三读通过修正法案。", {"新加坡国会"}, id="sg-parliament-with-country-word"),  # the bank's key keeps 新加坡 on five characters
]

MALAYSIA_GOVERNMENTS = [
    pytest.param("雪州政府宣布拨款五百万令吉维修道路。", {"雪州政府"}, id="my-state-government-short-budget"),
    pytest.param("柔佛州政府与新加坡贸工部签署谅解备忘录。", {"柔佛州政府", "贸工部"}, id="my-state-government-and-sg-ministry"),
    pytest.param("槟州行政议会今日批准该项发展计划。", {"槟州行政议会"}, id="my-state-executive-council"),
    pytest.param("霹靂州政府與怡保市政廳聯合推出清潔運動。", {"霹靂州政府", "怡保市政廳"}, id="my-state-and-city-hall-traditional"),
    pytest.param("马来西亚房屋及地方政府部宣布新措施。", {"房屋及地方政府部"}, id="my-ministry-with-ji-and-government-inside"),
    pytest.param("雪兰莪州务大臣办公室发表文告澄清事件。", {"雪兰莪州务大臣办公室"}, id="my-chief-minister-office"),
    pytest.param("马来西亚投资、贸易及工业部公布上半年批准投资额。", {"投资、贸易及工业部"}, id="my-ministry-with-dun-and-ji"),
    pytest.param("州政府将拨款维修受损道路。", set(), id="my-state-government-generic-near-miss"),
    pytest.param("各州政府须在月底前提交报告。", set(), id="my-every-state-government-near-miss"),
    pytest.param("马来西亚统计局今日公布，第二季失业率为百分之三点三。", {"统计局"}, id="my-statistics-department"),
    pytest.param("梳邦再也市议会展开取缔非法摊贩行动。", {"梳邦再也市议会"}, id="my-city-council-enforcement"),
    pytest.param("隆市政局宣布调高停车费。", {"隆市政局"}, id="my-city-hall-short-form"),
]

CLAN_AND_TRADE_ASSOCIATIONS = [
    pytest.param("雪隆中华大会堂今日发表文告，促请政府检讨政策。", {"雪隆中华大会堂"}, id="assembly-hall-body-issues-statement"),
    pytest.param("隆雪華堂婦女組舉辦健康講座。", {"隆雪華堂婦女組"}, id="assembly-hall-short-form-section-traditional"),
    pytest.param("马来西亚中华大会堂总会（华总）呼吁华社团结。", {"中华大会堂总会"}, id="assembly-hall-federation-with-alias"),
    pytest.param("新加坡福建会馆颁发助学金予三百名学生。", {"福建会馆"}, id="sg-clan-hall-gives-bursaries"),
    pytest.param("东林林氏宗亲会昨日举行春祭。", {"东林林氏宗亲会"}, id="clan-association"),
    pytest.param("馬來西亞陳氏宗親總會今日舉行會員代表大會。", {"陳氏宗親總會"}, id="clan-federation-traditional"),
    pytest.param("新加坡中华总商会与新加坡工商联合总会签署合作备忘录。", {"中华总商会", "工商联合总会"}, id="sg-chambers-sign"),
    pytest.param("雪兰莪中华总商会会长在会上致辞。", {"雪兰莪中华总商会"}, id="state-chamber-in-a-title"),
    pytest.param("东林潮州会馆青年团举办领袖培训营。", {"东林潮州会馆青年团"}, id="clan-hall-youth-wing-longest-form"),
    pytest.param("马来西亚华校董事联合会总会（董总）发表声明。", {"华校董事联合会总会"}, id="school-boards-federation-with-alias"),
    pytest.param("东林咖啡酒餐商公会宣布咖啡每杯涨价二十仙。", {"东林咖啡酒餐商公会"}, id="trade-guild-prices"),
    pytest.param("馬來西亞五金機械商聯合會促請政府延後實施新稅。", {"五金機械商聯合會"}, id="trade-federation-traditional"),
    pytest.param("澳門江門同鄉會慶祝成立三十周年。", {"江門同鄉會"}, id="macau-hometown-association"),
    pytest.param("本地会馆和宗亲会纷纷响应号召。", set(), id="clan-halls-generic-near-miss"),
    pytest.param("会馆的老会员都来了。", set(), id="the-clan-hall-generic-near-miss"),
    pytest.param("新春团拜在新加坡福建会馆礼堂举行。", set(), id="clan-hall-auditorium-venue-near-miss"),
    pytest.param("晚宴在新加坡大会堂举行，逾千人出席。", set(), id="hall-as-venue-near-miss"),
    pytest.param("音樂會在香港大會堂音樂廳舉行。", set(), id="hk-city-hall-concert-hall-venue-near-miss-traditional"),
    pytest.param("雪隆中华大会堂在大会堂礼堂举办讲座。", {"雪隆中华大会堂"}, id="assembly-hall-body-acting-in-its-hall",
                 marks=pytest.mark.xfail(strict=True, reason="雪隆 is tagged a person; a body acting with 在…举办 after it is not read as acting")),
    pytest.param("講座在中華總商會大廈舉行。", set(), id="chamber-building-venue-near-miss-traditional"),
    pytest.param("各大商会领袖出席了交流会。", set(), id="leaders-of-every-chamber-near-miss"),
]

LATIN_LEGAL_FORMS = [
    pytest.param("Sinar Maju Construction Sdn. Bhd.昨日获颁一项工程合约。", {"Sinar Maju Construction Sdn. Bhd."},
                 id="sdn-bhd-with-points"),
    pytest.param("该集团通过子公司Lestari Energy Bhd收购一座太阳能电站。", {"Lestari Energy Bhd"}, id="bhd-after-subsidiary-word"),
    pytest.param("Pacific Star Co., Ltd.与东林集团签署供货协议。", {"Pacific Star Co., Ltd.", "东林集团"}, id="co-ltd-with-comma"),
    pytest.param("Bluewave Pte. Ltd.宣布裁减一百名员工。", {"Bluewave Pte. Ltd."}, id="pte-ltd-with-points-layoffs"),
    pytest.param("Harbour Foods Limited今日在港交所上市。", {"Harbour Foods Limited", "港交所"}, id="limited-and-exchange"),
    pytest.param("東林科技（新加坡）私人有限公司今日開幕新廠房。", {"東林科技（新加坡）私人有限公司"}, id="private-limited-in-chinese-traditional"),
    pytest.param("丰源私人有限公司董事经理表示，订单已排到明年。", {"丰源私人有限公司"}, id="private-limited-in-a-title"),
    pytest.param("金星有限公司（Bintang Berhad）宣布派发股息。", {"金星有限公司"}, id="berhad-as-alias"),
    pytest.param("Kinta Resources Berhad第三季净利按年增长百分之十二。", {"Kinta Resources Berhad"}, id="berhad-quarterly-results"),
    pytest.param("他用WhatsApp联系家人。", set(), id="app-product-near-miss"),
    pytest.param("新款iPhone今日开卖，门市大排长龙。", set(), id="latin-product-near-miss"),
    pytest.param("許多Sdn Bhd公司面對融資困難。", set(), id="legal-form-as-a-kind-near-miss-traditional"),
]

LATIN_ACRONYMS = [
    pytest.param("HSBC今日宣布上调最优惠利率。", {"HSBC"}, id="bank-acronym-alone"),
    pytest.param("MTR宣布明日起调整票价。", {"MTR"}, id="railway-acronym-alone"),
    pytest.param("UMNO最高理事会今晚开会。", {"UMNO最高理事会"}, id="party-acronym-with-organ"),
    pytest.param("DBS与OCBC同日公布第二季度业绩。", {"DBS", "OCBC"}, id="two-bank-acronyms-results"),
    pytest.param("港鐵公司（MTR）宣布新線下月通車。", {"港鐵公司"}, id="acronym-as-alias-traditional"),
    pytest.param("WHO今日發表聲明，呼籲各國加強監測。", {"WHO"}, id="international-acronym-alone-traditional"),
    pytest.param("第二季GDP按年增长百分之三，CPI上涨百分之二。", set(), id="statistics-acronyms-near-miss"),
    pytest.param("公司CEO表示将推出AI产品。", set(), id="role-and-technology-acronyms-near-miss"),
    pytest.param("SPM考试成绩今天放榜。", set(), id="exam-acronym-near-miss"),
    pytest.param("他在IG上發布一段影片。", set(), id="platform-acronym-near-miss-traditional"),
    pytest.param("MRT东北线今早发生故障。", set(), id="train-line-acronym-near-miss"),
    pytest.param("他说，CEO将宣布新的重组计划。", set(), id="role-acronym-opening-a-clause-near-miss"),
    pytest.param("報告指出，AI將推出更多應用。", set(), id="technology-acronym-opening-a-clause-near-miss-traditional"),
    pytest.param("據悉，NTUC今日推出新一輪優惠。", {"NTUC"}, id="acronym-after-a-comma-traditional"),
]

HONG_KONG = [
    pytest.param("漁農自然護理署今日在郊野公園捕獲一頭野豬。", {"漁農自然護理署"}, id="hk-afcd"),
    pytest.param("渠務署與水務署聯合進行工程。", {"渠務署", "水務署"}, id="hk-two-departments-with-yu"),
    pytest.param("勞工處今日公布最新失業率為百分之三。", {"勞工處"}, id="hk-labour-department-statistics"),
    pytest.param("入境處於機場截獲一名持假證件的男子。", {"入境處"}, id="hk-immigration",
                 marks=pytest.mark.xfail(strict=True, reason="the segmenter reads 入境處於 as 入境|处于 (a verb 'to be in'); the ending is gone before any rule runs")),
    pytest.param("海關在葵涌貨櫃碼頭檢獲大批走私貨物。", {"海關"}, id="hk-customs-at-a-terminal",
                 marks=pytest.mark.xfail(strict=True, reason="海关 alone is one common word with no place or proper word; no rule tells the department from the kind")),
    pytest.param("香港金融管理局今日宣布基本利率上調。", {"金融管理局"}, id="hk-monetary-authority"),
    pytest.param("證券及期貨事務監察委員會（證監會）對一間上市公司展開調查。", {"證券及期貨事務監察委員會"}, id="hk-sfc-with-alias"),
    pytest.param("申訴專員公署今日發表主動調查報告。", {"申訴專員公署"}, id="hk-ombudsman"),
    pytest.param("高等法院原訟法庭昨日裁定被告敗訴。", {"高等法院原訟法庭"}, id="hk-court-of-first-instance"),
    pytest.param("終審法院駁回上訴。", {"終審法院"}, id="hk-court-of-final-appeal"),
    pytest.param("案件在區域法院第三法庭審理。", {"區域法院"}, id="hk-numbered-courtroom-near-miss"),
    pytest.param("东林地方法院少年法庭今天作出裁定。", {"东林地方法院少年法庭"}, id="court-division-simplified"),
    pytest.param("西九龍裁判法院今日處理一宗盜竊案。", {"西九龍裁判法院"}, id="hk-magistrates-court-case"),
    pytest.param("警務處有組織罪案及三合會調查科拘捕五名男子。", {"警務處有組織罪案及三合會調查科"}, id="hk-police-unit-with-ji"),
    pytest.param("九龍城警區刑事調查隊正跟進案件。", {"九龍城警區刑事調查隊"}, id="hk-police-district-team",
                 marks=pytest.mark.xfail(strict=True, reason="a unit closed by 队 after a police district (警区), not after a department ending, builds nothing")),
    pytest.param("房屋委員會通過新一年公屋租金調整方案。", {"房屋委員會"}, id="hk-housing-authority"),
    pytest.param("市區重建局（市建局）宣布啟動兩個新項目，市建局表示將收購九幢樓宇。", {"市區重建局"},
                 id="hk-ura-alias-and-re-mention"),
    pytest.param("選舉管理委員會公布投票日安排。", {"選舉管理委員會"}, id="hk-electoral-affairs-commission"),
    pytest.param("運輸及物流局局長今日出席立法會會議。", {"運輸及物流局", "立法會"}, id="hk-bureau-in-a-title-and-legco"),
    pytest.param("音樂會在香港文化中心舉行，由康樂及文化事務署主辦。", {"康樂及文化事務署"}, id="hk-lcsd-hosts-at-a-venue"),
    pytest.param("天文台今晚發出八號烈風信號。", {"天文台"}, id="hk-observatory"),
    pytest.param("勞工處及社會福利署聯合推出就業支援服務。", {"勞工處", "社會福利署"}, id="hk-two-departments-with-ji"),
    pytest.param("食物及衞生局與教育局發表聯合聲明。", {"食物及衞生局", "教育局"}, id="hk-bureau-with-ji-inside"),
    pytest.param("示威者聚集在政府總部外。", set(), id="hk-government-headquarters-building-near-miss"),
    pytest.param("有關部門正跟進事件。", set(), id="hk-departments-concerned-near-miss"),
    pytest.param("各政策局須於下月提交開支預算。", set(), id="hk-every-policy-bureau-near-miss"),
    pytest.param("香港中華廠商聯合會今日公布會員業務調查結果。", {"中華廠商聯合會"}, id="hk-manufacturers-association-survey"),
    pytest.param("香港科技園公司宣布新一輪培育計劃。", {"科技園公司"}, id="hk-science-park-corporation"),
    pytest.param("香港科學園舉行開放日，吸引數千市民參觀。", set(), id="hk-science-park-place-near-miss"),
]

MACAU = [
    pytest.param("澳門基金會今年資助三百個社團舉辦活動。", {"澳門基金會"}, id="macau-foundation"),
    pytest.param("社會工作局向弱勢家庭發放援助金。", {"社會工作局"}, id="macau-social-welfare-bureau"),
    pytest.param("衛生局今日公布新增一宗輸入個案。", {"衛生局"}, id="macau-health-bureau"),
    pytest.param("澳門教育及青年發展局宣布新學年開學日期。", {"教育及青年發展局"}, id="macau-education-bureau-with-ji"),
    pytest.param("澳門個人資料保護辦公室發出新指引。", {"個人資料保護辦公室"}, id="macau-data-protection-office"),
    pytest.param("澳門婦女聯合總會舉辦親子活動。", {"婦女聯合總會"}, id="macau-women-federation"),
    pytest.param("澳門中華總商會與澳門工會聯合總會合辦講座。", {"中華總商會", "工會聯合總會"}, id="macau-chamber-and-unions"),
    pytest.param("澳門大學與澳門科技大學簽署合作協議。", {"澳門大學", "澳門科技大學"}, id="macau-universities"),
    pytest.param("澳門特區政府今日公布新一輪消費補貼計劃。", {"澳門特區政府"}, id="macau-sar-government-with-place"),
    pytest.param("經濟財政司司長辦公室發出新聞稿。", {"經濟財政司司長辦公室"}, id="macau-secretary-office",
                 marks=pytest.mark.xfail(strict=True, reason="the position 司长 inside the name (某司司长办公室) ends the name before it, as it must for titles")),
    pytest.param("演唱會在澳門綜藝館舉行。", set(), id="macau-arena-venue-near-miss"),
    pytest.param("市民可到氹仔中央公園散步。", set(), id="macau-park-place-near-miss"),
    pytest.param("澳门理工大学发布研究报告，澳门旅游业明年有望复苏。", {"澳门理工大学"}, id="macau-university-report-simplified"),
    pytest.param("第十屆澳門國際美食節由澳門旅遊局主辦。", {"澳門旅遊局"}, id="macau-festival-and-its-organiser"),
]

TAIWAN = [
    pytest.param("內政部警政署刑事警察局破獲跨境詐騙集團。", {"內政部警政署刑事警察局"}, id="tw-nested-police-bureau"),
    pytest.param("东林市公安局捣毁一个跨国贩毒团伙。", {"东林市公安局"}, id="crime-ring-near-miss"),
    pytest.param("環境部今天公布上半年空氣品質報告。", {"環境部"}, id="tw-environment-ministry"),
    pytest.param("農業部林業及自然保育署宣布封山育林。", {"農業部林業及自然保育署"}, id="tw-agency-with-ji-under-ministry"),
    pytest.param("國科會今天宣布補助十項研究計畫。", {"國科會"}, id="tw-council-short-form-science"),
    pytest.param("健保署提醒民眾就醫記得攜帶健保卡。", {"健保署"}, id="tw-agency-short-form"),
    pytest.param("新北市政府交通局與桃園市政府捷運工程局簽署合作備忘錄。", {"新北市政府交通局", "桃園市政府捷運工程局"},
                 id="tw-two-city-bureaus"),
    pytest.param("花蓮縣政府今天宣布停班停課。", {"花蓮縣政府"}, id="tw-county-government-typhoon"),
    pytest.param("竹北市公所舉辦市民健康講座。", {"竹北市公所"}, id="tw-city-office"),
    pytest.param("東林鄉農會今年提高稻米收購價。", {"東林鄉農會"}, id="tw-farmers-association"),
    pytest.param("東林國小學生參加全國科展獲獎。", {"東林國小"}, id="tw-primary-school-short"),
    pytest.param("東林國中與青山高中合辦升學博覽會。", {"東林國中", "青山高中"}, id="tw-junior-and-senior-high-short"),
    pytest.param("臺灣高等法院臺中分院今天駁回上訴。", {"臺灣高等法院臺中分院"}, id="tw-high-court-branch"),
    pytest.param("最高行政法院判決原處分撤銷。", {"最高行政法院"}, id="tw-supreme-administrative-court"),
    pytest.param("中央氣象署發布陸上颱風警報。", {"中央氣象署"}, id="tw-weather-administration"),
    pytest.param("台灣電力公司（台電）宣布夏季電價方案，台電表示備轉容量充足。", {"台灣電力公司"}, id="tw-company-alias-and-re-mention"),
    pytest.param("交通部公路局（以下簡稱公路局）今天表示，公路局將封閉部分路段。", {"交通部公路局"}, id="tw-yixia-jiancheng-alias"),
    pytest.param("縣府表示將加強巡查。", set(), id="tw-county-government-short-generic-near-miss"),
    pytest.param("鄉公所人員到場協助清理。", set(), id="tw-township-office-generic-near-miss"),
    pytest.param("許多國小和國中都宣布停課。", set(), id="tw-schools-generic-near-miss"),
    pytest.param("勞動部勞工保險局公布最新年金給付人數。", {"勞動部勞工保險局"}, id="tw-bureau-of-labour-insurance"),
    pytest.param("台中市立東林國民中學學生在比賽中奪冠。", {"台中市立東林國民中學"}, id="tw-municipal-junior-high-full-name"),
    pytest.param("東林區漁會與東林鄉農會聯合舉辦農漁產品展售。", {"東林區漁會", "東林鄉農會"}, id="tw-fishers-and-farmers-associations"),
    pytest.param("嘉義縣東林鄉公所今天發放敬老金。", {"嘉義縣東林鄉公所"}, id="tw-county-township-office"),
    pytest.param("文化部今天公布金鼎獎入圍名單。", {"文化部"}, id="tw-culture-ministry-award"),
]

ALIASES = [
    pytest.param("新加坡国立大学（以下简称“国大”）与南洋理工大学（南大）合作开发新课程。", {"新加坡国立大学", "南洋理工大学"},
                 id="sg-universities-with-aliases"),
    pytest.param("東林社會服務聯會（下稱社聯）今日發表報告，社聯指出貧窮人口上升。", {"東林社會服務聯會"}, id="hk-xiacheng-alias"),
    pytest.param("澳門工會聯合總會（以下簡稱「工聯」）今日遞交請願信。", {"澳門工會聯合總會"}, id="macau-alias-in-corner-quotes"),
    pytest.param("香港鐵路有限公司（港鐵）宣布加價，港鐵發言人表示將推出優惠。", {"香港鐵路有限公司"}, id="hk-company-alias-re-mention"),
    pytest.param("东林银行（East Forest Bank）宣布在吉隆坡开设分行。", {"东林银行"}, id="latin-alias-after-chinese-name"),
    pytest.param("马来西亚反贪污委员会（简称反贪会）扣留两名官员。", {"反贪污委员会"}, id="my-anti-corruption-commission-alias"),
    pytest.param("青山发展有限公司（下称“青山发展”）公布年度业绩，青山发展营业额增长一成。", {"青山发展有限公司"},
                 id="company-xiacheng-alias-results"),
    pytest.param("東林區議會（簡稱區議會）通過撥款。", {"東林區議會"}, id="district-council-generic-alias-traditional"),
    pytest.param("县府农业处今天公布稻米收成数据。", {"县府农业处"}, id="department-after-a-generic-county-government"),
    pytest.param("區政府工作小組今日到場視察。", set(), id="working-group-after-a-generic-government-near-miss-traditional"),
    pytest.param("第五届东林美食博览会（东博会）今日开幕，由东林长者福利联会（长福会）主办。", {"东林长者福利联会"},
                 id="event-short-form-near-miss-and-council-alias"),
    pytest.param("东林城市更新局（东更局）宣布收购旧楼。", {"东林城市更新局"}, id="alias-initials-over-a-verb-word"),
    pytest.param("柔佛中华总商会会长在会上致辞。", {"柔佛中华总商会"}, id="state-place-before-a-chamber-in-a-title"),
]

JOINING_WORDS_INSIDE = [
    pytest.param("东林和平基金会向灾区捐款十万元。", {"东林和平基金会"}, id="he-as-part-of-a-word"),
    pytest.param("和記電訊與電訊盈科簽署網絡共享協議。", {"和記電訊", "電訊盈科"}, id="he-opening-a-company-traditional",
                 marks=pytest.mark.xfail(strict=True, reason="和 opening the name is read as a preposition and the brand words (记, 盈科) as a verb and a noun")),
    pytest.param("東林大學與青山大學及南華書院聯合舉辦研討會。", {"東林大學", "青山大學", "南華書院"}, id="yu-and-ji-between-three"),
    pytest.param("香港中文大學醫學院與威爾斯親王醫院合作研究。", {"香港中文大學醫學院", "威爾斯親王醫院"}, id="faculty-and-hospital-science"),
    pytest.param("马来西亚科学、工艺及革新部和国家银行联合推出数码计划。", {"科学、工艺及革新部", "国家银行"},
                 id="ministry-with-ji-and-he-between"),
    pytest.param("海事及水務局與治安警察局聯合巡查。", {"海事及水務局", "治安警察局"}, id="macau-bureau-with-ji-inside"),
    pytest.param("社會及家庭發展部部長出席活動。", {"社會及家庭發展部"}, id="plain-noun-ending-like-a-body-before-ji-traditional"),
    pytest.param("当局将协助企业与税务局沟通。", {"税务局"}, id="kind-of-body-before-yu-near-miss"),
    pytest.param("市民与华为公司合作开发应用。", {"华为公司"}, id="people-before-yu-and-a-company-near-miss"),
    pytest.param("Acme Co., Ltd.宣布裁员。", {"Acme Co., Ltd."}, id="co-ltd-one-word-name"),
]

NEAR_MISSES = [
    pytest.param("东林州的游客人数今年增加两成。", set(), id="state-as-place"),
    pytest.param("第十届东林华人文化节今晚开幕。", set(), id="cultural-festival-event"),
    pytest.param("技能创前程计划今年吸引五万人参加。", set(), id="national-programme"),
    pytest.param("家长可申请东林教育基金的援助。", set(), id="fund-as-a-programme",
                 marks=pytest.mark.xfail(strict=True, reason="a fund named before 的援助 is not told apart from a foundation-like body ending in 基金")),
    pytest.param("《公司法令》修正案今日生效。", set(), id="law-in-book-marks"),
    pytest.param("東林區發展藍圖將於明年公布。", set(), id="plan-blueprint-traditional"),
    pytest.param("市民可用八達通付款。", set(), id="payment-card-product-traditional"),
    pytest.param("有关部门表示将严肃处理。", set(), id="departments-concerned"),
    pytest.param("各大银行纷纷下调定期存款利率。", set(), id="every-big-bank"),
    pytest.param("本地企业今年面对成本上涨压力。", set(), id="local-enterprises"),
    pytest.param("据《联合早报》报道，组屋转售价格连续上涨。", set(), id="newspaper-in-book-marks-as-source"),
    pytest.param("據東林日報報道，颱風造成三人受傷。", set(), id="newspaper-as-source-traditional"),
    pytest.param("马来西亚羽球队在团体赛中击败对手。", set(), id="national-badminton-team"),
    pytest.param("新加坡男篮以八十比七十获胜。", set(), id="national-basketball-team"),
    pytest.param("東林大學校友會今日舉辦聚餐。", {"東林大學校友會"}, id="alumni-association-longest-form-traditional"),
    pytest.param("东林福建会馆妇女组举办义卖。", {"东林福建会馆妇女组"}, id="clan-hall-women-section-longest-form"),
    pytest.param("东林大学附属中学学生参加比赛，东林大学派出教授指导。", {"东林大学附属中学", "东林大学"},
                 id="university-named-alone-after-its-school"),
    pytest.param("国庆群众大会今晚举行。", set(), id="rally-event"),
    pytest.param("第十五届全国运动会在东林体育馆开幕。", set(), id="games-and-stadium"),
    pytest.param("《雇佣法》修订后，雇主须遵守新规定。", set(), id="employment-act"),
    pytest.param("東林公園將於明年重新開放。", set(), id="park-reopening-traditional"),
    pytest.param("政府向中小企业提供援助。", set(), id="smes-generic"),
    pytest.param("市民可在各区民众俱乐部登记。", set(), id="every-community-club"),
    pytest.param("东林中华大会堂礼堂今晚开放给公众。", set(), id="assembly-hall-auditorium-place"),
]

PAGES = [
    pytest.param("柔佛州政府推介投资计划\n2026-06-02 10:30 来源：东林日报\n（新山2日讯）柔佛州政府今日与东林发展私人有限公司签署合作备忘录。"
                 "州务大臣表示，州政府将拨款两千万令吉兴建工业园。马来西亚中华总商会会长陈志明出席。",
                 {"柔佛州政府", "东林发展私人有限公司", "中华总商会"}, id="page-malaysia-state-signing"),
    pytest.param("警方拘捕三男\n2026-03-04 來源：東林新聞\n警務處西九龍總區重案組昨日拘捕三名男子。警方表示，案件交由西九龍總區重案組跟進，"
                 "三人今日在西九龍裁判法院提堂。",
                 {"警務處西九龍總區重案組", "西九龍裁判法院"}, id="page-hk-police-and-court"),
    pytest.param("澳門基金會資助社團\n2026-07-01 來源：東林日報\n澳門基金會今日公布，今年資助澳門街坊會聯合總會等一百個社團舉辦活動，"
                 "資助總額達三千萬澳門元。",
                 {"澳門基金會", "澳門街坊會聯合總會"}, id="page-macau-foundation-grants"),
    pytest.param("花蓮縣政府公布災損\n2026-08-10 來源：東林新聞網\n花蓮縣政府今天公布颱風災損，農業損失達一億元。縣府農業處表示，"
                 "將協調東林鄉農會協助農民申請補助。",
                 {"花蓮縣政府", "縣府農業處", "東林鄉農會"}, id="page-taiwan-county-damage"),
    pytest.param("星展公布业绩\n2026-05-05 来源：东林早报\nDBS今日公布第一季净利增长百分之八。新加坡交易所数据显示，本地银行股普遍上扬。",
                 {"DBS", "交易所"}, id="page-singapore-bank-results"),
]


@pytest.mark.parametrize("text, expected", PARTIES + SINGAPORE_BODIES + MALAYSIA_GOVERNMENTS + CLAN_AND_TRADE_ASSOCIATIONS
                         + LATIN_LEGAL_FORMS + LATIN_ACRONYMS + HONG_KONG + MACAU + TAIWAN + ALIASES
                         + JOINING_WORDS_INSIDE + NEAR_MISSES + PAGES)
def test_organization_region_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
