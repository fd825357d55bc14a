"""Organisations and lookalikes at the edges of the Singapore/Malaysia and mainland press: invented sentences in Simplified
and Traditional from the six regions. Each row asserts the exact set of organisations extract() lists, and that no person
it lists is a piece of one of those organisations.

Expected values by ANNOTATION.md "Organisations" and "Borderline calls":

- a firm named in Latin script with its legal form inside Chinese text (某某 Sdn Bhd, Bhd, Berhad, Pte Ltd, Co., Ltd.,
  Limited) is one organisation, written whole; its later re-mention by its first words (某某董事經理…) is that firm, never
  a person; a Chinese trade name with its Latin legal name in brackets (某某產業（… Pte Ltd）) is one organisation, the
  Chinese name, the bracket an alias;
- trade names closed by an industry word (某某產業, 某某置業, 某某物業, 某某地產, 某某地產顧問) are found whole;
- generic bodies without their place are no organisation (聯邦政府, 州政府, a re-mention 管理局), while a named
  department counts as written (州土地局, 土地局); a verb or country word before a school type (來自獨中, 馬國華小), a
  generic unit (設計與研發中心), an expo hall (新能源汽車館), financial products joined by 、, a place + 公司, and a verb
  glued to a noun (向新材料) name no body; a department's party group in a title (某廳黨組書記) is listed as written, as 某大學黨委 is;
- a body with its alias in brackets as organiser: each body whole, the alias no second entry.

Every sentence, name and body is invented for this bank. Written before looking at what the extractor gives on them,
so the table is the annotation rule, not the output. Names are compared as the scorer compares them: without spaces
and without one leading country or region word."""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key


def _scored(name: str) -> str:
    """A name as the scorer compares it: without spaces and without one leading country or region word."""
    return _key("".join(name.split()))


