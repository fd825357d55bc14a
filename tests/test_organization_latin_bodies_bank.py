"""Bodies and firms named in Latin script inside Chinese text, in invented sentences of the mainland, Hong Kong, Macau,
Taiwan, Singapore and Malaysian press, in Simplified and Traditional. Each row asserts the exact set of organisations
extract() lists, compared as the scorer compares them. Expected values by ANNOTATION.md "Organisations" (every body
named in the body text, in its longest written form, one entry each).

Classes:

- DOTTED_FORM: a Latin firm's name closed by a legal form written in dotted letters (B.V., N.V., S.A., S.p.A., A.G.,
  S.R.L.): the form with its points is the name's last word, as Sdn Bhd or Ltd is;
- BODY_WORD: a Latin name closed by the word of a body's kind (Council, Association, Authority, Foundation, Society,
  Institute, Commission, Agency, Federation, Chamber, Trust, Academy): a body, as 理事会 or 协会 closes a Chinese one;
- WITH_KIND: a Latin firm's name glued to a Chinese word of its kind (…& Partners律师事务所, …会计师事务所, …建筑师事务所,
  …公司): one name from the first Latin word to the kind, not the Latin part and a 'Partners律师事务所' beside it;
- SHOP_KIND_BEFORE: a Latin shop chain's name written right after its kind (连锁超市Kedai Murni, 便利店Mart Sentosa):
  the firm in apposition, as after 公司 or 赞助商, not a person's name;
- NEAR: look-alikes that must not change: people's and places' names in Latin script, events and products whose last
  word is no body's, a body word in small letters, Latin firms already closed by Sdn Bhd or Ltd, Chinese-only firms
  of the same kinds.

Rows marked -trad are the same sentences in Traditional characters (opencc s2t); the Latin part is unchanged.
Every person, firm and body is invented for this bank (places are real). Written, and committed, before running the
extractor on it."""
import opencc
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

_S2T = opencc.OpenCC("s2t")

DOTTED_FORM = [
    ("my-bv-talks", "林振坤透露，集团正与荷兰的Hovenberg Marine B.V.洽谈技术合作，预计年底前签约。", {"Hovenberg Marine B.V."}),
    ("sg-nv-sold-to", "该公司已把区域物流业务售予Kestrel Harbour N.V.，交易预计明年完成。", {"Kestrel Harbour N.V."}),
    ("hk-spa-memo", "本地一家港口营运商昨日与Dalmonte Logistica S.p.A.签署合作备忘录。", {"Dalmonte Logistica S.p.A."}),
    ("tw-sa-buyer", "这家面板厂去年把旧产线卖给Ferrand Optique S.A.，获利约三亿元。", {"Ferrand Optique S.A."}),
    ("mo-ag-designer", "酒店管理层委托Brunnhof Technik A.G.设计新的节能系统。", {"Brunnhof Technik A.G."}),
    ("cn-srl-supplier", "宁波一家机床厂的主要供应商是意大利的Torrenti Meccanica S.R.L.，合作已有十年。", {"Torrenti Meccanica S.R.L."}),
    ("my-bv-subject", "Zeelander Dredging B.V.昨日宣布，将在柔佛增设区域办事处。", {"Zeelander Dredging B.V."}),
    ("sg-nv-list", "参与竞标的包括Osterdam Power N.V.及本地两家工程公司。", {"Osterdam Power N.V."}),
    ("cn-sa-joint-venture", "双方将与Lumiere Verre S.A.成立合资公司，总投资约5亿元。", {"Lumiere Verre S.A."}),
    ("hk-bv-acquired", "該基金以2億港元收購Veldhoven Foods B.V.三成股權。", {"Veldhoven Foods B.V."}),
    ("tw-ag-partner", "工研團隊與Keltenberg Pharma A.G.合作開發新藥。", {"Keltenberg Pharma A.G."}),
    ("my-spa-dealer", "本地代理商获Fioravanti Moto S.p.A.授权，在马来西亚销售电动摩托。", {"Fioravanti Moto S.p.A."}),
    ("sg-bv-title", "Noordkaap Shipping B.V.亚洲区总裁黄立文说，新航线下月开通。", {"Noordkaap Shipping B.V."}),
    ("cn-bv-with-chinese-firm", "上海港湾工程有限公司与Rijnmond Havenbouw B.V.组成联合体中标。",
     {"上海港湾工程有限公司", "Rijnmond Havenbouw B.V."}),
    ("mo-sa-contract", "工程由Castelo Obras S.A.承建，預計兩年完工。", {"Castelo Obras S.A."}),
]

