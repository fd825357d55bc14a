"""Organisations in court, police, prosecution and local-government news: invented sentences and short paragraphs in
Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Each row asserts the exact set
of organisations extract() lists: what must be there and what must not.

Expected values by ANNOTATION.md "Organisations" and "Borderline calls":

- prosecutors', investigators' and police offices and their units, in their longest written form: a unit named by a
  region word and a kind of team (北部地區調查組, 南區調查組, 西九龍總區重案組, 刑侦支队) is part of the body before it;
  a district prosecutors' office in its short form (某某地檢署) is a body as written;
- two bodies joined by a verb of acting together (会同, 聯同, 协同, 联合, 會同) are two entries, never one joined name;
  a name that opens with such a word (联合国…, 会同县…, …协同创新中心) stays whole;
- a one-character organisation ending with a verb or a pronoun before it is no body (量處, 判處, 處以, 依法處理, 查处,
  该局, 本署, 該院, 本院, 当局), nor is a generic body (分局長 alone, 法院, 警方);
- a level of government without its place is none, also as a bare level word and 立 (鄉公所, 區公所, 鎮公所, 市府,
  縣府, 市議會, 鄉立托嬰中心, 市立医院, 县人民医院); with its place written it counts (嵐溪鄉公所, 楓坪市府,
  楓坪市立聯合醫院);
- a named department counts as written without its place, also when its short form opens with a character that is
  also a preposition, a verb or an adverb (經發局, 都發局, 经信局, 发改委, 对外事务办, 交通局, 应急局, 住建局, 保安局),
  after a comma, 由 or 見證;
- a role word before a body (贊助機構, 主辦單位, 合作伙伴, 承办单位, 指導單位) is no part of the body or of the title
  written with it (TITLES rows check the titles).

Every sentence, name and body is invented for this bank. Written before looking at what the extractor gives on them,
so the table is the annotation rule, not the output. Names are compared as the scorer compares them: without one
leading country or region word."""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case
from tests.test_organization_bank import _key, organizations

