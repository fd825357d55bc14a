"""Words the tagger takes for people or bodies in company, school and labour news: invented sentences in Simplified and
Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Each row asserts the exact people (with their
titles as written) and the exact set of organisations extract() lists; organisations are compared as the scorer
compares them (without one leading country or region word). A row whose organisations are None leaves them unchecked.

Expected values by ANNOTATION.md "People", "Organisations" and "Borderline calls":

- finance shorthand for a change over a period (季增, 年增, 月增, 年減, 季減, 月減, 年增率, 月增率, 年成長, 季成長, written
  after 營收, 出口, 毛利率 ...) names no person and no body: `營收月增12%、年增30%` lists nobody;
- a group noun before 代表 (畢業生代表, 學生代表, 新生代表, 家長代表, 員工代表, 居民代表, 村民代表, 勞方代表) describes the
  person named after it: the name is a person, the group noun is none, and the description is no title (descriptions
  are not titles, as 市民代表 heading a list gives none);
- a union or an association named by an occupation (外送員職業工會, 計程車駕駛員職業工會, 美髮業職業工會, 護理師護士公會,
  會計師公會, 的士司機從業員總會, 導遊從業員協會) is one organisation in its longest written form, and a post written after
  it makes the whole a title (台灣外送員職業工會理事長); the body never starts inside the occupation (員職業工會);
- region words (中南部, 北部, 東部, 中南部地區, 東海岸) are places, no body; a chamber's sitting written alone (院會) is a
  meeting, no body, while with its chamber (行政院會通過) the chamber acts (a blind annotator's gold lists 立法院 for
  立法院會三讀通過); 國立大學 alone is a generic noun, while a named one (國立東林大學, 新加坡國立大學) is a body;
- near misses: a real union or body written with its place, a person whose surname is 季 or 年 (季志明, 年麗君) before
  a finance term, 員 inside a place name (員林) or a given name (林員興), 年增/月增 opening ordinary words (明年增聘,
  今年增設), a surname with an honorific after a group 代表 (业主代表陈女士: no person), and a real post 代表
  (全國人大代表) that stays a title.

Every sentence, name and body is invented for this bank. Written, and committed, before running the extractor on it.
people: {name: [titles as written, in order]}; organisations: a set, or None when unchecked.
"""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key

