"""A bank of Taiwan press bylines, credits and quotes, with the Hong Kong and Macau forms of the same and their
Simplified cousins on mainland, Singapore and Malaysia pages. Every page, sentence and name is invented for this test and
was written before the extractor was run on it. Expected values by ../shared/ANNOTATION.md ("Chrome", "Quotes",
"Borderline calls"):

- bylines: 〔記者X／宜蘭報導〕, 記者X／綜合報導, （中央社記者X台北5日電）, 中央社記者X、Y台中5日電, 記者X、實習記者Y／高雄報導,
  文／X　圖／Y, 撰文：X　攝影：Y, 【記者X／台北報導】, 〔即時新聞／綜合報導〕 (no author), （編輯：X）, 責任編輯：X, a caption
  credit （記者X攝）, 圖：取自某某臉書 (no author): every person credited is an author, never a person of the body;
- quotes in 「」: the speaker after the words (「…」X說。, 「…」他說 with 他 the last person named in the paragraph), before
  them (X表示／指出／強調／坦言／直言／受訪時說／說：), words split by the speaker (「…」，X說，「…」), one quotation over two
  paragraphs (an entry a paragraph), an official or legislator with a title before the name (立委X今天在記者會上表示，「…」);
- near misses: a person in a caption who is in the picture (no author), 報導 in a sentence of the body, a quote with no
  named speaker, quoted terms and titles of works.

Rows are (id, page, authors, quotes): the authors compared as a sorted list; the quotes as (speaker, the opening words),
in the order of the words, a quote matching when its speaker is that and its words start with those characters."""
from __future__ import annotations

from functools import lru_cache

import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, credited_and_quoted, credited_people, lined_page, strict_case

def pg(region: str, headline: str, *lines: str) -> str:
    """A short page of 2025-06-05: a headline, the region's time line, then the lines as given (bylines, captions, paragraphs)."""
    return lined_page(region, 5, headline, *lines)


