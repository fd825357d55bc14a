"""A bank of invented sentences naming organisations the way local and overseas Chinese press writes them: a region or
a Latin alias in brackets inside or after a company's name, community bodies (clan and hometown associations, alumni
and parent-teacher associations, school boards, temple committees, Chinese schools, shops that act), coalitions and
parties by short forms and blocs as actors, a department written in one chain with its government, a party group after
a bureau, 市委 with its place; and the near misses that share their words: a preposition glued to a body, 社會 as a
word, generic offices, venues, bodies named only inside an event's name.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Names are compared as the scorer compares them: without one leading country or region word."""
import pytest

from tests.test_organization_bank import _key, organizations

BRACKETED_REGION_OR_ALIAS = [
    pytest.param("永信銀行(澳門)股份有限公司昨日宣布調低按揭利率。永信銀行表示，新利率下月生效。",
                 {"永信銀行(澳門)股份有限公司"}, id="macau-bank-region-in-brackets-then-short-mention-trad"),
    pytest.param("中國銀行（香港）有限公司今日公布中期業績。", {"中國銀行（香港）有限公司"}, id="hk-bank-region-full-brackets-trad"),
    pytest.param("东林精密(Donglin Precision)今日宣布在槟城设厂。", {"东林精密"}, id="latin-alias-after-a-company"),
    pytest.param("工商銀行(亞洲)有限公司與本地商會簽署合作協議。", {"工商銀行(亞洲)有限公司"}, id="asia-in-brackets-bank-trad"),
    pytest.param("大丰银行（澳门）股份有限公司向社团捐款一百万澳门元。", {"大丰银行（澳门）股份有限公司"}, id="macau-bank-region-brackets-donates"),
    pytest.param("东林科技（深圳）有限公司今年营收增长两成。", {"东林科技（深圳）有限公司"}, id="mainland-city-in-brackets"),
    pytest.param("東林電子（香港）有限公司宣布裁員一百人。", {"東林電子（香港）有限公司"}, id="hk-electronics-region-brackets-trad"),
    pytest.param("东林物流（马来西亚）私人有限公司在巴生港启用新仓库。", {"东林物流（马来西亚）私人有限公司"}, id="malaysia-in-brackets-sdn-bhd"),
    pytest.param("東林保險(新加坡)有限公司推出新醫療保單。", {"東林保險(新加坡)有限公司"}, id="singapore-in-brackets-insurer-trad"),
    pytest.param("台东林精密（Taidonglin Precision）宣布扩建厂房。", {"台东林精密"}, id="company-alias-in-full-brackets"),
    pytest.param("东林集团（Donglin Group）与市政府签署战略合作协议。", {"东林集团"}, id="group-latin-alias-signs"),
    pytest.param("東林控股(Donglin Holdings)今日公布全年業績，純利增長一成。", {"東林控股"}, id="holdings-latin-alias-results-trad"),
    pytest.param("东林地产（集团）有限公司宣布回购股份。", {"东林地产（集团）有限公司"}, id="group-in-brackets-inside-name"),
    pytest.param("東林置業（集團）有限公司昨日公布銷售數據。東林置業表示，市場回暖。", {"東林置業（集團）有限公司"}, id="group-in-brackets-then-short-trad"),
    pytest.param("东林银行（中国）有限公司获批设立新分行。东林银行称，将加大投入。", {"东林银行（中国）有限公司"}, id="china-in-brackets-then-short"),
    pytest.param("澳門東林娛樂(集團)股份有限公司宣布派發股息。", {"東林娛樂(集團)股份有限公司"}, id="macau-group-brackets-dividend-trad"),
    pytest.param("东林医药（香港）有限公司与本地大学合作研发新药。", {"东林医药（香港）有限公司"}, id="hk-brackets-and-a-generic-university"),
    pytest.param("東林航空（台灣）股份有限公司今天宣布增開航班。", {"東林航空（台灣）股份有限公司"}, id="taiwan-in-brackets-airline-trad"),
    pytest.param("东林食品（上海）有限公司被市场监管局罚款五十万元。", {"东林食品（上海）有限公司", "市场监管局"}, id="brackets-company-fined-by-a-bureau"),
    pytest.param("東林能源（亞太）有限公司在新加坡設立區域總部。", {"東林能源（亞太）有限公司"}, id="asia-pacific-in-brackets-trad"),
    pytest.param("东林水泥(Donglin Cement)宣布涨价百分之五。", {"东林水泥"}, id="cement-latin-alias-prices"),
    pytest.param("東林證券(香港)有限公司發表研究報告。", {"東林證券(香港)有限公司"}, id="hk-securities-brackets-trad"),
    pytest.param("东林保险（澳门）股份有限公司推出新产品。", {"东林保险（澳门）股份有限公司"}, id="macau-insurer-brackets"),
    pytest.param("東林建築（澳門）有限公司承建新校舍。", {"東林建築（澳門）有限公司"}, id="macau-builder-brackets-trad"),
    pytest.param("东林纸业(马)有限公司今日公布季度业绩。", {"东林纸业(马)有限公司"}, id="malaysia-one-character-in-brackets"),
    pytest.param("東林證券（Donglin Securities）昨日發表報告，看好本地股市。", {"東林證券"}, id="securities-latin-alias-report-trad"),
    pytest.param("东林电讯(私人)有限公司宣布调整月费。", {"东林电讯(私人)有限公司"}, id="private-in-brackets-malaysia"),
    pytest.param("東林食品工業（馬）有限公司捐贈物資予災民。", {"東林食品工業（馬）有限公司"}, id="malaysia-one-character-full-brackets-trad"),
]

