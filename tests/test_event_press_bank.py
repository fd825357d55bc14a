"""A news conference or briefing as the article's event (ANNOTATION.md, "Event": 新闻发布会, 记者会, 吹风会 are kind `press`; an
unnamed one the page reports keeps its kind and place, name null; statistics releases, company results, court and police
items and policy news report no event).

Short invented pages (headline, date line, two to four sentences) in Simplified and Traditional, from the mainland, Hong
Kong, Macau, Taiwan, Singapore and Malaysia. Classes:

- NAMED: a body holds a topical briefing the page reports in its own right, its name written between the holding verb and
  the conference word (召开防汛救灾工作新闻发布会, 召開颱風災情記者會, 舉行「…」新聞發佈會): kind `press`, name as written
  (compared without quotation marks), the holder an organiser when it is a body with its place or a named department
  (not 縣府, 市政府, a minister);
- UNNAMED: a bare news conference reported as the news (財政部舉行記者會說明…, 保安局舉行記者會, 卫生部召开记者会, 新聞局舉行
  新聞發佈會), or one whose only modifier says what sort it is (例行, 聯合, 緊急, 政策吹风会, 傳媒簡報會, 线上, 首场): name null;
- ANNOUNCED: a briefing held to announce a fair, festival or forum to come: the announced event is the page's (as
  dev-016 and the existing event tests read it);
- NOT_EVENT: near misses, no event: a period's statistics released at a 发布会 (named or not, the conference only the
  setting, as dev-040), a police case told at a 记者会, a court's briefing on a case, a company's results briefing, a
  briefing to come, a briefing named as where policy news was learnt (从…发布会上获悉, 印发《…》 then 在…发布会上表示), an
  earlier briefing recalled in other news, a routine briefing before or after a sitting (院會後記者會, 行政會議前記者會: the
  spokesperson's news, as dev-043).

Every person and body is made up (places are real, so that datelines give a city); the rows were written before the
extractor was run on them.
"""
import pytest

from extractor import extract
from tests.helpers import ANY, check_bank_coverage, event_frame, marked
from tests.helpers import event_case as case
from tests.helpers import no_event_case as none

