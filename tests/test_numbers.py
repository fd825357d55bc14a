"""Figure parsing and normalisation (extractor.numbers), case tables grouped by where they came from.

Public reference cases (JioNLP, Duckling) and the gold corpus are read by path from ../shared at
test time and never copied here; those groups skip when ../shared is absent. Cases decided
differently from a reference are their own group, each with its reason and our own answer.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.lexicon.units import CURRENCIES
from extractor.locale import detect_locale
from extractor.normalise import analysis_text
from extractor.numbers import (
    FigureMatch,
    currency_for_locale,
    find_figures,
    parse_number,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
EVAL = SHARED / "eval"
CORPUS = SHARED / "corpus"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent (evaluation data lives beside the project)")


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _row(f: FigureMatch) -> tuple:
    return (f.text, f.kind, f.value, f.unit, f.qualifier) + ((f.upper,) if f.upper is not None else ())


D = Decimal

# --- parse_number -------------------------------------------------------------------------

PARSE_NUMBER_CASES = [
    ("3,907", D(3907)),
    ("2萬9,646", D(29646)),
    ("一千二百五十", D(1250)),
    ("二千二百五十一億七千九百萬", D(225179000000)),
    ("八點七萬", D(87000)),
    ("六点五万", D(65000)),
    ("429.16億", D(42916000000)),
    ("１２３", D(123)),
    ("82，225.00", D(82225)),
    ("二〇一九", D(2019)),
    ("二0一九", D(2019)),
    ("一〇八", D(108)),
    ("三百零五", D(305)),
    ("一千零十", D(1010)),
    ("廿", D(20)),
    ("廿九", D(29)),
    ("卅", D(30)),
    ("十", D(10)),
    ("十五", D(15)),
    ("两", D(2)),
    ("兩百", D(200)),
    ("壹万贰仟叁佰肆拾伍", D(12345)),
    ("肆佰叁拾萬", D(4300000)),
    ("伍拾", D(50)),
    ("一万二", D(12000)),
    ("三千五", D(3500)),
    ("1.2万", D(12000)),
    ("3千万亿", D(3 * 10**15)),
    ("万亿", D(10**12)),
    ("12 万", D(120000)),
    ("两个亿", D(200000000)),
    ("15k", D(15000)),
    ("30w", D(300000)),
    ("3·5", D("3.5")),
    ("一點七", D("1.7")),
]
PARSE_NUMBER_NONE = ["", "  ", "十三五", "五大", "abc", "三五", "一两", "k", "三个", "2.3.4"]


@pytest.mark.parametrize("text,expected", PARSE_NUMBER_CASES, ids=[c[0] for c in PARSE_NUMBER_CASES])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", PARSE_NUMBER_NONE, ids=[repr(t) for t in PARSE_NUMBER_NONE])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


# --- find_figures: our own sentences, both scripts ---------------------------------------
# (id, sentence, locale currency, expected rows (text, kind, value, unit, qualifier[, upper]))

FIGURES_NEW = [
    ("money-gt-trad", "園區招商總額突破260億元。", "CNY", [("突破260億元", "money", D(26000000000), "CNY", "gt")]),
    ("money-decimal-yi", "意向金额317.48亿元", "CNY", [("317.48亿元", "money", D(31748000000), "CNY", "eq")]),
    ("money-approx-wei", "總額約為１２３億港元，约合15.9亿美元。", "CNY",
     [("約為１２３億港元", "money", D(12300000000), "HKD", "approx"), ("约合15.9亿美元", "money", D(1590000000), "USD", "approx")]),
    ("money-chinese-usd", "出口額達一千三百零六億四千二百萬美元", "MOP",
     [("達一千三百零六億四千二百萬美元", "money", D(130642000000), "USD", "eq")]),
    ("money-point-wan", "成交約八點七萬美元", "MOP", [("約八點七萬美元", "money", D(87000), "USD", "approx")]),
    ("money-bare-yuan-taiwan", "該縣吸引投資共2,614億元", "TWD", [("共2,614億元", "money", D(261400000000), "TWD", "eq")]),
    ("money-bare-yuan-macau", "資助金額為5萬元", "MOP", [("5萬元", "money", D(50000), "MOP", "eq")]),
    ("money-subject-no-currency", "三日訂單金額逾四點二億，較去年成長", "TWD", [("逾四點二億", "money", D(420000000), "TWD", "gt")]),
    ("money-subject-simplified", "全年销售额近3亿", "CNY", [("近3亿", "money", D(300000000), "CNY", "lt")]),
    ("money-range-borrows-yi", "该项目预计投资3至5億元", "CNY", [("3至5億元", "money", D(300000000), "CNY", "eq", D(500000000))]),
    ("money-range-hyphen", "补贴1万-5万元不等", "CNY", [("1万-5万元", "money", D(10000), "CNY", "eq", D(50000))]),
    ("money-prefix-currency", "投資金額約新台幣3,907億元", "TWD", [("約新台幣3,907億元", "money", D(390700000000), "TWD", "approx")]),
    ("money-prefix-currency-no-yuan", "澳門元1.5億和澳元200万", "MOP",
     [("澳門元1.5億", "money", D(150000000), "MOP", "eq"), ("澳元200万", "money", D(2000000), "AUD", "eq")]),
    ("money-suffix-currency", "另有2000多万元人民币订单", "TWD", [("2000多万元人民币", "money", D(20000000), "CNY", "gt")]),
    ("money-declaration-simplified", "意向金额为85.6亿元(人民币,下同),其中农产品41.3亿元", "TWD",
     [("85.6亿元", "money", D(8560000000), "CNY", "eq"), ("41.3亿元", "money", D(4130000000), "CNY", "eq")]),
    ("money-declaration-traditional", "合約金額518.3億元（港元，下同），首期投資約170億元。", "CNY",
     [("518.3億元", "money", D(51830000000), "HKD", "eq"), ("約170億元", "money", D(17000000000), "HKD", "approx")]),
    ("money-declaration-later-only", "首期10億元，其後（人民幣，下同）再投20億元", "HKD",
     [("10億元", "money", D(1000000000), "HKD", "eq"), ("20億元", "money", D(2000000000), "CNY", "eq")]),
    ("money-spoken-kuai", "门票十块钱，而三块金牌", "CNY",
     [("十块钱", "money", D(10), "CNY", "eq"), ("三块", "count", D(3), "块", "eq")]),
    ("count-gt-yu", "吸引120余名客商参加", "CNY", [("120余名", "count", D(120), "名", "gt")]),
    ("count-space-unit", "参展企业2468 家", "CNY", [("2468 家", "count", D(2468), "家", "eq")]),
    ("count-space-qualifier", "可容纳近 6000 个标准展位", "CNY", [("近 6000 个", "count", D(6000), "个", "lt")]),
    ("count-more-wan", "汇集10 多万种商品", "CNY", [("10 多万种", "count", D(100000), "种", "gt")]),
    ("count-chinese-more", "逾一千二百五十多家企业", "CNY", [("逾一千二百五十多家", "count", D(1250), "家", "gt")]),
    ("count-mixed-wan-comma", "新增職缺3萬1,208人", "TWD", [("3萬1,208人", "count", D(31208), "人", "eq")]),
    ("count-ge-yishang", "預計45名以上學者到場", "TWD", [("45名以上", "count", D(45), "名", "ge")]),
    ("count-gt-wan", "會員超過1,500萬人的平台", "TWD", [("超過1,500萬人", "count", D(15000000), "人", "gt")]),
    ("count-arabic-one", "另有1個體驗空間", "CNY", [("1個", "count", D(1), "個", "eq")]),
    ("count-one-in-list", "建成3个园区、一个中心和两个基地", "CNY",
     [("3个", "count", D(3), "个", "eq"), ("一个", "count", D(1), "个", "eq"), ("两个", "count", D(2), "个", "eq")]),
    ("count-one-in-prose-not-list", "这是一个重要的平台，也是一场盛会，共设3个展区", "CNY", [("3个", "count", D(3), "个", "eq")]),
    ("count-one-in-list-trad", "設立一個主會場及三個分會場", "TWD",
     [("一個", "count", D(1), "個", "eq"), ("三個", "count", D(3), "個", "eq")]),
    ("count-liang", "签约两个项目和兩項協議", "CNY",
     [("两个", "count", D(2), "个", "eq"), ("兩項", "count", D(2), "項", "eq")]),
    ("count-editions-held", "大会已成功举办了12届，本届是第十三届。", "CNY", [("12届", "count", D(12), "届", "eq")]),
    ("count-editions-held-trad", "這項賽事已舉辦了六屆", "MOP", [("六屆", "count", D(6), "屆", "eq")]),
    ("count-da-simplified", "设有四大板块、十大领域和三大部分", "CNY",
     [("四大板块", "count", D(4), "大", "eq"), ("十大领域", "count", D(10), "大", "eq"), ("三大部分", "count", D(3), "大", "eq")]),
    ("count-da-traditional", "共計7大展館，七大展館風格獨具", "TWD",
     [("共計7大展館", "count", D(7), "大", "eq"), ("七大展館", "count", D(7), "大", "eq")]),
    ("count-daclass", "展出46大類3817種商品", "CNY",
     [("46大類", "count", D(46), "大類", "eq"), ("3817種", "count", D(3817), "種", "eq")]),
    ("count-bare-qian", "形成千台下线规模", "CNY", [("千台", "count", D(1000), "台", "eq")]),
    ("bare-magnitude-qualified", "组织近百家采购商，逾万人参加，超亿元项目", "CNY",
     [("近百家", "count", D(100), "家", "lt"), ("逾万人", "count", D(10000), "人", "gt"),
      ("超亿元", "money", D(100000000), "CNY", "gt")]),
    ("bare-magnitude-qualified-trad", "近千名觀眾，百餘家企業，突破萬億元", "TWD",
     [("近千名", "count", D(1000), "名", "lt"), ("百餘家", "count", D(100), "家", "gt"),
      ("突破萬億元", "money", D(10**12), "TWD", "gt")]),
    ("count-fangmian", "重点推进五方面合作", "CNY", [("五方面", "count", D(5), "方面", "eq")]),
    ("count-province-arabic", "内地9省(区)共同签署", "CNY", [("9省", "count", D(9), "省", "eq")]),
    ("count-county-arabic", "由3縣、4縣市共同參與", "TWD",
     [("3縣", "count", D(3), "縣", "eq"), ("4縣市", "count", D(4), "縣市", "eq")]),
    ("count-places-listed", "苗栗、南投、彰化三縣及台中市合辦，三縣輪流主辦", "TWD", [("三縣", "count", D(3), "縣", "eq")]),
    ("count-places-abbreviated", "推动京津冀三省市协同，中彰投苗四縣市聯合舉辦", "CNY",
     [("三省市", "count", D(3), "省市", "eq"), ("四縣市", "count", D(4), "縣市", "eq")]),
    ("count-places-named-again", "苗栗、南投、彰化3縣合辦，聯合舉辦的3縣都希望，12國代表", "TWD",
     [("3縣", "count", D(3), "縣", "eq"), ("12國", "count", D(12), "國", "eq")]),
    ("count-adjacent-range", "约有七八个人、三五百名观众", "CNY",
     [("约有七八个", "count", D(7), "个", "approx", D(8)), ("三五百名", "count", D(300), "名", "approx", D(500))]),
    ("count-range", "招聘100-200人", "CNY", [("100-200人", "count", D(100), "人", "eq", D(200))]),
    ("count-gongji-yu", "共計80余人到場", "TWD", [("共計80余人", "count", D(80), "人", "gt")]),
    ("count-near-not-fujin", "附近3家医院", "CNY", [("3家", "count", D(3), "家", "eq")]),
    ("count-sign-not-approx", "签约3个项目，簽約5個項目", "CNY",
     [("3个", "count", D(3), "个", "eq"), ("5個", "count", D(5), "個", "eq")]),
    ("percent-plain", "分別成長6.4%和13.9％", "MOP",
     [("6.4%", "percent", D("6.4"), "%", "eq"), ("13.9％", "percent", D("13.9"), "%", "eq")]),
    ("percent-chinese", "增長百分之一點七", "MOP", [("百分之一點七", "percent", D("1.7"), "%", "eq")]),
    ("percent-cheng", "比上届增长三成，近四成展商来自海外", "CNY",
     [("三成", "percent", D(30), "%", "eq"), ("近四成", "percent", D(40), "%", "lt")]),
    ("percent-cheng-before-wei", "展商中有近四成為首次參展，約三成为新企业", "TWD",
     [("近四成", "percent", D(40), "%", "lt"), ("約三成", "percent", D(30), "%", "approx")]),
    ("percent-approx-clause", "约占全市用电量的31.7%", "CNY", [("31.7%", "percent", D("31.7"), "%", "approx")]),
    ("percent-range", "增速为20%-30%", "CNY", [("20%-30%", "percent", D(20), "%", "eq", D(30))]),
    ("no-range-across-kinds", "純利按年跌12%至8.6億港元", "MOP",
     [("12%", "percent", D(12), "%", "eq"), ("8.6億港元", "money", D(860000000), "HKD", "eq")]),
    ("fraction-chinese", "约占全国的五分之一，近三分之二的企业，千分之五", "CNY",
     [("五分之一", "percent", D(20), "%", "approx"), ("近三分之二", "percent", D("66.67"), "%", "lt"),
      ("千分之五", "percent", D("0.5"), "%", "eq")]),
    ("fraction-trad", "佔全台產量四分之一以上", "TWD", [("四分之一以上", "percent", D(25), "%", "ge")]),
    ("fraction-arabic-after-share", "外资企业占1/5，约1/4为新企业", "CNY",
     [("1/5", "percent", D(20), "%", "eq"), ("约1/4", "percent", D(25), "%", "approx")]),
    ("quantity-renci", "全年接待遊客逾 五十四萬人次", "TWD", [("逾 五十四萬人次", "quantity", D(540000), "人次", "gt")]),
    ("quantity-area-space", "规划面积12 万平方米", "CNY", [("12 万平方米", "quantity", D(120000), "平方米", "eq")]),
    ("quantity-subject-renci", "首日约12万人次观展，观展总人次超过25万。", "CNY",
     [("约12万人次", "quantity", D(120000), "人次", "approx"), ("超过25万", "quantity", D(250000), "人次", "gt")]),
    ("quantity-power", "装机容量达500万千瓦，新建100兆瓦电站", "CNY",
     [("达500万千瓦", "quantity", D(5000000), "千瓦", "eq"), ("100兆瓦", "quantity", D(100), "兆瓦", "eq")]),
    ("quantity-land", "占地2480畝，面積1000平方公里，落差3000公尺", "TWD",
     [("2480畝", "quantity", D(2480), "畝", "eq"), ("1000平方公里", "quantity", D(1000), "平方公里", "eq"),
      ("3000公尺", "quantity", D(3000), "公尺", "eq")]),
    ("percentage-point", "比上年提高3个百分点", "CNY", [("3个百分点", "percent", D(3), "百分点", "eq")]),
    ("percentage-point-trad", "比上年提高0.8個百分點", "CNY", [("0.8個百分點", "percent", D("0.8"), "百分點", "eq")]),
    ("approx-with-more", "约6000余人参加，大約三十多家企業", "CNY",
     [("约6000余人", "count", D(6000), "人", "approx"), ("大約三十多家", "count", D(30), "家", "approx")]),
    ("more-without-approx", "共计6000余人", "CNY", [("共计6000余人", "count", D(6000), "人", "gt")]),
    ("quantity-metric-ton", "年產量約480公噸，出口1200公吨", "TWD",
     [("約480公噸", "quantity", D(480), "公噸", "approx"), ("1200公吨", "quantity", D(1200), "公吨", "eq")]),
    ("quantity-counted-unit", "吞吐量约1430万个标准箱，約20萬個標準箱", "CNY",
     [("约1430万个标准箱", "quantity", D(14300000), "标准箱", "approx"),
      ("約20萬個標準箱", "quantity", D(200000), "標準箱", "approx")]),
    ("count-more-classifiers", "获得3面奖牌、两头牛、5袋大米、三首歌曲、4道工序、12盏灯、3拨客商", "CNY",
     [("3面", "count", D(3), "面", "eq"), ("两头", "count", D(2), "头", "eq"), ("5袋", "count", D(5), "袋", "eq"),
      ("三首", "count", D(3), "首", "eq"), ("4道", "count", D(4), "道", "eq"), ("12盏", "count", D(12), "盏", "eq"),
      ("3拨", "count", D(3), "拨", "eq")]),
    ("count-more-classifiers-trad", "獲得3面獎牌、兩頭牛、三撥客商", "TWD",
     [("3面", "count", D(3), "面", "eq"), ("兩頭", "count", D(2), "頭", "eq"), ("三撥", "count", D(3), "撥", "eq")]),
    ("fullwidth-digits", "签约项目５１个，总额１２．５亿元", "CNY",
     [("５１个", "count", D(51), "个", "eq"), ("１２．５亿元", "money", D(1250000000), "CNY", "eq")]),

    # a digit or 半 after 成 is a further tenth of the share; a verb or noun after it leaves 成 alone
    ("cheng-tenth", "受访者中有八成三支持，七成二为本地居民，客量恢复至往年的九成一。", "CNY",
     [("八成三", "percent", D(83), "%", "eq"), ("七成二", "percent", D(72), "%", "eq"),
      ("九成一", "percent", D(91), "%", "eq")]),
    ("cheng-half-trad", "撥款較去年增加一成半，女性佔四成五。", "MOP",
     [("一成半", "percent", D(15), "%", "eq"), ("四成五", "percent", D(45), "%", "eq")]),
    ("cheng-more", "逾一成多的企业，约两成多居民，三成多", "CNY",
     [("逾一成多", "percent", D(10), "%", "gt"), ("约两成多", "percent", D(20), "%", "approx"),
      ("三成多", "percent", D(30), "%", "gt")]),
    ("cheng-no-tenth", "约三成五年以上的设备需要更换", "CNY", [("约三成", "percent", D(30), "%", "approx")]),
    # 厘 is an annual rate only after an interest word; 仙 a cent after Arabic digits
    ("li-interest", "该债券年息7厘，定期存款利率3.5厘。", "HKD",
     [("7厘", "percent", D(7), "%", "eq"), ("3.5厘", "percent", D("3.5"), "%", "eq")]),
    ("li-not-interest", "这块板厚5厘，长3厘米。", "CNY", [("3厘米", "quantity", D(3), "厘米", "eq")]),
    ("sen-cents", "每股净利6.4仙，派息每股3仙；八仙过海。", "MYR",
     [("6.4仙", "money", D("0.064"), "MYR", "eq"), ("3仙", "money", D("0.03"), "MYR", "eq")]),
    ("sen-hk-cents-trad", "每股派息20港仙。", "CNY", [("20港仙", "money", D("0.2"), "HKD", "eq")]),
    # Latin currency signs before an amount; a sign inside a word is none
    ("latin-currency-signs", "门票每张RM25，投资S$1.5亿、HK$800万和US$3.2亿；FIRM20型号。", "CNY",
     [("RM25", "money", D(25), "MYR", "eq"), ("S$1.5亿", "money", D(150000000), "SGD", "eq"),
      ("HK$800万", "money", D(8000000), "HKD", "eq"), ("US$3.2亿", "money", D(320000000), "USD", "eq")]),
    # bounds that are not right before the number
    ("floor-qi", "套餐每位388元起，三房单位售价从45万新元起，底价每公斤5萬元起標。", "CNY",
     [("388元起", "money", D(388), "CNY", "ge"), ("45万新元起", "money", D(450000), "SGD", "ge"),
      ("5萬元起", "money", D(50000), "CNY", "ge")]),
    ("clause-bound", "违者最高可被罚款5万元，每户最多可申领价值300元的礼券，至少将投入2亿元。", "CNY",
     [("5万元", "money", D(50000), "CNY", "le"), ("300元", "money", D(300), "CNY", "le"),
      ("2亿元", "money", D(200000000), "CNY", "ge")]),
    ("clause-bound-near-miss", "最高人民法院判令赔偿120万元。", "CNY", [("120万元", "money", D(1200000), "CNY", "eq")]),
    ("limit-and-top", "每场限额60人，限40人报名，补贴最高2000元。", "CNY",
     [("限额60人", "count", D(60), "人", "le"), ("限40人", "count", D(40), "人", "le"),
      ("最高2000元", "money", D(2000), "CNY", "le")]),
    ("converted-approx", "损失折合约3200万元", "CNY", [("折合约3200万元", "money", D(32000000), "CNY", "approx")]),
    # units: imperial and temperature, rates per unit, basis points
    ("quantity-more-units", "占地约120英亩，气温高达36摄氏度，离岸15海里。", "CNY",
     [("约120英亩", "quantity", D(120), "英亩", "approx"), ("高达36摄氏度", "quantity", D(36), "摄氏度", "eq"),
      ("15海里", "quantity", D(15), "海里", "eq")]),
    ("quantity-per-unit", "电池能量密度达180瓦时/公斤，列车时速350公里/小时的线路。", "CNY",
     [("达180瓦时/公斤", "quantity", D(180), "瓦时/公斤", "eq"), ("350公里/小时", "quantity", D(350), "公里/小时", "eq")]),
    ("basis-points", "央行将利率下调25个基点。", "CNY", [("25个基点", "percent", D(25), "基点", "eq")]),
    # not figures: a magnitude class, a race, a fiscal year
    ("not-figures-class-race-fiscal-year", "建成千吨级产线；女子組200公尺決賽、男子110米栏；2024财年。", "CNY", []),
    # shares counted with 股 (not 股东, 股价); 所 before 在 still counts; N人论坛 is a name; an alternative measure word
    # in brackets belongs to the figure; 合共 is 共
    ("count-shares", "以总股本8.2亿股为基数，股东3万户，每10股派2元。", "CNY",
     [("8.2亿股", "count", D(820000000), "股", "eq"), ("3万户", "count", D(30000), "户", "eq"), ("2元", "money", D(2), "CNY", "eq")]),
    ("count-suo-before-zai", "已与7所在京高校签约。", "CNY", [("7所", "count", D(7), "所", "eq")]),
    ("count-in-forum-name", "第三届“城市与未来”50人论坛开幕。", "CNY", []),
    ("count-alternative-measure-trad", "展出逾150件(套)文物，估值合共3億元。", "HKD",
     [("逾150件(套)", "count", D(150), "件", "gt"), ("合共3億元", "money", D(300000000), "HKD", "eq")]),
    ("places-listed-then-ellipsis", "山水甲省、人文乙省、丰饶丙省……三省代表出席。", "CNY", [("三省", "count", D(3), "省", "eq")]),
    ("population-and-catties", "全县常住人口约三十二万，年产茶叶1.5万斤。", "CNY",
     [("约三十二万", "count", D(320000), "人", "approx"), ("1.5万斤", "quantity", D(15000), "斤", "eq")]),
    # a currency word written before the qualifier names the currency of the amount after it
    ("currency-before-qualifier", "总投资新台币约3亿元，另有港币逾5亿元；人民币升值超过2%。", "CNY",
     [("新台币约3亿元", "money", D(300000000), "TWD", "approx"), ("港币逾5亿元", "money", D(500000000), "HKD", "gt"),
      ("超过2%", "percent", D(2), "%", "gt")]),
    ("currency-before-qualifier-trad", "成交額港幣近8億元。", "MOP", [("港幣近8億元", "money", D(800000000), "HKD", "lt")]),
    ("quantity-vehicle-runs-and-square-feet", "出动车辆40余台次，单位面积约620平方呎。", "HKD",
     [("40余台次", "quantity", D(40), "台次", "gt"), ("约620平方呎", "quantity", D(620), "平方呎", "approx")]),
    # 来 after a number is "about"; 不止 a lower bound, 近乎/几近 an upper one
    ("roughly-lai", "现场来了二十来家企业、约30来名记者，筹得十来万元；有300来自外地的商户。", "CNY",
     [("二十来家", "count", D(20), "家", "approx"), ("约30来名", "count", D(30), "名", "approx"),
      ("十来万元", "money", D(100000), "CNY", "approx")]),
    ("roughly-lai-trad", "約有四十來位義工參與。", "MOP", [("約有四十來位", "count", D(40), "位", "approx")]),
    ("bounds-buzhi-jinhu", "受惠者不止500人，覆盖率近乎九成，几近八成。", "CNY",
     [("不止500人", "count", D(500), "人", "gt"), ("近乎九成", "percent", D(90), "%", "lt"),
      ("几近八成", "percent", D(80), "%", "lt")]),
    ("per-mille-and-ship-calls", "人口自然增长率为3.5‰，进出港船舶2.4万艘次。", "CNY",
     [("3.5‰", "percent", D("0.35"), "%", "eq"), ("2.4万艘次", "quantity", D(24000), "艘次", "eq")]),
    ("money-more-currencies", "贸易额超过200亿雷亚尔，注册资金500万兹罗提，损失3亿瑞典克朗。", "CNY",
     [("超过200亿雷亚尔", "money", D(20000000000), "BRL", "gt"), ("500万兹罗提", "money", D(5000000), "PLN", "eq"),
      ("3亿瑞典克朗", "money", D(300000000), "SEK", "eq")]),
    ("currency-word-before-a-year", "美元2019年起走强，欧元3月贬值。", "CNY", []),
    ("basis-or-basis-point", "为合作定下一个基点；利率上调二十五个基点。", "CNY",
     [("二十五个基点", "percent", D(25), "基点", "eq")]),
    ("idiom-ba-gu", "反对党八股，文章不写八股文。", "CNY", []),
    # 破 and 过 bound a round magnitude (as 超 does: 超亿元项目); before a plain number they are verbs
    ("scale-prefixes", "票房破亿，参观人数过万，投资过亿元，过亿元项目12个，共破3项纪录，闯过2道关。", "CNY",
     [("破亿", "money", D(100000000), "CNY", "gt"), ("过万", "count", D(10000), "人", "gt"),
      ("过亿元", "money", D(100000000), "CNY", "gt"), ("12个", "count", D(12), "个", "eq"),
      ("3项", "count", D(3), "项", "eq"), ("2道", "count", D(2), "道", "eq")]),
    ("scale-prefixes-trad", "入場人次突破三萬，觀眾人數過百萬。", "TWD",
     [("突破三萬", "quantity", D(30000), "人次", "gt"), ("過百萬", "count", D(1000000), "人", "gt")]),
    # a round magnitude that names a class of the thing counted next is no amount; nor is a scale word before a time
    ("magnitude-class-then-count", "超亿元项目3个，過億元企業二十家，票房破亿01:29", "CNY",
     [("3个", "count", D(3), "个", "eq"), ("二十家", "count", D(20), "家", "eq")]),
    ("money-subject-pay", "年薪逾十万，经济损失近千万。", "CNY",
     [("逾十万", "money", D(100000), "CNY", "gt"), ("近千万", "money", D(10000000), "CNY", "lt")]),
    # budgets, debts and crimes name money too: a unitless 万/亿/兆 after them is money in the locale's currency
    ("money-subject-budget-taiwan", "明年度總預算歲出規模達2.6兆元，歲入2.4兆，赤字約1650億。", "TWD",
     [("達2.6兆元", "money", D(2600000000000), "TWD", "eq"), ("2.4兆", "money", D(2400000000000), "TWD", "eq"),
      ("約1650億", "money", D(165000000000), "TWD", "approx")]),
    ("money-subject-budget-simplified", "该市岁入4200亿，债务余额约为930亿。", "CNY",
     [("4200亿", "money", D(420000000000), "CNY", "eq"), ("约为930亿", "money", D(93000000000), "CNY", "approx")]),
    ("money-subject-crime", "該詐騙集團涉案逾5億，警方起出現金3,200萬。", "HKD",
     [("逾5億", "money", D(500000000), "HKD", "gt"), ("3,200萬", "money", D(32000000), "HKD", "eq")]),
    ("money-subject-loss-approx", "此案造成投资者损失约2.6亿元。", "CNY", [("约2.6亿元", "money", D(260000000), "CNY", "approx")]),
    ("no-money-subject-unitless", "该县常住居民约有86万，游客逾3亿。", "CNY", []),
    # after the money word and a colon, or as an item of a list that a money word heads
    ("money-subject-colon", "國防預算：4,380億，較上年度增加5.2%。", "TWD",
     [("4,380億", "money", D(438000000000), "TWD", "eq"), ("5.2%", "percent", D("5.2"), "%", "eq")]),
    ("money-list-under-subject", "各局處經費如下：工務局：12億；社會局：8.5億、文化局：3億。", "TWD",
     [("12億", "money", D(1200000000), "TWD", "eq"), ("8.5億", "money", D(850000000), "TWD", "eq"),
      ("3億", "money", D(300000000), "TWD", "eq")]),
    ("list-under-people-heading", "各區人口如下：東區：12萬；西區：8.5萬。", "TWD",
     [("12萬", "count", D(120000), "人", "eq"), ("8.5萬", "count", D(85000), "人", "eq")]),
    ("no-money-list-under-other-heading", "各區車位如下：東區：1.2萬；西區：8500。", "TWD", []),
    # a unitless change of the amount just before keeps its currency; another topic in between does not
    ("money-change-keeps-currency", "今年總預算歲出為426億，較去年增加18億。", "TWD",
     [("426億", "money", D(42600000000), "TWD", "eq"), ("18億", "money", D(1800000000), "TWD", "eq")]),
    ("money-change-keeps-explicit-currency", "出口额为3.5亿美元，同比增加4000万。", "CNY",
     [("3.5亿美元", "money", D(350000000), "USD", "eq"), ("4000万", "money", D(40000000), "USD", "eq")]),
    ("no-money-change-of-another-topic", "公司营收5亿元，员工增加3万。", "CNY", [("5亿元", "money", D(500000000), "CNY", "eq")]),
    # a bound and a stating verb (最高達, 最少为) bound the figure as the bound alone does
    ("bound-then-stating-verb", "罰款最高達50萬元，每班人數最少為20人。", "TWD",
     [("最高達50萬元", "money", D(500000), "TWD", "le"), ("最少為20人", "count", D(20), "人", "ge")]),
    ("bound-then-stating-verb-simplified", "补贴最多为3万元，利率最低为1.5%。", "CNY",
     [("最多为3万元", "money", D(30000), "CNY", "le"), ("最低为1.5%", "percent", D("1.5"), "%", "ge")]),
    # a bound that opens the predicate bounds the figure; before a noun it names what is measured
    ("bound-before-grant-verb", "每户最高补助3万元，违者最高罰50萬元。", "CNY",
     [("3万元", "money", D(30000), "CNY", "le"), ("50萬元", "money", D(500000), "CNY", "le")]),
    # a bound verb with 了 still bounds the figure; 约了 (made an appointment) is no approximation
    ("bound-with-le", "參加人數超過了5萬人，銷售額突破了3億元。", "TWD",
     [("超過了5萬人", "count", D(50000), "人", "gt"), ("突破了3億元", "money", D(300000000), "TWD", "gt")]),
    ("bound-with-le-simplified", "报名人数接近了2000人。", "CNY", [("接近了2000人", "count", D(2000), "人", "lt")]),
    # 以X计 puts the bare amounts of the rest of its sentence in X; the next sentence is the locale's again
    ("reckoned-in-currency", "集團收入（以人民幣計）為46.2億元，純利8億元。另派息3億元。", "HKD",
     [("46.2億元", "money", D(4620000000), "CNY", "eq"), ("8億元", "money", D(800000000), "CNY", "eq"),
      ("3億元", "money", D(300000000), "HKD", "eq")]),
    ("reckoned-in-currency-simplified", "以美元计，全年出口额为3600亿，进口2900亿。", "CNY",
     [("3600亿", "money", D(360000000000), "USD", "eq"), ("2900亿", "money", D(290000000000), "USD", "eq")]),
    # people counted by sex; a word that goes on (男子, 女性) is left to the tagger
    ("people-by-sex", "警方拘捕3男5女，另有2男子在逃。", "HKD",
     [("3男", "count", D(3), "男", "eq"), ("5女", "count", D(5), "女", "eq")]),
    ("people-by-sex-not-words", "2女性和女排3比1获胜。", "CNY", []),
    # a total with 约 is approximate
    ("total-then-approx", "涉及賄款合共約230萬元，累计约1.6万人次。", "HKD",
     [("合共約230萬元", "money", D(2300000), "HKD", "approx"), ("累计约1.6万人次", "quantity", D(16000), "人次", "approx")]),
    ("total-then-approx-simplified", "全年投资共约3.5亿元。", "CNY", [("共约3.5亿元", "money", D(350000000), "CNY", "approx")]),
    # measure words of fish, beds, doses, barrels and banquet tables; doses given (剂次) are a quantity like 人次
    ("more-measure-words", "放流鱼苗50万尾，新增病床800床，日产原油约300万桶，宴开200桌。", "CNY",
     [("50万尾", "count", D(500000), "尾", "eq"), ("800床", "count", D(800), "床", "eq"),
      ("约300万桶", "count", D(3000000), "桶", "approx"), ("200桌", "count", D(200), "桌", "eq")]),
    ("doses-trad", "全市累計接種疫苗3.4億劑次，加強針完成120萬針。", "TWD",
     [("3.4億劑次", "quantity", D(340000000), "劑次", "eq"), ("120萬針", "count", D(1200000), "針", "eq")]),
    ("measure-words-in-words", "活动进入尾声，床位紧张，针对桶装水和桌面的检查。", "CNY", []),
    # science units are measured quantities, with 万/亿 applied
    ("science-units", "该星云距地球约2.6万光年，颗粒直径仅8纳米，每剂含药0.5毫克。", "CNY",
     [("约2.6万光年", "quantity", D(26000), "光年", "approx"), ("8纳米", "quantity", D(8), "纳米", "eq"),
      ("0.5毫克", "quantity", D("0.5"), "毫克", "eq")]),
    ("science-units-trad", "電廠年發電量約3.1億兆瓦時，噪音低於45分貝。", "TWD",
     [("約3.1億兆瓦時", "quantity", D(310000000), "兆瓦時", "approx"), ("低於45分貝", "quantity", D(45), "分貝", "lt")]),
    ("bound-before-noun-is-no-bound", "当天最高气温达39摄氏度，最高法院驳回上诉。", "CNY",
     [("达39摄氏度", "quantity", D(39), "摄氏度", "eq")]),    # 强/弱 after a share bound it; a word going on (强调, 弱势) is no bound
    ("share-qiang", "研究生占二分之一强，本科生占三成弱。", "CNY",
     [("二分之一强", "percent", D(50), "%", "gt"), ("三成弱", "percent", D(30), "%", "lt")]),
    ("share-qiang-trad", "研究生佔四成強的比例。", "TWD", [("四成強", "percent", D(40), "%", "gt")]),
    ("share-qiang-word-goes-on", "近三成强调价格，两成弱势群体。", "CNY",
     [("近三成", "percent", D(30), "%", "lt"), ("两成", "percent", D(20), "%", "eq")]),
    # a bound, then 有 (至少有5名); a bound before a rate's 每亩 (约为每亩15万元)
    ("bound-then-you", "至少有5名伤者，最多有3家企业。", "CNY",
     [("5名", "count", D(5), "名", "ge"), ("3家", "count", D(3), "家", "le")]),
    ("bound-then-you-trad", "至少有5名傷者送院。", "HKD", [("5名", "count", D(5), "名", "ge")]),
    ("bound-before-per-unit", "出让价约为每亩15万元，电价为每千瓦时0.56元。", "CNY",
     [("15万元", "money", D(150000), "CNY", "approx"), ("0.56元", "money", D("0.56"), "CNY", "eq")]),
    ("bound-before-per-unit-trad", "轉售價每平方米不超過8,000新元。", "SGD", [("不超過8,000新元", "money", D(8000), "SGD", "le")]),
    # containers and pairs counted; their words (包括, 听说, 双方) are not
    ("containers-and-pairs", "派发3000包大米、20听奶粉、两罐油和500双手套。", "CNY",
     [("3000包", "count", D(3000), "包", "eq"), ("20听", "count", D(20), "听", "eq"), ("两罐", "count", D(2), "罐", "eq"),
      ("500双", "count", D(500), "双", "eq")]),
    ("containers-and-pairs-trad", "派發3000包白米及500雙手套。", "HKD",
     [("3000包", "count", D(3000), "包", "eq"), ("500雙", "count", D(500), "雙", "eq")]),
    ("container-words-are-no-counts", "5个项目包括3家企业，两双方", "CNY", [("5个", "count", D(5), "个", "eq"), ("3家", "count", D(3), "家", "eq")]),
    ("percent-whole-and-rooms", "百分之百通宽带，会场设于305室，该公司获得5亿元融资", "CNY",
     [("百分之百", "percent", D(100), "%", "eq"), ("5亿元", "money", D(500000000), "CNY", "eq")]),
    ("cheng-then-jia-is-a-share", "近两成家庭，三十成家立业", "CNY", [("近两成", "percent", D(20), "%", "lt")]),
    ("ming-then-yi-counts-people", "近百名义工参与，三名义务教师", "CNY",
     [("近百名", "count", D(100), "名", "lt"), ("三名", "count", D(3), "名", "eq")]),
    ("shou-ending-a-word", "高居榜首3年，首批12家企业，元首5人", "CNY",
     [("12家", "count", D(12), "家", "eq"), ("5人", "count", D(5), "人", "eq")]),
    ("trips-are-a-quantity", "国内旅游8650万旅次", "CNY",
     [("8650万旅次", "quantity", D(86500000), "旅次", "eq")]),
]


@pytest.mark.parametrize("text,currency,expected", [c[1:] for c in FIGURES_NEW], ids=[c[0] for c in FIGURES_NEW])
def test_find_figures_new(text, currency, expected):
    assert [_row(f) for f in find_figures(text, currency=currency)] == expected


def test_counted_noun():
    assert [f.counted for f in find_figures("由“一會、一展”四大板塊構成，十大領域內項目，9省")] == ["板塊", "領域", "省"]


# --- find_figures: what must not be a figure (ANNOTATION.md "Figures") ---------------------

NOT_FIGURES = [
    ("dates", "2019年9月26日，十月十四日，今(12)日"),
    ("times", "下午兩點十五分開始，17时散会，晚上八时"),
    ("day-then-yuan-words", "9月26日元旦晚会，22日圓滿閉幕，26日元首会晤"),
    ("durations", "三天展期，為期5天，阔别35年，连续六年，21年来，十年有成，一连四日，展期23天"),
    ("durations-with-ge", "历时3个月，再过两个小时，25个春秋"),
    ("ordinals", "第五届，第3名，第 12 次，第廿二個年頭，首日"),
    ("rankings", "排名第8名，比赛前三名，位列前10位"),
    ("rankings-shou", "首十名經紀行，首三名選手"),
    ("three-sectors", "三次产业结构，第一、二、三次產業"),
    ("years-and-classes", "2017國際低碳大會，2019届毕业生"),
    ("names-with-numbers", "十三五规划，中国企业500强，G20峰会，3D打印，5G基站"),
    ("party-congress", "党的十九大精神，十七届三中全会，一届二次会议"),
    ("slogans-and-idioms", "三个代表，四个全面，五花八门，千家万户，百家争鸣，成千上万"),
    ("party-slogans", "四个现代化，三個有利於，两个毫不动摇，十四个坚持，五個一工程，兩學一做"),
    ("quoted-names", "念好“五字诀”，打造“两个中心”，「青年返鄉兩大計畫」，《十三五規劃》"),
    ("phone-numbers", "咨询电话：0511-85123456，传真 010-12345678"),
    ("multiples-and-vague", "增长七倍，两位数增长，数十亿元，几十万人，数以百万计，多个项目"),
    ("project-phases", "2期工程，二期项目"),
    ("rhetorical-yi", "一個交流的窗口，一場思想的碰撞，一次相聚，一份期待，一件喜事，一大批项目"),
    ("slogans-with-counts", "坚持一个中心、两个基本点，女子五项全能冠军，铁人三项"),
    ("place-pairs", "兩岸三地，兩市合作，兩地交流，四縣市"),
    ("place-group-named-again", "由聯合舉辦的4縣市負責，共有三縣首長出席"),
    ("financial-single-char", "陆家嘴论坛，大陸台商，队伍建设"),
    ("ordinal-er", "国安二队，二次会议"),
    ("continents", "来自五大洲的嘉宾"),
    ("yi-cheng-du", "一成都公司参展"),
    ("cheng-wei-become", "他三成为冠军，使两岸合作成为可能"),
    ("bare-wan-idiom", "千万个家庭，百家企业"),
    ("bare-magnitude-unqualified", "万元户，万家灯火，亿万富翁，每万元GDP，上百家企业，近百年，达万人"),
    ("sub-units-alone", "五分钟，长三角，珠三角，三毛"),
    ("slashes-not-fractions", "2019/5/1，5/20的活动，1/2决赛，增长1/3，三分之四"),
    ("sport-events", "男子四百米选手，女子100米冠军，男女混合200米"),
    ("classifier-words", "两面性，三面积，首都，三首相，四道路，两头发，五根本，三站台，两口岸，三轮车，十节能"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_FIGURES], ids=[c[0] for c in NOT_FIGURES])
def test_not_figures(text):
    assert [f.text for f in find_figures(text)] == []


# Quoted speech is no name: a quoted sentence or one after a colon keeps its figures, however short.
QUOTED_SPEECH = [
    ("sentence-in-quotes", "他表示：“今年吸引逾1,200家展商参展。”", ["逾1,200家"]),
    ("sentence-in-corner-quotes", "林局長說：「全年共接待旅客三萬人次。」", ["三萬人次"]),
    ("clause-after-colon", "她说：“新增就业岗位500个”", ["500个"]),
    ("clauses-with-comma", "“首批签约12个项目，总投资30亿元”是这次活动的成果", ["12个", "30亿元"]),
    ("name-stays-skipped", "念好“五字诀”，打造“两个中心”", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in QUOTED_SPEECH], ids=[c[0] for c in QUOTED_SPEECH])
def test_quoted_speech_keeps_figures(text, expected):
    assert [f.text for f in find_figures(text)] == expected


# A unitless 万/亿/兆 amount right before a noun that is itself a sum of money is money in the locale's currency.
MONEY_NOUN_AFTER = [
    ("budget-trad", "立院將就新興計畫的718億預算舉辦協商。", "TWD", [("718億", "money", "TWD")]),
    ("funds", "市政府将投入5000万资金用于改造老旧小区。", "CNY", [("5000万", "money", "CNY")]),
    ("donations-more", "活动共筹集300多万善款。", "CNY", [("300多万", "money", "CNY")]),
    ("loans-trad", "銀行向中小企業發放120億貸款。", "HKD", [("120億", "money", "HKD")]),
    ("people-stay-unitless", "全市用户3亿，会员2000万。", "CNY", []),
    ("fund-society-is-no-money", "共有3万基金会会员参加。", "CNY", []),
]


@pytest.mark.parametrize("text,currency,expected", [c[1:] for c in MONEY_NOUN_AFTER], ids=[c[0] for c in MONEY_NOUN_AFTER])
def test_money_noun_after_amount(text, currency, expected):
    assert [(f.text, f.kind, f.unit) for f in find_figures(text, currency=currency)] == expected


OPEN_NOUNS = [
    ("medals", "以94金、67銀、60銅共221面獎牌", [("94金", "金"), ("67銀", "銀"), ("60銅", "銅"), ("共221面", "面")]),
    ("not-after-chinese-numeral", "三金两银", []),
    ("closed-classes-after-numbers", "2019年，16岁，3倍，2号线，第5期，90后，5G，3D，500强", []),
    ("figure-goes-on", "3至5亿元，30多名，50左右", [("3至5亿元", "CNY"), ("30多名", "名")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OPEN_NOUNS], ids=[c[0] for c in OPEN_NOUNS])
def test_open_noun_counts(text, expected):
    """A number and a noun outside the lexicon is a count the tagger must confirm; asked for only with open_nouns."""
    assert [(f.text, f.unit) for f in find_figures(text, open_nouns=True)] == expected
    assert not any(f.open_noun for f in find_figures(text))


def test_never_joins_across_newline():
    assert [f.text for f in find_figures("共有2468\n家企业，其中300\n亿元")] == []


def test_blank_runs_do_not_join():
    assert [f.text for f in find_figures("总额300      亿元，展位12    个")] == []


def test_currency_for_locale():
    locales = ("mainland", "hongkong", "macau", "taiwan", "singapore", "malaysia")
    assert [currency_for_locale(x) for x in locales] == ["CNY", "HKD", "MOP", "TWD", "SGD", "MYR"]
    with pytest.raises(ValueError, match="'mars'"):
        currency_for_locale("mars")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789一二三四五六七八九十百千万亿萬億两兩零点點多余约近逾第个個家名人元億元美元%成大板块\n ，。年月日至-", max_size=40))
def test_spans_hold(text):
    figures = find_figures(text)
    ends = [0]
    for f in figures:
        assert text[f.start:f.end] == f.text
        assert "\n" not in f.text and f.text == f.text.strip()
        assert f.start >= ends[-1]
        ends.append(f.end)


# --- JioNLP's money parser cases (../shared/eval/jionlp_money_cases.jsonl) ------------------
# Each case is a money string with JioNLP's value (rounded to cents), currency word and
# definition: accurate -> eq, blur -> approx (a list of two values is a range), blur+ -> ge/gt,
# blur- -> lt/le. Our answer: exactly one money figure covering the whole string.

JIONLP_QUALIFIERS = {"accurate": {"eq"}, "blur": {"approx"}, "blur+": {"ge", "gt"}, "blur-": {"lt", "le"}}

NO_CURRENCY = ("no currency word and no money subject: ANNOTATION.md counts a bare amount as money "
               "only when its subject is money (成交金額逾三億), so it is not a money figure alone")
MORE_IS_GT = "多/几 is a lower bound, qualifier gt with no upper (ANNOTATION.md: 三千四百多家 -> 3400), not a range"
APPROX_MORE = "约 with 多/余 is approx, with no upper (ANNOTATION.md: 约…余 is approx), not a range"
VAGUE = "a vague magnitude without a definite number is not a figure (ANNOTATION.md: 数以百万计)"

JIONLP_DIFFERENT = {
    "15k左右": (NO_CURRENCY, []),
    "30w上下": (NO_CURRENCY, []),
    "三百万": (NO_CURRENCY, []),
    "肆佰叁拾萬": (NO_CURRENCY, []),
    "小于40万": (NO_CURRENCY, []),
    "3000多欧元": (MORE_IS_GT, [("3000多欧元", "money", D(3000), "EUR", "gt")]),
    "十几块钱": (MORE_IS_GT, [("十几块钱", "money", D(10), "CNY", "gt")]),
    "大约十多欧元": (APPROX_MORE, [("大约十多欧元", "money", D(10), "EUR", "approx")]),
    "几十万块": (VAGUE, []),
    "人民币数十亿元": (VAGUE, []),
    "数十亿元人民币": (VAGUE, []),
    "八到九百亿泰铢": ("reference error: the lower end shares 百亿 (800亿 to 900亿, as JioNLP itself reads "
                   "八百到九百亿), not 8亿", [("八到九百亿泰铢", "money", D(80000000000), "THB", "eq", D(90000000000))]),
}

JIONLP_CASES = _jsonl(EVAL / "jionlp_money_cases.jsonl")


def _iso(word: str) -> str:
    return "CNY" if word == "元" else CURRENCIES[word]


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def _jionlp_ok(case: dict) -> bool:
    exp = case["expected"]
    figures = find_figures(case["text"])
    if len(figures) != 1:
        return False
    f = figures[0]
    if (f.kind, f.unit, f.text) != ("money", _iso(exp["case"]), case["text"]):
        return False
    if isinstance(exp["num"], list):
        return f.upper is not None and [_cents(f.value), _cents(f.upper)] == [D(x) for x in exp["num"]]
    return f.upper is None and _cents(f.value) == D(exp["num"]) and f.qualifier in JIONLP_QUALIFIERS[exp["definition"]]


@needs_shared
@pytest.mark.parametrize("case", [c for c in JIONLP_CASES if c["text"] not in JIONLP_DIFFERENT], ids=lambda c: c["text"])
def test_jionlp_money_agreed(case):
    assert _jionlp_ok(case), [_row(f) for f in find_figures(case["text"])]


@needs_shared
@pytest.mark.parametrize("text", sorted(JIONLP_DIFFERENT))
def test_jionlp_money_decided_differently(text):
    """Documented expected differences: the reference's answer fails here, ours is pinned."""
    reason, ours = JIONLP_DIFFERENT[text]
    case = next(c for c in JIONLP_CASES if c["text"] == text)
    assert not _jionlp_ok(case), f"now agrees with JioNLP; drop it from JIONLP_DIFFERENT ({reason})"
    assert [_row(f) for f in find_figures(text)] == ours


