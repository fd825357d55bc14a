"""Dates on long pages read against the page date or the dateline (ANNOTATION.md "Dates" and "Borderline calls"):
relative days (昨(2)日, 前(1)日, 本月/上月/下月X日; bare 昨日/前日/日前/近日 are no dates, a weekday word 上週五/本周三/下周一
is left open), ranges (2日-4日, 6月30日—7月2日, 3月28日到4月1日, a range across the new year, 一連三日 after a start, whose
end goes to the event and not to the dates), ROC years (民國113年, 113年5月), Hong Kong and Macau forms (2024年5月3日(星期五)),
slashed, dotted and hyphenated dates in the body against the same forms in the page's chrome (stamp, updated and printed
lines, related-article lists, previous/next links, captions, copyright lines), and the year from context (a January page
looking back on December, a December page looking ahead to January, 今年底/明年初, 去年同期 no date, quarters give their
year, fiscal years 2026/27年度 no date, recurring dates 每年6月 no date, ages and durations no date).

Written for these tests before the extractor was run on them; simplified and Traditional; mainland, Hong Kong, Macau,
Taiwan, Singapore and Malaysia press styles. Names, bodies and events are invented.

Rows are (id, page, the values the page must give, the values it may give, the event's start and end or None); the
page's values are read as the scorer reads them (a range gives both ends) and must equal the expected ones once the
optional ones are set aside.
"""
from __future__ import annotations

import pytest

from extractor import extract
from tests.helpers import ANY, check_bank_coverage, strict_case

CHROME = {  # locale: (navigation line, stamp line with {y} {m} {d} {roc}, closing chrome lines)
    "cn": ("当前位置：首页 > 要闻 > 区县动态", "发布时间：{y}年{m:02d}月{d:02d}日 15:32　来源：滨江新闻网",
           ["【纠错】【责任编辑：陈晓】", "打印本页　关闭窗口"]),
    "sg": ("首页 › 新闻 › 本地", "{y}年{m}月{d}日 8:30 PM　狮城联合报",
           ["分享：Facebook Telegram", "狮城联合报 版权所有"]),
    "my": ("首页 > 国内 > 地方", "{y}年{m}月{d}日 下午4:12　大马日报",
           ["欢迎订阅大马日报电子报", "大马日报 版权所有"]),
    "hk": ("首頁 › 港聞 › 社會", "更新時間：{y}/{m:02d}/{d:02d} 07:05",
           ["分享：Facebook WhatsApp", "維港新聞 版權所有 不得轉載"]),
    "mo": ("首頁 > 澳門 > 社會", "{y}年{m}月{d}日　濠鏡時報",
           ["【責任編輯：梁小敏】", "濠鏡時報 版權所有"]),
    "tw": ("首頁 > 地方 > 南部", "{y}-{m:02d}-{d:02d} 09:12 南方新聞網",
           ["分享：LINE Facebook", "南方新聞網 版權所有 轉載必究"]),
    "twroc": ("首頁 > 新聞稿", "發布日期：{roc}年{m}月{d}日　發布單位：縣府新聞處",
              ["點閱數：1508", "回上頁"]),
}

FILLERS = {  # paragraphs with no calendar mention, to make long pages
    "s": (
        "据了解，相关部门已组织专人负责协调，确保各项工作有序推进，群众反映的问题能够及时得到解决。",
        "不少市民表示，希望有关方面进一步优化服务流程，让办事更加方便快捷。",
        "业内人士分析，这一举措有助于提振市场信心，带动上下游产业共同发展。",
    ),
    "t": (
        "據了解，有關部門已安排專人跟進協調，確保各項工作有序推進，市民反映的問題能夠及時處理。",
        "不少市民表示，希望當局進一步簡化程序，讓辦事更加方便快捷。",
        "業界人士分析，有關措施有助提振市場信心，帶動上下游產業共同發展。",
    ),
}
SCRIPT = {"cn": "s", "sg": "s", "my": "s", "hk": "t", "mo": "t", "tw": "t", "twroc": "t"}


def page(locale: str, date: str | None, headline: str, paragraphs: list[str], mid=(), tail=()) -> str:
    """A long page: navigation, headline, the stamp line (none when `date` is None), the first paragraph, a date-free
    paragraph, the other paragraphs with any chrome lines `mid` after the second of them, another date-free paragraph,
    any extra chrome lines `tail`, and the locale's closing chrome."""
    nav, stamp, closing = CHROME[locale]
    fillers = FILLERS[SCRIPT[locale]]
    k = len(headline) % len(fillers)
    rest = list(paragraphs[1:])
    rest[1:1] = list(mid)
    body = [paragraphs[0], fillers[k], *rest, fillers[(k + 1) % len(fillers)]]
    lines = [nav, headline]
    if date is not None:
        y, m, d = (int(p) for p in date.split("-"))
        lines.append(stamp.format(y=y, m=m, d=d, roc=y - 1911))
    return "\n".join([*lines, "", *body, "", *tail, *closing]) + "\n"


def page_values(text: str) -> set:
    """The date values of a page's record as the scorer reads them: a range gives both its ends."""
    found = set()
    for d in extract(text).dates:
        found.update((d.start, d.end) if d.precision == "range" else (d.value,))
    found.discard(None)
    return found


def P(id, locale, date, headline, paragraphs, expected=(), optional=(), mid=(), tail=(), event=None):
    """One row: id, the page, the values it must give, the values it may give, the event's (start, end) or None."""
    return (id, page(locale, date, headline, paragraphs, mid, tail), set(expected), set(optional), event)


D = "2026-12-03"  # the usual page date (a Thursday)
J = "2027-01-08"  # a January page looking back on December (a Friday)
E = "2026-12-28"  # a page at the year's end looking ahead to January (a Monday)
WEEK = {"2026-11-27", "2026-12-02", "2026-12-07"}  # 上周五, 本周三, 下周一 from D: weekday arithmetic, left open

