"""Browser tests: Playwright drives Debian's Chromium against a live server holding the
test newsroom. Set ASTROKG_SCREENSHOTS=docs/screenshots to refresh the README's pictures."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's Chromium (Playwright's own download does not work here)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A window the size of a laptop screen, for screenshots that fit the README."""
    return {**browser_context_args, "viewport": {"width": 1280, "height": 860}}


@pytest.fixture(scope="session")
def base_url() -> str | None:
    """No base URL: tests use the live server's full URLs. (Overrides pytest-playwright's
    fallback fixture, which pytest 9 warns about and our warnings-as-errors would fail.)"""
    return None


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: the README's folder when asked for, else a temporary one."""
    folder = os.environ.get("ASTROKG_SCREENSHOTS")
    return Path(folder) if folder else tmp_path
