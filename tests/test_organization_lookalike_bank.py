"""A bank of invented sentences and short pages that hold words looking like organisations but that are none by
ANNOTATION.md (events and their parts, programmes, funds as money, prizes, projects, products, venues, routes, generic
and kinds of bodies, source lines, delegations, places as actors, generic bodies in titles, aliases and re-mentions),
with the true organisation of the same sentence kept, in both scripts and the regional styles.

Written before looking at what the extractor gives on them, so the table is the annotation rule, not the output.
Each id opens with the ANNOTATION.md rule it applies: `orgs` is the Organisations section, `last` its last section
("Borderline calls"), followed by the rule's words (event-names, venues, generic-bodies, delegations, alias...)."""
import pytest

from tests.test_organization_bank import _key, organizations

EVENTS_AND_THEIR_PARTS = [  # orgs: "Not organisations: ... event names (…大會, …論壇)"; last: "inside an event ... name"
    pytest.param("2026青山国际投资贸易洽谈会今天开幕。", set(), id="orgs-event-names-trade-fair"),
    pytest.param("2026東林國際投資貿易洽談會今日開幕。", set(), id="orgs-event-names-trade-fair-traditional"),
    pytest.param("第五届东林数字经济论坛在东林举行，青松集团董事长出席。", {"青松集团"}, id="orgs-event-names-forum-with-a-company"),
    pytest.param("第三屆東林智慧城市博覽會今天登場，經濟部工業局派員參加。", {"經濟部工業局"},
                 id="orgs-event-names-expo-with-a-bureau-taiwan"),
    pytest.param("本届博览会设有智能制造展区和新能源展区。", set(), id="orgs-event-names-zones"),
    pytest.param("本屆博覽會設有智能製造展區和新能源展區。", set(), id="orgs-event-names-zones-traditional"),
    pytest.param("青山国际汽车展览会共设三个展馆。", set(), id="orgs-event-names-show-and-halls"),
    pytest.param("论坛期间还举办了绿色金融分论坛和数字贸易分论坛。", set(), id="orgs-event-names-sub-forums"),
    pytest.param("論壇期間還舉辦了綠色金融分論壇。", set(), id="orgs-event-names-sub-forum-traditional"),
    pytest.param("第十屆澳門東林旅遊博覽會今日開幕，旅遊局局長出席。", {"旅遊局"}, id="orgs-event-names-expo-macau"),
    pytest.param("2026年马来西亚国际清真展在吉隆坡举行。", set(), id="orgs-event-names-show-malaysia"),
    pytest.param("新加坡东林青年科技节周六开幕。", set(), id="orgs-event-names-festival-singapore"),
    pytest.param("2026东林马拉松今天鸣枪开跑。", set(), id="orgs-event-names-marathon"),
    pytest.param("青山市第十二届运动会今天开幕。", set(), id="orgs-event-names-games"),
    pytest.param("青山市第十二屆運動會今天開幕。", set(), id="orgs-event-names-games-traditional"),
    pytest.param("第八届青山科技创新大赛决赛举行。", set(), id="orgs-event-names-contest"),
    pytest.param("亞太城市高峰會今天在東林登場。", set(), id="orgs-event-names-summit-traditional"),
    pytest.param("东林大学建校一百周年庆典隆重举行。", set(), id="last-body-inside-an-event-name"),
    pytest.param("研讨会由青山大学主办，东林市科技局协办。", {"青山大学", "东林市科技局"}, id="orgs-organisers-of-an-event-near-miss"),
    pytest.param("研討會由東林大學主辦，東林市政府協辦。", {"東林大學", "東林市政府"}, id="orgs-organisers-near-miss-traditional"),
    pytest.param("东博会期间，青松集团签约三个项目。", {"青松集团"}, id="orgs-event-names-short-name-of-an-expo"),
]

