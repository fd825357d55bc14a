"""Honorific styles and party posts around names (Malaysia, Singapore, Hong Kong, Macau, with mainland and Taiwan
controls), Simplified and Traditional. Every sentence and name is invented. Expected values by ANNOTATION.md: honorific
styles (敦, 丹斯里, 拿督斯里, 拿督, 拿汀, 普安斯里, 准拿督, 天猛公, 太平绅士, post-nominal letters) are honorifics like 先生,
not titles and not part of the name; a title is the post written directly before or after the name, across the style
(首席统计官|拿督|某某 gives 首席统计官); a party short form before a post is part of the title (马华总会长, 民政党署理主席).
Near misses: 拿督公 (a shrine deity), a style with no name, 太平紳士 as a heading of a count, party names alone.

people: {name: [titles as written, in order]}.
"""
import pytest

from extractor import extract


def _bank(case_id: str, text: str, people: dict[str, list[str]], xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, people, id=case_id, marks=marks)


STYLE_BETWEEN_TITLE_AND_NAME = [
    _bank("my-statistician-datuk-malay", "首席统计官拿督阿都拉曼昨日公布最新人口数据。", {"阿都拉曼": ["首席统计官"]}),
    _bank("my-statistician-datuk-malay-trad", "首席統計官拿督阿都拉曼昨日公布最新人口數據。", {"阿都拉曼": ["首席統計官"]}),
    _bank("my-school-board-tan-sri", "培南华小董事长丹斯里林金发致欢迎词。", {"林金发": ["培南华小董事长"]}),
    _bank("my-school-board-tan-sri-trad", "培南華小董事長丹斯里林金發致歡迎詞。", {"林金發": ["培南華小董事長"]}),
    _bank("my-state-exco-datuk", "雪州行政议员拿督黄思汉巡视灾区。", {"黄思汉": ["雪州行政议员"]}),
    _bank("my-state-exco-datuk-trad", "雪州行政議員拿督黃思漢巡視災區。", {"黃思漢": ["雪州行政議員"]}),
    _bank("my-party-president-datuk-seri", "马华总会长拿督斯里林国安在代表大会上致词。", {"林国安": ["马华总会长"]}),
    _bank("my-party-president-datuk-seri-trad", "馬華總會長拿督斯里林國安在代表大會上致詞。", {"林國安": ["馬華總會長"]}),
    _bank("my-party-deputy-president-datuk", "马华署理总会长拿督陈德明表示，党将全力助选。", {"陈德明": ["马华署理总会长"]}),
    _bank("my-party-deputy-president-datuk-trad", "馬華署理總會長拿督陳德明表示，黨將全力助選。", {"陳德明": ["馬華署理總會長"]}),
    _bank("my-party-vice-president-datuk", "马华副总会长拿督林志强表示，党将全力以赴。", {"林志强": ["马华副总会长"]}),
    _bank("my-party-vice-president-datuk-trad", "馬華副總會長拿督林志強表示，黨將全力以赴。", {"林志強": ["馬華副總會長"]}),
    _bank("my-minister-tan-sri", "交通部长丹斯里黄振华宣布新路线明年通车。", {"黄振华": ["交通部长"]}),
    _bank("my-minister-tan-sri-trad", "交通部長丹斯里黃振華宣布新路線明年通車。", {"黃振華": ["交通部長"]}),
    _bank("my-deputy-minister-datin", "妇女部副部长拿汀李美珍出席推介礼。", {"李美珍": ["妇女部副部长"]}),
    _bank("my-deputy-minister-datin-trad", "婦女部副部長拿汀李美珍出席推介禮。", {"李美珍": ["婦女部副部長"]}),
    _bank("my-chamber-president-tan-sri", "中华总商会会长丹斯里吴德明致欢迎词。", {"吴德明": ["中华总商会会长"]}),
    _bank("my-chamber-president-tan-sri-trad", "中華總商會會長丹斯里吳德明致歡迎詞。", {"吳德明": ["中華總商會會長"]}),
    _bank("my-menteri-besar-datuk-seri", "柔佛州务大臣拿督斯里陈志远主持开幕仪式。", {"陈志远": ["柔佛州务大臣"]}),
    _bank("my-menteri-besar-datuk-seri-trad", "柔佛州務大臣拿督斯里陳志遠主持開幕儀式。", {"陳志遠": ["柔佛州務大臣"]}),
    _bank("my-chief-minister-datuk-seri-malay", "马六甲首席部长拿督斯里沙里尔宣布新措施。", {"沙里尔": ["马六甲首席部长"]}),
    _bank("my-chief-minister-datuk-seri-malay-trad", "馬六甲首席部長拿督斯里沙里爾宣布新措施。", {"沙里爾": ["馬六甲首席部長"]}),
    _bank("my-bank-governor-tan-sri-malay", "国家银行总裁丹斯里莫哈末指出，通胀将保持温和。", {"莫哈末": ["国家银行总裁"]}),
    _bank("my-bank-governor-tan-sri-malay-trad", "國家銀行總裁丹斯里莫哈末指出，通脹將保持溫和。", {"莫哈末": ["國家銀行總裁"]}),
    _bank("my-speaker-tan-sri-datuk", "州议会议长丹斯里拿督陈志明主持州议会开幕。", {"陈志明": ["州议会议长"]}),
    _bank("my-speaker-tan-sri-datuk-trad", "州議會議長丹斯里拿督陳志明主持州議會開幕。", {"陳志明": ["州議會議長"]}),
    _bank("my-association-chair-datuk-paduka", "董总主席拿督巴杜卡黄国伟呼吁政府增加拨款。", {"黄国伟": ["董总主席"]}),
    _bank("my-association-chair-datuk-paduka-trad", "董總主席拿督巴杜卡黃國偉呼籲政府增加撥款。", {"黃國偉": ["董總主席"]}),
    _bank("my-hospital-director-datuk-indian", "中央医院院长拿督古玛出席义诊活动。", {"古玛": ["中央医院院长"]}),
    _bank("my-hospital-director-datuk-indian-trad", "中央醫院院長拿督古瑪出席義診活動。", {"古瑪": ["中央醫院院長"]}),
    _bank("my-guild-president-datuk-wira", "福建会馆会长拿督威拉张国强主持新春团拜。", {"张国强": ["福建会馆会长"]}),
    _bank("my-guild-president-datuk-wira-trad", "福建會館會長拿督威拉張國強主持新春團拜。", {"張國強": ["福建會館會長"]}),
    _bank("my-party-youth-chief-datuk", "民政党青年团团长拿督刘家伟率团拜访。", {"刘家伟": ["民政党青年团团长"]}),
    _bank("my-party-youth-chief-datuk-trad", "民政黨青年團團長拿督劉家偉率團拜訪。", {"劉家偉": ["民政黨青年團團長"]}),
    _bank("my-former-minister-tun", "前首相敦马哈迪昨日出席论坛。", {"马哈迪": ["前首相"]}),
    _bank("my-former-minister-tun-trad", "前首相敦馬哈迪昨日出席論壇。", {"馬哈迪": ["前首相"]}),
    _bank("my-trustee-chair-puan-sri", "基金会主席普安斯里李秀英移交善款。", {"李秀英": ["基金会主席"]}),
    _bank("my-trustee-chair-puan-sri-trad", "基金會主席普安斯里李秀英移交善款。", {"李秀英": ["基金會主席"]}),
    _bank("my-company-ceo-datuk", "云顶集团首席执行员拿督林国荣公布业绩。", {"林国荣": ["云顶集团首席执行员"]}),
    _bank("my-company-ceo-datuk-trad", "雲頂集團首席執行員拿督林國榮公布業績。", {"林國榮": ["雲頂集團首席執行員"]}),
    _bank("my-sabah-minister-datuk-seri", "沙巴首长拿督斯里哈芝芝宣布州预算案。", {"哈芝芝": ["沙巴首长"]}),
    _bank("my-sabah-minister-datuk-seri-trad", "沙巴首長拿督斯里哈芝芝宣佈州預算案。", {"哈芝芝": ["沙巴首長"]}),
    _bank("my-mp-datuk-chinese", "士拉央国会议员拿督陈伟明为居民派发物资。", {"陈伟明": ["士拉央国会议员"]}),
    _bank("my-mp-datuk-chinese-trad", "士拉央國會議員拿督陳偉明為居民派發物資。", {"陳偉明": ["士拉央國會議員"]}),
    _bank("my-trustee-datin-seri", "董事会主席拿汀斯里黄丽华主持颁奖礼。", {"黄丽华": ["董事会主席"]}),
    _bank("my-trustee-datin-seri-trad", "董事會主席拿汀斯里黃麗華主持頒獎禮。", {"黃麗華": ["董事會主席"]}),
]

