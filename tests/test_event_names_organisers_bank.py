"""Event names, kinds and organisers as credited on real pages (ANNOTATION.md, "Event").

A bank of invented short pages, grouped by the class of construction each row tests:
- a list of organisers where one body's name holds 联合 (…联合总会, …联合会) and a bracketed alias follows it
  (由A联合总会（简称）与B联合主办): each body whole, the alias no entry, never a piece cut at the 联合 inside a name;
- the event as the subject of a co-organising verb (文化节今年首次与A及B合办): the bodies after 与 are the organisers,
  the event and its time are none;
- a name written in quotation marks with a bare 活动 after it (举办“X”活动): the name is X;
- a film festival (影展, 电影节): kind `other`, not an exhibition's `expo`;
- a job fair (就业博览会, 人才博览会, 就业博览会 in Traditional): kind `fair`, like 招聘会;
- a legislature committee's hearing (公听会, 听证会): kind `meeting`.
Each row is written once and given in both scripts (OpenCC s2t / t2s of the same invented sentence), from the mainland,
Hong Kong, Macau, Taiwan, Singapore and Malaysia. Near misses: 联合 as a verb between two bodies (A联合B举办), a quoted
slogan with more words before 活动, an art exhibition (画展) that stays `expo`, a trade 博览会 that stays `expo`.
Every name, body and place is made up; the rows were written before the extractor was run on them. `ANY` leaves a field
unchecked.
"""
import opencc
import pytest

from tests.helpers import ANY, check_bank_coverage, event_frame, event_page

_S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def _convert(value, converter):
    if isinstance(value, str):
        return converter.convert(value)
    if isinstance(value, list):
        return [converter.convert(v) for v in value]
    return value


def _row(id, headline, date, body, **expected):
    return (id, headline, date, body, expected)


# A body whose name holds 联合, then its bracketed alias, then 与/及 and the next body.
ALIASED_LISTS = [
    _row("singapore-联合总会（简称）与", "华族文化节开幕", "2025-03-08",
         "（新加坡讯）2025年东灵华族文化节昨天开幕。文化节由新加坡青禾会馆联合总会（青禾总会）与东灵华族文化中心联合主办，为期三周。",
         organizers=["新加坡青禾会馆联合总会", "东灵华族文化中心"]),
    _row("singapore-联合总会（简称）及", "方言节开幕", "2025-05-11",
         "（新加坡讯）第三届东灵方言节昨天开幕，由新加坡青禾宗亲联合总会（青宗总会）及东灵民众俱乐部联办。",
         organizers=["新加坡青禾宗亲联合总会", "东灵民众俱乐部"]),
    _row("malaysia-联合会（简称）与", "书展开幕", "2025-06-02",
         "（吉隆坡2日讯）第八届雪隆华文书展今日开幕，由马来西亚青禾社团联合会（青社联）与东灵出版社联合主办。",
         organizers=["马来西亚青禾社团联合会", "东灵出版社"]),
    _row("malaysia-联合总会（简称）、", "华乐节开幕", "2025-07-05",
         "（怡保5日讯）第六届霹雳华乐节今日开幕，由霹雳青禾乡团联合总会（霹青总）、东灵华乐团及岚山书院联合主办。",
         organizers=["霹雳青禾乡团联合总会", "东灵华乐团", "岚山书院"]),
    _row("hk-聯合會（簡稱）與", "工展會開幕", "2025-12-06",
         "（香港訊）第五十屆東灣工商展覽會今日開幕，由香港青禾廠商聯合會（青廠會）與東灣總商會聯合主辦。",
         organizers=["香港青禾廠商聯合會", "東灣總商會"]),
    _row("macau-聯合總會（簡稱）與", "美食節開幕", "2025-11-14",
         "（澳門訊）第二十屆東灣美食節昨日開幕，由澳門青禾社團聯合總會（青聯）與東灣飲食業商會合辦。",
         organizers=["澳門青禾社團聯合總會", "東灣飲食業商會"]),
    _row("taiwan-聯合會（簡稱）及", "文化祭開幕", "2025-09-20",
         "〔記者陳怡君／台中報導〕第九屆台中青禾文化祭今（20）日開幕，由台中市青禾社團聯合會（青社聯）及東灣文教基金會共同主辦。",
         organizers=["台中市青禾社團聯合會", "東灣文教基金會"]),
    _row("mainland-联合会（简称）和", "文化节开幕", "2025-10-10",
         "本报讯 第四届岚山民俗文化节10日开幕，由岚山市青禾文艺界联合会（市文联）和岚山市文化馆联合主办。",
         organizers=["岚山市青禾文艺界联合会", "岚山市文化馆"]),
    # near miss: 联合 as a verb between two bodies stays a split
    _row("near-singapore-A联合B主办", "灯会开幕", "2025-09-12",
         "（新加坡讯）第五届东灵中秋灯会昨晚开幕，由青禾会馆联合东灵民众俱乐部主办。",
         organizers=["青禾会馆", "东灵民众俱乐部"]),
    _row("near-malaysia-A联合B举办", "书法展开幕", "2025-04-12",
         "（槟城12日讯）槟城青禾书艺协会联合东灵华校董事会举办第七届槟城书法节，今日开幕。",
         organizers=["槟城青禾书艺协会", "东灵华校董事会"]),
    _row("near-mainland-联合会与B无简称", "论坛开幕", "2025-05-20",
         "本报讯 第二届岚山文旅论坛20日开幕，由岚山市青禾旅游联合会与岚山日报社共同主办。",
         organizers=["岚山市青禾旅游联合会", "岚山日报社"]),
]

