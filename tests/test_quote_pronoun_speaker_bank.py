"""A bank of quotes attributed by a pronoun (他说, 她說, 他表示, 她指出, 他強調, before or after the words, 他续说, 她补充),
written for these tests before the extractor was run on them: Simplified and Traditional, mainland, Hong Kong, Macau,
Taiwan, Singapore, Malaysia, on passages of two to four paragraphs separated by blank lines.

The pronoun means the person the paragraph (or the one before) is about, the subject of the last verb of speech or the
topic opening a sentence, not the last name written:

- a name inside reported content (X说，…。他说，Y也表示…; X引述Y的话);
- a name in object position (他感谢Y…, 她与Y会面, X会见了Y, 他向Y汇报);
- a pronoun across a caption or credit line;
- a second speaker introduced as the subject of the previous paragraph: then the pronoun IS that new person.

Near misses: a new speaker named after the words (“…”Y说。), words with no pronoun and no speaker (unattributed, as the
code leaves them), and 他们/她们 (plural: no speaker).

Rows are (id, passage, [(speaker, the opening words of the quote)])."""
import pytest

from tests.helpers import check_bank_coverage, opening, quotes_of, strict_case

# One cast per region and variant: the subject A (title, name, pronoun), another person B named inside A's words or as
# A's object, a third C who speaks of their own, the setting, what is said (reported), and the quoted words.
CASTS = {
    "cn1": dict(trad=False, ta="市长", a="王建国", p="他", tb="副省长", b="刘海峰", tc="区长", c="孙立平",
                place="在调研时", said="全市将加快推进旧城改造", said2="改造资金已经落实", thing="旧城改造",
                q="今年内要完成三个片区的征收工作，确保群众满意。", q2="我们不会让群众的利益受到任何损失。"),
    "cn2": dict(trad=False, ta="院长", a="陈雅琴", p="她", tb="教授", b="赵明远", tc="主任医师", c="钱立群",
                place="在发布会上", said="医院将新建一座儿童住院大楼", said2="儿科床位仍然紧张", thing="科研",
                q="新大楼建成后，儿科床位将增加一倍。", q2="我们希望让每个孩子都能及时得到治疗。"),
    "hk1": dict(trad=True, ta="局長", a="陳美玲", p="她", tb="主席", b="黃志明", tc="議員", c="梁家傑",
                place="出席活動時", said="特區政府會加強支援長者", said2="安老服務需求持續上升", thing="社福",
                q="我們會在年底前推出新一輪資助計劃。", q2="長者的需要，政府一定會放在首位。"),
    "hk2": dict(trad=True, ta="署長", a="何志強", p="他", tb="行政長官", b="李德明", tc="總監", c="鄭國華",
                place="在記者會上", said="運輸署將檢討巴士路線", said2="新界西的交通壓力很大", thing="交通",
                q="新路線會在明年第一季全面實施。", q2="我們會聽取區議會和市民的意見。"),
    "tw1": dict(trad=True, ta="院長", a="卓國明", p="他", tb="部長", b="邱泰安", tc="委員", c="林淑芬",
                place="在立法院備詢時", said="政府將推動長照3.0", said2="長照經費仍然不足", thing="長照",
                q="我們會在明年編列足夠預算，請民眾放心。", q2="長照是國家的責任，不能只靠家庭。"),
    "tw2": dict(trad=True, ta="市長", a="蔡麗華", p="她", tb="局長", b="張建成", tc="議員", c="王鴻志",
                place="在市政會議上", said="市府將增設十座公共托嬰中心", said2="托育名額供不應求", thing="托育",
                q="年輕家長的負擔，市府一定會分擔。", q2="明年底前，每個行政區都會有托嬰中心。"),
    "mo1": dict(trad=True, ta="局長", a="戴建業", p="他", tb="行政長官", b="岑浩輝", tc="議員", c="何潤生",
                place="在新聞發佈會上", said="今年中小企援助計劃反應熱烈", said2="要支援本地企業", thing="經濟",
                q="我們會繼續優化審批流程，縮短等候時間。", q2="中小企是本澳經濟的重要支柱。"),
    "mo2": dict(trad=True, ta="司長", a="歐陽瑜", p="她", tb="局長", b="文綺華", tc="主席", c="梁華明",
                place="在立法會上", said="特區政府將加大旅遊推廣力度", said2="旅客人數已恢復至疫情前九成", thing="旅遊",
                q="我們的目標是讓旅客留得更久、消費更多。", q2="旅遊業的復甦需要社會各界共同努力。"),
    "sg1": dict(trad=False, ta="部长", a="黄永宏", p="他", tb="总理", b="李显扬", tc="议员", c="陈国明",
                place="在国会辩论时", said="政府将推出新的雇佣措施", said2="本地员工的就业机会必须得到保障", thing="就业",
                q="我们会在下个月公布详情，请雇主留意。", q2="每一个国人都应该有公平的就业机会。"),
    "sg2": dict(trad=False, ta="部长", a="杨莉明", p="她", tb="主席", b="吴志坚", tc="总裁", c="林振华",
                place="在对话会上", said="政府会加强对年长员工的支持", said2="年长员工的再培训很重要", thing="培训",
                q="年长员工的经验是宝贵的财富。", q2="我们鼓励雇主为年长员工提供弹性工作安排。"),
    "my1": dict(trad=False, ta="部长", a="林志强", p="他", tb="首相", b="安华", tc="州议员", c="郑文杰",
                place="在交流会后受访时", said="他将把华社的诉求带到内阁讨论", said2="政府愿意聆听华社的意见", thing="华教",
                q="我不会给空头支票，但我可以保证这个课题会被认真讨论。", q2="华社的声音，政府一定会听到。"),
    "my2": dict(trad=False, ta="州议员", a="黄丽萍", p="她", tb="州行政议员", b="陈国荣", tc="区长", c="李文辉",
                place="在汇报会上", said="州政府应关注居民的诉求", said2="会尽快解决淹水问题", thing="排水",
                q="我会继续跟进此事，直到问题完全解决为止。", q2="居民已经等了五年，不能再等了。"),
}
SIMPLE = {"say": "说", "also": "也表示", "stress": "强调", "point": "指出", "thank": "感谢", "support": "的支持",
          "quote_of": "引述", "words": "的话说", "meet": "会见了", "report": "汇报", "to": "向", "with": "与", "met": "会面",
          "then": "随后", "intro": "介绍了", "situation": "情况", "caption": "图为活动现场。（记者　周文　摄）",
          "other": "会议还讨论了其他议题，气氛热烈。", "and": "和", "attend": "出席了活动", "they": "们", "go_on": "续说",
          "add": "补充", "said_colon": "说：", "agree": "也认同这个方向", "topic_open": "对于", "after_meet": "会面后表示",
          "nobody": "会议讨论了多项议题，并通过了年度计划。", "plan": "将在下月公布详细方案"}