PROGRAMMES_FUNDS_PRIZES_PROJECTS = [  # orgs: "generic nouns"; a plan, fund, prize, project or product is no body
    pytest.param("青山市启动“百校千企”人才计划。", set(), id="orgs-not-a-body-talent-plan"),
    pytest.param("東林市啟動青年人才計劃。", set(), id="orgs-not-a-body-plan-traditional"),
    pytest.param("东林市人才安居工程首批住房交付。", set(), id="orgs-not-a-body-programme-works"),
    pytest.param("市财政安排5亿元设立青山产业引导基金。", set(), id="orgs-not-a-body-fund-as-money"),
    pytest.param("青年發展基金今年共資助三十個項目。", set(), id="orgs-not-a-body-fund-as-money-traditional"),
    pytest.param("青山慈善基金会向山区学校捐赠图书。", {"青山慈善基金会"}, id="orgs-foundation-near-miss"),
    pytest.param("東林文化基金會今天公布得獎名單。", {"東林文化基金會"}, id="orgs-foundation-near-miss-traditional"),
    pytest.param("他的团队获得青山市科技进步奖一等奖。", set(), id="orgs-not-a-body-prize"),
    pytest.param("該片獲得東林電影節最佳影片獎。", set(), id="orgs-not-a-body-prize-traditional"),
    pytest.param("澳門青年創業計劃今年資助三十個項目。", set(), id="orgs-not-a-body-scheme-macau"),
    pytest.param("新加坡推出乐龄科技计划，帮助年长者使用手机。", set(), id="orgs-not-a-body-scheme-singapore"),
    pytest.param("马来西亚数码经济蓝图第二阶段正式启动。", set(), id="orgs-not-a-body-blueprint-malaysia"),
    pytest.param("青松新能源产业园项目签约落户东林。", set(), id="orgs-not-a-body-project"),
    pytest.param("東林跨海大橋工程今天合龍。", set(), id="orgs-not-a-body-bridge-works-traditional"),
    pytest.param("青松集团发布新款青松X9手机。", {"青松集团"}, id="orgs-not-a-body-product-of-a-company"),
    pytest.param("東林牌醬油暢銷海外。", set(), id="orgs-not-a-body-brand-traditional"),
    pytest.param("首届东林文学奖评选结果揭晓。", set(), id="orgs-not-a-body-literary-prize"),
    pytest.param("青山市消费券计划第二期今天启动。", set(), id="orgs-not-a-body-voucher-scheme"),
]

VENUES_ROUTES_AND_PLACES = [  # orgs: "venues (会展中心, 酒店)"; last: "a venue where something is held does not"
    pytest.param("签约仪式在青山国际会展中心举行。", set(), id="orgs-venues-exhibition-centre"),
    pytest.param("簽約儀式在東林國際會展中心舉行。", set(), id="orgs-venues-exhibition-centre-traditional"),
    pytest.param("活动在东林市民中心广场举行。", set(), id="orgs-venues-square"),
    pytest.param("青山国际大厦今天封顶。", set(), id="orgs-venues-tower"),
    pytest.param("展覽在東林會議展覽中心舉行。", set(), id="orgs-venues-convention-centre-hk"),
    pytest.param("頒獎禮在澳門東林綜藝館舉行。", set(), id="orgs-venues-arts-hall-macau"),
    pytest.param("比赛在青山市奥体中心体育馆举行。", set(), id="orgs-venues-gymnasium"),
    pytest.param("比賽在東林體育館舉行。", set(), id="orgs-venues-gymnasium-traditional"),
    pytest.param("市民在东林中央公园赏花。", set(), id="last-parks-as-places"),
    pytest.param("事故发生在青山路地铁站附近。", set(), id="orgs-venues-station"),
    pytest.param("青山地铁3号线今天开通运营。", set(), id="orgs-not-a-body-metro-line"),
    pytest.param("東林捷運環狀線今天通車。", set(), id="orgs-not-a-body-metro-line-taiwan"),
    pytest.param("事發地點在東林醫院門外。", set(), id="last-hospital-as-a-place-traditional"),
    pytest.param("東林醫院今日公布，兩名傷者情況穩定。", {"東林醫院"}, id="last-hospital-that-acts-near-miss"),
    pytest.param("投票站设在青山第一中学礼堂。", set(), id="last-school-as-a-place"),
    pytest.param("青山第一中学组织学生参观博物馆。", {"青山第一中学"}, id="last-school-that-acts-near-miss"),
    pytest.param("酒會在東林君悅酒店舉行。", set(), id="orgs-venues-hotel-traditional"),
    pytest.param("晚会在青山大剧院上演。", set(), id="orgs-venues-theatre"),
    pytest.param("新加坡东林购物中心周末人潮涌动。", set(), id="orgs-venues-mall-singapore"),
    pytest.param("吉隆坡东林广场今日举行新春活动。", set(), id="orgs-venues-plaza-malaysia"),
    pytest.param("旅客可在東林站轉乘巴士。", set(), id="orgs-venues-station-traditional"),
    pytest.param("东林会展中心与青松集团签署运营协议。", {"东林会展中心", "青松集团"}, id="last-centre-that-acts-near-miss"),
    pytest.param("東林貿易發展局今早假灣仔會議展覽中心舉辦展覽。", {"東林貿易發展局"}, id="orgs-venues-held-at-with-jia-hk"),
    pytest.param("营运商东林购物中心董事长马玉山出席。", {"东林购物中心"}, id="orgs-in-titles-mall-operator-near-miss"),
    pytest.param("營運商東林購物中心董事長馬玉山出席。", {"東林購物中心"}, id="orgs-in-titles-mall-operator-near-miss-traditional"),
]

