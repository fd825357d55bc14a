"""The event frame by kind of event, on short invented pages (ANNOTATION.md, "Event"; SCHEMA.md `Event.kind`).

Each row is a page (headline, date line, one to four sentences) in Simplified or Traditional, from the mainland, Hong Kong,
Macau, Taiwan, Singapore or Malaysia, grouped by the kind of event it reports, with the kinds and names the earlier banks
met little: news conferences and briefings (新闻发布会, 記者會, 吹風會, 記者說明會), launches (发布会, 上市发布会, 首发式),
openings and groundbreakings (开工仪式, 奠基典礼, 揭牌仪式, 開幕禮), award ceremonies (颁奖典礼, 頒獎禮), sports (运动会,
锦标赛, 马拉松), culture (艺术节, 电影节, 书展, 音乐会, 嘉年华), work conferences (工作会议, 座谈会, 推进会, 现场会), meetings of
bodies (代表大会, 理事会), trade (交易会, 洽谈会, 推介会, 招商会) and exhibitions (展览, 展会, 博览会). Names come with
第N届/第N屆, a year, a place, quotation marks or brackets, an English name in brackets, and a later shorter mention; dates
with 至/到/—, 为期N天 and closing words; places from 在…举行, 于…举办 and a venue with its city. The near misses are
pages that name an event only as background (figures, results, a court or police item, policy news, a match result, a
body's routine session): no event. Every name, body and event is made up; the rows were written before the extractor
was run on them. `ANY` leaves a field unchecked; organisers are compared as a set, as the scorer does.
"""
import pytest

from extractor import extract
from tests.helpers import ANY, event_case as case, event_page as page


def none(headline, date, body, *, id, marks=()):
    return pytest.param(page(headline, date, body), id=id, marks=marks)


# News conferences and briefings the page reports for what is said at them (not figures, not another event): `press`.
PRESS = [
    case("市政府召开新闻发布会解读营商环境条例", "2025-03-12",
         "本报讯 3月11日，松川市人民政府新闻办公室召开新闻发布会，解读《松川市优化营商环境条例》，市司法局负责人回答记者提问。",
         kind="press", name=None, start="2025-03-11", id="news-conference-on-a-regulation"),
    case("政府舉行吹風會介紹新措施", "2025-10-16",
         "（香港訊）特區政府昨日舉行吹風會，向傳媒介紹《施政報告》中的房屋新措施，多名官員出席回答提問。",
         kind="press", name=None, start="2025-10-15", city=ANY, id="traditional-hk-吹風會"),
    case("交通部說明春節疏運措施", "2025-01-15",
         "〔記者郭家瑋／台北報導〕交通部今（15）日召開記者說明會，說明今年春節連假疏運措施，國道將實施高乘載管制。",
         kind="press", name=None, start="2025-01-15", id="traditional-taiwan-記者說明會"),
    case("新聞局舉行新聞發布會", "2025-08-05",
         "（澳門訊）新聞局昨日下午舉行新聞發布會，介紹颱風季節的應變安排，民防及相關部門代表出席。",
         kind="press", name=None, start="2025-08-04", id="traditional-macau-新聞發布會"),
    case("卫生部召开记者会宣布新措施", "2025-07-09",
         "（新加坡讯）卫生部昨天召开记者会，宣布从下月起加强对电子烟的执法行动，卫生部长亲自出席。",
         kind="press", name=None, start="2025-07-08", id="singapore-记者会-on-measures"),
    case("部长在布城召开记者会", "2025-04-23",
         "（布城22日讯）交通部长今日在布城召开记者会，宣布开斋节期间高速公路免收过路费两天。",
         kind="press", name=None, start="2025-04-22", city="布城", id="malaysia-记者会-in-布城"),
    case("国新办举行新闻发布会介绍乡村振兴举措", "2025-02-26",
         "新华社北京2月25日电 国务院新闻办公室25日举行新闻发布会，农业农村部负责人介绍全面推进乡村振兴的重点工作。",
         kind="press", name=None, start="2025-02-25", city="北京", id="state-council-news-conference"),
    case("外交部举行例行记者会", "2025-06-06",
         "本报北京6月5日电 外交部发言人5日主持例行记者会，就近期国际热点问题回答记者提问。", kind="press", start="2025-06-05",
         city="北京", id="routine-foreign-ministry-briefing"),
    case("教育局舉行傳媒簡報會", "2025-08-20",
         "（香港訊）教育局昨日舉行傳媒吹風會，講解新學年的中學課程改革安排。", kind="press", start="2025-08-19", id="traditional-hk-傳媒吹風會"),
    case("市消防局召开新闻通气会", "2025-11-08",
         "本报讯 11月7日，松川市消防救援支队召开新闻通气会，通报今冬明春火灾防控工作部署。", kind="press", start="2025-11-07",
         id="新闻通气会"),
    case("经济部召开记者会说明电价方案", "2025-03-21",
         "〔記者陳信宏／台北報導〕經濟部今（21）日召開記者會，說明夏季電價調整方案，部長親自出席。", kind="press", start="2025-03-21",
         id="traditional-taiwan-記者會"),
    # Figures told at a news conference are the news, not the conference.
    none("主計總處上修今年經濟成長率", "2025-08-15",
         "〔記者陳永吉／台北報導〕主計總處今（15）日召開記者會，上修今年經濟成長率至3.1%，較5月預測增加0.3個百分點。",
         id="traditional-taiwan-figures-at-a-記者會"),
    none("法院通报一年来审判执行工作", "2025-09-26",
         "本报讯 9月25日，松川市中级人民法院召开新闻发布会，通报今年以来共审结各类案件2.3万件，同比上升6.4%。",
         id="court-figures-at-a-news-conference"),
    none("澳門首三季經濟收縮", "2025-11-29",
         "（澳門訊）統計暨普查局昨日舉行新聞發布會，公布首三季本地生產總值按年實質下跌1.2%，其中博彩服務出口下降。",
         id="traditional-macau-figures-at-a-news-conference"),
    none("警方记者会通报破获贩毒集团", "2025-05-14",
         "（新加坡讯）中央肃毒局昨天召开记者会，透露在全岛突击行动中逮捕21名嫌犯，起获价值约90万新元的毒品。",
         id="singapore-police-item-at-a-记者会"),
]

