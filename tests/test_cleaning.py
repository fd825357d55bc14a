"""Cleaning: bylines and credits give `authors`, captions and page stamps are chrome that yields nothing else.

Every sentence here is written for these tests. Each table holds the case a rule handles, near misses it must
leave alone, and the same construction in Traditional script.
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.cleaning import clean

BODY = "第三届滨江数字经济论坛8日在滨江会展中心开幕，来自各地的300家企业参加。"
BODY_TRAD = "第三屆濱江數字經濟論壇8日在濱江會展中心開幕，來自各地的300家企業參加。"

CREDITS = [
    # several names after one role
    pytest.param(f"滨江日报记者 周明远 林小燕\n{BODY}", ["周明远", "林小燕"], id="role-then-spaced-names"),
    pytest.param(f"新华社滨江5月8日电（记者周明远、林小燕、赵一鸣）{BODY}", ["周明远", "林小燕", "赵一鸣"], id="dateline-names-listed-with-dun"),
    pytest.param(f"□记者 周明远 林小燕 报道\n{BODY}", ["周明远", "林小燕"], id="byline-line-closed-by-baodao"),
    pytest.param(f"记者周明远、林小燕报道 {BODY}", ["周明远", "林小燕"], id="unbracketed-byline-opening-a-paragraph"),
    pytest.param(f"（记者周明远 实习记者林小燕）{BODY}", ["周明远", "林小燕"], id="second-role-in-one-bracket"),
    pytest.param(f"{BODY}\n责编：周明远、林小燕\n审核：赵一鸣\n二审:钱多多", ["周明远", "林小燕", "赵一鸣", "钱多多"], id="editor-and-review-lines"),
    pytest.param(f"{BODY}\n（责任编辑：Anna Wong）", ["Anna Wong"], id="latin-script-name"),
    pytest.param(f"见习记者周明远 滨江报道\n{BODY}", ["周明远"], id="place-glued-to-baodao-is-no-name"),
    pytest.param(f"【记者萧明远/滨江】{BODY}", ["萧明远"], id="slash-closes-a-name-the-surname-list-lacks"),
    pytest.param(f"{BODY}\n▲嘉宾参观展区。（新华社记者 周明远 摄）", ["周明远"], id="photo-credit-in-a-caption"),
    pytest.param(f"{BODY}\n嘉宾参观展区。（滨江日报 林小燕摄）", ["林小燕"], id="photographer-without-role-word"),
    pytest.param(f"{BODY}\n报道：周明远 摄影：林小燕", ["周明远", "林小燕"], id="role-with-colon-after-the-names-word"),
    pytest.param(f"文｜周明远 图｜林小燕\n{BODY}", ["周明远", "林小燕"], id="role-bar-name"),
    pytest.param(f"本报讯 记者周明远报道 {BODY}", ["周明远"], id="byline-after-a-source-lead"),
    pytest.param(f"{BODY}记者 周明远 林小燕", ["周明远", "林小燕"], id="byline-closing-a-paragraph"),
    pytest.param(f"特约撰稿人 韦思源\n{BODY}", ["韦思源"], id="contributing-writer"),
    pytest.param(f"本报驻曼谷特派员 韦思源 见习记者 柯美伦\n{BODY}", ["韦思源", "柯美伦"], id="correspondent-posted-abroad"),
    pytest.param(f"文／韦思源（滨江日报记者）\n{BODY}", ["韦思源"], id="credit-line-closed-by-the-writers-post"),
    pytest.param(f"{BODY}\n这是5月8日拍摄的展区。新华社记者 周明远 摄", ["周明远"], id="paishe-is-the-verb-not-a-name"),
    pytest.param(f"{BODY}\n嘉宾参观展区。（Photo: Mei Lin Goh）", ["Mei Lin Goh"], id="latin-photo-credit"),
    pytest.param(f"{BODY}\n视频：周明远 剪辑：林小燕 海报设计：赵一鸣", ["周明远", "林小燕", "赵一鸣"], id="video-team-credits"),
    pytest.param(f"滨江论坛开幕\n2019-05-08\n林小燕 报道\n{BODY}", ["林小燕"], id="name-alone-before-baodao"),
    pytest.param(f"濱江論壇開幕\n2019-05-08\n林小燕、周明遠 報導\n{BODY_TRAD}", ["林小燕", "周明遠"], id="trad-names-alone-before-baodao"),
    # Traditional script
    pytest.param(f"本報駐吉隆坡特派員 韋思源\n{BODY_TRAD}", ["韋思源"], id="trad-correspondent-posted-abroad"),
    pytest.param(f"{BODY_TRAD}\n報導：周明遠　攝影：林小燕", ["周明遠", "林小燕"], id="trad-role-with-colon"),
    pytest.param(f"【本報訊】{BODY_TRAD}記者 周明遠", ["周明遠"], id="trad-byline-closing-a-paragraph"),
    pytest.param(f"【記者周明遠、林小燕/濱江報導】{BODY_TRAD}", ["周明遠", "林小燕"], id="trad-slash-place-byline"),
    pytest.param(f"{BODY_TRAD}\n責編：周明遠、林小燕", ["周明遠", "林小燕"], id="trad-editor-line"),
    pytest.param(f"{BODY_TRAD}\n嘉賓參觀展區。（記者趙一鳴攝）", ["趙一鳴"], id="trad-photo-credit"),
    pytest.param(f"中央社記者周明遠濱江8日電 {BODY_TRAD}", ["周明遠"], id="trad-reporter-inside-a-day-dateline"),
    pytest.param(f"記者周明遠／濱江、林小燕／海陽報導\n{BODY_TRAD}", ["周明遠", "林小燕"], id="trad-each-reporter-with-a-place"),
    pytest.param(f"记者周明远/滨江 林小燕/海阳 赵一鸣/江川报道\n{BODY}", ["周明远", "林小燕", "赵一鸣"], id="each-reporter-with-a-place-spaced"),
    pytest.param(f"记者 郑雅文／滨江报导\n{BODY}", ["郑雅文"], id="name-ending-in-wen-before-a-slashed-place"),
    pytest.param(f"記者 鄭雅文／濱江報導\n{BODY_TRAD}", ["鄭雅文"], id="trad-name-ending-in-wen-before-a-slashed-place"),
    pytest.param(f"记者 林小图/滨江报道\n{BODY}", ["林小图"], id="name-ending-in-tu-before-a-slashed-place"),
    pytest.param(f"{BODY_TRAD}\n嘉賓參觀展區。中央社記者張祈攝 114年3月18日", ["張祈"], id="trad-photographer-glued-to-she"),
    pytest.param(f"{BODY}\n嘉宾参观展区。新华社记者周明远摄", ["周明远"], id="three-character-photographer-glued-to-she"),
    pytest.param(f"By Anna Lee\n{BODY}", ["Anna Lee"], id="english-byline"),
    pytest.param(f"Photos by Tom Chan and Mary Ho\n{BODY_TRAD}", ["Tom Chan", "Mary Ho"], id="trad-english-photo-credit-two-names"),
    pytest.param(f"By Anna Lee, Staff Writer\n{BODY}", ["Anna Lee"], id="english-byline-with-a-role"),
    pytest.param(f"{BODY}\n责任编辑：周明远_NB12345", ["周明远"], id="editor-with-a-staff-code"),
    pytest.param(f"{BODY_TRAD}\n責任編輯：周明遠_ZN0087", ["周明遠"], id="trad-editor-with-a-staff-code"),
    pytest.param(f"{BODY}\n文字：周明远 | 编辑：糜芳 | 审核：赵一鸣", ["周明远", "糜芳", "赵一鸣"], id="labelled-field-name-without-a-known-surname"),
    pytest.param(f"{BODY_TRAD}\n編輯：糜芳　審核：趙一鳴", ["糜芳", "趙一鳴"], id="trad-labelled-field-name-without-a-known-surname"),
    pytest.param(f"{BODY}\n值班编辑：周明远 值班主任：林小燕", ["周明远", "林小燕"], id="duty-editor-and-chief"),
    pytest.param(f"林小燕 报道 linxy@example.com.sg\n{BODY}", ["林小燕"], id="byline-with-an-email"),
    pytest.param(f"記者 費德里克‧張 報導\n{BODY_TRAD}", ["費德里克‧張"], id="trad-transliterated-name-with-a-hyphenation-point"),
    pytest.param(f"记者 艾力・吐尔逊 报道\n{BODY}", ["艾力・吐尔逊"], id="transliterated-name-with-a-katakana-dot"),
    pytest.param(f"本报记者　周　明　林小燕　通讯员　何　静\n{BODY}", ["周明", "林小燕", "何静"], id="two-character-names-padded"),
    pytest.param(f"{BODY_TRAD}\n（記者　黃　敏　陳家豪）", ["黃敏", "陳家豪"], id="trad-two-character-names-padded-in-brackets"),
    pytest.param(f"（中央社記者楊明珠東京18日綜合外電報導）{BODY_TRAD}", ["楊明珠"], id="trad-foreign-wire-compilation"),
    pytest.param(f"（中央社记者徐薇婷华盛顿17日专电）{BODY}", ["徐薇婷"], id="special-cable"),
    pytest.param(f"本报记者 周明远/文 林小燕/图\n{BODY}", ["周明远", "林小燕"], id="each-name-with-its-part-after-a-slash"),
    pytest.param(f"記者 周明遠／攝影 林小燕／文字\n{BODY_TRAD}", ["周明遠", "林小燕"], id="trad-each-name-with-its-part-after-a-slash"),
    pytest.param(f"文图：周明远\n采写：林小燕 赵一鸣\n{BODY}", ["周明远", "林小燕", "赵一鸣"], id="text-and-picture-and-interview-roles"),
    pytest.param(f"{BODY}\n策划：周明远 执行：林小燕 绘图：赵一鸣", ["周明远", "林小燕", "赵一鸣"], id="production-credits"),
    pytest.param(f"本报评论员 周明远\n{BODY}", ["周明远"], id="commentator-byline"),
    pytest.param(f"本報特約評論員 周明遠\n{BODY_TRAD}", ["周明遠"], id="trad-commentator-byline"),
    # near misses: the role word in running text or in chrome that credits nobody
    pytest.param(f"文 图/周明远\n{BODY}", ["周明远"], id="near-miss-two-roles-are-no-padded-name"),
    pytest.param(f"文 | 周明远 来源 | 滨江日报\n{BODY}", ["周明远"], id="near-miss-a-source-label-after-the-name"),
    pytest.param(f"{BODY}\n作者：佚名 来源：网络", [], id="anonymous-author"),
    pytest.param(f"{BODY_TRAD}\n編輯：小編", [], id="trad-the-editor-unnamed"),
    pytest.param(f"{BODY}\n审核：办公室", [], id="reviewed-by-an-office"),
    pytest.param(f"{BODY}\n编辑：糜芳芳芳芳", [], id="labelled-field-too-long-for-a-name"),
    pytest.param(f"By Reuters\n{BODY}", [], id="english-byline-of-an-agency"),
    pytest.param(f"{BODY}\nPowered By WordPress", [], id="english-by-inside-a-line"),
    pytest.param(f"{BODY}\n图文/滨江发布", [], id="slash-credit-to-an-account"),
    pytest.param(f"{BODY}记者了解到，论坛为期两天。", [], id="reporter-in-a-sentence"),
    pytest.param(f"据滨江日报报道：近日，{BODY}", [], id="reported-by-a-paper"),
    pytest.param(f"{BODY}记者了解到，论坛为期两天。", [], id="reporter-opening-the-last-sentence"),
    pytest.param(f"{BODY}\n【记者手记】\n论坛为期两天。", [], id="reporter-notes-heading"),
    pytest.param(f"首页 | 编辑推荐 | 视频专区\n{BODY}", [], id="navigation-words"),
    pytest.param(f"{BODY}\n（图/滨江市商务局 提供）", [], id="credit-to-an-organisation"),
    pytest.param(f"{BODY_TRAD}\n（圖：康樂署提供）", [], id="trad-credit-to-a-department-abbreviation"),
    pytest.param(f"{BODY}\n（图：滨江博物馆 提供）", [], id="credit-to-a-museum"),
    pytest.param(f"滨江论坛开幕\n2019-05-08\n北京 报道\n{BODY}", [], id="place-alone-before-baodao"),
    pytest.param(f"{BODY}\n嘉宾参观展区。主办方 供图", [], id="supplier-is-no-person"),
    pytest.param(f"{BODY}农业局派出科技特派员韦思源驻村指导。", [], id="correspondent-word-in-a-sentence"),
    pytest.param(f"{BODY}\n他曾是一名特约撰稿人。", [], id="writer-word-in-a-sentence"),
    pytest.param(f"{BODY}\n记者节（11月8日）", [], id="role-word-opening-a-short-line-credits-nobody"),
    pytest.param(f"视频时长 02:35\n{BODY}", [], id="video-length-is-no-credit"),
    pytest.param(f"{BODY}\n设计方案", [], id="design-as-a-word-credits-nobody"),
    pytest.param(f"{BODY}\n航拍摄影大赛同期举行。", [], id="aerial-photography-is-no-credit"),
    # names joined by a conjunction, places after a slash, the next role's names, links to other pages
    pytest.param(f"记者 周明远 和 林小燕\n{BODY}", ["周明远", "林小燕"], id="spaced-conjunction-between-names"),
    pytest.param(f"記者周明遠及林小燕／濱江報導\n{BODY_TRAD}", ["周明遠", "林小燕"], id="trad-glued-conjunction-before-the-slash"),
    pytest.param(f"【記者周明遠／濱江、東港報導】{BODY_TRAD}", ["周明遠"], id="trad-two-places-after-the-slash"),
    pytest.param(f"{BODY}\n视频/ 周明远 设计/ 林小燕", ["周明远", "林小燕"], id="a-role-ends-the-names-before-it"),
    pytest.param(f"{BODY}\n上一篇：记者 周明远 走访滨江老街\n下一篇：本報記者林小燕：春天的約定", [], id="bylines-in-links-to-other-pages"),
    pytest.param(f"{BODY}\n相关新闻\n滨江老街焕新颜\n记者 周明远", [], id="byline-in-the-related-list-under-the-article"),
    pytest.param(f"首页 | 全国 | 财经 | 视频 | 电子版\n{BODY}", [], id="a-menu-item-after-a-role-word-credits-no-one"),
    pytest.param(f"首頁 ｜ 即時 ｜ 港股 ｜ 視頻 ｜ 登入\n{BODY_TRAD}", [], id="trad-a-menu-item-after-a-role-word-credits-no-one"),
    pytest.param(f"{BODY}\n相关阅读\n> 滨江老街焕新颜\n> 东港码头吞吐量创新高\n\n责任编辑:周明远　审核:林小燕", ["周明远", "林小燕"],
                 id="editors-credited-after-the-related-list"),
    pytest.param(f"{BODY_TRAD}\n相關新聞:\n• 濱江老街煥新顏\n標籤: #濱江 #老街\n閱讀次數: 3,902　|　點讚 56\n(編輯:周明遠)", ["周明遠"],
                 id="trad-editor-after-the-related-list-and-tags"),
    pytest.param(f"{BODY_TRAD}\n延伸閱讀\n➤ 濱江老街煥新顏\n更多新聞:地方｜生活\n【本網版權所有,未經同意不得轉載】責任編輯:周明遠", ["周明遠"],
                 id="trad-editor-after-a-notice-on-the-line"),
    pytest.param(f"周明远/文 林小燕/图\n{BODY}", ["周明远", "林小燕"], id="names-each-with-its-own-part-and-no-role-before"),
    pytest.param(f"撰文／周明遠　圖片提供／濱江市政府\n{BODY_TRAD}", ["周明遠"], id="trad-picture-supplied-by-is-no-name"),
    pytest.param(f"{BODY}\n（周明远 整理）", ["周明远"], id="compiled-by-closing-a-bracket-of-names"),
    pytest.param(f"作者：周明远（滨江大学教授）、林小燕（滨江社科院研究员）\n{BODY}", ["周明远", "林小燕"],
                 id="names-each-with-a-post-in-brackets"),
    pytest.param(f"□ 周明远 林小燕\n{BODY}", ["周明远", "林小燕"], id="names-alone-after-the-byline-box"),
    pytest.param(f"■ 濱江日報\n{BODY_TRAD}", [], id="trad-a-paper-after-the-box-is-no-name"),
]


DAY_DATELINES = [  # an agency, a place and a day alone, then 电 or 讯
    pytest.param(f"新华社滨江8日电 {BODY}", "滨江", [], id="agency-place-day"),
    pytest.param(f"新华社滨江8日电{BODY}", "滨江", [], id="glued-to-the-body"),
    pytest.param(f"中新社滨江八日电（记者周明远）{BODY}", "滨江", ["周明远"], id="chinese-day-and-reporter"),
    pytest.param(f"滨海日报/滨江8日讯 {BODY}", "滨江", [], id="paper-slash-place"),
    pytest.param(f"中央社记者林小燕滨江8日电 {BODY}", "滨江", ["林小燕"], id="reporter-between-agency-and-place"),
]


@pytest.mark.parametrize("text, place, authors", DAY_DATELINES)
def test_a_dateline_with_a_day_alone_is_chrome_that_gives_its_place(text, place, authors):
    cleaned = clean(text)
    assert cleaned.dateline_places == [place] and cleaned.authors == authors
    lead = cleaned.text[:20]
    assert "电" not in lead and "讯" not in lead and ("8日" in lead or "八日" in lead)  # the day stays: a date mention


FULL_DATE_DATELINES = [  # the year belongs to the date, never to the agency or the place
    pytest.param(f"新华社滨江2024年5月8日电 {BODY}", ["滨江"], "2024年5月8日", id="agency-place-full-date"),
    pytest.param(f"中央社記者林小燕濱江2024年5月8日電 {BODY_TRAD}", ["滨江"], "2024年5月8日", id="trad-reporter-full-date"),
    pytest.param(f"2024年5月8日讯 {BODY}", [], "2024年5月8日", id="no-agency-full-date"),
    pytest.param(f"二〇二四年五月八日讯 {BODY}", [], "二〇二四年五月八日", id="no-agency-chinese-numerals"),
    pytest.param(f"5月8日讯 {BODY}", [], "5月8日", id="no-agency-month-and-day"),
]


@pytest.mark.parametrize("text, places, date", FULL_DATE_DATELINES)
def test_a_dateline_with_a_full_date_keeps_the_whole_date_as_a_mention(text, places, date):
    cleaned = clean(text)
    assert cleaned.dateline_places == places and cleaned.authors == (["林小燕"] if "記者" in text else [])
    assert cleaned.text.lstrip().startswith(date) or f" {date}" in cleaned.text[:30]
    assert "讯" not in cleaned.text[:20] and "电" not in cleaned.text[:20] and "電" not in cleaned.text[:20]


@pytest.mark.parametrize("text", ["该市8日电力供应恢复正常，300家企业复工。", "今年8日电价上调，滨江居民用电不受影响。"])
def test_a_day_before_a_word_starting_with_dian_is_no_dateline(text):
    cleaned = clean(text)
    assert cleaned.text == text and cleaned.dateline_places == []


@pytest.mark.parametrize("text, authors", CREDITS)
def test_authors_from_bylines_and_credits(text, authors):
    assert clean(text).authors == authors


@pytest.mark.parametrize(
    "text, author",
    [
        pytest.param(f"滨江日报记者 周明远 林小燕\n{BODY}\n责编：周明远", "周明远", id="simplified"),
        pytest.param(f"【記者周明遠/濱江報導】{BODY_TRAD}", "周明遠", id="traditional"),
        pytest.param(f"记者 周明远\n{BODY}记者周明远在现场看到，展区人头攒动。", "周明远", id="the-reporter-named-again-in-the-body"),
        pytest.param(f"【記者周明遠／濱江報導】{BODY_TRAD}市長王志強接受本報記者周明遠專訪時說，將擴大補助。", "周明遠",
                     id="trad-the-reporter-named-again-in-the-body"),
    ],
)
def test_a_credited_name_is_no_person_of_the_body(text, author):
    record = extract(text)
    assert author in record.authors
    assert author not in {p.name for p in record.people}


def test_a_reporter_of_another_outlet_in_the_body_is_a_person():
    """Only the names this page credits leave the people: a journalist named in the story stays."""
    record = extract(f"记者 林小燕\n{BODY}会上，滨海电视台记者周明远提问。")
    assert record.authors == ["林小燕"] and "周明远" in {p.name for p in record.people}


LONG = "嘉宾们在滨江会展中心的智能制造展区参观体验各类新型设备，现场人头攒动，不少市民和游客驻足观看并拍照留念，气氛十分热烈"
LONG_TRAD = "嘉賓們在濱江會展中心的智能製造展區參觀體驗各類新型設備，現場人頭攢動，不少市民和遊客駐足觀看並拍照留念，氣氛十分熱烈"

CAPTIONS = [
    pytest.param(f"{BODY}\n市长王志强与嘉宾交流。{LONG}，共有120家企业参展。（记者周明远摄）", id="long-caption-closing-with-a-credit"),
    pytest.param(f"{BODY}\n市长王志强与嘉宾交流。{LONG}，共有120家企业参展。(图片来源：滨江日报)", id="closing-with-a-picture-source"),
    pytest.param(f"{BODY}\n6月8日，市长王志强与嘉宾交流。{LONG}，共有120家企业参展。新华社记者 周明远 摄", id="unbracketed-credit-tail"),
    pytest.param(f"{BODY}\n（左起）市长王志强、副市长李国华在展区交流，共有120家企业参展。", id="opening-with-positions"),
    pytest.param(f"{BODY}\n![](pic/001.jpg)\n6月8日，市长王志强参观展区。", id="date-opening-under-an-image"),
    pytest.param(f"{BODY_TRAD}\n市長王志強與嘉賓交流。{LONG_TRAD}，共有120家企業參展。（記者周明遠攝）", id="trad-long-caption"),
    pytest.param(f"{BODY_TRAD}\n（前排左三）市長王志強與嘉賓合影，共有120家企業參展。", id="trad-opening-with-positions"),
    pytest.param(f"{BODY}\n市长王志强（右二）与副市长李国华在展区交流，共有120家企业参展。", id="position-after-a-name"),
    pytest.param(f"{BODY_TRAD}\n市長王志強（中）與嘉賓剪綵，共有120家企業參展。", id="trad-position-after-a-name"),
    pytest.param(f"{BODY_TRAD}\n市長王志強與嘉賓交流，共有120家企業參展。中央社記者周明遠攝 108年5月8日", id="trad-credit-stamped-with-a-date"),
    pytest.param(f"{BODY}\n市长王志强与副市长李国华在智能制造展区听取企业负责人介绍并共同启动120台新型无人机的飞防作业演示",
                 id="long-line-without-any-punctuation"),
    pytest.param(f"{BODY}\n资料图：市长王志强在展区听取介绍，共有120家企业参展。", id="opening-with-file-picture"),
    pytest.param(f"{BODY_TRAD}\n上圖：市長王志強在展區聽取介紹，共有120家企業參展。", id="trad-opening-with-upper-picture"),
    pytest.param(f"{BODY}\n市长王志强在展区听取介绍，共有120家企业参展。（新华社发）", id="closing-with-agency-release"),
    pytest.param(f"{BODY}\n市长王志强在展区听取介绍，共有120家企业参展。（Photo: Mei Lin Goh）", id="closing-with-a-latin-photo-credit"),
    pytest.param(f"{BODY_TRAD}\n►市長王志強在展區聽取介紹 120家企業參展", id="trad-opening-with-a-pointer"),
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_a_caption_yields_nothing(text):
    record = extract(text)
    caption_start = text.index("\n")
    assert not [m for m in (*record.figures, *record.dates) if m.span.start > caption_start]
    assert not any(p.name in ("王志强", "王志強", "李国华") for p in record.people)


@pytest.mark.parametrize("line, person, figure", [
    pytest.param("这是5月8日拍摄的博览会现场，市长王志强在展区参观。（新华社记者周明远摄） 新华社松川5月9日电（记者李芳）"
                 "第五届松川茶博会9日闭幕，副市长陈立新出席，共有120家企业参展。", "陈立新", "120家", id="caption-then-agency-dateline"),
    pytest.param("市長王志強在展區參觀，共有80家企業參展。（圖片來源：松川市政府） 中央社記者李芳松川9日電）第五屆松川茶博會9日閉幕，"
                 "副市長陳立新出席，共有120家企業參展。", "陳立新", "120家", id="trad-caption-then-cna-dateline"),
    pytest.param("圖為市長王志強參觀展區，共有80家企業參展。（記者周明遠攝） 本報訊 第五屆松川書展昨日開幕，副市長陳立新出席，"
                 "共有120家出版社參展。", "陳立新", "120家", id="trad-caption-then-paper-lead"),
])
def test_a_caption_run_into_the_dateline_is_cut_off(line, person, figure):
    """A scraper that drops the line break between a photo caption and the article's dateline leaves one line: the
    caption yields nothing, the body after the dateline everything."""
    record = extract(f"2026-05-09 10:00 来源：本地新闻网\n{line}\n")
    assert {p.name for p in record.people} == {person}
    assert [f.text for f in record.figures] == [figure]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param(f"{BODY}\n6月8日，市长王志强参观展区并表示，将继续支持企业发展。", "王志强", id="date-opening-body-line"),
        pytest.param(f"{BODY}\n![](pic/001.jpg)\n市长王志强参观展区并表示，将继续支持企业发展，办好博览会，让更多企业受益。", "王志强",
                     id="long-body-line-under-an-image"),
        pytest.param(f"{BODY}\n左侧展区里，市长王志强表示，将继续支持企业发展。", "王志强", id="left-as-a-word"),
        pytest.param(f"{BODY}\n图书馆馆长王志强表示，将继续举办系列讲座。", "王志强", id="a-word-opening-with-tu-is-no-picture"),
        pytest.param(f"{BODY}\n出席活动的嘉宾还有市长王志强、副市长李国华以及各县区负责人和企业代表与媒体记者近百人在现场观摩",
                     "王志强", id="long-unpunctuated-line-with-a-list-is-a-cut-sentence"),
        pytest.param(f"{BODY}\n市长王志强以“智能制造赋能传统产业转型升级的滨江实践与探索路径”为题在主论坛上作主旨演讲并回答了现场企业代表",
                     "王志强", id="long-unpunctuated-line-with-a-quoted-title"),
        pytest.param(f"{BODY}\n市长王志强（左二为其助手）表示，将继续支持企业发展。", "王志强", id="bracket-starting-with-left-is-no-position"),
        pytest.param(f"市長王志強在開幕式上致辭![](http://x.tw/a.jpg)，表示將支持企業發展。\n{BODY_TRAD}", "王志強",
                     id="trad-inline-image-keeps-the-sentence"),
        pytest.param(f"{BODY_TRAD}\n立法會會議現場（圖：資料圖片）\n財政局局長陳美華早前表示，明年將繼續\n【今日熱話】輕軌 | 社屋 | 天氣\n"
                     "分享至：Facebook 微信\n上一篇：本澳交通改善工程展開", "陳美華", id="trad-cut-last-paragraph-after-a-caption"),
        pytest.param(f"{BODY}\n▲会议现场。（记者 李明 摄）\n市财政局局长王志强介绍，明年将继续加大\n分享到：微信 微博", "王志强",
                     id="cut-last-paragraph-after-a-caption-and-a-share-bar"),
    ],
)
def test_body_lines_near_captions_stay(text, person):
    assert person in {p.name for p in extract(text).people}


@pytest.mark.parametrize(
    "header, published",
    [
        pytest.param("02/06/2017 10:20", "2017-06-02", id="day-first"),
        pytest.param("2017.6.2", "2017-06-02", id="dotted"),
        pytest.param("2017年06月02日 10:20", "2017-06-02", id="zero-padded"),
        pytest.param("發佈日期：2017年06月02日 10:20", "2017-06-02", id="trad-marker"),
    ],
)
def test_a_page_stamp_gives_published_and_no_date(header, published):
    record = extract(f"滨江数字经济论坛开幕\n{header}\n{BODY}")
    assert record.published == published
    assert [d.text for d in record.dates] == ["8日"]


@pytest.mark.parametrize("comment", [
    "網友「Ken_HK」：一百億創科基金，希望唔好又係派俾大財團。 讚(52)",
    "网友“滨江老王”：青松集团这次投资3亿元，值得期待。 赞（18） | 回复",
    "滨江小李：支持！青松公司加油 点赞 7",
])
def test_a_reader_s_comment_is_chrome(comment):
    record = extract(f"{BODY}\n{comment}")
    assert [o.name for o in record.organizations] == [o.name for o in extract(BODY).organizations]
    assert len(record.figures) == len(extract(BODY).figures)


def test_a_print_edition_line_is_chrome():
    text = f"滨江数字经济论坛开幕\n2019-05-08 10:20\n{BODY}\n《 滨江日报 》（ 2019年05月09日 第 04 版）"
    record = extract(text)
    assert record.published == "2019-05-08" and [d.value for d in record.dates] == ["2019-05-08"]


def test_a_repeated_paragraph_is_blanked_however_far_from_its_first_print():
    """Repeats are found by their text's hash anywhere in the text, and inside a recent longer paragraph."""
    lead = "本报讯 滨江市今年一季度地区生产总值同比增长百分之五点二，增速居全省前列。"
    fillers = [f"第{n}段：滨江市各区县围绕重点项目推进建设，新开工项目达到一批，群众满意度持续提升。" for n in range(80)]
    text = "\n".join([lead + "市统计局表示，消费和投资共同拉动增长。", lead, *fillers, lead + "市统计局表示，消费和投资共同拉动增长。"])
    cleaned = [line.strip() for line in clean(text).text.split("\n")]
    assert cleaned[0]  # the first print stays
    assert not cleaned[1]  # the lead again, inside the paragraph just before: blanked
    assert not cleaned[-1]  # the first paragraph again, 80 paragraphs later: blanked
    assert all(cleaned[2:-1])  # distinct paragraphs stay


