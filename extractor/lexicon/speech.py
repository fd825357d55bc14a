"""Speech vocabulary for quotations, in Simplified.

SPEECH_VERBS     verbs that introduce or close someone's words (X表示，“…”; “…”X说).
DOCUMENT_WORDS   nouns of written texts: words quoted from them (贺信中指出：“…”, 规划提出，“…”) are no one's speech.
                 Posts count (脸书, 帖文, 发帖, 社交媒体: written like a letter), and so do statements recorded by the police
                 and judgments (供词, 口供, 判词). 写道 counts as well: words written are a text's.
WRITTEN_WORKS    nouns of books and writings: one named in quotation marks and followed by 中/里 (在散文集“故乡的河”中写道：“…”)
                 is a document, as a title in 《》 is, and the words quoted from it are no one's speech.
PLURAL_SUBJECTS  subjects that are several people (两人均表示, 双方都认为, 他们表示): before a verb of speech and the words, the
                 words are no one person's.
SAID_NOUNS       document words that also name what a person says (an opinion): as the object of the speaker's verb right
                 before the words (X提出不同意见：“…”) they are said; as the subject of a verb (意见指出：“…”) a document's.
SPOKEN_THINGS    what a person says, closing 这是X…透露的 after the words (“…”\n这是X昨天透露的消息): the words are X's.
GOAL_VERBS       verbs whose object is a goal (让, 实现, 做到, 确保): parallel phrases quoted after one (要让市民“买得起、住得好”,
                 实现“学有所教、病有所医”) are a slogan named as the goal, not words said; after a subject or another verb
                 (今年夏天“热得早、热得久”, 赞扬得奖者“默默付出、不求回报”) they are a clause said.
CAUSATIVE_VERBS  verbs of letting and making (让, 使, 令) that take the one made to act before a short clause (让企业“多撑一阵子”):
                 in a sentence whose speaker urges or suggests it, the clause is that speaker's words.
SPEECHES         what a person says aloud, after the person and 的 (X的这番话, X的开场白：“…”): the person is the one who
                 speaks, not a possessor of someone else who does.
SPOKEN_REPORTS   document words that are also a verb of reporting aloud: as the verb of a person (X在记者会上通报：“…”, tagged a
                 verb, or right after the person's name: 处长X报告指出：「…」) they introduce that person's words (as a noun,
                 通报指出, 报告指出 after no one, they are a document's).
ADVERBS_AFTER_NAMES SPEECH_ADVERBS and 常 (老校长X常说): the model may run one into a name of four or more characters
                 before a verb of speech (司徒家明常|说); it is no part of the name.
SPEECH_ADVERBS   one-character adverbs written between a subject and its verb of speech (鄧又指, 林续称, 王亦表示): after a bare
                 surname they make no given name (鄧又 is no one).
OTHER_PARTY      words for the other party of a call or a meeting (记者致电X，对方说): before a verb of speech they refer to the
                 person named last, as 他 does.
SPOKEN_SETTINGS  where words are said aloud (接受采访, 在记者会上, 直播, 视频, 在议案辩论中, 发言时): after a document word (发表声明后接受采访时说：“…”)
                 they make the words said, not the document's.
MODALS           modal verbs before a quoted clause (政府会「把…」): the clause is what is said, not the verb's object.
INTERVIEWED      verbs whose object is the one interviewed (本报记者专访了X): in an interview set as 问：… 答：…, an answer in
                 quotation marks is that person's words.
ANSWERING        verbs of answering, and QUESTIONS what is asked (部长X回答议员的提问, X答记者问): in a page set as 问：… 答：…,
                 an answer in quotation marks is the words of the one named before them.
INTERVIEWING     what a paper or channel in 《》 does to the speaker (接受《某报》访问时说): the title names no document.
PRONOUNS         third-person pronouns that refer back to the nearest person named before them (佢, Cantonese, for both).
DEMONSTRATIVES   这位/这名/该名 and a description before a verb of speech (这名教练坦言, 该名男子称): the person named last before.
OCCASION_DEMONSTRATIVES  words that point at this occasion (是次, 今次, 此次, 本轮) opening the subject of reported speech
                 (X认为，是次调升「…」): a determiner of the noun, however the tagger cuts it (是/v|次/q).
DESCRIBED_PEOPLE nouns describing a person, not a post (男子, 司机, 被告): after 该 and before a verb of speech (该男子称) they
                 refer back to the person named last, as 他 does (该 and a post, 该局长, refers to the holder of the post).
FORMER_LATTER    前者/后者 before a verb of speech: the first or the second of the two people named last in one sentence
                 (市长A与局长B出席。后者表示：“…”), by their place in that pair.
PRESIDING        words for the one in charge of a case written before a post (主审法官, 主理裁判官, 主治医生): the post alone
                 opening a sentence with one of them before it (此案由法官X审理。主审法官判刑时说) is still the post just named.
VERBS_BEFORE_PUNCT verbs of speech only where punctuation follows them (判刑时指，…; 「…」X指。; “…？”X问。; 指 is also 指导,
                   指标; 问 and 答 are also 问题, 答案; 批 (批评), 轰 (炮轰), 酸 (mock), 叹 and 喊 are also 批准, 轰动, 酸奶, 叹息, 喊话).
UNNAMED_SPEAKERS people speaking for a body without a name (有关负责人表示：“…”): their words are no quote (a speaker is a
                 person's name).
ADDRESSING       verbs and prepositions whose object is the one spoken to (问X, 告诉X, 对X说, 向X介绍): a person named right
                 after one (and a title) is not the speaker.
ON_BEHALF        verbs of speaking on behalf of someone (X代表Y致辞表示): the one named after is not the speaker, the one before is.
COORDINATORS     words that join two people (X与Y, X和Y): the second is spoken to only when a verb follows them (X与Y会谈时表示).
CONVERSING       verbs of talking with someone (与村民拉家常): a question quoted right after is the one who talks.
COPULAS          words after which quoted words are a term (不是“…”，而是“…”; 被称为“…”), not someone's words.
RECKONING        verbs of working out a sum aloud (算账, 算了一笔账): after the words (“…”X一边过秤一边算账) they name the
                 one who said them, as a verb of speech does; for quotes only, not a word for the tagger.
WISH_VERBS       verbs of wishing, urging, demanding and reminding that take an addressee before the words (希望各方「…」,
                 督促各地“…”, 叮嘱工作人员“…”, 劝年轻人「…」): the words are quoted, and the addressee, a person named too
                 (勉励得奖学生X「…」), is the one spoken to, not the speaker.
CITING_VERBS     verbs of citing someone else's words (引述Y的话：「…」, 用Y的话说): the words are Y's.
CITED_ENDINGS    what closes the one cited (Y的话, Y所说, 引述Y指／称).
SAYING_PROPER    verbs that only introduce words said (说, 讲, 道; 开场, opening a talk): quoted words right after one with no punctuation
                 between (常说‘教书先要育人’) are said, not a name or term given.
TELLING          verbs of telling whose object is the one told (告诉我‘…’, 叮嘱我们“…”): with an addressee of ADDRESSEES
                 right before the marks, the words quoted are what the one telling said.
ADDRESSEES       the first and second person and 大家 as the one told (not 他/她, which refer to someone named).
RECITED          words of reciting, singing or citing a poem, a proverb or a song (朗诵了一首诗：“…”, 正如俗话所说，“…”): the
                 words quoted after them are not the speaker's own.
TAKING_THE_FLOOR verbs of speech that name the act of speaking, not what is said (X首先发言，Y其后提问，Z回应): a comma after one opens
                 the next clause, not the speaker's reported words, so a person named there is no one reported.
"""

