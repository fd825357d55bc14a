"""A bank of invented pages about who wrote the article: bylines at the top, at the end and inside the page chrome,
agency datelines, credit lines and the names they credit, each with the `authors` and `published` values
../shared/ANNOTATION.md says a careful reader extracts ("Chrome" and "Borderline calls": every person credited in a
byline or credit line is an author, account names, sites and agencies are not; a person named only in chrome is no
person of the body).

It goes wider than tests/test_page_bank.py: several names after one marker joined by spaces, 、, ，, 和 or 及;
credit chains of editors and review levels; the shapes of names (two characters, compound surnames, a middle dot,
Latin script); datelines from every region; and near misses: a reporter named or quoted in the body, 本报记者 with no
name, a paper or site as the source, names in menus and in an editor's note. Every page is written for this test; no
sentence or name comes from a real article.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pytest

from extractor import extract


@dataclass(frozen=True)
class Page:
    id: str
    text: str
    authors: frozenset = frozenset()
    published: str | None = None


def page(id: str, text: str, authors=(), published=None) -> Page:
    return Page(id, text.strip("\n"), frozenset(authors), published)


TOP = [
    page("mainland-two-reporters-spaced-after-one-marker", """
全市一季度工业用电量同比增长9%
2024-03-02 10:20 来源：东川日报
记者 郝文静 邱晨
记者从市供电公司获悉，今年1至2月，全市工业用电量同比增长9.2%，高技术制造业用电增长尤为明显。
""", {"郝文静", "邱晨"}, "2024-03-02"),
    page("mainland-three-reporters-with-enumeration-comma", """
西岭县法院集中宣判一批涉农案件
2024-03-02 09:00 来源：西岭法治报
记者 田甜、韦东、龚平
3月1日，西岭县人民法院集中公开宣判5起涉农领域案件，12名被告人分别被判处有期徒刑。
""", {"田甜", "韦东", "龚平"}, "2024-03-02"),
    page("trad-reporters-enumeration-reported", """
港鐵公布全年業績
2024年3月2日
記者蘇穎欣、梁浩賢報道
港鐵公司昨日公布全年業績，股東應佔基本業務利潤為78億元，按年上升12%。
""", {"蘇穎欣", "梁浩賢"}, "2024-03-02"),
    page("mainland-reporters-fullwidth-comma", """
南港区发布十项惠企措施
2024/03/02 来源：南港新闻网
记者 庄晓，邢远
南港区昨日召开优化营商环境大会，发布十项惠企措施，涉及资金2.6亿元。
""", {"庄晓", "邢远"}, "2024-03-02"),
    page("trad-reporters-fullwidth-comma-reported", """
新竹科學園區去年營業額創高
2024/03/02 13:40
記者曾品嘉，鄭宇翔／新竹報導
新竹科學園區管理局今（2）日公布，園區去年營業額達新台幣1.5兆元，較前年成長6%。
""", {"曾品嘉", "鄭宇翔"}, "2024-03-02"),
    page("mainland-reporters-joined-by-and", """
滨海新区举办海洋科普周
2024-03-02 来源：滨海时报
记者 余洁 和 柯静
3月1日，滨海新区海洋科普周开幕，20余家科研院所参与展示。
""", {"余洁", "柯静"}, "2024-03-02"),
    page("mainland-reporters-glued-and-correspondent", """
北岭镇春耕生产有序推进
2024-03-02 08:45 来源：北岭日报
记者刘畅、覃岚 通讯员滕少华
目前，北岭镇已完成早稻育秧面积3.2万亩，占计划的八成。
""", {"刘畅", "覃岚", "滕少华"}, "2024-03-02"),
    page("trad-reporter-and-photographer-slash-reported", """
台南鹽水蜂炮周末登場
2024年3月2日 週六 下午1:15
記者 林雅婷 / 攝影 陳志明 報導
台南鹽水蜂炮將於本周末登場，主辦單位預估將吸引逾10萬人次參與。
""", {"林雅婷", "陳志明"}, "2024-03-02"),
    page("trad-text-slash-and-picture-slash", """
老眷村變身文創基地
2024-03-02 11:20
文／郭佳穎 圖／施志偉
位於桃園的老眷村經過三年修繕，今年起以文創基地之姿對外開放。
""", {"郭佳穎", "施志偉"}, "2024-03-02"),
    page("mainland-text-slash-picture-slash-on-two-lines", """
探访山城里的非遗工坊
2024.3.2 来源：山城晚报
文/ 蒋一帆
图/ 钱珊珊
走进工坊，十余位老艺人正在赶制一批竹编订单，这批产品将出口至欧洲。
""", {"蒋一帆", "钱珊珊"}, "2024-03-02"),
    page("mainland-text-bar-two-names", """
一家老字号的数字化转型
2024-03-02 18:30
文｜蔡佳 苗青
这家创办于1956年的老字号，去年线上销售额首次超过线下。
""", {"蔡佳", "苗青"}, "2024-03-02"),
    page("mainland-text-and-picture-with-colon", """
小城故事：一条街的变迁
发布时间：2024-03-02 07:30
文图：尹晓雪
从石板路到柏油路，再到如今的步行街，这条老街见证了小城四十年的变化。
""", {"尹晓雪"}, "2024-03-02"),
    page("mainland-paper-reporter-line-with-place", """
全国首个海上风电母港投产
2024-03-02 来源：经济参考报
经济参考报记者 童彤 福州报道
3月1日，全国首个海上风电母港在福建投产，年产能达到50套风电机组。
""", {"童彤"}, "2024-03-02"),
    page("mainland-all-media-reporters", """
临江市公布去年经济运行数据
2024-03-02 10:00 来源：临江日报
临江日报全媒体记者 晏紫 柯磊
去年，临江市地区生产总值达到3260亿元，同比增长5.8%。
""", {"晏紫", "柯磊"}, "2024-03-02"),
    page("mainland-see-intern-and-correspondent", """
新型农机下田助春耕
2024-03-02 来源：平川日报
见习记者 房雨 实习生 车思琪 通讯员 阎伟
3月1日，平川县举行新型农机推广演示会，30余台智能农机集中亮相。
""", {"房雨", "车思琪", "阎伟"}, "2024-03-02"),
    page("mainland-special-correspondent-colon", """
边境口岸客流回升
2024-03-02 来源：边城日报
特约记者：包小龙
今年以来，口岸出入境人员达到45万人次，同比增长三成。
""", {"包小龙"}, "2024-03-02"),
    page("mainland-written-by-and-photo-by-colon", """
守护江豚的人
2024-03-02 来源：江城晚报
撰文：薛子涵 摄影：单立
清晨五点，巡护员老周已经驾着小船出发。他说，去年监测到的江豚数量比五年前多了一倍。
""", {"薛子涵", "单立"}, "2024-03-02"),
    page("trad-written-by-and-photography-colon", """
傳承百年的製餅手藝
撰文：黎嘉欣　攝影：鄧永康
2024年3月2日
這家位於上環的餅家創立於1920年代，至今仍堅持人手製作。
""", {"黎嘉欣", "鄧永康"}, "2024-03-02"),
    page("mainland-author-colon-above-stamp", """
谈谈基层减负
作者：甘雨
2024-03-02 06:10 来源：光明评论
为基层减负，首先要减的是形式主义的负担。
""", {"甘雨"}, "2024-03-02"),
    page("trad-author-colon-with-stamp-same-line", """
從一份預算看城市未來
作者：葉家豪 2024/03/02
市府日前提出明年度總預算案，歲出規模達新台幣1,850億元，創歷年新高。
""", {"葉家豪"}, "2024-03-02"),
    page("mainland-reporter-with-stamp-same-line", """