# Relative days read against the page date or the dateline; bare relative words are no dates.
RELATIVE = [
    P("yesterday-and-day-before-bracket", "cn", D, "区委专题部署冬季安全生产",
      ["区委书记昨（2）日主持召开专题会议，研究部署冬季安全生产工作。",
       "会议指出，前（1）日发生在开发区的一起火灾暴露出隐患排查不到位的问题。",
       "日前，区应急局已对全区200余家企业开展检查。", "近日，区里还将组织专项督查。"],
      ["2026-12-02", "2026-12-01"]),
    P("yesterday-and-day-before-bracket-trad", "hk", D, "觀塘商店劫案三人被捕",
      ["警方昨（2）日拘捕三名男子。", "三人涉嫌於前（1）日凌晨在觀塘一間商店行劫。", "近日區內接連發生多宗同類案件。"],
      ["2026-12-02", "2026-12-01"]),
    P("this-last-next-month-days-january-page", "cn", J, "第二批保障房即将选房",
      ["本月5日，市住建局发布新一批保障性住房名单。", "上月28日，首批住户已领取钥匙。", "下月10日，第二批住房将开放选房。"],
      ["2027-01-05", "2026-12-28", "2027-02-10"]),
    P("this-last-next-month-days-january-page-trad", "mo", J, "經屋下月揀樓",
      ["房屋局本月5日公布經屋輪候名單。", "該局上月28日已完成抽籤。", "下月10日起開始揀樓。"],
      ["2027-01-05", "2026-12-28", "2027-02-10"]),
    P("next-month-day-from-december-trad", "tw", D, "公車票價下月調整",
      ["縣府宣布，下月15日起調整公車票價。", "本月20日前將完成宣導。", "上月30日縣務會議已通過調整案。"],
      ["2027-01-15", "2026-12-20", "2026-11-30"]),
    P("weekday-words-open", "cn", D, "预算调整方案下周审议",
      ["上周五，市政府召开常务会议。", "本周三，新修订的条例正式施行。", "下周一，市人大常委会将审议预算调整方案。",
       "12月10日，审议结果将向社会公布。"], ["2026-12-10"], WEEK),
    P("weekday-words-open-trad", "hk", D, "隧道工程下週動工",
      ["上週五，立法會財委會通過撥款。", "本週三，有關部門已展開招標。", "下週一，工程將正式動工。", "當局預計工程於明年3月完成。"],
      ["2027-03"], WEEK),
    P("weekday-word-with-date-in-brackets-singapore", "sg", D, "电动滑板车新规",
      ["上星期五（11月27日），陆交局宣布新措施。", "新措施将在下星期一（12月7日）生效。", "违例者最高可被罚款2000元。"],
      ["2026-11-27", "2026-12-07"]),
    P("recent-days-are-no-dates", "cn", D, "流感进入高发期",
      ["日前，市卫健委发布冬季流感防控指引。", "近日，多家医院发热门诊就诊人数明显增加。", "前日，记者走访了多家社区卫生服务中心。",
       "昨天，市疾控中心专家接受了采访。"]),
    P("recent-days-are-no-dates-trad", "tw", D, "流感病例增加",
      ["日前，縣府召開防疫會議。", "近日流感病例明顯增加。", "前天，記者走訪多家診所。", "今天上午，衛生局再度呼籲民眾接種疫苗。"]),
    P("recent-days-are-no-dates-malaysia", "my", D, "骨痛热症病例上升",
      ["近日，州内骨痛热症病例持续上升。", "日前，卫生局展开灭蚊行动。", "昨日，州行政议员巡视了多个热点地区。"]),
    P("today-and-tomorrow-bracket-trad", "tw", D, "新措施明日上路",
      ["縣府今（3）日公布明（4）日起實施的新措施。", "縣長表示，明（4）日上午將親自出席記者會。"],
      ["2026-12-03", "2026-12-04"]),
    P("tomorrow-day-after-dateline-malaysia", "my", D, "游客中心明日开放",
      ["（怡保3日讯）霹雳州政府宣布，明日（4日）起开放新的游客中心。", "州行政议员今日（3日）在记者会上说，中心耗资300万令吉。"],
      ["2026-12-03", "2026-12-04"]),
    P("yesterday-with-full-date-in-brackets", "cn", D, "全市启动冬季供暖",
      ["昨日（12月2日），市政府新闻办举行发布会。", "今日（12月3日）起，全市启动冬季供暖。"], ["2026-12-02", "2026-12-03"]),
    P("yesterday-with-full-date-in-brackets-trad", "mo", D, "街市延長營業",
      ["昨日（12月2日），市政署舉行記者會。", "今日（12月3日）起，街市延長營業時間。"], ["2026-12-02", "2026-12-03"]),
    P("last-month-last-day-january-page-trad", "hk", J, "元朗貨倉火警調查",
      ["消防處上月31日接報，元朗一個貨倉起火。", "事件中無人受傷。", "處方本月6日公布調查結果。"],
      ["2026-12-31", "2027-01-06"]),
    P("this-month-end-next-month-start-open", "cn", D, "社区服务中心即将启用",
      ["项目计划本月底完工，下月初投入使用。", "12月15日，将组织专家验收。"], ["2026-12-15"], ["2026-12", "2027-01"]),
    P("months-to-date-and-same-period-open", "cn", D, "消费市场稳中有升",
      ["1至11月，全市社会消费品零售总额同比增长4.2%，增速比去年同期提高0.8个百分点。", "11月当月，零售总额为680亿元。"],
      ["2026-11"], ["2026-01", "--01", "--11"]),
    P("day-before-yesterday-today-court-trad", "tw", D, "走私香菸案聲押",
      ["警方前（1）日深夜在國道查獲一批走私香菸。", "檢方昨（2）日複訊後，聲押2名嫌犯獲准。", "法院今（3）日將開庭審理。"],
      ["2026-12-01", "2026-12-02", "2026-12-03"]),
    P("yesterday-day-in-brackets-after-dateline-malaysia", "my", D, "政府明年推援助计划",
      ["（吉隆坡3日讯）首相署部长昨日（2日）在国会下议院说，政府将于明年1月推出新的援助计划。", "他今日（3日）也出席了一项活动。"],
      ["2026-12-03", "2026-12-02", "2027-01"]),
    P("this-next-last-year-months-trad", "hk", D, "新收費系統明年啟用",
      ["運輸署表示，今年10月已完成首階段測試。", "新系統將於明年4月全面啟用。", "去年12月，署方已展開招標。"],
      ["2026-10", "2027-04", "2025-12"]),
    P("this-year-end-next-year-start-singapore", "sg", D, "新组屋项目进展",
      ["新组屋项目预计今年年底完成打桩，明年初开始上盖工程。", "建屋局说，首批单位将在2029年交付。"],
      ["2026-12", "2027-01", "2029"]),
    P("last-year-end-and-month-end-malaysia", "my", D, "免费早餐计划",
      ["该计划于去年底推出，今年3月起全面实施。", "截至11月底，已有2万名学生受惠。"], ["2025-12", "2026-03", "2026-11"]),
    P("this-last-next-month-days-january-page-singapore", "sg", J, "电费新一季调整",
      ["本月5日起，新的电费率正式生效。", "能源市场管理局上月15日宣布调整电费。", "下月1日起，煤气费也将调整。"],
      ["2027-01-05", "2026-12-15", "2027-02-01"]),
    P("bare-tomorrow-and-day-after-trad", "hk", D, "港鐵加密班次",
      ["明日起，港鐵將加密班次。", "後日，天文台預測氣溫回升。", "運輸署於12月1日已公布有關安排。"], ["2026-12-01"]),
    P("today-with-month-in-brackets-roc-trad", "twroc", D, "冬季市集開幕",
      ["縣府今（12月3日）宣布，冬季市集將於12月12日開幕。", "市集去（114）年首度舉辦，吸引5萬人次。"],
      ["2026-12-03", "2026-12-12"], ["2025"]),
    P("last-month-middle-open-and-day", "cn", D, "港口冷链货物通关",
      ["上月中旬，首批冷链货物抵达江城港。", "上月25日，第二批货物顺利通关。", "本月以来，港口吞吐量持续增长。"],
      ["2026-11-25"], ["2026-11"]),
    P("days-from-page-month-news-flag-trad", "mo", D, "流感個案上升",
      ["【本報訊】衛生局昨（2）日公布，1日至2日共錄得流感個案120宗。", "局方將於5日舉行記者會。"],
      ["2026-12-02", "2026-12-01", "2026-12-05"]),
    P("bare-yesterday-afternoon-and-until-day", "cn", D, "安全生产大检查",
      ["昨天下午，市长带队检查。", "今天上午，检查组继续走访。", "检查将持续到12月5日。"], ["2026-12-05"]),
    P("wire-dateline-today-and-bare-day-trad", "tw", D, "國道新收費",
      ["（中央社記者李明台北2日電）交通部今天宣布，12月15日起國道實施新收費。", "交通部表示，3日將公布細節。"],
      ["2026-12-02", "2026-12-15", "2026-12-03"]),
]

