"""A bank of invented sentences naming organisations inside a title chain or an appositive: a department shortened
inside its head's post (社会处长: the unit word stays with its field, 社会处), a bureau's party group in a chain
(某局党组书记、局长: the party group is a body of its own, as the shared gold keeps 某厅党组 and ANNOTATION.md 南山大學黨委), a level's committee with its place (某市委副书记: 某市委), a constituency
written before a member's post (某区国会议员, 某集选区议员, 某州议员: no body), a description of a company's trade written
before its name (精密工程公司|某某精密: the name after it), and blocs acting in diplomatic items (东盟, 欧盟, 亚细安); with
the near misses that share their words: a department written whole (社会处处长), a party group as the actor, 市委 without
its place, a bloc as a place.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Names are compared as the scorer compares them: without one leading country or region word."""
import pytest

from tests.test_organization_bank import _key, organizations

DEPARTMENT_INSIDE_A_POST = [
    pytest.param("社會處長林碧霞今天表示，急難救助金將於下週發放。", {"社會處"}, id="social-affairs-head-trad"),
    pytest.param("社会处长林碧霞今天表示，救助金将于下周发放。", {"社会处"}, id="social-affairs-head"),
    pytest.param("雲林縣社會處長林碧霞今天表示，救助金下週發放。", {"雲林縣社會處"}, id="county-social-affairs-head-trad"),
    pytest.param("社會局長陳美華說明托育補助新制。", {"社會局"}, id="social-bureau-head-trad"),
    pytest.param("台中市社會局長陳美華說明托育補助新制。", {"台中市社會局"}, id="city-social-bureau-head-trad"),
    pytest.param("教育處長陳明德宣布全縣中小學停課一天。", {"教育處"}, id="education-department-head-trad"),
    pytest.param("教育处长陈明德宣布中小学停课一天。", {"教育处"}, id="education-department-head"),
    pytest.param("屏東縣教育處長陳明德宣布停課。", {"屏東縣教育處"}, id="county-education-head-trad"),
    pytest.param("衛生局長黃美玲呼籲民眾接種疫苗。", {"衛生局"}, id="health-bureau-head-trad"),
    pytest.param("卫生局长黄美玲呼吁市民接种疫苗。", {"卫生局"}, id="health-bureau-head"),
    pytest.param("嘉義市衛生局長黃美玲呼籲民眾注意登革熱。", {"嘉義市衛生局"}, id="city-health-bureau-head-trad"),
    pytest.param("工務處長李志強說明道路工程進度。", {"工務處"}, id="public-works-head-trad"),
    pytest.param("工务处长李志强说明道路工程进度。", {"工务处"}, id="public-works-head"),
    pytest.param("民政司长王建国出席会议并讲话。", {"民政司"}, id="civil-affairs-division-head"),
    pytest.param("民政司長王建國出席會議並致詞。", {"民政司"}, id="civil-affairs-division-head-trad"),
    pytest.param("地政處長蔡文雄表示，重劃區將於年底完成。", {"地政處"}, id="land-department-head-trad"),
    pytest.param("農業處長吳國華到場關心農損情形。", {"農業處"}, id="agriculture-department-head-trad"),
    pytest.param("农业处长吴国华到田间查看灾情。", {"农业处"}, id="agriculture-department-head"),
    pytest.param("財政局長林大同說，明年預算將增加一成。", {"財政局"}, id="finance-bureau-head-trad"),
    pytest.param("财政局长林大同说，明年预算将增加一成。", {"财政局"}, id="finance-bureau-head"),
    pytest.param("文化局長鄭麗芳主持古蹟修復啟用典禮。", {"文化局"}, id="culture-bureau-head-trad"),
    pytest.param("觀光局長周永康宣布推出旅遊補助。", {"觀光局"}, id="tourism-bureau-head-trad"),
    pytest.param("環保局長張家豪說，將加強稽查工廠排放。", {"環保局"}, id="environment-bureau-head-trad"),
    pytest.param("环保局长张家豪说，将加强检查工厂排放。", {"环保局"}, id="environment-bureau-head"),
    pytest.param("交通局長何志明宣布公車路線調整。", {"交通局"}, id="transport-bureau-head-trad"),
    pytest.param("建設處長許文彬說明工程延宕原因。", {"建設處"}, id="construction-department-head-trad"),
    pytest.param("勞工處長劉美玲公布失業率數據。", {"勞工處"}, id="labour-department-head-trad"),
    pytest.param("消防處長梁志偉表示，火警原因仍在調查。", {"消防處"}, id="fire-services-head-trad"),
    pytest.param("民政處長黃文華出席里長座談會。", {"民政處"}, id="civil-affairs-department-head-trad"),
    pytest.param("人事科长赵丽出席培训会并讲话。", {"人事科"}, id="personnel-section-head",
                 marks=pytest.mark.xfail(strict=True, reason="科长 is taken as a post with no body before it, so 人事 is not read as a section")),
    pytest.param("稅務局長李文龍表示，申報期限延長一個月。", {"稅務局"}, id="tax-bureau-head-trad"),
    pytest.param("税务局长李文龙表示，申报期限延长一个月。", {"税务局"}, id="tax-bureau-head"),
    pytest.param("新聞局長陳國強今天舉行記者會。", {"新聞局"}, id="information-bureau-head-trad"),
    pytest.param("警察局长马建华通报案件侦破情况。", {"警察局"}, id="police-bureau-head"),
    pytest.param("社會處副處長林雅婷今天說明補助申請方式。", {"社會處"}, id="deputy-head-department-whole-trad"),
    pytest.param("社會處處長林碧霞今天表示救助金下週發放。", {"社會處"}, id="near-miss-department-written-whole-trad"),
    pytest.param("社会处处长林碧霞今天表示救助金下周发放。", {"社会处"}, id="near-miss-department-written-whole"),
    pytest.param("教育處處長陳明德今天宣布停課。", {"教育處"}, id="near-miss-education-written-whole-trad"),
    pytest.param("衛生局局長黃美玲今天呼籲民眾接種疫苗。", {"衛生局"}, id="near-miss-health-written-whole-trad"),
    pytest.param("卫生局局长黄美玲今天呼吁市民接种疫苗。", {"卫生局"}, id="near-miss-health-written-whole"),
    pytest.param("社會各界人士踴躍捐款。", set(), id="near-miss-society-as-a-word-trad"),
    pytest.param("社会各界人士踊跃捐款。", set(), id="near-miss-society-as-a-word"),
    pytest.param("林碧霞處長今天表示救助金下週發放。", set(), id="near-miss-post-after-name-no-body-trad"),
    pytest.param("處長林碧霞今天表示救助金下週發放。", set(), id="near-miss-bare-post-trad"),
    pytest.param("局长马建华通报案件侦破情况。", set(), id="near-miss-bare-bureau-post"),
    pytest.param("國家發改委氣候司副司長孫明今天表示，減排目標不變。", {"國家發改委氣候司"}, id="ministry-division-deputy-head-trad"),
    pytest.param("教育部基础教育司司长吕建出席会议。", {"教育部基础教育司"}, id="ministry-division-head-written-whole"),
    pytest.param("縣府社會處長林碧霞今天表示，救助金下週發放。", {"縣府社會處"}, id="county-government-short-then-department-trad"),
]