# The event the subject of a co-organising verb: the bodies after 与 organise it.
EVENT_WITH_BODIES = [
    _row("singapore-文化节今年首次与A及B合办", "华族文化节", "2025-04-21",
         "（新加坡讯）第五届东灵华族文化节昨天开幕。青禾会馆会长林文杰说，文化节今年首次与新加坡青禾宗亲联合总会及东灵民众俱乐部合办，共有18个社团参与。",
         organizers=["新加坡青禾宗亲联合总会", "东灵民众俱乐部"]),
    _row("malaysia-书展今年与A和B联办", "华文书展", "2025-08-02",
         "（吉隆坡2日讯）第十届雪隆华文书展今日开幕。主办方表示，书展今年与青禾出版社和东灵书局联办，参展摊位逾百个。",
         organizers=ANY),
    _row("hk-節今年與A及B合辦", "美食節開幕", "2025-10-03",
         "（香港訊）第六屆東灣美食節今日開幕。籌委會主席表示，美食節今年首次與香港青禾酒樓商會及東灣區議會合辦，設攤位八十個。",
         organizers=["香港青禾酒樓商會", "東灣區議會"]),
    _row("macau-展今年與A合辦", "藝術節開幕", "2025-05-02",
         "（澳門訊）第三屆東灣藝術節昨日開幕。主辦方表示，藝術節今年首次與澳門青禾文化協會合辦，節目逾四十場。",
         organizers=["澳門青禾文化協會"]),
    _row("taiwan-節今年與A及B合辦", "音樂節登場", "2025-07-19",
         "〔記者林佳蓉／台南報導〕第八屆台南東灣音樂節今（19）日登場。音樂節今年首度與台南市青禾文教基金會及東灣社區發展協會合辦，共有30組樂團演出。",
         organizers=["台南市青禾文教基金會", "東灣社區發展協會"]),
    _row("mainland-活动今年与A和B合办", "读书节开幕", "2025-04-23",
         "本报讯 第十二届岚山读书节23日开幕。读书节今年首次与岚山市图书馆和青禾书城合办，推出活动60余场。",
         organizers=["岚山市图书馆", "青禾书城"]),
]