BODY_WORD = [
    ("my-council-co-organiser", "本届博览会由州政府主办，Penang Agro Promotion Council协办，设有3个展馆。",
     {"Penang Agro Promotion Council"}),
    ("my-council-subject", "Johor Rubber Smallholders Council昨日发表文告，促请当局检讨收购价。", {"Johor Rubber Smallholders Council"}),
    ("sg-society-announce", "Riverside Heritage Society昨天宣布，将修复两座战前店屋。", {"Riverside Heritage Society"}),
    ("hk-foundation-funds", "該項研究獲Harbour Marine Conservation Foundation資助約300萬港元。", {"Harbour Marine Conservation Foundation"}),
    ("tw-institute-memo", "研究團隊與Pacific Coral Research Institute簽署合作備忘錄。", {"Pacific Coral Research Institute"}),
    ("mo-association-head", "Macau Culinary Arts Association會長陳振邦表示，比賽吸引80名廚師參加。", {"Macau Culinary Arts Association"}),
    ("cn-commission-certify", "该批产品已获Asian Mangrove Conservation Commission认证。", {"Asian Mangrove Conservation Commission"}),
    ("sg-authority-said", "Marina Coastal Works Authority发言人说，工程将在明年完成。", {"Marina Coastal Works Authority"}),
    ("my-federation-joined", "该会已正式加入Malaysian Lion Dance Federation，成为第42个会员团体。", {"Malaysian Lion Dance Federation"}),
    ("my-chamber-with", "州政府将与Perak Tin Miners Chamber合作推动旅游。", {"Perak Tin Miners Chamber"}),
    ("sg-trust-grant", "Straits Literary Trust今年拨出20万元资助本地作家。", {"Straits Literary Trust"}),
    ("hk-academy-award", "她去年獲Kowloon Film Academy頒發終身成就獎。", {"Kowloon Film Academy"}),
    ("tw-agency-approve", "該藥品已通過Nordic Medicines Agency審查。", {"Nordic Medicines Agency"}),
    ("cn-association-sign", "浙江一家茶企与Ceylon Leaf Traders Association签订采购协议。", {"Ceylon Leaf Traders Association"}),
    ("mo-council-said", "Lusophone Tourism Council秘書長李嘉欣指出，旅客人數回升。", {"Lusophone Tourism Council"}),
    ("sg-institute-study", "Temasek Urban Studies Institute的调查显示，六成受访者支持新政策。", {"Temasek Urban Studies Institute"}),
    ("my-society-donate", "Ipoh Heritage Walk Society捐出RM5万，协助修复老街。", {"Ipoh Heritage Walk Society"}),
    ("hk-council-list", "出席者包括Harbour Arts Council及多個地區團體的代表。", {"Harbour Arts Council"}),
    ("tw-foundation-subject", "Formosa Ocean Foundation今天公布海廢調查結果。", {"Formosa Ocean Foundation"}),
    ("cn-federation-host", "本次比赛由Asia Dragon Boat Federation认可，共有24支队伍参赛。", {"Asia Dragon Boat Federation"}),
    ("my-association-title", "Sabah Orchid Growers Association主席黄志明说，兰花出口增长两成。", {"Sabah Orchid Growers Association"}),
    ("sg-commission-ruled", "Civic Arbitration Commission裁定，承包商须赔偿30万元。", {"Civic Arbitration Commission"}),
    ("mo-foundation-fund", "計劃由Pearl River Youth Foundation資助，共有60名學生受惠。", {"Pearl River Youth Foundation"}),
    ("my-council-alias", "Sarawak Pepper Marketing Council（SPMC）今年的收购量增加15%。", {"Sarawak Pepper Marketing Council"}),
    ("hk-authority-and-firm", "Harbourfront Transit Authority與Kingsway Engineering Ltd簽訂合約。",
     {"Harbourfront Transit Authority", "Kingsway Engineering Ltd"}),
]

WITH_KIND = [
    ("my-partners-law-firm-title", "南屿中学校友会会长、Tan Sin Loke & Partners律师事务所合伙人陈国伟宣布捐款20万元。",
     {"南屿中学校友会", "Tan Sin Loke & Partners律师事务所"}),
    ("my-partners-law-firm-subject", "Lim Wei & Partners律师事务所昨日发表声明，否认涉及该交易。", {"Lim Wei & Partners律师事务所"}),
    ("sg-partners-accountants", "审计工作由Goh Kah Heng & Partners会计师事务所负责。", {"Goh Kah Heng & Partners会计师事务所"}),
    ("hk-partners-law-firm", "代表原告的Wong Chi Lok & Partners律师事务所表示，將提出上訴。", {"Wong Chi Lok & Partners律师事务所"}),
    ("tw-partners-architects", "新館由Chen Ming Yuan & Partners建筑师事务所设计，明年動工。", {"Chen Ming Yuan & Partners建筑师事务所"}),
    ("mo-partners-law-firm-title", "Leong Kam Fai & Partners律師事務所合夥人梁嘉輝指出，新法將於明年生效。",
     {"Leong Kam Fai & Partners律師事務所"}),
    ("my-co-accountants", "Ong Beng Soon & Co会计师事务所董事经理王明顺说，今年业务增长一成。", {"Ong Beng Soon & Co会计师事务所"}),
    ("sg-associates-law-firm", "Rajan Menon & Associates律师事务所代表被告出庭。", {"Rajan Menon & Associates律师事务所"}),
    ("cn-partners-law-firm", "深圳一家企业委托Harrow Kent & Partners律师事务所处理海外诉讼。", {"Harrow Kent & Partners律师事务所"}),
    ("my-partners-consultants", "工程顾问为Yap Soon Huat & Partners工程顾问公司，合约价值RM300万。",
     {"Yap Soon Huat & Partners工程顾问公司"}),
    ("hk-partners-surveyors", "Chan Wing Kee & Partners測量師行估計，物業市值約5億港元。", {"Chan Wing Kee & Partners測量師行"}),
    ("sg-partners-law-firm-with-body", "Tay Boon Keng & Partners律师事务所与新加坡律师公会联办讲座。",
     {"Tay Boon Keng & Partners律师事务所", "新加坡律师公会"}),
]

