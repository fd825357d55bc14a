"""Titles on long pages, fourth bank: whole paragraphs in which one person is named several times with different title
forms, and the forms of a title that test_title_long_page_bank.py and the other title banks leave out — long chains of
office, a later mention by surname and title, acting, deputy, new and elect prefixes, a post at a school inside a
university, titles written after the name in the Hong Kong and Macau manner, Malaysian and Singapore styles before a
post, Taiwan's short forms, court, police, academic and company posts, and a title heading two or more names.
Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia. Every sentence and name is
invented. Expected values by ANNOTATION.md "People" and "Borderline calls":

- a chain splits at 、, 兼 and 暨; an organisation shared by the items of a list is elided as written (市委书记甲、市长乙);
- prefixes stay in the title as written: 前, 原, 时任, 署理, 代理, 常务副, 新任, 候任, 暂代;
- a title after the name (王某議員, 李某教授) counts; styles (拿督斯里, 丹斯里, 敦, 太平紳士, 拿汀) are honorifics, no part
  of the name or the title;
- a surname with a title (李局长, 陳司長) refers back: no new person and no title added to the named one;
- a later mention with the same title text adds nothing; one with another text adds it, in article order;
- a title before a 、 list of two or more names heads the list and gives no one a title;
- descriptions (被告人, 市民, 冠军) and posts with no named holder give nothing.

people: {name: [titles as written, in article order]}; a name mapped to None must not be among the people.
"""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage, strict_case