TRAD = {"say": "說", "also": "也表示", "stress": "強調", "point": "指出", "thank": "感謝", "support": "的支持",
        "quote_of": "引述", "words": "的話說", "meet": "會見了", "report": "匯報", "to": "向", "with": "與", "met": "會面",
        "then": "隨後", "intro": "介紹了", "situation": "情況", "caption": "圖為活動現場。（記者　周文　攝）",
        "other": "會議還討論了其他議題，氣氛熱烈。", "and": "和", "attend": "出席了活動", "they": "們", "go_on": "續說",
        "add": "補充", "said_colon": "說：", "agree": "也認同這個方向", "topic_open": "對於", "after_meet": "會面後表示",
        "nobody": "會議討論了多項議題，並通過了年度計劃。", "plan": "將在下月公布詳細方案"}


def _open(c: dict) -> tuple[str, str]:
    return ("「", "」") if c["trad"] else ("“", "”")


def _w(c: dict) -> dict:
    return {**(TRAD if c["trad"] else SIMPLE), **c}


# Each frame: (id stem, passage builder, expected speaker key or None for no quote)
def reported_after(c):  # X说，…。他说，Y也表示…。\n\n“…”他说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}{w['say']}，{w['said']}。{w['p']}{w['say']}，{w['tb']}{w['b']}早前{w['also']}"
            f"{w['said2']}。\n\n{o}{w['q']}{e}{w['p']}{w['say']}。")


def reported_before_colon(c):  # X表示，…。他指出，Y也表示…。\n\n他强调：“…” -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}{w['point']}，{w['tb']}{w['b']}日前{w['also']}"
            f"{w['said2']}。\n\n{w['p']}{w['stress']}：{o}{w['q']}{e}")


def reported_same_paragraph(c):  # X说，Y也认同…。“…”他说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}{w['say']}，{w['tb']}{w['b']}{w['agree']}。"
            f"{o}{w['q']}{e}{w['p']}{w['say']}。")