NAMED = [
    case("秋粮收购新闻发布会", "2026-10-13",
         "本报荆门10月12日电 10月12日上午，荆门市人民政府新闻办公室召开秋粮收购工作新闻发布会。市发展改革委副主任汪立新，"
         "市粮食和物资储备局二级调研员严丽华介绍有关情况并回答记者提问。",
         kind="press", name="秋粮收购工作新闻发布会", start="2026-10-12", city="荆门", organizers=["荆门市人民政府新闻办公室"],
         id="cn-rank-post-holding-a-visit-word-二级调研员"),
    case("醫保政策新聞發布會", "2026-05-21",
         "本報廈門5月20日電 5月20日下午，廈門市人民政府新聞辦公室舉行醫保惠民政策新聞發布會。市醫保局一級調研員陳曉峰，"
         "市衛生健康委二級巡視員林雅琴介紹有關情況並回答記者提問。",
         kind="press", name="醫保惠民政策新聞發布會", start="2026-05-20", city="廈門", organizers=["廈門市人民政府新聞辦公室"],
         id="rank-posts-holding-visit-words-trad"),
    case("市政府召开防汛救灾新闻发布会", "2026-07-16",
         "本报宜昌7月15日电 7月15日上午，宜昌市人民政府新闻办公室召开防汛救灾工作新闻发布会，市应急管理局、市水利和湖泊局负责人介绍有关情况并回答记者提问。"
         "市应急管理局局长罗振宇介绍，入汛以来全市共转移安置群众1.2万人。",
         kind="press", name="防汛救灾工作新闻发布会", start="2026-07-15", city="宜昌", organizers=["宜昌市人民政府新闻办公室"],
         id="cn-city-office-防汛救灾工作"),
    case("森林防火新闻发布会", "2026-03-03",
         "本报丽水3月2日电 3月2日，丽水市人民政府新闻办公室举行春季森林防火工作新闻发布会。"
         "市林业局副局长包文斌介绍了今春森林防火的主要措施，并回答了记者提问。",
         kind="press", name="春季森林防火工作新闻发布会", start="2026-03-02", city="丽水", organizers=["丽水市人民政府新闻办公室"],
         id="cn-spring-fire-prevention"),
    case("高考工作新闻发布会", "2026-06-02",
         "本报长沙6月1日电 湖南省教育厅1日召开2026年高考考务工作新闻发布会，介绍今年高考的组织安排。"
         "省教育考试院负责人表示，全省共设考点210个。",
         kind="press", name="2026年高考考务工作新闻发布会", start="2026-06-01", city="长沙", organizers=["湖南省教育厅"],
         id="cn-exam-affairs-with-year"),
    case("春运工作新闻发布会", "2026-01-21",
         "本报合肥1月20日电 安徽省交通运输厅20日召开春运工作新闻发布会，省交通运输厅副厅长吴海鹰介绍今年春运的总体安排。"
         "他表示，今年春运将加开夜间客运班线，方便务工人员返乡。",
         kind="press", name="春运工作新闻发布会", start="2026-01-20", city="合肥", organizers=["安徽省交通运输厅"],
         id="cn-spring-travel"),
    case("安全生产新闻发布会", "2026-04-09",
         "本报唐山4月8日电 8日，唐山市安全生产委员会办公室召开全市安全生产专项整治新闻发布会，通报专项整治的工作部署。"
         "市应急管理局负责人在会上回答了记者提问。",
         kind="press", name="全市安全生产专项整治新闻发布会", start="2026-04-08", city="唐山", organizers=["唐山市安全生产委员会办公室"],
         id="cn-safety-campaign-全市"),
    case("营商环境专题新闻发布会", "2026-05-12",
         "本报温州5月11日电 温州市人民政府新闻办公室11日举行优化营商环境专题新闻发布会，市发展改革委负责人介绍新一轮改革举措。"
         "发布会上，市市场监管局、市税务局负责人回答了记者提问。",
         kind="press", name="优化营商环境专题新闻发布会", start="2026-05-11", city="温州", organizers=["温州市人民政府新闻办公室"],
         id="cn-专题-after-topic"),
    case("消费维权新闻发布会", "2026-03-16",
         "本报绍兴3月15日电 3月15日，绍兴市市场监督管理局召开“3·15”消费者权益保护新闻发布会，发布消费维权典型案例。"
         "该局负责人介绍，全市已建成放心消费单位3200家。",
         kind="press", name="“3·15”消费者权益保护新闻发布会", start="2026-03-15", city="绍兴", organizers=["绍兴市市场监督管理局"],
         id="cn-quoted-day-then-topic"),
    case("湘江保护新闻发布会", "2026-05-21",
         "本报长沙5月20日电 湖南省人民政府新闻办公室20日举行“湘江流域生态保护十年成果”新闻发布会。"
         "省生态环境厅负责人介绍，湘江干流水质稳定保持在Ⅱ类以上。",
         kind="press", name="“湘江流域生态保护十年成果”新闻发布会", start="2026-05-20", city="长沙",
         organizers=["湖南省人民政府新闻办公室"], id="cn-quoted-topic-only"),
    case("文明城市创建新闻发布会", "2026-09-09",
         "本报九江9月8日电 九江市委宣传部8日召开全国文明城市创建工作新闻发布会，市文明办负责人介绍创建工作进展。"
         "负责人表示，今年将重点整治背街小巷环境卫生。",
         kind="press", name="全国文明城市创建工作新闻发布会", start="2026-09-08", city="九江", organizers=["九江市委宣传部"],
         id="cn-party-department-holds"),
    case("秋冬季大气污染防治新闻发布会", "2026-10-28",
         "本报郑州10月27日电 河南省生态环境厅27日召开秋冬季大气污染防治攻坚新闻发布会，介绍今冬明春的重点任务。"
         "省生态环境厅副厅长马建国表示，将严格管控重点行业错峰生产。",
         kind="press", name="秋冬季大气污染防治攻坚新闻发布会", start="2026-10-27", city="郑州", organizers=["河南省生态环境厅"],
         id="cn-air-pollution"),
    case("乡村振兴新闻发布会", "2026-08-19",
         "本报赣州8月18日电 18日上午，赣州市人民政府新闻办公室召开乡村振兴产业发展新闻发布会。"
         "市农业农村局局长邱明华介绍了脐橙产业提质增效的做法，并回答了记者提问。",
         kind="press", name="乡村振兴产业发展新闻发布会", start="2026-08-18", city="赣州", organizers=["赣州市人民政府新闻办公室"],
         id="cn-rural-revitalisation"),
    case("医保政策新闻发布会", "2026-12-02",
         "本报成都12月1日电 四川省医疗保障局1日举行城乡居民医保集中参保新闻发布会，介绍明年度参保缴费安排。"
         "省医保局负责人表示，参保群众可通过手机办理缴费。",
         kind="press", name="城乡居民医保集中参保新闻发布会", start="2026-12-01", city="成都", organizers=["四川省医疗保障局"],
         id="cn-medical-insurance"),
    case("垃圾分类新闻通气会", "2026-06-24",
         "本报厦门6月23日电 厦门市市政园林局23日召开生活垃圾分类工作新闻通气会，通报垃圾分类示范片区建设进展。"
         "该局负责人介绍，全市已建成示范小区420个。",
         kind="press", name="生活垃圾分类工作新闻通气会", start="2026-06-23", city="厦门", organizers=["厦门市市政园林局"],
         id="cn-通气会-waste-sorting"),
    case("城市更新新闻发布会 今天", "2026-04-15",
         "本报讯（记者 何婉清）佛山市人民政府新闻办公室今天上午召开城市更新工作新闻发布会，市自然资源局负责人介绍旧村改造的推进情况。"
         "发布会上，南海区、顺德区负责人分别回答了记者提问。",
         kind="press", name="城市更新工作新闻发布会", start="2026-04-15", organizers=["佛山市人民政府新闻办公室"],
         id="cn-today-本报讯"),
    case("养老服务新闻发布会", "2026-10-10",
         "本报讯 9日，济南市民政局召开居家和社区养老服务改革新闻发布会，介绍今年新建的社区养老服务中心运营情况。"
         "市民政局副局长于洪涛介绍，服务中心实行公建民营。",
         kind="press", name="居家和社区养老服务改革新闻发布会", start="2026-10-09", organizers=["济南市民政局"],
         id="cn-topic-with-和"),
    case("防汛工作新闻发布会 主语", "2026-06-11",
         "本报南昌6月10日电 10日，江西省防汛抗旱总指挥部办公室召开主汛期防汛工作新闻发布会，部署各地做好强降雨防范。"
         "省水利厅负责人表示，全省大中型水库已全部落实防汛责任人。",
         kind="press", name="主汛期防汛工作新闻发布会", start="2026-06-10", city="南昌",
         organizers=["江西省防汛抗旱总指挥部办公室"], id="cn-flood-headquarters-office"),
    case("市政府召开疫苗接种新闻发布会 繁", "2026-07-16",
         "本報宜昌7月15日電 7月15日上午，宜昌市人民政府新聞辦公室召開防汛救災工作新聞發布會，市應急管理局負責人介紹有關情況並回答記者提問。"
         "市應急管理局局長羅振宇介紹，入汛以來全市共轉移安置群眾1.2萬人。",
         kind="press", name="防汛救災工作新聞發布會", start="2026-07-15", city="宜昌", organizers=["宜昌市人民政府新聞辦公室"],
         id="cn-city-office-防汛救灾工作-trad"),
    case("春運工作新聞發布會 繁", "2026-01-21",
         "本報合肥1月20日電 安徽省交通運輸廳20日召開春運工作新聞發布會，省交通運輸廳副廳長吳海鷹介紹今年春運的總體安排。"
         "他表示，今年春運將加開夜間客運班線。",
         kind="press", name="春運工作新聞發布會", start="2026-01-20", city="合肥", organizers=["安徽省交通運輸廳"],
         id="cn-spring-travel-trad"),
    case("營商環境專題發布會 繁", "2026-05-12",
         "本報溫州5月11日電 溫州市人民政府新聞辦公室11日舉行優化營商環境專題新聞發布會，市發展改革委負責人介紹新一輪改革舉措。"
         "發布會上，市稅務局負責人回答了記者提問。",
         kind="press", name="優化營商環境專題新聞發布會", start="2026-05-11", city="溫州", organizers=["溫州市人民政府新聞辦公室"],
         id="cn-專題-after-topic-trad"),
    # Taiwan
    case("縣府颱風災情記者會", "2026-08-05",
         "〔記者林美華／花蓮報導〕縣府今(5)日召開颱風災情記者會，說明各鄉鎮的受災及搶修情況。"
         "縣長表示，全縣仍有三百戶停電，台電正全力搶修。",
         kind="press", name="颱風災情記者會", start="2026-08-05", city="花蓮", organizers=[], id="tw-county-typhoon-damage-trad"),
    case("市府登革熱防治記者會", "2026-09-14",
         "〔記者蘇怡萍／台南報導〕台南市政府衛生局今（14）日召開登革熱防治記者會，說明本土病例的疫調結果。"
         "衛生局長表示，市府已在病例住家周邊完成孳生源清除。",
         kind="press", name="登革熱防治記者會", start="2026-09-14", city="台南", organizers=["台南市政府衛生局"],
         id="tw-dengue-prevention-trad"),
    case("春節疏運記者會", "2026-02-03",
         "〔記者徐國凱／台北報導〕交通部公路局今（3）日舉行春節疏運計畫記者會，公布國道高乘載管制時段。"
         "公路局長表示，春節連假期間將加開客運班次。",
         kind="press", name="春節疏運計畫記者會", start="2026-02-03", city="台北", organizers=["交通部公路局"],
         id="tw-lunar-new-year-traffic-trad"),
    case("長照政策說明記者會", "2026-06-18",
         "〔記者陳昱婷／台中報導〕台中市政府社會局今（18）日舉行長照服務升級記者會，說明新增的日間照顧中心。"
         "社會局長表示，年底前將再增設十處據點。",
         kind="press", name="長照服務升級記者會", start="2026-06-18", city="台中", organizers=["台中市政府社會局"],
         id="tw-long-term-care-trad"),
    case("防汛整備記者會", "2026-05-07",
         "〔記者吳宜蓁／高雄報導〕高雄市政府水利局今（7）日召開汛期防汛整備記者會，說明抽水站的檢修進度。"
         "水利局長表示，全市九十座抽水站已完成測試。",
         kind="press", name="汛期防汛整備記者會", start="2026-05-07", city="高雄", organizers=["高雄市政府水利局"],
         id="tw-flood-preparation-trad"),
    case("縣府觀光成果記者會 引號", "2026-11-20",
         "〔記者劉婉君／宜蘭報導〕宜蘭縣政府今（20）日舉辦「宜蘭好行十週年」成果記者會，由縣長親自說明。"
         "縣長表示，十年來好行公車累計載客逾八百萬人次。",
         kind="press", name="「宜蘭好行十週年」成果記者會", start="2026-11-20", city="宜蘭", organizers=["宜蘭縣政府"],
         id="tw-quoted-topic-成果-trad"),
    case("校園安全記者會", "2026-09-01",
         "〔記者蔡淑媛／新竹報導〕新竹市政府教育處今（1）日召開開學校園安全記者會，宣布各校增設安心上學導護站。"
         "教育處長表示，導護志工已完成訓練。",
         kind="press", name="開學校園安全記者會", start="2026-09-01", city="新竹", organizers=["新竹市政府教育處"],
         id="tw-school-safety-trad"),
    case("颱風災情記者會 簡", "2026-08-05",
         "〔记者林美华／花莲报导〕县府今(5)日召开台风灾情记者会，说明各乡镇的受灾及抢修情况。"
         "县长表示，全县仍有三百户停电，台电正全力抢修。",
         kind="press", name="台风灾情记者会", start="2026-08-05", city="花莲", organizers=[], id="tw-county-typhoon-damage"),
    # Hong Kong
    case("施政報告記者會", "2026-10-16",
         "（香港訊）行政長官昨日下午在政府總部舉行施政報告記者會，介紹新一份施政報告的重點措施。"
         "行政長官表示，政府會在未來五年增建三萬個過渡性房屋單位。",
         kind="press", name="施政報告記者會", start="2026-10-15", city="香港", organizers=[], id="hk-policy-address-person-trad"),
    case("預算案記者會", "2026-02-26",
         "（香港訊）財政司司長昨日舉行財政預算案記者會，講解新一年度的紓困措施。"
         "司長表示，政府會繼續寬減薪俸稅。",
         kind="press", name="財政預算案記者會", start="2026-02-25", city="香港", organizers=[], id="hk-budget-person-trad"),
    case("食安中心記者會", "2026-07-09",
         "（香港訊）食物環境衞生署昨日舉行夏季食物安全記者會，提醒市民注意生冷食物。"
         "署方表示，今年已抽驗逾一千個食物樣本。",
         kind="press", name="夏季食物安全記者會", start="2026-07-08", city="香港", organizers=["食物環境衞生署"],
         id="hk-food-safety-department-trad"),
    case("防洪簡報會", "2026-05-20",
         "（香港訊）渠務署今日舉行雨季防洪工作簡報會，介紹新建的雨水排放隧道。"
         "渠務署署長表示，隧道可減低北區水浸的風險。",
         kind="press", name="雨季防洪工作簡報會", start="2026-05-20", city="香港", organizers=["渠務署"], id="hk-drainage-簡報會-trad"),
    case("防洪简报会 简体", "2026-05-20",
         "（香港讯）渠务署今日举行雨季防洪工作简报会，介绍新建的雨水排放隧道。"
         "渠务署署长表示，隧道可减低北区水浸的风险。",
         kind="press", name="雨季防洪工作简报会", start="2026-05-20", city="香港", organizers=["渠务署"], id="hk-drainage-简报会"),
    # Macau
    case("颱風善後新聞發佈會", "2026-09-18",
         "（澳門訊）新聞局昨日下午舉行颱風善後工作新聞發佈會，由民防行動中心介紹各區的清理進度。"
         "民防行動中心代表表示，全澳已清理倒塌樹木四百多棵。",
         kind="press", name="颱風善後工作新聞發佈會", start="2026-09-17", city="澳門", organizers=["新聞局"],
         id="macau-typhoon-aftermath-trad"),
    case("黃金周旅遊新聞發佈會", "2026-09-29",
         "（澳門訊）旅遊局今日上午舉行國慶黃金周旅遊安排新聞發佈會，公布口岸及景點的人流管理措施。"
         "旅遊局局長表示，局方預計黃金周期間每日入境旅客約十二萬人次。",
         kind="press", name="國慶黃金周旅遊安排新聞發佈會", start="2026-09-29", city="澳門", organizers=["旅遊局"],
         id="macau-golden-week-trad"),
    case("教育新聞發佈會", "2026-08-27",
         "（澳門訊）教育及青年發展局昨日舉行新學年開學準備工作新聞發佈會，介紹校園防疫及交通安排。"
         "局長表示，新學年全澳共有學生八萬多名。",
         kind="press", name="新學年開學準備工作新聞發佈會", start="2026-08-26", city="澳門", organizers=["教育及青年發展局"],
         id="macau-school-year-trad"),
    case("社會保障新聞發佈會 引號", "2026-06-30",
         "（澳門訊）社會保障基金昨日舉行「長者醫療補貼計劃」新聞發佈會，公布計劃的申請安排。"
         "基金行政管理委員會主席表示，合資格長者可於下月起申請。",
         kind="press", name="「長者醫療補貼計劃」新聞發佈會", start="2026-06-29", city="澳門", organizers=["社會保障基金"],
         id="macau-quoted-scheme-trad"),
    case("颱風善後新闻发布会 简体", "2026-09-18",
         "（澳门讯）新闻局昨日下午举行台风善后工作新闻发布会，由民防行动中心介绍各区的清理进度。"
         "民防行动中心代表表示，全澳已清理倒塌树木四百多棵。",
         kind="press", name="台风善后工作新闻发布会", start="2026-09-17", city="澳门", organizers=["新闻局"],
         id="macau-typhoon-aftermath"),
    # Singapore
    case("卫生部骨痛热症记者会", "2026-07-23",
         "（新加坡讯）卫生部昨天召开骨痛热症防控记者会，汇报本地病例的最新情况。"
         "卫生部长说，本周新增病例比上周减少。",
         kind="press", name="骨痛热症防控记者会", start="2026-07-22", city="新加坡", organizers=["卫生部"], id="sg-dengue-control"),
    case("组屋销售记者会", "2026-11-05",
         "（新加坡讯）建屋发展局昨天举行预购组屋推介记者会，介绍本轮推出的新组屋项目。"
         "建屋局表示，本轮推出的单位位于兀兰和榜鹅。",
         kind="press", name="预购组屋推介记者会", start="2026-11-04", city="新加坡", organizers=["建屋发展局"], id="sg-hdb-launch-briefing"),
    case("衛生部防疫記者會 繁", "2026-07-23",
         "（新加坡訊）衛生部昨天召開骨痛熱症防控記者會，匯報本地病例的最新情況。"
         "衛生部長說，本週新增病例比上週減少。",
         kind="press", name="骨痛熱症防控記者會", start="2026-07-22", city="新加坡", organizers=["衛生部"], id="sg-dengue-control-trad"),
    case("陸交局記者會 繁", "2026-03-12",
         "（新加坡訊）陸路交通管理局昨天舉行地鐵新線通車安排記者會，公布湯申線第五階段的通車日期。"
         "陸交局表示，新車站將在下月底投入服務。",
         kind="press", name="地鐵新線通車安排記者會", start="2026-03-11", city="新加坡", organizers=["陸路交通管理局"],
         id="sg-rail-opening-arrangements-trad"),
    # Malaysia
    case("州政府水灾新闻发布会", "2026-12-09",
         "（哥打巴鲁9日讯）吉兰丹州政府今日召开水灾救援工作新闻发布会，汇报各县的灾民安置情况。"
         "州行政议员说，州内已开放120个临时疏散中心。",
         kind="press", name="水灾救援工作新闻发布会", start="2026-12-09", city="哥打巴鲁", organizers=["吉兰丹州政府"],
         id="my-state-flood-relief"),
    case("开斋节交通新闻发布会", "2026-03-16",
         "（吉隆坡16日讯）公路局今日召开开斋节交通疏导新闻发布会，宣布返乡期间的路况管制措施。"
         "公路局总监说，各大道将增派巡逻人员。",
         kind="press", name="开斋节交通疏导新闻发布会", start="2026-03-16", city="吉隆坡", organizers=["公路局"],
         id="my-festive-traffic"),
    case("州政府水災新聞發布會 繁", "2026-12-09",
         "（哥打巴魯9日訊）吉蘭丹州政府今日召開水災救援工作新聞發布會，匯報各縣的災民安置情況。"
         "州行政議員說，州內已開放120個臨時疏散中心。",
         kind="press", name="水災救援工作新聞發布會", start="2026-12-09", city="哥打巴魯", organizers=["吉蘭丹州政府"],
         id="my-state-flood-relief-trad"),
    case("教育部開學記者會 繁", "2026-01-05",
         "（布城5日訊）教育部今日召開新學年開課準備記者會，說明各州學校的開課安排。"
         "教育部秘書長表示，所有學校的維修工程已經完成。",
         kind="press", name="新學年開課準備記者會", start="2026-01-05", city="布城", organizers=["教育部"],
         id="my-school-year-trad"),
    case("防火新闻发布会 主语", "2026-03-03",
         "本报丽水3月2日电 2日上午，春季森林防火工作新闻发布会在市政府新闻中心举行，市林业局副局长包文斌介绍了今春森林防火的主要措施。"
         "他表示，清明期间将加强重点林区巡查。",
         kind="press", name="春季森林防火工作新闻发布会", start="2026-03-02", city="丽水", id="cn-named-briefing-as-subject"),
    case("防火新聞發布會 主語 繁", "2026-03-03",
         "本報麗水3月2日電 2日上午，春季森林防火工作新聞發布會在市政府新聞中心舉行，市林業局副局長包文斌介紹了今春森林防火的主要措施。"
         "他表示，清明期間將加強重點林區巡查。",
         kind="press", name="春季森林防火工作新聞發布會", start="2026-03-02", city="麗水", id="cn-named-briefing-as-subject-trad"),
]

