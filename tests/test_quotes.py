"""Quotations and their speakers on sentences written for these tests. Each table holds the construction a rule handles, a
near miss it must leave alone, and the other script."""
import pytest

from extractor import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text[:6]) for q in extract(text).quotes]


PRONOUNS = [
    pytest.param("市长张伟出席会议。他说：“我们要加快建设步伐，做好各项工作。”随后，副市长李强发言。他表示：“今年的目标一定能够实现，请大家放心。”",
                 [("张伟", "我们要加快建"), ("李强", "今年的目标一")], id="each-pronoun-its-nearest-person"),
    pytest.param("市长张伟出席会议并讲话。他说：“我们要加快建设步伐，做好各项工作。”", [("张伟", "我们要加快建")], id="near-miss-one-person"),
    pytest.param("市長張偉出席會議。他說：「我們要加快建設步伐，做好各項工作。」隨後，副市長李強發言。他表示：「今年的目標一定能夠實現，請大家放心。」",
                 [("張偉", "我們要加快建"), ("李強", "今年的目標一")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", PRONOUNS)
def test_a_pronoun_refers_to_the_nearest_person_before_it(text, quotes):
    assert quotes_of(text) == quotes


SPEAKER_IN_THE_SENTENCE_BEFORE = [
    pytest.param("挪威驻华大使贝思文表示，博览会让更多欧洲产品走进了中国家庭。“挪威海产在中国很受欢迎。我们明年还会再来参展。”",
                 [("贝思文", "挪威海产在中")], id="X表示-then-a-quote"),
    pytest.param("挪威驻华大使贝思文出席开幕式。“挪威海产在中国很受欢迎。我们明年还会再来参展。”", [], id="near-miss-no-verb-of-speech"),
    pytest.param("挪威駐華大使貝思文表示，博覽會讓更多歐洲產品走進了中國家庭。「挪威海產在中國很受歡迎。我們明年還會再來參展。」",
                 [("貝思文", "挪威海產在中")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_IN_THE_SENTENCE_BEFORE)
def test_the_speaker_named_in_the_sentence_before(text, quotes):
    assert quotes_of(text) == quotes


COLON_AFTER_A_VERB = [
    pytest.param("湖南省文化和旅游厅厅长李红带着两张名片推介湖南：“第一张是山水画卷，第二张是红色记忆。”", [("李红", "第一张是山水")], id="推介-colon"),
    pytest.param("市长张伟向论坛发来贺信，信中指出：“推动绿色低碳发展，共建清洁美丽城市。”", [], id="near-miss-a-letter's-words"),
    pytest.param("《规划》提出：“到2030年，基本建成现代化产业体系。”", [], id="near-miss-a-plan's-words"),
    pytest.param("湖南省文化和旅遊廳廳長李紅帶著兩張名片推介湖南：「第一張是山水畫卷，第二張是紅色記憶。」", [("李紅", "第一張是山水")], id="traditional"),
    pytest.param("王立新是东湖机械公司总经理。在他看来，“订单已经排到了年底，我们正在扩建新的生产线。”", [("王立新", "订单已经排到")], id="在他看来"),
    pytest.param("看来，“订单已经排到了年底，新的生产线正在扩建。”", [], id="near-miss-看来-with-no-one-before"),
    pytest.param("市長張偉向論壇發來賀電，電文指出：「推動綠色低碳發展，共建清潔美麗城市。」", [], id="traditional-near-miss-a-message's-words"),
]


@pytest.mark.parametrize("text, quotes", COLON_AFTER_A_VERB)
def test_a_colon_after_a_verb_of_presenting_opens_a_quote(text, quotes):
    assert quotes_of(text) == quotes


CLAUSE_IN_REPORTED_SPEECH = [
    pytest.param("女子跳远选手王静表示，这次比赛对手很强，但最重要的是在赛场上“跳出自己的最好水平”，积累经验。",
                 [("王静", "跳出自己的最")], id="quoted-clause"),
    pytest.param("市长张伟在致辞中希望各方「携手打造合作平台」，共享发展机遇。", [("张伟", "携手打造合作")], id="a-wish-with-its-addressee"),
    pytest.param("市长张伟表示，将全力落实“投资东湖三大方案”，吸引更多企业。", [], id="near-miss-a-plan's-name"),
    pytest.param("市长张伟表示，东湖将继续建设“海绵城市示范区”。", [], id="near-miss-a-term"),
    pytest.param("市长张伟表示，要实践“立足东湖、布局全球”的精神。", [], id="near-miss-a-slogan-before-的"),
    pytest.param("女子跳遠選手王靜表示，這次比賽對手很強，但最重要的是在賽場上「跳出自己的最好水平」，積累經驗。",
                 [("王靜", "跳出自己的最")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", CLAUSE_IN_REPORTED_SPEECH)
def test_a_quoted_clause_in_reported_speech_is_the_speakers(text, quotes):
    assert quotes_of(text) == quotes


SPEAKER_AFTER = [
    pytest.param("本报北京今日电 “据初步测算，上半年全国粮食产量增长2.1%。”国务院新闻办今天举行发布会，农业农村部新闻发言人李明表示，夏粮再获丰收。",
                 [("李明", "据初步测算，")], id="lead-quote-then-the-speaker's-sentence"),
    pytest.param("市长张伟出席开幕式。\n“东部沿海的物流网络非常发达，欢迎各国企业投资。”斐济副总理兼财长卡米卡在开幕式上说。",
                 [("卡米卡", "东部沿海的物")], id="the-speaker-named-after-the-quote-not-the-one-before"),
    pytest.param("市长张伟出席开幕式。\n“东部沿海的物流网络非常发达，欢迎各国企业投资。”一位外国参展商在开幕式上说。",
                 [], id="near-miss-an-unnamed-speaker-is-not-the-one-before"),
    pytest.param("本報台北今日電 「據初步統計，上半年出口金額成長12.3%。」財政部今天舉行記者會，發言人李明表示，出口動能持續增強。",
                 [("李明", "據初步統計，")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_AFTER)
def test_the_speaker_after_the_quote(text, quotes):
    assert quotes_of(text) == quotes


VERB_BEFORE_PUNCTUATION = [
    pytest.param("地方法院法官陈嘉仪今日判刑时指，被告「利用客户多年来对他的信任」，案情严重。", [("陈嘉仪", "利用客户多年")], id="指-before-a-comma"),
    pytest.param("工程师陈嘉仪指导团队，「提高东湖智慧农业示范项目的产量」成为目标。", [], id="near-miss-指导"),
    pytest.param("地方法院法官陳嘉儀今日判刑時指，被告「利用客戶多年來對他的信任」，案情嚴重。", [("陳嘉儀", "利用客戶多年")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", VERB_BEFORE_PUNCTUATION)
def test_a_verb_of_speech_only_before_punctuation(text, quotes):
    assert quotes_of(text) == quotes


TERMS_AFTER_A_COPULA = [
    pytest.param("创始人许明在发布会上表示，老人最需要的不是“会聊天的音箱”，而是“能及时发现问题的帮手”。", [], id="而是-a-noun-phrase"),
    pytest.param("创始人许明在发布会上表示，这款产品“让每位老人都能安心独居”。", [("许明", "让每位老人都")], id="near-miss-a-clause-closing-the-sentence"),
    pytest.param("創辦人許明在發布會上表示，老人最需要的不是「會聊天的音箱」，而是「能及時發現問題的幫手」。", [], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", TERMS_AFTER_A_COPULA)
def test_quoted_words_after_a_copula_are_a_term(text, quotes):
    assert quotes_of(text) == quotes


NAMES_INSIDE_QUOTES_AND_FAR_PRONOUNS = [
    pytest.param("局长罗咏思致辞时表示，政府会透过「创意智优计划」支持业界，「设计不只是美感，也是解决社会问题的方法」。",
                 [("罗咏思", "设计不只是美")], id="a-name-inside-a-quoted-title-is-no-speaker"),
    pytest.param("展会由东湖州政府主办，州议员林明山出席。\n\n州务大臣在开幕时说，清真产业是重点领域。\n\n他说：“我们不只要卖清真食品，还要成为物流枢纽。”",
                 [], id="a-pronoun-does-not-reach-past-a-paragraph"),
    pytest.param("州议员林明山出席开幕式并致辞。\n\n他说：“我们不只要卖清真食品，还要成为物流枢纽。”", [("林明山", "我们不只要卖")],
                 id="near-miss-the-paragraph-before"),
    pytest.param("局長羅詠思致辭時表示，政府會透過「創意智優計劃」支持業界，「設計不只是美感，也是解決社會問題的方法」。",
                 [("羅詠思", "設計不只是美")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", NAMES_INSIDE_QUOTES_AND_FAR_PRONOUNS)
def test_who_the_speaker_can_be(text, quotes):
    assert quotes_of(text) == quotes


UNNAMED_SPEAKERS = [
    pytest.param("东湖市商务局有关负责人表示：“我们将继续优化营商环境，为企业提供更好的服务。”", [], id="负责人-no-name-no-quote"),
    pytest.param("东湖市商务局发布通告：“即日起暂停办理相关业务，恢复时间另行通知。”", [], id="near-miss-a-notice"),
    pytest.param("東湖市商務局發言人表示：「我們將繼續優化營商環境，為企業提供更好的服務。」", [], id="traditional-發言人-no-name-no-quote"),
]


@pytest.mark.parametrize("text, quotes", UNNAMED_SPEAKERS)
def test_a_body_speaking_through_someone_unnamed(text, quotes):
    assert quotes_of(text) == quotes


REFERRED_BACK = [  # 其 before a verb of speech and 该 with a position name the person named before, when that is clear
    pytest.param("青峰集团董事长秦家明出席签约仪式。其表示：“我们将在三年内完成全部投资，建成新的研发中心。”",
                 [("秦家明", "我们将在三年")], id="其表示"),
    pytest.param("青峰集团董事长秦家明出席签约仪式。\n\n其在致辞中指出：“我们将在三年内完成全部投资，建成新的研发中心。”",
                 [("秦家明", "我们将在三年")], id="其-in-the-next-paragraph"),
    pytest.param("市长林晓东与副市长温静出席会议。其表示：“要加快推进项目建设，确保按期完工。”", [], id="near-miss-其-after-two-people"),
    pytest.param("青峰区商务局局长何卫东介绍了招商情况。该局长表示：“今年已签约项目二十个，总投资超过百亿元。”",
                 [("何卫东", "今年已签约项")], id="该局长"),
    pytest.param("青峰集团负责人秦家明出席仪式。“我们将在三年内完成全部投资，建成新的研发中心。”该负责人说。",
                 [("秦家明", "我们将在三年")], id="该负责人-after-the-quote"),
    pytest.param("青峰集团董事长秦家明出席仪式。该负责人表示：“我们将在三年内完成全部投资，建成新的研发中心。”",
                 [], id="near-miss-no-one-named-with-that-position"),
    pytest.param("青峰區商務局局長何衛東介紹了招商情況。該局長表示：「今年已簽約項目二十個，總投資超過百億元。」",
                 [("何衛東", "今年已簽約項")], id="該局長-traditional"),
    pytest.param("青峰集團董事長秦家明出席簽約儀式。其表示：「我們將在三年內完成全部投資，建成新的研發中心。」",
                 [("秦家明", "我們將在三年")], id="其表示-traditional"),
]


@pytest.mark.parametrize("text, quotes", REFERRED_BACK)
def test_a_speaker_referred_back_to(text, quotes):
    assert quotes_of(text) == quotes


SURNAME_AND_FORM_OF_ADDRESS = [  # 陈官 (a judge in Hong Kong), 王总: a form of address, no name; it refers to the one person of that surname
    pytest.param("区域法院法官柯慧仪审理此案。\n柯官判刑时表示：「被告身为持牌中介人，本应以客户利益为先，却掠夺了他们的积蓄。」",
                 [("柯慧仪", "被告身为持牌")], id="陈官"),
    pytest.param("青峰集团董事长秦家明出席仪式。秦总表示：“我们将在三年内完成全部投资，建成新的研发中心。”",
                 [("秦家明", "我们将在三年")], id="王总"),
    pytest.param("青峰集团董事长秦家明与秦立新出席仪式。秦总表示：“我们将在三年内完成全部投资，建成新的研发中心。”",
                 [], id="near-miss-two-people-of-that-surname"),
    pytest.param("區域法院法官柯慧儀審理此案。\n柯官判刑時表示：「被告身為持牌中介人，本應以客戶利益為先，卻掠奪了他們的積蓄。」",
                 [("柯慧儀", "被告身為持牌")], id="陳官-traditional"),
]


@pytest.mark.parametrize("text, quotes", SURNAME_AND_FORM_OF_ADDRESS)
def test_a_surname_and_a_form_of_address(text, quotes):
    assert quotes_of(text) == quotes
    assert all(len(p.name) > 2 for p in extract(text).people)


VERB_DIRECTLY_BEFORE_THE_MARKS = [  # with no punctuation between, a verb's quoted object is words said only when it is a clause
    pytest.param("会上，市长林晓东提出“三年行动计划”。", [], id="提出-a-plan's-name"),
    pytest.param("会上，市长林晓东强调“要把每一件民生实事办好”。", [("林晓东", "要把每一件民")], id="near-miss-强调-a-clause"),
    pytest.param("市长林晓东希望运动员们“赛出风格、赛出水平”，再创佳绩。", [("林晓东", "赛出风格、赛")], id="near-miss-a-wish"),
    pytest.param("會上，市長林曉東提出「三年行動計劃」。", [], id="提出-a-plan's-name-traditional"),
    pytest.param("行政長官李嘉明昨日表示會推動經濟復甦，並指「香港的優勢仍在」。", [("李嘉明", "香港的優勢仍")],
                 id="a-clause-with-its-subject-after-指-traditional"),
    pytest.param("市长林晓东表示“我们的优势仍然存在”。", [("林晓东", "我们的优势仍")], id="a-clause-with-its-subject-after-表示"),
    pytest.param("市长林晓东指“十四五”规划已完成，称“智慧城市建设”成效显著。", [], id="near-miss-names-after-verbs-of-speech"),
]


@pytest.mark.parametrize("text, quotes", VERB_DIRECTLY_BEFORE_THE_MARKS)
def test_a_verb_directly_before_the_marks(text, quotes):
    assert quotes_of(text) == quotes


VERBS_AFTER_THE_QUOTE = [  # verbs of answering, explaining and exclaiming close a quote as 说 does
    pytest.param("“这里的变化太大了，我都认不出来了。”村民周桂兰感慨道。", [("周桂兰", "这里的变化太")], id="感慨道"),
    pytest.param("“产品主要销往东南亚，订单已排到明年。”青峰公司总经理林志豪回答。", [("林志豪", "产品主要销往")], id="回答"),
    pytest.param("“产品主要销往东南亚，订单已排到明年。”青峰公司总经理林志豪解释道。", [("林志豪", "产品主要销往")], id="解释道"),
    pytest.param("“青峰智慧农业示范园”负责人林志豪回答了村民的问题。", [], id="near-miss-a-name-before-回答"),
    pytest.param("「這裡的變化太大了，我都認不出來了。」村民周桂蘭感慨道。", [("周桂蘭", "這裡的變化太")], id="感慨道-traditional"),
    pytest.param("研究员胡晓军建议，要加快良种推广，“好品种才有好茶叶”。", [("胡晓军", "好品种才有好")], id="建议-then-a-quoted-clause"),
]


@pytest.mark.parametrize("text, quotes", VERBS_AFTER_THE_QUOTE)
def test_verbs_that_close_a_quote(text, quotes):
    assert quotes_of(text) == quotes


SOMEONE_ELSES_WORDS = [  # X引述Y的话：“…”: the words are Y's; no entry when Y is not named
    pytest.param("议员黄立伟又引述一位老工友的话：「以前靠力气，现在靠脑袋，日子好过多了。」", [], id="an-unnamed-owner"),
    pytest.param("市长林晓东引用青峰大学教授周立新的话说：“城市的竞争归根到底是人才的竞争。”",
                 [("周立新", "城市的竞争归")], id="a-named-owner"),
    pytest.param("议员黄立伟说：「以前靠力气，现在靠脑袋，日子好过多了。」", [("黄立伟", "以前靠力气，")], id="near-miss-his-own-words"),
    pytest.param("議員黃立偉又引述一位老工友的話：「以前靠力氣，現在靠腦袋，日子好過多了。」", [], id="an-unnamed-owner-traditional"),
]


@pytest.mark.parametrize("text, quotes", SOMEONE_ELSES_WORDS)
def test_someone_elses_words(text, quotes):
    assert quotes_of(text) == quotes


OVER_TWO_PARAGRAPHS = [  # a quotation left open at a paragraph's end and opened again on the next is one speaker's, both parts
    pytest.param("总经理吴立峰在会上介绍了公司的计划。\n“今年我们将新建两条生产线，产能将翻一番。\n“明年还将在东南亚设立工厂，开拓海外市场。”",
                 [("吴立峰", "今年我们将新"), ("吴立峰", "明年还将在东")], id="open-then-opened-again"),
    pytest.param("总经理吴立峰说：“今年我们将新建两条生产线，产能将翻一番。”\n“明年还将在东南亚设立工厂，开拓海外市场。”",
                 [("吴立峰", "今年我们将新"), ("吴立峰", "明年还将在东")], id="closed-then-a-paragraph-that-goes-on"),
    pytest.param("总经理吴立峰在会上介绍了公司的计划。\n“今年我们将新建两条生产线，产能将翻一番。\n明年还将在东南亚设立工厂。", [],
                 id="near-miss-left-open"),
    pytest.param("總經理吳立峰在會上介紹了公司的計劃。\n「今年我們將新建兩條生產線，產能將翻一番。\n「明年還將在東南亞設立工廠，開拓海外市場。」",
                 [("吳立峰", "今年我們將新"), ("吳立峰", "明年還將在東")], id="open-then-opened-again-traditional"),
]


@pytest.mark.parametrize("text, quotes", OVER_TWO_PARAGRAPHS)
def test_a_quotation_over_two_paragraphs(text, quotes):
    assert quotes_of(text) == quotes


MORE_VERBS_OF_SAYING = [  # verbs of recalling, admitting, warning, asking and telling introduce and close a quote as 说 does
    pytest.param("“那时候村里连一条像样的路都没有，下雨天根本出不了门。”老支书韩德胜回忆。", [("韩德胜", "那时候村里连")], id="回忆-after"),
    pytest.param("渔民符海清告诉本报记者，“今年的渔获比去年多了两成，价格也不错。”", [("符海清", "今年的渔获比")], id="告诉本报记者-before"),
    pytest.param("“这样的收费标准并不合理，必须尽快调整。”市议员龚立华批评。", [("龚立华", "这样的收费标")], id="批评-after"),
    pytest.param("市议员龚立华表示，将全力推动“放心消费示范街”建设。", [], id="near-miss-a-name-after-a-verb"),
    pytest.param("「那時候村裡連一條像樣的路都沒有，下雨天根本出不了門。」老支書韓德勝憶述。", [("韓德勝", "那時候村裡連")], id="憶述-after-traditional"),
    pytest.param("「這樣的收費標準並不合理，必須盡快調整。」市議員龔立華質疑。", [("龔立華", "這樣的收費標")], id="質疑-after-traditional"),
]


@pytest.mark.parametrize("text, quotes", MORE_VERBS_OF_SAYING)
def test_more_verbs_of_saying(text, quotes):
    assert quotes_of(text) == quotes


ONE_CHARACTER_VERB_BEFORE_A_FULL_STOP = [  # 指, 问 close a quote where a full stop follows them (Hong Kong's 「…」X指。)
    pytest.param("運輸及物流局局長麥嘉倫昨日出席論壇。「新鐵路預計明年底通車，屆時往返只需四十分鐘。」麥嘉倫指。",
                 [("麥嘉倫", "新鐵路預計明")], id="指-then-a-full-stop"),
    pytest.param("「新鐵路預計明年底通車，屆時往返只需四十分鐘。」麥嘉倫指出。", [("麥嘉倫", "新鐵路預計明")], id="指出"),
    pytest.param("運輸及物流局局長麥嘉倫昨日出席論壇，並以手指向地圖。", [], id="near-miss-指-not-before-punctuation"),
    pytest.param("“今年的年货为什么卖得这么好？”东湖商会会长覃志远问。", [("覃志远", "今年的年货为")], id="问"),
]


@pytest.mark.parametrize("text, quotes", ONE_CHARACTER_VERB_BEFORE_A_FULL_STOP)
def test_a_one_character_verb_before_a_full_stop(text, quotes):
    assert quotes_of(text) == quotes
    assert all(not p.name.endswith(("指", "问")) for p in extract(text).people)


QUESTION_THEN_ANSWER = [  # “…？”X告诉他：“…”: X answers the question; the question is someone else's words
    pytest.param("县长覃立新来到村里。“今年的收成怎么样？大家满意吗？”村民韦桂英告诉他：“每亩多收了两百斤，价格也不错。”",
                 [("韦桂英", "每亩多收了两")], id="answer-after-a-question"),
    pytest.param("“今年的收成比去年好多了，”种粮大户赵德明说：“每亩多收了两百斤，价格也不错。”",
                 [("赵德明", "今年的收成比"), ("赵德明", "每亩多收了两")], id="near-miss-no-question"),
    pytest.param("縣長覃立新來到村裡。「今年的收成怎麼樣？大家滿意嗎？」村民韋桂英告訴他：「每畝多收了兩百斤，價格也不錯。」",
                 [("韋桂英", "每畝多收了兩")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", QUESTION_THEN_ANSWER)
def test_a_question_then_its_answer(text, quotes):
    assert quotes_of(text) == quotes


NESTED_WORDS_OF_SOMEONE_ELSE = [  # ‘…’ inside “…” after a verb of saying is the words of whoever says them inside the quote
    pytest.param("钳工严国庆说：“我师父当年常说‘干一行就要爱一行，做一行就要精一行’，这句话我记了一辈子。”",
                 [("严国庆", "我师父当年常")], id="an-unnamed-master's-words"),
    pytest.param("钳工严国庆说：“我的师父黄德兴当年常说‘干一行就要爱一行，做一行就要精一行’，这句话我记了一辈子。”",
                 [("严国庆", "我的师父黄德"), ("黄德兴", "干一行就要爱")], id="a-named-master's-words"),
    pytest.param("钳工严国庆说：“我常跟徒弟们说‘干一行就要爱一行，做一行就要精一行’，这句话我记了一辈子。”",
                 [("严国庆", "我常跟徒弟们"), ("严国庆", "干一行就要爱")], id="near-miss-his-own-words"),
    pytest.param("鉗工嚴國慶說：「師父當年常說『幹一行就要愛一行，做一行就要精一行』，這句話我記了一輩子。」",
                 [("嚴國慶", "師父當年常說")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", NESTED_WORDS_OF_SOMEONE_ELSE)
def test_nested_words_of_someone_else(text, quotes):
    assert quotes_of(text) == quotes


SPEAKER_SENTENCES_BACK = [  # the last speaker of the paragraph, when the sentences between name no one
    pytest.param("青溪区区长滕文涛在会上作报告。滕文涛表示，今年全区经济稳中向好。上半年，全区生产总值增长百分之六。"
                 "“下半年我们要抓好项目建设，确保完成全年目标。”", [("滕文涛", "下半年我们要")], id="a-sentence-of-figures-between"),
    pytest.param("青溪区区长滕文涛在会上作报告。滕文涛表示，今年全区经济稳中向好。副区长吕志华分管的工业增长较快。"
                 "“下半年我们要抓好项目建设，确保完成全年目标。”", [], id="near-miss-someone-else-named-between"),
    pytest.param("青溪區區長滕文濤在會上作報告。滕文濤表示，今年全區經濟穩中向好。上半年，全區生產總值增長百分之六。"
                 "「下半年我們要抓好項目建設，確保完成全年目標。」", [("滕文濤", "下半年我們要")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_SENTENCES_BACK)
def test_the_speaker_some_sentences_back(text, quotes):
    assert quotes_of(text) == quotes


PRONOUN_AFTER_TWO_JOINED_PEOPLE = [  # 他 after 市长A与副市长B could be either: no speaker is guessed
    pytest.param("市长温立新与副市长龙思远出席开工仪式。“这个项目总投资达五十亿元，是我市今年最大的工业项目。”他说。",
                 [], id="A与B-then-他说"),
    pytest.param("副市长龙思远出席开工仪式。“这个项目总投资达五十亿元，是我市今年最大的工业项目。”他补充说。",
                 [("龙思远", "这个项目总投")], id="near-miss-one-person"),
    pytest.param("市長溫立新與副市長龍思遠出席開工儀式。他說：「這個項目總投資達五十億元，是本市今年最大的工業項目。」",
                 [], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", PRONOUN_AFTER_TWO_JOINED_PEOPLE)
def test_a_pronoun_after_two_joined_people(text, quotes):
    assert quotes_of(text) == quotes


PRESS_STATEMENTS = [  # a press statement (文告, 新闻稿) is a document: words quoted from it are no one's speech
    pytest.param("人力部长严立明在文告中说：“政府将继续支持受影响的员工，帮助他们转型。”", [], id="文告"),
    pytest.param("人力部长严立明在记者会上说：“政府将继续支持受影响的员工，帮助他们转型。”", [("严立明", "政府将继续支")],
                 id="near-miss-a-news-conference"),
    pytest.param("人力部長嚴立明在文告中說：「政府將繼續支持受影響的員工，幫助他們轉型。」", [], id="traditional"),
    pytest.param("省统计局局长熊立新在解读公报时表示：“全省经济顶住了压力，新动能加快成长。”", [("熊立新", "全省经济顶住")],
                 id="a-document-explained-is-what-the-words-are-about"),
    pytest.param("統計處處長林美華在介紹報告時說：「今年經濟增長可望加快，就業亦會改善。」", [("林美華", "今年經濟增長")],
                 id="a-document-introduced-is-what-the-words-are-about-traditional"),
    pytest.param("公报指出：“全省经济顶住了压力，新动能加快成长。”", [], id="near-miss-the-document-speaks"),
]


@pytest.mark.parametrize("text, quotes", [
    pytest.param("商会会长黄立德认为，预算案“在照顾民生与吸引投资之间取得了平衡”，但他促请州政府加快审批程序。",
                 [("黄立德", "在照顾民生与")], id="a-clause-quoted-then-the-speaker-goes-on"),
    pytest.param("議員高家樂認為，活動應與商戶轉型掛鈎，「不能每年都只靠派錢刺激消費」，他並估計仍有商戶未用電子收款。",
                 [("高家樂", "不能每年都只")], id="a-clause-quoted-then-the-speaker-goes-on-traditional"),
    pytest.param("会长黄立德出席了会议。“我们明年还要再接再厉。”他表示明年会更好。", [("黄立德", "我们明年还要")],
                 id="near-miss-a-pronoun-tag-after-the-words"),
])
def test_a_pronoun_clause_after_quoted_words_goes_on_about_the_speaker(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", PRESS_STATEMENTS)
def test_a_press_statement_is_a_document(text, quotes):
    assert quotes_of(text) == quotes


QUESTION_AFTER_A_CONVERSATION = [  # X与Y拉家常。“…？”: the question is asked by the one person who talks with someone
    pytest.param("在青溪镇，副县长莫立群走进农家乐，与经营户拉家常。“一天能接待多少客人？房间住得满吗？”",
                 [("莫立群", "一天能接待多")], id="拉家常-then-a-question"),
    pytest.param("在青溪镇，副县长莫立群走进农家乐，与经营户拉家常。“一天能接待三百多位客人，房间天天住满。”",
                 [], id="near-miss-not-a-question"),
    pytest.param("在青溪鎮，副縣長莫立群走進農家樂，與經營戶交談。「一天能接待多少客人？房間住得滿嗎？」",
                 [("莫立群", "一天能接待多")], id="traditional-交談"),
]


@pytest.mark.parametrize("text, quotes", QUESTION_AFTER_A_CONVERSATION)
def test_a_question_after_a_conversation(text, quotes):
    assert quotes_of(text) == quotes


THIS_ONE_REFERS_BACK = [  # 这位 and a description before a verb of speech: the person named last, as 他 would be
    pytest.param("今年68岁的覃秀英是村里的老党员。这位老人笑着说：“现在日子好过了，家家户户都住上了新房。”",
                 [("覃秀英", "现在日子好过")], id="这位老人"),
    pytest.param("村支书蒙德福带我们走进果园。这位90后村支书表示：“今年脐橙每斤能卖到五块钱，比去年高了一块。”",
                 [("蒙德福", "今年脐橙每斤")], id="这位90后村支书"),
    pytest.param("村支书蒙德福带我们走进果园，一位游客也跟了进来。这位游客说：“今年脐橙每斤能卖到五块钱，比去年高了一块。”",
                 [], id="near-miss-someone-unnamed-introduced-between"),
    pytest.param("今年68歲的覃秀英是村裡的老黨員。這位老人笑著說：「現在日子好過了，家家戶戶都住上了新房。」",
                 [("覃秀英", "現在日子好過")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", THIS_ONE_REFERS_BACK)
def test_this_one_refers_back(text, quotes):
    assert quotes_of(text) == quotes


SHORT_WORDS_CUT_BY_THE_SPEAKER = [  # “下半年，”X说，“…”: the words before X说 end in a comma inside the marks, however short
    pytest.param("“下半年，”滕文涛说，“我们要抓好项目建设，确保完成全年目标。”", [("滕文涛", "下半年，"), ("滕文涛", "我们要抓好项")],
                 id="short-first-part"),
    pytest.param("“青溪智谷”，滕文涛说，是全区的重点项目。", [], id="near-miss-a-name-with-the-comma-outside"),
    pytest.param("「下半年，」滕文濤說，「我們要抓好項目建設，確保完成全年目標。」", [("滕文濤", "下半年，"), ("滕文濤", "我們要抓好項")],
                 id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SHORT_WORDS_CUT_BY_THE_SPEAKER)
def test_short_words_cut_by_the_speaker(text, quotes):
    assert quotes_of(text) == quotes


LOOKING_BACK_AND_AHEAD = [  # 回顾, 展望, 分享 and 谈起 are verbs of saying: the next paragraph's quote is the speaker's
    pytest.param("董事长郑海燕在年会上回顾了一年来的工作。\n“这一年我们经历了很多困难，但团队没有放弃。\n“新的一年，我们要把创新放在更加突出的位置。”",
                 [("郑海燕", "这一年我们经"), ("郑海燕", "新的一年，我")], id="回顾"),
    pytest.param("董事長鄭海燕在年會上回顧了一年來的工作。\n「這一年我們經歷了很多困難，但團隊沒有放棄。\n「新的一年，我們要把創新放在更加突出的位置。」",
                 [("鄭海燕", "這一年我們經"), ("鄭海燕", "新的一年，我")], id="回顾-traditional"),
    pytest.param("董事长郑海燕在年会上看望了员工。\n“这一年我们经历了很多困难，但团队没有放弃。\n“新的一年，我们要把创新放在更加突出的位置。”",
                 [], id="near-miss-no-verb-of-saying"),
    pytest.param("回顾“十三五”，董事长郑海燕说成绩来之不易。", [], id="near-miss-a-quoted-term-after-回顾"),
]


@pytest.mark.parametrize("text, quotes", LOOKING_BACK_AND_AHEAD)
def test_looking_back_and_ahead(text, quotes):
    assert quotes_of(text) == quotes


SHORT_SENTENCES_SAID = [  # a sentence attributed by a verb of saying right after it, or by one and punctuation before it, however short
    pytest.param("“我们会继续支持。”王振华在会后接受采访时表示。", [("王振华", "我们会继续支")], id="after"),
    pytest.param("「我們會繼續支持。」王振華在會後接受採訪時表示。", [("王振華", "我們會繼續支")], id="after-traditional"),
    pytest.param("“不会。”李明回答。", [("李明", "不会。")], id="one-word-answer"),
    pytest.param("王振华坦言，“压力很大”。", [("王振华", "压力很大")], id="comma-before"),
    pytest.param("王振華坦言，「壓力很大」。", [("王振華", "壓力很大")], id="comma-before-traditional"),
    pytest.param("王振华表示，“一带一路”。", [], id="near-miss-a-quoted-name-says-nothing"),
    pytest.param("王振华坦言，“压力很大”，但会坚持。", [], id="near-miss-short-words-inside-a-sentence"),
]


@pytest.mark.parametrize("text, quotes", SHORT_SENTENCES_SAID)
def test_short_sentences_said(text, quotes):
    assert quotes_of(text) == quotes


SPEAKER_IN_THE_SECOND_CLAUSE_AFTER = [  # a clause after the quote that names no one hands over to the next one
    pytest.param("“这次合作是双赢。”谈及签约意义，集团董事长王振华如是说。", [("王振华", "这次合作是双")], id="topic-clause"),
    pytest.param("「這次合作是雙贏。」談及簽約意義，集團董事長王振華如是說。", [("王振華", "這次合作是雙")], id="topic-clause-traditional"),
    pytest.param("“游客越来越多了。”看着熙熙攘攘的人群，店主陈小梅笑着说。", [("陈小梅", "游客越来越多")], id="scene-clause"),
    pytest.param("“为什么选择这里？”面对记者的提问，总经理陈志国笑着说：“因为这里的营商环境好。”", [("陈志国", "因为这里的营")],
                 id="near-miss-the-clause-opens-the-next-quote"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_IN_THE_SECOND_CLAUSE_AFTER)
def test_speaker_in_the_second_clause_after(text, quotes):
    assert quotes_of(text) == quotes


CUT_OFF_AT_THE_END = [  # an article that ends inside a quote: the quote counts with the speaker of its sentence
    pytest.param("巴西企业家协会会长马可·桑托斯表示，葡语国家有逾二亿人，“这是一个很大的市场，但需要澳门做翻译员",
                 [("马可·桑托斯", "这是一个很大")], id="cut-off"),
    pytest.param("巴西企業家協會會長馬可·桑托斯表示，葡語國家有逾二億人，「這是一個很大的市場，但需要澳門做翻譯員",
                 [("馬可·桑托斯", "這是一個很大")], id="cut-off-traditional"),
    pytest.param("巴西企业家协会会长马可·桑托斯出席论坛，葡语国家有逾二亿人，“这是一个很大的市场，但需要澳门做翻译员", [],
                 id="near-miss-no-verb-of-saying"),
]


@pytest.mark.parametrize("text, quotes", CUT_OFF_AT_THE_END)
def test_cut_off_at_the_end(text, quotes):
    assert quotes_of(text) == quotes


NOUN_PHRASES_AND_CLAUSES_AFTER_A_COMMA = [  # quoted words closing a sentence of reported speech: a name or term as an object
    # (ends in a noun, or is counted by a measure word) is no quote; a clause set off by a comma is the speaker's
    pytest.param("市长韦建华表示，全市要加快建设“国际消费中心城市”。", [], id="an-object-ending-in-a-noun"),
    pytest.param("市長韋建華表示，全市要加快建設「國際消費中心城市」。", [], id="an-object-ending-in-a-noun-traditional"),
    pytest.param("市长韦建华说，这是一次“具有里程碑意义的会议”。", [], id="counted-by-a-measure-word"),
    pytest.param("市长韦建华强调，各级干部要转变作风，“少说多做”。", [("韦建华", "少说多做")], id="a-short-clause-after-a-comma"),
    pytest.param("台北市長韋建華今天受訪時表示，市府會全力協助受災戶，「一個都不能少」。", [("韋建華", "一個都不能少")],
                 id="a-clause-after-a-comma-taiwan"),
    pytest.param("局長黃麗娟表示，要打造「一刻鐘便民生活圈」。", [], id="an-object-ending-in-a-noun-hk"),
    pytest.param("市长韦建华表示，政府将“坚决守住不发生系统性风险的底线”。", [("韦建华", "坚决守住不发")], id="near-miss-a-clause-object"),
    pytest.param("教授王林说，污染面积和频次“都在明显下降”，但负荷依然较重。", [("王林", "都在明显下降")],
                 id="a-noun-ending-in-a-measure-character-counts-nothing"),
    pytest.param("教授王林說，污染面積和頻次「都在明顯下降」，但負荷依然較重。", [("王林", "都在明顯下降")],
                 id="a-noun-ending-in-a-measure-character-counts-nothing-trad"),
]


@pytest.mark.parametrize("text, quotes", NOUN_PHRASES_AND_CLAUSES_AFTER_A_COMMA)
def test_noun_phrases_and_clauses_after_a_comma(text, quotes):
    assert quotes_of(text) == quotes


A_POSSESSOR_IS_NO_SPEAKER = [  # X的妻子说, “…”X的儿子表示: someone of X's speaks, not X; named, that one speaks
    pytest.param("冠军选手韩志伟的母亲说：“他每天都训练到很晚。”", [], id="X的母亲说-before"),
    pytest.param("“他每天都訓練到很晚。”冠軍選手韓志偉的母親說。", [], id="X的母親說-after-traditional"),
    pytest.param("“这家店开了三十年。”店主陈立的儿子表示。", [], id="X的儿子表示-after"),
    pytest.param("“他每天都训练到很晚。”韩志伟的母亲李秀梅说。", [("李秀梅", "他每天都训练")], id="near-miss-the-one-of-X-named"),
    pytest.param("韩志伟的母亲李秀梅说：“他每天都训练到很晚。”", [("李秀梅", "他每天都训练")], id="near-miss-named-before"),
    pytest.param("主教练许国栋出席发布会。许国栋的助手表示，球队状态不错。“我们还要继续努力。”", [],
                 id="X的助手表示-the-sentence-before"),
]


@pytest.mark.parametrize("text, quotes", A_POSSESSOR_IS_NO_SPEAKER)
def test_a_possessor_is_no_speaker(text, quotes):
    assert quotes_of(text) == quotes


LETTERS_SENT = [  # 去信/致函 X，要求：「…」: the words are a letter's, a document's, not speech
    pytest.param("議員陳志明去信當局，要求：「盡快公開調查報告，向公眾交代。」", [], id="去信-hk"),
    pytest.param("议员陈志明致函市政府，要求：“尽快公开调查报告，向公众交代。”", [], id="致函"),
    pytest.param("議員陳志明昨日見記者時要求：「盡快公開調查報告，向公眾交代。」", [("陳志明", "盡快公開調查")], id="near-miss-said-to-the-press"),
]


@pytest.mark.parametrize("text, quotes", LETTERS_SENT)
def test_letters_sent(text, quotes):
    assert quotes_of(text) == quotes


SET_AGAINST = [  # “…”Y则说，…: Y's own words set against what came before; the quote stays the first speaker's
    pytest.param("副市長李國華致詞表示，書展已邁入第十年，「閱讀讓城市更有溫度。」評審主席何淑貞則說，今年參展作品題材多元。",
                 [("李國華", "閱讀讓城市更")], id="trad-set-against-after-the-quote"),
    pytest.param("局长陈立表示，今年将加大投入。“我们有信心完成任务。”副局长黄涛则表示，要抓好落实。",
                 [("陈立", "我们有信心完")], id="set-against-after-a-sentence-of-its-own"),
    pytest.param("“我们的目标是保级。”东江队主教练严立军说。“我们要争取进入前四。”北湖队主教练骆志明则表示。",
                 [("严立军", "我们的目标是"), ("骆志明", "我们要争取进")], id="near-miss-则-closing-the-sentence"),
]


@pytest.mark.parametrize("text, quotes", SET_AGAINST)
def test_words_set_against_a_quote_name_no_speaker_for_it(text, quotes):
    assert quotes_of(text) == quotes


REPORTED_THEN_QUOTED = [  # X说/预估，…，“…”: the quote goes on X's reported words
    pytest.param("部长沈伟明接受本报询问时说，政府将在年底前修订《网络安全法》，“让警方能更快冻结可疑户头。”",
                 [("沈伟明", "让警方能更快")], id="a-document-named-inside-the-reported-words"),
    pytest.param("董事長林志遠表示：「今年訂單能見度已到第三季。」他預估今年營收可望成長兩成以上，「新平台會在下半年放量。」",
                 [("林志遠", "今年訂單能見"), ("林志遠", "新平台會在下")], id="trad-a-verb-of-forecasting"),
    pytest.param("议员张丽提出的议案要求政府“在五年内增加一万个资助宿位”。",
                 [], id="near-miss-a-document-the-verb-describes"),
]


@pytest.mark.parametrize("text, quotes", REPORTED_THEN_QUOTED)
def test_a_quote_after_reported_words_is_the_reporters(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("加州大學化學系教授馬克·韓德森(Mark Henderson)評論,這項成果「是固態電池走出實驗室的重要一步」,但成本仍高。",
                 [("馬克·韓德森", "是固態電池走")], id="trad-an-english-name-in-brackets-before-the-verb"),
    pytest.param("诺贝尔奖得主、物理学家约翰·史密斯（John Smith）指出：“这一发现将改写教科书。”",
                 [("约翰·史密斯", "这一发现将改")], id="an-english-name-in-full-width-brackets"),
    pytest.param("公司（下称「澄脈」）表示，將擴大生產。", [], id="near-miss-a-bracket-after-no-person"),
])
def test_a_name_in_its_own_script_stands_between_the_speaker_and_the_verb(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("教授韓德森評論，這項成果「是固態電池走出實驗室的重要一步」，但量產成本仍是挑戰，目前每千瓦時成本估計在300美元以上。",
                 [("韓德森", "是固態電池走")], id="trad-a-thing-that-is-estimated-two-clauses-on"),
    pytest.param("局长李明表示，新线“将大大缩短通勤时间”，不过工程造价较高，总投资预计超过百亿元。",
                 [("李明", "将大大缩短通")], id="a-sum-that-is-forecast-two-clauses-on"),
    pytest.param("“我们会坚持下去。”谈及未来，李明如是说。", [("李明", "我们会坚持下")], id="near-miss-the-speaker-two-clauses-on"),
])
def test_a_later_clause_about_a_thing_tags_no_quote(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("新西兰外长皮特森（Wayne Peterson）昨日抵达北京访问。他在记者会上说：“两国在农业领域的合作还有很大空间。”",
                 [("皮特森", "两国在农业领")], id="他-after-a-name-with-its-original-in-brackets"),
    pytest.param("獲獎的拉曼博士（Arjun Raman）說：「這項研究讓電池壽命延長了一倍。」",
                 [("拉曼", "這項研究讓電")], id="trad-a-title-between-the-name-and-its-original"),
    pytest.param("会上，研究员李明和外籍专家（David Moore）交流。李明说：“合作让我们受益良多。”",
                 [("李明", "合作让我们受")], id="near-miss-a-bracket-after-a-word-that-is-no-name"),
])
def test_a_name_in_its_own_script_after_a_person_is_that_person(text, quotes):
    assert [(s, t[: len(quotes[i][1])]) for i, (s, t) in enumerate(quotes_of(text))] == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("检察官周立新在庭上形容被告“毫无悔意，一再狡辩”，并请求法庭从重判处。",
                 [("周立新", "毫无悔意，一")], id="并-after-a-quoted-clause-carries-on-the-speaker"),
    pytest.param("署長陳家明強調，當局對違規食肆「絕不手軟，發現即檢控」，並呼籲市民舉報。",
                 [("陳家明", "絕不手軟，發")], id="trad-並呼籲-after-a-quoted-clause"),
    pytest.param("“今年的目标一定能完成，”局长王建平说，并同时表示将加大投入。",
                 [("王建平", "今年的目标一")], id="near-miss-a-tag-before-并"),
])
def test_a_clause_opened_by_并_after_the_words_names_no_speaker(text, quotes):
    assert [(s, t[: len(quotes[i][1])]) for i, (s, t) in enumerate(quotes_of(text))] == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("卫生部长叶志明今天主持防疫汇报会，宣布新的入境措施。“从下周起，入境旅客无须再做检测。”",
                 [("叶志明", "从下周起，入")], id="the-subject-of-a-sentence-whose-later-clause-announces"),
    pytest.param("保安局局長鄧志偉昨日巡視口岸，並表示會增派人手。「節日期間的人流會比平日多三成。」",
                 [("鄧志偉", "節日期間的人")], id="trad-並表示-in-a-later-clause"),
    pytest.param("卫生部长叶志明今天主持防疫汇报会，会后与记者合影。“从下周起，入境旅客无须再做检测。”",
                 [], id="near-miss-no-verb-of-speech-in-the-sentence-before"),
    pytest.param("市长郑立出席仪式，副市长王明宣布工程开工。“这条路明年通车。”",
                 [("王明", "这条路明年通")], id="near-miss-two-people-the-one-who-speaks"),
])
def test_the_subject_of_the_sentence_before_speaks_in_a_later_clause(text, quotes):
    assert [(s, t[: len(quotes[i][1])]) for i, (s, t) in enumerate(quotes_of(text))] == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("此案由法官周慧玲审理。主审法官宣判时说：“被告人的行为严重扰乱了市场秩序。”",
                 [("周慧玲", "被告人的行为")], id="主审法官-the-judge-just-named"),
    pytest.param("案件由裁判官馮家強審理。主理裁判官判刑時說：「被告毫無悔意，必須判處監禁。」",
                 [("馮家強", "被告毫無悔意")], id="trad-主理裁判官-the-magistrate-just-named"),
    pytest.param("此案由法官周慧玲审理。主审律师说：“我们会提出上诉。”", [], id="near-miss-a-post-no-one-named-holds"),
])
def test_a_post_after_a_word_for_the_one_presiding_is_the_holder_just_named(text, quotes):
    assert [(s, t[: len(quotes[i][1])]) for i, (s, t) in enumerate(quotes_of(text))] == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("董事经理颜志明从部长黄伟强手中接过奖座。他受访时说：“这个奖属于全体员工。”", [("颜志明", "这个奖属于全")],
                 id="the-object-of-从-before-he"),
    pytest.param("局長王強向市長李明匯報工作。他說：「我們會做好。」", [("王強", "我們會做好。")], id="trad-the-object-of-向-with-a-title"),
    pytest.param("市长李明会见了王强。随后，王强说：“欢迎合作。”", [("王强", "欢迎合作。")], id="near-miss-the-speaker-named-again"),
])
def test_he_is_the_subject_not_the_object_of_a_preposition(text, quotes):
    assert quotes_of(text) == quotes


@pytest.mark.parametrize("text, quotes", [
    pytest.param("“外贸企业的积极性明显提高，四季度有望延续向好态势。”南昌海关统计分析处处长温立志说。",
                 [("温立志", "外贸企业的积极性")], id="a-verb-of-speech-inside-the-title-after-the-words"),
    pytest.param("「旅客人數回升。」澳門統計暨普查局統計分析處處長黃志文表示。", [("黃志文", "旅客人數回升")],
                 id="trad-a-verb-of-speech-inside-the-title-after-the-words"),
    pytest.param("“外贸企业积极性提高。”海关处长温立志说。", [("温立志", "外贸企业积极性")], id="near-miss-a-short-title"),
])
def test_a_verb_of_speech_inside_a_title_after_the_words_is_no_tag(text, quotes):
    found = [(q.speaker, q.text) for q in extract(text).quotes]
    assert [(s, t[: len(quotes[i][1])]) for i, (s, t) in enumerate(found)] == quotes
