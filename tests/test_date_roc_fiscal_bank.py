"""Years of the Taiwan press and fiscal or school years (ANNOTATION.md "Dates" and "Borderline calls"): ROC years
(民國115年3月, a Taiwan page's 115年底前, 較115年度增加), school years (114學年度), fiscal years (2026财年第三季度) and
their near misses: durations (成立115年), a budget named by its year (115年度總預算案), 年度 words without a year, and
the Taiwan dateline code (1151203 closing a CNA page), which is chrome.

Each row is a page: a headline, the page's timestamp line or none, and one body paragraph; its dates are read as the
scorer reads them. An ROC year applies on a Taiwan page (ROC stamp, an ROC date in the body) or where 民國/民国 is
written; a mainland 115年 is a count of years. Names, bodies and events are invented.
"""
from __future__ import annotations

import pytest

from tests.helpers import check_bank_coverage, page_values, stamped_page, strict_case

STAMPS = {  # locale: (headline, stamp line with {y} {m} {d} {roc})
    "cn": ("两岸要闻简报", "{y}-{m:02d}-{d:02d} 09:30 来源：江城日报"),
    "sg": ("两岸新闻简报", "{y}年{m}月{d}日 来源：狮城晨报"),
    "my": ("国际新闻简报", "{y}年{m}月{d}日 10:05 来源：南洋星报"),
    "hk": ("兩岸新聞簡報", "{y}年{m}月{d}日 10:15 來源：香江日報"),
    "mo": ("兩岸新聞簡報", "{y}年{m}月{d}日 11:20 來源：濠江新聞網"),
    "tw": ("地方新聞快報", "{y}/{m:02d}/{d:02d} 14:40"),
    "twroc": ("地方新聞快報", "{roc}-{m:02d}-{d:02d} 16:02"),
}


def page(locale: str, date: str | None, body: str) -> str:
    """A page: headline, the stamp line of the locale (none when `date` is None), a blank line, the body. A "cna" page
    has no stamp and ends with the agency's dateline code (（編輯：…）1151203)."""
    if locale == "cna":
        y, m, d = (int(p) for p in date.split("-"))
        return f"地方新聞\n\n{body}（編輯：林曉明）{y - 1911}{m:02d}{d:02d}\n"
    return stamped_page(STAMPS, locale, date, body)


def R(id, locale, date, body, expected=(), optional=()):
    """One row: id, the page, the values it must give, the values it may give."""
    return (id, page(locale, date, body), set(expected), set(optional))


D = "2026-12-03"  # the usual page date

# ROC years with a month or day: 民國 anywhere, three-digit years on Taiwan pages.
ROC_MONTHS = [
    R("minguo-month-trad", "tw", D, "民國115年3月起，停車費全面調整。", ["2026-03"]),
    R("minguo-month-day-trad", "tw", D, "該條例於民國115年3月15日公布施行。", ["2026-03-15"]),
    R("minguo-month-on-western-page-trad", "hk", D, "台灣當局宣布，民國115年7月起實施新制。", ["2026-07"]),
    R("minguo-month-simplified", "cn", D, "据台湾媒体报道，新规定将于民国115年7月实施。", ["2026-07"]),
    R("minguo-month-singapore", "sg", D, "台湾中央气象署指出，民国115年8月降雨偏少。", ["2026-08"]),
    R("minguo-month-malaysia", "my", D, "台湾交通部表示，民国116年1月起调涨高速公路通行费。", ["2027-01"]),
    R("minguo-month-macau-trad", "mo", D, "據台灣媒體報道，民國115年10月起開放申請。", ["2026-10"]),
    R("roc-month-on-roc-page-trad", "twroc", D, "縣府表示，112年8月已完成第一期工程。", ["2023-08"]),
    R("roc-month-on-tw-page-trad", "tw", D, "該案於112年8月起訴，115年3月宣判。", ["2023-08", "2026-03"]),
    R("roc-month-day-on-roc-page-trad", "twroc", D, "新站預計116年2月1日啟用。", ["2027-02-01"]),
    R("roc-month-range-trad", "twroc", D, "工程自115年3月至116年6月分段施工。", ["2026-03", "2027-06"]),
    R("roc-month-end-of-month-trad", "twroc", D, "補助申請受理至115年12月底。", ["2026-12"]),
    R("roc-numerals-month-trad", "tw", D, "一一五年三月起，市區公車全面電動化。", ["2026-03"]),
    R("minguo-counted-numerals-trad", "tw", D, "民國一百一十五年五月，新館正式開放。", ["2026-05"]),
    R("roc-this-year-bracket-month-trad", "twroc", D, "今(115)年8月颱風造成農損逾10億元。", ["2026-08"]),
    R("roc-last-year-bracket-month-trad", "twroc", D, "去(114)年12月，該路段發生多起事故。", ["2025-12"]),
    R("roc-next-year-bracket-month-trad", "twroc", D, "明(116)年1月起，電價將再調整。", ["2027-01"]),
    R("roc-month-on-cna-page-trad", "cna", D, "市府預計115年12月完成招標。", ["2026-12"]),
    R("roc-month-simplified-quote-of-tw-page", "sg", D, "台湾行政院表示，民国114年11月已启动新一轮补贴。", ["2025-11"]),
    R("roc-month-with-written-minguo-short-trad", "tw", D, "民國113年1月，該校完成校舍改建。", ["2024-01"]),
    R("roc-month-day-dash-trad", "twroc", D, "公告日期為115-11-20，即日起生效。", ["2026-11-20"]),
]