COMMUNITY_BODIES = [
    pytest.param("巴生福建会馆今日颁发奖贷学金。", {"巴生福建会馆"}, id="klang-clan-hall-bursaries"),
    pytest.param("巴生福建會館昨日舉行新春團拜。", {"巴生福建會館"}, id="klang-clan-hall-new-year-trad"),
    pytest.param("东林黄氏宗亲会捐款一万令吉予华小。", {"东林黄氏宗亲会"}, id="clan-association-donates"),
    pytest.param("雪蘭莪李氏宗親會今日舉行秋祭。", {"雪蘭莪李氏宗親會"}, id="state-clan-association-trad"),
    pytest.param("东林惠州同乡会庆祝成立五十周年。", {"东林惠州同乡会"}, id="hometown-association-anniversary"),
    pytest.param("澳門福建同鄉會組團訪問泉州。", {"福建同鄉會"}, id="macau-fujian-hometown-trad"),
    pytest.param("香港潮州同鄉會向長者派發福袋。", {"潮州同鄉會"}, id="hk-chaozhou-hometown-trad"),
    pytest.param("东林大学校友会举办校友日。", {"东林大学校友会"}, id="university-alumni-association"),
    pytest.param("東林中學校友會捐贈電腦予母校。", {"東林中學校友會"}, id="school-alumni-association-trad"),
    pytest.param("东林华小家长教师协会举办义卖会。", {"东林华小家长教师协会"}, id="chinese-school-pta"),
    pytest.param("東林華小家長教師協會昨日召開會員大會。", {"東林華小家長教師協會"}, id="chinese-school-pta-trad"),
    pytest.param("东林华小家协主席呼吁家长踊跃捐款。", {"东林华小家协"}, id="chinese-school-pta-short-form-in-title"),
    pytest.param("东林华小董事会决定扩建校舍。", {"东林华小董事会"}, id="chinese-school-board-decides"),
    pytest.param("東林華小董事會今日宣布籌款目標。", {"東林華小董事會"}, id="chinese-school-board-trad"),
    pytest.param("东林独中董事会宣布调整学费。", {"东林独中董事会"}, id="independent-school-board"),
    pytest.param("东林国民型中学举办开放日。", {"东林国民型中学"}, id="national-type-secondary-school"),
    pytest.param("東林國民型中學學生在比賽中奪冠。", {"東林國民型中學"}, id="national-type-secondary-school-trad"),
    pytest.param("东林独中今年招收新生三百名。", {"东林独中"}, id="independent-chinese-school"),
    pytest.param("東林獨中宣布開辦新課程。", {"東林獨中"}, id="independent-chinese-school-trad"),
    pytest.param("圣尼各拉女校举办毕业典礼。", {"圣尼各拉女校"}, id="girls-school-holds-graduation",
                 marks=pytest.mark.xfail(strict=True, reason="the transliterated name is cut into a person, a pronoun and a verb (圣尼|各|拉); nothing proper stands before 女校")),
    pytest.param("聖尼各拉女校學生獲頒獎學金。", {"聖尼各拉女校"}, id="girls-school-trad",
                 marks=pytest.mark.xfail(strict=True, reason="the transliterated name is cut into a person, a pronoun and a verb (圣尼|各|拉); nothing proper stands before 女校")),
    pytest.param("东林华小获得州政府拨款五十万令吉。", {"东林华小"}, id="chinese-primary-school-receives"),
    pytest.param("東林華小舉辦華文書法比賽。", {"東林華小"}, id="chinese-primary-school-trad"),
    pytest.param("东林天后宫理事会宣布举办神诞庆典。", {"东林天后宫理事会"}, id="temple-committee-announces"),
    pytest.param("東林觀音廟理事會捐款予慈善團體。", {"東林觀音廟理事會"}, id="temple-committee-donates-trad"),
    pytest.param("东林大伯公庙理事会今日改选。", {"东林大伯公庙理事会"}, id="temple-committee-election"),
    pytest.param("東林茶坊今日開張，吸引大批顧客。", {"東林茶坊"}, id="tea-house-opening-trad"),
    pytest.param("东林餐室推出新年套餐。", {"东林餐室"}, id="coffee-shop-restaurant-menu"),
    pytest.param("东林咖啡店今日举行开幕仪式。", {"东林咖啡店"}, id="coffee-shop-opening"),
    pytest.param("東林餐室捐出一日營業額予慈善機構。", {"東林餐室"}, id="restaurant-donates-trad"),
    pytest.param("东林海南会馆举办文化节。", {"东林海南会馆"}, id="hainan-clan-hall-festival"),
    pytest.param("新加坡東林廣東會館頒發敬老金。", {"東林廣東會館"}, id="sg-clan-hall-elderly-trad"),
    pytest.param("吉隆坡广东义山董事会宣布新措施。", {"吉隆坡广东义山董事会"}, id="cemetery-board-announces"),
    pytest.param("东林乡团联合会举办春节联欢。", {"东林乡团联合会"}, id="hometown-groups-federation"),
    pytest.param("東林客家公會昨日舉行就職典禮。", {"東林客家公會"}, id="hakka-association-trad"),
    pytest.param("东林留台同学会颁发助学金。", {"东林留台同学会"}, id="taiwan-alumni-association"),
    pytest.param("東林留台同學會今日舉辦升學講座。", {"東林留台同學會"}, id="taiwan-alumni-association-trad"),
    pytest.param("东林陈氏书院理事会宣布修缮计划。", {"东林陈氏书院理事会"}, id="clan-academy-committee"),
    pytest.param("新加坡東林會館與本地社團合辦講座。", {"東林會館"}, id="sg-hall-with-generic-societies-trad"),
    pytest.param("東林街坊會為長者舉辦健康講座。", {"東林街坊會"}, id="macau-neighbourhood-association-trad"),
    pytest.param("东林商会与东林华小董事会联合主办筹款晚宴。", {"东林商会", "东林华小董事会"}, id="chamber-and-school-board-organise"),
    pytest.param("東林培華小學家長教師會昨日改選。", {"東林培華小學家長教師會"}, id="hk-primary-school-pta-trad"),
    pytest.param("東林崇正會發表聲明支持政府。", {"東林崇正會"}, id="hakka-chongzheng-association-trad"),
    pytest.param("东林南安会馆妇女组探访老人院。", {"东林南安会馆妇女组"}, id="clan-hall-women-section"),
    pytest.param("東林中華公會青年團舉辦培訓營。", {"東林中華公會青年團"}, id="chinese-association-youth-wing-trad"),
]

