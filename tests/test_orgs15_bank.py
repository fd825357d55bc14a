"""A fifteenth bank of organisations: short ordinary news items (police and court items, price index and statistics
releases, hospital figures, airline traffic, school admission results, typhoon damage, company announcements) of two to
five sentences, each with the exact set of organisations ANNOTATION.md asks for, in both scripts and the regional styles
(mainland, Hong Kong, Macau, Taiwan, Singapore, Malaysia).

Recall: bodies that act without an organisation ending (a company or airline short name as the subject of 公布, 宣布,
表示, 录得; authorities by their short forms; courts and their divisions; police units). Precision: generic 警方,
院方, 校方, 当局, 有关部门, venues where something is held, products, routes and lines.

The project's banks already take a hospital a person is taken to for treatment (送往某医院救治) and a court where a
defendant appears (在某裁判法院提堂) as bodies (tests/test_organization_forms_bank.py, test_organization_region_bank.py);
this bank keeps to that. Written before running the extractor on it. All names are invented."""
import pytest

from tests.test_organization_bank import _key, organizations

POLICE_AND_COURTS = [
    pytest.param("青山市公安局东林分局昨日通报，一名男子涉嫌盗窃被刑事拘留。警方提醒市民妥善保管财物。",
                 {"青山市公安局东林分局"}, id="police-branch-notice-and-generic-police"),
    pytest.param("刑事偵緝科人員昨日在東林區拘捕兩名男子。警方表示，案件仍在調查中。", {"刑事偵緝科"},
                 id="hk-crime-squad-acting-trad"),
    pytest.param("東林警署人員接報後到場調查。警方呼籲目擊者與警方聯絡。", {"東林警署"}, id="hk-police-station-acting-trad"),
    pytest.param("區域法院今日裁定被告兩項盜竊罪名成立。法官判處被告入獄三年。", {"區域法院"}, id="hk-district-court-ruling-trad"),
    pytest.param("東林地院刑事庭今天判處被告有期徒刑二年。全案仍可上訴。", {"東林地院刑事庭"},
                 id="taiwan-district-court-criminal-division-trad"),
    pytest.param("东林区人民法院以诈骗罪判处被告人有期徒刑三年。被告人当庭表示服判。", {"东林区人民法院"},
                 id="district-court-sentences"),
    pytest.param("东林县公安局交警大队接报后赶到现场。事故造成一人轻伤。", {"东林县公安局交警大队"},
                 id="traffic-police-brigade"),
    pytest.param("東林警區刑事調查隊正跟進案件。警方暫未拘捕任何人。", {"東林警區刑事調查隊"},
                 id="hk-district-crime-unit-trad"),
    pytest.param("澳門司法警察局昨日公布，一名男子涉嫌詐騙被捕。涉案金額約十萬澳門元。", {"司法警察局"},
                 id="macau-judiciary-police-announces-trad"),
    pytest.param("東林地方法院今天宣判，被告處有期徒刑二年。檢方表示將研究是否上訴。", {"東林地方法院"},
                 id="taiwan-district-court-sentence-trad"),
    pytest.param("新加坡警察部队发言人说，警方已逮捕一名涉嫌诈骗的男子。他将于明天被控上庭。", {"警察部队"},
                 id="singapore-police-force-spokesman"),
    pytest.param("东林县警区主任说，警方接获投报后展开调查。嫌犯已被扣留。", {"东林县警区"}, id="malaysia-district-police-in-a-title"),
    pytest.param("警方昨日在东林区拘捕一名男子。案件仍在调查中。", set(), id="generic-police-near-miss"),
    pytest.param("院方表示，傷者情況危殆。警方正調查事件起因。", set(), id="generic-hospital-side-near-miss-trad"),
    pytest.param("法庭今日押後案件，被告須還押看管。案件下月再訊。", set(), id="generic-court-near-miss-trad"),
    pytest.param("当局表示将加强巡查。有关部门已介入调查。", set(), id="authorities-and-departments-near-miss"),
    pytest.param("校方回應指已報警處理。警方列作求助案。", set(), id="school-side-near-miss-trad"),
    pytest.param("東林裁判法院今日判處被告罰款五千元。被告當庭認罪。", {"東林裁判法院"}, id="hk-magistracy-fines-trad"),
    pytest.param("廉署今日落案起訴一名前銀行經理。被告將於明日提堂。", {"廉署"}, id="hk-icac-short-form-trad"),
    pytest.param("东林市人民检察院依法对犯罪嫌疑人提起公诉。法院将择期开庭。", {"东林市人民检察院"},
                 id="procuratorate-and-generic-court"),
    pytest.param("東林縣警察局第二分局今天破獲一起詐騙案。警方查扣現金兩百萬元。", {"東林縣警察局第二分局"},
                 id="taiwan-police-precinct-trad"),
    pytest.param("公安机关依法对其采取刑事强制措施。案件正在进一步侦办中。", set(), id="public-security-organs-near-miss"),
    pytest.param("肃贪会今日逮捕两名涉嫌受贿的官员。两人将被延长扣留四天。", {"肃贪会"}, id="malaysia-macc-short-form"),
    pytest.param("貪污調查局今天表示，正調查一宗涉及公務員的案件。", {"貪污調查局"}, id="singapore-cpib-trad"),
    pytest.param("東林區警察局昨日公布，上月共處理一百宗交通事故。", {"東林區警察局"}, id="macau-style-police-bureau-trad"),
]

