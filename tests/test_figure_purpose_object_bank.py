"""A bank of invented sentences where what an amount or a count measures is written after it, past a word the
subject readers stop at: a place adjunct opening the next clause (`斥資8億元，在合肥新建電池工廠` is the factory), a name
in quotation marks after the founding verb (`提撥3,000萬元成立「青年創業基金」` is the fund), a passive 被 + doer + verb
(`約8萬新元被他轉入個人賬戶` is the transfer), a modifier of time or manner between a count and its noun
(`發出436張暫時停工通知書` counts the notices), a modifier before an amount + 的 + noun (`一次性100新元的數碼補助` is the
grant), a clause opening on a session and a closing-price verb (`，半日收報8.32港元` is
the half-day close), and a ratio to GDP written `赤字目標為國內生產總值的3.5%` (the deficit, not GDP).

Near misses: an amount whose subject is already named before it keeps it (`營收增長8.6%至2450萬新元`), a count with its
noun right after it keeps that noun, a place clause that only says where the money is (`存放在銀行`), and a ratio
written as `佔總額的15%` keeps its own topic.

Written before the extractor was run on them. Each row is written in one script and mirrored into the other (ids with
"-trad" are the Traditional ones); rows come from all six regions (cn, hk, mo, tw, sg, my). Names, bodies and numbers
are made up. Figures match as in the other figure banks (tests/helpers.py, figure_differences).
"""
from __future__ import annotations

import pytest

from extractor.normalise import to_simplified, to_traditional
from tests.helpers import F, check_bank_coverage, figure_differences, strict_case


def _mirror(value, convert):
    if isinstance(value, str):
        return convert(value).replace("爲", "為")
    return value


def both(row_id: str, sentence: str, figures: list) -> list:
    """The row as written and mirrored into the other script."""
    trad = "-trad" in row_id
    convert = to_simplified if trad else to_traditional
    other_id = row_id.replace("-trad", "-simp") if trad else row_id + "-trad"
    other = [tuple(_mirror(v, convert) for v in f) for f in figures]
    return [(row_id, sentence, figures), (other_id, _mirror(sentence, convert), other)]


# spending verb + amount, then a clause opened by a place adjunct (在/於 + place) and the doing
PLACE_CLAUSE = [
    *both("place-battery-cn", "该集团宣布斥资8亿元，在合肥新建一座电池工厂。",
          [F("8亿元", "money", 800000000, "CNY", subject="电池工厂")]),
    *both("place-logistics-trad-tw", "公司將斥資新台幣12億元，在台南興建第三座物流中心。",
          [F("新台幣12億元", "money", 1200000000, "TWD", subject="物流中心")]),
    *both("place-data-trad-hk", "集團斥資約5億港元，在將軍澳擴建數據中心。",
          [F("約5億港元", "money", 500000000, "HKD", "approx", subject="數據中心")]),
    *both("place-venue-trad-mo", "酒店集團斥資三億澳門元，在路氹翻新會展設施。",
          [F("三億澳門元", "money", 300000000, "MOP", subject="會展設施")]),
    *both("place-line-sg", "公司斥资2000万新元，在裕廊扩建生产线。",
          [F("2000万新元", "money", 20000000, "SGD", subject="生产线")]),
    *both("place-plant-my", "该公司斥资1亿令吉，在槟城兴建新厂房。",
          [F("1亿令吉", "money", 100000000, "MYR", subject="厂房")]),
    *both("place-sports-trad-tw", "縣府撥出新台幣3億元，於竹東新建運動中心。",
          [F("新台幣3億元", "money", 300000000, "TWD", subject="運動中心")]),
    *both("place-cold-cn", "企业耗资3亿元，在郑州建设冷链仓库。",
          [F("3亿元", "money", 300000000, "CNY", subject="冷链仓库")]),
    *both("place-lab-trad-hk", "大學斥資8,000萬港元，在沙田設立新研究所。",
          [F("8,000萬港元", "money", 80000000, "HKD", subject="研究所")]),
    *both("place-school-my", "董事会斥资300万令吉，在校园内加建一栋教学楼。",
          [F("300万令吉", "money", 3000000, "MYR", subject="教学楼")]),
]

