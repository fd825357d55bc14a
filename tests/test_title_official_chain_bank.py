"""Titles in the chains of official reports: a chain whose later posts leave out the body named in the first
(省委常委、宣传部部长; 市委副书记、代市长; 局党组书记、局长; 集团党委书记、董事长), short names of bodies before a post
(中总会长, 华总总会长, 董总主席, 廠商會會長), one body written before two posts joined by 兼 or 、 and two bodies
written before one post (国家发展部兼交通部高级政务部长), a portfolio in brackets after a post (總行政經理(質素及安全)),
a country or a team before a post (国家男双主教练, 中華隊總教練), a person's part at the event before the title
(主宾, 主礼嘉宾), and near misses. Sentences and short pages of mainland (Simplified), Hong Kong, Macau and Taiwan
(Traditional), Singapore and Malaysia reports. Every sentence and name is invented; no row repeats
test_title_chain_list_bank.py, test_title_forms_bank.py, test_title_page_bank.py, test_title_long_page_bank.py,
test_title_news_bank.py, test_title_regions_bank.py, test_title_ordinary_news_bank.py, test_title_event_page_bank.py
or tests/test_titles.py.

Expected values by ANNOTATION.md "People" and "Borderline calls":
- a chain splits at 、, 兼 and 暨, each title as written: the later posts keep only what is written (宣传部部长, 代市长,
  局长, 董事长), the body left out is not filled in;
- a 、 or 兼 between two bodies before one post (国家发展部兼交通部高级政务部长; 文化、社区及青年部长) splits nothing;
- a portfolio in brackets written right after a post is part of that post, as written (署長(行動));
- a country, a place or a team before a post stays in the title as written (国家男双主教练, 马来西亚驻华大使);
- a person's part at the event (主宾, 主礼嘉宾, 嘉宾) is no title and no part of one; a person with that part alone has
  no title;
- honorific styles (拿督, 丹斯里, 拿督斯里, 太平紳士) and descriptions (国手, 球员, 退休干部) are no titles; a post
  reached by a verb (接任, 兼任, 代…致辞) is a predicate, not a title; a title heading two names gives neither a title.

people: {name: [titles as written, in order]}; whitespace inside a title is not compared (the scorer's norm).
"""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case


def _page(headline: str, body: str) -> str:
    return f"{headline}\n2025-06-18 10:20 来源：本地新闻网\n\n{body}\n"


