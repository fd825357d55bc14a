"""The README's pictures of the review page: docs/review-index.png and docs/review-article.png.

Run from the project root:  python docs/screenshots.py  (needs chromium, chromium-driver and a CJK font,
e.g. apt-get install fonts-wqy-zenhei). The page is the one `zhextract review 'corpus/*.txt'` writes; the
article shown is corpus/zh-002.txt with the figure of its failed check selected.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from extractor.review import build  # noqa: E402
from tests import browser  # noqa: E402


def main() -> None:
    if browser.missing():
        sys.exit(browser.missing())
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "review.html"
        os.chdir(PROJECT)
        build(["corpus/*.txt"], page)
        with browser.chromium(size=(1400, 1050)) as driver:
            driver.get(page.as_uri())
            driver.save_screenshot(str(PROJECT / "docs" / "review-index.png"))
            row = next(r for r in driver.find_elements("css selector", "#index-table tbody tr") if "zh-002" in r.text)
            row.click()
            time.sleep(0.2)
            driver.find_element("css selector", "#checks li.status-fail .chip").click()
            driver.execute_script("scrollTo(0, 0)")
            time.sleep(0.2)
            driver.save_screenshot(str(PROJECT / "docs" / "review-article.png"))


if __name__ == "__main__":
    main()