SHOP_KIND_BEFORE = [
    ("my-chain-supermarket-sponsor", "赞助来自本地商家，包括Seremban Heritage Realty Sdn Bhd及本地连锁超市Kedai Sentosa。",
     {"Seremban Heritage Realty Sdn Bhd", "Kedai Sentosa"}),
    ("my-supermarket-subject", "连锁超市Pasar Bestari昨日宣布，将在柔佛增开5家分店。", {"Pasar Bestari"}),
    ("sg-convenience-store", "便利店Mart Harmoni今年在全岛增设20个门市。", {"Mart Harmoni"}),
    ("my-chain-store-title", "连锁店Kedai Rakyat Jaya创办人林文辉说，生意回升两成。", {"Kedai Rakyat Jaya"}),
    ("hk-supermarket-sells", "超市Harbour Fresh Market下月起停用膠袋。", {"Harbour Fresh Market"}),
    ("mo-department-store", "百貨Lotus Plaza Macau宣布延長營業時間。", {"Lotus Plaza Macau"}),
    ("tw-supermarket-list", "參與活動的有超市Fresh Island及3家餐廳。", {"Fresh Island"}),
]

NEAR = [
    ("my-person-bin", "检察官Ahmad Faizal bin Osman向庭上表示，控方有5名证人。", set()),
    ("my-place-latin", "他昨日从Kuala Lumpur驱车前往Johor Bahru出席活动。", set()),
    ("sg-event-summit", "Asia Youth Council Summit将于下月在新加坡举行。", set()),
    ("hk-product-name", "新款Harbour Pro Max手機下月在香港開售。", set()),
    ("tw-lowercase-council", "他說，這個council的制度值得台灣參考。", set()),
    ("my-sdn-bhd-unchanged", "工程由Meridian Jaya Construction Sdn Bhd承建。", {"Meridian Jaya Construction Sdn Bhd"}),
    ("sg-pte-ltd-unchanged", "Bayfront Analytics Pte Ltd昨天宣布裁员50人。", {"Bayfront Analytics Pte Ltd"}),
    ("hk-co-ltd-unchanged", "Pacific Star Co., Ltd.將在香港設立總部。", {"Pacific Star Co., Ltd."}),
    ("my-chinese-law-firm", "陈林律师事务所合伙人陈国伟说，案件下月审理。", {"陈林律师事务所"}),
    ("cn-chinese-accountants", "审计工作由华信会计师事务所负责。", {"华信会计师事务所"}),
    ("my-festival", "Penang Durian Festival吸引逾万人次参观。", set()),
    ("sg-book-title", "他的新书Streets of Old Singapore昨天推出。", set()),
    ("hk-person-latin", "主禮嘉賓包括Michael Chan Ka-wing及多名區議員。", set()),
    ("tw-street", "新店位於Pacific Avenue，明天開幕。", set()),
    ("my-law-firm-alone-mention", "律师事务所将在下周提交文件。", set()),
    ("mo-bv-initials-only", "他說，B.V.是荷蘭私人有限公司的縮寫。", set()),
    ("sg-council-word-first", "Council Chambers大楼下月起关闭维修。", set()),
    ("my-fc-unchanged", "Selangor Rovers FC昨晚以2比1击败对手。", {"Selangor Rovers FC"}),
    ("hk-lowercase-partners", "陳律師昨日與partners開會討論案情。", set()),
    ("my-supermarket-initials", "超市POS系统昨日一度故障。", set()),
    ("sg-supermarket-no-latin", "这家超市的营业额增长一成。", set()),
    ("cn-sa-grade", "该酒店获评S.A.级服务，吸引游客。", set()),
]

_BASE = DOTTED_FORM + BODY_WORD + WITH_KIND + SHOP_KIND_BEFORE + NEAR
_TRAD = [(row_id + "-trad", _S2T.convert(text), {_S2T.convert(name) for name in expected}) for row_id, text, expected in _BASE]
BANK = [(row_id, text, expected) for row_id, text, expected in _BASE] + _TRAD

XFAIL: dict[str, str] = {}


def test_organization_latin_bodies_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_latin_bodies_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
