"""Date words: the vocabulary `extractor.dates` matches, in both scripts.

CN_DIGITS          Chinese digit characters written digit by digit in years (二〇一九, 二0二四).
RELATIVE_YEARS     a year word read against the article's present year: offset in years.
DAY_WORDS          the first character of a day word written with the day's number in brackets: 今(18)日, 昨(17)日,
                   明(19)日, 本(18)日, 前(16)日 (the day before yesterday).
BRACKETED_DAY      a day written in brackets after a day word (今日（15日）, 昨天（7月10日）, 昨（8）日): regex source.
RELATIVE_MONTHS    a month word before a day number (上月28日), read against the page's month: offset in months.
ANAPHORIC_YEARS    a year word read against the last year the article named: offset in years.
ANAPHORIC_MONTHS   month words before a day number that point back to the last month the article named (同月20日).
MONTH_PARTS        a part of a month after 月: (first day, last day); None is the month's last day (JioNLP's bounds).
YEAR_PARTS         a part of a year after 年: (first month, last month), given month precision; 年杪 (Singapore,
                   Malaysia) and 年尾 (Hong Kong) are 年底, 年頭 is 年初.
YEAR_END_PARTS     those of them that end a year: the value is their last month (年底 -> December).
SEASONS            parts of a year given 'season' precision: (first month, last month); 14 is next February.
QUARTER_WORDS      the numeral of 第N季度 / N季(度).
YEAR_SPAN_AFTER    words after N年 that make it a length of time, even for four digits (1800年的历史).
YEAR_WORDS         a character after N年 that makes 年 part of a word (年度, 年会, 年报, 年版, 年货节, 年宵市场, 年式 of a
                   car model): no date.
YEAR_WORD_EXCEPTIONS  words that start with such a character but leave 年 alone (2023年版权登记量).
PERIOD_YEAR_WORDS  of those, the ones that make a period that is still a year (年度): standing alone before a clause
                   break (2023年度，公司营收…) it says when, and the year is a date; before a noun (2024年度报告) it is
                   part of a name.
PERIOD_YEAR_UNITS  words that stand for 年 after a year number and count in a year of their own (2026财年, 114學年度,
                   2025財政年度): a date when it says when, part of a name before one (2026财年第三季度报告).
PERIOD_SAYS_WHEN   words right after such a period that make it say when (114學年度起, 113年度至116年度, 2026财年第三季度,
                   2026财年上半年); before a noun it qualifies that noun (2023財年營收, 115學年度招生名額) and gives no date.
PERIOD_LEADS       words right before such a period that make it say when or what is compared with (於114年度執行,
                   較115年度增加), unless 的 follows it (在2026财政年的开支).
PERIOD_LISTS       words joining periods in a list (2025年度、2026年度、2027年度净利润; 2026年度和2027年度的): each period
                   listed says when, whatever noun the last one stands before.
PERIOD_DOCUMENTS   words right after such a period that make the year the period a document covers (115年度總預算,
                   2025年度业绩): part of its name.
YEAR_COUNT_LEADS   words right before a lone N年 that make it the age of what they name (建校115年, 成立112年, 樹齡約100年):
                   a length of time even where an ROC page would read 115年 as 2026.
NAME_ENDINGS       words that end an event, report, budget or programme name; a year glued before such a name is
                   part of the name (2023國際綠能(蘇州)大會, 2019年夏季达沃斯论坛) and not a date mention.
PERIOD_NAME_ENDINGS those of them that end the name of a document covering a period (2027年财政预算案, 2025年报), or of
                   a company's meeting that reviews one (2024年年度股东大会, held in 2025): its year is the period
                   covered, so it does not date a bare month in its sentence as an event's year does.
NAME_BREAKERS      words that cannot sit inside such a name: they show the year starts a clause instead.
NOT_BEFORE_DATE    words right before a number that make it an ordinal, a period or a count, not a date (介乎 opens a
                   span of amounts: 保質期介乎15日至30日).
LUNAR              words marking a lunar calendar date, which this module does not convert.
PENALTY_LEADS      words of a sentence or penalty right before its length: a month number after them with no year or
                   day is a term (有期徒刑10月, 判監8月), not a month of the calendar.
RECURRING          words before a date that make it recur (每年6月, 每逢5月8日): no calendar date.
EDITIONS           an ordinal edition after a written year (2005年首届…论坛): the year dates that edition; it is not
                   part of the name.
COMPARISON_LEADS   words before a year word that make it what something is compared with (比去年, 与去年相比).
DEADLINE_LEADS     words right before an ROC year and 前 (在115年前, 於118年前) that make it a deadline: on an ROC page a
                   year ahead of the page's is a date, not "so many years ago".
COMPARED           words after a year that make it a point of comparison (2018年同期), not the year of what follows.
DAY_COUNT_LEADS    words right before a lone day number (N日, no month) that take a length of time, so the number counts
                   days (休息3日, 住院5日, 期間為30日); with a month it is a date (停留至12月5日 is not after them).
NOT_AFTER_DAY      words right after a bare day number (N日) that make it a span or count of days (30日内, 5日均线).
IN_TURN            adverbs "one after another" right after a listed day (15日及18日先後接獲): their 後 is no "N days later".
SLASHED_DATE_LEADS words before a slashed number that make it a day (定于3/12, 截至15/12, 即日起至12/31), not a fraction.
SLASHED_DATE_AFTER words after a slashed number that do the same (3/12起, 12/31止, 5/12举行, 30/11之前); the longer of
                   the two words after the number decides (之前 is no 之; 1/4前往 is no 前).
NOT_AFTER_SLASHED_DATE words after a slashed number that make it a fraction or a share (1/3的学生, 3/4以上).
TIME_WORDS         times of day that may follow a day and sit between the two ends of a range.
STAMP_MARKERS      words introducing a page timestamp (时间: 2021-09-17 18:04).
UPDATE_MARKERS     those of them that introduce the time a page was last changed: the page's date is its publication
                   stamp when it has one (发布时间 over 更新时间), the update only when nothing else dates it.
ENGLISH_MONTHS     month names of an English page stamp (March 18, 2025; 18 Mar 2025) on overseas sites: number.
PUBLICATION_MARKERS those of them that can only introduce the page's own date, wherever the line stands
                   (发布时间: at the foot of a page); 时间/日期 alone may introduce an event's date in the body.
FUTURE_WORDS       words that put what their clause dates after the page's day (预计4月完工, 将于6月开放): a bare month
                   there is not in a past year written earlier in the sentence (去年11月抵达，预计4月北迁).
TIME_PREPOSITIONS  words right before a month in Chinese numerals that make it say when (將於十二月, 至明年一月), not a
                   name or a figure of speech (十月革命, 五月的鲜花; 在 is left out: 在十月革命胜利后).
DOTTED_DATE_LABELS labels after which month.day is a day, not a decimal (活动时间：12.5-12.7).
CONTINUED_TO       words before a date that ends something begun earlier (活动持续至5月24日): on a page with no date, it
                   takes the year of the last date written with one, even in an earlier paragraph.
ORIGINAL_PLANS     words before a FUTURE_WORDS word that make it a plan or a forecast that was (原计划于3月完工,
                   此前市场预计1月份出口…): no look ahead.
LOOKING_BACK       words that put the bare month of their clause before the page's day (2月投产以来, 已于11月完工).
SOURCE_WORDS       words of a page's source bar (来源：…, 作者：…): a date on the same line is the page's stamp.
TODAY_WORDS        words before a header date that make it the reader's day on a portal's banner (今天是2025年3月20日).
LINK_LEADS         words opening a header line that links to another article, dated with that article's date (上一篇：…).
EVENT_TIME_LABELS  labels of an event's or a deadline's date; like any Han word glued before 时间/日期 (活动时间,
                   报名日期), they say a header date is not the page's.
DURATION_LEADS     words before a number of days that state how long something lasts (为期三天).
DURATION_TAILS     words after a number of days that do the same (三天展期, 兩天的時間).
DURATION_UNITS     units of a stated duration: days each.
"""

