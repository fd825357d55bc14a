"""A body's name whose first words the tagger ran across the ending, in invented sentences of the mainland, Hong Kong,
Macau, Taiwan, Singapore and Malaysian press, in Simplified and Traditional. Each row asserts the exact set of
organisations extract() lists, compared as the scorer compares them. Expected values by ANNOTATION.md "Organisations"
(longest written form; a court of a place keeps its place) and "Borderline calls" (a level of government without its
place is none).

Classes:

- COURT_PLACE: a court named by its town (新山|推事庭, 某地|地方法庭, 某地|裁判法院) after 在 or 于, where the tagger's
  place runs into the ending's first character (新山推|事庭): the place is the name's first word, not dropped;
- BODY_AS_PERSON: a body of a place and a field ending in a government ending (局, 署, 厅, 委) after a preposition
  (向|某地基建发展局, 对|某地水务局), which the tagger reads as one person's name: no given name ends so, it is a body,
  not cut to its ending (发展局);
- NEAR: look-alikes that must not change: a court or bureau with no place written, a person whose post ends in 局长,
  a body already found whole as a subject, a venue.

Rows marked -trad are the same sentences in Traditional characters (opencc s2t). Every person and body is invented
(places are real). Written, and committed, before running the extractor on it."""
import opencc
import pytest

from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

_S2T = opencc.OpenCC("s2t")

COURT_PLACE = [
    ("my-jb-sessions-court", "被告今日在新山推事庭面对3项欺骗控状，惟他不认罪。", {"新山推事庭"}),
    ("my-jb-sessions-court-charged", "这名董事今早在新山推事庭被控，法官准他以RM2万保释。", {"新山推事庭"}),
    ("my-alor-setar-court", "两名男子昨日在亚罗士打推事庭否认贩毒控状。", {"亚罗士打推事庭"}),
    ("my-kluang-court", "该名司机今日在居銮推事庭认罪，被判罚款RM5000。", {"居銮推事庭"}),
    ("my-muar-court", "被告于麻坡推事庭面对控状，案件押后至下月再审。", {"麻坡推事庭"}),
    ("my-batu-pahat-court", "她在峇株巴辖推事庭否认一项伪造文件控状。", {"峇株巴辖推事庭"}),
    ("my-seremban-court", "3名少年今天在芙蓉推事庭面对抢劫控状。", {"芙蓉推事庭"}),
    ("my-taiping-magistrate", "一名小贩今日在太平地方法庭认罪，被罚款RM3000。", {"太平地方法庭"}),
    ("my-ipoh-court-subject", "怡保推事庭今日判处被告监禁两年。", {"怡保推事庭"}),
    ("my-kulai-court", "该名男子在古来推事庭否认一项偷窃控状。", {"古来推事庭"}),
    ("my-jb-court-with-agency", "反贪会今日在新山推事庭控告一名前官员。", {"反贪会", "新山推事庭"}),
    ("my-segamat-court", "两名外籍劳工在昔加末推事庭面对非法入境控状。", {"昔加末推事庭"}),
]

BODY_AS_PERSON = [
    ("my-johor-south-development-bureau", "一名建筑公司董事涉嫌向柔南基建发展局提呈3份虚假发票。", {"柔南基建发展局"}),
    ("my-development-bureau-at-office", "他被指在柔南基建发展局位于士乃的办事处诱骗职员批准款项。", {"柔南基建发展局"}),
    ("my-north-water-bureau", "居民联名向吉北水务管理局投诉停水问题。", {"吉北水务管理局"}),
    ("my-east-coast-bureau", "商家向东海岸经济发展局申请拨款，获批RM50万。", {"东海岸经济发展局"}),
    ("sg-west-coast-council", "居民向西海岸市镇理事会反映垃圾问题。", {"西海岸市镇理事会"}),
    ("cn-river-basin-bureau", "该公司向珠江流域水利局提交了整改报告。", {"珠江流域水利局"}),
    ("cn-new-district-bureau", "企业可向临港新片区管委会递交申请材料。", {"临港新片区管委会"}),
    ("tw-county-bureau-to", "業者已向花蓮縣觀光處提出申請。", {"花蓮縣觀光處"}),
    ("hk-to-department", "他已向屋宇署提交圖則。", {"屋宇署"}),
    ("mo-to-bureau", "商戶可向經濟及科技發展局申請資助。", {"經濟及科技發展局"}),
    ("my-penang-island-bureau", "小贩向槟岛基建发展局投诉道路失修。", {"槟岛基建发展局"}),
    ("my-sabah-west-bureau", "农民向沙西农业发展局申请化肥津贴。", {"沙西农业发展局"}),
]

NEAR = [
    ("my-court-no-place", "被告今日在推事庭面对控状。", {"推事庭"}),
    ("my-development-bureau-subject", "柔南基建发展局昨日发表文告，澄清款项已追回。", {"柔南基建发展局"}),
    ("my-bureau-head-person", "发展局局长陈志明说，工程将在年底完工。", set()),
    ("cn-person-to", "他向王建国询问详情。", set()),
    ("my-court-kl", "被告今日在吉隆坡推事庭面对控状。", {"吉隆坡推事庭"}),
    ("hk-magistrates-court", "被告今日在觀塘裁判法院應訊。", {"觀塘裁判法院"}),
    ("sg-person-to-said", "居民向李国华反映问题后，他答应跟进。", set()),
    ("my-venue-hall", "活动在新山华侨会馆礼堂举行。", {"新山华侨会馆"}),
    ("cn-level-bureau-generic", "他向市局反映了情况。", set()),
    ("tw-to-person-title", "記者向林志明局長求證，他表示不清楚。", set()),
]

_BASE = COURT_PLACE + BODY_AS_PERSON + NEAR
_TRAD = [(row_id + "-trad", _S2T.convert(text), {_S2T.convert(name) for name in expected}) for row_id, text, expected in _BASE]
BANK = list(_BASE) + _TRAD

XFAIL: dict[str, str] = {}


def test_organization_tagger_run_in_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_tagger_run_in_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
