"""The test suite's own habits: every test states what it checks."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
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