全省高考报名人数再创新高
记者 骆晨 2024-03-02 10:20
今年全省高考报名人数达到68万人，比去年增加3万人。
""", {"骆晨"}, "2024-03-02"),
    page("mainland-interview-and-text-colon", """
对话一位青年科学家
2024-03-02 来源：科学时报
采访/整理：严冬
问：你们团队的研究成果有哪些应用前景？答：首先可用于新型电池材料。
""", {"严冬"}, "2024-03-02"),
    page("hongkong-paper-news-reporter-bracket", """
立法會通過撥款申請
2024年3月2日 星期六
香港文匯報訊（記者 陳嘉琪、李卓謙）立法會財務委員會昨日通過一項撥款申請，涉及金額約32億元。
""", {"陳嘉琪", "李卓謙"}, "2024-03-02"),
    page("hongkong-paper-special-report-reporters", """
港大研發新型抗菌塗層
2024-03-02 08:00
【明報專訊】記者梁凱婷報道：香港大學研究團隊研發出一種新型抗菌塗層，可持續殺菌達90日。
""", {"梁凱婷"}, "2024-03-02"),
    page("hongkong-online-reporter-colon", """
九龍城重建項目動工
2024/03/02 16:45
香港01記者：麥嘉雯
市區重建局今日宣布，九龍城重建項目正式動工，預計提供約1,200個住宅單位。
""", {"麥嘉雯"}, "2024-03-02"),
    page("hongkong-online-written-by-and-photography", """
深水埗劏房租金按年升5%
撰文：杜詠琪
攝影：黃志豪
02/03/2024
一項調查發現，深水埗區劏房平均月租按年上升5%，人均居住面積不足六平方米。
""", {"杜詠琪", "黃志豪"}, "2024-03-02"),
    page("macau-paper-news-and-reporter", """
澳門公布去年博彩收入
2024年3月2日
【本報消息】記者何靜怡報道：博彩監察協調局昨日公布，去年博彩毛收入為1,830億元。
""", {"何靜怡"}, "2024-03-02"),
    page("taiwan-free-times-reporter-slash-place", """
台中捷運藍線環評過關
2024/03/02 05:30
〔記者蘇金鳳／台中報導〕台中捷運藍線環境影響評估昨天有條件通過，市府預計明年動工。
""", {"蘇金鳳"}, "2024-03-02"),
    page("taiwan-two-reporters-one-marker-slash-place", """
國道五號春節車流創高
2024-03-02 12:00
〔記者陳宏銘、洪美秀／綜合報導〕高公局統計，春節連假國道五號單日最高車流達6.2萬輛。
""", {"陳宏銘", "洪美秀"}, "2024-03-02"),
    page("taiwan-tv-reporter-slash-place-line", """
颱風季前 北市清淤完成八成
2024年3月2日 14:20
記者 吳思儀 / 台北報導
台北市水利處表示，全市雨水下水道清淤進度已達八成，預計5月底全部完成。
""", {"吳思儀"}, "2024-03-02"),
    page("singapore-reporter-reported-two-names", """
本地首季拥车证价格回落
02/03/2024 05:00 AM
陈俊杰 林晓慧 报道
拥车证昨天第二轮竞标结果出炉，A组拥车证价格下跌4%，收在8万9000元。
""", {"陈俊杰", "林晓慧"}, "2024-03-02"),
    page("singapore-zaobao-news-and-reporter", """
新加坡推出新一轮社区援助
2024年3月2日
联合早报讯 记者 黄丽玲 报道
社会及家庭发展部昨天宣布新一轮社区援助计划，约12万户家庭受惠。
""", {"黄丽玲"}, "2024-03-02"),
    page("malaysia-report-colon-and-photo-colon", """
雪州推介电动巴士路线
02/03/2024 19:30
报道：曾慧敏 摄影：李国强
（莎阿南2日讯）雪州政府今日推介三条电动巴士路线，首阶段投入40辆电动巴士。
""", {"曾慧敏", "李国强"}, "2024-03-02"),
    page("malaysia-report-slash-name", """
槟城华小获拨款百万
2024年3月2日
报道/刘佩仪
（槟城2日讯）槟州政府宣布拨款100万令吉，资助州内90所华小进行维修。
""", {"刘佩仪"}, "2024-03-02"),
]

END = [
    page("mainland-closing-bracket-reporters-and-correspondent", """
全市新增城市绿道50公里
2024-03-02 来源：绿城日报
今年，全市计划新增城市绿道50公里，建设口袋公园30个。
市园林局表示，相关项目将于10月底前完成。（记者 谭雪 通讯员 全一鸣）
""", {"谭雪", "全一鸣"}, "2024-03-02"),
    page("mainland-closing-bracket-glued-two-names", """
一季度外贸开局良好
2024-03-02 来源：海关信息网
今年前两个月，全省外贸进出口总值达到2860亿元，同比增长8.1%。（记者郁青、伍家明）
""", {"郁青", "伍家明"}, "2024-03-02"),
    page("mainland-last-line-reporter-alone", """
市民热线一月受理诉求十万件
2024-03-02 10:00 来源：滨江日报
1月份，12345市民热线共受理群众诉求10.2万件，按时办结率达到98.5%。
记者 冉冉
""", {"冉冉"}, "2024-03-02"),
    page("mainland-footer-editor-and-reviewers", """
省体育局公布年度赛事计划
2024-03-02 来源：体育之窗
今年全省计划举办各类体育赛事260项，其中国际赛事12项。
编辑：甄珍 二审：宋嘉 三审：巫强
""", {"甄珍", "宋嘉", "巫强"}, "2024-03-02"),
    page("mainland-footer-first-second-third-review-colons", """
县医院开通远程会诊中心
2024.03.02 来源：县融媒体中心
县人民医院远程会诊中心正式启用，已与省内8家三甲医院实现对接。
一审：施敏
二审：麻晓东
三审：池宏
""", {"施敏", "麻晓东", "池宏"}, "2024-03-02"),
    page("mainland-footer-review-levels-half-width-colon", """
高新区举行重点项目集中开工
2024-03-02 来源：高新发布
3月1日，高新区举行一季度重点项目集中开工仪式，25个项目总投资180亿元。
责编:卢晴 二审:易凡 三审:伏虎
""", {"卢晴", "易凡", "伏虎"}, "2024-03-02"),
    page("mainland-footer-editor-slash", """
城南片区棚改进入收尾阶段
2024-03-02 来源：城南报
城南片区棚户区改造项目目前已完成签约98%，剩余房屋将于本月底前完成征收。
编辑/管雪 校对/沈一
""", {"管雪", "沈一"}, "2024-03-02"),
    page("mainland-footer-proofreading-without-colon", """
市图书馆新馆开放
2024-03-02 来源：书香网
市图书馆新馆昨日正式开放，馆藏图书达到280万册。
责任编辑 邬静 校对 鲍丹
""", {"邬静", "鲍丹"}, "2024-03-02"),
    page("mainland-bracket-editor-two-names", """
春季学期开学
2024-03-02 来源：教育在线
全市中小学3月1日正式开学，新学期共有在校学生82万人。
（责编：柏杨、应丽）
""", {"柏杨", "应丽"}, "2024-03-02"),
    page("trad-footer-responsible-editor-and-review", """
台北國際書展閉幕
2024-03-02 18:00
為期六天的台北國際書展今天閉幕，主辦單位統計入場人次達48萬。
責任編輯：鄒曉雯　審核：龍家偉
""", {"鄒曉雯", "龍家偉"}, "2024-03-02"),
    page("taiwan-cna-editor-and-code-at-end", """
立法院三讀通過食安法修正案
2024/03/02 16:20
（中央社記者劉冠廷台北2日電）立法院今天三讀通過食品安全衛生管理法部分條文修正案，提高違規罰鍰上限。
（編輯：李佳穎、翟思嘉）1130302
""", {"劉冠廷", "李佳穎", "翟思嘉"}, "2024-03-02"),
    page("trad-last-line-reporter-slash-place", """
