"""A bank of invented sentences from event reports and features (conferences, expos and fairs, signings, sports,
culture, charity, infrastructure, science): the subject of every figure ANNOTATION.md says a reader takes.

Written before the extractor was run on them. Groups follow the slot the subject stands in: the counted noun after
the figure (`共有300名志愿者参与服务`), a label before it across a comma (`参会人数，约2000人`), after 其中 and
分别, after 达/逾/近/约, a noun after a measure word (`120个展位`), lists of achievements; then the kinds of
thing counted in such news (participants and exhibitors, visitors, deals, areas, prizes, donations, capacity,
lengths); then near misses (editions, rankings, dates and durations, years, numbers in names). Simplified
(mainland, Singapore, Malaysia) and Traditional (Hong Kong, Macau, Taiwan) sentences; names, bodies and numbers
are made up. A figure matches as in tests/test_figure_news_bank.py.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import extract
from extractor.evaluation import subject_close


def F(text, kind, value, unit, qualifier="eq", subject=None, upper=None):
    """One expected figure."""
    return (text, kind, Decimal(str(value)), unit, qualifier, subject, None if upper is None else Decimal(str(upper)))


PARTICIPANTS = [
    ("countries-and-firms", "本届博览会吸引来自30个国家和地区的500多家企业参展。",
     [F("30个", "count", 30, "个", subject="国家和地区"), F("500多家", "count", 500, "家", "gt", "企业")]),
    ("countries-and-firms-trad-hk", "本屆展覽吸引來自25個國家和地區的逾600家展商參展。",
     [F("25個", "count", 25, "個", subject="國家和地區"), F("逾600家", "count", 600, "家", "gt", "展商")]),
    ("exhibitors-trad-macau", "今年的美食節共有120家商戶參與。",
     [F("120家", "count", 120, "家", subject="商戶")]),
    ("exhibitors-trad-tw", "本次旅展共有來自18國的450家業者設攤。",
     [F("18國", "count", 18, "國", subject="國"), F("450家", "count", 450, "家", subject="業者")]),
    ("participants-sg", "本次论坛吸引了约800名来自区域各国的代表出席。",
     [F("约800名", "count", 800, "名", "approx", "代表")]),
    ("participants-my", "大会共有1500名华团领袖出席。",
     [F("1500名", "count", 1500, "名", subject="华团领袖")]),
    ("athletes", "本届运动会共有来自12个代表团的3200名运动员参赛。",
     [F("12个", "count", 12, "个", subject="代表团"), F("3200名", "count", 3200, "名", subject="运动员")]),
    ("athletes-trad-hk", "是次馬拉松共有約7萬名跑手參加。",
     [F("約7萬名", "count", 70000, "名", "approx", "跑手")]),
    ("volunteers", "活动期间共有300名志愿者参与服务。",
     [F("300名", "count", 300, "名", subject="志愿者")]),
    ("volunteers-trad-tw", "活動現場共動員逾200名志工協助。",
     [F("逾200名", "count", 200, "名", "gt", "志工")]),
    ("scholars", "研讨会邀请了60余位海内外专家学者与会。",
     [F("60余位", "count", 60, "位", "gt", "专家学者")]),
    ("scholars-trad-macau", "論壇邀請了40多位兩岸四地學者發言。",
     [F("40多位", "count", 40, "位", "gt", "學者")]),
]

VISITORS = [
    ("visitors-da", "展会四天入场观众达12万人次。",
     [F("12万人次", "quantity", 120000, "人次", subject="入场观众")]),
    ("visitors-trad-hk", "書展七日入場人次逾百萬。",
     [F("逾百萬", "quantity", 1000000, "人次", "gt", "入場人次")]),
    ("visitors-trad-macau", "燈會開幕首日吸引約3.5萬人次市民及旅客入場。",
     [F("約3.5萬人次", "quantity", 35000, "人次", "approx", "市民及旅客")]),
    ("visitors-tw", "本屆燈節累計吸引逾800萬人次觀賞。",
     [F("逾800萬人次", "quantity", 8000000, "人次", "gt", "觀賞")]),
    ("visitors-sg", "嘉年华三天吸引超过10万人次公众参与。",
     [F("超过10万人次", "quantity", 100000, "人次", "gt", "公众")]),
    ("visitors-my", "文化节共吸引约5万名民众到场。",
     [F("约5万名", "count", 50000, "名", "approx", "民众")]),
    ("online-views", "开幕式网络直播观看量突破2000万人次。",
     [F("突破2000万人次", "quantity", 20000000, "人次", "gt", "网络直播观看量")]),
]

DEALS = [
    ("signed-projects", "签约项目56个，总投资额320亿元。",
     [F("56个", "count", 56, "个", subject="签约项目"), F("320亿元", "money", 32000000000, "CNY", subject="总投资额")]),
    ("signed-projects-trad-macau", "是次推介會共簽約項目18個，涉及金額約45億澳門元。",
     [F("18個", "count", 18, "個", subject="簽約項目"),
      F("約45億澳門元", "money", 4500000000, "MOP", "approx", "涉及金額")]),
    ("deal-amount", "本届农博会现场成交额达8.6亿元。",
     [F("8.6亿元", "money", 860000000, "CNY", subject="现场成交额")]),
    ("deal-amount-trad-tw", "本屆展覽現場交易金額突破新台幣12億元。",
     [F("突破新台幣12億元", "money", 1200000000, "TWD", "gt", "現場交易金額")]),
    ("intent-sg", "配对会促成意向合作协议40余份。",
     [F("40余份", "count", 40, "份", "gt", "意向合作协议")]),
    ("deal-count-my", "商展期间共签署23份谅解备忘录，总值约15亿令吉。",
     [F("23份", "count", 23, "份", subject="谅解备忘录"), F("约15亿令吉", "money", 1500000000, "MYR", "approx", "总值")]),
    ("contract-trad-hk", "是次論壇促成的合作項目總值逾30億港元。",
     [F("逾30億港元", "money", 3000000000, "HKD", "gt", "合作項目總值")]),
]

AREAS_AND_SIZES = [
    ("exhibition-area", "本届展会展览面积5万平方米，设标准展位2000个。",
     [F("5万平方米", "quantity", 50000, "平方米", subject="展览面积"),
      F("2000个", "count", 2000, "个", subject="标准展位")]),
    ("exhibition-area-trad-hk", "展覽總面積達3.2萬平方米。",
     [F("3.2萬平方米", "quantity", 32000, "平方米", subject="展覽總面積")]),
    ("booths-after-measure", "展区共设120个展位。",
     [F("120个", "count", 120, "个", subject="展位")]),
    ("booths-trad-tw", "今年展區規劃超過900個攤位。",
     [F("超過900個", "count", 900, "個", "gt", "攤位")]),
    ("capacity", "新体育馆可容纳3000人。",
     [F("3000人", "count", 3000, "人", subject="容纳")]),
    ("capacity-trad-macau", "新落成的演藝廳可容納約1200名觀眾。",
     [F("約1200名", "count", 1200, "名", "approx", "觀眾")]),
    ("seats-sg", "剧场设有座位1800个。",
     [F("1800个", "count", 1800, "个", subject="座位")]),
    ("length", "这条绿道全长12公里。",
     [F("12公里", "quantity", 12, "公里", subject="全长")]),
    ("length-trad-hk", "新建的行人天橋全長約280米。",
     [F("約280米", "quantity", 280, "米", "approx", "全長")]),
    ("height-trad-tw", "這座裝置藝術高達15公尺。",
     [F("15公尺", "quantity", 15, "公尺", subject="裝置藝術高度")]),
    ("bridge-length-my", "大桥全长约2.4公里，桥面宽32米。",
     [F("约2.4公里", "quantity", 2.4, "公里", "approx", "全长"), F("32米", "quantity", 32, "米", subject="桥面宽")]),
    ("site-area", "园区占地面积约1200亩。",
     [F("约1200亩", "quantity", 1200, "亩", "approx", "占地面积")]),
    ("investment-infra", "该项目总投资约46亿元，预计明年底建成。",
     [F("约46亿元", "money", 4600000000, "CNY", "approx", "总投资")]),
]

MONEY = [
    ("prize", "大赛总奖金为50万元。",
     [F("50万元", "money", 500000, "CNY", subject="总奖金")]),
    ("prize-trad-hk", "冠軍可獲獎金10萬港元。",
     [F("10萬港元", "money", 100000, "HKD", subject="獎金")]),
    ("prize-trad-tw", "首獎獎金新台幣30萬元。",
     [F("新台幣30萬元", "money", 300000, "TWD", subject="首獎獎金")]),
    ("donation", "该企业向基金会捐款100万元。",
     [F("100万元", "money", 1000000, "CNY", subject="捐款")]),
    ("donation-trad-macau", "善長仁翁合共捐出善款約500萬澳門元。",
     [F("約500萬澳門元", "money", 5000000, "MOP", "approx", "善款")]),
    ("raised-sg", "慈善晚宴共筹得善款120万新元。",
     [F("120万新元", "money", 1200000, "SGD", subject="善款")]),
    ("raised-my", "义卖会筹获款项逾8万令吉。",
     [F("逾8万令吉", "money", 80000, "MYR", "gt", "款项")]),
    ("raised-trad-hk", "步行籌款活動籌得善款逾320萬港元。",
     [F("逾320萬港元", "money", 3200000, "HKD", "gt", "善款")]),
    ("grant", "主办方为每支入围团队提供研发资助20万元。",
     [F("20万元", "money", 200000, "CNY", subject="研发资助")]),
]

LABEL_ACROSS_COMMA = [
    ("label-comma", "参会人数，约2000人。",
     [F("约2000人", "count", 2000, "人", "approx", "参会人数")]),
    ("label-colon-trad-hk", "參展商數目：約350家。",
     [F("約350家", "count", 350, "家", "approx", "參展商數目")]),
    ("label-wei", "本届赛事参赛人数为1.2万人。",
     [F("1.2万人", "count", 12000, "人", subject="参赛人数")]),
    ("label-da-trad-tw", "今年報名人數達4,500人，創下新高。",
     [F("4,500人", "count", 4500, "人", subject="報名人數")]),
    ("label-jin-trad-macau", "活動參與人數近8,000人。",
     [F("近8,000人", "count", 8000, "人", "lt", "參與人數")]),
    ("label-yue-sg", "活动参与人数约3000人。",
     [F("约3000人", "count", 3000, "人", "approx", "参与人数")]),
]

PARTS = [
    ("qizhong", "本届展会共有参展企业800家，其中境外企业260家。",
     [F("800家", "count", 800, "家", subject="参展企业"), F("260家", "count", 260, "家", subject="境外企业")]),
    ("qizhong-trad-hk", "比賽共有參賽隊伍64隊，其中本地隊伍40隊。",
     [F("64隊", "count", 64, "隊", subject="參賽隊伍"), F("40隊", "count", 40, "隊", subject="本地隊伍")]),
    ("fenbie", "两个分会场分别接待观众3万人次和2万人次。",
     [F("两个", "count", 2, "个", subject="分会场"),
      F("3万人次", "quantity", 30000, "人次", subject="观众"), F("2万人次", "quantity", 20000, "人次", subject="观众")]),
    ("fenbie-trad-tw", "本屆金曲獎男女歌手獎分別有12人及10人入圍。",
     [F("12人", "count", 12, "人", subject="男女歌手獎入圍人數"),
      F("10人", "count", 10, "人", subject="男女歌手獎入圍人數")]),
    ("gold-medals", "代表团共获得金牌18枚、银牌12枚、铜牌9枚。",
     [F("18枚", "count", 18, "枚", subject="金牌"), F("12枚", "count", 12, "枚", subject="银牌"),
      F("9枚", "count", 9, "枚", subject="铜牌")]),
    ("medals-trad-macau", "澳門代表隊在本屆賽事中奪得3金5銀。",
     [F("3金", "count", 3, "金", subject="金牌"), F("5銀", "count", 5, "銀", subject="銀牌")]),
    ("achievements", "近年来，该院累计承担国家级课题45项，获授权发明专利320件。",
     [F("45项", "count", 45, "项", subject="国家级课题"), F("320件", "count", 320, "件", subject="发明专利")]),
    ("achievements-trad-hk", "團隊至今已發表論文逾150篇，取得專利30項。",
     [F("逾150篇", "count", 150, "篇", "gt", "論文"), F("30項", "count", 30, "項", subject="專利")]),
    ("achievements-my", "该团体过去一年举办文化活动60场，受惠民众逾2万人。",
     [F("60场", "count", 60, "场", subject="文化活动"), F("逾2万人", "count", 20000, "人", "gt", "受惠民众")]),
    ("performances-sg", "艺术节期间将呈献30场演出和50场工作坊。",
     [F("30场", "count", 30, "场", subject="演出"), F("50场", "count", 50, "场", subject="工作坊")]),
    ("editions-held", "该论坛至今已举办12届。",
     [F("12届", "count", 12, "届", subject="论坛举办届数")]),
    ("works-trad-tw", "本次展覽展出逾百件書畫作品。",
     [F("逾百件", "count", 100, "件", "gt", "書畫作品")]),
    ("works", "展览共展出文物精品260余件。",
     [F("260余件", "count", 260, "件", "gt", "文物精品")]),
]

FEATURES = [
    ("forums", "论坛设置1场主论坛和8场平行分论坛。",
     [F("1场", "count", 1, "场", subject="主论坛"), F("8场", "count", 8, "场", subject="平行分论坛")]),
    ("exhibitors-then-change-trad-hk", "據統計，今屆書展共有680家參展商，較去年增加40家。",
     [F("680家", "count", 680, "家", subject="參展商"), F("40家", "count", 40, "家", subject="參展商較去年增加")]),
    ("jobs", "本次招聘会提供就业岗位1.2万个。",
     [F("1.2万个", "count", 12000, "个", subject="就业岗位")]),
    ("jobs-trad-hk", "本屆就業博覽會共提供職位空缺逾8,000個。",
     [F("逾8,000個", "count", 8000, "個", "gt", "職位空缺")]),
    ("leaflets", "活动当天，共发放宣传资料3000余份。",
     [F("3000余份", "count", 3000, "份", "gt", "宣传资料")]),
    ("entries-trad-tw", "大會共收到參賽作品2,300件，最終評出得獎作品50件。",
     [F("2,300件", "count", 2300, "件", subject="參賽作品"), F("50件", "count", 50, "件", subject="得獎作品")]),
    ("span-length", "这座跨海大桥主跨长度达1100米。",
     [F("1100米", "quantity", 1100, "米", subject="主跨长度")]),
    ("floor-area-and-capacity-trad-macau", "新建的會展中心總建築面積約12萬平方米，可同時容納2萬人。",
     [F("約12萬平方米", "quantity", 120000, "平方米", "approx", "總建築面積"),
      F("2萬人", "count", 20000, "人", subject="容納")]),
    ("fans-after-duration", "音乐节为期三天，累计接待乐迷约15万人次。",
     [F("约15万人次", "quantity", 150000, "人次", "approx", "乐迷")]),
    ("artists-and-works-trad-tw", "今年共有88位藝術家參展，展出作品逾300件。",
     [F("88位", "count", 88, "位", subject="藝術家"), F("逾300件", "count", 300, "件", "gt", "作品")]),
    ("race-size-qizhong", "本次马拉松赛事规模为3万人，其中全程马拉松1.5万人。",
     [F("3万人", "count", 30000, "人", subject="赛事规模"), F("1.5万人", "count", 15000, "人", subject="全程马拉松")]),
    ("villagers", "义诊活动共为600余名村民提供免费体检。",
     [F("600余名", "count", 600, "名", "gt", "村民")]),
    ("grants-and-students", "该基金会今年已资助贫困学生2000名，发放助学金逾300万元。",
     [F("2000名", "count", 2000, "名", subject="贫困学生"), F("逾300万元", "money", 3000000, "CNY", "gt", "助学金")]),
    ("gala-trad-hk", "晚會共籌得善款港幣250萬元。",
     [F("港幣250萬元", "money", 2500000, "HKD", subject="善款")]),
    ("saplings", "此次共种植树苗5万株。",
     [F("5万株", "count", 50000, "株", subject="树苗")]),
    ("terminal-capacity", "新航站楼年旅客吞吐量设计能力为4500万人次。",
     [F("4500万人次", "quantity", 45000000, "人次", subject="年旅客吞吐量设计能力")]),
    ("metro-line", "这条地铁线全长28.5公里，共设车站22座。",
     [F("28.5公里", "quantity", 28.5, "公里", subject="全长"), F("22座", "count", 22, "座", subject="车站")]),
    ("science-week-trad-macau", "澳門科技周共舉辦活動120場，參與人數約6萬人次。",
     [F("120場", "count", 120, "場", subject="活動"), F("約6萬人次", "quantity", 60000, "人次", "approx", "參與人數")]),
    ("awards-won", "该项目共获得国际奖项12项。",
     [F("12项", "count", 12, "项", subject="国际奖项")]),
    ("exhibitors-you-sg", "今年的狮城书展，参展商约有200家。",
     [F("约有200家", "count", 200, "家", "approx", "参展商")]),
    ("scholarships-my", "大马中华大会堂今年共颁发奖学金150份，总值30万令吉。",
     [F("150份", "count", 150, "份", subject="奖学金"), F("30万令吉", "money", 300000, "MYR", subject="奖学金总值")]),
    ("base-stations", "全市共建成5G基站1.8万个。",
     [F("1.8万个", "count", 18000, "个", subject="5G基站")]),
    ("holiday-visitors", "该景区今年国庆假期接待游客28万人次，实现旅游收入1.6亿元。",
     [F("28万人次", "quantity", 280000, "人次", subject="游客"), F("1.6亿元", "money", 160000000, "CNY", subject="旅游收入")]),
    ("samples-after-duration", "研究团队历时8年，采集样本逾5000份。",
     [F("逾5000份", "count", 5000, "份", "gt", "样本")]),
    ("prize-pool-trad-hk", "今屆賽事獎金總額高達600萬港元。",
     [F("600萬港元", "money", 6000000, "HKD", subject="獎金總額")]),
    ("countries-and-publishers-trad-tw", "本屆台北國際書展共吸引來自45國、500家出版社參展。",
     [F("45國", "count", 45, "國", subject="參展國"), F("500家", "count", 500, "家", subject="出版社")]),
    ("signed-then-amount", "开幕式上，12个重点项目集中签约，签约金额约85亿元。",
     [F("12个", "count", 12, "个", subject="重点项目"), F("约85亿元", "money", 8500000000, "CNY", "approx", "签约金额")]),
    ("cars-qizhong", "第20届广州车展展出车辆1100台，其中首发车型68款。",
     [F("1100台", "count", 1100, "台", subject="车辆"), F("68款", "count", 68, "款", subject="首发车型")]),
    ("label-fangmian", "参展企业方面，共有1200家。",
     [F("1200家", "count", 1200, "家", subject="参展企业")]),
    ("label-zai-fangmian-trad-tw", "在參展廠商方面，今年共有850家。",
     [F("850家", "count", 850, "家", subject="參展廠商")]),
    ("respective-nouns-with-head", "其中，港澳台企业和外资企业分别为85家和120家。",
     [F("85家", "count", 85, "家", subject="港澳台企业"), F("120家", "count", 120, "家", subject="外资企业")]),
    ("beds-and-staff-trad-hk", "中心共有床位300張、醫護人員逾500名。",
     [F("300張", "count", 300, "張", subject="床位"), F("逾500名", "count", 500, "名", "gt", "醫護人員")]),
    ("freshmen-qizhong", "该校今年录取新生4800人，其中留学生320人。",
     [F("4800人", "count", 4800, "人", subject="新生"), F("320人", "count", 320, "人", subject="留学生")]),
    ("sessions-list-trad-hk", "大會期間舉辦了14場論壇、30場對接會和6場發佈會。",
     [F("14場", "count", 14, "場", subject="論壇"), F("30場", "count", 30, "場", subject="對接會"),
      F("6場", "count", 6, "場", subject="發佈會")]),
    ("examinees-trad-tw", "今年參加聯考的考生約有9萬人。",
     [F("約有9萬人", "count", 90000, "人", "approx", "考生")]),
    ("awards-list", "比赛设金奖1名、银奖3名、铜奖5名。",
     [F("1名", "count", 1, "名", subject="金奖"), F("3名", "count", 3, "名", subject="银奖"),
      F("5名", "count", 5, "名", subject="铜奖")]),
    ("prize-cap-sg", "获奖者可获得最高5万新元的奖金。",
     [F("最高5万新元", "money", 50000, "SGD", "le", "奖金")]),
    ("period-before-counted-noun", "展品包括近300件清代瓷器。",
     [F("近300件", "count", 300, "件", "lt", "清代瓷器")]),
    ("period-before-counted-noun-trad-hk", "是次展覽共展出120件明代家具。",
     [F("120件", "count", 120, "件", subject="明代家具")]),
    ("audience-chinese-numeral", "共有三千余名群众观看了演出。",
     [F("三千余名", "count", 3000, "名", "gt", "群众")]),
    ("tickets", "这场音乐会的门票在10分钟内售出8000张。",
     [F("8000张", "count", 8000, "张", subject="门票")]),
    ("collection", "馆内珍藏古籍12万册、字画3000余幅。",
     [F("12万册", "count", 120000, "册", subject="古籍"), F("3000余幅", "count", 3000, "幅", "gt", "字画")]),
    ("parade", "全程约2小时的巡游吸引沿途观众约30万人。",
     [F("约30万人", "count", 300000, "人", "approx", "沿途观众")]),
    ("donated-goods", "捐赠仪式上，10家企业共捐赠物资价值逾500万元。",
     [F("10家", "count", 10, "家", subject="企业"), F("逾500万元", "money", 5000000, "CNY", "gt", "捐赠物资价值")]),
    ("medals-trad-hk", "在本屆全運會上，香港隊共取得7金10銀14銅。",
     [F("7金", "count", 7, "金", subject="金牌"), F("10銀", "count", 10, "銀", subject="銀牌"),
      F("14銅", "count", 14, "銅", subject="銅牌")]),
]

SIZES_AND_PIECES = [
    ("width-after-length", "古城墙周长约13.7公里，宽8米。",
     [F("约13.7公里", "quantity", 13.7, "公里", "approx", "古城墙周长"), F("8米", "quantity", 8, "米", subject="城墙宽")]),
    ("width-height-trad-hk", "這段城牆全長約3公里，寬6米，高10米。",
     [F("約3公里", "quantity", 3, "公里", "approx", "城牆全長"), F("6米", "quantity", 6, "米", subject="城牆寬度"),
      F("10米", "quantity", 10, "米", subject="城牆高度")]),
    ("depth-trad-tw", "整治後的河道長5公里，深3公尺。",
     [F("5公里", "quantity", 5, "公里", subject="河道長"), F("3公尺", "quantity", 3, "公尺", subject="河道深度")]),
    ("tower-height-sg", "这座观景塔高108米。",
     [F("108米", "quantity", 108, "米", subject="观景塔高")]),
    ("pieces-yu", "展览共展出石碑120余块。",
     [F("120余块", "count", 120, "块", "gt", "石碑")]),
    ("pieces-yu-trad-macau", "考古隊共出土陶片300餘塊、銅錢2,000餘枚。",
     [F("300餘塊", "count", 300, "塊", "gt", "陶片"), F("2,000餘枚", "count", 2000, "枚", "gt", "銅錢")]),
    ("samples-and-distance", "此次科考队共采集岩芯样品600余块，行程逾3万公里。",
     [F("600余块", "count", 600, "块", "gt", "岩芯样品"), F("逾3万公里", "quantity", 30000, "公里", "gt", "行程")]),
    ("spoken-dollars-still-money", "一碗面的价钱是15块。",
     [F("15块", "money", 15, "CNY", subject="价钱")]),
    ("topic-preposition", "至于参展人数，预计约有5000人。",
     [F("约有5000人", "count", 5000, "人", "approx", "参展人数")]),
    ("telescope", "这台射电望远镜的口径达500米。",
     [F("500米", "quantity", 500, "米", subject="口径")]),
    ("sewage", "项目建成后，每年可处理污水10万吨。",
     [F("10万吨", "quantity", 100000, "吨", subject="处理污水")]),
    ("photos-donated", "馆方表示，目前已收到市民捐赠的老照片1500余张。",
     [F("1500余张", "count", 1500, "张", "gt", "老照片")]),
    ("films-trad-hk", "本屆電影節共放映來自60個國家及地區的逾200部電影。",
     [F("60個", "count", 60, "個", subject="國家及地區"), F("逾200部", "count", 200, "部", "gt", "電影")]),
    ("tour", "该剧已在全国巡演200余场。",
     [F("200余场", "count", 200, "场", "gt", "巡演")]),
    ("teams-duoda-trad-tw", "今年報名參賽的隊伍多達150支。",
     [F("150支", "count", 150, "支", subject="報名參賽的隊伍")]),
    ("results-list", "大会公布了10项重大科技成果。",
     [F("10项", "count", 10, "项", subject="重大科技成果")]),
    ("asean-projects-my", "博览会累计签约国际经济合作项目约1.2万个。",
     [F("约1.2万个", "count", 12000, "个", "approx", "国际经济合作项目")]),
]

PEOPLE_BEFORE_COUNT = [
    ("students-then-doing", "该校今年共有学生1200人参加考试。",
     [F("1200人", "count", 1200, "人", subject="学生")]),
    ("citizens-then-doing-trad-hk", "開放日當天有市民約3,000人次到場參觀。",
     [F("約3,000人次", "quantity", 3000, "人次", "approx", "市民")]),
    ("athletes-then-doing-trad-tw", "本屆賽事有選手1,800人完賽。",
     [F("1,800人", "count", 1800, "人", subject="選手")]),
    ("no-noun-before-doing", "今年有1200人参加考试。",
     [F("1200人", "count", 1200, "人", subject="参加考试")]),
    ("flag-day-trad-hk", "今年共有逾1,500名義工參與賣旗活動，籌得善款約180萬港元。",
     [F("逾1,500名", "count", 1500, "名", "gt", "義工"), F("約180萬港元", "money", 1800000, "HKD", "approx", "善款")]),
    ("hospital-beds-trad-macau", "新院區設有病床800張，預計明年啟用。",
     [F("800張", "count", 800, "張", subject="病床")]),
    ("researchers-qizhong", "研究所现有科研人员260人，其中博士120人。",
     [F("260人", "count", 260, "人", subject="科研人员"), F("120人", "count", 120, "人", subject="博士")]),
    ("food-fair-trad-hk", "國際美食節設有攤位逾100個，吸引約10萬人次入場。",
     [F("逾100個", "count", 100, "個", "gt", "攤位"), F("約10萬人次", "quantity", 100000, "人次", "approx", "入場")]),
    ("extras-after-duration", "该剧组共拍摄了120天，动用群众演员逾3000人次。",
     [F("逾3000人次", "quantity", 3000, "人次", "gt", "群众演员")]),
    ("pieces-of-music-sg", "本次音乐会共演出曲目15首。",
     [F("15首", "count", 15, "首", subject="曲目")]),
    ("materials", "工程共使用钢材12万吨，混凝土80万立方米。",
     [F("12万吨", "quantity", 120000, "吨", subject="钢材"), F("80万立方米", "quantity", 800000, "立方米", subject="混凝土")]),
]

NOT_FIGURES = [
    ("edition", "第十五届中国国际航空航天博览会今天开幕。", []),
    ("edition-trad-hk", "第30屆香港國際電影節昨日揭幕。", []),
    ("ranking", "该队在比赛中获得第3名。", []),
    ("ranking-trad-tw", "他在決賽中排名第五。", []),
    ("fortune-500", "多家世界500强企业参展。", []),
    ("top-ten-trad-macau", "活動評選出年度十大傑出青年。", []),
    ("duration", "展会为期三天。", []),
    ("duration-trad-hk", "是次展覽展期兩星期。", []),
    ("anniversary-years", "今年是该校建校100周年。", []),
    ("year", "该馆于1998年落成。", []),
    ("year-trad-tw", "這座古蹟建於1925年。", []),
    ("address-trad-hk", "展覽在灣仔港灣道1號舉行。", []),
    ("consecutive", "该活动已连续五年在此举办。", []),
    ("time-of-day-sg", "开幕仪式于上午10时举行。", []),
    ("name-number-my", "第二届大马华人文化节圆满落幕。", []),
    ("rhetorical", "这是一场文化盛宴。", []),
    ("financial-numeral-word-trad-hk", "參賽隊伍陣容鼎盛。", []),
    ("award-name", "他获评年度十大杰出青年。", []),
    ("ranking-list-trad-tw", "該片入選年度十大華語電影。", []),
    ("duration-hours-sg", "颁奖典礼历时两个小时。", []),
    ("phone-number-my", "详情可拨电话03-12345678查询。", []),
    ("top-100", "该县连续多年入选全国百强县。", []),
    ("race-time", "比赛中，他以42.5秒的成绩夺冠。", []),
    ("score-trad-hk", "港隊以3比1擊敗對手。", []),
]

BANK = PEOPLE_BEFORE_COUNT + SIZES_AND_PIECES + FEATURES + PARTICIPANTS + VISITORS + DEALS + AREAS_AND_SIZES + MONEY + LABEL_ACROSS_COMMA + PARTS + NOT_FIGURES


def _row(f) -> tuple:
    return (f.text, f.kind, f.value, f.unit, f.qualifier, f.subject, f.upper)


def _differences(sentence: str, expected: list) -> list:
    found = [_row(f) for f in extract(sentence).figures]
    pool = list(found)
    missing = []
    for e in expected:
        hit = next((p for p in pool if p[1:5] == e[1:5] and p[6] == e[6] and (e[0] in p[0] or p[0] in e[0])
                    and subject_close(p[5], e[5])), None)
        if hit is None:
            missing.append(e)
        else:
            pool.remove(hit)
    return [("missing", m) for m in missing] + [("spurious", p) for p in pool]


XFAIL = [
    pytest.param("至於入場人次，主辦單位估計約有30萬。",
                 [F("約有30萬", "quantity", 300000, "人次", "approx", "入場人次")],
                 marks=pytest.mark.xfail(strict=True, reason="a unitless 萬 amount is read only after a money or visit "
                                                          "subject in its own clause; a topic clause across the comma "
                                                          "is not looked at for it"),
                 id="unitless-amount-after-topic-clause-trad-hk"),
    pytest.param("志愿者方面，主办方共招募了400人。", [F("400人", "count", 400, "人", subject="志愿者")],
                 marks=pytest.mark.xfail(strict=True, reason="a clause with its own noun before the verb keeps it as the "
                                                          "topic; telling the doer (主办方) from what is counted needs "
                                                          "the verb's object slot, which the frame clause fills"),
                 id="frame-topic-over-doer-sg"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in BANK] + XFAIL,
                         ids=[c[0] for c in BANK] + [p.id for p in XFAIL])
def test_event_figure_subjects(sentence, expected):
    assert _differences(sentence, expected) == []


def test_bank_covers_both_scripts_and_enough_sentences():
    assert len(BANK) >= 80
    assert len([c for c in BANK if "-trad" in c[0]]) >= 30