LATIN = [
    ("my-latin-sdn-bhd-signs", "其中Sinar Harapan Logistics Sdn Bhd与一家泰国进口商签下合约，价值约800万令吉。", {"Sinar Harapan Logistics Sdn Bhd"}),
    ("my-latin-sdn-bhd-signs-trad", "其中Sinar Harapan Logistics Sdn Bhd與一家泰國進口商簽下合約，價值約800萬令吉。", {"Sinar Harapan Logistics Sdn Bhd"}),
    ("my-latin-re-mention-not-person", "其中Sinar Harapan Logistics Sdn Bhd与泰国买家签约。Sinar Harapan董事经理拿督林国华受访时说，订单足够工厂多开一条生产线。", {"Sinar Harapan Logistics Sdn Bhd"}),
    ("my-latin-re-mention-not-person-trad", "其中Sinar Harapan Logistics Sdn Bhd與泰國買家簽約。Sinar Harapan董事經理拿督林國華受訪時說，訂單足夠工廠多開一條生產線。", {"Sinar Harapan Logistics Sdn Bhd"}),
    ("my-latin-donor-director", "主要捐款人Bukit Indah Construction Sdn Bhd董事经理丹斯里陈志明也出席了动土仪式。", {"Bukit Indah Construction Sdn Bhd"}),
    ("my-latin-donor-director-trad", "主要捐款人Bukit Indah Construction Sdn Bhd董事經理丹斯里陳志明也出席了動土儀式。", {"Bukit Indah Construction Sdn Bhd"}),
    ("my-latin-re-mention-announces", "Teguh Maju Engineering Sdn Bhd昨日获颁合约。Teguh Maju发言人表示，工程将于明年动工。", {"Teguh Maju Engineering Sdn Bhd"}),
    ("my-latin-re-mention-announces-trad", "Teguh Maju Engineering Sdn Bhd昨日獲頒合約。Teguh Maju發言人表示，工程將於明年動工。", {"Teguh Maju Engineering Sdn Bhd"}),
    ("my-latin-bhd-filing", "Permata Timur Holdings Bhd今天向马来西亚交易所报备，次季营业额按年增长一成。", {"Permata Timur Holdings Bhd", "马来西亚交易所"}),
    ("my-latin-bhd-filing-trad", "Permata Timur Holdings Bhd今天向馬來西亞交易所報備，次季營業額按年增長一成。", {"Permata Timur Holdings Bhd", "馬來西亞交易所"}),
    ("my-latin-berhad-results", "Cahaya Lestari Berhad公布上半年净利达5000万令吉。", {"Cahaya Lestari Berhad"}),
    ("my-latin-berhad-results-trad", "Cahaya Lestari Berhad公佈上半年淨利達5000萬令吉。", {"Cahaya Lestari Berhad"}),
    ("my-latin-berhad-re-mention", "Cahaya Lestari Berhad公布上半年业绩。Cahaya Lestari董事经理说，新厂房将在年底投产。", {"Cahaya Lestari Berhad"}),
    ("sg-latin-pte-ltd-builder", "自助借书站由本地科技公司Lumen Archive Systems Pte Ltd承建，合约价值约200万元。", {"Lumen Archive Systems Pte Ltd"}),
    ("sg-latin-pte-ltd-builder-trad", "自助借書站由本地科技公司Lumen Archive Systems Pte Ltd承建，合約價值約200萬元。", {"Lumen Archive Systems Pte Ltd"}),
    ("sg-latin-pte-ltd-ceo", "Orchid Bay Realty Pte Ltd首席执行官黄志伟说，新盘反应热烈。", {"Orchid Bay Realty Pte Ltd"}),
    ("sg-latin-pte-ltd-ceo-trad", "Orchid Bay Realty Pte Ltd首席執行官黃志偉說，新盤反應熱烈。", {"Orchid Bay Realty Pte Ltd"}),
    ("sg-latin-pte-ltd-re-mention", "Orchid Bay Realty Pte Ltd今天推出新盘。Orchid Bay首席执行官黄志伟说，首日售出六成单位。", {"Orchid Bay Realty Pte Ltd"}),
    ("sg-latin-pte-ltd-re-mention-trad", "Orchid Bay Realty Pte Ltd今天推出新盤。Orchid Bay首席執行官黃志偉說，首日售出六成單位。", {"Orchid Bay Realty Pte Ltd"}),
    ("cn-latin-co-ltd-signs", "双方与Blue Ridge Trading Co., Ltd.签署了合作协议。", {"Blue Ridge Trading Co., Ltd."}),
    ("cn-latin-co-ltd-signs-trad", "雙方與Blue Ridge Trading Co., Ltd.簽署了合作協議。", {"Blue Ridge Trading Co., Ltd."}),
    ("tw-latin-co-ltd-announces", "Everbright Harbor Co., Ltd.今天宣布在高雄设立办事处。", {"Everbright Harbor Co., Ltd."}),
    ("tw-latin-co-ltd-announces-trad", "Everbright Harbor Co., Ltd.今天宣佈在高雄設立辦事處。", {"Everbright Harbor Co., Ltd."}),
    ("hk-latin-limited-results", "Golden Reef Holdings Limited今日公布全年业绩，纯利按年上升两成。", {"Golden Reef Holdings Limited"}),
    ("hk-latin-limited-results-trad", "Golden Reef Holdings Limited今日公佈全年業績，純利按年上升兩成。", {"Golden Reef Holdings Limited"}),
    ("my-latin-listed-among-guests", "出席者包括州行政议员黄思敏，以及Nexus Harta Properties Sdn Bhd首席执行员拉维。", {"Nexus Harta Properties Sdn Bhd"}),
    ("my-latin-listed-among-guests-trad", "出席者包括州行政議員黃思敏，以及Nexus Harta Properties Sdn Bhd首席執行員拉維。", {"Nexus Harta Properties Sdn Bhd"}),
    ("my-latin-two-firms", "Seri Murni Foods Sdn Bhd与Delta Kencana Packaging Sdn Bhd昨日签署供货协议。", {"Delta Kencana Packaging Sdn Bhd", "Seri Murni Foods Sdn Bhd"}),
    ("my-latin-two-firms-trad", "Seri Murni Foods Sdn Bhd與Delta Kencana Packaging Sdn Bhd昨日簽署供貨協議。", {"Delta Kencana Packaging Sdn Bhd", "Seri Murni Foods Sdn Bhd"}),
]