# Launches: a product, a book, a report or a plan released (发布会, 发表会, 首发式, 上市发布会): `launch`.
LAUNCH = [
    case("青禾手机新品发布会在深圳举行", "2025-09-11",
         "本报讯 9月10日，青禾通讯2025秋季新品发布会在深圳湾体育中心举行，发布了两款旗舰手机。", kind="launch",
         name="青禾通讯2025秋季新品发布会", start="2025-09-10", city="深圳", id="autumn-product-launch-venue-and-city"),
    case("《松川市数字经济发展规划》发布", "2025-04-18",
         "本报讯 4月17日，《松川市数字经济发展规划（2025—2030年）》发布会在市政府新闻中心举行，规划提出六大重点任务。",
         kind="launch", name="《松川市数字经济发展规划（2025—2030年）》发布会", start="2025-04-17", id="plan-release-发布会"),
    case("城市营商环境报告发布", "2025-12-03",
         "新华社北京12月2日电 《2025中国城市营商环境报告》发布会2日在北京举行，报告对100个城市进行了评价。", kind="launch",
         name="《2025中国城市营商环境报告》发布会", start="2025-12-02", city="北京", id="report-release-发布会"),
    case("新书首发式在书城举行", "2025-08-17",
         "本报讯 8月16日，作家李明远长篇小说《江河岁月》首发式在松川书城举行，200余名读者到场。", kind="launch",
         name="长篇小说《江河岁月》首发式", start="2025-08-16", id="book-首发式"),
    case("新車上市發布會舉行", "2025-03-06",
         "〔記者林宜君／台北報導〕青禾汽車今（6）日在台北舉行全新休旅車上市發表會，首批配額500輛。", kind="launch",
         start="2025-03-06", city="台北", id="traditional-taiwan-上市發表會"),
    case("電動車新品發佈會", "2025-05-22",
         "（香港訊）青禾電動車昨日在九龍灣舉行2025新品發佈會，推出兩款全新車型。", kind="launch", start="2025-05-21",
         city="香港", id="traditional-hk-發佈會"),
    case("新款电动车上市发布会举行", "2025-10-19",
         "（吉隆坡18日讯）青禾汽车今日在吉隆坡会展中心举行新款电动车上市发布会，售价从12万令吉起。", kind="launch",
         start="2025-10-18", city="吉隆坡", id="malaysia-上市发布会"),
    case("澳门旅游新产品发布会", "2025-06-13",
         "（澳门讯）旅游局昨日在澳门旅游塔举行2025夏季旅游产品发布会，推出20条新旅游路线。", kind="launch",
         name="2025夏季旅游产品发布会", start="2025-06-12", city="澳门", organizers=ANY, id="macau-tourism-product-launch"),
    case("新加坡新书推介会", "2025-07-27",
         "（新加坡讯）本地作家陈美玲新书《狮城旧事》发布会昨天在国家图书馆举行，吸引百余名读者。", kind="launch",
         start="2025-07-26", city="新加坡", id="singapore-book-launch"),
    case("蓝皮书在京发布", "2025-01-22",
         "本报北京1月21日电 《中国会展经济发展蓝皮书（2025）》发布会21日在北京举行。蓝皮书由中国会展研究院编撰。", kind="launch",
         name="《中国会展经济发展蓝皮书（2025）》发布会", start="2025-01-21", city="北京", id="bluebook-release"),
    # Results told at a release are the company's news.
    none("青禾股份召开业绩说明会", "2025-04-30",
         "本报讯 4月29日，青禾股份召开2024年度业绩说明会，公司去年实现营业收入86.2亿元，同比增长9.1%。",
         id="results-at-a-业绩说明会"),
    none("晶川法說會釋出展望", "2025-07-18",
         "〔記者洪友芳／新竹報導〕晶川半導體今（18）日舉行法說會，公布第二季營收新台幣320億元，季增8%。",
         id="traditional-taiwan-results-at-a-法說會"),
]

# Openings, groundbreakings, unveilings and inaugurations: `ceremony`; a standalone ceremony keeps its word in the name.
OPENINGS = [
    case("新能源产业园项目开工仪式举行", "2025-03-19",
         "本报讯 3月18日，松川新能源产业园项目开工仪式在松川经济开发区举行，项目总投资120亿元。", kind="ceremony",
         name="松川新能源产业园项目开工仪式", start="2025-03-18", id="project-开工仪式"),
    case("地铁5号线全线开工", "2025-06-28",
         "本报讯 6月27日，松川地铁5号线工程开工仪式在青禾站施工现场举行，标志着该线进入全面建设阶段。", kind="ceremony",
         name="松川地铁5号线工程开工仪式", start="2025-06-27", id="metro-开工仪式"),
    case("新院区奠基典礼", "2025-10-11",
         "本报讯 10月10日，松川市第一人民医院东院区奠基典礼举行，新院区设床位1200张。", kind="ceremony",
         name="松川市第一人民医院东院区奠基典礼", start="2025-10-10", id="奠基典礼"),
    case("研究院揭牌仪式举行", "2025-05-16",
         "本报讯 5月15日，松川大学人工智能研究院揭牌仪式在该校举行，省教育厅负责人为研究院揭牌。", kind="ceremony",
         name="松川大学人工智能研究院揭牌仪式", start="2025-05-15", id="揭牌仪式"),
    case("新大樓開幕禮", "2025-11-22",
         "（香港訊）東灣社區會堂開幕禮昨日舉行，民政及青年事務局局長主禮，逾二百名街坊出席。", kind="ceremony",
         name="東灣社區會堂開幕禮", start="2025-11-21", city=ANY, id="traditional-hk-standalone-開幕禮"),
    case("新院舍開幕", "2025-09-07",
         "（澳門訊）青禾長者綜合服務中心昨日舉行開幕儀式，社會文化司司長主禮，中心可提供200個宿位。", kind="ceremony",
         start="2025-09-06", city="澳門", id="traditional-macau-開幕儀式-of-a-centre"),
    case("新校舍動土典禮", "2025-02-18",
         "〔記者蔡宗勳／台中報導〕台中市立東山高中新校舍今（18）日舉行動土典禮，市長到場致詞。", kind="ceremony",
         start="2025-02-18", city="台中", id="traditional-taiwan-動土典禮"),
    case("新医院动土礼", "2025-08-03",
         "（新山2日讯）柔佛青禾专科医院今日举行动土礼，州务大臣主持仪式，医院预计2027年竣工。", kind="ceremony",
         start="2025-08-02", city="新山", id="malaysia-动土礼"),
    case("新地铁站启用", "2025-12-14",
         "（新加坡讯）汤申—东海岸线第五阶段昨天举行通车仪式，交通部长主持仪式。", kind="ceremony", start="2025-12-13",
         city="新加坡", id="singapore-通车仪式"),
    case("高速公路竣工通车", "2025-12-29",
         "本报讯 12月28日，松青高速公路竣工通车仪式在青禾收费站举行，全线长86公里。", kind="ceremony",
         name="松青高速公路竣工通车仪式", start="2025-12-28", id="竣工通车仪式"),
    case("博物馆新馆开馆", "2025-09-29",
         "本报讯 9月28日，松川博物馆新馆落成开馆，首批展出文物3000余件。", kind="ceremony", name=None, start="2025-09-28",
         id="落成开馆-unnamed"),
    # A groundbreaking named in passing, in figures on investment, is no event.
    none("一季度全市重大项目投资增长", "2025-04-16",
         "本报讯 记者从市发改委获悉，一季度全市重大项目完成投资286亿元，同比增长11.3%。其中，3月举行开工仪式的松川新能源产业园"
         "已完成投资12亿元。", id="investment-figures-with-a-past-groundbreaking"),
]

# Award ceremonies: `ceremony`, the word kept in the name.
AWARDS = [
    case("文学奖颁奖典礼举行", "2025-11-16",
         "本报讯 11月15日，第十二届松川文学奖颁奖典礼在松川大剧院举行，15部作品获奖。", kind="ceremony",
         name="第十二届松川文学奖颁奖典礼", edition=12, start="2025-11-15", id="literature-award-颁奖典礼"),
    case("傑出青年頒獎禮", "2025-10-26",
         "（香港訊）2025香港十大傑出青年頒獎禮昨晚在灣仔會議展覽中心舉行，行政長官擔任主禮嘉賓。", kind="ceremony",
         name="2025香港十大傑出青年頒獎禮", start="2025-10-25", city="香港", id="traditional-hk-頒獎禮"),
    case("金鐘獎頒獎典禮落幕", "2025-10-12",
         "〔記者林南谷／台北報導〕第六十屆金鐘獎頒獎典禮昨（11）日晚間在台北流行音樂中心舉行，共頒出40個獎項。", kind="ceremony",
         name="第六十屆金鐘獎頒獎典禮", edition=60, start="2025-10-11", city="台北", id="traditional-taiwan-昨(11)日-頒獎典禮"),
    case("澳門設計大獎頒獎禮", "2025-12-02",
         "（澳門訊）第五屆澳門設計大獎頒獎禮昨晚在澳門文化中心舉行，共有18件作品獲獎。", kind="ceremony",
         name="第五屆澳門設計大獎頒獎禮", edition=5, start="2025-12-01", city="澳門", id="traditional-macau-頒獎禮"),
    case("企业奖颁奖礼", "2025-06-21",
         "（新加坡讯）2025新加坡中小企业奖颁奖礼昨晚在滨海湾金沙会展中心举行，30家企业获奖。", kind="ceremony",
         name="2025新加坡中小企业奖颁奖礼", start="2025-06-20", city="新加坡", id="singapore-颁奖礼"),
    case("华教贡献奖颁奖典礼", "2025-09-14",
         "（吉隆坡13日讯）第十八届全国华教贡献奖颁奖典礼今晚在吉隆坡举行，10名华教工作者获颁奖项。", kind="ceremony",
         name="第十八届全国华教贡献奖颁奖典礼", edition=18, start="2025-09-13", city="吉隆坡", id="malaysia-颁奖典礼-今晚"),
    case("科学技术奖励大会召开", "2025-05-30",
         "本报讯 5月29日，2024年度松川省科学技术奖励大会在省会议中心召开，236项成果获奖。", kind="ceremony",
         name="2024年度松川省科学技术奖励大会", start="2025-05-29", id="奖励大会"),
    case("電影金像獎頒獎典禮", "2025-04-21",
         "（香港訊）第四十四屆香港電影金像獎頒獎典禮昨晚在尖沙咀香港文化中心舉行，《海港往事》奪得最佳電影。", kind="ceremony",
         name="第四十四屆香港電影金像獎頒獎典禮", edition=44, start="2025-04-20", city="香港", id="traditional-hk-film-awards"),
    # A prize won, told without its ceremony, in a company's news: no event.
    none("青禾科技获评省级专精特新企业", "2025-07-03",
         "本报讯 近日，省工业和信息化厅公布2025年专精特新中小企业名单，青禾科技榜上有名。公司今年上半年营收同比增长21%。",
         id="a-listing-with-results-no-ceremony"),
]