FINANCE_TERMS = [
    ("tw-company-month-year-trad", "東林電子公司今天公布10月營收，月增12%、年增30%。", {}, {"東林電子公司"}),
    ("tw-quarter-year-trad", "該公司第三季營收季增8%，年增15%。", {}, set()),
    ("tw-bare-month-year-trad", "營收月增12%、年增30%，創同期新高。", {}, set()),
    ("tw-month-year-decrease-trad", "受淡季影響，上月營收月減9%、年減4%。", {}, set()),
    ("tw-quarter-year-decrease-points-trad", "第二季毛利率季減1.2個百分點，營益率年減0.8個百分點。", {}, set()),
    ("tw-year-rate-trad", "前十月累計營收年增率達21%。", {}, set()),
    ("tw-year-growth-trad", "全年營收年成長18%，每股純益5.2元。", {}, set()),
    ("tw-year-rate-month-rate-trad", "單月營收年增率為35%，月增率則為6%。", {}, set()),
    ("tw-orders-year-decrease-trad", "外銷訂單金額年減12.4%，連續三個月衰退。", {}, set()),
    ("tw-exports-year-increase-trad", "出口值年增8.5%，其中電子零組件年增12%。", {}, set()),
    ("tw-ministry-exports-trad", "財政部今天公布，11月出口年增20.3%。", {}, {"財政部"}),
    ("tw-statistics-office-growth-trad", "主計總處預估今年經濟年成長3.1%。", {}, {"主計總處"}),
    ("tw-bank-profit-trad", "東林銀行第三季稅後純益季增5%、年增11%。", {}, {"東林銀行"}),
    ("tw-industrial-index-trad", "工業生產指數年增6.4%，製造業年增6.9%。", {}, set()),
    ("tw-quarter-increase-opens-trad", "季增幅度優於預期，法人看好後市。", {}, set()),
    ("tw-year-decrease-opens-trad", "年減幅度收斂至3%，市場信心回穩。", {}, set()),
    ("tw-month-year-rough-trad", "本月營收月增約一成，年增逾兩成。", {}, set()),
    ("tw-cpi-year-increase-trad", "消費者物價指數年增2.1%，漲幅略為擴大。", {}, set()),
    ("tw-quarter-decrease-month-growth-trad", "手機出貨量季減6%，但月成長4%。", {}, set()),
    ("tw-chairman-with-results-trad", "東林電子公司董事長林志成表示，11月營收月增12%、年增30%。",
     {"林志成": ["東林電子公司董事長"]}, {"東林電子公司"}),
    ("tw-area-house-sales-trad", "台北地區房屋交易量季減7%，年減3%。", {}, set()),
    ("tw-company-month-year", "该公司10月营收月增12%、年增30%。", {}, set()),
    ("tw-exports-quarter-year", "台湾第三季出口年增9%，季增3%。", {}, set()),
    ("tw-year-growth", "全年营收年成长18%，每股纯益5.2元。", {}, set()),
    ("tw-month-year-decrease", "上月营收月减9%、年减4%。", {}, set()),
    ("tw-year-rate", "前十月累计营收年增率达21%。", {}, set()),
    ("tw-quarter-decrease-points", "毛利率季减1.2个百分点，年减0.8个百分点。", {}, set()),
    ("hk-statistics-year-month-trad", "政府統計處公布，零售業總銷貨價值按年上升5%，按月則下跌2%。", {}, {"政府統計處"}),
    ("mo-gaming-year-month-trad", "博彩監察協調局公布，上月博彩毛收入按年增加12%，按月減少3%。", {}, {"博彩監察協調局"}),
    ("my-statistics-year", "马来西亚统计局指出，制造业销售额按年增长6%。", {}, {"马来西亚统计局"}),
    ("sg-statistics-year", "新加坡统计局数据显示，零售额按年增长3.2%，按月增长0.8%。", {}, {"新加坡统计局"}),
    ("cn-year-on-year", "该公司前三季度营收同比增长12%，环比增长3%。", {}, set()),
]

FINANCE_NEAR_MISSES = [
    ("tw-cfo-surname-ji-trad", "財務長季志明表示，第三季營收季增12%。", {"季志明": ["財務長"]}, set()),
    ("tw-cfo-surname-ji", "财务长季志明表示，第三季营收季增12%。", {"季志明": ["财务长"]}, set()),
    ("tw-spokesperson-surname-nian-trad", "發言人年麗君指出，營收年增15%。", {"年麗君": ["發言人"]}, set()),
    ("tw-general-manager-surname-ji-trad", "總經理季偉明說，今年營收可望年成長兩成。", {"季偉明": ["總經理"]}, set()),
    ("tw-surname-ji-speaks-first-trad", "季偉明說，12月營收將月增一成。", {"季偉明": []}, set()),
    ("tw-next-year-hires-trad", "學校預計明年增聘教師五十名。", {}, set()),
    ("tw-this-year-adds-trad", "市府今年增設兩所公立幼兒園。", {}, set()),
    ("cn-this-year-adds", "全市今年增设三所公办幼儿园。", {}, set()),
    ("tw-surname-ji-mister-trad", "季先生表示，公司營收月增不少。", {}, set()),
    ("tw-surname-ji-described-trad", "一名季姓員工指出，年終獎金年減兩成。", {}, set()),
]