ELIDED_BODY_CHAINS = [  # the later posts leave out the body named in the first
    ("standing-member-and-united-front-head", "省委常委、统战部部长鲁志坚出席座谈会并讲话。",
     {"鲁志坚": ["省委常委", "统战部部长"]}),
    ("standing-member-and-united-front-head-trad", "省委常委、統戰部部長魯志堅出席座談會並講話。",
     {"魯志堅": ["省委常委", "統戰部部長"]}),
    ("standing-member-and-organisation-head", "市委常委、组织部部长简海燕主持召开干部大会。",
     {"简海燕": ["市委常委", "组织部部长"]}),
    ("standing-member-and-organisation-head-trad", "市委常委、組織部部長簡海燕主持召開幹部大會。",
     {"簡海燕": ["市委常委", "組織部部長"]}),
    ("deputy-secretary-and-acting-mayor", "市委副书记、代市长岑立东作政府工作报告。", {"岑立东": ["市委副书记", "代市长"]}),
    ("deputy-secretary-and-acting-mayor-trad", "市委副書記、代市長岑立東作政府工作報告。", {"岑立東": ["市委副書記", "代市長"]}),
    ("deputy-secretary-and-acting-district-head", "区委副书记、代区长邬文涛带队检查安全生产。",
     {"邬文涛": ["区委副书记", "代区长"]}),
    ("deputy-secretary-and-acting-county-head-trad", "縣委副書記、代縣長邬文濤帶隊檢查安全生產。",
     {"邬文濤": ["縣委副書記", "代縣長"]}),
    ("deputy-secretary-and-acting-governor", "省委副书记、代省长聂文华主持召开省政府常务会议。",
     {"聂文华": ["省委副书记", "代省长"]}),
    ("bureau-party-group-and-director-bare", "局党组书记、局长苗海林在会上作工作报告。", {"苗海林": ["局党组书记", "局长"]}),
    ("bureau-party-group-and-director-bare-trad", "局黨組書記、局長苗海林在會上作工作報告。", {"苗海林": ["局黨組書記", "局長"]}),
    ("department-party-group-and-head", "省财政厅党组书记、厅长冉建国解读预算草案。", {"冉建国": ["省财政厅党组书记", "厅长"]}),
    ("department-party-group-and-head-trad", "省財政廳黨組書記、廳長冉建國解讀預算草案。", {"冉建國": ["省財政廳黨組書記", "廳長"]}),
    ("group-party-secretary-and-chair", "港航集团党委书记、董事长闫卫东与客商座谈。", {"闫卫东": ["港航集团党委书记", "董事长"]}),
    ("group-party-secretary-and-chair-trad", "港航集團黨委書記、董事長閆衛東與客商座談。", {"閆衛東": ["港航集團黨委書記", "董事長"]}),
    ("county-standing-and-executive-deputy", "县委常委、常务副县长阚立新通报项目进展。", {"阚立新": ["县委常委", "常务副县长"]}),
    ("county-standing-and-executive-deputy-trad", "縣委常委、常務副縣長闞立新通報項目進展。", {"闞立新": ["縣委常委", "常務副縣長"]}),
    ("town-secretary-and-head", "镇党委书记、镇长滕海波介绍了乡村建设情况。", {"滕海波": ["镇党委书记", "镇长"]}),
    ("government-party-member-and-vice-governor", "省政府党组成员、副省长蒲立华出席推进会。",
     {"蒲立华": ["省政府党组成员", "副省长"]}),
    ("standing-member-and-political-legal", "市委常委、政法委书记甄建平部署平安建设。", {"甄建平": ["市委常委", "政法委书记"]}),
    ("standing-member-and-political-legal-trad", "市委常委、政法委書記甄建平部署平安建設。", {"甄建平": ["市委常委", "政法委書記"]}),
    ("hospital-secretary-and-president", "市人民医院党委书记、院长晏立群介绍新院区建设。",
     {"晏立群": ["市人民医院党委书记", "院长"]}),
    ("university-deputy-secretary-and-president", "东岳大学党委副书记、校长宁志远致欢迎辞。",
     {"宁志远": ["东岳大学党委副书记", "校长"]}),
    ("university-deputy-secretary-and-president-trad", "東嶽大學黨委副書記、校長寧志遠致歡迎辭。",
     {"寧志遠": ["東嶽大學黨委副書記", "校長"]}),
    ("standing-member-and-deputy-mayor-three", "市委常委、副市长、市公安局局长桂志强通报案件侦破情况。",
     {"桂志强": ["市委常委", "副市长", "市公安局局长"]}),
    ("standing-member-secretary-general-jian", "省委常委、秘书长兼办公厅主任詹立明出席。",
     {"詹立明": ["省委常委", "秘书长", "办公厅主任"]}),
    ("committee-chair-and-party-secretary-trad", "市人大常委會主任、黨組書記饒建新主持會議。",
     {"饒建新": ["市人大常委會主任", "黨組書記"]}),
    ("cppcc-chair-and-party-secretary", "县政协主席、党组书记戴立群出席调研。", {"戴立群": ["县政协主席", "党组书记"]}),
    ("bank-party-secretary-and-president", "东岳银行党委书记、行长卓文海出席签约仪式。", {"卓文海": ["东岳银行党委书记", "行长"]}),
    ("bank-party-secretary-and-president-trad", "東嶽銀行黨委書記、行長卓文海出席簽約儀式。", {"卓文海": ["東嶽銀行黨委書記", "行長"]}),
    ("park-committee-secretary-and-director", "高新区党工委书记、管委会主任韦海涛推介投资环境。",
     {"韦海涛": ["高新区党工委书记", "管委会主任"]}),
    ("park-committee-secretary-and-director-trad", "高新區黨工委書記、管委會主任韋海濤推介投資環境。",
     {"韋海濤": ["高新區黨工委書記", "管委會主任"]}),
    ("chain-with-jian-and-dun-three-posts-trad", "集團黨委副書記、總經理兼董事柴立偉介紹經營情況。",
     {"柴立偉": ["集團黨委副書記", "總經理", "董事"]}),
    ("hk-bureau-and-elided-deputy-list-trad", "出席的有發展局局長黎志華、副局長邵美玲及常任秘書長甘家豪。",
     {"黎志華": ["發展局局長"], "邵美玲": ["副局長"], "甘家豪": ["常任秘書長"]}),
    ("macau-bureau-and-elided-deputy-list-trad", "經濟及科技發展局局長鄧家輝、副局長葉美琪介紹展會安排。",
     {"鄧家輝": ["經濟及科技發展局局長"], "葉美琪": ["副局長"]}),
    ("tw-ministry-and-elided-deputy-trad", "交通部長李國強、政務次長陳美珍及觀光署長林建宏出席記者會。",
     {"李國強": ["交通部長"], "陳美珍": ["政務次長"], "林建宏": ["觀光署長"]}),
]