# Sports: games, championships, marathons, a league's opening: `other`; a match's result is no event.
SPORTS = [
    case("省运动会开幕", "2025-09-13",
         "本报讯 9月12日晚，松川省第十六届运动会开幕式在松川奥体中心体育场举行，本届省运会为期十天。", kind="other",
         name="松川省第十六届运动会", edition=16, start="2025-09-12", end="2025-09-21", id="provincial-games-开幕式-dropped"),
    case("全港運動會揭幕", "2025-05-04",
         "（香港訊）第九屆全港運動會昨日在啟德體育園揭幕，十八區共派出三千多名運動員參賽，賽事為期兩個月。", kind="other",
         name="第九屆全港運動會", edition=9, start="2025-05-03", city="香港", id="traditional-hk-games"),
    case("全国游泳锦标赛在松川开赛", "2025-04-08",
         "本报讯 4月7日，2025年全国游泳锦标赛在松川游泳馆开赛，来自全国的600余名运动员参赛。比赛将持续至4月13日。", kind="other",
         name="2025年全国游泳锦标赛", start="2025-04-07", end="2025-04-13", id="swimming-championship-持续至"),
    case("亞洲田徑錦標賽開幕", "2025-06-01",
         "（中央社記者李宇政台北31日電）2025亞洲青年田徑錦標賽今天在台北田徑場開幕，為期四天。", kind="other",
         name="2025亞洲青年田徑錦標賽", start="2025-05-31", end="2025-06-03", city="台北", id="traditional-taiwan-championship-cna"),
    case("松川马拉松鸣枪开跑", "2025-11-10",
         "本报讯 11月9日，2025松川马拉松在市民广场鸣枪开跑，3万名跑者参赛。", kind="other", name="2025松川马拉松",
         start="2025-11-09", id="marathon-鸣枪开跑"),
    case("渣打馬拉松舉行", "2025-02-10",
         "（香港訊）2025渣打香港馬拉松（Standard Chartered Hong Kong Marathon）昨日舉行，約七萬名跑手參加。本屆賽事首次使用新路線。",
         kind="other", name="2025渣打香港馬拉松", start="2025-02-09", city="香港", id="traditional-hk-marathon-English-name"),
    case("大马公开赛揭幕", "2025-01-08",
         "（吉隆坡7日讯）2025年马来西亚羽毛球公开赛今日在武吉加里尔国家体育馆揭幕，赛事为期六天。", kind="other",
         name="2025年马来西亚羽毛球公开赛", start="2025-01-07", end="2025-01-12", id="malaysia-open-揭幕"),
    case("超级联赛揭幕", "2025-02-23",
         "（新加坡讯）2025赛季新加坡超级联赛昨晚在惹兰勿刹体育场揭幕，共有九支球队参赛。", kind="other", start="2025-02-22",
         city="新加坡", id="singapore-league-season-opens"),
    case("全國運動會開幕", "2025-10-19",
         "（中央社記者黃巧雯台南18日電）114年全國運動會今天在台南開幕，賽事為期六天。", kind="other",
         name="114年全國運動會", start="2025-10-18", end="2025-10-23", city="台南", id="traditional-taiwan-roc-year-name"),
    case("澳門格蘭披治大賽車", "2025-11-17",
         "（澳門訊）第七十二屆澳門格蘭披治大賽車昨日圓滿結束，四日賽事共吸引逾八萬人次入場。", kind="other",
         name="第七十二屆澳門格蘭披治大賽車", edition=72, end="2025-11-16", city="澳門", id="traditional-macau-圓滿結束"),
    case("龙舟邀请赛在江边举行", "2025-05-31",
         "本报讯 5月31日，第五届松川国际龙舟邀请赛在青禾江举行，32支队伍参赛。", kind="other",
         name="第五届松川国际龙舟邀请赛", edition=5, start="2025-05-31", id="邀请赛"),
    case("半程馬拉松鳴槍", "2025-03-17",
         "（吉隆坡16日訊）2025檳城國際半程馬拉松今日清晨在檳城大橋鳴槍，逾二萬名跑手參加。", kind="other",
         name="2025檳城國際半程馬拉松", start="2025-03-16", city="檳城", id="traditional-malaysia-half-marathon"),
    # Match results and a player's title: no event.
    none("松川队主场战平对手", "2025-05-19",
         "本报讯 在昨晚进行的2025赛季中甲联赛第十一轮比赛中，松川队主场1比1战平对手，目前排名联赛第四。", id="league-round-draw"),
    none("林丹妮奪全國錦標賽金牌", "2025-07-21",
         "〔記者林宥辰／台北報導〕全國田徑錦標賽昨（20）日進行最後一天賽程，女子百米決賽由林丹妮以11秒62奪冠，並打破大會紀錄。",
         id="traditional-taiwan-a-title-won"),
    none("港隊輸給對手", "2025-10-15",
         "（香港訊）香港男子足球隊昨晚在亞洲盃外圍賽作客以0比2負於對手，出線形勢轉趨嚴峻。", id="traditional-hk-a-loss"),
]