BYLINES_TW = [  # Taiwan bylines at the head of the body, in brackets or on their own line
    ("tw-bracket-tortoise-place-trad", pg(
        "tw", "宜蘭國際童玩節開幕", "〔記者溫家寧／宜蘭報導〕宜蘭國際童玩節今天在冬山河親水公園開幕，為期52天。",
        "宜蘭縣政府預估可吸引逾40萬人次入園。"),
     ["溫家寧"], []),
    ("tw-bracket-tortoise-ascii-slash-trad", pg(
        "tw", "花蓮賞鯨季啟航", "〔記者彭郁芬/花蓮報導〕花蓮賞鯨季今天啟航，業者推出早鳥優惠。",
        "業者表示，今年鯨豚目擊率可望維持九成以上。"),
     ["彭郁芬"], []),
    ("tw-line-combined-report-trad", pg(
        "tw", "多縣市發布高溫資訊", "記者葛承軒／綜合報導",
        "中央氣象署今天針對8縣市發布高溫資訊，台東縣可能出現攝氏38度高溫。"),
     ["葛承軒"], []),
    ("tw-cna-dateline-trad", pg(
        "tw", "勞動部公布最新薪資統計",
        "（中央社記者羅惠玲台北5日電）勞動部今天公布最新統計，4月平均經常性薪資為新台幣4萬6千元。",
        "勞動部表示，薪資成長主要來自製造業。"),
     ["羅惠玲"], []),
    ("tw-cna-two-reporters-taichung-trad", pg(
        "tw", "台中國際花毯節登場",
        "中央社記者鄒明翰、康以慧台中5日電　台中國際花毯節今天在新社登場，展期至6月底。",
        "主辦單位預估將吸引30萬人次參觀。"),
     ["鄒明翰", "康以慧"], []),
    ("tw-reporter-and-intern-kaohsiung-trad", pg(
        "tw", "高雄愛河端午龍舟賽", "記者丁子瑜、實習記者侯采潔／高雄報導",
        "高雄愛河端午龍舟賽今天登場，共有48支隊伍參賽。"),
     ["丁子瑜", "侯采潔"], []),
    ("tw-text-and-photo-fullwidth-space-trad", pg(
        "tw", "走讀大稻埕老街", "文／藍于涵　圖／鍾明達",
        "大稻埕老街近年吸引不少年輕人開設咖啡館與選物店。"),
     ["藍于涵", "鍾明達"], []),
    ("tw-written-and-photographed-colon-trad", pg(
        "tw", "山城九份的清晨", "撰文：汪思妤　攝影：宋柏村",
        "清晨的九份少了觀光人潮，只剩下茶樓主人打理店面。"),
     ["汪思妤", "宋柏村"], []),
    ("tw-lenticular-taipei-trad", pg(
        "tw", "北市推動老屋防震補強", "【記者柯亭均／台北報導】台北市都發局今天宣布，老屋耐震補強補助上限提高至新台幣45萬元。",
        "都發局表示，申請案件逐年增加。"),
     ["柯亭均"], []),
    ("tw-instant-news-no-author-trad", pg(
        "tw", "國道五號週末車流預測", "〔即時新聞／綜合報導〕高公局預估週末國道五號北上車流量將達7萬輛。",
        "高公局建議用路人避開尖峰時段。"),
     [], []),
    ("tw-editor-paren-tail-trad", pg(
        "tw", "台電啟動夏季節電措施", "台電今天啟動夏季節電措施，鼓勵用戶參與需量反應。",
        "台電表示，今年夏季備轉容量率預估可維持在10%。（編輯：鄭雅文）"),
     ["鄭雅文"], []),
    ("tw-responsible-editor-tail-trad", pg(
        "tw", "桃園機場旅客量回升", "桃園國際機場今年前5月旅客量達1700萬人次，恢復至疫前九成。",
        "責任編輯：湯宇凡"),
     ["湯宇凡"], []),
    ("tw-caption-reporter-photo-trad", pg(
        "tw", "嘉義梅山採茶季", "梅山鄉茶農趁著好天氣搶收春茶。（記者姚慶輝攝）",
        "嘉義縣梅山鄉今年春茶產量較去年增加一成，茶農笑得合不攏嘴。"),
     ["姚慶輝"], []),
    ("tw-caption-taken-from-facebook-no-author-trad", pg(
        "tw", "墾丁海域出現鯨鯊", "墾丁外海出現鯨鯊身影。圖：取自墾丁國家公園管理處臉書",
        "墾丁國家公園管理處今天表示，鯨鯊屬保育類動物，請民眾切勿靠近。"),
     [], []),
    ("tw-cna-dateline-and-editor-code-trad", pg(
        "tw", "央行理監事會維持利率",
        "（中央社記者溫貞菱台北5日電）中央銀行今天召開理監事會，決議維持政策利率不變。",
        "央行表示，將持續關注物價走勢。（編輯：林孟汝）1140605"),
     ["溫貞菱", "林孟汝"], []),
    ("tw-bracket-two-reporters-one-place-trad", pg(
        "tw", "台南鹽水蜂炮", "〔記者洪瑞琴、楊金城／台南報導〕鹽水蜂炮今晚登場，吸引上萬名遊客。",
        "台南市政府動員500名警力維持秩序。"),
     ["洪瑞琴", "楊金城"], []),
    ("tw-two-reporters-two-places-trad", pg(
        "tw", "中南部豪雨特報", "〔記者蔡政珉／台中、黃佩君／雲林報導〕中央氣象署今天對中南部發布豪雨特報。",
        "台中市與雲林縣已開設災害應變中心。"),
     ["蔡政珉", "黃佩君"], []),
    ("tw-reporter-several-places-trad", pg(
        "tw", "中部三縣市聯合防汛演練", "記者廖淑玲／台中、彰化報導",
        "台中、彰化、南投三縣市今天舉行聯合防汛演練，動員逾千人。"),
     ["廖淑玲"], []),
    ("tw-cna-special-dispatch-overseas-trad", pg(
        "tw", "日本參議院選舉", "（中央社記者楊明珠東京5日專電）日本參議院選舉今天公告，各黨展開選戰。",
        "日本媒體預估投票率將低於五成。（編輯：韋樞）1140605"),
     ["楊明珠", "韋樞"], []),
    ("tw-cna-combined-wire-no-reporter-trad", pg(
        "tw", "歐洲央行降息", "（中央社法蘭克福5日綜合外電報導）歐洲央行今天宣布降息1碼。",
        "市場普遍預期年底前還有降息空間。（編譯：陳昱婷）"),
     ["陳昱婷"], []),
    ("tw-tail-reporter-paren-trad", pg(
        "tw", "新竹縣長期照顧據點增設", "新竹縣政府今天宣布，今年將新增12處長照據點。",
        "縣府表示，預計年底前全數開辦。", "（記者黃美珠／新竹報導）"),
     ["黃美珠"], []),
    ("tw-line-two-reporters-space-trad", pg(
        "tw", "屏東黑鮪魚季開幕", "記者邱芷柔 李立法／屏東報導",
        "屏東黑鮪魚文化觀光季今天在東港開幕，首尾黑鮪魚以每公斤新台幣5000元拍出。"),
     ["邱芷柔", "李立法"], []),
    ("tw-text-photo-slash-line-after-body-trad", pg(
        "tw", "台東池上秋收", "池上鄉的稻田一片金黃，農民正忙著收割。",
        "池上鄉公所表示，今年稻米品質良好。", "文／孫曉萍　攝影／莊坤儒"),
     ["孫曉萍", "莊坤儒"], []),
    ("tw-photo-credit-slash-caption-trad", pg(
        "tw", "阿里山櫻花季", "阿里山吉野櫻盛開。（圖／記者林宜樟攝）",
        "阿里山國家森林遊樂區今年櫻花季預估可吸引15萬人次。"),
     ["林宜樟"], []),
    ("tw-picture-provided-by-county-no-author-trad", pg(
        "tw", "澎湖花火節", "澎湖國際海上花火節首場施放。（圖／澎湖縣政府提供）",
        "澎湖縣政府表示，今年共安排25場花火秀。"),
     [], []),
    ("tw-editor-and-proofreader-tail-trad", pg(
        "tw", "基隆港郵輪旅客創新高", "基隆港今年上半年郵輪旅客達45萬人次。",
        "（責任編輯：余韋廷　校對：邵志偉）"),
     ["余韋廷", "邵志偉"], []),
    ("tw-interview-and-writing-trad", pg(
        "tw", "返鄉青農的第一年", "採訪撰文：韓佩伶　攝影：吳柏緯",
        "三十歲的他從台北返回雲林老家，接手父親的花生田。"),
     ["韓佩伶", "吳柏緯"], []),
    ("tw-bracket-editor-after-lead-trad", pg(
        "tw", "金門大橋通車週年", "〔記者吳正庭／金門報導〕金門大橋通車滿一週年，累計車流量逾500萬輛次。",
        "金門縣政府表示，將持續改善交通接駁。", "〔責任編輯：歐陽宏〕"),
     ["吳正庭", "歐陽宏"], []),
    ("tw-compound-surname-reporter-trad", pg(
        "tw", "苗栗客家桐花祭", "記者司馬文琪／苗栗報導",
        "苗栗客家桐花祭今天開幕，活動延續至5月底。"),
     ["司馬文琪"], []),
    ("tw-instant-news-reporter-trad", pg(
        "tw", "國道追撞事故", "〔記者馮品翔／即時報導〕國道一號北上今晨發生5車追撞事故，造成3人輕傷。",
        "國道警察提醒用路人保持安全距離。"),
     ["馮品翔"], []),
    ("tw-reporter-colon-form-trad", pg(
        "tw", "彰化鹿港慶端陽", "記者：施靜宜",
        "鹿港慶端陽系列活動今天起跑，龍舟競賽吸引大批人潮。"),
     ["施靜宜"], []),
    ("tw-cna-reporter-photo-caption-trad", pg(
        "tw", "總統府開放參觀", "總統府今天開放民眾參觀。中央社記者謝佳璋攝　114年6月5日",
        "總統府表示，端午連假期間開放時間延長至下午4時。"),
     ["謝佳璋"], []),
    ("tw-image-and-text-together-trad", pg(
        "tw", "南投合歡山雲海", "圖文／陳鳳麗",
        "合歡山近日雲海壯觀，吸引攝影愛好者上山追景。"),
     ["陳鳳麗"], []),
]