屏東黑鮪魚季開跑
2024年3月2日 下午2:30
屏東縣政府宣布，今年黑鮪魚文化觀光季將於5月1日開幕，預計帶動觀光產值逾5億元。
記者 邱芷柔／屏東報導
""", {"邱芷柔"}, "2024-03-02"),
    page("hongkong-last-line-reporter-report", """
消防處公布去年火警數字
2024年3月2日
消防處昨日公布，去年全港共發生火警約8,900宗，較前年減少6%。
記者 黃詠詩 報道
""", {"黃詠詩"}, "2024-03-02"),
    page("mainland-reporter-glued-after-last-stop", """
新能源汽车下乡活动启动
2024-03-02 来源：汽车日报
3月2日，新能源汽车下乡活动在南川启动，20余家车企参展。本报记者 穆青
""", {"穆青"}, "2024-03-02"),
    page("mainland-closing-bracket-text-and-photo", """
非遗进校园
2024-03-02 来源：文化周报
近日，一场非遗进校园活动在实验小学举行，300余名学生体验了剪纸、泥塑等传统技艺。（文/图 苏岚）
""", {"苏岚"}, "2024-03-02"),
    page("malaysia-closing-credits-reported-and-edited", """
吉隆坡华社庆元宵
02/03/2024
吉隆坡华社昨晚举办元宵晚会，逾3000人出席。
报道：甘秀玲
编辑：吴俊宏
""", {"甘秀玲", "吴俊宏"}, "2024-03-02"),
    page("singapore-closing-editor-and-reporter-bars", """
新加坡国家美术馆推出新展
2024年3月2日
新加坡国家美术馆昨天推出东南亚现代艺术展，展出作品200余件。
文｜许慧芳 编辑｜郑伟杰
""", {"许慧芳", "郑伟杰"}, "2024-03-02"),
    page("mainland-footer-source-author-editor-bar", """
春季植树活动启动
2024-03-02 来源：林业信息网
3月1日，全市春季义务植树活动启动，今年计划植树120万株。
来源：林业信息网 | 作者：庞丽 | 责任编辑：阮青
""", {"庞丽", "阮青"}, "2024-03-02"),
    page("mainland-footer-producer-chain", """
春天的第一场马拉松
2024-03-02 来源：城市之声
3月2日，滨湖半程马拉松鸣枪开跑，1.5万名跑者参赛。
策划：骆宁 统筹：丁川 撰稿：牛晓 摄像：康宁
""", {"骆宁", "丁川", "牛晓", "康宁"}, "2024-03-02"),
    page("mainland-footer-duty-editor-and-reviewed-signoff", """
首届乡村美食节开幕
2024-03-02 来源：乡村振兴网
3月1日，首届乡村美食节在桃源镇开幕，100多种地方美食集中亮相。
值班编辑：颜一 审校：祝红 终审：盛楠
""", {"颜一", "祝红", "盛楠"}, "2024-03-02"),
]

CHROME = [
    page("mainland-portal-header-with-byline-between-bars", """
首页 > 新闻中心 > 本地要闻
南湖新区启用智慧停车系统
2024-03-02 09:15:33 来源：南湖新闻网 作者：向阳 字号：大 中 小
南湖新区智慧停车系统3月1日正式启用，首批接入停车泊位1.8万个。
【打印页面】【关闭窗口】
责任编辑：洪涛
""", {"向阳", "洪涛"}, "2024-03-02"),
    page("mainland-byline-after-share-bar", """
新学期校园食堂实行明厨亮灶
分享到：微信 微博 QQ空间
2024-03-02 08:00 来源：教育信息网
记者 魏然 通讯员 兰芳
新学期开始，全区中小学校园食堂全部实行明厨亮灶，家长可通过手机实时查看后厨情况。
""", {"魏然", "兰芳"}, "2024-03-02"),
    page("trad-portal-header-trending-names-and-byline", """
熱門：王小明 林大同 颱風 電價
桃園機場第三航廈啟用時程確定
2024/03/02 10:20
記者劉家豪／桃園報導
桃園機場公司表示，第三航廈北登機廊廳將於明年啟用，年旅運量可增加1500萬人次。
""", {"劉家豪"}, "2024-03-02"),
    page("mainland-columnist-menu-names-are-no-authors", """
专栏作家 | 李明远 | 张晓风 | 更多
城市夜经济如何更有温度
2024-03-02 来源：城市评论网 作者：戴菁
夜经济不只是延长营业时间，更要让市民在夜晚有地方去、有东西看。
""", {"戴菁"}, "2024-03-02"),
    page("mainland-editor-in-the-middle-of-chrome", """
当前位置：首页 > 经济
一季度全市新登记市场主体4.2万户
2024-03-02 来源：市场监管网 编辑：鲁冰
浏览次数：1024
今年前两个月，全市新登记各类市场主体4.2万户，同比增长11%。
""", {"鲁冰"}, "2024-03-02"),
    page("mainland-original-title-line-and-byline", """
为老城区“织补”功能
原标题：老城区更新“绣花功夫”见成效
2024-03-02 来源：古城日报
古城日报记者 龙飞
去年以来，老城区完成改造项目46个，新增停车位2000余个。
""", {"龙飞"}, "2024-03-02"),
    page("mainland-tags-and-editor-after-body", """
全市启动春季森林防火专项行动
2024-03-02 来源：应急管理网
即日起至5月31日，全市开展春季森林防火专项行动。
标签：森林防火 应急管理
编辑：凌霄
""", {"凌霄"}, "2024-03-02"),
    page("trad-related-list-below-with-reporter-above", """
新北推動老屋健檢補助
2024/03/02 09:00
記者 胡家瑋／新北報導
新北市政府今天宣布，老屋健檢補助今年起擴大至30年以上建物，每件最高補助2萬元。
相關新聞
新北捷運環狀線北環段動工
記者 林耀宗／新北報導
""", {"胡家瑋"}, "2024-03-02"),
    page("mainland-weixin-account-author-is-no-person", """
这些新规3月起施行
2024-03-02 来源：滨江发布
作者：滨江发布
3月起，一批新规开始施行，涉及食品安全、交通出行等多个领域。
""", set(), "2024-03-02"),
    page("mainland-author-anonymous-and-editor", """
春天去哪儿踏青
2024-03-02 作者：佚名 编辑：小编
春暖花开，全市20余处公园迎来赏花高峰。
""", set(), "2024-03-02"),
    page("mainland-print-edition-line-and-reporter", """
沿海港口货物吞吐量稳步增长
《 经济日报 》（ 2024年03月02日 第 05 版）
本报记者 喻佳
今年前两个月，沿海港口完成货物吞吐量15.6亿吨，同比增长4.3%。
""", {"喻佳"}, "2024-03-02"),
    page("hongkong-comment-section-after-editor", """
政府推出新一輪電費補貼
02/03/2024 14:30
特區政府今日宣布，向每個住宅電力用戶額外提供1,000元電費補貼。
責任編輯：溫嘉儀
網友評論
""", {"溫嘉儀"}, "2024-03-02"),
    page("macau-government-release-no-byline", """
社會文化司公布年度施政重點
2024年3月2日 15:00
新聞局
社會文化司今日舉行記者會，介紹2024年度施政重點，涉及教育、醫療及文化等範疇。
""", set(), "2024-03-02"),
    page("mainland-reading-count-and-reporter-under-stamp", """
市急救中心新增救护车20辆
2024-03-02 16:20 阅读：3562
记者 祁悦
市急救中心昨日新增20辆负压救护车，全市救护车总数达到160辆。
""", {"祁悦"}, "2024-03-02"),
    page("mainland-caption-credit-then-byline-at-end", """