# --- Duckling's Chinese AmountOfMoney corpus (../shared/eval/duckling_zh_amountofmoney_cases.jsonl)
# Values are Duckling expressions: (simple Dollar 7), (under Dollar 1.2), (above Dollar 3.04),
# (between Dollar (5.6, 5.78)). Dollar is the locale's 元 (we pass CNY), Cent a hundredth of it.

DUCKLING_QUALIFIERS = {"simple": {"eq"}, "under": {"le", "lt"}, "above": {"ge", "gt"}}
_DUCKLING = re.compile(r"\((simple|under|above|between) (\w+) (?:\(([\d.]+), ([\d.]+)\)|([\d.]+))\)")

SUBUNIT_ALONE = ("a sub-unit with no 元 before it is not read as money: in news text 分/角/毛/毫/仙 after a "
                 "bare number are minutes, points, places or names (五分钟, 长三角, 三毛, 八仙)")
GE_AS_DOLLAR = "個 is a count measure word in written news (五個 = count 5); the spoken Cantonese 個 = dollar is not read"

DUCKLING_DIFFERENT = {
    "五分": SUBUNIT_ALONE, "5分": SUBUNIT_ALONE, "五仙": SUBUNIT_ALONE, "20分": SUBUNIT_ALONE,
    "二十分": SUBUNIT_ALONE, "2角": SUBUNIT_ALONE, "两毛": SUBUNIT_ALONE, "两毫": SUBUNIT_ALONE,
    "25分": SUBUNIT_ALONE, "二十五分": SUBUNIT_ALONE, "两角五分": SUBUNIT_ALONE, "两毛五": SUBUNIT_ALONE,
    "五個半": GE_AS_DOLLAR, "個半": GE_AS_DOLLAR, "一個半": GE_AS_DOLLAR, "個九": GE_AS_DOLLAR,
    "港幣三個一毫四": GE_AS_DOLLAR,
}

