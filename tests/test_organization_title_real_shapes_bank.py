"""A bank of invented sentences in the shapes of organisation and title edges that real pages still got wrong after the
banks of their classes: the tagger's cut, a word between, punctuation or a slot kept the rule that covers the class from
firing. Shapes: a school named after a saint whose name the tagger cuts into characters, one of them with a pronoun's
tag (圣某各书院|校友会会长); a service body written first in a giving clause and again before its head's post, its words
tagged as a name or a time; a district whose name the tagger reads as a number (七股区, 五股区) before a community
association; a body with its legal form (财团法人) listed after 、 in an organiser slot; a ministry and its agency whose name
holds 及 (某部中小及新创企业署); a company, the field of a post closed by a verb-like word (航空枢纽发展) and the post; a
body's short name of one character and 总 (中总, 华总) after a preposition; a disciplined service's rank, grade words
and a field opening with a verb (助理首席入境事务主任). With near misses that share their words.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Organisations are compared as the scorer compares them: without one leading country or region word."""
import pytest

from extractor import extract
from tests.test_organization_bank import _key

CUT_NAME_SCHOOL_BODY = [
    pytest.param('教育局副局长陈志远、圣方济各英文书院校友会会长黄家豪等担任主礼嘉宾。', 'title', ('黄家豪', ['圣方济各英文书院校友会会长']), id='hk-saint-school-alumni-president'),
    pytest.param('教育局副局長陳志遠、聖方濟各英文書院校友會會長黃家豪等擔任主禮嘉賓。', 'title', ('黃家豪', ['聖方濟各英文書院校友會會長']), id='hk-saint-school-alumni-president-trad'),
    pytest.param('圣方济各英文书院校友会会长黄家豪昨日致辞。', 'org', {'圣方济各英文书院校友会'}, id='hk-saint-school-alumni-president-org'),
    pytest.param('聖方濟各英文書院校友會會長黃家豪昨日致辭。', 'org', {'聖方濟各英文書院校友會'}, id='hk-saint-school-alumni-president-org-trad'),
    pytest.param('区议会主席梁伟强及圣多明各书院校友会主席何志伟出席典礼。', 'title', ('何志伟', ['圣多明各书院校友会主席']), id='hk-saint-college-alumni-chair'),
    pytest.param('區議會主席梁偉強及聖多明各書院校友會主席何志偉出席典禮。', 'title', ('何志偉', ['聖多明各書院校友會主席']), id='hk-saint-college-alumni-chair-trad'),
    pytest.param('教青局代局长李淑仪、圣若各中学家长会会长吴永康等主持剪彩。', 'title', ('吴永康', ['圣若各中学家长会会长']), id='macau-saint-school-parents-chair'),
    pytest.param('教青局代局長李淑儀、聖若各中學家長會會長吳永康等主持剪綵。', 'title', ('吳永康', ['聖若各中學家長會會長']), id='macau-saint-school-parents-chair-trad'),
    pytest.param('圣玛各女书院家长教师会主席邓嘉欣表示，活动筹得善款十万元。', 'title', ('邓嘉欣', ['圣玛各女书院家长教师会主席']), id='hk-saint-school-parents-teachers'),
    pytest.param('聖瑪各女書院家長教師會主席鄧嘉欣表示，活動籌得善款十萬元。', 'title', ('鄧嘉欣', ['聖瑪各女書院家長教師會主席']), id='hk-saint-school-parents-teachers-trad'),
    pytest.param('圣方济各英文书院校长林永健说，学校将增设奖学金。', 'title', ('林永健', ['圣方济各英文书院校长']), id='hk-saint-school-principal'),
    pytest.param('聖方濟各英文書院校長林永健説，學校將增設獎學金。', 'title', ('林永健', ['聖方濟各英文書院校長']), id='hk-saint-school-principal-trad'),
    pytest.param('圣多明各中学校友会会长陈国兴呼吁校友踊跃捐款。', 'title', ('陈国兴', ['圣多明各中学校友会会长']), id='my-saint-school-alumni'),
    pytest.param('聖多明各中學校友會會長陳國興呼籲校友踊躍捐款。', 'title', ('陳國興', ['聖多明各中學校友會會長']), id='my-saint-school-alumni-trad'),
    pytest.param('该书院各校友会会长陈国兴等人出席晚宴。', 'title', ('陈国兴', ['校友会会长']), id='near-miss-each-alumni-body'),
    pytest.param('該書院各校友會會長陳國興等人出席晚宴。', 'title', ('陳國興', ['校友會會長']), id='near-miss-each-alumni-body-trad'),
    pytest.param('中華銀行各分行經理黃家豪等出席會議。', 'title', ('黃家豪', ['分行經理']), id='near-miss-each-branch-manager-trad'),
    pytest.param('圣玛各女书院校友会副会长张美玲主持抽奖。', 'title', ('张美玲', ['圣玛各女书院校友会副会长']), id='hk-saint-school-alumni-vice'),
    pytest.param('聖瑪各女書院校友會副會長張美玲主持抽獎。', 'title', ('張美玲', ['聖瑪各女書院校友會副會長']), id='hk-saint-school-alumni-vice-trad'),
]