PROSECUTORS_AND_INVESTIGATORS = [
    ("tw-district-prosecutors-indict-by-law-trad", "嵐溪地檢署依違反貪污治罪條例將前鄉長提起公訴。", {"嵐溪地檢署"}),
    ("tw-indicted-by-district-prosecutors-trad", "一名林姓前議員涉嫌收受回扣，遭檀江地檢署起訴。", {"檀江地檢署"}),
    ("tw-district-prosecutors-full-name-trad", "臺灣楓坪地方檢察署今天偵結一起跨境洗錢案。", {"臺灣楓坪地方檢察署"}),
    ("tw-high-prosecutors-branch-trad", "臺灣高等檢察署沅汀檢察分署駁回告訴人的再議聲請。", {"臺灣高等檢察署沅汀檢察分署"}),
    ("tw-prosecutors-after-investigation-trad", "全案經蘅山地檢署偵查終結，認定被告犯行明確。", {"蘅山地檢署"}),
    ("tw-sent-to-prosecutors-trad", "警方訊後依詐欺罪嫌將兩人移送芷陽地檢署偵辦。", {"芷陽地檢署"}),
    ("tw-prosecutor-of-district-office-trad", "嵐溪地檢署檢察官黃文彬當庭論告，求處重刑。", {"嵐溪地檢署"}),
    ("tw-icac-northern-unit-trad", "法務部廉政署北部地區調查組今天搜索嵐溪鄉公所。", {"法務部廉政署北部地區調查組", "嵐溪鄉公所"}),
    ("tw-icac-southern-unit-trad", "廉政署南區調查組昨天約談兩名公務員到案說明。", {"廉政署南區調查組"}),
    ("tw-icac-eastern-unit-with-prosecutors-trad", "廉政署東區調查組報請楓坪地檢署指揮偵辦。", {"廉政署東區調查組", "楓坪地檢署"}),
    ("tw-mjib-county-station-trad", "法務部調查局檀江縣調查站查獲一批走私香菸。", {"法務部調查局檀江縣調查站"}),
    ("tw-cib-eastern-task-force-trad", "刑事警察局東部地區專案組破獲一個跨國詐騙集團。", {"刑事警察局東部地區專案組"}),
    ("tw-precinct-of-county-police-trad", "檀江縣警察局嵐溪分局昨晚查獲一處職業賭場。", {"檀江縣警察局嵐溪分局"}),
    ("tw-coast-guard-unit-trad", "海巡署東部分署今天查獲一艘走私漁船。", {"海巡署東部分署"}),
    ("tw-district-court-short-sentences-trad", "檀江地院判處被告有期徒刑三年六月。", {"檀江地院"}),
    ("tw-district-court-full-trad", "臺灣嵐溪地方法院依詐欺罪判處陳男有期徒刑一年。", {"臺灣嵐溪地方法院"}),
    ("cn-city-police-criminal-detachment", "岚溪市公安局刑侦支队破获一起特大电信诈骗案。", {"岚溪市公安局刑侦支队"}),
    ("cn-county-police-criminal-brigade", "檀江县公安局刑侦大队民警在外省将嫌疑人抓获。", {"檀江县公安局刑侦大队"}),
    ("cn-county-police-criminal-brigade-trad", "檀江縣公安局刑偵大隊民警在外省將嫌疑人抓獲。", {"檀江縣公安局刑偵大隊"}),
    ("cn-police-economic-crime-detachment", "枫坪市公安局经侦支队对该公司负责人采取刑事强制措施。", {"枫坪市公安局经侦支队"}),
    ("cn-police-station-of-bureau", "蘅山县公安局城关派出所接到群众报警。", {"蘅山县公安局城关派出所"}),
    ("cn-procuratorate-prosecutes", "枫坪市人民检察院依法对被告人提起公诉。", {"枫坪市人民检察院"}),
    ("cn-procuratorate-prosecutes-trad", "楓坪市人民檢察院依法對被告人提起公訴。", {"楓坪市人民檢察院"}),
    ("cn-arrest-approved-by-procuratorate", "犯罪嫌疑人已被蘅山区人民检察院批准逮捕。", {"蘅山区人民检察院"}),
    ("cn-supreme-procuratorate-department", "最高人民检察院第四检察厅负责人介绍了典型案例。", {"最高人民检察院第四检察厅"}),
    ("cn-intermediate-court-sentences", "芷阳市中级人民法院一审判处被告人有期徒刑十年。", {"芷阳市中级人民法院"}),
    ("cn-discipline-commission", "沅汀市纪委监委对该局原局长立案审查调查。", {"沅汀市纪委监委"}),
    ("cn-customs-anti-smuggling-branch", "岚溪海关缉私分局查获一批走私冻品。", {"岚溪海关缉私分局"}),
    ("cn-customs-anti-smuggling-branch-trad", "嵐溪海關緝私分局查獲一批走私凍品。", {"嵐溪海關緝私分局"}),
    ("cn-public-security-ministry-bureau", "公安部刑事侦查局发布防范诈骗提示。", {"公安部刑事侦查局"}),
    ("hk-icac-arrests-trad", "廉政公署昨日拘捕三名涉嫌收受利益的物業管理公司職員。", {"廉政公署"}),
    ("hk-customs-with-place-trad", "香港海關在葵涌貨櫃碼頭檢獲一批懷疑冒牌手袋。", {"香港海關"}),
    ("hk-customs-bare-trad", "海關今日表示，將加強打擊私煙活動。", {"海關"}),
    ("hk-police-regional-crime-unit-trad", "警務處西九龍總區重案組拘捕兩名男子。", {"警務處西九龍總區重案組"}),
    ("hk-magistrates-court-trad", "被告今日在東區裁判法院提堂，案件押後再訊。", {"東區裁判法院"}),
    ("hk-doj-and-court-trad", "律政司決定不提出上訴，高等法院原訟法庭早前裁定被告罪成。", {"律政司", "高等法院原訟法庭"}),
    ("mo-judiciary-police-to-prosecutors-trad", "司法警察局已將案件移送檢察院偵辦。", {"司法警察局", "檢察院"}),
    ("mo-icac-trad", "澳門廉政公署今日公布，已將一宗公職人員受賄案移送檢察院。", {"廉政公署", "檢察院"}),
    ("mo-customs-trad", "澳門海關在關閘口岸截獲一批未經申報的凍肉。", {"澳門海關"}),
    ("mo-court-of-first-instance-trad", "初級法院今日裁定兩名被告詐騙罪成。", {"初級法院"}),
    ("sg-cpib", "新加坡贪污调查局对两名公务员展开调查。", {"贪污调查局"}),
    ("sg-police-prosecutors-court", "新加坡警察部队已将案件交由总检察署处理，被告今天在国家法院被控。",
     {"新加坡警察部队", "总检察署", "国家法院"}),
    ("sg-cpib-trad", "新加坡貪污調查局今天表示，一名前經理已被控上庭。", {"貪污調查局"}),
    ("my-macc", "马来西亚反贪污委员会昨日扣留一名州政府官员。", {"马来西亚反贪污委员会"}),
    ("my-macc-trad", "馬來西亞反貪污委員會昨日扣留兩名承包商。", {"馬來西亞反貪污委員會"}),
    ("my-district-police-chief", "檀江县警区主任表示，案件已交由总检察署处理。", {"檀江县警区", "总检察署"}),
    ("my-magistrates-court", "两名男子今日在岚溪推事庭被控贩毒。", {"岚溪推事庭"}),
]

