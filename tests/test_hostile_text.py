"""extract() on hostile text: any str at all gives a record (surrogates, controls, emoji, odd line breaks),
and the caller's `published` is a date or a clear ValueError."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract
from tests.helpers import spans_of

ANY_CHARACTER = st.characters(blacklist_categories=())
"""Every code point, lone surrogates and unassigned ones included."""
HOSTILE = st.one_of(ANY_CHARACTER, st.sampled_from(["\ud800", "\udfff", "\x00", "\r", "\u2028", "\ufeff", "\u0301",
                                                    "😀", "\U000e0001", "\U0010ffff"]))
"""...with the characters that broke it before drawn often enough to be met in every run."""
PRESS = "北京市市长殷勇表示，收入为12.5亿元。第三届论坛“开幕”，\n龚正出席。"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(HOSTILE, max_size=80), st.text(HOSTILE, max_size=8))
def test_any_string_gives_a_record_whose_spans_hold(noise, inserted):
    """Random code points alone, and spliced into a press sentence, never raise; every span holds."""
    for text in (noise, PRESS[:17] + inserted + PRESS[17:] + noise):
        record = extract(text)
        for span in spans_of(record):
            assert text[span.start:span.end] == span.text
        record.model_dump(mode="json")
        if not any("\ud800" <= ch <= "\udfff" for ch in text):  # JSON in UTF-8 has no lone surrogate to write
            record.model_dump_json()


@pytest.mark.parametrize("text", [
    "\ud800北京市市长殷勇表示，收入为1元。",
    "北京市市长殷勇表示，\udfff收入为1元。",
    "北京市市长殷勇\ud83d\ude00表示，收入为1元。",
], ids=["leading", "inside", "pair-as-two-code-points"])
def test_lone_surrogates_are_read_around(text):
    record = extract(text)
    assert [p.name for p in record.people] == ["殷勇"]
    assert [f.text for f in record.figures] == ["1元"]
    assert record.id.startswith("sha256:")


@pytest.mark.parametrize("symbol", ["😀", "🙂", "\ufffd", "🇨🇳"])
def test_a_symbol_after_a_name_keeps_the_person(symbol):
    record = extract(f"上海市市长龚正{symbol}出席开幕式并致辞。")
    assert [(p.name, [t.text for t in p.titles]) for p in record.people] == [("龚正", ["上海市市长"])]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028"], ids=["LF", "CRLF", "CR", "LS"])
def test_every_line_break_convention_gives_the_same_record(newline):
    text = newline.join(["第三届粤港智慧城市论坛在广州开幕",
                         "5月8日，第三届粤港智慧城市论坛在广州开幕，论坛为期两天。",
                         "广州市副市长林海涛出席开幕式并致辞。"])
    record = extract(text)
    assert record.title == "第三届粤港智慧城市论坛在广州开幕"
    assert not any("truncated" in w for w in record.warnings)
    assert [p.name for p in record.people] == ["林海涛"]


@pytest.mark.parametrize("published, kept", [
    ("2017-09-26", "2017-09-26"), ("2017-09", "2017-09"), ("2017", "2017"),
    ("2017-09-26T10:20:00+08:00", "2017-09-26"), (None, None), ("", None),
])
def test_published_is_kept_as_an_iso_date(published, kept):
    assert extract("北京市市长殷勇出席会议。", published=published).published == kept


@pytest.mark.parametrize("published", ["2099-13-45", "2017-02-29", "yesterday", "26/09/2017", "2017-9-26"])
def test_published_that_is_not_a_date_is_refused(published):
    with pytest.raises(ValueError, match=r"published=.*is not a date: give an ISO 8601 date"):
        extract("北京市市长殷勇出席会议。", published=published)