STYLE_AT_SENTENCE_START = [
    _bank("my-datuk-seri-opens", "拿督斯里林国安致词时指出，华社必须团结。", {"林国安": []}),
    _bank("my-datuk-seri-opens-trad", "拿督斯里林國安致詞時指出，華社必須團結。", {"林國安": []}),
    _bank("my-datuk-opens", "拿督李文强昨日捐出一笔善款。", {"李文强": []}),
    _bank("my-datuk-opens-trad", "拿督李文強昨日捐出一筆善款。", {"李文強": []}),
    _bank("my-tan-sri-opens", "丹斯里吴德明昨日宣布退休。", {"吴德明": []}),
    _bank("my-tan-sri-opens-trad", "丹斯里吳德明昨日宣布退休。", {"吳德明": []}),
    _bank("my-tun-opens", "敦林良实昨日出席追思会。", {"林良实": []}),
    _bank("my-tun-opens-trad", "敦林良實昨日出席追思會。", {"林良實": []}),
    _bank("my-datin-opens", "拿汀黄美玲主持剪彩仪式。", {"黄美玲": []}),
    _bank("my-datin-opens-trad", "拿汀黃美玲主持剪綵儀式。", {"黃美玲": []}),
    _bank("my-puan-sri-opens", "普安斯里李秀英出席慈善晚宴。", {"李秀英": []}),
    _bank("my-puan-sri-opens-trad", "普安斯里李秀英出席慈善晚宴。", {"李秀英": []}),
    _bank("my-junior-datuk-opens", "准拿督陈国华出席晚宴。", {"陈国华": []}),
    _bank("my-junior-datuk-opens-trad", "準拿督陳國華出席晚宴。", {"陳國華": []}),
    _bank("my-malay-datuk-seri-opens", "拿督斯里沙里尔表示，政府将检讨政策。", {"沙里尔": []}),
    _bank("my-malay-datuk-seri-opens-trad", "拿督斯里沙里爾表示，政府將檢討政策。", {"沙里爾": []}),
    _bank("my-malay-tan-sri-opens", "丹斯里莫哈末出席开幕仪式。", {"莫哈末": []}),
    _bank("my-malay-tan-sri-opens-trad", "丹斯里莫哈末出席開幕儀式。", {"莫哈末": []}),
    _bank("my-malay-datuk-opens", "拿督阿都拉曼昨日抵达灾区。", {"阿都拉曼": []}),
    _bank("my-malay-datuk-opens-trad", "拿督阿都拉曼昨日抵達災區。", {"阿都拉曼": []}),
    _bank("my-tan-sri-datuk-opens", "丹斯里拿督陈志明捐出一百万令吉。", {"陈志明": []}),
    _bank("my-tan-sri-datuk-opens-trad", "丹斯里拿督陳志明捐出一百萬令吉。", {"陳志明": []}),
    _bank("my-temenggong-opens", "天猛公林亚福代表村民发言。", {"林亚福": []}),
    _bank("my-temenggong-opens-trad", "天猛公林亞福代表村民發言。", {"林亞福": []}),
    _bank("my-style-after-comma", "会上，拿督黄振华宣布捐款。", {"黄振华": []}),
    _bank("my-style-after-comma-trad", "會上，拿督黃振華宣佈捐款。", {"黃振華": []}),
    _bank("my-style-then-title-after", "拿督林志勇会长致词时表示，会馆将扩建。", {"林志勇": ["会长"]}),
    _bank("my-style-then-title-after-trad", "拿督林志勇會長致詞時表示，會館將擴建。", {"林志勇": ["會長"]}),
    _bank("my-two-styled-names", "拿督林志勇与丹斯里吴德明一同主持仪式。", {"林志勇": [], "吴德明": []}),
    _bank("my-two-styled-names-trad", "拿督林志勇與丹斯里吳德明一同主持儀式。", {"林志勇": [], "吳德明": []}),
]