万亩油菜花开
2024-03-02 来源：田园时报
▲3月1日，游客在花田中拍照留念。（刘晓东 摄）
连日来，万亩油菜花田迎来盛花期，每天吸引游客上万人次。
（记者 何苗）
""", {"刘晓东", "何苗"}, "2024-03-02"),
]

DATELINES = [
    page("xinhua-dateline-two-reporters-spaced", """
我国科学家研制出新型量子存储器
2024-03-02 16:00 来源：新华网
新华社合肥3月2日电（记者 徐海涛 戴威）记者从中国科学技术大学获悉，该校研究团队研制出一种新型量子存储器。
""", {"徐海涛", "戴威"}, "2024-03-02"),
    page("xinhua-dateline-reporter-and-correspondent-glued", """
西部陆海新通道班列开行量增长
2024-03-02 来源：新华网
新华社重庆3月1日电（记者韩振 通讯员罗兰）今年1至2月，西部陆海新通道班列累计开行1500列，同比增长16%。
""", {"韩振", "罗兰"}, "2024-03-02"),
    page("xinhua-dateline-with-year-three-reporters", """
全国铁路春运发送旅客4.8亿人次
新华社北京2024年3月2日电（记者 樊曦、叶昊鸣、张骁）国家铁路局2日发布数据，春运40天全国铁路累计发送旅客4.8亿人次。
""", {"樊曦", "叶昊鸣", "张骁"}, "2024-03-02"),
    page("chinanews-dateline-reporter-space-paren", """
今年首场中外记者见面会举行
2024年03月02日 10:42 来源：中国新闻网
中新社北京3月2日电 (记者 梁晓辉) 外交部2日在北京举行中外记者见面会，百余名中外记者参加。
""", {"梁晓辉"}, "2024-03-02"),
    page("peoples-daily-online-dateline-and-editor", """
全国两会新闻中心启用
2024年03月02日 10:05 来源：人民网
人民网北京3月2日电 （记者杜燕飞）全国两会新闻中心2日正式启用，将为中外记者提供采访服务。
（责编：王震、岳弘彬）
""", {"杜燕飞", "王震", "岳弘彬"}, "2024-03-02"),
    page("mainland-paper-news-bracket-reporter-correspondent", """
中关村论坛年会筹备工作就绪
2024-03-02 来源：新京报
新京报讯（记者 耿子叶 通讯员 韩玮）2024中关村论坛年会筹备工作已基本就绪，将于4月下旬开幕。
""", {"耿子叶", "韩玮"}, "2024-03-02"),
    page("mainland-own-paper-news-no-name", """
全市开展消防安全大检查
2024-03-02 来源：平安报
本报讯 即日起至3月底，全市开展为期一个月的消防安全大检查。
""", set(), "2024-03-02"),
    page("trad-own-paper-news-reporter-reported", """
中環新海濱開放
2024年3月2日
本報訊 記者伍嘉怡報道：中環新海濱一段長約600米的海濱長廊今日起開放。
""", {"伍嘉怡"}, "2024-03-02"),
    page("cna-reporter-dateline-in-brackets", """
國發會公布景氣燈號
2024/03/02 14:00
（中央社記者潘姿羽台北2日電）國家發展委員會今天公布1月景氣概況，景氣燈號續亮綠燈。
""", {"潘姿羽"}, "2024-03-02"),
    page("cna-two-reporters-dateline", """
立委補選結果出爐
2024/03/02 22:30
（中央社記者王揚宇、林克倫台北2日電）立法委員補選今天投開票，投票率約45%。
""", {"王揚宇", "林克倫"}, "2024-03-02"),
    page("cna-reporter-foreign-dateline-day-only", """
日本首相訪美行程確定
2024/03/02 09:40
（中央社記者楊明珠東京2日專電）日本政府今天宣布，首相將於4月訪問美國。
""", {"楊明珠"}, "2024-03-02"),
    page("sinchew-slash-place-day-news-no-author", """
雪州水供明起恢复正常
2024年3月2日 16:30
星洲日报/吉隆坡2日讯：雪州水务公司宣布，受影响地区的水供将于明日恢复正常。
""", set(), "2024-03-02"),
    page("malaysia-place-day-news-then-reporter-at-end", """
马六甲古城迎旅游旺季
02/03/2024
（马六甲2日讯）马六甲古城区在学校假期期间迎来旅游旺季，酒店入住率超过九成。
报道：卢燕玲
""", {"卢燕玲"}, "2024-03-02"),
    page("singapore-zaobao-news-no-author", """
樟宜机场客运量恢复
2024年3月2日
联合早报讯 樟宜机场今年1月共处理旅客560万人次，恢复至疫情前水平的九成八。
""", set(), "2024-03-02"),
    page("macau-daily-news-lead-no-author", """
文化局公布藝術節節目
2024年3月2日
澳門日報消息：第34屆澳門藝術節將於4月底開幕，文化局昨日公布節目內容。
""", set(), "2024-03-02"),
    page("macau-daily-news-lead-then-reporter", """
輕軌東線工程進展順利
2024年3月2日
【澳門日報消息】記者梁少芬報道：輕軌東線隧道工程進度已完成六成，預計2026年完工。
""", {"梁少芬"}, "2024-03-02"),
    page("hongkong01-reporter-inline", """
觀塘海濱新段開放
02/03/2024 10:00
香港01記者 程曉彤
觀塘海濱長廊新一段今日開放，全長約350米。
""", {"程曉彤"}, "2024-03-02"),
    page("taiwan-reporter-slash-place-realtime", """
國立故宮博物院推新展
2024-03-02 11:25
記者王婉嘉／台北即時報導
國立故宮博物院今天起推出宋代書畫特展，展期至6月30日。
""", {"王婉嘉"}, "2024-03-02"),
    page("taiwan-bracket-reporter-two-places-reported", """
中南部空品不良
2024-03-02 10:10
【記者黃奕霖／台中、彰化報導】環境部表示，今天中南部空氣品質不良，民眾外出應戴口罩。
""", {"黃奕霖"}, "2024-03-02"),
    page("xinhua-dateline-photo-reporter-at-end", """
长江口禁渔成效显现
2024-03-02 来源：新华网
新华社上海3月2日电 长江口禁渔以来，水生生物多样性明显恢复。
（新华社记者 丁汀 摄）
""", {"丁汀"}, "2024-03-02"),
    page("mainland-site-news-bracket-reporter", """
首批自贸区新政落地
2024-03-02 来源：海南日报
海南日报讯（记者 邓钰 实习生 欧可馨）3月1日，海南自贸港首批新政正式落地。
""", {"邓钰", "欧可馨"}, "2024-03-02"),
    page("huanqiu-bracket-report-reporter", """
中国代表团抵达日内瓦
2024-03-02 来源：环球网
【环球网报道 记者 邢晓婧】中国代表团3月1日抵达日内瓦，出席联合国人权理事会会议。
""", {"邢晓婧"}, "2024-03-02"),
]

CREDITS = [
    page("mainland-reporter-photographer-credits-top", """
老旧小区加装电梯超千部
2024-03-02 来源：社区报
记者 蔺佳 摄影 鄂楠
去年以来，全市老旧小区已加装电梯1100部，惠及居民3万余户。
""", {"蔺佳", "鄂楠"}, "2024-03-02"),
    page("trad-photography-colon-in-middle", """
尖沙咀海濱重新開放
2024年3月2日
尖沙咀海濱長廊完成翻新工程，今日重新開放。
攝影：周凱琳
康文署表示，長廊新增座椅及遮蔭設施。
""", {"周凱琳"}, "2024-03-02"),
    page("mainland-source-paper-and-author-separate-lines", """