SPEECH_VERBS = (
    "说", "表示", "指出", "强调", "认为", "提到", "称", "介绍", "宣布", "坦言", "笑称", "回应", "直言", "呼吁", "坦承", "补充",
    "透露", "希望", "寄语", "写道", "说道", "问道", "提醒", "相信", "期待", "期望", "感叹", "形容", "总结", "重申", "承诺",
    "致辞", "致词", "讲话", "发言", "所说", "谈到", "提出", "勉励", "讲", "讲道", "所讲", "告诉记者", "话", "看来",
    "回答", "答道", "笑道", "叹道", "感慨", "感慨道", "解释", "解释道", "补充道", "建议",
    "笑言", "忆述", "回忆", "承认", "批评", "警告", "质疑", "反问", "追问", "慨叹", "赞叹", "抱怨", "表态", "预料", "谈及",
    "提及", "叮嘱", "嘱咐", "鼓励", "描述", "告诉", "说明", "讲述", "称赞", "赞扬", "夸赞", "反驳", "澄清", "否认", "答复", "回复",
    "回顾", "谈起", "分享", "展望", "预估", "预计", "预期", "估计", "预测",
    # opening a talk (X以中文开场“…”)
    "开场",
    # remarks, jokes and calls that close a quote as 说 does (“…”X打趣道。)
    "打趣", "打趣道", "调侃", "调侃道", "自嘲", "喊道", "高呼", "感言", "附和", "吐槽", "笑说", "谈道",
    # verbs of assessing and confirming (“…”X分析。)
    "表明", "断言", "预计", "估计", "分析", "分析道", "解读", "点评", "评价", "评论", "预测", "告诫", "证实", "披露", "坦白",
    # criticising, retorting and exclaiming, as the press of Taiwan and Hong Kong writes them (X痛批，「…」; 「…」X直呼。)
    "直呼", "大赞", "怒批", "痛批", "狠批", "呛", "回呛", "反呛", "炮轰", "忧心", "反击", "驳斥", "怒斥", "痛斥", "直斥", "感叹道",
    # urging and demanding, as the press of Malaysia and Singapore writes them (“…”X促请。), and 道 after more verbs
    "促请", "吁请", "敦促", "质问", "慨叹道", "坦言道", "直言道", "强调道", "回应道", "呼吁道",
    # calling on and inviting after the words (“…”镇长X也邀请各地游客…, “…”X还号召市民…)
    "号召", "邀请",
)