PARTIES_COALITIONS_AND_BLOCS = [
    pytest.param("国阵今日宣布在补选中派出候选人。", {"国阵"}, id="coalition-short-form-announces"),
    pytest.param("國陣昨日召開最高理事會會議。", {"國陣"}, id="coalition-short-form-meets-trad"),
    pytest.param("希盟今日发表文告回应。", {"希盟"}, id="hope-coalition-statement"),
    pytest.param("希盟和國盟在州選中展開激烈競爭。", {"希盟", "國盟"}, id="two-coalitions-compete-trad"),
    pytest.param("国盟宣布退出合作。", {"国盟"}, id="national-alliance-withdraws"),
    pytest.param("行动党今日宣布候选人名单。", {"行动党"}, id="action-party-short-form"),
    pytest.param("行動黨昨日發表聲明。", {"行動黨"}, id="action-party-short-form-trad"),
    pytest.param("巫统与马华公会今日举行会谈。", {"巫统", "马华公会"}, id="umno-and-mca-talk"),
    pytest.param("東盟今天簽署區域貿易協定。", {"東盟"}, id="asean-signs-trad"),
    pytest.param("东盟发表联合声明，呼吁各方保持克制。", {"东盟"}, id="asean-statement"),
    pytest.param("欧盟宣布对进口钢材加征关税。", {"欧盟"}, id="eu-announces-tariff"),
    pytest.param("歐盟昨日通過新的排放標準。", {"歐盟"}, id="eu-passes-standard-trad"),
    pytest.param("民政党宣布退出国阵。", {"民政党", "国阵"}, id="party-leaves-a-coalition"),
    pytest.param("民政黨今日召開中委會。", {"民政黨"}, id="gerakan-trad"),
    pytest.param("诚信党和公正党联合召开记者会。", {"诚信党", "公正党"}, id="two-parties-short-forms"),
    pytest.param("公正黨與行動黨今日簽署合作協議。", {"公正黨", "行動黨"}, id="two-parties-short-forms-trad"),
    pytest.param("民建聯今日向特首提交建議書。", {"民建聯"}, id="hk-party-short-form-trad"),
    pytest.param("工联会今日发表声明。", {"工联会"}, id="hk-union-federation-short-form"),
    pytest.param("人民行动党今日推介新候选人。", {"人民行动党"}, id="sg-ruling-party"),
    pytest.param("國民黨與民眾黨今天宣布合作。", {"國民黨", "民眾黨"}, id="taiwan-parties-trad"),
]

