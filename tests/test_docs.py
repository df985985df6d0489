"""The README agrees with the code: generated sections are current, commands and settings are
documented, and the quickstart is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from cogapp import Cog

from kg.config import SETTINGS
from web import create_app
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


def test_every_benchmark_script_named_exists() -> None:
    named = set(re.findall(r"benchmarks/(\w+\.py)", README))
    assert named, "the README names no benchmark"
    assert {p for p in named if not (ROOT / "benchmarks" / p).is_file()} == set()


def test_route_table_matches_the_app(tmp_path: Path) -> None:
    app = create_app({"data_dir": str(tmp_path)})
    rules = {re.sub(r"<[^>]*>", "<>", r.rule) for r in app.url_map.iter_rules()
             if r.endpoint != "static" and r.rule != "/entity/"}
    table = README.split("## HTTP", 1)[1].split("\n## ", 1)[0]
    documented = {re.sub(r"<[^>]*>", "<>", path)
                  for path in re.findall(r"`(?:(?:GET|POST)(?:, POST)? )?(/[^`?]*)", table)}
    documented |= {"/articles.json", "/index.json"}  # named beside their pages
    assert rules - documented == set(), "routes missing from the README's HTTP table"
