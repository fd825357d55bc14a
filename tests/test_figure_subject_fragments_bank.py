"""A bank of invented sentences where a figure's subject tends to come out as a FRAGMENT instead of the thing
measured (ANNOTATION.md, last section: never a time word alone or a verb alone): a verb alone (调高至, 惠及, 涉及),
a scope or time word alone (全州, 全省, 全年, 当晚), one character, a string across the tagger's word boundaries
(市时报), the counted noun after the number (3500包平安米 -> 平安米), the topic of a clause before its verb
(常年会费…调高至50令吉) and a share price (股价…报X元).

Each row names one figure by its text and a key noun its subject must hold, and the fragment the subject must not
be; near misses keep a subject that is already right. Simplified (mainland, Singapore, Malaysia) and Traditional
(Hong Kong, Macau, Taiwan) text, written before the extractor was run on them; names and numbers are made up.
"""
from __future__ import annotations

import pytest

from tests.helpers import check_bank_coverage, strict_case

# (id, sentence, figure text, key noun the subject holds (None: no figure with that text), fragment it must not be)
VERB_ALONE = [
    ("fee-raised-my", "理事会议决把常年会费从30令吉调高至50令吉。", "50令吉", "会费", "调"),
    ("fee-raised-from-my", "理事会议决把常年会费从30令吉调高至50令吉。", "30令吉", "会费", "调"),
    ("fare-raised-sg", "巴士公司把成人车资从1.2新元调高到1.5新元。", "1.5新元", "车资", "调"),
    ("tuition-lowered-my", "华小董事会决定把学杂费由120令吉调低至90令吉。", "90令吉", "杂费", "调"),
    ("rent-raised", "物业公司把商铺月租从8000元上调至9500元。", "9500元", "月租", "上调"),
    ("benefits-reach-trad-hk", "新措施惠及約70萬名60至64歲人士。", "70萬名", "人士", "惠及"),
    ("benefits-reach", "这项补贴惠及约12万户低收入家庭。", "12万户", "家庭", "惠及"),
    ("benefits-reach-sg", "新计划将惠及大约3万名年长员工。", "3万名", "员工", "惠及"),
    ("benefits-reach-trad-tw", "這項津貼將嘉惠約25萬名中低收入學生。", "25萬名", "學生", "嘉惠"),
    ("covers-trad-macau", "計劃覆蓋約1.2萬名本地長者。", "1.2萬名", "長者", "覆蓋"),
    ("involves-amount-trad-macau", "案件涉及金額約4.8億澳門元。", "4.8億澳門元", "金額", "涉及"),
    ("involves-sum-trad-hk", "警方破獲一個洗黑錢集團，涉款合共逾六百八十萬港元。", "六百八十萬港元", "涉款", "款"),
    ("involves-people", "该诈骗案涉及受害人超过300名。", "300名", "受害人", "涉及"),
    ("involves-victims-trad-hk", "案件牽涉受害人多達46名。", "46名", "受害人", "牽涉"),
    ("attracts-visitors", "活动吸引了超过2万名游客。", "2万名", "游客", "吸引"),
    ("attracts-visitors-trad-tw", "燈會吸引逾百萬人次遊客。", "百萬人次", "遊客", "吸引"),
    ("serves-patients-sg", "诊所去年服务了约4500名病患。", "4500名", "病患", "服务"),
    ("trains-teachers", "培训中心今年已培训乡村教师1800名。", "1800名", "教师", "培训"),
    ("recruits-staff-trad-hk", "公司計劃招聘300名前線員工。", "300名", "員工", "招聘"),
    ("plants-trees-my", "志工团在河畔种植了2000棵红树。", "2000棵", "红树", "种植"),
    ("distributes-packs-trad-macau", "社團向長者派發了1500份福袋。", "1500份", "福袋", "派發"),
    ("collects-blood-sg", "捐血运动共收集到850包血液。", "850包", "血液", "收集"),
    ("seizes-drugs-trad-hk", "海關檢獲約25公斤懷疑可卡因。", "25公斤", "可卡因", "檢獲"),
    ("seizes-cigarettes-my", "关税局起获约12万支私烟。", "12万支", "私烟", "起获"),
    ("builds-homes", "该区今年新建保障性住房3200套。", "3200套", "住房", "新建"),
    ("price-raised-trad-tw", "業者宣布將便當售價由80元調漲至90元。", "90元", "售價", "調"),
    ("quota-raised-trad-hk", "當局把每日配額由1500個增至2000個。", "2000個", "配額", "增"),
]