SERVICE_BODY_AGAIN_BEFORE_A_POST = [
    pytest.param('狮子会向颐康护老院及安宁长者日间护理中心捐赠轮椅。社会工作局副局长何美玲、安宁长者日间护理中心主任冯志豪等出席。', 'title', ('冯志豪', ['安宁长者日间护理中心主任']), id='macau-day-centre-again'),
    pytest.param('獅子會向頤康護老院及安寧長者日間護理中心捐贈輪椅。社會工作局副局長何美玲、安寧長者日間護理中心主任馮志豪等出席。', 'title', ('馮志豪', ['安寧長者日間護理中心主任']), id='macau-day-centre-again-trad'),
    pytest.param('扶轮社向康宁长者日间护理中心及颐和护老院送赠物资。颐和护老院院长梁美华、康宁长者日间护理中心主任区志明等出席。', 'title', ('梁美华', ['颐和护老院院长']), id='macau-care-home-again'),
    pytest.param('扶輪社向康寧長者日間護理中心及頤和護老院送贈物資。頤和護老院院長梁美華、康寧長者日間護理中心主任區志明等出席。', 'title', ('梁美華', ['頤和護老院院長']), id='macau-care-home-again-trad'),
    pytest.param('扶轮社向康宁长者日间护理中心及颐和护老院送赠物资。颐和护老院院长梁美华、宁康长者日间护理中心主任区志明等出席。', 'title', ('区志明', ['宁康长者日间护理中心主任']), id='macau-care-home-again-day'),
    pytest.param('扶輪社向康寧長者日間護理中心及頤和護老院送贈物資。頤和護老院院長梁美華、寧康長者日間護理中心主任區志明等出席。', 'title', ('區志明', ['寧康長者日間護理中心主任']), id='macau-care-home-again-day-trad'),
    pytest.param('商会向晖明康复中心及安泰长者日间护理中心捐款。安泰长者日间护理中心主任黄丽珍感谢商会支持。', 'title', ('黄丽珍', ['安泰长者日间护理中心主任']), id='hk-rehab-centre-again'),
    pytest.param('商會向暉明康復中心及安泰長者日間護理中心捐款。安泰長者日間護理中心主任黃麗珍感謝商會支持。', 'title', ('黃麗珍', ['安泰長者日間護理中心主任']), id='hk-rehab-centre-again-trad'),
    pytest.param('基金会资助美晴家庭服务中心及乐年长者邻舍中心。美晴家庭服务中心主任陈嘉怡说，资助将用于辅导服务。', 'title', ('陈嘉怡', ['美晴家庭服务中心主任']), id='hk-family-centre-again'),
    pytest.param('基金會資助美晴家庭服務中心及樂年長者鄰舍中心。美晴家庭服務中心主任陳嘉怡説，資助將用於輔導服務。', 'title', ('陳嘉怡', ['美晴家庭服務中心主任']), id='hk-family-centre-again-trad'),
    pytest.param('善心人士向安欣日间照顾中心及长春护理之家捐赠尿布。安欣日间照顾中心主任林淑芬表示感谢。', 'title', ('林淑芬', ['安欣日间照顾中心主任']), id='tw-day-care-again'),
    pytest.param('善心人士向安欣日間照顧中心及長春護理之家捐贈尿布。安欣日間照顧中心主任林淑芬表示感謝。', 'title', ('林淑芬', ['安欣日間照顧中心主任']), id='tw-day-care-again-trad'),
    pytest.param('基金会向乐龄活动中心及安怡长者日间护理中心拨款。安怡长者日间护理中心主任林美华说，拨款将用于添购设备。', 'title', ('林美华', ['安怡长者日间护理中心主任']), id='sg-eldercare-again'),
    pytest.param('公司向福寿养老院及安宁长者日间照料中心捐赠物资。安宁长者日间照料中心主任王丽出席仪式。', 'title', ('王丽', ['安宁长者日间照料中心主任']), id='mainland-day-centre-again'),
    pytest.param('协会向两间护理中心捐赠轮椅。护理中心主任冯志豪表示感谢。', 'title', ('冯志豪', ['护理中心主任']), id='near-miss-centre-unnamed'),
    pytest.param('協會向兩間護理中心捐贈輪椅。護理中心主任馮志豪表示感謝。', 'title', ('馮志豪', ['護理中心主任']), id='near-miss-centre-unnamed-trad'),
    pytest.param('商户向乐晴青少年综合服务中心及安康护老院捐出月饼。乐晴青少年综合服务中心主任李家乐多谢商户。', 'title', ('李家乐', ['乐晴青少年综合服务中心主任']), id='hk-youth-centre-again'),
    pytest.param('商户向樂晴青少年綜合服務中心及安康護老院捐出月餅。樂晴青少年綜合服務中心主任李家樂多謝商户。', 'title', ('李家樂', ['樂晴青少年綜合服務中心主任']), id='hk-youth-centre-again-trad'),
]

