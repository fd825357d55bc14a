"""A bank of words the tagger takes for people and of quotes whose speaker such a word takes: invented sentences in
Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia, written (and committed) before the
extractor was run on them. Expected values by ../shared/ANNOTATION.md ("People", "Quotes"):

- a surname character opening an average or frequency word (段|日均, 周|平均, 季|平均, 段|年均, 周|均价) is a road's or a
  river's stretch, a week or a quarter and its average, no name;
- a common word opening with a surname character, a time word (白天, 周末, 夏天) or the statement made in court (陈词,
  陈述: 在陈词时, 在结案陈词中), is no name;
- a known place written with a state's, county's or district's ending (彭亨州, 霹雳州, 屏東縣) is a place, not a person;
- places listed before 等地区, 等地, 等乡镇 (Malay transliterations among them) are places, not people;
- quotes: the speaker is the person named, not one of these words written between the person and the words.

Near misses keep their answers: real people whose surname is 段, 周, 季, 白, 陈 or 彭 beside the same words (周日明, 陈九州,
彭亨利), Malay personal names (莫哈末…, 阿都…), people listed before 等人, 等州议员, 等领导.

Rows: PEOPLE (id, text, names that must be listed, names that must not); QUOTES (id, text, [(speaker, opening words)]) in
order.
"""
from __future__ import annotations

import pytest

from tests.helpers import check_bank_coverage, people_missed_and_wrong, quote_openings, strict_case