SCOPE_ALONE = [
    ("state-victims-my", "全州共有3418户灾民被疏散。", "3418户", "灾民", "全州"),
    ("state-victims-people-my", "全州共有1.2万名灾民暂住疏散中心。", "1.2万名", "灾民", "全州"),
    ("province-schools", "全省共有中小学校1.5万所。", "1.5万所", "学校", "全省"),
    ("province-cases", "全省累计报告感染者286例。", "286例", "感染者", "全省"),
    ("city-farmers-markets", "全市共建成农贸市场124个。", "124个", "农贸市场", "全市"),
    ("city-taxis-trad-tw", "全市共有計程車約3.1萬輛。", "3.1萬輛", "計程車", "全市"),
    ("county-tourists-trad-tw", "全縣今年接待遊客逾500萬人次。", "500萬人次", "遊客", "全縣"),
    ("territory-flats-trad-hk", "全港共有公屋單位約81萬個。", "81萬個", "公屋單位", "全港"),
    ("territory-doctors-trad-hk", "全港註冊西醫約1.6萬名。", "1.6萬名", "西醫", "全港"),
    ("macau-hotels-trad-macau", "全澳共有酒店客房約4.5萬間。", "4.5萬間", "客房", "全澳"),
    ("taiwan-stores-trad-tw", "全台超商門市已突破1.3萬家。", "1.3萬家", "門市", "全台"),
    ("country-voters-my", "全国共有2100万名选民登记投票。", "2100万名", "选民", "全国"),
    ("island-residents-sg", "全岛约有110万户组屋住户。", "110万户", "住户", "全岛"),
    ("year-visitors", "全年共接待游客860万人次。", "860万人次", "游客", "全年"),
    ("year-output", "全年粮食产量达到650万吨。", "650万吨", "粮食产量", "全年"),
    ("year-visitors-trad-macau", "全年入境旅客約2800萬人次。", "2800萬人次", "旅客", "全年"),
    ("year-fires-trad-hk", "全年共發生樓宇火警約8900宗。", "8900宗", "火警", "全年"),
    ("night-tables-my", "当晚席开120席，出席者逾千人。", "120席", "席", "席开"),
    ("night-guests-my", "当晚共有800名嘉宾出席晚宴。", "800名", "嘉宾", "当晚"),
    ("night-tables-trad-my", "當晚筵開80席，場面熱鬧。", "80席", "席", "筵開"),
    ("night-audience-trad-hk", "當晚約有5000名觀眾入場。", "5000名", "觀眾", "當晚"),
    ("day-visitors-sg", "当天共有3万人次参观展览。", "3万人次", "参观", "当天"),
    ("day-arrivals-trad-macau", "當日經關閘入境旅客約12萬人次。", "12萬人次", "旅客", "當日"),
    ("district-shops-trad-hk", "全區共有商鋪約2400間。", "2400間", "商鋪", "全區"),
    ("town-households", "全镇共有农户6800户。", "6800户", "农户", "全镇"),
    ("school-students-my", "全校共有学生1350名。", "1350名", "学生", "全校"),
    ("state-flood-centres-trad-my", "全州共開放疏散中心45個。", "45個", "疏散中心", "全州"),
]

