"""A bank of invented sentences about counts whose clause opens on a word for the whole of a place or body (全省,
全州, 全港, 全澳, 本港, 全校) and whose counted noun comes after the number: `全省已有11名省管干部被立案`, lists of
counts with one noun at the end (`3418户、12064名灾民被安置`: the noun after the last count is the noun of each count
whose measure word is no noun), counts each with their own noun (`120间学校、8万名学生`), and a count followed by
的 and its noun. The scope word is never the subject alone (ANNOTATION.md, last section: the subject is the thing
measured).

Near misses: a subject that already names the thing keeps it (全省地区生产总值增长5%), counts with their own nouns
keep their own, and a count whose measure word is the counted noun (11國, 94金) keeps that noun.

Each row gives the figures to look at as (figure text, key noun): a figure whose text holds the given one must be
found, its subject must contain the key noun and must not be a scope word alone. Simplified (mainland, Singapore,
Malaysia) and Traditional (Hong Kong, Macau, Taiwan) text; names and numbers are made up.
"""
from __future__ import annotations

import pytest

from tests.helpers import check_bank_coverage, strict_case

SCOPE_WORDS = {"全省", "全市", "全州", "全港", "全澳", "全县", "全縣", "全国", "全國", "全校", "本港", "全区", "全區",
               "全镇", "全鎮", "全台", "全臺", "全島", "全岛", "全马", "全馬", "全新", "本澳", "全州共", "全港共"}

ONE_COUNT = [
    ("cadres", "全省已有11名省管干部被立案审查调查。", [("11名", "干部")]),
    ("cadres-trad", "全省已有11名省管幹部被立案審查調查。", [("11名", "幹部")]),
    ("city-officials", "全市共有26名处级干部受到党纪处分。", [("26名", "干部")]),
    ("county-teachers", "全县共有1200名乡村教师获得生活补助。", [("1200名", "教师")]),
    ("county-teachers-trad", "全縣共有1200名鄉村教師獲得生活補助。", [("1200名", "教師")]),
    ("national-volunteers", "全国累计有85万名志愿者参与服务。", [("85万名", "志愿者")]),
    ("school-pupils", "全校已有320名学生报名参加。", [("320名", "学生")]),
    ("school-pupils-trad", "全校已有320名學生報名參加。", [("320名", "學生")]),
    ("hk-elders-trad", "全港共有4.5萬名長者輪候院舍。", [("4.5萬名", "長者")]),
    ("hk-nurses-trad", "本港已有3800名護士接受培訓。", [("3800名", "護士")]),
    ("macau-residents-trad", "全澳累計有12萬名居民領取消費卡。", [("12萬名", "居民")]),
    ("macau-workers-trad", "全澳合共有850名外僱被遣返。", [("850名", "外僱")]),
    ("state-farmers-my", "全州共有2300名胶农获得援助。", [("2300名", "胶农")]),
    ("state-farmers-trad", "全州共有2300名膠農獲得援助。", [("2300名", "膠農")]),
    ("province-enterprises", "全省已有560家企业完成技术改造。", [("560家", "企业")]),
    ("city-shops", "全市共有1800家商户参与消费券活动。", [("1800家", "商户")]),
    ("hk-restaurants-trad", "全港共有2000間食肆參與計劃。", [("2000間", "食肆")]),
    ("city-schools", "全市已有48所学校开设人工智能课程。", [("48所", "学校")]),
    ("tw-schools-trad", "全臺已有48所學校開設人工智慧課程。", [("48所", "學校")]),
    ("county-villages", "全县累计有96个村完成改造。", [("96个", "村")]),
    ("province-projects", "全省共有320个重点项目开工。", [("320个", "项目")]),
    ("province-projects-trad", "全省共有320個重點項目開工。", [("320個", "項目")]),
    ("over-cases", "全市逾2000宗案件已审结。", [("2000宗", "案件")]),
    ("over-cases-trad", "全港逾2000宗案件已審結。", [("2000宗", "案件")]),
    ("exceeding-households", "全县超过5000户家庭接通自来水。", [("5000户", "家庭")]),
    ("exceeding-households-trad", "全縣超過5000戶家庭接通自來水。", [("5000戶", "家庭")]),
    ("split-compound-victims", "全州已有3000名被安置灾民返回家园。", [("3000名", "灾民")]),
    ("split-compound-trad", "全州已有3000名被安置災民返回家園。", [("3000名", "災民")]),
    ("city-patients", "全市累计有340名患者治愈出院。", [("340名", "患者")]),
    ("city-patients-trad", "全市累計有340名患者治癒出院。", [("340名", "患者")]),
    ("sg-workers-sg", "全国已有1.2万名员工参加技能培训。", [("1.2万名", "员工")]),
    ("my-students-my", "全国共有45万名考生报考大马教育文凭。", [("45万名", "考生")]),
    ("hk-sites-trad", "全港累計有65個地盤暫停施工。", [("65個", "地盤")]),
    ("province-hospitals", "全省共有210家医院接入平台。", [("210家", "医院")]),
    ("province-hospitals-trad", "全省共有210家醫院接入平台。", [("210家", "醫院")]),
    ("town-households", "全镇已有860户农户种植茶叶。", [("860户", "农户")]),
    ("macau-shops-trad", "全澳共有1500間商舖受影響。", [("1500間", "商舖")]),
    ("tw-stations-trad", "全臺共有12座電廠停機檢修。", [("12座", "電廠")]),
    ("city-buses", "全市共有3200辆公交车完成更新。", [("3200辆", "公交车")]),
    ("city-buses-trad", "全市共有3200輛公車完成更新。", [("3200輛", "公車")]),
]