GENERIC_BODIES_AND_KINDS = [  # orgs: "the generic bodies without their place ... do not"; "generic nouns (企业)"
    pytest.param("两地政府签署合作协议。", set(), id="orgs-generic-bodies-two-governments"),
    pytest.param("兩地政府簽署合作備忘錄。", set(), id="orgs-generic-bodies-two-governments-traditional"),
    pytest.param("本会会员大会选出新一届理事。", set(), id="orgs-generic-bodies-this-association"),
    pytest.param("本會今日舉行周年大會。", set(), id="orgs-generic-bodies-this-association-traditional"),
    pytest.param("各区议会将讨论该议案。", set(), id="orgs-generic-bodies-each-district-council"),
    pytest.param("各區議會將討論該議案。", set(), id="orgs-generic-bodies-each-district-council-traditional"),
    pytest.param("有关部门正在调查事故原因。", set(), id="orgs-generic-bodies-departments-concerned"),
    pytest.param("當局表示會密切跟進。", set(), id="orgs-generic-bodies-authorities-traditional"),
    pytest.param("市委常委会研究部署下半年工作。", set(), id="last-level-without-place-standing-committee"),
    pytest.param("特區政府今日公布新措施。", set(), id="last-level-without-place-sar-government"),
    pytest.param("縣府今天宣布停班停課。", set(), id="orgs-generic-bodies-county-government-taiwan"),
    pytest.param("省委省政府高度重视此项工作。", set(), id="last-level-without-place-party-and-government"),
    pytest.param("区政府与青松集团签订投资协议。", {"青松集团"}, id="orgs-generic-bodies-with-a-company"),
    pytest.param("該集團旗下酒店本月開業。", set(), id="orgs-generic-bodies-that-group-traditional"),
    pytest.param("该协会成立于1990年。", set(), id="orgs-generic-bodies-that-association"),
    pytest.param("主办方表示门票已经售罄。", set(), id="orgs-generic-bodies-organiser-role"),
    pytest.param("民营企业和中小企业是经济的重要力量。", set(), id="orgs-generic-nouns-private-and-small-firms"),
    pytest.param("社会组织积极参与社区治理。", set(), id="orgs-generic-nouns-social-organisations"),
    pytest.param("本地中小企可申請資助。", set(), id="orgs-generic-nouns-smes-hk"),
    pytest.param("外资企业和国有企业同台竞技。", set(), id="orgs-generic-nouns-foreign-and-state-firms"),
    pytest.param("各大銀行下調按揭利率。", set(), id="orgs-generic-nouns-banks-traditional"),
    pytest.param("高校和科研院所联合攻关。", set(), id="orgs-generic-nouns-universities-and-institutes"),
    pytest.param("非政府組織呼籲各界關注。", set(), id="orgs-generic-nouns-ngos-traditional"),
    pytest.param("台資企業在東林設廠。", set(), id="orgs-generic-nouns-taiwan-funded-firms"),
    pytest.param("马来西亚华人社团踊跃捐款。", set(), id="orgs-generic-nouns-associations-malaysia"),
    pytest.param("新加坡本地企业可申请津贴。", set(), id="orgs-generic-nouns-local-firms-singapore"),
    pytest.param("澳門中小企業可申請援助計劃。", set(), id="orgs-generic-nouns-smes-macau"),
    pytest.param("东林市政府与青山市政府签署协议。", {"东林市政府", "青山市政府"}, id="orgs-governments-with-place-near-miss"),
]

