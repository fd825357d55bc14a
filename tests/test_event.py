"""The event frame on sentences written for these tests: which event an article reports, its name, kind, dates, place and
organisers. Each table holds the construction a rule handles, a near miss it must leave alone, and the other script."""
import pytest

from extractor import extract
from tests.helpers import SHARED_CORPUS, needs_shared


def event_of(text: str):
    return extract(text).event


EVENT_WORD_INSIDE_A_WORD = [
    pytest.param("立法會議員陳志明昨日表示，政府應加快興建公屋。", None, id="議員-is-no-meeting"),
    pytest.param("近百家企业参展，各方展开激烈竞争。市长会见了外宾。", None, id="参展-展开-会见"),
    pytest.param("第十届中国石材展今天在莱州开幕，近百家企业参展。", "第十届中国石材展", id="near-miss-a-real-展"),
    pytest.param("第十屆中國石材展今天在萊州開幕，近百家企業參展。", "第十屆中國石材展", id="traditional"),
]


@pytest.mark.parametrize("text, name", EVENT_WORD_INSIDE_A_WORD)
def test_an_event_word_inside_an_ordinary_word_names_no_event(text, name):
    event = event_of(text)
    assert (event.name if event else None) == name


LONGEST_NAME = [
    pytest.param("5月3日，第三届长江国际灯光节文化旅游推介会在武汉开幕。", "第三届长江国际灯光节文化旅游推介会", "conference", id="festival-inside-the-name"),
    pytest.param("5月3日，西江水利发展大会会议阶段在梧州结束。", "西江水利发展大会", "conference", id="near-miss-a-bare-event-word-after"),
    pytest.param("5月3日，第三屆長江國際燈光節文化旅遊推介會在武漢開幕。", "第三屆長江國際燈光節文化旅遊推介會", "conference", id="traditional"),
]


JOINED = [
    pytest.param("9月9日，第六届中国（宜兴）国际紫砂博览会合作签约仪式暨招商推介会议在宜兴大酒店举行。",
                 "第六届中国（宜兴）国际紫砂博览会合作签约仪式暨招商推介会议", "meeting", id="the-event-word-that-ends-the-part"),
    pytest.param("行政长官出席东湖论坛（澳门）成立十周年研讨会暨东湖论坛（澳门）成立十周年回顾展开幕式。",
                 "东湖论坛（澳门）成立十周年研讨会暨东湖论坛（澳门）成立十周年回顾展", "conference", id="a-bracket-inside-the-joined-name"),
    pytest.param("9月9日，第六屆中國（宜興）國際紫砂博覽會合作簽約儀式暨招商推介會議在宜興大酒店舉行。",
                 "第六屆中國（宜興）國際紫砂博覽會合作簽約儀式暨招商推介會議", "meeting", id="traditional"),
]


@pytest.mark.parametrize("text, name, kind", JOINED)
def test_names_joined_by_暨(text, name, kind):
    event = event_of(text)
    assert (event.name, event.kind) == (name, kind)


@pytest.mark.parametrize("text, name, kind", LONGEST_NAME)
def test_the_longest_name_at_a_start_is_the_name(text, name, kind):
    event = event_of(text)
    assert (event.name, event.kind) == (name, kind)


KINDS = [
    pytest.param("第二届滨江国际田径大奖赛昨晚在滨江体育场举行。", "第二届滨江国际田径大奖赛", "other", id="sports-event"),
    pytest.param("首届东湖国际纪录片节12月5日在武汉开幕。", "首届东湖国际纪录片节", "other", id="festival"),
    pytest.param("第十二届东湖华文书展5月31日在东湖会展中心开幕。", "第十二届东湖华文书展", "fair", id="a-book-fair"),
    pytest.param("第十二屆東湖華文書展5月31日在東湖會展中心開幕。", "第十二屆東湖華文書展", "fair", id="traditional-book-fair"),
    pytest.param("第十二届东湖国际车展5月31日在东湖会展中心开幕。", "第十二届东湖国际车展", "expo", id="near-miss-a-motor-show"),
    pytest.param("今年，第十二届东湖国际车展5月31日在东湖会展中心开幕。", "第十二届东湖国际车展", "expo", id="near-miss-今年-is-no-reporting-period"),
    pytest.param("第九届全省运动会12日在赣州开幕。", "第九届全省运动会", "other", id="games"),
    pytest.param("国务院新闻办公室今天上午举行2024年一季度经济形势新闻发布会。", "2024年一季度经济形势新闻发布会", "press", id="news-conference"),
    pytest.param("3月28日，某某科技在上海举办2024春季新品发布会，推出三款手机。", "2024春季新品发布会", "launch", id="product-launch"),
    pytest.param("3月28日，东湖银行在上海举办2024年客户业务推介会。", "2024年客户业务推介会", "conference", id="near-miss-no-results-word"),
    pytest.param("11月4日晚，第36届中国电影金鸡奖颁奖典礼在厦门举行。", "第36届中国电影金鸡奖颁奖典礼", "ceremony", id="award-ceremony-keeps-its-word"),
    pytest.param("第十届海峡科技论坛开幕典礼在福州举行。", "第十届海峡科技论坛", "forum", id="near-miss-an-opening-ceremony-is-the-occasion"),
    pytest.param("11月25日晚，第60屆金馬獎頒獎典禮在台北舉行。", "第60屆金馬獎頒獎典禮", "ceremony", id="traditional-award-ceremony"),
    pytest.param("特首昨日出席香港總商會周年晚宴並致辭。", "香港總商會周年晚宴", "other", id="traditional-banquet"),
    pytest.param("東湖縣政府昨日在縣府大禮堂舉辦模範母親表揚大會，縣長親自頒獎。", "模範母親表揚大會", "ceremony", id="traditional-a-commendation"),
    pytest.param("东湖县政府昨日在县府大礼堂召开2024年度东湖发展大会。", "2024年度东湖发展大会", "conference", id="near-miss-a-plain-大会"),
    pytest.param("记者从5日召开的第三届桂林米粉产业交易会新闻通报会上获悉，交易会4日开幕。", "第三届桂林米粉产业交易会", "fair",
                 id="a-briefing-on-an-event-reports-the-event"),
    pytest.param("国务院新闻办公室今天上午举行2024年一季度经济形势新闻发布会。", "2024年一季度经济形势新闻发布会", "press", id="near-miss-a-briefing-on-no-event"),
    pytest.param("第四届南岭茶博会昨天举行产业项目说明会暨商贸合作协议签约仪式。", "产业项目说明会暨商贸合作协议签约仪式", "ceremony",
                 id="a-promotion-session-joined-to-a-signing"),
    pytest.param("第二屆濱江國際田徑大獎賽昨晚在濱江體育場舉行。", "第二屆濱江國際田徑大獎賽", "other", id="traditional-sports-event"),
]


@pytest.mark.parametrize("text, name, kind", KINDS)
def test_kind_from_the_event_word(text, name, kind):
    event = event_of(text)
    assert (event.name, event.kind) == (name, kind)


