"""Dates and the page's published date on short pages of ordinary news (ANNOTATION.md "Chrome", "Dates" and "Borderline
calls"): court and police items, company results, statistics releases, budgets, transport and health news, each under the
header chrome of its kind of site (section bars holding the stamp, `社會 | 司法` over a stamp line with a byline, a stamp
with its source and author, a Singapore or Malaysia stamp with its weekday, an English stamp, a published line beside an
updated one, a ROC release line, no stamp at all).

The body's dates: a day in brackets read against the page date (今(21)日, 明日(16日), 昨(2)日, across a month's turn),
本月/下月 ranges, 今年/去年/明年 with a month, 上月底 and 本月底 (left open), ROC years and ranges of them (113年度 budgets
and case numbers give none), quarters and halves (a quarter gives its written year only; 今年第三季 is left open; 上半年
gives none), deadlines (截至9月30日, 截至2026年6月30日止六個月), datelines. Near misses: prison terms (有期徒刑3年10月,
判監2年4個月), ages, durations (為期三天), clock times, a year inside a report's or plan's name, recurring dates, the
headline's date, and the dates of related-article lines (延伸閱讀, 相关新闻, 上一篇) at the foot.

Written for these tests before the extractor was run on them; Simplified and Traditional; mainland, Hong Kong, Macau,
Taiwan, Singapore and Malaysia. Names, bodies and cases are invented.

Rows are (id, page, the date values it must give, the values it may give, its published date); the page's values are read
as the scorer reads them (a range gives both ends) and must equal the expected ones once the optional ones are set aside.
"""
from __future__ import annotations

import datetime

import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, page_values, strict_case

WEEKDAYS = "一二三四五六日"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

HEADERS = {  # style: (header lines, `{H}` where the headline stands; closing chrome lines)
    "hkbar": (["即時新聞 | 港聞 | {y}-{m:02d}-{d:02d} 21:48", "{H}"],
              ["分享：Facebook WhatsApp", "香江日報 版權所有 不得轉載"]),
    "hkcourt": (["港聞 › 法庭", "{H}", "{y}年{m}月{d}日 星期{wk} 07:30"],
                ["【編輯：黃子晴】", "維港新聞 版權所有"]),
    "hkupd": (["首頁 › 本地 › 社會", "{H}", "發佈時間：{y}/{m:02d}/{d:02d} 07:30　最後更新：{y}/{m:02d}/{d:02d} 23:05"],
              ["分享：", "港島新聞網 版權所有"]),
    "cnbar": (["即时新闻 | 财经 | {y}-{m:02d}-{d:02d} 16:05", "{H}"],
              ["【责任编辑：林小雨】", "版权所有 © 江城日报社"]),
    "cnsrc": (["首页 > 社会 > 法治", "{H}", "{y}年{m}月{d}日 19:46 来源:江城晚报 作者:周敏"],
              ["分享到：微信 微博", "江城晚报社 版权所有"]),
    "cnsec": (["社会 | 民生", "{H}", "{y}-{m:02d}-{d:02d} 10:21:05　来源：东川日报　编辑：李晓"],
              ["打印本页　关闭窗口"]),
    "twsec": (["社會 | 司法", "{H}", "{y}/{m:02d}/{d:02d} 18:20　記者林志明／台中報導"],
              ["分享：LINE Facebook", "中台新聞網 版權所有 轉載必究"]),
    "twlife": (["生活 | 交通", "{H}", "{y}-{m:02d}-{d:02d} 12:05 南方新聞網 記者陳怡安／高雄報導"],
               ["分享：LINE Facebook", "南方新聞網 版權所有"]),
    "twroc": (["縣政新聞", "{H}", "發布日期：{roc}-{m:02d}-{d:02d}　發布單位：財政處"],
              ["瀏覽人次：1208", "回上一頁"]),
    "sg": (["新闻 / 新加坡", "{H}", "{y}年{m}月{d}日 星期{wk}"],
           ["分享此文：", "狮城晨报 版权所有"]),
    "sgen": (["本地新闻", "{H}", "Published: {mon_short} {d}, {y}, 6:00 AM"],
             ["分享：Facebook Telegram", "狮城联合报 版权所有"]),
    "my": (["国内 | 综合", "{H}", "{y}年{m}月{d}日 | 下午4:12"],
           ["分享：Facebook WhatsApp", "南洋星报 版权所有"]),
    "myen": (["国内", "{H}", "{d} {mon} {y} 8:45PM　大马日报"],
             ["欢迎订阅大马日报电子报", "大马日报 版权所有"]),
    "mo": (["澳聞 | 社會", "{H}", "{y}年{m}月{d}日 星期{wk}　來源：濠江日報"],
           ["【責任編輯：梁小敏】", "濠江日報 版權所有"]),
    "none_s": (["首页 > 新闻", "{H}"], ["分享到：微信 微博", "版权所有"]),
    "none_t": (["首頁 > 新聞", "{H}"], ["分享：", "版權所有"]),
}


def page(style: str, date: str | None, headline: str, paragraphs: list[str], tail=()) -> str:
    """A short page: the style's header lines around the headline (the stamp filled from `date`), a blank line, the
    paragraphs, any extra chrome lines `tail`, and the style's closing chrome."""
    header, closing = HEADERS[style]
    fields = {"H": headline}
    if date is not None:
        day = datetime.date.fromisoformat(date)
        fields.update(y=day.year, m=day.month, d=day.day, roc=day.year - 1911, wk=WEEKDAYS[day.weekday()],
                      mon=MONTHS_EN[day.month - 1], mon_short=MONTHS_EN[day.month - 1][:3])
    lines = [line.format(**fields) for line in header]
    return "\n".join([*lines, "", *paragraphs, "", *tail, *closing]) + "\n"


NO_STAMP = {"none_s", "none_t"}


def N(id, style, date, headline, paragraphs, expected=(), optional=(), tail=(), published="page"):
    """One row: id, the page, the values it must give, the values it may give, its published date (the stamp's date
    unless given)."""
    if published == "page":
        published = None if style in NO_STAMP else date
    return (id, page(style, None if style in NO_STAMP else date, headline, paragraphs, list(tail)), set(expected),
            set(optional), published)


S = "2026-09-15"  # a Tuesday
R = "2026-10-29"  # a Thursday
T = "2026-09-03"  # a Thursday
F = "2026-10-01"  # the first of a month: yesterday is in September

