"""Invented scraped pages from every region, each with the event a careful reader takes from it (ANNOTATION.md, "Event"):
its kind, start, end, city and country. Written before the extractor was run on them, to cover the kinds met on unseen pages
(sports events, contests, food and culture festivals, art exhibitions, openings, news conferences announcing an event,
launches), the start against each region's page stamps and datelines (ROC years, 18/03/2025, 2025年3月18日（星期二）, a
weekday in brackets, a fair in its third day) and the places each region writes (districts and venues for the city)."""
import pytest

from extractor import extract

ANY = object()


def page(headline, stamp, byline, *paragraphs, kind=ANY, start=ANY, end=ANY, city=ANY, country=ANY, id):
    """A page as scraped: headline, the site's time stamp in its own format, a byline, the paragraphs."""
    text = f"{headline}\n{stamp}\n{byline}\n\n" + "\n".join(paragraphs) + "\n"
    expected = {"kind": kind, "start": start, "end": end, "city": city, "country": country}
    return pytest.param(text, expected, id=id)


SPORTS = [
    page("維港國際馬拉松圓滿舉行 逾三萬跑手參加", "2025年2月10日（星期一）09:15", "【本報記者 陳嘉欣】",
         "由香港田徑總會主辦的2025維港國際馬拉松昨日清晨在尖沙咀彌敦道起步，逾三萬名跑手參加。",
         "總會主席李志明表示：「今年參賽人數創新高，賽道安排亦更完善。」",
         kind="other", start="2025-02-09", end=None, city="香港", country="中國", id="hk-marathon-昨日-against-a-bracketed-weekday-stamp"),
    page("太魯閣峽谷半程馬拉松鳴槍 六千跑者挑戰山路", "發布時間：114/11/09 12:30", "記者王心怡／花蓮報導",
         "2025太魯閣峽谷半程馬拉松今（9）日清晨在花蓮縣秀林鄉鳴槍起跑，吸引六千名跑者參加。",
         "花蓮縣長徐明德致詞時說：「希望跑者在奔跑中認識花蓮的山海之美。」",
         kind="other", start="2025-11-09", end=None, city="花蓮", country="臺灣", id="taiwan-half-marathon-roc-stamp-今(9)日"),
    page("全国青少年羽毛球锦标赛开打", "18/03/2025 19:45", "（槟城18日讯）",
         "2025年全国青少年羽毛球锦标赛今日在峇六拜体育馆开打，为期五天，共有来自全国13州的400名选手参赛。",
         "大会主席陈国明说：“这是近年规模最大的一届。”",
         kind="other", start="2025-03-18", end="2025-03-22", city="槟城", country="马来西亚", id="malaysia-championship-dd-mm-yyyy-stamp"),
    page("新加坡超级联赛新赛季揭幕", "2025年3月9日", "（新加坡讯）记者 林佳慧",
         "2025赛季新加坡超级联赛昨晚在加冷新加坡国家体育场揭幕，首场比赛吸引近万名球迷入场。",
         "新加坡足总会长黄志强说：“新赛季的竞争会更激烈。”",
         kind="other", start="2025-03-08", end=None, city="新加坡", country="新加坡", id="singapore-league-opens-昨晚"),
    page("广州国际龙舟邀请赛猎德涌开赛", "2025-05-31 16:20 来源：新华网", "新华社广州5月31日电（记者 黄伟）",
         "2025年广州国际龙舟邀请赛31日在海珠区猎德涌举行，来自国内外的60支龙舟队参赛。",
         "广州市体育局局长王建华说：“龙舟赛已成为广州的城市名片。”",
         kind="other", start="2025-05-31", end=None, city="广州", country="中国", id="mainland-dragon-boat-xinhua-dateline"),
    page("沙田龍舟邀請賽 百隊城門河競渡", "2025年6月2日（星期一）", "（香港訊）",
         "第二十屆沙田龍舟邀請賽上周六在城門河舉行，共有一百支隊伍參賽。",
         "沙田區議會主席張國華表示：「賽事每年都吸引大批市民觀賽。」",
         kind="other", start="2025-05-31", end=None, city="香港", country="中國", id="hk-dragon-boat-上周六-in-沙田"),
    page("澳門國際賽車節本月舉行", "2025-11-03 18:20", "（澳門訊）記者 梁家豪",
         "第十屆澳門國際賽車節將於本月13日至16日在路氹城舉行，共設八項賽事。",
         "大賽委員會主席何志明表示：「今年有來自20個國家和地區的車手參賽。」",
         kind="other", start="2025-11-13", end="2025-11-16", city="澳門", country="中國", id="macau-motor-racing-本月-range"),
    page("全国女子排球联赛第二阶段漳州开赛", "2025-10-09 08:05", "新华社福州10月8日电（记者 郑明）",
         "2025年全国女子排球联赛第二阶段比赛8日在福建漳州开赛，12支球队将进行为期十天的角逐。",
         "中国排球协会有关负责人说：“第二阶段将决出季后赛席位。”",
         kind="other", start="2025-10-08", end="2025-10-17", city="漳州", country="中国", id="mainland-league-in-another-city-than-the-dateline"),
]

