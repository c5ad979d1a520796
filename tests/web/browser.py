"""Headless Chromium for the web tests: Debian's ``chromium`` driven by its ``chromedriver``
through selenium.

Chromium here runs as root in a sandbox with no network but loopback: ``--no-sandbox`` (root),
and the networking flags, without which it tries Google's services first and its connections get
refused. Each browser gets a fresh profile directory. Under CI (``CI=true``) a missing browser is a
failure: ``.ci/run`` installs it; elsewhere the tests skip with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
    "--force-device-scale-factor=1",
)
WAIT_S = 20.0
_T = TypeVar("_T")


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            return f"{path} is missing (apt-get install -y {package})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (requirements/dev.lock)"
    return None


def require_browser() -> None:
    """Skip (or, under CI, fail) when Chromium, its driver or selenium is missing."""
    reason = missing()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (selenium WebDriver) with a fresh profile, quit at the end."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        driver.set_page_load_timeout(WAIT_S)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver: Any, condition: Callable[[Any], _T], what: str) -> _T:
    """``condition(driver)`` once it is truthy (polled), or fail saying ``what`` was awaited,
    with the page's status line and console."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        result: _T = WebDriverWait(driver, WAIT_S, poll_frequency=0.1).until(condition)
        return result
    except TimeoutException:
        console = [entry.get("message") for entry in driver.get_log("browser")]
        raise AssertionError(
            f"the page never showed {what} within {WAIT_S} s; console: {console}"
        ) from None
