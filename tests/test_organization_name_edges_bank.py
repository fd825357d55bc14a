"""The edges of an organisation's name: what opens it (a legal form, the place of a community body, the ministry over
an agency) and what closes it (an adverb or a conjunction right after a short body name), in invented sentences of the
mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysian press, in Simplified and Traditional. Each row asserts the
exact set of organisations extract() lists, compared as the scorer compares them (without one leading country or region
word).

Expected values by ANNOTATION.md "Organisations" (every body in its longest written form, one entry each; generic bodies
without their place, such as 村委会 or 區公所, do not count; a venue where something is held does not):

- a legal form written before a Taiwanese or Japanese body's name is part of the registered name (財團法人某某基金會,
  社團法人台灣某某協會, 醫療財團法人某某醫院, 公益財團法人某某協會): the longest written form keeps it; the legal form
  used as a common noun (登記為社團法人) names no body; the mainland's registration class (民办非企业单位) is a category
  written about a body, no part of any registered name;
- a district, township, town, village or street office written before a community body (某區某社區發展協會, 某區某里辦公處,
  某镇某村村委会, 某街道某社区居委会, 某區某邨互助委員會, 某新村村委會) belongs to its longest written form: the name
  never starts inside the place (區某社區發展協會) nor after it when the place is written; the place alone (安南區,
  某村村民) and a generic body without its place (村委会) are no body;
- a ministry written together with one of its agencies or departments (經濟部某某署, 交通部觀光署, 财政部国库司,
  内政部移民局) is one body as written, not the agency alone; near misses: the two joined by a conjunction or a
  list comma (two bodies), a ministry before its minister's post (交通部長 -> 交通部), before the verb 部署;
- an adverb or a conjunction after a short body name (足總正與體育局商討, 某協會正籌備, 某商會亦將, 某公會已, 某學會仍,
  某工會再次) is no part of it, and the body after the conjunction starts after it; near misses: names that hold 正, 將
  or similar characters (正大集团, 正中書局, 中正大學, 將軍澳…), 正式 and 正副 after a body.

Every sentence, name and body is invented for this bank (real places and national bodies only where their names are the
point). Written, and committed, before running the extractor on it."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

LEGAL_FORM = [
    ("tw-foundation-legal-form-trad", "財團法人東林文教基金會今天宣布捐贈五百台平板電腦給偏鄉學童。", {"財團法人東林文教基金會"}),
    ("tw-association-legal-form-trad", "社團法人台灣東林照護協會今天呼籲政府增加長照人力。", {"社團法人台灣東林照護協會"}),
    ("tw-city-association-legal-form-trad", "社團法人高雄市東林導盲犬協會昨天舉辦募款餐會。", {"社團法人高雄市東林導盲犬協會"}),
    ("tw-welfare-foundation-legal-form-trad", "財團法人東林社會福利基金會今年將擴大服務獨居長者。", {"財團法人東林社會福利基金會"}),
    ("tw-foundation-with-alias-trad", "財團法人東林環境教育基金會（東林基金會）今天公布海廢調查結果。", {"財團法人東林環境教育基金會"}),
    ("tw-foundation-as-organiser-trad", "活動由財團法人東林文化藝術基金會主辦，吸引逾千人參加。", {"財團法人東林文化藝術基金會"}),
    ("tw-association-donates-trad", "社團法人中華東林關懷協會昨天捐贈五十台輪椅給弱勢家庭。", {"社團法人中華東林關懷協會"}),
    ("tw-foundation-commissioned-trad", "衛生福利部委託財團法人東林醫學基金會辦理偏鄉篩檢。", {"衛生福利部", "財團法人東林醫學基金會"}),
    ("tw-foundation-signs-with-city-trad", "台北市政府與財團法人東林兒童福利基金會今天簽署合作備忘錄。",
     {"台北市政府", "財團法人東林兒童福利基金會"}),
    ("tw-medical-foundation-hospital-trad", "醫療財團法人東林紀念醫院今天啟用新醫療大樓。", {"醫療財團法人東林紀念醫院"}),
    ("tw-japan-exchange-association-trad", "公益財團法人日本台灣交流協會今天舉辦新年酒會。", {"公益財團法人日本台灣交流協會"}),
    ("tw-japan-general-association-trad", "一般社團法人日本東林文化協會昨天拜會台南市政府。", {"一般社團法人日本東林文化協會", "台南市政府"}),
    ("tw-foundation-private-school-trad", "財團法人私立東林高級中學今天宣布調降學雜費。", {"財團法人私立東林高級中學"}),
    ("tw-foundation-chair-title-trad", "財團法人東林基金會董事長林國華表示，將持續資助清寒學生。", {"財團法人東林基金會"}),
    ("tw-association-chair-title-trad", "社團法人新北市東林身心障礙者協會理事長陳美玲今天到場致詞。", {"社團法人新北市東林身心障礙者協會"}),
    ("tw-two-legal-forms-trad", "社團法人台灣東林協會與財團法人東林文教基金會今天共同發起閱讀運動。",
     {"社團法人台灣東林協會", "財團法人東林文教基金會"}),
    ("tw-foundation-simplified", "财团法人东林文教基金会今天宣布设立清寒奖学金。", {"财团法人东林文教基金会"}),
    ("tw-association-simplified", "社团法人台湾东林照护协会今天发表声明，呼吁增加长照人力。", {"社团法人台湾东林照护协会"}),
    ("my-taiwan-association-visits", "台湾社团法人东林慈善协会昨日在吉隆坡举办义诊。", {"台湾社团法人东林慈善协会"}),
    ("my-taiwan-association-visits-trad", "台灣社團法人東林慈善協會昨日在吉隆坡舉辦義診。", {"台灣社團法人東林慈善協會"}),
    ("sg-taiwan-foundation-donates", "财团法人东林慈善基金会向本地三所学校捐赠图书。", {"财团法人东林慈善基金会"}),
    ("sg-taiwan-foundation-donates-trad", "財團法人東林慈善基金會向本地三所學校捐贈圖書。", {"財團法人東林慈善基金會"}),
    ("hk-taiwan-foundation-exchange-trad", "財團法人東林兩岸交流基金會昨日訪港，與本地青年座談。", {"財團法人東林兩岸交流基金會"}),
    ("mo-taiwan-association-visit-trad", "社團法人台灣東林觀光協會昨日組團訪澳。", {"社團法人台灣東林觀光協會"}),
]

LEGAL_FORM_NEAR = [
    ("tw-register-as-legal-person-trad", "該會已依法登記為社團法人，可開立捐款收據。", set()),
    ("tw-converted-to-foundation-trad", "基金會改制為財團法人後，須定期公開財務報表。", set()),
    ("tw-guide-to-register-trad", "政府將輔導民間團體登記為社團法人。", set()),
    ("cn-registered-as-private-non-enterprise", "该中心登记为民办非企业单位，不以营利为目的。", set()),
    ("cn-private-non-enterprise-before-name", "民办非企业单位东林社工服务中心今年服务老人逾千人次。", {"东林社工服务中心"}),
    ("cn-legal-person-common-noun", "社团法人须依法接受登记管理机关的监督。", set()),
    ("tw-foundation-without-legal-form-trad", "東林文教基金會今天宣布捐贈五百本繪本。", {"東林文教基金會"}),
    ("sg-foundation-without-legal-form", "东林慈善基金会向本地三所学校捐赠图书。", {"东林慈善基金会"}),
]

PLACE_BEFORE_COMMUNITY_BODY = [
    # Taiwan: districts, townships and towns before a community development association or a village office
    ("tw-city-district-community-association-trad", "台南市安南區東林社區發展協會今天舉辦淨灘活動。", {"台南市安南區東林社區發展協會"}),
    ("tw-district-community-association-trad", "安南區東林社區發展協會今天舉辦淨灘活動。", {"安南區東林社區發展協會"}),
    ("tw-district-village-office-trad", "西屯區東林里辦公處今天發放防颱沙包。", {"西屯區東林里辦公處"}),
    ("tw-city-district-village-office-trad", "台中市西屯區東林里辦公處今天發放防颱沙包。", {"台中市西屯區東林里辦公處"}),
    ("tw-district-association-chair-trad", "北投區東林社區發展協會理事長王美華表示，將爭取設置長照據點。", {"北投區東林社區發展協會"}),
    ("tw-district-association-organiser-trad", "活動由鳳山區東林社區發展協會主辦，吸引逾三百名居民參加。", {"鳳山區東林社區發展協會"}),
    ("tw-township-community-association-trad", "礁溪鄉東林社區發展協會昨天舉辦重陽敬老餐會。", {"礁溪鄉東林社區發展協會"}),
    ("tw-town-community-association-trad", "埔里鎮東林社區發展協會今天帶領居民種植櫻花。", {"埔里鎮東林社區發展協會"}),
    ("tw-county-township-association-trad", "花蓮縣吉安鄉東林社區發展協會今天成立志工隊。", {"花蓮縣吉安鄉東林社區發展協會"}),
    ("tw-county-city-village-office-trad", "新竹縣竹北市東林里辦公處今天舉辦環境清潔日。", {"新竹縣竹北市東林里辦公處"}),
    ("tw-district-association-with-yu-trad", "三民區東林社區發展協會與在地國小合作推動食農教育。", {"三民區東林社區發展協會"}),
    ("tw-district-association-simplified", "安南区东林社区发展协会今天举办净滩活动。", {"安南区东林社区发展协会"}),
    ("tw-district-village-office-simplified", "西屯区东林里办公处今天发放防台沙包。", {"西屯区东林里办公处"}),
    # mainland: towns, villages and street offices before a villagers' or residents' committee
    ("cn-town-village-committee", "青石镇柳溪村村委会昨日组织村民清理河道。", {"青石镇柳溪村村委会"}),
    ("cn-town-village-committee-trad", "青石鎮柳溪村村委會昨日組織村民清理河道。", {"青石鎮柳溪村村委會"}),
    ("cn-county-town-village-committee", "江源县青石镇柳溪村村委会今年为村民分红四十万元。", {"江源县青石镇柳溪村村委会"}),
    ("cn-village-villagers-committee", "柳溪村村民委员会今天公布集体收入明细。", {"柳溪村村民委员会"}),
    ("cn-village-villagers-committee-trad", "柳溪村村民委員會今天公布集體收入明細。", {"柳溪村村民委員會"}),
    ("cn-street-community-residents-committee", "东林街道柳岸社区居委会组织志愿者上门探访独居老人。", {"东林街道柳岸社区居委会"}),
    ("cn-street-community-residents-committee-trad", "東林街道柳岸社區居委會組織志願者上門探訪獨居老人。", {"東林街道柳岸社區居委會"}),
    ("cn-street-community-residents-committee-full", "东林街道柳岸社区居民委员会近日开展消防演练。", {"东林街道柳岸社区居民委员会"}),
    ("cn-town-village-party-branch", "青石镇柳溪村党支部书记王建国介绍，全村已完成旧房改造。", {"青石镇柳溪村党支部"}),
    ("cn-town-village-cooperative", "青石镇柳溪村股份经济合作社今年向村民分红三十万元。", {"青石镇柳溪村股份经济合作社"}),
    ("cn-village-committee-with-yu", "柳溪村村委会与东林农业公司签订土地流转合同。", {"柳溪村村委会", "东林农业公司"}),
    # Hong Kong
    ("hk-district-village-office-trad", "元朗區東林村村公所今日向長者派發福袋。", {"元朗區東林村村公所"}),
    ("hk-district-estate-mutual-aid-trad", "沙田區東林邨互助委員會昨日舉辦中秋聯歡。", {"沙田區東林邨互助委員會"}),
    ("hk-district-kaifong-welfare-trad", "觀塘區東林街坊福利會今日向區內長者派米。", {"觀塘區東林街坊福利會"}),
    ("hk-district-kaifong-association-trad", "深水埗區東林街坊會昨日舉辦義剪服務。", {"深水埗區東林街坊會"}),
    ("hk-district-kaifong-association", "深水埗区东林街坊会昨日举办义剪服务。", {"深水埗区东林街坊会"}),
    # Macau
    ("mo-island-kaifong-mutual-aid-trad", "氹仔東林街坊互助會昨日舉辦敬老聯歡。", {"氹仔東林街坊互助會"}),
    ("mo-parish-kaifong-association-trad", "花地瑪堂區東林街坊會今日舉辦親子旅行。", {"花地瑪堂區東林街坊會"}),
    ("mo-village-residents-association-trad", "路環東林村坊眾互助會昨日慶祝成立三十週年。", {"路環東林村坊眾互助會"}),
    # Singapore
    ("sg-town-residents-committee", "淡滨尼东林居民委员会昨日举办中秋提灯会。", {"淡滨尼东林居民委员会"}),
    ("sg-town-residents-committee-trad", "淡濱尼東林居民委員會昨日舉辦中秋提燈會。", {"淡濱尼東林居民委員會"}),
    ("sg-town-community-club", "义顺东林民众俱乐部开办乐龄电脑班，吸引六十人报名。", {"义顺东林民众俱乐部"}),
    ("sg-town-community-club-trad", "義順東林民眾俱樂部開辦樂齡電腦班，吸引六十人報名。", {"義順東林民眾俱樂部"}),
    # Malaysia
    ("my-town-new-village-committee", "士毛月东林新村村委会今日派发年货予贫困家庭。", {"士毛月东林新村村委会"}),
    ("my-town-new-village-committee-trad", "士毛月東林新村村委會今日派發年貨予貧困家庭。", {"士毛月東林新村村委會"}),
    ("my-town-residents-association", "加影东林花园居民协会要求市议会修补路面。", {"加影东林花园居民协会"}),
    ("my-town-residents-association-trad", "加影東林花園居民協會要求市議會修補路面。", {"加影東林花園居民協會"}),
    ("my-state-town-village-security-committee", "雪兰莪州沙登东林新村发展及安全委员会今日召开村民大会。",
     {"雪兰莪州沙登东林新村发展及安全委员会"}),
]

PLACE_NEAR = [
    ("tw-district-alone-trad", "安南區今天舉辦淨灘活動，吸引逾百人參加。", set()),
    ("cn-villagers-alone", "柳溪村村民昨日自发清理河道。", set()),
    ("cn-generic-village-committee", "村委会昨日召开村民大会，通报集体收入。", set()),
    ("cn-generic-village-committee-trad", "村委會昨日召開村民大會，通報集體收入。", set()),
    ("tw-village-residents-trad", "西屯區東林里里民今天自發清掃街道。", set()),
    ("tw-village-chief-title-trad", "新營區東林里里長陳志明今天帶領志工清理水溝。", set()),
    ("tw-activity-centre-venue-trad", "活動在安南區東林社區活動中心舉行，吸引逾百人參加。", set()),
    ("tw-each-community-association-trad", "各社區發展協會可向區公所申請補助。", set()),
    ("my-new-village-residents", "士毛月新村居民昨日聚集表达不满。", set()),
    ("my-new-village-residents-trad", "士毛月新村居民昨日聚集表達不滿。", set()),
    ("tw-district-office-body-trad", "安南區公所今天發放防颱沙包。", {"安南區公所"}),
    ("tw-community-association-no-place-trad", "東林社區發展協會今天舉辦淨灘活動。", {"東林社區發展協會"}),
    ("cn-street-office-body", "东林街道办事处今天组织志愿者清理小广告。", {"东林街道办事处"}),
    ("sg-estate-alone", "淡滨尼东林一带居民昨日反映噪音问题。", set()),
]

MINISTRY_AND_AGENCY = [
    # Taiwan
    ("tw-economy-sme-agency-trad", "經濟部中小及新創企業署今天公布新創補助名單。", {"經濟部中小及新創企業署"}),
    ("tw-transport-tourism-trad", "交通部觀光署今天宣布推出國旅住宿補助。", {"交通部觀光署"}),
    ("tw-interior-immigration-trad", "內政部移民署今天查獲二十名逾期居留外籍人士。", {"內政部移民署"}),
    ("tw-agriculture-food-agency-trad", "農業部農糧署今天公布稻米保價收購價格。", {"農業部農糧署"}),
    ("tw-education-sports-trad", "教育部體育署今天公布運動場館補助名單。", {"教育部體育署"}),
    ("tw-health-promotion-trad", "衛生福利部國民健康署今天呼籲民眾定期接受篩檢。", {"衛生福利部國民健康署"}),
    ("tw-labour-workforce-trad", "勞動部勞動力發展署今天舉辦大型徵才活動。", {"勞動部勞動力發展署"}),
    ("tw-economy-energy-trad", "經濟部能源署今天公布夏季用電預估。", {"經濟部能源署"}),
    ("tw-health-cdc-short-trad", "衛福部疾管署今天宣布新增三例境外移入個案。", {"衛福部疾管署"}),
    ("tw-culture-heritage-trad", "文化部文化資產局今天公告三處古蹟修復計畫。", {"文化部文化資產局"}),
    ("tw-finance-treasury-trad", "財政部國庫署今天公布上月國債餘額。", {"財政部國庫署"}),
    ("tw-industry-agency-head-trad", "經濟部產業發展署署長林國華表示，將協助業者轉型。", {"經濟部產業發展署"}),
    ("tw-agency-after-yu-trad", "台南市政府與交通部觀光署今天簽署合作備忘錄。", {"台南市政府", "交通部觀光署"}),
    ("tw-agency-as-organiser-trad", "活動由教育部體育署主辦，逾兩千名學生參加。", {"教育部體育署"}),
    ("tw-transport-tourism-simplified", "台湾交通部观光署今天宣布推出国旅住宿补助。", {"台湾交通部观光署"}),
    ("sg-taiwan-immigration-simplified", "台湾内政部移民署今天宣布放宽新加坡旅客入境规定。", {"台湾内政部移民署"}),
    # mainland
    ("cn-finance-treasury-dept", "财政部国库司负责人今天就地方债发行答记者问。", {"财政部国库司"}),
    ("cn-finance-treasury-dept-trad", "財政部國庫司負責人今天就地方債發行答記者問。", {"財政部國庫司"}),
    ("cn-commerce-foreign-investment", "商务部外资司今天发布上半年吸收外资情况。", {"商务部外资司"}),
    ("cn-environment-air-dept", "生态环境部大气环境司有关负责人介绍了秋冬季治理措施。", {"生态环境部大气环境司"}),
    ("cn-public-security-criminal-bureau", "公安部刑侦局近日部署开展打击电信诈骗专项行动。", {"公安部刑侦局"}),
    ("cn-transport-waterway-bureau", "交通运输部水运局今天发布内河航运发展报告。", {"交通运输部水运局"}),
    ("cn-ndrc-price-dept", "国家发展改革委价格司今天召开成本调查工作会议。", {"国家发展改革委价格司"}),
    ("cn-industry-materials-dept", "工业和信息化部原材料工业司近日发布钢铁行业规范条件。", {"工业和信息化部原材料工业司"}),
    ("cn-agriculture-crops-dept-trad", "農業農村部種植業管理司今天部署秋冬種工作。", {"農業農村部種植業管理司"}),
    # Singapore and Malaysia
    ("sg-manpower-safety-division", "人力部职场安全与卫生署今天发布上半年工伤数据。", {"人力部职场安全与卫生署"}),
    ("sg-manpower-safety-division-trad", "人力部職場安全與衛生署今天發布上半年工傷數據。", {"人力部職場安全與衛生署"}),
    ("my-home-immigration", "内政部移民局昨日在吉隆坡展开突击检查，逮捕三十名非法外劳。", {"内政部移民局"}),
    ("my-home-immigration-trad", "內政部移民局昨日在吉隆坡展開突擊檢查，逮捕三十名非法外勞。", {"內政部移民局"}),
    ("my-human-resources-labour", "人力资源部劳工局今日接获二十宗欠薪投诉。", {"人力资源部劳工局"}),
]

MINISTRY_NEAR = [
    ("tw-ministry-and-agency-yu-trad", "交通部與觀光署今天聯合宣布加強旅遊安全稽查。", {"交通部", "觀光署"}),
    ("tw-ministry-and-agency-he-trad", "經濟部和能源署今天說明夏季供電情況。", {"經濟部", "能源署"}),
    ("tw-minister-post-trad", "交通部長陳志明今天表示，將檢討票價。", {"交通部"}),
    ("cn-ministry-deploys", "卫生部部署秋冬季传染病防控工作。", {"卫生部"}),
    ("cn-ministry-alone", "财政部今天发布公告，下调部分商品进口关税。", {"财政部"}),
    ("tw-two-ministry-agencies-trad", "教育部體育署與交通部觀光署今天簽署合作協議。", {"教育部體育署", "交通部觀光署"}),
    ("hk-bureau-under-another-trad", "保安局轄下的入境事務處今日公布最新數字。", {"保安局", "入境事務處"}),
    ("hk-bureau-and-department-trad", "發展局及屋宇署今日聯合巡查舊樓。", {"發展局", "屋宇署"}),
    ("mo-bureau-and-bureau-trad", "衛生局與社工局昨日聯合舉辦講座。", {"衛生局", "社工局"}),
    ("my-minister-post", "卫生部长李志明昨日巡视医院，了解病床使用情况。", {"卫生部"}),
    ("my-minister-post-trad", "衛生部長李志明昨日巡視醫院，了解病床使用情況。", {"衛生部"}),
    ("sg-ministry-list", "人力部、卫生部和教育部今天联合发表声明。", {"人力部", "卫生部", "教育部"}),
]

ADVERB_AFTER_SHORT_BODY = [
    # Hong Kong
    ("hk-fa-now-with-bureau-trad", "足總正與體育局商討球場安排。", {"足總", "體育局"}),
    ("hk-fa-now-with-bureau", "足总正与体育局商讨球场安排。", {"足总", "体育局"}),
    ("hk-association-now-preparing-trad", "東林協會正籌備三十週年會慶。", {"東林協會"}),
    ("hk-consumer-council-following-trad", "消委會正跟進有關投訴。", {"消委會"}),
    ("hk-hospital-authority-already-trad", "醫管局已啟動應變計劃。", {"醫管局"}),
    ("hk-housing-authority-also-will-trad", "房委會亦將檢討公屋租金政策。", {"房委會"}),
    ("hk-union-federation-still-trad", "工聯會仍堅持要求政府增加津貼。", {"工聯會"}),
    ("hk-union-again-trad", "東林工會再次要求資方加薪。", {"東林工會"}),
    # Macau
    ("mo-kaifong-federation-now-with-bureau-trad", "街總正與社工局商討長者服務安排。", {"街總", "社工局"}),
    ("mo-guild-already-trad", "東林公會已向當局反映業界困境。", {"東林公會"}),
    ("mo-womens-federation-also-will-trad", "澳門婦聯亦將舉辦親子活動。", {"澳門婦聯"}),
    ("mo-association-will-trad", "東林協會將於下月改選理事。", {"東林協會"}),
    # Taiwan
    ("tw-society-still-trad", "東林學會仍未決定是否參與聯署。", {"東林學會"}),
    ("tw-farmers-association-now-with-office-trad", "東林農會正與東林鄉公所研商稻米收購事宜。", {"東林農會", "東林鄉公所"}),
    ("tw-chamber-also-trad", "東林商業會也呼籲會員踴躍捐款。", {"東林商業會"}),
    ("tw-society-already", "东林学会已发布年度研究报告。", {"东林学会"}),
    # Singapore
    ("sg-fa-now-with-council", "新加坡足总正与新加坡体育理事会商讨联赛安排。", {"新加坡足总", "新加坡体育理事会"}),
    ("sg-clan-hall-already", "东林宗乡会馆已筹得五十万元。", {"东林宗乡会馆"}),
    ("sg-clan-hall-already-trad", "東林宗鄉會館已籌得五十萬元。", {"東林宗鄉會館"}),
    ("sg-chamber-also-will", "东林商会亦将组团前往中国考察。", {"东林商会"}),
    # Malaysia
    ("my-mca-now-preparing", "马华公会正筹备党选。", {"马华公会"}),
    ("my-mca-now-preparing-trad", "馬華公會正籌備黨選。", {"馬華公會"}),
    ("my-chamber-also-statement", "雪隆东林商会亦发表文告，反对调涨电费。", {"雪隆东林商会"}),
    ("my-chamber-also-statement-trad", "雪隆東林商會亦發表文告，反對調漲電費。", {"雪隆東林商會"}),
    ("my-guild-still", "东林公会仍在等待政府回复。", {"东林公会"}),
    ("my-guild-still-trad", "東林公會仍在等待政府回覆。", {"東林公會"}),
    # mainland
    ("cn-fa-now-with-sport-administration", "中国足协正与国家体育总局沟通联赛改革方案。", {"中国足协", "国家体育总局"}),
    ("cn-association-now-preparing", "东林协会正筹备成立二十周年庆祝活动。", {"东林协会"}),
    ("cn-chamber-also-will", "东林商会亦将组团参加进博会。", {"东林商会"}),
    ("cn-association-already", "东林协会已向会员发出倡议书。", {"东林协会"}),
    ("cn-chamber-also-trad", "東林商會亦將組團參加進博會。", {"東林商會"}),
    # added after the first run: two bodies with an ending each around the adverb and the preposition
    ("hk-association-now-with-chamber-trad", "東林協會正與東林商會商討合作事宜。", {"東林協會", "東林商會"}),
    ("cn-association-now-with-chamber", "东林协会正与东林商会商讨合作事宜。", {"东林协会", "东林商会"}),
    ("hk-sports-club-also-with-department-trad", "東林體育會亦與康文署合辦嘉年華。", {"東林體育會", "康文署"}),
]

ADVERB_NEAR = [
    ("cn-zhengda-group", "正大集团今日宣布在华新增投资。", {"正大集团"}),
    ("tw-zhengzhong-bookstore-trad", "正中書局今天推出新版國語辭典。", {"正中書局"}),
    ("tw-zhongzheng-university-trad", "國立中正大學今天公布招生名額。", {"國立中正大學"}),
    ("tw-zhengxiu-university-trad", "正修科技大學今天與在地企業簽署產學合作協議。", {"正修科技大學"}),
    ("cn-bone-setting-hospital", "东林正骨医院今日开展义诊活动。", {"东林正骨医院"}),
    ("hk-tseung-kwan-o-residents-association-trad", "將軍澳東林居民協會今日舉辦親子賣物會。", {"將軍澳東林居民協會"}),
    ("hk-association-formally-founded-trad", "東林協會正式成立，首任會長由陳志明出任。", {"東林協會"}),
    ("cn-association-formally-founded", "东林协会正式成立，首任会长由陈志明担任。", {"东林协会"}),
    ("tw-association-chair-and-deputy-trad", "東林協會正副理事長今天率團訪問日本。", {"東林協會"}),
    ("hk-fa-and-bureau-trad", "足總與體育局昨日舉行會議。", {"足總", "體育局"}),
    ("hk-fa-formally-announces-trad", "足總正式宣布新任總教練人選。", {"足總"}),
    ("my-zhengda-group-trad", "正大集團今日宣布在馬新增投資。", {"正大集團"}),
    ("cn-zhenghe-group-after-yu", "东林大学与正和集团签署合作协议。", {"东林大学", "正和集团"}),
]

PAGES = [
    ("page-tw-foundation-donates-trad",
     "基金會捐平板助偏鄉\n2026-03-02 來源：東林新聞網\n財團法人東林文教基金會今天捐贈三百台平板電腦，嘉惠偏鄉學童。",
     {"財團法人東林文教基金會"}),
    ("page-tw-community-cleanup-trad",
     "社區淨灘\n2026-04-12 來源：東林新聞網\n安南區東林社區發展協會今天號召居民淨灘，清出逾兩百公斤垃圾。",
     {"安南區東林社區發展協會"}),
    ("page-cn-village-dividend",
     "村集体分红\n2026-01-20 来源：江源日报\n青石镇柳溪村村委会昨日向村民发放分红款，共计四十万元。",
     {"青石镇柳溪村村委会"}),
    ("page-tw-tourism-subsidy-trad",
     "國旅補助上路\n2026-05-01 來源：東林新聞網\n交通部觀光署今天宣布，國旅住宿補助將於下月上路。",
     {"交通部觀光署"}),
    ("page-hk-fa-talks-trad",
     "球場安排\n2026-06-01 來源：東林日報\n足總正與體育局商討下季球場安排，預計月底有結果。",
     {"足總", "體育局"}),
    ("page-my-chamber-statement",
     "商会反对调涨电费\n2026-07-01 来源：东林日报\n雪隆东林商会亦发表文告，促请政府暂缓调涨电费。",
     {"雪隆东林商会"}),
]

BANK = (LEGAL_FORM + LEGAL_FORM_NEAR + PLACE_BEFORE_COMMUNITY_BODY + PLACE_NEAR + MINISTRY_AND_AGENCY + MINISTRY_NEAR
        + ADVERB_AFTER_SHORT_BODY + ADVERB_NEAR + PAGES)

_FA = ("a football association's short name (足总) is no ending the lexicon holds nor a word of the dictionary (足|总, or 总正 "
       "as one word), so it is never built; the adverb and the preposition after it are cut off (no 足總正與體育局)")

XFAIL: dict[str, str] = {
    "hk-fa-now-with-bureau-trad": _FA,
    "hk-fa-now-with-bureau": _FA,
    "sg-fa-now-with-council": _FA,
    "hk-fa-and-bureau-trad": _FA,
    "hk-fa-formally-announces-trad": _FA,
    "page-hk-fa-talks-trad": _FA,
    "mo-kaifong-federation-now-with-bureau-trad": "the short name 街總 (街坊總會) is no ending the lexicon holds; 社工局 after the "
                                                  "adverb and the preposition is now found alone",
    "hk-district-kaifong-welfare-trad": "the tagger reads 東林街坊 as a place and cuts 福利|會 (會 a verb), so no ending closes the "
                                        "name (福利會 is no ending the lexicon holds)",
    "mo-island-kaifong-mutual-aid-trad": "the tagger reads 東林街坊 as a place and cuts 互助|會, so the ending 互助會 is never seen "
                                         "after a name the rules build",
    "tw-economy-sme-agency-trad": "the agency's name holds 及 between two fields (中小|及|新創|企業|署) and 企業署 is no word: the "
                                  "walk back from 署 stops before 新創企業, so only 經濟部 is found",
    "tw-zhengzhong-bookstore-trad": "the tagger calls 正中 a direction word (f) and 書局 a common noun, so nothing names a body",
    "page-tw-tourism-subsidy-trad": "國旅 (domestic travel) is a travel agency's short name in the dictionary and is listed; no "
                                    "edge of a name is involved",
}


def test_organization_name_edges_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_name_edges_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