BYLINES_HK_MO = [  # the Hong Kong and Macau forms of the same credits
    ("hk-reporter-reported-trad", pg(
        "hk", "港鐵新車站啟用", "記者區詠欣報道",
        "港鐵東涌綫延線新車站今日啟用，首日客量約3萬人次。"),
     ["區詠欣"], []),
    ("hk-bracket-reporter-slash-trad", pg(
        "hk", "中環海濱活動", "【記者冼嘉樂／香港報道】中環海濱今日舉行夏日市集，設有逾百個攤位。",
        "主辦機構預計可吸引5萬人次。"),
     ["冼嘉樂"], []),
    ("hk-text-photo-slash-trad", pg(
        "hk", "深水埗老店新貌", "文：麥穎姿　圖：鄺俊傑",
        "深水埗一間開業五十年的布行近日翻新，由第三代接手經營。"),
     ["麥穎姿", "鄺俊傑"], []),
    ("hk-responsible-editor-trad", pg(
        "hk", "機管局公布客運量", "香港國際機場上月客運量達450萬人次。",
        "責任編輯：岑詠詩"),
     ["岑詠詩"], []),
    ("hk-caption-photo-credit-trad", pg(
        "hk", "維港煙花", "維港上空煙花璀璨。（記者何家豪攝）",
        "旅遊發展局表示，煙花匯演吸引約30萬人觀賞。"),
     ["何家豪"], []),
    ("hk-instant-no-author-trad", pg(
        "hk", "天文台發出酷熱天氣警告", "【即時新聞／綜合報道】天文台今日上午發出酷熱天氣警告。",
        "天文台預料市區最高氣溫達34度。"),
     [], []),
    ("hk-photo-and-writing-colon-trad", pg(
        "hk", "大澳棚屋", "撰文：韋詩琪　攝影：余嘉駿",
        "大澳棚屋近年成為旅遊熱點，不少居民開設民宿。"),
     ["韋詩琪", "余嘉駿"], []),
    ("mo-bracket-reporter-report-trad", pg(
        "mo", "澳門格蘭披治大賽車", "【記者黎少華／澳門報道】第72屆澳門格蘭披治大賽車今日公布賽程。",
        "大賽車委員會表示，今年共設7項賽事。"),
     ["黎少華"], []),
    ("mo-reporter-reported-two-trad", pg(
        "mo", "氹仔舊城區活化", "記者鄺志明、潘雅琳報道",
        "文化局今日公布氹仔舊城區活化計劃，涉及12幢歷史建築。"),
     ["鄺志明", "潘雅琳"], []),
    ("mo-editor-paren-tail-trad", pg(
        "mo", "澳門旅遊塔", "澳門旅遊塔今年首季接待旅客逾40萬人次。",
        "（編輯：梁嘉怡）"),
     ["梁嘉怡"], []),
    ("mo-caption-photo-credit-trad", pg(
        "mo", "議事亭前地花車巡遊", "花車巡遊吸引大批市民。（記者盧偉邦攝）",
        "旅遊局表示，巡遊共有15輛花車參與。"),
     ["盧偉邦"], []),
    ("mo-text-and-picture-trad", pg(
        "mo", "路環漁村", "文／甄美玲　圖／駱子健",
        "路環漁村的清晨，漁民把剛捕獲的魚蝦運上岸。"),
     ["甄美玲", "駱子健"], []),
]

BYLINES_SIMPLIFIED = [  # the same forms in Simplified on mainland, Singapore and Malaysia pages
    ("cn-reporter-slash-combined", pg(
        "cn", "多地迎来降雨", "记者 郑晓雯／综合报道",
        "中央气象台今天发布暴雨蓝色预警，南方多地迎来强降雨。"),
     ["郑晓雯"], []),
    ("cn-text-photo-slash", pg(
        "cn", "古镇新貌", "文/邵明轩　图/韩晓冬",
        "千年古镇焕发新生机，游客络绎不绝。"),
     ["邵明轩", "韩晓冬"], []),
    ("cn-written-photographed-colon", pg(
        "cn", "守护长江的人", "撰文：谭静怡　摄影：魏东升",
        "他在长江边巡护了二十年，见证了江豚回归。"),
     ["谭静怡", "魏东升"], []),
    ("cn-responsible-editor-tail", pg(
        "cn", "全市新增就业岗位", "今年前5个月，全市新增城镇就业岗位3.2万个。",
        "责任编辑：祁晓萌"),
     ["祁晓萌"], []),
    ("cn-editor-paren-tail", pg(
        "cn", "高铁新线开通", "东川至西岭高铁今天开通运营，全长186公里。",
        "（编辑：曹雨桐）"),
     ["曹雨桐"], []),
    ("cn-caption-photo-credit", pg(
        "cn", "荷花盛开", "西湖荷花竞相开放。（记者柴立新摄）",
        "西湖景区管委会表示，本周末预计迎来赏荷高峰。"),
     ["柴立新"], []),
    ("cn-bracket-reporter-reported", pg(
        "cn", "东川港集装箱吞吐量", "【记者钟雅琪／东川报道】东川港今年前5个月集装箱吞吐量达210万标箱。",
        "港务集团表示，新航线陆续开通。"),
     ["钟雅琪"], []),
    ("cn-reporter-intern-slash", pg(
        "cn", "夜市经济升温", "记者 龙俊杰、实习记者 卢思琪／报道",
        "入夏以来，东川夜市人气旺盛，日均客流超过2万人次。"),
     ["龙俊杰", "卢思琪"], []),
    ("sg-reporter-slash-report", pg(
        "sg", "组屋预购推出新单位", "记者 郭慧玲／报道",
        "建屋发展局今天推出近6000个预购组屋单位。"),
     ["郭慧玲"], []),
    ("sg-text-photo-slash", pg(
        "sg", "牛车水美食", "文／符佳慧　摄影／蔡永明",
        "牛车水大厦熟食中心的摊贩一早就开始准备。"),
     ["符佳慧", "蔡永明"], []),
    ("sg-editor-tail", pg(
        "sg", "樟宜机场客运量", "樟宜机场上月客运量达560万人次。", "责任编辑：黄丽娟"),
     ["黄丽娟"], []),
    ("my-bracket-reporter-place", pg(
        "my", "槟城升旗山缆车", "（槟城5日讯）槟城升旗山新缆车计划今天获批，预计2027年完工。",
        "报道：许家豪"),
     ["许家豪"], []),
    ("my-report-photo-colon", pg(
        "my", "怡保美食节", "报道：曾美凤　摄影：邝志强",
        "怡保美食节今天开幕，共有80个摊位参与。"),
     ["曾美凤", "邝志强"], []),
    ("my-caption-photo-credit", pg(
        "my", "马六甲河夜景", "马六甲河畔灯光璀璨。（记者林志伟摄）",
        "马六甲州政府表示，游船服务将延长至午夜。"),
     ["林志伟"], []),
    ("my-text-photo-trad", pg(
        "my", "吉隆坡茨廠街", "文／葉詠琪　圖／邱文彬",
        "茨廠街的老店在新一代接手後，吸引年輕顧客。"),
     ["葉詠琪", "邱文彬"], []),
    ("sg-responsible-editor-trad", pg(
        "sg", "濱海灣花園燈光秀", "濱海灣花園推出全新燈光秀，每晚兩場。", "責任編輯：鄭詩雅"),
     ["鄭詩雅"], []),
]