GROUP_REPRESENTATIVES = [
    ("tw-graduate-representative-trad", "畢業生代表林佳穎致詞時感謝師長。", {"林佳穎": []}, set()),
    ("tw-graduate-representative", "毕业生代表林佳颖致辞时感谢师长。", {"林佳颖": []}, set()),
    ("tw-graduate-representative-anonymised-trad", "畢業生代表林某某致詞。", {"林某某": []}, set()),
    ("tw-student-representative-trad", "學生代表陳冠宇上台領獎。", {"陳冠宇": []}, set()),
    ("tw-parent-representative-trad", "家長代表黃美玲表示，支持學校改建校舍。", {"黃美玲": []}, set()),
    ("tw-employee-representative-trad", "員工代表張志豪在會上發言，要求公司調薪。", {"張志豪": []}, set()),
    ("tw-resident-representative-trad", "居民代表李國強指出，工程噪音擾民。", {"李國強": []}, set()),
    ("tw-university-graduation-trad", "東林大學昨天舉行畢業典禮，畢業生代表王思涵致詞。", {"王思涵": []}, {"東林大學"}),
    ("tw-freshman-representative-trad", "新生代表劉子晴帶領同學宣誓。", {"劉子晴": []}, set()),
    ("tw-teacher-representative-trad", "教師代表吳淑芬分享教學經驗。", {"吳淑芬": []}, set()),
    ("tw-labour-representative-trad", "勞方代表林素貞表示，資方拖欠加班費。", {"林素貞": []}, set()),
    ("tw-union-representative-trad", "工會代表蔡明哲說，若協商破裂將發動罷工。", {"蔡明哲": []}, set()),
    ("cn-villager-representative", "村民代表覃志强反映村道年久失修。", {"覃志强": []}, set()),
    ("cn-student-representative", "学生代表陈思远在开学典礼上发言。", {"陈思远": []}, set()),
    ("cn-employee-representative", "职工代表周晓燕介绍了技能培训的收获。", {"周晓燕": []}, set()),
    ("cn-owner-representative-honorific", "业主代表陈女士表示不满。", {}, set()),
    ("cn-student-representatives-count", "学生代表共十人出席座谈。", {}, set()),
    ("hk-parent-representative-trad", "家長代表何嘉欣表示，希望學校增設課後託管。", {"何嘉欣": []}, set()),
    ("hk-resident-representative-trad", "居民代表鄧志強批評當局諮詢不足。", {"鄧志強": []}, set()),
    ("hk-student-representative", "学生代表何嘉欣在毕业礼上致辞。", {"何嘉欣": []}, set()),
    ("mo-freshman-representative-trad", "澳門大學昨日舉行開學典禮，新生代表梁嘉琪發言。", {"梁嘉琪": []}, {"澳門大學"}),
    ("mo-employee-representative-trad", "員工代表區志華表示，希望公司改善輪班安排。", {"區志華": []}, set()),
    ("sg-student-representative", "学生代表陈俊杰在毕业典礼上致辞。", {"陈俊杰": []}, set()),
    ("sg-resident-representative-trad", "居民代表黃建國說，新組屋區需要更多巴士服務。", {"黃建國": []}, set()),
    ("my-parent-representative", "家长代表林美华感谢董事部的付出。", {"林美华": []}, set()),
    ("my-graduate-representative-trad", "華小畢業生代表黃子軒致詞時哽咽。", {"黃子軒": []}, set()),
    ("my-employee-representative", "员工代表李振华说，公司应准时发放花红。", {"李振华": []}, set()),
    ("tw-npc-deputy-is-a-post-trad", "全國人大代表黃美玲表示，兩岸應加強交流。", {"黃美玲": ["全國人大代表"]}, None),
    ("tw-capital-side-surname-post-trad", "資方代表陳經理回應，公司將研議調薪。", {}, set()),
]