# spending or giving verb + amount + founding verb + a name in quotation marks
QUOTED_NAME = [
    *both("quoted-fund-trad-tw", "學校提撥新台幣3,000萬元成立「青年創業基金」，協助畢業生創業。",
          [F("新台幣3,000萬元", "money", 30000000, "TWD", subject="青年創業基金")]),
    *both("quoted-elder-trad-mo", "基金會撥出二百萬澳門元設立「長者關懷計劃」。",
          [F("二百萬澳門元", "money", 2000000, "MOP", subject="長者關懷計劃")]),
    *both("quoted-edu-my", "商会捐出50万令吉成立“华教发展基金”。",
          [F("50万令吉", "money", 500000, "MYR", subject="华教发展基金")]),
    *both("quoted-tech-cn", "市政府拨出1000万元设立“科技创新基金”，扶持初创企业。",
          [F("1000万元", "money", 10000000, "CNY", subject="科技创新基金")]),
    *both("quoted-youth-trad-hk", "公司斥資2,000萬港元成立「青年藝術基金」。",
          [F("2,000萬港元", "money", 20000000, "HKD", subject="青年藝術基金")]),
    *both("quoted-bursary-sg", "会馆捐出30万新元设立“清寒学子助学金”。",
          [F("30万新元", "money", 300000, "SGD", subject="助学金")]),
    *both("quoted-green-trad-tw", "市府編列新台幣1億元推動「綠色屋頂計畫」。",
          [F("新台幣1億元", "money", 100000000, "TWD", subject="綠色屋頂計畫")]),
    *both("quoted-reading-cn", "出版集团捐赠200万元设立“乡村阅读基金”。",
          [F("200万元", "money", 2000000, "CNY", subject="乡村阅读基金")]),
]

# amount + 被 + doer + verb: what is done with the amount
PASSIVE = [
    *both("passive-account-sg", "他共骗取约38万新元津贴，其中约8万新元被他转入个人账户。",
          [F("约38万新元", "money", 380000, "SGD", "approx", subject="津贴"),
           F("约8万新元", "money", 80000, "SGD", "approx", subject="转入个人账户")]),
    *both("passive-private-trad-hk", "涉案款項中，約50萬港元被被告轉入私人戶口。",
          [F("約50萬港元", "money", 500000, "HKD", "approx", subject="轉入私人戶口")]),
    *both("passive-house-cn", "审计发现，其中300万元被挪用于购买商品房。",
          [F("300万元", "money", 3000000, "CNY", subject="挪用")]),
    *both("passive-gamble-trad-mo", "其中約二十萬澳門元被他用作償還賭債。",
          [F("約二十萬澳門元", "money", 200000, "MOP", "approx", subject="償還賭債")]),
    *both("passive-shares-trad-tw", "其中新台幣600萬元被他匯往海外帳戶。",
          [F("新台幣600萬元", "money", 6000000, "TWD", subject="海外帳戶")]),
    *both("passive-wife-my", "其中约15万令吉被转入其妻子的银行户口。",
          [F("约15万令吉", "money", 150000, "MYR", "approx", subject="银行户口")]),
]

# count + a modifier of time or manner + the counted noun
MODIFIED_NOUN = [
    *both("notice-stop-trad-hk", "管理局去年向承建商發出436張暫時停工通知書。",
          [F("436張", "count", 436, "張", subject="通知書")]),
    *both("notice-temp-trad-tw", "勞動局共核發120張臨時工作許可證。",
          [F("120張", "count", 120, "張", subject="許可證")]),
    *both("notice-urgent-cn", "环保部门共发出85份限期整改通知书。",
          [F("85份", "count", 85, "份", subject="通知书")]),
    *both("notice-evac-trad-mo", "當局發出三十份緊急疏散通知。",
          [F("三十份", "count", 30, "份", subject="疏散通知")]),
    *both("notice-fine-sg", "陆路交通管理局发出逾600张即时罚款通知。",
          [F("逾600张", "count", 600, "张", "gt", subject="罚款通知")]),
    *both("notice-shut-my", "市议会发出45张暂时关闭令。",
          [F("45张", "count", 45, "张", subject="关闭令")]),
    *both("notice-order-trad-hk", "屋宇署去年共發出1,250張緊急維修令。",
          [F("1,250張", "count", 1250, "張", subject="維修令")]),
    *both("notice-permit-cn", "交警部门当天共签发200张临时通行证。",
          [F("200张", "count", 200, "张", subject="通行证")]),
]

# a modifier + amount + 的 + the noun it measures
AMOUNT_OF = [
    *both("oneoff-digital-sg", "年满60岁的公民可领取一次性100新元的数码补助。",
          [F("100新元", "money", 100, "SGD", subject="数码补助")]),
    *both("oneoff-living-cn", "每户可获得一次性500元的生活补贴。",
          [F("500元", "money", 500, "CNY", subject="生活补贴")]),
    *both("oneoff-allowance-trad-hk", "合資格長者可獲發一次性3,000港元的生活津貼。",
          [F("3,000港元", "money", 3000, "HKD", subject="生活津貼")]),
    *both("oneoff-bonus-trad-mo", "每名員工將獲發一次性五千澳門元的特別獎金。",
          [F("五千澳門元", "money", 5000, "MOP", subject="特別獎金")]),
    *both("oneoff-cash-trad-tw", "每位學生可領取一次性新台幣2,000元的註冊補助。",
          [F("新台幣2,000元", "money", 2000, "TWD", subject="註冊補助")]),
    *both("oneoff-aid-my", "受灾家庭可获一次性1000令吉的援助金。",
          [F("1000令吉", "money", 1000, "MYR", subject="援助金")]),
    *both("monthly-aid-sg", "低收入家庭每月可领取额外200新元的育儿津贴。",
          [F("200新元", "money", 200, "SGD", subject="育儿津贴")]),
]