ACTING_TOGETHER = [
    ("cn-huitong-task-force", "檀江市公安局会同檀江市税务局成立专案组，打掉一个虚开发票团伙。", {"檀江市公安局", "檀江市税务局"}),
    ("cn-huitong-task-force-trad", "檀江市公安局會同檀江市稅務局成立專案組，打掉一個虛開發票團夥。", {"檀江市公安局", "檀江市稅務局"}),
    ("cn-huitong-county-department", "岚溪县公安局会同县市场监管局成立专案组。", {"岚溪县公安局", "县市场监管局"}),
    ("cn-huitong-list-of-three", "枫坪区应急管理局会同区住建局、区消防救援大队开展联合检查。",
     {"枫坪区应急管理局", "区住建局", "区消防救援大队"}),
    ("cn-xietong-drill", "枫坪区应急管理局协同区消防救援大队开展应急演练。", {"枫坪区应急管理局", "区消防救援大队"}),
    ("cn-xietong-drill-trad", "楓坪區應急管理局協同區消防救援大隊開展應急演練。", {"楓坪區應急管理局", "區消防救援大隊"}),
    ("cn-lianhe-group", "蘅山市文化和旅游局联合蘅山旅游集团推出系列优惠。", {"蘅山市文化和旅游局", "蘅山旅游集团"}),
    ("cn-lianhe-list", "檀江市市场监督管理局联合市公安局、市卫健委开展专项检查。", {"檀江市市场监督管理局", "市公安局", "市卫健委"}),
    ("cn-lianhe-procuratorate", "沅汀县人民检察院联合县妇联开展普法宣传。", {"沅汀县人民检察院", "县妇联"}),
    ("cn-lianhe-procuratorate-trad", "沅汀縣人民檢察院聯合縣婦聯開展普法宣傳。", {"沅汀縣人民檢察院", "縣婦聯"}),
    ("cn-lianhe-short-bodies", "芷阳市教育局联合芷阳师范学院举办培训班。", {"芷阳市教育局", "芷阳师范学院"}),
    ("cn-tongyi-with-bank", "岚溪市公安局协同岚溪农商银行拦截一笔诈骗款。", {"岚溪市公安局", "岚溪农商银行"}),
    ("hk-luentung-fire-buildings-trad", "消防處聯同屋宇署巡查舊式工業大廈。", {"消防處", "屋宇署"}),
    ("hk-luentung-police-customs-trad", "警務處聯同香港海關打擊跨境走私。", {"警務處", "香港海關"}),
    ("hk-luentung-department-body-trad", "食物環境衞生署聯同漁農自然護理署清理後巷。", {"食物環境衞生署", "漁農自然護理署"}),
    ("mo-luentung-police-customs-trad", "治安警察局聯同澳門海關打擊水貨活動。", {"治安警察局", "澳門海關"}),
    ("mo-huitong-bureaus-trad", "勞工事務局會同治安警察局巡查建築地盤。", {"勞工事務局", "治安警察局"}),
    ("tw-huitong-county-and-police-trad", "楓坪縣政府會同楓坪縣警察局稽查八大行業。", {"楓坪縣政府", "楓坪縣警察局"}),
    ("tw-lianhe-prosecutors-and-station-trad", "嵐溪地檢署聯合調查局嵐溪市調查站搜索三處地點。", {"嵐溪地檢署", "調查局嵐溪市調查站"}),
    ("tw-xietong-police-and-office-trad", "檀江縣警察局協同檀江縣衛生局查緝非法藥品。", {"檀江縣警察局", "檀江縣衛生局"}),
    ("sg-lianhe-before-guojia", "卫生部联合国家环境局展开灭蚊行动。", {"卫生部", "国家环境局"}),
    ("sg-lianhe-authority", "新加坡陆路交通管理局联合新加坡警察部队加强执法。", {"陆路交通管理局", "新加坡警察部队"}),
    ("my-liantong-city-hall", "马来西亚卫生部联同檀江市议会取缔无证摊贩。", {"卫生部", "檀江市议会"}),
    ("my-liantong-city-hall-trad", "馬來西亞衛生部聯同檀江市議會取締無證攤販。", {"衛生部", "檀江市議會"}),
    ("near-united-nations-agency", "联合国儿童基金会向灾区运送一批物资。", {"联合国儿童基金会"}),
    ("near-united-nations-agency-trad", "聯合國教科文組織今日公布新一批名錄。", {"聯合國教科文組織"}),
    ("near-lianhe-twice", "蘅山大学联合联合国开发计划署发布报告。", {"蘅山大学", "联合国开发计划署"}),
    ("near-lianhe-opens-company", "联合嘉禾物流有限公司今天宣布扩建仓库。", {"联合嘉禾物流有限公司"}),
    ("near-lianhe-inside-bank", "岚溪联合银行今天公布季度业绩。", {"岚溪联合银行"}),
    ("near-huitong-county", "会同县人民政府与檀江市人民政府签署协议。", {"会同县人民政府", "檀江市人民政府"}),
    ("near-xietong-innovation-centre", "岚溪大学协同创新中心今天揭牌成立。", {"岚溪大学协同创新中心"}),
    ("near-huotong-accomplice", "被告人伙同他人实施诈骗，被芷阳市公安局抓获。", {"芷阳市公安局"}),
    ("near-huotong-accomplice-trad", "被告夥同他人詐騙，遭芷陽地檢署起訴。", {"芷陽地檢署"}),
]