SOURCE_LINES_AND_MEDIA = [  # orgs: "the article's own news agency or site in datelines and source lines"
    pytest.param("青山日报讯（记者 王明）昨日，东林区政府召开会议。", {"东林区政府"}, id="orgs-own-agency-paper-line"),
    pytest.param("（中央社記者王明台北8日電）行政院今天通過草案。", {"行政院"}, id="orgs-own-agency-dateline-taiwan"),
    pytest.param("【東林日報訊】東林縣政府今天宣布颱風假。", {"東林縣政府"}, id="orgs-own-agency-bracketed-line-traditional"),
    pytest.param("澳門日報消息：治安警察局昨日拘捕兩名男子。", {"治安警察局"}, id="orgs-own-agency-news-line-macau"),
    pytest.param("（星洲日报/吉隆坡8日讯）马来西亚卫生部今日宣布新措施。", {"卫生部"}, id="orgs-own-agency-dateline-malaysia"),
    pytest.param("东林早报讯 新加坡人力部昨天公布就业数据。", {"人力部"}, id="orgs-own-agency-paper-line-singapore"),
    pytest.param("青山市教育局发布通知\n来源：青山发布\n青山市教育局近日发布通知，秋季学期9月1日开学。",
                 {"青山市教育局"}, id="orgs-own-agency-source-line"),
    pytest.param("東林縣推動觀光\n2026-03-02 10:15 來源：東林時報\n東林縣政府今天宣布推出觀光補助。",
                 {"東林縣政府"}, id="orgs-own-agency-source-line-traditional"),
    pytest.param("青山统计局：经济开局良好\n来源：青山日报 作者：李明\n一季度全市经济稳中有进。", set(), id="orgs-own-agency-source-line-only"),
]

DELEGATIONS_AND_PLACES_AS_ACTORS = [  # orgs: "countries and cities used as places, delegations (代表團)"
    pytest.param("青山市经贸代表团访问东林。", set(), id="orgs-delegations-trade"),
    pytest.param("東林縣考察團今日抵達澳門。", set(), id="orgs-delegations-study-tour-traditional"),
    pytest.param("台灣青年交流團一行三十人抵港。", set(), id="orgs-delegations-exchange-group-taiwan"),
    pytest.param("新加坡商务考察团拜访青松集团。", {"青松集团"}, id="orgs-delegations-visits-a-company-singapore"),
    pytest.param("青松集团率领企业家代表团赴东盟考察。", {"青松集团"}, id="orgs-delegations-led-by-a-company"),
    pytest.param("美国宣布对进口钢铁加征关税。", set(), id="orgs-countries-as-actors"),
    pytest.param("日本與韓國簽署漁業協議。", set(), id="orgs-countries-as-actors-traditional"),
    pytest.param("新加坡和马来西亚同意重启高铁项目。", set(), id="orgs-countries-as-actors-singapore-malaysia"),
    pytest.param("青山与东林两市签署合作协议。", set(), id="orgs-cities-as-actors"),
    pytest.param("澳門與東林攜手推動旅遊。", set(), id="orgs-cities-as-actors-macau"),
    pytest.param("中国队以3比1战胜日本队。", set(), id="orgs-national-teams"),
]