# A name in quotation marks with a bare 活动 after it: the name is what the marks hold.
QUOTED_ACTIVITIES = [
    _row("mainland-法院举办“X”活动", "法院开放日", "2025-06-13",
         "本报讯 6月12日，岚山市东湖区人民法院举办“阳光法院·公众开放日”活动，邀请40余名群众走进法院旁听庭审。",
         name="阳光法院·公众开放日", kind="other", organizers=["岚山市东湖区人民法院"]),
    _row("mainland-检察院开展“X”活动", "检察开放日", "2025-06-20",
         "本报讯 6月19日，青禾市西城区人民检察院开展“检察蓝·护苗行”活动，走进12所学校开展法治宣讲。",
         name="检察蓝·护苗行", kind="other", organizers=["青禾市西城区人民检察院"]),
    _row("hk-署舉辦「X」活動", "開放日", "2025-03-09",
         "（香港訊）東灣消防處昨日舉辦「安全社區·消防開放日」活動，吸引逾三千名市民參觀。",
         name="安全社區·消防開放日", kind="other", organizers=["東灣消防處"]),
    _row("macau-局舉辦「X」活動", "家庭日", "2025-05-18",
         "（澳門訊）澳門青禾社會工作局昨日舉辦「愛在家庭·親子同樂日」活動，近千名市民參加。",
         name="愛在家庭·親子同樂日", kind="other", organizers=["澳門青禾社會工作局"]),
    _row("taiwan-所舉辦「X」活動", "淨灘活動", "2025-08-10",
         "〔記者王志明／基隆報導〕基隆市東灣區公所今（10）日舉辦「守護海岸·淨灘一起來」活動，逾五百名民眾參與。",
         name="守護海岸·淨灘一起來", kind="other", organizers=["基隆市東灣區公所"]),
    _row("singapore-举办“X”活动", "社区日", "2025-07-06",
         "（新加坡讯）东灵民众俱乐部昨天举办“邻里一家·社区同乐日”活动，吸引逾两千名居民参加。",
         name="邻里一家·社区同乐日", kind="other", organizers=["东灵民众俱乐部"]),
    _row("malaysia-举办“X”活动", "环保日", "2025-04-21",
         "（吉隆坡21日讯）雪隆青禾青年团昨日举办“绿色家园·环保嘉年华日”活动，近千名公众参与。",
         name="绿色家园·环保嘉年华日", kind="other", organizers=["雪隆青禾青年团"]),
    # near misses: more words between the quotation and 活动 keep them
    _row("near-mainland-“X”主题志愿服务活动", "志愿活动", "2025-03-06",
         "本报讯 3月5日，共青团青禾市委举办“守护青山 青春同行”主题志愿服务活动，200余名志愿者参加。",
         name="“守护青山 青春同行”主题志愿服务活动", kind="other"),
    _row("near-taiwan-「X」系列活動之首場", "系列活動", "2025-08-10",
         "〔記者王志明／新竹報導〕新竹市東灣區公所今（10）日舉辦「東灣好生活」主題健走活動，逾三百名民眾參與。",
         name="「東灣好生活」主題健走活動", kind="other"),
]

# A film festival: kind other.
FILM_FESTIVALS = [
    _row("taiwan-城市影展", "影展開幕", "2025-10-17",
         "〔記者陳怡君／桃園報導〕由東灣市政府主辦的「第十屆東灣城市影展」今（17）日晚間開幕，影展一連十天，共放映48部作品。",
         name="第十屆東灣城市影展", kind="other", edition=10),
    _row("hk-影展揭幕", "影展揭幕", "2025-04-10",
         "（香港訊）第八屆青禾獨立影展昨晚揭幕，一連十二日放映六十部本地及海外作品。",
         name="第八屆青禾獨立影展", kind="other"),
    _row("mainland-电影节开幕", "电影节开幕", "2025-06-15",
         "本报讯 第五届岚山国际电影节15日开幕，共有来自30个国家的120部影片参展。",
         name="第五届岚山国际电影节", kind="other"),
    _row("singapore-影展开幕", "影展开幕", "2025-11-21",
         "（新加坡讯）第三届东灵华语影展昨晚开幕，为期十天，放映45部华语片。",
         name="第三届东灵华语影展", kind="other"),
    _row("macau-紀錄片影展", "影展開幕", "2025-12-05",
         "（澳門訊）第六屆東灣紀錄片影展昨日開幕，為期一週，放映三十部紀錄片。",
         name="第六屆東灣紀錄片影展", kind="other"),
    # near misses: an art or photo exhibition stays an exhibition
    _row("near-taiwan-畫展", "畫展開幕", "2025-10-18",
         "〔記者陳怡君／台南報導〕「第十屆東灣青年畫展」今（18）日開幕，展出120件作品。",
         name="第十屆東灣青年畫展", kind="expo"),
    _row("near-hk-攝影展", "攝影展開幕", "2025-04-12",
         "（香港訊）第八屆青禾攝影展昨日開幕，展出二百幅作品，為期兩週。",
         name="第八屆青禾攝影展", kind="expo"),
]