PARAGRAPHS = [  # one person named several times, with different title forms
    ("repeat-bureau-head-surname-later",
     "市交通运输局局长王建华昨日通报了春运安排。王建华说，今年将加开夜间公交线路。王局长还表示，站场安检将全面升级。",
     {"王建华": ["市交通运输局局长"]}),
    ("repeat-bureau-head-surname-later-trad",
     "運輸署署長陳美玲昨日公布新的巴士路線安排。陳美玲表示，新路線下月開通。陳署長又說，署方會密切留意乘客反應。",
     {"陳美玲": ["運輸署署長"]}),
    ("repeat-long-then-short-title",
     "省委常委、宣传部部长刘志军出席开幕式并致辞。随后，部长刘志军参观了展览。刘部长对布展工作给予肯定。",
     {"刘志军": ["省委常委", "宣传部部长", "部长"]}),
    ("repeat-long-then-short-title-trad",
     "立法會議員梁國雄今日提出質詢。議員梁國雄指出，政府的數據並不完整。梁議員要求當局一個月內回覆。",
     {"梁國雄": ["立法會議員", "議員"]}),
    ("repeat-title-after-name-later",
     "清河大学法学院院长周立新介绍了新设的专业。周立新教授说，法学院将与法院合作开设实务课程。周院长还透露，明年招生规模扩大一倍。",
     {"周立新": ["清河大学法学院院长", "教授"]}),
    ("repeat-title-after-name-later-trad",
     "香港城東大學法律學院院長黃家樂主持講座。黃家樂教授指出，仲裁業務需求持續增長。黃院長表示，學院會增設獎學金。",
     {"黃家樂": ["香港城東大學法律學院院長", "教授"]}),
    ("repeat-hk-style-after-name-trad",
     "民政及青年事務局局長麥美娟出席地區活動。麥美娟局長表示，政府會加強關愛隊的工作。她其後與區議員何志強交談，"
     "何志強議員反映了居民的意見。",
     {"麥美娟": ["民政及青年事務局局長", "局長"], "何志強": ["區議員", "議員"]}),
    ("repeat-my-minister-styles",
     "交通部长陆兆福昨日视察新山的捷运工地。陆兆福部长说，工程进度超前。随行的柔佛州行政议员拿督林德华表示，"
     "州政府将配合交通部的工作。林德华行政议员也提到沿线的交通疏导安排。",
     {"陆兆福": ["交通部长", "部长"], "林德华": ["柔佛州行政议员", "行政议员"]}),
    ("repeat-my-minister-styles-trad",
     "房屋及地方政府部長倪可敏昨日主持推介禮。倪可敏部長說，政府將興建更多可負擔房屋。雪州行政議員拿督斯里黃思漢表示，"
     "州政府樂意提供土地。黃行政議員又說，首批單位明年交屋。",
     {"倪可敏": ["房屋及地方政府部長", "部長"], "黃思漢": ["雪州行政議員"]}),
    ("repeat-acting-then-plain",
     "署理市长陈志刚昨日主持常务会议。会上，陈志刚强调要做好防汛工作。会后，陈署理市长又到河堤检查。",
     {"陈志刚": ["署理市长"]}),
    ("repeat-tw-county-head-trad",
     "屏東縣長周春米今天視察颱風災區。周春米表示，縣府已撥款協助農民復耕。周縣長也請鄉長林俊賢加快清理道路，"
     "林俊賢鄉長允諾一週內完成。",
     {"周春米": ["屏東縣長"], "林俊賢": ["鄉長"]}),
    ("repeat-tw-legislator-trad",
     "國民黨立委洪孟楷今天召開記者會。洪孟楷說，交通部應說明延宕原因。洪委員並要求部長到院報告。民進黨立委林楚茵則表示，"
     "相關計畫已有進度。",
     {"洪孟楷": ["國民黨立委"], "林楚茵": ["民進黨立委"]}),
    ("repeat-company-chain-then-short",
     "华远集团董事长兼总经理赵海涛在发布会上介绍了新产品。赵海涛说，公司今年研发投入增长三成。随后，总经理赵海涛回答了记者提问。"
     "赵总表示，公司暂无上市计划。",
     {"赵海涛": ["华远集团董事长", "总经理"]}),
    ("repeat-company-chain-then-short-trad",
     "恒昌地產主席兼行政總裁鄭國輝昨日公布業績。鄭國輝表示，集團會審慎買地。行政總裁鄭國輝其後補充，租金收入穩定。"
     "鄭主席又說，集團派息維持不變。",
     {"鄭國輝": ["恒昌地產主席", "行政總裁"]}),
    ("repeat-police-rank-trad",
     "西九龍總區重案組總督察李志明今日交代案情。李志明總督察說，警方拘捕了三名男子。李督察呼籲市民提防電話騙案。",
     {"李志明": ["西九龍總區重案組總督察", "總督察"]}),
    ("repeat-police-rank",
     "市公安局刑侦支队支队长刘海波通报了案件进展。刘海波说，专案组已追回大部分赃款。刘支队长提醒市民谨防电信诈骗。",
     {"刘海波": ["市公安局刑侦支队支队长"]}),
    ("repeat-judge-magistrate-trad",
     "案件今日在東區裁判法院提訊。主任裁判官蘇文浩押後案件至下月再訊。蘇官指被告須遵守宵禁令。",
     {"蘇文浩": ["主任裁判官"]}),
    ("repeat-judge",
     "案件昨日在市中级人民法院公开宣判。审判长王晓东宣读了判决书。王晓东法官说，被告人的行为已构成诈骗罪。",
     {"王晓东": ["审判长", "法官"]}),
    ("repeat-sg-minister",
     "教育部长陈振声昨天宣布新的奖学金计划。陈振声说，计划将惠及三千名学生。教育部高级政务部长沈颖则表示，学校会尽快公布申请细节。"
     "沈颖部长还说，低收入家庭学生可优先申请。",
     {"陈振声": ["教育部长"], "沈颖": ["教育部高级政务部长", "部长"]}),
    ("repeat-sg-minister-trad",
     "衛生部長王乙康昨天到訪社區醫院。王乙康說，政府會增加醫護人手。衛生部高級政務次長拉哈尤則表示，"
     "居家護理服務將擴大。",
     {"王乙康": ["衛生部長"], "拉哈尤": ["衛生部高級政務次長"]}),
    ("repeat-macau-secretary-trad",
     "經濟財政司司長李偉農今日出席經濟論壇。李偉農指出，澳門經濟適度多元取得進展。李司長又表示，特區政府會支持中小企。"
     "論壇由澳門中華總商會理事長劉藝良主持。",
     {"李偉農": ["經濟財政司司長"], "劉藝良": ["澳門中華總商會理事長"]}),
    ("repeat-mainland-chain-province",
     "江南省委常委、副省长黄立新率队调研。黄立新指出，要加快推进农村供水工程。省水利厅厅长孙明陪同调研。孙厅长汇报了"
     "全省水利建设情况。黄副省长对此表示肯定。",
     {"黄立新": ["江南省委常委", "副省长"], "孙明": ["省水利厅厅长"]}),
    ("repeat-mainland-chain-province-trad",
     "湖東省委副書記、常務副省長蔣建平出席簽約儀式。蔣建平表示，省政府將優化營商環境。省商務廳廳長許曉燕介紹了簽約項目。"
     "蔣副省長隨後會見了企業代表。",
     {"蔣建平": ["湖東省委副書記", "常務副省長"], "許曉燕": ["省商務廳廳長"]}),
    ("repeat-new-post-later",
     "原县教育局局长陈立民日前退休。新任局长张卫东昨日到任。张卫东表示，将把学校安全放在首位。张局长随后召开了干部会议。",
     {"陈立民": ["原县教育局局长"], "张卫东": ["新任局长"]}),
    ("repeat-new-post-later-trad",
     "前警務處處長鄧國威卸任後，新任處長周振邦昨日履新。周振邦表示，會繼續打擊科技罪案。周處長又說，警隊會加強招募。",
     {"鄧國威": ["前警務處處長"], "周振邦": ["新任處長"]}),
    ("repeat-professor-supervisor",
     "东江大学化学学院教授、博士生导师吴海燕团队在期刊上发表论文。吴海燕教授介绍，新催化剂可降低能耗两成。吴教授表示，"
     "团队将与企业合作推进产业化。",
     {"吴海燕": ["东江大学化学学院教授", "博士生导师", "教授"]}),
    ("repeat-professor-supervisor-trad",
     "台灣中部大學電機系教授兼系主任林志遠今天發表研究成果。林志遠教授說，新晶片耗電量減少三成。林主任表示，系上會開設新課程。",
     {"林志遠": ["台灣中部大學電機系教授", "系主任", "教授"]}),
]