GENERIC_BODIES_IN_TITLES = [  # orgs: generic bodies "do not, even inside titles"; organisations inside titles count
    pytest.param("市委书记王建国出席会议。", set(), id="orgs-generic-in-titles-party-secretary"),
    pytest.param("青山市委书记王建国出席会议。", {"青山市委"}, id="orgs-in-titles-party-committee-with-place"),
    pytest.param("東林縣委副書記李明講話。", {"東林縣委"}, id="orgs-in-titles-county-committee-traditional"),
    pytest.param("區議會主席陳大文表示支持。", set(), id="orgs-generic-in-titles-district-council-traditional"),
    pytest.param("東林區議會主席陳大文表示支持。", {"東林區議會"}, id="orgs-in-titles-district-council-with-place"),
    pytest.param("省委统战部部长李明出席。", {"省委统战部"}, id="last-departments-named-by-function-in-a-title"),
    pytest.param("市人大常委会主任王强主持会议。", set(), id="orgs-generic-in-titles-standing-committee"),
    pytest.param("镇党委书记李明介绍情况。", set(), id="orgs-generic-in-titles-town-party-committee"),
    pytest.param("东林镇党委书记李明介绍情况。", {"东林镇党委"}, id="orgs-in-titles-town-party-committee-with-place"),
    pytest.param("縣長林志明表示將全力救災。", set(), id="orgs-generic-in-titles-magistrate-taiwan"),
    pytest.param("特區政府發言人表示歡迎。", set(), id="orgs-generic-in-titles-sar-spokesman"),
    pytest.param("州政府行政议员陈文强出席。", set(), id="orgs-generic-in-titles-state-government-malaysia"),
]

ALIASES_AND_RE_MENTIONS = [  # orgs: "a shorter re-mention ... is no new entry"; "an abbreviation in brackets is an alias"
    pytest.param("东林科技大学（以下简称东林科大）与青松集团合作，东林科大将派出团队。", {"东林科技大学", "青松集团"},
                 id="orgs-alias-university-short-name"),
    pytest.param("東林國際機場管理局（機管局）今日公布客運量，機管局表示增長穩定。", {"東林國際機場管理局"},
                 id="orgs-alias-authority-traditional"),
    pytest.param("东林理工学院（DTI）与青山大学签署合作备忘录。", {"东林理工学院", "青山大学"}, id="orgs-alias-latin-letters"),
    pytest.param("青山工商总会（青商总）今日举行会员大会，青商总会长致辞。", {"青山工商总会"}, id="orgs-alias-chamber-malaysia"),
    pytest.param("台灣東林大學今天舉行記者會，東林大學校長表示將擴大招生。", {"台灣東林大學"}, id="orgs-re-mention-without-place"),
    pytest.param("青山市人民政府（以下简称“市政府”）与青松集团签约。", {"青山市人民政府", "青松集团"}, id="orgs-alias-generic-short-form"),
    pytest.param("澳門東林協會（東協）今日舉行會員大會。", {"澳門東林協會"}, id="orgs-alias-association-macau"),
    pytest.param("青山市文化和旅游局（市文旅局）发布通知。", {"青山市文化和旅游局"}, id="orgs-alias-bureau-short-form"),
    pytest.param("青松控股有限公司公布业绩，青松控股表示将加大投资。", {"青松控股有限公司"}, id="orgs-re-mention-without-legal-form"),
    pytest.param("東林科技股份有限公司今日上市，東林科技表示將擴產。", {"東林科技股份有限公司"}, id="orgs-re-mention-without-legal-form-traditional"),
    pytest.param("新加坡东林银行（东银）宣布派息。", {"东林银行"}, id="orgs-alias-bank-singapore"),
]