NO_EVENT = [
    pytest.param("新华社北京10月18日电 国家统计局18日发布数据，前三季度国内生产总值同比增长4.8%。\n"
                 "在国务院新闻办公室当天举行的新闻发布会上，国家统计局副局长李明表示，经济运行总体平稳。", id="statistics-release"),
    pytest.param("国务院新闻办公室今天上午举行发布会，国家统计局新闻发言人李明表示，前三季度经济运行总体平稳。", id="bare-news-conference"),
    pytest.param("本报讯 某某科技股份有限公司昨日公布年度业绩，营业收入达到325亿元。\n"
                 "公司董事长王华在当日举行的业绩说明会上表示，将继续加大研发投入。", id="company-results"),
    pytest.param("市中级人民法院20日公开宣判刘某受贿案，对被告人刘某以受贿罪判处无期徒刑。\n法院认为，刘某的行为构成受贿罪。", id="court"),
    pytest.param("国务院办公厅日前印发《关于发展银发经济的意见》，提出26项举措。\n"
                 "《意见》提出，各地要鼓励举办老年运动会、老年艺术节等赛事活动。", id="policy-naming-events-further-on"),
    pytest.param("3月12日，省委书记王明到沿海地区调研，了解经济运行情况。\n调研期间，王明还主持召开座谈会，听取工作汇报。", id="visit"),
    pytest.param("今年1至10月，全市外贸进出口总额达2350亿元，同比增长8.1%。\n"
                 "今年以来，全市组织企业参加广交会、进博会等重点展会120多场次。", id="trade-report"),
    pytest.param("行政長官今日在政府總部會見外國商會代表，就營商環境交換意見。\n會見結束後，他出席一個午宴活動。", id="traditional-visit"),
    pytest.param("东湖银行3日晚间发布公告，一季度实现净利润12.5亿元。公司将于5月10日召开业绩说明会。", id="results-with-a-session-to-come"),
    pytest.param("今年一季度，东湖市共举办各类展会32场，展览面积达50万平方米。其中，第十届东湖国际车展吸引观众30万人次。", id="statistics-with-an-example-event"),
    pytest.param("东湖银行3日举行2023年度业绩发布会，公司实现净利润12.5亿元。", id="a-results-briefing"),
    pytest.param("東湖銀行3日舉行2023年度業績說明會，公司實現淨利潤12.5億元。", id="traditional-a-results-briefing"),
    pytest.param("1至10月，東湖市共舉辦各類展會32場。其中，第十屆東湖國際車展吸引觀眾30萬人次。", id="traditional-statistics-with-an-example-event"),
    pytest.param("東湖銀行3日晚間發布公告，一季度實現淨利潤12.5億元。公司擬於5月10日召開業績說明會。", id="traditional-results-with-a-session-to-come"),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_an_article_that_reports_no_event_has_none(text):
    assert event_of(text) is None


UNNAMED = [
    pytest.param("新华社北京3月28日电 3月28日晚，某某汽车集团在京举办发布会，正式发布首款新能源汽车。", "launch", "--03-28", "某某汽车集团", id="launch"),
    pytest.param("臺東市公所昨天在光明國小禮堂舉辦頒獎典禮，表揚全市運動會選手。", "ceremony", None, "臺東市公所", id="traditional-ceremony"),
    pytest.param("东湖市政府7月21日与南方商会联合总会签署合作备忘录，协助会员企业投资东湖。", "ceremony", None, None, id="signing"),
    pytest.param("新华社北京5月4日电 国务院新闻办公室4日上午举行新闻发布会，介绍一季度外贸情况。", "press", "--05-04", "国务院新闻办公室",
                 id="a-news-conference"),
    pytest.param("2024-05-04 10:00 來源：東湖日報\n東湖市政府昨(3)日舉行記者會，宣布今年夏季將推出消費券。", "press", "2024-05-03", "東湖市政府",
                 id="traditional-記者會"),


    pytest.param("翠峰集團扎根本地多年，致力推動文化發展，其傾力打造的藝術展館更是城中新地標。\n\n「翠峰藝術館」於5月8日假翠峰酒店舉行開幕典禮，"
                 "邀得文化局局長王明主禮。", "ceremony", "--05-08", None, id="traditional-after-a-paragraph-of-background"),
    pytest.param("2026-11-20 08:10\n【本網訊】特區政府昨(19)日下午在政府總部舉行新聞發佈會，公佈「社區消費大獎賞」新一輪活動詳情。", "press",
                 "2026-11-19", None, id="traditional-a-conference-held-before-the-scheme-it-announces"),
    pytest.param("青松图书馆是全市藏书最多的公共图书馆。\n\n新馆3月2日上午举行开馆仪式，市委书记李明出席并剪彩。", "ceremony", "--03-02", None,
                 id="after-a-sentence-of-background"),
]


@pytest.mark.parametrize("text, kind, start, organizer", UNNAMED)
def test_an_unnamed_event_keeps_its_kind_and_place(text, kind, start, organizer):
    event = event_of(text)
    assert event.name is None and event.kind == kind
    if start:
        assert event.start == start
    if organizer:
        assert [o.name for o in event.organizers] == [organizer]


WHICH_EVENT = [
    pytest.param("继上周举行启动仪式，本周迎来重头戏：第五届青少年机器人展开幕。", "第五届青少年机器人展", id="继-tells-an-earlier-event"),
    pytest.param("第三届西江农博会昨天举行项目推介会暨签约仪式，签约项目18个。", "项目推介会暨签约仪式", id="an-event-held-at-another"),
    pytest.param("第三届西江农博会昨天在梧州开幕，签约项目18个。", "第三届西江农博会", id="near-miss-the-fair-itself"),
    pytest.param("第三屆西江農博會昨天舉行項目推介會暨簽約儀式，簽約項目18個。", "項目推介會暨簽約儀式", id="traditional"),
]


@pytest.mark.parametrize("text", [
    pytest.param("本报讯 今年以来，全市经济运行平稳，前三季度地区生产总值同比增长5.1%。\n\n市统计局昨日召开新闻发布会，通报相关数据。",
                 id="figures-first-then-the-conference-that-told-them"),
    pytest.param("本報訊 市長王大明昨日到青山區視察企業復工情況。\n\n青山商會當晚舉行晚宴，宴請會員。", id="trad-a-visit-first"),
    pytest.param("本報訊 議會提案將共25項新增計畫先行動支，總計約300億元。\n\n市府今天中午舉辦記者會，由發言人林小華主持。",
                 id="trad-amounts-first-then-the-conference-where-they-were-discussed"),
])
def test_an_unnamed_event_after_other_news_is_none(text):
    assert extract(text).event is None


@pytest.mark.parametrize("text, name, start", [
    pytest.param("区域数字经济规模可望在2030年达到1万亿美元。\n\n由青山商会与南洋大学联合主办的第六届东盟数字经济论坛，昨天（7月11日）"
                 "在滨海湾会议中心举行。", "第六届东盟数字经济论坛", "--07-11", id="held-after-a-comma-in-the-second-paragraph"),
    pytest.param("澳門文化產業近年發展迅速。\n\n由青山基金會主辦的第三屆澳門文創博覽會，於5月8日在澳門會展中心開幕。",
                 "第三屆澳門文創博覽會", "--05-08", id="trad-opened-after-a-comma-in-the-second-paragraph"),
])
def test_an_event_held_after_a_comma_in_the_second_paragraph(text, name, start):
    event = extract(text).event
    assert (event.name, event.start) == (name, start)


@pytest.mark.parametrize("text, name", WHICH_EVENT)
def test_which_event_the_lead_reports(text, name):
    assert event_of(text).name == name


FULLER_FORM = [
    pytest.param("第三届东湖非遗博览会9日在武汉开幕。\n第三届东湖非物质文化遗产博览会由湖北省文化和旅游厅主办。", "第三届东湖非物质文化遗产博览会", id="abbreviation-then-full"),
    pytest.param("第三届东湖非遗博览会9日在武汉开幕。\n参观第三届东湖非遗博览会的市民络绎不绝。", "第三届东湖非遗博览会", id="near-miss-same-form-again"),
    pytest.param("第三屆東湖非遺博覽會9日在武漢開幕。\n第三屆東湖非物質文化遺產博覽會由湖北省文化和旅遊廳主辦。", "第三屆東湖非物質文化遺產博覽會", id="traditional"),
]


@pytest.mark.parametrize("text, name", FULLER_FORM)
def test_the_name_is_the_first_fully_written_form(text, name):
    assert event_of(text).name == name


ORGANIZERS = [
    pytest.param("由滨江市政府及滨江贸易发展局合办的第八届滨江论坛今日揭幕。", ["滨江市政府", "滨江贸易发展局"], id="合办"),
    pytest.param("由东湖医科大学附属医院参与主办的第三届心血管论坛昨日落幕。", ["东湖医科大学附属医院"], id="参与主办"),
    pytest.param("第三届心血管论坛昨日在滨江开幕，由滨江大学主办，东湖大学协办。", ["滨江大学", "东湖大学"], id="主办-协办"),
    pytest.param("中共中央、国务院9日上午在北京举行全国生态文明建设表彰大会。", ["中共中央", "国务院"], id="holder-with-time-words"),
    pytest.param("本报讯 5月8日，滨江贸易发展局于今早在会展中心举办第三届滨江礼品展。", ["滨江贸易发展局"], id="holder-after-a-comma"),
    pytest.param("本届年会由东湖大学、滨江大学等4所高校联合主办。第十届教育发展年会在东湖举行。", ["东湖大学", "滨江大学"], id="等N所-stripped"),
    pytest.param("柳州市举办的第三届西江茶文化博览会今天开幕。", ["柳州市"], id="X举办的"),
    pytest.param("滨江市政府在中山公园举行的第四届农展会设置展馆。", [], id="near-miss-X在Y举行的"),
    pytest.param("由濱江市政府及濱江貿易發展局合辦的第八屆濱江論壇今日揭幕。", ["濱江市政府", "濱江貿易發展局"], id="traditional-合辦"),
    pytest.param("第五屆青山攝影大賽頒獎典禮昨日舉行。主辦單位翠峰文化基金會董事長林美華表示，今年作品超過400件。", ["翠峰文化基金會"],
                 id="traditional-the-role-label-then-the-body-s-head"),
    pytest.param("第五届青山摄影大赛颁奖典礼昨日举行。主办方青松文化传播有限公司总经理王明表示，今年作品超过400件。", ["青松文化传播有限公司"],
                 id="the-role-label-then-the-body-s-head"),
    pytest.param("第五届青山摄影大赛颁奖典礼昨日举行。主办方代表王明表示，今年作品超过400件。", [], id="near-miss-the-role-s-representative"),
    pytest.param("新华社北京5月8日电 商务部8日上午在北京举办2024中国服务贸易发展论坛。", ["商务部"], id="holder-after-a-dateline"),
    pytest.param("（东湖8日讯）东湖州政府8日在东湖会展中心举办第三届东湖清真美食节。", ["东湖州政府"], id="holder-after-a-bracketed-dateline"),
    pytest.param("〔記者王明／東湖報導〕東湖縣政府今(8)日在縣立體育場舉行2024東湖縣運動會。", ["東湖縣政府"], id="traditional-holder-after-報導"),
    pytest.param("第五届东湖读书节8日开幕。本届读书节由东湖市委宣传部指导，东湖图书馆主办，东湖青少年活动中心协办。",
                 ["东湖图书馆", "东湖青少年活动中心"], id="指导-names-no-organiser-a-library-in-the-slot-does"),
    pytest.param("第五届东湖读书节8日开幕。读书节由东湖图书馆与东湖大学图书馆联合主办。", ["东湖图书馆", "东湖大学图书馆"], id="与-between-two-libraries"),
    pytest.param("第五届东湖读书节8日在东湖图书馆开幕，东湖晨报社支持。", [], id="near-miss-支持-and-a-venue"),
    pytest.param("5月8日，由东湖市人民政府主办，东湖市文化和旅游局承办的2024东湖美食节开幕。", ["东湖市人民政府", "东湖市文化和旅游局"],
                 id="和-inside-a-department-name"),
    pytest.param("5月8日，2024东湖美食节开幕，主办单位为东湖市商务局和东湖饮食行业协会。", ["东湖市商务局", "东湖饮食行业协会"], id="主办单位为-at-the-end"),
    pytest.param("5月8日，2024东湖美食节开幕。主办方东湖市商务局表示，共有200家商户参展。", ["东湖市商务局"], id="主办方-before-a-speech-verb"),
    pytest.param("为期4天的2024东湖清真博览会今日开幕，由东湖州政府主办，东湖清真产业发展机构承办，Lotus Expo Sdn Bhd协办。",
                 ["东湖州政府", "东湖清真产业发展机构", "Lotus Expo Sdn Bhd"], id="an-agency-and-a-latin-company"),
    pytest.param("第五届东湖读书节8日在东湖开幕。\n主办：东湖市人民政府\n承办：东湖市文化和旅游局、东湖图书馆",
                 ["东湖市人民政府", "东湖市文化和旅游局", "东湖图书馆"], id="credit-lines"),
    pytest.param("第五届东湖读书节8日在东湖开幕。\n\n主办：东湖县融媒体中心\n版权所有：东湖县融媒体中心", [], id="near-miss-a-sites-footer"),
    pytest.param("第五屆東湖讀書節8日在東湖開幕。\n主辦單位：東湖市政府\n協辦單位：東湖圖書館", ["東湖市政府", "東湖圖書館"], id="traditional-credit-lines"),
    pytest.param("第十五届全国华乐节8日在怡保开幕，由南洋华乐总会主办，霹雳华乐协会联办。", ["南洋华乐总会", "霹雳华乐协会"], id="联办"),
    pytest.param("「東湖沉船文物展」今日起展出，由東湖文化事務署主辦，國家文物局支持，東湖歷史博物館與南山考古研究中心合辦。",
                 ["東湖文化事務署", "東湖歷史博物館", "南山考古研究中心"], id="traditional-支持-dropped-與-split"),
]


@pytest.mark.parametrize("text, organizers", ORGANIZERS)
def test_organizers(text, organizers):
    assert [o.name for o in event_of(text).organizers] == organizers


DATES = [
    pytest.param("为期三天的第五届数字中国建设峰会于2024年4月28日闭幕。", "2024-04-26", "2024-04-28", id="closing-day-and-length-give-the-start"),
    pytest.param("第三届心血管论坛于2024年9月16日落下帷幕。", None, "2024-09-16", id="closing-day-alone-is-the-end"),
    pytest.param("第十二届中部国际博览会2024年5月25日在长沙开幕，将持续至29日。", "2024-05-25", "2024-05-29", id="持续至"),
    pytest.param("第十二届中部国际博览会（中博会）2024年5月25日在长沙开幕。本届中博会共有1200余家企业参展，中博会将于29日闭幕。",
                 "2024-05-25", "2024-05-29", id="a-later-mention-by-the-short-name"),
    pytest.param("第七屆北港國際燈會2025年1月28日晚間開幕。本屆燈會展出燈組320組，燈會將於二月九日閉幕。",
                 "2025-01-28", "2025-02-09", id="traditional-closing-day-with-its-month"),
    pytest.param("第七屆北港國際燈會2025年1月28日晚間開幕。本屆燈會展出燈組320組，燈會將於9日閉幕。",
                 "2025-01-28", "2025-02-09", id="traditional-closing-day-in-the-next-month"),
    pytest.param("第四届滨海渔业博览会2024年6月12日在滨海开幕。本届渔博会设三个展区，渔博会将于15日在东区举办论坛。",
                 "2024-06-12", None, id="near-miss-a-later-day-that-closes-nothing"),
    pytest.param("第三届东湖非遗博览会2024年10月9日在武汉开幕。本次活动由湖北省文化和旅游厅主办，活动将持续至10月13日。",
                 "2024-10-09", "2024-10-13", id="本次活动-names-the-event"),
    pytest.param("第五届数字峰会2024年4月26日在福州开幕。\n此前举行的青年论坛已于4月20日闭幕。", "2024-04-26", None, id="near-miss-another-event-closes"),
    pytest.param("第五屆濠江國際美食展覽會2024年10月23日開幕，一連四日於旅遊塔舉行。", "2024-10-23", "2024-10-26", id="traditional-一連四日"),
    pytest.param("第九屆嘉義國際花卉展2024年9月25日圓滿閉幕，三天展期吸引逾二十萬人次參觀。", "2024-09-23", "2024-09-25", id="traditional-closing"),
    pytest.param("2024年5月3日，第九届南山省运动会在东湖开幕。本届省运会由南山省人民政府主办。全省约5000名运动员参赛，比赛将持续至5月12日。",
                 "2024-05-03", "2024-05-12", id="持续至-in-the-sentence-after-a-mention"),
    pytest.param("2024年5月3日，第九届南山省运动会在东湖开幕。本届省运会由南山省人民政府主办。市图书馆的书展将于5月12日举行。",
                 "2024-05-03", None, id="near-miss-another-day-in-the-sentence-after"),
    pytest.param("「南海沉船文物展」2024年11月28日起公开展出，展期至2025年3月3日。", "2024-11-28", "2025-03-03", id="起-opens-the-event"),
    pytest.param("「南海沉船文物展」2024年11月28日起公開展出，展期至2025年3月3日。", "2024-11-28", "2025-03-03", id="traditional-起"),
    pytest.param("第三届东湖茶文化节由东湖市茶叶协会主办。茶文化节于2024年5月3日在南山公园开幕，将持续至5月10日。", "2024-05-03", "2024-05-10",
                 id="the-tail-of-the-name-opens-a-clause"),
    pytest.param("第三届东湖茶文化节由东湖市茶叶协会主办。南山灯会于2024年5月3日在南山公园开幕。", None, None, id="near-miss-another-event-word"),
    pytest.param("第三屆東湖茶文化節由東湖市茶葉協會主辦。茶文化節於2024年5月3日在南山公園開幕，將持續至5月10日。", "2024-05-03", "2024-05-10",
                 id="traditional-tail-of-the-name"),
]


@pytest.mark.parametrize("text, start, end", DATES)
def test_event_dates(text, start, end):
    event = event_of(text)
    assert (event.start, event.end) == (start, end)


def test_yesterday_and_until_read_against_the_page_date():
    """今/昨 before a verb of opening are days of the page date; 即日起到 a day sets the end."""
    text = ("2018-09-23 10:00 來源：農業新聞網\n"
            "〔記者王明/嘉義報導〕三縣市聯合舉辦的「嘉南平原花卉博覽會」，昨天在嘉義市立體育館旁熱鬧開幕，即日起到十月十四日。")
    event = event_of(text)
    assert (event.start, event.end) == ("2018-09-22", "2018-10-14")


def test_today_is_the_datelines_day():
    """A story filed on the 12th and posted on the 13th: its 今日 is the 12th."""
    text = ("2024年09月13日 10:15 作者：林明\n"
            "（东湖12日讯）为期4天的“2024东湖清真产品博览会”今日在东湖国际会展中心开幕，吸引来自14个国家的参展商。")
    event = event_of(text)
    assert (event.start, event.end) == ("2024-09-12", "2024-09-15")


NAMES = [
    pytest.param("今年前三季度，东湖共举办各类展会近150场，前三季度全市展会直接收入约30亿元。", None, id="a-kind-of-event-is-no-name"),
    pytest.param("东湖贸易发展局今早在会展中心举办“东湖秋季茶叶、茶具及工艺品展览”。", "东湖秋季茶叶、茶具及工艺品展览", id="a-list-inside-a-quoted-name"),
    pytest.param("县长今天宣布「第三届花莲有机农业博览会」正式开幕。", "第三届花莲有机农业博览会", id="the-name-starts-inside-the-quote"),
    pytest.param("由滨江市政府主办的第三届「丝路数字经济论坛」今日揭幕。", "第三届「丝路数字经济论坛」", id="near-miss-an-edition-before-the-quote"),
    pytest.param("東湖貿易發展局今早在會展中心舉辦「東湖秋季茶葉、茶具及工藝品展覽」。", "東湖秋季茶葉、茶具及工藝品展覽", id="traditional"),
    pytest.param("5月3日，东湖市新闻办公室召开新闻发布会，发布第三届东湖茶文化节筹备情况。", "第三届东湖茶文化节",
                 id="a-verb-opening-the-clause-before-the-edition"),
    pytest.param("5月3日，南湖商会联合总会第30届年会在东湖举行。", "南湖商会联合总会第30届年会", id="near-miss-总会-before-the-edition"),
    pytest.param("5月3日，東湖市新聞辦公室召開新聞發布會，發布第三屆東湖茶文化節籌備情況。", "第三屆東湖茶文化節", id="traditional-verb-before-the-edition"),
]


@pytest.mark.parametrize("text, name", NAMES)
def test_event_names(text, name):
    event = event_of(text)
    assert (event.name if event else None) == name


PLACES = [
    pytest.param("2023全球机器人峰会\n2021-06-23 16:29 来源：科技日报\n6月22日，2023全球机器人峰会正式开幕，众多代表齐聚峰会。\n"
                 "本次峰会由南京市人民政府主办。", "南京", id="a-city-government-organises-it"),
    pytest.param("2023全球机器人峰会\n2021-06-23 16:29 来源：科技日报\n6月22日，2023全球机器人峰会正式开幕，众多代表齐聚峰会。\n"
                 "本次峰会由中国信息通信研究院主办。", None, id="near-miss-no-city-body"),
    pytest.param("2023全球机器人峰会在南京开幕\n2021-06-23 16:29 来源：东湖日报\n6月22日，2023全球机器人峰会正式开幕，众多代表齐聚峰会。",
                 "南京", id="the-headline-says-where"),
    pytest.param("第五届数字经济论坛5月8日在上海开幕。", "上海", id="a-municipality-is-the-city"),
    pytest.param("新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。", "北京", id="a-venue-is-no-city"),
    pytest.param("新华社北京3月28日电 3月28日晚，某某汽车集团在京举办发布会，正式发布首款新能源汽车。", "北京", id="京-is-北京-when-both-are-named"),
    pytest.param("第十届中国—南亚博览会6月6日开幕。", None, id="near-miss-a-world-region-is-no-city"),
    pytest.param("2024-11-20 09:12 来源：狮城日报\n第五届亚洲城市水务论坛11月19日在滨海湾金沙会展中心举行，由公用事业局主办。新加坡组屋、新元、组屋。",
                 "新加坡", id="a-city-states-venue-names-no-city"),
    pytest.param("2024-11-20 09:12 來源：濠江日報\n「2024澳門國際龍舟賽」昨日在南灣湖水上活動中心舉行，澳門特區政府、澳門元、博彩。",
                 "澳門", id="traditional-city-state"),
    pytest.param("（亚罗士打12日讯）2024北马国际清真产品博览会今日在亚罗士打国际会展中心开幕，吉隆坡、令吉、州务大臣。", "亚罗士打",
                 id="a-venue-head-the-dateline-names"),
    pytest.param("第四届农博会签约仪式在汇通国际展览中心举行。", None, id="near-miss-a-venue-head-no-dateline-names"),
    pytest.param("第四届大连农博会签约仪式在汇通国际展览中心举行。", "大连", id="a-city-the-gazetteer-knows-in-the-name"),
    pytest.param("东湖网11月17日烟台讯 10月21日，2015海峡两岸大学校长论坛在鲁东大学学术中心举行。", "烟台", id="a-dateline-place-after-the-day"),
    pytest.param("記者王明 / 桃園報導\n桃園市政府於7月21日與南方商會聯合總會簽署合作備忘錄。", "桃園", id="traditional-a-byline-place"),
    pytest.param("东湖网11月17日讯 10月21日，2015海峡两岸大学校长论坛在鲁东大学学术中心举行。", None, id="near-miss-a-dateline-without-a-place"),
    pytest.param("2023全球機器人峰會在南京開幕\n2021-06-23 16:29 來源：東湖日報\n6月22日，2023全球機器人峰會正式開幕，眾多代表齊聚峰會。",
                 "南京", id="traditional-headline"),
]


@pytest.mark.parametrize("text, city", PLACES)
def test_event_city(text, city):
    location = event_of(text).location
    assert (location.city if location else None) == city


def test_a_day_right_after_a_mention_of_the_event_is_its_own():
    """5日召开的 <event> 通报会 dates the briefing; 本届交易会4日开幕 dates the fair."""
    text = "本报桂林2022年11月5日电 记者从5日召开的第三届桂林米粉产业交易会新闻通报会上获悉，本届交易会4日在桂林国际会展中心开幕，为期四天。"
    event = event_of(text)
    assert (event.name, event.start, event.end) == ("第三届桂林米粉产业交易会", "2022-11-04", "2022-11-07")


THEMES = [
    pytest.param("第五届东湖论坛5月8日在武汉开幕，以“数字赋能 绿色发展”为主题。", "数字赋能 绿色发展", id="以-为主题"),
    pytest.param("今年臺中農業博覽會，以「綠色農業新生活」為主軸，規劃有三個主題館。", "綠色農業新生活", id="traditional-為主軸"),
    pytest.param("第五届东湖论坛5月8日在武汉开幕，以“数字赋能”为主题的青年沙龙同期举行。", None, id="near-miss-another-activity's-theme"),
]


@pytest.mark.parametrize("text, theme", THEMES)
def test_theme(text, theme):
    assert event_of(text).theme == theme


def page(body: str, date: str = "2026-05-09") -> str:
    """A short page: headline, date line, body."""
    return f"本地新闻\n{date} 来源：本地新闻网\n\n{body}\n"


def test_a_short_name_the_text_gives_in_full_is_named_in_full_and_dated_from_its_lead():
    for text, name in [
        (page("本报松川5月8日讯 松川梨博会8日在松川会展中心开幕。本届展会全称为第三届中国（松川）国际梨产业博览会，为期三天。"),
         "第三届中国（松川）国际梨产业博览会"),
        (page("本報松川5月8日訊 松川梨博會8日在松川會展中心開幕。本屆展會全稱為第三屆中國（松川）國際梨產業博覽會，為期三天。"),
         "第三屆中國（松川）國際梨產業博覽會"),
    ]:
        event = event_of(text)
        assert (event.name, str(event.start), str(event.end)) == (name, "2026-05-08", "2026-05-10")
    # near miss: a longer event named later that the text does not call the full name stays another event
    event = event_of(page("本报讯 5月8日，松川梨博会在松川会展中心开幕。同期还将举办松川国际果品博览会。"))
    assert event.name == "松川梨博会"


def test_a_dateline_ends_before_the_name():
    for text, name in [
        (page("（槟城8日讯）第七届国际椰林音乐节今日在槟城海滨公园开幕。"), "第七届国际椰林音乐节"),
        (page("（檳城8日訊）第七屆國際椰林音樂節今日在檳城海濱公園開幕。"), "第七屆國際椰林音樂節"),
    ]:
        assert event_of(text).name == name


@pytest.mark.parametrize("verb", ["开打", "开赛", "鸣枪", "开跑"])
def test_a_sports_event_opens_with_its_own_verbs(verb):
    event = event_of(page(f"（槟城8日讯）2026年全国少年乒乓球锦标赛今日在槟城体育馆{verb}，共有300名选手参赛。"))
    assert (event.name, str(event.start)) == ("2026年全国少年乒乓球锦标赛", "2026-05-08")


def test_today_is_the_day_of_a_dateline_the_cleaning_blanked():
    for text in [page("本报松川5月8日讯（记者 林东）2026松川国际马拉松今天上午鸣枪开跑，2万名跑者参赛。"),
                 page("本報松川5月8日訊（記者 林東）2026松川國際馬拉松今天上午鳴槍開跑，2萬名跑者參賽。")]:
        assert str(event_of(text).start) == "2026-05-08"


@pytest.mark.parametrize("body, city", [
    pytest.param("本报讯 2026年松川年货展销会19日在松川县体育馆开幕。", "松川县", id="a-venue-opens-with-a-county"),
    pytest.param("本報訊 2026年松川年貨展銷會19日在松川縣體育館開幕。", "松川縣", id="traditional"),
    pytest.param("本报讯 第三届高原民歌节23日在北川羌族自治县举行。", "北川羌族自治县", id="an-autonomous-county"),
    pytest.param("本报讯 第三届高原民歌节23日在临江县举行。", "临江县", id="a-place-and-its-level"),
])
def test_a_place_keeps_the_level_written_after_it(body, city):
    assert event_of(page(body)).location.city == city


def test_a_venue_without_a_level_names_no_city():
    location = event_of(page("本报讯 第五届年货展销会19日在星河体育馆开幕。")).location
    assert (location.text, location.city) == (None, None)


@pytest.mark.parametrize("body, start", [
    pytest.param("本报讯 松川市政府今天上午召开新闻发布会，宣布松川公园将于5月20日起免费开放。", "2026-05-09", id="today-then-the-news"),
    pytest.param("本報訊 松川市政府今天上午召開記者會，宣布松川公園將於5月20日起免費開放。", "2026-05-09", id="traditional"),
    pytest.param("本报讯 松川市政府5月8日召开新闻发布会，宣布松川公园将于5月20日起免费开放。", "2026-05-08", id="a-written-day"),
])
def test_a_news_conference_is_on_the_day_its_own_clause_gives(body, start):
    event = event_of(page(body))
    assert (event.kind, str(event.start)) == ("press", start)


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 4月7日，松川市政府召开第12次常务会议，研究部署防汛工作。", None, id="a-government-standing-session"),
    pytest.param("本報訊 4月7日，松川市政府召開第12次常務會議，研究部署防汛工作。", None, id="traditional"),
    pytest.param("本报讯 4月7日，县委召开常委扩大会议，传达学习全省农村工作会议精神。", None, id="a-meeting-s-spirit-is-studied"),
    pytest.param("本報訊 台中市長今（7）日在市政會議中表示，市府將投入5億元改善校園設施。", None, id="taiwan-city-council-session"),
    pytest.param("本報訊 行政院院會今天通過「國土計畫法」修正草案，將送立法院審議。", None, id="taiwan-cabinet-session"),
    pytest.param("本報訊 交通部今天召開部務會議，討論春節疏運計畫。", None, id="a-ministry-s-weekly-session"),
    pytest.param("本报讯 4月7日，全省农村工作会议在松川召开。", "全省农村工作会议", id="near-miss-the-meeting-itself"),
])
def test_a_body_s_standing_session_is_no_event(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, name, start, end", [
    pytest.param("本报讯 4月10日，《云上松川》书画作品展在松川市美术馆开展，展览将持续至5月10日。",
                 "《云上松川》书画作品展", "2026-04-10", "2026-05-10", id="a-title-opens-the-name"),
    pytest.param("本報訊 4月10日，《雲上松川》書畫作品展在松川市美術館開展，展覽將持續至5月10日。",
                 "《雲上松川》書畫作品展", "2026-04-10", "2026-05-10", id="traditional"),
    pytest.param("本报讯 4月10日，松川市举办《第三届松川书画作品展》，展览将持续至5月10日。",
                 "第三届松川书画作品展", "2026-04-10", "2026-05-10", id="near-miss-a-whole-name-in-title-marks"),
])
def test_a_name_may_open_with_a_title_in_title_marks(body, name, start, end):
    event = event_of(page(body))
    assert (event.name, str(event.start), str(event.end)) == (name, start, end)


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 近日，省政府办公厅印发《关于促进会展业发展的实施意见》，提出支持各地举办特色展会。", None, id="a-policy-asks-for-events"),
    pytest.param("本報訊 近日，省政府辦公廳印發《關於促進會展業發展的實施意見》，提出鼓勵各地舉辦特色展會。", None, id="traditional"),
    pytest.param("本报讯 5月8日，松川市在松川广场举办特色展会。", "特色展会", id="near-miss-an-event-held"),
])
def test_an_event_a_policy_asks_for_is_not_held(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, name, organizer", [
    pytest.param("本报讯 4月26日，由松川县人民政府主办的第六届松川茶文化旅游节在松川县城开幕。", "第六届松川茶文化旅游节", "松川县人民政府",
                 id="旅游节"),
    pytest.param("本報訊 4月26日，由松川縣人民政府主辦的第六屆松川茶文化旅遊節在松川縣城開幕。", "第六屆松川茶文化旅遊節", "松川縣人民政府",
                 id="traditional"),
])
def test_a_long_verbal_noun_ending_in_an_event_word_heads_a_name(body, name, organizer):
    event = event_of(page(body))
    assert (event.name, [o.name for o in event.organizers]) == (name, [organizer])


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 8月16日，2026松川围棋邀请赛在松川体育馆开赛。松川电视台、松川市围棋协会作为主办方，邀请了16名棋手参赛。",
                 ["松川电视台", "松川市围棋协会"], id="作为主办方"),
    pytest.param("本報訊 8月16日，2026松川圍棋邀請賽在松川體育館開賽。松川電視台、松川市圍棋協會作為主辦方，邀請了16名棋手參賽。",
                 ["松川電視台", "松川市圍棋協會"], id="traditional"),
    pytest.param("本报讯 8月16日，第五届松川青年论坛在松川大学开幕，由松川县政府与松川青年交流协会携手举办。",
                 ["松川县政府", "松川青年交流协会"], id="携手举办"),
    pytest.param("本报讯 8月16日，第五届松川青年论坛在松川大学开幕。松川县政府与松川青年交流协会携手举办本届论坛。",
                 ["松川县政府", "松川青年交流协会"], id="携手举办-as-a-clause"),
])
def test_organisers_named_as_the_organising_side_or_joining_hands(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, name, start", [
    pytest.param("本报讯 2月9日晚，2026松川新春灯会正式点亮，将持续至3月5日。", "2026松川新春灯会", "2026-02-09", id="a-lantern-fair-lights-up"),
    pytest.param("本報訊 2月9日晚，2026松川新春燈會正式點亮，將持續至3月5日。", "2026松川新春燈會", "2026-02-09", id="traditional"),
    pytest.param("本报讯 2月9日，第三届松川庙会在松川古镇开园。", "第三届松川庙会", "2026-02-09", id="a-temple-fair-opens"),
])
def test_lantern_and_temple_fairs_are_events(body, name, start):
    event = event_of(page(body))
    assert (event.name, event.kind, str(event.start)) == (name, "other", start)