VERBS_AND_PRONOUNS_ON_AN_ENDING = [
    ("tw-heavier-sentence-trad", "法官認為被告犯後毫無悔意，因此量處較重之刑。", set()),
    ("tw-court-measures-sentence-trad", "本院審酌被告犯後態度，量處如主文所示之刑。", set()),
    ("tw-court-sentences-generic-trad", "法院判處被告有期徒刑八月，得易科罰金。", set()),
    ("tw-that-court-sentences-trad", "該院判處被告無期徒刑，全案仍可上訴。", set()),
    ("tw-fine-imposed-trad", "對違規業者處以新臺幣六萬元罰鍰。", set()),
    ("tw-deal-by-law-trad", "警方表示，將依法處理。", set()),
    ("tw-strict-investigation-trad", "對違規行為將嚴肅查處，絕不寬貸。", set()),
    ("tw-bureau-then-fine-trad", "嵐溪縣環境保護局稽查後，對業者處以罰鍰，並依法處理。", {"嵐溪縣環境保護局"}),
    ("cn-fine-imposed", "对违法企业处以二十万元罚款。", set()),
    ("cn-deal-by-law", "执法人员表示，将依法处理。", set()),
    ("cn-investigate-by-law", "对违规行为将依法查处。", set()),
    ("cn-sentenced-and-fined", "被告人被判处有期徒刑五年，并处罚金十万元。", set()),
    ("cn-each-sentenced", "两名被告人分别被判处有期徒刑三年和两年。", set()),
    ("cn-this-bureau", "该局表示，将进一步加强监管。", set()),
    ("cn-this-bureau-trad", "該局表示，將進一步加強監管。", set()),
    ("cn-our-court", "本院认为，被告人的行为已构成诈骗罪。", set()),
    ("cn-that-station", "该所民警迅速赶到现场。", set()),
    ("cn-authorities", "当局表示，将彻查事件原因。", set()),
    ("cn-deploy-ministry", "公安部部署开展夏季治安打击整治行动。", {"公安部"}),
    ("cn-sign-agreement", "双方签署了警务合作协议。", set()),
    ("cn-discharged-from-hospital", "伤者已送往枫坪市人民医院救治，目前已出院。", {"枫坪市人民医院"}),
    ("hk-our-department-trad", "本署會繼續密切監察市場情況。", set()),
    ("hk-that-department-trad", "該署發言人表示，已展開調查。", set()),
    ("hk-authorities-trad", "有關當局正跟進事件。", set()),
    ("hk-deploy-police-trad", "警方部署大批警力在場戒備。", set()),
    ("mo-this-bureau-trad", "該局提醒市民切勿輕信陌生來電。", set()),
    ("mo-our-bureau-trad", "本局將繼續與業界保持溝通。", set()),
    ("sg-that-court", "该庭判处被告坐牢六个月。", set()),
    ("my-court-sentences", "法官判处被告监禁三年及鞭笞两下。", set()),
    ("my-court-sentences-trad", "法官判處被告監禁三年及鞭笞兩下。", set()),
    ("tw-precinct-chief-named-trad", "檀江縣警察局嵐溪分局長陳志豪表示，已成立專案小組。", {"檀江縣警察局嵐溪分局"}),
    ("tw-precinct-chief-bare-trad", "分局長表示，將加強轄區巡邏。", set()),
    ("cn-district-enforcement-punishes", "区城管执法局对违规商户处罚款五千元。", {"区城管执法局"}),
]

