"""The review page without a browser: records paired with their texts (or listed with why not), items placed
on the text, the page self-contained and its data unable to break out of its blocks, and the command."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.cli import app
from extractor.review import ReviewInputError, build, load, render
from extractor.review.items import blanked, items_of
from extractor.review.page import article_data, index_row
from extractor.review.sources import Article
from extractor.sinks import open_sink
from tests.helpers import OWN_CORPUS

TEXT = "2024年5月8日，第三届海滨国际科技合作大会在海滨市开幕，来自20个国家的300余名代表出席。海滨市市长王海明致辞。\n"
OTHER = "2023年6月1日，第二届山城数字经济论坛在山城市举行，签约项目15个，总投资逾80亿元。山城市副市长李建国出席。\n"


@pytest.fixture(scope="module")
def zh001():
    text = (OWN_CORPUS / "zh-001.txt").read_text(encoding="utf-8")
    return Article(extract(text, source="corpus/zh-001.txt"), text)


def _records_jsonl(path, *records) -> str:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return str(path)


# -- items ----------------------------------------------------------------------------------------


def test_record_spans_are_kept_and_titles_sit_next_to_their_person(zh001):
    text = zh001.text
    items = items_of(zh001.record, text, blanked(text))
    for item in items:
        assert all(0 <= s < e <= len(text) for s, e in item["m"]), item
        if item["k"] in ("figure", "date", "quote", "document"):
            assert [text[s:e] for s, e in item["m"]] == [item["t"]]
    title = next(i for i in items if i["key"] == "title:罗振林:省长")
    assert title["found"] and text[title["m"][0][1]:title["m"][0][1] + 3] == "罗振林"
    author = next(i for i in items if i["key"] == "author:周嘉禾")
    assert any(s <= author["m"][0][0] < e for s, e in blanked(text))  # placed in the byline, which is chrome
    assert next(i for i in items if i["key"] == "event:theme")["t"] == "数联江湖·智汇中游"
    assert len({i["key"] for i in items}) == len(items)


def test_chrome_is_what_cleaning_blanked(zh001):
    chrome = [zh001.text[s:e] for s, e in blanked(zh001.text)]
    assert "[打印页面]" in chrome and "分享到:" in chrome and "罗振林" not in chrome


def test_checks_come_failed_and_warned_first_and_name_their_figures():
    record = extract(OTHER)
    record.checks.insert(0, record.checks[0].model_copy(update={"status": "pass"}))
    record.checks.append(record.checks[0].model_copy(update={"status": "fail", "spans": [record.figures[0].span]}))
    checks = article_data(Article(record, OTHER), "x")["checks"]
    assert checks[0]["status"] == "fail"
    assert checks[0]["keys"] == [f"figure:{record.figures[0].span.start}:{record.figures[0].span.end}"]


# -- inputs ---------------------------------------------------------------------------------------


def test_records_find_their_text_by_source_by_name_or_by_content(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "b.txt").write_text(OTHER, encoding="gb18030")  # decoded as `run` decodes it
    (texts / "renamed.txt").write_text(TEXT.replace("300", "400"), encoding="utf-8")
    records = [extract(TEXT, source="a.txt"), extract(OTHER, source="gone/b.txt"),
               extract(TEXT.replace("300", "400"), source="c.txt")]
    loaded = load([_records_jsonl(tmp_path / "records.jsonl", *records)], texts=texts).articles
    assert [a.text for a in loaded] == [TEXT, OTHER, TEXT.replace("300", "400")]
    assert all(a.problem is None for a in loaded)


def test_records_of_a_jsonl_feed_find_their_texts_in_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": t, "id": f"feed-{i}"}, ensure_ascii=False) + "\n"
                            for i, t in enumerate([TEXT, OTHER])), encoding="utf-8")
    jsonl = _records_jsonl(tmp_path / "records.jsonl", extract(OTHER, source="feed-1"))
    [article] = load([jsonl], texts=feed).articles
    assert article.text == OTHER and article.problem is None


def test_a_changed_or_missing_text_is_listed_never_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT.replace("300", "500"), encoding="utf-8")
    jsonl = _records_jsonl(tmp_path / "records.jsonl", extract(TEXT, source="a.txt"), extract(OTHER, source="b.txt"))
    changed, missing = load([jsonl]).articles
    assert changed.text is None and "a.txt no longer holds the text" in changed.problem and "zhextract run" in changed.problem
    assert missing.text is None and "text not found: b.txt" in missing.problem and "--texts" in missing.problem
    row = index_row(0, article_data(changed, "a"))
    assert row["problem"] == changed.problem and row["warn"] >= 1


def test_a_database_gives_its_records(tmp_path, monkeypatch, database_url):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with open_sink(database_url) as sink:
        sink.write(extract(TEXT, source="a.txt"))
        sink.write(extract(OTHER, source="b.txt"))
    [a, b] = load([database_url]).articles
    assert (a.text, a.record.source) == (TEXT, "a.txt") and b.text is None and "b.txt" in b.problem


def test_a_bare_db_path_is_sqlite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_sink("records.db") as sink:
        sink.write(extract(TEXT, source="a.txt"))
    assert [a.record.source for a in load(["records.db"]).articles] == ["a.txt"]


@pytest.mark.parametrize("spec, says", [
    ("missing.db", "no such database file"),
    ("empty.db", "has no articles table"),
    ("bad.jsonl", "bad.jsonl:2: not a record"),
    ("nothing/*.txt", "matches no file"),
])
def test_unusable_inputs_are_a_clear_error(tmp_path, monkeypatch, spec, says):
    monkeypatch.chdir(tmp_path)
    import sqlite3

    sqlite3.connect(tmp_path / "empty.db").close()
    (tmp_path / "bad.jsonl").write_text(extract(TEXT).model_dump_json() + '\n{"schema_version": "1", "id": "x"}\n',
                                        encoding="utf-8")
    with pytest.raises(ReviewInputError, match=re.escape(says)):
        load([spec])
    assert not (tmp_path / "missing.db").exists()


def test_articles_are_extracted_and_unreadable_ones_skipped_with_their_reason(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\x00\x01\x02" * 10)
    (tmp_path / "texts.jsonl").write_text(json.dumps({"text": OTHER, "source": "feed-1"}, ensure_ascii=False) + "\n", encoding="utf-8")
    loaded = load([str(tmp_path)])
    assert sorted(a.record.source for a in loaded.articles) == [str(tmp_path / "a.txt"), "feed-1"]
    assert all(a.text in (TEXT, OTHER) for a in loaded.articles)
    assert len(loaded.skipped) == 1 and "image.bin" in loaded.skipped[0]


# -- the page -------------------------------------------------------------------------------------


def test_the_page_is_self_contained_and_its_policy_allows_only_its_own_code(zh001):
    page = render([zh001])
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=|https?://", page.split('<script type="application/json"')[0])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*)</style>", page, re.S).group(1)
    for code in (script, style):
        assert "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_article_text_cannot_leave_its_data_block():
    text = TEXT + "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> &amp;\n"
    page = render([Article(extract(text), text)])
    assert page.count("</script>") == 3  # the index, the article, the page's code
    assert "<img" not in page and "<!-- <" not in page
    block = re.search(r'<script type="application/json" id="a0">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["text"] == text


def test_gold_names_are_the_sources_names_made_unique():
    records = [extract(TEXT, source="x/news.txt"), extract(OTHER, source="y/news.txt"), extract(TEXT + "\n")]
    page = render([Article(r, None, "test") for r in records])
    names = [json.loads(b)["name"] for b in re.findall(r'<script type="application/json" id="a\d+">(.*?)</script>', page)]
    assert names == ["news", "news-2", records[2].id[7:23]]


# -- the command ----------------------------------------------------------------------------------


def test_the_command_writes_the_page_and_says_what_it_holds(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    out = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{out}: 1 articles" in result.stdout and "1 inputs skipped" in result.stdout
    assert "skipped" in result.stderr and "empty.txt" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_the_command_names_an_input_it_cannot_use(tmp_path):
    result = CliRunner().invoke(app, ["review", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "none.jsonl" in result.output
    with pytest.raises(ReviewInputError, match="no article to review"):
        build([str(tmp_path)], tmp_path / "r.html")