# A job fair: kind fair.
JOB_FAIRS = [
    _row("taiwan-就業博覽會", "就博會登場", "2025-06-14",
         "〔記者林佳蓉／新竹報導〕東灣縣政府主辦的「2025東灣縣夏季就業博覽會」今（14）日登場，共有62家廠商參與，提供逾2800個職缺。",
         name="2025東灣縣夏季就業博覽會", kind="fair"),
    _row("mainland-人才博览会", "人才博览会开幕", "2025-03-02",
         "本报讯 2025岚山春季人才博览会2日开幕，300余家企业提供岗位8000多个。",
         name="2025岚山春季人才博览会", kind="fair"),
    _row("hk-就業博覽會", "就業博覽會", "2025-02-15",
         "（香港訊）第十屆東灣就業博覽會今日在灣仔開幕，逾百間機構提供五千個職位空缺。",
         name="第十屆東灣就業博覽會", kind="fair"),
    _row("macau-招聘博覽會", "招聘博覽會", "2025-09-06",
         "（澳門訊）2025青禾招聘博覽會昨日開幕，八十家企業提供逾二千個職位。",
         name="2025青禾招聘博覽會", kind="fair"),
    _row("malaysia-就业博览会", "就业博览会", "2025-05-10",
         "（吉隆坡10日讯）2025雪隆华团就业博览会今日开幕，逾百家企业提供3000个职位。",
         name="2025雪隆华团就业博览会", kind="fair"),
    _row("singapore-职业博览会", "职业博览会", "2025-08-16",
         "（新加坡讯）第五届东灵职业博览会昨天开幕，120家企业提供逾四千个职位。",
         name="第五届东灵职业博览会", kind="fair"),
    # near misses: a trade or culture 博览会 stays an expo
    _row("near-mainland-文化产业博览会", "文博会开幕", "2025-05-22",
         "本报讯 第八届岚山文化产业博览会22日开幕，展览面积达8万平方米。",
         name="第八届岚山文化产业博览会", kind="expo"),
    _row("near-taiwan-農業博覽會", "農博會開幕", "2025-11-01",
         "〔記者王志明／屏東報導〕2025東灣國際農業博覽會今（1）日開幕，共有300家廠商參展。",
         name="2025東灣國際農業博覽會", kind="expo"),
]

# A legislature committee's hearing: kind meeting, held by the committee.
HEARINGS = [
    _row("taiwan-委員會舉行「X」公聽會", "公聽會", "2025-10-23",
         "〔記者陳怡君／台北報導〕立法院青禾及東灣事務委員會今天上午舉行「長照人力短缺因應」公聽會，邀集學者及官員共12人發言。",
         name="「長照人力短缺因應」公聽會", kind="meeting", organizers=["立法院青禾及東灣事務委員會"]),
    _row("taiwan-市議會舉辦公聽會", "公聽會", "2025-05-08",
         "〔記者林佳蓉／台中報導〕台中市議會今（8）日舉辦「東灣捷運延伸路線」公聽會，逾百名居民出席。",
         name="「東灣捷運延伸路線」公聽會", kind="meeting"),
    _row("mainland-召开听证会", "价格听证会", "2025-07-09",
         "本报讯 岚山市发展和改革委员会9日召开“岚山市居民用水价格调整”听证会，20名听证参加人到会。",
         name="岚山市居民用水价格调整听证会", kind="meeting"),
    _row("hk-公聽會", "公聽會", "2025-06-21",
         "（香港訊）東灣區議會昨日舉行「青禾道重建計劃」公聽會，逾二百名居民出席。",
         name="「青禾道重建計劃」公聽會", kind="meeting"),
    _row("macau-立法會委員會公聽會", "公聽會", "2025-03-12",
         "（澳門訊）立法會第一常設委員會昨日舉行《青禾法》修訂公聽會，十多個團體代表發言。",
         kind="meeting"),
    _row("near-taiwan-公聽會延期", "公聽會延期", "2025-03-12",
         "〔記者陳怡君／台北報導〕第五屆東灣電影節今（12）日開幕，原定同日舉行的票價公聽會延期。",
         name="第五屆東灣電影節", kind="other"),
]