UNNAMED = [
    case("財政部舉行記者會", "2026-07-08",
         "〔記者陳文山／台北報導〕財政部今（8）日舉行記者會說明明年度稅制調整方向。"
         "部長表示，將檢討綜合所得稅的免稅額。",
         kind="press", name=None, start="2026-07-08", city="台北", organizers=["財政部"], id="tw-ministry-記者會說明-trad"),
    case("保安局舉行記者會", "2026-09-03",
         "（香港訊）保安局昨日舉行記者會，介紹颱風季節的跨部門應變安排。"
         "局長表示，各部門已完成演練。",
         kind="press", name=None, start="2026-09-02", city="香港", organizers=["保安局"], id="hk-security-bureau-trad"),
    case("卫生部召开记者会", "2026-02-06",
         "（新加坡讯）卫生部昨天召开记者会，宣布加强社区护理服务的措施。"
         "卫生部长说，政府将增设多个社区护理中心。",
         kind="press", name=None, start="2026-02-05", city="新加坡", organizers=["卫生部"], id="sg-ministry-记者会"),
    case("新聞局新聞發佈會", "2026-04-28",
         "（澳門訊）新聞局昨日舉行新聞發佈會，由經濟及科技發展局介紹五一黃金周的消費推廣活動安排。"
         "經科局局長表示，局方已聯同各商會推出優惠。",
         kind="press", name=None, start="2026-04-27", city="澳門", organizers=["新聞局"], id="macau-gcs-發佈會-trad"),
    case("市政府新闻发布会", "2026-05-09",
         "本报讯 松溪市人民政府新闻办公室今天上午召开新闻发布会，介绍夏季消费券的发放安排。"
         "市商务局负责人表示，消费券分三批发放。",
         kind="press", name=None, start="2026-05-09", organizers=["松溪市人民政府新闻办公室"], id="cn-bare-新闻发布会"),
    case("例行新闻发布会", "2026-06-12",
         "本报北京6月11日电 商务部11日召开例行新闻发布会，新闻发言人介绍了近期促进汽车消费的工作安排。"
         "发言人表示，商务部将会同有关部门开展汽车下乡活动。",
         kind="press", name=None, start="2026-06-11", city="北京", organizers=["商务部"], id="cn-例行-新闻发布会"),
    case("政策例行吹风会", "2026-02-27",
         "本报讯 18日，福州市委组织部举行政策吹风会，解读新出台的人才支持措施。"
         "相关负责人表示，措施将于下月起施行。",
         kind="press", name=None, start=ANY, organizers=["福州市委组织部"], id="cn-政策吹风会"),
    case("新闻通气会", "2026-07-09",
         "本报讯 7月8日，常州市人民政府召开新闻通气会，通报暑期城市道路施工的安排。"
         "市住建局负责人介绍，施工将避开早晚高峰。",
         kind="press", name=None, start="2026-07-08", organizers=["常州市人民政府"], id="cn-新闻通气会"),
    case("线上新闻发布会", "2026-03-20",
         "本报讯 19日，江门市卫生健康局举行线上新闻发布会，介绍春季传染病的防控措施。"
         "该局负责人提醒市民做好个人防护。",
         kind="press", name=None, start="2026-03-19", organizers=["江门市卫生健康局"], id="cn-线上-新闻发布会"),
    case("首场新闻发布会", "2026-01-06",
         "本报讯 5日，绵阳市人民政府新闻办公室召开今年首场新闻发布会，介绍春节期间的市场供应安排。"
         "市商务局负责人表示，节日期间蔬菜供应充足。",
         kind="press", name=None, start="2026-01-05", organizers=["绵阳市人民政府新闻办公室"], id="cn-首场-新闻发布会"),
    case("紧急新闻发布会", "2026-08-14",
         "本报讯 13日晚，梅州市防汛抗旱指挥部召开紧急新闻发布会，宣布启动防汛Ⅱ级应急响应。"
         "指挥部负责人表示，各地要做好人员转移准备。",
         kind="press", name=None, start="2026-08-13", organizers=["梅州市防汛抗旱指挥部"], id="cn-紧急-新闻发布会"),
    case("区政府新闻发布会", "2026-08-20",
         "本报讯 区政府19日召开新闻发布会，介绍暑期老旧小区改造的进展。"
         "区住建局局长介绍，改造工程将在年底前完成。",
         kind="press", name=None, start="2026-08-19", organizers=[], id="cn-bare-区政府"),
    case("市长记者会", "2026-04-02",
         "本报讯 1日，泉州市市长在市行政中心举行记者会，介绍全市重大项目的推进安排。"
         "市长表示，今年将开工建设两条城市快速路。",
         kind="press", name=None, start="2026-04-01", organizers=[], id="cn-mayor-holds"),
    case("联合新闻发布会", "2026-10-13",
         "本报讯 12日，南通市教育局与南通市公安局联合召开新闻发布会，通报校园周边交通整治的安排。"
         "两部门负责人回答了记者提问。",
         kind="press", name=None, start="2026-10-12", organizers=ANY, id="cn-joint-holders"),
    case("記者會 繁體 大陸", "2026-05-09",
         "本報訊 松溪市人民政府新聞辦公室今天上午召開新聞發布會，介紹夏季消費券的發放安排。"
         "市商務局負責人表示，消費券分三批發放。",
         kind="press", name=None, start="2026-05-09", organizers=["松溪市人民政府新聞辦公室"], id="cn-bare-新聞發布會-trad"),
    case("例行新聞發布會 繁", "2026-06-12",
         "本報北京6月11日電 商務部11日召開例行新聞發布會，新聞發言人介紹了近期促進汽車消費的工作安排。"
         "發言人表示，商務部將會同有關部門開展汽車下鄉活動。",
         kind="press", name=None, start="2026-06-11", city="北京", organizers=["商務部"], id="cn-例行-trad"),
    # Taiwan
    case("教育部記者會", "2026-06-30",
         "〔記者林志成／台北報導〕教育部今（30）日上午召開記者會，公布大學分發入學的放榜時程。"
         "教育部表示，考生可上網查詢分發結果。",
         kind="press", name=None, start="2026-06-30", city="台北", organizers=["教育部"], id="tw-ministry-記者會-trad"),
    case("緊急記者會", "2026-08-22",
         "〔記者黃佳琳／基隆報導〕基隆市政府今（22）日晚間召開緊急記者會，宣布明天停止上班上課。"
         "市長表示，颱風暴風圈預計明晨接觸本市。",
         kind="press", name=None, start="2026-08-22", city="基隆", organizers=["基隆市政府"], id="tw-緊急記者會-trad"),
    case("聯合記者會 台灣", "2026-04-14",
         "〔記者楊綿傑／台北報導〕衛福部與勞動部今（14）日舉行聯合記者會，說明照顧者留職停薪的新制。"
         "兩部會表示，新制將於七月上路。",
         kind="press", name=None, start="2026-04-14", city="台北", organizers=["衛福部", "勞動部"], id="tw-聯合記者會-trad"),
    case("記者說明會", "2026-08-18",
         "〔記者王姿琳／屏東報導〕屏東縣政府農業處今（18）日舉行記者說明會，說明豪雨後的農損救助措施。"
         "農業處表示，受災農民可於月底前提出申請。",
         kind="press", name=None, start="2026-08-18", city="屏東", organizers=["屏東縣政府農業處"], id="tw-記者說明會-trad"),
    case("縣府記者會", "2026-03-05",
         "〔記者李立法／南投報導〕縣府今（5）日召開記者會，宣布明年起國中小營養午餐全面免費。"
         "縣長表示，縣府已編列所需經費。",
         kind="press", name=None, start="2026-03-05", city="南投", organizers=[], id="tw-縣府-bare-trad"),
    case("臨時記者會", "2026-10-21",
         "〔記者羅欣貞／桃園報導〕桃園市政府交通局今（21）日下午臨時召開記者會，說明捷運綠線通車延後的原因。"
         "交通局長表示，將在下週公布新的時程。",
         kind="press", name=None, start="2026-10-21", city="桃園", organizers=["桃園市政府交通局"], id="tw-臨時召開-trad"),
    case("行政院記者會", "2026-12-10",
         "〔記者鍾麗華／台北報導〕行政院今（10）日下午舉行記者會，宣布推出中小企業電費補貼方案。"
         "政務委員表示，補貼將自明年一月起實施。",
         kind="press", name=None, start="2026-12-10", city="台北", organizers=["行政院"], id="tw-executive-yuan-trad"),
    case("市府记者会 简", "2026-05-12",
         "〔记者张育瑄／台中报导〕台中市政府今（12）日召开记者会，宣布市区公车将分三年全面改用电动车。"
         "交通局长表示，各转运站将增设充电设施。",
         kind="press", name=None, start="2026-05-12", city="台中", organizers=["台中市政府"], id="tw-city-government-记者会"),
    # Hong Kong
    case("衞生署記者會", "2026-01-09",
         "（香港訊）衞生署昨日下午舉行記者會，公布冬季流感疫苗接種計劃的新安排。"
         "衞生防護中心總監表示，長者可到社區疫苗接種中心接種。",
         kind="press", name=None, start="2026-01-08", city="香港", organizers=["衞生署"], id="hk-department-記者會-trad"),
    case("傳媒簡報會", "2026-10-15",
         "（香港訊）財經事務及庫務局昨日舉行傳媒簡報會，介紹即將提交立法會的公司條例修訂建議。"
         "局方表示，建議容許公司以電子方式存檔文件。",
         kind="press", name=None, start="2026-10-14", city="香港", organizers=["財經事務及庫務局"], id="hk-傳媒簡報會-trad"),
    case("聯合記者會 香港", "2026-09-03",
         "（香港訊）運輸及物流局與路政署昨日舉行聯合記者會，交代新隧道的通車安排。"
         "運輸及物流局局長表示，隧道將於下月初通車。",
         kind="press", name=None, start="2026-09-02", city="香港", organizers=["運輸及物流局", "路政署"], id="hk-聯合記者會-trad"),
    case("局長記者會", "2026-03-11",
         "（香港訊）房屋局局長昨日下午舉行記者會，宣布簡約公屋第二期的選址。"
         "局長表示，首批單位預計明年落成。",
         kind="press", name=None, start="2026-03-10", city="香港", organizers=[], id="hk-secretary-person-trad"),
    case("简报会 香港 简体", "2026-11-19",
         "（香港讯）发展局昨日举行简报会，介绍北部都会区首批产业用地的招标安排。"
         "发展局局长说，政府会设立专责小组协助投标企业。",
         kind="press", name=None, start="2026-11-18", city="香港", organizers=["发展局"], id="hk-简报会"),
    # Macau
    case("社工局記者會", "2026-11-06",
         "（澳門訊）社會工作局今日上午召開記者會，公布長者社區照顧服務計劃的推行安排。"
         "社工局局長表示，計劃首階段將於明年一月推出。",
         kind="press", name=None, start="2026-11-06", city="澳門", organizers=["社會工作局"], id="macau-bureau-記者會-trad"),
    case("新聞發佈會 行政長官", "2026-10-02",
         "（澳門訊）行政長官昨日在政府總部舉行新聞發佈會，介紹新一年度施政報告的準備工作。"
         "行政長官表示，施政報告將於下月提交立法會。",
         kind="press", name=None, start="2026-10-01", city="澳門", organizers=[], id="macau-chief-executive-trad"),
    case("交通事務局記者會", "2026-07-21",
         "（澳門訊）交通事務局昨日舉行記者會，宣布調整多條巴士路線的班次。"
         "局方表示，新班次將於下周一實施。",
         kind="press", name=None, start="2026-07-20", city="澳門", organizers=["交通事務局"], id="macau-transport-bureau-trad"),
    case("新闻局新闻发布会 简", "2026-04-28",
         "（澳门讯）新闻局昨日举行新闻发布会，由经济及科技发展局介绍五一黄金周的消费推广活动安排。"
         "经科局局长表示，局方已联同各商会推出优惠。",
         kind="press", name=None, start="2026-04-27", city="澳门", organizers=["新闻局"], id="macau-gcs-发布会"),
    # Singapore
    case("陸交局記者會", "2026-09-17",
         "（新加坡訊）陸路交通管理局昨天召開記者會，宣布調整多條巴士服務的路線。"
         "陸交局表示，新路線將在下月起實行。",
         kind="press", name=None, start="2026-09-16", city="新加坡", organizers=["陸路交通管理局"], id="sg-authority-記者會-trad"),
    case("衛生部召開記者會 繁", "2026-02-06",
         "（新加坡訊）衛生部昨天召開記者會，宣布加強社區護理服務的措施。"
         "衛生部長說，政府將增設多個社區護理中心。",
         kind="press", name=None, start="2026-02-05", city="新加坡", organizers=["衛生部"], id="sg-ministry-記者會-trad"),
    case("联合记者会 新加坡", "2026-06-25",
         "（新加坡讯）人力部与职总昨天召开联合记者会，宣布推出中年员工的再培训计划。"
         "人力部长说，计划将于下月开放申请。",
         kind="press", name=None, start="2026-06-24", city="新加坡", organizers=ANY, id="sg-联合记者会"),
    # Malaysia
    case("州政府新闻发布会", "2026-04-22",
         "（新山22日讯）柔佛州政府今日召开新闻发布会，宣布推出州内中小企业数码化援助计划。"
         "州行政议员说，申请将从下月开始。",
         kind="press", name=None, start="2026-04-22", city="新山", organizers=["柔佛州政府"], id="my-state-government-发布会"),
    case("部長記者會 大馬", "2026-10-08",
         "（布城8日訊）教育部長今日在布城召開記者會，宣布明年起所有國民型小學將增設科學實驗室。"
         "她說，偏遠地區的學校將獲優先安排。",
         kind="press", name=None, start="2026-10-08", city="布城", organizers=[], id="my-minister-記者會-trad"),
    case("州政府新聞發布會 繁", "2026-04-22",
         "（新山22日訊）柔佛州政府今日召開新聞發布會，宣布推出州內中小企業數碼化援助計劃。"
         "州行政議員說，申請將從下月開始。",
         kind="press", name=None, start="2026-04-22", city="新山", organizers=["柔佛州政府"], id="my-state-government-發布會-trad"),
    case("市政厅记者会", "2026-12-03",
         "（吉隆坡3日讯）吉隆坡市政局今日召开记者会，公布跨年夜的交通管制安排。"
         "市长说，市中心多条道路将在跨年夜封闭。",
         kind="press", name=None, start="2026-12-03", city="吉隆坡", organizers=["吉隆坡市政局"], id="my-city-hall-记者会"),
    case("黨團記者會", "2026-05-06",
         "〔記者鄭心芸／台北報導〕民眾黨團今（6）日召開黨團記者會，要求行政院盡速提出電價凍漲方案。"
         "黨團總召表示，將在院會提出臨時提案。",
         kind="press", name=None, start="2026-05-06", city="台北", organizers=ANY, id="tw-caucus-named-after-itself-trad"),
    case("市长记者会 复述", "2026-04-02",
         "本报讯 1日，泉州市市长在市行政中心召开市长记者会，介绍全市重大项目的推进安排。"
         "市长表示，今年将开工建设两条城市快速路。",
         kind="press", name=None, start="2026-04-01", organizers=[], id="cn-mayor-named-after-the-holder"),
    case("部長記者會 複述 新加坡", "2026-08-13",
         "（新加坡訊）人力部長昨天召開部長記者會，宣布提高外籍員工的最低薪金門檻。"
         "他說，新門檻將從明年一月起實施。",
         kind="press", name=None, start="2026-08-12", city="新加坡", organizers=[], id="sg-minister-named-after-the-holder-trad"),
]