DOCUMENT_WORDS = (
    "贺信", "贺电", "回信", "来信", "致信", "信中", "书信", "公开信", "去信", "写信", "致函", "去函", "来函", "复函", "函件", "规划", "纲要", "方案", "意见", "通知", "文件", "公告",
    "通告", "声明", "文告", "新闻稿", "通报", "决定", "条例", "办法", "公报", "白皮书", "报告指出", "报告提出", "报告显示", "协议", "宣言", "倡议书",
    "脸书", "面子书", "面书", "Facebook", "Instagram", "Twitter", "推特", "Threads", "微博", "公众号", "帖文", "贴文", "发帖", "发文", "推文", "社交媒体", "社交平台", "社交网站", "朋友圈", "网志",
    "供词", "口供", "判词", "判辞", "判案书", "裁决书",
    # a bill's or motion's wording, a written reply, a notice on a door, a charge sheet (议案促请政府「…」, 在书面答复中指出：“…”)
    "议案", "书面答复", "书面回复", "书面回应", "告示", "函中", "起诉书", "判决书", "裁定书",
    # a column or an article someone writes (在专栏中写道：「…」, 撰文指出：“…”)
    "专栏", "撰文",
    # the verb of writing itself (在贺词中写道：“…”, 在回忆录中写道): what is written there is a text's, whatever it is called
    "写道",
)

PLURAL_SUBJECTS = ("两人", "二人", "三人", "双方", "他们", "她们", "佢哋", "佢地", "两位", "二位", "众人", "大家", "各方", "两名", "一众")

WRITTEN_WORKS = ("书", "新书", "一书", "著作", "小说", "散文", "散文集", "诗集", "回忆录", "自传", "文章", "专栏", "日记", "剧本", "论文",
                 "随笔", "游记")

SPOKEN_SETTINGS = ("访问", "采访", "专访", "访谈", "连线", "记者", "直播", "视频", "影片", "会上", "庭上", "辩论", "发言", "致辞", "致词",
                   "演讲")

SAID_NOUNS = ("意见",)

EXPLAINING_VERBS = ("解读", "解释", "说明", "介绍", "阐述", "阐释", "谈及", "谈到", "回应", "点评", "评价", "评论")
"""Verbs of talking about a text (在解读公报时表示：“…”): the document is what the words are about, not where they come from."""

SPOKEN_THINGS = ("话", "一番话", "这番话", "消息", "表态")

SPEECHES = ("话", "讲话", "发言", "开场白", "致辞", "致词", "演讲", "结语")

SPOKEN_REPORTS = ("通报", "报告指出", "报告提出")

SAID_AGAIN_VERBS = ("说", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "补充", "呼吁", "回应", "直言")
"""Verbs of saying that, right after a word opening a clause, make the word a speaker: a word that is also a common noun,
adverb or place (高峰, 向前, 黄河) is a name when the page writes it so again (向前表示，…)."""