SHORT_BODY_NAMES = [  # a short name of a body before the post
    ("sg-sccci-president", "中总会长吴振声在晚宴上致辞，呼吁商家把握区域机会。", {"吴振声": ["中总会长"]}),
    ("sg-sccci-president-trad", "中總會長吳振聲在晚宴上致辭，呼籲商家把握區域機會。", {"吳振聲": ["中總會長"]}),
    ("my-huazong-president-tan-sri", "华总总会长丹斯里戴国安宣布成立青年团。", {"戴国安": ["华总总会长"]}),
    ("my-huazong-president-tan-sri-trad", "華總總會長丹斯里戴國安宣布成立青年團。", {"戴國安": ["華總總會長"]}),
    ("my-dongzong-chair", "董总主席柯文彬呼吁家长支持华文独中。", {"柯文彬": ["董总主席"]}),
    ("my-dongzong-chair-trad", "董總主席柯文彬呼籲家長支持華文獨中。", {"柯文彬": ["董總主席"]}),
    ("my-jiaozong-chair-and-huazong-vice", "教总主席、华总副总会长邝振强出席研讨会。",
     {"邝振强": ["教总主席", "华总副总会长"]}),
    ("my-klsccah-president-datuk-trad", "隆雪華堂會長拿督符永康主持新春團拜。", {"符永康": ["隆雪華堂會長"]}),
    ("my-hakka-federation-president", "客联会总会长拿督斯里庄明德为大会主持开幕。", {"庄明德": ["客联会总会长"]}),
    ("my-mca-president", "马华总会长拿督斯里魏振华出席党庆晚宴。", {"魏振华": ["马华总会长"]}),
    ("my-mca-president-trad", "馬華總會長拿督斯里魏振華出席黨慶晚宴。", {"魏振華": ["馬華總會長"]}),
    ("my-business-federation-and-huazong-chain", "商联会会长、华总署理总会长丹斯里蔡福源致欢迎词。",
     {"蔡福源": ["商联会会长", "华总署理总会长"]}),
    ("sg-federation-president-and-sccci-vice", "宗乡总会会长、中总副会长黄俊明为展览主持开幕。",
     {"黄俊明": ["宗乡总会会长", "中总副会长"]}),
    ("sg-federation-president-and-sccci-vice-trad", "宗鄉總會會長、中總副會長黃俊明為展覽主持開幕。",
     {"黃俊明": ["宗鄉總會會長", "中總副會長"]}),
    ("hk-cgcc-chair-trad", "中總會長莊志遠表示，商界支持特區政府拼經濟。", {"莊志遠": ["中總會長"]}),
    ("hk-cma-president-and-npc-trad", "廠商會會長、全國人大代表盧國強出席午宴。", {"盧國強": ["廠商會會長", "全國人大代表"]}),
    ("hk-fhki-chair-trad", "工總主席文家聲指出，本港製造業需要轉型。", {"文家聲": ["工總主席"]}),
    ("macau-kaifong-and-legislator-trad", "街總理事長、立法議員吳國華出席社區活動。", {"吳國華": ["街總理事長", "立法議員"]}),
    ("macau-ftu-chair-trad", "工聯會長何嘉明呼籲政府加強就業保障。", {"何嘉明": ["工聯會長"]}),
    ("tw-industries-federation-chair-trad", "工總理事長許志成表示，企業憂心缺電。", {"許志成": ["工總理事長"]}),
    ("tw-commerce-federation-chair-trad", "商總理事長賴正雄率團訪問東南亞。", {"賴正雄": ["商總理事長"]}),
    ("mainland-acfic-vice-chair", "全国工商联副主席、东岳集团董事长柴志成发表演讲。",
     {"柴志成": ["全国工商联副主席", "东岳集团董事长"]}),
    ("mainland-ccpit-short-name", "市贸促会会长温立华率团参展。", {"温立华": ["市贸促会会长"]}),
    ("my-fujian-federation-and-mp-trad", "福聯會總會長、國會議員拿督陳國亮致詞。", {"陳國亮": ["福聯會總會長", "國會議員"]}),
    ("sg-sccci-term-near-miss", "中总会长一职由林国伟接任。", {"林国伟": []}),
    ("sg-sccci-term-near-miss-trad", "中總會長一職由林國偉接任。", {"林國偉": []}),
    ("my-huazong-past-presidents-heading-near-miss", "华总历任总会长钟文华、萧志明出席庆典。", {"钟文华": [], "萧志明": []}),
]