HEALTH_AND_HOSPITALS = [
    pytest.param("醫管局今日公布，公立醫院急症室昨日共有一千二百人次求診。醫管局呼籲市民善用基層醫療。", {"醫管局"},
                 id="hk-hospital-authority-figures-trad"),
    pytest.param("衞生署衞生防護中心今日公布新增三宗個案。患者情況穩定。", {"衞生署衞生防護中心"},
                 id="hk-health-protection-centre-trad"),
    pytest.param("衞生署表示，會加強巡查持牌食肆。違例者最高可被罰款五萬元。", {"衞生署"}, id="hk-department-of-health-trad"),
    pytest.param("醫院管理局發言人表示，各急症室輪候時間超過八小時。", {"醫院管理局"}, id="hk-hospital-authority-full-trad"),
    pytest.param("东林市第一人民医院发布通报称，涉事医生已被停职。医院将配合调查。", {"东林市第一人民医院"},
                 id="hospital-issues-notice"),
    pytest.param("一名女子昏迷被送往東林醫院，東林醫院證實她已不治。", {"東林醫院"}, id="hospital-confirms-trad"),
    pytest.param("澳門東林醫院今日表示，患者已出院。醫生提醒市民注意飲食衞生。", {"東林醫院"}, id="macau-hospital-says-trad"),
    pytest.param("东林市卫健委通报，昨日新增病例两例。患者均在定点医院隔离治疗。", {"东林市卫健委"},
                 id="health-commission-notice"),
    pytest.param("疾管署今天表示，本週新增流感重症十例。", {"疾管署"}, id="taiwan-cdc-short-trad"),
    pytest.param("卫生部今天公布，本周共有三千人感染骨痛热症。卫生部呼吁民众清除积水。", {"卫生部"},
                 id="singapore-or-malaysia-health-ministry"),
    pytest.param("东林中医院今年共接诊患者五十万人次，同比增长一成。", {"东林中医院"}, id="hospital-figures"),
    pytest.param("東林醫院今年首季共進行手術三千宗。院方表示，輪候時間已縮短。", {"東林醫院"}, id="hospital-surgery-figures-trad"),
    pytest.param("东林县疾控中心提醒，夏季是手足口病高发期。家长应注意儿童卫生。", {"东林县疾控中心"}, id="county-cdc-reminds"),
    pytest.param("卫生署今日公布，上周共接获五宗食物中毒个案。", {"卫生署"}, id="health-department-simplified"),
    pytest.param("市民如有不适，应尽快到医院求诊。医生建议多喝水。", set(), id="generic-hospital-near-miss"),
    pytest.param("傷者被送往附近醫院。醫院發言人表示，兩人情況穩定。", set(), id="nearby-hospital-near-miss-trad"),
    pytest.param("衞生局今日公布，本澳上月新增登革熱個案兩宗。", {"衞生局"}, id="macau-health-bureau-trad"),
    pytest.param("東林綜合醫院表示，新大樓將於明年啟用，可增加病床三百張。", {"東林綜合醫院"}, id="malaysia-general-hospital-trad"),
]

