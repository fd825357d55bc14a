"""Where a title written before or after a name begins and ends, and which short strings are people, in shapes met on real
pages: a case reference (同案) or a question noun and 和 (議員的提問和某局局長) or the host's word (東道主) before a body and
its post, which are no part of the title; an ordinal unit (第三公路警察大隊), a run of region abbreviations (雲嘉南分署長),
a constituency (某某區國會議員) and a district before a team, which are; a title after a name followed by 及 and the next
person's post (董事長某某牧師及院長某某); 代表 after a name and before a verb (畢業生某某代表致詞), which is no title; a
two-character name before 致辭; an anonymised party (張某, 李某某); the surname 貝; and common words whose first character
is a surname (白天, 段|日均, 受惠|雲端, 冠軍戰|逆轉). Mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia, in
Simplified and Traditional, with near misses. Every sentence and name is invented.

Expected values by ANNOTATION.md "People" (name as written, titles written directly before or after the name, as
written) and "Borderline calls". people: {name: [titles]} lists every person the sentence names; a name with the value
None must not be listed.
"""
from functools import lru_cache

import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case, titles_by_person, unspaced

CASE_REFERENCE = [  # a case reference (同案) before a post is no part of the title
    ('tw-case-ref-finance-manager', '法院依诈欺罪判处主嫌八年；同案财务经理邝立新被判处有期徒刑三年。', {'邝立新': ['财务经理']}),
    ('tw-case-ref-finance-manager-trad', '法院依詐欺罪判處主嫌八年；同案財務經理鄺立新被判處有期徒刑三年。', {'鄺立新': ['財務經理']}),
    ('cn-case-ref-deputy-gm', '同案副总经理蓝靖雯因非法吸收公众存款罪被判处有期徒刑两年。', {'蓝靖雯': ['副总经理']}),
    ('cn-case-ref-deputy-gm-trad', '同案副總經理藍靖雯因非法吸收公眾存款罪被判處有期徒刑兩年。', {'藍靖雯': ['副總經理']}),
    ('hk-case-ref-sales-director', '同案销售总监卢浩贤被判监十八个月。', {'卢浩贤': ['销售总监']}),
    ('hk-case-ref-sales-director-trad', '同案銷售總監盧浩賢被判監十八個月。', {'盧浩賢': ['銷售總監']}),
    ('mo-case-ref-manager', '同案营运经理冼家朗被判处两年六个月徒刑。', {'冼家朗': ['营运经理']}),
    ('mo-case-ref-manager-trad', '同案營運經理冼家朗被判處兩年六個月徒刑。', {'冼家朗': ['營運經理']}),
    ('sg-case-ref-executive-director', '同案执行董事郭俊良被判监禁六个月。', {'郭俊良': ['执行董事']}),
    ('sg-case-ref-executive-director-trad', '同案執行董事郭俊良被判監禁六個月。', {'郭俊良': ['執行董事']}),
    ('near-tongde-hospital-dean', '同德医院院长罗秉章表示，新院区明年启用。', {'罗秉章': ['同德医院院长']}),
    ('near-tongde-hospital-dean-trad', '同德醫院院長羅秉章表示，新院區明年啟用。', {'羅秉章': ['同德醫院院長']}),
    ('near-tongxin-association-chair', '同心慈善会会长温德昌表示，捐款将用于助学。', {'温德昌': ['同心慈善会会长']}),
    ('near-tongxin-association-chair-trad', '同心慈善會會長溫德昌表示，捐款將用於助學。', {'溫德昌': ['同心慈善會會長']}),
]