# Culture: arts and film festivals, book fairs, concerts, carnivals.
CULTURE = [
    case("香港藝術節開幕", "2025-02-22",
         "（香港訊）第五十三屆香港藝術節昨晚在香港文化中心揭幕，藝術節至3月23日結束，共有逾百場演出。", kind="other",
         name="第五十三屆香港藝術節", edition=53, start="2025-02-21", end="2025-03-23", city="香港", id="traditional-hk-arts-festival-至…結束"),
    case("国际电影节开幕", "2025-06-14",
         "本报讯 6月13日晚，第二十七届松川国际电影节在松川大剧院开幕。本届电影节为期九天，展映影片400余部。", kind="other",
         name="第二十七届松川国际电影节", edition=27, start="2025-06-13", end="2025-06-21", id="film-festival-本届-为期九天"),
    case("金馬影展開幕", "2025-11-07",
         "〔記者王心妤／台北報導〕2025金馬國際影展今（7）日在台北開幕，影展將持續至11月23日。", kind="other",
         name="2025金馬國際影展", start="2025-11-07", end="2025-11-23", city="台北", id="traditional-taiwan-影展-is-a-festival",
         marks=pytest.mark.xfail(strict=False, reason="影展 ends in 展; whether a film showing is an expo is a reader's call")),
    case("新年音乐会奏响", "2025-01-02",
         "本报讯 1月1日晚，2025松川新年音乐会在松川音乐厅举行，松川交响乐团演奏了12首中外名曲。", kind="other",
         name="2025松川新年音乐会", start="2025-01-01", id="new-year-concert"),
    case("華樂團音樂會", "2025-09-28",
         "（新加坡訊）新加坡華樂團「月滿獅城」中秋音樂會昨晚在濱海藝術中心舉行。", kind="other", start="2025-09-27",
         city="新加坡", id="traditional-singapore-concert-quoted-title"),
    case("书展在会展中心开幕", "2025-08-22",
         "本报讯 8月21日，2025松川书展在松川国际会展中心开幕，书展为期五天，展出图书30万种。", kind="fair",
         name="2025松川书展", start="2025-08-21", end="2025-08-25", id="book-fair-later-short-mention"),
    case("澳門書市嘉年華", "2025-07-20",
         "（澳門訊）第二十八屆澳門書市嘉年華昨日在塔石體育館開幕，一連十一日舉行。", kind="other",
         name="第二十八屆澳門書市嘉年華", edition=28, start="2025-07-19", end="2025-07-29", city="澳門", id="traditional-macau-book-carnival"),
    case("艺术节闭幕", "2025-12-01",
         "（吉隆坡30日讯）为期一周的2025吉隆坡国际艺术节今晚在国家剧院落幕。", kind="other", name="2025吉隆坡国际艺术节",
         start="2025-11-24", end="2025-11-30", city="吉隆坡", id="malaysia-closing-with-a-duration"),
    case("动漫嘉年华吸引人潮", "2025-10-03",
         "本报讯 10月1日至7日，第十届松川国际动漫嘉年华在松川会展中心举行，首日入场观众超过5万人次。", kind="other",
         name="第十届松川国际动漫嘉年华", edition=10, start="2025-10-01", end="2025-10-07", id="carnival-range-before-the-name"),
    case("戏剧节落下帷幕", "2025-11-03",
         "本报讯 11月2日晚，为期半个月的第六届松川国际戏剧节在松川大剧院落下帷幕。", kind="other",
         name="第六届松川国际戏剧节", edition=6, end="2025-11-02", id="theatre-festival-落下帷幕"),
    case("台北電影節今開幕", "2025-06-20",
         "〔記者陳慧玲／台北報導〕第二十七屆台北電影節（Taipei Film Festival）今（20）日在中山堂開幕，至7月5日閉幕。", kind="other",
         name="第二十七屆台北電影節", edition=27, start="2025-06-20", end="2025-07-05", city="台北",
         id="traditional-taiwan-English-name-至…閉幕"),
    case("啤酒节开幕", "2025-07-26",
         "中新网青岛7月25日电 第三十五届青岛国际啤酒节25日在青岛西海岸新区开幕，将持续24天。", kind="other",
         name="第三十五届青岛国际啤酒节", edition=35, start="2025-07-25", end="2025-08-17", city="青岛", id="持续24天-from-a-dateline-day"),
    case("中秋彩灯会亮灯", "2025-09-30",
         "（新加坡讯）2025牛车水中秋彩灯会昨晚亮灯，彩灯将展示至10月12日。", kind="other", name="2025牛车水中秋彩灯会",
         start="2025-09-29", end="2025-10-12", city="新加坡", id="singapore-lantern-display-to"),
    # Culture news that names a festival only as background.
    none("国产影片票房创新高", "2025-10-09",
         "本报讯 国家电影局8日发布数据，国庆档全国电影票房达21.2亿元，同比增长8.7%。多部影片曾在今年的上海国际电影节上首映。",
         id="box-office-figures-naming-a-film-festival"),
    none("藝團獲資助增加", "2025-03-14",
         "（香港訊）藝術發展局昨日公布，下年度資助本地藝團總額增至4.8億港元，按年增加6%，部分藝團曾參與香港藝術節演出。",
         id="traditional-hk-funding-naming-an-arts-festival"),
]

# Work conferences of government and party bodies: `meeting`.
WORK = [
    case("全省农业农村工作会议召开", "2025-01-20",
         "本报讯 1月19日，全省农业农村工作会议在松川召开，会议总结2024年工作，部署2025年重点任务。", kind="meeting",
         name="全省农业农村工作会议", start="2025-01-19", city="松川", id="provincial-work-meeting"),
    case("民营企业座谈会召开", "2025-03-04",
         "本报讯 3月3日，松川市召开民营企业座谈会，20位企业家代表发言，市委书记出席并讲话。", kind="meeting",
         name="民营企业座谈会", start="2025-03-03", id="座谈会-held-by-a-city"),
    case("重大项目建设推进会召开", "2025-05-09",
         "本报讯 5月8日，全市重大项目建设推进会在青禾区召开，与会人员现场观摩了12个重点项目。", kind="meeting",
         name="全市重大项目建设推进会", start="2025-05-08", id="推进会"),
    case("高标准农田建设现场会在松川召开", "2025-10-24",
         "本报讯 10月23日，全省高标准农田建设现场会在松川市召开，与会代表实地察看了青禾镇农田项目。", kind="meeting",
         name="全省高标准农田建设现场会", start="2025-10-23", city="松川", id="现场会"),
    case("安全生产电视电话会议召开", "2025-04-02",
         "本报讯 4月1日，全市安全生产电视电话会议召开，部署清明节期间安全防范工作。", kind="meeting",
         name="全市安全生产电视电话会议", start="2025-04-01", id="电视电话会议"),
    case("縣府召開產業座談會", "2025-06-11",
         "〔記者李文德／彰化報導〕彰化縣政府今（11）日召開中小企業發展座談會，邀請50家業者與會。", kind="meeting",
         name="中小企業發展座談會", start="2025-06-11", city="彰化", id="traditional-taiwan-座談會"),
    case("经济形势分析会召开", "2025-07-16",
         "本报讯 7月15日，松川市上半年经济形势分析会召开，会议要求全力冲刺全年目标。", kind="meeting",
         name="松川市上半年经济形势分析会", start="2025-07-15", id="分析会"),
    case("城市工作会议在京举行", "2025-07-16",
         "新华社北京7月15日电 中央城市工作会议14日至15日在北京举行。", kind="meeting", name="中央城市工作会议",
         start="2025-07-14", end="2025-07-15", city="北京", id="central-work-meeting-range"),
    case("乡村振兴工作推进会", "2025-08-28",
         "本报讯 8月27日，全县乡村振兴工作推进会在县委党校召开，县委书记出席会议并讲话。", kind="meeting",
         name="全县乡村振兴工作推进会", start="2025-08-27", id="county-推进会-at-a-school"),
    # A meeting's decisions reported as policy, and figures citing a meeting.
    none("前三季度全省经济稳中有进", "2025-10-23",
         "本报讯 省统计局22日发布，前三季度全省地区生产总值同比增长5.4%。各地认真落实全省经济工作会议部署，经济运行稳中有进。",
         id="figures-citing-a-work-meeting"),
    none("市政府常务会议审议通过条例草案", "2025-05-23",
         "本报讯 5月22日，松川市人民政府第45次常务会议审议通过《松川市养犬管理条例（草案）》，决定提请市人大常委会审议。",
         id="routine-executive-meeting-passing-a-draft"),
]

# Meetings of bodies: a party congress or a people's congress session is reported as an event; a standing committee's or
# a company's routine session passing business is not.
BODIES = [
    case("市第十三次党代会开幕", "2025-09-26",
         "本报讯 9月25日，中国共产党松川市第十三次代表大会在松川会堂开幕，出席大会的代表500名。", kind="conference",
         name="中国共产党松川市第十三次代表大会", start="2025-09-25", id="party-congress"),
    case("政协会议开幕", "2025-01-10",
         "本报讯 1月9日，政协松川市第十届委员会第四次会议在松川会堂开幕，会期四天。", kind="meeting",
         name="政协松川市第十届委员会第四次会议", start="2025-01-09", end="2025-01-12", id="cppcc-session-会期四天"),
    case("协会理事会会议召开", "2025-04-13",
         "本报讯 4月12日，松川市旅游协会第五届理事会第三次会议召开，会议选举产生了新任会长。", kind="meeting",
         name="松川市旅游协会第五届理事会第三次会议", start="2025-04-12", id="association-council-meeting"),
    case("會館會員大會", "2025-03-31",
         "（新加坡訊）新加坡松川會館昨天召開第八十屆會員大會，選出新一屆理事會，林國華連任會長。", kind="conference",
         start="2025-03-30", city="新加坡", id="traditional-singapore-會員大會"),
    case("商會理監事聯席會議", "2025-06-15",
         "（吉隆坡14日訊）馬來西亞松川商會今日召開第三次理監事聯席會議，議決下月舉辦商務考察團。", kind="meeting",
         start="2025-06-14", city="吉隆坡", id="traditional-malaysia-聯席會議"),
    none("人大常委会表决通过条例", "2025-06-28",
         "本报讯 6月27日，松川市第十七届人大常委会第二十次会议表决通过《松川市历史文化名城保护条例》，条例自10月1日起施行。",
         id="standing-committee-session-passing-a-law"),
    none("股東周年大會通過派息", "2025-05-30",
         "（香港訊）青禾控股昨日舉行股東周年大會，通過派發末期股息每股0.35港元，全年派息比率達45%。",
         id="traditional-hk-agm-passing-a-dividend"),
    none("股東常會通過配息案", "2025-06-19",
         "〔記者張慧雯／台北報導〕晶川科技今（19）日召開股東常會，通過每股配發現金股利5元，並改選董事。",
         id="traditional-taiwan-股東常會"),
    none("董事会审议通过收购议案", "2025-08-12",
         "本报讯 青禾股份11日晚间公告，公司第九届董事会第十二次会议审议通过收购松川物流51%股权的议案，交易金额8.6亿元。",
         id="board-meeting-in-a-company-announcement"),
]

