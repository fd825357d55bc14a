"""Chrome markers: words that start or make up page furniture rather than article text.

All forms are Simplified: they are matched against the analysis text.
LINE_MARKERS    a line starting with one of these (optionally after 【[ ) is page furniture.
LINE_WORDS      a short line containing one of these is page furniture.
CREDIT_ENDINGS  a caption or credit ends with one of these (photographer, supplier).
CREDIT_ROLES    roles that a byline or credit line gives before the names it credits (记者 张三 李四, 责编:甲、乙).
EDITOR_ROLES    the credit roles of the page's editors and reviewers (责任编辑, 审核, 二审): a line of them under a list of other
                articles' headlines still credits this page; a reporter's byline there is another article's.
SLASH_ROLES     roles that credit a name only before a slash or colon (文/张三, 图：李四, 报道：王五): alone they are words.
ROLE_QUALIFIERS words before 记者 that qualify the reporter (见习记者; 驻京记者 is matched as 驻 + place).
CREDIT_CLOSERS  words after the credited names that close a credit (记者张三报道, 李四摄, 记者王五翻摄: a copy of a picture).
REPORTER_WORDS  the reporter's own role words, which take the qualifiers and a posting (本报驻曼谷特派员).
REPORT_KINDS    words in a byline's place slot that name the kind of report, not a place (记者张三／综合报导).
DATE_LABELS     the last word of a label before an event's or a deadline's date in the body's information block
                (时间：…, 活动日期：…, 报名截止：…): such a line is article text, not page furniture.
SOURCE_BAR      words that make a label line the page's source bar (时间：… 来源：…), furniture wherever it stands.
PRINT_LABELS    whole labels before the date a reader printed or viewed the page (打印日期：…, 列印時間：…): furniture,
                unlike a label that ends in the same words but names an event's step (准考证打印时间：…).
CREDIT_UNIT_ENDINGS  endings of a school's or an office's unit written in a credit field before the credited name, set
                apart by a space (作者：土木学院 张三, 文/新闻中心 李四): the unit is no name, the name after it credits.
NOT_NAMES       words that fill a credit's name field without naming anyone (作者：佚名, 编辑：小编, 来源：本网).
NAME_DOTS       the dots between the parts of a transliterated name (艾力·吐尔逊, 費德里克‧張), in every code point sites use.
ENGLISH_CREDITS the words opening an English byline on overseas sites (By Anna Lee, Photos by Tom Chan).
ENGLISH_ROLES   words of an English byline that name a role, not a person (By Anna Lee, Staff Writer).
LIST_HEADINGS   a heading over a list of other articles' headlines (相关新闻, 延伸阅读, 点击排行): the lines under it
                are links, not the article.
LINK_MARKERS    a line opening with one of these names other pages or words (上一篇：…, 标签：…, 当前位置：…): a
                byline in it is another article's, and credits no author of this one.
"""

LINE_MARKERS = (
    "来源", "来源于", "时间", "日期", "发布时间", "发布日期", "更新时间", "发表时间", "字号", "分享", "分享到",
    "关键词", "关键字", "原标题", "责任编辑", "编辑", "责编", "审核", "校对", "您的位置", "当前位置", "推荐标签", "推荐阅读",
    "热门", "热搜", "相关新闻", "相关阅读", "延伸阅读", "标签", "打印", "关闭", "返回", "回到顶端", "返回顶部",
    "上一篇", "下一篇", "点击", "扫一扫", "微信", "导读", "浏览", "阅读", "转发", "列印", "首页", "服务专线", "版权",
    "声明", "免责声明", "作者", "图片来源", "视频", "网友评论", "评论", "举报", "点赞", "收藏", "留言",
    "审签", "审校", "初审", "一审", "二审", "三审", "终审", "复审", "责任校对", "监制",
)

LINE_WORDS = (
    "打印页面", "关闭页面", "打 印", "字号", "浏览量", "次浏览", "分享到", "服务专线", "版权所有", "ENG",
    "扫一扫", "下载客户端", "客户端", "公众号",
)

CREDIT_ENDINGS = ("摄", "供图", "提供", "摄影", "图片", "资料图", "截图", "翻摄", "图", "供稿")