STATISTICS_AND_PRICES = [
    pytest.param("統計處今日公布，五月份綜合消費物價指數按年上升百分之二。", {"統計處"}, id="hk-census-short-trad"),
    pytest.param("国家统计局今天发布数据，5月份居民消费价格指数同比上涨0.3%。", {"国家统计局"}, id="nbs-cpi"),
    pytest.param("东林市统计局公布，一季度全市地区生产总值增长5.2%。", {"东林市统计局"}, id="city-statistics-bureau"),
    pytest.param("澳門統計暨普查局今日公布，四月份綜合消費物價指數按年上升1.1%。", {"統計暨普查局"}, id="macau-dsec-trad"),
    pytest.param("主計總處今天公布，五月消費者物價指數年增1.9%。", {"主計總處"}, id="taiwan-dgbas-trad"),
    pytest.param("新加坡统计局今天公布，五月份整体通胀率为2.1%。", {"统计局"}, id="singapore-statistics"),
    pytest.param("马来西亚统计局今日发布报告，指4月份通胀率为1.8%。", {"统计局"}, id="malaysia-statistics"),
    pytest.param("金管局今日公布，四月底銀行體系存款增加百分之零點五。", {"金管局"}, id="hk-hkma-figures-trad"),
    pytest.param("消委會今日發表報告，指部分樣本含有致癌物。消委會建議市民留意標籤。", {"消委會"}, id="hk-consumer-council-trad"),
    pytest.param("海关总署今天发布数据，前5个月我国货物贸易进出口总值增长6%。", {"海关总署"}, id="customs-general-administration"),
    pytest.param("国家外汇管理局公布，5月末外汇储备规模为3.2万亿美元。", {"国家外汇管理局"}, id="safe-reserves"),
    pytest.param("澳門金融管理局今日公布，廣義貨幣供應按月上升0.8%。", {"金融管理局"}, id="macau-amcm-trad"),
    pytest.param("居民消费价格指数（CPI）同比上涨0.3%。食品价格下降1.2%。", set(), id="cpi-without-a-body-near-miss"),
    pytest.param("統計數據顯示，全港常住人口增加百分之零點三。", set(), id="statistics-without-a-body-near-miss-trad"),
    pytest.param("東林縣政府主計處今天公布，今年上半年稅收增加一成。", {"東林縣政府主計處"}, id="taiwan-county-accounting-office-trad"),
    pytest.param("东林市市场监管局公布，5月份共抽检食品两千批次。合格率为98%。", {"东林市市场监管局"}, id="market-regulation-figures"),
    pytest.param("國家發展委員會今天公布五月景氣燈號，連續三個月亮出綠燈。", {"國家發展委員會"}, id="taiwan-ndc-trad"),
    pytest.param("國家銀行今日宣布維持隔夜政策利率於3%。", {"國家銀行"}, id="malaysia-central-bank-trad"),
    pytest.param("人民银行公布，5月末广义货币余额增长7%。", {"人民银行"}, id="pboc-short"),
    pytest.param("差餉物業估價署今日公布，五月份私人住宅售價指數按月下跌0.5%。", {"差餉物業估價署"}, id="hk-rating-valuation-trad"),
    pytest.param("住宅价格指数上月下跌0.5%。房价已连跌三个月。", set(), id="price-index-near-miss"),
]