# Trade: fairs, negotiation sessions, promotion and investment sessions.
TRADE = [
    case("进出口商品交易会开幕", "2025-10-16",
         "中新网广州10月15日电 第一百三十八届中国进出口商品交易会15日在广州开幕，本届广交会分三期举办。", kind="fair",
         name="第一百三十八届中国进出口商品交易会", edition=138, start="2025-10-15", city="广州", id="canton-fair-edition-in-hundreds"),
    case("农产品洽谈会签约", "2025-11-23",
         "本报讯 11月22日，2025松川名优农产品产销洽谈会在松川农业会展中心举行，现场签约金额3.2亿元。", kind="fair",
         name="2025松川名优农产品产销洽谈会", start="2025-11-22", id="洽谈会-with-a-signing-figure"),
    case("文旅推介会在港举行", "2025-05-20",
         "（香港訊）「松川文化旅遊推介會」昨日在香港會議展覽中心舉行，推介松川20條精品旅遊路線。", kind="conference",
         name="松川文化旅遊推介會", start="2025-05-19", city="香港", id="traditional-hk-推介會-quoted"),
    case("招商会在新加坡举行", "2025-08-08",
         "（新加坡讯）2025中国松川（新加坡）投资招商会昨天在新加坡香格里拉酒店举行，现场签约项目15个。", kind="conference",
         name="2025中国松川（新加坡）投资招商会", start="2025-08-07", city="新加坡", id="singapore-招商会-bracketed-place"),
    case("採購洽談會媒合商機", "2025-09-24",
         "〔記者曾德峰／台中報導〕2025台中國際工具機採購洽談會今（24）日在台中國際會展中心舉行，吸引30國買主。", kind="fair",
         name="2025台中國際工具機採購洽談會", start="2025-09-24", city="台中", id="traditional-taiwan-採購洽談會"),
    case("投资推介会在吉隆坡举行", "2025-03-26",
         "（吉隆坡25日讯）2025广西—马来西亚经贸投资推介会今日在吉隆坡举行，双方签署合作协议20份。", kind="conference",
         name="2025广西—马来西亚经贸投资推介会", start="2025-03-25", city="吉隆坡", id="malaysia-推介会-with-a-dash"),
    case("澳門國際貿易投資展覽會閉幕", "2025-10-27",
         "（澳門訊）為期三日的第三十屆澳門國際貿易投資展覽會（MIF）昨日閉幕，共促成合作項目180個。", kind="fair",
         name="第三十屆澳門國際貿易投資展覽會", edition=30, start="2025-10-24", end="2025-10-26", city="澳門",
         id="traditional-macau-MIF-closing"),
    case("春季糖酒会开幕", "2025-03-21",
         "本报讯 3月20日，第一百一十二届全国糖酒商品交易会在成都开幕，展期三天。", kind="fair",
         name="第一百一十二届全国糖酒商品交易会", edition=112, start="2025-03-20", end="2025-03-22", city="成都", id="展期三天"),
    case("项目对接会签约", "2025-07-12",
         "本报讯 7月11日，2025松川—青禾产业合作对接会在松川举行，签约项目22个。", kind="meeting",
         name="2025松川—青禾产业合作对接会", start="2025-07-11", city="松川", id="对接会"),
    none("外贸进出口增长", "2025-07-15",
         "本报讯 松川海关14日发布，上半年全市外贸进出口总值612亿元，同比增长9.6%。企业积极参加广交会等展会拓展订单。",
         id="trade-figures-naming-a-fair"),
]

# Exhibitions: shows, expos and exhibitions of works.
EXHIBITIONS = [
    case("国际汽车展览会开幕", "2025-04-26",
         "本报讯 4月25日，2025（第二十届）松川国际汽车展览会在松川国际会展中心开幕，展期十天。", kind=ANY,
         edition=20, start="2025-04-25", end="2025-05-04", id="car-show-edition-in-brackets"),
    case("車展登場", "2025-12-27",
         "（香港訊）2025香港國際車展（HKIAS）昨日在灣仔會議展覽中心登場，一連五日舉行，共展出300款車型。", kind="expo",
         name="2025香港國際車展", start="2025-12-26", end="2025-12-30", city="香港", id="traditional-hk-車展-English-name"),
    case("文物展开展", "2025-05-19",
         "本报讯 5月18日，“丝路遗珍——汉唐文物特展”在松川博物馆开展，展期至8月31日。", kind="expo",
         name="丝路遗珍——汉唐文物特展", start="2025-05-18", end="2025-08-31", id="quoted-special-exhibition"),
    case("美術雙年展開幕", "2025-09-21",
         "〔記者凌美雪／台北報導〕2025台北雙年展今（20）日起在台北市立美術館展出，展期至明年3月29日。", kind="expo",
         name="2025台北雙年展", start="2025-09-20", end="2026-03-29", city="台北", id="traditional-taiwan-biennial-next-year"),
    case("国际工业博览会", "2025-09-24",
         "新华社上海9月23日电 第二十五届中国国际工业博览会23日在国家会展中心（上海）开幕，展期五天。", kind="expo",
         name="第二十五届中国国际工业博览会", edition=25, start="2025-09-23", end="2025-09-27", city="上海", id="expo-venue-with-a-city-in-brackets"),
    case("澳门国际旅游产业博览会", "2025-04-12",
         "（澳门讯）第十三届澳门国际旅游（产业）博览会昨日在路氹金光会展中心开幕，为期三天。", kind="expo",
         name="第十三届澳门国际旅游（产业）博览会", edition=13, start="2025-04-11", end="2025-04-13", city="澳门",
         id="macau-bracket-inside-the-name"),
    case("建筑展览会", "2025-06-19",
         "（新加坡讯）2025亚洲绿色建筑展览会昨天在新加坡博览中心开幕，展会为期三天，共有300家参展商。", kind="fair",
         name="2025亚洲绿色建筑展览会", start="2025-06-18", end="2025-06-20", city="新加坡", id="singapore-展览会-then-展会"),
    case("家具展会在槟城举行", "2025-03-09",
         "（槟城8日讯）2025槟城国际家具展今日至3月11日在槟城会展中心举行。", kind="expo",
         name="2025槟城国际家具展", start="2025-03-08", end="2025-03-11", city="槟城", id="malaysia-今日至"),
    case("摄影展览在美术馆展出", "2025-02-15",
         "本报讯 2月14日至3月16日，“光影四十年”摄影展览在松川美术馆展出，共展出作品180幅。", kind="expo",
         name="“光影四十年”摄影展览", start="2025-02-14", end="2025-03-16", id="photo-exhibition-range-before-the-name",
         marks=pytest.mark.xfail(strict=True, reason="展览 is read as a trade fair (the corpus's …玩具展览 is a fair); an exhibition of works "
                                 "under the same word is a reader's call the lexicon does not make")),
    case("消博会圆满结束", "2025-04-19",
         "新华社海口4月18日电 为期六天的第五届中国国际消费品博览会18日在海口圆满结束，累计入场超过32万人次。", kind="expo",
         name="第五届中国国际消费品博览会", edition=5, start="2025-04-13", end="2025-04-18", city="海口", id="圆满结束-with-a-duration"),
    case("花卉展在维园举行", "2025-03-15",
         "（香港訊）2025香港花卉展覽今日起至3月23日在維多利亞公園舉行，主題花為繡球花。", kind="expo",
         name="2025香港花卉展覽", start="2025-03-15", end="2025-03-23", city="香港", id="traditional-hk-flower-show-今日起至",
         marks=pytest.mark.xfail(strict=True, reason="展览 is read as a trade fair (the corpus's …玩具展览 is a fair); an exhibition of works "
                                 "under the same word is a reader's call the lexicon does not make")),
    case("博览会于会展中心举办", "2025-11-07",
         "本报讯 第九届松川数字经济博览会于11月6日至9日在松川国际会展中心举办。", kind="expo",
         name="第九届松川数字经济博览会", edition=9, start="2025-11-06", end="2025-11-09", id="于-a-range-举办"),
    case("海峡旅游博览会", "2025-11-09",
         "中新网厦门11月8日电 第二十届海峡旅游博览会8日至10日在厦门国际会展中心举行。", kind="expo",
         name="第二十届海峡旅游博览会", edition=20, start="2025-11-08", end="2025-11-10", city="厦门", id="bare-day-range-至"),
    case("博览会开幕", "2025-05-16",
         "本报讯 5月15日—18日，第八届松川国际茶产业博览会在松川会展中心举办。", kind="expo",
         name="第八届松川国际茶产业博览会", edition=8, start="2025-05-15", end="2025-05-18", id="em-dash-range"),
    case("文創展到週日", "2025-08-22",
         "（澳門訊）2025澳門文創市集展覽即日起到本月24日在澳門威尼斯人舉行。", kind=ANY, start="2025-08-22",
         end="2025-08-24", city="澳門", id="traditional-macau-即日起到本月"),
    # An expo named by a company's or a city's figures.
    none("參展商訂單增加", "2025-01-10",
         "（香港訊）貿易發展局昨日公布調查，受訪出口商預期今年訂單按年增加4%，不少港商計劃參加今年的香港玩具展。",
         id="traditional-hk-survey-naming-a-show"),
    none("车展期间销量增长", "2025-05-08",
         "本报讯 市商务局7日发布，4月全市汽车零售量4.2万辆，同比增长12.5%，其中松川国际汽车展览会期间成交1.1万辆。",
         id="car-sales-figures-naming-a-show"),
]