STYLES_AFTER_THE_NAME = [
    _bank("hk-jp-after", "陳大文太平紳士在典禮上致辭。", {"陳大文": []}),
    _bank("hk-jp-after-simplified", "陈大文太平绅士在典礼上致辞。", {"陈大文": []}),
    _bank("hk-title-name-jp", "民政事務局局長黃國華太平紳士主禮。", {"黃國華": ["民政事務局局長"]}),
    _bank("hk-title-name-jp-simplified", "民政事务局局长黄国华太平绅士主礼。", {"黄国华": ["民政事务局局长"]}),
    _bank("hk-post-nominal-letters-comma-trad", "陳大文, SBS, JP出席典禮。", {"陳大文": []}),
    _bank("hk-post-nominal-bbs-trad", "陳大文BBS主持開幕禮。", {"陳大文": []}),
    _bank("hk-post-nominal-mh-jp-trad", "區議會主席李志強MH, JP致辭。", {"李志強": ["區議會主席"]}),
    _bank("hk-gbs-after-title-trad", "行政會議召集人葉志明GBS出席論壇。", {"葉志明": ["行政會議召集人"]}),
    _bank("hk-jp-chair-trad", "商會主席何嘉欣太平紳士致歡迎辭。", {"何嘉欣": ["商會主席"]}),
    _bank("hk-jp-chair", "商会主席何嘉欣太平绅士致欢迎辞。", {"何嘉欣": ["商会主席"]}),
    _bank("hk-bbs-jp-school-trad", "校監梁志明BBS太平紳士頒發獎狀。", {"梁志明": ["校監"]}),
    _bank("macau-medal-after-trad", "澳門中華總商會會長馬志成主持酒會。", {"馬志成": ["澳門中華總商會會長"]}),
    _bank("my-jp-after", "雪州议员黄伟强太平局绅呼吁居民小心。", {"黄伟强": ["雪州议员"]}),
    _bank("my-jp-after-trad", "雪州議員黃偉強太平局紳呼籲居民小心。", {"黃偉強": ["雪州議員"]}),
    _bank("hk-sir-trad", "鍾士元爵士昨日出席晚宴。", {"鍾士元": []}),
    _bank("hk-sir", "钟士元爵士昨日出席晚宴。", {"钟士元": []}),
]