AIRLINES_AND_TRANSPORT = [
    pytest.param("青松航空公布5月客运量，共运载旅客120万人次，同比增长15%。", {"青松航空"}, id="airline-traffic"),
    pytest.param("東林航空今日公布五月份客運量，載客量按年上升兩成。", {"東林航空"}, id="airline-traffic-trad"),
    pytest.param("民航局今日公布，上月國際機場客運量達四百萬人次。", {"民航局"}, id="civil-aviation-short-trad"),
    pytest.param("民航局数据显示，5月全行业完成旅客运输量5800万人次。", {"民航局"}, id="civil-aviation-short"),
    pytest.param("青松航空宣布，将于下月开通东林至青山的直飞航线。每周执飞四班。", {"青松航空"}, id="airline-new-route"),
    pytest.param("機管局今日公布，五月份機場客運量按年上升一成。", {"機管局"}, id="hk-airport-authority-trad"),
    pytest.param("旅客可乘坐东林航线的班机前往青山。航班每日一班。", set(), id="route-near-miss"),
    pytest.param("東林機場公司發布新聞稿表示，跑道將封閉維修。", {"東林機場公司"}, id="airport-company-trad"),
    pytest.param("東星航空今天表示，因颱風取消十個航班。旅客可免費改票。", {"東星航空"}, id="taiwan-airline-cancels-trad"),
    pytest.param("亚洲之翼航空今日宣布，将增加飞往东林的航班。", {"亚洲之翼航空"}, id="malaysia-airline-adds-flights"),
    pytest.param("東林航空錄得上半年虧損三億元。公司表示，燃油成本上升。", {"東林航空"}, id="airline-records-loss-trad"),
    pytest.param("東林鐵路公司表示，東林線列車服務受阻約二十分鐘。", {"東林鐵路公司"}, id="rail-company-and-line-trad"),
    pytest.param("東林線列車服務受阻，乘客可於東林站轉乘巴士。", set(), id="line-and-station-near-miss-trad"),
    pytest.param("东林至青山高速公路今天通车。全程约需一小时。", set(), id="expressway-near-miss"),
    pytest.param("东林号列车今天首发，沿途停靠八个车站。", set(), id="named-train-near-miss"),
    pytest.param("陆路交通管理局今天宣布，地铁东林线将于下月通车。", {"陆路交通管理局"}, id="singapore-lta-and-line"),
    pytest.param("東林巴士公司宣布，由下月起調整十條路線的班次。", {"東林巴士公司"}, id="bus-company-trad"),
    pytest.param("交通部民用航空局今天公布，上半年國際航線旅客量成長三成。", {"交通部民用航空局"}, id="taiwan-caa-trad"),
]

SCHOOLS_AND_RESULTS = [
    pytest.param("東林中學校長表示，今年學生整體表現理想。共有五人考獲七科最高等級。", {"東林中學"}, id="school-in-principal-title-trad"),
    pytest.param("东林大学今天公布今年本科招生计划，共招收新生5000人。", {"东林大学"}, id="university-admission-plan"),
    pytest.param("教育局今日公布小一派位結果。約九成學生獲派首三志願。", {"教育局"}, id="hk-education-bureau-trad"),
    pytest.param("考評局今日公布文憑試成績。今年共有五萬名考生應考。", {"考評局"}, id="hk-exam-authority-trad"),
    pytest.param("大考中心今天公布學測成績，今年共有十萬人報考。", {"大考中心"}, id="taiwan-exam-centre-trad"),
    pytest.param("教育部今天宣布，明年起调整小学会考评分方式。", {"教育部"}, id="singapore-education-ministry"),
    pytest.param("东林华文独立中学董事会宣布，明年起增收学生三百人。", {"东林华文独立中学董事会"}, id="malaysia-independent-school-board"),
    pytest.param("东林市教育考试院公布，今年高考本科线为450分。", {"东林市教育考试院"}, id="exam-institute"),
    pytest.param("東林大學今天放榜，錄取率約三成。校方表示，新生將於九月報到。", {"東林大學"}, id="university-releases-list-trad"),
    pytest.param("今年东林中学有12名学生被东林大学录取。", {"东林中学", "东林大学"}, id="school-and-university-admission"),
    pytest.param("今年高考本科上线率为85%。考生可于明天查询成绩。", set(), id="admission-rate-near-miss"),
    pytest.param("澳門東林中學今年有九成畢業生升讀大學。", {"東林中學"}, id="macau-school-graduates-trad"),
    pytest.param("东林小学和青山小学今年均获评示范学校。", {"东林小学", "青山小学"}, id="two-primary-schools"),
    pytest.param("學校將於下週復課。家長可向學校查詢安排。", set(), id="generic-school-near-miss-trad"),
    pytest.param("東林國小今天舉行畢業典禮，共有八十名學生畢業。", {"東林國小"}, id="taiwan-primary-school-trad"),
    pytest.param("教育局表示，今年共有三百所学校参加计划。", {"教育局"}, id="education-bureau-simplified"),
]