# Forums, summits and conferences with the name's shapes: English names, later short mentions, venue with city.
NAMED = [
    case("数字经济峰会在松川举行", "2025-10-12",
         "本报讯 10月11日，2025世界数字经济峰会（World Digital Economy Summit）在松川举行。本届峰会为期两天。", kind="summit",
         name="2025世界数字经济峰会", start="2025-10-11", end="2025-10-12", city="松川", id="summit-English-name-in-brackets"),
    case("金融論壇在港舉行", "2025-01-14",
         "（香港訊）第十八屆亞洲金融論壇（AFF）昨日在灣仔會議展覽中心開幕，論壇為期兩天。", kind="forum",
         name="第十八屆亞洲金融論壇", edition=18, start="2025-01-13", end="2025-01-14", city="香港", id="traditional-hk-forum-acronym"),
    case("智慧城市大会落幕", "2025-11-27",
         "本报讯 11月24日至26日，第五届松川智慧城市大会在松川举行。26日下午，大会圆满落幕。", kind="conference",
         name="第五届松川智慧城市大会", edition=5, start="2025-11-24", end="2025-11-26", city="松川", id="range-then-落幕"),
    case("半導體論壇舉行", "2025-09-04",
         "（中央社記者鍾榮峰台北3日電）2025台灣半導體產業論壇今天在台北國際會議中心舉行，逾千人參加。", kind="forum",
         name="2025台灣半導體產業論壇", start="2025-09-03", city="台北", id="traditional-taiwan-forum-cna-venue"),
    case("东盟商业峰会在吉隆坡举行", "2025-05-27",
         "（吉隆坡26日讯）第四十六届东盟商业与投资峰会今日在吉隆坡会议中心举行，为期两天。", kind="summit",
         name="第四十六届东盟商业与投资峰会", edition=46, start="2025-05-26", end="2025-05-27", city="吉隆坡", id="malaysia-summit-为期两天"),
    case("教育研討會開幕", "2025-12-05",
         "（澳門訊）由澳門大學主辦的「2025粵港澳大灣區教育研討會」昨日開幕，會期兩天。", kind="conference",
         name="2025粵港澳大灣區教育研討會", start="2025-12-04", end="2025-12-05", city=ANY, organizers=["澳門大學"],
         id="traditional-macau-quoted-name-會期兩天"),
    case("城市論壇", "2025-07-02",
         "（新加坡訊）第九屆世界城市峰會昨天在新加坡金沙會議展覽中心揭幕，一連三天舉行。", kind="summit",
         name="第九屆世界城市峰會", edition=9, start="2025-07-01", end="2025-07-03", city="新加坡", id="traditional-singapore-一連三天舉行"),
]


# Written after the first run, before running them: venues that are institutions (图书馆, 美术馆, 音乐厅, 科学馆), a later
# short mention that carries the closing, 于…举办 with a venue and its city, 到 ranges, and more background near misses.
WIDER = [
    case("書展在國家圖書館舉行", "2025-06-08",
         "（新加坡訊）第十屆獅城兒童書展昨天在國家圖書館開幕，書展為期三天，共有40家出版社參展。", kind="fair",
         name="第十屆獅城兒童書展", edition=10, start="2025-06-07", end="2025-06-09", city="新加坡", id="traditional-singapore-library-venue"),
    case("华文书展在国家图书馆开幕", "2025-04-13",
         "（吉隆坡12日讯）第五届全国华文书展今日在国家图书馆开幕，将持续到4月20日。", kind="fair",
         name="第五届全国华文书展", edition=5, start="2025-04-12", end="2025-04-20", city="吉隆坡", id="malaysia-library-venue"),
    case("音乐会在音乐厅举行", "2025-12-21",
         "（香港訊）「冬日頌歌」聖誕音樂會昨晚在香港大會堂音樂廳舉行，由香港青年管弦樂團演出。", kind="other",
         start="2025-12-20", city="香港", id="traditional-hk-concert-hall"),
    case("科学嘉年华在科学馆举行", "2025-05-25",
         "（澳门讯）2025澳门科学嘉年华昨日在澳门科学馆开幕，一连两日举行。", kind="other", name="2025澳门科学嘉年华",
         start="2025-05-24", end="2025-05-25", city="澳门", id="macau-science-centre-venue"),
    case("美术作品展在美术馆开展", "2025-09-02",
         "本报讯 9月1日，第七届松川市美术作品展在松川美术馆开展，展期至9月30日。", kind="expo", name="第七届松川市美术作品展",
         edition=7, start="2025-09-01", end="2025-09-30", id="art-museum-venue"),
    case("動漫節圓滿落幕", "2025-08-05",
         "（香港訊）第二十七屆香港動漫電玩節7月31日起在灣仔會議展覽中心舉行。動漫節昨日圓滿落幕，五日共錄得72萬入場人次。",
         kind="other", name="第二十七屆香港動漫電玩節", edition=27, start="2025-07-31", end="2025-08-04", city="香港",
         id="traditional-hk-short-mention-closes"),
    case("交易会于会展中心举办", "2025-06-10",
         "中新网昆明6月9日电 第九届中国—南亚博览会暨第二十九届中国昆明进出口商品交易会于8日至12日在昆明滇池国际会展中心举办。",
         kind="expo", name="第九届中国—南亚博览会暨第二十九届中国昆明进出口商品交易会", edition=9, start="2025-06-08",
         end="2025-06-12", city="昆明", id="于-a-bare-day-range-暨"),
    case("農產品展售會登場", "2025-12-12",
         "〔記者李惠洲／台東報導〕2025台東農特產品展售會今（12）日到14日在台東森林公園舉行。", kind="fair",
         name="2025台東農特產品展售會", start="2025-12-12", end="2025-12-14", city="台東", id="traditional-taiwan-今(12)日到14日"),
    case("年货博览会开幕", "2026-01-16",
         "本报讯 1月15日，2026松川年货博览会在松川国际会展中心开幕，将持续到1月25日。", kind="expo",
         name="2026松川年货博览会", start="2026-01-15", end="2026-01-25", id="new-year-goods-expo-year-in-the-name"),
    case("青年節開幕", "2025-05-03",
         "（澳門訊）由教育及青年發展局主辦的2025澳門青年節開幕禮昨日在塔石廣場舉行。", kind="other", name="2025澳門青年節",
         start="2025-05-02", city="澳門", organizers=["教育及青年發展局"], id="traditional-macau-開幕禮-of-a-named-festival"),
    case("美食节今晚揭幕", "2025-10-24",
         "（槟城24日讯）2025槟城国际美食节今晚在槟城草场揭幕，美食节至10月26日结束。", kind="other",
         name="2025槟城国际美食节", start="2025-10-24", end="2025-10-26", city="槟城", id="malaysia-至…结束"),
    case("工作会议部署", "2025-02-14",
         "本报讯 2月13日，全省文化和旅游工作会议在松川召开，会议为期两天。", kind="meeting", name="全省文化和旅游工作会议",
         start="2025-02-13", end="2025-02-14", city="松川", id="work-meeting-with-a-length"),
    case("新闻发布会介绍马拉松筹备", "2025-10-29",
         "本报讯 10月28日，松川市人民政府新闻办公室召开新闻发布会，介绍2025松川马拉松筹备情况。赛事将于11月9日鸣枪。",
         kind="other", name="2025松川马拉松", start="2025-11-09", id="briefing-on-a-marathon-to-come"),
    none("新大橋工程超支", "2025-09-30",
         "（香港訊）審計署昨日發表報告，指新大橋工程超支18億港元。報告指出，工程於2021年舉行動土儀式後多次延誤。",
         id="traditional-hk-audit-naming-a-past-groundbreaking"),
    none("上半年全省接待游客增长", "2025-07-20",
         "本报讯 记者从省文化和旅游厅获悉，上半年全省接待游客3.2亿人次，同比增长9.8%，各地举办的音乐节、马拉松等活动带动明显。",
         id="tourism-figures-naming-kinds-of-events"),
    none("男子在馬拉松賽道上猝倒", "2025-02-11",
         "（香港訊）一名52歲男子昨日參加馬拉松期間在青馬大橋上猝倒，送院後證實不治。警方指事件無可疑。", id="traditional-hk-accident-during-a-race"),
    none("展商涉嫌售賣假貨被捕", "2025-08-16",
         "（澳門訊）海關昨日表示，在一個美食節展位內檢獲一批涉嫌假冒的名牌手袋，拘捕一名男子。", id="traditional-macau-customs-at-a-fair"),
    none("大马通膨率持平", "2025-06-25",
         "（吉隆坡24日讯）统计局今日公布，5月消费者价格指数按年上涨1.2%，与4月持平。统计局长在记者会上说，食品价格涨幅放缓。",
         id="malaysia-inflation-told-at-a-记者会"),
]