PARTY_GROUP_AND_COMMITTEE_IN_A_CHAIN = [
    pytest.param("江源市住房和城乡建设局党组书记、局长张立新主持会议。", {"江源市住房和城乡建设局党组"}, id="bureau-party-secretary-and-head"),
    pytest.param("江源市財政局黨組書記、局長張立新主持會議。", {"江源市財政局黨組"}, id="bureau-party-secretary-and-head-trad"),
    pytest.param("东林县教育局党组书记、局长王丽出席开学典礼。", {"东林县教育局党组"}, id="county-education-party-secretary"),
    pytest.param("東林縣教育局黨組書記、局長王麗出席開學典禮。", {"東林縣教育局黨組"}, id="county-education-party-secretary-trad"),
    pytest.param("江源市生态环境局党组成员、副局长李强带队检查。", {"江源市生态环境局党组"}, id="bureau-party-member-and-deputy"),
    pytest.param("江源市生態環境局黨組成員、副局長李強帶隊檢查。", {"江源市生態環境局黨組"}, id="bureau-party-member-and-deputy-trad"),
    pytest.param("江源市商务局党组副书记、副局长刘洋作动员讲话。", {"江源市商务局党组"}, id="bureau-party-deputy-secretary"),
    pytest.param("江源市卫生健康委员会党组书记、主任陈刚通报疫情。", {"江源市卫生健康委员会党组"}, id="commission-party-secretary-and-director"),
    pytest.param("江源市衛生健康委員會黨組書記、主任陳剛通報疫情。", {"江源市衛生健康委員會黨組"}, id="commission-party-secretary-and-director-trad"),
    pytest.param("东林县交通运输局党组书记张伟调研农村公路建设。", {"东林县交通运输局党组"}, id="bureau-party-secretary-alone"),
    pytest.param("江源市统计局党组书记、局长孙红发布经济数据。", {"江源市统计局党组"}, id="statistics-bureau-party-secretary"),
    pytest.param("江源市農業農村局黨組書記、局長孫紅下鄉調研。", {"江源市農業農村局黨組"}, id="agriculture-bureau-party-secretary-trad"),
    pytest.param("江源市委副书记李红出席活动并致辞。", {"江源市委"}, id="city-committee-deputy-secretary"),
    pytest.param("江源市委副書記李紅出席活動並致辭。", {"江源市委"}, id="city-committee-deputy-secretary-trad"),
    pytest.param("江源市委书记王海调研重点项目。", {"江源市委"}, id="city-committee-secretary"),
    pytest.param("江源市委書記王海調研重點項目。", {"江源市委"}, id="city-committee-secretary-trad"),
    pytest.param("东林县委副书记、县长陈晨主持会议。", {"东林县委"}, id="county-deputy-secretary-and-head"),
    pytest.param("東林縣委副書記、縣長陳晨主持會議。", {"東林縣委"}, id="county-deputy-secretary-and-head-trad"),
    pytest.param("中共江源市委副书记李红出席会议。", {"中共江源市委"}, id="ccp-city-committee-deputy-secretary"),
    pytest.param("江源市委常委、秘书长周明主持座谈会。", {"江源市委"}, id="city-standing-member-and-secretary-general"),
    pytest.param("江源市政府党组成员、副市长刘芳出席。", {"江源市政府党组"}, id="city-government-party-member"),
    pytest.param("市委副书记李红出席活动并致辞。", set(), id="near-miss-city-committee-without-place"),
    pytest.param("市委書記王海調研重點項目。", set(), id="near-miss-city-committee-without-place-trad"),
    pytest.param("县委副书记、县长陈晨主持会议。", set(), id="near-miss-county-committee-without-place"),
    pytest.param("局党组书记张立新主持会议。", set(), id="near-miss-bureau-party-group-without-name"),
    pytest.param("局黨組書記張立新主持會議。", set(), id="near-miss-bureau-party-group-without-name-trad"),
    pytest.param("党组书记、局长张立新主持会议。", set(), id="near-miss-bare-chain"),
    pytest.param("江源市住房和城乡建设局党组召开专题会议。", {"江源市住房和城乡建设局"}, id="party-group-as-actor"),
    pytest.param("江源市財政局黨組召開專題會議。", {"江源市財政局"}, id="party-group-as-actor-trad"),
    pytest.param("党组成员分别作了发言。", set(), id="near-miss-party-group-members"),
    pytest.param("黨組成員分別發言。", set(), id="near-miss-party-group-members-trad"),
    pytest.param("江源市人大常委会党组书记、主任郑华出席。", {"江源市人大常委会党组"}, id="peoples-congress-standing-party-secretary"),
    pytest.param("南山大学党委书记陈力出席典礼。", {"南山大学党委"}, id="university-party-committee-in-title"),
    pytest.param("南山大學黨委書記陳力出席典禮。", {"南山大學黨委"}, id="university-party-committee-in-title-trad"),
]