BYLINE_NEAR_MISSES = [  # a name in a caption that is in the picture, 報導 in the body, a source with no person
    ("tw-caption-person-in-scene-trad", pg(
        "tw", "彰化縣長視察防汛", "彰化縣長王惠美（中）視察排水工程。（圖／彰化縣政府提供）",
        "彰化縣政府今天表示，今年將完成8處排水改善工程。"),
     [], []),
    ("tw-reported-in-body-sentence-trad", pg(
        "tw", "媒體報導引關注", "據日本媒體報導，日本政府考慮放寬觀光簽證。",
        "觀光署今天表示，將密切關注後續發展。"),
     [], []),
    ("tw-reporter-in-body-sentence-trad", pg(
        "tw", "北市推動公共托育", "台北市社會局今天向記者表示，年底前將新增6處公共托育中心。",
        "社會局說，托育名額將增加300名。"),
     [], []),
    ("tw-report-word-as-verb-trad", pg(
        "tw", "議員質詢市政", "市議員今天在議會質詢時，要求市府報導實際預算執行率。",
        "市府表示會在下次會期提出書面報告。"),
     [], []),
    ("hk-caption-official-in-scene-trad", pg(
        "hk", "運輸署長巡視新巴士站", "運輸署署長李淑儀（左二）巡視新巴士總站。",
        "運輸署表示，新總站設有12條巴士路線。"),
     [], []),
    ("mo-reported-in-body-trad", pg(
        "mo", "澳門旅客量", "據本地媒體報道，澳門端午假期旅客量按年上升一成。",
        "治安警察局表示，關口運作暢順。"),
     [], []),
    ("cn-reporter-learned-body", pg(
        "cn", "全市完成早稻收割", "记者从市农业农村局获悉，全市早稻收割已完成八成。",
        "今年早稻亩产预计提高3%。"),
     [], []),
    ("tw-source-only-facebook-no-author-trad", pg(
        "tw", "新北河濱公園花海", "新北河濱公園波斯菊盛開。（翻攝自新北市高灘處臉書）",
        "高灘處表示，花期可延續至月底。"),
     [], []),
    ("tw-reporter-tested-in-body-trad", pg(
        "tw", "新公車路線試乘", "記者今天實地試乘新路線，全程約40分鐘。",
        "公運處表示，新路線下週一起正式營運。"),
     [], []),
    ("sg-caption-minister-in-scene", pg(
        "sg", "部长参观社区花园", "国家发展部长李明辉（右）参观社区花园。（图：国家公园局提供）",
        "国家公园局表示，今年将新增20个社区花园。"),
     [], []),
    ("my-reported-by-media-body", pg(
        "my", "大马旅游业复苏", "据本地媒体报道，马来西亚今年首季旅客人数回升两成。",
        "旅游部表示，将推出更多促销配套。"),
     [], []),
    ("tw-cna-photo-no-name-trad", pg(
        "tw", "台北101跨年", "台北101外觀點燈。（中央社檔案照片）",
        "台北101今年將推出新的燈光秀。"),
     [], []),
]

QUOTES_AFTER = [  # 「…」X說。 / 「…」他說: the speaker after the words
    ("tw-name-said-after-trad", pg(
        "tw", "北市推動共融公園", "台北市工務局今天公布共融公園計畫。",
        "「今年底前會再完成15座共融公園。」工務局長陳郁萍說。"),
     [], [("陳郁萍", "今年底前會再")]),
    ("tw-he-said-after-named-trad", pg(
        "tw", "新竹科學園區擴建", "國科會主委吳政忠今天到竹科視察擴建工程。",
        "「擴建完成後可增加2萬個就業機會。」他說。"),
     [], [("吳政忠", "擴建完成後可")]),
    ("tw-he-said-same-paragraph-trad", pg(
        "tw", "農業部推動青農貸款", "農業部長陳駿季今天出席青農座談會。「青農是農業轉型的主力。」他說。"),
     [], [("陳駿季", "青農是農業轉")]),
    ("tw-she-said-after-trad", pg(
        "tw", "教育部推動學校午餐", "教育部次長葉丙成今天視察國小營養午餐。",
        "「每一份午餐都要吃得安心。」她說。"),
     [], [("葉丙成", "每一份午餐都")]),
    ("tw-name-stressed-after-trad", pg(
        "tw", "防疫物資整備", "疾管署今天召開記者會說明防疫物資整備情形。",
        "「各地庫存都足夠應付三個月。」疾管署長曾淑慧強調。"),
     [], [("曾淑慧", "各地庫存都足")]),
    ("tw-he-said-last-named-of-two-trad", pg(
        "tw", "台南古蹟修復", "台南市長黃偉哲與文化局長黃雅玲今天視察赤崁樓修復工程。文化局長黃雅玲說，工程將於年底完成。",
        "「修復過程會保留原有的木構件。」她說。"),
     [], [("黃雅玲", "修復過程會保")]),
    ("hk-name-said-after-trad", pg(
        "hk", "房屋署加快建屋", "房屋署今日公布公屋興建進度。",
        "「未來五年公屋落成量會增加兩成。」房屋署署長羅家樂說。"),
     [], [("羅家樂", "未來五年公屋")]),
    ("mo-he-said-after-trad", pg(
        "mo", "澳門推動智慧交通", "運輸工務司司長羅立文今日出席智慧交通論壇。",
        "「智慧交通系統會在年底前全面上線。」他說。"),
     [], [("羅立文", "智慧交通系統")]),
    ("cn-he-said-after", pg(
        "cn", "东川推进老旧小区改造", "东川市住建局局长何振宇今天介绍老旧小区改造进展。",
        "“今年将完成120个小区的改造。”他说。"),
     [], [("何振宇", "今年将完成1")]),
    ("sg-name-said-after", pg(
        "sg", "新加坡推动乐龄社区", "卫生部长王乙康昨天参观乐龄活动中心。",
        "“我们要让年长者在社区里安享晚年。”王乙康说。"),
     [], [("王乙康", "我们要让年长")]),
    ("my-name-said-after-trad", pg(
        "my", "檳城推動電動巴士", "檳城首長曹觀友今天主持電動巴士推介禮。",
        "「州政府會在三年內把巴士全面換成電動巴士。」曹觀友說。"),
     [], [("曹觀友", "州政府會在三")]),
    ("tw-name-pointed-out-after-trad", pg(
        "tw", "健保財務", "衛福部今天公布健保財務報告。",
        "「健保安全準備金仍可支應1.5個月。」健保署長石崇良指出。"),
     [], [("石崇良", "健保安全準備")]),
]