ALIASED = [
    ("sg-trade-name-latin-alias-ceo", "翠岭产业（Emerald Ridge Property Pte Ltd）首席执行官郑国强指出，政府推出8幅住宅地段。", {"翠岭产业"}),
    ("sg-trade-name-latin-alias-ceo-trad", "翠嶺產業（Emerald Ridge Property Pte Ltd）首席執行官鄭國強指出，政府推出8幅住宅地段。", {"翠嶺產業"}),
    ("sg-zhiye-latin-alias", "丰隆置业（Fenglong Land Pte Ltd）今天宣布收购一幅商业地段。", {"丰隆置业"}),
    ("sg-zhiye-latin-alias-trad", "豐隆置業（Fenglong Land Pte Ltd）今天宣佈收購一幅商業地段。", {"豐隆置業"}),
    ("my-wuye-latin-alias", "金湾物业（Golden Bay Properties Sdn Bhd）董事经理说，租金将维持不变。", {"金湾物业"}),
    ("my-wuye-latin-alias-trad", "金灣物業（Golden Bay Properties Sdn Bhd）董事經理說，租金將維持不變。", {"金灣物業"}),
    ("my-dichan-latin-alias", "宏景地产（Grand Vista Realty Sdn Bhd）首席执行员表示，新盘将在下月推介。", {"宏景地产"}),
    ("my-dichan-latin-alias-trad", "宏景地產（Grand Vista Realty Sdn Bhd）首席執行員表示，新盤將在下月推介。", {"宏景地產"}),
    ("hk-holdings-latin-alias", "德泰控股（Detai Holdings Limited）今日公布中期业绩。", {"德泰控股"}),
    ("hk-holdings-latin-alias-trad", "德泰控股（Detai Holdings Limited）今日公佈中期業績。", {"德泰控股"}),
    ("sg-chanye-latin-alias-re-mention", "翠岭产业（Emerald Ridge Property Pte Ltd）今天推出新盘。翠岭产业首席执行官说，首日售出三成。", {"翠岭产业"}),
]

