"""Project settings: galley.toml or [tool.galley] in pyproject.toml, then flags.

`Config` is what the repair passes read. `Settings` wraps it with what the command line needs
(formats, style, which files are inputs, severities, the CI threshold), because those are the
choices an editorial repository fixes once in a file rather than on every command line. Fields of
`Config` are read from the `[normalize]` table by name, so a field added to `Config` is
configurable without touching the loader. Both pickle, so a batch hands them to its workers.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ..changes import OFF, SEVERITIES
from ..changes.kinds import SEVERITY_KINDS as KINDS
from ..errors import UsageError
from ..writers import PDF_VARIANTS, WriteOptions
from . import Config, Picklable, frozen

CONFIG_FILE = "galley.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".text")


@dataclass(frozen=True)
class Settings(Picklable):
    config: Config = field(default_factory=Config)
    # output formats; empty means every registered writer
    formats: tuple[str, ...] = ()
    # a house style name, a .css file, or "auto" (chosen by the document's language)
    style: str = "auto"
    # file extensions taken as inputs when a folder or glob is walked
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    # worker processes; 0 means one per core
    jobs: int = 0
    # a Dask scheduler's address (tcp://HOST:8786) to run batches on; "" or "local": this machine
    scheduler: str = ""
    # `galley check` fails (exit 1) when a finding reaches this severity
    fail_on: str = "warning"
    # change kind -> severity, overriding what the repair pass chose
    severity: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    # write NAME.review.html beside the outputs of every text input
    review: bool = True
    # "" for a plain PDF, or "pdf/ua-1" (tagged) or "pdf/a-2b"
    pdf_variant: str = ""
    # embed subset fonts in the EPUB so readers without CJK fonts show text, not boxes
    embed_fonts: bool = False
    # the file the settings came from, None for the built-in defaults
    source: Path | None = None

    def write_options(self) -> WriteOptions:
        """What the writers read of these settings."""
        return WriteOptions(
            style=self.style, pdf_variant=self.pdf_variant or None, embed_fonts=self.embed_fonts
        )


_SETTING_NAMES = {f.name for f in fields(Settings)} - {"config", "source"}
_CONFIG_NAMES = {f.name: f for f in fields(Config)}


def find_config_file(start: Path) -> Path | None:
    """The nearest galley.toml, or pyproject.toml with a [tool.galley] table, from `start` up."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "galley" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise UsageError(f"configuration cannot be read: {exc.strerror}", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"configuration is not valid TOML: {exc}", path) from None


def load_settings(path: Path) -> Settings:
    """Settings from one file: galley.toml at its top level, pyproject.toml under [tool.galley]."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("galley", {})
    return settings_from_mapping(data, path)


def _key(name: str) -> str:
    return name.replace("-", "_")


def settings_from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Settings:
    """Validate a parsed table; any unknown key or wrong type is a usage error naming the file."""
    values: dict[str, Any] = {}
    normalize_table: Mapping[str, Any] = {}
    for raw_key, value in data.items():
        key = _key(raw_key)
        if key == "normalize":
            if not isinstance(value, Mapping):
                raise UsageError("[normalize] must be a table", path)
            normalize_table = value
        elif key in _SETTING_NAMES:
            values[key] = value
        else:
            known = ", ".join(sorted(n.replace("_", "-") for n in _SETTING_NAMES | {"normalize"}))
            raise UsageError(f"unknown setting {raw_key!r}; known settings: {known}", path)
    return with_overrides(
        Settings(config=_config_from_mapping(normalize_table, path), source=path), values, path
    )


def _config_from_mapping(data: Mapping[str, Any], path: Path | None) -> Config:
    values: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _key(raw_key)
        if key not in _CONFIG_NAMES:
            known = ", ".join(sorted(n.replace("_", "-") for n in _CONFIG_NAMES))
            raise UsageError(f"unknown [normalize] setting {raw_key!r}; known: {known}", path)
        default = getattr(Config(), key)
        values[key] = _coerce(f"normalize.{raw_key}", value, default, path)
    return replace(Config(), **values)


def with_overrides(
    settings: Settings, values: Mapping[str, Any], path: Path | None = None
) -> Settings:
    """Settings with `values` (from a file or from flags) replacing theirs, each one checked."""
    checked: dict[str, Any] = {}
    config: dict[str, Any] = {}  # a [normalize] setting given as a flag (--from)
    for key, value in values.items():
        if value is None:
            continue  # a flag that was not given
        if key not in _SETTING_NAMES and key in _CONFIG_NAMES:
            config[key] = _coerce(key.replace("_", "-"), value, getattr(settings.config, key), path)
            continue
        checked[key] = _coerce(key.replace("_", "-"), value, getattr(settings, key), path)
    if config:
        checked["config"] = replace(settings.config, **config)
    new = replace(settings, **checked)
    _validate(new, path)
    return new


def _coerce(name: str, value: Any, default: Any, path: Path | None) -> Any:
    """Check `value` against the type of the default; lists become tuples, tables read-only maps."""
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, str):
        ok = isinstance(value, str)
    elif isinstance(default, tuple):
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    elif isinstance(default, Mapping):
        ok = isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values())
        value = frozen(dict(value)) if ok else value
    else:
        ok = True
    if not ok:
        raise UsageError(
            f"setting {name!r} must be {type(default).__name__}-like, not {value!r}", path
        )
    return value


def _validate(settings: Settings, path: Path | None) -> None:
    if settings.fail_on not in SEVERITIES:
        raise UsageError(
            f"fail-on must be one of {', '.join(SEVERITIES)}, not {settings.fail_on!r}", path
        )
    if settings.pdf_variant not in ("", *PDF_VARIANTS):
        raise UsageError(
            f"pdf-variant must be {' or '.join(PDF_VARIANTS)}, not {settings.pdf_variant!r}", path
        )
    for kind, severity in settings.severity.items():
        if kind not in KINDS:
            close = difflib.get_close_matches(kind.replace("_", "-"), sorted(KINDS), 1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise UsageError(
                f"[severity] names an unknown change kind {kind!r}; {hint}"
                f"valid kinds: {', '.join(sorted(KINDS))}",
                path,
            )
        if severity not in (*SEVERITIES, OFF):
            raise UsageError(
                f"severity of {kind!r} must be one of {', '.join((*SEVERITIES, OFF))}, "
                f"not {severity!r}",
                path,
            )
    if settings.jobs < 0:
        raise UsageError(f"jobs must be 0 (one per core) or more, not {settings.jobs}", path)
    bad = [e for e in settings.extensions if not e.startswith(".") or len(e) < 2]
    if bad or not settings.extensions:
        raise UsageError(
            f"extensions must be like '.txt', not {', '.join(map(repr, bad)) or '(none)'}", path
        )


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data, in the shape `galley.toml` takes (for `galley config`)."""
    data: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in ("config", "source"):
            continue
        data[f.name.replace("_", "-")] = _plain(getattr(settings, f.name))
    data["normalize"] = {
        f.name.replace("_", "-"): _plain(getattr(settings.config, f.name)) for f in fields(Config)
    }
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value