QUOTES_BEFORE = [  # X表示／指出／強調／坦言／直言／受訪時說／說：「…」
    ("tw-said-colon-trad", pg(
        "tw", "台中捷運延伸", "台中市長盧秀燕今天視察捷運工程。",
        "盧秀燕說：「捷運延伸線將在2030年通車。」"),
     [], [("盧秀燕", "捷運延伸線將")]),
    ("tw-stated-comma-trad", pg(
        "tw", "經濟部推動節能", "經濟部長郭智輝今天出席節能論壇。",
        "郭智輝表示，「企業節能是達成淨零的第一步。」"),
     [], [("郭智輝", "企業節能是達")]),
    ("tw-pointed-out-colon-trad", pg(
        "tw", "勞動部調升基本工資", "勞動部長洪申翰今天宣布基本工資調整方案。",
        "洪申翰指出：「調整後將有近200萬名勞工受惠。」"),
     [], [("洪申翰", "調整後將有近")]),
    ("tw-stressed-comma-trad", pg(
        "tw", "內政部打詐", "內政部長劉世芳今天出席打詐記者會。",
        "劉世芳強調，「政府打擊詐騙的決心不會改變。」"),
     [], [("劉世芳", "政府打擊詐騙")]),
    ("tw-admitted-trad", pg(
        "tw", "觀光產業缺工", "觀光署長周永暉今天與業者座談。",
        "周永暉坦言：「觀光產業缺工的問題短期內很難解決。」"),
     [], [("周永暉", "觀光產業缺工")]),
    ("tw-bluntly-said-trad", pg(
        "tw", "交通部檢討路口安全", "交通部長陳世凱今天出席道安會報。",
        "陳世凱直言：「行人地獄的汙名一定要洗刷。」"),
     [], [("陳世凱", "行人地獄的汙")]),
    ("tw-said-in-interview-trad", pg(
        "tw", "棒球國手返國", "中華隊總教練曾豪駒今天率隊返國。",
        "曾豪駒受訪時說：「球員們在場上的表現讓我很驕傲。」"),
     [], [("曾豪駒", "球員們在場上")]),
    ("tw-legislator-title-press-conference-trad", pg(
        "tw", "立委要求檢討長照", "立委王正旭今天在記者會上表示，「長照服務的人力缺口仍有2萬人。」",
        "衛福部表示將研議改善方案。"),
     [], [("王正旭", "長照服務的人")]),
    ("tw-legislator-party-title-trad", pg(
        "tw", "國會審查預算", "國民黨立委林思銘今天在立法院質詢時指出：「預算編列不能只看數字。」"),
     [], [("林思銘", "預算編列不能")]),
    ("tw-councillor-title-trad", pg(
        "tw", "議員關切校園安全", "台北市議員許淑華今天在議會表示：「校園周邊的交通安全必須優先處理。」"),
     [], [("許淑華", "校園周邊的交")]),
    ("tw-county-magistrate-title-trad", pg(
        "tw", "屏東縣推動觀光", "屏東縣長周春米今天出席觀光論壇時強調：「屏東的好山好水要讓更多人看見。」"),
     [], [("周春米", "屏東的好山好")]),
    ("tw-minister-in-interview-trad", pg(
        "tw", "外交部談友邦", "外交部長林佳龍今天接受媒體聯訪時說：「台灣與友邦的關係穩固。」"),
     [], [("林佳龍", "台灣與友邦的")]),
    ("hk-said-colon-trad", pg(
        "hk", "教育局推動STEAM教育", "教育局局長蔡若蓮今日出席STEAM教育展。",
        "蔡若蓮表示：「學校會獲得更多資源發展科技教育。」"),
     [], [("蔡若蓮", "學校會獲得更")]),
    ("hk-legislator-title-trad", pg(
        "hk", "議員關注劏房", "立法會議員陳穎欣今日在記者會上指出：「劏房戶的居住環境亟待改善。」"),
     [], [("陳穎欣", "劏房戶的居住")]),
    ("mo-said-colon-trad", pg(
        "mo", "澳門推動中醫藥", "社會文化司司長柯嵐今日出席中醫藥論壇。",
        "柯嵐說：「中醫藥產業是經濟適度多元的重要一環。」"),
     [], [("柯嵐", "中醫藥產業是")]),
    ("mo-legislator-title-trad", pg(
        "mo", "議員關注公共房屋", "立法會議員梁鴻細今日表示：「經濟房屋的輪候時間太長。」"),
     [], [("梁鴻細", "經濟房屋的輪")]),
    ("cn-stated-colon", pg(
        "cn", "东川推进垃圾分类", "东川市城管局局长邹文涛今天出席垃圾分类推进会。",
        "邹文涛表示：“今年垃圾分类覆盖率将达到95%。”"),
     [], [("邹文涛", "今年垃圾分类")]),
    ("sg-mp-title-colon", pg(
        "sg", "议员关注交通", "国会议员陈振泉昨天在国会表示：“巴士班次需要增加。”"),
     [], [("陈振泉", "巴士班次需要")]),
    ("my-exco-title-colon", pg(
        "my", "雪州推动数码经济", "雪州行政议员黄思汉今天表示：“州政府将拨款500万令吉协助中小企业。”"),
     [], [("黄思汉", "州政府将拨款")]),
    ("my-minister-title-trad", pg(
        "my", "部長談教育", "教育部長法特莉娜今天在記者會上說：「政府會增加華小撥款。」"),
     [], [("法特莉娜", "政府會增加華")]),
]