DUCKLING_CASES = _jsonl(EVAL / "duckling_zh_amountofmoney_cases.jsonl")


def _duckling_ok(case: dict) -> bool:
    how, unit, low, high, single = _DUCKLING.fullmatch(case["duckling_value"]).groups()
    scale = D("0.01") if unit == "Cent" else D(1)
    iso = "CNY" if unit in ("Dollar", "Cent") else unit
    figures = [f for f in find_figures(case["text"], currency="CNY") if f.kind == "money"]
    if len(figures) != 1 or figures[0].unit != iso or figures[0].text != case["text"]:
        return False
    f = figures[0]
    if how == "between":
        return (f.value, f.upper) == (D(low) * scale, D(high) * scale)
    return f.upper is None and f.value == D(single) * scale and f.qualifier in DUCKLING_QUALIFIERS[how]


@needs_shared
@pytest.mark.parametrize("case", [c for c in DUCKLING_CASES if c["text"] not in DUCKLING_DIFFERENT], ids=lambda c: c["text"])
def test_duckling_money_agreed(case):
    assert _duckling_ok(case), [_row(f) for f in find_figures(case["text"])]


@needs_shared
@pytest.mark.parametrize("text", sorted(DUCKLING_DIFFERENT))
def test_duckling_money_decided_differently(text):
    case = next(c for c in DUCKLING_CASES if c["text"] == text)
    assert not _duckling_ok(case), f"now agrees with Duckling; drop it from DUCKLING_DIFFERENT ({DUCKLING_DIFFERENT[text]})"
    assert [f for f in find_figures(text) if f.kind == "money"] == []