# a ratio to GDP: the topic before 为/相当于 is measured, not GDP
RATIO = [
    *both("deficit-target-sg", "政府明年的财政赤字目标为国内生产总值的3.5%。",
          [F("3.5%", "percent", 3.5, "%", subject="赤字目标")]),
    *both("deficit-year-my", "今年的财政赤字预计为国内生产总值的3.8%。",
          [F("3.8%", "percent", 3.8, "%", subject="财政赤字")]),
    *both("debt-trad-hk", "政府債務相當於本地生產總值的45%。",
          [F("45%", "percent", 45, "%", subject="政府債務")]),
    *both("deficit-trad-tw", "中央政府舉債餘額約為國內生產總值的28.5%。",
          [F("28.5%", "percent", 28.5, "%", "approx", subject="舉債餘額")]),
    *both("deficit-cn", "全年赤字率拟按国内生产总值的4%安排。",
          [F("4%", "percent", 4, "%", subject="赤字率")]),
    *both("reserve-trad-mo", "財政儲備相當於本地生產總值的120%。",
          [F("120%", "percent", 120, "%", subject="財政儲備")]),
]

# a clause that opens on a session and a closing-price verb with no noun (，半日收報8.32港元): the session's close
CLOSING_SESSION = [
    *both("close-halfday-trad-hk", "該股今早表現反覆，半日收報8.32港元。",
          [F("8.32港元", "money", 8.32, "HKD", subject="收報")]),
    *both("close-market-trad-mo", "博彩股早段受壓，收市報3.05港元。",
          [F("3.05港元", "money", 3.05, "HKD", subject="收市報")]),
    *both("close-day-sg", "这只股票早盘低开，全天收报1.23新元。",
          [F("1.23新元", "money", 1.23, "SGD", subject="收报")]),
    *both("close-shut-my", "该股早盘走高，闭市报1.45令吉。",
          [F("1.45令吉", "money", 1.45, "MYR", subject="闭市报")]),
    *both("close-noon-cn", "该股早盘震荡，午间收报12.35元。",
          [F("12.35元", "money", 12.35, "CNY", subject="收报")]),
    *both("close-down-trad-hk", "股份隨大市向下，半日收報0.82港元。",
          [F("0.82港元", "money", 0.82, "HKD", subject="收報")]),
]

NEAR_MISSES = [
    *both("near-revenue-sg", "公司营收增长8.6%至2450万新元。",
          [F("8.6%", "percent", 8.6, "%", subject="营收增长"), F("2450万新元", "money", 24500000, "SGD", subject="营收")]),
    *both("near-noun-trad-hk", "警方共發出120張交通違例告票。",
          [F("120張", "count", 120, "張", subject="告票")]),
    *both("near-spend-cn", "公司斥资5亿元扩建厂房。",
          [F("5亿元", "money", 500000000, "CNY", subject="厂房")]),
    *both("near-share-trad-tw", "外資持股佔總股本的15%。",
          [F("15%", "percent", 15, "%", subject="外資持股")]),
    *both("near-plain-my", "这项计划的总拨款为5000万令吉。",
          [F("5000万令吉", "money", 50000000, "MYR", subject="总拨款")]),
    *both("near-close-trad-hk", "該股股價半日收報8.32港元。",
          [F("8.32港元", "money", 8.32, "HKD", subject="股價")]),
    *both("near-price-trad-mo", "每盒售價二百八十澳門元。",
          [F("二百八十澳門元", "money", 280, "MOP", subject="售價")]),
]

BANK = PLACE_CLAUSE + QUOTED_NAME + PASSIVE + MODIFIED_NOUN + AMOUNT_OF + RATIO + CLOSING_SESSION + NEAR_MISSES

_GLUED_PLACE = ("the tagger reads the place and the verb after 在/於 as one name or a person (台南/ORG 兴建/ORG, 于/PER 竹/PER), "
                "so no verb opens the doing after the place")
_HEDGED_COPULA = "約為 before the ratio: the hedge 约 is tagged an adverb of the copula, so the figure is read eq, not approx"
_BY_BASE = "按 + base + 的N% + verb (拟按国内生产总值的4%安排) is no copula; the base stays the subject"
_VERB_NOUN = "the tagger reads the counted noun as two verbs (违例/v 告票/v), so no noun follows the count"

XFAIL: dict[str, str] = {
    "place-logistics-trad-tw": _GLUED_PLACE, "place-logistics-simp-tw": _GLUED_PLACE,
    "place-sports-trad-tw": _GLUED_PLACE, "place-sports-simp-tw": _GLUED_PLACE,
    "deficit-trad-tw": _HEDGED_COPULA, "deficit-simp-tw": _HEDGED_COPULA,
    "deficit-cn": _BY_BASE, "deficit-cn-trad": _BY_BASE,
    "near-noun-trad-hk": _VERB_NOUN, "near-noun-simp-hk": _VERB_NOUN,
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_figure_purpose_object(text, expected):
    assert figure_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL, minimum=100)