SPEECH_NOUN_AND = [  # a question or speech noun and 和 before a body and its post: the title starts at the body
    ('hk-question-and-bureau-head', '以下是今日在立法会会议上议员的提问和发展局局长甘卓凡的答复：', {'甘卓凡': ['发展局局长']}),
    ('hk-question-and-bureau-head-trad', '以下是今日在立法會會議上議員的提問和發展局局長甘卓凡的答覆：', {'甘卓凡': ['發展局局長']}),
    ('mo-inquiry-and-secretary', '议员的质询和运输工务司司长罗立文的回复已上载至网页。', {'罗立文': ['运输工务司司长']}),
    ('mo-inquiry-and-secretary-trad', '議員的質詢和運輸工務司司長羅立文的回覆已上載至網頁。', {'羅立文': ['運輸工務司司長']}),
    ('hk-question-and-secretary-for', '议员的提问和教育局局长蔡若莲的书面答复如下。', {'蔡若莲': ['教育局局长']}),
    ('hk-question-and-secretary-for-trad', '議員的提問和教育局局長蔡若蓮的書面答覆如下。', {'蔡若蓮': ['教育局局長']}),
    ('near-housing-and-construction-bureau', '青河市住房和城乡建设局局长冯志远介绍了旧改进度。', {'冯志远': ['青河市住房和城乡建设局局长']}),
    ('near-housing-and-construction-bureau-trad', '青河市住房和城鄉建設局局長馮志遠介紹了舊改進度。', {'馮志遠': ['青河市住房和城鄉建設局局長']}),
    ('near-hr-and-social-security-bureau', '青河市人力资源和社会保障局局长贺明轩表示，就业形势稳定。', {'贺明轩': ['青河市人力资源和社会保障局局长']}),
    ('near-hr-and-social-security-bureau-trad', '青河市人力資源和社會保障局局長賀明軒表示，就業形勢穩定。', {'賀明軒': ['青河市人力資源和社會保障局局長']}),
]

HOST_ROLE = [  # 东道主 (the host) before a named body and its post is what the body is at the occasion, not the title
    ('my-host-clan-association-chair', '出席者包括东道主槟城潮州会馆会长拿督许明达等。', {'许明达': ['槟城潮州会馆会长']}),
    ('my-host-clan-association-chair-trad', '出席者包括東道主檳城潮州會館會長拿督許明達等。', {'許明達': ['檳城潮州會館會長']}),
    ('sg-host-clan-association-chair', '东道主新加坡福清会馆会长林佑庭在晚宴上致词。', {'林佑庭': ['新加坡福清会馆会长']}),
    ('sg-host-clan-association-chair-trad', '東道主新加坡福清會館會長林佑庭在晚宴上致詞。', {'林佑庭': ['新加坡福清會館會長']}),
    ('cn-host-chamber-president', '东道主青河市总商会会长柯文达致欢迎辞。', {'柯文达': ['青河市总商会会长']}),
    ('cn-host-chamber-president-trad', '東道主青河市總商會會長柯文達致歡迎辭。', {'柯文達': ['青河市總商會會長']}),
    ('cn-host-university-president', '东道主青河大学校长岑立言致欢迎辞。', {'岑立言': ['青河大学校长']}),
    ('cn-host-university-president-trad', '東道主青河大學校長岑立言致歡迎辭。', {'岑立言': ['青河大學校長']}),
]

ORDINAL_UNIT = [  # an ordinal unit (第N大队, 第N中队) before its post belongs to the title
    ('tw-ordinal-highway-brigade', '第三公路警察大队分队长苏品睿提醒，连假期间务必保持车距。', {'苏品睿': ['第三公路警察大队分队长']}),
    ('tw-ordinal-highway-brigade-trad', '第三公路警察大隊分隊長蘇品睿提醒，連假期間務必保持車距。', {'蘇品睿': ['第三公路警察大隊分隊長']}),
    ('cn-ordinal-squadron', '第二中队中队长何永健说，巡逻将延长至凌晨。', {'何永健': ['第二中队中队长']}),
    ('cn-ordinal-squadron-trad', '第二中隊中隊長何永健說，巡邏將延長至凌晨。', {'何永健': ['第二中隊中隊長']}),
    ('cn-ordinal-detachment', '第五支队支队长庞立军介绍了救援经过。', {'庞立军': ['第五支队支队长']}),
    ('cn-ordinal-detachment-trad', '第五支隊支隊長龐立軍介紹了救援經過。', {'龐立軍': ['第五支隊支隊長']}),
    ('hk-district-volunteer-team-captain', '荃湾长者义工队队长麦志强表示，队伍有百名成员。', {'麦志强': ['荃湾长者义工队队长']}),
    ('hk-district-volunteer-team-captain-trad', '荃灣長者義工隊隊長麥志強表示，隊伍有百名成員。', {'麥志強': ['荃灣長者義工隊隊長']}),
    ('near-ordinal-meeting-then-post', '第二次会议上，局长甄卫平通报了进展。', {'甄卫平': ['局长']}),
    ('near-ordinal-meeting-then-post-trad', '第二次會議上，局長甄衛平通報了進展。', {'甄衛平': ['局長']}),
]