# Ranges: each end is a date; a run of days after a start (一連三日) ends the event, not the dates.
RANGES = [
    P("range-days-hyphen", "cn", D, "寒潮来袭",
      ["5日-7日，全市将迎来大范围降温。", "气象台预计，10日-12日气温逐步回升。"],
      ["2026-12-05", "2026-12-07", "2026-12-10", "2026-12-12"]),
    P("range-days-hyphen-trad", "hk", D, "天文台預測降溫",
      ["天文台預測，5日-7日氣溫顯著下降。", "10日-12日天氣回暖。"],
      ["2026-12-05", "2026-12-07", "2026-12-10", "2026-12-12"]),
    P("range-em-dash-across-month", "cn", "2026-06-20", "龙舟邀请赛月底开赛",
      ["6月30日—7月2日，第六届滨江龙舟邀请赛将在滨江湾举行。", "报名截止日期为6月25日。"],
      ["2026-06-30", "2026-07-02", "2026-06-25"]),
    P("range-em-dash-across-month-trad", "mo", "2026-06-20", "龍舟邀請賽月底舉行",
      ["第六屆澳門龍舟邀請賽將於6月30日—7月2日在南灣湖舉行。", "報名截止日期為6月25日。"],
      ["2026-06-30", "2026-07-02", "2026-06-25"], event=("2026-06-30", "2026-07-02")),
    P("range-dao-across-month", "cn", "2026-03-20", "樱花节月底开幕",
      ["3月28日到4月1日，滨江樱花节将在滨江公园举办。", "樱花节期间，公园延长开放至晚上9时。"],
      ["2026-03-28", "2026-04-01"]),
    P("range-dao-across-month-trad", "tw", "2026-03-20", "武陵櫻花季",
      ["櫻花季3月28日到4月1日在武陵農場登場。", "農場提醒，期間每日限量5000人入園。"], ["2026-03-28", "2026-04-01"]),
    P("range-across-new-year-december-page", "cn", E, "迎新年灯会",
      ["12月30日至1月2日，全市公园将举办迎新年灯会。", "灯会期间每晚6时至10时开放。"], ["2026-12-30", "2027-01-02"]),
    P("range-across-new-year-december-page-trad", "hk", E, "維園迎新年嘉年華",
      ["12月30日至1月2日，維園將舉行迎新年嘉年華。", "嘉年華每日中午12時至晚上10時開放。"], ["2026-12-30", "2027-01-02"]),
    P("range-across-new-year-january-page", "cn", J, "元旦假期旅游数据",
      ["12月30日至1月2日期间，全市接待游客120万人次。", "本月5日，市文旅局公布了相关数据。"],
      ["2026-12-30", "2027-01-02", "2027-01-05"]),
    P("range-across-new-year-january-page-trad", "mo", J, "新年假期旅客數字",
      ["12月30日至1月2日期間，澳門錄得入境旅客85萬人次。", "旅遊局本月5日公布有關數字。"],
      ["2026-12-30", "2027-01-02", "2027-01-05"]),
    P("run-of-days-after-start-trad", "hk", D, "國際茶展下週舉行",
      ["第十屆香港國際茶展將於12月10日起一連三日在灣仔會議展覽中心舉行。", "主辦單位預計吸引3萬名入場人士。"],
      ["2026-12-10"], event=("2026-12-10", "2026-12-12")),
    P("run-of-days-after-start", "cn", D, "美食节下周开幕",
      ["第八届滨江美食节12月10日起一连三天在滨江广场举行。", "美食节共设120个摊位。"],
      ["2026-12-10"], event=("2026-12-10", "2026-12-12")),
    P("run-of-days-from-today-trad", "mo", D, "咖啡節今日開幕",
      ["第三屆澳門咖啡節今（3）日起一連四日在塔石廣場舉行。", "咖啡節共有60個攤位參與。"],
      ["2026-12-03"], event=("2026-12-03", "2026-12-06")),
    P("range-full-dates-with-year", "cn", D, "春运交通安全整治",
      ["2027年1月15日至2月15日，全市开展春运交通安全整治。", "整治期间，交警部门将加大路面巡查力度。"],
      ["2027-01-15", "2027-02-15"]),
    P("range-full-dates-with-year-trad", "tw", D, "春節疏運計畫",
      ["春節疏運期間自2027年2月3日至2月14日。", "高公局呼籲用路人避開尖峰時段。"], ["2027-02-03", "2027-02-14"]),
    P("range-this-month-days-malaysia", "my", D, "教育展本月举行",
      ["本月18日至20日，州政府将在体育馆举办教育展。", "展览免费入场。"], ["2026-12-18", "2026-12-20"]),
    P("range-chinese-numeral-days-trad", "hk", "2026-11-20", "展覽下月舉行",
      ["展覽將於十二月五日至七日舉行，一連三日。", "入場費每位20元。"], ["2026-12-05", "2026-12-07"]),
    P("range-short-weekdays-in-brackets-trad", "mo", "2026-11-20", "社區嘉年華",
      ["活動於12月5日（六）至6日（日）舉行。", "市民可免費參加。"], ["2026-12-05", "2026-12-06"]),
    P("range-hyphen-full-month-days-singapore", "sg", D, "家居展览会",
      ["展览会于12月5日-12月7日在滨海湾金沙举行。", "共有300家参展商。"], ["2026-12-05", "2026-12-07"]),
    P("range-slashed-tilde-trad", "tw", D, "耶誕市集",
      ["活動期間為12/5～12/7，每日上午10點開放。", "現場備有接駁車。"], ["2026-12-05", "2026-12-07"]),
    P("range-years-hyphen-and-year", "cn", D, "学校建设规划",
      ["2026-2030年，全市将新建学校50所。", "2025年，全市已新建学校12所。"], ["2026", "2030", "2025"]),
    P("range-from-and-until-in-two-sentences-trad", "hk", D, "新措施實施",
      ["新措施由12月15日起實施。", "措施為期至明年3月31日。"], ["2026-12-15", "2027-03-31"]),
    P("range-months-across-year", "cn", D, "冬季大气污染防治",
      ["12月至明年2月，全市将开展冬季大气污染防治攻坚行动。", "行动期间，重点管控工地扬尘。"], ["2026-12", "2027-02"]),
    P("range-months-across-year-trad", "mo", D, "冬季巡查",
      ["12月至明年2月期間，當局將加強巡查。", "違規者最高可被罰款2萬元。"], ["2026-12", "2027-02"]),
    P("range-event-page", "cn", "2026-11-20", "国际车展下月举行",
      ["第十二届滨江国际车展将于12月5日至7日在滨江国际会展中心举行。", "车展共设6个展馆，展出面积8万平方米。"],
      ["2026-12-05", "2026-12-07"], event=("2026-12-05", "2026-12-07")),
    P("range-event-page-trad", "hk", "2026-11-20", "國際車展下月舉行",
      ["第十二屆香港國際車展將於12月5日至7日在亞洲國際博覽館舉行。", "車展共設6個展館。"],
      ["2026-12-05", "2026-12-07"], event=("2026-12-05", "2026-12-07")),
    P("group-size-hyphen-near-miss", "cn", D, "亲子定向赛报名",
      ["活动以2-4人为一组报名。", "比赛将于12月12日举行。"], ["2026-12-12"]),
    P("group-size-hyphen-near-miss-trad", "tw", D, "定向越野賽",
      ["參加者須以3-5人為一隊報名。", "比賽將於12月12日舉行。"], ["2026-12-12"]),
    P("score-near-miss-trad", "hk", D, "港隊勝出",
      ["港隊昨（2）日以3-1擊敗對手。", "下一場比賽於12月6日舉行。"], ["2026-12-02", "2026-12-06"]),
    P("range-spring-and-month-end", "cn", "2026-05-06", "春季植树成果",
      ["3月1日至5月31日，全省开展春季植树活动。", "截至4月底，全省已植树3000万株。"],
      ["2026-03-01", "2026-05-31", "2026-04"]),
]

