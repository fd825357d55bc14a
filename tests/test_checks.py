"""Figure checks and `zhextract check` on records made from real text, edited the way users edit them."""
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.checks import (
    count_matches_list,
    part_le_total,
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