@needs_shared
def test_reference_pass_rates():
    """Pass rate per reference file; every case our conventions agree with passes."""
    rates = {}
    for name, cases, ok, different in (
        ("jionlp_money_cases", JIONLP_CASES, _jionlp_ok, JIONLP_DIFFERENT),
        ("duckling_zh_amountofmoney_cases", DUCKLING_CASES, _duckling_ok, DUCKLING_DIFFERENT),
    ):
        passed = sum(ok(c) for c in cases)
        rates[name] = (passed, len(cases))
        print(f"{name}: {passed}/{len(cases)} = {passed / len(cases):.1%} ({len(different)} decided differently)")
        assert passed == len(cases) - len(different)
    assert rates == {"jionlp_money_cases": (42, 54), "duckling_zh_amountofmoney_cases": (18, 35)}


# --- The gold corpus (../shared/corpus), scored like ../shared/tools/score.py ---------------
# Raw page text still has chrome (headlines, 原标题 lines, view counters, repeated lead
# paragraphs) that the pipeline blanks before calling find_figures, so precision here is a
# floor; recall is the number to watch. The locale (the currency of a bare 元) is the extractor's own detection.

CORPUS_FLOORS = {"recall": 0.85, "precision": 0.87, "qualifier_recall": 0.85}  # measured on 69 articles: R 0.859 P 0.876, with qualifier 0.852