@pytest.mark.parametrize("text", ["滨江科技集团与星讯公司签署战略合作协议，双方将在云计算领域合作。", "星讯今天发布年度财报，营收增长12%。"])
def test_a_name_ending_in_xun_opens_no_news_lead(text):
    """讯 closes a lead only after a paper, site or day (本报讯, 滨江日报讯, 中新网8日讯): a company may end in it."""
    assert clean(text).text == text


@pytest.mark.parametrize("text", ["滨江通讯设备有限公司今天发布新款路由器，售价399元。", "國家通訊傳播委員會今天通過三家電台換照。"])
def test_communications_glued_to_a_name_opens_no_news_lead(text):
    """通讯 glued to the words after it is the word for communications inside a name (某某通讯设备有限公司), no flash."""
    assert not clean(text).text.startswith(" ")  # the analysis text is Simplified; nothing blanked


@pytest.mark.parametrize("lead", ["本报讯 ", "本报滨江讯 ", "【本報訊】", "滨江日报讯 ", "本报快讯 ", "滨江通讯 "])
def test_a_news_lead_is_still_chrome(lead):
    assert clean(lead + BODY).text.strip() == BODY


LIST_ITEMS = [
    pytest.param(f"{BODY}\n一、新建公园14座，新增绿地2.6万平方米\n二、改造道路38公里", ["14座", "2.6万平方米", "38公里"], id="chinese-numbered"),
    pytest.param(f"{BODY}\n（一）新增公交线路9条\n（二）更新公交车辆120辆", ["9条", "120辆"], id="bracketed-numbered"),
    pytest.param(f"{BODY}\n1. 新建幼儿园6所\n2、新增学位4800个", ["6所", "4800个"], id="arabic-numbered"),
    pytest.param(f"{BODY_TRAD}\n一、新建公園14座，新增綠地2.6萬平方米\n②改造道路38公里", ["14座", "2.6萬平方米", "38公里"], id="trad-numbered"),
]