BODY_ONCE_TWO_POSTS = [  # one body written before two posts, and two bodies written before one post
    ("company-chair-jian-gm", "东岳港务公司董事长兼总经理牛建华介绍吞吐量。", {"牛建华": ["东岳港务公司董事长", "总经理"]}),
    ("company-chair-jian-gm-trad", "東嶽港務公司董事長兼總經理牛建華介紹吞吐量。", {"牛建華": ["東嶽港務公司董事長", "總經理"]}),
    ("university-president-dun-professor", "南江大学校长、教授裴立群作主旨演讲。", {"裴立群": ["南江大学校长", "教授"]}),
    ("hk-hospital-ceo-jian-consultant-trad", "廣華醫院行政總監兼顧問醫生鄺志明講解新服務。",
     {"鄺志明": ["廣華醫院行政總監", "顧問醫生"]}),
    ("sg-two-ministries-one-post", "国家发展部兼交通部高级政务部长林振辉走访居民。",
     {"林振辉": ["国家发展部兼交通部高级政务部长"]}),
    ("sg-two-ministries-one-post-trad", "國防部兼外交部高級政務部長許文華會見訪問團。", {"許文華": ["國防部兼外交部高級政務部長"]}),
    ("sg-ministry-name-with-dun", "文化、社区及青年部长陈国良为艺术节主持开幕。", {"陈国良": ["文化、社区及青年部长"]}),
    ("sg-ministry-name-with-dun-trad", "文化、社區及青年部長陳國良為藝術節主持開幕。", {"陳國良": ["文化、社區及青年部長"]}),
    ("my-ministry-name-with-dun", "投资、贸易及工业部长拿督斯里陈志雄宣布新措施。", {"陈志雄": ["投资、贸易及工业部长"]}),
    ("my-ministry-name-with-dun-trad", "投資、貿易及工業部副部長劉美玲出席簽約儀式。", {"劉美玲": ["投資、貿易及工業部副部長"]}),
    ("sg-two-ministries-then-second-post", "数码发展及新闻部兼卫生部政务部长、义顺集选区议员柯丽华出席。",
     {"柯丽华": ["数码发展及新闻部兼卫生部政务部长", "义顺集选区议员"]}),
    ("sg-minister-jian-second-minister", "人力部长兼贸工部第二部长陈俊贤出席就业博览会。",
     {"陈俊贤": ["人力部长", "贸工部第二部长"]}),
    ("sg-minister-jian-second-minister-trad", "人力部長兼貿工部第二部長陳俊賢出席就業博覽會。",
     {"陳俊賢": ["人力部長", "貿工部第二部長"]}),
    ("hk-secretary-jian-committee-chair-trad", "勞工及福利局局長兼扶貧委員會主席孫志強出席論壇。",
     {"孫志強": ["勞工及福利局局長", "扶貧委員會主席"]}),
    ("macau-director-jian-deputy-trad", "旅遊局局長兼大賽車委員會主任文綺華介紹賽事安排。",
     {"文綺華": ["旅遊局局長", "大賽車委員會主任"]}),
    ("tw-mayor-jian-party-chair-trad", "新竹市長兼黨部主委高志遠出席誓師大會。", {"高志遠": ["新竹市長", "黨部主委"]}),
    ("mainland-deputy-mayor-jian-secretary-general", "副市长兼市政府秘书长甘立军通报筹备工作。",
     {"甘立军": ["副市长", "市政府秘书长"]}),
    ("party-secretary-jian-director-village", "村党支部书记兼村主任龚春梅带领村民发展产业。",
     {"龚春梅": ["村党支部书记", "村主任"]}),
    ("party-secretary-jian-director-village-trad", "村黨支部書記兼村主任龔春梅帶領村民發展產業。",
     {"龔春梅": ["村黨支部書記", "村主任"]}),
    ("institute-director-and-chief-scientist-trad", "中研院院士、生醫所所長暨特聘研究員黃文彥發表成果。",
     {"黃文彥": ["中研院院士", "生醫所所長", "特聘研究員"]}),
    ("jian-verb-near-miss", "副市长甘立军兼管招商工作。", {"甘立军": ["副市长"]}),
    ("jian-verb-near-miss-trad", "副市長甘立軍兼管招商工作。", {"甘立軍": ["副市長"]}),
    ("bingren-after-post-near-miss", "财政厅厅长冉建国并任省金融办主任。", {"冉建国": ["财政厅厅长"]}),
]

BRACKETED_PORTFOLIOS = [  # a portfolio in brackets written right after the post
    ("hk-ha-chief-manager-quality-trad", "醫管局總行政經理(質素及安全)李家明表示，事件已通報衞生署。",
     {"李家明": ["醫管局總行政經理(質素及安全)"]}),
    ("hk-ha-chief-manager-quality-fullwidth-trad", "醫管局總行政經理（質素及安全）何穎欣在記者會上交代事件。",
     {"何穎欣": ["醫管局總行政經理（質素及安全）"]}),
    ("hk-assistant-commissioner-operations-trad", "警務處助理處長（行動）鄧家偉表示，警方會增派人手。",
     {"鄧家偉": ["警務處助理處長（行動）"]}),
    ("hk-deputy-secretary-economic-trad", "財經事務及庫務局副秘書長（財經事務）張美華出席研討會。",
     {"張美華": ["財經事務及庫務局副秘書長（財經事務）"]}),
    ("hk-deputy-director-fire-trad", "消防處副處長(救護)梁國輝介紹新救護車。", {"梁國輝": ["消防處副處長(救護)"]}),
    ("hk-principal-assistant-secretary-trad", "房屋局首席助理秘書長（房屋）陳志豪解釋新安排。",
     {"陳志豪": ["房屋局首席助理秘書長（房屋）"]}),
    ("hk-bracket-portfolio-then-chain-trad", "醫院行政總監（聯網）、顧問醫生吳家俊介紹服務。",
     {"吳家俊": ["醫院行政總監（聯網）", "顧問醫生"]}),
    ("hk-bracket-portfolios-in-a-list-trad", "出席的有衞生署助理署長（健康促進）林詠儀及總經理(社區服務)黃家樂。",
     {"林詠儀": ["衞生署助理署長（健康促進）"], "黃家樂": ["總經理(社區服務)"]}),
    ("macau-deputy-director-bracket-trad", "治安警察局副局長（行動）梁家豪介紹交通措施。", {"梁家豪": ["治安警察局副局長（行動）"]}),
    ("sg-director-bracket-portfolio", "陆路交通管理局副局长（政策与规划）陈佩玲介绍新路线。",
     {"陈佩玲": ["陆路交通管理局副局长（政策与规划）"]}),
    ("mainland-bracket-rank", "市委副书记（正厅级）柯建民出席座谈会。", {"柯建民": ["市委副书记（正厅级）"]}),
    ("bracket-english-name-near-miss-trad", "總經理陳家明（Raymond Chan）表示，公司會增聘人手。", {"陳家明": ["總經理"]}),
    ("bracket-constituency-after-name-near-miss-trad", "立法會議員周國雄（九龍西）在會上提問。", {"周國雄": ["立法會議員"]}),
    ("bracket-age-after-name-near-miss", "村主任韩立明（52岁）介绍说，今年收成不错。", {"韩立明": ["村主任"]}),
    ("bracket-party-after-name-near-miss-trad", "立委黃美珍（國民黨）質詢部長。", {"黃美珍": ["立委"]}),
]