CN_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "0": 0,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}

RELATIVE_YEARS = {
    "今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "来年": 1, "來年": 1,
    "前年": -2, "后年": 2, "後年": 2,
}

DAY_WORDS = ("今", "昨", "明", "本", "前")

DAY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
"""A day of the month as a number: digits or numerals, with 廿 and 卅 for 20 and 30 (廿六日, 卅日) as Macau and Hong Kong
write them."""
BRACKETED_DAY = r"[（(](?:" + DAY_NUMBER + r"月)?" + DAY_NUMBER + r"[日号][)）]|[（(]" + DAY_NUMBER + r"[)）][日号]"

RELATIVE_MONTHS = {
    "本月": 0, "这个月": 0, "這個月": 0, "上月": -1, "上个月": -1, "上個月": -1, "下月": 1, "下个月": 1, "下個月": 1,
}

ANAPHORIC_YEARS = {"同年": 0, "当年": 0, "當年": 0, "次年": 1, "翌年": 1}

ANAPHORIC_MONTHS = ("同月", "当月", "當月", "该月", "該月")

MONTH_PARTS = {
    "上旬": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, None), "初": (1, 5), "底": (25, None), "末": (25, None),
    "杪": (25, None), "尾": (25, None),
}

YEAR_PARTS = {
    "初": (1, 2), "中": (6, 7), "伊始": (1, 1), "底": (11, 12), "末": (11, 12), "杪": (11, 12), "尾": (11, 12), "头": (1, 2),
    "頭": (1, 2),
}