@pytest.mark.parametrize("text, figures", LIST_ITEMS)
def test_numbered_list_items_are_body(text, figures):
    """An item of a numbered list that states a figure or a clause is body, though short and without a full stop."""
    after_body = text.index("\n")
    assert [f.text for f in extract(text).figures if f.span.start > after_body] == figures


FIELD_LINES = [
    pytest.param(f"{BODY}\n项目总投资：12.5亿元\n建设用地：320亩", ["12.5亿元", "320亩"], id="label-and-figure"),
    pytest.param(f"{BODY_TRAD}\n參展商數目：850家\n展覽面積：4萬平方米", ["850家", "4萬平方米"], id="label-and-figure-trad"),
    pytest.param(f"{BODY}\n建设工期：24个月\n咨询电话：0511-85123456\n开幕时间：2025年5月8日", [], id="duration-phone-date-no-figure"),
    pytest.param(f"{BODY}\n阅读：1.2万\n主办单位：市商务局", [], id="chrome-count-and-name"),
]


BULLET_ITEMS = [
    pytest.param(f"{BODY}\n■全年新增城镇就业1.2万人。\n●发放创业担保贷款3.6亿元。", ["1.2万人", "3.6亿元"], id="bulleted-facts"),
    pytest.param(f"{BODY_TRAD}\n◆全年新增就業1.2萬人，失業率為3.1%。", ["1.2萬人", "3.1%"], id="bulleted-facts-trad"),
    pytest.param(f"{BODY}\n▲市民在招聘会上咨询，现场达成意向120人。\n■2025年5月8日，嘉宾参观展区。（张三 摄）", [],
                 id="arrow-caption-and-credited-bullet"),
]