CONSTITUENCY_BEFORE_A_MEMBER = [
    pytest.param("士古来区国会议员张志明今日派发物资予贫户。", set(), id="johor-constituency-mp"),
    pytest.param("士古來區國會議員張志明今日派發物資予貧戶。", set(), id="johor-constituency-mp-trad"),
    pytest.param("峇都区国会议员陈国伟出席新春团拜。", set(), id="kl-constituency-mp"),
    pytest.param("峇都區國會議員陳國偉出席新春團拜。", set(), id="kl-constituency-mp-trad"),
    pytest.param("泗岩沫区国会议员林冠英主持开幕。", set(), id="penang-constituency-mp"),
    pytest.param("蕉赖区国会议员杨巧双巡视灾区。", set(), id="cheras-constituency-mp"),
    pytest.param("蕉賴區國會議員楊巧雙巡視災區。", set(), id="cheras-constituency-mp-trad"),
    pytest.param("宏茂桥集选区议员陈振声出席活动。", set(), id="sg-grc-member"),
    pytest.param("宏茂橋集選區議員陳振聲出席活動。", set(), id="sg-grc-member-trad"),
    pytest.param("阿裕尼集选区议员毕丹星今日在国会发言。", set(), id="sg-grc-member-speaks"),
    pytest.param("马林百列集选区议员陈佩玲探访居民。", set(), id="sg-grc-member-visits"),
    pytest.param("馬林百列集選區議員陳佩玲探訪居民。", set(), id="sg-grc-member-visits-trad"),
    pytest.param("榜鹅西单选区议员孙雪玲主持活动。", set(), id="sg-smc-member"),
    pytest.param("雪兰莪州议员黄思汉今日出席晚宴。", set(), id="selangor-state-assemblyman"),
    pytest.param("雪蘭莪州議員黃思漢今日出席晚宴。", set(), id="selangor-state-assemblyman-trad"),
    pytest.param("柔佛州议员林添顺派发开斋节礼包。", set(), id="johor-state-assemblyman"),
    pytest.param("柔佛州議員林添順派發開齋節禮包。", set(), id="johor-state-assemblyman-trad"),
    pytest.param("武吉知诺州议员黄瑞林巡视排水工程。", set(), id="state-seat-assemblyman"),
    pytest.param("武吉知諾州議員黃瑞林巡視排水工程。", set(), id="state-seat-assemblyman-trad"),
    pytest.param("加影区州议员李家全协助居民申请援助。", set(), id="district-then-state-assemblyman"),
    pytest.param("國會議員黃志明呼籲政府檢討水費。", set(), id="bare-mp-trad",
                 marks=pytest.mark.xfail(strict=True, reason="国会 with no seat before it is kept as the house, as tests/test_entities.py has it (行动党国会议员 -> 行动党, 国会)")),
    pytest.param("国会议员黄志明呼吁政府检讨水费。", set(), id="bare-mp",
                 marks=pytest.mark.xfail(strict=True, reason="国会 with no seat before it is kept as the house, as tests/test_entities.py has it (行动党国会议员 -> 行动党, 国会)")),
    pytest.param("行动党士古来区国会议员张志明今日派发物资。", {"行动党"}, id="party-then-constituency-mp"),
    pytest.param("行動黨士古來區國會議員張志明今日派發物資。", {"行動黨"}, id="party-then-constituency-mp-trad"),
    pytest.param("马华公会士古来区国会议员张志明派发物资。", {"马华公会"}, id="mca-then-constituency-mp"),
    pytest.param("东林区议会主席陈大文今日主持会议。", {"东林区议会"}, id="near-miss-district-council-chairman"),
    pytest.param("東林區議會主席陳大文今日主持會議。", {"東林區議會"}, id="near-miss-district-council-chairman-trad"),
    pytest.param("雪兰莪州议会议长黄思汉宣布休会。", {"雪兰莪州议会"}, id="near-miss-state-assembly-speaker"),
    pytest.param("雪蘭莪州議會議長黃思漢宣布休會。", {"雪蘭莪州議會"}, id="near-miss-state-assembly-speaker-trad"),
]