TRADE = [
    ("sg-dichan-guwen-head", "瑞丰地产顾问研究主管林美玲分析说，利率回落让买家重返市场。", {"瑞丰地产顾问"}),
    ("sg-dichan-guwen-head-trad", "瑞豐地產顧問研究主管林美玲分析說，利率回落讓買家重返市場。", {"瑞豐地產顧問"}),
    ("sg-dichan-guwen-report", "瑞丰地产顾问发布的报告显示，第三季私宅价格上涨1.2%。", {"瑞丰地产顾问"}),
    ("sg-dichan-guwen-report-trad", "瑞豐地產顧問發佈的報告顯示，第三季私宅價格上漲1.2%。", {"瑞豐地產顧問"}),
    ("sg-chanye-ceo", "嘉华产业首席执行官陈志文说，公司将继续在本地物色地段。", {"嘉华产业"}),
    ("sg-chanye-ceo-trad", "嘉華產業首席執行官陳志文說，公司將繼續在本地物色地段。", {"嘉華產業"}),
    ("sg-zhiye-announces", "丰隆置业宣布以5亿元投得一幅住宅地段。", {"丰隆置业"}),
    ("sg-zhiye-announces-trad", "豐隆置業宣佈以5億元投得一幅住宅地段。", {"豐隆置業"}),
    ("my-wuye-manager", "金湾物业经理表示，大厦将在下月完成维修。", {"金湾物业"}),
    ("my-wuye-manager-trad", "金灣物業經理表示，大廈將在下月完成維修。", {"金灣物業"}),
    ("my-dichan-research-head", "宏景地产研究主管指出，柔佛房产市场逐步回暖。", {"宏景地产"}),
    ("my-dichan-research-head-trad", "宏景地產研究主管指出，柔佛房產市場逐步回暖。", {"宏景地產"}),
    ("hk-zhiye-results", "信和置业今日公布全年业绩，基础溢利按年上升一成。", {"信和置业"}),
    ("hk-zhiye-results-trad", "信和置業今日公佈全年業績，基礎溢利按年上升一成。", {"信和置業"}),
    ("hk-fangdichan-guwen", "博达房地产顾问董事黄家明预计，明年楼价温和上升。", {"博达房地产顾问"}),
    ("hk-fangdichan-guwen-trad", "博達房地產顧問董事黃家明預計，明年樓價溫和上升。", {"博達房地產顧問"}),
    ("cn-zhiye-signs", "天成置业与东林市政府签署城市更新合作协议。", {"东林市政府", "天成置业"}),
    ("cn-zhiye-signs-trad", "天成置業與東林市政府簽署城市更新合作協議。", {"天成置業", "東林市政府"}),
    ("cn-wuye-fuwu-announces", "华安物业服务今天宣布收购两家物业公司。", {"华安物业服务"}),
    ("sg-two-consultancies", "瑞丰地产顾问与博达房地产顾问的报告都显示，租金持续上涨。", {"博达房地产顾问", "瑞丰地产顾问"}),
    ("sg-two-consultancies-trad", "瑞豐地產顧問與博達房地產顧問的報告都顯示，租金持續上漲。", {"瑞豐地產顧問", "博達房地產顧問"}),
    ("my-chanye-sponsor", "本届书展获嘉华产业和丰隆置业赞助。", {"嘉华产业", "丰隆置业"}),
    ("my-chanye-sponsor-trad", "本屆書展獲嘉華產業和豐隆置業贊助。", {"豐隆置業", "嘉華產業"}),
]