县域商业体系建设提速
2024-03-02
来源：农民日报
作者：吉星
今年，全省计划新建乡镇商贸中心200个。
""", {"吉星"}, "2024-03-02"),
    page("trad-source-site-only", """
高雄燈會遊客破百萬
2024/03/02
來源：高雄市政府新聞局
高雄燈會開幕至今，累計遊客已突破100萬人次。
""", set(), "2024-03-02"),
    page("mainland-editor-slash-only", """
新一批消费券周末发放
2024-03-02 来源：消费网
3月2日起，全市发放新一批消费券，总额5000万元。
编辑/ 岑晓
""", {"岑晓"}, "2024-03-02"),
    page("mainland-duty-editor-id-code", """
全市新增公交线路10条
2024-03-02 来源：都市报
3月1日起，全市新开通公交线路10条，优化调整线路15条。
责任编辑：蒯晓蕾_NN7788
""", {"蒯晓蕾"}, "2024-03-02"),
    page("mainland-intern-alone-after-reporters", """
博物馆春季研学课程上线
2024-03-02 来源：文博网
记者 杭帆 实习生 辛悦 牛一诺
市博物馆春季研学课程3月2日上线，共推出课程36门。
""", {"杭帆", "辛悦", "牛一诺"}, "2024-03-02"),
    page("mainland-correspondents-only", """
山区公路完成提档升级
2024-03-02 来源：交通报
通讯员 聂云 邱山
今年，全县完成农村公路提档升级120公里。
""", {"聂云", "邱山"}, "2024-03-02"),
    page("trad-correspondent-and-reporter-trad", """
新界北發展新進展
2024年3月2日
通訊員 梁子健 記者 葉淑儀
政府今日公布新界北發展大綱，預計提供約18萬個住宅單位。
""", {"梁子健", "葉淑儀"}, "2024-03-02"),
    page("mainland-second-and-third-review-in-brackets", """
学雷锋志愿服务活动启动
2024-03-02 来源：文明网
3月1日，全市学雷锋志愿服务月活动启动，5万名志愿者参与。
【编辑：仇萍 二审：甘露 三审：包拯】
""", {"仇萍", "甘露", "包拯"}, "2024-03-02"),
    page("mainland-reviewed-by-and-proofread-by-one-line", """
全县完成高标准农田建设
2024-03-02 来源：农业农村局
去年，全县新建高标准农田8万亩，完成年度任务的108%。
审核：季红 校对：柯南
""", {"季红", "柯南"}, "2024-03-02"),
    page("mainland-translation-and-compiled-credits", """
国际油价小幅上涨
2024-03-02 来源：国际财经
国际油价1日小幅上涨，纽约原油期货价格上涨1.2%。
编译：唐悦 编辑：司琪
""", {"唐悦", "司琪"}, "2024-03-02"),
    page("mainland-video-and-design-credits", """
一分钟看懂政府工作报告
2024-03-02 来源：融媒体中心
视频/ 卓越 设计/ 朱丽叶
今年政府工作报告提出，全年新增城镇就业1200万人以上。
""", {"卓越", "朱丽叶"}, "2024-03-02"),
    page("trad-text-and-picture-both-colon", """
淡水老街百年小吃
2024年3月2日
文：潘欣怡 圖：蘇建豪
淡水老街上的阿給老店已經營業超過六十年。
""", {"潘欣怡", "蘇建豪"}, "2024-03-02"),
    page("mainland-picture-supplied-by-a-bureau", """
新能源车充电桩覆盖所有乡镇
2024-03-02 来源：能源网
全市充电桩已覆盖所有乡镇，累计建成充电桩2.3万个。
（图片由市发改委提供）
""", set(), "2024-03-02"),
    page("mainland-picture-source-agency", """
春运最后一天
2024-03-02 来源：交通网
3月2日，旅客在火车站候车。（图片来源：视觉中国）
今年春运期间，全国铁路发送旅客4.8亿人次。
""", set(), "2024-03-02"),
]

NAME_SHAPES = [
    page("mainland-compound-surname-ouyang", """
全省文旅消费券发放
2024-03-02 来源：文旅报
记者 欧阳晓 通讯员 司马青云
3月1日起，全省发放文旅消费券1亿元。
""", {"欧阳晓", "司马青云"}, "2024-03-02"),
    page("trad-compound-surname-shangguan", """
港鐵新線試車
2024年3月2日
記者 歐陽思穎、上官文
港鐵屯馬線延伸段今日開始試車，預計年底通車。
""", {"歐陽思穎", "上官文"}, "2024-03-02"),
    page("mainland-compound-surname-zhuge-in-closing", """
城市书房再添十家
2024-03-02 来源：阅读报
全市城市书房总数达到86家。（记者 诸葛明 慕容雪）
""", {"诸葛明", "慕容雪"}, "2024-03-02"),
    page("mainland-two-char-names-three-listed", """
开发区引进重大项目
2024-03-02 来源：开发区报
记者 沙鸥 万里 常青
开发区今年已引进重大项目28个，总投资达到420亿元。
""", {"沙鸥", "万里", "常青"}, "2024-03-02"),
    page("mainland-name-with-middle-dot-and-editor", """
天山北麓雪季旅游升温
2024-03-02 来源：天山网
记者 阿依古丽·买买提 实习生 热依拉
今年雪季，天山北麓滑雪场累计接待游客120万人次。
""", {"阿依古丽·买买提", "热依拉"}, "2024-03-02"),
    page("trad-name-with-interpunct-reported", """
國際馬拉松賽事圓滿落幕
2024/03/02
記者 費德里克‧張／台北報導
台北國際馬拉松今天落幕，共有2.8萬名跑者參賽。
""", {"費德里克‧張"}, "2024-03-02"),
    page("singapore-latin-name-slash", """
本地大学推出人工智能课程
02/03/2024
文 / Melissa Goh
南洋理工大学宣布，将从8月起推出人工智能本科课程，首届招收120人。
""", {"Melissa Goh"}, "2024-03-02"),
    page("malaysia-latin-names-photo-and-report", """
槟城国际龙舟赛
02/03/2024
报道：Jason Lim 摄影：Tan Wei Ming
槟城国际龙舟赛将于6月举行，预计20支国际队伍参赛。
""", {"Jason Lim", "Tan Wei Ming"}, "2024-03-02"),
    page("overseas-english-byline-two-names", """
华埠农历新年游行
By Karen Wong and David Chen
March 2, 2024
旧金山华埠农历新年游行2日晚举行，数十万人观看。
""", {"Karen Wong", "David Chen"}, "2024-03-02"),
    page("mainland-name-padded-two-char", """
湿地公园迎来候鸟
2024-03-02 来源：生态报
本报记者　叶　青　孟繁星
湿地公园今冬监测到越冬候鸟3.6万只。
""", {"叶青", "孟繁星"}, "2024-03-02"),
    page("mainland-name-starting-with-place-like-surname", """
全市举办春季人才招聘会
2024-03-02 来源：人才网
记者 江南 通讯员 黄河
3月2日，全市春季人才招聘会举行，提供岗位2.1万个。
""", {"江南", "黄河"}, "2024-03-02"),
    page("trad-two-char-names-reported-at-end", """
嘉義蘭花展開幕
2024/03/02
嘉義蘭花展今天開幕，展出蘭花逾3000株。
記者 何萍、卓敏／嘉義報導
""", {"何萍", "卓敏"}, "2024-03-02"),
]

STAMPS = [
    page("stamp-iso-with-clock-before-reporter", """
金融监管新规出台
2024-03-02 10:20
记者 冷静
金融监管部门日前发布新规，自5月1日起施行。
""", {"冷静"}, "2024-03-02"),
    page("stamp-slashes-with-source-and-author", """