def quoting_words_of(c):  # X介绍…。他引述Y的话说，…。\n\n他说：“…” -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}{w['quote_of']}{w['tb']}{w['b']}{w['words']}，"
            f"{w['said2']}。\n\n{w['p']}{w['said_colon']}{o}{w['q']}{e}")


def thanks_object(c):  # X表示…。他感谢Y对…的支持。\n\n“…”他说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}{w['thank']}{w['tb']}{w['b']}對{w['thing']}工作{w['support']}。"
            if c["trad"] else
            f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}{w['thank']}{w['tb']}{w['b']}对{w['thing']}工作{w['support']}。") \
        + f"\n\n{o}{w['q']}{e}{w['p']}{w['say']}。"


def meets_object(c):  # X表示…。她日前与Y会面，…。\n\n“…”她说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}日前{w['with']}{w['tb']}{w['b']}{w['met']}，"
            f"{'雙方交換了意見。' if c['trad'] else '双方交换了意见。'}\n\n{o}{w['q']}{e}{w['p']}{w['say']}。")


def received_object(c):  # X昨天会见了Y。…。\n\n他表示：“…” -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}昨天{w['meet']}{w['tb']}{w['b']}，雙方就{w['thing']}合作交換了意見。"
            if c["trad"] else
            f"{w['ta']}{w['a']}昨天{w['meet']}{w['tb']}{w['b']}，双方就{w['thing']}合作交换了意见。") \
        + f"\n\n{w['p']}表示：{o}{w['q']}{e}"


def reported_to_object(c):  # X说，…。他已向Y汇报此事。\n\n“…”他续说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}{w['say']}，{w['said']}。{w['p']}已{w['to']}{w['tb']}{w['b']}{w['report']}"
            f"此事。\n\n{o}{w['q']}{e}{w['p']}{w['go_on']}。")


def added_after_reported(c):  # X表示…。他说，Y也表示…。\n\n她补充：“…” -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}表示，{w['said']}。{w['p']}{w['say']}，{w['tb']}{w['b']}{w['also']}"
            f"{w['said2']}。\n\n{w['p']}{w['add']}：{o}{w['q2']}{e}")


def caption_between(c):  # X说，…，Y也表示…。\n\n图为…（记者 摄）\n\n“…”他说。 -> X
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}{w['say']}，{w['said']}。{w['p']}{w['say']}，{w['tb']}{w['b']}{w['also']}"
            f"{w['said2']}。\n\n{w['caption']}\n\n{o}{w['q']}{e}{w['p']}{w['say']}。")


def new_subject(c):  # X主持会议。Y随后介绍了…。\n\n“…”他说。 -> Y (the new speaker, subject of the paragraph)
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{'主持會議' if c['trad'] else '主持会议'}。{w['then']}，{w['tb']}{w['b']}{w['intro']}"
            f"{w['thing']}{w['situation']}。\n\n{o}{w['q']}{e}{w['p']}{w['say']}。")


def new_speaker_after(c):  # X说，Y也表示…。\n\n“…”Z说。 -> Z (near miss: a new speaker named after the words)
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['place']}{w['say']}，{w['said']}。{w['p']}{w['say']}，{w['tb']}{w['b']}{w['also']}"
            f"{w['said2']}。\n\n{o}{w['q']}{e}{w['tc']}{w['c']}{w['say']}。")


def no_speaker(c):  # …讨论了多项议题。\n\n“…” -> nothing (near miss: no pronoun, no speaker)
    w, (o, e) = _w(c), _open(c)
    return f"{w['nobody']}\n\n{o}{w['q']}{e}"


def plural(c):  # X和Y出席了活动。\n\n“…”他们说。 -> nothing (near miss: plural)
    w, (o, e) = _w(c), _open(c)
    return (f"{w['ta']}{w['a']}{w['and']}{w['tb']}{w['b']}{w['attend']}。\n\n"
            f"{o}{w['q']}{e}{w['p']}{w['they']}{w['say']}。")


FRAMES = [
    ("reported-after", reported_after, "a"),
    ("reported-before-colon", reported_before_colon, "a"),
    ("reported-same-paragraph", reported_same_paragraph, "a"),
    ("quoting-words-of", quoting_words_of, "a"),
    ("thanks-object", thanks_object, "a"),
    ("meets-object", meets_object, "a"),
    ("received-object", received_object, "a"),
    ("reported-to-object-续说", reported_to_object, "a"),
    ("added-after-reported", added_after_reported, "a"),
    ("caption-between", caption_between, "a"),
    ("near-miss-new-subject", new_subject, "b"),
    ("near-miss-new-speaker-after", new_speaker_after, "c"),
    ("near-miss-no-speaker", no_speaker, None),
    ("near-miss-plural", plural, None),
]