REGION_ABBREVIATION = [  # a run of region abbreviations (雲嘉南, 高屏澎東) before a branch post belongs to the title
    ('tw-abbrev-yunjianan-branch-head', '云嘉南分署长庄志豪表示，今年已媒合逾三千人就业。', {'庄志豪': ['云嘉南分署长']}),
    ('tw-abbrev-yunjianan-branch-head-trad', '雲嘉南分署長莊志豪表示，今年已媒合逾三千人就業。', {'莊志豪': ['雲嘉南分署長']}),
    ('tw-abbrev-gaopingpengdong-branch-head', '高屏澎东分署长邱雅婷也提醒，求职者可预约面试。', {'邱雅婷': ['高屏澎东分署长']}),
    ('tw-abbrev-gaopingpengdong-branch-head-trad', '高屏澎東分署長邱雅婷也提醒，求職者可預約面試。', {'邱雅婷': ['高屏澎東分署長']}),
    ('tw-abbrev-zhongzhangtou-branch-head', '中彰投分署长廖文杰说明，补助名额有限。', {'廖文杰': ['中彰投分署长']}),
    ('tw-abbrev-zhongzhangtou-branch-head-trad', '中彰投分署長廖文傑說明，補助名額有限。', {'廖文傑': ['中彰投分署長']}),
]

CONSTITUENCY = [  # a constituency written with 区 before 国会议员/州议员 belongs to the title
    ('my-constituency-mp', '她今日书面回复武吉丁宜区国会议员陈志伟的提问时说，拨款已批出。', {'陈志伟': ['武吉丁宜区国会议员']}),
    ('my-constituency-mp-trad', '她今日書面回覆武吉丁宜區國會議員陳志偉的提問時説，撥款已批出。', {'陳志偉': ['武吉丁宜區國會議員']}),
    ('my-constituency-state-assemblyman', '斗亚兰区州议员林慧珊表示，排水工程下月动工。', {'林慧珊': ['斗亚兰区州议员']}),
    ('my-constituency-state-assemblyman-trad', '鬥亞蘭區州議員林慧珊表示，排水工程下月動工。', {'林慧珊': ['鬥亞蘭區州議員']}),
    ('my-constituency-mp-sentence-start', '甘榜峇鲁区国会议员黄振宇昨日巡视灾区。', {'黄振宇': ['甘榜峇鲁区国会议员']}),
    ('my-constituency-mp-sentence-start-trad', '甘榜峇魯區國會議員黃振宇昨日巡視災區。', {'黃振宇': ['甘榜峇魯區國會議員']}),
]

AFTER_NAME_AND_POST = [  # a title after the name, then 及 and a post before the next name: two people, each with theirs
    ('tw-pastor-and-dean', '晨星基金会董事长蒋恩光牧师及执行长邱俊彦共同揭牌。', {'蒋恩光': ['晨星基金会董事长', '牧师'], '邱俊彦': ['执行长']}),
    ('tw-pastor-and-dean-trad', '晨星基金會董事長蔣恩光牧師及執行長邱俊彥共同揭牌。', {'蔣恩光': ['晨星基金會董事長', '牧師'], '邱俊彥': ['執行長']}),
    ('cn-professor-and-dean', '青河大学校长蔡明哲教授及院长苏文彬出席了仪式。', {'蔡明哲': ['青河大学校长', '教授'], '苏文彬': ['院长']}),
    ('cn-professor-and-dean-trad', '青河大學校長蔡明哲教授及院長蘇文彬出席了儀式。', {'蔡明哲': ['青河大學校長', '教授'], '蘇文彬': ['院長']}),
    ('hk-professor-and-chair', '协会主席梁敏仪教授及秘书长冯家乐主持开幕。', {'梁敏仪': ['协会主席', '教授'], '冯家乐': ['秘书长']}),
    ('hk-professor-and-chair-trad', '協會主席梁敏儀教授及秘書長馮家樂主持開幕。', {'梁敏儀': ['協會主席', '教授'], '馮家樂': ['秘書長']}),
    ('near-pastor-and-family', '陈佳颖牧师及家人也到场祝贺。', {'陈佳颖': ['牧师']}),
    ('near-pastor-and-family-trad', '陳佳穎牧師及家人也到場祝賀。', {'陳佳穎': ['牧師']}),
]

