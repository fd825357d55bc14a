"""Organisations of public-news sentences the extractor missed or cut wrongly, by class (ANNOTATION.md "Organisations"
and "Borderline calls"): invented sentences in Simplified and Traditional from the mainland, Hong Kong, Macau, Taiwan,
Singapore and Malaysia. Each row asserts the exact set of organisations extract() lists.

- INTERNATIONAL_BODIES: an international body written by its fixed name or standard short form (北约, 欧佩克, 亚太经合组织,
  世卫组织, 亚投行, 安理会) is an organisation wherever it stands as one, as subject, partner or owner of a post; an
  abbreviation in brackets after the full name is an alias, no second entry;
- BLOCS_ACTING: a bloc of countries that is also a body (东盟, 欧盟, 亚细安, 東協) counts where it acts or is treated as
  a body: as subject of a ruling or adoption (裁定, 采用, 展开调查), playing a role (在…发挥/扮演), founded (成立),
  as the other side of relations (与东盟的关系), or before its post (秘书长);
- BLOC_NEAR_MISSES: a bloc written as a place or market (出口东盟市场, 赴欧盟考察, 东盟国家), or a body named only inside
  an event's name (某某博览会, 某某峰会), gives no organisation;
- DESCRIPTOR_BEFORE_NAME: a praising descriptor of a school written in apposition before its name (著名学府, 知名学府,
  最高学府, 百年名校, 老牌名校) is no part of the name; DESCRIPTOR_NEAR_MISSES: the descriptor alone names no body;
- CO_ACTION_GLUED: two departments joined by a verb of acting together (会同, 联同, 协同) are two bodies, never one name
  that holds the verb (the tokenizer glues 纪委会|同); a place named 会同 (会同县) keeps its body whole.

Every person and body is invented (the international bodies are the real ones whose names are the class); the rows were
written before the extractor was run on them."""
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