# ROC years and Hong Kong and Macau forms.
REGIONAL = [
    P("roc-minguo-years-trad", "tw", D, "國中校慶",
      ["該校創立於民國50年，民國88年改制為國中。", "學校將於12月12日舉辦校慶。"], ["1961", "1999", "2026-12-12"]),
    P("roc-year-months-trad", "twroc", D, "道路工程完工",
      ["縣府表示，該工程於113年5月開工，114年10月完工。", "工程總經費約8億元。"], ["2024-05", "2025-10"]),
    P("roc-year-month-gregorian-stamp-trad", "tw", D, "新制明年上路",
      ["市府指出，新制自116年1月起實施。", "115年已試辦半年。"], ["2027-01", "2026"]),
    P("roc-minguo-full-date-simplified", "cn", D, "台湾地区新规",
      ["据台湾媒体报道，该规定自民国113年5月1日起施行。", "岛内舆论关注其影响。"], ["2024-05-01"]),
    P("roc-dotted-full-dates-trad", "twroc", D, "公聽會報名",
      ["本案訂於115.12.15上午10時召開公聽會。", "民眾可於115.12.10前報名。"], ["2026-12-15", "2026-12-10"]),
    P("roc-slashed-range-trad", "tw", D, "特展開幕",
      ["展期自115/12/5至116/1/3止。", "每週一休館。"], ["2026-12-05", "2027-01-03"]),
    P("roc-year-words-with-numbers-open-trad", "twroc", D, "觀光人次創新高",
      ["縣府今（3）日公布，今（115）年觀光人次已突破800萬。", "明（116）年將擴大辦理燈會。"],
      ["2026-12-03"], ["2026", "2027"]),
    P("roc-minguo-year-range-trad", "tw", D, "中程計畫核定",
      ["計畫期程自民國116年至119年。", "總經費約50億元。"], ["2027", "2030"]),
    P("roc-school-year-near-miss-trad", "tw", D, "入學方案公告",
      ["教育部公布116學年度入學方案。", "方案於今（3）日公告。"], ["2026-12-03"]),
    P("roc-budget-year-near-miss-trad", "twroc", D, "總預算三讀",
      ["縣議會三讀通過116年度總預算。", "總預算歲出約720億元，將於116年1月1日起執行。"], ["2027-01-01"]),
    P("roc-stamp-dates-bare-month-day-trad", "twroc", D, "耶誕市集",
      ["縣府表示，12月20日將舉辦耶誕市集。", "去年市集吸引3萬人次。"], ["2026-12-20"]),
    P("hk-full-date-halfwidth-weekday-trad", "hk", D, "上訴庭聆訊",
      ["法院於2024年5月3日(星期五)作出裁決。", "被告已於2024年6月提出上訴。", "上訴庭將於12月9日(星期三)聆訊。"],
      ["2024-05-03", "2024-06", "2026-12-09"]),
    P("macau-full-dates-fullwidth-weekday-trad", "mo", D, "行政命令生效",
      ["行政長官於2026年11月30日（星期一）簽署行政命令。", "命令自2026年12月1日（星期二）起生效。"],
      ["2026-11-30", "2026-12-01"]),
    P("hk-numeral-years-and-month-day-trad", "hk", D, "大廈業主大會",
      ["該大廈於二〇一九年落成，二〇二三年完成翻新。", "業主立案法團將於十二月十日舉行大會。"],
      ["2019", "2023", "2026-12-10"]),
    P("weekday-brackets-next-january-singapore", "sg", D, "国会复会",
      ["国会将于1月12日（星期二）复会。", "总理将在1月13日（星期三）发表演讲。"], ["2027-01-12", "2027-01-13"]),
    P("macau-hao-range-trad", "mo", D, "社區活動",
      ["活動將於本月12號至14號舉行。", "每日下午3時開始。"], ["2026-12-12", "2026-12-14"]),
    P("weekday-then-day-in-brackets-trad", "hk", D, "天氣轉涼",
      ["天文台預測，週六（5日）天氣轉涼。", "週日（6日）氣溫最低約11度。"], ["2026-12-05", "2026-12-06"]),
    P("weekday-brackets-parliament-malaysia", "my", D, "国会下议院复会",
      ["国会下议院将于12月7日（星期一）复会。", "会议将持续至12月17日（星期四）。"], ["2026-12-07", "2026-12-17"]),
    P("short-weekday-bracket-singapore", "sg", D, "社区义卖会",
      ["义卖会在12月5日（周六）举行。", "所得款项将捐给社区基金。"], ["2026-12-05"]),
    P("macau-numeral-full-date-and-next-day-trad", "mo", D, "新法律公布",
      ["該法律於二〇二六年十一月三十日公布，翌日生效。", "法律共三十條。"], ["2026-11-30"]),
]

# Slashed, dotted and hyphenated dates in the body count; the same forms in chrome do not.
NUMERIC = [
    P("slashed-full-dates-body", "cn", D, "职业技能考试报名",
      ["根据通知，报名截止时间为2026/12/15。", "考试定于2027/1/9举行。"], ["2026-12-15", "2027-01-09"]),
    P("slashed-full-dates-body-trad", "tw", D, "技能檢定報名",
      ["報名截止日期為2026/12/15。", "考試將於2027/1/9舉行。"], ["2026-12-15", "2027-01-09"]),
    P("dotted-full-dates-body", "cn", D, "科普活动报名",
      ["本次活动于2026.12.12在滨江文化中心举行。", "截至2026.12.5，已有500人报名。"], ["2026-12-12", "2026-12-05"]),
    P("dotted-full-dates-body-trad", "hk", D, "公開講座",
      ["講座將於2026.12.12舉行。", "報名截止日期為2026.12.5。"], ["2026-12-12", "2026-12-05"]),
    P("related-list-mid-page-is-chrome", "cn", D, "环保督查工作会议召开",
      ["12月2日，滨江区召开环保督查工作会议。", "会议通报了近期督查情况。"], ["2026-12-02"],
      mid=["相关新闻：", "滨江区开展扬尘专项整治 2026/11/28", "滨江区河长制工作会议召开 2026/11/20"]),
    P("related-list-mid-page-is-chrome-trad", "hk", D, "市建局公布重建項目",
      ["市建局昨（2）日公布新一輪重建項目。", "項目涉及約600個住戶。"], ["2026-12-02"],
      mid=["相關新聞：", "九龍城重建項目展開諮詢（2026.11.28）", "油麻地舊樓清拆（2026.11.20）"]),
    P("updated-line-is-chrome-trad", "tw", D, "路平專案成果",
      ["縣府今（3）日公布路平專案成果。", "明年將再編列2億元。"], ["2026-12-03"],
      tail=["最後更新：2026/12/04 20:15", "本文由南方新聞網授權轉載"]),
    P("print-date-line-is-chrome", "cn", D, "垃圾分类积分制度",
      ["12月1日起，滨江区全面推行垃圾分类积分制度。", "居民可用积分兑换生活用品。"], ["2026-12-01"],
      tail=["打印日期：2026.12.04", "（编辑：王冬）"]),
    P("previous-next-links-are-chrome", "cn", D, "冬季消防安全工作会议",
      ["12月2日，滨江区召开冬季消防安全工作会议。", "会议要求，各单位于12月15日前完成自查。"], ["2026-12-02", "2026-12-15"],
      tail=["上一篇：滨江区举办冬季运动会（2026-11-29）", "下一篇：滨江区开展消防演练（2026-11-30）"]),
    P("previous-next-links-are-chrome-trad", "mo", D, "冬季防火宣傳",
      ["消防局昨（2）日舉行冬季防火宣傳活動。", "局方要求各商戶於12月15日前完成檢查。"], ["2026-12-02", "2026-12-15"],
      tail=["上一篇：澳門舉辦冬季長跑（2026-11-29）", "下一篇：消防局舉行演習（2026-11-30）"]),
    P("slashed-day-month-hong-kong-trad", "hk", D, "資助計劃申請",
      ["申請期由1/12至15/12。", "結果將於31/12公布。"], ["2026-12-01", "2026-12-15", "2026-12-31"]),
    P("slashed-month-day-taiwan-trad", "tw", D, "假日市集",
      ["活動於12/12、12/13兩天舉行。", "報名至12/5止。"], ["2026-12-12", "2026-12-13", "2026-12-05"]),
    P("fraction-near-miss", "cn", D, "满意度调查",
      ["约1/3的受访者表示满意。", "调查于12月1日完成。"], ["2026-12-01"]),
    P("decimal-rates-near-miss-trad", "hk", D, "失業率微升",
      ["本港第三季失業率為3.1%，較上季的3.0%微升。", "統計處將於12月17日公布最新數字。"], ["2026-12-17"]),
    P("version-number-near-miss-singapore", "sg", D, "政府应用程序更新",
      ["新版应用程序2.12.5已于12月1日推出。", "用户可免费更新。"], ["2026-12-01"]),
    P("iso-date-in-body", "cn", D, "项目申报截止",
      ["通知明确，申报时间截至2026-12-20。", "逾期不再受理。"], ["2026-12-20"]),
    P("iso-date-in-body-trad", "mo", D, "資助計劃報名",
      ["報名截止日期為2026-12-20。", "逾期恕不受理。"], ["2026-12-20"]),
    P("caption-with-slashed-date-singapore", "sg", D, "电动滑板车执法",
      ["陆交局昨天起加强对电动滑板车的执法。", "违例者将被罚款最高2000元。"],
      mid=["▲陆交局人员在现场检查。（摄影：陈伟明 2026/12/02）"]),
    P("copyright-range-footer-trad", "hk", D, "新一輪消費券",
      ["政府將於12月7日起推出新一輪消費券。", "合資格市民可獲發5000元。"], ["2026-12-07"],
      tail=["Copyright © 2001-2026 維港新聞"]),
    P("related-list-tail-dotted-trad", "tw", D, "縣府推農產品外銷",
      ["縣府今（3）日與3家貿易商簽署合作備忘錄。", "明年外銷目標為5000公噸。"], ["2026-12-03"],
      tail=["延伸閱讀", "農產品外銷創新高 2026.11.25", "縣府辦理農業博覽會 2026.10.18"]),
]