PEOPLE = [
    ('cn-段日均-road', '交警支队提醒，假期高峰时段国道G205线石门段日均车流量将超过2.6万辆。', set(), {'段日均'}),
    ('cn-段日均-road-trad', '交警支隊提醒，假期高峯時段國道G205線石門段日均車流量將超過2.6萬輛。', set(), {'段日均'}),
    ('cn-段平均-river', '水文站监测显示，长江荆江段平均水位较去年同期下降0.8米。', set(), {'段平均'}),
    ('cn-段平均-river-trad', '水文站監測顯示，長江荊江段平均水位較去年同期下降0.8米。', set(), {'段平均'}),
    ('mo-周平均-hospital', '仁爱医院急诊部上周平均每日求诊人次逾五百，最高一日达六百人次。', set(), {'周平均'}),
    ('mo-周平均-hospital-trad', '仁愛醫院急診部上週平均每日求診人次逾五百，最高一日達六百人次。', set(), {'周平均'}),
    ('cn-周日均-golden-week', '景区黄金周日均接待游客4.2万人次，同比增长15%。', set(), {'周日均'}),
    ('cn-周日均-golden-week-trad', '景區黃金週日均接待遊客4.2萬人次，同比增長15%。', set(), {'週日均'}),
    ('tw-周均-price', '農委會統計，本周均價每公斤上漲12元。', set(), {'周均價', '週均價', '周均'}),
    ('tw-周均-price-trad', '農委會統計，本週均價每公斤上漲12元。', set(), {'周均價', '週均價', '周均'}),
    ('cn-季平均-housing', '统计局数据显示，今年第一季平均房价为每平方米1.2万元。', set(), {'季平均'}),
    ('cn-季平均-housing-trad', '統計局數據顯示，今年第一季平均房價爲每平方米1.2萬元。', set(), {'季平均'}),
    ('hk-段年均-accidents', '運輸署表示，該路段年均發生交通意外約三十宗。', set(), {'段年均'}),
    ('hk-段年均-accidents-trad', '運輸署表示，該路段年均發生交通意外約三十宗。', set(), {'段年均'}),
    ('sg-周日均-rail', '陆路交通管理局说，地铁东西线上周日均载客量达到85万人次。', set(), {'周日均'}),
    ('sg-周日均-rail-trad', '陸路交通管理局說，地鐵東西線上週日均載客量達到85萬人次。', set(), {'週日均'}),
    ('my-段日均-highway', '大道公司说，南北大道士毛月段日均车流量约12万辆。', set(), {'段日均'}),
    ('my-段日均-highway-trad', '大道公司說，南北大道士毛月段日均車流量約12萬輛。', set(), {'段日均'}),
    ('cn-段人均-land', '该镇东段人均耕地不足一亩，西段人均耕地约两亩。', set(), {'段人均'}),
    ('cn-段人均-land-trad', '該鎮東段人均耕地不足一畝，西段人均耕地約兩畝。', set(), {'段人均'}),
    ('cn-周均-queue', '医院门诊上周均次费用为286元，比去年下降4%。', set(), {'周均次', '周均'}),
    ('cn-周均-queue-trad', '醫院門診上週均次費用爲286元，比去年下降4%。', set(), {'周均次', '周均'}),
    ('hk-段月均-tunnel', '隧道北段月均車流約二百四十萬架次。', set(), {'段月均'}),
    ('hk-段月均-tunnel-trad', '隧道北段月均車流約二百四十萬架次。', set(), {'段月均'}),
    ('near-cn-段-person-average', '交警支队支队长段立群表示，假期高峰时段日均车流量将超过2万辆。', {'段立群'}, set()),
    ('near-cn-段-person-average-trad', '交警支隊支隊長段立羣表示，假期高峯時段日均車流量將超過2萬輛。', {'段立羣'}, set()),
    ('near-cn-周-person-average', '市卫健委主任周志平介绍，全市上周平均每日接种疫苗3000剂。', {'周志平'}, {'周平均'}),
    ('near-cn-周-person-average-trad', '市衛健委主任周志平介紹，全市上週平均每日接種疫苗3000劑。', {'周志平'}, {'周平均'}),
    ('near-mo-周-name-日明', '卫生局局长周日明表示，流感高峰期将持续两周。', {'周日明'}, set()),
    ('near-mo-周-name-日明-trad', '衞生局局長週日明表示，流感高峯期將持續兩週。', {'週日明'}, set()),
    ('near-sg-季-person', '社区发展部长季伟文说，今年平均每月有300名乐龄人士参加活动。', {'季伟文'}, set()),
    ('near-sg-季-person-trad', '社區發展部長季偉文說，今年平均每月有300名樂齡人士參加活動。', {'季偉文'}, set()),
    ('near-tw-段-person', '縣長段宜君表示，今年平均每月觀光人次逾十萬。', {'段宜君'}, set()),
    ('near-tw-段-person-trad', '縣長段宜君表示，今年平均每月觀光人次逾十萬。', {'段宜君'}, set()),
    ('near-hk-周-person-then-平均', '运输署署长周嘉欣说，隧道平均每日车流约八万架次。', {'周嘉欣'}, set()),
    ('near-hk-周-person-then-平均-trad', '運輸署署長周嘉欣説，隧道平均每日車流約八萬架次。', {'周嘉欣'}, set()),
    ('cn-白天-forecast', '气象台预计，明天白天最高气温将达到35摄氏度。', set(), {'白天'}),
    ('cn-白天-forecast-trad', '氣象臺預計，明天白天最高氣溫將達到35攝氏度。', set(), {'白天'}),
    ('tw-白天-forecast', '氣象署預報，明天白天高溫可達三十四度，午後有雷陣雨。', set(), {'白天'}),
    ('tw-白天-forecast-trad', '氣象署預報，明天白天高溫可達三十四度，午後有雷陣雨。', set(), {'白天'}),
    ('sg-白天-resident', '居民林秀英说，白天的噪音太大，孩子无法午睡。', {'林秀英'}, {'白天'}),
    ('sg-白天-resident-trad', '居民林秀英說，白天的噪音太大，孩子無法午睡。', {'林秀英'}, {'白天'}),
    ('cn-白天-wish', '县文旅局局长邵卫平说，希望游客白天赏花、晚上看灯，留下来、住下来。', {'邵卫平'}, {'白天'}),
    ('cn-白天-wish-trad', '縣文旅局局長邵衛平說，希望遊客白天賞花、晚上看燈，留下來、住下來。', {'邵衛平'}, {'白天'}),
    ('cn-周末-parks', '本周末两天，全市公园将延长开放时间至晚上10时。', set(), {'周末'}),
    ('cn-周末-parks-trad', '本週末兩天，全市公園將延長開放時間至晚上10時。', set(), {'週末'}),
    ('hk-夏天-pool', '夏天的泳池人多，康文署提醒市民注意安全。', set(), {'夏天'}),
    ('hk-夏天-pool-trad', '夏天的泳池人多，康文署提醒市民注意安全。', set(), {'夏天'}),
    ('cn-陈词-prosecutor', '控方律师韩立伟在陈词时表示，被告多次向长者推销虚假投资计划。', {'韩立伟'}, {'陈词'}),
    ('cn-陈词-prosecutor-trad', '控方律師韓立偉在陳詞時表示，被告多次向長者推銷虛假投資計劃。', {'韓立偉'}, {'陳詞'}),
    ('sg-陈词-closing', '辩方律师邝志明在结案陈词中说，他的当事人并无犯罪意图。', {'邝志明'}, {'结案陈词', '陈词'}),
    ('sg-陈词-closing-trad', '辯方律師鄺志明在結案陳詞中說，他的當事人並無犯罪意圖。', {'鄺志明'}, {'結案陳詞', '陳詞'}),
    ('my-陈词-unnamed', '辩护律师在陈词时要求法官从轻判刑，法官将于下周宣判。', set(), {'陈词'}),
    ('my-陈词-unnamed-trad', '辯護律師在陳詞時要求法官從輕判刑，法官將於下週宣判。', set(), {'陳詞'}),
    ('cn-陈述-defendant', '被告在陈述时承认收受了对方的财物。', set(), {'陈述'}),
    ('cn-陈述-defendant-trad', '被告在陳述時承認收受了對方的財物。', set(), {'陳述'}),
    ('near-cn-陈-person-时', '副市长陈立新在视察时指出，要加快推进工程建设。', {'陈立新'}, set()),
    ('near-cn-陈-person-时-trad', '副市長陳立新在視察時指出，要加快推進工程建設。', {'陳立新'}, set()),
    ('near-cn-白-person', '村支书白国强说，今年的收成比去年好。', {'白国强'}, set()),
    ('near-cn-白-person-trad', '村支書白國強說，今年的收成比去年好。', {'白國強'}, set()),
    ('near-cn-周-person-周末', '周末期间，区长周天明带队检查了各个景区。', {'周天明'}, {'周末'}),
    ('near-cn-周-person-周末-trad', '週末期間，區長周天明帶隊檢查了各個景區。', {'周天明'}, {'週末'}),
    ('near-hk-陈-person-陈词', '大律师陈家豪在庭上陈词，指控方证据不足。', {'陈家豪'}, {'陈词'}),
    ('near-hk-陈-person-陈词-trad', '大律師陳家豪在庭上陳詞，指控方證據不足。', {'陳家豪'}, {'陳詞'}),
    ('my-彭亨州-则', '彭亨州则有约500人撤离，分布在3个疏散中心。', set(), {'彭亨州'}),
    ('my-彭亨州-则-trad', '彭亨州則有約500人撤離，分佈在3個疏散中心。', set(), {'彭亨州'}),
    ('my-霹雳州-也', '霹雳州也有两百名灾民被疏散到临时疏散中心。', set(), {'霹雳州'}),
    ('my-霹雳州-也-trad', '霹靂州也有兩百名災民被疏散到臨時疏散中心。', set(), {'霹靂州'}),
    ('my-吉兰丹州-rain', '吉兰丹州今天上午的雨势已经减弱。', set(), {'吉兰丹州'}),
    ('my-吉兰丹州-rain-trad', '吉蘭丹州今天上午的雨勢已經減弱。', set(), {'吉蘭丹州'}),
    ('my-登嘉楼州-victims', '登嘉楼州的灾民人数增至3000人。', set(), {'登嘉楼州'}),
    ('my-登嘉楼州-victims-trad', '登嘉樓州的災民人數增至3000人。', set(), {'登嘉樓州'}),
    ('my-森美兰州-water', '森美兰州和马六甲州的水供今天恢复正常。', set(), {'马六甲州', '森美兰州'}),
    ('my-森美兰州-water-trad', '森美蘭州和馬六甲州的水供今天恢復正常。', set(), {'森美蘭州', '馬六甲州'}),
    ('my-沙巴州-tourists', '沙巴州今年的游客人数创下新高。', set(), {'沙巴州'}),
    ('my-沙巴州-tourists-trad', '沙巴州今年的遊客人數創下新高。', set(), {'沙巴州'}),
    ('tw-屏東縣-roads', '屏東縣則有兩處道路因淹水封閉。', set(), {'屏東縣'}),
    ('cn-彭泽县-则', '彭泽县则有1200名群众转移到安全地带。', set(), {'彭泽县'}),
    ('cn-彭泽县-则-trad', '彭澤縣則有1200名羣衆轉移到安全地帶。', set(), {'彭澤縣'}),
    ('near-my-陈九州', '州议员陈九州表示，当局将提升区内的排水系统。', {'陈九州'}, set()),
    ('near-my-陈九州-trad', '州議員陳九州表示，當局將提升區內的排水系統。', {'陳九州'}, set()),
    ('near-my-state-then-person', '彭亨州务大臣拿督斯里黄志明今日巡视灾区。', {'黄志明'}, {'彭亨州'}),
    ('near-my-state-then-person-trad', '彭亨州務大臣拿督斯里黃志明今日巡視災區。', {'黃志明'}, {'彭亨州'}),
    ('near-my-彭亨利', '村长彭亨利说，水已经退了，村民可以回家。', {'彭亨利'}, set()),
    ('near-my-彭亨利-trad', '村長彭亨利說，水已經退了，村民可以回家。', {'彭亨利'}, set()),
    ('my-places-等地区', '气象局预计，马兰、丹那依淡及巴西马等地区的降雨量可能超过每日150毫米。', set(), {'马兰', '丹那依淡', '巴西马'}),
    ('my-places-等地区-trad', '氣象局預計，馬蘭、丹那依淡及巴西馬等地區的降雨量可能超過每日150毫米。', set(), {'巴西馬', '馬蘭', '丹那依淡'}),
    ('my-places-等地', '暴雨导致甘马挽、瓜拉古楼及丹那布爹等地出现水灾。', set(), {'甘马挽', '瓜拉古楼', '丹那布爹'}),
    ('my-places-等地-trad', '暴雨導致甘馬挽、瓜拉古樓及丹那布爹等地出現水災。', set(), {'丹那布爹', '瓜拉古樓', '甘馬挽'}),
    ('sg-places-等地区', '兀兰、三巴旺及义顺等地区的居民今早听到巨响。', set(), {'义顺', '三巴旺'}),
    ('sg-places-等地区-trad', '兀蘭、三巴旺及義順等地區的居民今早聽到巨響。', set(), {'三巴旺', '義順'}),
    ('cn-places-等地', '暴雨导致望江、宿松及太湖等地出现内涝。', set(), {'望江', '宿松'}),
    ('cn-places-等地-trad', '暴雨導致望江、宿松及太湖等地出現內澇。', set(), {'望江', '宿松'}),
    ('tw-places-等鄉鎮', '萬丹、崁頂及南州等鄉鎮今天上午停水。', set(), {'萬丹', '崁頂', '南州'}),
    ('my-places-莫哈末-after', '州务大臣拿督莫哈末阿里夫在巡视马兰一个疏散中心后说，州政府已拨出30万令吉。', {'莫哈末阿里夫'}, {'马兰'}),
    ('my-places-莫哈末-after-trad', '州務大臣拿督莫哈末阿里夫在巡視馬蘭一個疏散中心後說，州政府已撥出30萬令吉。', {'莫哈末阿里夫'}, {'馬蘭'}),
    ('my-阿都-person', '州议员阿都哈密今天在丹那依淡的疏散中心分发粮食。', {'阿都哈密'}, {'丹那依淡'}),
    ('my-阿都-person-trad', '州議員阿都哈密今天在丹那依淡的疏散中心分發糧食。', {'阿都哈密'}, {'丹那依淡'}),
    ('near-my-people-等人', '黄文彬、李志强及陈美玲等人今天到访疏散中心。', {'陈美玲', '李志强', '黄文彬'}, set()),
    ('near-my-people-等人-trad', '黃文彬、李志強及陳美玲等人今天到訪疏散中心。', {'陳美玲', '黃文彬', '李志強'}, set()),
    ('near-my-people-等州议员', '黄文彬、李志强及陈美玲等州议员出席了会议。', {'陈美玲', '李志强', '黄文彬'}, set()),
    ('near-my-people-等州议员-trad', '黃文彬、李志強及陳美玲等州議員出席了會議。', {'陳美玲', '黃文彬', '李志強'}, set()),
    ('near-cn-people-等领导', '王建华、刘志强和陈新民等领导出席了开工仪式。', {'刘志强', '陈新民', '王建华'}, set()),
    ('near-cn-people-等领导-trad', '王建華、劉志強和陳新民等領導出席了開工儀式。', {'陳新民', '王建華', '劉志強'}, set()),
]