# A day in brackets read against the page date.
BRACKET_DAYS = [
    N("court-today-bracket-and-adjourned", "cnsrc", R, "男子虚开发票获刑",
      ["江城市中级人民法院今（29）日公开宣判一起虚开增值税专用发票案。",
       "被告人周某被判处有期徒刑3年10月，并处罚金20万元。", "另一名同案被告人的案件押后至11月12日宣判。"],
      ["2026-10-29", "2026-11-12"]),
    N("court-today-bracket-and-adjourned-trad", "twsec", R, "詐團車手判刑",
      ["台中地方法院今(29)日宣判一起詐騙集團車手案。", "主嫌被判處有期徒刑3年10月，另2名共犯各判1年8月。",
       "全案可上訴。"], ["2026-10-29"]),
    N("police-yesterday-bracket-and-age-trad", "hkbar", S, "深水埗劏房火警　一死兩傷",
      ["深水埗一幢唐樓劏房昨（14）日凌晨3時許發生火警。", "一名68歲男子送院後證實不治，另有兩名住客吸入濃煙。",
       "消防處初步調查，起火原因有可疑。"], ["2026-09-14"]),
    N("police-yesterday-bracket-and-age", "cnsec", S, "小区电动车起火　一人受伤",
      ["昨（14）日晚8时许，东川市城北区一小区楼道内电动自行车起火。", "一名45岁居民在疏散时受轻伤，已送医治疗。",
       "消防部门提醒，电动车不得在楼道内停放充电。"], ["2026-09-14"]),
    N("tomorrow-with-day-in-bracket-trad", "hkupd", S, "港鐵明日起加密班次",
      ["港鐵公司宣布，明日（16日）起加密東涌綫繁忙時間班次。", "早上7時30分至9時30分，列車班次由4分鐘縮短至3分鐘。"],
      ["2026-09-16"]),
    N("tomorrow-with-day-in-bracket", "cnbar", S, "地铁明日起延长运营",
      ["市轨道交通集团发布消息，明日（16日）起，地铁2号线末班车延长至23时。", "周五、周六末班车再延长半小时。"],
      ["2026-09-16"]),
    N("yesterday-bracket-across-month-turn", "cnsrc", F, "九月全市新房成交回暖",
      ["市住建局昨（30）日发布数据，9月全市新建商品住宅成交面积环比增长12%。", "二手房成交量连续3个月回升。"],
      ["2026-09-30", "2026-09"]),
    N("yesterday-bracket-across-month-turn-trad", "mo", F, "九月旅客按月增",
      ["統計暨普查局昨（30）日公布，8月入境旅客按月增加6.2%。", "留宿旅客平均留宿1.6晚。"],
      ["2026-09-30", "2026-08"]),
    N("day-before-bracket-police-trad", "twsec", S, "超商搶案嫌犯落網",
      ["警方前(13)日晚間接獲報案，一名男子持刀搶劫超商得手新台幣8000元。", "警方循線於今(15)日清晨將32歲的嫌犯逮捕。"],
      ["2026-09-13", "2026-09-15"]),
    N("same-day-bracket-macau-trad", "mo", T, "司警破獲電騙集團",
      ["司法警察局昨（2）日公布，破獲一個跨境電話詐騙集團。", "警方於同日（2日）凌晨在北區拘捕5名男子，年齡介乎22至41歲。"],
      ["2026-09-02"]),
    N("today-bracket-malaysia-and-dateline", "my", T, "警方破获假钞集团",
      ["（吉隆坡3日讯）警方今日（3日）召开记者会宣布，破获一个假钞集团。", "警方在行动中起获面额50令吉的假钞逾2000张。"],
      ["2026-09-03"]),
    N("today-bracket-singapore-court", "sg", T, "男子非法放贷被判坐牢",
      ["一名39岁男子协助非法放贷，今天（9月3日）被判坐牢两年八个月及鞭打六下。", "他须在10月1日到监狱报到。"],
      ["2026-09-03", "2026-10-01"]),
    N("today-bracket-singapore-court-trad", "sgen", T, "男子偷竊被判監",
      ["一名52歲男子在超市偷竊，今天（9月3日）被判坐牢六週。", "案件原定於8月20日判刑，後因辯方要求押後。"],
      ["2026-09-03", "2026-08-20"]),
    N("roc-release-today-bracket-trad", "twroc", S, "房屋稅開徵",
      ["本縣115年房屋稅自今(15)日起開徵。", "繳納期限至10月14日止，逾期將加徵滯納金。"],
      ["2026-09-15", "2026-10-14"], ["2026"]),
    N("tomorrow-and-next-day-brackets-trad", "hkcourt", S, "兩宗案件明後日提堂",
      ["涉嫌洗黑錢的兩名男子將於明日（16日）在東區裁判法院提堂。", "另一宗縱火案則於後日（17日）在九龍城裁判法院再訊。"],
      ["2026-09-16", "2026-09-17"]),
    N("yesterday-bare-no-date", "cnsec", S, "男子醉驾被查",
      ["昨天凌晨，交警在城南大道查处一名醉驾男子。", "经检测，其血液酒精含量为156毫克/100毫升。"]),
    N("yesterday-bare-no-date-trad", "hkbar", S, "的士撞欄　司機受傷",
      ["一輛的士昨晚在大埔公路撞欄，59歲司機受傷送院。", "警方正調查意外原因。"]),
    N("this-morning-bracket-taiwan-trad", "twlife", S, "國道追撞　三車受損",
      ["國道1號南下路段今(15)日上午8時許發生三車追撞。", "事故造成車流回堵約5公里，無人傷亡。"], ["2026-09-15"]),
]