OCCUPATION_BODIES = [
    ("tw-delivery-union-chair-trad", "台灣外送員職業工會理事長周志偉今天召開記者會。",
     {"周志偉": ["台灣外送員職業工會理事長"]}, {"台灣外送員職業工會"}),
    ("tw-delivery-union-chair", "台湾外送员职业工会理事长周志伟今天召开记者会。",
     {"周志伟": ["台湾外送员职业工会理事长"]}, {"台湾外送员职业工会"}),
    ("tw-delivery-union-anonymised-trad", "台灣外送員職業工會理事長周某表示，平台抽成過高。",
     {"周某": ["台灣外送員職業工會理事長"]}, {"台灣外送員職業工會"}),
    ("tw-delivery-union-no-place-trad", "外送員職業工會呼籲平台業者提高保障。", {}, {"外送員職業工會"}),
    ("tw-delivery-union-hosts-trad", "記者會由台灣外送員職業工會主辦。", {}, {"台灣外送員職業工會"}),
    ("tw-taxi-union-chair-trad", "台北市計程車駕駛員職業工會理事長林國華表示，油價上漲衝擊司機收入。",
     {"林國華": ["台北市計程車駕駛員職業工會理事長"]}, {"台北市計程車駕駛員職業工會"}),
    ("tw-taxi-union-chair", "台北市计程车驾驶员职业工会理事长林国华表示，油价上涨冲击司机收入。",
     {"林国华": ["台北市计程车驾驶员职业工会理事长"]}, {"台北市计程车驾驶员职业工会"}),
    ("tw-taxi-union-meets-trad", "交通局長與台中市計程車駕駛員職業工會座談。", {}, {"台中市計程車駕駛員職業工會"}),
    ("tw-hairdressing-union-trad", "高雄市美髮業職業工會今天舉辦技能競賽。", {}, {"高雄市美髮業職業工會"}),
    ("tw-hairdressing-union", "高雄市美发业职业工会今天举办技能竞赛。", {}, {"高雄市美发业职业工会"}),
    ("tw-nurses-federation-trad", "台灣護理師護士公會全國聯合會呼籲政府改善護病比。", {}, {"台灣護理師護士公會全國聯合會"}),
    ("tw-nurses-association-chair-trad", "台北市護理師護士公會理事長陳淑芬表示，護理人力持續流失。",
     {"陳淑芬": ["台北市護理師護士公會理事長"]}, {"台北市護理師護士公會"}),
    ("tw-nurses-association-chair", "台北市护理师护士公会理事长陈淑芬表示，护理人力持续流失。",
     {"陈淑芬": ["台北市护理师护士公会理事长"]}, {"台北市护理师护士公会"}),
    ("tw-accountants-association-trad", "台中市會計師公會今天舉辦稅務講座。", {}, {"台中市會計師公會"}),
    ("tw-accountants-association", "台中市会计师公会今天举办税务讲座。", {}, {"台中市会计师公会"}),
    ("tw-accountants-federation-chair-trad", "會計師公會全國聯合會理事長張文彬指出，新制明年上路。",
     {"張文彬": ["會計師公會全國聯合會理事長"]}, {"會計師公會全國聯合會"}),
    ("tw-insurance-agents-union-trad", "高雄市保險業務員職業工會今天到勞動部陳情。", {}, {"高雄市保險業務員職業工會", "勞動部"}),
    ("tw-physicians-association-trad", "新北市醫師公會理事長黃冠華呼籲民眾接種疫苗。",
     {"黃冠華": ["新北市醫師公會理事長"]}, {"新北市醫師公會"}),
    ("tw-generic-union-chair-trad", "工會理事長周志偉表示，將與資方再協商。", {"周志偉": ["工會理事長"]}, set()),
    ("tw-pointed-association-chair-trad", "該公會理事長陳明德表示，會員普遍支持。", {"陳明德": ["該公會理事長"]}, set()),
    ("cn-taxi-drivers-association", "江源市出租汽车驾驶员协会会长王强表示，将规范行业收费。",
     {"王强": ["江源市出租汽车驾驶员协会会长"]}, {"江源市出租汽车驾驶员协会"}),
    ("cn-lawyers-association", "江源市律师协会组织律师开展义务法律咨询。", {}, {"江源市律师协会"}),
    ("cn-couriers-association-trad", "江源市快遞員協會向一線快遞員發放防暑物資。", {}, {"江源市快遞員協會"}),
    ("hk-delivery-union-trad", "香港外賣員工會今日到勞工處請願。", {}, {"香港外賣員工會", "勞工處"}),
    ("hk-taxi-drivers-chair-trad", "香港的士司機從業員總會主席陳志強表示，油價上升令司機百上加斤。",
     {"陳志強": ["香港的士司機從業員總會主席"]}, {"香港的士司機從業員總會"}),
    ("hk-nurses-association-trad", "香港護士協會會長李美玲表示，前線人手嚴重不足。",
     {"李美玲": ["香港護士協會會長"]}, {"香港護士協會"}),
    ("mo-tour-guides-chair-trad", "澳門導遊從業員協會理事長何偉明表示，旅客人數回升。",
     {"何偉明": ["澳門導遊從業員協會理事長"]}, {"澳門導遊從業員協會"}),
    ("mo-estate-agents-association-trad", "澳門地產從業員協會今日舉辦行業講座。", {}, {"澳門地產從業員協會"}),
    ("sg-taxi-drivers-association", "新加坡德士司机协会会长陈国良呼吁乘客耐心等候。",
     {"陈国良": ["新加坡德士司机协会会长"]}, {"新加坡德士司机协会"}),
    ("sg-nurses-association-trad", "新加坡護士協會今日頒發優秀護士獎。", {}, {"新加坡護士協會"}),
    ("my-hairdressing-guild-chair", "雪隆美发业公会主席林亚明表示，外劳短缺问题严重。",
     {"林亚明": ["雪隆美发业公会主席"]}, {"雪隆美发业公会"}),
    ("my-hairdressing-guild-chair-trad", "雪隆美髮業公會主席林亞明表示，外勞短缺問題嚴重。",
     {"林亞明": ["雪隆美髮業公會主席"]}, {"雪隆美髮業公會"}),
    ("my-taxi-drivers-guild-trad", "檳城德士司機公會今日向州政府提呈備忘錄。", {}, {"檳城德士司機公會"}),
    ("tw-generic-unions-trad", "各職業工會代表今天出席公聽會。", {}, set()),
]