CONTESTS = [
    page("江城青年创新创业大赛决赛落幕", "2025年11月19日 10:12 来源：江城日报", "本报记者 刘洋 通讯员 周婷",
         "11月18日，2025江城青年创新创业大赛决赛在武汉光谷科技会展中心举行，30个项目同台竞技。",
         "大赛评委、武汉大学教授赵明说：“参赛项目的技术含量明显提高。”",
         kind="other", start="2025-11-18", end=None, city="武汉", country="中国", id="mainland-contest-final"),
    page("臺灣青年設計獎揭曉 20件作品獲獎", "2025/10/21 22:10", "記者吳佩珊／台北報導",
         "2025臺灣青年設計獎頒獎典禮昨（20）日晚間在臺北流行音樂中心舉行，共20件作品獲獎。",
         "評審團主席林俊宏說：「今年作品展現了年輕設計師的社會關懷。」",
         kind="ceremony", start="2025-10-20", end=None, city="臺北", country="臺灣", id="taiwan-design-award-ceremony"),
    page("新加坡机器人挑战赛下周六登场", "2025年3月12日", "（新加坡讯）",
         "2025年新加坡青少年机器人挑战赛将于本月22日（星期六）在新达城新加坡国际会议与展览中心举行，预计有800名学生参赛。",
         "主办单位新加坡科学中心总裁李伟强说：“比赛鼓励学生动手解决真实问题。”",
         kind="other", start="2025-03-22", end=None, city="新加坡", country="新加坡", id="singapore-challenge-a-weekday-in-brackets"),
    page("全國技能競賽北區選拔賽開賽", "2025/03/14 14:40", "（中央社記者張文彬新北14日電）",
         "2025全國技能競賽北區選拔賽今天起一連三天在新北市新莊體育館舉行，共有1200名選手參賽。",
         "勞動部官員表示：「選拔賽優勝者將代表北區參加全國賽。」",
         kind="other", start="2025-03-14", end="2025-03-16", city="新北", country="臺灣", id="taiwan-selection-contest-cna-dateline"),
    page("柔佛华文书法比赛颁奖", "2025年4月20日", "（新山19日讯）",
         "第十五届全国华文书法比赛今日在新山南方大学学院举行，共有500名学生参赛。",
         "筹委会主席黄文杰说：“书法比赛让年轻人亲近中华文化。”",
         kind="other", start="2025-04-19", end=None, city="新山", country="马来西亚", id="malaysia-contest-dateline-day-before-the-stamp"),
]