MORE = [
    _row("singapore-联合会（简称）联合主办", "书展", "2025-06-01",
         "（新加坡讯）第九届东灵书展昨天开幕，由新加坡青禾书商联合会（书商联）与东灵文化基金联合主办。",
         organizers=["新加坡青禾书商联合会", "东灵文化基金"]),
    _row("malaysia-总会（简称）及协会", "嘉年华", "2025-09-14",
         "（新山14日讯）第四届柔佛青禾美食嘉年华今日开幕，由柔佛青禾乡团联合总会（柔青总）及东灵饮食业协会联办。",
         organizers=["柔佛青禾乡团联合总会", "东灵饮食业协会"]),
    _row("hk-就業及培訓博覽會", "博覽會", "2025-01-18",
         "（香港訊）2025東灣就業及培訓博覽會今日開幕，逾百間機構參與。",
         kind="fair"),
]

# Added after the real-page check (written before the extractor was run on them): the days of a two-day holding between
# the body and its verb (X今明两天(26及27日)在Y举行 <the event>): the body still holds the event.
TWO_DAY_HOLDERS = [
    _row("malaysia-今明两天(26及27日)", "毕业典礼", "2025-10-26",
         "(新山26日讯)东灵大学学院今明两天(26及27日)在新山校区礼堂举行“第八届毕业典礼”,共有900名毕业生领取证书。",
         organizers=["东灵大学学院"]),
    _row("macau-今明兩天（26至27日）", "畢業典禮", "2025-10-26",
         "（澳門訊）青禾理工學院今明兩天（26至27日）在校園禮堂舉行「第八屆畢業典禮」，共有900名畢業生領取證書。",
         organizers=["青禾理工學院"]),
    _row("singapore-今明两天", "校庆", "2025-07-12",
         "（新加坡讯）东灵中学今明两天在校园举办“百年校庆嘉年华”，逾五千名校友回校。",
         organizers=["东灵中学"]),
    _row("hk-今明兩日", "開放日", "2025-11-08",
         "（香港訊）東灣大學今明兩日在校園舉行「第十屆東灣大學科技節」，展出逾百項研究成果。",
         organizers=["東灣大學"]),
    _row("taiwan-今明兩天(8、9日)", "校慶", "2025-11-08",
         "〔記者林佳蓉／台南報導〕台南市東灣國小今明兩天(8、9日)在校園舉辦「第五屆東灣童玩節」，吸引上千名親子參加。",
         organizers=["台南市東灣國小"]),
]

# A visit lead whose visitors attend an event named by its year or edition on a stated day (考察团…11日在厦门出席“2025X对接会”):
# the event is reported (added after the real-page check, written before the extractor was run on them).
VISITORS_ATTEND = [
    _row("malaysia-考察团11日出席“2025X对接会”", "商贸对接会", "2025-10-14",
         "(吉隆坡14日讯)由青禾部副部长拿督林大文率领的马中贸易考察团一行68人,本月11日在厦门出席“2025马中企业商贸对接会”,见证双方企业签署14份备忘录。",
         name="2025马中企业商贸对接会", start="2025-10-11"),
    _row("singapore-考察团昨天出席第三届X论坛", "考察团", "2025-06-05",
         "（新加坡讯）东灵商会率领的商务考察团一行30人，昨天在岚山出席第三届岚山东盟投资论坛，并拜访当地企业。",
         name="第三届岚山东盟投资论坛", start="2025-06-04"),
    _row("hk-訪問團昨日出席2025X博覽會", "訪問團", "2025-09-09",
         "（香港訊）東灣總商會率領的考察團一行40人，昨日在岚山出席2025岚山國際食品博覽會，並參觀多家企業。",
         name="2025岚山國際食品博覽會", start="2025-09-08"),
    # near miss: a visit that attends no named event stays no event
]
NO_EVENT_VISITS = [
    ("near-mainland-考察团参观企业", "考察团", "2025-10-14",
     "本报讯 青禾市商务代表团一行20人11日赴岚山考察，参观了多家企业并出席座谈。"),
    ("near-hk-考察團拜訪商會", "考察團", "2025-10-14",
     "（香港訊）東灣總商會考察團一行30人昨日在岚山考察，拜訪當地商會及企業。"),
]