DEPARTMENT_CHAINS = [
    pytest.param("雲林縣政府社會處今天發放急難救助金。", {"雲林縣政府社會處"}, id="county-government-department-trad"),
    pytest.param("東林縣政府教育處宣布停課一天。", {"東林縣政府教育處"}, id="county-education-department-trad"),
    pytest.param("台中市政府經濟發展局今天公布招商成果。", {"台中市政府經濟發展局"}, id="city-government-bureau-trad"),
    pytest.param("新北市政府環保局今天開罰三家工廠。", {"新北市政府環保局"}, id="new-taipei-environment-bureau-trad"),
    pytest.param("高雄市政府觀光局推出旅遊補助。", {"高雄市政府觀光局"}, id="kaohsiung-tourism-bureau-trad"),
    pytest.param("屏東縣政府農業處協助農民申請補助。", {"屏東縣政府農業處"}, id="pingtung-agriculture-department-trad"),
    pytest.param("江源市住房和城乡建设局党组召开会议。", {"江源市住房和城乡建设局"}, id="bureau-party-group-meets"),
    pytest.param("江源市财政局党组书记主持会议。", {"江源市财政局"}, id="bureau-party-group-in-a-title"),
    pytest.param("东林县教育局党组理论学习中心组开展集中学习。", {"东林县教育局"}, id="bureau-party-group-study-group"),
    pytest.param("江源市委召开常委会会议。", {"江源市委"}, id="city-committee-with-place"),
    pytest.param("中共江源市委印发实施意见。", {"中共江源市委"}, id="ccp-city-committee"),
    pytest.param("江源市委宣传部组织开展读书活动。", {"江源市委宣传部"}, id="city-committee-propaganda-department"),
    pytest.param("东林县人民政府办公室印发通知。", {"东林县人民政府办公室"}, id="county-government-office"),
    pytest.param("江源市人民政府新闻办公室举行新闻发布会。", {"江源市人民政府新闻办公室"}, id="city-information-office-holds-press"),
    pytest.param("东林区商务局与区市场监管局联合检查。", {"东林区商务局", "区市场监管局"}, id="district-bureaus-joint"),
    pytest.param("臺南市政府文化局今天宣布古蹟修復完成。", {"臺南市政府文化局"}, id="tainan-culture-bureau-trad"),
    pytest.param("嘉義縣政府衛生局提醒民眾注意登革熱。", {"嘉義縣政府衛生局"}, id="chiayi-health-bureau-trad"),
    pytest.param("江源市生态环境局党组成员带队检查。", {"江源市生态环境局"}, id="bureau-party-group-member"),
    pytest.param("东林镇人民政府组织开展防汛演练。", {"东林镇人民政府"}, id="town-government-drill"),
    pytest.param("江源县委组织部公示干部名单。", {"江源县委组织部"}, id="county-committee-organisation-department"),
    pytest.param("桃園市政府警察局今天破獲詐騙集團。", {"桃園市政府警察局"}, id="taoyuan-police-bureau-trad"),
    pytest.param("彰化縣政府建設處啟動道路改善工程。", {"彰化縣政府建設處"}, id="changhua-construction-department-trad"),
]