FESTIVALS = [
    page("顺德国际美食节人气旺 三天迎客逾十万", "2025-11-22 09:30 来源：佛山日报", "本报记者 李华",
         "为期五天的2025顺德国际美食节昨日进入第三天，三天来累计接待游客逾十万人次。",
         "参展商陈先生说：“今年的客流比去年还要多。”",
         kind="other", start="2025-11-19", end="2025-11-23", city="顺德", country="中国", id="mainland-food-festival-in-its-third-day"),
    page("柔佛美食嘉年华一连三天", "22/08/2025 20:15", "（新山22日讯）",
         "2025柔佛美食嘉年华今日起一连三天在新山城中城广场举行，共有150个美食摊位。",
         "主办单位主席林志伟说：“我们希望把柔佛美食推向国际。”",
         kind="other", start="2025-08-22", end="2025-08-24", city="新山", country="马来西亚", id="malaysia-food-carnival-一连三天"),
    page("香港中國傳統文化節月底開幕", "2025-09-15 11:00", "（香港訊）",
         "第五屆香港中國傳統文化節將於本月28日至下月3日在尖沙咀香港文化中心舉行，活動包括戲曲、書法及非遺展示。",
         "籌委會主席黃偉文表示：「希望市民特別是年輕一代認識傳統文化。」",
         kind="other", start="2025-09-28", end="2025-10-03", city="香港", country="中國", id="hk-culture-festival-本月-to-下月"),
    page("臺灣燈會屏東點燈 展期至2月23日", "中華民國114年2月12日", "記者蔡明哲／屏東報導",
         "2025臺灣燈會今（12）日晚間在屏東縣大鵬灣國家風景區點燈，展期至2月23日。",
         "屏東縣長周春米說：「歡迎全國民眾來屏東看燈。」",
         kind="other", start="2025-02-12", end="2025-02-23", city="屏東", country="臺灣", id="taiwan-lantern-festival-roc-date-stamp"),
    page("氹仔美食嘉年華昨開幕", "2025年3月18日（星期二）", "【本報訊】",
         "第十二屆美食嘉年華昨日在氹仔嘉模墟開幕，一連十日，設一百二十個攤位。",
         "主辦單位負責人陳志強表示：「今年新增了葡國菜專區。」",
         kind="other", start="2025-03-17", end="2025-03-26", city="澳門", country="中國", id="macau-carnival-in-氹仔"),
    page("全国华人文化节下周在槟城举行", "2025年4月12日", "（吉隆坡12日讯）",
         "第十届全国华人文化节将于本月19日（星期六）至21日在槟城光大礼堂举行，预计吸引两万人次。",
         "总会长刘志明说：“文化节是全国华社的年度盛事。”",
         kind="other", start="2025-04-19", end="2025-04-21", city="槟城", country="马来西亚", id="malaysia-culture-festival-elsewhere-than-the-dateline"),
]