DESCRIPTION_BEFORE_A_COMPANY = [
    pytest.param("精密工程公司凯丰精密今日宣布扩建厂房。", {"凯丰精密"}, id="precision-engineering-firm"),
    pytest.param("精密工程公司凱豐精密今日宣布擴建廠房。", {"凱豐精密"}, id="precision-engineering-firm-trad"),
    pytest.param("物流公司顺达物流宣布在巴生港设新仓库。", {"顺达物流"}, id="logistics-firm"),
    pytest.param("物流公司順達物流宣布在巴生港設新倉庫。", {"順達物流"}, id="logistics-firm-trad"),
    pytest.param("本地建筑公司宏基建筑获颁大型工程合约。", {"宏基建筑"}, id="local-builder",
                 marks=pytest.mark.xfail(strict=True, reason="the tagger gives only 宏基 as a name and 建筑 as a noun, so no candidate reaches the name")),
    pytest.param("本地建築公司宏基建築獲頒大型工程合約。", {"宏基建築"}, id="local-builder-trad",
                 marks=pytest.mark.xfail(strict=True, reason="the tagger gives only 宏基 as a name and 建筑 as a noun, so no candidate reaches the name")),
    pytest.param("半导体公司晶丰科技今日公布季度业绩。", {"晶丰科技"}, id="chip-firm-results"),
    pytest.param("半導體公司晶豐科技今日公布季度業績。", {"晶豐科技"}, id="chip-firm-results-trad"),
    pytest.param("房地产公司东林置业推出新楼盘。", {"东林置业"}, id="property-firm-launch",
                 marks=pytest.mark.xfail(strict=True, reason="房地产公司 is kept as a body of its own beside the name after it")),
    pytest.param("地產發展商東林置業推出新樓盤。", {"東林置業"}, id="property-developer-launch-trad"),
    pytest.param("电子支付公司快付科技宣布完成新一轮融资。", {"快付科技"}, id="payment-firm-funding"),
    pytest.param("醫藥公司康泰醫藥與大學合作研發新藥。", {"康泰醫藥"}, id="pharma-firm-trad",
                 marks=pytest.mark.xfail(strict=True, reason="与大学 is glued to the company by the tagger's cut, a co-action split this class does not cover")),
    pytest.param("医药公司康泰医药与大学合作研发新药。", {"康泰医药"}, id="pharma-firm",
                 marks=pytest.mark.xfail(strict=True, reason="与大学 is glued to the company by the tagger's cut, a co-action split this class does not cover")),
    pytest.param("新能源车企远航汽车发布新车型。", {"远航汽车"}, id="ev-maker-launch",
                 marks=pytest.mark.xfail(strict=True, reason="远航 is no tagged name, so no candidate reaches 远航汽车")),
    pytest.param("食品公司金味食品召回一批饼干。", {"金味食品"}, id="food-firm-recall"),
    pytest.param("食品公司金味食品召回一批餅乾。", {"金味食品"}, id="food-firm-recall-trad"),
    pytest.param("精密工程公司凯丰精密有限公司今日宣布扩建。", {"凯丰精密有限公司"}, id="description-then-legal-form"),
    pytest.param("这家精密工程公司今日宣布扩建厂房。", set(), id="near-miss-description-alone",
                 marks=pytest.mark.xfail(strict=True, reason="a trade description ending in 公司 after 这家 is still tagged a name by the tagger")),
    pytest.param("這家精密工程公司今日宣布擴建廠房。", set(), id="near-miss-description-alone-trad",
                 marks=pytest.mark.xfail(strict=True, reason="a trade description ending in 公司 after 這家 is still tagged a name by the tagger")),
    pytest.param("多家物流公司宣布调涨运费。", set(), id="near-miss-logistics-firms-generic"),
    pytest.param("本地建築公司普遍面對人手短缺。", set(), id="near-miss-builders-generic-trad"),
    pytest.param("该公司精密零件今年出口增长两成。", set(), id="near-miss-company-then-product"),
]

