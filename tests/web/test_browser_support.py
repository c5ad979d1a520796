"""The browser tests' own rule: without Chromium they skip, except under CI, where they fail."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.web import browser


def test_a_missing_browser_fails_under_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    assert "apt-get install -y chromium" in (browser.missing() or "")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the browser tests"):
        browser.require_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="chromium"):
        browser.require_browser()


def test_a_missing_driver_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", Path(sys.executable))  # any executable
    monkeypatch.setattr(browser, "CHROMEDRIVER", tmp_path / "no-driver")
    assert "chromium-driver" in (browser.missing() or "")
