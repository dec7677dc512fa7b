"""The command line's arguments: the parser, and the settings its flags and files resolve to.

Settings come from `galley.toml` or `[tool.galley]` in `pyproject.toml`, the nearest above each
input (or `--config FILE` for all); flags override them (`config.finder`).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..changes import SEVERITIES
from ..config.finder import SettingsFinder
from ..config.settings import DEFAULT_EXTENSIONS, Settings
from ..errors import UsageError
from ..report import FORMATTERS
from ..run.inputs import glob_base, is_store_url, local_path
from ..writers import DEFAULT_FORMATS, PDF_VARIANTS, WRITERS


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in WRITERS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(WRITERS)}"
        )
    return names


def _extensions(value: str) -> tuple[str, ...]:
    return tuple(
        e if e.startswith(".") else f".{e}" for e in (x.strip() for x in value.split(",")) if e
    )


def _settings_flags() -> argparse.ArgumentParser:
    """Flags every command that reads inputs takes; every default is None (= not given)."""
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument(
        "--config",
        type=Path,
        help="settings file (default: nearest galley.toml "
        "or pyproject.toml with [tool.galley], walking up from the input)",
    )
    flags.add_argument("-j", "--jobs", type=int, help="worker processes (default: all cores)")
    flags.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786; needs "
        "galley[dask]); local: this machine (default: $DASK_SCHEDULER_ADDRESS, else local)",
    )
    flags.add_argument(
        "--ext",
        type=_extensions,
        dest="extensions",
        metavar="EXTS",
        help="extensions taken as inputs in folders and globs "
        f"(default: {','.join(DEFAULT_EXTENSIONS)})",
    )
    flags.add_argument(
        "-f",
        "--from",
        dest="input_format",
        metavar="FORMAT",
        help="read every input as text, jats, markdown, docx or html (default: by extension)",
    )
    return flags


def _output_flags() -> argparse.ArgumentParser:
    """Flags that shape the outputs, so only `convert` (and `config`, which shows them) take them;
    every default is None (= not given)."""
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument(
        "-t",
        "--to",
        type=_formats,
        dest="formats",
        help=f"comma-separated formats (default: all: {','.join(DEFAULT_FORMATS)})",
    )
    flags.add_argument(
        "--style", help="house style under styles/, a .css file, or auto (default: by language)"
    )
    flags.add_argument(
        "--pdf-variant",
        choices=PDF_VARIANTS,
        help="write a tagged PDF/UA-1 or an archival PDF/A-2b (default: plain PDF)",
    )
    flags.add_argument(
        "--embed-fonts",
        action="store_const",
        const=True,
        help="embed subset fonts in the EPUB, for readers without Chinese fonts",
    )
    return flags


def _local(given: str) -> str:
    """A path, or a file:// URL's path; another URL is a usage error naming it."""
    try:
        return local_path(given)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _folder(given: str) -> Path:
    return Path(_local(given))


def _source(given: str) -> str:
    """`galley convert`'s inputs: a path, a file:// URL's path, or a store's URL as given."""
    return given if is_store_url(given) else _local(given)


def _destination(given: str) -> Path | str:
    """`galley convert -o`: a folder, or a store's URL (a str) as given."""
    return given if is_store_url(given) else _folder(given)


