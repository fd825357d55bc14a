"""Bodies written by a short fixed name, by a name that starts with 政府, and kinds of body that name no body, in
invented sentences of the mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysian press, Simplified and Traditional.
Each row asserts the exact set of organisations extract() lists, compared as the scorer compares them (without one
leading country or region word).

Expected values by ANNOTATION.md "Organisations" and "Borderline calls" (named institutions count without a place; a
generic noun or a kind is no body; an abbreviation in brackets is an alias, not a second entry):

- EXCHANGES: a stock exchange by the press's three-character short name (深交所, 上交所, 北交所, 港交所, 新交所, 马交所) is
  a named institution wherever it stands as a word: a listing board (深交所上市公司), a regulator (上交所发出问询函), a
  holder of a title (港交所行政总裁); near misses: the characters across two words (上交|所得税, 移交|所属), the short
  name in brackets after the full name (one entry, the full name);
- GOVERNMENT_NAMED: Hong Kong's departments whose own name opens with 政府 (政府統計處, 政府新聞處, 政府化驗所,
  政府物流服務署, 政府產業署) keep it: 政府 there is no level of government written before a department but the first
  word of its name; near misses: the level of government alone (特區政府, 政府), a generic department (政府部門),
  Macau's and Taiwan's statistics bodies (統計暨普查局, 主計總處) as written;
- KINDS: kinds of body written with a descriptive word (单一家族办公室, 家族办公室, 乡区学校, 城市学校, 农村学校,
  私人诊所) and lists of school kinds (华小、淡小及宗教学校) name no body; near misses: a body with its own name before the
  kind (某某家族办公室有限公司, 某某中学);
- FUNDS: a public or charitable fund written by its name that acts (舉行吹風會, 資助, 與某機構合作) is a body; near
  misses: a fund as a sum of money (設立一筆基金, 基金規模);
- KIND_REMENTION: a later mention of a body by its kind ending alone (協進會主席, 基金會表示, 該商會) after its full name is
  the same body, no new entry.

Every sentence, name and body is invented for this bank (real places and the exchanges themselves only where their
names are the point). Written, and committed, before running the extractor on it."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

EXCHANGES = [
    ("cn-szse-listing-board", "深交所上市公司东林精密制造股份有限公司昨晚披露年度报告。", {"深交所", "东林精密制造股份有限公司"}),
    ("cn-szse-listing-board-trad", "深交所上市公司東林精密製造股份有限公司昨晚披露年度報告。", {"深交所", "東林精密製造股份有限公司"}),
    ("cn-sse-inquiry-letter", "上交所昨日发出问询函，要求澄川科技股份有限公司说明收入大幅增长的原因。", {"上交所", "澄川科技股份有限公司"}),
    ("cn-sse-inquiry-letter-trad", "上交所昨日發出問詢函，要求澄川科技股份有限公司說明收入大幅增長的原因。", {"上交所", "澄川科技股份有限公司"}),
    ("cn-bse-new-rules", "北交所发布新规，明确创新层企业转板的条件。", {"北交所"}),
    ("cn-bse-new-rules-trad", "北交所發布新規，明確創新層企業轉板的條件。", {"北交所"}),
    ("cn-two-exchanges", "上交所和深交所昨日同步发布修订后的上市规则。", {"上交所", "深交所"}),
    ("cn-two-exchanges-trad", "上交所和深交所昨日同步發布修訂後的上市規則。", {"上交所", "深交所"}),
    ("hk-hkex-listings-trad", "港交所今日公布，首季共有二十家公司上市，集資額按年增加三成。", {"港交所"}),
    ("hk-hkex-listings", "港交所今日公布，首季共有二十家公司上市，集资额按年增加三成。", {"港交所"}),
    ("hk-hkex-chief-title-trad", "港交所行政總裁鄧永樂表示，將檢討主板的上市門檻。", {"港交所"}),
    ("hk-hkex-approves-trad", "溪明生物昨日獲港交所批准上市，計劃集資八億港元。", {"溪明生物", "港交所"}),
    ("sg-sgx-hours", "新交所今天宣布，将延长证券市场的交易时间。", {"新交所"}),
    ("sg-sgx-hours-trad", "新交所今天宣布，將延長證券市場的交易時間。", {"新交所"}),
    ("my-bursa-warning", "马交所今天发文提醒投资者，留意近期股价异常波动的公司。", {"马交所"}),
    ("my-bursa-warning-trad", "馬交所今天發文提醒投資者，留意近期股價異常波動的公司。", {"馬交所"}),
    ("cn-full-name-alias", "上海证券交易所（上交所）今天就退市新规征求意见。", {"上海证券交易所"}),
    ("cn-full-name-alias-trad", "深圳證券交易所（深交所）今天就退市新規徵求意見。", {"深圳證券交易所"}),
    ("near-income-tax-hand-in", "纳税人应按时上交所得税申报表。", set()),
    ("near-income-tax-hand-in-trad", "納稅人應按時上交所得稅申報表。", set()),
    ("near-hand-over-to-own-unit", "他已把相关材料移交所属单位处理。", set()),
    ("near-hand-over-to-own-unit-trad", "他已把相關材料移交所屬單位處理。", set()),
    ("cn-szse-suspends", "深交所今天暂停东林环保股份有限公司股票交易。", {"深交所", "东林环保股份有限公司"}),
    ("cn-szse-suspends-trad", "深交所今天暫停東林環保股份有限公司股票交易。", {"深交所", "東林環保股份有限公司"}),
    ("hk-hkex-and-sfc-trad", "港交所與證監會今日聯合發表諮詢文件。", {"港交所", "證監會"}),
    ("hk-hkex-and-sfc", "港交所与证监会今日联合发表咨询文件。", {"港交所", "证监会"}),
    ("cn-sse-star-board", "上交所科创板今年新增上市公司三十家。", {"上交所"}),
    ("cn-sse-star-board-trad", "上交所科創板今年新增上市公司三十家。", {"上交所"}),
]

GOVERNMENT_NAMED = [
    ("hk-statistics-department-trad", "政府統計處今日公布，今年第二季失業率為百分之三點一。", {"政府統計處"}),
    ("hk-statistics-department", "政府统计处今日公布，今年第二季失业率为百分之三点一。", {"政府统计处"}),
    ("hk-statistics-same-day-trad", "另外，政府統計處同日發表的數字顯示，上月出口貨值按年上升百分之五。", {"政府統計處"}),
    ("hk-statistics-head-title-trad", "政府統計處處長李美雲表示，人口普查將於明年六月展開。", {"政府統計處"}),
    ("hk-statistics-and-health-trad", "政府統計處與衞生署聯合進行的住戶調查結果今日出爐。", {"政府統計處", "衞生署"}),
    ("hk-statistics-and-health", "政府统计处与卫生署联合进行的住户调查结果今日出炉。", {"政府统计处", "卫生署"}),
    ("hk-information-services-trad", "政府新聞處今日發出新聞稿，公布新一輪資助計劃。", {"政府新聞處"}),
    ("hk-information-services", "政府新闻处今日发出新闻稿，公布新一轮资助计划。", {"政府新闻处"}),
    ("hk-laboratory-trad", "政府化驗所的化驗結果顯示，樣本含有禁用色素。", {"政府化驗所"}),
    ("hk-laboratory", "政府化验所的化验结果显示，样本含有禁用色素。", {"政府化验所"}),
    ("hk-logistics-trad", "政府物流服務署表示，新倉庫將於年底投入服務。", {"政府物流服務署"}),
    ("hk-property-agency-trad", "政府產業署正研究把空置校舍改作社區用途。", {"政府產業署"}),
    ("hk-property-agency", "政府产业署正研究把空置校舍改作社区用途。", {"政府产业署"}),
    ("near-sar-government-trad", "特區政府今日宣布，向合資格家庭發放一次性津貼。", set()),
    ("near-government-alone-trad", "政府今日公布最新的失業數字。", set()),
    ("near-government-departments-trad", "各政府部門將加強巡查，確保措施落實。", set()),
    ("near-government-departments", "各政府部门将加强巡查，确保措施落实。", set()),
    ("mo-statistics-bureau-trad", "統計暨普查局今日公布，上月訪澳旅客按年上升一成。", {"統計暨普查局"}),
    ("mo-statistics-bureau", "统计暨普查局今日公布，上月访澳旅客按年上升一成。", {"统计暨普查局"}),
    ("tw-accounting-statistics-trad", "行政院主計總處今天公布，第三季經濟成長率為百分之四點二。", {"行政院主計總處"}),
]

KINDS = [
    ("sg-single-family-offices", "政务部长说，单一家族办公室的数目去年增至约两千家。", set()),
    ("sg-single-family-offices-trad", "政務部長說，單一家族辦公室的數目去年增至約兩千家。", set()),
    ("sg-family-office-incentive", "金管局将就家族办公室税务优惠计划展开公众咨询。", {"金管局"}),
    ("sg-family-office-incentive-trad", "金管局將就家族辦公室稅務優惠計劃展開公眾諮詢。", {"金管局"}),
    ("hk-family-offices-attracted-trad", "投資推廣署表示，去年協助六十間家族辦公室落戶香港。", {"投資推廣署"}),
    ("hk-family-offices-attracted", "投资推广署表示，去年协助六十间家族办公室落户香港。", {"投资推广署"}),
    ("near-named-family-office", "东林家族办公室有限公司今天宣布在新加坡设立分部。", {"东林家族办公室有限公司"}),
    ("near-named-family-office-trad", "東林家族辦公室有限公司今天宣布在新加坡設立分部。", {"東林家族辦公室有限公司"}),
    ("my-rural-schools", "他指出，乡区学校考生的表现进步显著。", set()),
    ("my-rural-schools-trad", "他指出，鄉區學校考生的表現進步顯著。", set()),
    ("cn-rural-schools", "调查发现，农村学校的英语教师仍然短缺。", set()),
    ("cn-rural-schools-trad", "調查發現，農村學校的英語教師仍然短缺。", set()),
    ("my-urban-and-rural-schools", "城市学校与乡区学校的成绩差距逐年缩小。", set()),
    ("my-urban-and-rural-schools-trad", "城市學校與鄉區學校的成績差距逐年縮小。", set()),
    ("my-school-kinds-list", "预算案拨出三千万令吉，为州内逾百所华小、淡小及宗教学校提供维修拨款。", set()),
    ("my-school-kinds-list-trad", "預算案撥出三千萬令吉，為州內逾百所華小、淡小及宗教學校提供維修撥款。", set()),
    ("my-school-kinds-and", "华小和宗教学校的维修拨款今年增加一成。", set()),
    ("my-school-kinds-and-trad", "華小和宗教學校的維修撥款今年增加一成。", set()),
    ("tw-private-clinics-trad", "衛生局提醒，私人診所須在月底前完成登記。", {"衛生局"}),
    ("near-named-rural-school", "乡区的东林中学今年有八十名考生全科及格。", {"东林中学"}),
    ("near-named-rural-school-trad", "鄉區的東林中學今年有八十名考生全科及格。", {"東林中學"}),
    ("near-named-religious-school-trad", "東林宗教學校昨日舉辦開放日，吸引數百名家長。", {"東林宗教學校"}),
    ("my-national-type-schools-trad", "教育部表示，國中與華小的師資分配將重新檢討。", {"教育部"}),
    ("cn-private-kindergartens", "教育局提醒，民办幼儿园须在月底前完成年检。", {"教育局"}),
    ("cn-private-kindergartens-trad", "教育局提醒，民辦幼兒園須在月底前完成年檢。", {"教育局"}),
    ("sg-community-clubs-kind", "各区民众俱乐部将在周末举办中秋晚会。", set()),
]

KIND_REMENTION = [
    ("hk-association-remention-trad", "由溪灣區文化藝術協進會主辦的藝術節下月開幕。協進會主席麥志強表示，預算較上屆增加兩成。",
     {"溪灣區文化藝術協進會"}),
    ("hk-association-remention", "由溪湾区文化艺术协进会主办的艺术节下月开幕。协进会主席麦志强表示，预算较上届增加两成。",
     {"溪湾区文化艺术协进会"}),
    ("tw-foundation-remention-trad", "東林文教基金會今天捐贈平板電腦給偏鄉學童。基金會執行長林美君說，明年將擴大捐贈。",
     {"東林文教基金會"}),
    ("tw-foundation-remention", "东林文教基金会今天捐赠平板电脑给偏乡学童。基金会执行长林美君说，明年将扩大捐赠。",
     {"东林文教基金会"}),
    ("my-chamber-remention-trad", "霹靂東林商會昨日舉辦新春團拜。商會會長陳永福致詞時說，會員人數已突破五百人。",
     {"霹靂東林商會"}),
    ("my-chamber-remention", "霹雳东林商会昨日举办新春团拜。商会会长陈永福致词时说，会员人数已突破五百人。",
     {"霹雳东林商会"}),
    ("mo-federation-remention-trad", "澳門東林街坊聯合總會昨日舉行會員大會。聯合總會理事長梁國華表示，將增設長者服務。",
     {"東林街坊聯合總會"}),
    ("sg-association-remention", "新加坡东林宗乡协进会今天颁发奖学金。协进会会长黄志明说，今年受惠学生最多。",
     {"东林宗乡协进会"}),
    ("sg-association-remention-trad", "新加坡東林宗鄉協進會今天頒發獎學金。協進會會長黃志明說，今年受惠學生最多。",
     {"東林宗鄉協進會"}),
    ("near-kind-of-another-body-trad", "由溪灣區文化藝術協進會主辦、溪灣商戶聯會協辦的市集明日開幕。",
     {"溪灣區文化藝術協進會", "溪灣商戶聯會"}),
]

FUNDS = [
    ("mo-public-fund-briefing-trad", "東林社會互助基金昨日舉行傳媒吹風會，介紹新一年的資助安排。", {"東林社會互助基金"}),
    ("mo-public-fund-briefing", "东林社会互助基金昨日举行传媒吹风会，介绍新一年的资助安排。", {"东林社会互助基金"}),
    ("mo-fund-grants-trad", "今屆活動總預算約一百萬澳門元，部分獲溪光文化基金資助。", {"溪光文化基金"}),
    ("mo-fund-grants", "今届活动总预算约一百万澳门元，部分获溪光文化基金资助。", {"溪光文化基金"}),
    ("hk-charity-fund-partner-trad", "團隊下一步將與非牟利機構溪明基金合作，在區內試行植樹計劃。", {"溪明基金"}),
    ("hk-charity-fund-partner", "团队下一步将与非牟利机构溪明基金合作，在区内试行植树计划。", {"溪明基金"}),
    ("near-fund-as-money-trad", "政府將設立一筆五億元的基金，用於支援中小企。", set()),
    ("near-fund-as-money", "政府将设立一笔五亿元的基金，用于支援中小企。", set()),
    ("near-fund-size-trad", "該基金規模達五十億元，首年回報約百分之四。", set()),
    ("near-fund-size", "该基金规模达五十亿元，首年回报约百分之四。", set()),
    ("tw-fund-announces-trad", "東林教育發展基金今天宣布，明年起擴大補助偏鄉學校。", {"東林教育發展基金"}),
    ("sg-fund-partner", "溪川社区关怀基金将与三所中学合作，推出课后辅导计划。", {"溪川社区关怀基金"}),
    ("my-fund-grants-trad", "本屆活動部分經費獲溪城文教基金撥款資助。", {"溪城文教基金"}),
    ("cn-fund-invests", "基金将投向新能源和生物医药等领域。", set()),
    ("near-mpf-money-trad", "打工仔的強積金戶口今年平均錄得虧損。", set()),
    ("near-fund-products-trad", "投資者今年增持債券基金，減持股票基金。", set()),
]

BANK = EXCHANGES + GOVERNMENT_NAMED + KINDS + KIND_REMENTION + FUNDS

_FUND_GRANTS = ("a fund written before the grants it pays (获某基金资助) is read as a pot of money by the settled rule for "
                "某基金资助项目; telling a public fund that acts from money needs a ruling on the grant frame")
XFAIL: dict[str, str] = {
    "hk-laboratory": "所 closes no name built backwards (化验|所 is two words): the laboratory is not found at all",
    "hk-laboratory-trad": "所 closes no name built backwards (化验|所 is two words): the laboratory is not found at all",
    "mo-fund-grants": _FUND_GRANTS,
    "mo-fund-grants-trad": _FUND_GRANTS,
    "my-fund-grants-trad": _FUND_GRANTS,
    "near-fund-products-trad": "the verb 增持 is read into the fund product's name (增持|債券基金), which then passes as a body",
}


def test_organization_named_kinds_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_named_kinds_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