@pytest.mark.parametrize("text, figures", BULLET_ITEMS)
def test_a_bulleted_fact_is_a_line_of_body(text, figures):
    """A bulleted line that states a figure and ends its sentence is body; an arrow at a picture and a credited
    line stay captions."""
    after_body = text.index("\n")
    assert [f.text for f in extract(text).figures if f.span.start > after_body] == figures


@pytest.mark.parametrize("text, figures", FIELD_LINES)
def test_a_label_and_its_figure_is_a_line_of_body(text, figures):
    """A line of a table of facts (label：figure) is body, though short and without a full stop; a label with a date,
    a phone number or a name, and a page counter, are not."""
    after_body = text.index("\n")
    assert [f.text for f in extract(text).figures if f.span.start > after_body] == figures


@pytest.mark.parametrize("line", ["一、总体要求", "（二）重点任务", "▲一、市民在新建公园散步 120人"])
def test_numbered_headings_and_captions_stay_short(line):
    """A numbered heading with no figure or clause, and a caption, are still blanked."""
    assert line not in clean(f"{BODY}\n{line}").text


LIST_PAGES = [
    pytest.param(f"{BODY}\n相关新闻\n王志强：“让企业安心发展”\n滨江举办2019数字经济周，吸引3万人次\n", id="headlines-with-quote-and-comma"),
    pytest.param(f"{BODY_TRAD}\n延伸閱讀：\n王志強：「讓企業安心發展」\n濱江何時建成120座5G基站？\n", id="trad-reading-list"),
    pytest.param(f"{BODY}\n【点击排行】\n1. 王志强：滨江将建120座5G基站！\n2. 滨江举办数字经济周，吸引3万人次", id="ranking-list"),
]