COUNTRY_OR_TEAM_BEFORE_POST = [  # a country, a place or a team before the post stays in the title
    ("national-mens-doubles-head-coach", "国家男双主教练郁立群表示，队员状态正在恢复。", {"郁立群": ["国家男双主教练"]}),
    ("national-mens-doubles-head-coach-trad", "國家男雙主教練郁立群表示，隊員狀態正在恢復。", {"郁立群": ["國家男雙主教練"]}),
    ("national-womens-volleyball-head-coach", "中国女排主教练蔡立平公布集训名单。", {"蔡立平": ["中国女排主教练"]}),
    ("tw-chinese-taipei-head-coach-trad", "中華隊總教練洪一中表示，投手調度已有規劃。", {"洪一中": ["中華隊總教練"]}),
    ("hk-team-head-coach-trad", "中國香港隊主教練劉志偉賽後表示，球員表現理想。", {"劉志偉": ["中國香港隊主教練"]}),
    ("my-badminton-doubles-coach", "大马羽球队双打主教练黄振华对成绩感到满意。", {"黄振华": ["大马羽球队双打主教练"]}),
    ("my-badminton-doubles-coach-trad", "大馬羽球隊雙打主教練黃振華對成績感到滿意。", {"黃振華": ["大馬羽球隊雙打主教練"]}),
    ("sg-national-team-head-coach", "新加坡国家队主教练林德胜说，球队会全力备战。", {"林德胜": ["新加坡国家队主教练"]}),
    ("national-table-tennis-womens-coach", "国家乒乓球队女队主教练邱文华在赛后接受采访。", {"邱文华": ["国家乒乓球队女队主教练"]}),
    ("delegation-head-country", "中国体育代表团团长、国家体育总局副局长冯立新出席升旗仪式。",
     {"冯立新": ["中国体育代表团团长", "国家体育总局副局长"]}),
    ("delegation-head-country-trad", "中華台北代表團團長、體育署長鄭世明出席授旗典禮。",
     {"鄭世明": ["中華台北代表團團長", "體育署長"]}),
    ("ambassador-country", "马来西亚驻华大使拿督黄家和出席招待会。", {"黄家和": ["马来西亚驻华大使"]}),
    ("ambassador-country-trad", "新加坡駐日本大使吳國明出席招待會。", {"吳國明": ["新加坡駐日本大使"]}),
    ("consul-general-country-trad", "美國駐港總領事韋德文會見記者。", {"韋德文": ["美國駐港總領事"]}),
    ("team-captain-and-coach-chain", "国家女篮队长、省队教练邵佳琪出席公益活动。", {"邵佳琪": ["国家女篮队长", "省队教练"]}),
    ("national-player-description-near-miss", "国手林佳怡在赛后接受采访。", {"林佳怡": []}),
    ("national-player-description-near-miss-trad", "國手林佳怡在賽後接受訪問。", {"林佳怡": []}),
    ("national-pair-description-near-miss", "国家男双组合队员马俊、程立出战。", {"马俊": [], "程立": []}),
    ("team-player-description-near-miss-trad", "中華隊球員陳俊宇賽後表示，會繼續努力。", {"陳俊宇": []}),
    ("coach-heading-two-names-near-miss", "国家队教练黄立、周明出席发布会。", {"黄立": [], "周明": []}),
]

PART_AT_THE_EVENT = [  # the person's part at the event is written before the title
    ("guest-of-honour-minister", "主宾卫生部长王志康为新医院主持开幕。", {"王志康": ["卫生部长"]}),
    ("guest-of-honour-minister-trad", "主賓衛生部長王志康為新醫院主持開幕。", {"王志康": ["衛生部長"]}),
    ("guest-of-honour-dun-chain", "大会主宾、国家发展部长李振杰致辞时说，组屋翻新计划将扩大。",
     {"李振杰": ["国家发展部长"]}),
    ("guest-of-honour-dun-chain-trad", "大會主賓、國家發展部長李振傑致辭時說，組屋翻新計劃將擴大。",
     {"李振傑": ["國家發展部長"]}),
    ("officiating-guest-secretary-trad", "主禮嘉賓民政及青年事務局局長曾慧欣為活動剪綵。", {"曾慧欣": ["民政及青年事務局局長"]}),
    ("officiating-guest-secretary", "主礼嘉宾民政事务局局长曾慧欣为活动剪彩。", {"曾慧欣": ["民政事务局局长"]}),
    ("officiating-guest-chain-trad", "主禮嘉賓、立法會議員兼區議會主席黃志偉致辭。", {"黃志偉": ["立法會議員", "區議會主席"]}),
    ("my-guest-of-honour-exco-datuk", "主宾雪州行政议员拿督黄文强为活动主持推介。", {"黄文强": ["雪州行政议员"]}),
    ("my-guest-of-honour-exco-datuk-trad", "主賓雪州行政議員拿督黃文強為活動主持推介。", {"黃文強": ["雪州行政議員"]}),
    ("special-guest-dun-post", "特邀嘉宾、东岳大学教授邹立人作专题报告。", {"邹立人": ["东岳大学教授"]}),
    ("sg-guest-of-honour-two-ministries", "主宾数码发展及新闻部兼卫生部政务部长柯丽珊颁发奖项。",
     {"柯丽珊": ["数码发展及新闻部兼卫生部政务部长"]}),
    ("guest-of-honour-alone-near-miss", "主宾林振南为新书签名。", {"林振南": []}),
    ("guest-of-honour-alone-near-miss-trad", "主賓林振南為新書簽名。", {"林振南": []}),
    ("officiating-guest-alone-near-miss-trad", "主禮嘉賓黃國雄為新館剪綵。", {"黃國雄": []}),
    ("guest-of-honour-copula", "担任主宾的交通部长蔡明辉为新车站主持开幕。", {"蔡明辉": ["交通部长"]}),
    ("guest-of-honour-copula-trad", "擔任主賓的交通部長蔡明輝為新車站主持開幕。", {"蔡明輝": ["交通部長"]}),
    ("guest-of-honour-after-name-near-miss", "卫生部长王志康担任主宾。", {"王志康": ["卫生部长"]}),
    ("officiating-guest-after-name-near-miss-trad", "保安局局長鄧志強擔任主禮嘉賓。", {"鄧志強": ["保安局局長"]}),
]