def test_what_a_briefing_announces_is_named_without_the_announcing_verb():
    event = event_of(page("本报讯 松川市政府今天召开记者会，宣布2026松川新春灯会将于2月20日在松川公园登场。"))
    assert (event.name, str(event.start)) == ("2026松川新春灯会", "2026-02-20")


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 10月25日，第三届松川社会学论坛在松川师范学院开幕，由松川市社会学会主办，松川师范学院社会学系承办。",
                 ["松川市社会学会", "松川师范学院社会学系"], id="a-university-department"),
    pytest.param("本報訊 10月25日，第三屆松川社會學論壇在松川師範學院開幕，由松川市社會學會主辦，松川師範學院社會學系承辦。",
                 ["松川市社會學會", "松川師範學院社會學系"], id="traditional"),
    pytest.param("本报讯 11月10日，第三届松川航空博览会开幕。本届博览会由国家有关部委、松川市人民政府等单位主办。",
                 ["松川市人民政府"], id="bodies-not-named"),
])
def test_organisers_a_department_counts_and_unnamed_bodies_do_not(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 5月1日，首届松川乡村音乐节开幕，由松川区委宣传部和松川区文化和旅游局联合主办。",
                 ["松川区委宣传部", "松川区文化和旅游局"], id="和-between-and-inside-names"),
    pytest.param("本報訊 5月1日，首屆松川鄉村音樂節開幕，由松川區委宣傳部和松川區文化和旅遊局聯合主辦。",
                 ["松川區委宣傳部", "松川區文化和旅遊局"], id="traditional"),
    pytest.param("本报讯 5月1日，首届松川乡村音乐节开幕，由松川区文化和旅游局主办。", ["松川区文化和旅游局"], id="near-miss-和-inside-one-name"),
])
def test_a_list_splits_at_和_only_between_bodies(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body", [
    pytest.param("本报讯 在昨天召开的全市优化营商环境工作会议上，市长陈宏提出，今年要新增市场主体3万户。", id="在-a-meeting-上-something-is-said"),
    pytest.param("本报讯 记者从6月10日召开的全省一季度经济运行新闻发布会上获悉，一季度全省地区生产总值同比增长5.6%。", id="figures-learnt-at-a-briefing"),
    pytest.param("本報訊 在昨天召開的全市優化營商環境工作會議上，市長陳宏提出，今年要新增市場主體3萬戶。", id="traditional-在-a-meeting-上"),
])
def test_a_meeting_named_as_where_news_was_told_is_no_event(body):
    assert event_of(page(body)) is None


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 青禾电力股份有限公司6月10日召开2024年度股东大会，审议通过利润分配方案，每10股派发现金红利2元。", "2024年度股东大会",
                 id="a-shareholders-meeting"),
    pytest.param("本報訊 青禾電力股份有限公司6月10日召開2024年度股東大會，審議通過利潤分配方案。", "2024年度股東大會",
                 id="traditional-shareholders-meeting"),
])
def test_a_shareholders_meeting_held_is_a_meeting_named_by_its_year(body, name):
    event = event_of(page(body))
    assert (event.kind, event.name, [o.name for o in event.organizers]) == ("meeting", name, [body[4:14]])


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 6月10日，青禾市召开全市安全生产工作会议。副市长李华出席会议并讲话。", "全市安全生产工作会议", id="near-miss-the-meeting-held"),
    pytest.param("本报讯 6月10日，全市安全生产工作会议上午在青禾召开。", "全市安全生产工作会议", id="near-miss-上午-after-the-name"),
])
def test_a_meeting_held_is_an_event(body, name):
    assert event_of(page(body)).name == name


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 6月10日上午，青禾市第一人民医院新院区举行揭牌仪式，市长陈宏出席并讲话。", None, id="揭牌仪式"),
    pytest.param("本报讯 6月10日，青禾大桥工程举行动土典礼，项目总投资12亿元。", None, id="动土典礼"),
    pytest.param("本報訊 澄江國際機場第二航廈昨(10)日舉行啟用典禮，縣長王大明主持。", None, id="traditional-啟用典禮"),
    pytest.param("本报讯 6月10日，青禾市重大项目集中开工仪式在青禾高新区举行。", "青禾市重大项目集中开工仪式", id="near-miss-a-named-ceremony"),
    pytest.param("本报讯 6月10日，2025青禾读书月启动仪式在青禾图书馆举行。", "2025青禾读书月启动仪式", id="near-miss-a-named-launch-ceremony"),
])
def test_a_ceremony_named_by_its_act_alone_is_unnamed(body, name):
    event = event_of(page(body))
    assert (event.name, event.kind) == (name, "ceremony")


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 6月10日，第三届东兴进博会开幕。第三届中国（东兴）进口商品博览会由东兴市人民政府主办。",
                 "第三届中国（东兴）进口商品博览会", id="博会-written-out"),
    pytest.param("本报讯 6月10日，2025青禾投洽会开幕。2025中国（青禾）投资贸易洽谈会由青禾市人民政府主办。",
                 "2025中国（青禾）投资贸易洽谈会", id="洽会-written-out"),
    pytest.param("本報訊 第十屆澄江農博會昨日開幕。第十屆澄江國際農業博覽會為期三天，由澄江縣政府主辦。",
                 "第十屆澄江國際農業博覽會", id="traditional-農博會"),
    pytest.param("本报讯 6月10日，第三届青禾科交会开幕。同期举办的青禾国际文化博览会吸引了众多市民。", "第三届青禾科交会",
                 id="near-miss-another-fair-later"),
])
def test_a_contracted_event_word_written_out_later_gives_the_name(body, name):
    assert event_of(page(body)).name == name