GENERIC = [
    ("my-federal-government-alone", "部长代表联邦政府宣布拨款20万令吉，协助会馆修复会所。", set()),
    ("my-federal-government-alone-trad", "部長代表聯邦政府宣佈撥款20萬令吉，協助會館修復會所。", set()),
    ("my-state-government-alone", "他说，州政府将拨出一块地作为学校新校址。", set()),
    ("my-state-government-alone-trad", "他說，州政府將撥出一塊地作爲學校新校址。", set()),
    ("my-state-government-named", "雪兰莪州政府将拨出50万令吉协助学校。", {"雪兰莪州政府"}),
    ("my-state-government-named-trad", "雪蘭莪州政府將撥出50萬令吉協助學校。", {"雪蘭莪州政府"}),
    ("my-state-land-office-as-written", "州政府将协助学校向州土地局申请剩余地段的地契。", {"州土地局"}),
    ("my-state-land-office-as-written-trad", "州政府將協助學校向州土地局申請剩餘地段的地契。", {"州土地局"}),
    ("my-state-education-office-as-written", "校方已向州教育局提交申请。", {"州教育局"}),
    ("my-state-education-office-as-written-trad", "校方已向州教育局提交申請。", {"州教育局"}),
    ("my-land-office-alone", "学校已向土地局申请地契。", {"土地局"}),
    ("my-land-office-alone-trad", "學校已向土地局申請地契。", {"土地局"}),
    ("sg-authority-re-mention", "国家公园管理局今天宣布新措施。管理局将额外聘请约50名员工。", {"国家公园管理局"}),
    ("sg-authority-re-mention-trad", "國家公園管理局今天宣佈新措施。管理局將額外聘請約50名員工。", {"國家公園管理局"}),
    ("my-authority-re-mention", "槟城港口管理局今日发表声明，管理局将检讨收费。", {"槟城港口管理局"}),
    ("my-authority-re-mention-trad", "檳城港口管理局今日發表聲明，管理局將檢討收費。", {"檳城港口管理局"}),
    ("my-from-independent-schools", "该校今年录取的新生当中，约45%来自独中。", set()),
    ("my-from-independent-schools-trad", "該校今年錄取的新生當中，約45%來自獨中。", set()),
    ("my-country-word-chinese-primary", "马国华小去年的新生中，约18%是非华裔学生。", set()),
    ("my-country-word-chinese-primary-trad", "馬國華小去年的新生中，約18%是非華裔學生。", set()),
    ("my-our-country-chinese-primary", "我国华小今年的新生人数持续下降。", set()),
    ("my-our-country-chinese-primary-trad", "我國華小今年的新生人數持續下降。", set()),
    ("my-from-chinese-primary", "这批学生大多来自华小。", set()),
    ("my-from-chinese-primary-trad", "這批學生大多來自華小。", set()),
    ("my-named-chinese-primary", "光明华小校长陈淑华表示，新校舍将在明年启用。", {"光明华小"}),
    ("my-named-chinese-primary-trad", "光明華小校長陳淑華表示，新校舍將在明年啓用。", {"光明華小"}),
    ("my-named-independent-school", "明德独中今年招收了600名新生。", {"明德独中"}),
    ("my-named-independent-school-trad", "明德獨中今年招收了600名新生。", {"明德獨中"}),
    ("my-generic-design-centre-goal", "他说，槟城要成为区域的设计与研发中心。", set()),
    ("my-generic-design-centre-goal-trad", "他說，檳城要成爲區域的設計與研發中心。", set()),
    ("cn-generic-logistics-centre-goal", "该市将打造成为东南亚的物流与配送中心。", set()),
    ("cn-generic-logistics-centre-goal-trad", "該市將打造成爲東南亞的物流與配送中心。", set()),
    ("cn-named-research-centre", "国家半导体研发中心今天发布年度报告。", {"国家半导体研发中心"}),
    ("cn-named-research-centre-trad", "國家半導體研發中心今天發佈年度報告。", {"國家半導體研發中心"}),
    ("cn-expo-halls-list", "本届博览会设智能制造馆、新能源汽车馆、东盟国家馆3个专业展馆。", set()),
    ("cn-expo-halls-list-trad", "本屆博覽會設智能製造館、新能源汽車館、東盟國家館3個專業展館。", set()),
    ("cn-expo-hall-alone", "新能源汽车馆内展出了50款新车型。", set()),
    ("cn-expo-hall-alone-trad", "新能源汽車館內展出了50款新車型。", set()),
    ("cn-party-group-of-department", "省文化和旅游厅党组书记、厅长卢海燕出席发布会。", {"省文化和旅游厅党组"}),
    ("cn-party-group-of-department-trad", "省文化和旅遊廳黨組書記、廳長盧海燕出席發佈會。", {"省文化和旅遊廳黨組"}),
    ("cn-party-group-of-bureau", "市住房和城乡建设局党组书记王建国主持会议。", {"市住房和城乡建设局党组"}),
    ("cn-party-group-of-bureau-trad", "市住房和城鄉建設局黨組書記王建國主持會議。", {"市住房和城鄉建設局黨組"}),
    ("cn-party-group-named-department", "湖南省交通运输厅党组召开会议，传达学习有关精神。", {"湖南省交通运输厅"}),
    ("cn-party-group-named-department-trad", "湖南省交通運輸廳黨組召開會議，傳達學習有關精神。", {"湖南省交通運輸廳"}),
    ("cn-place-plus-company-seat", "青川茶业股份有限公司在福建安溪公司总部召开年度股东大会。", {"青川茶业股份有限公司"}),
    ("cn-place-plus-company-seat-trad", "青川茶業股份有限公司在福建安溪公司總部召開年度股東大會。", {"青川茶業股份有限公司"}),
    ("cn-place-plus-company-alone", "会议在四川宜宾公司总部举行。", set()),
    ("cn-place-plus-company-alone-trad", "會議在四川宜賓公司總部舉行。", set()),
    ("cn-place-function-company-counts", "国网宜宾供电公司今天启动迎峰度夏保电行动。", {"国网宜宾供电公司"}),
    ("cn-place-function-company-counts-trad", "國網宜賓供電公司今天啓動迎峯度夏保電行動。", {"國網宜賓供電公司"}),
    ("cn-financial-products-list", "23个重点金融项目集中签约，涉及跨境理财通、绿色债券、科创基金等领域。", set()),
    ("cn-financial-products-list-trad", "23個重點金融項目集中籤約，涉及跨境理財通、綠色債券、科創基金等領域。", set()),
    ("cn-financial-products-two", "签约项目涵盖绿色保险、科创基金等产品。", set()),
    ("cn-financial-products-two-trad", "簽約項目涵蓋綠色保險、科創基金等產品。", set()),
    ("cn-verb-xiang-glued", "本次重组是公司向新材料转型的关键一步。", set()),
    ("cn-verb-xiang-glued-trad", "本次重組是公司向新材料轉型的關鍵一步。", set()),
    ("cn-verb-xiang-new-energy", "这次合作将推动集团向新能源转型。", set()),
    ("cn-verb-xiang-new-energy-trad", "這次合作將推動集團向新能源轉型。", set()),
    ("cn-verb-xiang-named-company", "公司将向华盛新材料有限公司采购原料。", {"华盛新材料有限公司"}),
    ("cn-verb-xiang-named-company-trad", "公司將向華盛新材料有限公司採購原料。", {"華盛新材料有限公司"}),
]