CHAINS = [  # long chains of office, split at 、, 兼 and 暨
    ("chain-three-party-posts", "市委副书记、政法委书记、市公安局局长韩立国主持召开专题会议。",
     {"韩立国": ["市委副书记", "政法委书记", "市公安局局长"]}),
    ("chain-three-party-posts-trad", "市委副書記、政法委書記、市公安局局長韓立國主持召開專題會議。",
     {"韓立國": ["市委副書記", "政法委書記", "市公安局局長"]}),
    ("chain-standing-member-secretary-general", "省委常委、秘书长杨光明主持座谈会。", {"杨光明": ["省委常委", "秘书长"]}),
    ("chain-standing-member-secretary-general-trad", "省委常委、秘書長楊光明主持座談會。", {"楊光明": ["省委常委", "秘書長"]}),
    ("chain-party-group-and-head", "县人社局党组书记、局长李芳介绍了就业帮扶措施。", {"李芳": ["县人社局党组书记", "局长"]}),
    ("chain-elided-shared-org", "市委书记刘海峰、市长邓文斌一同调研。", {"刘海峰": ["市委书记"], "邓文斌": ["市长"]}),
    ("chain-elided-shared-org-trad", "縣委書記劉海峰、縣長鄧文斌一同調研。", {"劉海峰": ["縣委書記"], "鄧文斌": ["縣長"]}),
    ("chain-ji-two-posts", "集团党委书记暨董事长马国栋出席仪式。", {"马国栋": ["集团党委书记", "董事长"]}),
    ("chain-ji-two-posts-trad", "協會理事長暨創會會長謝文忠致詞。", {"謝文忠": ["協會理事長", "創會會長"]}),
    ("chain-jian-three", "副市长兼市公安局局长兼党委书记许志强部署安保工作。",
     {"许志强": ["副市长", "市公安局局长", "党委书记"]}),
    ("chain-deputy-and-standing-deputy-mayor", "市委常委、常务副市长孙国华主持签约仪式。", {"孙国华": ["市委常委", "常务副市长"]}),
    ("chain-deputy-and-standing-deputy-mayor-trad", "市委常委、常務副市長孫國華主持簽約儀式。", {"孫國華": ["市委常委", "常務副市長"]}),
    ("chain-hk-secretary-and-chair-trad", "政務司司長、扶貧委員會主席陳國基出席會議。", {"陳國基": ["政務司司長", "扶貧委員會主席"]}),
    ("chain-tw-party-and-office-trad", "民進黨秘書長、總統府副秘書長林明哲說明黨務。",
     {"林明哲": ["民進黨秘書長", "總統府副秘書長"]}),
    ("chain-my-state-exco", "霹雳州行政议员兼务边州议员张国庆推介计划。", {"张国庆": ["霹雳州行政议员", "务边州议员"]}),
    ("chain-company-chair-ceo", "天宇科技董事长兼首席执行官林思远发表演讲。", {"林思远": ["天宇科技董事长", "首席执行官"]}),
    ("chain-company-chair-ceo-trad", "天宇科技董事長兼首席執行官林思遠發表演講。", {"林思遠": ["天宇科技董事長", "首席執行官"]}),
    ("chain-executive-director-cfo-trad", "永興集團執行董事、首席財務官區家俊解釋業績。",
     {"區家俊": ["永興集團執行董事", "首席財務官"]}),
]

PREFIXES = [  # acting, deputy, new, elect, standing and temporary prefixes stay in the title
    ("acting-hk-secretary-trad", "署理財政司司長黃偉綸出席論壇。", {"黃偉綸": ["署理財政司司長"]}),
    ("acting-mainland-mayor", "代理市长郑国强主持召开防汛会议。", {"郑国强": ["代理市长"]}),
    ("acting-tw-mayor-trad", "代理市長李四川今天視察捷運工程。", {"李四川": ["代理市長"]}),
    ("acting-my-minister", "署理首相拿督斯里阿末扎希主持会议。", {"阿末扎希": ["署理首相"]}),
    ("acting-my-president-trad", "馬華署理總會長拿督斯里魏家祥出席大會。", {"魏家祥": ["馬華署理總會長"]}),
    ("standing-deputy-governor", "常务副省长王晓光作报告。", {"王晓光": ["常务副省长"]}),
    ("standing-deputy-head-trad", "常務副校長陳立華主持典禮。", {"陳立華": ["常務副校長"]}),
    ("new-chairman", "新任理事长郭志强致辞。", {"郭志强": ["新任理事长"]}),
    ("new-chairman-trad", "新任理事長郭志強致詞。", {"郭志強": ["新任理事長"]}),
    ("elect-hk-trad", "候任特首李家俊今日會見傳媒。", {"李家俊": ["候任特首"]}),
    ("elect-tw-mayor-trad", "候任市長蔣文傑公布市府團隊名單。", {"蔣文傑": ["候任市長"]}),
    ("temporary-head-trad", "暫代署長吳家明主持記者會。", {"吳家明": ["暫代署長"]}),
    ("temporary-head", "暂代院长孙立平主持会议。", {"孙立平": ["暂代院长"]}),
    ("then-post", "时任县委书记刘振华当年力推这一项目。", {"刘振华": ["时任县委书记"]}),
    ("then-post-trad", "時任保安局局長黎棟國當年批准計劃。", {"黎棟國": ["時任保安局局長"]}),
    ("former-president-tw-trad", "前總統馬英九今天出席論壇。", {"馬英九": ["前總統"]}),
    ("former-ceo-trad", "前行政總裁梁志偉昨日辭任董事。", {"梁志偉": ["前行政總裁"]}),
    ("deputy-director-general", "国家统计局副局长盛立军解读数据。", {"盛立军": ["国家统计局副局长"]}),
    ("deputy-permanent-secretary-trad", "教育局副秘書長鄭美華介紹新課程。", {"鄭美華": ["教育局副秘書長"]}),
]