# Ranges in the page's month or across months.
RANGES = [
    N("this-month-range-transport", "cnsec", S, "过江隧道封闭施工",
      ["因设备维护，过江隧道将于本月19日至21日每晚22时至次日5时封闭施工。", "施工期间，市民可绕行长江二桥。"],
      ["2026-09-19", "2026-09-21"]),
    N("this-month-range-transport-trad", "hkupd", S, "隧道維修封閉",
      ["運輸署宣布，獅子山隧道本月19日至21日晚上11時至翌日早上5時封閉一條行車線。", "署方呼籲駕駛人士預留充足時間。"],
      ["2026-09-19", "2026-09-21"]),
    N("range-across-months-health-trad", "mo", S, "流感疫苗接種計劃",
      ["衞生局表示，季節性流感疫苗接種計劃將於9月28日至10月2日分階段開展。", "65歲或以上長者可免費接種。"],
      ["2026-09-28", "2026-10-02"]),
    N("range-across-months-health", "cnsrc", S, "秋季流感疫苗开打",
      ["市疾控中心通报，9月28日至10月2日，全市将分批开展流感疫苗接种。", "60岁以上老人免费接种。"],
      ["2026-09-28", "2026-09-28", "2026-10-02"]),
    N("next-month-range-budget-trad", "twroc", R, "縣議會定期會",
      ["縣議會第4次定期會將於下月3日至12月20日召開，審查116年度總預算案。", "縣府各局處已完成預算編列。"],
      ["2026-11-03", "2026-12-20"]),
    N("range-with-dash-singapore", "sg", T, "地铁线周末暂停服务",
      ["陆交局说，环线部分车站将在9月12日-13日暂停服务，以进行系统升级。", "届时将有免费接驳巴士服务。"],
      ["2026-09-12", "2026-09-13"]),
    N("range-days-this-month-malaysia", "my", T, "路段封闭维修",
      ["（新山3日讯）新山市政厅宣布，市区主要路段将于本月7日至9日封闭维修。", "工程耗资120万令吉。"],
      ["2026-09-03", "2026-09-07", "2026-09-09"]),
    N("range-from-year-to-year-statistics", "cnbar", S, "人口数据公布",
      ["统计显示，2021年至2025年，全市常住人口年均增长1.2%。", "2025年末常住人口为386万人。"],
      ["2021", "2025", "2025-12"]),
    N("range-from-year-to-year-statistics-trad", "hkbar", S, "人口統計數字",
      ["政府統計處數字顯示，2021年至2025年間本港人口增加約8萬人。", "處方將於明年2月公布最新推算。"],
      ["2021", "2025", "2027-02"]),
    N("election-period-range-trad", "mo", S, "選民登記展開",
      ["行政公職局表示，選民登記工作將於10月5日至11月5日進行。", "合資格居民可於各政府服務中心辦理。"],
      ["2026-10-05", "2026-11-05"]),
    N("exhibition-range-and-open-hours", "cnsec", R, "档案展开幕",
      ["“城市记忆”档案展今（29）日起在市档案馆展出，展期至11月30日。", "展览每天9:00-17:00开放，周一闭馆。"],
      ["2026-10-29", "2026-11-30"]),
    N("court-trial-days-range-trad", "hkcourt", S, "案件排期審訊",
      ["案件排期於11月10日至14日在區域法院審訊，預計需時五天。", "被告獲准以現金5萬元保釋。"],
      ["2026-11-10", "2026-11-14"]),
]

# Months with 今年/去年/明年, month ends and beginnings.
MONTHS = [
    N("this-year-month-statistics", "cnbar", S, "物价数据发布",
      ["国家统计局今日发布数据，8月份全国居民消费价格同比上涨0.8%。", "今年3月以来，CPI涨幅持续温和。"],
      ["2026-08", "2026-03"]),
    N("this-year-month-statistics-trad", "hkbar", S, "失業率回落",
      ["政府統計處今日公布，今年6月至8月經季節性調整的失業率為3.0%。", "失業率自今年3月起持續回落。"],
      ["2026-03"], ["2026-06", "2026-08"]),
    N("last-year-month-company", "cnsrc", R, "公司业绩扭亏",
      ["该公司去年11月完成资产重组，今年前三季度实现扭亏为盈。", "公司计划明年3月推出新产品线。"],
      ["2025-11", "2027-03"]),
    N("last-year-month-company-trad", "hkupd", R, "集團業績轉虧為盈",
      ["集團去年11月出售旗下酒店業務，套現約18億港元。", "管理層預期明年3月前完成債務重組。"],
      ["2025-11", "2027-03"]),
    N("last-month-end-open", "cnsec", R, "新规征求意见结束",
      ["市交通局上月底发布停车收费调整方案征求意见稿。", "意见征集期至本月底结束。"], [], ["2026-09", "2026-10"]),
    N("last-month-end-open-trad", "twsec", R, "法院新制上路",
      ["司法院上月底公布國民法官案件統計。", "新制實施以來共審理案件42件。"], [], ["2026-09"]),
    N("this-year-end-target-transport", "cnsec", S, "地铁新线年底通车",
      ["地铁5号线一期工程已进入设备调试阶段，预计今年底开通运营。", "二期工程计划明年初开工。"],
      ["2026-12", "2027-01"]),
    N("this-year-end-target-transport-trad", "hkupd", S, "新鐵路站年底啟用",
      ["港鐵表示，東涌東站預計今年底完工，明年初啟用。", "新站每日可服務約4萬人次。"], ["2026-12", "2027-01"]),
    N("month-late-xunshi-health-trad", "mo", S, "登革熱個案",
      ["衞生局表示，本澳8月下旬錄得一宗外地傳入登革熱個案。", "患者為一名34歲男子，已康復出院。"], ["2026-08"]),
    N("month-middle-xunshi-health", "cnsrc", S, "诺如病毒进入高发期",
      ["市疾控中心提醒，每年10月至次年3月为诺如病毒高发期。", "8月中旬以来，全市已报告聚集性疫情5起。"],
      ["2026-08"]),
    N("bare-month-earlier-this-year-malaysia", "my", S, "通膨率放缓",
      ["国家统计局今日公布，8月通膨率按年上涨1.6%，低于7月的1.9%。", "统计局预计今年全年通膨率介于1.5%至2%。"],
      ["2026-08", "2026-07"]),
    N("bare-month-earlier-this-year-singapore", "sgen", S, "核心通胀率回落",
      ["金管局和贸工部今天公布，8月核心通胀率降至1.3%。", "7月的核心通胀率为1.5%。"], ["2026-08", "2026-07"]),
    N("next-year-month-budget-trad", "hkbar", R, "財政預算案諮詢",
      ["財政司司長今日表示，新一份財政預算案將於明年2月26日公布。", "諮詢期至12月中旬結束。"],
      ["2027-02-26", "2026-12"]),
    N("next-year-month-budget", "cnbar", R, "预算编制启动",
      ["市财政局已启动2027年度预算编制工作。", "预算草案将于明年1月提交市人代会审议。"], ["2027-01"]),
    N("from-month-onward-transport-trad", "twlife", S, "公車路線調整",
      ["高雄市交通局宣布，自10月1日起調整12條公車路線。", "今年7月試辦的幸福公車將持續營運。"],
      ["2026-10-01", "2026-07"]),
    N("from-month-onward-health-singapore", "sg", S, "新冠疫苗接种安排",
      ["卫生部宣布，从10月起，年满60岁者可接种更新版疫苗。", "疫苗接种中心每天上午9时至晚上8时开放。"], ["2026-10"]),
]