INTERNATIONAL_BODIES = [
    ('cn-nato-talks', '俄罗斯与北约昨日就军控问题举行会谈。', {'北约'}),
    ('cn-nato-talks-trad', '俄羅斯與北約昨日就軍控問題舉行會談。', {'北約'}),
    ('hk-opec-announces', '欧佩克周三宣布维持原油产量不变。', {'欧佩克'}),
    ('hk-opec-announces-trad', '歐佩克週三宣佈維持原油產量不變。', {'歐佩克'}),
    ('sg-opec-full-with-alias', '石油输出国组织（欧佩克）昨日表示，将在下月增产。', {'石油输出国组织'}),
    ('sg-opec-full-with-alias-trad', '石油輸出國組織（歐佩克）昨日表示，將在下月增產。', {'石油輸出國組織'}),
    ('my-apec-purpose', '亚太经合组织的宗旨是促进区域经济合作。', {'亚太经合组织'}),
    ('my-apec-purpose-trad', '亞太經合組織的宗旨是促進區域經濟合作。', {'亞太經合組織'}),
    ('tw-oecd-report', '经合组织今天发布报告，下调全球经济增长预测。', {'经合组织'}),
    ('tw-oecd-report-trad', '經合組織今天發佈報告，下調全球經濟增長預測。', {'經合組織'}),
    ('mo-imf-report', '国际货币基金组织今日发表报告，称澳门经济持续复苏。', {'国际货币基金组织'}),
    ('mo-imf-report-trad', '國際貨幣基金組織今日發表報告，稱澳門經濟持續復甦。', {'國際貨幣基金組織'}),
    ('cn-cis-role', '哈萨克斯坦总统表示，独联体在地区合作中发挥了重要作用。', {'独联体'}),
    ('cn-cis-role-trad', '哈薩克斯坦總統表示，獨聯體在地區合作中發揮了重要作用。', {'獨聯體'}),
    ('hk-au-calls', '非盟呼吁冲突各方立即停火。', {'非盟'}),
    ('hk-au-calls-trad', '非盟呼籲衝突各方立即停火。', {'非盟'}),
    ('sg-arab-league-chief', '阿盟秘书长阿里·穆萨维昨日抵达开罗。', {'阿盟'}),
    ('sg-arab-league-chief-trad', '阿盟祕書長阿里·穆薩維昨日抵達開羅。', {'阿盟'}),
    ('my-sco-ministers', '上合组织成员国外长昨日在阿斯塔纳会晤。', {'上合组织'}),
    ('my-sco-ministers-trad', '上合組織成員國外長昨日在阿斯塔納會晤。', {'上合組織'}),
    ('tw-wto-rules', '世贸组织裁定该国的补贴措施违反规则。', {'世贸组织'}),
    ('tw-wto-rules-trad', '世貿組織裁定該國的補貼措施違反規則。', {'世貿組織'}),
    ('cn-who-declares', '世卫组织今天宣布，疫情已不再构成国际关注的突发公共卫生事件。', {'世卫组织'}),
    ('cn-who-declares-trad', '世衛組織今天宣佈，疫情已不再構成國際關注的突發公共衛生事件。', {'世衛組織'}),
    ('hk-aiib-loan', '亚投行批准向孟加拉国提供一笔贷款。', {'亚投行'}),
    ('hk-aiib-loan-trad', '亞投行批准向孟加拉國提供一筆貸款。', {'亞投行'}),
    ('mo-adb-forecast', '亚洲开发银行预计，今年澳门经济将增长百分之六。', {'亚洲开发银行'}),
    ('mo-adb-forecast-trad', '亞洲開發銀行預計，今年澳門經濟將增長百分之六。', {'亞洲開發銀行'}),
    ('sg-iaea-chief', '国际原子能机构总干事表示，核查工作将于下月展开。', {'国际原子能机构'}),
    ('sg-iaea-chief-trad', '國際原子能機構總幹事表示，覈查工作將於下月展開。', {'國際原子能機構'}),
    ('my-unesco-lists', '联合国教科文组织将槟城乔治市列入世界遗产名录。', {'联合国教科文组织'}),
    ('my-unesco-lists-trad', '聯合國教科文組織將檳城喬治市列入世界遺產名錄。', {'聯合國教科文組織'}),
    ('cn-nato-full-with-alias', '北大西洋公约组织（北约）秘书长在布鲁塞尔表示，将加强东翼防务。', {'北大西洋公约组织'}),
    ('cn-nato-full-with-alias-trad', '北大西洋公約組織（北約）祕書長在布魯塞爾表示，將加強東翼防務。', {'北大西洋公約組織'}),
    ('tw-ioc-announces', '国际奥委会昨天宣布，下届冬奥会将增设两个小项。', {'国际奥委会'}),
    ('tw-ioc-announces-trad', '國際奧委會昨天宣佈，下屆冬奧會將增設兩個小項。', {'國際奧委會'}),
    ('hk-world-bank-report', '世界银行今日发表报告，预计亚太区经济增长放缓。', {'世界银行'}),
    ('hk-world-bank-report-trad', '世界銀行今日發表報告，預計亞太區經濟增長放緩。', {'世界銀行'}),
    ('sg-asean-full-founded', '东南亚国家联盟成立于1967年。', {'东南亚国家联盟'}),
    ('sg-asean-full-founded-trad', '東南亞國家聯盟成立於1967年。', {'東南亞國家聯盟'}),
    ('my-eu-full-signs', '欧洲联盟与马来西亚昨日签署合作协定。', {'欧洲联盟'}),
    ('my-eu-full-signs-trad', '歐洲聯盟與馬來西亞昨日簽署合作協定。', {'歐洲聯盟'}),
    ('cn-security-council', '安理会昨天一致通过一项决议。', {'安理会'}),
    ('cn-security-council-trad', '安理會昨天一致通過一項決議。', {'安理會'}),
    ('mo-interpol-notice', '国际刑警组织向各成员发出红色通缉令。', {'国际刑警组织'}),
    ('mo-interpol-notice-trad', '國際刑警組織向各成員發出紅色通緝令。', {'國際刑警組織'}),
    ('tw-iea-forecast', '国际能源署预测，明年全球石油需求将增加。', {'国际能源署'}),
    ('tw-iea-forecast-trad', '國際能源署預測，明年全球石油需求將增加。', {'國際能源署'}),
    ('my-gcc-chief-visits', '海合会秘书长昨日访问吉隆坡。', {'海合会'}),
    ('my-gcc-chief-visits-trad', '海合會祕書長昨日訪問吉隆坡。', {'海合會'}),
]