# A third batch, written before running it: product 上市仪式, more briefings and sessions, 暨 in work meetings, 于 a venue
# in a city, em-dash and 到 ranges, unnamed award ceremonies, and a league's round and a company's AGM in Taiwan and Malaysia.
MORE = [
    case("新品上市仪式举行", "2025-04-09",
         "本报讯 4月8日，青禾乳业2025年新品上市仪式在松川举行，公司推出五款低糖酸奶。", kind="launch",
         name="青禾乳业2025年新品上市仪式", start="2025-04-08", city="松川", id="product-上市仪式-is-a-launch"),
    case("新加坡马拉松开跑", "2025-12-08",
         "（新加坡讯）2025新加坡马拉松（Singapore Marathon）昨天清晨在滨海湾开跑，约五万名跑者参加。", kind="other",
         name="2025新加坡马拉松", start="2025-12-07", city="新加坡", id="singapore-marathon-English-name"),
    case("招商說明會在台北舉行", "2025-05-28",
         "〔記者楊綿傑／台北報導〕經濟部今（28）日在台北國際會議中心舉辦2025離岸風電產業招商說明會，吸引200家業者參加。",
         kind="conference", name="2025離岸風電產業招商說明會", start="2025-05-28", city="台北", id="traditional-taiwan-招商說明會"),
    case("经济工作会议暨营商环境大会召开", "2025-02-08",
         "本报讯 2月7日，全市经济工作会议暨优化营商环境大会召开，会议部署全年经济工作。", kind="meeting",
         name="全市经济工作会议暨优化营商环境大会", start="2025-02-07", id="work-meeting-暨-assembly"),
    case("数字经济大会在北京举办", "2025-07-03",
         "本报讯 第四届全球数字经济大会于7月2日在北京国家会议中心举办，大会为期三天。", kind="conference",
         name="第四届全球数字经济大会", edition=4, start="2025-07-02", end="2025-07-04", city="北京", id="于-a-day-venue-in-a-city"),
    case("智能制造展会举行", "2025-09-23",
         "本报讯 9月20日—22日，2025松川智能制造展览会在松川国际会展中心举行，吸引观众8万人次。", kind="fair",
         name="2025松川智能制造展览会", start="2025-09-20", end="2025-09-22", id="em-dash-range-with-both-days"),
    case("文化论坛10月8日到10日举行", "2025-10-07",
         "（澳门讯）2025中葡文化交流论坛将于10月8日到10日在澳门举行，为期3天。", kind="forum",
         name="2025中葡文化交流论坛", start="2025-10-08", end="2025-10-10", city="澳门", id="macau-到-range-and-digits"),
    case("学校举行颁奖典礼", "2025-07-05",
         "本报讯 7月4日，松川实验中学举行2024—2025学年优秀学生颁奖典礼，120名学生获奖。", kind="ceremony", start="2025-07-04",
         id="school-award-ceremony-with-a-school-year"),
    case("國慶慶典在獨立廣場舉行", "2025-09-01",
         "（吉隆坡31日訊）2025年國慶日慶典今日在吉隆坡獨立廣場舉行，數萬名民眾出席觀禮。", kind="ceremony", start="2025-08-31",
         city="吉隆坡", id="traditional-malaysia-慶典"),
    case("青年座談會", "2025-04-27",
         "（香港訊）民政及青年事務局昨日舉辦青年發展座談會，邀請逾百名青年就房屋及就業問題發表意見。", kind="meeting",
         name="青年發展座談會", start="2025-04-26", city="香港", id="traditional-hk-座談會"),
    case("人大会议开幕", "2025-01-13",
         "本报讯 1月12日，松川市第十七届人民代表大会第五次会议在松川会堂开幕，会期五天。", kind="meeting",
         name="松川市第十七届人民代表大会第五次会议", start="2025-01-12", end="2025-01-16", id="people-s-congress-session"),
    none("中職例行賽 松川隊三連勝", "2025-06-23",
         "〔記者陳志祥／台中報導〕中華職棒例行賽昨（22）日在台中洲際棒球場進行，松川隊以5比2擊敗對手，豪取三連勝。",
         id="traditional-taiwan-league-game-result"),
    none("常年股东大会批准派息", "2025-06-27",
         "（吉隆坡26日讯）青禾控股今日召开常年股东大会，股东批准派发每股5仙的终期股息，全年派息总额达1.2亿令吉。",
         id="malaysia-agm-approving-a-dividend"),
    none("博览会展馆扩建获批", "2025-03-11",
         "本报讯 市发改委10日批复松川国际博览中心扩建项目，总投资18亿元，新增展览面积5万平方米，建成后可承接大型博览会。",
         id="an-approval-for-a-venue"),
]



# The first day told as 首日 after a day and the event's bare word (written with the rule, before running them).
FIRST_DAY = [
    case("茶博会圆满落幕", "2025-05-10",
         "本报讯 5月9日，第十届松川国际茶叶博览会圆满落幕。其中，5月6日博览会首日吸引观众3万人次。", kind="expo",
         name="第十届松川国际茶叶博览会", start="2025-05-06", end="2025-05-09", id="首日-after-a-day-and-the-bare-word"),
    case("書展昨閉幕", "2025-07-23",
         "（香港訊）第三十五屆香港書展昨日閉幕。本月16日書展首日，入場人次達十二萬。", kind="fair",
         name="第三十五屆香港書展", start="2025-07-16", end="2025-07-22", city="香港", id="traditional-hk-本月16日書展首日"),
]