UNIT_POSTS = [  # posts at a unit inside a body
    ("university-law-school-dean", "华南大学法学院院长何立新认为，新法规将影响深远。", {"何立新": ["华南大学法学院院长"]}),
    ("university-law-school-dean-trad", "香港中文大學法律學院院長梁美儀認為，新法例影響深遠。", {"梁美儀": ["香港中文大學法律學院院長"]}),
    ("university-department-head", "北方理工大学计算机系主任高强介绍了课程改革。", {"高强": ["北方理工大学计算机系主任"]}),
    ("tw-university-department-trad", "國立中興大學農藝學系主任陳志宏說明研究進度。", {"陳志宏": ["國立中興大學農藝學系主任"]}),
    ("hospital-department-director", "市第一人民医院心内科主任刘静提醒市民注意血压。", {"刘静": ["市第一人民医院心内科主任"]}),
    ("hospital-department-director-trad", "伊利沙伯醫院急症科主管鍾志文呼籲市民勿濫用急症室。",
     {"鍾志文": ["伊利沙伯醫院急症科主管"]}),
    ("macau-university-faculty-trad", "澳門大學社會科學學院院長郭美君主持研討會。", {"郭美君": ["澳門大學社會科學學院院長"]}),
    ("sg-university-school", "南洋理工大学传播与信息学院院长林慧玲说，学院将开设新课程。", {"林慧玲": ["南洋理工大学传播与信息学院院长"]}),
    ("my-university-faculty", "马来亚大学中文系主任潘碧华介绍了系务。", {"潘碧华": ["马来亚大学中文系主任"]}),
    ("company-division-head-trad", "中華電信企業客戶分公司總經理陳明德介紹新方案。", {"陳明德": ["中華電信企業客戶分公司總經理"]}),
    ("research-institute-researcher", "中国科学院物理研究所研究员黄海涛介绍了实验结果。", {"黄海涛": ["中国科学院物理研究所研究员"]}),
    ("research-institute-researcher-trad", "中央研究院經濟研究所研究員簡錦漢分析景氣。", {"簡錦漢": ["中央研究院經濟研究所研究員"]}),
]

AFTER_NAME = [  # titles written after the name in the Hong Kong and Macau manner, and styles there
    ("hk-councillor-after-name-trad", "陳家明議員在會上要求政府增加資源。", {"陳家明": ["議員"]}),
    ("hk-jp-after-name-style-trad", "活動由黃志偉太平紳士主禮。", {"黃志偉": []}),
    ("hk-post-then-jp-trad", "區議會主席劉國勳太平紳士致辭。", {"劉國勳": ["區議會主席"]}),
    ("hk-councillor-and-jp-trad", "立法會議員李世榮太平紳士出席活動。", {"李世榮": ["立法會議員"]}),
    ("hk-name-post-after-trad", "是次活動邀得周浩鼎議員及何君堯議員出席。", {"周浩鼎": ["議員"], "何君堯": ["議員"]}),
    ("macau-deputy-after-name-trad", "梁孫旭議員在全體會議上提出書面質詢。", {"梁孫旭": ["議員"]}),
    ("professor-after-name", "会议由李明华教授主持。", {"李明华": ["教授"]}),
    ("professor-after-name-trad", "講座由張嘉穎教授主講。", {"張嘉穎": ["教授"]}),
    ("post-and-professor-after", "系主任黄志明教授主持研讨会。", {"黄志明": ["系主任", "教授"]}),
    ("academician-after-name", "报告会邀请了王立群院士作主旨报告。", {"王立群": ["院士"]}),
    ("hk-sbs-jp-after-trad", "典禮由郭志強SBS, JP主持。", {"郭志強": []}),
    ("bracket-hk-post-trad", "何啟明（民政事務總署署長）在會上致辭。", {"何啟明": ["民政事務總署署長"]}),
    ("apposition-macau-trad", "陳偉強，澳門街坊會聯合總會理事長，表示會跟進事件。", {"陳偉強": ["澳門街坊會聯合總會理事長"]}),
]

STYLES = [  # Malaysian and Singapore styles before and after a title
    ("my-datuk-seri-minister", "国防部长拿督斯里莫哈末哈山出席阅兵典礼。", {"莫哈末哈山": ["国防部长"]}),
    ("my-tan-sri-chairman", "集团主席丹斯里林国泰宣布扩展计划。", {"林国泰": ["集团主席"]}),
    ("my-tan-sri-chairman-trad", "集團主席丹斯里林國泰宣布擴展計劃。", {"林國泰": ["集團主席"]}),
    ("my-tun-former-pm", "前首相敦马哈迪发表演讲。", {"马哈迪": ["前首相"]}),
    ("my-menteri-besar", "雪州州务大臣拿督斯里阿米鲁丁推介新计划。", {"阿米鲁丁": ["雪州州务大臣"]}),
    ("my-menteri-besar-trad", "柔佛州務大臣拿督翁哈茲禮宣布撥款。", {"翁哈茲禮": ["柔佛州務大臣"]}),
    ("my-mp-datuk", "亚罗士打区国会议员拿督陈国伟提出动议。", {"陈国伟": ["亚罗士打区国会议员"]}),
    ("my-mp-datuk-trad", "亞羅士打區國會議員拿督陳國偉提出動議。", {"陳國偉": ["亞羅士打區國會議員"]}),
    ("my-style-before-post", "拿督斯里魏家祥部长出席推介礼。", {"魏家祥": ["部长"]}),
    ("my-datin-chair", "妇女组主席拿汀黄美玲主持会议。", {"黄美玲": ["妇女组主席"]}),
    ("my-deputy-minister-trad", "交通部副部長林慧英出席活動。", {"林慧英": ["交通部副部長"]}),
    ("my-chief-minister-penang", "槟州首席部长曹观友主持开幕。", {"曹观友": ["槟州首席部长"]}),
    ("my-chief-minister-penang-trad", "檳州首席部長曹觀友主持開幕。", {"曹觀友": ["檳州首席部長"]}),
    ("my-association-president-datuk", "华总总会长丹斯里吴添泉致词。", {"吴添泉": ["华总总会长"]}),
    ("sg-mp-grc", "马林百列集选区议员谢健平探访居民。", {"谢健平": ["马林百列集选区议员"]}),
    ("sg-senior-minister-trad", "國務資政張志賢出席活動。", {"張志賢": ["國務資政"]}),
    ("sg-minister-of-state", "国家发展部政务部长陈杰豪出席开幕。", {"陈杰豪": ["国家发展部政务部长"]}),
    ("my-state-assemblyman-after-name", "黄汉伟州议员呼吁居民登记投票。", {"黄汉伟": ["州议员"]}),
    ("my-state-assemblyman-after-name-trad", "黃漢偉州議員呼籲居民登記投票。", {"黃漢偉": ["州議員"]}),
]