# ROC years with 年底, 年初, 年中 or a half: the part of the year.
ROC_YEAR_PARTS = [
    R("roc-year-end-before-trad", "twroc", D, "交通部要求115年底前完成改善。", ["2026-12"]),
    R("roc-year-end-before-on-tw-page-trad", "tw", D, "縣府承諾115年底前完工，116年初通車。", ["2026-12", "2027-01"]),
    R("roc-year-end-trad", "twroc", D, "捷運延伸線預計116年底通車。", ["2027-12"]),
    R("roc-year-start-trad", "twroc", D, "該館將於116年初重新開放。", ["2027-01"]),
    R("minguo-year-end-trad", "hk", D, "台灣方面表示，民國115年底前完成修法。", ["2026-12"]),
    R("minguo-year-end-simplified", "cn", D, "台湾当局称将在民国115年底前完成评估。", ["2026-12"]),
    R("minguo-year-end-singapore", "sg", D, "台湾经济部预计民国116年底完成扩建。", ["2027-12"]),
    R("roc-year-end-on-cna-page-trad", "cna", D, "經濟部預計116年底前完成審查。", ["2027-12"]),
    R("roc-quarter-trad", "twroc", D, "115年第3季失業率為3.4%。", ["2026"]),
    R("roc-quarter-numeral-trad", "twroc", D, "115年第一季出口增長逾一成。", ["2026"]),
    R("minguo-quarter-simplified", "cn", D, "台湾地区民国115年第2季经济增长率为3.1%。", ["2026"]),
    R("roc-year-end-malaysia", "my", D, "据台湾媒体报道，台北市将在民国116年底前完成改建。", ["2027-12"]),
]

# ROC years standing alone as time references on Taiwan pages.
ROC_YEARS = [
    R("minguo-year-alone-trad", "tw", D, "民國115年，全市人口首度負成長。", ["2026"]),
    R("minguo-year-alone-simplified", "cn", D, "据台湾媒体报道，民国115年台湾出生人数再创新低。", ["2026"]),
    R("roc-year-complete-trad", "twroc", D, "新大樓預計於116年完工。", ["2027"]),
    R("roc-year-from-trad", "twroc", D, "自113年起，每年編列專款補助。", ["2024"]),
    R("roc-year-comma-trad", "twroc", D, "114年，本市觀光人次突破千萬。", ["2025"]),
    R("roc-year-whole-year-trad", "twroc", D, "114年全年出口總值創新高。", ["2025"]),
    R("roc-year-span-trad", "twroc", D, "108年至111年間，該公司詐領補助逾千萬元。", ["2019", "2022"]),
    R("minguo-year-counted-trad", "tw", D, "民國一百一十五年，台北將舉辦大型運動賽事。", ["2026"]),
    R("roc-year-after-month-evidence-trad", "tw", D, "市府114年3月啟動計畫，預計116年完成。", ["2025-03", "2027"]),
    R("roc-year-on-cna-page-trad", "cna", D, "縣府預計116年完成全部工程。", ["2027"]),
    R("minguo-year-macau-trad", "mo", D, "台灣方面稱，民國116年將全面開放。", ["2027"]),
    R("roc-year-before-then-trad", "twroc", D, "該路段在112年曾發生重大車禍。", ["2023"]),
    R("roc-year-upper-half-trad", "twroc", D, "115年上半年營收年增8%。", ["2026"]),
]