BLOCS_IN_DIPLOMATIC_ITEMS = [
    pytest.param("东盟与中国今日签署数字经济合作协议。", {"东盟"}, id="asean-signs-with-china"),
    pytest.param("東盟與中國今日簽署數字經濟合作協議。", {"東盟"}, id="asean-signs-with-china-trad"),
    pytest.param("亚细安今日发表联合声明，呼吁各方克制。", {"亚细安"}, id="sg-asean-statement"),
    pytest.param("亞細安今日發表聯合聲明，呼籲各方克制。", {"亞細安"}, id="sg-asean-statement-trad"),
    pytest.param("亚细安与欧盟今日签署自由贸易协定。", {"亚细安", "欧盟"}, id="sg-asean-and-eu-sign"),
    pytest.param("亞細安與歐盟今日簽署自由貿易協定。", {"亞細安", "歐盟"}, id="sg-asean-and-eu-sign-trad"),
    pytest.param("欧盟宣布对进口电动车加征关税。", {"欧盟"}, id="eu-announces"),
    pytest.param("歐盟宣布對進口電動車加徵關稅。", {"歐盟"}, id="eu-announces-trad"),
    pytest.param("欧盟与东盟今日举行部长级对话。", {"欧盟", "东盟"}, id="eu-asean-dialogue"),
    pytest.param("亚细安欢迎双方恢复谈判。", {"亚细安"}, id="sg-asean-welcomes"),
    pytest.param("亞細安歡迎雙方恢復談判。", {"亞細安"}, id="sg-asean-welcomes-trad"),
    pytest.param("亚细安国家的游客人数增加。", set(), id="near-miss-asean-as-a-place"),
    pytest.param("亞細安國家的遊客人數增加。", set(), id="near-miss-asean-as-a-place-trad"),
    pytest.param("他们赴东盟考察市场。", set(), id="near-miss-asean-destination"),
    pytest.param("歐盟市場對本地產品需求增加。", set(), id="near-miss-eu-market-trad"),
    pytest.param("本地企业积极开拓亚细安市场。", set(), id="near-miss-asean-market"),
    pytest.param("亚细安峰会下月在吉隆坡举行。", set(), id="near-miss-asean-summit-event"),
]