# No place written but the city in the name of its court, procuratorate or hospital that holds the event, a district's among
# them (岚山市东湖区人民法院举办…): the city (added after the real-page check, written before the extractor was run on them).
COURT_CITIES = [
    _row("mainland-区法院-city", "法院开放日", "2025-06-13",
         "本报讯 6月12日，岚山市东湖区人民法院举办“阳光法院·公众开放日”活动，邀请40余名群众走进法院旁听庭审。",
         city="岚山"),
    _row("mainland-市检察院-city", "检察开放日", "2025-05-21",
         "本报讯 5月20日，青禾市人民检察院举办“检察开放日”活动，邀请30名人大代表走进检察院。",
         city="青禾"),
    _row("mainland-市医院-city", "医院开放日", "2025-08-09",
         "本报讯 8月8日，东灵市第一人民医院举办“健康同行·医院开放日”活动，200名市民参观。",
         city="东灵"),
]

ROWS = ALIASED_LISTS + EVENT_WITH_BODIES + QUOTED_ACTIVITIES + FILM_FESTIVALS + JOB_FAIRS + HEARINGS + MORE + TWO_DAY_HOLDERS + VISITORS_ATTEND + COURT_CITIES


def _both_scripts(rows):
    """Each row in its own script and in the other (Traditional rows end in -trad)."""
    out = []
    for id, headline, date, body, expected in rows:
        traditional = _T2S.convert(body) != body
        other = _T2S if traditional else _S2T
        other_expected = {k: _convert(v, other) for k, v in expected.items()}
        mine = (f"{id}-trad" if traditional else id, headline, date, body, expected)
        theirs = (f"{id}-simp" if traditional else f"{id}-trad", other.convert(headline), date, other.convert(body), other_expected)
        out += [mine, theirs]
    return out


BANK = _both_scripts(ROWS)
XFAIL: dict[str, str] = {
    "taiwan-聯合會（簡稱）及-trad": "文化祭 is no event word (KINDS holds 音乐祭 and 花祭 only), so the page's event is not found",
    "taiwan-聯合會（簡稱）及-simp": "文化祭 is no event word (KINDS holds 音乐祭 and 花祭 only), so the page's event is not found",
}


def _expected(values):
    full = {"kind": ANY, "name": ANY, "edition": ANY, "theme": ANY, "start": ANY, "end": ANY, "city": ANY, "organizers": ANY}
    full.update(values)
    return full


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(event_page(h, d, b), _expected(e), id=i,
                  marks=pytest.mark.xfail(strict=True, reason=XFAIL[i]) if i in XFAIL else ()) for i, h, d, b, e in BANK])
def test_event_names_kinds_and_organisers(text, expected):
    got, wanted = event_frame(text, expected, unquote=True)
    assert got == wanted


NO_EVENT = _both_scripts([(i, h, d, b, {}) for i, h, d, b in NO_EVENT_VISITS])


@pytest.mark.parametrize("text", [pytest.param(event_page(h, d, b), id=i) for i, h, d, b, _ in NO_EVENT])
def test_a_visit_attending_no_named_event_is_no_event(text):
    from extractor import extract

    assert extract(text).event is None


def test_the_bank_is_large_varied_and_mostly_passing():
    check_bank_coverage([(row[0],) for row in BANK + NO_EVENT], XFAIL, minimum=100)