# Fiscal years written with 年度: the year counts when it says when.
ROC_FISCAL = [
    R("roc-fiscal-compared-increase-trad", "twroc", D, "明年度預算較115年度增加5.2%。", ["2026"]),
    R("roc-fiscal-compared-decrease-trad", "twroc", D, "教育經費較114年度減少3億元。", ["2025"]),
    R("roc-fiscal-comma-trad", "twroc", D, "115年度，本府歲入預估達千億元。", ["2026"]),
    R("roc-fiscal-from-trad", "twroc", D, "自116年度起，補助金額提高至每人5萬元。", ["2027"]),
    R("roc-fiscal-from-on-tw-page-trad", "tw", D, "自116年度起，縣府每年編列1億元辦理。", ["2027"]),
    R("minguo-fiscal-trad", "tw", D, "民國115年度，全國稅收超徵逾千億元。", ["2026"]),
    R("minguo-fiscal-simplified", "cn", D, "据台湾媒体报道，民国115年度台湾税收超征逾千亿元。", (), ["2026"]),
    R("minguo-fiscal-singapore", "sg", D, "台湾财政部指出，民国114年度整体税收增加。", (), ["2025"]),
    R("roc-fiscal-in-trad", "twroc", D, "該項補助於114年度執行完畢。", ["2025"]),
    R("roc-fiscal-until-trad", "twroc", D, "計畫期程自113年度至116年度。", ["2024", "2027"]),
    R("roc-fiscal-on-cna-page-trad", "cna", D, "衛福部表示，115年度共核發補助2萬件。", (), ["2026"]),
    R("roc-fiscal-than-trad", "twroc", D, "今年招生人數比114年度多出300人。", ["2025"]),
    R("roc-fiscal-quarter-trad", "twroc", D, "115年度第3季，營收年增一成。", ["2026"]),
    R("western-fiscal-comma", "cn", D, "2025年度，公司实现营收12亿元。", ["2025"]),
    R("western-fiscal-compared-trad", "hk", D, "撥款較2025年度增加8%。", ["2025"]),
]

# School years: the year the school year opens.
SCHOOL_YEARS = [
    R("roc-school-year-from-trad", "twroc", D, "114學年度起，國中小全面實施新課綱。", ["2025"]),
    R("roc-school-year-in-trad", "twroc", D, "該校於114學年度新增兩個班級。", ["2025"]),
    R("roc-school-year-comma-trad", "twroc", D, "115學年度，全市新生人數跌破兩萬。", ["2026"]),
    R("roc-school-year-on-tw-page-trad", "tw", D, "教育部宣布，115學年度起調降學費。", ["2026"]),
    R("roc-school-year-semester-trad", "twroc", D, "114學年度第2學期，全校改採線上教學。", ["2025"]),
    R("roc-school-year-compared-trad", "twroc", D, "錄取率較113學年度提高5個百分點。", ["2024"]),
    R("roc-school-year-on-cna-page-trad", "cna", D, "教育部指出，115學年度共有2.1萬名僑生在台就讀。", (), ["2026"]),
    R("minguo-school-year-trad", "hk", D, "台灣教育部稱，民國115學年度起實施新制。", ["2026"]),
    R("minguo-school-year-simplified", "cn", D, "据台湾媒体报道，民国115学年度起台湾高中学费全免。", ["2026"]),
    R("minguo-school-year-singapore", "sg", D, "台湾教育部表示，民国114学年度起增加公费名额。", ["2025"]),
    R("roc-school-year-until-trad", "twroc", D, "試辦計畫自113學年度至115學年度。", ["2024", "2026"]),
    R("western-school-year", "cn", D, "2025学年，全市新增中小学学位3万个。", ["2025"]),
    R("western-school-year-from-trad", "hk", D, "2026學年起，全港小學推行新課程。", ["2026"]),
    R("western-school-year-macau-trad", "mo", D, "2026/2027學年起，本澳中學增設新科目。", (), ["2026", "2027"]),
    R("western-school-year-semester-malaysia", "my", D, "2026学年第一学期将于明年1月开学。", ["2026", "2027-01"]),
    R("western-school-year-singapore", "sg", D, "2026学年起，教育部将推出新的评估制度。", ["2026"]),
    R("western-school-year-degree", "cn", D, "2026学年度，该校招收新生5000人。", ["2026"]),
]