@pytest.mark.parametrize("text", LIST_PAGES)
def test_the_headlines_under_a_list_heading_yield_nothing(text):
    record = extract(text)
    assert [f.text for f in record.figures] == ["300家"] and not record.quotes
    assert not any(p.name in ("王志强", "王志強") for p in record.people)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("最新消息显示，滨江已有120家企业报名参展", id="heading-word-opening-a-sentence"),
        pytest.param("熱門推薦名單中，濱江共有120家企業入選", id="trad-heading-word-opening-a-sentence"),
    ],
)
def test_a_heading_word_opening_a_sentence_opens_no_list(line):
    assert "120家" in [f.text for f in extract(f"{BODY}\n{line}。").figures]


def test_a_list_heading_ends_at_the_next_paragraph_of_prose():
    text = f"{BODY}\n延伸阅读\n滨江举办数字经济周\n市长王志强在闭幕式上说：“明年将吸引120家企业落户。”论坛为期两天。"
    record = extract(text)
    assert "王志强" in {p.name for p in record.people} and [q.speaker for q in record.quotes] == ["王志强"]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("王志強：「讓企業安心發展」", id="trad-speaker-and-quote"),
        pytest.param("王志强：“让企业安心发展”", id="speaker-and-quote"),
        pytest.param("滨江数字经济论坛能带来什么？", id="question"),
        pytest.param("市长王志强宣布滨江将建120座5G基站！", id="exclamation"),
    ],
)
def test_a_headline_ending_in_a_stop_or_quote_above_the_stamp_yields_nothing(headline):
    record = extract(f"{headline}\n2019-05-08 10:20\n{BODY}")
    assert record.title == headline
    assert not record.quotes and not record.people and [f.text for f in record.figures] == ["300家"]