TAIWAN = [  # Taiwan's short forms
    ("tw-legislator-short-trad", "立委陳培瑜今天質詢衛福部。", {"陳培瑜": ["立委"]}),
    ("tw-county-head-trad", "嘉義縣長翁章梁宣布發放補助。", {"翁章梁": ["嘉義縣長"]}),
    ("tw-township-head-trad", "竹田鄉長林明發帶領鄉民清溝。", {"林明發": ["竹田鄉長"]}),
    ("tw-village-chief-trad", "里長陳秀英協助長者接種疫苗。", {"陳秀英": ["里長"]}),
    ("tw-named-village-chief-trad", "大安區龍門里里長蘇文龍說，里內路燈已修復。", {"蘇文龍": ["大安區龍門里里長"]}),
    ("tw-executive-yuan-premier-trad", "行政院長卓榮泰今天主持院會。", {"卓榮泰": ["行政院長"]}),
    ("tw-yuan-president-trad", "立法院長韓國瑜主持院會。", {"韓國瑜": ["立法院長"]}),
    ("tw-minister-short-trad", "經濟部長郭智輝說明電價方案。", {"郭智輝": ["經濟部長"]}),
    ("tw-deputy-minister-trad", "交通部次長陳彥伯出席通車典禮。", {"陳彥伯": ["交通部次長"]}),
    ("tw-city-councillor-trad", "台北市議員王鴻薇質詢市長。", {"王鴻薇": ["台北市議員"]}),
    ("tw-speaker-trad", "高雄市議會議長康裕成主持大會。", {"康裕成": ["高雄市議會議長"]}),
    ("tw-spokesperson-trad", "行政院發言人林雅琪表示，院會已通過草案。", {"林雅琪": ["行政院發言人"]}),
    ("tw-company-chair-trad", "台積電董事長魏哲家在股東會上致詞。", {"魏哲家": ["台積電董事長"]}),
    ("tw-legislator-short", "立委陈培瑜今天质询卫福部。", {"陈培瑜": ["立委"]}),
    ("tw-county-head", "嘉义县长翁章梁宣布发放补助。", {"翁章梁": ["嘉义县长"]}),
]

COURT_POLICE = [  # court, prosecution and police posts and ranks
    ("hk-magistrate-trad", "裁判官鄭紀航判處被告社會服務令。", {"鄭紀航": ["裁判官"]}),
    ("hk-judge-trad", "法官李運騰指被告行為嚴重。", {"李運騰": ["法官"]}),
    ("hk-superintendent-trad", "警司陳家強表示，警方已加派人手巡邏。", {"陳家強": ["警司"]}),
    ("hk-senior-superintendent-trad", "東九龍總區高級警司黃偉文交代案情。", {"黃偉文": ["東九龍總區高級警司"]}),
    ("hk-chief-inspector-trad", "總督察何國良說，案件交由重案組跟進。", {"何國良": ["總督察"]}),
    ("tw-prosecutor-trad", "台北地檢署檢察官林俊言起訴三名被告。", {"林俊言": ["台北地檢署檢察官"]}),
    ("tw-prosecutor-spokes-trad", "地檢署主任檢察官陳宏達表示，全案偵查終結。", {"陳宏達": ["地檢署主任檢察官"]}),
    ("mainland-procurator", "区人民检察院检察官刘晓燕出庭支持公诉。", {"刘晓燕": ["区人民检察院检察官"]}),
    ("mainland-judge", "法官张立明当庭宣判。", {"张立明": ["法官"]}),
    ("sg-deputy-public-prosecutor", "副检察司黄慧敏指出，被告多次犯案。", {"黄慧敏": ["副检察司"]}),
    ("my-sessions-judge", "推事庭法官陈美华判被告罚款。", {"陈美华": ["推事庭法官"]}),
    ("my-police-chief", "梳邦再也警区主任助理总监万祖基说，警方已逮捕嫌犯。", {"万祖基": ["梳邦再也警区主任助理总监"]}),
    ("macau-judge-trad", "初級法院法官羅淑雯宣讀判決。", {"羅淑雯": ["初級法院法官"]}),
    ("defendant-near-miss", "被告人刘某当庭认罪。", {"刘某": []}),
    ("defendant-near-miss-trad", "被告陳志華否認控罪。", {"陳志華": []}),
]