NEAR_MISSES = [  # constructions that look like a chain and give no title or a different one
    ("on-behalf-of-the-mayor-near-miss", "副市长唐立新代市长致辞。", {"唐立新": ["副市长"]}),
    ("on-behalf-of-the-mayor-near-miss-trad", "副市長唐立新代市長致辭。", {"唐立新": ["副市長"]}),
    ("acting-mayor-appointed-verb-near-miss", "会议决定任命岑立东为副市长、代理市长。", {"岑立东": []}),
    ("successor-verb-near-miss-trad", "林志誠接任局長一職。", {"林志誠": []}),
    ("retired-cadre-description-near-miss", "退休干部、老党员宁志华讲述入党经历。", {"宁志华": []}),
    ("retired-cadre-then-post", "老党员、村党支部书记宁志华讲述入党经历。", {"宁志华": ["村党支部书记"]}),
    ("tan-sri-between-chain-trad", "華總總會長、丹斯里戴國安與會員交流。", {"戴國安": ["華總總會長"]}),
    ("jp-after-chain-trad", "廠商會會長、全國政協委員盧國強太平紳士致辭。", {"盧國強": ["廠商會會長", "全國政協委員"]}),
    ("standing-members-heading-near-miss", "省委常委鲁志坚、詹立明出席会议。", {"鲁志坚": [], "詹立明": []}),
    ("standing-members-heading-near-miss-trad", "省委常委魯志堅、詹立明出席會議。", {"魯志堅": [], "詹立明": []}),
    ("elided-body-two-people", "市委书记蓝海涛、市长岑立东出席。", {"蓝海涛": ["市委书记"], "岑立东": ["市长"]}),
    ("elided-body-two-people-trad", "市委書記藍海濤、市長岑立東出席。", {"藍海濤": ["市委書記"], "岑立東": ["市長"]}),
    ("bureau-two-people-elided", "市教育局党组书记骆文华、局长贝立群参加调研。",
     {"骆文华": ["市教育局党组书记"], "贝立群": ["局长"]}),
    ("bureau-two-people-elided-trad", "市教育局黨組書記駱文華、局長貝立群參加調研。",
     {"駱文華": ["市教育局黨組書記"], "貝立群": ["局長"]}),
    ("surname-acting-mayor-near-miss", "岑代市长表示，将尽快推进项目。", {}),
    ("surname-chairman-short-body-near-miss-trad", "中總吳會長表示，商界樂見其成。", {}),
    ("body-in-title-of-meeting-near-miss", "省委常委会会议由省委书记武建明主持。", {"武建明": ["省委书记"]}),
    ("body-in-title-of-meeting-near-miss-trad", "省委常委會會議由省委書記武建明主持。", {"武建明": ["省委書記"]}),
]