# ROC years on Taiwanese pages and in mainland reports on Taiwan.
ROC = [
    N("roc-year-court-trad", "twsec", S, "前議員貪污案判決",
      ["前縣議員陳姓男子於108年至111年間，涉嫌以人頭助理詐領助理費。", "法院今(15)日依貪污罪判處有期徒刑7年6月。"],
      ["2019", "2022", "2026-09-15"]),
    N("roc-year-minguo-statistics-trad", "twroc", S, "人口統計",
      ["本縣人口自民國111年起連續4年減少。", "民國114年底設籍人口為51萬2千人。"], ["2022", "2025-12"]),
    N("roc-year-month-day-trad", "twlife", S, "捷運延伸線動工",
      ["捷運延伸線工程於113年3月18日動工，預計118年底完工。", "總經費約218億元。"], ["2024-03-18", "2029-12"]),
    N("roc-budget-year-no-date-trad", "twroc", S, "總預算案送議會",
      ["縣府今(15)日將116年度總預算案送請縣議會審議。", "歲入預估為452億元，歲出為478億元。", "115年度預算執行率達91%。"],
      ["2026-09-15"]),
    N("roc-case-number-no-date-trad", "twsec", S, "詐欺案宣判",
      ["臺灣高雄地方法院審理114年度金訴字第321號詐欺案件，今(15)日宣判。", "被告3人分別被判處有期徒刑1年2月至2年。"],
      ["2026-09-15"]),
    N("roc-year-from-to-with-jian-trad", "twlife", S, "違規停車罰單統計",
      ["交通局統計，自110年至114年間共開出違規停車罰單逾120萬張。", "114年開單數較110年增加約15%。"],
      ["2021", "2025"]),
    N("roc-year-in-mainland-report", "cnbar", S, "台湾地区出口数据",
      ["据台湾地区财政主管部门统计，台湾今年8月出口额同比增长12%。", "2025年全年出口额创下新高。"],
      ["2026-08", "2025"]),
    N("roc-school-year-no-date-trad", "twroc", S, "學生營養午餐補助",
      ["縣府宣布115學年度起擴大營養午餐補助。", "補助自9月1日起生效，受惠學生約3萬人。"], ["2026-09-01"],
      ["2026"]),  # a school year that starts something says when (test_date_roc_fiscal_bank)
    N("roc-year-health-trad", "twsec", S, "流感疫苗接種開跑",
      ["疾管署宣布，115年度流感疫苗將自10月1日起分二階段接種。", "第二階段自11月1日起開放50歲至64歲民眾接種。"],
      ["2026-10-01", "2026-11-01"]),
    N("roc-year-company-trad", "twlife", R, "航運公司財報",
      ["該航運公司今(29)日公布財報，前三季稅後淨利約新台幣86億元。", "公司預計115年第4季運價將回穩。"],
      ["2026-10-29", "2026"]),
    N("roc-slashed-date-body-trad", "twroc", S, "道路封閉公告",
      ["為辦理管線工程，中山路一段將於115/09/20至115/09/22夜間封閉。", "施工時間為每日晚間10時至翌日清晨6時。"],
      ["2026-09-20", "2026-09-22"]),
    N("roc-prison-term-near-miss-trad", "twsec", S, "酒駕致死案判刑",
      ["男子酒駕撞死機車騎士，法院依不能安全駕駛致人於死罪判處有期徒刑3年10月。", "案發於今年5月，被告另須賠償家屬。"],
      ["2026-05"]),
]

# Quarters and halves.
QUARTERS = [
    N("quarter-with-year-company", "cnbar", R, "公司三季度业绩",
      ["公司公告显示，2026年第三季度实现营业收入58.6亿元，同比增长9.4%。", "前三季度累计净利润7.2亿元。"], ["2026"]),
    N("quarter-with-year-company-trad", "hkbar", R, "銀行第三季盈利",
      ["該銀行公布，2026年第三季稅後盈利按年增加7%。", "上半年盈利則按年減少2%。"], ["2026"]),
    N("this-year-quarter-open", "cnsec", R, "经济运行数据",
      ["今年第三季度，全市地区生产总值同比增长5.3%。", "上半年增速为5.1%。"], [], ["2026"]),
    N("this-year-quarter-open-trad", "mo", R, "博彩收益上升",
      ["今年第三季博彩毛收入按年上升一成。", "上半年的升幅約為8%。"], [], ["2026"]),
    N("half-year-no-date-singapore", "sg", S, "上半年经济增长",
      ["贸工部今天公布，上半年经济按年增长3.2%。", "下半年增长预计会放缓。"]),
    N("half-year-no-date-malaysia", "myen", S, "公司上半年盈利",
      ["该公司上半年净利按年增长12%，董事部宣布派发中期股息每股5仙。", "股息将于10月20日派发。"], ["2026-10-20"]),
    N("half-year-results-ended-june-trad", "hkupd", S, "地產商中期業績",
      ["該地產商公布截至2026年6月30日止六個月的中期業績，股東應佔溢利按年跌15%。", "中期息每股0.35元，將於10月9日派發。"],
      ["2026-06-30", "2026-10-09"]),
    N("half-year-results-ended-june", "cnbar", S, "港股公司中期业绩",
      ["该公司公布截至2026年6月30日止六个月业绩，收入同比增长6%。", "董事会建议派发中期股息。"], ["2026-06-30"]),
    N("quarter-report-name-no-date-trad", "hkbar", R, "業績報告公布",
      ["該公司今日發布《2026年第三季度報告》。", "報告顯示，期內營業額按年上升4%。"]),
    N("quarter-report-name-no-date", "cnsrc", R, "上市公司披露季报",
      ["公司于昨晚披露《2026年第三季度报告》，营收同比增长11%。", "报告期内新增订单32亿元。"]),
    N("quarter-next-year-target-trad", "twlife", R, "新航廈啟用時程",
      ["桃園機場第三航廈北登機廊廳預計2027年第2季啟用。", "南登機廊廳則於今年7月先行啟用。"], ["2027", "2026-07"]),
    N("quarter-short-form-malaysia", "my", R, "国家银行公布经济数据",
      ["（吉隆坡29日讯）国家银行公布，今年第3季国内生产总值按年增长4.9%。", "第2季增长为4.4%。"],
      ["2026-10-29"], ["2026"]),
]