REPRESENT_VERB = [  # 代表 after a name and before a verb is 'on behalf of', not a title
    ('tw-graduate-speaks-on-behalf', '毕业生林雨晴代表致词，她说谢谢老师的陪伴。', {'林雨晴': []}),
    ('tw-graduate-speaks-on-behalf-trad', '畢業生林雨晴代表致詞，她說謝謝老師的陪伴。', {'林雨晴': []}),
    ('cn-winner-speaks-on-behalf', '获奖者许文杰代表发言，感谢主办方的支持。', {'许文杰': []}),
    ('cn-winner-speaks-on-behalf-trad', '獲獎者許文傑代表發言，感謝主辦方的支持。', {'許文傑': []}),
    ('sg-staff-takes-oath-on-behalf', '员工钟嘉欣代表全体员工宣誓。', {'钟嘉欣': []}),
    ('sg-staff-takes-oath-on-behalf-trad', '員工鍾嘉欣代表全體員工宣誓。', {'鍾嘉欣': []}),
    ('near-npc-deputy', '人大代表王建华表示，建议已提交。', {'王建华': ['人大代表']}),
    ('near-npc-deputy-trad', '人大代表王建華表示，建議已提交。', {'王建華': ['人大代表']}),
]

NAME_BEFORE_SPEECH_VERB = [  # a two-character name before 致辞: the 致 belongs to the verb, not to the name
    ('cn-deputy-mayor-speech', '开幕式上，市长贾文海宣布开幕，副市长温婷致辞。', {'贾文海': ['市长'], '温婷': ['副市长']}),
    ('cn-deputy-mayor-speech-trad', '開幕式上，市長賈文海宣佈開幕，副市長溫婷致辭。', {'賈文海': ['市長'], '溫婷': ['副市長']}),
    ('cn-director-speech', '会上，主任韩雪致辞并介绍了筹备情况。', {'韩雪': ['主任']}),
    ('cn-director-speech-trad', '會上，主任韓雪致辭並介紹了籌備情況。', {'韓雪': ['主任']}),
    ('my-chair-speech', '大会主席吴倩致词时说，会员人数逐年增加。', {'吴倩': ['大会主席']}),
    ('my-chair-speech-trad', '大會主席吳倩致詞時説，會員人數逐年增加。', {'吳倩': ['大會主席']}),
    ('near-three-char-name-speech', '副市长温婷婷致辞，欢迎各地来宾。', {'温婷婷': ['副市长']}),
    ('near-three-char-name-speech-trad', '副市長溫婷婷致辭，歡迎各地來賓。', {'溫婷婷': ['副市長']}),
    ('near-zhi-inside-name', '副市长罗致远致辞，欢迎各地来宾。', {'罗致远': ['副市长']}),
    ('near-zhi-inside-name-trad', '副市長羅致遠致辭，歡迎各地來賓。', {'羅致遠': ['副市長']}),
]

ANONYMISED = [  # a surname with 某/某某 is an anonymised party, not a person
    ('cn-anonymised-defendant', '原告诉称，被告张某向其借款28万元，到期未还。', {'张某': None}),
    ('cn-anonymised-defendant-trad', '原告訴稱，被告張某向其借款28萬元，到期未還。', {'張某': None}),
    ('cn-anonymised-double', '犯罪嫌疑人李某某已被依法刑事拘留。', {'李某某': None}),
    ('cn-anonymised-double-trad', '犯罪嫌疑人李某某已被依法刑事拘留。', {'李某某': None}),
    ('tw-anonymised-man', '警方调查，黄姓男子与周某发生口角。', {'周某': None}),
    ('tw-anonymised-man-trad', '警方調查，黃姓男子與周某發生口角。', {'周某': None}),
    ('near-real-name-with-mou', '法官邝立民说，本案将择日宣判。', {'邝立民': ['法官']}),
    ('near-real-name-with-mou-trad', '法官鄺立民說，本案將擇日宣判。', {'鄺立民': ['法官']}),
]