ACADEMIC = [  # academic titles
    ("professor-and-supervisor", "清华大学教授、博士生导师陈立平作报告。", {"陈立平": ["清华大学教授", "博士生导师"]}),
    ("professor-and-supervisor-trad", "北京大學教授、博士生導師陳立平作報告。", {"陳立平": ["北京大學教授", "博士生導師"]}),
    ("associate-researcher", "社科院副研究员王晓敏分析了数据。", {"王晓敏": ["社科院副研究员"]}),
    ("hk-chair-professor-trad", "香港科技大學講座教授葉志堅表示，研究已取得突破。", {"葉志堅": ["香港科技大學講座教授"]}),
    ("tw-distinguished-professor-trad", "台大特聘教授林正義發表論文。", {"林正義": ["台大特聘教授"]}),
    ("sg-associate-professor", "新加坡国立大学副教授黄思敏说，研究将持续三年。", {"黄思敏": ["新加坡国立大学副教授"]}),
    ("my-senior-lecturer", "拉曼大学高级讲师陈美琪分析选情。", {"陈美琪": ["拉曼大学高级讲师"]}),
    ("emeritus-professor-trad", "榮休教授王賡武主講講座。", {"王賡武": ["榮休教授"]}),
]

COMPANY = [  # company posts
    ("chair-and-president", "东方电气董事长兼总经理李国荣介绍订单情况。", {"李国荣": ["东方电气董事长", "总经理"]}),
    ("chair-and-president-trad", "東方電氣董事長兼總經理李國榮介紹訂單情況。", {"李國榮": ["東方電氣董事長", "總經理"]}),
    ("hk-ceo-trad", "港鐵行政總裁金澤培表示，新線明年通車。", {"金澤培": ["港鐵行政總裁"]}),
    ("ceo-mainland", "星河网络首席执行官周亮发布了新产品。", {"周亮": ["星河网络首席执行官"]}),
    ("sg-group-ceo", "星展集团总裁陈恩光说，银行将加强数码服务。", {"陈恩光": ["星展集团总裁"]}),
    ("my-group-md-trad", "雲頂集團董事經理林國泰宣布投資計劃。", {"林國泰": ["雲頂集團董事經理"]}),
    ("vice-president", "公司副总裁刘慧芳介绍了海外市场。", {"刘慧芳": ["公司副总裁"]}),
    ("general-manager-region-trad", "大中華區總經理黃偉強出席發布會。", {"黃偉強": ["大中華區總經理"]}),
    ("founder-and-ceo", "云帆科技创始人兼CEO王子豪接受采访。", {"王子豪": ["云帆科技创始人", "CEO"]}),
    ("executive-director-trad", "新世紀集團執行董事鄭家純出席開幕。", {"鄭家純": ["新世紀集團執行董事"]}),
]

HEADINGS = [  # a title before two or more names heads them: no one gets it
    ("heading-deputy-mayors", "副市长王立新、李海燕、赵国庆出席会议。", {"王立新": [], "李海燕": [], "赵国庆": []}),
    ("heading-deputy-mayors-trad", "副市長王立新、李海燕、趙國慶出席會議。", {"王立新": [], "李海燕": [], "趙國慶": []}),
    ("heading-legislators-trad", "立法會議員陳克勤、葛珮帆、周浩鼎聯署要求政府交代。", {"陳克勤": [], "葛珮帆": [], "周浩鼎": []}),
    ("heading-professors", "教授张明、刘华担任评委。", {"张明": [], "刘华": []}),
    ("heading-tw-legislators-trad", "國民黨立委徐巧芯、羅智強今天召開記者會。", {"徐巧芯": [], "羅智強": []}),
    ("heading-city-leaders", "市领导陈建国、孙丽华、马文斌参加活动。", {"陈建国": [], "孙丽华": [], "马文斌": []}),
    ("heading-then-single", "副市长王立新、李海燕出席。市长赵国庆主持会议。",
     {"王立新": [], "李海燕": [], "赵国庆": ["市长"]}),
    ("heading-then-single-trad", "副市長王立新、李海燕出席。市長趙國慶主持會議。",
     {"王立新": [], "李海燕": [], "趙國慶": ["市長"]}),
    ("two-titled-names-joined", "市长张伟和副市长刘洋出席开幕式。", {"张伟": ["市长"], "刘洋": ["副市长"]}),
    ("two-titled-names-joined-trad", "市長張偉和副市長劉洋出席開幕式。", {"張偉": ["市長"], "劉洋": ["副市長"]}),
]

NEAR_MISS = [  # look like titles but give no one one
    ("surname-title-only", "李局长表示，整改工作已经完成。", {}),
    ("surname-title-only-trad", "陳司長表示，政府會審慎理財。", {}),
    ("unnamed-bureau-head", "该局局长表示，将严肃处理相关人员。", {}),
    ("unnamed-new-head-trad", "新任署長將於下月上任。", {}),
    ("post-as-predicate", "王建国担任市发改委主任已有三年。", {"王建国": []}),
    ("post-as-predicate-trad", "陳志明出任新公司行政總裁。", {"陳志明": []}),
    ("post-as-copula-trad", "林美玲是立法會議員。", {"林美玲": []}),
    ("post-appointed-as", "董事会任命刘志刚为公司总经理。", {"刘志刚": []}),
    ("post-appointed-as-trad", "董事會委任何嘉欣為公司財務總監。", {"何嘉欣": []}),
    ("citizen-description", "市民陈大文说，巴士班次太少。", {"陈大文": []}),
    ("citizen-description-trad", "市民陳大文說，巴士班次太少。", {"陳大文": []}),
    ("champion-description", "冠军王海涛赛后接受采访。", {"王海涛": []}),
    ("student-description-trad", "學生林子軒分享學習心得。", {"林子軒": []}),
    ("jp-only-style-trad", "黃國明太平紳士出席典禮。", {"黃國明": []}),
    ("datuk-only-style", "拿督林国华出席晚宴。", {"林国华": []}),
    ("tan-sri-only-style-trad", "丹斯里鄭福成致詞。", {"鄭福成": []}),
    ("many-professors-unnamed", "多名教授出席了研讨会。", {}),
    ("surname-professor-later-trad", "本報訪問了黃教授。黃教授認為，樓價仍會下跌。", {}),
]