QUOTES_SPLIT_AND_PARAGRAPHS = [  # 「…」，X說，「…」 and a quotation continuing in the next paragraph
    ("tw-split-by-name-trad", pg(
        "tw", "國發會談人口政策", "國發會主委劉鏡清今天出席人口政策論壇。",
        "「少子化是國安問題，」劉鏡清說，「政府會全力推動育兒支持。」"),
     [], [("劉鏡清", "少子化是國安"), ("劉鏡清", "政府會全力推")]),
    ("tw-split-comma-outside-trad", pg(
        "tw", "環境部推動減塑", "環境部長彭啓明今天出席減塑記者會。",
        "「一次性塑膠要逐步退場」，彭啓明說，「民眾的配合很重要。」"),
     [], [("彭啓明", "一次性塑膠要"), ("彭啓明", "民眾的配合很")]),
    ("tw-split-by-he-trad", pg(
        "tw", "衛福部推動癌症篩檢", "衛福部長邱泰源今天宣布擴大癌症篩檢。",
        "「篩檢年齡會下修到40歲，」他說，「預計每年多8萬人受惠。」"),
     [], [("邱泰源", "篩檢年齡會下"), ("邱泰源", "預計每年多8")]),
    ("hk-split-by-name-trad", pg(
        "hk", "發展局談北部都會區", "發展局局長甯漢豪今日出席北部都會區論壇。",
        "「北部都會區是香港未來的發展引擎，」甯漢豪說，「政府會加快土地供應。」"),
     [], [("甯漢豪", "北部都會區是"), ("甯漢豪", "政府會加快土")]),
    ("mo-split-by-he-trad", pg(
        "mo", "澳門推動會展", "經濟財政司司長戴建業今日出席會展論壇。",
        "「會展業帶動酒店和零售，」他說，「今年展會數目會再增加。」"),
     [], [("戴建業", "會展業帶動酒"), ("戴建業", "今年展會數目")]),
    ("cn-split-by-name", pg(
        "cn", "东川推进数字政府", "东川市数据局局长符建明今天介绍数字政府建设。",
        "“今年80%的政务服务将实现网上办理，”符建明说，“群众办事将更加便利。”"),
     [], [("符建明", "今年80%的"), ("符建明", "群众办事将更")]),
    ("tw-two-paragraphs-trad", pg(
        "tw", "行政院談國土計畫", "行政院長卓榮泰今天在院會上說：",
        "「國土計畫要兼顧保育與發展。",
        "「各部會要在年底前提出具體方案。」"),
     [], [("卓榮泰", "國土計畫要兼"), ("卓榮泰", "各部會要在年")]),
    ("hk-two-paragraphs-trad", pg(
        "hk", "保安局談防騙", "保安局局長鄧炳強今日在記者會上表示：",
        "「去年騙案損失金額超過90億元。",
        "「市民接到可疑來電必須提高警覺。」"),
     [], [("鄧炳強", "去年騙案損失"), ("鄧炳強", "市民接到可疑")]),
    ("tw-two-paragraphs-after-named-trad", pg(
        "tw", "高雄推動海洋城市", "高雄市長陳其邁今天出席海洋產業論壇。他說：",
        "「高雄港是台灣最重要的門戶。",
        "「市府會持續推動港市合一。」"),
     [], [("陳其邁", "高雄港是台灣"), ("陳其邁", "市府會持續推")]),
    ("sg-two-paragraphs", pg(
        "sg", "部长谈住屋", "国家发展部长李智陞昨天在国会发言。他说：",
        "“预购组屋的供应会继续增加。",
        "“首次购屋者将获得优先。”"),
     [], [("李智陞", "预购组屋的供"), ("李智陞", "首次购屋者将")]),
]

QUOTE_NEAR_MISSES = [  # terms and titles of works in marks, quotes with no named speaker
    ("tw-quoted-term-trad", pg(
        "tw", "經濟部推動「淨零轉型」", "經濟部今天公布「淨零轉型」推動計畫，涵蓋12項關鍵戰略。",
        "經濟部表示，計畫將分三階段推動。"),
     [], []),
    ("tw-work-title-in-brackets-trad", pg(
        "tw", "國家劇院推出新戲", "國家兩廳院今天宣布，舞台劇「海邊的家」將於7月首演。",
        "兩廳院表示，演出共有8場。"),
     [], []),
    ("tw-book-title-trad", pg(
        "tw", "作家出版新書", "作家吳明益今天發表新書《苦雨之地》，收錄六篇短篇小說。",
        "出版社表示，首刷已達1萬本。"),
     [], []),
    ("tw-anonymous-resident-trad", pg(
        "tw", "夜市遷移引討論", "台中一處夜市傳出將遷移，攤商議論紛紛。",
        "一名攤商說：「生意本來就不好，搬走會更慘。」"),
     [], []),
    ("tw-unnamed-official-trad", pg(
        "tw", "颱風過後復電", "颱風過後仍有上萬戶停電。",
        "台電相關人士表示：「搶修人員已全部出動。」"),
     [], []),
    ("tw-slogan-trad", pg(
        "tw", "觀光署推廣旅遊", "觀光署今天以「台灣好好玩」為口號推廣國旅。",
        "觀光署表示，將提供住宿補助。"),
     [], []),
    ("hk-scheme-name-trad", pg(
        "hk", "政府推「長者醫療券」", "衞生署今日宣布擴展「長者醫療券」計劃的使用範圍。",
        "衞生署表示，新安排下月起實施。"),
     [], []),
    ("hk-unnamed-spokesman-trad", pg(
        "hk", "警方呼籲提防騙案", "警方今日呼籲市民提防電話騙案。",
        "警方發言人說：「任何自稱官員要求轉賬的來電都是騙案。」"),
     [], []),
    ("mo-document-words-trad", pg(
        "mo", "政府公布施政方針", "特區政府今日公布施政方針，文件提出「推動經濟適度多元發展」。",
        "方針涵蓋十個範疇。"),
     [], []),
    ("cn-quoted-term", pg(
        "cn", "东川推进“一网通办”", "东川市今天召开“一网通办”工作推进会。",
        "会议部署了下半年重点任务。"),
     [], []),
    ("sg-unnamed-resident", pg(
        "sg", "组屋区新巴士站", "组屋区新巴士站今天启用。",
        "一名居民说：“以后上班方便多了。”"),
     [], []),
    ("my-newspaper-title", pg(
        "my", "华团出版纪念刊", "华团今天推介《百年华教》纪念特刊。",
        "特刊收录50篇文章。"),
     [], []),
    ("tw-reported-body-quote-in-media-trad", pg(
        "tw", "外媒關注台灣半導體", "據美國媒體報導，台積電美國廠第二期工程將提前完工。",
        "報導引述消息人士說：「工程進度超前三個月。」"),
     [], []),
]

