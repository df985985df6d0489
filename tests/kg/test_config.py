"""Settings are declared once (issue 13): the table, the command-line options of each command
and the environment all follow from the fields of the Settings dataclass."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
import pytest

from kg.config import SETTINGS, Setting, Settings, options_of
from web.cli import cli


def test_the_table_is_the_dataclass() -> None:
    fields = dataclasses.fields(Settings)
    assert [s.name for s in SETTINGS] == [f.name for f in fields]
    for setting, field in zip(SETTINGS, fields, strict=True):
        default = None if setting.default is None else setting.type(setting.default)
        assert field.default == default, setting.name
        assert setting.env.startswith("KG_") and setting.help.endswith(".")
    assert Settings().data_dir == Path("./data") and dict((s.name, s.default) for s in SETTINGS)["data_dir"] == "./data"
    assert len({s.env for s in SETTINGS}) == len(SETTINGS)


def test_every_setting_is_read_from_its_environment_variable() -> None:
    values = {"data_dir": "/srv/kg", "store": "http://sparql.example/q", "query_timeout": "2.5", "max_rows": "7",
              "allow_load": "yes", "question_timeout": "4.5"}
    environ = {s.env: values.get(s.name, "17" if s.type is int else "x") for s in SETTINGS}
    settings = Settings.from_env(environ)
    assert settings.data_dir == Path("/srv/kg") and settings.query_timeout == 2.5 and settings.max_rows == 7
    assert settings.allow_load is True and settings.max_body == 17 and settings.api_token == "x"
    assert settings.question_workers == 17 and settings.question_timeout == 4.5
    assert Settings.from_env({}) == Settings()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_an_option_of_the_command_it_names(setting: Setting) -> None:
    command: click.Command = cli if setting.command == "kg" else cli.commands[setting.command]
    (option,) = [p for p in command.params if isinstance(p, click.Option) and setting.option in p.opts]
    assert option.envvar == setting.env
    assert setting.usage.startswith("kg ") and setting.usage.endswith(" " + setting.option)


def test_each_command_takes_the_settings_declared_for_it() -> None:
    assert set(options_of("kg")) | set(options_of("serve")) | set(options_of("ingest")) == {s.name for s in SETTINGS}
    assert "data_dir" in options_of("kg") and "max_body" in options_of("serve")