DISTRICT_NAME_READ_AS_NUMBER = [
    pytest.param('导演表示将把奖金全数捐给七股区顶山社区发展协会。', 'org', {'七股区顶山社区发展协会'}, id='tw-donate-to-district-community-association'),
    pytest.param('導演表示將把獎金全數捐給七股區頂山社區發展協會。', 'org', {'七股區頂山社區發展協會'}, id='tw-donate-to-district-community-association-trad'),
    pytest.param('歌手将演唱会收入捐给五股区成泰社区发展协会。', 'org', {'五股区成泰社区发展协会'}, id='tw-donate-to-wugu-community'),
    pytest.param('歌手將演唱會收入捐給五股區成泰社區發展協會。', 'org', {'五股區成泰社區發展協會'}, id='tw-donate-to-wugu-community-trad'),
    pytest.param('活动由三重区光明社区发展协会主办。', 'org', {'三重区光明社区发展协会'}, id='tw-sanchong-community-organiser'),
    pytest.param('活動由三重區光明社區發展協會主辦。', 'org', {'三重區光明社區發展協會'}, id='tw-sanchong-community-organiser-trad'),
    pytest.param('企业捐赠物资给八里区龙源社区发展协会。', 'org', {'八里区龙源社区发展协会'}, id='tw-bali-community-donation'),
    pytest.param('企業捐贈物資給八里區龍源社區發展協會。', 'org', {'八里區龍源社區發展協會'}, id='tw-bali-community-donation-trad'),
    pytest.param('六甲区菁埔社区发展协会理事长陈文雄说，将举办老人共餐。', 'title', ('陈文雄', ['六甲区菁埔社区发展协会理事长']), id='tw-liujia-community-president'),
    pytest.param('六甲區菁埔社區發展協會理事長陳文雄說，將舉辦老人共餐。', 'title', ('陳文雄', ['六甲區菁埔社區發展協會理事長']), id='tw-liujia-community-president-trad'),
    pytest.param('七堵区友一社区发展协会感谢各界捐款。', 'org', {'七堵区友一社区发展协会'}, id='tw-qidu-community-thanks'),
    pytest.param('七堵區友一社區發展協會感謝各界捐款。', 'org', {'七堵區友一社區發展協會'}, id='tw-qidu-community-thanks-trad'),
    pytest.param('奖金捐给九如乡玉泉社区发展协会作为照顾老人之用。', 'org', {'九如乡玉泉社区发展协会'}, id='tw-jiuru-township-farmers'),
    pytest.param('獎金捐給九如鄉玉泉社區發展協會作為照顧老人之用。', 'org', {'九如鄉玉泉社區發展協會'}, id='tw-jiuru-township-farmers-trad'),
    pytest.param('市府补助三区社区发展协会办理活动。', 'org', set(), id='near-miss-three-districts-associations'),
    pytest.param('市府補助三區社區發展協會辦理活動。', 'org', set(), id='near-miss-three-districts-associations-trad'),
    pytest.param('二林镇香田社区发展协会理事长洪国荣表示，将开设课后辅导班。', 'title', ('洪国荣', ['二林镇香田社区发展协会理事长']), id='tw-erlin-community-chief'),
    pytest.param('二林鎮香田社區發展協會理事長洪國榮表示，將開設課後輔導班。', 'title', ('洪國榮', ['二林鎮香田社區發展協會理事長']), id='tw-erlin-community-chief-trad'),
]

