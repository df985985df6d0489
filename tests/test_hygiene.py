"""The suite's and the repository's own habits: every test states what it checks, and what
a run generates stays out of git."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
#: folders that setting up, running or testing the project writes into the checkout
GENERATED = ("data/", ".venv/", "venv/", "node_modules/", ".hypothesis/", "data.snapshots/", "x/__pycache__/",
             "astrokg.egg-info/", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/")
#: calls that check something the way an ``assert`` does
CHECKS = {"raises", "expect", "warns", "fail", "skip", "importorskip"}


def _checks(fn: ast.FunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in CHECKS or name.startswith("assert_"):
                return True
    return False


def test_every_test_asserts_something() -> None:
    silent = [f"{path.relative_to(TESTS)}:{fn.lineno} {fn.name}"
              for path in sorted(TESTS.rglob("test_*.py"))
              for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
              if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test_") and not _checks(fn)]
    assert silent == [], "tests without an assertion"


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
def test_generated_folders_are_ignored_and_none_is_tracked() -> None:
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)

    unignored = [d for d in GENERATED if git("check-ignore", "-q", "--no-index", d).returncode != 0]
    assert unignored == [], "generated folders git would track"
    assert git("ls-files", "--cached", "--ignored", "--exclude-standard").stdout.split() == [], \
        "tracked files that .gitignore ignores"