EXHIBITIONS = [
    page("齐鲁名家书画展开展", "2025年6月6日 09:00 来源：大众网", "记者 孙明",
         "6月5日，2025齐鲁名家书画展在济南山东美术馆开展，展出书画作品200余件，展期至6月20日。",
         "参展书法家王立说：“希望通过展览让更多市民走近书画艺术。”",
         kind="expo", start="2025-06-05", end="2025-06-20", city="济南", country="中国", id="mainland-calligraphy-exhibition"),
    page("中大藝術系畢業作品展開幕", "2025-05-16 15:45", "記者 何家欣",
         "香港中文大學藝術系2025畢業作品展今日起至本月30日在沙田校園展出，展出40名畢業生的作品。",
         "系主任陳志華教授表示：「作品反映了年輕藝術家對城市的觀察。」",
         kind="expo", start="2025-05-16", end="2025-05-30", city="香港", country="中國", id="hk-graduation-show-沙田"),
    page("「光之島嶼」當代藝術展駁二登場", "2025/07/01 10:20", "記者許雅婷／高雄報導",
         "「光之島嶼」當代藝術展即日起至8月31日在高雄駁二藝術特區展出，共有30位藝術家參展。",
         "策展人林佳蓉說：「展覽邀請觀眾重新認識島嶼的光。」",
         kind="expo", start="2025-07-01", end="2025-08-31", city="高雄", country="臺灣", id="taiwan-art-exhibition-即日起至"),
    page("新加坡国际摄影展下月举行", "2025年4月8日", "（新加坡讯）",
         "第三届新加坡国际摄影展将于5月10日至25日在滨海湾金沙艺术科学博物馆展出，展出20个国家的300幅作品。",
         "策展人吴慧玲说：“摄影展让观众看见不同的世界。”",
         kind="expo", start="2025-05-10", end="2025-05-25", city="新加坡", country="新加坡", id="singapore-photo-exhibition-滨海湾"),
    page("澳門國際書畫展路氹開幕", "澳門日報 2025年3月18日（星期二）", "記者 黃小玲",
         "第八屆澳門國際書畫展昨日在路氹金光會展中心開幕，展期三天。",
         "籌委會主席李文輝表示：「今年有來自15個國家和地區的藝術家參展。」",
         kind="expo", start="2025-03-17", end="2025-03-19", city="澳門", country="中國", id="macau-painting-exhibition-路氹"),
]

OPENINGS_AND_BRIEFINGS = [
    page("青禾广场开业典礼举行", "2025-09-29 08:30 来源：成都商报", "记者 杨帆",
         "9月28日上午，青禾广场开业典礼在成都市高新区举行，首批入驻商户120家。",
         "青禾集团董事长王志刚说：“我们要把青禾广场打造成城南的消费新地标。”",
         kind="ceremony", start="2025-09-28", end=None, city="成都", country="中国", id="mainland-store-opening-ceremony"),
    page("東涌文化中心啟用", "2025年12月6日（星期六）", "（香港訊）",
         "東涌文化中心啟用儀式昨日在東涌舉行，中心設有一個八百座位的演奏廳。",
         "民政事務局局長陳美玲致辭時表示：「中心將成為大嶼山居民的文化新地標。」",
         kind="ceremony", start="2025-12-05", end=None, city="香港", country="中國", id="hk-opening-ceremony-東涌"),
    page("吉隆坡国际书展开幕", "05/06/2025 21:00", "（吉隆坡5日讯）",
         "2025年吉隆坡国际书展开幕礼今日在吉隆坡会展中心举行，书展为期十天。",
         "首相署部长林明华在开幕礼上说：“阅读是国家进步的基础。”",
         kind="fair", start="2025-06-05", end="2025-06-14", city="吉隆坡", country="马来西亚", id="malaysia-book-fair-开幕礼"),
    page("臺中爵士音樂節10月登場", "2025/04/08 16:00", "記者陳宏毅／臺中報導",
         "臺中市政府今（8）日召開記者會宣布，2025臺中爵士音樂節將於10月17日至26日在市民廣場登場。",
         "新聞局長說：「今年邀請了12組國際樂團演出。」",
         kind="other", start="2025-10-17", end="2025-10-26", city="臺中", country="臺灣", id="taiwan-news-conference-on-a-festival-to-come"),
    page("新加坡美食节七月举行", "2025年6月20日", "（新加坡讯）",
         "新加坡旅游局昨天召开记者会宣布，第十届新加坡美食节将于7月11日（星期五）至20日在滨海湾举行。",
         "旅游局局长陈伟明说：“美食节将展示本地的多元饮食文化。”",
         kind="other", start="2025-07-11", end="2025-07-20", city="新加坡", country="新加坡", id="singapore-news-conference-on-a-festival-to-come"),
    page("青禾科技发布新一代智能手表", "2025-04-19 09:10 来源：深圳特区报", "记者 周敏",
         "4月18日晚，青禾科技2025春季新品发布会在深圳湾体育中心举行，发布新一代智能手表。",
         "青禾科技总裁李明说：“新品的续航时间提升了一倍。”",
         kind="launch", start="2025-04-18", end=None, city="深圳", country="中国", id="mainland-product-launch"),
]