LEVELS_WITHOUT_THEIR_PLACE = [
    ("tw-bare-township-office-trad", "鄉公所表示，將儘速修復受損道路。", set()),
    ("tw-named-township-office-trad", "嵐溪鄉公所表示，將儘速修復受損道路。", {"嵐溪鄉公所"}),
    ("tw-bare-district-office-trad", "區公所已發放急難慰問金。", set()),
    ("tw-named-district-office-trad", "檀江區公所區長王建國表示，已發放急難慰問金。", {"檀江區公所"}),
    ("tw-bare-town-office-trad", "鎮公所將於下週舉辦說明會。", set()),
    ("tw-named-town-office-trad", "楓坪鎮公所將於下週舉辦說明會。", {"楓坪鎮公所"}),
    ("tw-bare-city-government-short-trad", "市府今天宣布，明年起調漲路邊停車費。", set()),
    ("tw-named-city-government-short-trad", "楓坪市府今天宣布，明年起調漲路邊停車費。", {"楓坪市府"}),
    ("tw-bare-county-government-short-trad", "縣府表示，將全力協助受災戶。", set()),
    ("tw-bare-township-daycare-trad", "鄉立托嬰中心明年起擴大招收名額。", set()),
    ("tw-named-township-daycare-trad", "嵐溪鄉立托嬰中心明年起擴大招收名額。", {"嵐溪鄉立托嬰中心"}),
    ("tw-named-city-united-hospital-trad", "楓坪市立聯合醫院今天宣布擴大疫苗接種。", {"楓坪市立聯合醫院"}),
    ("tw-bare-county-hospital-trad", "縣立醫院已增設發燒篩檢站。", set()),
    ("tw-bare-city-library-trad", "市立圖書館即日起延長開放時間。", set()),
    ("tw-bare-city-council-trad", "市議會今天三讀通過自治條例。", set()),
    ("tw-named-city-council-trad", "楓坪市議會今天三讀通過自治條例。", {"楓坪市議會"}),
    ("tw-bare-township-office-in-title-trad", "鄉公所秘書林美華表示，補助款已撥付。", set()),
    ("tw-township-office-and-police-trad", "鄉公所會同警方勸導違規攤商。", set()),
    ("cn-bare-municipal-hospital", "伤者被送往市立医院抢救。", set()),
    ("cn-named-municipal-hospital", "伤者被送往檀江市立医院抢救。", {"檀江市立医院"}),
    ("cn-bare-county-peoples-hospital", "县人民医院派出医疗队赶赴现场。", set()),
    ("cn-named-county-peoples-hospital", "檀江县人民医院派出医疗队赶赴现场。", {"檀江县人民医院"}),
    ("cn-bare-district-government", "区政府已组织人员连夜排查。", set()),
    ("cn-bare-town-government", "镇政府组织干部群众抗洪抢险。", set()),
    ("cn-named-town-government", "枫坪镇人民政府组织干部群众抗洪抢险。", {"枫坪镇人民政府"}),
    ("cn-bare-subdistrict-office", "街道办事处工作人员上门走访困难群众。", set()),
    ("cn-named-subdistrict-office", "岚溪街道办事处工作人员上门走访困难群众。", {"岚溪街道办事处"}),
    ("cn-bare-county-government-trad", "縣政府已組織人員連夜排查。", set()),
    ("cn-bare-municipal-school-trad", "市立中學今年擴招兩個班。", set()),
    ("hk-sar-government-trad", "特區政府今日公布新一輪紓困措施。", set()),
    ("hk-district-council-named-trad", "嵐灣區議會今日通過動議，要求加強巡邏。", {"嵐灣區議會"}),
    ("mo-municipal-affairs-bureau-trad", "市政署今日表示，將加強街市衞生巡查。", {"市政署"}),
    ("sg-town-council", "岚溪市镇理事会今天宣布翻新组屋区走廊。", {"岚溪市镇理事会"}),
    ("my-bare-city-council", "市议会表示，将加强执法。", set()),
    ("my-named-city-council", "岚溪市议会表示，将加强执法。", {"岚溪市议会"}),
]