# A competition named only as where a result was won (在…运动会上勇夺第一), then a ceremony held for it: the ceremony is the
# event (written before running them).
RESULT_THEN_CEREMONY = [
    case("区代表队运动会夺冠 区政府表彰", "2025-12-04",
         "本报讯 松川区代表队在第十六届松川市运动会上勇夺团体总分第一。12月3日，松川区人民政府举行表彰大会，为获奖运动员颁奖。",
         kind="ceremony", name=None, start="2025-12-03", id="games-as-the-setting-of-a-win-then-a-commendation"),
    case("彰化縣全運會奪12金 縣府表揚", "2025-11-05",
         "〔記者張聰秋／彰化報導〕彰化縣在114年全國運動會奪得12金，縣府今（5）日舉辦表揚大會，頒發獎勵金給選手。",
         kind="ceremony", name=None, start="2025-11-05", city="彰化", id="traditional-taiwan-games-won-then-表揚大會"),
]



# An event renamed: the name it now goes by (X更名为Y) is its name (written before running them).
RENAMED = [
    case("农博会更名", "2025-03-20",
         "本报讯 已连续举办八届的松川农产品交易会今年正式更名为中国（松川）国际农业博览会，将于9月在松川国际会展中心举办。",
         kind="expo", name="中国（松川）国际农业博览会", id="更名为-the-new-name"),
    case("展覽會易名", "2025-02-12",
         "（澳門訊）已舉辦十屆的澳門綠色展覽會今年起改名為澳門國際環保合作發展論壇及展覽，將於4月在路氹舉行。",
         kind="forum", name="澳門國際環保合作發展論壇及展覽", city="澳門", id="traditional-macau-改名為"),
]



# A fourth batch, written before running it: English names of festivals and awards, Traditional editions of championships,
# a fair in Macau, a show with 展会 in its name, and a later 本届 mention that carries the length.
FOURTH = [
    case("华艺节开幕", "2025-02-15",
         "（新加坡讯）2025华艺节（Huayi Festival）昨晚在滨海艺术中心开幕，艺术节至2月23日结束，共推出20多个节目。", kind="other",
         name="2025华艺节", start="2025-02-14", end="2025-02-23", city="新加坡", id="singapore-festival-English-name-至…结束"),
    case("亞洲電影大獎頒獎禮", "2025-03-17",
         "（香港訊）第十八屆亞洲電影大獎（Asian Film Awards）頒獎禮昨晚在西九文化區戲曲中心舉行。", kind="ceremony",
         start="2025-03-16", city="香港", id="traditional-hk-award-English-name-inside"),
    case("全國桌球錦標賽開打", "2025-04-19",
         "〔記者吳清正／桃園報導〕第十二屆全國青少年桌球錦標賽今（19）日在桃園巨蛋開打，賽期五天。", kind="other",
         name="第十二屆全國青少年桌球錦標賽", edition=12, start="2025-04-19", end="2025-04-23", city="桃園",
         id="traditional-taiwan-championship-賽期五天"),
    case("葡語國家產品洽談會", "2025-10-23",
         "（澳門訊）2025中國與葡語國家產品及服務洽談會昨日在澳門威尼斯人舉行，超過300家企業參與配對。", kind="fair",
         name="2025中國與葡語國家產品及服務洽談會", start="2025-10-22", city="澳門", id="traditional-macau-洽談會-with-及"),
    case("宠物展会开幕", "2025-08-09",
         "本报讯 8月8日，2025松川国际宠物用品展会在松川国际会展中心开幕。本届展会为期三天，参展企业400余家。", kind="expo",
         name="2025松川国际宠物用品展会", start="2025-08-08", end="2025-08-10", id="展会-name-本届-length"),
    case("武术锦标赛在怡保举行", "2025-07-13",
         "（怡保12日讯）第二十届全国武术锦标赛今日在怡保室内体育馆开幕，比赛为期三天，共有600名选手参赛。", kind="other",
         name="第二十届全国武术锦标赛", edition=20, start="2025-07-12", end="2025-07-14", city="怡保", id="malaysia-championship-比赛为期三天"),
    case("科技周启动仪式", "2025-05-18",
         "本报讯 5月17日，2025年松川市科技活动周启动仪式在松川科技馆举行，活动周将持续至5月23日。", kind="other",
         name="2025年松川市科技活动周", start="2025-05-17", end="2025-05-23", id="启动仪式-dropped-持续至"),
    none("電影獲提名 導演感恩", "2025-01-08",
         "（香港訊）本地電影《海港往事》獲第十八屆亞洲電影大獎九項提名。導演陳家明昨日接受訪問時表示，感謝團隊的付出。",
         id="traditional-hk-nominations-no-ceremony"),
    none("博覽會場館招標", "2025-04-03",
         "〔記者王姝琇／高雄報導〕高雄市政府今（3）日公告新展覽館興建工程招標，預算新台幣50億元，預計2028年完工，可舉辦大型國際博覽會。",
         id="traditional-taiwan-a-tender-for-a-venue"),
]



# A fifth batch, written before running it: briefings named by their subject, a press conference on a launch to come,
# online and routine sessions, and a people's congress in HK/Macau form.
FIFTH = [
    case("防汛工作新闻发布会", "2025-06-17",
         "本报讯 6月16日，松川市2025年防汛工作新闻发布会在市政府新闻中心举行，市应急管理局负责人介绍防汛准备情况。", kind="press",
         name="松川市2025年防汛工作新闻发布会", start="2025-06-16", id="named-news-conference"),
    case("立法會議員記者會", "2025-03-06",
         "（香港訊）多名立法會議員昨日舉行記者會，促請政府延長長者醫療券計劃，並交代檢討進度。", kind="press", name=None,
         start="2025-03-05", id="traditional-hk-legislators-記者會"),
    case("線上記者會說明疫苗", "2025-10-02",
         "〔記者林惠琴／台北報導〕疾管署今（2）日召開線上記者會，說明流感疫苗開打時程，65歲以上長者優先接種。", kind="press",
         start="2025-10-02", id="traditional-taiwan-online-記者會"),
    case("市长召开记者会宣布新计划", "2025-09-10",
         "（槟城9日讯）首长今日在光大召开记者会，宣布推出槟城绿色交通计划，首阶段投资2亿令吉。", kind="press", start="2025-09-09",
         city="槟城", id="malaysia-记者会-announcing-a-plan"),
    none("人大常委會會議審議預算", "2025-08-27",
         "新华社北京8月26日电 十四届全国人大常委会第十七次会议26日审议国务院关于今年上半年预算执行情况的报告，报告显示财政收入同比下降1.2%。",
         id="npc-standing-committee-with-figures"),
]


EVENTS = PRESS + LAUNCH + OPENINGS + AWARDS + SPORTS + CULTURE + WORK + BODIES + TRADE + EXHIBITIONS + NAMED + WIDER + MORE + FIRST_DAY + RESULT_THEN_CEREMONY + RENAMED + FOURTH + FIFTH
NO_EVENT = [row for row in EVENTS if len(row.values) == 1]
FRAMES = [row for row in EVENTS if len(row.values) == 2]


def _city(location, wanted):
    """The event's city as the scorer reads it: the wanted city when the place's city or text contains it."""
    if isinstance(wanted, str) and location and wanted in (location.city or "") + (location.text or ""):
        return wanted
    return location.city if location else None


@pytest.mark.parametrize("text", NO_EVENT)
def test_a_page_that_names_an_event_only_in_passing(text):
    assert extract(text).event is None


@pytest.mark.parametrize("text, expected", FRAMES)
def test_the_event_frame_by_kind(text, expected):
    event = extract(text).event
    assert event is not None
    got = {
        "kind": event.kind, "name": event.name, "edition": event.edition, "theme": event.theme,
        "start": str(event.start) if event.start else None, "end": str(event.end) if event.end else None,
        "city": _city(event.location, expected["city"]),
        "organizers": sorted(organizer.name for organizer in event.organizers),
    }
    wanted = {field: sorted(value) if field == "organizers" and value is not ANY else value
              for field, value in expected.items() if value is not ANY}
    assert {field: got[field] for field in wanted} == wanted