LISTS = [
    ("households-victims", "全州共有3418户、12064名灾民被安置。", [("3418户", "灾民"), ("12064名", "灾民")]),
    ("households-victims-trad", "全州共有3418戶、12064名災民被安置。", [("3418戶", "災民"), ("12064名", "災民")]),
    ("households-people", "全县共有2100户、7600人群众受灾。", [("2100户", "群众"), ("7600人", "群众")]),
    ("households-residents", "全市累计有580户、1900名居民搬迁。", [("580户", "居民"), ("1900名", "居民")]),
    ("households-residents-trad", "全市累計有580戶、1900名居民搬遷。", [("580戶", "居民"), ("1900名", "居民")]),
    ("households-poor", "全省已有12万户、38万名贫困群众脱贫。", [("12万户", "群众"), ("38万名", "群众")]),
    ("households-and", "全县共有300户和1100名村民迁入新居。", [("300户", "村民"), ("1100名", "村民")]),
    ("households-and-trad", "全縣共有300戶和1100名村民遷入新居。", [("300戶", "村民"), ("1100名", "村民")]),
    ("households-ji", "全镇共有96户及350名移民获得补偿。", [("96户", "移民"), ("350名", "移民")]),
    ("households-ji-trad", "全鎮共有96戶及350名移民獲得補償。", [("96戶", "移民"), ("350名", "移民")]),
    ("households-my", "全州共有850户、3200名居民被疏散。", [("850户", "居民"), ("3200名", "居民")]),
    ("households-my-trad", "全州共有850戶、3200名居民被疏散。", [("850戶", "居民"), ("3200名", "居民")]),
    ("three-measures", "全县共有45个村、2300户、8600名群众受益。",
     [("2300户", "群众"), ("8600名", "群众")]),
    ("people-times", "全市累计有3.2万名、8.5万人次游客到访。", [("3.2万名", "游客"), ("8.5万人次", "游客")]),
    ("schools-students", "全港共有120间学校、8万名学生受影响。", [("120间", "学校"), ("8万名", "学生")]),
    ("schools-students-trad", "全港共有120間學校、8萬名學生受影響。", [("120間", "學校"), ("8萬名", "學生")]),
    ("firms-workers", "全省共有560家企业、3.5万名职工参加。", [("560家", "企业"), ("3.5万名", "职工")]),
    ("firms-workers-trad", "全省共有560家企業、3.5萬名職工參加。", [("560家", "企業"), ("3.5萬名", "職工")]),
    ("villages-households", "全县共有58个行政村和1.2万户农户通网。", [("58个", "行政村"), ("1.2万户", "农户")]),
    ("villages-households-trad", "全縣共有58個行政村和1.2萬戶農戶通網。", [("58個", "行政村"), ("1.2萬戶", "農戶")]),
    ("clinics-doctors-trad", "全澳共有30間診所及450名醫生參與。", [("30間", "診所"), ("450名", "醫生")]),
    ("shops-staff-trad", "全港合共有800間商店和2000名員工受影響。", [("800間", "商店"), ("2000名", "員工")]),
    ("schools-teachers-sg", "全国共有180所学校和1.5万名教师参与计划。", [("180所", "学校"), ("1.5万名", "教师")]),
    ("temples-devotees-my", "全州共有40间庙宇、1万名信众参与。", [("40间", "庙宇"), ("1万名", "信众")]),
    ("temples-devotees-trad", "全州共有40間廟宇、1萬名信眾參與。", [("40間", "廟宇"), ("1萬名", "信眾")]),
    ("cases-people", "全市共破获120起案件、抓获350名嫌疑人。", [("120起", "案件"), ("350名", "嫌疑人")]),
    ("cases-people-trad", "全市共破獲120起案件、抓獲350名嫌疑人。", [("120起", "案件"), ("350名", "嫌疑人")]),
    ("cadres-units", "全省已有26个单位、130名干部被问责。", [("26个", "单位"), ("130名", "干部")]),
    ("cadres-units-trad", "全省已有26個單位、130名幹部被問責。", [("26個", "單位"), ("130名", "幹部")]),
    ("hk-households-trad", "全港已有1200戶、3500名住戶獲安置。", [("1200戶", "住戶"), ("3500名", "住戶")]),
    ("macau-households-trad", "全澳累計有260戶、700名居民受水浸影響。", [("260戶", "居民"), ("700名", "居民")]),
    ("tw-households-trad", "全縣共有430戶、1200名災民撤離。", [("430戶", "災民"), ("1200名", "災民")]),
    ("tw-villages-trad", "全縣共有12個村、430戶農家受災。", [("12個", "村"), ("430戶", "農家")]),
    ("over-households-people", "全县逾300户、1000名村民受灾。", [("300户", "村民"), ("1000名", "村民")]),
    ("over-households-people-trad", "全縣逾300戶、1000名村民受災。", [("300戶", "村民"), ("1000名", "村民")]),
]