YEAR_END_PARTS = ("底", "末", "杪", "尾")

SEASONS = {
    "上半年": (1, 6), "下半年": (7, 12),
    "春季": (3, 5), "春天": (3, 5), "夏季": (6, 8), "夏天": (6, 8),
    "秋季": (9, 11), "秋天": (9, 11), "冬季": (12, 14), "冬天": (12, 14),
}

QUARTER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1}

YEAR_SPAN_AFTER = ("的历史", "的歷史", "历史", "歷史", "的建城", "建城", "之久", "的时间", "的時間")

PERIOD_YEAR_WORDS = ("度",)

PERIOD_YEAR_UNITS = ("学年", "學年", "财年", "財年", "财政年度", "財政年度", "财政年", "財政年")

PERIOD_SAYS_WHEN = (
    "，", ",", "：", ":", "。", "；", ";", "起", "至", "到", "止", "开始", "開始", "以来", "以來", "第", "首季", "上半年",
    "下半年", "全年", "年初", "年底", "Q",
)

PERIOD_LISTS = ("、", "和", "及", "与", "與", "至", "到")

PERIOD_LEADS = ("於", "于", "在", "自", "从", "從", "较", "較", "比", "至", "到")

PERIOD_DOCUMENTS = (
    "预算", "預算", "总预算", "總預算", "决算", "決算", "总决算", "總決算", "业绩", "業績", "财报", "財報",
)

YEAR_COUNT_LEADS = (
    "建校", "创校", "創校", "立校", "成立", "创立", "創立", "创办", "創辦", "建厂", "建廠", "开业", "開業", "服务", "服務",
    "树龄", "樹齡", "建庙", "建廟", "创刊", "創刊", "历经", "歷經",
)

YEAR_WORDS = (
    "度", "会", "會", "报", "報", "鉴", "鑑", "代", "级", "級", "薪", "假", "终", "終", "历", "曆", "刊", "版",
    "货", "貨", "宵", "式",
)

YEAR_WORD_EXCEPTIONS = (
    "版权", "版權", "货物", "貨物", "货运", "貨運", "货币", "貨幣", "货量", "貨量", "货值", "貨值", "货款", "貨款",
    "式微",
)

NAME_ENDINGS = (
    "大会", "大會", "年会", "年會", "峰会", "峰會", "论坛", "論壇", "博览会", "博覽會", "博会", "博會",
    "展览会", "展覽會", "展销会", "展銷會", "交易会", "交易會", "洽谈会", "洽談會", "研讨会", "研討會",
    "招待会", "招待會", "推介会", "推介會", "发布会", "發布會", "發佈會", "运动会", "運動會", "交流会", "交流會",
    "圆桌会", "圓桌會", "座谈会", "座談會", "联谊会", "聯誼會", "见面会", "見面會", "展会", "展會",
    "电影节", "電影節", "艺术节", "藝術節", "文化节", "文化節", "音乐节", "音樂節", "旅游节", "旅遊節",
    "购物节", "購物節", "美食节", "美食節", "啤酒节", "啤酒節", "嘉年华", "嘉年華",
    "文化周", "文化週", "活动周", "活動週", "时装周", "時裝週", "大赛", "大賽", "锦标赛", "錦標賽",
    "回顾展", "回顧展", "成果展", "车展", "車展", "书展", "書展",
    "仪式", "儀式", "典礼", "典禮", "年报", "年報", "报告", "報告", "白皮书", "白皮書", "榜单", "榜單",
    "晚会", "晚會", "酒会", "酒會", "盛会", "盛會", "两会", "兩會", "演唱会", "演唱會", "音乐会", "音樂會",
    "画展", "畫展", "影展", "联展", "聯展", "巡展", "特展", "个展", "個展", "展览", "展覽", "展演",
    "汇演", "匯演", "会演", "會演", "选举", "選舉", "大选", "大選", "运会", "運會", "世界杯", "世界盃",
    "联赛", "聯賽", "杯赛", "盃賽", "排行榜",
    "马拉松", "馬拉松", "长跑", "長跑", "邀请赛", "邀請賽", "公开赛", "公開賽", "龙舟赛", "龍舟賽",
    "灯会", "燈會", "庙会", "廟會", "花会", "花會", "市集", "巡游", "巡遊", "灯光秀", "燈光秀", "花展",
    "冰雪节", "冰雪節", "灯光节", "燈光節", "樱花节", "櫻花節", "读书节", "讀書節", "年货节", "年貨節",
    "预算案", "預算案",
)