MORE_LOOKALIKES_IN_NEWS = [  # a second round, written after the first passed: sessions, occasions, funds, media, routes
    pytest.param("市政府党组成员王强出席会议。", set(), id="orgs-generic-in-titles-party-group-of-a-government"),
    pytest.param("區政府工作小組今日到場視察。", set(), id="orgs-generic-bodies-working-group-traditional"),
    pytest.param("校方表示，將加強校園安全。", set(), id="orgs-generic-bodies-the-school-side-traditional"),
    pytest.param("院方表示伤者情况稳定。", set(), id="orgs-generic-bodies-the-hospital-side"),
    pytest.param("该校学生在比赛中获得金奖。", set(), id="orgs-generic-bodies-that-school"),
    pytest.param("东林市成立专项工作组，由市应急管理局牵头。", {"市应急管理局"}, id="orgs-generic-bodies-task-group-and-a-bureau"),
    pytest.param("两会期间，代表委员建言献策。", set(), id="orgs-event-names-two-sessions"),
    pytest.param("青松集团年度经销商大会在东林召开。", set(), id="last-body-inside-its-own-meeting"),
    pytest.param("東林科技園區管理局今天舉辦招商說明會。", {"東林科技園區管理局"}, id="orgs-park-authority-near-miss-taiwan"),
    pytest.param("东林港至青山港航线今日复航。", set(), id="orgs-not-a-body-shipping-route"),
    pytest.param("青山高铁站今天投入使用。", set(), id="orgs-venues-railway-station"),
    pytest.param("青山国际机场T3航站楼启用。", set(), id="orgs-venues-airport-terminal"),
    pytest.param("東林國際機場管理局宣布新航線。", {"東林國際機場管理局"}, id="orgs-airport-authority-near-miss-traditional"),
    pytest.param("东林中医院新院区今天开诊。", {"东林中医院"}, id="last-hospital-that-acts-opening-a-campus"),
    pytest.param("他毕业于青山大学，现任青松集团工程师。", {"青山大学", "青松集团"}, id="orgs-school-and-company-of-a-person"),
    pytest.param("活動由東林青年商會主辦，東林市民活動中心協辦。", {"東林青年商會", "東林市民活動中心"},
                 id="last-centre-that-co-organises-traditional"),
    pytest.param("东林青年创业基金首期规模10亿元。", set(), id="orgs-not-a-body-fund-with-its-size"),
    pytest.param("东林市青年创业基金会今天成立。", {"东林市青年创业基金会"}, id="orgs-foundation-set-up-near-miss"),
    pytest.param("本届金东林奖共颁出二十个奖项。", set(), id="orgs-not-a-body-award-edition"),
    pytest.param("东林市科技局局长李明为获奖企业颁奖。", {"东林市科技局"}, id="orgs-presenter-bureau-near-miss"),
    pytest.param("馬來西亞東林商會聯合會今日召開理事會議。", {"東林商會聯合會"}, id="orgs-federation-malaysia-near-miss"),
    pytest.param("新加坡东林宗乡会馆举办新春团拜。", {"东林宗乡会馆"}, id="last-clan-hall-that-acts-singapore"),
    pytest.param("澳門東林街坊會聯合總會今日舉行會員大會。", {"東林街坊會聯合總會"}, id="orgs-federation-before-its-general-meeting-macau",
                 marks=pytest.mark.xfail(strict=True, reason="the tagger reads 會|聯合|總會 as verbs after a place and "
                                                             "builds no name; a recall defect outside this bank's class")),
    pytest.param("青松牌空调在东林上市。", set(), id="orgs-not-a-body-brand-product"),
    pytest.param("东林APP注册用户突破一千万。", set(), id="orgs-not-a-body-app"),
    pytest.param("據東林電視台報道，颱風今晚登陸。", set(), id="orgs-medium-in-a-source-phrase-traditional"),
    pytest.param("东林数字经济产业园已入驻企业120家。", set(), id="orgs-not-a-body-industrial-park"),
    pytest.param("青山自贸片区管委会与东林集团签约。", {"青山自贸片区管委会", "东林集团"}, id="orgs-zone-committee-near-miss"),
    pytest.param("兩岸企業家峰會今年在東林舉行。", set(), id="orgs-event-names-summit-of-two-sides"),
    pytest.param("東林縣政府與青山縣政府締結姊妹縣。", {"東林縣政府", "青山縣政府"}, id="orgs-governments-with-place-traditional"),
    pytest.param("中方代表团团长王强在会上发言。", set(), id="orgs-delegations-head-of-a-side"),
    pytest.param("青山市委、市政府召开全市招商大会。", {"青山市委"}, id="orgs-generic-bodies-shared-place-not-repeated"),
]