# The year from context: the page date, tense, 今年底/明年初, quarters, fiscal and recurring years, ages and durations.
CONTEXT = [
    P("january-page-past-december-day", "cn", J, "区政府召开全体会议",
      ["12月28日，滨江区第二十届人代会第六次会议闭幕。", "本月6日，区政府召开第一次全体会议。"],
      ["2026-12-28", "2027-01-06"]),
    P("january-page-past-december-day-trad", "hk", J, "工程展開",
      ["立法會於12月28日通過撥款申請。", "工程已於本月6日展開。"], ["2026-12-28", "2027-01-06"]),
    P("january-page-december-range-dateline-malaysia", "my", J, "年底出入境旅客",
      ["（新山8日讯）12月20日至31日期间，柔佛关卡共处理出入境旅客500万人次。", "移民局今日公布这项数据。"],
      ["2027-01-08", "2026-12-20", "2026-12-31"]),
    P("january-page-december-ahead-and-last-year-month", "cn", J, "新体育馆年底竣工",
      ["新体育馆预计12月竣工，届时可容纳观众1.2万人。", "项目于去年3月开工。"], ["2027-12", "2026-03"]),
    P("january-page-last-year-day-trad", "tw", J, "跨年晚會效益",
      ["去年12月31日跨年晚會吸引10萬人次。", "縣府今（8）日公布活動效益評估。"], ["2026-12-31", "2027-01-08"]),
    P("december-page-january-ahead-trad", "hk", E, "新例下月生效",
      ["新例將於1月15日生效。", "當局已於12月1日刊憲。"], ["2027-01-15", "2026-12-01"]),
    P("december-page-january-past-near-miss", "cn", E, "城市更新行动成效",
      ["今年1月，滨江区启动城市更新三年行动。", "截至12月25日，已完成改造小区42个。"], ["2026-01", "2026-12-25"]),
    P("this-year-end-next-year-start-last-year-month", "cn", D, "滨江大桥即将合龙",
      ["滨江大桥预计今年底合龙，明年初通车。", "大桥于去年3月开工。"], ["2026-12", "2027-01", "2025-03"]),
    P("this-year-end-next-year-start-last-year-month-trad", "tw", D, "新圖書館明年開館",
      ["新圖書館預計今年底完工，明年初開館。", "工程於去年3月動工。"], ["2026-12", "2027-01", "2025-03"]),
    P("same-period-last-year-no-date", "cn", D, "市场主体持续增长",
      ["今年前11个月，全市新增市场主体5.6万户，比去年同期增长8%。", "去年全年新增市场主体5.8万户。"],
      [], ["2026-01", "2026-11", "--11"]),
    P("same-period-last-year-no-date-trad", "hk", D, "新成立公司增加",
      ["今年首11個月，本港新成立公司數目較去年同期增加8%。", "去年全年新成立公司約14萬間。"],
      [], ["2026-01", "2026-11", "--11"]),
    P("next-year-start-and-written-year-end-malaysia", "my", D, "新机场明年初动工",
      ["新机场预计明年初动工，2029年底完工。", "工程耗资30亿令吉。"], ["2027-01", "2029-12"]),
    P("quarter-with-year-singapore", "sg", D, "新诊所启用",
      ["新诊所预计在2027年第二季启用。", "卫生部今年第三季已完成招标。"], ["2027"], ["2026"]),
    P("quarter-with-year-bare-quarter-trad", "hk", D, "新計劃推出",
      ["港府預計2027年第1季推出新計劃。", "第4季經濟增長料放緩。"], ["2027"]),
    P("quarter-with-roc-year-trad", "tw", D, "離岸風場併網",
      ["台電預計115年第4季完成併網。", "116年第1季正式商轉。"], ["2026", "2027"]),
    P("fiscal-years-slash-no-date-trad", "hk", D, "預算案公布日期",
      ["政府在2026/27年度預算中預留50億元。", "2027/28年度預算案將於明年2月26日公布。"], ["2027-02-26"]),
    P("fiscal-year-slash-no-date-malaysia", "my", D, "州政府拨款",
      ["州政府在2026/27财政年度拨款5亿令吉。", "新财政年度将从明年4月1日开始。"], ["2027-04-01"]),
    P("recurring-month-and-day", "cn", D, "龙舟赛",
      ["每年6月，滨江都会举办龙舟赛。", "今年的龙舟赛已于6月20日举行。", "每月1日为全区消防安全检查日。"], ["2026-06-20"]),
    P("recurring-month-and-day-trad", "mo", D, "龍舟賽",
      ["每年6月，南灣湖都會舉行龍舟賽。", "今年賽事已於6月20日舉行。", "逢每月1日為社區清潔日。"], ["2026-06-20"]),
    P("recurring-day-and-sale-day-singapore", "sg", D, "跨年倒数门票开售",
      ["每年12月31日，滨海湾都会举行倒数活动。", "今年的倒数活动门票将于12月10日开售。"], ["2026-12-10"]),
    P("ages-and-durations", "cn", D, "退休教师义务支教",
      ["现年68岁的退休教师李老师，已连续15年参加义务支教。", "她每周授课3次，每次2小时。", "12月2日，她获评“滨江好人”。"],
      ["2026-12-02"]),
    P("ages-and-durations-trad", "hk", D, "老檔主獲表揚",
      ["現年72歲的陳伯已在區內擺檔40年。", "他每天工作10小時，全年只休息3日。", "食環署12月1日向他頒發表揚狀。"],
      ["2026-12-01"]),
    P("works-period-days-trad", "tw", D, "堤防工程",
      ["工程工期約180天，預計明年6月完工。", "施工期間每日上午9時至下午5時施工。"], ["2027-06"]),
    P("dateline-with-year-no-stamp", "cn", None, "冬季旅游推广",
      ["新华社杭州2026年12月2日电 浙江省2日召开新闻发布会。", "发布会介绍，12月5日起全省启动冬季旅游推广活动。"],
      ["2026-12-02", "2026-12-05"]),
    P("no-stamp-no-year-trad", "mo", None, "美酒節閉幕",
      ["第四屆澳門美酒節於11月20日開幕，至11月22日閉幕。", "美酒節共吸引3萬人次入場。"], ["--11-20", "--11-22"]),
    # a year written in another paragraph of a page with no date: ANNOTATION.md's "an explicit year nearby" leaves it
    # open, and the page bank reads it as not dating a later paragraph's day (no-stamp-other-paragraph-month-near-miss)
    P("no-stamp-year-written-earlier", "cn", None, "老旧小区改造完工",
      ["2026年，滨江区启动老旧小区改造。", "11月30日，首批改造项目全部完工。"], ["2026"], ["2026-11-30", "--11-30"]),
    P("written-year-end-and-year-month-trad", "hk", D, "新發展區工程",
      ["計劃將於2027年底完成。", "首階段工程於2025年7月展開。"], ["2027-12", "2025-07"]),
    P("last-year-day-this-year-day-trad", "tw", D, "一審宣判",
      ["該案去年12月1日起訴，今年11月30日一審宣判。", "被告可於收到判決後20日內上訴。"], ["2025-12-01", "2026-11-30"]),
    P("next-year-day-this-year-day", "cn", D, "新规明年施行",
      ["新规明年3月1日起施行。", "此前，今年11月20日已公开征求意见。"], ["2027-03-01", "2026-11-20"]),
    P("january-page-last-year-end-singapore", "sg", J, "新组屋交付",
      ["新组屋去年底交付，首批居民本月5日入住。", "建屋局预计今年6月完成所有交付。"], ["2026-12", "2027-01-05", "2027-06"]),
    P("founding-year-and-anniversary-trad", "mo", D, "社團三十周年",
      ["該會成立於1996年，今年是成立30周年。", "慶祝活動將於12月12日舉行。"], ["1996", "2026-12-12"]),
    P("decade-near-miss-and-year", "cn", D, "滨江新区规划获批",
      ["上世纪90年代，滨江还是一个小渔村。", "2000年以后，城市迅速扩张。", "12月1日，滨江新区规划正式获批。"],
      ["2000", "2026-12-01"]),
    P("solar-term-with-date-trad", "hk", D, "冬至天氣",
      ["今年冬至為12月21日。", "天文台預測冬至前後天氣轉冷。"], ["2026-12-21"]),
]