PERIOD_NAME_ENDINGS = (
    "预算案", "預算案", "年报", "年報", "报告", "報告", "白皮书", "白皮書",
    # a company's meeting named by the fiscal year it reviews (2024年年度股东大会), held in the year after it
    "股东大会", "股東大會", "股东会", "股東會",
)

NAME_BREAKERS = (
    "的", "在", "于", "於", "是", "将", "將", "已", "共", "有", "和", "与", "與", "及", "并", "並", "对", "對",
    "把", "被", "从", "從", "向", "至", "等", "也", "都", "还", "還", "就", "又", "而", "但", "了", "过", "過",
    "比", "使", "让", "讓", "给", "給", "起", "以", "为", "為", "月", "日", "号", "號",
    "举办", "舉辦", "举行", "舉行", "召开", "召開", "参加", "參加", "出席", "实现", "實現", "完成", "达到", "達到",
    "增长", "增長", "累计", "累計", "共计", "共計", "推动", "推動", "开展", "開展", "启动", "啟動",
)

NOT_BEFORE_DATE = (
    "第", "每", "近", "约", "約", "共", "前", "后", "後", "数", "數", "几", "幾", "这", "這", "那", "初", "逾",
    "上", "下", "本", "同", "当", "當", "个", "個", "多", "余", "餘", "头", "頭", "连续", "連續", "一连", "一連",
    "为期", "為期", "历时", "歷時", "持续", "持續", "长达", "長達", "前的", "后的", "後的", "上月", "下月", "个月", "個月",
    "介乎", "介于", "介於",
)

DAY_COUNT_LEADS = (
    "休息", "休假", "停留", "逗留", "住院", "留院", "留医", "留醫", "停工", "停课", "停課", "隔离", "隔離", "延长", "延長",
    "期间为", "期間為", "期限为", "期限為", "工期", "工期为", "工期為",
)

PENALTY_LEADS = (
    "徒刑", "拘役", "判监", "判監", "判囚", "监禁", "監禁", "缓刑", "緩刑", "坐牢", "服刑", "刑期", "入狱", "入獄",
)

RECURRING = ("每年", "每月", "每逢", "每到", "每届", "每屆", "每个月", "每個月", "每季", "每周", "每週")

EDITIONS = ("首届", "首屆", "第", "首次", "首场", "首場")

COMPARISON_LEADS = (
    "比", "较", "較", "与", "與", "和", "同", "跟", "对比", "對比", "相比", "相较", "相較", "高于", "高於", "低于", "低於",
    "超过", "超過", "多于", "多於", "少于", "少於", "不及", "不如", "好于", "好於", "差于", "差於", "胜于", "勝於",
)


DEADLINE_LEADS = ("在", "於", "于")

COMPARED = ("同期", "相比", "相較", "相较", "比", "以前", "之前")

LUNAR = ("农历", "農曆", "阴历", "陰曆", "夏历", "夏曆")

IN_TURN = ("先后", "先後")

NOT_AFTER_DAY = (
    "内", "內", "以内", "以內", "之内", "之內", "以来", "以來", "左右", "后", "後", "多", "余", "餘", "游", "遊",
    "均", "年化", "券",
)

SLASHED_DATE_LEADS = (
    "定于", "定於", "将于", "將於", "已于", "已於", "订于", "訂於", "日期为", "日期為", "日期是", "日期：", "日期:",
    "截至", "截止", "即日起至", "起至", "日起至", "时间为", "時間為", "期限为", "期限為",
    "日期至", "期限至", "延长至", "延長至", "延至", "推迟至", "推遲至", "押后至", "押後至",
)

SLASHED_DATE_AFTER = (
    "起", "止", "举行", "舉行", "举办", "舉辦", "开幕", "開幕", "开始", "開始", "截止", "生效", "开跑", "開跑", "上午", "下午",
    "晚上", "之前", "以前", "前",
)