@pytest.mark.parametrize("body, edition", [
    pytest.param("本报讯 6月10日，澄江省第十五届运动会在青禾开幕。", 15, id="after-a-province"),
    pytest.param("本报讯 6月10日，首届青禾国际咖啡博览会在青禾开幕。", 1, id="首届"),
    pytest.param("本报讯 6月10日，2025年（第十二届）青禾国际车展在青禾开幕。", 12, id="in-brackets-after-the-year"),
    pytest.param("本報訊 澄江商會聯合總會第三十屆年會昨日在高雄舉行。", 30, id="traditional-after-a-body"),
    pytest.param("本报讯 6月10日，2025青禾国际车展在青禾开幕。", None, id="near-miss-a-year-is-no-edition"),
])
def test_the_edition_anywhere_in_the_name(body, edition):
    assert event_of(page(body)).edition == edition


@pytest.mark.parametrize("body, city", [
    pytest.param("新华社青禾6月10日电 第三届青禾国际茶叶博览会10日开幕。", "青禾", id="新华社-place-no-tagger-knows"),
    pytest.param("据新华社青禾6月10日电 第三届青禾国际动漫节10日开幕。", "青禾", id="据新华社"),
    pytest.param("本报青禾讯 6月10日，第五届青禾樱桃节开幕。", "青禾", id="本报X讯-without-a-day"),
    pytest.param("【青禾讯】6月10日，第五届青禾樱桃节开幕。", "青禾", id="bracketed-X讯"),
    pytest.param("【澄江訊】第五屆青禾櫻桃節昨日開幕。", "澄江", id="traditional-bracketed-X訊"),
    pytest.param("【新华网讯】6月10日，第五届青禾樱桃节开幕。", None, id="near-miss-a-site-is-no-place"),
    pytest.param("新华社吉隆坡6月10日电 第五届东盟华商论坛10日在此间开幕。", "吉隆坡", id="此间-is-the-datelines-city"),
    pytest.param("本报讯 6月10日，第九届国际智能制造大会在青禾市高新区举行。", "青禾市", id="a-city-with-its-level-opens-the-place"),
    pytest.param("本报讯 6月10日，第九届国际智能制造大会在青禾市举行。", "青禾市", id="a-city-with-its-level"),
    pytest.param("新华社东京6月10日电 第二届中日青年论坛10日在此间举行。", "东京", id="near-miss-two-countries-in-the-name"),
    pytest.param("中央社記者王明東京10日電 第五屆台日產業合作論壇今天在東京舉行。", "東京", id="traditional-two-countries-in-the-name"),
])
def test_the_city_from_a_dateline_or_a_place_with_its_level(body, city):
    location = event_of(page(body)).location
    assert (location.city if location else None) == city


def test_a_dateline_with_no_day_is_not_part_of_the_name():
    assert event_of(page("据新华社电 第三届澄江国际动漫节10日在澄江开幕。")).name == "第三届澄江国际动漫节"