# Event pages: the dates list and the event's start and end.
EVENTS = [
    P("event-range-long-page", "cn", "2026-11-20", "国际茶博会下月开幕",
      ["第九届滨江国际茶博会将于12月5日至8日在滨江国际会展中心举行。", "本届茶博会展览面积5万平方米，设置标准展位2000个。",
       "去年茶博会吸引观众20万人次，现场成交额达3.2亿元。", "报名截止时间为11月30日。"],
      ["2026-12-05", "2026-12-08", "2026-11-30"], event=("2026-12-05", "2026-12-08")),
    P("event-range-long-page-trad", "tw", "2026-11-20", "國際茶博會下月登場",
      ["第九屆台中國際茶博會將於12月5日至8日在台中國際展覽館舉行。", "本屆展覽面積3萬平方公尺。", "報名至11月30日截止。"],
      ["2026-12-05", "2026-12-08", "2026-11-30"], event=("2026-12-05", "2026-12-08")),
    P("event-opened-yesterday-duration-trad", "hk", D, "國際旅遊展揭幕",
      ["第十五屆香港國際旅遊展昨（2）日在會展中心揭幕，為期四天。", "展覽共有來自50個國家的600個展商參展。", "旅遊展將於5日閉幕。"],
      ["2026-12-02", "2026-12-05"], event=("2026-12-02", "2026-12-05")),
    P("event-across-new-year-trad", "mo", E, "光影節年底登場",
      ["第五屆澳門光影節於12月30日至1月3日在南灣湖舉行。", "光影節每晚7時至11時亮燈。"],
      ["2026-12-30", "2027-01-03"], event=("2026-12-30", "2027-01-03")),
    P("event-across-new-year", "cn", E, "灯光节年底开幕",
      ["第五届滨江灯光节于12月30日至1月3日在滨江公园举行。", "灯光节每晚7时至11时开放。"],
      ["2026-12-30", "2027-01-03"], event=("2026-12-30", "2027-01-03")),
    P("event-run-of-days-malaysia", "my", D, "国际书展下周举行",
      ["（槟城3日讯）第十届槟城国际书展将于12月11日起一连三天在光大会展中心举行。", "主办单位预计吸引10万人次。"],
      ["2026-12-03", "2026-12-11"], event=("2026-12-11", "2026-12-13")),
    P("event-em-dash-singapore", "sg", "2026-06-20", "亚洲食品展月底举行",
      ["第二届新加坡亚洲食品展将于6月30日—7月2日在博览中心举行。", "展会共有500家参展商。"],
      ["2026-06-30", "2026-07-02"], event=("2026-06-30", "2026-07-02")),
    P("event-roc-range-trad", "twroc", D, "耶誕市集登場",
      ["縣府耶誕市集將於115年12月18日至20日在縣府廣場舉行。", "市集共有120個攤位。"],
      ["2026-12-18", "2026-12-20"], event=("2026-12-18", "2026-12-20")),
    P("event-iso-range-trad", "hk", D, "美食節下週舉行",
      ["第三屆維港美食節展期為2026-12-10至2026-12-14。", "美食節設有200個攤位。"],
      ["2026-12-10", "2026-12-14"], event=("2026-12-10", "2026-12-14")),
    P("event-hyphen-days", "cn", D, "马拉松博览会",
      ["第十届滨江马拉松博览会12月11日-13日在滨江体育中心举办。", "参赛选手须于13日前领取参赛包。"],
      ["2026-12-11", "2026-12-13"], event=("2026-12-11", "2026-12-13")),
    P("event-dao-across-month", "cn", "2026-03-20", "樱花文化节",
      ["2026滨江樱花文化节于3月28日到4月5日在滨江公园举行。", "文化节期间将举办摄影比赛等活动。"],
      ["2026-03-28", "2026-04-05"], event=("2026-03-28", "2026-04-05")),
    P("event-weekday-range-full-dates-trad", "hk", "2026-11-20", "創科博覽下月舉行",
      ["第八屆亞洲創科博覽將於2026年12月3日(星期四)至12月5日(星期六)在亞洲國際博覽館舉行。", "博覽會設有5個主題展區。"],
      ["2026-12-03", "2026-12-05"], event=("2026-12-03", "2026-12-05")),
    P("event-past-across-new-year-january-page", "cn", J, "冰雪节接待游客45万人次",
      ["第三届滨江冰雪节于12月25日至1月3日在滨江湿地公园举行。", "本月5日，组委会公布冰雪节共接待游客45万人次。"],
      ["2026-12-25", "2027-01-03", "2027-01-05"], event=("2026-12-25", "2027-01-03")),
    P("event-tomorrow-bracket-duration-trad", "tw", D, "燈會明日登場",
      ["第二十屆台灣燈會明（4）日起在嘉義登場，展期17天。", "燈會預計吸引千萬人次。"],
      ["2026-12-04"], event=("2026-12-04", "2026-12-20")),
    P("event-single-day-forum", "cn", D, "数字经济论坛举行",
      ["2026滨江数字经济论坛12月2日在滨江举行。", "论坛吸引500名代表参加。"], ["2026-12-02"], event=("2026-12-02", ANY)),
    P("event-single-day-forum-trad", "mo", D, "經濟論壇舉行",
      ["第六屆澳門經濟論壇昨（2）日在旅遊塔舉行。", "論壇吸引300名代表參加。"], ["2026-12-02"], event=("2026-12-02", ANY)),
    P("event-range-hao-malaysia", "my", "2026-11-20", "美食嘉年华",
      ["第五届怡保美食嘉年华将于12月5号至7号在体育馆举行。", "嘉年华共有150个摊位。"],
      ["2026-12-05", "2026-12-07"], event=("2026-12-05", "2026-12-07")),
    P("event-this-month-range-trad", "mo", D, "國際煙花比賽匯演",
      ["第三十四屆澳門國際煙花比賽匯演將於本月12日至19日在旅遊塔對開海面舉行。", "共有10支隊伍參賽。"],
      ["2026-12-12", "2026-12-19"], event=("2026-12-12", "2026-12-19")),
    P("event-ended-yesterday-trad", "hk", D, "書展閉幕",
      ["第五屆九龍書展11月27日至昨（2）日在九龍灣舉行。", "書展共吸引8萬人次入場。"],
      ["2026-11-27", "2026-12-02"], event=("2026-11-27", "2026-12-02")),
    P("event-slashed-range-taiwan-trad", "tw", D, "農業博覽會",
      ["第十屆南方農業博覽會12/18至12/27在農業園區登場。", "展期共10天。"],
      ["2026-12-18", "2026-12-27"], event=("2026-12-18", "2026-12-27")),
]