LEGAL_FORM_BODY_AFTER_A_LIST_MARK = [
    pytest.param('影展由台南市政府文化局主办、财团法人南瀛影像文化基金会承办。', 'org', {'台南市政府文化局', '财团法人南瀛影像文化基金会'}, id='tw-foundation-co-organiser'),
    pytest.param('影展由臺南市政府文化局主辦、財團法人南瀛影像文化基金會承辦。', 'org', {'臺南市政府文化局', '財團法人南瀛影像文化基金會'}, id='tw-foundation-co-organiser-trad'),
    pytest.param('音乐节由高雄市政府文化局主办、财团法人北岸音乐艺术基金会执行。', 'org', {'财团法人北岸音乐艺术基金会', '高雄市政府文化局'}, id='tw-foundation-co-organiser-arts'),
    pytest.param('音樂節由高雄市政府文化局主辦、財團法人北岸音樂藝術基金會執行。', 'org', {'財團法人北岸音樂藝術基金會', '高雄市政府文化局'}, id='tw-foundation-co-organiser-arts-trad'),
    pytest.param('活动由新北市政府社会局指导、社团法人台湾东方关怀协会承办。', 'org', {'新北市政府社会局', '社团法人台湾东方关怀协会'}, id='tw-association-co-organiser'),
    pytest.param('活動由新北市政府社會局指導、社團法人臺灣東方關懷協會承辦。', 'org', {'新北市政府社會局', '社團法人臺灣東方關懷協會'}, id='tw-association-co-organiser-trad'),
    pytest.param('讲座由财团法人西湖文教基金会主办。', 'org', {'财团法人西湖文教基金会'}, id='tw-foundation-organiser-alone'),
    pytest.param('講座由財團法人西湖文教基金會主辦。', 'org', {'財團法人西湖文教基金會'}, id='tw-foundation-organiser-alone-trad'),
    pytest.param('展览由文化部指导，彰化县政府主办、财团法人南方光影文化基金会协办。', 'org', {'彰化县政府', '文化部', '财团法人南方光影文化基金会'}, id='tw-foundation-co-organisers-three'),
    pytest.param('展覽由文化部指導，彰化縣政府主辦、財團法人南方光影文化基金會協辦。', 'org', {'彰化縣政府', '文化部', '財團法人南方光影文化基金會'}, id='tw-foundation-co-organisers-three-trad'),
    pytest.param('活动由民政事务总署主办、南方艺术文化基金会协办。', 'org', {'南方艺术文化基金会', '民政事务总署'}, id='hk-foundation-co-organiser'),
    pytest.param('活動由民政事務總署主辦、南方藝術文化基金會協辦。', 'org', {'南方藝術文化基金會', '民政事務總署'}, id='hk-foundation-co-organiser-trad'),
]