ORGANISERS = [
    ("sg-alias-organiser-with-second-body", "文化节由新加坡潮州会馆联合总会（潮联总会）与新加坡华族文化中心联合主办。", {"潮州会馆联合总会", "华族文化中心"}),
    ("sg-alias-organiser-with-second-body-trad", "文化節由新加坡潮州會館聯合總會（潮聯總會）與新加坡華族文化中心聯合主辦。", {"潮州會館聯合總會", "華族文化中心"}),
    ("my-alias-organiser-with-second-body", "晚宴由马来西亚福建社团联合会（福联会）与雪隆福建会馆联办。", {"福建社团联合会", "雪隆福建会馆"}),
    ("my-alias-organiser-with-second-body-trad", "晚宴由馬來西亞福建社團聯合會（福聯會）與雪隆福建會館聯辦。", {"雪隆福建會館", "福建社團聯合會"}),
    ("sg-alias-organiser-and", "比赛由新加坡书法家协会（书协）和南洋艺术学院联合主办。", {"书法家协会", "南洋艺术学院"}),
    ("sg-alias-organiser-and-trad", "比賽由新加坡書法家協會（書協）和南洋藝術學院聯合主辦。", {"南洋藝術學院", "書法家協會"}),
    ("hk-alias-organiser-and", "活动由香港潮属社团总会（潮总）及香港中华总商会合办。", {"潮属社团总会", "中华总商会"}),
    ("hk-alias-organiser-and-trad", "活動由香港潮屬社團總會（潮總）及香港中華總商會合辦。", {"中華總商會", "潮屬社團總會"}),
    ("my-alias-organiser-then-chairman", "讲座由马来西亚华校教师会总会（教总）主办。教总主席说，讲座免费入场。", {"华校教师会总会"}),
    ("my-alias-organiser-then-chairman-trad", "講座由馬來西亞華校教師會總會（教總）主辦。教總主席說，講座免費入場。", {"華校教師會總會"}),
    ("cn-alias-organiser-with-second-body", "论坛由东林市侨务办公室（市侨办）与东林大学联合主办。", {"东林市侨务办公室", "东林大学"}),
    ("cn-alias-organiser-with-second-body-trad", "論壇由東林市僑務辦公室（市僑辦）與東林大學聯合主辦。", {"東林大學", "東林市僑務辦公室"}),
]