MORE_PARAGRAPHS = [  # further paragraphs from each region
    ("para-mainland-county",
     "县委书记王志强带队检查秋粮收购工作。王志强要求，各乡镇要确保粮款及时兑付。县长李红梅、副县长赵斌陪同检查。"
     "李县长表示，县政府将加大对种粮大户的补贴。",
     {"王志强": ["县委书记"], "李红梅": ["县长"], "赵斌": ["副县长"]}),
    ("para-mainland-county-trad",
     "縣委書記王志強帶隊檢查秋糧收購工作。王志強要求，各鄉鎮要確保糧款及時兌付。縣長李紅梅、副縣長趙斌陪同檢查。"
     "李縣長表示，縣政府將加大對種糧大戶的補貼。",
     {"王志強": ["縣委書記"], "李紅梅": ["縣長"], "趙斌": ["副縣長"]}),
    ("para-hk-legco",
     "立法会今日三读通过条例草案。保安局局长邓炳强表示，条例将于下月生效。邓局长又说，当局会做好宣传工作。"
     "经民联议员林健锋支持草案。",
     {"邓炳强": ["保安局局长"], "林健锋": ["经民联议员"]}),
    ("para-hk-legco-trad",
     "立法會今日三讀通過條例草案。保安局局長鄧炳強表示，條例將於下月生效。鄧局長又說，當局會做好宣傳工作。"
     "經民聯議員林健鋒支持草案。",
     {"鄧炳強": ["保安局局長"], "林健鋒": ["經民聯議員"]}),
    ("para-macau-trad",
     "社會文化司司長歐陽瑜今日出席開學典禮。歐陽瑜指出，特區政府會持續投放教育資源。教育及青年發展局局長龔志明表示，"
     "新學年將增加小班教學。龔局長又說，局方會加強教師培訓。",
     {"歐陽瑜": ["社會文化司司長"], "龔志明": ["教育及青年發展局局長"]}),
    ("para-tw-trad",
     "台南市長黃偉哲今天出席農產品推廣活動。黃偉哲說，今年芒果產量穩定。農業局長李芳林表示，外銷訂單已增加兩成。"
     "李局長也呼籲民眾多多支持在地農產。",
     {"黃偉哲": ["台南市長"], "李芳林": ["農業局長"]}),
    ("para-sg",
     "人力部长陈诗龙昨天在国会回答议员提问。陈诗龙说，政府会加强对年长员工的保障。盛港集选区议员林志蔚询问再就业补贴的细节。"
     "陈部长表示，细节将在下月公布。",
     {"陈诗龙": ["人力部长"], "林志蔚": ["盛港集选区议员"]}),
    ("para-sg-trad",
     "人力部長陳詩龍昨天在國會回答議員提問。陳詩龍說，政府會加強對年長員工的保障。盛港集選區議員林志蔚詢問再就業補貼的細節。"
     "陳部長表示，細節將在下月公布。",
     {"陳詩龍": ["人力部長"], "林志蔚": ["盛港集選區議員"]}),
    ("para-my",
     "首相拿督斯里安华昨日为新医院主持开幕。安华说，政府将继续提升公共医疗服务。卫生部长拿督斯里祖基菲里表示，"
     "医院将在下月开始接收病人。祖基菲里部长也感谢州政府的配合。",
     {"安华": ["首相"], "祖基菲里": ["卫生部长", "部长"]}),
    ("para-my-trad",
     "首相拿督斯里安華昨日為新醫院主持開幕。安華說，政府將繼續提升公共醫療服務。衛生部長拿督斯里祖基菲里表示，"
     "醫院將在下月開始接收病人。祖基菲里部長也感謝州政府的配合。",
     {"安華": ["首相"], "祖基菲里": ["衛生部長", "部長"]}),
    ("para-company",
     "远航物流董事长周建平在年会上致辞。周建平表示，公司今年营收突破百亿元。总裁陈晓东介绍了海外布局。陈总说，"
     "公司将在东南亚新建三个仓储中心。",
     {"周建平": ["远航物流董事长"], "陈晓东": ["总裁"]}),
    ("para-company-trad",
     "遠航物流董事長周建平在年會上致詞。周建平表示，公司今年營收突破百億元。總裁陳曉東介紹了海外布局。陳總說，"
     "公司將在東南亞新建三個倉儲中心。",
     {"周建平": ["遠航物流董事長"], "陳曉東": ["總裁"]}),
    ("para-court-trad",
     "案件今日在區域法院判刑。法官陳廣池指出，被告濫用職權，必須判處阻嚇性刑罰。辯方大律師黃國樑求情時稱，被告已深感後悔。"
     "陳法官最終判被告入獄兩年。",
     {"陳廣池": ["法官"], "黃國樑": ["辯方大律師"]}),
    ("para-court",
     "案件在区人民法院开庭审理。公诉人、区人民检察院检察官王丽出庭支持公诉。审判员刘志军主持庭审。刘法官宣布择期宣判。",
     {"王丽": ["公诉人", "区人民检察院检察官"], "刘志军": ["审判员"]}),
    ("para-school",
     "市第三中学校长孙卫东在开学典礼上讲话。孙卫东说，学校将开设人工智能课程。副校长周敏介绍了新学期安排。周副校长表示，"
     "学校新建的实验楼已投入使用。",
     {"孙卫东": ["市第三中学校长"], "周敏": ["副校长"]}),
    ("para-school-trad",
     "聖保羅書院校長黃志華在開學禮上致辭。黃志華表示，學校將開設人工智能課程。副校長周敏介紹新學年安排。周副校長說，"
     "新建的實驗室已投入使用。",
     {"黃志華": ["聖保羅書院校長"], "周敏": ["副校長"]}),
    ("para-hospital-trad",
     "瑪麗醫院行政總監何兆煒今日介紹新大樓工程。何兆煒表示，新大樓可增加四百張病床。醫管局主席范鴻齡則說，"
     "醫管局會增聘護士。范主席又指，輪候時間有望縮短。",
     {"何兆煒": ["瑪麗醫院行政總監"], "范鴻齡": ["醫管局主席"]}),
    ("para-police",
     "市公安局副局长、新闻发言人张立军通报了案情。张立军说，警方已抓获犯罪嫌疑人五名。张副局长提醒群众提高防范意识。",
     {"张立军": ["市公安局副局长", "新闻发言人"]}),
]