# With the fixes: the case each fixes, the near miss it must leave alone, the other script.
GUARDS = [
    P("told-day-after-month-in-sentence", "cn", D, "滨江书展闭幕",
      ["第五届滨江书展11月27日至昨（2）日在滨江会展中心举行。", "书展共吸引8万人次入场。"], ["2026-11-27", "2026-12-02"]),
    P("told-day-after-month-in-sentence-trad", "tw", D, "草案開放陳述意見",
      ["縣府11月20日公告草案，今（3）日起開放民眾陳述意見。", "陳述意見期間為30日。"], ["2026-11-20", "2026-12-03"]),
    P("bare-day-after-month-in-sentence-near-miss", "cn", D, "展馆布展",
      ["11月20日起，展馆开始布展，25日完成全部布置。", "展览将于本月8日开幕。"], ["2026-11-20", "2026-11-25", "2026-12-08"]),
    P("tomorrow-across-month-end-trad", "tw", "2026-11-30", "新制明日上路",
      ["縣府宣布，11月起試辦的新制將於明（1）日起正式實施。", "試辦期間共受理2000件申請。"], ["2026-11", "2026-12-01"]),
    P("day-count-after-verb-of-stay", "cn", D, "老人康复出院",
      ["因病住院5日的李老伯，已于12月1日出院。", "医院为他安排了后续随访。"], ["2026-12-01"]),
    P("day-count-after-verb-of-stay-trad", "hk", D, "傷者出院",
      ["該名傷者留院5日，昨（2）日已出院。", "警方仍在調查事件。"], ["2026-12-02"]),
    P("day-before-verb-of-stay-near-miss", "cn", D, "老人康复出院",
      ["李老伯于1日住院，3日出院。", "医院为他安排了后续随访。"], ["2026-12-01", "2026-12-03"]),
    P("print-date-line-is-chrome-trad", "tw", D, "縣府公布新制",
      ["縣府今（3）日公布垃圾清運新制。", "新制明年起實施。"], ["2026-12-03"], tail=["列印日期：2026/12/04"]),
    P("registration-block-near-miss", "cn", D, "研究生考试网上报名",
      ["市教育考试院发布研究生招生考试网上报名的通知。", "报名时间：12月14日至12月28日"],
      ["2026-12-14", "2026-12-28"]),
    P("slashed-day-list-simplified-singapore", "sg", "2026-11-20", "圣诞音乐会",
      ["音乐会将在12/12和19/12两天举行。", "门票即日起开售。"], ["2026-12-12", "2026-12-19"]),
    P("slashed-day-list-after-cue-trad", "hk", D, "免費健康檢查",
      ["健康檢查定於12/12、19/12舉行。", "名額有限，先到先得。"], ["2026-12-12", "2026-12-19"]),
    P("slashed-fraction-list-near-miss", "cn", D, "问卷调查结果",
      ["受访者中分别有1/3、1/4表示满意。", "调查于12月1日完成。"], ["2026-12-01"]),
    P("event-registration-range-is-not-the-event", "cn", D, "国际马拉松下周开跑",
      ["第十届滨江国际马拉松将于12月13日鸣枪开跑，报名时间为11月1日至11月15日。", "赛事设全程、半程和迷你跑三个项目。"],
      ["2026-12-13", "2026-11-01", "2026-11-15"], event=("2026-12-13", ANY)),
    P("event-registration-range-is-not-the-event-trad", "tw", D, "國際馬拉松下週起跑",
      ["第十屆南方國際馬拉松將於12月13日鳴槍起跑，報名期間為11月1日至11月15日。", "賽事設全程、半程及健康組。"],
      ["2026-12-13", "2026-11-01", "2026-11-15"], event=("2026-12-13", ANY)),
    P("event-range-after-sign-up-to-attend-near-miss", "cn", "2026-11-20", "美食节开放报名",
      ["市民可报名参加12月10日至12日举行的第十届滨江美食节。", "美食节共设120个摊位。"],
      ["2026-12-10", "2026-12-12"], event=("2026-12-10", "2026-12-12")),
    P("unlabelled-links-before-foot-stamp-trad", "hk", None, "市建局公布重建項目",
      ["市建局昨（2）日公布新一輪重建項目。", "項目涉及約600個住戶。"], ["2026-12-02"],
      tail=["九龍城重建項目展開諮詢 2026-11-28", "油麻地舊樓清拆 2026-11-20", "發佈時間：2026-12-03 10:20"]),
    P("unlabelled-links-mid-page-foot-stamp", "cn", None, "环保督查工作会议召开",
      ["滨江区昨（2）日召开环保督查工作会议。", "会议通报了近期督查情况。"], ["2026-12-02"],
      mid=["滨江区开展扬尘专项整治 2026-11-28", "滨江区河长制工作会议召开 2026-11-20"], tail=["发布时间：2026-12-03 10:20"]),
    P("bare-date-line-under-lead-no-marked-stamp-near-miss", "mo", None, "街市延長營業",
      ["市政署昨（2）日舉行記者會。", "街市將延長營業時間。"], ["2026-12-02"], mid=["2026-12-03"]),
    P("race-name-year-dates-no-stamp-page", "cn", None, "马拉松下周开跑",
      ["2026滨江马拉松将于12月13日鸣枪开跑。", "赛事共设全程、半程两个项目。"], ["2026-12-13"]),
    P("lantern-festival-name-year-dates-no-stamp-page-trad", "tw", None, "燈會點燈",
      ["2027台灣燈會將於2月24日在嘉義點燈。", "燈會展期17天。"], ["2027-02-24"]),
    P("invitational-name-year-dates-no-stamp-page-trad", "mo", None, "龍舟邀請賽",
      ["2026澳門國際龍舟邀請賽將於6月20日在南灣湖舉行。", "共有40支隊伍參賽。"], ["2026-06-20"]),
    P("year-comma-before-race-near-miss", "cn", None, "马拉松",
      ["2026年，滨江马拉松参赛人数突破3万。", "赛事将继续扩大规模。"], ["2026"]),
    P("name-year-range-across-new-year-no-stamp", "cn", None, "跨年灯会",
      ["2026滨江跨年灯会将于12月30日至1月2日在滨江公园举行。", "灯会共设40组灯组。"], ["2026-12-30", "2027-01-02"]),
    P("name-year-range-across-new-year-trad", "hk", D, "跨年燈會",
      ["2026維港跨年燈會將於12月30日至1月2日在中環海濱舉行。", "燈會免費入場。"], ["2026-12-30", "2027-01-02"],
      event=("2026-12-30", "2027-01-02")),
    P("yesterday-across-new-year-trad", "hk", "2027-01-01", "跨年倒數",
      ["逾30萬人昨（31）日晚在維港兩岸參與跨年倒數活動。", "12月30日起，港鐵已加密班次。"], ["2026-12-31", "2026-12-30"]),
]