TYPHOONS_AND_WEATHER = [
    pytest.param("天文台今日上午發出八號烈風或暴風信號。天文台表示，颱風將於今晚最接近本港。", {"天文台"}, id="hk-observatory-trad"),
    pytest.param("东林市气象台发布台风橙色预警信号。预计今晚有大暴雨。", {"东林市气象台"}, id="city-observatory"),
    pytest.param("中央气象台今天继续发布台风红色预警。", {"中央气象台"}, id="central-observatory"),
    pytest.param("中央氣象署今天發布海上颱風警報。風雨將持續到明天。", {"中央氣象署"}, id="taiwan-cwa-trad"),
    pytest.param("澳門地球物理暨氣象局今日懸掛八號風球。", {"地球物理暨氣象局"}, id="macau-smg-trad"),
    pytest.param("颱風造成東林區多處水浸。消防處共接獲逾百宗求助。", {"消防處"}, id="hk-fire-services-figures-trad"),
    pytest.param("台风过后，东林电力公司派出抢修队伍恢复供电。目前仍有两千户停电。", {"东林电力公司"}, id="power-company-repairs"),
    pytest.param("渠务署表示，已清理多处淤塞渠道。", {"渠务署"}, id="hk-drainage-simplified"),
    pytest.param("民政事務總署開放二十個臨時庇護中心。共有三百人入住。", {"民政事務總署"}, id="hk-home-affairs-trad"),
    pytest.param("市民可前往東林社區會堂暫避。會堂設有床位一百張。", set(), id="community-hall-shelter-near-miss-trad"),
    pytest.param("东林市防汛抗旱指挥部启动Ⅱ级应急响应。", {"东林市防汛抗旱指挥部"}, id="flood-headquarters"),
    pytest.param("东林县应急管理局统计，台风造成直接经济损失1.2亿元。", {"东林县应急管理局"}, id="emergency-bureau-losses"),
    pytest.param("台风共造成三人死亡，农作物受灾面积达两万亩。", set(), id="typhoon-damage-no-body-near-miss"),
    pytest.param("農業部今天統計，颱風造成農損達三億元。", {"農業部"}, id="taiwan-agriculture-ministry-trad"),
    pytest.param("東林電力公司表示，颱風期間共有五萬戶停電，目前已全部恢復供電。", {"東林電力公司"}, id="power-company-trad"),
    pytest.param("气象局今天发布警告，东林州将有大雨。", {"气象局"}, id="malaysia-met-department"),
    pytest.param("屋宇署接獲二十宗有關招牌倒塌的報告。", {"屋宇署"}, id="hk-buildings-department-trad"),
    pytest.param("颱風期間，東林碼頭停航。渡輪服務將於明早恢復。", set(), id="pier-near-miss-trad"),
]