DEPARTMENT_SHORT_FORMS = [
    ("tw-econ-dev-bureau-chief-trad", "經發局局長林志明表示，今年將協助業者轉型。", {"經發局"}),
    ("tw-econ-dev-after-comma-trad", "對此，經發局表示將加強輔導。", {"經發局"}),
    ("tw-econ-dev-witness-trad", "在縣長見證下，經發局與三家業者簽署合作備忘錄。", {"經發局"}),
    ("tw-econ-dev-by-trad", "這場說明會由經發局主辦。", {"經發局"}),
    ("tw-econ-dev-in-chain-trad", "楓坪縣政府秘書長、經發局局長吳家豪出席記者會。", {"楓坪縣政府", "經發局"}),
    ("tw-urban-dev-bureau-chief-trad", "都發局局長陳怡君說明都市更新進度。", {"都發局"}),
    ("tw-urban-dev-after-comma-trad", "對此，都發局回應，將重新審查建照。", {"都發局"}),
    ("tw-tourism-bureau-chief-trad", "觀旅局局長張雅婷宣布，賞花季將延長一週。", {"觀旅局"}),
    ("tw-research-commission-trad", "研考會主委蔡明宏列席報告。", {"研考會"}),
    ("tw-econ-dev-with-place-trad", "楓坪市經發局今天公布招商成果。", {"楓坪市經發局"}),
    ("cn-econ-info-bureau-chief", "经信局局长王晓东介绍了全市工业运行情况。", {"经信局"}),
    ("cn-econ-info-after-comma", "据悉，经信局将出台扶持中小企业的政策。", {"经信局"}),
    ("cn-econ-info-bureau-chief-trad", "經信局局長王曉東介紹了全市工業運行情況。", {"經信局"}),
    ("cn-ndrc-short-chief", "发改委主任李建华主持召开会议。", {"发改委"}),
    ("cn-ndrc-by", "这次座谈会由发改委召集。", {"发改委"}),
    ("cn-ndrc-short-trad", "發改委主任李建華主持召開會議。", {"發改委"}),
    ("cn-foreign-affairs-office", "对外事务办负责人表示，将做好外宾接待工作。", {"对外事务办"}),
    ("cn-transport-bureau-chief", "交通局局长赵明表示，地铁三号线将于年底通车。", {"交通局"}),
    ("cn-transport-witness", "在区长见证下，交通局与两家企业签订协议。", {"交通局"}),
    ("cn-transport-bureau-trad", "交通局局長趙明表示，地鐵三號線將於年底通車。", {"交通局"}),
    ("cn-emergency-bureau", "应急局局长孙伟要求各单位做好防汛准备。", {"应急局"}),
    ("cn-housing-bureau-after-comma", "对此，住建局回应称，将督促开发商整改。", {"住建局"}),
    ("cn-audit-bureau", "审计局在审计中发现问题资金三千万元。", {"审计局"}),
    ("cn-health-commission-by", "此次行动由卫健委牵头。", {"卫健委"}),
    ("cn-investment-promotion-bureau", "投促局局长钱立群介绍了招商情况。", {"投促局"}),
    ("cn-veterans-bureau", "退役军人事务局为辖区老兵送上慰问品。", {"退役军人事务局"}),
    ("cn-education-bureau-after-comma", "为此，教育局要求各校加强安全检查。", {"教育局"}),
    ("cn-statistics-bureau", "统计局数据显示，上半年全市生产总值增长5%。", {"统计局"}),
    ("cn-service-centre-with-place", "枫坪镇为民服务中心今天正式启用。", {"枫坪镇为民服务中心"}),
    ("hk-security-bureau-trad", "保安局局長今日表示，會檢討相關法例。", {"保安局"}),
    ("hk-transport-department-trad", "對此，運輸署表示將研究改善措施。", {"運輸署"}),
    ("mo-transport-bureau-trad", "交通事務局局長表示，將優化巴士路線。", {"交通事務局"}),
    ("sg-communications-ministry", "通讯及新闻部今天宣布新措施。", {"通讯及新闻部"}),
    ("my-external-trade-body", "马来西亚对外贸易发展局今天公布出口数据。", {"马来西亚对外贸易发展局"}),
]

ROLE_WORDS_BEFORE_A_BODY = [
    ("hk-sponsor-resort-ceo-trad", "贊助機構嵐灣度假村行政總裁何志強在典禮上致辭。", {"嵐灣度假村"}),
    ("hk-organiser-association-chair-trad", "主辦單位檀江工商協會理事長陳國華表示，活動反應熱烈。", {"檀江工商協會"}),
    ("cn-partner-company-gm", "合作伙伴岚溪科技有限公司总经理刘洋介绍了项目进展。", {"岚溪科技有限公司"}),
    ("tw-partner-company-gm-trad", "合作夥伴嵐溪科技股份有限公司總經理劉洋介紹了計畫進度。", {"嵐溪科技股份有限公司"}),
    ("tw-co-organiser-university-trad", "協辦單位楓坪大學校長鄭文杰也到場致意。", {"楓坪大學"}),
    ("cn-undertaker-company-chair", "承办单位蘅山会展有限公司董事长周海涛致辞。", {"蘅山会展有限公司"}),
    ("mo-sponsor-company-trad", "贊助單位沅汀娛樂有限公司副總裁梁家輝頒發獎項。", {"沅汀娛樂有限公司"}),
    ("sg-partner-holdings", "合作伙伴芷阳控股首席执行官黄振宇表示，将扩大投资。", {"芷阳控股"}),
    ("my-organiser-chamber", "主办单位岚溪华人商会会长拿督陈家宝致欢迎词。", {"岚溪华人商会"}),
    ("tw-guiding-unit-trad", "指導單位經濟部中小企業處處長吳淑芬出席開幕。", {"經濟部中小企業處"}),
    ("hk-title-sponsor-bank-trad", "冠名贊助商檀江銀行行政總裁林振邦主持開幕。", {"檀江銀行"}),
    ("tw-executing-unit-trad", "執行單位嵐溪社區發展協會理事長許美玲說明活動內容。", {"嵐溪社區發展協會"}),
    ("near-role-word-with-colon-trad", "主辦單位：檀江工商協會。", {"檀江工商協會"}),
    ("near-role-word-alone-trad", "主辦單位表示，活動反應熱烈。", set()),
]