REGION_AND_MEETING_WORDS = [
    ("tw-central-south-rain-trad", "中南部今天午後有雷陣雨。", {}, set()),
    ("tw-north-east-cold-trad", "北部、東部地區今天偏冷。", {}, set()),
    ("tw-central-south-region-air-trad", "中南部地區空氣品質不佳。", {}, set()),
    ("tw-weather-agency-central-south-trad", "中央氣象署預報，中南部高溫可達35度。", {}, {"中央氣象署"}),
    ("tw-environment-agency-central-south-trad", "環境部提醒中南部民眾減少戶外活動。", {}, {"環境部"}),
    ("tw-north-supply-south-reservoirs-trad", "北部地區供水正常，南部水庫蓄水率偏低。", {}, set()),
    ("tw-east-waters-trad", "東部海域浪高可達三米。", {}, set()),
    ("tw-central-south-region", "中南部地区空气质量不佳。", {}, set()),
    ("cn-western-region", "西部地区经济增速加快。", {}, set()),
    ("my-east-coast-floods", "东海岸各州面对水灾威胁。", {}, set()),
    ("my-northern-states-trad", "北部各州今年稻米收成理想。", {}, set()),
    ("sg-eastern-area-rain", "新加坡东部地区今早下大雨。", {}, set()),
    ("hk-north-district-trad", "新界北部今日有狂風驟雨。", {}, set()),
    ("tw-cabinet-meeting-trad", "行政院會今天通過少子化對策草案。", {}, {"行政院"}),
    ("tw-cabinet-meeting", "行政院会今天通过少子化对策草案。", {}, {"行政院"}),
    ("tw-weekly-meeting-trad", "院會今天通過明年度總預算案。", {}, set()),
    ("tw-cabinet-meeting-premier-trad", "行政院長林志遠在院會中表示，將加速推動長照政策。", {"林志遠": ["行政院長"]}, {"行政院"}),
    ("tw-cabinet-meeting-approves-bill-trad", "行政院會今天拍板，勞動部將調高基本工資。", {}, {"行政院", "勞動部"}),
    ("tw-national-universities-trad", "多所國立大學今年調漲學費。", {}, set()),
    ("tw-national-universities", "多所国立大学今年调涨学费。", {}, set()),
    ("tw-named-national-university-trad", "國立東林大學今天公布新學年招生名額。", {}, {"國立東林大學"}),
    ("sg-national-university", "新加坡国立大学今天公布新学年招生计划。", {}, {"新加坡国立大学"}),
]