@pytest.mark.parametrize("body, city, province, country", [
    pytest.param("本报讯 6月10日，第三届东盟博览论坛在南宁开幕。", "南宁", "广西", "中国", id="a-mainland-city"),
    pytest.param("本報訊 6月10日，第三屆東盟博覽論壇在南寧開幕。", "南寧", "廣西", "中國", id="traditional-mainland-city"),
    pytest.param("本报讯 6月10日，第五届数字经济论坛在上海开幕。", "上海", None, "中国", id="a-municipality-has-no-province"),
    pytest.param("本報訊 第十屆香港國際茶展昨日在灣仔會議展覽中心開幕。", "香港", None, "中國", id="a-hong-kong-district-is-in-hong-kong"),
    pytest.param("本報訊 第五屆高雄海洋博覽會昨(10)日在高雄展覽館開幕。", "高雄", None, "臺灣", id="a-taiwan-city"),
    pytest.param("本报讯 6月10日，第五届东盟华商论坛在马来西亚吉隆坡开幕。", "吉隆坡", None, "马来西亚", id="a-country-written-before-its-city"),
    pytest.param("（怡保10日讯）第五届霹雳美食嘉年华今日在怡保开幕。", "怡保", "霹雳", "马来西亚", id="a-malaysian-town-and-its-state"),
    pytest.param("本报讯 6月10日，第二届中日青年论坛在东京举办。", "东京", None, "日本", id="a-city-abroad"),
    pytest.param("本报讯 6月10日，第五届太原能源论坛冰岛主宾国活动在太原举行。", "太原", "山西", "中国", id="near-miss-a-country-in-the-name"),
])
def test_province_and_country_of_the_event_city(body, city, province, country):
    location = event_of(page(body)).location
    assert (location.city, location.province, location.country) == (city, province, country)


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 第三届青禾文化产业博览会6月10日开幕。指导单位：澄江省商务厅；主办单位：青禾市人民政府；支持单位：青禾银行",
                 ["青禾市人民政府"], id="slots-on-one-line-指导-and-支持-dropped"),
    pytest.param("本報訊 第三屆澄江文化節昨日開幕。主辦單位為澄江縣政府，協辦單位為澄江縣農會、澄江青年商會。",
                 ["澄江縣政府", "澄江縣農會", "澄江青年商會"], id="traditional-a-sentence-opening-with-the-slot"),
    pytest.param("本报讯 第三届青禾文化产业博览会6月10日开幕。\n（主办单位：青禾市人民政府  承办单位：青禾会展集团有限公司）",
                 ["青禾市人民政府", "青禾会展集团有限公司"], id="bracketed-credits-split-at-spaces"),
    pytest.param("本报讯 第三届青禾文化产业博览会6月10日开幕。\n主办：青禾市人民政府  协办：青禾日报社",
                 ["青禾市人民政府", "青禾日报社"], id="credits-on-one-line"),
    pytest.param("本报讯 第三届青禾文化产业博览会6月10日开幕，由青禾市人民政府牵头主办。", ["青禾市人民政府"], id="牵头主办"),
    pytest.param("本报讯 6月10日，青禾市商务局和青禾市贸促会在青禾国际会展中心联合举办2025青禾外贸对接会。",
                 ["青禾市商务局", "青禾市贸促会"], id="the-place-before-联合举办-is-no-part-of-the-name"),
    pytest.param("本报讯 第三届青禾国际论坛6月10日开幕。本届论坛由青禾大学主办，并得到青禾市人民政府支持。", ["青禾大学"],
                 id="near-miss-a-supporter-is-no-organiser"),
])
def test_organisers_in_slots_and_lists(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, start, end", [
    pytest.param("本報訊 第五屆澄江國際書展於一一四年六月八日開幕，為期五天。縣府表示，今年參展書商增加。", "2025-06-08", "2025-06-12",
                 id="traditional-an-ROC-year-in-numerals"),
    pytest.param("本報訊 第五屆澄江國際書展於114年6月8日開幕，為期五天。", "2025-06-08", "2025-06-12", id="traditional-an-ROC-year-in-digits"),
    pytest.param("本報訊 第五屆澄江美食節昨晚熱鬧登場，活動將持續至本週日（6月15日）。", "2026-05-08", "2026-06-15",
                 id="traditional-until-a-weekday-the-bracket-spells-out"),
    pytest.param("本报讯 第五届青禾美食节昨晚开幕，活动将持续至本周日（5月10日）。", "2026-05-08", "2026-05-10", id="until-a-weekday"),
    pytest.param("本报讯 为期四天的第五届青禾医药博览会9日落幕。", "2026-05-06", "2026-05-09", id="the-start-from-the-end-and-the-length"),
    pytest.param("本报讯 第五届青禾医药博览会6日开幕，至9日闭幕。", "2026-05-06", "2026-05-09", id="至-a-day-闭幕"),
])
def test_event_start_and_end(body, start, end):
    event = event_of(page(body))
    assert (str(event.start), str(event.end)) == (start, end)


def test_a_venue_a_tagger_calls_a_place_is_no_city():
    assert event_of(page("本报讯 第五届青禾书画展5月8日在青禾美术馆开展，将展出至7月31日。")).location.city is None


def test_organisers_named_after_the_short_name_bracketed_after_the_event():
    event = event_of(page("新华社合肥5月8日电 第三届长三角数字文旅博览会（简称“数文会”）8日在合肥开幕。"
                          "本届数文会由安徽省文化和旅游厅、合肥市人民政府共同主办，为期三天。"))
    assert [o.name for o in event.organizers] == ["安徽省文化和旅游厅", "合肥市人民政府"]


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 5月8日上午，青禾高新区与深圳华芯科技有限公司在青禾举行项目签约仪式。", [], id="the-two-sides-of-a-signing"),
    pytest.param("本報訊 青禾高新區與深圳華芯科技有限公司昨日舉行項目簽約儀式。", [], id="traditional"),
    pytest.param("本报讯 5月8日，青禾市人民政府举行2026年重大项目集中签约仪式。", ["青禾市人民政府"], id="near-miss-one-body-holds-a-signing"),
])
def test_the_sides_of_a_signing_are_no_organisers(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, name", [
    pytest.param("（新加坡讯）第十五届新加坡国际水周昨天在滨海湾金沙会展中心开幕。", "第十五届新加坡国际水周", id="a-water-week-after-a-bracketed-dateline"),
    pytest.param("本報訊 澳門特區政府文化局昨日在塔石藝文館舉行「澳門非遺周」開幕儀式。", "澳門非遺周", id="traditional-a-heritage-week"),
    pytest.param("本报讯 5月8日，2026青禾国际时装周在青禾开幕。", "2026青禾国际时装周", id="a-fashion-week"),
    pytest.param("本报讯 上周，青禾市举办各类展会3场。", None, id="near-miss-上周-is-no-event"),
])
def test_weeks_are_events(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, city", [
    pytest.param("（新加坡讯）第十五届新加坡国际水周昨天在滨海湾金沙会展中心开幕。", "新加坡", id="a-place-inside-a-venue-no-list-knows"),
    pytest.param("新华社合肥5月8日电 第三届长三角数字文旅博览会8日在合肥滨湖国际会展中心开幕。", "合肥", id="a-known-city-heads-the-venue"),
])
def test_the_datelines_city_over_a_district_inside_a_venue_name(body, city):
    assert event_of(page(body)).location.city == city


def test_segments_listed_after_a_verb_of_setting_up():
    event = event_of(page("本报讯 第三届青禾文旅博览会5月8日开幕。展会设置数字文旅、智慧景区、文创消费三大展区。"))
    assert event.segments == ["数字文旅", "智慧景区", "文创消费"]


@pytest.mark.parametrize("body, name, kind", [
    pytest.param("本报讯 广交会10日在广州开幕，本届展会为期五天。", "广交会", "fair", id="one-character-and-交会"),
    pytest.param("本报讯 东博会将于9月17日在南宁开幕。第22届中国—东盟博览会由中国和东盟各国政府经贸主管部门共同主办。",
                 "第22届中国—东盟博览会", "expo", id="one-character-and-博会-written-out-later"),
    pytest.param("本報訊 廣交會10日在廣州開幕，本屆展會為期五天。", "廣交會", "fair", id="traditional"),
])
def test_a_short_name_of_one_character_and_a_contracted_event_word(body, name, kind):
    event = event_of(page(body))
    assert (event.name, event.kind) == (name, kind)


@pytest.mark.parametrize("body", [
    pytest.param("本报讯 记者从市商务局获悉，今年以来全市企业赴广交会参展意愿强烈，报名企业达320家。", id="a-trade-report-after-获悉"),
    pytest.param("本报讯 据市统计局统计，今年1至5月，全市企业赴广交会等展会参展120场次。", id="a-statistics-report-after-据-统计"),
])
def test_a_report_whose_lead_opens_with_its_period_after_its_source_has_no_event(body):
    assert event_of(page(body)) is None


@pytest.mark.parametrize("body, name, kind", [
    pytest.param("本报讯 5月8日晚，第二十届泉州南音艺术节颁奖晚会在泉州大剧院举行。", "第二十届泉州南音艺术节颁奖晚会", "ceremony",
                 id="an-award-ceremony-after-a-festival"),
    pytest.param("本報訊 第二十屆泉州南音藝術節頒獎典禮昨晚在泉州大劇院舉行。", "第二十屆泉州南音藝術節頒獎典禮", "ceremony", id="traditional"),
    pytest.param("本报讯 5月8日晚，第二十届泉州南音艺术节开幕式在泉州大剧院举行。", "第二十届泉州南音艺术节", "other",
                 id="near-miss-an-opening-is-the-occasion"),
])
def test_an_award_ceremony_keeps_its_word_after_the_events_name(body, name, kind):
    event = event_of(page(body))
    assert (event.name, event.kind) == (name, kind)


@pytest.mark.parametrize("body, name, city", [
    pytest.param("本报讯 5月8日，温州市召开全市经济运行分析会。会议指出，1至4月全市经济运行总体平稳。", "全市经济运行分析会", "温州",
                 id="an-analysis-meeting"),
    pytest.param("本报讯 5月8日，绍兴市召开会议，部署全市夏季安全生产工作。副市长陈立出席会议并讲话。", None, "绍兴",
                 id="an-unnamed-meeting-a-city-holds"),
])
def test_meetings_a_city_holds(body, name, city):
    event = event_of(page(body))
    assert (event.name, event.kind, event.location.city) == (name, "meeting", city)


@pytest.mark.parametrize("body, city, province, country", [
    pytest.param("本报讯 5月8日，第五届社区文化节在朝阳区举行。", "朝阳区", None, "中国", id="a-district-is-no-city-of-its-name"),
    pytest.param("本報訊 第五屆社區藝術節昨日在信義區舉行。", "信義區", None, "臺灣", id="traditional-a-district-alone"),
    pytest.param("本报讯 5月8日，第五届长江文化论坛在武汉市武昌区举行。", "武汉市", "湖北", "中国", id="a-city-and-its-district"),
    pytest.param("本報訊 第十屆港澳青年論壇昨日在澳門旅遊塔會展中心舉行。", "澳門", None, "中國", id="traditional-港澳-is-no-city"),
    pytest.param("本报讯 5月8日，2026年夏季达沃斯论坛在天津开幕，广州等城市代表参加。", "天津", None, "中国",
                 id="a-municipality-first-is-the-city-a-brand-abroad-is-not"),
])
def test_districts_regions_and_municipalities(body, city, province, country):
    location = event_of(page(body)).location
    assert (location.city, location.province, location.country) == (city, province, country)


def test_credit_lines_with_the_events_word_before_the_role():
    event = event_of(page("本報訊 2026桃園農業博覽會昨日開幕。\n\n活動主辦：桃園市政府農業局\n活動協辦：桃園市農會"))
    assert [(o.name, o.role) for o in event.organizers] == [("桃園市政府農業局", "organizer"), ("桃園市農會", "co-organizer")]


@pytest.mark.parametrize("body, name, city", [
    pytest.param("本报讯 5月8日，泉州市人民政府与厦门大学在泉州签署战略合作框架协议。", None, "泉州", id="where-a-signing-is-signed"),
    pytest.param("本报讯 5月8日上午，无锡市新吴区举行重大项目集中签约仪式，共签约项目26个。", "重大项目集中签约仪式", "无锡市",
                 id="a-district-of-a-city-holds-it"),
    pytest.param("本報訊 高雄市長昨日主持高雄捷運黃線動土典禮。", "高雄捷運黃線動土典禮", "高雄", id="traditional-a-name-after-主持"),
    pytest.param("本报讯 5月8日，各市县召开安全生产工作会议。", "安全生产工作会议", None, id="near-miss-各市县-is-no-city"),
])
def test_ceremonies_and_meetings_held_by_a_place(body, name, city):
    event = event_of(page(body))
    assert (event.name, event.location.city) == (name, city)


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 5月9日，松川市中级人民法院开庭审理一起诈骗案，被告人以承办“松川国际美食节”为名骗取押金120万元。", None,
                 id="a-court-item-names-a-festival"),
    pytest.param("本報訊 松川地方法院昨（9）日宣判一起詐欺案，被告假借籌辦「國際音樂節」名義詐取贊助金。", None, id="traditional-court"),
    pytest.param("本报讯 近日，省商务厅印发《关于推动外贸稳规模的若干措施》，提出要用好第五届中国国际进口博览会等平台。", None,
                 id="a-policy-cites-an-expo-by-its-edition"),
    pytest.param("本报讯 5月9日，松川市中级人民法院在松川广场举办第三届法治文化节，现场开展模拟庭审。", "第三届法治文化节",
                 id="near-miss-a-court-holds-an-event"),
    pytest.param("本報訊 松川市政府昨（9）日在市府大禮堂舉辦第三屆法治文化節，現場開展模擬庭審。", "第三屆法治文化節",
                 id="near-miss-traditional-an-event-held-with-a-case-word"),
])
def test_a_case_or_policy_lead_reports_only_an_event_it_says_is_held(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, expected", [
    pytest.param("（澳門訊）司警昨日召開記者會，指破獲一個電話詐騙集團，拘捕5名男子。", None, id="traditional-police-news-conference"),
    pytest.param("本报讯 市公安局今天召开新闻发布会，通报破获一起特大电信诈骗案，抓获嫌疑人32名。", None, id="police-news-conference"),
    pytest.param("本报讯 市政府今天召开新闻发布会，介绍今年夏季消费券发放安排。", "press", id="near-miss-a-news-conference-on-a-plan"),
])
def test_a_news_conference_on_a_case_is_a_police_item(body, expected):
    event = event_of(page(body))
    assert (event.kind if event else None) == expected