DE_NOUN = [
    ("de-cadres", "全省已有11名涉嫌违纪的干部被查处。", [("11名", "干部")]),
    ("adjective-noun-before-de-counted", "县府须在年底前完成全县28处老旧公有市场的消防检查。", [("28处", "市场")]),
    ("adjective-noun-before-de-counted-trad", "縣府須在年底前完成全縣28處老舊公有市場的消防檢查。", [("28處", "市場")]),
    ("de-cadres-trad", "全省已有11名涉嫌違紀的幹部被查處。", [("11名", "幹部")]),
    ("de-enterprises", "全市共有230家符合条件的企业获得补贴。", [("230家", "企业")]),
    ("de-enterprises-trad", "全市共有230家符合條件的企業獲得補貼。", [("230家", "企業")]),
    ("de-residents-hk-trad", "全港共有6000名受影響的居民獲安排暫住。", [("6000名", "居民")]),
    ("de-students", "全校共有85名家庭困难的学生获得资助。", [("85名", "学生")]),
    ("de-students-trad", "全校共有85名家庭困難的學生獲得資助。", [("85名", "學生")]),
    ("de-elders-macau-trad", "全澳已有900名獨居的長者接種疫苗。", [("900名", "長者")]),
    ("de-households-my", "全州共有700户受灾的家庭领取援助金。", [("700户", "家庭")]),
    ("de-households-trad", "全州共有700戶受災的家庭領取援助金。", [("700戶", "家庭")]),
    ("de-list", "全县共有300户、900名受灾的群众得到救助。", [("300户", "群众"), ("900名", "群众")]),
    ("de-list-trad", "全縣共有300戶、900名受災的群眾得到救助。", [("300戶", "群眾"), ("900名", "群眾")]),
    ("de-schools-sg", "全国共有42所参与试点的学校。", [("42所", "学校")]),
    ("de-shops-tw-trad", "全臺共有1600家加入計畫的店家。", [("1600家", "店家")]),
]

