"""The review page in a real browser (headless Chromium): it loads without errors, every item is marked on
exactly its characters, article text runs nothing, and corrections round-trip into `zhextract eval`.

One browser and one page for the module: the bundled corpus, the shared corpus when it is beside the
project, and an article full of markup.
"""
from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.record_id import record_id
from extractor.cli import app
from extractor.review import load, render
from extractor.review.page import article_data
from extractor.review.sources import Article
from tests import browser
from tests.helpers import OWN_CORPUS, SHARED_CORPUS

pytestmark = pytest.mark.skipif(browser.missing() is not None, reason=browser.missing() or "")

HOSTILE = ("𠮷野海滨市举办国际科技合作大会<script>window.pwned = 1</script>\n"  # 𠮷: offsets count code points, not UTF-16 units
           "2024年5月8日，第三届海滨国际科技合作大会在海滨市开幕，来自20个国家的300余名代表出席。"
           "<img src=x onerror=\"window.pwned = 2\">市长王海明在开幕式上致辞。\n"
           "他说：“</script><script>window.pwned = 3</script>合作共赢是大会的主题。”\n")
HOSTILE_NAME = "<img src=x onerror=pwned=4>.txt"

ALL_MARKS = """
const done = arguments[arguments.length - 1];
(async () => {
  const out = {};
  for (const row of document.querySelectorAll('#index-table tbody tr')) {
    const changed = new Promise(resolve => addEventListener('hashchange', resolve, {once: true}));
    row.click();
    await changed;
    const id = document.getElementById('a-meta').textContent.split(' · ')[1];
    const starts = [];
    let at = 0;
    for (const seg of document.getElementById('text').children) {
      starts.push(at);
      at += Array.from(seg.textContent).length;
    }
    const marks = {};
    for (const node of document.querySelectorAll('#items .chip[data-key], #figures tr[data-key]')) {
      node.click();
      marks[node.dataset.key] = [...document.querySelectorAll('#text .sel')].map(seg => [starts[seg.dataset.i], seg.textContent]);
    }
    out[id] = {text: document.getElementById('text').textContent, marks};
  }
  return out;
})().then(done, error => done({error: String(error)}));
"""


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list:
    hostile = tmp_path_factory.mktemp("hostile") / HOSTILE_NAME
    hostile.write_text(HOSTILE, encoding="utf-8")
    specs = [str(OWN_CORPUS / "*.txt"), str(hostile)] + ([str(SHARED_CORPUS / "*.txt")] if SHARED_CORPUS.is_dir() else [])
    missing = extract("2023年6月1日，第二届山城数字经济论坛在山城市举行，签约项目15个。", source="gone/away.txt")
    return load(specs).articles + [Article(missing, None, "text not found: gone/away.txt: give --texts DIR")]