BLOCS_ACTING = [
    ('cn-asean-plays-role', '东盟在地区事务中发挥着重要作用。', {'东盟'}),
    ('cn-asean-plays-role-trad', '東盟在地區事務中發揮着重要作用。', {'東盟'}),
    ('my-asean-supported-role', '中国一贯支持东盟在区域合作中发挥主导作用。', {'东盟'}),
    ('my-asean-supported-role-trad', '中國一貫支持東盟在區域合作中發揮主導作用。', {'東盟'}),
    ('sg-relations-with-asean', '新加坡重视发展与东盟的关系。', {'东盟'}),
    ('sg-relations-with-asean-trad', '新加坡重視發展與東盟的關係。', {'東盟'}),
    ('hk-eu-rules', '欧盟裁定该公司滥用市场支配地位。', {'欧盟'}),
    ('hk-eu-rules-trad', '歐盟裁定該公司濫用市場支配地位。', {'歐盟'}),
    ('tw-eu-adopts', '欧盟采用新的碳排放标准。', {'欧盟'}),
    ('tw-eu-adopts-trad', '歐盟採用新的碳排放標準。', {'歐盟'}),
    ('mo-asean-founding-anniversary', '东盟成立五十周年之际，澳门举办了图片展。', {'东盟'}),
    ('mo-asean-founding-anniversary-trad', '東盟成立五十週年之際，澳門舉辦了圖片展。', {'東盟'}),
    ('sg-asean-local-name-chief', '亚细安秘书长昨日出席论坛并发表讲话。', {'亚细安'}),
    ('sg-asean-local-name-chief-trad', '亞細安祕書長昨日出席論壇並發表講話。', {'亞細安'}),
    ('hk-eu-commission', '欧盟委员会昨日公布新规。', {'欧盟委员会'}),
    ('hk-eu-commission-trad', '歐盟委員會昨日公佈新規。', {'歐盟委員會'}),
    ('tw-eu-opens-probe', '欧盟对台湾的进口钢材展开调查。', {'欧盟'}),
    ('tw-eu-opens-probe-trad', '歐盟對臺灣的進口鋼材展開調查。', {'歐盟'}),
]

BLOC_NEAR_MISSES = [
    ('cn-asean-market-place', '这批产品主要出口东盟市场。', set()),
    ('cn-asean-market-place-trad', '這批產品主要出口東盟市場。', set()),
    ('my-trip-to-eu', '考察团下月将赴欧盟考察。', set()),
    ('my-trip-to-eu-trad', '考察團下月將赴歐盟考察。', set()),
    ('sg-expo-name-holds-asean', '中国—东盟博览会将于九月在南宁开幕。', set()),
    ('sg-expo-name-holds-asean-trad', '中國—東盟博覽會將於九月在南寧開幕。', set()),
    ('hk-summit-name-holds-nato', '北约峰会昨日在海牙闭幕。', set()),
    ('hk-summit-name-holds-nato-trad', '北約峯會昨日在海牙閉幕。', set()),
    ('tw-asean-countries-tourists', '东盟国家的游客人数持续增长。', set()),
    ('tw-asean-countries-tourists-trad', '東盟國家的遊客人數持續增長。', set()),
    ('mo-eu-countries-wine', '欧盟国家的葡萄酒在澳门很受欢迎。', set()),
    ('mo-eu-countries-wine-trad', '歐盟國家的葡萄酒在澳門很受歡迎。', set()),
    ('tw-asean-plays-role-trad', '東協在區域整合中扮演關鍵角色。', {'東協'}),
    ('tw-asean-market-place-trad', '這批農產品主要外銷東協市場。', set()),
]

DESCRIPTOR_BEFORE_NAME = [
    ('cn-famous-seat-of-learning', '他应邀在美国著名学府霍尔顿大学发表演讲。', {'霍尔顿大学'}),
    ('cn-famous-seat-of-learning-trad', '他應邀在美國著名學府霍爾頓大學發表演講。', {'霍爾頓大學'}),
    ('hk-well-known-seat', '她考入本港知名学府香江科技大学。', {'香江科技大学'}),
    ('hk-well-known-seat-trad', '她考入本港知名學府香江科技大學。', {'香江科技大學'}),
    ('tw-century-old-school', '百年名校育英中学昨日举行校庆。', {'育英中学'}),
    ('tw-century-old-school-trad', '百年名校育英中學昨日舉行校慶。', {'育英中學'}),
    ('sg-top-seat', '这名学生毕业于顶尖学府星洲理工大学。', {'星洲理工大学'}),
    ('sg-top-seat-trad', '這名學生畢業於頂尖學府星洲理工大學。', {'星洲理工大學'}),
    ('my-well-known-seat-expands', '知名学府槟城理工大学今年扩招。', {'槟城理工大学'}),
    ('my-well-known-seat-expands-trad', '知名學府檳城理工大學今年擴招。', {'檳城理工大學'}),
    ('mo-highest-seat', '澳门最高学府濠江大学今日举行毕业典礼。', {'濠江大学'}),
    ('mo-highest-seat-trad', '澳門最高學府濠江大學今日舉行畢業典禮。', {'濠江大學'}),
    ('cn-old-elite-school', '老牌名校东华师范大学宣布扩大招生规模。', {'东华师范大学'}),
    ('cn-old-elite-school-trad', '老牌名校東華師範大學宣佈擴大招生規模。', {'東華師範大學'}),
    ('cn-seat-signs', '知名学府江南理工大学与本市签约共建研究院。', {'江南理工大学'}),
    ('cn-seat-signs-trad', '知名學府江南理工大學與本市簽約共建研究院。', {'江南理工大學'}),
]