NEAR = [
    ("sg-latin-place-not-body", "他在Bukit Timah一带经营餐馆多年。", set()),
    ("sg-latin-place-not-body-trad", "他在Bukit Timah一帶經營餐館多年。", set()),
    ("my-latin-person-honorific", "董事经理Tan Sri Lim Kok Wah受访时说，订单已排到明年。", set()),
    ("sg-generic-property-consultant", "房地产顾问指出，明年私宅价格将温和上涨。", set()),
    ("sg-generic-property-consultant-trad", "房地產顧問指出，明年私宅價格將溫和上漲。", set()),
    ("sg-sector-property", "地产业今年表现平稳。", set()),
    ("sg-sector-property-trad", "地產業今年表現平穩。", set()),
    ("cn-industry-upgrade", "该市将推动产业升级，培育新兴产业。", set()),
    ("cn-industry-upgrade-trad", "該市將推動產業升級，培育新興產業。", set()),
    ("my-management-fee", "物业管理费明年起上调一成。", set()),
    ("my-management-fee-trad", "物業管理費明年起上調一成。", set()),
    ("sg-agent-job", "置业顾问表示，新盘询问度很高。", set()),
    ("sg-agent-job-trad", "置業顧問表示，新盤詢問度很高。", set()),
    ("my-federal-territory-ministry", "联邦直辖区部今天宣布新措施。", {"联邦直辖区部"}),
    ("my-federal-territory-ministry-trad", "聯邦直轄區部今天宣佈新措施。", {"聯邦直轄區部"}),
    ("my-state-executive-named", "柔佛州政府今天宣布拨款。", {"柔佛州政府"}),
    ("my-state-executive-named-trad", "柔佛州政府今天宣佈撥款。", {"柔佛州政府"}),
    ("cn-department-without-party-group", "省统计局副局长任志远介绍了有关情况。", {"省统计局"}),
    ("cn-department-without-party-group-trad", "省統計局副局長任志遠介紹了有關情況。", {"省統計局"}),
    ("cn-company-subsidiary-named", "东林化工股份有限公司宜宾分公司今天投产。", {"东林化工股份有限公司宜宾分公司"}),
]

PAGES = [
    ("page-my-fair-latin-firm", "开幕首日已有3家本地企业签署采购备忘录，其中Jaya Lestari Food Industries Sdn Bhd与一家印尼进口商签下的合约价值约1200万令吉。\nJaya Lestari董事经理拿汀邱美娟受访时说：“这是我们第一次打进印尼市场。”", {"Jaya Lestari Food Industries Sdn Bhd"}),
    ("page-my-fair-latin-firm-trad", "開幕首日已有3家本地企業簽署採購備忘錄，其中Jaya Lestari Food Industries Sdn Bhd與一家印尼進口商簽下的合約價值約1200萬令吉。\nJaya Lestari董事經理拿汀邱美娟受訪時說：“這是我們第一次打進印尼市場。”", {"Jaya Lestari Food Industries Sdn Bhd"}),
    ("page-sg-property-market", "市区重建局的数据显示，私宅价格连续三季上涨。\n瑞丰地产顾问研究主管林美玲分析说：“利率回落让买家重返市场。”\n翠岭产业（Emerald Ridge Property Pte Ltd）首席执行官郑国强则指出，政府推出8幅住宅地段。", {"市区重建局", "翠岭产业", "瑞丰地产顾问"}),
    ("page-sg-property-market-trad", "市區重建局的數據顯示，私宅價格連續三季上漲。\n瑞豐地產顧問研究主管林美玲分析說：“利率回落讓買家重返市場。”\n翠嶺產業（Emerald Ridge Property Pte Ltd）首席執行官鄭國強則指出，政府推出8幅住宅地段。", {"翠嶺產業", "瑞豐地產顧問", "市區重建局"}),
    ("page-my-school-groundbreaking", "光明华小新校舍动土典礼今早举行，由光明华小董事会主办。\n部长代表联邦政府移交100万令吉拨款。雪兰莪州政府将拨出50万令吉，并协助学校向州土地局申请地契。", {"雪兰莪州政府", "光明华小董事会", "光明华小", "州土地局"}),
    ("page-my-school-groundbreaking-trad", "光明華小新校舍動土典禮今早舉行，由光明華小董事會主辦。\n部長代表聯邦政府移交100萬令吉撥款。雪蘭莪州政府將撥出50萬令吉，並協助學校向州土地局申請地契。", {"州土地局", "光明華小董事會", "光明華小", "雪蘭莪州政府"}),
    ("page-cn-press-conference", "河南省人民政府新闻办公室在郑州举行新闻发布会。省文化和旅游厅党组书记、厅长李海燕，省文化和旅游厅副厅长钱宏出席发布会。", {"省文化和旅游厅", "河南省人民政府新闻办公室", "省文化和旅游厅党组"}),
    ("page-cn-press-conference-trad", "河南省人民政府新聞辦公室在鄭州舉行新聞發佈會。省文化和旅遊廳黨組書記、廳長李海燕，省文化和旅遊廳副廳長錢宏出席發佈會。", {"省文化和旅遊廳", "河南省人民政府新聞辦公室", "省文化和旅遊廳黨組"}),
    ("page-cn-shareholders-meeting", "5月20日下午，青川茶业股份有限公司（以下简称“青川茶业”）在福建安溪公司总部召开2024年年度股东大会。公司董事会秘书表示：“本次重组是公司向新材料转型的关键一步。”", {"青川茶业股份有限公司"}),
    ("page-cn-shareholders-meeting-trad", "5月20日下午，青川茶業股份有限公司（以下簡稱“青川茶業”）在福建安溪公司總部召開2024年年度股東大會。公司董事會祕書表示：“本次重組是公司向新材料轉型的關鍵一步。”", {"青川茶業股份有限公司"}),
]
BANK = LATIN + ALIASED + TRADE + GENERIC + ORGANISERS + NEAR + PAGES