PAGES = SPORTS + CONTESTS + FESTIVALS + EXHIBITIONS + OPENINGS_AND_BRIEFINGS


def _got(event, wanted_city):
    location = event.location
    city = location.city if location else None
    if isinstance(wanted_city, str) and location and wanted_city in (location.city or "") + (location.text or ""):
        city = wanted_city
    return {"kind": event.kind, "start": str(event.start) if event.start else None, "end": str(event.end) if event.end else None,
            "city": city, "country": location.country if location else None}


@pytest.mark.parametrize("text, expected", PAGES)
def test_kind_start_city_country(text, expected):
    event = extract(text).event
    assert event is not None
    wanted = {field: value for field, value in expected.items() if value is not ANY}
    got = _got(event, expected["city"])
    assert {field: got[field] for field in wanted} == wanted


def short(body, stamp, **expected):
    return page("本地新闻", stamp, "本报讯", body, **expected)


RULES = [
    # a district or neighbourhood of Hong Kong or Macau is in the SAR's city; a mainland district keeps its own name
    short("第三届湾区青年音乐节昨日在红磡体育馆举行。", "2025-08-10 09:00", start="2025-08-09", city="香港", country="中国",
          id="hk-neighbourhood-simplified"),
    short("第三屆灣區青年音樂節昨日在紅磡體育館舉行。", "2025-08-10 09:00", start="2025-08-09", city="香港", country="中國",
          id="hk-neighbourhood-traditional"),
    short("第五屆澳門葡韻嘉年華昨日在新口岸舉行。", "2025-08-10 09:00", city="澳門", country="中國", id="macau-district-traditional"),
    short("第二屆社區美食節昨日在氹仔舊城區開幕。", "2025-08-10 09:00", city="澳門", id="macau-district-before-a-split-place"),
    short("第三届青年音乐节昨日在北京市朝阳区举行。", "2025-08-10 09:00", city="北京", country="中国", id="near-miss-mainland-district"),
    # a Singapore district or waterfront is in Singapore; a mainland botanical garden is no Singapore place
    short("（新加坡讯）第五届青禾美食节昨天在新达城开幕。", "2025-03-18", city="新加坡", country="新加坡", id="singapore-venue-district"),
    short("（新加坡訊）第五屆青禾美食節昨天在濱海灣花園開幕。", "2025-03-18", city="新加坡", country="新加坡",
          id="traditional-singapore-waterfront"),
    # the place before a sports event's start (鸣枪, 开跑, 点灯) is where it is held
    short("2025青禾马拉松今天在新北市板桥区鸣枪开跑。", "2025-11-09", city="新北", id="鸣枪-after-the-place"),
    short("2025青禾馬拉松今（9）日在新北市板橋區鳴槍。", "2025-11-09", city="新北", country="臺灣", id="traditional-鳴槍-after-the-place"),
    # an opening ceremony reported on its own (of a shop, a library) is a ceremony; after an event's name it is the occasion
    short("青禾商場開幕禮昨日在觀塘舉行。", "2025-03-18", kind="ceremony", start="2025-03-17", city="香港", id="traditional-standalone-開幕禮"),
    short("青禾图书馆新馆揭幕礼昨日举行。", "2025-03-18", kind="ceremony", start="2025-03-17", id="standalone-揭幕礼"),
    short("第五届青禾运动会开幕式昨日在青禾体育中心举行。", "2025-03-18", kind="other", start="2025-03-17", id="near-miss-开幕式-of-a-named-event"),
    # Taiwan's 發表會 is a product launch
    short("青禾科技昨日在台北舉行新品發表會，推出新款筆電。", "2025-03-18", kind="launch", start="2025-03-17", city="台北",
          id="traditional-發表會-is-a-launch"),
    short("青禾科技昨日在上海举行新品发表会，推出新款笔记本电脑。", "2025-03-18", kind="launch", start="2025-03-17", id="发表会-is-a-launch"),
    # the day of a news conference announcing an event is not the event's start
    short("臺中市政府今（18）日召開記者會宣布，2025臺中爵士音樂節將於10月17日登場。", "2025-03-18", kind="other", start="2025-10-17",
          id="traditional-briefing-day-then-the-festival-day"),
    short("市政府今天召开新闻发布会宣布，2025青禾国际马拉松将于4月20日鸣枪开跑。", "2025-03-18", kind="other", start="2025-04-20",
          id="briefing-day-then-the-marathon-day"),
    short("第五届青禾文化节今日在青禾开幕，主办方随后召开新闻发布会。", "2025-03-18", start="2025-03-18",
          id="near-miss-a-briefing-after-the-opening"),
    # a Malaysian state written as the place
    short("第十届全国华乐节今日在槟城举行。", "12/04/2025 20:00", start="2025-04-12", city="槟城", country="马来西亚",
          id="malaysia-state-as-the-place"),
    # a weekday in brackets after the first day of a range
    short("第五届青禾读书节将于本月19日（星期六）至21日在市图书馆举行。", "2025-04-12", start="2025-04-19", end="2025-04-21",
          id="range-weekday-in-brackets"),
    short("第五屆青禾讀書節將於本月19日（週六）至21日在市圖書館舉行。", "2025-04-12", start="2025-04-19", end="2025-04-21",
          id="traditional-range-weekday-in-brackets"),
    short("第五届青禾读书节将于本月19日（星期六）在市图书馆举行。", "2025-04-12", start="2025-04-19", end=None,
          id="a-weekday-in-brackets-then-held"),
    # 即日起 is the page date
    short("“山海之间”摄影展即日起至8月31日在市美术馆展出。", "2025-07-01 10:00", kind="expo", start="2025-07-01", end="2025-08-31",
          id="即日起至"),
    short("「山海之間」攝影展即日起至8月31日在市美術館展出。", "2025-07-01 10:00", kind="expo", start="2025-07-01", end="2025-08-31",
          id="traditional-即日起至"),
    # 比赛 and 竞赛 end a name although the tagger reads them as verbs
    short("第八届全市中学生书法比赛今日在市少年宫举行。", "2025-05-10", kind="other", start="2025-05-10", id="比赛-ends-a-name"),
    short("第八屆全港中學生數學競賽今日在沙田舉行。", "2025-05-10", kind="other", start="2025-05-10", city="香港",
          id="traditional-競賽-ends-a-name"),
    # lighting up opens a lantern festival
    short("2025青禾元宵灯会今晚在人民公园点灯，展期至2月20日。", "2025-02-12", start="2025-02-12", end="2025-02-20", id="点灯-opens"),
    # a weekday of the page's week, the one before or the one after
    short("第二十届青禾龙舟赛上周六在青禾江举行。", "2025-06-02", start="2025-05-31", id="上周六"),
    short("第二十屆青禾龍舟賽本週日在青禾江舉行。", "2025-06-02", start="2025-06-08", id="traditional-本週日"),
    short("第二十届青禾龙舟赛将于下星期一在青禾江举行。", "2025-06-04", start="2025-06-09", id="下星期一"),
    # a day that is the event's Nth gives its first day
    short("为期五天的第十届青禾美食节今日进入第三天。", "2025-11-21", start="2025-11-19", end="2025-11-23", id="进入第三天"),
    short("為期五天的第十屆青禾美食節昨日已是第二天。", "2025-11-21", start="2025-11-19", end="2025-11-23", id="traditional-已是第二天"),
]


@pytest.mark.parametrize("text, expected", RULES)
def test_rules(text, expected):
    test_kind_start_city_country(text, expected)