@pytest.mark.parametrize("body, name", [
    pytest.param("行政院昨(9)日通過《數位發展推動方案》。方案延續去年舉辦的全國數位發展論壇共識。", None, id="traditional-去年舉辦的"),
    pytest.param("本报讯 省政府出台《会展业发展规划》，总结了上届在松川举办的中国会展经济论坛经验。", None, id="上届在X举办的"),
    pytest.param("本报讯 今天举办的第三届松川会展经济论坛吸引300人参会。", "第三届松川会展经济论坛", id="near-miss-今天举办的"),
])
def test_an_event_held_in_the_past_is_not_the_one_reported(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, organizers", [
    pytest.param("（怡保3日讯）第八届霹雳华人文化节将于本月15日举行，主办单位霹雳中华大会堂今日召开新闻发布会公布详情。", ["霹雳中华大会堂"],
                 id="主办单位X-before-a-time-word"),
    pytest.param("（怡保3日訊）第八屆霹靂華人文化節將於本月15日舉行，主辦單位霹靂中華大會堂今日召開新聞發布會公布詳情。", ["霹靂中華大會堂"],
                 id="traditional"),
    pytest.param("（怡保3日讯）第八届霹雳华人文化节将于本月15日举行，主办单位领导今日出席新闻发布会。", [], id="near-miss-no-body-after-the-role"),
    pytest.param("本报讯 省商务厅主办、松川市人民政府承办的第六届海峡渔业博览会昨日开幕。", ["省商务厅", "松川市人民政府"], id="A主办、B承办的"),
    pytest.param("本報訊 經濟部主辦、工業技術研究院承辦的2025智慧製造論壇今（16）日登場。", ["經濟部", "工業技術研究院"], id="traditional-A主辦、B承辦的"),
    pytest.param("本报讯 省商务厅主办、松川市人民政府参加的第六届海峡渔业博览会昨日开幕。", ["省商务厅"], id="near-miss-a-body-that-takes-part"),
    pytest.param("（香港21日訊）香港貿易發展局今日起一連四日於灣仔會議展覽中心舉辦香港國際珠寶展。", ["香港貿易發展局"], id="起-一連四日-after-the-body"),
    pytest.param("本报讯 本届旅游节由松川市文化和旅游局、松川市体育局以及松川日报社联合主办。松川冰雪旅游节6日开幕。",
                 ["松川市文化和旅游局", "松川市体育局", "松川日报社"], id="以及"),
    pytest.param("本报讯 松川冰雪旅游节6日开幕，由松川市体育局以及相关部门联合主办。", ["松川市体育局"], id="near-miss-以及-unnamed-bodies"),
    pytest.param("（新加坡8日讯）新加坡宗乡会馆联合总会主催的2025春到河畔活动今晚开幕。", ["新加坡宗乡会馆联合总会"], id="主催的"),
])
def test_organisers_in_apposition_chains_and_lists(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, name, kind", [
    pytest.param("本報訊 2025澳門國際環保合作發展論壇及展覽昨日在威尼斯人金光會展開幕。", "2025澳門國際環保合作發展論壇及展覽", "forum",
                 id="traditional-forum-及-exhibition"),
    pytest.param("本报讯 2025松川环保合作发展论坛及展览昨日开幕。", "2025松川环保合作发展论坛及展览", "forum", id="forum-及-exhibition"),
    pytest.param("新华社北京3月27日电 2025中关村论坛年会27日在北京开幕。", "2025中关村论坛年会", "meeting", id="a-forum-s-annual-meeting"),
    pytest.param("新華社北京3月27日電 2025中關村論壇年會27日在北京開幕。", "2025中關村論壇年會", "meeting", id="traditional-annual-meeting"),
    pytest.param("本报讯 7月8日，2025年全省乡村干部培训班在贵阳开班。", "2025年全省乡村干部培训班", "other", id="a-course-opens"),
    pytest.param("本报讯 第三届长江文化艺术季9月20日在武汉开幕。", "第三届长江文化艺术季", "other", id="an-arts-season"),
])
def test_more_event_words(body, name, kind):
    event = event_of(page(body))
    assert (event.name, event.kind) == (name, kind)


@pytest.mark.parametrize("body", [
    pytest.param("本报讯 进入旅游季节，松川各景区游客明显增多。", id="旅游季节-is-no-season-event"),
    pytest.param("本報訊 進入旅遊季節，松川各景區遊客明顯增多。", id="traditional"),
])
def test_a_season_word_inside_a_word_is_no_event(body):
    assert event_of(page(body)) is None


@pytest.mark.parametrize("body, start, end", [
    pytest.param("本报讯 第二十届中国（松川）国际茶产业博览会将于本月举办。记者获悉，茶博会定于5月16日至19日在松川国际会展中心举行。",
                 "2026-05-16", "2026-05-19", id="a-contracted-short-name-carries-the-range"),
    pytest.param("本報訊 第二十屆中國（松川）國際茶產業博覽會將於本月舉辦。記者獲悉，茶博會定於5月16日至19日在松川國際會展中心舉行。",
                 "2026-05-16", "2026-05-19", id="traditional"),
    pytest.param("本报讯 第二十届中国（松川）国际茶产业博览会将于5月16日开幕。记者获悉，农博会定于6月10日至12日举行。",
                 "2026-05-16", None, id="near-miss-another-fair-s-short-name"),
    pytest.param("本报讯 记者从市商务局获悉，2026松川消费季将于本周六（5月16日）启动，持续至6月30日。", "2026-05-16", "2026-06-30",
                 id="a-bracketed-day-after-a-weekday-opens-it"),
    pytest.param("本报讯 松川外事协会将于下月初举行“松川大学校长论坛2026”。松川大学校长论坛将于6月2日至3日举行，主题为“开放合作”。",
                 "2026-06-02", "2026-06-03", id="the-name-without-its-closing-year"),
    pytest.param("本報訊 松川外事協會將於下月初舉行「松川大學校長論壇2026」。論壇將於6月2日至3日舉行，主題為「開放合作」。",
                 "2026-06-02", "2026-06-03", id="traditional-the-bare-event-word-opening-a-sentence"),
    pytest.param("本报讯 松川外事协会将于下月初举行“松川大学校长论坛2026”。该协会去年举办的论坛吸引200人参加，论坛每年6月举行。",
                 None, None, id="near-miss-the-event-word-inside-a-sentence"),
])
def test_event_dates_by_short_names_and_weekdays(body, start, end):
    event = event_of(page(body))
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize("body, city", [
    pytest.param("本报讯 昨天上午，松川区人民政府在区行政中心举行招商引资项目集中签约仪式。", "松川区", id="a-district-government-holds-it"),
    pytest.param("本報訊 昨天上午，松川區人民政府在區行政中心舉行招商引資項目集中簽約儀式。", "松川區", id="traditional"),
    pytest.param("新华社北京5月8日电 朝阳区人民政府8日在区行政中心举行招商引资项目集中签约仪式。", "北京", id="near-miss-a-dateline-names-the-city"),
])
def test_only_a_district_in_its_government_s_name(body, city):
    assert event_of(page(body)).location.city == city


@pytest.mark.parametrize("body, city", [
    pytest.param("新华社北京7月4日电 2026沪台城市论坛今天上午在上海国际会议中心开幕。", "上海", id="a-municipality-heads-the-venue"),
    pytest.param("新華社北京7月4日電 2026滬台城市論壇今天上午在上海國際會議中心開幕。", "上海", id="traditional"),
    pytest.param("新华社北京7月4日电 2026城市论坛今天上午在滨江国际会议中心开幕。", "北京", id="near-miss-an-unknown-venue-head-is-a-district"),
    pytest.param("本报讯 5月8日，2026全球智能制造博览会在西湖畔杭州国际博览中心开幕。", "杭州", id="湖畔-describes-where"),
    pytest.param("本報訊 5月8日，2026全球智能製造博覽會在西湖畔杭州國際博覽中心開幕。", "杭州", id="traditional-湖畔"),
    pytest.param("本报讯 在江南水乡乌镇，为期三天的第六届松川数字大会5月8日开幕。", "乌镇", id="水乡-describes-where"),
    pytest.param("本报讯 今天下午，第四届大连农博会举行招商项目说明会暨签约仪式，共签约18个项目。", "大连", id="the-host-event-s-name-says-where"),
    pytest.param("本報訊 今天下午，第四屆大連農博會舉行招商項目說明會暨簽約儀式，共簽約18個項目。", "大連", id="traditional-host"),
])
def test_event_city_from_venues_descriptions_and_hosts(body, city):
    assert event_of(page(body)).location.city == city


@pytest.mark.parametrize("body, kind", [
    pytest.param("記者王明/新竹報導\n新竹市科學館昨(21)日落成啟用，市長親自到場主持。", "ceremony", id="traditional-落成啟用"),
    pytest.param("本报讯 5月8日，松川市人工智能研究院揭牌成立，市长出席揭牌。", "ceremony", id="揭牌成立"),
    pytest.param("本报讯 松川市科学馆主体工程完工，预计将于明年落成启用。", None, id="near-miss-an-inauguration-to-come"),
])
def test_an_inauguration_is_an_unnamed_ceremony(body, kind):
    event = event_of(page(body))
    assert (event.kind if event else None) == kind
    assert event is None or event.name is None


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 第三届松川读书节5月8日开幕，由松川日报、青禾传媒主办。", ["松川日报", "青禾传媒"], id="a-paper-and-a-company-by-its-trade"),
    pytest.param("本報訊 第三屆松川讀書節5月8日開幕，由松川日報、青禾傳媒主辦。", ["松川日報", "青禾傳媒"], id="traditional"),
    pytest.param("本报讯 第三届松川读书节5月8日开幕，由山东省文化和旅游厅主办。", ["山东省文化和旅游厅"], id="near-miss-文化-inside-a-department"),
    pytest.param("本报讯 第三届松川读书节5月8日开幕，由全市文化主办。", [], id="near-miss-too-short-to-be-a-name"),
])
def test_organisers_named_by_their_trade(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, organizers", [
    pytest.param("第三届松川茶博会5月8日开幕。松川市商务局是本届茶博会的主办方。", ["松川市商务局"], id="X是本届Y的主办方"),
    pytest.param("第三屆松川茶博會5月8日開幕。松川市商務局是本屆茶博會的主辦方。", ["松川市商務局"], id="traditional-X是本屆Y的主辦方"),
    pytest.param("5月8日，松川市商务局牵头举办的第三届松川茶博会开幕。", ["松川市商务局"], id="牵头举办的"),
    pytest.param("第三届松川茶博会5月8日开幕，由松川市商务局、松川市贸促会、青禾大学三家单位联合主办。",
                 ["松川市商务局", "松川市贸促会", "青禾大学"], id="a-count-of-the-list-without-等"),
    pytest.param("第三屆松川茶博會5月8日開幕，由松川市商務局、松川市貿促會、青禾大學三家單位聯合主辦。",
                 ["松川市商務局", "松川市貿促會", "青禾大學"], id="traditional-a-count-of-the-list"),
    pytest.param("第三届松川茶博会5月8日开幕，由松川市商务局携手松川市贸促会主办。", ["松川市商务局", "松川市贸促会"], id="携手-between-bodies"),
    pytest.param("第三届松川茶博会5月8日开幕，该活动由松川市商务局发起并主办。", ["松川市商务局"], id="发起并主办"),
    pytest.param("第三届松川茶博会5月8日开幕，松川市贸促会负责承办。", ["松川市贸促会"], id="负责承办"),
    pytest.param("第三屆松川茶博會5月8日開幕，松川市貿促會負責承辦。", ["松川市貿促會"], id="traditional-負責承辦"),
    pytest.param("5月8日，第三届松川茶叶博览会在松川开幕。松川市商务局、青禾大学等单位负责人出席开幕式。", [],
                 id="near-miss-bodies-whose-heads-attend"),
    pytest.param("5月8日，第三届松川茶叶博览会在松川开幕。松川市商务局组织20家企业参展。", [], id="near-miss-a-body-that-brings-exhibitors"),
    pytest.param("5月8日，第三届松川茶叶博览会在松川开幕，博览会由松川市商务局主办，松川市贸促会协办，青禾大学支持。",
                 ["松川市商务局", "松川市贸促会"], id="near-miss-支持-names-no-organiser"),
])
def test_organisers_in_more_shapes(body, organizers):
    assert [o.name for o in event_of(page("本报讯 " + body)).organizers] == organizers


