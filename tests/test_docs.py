"""The README agrees with the code: generated sections are current, commands and settings are
documented, and the quickstart is what CI runs."""

from __future__ import annotations

from pathlib import Path

from cogapp import Cog

from kg.config import SETTINGS
from web.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_generated_readme_sections_are_current() -> None:
    cog = Cog()
    cog.options.verbosity = 0
    assert cog.main(["cog", "--check", str(ROOT / "README.md")]) == 0, "run: cog -r README.md"


def test_every_command_is_documented_and_has_help() -> None:
    for name, command in cli.commands.items():
        assert f"`kg {name}`" in README, f"kg {name} is not in the README"
        assert command.help and "Example" in command.help, f"kg {name} --help has no example"


def test_every_setting_is_documented() -> None:
    for setting in SETTINGS:
        assert setting.env in README, setting.env


def test_ci_runs_the_quickstart_test_command() -> None:
    assert "./dev test" in README
    assert "./dev test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