COMPANIES = [
    pytest.param("青松集团宣布，将以5亿元收购东林物流。交易预计年底完成。", {"青松集团", "东林物流"}, id="group-acquires-company"),
    pytest.param("東林地產公布，上半年盈利按年下跌三成。", {"東林地產"}, id="property-results-trad"),
    pytest.param("華鼎銀行今日宣布下調最優惠利率。新利率下週一生效。", {"華鼎銀行"}, id="bank-cuts-rate-trad"),
    pytest.param("青山银行表示，将继续加大对小微企业的支持。", {"青山银行"}, id="bank-says"),
    pytest.param("東林電訊錄得上半年純利十二億元。每股派息三角。", {"東林電訊"}, id="telecom-records-profit-trad"),
    pytest.param("青松电器今天在东林开设新门店。", {"青松电器"}, id="electrical-company-opens-store"),
    pytest.param("新款青松X5手机今天上市，售价3999元。", set(), id="product-near-miss"),
    pytest.param("華鼎保險發言人表示，公司已接獲逾千宗索償。", {"華鼎保險"}, id="insurer-spokesman-trad"),
    pytest.param("东林种植有限公司今日向交易所报备，首季净利增长两成。", {"东林种植有限公司"}, id="malaysia-plantation-filing"),
    pytest.param("星东林控股今天向新交所报备，全年净利增长两成。", {"星东林控股", "新交所"}, id="singapore-filing-with-exchange"),
    pytest.param("東林電子今天公布五月營收，年增百分之十二。", {"東林電子"}, id="taiwan-electronics-revenue-trad"),
    pytest.param("東林娛樂今日公布第一季業績，收益按年增加一成。", {"東林娛樂"}, id="macau-gaming-results-trad"),
    pytest.param("青松乳业宣布召回一批次产品。公司表示将全额退款。", {"青松乳业"}, id="dairy-recall"),
    pytest.param("東林超市宣布，旗下五十間分店將延長營業時間。", {"東林超市"}, id="supermarket-chain-trad"),
    pytest.param("青松汽车5月销量为3.2万辆，同比增长18%。", {"青松汽车"}, id="carmaker-sales"),
    pytest.param("東林建設表示，工程將於年底完成。", {"東林建設"}, id="construction-company-says-trad"),
    pytest.param("东林电子签下一笔五亿元订单。公司股价应声上涨。", {"东林电子"}, id="company-wins-order"),
    pytest.param("华鼎证券研究报告指出，下半年市场将保持震荡。", {"华鼎证券"}, id="brokerage-report"),
    pytest.param("青松牌冰箱在东林市场热销。", set(), id="brand-product-near-miss"),
    pytest.param("公司表示，今年将新增员工五百人。", set(), id="generic-company-near-miss"),
    pytest.param("該集團表示，會繼續拓展海外市場。", set(), id="that-group-near-miss-trad"),
    pytest.param("東林發展有限公司宣布，完成出售旗下一座商廈。", {"東林發展有限公司"}, id="limited-company-sells-trad"),
    pytest.param("东林控股私人有限公司今日宣布派发股息。", {"东林控股私人有限公司"}, id="malaysia-sdn-bhd"),
    pytest.param("青松科技股份有限公司今天公告，董事长辞职。", {"青松科技股份有限公司"}, id="joint-stock-company-filing"),
    pytest.param("華鼎銀行在東林開設第十間分行。分行將於下月開業。", {"華鼎銀行"}, id="bank-opens-branch-trad"),
    pytest.param("新门店位于东林广场三楼。开业当天客流达两万人次。", set(), id="plaza-near-miss"),
    pytest.param("記者會在東林酒店舉行。東林地產主席出席。", {"東林地產"}, id="hotel-venue-and-company-trad"),
]