@pytest.mark.parametrize("body, start, end", [
    pytest.param("本报讯 第三届松川茶叶博览会明天开幕，为期三天。", "2026-05-10", "2026-05-12", id="明天-is-the-day-after-the-page-date"),
    pytest.param("本報訊 第三屆松川茶葉博覽會明天開幕，為期三天。", "2026-05-10", "2026-05-12", id="traditional"),
    pytest.param("本报讯 以“明天会更好”为主题的第三届松川茶叶博览会今天开幕。", "2026-05-09", None, id="near-miss-明天-inside-a-theme"),
])
def test_tomorrow_is_read_against_the_page_date(body, start, end):
    event = event_of(page(body))
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize("body, city", [
    pytest.param("本报讯 5月8日，第三届国际茶叶博览会在新山开幕。", "新山", id="a-known-place-the-tagger-splits"),
    pytest.param("本報訊 5月8日，第三屆國際茶葉博覽會在新山開幕。", "新山", id="traditional"),
    pytest.param("本报讯 5月8日，第三届国际茶叶博览会在新山路开幕。", None, id="near-miss-a-street"),
])
def test_a_known_place_said_on_its_own(body, city):
    location = event_of(page(body)).location
    assert (location.city if location else None) == city


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 5月8日，在第三届松川茶叶博览会期间，松川茶产业高峰论坛举行。", "松川茶产业高峰论坛", id="held-during-another"),
    pytest.param("本報訊 5月8日，在第三屆松川茶葉博覽會期間，松川茶產業高峰論壇舉行。", "松川茶產業高峰論壇", id="traditional-during"),
    pytest.param("本报讯 5月8日，在第三届松川茶叶博览会期间，共签约项目20个。", "第三届松川茶叶博览会", id="near-miss-nothing-else-held"),
    pytest.param("本报讯 5月8日，松川市长王明会见了出席第三届松川茶叶博览会的外宾。", None, id="a-meeting-with-guests-of-an-event"),
    pytest.param("本報訊 5月8日，松川市長王明會見了出席第三屆松川茶葉博覽會的外賓。", None, id="traditional-guests"),
    pytest.param("本报讯 5月8日，青禾集团董事长王明出席第三届松川茶叶博览会并致辞。", "第三届松川茶叶博览会", id="near-miss-attending-it"),
])
def test_an_event_that_only_frames_the_news(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, name", [
    pytest.param("本报讯 近日，松川市政府办公室印发《促进会展经济发展若干措施》，对举办国际性展会给予补贴。", None, id="a-subsidy-for-holding-events"),
    pytest.param("本報訊 近日，松川市政府辦公室印發《促進會展經濟發展若干措施》，對舉辦國際性展會給予補貼。", None, id="traditional-subsidy"),
    pytest.param("本报讯 5月8日，松川市长王明到青禾集团调研，了解企业参加第三届松川茶叶博览会筹备情况。", None, id="a-visit-names-an-event"),
    pytest.param("本報訊 5月8日，松川市長王明到青禾集團調研，了解企業參加第三屆松川茶葉博覽會籌備情況。", None, id="traditional-visit"),
    pytest.param("本报讯 5月8日，松川市长王明到会展中心调研，第三届松川茶叶博览会同日开幕。", "第三届松川茶叶博览会",
                 id="near-miss-a-visit-and-an-event-that-opens"),
    pytest.param("本报讯 2月23日，松川体育产业大会会议阶段结束，后续将开启实地考察阶段。", "松川体育产业大会",
                 id="near-miss-a-visit-word-after-the-event"),
])
def test_a_policy_or_visit_lead_reports_only_an_event_held(body, name):
    event = event_of(page(body))
    assert (event.name if event else None) == name


@pytest.mark.parametrize("body, organizers", [
    pytest.param("本报讯 2026松川新年音乐会1月1日在松川大剧院上演。\n演出由松川市文化馆主办。", ["松川市文化馆"], id="演出由X主办"),
    pytest.param("本報訊 2026松川新年音樂會1月1日在松川大劇院上演。\n演出由松川市文化館主辦。", ["松川市文化館"], id="traditional"),
    pytest.param("本报讯 2026松川新年音乐会1月1日在松川大剧院上演。\n演出期间，松川市文化馆组织志愿者服务。", [], id="near-miss-no-role"),
    pytest.param("本报讯 第三届松川花车巡游5月8日举行，巡游由松川市文化和旅游局承办。", ["松川市文化和旅游局"], id="a-parade"),
])
def test_a_sentence_about_what_is_performed_names_the_organisers(body, organizers):
    assert [o.name for o in event_of(page(body)).organizers] == organizers


@pytest.mark.parametrize("body, kind, organizers", [
    pytest.param("本報訊 為慶祝國慶，「松川高等教育界慶祝國慶活動籌委會」昨日在一酒店舉行晚宴，超過400名代表出席。", "other", ["松川高等教育界慶祝國慶活動籌委會"],
                 id="trad-a-quoted-committee-holds-an-unnamed-dinner"),
    pytest.param("本报讯 5月8日晚，松川市外事办公室举行招待会，欢迎来访的外国嘉宾。", "other", ["松川市外事办公室"],
                 id="a-body-holds-a-reception"),
    pytest.param("本报讯 “松川文化促进会”于5月8日在松川举行酒会，感谢各界支持。", "other", ["松川文化促进会"],
                 id="a-quoted-body-holds-it"),
])
def test_a_reception_a_body_holds_is_an_unnamed_event(body, kind, organizers):
    event = event_of(page(body))
    assert (event.name, event.kind, event.start, sorted(o.name for o in event.organizers)) == (None, kind, "2026-05-08", organizers)


@pytest.mark.parametrize("body", [
    pytest.param("本报讯 松川公司董事长张伟昨晚出席了朋友的婚宴，席间谈及公司发展。", id="a-private-dinner-attended"),
    pytest.param("本報訊 松川酒樓董事長張偉表示，晚宴及酒會的預訂量按年增加兩成。", id="trad-dinners-booked"),
])
def test_a_dinner_nobody_holds_is_no_event(body):
    assert event_of(page(body)) is None


CITY_WIDE_PAGE = ("{site}  首页 | 时政 | 民生\n全市安全生产工作会议召开\n时间:2026-03-02 08:20  来源:{paper}\n"
                  "3月1日上午，全市安全生产工作会议在市行政中心召开。市委副书记、市长刘志远出席会议并讲话。\n"
                  "会议要求，各地各部门要压紧压实安全生产责任，坚决遏制重特大事故发生。\n")


@pytest.mark.parametrize("site, paper, city", [
    pytest.param("宜春新闻网", "宜春日报", "宜春", id="the-city-papers-name"),
    pytest.param("赣州发布", "赣南日报", "赣州", id="the-city-sites-name"),
    pytest.param("新闻中心", "本网", None, id="near-miss-no-city-named"),
])
def test_a_city_wide_meeting_is_in_the_city_of_the_paper(site, paper, city):
    event = extract(CITY_WIDE_PAGE.format(site=site, paper=paper)).event
    assert (event.kind, event.location.city if event.location else None) == ("meeting", city)


@pytest.mark.parametrize("text, kind", [
    pytest.param("【本報消息】立法會昨日舉行全體會議，細則性通過《公共泳池管理法》法案。會議由立法會主席主持。", "meeting",
                 id="trad-a-sitting-held-that-passes-a-bill"),
    pytest.param("本报讯 市人大常委会昨日召开第十次会议，审议通过《城市绿化条例》。", "meeting", id="a-numbered-sitting-held"),
    pytest.param("（澳門訊）立法會昨日全體會議細則性通過《公共停車場管理法》，法律將於明年三月一日起生效。", None,
                 id="near-miss-trad-a-bill-passed-at-a-sitting"),
    pytest.param("本报讯 法院昨日召开新闻发布会，通报某某受贿案审理情况，被告人被判处有期徒刑十年。", None,
                 id="near-miss-a-case-told-at-a-conference"),
])
def test_a_sitting_a_body_holds_is_a_meeting_whatever_it_passes(text, kind):
    event = extract(text).event
    assert (event.kind if event else None) == kind


@pytest.mark.parametrize("text, name, organizers", [
    pytest.param("本报讯 两地企业昨天在会展中心签署12项合作协议。这场“东江—西岭经贸合作签约仪式”由东江市商务局与西岭市商务局联合主办。",
                 "东江—西岭经贸合作签约仪式", ["东江市商务局", "西岭市商务局"], id="a-signing-named-after-the-lead"),
    pytest.param("本報訊 特區政府昨日舉行頒獎典禮，表揚傑出義工。是次「2026傑出義工嘉許禮」由社會福利署主辦。",
                 "2026傑出義工嘉許禮", ["社會福利署"], id="trad-a-ceremony-named-after-the-lead"),
    pytest.param("本报讯 市政府昨日召开新闻发布会。这场“活力东江”计划发布后将惠及全市企业。", None, [],
                 id="near-miss-a-scheme-of-another-kind"),
])
def test_the_leads_unnamed_event_takes_a_name_pointed_back_to(text, name, organizers):
    event = extract(text).event
    assert (event.name, [o.name for o in event.organizers]) == (name, organizers)


@pytest.mark.parametrize("text, city", [
    pytest.param("（乔治市16日讯）为期三天的“第十二届槟城国际龙舟邀请赛”今日开幕。", "乔治市", id="a-state-in-the-name-and-its-city-in-the-dateline"),
    pytest.param("本报讯 东江国际医疗器械产业园开园仪式在高新区金凤镇举行。仪式由成都高新区管委会主办。", "成都",
                 id="a-development-zone-whose-city-the-page-writes"),
    pytest.param("本报讯 第三届智能制造论坛在高新区举行。", None, id="near-miss-a-zone-whose-city-is-not-written"),
])
def test_the_city_of_a_state_or_zone_the_page_names(text, city):
    location = extract(text).event.location
    assert (location.city if location else None) == city


def test_an_event_named_after_the_lead_keeps_the_leads_day():
    text = ("2025-11-06 08:00  来源：联合早报\n两地企业昨天（11月5日）在会展中心签署12项合作协议。\n"
            "这场“东江—西岭经贸合作签约仪式”由东江市商务局主办。")
    event = extract(text).event
    assert (event.name, event.start) == ("东江—西岭经贸合作签约仪式", "2025-11-05")


@pytest.mark.parametrize("text, days", [
    pytest.param("發佈時間:2026-04-22 07:15\n【本報訊】「第六屆澳亞數字經濟論壇」昨(21)日在路氹開幕。論壇今(22)日將繼續舉行，議程包括推介會。",
                 ("2026-04-21", None), id="trad-a-day-the-event-goes-on"),
    pytest.param("2026-04-22 07:15 来源：东江日报\n本报讯 第三届东江论坛今(22)日在东江举行。", ("2026-04-22", None), id="near-miss-the-day-it-is-held"),
])
def test_a_day_the_event_goes_on_is_not_its_first(text, days):
    event = extract(text).event
    assert (event.start, event.end) == days


@pytest.mark.parametrize("text, name, kind", [
    pytest.param("本报讯 12月3日，2026东江爱心公益跑在滨江公园鸣枪开跑，2000名跑者参加。", "2026东江爱心公益跑", "other", id="a-charity-run"),
    pytest.param("（香港訊）第五屆西灣慈善跑昨日在沙田起跑，由西灣福利會主辦。", "第五屆西灣慈善跑", "other", id="trad-a-charity-run"),
    pytest.param("（澳門訊）第十屆濠江百萬行昨日舉行，二萬名市民參與。", "第十屆濠江百萬行", "other", id="trad-a-walkathon"),
    pytest.param("本报讯 7月3日，东江市第二幼儿园举行毕业礼。", None, "ceremony", id="a-graduation-礼"),
    pytest.param("（香港訊）西灣書院昨日舉行開學禮，校長勉勵新生。", None, "ceremony", id="trad-an-opening-禮"),
    pytest.param("本报讯 他每天晨跑五公里，坚持了十年。", None, None, id="near-miss-a-run-that-is-no-event"),
])
def test_runs_walks_and_school_ceremonies(text, name, kind):
    event = extract(text).event
    assert (event.name if event else None, event.kind if event else None) == (name, kind)


@pytest.mark.parametrize("text, held", [
    pytest.param("本报讯 记者从省教育考试院获悉，录取工作已结束。各高校将于9月上旬陆续举行开学典礼。", False, id="将于-a-ceremony-to-come"),
    pytest.param("（香港訊）統計處昨日公布失業率。局長表示，會在下月舉行的記者會上公布新措施。", False, id="trad-會在下月-a-conference-to-come"),
    pytest.param("（澳門訊）警方昨日公布旅客數字。局方早前舉行記者會時曾預計每日入境十三萬人次。", False, id="trad-早前-a-conference-over"),
    pytest.param("（香港訊）港股昨日反彈。分析員指，市場憧憬聯儲局在下周議息會議後減息。", False, id="trad-下周-inside-a-name"),
    pytest.param("（香港訊）將軍澳第二醫院昨日舉行動土儀式，局長主禮。", True, id="near-miss-trad-將-in-a-place-name"),
    pytest.param("本报讯 市卫健委昨日举行新闻发布会，介绍夏季防病措施。", True, id="near-miss-a-conference-held"),
])
def test_an_unnamed_event_held_at_another_time_is_not_reported(text, held):
    assert (extract(text).event is not None) == held


