"""Settings: found by walking up from the input, validated, overridden by flags, printed back."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from convert.changes import KINDS
from convert.cli import main
from convert.config.settings import (
    Settings,
    find_config_file,
    load_settings,
    settings_to_mapping,
    with_overrides,
)
from convert.config.toml import to_toml
from convert.errors import UsageError

from ..conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"


def _repo(tmp_path: Path, pyproject: str | None = None, galley: str | None = None) -> Path:
    """An editorial repository with an article two folders down."""
    article = tmp_path / "issues" / "2024" / "a.txt"
    article.parent.mkdir(parents=True)
    article.write_bytes(SEED.read_bytes())
    if pyproject is not None:
        (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    if galley is not None:
        (tmp_path / "issues" / "galley.toml").write_text(galley, encoding="utf-8")
    return article


def test_pyproject_tool_galley_is_found_from_a_nested_input(tmp_path: Path) -> None:
    article = _repo(tmp_path, pyproject='[tool.galley]\nfail-on = "error"\n')
    assert find_config_file(article) == tmp_path / "pyproject.toml"
    assert main(["check", str(article)]) == 0  # the seed's warning no longer fails


def test_nearest_galley_toml_wins_and_a_pyproject_without_the_table_is_passed(
    tmp_path: Path,
) -> None:
    article = _repo(tmp_path, pyproject="[project]\nname = 'x'\n", galley="jobs = 1\n")
    assert find_config_file(article.parent) == tmp_path / "issues" / "galley.toml"
    (tmp_path / "issues" / "galley.toml").unlink()
    found = find_config_file(article)
    assert found is None or not found.is_relative_to(tmp_path)


def test_severity_per_kind_and_normalize_settings_are_applied(tmp_path: Path) -> None:
    article = _repo(
        tmp_path,
        galley='[severity]\nstray-word = "info"\ncjk-comma = "error"\n'
        '[normalize]\nstray-replacements = { or = "或" }\n',
    )
    assert main(["check", str(article), "--fail-on", "warning"]) == 1  # commas are errors now
    assert main(["check", str(article), "--fail-on", "error"]) == 1
    settings = load_settings(tmp_path / "issues" / "galley.toml")
    assert dict(settings.config.stray_replacements) == {"or": "或"}
    assert settings.severity["cjk-comma"] == "error"


def test_flags_override_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _repo(tmp_path, galley='fail-on = "error"\nformats = ["xml"]\njobs = 3\n')
    assert main(["config", str(article), "--format", "json", "-j", "1", "-t", "docx"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == str(tmp_path / "issues" / "galley.toml")
    assert (data["jobs"], data["formats"], data["fail-on"]) == (1, ["docx"], "error")
    assert main(["check", str(article), "--fail-on", "warning"]) == 1


def test_config_prints_toml_that_loads_back_to_the_same_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = _repo(
        tmp_path, galley='extensions = [".txt", ".md"]\n[severity]\n"cjk-dash" = "warning"\n'
    )
    assert main(["config", str(article)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# effective configuration (from ")
    reloaded = tmp_path / "galley.toml"
    reloaded.write_text(printed, encoding="utf-8")
    again = load_settings(reloaded)
    assert settings_to_mapping(again) == settings_to_mapping(
        load_settings(tmp_path / "issues" / "galley.toml")
    )
    assert tomllib.loads(to_toml(settings_to_mapping(Settings())))["fail-on"] == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "fail-on = 'fatal'\n",
        "jobs = 'many'\n",
        "colour = 'red'\n",
        "[severity]\ncjk-comma = 'loud'\n",
        "[normalize]\nmax-heading-chars = 'long'\n",
        "[normalize]\nno-such-knob = 1\n",
        "extensions = ['txt']\n",
        "formats = ['rtf']\n",
        "this is not toml",
    ],
)
def test_bad_configuration_is_a_usage_error_naming_the_file(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article = _repo(tmp_path, galley=text)
    assert main(["check", str(article)]) == 2
    assert "galley.toml" in capsys.readouterr().err


def test_explicit_config_file_and_missing_one(tmp_path: Path) -> None:
    settings_file = tmp_path / "ci.toml"
    settings_file.write_text('fail-on = "error"\n', encoding="utf-8")
    assert main(["check", str(SEED), "--config", str(settings_file)]) == 0
    assert main(["check", str(SEED), "--config", str(tmp_path / "nope.toml")]) == 2


def test_with_overrides_ignores_flags_not_given() -> None:
    settings = with_overrides(Settings(jobs=4), {"jobs": None, "style": "book-en"})
    assert (settings.jobs, settings.style) == (4, "book-en")
    with pytest.raises(UsageError):
        with_overrides(settings, {"jobs": -2})


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('stray_word = "info"', "unknown change kind 'stray_word'; did you mean 'stray-word'?"),
        ('made-up = "error"', "unknown change kind 'made-up'; valid kinds: cjk-colon, cjk-comma"),
        ('stray-word = "loud"', "must be one of info, warning, error, off, not 'loud'"),
    ],
)
def test_severity_keys_and_values_are_checked(
    tmp_path: Path, line: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt or made-up kind was silently ignored; now it is an error listing the kinds."""
    article = _repo(tmp_path, galley=f"[severity]\n{line}\n")
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert "galley.toml" in err and says in err
    if "valid kinds" in says:
        assert all(kind in err for kind in KINDS)


def test_severity_off_silences_a_kind_but_keeps_it_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = _repo(tmp_path, galley='[severity]\nstray-word = "off"\n')
    article.write_bytes(SEED.read_bytes())
    assert main(["check", str(article), "--fail-on", "info", "--format", "json"]) == 1  # commas
    report = json.loads(capsys.readouterr().out)
    kinds = {f["kind"] for f in report["files"][0]["findings"]}
    assert "stray-word" not in kinds and "cjk-comma" in kinds
    assert report["summary"]["findings"]["warning"] == 0
    assert main(["check", str(article)]) == 0  # the seed's only warning was its stray word
    out = tmp_path / "out"
    assert main(["convert", str(article), "-o", str(out), "-t", "xml", "--fail-on", "warning"]) == 0
    log = json.loads((out / "a.repairs.json").read_text(encoding="utf-8"))
    stray = [c for c in log["changes"] if c["kind"] == "stray-word"]
    assert stray and {c["severity"] for c in stray} == {"info"}  # still made, logged as info