def _key(kind: str, value, unit) -> tuple:
    return (kind, Decimal(str(value)).normalize(), unit if kind == "money" else "")


@needs_shared
def test_corpus_figures():
    tp = qtp = npred = ngold = 0
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / gold["text_file"]).read_text(encoding="utf-8")
        figures = find_figures(text, currency=currency_for_locale(detect_locale(analysis_text(text))))
        pred = [_key(f.kind, f.value, f.unit) for f in figures]
        want = [_key(g["kind"], g["value"], g.get("unit")) for g in gold["figures"]]
        tp += sum((Counter(pred) & Counter(want)).values())
        qtp += sum((Counter(k + (f.qualifier,) for k, f in zip(pred, figures))
                    & Counter(k + (g.get("qualifier") or "eq",) for k, g in zip(want, gold["figures"]))).values())
        npred, ngold = npred + len(pred), ngold + len(want)
    precision, recall = tp / npred, tp / ngold
    f1 = 2 * precision * recall / (precision + recall)
    print(f"corpus figures: P={precision:.3f} R={recall:.3f} F1={f1:.3f} ({tp}/{npred}/{ngold}); "
          f"with qualifier R={qtp / ngold:.3f}")
    assert recall >= CORPUS_FLOORS["recall"]
    assert precision >= CORPUS_FLOORS["precision"]
    assert qtp / ngold >= CORPUS_FLOORS["qualifier_recall"]


