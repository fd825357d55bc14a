"""Figure checks and `zhextract check` on records made from real text, edited the way users edit them."""
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.checks import (
    count_matches_list,
    part_le_total,
    percent_bounds,
    sum_matches_total,
    verify_record,
)
from extractor.cli import app

ARTICLE = (
    "本届博览会设立三大展区：智能制造展区、绿色能源展区、数字服务展区。"
    "现场签约项目共40个，其中内资项目25个、外资项目15个。"
    "签约总投资突破200亿元，其中三年内可完成投资超过80亿元。"
)


@pytest.fixture(scope="module")
def record():
    return extract(ARTICLE)


def _rules(checks, status):
    return {c.rule for c in checks if c.status == status}


def test_article_checks_pass(record):
    assert {"count_matches_list", "sum_matches_total", "part_le_total", "span_text"} <= _rules(record.checks, "pass")
    assert not _rules(record.checks, "fail")


def test_wrong_count_fails(record):
    edited = record.model_copy(deep=True)
    listed = next(f for f in edited.figures if f.items)
    listed.value = Decimal(5)
    assert [c.status for c in count_matches_list(edited.figures)] == ["fail"]


def test_parts_over_total_fail(record):
    edited = record.model_copy(deep=True)
    total = next(f for f in edited.figures if f.value == 40)
    total.value = Decimal(30)
    checks = sum_matches_total(edited.figures, ARTICLE) + part_le_total(edited.figures)
    assert "fail" in {c.status for c in checks}


def test_a_share_or_a_fall_over_a_hundred_percent_fails():
    text = ("全县森林覆盖率达到68.5%，农村自来水普及率为97%。全年工业用水量同比下降12.4%，"
            "新能源汽车销量同比增长150%。")
    figures = extract(text).figures
    checks = percent_bounds(figures)
    assert [c.status for c in checks] == ["pass", "pass", "pass"]  # growth over 100% is no error
    edited = [f.model_copy(update={"value": Decimal(112)}) if f.value == Decimal("12.4") else f for f in figures]
    assert [c.status for c in percent_bounds(edited)] == ["pass", "pass", "fail"]
    assert "over 100%" in percent_bounds(edited)[-1].message


def test_verify_catches_an_edited_value_and_a_foreign_text(record):
    edited = record.model_copy(deep=True)
    edited.figures[0].value += 1
    assert "fail" in {c.status for c in verify_record(edited, ARTICLE) if c.rule == "span_text"}
    assert "fail" in {c.status for c in verify_record(record, ARTICLE + "。") if c.rule == "record_id"}
    assert all(c.status != "fail" for c in verify_record(record, ARTICLE))


def test_check_command_exit_codes(record, tmp_path):
    runner = CliRunner()
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(record.model_dump_json(), encoding="utf-8")
    assert runner.invoke(app, ["check", str(good), "--text", str(article)]).exit_code == 0
    edited = record.model_copy(deep=True)
    edited.figures[0].span.start += 1
    bad = tmp_path / "bad.json"
    bad.write_text(edited.model_dump_json(), encoding="utf-8")
    result = runner.invoke(app, ["check", str(bad), "--text", str(article)])
    assert result.exit_code == 1 and "fail" in result.output


# -- `zhextract check` against the text: one edited field at a time --------------------------------------

EVENT_ARTICLE = (
    "2023年5月8日，第三届粤港智慧城市论坛在广州开幕，论坛为期两天。"
    "广州市副市长林海涛出席开幕式并致辞。林海涛说：“今年我们签约项目达到28个，总投资突破45亿元。”"
    "现场签约项目共40个，其中内资项目25个、外资项目15个。"
)


@pytest.fixture(scope="module")
def event_record():
    return extract(EVENT_ARTICLE).model_dump(mode="json")


def _money(record):
    return next(f for f in record["figures"] if f["kind"] == "money")


def _set(**fields):
    def edit(target):
        target.update(fields)
    return edit


EDITS = [
    # (id, what to edit, the edit, words the failure must name)
    ("unit", _money, _set(unit="USD"), "figures[1].unit"),
    ("qualifier", _money, _set(qualifier="lt"), "figures[1].qualifier"),
    ("kind", _money, _set(kind="count"), "figures[1].kind"),
    ("upper", _money, _set(upper="5000000000"), "figures[1].upper"),
    ("value", _money, _set(value="4600000000"), "figures[1].value"),
    ("figure-text", _money, _set(text="突破46亿元"), "figure text '突破46亿元' is not its span's text"),
    ("figure-span", lambda r: _money(r)["span"], lambda s: s.update(start=s["start"] + 1, end=s["end"] + 1), "do not match the text"),
    ("name-span", lambda r: r["event"]["name_span"], lambda s: s.update(start=s["start"] + 1, end=s["end"] + 1),
     "do not match the text"),
    ("edition", lambda r: r["event"], _set(edition=5), "event.edition is 5 in the record but 3 from the text"),
    ("person", lambda r: r["people"][0], _set(name="张三"), "person '张三' is mentioned as '林海涛'"),
    ("speaker", lambda r: r["quotes"][0], _set(speaker="李四"), "quote speaker '李四' is none of the record's people"),
    ("date", lambda r: r["dates"][0], _set(value="2023-05-09"), "dates[0].value"),
    ("check-status", lambda r: r["checks"][0], _set(status="fail"), "checks[0] (sum_matches_total, fail"),
]


@pytest.mark.parametrize("target, edit, says", [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_check_names_each_edited_field(event_record, tmp_path, target, edit, says):
    import copy
    import json

    article = tmp_path / "article.txt"
    article.write_text(EVENT_ARTICLE, encoding="utf-8")
    edited = copy.deepcopy(event_record)
    edit(target(edited))
    assert edited != event_record
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--text", str(article)])
    assert result.exit_code == 1, result.output
    assert says in result.output, result.output


def test_an_unedited_record_checks_clean_and_a_gbk_article_is_decoded_as_run_decodes_it(event_record, tmp_path):
    import json

    path = tmp_path / "record.json"
    path.write_text(json.dumps(event_record, ensure_ascii=False), encoding="utf-8")
    for encoding in ("utf-8", "gbk", "utf-16"):
        article = tmp_path / f"article-{encoding}.txt"
        article.write_bytes(EVENT_ARTICLE.encode(encoding))
        result = CliRunner().invoke(app, ["check", str(path), "--text", str(article)])
        assert result.exit_code == 0, result.output
        assert "rederived: every field is what the text gives" in result.output


def test_check_names_an_unreadable_article_or_record(event_record, tmp_path):
    import json

    path = tmp_path / "record.json"
    path.write_text(json.dumps(event_record, ensure_ascii=False), encoding="utf-8")
    binary = tmp_path / "article.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(app, ["check", str(path), "--text", str(binary)])
    assert result.exit_code == 1 and str(binary) in result.output and "binary" in result.output
    result = CliRunner().invoke(app, ["check", str(path), "--text", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "missing.txt" in result.output
    (tmp_path / "bad.json").write_text('{"id": "sha256:x"}', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "bad.json")])
    assert result.exit_code == 1 and "bad.json is not an ArticleRecord" in result.output