DESCRIPTOR_NEAR_MISSES = [
    ('cn-this-famous-seat', '这所著名学府有百年历史。', set()),
    ('cn-this-famous-seat-trad', '這所著名學府有百年曆史。', set()),
    ('hk-a-well-known-seat', '他考入了一所知名学府。', set()),
    ('hk-a-well-known-seat-trad', '他考入了一所知名學府。', set()),
]

CO_ACTION_GLUED = [
    ('cn-discipline-jointly', '南平市纪委会同延平区纪委查处了一批违规问题。', {'南平市纪委', '延平区纪委'}),
    ('cn-discipline-jointly-trad', '南平市紀委會同延平區紀委查處了一批違規問題。', {'南平市紀委', '延平區紀委'}),
    ('cn-bureau-jointly', '市商务局会同市财政局制定了补贴办法。', {'市财政局', '市商务局'}),
    ('cn-bureau-jointly-trad', '市商務局會同市財政局制定了補貼辦法。', {'市財政局', '市商務局'}),
    ('hk-department-together-with', '食物环境卫生署联同警务处昨日采取联合行动。', {'警务处', '食物环境卫生署'}),
    ('hk-department-together-with-trad', '食物環境衛生署聯同警務處昨日採取聯合行動。', {'警務處', '食物環境衛生署'}),
    ('mo-bureau-together-with', '市政署联同治安警察局今日巡查街市。', {'市政署', '治安警察局'}),
    ('mo-bureau-together-with-trad', '市政署聯同治安警察局今日巡查街市。', {'市政署', '治安警察局'}),
    ('tw-bureau-in-concert', '新北市环保局协同警察局取缔违规工厂。', {'新北市环保局', '警察局'}),
    ('tw-bureau-in-concert-trad', '新北市環保局協同警察局取締違規工廠。', {'警察局', '新北市環保局'}),
    ('sg-agency-together-with', '国家环境局联同陆路交通管理局展开检查。', {'陆路交通管理局', '国家环境局'}),
    ('sg-agency-together-with-trad', '國家環境局聯同陸路交通管理局展開檢查。', {'國家環境局', '陸路交通管理局'}),
    ('my-state-bureau-jointly', '槟州卫生局会同州消防局展开检查。', {'州消防局', '槟州卫生局'}),
    ('my-state-bureau-jointly-trad', '檳州衛生局會同州消防局展開檢查。', {'州消防局', '檳州衛生局'}),
    ('cn-department-jointly-issue', '省农业农村厅会同省林业局印发通知。', {'省农业农村厅', '省林业局'}),
    ('cn-department-jointly-issue-trad', '省農業農村廳會同省林業局印發通知。', {'省農業農村廳', '省林業局'}),
    ('cn-county-named-huitong', '会同县教育局今天发布通知。', {'会同县教育局'}),
    ('cn-county-named-huitong-trad', '會同縣教育局今天發佈通知。', {'會同縣教育局'}),
]

BANK = (INTERNATIONAL_BODIES + BLOCS_ACTING + BLOC_NEAR_MISSES + DESCRIPTOR_BEFORE_NAME + DESCRIPTOR_NEAR_MISSES
        + CO_ACTION_GLUED)

_STATE_LEVEL = ("a Malaysian state's department written with 州 alone (州消防局) loses 州 as a level word a re-mention leaves "
                "out (NAME_LEVEL_WORDS); the co-action split itself is right, the level rule is another class")
XFAIL: dict[str, str] = {
    "my-state-bureau-jointly": _STATE_LEVEL, "my-state-bureau-jointly-trad": _STATE_LEVEL,
    "tw-asean-market-place-trad": "Taiwan's 東協 is not among BLOCS/COUNTRIES: listing it there reads a bracketed alias 某林協會（東協）"
                                  " as a place after the name, so the tagger's 東協 before 市場 still stands as a body",
}


def test_organization_public_sentences_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_public_sentences_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