FRAGMENTS = [
    ("committee-rice-my", "值理会准备了3500包平安米。", "3500包", "平安米", "值理"),
    ("committee-rice-trad-my", "值理會準備了3500包平安米分發給居民。", "3500包", "平安米", "值理"),
    ("temple-lanterns-my", "庙宇理事会挂起了600盏灯笼。", "600盏", "灯笼", "理事"),
    ("association-gifts-sg", "宗乡会馆准备了2000份新春礼包。", "2000份", "礼包", "宗乡"),
    ("church-meals-trad-hk", "教會義工預備了800份愛心飯盒。", "800份", "飯盒", "教會"),
    ("hall-mooncakes-trad-macau", "街坊會聯合總會準備了1200盒月餅。", "1200盒", "月餅", "聯合"),
    ("school-scholarships-my", "校友会颁发了56份奖学金。", "56份", "奖学金", "校友"),
    ("club-blankets", "志愿者协会筹集了4000床棉被。", "4000床", "棉被", "志愿"),
    ("union-vouchers-trad-hk", "工會向會員派發了3000張超市禮券。", "3000張", "禮券", "工會"),
    ("temple-incense-trad-tw", "廟方準備了5000支平安香。", "5000支", "平安香", "廟方"),
    ("charity-boxes-sg", "慈善团体准备了1500个爱心箱。", "1500个", "爱心箱", "慈善"),
    ("ngo-masks-trad-macau", "社團捐出了20萬個口罩。", "20萬個", "口罩", "捐"),
    ("farm-durians-my", "园主今年收成了3000粒榴梿。", "3000粒", "榴梿", "园主"),
    ("bank-cards-trad-tw", "該銀行已發出逾50萬張信用卡。", "50萬張", "信用卡", "發出"),
    ("fair-stalls-sg", "年货市场设有160个摊位。", "160个", "摊位", "设有"),
    ("fair-stalls-trad-hk", "年宵市場設有約180個乾貨攤位。", "180個", "攤位", "設有"),
    ("feast-tables-trad-tw", "婚宴席開50桌。", "50桌", "婚宴", "席開"),
    ("donates-bags-my", "商会捐出500袋白米。", "500袋", "白米", "商会"),
    ("kits-sg", "理事会准备了700份防疫包。", "700份", "防疫包", "理事"),
    ("fund-bags-trad-macau", "基金會送出2000袋愛心米。", "2000袋", "愛心米", "送出"),
    ("one-char-rice", "社区准备了800包米。", "800包", "米", "社区"),
    ("one-char-oil-trad-hk", "團體派發了600支油。", "600支", "油", "派發"),
    ("one-char-fee-trad-hk", "每位參加者須繳費200港元。", "200港元", "繳費", "費"),
    ("one-char-tax-trad-tw", "該公司去年繳稅約3億元。", "3億元", "稅", "繳"),
    ("raised-amount-my", "晚宴共筹获善款12万令吉。", "12万令吉", "善款", "筹获"),
    ("raised-amount-trad-my", "慈善晚宴籌獲善款逾15萬令吉。", "15萬令吉", "善款", "籌獲"),
    ("fined-amount-trad-hk", "被告被判罰款8000港元。", "8000港元", "罰款", "判"),
    ("sales-trad-tw", "展覽期間銷售額突破新臺幣2億元。", "新臺幣2億元", "銷售額", "突破"),
]