@pytest.mark.parametrize("text, held", [
    pytest.param("本报讯 4月2日，东江市商务局党组召开党组会议，传达学习会议精神。局党组成员参加会议。", False, id="a-party-group-session"),
    pytest.param("（怡保12日讯）霹雳州行政议会今日召开会议，批准拨款提升乡区道路。", False, id="a-state-executive-council-session"),
    pytest.param("（香港訊）新灣地產昨日召開股東特別大會，通過私有化方案。", True, id="near-miss-trad-a-special-general-meeting-held"),
    pytest.param("本报讯 7月20日，法院宣判一起诈骗案。被告人以举办慈善晚会为名骗取群众资金。", False, id="a-gala-as-a-pretext"),
    pytest.param("本报讯 4月2日，东江市商务局召开全市外贸工作会议，部署全年工作。", True, id="near-miss-a-work-meeting"),
])
def test_routine_sessions_and_pretexts_are_no_event(text, held):
    assert (extract(text).event is not None) == held


@pytest.mark.parametrize("text, organizers", [
    pytest.param("〔記者王明／台中報導〕台中市青溪協會昨（18）晚舉辦「愛心傳承」慈善晚會，募得五百萬元。", ["台中市青溪協會"],
                 id="trad-昨（18）晚-between-holder-and-verb"),
    pytest.param("〔記者王明／台中報導〕台中市青溪協會今（18）日舉辦「愛心傳承」慈善晚會，募得五百萬元。", ["台中市青溪協會"],
                 id="trad-今（18）日-between-holder-and-verb"),
])
def test_a_taiwan_bracketed_day_and_evening_before_the_holding_verb(text, organizers):
    assert [o.name for o in extract(text).event.organizers] == organizers


@pytest.mark.parametrize("text, city", [
    pytest.param("本报讯 3月20日，东江市工商业联合会召开民营企业家座谈会，听取企业意见。", "东江", id="a-city-federation-holds"),
    pytest.param("本报讯 6月19日，东江市技师学院举行2026届毕业典礼，1300余名毕业生参加。", "东江", id="a-city-college-holds"),
    pytest.param("本报讯 7月3日，东江市第一幼儿园举行毕业礼。", "东江", id="a-city-kindergarten-holds"),
    pytest.param("本报讯 6月19日，东江市技师学院在西岭市举行2026届毕业典礼。", "西岭", id="near-miss-a-place-written-wins"),
])
def test_a_school_or_association_named_after_its_city_gives_the_city(text, city):
    event = extract(text).event
    assert city in (event.location.city or "")


@pytest.mark.parametrize("text, organizers, city", [
    pytest.param("（中央社記者黃大明嘉義27日電）國立故宮博物院南部院區今日舉行「十七世紀東亞海圖特展」開幕典禮。\n\n"
                 "本展由國立故宮博物院主辦，荷蘭國家檔案館協辦。",
                 ["國立故宮博物院", "荷蘭國家檔案館"], "嘉義", id="trad-organisers-of-本展-and-a-world-region-in-the-name"),
    pytest.param("本报讯 12日，2026东南亚文化艺术节在南宁开幕。本届艺术节由南宁市文化局主办。",
                 ["南宁市文化局"], "南宁", id="a-world-region-in-the-name-and-本届"),
])
def test_the_events_own_words_for_itself_and_world_regions(text, organizers, city):
    event = extract(text).event
    assert [o.name for o in event.organizers] == organizers
    assert event.location.city == city


@pytest.mark.parametrize("text, name", [
    pytest.param("本报讯 6月6日，“铜鼓声声：岭南青铜文物展”在广州开展，展期至9月10日。", "铜鼓声声：岭南青铜文物展",
                 id="a-colon-subtitle-inside-the-quote"),
    pytest.param("（澳門訊）「帆影千里：早期中西商船模型展」昨日在海事博物館開幕，展期三個月。", "帆影千里：早期中西商船模型展",
                 id="traditional-colon-subtitle-inside-the-quote"),
    pytest.param("本报讯 6月6日，“岭南青铜文物展”在广州开展。策展人说：“这是岭南青铜器首次集中展出。”", "岭南青铜文物展",
                 id="near-miss-a-colon-before-a-spoken-quote"),
])
def test_a_quoted_exhibition_title_keeps_its_subtitle_after_a_colon(text, name):
    assert extract(text).event.name.strip("“”「」") == name


@pytest.mark.parametrize("text, name", [
    pytest.param("本报讯 9月2日，2026青禾数字经济大会——数智赋能新质生产力在青禾国际博览中心开幕。",
                 "2026青禾数字经济大会——数智赋能新质生产力", id="a-subtitle-up-to-where-it-is-held"),
    pytest.param("（香港訊）2026香港綠色金融博覽會——邁向淨零昨日在灣仔開幕，一連三日舉行。",
                 "2026香港綠色金融博覽會——邁向淨零", id="traditional-a-subtitle-up-to-when-it-is-held"),
    pytest.param("本报讯 本届青禾数字经济大会——这是大会首次在县城举办——吸引了2000名代表。", "青禾数字经济大会",
                 id="near-miss-a-dash-opening-an-aside"),
    pytest.param("本报讯 4月12日，青禾文旅2026年度推介会（北京站）在北京举行。", "青禾文旅2026年度推介会（北京站）",
                 id="a-stop-of-a-tour-in-brackets"),
    pytest.param("（澳門訊）第十一屆粵澳名優商品展（澳門）昨日在路氹開幕，為期三天。", "第十一屆粵澳名優商品展（澳門）",
                 id="traditional-a-place-in-brackets-after-the-name"),
    pytest.param("本报讯 4月12日，2026青禾国际茶叶博览会（以下简称茶博会）在青禾开幕。", "2026青禾国际茶叶博览会",
                 id="near-miss-an-alias-in-brackets"),
    pytest.param("〔記者吳佳蓉／台北報導〕2026日本九州物產展今（7）日在台北世貿一館開幕。", "2026日本九州物產展",
                 id="traditional-日本-after-a-year-is-no-day"),
    pytest.param("本报讯 2026日本九州物产展7日在上海开幕。", "2026日本九州物产展", id="日本-after-a-year-is-no-day"),
    pytest.param("本报讯 12日，第五届青禾茶叶博览会在青禾开幕。", "第五届青禾茶叶博览会", id="near-miss-a-day-before-the-name"),
])
def test_a_subtitle_a_bracket_and_a_year_keep_a_name_whole(text, name):
    assert extract(text).event.name == name


@pytest.mark.parametrize("text, held", [
    pytest.param("〔記者蔡宗勳／嘉義報導〕故宮南院常設展「亞洲茶文化」去年吸引參觀人次約八十萬，館方將更新展區。", False,
                 id="traditional-a-standing-display-is-no-event"),
    pytest.param("本报讯 青禾博物馆基本陈列“青禾历史”去年接待观众52万人次，馆方将更新展区。", False,
                 id="a-standing-display-is-no-event"),
    pytest.param("本报讯 市市场监管局提醒，有人冒用“2026青禾美食节”名义推销虚假门票。", False,
                 id="a-quoted-name-used-as-a-pretext"),
    pytest.param("本报讯 9月1日，“青禾历史文物特展”在青禾博物馆开展，展期至9月30日。", True, id="near-miss-a-special-exhibition"),
])
def test_a_standing_display_or_a_pretext_is_no_event(text, held):
    assert (extract(text).event is not None) == held


@pytest.mark.parametrize("text, name", [
    pytest.param("（香港訊）「城市光譜：本地新晉藝術家聯展2026」昨日在中環開幕。", "城市光譜：本地新晉藝術家聯展2026",
                 id="traditional-a-year-after-the-event-word-inside-the-quote"),
    pytest.param("本报讯 “青禾青年艺术联展2026”昨日在青禾美术馆开幕。", "青禾青年艺术联展2026", id="a-year-after-the-event-word-inside-the-quote"),
    pytest.param("本报讯 “青禾青年艺术联展”2026年巡展昨日在青禾美术馆开幕。", "青禾青年艺术联展", id="near-miss-a-year-outside-the-quote"),
])
def test_a_year_written_after_the_event_word_inside_the_quote(text, name):
    assert extract(text).event.name.strip("“”「」") == name


@pytest.mark.parametrize("text, name", [
    pytest.param("〔記者王明／嘉義報導〕嘉義縣議會第二十一屆第三次臨時會今（9）日召開，會期三天。", "嘉義縣議會第二十一屆第三次臨時會",
                 id="traditional-a-council-s-extra-session"),
    pytest.param("〔記者王明／高雄報導〕高雄市議會第四屆第八次定期會今（31）日開議，會期七十二天。", "高雄市議會第四屆第八次定期會",
                 id="traditional-a-council-s-regular-session-开议"),
    pytest.param("本报讯 青禾县议会第三届第二次定期会今日开议，会期十天。", "青禾县议会第三届第二次定期会", id="a-council-s-regular-session"),
    pytest.param("〔記者王明／高雄報導〕市議會臨時會今（31）日三讀通過自治條例。", None, id="near-miss-a-session-passing-a-law"),
    pytest.param("本报讯 市长每月定期会见市民代表，听取意见。", None, id="near-miss-定期会见"),
])
def test_a_council_s_regular_or_extra_session(text, name):
    event = extract(text).event
    assert (event.name if event else None) == name


@pytest.mark.parametrize("text, organizers", [
    pytest.param("本報訊 國產電動機車品牌宏馳動力股份有限公司今日在台北舉行「XR-7電動機車」新品發表會。",
                 ["宏馳動力股份有限公司"], id="trad-a-brand-word-before-the-holding-company"),
    pytest.param("本报讯 2026东林咖啡节今日在广州开幕，由本地咖啡品牌东林咖啡有限公司主办。", ["东林咖啡有限公司"],
                 id="a-brand-word-after-a-scope-word-before-the-company"),
])
def test_the_kind_of_business_before_an_organiser_is_no_part_of_it(text, organizers):
    assert [o.name for o in extract(text).event.organizers] == organizers


@pytest.mark.parametrize("text, name", [
    pytest.param("（吉隆坡10日讯）由大马华裔龙舟总会主办的第9届全国龙舟锦标赛,今早在布城湖隆重开幕,选手将角逐24面金牌。",
                 "第9届全国龙舟锦标赛", id="a-medal-count-in-the-lead-and-the-opening-past-a-comma"),
    pytest.param("（本報訊）由澳門體育總會主辦的第五屆澳門青年運動會，昨日在奧林匹克體育中心開幕，選手角逐120面金牌。",
                 "第五屆澳門青年運動會", id="traditional-a-medal-count-in-the-lead-and-the-opening-past-a-comma"),
    pytest.param("（吉隆坡10日讯）国家队在第9届全国龙舟锦标赛夺得3面金牌,教练表示满意。", None,
                 id="near-miss-a-medal-won-at-an-event-named-in-passing"),
    pytest.param("（本報訊）由澳門體育總會主辦的第五屆澳門青年運動會，將於下月在奧林匹克體育中心開幕，選手角逐120面金牌。", None,
                 id="near-miss-traditional-an-opening-to-come"),
])
def test_an_event_opening_past_a_comma_in_a_lead_of_other_news(text, name):
    """A lead with a medal count or a result word reports an event only when it says it opens now; the verb may follow a
    comma that sets a long subject apart (由A主办的X，今晚在Y开幕)."""
    event = extract(text).event
    assert (event.name.strip("“”「」") if event and event.name else None) == name


@pytest.mark.parametrize("text, kind", [
    pytest.param("（本報訊）第八屆亞洲食品機械貿易展今日在香港會議展覽中心開幕，為期三天。", "fair", id="traditional-a-trade-show-is-a-fair"),
    pytest.param("本报讯 第三届东盟商贸展今日在南宁国际会展中心开幕。", "fair", id="a-commerce-show-is-a-fair"),
    pytest.param("本报讯 第三届东盟艺术展今日在南宁美术馆开幕。", "expo", id="near-miss-an-art-show-is-an-expo"),
])
def test_a_trade_show_is_a_fair(text, kind):
    assert extract(text).event.kind == kind


@needs_shared
@pytest.mark.parametrize("name", ["dev-017", "dev-035"])
def test_a_place_said_twice_is_one_place_in_the_event_location(name):
    """A dateline's city said again after 在 (北京…在北京举行), or a county named in two sentences, is one place of the text."""
    record = extract((SHARED_CORPUS / f"{name}.txt").read_text("utf-8"))
    places = record.event.location.text.split("、")
    assert len(places) == len(set(places)) > 0