REGIONAL_BODIES = [
    pytest.param("消費者委員會今日公布測試結果，十款樣本中有三款不合格。", {"消費者委員會"}, id="hk-consumer-council-full-trad"),
    pytest.param("证监会今天对东林证券作出行政处罚。罚款金额为两百万元。", {"证监会", "东林证券"}, id="regulator-fines-broker"),
    pytest.param("金管會今天宣布，對東林銀行處以罰鍰一千萬元。", {"金管會", "東林銀行"}, id="taiwan-fsc-fines-bank-trad"),
    pytest.param("食環署今日公布，上月共檢控三十宗無牌食肆。", {"食環署"}, id="hk-fehd-prosecutions-trad"),
    pytest.param("环境部今天表示，将加强对工业区的巡查。", {"环境部"}, id="environment-ministry"),
    pytest.param("市政署今日表示，東林街市將於下月重開。", {"市政署"}, id="macau-iam-and-market-trad"),
    pytest.param("房委會今日公布，公屋輪候時間為五年半。", {"房委會"}, id="hk-housing-authority-trad"),
    pytest.param("建屋发展局今天推出三千个组屋单位。", {"建屋发展局"}, id="singapore-hdb"),
    pytest.param("东林市住建局公布，5月新建商品住宅成交量环比增长8%。", {"东林市住建局"}, id="housing-bureau-figures"),
    pytest.param("勞工處今日公布，上月失業率維持在百分之三。", {"勞工處"}, id="hk-labour-department-trad"),
    pytest.param("人力部今天公布，第一季失业率为2%。", {"人力部"}, id="singapore-mom"),
    pytest.param("东林市人社局表示，今年将新增就业岗位三万个。", {"东林市人社局"}, id="human-resources-bureau"),
    pytest.param("入境處今日公布，復活節假期共有二百萬人次出入境。", {"入境處"}, id="hk-immigration-figures-trad"),
    pytest.param("治安警察局表示，假期期間共有五十萬人次經關閘出入境。", {"治安警察局"}, id="macau-psp-figures-trad"),
    pytest.param("移民署今天公布，上月逾期居留外籍人士減少兩成。", {"移民署"}, id="taiwan-immigration-trad"),
    pytest.param("旅游局今天公布，五一假期全市接待游客两百万人次。", {"旅游局"}, id="tourism-bureau"),
    pytest.param("旅遊局今日公布，上月入境旅客按年上升一成。", {"旅遊局"}, id="macau-tourism-trad"),
    pytest.param("東林市政府今天公布，上半年觀光人次成長兩成。市府表示將續推優惠。", {"東林市政府"}, id="taiwan-city-government-trad"),
    pytest.param("市政府表示将加快项目建设。", set(), id="generic-city-government-near-miss"),
    pytest.param("特區政府今日公布，將向每名合資格市民發放消費券。", set(), id="sar-government-near-miss-trad"),
    pytest.param("東林區議會今日通過撥款。議員一致支持。", {"東林區議會"}, id="district-council-trad"),
    pytest.param("东林市消防救援支队接警后调派五辆消防车到场处置。", {"东林市消防救援支队"}, id="fire-rescue-detachment"),
    pytest.param("民防部队今天表示，过去一周共处理三百宗火患。", {"民防部队"}, id="singapore-scdf"),
    pytest.param("消拯局今日接获报案，东林一间商店起火。", {"消拯局"}, id="malaysia-fire-rescue-short"),
    pytest.param("消防局今天表示，火警造成一人受傷。", {"消防局"}, id="fire-bureau-trad"),
]