SCOPES = [
    ("quanqu", "全区共有75名社区工作者上岗。", [("75名", "工作者")]),
    ("quanqu-trad", "全區共有75名社區工作者上崗。", [("75名", "工作者")]),
    ("quanzhen", "全镇已有400名党员参加志愿服务。", [("400名", "党员")]),
    ("quanzhen-trad", "全鎮已有400名黨員參加志願服務。", [("400名", "黨員")]),
    ("quanguo", "全国共有3.6万名医生参加援助。", [("3.6万名", "医生")]),
    ("quanguo-trad", "全國共有3.6萬名醫生參加援助。", [("3.6萬名", "醫生")]),
    ("quanzhou-sarawak-my", "全州已有6200名学生获得奖学金。", [("6200名", "学生")]),
    ("benkang-trad", "本港累計有1.8萬名市民報名。", [("1.8萬名", "市民")]),
    ("benkang-list-trad", "本港共有320間學校和4萬名學生停課。", [("320間", "學校"), ("4萬名", "學生")]),
    ("quantai-trad", "全臺累計有560名醫護人員確診。", [("560名", "醫護人員")]),
    ("quantai-list-trad", "全臺共有35所醫院、1200名醫護投入。", [("35所", "醫院"), ("1200名", "醫護")]),
    ("quandao-trad", "全島共有86戶、240名居民撤離。", [("86戶", "居民"), ("240名", "居民")]),
    ("quanma-my", "全马已有2500名教师完成培训。", [("2500名", "教师")]),
    ("quanma-trad", "全馬已有2500名教師完成培訓。", [("2500名", "教師")]),
    ("quanxin-sg", "全新共有4800名居民参与问卷调查。", [("4800名", "居民")]),
    ("benao-trad", "本澳共有2.3萬名外地僱員。", [("2.3萬名", "僱員")]),
    ("quanshi-accumulated", "全市累计有1.5万名群众接受义诊。", [("1.5万名", "群众")]),
    ("quanshi-accumulated-trad", "全市累計有1.5萬名群眾接受義診。", [("1.5萬名", "群眾")]),
    ("quansheng-leijiyou", "全省累计有2.4万名农民工返乡创业。", [("2.4万名", "农民工")]),
    ("quanxian-over", "全县超过600名党员干部下沉社区。", [("600名", "干部")]),
    ("quanxian-over-trad", "全縣超過600名黨員幹部下沉社區。", [("600名", "幹部")]),
    ("quanzhou-heji-trad", "全州合共有18間學校、5600名學生停課。", [("18間", "學校"), ("5600名", "學生")]),
    ("quanxiao-list", "全校共有12个班级、480名学生参加军训。", [("12个", "班级"), ("480名", "学生")]),
    ("quanxiao-list-trad", "全校共有12個班級、480名學生參加軍訓。", [("12個", "班級"), ("480名", "學生")]),
    ("comma-after-scope", "全省，已有11名厅级干部被查处。", [("11名", "干部")]),
    ("time-then-scope", "今年以来，全省已有11名厅级干部被查处。", [("11名", "干部")]),
    ("time-then-scope-trad", "今年以來，全省已有11名廳級幹部被查處。", [("11名", "幹部")]),
    ("scope-with-date", "截至目前，全市共有86名村干部完成轮训。", [("86名", "干部")]),
    ("scope-with-date-trad", "截至目前，全市共有86名村幹部完成輪訓。", [("86名", "幹部")]),
]