全市首家社区医院挂牌
2024/03/02 来源：健康报 作者：范医
全市首家社区医院3月1日挂牌成立，设置床位50张。
""", {"范医"}, "2024-03-02"),
    page("stamp-day-first-hongkong-with-reporter", """
公立醫院輪候時間縮短
02/03/2024 08:30
記者 譚慧敏
醫管局表示，去年專科門診新症輪候時間平均縮短兩星期。
""", {"譚慧敏"}, "2024-03-02"),
    page("stamp-dotted-short-with-reporter", """
科技馆周末免费开放
2024.3.2
记者 钟声
市科技馆即日起每周末免费开放，每日限流3000人。
""", {"钟声"}, "2024-03-02"),
    page("stamp-minguo-with-reporter-slash-place", """
南投茶博會開幕
民國113年3月2日
記者 張家銘／南投報導
南投世界茶業博覽會今天開幕，展期十天。
""", {"張家銘"}, "2024-03-02"),
    page("stamp-release-time-label-and-author", """
全省推进数字乡村建设
发布时间：2024-03-02 作者：商羽
全省已建成数字乡村示范村500个。
""", {"商羽"}, "2024-03-02"),
    page("stamp-trad-release-time-label-and-author", """
離島醫療資源擴充
發布時間：2024-03-02 14:10　作者：洪淑芬
衛福部宣布，離島醫療資源擴充計畫將投入經費新台幣12億元。
""", {"洪淑芬"}, "2024-03-02"),
    page("stamp-chinese-date-and-clock-then-byline", """
长江流域降水偏多
2024年03月02日 16:45
本报记者 岳川
气象部门预计，3月长江流域降水偏多二至五成。
""", {"岳川"}, "2024-03-02"),
    page("stamp-minguo-slashes-in-byline-line", """
彰化縣推動長照據點
記者 謝明芳／彰化報導 113/03/02
彰化縣政府今日宣布，今年將新增長照據點30處。
""", {"謝明芳"}, "2024-03-02"),
    page("stamp-after-reporter-on-taiwan-line", """
花蓮觀光回溫
記者 劉佳玲／花蓮報導 2024-03-02 10:20
花蓮縣政府統計，2月份觀光人次較1月成長三成。
""", {"劉佳玲"}, "2024-03-02"),
    page("stamp-update-label-trad", """
澳門高鐵聯運開通
更新時間：2024/03/02 18:00
記者 陸詠恩
澳門輕軌與高鐵聯運服務今日開通。
""", {"陸詠恩"}, "2024-03-02"),
    page("stamp-day-first-malaysia-in-footer", """
柔佛新山交通改善计划
柔佛州政府宣布，新山市区交通改善计划将于今年6月动工，耗资2亿令吉。
报道：黄志雄
02/03/2024 11:00
""", {"黄志雄"}, "2024-03-02"),
]

BODY = [
    page("court-judge-and-prosecutor-are-no-authors", """
一起电信诈骗案宣判
2024-03-02 来源：法治日报
记者 包青
3月1日，西城区人民法院公开宣判一起电信诈骗案，审判长王立平当庭宣判，被告人李某被判处有期徒刑五年。
""", {"包青"}, "2024-03-02"),
    page("police-briefing-spokesman-no-author", """
警方破獲跨境詐騙集團
2024年3月2日
記者 馮嘉欣
警方昨日破獲一個跨境詐騙集團，拘捕12人。警方發言人陳偉傑表示，涉案金額約3,000萬元。
""", {"馮嘉欣"}, "2024-03-02"),
    page("company-results-chairman-no-author", """
华南银行去年净利增长8%
2024-03-02 来源：证券时报
证券时报记者 柳月
华南银行3月1日发布年报，去年实现净利润126亿元，同比增长8.1%。董事长陈国华表示，今年将加大小微企业信贷投放。
""", {"柳月"}, "2024-03-02"),
    page("statistics-chief-statistician-no-author", """
2月份居民消费价格同比上涨0.7%
新华社北京3月2日电（记者 魏玉坤）国家统计局2日发布数据，2月份全国居民消费价格同比上涨0.7%。国家统计局城市司首席统计师董莉娟解读称，春节因素带动价格上涨。
""", {"魏玉坤"}, None),
    page("budget-finance-secretary-no-author", """
財政預算案公布
2024年3月2日
本報記者 鍾靜雯
財政司司長陳茂波發表新一年度財政預算案，預計綜合赤字為480億元。
""", {"鍾靜雯"}, "2024-03-02"),
    page("science-team-leader-no-author", """
科研团队发现新型超导材料
2024-03-02 来源：科技日报
科技日报记者 吴长锋
记者3月1日从中国科学技术大学获悉，该校陈仙辉院士团队发现一种新型超导材料。
""", {"吴长锋"}, "2024-03-02"),
    page("sports-coach-and-player-no-authors", """
市队夺得省运会男篮冠军
2024-03-02 来源：体育报
记者 石磊
3月1日晚，市男篮在省运会决赛中以88比80战胜对手夺冠。主教练刘建军赛后表示，队员们打出了精气神。
""", {"石磊"}, "2024-03-02"),
    page("culture-director-and-author-of-book-no-authors", """
长篇小说《江河》新书发布
2024-03-02 来源：文艺报
3月1日，作家周海明的长篇小说《江河》新书发布会在北京举行，出版社社长王建平致辞。
（记者 陆文）
""", {"陆文"}, "2024-03-02"),
    page("briefing-host-no-author", """
市政府新闻办举行发布会
2024-03-02 来源：市政府网
3月1日，市政府新闻办举行新闻发布会，市政府副秘书长孙立主持发布会，介绍今年民生实事项目。
""", set(), "2024-03-02"),
    page("event-forum-speakers-no-authors", """
第三届数字经济论坛开幕
2024-03-02 来源：数字时报
记者 钱程
3月1日，第三届数字经济论坛在滨江开幕。市长李文华致辞，中国工程院院士张明远作主旨演讲。
""", {"钱程"}, "2024-03-02"),
]

NEAR = [
    page("near-reporter-learned-from-no-name", """
今年将新建保障性住房2万套
2024-03-02 来源：住房报
记者从市住建局获悉，今年全市计划新建保障性租赁住房2万套，目前已开工6000套。
""", set(), "2024-03-02"),
    page("near-trad-reporter-learned-from-no-name", """
今年新增公營房屋單位
2024年3月2日
記者從房屋署了解到，今年將有約1.5萬個公營房屋單位落成。
""", set(), "2024-03-02"),
    page("near-reporter-interviewed-named-resident", """
老街改造后人气旺了
2024-03-02 来源：晚报
记者 郑重
记者采访了在老街经营小吃店的市民王秀英，她说生意比去年好了不少。
""", {"郑重"}, "2024-03-02"),
    page("near-our-reporter-without-name", """
城区新增停车位三千个
2024-03-02 来源：城市报
本报记者
今年以来，城区新增公共停车位3000个。
""", set(), "2024-03-02"),
    page("near-trad-our-reporter-without-name-in-brackets", """
港口吞吐量回升
2024年3月2日
葵青貨櫃碼頭今年首兩個月處理貨櫃量按年上升5%。（本報記者）
""", set(), "2024-03-02"),
    page("near-source-paper-only", """
全省冬小麦长势良好
2024-03-02
来源：农民日报
全省冬小麦一、二类苗占比达到九成以上。
""", set(), "2024-03-02"),
    page("near-source-paper-trad-only", """
蘭嶼觀光季開跑
2024/03/02
來源：自由時報
蘭嶼觀光季今年提早開跑，預計吸引遊客5萬人次。
""", set(), "2024-03-02"),
    page("near-editors-note-no-author", """