# Deadlines and cut-off dates.
DEADLINES = [
    N("as-of-day-statistics", "cnsec", R, "个税汇算清缴情况",
      ["截至9月30日，全市已有86万人完成个人所得税年度汇算。", "税务部门提醒，尚未办理的纳税人抓紧办理。"],
      ["2026-09-30"]),
    N("as-of-day-statistics-trad", "hkbar", R, "公屋輪候時間",
      ["截至9月底，一般公屋申請約有13萬宗。", "截至2026年6月30日，一般申請者平均輪候時間為5.3年。"],
      ["2026-09", "2026-06-30"]),
    N("deadline-before-day-trad", "mo", S, "醫療補貼計劃",
      ["合資格居民須於10月31日前登記，逾期不獲受理。", "計劃為期一年。"], ["2026-10-31"]),
    N("deadline-before-day", "cnsrc", S, "医保缴费截止",
      ["2027年度城乡居民医保集中缴费期为9月1日至12月31日。", "逾期未缴费的，将设置待遇等待期。"],
      ["2026-09-01", "2026-12-31"]),
    N("deadline-zhi-zhi-trad", "twroc", S, "地價稅繳納",
      ["本年度地價稅開徵期間為11月1日至11月30日止。", "民眾可利用超商或網路繳納。"], ["2026-11-01", "2026-11-30"]),
    N("deadline-singapore-submission", "sg", S, "公众咨询截止",
      ["有关部门欢迎公众在10月15日或之前提交反馈。", "咨询文件可在政府网站下载。"], ["2026-10-15"]),
    N("deadline-malaysia-application", "my", S, "援助金申请",
      ["（吉隆坡15日讯）财政部宣布，第二阶段援助金申请将于本月30日截止。", "符合资格者可获发300令吉。"],
      ["2026-09-15", "2026-09-30"]),
    N("deadline-as-of-end-of-year-trad", "hkupd", S, "電子消費券",
      ["當局表示，未使用的消費券餘額須於今年12月31日前用完。", "截至上月底，已有約600萬人登記。"],
      ["2026-12-31"], ["2026-08"]),
    N("as-of-press-time-no-date", "cnbar", S, "台风过境情况",
      ["截至发稿时，全市未接到人员伤亡报告。", "截至目前，已转移安置群众3200人。"]),
    N("as-of-press-time-no-date-trad", "hkbar", S, "暴雨影響",
      ["截至截稿時，消防處共接獲12宗水浸報告。", "截至現時，無人受傷。"]),
]

# Near misses: terms, ages, durations, times of day, names with a year, recurring dates.
NEAR_MISSES = [
    N("prison-term-years-months", "cnsrc", R, "职务侵占案宣判",
      ["被告人王某犯职务侵占罪，被判处有期徒刑3年10个月。", "法院同时责令其退赔违法所得86万元。"]),
    N("prison-term-years-months-trad", "hkcourt", R, "前經理盜竊公款判監",
      ["一名前物業經理盜竊公款逾200萬元，被判監2年4個月。", "法官指被告濫用僱主信任。"]),
    N("prison-term-ten-months-trad", "twsec", R, "竊盜累犯判刑",
      ["竊盜累犯林男被判處有期徒刑10月。", "另一案被判拘役50日。"]),
    N("probation-years-trad", "mo", R, "男子醉駕判緩刑",
      ["一名男子醉駕被判監5個月，緩刑2年執行，停牌1年。", "案件經初級法院審理。"]),
    N("ages-range-no-date", "cnsec", S, "警方打掉电诈窝点",
      ["警方抓获犯罪嫌疑人17名，年龄在19岁至45岁之间。", "其中一名嫌疑人已有3年作案经历。"]),
    N("ages-range-no-date-trad", "hkbar", S, "警方拘捕十人",
      ["被捕的10人年齡介乎17至52歲。", "警方表示調查仍在進行中。"]),
    N("duration-three-days-event-no-date", "cnsec", S, "全市开展安全检查",
      ["为期三天的全市安全生产大检查昨日结束。", "共排查隐患1200余处。"]),
    N("duration-three-days-event-no-date-trad", "twlife", S, "交通安全宣導",
      ["為期三天的交通安全宣導活動昨日落幕。", "活動吸引約5000人次參加。"]),
    N("clock-times-only-trad", "hkupd", S, "巴士路線改道",
      ["因道路工程，多條巴士路線於晚上11時至翌日早上6時改道。", "首班車於早上5時45分開出。"]),
    N("clock-times-only", "cnbar", S, "机场大巴调整班次",
      ["机场大巴1号线首班车调整为5:30，末班车为23:00。", "高峰时段每15分钟一班。"]),
    N("recurring-monthly-day-no-date-trad", "mo", S, "長者生活津貼",
      ["長者生活津貼每月15日發放，受惠人數約3萬人。", "逢星期一至五可到社工局查詢。"]),
    N("recurring-yearly-month-no-date", "cnsrc", S, "防汛工作部署",
      ["每年6月至9月为我市主汛期。", "市防汛办已组织各区开展应急演练。"]),
    N("plan-name-year-no-date", "cnsec", S, "交通规划发布",
      ["《江城市综合交通规划（2026—2035年）》正式发布。", "规划提出到2035年建成轨道交通线路12条。"], ["2035"]),
    N("plan-name-year-no-date-trad", "hkbar", S, "醫療規劃",
      ["醫管局公布《2026至2030年策略計劃》。", "當局計劃在2030年前增加1500張病床。"], ["2030"]),
    N("annual-report-name-no-date-malaysia", "my", S, "公司发布年报",
      ["该公司发布《2025年度可持续发展报告》。", "报告显示，公司碳排放按年减少8%。"]),
    N("fiscal-year-slash-no-date-trad", "hkupd", S, "政府財政狀況",
      ["政府預計2026/27年度財政赤字約為670億元。", "截至7月底，財政儲備為6400億元。"], ["2026-07"]),
    N("fiscal-year-singapore-no-date", "sgen", S, "政府部门开支",
      ["卫生部在2026财政年的开支预计达到220亿元。", "比上一财政年增加约7%。"]),
    N("weeks-and-months-durations", "cnsrc", S, "医院扩建工程",
      ["医院扩建工程工期18个月，将新增床位600张。", "施工期间门诊部将临时搬迁约6周。"]),
    N("year-count-since-trad", "twlife", S, "老字號停業",
      ["開業47年的老字號餅店宣布停業。", "店主表示，近三年營收減少約四成。"]),
    N("scores-and-ratios-no-date", "sg", S, "调查结果公布",
      ["调查显示，约2/3的受访者支持延长退休年龄。", "在10个受访者中，有7个表示满意。"]),
    N("hotline-and-numbers-no-date-trad", "hkbar", S, "警方呼籲提供線索",
      ["警方呼籲知情人士致電2860 5012與調查人員聯絡。", "涉案車輛車牌號碼為AB 1234。"]),
    N("lease-years-no-date", "cnsec", S, "土地出让",
      ["该地块出让年限为50年，起始价8.6亿元。", "竞得人须在签约后12个月内开工。"]),
]