ANNOUNCED = [
    case("防范电信诈骗宣传吹风会", "2026-11-11",
         "本报无锡11月10日电 无锡市委政法委10日召开平安建设宣传月活动吹风会，介绍宣传月的活动安排。"
         "市委政法委负责人表示，宣传月期间将走进社区开展法治宣讲。",
         kind="other", name="平安建设宣传月活动", id="cn-吹风会-on-a-campaign-month-announced"),
    case("茶博会新闻发布会", "2026-08-12",
         "本报讯 11日，普洱市人民政府召开第十届中国普洱茶产业博览会新闻发布会，介绍博览会筹备情况。"
         "博览会将于9月18日至21日在普洱国际会展中心举行。",
         kind="expo", name="第十届中国普洱茶产业博览会", start="2026-09-18", id="cn-expo-announced"),
    case("马拉松新闻发布会", "2026-10-29",
         "本报讯 28日，桂林市体育局召开新闻发布会，介绍2026桂林马拉松筹备情况。赛事将于11月9日鸣枪开跑。",
         kind="other", name="2026桂林马拉松", id="cn-marathon-announced"),
    case("论坛新闻发布会 引号", "2026-08-17",
         "本报讯 8月16日，中国青禾企业联合会召开“2026青禾企业发展高峰论坛”新闻发布会，介绍论坛的议程安排。"
         "本届论坛将于9月10日至11日在天津举行。",
         kind="forum", name="2026青禾企业发展高峰论坛", start="2026-09-10", id="cn-quoted-forum-announced"),
    case("文化节新闻发布会", "2026-05-04",
         "5月3日，东湖市新闻办公室召开新闻发布会，发布第三届东湖荷花文化节筹备情况。文化节将于6月开幕。",
         kind="other", name="第三届东湖荷花文化节", id="cn-festival-announced"),
    case("文化節新聞發布會 繁", "2026-05-04",
         "5月3日，東湖市新聞辦公室召開新聞發布會，發布第三屆東湖荷花文化節籌備情況。文化節將於6月開幕。",
         kind="other", name="第三屆東湖荷花文化節", id="cn-festival-announced-trad"),
    case("美食節記者會", "2026-10-22",
         "（澳門訊）第二十六屆澳門美食節籌委會昨日舉行記者會，公布美食節的攤位安排。"
         "第二十六屆澳門美食節將於下月十三日至二十九日在西灣湖廣場舉行。",
         kind=ANY, name="第二十六屆澳門美食節", id="macau-food-festival-announced-trad"),
    case("華人文化節 記者會", "2026-07-04",
         "（怡保3日訊）第八屆霹靂華人文化節將於本月15日舉行，主辦單位霹靂中華大會堂今日召開新聞發布會公布詳情。",
         kind="other", name="第八屆霹靂華人文化節", organizers=["霹靂中華大會堂"], id="my-festival-announced-trad"),
    case("华人文化节 记者会", "2026-07-04",
         "（怡保3日讯）第八届霹雳华人文化节将于本月15日举行，主办单位霹雳中华大会堂今日召开新闻发布会公布详情。",
         kind="other", name="第八届霹雳华人文化节", organizers=["霹雳中华大会堂"], id="my-festival-announced"),
    case("國際書展記者會", "2026-06-10",
         "〔記者趙靜瑜／台北報導〕第三十五屆台北國際書展今（10）日舉行記者會，宣布明年書展的主題國。"
         "第三十五屆台北國際書展將於明年二月在世貿一館舉行。",
         kind="fair", name="第三十五屆台北國際書展", id="tw-book-fair-announced-trad"),
    case("博覽會記者會 香港", "2026-05-27",
         "（香港訊）第十二屆香港青年創科博覽會籌委會昨日舉行記者會，介紹博覽會的展區安排。"
         "第十二屆香港青年創科博覽會將於七月在灣仔會議展覽中心舉行。",
         kind="expo", name="第十二屆香港青年創科博覽會", id="hk-expo-announced-trad"),
]