LOCALE_INSTITUTIONS = [  # a region's own bodies, offices and parties: signs its press writes and others seldom do
    pytest.param("贸工部长说，政府将拨出1亿元支持中小企业，政府投资公司和公积金局也会配合。", "singapore", id="singapore-ministries"),
    pytest.param("州议员表示，公正党与诚信党将在下议院提出动议，国家银行维持利率不变。", "malaysia", id="malaysia-parties-and-bank"),
    pytest.param("財政司司長今日公布預算，區議會和警務處將獲額外撥款。", "hongkong", id="hongkong-offices"),
    pytest.param("經濟財政司司長表示，治安警察局與市政署將加強巡查。", "macau", id="macau-secretariats"),
    pytest.param("高雄市長今（5）日在市議會答詢，捷運延伸線預計明年通車。", "taiwan", id="taiwan-city-council-and-metro"),
    pytest.param("澳门博彩业复苏，香港旅客按年增加，港元汇率稳定。", "hongkong", id="near-miss-gaming-is-written-everywhere"),
    pytest.param("市委书记出席会议，要求各区县加快推进项目建设。", "mainland", id="mainland"),
    pytest.param("警方在葵涌一個單位檢獲冒牌貨，西九龍總區重案組高級督察表示，市值逾百萬元。", "hongkong", id="hongkong-police-region-and-rank"),
    pytest.param("警方昨在屯門及元朗拘捕三人，另在天水圍檢獲毒品。", "hongkong", id="hongkong-districts-named-again"),
    pytest.param("司警昨日在黑沙環及路氹一帶拘捕兩名男子。", "macau", id="macau-districts"),
    pytest.param("他曾在旺角工作，现居深圳，市委书记出席会议。", "mainland", id="near-miss-one-district-in-passing"),
    pytest.param("統計局資料顯示，本月貨物出口總值為8.2億澳門元，按年上升5%；出口往香港的貨值按年下跌3%，特區政府將推廣本地品牌。",
                 "macau", id="macau-release-with-year-on-year-and-hong-kong-named"),
    pytest.param("政府統計處公布，零售業總銷貨價值按年下跌2%，訪港旅客按年上升8%，澳門旅客亦有增加。",
                 "hongkong", id="hongkong-release-with-year-on-year-and-macau-named"),
]


@pytest.mark.parametrize("text, locale", LOCALE_INSTITUTIONS)
def test_a_regions_institutions_show_its_press(text, locale):
    assert detect_locale(analysis_text(text)) == locale