# The headline's date yields nothing; the body's own dates do.
HEADLINE = [
    N("headline-month-body-none", "cnbar", S, "8月CPI同比上涨0.8%",
      ["国家统计局今日发布数据，居民消费价格同比上涨0.8%，环比上涨0.3%。", "食品价格由降转涨。"]),
    N("headline-month-body-none-trad", "hkbar", S, "7月零售額按年升3%",
      ["政府統計處今日公布，零售業總銷貨價值按年上升3%。", "網上銷售佔整體約一成。"]),
    N("headline-day-body-repeats", "cnsec", S, "9月20日起地铁调图",
      ["市轨道交通集团宣布，9月20日起实施新运行图。", "调图后，1号线高峰行车间隔缩短至2分钟。"], ["2026-09-20"]),
    N("headline-day-body-repeats-trad", "hkupd", S, "10月1日起新例生效",
      ["新例將於10月1日起生效，違例者最高可被罰款5萬元。", "當局將加強執法。"], ["2026-10-01"]),
    N("headline-year-body-other-year-trad", "twlife", S, "2030年前完成汰換",
      ["交通部表示，老舊公車將在2028年前全面汰換為電動車。", "目前電動公車比例約為三成。"], ["2028"]),
]

# Related-article lines, previous/next links and copyright years at the foot are chrome.
RELATED = [
    N("related-links-dated-trad", "twsec", S, "詐騙集團首腦起訴",
      ["檢方今(15)日依詐欺等罪嫌起訴詐騙集團首腦等12人。", "該集團自今年2月起在各地設立機房。"],
      ["2026-09-15", "2026-02"],
      tail=["延伸閱讀", "‧ 假投資詐騙 警破機房（2026/09/10）", "‧ 詐團車手落網（2026/08/28）"]),
    N("related-links-dated", "cnsrc", S, "电诈团伙被起诉",
      ["市检察院今（15）日对一电信诈骗团伙提起公诉。", "该团伙今年2月以来作案40余起。"],
      ["2026-09-15", "2026-02"],
      tail=["相关新闻", "警方打掉一电诈窝点 2026-09-10", "我市开展反诈宣传月活动 2026-08-28"]),
    N("prev-next-links-dated-trad", "hkupd", S, "天文台發出黃雨",
      ["天文台今日上午發出黃色暴雨警告信號。", "警告於中午12時取消。"], [],
      tail=["上一篇：颱風「白鷺」遠離本港（2026-09-12）", "下一篇：九月平均氣溫創新高（2026-09-16）"]),
    N("prev-next-links-dated", "cnsec", S, "气象台发布暴雨预警",
      ["市气象台今日发布暴雨黄色预警。", "预计未来6小时内全市有大到暴雨。"], [],
      tail=["上一篇：我市入秋时间推迟（2026-09-12）", "下一篇：中秋假期天气预报（2026-09-16）"]),
    N("related-links-dated-malaysia", "my", S, "交通罚单折扣",
      ["（吉隆坡15日讯）警方宣布，交通罚单折扣优惠将于本月20日至30日举行。", "民众可通过手机应用缴付。"],
      ["2026-09-15", "2026-09-20", "2026-09-30"],
      tail=["热门新闻", "大道连环车祸 3人受伤｜2026年9月14日", "新山市区封路 7日起实施｜2026年9月6日"]),
    N("related-links-dated-macau-trad", "mo", S, "輕軌延長服務",
      ["輕軌公司表示，本月底起延長服務時間至凌晨零時。", "週末班距維持6分鐘。"], [], ["2026-09"],
      tail=["相關新聞", "輕軌石排灣線通車（2026-09-01）", "輕軌票價優惠延長（2026-08-18）"]),
    N("copyright-year-no-date-trad", "hkbar", S, "銀行調低按息",
      ["多家銀行今日宣布將最優惠利率下調0.125厘。", "新利率即日生效。"], [],
      tail=["© 2026 香江日報 All Rights Reserved"]),
    N("editor-and-printed-lines", "cnbar", S, "央行开展逆回购操作",
      ["人民银行今日开展1200亿元7天期逆回购操作。", "当日有800亿元逆回购到期。"], [],
      tail=["打印时间：2026-09-16 08:02", "【编辑：赵敏】"]),
]

# The published date from the page's stamp, its dateline, or none.
PUBLISHED = [
    N("english-stamp-singapore", "sgen", R, "组屋转售价格上涨",
      ["建屋发展局今天公布，第三季组屋转售价格比上一季上涨1.1%。", "当局将在11月推出新一轮预购组屋。"], ["2026-11"]),
    N("english-day-month-stamp-malaysia", "myen", R, "原产品价格走低",
      ["（吉隆坡29日讯）原棕油期货今日收低，交投清淡。", "市场关注下月出口数据。"], ["2026-10-29"]),
    N("published-beside-updated-trad", "hkupd", R, "消委會公布測試結果",
      ["消委會今日公布40款電熱水壺測試結果。", "其中3款樣本的安全測試不合格。"]),
    N("section-bar-stamp-trad", "hkbar", R, "兩車相撞　一人受傷",
      ["屯門公路今日下午發生兩車相撞意外。", "一名司機受傷送院。"]),
    N("section-bar-stamp-simplified", "cnbar", R, "外汇储备规模上升",
      ["国家外汇管理局今日公布，截至9月末外汇储备规模较8月末上升186亿美元。", "9月人民币汇率总体稳定。"],
      ["2026-09", "2026-08"]),
    N("stamp-with-byline-trad", "twsec", R, "法院判決出爐",
      ["地方法院今(29)日宣判一起公共危險案件。", "被告被判處有期徒刑8月。"], ["2026-10-29"]),
    N("stamp-with-author-simplified", "cnsrc", R, "法院发布典型案例",
      ["市中级人民法院今（29）日发布劳动争议典型案例。", "案例涉及加班费、工伤认定等问题。"], ["2026-10-29"]),
    N("singapore-weekday-stamp", "sg", T, "公积金利率不变",
      ["中央公积金局宣布，10月1日至12月31日的公积金利率维持不变。", "普通账户利率为2.5%。"],
      ["2026-10-01", "2026-12-31"]),
    N("malaysia-pm-stamp", "my", T, "燃油价格不变",
      ["（吉隆坡3日讯）财政部宣布，本周燃油零售价维持不变。", "新价格自今日午夜起生效至9月9日。"],
      ["2026-09-03", "2026-09-09"]),
    N("roc-release-stamp-trad", "twroc", T, "機車定檢補助",
      ["縣府環保局即日起受理機車定檢補助申請。", "申請期限至12月31日止。"], ["2026-12-31"]),
    N("macau-weekday-stamp-trad", "mo", T, "海關截獲冷凍肉",
      ["海關昨（2）日在關閘截獲一批未經申報的冷凍肉類。", "涉案貨物重約300公斤。"], ["2026-09-02"]),
    N("no-stamp-dateline-simplified", "none_s", T, "统计局发布数据",
      ["新华社北京2026年9月3日电 国家统计局3日发布数据，8月全国规模以上工业增加值同比增长5.6%。",
       "1至8月，规模以上工业增加值同比增长5.9%。"],
      ["2026-09-03", "2026-08"], ["2026-01"], published="2026-09-03"),
    N("no-stamp-dateline-trad", "none_t", T, "經濟數據公布",
      ["中央社記者王曉明台北2026年9月3日電 主計總處今天公布，8月消費者物價指數年增1.9%。", "核心物價年增1.7%。"],
      ["2026-09-03", "2026-08"], published="2026-09-03"),
    N("no-stamp-no-date-trad", "none_t", T, "市民注意",
      ["當局呼籲市民出門前留意最新天氣消息。", "如遇緊急情況請致電999。"]),
    N("no-stamp-year-in-body", "none_s", T, "新规发布",
      ["2026年9月1日起，《江城市养犬管理条例》正式施行。", "条例规定，违规遛犬最高罚款1000元。"], ["2026-09-01"]),
]