NEAR_MISSES = [
    pytest.param("明愛今日於明愛總部舉行記者會，公布服務數據。", {"明愛"}, id="preposition-glued-to-a-body-trad",
                 marks=pytest.mark.xfail(strict=True, reason="明爱 (a body with no ending) is tagged a person's name, and 于明|爱 too; no rule can trust it")),
    pytest.param("活動於東林中學禮堂舉行。", set(), id="venue-school-hall-trad"),
    pytest.param("社會各界踴躍捐款。", set(), id="society-as-a-word-trad"),
    pytest.param("社会各界人士出席活动。", set(), id="society-as-a-word"),
    pytest.param("居民可到村辦公處登記。", set(), id="village-office-generic-trad"),
    pytest.param("村民可到村办公处领取物资。", set(), id="village-office-generic"),
    pytest.param("第十屆東林宗親懇親大會今日開幕。", set(), id="body-only-inside-an-event-name-trad"),
    pytest.param("首届东林同乡会文化节圆满落幕。", set(), id="hometown-body-inside-an-event-name"),
    pytest.param("宴会在东林酒店宴会厅举行。", set(), id="hotel-ballroom-venue"),
    pytest.param("晚宴在東林會館禮堂舉行。", set(), id="clan-hall-auditorium-venue-trad"),
    pytest.param("该校家长都很支持这项活动。", set(), id="parents-generic"),
    pytest.param("校友們紛紛回母校參加慶典。", set(), id="alumni-generic-trad"),
    pytest.param("许多宗亲会和同乡会都派代表出席。", set(), id="clan-kinds-generic"),
    pytest.param("華小和獨中的學生人數逐年增加。", set(), id="chinese-school-kinds-generic-trad"),
    pytest.param("附近的茶坊和餐室生意兴隆。", set(), id="shop-kinds-generic"),
    pytest.param("社會福利署今日公布數據。", {"社會福利署"}, id="society-inside-a-department-name-trad"),
    pytest.param("他於東林大學畢業後回國工作。", {"東林大學"}, id="preposition-before-a-university-trad"),
    pytest.param("政黨之間的競爭越來越激烈。", set(), id="parties-generic-trad"),
    pytest.param("东盟国家的游客人数增加。", set(), id="asean-as-a-place"),
    pytest.param("他们赴欧盟考察市场。", set(), id="eu-as-a-place"),
    pytest.param("歐盟市場對本地產品需求增加。", set(), id="eu-market-as-a-place-trad"),
    pytest.param("市委、市政府高度重视这项工作。", set(), id="city-committee-without-place"),
    pytest.param("縣府各局處首長出席會議。", set(), id="county-departments-generic-trad"),
    pytest.param("党组成员分别发言。", set(), id="party-group-members-generic"),
    pytest.param("於澳門街坊會聯合總會會址舉行的活動吸引數百人。", {"澳門街坊會聯合總會"}, id="preposition-before-a-federation-trad"),
    pytest.param("東林盃華小書法比賽今日舉行。", set(), id="school-kind-inside-a-competition-name-trad",
                 marks=pytest.mark.xfail(strict=True, reason="the segmenter cuts the cup's name across 杯 (东林|杯华|小), so the event's name is not seen")),
    pytest.param("記者在餐室內看到不少顧客。", set(), id="shop-as-place-generic-trad"),
    pytest.param("该公司（香港）业务表现平稳。", set(), id="bracketed-region-after-a-generic-company"),
    pytest.param("社區人士於明愛中心參與活動。", set(), id="centre-as-venue-with-preposition-trad"),
    pytest.param("他在会馆服务多年。", set(), id="clan-hall-generic-place"),
]