SINGAPORE_AND_OTHERS = [
    _bank("sg-party-secretary-general", "人民行动党秘书长黄志明出席大会。", {"黄志明": ["人民行动党秘书长"]}),
    _bank("sg-party-secretary-general-trad", "人民行動黨秘書長黃志明出席大會。", {"黃志明": ["人民行動黨秘書長"]}),
    _bank("sg-workers-party-chair", "工人党主席林慧玲走访选区。", {"林慧玲": ["工人党主席"]}),
    _bank("sg-workers-party-chair-trad", "工人黨主席林慧玲走訪選區。", {"林慧玲": ["工人黨主席"]}),
    _bank("sg-minister-plain", "贸工部长林文杰说，经济今年将温和增长。", {"林文杰": ["贸工部长"]}),
    _bank("sg-minister-plain-trad", "貿工部長林文傑說，經濟今年將溫和增長。", {"林文傑": ["貿工部長"]}),
    _bank("sg-mp-after-name", "陈丽芳议员在国会提出质询。", {"陈丽芳": ["议员"]}),
    _bank("my-dap-secretary-general", "行动党秘书长陆兆福宣布候选人名单。", {"陆兆福": ["行动党秘书长"]}),
    _bank("my-dap-secretary-general-trad", "行動黨秘書長陸兆福宣佈候選人名單。", {"陸兆福": ["行動黨秘書長"]}),
    _bank("my-gerakan-acting-chair", "民政党署理主席黄志明说，党会继续为人民服务。", {"黄志明": ["民政党署理主席"]}),
    _bank("my-gerakan-acting-chair-trad", "民政黨署理主席黃志明說，黨會繼續為人民服務。", {"黃志明": ["民政黨署理主席"]}),
    _bank("my-mca-no-style", "马华总会长林国安宣布竞选连任。", {"林国安": ["马华总会长"]}),
    _bank("my-mca-no-style-trad", "馬華總會長林國安宣佈競選連任。", {"林國安": ["馬華總會長"]}),
    _bank("my-mca-secretary-general", "马华总秘书陈文华召开记者会。", {"陈文华": ["马华总秘书"]}),
    _bank("my-mca-secretary-general-trad", "馬華總秘書陳文華召開記者會。", {"陳文華": ["馬華總秘書"]}),
    _bank("mainland-chairman-control", "省政协主席刘文华出席座谈会。", {"刘文华": ["省政协主席"]}),
    _bank("mainland-chairman-control-trad", "省政協主席劉文華出席座談會。", {"劉文華": ["省政協主席"]}),
    _bank("tw-party-chair-control-trad", "國民黨主席朱立明今天出席黨慶。", {"朱立明": ["國民黨主席"]}),
    _bank("tw-party-chair-control", "国民党主席朱立明今天出席党庆。", {"朱立明": ["国民党主席"]}),
    _bank("macau-director-control-trad", "澳門旅遊局局長何美儀介紹推廣計劃。", {"何美儀": ["澳門旅遊局局長"]}),
    _bank("macau-director-control", "澳门旅游局局长何美仪介绍推广计划。", {"何美仪": ["澳门旅游局局长"]}),
    _bank("hk-secretary-control-trad", "財政司司長方國良出席論壇。", {"方國良": ["財政司司長"]}),
]

