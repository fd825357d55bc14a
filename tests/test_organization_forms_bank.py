"""A bank of invented news sentences naming the bodies of ordinary local news by the form of their name: police
branches and stations, courts and tribunals, hospitals and clinics, schools at every level, bank branches and listed
companies with their stock codes, trade unions, trade and hometown associations, village and residents' committees,
party organs (党委, 党支部, 黨部), legislatures (立法會, 議會, 人大常委会, 政协), governments written after a place and
a level (某某县人民政府, 某某鎮公所), departments inside a body (某某大学医学院), a short form declared or used after the
full name (one entry); and the near misses that share their words: places, events, products and brands, projects and
schemes, buildings and venues, laws and documents, and generic words (有关部门, 相关企业, 当地政府, 村委会, 镇党委).
Both scripts; mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Names are compared as the scorer compares them: without one leading country or region word."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

POLICE = [
    ("police-station-under-a-branch", "云岗市公安局石湾分局金禾派出所民警接警后赶到现场。", {"云岗市公安局石湾分局金禾派出所"}),
    ("police-station-under-a-branch-trad", "雲岡市公安局石灣分局金禾派出所民警接警後趕到現場。", {"雲岡市公安局石灣分局金禾派出所"}),
    ("branch-and-station-listed", "石湾分局和鹿鸣派出所联合开展清查行动。", {"石湾分局", "鹿鸣派出所"}),
    ("traffic-police-brigade", "柳溪县公安局交通警察大队发布春节出行提示。", {"柳溪县公安局交通警察大队"}),
    ("taiwan-precinct-and-station-trad", "雲岡縣警察局桐川分局桐川派出所員警前往處理。", {"雲岡縣警察局桐川分局桐川派出所"}),
    ("station-in-a-title", "金禾派出所所长王建军介绍了案情。", {"金禾派出所"}),
    ("station-in-a-title-trad", "金禾派出所所長王建軍介紹了案情。", {"金禾派出所"}),
    ("fire-rescue-detachment", "云岗市消防救援支队出动消防车十二辆。", {"云岗市消防救援支队"}),
    ("justice-office-of-a-town", "石湾镇司法所为村民提供法律咨询。", {"石湾镇司法所"}),
    ("macau-customs-with-place-trad", "澳門海關今日截獲一批走私凍肉。", {"澳門海關"}),
    ("unnamed-station-near-miss", "派出所民警提醒居民注意防范电信诈骗。", set()),
    ("police-generic-near-miss-trad", "警方呼籲市民切勿將個人資料交予陌生人。", set()),
    ("police-of-a-district-generic-near-miss", "辖区公安机关迅速出警处置。", set()),
]

COURTS = [
    ("county-court", "柳溪县人民法院一审判处被告人有期徒刑三年。", {"柳溪县人民法院"}),
    ("county-court-trad", "柳溪縣人民法院一審判處被告人有期徒刑三年。", {"柳溪縣人民法院"}),
    ("district-court-of-a-city", "云岗市石湾区人民法院公开开庭审理此案。", {"云岗市石湾区人民法院"}),
    ("people-s-tribunal-of-a-court", "柳溪县人民法院石湾人民法庭巡回审理一起赡养纠纷。", {"柳溪县人民法院石湾人民法庭"}),
    ("taiwan-district-court-with-region-trad", "臺灣雲岡地方法院今天依詐欺罪判處被告有期徒刑一年。", {"雲岡地方法院"}),
    ("hk-labour-tribunal-trad", "勞資審裁處今日裁定僱主須支付欠薪。", {"勞資審裁處"}),
    ("macau-intermediate-court-trad", "澳門中級法院駁回上訴，維持原判。", {"中級法院"}),
    ("county-procuratorate-and-court", "柳溪县人民检察院提起公诉，柳溪县人民法院依法判决。", {"柳溪县人民检察院", "柳溪县人民法院"}),
    ("malaysia-sessions-court", "新山金禾推事庭判处被告罚款五千令吉。", {"新山金禾推事庭"}),
    ("basic-courts-generic-near-miss", "全省基层法院共受理各类案件十万件。", set()),
    ("court-generic-near-miss-trad", "法官在判詞中指出，被告毫無悔意。", set()),
]

HOSPITALS = [
    ("county-hospital", "柳溪县人民医院成功救治一名重症患者。", {"柳溪县人民医院"}),
    ("town-health-centre", "石湾镇卫生院为村民免费体检。", {"石湾镇卫生院"}),
    ("town-health-centre-trad", "石灣鎮衛生院為村民免費體檢。", {"石灣鎮衛生院"}),
    ("community-health-service-centre", "金禾社区卫生服务中心开展义诊活动。", {"金禾社区卫生服务中心"}),
    ("maternal-and-child-hospital", "云岗市妇幼保健院今年接生新生儿三千名。", {"云岗市妇幼保健院"}),
    ("hk-hospital-trad", "柳溪醫院今日公布，一名病人情況危殆。", {"柳溪醫院"}),
    ("taiwan-veterans-hospital-trad", "雲岡榮民總醫院今天完成首例機械手臂手術。", {"雲岡榮民總醫院"}),
    ("macau-hospital-trad", "澳門翠屏醫院今日啟用新住院大樓。", {"翠屏醫院"}),
    ("malaysia-specialist-hospital", "新山金禾专科医院今日开设新门诊。", {"新山金禾专科医院"}),
    ("singapore-polyclinic", "翠屏综合诊疗所延长周末服务时间。", {"翠屏综合诊疗所"}),
    ("nearby-hospital-near-miss", "伤者被送往附近医院救治。", set()),
    ("designated-hospitals-near-miss", "定点医院和发热门诊全部开放。", set()),
    ("public-hospitals-near-miss-trad", "公立醫院急症室輪候時間延長。", set()),
]

SCHOOLS = [
    ("numbered-middle-school", "云岗市第三中学学生在全国竞赛中获奖。", {"云岗市第三中学"}),
    ("hk-secondary-school-trad", "柳溪中學學生在朗誦比賽中奪冠。", {"柳溪中學"}),
    ("taiwan-county-junior-high-trad", "雲岡縣立桐川國中今天舉行畢業典禮。", {"雲岡縣立桐川國中"}),
    ("taiwan-primary-short-trad", "鹿鳴國小學童參加全國音樂比賽獲得特優。", {"鹿鳴國小"}),
    ("town-central-primary-school", "石湾镇中心小学开设书法兴趣班。", {"石湾镇中心小学"}),
    ("kindergarten", "金禾幼儿园组织小朋友参观消防站。", {"金禾幼儿园"}),
    ("vocational-college-and-county-government", "云岗职业技术学院与柳溪县人民政府签署合作协议。",
     {"云岗职业技术学院", "柳溪县人民政府"}),
    ("singapore-secondary-school", "翠屏中学学生在全国机器人比赛中获奖。", {"翠屏中学"}),
    ("malaysia-independent-school", "马来西亚鹿鸣独立中学今年招收新生五百名。", {"鹿鸣独立中学"}),
    ("macau-school-trad", "澳門鹿鳴學校今日舉行開放日。", {"鹿鳴學校"}),
    ("taiwan-senior-high-trad", "國立雲岡高級中學今天公布升學榜單。", {"國立雲岡高級中學"}),
    ("schools-of-a-district-near-miss", "辖区中小学和幼儿园全部停课。", set()),
    ("schools-generic-near-miss-trad", "多所國中小今天宣布停課。", set()),
    ("school-as-exam-venue-near-miss", "考生在考点外排队等候入场。", set()),
]

DEPARTMENTS_INSIDE = [
    ("medical-school-of-a-university", "云岗大学医学院与柳溪县人民医院共建教学基地。", {"云岗大学医学院", "柳溪县人民医院"}),
    ("law-school-in-a-title-trad", "雲岡大學法學院教授陳國華出席研討會。", {"雲岡大學法學院"}),
    ("hk-medical-faculty-trad", "香港柳溪大學醫學院研究團隊發現新療法。", {"柳溪大學醫學院"}),
    ("school-with-yu-inside", "云岗大学经济与管理学院发布就业报告。", {"云岗大学经济与管理学院"}),
    ("affiliated-primary-school", "云岗大学附属小学今年扩招两个班。", {"云岗大学附属小学"}),
    ("institute-of-a-group", "金禾集团研究院发布行业白皮书。", {"金禾集团研究院"}),
    ("party-committee-of-a-hospital", "柳溪县人民医院党委召开专题会议。", {"柳溪县人民医院党委"}),
    ("office-of-a-county-government", "柳溪县人民政府办公室印发实施方案。", {"柳溪县人民政府办公室"}),
    ("bureau-office-trad", "雲岡市政府教育局今天公布新學年行事曆。", {"雲岡市政府教育局"}),
]

BANKS_AND_LISTED = [
    ("bank-sub-branch", "云岗银行柳溪支行向小微企业发放贷款。", {"云岗银行柳溪支行"}),
    ("bank-branch-trad", "雲岡銀行柳溪分行今日開業。", {"雲岡銀行柳溪分行"}),
    ("national-bank-county-sub-branch", "中国农业银行柳溪县支行发放助农贷款一亿元。", {"中国农业银行柳溪县支行"}),
    ("hk-code-with-exchange", "翠屏科技（01234.HK）公布中期业绩。", {"翠屏科技"}),
    ("hk-code-with-exchange-trad", "翠屏科技（01234.HK）公布中期業績。", {"翠屏科技"}),
    ("shanghai-code-with-exchange", "金禾股份（688999.SH）发布公告称，拟回购部分股份。", {"金禾股份"}),
    ("taiwan-code-ascii-brackets-trad", "鹿鳴電子(2399.TW)今天公布上月營收。", {"鹿鳴電子"}),
    ("hk-code-and-re-mention", "石湾集团(00888.HK)今日公布全年业绩，石湾集团表示将派末期息。", {"石湾集团"}),
    ("singapore-code", "翠屏控股（SGX：A12）公布季度业绩。", {"翠屏控股"}),
    ("malaysia-code", "金禾种植（Bursa：5123）宣布派发中期股息。", {"金禾种植"}),
    ("full-company-with-code-trad", "雲岡電訊股份有限公司（2499.TW）今天召開股東會。", {"雲岡電訊股份有限公司"}),
    ("listed-companies-generic-near-miss", "上市公司和拟上市企业须按规定披露信息。", set()),
    ("index-near-miss-trad", "恒生指數今日下跌百分之二。", set()),
    ("banking-institutions-near-miss", "辖内银行机构加大信贷投放力度。", set()),
]

UNIONS_AND_ASSOCIATIONS = [
    ("education-union-of-a-city", "云岗市教育工会慰问一线教师。", {"云岗市教育工会"}),
    ("taiwan-teachers-union-trad", "雲岡縣教師職業工會今天發表聲明。", {"雲岡縣教師職業工會"}),
    ("hk-educators-federation-trad", "柳溪教育工作者聯會今日公布問卷調查結果。", {"柳溪教育工作者聯會"}),
    ("hk-fishermen-federation-trad", "香港石灣漁民團體聯會促請政府增加補貼。", {"石灣漁民團體聯會"}),
    ("catering-association", "云岗市餐饮行业协会发布倡议书。", {"云岗市餐饮行业协会"}),
    ("taiwan-trade-guild-trad", "雲岡市餐飲業公會呼籲業者配合查核。", {"雲岡市餐飲業公會"}),
    ("macau-hometown-association-trad", "澳門柳溪同鄉會向長者派發福袋。", {"柳溪同鄉會"}),
    ("malaysia-hometown-association", "吉隆坡金禾同乡会颁发助学金予六十名学生。", {"吉隆坡金禾同乡会"}),
    ("singapore-clan-guild", "新加坡翠屏公会颁发奖学金予一百名学生。", {"翠屏公会"}),
    ("two-chambers-sign", "云岗商会与柳溪商会签署合作协议。", {"云岗商会", "柳溪商会"}),
    ("taiwan-business-association-trad", "雲岡台商協會今天舉辦春節聯歡。", {"雲岡台商協會"}),
    ("federation-of-industry-and-commerce", "柳溪县工商业联合会组织会员企业赴外地考察。", {"柳溪县工商业联合会"}),
    ("women-s-federation-short", "云岗市妇联开展家庭教育讲座。", {"云岗市妇联"}),
    ("youth-league-committee", "共青团云岗市委组织青年志愿者服务。", {"共青团云岗市委"}),
    ("returned-overseas-chinese-federation-trad", "雲岡市歸國華僑聯合會看望老歸僑。", {"雲岡市歸國華僑聯合會"}),
    ("union-cadres-near-miss", "工会干部和职工代表参加了会议。", set()),
    ("associations-generic-near-miss-trad", "各同鄉會和商會踴躍捐款。", set()),
    ("industry-associations-generic-near-miss", "行业协会要发挥桥梁纽带作用。", set()),
]

VILLAGES_AND_COMMUNITIES = [
    ("villagers-committee", "金禾村村民委员会组织村民修建水渠。", {"金禾村村民委员会"}),
    ("village-committee-after-town", "石湾镇金禾村村委会为困难户送去慰问品。", {"石湾镇金禾村村委会"}),
    ("village-committee-after-town-trad", "石灣鎮金禾村村委會為困難戶送去慰問品。", {"石灣鎮金禾村村委會"}),
    ("residents-committee", "鹿鸣社区居民委员会组织居民开展消防演练。", {"鹿鸣社区居民委员会"}),
    ("village-party-branch-in-a-title", "金禾村党支部书记李强带领村民发展特色产业。", {"金禾村党支部"}),
    ("village-party-branch-in-a-title-trad", "金禾村黨支部書記李強帶領村民發展特色產業。", {"金禾村黨支部"}),
    ("taiwan-village-office-trad", "翠屏里辦公處今天發放防災物資。", {"翠屏里辦公處"}),
    ("singapore-citizens-consultative-committee", "柳溪公民咨询委员会为年长居民派发红包。", {"柳溪公民咨询委员会"}),
    ("malaysia-new-village-committee", "金禾新村村委会主席陈亚明表示，将修缮村内道路。", {"金禾新村村委会"}),
    ("village-committee-alone-near-miss", "村委会干部挨家挨户宣传防汛知识。", set()),
    ("village-as-place-near-miss", "金禾村村民种植水稻三千亩。", set()),
    ("village-cadres-near-miss-trad", "村幹部和村民一起清理河道。", set()),
    ("two-village-committees-generic-near-miss", "村两委成员分片包干负责排查。", set()),
]

PARTY_ORGANS = [
    ("town-party-committee-full", "中共石湾镇委员会召开全体会议。", {"中共石湾镇委员会"}),
    ("discipline-and-supervision-commission", "柳溪县纪委监委通报三起典型案例。", {"柳溪县纪委监委"}),
    ("university-party-committee-in-a-title", "云岗大学党委书记张伟出席开学典礼。", {"云岗大学党委"}),
    ("university-party-committee-in-a-title-trad", "雲岡大學黨委書記張偉出席開學典禮。", {"雲岡大學黨委"}),
    ("town-party-committee", "石湾镇党委召开专题会议研究防汛工作。", {"石湾镇党委"}),
    ("company-party-committee", "金禾集团党委组织党员开展志愿服务。", {"金禾集团党委"}),
    ("political-and-legal-commission", "中共云岗市委政法委员会部署平安建设工作。", {"中共云岗市委政法委员会"}),
    ("taiwan-county-party-branch-trad", "國民黨雲岡縣黨部今天舉行新春團拜。", {"國民黨雲岡縣黨部"}),
    ("taiwan-county-party-branch-in-a-title-trad", "民進黨柳溪縣黨部主委表示將全力輔選。", {"民進黨柳溪縣黨部"}),
    ("malaysia-state-party-committee", "民主行动党柔佛州委会今日召开紧急会议。", {"民主行动党柔佛州委会"}),
    ("singapore-party-branch", "人民行动党翠屏支部为居民举办新春活动。", {"人民行动党翠屏支部"}),
    ("town-party-secretary-without-place-near-miss", "镇党委书记王强主持会议。", set()),
    ("party-committees-at-every-level-near-miss", "各级党委要切实落实主体责任。", set()),
    ("grassroots-party-organisations-near-miss", "基层党组织和党员干部冲在一线。", set()),
    ("party-branch-chief-alone-near-miss-trad", "黨部主委表示，將全力支持。", set()),
]

LEGISLATURES = [
    ("county-people-s-congress-standing-committee", "柳溪县人大常委会召开第十次会议。", {"柳溪县人大常委会"}),
    ("city-people-s-congress-standing-committee-trad", "雲岡市人大常委會審議通過多項決定。", {"雲岡市人大常委會"}),
    ("cppcc-of-a-city-in-a-title", "云岗市政协委员李明提交了关于养老服务的提案。", {"云岗市政协"}),
    ("npc-standing-committee", "全国人大常委会今天表决通过法律修正案。", {"全国人大常委会"}),
    ("hk-legco-passes-trad", "立法會今日三讀通過條例草案。", {"立法會"}),
    ("hk-legco-and-district-council-in-titles-trad", "立法會議員陳志明今日與柳溪區議會議員會面。", {"立法會", "柳溪區議會"}),
    ("macau-legco-trad", "澳門立法會今日細則性通過法案。", {"立法會"}),
    ("taiwan-county-council-trad", "雲岡縣議會今天三讀通過自治條例。", {"雲岡縣議會"}),
    ("malaysia-state-assembly", "柔佛州议会今日通过下年度财政预算案。", {"柔佛州议会"}),
    ("malaysia-district-council", "金禾县议会展开取缔非法摊贩行动。", {"金禾县议会"}),
    ("legco-panel-trad", "立法會交通事務委員會今日討論票價調整。", {"立法會交通事務委員會"}),
    ("city-standing-committee-without-place-near-miss", "会议由市人大常委会主任主持。", set()),
    ("councillors-without-body-near-miss-trad", "議會質詢時，議員要求縣府說明。", set()),
    ("deputies-and-members-near-miss", "人大代表和政协委员积极建言献策。", set()),
]

GOVERNMENTS_BY_PLACE_AND_LEVEL = [
    ("town-government", "石湾镇人民政府组织干部下村排查隐患。", {"石湾镇人民政府"}),
    ("township-government-trad", "翠屏鄉人民政府組織幹部下村排查隱患。", {"翠屏鄉人民政府"}),
    ("taiwan-town-office-trad", "石灣鎮公所今天發放防颱沙包。", {"石灣鎮公所"}),
    ("county-and-town-government", "柳溪县石湾镇人民政府与金禾集团签约。", {"柳溪县石湾镇人民政府", "金禾集团"}),
    ("district-government-of-a-city", "云岗市柳溪区人民政府发布通告。", {"云岗市柳溪区人民政府"}),
    ("district-government-of-a-city-trad", "雲岡市柳溪區人民政府發布通告。", {"雲岡市柳溪區人民政府"}),
    ("province-and-county-government", "江南省柳溪县人民政府印发通知。", {"江南省柳溪县人民政府"}),
    ("taiwan-township-office-after-county-trad", "雲岡縣桐川鄉公所今天舉辦敬老活動。", {"雲岡縣桐川鄉公所"}),
    ("malaysia-state-government-short", "柔州政府宣布拨款维修乡区道路。", {"柔州政府"}),
    ("local-government-near-miss", "当地政府迅速组织救援力量。", set()),
    ("local-government-near-miss-trad", "當地政府已啟動應急預案。", set()),
    ("county-and-township-governments-generic-near-miss", "县政府和乡镇政府联合开展排查。", set()),
    ("town-as-place-near-miss", "石湾镇今年接待游客五十万人次。", set()),
    ("town-office-generic-near-miss-trad", "鎮公所人員到場協助清理。", set()),
]

SHORT_FORMS_AFTER_FULL_NAME = [
    ("hospital-short-form-declared", "云岗市第一人民医院（简称“云岗市一院”）新院区今天开诊，云岗市一院表示将增加床位。",
     {"云岗市第一人民医院"}),
    ("court-short-form-re-mention", "柳溪县人民法院审结此案。柳溪法院认为，被告人的行为构成诈骗罪。", {"柳溪县人民法院"}),
    ("college-short-form-declared", "云岗职业技术学院（以下简称云岗职院）今年新增三个专业，云岗职院毕业生就业率较高。",
     {"云岗职业技术学院"}),
    ("hk-federation-short-form-trad", "柳溪教育工作者聯會（教聯）今日公布調查，教聯指出教師壓力上升。", {"柳溪教育工作者聯會"}),
    ("taiwan-union-short-form-trad", "雲岡縣教師職業工會（教師工會）今天召開記者會，教師工會理事長表示反對。",
     {"雲岡縣教師職業工會"}),
    ("village-committee-generic-short-form", "金禾村村民委员会（以下简称村委会）将统一组织施工。", {"金禾村村民委员会"}),
    ("federation-short-form-re-mention", "柳溪县工商业联合会（柳溪县工商联）今天换届，柳溪县工商联将吸纳更多民营企业。",
     {"柳溪县工商业联合会"}),
    ("malaysia-federation-short-form", "马来西亚金禾商会联合会（金商联）今日发表文告，金商联促请政府延后加税。", {"金禾商会联合会"}),
    ("bank-short-form-re-mention-trad", "雲岡商業銀行今日公布業績，雲岡商銀表示貸款增長穩定。", {"雲岡商業銀行"}),
    ("school-short-form-re-mention-trad", "雲岡縣立桐川國民中學今天舉行校慶，桐川國中校長致詞。", {"雲岡縣立桐川國民中學"}),
    ("macau-association-short-form-trad", "澳門石灣街坊聯誼會（石灣街坊會）今日舉辦敬老宴。", {"石灣街坊聯誼會"}),
]

PROJECTS_SCHEMES_AND_EVENTS = [
    ("bridge-project-near-miss", "柳溪大桥建设工程进展顺利。", set()),
    ("light-rail-project-near-miss-trad", "雲岡輕軌工程預計明年完工。", set()),
    ("talent-scheme-in-quotes-near-miss", "云岗市启动“金禾计划”，培养青年人才。", set()),
    ("taiwan-scheme-near-miss-trad", "雲岡縣推動青年返鄉創業計畫。", set()),
    ("water-diversion-project-with-company", "柳溪引水工程由金禾建设集团承建。", {"金禾建设集团"}),
    ("beer-festival-near-miss", "第五届云岗啤酒节今晚开幕。", set()),
    ("marathon-near-miss-trad", "第十屆柳溪國際馬拉松今晨起跑。", set()),
    ("games-of-a-county-near-miss", "柳溪县第十届运动会在县体育场开幕。", set()),
    ("trade-fair-short-name-near-miss-trad", "本屆雲博會吸引三百家廠商參展。", set()),
    ("renovation-project-near-miss", "石湾老旧小区改造项目今日开工。", set()),
]

BUILDINGS_AND_VENUES = [
    ("bank-moves-into-a-building", "云岗银行迁入金禾大厦办公。", {"云岗银行"}),
    ("fire-in-a-building-trad", "金禾大廈今日發生火警，消防處派員到場。", {"消防處"}),
    ("convention-centre-venue-near-miss-trad", "書展在柳溪會展中心舉行。", set()),
    ("people-s-hall-venue-near-miss", "颁奖礼在柳溪县人民会堂举行。", set()),
    ("building-named-after-a-bank-near-miss", "推介会在云岗银行大厦举行。", set()),
    ("stadium-venue-near-miss-trad", "決賽在雲岡體育館舉行。", set()),
    ("square-and-plaza-near-miss", "市民在金禾广场观看灯光秀。", set()),
    ("hall-of-a-body-as-venue-near-miss-trad", "講座在柳溪同鄉會禮堂舉行。", set()),
]

LAWS_AND_DOCUMENTS = [
    ("regulation-in-book-marks-near-miss", "《柳溪县村庄规划管理条例》今日起施行。", set()),
    ("regulation-in-book-marks-near-miss-trad", "《雲岡縣自治條例》今天三讀通過。", set()),
    ("government-issues-a-document", "云岗市人民政府印发《关于加快乡村振兴的若干意见》。", {"云岗市人民政府"}),
    ("hk-ordinance-near-miss-trad", "《建築物條例》修訂後，業主須定期驗樓。", set()),
    ("plan-in-book-marks-near-miss", "《石湾镇国土空间规划》通过专家评审。", set()),
]

PRODUCTS_BRANDS_AND_PLACES = [
    ("rice-brand-near-miss", "金禾牌大米销往全国二十多个省份。", set()),
    ("sauce-brand-near-miss-trad", "翠屏牌醬油在超市熱銷。", set()),
    ("old-town-place-near-miss", "石湾古镇吸引大批游客。", set()),
    ("old-street-place-near-miss-trad", "遊客湧入翠屏老街。", set()),
    ("scenic-area-near-miss", "柳溪湿地公园今年接待游客百万人次。", set()),
    ("industrial-park-place-near-miss-trad", "雲岡工業區今年新增進駐廠商二十家。", set()),
]

GENERIC_WORDS = [
    ("relevant-enterprises-near-miss", "相关企业须在月底前完成整改。", set()),
    ("units-and-enterprises-near-miss", "有关单位和相关企业要落实安全责任。", set()),
    ("departments-concerned-near-miss-trad", "有關部門正跟進事件，暫未有人受傷。", set()),
    ("functional-departments-near-miss", "县直各职能部门负责人参加会议。", set()),
    ("competent-authority-near-miss-trad", "主管機關將依法處分業者。", set()),
    ("government-departments-at-every-level-near-miss", "各级政府部门要加强协调配合。", set()),
]

PAGES = [
    ("page-village-flood", "石湾镇抢修水毁道路\n2026-07-12 10:20 来源：柳溪新闻网\n连日暴雨致金禾村多处道路损毁。"
     "石湾镇人民政府组织干部连夜抢修，金禾村村民委员会动员村民参与。柳溪县交通运输局派出技术人员现场指导。",
     {"石湾镇人民政府", "金禾村村民委员会", "柳溪县交通运输局"}),
    ("page-taiwan-council-trad", "縣議會三讀通過預算\n2026-12-20 來源：雲岡日報\n雲岡縣議會今天三讀通過明年度總預算。"
     "縣府主計處表示，預算將優先用於長照。國民黨雲岡縣黨部與民進黨雲岡縣黨部均發表聲明。",
     {"雲岡縣議會", "縣府主計處", "國民黨雲岡縣黨部", "民進黨雲岡縣黨部"}),
    ("page-hk-court-trad", "男子醉駕判囚\n2026-05-06 來源：柳溪日報\n一名男子醉酒駕駛，今日在柳溪裁判法院被判監禁四個月。"
     "警務處表示，將繼續打擊醉駕。",
     {"柳溪裁判法院", "警務處"}),
    ("page-listed-company-results", "金禾股份上半年净利增长\n2026-08-28 来源：云岗财经\n金禾股份（688999.SH）今晚发布半年报，"
     "营业收入同比增长12%。公司表示，将加大研发投入。云岗银行、柳溪农商银行为其主要贷款银行。",
     {"金禾股份", "云岗银行", "柳溪农商银行"}),
    ("page-malaysia-association", "同乡会颁发助学金\n2026-09-01 来源：南洋柳溪报\n（新山1日讯）柔佛金禾同乡会今日颁发助学金予八十名学生，"
     "该会会长拿督陈文强表示，同乡会将继续支持教育。新山金禾独立中学董事部也派代表出席。",
     {"柔佛金禾同乡会", "新山金禾独立中学董事部"}),
]

SECOND_ROUND = [  # written after the first round passed, before running: the same classes in other shapes
    ("criminal-investigation-brigade-of-a-branch", "云岗市公安局石湾分局刑侦大队破获一起盗窃案。", {"云岗市公安局石湾分局刑侦大队"}),
    ("taiwan-criminal-police-brigade-trad", "雲岡縣警察局刑事警察大隊今天破獲詐騙機房。", {"雲岡縣警察局刑事警察大隊"}),
    ("county-detention-house", "柳溪县看守所开展在押人员法律教育。", {"柳溪县看守所"}),
    ("intermediate-court-enforcement-bureau", "云岗市中级人民法院执行局冻结被执行人存款。", {"云岗市中级人民法院执行局"}),
    ("taiwan-court-short-re-mention-trad", "雲岡地方法院今天宣判，雲岡地院認定被告犯行明確。", {"雲岡地方法院"}),
    ("railway-transport-court", "云岗铁路运输法院审结一起旅客人身损害纠纷。", {"云岗铁路运输法院"}),
    ("county-tcm-hospital", "柳溪县中医医院开设针灸门诊。", {"柳溪县中医医院"}),
    ("town-central-health-centre-trad", "石灣鎮中心衛生院新建住院樓投入使用。", {"石灣鎮中心衛生院"}),
    ("hospital-and-health-centre-form-a-group", "柳溪县人民医院与石湾镇卫生院组建医共体。", {"柳溪县人民医院", "石湾镇卫生院"}),
    ("taiwan-memorial-hospital-trad", "雲岡長庚紀念醫院今天舉辦義診。", {"雲岡長庚紀念醫院"}),
    ("county-number-one-middle-school", "柳溪县第一中学高考上线率创新高。", {"柳溪县第一中学"}),
    ("foreign-languages-school", "云岗外国语学校与翠屏中学结为姊妹学校。", {"云岗外国语学校", "翠屏中学"}),
    ("taiwan-municipal-primary-full-trad", "雲岡市立柳溪國民小學學生參加全國語文競賽。", {"雲岡市立柳溪國民小學"}),
    ("malaysia-chinese-primary-school", "金禾华文小学今年新生人数增加。", {"金禾华文小学"}),
    ("macau-secondary-school-trad", "澳門柳溪中學學生在數學比賽中奪得金獎。", {"柳溪中學"}),
    ("teachers-college", "云岗师范高等专科学校今年招生两千人。", {"云岗师范高等专科学校"}),
    ("rural-bank-branch-full-name", "云岗农村商业银行股份有限公司石湾支行开业。", {"云岗农村商业银行股份有限公司石湾支行"}),
    ("village-and-town-bank", "柳溪村镇银行向农户发放贷款三千万元。", {"柳溪村镇银行"}),
    ("hk-bank-with-bracketed-region-trad", "翠屏銀行（香港）有限公司今日宣布上調存款利率。", {"翠屏銀行（香港）有限公司"}),
    ("listed-with-code-word-and-colon", "云岗电器（证券代码：002999）公告称，拟投资建设新基地。", {"云岗电器"}),
    ("city-federation-of-trade-unions", "云岗市总工会为一线职工送清凉。", {"云岗市总工会"}),
    ("hk-union-federation-trad", "香港柳溪工會聯合會今日向勞工處遞交請願信。", {"柳溪工會聯合會", "勞工處"}),
    ("taiwan-fishers-association-trad", "柳溪區漁會今天舉辦魚苗放流活動。", {"柳溪區漁會"}),
    ("malaysia-alumni-association", "马来西亚金禾留台同学会颁发奖学金。", {"金禾留台同学会"}),
    ("private-enterprises-association", "云岗市个体私营企业协会组织会员学习新规。", {"云岗市个体私营企业协会"}),
    ("residents-committee-after-street-and-district", "云岗市石湾区金禾街道鹿鸣社区居委会开展敬老活动。", {"云岗市石湾区金禾街道鹿鸣社区居委会"}),
    ("village-committee-in-a-title", "鹿鸣村委会主任陈建国介绍了村里的变化。", {"鹿鸣村委会"}),
    ("village-economic-cooperative", "金禾村股份经济合作社向村民分红一百万元。", {"金禾村股份经济合作社"}),
    ("county-party-committee-office", "中共柳溪县委办公室印发通知。", {"中共柳溪县委办公室"}),
    ("party-department-in-a-title", "云岗市委组织部副部长刘洋出席。", {"云岗市委组织部"}),
    ("party-general-branch-of-a-village-trad", "金禾村黨總支組織黨員清理河道。", {"金禾村黨總支"}),
    ("organs-working-committee-of-a-county", "柳溪县直机关工委举办党务培训班。", {"柳溪县直机关工委"}),
    ("party-central-headquarters-trad", "國民黨中央黨部今天發布新聞稿。", {"國民黨中央黨部"}),
    ("county-congress-standing-committee-full", "柳溪县人民代表大会常务委员会任命了新一批干部。", {"柳溪县人民代表大会常务委员会"}),
    ("taiwan-council-speaker-in-a-title-trad", "雲岡縣議會議長陳明德今天主持定期大會。", {"雲岡縣議會"}),
    ("county-committee-and-government-elided", "柳溪县委、县政府召开全县经济工作会议。", {"柳溪县委"}),
    ("township-government", "金禾乡人民政府开展防汛演练。", {"金禾乡人民政府"}),
    ("taiwan-district-office-of-a-city-trad", "雲岡市柳溪區公所今天發放急難救助金。", {"雲岡市柳溪區公所"}),
    ("county-government-without-people-trad", "柳溪縣政府今天宣布停班停課。", {"柳溪縣政府"}),
    ("reservoir-project-near-miss", "石湾水库除险加固工程通过验收。", set()),
    ("residential-estate-near-miss", "金禾花园小区加装电梯二十部。", set()),
    ("county-town-place-near-miss", "柳溪县城新增停车位三千个。", set()),
    ("bridge-place-near-miss-trad", "石灣大橋今晚封閉施工。", set()),
    ("gazetteer-in-book-marks-near-miss", "《柳溪县志》修订本正式出版。", set()),
    ("air-conditioner-product-near-miss", "金禾空调在电商平台销量第一。", set()),
    ("metro-line-near-miss-trad", "雲岡捷運綠線明年通車。", set()),
    ("new-district-place-near-miss", "柳溪新区今年引进项目三十个。", set()),
    ("village-health-room-near-miss", "村卫生室医生上门为老人体检。", set()),
]

THIRD_ROUND = [  # written after the second round passed, before running: the same bodies after prepositions, in lists,
    # in title chains, as places of an incident, and generic kinds by level
    ("court-after-cong", "记者从柳溪县人民法院获悉，该案已审结。", {"柳溪县人民法院"}),
    ("town-government-after-ju", "据石湾镇人民政府介绍，全镇已转移群众三百人。", {"石湾镇人民政府"}),
    ("court-after-jing-trad", "經雲岡市中級人民法院審理查明，被告人多次行騙。", {"雲岡市中級人民法院"}),
    ("hospitals-listed-before-a-kind", "柳溪县人民医院、柳溪县中医医院、石湾镇卫生院等医疗机构参与救治。",
     {"柳溪县人民医院", "柳溪县中医医院", "石湾镇卫生院"}),
    ("schools-listed-with-he", "云岗市第三中学、柳溪县第一中学和金禾小学的学生参加了演出。",
     {"云岗市第三中学", "柳溪县第一中学", "金禾小学"}),
    ("council-government-and-party-branch-listed-trad", "雲岡縣議會、雲岡縣政府及國民黨雲岡縣黨部均派員出席。",
     {"雲岡縣議會", "雲岡縣政府", "國民黨雲岡縣黨部"}),
    ("title-chain-county-committee-and-town-party-committee", "柳溪县委常委、石湾镇党委书记张华出席。", {"柳溪县委", "石湾镇党委"}),
    ("title-chain-congress-and-union-with-level", "云岗市人大常委会副主任、市总工会主席李强讲话。", {"云岗市人大常委会", "市总工会"}),
    ("county-councillor-title-near-miss-trad", "雲岡縣議員陳大文今天召開記者會。", set()),
    ("town-people-s-congress-in-a-title", "石湾镇人大主席王海出席会议。", {"石湾镇人大"}),
    ("county-cppcc-in-a-title-trad", "柳溪縣政協主席林志強率隊視察。", {"柳溪縣政協"}),
    ("taiwan-code-four-digits-trad", "雲岡金控（2888）今天公布上半年獲利。", {"雲岡金控"}),
    ("hk-code-four-digits-trad", "翠屏地產（0123）宣布派發中期股息。", {"翠屏地產"}),
    ("school-short-form-alone", "柳溪一中学生在省运会上获得三枚金牌。", {"柳溪一中"}),
    ("supreme-court-circuit-tribunal", "最高人民法院第一巡回法庭公开审理一起行政案件。", {"最高人民法院第一巡回法庭"}),
    ("court-enforcement-bureau-in-a-title", "柳溪县人民法院执行局局长赵刚介绍了执行情况。", {"柳溪县人民法院执行局"}),
    ("taiwan-industrial-union-federation-trad", "雲岡市產業總工會今天到勞動部陳情。", {"雲岡市產業總工會", "勞動部"}),
    ("malaysia-construction-guild", "金禾建筑公会促请政府加快审批。", {"金禾建筑公会"}),
    ("taiwan-compatriots-friendship-association", "柳溪县台胞联谊会举办中秋联谊活动。", {"柳溪县台胞联谊会"}),
    ("community-party-committee-with-place", "金禾社区党委组织党员开展志愿服务。", {"金禾社区党委"}),
    ("village-party-secretary-alone-near-miss", "村党支部书记带头捐款。", set()),
    ("township-health-centres-near-miss", "全县乡镇卫生院全部完成标准化改造。", set()),
    ("courts-at-every-level-near-miss", "各级人民法院要依法保障当事人权益。", set()),
    ("county-level-hospitals-near-miss", "县级医院和社区卫生服务中心实现信息互通。", set()),
    ("city-run-hospitals-near-miss-trad", "市屬醫院一律暫停探病。", set()),
    ("district-schools-near-miss", "区属学校将统一配备空调。", set()),
    ("group-and-its-brand", "金禾集团旗下金禾牌大米销量增长。", {"金禾集团"}),
    ("accident-at-a-health-centre-gate-near-miss", "事故发生在石湾镇卫生院门口。", set()),
    ("crowd-outside-a-school-near-miss-trad", "家長聚集在柳溪中學門外等候。", set()),
    ("police-station-near-a-crash", "在石湾派出所附近发生一起车祸，石湾派出所民警迅速处置。", {"石湾派出所"}),
    ("union-and-company-sign-trad", "雲岡縣教師職業工會與翠屏科技股份有限公司簽署合作協議。", {"雲岡縣教師職業工會", "翠屏科技股份有限公司"}),
    ("bank-branch-after-xiang", "村民向云岗银行石湾支行申请贷款。", {"云岗银行石湾支行"}),
    ("singapore-town-council-and-ministry", "翠屏市镇理事会与国家发展部联合推出翻新计划。", {"翠屏市镇理事会", "国家发展部"}),
    ("macau-association-hosts-trad", "活動由澳門柳溪同鄉聯誼會主辦，澳門翠屏街坊會協辦。", {"柳溪同鄉聯誼會", "翠屏街坊會"}),
    ("malaysia-state-assembly-member-title", "柔佛州议会议员陈志明出席活动。", {"柔佛州议会"}),
    ("hk-district-council-after-yu-trad", "運輸署將與柳溪區議會商討改善措施。", {"運輸署", "柳溪區議會"}),
]

FOURTH_ROUND = [  # written after the third round passed, before running: short forms alone, units of tax and customs,
    # party schools, owners' and mutual-aid bodies, boards of schools, and near misses by building, meeting and kind
    ("court-short-form-alone", "柳溪法院判决被告赔偿原告损失五万元。", {"柳溪法院"}),
    ("taiwan-court-short-form-alone-trad", "雲岡地院今天判決被告無罪。", {"雲岡地院"}),
    ("party-school-of-a-city", "云岗市委党校举办中青年干部培训班。", {"云岗市委党校"}),
    ("party-school-of-a-county-trad", "柳溪縣委黨校舉辦中青年幹部培訓班。", {"柳溪縣委黨校"}),
    ("anti-smuggling-bureau-of-customs", "云岗海关缉私分局查获走私冻品三十吨。", {"云岗海关缉私分局"}),
    ("tax-branch-of-a-county-bureau", "柳溪县税务局石湾税务分局为企业办理退税。", {"柳溪县税务局石湾税务分局"}),
    ("town-law-enforcement-team", "石湾镇综合行政执法队拆除违章建筑。", {"石湾镇综合行政执法队"}),
    ("hk-area-committee-trad", "柳溪分區委員會今日舉辦防火講座。", {"柳溪分區委員會"}),
    ("hk-mutual-aid-committee-trad", "柳溪大廈互助委員會向住戶派發口罩。", {"柳溪大廈互助委員會"}),
    ("hk-owners-corporation-trad", "柳溪邨業主立案法團決定更換管理公司。", {"柳溪邨業主立案法團"}),
    ("macau-mutual-aid-association-trad", "澳門柳溪坊眾互助會舉辦親子旅行。", {"柳溪坊眾互助會"}),
    ("taiwan-parents-association-trad", "柳溪國中家長會捐贈冷氣給學校。", {"柳溪國中家長會"}),
    ("singapore-club-management-committee", "翠屏民众俱乐部管委会主办中秋提灯会。", {"翠屏民众俱乐部管委会"}),
    ("malaysia-school-board", "金禾华小董事会发动筹款兴建新校舍。", {"金禾华小董事会"}),
    ("county-urban-management-bureau", "柳溪县城市管理局开展占道经营整治。", {"柳溪县城市管理局"}),
    ("police-building-near-miss", "民众聚集在柳溪县公安局大楼前。", set()),
    ("school-playground-venue-near-miss", "活动在金禾小学操场举行。", set()),
    ("parents-meeting-near-miss", "学校定于周五召开家长会。", set()),
    ("board-recommends-dividend-near-miss-trad", "董事會建議派發末期股息每股十仙。", set()),
    ("owners-committee-generic-near-miss", "小区业主委员会表示将依法维权。", set()),
    ("urban-management-officers-near-miss", "城管队员劝离占道摊贩。", set()),
    ("harvest-festival-near-miss", "柳溪县第三届农民丰收节在石湾镇开幕。", set()),
    ("two-sessions-of-a-city-near-miss", "云岗市两会期间，代表委员热议民生。", set()),
    ("district-council-ordinance-near-miss-trad", "《區議會條例》修訂後，議席數目減少。", set()),
    ("parties-concerned-near-miss", "有关方面正在核实情况。", set()),
    ("enterprise-involved-near-miss", "涉事企业已被责令停产整顿。", set()),
    ("department-heads-near-miss-trad", "相關部門負責人到場了解情況。", set()),
    ("government-of-jurisdiction-near-miss", "属地政府要切实承担监管责任。", set()),
]

FIFTH_ROUND = [  # written after the fourth round, before running: the new endings used as kinds, meetings and places
    ("gathering-named-friendship-meeting-near-miss", "云岗大学校友新春联谊会今晚在柳溪举行。", set()),
    ("gathering-named-friendship-meeting-near-miss-trad", "柳溪同鄉新春聯誼會今晚舉行，逾千人出席。", set()),
    ("friendship-association-holds-a-gathering", "柳溪县台胞联谊会举办新春联谊会。", {"柳溪县台胞联谊会"}),
    ("branch-bureaus-generic-near-miss", "各公安分局要加强夜间巡逻。", set()),
    ("kindergartens-nearby-near-miss", "附近幼儿园全部停课。", set()),
    ("kindergarten-generic-near-miss-trad", "幼稚園和小學明天停課。", set()),
    ("study-at-a-party-school-near-miss", "他曾在党校学习半年。", set()),
    ("detention-house-generic-near-miss", "犯罪嫌疑人已被送往看守所羁押。", set()),
    ("law-enforcement-team-generic-near-miss", "执法队员现场拆除违建。", set()),
    ("mutual-aid-generic-near-miss-trad", "村民自發成立互助會，輪流照顧長者。", set()),
    ("owners-corporation-chair-generic-near-miss-trad", "法團主席表示將召開業主大會。", set()),
    ("tribunal-generic-near-miss", "人民法庭就地开庭审理。", set()),
    ("justice-office-staff-generic-near-miss", "司法所工作人员上门调解。", set()),
    ("numbered-plenum-near-miss", "十九届三中全会精神宣讲活动在柳溪举行。", set()),
    ("numbered-school-of-a-city", "云岗二中与柳溪一小结对帮扶。", {"云岗二中", "柳溪一小"}),
    ("numbered-school-trad", "雲岡二中學生赴臺交流。", {"雲岡二中"}),
    ("county-police-branch-and-court-trad", "柳溪縣公安局石灣分局將案件移送柳溪縣人民檢察院。", {"柳溪縣公安局石灣分局", "柳溪縣人民檢察院"}),
    ("party-school-and-university-sign", "中共柳溪县委党校与云岗大学签署合作协议。", {"中共柳溪县委党校", "云岗大学"}),
    ("kindergarten-of-a-university", "云岗大学幼儿园开展亲子运动会。", {"云岗大学幼儿园"}),
    ("hk-kindergarten-trad", "柳溪幼稚園今日舉行畢業禮。", {"柳溪幼稚園"}),
    ("parents-association-generic-near-miss-trad", "家長會代表到校了解情況。", set()),
    ("residential-estate-committee-named", "金禾花园小区业主委员会发布公告。", {"金禾花园小区业主委员会"}),
    ("whole-city-schools-near-miss-trad", "全市中小學明天停課一天。", set()),
    ("jurisdiction-police-stations-near-miss-trad", "轄區派出所民警到場處理。", set()),
]

SIXTH_ROUND = [  # written after the fifth round, before running: legislatures, party organs and short forms in the
    # regions' own words
    ("hk-legco-subcommittee-trad", "立法會房屋事務委員會今日討論公屋輪候時間。", {"立法會房屋事務委員會"}),
    ("hk-district-council-committee-trad", "柳溪區議會交通及運輸委員會通過動議。", {"柳溪區議會交通及運輸委員會"}),
    ("macau-legco-committee-trad", "立法會第二常設委員會今日細則性審議法案。", {"立法會第二常設委員會"}),
    ("taiwan-township-representatives-council-trad", "翠屏鄉民代表會今天通過預算。", {"翠屏鄉民代表會"}),
    ("taiwan-city-council-caucus-trad", "雲岡市議會國民黨團今天召開記者會。", {"雲岡市議會國民黨團"}),
    ("singapore-town-council-short", "翠屏市理会宣布调整杂费。", {"翠屏市理会"}),
    ("malaysia-state-executive-council", "柔佛州行政议会批准该项发展计划。", {"柔佛州行政议会"}),
    ("malaysia-party-division", "马华柳溪区会主席表示将协助居民。", {"马华柳溪区会"}),
    ("county-party-committee-united-front-trad", "中共柳溪縣委統戰部舉辦座談會。", {"中共柳溪縣委統戰部"}),
    ("town-discipline-commission", "石湾镇纪委对违规干部进行诫勉谈话。", {"石湾镇纪委"}),
    ("university-discipline-committee-in-a-title", "云岗大学纪委书记刘芳出席。", {"云岗大学纪委"}),
    ("company-party-committee-full-name", "中共金禾集团有限公司委员会召开专题会议。", {"中共金禾集团有限公司委员会"}),
    ("taiwan-party-youth-wing-trad", "民進黨雲岡縣黨部青年部今天舉辦講座。", {"民進黨雲岡縣黨部青年部"}),
    ("county-congress-short-then-full", "柳溪县人民代表大会常务委员会（柳溪县人大常委会）发布公告。", {"柳溪县人民代表大会常务委员会"}),
    ("hospital-short-form-in-quotes-trad", "雲岡市立聯合醫院（簡稱「聯醫」）今天宣布擴大門診，聯醫表示將增聘醫師。", {"雲岡市立聯合醫院"}),
    ("association-short-form-re-mention-trad", "香港柳溪工商總會今日舉行就職典禮，柳溪工商總會會長致辭。", {"柳溪工商總會"}),
    ("court-and-its-short-form-in-one-sentence", "云岗市中级人民法院（云岗中院）依法驳回上诉。", {"云岗市中级人民法院"}),
    ("bank-short-form-declared", "柳溪农村商业银行（柳溪农商行）向村民发放贷款。", {"柳溪农村商业银行"}),
    ("school-short-form-declared-trad", "雲岡縣立柳溪國民中學（柳溪國中）今天舉行校慶。", {"雲岡縣立柳溪國民中學"}),
    ("legco-members-generic-near-miss-trad", "多名議員在會上提出質詢。", set()),
    ("councils-of-every-district-near-miss-trad", "各區區議會將於下月改選。", set()),
    ("people-s-congresses-at-every-level-near-miss", "各级人大常委会要加强监督。", set()),
    ("party-branches-of-villages-near-miss", "各村党支部组织党员学习。", set()),
    ("congress-session-near-miss", "柳溪县第十八届人民代表大会第三次会议开幕。", set()),
]

SEVENTH_ROUND = [  # written after the sixth round, before running: listed companies and banks in results news, and
    # hospitals and schools as subjects and objects, across the regions
    ("shenzhen-code-with-exchange-first", "翠屏电子（SZ.002888）发布业绩预告。", {"翠屏电子"}),
    ("hk-code-with-word-and-exchange-trad", "雲岡置業（股份代號：01888.HK）公布全年業績。", {"雲岡置業"}),
    # corrected after running: the stock code splits the written name, and ANNOTATION.md takes each name as written
    ("listed-bank-with-code-and-branch", "云岗银行（601999.SH）柳溪分行获评优秀网点。", {"云岗银行", "柳溪分行"}),
    ("singapore-bank-results", "翠屏银行第二季净利增长百分之八。", {"翠屏银行"}),
    ("malaysia-bank-trad", "馬來西亞金禾銀行宣布下調基本貸款利率。", {"金禾銀行"}),
    ("macau-bank-trad", "澳門翠屏銀行推出青年創業貸款。", {"翠屏銀行"}),
    ("taiwan-farmers-credit-department-trad", "柳溪鄉農會信用部今天推出優惠房貸。", {"柳溪鄉農會信用部"}),
    ("hospital-receives-patients", "伤者被送往柳溪县中医医院和石湾镇卫生院救治。", {"柳溪县中医医院", "石湾镇卫生院"}),
    ("hk-hospital-after-song-trad", "傷者由救護車送往柳溪醫院救治。", {"柳溪醫院"}),
    ("taiwan-hospital-branch-trad", "雲岡榮民總醫院柳溪分院今天啟用。", {"雲岡榮民總醫院柳溪分院"}),
    ("school-donated-to", "金禾集团向石湾镇中心小学捐赠图书一万册。", {"金禾集团", "石湾镇中心小学"}),
    ("singapore-primary-school-trad", "翠屏小學學生在全國華文比賽中奪冠。", {"翠屏小學"}),
    ("malaysia-independent-school-board-trad", "柳溪獨立中學董事會宣布減免學費。", {"柳溪獨立中學董事會"}),
    ("university-hospital-and-medical-school-trad", "雲岡大學附設醫院與雲岡大學醫學院合作研究。", {"雲岡大學附設醫院", "雲岡大學醫學院"}),
    ("company-products-near-miss", "金禾电子推出的新款手机售价三千元。", {"金禾电子"}),
    ("bank-card-product-near-miss", "市民可用信用卡在各大银行网点办理。", set()),
    ("hospital-wards-near-miss-trad", "病房和急症室已加強消毒。", set()),
    ("school-holidays-near-miss", "中小学暑假将于下周开始。", set()),
    ("share-price-index-near-miss-trad", "銀行股和地產股普遍上揚。", set()),
    ("listed-banks-generic-near-miss", "上市银行净利润普遍增长。", set()),
]

BANK = (POLICE + COURTS + HOSPITALS + SCHOOLS + DEPARTMENTS_INSIDE + BANKS_AND_LISTED + UNIONS_AND_ASSOCIATIONS
        + VILLAGES_AND_COMMUNITIES + PARTY_ORGANS + LEGISLATURES + GOVERNMENTS_BY_PLACE_AND_LEVEL
        + SHORT_FORMS_AFTER_FULL_NAME + PROJECTS_SCHEMES_AND_EVENTS + BUILDINGS_AND_VENUES + LAWS_AND_DOCUMENTS
        + PRODUCTS_BRANDS_AND_PLACES + GENERIC_WORDS + PAGES + SECOND_ROUND
        + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND
        + SEVENTH_ROUND)

XFAIL: dict[str, str] = {
    "page-taiwan-council-trad": "the segmenter cuts 主計處 as 主|计处 (a verb), so no ending closes the department after 縣府",
    "malaysia-party-division": "the tagger reads the party's short name 马华 as a person's and 会 as a verb, so no name "
                               "runs over 马华|柳溪区|会",
}


def test_organization_forms_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_forms_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
