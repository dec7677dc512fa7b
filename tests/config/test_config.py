"""Config and Settings pickle, so a batch hands them to its worker processes as they are."""

from __future__ import annotations

import pickle
from pathlib import Path
from types import MappingProxyType

import pytest

from convert.config import Config
from convert.config.settings import Settings, with_overrides


def test_config_and_settings_survive_a_pickle_round_trip_read_only() -> None:
    config = Config(stray_replacements=MappingProxyType({"and": "及"}), max_heading_chars=20)
    settings = with_overrides(
        Settings(config=config, source=Path("galley.toml")),
        {"formats": ("xml",), "severity": {"unwrap": "warning"}},
    )
    again = pickle.loads(pickle.dumps(settings))
    assert again == settings
    assert again.config.stray_replacements == {"and": "及"}
    for mapping in (again.severity, again.config.stray_replacements):
        with pytest.raises(TypeError):
            mapping["x"] = "y"  # type: ignore[index]