NEAR_MISSES = [
    ("gdp-keeps", "全省地区生产总值增长5%。", [("5%", "地区生产总值")]),
    ("gdp-keeps-trad", "全省地區生產總值增長5%。", [("5%", "地區生產總值")]),
    ("population-keeps", "全市常住人口达到860万人。", [("860万人", "常住人口")]),
    ("population-keeps-trad", "全市常住人口達到860萬人。", [("860萬人", "常住人口")]),
    ("output-keeps", "全县粮食总产量达到52万吨。", [("52万吨", "粮食总产量")]),
    ("output-keeps-trad", "全縣糧食總產量達到52萬噸。", [("52萬噸", "糧食總產量")]),
    ("visitors-keeps-hk-trad", "全港訪港旅客人次按年上升12%。", [("12%", "旅客")]),
    ("income-keeps-macau-trad", "全澳博彩毛收入按年增加18%。", [("18%", "博彩毛收入")]),
    ("own-nouns", "全省共有20个县、300个乡镇参与试点。", [("20个", "县"), ("300个", "乡镇")]),
    ("own-nouns-trad", "全省共有20個縣、300個鄉鎮參與試點。", [("20個", "縣"), ("300個", "鄉鎮")]),
    ("own-nouns-three", "全市共有15所高校、80家企业、200个团队参赛。",
     [("15所", "高校"), ("80家", "企业"), ("200个", "团队")]),
    ("own-nouns-three-trad", "全市共有15所高校、80家企業、200個團隊參賽。",
     [("15所", "高校"), ("80家", "企業"), ("200個", "團隊")]),
    ("countries-measure", "全国运动员共获得94金。", [("94金", "金")]),
    ("countries-measure-trad", "代表團共奪得94金。", [("94金", "金")]),
    ("nations-measure", "该企业的生产基地遍布11国。", [("11国", "国")]),
    ("nations-measure-trad", "該企業的生產基地遍佈11國。", [("11國", "國")]),
    ("no-scope-list", "灾区共有3418户、12064名灾民被安置。", [("12064名", "灾民")]),
    ("no-scope-cadres", "该省已有11名省管干部被立案审查调查。", [("11名", "干部")]),
    ("rate-keeps", "全市森林覆盖率达到42.5%。", [("42.5%", "森林覆盖率")]),
    ("rate-keeps-trad", "全市森林覆蓋率達到42.5%。", [("42.5%", "森林覆蓋率")]),
    ("money-keeps", "全省一般公共预算收入完成820亿元。", [("820亿元", "一般公共预算收入")]),
    ("money-keeps-trad", "全省一般公共預算收入完成820億元。", [("820億元", "一般公共預算收入")]),
    ("unemployment-keeps-trad", "全港失業率維持在3.1%。", [("3.1%", "失業率")]),
    ("houses-keep-my", "全州新建廉价屋共3200间。", [("3200间", "廉价屋")]),
    ("houses-keep-trad", "全州新建廉價屋共3200間。", [("3200間", "廉價屋")]),
    ("births-keeps-trad", "全臺出生人數去年為13.5萬人。", [("13.5萬人", "出生人數")]),
    ("cases-keeps-sg", "全国骨痛热症病例本周增至580起。", [("580起", "病例")]),
    ("cases-keeps", "全市受理信访案件共计1200件。", [("1200件", "信访案件")]),
    ("cases-keeps-trad", "全市受理信訪案件共計1200件。", [("1200件", "信訪案件")]),
]

BANK = ONE_COUNT + LISTS + DE_NOUN + SCOPES + NEAR_MISSES

XFAIL: dict[str, str] = {
    "macau-workers-trad": "the tagger cuts 全澳合|共有 and reads 外僱 as 外/f 僱/v: no noun follows the count to be counted",
    "de-students": "家庭困难的学生: the relative clause opens on a noun (家庭/n 困难/a), read as the noun right after the "
                   "count; telling it from 5家企业的员工 needs more than the tags",
    "de-students-trad": "as de-students",
    "quantai-list-trad": "the tagger cuts 醫護 as 醫/n 護/v, so the noun after the list ends on 醫",
}


def subject_problems(text: str, expected: list) -> list:
    """What extract() gets wrong about the rows' figures: a figure not found, or a subject that lacks the key noun or is
    a scope word alone."""
    from extractor import extract

    figures = extract(text).figures
    problems = []
    for figure_text, key in expected:
        found = next((f for f in figures if figure_text in f.text), None)
        if found is None:
            problems.append(("missing", figure_text))
        elif not found.subject or key not in found.subject or found.subject in SCOPE_WORDS:
            problems.append(("subject", figure_text, found.subject, key))
    return problems


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in BANK])
def test_figure_scope_list_subject(text, expected):
    assert subject_problems(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL)