def _row(stem: str, build, who, cast_id: str) -> tuple:
    c = CASTS[cast_id]
    text = build(c)
    quote = c["q2"] if build is added_after_reported else c["q"]
    expected = [] if who is None else [(c[who], quote[:6])]
    return (f"{stem}-{cast_id}{'-trad' if c['trad'] else ''}", text, expected)


BANK = [_row(stem, build, who, cast_id) for stem, build, who in FRAMES for cast_id in CASTS]

WRITTEN = [  # passages written by hand after the rule, as guards: other verbs, a pronoun in the same sentence as the words
    ("written-他表示-after-引述-cn", "省长郭建华在座谈会上介绍，全省外贸保持增长。他引述海关总署署长俞国强的话说，"
     "一季度进出口好于预期。\n\n他表示：“我们有信心完成全年目标。”", [("郭建华", "我们有信心完")]),
    ("written-她續說-trad-hk", "食物及衞生局局長盧寶琪昨日表示，公營醫院輪候時間有所縮短。她指出，醫管局主席范志遠早前亦提到"
     "人手問題。\n\n「我們會繼續招聘海外醫生，紓緩前線壓力。」她續說。", [("盧寶琪", "我們會繼續招")]),
    ("written-他強調-trad-tw", "經濟部長柯文德今天表示，半導體投資持續增加。他感謝立法委員許志雄對產業政策的支持。\n\n"
     "他強調：「產業升級是台灣未來十年最重要的課題。」", [("柯文德", "產業升級是台")]),
    ("written-他說-two-sentences-trad-mo", "社會文化司司長梁慧琪在記者會上表示，新學年會增加學額。她表示，教育局局長龔志明"
     "亦同意擴建校舍。\n\n「家長不用擔心學位不足。」她說。", [("梁慧琪", "家長不用擔心")]),
    ("written-他补充-sg", "交通部长许文远说，地铁新线路将于明年通车。他已向总理黄循财汇报工程进度。\n\n"
     "他补充说：“新线路通车后，东部居民的出行时间将缩短一半。”", [("许文远", "新线路通车后")]),
    ("written-他续说-my", "房屋及地方政府部长倪可敏在移交仪式上说，政府将兴建更多可负担房屋。他续说，首相安华"
     "也指示加快审批。\n\n“年轻人能否拥有自己的房子，是政府最关心的问题。”他说。", [("倪可敏", "年轻人能否拥")]),
    ("written-near-miss-new-speaker-named-after-trad-hk", "立法會議員葉國謙表示，政府應加快土地供應。他說，發展局局長"
     "甯漢豪亦承認房屋短缺。\n\n「我們會在五年內提供三萬個公營單位。」甯漢豪在回應時說。", [("甯漢豪", "我們會在五年")]),
    ("written-near-miss-floor-turns-cn", "区人大常委会昨天召开会议。代表孟庆华首先发言，代表邹立群随后提问，区住建局局长"
     "夏志远作了回应。\n\n他说：“老旧小区加装电梯今年将完成一百台。”", [("夏志远", "老旧小区加装")]),
    ("written-near-miss-floor-turns-trad-mo", "立法會昨日舉行全體會議。議員區錦新首先發言，議員施家倫其後提問，運輸工務司司長"
     "羅立文負責回應。\n\n他說：「輕軌東線的工程進度符合預期。」", [("羅立文", "輕軌東線的工")]),
    ("written-near-miss-pronoun-inside-the-words-sg", "退休护士吴秀兰昨天获颁社区服务奖。她说：“我的病人林国栋出院时，"
     "他说‘谢谢你把我当家人’，我永远记得。”", [("吴秀兰", "我的病人林国"), ("林国栋", "谢谢你把我当")]),
    ("written-near-miss-她们-trad-tw", "選手林佳穎與隊友陳思妤昨天奪得女子雙打金牌。\n\n「這面金牌屬於所有支持我們的人。」"
     "她們說。", []),
]

XFAIL: dict[str, str] = {}


BANK += WRITTEN


@pytest.mark.parametrize("text, quotes", [strict_case(row, XFAIL) for row in BANK])
def test_quote_pronoun_speaker(text, quotes):
    assert opening(quotes_of(text), quotes) == quotes


def test_bank_coverage():
    check_bank_coverage(BANK, XFAIL)