MIXED = [  # a byline and a quote on one page
    ("tw-bracket-byline-and-quote-trad", pg(
        "tw", "宜蘭推動綠色交通", "〔記者張議晨／宜蘭報導〕宜蘭縣長林姿妙今天出席綠色交通論壇。",
        "林姿妙表示：「宜蘭要成為低碳觀光的示範縣。」"),
     ["張議晨"], [("林姿妙", "宜蘭要成為低")]),
    ("tw-cna-and-quote-after-trad", pg(
        "tw", "文化部推動影視產業", "（中央社記者邱祖胤台北5日電）文化部長李遠今天出席影視產業座談。",
        "「影視產業是台灣文化的櫥窗。」李遠說。（編輯：張芷瑄）1140605"),
     ["邱祖胤", "張芷瑄"], [("李遠", "影視產業是台")]),
    ("tw-line-byline-legislator-quote-trad", pg(
        "tw", "立委關切食安", "記者鍾孟軒／台北報導",
        "立委蘇巧慧今天在記者會上表示，「食品標示必須更加透明。」"),
     ["鍾孟軒"], [("蘇巧慧", "食品標示必須")]),
    ("tw-byline-caption-and-he-said-trad", pg(
        "tw", "桃園推動社會住宅", "〔記者陳恩惠／桃園報導〕桃園市長張善政今天視察社會住宅工地。",
        "張善政視察社會住宅工地。（記者陳恩惠攝）",
        "「年底前會再完工1500戶。」他說。"),
     ["陳恩惠"], [("張善政", "年底前會再完")]),
    ("hk-byline-and-split-quote-trad", pg(
        "hk", "環境局推動減廢", "記者古倩雯報道",
        "環境及生態局局長謝展寰今日出席減廢論壇。",
        "「垃圾收費是減廢的重要一步，」謝展寰說，「市民需要時間適應。」"),
     ["古倩雯"], [("謝展寰", "垃圾收費是減"), ("謝展寰", "市民需要時間")]),
    ("mo-byline-and-quote-trad", pg(
        "mo", "澳門推動體育盛事", "【記者鄭慧敏／澳門報道】體育局局長潘永權今日公布下半年體育盛事。",
        "潘永權說：「今年將舉辦超過20項國際賽事。」"),
     ["鄭慧敏"], [("潘永權", "今年將舉辦超")]),
    ("cn-byline-and-quote", pg(
        "cn", "东川推进乡村振兴", "记者 韦思远／东川报道",
        "东川市农业农村局局长彭立伟今天介绍乡村振兴工作。",
        "彭立伟说：“今年将新建20个美丽乡村示范点。”"),
     ["韦思远"], [("彭立伟", "今年将新建2")]),
    ("sg-byline-and-quote", pg(
        "sg", "国会辩论公积金", "记者 严佩珊／报道",
        "人力部长陈诗龙昨天在国会表示：“公积金制度会继续调整。”"),
     ["严佩珊"], [("陈诗龙", "公积金制度会")]),
    ("my-byline-and-quote-trad", pg(
        "my", "柔佛推動旅遊", "報道：黃淑婷",
        "柔佛州旅遊委員會主席拉姆拉今天表示：「新柔長堤快鐵通車後，遊客會大增。」"),
     ["黃淑婷"], [("拉姆拉", "新柔長堤快鐵")]),
    ("tw-caption-scene-person-and-quote-trad", pg(
        "tw", "苗栗推動客家文化", "苗栗縣長鍾東錦（右）參觀客家文物展。（圖／苗栗縣政府提供）",
        "苗栗縣長鍾東錦今天出席客家文化節。鍾東錦說：「客家文化是苗栗的根。」"),
     [], [("鍾東錦", "客家文化是苗")]),
    ("tw-report-byline-and-combined-editor-trad", pg(
        "tw", "颱風動態", "〔即時新聞／綜合報導〕中央氣象署今天表示，颱風明天可能發布海上警報。",
        "氣象署長程家平說：「各地要做好防颱準備。」", "（責任編輯：何雅君）"),
     ["何雅君"], [("程家平", "各地要做好防")]),
    ("tw-quote-then-reporter-tail-trad", pg(
        "tw", "南投推動觀光", "南投縣長許淑華今天出席日月潭觀光論壇。",
        "「日月潭是台灣觀光的代表。」許淑華說。", "（記者佘存鳳／南投報導）"),
     ["佘存鳳"], [("許淑華", "日月潭是台灣")]),
]

