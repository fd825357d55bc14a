"""End-to-end behaviour of extract() on text written for these tests, and its invariants on any string."""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract
from tests.helpers import spans_of

ARTICLE = (
    "嶺南科技網\n"
    "首頁 新聞 財經 科技 專題\n"
    "第三屆粵港智慧城市論壇在廣州開幕\n"
    "2023-05-09 10:20 來源:嶺南科技網\n"
    "【記者 陳明遠/廣州報導】5月8日,第三屆粵港智慧城市論壇在廣州開幕,論壇為期兩天,以「數據互聯·共建灣區」為主題。"
    "廣州市副市長林海濤、香港創新科技署署長周嘉慧出席開幕式並致辭。\n"
    "林海濤說:「今年我們簽約項目達到28個,總投資約45億元。」\n"
    "「我們希望兩地企業加強合作。」周嘉慧表示。\n"
    "▲林海濤在開幕式上致辭。(記者陳明遠攝)\n"
)


@pytest.fixture(scope="module")
def record():
    return extract(ARTICLE)


def test_offsets_point_at_the_input(record):
    spans = spans_of(record)
    assert spans
    for span in spans:
        assert ARTICLE[span.start : span.end] == span.text


def test_headline_byline_and_page_date(record):
    assert record.title == "第三屆粵港智慧城市論壇在廣州開幕"
    assert record.authors == ["陳明遠"]
    assert record.script == "traditional"


def test_people_and_titles_as_written(record):
    people = {p.name: p for p in record.people}
    assert set(people) == {"林海濤", "周嘉慧"}
    assert [t.text for t in people["林海濤"].titles] == ["廣州市副市長"]
    assert people["林海濤"].titles[0].position == "副市長"
    assert "speaker" in people["周嘉慧"].roles


def test_quotes_with_speaker_before_and_after(record):
    assert [(q.speaker, q.text[:4]) for q in record.quotes] == [("林海濤", "今年我們"), ("周嘉慧", "我們希望")]


def test_event_frame(record):
    event = record.event
    assert event.name == "第三屆粵港智慧城市論壇"
    assert event.kind == "forum"
    assert event.edition == 3
    assert event.theme == "數據互聯·共建灣區"
    assert "廣州" in (event.location.city or "")


def test_caption_yields_nothing(record):
    caption_start = ARTICLE.index("▲")
    for span in spans_of(record):
        assert span.start < caption_start


def test_empty_and_non_chinese_input_warn():
    assert extract("").warnings
    assert any("Chinese" in w for w in extract("The quick brown fox jumps over the lazy dog. " * 5).warnings)


def test_non_str_input_is_refused_with_a_hint():
    with pytest.raises(TypeError, match="decode"):
        extract(b"\xe4\xb8\xad")


def test_record_id_is_the_content_hash():
    import hashlib

    assert extract("中文").id == "sha256:" + hashlib.sha256("中文".encode()).hexdigest()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("张王市长书记说表示：“”「」‘’『』，。、\n 0123456789億亿元万個个%第届年月日大会論壇暨(（)）·等先生")), max_size=120))
def test_never_raises_and_spans_hold(text):
    record = extract(text)
    for span in spans_of(record):
        assert text[span.start : span.end] == span.text


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text):
    record = extract(text)
    for figure in record.figures:
        assert isinstance(figure.value, Decimal)




@pytest.mark.parametrize("numeral, end", [("七二十", None), ("十十", None), ("十二三", None), ("一二", None), ("十二", "2024-05-12")])
def test_only_numerals_that_are_numbers_give_a_duration(numeral, end):
    """A run of Chinese numerals that is no number (七二十天) or a range (一二天) states no duration, and never raises."""
    record = extract(f"2024年5月1日，第二届中国国际石材博览会在莱州开幕，为期{numeral}天。")
    assert record.event is not None and record.event.start == "2024-05-01"
    assert record.event.end == end


def test_overseas_press_figures_and_subjects():
    """A Malaysian Chinese report: a bare 元 is ringgit, every figure has what it measures."""
    article = (
        "（吉隆坡讯）雪兰莪州务大臣今日宣布，州政府今年拨款300万元提升乡区道路，"
        "受惠居民约12万人。大马首季国内生产总值按年增长4.2%，失业率维持在3.3%。"
    )
    figures = [(f.text, f.kind, f.unit, f.subject) for f in extract(article).figures]
    assert figures == [
        ("300万元", "money", "MYR", "州政府拨款提升乡区道路"),  # the allotment and what it is for
        ("约12万人", "count", "人", "居民"),
        ("4.2%", "percent", "%", "国内生产总值按年增长"),  # 首季 is a time: it ends the noun phrase
        ("3.3%", "percent", "%", "失业率"),
    ]


_RECORDS_CHILD = """
import sys, pathlib
from extractor import extract
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    print(extract(path.read_text(encoding="utf-8")).model_dump_json())
"""


def test_records_do_not_depend_on_string_hashing(tmp_path):
    """Two processes with different string hashes give the same records: candidates of one length that overlap
    (部长|祖基菲里 read as 长祖基菲 or 祖基菲里) are taken in a fixed order, not in a set's iteration order."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    texts = [
        "卫生部长祖基菲里出席推介礼。他在记者会上指出：“政府将增派五百名医生到乡区诊所。”",
        "交通部长陆兆福今天宣布，明年起调整巴士票价。",
        "內政部長凱末爾今日表示，當局將加強邊境管制。",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    for path in sorted((Path(__file__).parents[1] / "corpus").glob("zh-00*.txt")):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    runs = [
        subprocess.run([sys.executable, "-c", _RECORDS_CHILD, str(tmp_path)], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "1")
    ]
    assert runs[0].count("\n") == len(list(tmp_path.glob("*.txt"))) and runs[0] == runs[1]
