"""Organisations named in lists and coordinations, where one member or the list's head shows what the others are:
invented sentences in Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Each row
asserts the exact set of organisations extract() lists: what must be there and what must not.

Expected values by ANNOTATION.md "Organisations" and "Borderline calls":

- trade names with no 公司 ending (a brand and an industry word: 某某地產, 某某精機, 某某物流, 某某建設) listed under a head
  that says they are firms (包括…組成的財團, 3家合作夥伴…分別是, 等企業贊助, 等12家企業, 作為物流夥伴, 贊助商包括) or
  coordinated (、 和 及 與 以及) with a body that has its ending (某某真空設備公司, 某某股份有限公司): each is an
  organisation, in its longest written form, without a country word before it (日本某某精機 -> 某某精機) and without
  本地的;
- lists of public units split at 、 and closed by 等…單位/部門 or a verb (某某軍分區、武警某某支隊、市消防救援支隊、
  國網某某供電公司等18家單位參演): each unit, never one joined name; 軍分區, 支隊, 大隊, 中隊, 分局, 派出所 are unit endings;
  a unit named by function with its level (市消防救援支隊, 縣交警大隊) counts as a named department does;
- near misses: lists of places, of products, of people, of generic nouns (銀行、保險等機構), of sectors (物流、綠能等產業)
  and of kinds of units (公安、消防等部門): no organisation.

Every sentence, name and body is invented for this bank. Written before looking at what the extractor gives on them,
so the table is the annotation rule, not the output. Names are compared as the scorer compares them: without one
leading country or region word."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

_COUNTRY_WORDS = ("日本", "德国", "德國", "韩国", "韓國", "英国", "英國", "法国", "法國")


def _scored(name: str) -> str:
    """A name as the scorer compares it: without one leading country or region word."""
    for word in _COUNTRY_WORDS:
        if name.startswith(word) and len(name) >= len(word) + 3:
            return name[len(word):]
    return _key(name)


FIRMS_UNDER_A_HEAD = [
    # Hong Kong
    ("hk-tender-consortium-trad", "入標者包括嘉峰地產、恒譽發展，以及德裕置業與偉達建築組成的財團。",
     {"嘉峰地產", "恒譽發展", "德裕置業", "偉達建築"}),
    ("hk-tender-consortium", "入标者包括嘉峰地产、恒誉发展，以及德裕置业与伟达建筑组成的财团。",
     {"嘉峰地产", "恒誉发展", "德裕置业", "伟达建筑"}),
    ("hk-joint-venture-won-trad", "工程由新輝建築和利達工程合組的財團投得。", {"新輝建築", "利達工程"}),
    ("hk-participating-firms-trad", "參與企業包括恒昌地產、嘉運物流及匯通科技。", {"恒昌地產", "嘉運物流", "匯通科技"}),
    ("hk-participating-firms", "参与企业包括恒昌地产、嘉运物流及汇通科技。", {"恒昌地产", "嘉运物流", "汇通科技"}),
    ("hk-sponsors-list-trad", "是次活動獲美嘉飲品、添利印刷及宏福建材贊助。", {"美嘉飲品", "添利印刷", "宏福建材"}),
    ("hk-developers-bid-trad", "今次共有五個財團入標，包括宏基地產、信譽置業及華峰發展。",
     {"宏基地產", "信譽置業", "華峰發展"}),
    # Singapore
    ("sg-three-partners-trad", "設備將由3家合作夥伴供應，分別是日本豐島精機、美國維克真空設備公司和本地的澄源潔淨科技。",
     {"豐島精機", "維克真空設備公司", "澄源潔淨科技"}),
    ("sg-three-partners", "设备将由3家合作伙伴供应，分别是日本丰岛精机、美国维克真空设备公司和本地的澄源洁净科技。",
     {"丰岛精机", "维克真空设备公司", "澄源洁净科技"}),
    ("sg-logistics-partners", "捷通物流及本地的鸿运物流也将作为物流伙伴加入。", {"捷通物流", "鸿运物流"}),
    ("sg-logistics-partners-trad", "捷通物流及本地的鴻運物流也將作為物流夥伴加入。", {"捷通物流", "鴻運物流"}),
    ("sg-tenderers", "参与竞标的包括盛达工程、华联建筑和本地的利丰营造。", {"盛达工程", "华联建筑", "利丰营造"}),
    ("sg-tenderers-trad", "參與競標的包括盛達工程、華聯建築和本地的利豐營造。", {"盛達工程", "華聯建築", "利豐營造"}),
    # Taiwan
    ("tw-sponsored-by-firms-trad", "活動由基金會主辦，並有冠霖建設等企業贊助。", {"冠霖建設"}),
    ("tw-sponsored-by-firms", "活动由基金会主办，并有冠霖建设等企业赞助。", {"冠霖建设"}),
    ("tw-exhibitors-trad", "今年參展廠商有聯鈞電子、鼎豐科技、永信精密等30家廠商。", {"聯鈞電子", "鼎豐科技", "永信精密"}),
    ("tw-exhibitors", "今年参展厂商有联钧电子、鼎丰科技、永信精密等30家厂商。", {"联钧电子", "鼎丰科技", "永信精密"}),
    ("tw-suppliers-trad", "供應鏈夥伴包括崇越光電、台耀材料與晶華精密三家業者。", {"崇越光電", "台耀材料", "晶華精密"}),
    ("tw-builders-joint-trad", "該案由國揚營造與興富發建設共同承攬。", {"國揚營造", "興富發建設"}),
    # mainland
    ("cn-signed-firms", "签约企业包括华晟新能源、岚江智造和蓝海生物等12家企业。", {"华晟新能源", "岚江智造", "蓝海生物"}),
    ("cn-signed-firms-trad", "簽約企業包括華晟新能源、嵐江智造和藍海生物等12家企業。", {"華晟新能源", "嵐江智造", "藍海生物"}),
    ("cn-investors-list", "投资方为澄湖城投、恒信资本及中渝建工三家企业。", {"澄湖城投", "恒信资本", "中渝建工"}),
    ("cn-sponsors-etc", "本次大赛由宏达电子、北辰科技等企业冠名赞助。", {"宏达电子", "北辰科技"}),
    ("cn-sponsors-etc-trad", "本次大賽由宏達電子、北辰科技等企業冠名贊助。", {"宏達電子", "北辰科技"}),
    ("cn-partners-two", "合作伙伴为星耀传媒和云帆数据两家公司。", {"星耀传媒", "云帆数据"}),
    # Macau
    ("mo-joint-venture-trad", "項目由濠景建設與澳峰工程組成的聯營體承建。", {"濠景建設", "澳峰工程"}),
    ("mo-joint-venture", "项目由濠景建设与澳峰工程组成的联营体承建。", {"濠景建设", "澳峰工程"}),
    ("mo-donor-firms-trad", "捐款企業包括濠江實業、南灣置業及新華貿易。", {"濠江實業", "南灣置業", "新華貿易"}),
    # Malaysia
    ("my-sponsors-list", "赞助商包括金狮饮料、大华电器和海丰印务。", {"金狮饮料", "大华电器", "海丰印务"}),
    ("my-sponsors-list-trad", "贊助商包括金獅飲料、大華電器和海豐印務。", {"金獅飲料", "大華電器", "海豐印務"}),
    ("my-partner-firms", "合作伙伴为丰顺化学、云峰种植及森隆产业三家公司。", {"丰顺化学", "云峰种植", "森隆产业"}),
    ("my-partner-firms-trad", "合作夥伴為豐順化學、雲峰種植及森隆產業三家公司。", {"豐順化學", "雲峰種植", "森隆產業"}),
    ("my-contractors", "工程由宏图建筑及金马工程联营承包。", {"宏图建筑", "金马工程"}),
]

FIRMS_WITH_A_NAMED_BODY = [
    ("cn-trade-name-and-company", "宏达电子与北辰科技股份有限公司签署战略合作协议。", {"宏达电子", "北辰科技股份有限公司"}),
    ("cn-trade-name-and-company-trad", "宏達電子與北辰科技股份有限公司簽署戰略合作協議。", {"宏達電子", "北辰科技股份有限公司"}),
    ("tw-biotech-and-pharma-trad", "瑞康生技和台灣安心藥品公司共同研發新藥。", {"瑞康生技", "安心藥品公司"}),
    ("tw-biotech-and-pharma", "瑞康生技和台湾安心药品公司共同研发新药。", {"瑞康生技", "安心药品公司"}),
    ("my-list-with-one-company", "金狮饮料、大华电器有限公司和海丰印务今日联合捐款。", {"金狮饮料", "大华电器有限公司", "海丰印务"}),
    ("my-list-with-one-company-trad", "金獅飲料、大華電器有限公司和海豐印務今日聯合捐款。", {"金獅飲料", "大華電器有限公司", "海豐印務"}),
    ("hk-media-and-group-trad", "星耀傳媒及新港發展集團宣布合組新公司。", {"星耀傳媒", "新港發展集團"}),
    ("hk-media-and-group", "星耀传媒及新港发展集团宣布合组新公司。", {"星耀传媒", "新港发展集团"}),
    ("sg-bank-and-trade-name", "华联银行与捷通物流签署合作备忘录。", {"华联银行", "捷通物流"}),
    ("sg-bank-and-trade-name-trad", "華聯銀行與捷通物流簽署合作備忘錄。", {"華聯銀行", "捷通物流"}),
    ("mo-company-and-trade-name-trad", "澳峰工程有限公司及濠景建設昨日簽署合作協議。", {"澳峰工程有限公司", "濠景建設"}),
    ("cn-group-and-two-trade-names", "岚江集团、华晟新能源和蓝海生物共同发起产业联盟。", {"岚江集团", "华晟新能源", "蓝海生物"}),
    ("cn-group-and-two-trade-names-trad", "嵐江集團、華晟新能源和藍海生物共同發起產業聯盟。", {"嵐江集團", "華晟新能源", "藍海生物"}),
    ("tw-university-and-firm-trad", "清泉大學與鼎豐科技合作成立研發中心。", {"清泉大學", "鼎豐科技"}),
]

PUBLIC_UNITS = [
    ("cn-drill-units", "岚江军分区、武警岚江支队、市消防救援支队、国网岚江供电公司等18家单位参演。",
     {"岚江军分区", "武警岚江支队", "市消防救援支队", "国网岚江供电公司"}),
    ("cn-drill-units-trad", "嵐江軍分區、武警嵐江支隊、市消防救援支隊、國網嵐江供電公司等18家單位參演。",
     {"嵐江軍分區", "武警嵐江支隊", "市消防救援支隊", "國網嵐江供電公司"}),
    ("cn-drill-four-units", "演练由岚山军分区、武警岚山中队、县公安局交警大队和岚山县人民医院共同参加。",
     {"岚山军分区", "武警岚山中队", "县公安局交警大队", "岚山县人民医院"}),
    ("cn-drill-four-units-trad", "演練由嵐山軍分區、武警嵐山中隊、縣公安局交警大隊和嵐山縣人民醫院共同參加。",
     {"嵐山軍分區", "武警嵐山中隊", "縣公安局交警大隊", "嵐山縣人民醫院"}),
    ("cn-police-units", "市公安局巡特警支队、市交警支队、城关派出所等单位到场处置。",
     {"市公安局巡特警支队", "市交警支队", "城关派出所"}),
    ("cn-police-units-trad", "市公安局巡特警支隊、市交警支隊、城關派出所等單位到場處置。",
     {"市公安局巡特警支隊", "市交警支隊", "城關派出所"}),
    ("cn-armed-police-first", "武警澄州支队、澄州军分区、澄州消防救援支队参加联合演练。",
     {"武警澄州支队", "澄州军分区", "澄州消防救援支队"}),
    ("cn-armed-police-first-trad", "武警澄州支隊、澄州軍分區、澄州消防救援支隊參加聯合演練。",
     {"武警澄州支隊", "澄州軍分區", "澄州消防救援支隊"}),
    ("cn-utilities-sign", "澄州供电公司、澄州水务集团、澄州燃气公司等8家单位签订责任书。",
     {"澄州供电公司", "澄州水务集团", "澄州燃气公司"}),
    ("cn-utilities-sign-trad", "澄州供電公司、澄州水務集團、澄州燃氣公司等8家單位簽訂責任書。",
     {"澄州供電公司", "澄州水務集團", "澄州燃氣公司"}),
    ("cn-county-brigades", "县消防救援大队、县交警大队、县应急管理局等部门联合开展检查。",
     {"县消防救援大队", "县交警大队", "县应急管理局"}),
    ("cn-county-brigades-trad", "縣消防救援大隊、縣交警大隊、縣應急管理局等部門聯合開展檢查。",
     {"縣消防救援大隊", "縣交警大隊", "縣應急管理局"}),
    ("cn-sub-district-and-station", "澄湖区人武部、澄湖公安分局和湖滨派出所派员参加。", {"澄湖区人武部", "澄湖公安分局", "湖滨派出所"}),
    ("cn-detachment-and-hospital", "武警岚江支队与岚江市中心医院开展联合救援演练。", {"武警岚江支队", "岚江市中心医院"}),
    ("hk-departments-drill-trad", "警務處、消防處、醫院管理局等多個部門參與演習。", {"警務處", "消防處", "醫院管理局"}),
    ("hk-departments-drill", "警务处、消防处、医院管理局等多个部门参与演习。", {"警务处", "消防处", "医院管理局"}),
    ("mo-departments-drill-trad", "治安警察局、消防局及衛生局派員參與演習。", {"治安警察局", "消防局", "衛生局"}),
    ("mo-departments-drill", "治安警察局、消防局及卫生局派员参与演习。", {"治安警察局", "消防局", "卫生局"}),
    ("tw-police-units-trad", "臺中市警察局第一分局、臺中港務警察總隊及梧棲分駐所派員到場協助。",
     {"臺中市警察局第一分局", "臺中港務警察總隊", "梧棲分駐所"}),
    ("tw-fire-brigades-trad", "新竹縣政府消防局第一大隊與竹北分隊人員趕抵現場。", {"新竹縣政府消防局第一大隊", "竹北分隊"}),
    ("sg-forces-drill", "民防部队、新加坡警察部队和陆路交通管理局联合进行演习。", {"民防部队", "新加坡警察部队", "陆路交通管理局"}),
    ("sg-forces-drill-trad", "民防部隊、新加坡警察部隊和陸路交通管理局聯合進行演習。", {"民防部隊", "新加坡警察部隊", "陸路交通管理局"}),
    ("my-rescue-units", "消拯局、民防部队及卫生局人员赶到现场。", {"消拯局", "民防部队", "卫生局"}),
    ("my-rescue-units-trad", "消拯局、民防部隊及衛生局人員趕到現場。", {"消拯局", "民防部隊", "衛生局"}),
]

NEAR_MISSES = [
    ("cn-cities-list-near-miss", "游客主要来自北京、上海、广州等城市。", set()),
    ("cn-cities-list-near-miss-trad", "遊客主要來自北京、上海、廣州等城市。", set()),
    ("hk-districts-near-miss-trad", "巡查範圍包括九龍城、深水埗及觀塘。", set()),
    ("my-states-near-miss", "雪兰莪、槟城和柔佛三州的游客人数增加。", set()),
    ("tw-counties-near-miss-trad", "苗栗、南投、彰化等縣市今天豪雨特報。", set()),
    ("cn-products-near-miss", "展出产品包括智能手表、无线耳机和平板电脑。", set()),
    ("cn-products-near-miss-trad", "展出產品包括智能手錶、無線耳機和平板電腦。", set()),
    ("tw-snacks-near-miss-trad", "熱賣商品包括鳳梨酥、太陽餅及牛軋糖。", set()),
    ("sg-dishes-near-miss", "摊位供应海南鸡饭、叻沙和沙爹等美食。", set()),
    ("cn-people-near-miss", "获奖者包括王建国、李明华和张丽三人。", set()),
    ("hk-people-near-miss-trad", "得獎者包括陳志明、黃美玲及李家豪。", set()),
    ("cn-banks-insurers-generic-near-miss", "银行、保险等机构积极参与。", set()),
    ("cn-banks-insurers-generic-near-miss-trad", "銀行、保險等機構積極參與。", set()),
    ("hk-schools-hospitals-generic-near-miss-trad", "學校、醫院、社福機構等單位均可申請。", set()),
    ("cn-sectors-near-miss", "物流、绿能、生物科技等产业发展迅速。", set()),
    ("tw-sectors-near-miss-trad", "物流、綠能、生物科技等產業發展迅速。", set()),
    ("hk-sectors-near-miss-trad", "金融、地產及零售業表現疲弱。", set()),
    ("cn-kinds-of-firms-near-miss", "房地产企业、建筑企业和物流企业受到影响。", set()),
    ("tw-stock-groups-near-miss-trad", "科技、建設、電子等類股今天全面上漲。", set()),
    ("cn-kinds-of-units-near-miss", "公安、消防、医疗等部门迅速赶到现场。", set()),
    ("cn-kinds-of-units-near-miss-trad", "公安、消防、醫療等部門迅速趕到現場。", set()),
    ("cn-generic-forces-near-miss", "军分区、武警和消防等单位参加演练。", set()),
    ("cn-generic-forces-near-miss-trad", "軍分區、武警和消防等單位參加演練。", set()),
    ("mo-trades-near-miss-trad", "建築、物流及飲食業的僱主可申請輸入外勞。", set()),
    ("my-commodities-near-miss", "棕油、橡胶和可可价格全面上涨。", set()),
    ("my-commodities-near-miss-trad", "棕油、橡膠和可可價格全面上漲。", set()),
    ("sg-fields-near-miss-trad", "本地的金融、物流和精密工程領域需要更多人才。", set()),
    ("sg-fields-near-miss", "本地的金融、物流和精密工程领域需要更多人才。", set()),
    ("cn-firms-generic-with-count-near-miss", "全市共有3家物流企业和5家建筑企业获评。", set()),
    ("tw-kinds-of-builders-near-miss-trad", "營造業者與建設公司普遍看好明年房市。", set()),
]

BANK = FIRMS_UNDER_A_HEAD + FIRMS_WITH_A_NAMED_BODY + PUBLIC_UNITS + NEAR_MISSES

XFAIL: dict[str, str] = {
    "hk-developers-bid-trad": "a brand that is a common word (信譽|置業) is read as a trade phrase, as sector lists (風險投資) must be, "
                              "so the list breaks at its middle item",
    "tw-university-and-firm-trad": "the tagger joins the verb after the firm into its name (鼎豐/科技/合作 all ORG), and the longer "
                                   "span wins over the list item",
    "tw-police-units-trad": "a police post named by its place (梧棲分駐所) whose place the tagger does not know builds no name from "
                            "分駐所",
    "sg-forces-drill": "部队 is no organisation ending (it ends generic nouns: 部队, 作战部队), so 民防部队 builds no name",
    "sg-forces-drill-trad": "部隊 is no organisation ending (it ends generic nouns: 部隊, 作戰部隊), so 民防部隊 builds no name",
    "my-rescue-units": "a department's short name of two verbs (消|拯|局) gives no proper word before its ending",
    "my-rescue-units-trad": "a department's short name of two verbs (消|拯|局) gives no proper word before its ending",
}


def test_organization_lists_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_lists_bank(text, expected):
    assert {_scored(name) for name in organizations(text)} == {_scored(name) for name in expected}