SECOND_ROUND = [  # written after the rules for a surname with a post's opening word and a side before 大律师, before running
    ("surname-acting-head-later-trad",
     "署理局長何啟華今日視察工地。何啟華表示，工程進度理想。何署理局長又說，當局會加強監管。",
     {"何啟華": ["署理局長"]}),
    ("surname-standing-deputy-later",
     "常务副县长马立军主持召开安全生产会议。马立军强调，要压实企业主体责任。马常务副县长还到企业进行了检查。",
     {"马立军": ["常务副县长"]}),
    ("surname-executive-director-later-trad",
     "永利集團執行董事林嘉欣出席簽約儀式。林嘉欣說，集團會擴大投資。林執行董事又透露，新項目年底動工。",
     {"林嘉欣": ["永利集團執行董事"]}),
    ("surname-chief-executive-later",
     "安达保险首席执行官陈志远介绍了业务情况。陈首席执行官表示，公司将加快数字化转型。",
     {"陈志远": ["安达保险首席执行官"]}),
    ("surname-acting-mayor-later-tw-trad",
     "代理市長黃淑芬今天主持市政會議。黃代理市長要求各局處加強防災整備。",
     {"黃淑芬": ["代理市長"]}),
    ("given-name-not-a-post-near-miss",
     "市政协副主席王执中出席座谈会。王执中说，要多听取基层意见。",
     {"王执中": ["市政协副主席"]}),
    ("given-name-not-a-post-near-miss-trad",
     "協會理事長陳行健致詞。陳行健表示，協會會繼續推動會員交流。",
     {"陳行健": ["協會理事長"]}),
    ("prosecution-counsel-trad",
     "控方大律師馮家輝指出，案中證據確鑿。辯方大律師林國偉則要求法庭輕判。",
     {"馮家輝": ["控方大律師"], "林國偉": ["辯方大律師"]}),
    ("defence-counsel",
     "辩方律师刘海涛在庭上提出无罪辩护。公诉人、区检察院检察员张敏发表了公诉意见。",
     {"刘海涛": ["辩方律师"], "张敏": ["公诉人", "区检察院检察员"]}),
    ("named-person-before-post-near-miss",
     "会议由李明主持，副主任王强作报告。",
     {"李明": [], "王强": ["副主任"]}),
    ("named-person-before-post-near-miss-trad",
     "會議由李明主持，副主任王強作報告。",
     {"李明": [], "王強": ["副主任"]}),
    ("sg-senior-counsel-trad",
     "高庭昨天審理上訴案。辯方資深律師黃志明指出，原審法官量刑過重。副檢察司林美華則認為判刑恰當。",
     {"黃志明": ["辯方資深律師"], "林美華": ["副檢察司"]}),
]

BANK = (PARAGRAPHS + CHAINS + PREFIXES + UNIT_POSTS + AFTER_NAME + STYLES + TAIWAN + COURT_POLICE + ACADEMIC + COMPANY
        + HEADINGS + NEAR_MISS + MORE_PARAGRAPHS + SECOND_ROUND)

XFAIL: dict[str, str] = {
    "my-state-assemblyman-after-name": "the tagger reads the name and 州 as one place (黄汉/LOC|伟/LOC|州/LOC): no person",
    "my-state-assemblyman-after-name-trad": "the tagger reads the name and 州 as one place (黄汉/LOC|伟/LOC|州/LOC): no person",
    "named-person-before-post-near-miss": "the tagger joins the verb to the name (王强作/PER|报告/PER): a name boundary",
    "named-person-before-post-near-miss-trad": "the tagger joins the verb to the name (王强作/PER|报告/PER): a name boundary",
    "post-appointed-as-trad": "委任何嘉欣: the surname 何 after 委任 is not read as the start of a name",
}


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(dict.fromkeys(t.text for t in p.titles)) for p in extract(text).people}


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)


@pytest.mark.parametrize("text, people", [strict_case(row, XFAIL) for row in BANK])
def test_title_long_page_forms(text, people):
    assert _people(text) == {name: titles for name, titles in people.items() if titles is not None}