PARAGRAPHS = [
    ("tw-court-item-trad", "楓坪地院今天宣判，被告林男犯詐欺罪，判處有期徒刑二年。法官認為被告犯後未與被害人和解，因此量處較重之刑。"
     "全案經楓坪地檢署偵結起訴，仍可上訴。", {"楓坪地院", "楓坪地檢署"}),
    ("tw-icac-search-item-trad", "法務部廉政署北部地區調查組今天會同嵐溪地檢署搜索嵐溪鄉公所。鄉公所表示，將全力配合調查。",
     {"法務部廉政署北部地區調查組", "嵐溪地檢署", "嵐溪鄉公所"}),
    ("tw-city-item-trad", "楓坪市府今天召開記者會。都發局局長陳怡君表示，市府將加速老屋重建；經發局則將協助業者申請補助。",
     {"楓坪市府", "都發局", "經發局"}),
    ("cn-police-item", "近日，檀江县公安局刑侦大队会同县市场监管局成立专案组，捣毁一个制售假酒窝点。该局表示，将依法处理涉案人员。",
     {"檀江县公安局刑侦大队", "县市场监管局"}),
    ("cn-court-item", "芷阳市中级人民法院审理认为，被告人的行为已构成受贿罪，依法判处有期徒刑八年，并处罚金五十万元。"
     "该案由芷阳市人民检察院提起公诉。", {"芷阳市中级人民法院", "芷阳市人民检察院"}),
    ("hk-court-item-trad", "廉政公署早前接獲舉報後展開調查。被告今日在東區裁判法院承認控罪，裁判官判處監禁六個月。本署會繼續嚴厲執法。",
     {"廉政公署", "東區裁判法院"}),
    ("mo-police-item-trad", "司法警察局聯同澳門海關破獲一個走私集團。該局表示，已將案件移送檢察院。", {"司法警察局", "澳門海關", "檢察院"}),
    ("sg-court-item", "新加坡贪污调查局联合新加坡警察部队展开调查。被告今天在国家法院被判坐牢一年。", {"贪污调查局", "新加坡警察部队", "国家法院"}),
    ("my-court-item", "马来西亚反贪污委员会联同檀江县警区逮捕三人。法官判处被告监禁两年。", {"马来西亚反贪污委员会", "檀江县警区"}),
    ("cn-district-item", "区政府会同区住建局开展排查。经信局局长王晓东表示，该局将对违规企业依法查处。", {"区住建局", "经信局"}),
]

NEAR_MISSES_OF_THE_FIXES = [  # added after the first run: the near miss and the other script of each rule the fixes added
    ("fix-co-action-federation-ending", "岚溪市妇女联合会今天召开执委会议。", {"岚溪市妇女联合会"}),
    ("fix-co-action-un-first-trad", "聯合國開發計劃署聯同嵐溪大學發布報告。", {"聯合國開發計劃署", "嵐溪大學"}),
    ("fix-co-action-joint-lab-trad", "蘅山大學聯合實驗室今天揭牌。", {"蘅山大學聯合實驗室"}),
    ("fix-regional-unit-mainland", "青山市公安局东区调查组破获一起盗窃案。", {"青山市公安局东区调查组"}),
    ("fix-regional-unit-region-is-a-place-trad", "調查局北部地區有三名幹員受傷。", {"調查局"}),
    ("fix-level-founded-school-named-after-place-trad", "縣立東林國中今天舉行畢業典禮。", {"縣立東林國中"}),
    ("fix-sentencing-near-miss-office-fines-trad", "嵐溪縣衛生處處以業者罰鍰六萬元。", {"嵐溪縣衛生處"}),
    ("fix-district-judiciary-bare-trad", "案件已移送地檢署偵辦。", set()),
    ("fix-district-judiciary-bare-court-trad", "全案依法移送地院審理。", set()),
    ("fix-role-word-organising-body-trad", "主辦機構嵐溪文化協會會長林美玲致辭。", {"嵐溪文化協會"}),
    ("fix-abbreviation-near-miss-going-to-trad", "對此，也到局說明的業者表示不滿。", set()),
    ("fix-abbreviation-near-miss-ending-alone-trad", "楓坪地檢署表示將上訴，地檢署發言人回應。", {"楓坪地檢署"}),
    ("fix-branch-head-with-place-trad", "嵐溪分局長陳志豪表示，將加強巡邏。", {"嵐溪分局"}),
    ("fix-branch-head-mainland", "青山市公安局东湖分局副分局长王刚表示，已成立专案组。", {"青山市公安局东湖分局"}),
    ("fix-crime-unit-near-miss-sent-to", "警方已将案件移送调查局。", {"调查局"}),
    ("fix-body-as-person-near-miss-name", "卫建国表示，将加强监测。", set()),
    ("fix-office-before-head-near-miss-verb", "今年展会办得很成功，青山市会展办主任王明表示满意。", {"青山市会展办"}),
    ("fix-sar-body-near-miss-mainland-court", "检察院审查后认为证据不足，决定不予起诉。", set()),
    ("fix-sar-body-near-miss-mainland-customs", "海关数据显示，前三季度进出口总值增长5%。", set()),
]