QUOTES = [
    ('my-他呼吁-after-place-list', '气象局预计，马兰、丹那依淡及巴西马等地区降雨量可能超过每日150毫米。\n州务大臣拿督莫哈末阿里夫在巡视疏散中心后说，州政府已拨出30万令吉。\n他呼吁低洼地区居民：“不要等到水淹进屋才撤离。”', [('莫哈末阿里夫', '不要等到水淹进屋')]),
    ('my-他呼吁-after-place-list-trad', '氣象局預計，馬蘭、丹那依淡及巴西馬等地區降雨量可能超過每日150毫米。\n州務大臣拿督莫哈末阿里夫在巡視疏散中心後說，州政府已撥出30萬令吉。\n他呼籲低窪地區居民：“不要等到水淹進屋才撤離。”', [('莫哈末阿里夫', '不要等到水淹進屋')]),
    ('my-他说-after-state', '彭亨州则有约500人撤离。州务大臣拿督斯里黄志明巡视灾区后说：“州政府已准备好足够的粮食。”', [('黄志明', '州政府已准备')]),
    ('my-他说-after-state-trad', '彭亨州則有約500人撤離。州務大臣拿督斯里黃志明巡視災區後說：“州政府已準備好足夠的糧食。”', [('黃志明', '州政府已準備')]),
    ('cn-陈词-quote', '控方律师韩立伟在陈词时指出，“受害人多数是退休老人”，他要求法官判处被告监禁三年。', [('韩立伟', '受害人多数是')]),
    ('cn-陈词-quote-trad', '控方律師韓立偉在陳詞時指出，“受害人多數是退休老人”，他要求法官判處被告監禁三年。', [('韓立偉', '受害人多數是')]),
    ('sg-结案陈词-quote', '辩方律师邝志明在结案陈词中说：“我的当事人并无犯罪意图。”', [('邝志明', '我的当事人')]),
    ('sg-结案陈词-quote-trad', '辯方律師鄺志明在結案陳詞中說：“我的當事人並無犯罪意圖。”', [('鄺志明', '我的當事人')]),
    ('cn-白天-inside-quote', '“今年我们推出了夜游项目，”县长欧阳建东说，“希望游客白天赏花、晚上看灯。”', [('欧阳建东', '今年我们推出'), ('欧阳建东', '希望游客白天')]),
    ('cn-白天-inside-quote-trad', '“今年我們推出了夜遊項目，”縣長歐陽建東說，“希望遊客白天賞花、晚上看燈。”', [('歐陽建東', '今年我們推出'), ('歐陽建東', '希望遊客白天')]),
    ('sg-白天-resident-quote', '居民林秀英说：“白天的噪音太大，孩子无法午睡。”', [('林秀英', '白天的噪音')]),
    ('sg-白天-resident-quote-trad', '居民林秀英說：“白天的噪音太大，孩子無法午睡。”', [('林秀英', '白天的噪音')]),
    ('cn-段日均-then-quote', '交警大队长姚明辉提醒，假期高峰时段G205线石门段日均车流量将超过2.6万辆。“请大家错峰出行。”姚明辉说。', [('姚明辉', '请大家错峰出行')]),
    ('cn-段日均-then-quote-trad', '交警大隊長姚明輝提醒，假期高峯時段G205線石門段日均車流量將超過2.6萬輛。“請大家錯峯出行。”姚明輝說。', [('姚明輝', '請大家錯峯出行')]),
    ('mo-周平均-then-quote', '卫生局局长罗文达指出，急诊部上周平均每日求诊人次逾五百。他说：“市民如非紧急情况，应先到卫生中心求诊。”', [('罗文达', '市民如非紧急')]),
    ('mo-周平均-then-quote-trad', '衞生局局長羅文達指出，急診部上週平均每日求診人次逾五百。他説：“市民如非緊急情況，應先到衞生中心求診。”', [('羅文達', '市民如非緊急')]),
    ('near-cn-周-person-quote', '市卫健委主任周志平说：“全市上周平均每日接种疫苗3000剂。”', [('周志平', '全市上周平均')]),
    ('near-cn-周-person-quote-trad', '市衛健委主任周志平說：“全市上週平均每日接種疫苗3000劑。”', [('周志平', '全市上週平均')]),
    ('near-my-陈九州-quote', '州议员陈九州说：“排水系统必须尽快提升。”', [('陈九州', '排水系统必须')]),
    ('near-my-陈九州-quote-trad', '州議員陳九州說：“排水系統必須儘快提升。”', [('陳九州', '排水系統必須')]),
]

XFAIL: dict[str, str] = {}

BANK = PEOPLE + QUOTES


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize(("text", "listed", "not_listed"), [strict_case(row, XFAIL) for row in PEOPLE])
def test_people(text, listed, not_listed):
    assert people_missed_and_wrong(text, listed, not_listed) == (set(), set())


@pytest.mark.parametrize(("text", "expected"), [strict_case(row, XFAIL) for row in QUOTES])
def test_quotes(text, expected):
    assert quote_openings(text, expected) == [tuple(e) for e in expected]