AGENCY_NAME_WITH_A_CONJUNCTION = [
    pytest.param('经济部中小及新创企业署主办、台湾创业协进会承办的创业竞赛今日登场。', 'org', {'台湾创业协进会', '经济部中小及新创企业署'}, id='tw-ministry-agency-organiser'),
    pytest.param('經濟部中小及新創企業署主辦、臺灣創業協進會承辦的創業競賽今日登場。', 'org', {'經濟部中小及新創企業署', '臺灣創業協進會'}, id='tw-ministry-agency-organiser-trad'),
    pytest.param('经济部能源及产业技术署今天公布补助名单。', 'org', {'经济部能源及产业技术署'}, id='tw-ministry-agency-subject'),
    pytest.param('經濟部能源及產業技術署今天公佈補助名單。', 'org', {'經濟部能源及產業技術署'}, id='tw-ministry-agency-subject-trad'),
    pytest.param('文化部影视及流行音乐产业署主办的颁奖典礼今晚举行。', 'org', {'文化部影视及流行音乐产业署'}, id='tw-ministry-agency-culture'),
    pytest.param('文化部影視及流行音樂產業署主辦的頒獎典禮今晚舉行。', 'org', {'文化部影視及流行音樂產業署'}, id='tw-ministry-agency-culture-trad'),
    pytest.param('内政部消防及救灾管理署昨日举行演习。', 'org', {'内政部消防及救灾管理署'}, id='tw-ministry-agency-interior'),
    pytest.param('內政部消防及救災管理署昨日舉行演習。', 'org', {'內政部消防及救災管理署'}, id='tw-ministry-agency-interior-trad'),
    pytest.param('经济部中小及新创企业署署长陈怡君致词表示，报名件数创新高。', 'org', {'经济部中小及新创企业署'}, id='tw-ministry-agency-head'),
    pytest.param('經濟部中小及新創企業署署長陳怡君致詞表示，報名件數創新高。', 'org', {'經濟部中小及新創企業署'}, id='tw-ministry-agency-head-trad'),
    pytest.param('计划由交通部观光及休闲产业署补助。', 'org', {'交通部观光及休闲产业署'}, id='tw-ministry-agency-by'),
    pytest.param('計劃由交通部觀光及休閒產業署補助。', 'org', {'交通部觀光及休閒產業署'}, id='tw-ministry-agency-by-trad'),
    pytest.param('经济部及中小企业署官员出席会议。', 'org', {'中小企业署', '经济部'}, id='near-miss-ministry-and-agency'),
    pytest.param('經濟部及中小企業署官員出席會議。', 'org', {'中小企業署', '經濟部'}, id='near-miss-ministry-and-agency-trad'),
    pytest.param('劳动部职业安全及卫生署今天公布检查结果。', 'org', {'劳动部职业安全及卫生署'}, id='tw-ministry-agency-labour'),
    pytest.param('勞動部職業安全及衛生署今天公佈檢查結果。', 'org', {'勞動部職業安全及衛生署'}, id='tw-ministry-agency-labour-trad'),
]

COMPANY_FIELD_POST = [
    pytest.param('狮城航空总裁吴振华、樟林机场集团航空枢纽发展副总裁陈佩珊出席仪式。', 'title', ('陈佩珊', ['樟林机场集团航空枢纽发展副总裁']), id='sg-airport-group-hub-development-vp'),
    pytest.param('獅城航空總裁吳振華、樟林機場集團航空樞紐發展副總裁陳佩珊出席儀式。', 'title', ('陳佩珊', ['樟林機場集團航空樞紐發展副總裁']), id='sg-airport-group-hub-development-vp-trad'),
    pytest.param('樟林机场集团航空枢纽发展副总裁陈佩珊出席首航仪式。', 'org', {'樟林机场集团'}, id='sg-airport-group-org'),
    pytest.param('樟林機場集團航空樞紐發展副總裁陳佩珊出席首航儀式。', 'org', {'樟林機場集團'}, id='sg-airport-group-org-trad'),
    pytest.param('港务集团海事业务发展总监林志强说，新码头年底启用。', 'title', ('林志强', ['港务集团海事业务发展总监']), id='sg-port-group-business-development'),
    pytest.param('港務集團海事業務發展總監林志強說，新碼頭年底啓用。', 'title', ('林志強', ['港務集團海事業務發展總監']), id='sg-port-group-business-development-trad'),
    pytest.param('宏基地产集团商业项目发展总经理何家伟介绍项目进度。', 'title', ('何家伟', ['宏基地产集团商业项目发展总经理']), id='hk-property-group-development-gm'),
    pytest.param('宏基地產集團商業項目發展總經理何家偉介紹項目進度。', 'title', ('何家偉', ['宏基地產集團商業項目發展總經理']), id='hk-property-group-development-gm-trad'),
    pytest.param('中原银行零售业务拓展总监王磊表示，将推出新产品。', 'title', ('王磊', ['中原银行零售业务拓展总监']), id='mainland-bank-retail-expansion-director'),
    pytest.param('金狮集团海外市场发展经理陈志明率团出访。', 'title', ('陈志明', ['金狮集团海外市场发展经理']), id='my-group-market-development-manager'),
    pytest.param('金獅集團海外市場發展經理陳志明率團出訪。', 'title', ('陳志明', ['金獅集團海外市場發展經理']), id='my-group-market-development-manager-trad'),
    pytest.param('公司大力发展副业，总经理王磊表示满意。', 'title', ('王磊', ['总经理']), id='near-miss-post-after-development-verb'),
    pytest.param('港城铁路集团车务营运发展总监陈国良说，新线明年通车。', 'title', ('陈国良', ['港城铁路集团车务营运发展总监']), id='hk-railway-group-operations-director'),
    pytest.param('港城鐵路集團車務營運發展總監陳國良説，新線明年通車。', 'title', ('陳國良', ['港城鐵路集團車務營運發展總監']), id='hk-railway-group-operations-director-trad'),
]