ROLE_AND_NAME_NEAR_MISSES = [
    ("tw-yuanlin-office-trad", "員林市公所今天發放急難救助金。", {}, {"員林市公所"}),
    ("tw-given-name-yuan-trad", "里長林員興表示，將爭取增設路燈。", {"林員興": ["里長"]}, set()),
    ("tw-delivery-worker-named-trad", "外送員林志明騎車送餐途中受傷。", {"林志明": []}, set()),
    ("tw-delivery-worker-honorific-trad", "外送員陳先生說，平台抽成太高。", {}, set()),
    ("tw-taxi-driver-named-trad", "計程車司機王大同表示，生意比去年差。", {"王大同": []}, set()),
    ("tw-seniority-employees-trad", "員工年資滿三年即可申請特休。", {}, set()),
    ("tw-labour-management-sides-trad", "勞資雙方今天再度協商，仍未達成共識。", {}, set()),
    ("cn-courier-named", "快递员刘建军每天派送包裹两百多件。", {"刘建军": []}, set()),
    ("hk-clerical-staff-trad", "文員陳美儀表示，加薪幅度追不上通脹。", {"陳美儀": []}, set()),
    ("my-staff-bonus", "员工年终花红按年增加一个月。", {}, set()),
]

PAGES = [
    ("page-tw-monthly-results-trad",
     "東林電子10月營收創新高\n2025-11-10 09:30 來源：東林新聞網\n"
     "東林電子公司今天公布10月營收為58億元，月增12%、年增30%，前十月累計營收年增率達21%。"
     "財務長季志明表示，第四季營收可望季增5%以上。", {"季志明": ["財務長"]}, {"東林電子公司"}),
    ("page-tw-delivery-union-trad",
     "外送員工會籲提高保障\n2025-09-02 10:15 來源：東林新聞網\n"
     "台灣外送員職業工會今天召開記者會，理事長周志偉表示，外送員收入年減兩成。"
     "勞動部回應，將研議修法。", {"周志偉": ["理事長"]}, {"台灣外送員職業工會", "勞動部"}),
    ("page-tw-graduation-trad",
     "東林大學畢業典禮\n2025-06-14 11:00 來源：東林新聞網\n"
     "東林大學今天舉行畢業典禮，校長陳立人勉勵畢業生勇於挑戰。畢業生代表王思涵致詞，家長代表黃美玲也上台分享。",
     {"陳立人": ["校長"], "王思涵": [], "黃美玲": []}, {"東林大學"}),
    ("page-tw-cabinet-trad",
     "院會通過草案\n2025-03-20 14:00 來源：東林新聞網\n"
     "行政院會今天通過長照法修正草案。行政院發言人林雅琪表示，中南部地區長照資源不足，將優先補強。",
     {"林雅琪": ["行政院發言人"]}, {"行政院"}),
    ("page-cn-company-union",
     "快递员协会送清凉\n2025-07-20 09:00 来源：江源日报\n"
     "江源市快递员协会今天向一线快递员发放防暑物资。协会会长王强介绍，全市快递业务量同比增长15%。"
     "快递员代表刘建军表示感谢。", {"王强": ["协会会长"], "刘建军": []}, {"江源市快递员协会"}),
    ("page-hk-nurses-trad",
     "護士協會促增人手\n2025-08-05 12:00 來源：東林新聞網\n"
     "香港護士協會今日到醫院管理局請願。會長李美玲表示，前線護士流失率按年上升3%。",
     {"李美玲": ["會長"]}, {"香港護士協會", "醫院管理局"}),
]

BANK = (FINANCE_TERMS + FINANCE_NEAR_MISSES + GROUP_REPRESENTATIVES + OCCUPATION_BODIES + REGION_AND_MEETING_WORDS
        + ROLE_AND_NAME_NEAR_MISSES + PAGES)

XFAIL: dict[str, str] = {}


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(dict.fromkeys("".join(t.text.split()) for t in p.titles)) for p in extract(text).people}


def _organizations(text: str) -> set[str]:
    return {_key(o.name) for o in extract(text).organizations}


def test_news_terms_not_names_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, people, organizations", [strict_case(row, XFAIL) for row in BANK])
def test_news_terms_not_names(text, people, organizations):
    assert _people(text) == people
    if organizations is not None:
        assert _organizations(text) == {_key(name) for name in organizations}