PAGES = [  # short pages of official reports: headline, timestamp line, body
    ("page-mainland-provincial-meeting", _page(
        "全省宣传思想工作会议召开",
        "6月17日，全省宣传思想工作会议在省城召开。省委常委、宣传部部长祁海燕出席会议并讲话。"
        "省委宣传部副部长、省网信办主任仲立明主持会议。省文旅厅党组书记、厅长易建华作交流发言。"),
     {"祁海燕": ["省委常委", "宣传部部长"], "仲立明": ["省委宣传部副部长", "省网信办主任"],
      "易建华": ["省文旅厅党组书记", "厅长"]}),
    ("page-mainland-provincial-meeting-trad", _page(
        "全省宣傳思想工作會議召開",
        "6月17日，全省宣傳思想工作會議在省城召開。省委常委、宣傳部部長祁海燕出席會議並講話。"
        "省委宣傳部副部長、省網信辦主任仲立明主持會議。省文旅廳黨組書記、廳長易建華作交流發言。"),
     {"祁海燕": ["省委常委", "宣傳部部長"], "仲立明": ["省委宣傳部副部長", "省網信辦主任"],
      "易建華": ["省文旅廳黨組書記", "廳長"]}),
    ("page-mainland-acting-mayor", _page(
        "市十七届人大四次会议开幕",
        "市第十七届人民代表大会第四次会议今天上午开幕。市委书记邢立军出席。"
        "市委副书记、代市长乔海滨作政府工作报告。市人大常委会主任、党组书记阎志成主持大会。"),
     {"邢立军": ["市委书记"], "乔海滨": ["市委副书记", "代市长"], "阎志成": ["市人大常委会主任", "党组书记"]}),
    ("page-mainland-group-signing", _page(
        "港航集团与东岳银行签署战略合作协议",
        "6月16日，港航集团与东岳银行在省城签署战略合作协议。集团党委书记、董事长韩立伟，"
        "东岳银行党委书记、行长卓志刚出席并见证签约。集团党委副书记、总经理兼董事苗文华主持签约仪式。"),
     {"韩立伟": ["集团党委书记", "董事长"], "卓志刚": ["东岳银行党委书记", "行长"],
      "苗文华": ["集团党委副书记", "总经理", "董事"]}),
    ("page-hk-ha-briefing-trad", _page(
        "醫管局交代藥物錯配事件",
        "醫院管理局今日下午舉行記者會，交代一宗藥物錯配事件。醫管局總行政經理(質素及安全)鍾家豪表示，"
        "病人情況穩定。聯網總監兼醫院行政總監黃淑儀說，醫院已成立專責小組調查。"),
     {"鍾家豪": ["醫管局總行政經理(質素及安全)"], "黃淑儀": ["聯網總監", "醫院行政總監"]}),
    ("page-hk-opening-trad", _page(
        "東灣社區會堂開幕",
        "東灣社區會堂昨日舉行開幕禮。主禮嘉賓民政及青年事務局局長麥家輝致辭時表示，會堂將為居民提供更多活動空間。"
        "區議會主席、太平紳士吳美華及民政事務專員陸志強亦有出席。"),
     {"麥家輝": ["民政及青年事務局局長"], "吳美華": ["區議會主席"], "陸志強": ["民政事務專員"]}),
    ("page-macau-fair-trad", _page(
        "澳門國際貿易投資展覽會開幕",
        "第三十屆澳門國際貿易投資展覽會今日開幕。經濟財政司司長戴建新主持開幕儀式。"
        "中總會長、全國人大代表馬志成，經濟及科技發展局局長兼貿易投資促進局主席梁美玲出席。"),
     {"戴建新": ["經濟財政司司長"], "馬志成": ["中總會長", "全國人大代表"], "梁美玲": ["經濟及科技發展局局長", "貿易投資促進局主席"]}),
    ("page-tw-team-trad", _page(
        "中華隊公布亞運名單",
        "中華奧會今天公布亞運代表團名單。中華台北代表團團長、體育署長鄭文雄表示，今年目標是二十面金牌。"
        "羽球國家隊總教練兼男雙教練楊志明說，選手狀態正逐步回升。"),
     {"鄭文雄": ["中華台北代表團團長", "體育署長"], "楊志明": ["羽球國家隊總教練", "男雙教練"]}),
    ("page-sg-clan-dinner", _page(
        "南安会馆百年庆典",
        "（新加坡讯）南安会馆昨晚举行百年庆典晚宴。主宾文化、社区及青年部长杨振华致辞时肯定会馆的贡献。"
        "中总会长、宗乡总会名誉会长黄山明，国家发展部兼交通部高级政务部长林立伟也出席。"),
     {"杨振华": ["文化、社区及青年部长"], "黄山明": ["中总会长", "宗乡总会名誉会长"],
      "林立伟": ["国家发展部兼交通部高级政务部长"]}),
    ("page-sg-clan-dinner-trad", _page(
        "南安會館百年慶典",
        "（新加坡訊）南安會館昨晚舉行百年慶典晚宴。主賓文化、社區及青年部長楊振華致辭時肯定會館的貢獻。"
        "中總會長、宗鄉總會名譽會長黃山明，國家發展部兼交通部高級政務部長林立偉也出席。"),
     {"楊振華": ["文化、社區及青年部長"], "黃山明": ["中總會長", "宗鄉總會名譽會長"],
      "林立偉": ["國家發展部兼交通部高級政務部長"]}),
    ("page-my-huazong-assembly", _page(
        "华总召开会员代表大会",
        "（吉隆坡讯）华总今日召开会员代表大会。华总总会长丹斯里邝文光致辞时表示，华团须团结一致。"
        "大会主宾、房屋及地方政府部长倪可汉为大会主持开幕。董总主席、教总副主席柯振华也出席。"),
     {"邝文光": ["华总总会长"], "倪可汉": ["房屋及地方政府部长"], "柯振华": ["董总主席", "教总副主席"]}),
    ("page-my-huazong-assembly-trad", _page(
        "華總召開會員代表大會",
        "（吉隆坡訊）華總今日召開會員代表大會。華總總會長丹斯里鄺文光致辭時表示，華團須團結一致。"
        "大會主賓、房屋及地方政府部長倪可漢為大會主持開幕。董總主席、教總副主席柯振華也出席。"),
     {"鄺文光": ["華總總會長"], "倪可漢": ["房屋及地方政府部長"], "柯振華": ["董總主席", "教總副主席"]}),
    ("page-mainland-badminton", _page(
        "国家羽毛球队公布世锦赛名单",
        "国家羽毛球队今天公布世锦赛参赛名单。国家男双主教练巩立新表示，几对组合都在调整状态。"
        "国家体育总局羽毛球运动管理中心主任、中国羽毛球协会主席甘海龙出席了发布会。"),
     {"巩立新": ["国家男双主教练"], "甘海龙": ["国家体育总局羽毛球运动管理中心主任", "中国羽毛球协会主席"]}),
]