# Fiscal years written 财年/財年/财政年度/FY.
FISCAL_YEARS = [
    R("fiscal-year-third-quarter", "cn", D, "2026财年第三季度，公司营收增长12%。", ["2026"]),
    R("fiscal-year-third-quarter-trad", "hk", D, "2026財年第三季度，集團純利上升一成。", ["2026"]),
    R("fiscal-year-comma", "cn", D, "2026财年，公司计划新开门店50家。", ["2026"]),
    R("fiscal-year-comma-trad", "hk", D, "2025財年，集團錄得盈利3億元。", ["2025"]),
    R("fiscal-year-revenue", "cn", D, "该公司2025财年营收达120亿美元。"),
    R("fiscal-year-revenue-trad", "tw", D, "該公司2025財年營收創新高。"),
    R("fiscal-year-in", "sg", D, "在2025财年，淡马锡投资组合净值上升。", ["2025"]),
    R("fiscal-year-malaysia", "my", D, "该集团2026财年首季净利增长两成。", ["2026"]),
    R("fiscal-year-second-quarter-malaysia", "my", D, "2026财年第二季度，该公司营业额下滑。", ["2026"]),
    R("fiscal-year-quarter-short-trad", "hk", D, "公司2026財年第一季收入增長8%。", ["2026"]),
    R("fiscal-year-first-half", "cn", D, "2026财年上半年，公司净利润同比增长15%。", ["2026"]),
    R("financial-year-words", "sg", D, "2025财政年度，政府录得财政盈余。", ["2025"]),
    R("financial-year-words-trad", "hk", D, "2025財政年度，特區政府錄得赤字。", ["2025"]),
    R("fiscal-year-compared", "cn", D, "营收较2025财年增长9%。", ["2025"]),
    R("fiscal-year-from", "cn", D, "从2027财年起，公司将调整分红政策。", ["2027"]),
    R("fiscal-year-code", "cn", D, "该公司FY2025营收增长两成。", (), ["2025"]),
    R("fiscal-year-code-trad", "hk", D, "集團FY2026盈利預測上調。", (), ["2026"]),
    R("fiscal-year-code-singapore", "sg", D, "该公司在FY2025录得净利1亿元。", (), ["2025"]),
    R("fiscal-year-with-month", "cn", D, "公司2026财年截至9月30日。", (), ["2026", "2026-09-30"]),
    R("fiscal-year-slash-near-miss", "cn", D, "2025/26财年，集团营收增长9%。"),
]

# Simplified quotes of Taiwan news on mainland, Singapore and Malaysia sites, and their Traditional twins.
QUOTES = [
    R("quote-minguo-month-day", "cn", D, "据台湾《联合报》报道，民国115年12月1日起，台北捷运票价调涨。", ["2026-12-01"]),
    R("quote-minguo-month-day-trad", "hk", D, "據台灣《聯合報》報道，民國115年12月1日起，台北捷運票價調漲。", ["2026-12-01"]),
    R("quote-roc-bracket-year-singapore", "sg", D, "台湾中央社报道，今(115)年台湾出生人数恐跌破10万。", (), ["2026"]),
    R("quote-roc-bracket-year-trad", "mo", D, "據台灣中央社報道，今(115)年台灣出生人數恐跌破10萬。", (), ["2026"]),
    R("quote-roc-school-year-malaysia", "my", D, "据台湾媒体报道，民国115学年度起大学学费调涨。", ["2026"]),
    R("quote-roc-fiscal-compared-singapore", "sg", D, "台湾民国116年度总预算较民国115年度增加5.2%。", ["2026"]),
    R("quote-roc-month-slash", "cn", D, "台湾媒体称，新制自民国115/3/1起实施。", ["2026-03-01"]),
    R("quote-roc-year-end", "my", D, "台湾当局称，民国115年底前将完成评估。", ["2026-12"]),
    R("quote-roc-year-end-trad", "hk", D, "台灣當局稱，民國115年底前將完成評估。", ["2026-12"]),
    R("quote-western-year-kept", "cn", D, "据台湾媒体报道，2026年台湾出生人数再创新低。", ["2026"]),
]