NOT_EVENT = [
    # a period's statistics released at a briefing: the conference is the setting (dev-040)
    none("上半年经济数据发布会", "2026-07-18",
         "本报讯 17日，嘉兴市统计局召开上半年全市经济运行情况新闻发布会。上半年，全市地区生产总值同比增长5.6%。"
         "其中规模以上工业增加值增长7.1%。",
         id="cn-named-statistics-briefing"),
    none("一季度经济运行新闻发布会", "2026-04-21",
         "本报讯 省政府新闻办20日举行一季度全省经济运行情况新闻发布会，一季度全省地区生产总值同比增长5.3%。"
         "省统计局新闻发言人表示，经济运行开局良好。",
         id="cn-named-quarter-briefing-同比"),
    none("统计局新闻发布会", "2026-10-20",
         "本报讯 10月19日，湖州市统计局召开新闻发布会，发布前三季度全市经济运行情况。前三季度，全市规模以上工业增加值同比增长6.8%。",
         id="cn-bare-briefing-statistics"),
    none("国新办发布会 GDP", "2026-10-21",
         "本报北京10月20日电 国务院新闻办今天上午举行发布会，国家统计局新闻发言人表示，前三季度国内生产总值同比增长5.0%。"
         "分季度看，三季度增长4.8%。",
         id="cn-state-council-office-gdp"),
    none("外贸数据发布会", "2026-07-14",
         "本报讯 记者从13日召开的全省上半年外贸运行情况新闻发布会上获悉，上半年全省进出口总值同比增长4.2%。"
         "其中出口增长6.1%。",
         id="cn-learnt-at-a-named-briefing-figures"),
    none("統計局記者會 繁", "2026-10-20",
         "本報訊 10月19日，湖州市統計局召開新聞發布會，發布前三季度全市經濟運行情況。前三季度，全市規模以上工業增加值同比增長6.8%。",
         id="cn-bare-briefing-statistics-trad"),
    none("上半年經濟數據發布會 繁", "2026-07-18",
         "本報訊 17日，嘉興市統計局召開上半年全市經濟運行情況新聞發布會。上半年，全市地區生產總值同比增長5.6%。"
         "其中規模以上工業增加值增長7.1%。",
         id="cn-named-statistics-briefing-trad"),
    none("統計局記者會 澳門", "2026-11-27",
         "（澳門訊）統計暨普查局昨日舉行新聞發佈會，公布第三季本地生產總值按年實質上升百分之四點二。"
         "局方表示，服務出口持續增長。",
         id="macau-gdp-briefing-trad"),
    none("主計總處記者會", "2026-08-01",
         "〔記者陳永吉／台北報導〕主計總處今（1）日召開記者會，公布第二季經濟成長率概估為百分之三點一，較去年同期增加。"
         "主計總處表示，出口表現優於預期。",
         id="tw-statistics-office-growth-trad"),
    none("失業率記者會 香港", "2026-02-20",
         "（香港訊）政府統計處昨日舉行記者會，公布最新失業率為百分之三點一，按月下跌零點一個百分點。"
         "勞工及福利局局長表示，勞工市場保持穩定。",
         id="hk-unemployment-briefing-trad"),
    none("贸工部记者会 新加坡", "2026-05-23",
         "（新加坡讯）贸工部昨天召开记者会，公布第一季经济按年增长2.9%。"
         "贸工部常任秘书说，全年经济增长预测维持不变。",
         id="sg-gdp-briefing"),
    none("統計局記者會 大馬", "2026-08-15",
         "（布城15日訊）統計局今日召開記者會，公布第二季國內生產總值按年增長4.5%。"
         "首席統計官表示，服務業是主要增長動力。",
         id="my-gdp-briefing-trad"),
    # police and court cases told at a briefing
    none("警方通报诈骗案", "2026-09-16",
         "本报讯 晋江市公安局15日召开新闻发布会，通报警方破获一个跨境电信诈骗团伙，抓获犯罪嫌疑人26名。"
         "警方提醒市民提高防范意识。",
         id="cn-police-fraud-gang"),
    none("专项行动战果发布会", "2026-11-25",
         "本报讯 24日，漳州市公安局召开“净网行动”战果新闻发布会，通报今年以来共侦破网络犯罪案件310起。"
         "警方表示，将持续保持严打高压态势。",
         id="cn-police-named-results-briefing"),
    none("法院新闻发布会", "2026-06-27",
         "本报讯 26日，泉州市中级人民法院召开新闻发布会，通报一起非法集资案的审理情况，被告人被判处有期徒刑十二年。",
         id="cn-court-case-briefing"),
    none("警方記者會 香港", "2026-03-19",
         "（香港訊）警方昨日舉行記者會，公布破獲一個跨境電話騙案集團，拘捕十二名男女。"
         "警方表示，案中涉及金額約三千萬港元。",
         id="hk-police-raid-briefing-trad"),
    none("警方記者會 澳門", "2026-04-09",
         "（澳門訊）司法警察局昨日舉行記者會，公布偵破一宗網上投資騙案，兩名男子涉嫌詐騙被捕。",
         id="macau-judiciary-police-briefing-trad"),
    none("地檢署記者會", "2026-05-28",
         "〔記者張文川／台北報導〕台北地檢署今（28）日召開記者會，宣布起訴一個跨國詐騙集團共四十人。"
         "檢方查出涉案金額逾新台幣五億元。",
         id="tw-prosecutors-indictment-trad"),
    none("警方记者会 大马", "2026-09-09",
         "（吉隆坡9日讯）武吉阿曼警察总部今日召开记者会，宣布捣破一个网络诈骗集团，逮捕8名嫌犯。",
         id="my-police-raid-briefing"),
    none("警方記者會 大馬 繁", "2026-09-09",
         "（吉隆坡9日訊）武吉阿曼警察總部今日召開記者會，宣布搗破一個網絡詐騙集團，逮捕8名嫌犯。",
         id="my-police-raid-briefing-trad"),
    none("警方记者会 新加坡", "2026-02-14",
         "（新加坡讯）警方昨天召开记者会，宣布逮捕三名涉嫌冒充政府官员行骗的男子，案件涉及40名受害者。",
         id="sg-police-arrest-briefing"),
    none("警方通報 繁", "2026-09-16",
         "本報訊 晉江市公安局15日召開新聞發布會，通報警方破獲一個跨境電信詐騙團夥，抓獲犯罪嫌疑人26名。",
         id="cn-police-fraud-gang-trad"),
    # company results briefings
    none("业绩说明会", "2026-03-28",
         "本报讯 青岚电子股份有限公司27日举行2025年度业绩说明会，公司去年实现营业收入86亿元，同比增长9.2%。"
         "公司董事长表示，将继续加大研发投入。",
         id="cn-results-说明会"),
    none("業績記者會 香港", "2026-08-20",
         "（香港訊）恒宏地產集團昨日舉行中期業績記者會，公布上半年純利按年下跌百分之十二。"
         "集團主席表示，下半年將放慢推盤步伐。",
         id="hk-interim-results-briefing-trad"),
    none("法說會 台灣", "2026-04-17",
         "〔記者洪友芳／新竹報導〕晶宏科技今（17）日舉行法說會，公布第一季營收新台幣八百億元，年增百分之三十。"
         "董事長表示，下半年訂單能見度佳。",
         id="tw-investor-conference-trad"),
    none("业绩发布会 大马", "2026-11-27",
         "（吉隆坡27日讯）南丰控股今日召开业绩发布会，公布第三季净利按年增长18%至9200万令吉。"
         "董事经理说，公司将扩充产能。",
         id="my-results-briefing"),
    none("業績發佈會 澳門", "2026-03-06",
         "（澳門訊）濠江娛樂集團昨日舉行全年業績發佈會，公布去年淨收益按年上升百分之二十三。",
         id="macau-annual-results-trad"),
    none("业绩记者会 新加坡", "2026-02-25",
         "（新加坡讯）星联银行昨天举行业绩记者会，公布去年净利增长11%至42亿元，创历史新高。",
         id="sg-bank-results-briefing"),
    # a briefing to come
    none("将召开发布会", "2026-05-08",
         "本报讯 据悉，本市新一轮购房补贴政策细则已基本成型。市住建局将于下周召开新闻发布会公布具体内容。",
         id="cn-briefing-next-week"),
    none("將召開記者會 台灣", "2026-08-24",
         "〔記者吳柏緯／台北報導〕中央氣象署今（24）日表示，颱風預計明天登陸，交通部定於明日上午召開防颱應變記者會。",
         id="tw-briefing-tomorrow-trad"),
    none("記者會下周 香港", "2026-02-20",
         "（香港訊）政府統計處昨日公布，最新失業率為百分之三點一。勞工及福利局局長表示，會在下月舉行的記者會上公布新一輪就業支援措施。",
         id="hk-briefing-next-month-trad"),
    none("记者会 下周 新加坡", "2026-01-03",
         "（新加坡讯）建屋发展局昨天发布的数据显示，组屋转售价格继续上涨。国家发展部长将在下周的记者会上公布新的购屋措施。",
         id="sg-briefing-next-week"),
    none("將召開發布會 澳門", "2026-09-12",
         "（澳門訊）據悉，新一輪電子消費優惠計劃細則已大致完成，經濟及科技發展局計劃於下周舉行新聞發佈會公布詳情。",
         id="macau-briefing-planned-trad"),
    none("將舉行記者會 大馬", "2026-06-02",
         "（吉隆坡2日訊）首相署消息說，政府已完成燃油津貼改革方案，財政部長將於明日召開記者會公布細節。",
         id="my-briefing-tomorrow-trad"),
    none("将召开发布会 防汛", "2026-06-05",
         "本报讯 记者从市防汛办获悉，我市将于6月10日召开主汛期防汛工作新闻发布会，通报今年汛期的防御部署。",
         id="cn-named-briefing-to-come"),
    # a briefing named as where policy news was learnt
    none("从发布会上获悉", "2026-07-03",
         "本报讯 记者从2日召开的全市优化营商环境新闻发布会上获悉，《宁德市优化营商环境条例》已经市人大常委会审议通过，将于9月1日起施行。",
         id="cn-policy-learnt-at-a-named-briefing"),
    none("政策印发 发布会上表示", "2026-04-18",
         "本报讯 市政府办公厅日前印发《关于促进夜间经济发展的若干措施》。市商务局局长在17日召开的新闻发布会上表示，措施明确对新开业的夜市给予补贴。",
         id="cn-policy-issued-then-said-at-briefing"),
    none("從發布會上獲悉 繁", "2026-07-03",
         "本報訊 記者從2日召開的全市優化營商環境新聞發布會上獲悉，《寧德市優化營商環境條例》已經市人大常委會審議通過，將於9月1日起施行。",
         id="cn-policy-learnt-at-a-named-briefing-trad"),
    none("政策出台 繁", "2026-04-18",
         "本報訊 市政府辦公廳日前印發《關於促進夜間經濟發展的若干措施》。市商務局局長在17日召開的新聞發布會上表示，措施明確對新開業的夜市給予補貼。",
         id="cn-policy-issued-then-said-at-briefing-trad"),
    # an earlier briefing recalled in other news
    none("旅客数字 回顾记者会", "2026-06-16",
         "（澳門訊）治安警察局昨日公布，端午節假期三天共有四十二萬人次旅客入境。局方早前舉行記者會時曾預計每日入境約十三萬人次。",
         id="macau-visitors-earlier-briefing-trad"),
    none("回顾说明会", "2026-10-05",
         "〔記者李宜儒／台中報導〕台中市政府今（5）日公告，捷運藍線第一期工程決標，得標金額新台幣二百四十億元。市府去年舉辦的說明會上曾表示，工程將分三標發包。",
         id="tw-tender-earlier-briefing-trad"),
    none("统计 此前发布会", "2026-04-17",
         "本报讯 记者从泸州市统计局获悉，一季度全市地区生产总值同比增长4.8%。市统计局在此前召开的新闻发布会上表示，消费市场总体回暖。",
         id="cn-statistics-earlier-briefing"),
    none("上周记者会 新加坡", "2026-03-06",
         "（新加坡讯）人力部昨天公布，去年第四季的总就业人数增加1万2000人。人力部长上周在记者会上表示，政府会加强对中年员工的援助。",
         id="sg-labour-figures-earlier-briefing"),
    none("一季度经济运行 无同比", "2026-04-22",
         "本报讯 21日，台州市人民政府新闻办公室召开一季度全市经济运行情况新闻发布会。一季度，全市地区生产总值1380亿元，增长5.2%。"
         "市统计局负责人表示，工业生产较快增长。",
         id="cn-named-quarter-briefing-figures-no-同比"),
    none("上半年經濟運行 澳門 繁", "2026-08-29",
         "（澳門訊）統計暨普查局昨日舉行上半年經濟概況新聞發佈會，上半年本地生產總值實質上升百分之五點一，旅客總數達一千八百萬人次。",
         id="macau-named-half-year-briefing-trad"),
    none("年度业绩新闻发布会", "2026-03-30",
         "本报讯 青禾建材集团股份有限公司29日召开2025年度业绩新闻发布会，公司去年实现净利润12.6亿元。"
         "董事长表示，将继续拓展海外市场。",
         id="cn-results-briefing-with-year"),
    none("警方行動記者會 引號", "2026-10-14",
         "（香港訊）警方昨日舉行「曙光行動」記者會，公布拘捕二十三名涉嫌洗黑錢的男女。"
         "警方表示，案件仍在調查中。",
         id="hk-police-named-operation-briefing-trad"),
    # a routine briefing before or after a sitting: the spokesperson's news, the conference its setting (dev-043)
    none("院會後記者會", "2026-03-13",
         "〔記者林志豪／台北報導〕行政院今（13）日中午舉行院會後記者會，發言人被問到電價調整的時程，強調政府會審慎評估。",
         id="tw-post-cabinet-briefing-trad"),
    none("行政會議前記者會", "2026-05-19",
         "（香港訊）行政長官今早在出席行政會議前舉行記者會，回應有關公共房屋輪候時間的提問。",
         id="hk-pre-exco-media-session-trad"),
    none("行政會議前記者會 名詞", "2026-05-19",
         "（香港訊）行政長官今早舉行行政會議前記者會，回應有關公共房屋輪候時間的提問。",
         id="hk-pre-exco-press-noun-trad"),
    none("院会后记者会 简", "2026-03-13",
         "〔记者林志豪／台北报导〕行政院今（13）日中午举行院会后记者会，发言人被问到电价调整的时程，强调政府会审慎评估。",
         id="tw-post-cabinet-briefing"),
]

ALL_EVENTS = NAMED + UNNAMED + ANNOUNCED
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", marked(ALL_EVENTS, XFAIL))
def test_a_briefing_the_page_reports(text, expected):
    got, wanted = event_frame(text, expected, unquote=True)
    assert got == wanted


@pytest.mark.parametrize("text", marked(NOT_EVENT, XFAIL))
def test_no_event_where_the_briefing_is_only_the_setting(text):
    assert extract(text).event is None


def test_the_bank_is_large_varied_and_mostly_passing():
    check_bank_coverage([(row.id,) for row in ALL_EVENTS + NOT_EVENT], XFAIL)