RARE_SURNAME = [  # 贝 is a surname: a listed officer named with it is a person
    ('cn-bei-surname-in-list', '民警吕振邦、贝雨彤立即联系当事人，成功止付。', {'吕振邦': [], '贝雨彤': []}),
    ('cn-bei-surname-in-list-trad', '民警呂振邦、貝雨彤立即聯繫當事人，成功止付。', {'呂振邦': [], '貝雨彤': []}),
    ('cn-bei-surname-alone', '贝雨彤说，这类骗局多以退款为由。', {'贝雨彤': []}),
    ('cn-bei-surname-alone-trad', '貝雨彤說，這類騙局多以退款為由。', {'貝雨彤': []}),
]

COMMON_WORDS = [  # common words whose first character is a surname (白天, 段|日均, 受惠|云端, 冠军战|逆转) are no people
    ('cn-daytime-not-name', '“希望游客白天赏花、晚上看灯。”景区负责人谭立伟说。', {'谭立伟': ['景区负责人'], '白天': None}),
    ('cn-daytime-not-name-trad', '“希望遊客白天賞花、晚上看燈。”景區負責人譚立偉說。', {'譚立偉': ['景區負責人'], '白天': None}),
    ('cn-segment-daily-average', '姚振国提醒，假期国道枫林段日均车流量将超过1.8万辆。', {'姚振国': [], '段日均': None}),
    ('cn-segment-daily-average-trad', '姚振國提醒，假期國道楓林段日均車流量將超過1.8萬輛。', {'姚振國': [], '段日均': None}),
    ('tw-benefit-cloud', '公司指出，受惠云端服务商扩大建置资料中心，营收成长。', {'惠云端': None}),
    ('tw-benefit-cloud-trad', '公司指出，受惠雲端服務商擴大建置資料中心，營收成長。', {'惠雲端': None}),
    ('tw-final-comeback', '中华队今晚在冠军战逆转击败日本队，夺下冠军。', {'战逆转': None}),
    ('tw-final-comeback-trad', '中華隊今晚在冠軍戰逆轉擊敗日本隊，奪下冠軍。', {'戰逆轉': None}),
]

BANK = CASE_REFERENCE + SPEECH_NOUN_AND + HOST_ROLE + ORDINAL_UNIT + REGION_ABBREVIATION + CONSTITUENCY + AFTER_NAME_AND_POST + REPRESENT_VERB + NAME_BEFORE_SPEECH_VERB + ANONYMISED + RARE_SURNAME + COMMON_WORDS

XFAIL: dict[str, str] = {
    "cn-anonymised-defendant": "the title banks list 被告人周某 as a person with his title: dropping 某 names breaks them",
    "cn-anonymised-defendant-trad": "as the simplified row: other banks keep a surname with 某 as a person",
    "cn-anonymised-double": "as cn-anonymised-defendant: other banks keep a surname with 某 as a person",
    "cn-anonymised-double-trad": "as cn-anonymised-defendant: other banks keep a surname with 某 as a person",
    "tw-anonymised-man": "as cn-anonymised-defendant: other banks keep a surname with 某 as a person",
    "tw-anonymised-man-trad": "as cn-anonymised-defendant: other banks keep a surname with 某 as a person",
    "my-constituency-state-assemblyman": "the constituency's first character is tagged a verb (斗/v) and its rest a place: the walk stops",
    "my-constituency-state-assemblyman-trad": "the constituency's first character is tagged a verb (鬥/v): the walk stops there",
}


@lru_cache(maxsize=None)
def _record(text: str):
    return extract(text)


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL, minimum=100)


@pytest.mark.parametrize("text, people", [strict_case(row, XFAIL) for row in BANK])
def test_title_people_edges(text, people):
    assert titles_by_person(_record(text), people) == {name: [unspaced(t) for t in titles] for name, titles in people.items()
                                     if titles is not None}