def test_a_paragraph_above_a_foot_stamp_stays_body():
    """Only the page's first line over its stamp is read as the headline: a body paragraph above a later stamp is not."""
    text = f"滨江数字经济论坛开幕\n2019-05-08 10:20\n{BODY}\n市长王志强说：“让企业安心发展。”\n发布时间：2019-05-08 10:20"
    assert [q.speaker for q in extract(text).quotes] == ["王志强"]


@pytest.mark.parametrize(
    "text, places",
    [
        pytest.param(f"【記者周明遠、林小燕/濱江報導】{BODY_TRAD}", ["滨江"], id="place-without-the-reported-word"),
        pytest.param(f"【記者周明遠／綜合報導】{BODY_TRAD}", [], id="compiled-report-is-no-place"),
        pytest.param(f"（记者周明远／专题报道）{BODY}", [], id="feature-report-is-no-place"),
    ],
)
def test_the_place_in_a_slashed_byline(text, places):
    assert clean(text).dateline_places == places


def test_a_print_edition_line_without_di_is_chrome():
    text = f"滨江数字经济论坛开幕\n2019-05-08 10:20\n{BODY}\n《 滨江日报 》（ 2019年05月09日 04 版）"
    assert [d.value for d in extract(text).dates] == ["2019-05-08"]