U = "2026-07-21"  # a Tuesday

# More ordinary items: the brief's own forms in other settings, numerals written in Chinese, HK weekday brackets.
MORE = [
    N("today-21-bracket-statistics-trad", "twsec", U, "6月外銷訂單成長",
      ["經濟部今(21)日公布，6月外銷訂單金額年增8.3%。", "經濟部預估7月外銷訂單將持續成長。"], ["2026-07-21", "2026-06", "2026-07"]),
    N("today-21-bracket-statistics", "cnsec", U, "上半年居民收入增长",
      ["市统计局今（21）日发布数据，上半年全市居民人均可支配收入同比增长5.6%。", "6月份社会消费品零售总额增长4.1%。"],
      ["2026-07-21", "2026-06"]),
    N("this-month-9-to-12-range-trad", "hkbar", U, "衞生署流動診所",
      ["衞生署流動疫苗接種站將於本月9日至12日停止服務。", "市民可改往各區診所接種。"], ["2026-07-09", "2026-07-12"]),
    N("this-month-9-to-12-range", "cnbar", U, "税务大厅系统升级",
      ["因系统升级，市税务局办税服务厅本月9日至12日暂停办理部分业务。", "纳税人可通过电子税务局办理。"],
      ["2026-07-09", "2026-07-12"]),
    N("tomorrow-ascii-bracket-taiwan-trad", "twlife", U, "颱風假宣布",
      ["受颱風影響，高雄市政府宣布明日(22日)停止上班上課。", "市府將於今晚10時再發布最新消息。"], ["2026-07-22"]),
    N("chinese-numeral-full-date-trad", "mo", U, "終審法院裁決",
      ["終審法院於二〇二六年七月二十日作出裁決，駁回上訴人的上訴。", "上訴人須繳付訴訟費用。"], ["2026-07-20"]),
    N("chinese-numeral-day-month-simplified", "cnsrc", U, "案件开庭审理",
      ["该案定于八月五日上午九时在市中级人民法院第一审判庭公开开庭审理。", "庭审预计持续一天。"], ["2026-08-05"]),
    N("hk-weekday-bracket-body-trad", "hkupd", U, "立法會財委會會議",
      ["立法會財務委員會將於2026年7月24日（星期五）舉行特別會議。", "會議將審議一項約42億元的撥款申請。"],
      ["2026-07-24"]),
    N("hk-weekday-bracket-court-trad", "hkcourt", U, "被告還押候判",
      ["案件押後至8月18日（星期二）判刑，被告須還押看管。", "辯方將索取被告的背景報告。"], ["2026-08-18"]),
    N("police-two-arrests-days-trad", "mo", U, "兩宗盜竊案",
      ["司警局於本月15日及18日先後接獲兩宗盜竊案報案。", "涉案兩名男子均為22歲。"], ["2026-07-15", "2026-07-18"]),
    N("police-days-list-simplified", "cnsec", U, "连环盗窃案告破",
      ["7月10日、13日和16日，城西区连续发生三起入室盗窃案。", "警方于19日将犯罪嫌疑人抓获。"],
      ["2026-07-10", "2026-07-13", "2026-07-16", "2026-07-19"]),
    N("budget-reading-date-malaysia", "my", U, "财政预算案提呈日期",
      ["（布城21日讯）财政部宣布，2027年财政预算案将于10月10日在国会提呈。", "预算案将以提振经济为重点。"],
      ["2026-07-21", "2026-10-10"]),
    N("budget-reading-date-singapore", "sg", U, "国会复会日期",
      ["国会将在9月22日复会，辩论多项法案。", "议员将提出超过50个询问。"], ["2026-09-22"]),
    N("company-agm-date-trad", "hkbar", U, "股東週年大會",
      ["該公司將於8月28日舉行股東週年大會，暫停辦理股份過戶登記手續由8月24日至28日。", "末期息每股0.12元。"],
      ["2026-08-28", "2026-08-24"]),
    N("company-listing-date", "cnbar", U, "新股上市",
      ["某科技公司首次公开发行股票将于7月28日在科创板上市。", "公司此次发行价为每股28.5元。"], ["2026-07-28"]),
    N("transport-fare-from-next-year-trad", "twlife", U, "捷運票價調整",
      ["捷運公司宣布，票價將自明年1月1日起調整。", "今年上半年運量較去年同期成長6%。"], ["2027-01-01"]),
    N("health-outbreak-period-trad", "hkupd", U, "手足口病個案",
      ["衞生防護中心表示，本月首兩周共錄得12宗手足口病個案。", "患者年齡介乎1至6歲。"], [], ["2026-07"]),
    N("health-vaccine-year-end", "sgen", U, "新疫苗计划",
      ["卫生部说，新的儿童疫苗计划将在年底前推出。", "今年1月以来，已有逾2万名儿童接种。"], ["2026-01"], ["2026-12"]),
    N("weekday-words-open-trad", "hkbar", U, "港珠澳大橋交通安排",
      ["運輸署表示，上週五起實施的交通安排將維持至下週一。", "當局會檢討有關措施。"], [], ["2026-07-17", "2026-07-27"]),
    N("weekday-words-open", "cnsec", U, "道路临时管制",
      ["交警部门表示，本周六起对滨江路实施临时交通管制。", "管制时间为每日7时至19时。"], [], ["2026-07-25"]),
]