NOT_AFTER_SLASHED_DATE = (
    "的", "之", "以上", "以下", "左右", "强", "強", "弱", "股", "倍", "前往", "前来", "前來", "前进", "前進", "前列", "前茅",
)

TIME_WORDS = (
    "凌晨", "清晨", "早晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "夜间", "夜間", "深夜",
    "零时", "零時", "早", "晚", "夜",
)

DAY_PARTS = ("白天", "白日", "白昼", "晚间", "夜里", "夜晚", *(w for w in TIME_WORDS if len(w) >= 2))
"""Parts of the day written as words (白天, 晚上, 上午): a time of the clause, never a name, though 白 or 夏 open names."""

STAMP_MARKERS = (
    "发布时间", "發布時間", "發佈時間", "发稿时间", "發稿時間", "刊出时间", "刊出時間", "发表时间", "發表時間", "更新时间", "更新時間", "发布日期", "發布日期",
    "發佈日期", "出版日期", "刊登日期", "时间", "時間", "日期", "发布于", "發布於", "發佈於", "发表于", "發表於",
    "更新于", "更新於", "最后更新", "最後更新", "修改时间", "修改時間", "修订时间", "修訂時間",
    "date", "Date", "DATE", "Published", "published", "PUBLISHED", "Posted", "posted", "Updated", "updated",
    "UPDATED", "Last updated", "Last Updated",
)

UPDATE_MARKERS = (
    "更新时间", "更新時間", "更新于", "更新於", "最后更新", "最後更新", "修改时间", "修改時間", "修订时间", "修訂時間",
    "Updated", "updated", "UPDATED", "Last updated", "Last Updated",
)

ENGLISH_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}

FUTURE_WORDS = (
    "预计", "預計", "将于", "將於", "将在", "將在", "计划于", "計劃於", "计划在", "計劃在", "拟于", "擬於", "拟在", "擬在",
    "有望", "力争", "力爭", "预期", "預期", "即将", "即將", "预定", "預定", "定于", "定於", "届时", "屆時",
    "将从", "將從", "将自", "將自", "将由", "將由", "将会", "將會",
)

TIME_PREPOSITIONS = ("于", "於", "至", "到", "自", "从", "從", "明年", "今年", "去年")

DOTTED_DATE_LABELS = ("时间", "時間", "日期")

CONTINUED_TO = ("持续至", "持續至", "持续到", "持續到", "延续至", "延續至", "延续到", "延續到", "一直到", "延长至", "延長至")

ORIGINAL_PLANS = (
    "原计划", "原計劃", "原定", "原訂", "原本", "本来", "本來", "原拟", "原擬", "原预计", "原預計", "原先",
    "此前", "先前", "早前", "曾预计", "曾預計", "曾预期", "曾預期",
)

LOOKING_BACK = ("以来", "以來", "已于", "已於", "早在", "曾于", "曾於")

SOURCE_WORDS = ("来源", "來源", "作者", "出处", "出處", "稿源", "Source", "source")

TODAY_WORDS = ("今天是", "今日是", "今天", "今日", "今天：", "Today", "today", "TODAY")

LINK_LEADS = (
    "上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一则", "下一则", "上一則", "下一則", "上篇", "下篇",
    "前一篇", "后一篇", "後一篇", "Previous", "Next", "Prev",
)

EVENT_TIME_LABELS = ("展期", "会期", "會期", "赛期", "賽期", "期限", "截止", "截至")

PUBLICATION_MARKERS = (
    "发布时间", "發布時間", "發佈時間", "发稿时间", "發稿時間", "刊出时间", "刊出時間", "发表时间", "發表時間", "更新时间", "更新時間", "发布日期", "發布日期", "發佈日期",
    "出版日期", "刊登日期", "发布于", "發布於", "發佈於", "发表于", "發表於", "更新于", "更新於", "最后更新", "最後更新",
    "修改时间", "修改時間", "修订时间", "修訂時間", "Published", "published", "PUBLISHED", "Posted", "posted", "Updated", "updated", "UPDATED", "Last updated",
    "Last Updated",
)

DURATION_LEADS = (
    "为期", "為期", "历时", "歷時", "一连", "一連", "连续", "連續", "会期", "會期", "展期", "赛期", "賽期",
    "节期", "節期", "为时", "為時", "持续", "持續",
)

DURATION_TAILS = ("展期", "会期", "會期", "赛期", "賽期", "活动", "活動", "时间", "時間", "行程", "议程", "議程")

DURATION_UNITS = {"天": 1, "日": 1, "周": 7, "週": 7, "星期": 7, "礼拜": 7, "禮拜": 7}