INFORMATION_BLOCKS = [
    pytest.param(f"滨江读书节开幕\n2019-05-08\n{BODY}\n时间：2019年6月8日至9日\n地点：滨江图书馆", ["2019-06-08", "2019-06-09"],
                 id="event-time-under-the-lead"),
    pytest.param(f"濱江讀書節開幕\n2019-05-08\n{BODY_TRAD}\n報名截止：6月1日\n活動日期：2019年6月8日（星期六）",
                 ["2019-06-01", "2019-06-08"], id="trad-deadline-and-event-date"),
    pytest.param(f"滨江读书节开幕\n2019-05-08\n{BODY}\n● 报名时间：5月20日—31日", ["2019-05-20", "2019-05-31"],
                 id="bulleted-registration-period"),
    # near misses: the page's own stamp and source bar, and a label above the body, stay chrome
    pytest.param(f"滨江读书节开幕\n2019-05-08\n{BODY}\n时间：2019-05-08 来源：滨江日报", [], id="source-bar-at-the-foot"),
    pytest.param(f"滨江读书节开幕\n{BODY}\n发布时间：2019年5月8日", [], id="publication-stamp-at-the-foot"),
    pytest.param(f"滨江读书节开幕\n活动时间：2019年6月8日\n2019-05-08\n{BODY}", [], id="label-above-the-body"),
]