# A second round, written after the first was run: weekday words with their day in brackets, 同月, 号, dotted and
# foot stamps, fiscal names, holidays with their day, 即日起至.
SECOND_ROUND = [
    N("weekday-with-day-bracket", "cnsec", S, "城区停水通知",
      ["因管网改造，城东片区将于本周四（17日）8时至20时停水。", "上周五（11日），城西片区已完成改造。"],
      ["2026-09-17", "2026-09-11"]),
    N("weekday-with-day-bracket-trad", "hkbar", S, "食環署滅蚊行動",
      ["食環署將於本週四（17日）起在全港展開滅蚊行動。", "上週五（11日）該署已在屯門試行。"], ["2026-09-17", "2026-09-11"]),
    N("next-month-first-day-trad", "hkupd", S, "新收費下月實施",
      ["政府宣布，新的公立醫院收費將於下月1日起實施。", "當局已於上月完成諮詢。"], ["2026-10-01"], ["2026-08"]),
    N("same-month-later-day", "cnsrc", S, "男子诈骗获刑",
      ["2025年3月，被告人李某以投资为名骗取他人钱款。", "同月20日，被害人报警。"], ["2025-03", "2025-03-20"]),
    N("same-month-later-day-trad", "twsec", S, "詐騙案判決",
      ["被告於2025年3月間以假投資手法詐騙被害人。", "同月20日被害人察覺受騙報警。"], ["2025-03", "2025-03-20"]),
    N("hao-day-simplified", "cnbar", S, "新能源车补贴延续",
      ["记者从市商务局获悉，新能源汽车消费补贴延续至10月31号。", "补贴标准不变。"], ["2026-10-31"]),
    N("immediately-until-day-trad", "mo", S, "消費優惠延長",
      ["經濟局宣布，社區消費優惠即日起延長至10月31日。", "市民可於指定商戶使用。"], ["2026-10-31"]),
    N("immediately-until-day", "sg", S, "停车优惠延长",
      ["市建局宣布，即日起至10月31日，组屋区停车场夜间停车费减半。", "优惠适用于所有车辆。"], ["2026-10-31"]),
    N("holiday-with-day-bracket-trad", "hkbar", S, "中秋節交通安排",
      ["中秋節翌日（9月26日）為公眾假期，港鐵將加密班次。", "運輸署預計屆時交通繁忙。"], ["2026-09-26"]),
    N("holiday-range-national-day", "cnsec", S, "国庆假期高速免费",
      ["10月1日至7日国庆假期期间，7座以下小型客车免费通行高速公路。", "预计假期车流量同比增长8%。"], ["2026-10-01", "2026-10-07"]),
    N("golden-week-no-date", "cnbar", S, "黄金周旅游市场",
      ["业内预计，今年“十一”黄金周出游人次将创新高。", "去年同期，全国国内旅游出游人次达7.8亿。"]),
    N("roc-full-date-effective-trad", "twroc", S, "自治條例施行",
      ["本縣自治條例修正案自民國115年10月1日起施行。", "114年度決算已於今年6月送審。"], ["2026-10-01", "2026-06"]),
    N("company-extraordinary-meeting-name-trad", "hkupd", S, "公司召開特別股東大會",
      ["該公司將召開2026年第二次股東特別大會，審議出售資產議案。", "會議定於10月8日舉行。"], ["2026-10-08"], ["2026"]),
    N("case-happened-last-year-month", "cnsrc", S, "交通肇事案宣判",
      ["案发于去年12月，被告人驾车撞伤一名行人后逃逸。", "法院判处其有期徒刑1年6个月。"], ["2025-12"]),
    N("case-happened-year-month-trad", "hkcourt", S, "保安員盜竊判監",
      ["案發於2025年8月，被告在商場當值時盜取顧客遺留財物。", "被告被判監6個月。"], ["2025-08"]),
    N("malaysia-dateline-and-this-month-day", "my", S, "停电通知",
      ["（怡保15日讯）国家能源公司宣布，本月18日上午将在市区进行电缆维修。", "受影响用户约2000户。"],
      ["2026-09-15", "2026-09-18"]),
    N("foot-publication-line-trad", "none_t", S, "圖書館開放時間調整",
      ["公共圖書館將由10月1日起延長開放時間至晚上9時。", "星期一休館安排不變。", "發佈日期：2026年9月15日"],
      ["2026-10-01"], published="2026-09-15"),
    N("foot-publication-line", "none_s", S, "社区卫生服务中心搬迁",
      ["城南社区卫生服务中心将于10月8日搬迁至新址。", "搬迁期间暂停服务两天。", "发布时间：2026-09-15 10:20"],
      ["2026-10-08"], published="2026-09-15"),
    N("macau-date-with-weekday-bracket-trad", "mo", S, "新口岸封路",
      ["交通事務局表示，2026年9月19日（星期六）晚上將封閉新口岸部分路段。", "翌日早上6時重開。"], ["2026-09-19"]),
    N("next-day-bare-no-date-trad", "twlife", S, "颱風停班停課",
      ["受颱風影響，縣府宣布今(15)日下午停班停課。", "翌日是否上班上課，將視風雨情況再行公布。"], ["2026-09-15"]),
    N("half-of-month-shang-xun", "cnsec", S, "蔬菜价格回落",
      ["9月上旬，全市蔬菜平均批发价格环比下降6%。", "8月下旬价格曾一度上涨。"], ["2026-09", "2026-08"]),
    N("statistics-release-day-ahead-singapore", "sgen", S, "统计局将公布数据",
      ["统计局将在本月23日公布8月份的消费物价指数。", "经济师预计整体通胀率为1.2%。"], ["2026-09-23", "2026-08"]),
]

BANK = (BRACKET_DAYS + RANGES + MONTHS + ROC + QUARTERS + DEADLINES + NEAR_MISSES + HEADLINE + RELATED + PUBLISHED
        + MORE + SECOND_ROUND)

XFAIL: dict[str, str] = {}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text,expected,optional,published", [strict_case(row, XFAIL) for row in BANK])
def test_ordinary_news_dates(text, expected, optional, published):
    got = (page_values(text) - optional, extract(text).published)
    assert got == (expected, published)