TOPICS = [
    ("membership-fee-my", "会员大会通过把入会费从50令吉调整为100令吉。", "100令吉", "会费", "调整"),
    ("ticket-price-sg", "动物园把成人门票由35新元调高至39新元。", "39新元", "门票", "调高"),
    ("water-tariff-my", "州政府把家庭水费每立方米从0.57令吉调高至0.8令吉。", "0.8令吉", "水费", "调"),
    ("bus-fare-trad-hk", "巴士公司申請把車費平均加價7.8%。", "7.8%", "車費", "加價"),
    ("parking-fee-trad-macau", "當局把咪錶收費由每小時4元調整為6元。", "6元", "收費", "調整"),
    ("electricity-tariff-trad-tw", "台電把住宅電價平均調漲3%。", "3%", "電價", "調漲"),
    ("allowance-raised", "该市把高龄津贴从每月100元提高到150元。", "150元", "津贴", "提高"),
    ("minimum-wage-my", "政府把最低薪金从1500令吉调高至1700令吉。", "1700令吉", "最低薪金", "调"),
    ("subsidy-raised-trad-hk", "政府把長者生活津貼由每月4195港元增至4290港元。", "4290港元", "津貼", "增"),
    ("deposit-cut-sg", "当局把押金从500新元减至300新元。", "300新元", "押金", "减"),
    ("quota-cut-trad-tw", "主管機關把外籍看護配額由3萬名下修為2.5萬名。", "2.5萬名", "配額", "下修"),
    ("fine-raised-trad-macau", "新法把違例泊車罰款由300元提高至600元。", "600元", "罰款", "提高"),
    ("rent-cut-my", "市议会把小贩执照费从每年120令吉降至60令吉。", "60令吉", "执照费", "降"),
    ("interest-raised", "银行把一年期存款利率从1.5%上调至1.75%。", "1.75%", "存款利率", "上调"),
    ("fee-halved-trad-hk", "康文署把場地租用費由每小時200港元減至100港元。", "100港元", "租用費", "減"),
    ("price-set-sg", "主办单位把早鸟票价定为25新元。", "25新元", "票价", "定为"),
    ("dues-set-trad-my", "理事會議決把年費定為20令吉。", "20令吉", "年費", "定"),
    ("budget-raised-trad-tw", "縣府把明年社福預算由12億元調升至15億元。", "15億元", "預算", "調升"),
    ("stipend-raised-my", "州政府把乐龄津贴从每月100令吉调高至150令吉。", "150令吉", "津贴", "调"),
    ("fee-raised-trad-my", "董事會把學費從每月80令吉調高至95令吉。", "95令吉", "學費", "調"),
    ("levy-raised-my", "政府把外劳准证费从1850令吉调高至2500令吉。", "2500令吉", "准证费", "调"),
    ("speed-limit-sg", "陆交局把该路段时速限制从70公里降至60公里。", "60公里", "时速", "降"),
]

SHARE_PRICES = [
    ("share-closed-my", "该公司股价昨天闭市时报0.385元，起3.2%。", "0.385元", "股价", "市时报"),
    ("share-rise-my", "该公司股价昨天闭市时报0.385元，起3.2%。", "3.2%", "股价", "起"),
    ("share-closed-sg", "该公司股价昨天闭市时报1.26新元，跌2仙。", "1.26新元", "股价", "市时报"),
    ("share-closed-trad-hk", "該股昨日收報12.8港元，升4.1%。", "12.8港元", "股", "收報"),
    ("share-closed-rise-trad-hk", "該股昨日收報12.8港元，升4.1%。", "4.1%", "股", "升"),
    ("share-closed-trad-tw", "該公司股價昨天收在新臺幣86.5元，漲2.3%。", "新臺幣86.5元", "股價", "收在"),
    ("share-opened-my", "该股今早开盘时报2.15令吉。", "2.15令吉", "股", "盘时报"),
    ("share-noon-my", "该公司股价午盘时报1.08令吉，跌1.8%。", "1.08令吉", "股价", "盘时报"),
    ("share-noon-trad-my", "該公司股價午盤時報1.08令吉。", "1.08令吉", "股價", "盤時報"),
    ("share-quoted-sg", "这家公司的股价周五以3.45新元挂收。", "3.45新元", "股价", "挂收"),
    ("share-trad-macau", "澳娛股價昨日收報5.6港元。", "5.6港元", "股價", "收報"),
    ("share-fell-trad-hk", "該行股價昨日一度跌至38.2港元。", "38.2港元", "股價", "跌"),
    ("share-closed-myr-my", "这家公司的股价昨天闭市时报1.12令吉。", "1.12令吉", "股价", "市时报"),
    ("share-closed-trad-macau", "該公司股價昨日閉市時報3.05港元。", "3.05港元", "股價", "市時報"),
    ("share-opened-trad-my", "該股今早開盤時報0.72令吉。", "0.72令吉", "股", "盤時報"),
    ("share-closed-sgd-sg", "该股股价昨天收市时报0.95新元。", "0.95新元", "股价", "市时报"),
    ("share-price-hit", "该股股价盘中一度触及18.6元。", "18.6元", "股价", "触及"),
    ("share-price-trad-tw", "台積電股價終場收在新臺幣925元。", "新臺幣925元", "股價", "收在"),
]

