"""Headless Chromium for the review page's tests, benchmark and screenshot: the distribution's chromium and
chromedriver (`apt-get install chromium chromium-driver`, which .ci/run does when it runs as root).

The flags keep a browser with no network from stalling on refused connections (updates, sync, QUIC); every
browser gets a fresh profile, so nothing is kept between runs.
"""
from __future__ import annotations

import contextlib
import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Iterator, Optional

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def missing() -> Optional[str]:
    """Why no browser test can run here, or None."""
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed: pip install -e '.[test]'"
    if not CHROMIUM or not CHROMEDRIVER:
        return "no headless Chromium: apt-get install chromium chromium-driver (.ci/run does it when run as root)"
    return None


@contextlib.contextmanager
def chromium(downloads: Optional[Path] = None, size: tuple[int, int] = (1400, 900)) -> Iterator["object"]:
    """A selenium WebDriver on headless Chromium, quit on exit; files it downloads go to `downloads`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="zhextract-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS + [f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        if downloads is not None:
            options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                      "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        try:
            if downloads is not None:
                driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
            yield driver
        finally:
            driver.quit()