@pytest.mark.parametrize("text, dates", INFORMATION_BLOCKS)
def test_a_labelled_date_under_the_lead_is_article_text(text, dates):
    found = set()
    for d in extract(text).dates:
        found.update((d.start, d.end) if d.precision == "range" else (d.value,))
    assert sorted(found - {"2019-05-08"}) == dates


@pytest.mark.parametrize("text, kept", [
    pytest.param("老字号张小泉剪刀的新任总经理王立群表示，将加快线上渠道布局。", True, id="a-button-word-ending-a-longer-word"),
    pytest.param("這間老字號糕餅店今年中秋的銷量創新高。", True, id="trad-the-same-word"),
    pytest.param("字号：大 中 小", False, id="near-miss-the-font-size-button"),
])
def test_a_button_word_inside_a_longer_word_leaves_the_line_body(text, kept):
    assert bool(clean(text).text.strip()) is kept


@pytest.mark.parametrize("text, kept, author", [
    pytest.param("（中央社記者黃大明嘉義27日電）特展今日開幕。\n\n本展由國立故宮博物院主辦。(編輯:陳政偉)1150327\n\n▲特展開幕。（中央社記者黃大明攝）\n",
                 "本展由國立故宮博物院主辦。", "陳政偉", id="trad-an-editors-credit-and-stamp-after-a-sentence"),
    pytest.param("本报讯 展览今日开幕。\n\n本次展览由市博物馆主办。（编辑：李红）\n\n▲展览现场。\n",
                 "本次展览由市博物馆主办。", "李红", id="an-editors-credit-after-a-sentence"),
])
def test_an_editors_credit_closing_a_paragraph_leaves_its_sentence(text, kept, author):
    cleaned = clean(text)
    assert kept in _kept(text, cleaned)
    assert author in cleaned.authors


def _kept(text: str, cleaned) -> str:
    return "".join(ch for ch, kept in zip(text, cleaned.text) if kept != " ")


@pytest.mark.parametrize("text, authors, person", [
    pytest.param("报道:郭文杰\n州务大臣林志明今晚出席开幕礼。\n图:林志明(左三)敲锣主持开幕,左二起为陈大发及黄小强。(摄影:沈家明)",
                 ["郭文杰", "沈家明"], "林志明", id="a-caption-opening-图-with-a-place-in-the-picture"),
    pytest.param("記者郭文傑／台中報導\n市長林志明今日出席開幕典禮。\n圖：林志明（右）與來賓握手。（記者郭文傑攝）",
                 ["郭文傑"], "林志明", id="trad-a-caption-opening-圖-with-a-place-in-the-picture"),
    pytest.param("报道:郭文杰 图:沈家明\n州务大臣林志明今晚出席开幕礼。", ["郭文杰", "沈家明"], "林志明",
                 id="near-miss-图-crediting-a-photographer"),
])
def test_a_caption_naming_who_stands_where_credits_no_one(text, authors, person):
    """图：张三（左三）… describes the picture: 张三 is in it, not its photographer."""
    record = extract(text)
    assert record.authors == authors and person in [p.name for p in record.people]


@pytest.mark.parametrize("text, authors", [
    pytest.param("深城新闻网讯 记者 林佳欣 9月26日晚,深圳某智能科技有限公司举行发布会。", ["林佳欣"], id="a-reporter-set-apart-by-spaces-before-the-day"),
    pytest.param("本報訊 記者 林佳欣 周文傑 26日晚，公司舉行發布會。", ["林佳欣", "周文傑"], id="trad-two-reporters-before-the-day"),
    pytest.param("本报讯 记者从市统计局获悉 9月数据公布。", [], id="near-miss-记者-as-the-subject-of-the-lead"),
])
def test_reporters_set_apart_by_spaces_after_the_lead(text, authors):
    assert clean(text).authors == authors


CUT_PARAGRAPHS = [  # a paragraph the page cut off after a comma is prose; a headline never ends on one
    pytest.param("南华电子有限公司董事长郑立民介绍，公司今年计划投资5亿元，", True, id="cut-after-a-clause"),
    pytest.param("南華電子有限公司董事長鄭立民介紹，公司今年計劃投資5億元，", True, id="cut-after-a-clause-trad"),
    pytest.param("在吉隆坡举行的论坛上，宏达机械与新源物流签署合作备忘录，双方将在仓储领域合作，", True, id="cut-after-two-clauses-my"),
    pytest.param("本屆展覽吸引來自台灣、香港、澳門、", True, id="cut-inside-a-list-trad"),
    pytest.param("南华电子今年计划投资5亿元", False, id="headline-near-miss"),
    pytest.param("南华电子：今年计划投资5亿元", False, id="headline-with-a-colon-near-miss"),
    pytest.param("相关新闻，", False, id="a-label-with-a-comma-alone-near-miss"),
]


@pytest.mark.parametrize("line, kept", CUT_PARAGRAPHS)
def test_a_paragraph_cut_off_after_a_comma_is_body(line, kept):
    """A truncated ending (or a one-paragraph page cut short) keeps its text, alone or after a paragraph of body (the
    analysis copy is Simplified and blanks what it drops, so the line's offsets are read)."""
    for page in (line, f"{BODY}\n\n{line}"):
        at = page.index(line)
        assert bool(clean(page).text[at : at + len(line)].strip()) is kept