CREDIT_ROLES = (
    "记者", "通讯员", "实习生", "摄影", "文/图", "图/文", "撰文", "文字", "作者", "责任编辑", "编辑", "责编", "主编", "编审", "美编",
    "审核", "审签", "审校", "校对", "责任校对", "初审", "一审", "二审", "三审", "终审", "复审", "监制", "编译", "翻译",
    "制图", "策划", "统筹", "摄像", "撰稿", "撰稿人", "特约撰稿人", "值班主任", "出品人", "制片人", "译者", "核稿",
)

EDITOR_ROLES = ("责任编辑", "编辑", "责编", "主编", "编审", "美编", "审核", "审签", "审校", "校对", "责任校对", "初审", "一审", "二审", "三审",
                "终审", "复审", "监制", "值班主任", "核稿")

REPORTER_WORDS = ("记者", "特派员", "特约通讯员", "评论员")

REPORT_KINDS = ("综合", "专题", "特稿", "编译", "连线", "独家")

LIST_HEADINGS = (
    "相关新闻", "相关阅读", "相关报道", "相关文章", "相关链接", "相关专题", "延伸阅读", "推荐阅读", "精彩推荐", "为你推荐",
    "猜你喜欢", "你可能感兴趣", "热门新闻", "热门文章", "热门推荐", "热点新闻", "热读", "点击排行", "阅读排行", "排行榜",
    "最新新闻", "最新消息", "最新文章", "更多新闻", "更多精彩", "更多精彩内容", "更多阅读", "今日推荐", "编辑推荐", "即时新闻",
    "往期回顾", "看了又看",
)

SLASH_ROLES = (
    "图文", "文图", "文", "图", "摄", "报道", "报导", "采访", "采写", "整理", "视频", "剪辑", "后期", "配音", "设计", "海报",
    "动画", "校审", "执行", "绘图", "插图", "漫画", "主持", "主持人", "出镜", "Photo", "photo", "PHOTO", "Text", "text",
)

ROLE_QUALIFIERS = ("见习", "实习", "特约", "特派", "首席", "本报", "本台", "本网", "本刊", "摄影", "文字", "驻外")

CREDIT_CLOSERS = ("报道", "报导", "翻摄", "摄", "供图", "提供", "整理", "采写")

ENGLISH_CREDITS = (
    "By", "BY", "by", "Written by", "Text by", "Words by", "Reported by", "Story by", "Photo by", "Photos by",
    "Photography by", "Edited by", "Interview by", "Video by",
)

ENGLISH_ROLES = (
    "Staff", "Writer", "Writers", "Reporter", "Reporters", "Correspondent", "Correspondents", "Editor", "Editors",
    "Contributor", "Contributors", "Columnist", "Photographer", "Photographers", "Special", "Senior", "Chief", "Our",
    "Bureau", "Desk", "News", "Team", "Agency", "Agencies", "Wire", "Services",
)

LINK_MARKERS = (
    "上一篇", "下一篇", "上一条", "下一条", "原标题", "标签", "推荐标签", "关键词", "关键字", "您的位置", "当前位置",
    "热门", "热搜", "推荐阅读", "相关新闻", "相关阅读", "延伸阅读",
)

NAME_DOTS = "·‧•・･"

NOT_NAMES = (
    "佚名", "匿名", "不详", "未知", "无名", "小编", "网友", "编者", "本报", "本网", "本台", "本刊", "本站", "转载", "原创",
    "官方", "综合", "管理员", "编辑部", "编辑组", "图片", "照片", "资料", "网络",
)

DATE_LABELS = ("时间", "日期", "截止", "期限", "展期", "会期", "赛期", "档期", "期间")

PRINT_LABELS = ("打印日期", "打印时间", "列印日期", "列印时间", "浏览日期", "浏览时间", "访问日期", "访问时间")

SOURCE_BAR = ("来源", "作者", "编辑", "责编", "浏览", "点击", "字号", "发布", "更新")

CREDIT_UNIT_ENDINGS = ("学院", "中心", "部", "处", "办", "办公室", "团", "站", "系", "局", "科", "室", "委", "所")