LONGER_ITEMS = [
    pytest.param("青山市公安局东林分局昨日通报，一名男子在东林广场盗窃被抓获。民警将其带回派出所调查。"
                 "东林区人民检察院已对其批准逮捕。", {"青山市公安局东林分局", "东林区人民检察院"}, id="police-and-procuratorate-item"),
    pytest.param("一輛貨車昨晨在東林道翻側，司機受傷。消防處派員到場救出司機。傷者由救護車送往東林醫院救治。"
                 "警方正調查意外原因。", {"消防處", "東林醫院"}, id="hk-traffic-accident-item-trad"),
    pytest.param("統計處今日公布，五月份綜合消費物價指數按年上升百分之二。政府發言人表示，通脹壓力溫和。",
                 {"統計處"}, id="hk-cpi-item-with-government-spokesman-trad"),
    pytest.param("东林航空公布5月运营数据。当月旅客运输量同比增长12%，客座率达83%。"
                 "公司表示，国际航线恢复明显。", {"东林航空"}, id="airline-operating-data-item"),
    pytest.param("天文台晚上九時發出十號颶風信號。颱風吹襲期間，消防處接獲三百宗塌樹報告。"
                 "醫管局表示，共有二十人到急症室求診。", {"天文台", "消防處", "醫管局"}, id="hk-typhoon-item-trad"),
    pytest.param("東林大學今天公布個人申請錄取名單。今年共有一千人獲錄取。東林大學教務長表示，錄取率與去年相若。",
                 {"東林大學"}, id="taiwan-university-admission-item-trad"),
    pytest.param("青松集团今天宣布，旗下青松物流将在新加坡上市。青松集团表示，募集资金将用于扩建仓库。",
                 {"青松集团", "青松物流"}, id="group-and-subsidiary-listing"),
    pytest.param("澳門司法警察局昨日公布，一名男子涉嫌網上詐騙被捕。案件已移送檢察院。"
                 "司警呼籲市民提高警覺。", {"司法警察局", "檢察院"}, id="macau-fraud-item-trad"),
    pytest.param("卫生部今天公布，上周骨痛热症病例增加至五百宗。东林州卫生局表示，已在重灾区展开灭蚊行动。",
                 {"卫生部", "东林州卫生局"}, id="malaysia-dengue-item"),
    pytest.param("一名男子昨晚在东林区持刀伤人。伤者被送往东林市第一人民医院抢救。警方已将嫌犯控制。",
                 {"东林市第一人民医院"}, id="stabbing-item-hospital-treats"),
    pytest.param("被告今日在東林裁判法院提堂，控方申請押後案件。裁判官批准被告以五千元保釋。",
                 {"東林裁判法院"}, id="hk-court-appearance-item-trad"),
    pytest.param("东林海关今年前5个月共查获走私案件120宗。案值达3亿元。", {"东林海关"}, id="city-customs-figures"),
    pytest.param("東林電力公司今日宣布，明年電費將上調百分之三。機電工程署表示，會審視加價理據。",
                 {"東林電力公司", "機電工程署"}, id="power-tariff-item-trad"),
    pytest.param("新加坡东林银行今天公布，第一季净利增长8%。东林银行总裁表示，贷款需求稳定。", {"东林银行"},
                 id="singapore-bank-results-item"),
    pytest.param("颱風過後，東林縣政府統計農損逾兩億元。縣府表示，將協助農民申請補助。", {"東林縣政府"},
                 id="taiwan-county-typhoon-losses-trad"),
    pytest.param("东林县人民医院今年共救治台风伤员三百人。县卫健局表示，将追加医疗物资。",
                 {"东林县人民医院", "县卫健局"}, id="county-hospital-and-health-bureau"),
    pytest.param("入境事務處今日公布，今年首五個月共處理二百萬宗申請。", {"入境事務處"}, id="hk-immigration-department-trad"),
    pytest.param("東林中學今年文憑試成績理想。該校有三名學生考獲七科5**。校長表示，學生努力得到回報。",
                 {"東林中學"}, id="hk-school-results-item-trad"),
]


ALL = (POLICE_AND_COURTS + HEALTH_AND_HOSPITALS + STATISTICS_AND_PRICES + AIRLINES_AND_TRANSPORT + SCHOOLS_AND_RESULTS
       + TYPHOONS_AND_WEATHER + COMPANIES + REGIONAL_BODIES + LONGER_ITEMS)


@pytest.mark.parametrize("text, expected", ALL)
def test_orgs15_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