def _storage_option(given: str) -> tuple[str, object]:
    from ..run.stores import storage_option  # only a run given one pays for the module

    try:
        return storage_option(given)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="galley",
        description="Repair text damaged by print layout, OCR and copy-paste, and typeset it.",
    )
    parser.add_argument("--version", action="version", version=f"galley {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True)
    flags, outputs = _settings_flags(), _output_flags()

    convert = commands.add_parser(
        "convert", parents=[flags, outputs], help="convert files, folders and globs to DOCX, PDF, EPUB, …"
    )
    convert.add_argument("paths", nargs="+", metavar="PATH", type=_source)
    convert.add_argument(
        "-o",
        "--output",
        type=_destination,
        default=Path("out"),
        help="output folder or store URL (s3://bucket/out; default: out)",
    )
    convert.add_argument(
        "--storage-option",
        type=_storage_option,
        action="append",
        default=[],
        dest="storage_options",
        metavar="KEY=VALUE",
        help="an fsspec option for s3:// or gs:// inputs and outputs, e.g. "
        "endpoint_url=http://HOST:9000 (repeatable; docs/cluster.md)",
    )
    convert.add_argument("--force", action="store_true", help="rebuild unchanged inputs too")
    convert.add_argument(
        "--no-review",
        action="store_false",
        dest="review",
        default=None,
        help="do not write NAME.review.html",
    )
    convert.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="also exit 1 when a change reaches this severity (default: never)",
    )

    check = commands.add_parser(
        "check", parents=[flags], help="report every change conversion would make; write nothing"
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=_local,
        help="a file, folder or glob; - for standard input",
    )
    check.add_argument(
        "--format", choices=tuple(FORMATTERS), default="human", help="(default: human)"
    )
    check.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="exit 1 when a finding reaches this severity (default: warning)",
    )
    check.add_argument(
        "--show",
        choices=SEVERITIES,
        help="human and github list only findings at or above this severity and count the rest "
        "(default: the --fail-on level); json, junit and sarif always list every finding",
    )
    check.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="fail only on findings not recorded in FILE (known ones are left out of every "
        "format); entries that no longer match are reported as stale",
    )
    check.add_argument(
        "--update-baseline",
        action="store_true",
        help="record today's findings at or above --fail-on in the --baseline FILE",
    )
    check.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff of each source and its repaired text before the report "
        "(human and github formats)",
    )

    normalize = commands.add_parser(
        "normalize", help="print the JATS for one file on standard output"
    )
    normalize.add_argument("path", type=Path)

    explain = commands.add_parser("explain", help="list every change and flag the normalizer made")
    explain.add_argument("path", type=Path)
    explain.add_argument(
        "--diff",
        action="store_true",
        help="also show a unified diff of the source and the repaired text",
    )

    review = commands.add_parser(
        "review",
        parents=[flags, outputs],
        help="review changes in the browser: accept, reject, set roles; save; convert again",
    )
    review.add_argument(
        "path", metavar="PATH", type=_local, help="a text file, or a folder or glob of them"
    )
    review.add_argument(
        "-o", "--output", type=_folder, default=Path("out"), help="output folder (default: out)"
    )
    review.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: a random free one)"
    )

    config = commands.add_parser(
        "config", parents=[flags, outputs], help="print the effective configuration"
    )
    config.add_argument("paths", nargs="*", metavar="PATH", default=["."])
    config.add_argument("--format", choices=("toml", "json"), default="toml")
    config.add_argument("--fail-on", choices=SEVERITIES)
    return parser


SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"

FLAG_SETTINGS = (
    "formats",
    "style",
    "jobs",
    "scheduler",
    "extensions",
    "fail_on",
    "review",
    "pdf_variant",
    "embed_fonts",
    "input_format",  # a [normalize] setting: which reader reads the inputs
)


def settings_finder(args: argparse.Namespace) -> SettingsFinder:
    """Each input's settings: its nearest configuration file (or --config), then the flags."""
    flags = {name: getattr(args, name, None) for name in FLAG_SETTINGS}
    if flags["scheduler"] is None:  # Dask's own variable, as every Dask client reads it
        flags["scheduler"] = os.environ.get(SCHEDULER_VARIABLE) or None
    return SettingsFinder(getattr(args, "config", None), flags, WRITERS)


def resolve_settings(
    args: argparse.Namespace, finder: SettingsFinder | None = None
) -> Settings:
    """The run's settings: those of the folder every input is in. Its run-wide ones (jobs,
    extensions, formats, fail-on) are the run's; each input's own are `finder.for_path`'s."""
    finder = finder or settings_finder(args)
    return finder.for_path(shared_folder(getattr(args, "paths", ())))


def shared_folder(paths: Sequence[str]) -> Path:
    """The deepest folder holding every input: of a glob its fixed part, of `-` (standard
    input) the working directory; a lone file's own folder."""
    bases = [Path.cwd() if p == "-" else glob_base(p).resolve() for p in paths]
    if not bases:
        return Path.cwd()
    common = Path(os.path.commonpath(bases))
    return common if len(bases) > 1 or common.is_dir() else common.parent