# Near misses: durations, ages of institutions, counts, names of budgets, 年度 words, the CNA dateline code.
NEAR_MISSES = [
    R("school-founded-years-mainland", "cn", D, "建校115年来，该校培养了数十万名学生。"),
    R("school-founded-years-mainland-plain", "cn", D, "该校建校115年，是全省最早的新式学堂之一。"),
    R("founded-years-trad", "tw", D, "該校創校115年，培育無數人才。"),
    R("founded-years-roc-page-trad", "twroc", D, "該校創校115年，培育無數人才。"),
    R("established-years", "cn", D, "该报成立112年，见证了城市变迁。"),
    R("established-years-trad", "twroc", D, "該會成立112年，會員逾萬人。"),
    R("lasted-years", "cn", D, "这座大桥历时112年仍在使用。"),
    R("lasted-years-trad", "hk", D, "這座大橋歷時112年仍在使用。"),
    R("history-years-trad", "twroc", D, "這間老店已有115年歷史。"),
    R("history-years-malaysia", "my", D, "这间百年老店已有115年历史。"),
    R("anniversary-years-trad", "twroc", D, "學校慶祝創校115年，舉辦校友回娘家活動。"),
    R("tree-age-span-trad", "twroc", D, "這棵老樟樹樹齡約100年至120年。"),
    R("years-since-trad", "tw", D, "115年來，該廟香火鼎盛。"),
    R("years-since-singapore", "sg", D, "112年来，这所学校屹立不倒。"),
    R("roc-budget-name-trad", "twroc", D, "115年度總預算案送立法院審議。"),
    R("roc-budget-name-on-tw-page-trad", "tw", D, "115年度中央政府總預算案已三讀通過。"),
    R("roc-budget-name-then-today-trad", "twroc", D, "116年度總預算案今(3)日三讀通過。", ["2026-12-03"]),
    R("roc-budget-name-simplified", "cn", D, "台湾立法机构审议115年度总预算案。"),
    R("roc-final-accounts-name-trad", "twroc", D, "114年度中央政府總決算審核報告出爐。"),
    R("western-annual-report-name", "cn", D, "2025年度报告显示，公司净利润增长两成。"),
    R("western-annual-report-name-trad", "hk", D, "公司公布2025年度業績報告。"),
    R("fiscal-quarter-report-name", "cn", D, "公司发布2026财年第三季度报告。", (), ["2026"]),
    R("yearly-target", "cn", D, "全市完成年度目标任务的95%。"),
    R("yearly-target-trad", "hk", D, "政府已達成年度目標。"),
    R("yearly-plan-trad", "twroc", D, "縣府年度計畫已全數執行完畢。"),
    R("yearly-budget", "cn", D, "年度预算执行率达98%。"),
    R("yearly-award-trad", "tw", D, "該片獲選年度最佳影片。"),
    R("this-fiscal-year-word-trad", "twroc", D, "本年度預算執行率達九成。"),
    R("this-school-year-word-trad", "tw", D, "本學年度新生人數減少。"),
    R("next-school-year-word", "cn", D, "新学年度将增设两个班级。"),
    R("fiscal-year-word-alone-singapore", "sg", D, "本财年，政府预计录得盈余。"),
    R("cna-dateline-code-trad", "cna", D, "縣府今天舉行記者會，說明防災準備。"),
    R("cna-dateline-code-day-trad", "cna", D, "縣府今(3)日舉行記者會，說明防災準備。", ["2026-12-03"]),
    R("cna-dateline-code-month-trad", "cna", "2026-10-31", "颱風預計明(1)日登陸。", ["2026-11-01"]),
    R("bare-three-digit-year-mainland", "cn", D, "该遗址距今已有115年。"),
    R("bare-three-digit-number-mainland", "cn", D, "该工程预计耗时115年才能全部完成。"),
    R("hundred-year-old-mainland", "cn", D, "百年老校迎来115年校庆。"),
    R("numerals-count-trad", "hk", D, "這家茶樓經營一百一十五年。"),
    R("years-of-service-trad", "twroc", D, "他在公部門服務112年的說法是誤傳，實為12年。"),
    R("sentence-term-trad", "twroc", D, "被告遭判處有期徒刑1年2月。"),
    R("school-years-count-trad", "tw", D, "他讀了三個學年度才畢業。"),
    R("fiscal-years-count", "cn", D, "连续三个财年实现盈利。"),
    R("roc-year-word-in-name-trad", "twroc", D, "115年全國運動會在桃園開幕。", (), ["2026"]),
]

BANK = ROC_MONTHS + ROC_YEAR_PARTS + ROC_YEARS + ROC_FISCAL + SCHOOL_YEARS + FISCAL_YEARS + QUOTES + NEAR_MISSES

XFAIL: dict[str, str] = {}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text,expected,optional", [strict_case(row, XFAIL) for row in BANK])
def test_date_roc_fiscal(text, expected, optional):
    assert page_values(text) - optional == expected
