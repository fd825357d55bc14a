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
    pytest.param("瑞士驻华大使罗志明表示，中国市场对全球经济恢复有巨大促进作用。“瑞士品牌在海南发展迅速。我们将继续参加博览会。”",
                 [("罗志明", "瑞士品牌在海")], id="X表示-then-a-quote"),
    pytest.param("瑞士驻华大使罗志明出席开幕式。“瑞士品牌在海南发展迅速。我们将继续参加博览会。”", [], id="near-miss-no-verb-of-speech"),
    pytest.param("瑞士駐華大使羅志明表示，中國市場對全球經濟恢復有巨大促進作用。「瑞士品牌在海南發展迅速。我們將繼續參加博覽會。」",
                 [("羅志明", "瑞士品牌在海")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_IN_THE_SENTENCE_BEFORE)
def test_the_speaker_named_in_the_sentence_before(text, quotes):
    assert quotes_of(text) == quotes


COLON_AFTER_A_VERB = [
    pytest.param("山西省文化和旅游厅厅长王爱华带着三本书推介山西：“第一本是百科全书，第二本是地理图志。”", [("王爱华", "第一本是百科")], id="推介-colon"),
    pytest.param("习近平主席向大会发来贺信，明确指出：“激发数字经济活力，增强数字政府效能。”", [], id="near-miss-a-letter's-words"),
    pytest.param("《规划》提出：“到2030年，基本建成现代化产业体系。”", [], id="near-miss-a-plan's-words"),
    pytest.param("山西省文化和旅遊廳廳長王愛華帶著三本書推介山西：「第一本是百科全書，第二本是地理圖志。」", [("王愛華", "第一本是百科")], id="traditional"),
    pytest.param("總統向大會發來賀電，明確指出：「激發數位經濟活力，增強數位政府效能。」", [], id="traditional-near-miss-a-message's-words"),
]


@pytest.mark.parametrize("text, quotes", COLON_AFTER_A_VERB)
def test_a_colon_after_a_verb_of_presenting_opens_a_quote(text, quotes):
    assert quotes_of(text) == quotes


CLAUSE_IN_REPORTED_SPEECH = [
    pytest.param("男子四百米选手胡兵表示，自己不太可能一鸣惊人，但最重要的是在比赛中“提高自己的最好成绩”，积累经验。",
                 [("胡兵", "提高自己的最")], id="quoted-clause"),
    pytest.param("市长张伟在致辞中希望各方「携手打造合作平台」，共享发展机遇。", [("张伟", "携手打造合作")], id="a-wish-with-its-addressee"),
    pytest.param("市长张伟表示，将全力落实“投资东湖三大方案”，吸引更多企业。", [], id="near-miss-a-plan's-name"),
    pytest.param("市长张伟表示，东湖将继续建设“海绵城市示范区”。", [], id="near-miss-a-term"),
    pytest.param("市长张伟表示，要实践“立足东湖、布局全球”的精神。", [], id="near-miss-a-slogan-before-的"),
    pytest.param("男子四百米選手胡兵表示，自己不太可能一鳴驚人，但最重要的是在比賽中「提高自己的最好成績」，積累經驗。",
                 [("胡兵", "提高自己的最")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", CLAUSE_IN_REPORTED_SPEECH)
def test_a_quoted_clause_in_reported_speech_is_the_speakers(text, quotes):
    assert quotes_of(text) == quotes


SPEAKER_AFTER = [
    pytest.param("本报北京今日电 “初步核算，前三季度国内生产总值增长6.7%。”国务院新闻办今天举行发布会，国家统计局新闻发言人李明表示，经济稳中有进。",
                 [("李明", "初步核算，前")], id="lead-quote-then-the-speaker's-sentence"),
    pytest.param("市长张伟出席开幕式。\n“西部在可再生能源领域蕴藏着巨大潜力，欢迎各国企业投资。”瓦努阿图副总理兼财长科纳坡在开幕式上说。",
                 [], id="near-miss-an-unnamed-speaker-is-not-the-one-before"),
    pytest.param("本報台北今日電 「初步統計，前三季經濟成長率為4.8%。」主計總處今天舉行記者會，發言人李明表示，經濟穩中有進。",
                 [("李明", "初步統計，前")], id="traditional"),
]


@pytest.mark.parametrize("text, quotes", SPEAKER_AFTER)
def test_the_speaker_after_the_quote(text, quotes):
    assert quotes_of(text) == quotes