# An institution named like a venue (大会堂, 会馆, 博物馆) whose head's post follows it in a title (某中华大会堂总会长): the
# post says it has officers, so it is a body; a venue named before a post of another body is no body of its own.
VENUE_NAMED_BODY_IN_A_TITLE = [
    pytest.param("霹雳中华大会堂总会长吴国雄出席晚宴。", {"霹雳中华大会堂"}, id="hall-association-president"),
    pytest.param("霹靂中華大會堂總會長吳國雄出席晚宴。", {"霹靂中華大會堂"}, id="hall-association-president-trad"),
    pytest.param("霹雳中华大会堂总会长拿督斯里吴国雄致词。", {"霹雳中华大会堂"}, id="hall-association-president-style"),
    pytest.param("雪隆中华大会堂署理会长李志成主持开幕。", {"雪隆中华大会堂"}, id="hall-association-acting-president"),
    pytest.param("雪隆中華大會堂署理會長李志成主持開幕。", {"雪隆中華大會堂"}, id="hall-association-acting-president-trad"),
    pytest.param("柔佛中华大会堂副会长陈文龙表示，活动筹得善款。", {"柔佛中华大会堂"}, id="hall-association-vice-president"),
    pytest.param("槟州中华大会堂主席黄振华呼吁华社团结。", {"槟州中华大会堂"}, id="hall-association-chairman"),
    pytest.param("檳州中華大會堂主席黃振華呼籲華社團結。", {"檳州中華大會堂"}, id="hall-association-chairman-trad"),
    pytest.param("东林福建会馆总会长林国华宣布新计划。", {"东林福建会馆"}, id="clan-hall-president"),
    pytest.param("東林福建會館總會長林國華宣布新計劃。", {"東林福建會館"}, id="clan-hall-president-trad"),
    pytest.param("青禾历史博物馆馆长周明说，展品来自民间。", {"青禾历史博物馆"}, id="museum-curator"),
    pytest.param("青禾歷史博物館館長周明說，展品來自民間。", {"青禾歷史博物館"}, id="museum-curator-trad"),
    pytest.param("晚宴在东林中华大会堂举行，约五百人出席。", set(), id="near-miss-hall-as-venue"),
    pytest.param("晚宴在東林中華大會堂舉行，約五百人出席。", set(), id="near-miss-hall-as-venue-trad"),
]