SPEECH_ADVERBS = ("又", "亦", "也", "续", "并", "再", "更", "则", "还", "即", "均", "另")

ADVERBS_AFTER_NAMES = SPEECH_ADVERBS + ("常", "笑")

PRONOUNS = ("他", "她", "佢")

DEMONSTRATIVES = ("这位", "这名", "该名")

OCCASION_DEMONSTRATIVES = ("是次", "今次", "此次", "这次", "本次", "该次", "首次", "是轮", "今轮", "此轮", "这轮", "本轮")

DESCRIBED_PEOPLE = ("男子", "女子", "男童", "女童", "少年", "少女", "老人", "老翁", "老妇", "妇人", "青年", "男生", "女生",
                    "学生", "司机", "乘客", "患者", "病人", "村民", "居民", "市民", "游客", "选手", "球员", "运动员", "嫌犯",
                    "疑犯", "嫌疑人", "被告", "被告人", "死者", "伤者", "事主", "店主", "业主", "老板", "女士", "男士")

FORMER_LATTER = {"前者": 0, "后者": 1}

OTHER_PARTY = ("对方",)

PRESIDING = ("主审", "主理", "主治", "主诊", "主刀", "承办")

INTERVIEWING = ("访问", "采访", "专访", "访谈", "连线", "记者")

INTERVIEWED = ("专访", "采访", "访问", "访谈", "专访了", "采访了", "访问了")

ANSWERING = ("回答", "答复", "解答", "答")

QUESTIONS = ("提问", "询问", "质询", "问题", "记者问", "问")

MODALS = ("会", "要", "能", "将", "应", "应该", "应当", "必须", "需要", "可以", "须", "得以", "愿意")

VERBS_BEFORE_PUNCT = ("指", "问", "答", "批", "轰", "酸", "叹", "喊")

UNNAMED_SPEAKERS = ("负责人", "发言人", "新闻发言人", "相关人士", "知情人士", "业内人士", "官员", "工作人员", "发言人办公室")

COPULAS = ("是", "不是", "而是", "就是", "为", "成为", "称为", "称作", "叫做", "叫", "作为", "视为", "当作", "被誉为", "誉为")

ADDRESSING = ("问", "询问", "追问", "反问", "告诉", "叮嘱", "嘱咐", "提醒", "对", "向", "跟", "给")

ON_BEHALF = ("代表",)

COORDINATORS = ("和", "与", "及", "同", "跟", "以及")

CONVERSING = ("拉家常", "唠家常", "聊家常", "交谈", "攀谈", "聊天", "闲聊", "询问", "问起", "交流")

RECKONING = ("算账", "算起账", "算起了账", "算了一笔账", "算了笔账", "算细账", "算起了细账", "算了一笔细账")

WISH_VERBS = ("希望", "呼吁", "要求", "期待", "期望", "勉励", "期勉", "寄语", "督促", "敦促", "促请", "叮嘱", "叮咛", "嘱咐",
              "提醒", "告诫", "鼓励", "劝",
              # calling on and inviting the ones named after the verb (号召广大青年“…”, 邀请游客“…”)
              "号召", "邀请")

CITING_VERBS = ("引述", "引用", "借用", "用", "援引", "套用", "转述")

CITED_ENDINGS = ("的话", "的一句话", "所说", "的指示", "指示", "指", "称")

SAYING_PROPER = ("说", "讲", "道", "问", "喊", "开场")

TELLING = ("告诉", "叮嘱", "叮咛", "嘱咐", "提醒", "教导", "劝")

ADDRESSEES = ("我们", "我", "你们", "你", "大家")

RECITED = (
    "朗诵", "吟诵", "背诵", "诵读", "唱道", "唱起", "高唱", "齐唱", "合唱", "首诗", "古诗", "诗句", "诗中", "诗词", "俗话", "俗语",
    "谚语", "歌词", "歌中", "名言", "老话", "常言", "古语", "古人云", "格言",
)

TAKING_THE_FLOOR = ("发言", "致辞", "致词", "讲话", "开场", "感言", "表态", "提问", "发问")

CAUSATIVE_VERBS = ("让", "使", "令", "叫")

GOAL_VERBS = ("让", "使", "令", "实现", "做到", "达到", "达致", "确保", "坚持", "打造", "推动", "力争", "争取")