ADDED_WITH_THE_FIXES = [  # near misses and the other script for the rules the fixes made, written after running the bank
    ("hk-customs-portfolio-in-a-chain-trad", "海關助理關長（情報及調查）、反走私專責小組主管何志明出席。",
     {"何志明": ["海關助理關長（情報及調查）", "反走私專責小組主管"]}),
    ("portfolio-in-brackets-mainland", "市税务局副局长（稽查）柏立新介绍了案件。", {"柏立新": ["市税务局副局长（稽查）"]}),
    ("short-body-name-after-a-word-near-miss", "会议中总经理沈立华作了报告。", {"沈立华": ["总经理"]}),
    ("short-body-name-after-a-word-near-miss-trad", "會議中總經理沈立華作了報告。", {"沈立華": ["總經理"]}),
    ("short-body-vice-president-trad", "中總副會長沈立華致辭。", {"沈立華": ["中總副會長"]}),
    ("squad-by-its-event-mixed", "国家混双主教练柏海峰赛后接受采访。", {"柏海峰": ["国家混双主教练"]}),
    ("squad-by-its-event-womens-singles-trad", "國家女單主教練柏海峰賽後接受訪問。", {"柏海峰": ["國家女單主教練"]}),
    ("squad-number-near-miss", "两双球鞋由教练组长柏海峰发放。", {"柏海峰": ["教练组长"]}),
    ("clan-federation-ending-tagged-verb-trad", "宗親總會會長沈立華主持新春團拜。", {"沈立華": ["宗親總會會長"]}),
    ("guest-of-honour-two-ministries-trad", "主賓數碼發展及新聞部兼衛生部政務部長柯麗珊頒發獎項。",
     {"柯麗珊": ["數碼發展及新聞部兼衛生部政務部長"]}),
    ("one-ministry-jian-another-post-near-miss", "交通部长兼内政部第二部长沈立华出席。", {"沈立华": ["交通部长", "内政部第二部长"]}),
]

BANK = ELIDED_BODY_CHAINS + SHORT_BODY_NAMES + BODY_ONCE_TWO_POSTS + BRACKETED_PORTFOLIOS + COUNTRY_OR_TEAM_BEFORE_POST \
    + PART_AT_THE_EVENT + NEAR_MISSES + PAGES + ADDED_WITH_THE_FIXES

_COACH_A_FORM_OF_ADDRESS = ("教练 and 医生 are in the lexicon's forms of address after a surname (方医生, 许指导, 李教练), not its "
                            "positions: a post ending in one (省队教练, 男雙教練, 顧問醫生) is left out")
_NAME_RUN_INTO_DAI = ("代 after a name is read as the name's third character (唐立新代/PER) and 市长 as a title after it: 代市长 "
                      "here is 'on behalf of the mayor', a verb phrase")
XFAIL: dict[str, str] = {
    "hk-cgcc-chair-trad": "the tagger cuts 中|总会/f|长/PER 庄志远: the name takes 长 and the post is lost in the cut",
    "hk-hospital-ceo-jian-consultant-trad": _COACH_A_FORM_OF_ADDRESS,
    "hk-bracket-portfolio-then-chain-trad": _COACH_A_FORM_OF_ADDRESS,
    "team-captain-and-coach-chain": _COACH_A_FORM_OF_ADDRESS,
    "page-tw-team-trad": _COACH_A_FORM_OF_ADDRESS,
    "institute-director-and-chief-scientist-trad": "the short name 生醫所 is cut 生/v|医|所/u: the walk stops at the verb and "
                                                   "the chain's first part is lost with it",
    "ambassador-country": "after 拿督 the tagger reads the name as verbs (拿督/v|黄家/v|和/c): no person",
    "tan-sri-between-chain-trad": "the style 丹斯里 after the 、 takes the name with it in the tagger's cut: no person",
    "on-behalf-of-the-mayor-near-miss": _NAME_RUN_INTO_DAI,
    "on-behalf-of-the-mayor-near-miss-trad": _NAME_RUN_INTO_DAI,
    "surname-acting-mayor-near-miss": "a surname and 代 are read as a name (岑代/PER) before the post 市长: a spurious person",
    "retired-cadre-then-post": "老党员 is no word of the descriptions, so 老党员、 is read as nouns listed in the body's name",
}


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(dict.fromkeys("".join(t.text.split()) for t in p.titles)) for p in extract(text).people}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, people", [strict_case(row, XFAIL) for row in BANK])
def test_title_official_chain(text, people):
    assert _people(text) == people