PAGES = [
    pytest.param("救助金下週發放\n2026-03-01 來源：東林新聞網\n雲林縣社會處長林碧霞今天表示，急難救助金將於下週發放。"
                 "林碧霞說，社會各界捐款踴躍。", {"雲林縣社會處"}, id="page-taiwan-department-head-trad"),
    pytest.param("党组会议\n2026-07-05 来源：江源日报\n江源市住房和城乡建设局党组书记、局长张立新主持会议，"
                 "江源市委副书记李红出席并讲话。", {"江源市住房和城乡建设局", "江源市委"}, id="page-mainland-chain",
                 marks=pytest.mark.xfail(strict=True, reason="the corpus annotation keeps a department's party group named in a title as a body of its own (as 南山大学党委); cutting it to the bureau lowers the shared corpus")),
    pytest.param("派发物资\n2026-06-04 来源：东林日报\n（士古来4日讯）士古来区国会议员张志明今日派发物资予贫户，"
                 "柔佛州议员林添顺也出席。", set(), id="page-malaysia-members"),
    pytest.param("扩建厂房\n2026-05-03 来源：东林日报\n（槟城3日讯）精密工程公司凯丰精密今日宣布扩建厂房。"
                 "凯丰精密总裁陈大明说，新厂明年投产。", {"凯丰精密"}, id="page-malaysia-firm-apposition",
                 marks=pytest.mark.xfail(strict=True, reason="on the page the tagger cuts the description and the name apart, so the apposition is not seen")),
    pytest.param("簽署協定\n2026-08-06 來源：東林日報\n（新加坡6日訊）亞細安與歐盟今日簽署自由貿易協定。"
                 "亞細安國家的出口預料將增加。", {"亞細安", "歐盟"}, id="page-sg-blocs-trad"),
]


@pytest.mark.parametrize("text, expected", DEPARTMENT_INSIDE_A_POST + PARTY_GROUP_AND_COMMITTEE_IN_A_CHAIN
                         + CONSTITUENCY_BEFORE_A_MEMBER + DESCRIPTION_BEFORE_A_COMPANY + BLOCS_IN_DIPLOMATIC_ITEMS
                         + VENUE_NAMED_BODY_IN_A_TITLE + PAGES)
def test_organization_title_chain_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