@pytest.fixture(scope="module")
def page(articles, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review") / "review.html"
    out.write_text(render(articles), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(page, downloads):
    with browser.chromium(downloads) as driver:
        driver.set_script_timeout(120)
        driver.get(page.as_uri())
        yield driver


def _errors(driver) -> list:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _open(driver, source_suffix: str) -> None:
    driver.get(driver.current_url.split("#")[0])
    rows = driver.find_elements("css selector", "#index-table tbody tr")
    row = next(r for r in rows if r.find_element("css selector", ".source").text.endswith(source_suffix))
    row.click()
    _wait(driver, lambda: driver.find_element("id", "article-view").is_displayed())


def _wait(driver, condition, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        time.sleep(0.05)


def test_the_page_loads_offline_without_console_errors(driver, articles):
    assert _errors(driver) == []
    assert len(driver.find_elements("css selector", "#index-table tbody tr")) == len(articles)
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # nothing fetched


def test_every_item_marks_exactly_its_characters(driver, articles):
    seen = driver.execute_async_script(ALL_MARKS)
    assert "error" not in seen, seen
    assert _errors(driver) == []
    checked = 0
    for n, article in enumerate(articles):
        page = seen[article.record.id]
        assert page["text"] == (article.text if article.problem is None else article.problem)
        for item in article_data(article, "x")["items"]:
            runs = _runs(page["marks"][item["key"]])
            assert [[s, e] for s, e, _ in runs] == (_merged(item["m"]) if article.text else []), (article.record.source, item)
            assert all(article.text[s:e] == words for s, e, words in runs), (article.record.source, item)
            checked += 1
    assert checked > 1000


def _runs(marks: list) -> list:
    """Marked pieces joined where they touch: [start, end, words]."""
    runs = []
    for start, words in marks:
        if runs and runs[-1][1] == start:
            runs[-1][1] += len(words)
            runs[-1][2] += words
        else:
            runs.append([start, start + len(words), words])
    return runs


def _merged(spans: list) -> list:
    out = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def test_markup_in_an_article_is_shown_and_never_run(driver):
    _open(driver, HOSTILE_NAME)
    text = driver.find_element("id", "text").text
    assert "<script>window.pwned = 1</script>" in text and '<img src=x onerror="window.pwned = 2">' in text
    assert HOSTILE_NAME in driver.find_element("id", "a-meta").text
    assert driver.execute_script("return window.pwned") is None
    assert driver.find_elements("css selector", "img, #text script") == []
    assert _errors(driver) == []


def test_a_figure_row_marks_its_words_and_scrolls_to_them(driver, articles):
    _open(driver, "zh-001.txt")
    record = next(a.record for a in articles if a.record.source.endswith("zh-001.txt"))
    figure = record.figures[-1]
    row = driver.find_element("css selector", f"#figures tr[data-key='figure:{figure.span.start}:{figure.span.end}']")
    row.click()
    marked = driver.find_elements("css selector", "#text .sel")
    assert "".join(m.text for m in marked) == figure.text
    assert driver.execute_script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight",
                                 marked[0])
    described = f"{figure.value.normalize():f} {figure.unit}, {figure.qualifier}, subject {figure.subject}"
    assert described in driver.find_element("id", "details").text
    assert described in marked[0].get_attribute("title")  # shown on hover


def test_a_record_without_its_text_says_why_and_cannot_be_exported(driver):
    _open(driver, "gone/away.txt")
    assert driver.find_element("id", "text").text == "text not found: gone/away.txt: give --texts DIR"
    assert not driver.find_element("id", "reviewed").is_enabled()
    assert "山城数字经济论坛" in driver.find_element("id", "items").text  # its items are still listed


def test_the_index_sorts_and_filters(driver, articles):
    driver.get(driver.current_url.split("#")[0])
    header = next(th for th in driver.find_elements("css selector", "#index-table th") if th.text == "figures")
    header.click()
    counts = [int(r.find_elements("tag name", "td")[5].text) for r in driver.find_elements("css selector", "#index-table tbody tr")]
    assert counts == sorted(counts, reverse=True)
    driver.find_element("id", "filter").send_keys("zh-01")
    shown = [r for r in driver.find_elements("css selector", "#index-table tbody tr") if r.is_displayed()]
    expected = sum("zh-01" in (article.record.source or "") for article in articles)
    assert 0 < expected < len(articles)
    assert len(shown) == expected and driver.find_element("id", "shown").text == f"{expected} of {len(articles)} shown"


SELECT_WORDS = """
const [words] = arguments, box = document.getElementById('text');
const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
const text = box.textContent, at = text.indexOf(words);
const range = document.createRange();
let seen = 0;
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const end = seen + node.data.length;
  if (seen <= at && at < end) range.setStart(node, at - seen);
  if (seen < at + words.length && at + words.length <= end) range.setEnd(node, at + words.length - seen);
  seen = end;
}
getSelection().removeAllRanges();
getSelection().addRange(range);
"""


def test_corrections_persist_and_round_trip_into_eval(driver, downloads, tmp_path, articles):
    _open(driver, "zh-001.txt")
    record = next(a.record for a in articles if a.record.source.endswith("zh-001.txt"))
    wrong, edited = record.figures[0], record.figures[1]
    missing = "周嘉禾"  # an author in the byline, added as a person
    assert missing not in {p.name for p in record.people}

    driver.find_element("css selector", f"#figures tr[data-key='figure:{wrong.span.start}:{wrong.span.end}']").click()
    driver.find_element("id", "wrong").click()
    driver.find_element("css selector", f"#figures tr[data-key='figure:{edited.span.start}:{edited.span.end}']").click()
    subject = driver.find_element("css selector", "#details input[name=subject]")
    subject.clear()
    subject.send_keys("测试用项")
    driver.find_element("css selector", "#details button[type=submit]").click()
    driver.execute_script(SELECT_WORDS, missing)
    _wait(driver, lambda: driver.find_element("id", "add").is_enabled())
    driver.find_element("id", "add").click()
    driver.find_element("id", "reviewed").click()
    _open(driver, "zh-002.txt")  # reviewed as it is: its gold is the extractor's record
    driver.find_element("id", "reviewed").click()

    driver.refresh()
    _open(driver, "zh-001.txt")
    assert driver.find_element("id", "reviewed").is_selected()
    assert "wrong" in driver.find_element("css selector", f"#figures tr[data-key='figure:{wrong.span.start}:{wrong.span.end}']").get_attribute("class")
    assert missing in [c.text for c in driver.find_elements("css selector", "#items .chip.k-person")]

    driver.find_element("id", "export").click()
    archive = downloads / "gold.zip"
    _wait(driver, archive.is_file)
    _wait(driver, lambda: zipfile.is_zipfile(archive))
    gold_dir = tmp_path / "gold"
    zipfile.ZipFile(archive).extractall(gold_dir)
    assert sorted(p.name for p in gold_dir.iterdir()) == ["zh-001.gold.json", "zh-001.txt", "zh-002.gold.json", "zh-002.txt"]
    gold = json.loads((gold_dir / "zh-001.gold.json").read_text(encoding="utf-8"))
    assert record_id((gold_dir / gold["text_file"]).read_text(encoding="utf-8")) == record.id == gold["record_id"]
    assert wrong.text not in [f["text"] for f in gold["figures"]]
    assert {"text": edited.text, "subject": "测试用项"}.items() <= next(f for f in gold["figures"] if f["text"] == edited.text).items()
    assert missing in [p["name"] for p in gold["people"]]

    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["articles"]
    corrected = scores["zh-001"]
    assert corrected["figures"]["pred"] == corrected["figures"]["gold"] + 1 == len(record.figures)
    assert len(corrected["figures"]["spurious"]) == 1 and corrected["figures"]["missed"] == []
    assert f"{edited.text}: 测试用项" in corrected["subjects"]["missed"]
    assert corrected["people"]["missed"] == [missing]
    assert all(not r["missed"] and not r["spurious"] for r in scores["zh-002"].values()), scores["zh-002"]
    assert _errors(driver) == []