MORE = [  # more of the same classes: the verb after the words, a photo credit alone, an unnamed trader
    ("tw-interview-stated-after-quote-trad", pg(
        "tw", "科技業搶人才", "台灣半導體產業協會理事長侯永清今天出席人才論壇。",
        "「半導體人才缺口每年超過3000人。」侯永清受訪時表示。"),
     [], [("侯永清", "半導體人才缺")]),
    ("tw-photo-credit-tail-line-trad", pg(
        "tw", "新北淡水漁人碼頭", "淡水漁人碼頭夕陽美景吸引遊客。",
        "新北市觀旅局表示，週末將有街頭藝人表演。", "攝影：廖振輝"),
     ["廖振輝"], []),
    ("hk-reporter-slash-combined-trad", pg(
        "hk", "各區水浸", "記者葉子軒／綜合報道",
        "黑色暴雨警告昨晚生效，多區出現水浸。"),
     ["葉子軒"], []),
    ("cn-he-stressed-after", pg(
        "cn", "东川整治河道", "东川市水务局局长华明远今天检查河道整治工程。",
        "“汛期前必须完成全部清淤任务。”他强调。"),
     [], [("华明远", "汛期前必须完")]),
    ("my-unnamed-trader-trad", pg(
        "my", "新山夜市", "新山夜市今晚重新開放。", "一名小販說：「終於可以重新做生意了。」"),
     [], []),
]
HARDER = [  # written after the first run, before the extractor saw them: rarer credit words and quote frames
    ("tw-cna-dateline-two-editors-trad", pg(
        "tw", "立法院臨時會", "（中央社記者王揚宇台北5日電）立法院今天召開臨時會，審查特別預算。",
        "朝野黨團預計下週完成協商。（編輯：林克倫、蘇志宗）1140605"),
     ["王揚宇", "林克倫", "蘇志宗"], []),
    ("tw-feature-report-kind-trad", pg(
        "tw", "偏鄉醫療的一天", "記者廖雪茹／專題報導",
        "清晨六點，巡迴醫療車已經駛上山路，車上載著醫師和護理師。"),
     ["廖雪茹"], []),
    ("tw-photo-reproduced-by-reporter-trad", pg(
        "tw", "老照片展", "民眾捐出的老照片記錄了50年前的市集。（圖／記者吳俊鋒翻攝）",
        "文化局表示，展覽將展出至8月底。"),
     ["吳俊鋒"], []),
    ("tw-written-slash-photo-slash-trad", pg(
        "tw", "蘭嶼飛魚季", "撰文／鄭語涵　攝影／謝昀澤",
        "每年春天，蘭嶼達悟族人迎來飛魚季，部落展開一連串祭儀。"),
     ["鄭語涵", "謝昀澤"], []),
    ("tw-cna-three-reporters-trad", pg(
        "tw", "中南部強降雨", "（中央社記者蔡智明、趙麗妍、黃國芳台中5日電）中南部今天持續降雨，多處出現積水。",
        "各地災害應變中心已進駐待命。"),
     ["蔡智明", "趙麗妍", "黃國芳"], []),
    ("tw-cna-three-reporters-unbracketed-trad", pg(
        "tw", "中部停班停課", "中央社記者蘇木春、郝雪卿、吳哲豪彰化5日電　中部多縣市今天宣布停班停課。",
        "各縣市政府呼籲民眾減少外出。"),
     ["蘇木春", "郝雪卿", "吳哲豪"], []),
    ("tw-quote-after-president-title-trad", pg(
        "tw", "總統出席國防會議", "總統今天出席國防會議。",
        "「國防自主是台灣安全的基石。」總統賴清德說。"),
     [], [("賴清德", "國防自主是台")]),
    ("tw-quote-after-name-in-interview-comma-trad", pg(
        "tw", "金曲獎入圍", "金曲獎入圍名單今天公布。",
        "「能入圍就是最大的肯定。」，歌手告五人主唱潘云安受訪時說。"),
     [], [("潘云安", "能入圍就是最")]),
    ("tw-quote-exclusive-interview-trad", pg(
        "tw", "企業家談接班", "鴻海董事長劉揚偉接受本報專訪時說：「接班人選會在兩年內決定。」"),
     [], [("劉揚偉", "接班人選會在")]),
    ("tw-said-with-verb-說道-trad", pg(
        "tw", "棒球名人堂", "前職棒球員彭政閔今天入選棒球名人堂。",
        "彭政閔說道：「這份榮耀屬於所有支持我的球迷。」"),
     [], [("彭政閔", "這份榮耀屬於")]),
    ("tw-two-speakers-one-paragraph-trad", pg(
        "tw", "雙城論壇", "台北市長蔣萬安今天出席雙城論壇。蔣萬安說：「交流有助於城市發展。」上海市副市長李政則說：「希望雙方合作更加緊密。」"),
     [], [("蔣萬安", "交流有助於城"), ("李政", "希望雙方合作")]),
    ("tw-quote-paragraph-then-said-next-line-trad", pg(
        "tw", "消防署長談救災", "消防署長蕭煥章今天視察救災演練。",
        "「救災不能只靠消防員，全民都要有防災意識。」",
        "蕭煥章說，今年已辦理逾千場防災宣導。"),
     [], [("蕭煥章", "救災不能只靠")]),
    ("tw-legislator-and-party-whip-title-trad", pg(
        "tw", "黨團召開記者會", "民進黨團總召柯建銘今天在黨團記者會上強調，「預算不能被刪到無法執行。」"),
     [], [("柯建銘", "預算不能被刪")]),
    ("tw-mayor-title-split-by-title-surname-trad", pg(
        "tw", "新北推動捷運", "新北市長侯友宜今天視察捷運工程。",
        "「三環三線是新北的交通骨幹，」侯友宜表示，「明年會再有一條路線通車。」"),
     [], [("侯友宜", "三環三線是新"), ("侯友宜", "明年會再有一")]),
    ("hk-quote-after-sec-title-trad", pg(
        "hk", "運輸及物流局談跨境交通", "運輸及物流局局長林世雄今日出席論壇。",
        "「跨境巴士班次會再增加三成。」林世雄說。"),
     [], [("林世雄", "跨境巴士班次")]),
    ("hk-reporter-and-photo-reporter-trad", pg(
        "hk", "西九新展覽", "記者：伍嘉琳　攝影記者：黃子健",
        "西九文化區M+博物館今日推出新展覽，展出逾200件作品。"),
     ["伍嘉琳", "黃子健"], []),
    ("mo-quote-next-paragraph-continues-trad", pg(
        "mo", "澳門推動文化遺產", "文化局局長梁惠敏今日表示：",
        "「歷史城區的保護需要全民參與。",
        "「我們會繼續推動活化計劃。」"),
     [], [("梁惠敏", "歷史城區的保"), ("梁惠敏", "我們會繼續推")]),
    ("cn-reporter-correspondent-slash", pg(
        "cn", "港口吞吐量增长", "记者 杭雨萱　通讯员 鲁明杰／东川报道",
        "东川港今年前5个月货物吞吐量同比增长8%。"),
     ["杭雨萱", "鲁明杰"], []),
    ("tw-caption-person-named-with-credit-trad", pg(
        "tw", "雲林縣長視察農田", "雲林縣長張麗善（左）視察農田灌溉情形。（記者詹士弘攝）",
        "雲林縣政府今天表示，今年將投入2億元改善灌溉系統。"),
     ["詹士弘"], []),
    ("tw-reporter-photo-caption-no-brackets-trad", pg(
        "tw", "日月潭萬人泳渡", "萬人泳渡日月潭今天登場。記者賴香珊／攝影",
        "主辦單位表示，今年共有2萬6千人報名。"),
     ["賴香珊"], []),
]


BANK = (BYLINES_TW + BYLINES_HK_MO + BYLINES_SIMPLIFIED + BYLINE_NEAR_MISSES + QUOTES_AFTER + QUOTES_BEFORE
        + QUOTES_SPLIT_AND_PARAGRAPHS + QUOTE_NEAR_MISSES + MIXED + MORE
        + HARDER)

XFAIL: dict[str, str] = {}
"""Rows the rules do not read yet, with the reason: xfail(strict=True), so a fix shows."""

PEOPLE_XFAIL: dict[str, str] = {}
"""Rows whose credited names still reach `people`, with the reason."""


@lru_cache(maxsize=None)
def _record(text: str):
    return extract(text)


@pytest.mark.parametrize(("text", "authors", "quotes"), [strict_case(row, XFAIL) for row in BANK])
def test_taiwan_byline_quote(text, authors, quotes):
    got, wanted = credited_and_quoted(_record(text), authors, quotes)
    assert got == wanted


@pytest.mark.parametrize(("text", "authors", "quotes"), [strict_case(row, PEOPLE_XFAIL) for row in BANK if row[2]])
def test_credited_names_are_no_people(text, authors, quotes):
    """A person named only in a byline or credit is an author, never a person of the body."""
    assert not credited_people(_record(text), authors)


def test_the_bank_covers_every_region_and_both_scripts():
    check_bank_coverage(BANK, XFAIL)
    prefixes = {row[0].split("-")[0] for row in BANK}
    assert {"tw", "hk", "mo", "sg", "my", "cn"} <= prefixes