走基层·春耕一线
2024-03-02 来源：田园报
编者按：春耕时节，本报推出“走基层·春耕一线”系列报道，记录各地春耕生产的生动场景。
今年，全省春播粮食面积稳定在3000万亩以上。
（记者 蓝海）
""", {"蓝海"}, "2024-03-02"),
    page("near-mid-article-caption-credit-photographer-only", """
古桥修缮完工
2024-03-02 来源：文物报
历时两年，清代古桥修缮工程完工。
图为省文物局局长赵明辉在古桥上察看修缮效果。（尚文 摄）
修缮过程中，工程队共更换石材300余块。
""", {"尚文"}, "2024-03-02"),
    page("near-mid-article-trad-caption-credit", """
西九文化區新館開幕
2024年3月2日
西九文化區新展館今日開幕，首展展出藝術品150件。
▲康文署署長劉明光主持開幕禮。（記者黎家豪攝）
展館預計每年接待訪客100萬人次。
""", {"黎家豪"}, "2024-03-02"),
    page("near-photographing-verb-no-credit", """
无人机航拍春日梯田
2024-03-02 来源：航拍网
这是3月1日用无人机拍摄的春日梯田。
梯田面积达到1.2万亩。
""", set(), "2024-03-02"),
    page("near-reporter-at-other-outlet-asks-in-body", """
外交部例行记者会
2024年03月02日 来源：外交部网站
3月1日，外交部发言人毛宁主持例行记者会。有彭博社记者提问，毛宁作了回答。
""", set(), "2024-03-02"),
    page("near-reporter-word-in-headline", """
记者走访：菜价稳中有降
2024-03-02 来源：民生报
记者 苗苗
连日来，记者走访多家农贸市场发现，蔬菜价格稳中有降。
""", {"苗苗"}, "2024-03-02"),
    page("near-trad-reporter-asked-named-official", """
教育局回應教師編制
2024年3月2日
記者 方詠儀
記者就教師編制問題詢問教育局局長蔡若蓮，她表示會檢討現行安排。
""", {"方詠儀"}, "2024-03-02"),
    page("near-editor-title-of-a-person-in-body", """
出版集团发布年度好书
2024-03-02 来源：出版报
3月1日，出版集团发布年度好书榜单，集团总编辑何建明介绍了评选情况。
编辑：伍岳
""", {"伍岳"}, "2024-03-02"),
    page("near-nav-menu-names-and-authors-column", """
首页 | 要闻 | 张文静工作室 | 李强访谈
滨江文旅推出春季线路
2024-03-02 来源：滨江文旅
滨江文旅局推出春季旅游线路10条。
""", set(), "2024-03-02"),
    page("near-hot-search-names-above-headline", """
熱搜：陳小明 黃美玲 鄭家豪
高鐵南延屏東拍板
2024/03/02 10:00
行政院今天核定高鐵延伸屏東計畫，總經費約新台幣550億元。
""", set(), "2024-03-02"),
    page("near-quoted-reporter-as-speaker", """
新闻工作者座谈会召开
2024-03-02 来源：记协网
3月1日，新闻工作者座谈会召开。获奖记者李红梅在发言中说，要把笔头对准基层。
""", set(), "2024-03-02"),
    page("near-photo-supplied-by-company", """
新能源车企发布新车型
2024-03-02 来源：汽车报
记者 车骋
一家新能源车企3月1日发布新车型，售价15万元起。
（图片由受访企业提供）
""", {"车骋"}, "2024-03-02"),
    page("near-account-and-site-credits", """
社区团购新规
2024-03-02 来源：澎湃新闻
作者：滨江发布 编辑：滨江发布编辑部
新规要求平台不得低价倾销。
""", set(), "2024-03-02"),
]

WIDER = [
    page("mainland-four-reporters-spaced", """
全国人大代表建议办理情况通报
2024-03-02 来源：法制日报
记者 朱宁宁 蒲晓磊 张维 刘子阳
十四届全国人大一次会议以来，代表提出的建议已全部办结。
""", {"朱宁宁", "蒲晓磊", "张维", "刘子阳"}, "2024-03-02"),
    page("mainland-closing-bracket-comma-names", """
全市道路改造完成
2024-03-02 来源：城建报
今年全市完成主次干道改造45条。（记者 邝明，甘棠）
""", {"邝明", "甘棠"}, "2024-03-02"),
    page("mainland-closing-bracket-text-slash-picture-slash", """
乡村小学的春季运动会
2024-03-02 来源：教育报
3月1日，石桥镇中心小学举行春季运动会，全校480名学生参加。（文/聂小倩 图/韦一笑）
""", {"聂小倩", "韦一笑"}, "2024-03-02"),
    page("mainland-mixed-roles-trainee-and-reporters", """
电力迎峰度夏准备启动
2024-03-02 来源：能源报
本报记者 汪洋 通讯员 岳山 庞海 本报见习记者 齐悦
今年迎峰度夏期间，全省最高用电负荷预计达到1.2亿千瓦。
""", {"汪洋", "岳山", "庞海", "齐悦"}, "2024-03-02"),
    page("mainland-picture-and-text-slash-one-name", """
老手艺人的春天
2024-03-02 来源：民俗网
图文/ 骆雪
在城西老街，做了四十年竹编的老师傅迎来了新订单。
""", {"骆雪"}, "2024-03-02"),
    page("mainland-author-two-names-spaced", """
关于县域经济的几点思考
2024-03-02 来源：理论网
作者：邵峰 侯佳
县域经济是国民经济的基本单元。
""", {"邵峰", "侯佳"}, "2024-03-02"),
    page("mainland-author-bar-name", """
一座城市的创新密码
2024-03-02 09:30
作者 | 秦朗
去年，这座城市的研发投入强度达到3.5%。
""", {"秦朗"}, "2024-03-02"),
    page("mainland-source-author-editor-one-header-line", """
县城消费新场景
来源：县域经济报 作者：解文 柴琳 编辑：易安 2024-03-02
今年春节期间，县城商业综合体客流同比增长两成。
""", {"解文", "柴琳", "易安"}, "2024-03-02"),
    page("mainland-square-bracket-editor", """
全国冬季运动会闭幕
2024-03-02 来源：体育网
第十四届全国冬季运动会3月1日闭幕，共决出176枚金牌。
【责任编辑：鲍晨】
""", {"鲍晨"}, "2024-03-02"),
    page("mainland-editor-in-bracket-without-colon", """
春季旅游市场升温
2024-03-02 来源：文旅网
今年春季，全市旅游预订量同比增长三成。（编辑 晏晴）
""", {"晏晴"}, "2024-03-02"),
    page("mainland-chief-editor-and-producer", """
一图读懂政府工作报告
2024-03-02 来源：融媒体中心
今年全市地区生产总值预期增长6%左右。
主编：詹宇 监制：符强 编辑：滕飞
""", {"詹宇", "符强", "滕飞"}, "2024-03-02"),
    page("mainland-second-and-third-review-only", """
镇卫生院完成改造
2024-03-02 来源：县融媒
镇卫生院改造工程完工，新增床位40张。
二审：晁阳 三审：冀川
""", {"晁阳", "冀川"}, "2024-03-02"),
    page("mainland-commentator-with-name", """
让消费券真正惠民
2024-03-02 来源：评论网
特约评论员 芮平
发放消费券，关键在于精准。
""", {"芮平"}, "2024-03-02"),
    page("mainland-commentator-without-name", """
以实干开新局
2024-03-02 来源：江城日报
本报评论员
新的一年，新的起点。
""", set(), "2024-03-02"),
    page("trad-reporter-colon-name", """
灣仔會展擴建工程動工
2024年3月2日 10:00
記者：廖家豪
會展中心擴建工程今日動工，預計新增展覽面積1.5萬平方米。
""", {"廖家豪"}, "2024-03-02"),
    page("trad-hk-written-photo-editor-bars", """