NEAR_MISSES = [
    ("keep-所在-universities", "高新区已与11所在川高校共建概念验证中心。", "11所", "高校", "在"),
    ("keep-所在-schools-trad-tw", "縣府與8所在地國中合作開設課程。", "8所", "在地", "在"),
    ("keep-revenue", "公司全年营业收入为128亿元。", "128亿元", "营业收入", "全年"),
    ("keep-gdp-trad-hk", "本港全年本地生產總值增長3.2%。", "3.2%", "生產總值", "全年"),
    ("keep-tourists", "全市接待游客人次达到1200万。", "1200万", "游客", "全市"),
    ("keep-gold-medals", "代表团共获得94金。", "94金", "金", "获得"),
    ("keep-countries-trad-tw", "該公司生產基地分布於11國。", "11國", "國", "分布"),
    ("keep-donation-my", "商会捐献了5万令吉给华小。", "5万令吉", "捐", "商会"),
    ("keep-investment-trad-macau", "集團投資約20億澳門元興建酒店。", "20億澳門元", "酒店", "集團"),
    ("keep-attendance-sg", "活动吸引约5000人出席。", "5000人", "出席", "吸引"),
    ("keep-flood-victims-trad-my", "該州災民人數增至3418人。", "3418人", "災民", "增"),
    ("keep-trade", "上半年进出口总额达2.1万亿元。", "2.1万亿元", "进出口总额", "上半年"),
    ("keep-fee-raise", "常年会费调高至50令吉。", "50令吉", "会费", "调"),
    ("keep-turnover-trad-hk", "大市成交額為1020億港元。", "1020億港元", "成交額", "大市"),
    ("keep-visitors-trad-macau", "上月入境旅客達310萬人次。", "310萬人次", "旅客", "上月"),
    ("keep-projects", "本次大会共签约项目56个。", "56个", "项目", "签约"),
    ("keep-households-trad-tw", "颱風造成約12萬戶停電。", "12萬戶", "停電", "造成"),
    ("no-age-my", "全州年满18岁的青年都可登记。", "18岁", None, ""),
    ("no-age-trad-hk", "當晚一名60歲男子送院。", "60歲", None, ""),
    ("no-ordinal-sg", "全岛第3届华文书展开幕。", "第3届", None, ""),
    ("no-year-trad-tw", "全台2024年度預算出爐。", "2024年", None, ""),
    ("no-time-trad-macau", "當晚8時30分活動開始。", "8時30分", None, ""),
]

BANK = VERB_ALONE + SCOPE_ALONE + FRAGMENTS + TOPICS + SHARE_PRICES + NEAR_MISSES

XFAIL: dict[str, str] = {}


def _figure_subject(text: str, figure_text: str):
    """The figures whose text holds `figure_text`, each with its subject."""
    from extractor import extract

    return [f.subject for f in extract(text).figures if figure_text in f.text or f.text in figure_text]


@pytest.mark.parametrize("text,figure_text,key,bad", [strict_case(c, XFAIL) for c in BANK])
def test_figure_subject_fragments(text, figure_text, key, bad):
    subjects = _figure_subject(text, figure_text)
    if key is None:
        assert subjects == []
        return
    assert len(subjects) == 1, subjects
    assert key in (subjects[0] or "") and subjects[0] != bad, subjects[0]


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