NEAR_MISSES = [
    _bank("my-datuk-gong-shrine", "村民在拿督公庙前举行祭拜仪式。", {}),
    _bank("my-datuk-gong-shrine-trad", "村民在拿督公廟前舉行祭拜儀式。", {}),
    _bank("my-datuk-gong-deity", "信徒每逢初一十五都会祭拜拿督公。", {}),
    _bank("my-datuk-gong-deity-trad", "信徒每逢初一十五都會祭拜拿督公。", {}),
    _bank("my-style-alone", "他去年获苏丹封赐拿督勋衔。", {}),
    _bank("my-style-alone-trad", "他去年獲蘇丹封賜拿督勳銜。", {}),
    _bank("my-style-alone-plural", "多名丹斯里和拿督出席了晚宴。", {}),
    _bank("my-style-alone-plural-trad", "多名丹斯里和拿督出席了晚宴。", {}),
    _bank("hk-jp-count-heading-trad", "政府今年委任80名太平紳士。", {}),
    _bank("hk-jp-count-heading", "政府今年委任80名太平绅士。", {}),
    _bank("hk-jp-plural-trad", "太平紳士定期巡視懲教院所。", {}),
    _bank("my-party-names-only", "马华公会与民政党昨日举行会谈。", {}),
    _bank("my-party-names-only-trad", "馬華公會與民政黨昨日舉行會談。", {}),
    _bank("sg-party-name-only", "人民行动党在大选中赢得多数议席。", {}),
    _bank("sg-party-name-only-trad", "人民行動黨在大選中贏得多數議席。", {}),
    _bank("my-dap-name-only", "行动党昨日召开中委会会议。", {}),
    _bank("my-dap-name-only-trad", "行動黨昨日召開中委會會議。", {}),
    _bank("my-mca-alone-is-no-person", "马华将在下周召开中央代表大会。", {}),
    _bank("my-mca-alone-is-no-person-trad", "馬華將在下週召開中央代表大會。", {}),
    _bank("my-tun-in-a-name-of-a-road", "车祸发生在敦拉萨路。", {}),
    _bank("my-post-alone", "马华总会长一职将在年底改选。", {}),
    _bank("my-post-alone-trad", "馬華總會長一職將在年底改選。", {}),
    _bank("hk-sbs-word-alone-trad", "他去年獲頒SBS勳章。", {}),
    _bank("my-datuk-title-conferred", "苏丹生日册封名单中共有30名拿督。", {}),
]


ALL = STYLE_BETWEEN_TITLE_AND_NAME + STYLE_AT_SENTENCE_START + STYLES_AFTER_THE_NAME + SINGAPORE_AND_OTHERS + NEAR_MISSES


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(dict.fromkeys(t.text for t in p.titles)) for p in extract(text).people}


@pytest.mark.parametrize("text, people", ALL)
def test_honorific_styles(text, people):
    assert _people(text) == people


PARTY_ORGANISATIONS = [  # a party written alone is an organisation; a deity shrine is none
    pytest.param("马华公会与民政党昨日举行会谈。", ["马华公会", "民政党"], id="party-names-are-organisations"),
    pytest.param("馬華公會與民政黨昨日舉行會談。", ["馬華公會", "民政黨"], id="party-names-are-organisations-trad"),
    pytest.param("人民行动党在大选中赢得多数议席。", ["人民行动党"], id="sg-party-is-organisation"),
    pytest.param("天猛公林亚福代表村民发言。", [], id="style-and-name-is-no-organisation"),
    pytest.param("天猛公林亞福代表村民發言。", [], id="style-and-name-is-no-organisation-trad"),
    pytest.param("村民在拿督公庙前举行祭拜仪式。", [], id="shrine-is-no-body"),
]


@pytest.mark.parametrize("text, organizations", PARTY_ORGANISATIONS)
def test_party_organisations(text, organizations):
    assert [o.name for o in extract(text).organizations] == organizations