# More long pages: chrome lists in and under the body, foot stamps, relative ranges, the new year.
MORE = [
    P("further-reading-list-mid-page-trad", "tw", D, "路平專案成果",
      ["縣府今（3）日公布路平專案成果。", "明年將再編列2億元。"], ["2026-12-03"],
      mid=["延伸閱讀", "‧ 縣府推動道路減塵（2026/11/28）", "‧ 路燈汰換完成（2026/11/20）"]),
    P("foot-stamp-day-first-trad", "hk", None, "新一輪消費券",
      ["政府昨（2）日宣布推出新一輪消費券。", "合資格市民可獲發5000元。"], ["2026-12-02"], tail=["發佈日期：03/12/2026"]),
    P("told-days-range-and-relative-month-range", "cn", D, "人大常委会会议",
      ["昨（2）日至今（3）日，市人大常委会召开会议。", "本月5日至下月5日，将开展专项检查。"],
      ["2026-12-02", "2026-12-03", "2026-12-05", "2027-01-05"]),
    P("print-edition-line-foot", "cn", None, "新图书馆开放",
      ["滨江区新图书馆昨（2）日开放。", "馆藏图书50万册。"], ["2026-12-02"], tail=["《滨江日报》（2026年12月03日 第 04 版）"]),
    P("hot-news-list-tail-singapore", "sg", D, "电动滑板车新措施",
      ["陆交局昨天宣布，新措施将从本月15日起实施。", "违例者将被罚款。"], ["2026-12-15"],
      tail=["热门新闻", "组屋转售价格上涨 2026年11月30日", "地铁故障 2026年11月29日"]),
    P("related-list-mid-page-malaysia", "my", D, "州议会通过预算案",
      ["（怡保2日讯）州议会今日通过预算案。", "州务大臣说，预算案将从明年1月1日起实施。"], ["2026-12-02", "2027-01-01"],
      mid=["相关新闻", "州议会辩论预算案 2026/12/01"]),
    P("from-this-month-until-next-year-trad", "mo", D, "新措施實施",
      ["當局表示，新措施將由本月15日起實施，至明年3月14日止。", "違者最高罰款1萬元。"], ["2026-12-15", "2027-03-14"]),
    P("last-year-to-this-year-range-january-page-trad", "tw", J, "跨年活動效益",
      ["縣府統計，去年12月31日至今年1月1日跨年活動吸引10萬人次。", "縣府今（8）日公布效益評估。"],
      ["2026-12-31", "2027-01-01", "2027-01-08"]),
    P("new-year-range-january-page-and-day", "cn", J, "元旦假期旅游",
      ["12月31日至1月2日，全市共接待游客80万人次。", "1月3日，市文旅局发布数据。"], ["2026-12-31", "2027-01-02", "2027-01-03"]),
    P("listed-days-two-days-and-range-with-year", "cn", D, "青少年足球赛",
      ["比赛定于5日、6日两天举行。", "2026年12月12日—13日为决赛日。"], ["2026-12-05", "2026-12-06", "2026-12-12", "2026-12-13"]),
    P("lunar-date-in-brackets", "cn", D, "新馆开放",
      ["2026年12月5日（农历十月二十七），新馆正式开放。", "新馆建筑面积2万平方米。"], ["2026-12-05"]),
    P("day-before-yesterday-word-with-day-and-night-word", "cn", D, "货车起火",
      ["前天（1日）晚上，一辆货车在高速路上起火。", "昨晚（2日），交警部门通报了事故原因。"], ["2026-12-01", "2026-12-02"]),
    P("recent-days-with-date-in-brackets", "cn", D, "应急演练",
      ["本周六（12月5日），全市将举行应急演练。", "近日（11月28日），市应急局已发布通知。"], ["2026-12-05", "2026-11-28"]),
    P("next-day-with-number-and-same-day-word", "cn", D, "代表大会闭幕",
      ["会议于12月2日召开，次日（3日）闭幕。", "当天，代表们还参观了企业。"], ["2026-12-02", "2026-12-03"]),
    P("weekend-with-days-in-brackets-trad", "hk", D, "週末轉涼",
      ["天文台預測，本週末（5日至6日）天氣轉涼。", "翌日氣溫回升。"], ["2026-12-05", "2026-12-06"]),
    P("next-day-word-with-number-trad", "tw", D, "颱風遠離",
      ["颱風於前（1）日登陸，隔天（2日）遠離。", "同日，縣府宣布停班停課。"], ["2026-12-01", "2026-12-02"]),
    P("same-year-month-and-year-end", "cn", D, "旧城改造完工",
      ["2019年，该市启动旧城改造；同年12月，首个项目开工。", "2021年底，全部项目完工。"], ["2019", "2019-12", "2021-12"]),
    P("from-today-until-next-year-day-trad", "mo", D, "特展延期",
      ["該展覽由即日起至明年1月5日舉行。", "逢星期一休館。"], ["2027-01-05"]),
    P("month-end-words-without-number-open-trad", "hk", D, "諮詢文件",
      ["當局於上月底公布諮詢文件。", "諮詢期至本月底結束。"], [], ["2026-11", "2026-12"]),
    P("plan-period-in-brackets-and-target-year", "cn", D, "城市总体规划",
      ["根据规划，到2035年，全市人口将达到1000万。", "“十五五”时期（2026—2030年），将新增就业岗位50万个。"],
      ["2035", "2026", "2030"]),
    P("school-holiday-across-new-year-malaysia", "my", D, "学校假期",
      ["（新山2日讯）州政府宣布，学校假期从12月20日开始，至明年1月11日结束。", "学生将于1月12日返校。"],
      ["2026-12-02", "2026-12-20", "2027-01-11", "2027-01-12"]),
    P("year-end-month-so-far-trad", "hk", D, "個案累計",
      ["截至今年11月底，本港累計錄得個案300宗，較去年全年多兩成。", "衞生署將於本月10日公布最新數字。"], ["2026-11", "2026-12-10"]),
]

NAV_LINES = {  # a site's menu, one entry a line, long enough to push the stamp past a page's first fifteen lines
    "s": ["首页", "要闻", "本地", "国内", "国际", "财经", "科技", "体育", "娱乐", "生活", "教育", "健康", "评论", "专题", "视频",
          "图片", "登录"],
    "t": ["首頁", "港聞", "社會", "國際", "財經", "科技", "體育", "娛樂", "生活", "教育", "健康", "評論", "專題", "影片", "圖片",
          "天氣", "登入"],
}


def N(id, script, stamp, headline, paragraphs, expected=(), optional=()):
    """One row of a page whose menu runs one entry a line above the headline and its stamp line (written out)."""
    text = "\n".join([*NAV_LINES[script], headline, stamp, "", *paragraphs, "", "分享", "版權所有" if script == "t" else "版权所有"]) + "\n"
    return (id, text, set(expected), set(optional), None)


# Stamp lines under a long menu: a weekday, a word of the time of day or a source bar says the line is the stamp.
LONG_MENUS = [
    N("long-menu-stamp-weekday-and-clock-trad", "t", "2026年12月3日 星期四 10:15", "新措施下月實施",
      ["市政署昨（2）日舉行記者會，宣布新措施將於本月15日起實施。", "措施為期三個月。"], ["2026-12-02", "2026-12-15"]),
    N("long-menu-stamp-weekday-in-brackets-trad", "t", "2026年12月03日（星期四）", "新措施下月實施",
      ["市政署昨（2）日舉行記者會，宣布新措施將於本月15日起實施。", "措施為期三個月。"], ["2026-12-02", "2026-12-15"]),
    N("long-menu-stamp-weekday-simplified", "s", "2026年12月3日 星期四", "冬季供暖启动",
      ["市住建局昨（2）日宣布，全市将于本月5日起全面供暖。", "供暖期至明年3月15日结束。"],
      ["2026-12-02", "2026-12-05", "2027-03-15"]),
    N("long-menu-stamp-afternoon-clock-roc-trad", "t", "115年12月3日 下午 04:12", "縣府新制上路",
      ["縣府今（3）日宣布，新制將於本月15日起實施。", "民眾可上網查詢。"], ["2026-12-03", "2026-12-15"]),
    N("long-menu-stamp-source-bar-trad", "t", "2026年12月3日 | 來源：香江日報 | 作者：陳小明", "新措施下月實施",
      ["政府昨（2）日宣布，新措施將於本月15日起實施。", "措施為期三個月。"], ["2026-12-02", "2026-12-15"]),
    N("long-menu-stamp-source-bar-simplified", "s", "2026年12月3日　来源：滨江日报", "新规实施",
      ["市政府昨（2）日宣布，新规将于本月15日起施行。", "新规共30条。"], ["2026-12-02", "2026-12-15"]),
    N("release-time-marker-trad", "t", "發稿時間：2026/12/03 10:15", "新措施下月實施",
      ["政府昨（2）日宣布，新措施將於本月15日起實施。", "措施為期三個月。"], ["2026-12-02", "2026-12-15"]),
    N("release-time-marker-simplified", "s", "发稿时间：2026-12-03 10:15", "新规实施",
      ["市政府昨（2）日宣布，新规将于本月15日起施行。", "新规共30条。"], ["2026-12-02", "2026-12-15"]),
    N("long-menu-event-date-line-near-miss", "s", "活动时间：2026年12月12日（星期六）", "冬季长跑报名启动",
      ["第五届滨江冬季长跑赛将于2026年12月12日举行。", "报名截至本月8日。"], ["2026-12-12"], ["2026-12-08", "--12-08"]),
]

BANK = RELATIVE + RANGES + REGIONAL + NUMERIC + CONTEXT + EVENTS + GUARDS + MORE + LONG_MENUS

XFAIL: dict[str, str] = {}
EVENT_XFAIL: dict[str, str] = {}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text,expected,optional", [strict_case(row[:4], XFAIL) for row in BANK])
def test_long_page_dates(text, expected, optional):
    assert page_values(text) - optional == expected


@pytest.mark.parametrize("text,start,end", [strict_case((row[0], row[1], *row[4]), EVENT_XFAIL)
                                            for row in BANK if row[4] is not None])
def test_long_page_event_dates(text, start, end):
    event = extract(text).event
    assert event is not None, "no event found"
    got = (str(event.start) if event.start else None, str(event.end) if event.end else None)
    assert got[0] == start and (end is ANY or got[1] == end)