SHORT_NAME_AFTER_A_PREPOSITION = [
    pytest.param('备忘录由中总副会长林国华与印尼华商总会总主席陈福全代表签署。', 'title', ('林国华', ['中总副会长']), id='sg-short-name-by-vice-president'),
    pytest.param('備忘錄由中總副會長林國華與印尼華商總會總主席陳福全代表簽署。', 'title', ('林國華', ['中總副會長']), id='sg-short-name-by-vice-president-trad'),
    pytest.param('部长与中总会长吴振兴交换意见。', 'title', ('吴振兴', ['中总会长']), id='sg-short-name-with-president'),
    pytest.param('部長與中總會長吳振興交換意見。', 'title', ('吳振興', ['中總會長']), id='sg-short-name-with-president-trad'),
    pytest.param('仪式由华总会长陈志明主持。', 'title', ('陈志明', ['华总会长']), id='my-short-name-by-president'),
    pytest.param('儀式由華總會長陳志明主持。', 'title', ('陳志明', ['華總會長']), id='my-short-name-by-president-trad'),
    pytest.param('家长向董总主席林文龙递交备忘录。', 'title', ('林文龙', ['董总主席']), id='my-short-name-to-chairman'),
    pytest.param('家長向董總主席林文龍遞交備忘錄。', 'title', ('林文龍', ['董總主席']), id='my-short-name-to-chairman-trad'),
    pytest.param('部长接见了教总副主席黄伟强与董总主席林文龙。', 'title', ('黄伟强', ['教总副主席']), id='my-short-name-with-deputy'),
    pytest.param('部長接見了教總副主席黃偉強與董總主席林文龍。', 'title', ('黃偉強', ['教總副主席']), id='my-short-name-with-deputy-trad'),
    pytest.param('在会议中总经理王振华宣布新计划。', 'title', ('王振华', ['总经理']), id='near-miss-middle-then-general-manager'),
    pytest.param('他在集团中总经理一职由王振华接任。', 'title', ('王振华', []), id='near-miss-centre-general-manager'),
    pytest.param('马华总会长与华总会长陈志明会面。', 'title', ('陈志明', ['华总会长']), id='my-short-name-and-president'),
    pytest.param('馬華總會長與華總會長陳志明會面。', 'title', ('陳志明', ['華總會長']), id='my-short-name-and-president-trad'),
]