舊區重建下的街坊生活
02/03/2024
撰文：連詠芝｜攝影：盧卓謙｜編輯：甘偉倫
土瓜灣舊區重建項目涉及約200戶居民。
""", {"連詠芝", "盧卓謙", "甘偉倫"}, "2024-03-02"),
    page("trad-hk-all-media-reporter", """
北部都會區招商推介
2024年3月2日
大公文匯全媒體記者 鄧麗琪
特區政府今日舉行北部都會區招商推介會，吸引逾百家企業參與。
""", {"鄧麗琪"}, "2024-03-02"),
    page("macau-paper-news-and-reporter-at-end", """
氹仔舊城區活化
2024年3月2日
【本報訊】氹仔舊城區活化計劃第二期今日展開，涉及商戶約60家。
記者 麥少芳
""", {"麥少芳"}, "2024-03-02"),
    page("macau-other-paper-reporter-line", """
澳門公共房屋申請開始
2024-03-02
澳門力報記者 區志恒
房屋局宣布，新一輪經濟房屋申請今日開始，提供約5,000個單位。
""", {"區志恒"}, "2024-03-02"),
    page("taiwan-compiled-report-spaced", """
全台多地氣溫驟降
2024/03/02 08:00
記者 戴佳琪 綜合報導
中央氣象署表示，今天清晨全台多地氣溫降至10度以下。
""", {"戴佳琪"}, "2024-03-02"),
    page("taiwan-tv-reporter-photographer-place", """
雲林農民搶收花生
2024/03/02 19:00
記者 吳姿瑩 攝影 鄭凱文 / 雲林報導
雲林縣花生進入收成期，今年產量預估可達4萬公噸。
""", {"吳姿瑩", "鄭凱文"}, "2024-03-02"),
    page("cna-dateline-without-reporter", """
美股收盤漲跌互見
2024/03/02 05:30
（中央社紐約1日綜合外電報導）美國股市今天收盤漲跌互見。
""", set(), "2024-03-02"),
    page("taiwan-photo-credit-reporter-picture", """
台東熱氣球嘉年華售票
2024/03/02 12:00
記者黃慧玲／台東報導
台東熱氣球嘉年華將於7月登場，今日起開放預售。
（圖／記者黃慧玲攝）
""", {"黃慧玲"}, "2024-03-02"),
    page("taiwan-picture-colon-name-shot", """
基隆潮境公園賞花
2024-03-02 10:30
基隆潮境公園的花海進入盛開期。
圖：陳建宏攝
市府預估本周末將湧入遊客2萬人次。
""", {"陳建宏"}, "2024-03-02"),
    page("malaysia-china-press-report-slash-and-place-day", """
霹雳州华小新生人数增加
02/03/2024 18:00
报导／许晓雯
（怡保2日讯）霹雳州华小今年新生人数达到1.2万人，比去年增加5%。
""", {"许晓雯"}, "2024-03-02"),
    page("malaysia-picture-and-text-colon", """
沙巴神山登山客回升
02/03/2024
文：莫少华 图：张金福
（亚庇2日讯）沙巴神山今年首两个月登山客人数达到1.5万人次。
""", {"莫少华", "张金福"}, "2024-03-02"),
    page("singapore-text-and-picture-colons", """
本地小贩中心翻新计划
2024年3月2日
文：胡家慧 图：黄启明
国家环境局宣布，将在未来五年翻新20个小贩中心。
""", {"胡家慧", "黄启明"}, "2024-03-02"),
    page("singapore-closing-line-name-reported", """
组屋转售价格连续上涨
02/03/2024
建屋发展局数据显示，组屋转售价格今年首季上涨1.8%。
严美琪 报道
""", {"严美琪"}, "2024-03-02"),
    page("stamp-published-label-english-day-month", """
新西兰华人社区庆元宵
Published: 02 Mar 2024
文 / 梁思雨
奥克兰华人社区昨晚举办元宵灯会，逾5000人参加。
""", {"梁思雨"}, "2024-03-02"),
    page("stamp-minguo-no-slash-two-digit-month", """
宜蘭童玩節售票
113年03月02日
記者 游明輝／宜蘭報導
宜蘭國際童玩藝術節今年7月開幕，即日起售票。
""", {"游明輝"}, "2024-03-02"),
    page("stamp-release-date-label-and-author-and-source", """
县域物流体系建设提速
发布日期：2024年03月02日 来源：县商务局 作者：舒畅
全县已建成村级物流服务点260个。
""", {"舒畅"}, "2024-03-02"),
    page("stamp-bar-after-reporter", """
老旧管网改造全面铺开
记者 闵浩 | 2024-03-02
今年全市计划改造老旧燃气管网300公里。
""", {"闵浩"}, "2024-03-02"),
    page("near-reporter-as-news-subject", """
採訪車遭撞 記者輕傷
2024年3月2日
記者 莫嘉敏
一輛新聞採訪車今早在中環被私家車撞及，車上一名攝影記者陳俊輝受輕傷。
""", {"莫嘉敏"}, "2024-03-02"),
    page("near-according-to-our-reporter-in-body", """
冬奥场馆赛后利用
2024-03-02 来源：冰雪网
据了解，赛后各场馆已累计接待游客超过300万人次。
""", set(), "2024-03-02"),
    page("near-editor-in-chief-in-body-trad", """
報業公會選出新任主席
2024年3月2日
記者 甄慧芬
報業公會昨日舉行周年大會，選出某報總編輯林文傑為新任主席。
""", {"甄慧芬"}, "2024-03-02"),
    page("near-photographer-as-exhibition-subject", """
攝影展展出百幅作品
2024-03-02 来源：文艺网
记者 吕凯
3月1日，摄影家张伟光的个人摄影展在市美术馆开幕，展出作品100幅。
""", {"吕凯"}, "2024-03-02"),
    page("near-source-site-with-clock-trad", """
高雄輕軌成圓通車
2024/03/02 10:00 來源：高雄市政府
高雄輕軌今日成圓通車，全線共38站。
""", set(), "2024-03-02"),
    page("taiwan-two-reporters-joined-by-and-before-slash", """
嘉義縣推動農業缺工對策
2024/03/02 15:00
記者蔡宜庭及洪振豪／嘉義報導
嘉義縣政府今天宣布，將成立農業人力團3團，協助農民採收。
""", {"蔡宜庭", "洪振豪"}, "2024-03-02"),
    page("near-wechat-account-by-line", """
这份春季出游指南请收好
2024-03-02
来源：文旅滨江 微信公众号
春暖花开，全市推出春季出游线路10条。
""", set(), "2024-03-02"),
]

BANK = TOP + END + CHROME + DATELINES + CREDITS + NAME_SHAPES + STAMPS + BODY + NEAR + WIDER

KNOWN_MISSES: dict[str, str] = {}
"""Pages the rules do not read yet, with the reason: xfail(strict=True), so a fix shows."""


def _case(p: Page):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[p.id])] if p.id in KNOWN_MISSES else []
    return pytest.param(p, id=p.id, marks=marks)


@lru_cache(maxsize=None)
def _record(text: str):
    return extract(text)


@pytest.mark.parametrize("p", [_case(p) for p in BANK])
def test_byline_bank(p: Page):
    record = _record(p.text)
    assert (set(record.authors), record.published) == (set(p.authors), p.published)


@pytest.mark.parametrize("p", [pytest.param(p, id=p.id) for p in BANK if p.authors])
def test_credited_names_are_no_people(p: Page):
    """A person named only in a byline or credit is an author, never a person of the body."""
    people = {person.name for person in _record(p.text).people}
    assert not people & set(p.authors)


def test_the_bank_covers_every_region_and_both_scripts():
    assert 100 <= len(BANK) <= 200
    assert len({p.id for p in BANK}) == len(BANK)