BANK = (PROSECUTORS_AND_INVESTIGATORS + ACTING_TOGETHER + VERBS_AND_PRONOUNS_ON_AN_ENDING + LEVELS_WITHOUT_THEIR_PLACE
        + DEPARTMENT_SHORT_FORMS + ROLE_WORDS_BEFORE_A_BODY + PARAGRAPHS + NEAR_MISSES_OF_THE_FIXES)

XFAIL: dict[str, str] = {
    "cn-lianhe-group": "after 联合 the tagger reads the rare-character place and the company as verbs (蘅/v 山/v 旅游/v 集团/v; alone "
                       "the same name is ORG), and a company's ending builds a name only over a proper word",
    "hk-customs-bare-trad": "a one-sentence item holds no sign of Hong Kong's press (detect_locale reads mainland), and bare 海关 is "
                            "the SAR's department only in its own press",
    "hk-sponsor-resort-ceo-trad": "a resort (度假村) is no organisation ending: like a hotel it is read as a venue, even as the "
                                  "employer before its executive's post (the role word is left out; the TITLES row passes)",
    "mo-icac-trad": "廉政公署 is counted as Hong Kong's sign and 澳門 once as a place, so detect_locale reads hongkong and bare "
                    "檢察院 is not taken for Macau's",
}


def test_organization_public_body_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, expected", [strict_case(row, XFAIL) for row in BANK])
def test_organization_public_body_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}


TITLES = [  # the title written with a department's short form or after a role word: the whole body, no role word
    ("tw-econ-dev-bureau-chief-trad", "經發局局長林志明表示，今年將協助業者轉型。", {"林志明": ["經發局局長"]}),
    ("tw-urban-dev-bureau-chief-trad", "都發局局長陳怡君說明都市更新進度。", {"陳怡君": ["都發局局長"]}),
    ("cn-econ-info-bureau-chief", "经信局局长王晓东介绍了全市工业运行情况。", {"王晓东": ["经信局局长"]}),
    ("cn-transport-bureau-chief", "交通局局长赵明表示，地铁三号线将于年底通车。", {"赵明": ["交通局局长"]}),
    ("cn-ndrc-short-chief", "发改委主任李建华主持召开会议。", {"李建华": ["发改委主任"]}),
    ("cn-emergency-bureau", "应急局局长孙伟要求各单位做好防汛准备。", {"孙伟": ["应急局局长"]}),
    ("hk-sponsor-resort-ceo-trad", "贊助機構嵐灣度假村行政總裁何志強在典禮上致辭。", {"何志強": ["嵐灣度假村行政總裁"]}),
    ("hk-organiser-association-chair-trad", "主辦單位檀江工商協會理事長陳國華表示，活動反應熱烈。", {"陳國華": ["檀江工商協會理事長"]}),
    ("cn-partner-company-gm", "合作伙伴岚溪科技有限公司总经理刘洋介绍了项目进展。", {"刘洋": ["岚溪科技有限公司总经理"]}),
    ("cn-undertaker-company-chair", "承办单位蘅山会展有限公司董事长周海涛致辞。", {"周海涛": ["蘅山会展有限公司董事长"]}),
    ("tw-guiding-unit-trad", "指導單位經濟部中小企業處處長吳淑芬出席開幕。", {"吳淑芬": ["經濟部中小企業處處長"]}),
    ("tw-precinct-chief-named-trad", "檀江縣警察局嵐溪分局長陳志豪表示，已成立專案小組。", {"陳志豪": ["檀江縣警察局嵐溪分局長"]}),
    ("tw-prosecutor-of-district-office-trad", "嵐溪地檢署檢察官黃文彬當庭論告，求處重刑。", {"黃文彬": ["嵐溪地檢署檢察官"]}),
]

TITLE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text, people", [strict_case(row, TITLE_XFAIL) for row in TITLES])
def test_public_body_titles(text, people):
    got = {p.name: list(dict.fromkeys(t.text for t in p.titles)) for p in extract(text).people}
    assert {name: got.get(name) for name in people} == people