XFAIL: dict[str, str] = {
    "cn-wuye-fuwu-announces": "a trade word of two words (物业|服务) is no trade word of the lexicon, so the name stops at 物业 and the slot verb is not reached",
    "sg-two-consultancies": "a second trade name after 与 opens no slot of its own when the first one's frame is a report (的报告), so both are cut at 顾问",
    "sg-two-consultancies-trad": "a second trade name after 与 opens no slot of its own when the first one's frame is a report (的报告), so both are cut at 顾问",
    "my-chanye-sponsor": "a brand the dictionary knows as a word (嘉华/vn) after 获 is no coined head, so 嘉华产业 is read as a trade phrase",
    "my-chanye-sponsor-trad": "a brand the dictionary knows as a word (嘉华/vn) after 获 is no coined head, so 嘉华产业 is read as a trade phrase",
    "my-state-land-office-as-written": "the segmenter glues the preposition to the level word (学校|向州|土地局), so the name built by its ending opens at the noun before 向",
    "my-state-land-office-as-written-trad": "the segmenter glues the preposition to the level word (学校|向州|土地局), so the name built by its ending opens at the noun before 向",
    "cn-place-plus-company-seat": "a county the gazetteer does not hold (安溪) leaves place + 公司 looking like a company's name",
    "cn-place-plus-company-seat-trad": "a county the gazetteer does not hold (安溪) leaves place + 公司 looking like a company's name",
    "page-my-school-groundbreaking": "the segmenter glues 向 to the level word (向州|土地局), and the school's re-mention with its organ hides the school",
    "page-my-school-groundbreaking-trad": "the segmenter glues 向 to the level word (向州|土地局), and the school's re-mention with its organ hides the school",
    "page-cn-shareholders-meeting": "the county (安溪) is no gazetteer place and 向新材料 keeps its preposition (see the rows above)",
    "page-cn-shareholders-meeting-trad": "the county (安溪) is no gazetteer place and 向新材料 keeps its preposition (see the rows above)",
}


def test_organization_overseas_mainland_edges_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_overseas_mainland_edges_bank(text, expected):
    record = extract(text)
    organizations = {_scored(o.name) for o in record.organizations}
    pieces = {p.name for p in record.people if any("".join(p.name.split()) in "".join(o.split()) for o in expected)}
    assert (organizations, pieces) == ({_scored(name) for name in expected}, set())