SHORT_PAGES = [  # whole items: an event with its parts, schemes, source lines, bodies re-mentioned by their ending
    pytest.param("第六届东林文化旅游博览会开幕\n2026-05-08 09:30 来源：东林日报\n5月8日，第六届东林文化旅游博览会在东林国际会展中心开幕。本届文旅博览会由东林市人民政府主办，东林市文化广电旅游局承办，设有非遗展区、乡村旅游展区等五大展区。开幕式上，东林文旅集团与青山旅游发展有限公司签署战略合作协议。",
                 {"东林市人民政府", "东林市文化广电旅游局", "东林文旅集团", "青山旅游发展有限公司"}, id="orgs-event-names-page-expo-with-zones-and-organisers"),
    pytest.param("東林縣推動青年返鄉創業\n2026-03-02 來源：東林新聞網\n東林縣政府今天宣布推出青年返鄉創業貸款計畫，縣長林志明表示，縣府將與東林農會合作，提供低利貸款。東林青創基金首期規模新台幣五億元，由縣府與民間共同出資。",
                 {"東林縣政府", "東林農會"}, id="orgs-not-a-body-page-taiwan-scheme-and-fund"),
    pytest.param("（记者 王明）昨日，青山市第二届人工智能产业大会在青山大学体育馆举行。大会由青山大学和青山市科学技术协会联合主办。青松科技、东林智能等企业代表参会。会上发布了《青山市人工智能产业发展白皮书》。",
                 {"青山大学", "青山市科学技术协会", "青松科技", "东林智能"}, id="orgs-venues-page-conference-at-a-university-gym"),
    pytest.param("澳門東林商會今日於東林酒店舉行成立三十週年慶典，經濟及科技發展局局長、東林商會會長陳大文等出席。陳大文致辭時表示，商會將繼續支持中小企業發展。",
                 {"澳門東林商會", "經濟及科技發展局"}, id="last-body-inside-an-event-name-page-macau-anniversary-of-a-chamber"),
    pytest.param("新加坡东林宗乡会馆联合总会昨天在东林大厦举办新春团拜，文化、社区及青年部部长李明出席。总会会长陈志强表示，总会明年将推出青年领袖计划。",
                 {"东林宗乡会馆联合总会", "文化、社区及青年部"}, id="orgs-re-mention-page-singapore-federation-re-mentioned-by-ending"),
    pytest.param("马来西亚东林华团联合会今日移交善款予东林中华医院，联合会会长拿督陈文强表示，善款将用于购置医疗器材。东林州政府行政议员林美玲亦出席移交仪式。",
                 {"东林华团联合会", "东林中华医院", "东林州政府"}, id="orgs-re-mention-page-malaysia-federation-re-mentioned-by-ending"),
    pytest.param("青山市人民政府新闻办公室今天举行新闻发布会，市统计局局长王强介绍，上半年全市地区生产总值增长5.2%。市发展改革委、市商务局有关负责人回答记者提问。",
                 {"青山市人民政府新闻办公室", "市统计局", "市发展改革委", "市商务局"}, id="last-departments-named-by-function-page-press-conference-departments"),
    pytest.param("香港東林青年協會今日公布調查結果，逾六成受訪青年支持政府推出的青年宿舍計劃。協會總幹事陳大文指出，特區政府應增加資源。",
                 {"香港東林青年協會"}, id="orgs-re-mention-page-hk-survey-association-re-mentioned"),
    pytest.param("东林大学与青山市人民政府签署战略合作框架协议。根据协议，双方将共建东林大学青山研究院，青山市政府每年安排专项资金支持研究院建设。",
                 {"东林大学", "青山市人民政府", "东林大学青山研究院"}, id="orgs-re-mention-page-university-and-government-re-mention"),
    pytest.param("2026东林国际马拉松赛暨全国马拉松锦标赛鸣枪开跑，来自20个国家和地区的3万名选手参赛。赛事由中国田径协会、东林市人民政府主办，东林市体育局承办。",
                 {"中国田径协会", "东林市人民政府", "东林市体育局"}, id="orgs-event-names-page-marathon-organisers"),
]


@pytest.mark.parametrize("text, expected", EVENTS_AND_THEIR_PARTS + PROGRAMMES_FUNDS_PRIZES_PROJECTS + VENUES_ROUTES_AND_PLACES
                         + GENERIC_BODIES_AND_KINDS + SOURCE_LINES_AND_MEDIA + DELEGATIONS_AND_PLACES_AS_ACTORS
                         + GENERIC_BODIES_IN_TITLES + ALIASES_AND_RE_MENTIONS + MORE_LOOKALIKES_IN_NEWS
                         + SHORT_PAGES)
def test_organization_lookalike_bank(text, expected):
    assert organizations(text) == {_key(name) for name in expected}