PAGES = [
    pytest.param("福建会馆颁奖学金\n2026-03-01 来源：东林日报\n（巴生1日讯）巴生福建会馆今日在会馆礼堂颁发奖学金予一百名学生。"
                 "巴生福建会馆会长致辞时表示，会馆将继续支持华小。东林华小董事会主席也出席。",
                 {"巴生福建会馆", "东林华小董事会"}, id="page-malaysia-clan-hall-scholarships"),
    pytest.param("銀行推出新服務\n2026-04-02 來源：東林日報\n永信銀行(澳門)股份有限公司今日宣布推出手機銀行新功能。"
                 "永信銀行表示，新功能獲澳門金融管理局批准。",
                 {"永信銀行(澳門)股份有限公司", "澳門金融管理局"}, id="page-macau-bank-and-regulator-trad"),
    pytest.param("縣府發放救助金\n2026-05-03 來源：東林新聞網\n雲林縣政府社會處今天發放急難救助金。社會處表示，"
                 "社會各界捐款踴躍，將與東林鄉公所合作發放物資。",
                 {"雲林縣政府社會處", "東林鄉公所"}, id="page-taiwan-county-department-trad"),
    pytest.param("补选提名\n2026-06-04 来源：东林日报\n（吉隆坡4日讯）国阵今日宣布补选候选人，希盟则表示将派出年轻人竞选。"
                 "东盟峰会下月在吉隆坡举行。",
                 {"国阵", "希盟"}, id="page-malaysia-coalitions-and-an-event"),
    pytest.param("党组会议\n2026-07-05 来源：江源日报\n江源市住房和城乡建设局党组召开会议，传达江源市委全会精神。"
                 "会议由局党组书记主持。",
                 {"江源市住房和城乡建设局", "江源市委"}, id="page-mainland-bureau-party-group"),
    pytest.param("茶坊開張\n2026-08-06 來源：東林日報\n（新山6日訊）東林茶坊今日開張，東林中華公會會長主持剪綵。"
                 "活動於茶坊門前舉行，吸引社會各界人士出席。",
                 {"東林茶坊", "東林中華公會"}, id="page-malaysia-shop-opening-trad"),
]


@pytest.mark.parametrize("text, expected", BRACKETED_REGION_OR_ALIAS + COMMUNITY_BODIES + PARTIES_COALITIONS_AND_BLOCS
                         + DEPARTMENT_CHAINS + NEAR_MISSES + PAGES)
def test_organization_local_press_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