RANK_WITH_A_VERB_FIELD = [
    pytest.param('入境处执法科助理首席入境事务主任黄志坚表示，行动中拘捕多人。', 'title', ('黄志坚', ['入境处执法科助理首席入境事务主任']), id='hk-immigration-rank'),
    pytest.param('入境處執法科助理首席入境事務主任黃志堅表示，行動中拘捕多人。', 'title', ('黃志堅', ['入境處執法科助理首席入境事務主任']), id='hk-immigration-rank-trad'),
    pytest.param('总入境事务主任李家明说，旅客须遵守规定。', 'title', ('李家明', ['总入境事务主任']), id='hk-immigration-rank-bare'),
    pytest.param('總入境事務主任李家明説，旅客須遵守規定。', 'title', ('李家明', ['總入境事務主任']), id='hk-immigration-rank-bare-trad'),
    pytest.param('入境处调查科高级入境事务主任陈伟明介绍案情。', 'title', ('陈伟明', ['入境处调查科高级入境事务主任']), id='hk-immigration-senior-rank'),
    pytest.param('入境處調查科高級入境事務主任陳偉明介紹案情。', 'title', ('陳偉明', ['入境處調查科高級入境事務主任']), id='hk-immigration-senior-rank-trad'),
    pytest.param('惩教署总惩教主任何志强表示，院所将加强巡查。', 'title', ('何志强', ['惩教署总惩教主任']), id='hk-correctional-rank'),
    pytest.param('懲教署總懲教主任何志強表示，院所將加強巡查。', 'title', ('何志強', ['懲教署總懲教主任']), id='hk-correctional-rank-trad'),
    pytest.param('惩教署高级惩教主任黄美玲介绍更生计划。', 'title', ('黄美玲', ['惩教署高级惩教主任']), id='hk-correctional-senior'),
    pytest.param('懲教署高級懲教主任黃美玲介紹更生計劃。', 'title', ('黃美玲', ['懲教署高級懲教主任']), id='hk-correctional-senior-trad'),
    pytest.param('海关稽查科助理首席贸易管制主任林伟文说，检获大批货物。', 'title', ('林伟文', ['海关稽查科助理首席贸易管制主任']), id='hk-customs-rank'),
    pytest.param('海關稽查科助理首席貿易管制主任林偉文説，檢獲大批貨物。', 'title', ('林偉文', ['海關稽查科助理首席貿易管制主任']), id='hk-customs-rank-trad'),
    pytest.param('治安警察局出入境事务厅首席出入境事务主任梁家辉说明新措施。', 'title', ('梁家辉', ['治安警察局出入境事务厅首席出入境事务主任']), id='macau-immigration-rank'),
    pytest.param('治安警察局出入境事務廳首席出入境事務主任梁家輝説明新措施。', 'title', ('梁家輝', ['治安警察局出入境事務廳首席出入境事務主任']), id='macau-immigration-rank-trad'),
    pytest.param('入境处处长接见高级入境事务主任陈伟明。', 'title', ('陈伟明', ['高级入境事务主任']), id='near-miss-verb-after-post'),
    pytest.param('入境處處長接見高級入境事務主任陳偉明。', 'title', ('陳偉明', ['高級入境事務主任']), id='near-miss-verb-after-post-trad'),
    pytest.param('消防处高级消防区长马志华表示，火警已被扑灭。', 'title', ('马志华', ['消防处高级消防区长']), id='hk-fire-rank'),
    pytest.param('消防處高級消防區長馬志華表示，火警已被撲滅。', 'title', ('馬志華', ['消防處高級消防區長']), id='hk-fire-rank-trad'),
]

ALL = (CUT_NAME_SCHOOL_BODY + SERVICE_BODY_AGAIN_BEFORE_A_POST + DISTRICT_NAME_READ_AS_NUMBER + LEGAL_FORM_BODY_AFTER_A_LIST_MARK
       + AGENCY_NAME_WITH_A_CONJUNCTION + COMPANY_FIELD_POST + SHORT_NAME_AFTER_A_PREPOSITION + RANK_WITH_A_VERB_FIELD)

_XFAIL = {
    "mainland-day-centre-again": "the tagger takes the service body's brand (安宁) for a person in both mentions, so no body is "
                                 "found to carry the title walk over the time word",
    "tw-foundation-co-organiser-arts": "a foundation with a direction word in its name (北岸) after 、 is not found: the slot "
                                       "rule for bodies listed in an organiser slot does not reach it",
    "hk-correctional-rank": "the segmenter cuts the post's last character into the name (教主|任何|志强), so no person is found",
}


def _marked(param):
    reason = _XFAIL.get(param.id.removesuffix("-trad"))
    if reason is None or param.id.removesuffix("-trad") == "mainland-day-centre-again" and param.id.endswith("-trad"):
        return param
    return pytest.param(*param.values, id=param.id, marks=pytest.mark.xfail(strict=True, reason=reason))


ALL = [_marked(param) for param in ALL]
"""Cases that still fail, with why: the tagger's cut of a name or a post, or slot rules that do not reach the body."""


@pytest.mark.parametrize("text, kind, expected", ALL)
def test_organization_title_real_shapes_bank(text, kind, expected):
    record = extract(text)
    if kind == "org":
        assert {_key(o.name) for o in record.organizations} == {_key(name) for name in expected}
    else:
        person, titles = expected
        assert {p.name: [t.text for t in p.titles] for p in record.people}.get(person) == titles
