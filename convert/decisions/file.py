"""The decisions file: `NAME.EXT.decisions.toml` beside each source, in TOML that diffs well.

One file per document, not per folder: it moves and is renamed with its source, two editors
reviewing two articles of one folder never touch the same file, and a pull request that adds an
article adds its decisions beside it. Written in a fixed order with every string on its own line,
so a reviewer reads one decision per hunk; invisible characters are written as `\\uXXXX` escapes
so that a removed zero-width space can be seen in the diff.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from ..errors import DecisionsError
from ..run.inputs import decisions_path
from .model import ROLES, VERDICTS, ChangeDecision, Decisions, Role, StructureDecision, Verdict

HEADER = (
    "# Galley decisions for {name}: written by `galley review`, fine to edit by hand.\n"
    "# A change is found by its kind, its text before and after and the source around it\n"
    "# (left, right); a block by its text. `galley explain` lists what each one matched.\n"
)
_CHANGE_FIELDS = ("verdict", "kind", "before", "after", "left", "right")


def load_decisions(source: Path) -> tuple[Decisions, Path | None]:
    """The decisions beside `source` (none, and no path, when it has no file)."""
    path = decisions_path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Decisions(), None
    except OSError as exc:
        raise DecisionsError(f"cannot read the decisions file: {exc.strerror}", path) from exc
    return parse_decisions(data, path), path


def parse_decisions(data: bytes, path: Path) -> Decisions:
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DecisionsError(f"is not valid TOML ({exc}); fix it or delete it", path) from exc
    unknown = sorted(set(table) - {"change", "structure"})
    if unknown:
        raise DecisionsError(
            f"unknown section(s) {', '.join(unknown)}: a decisions file holds [[change]] and "
            "[[structure]] entries",
            path,
        )
    changes = tuple(
        _change(entry, n, path) for n, entry in enumerate(_entries(table, "change", path), 1)
    )
    structure = tuple(
        _structure(entry, n, path) for n, entry in enumerate(_entries(table, "structure", path), 1)
    )
    return Decisions(changes, structure)


def _entries(table: Mapping[str, Any], name: str, path: Path) -> list[Mapping[str, Any]]:
    entries = table.get(name, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DecisionsError(f"{name} must be an array of tables ([[{name}]])", path)
    return entries


def _text(entry: Mapping[str, Any], field: str, where: str, path: Path) -> str:
    value = entry.get(field)
    if not isinstance(value, str):
        raise DecisionsError(f"{where}: `{field}` is missing or not a string", path)
    return value


def _change(entry: Mapping[str, Any], n: int, path: Path) -> ChangeDecision:
    where = f"[[change]] number {n}"
    values = [_text(entry, f, where, path) for f in _CHANGE_FIELDS]
    if values[0] not in VERDICTS:
        raise DecisionsError(
            f"{where}: verdict {values[0]!r} is not one of {', '.join(VERDICTS)}", path
        )
    note = entry.get("note", "")
    extra = sorted(set(entry) - {*_CHANGE_FIELDS, "note"})
    if extra or not isinstance(note, str):
        raise DecisionsError(f"{where}: unknown or bad field(s) {', '.join(extra) or 'note'}", path)
    verdict, kind, before, after, left, right = values
    return ChangeDecision(cast(Verdict, verdict), kind, before, after, left, right, note)


def _structure(entry: Mapping[str, Any], n: int, path: Path) -> StructureDecision:
    where = f"[[structure]] number {n}"
    role, text = _text(entry, "role", where, path), _text(entry, "text", where, path)
    if role not in ROLES:
        raise DecisionsError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}", path)
    note = entry.get("note", "")
    extra = sorted(set(entry) - {"role", "text", "note"})
    if extra or not isinstance(note, str):
        raise DecisionsError(f"{where}: unknown or bad field(s) {', '.join(extra) or 'note'}", path)
    return StructureDecision(cast(Role, role), text, note)


def format_decisions(decisions: Decisions, name: str) -> bytes:
    """The file's text: the header, then every change decision, then every structure one."""
    parts = [HEADER.format(name=name)]
    for d in decisions.changes:
        fields = dict(zip(_CHANGE_FIELDS, (d.verdict, *d.key), strict=True))
        parts.append(_table("change", {**fields, **({"note": d.note} if d.note else {})}))
    for s in decisions.structure:
        parts.append(
            _table(
                "structure",
                {"role": s.role, "text": s.text, **({"note": s.note} if s.note else {})},
            )
        )
    return "".join(parts).encode("utf-8")


def _table(name: str, fields: Mapping[str, str]) -> str:
    lines = [f"\n[[{name}]]"] + [f"{key} = {toml_string(value)}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """A TOML basic string; control and invisible characters escaped so a diff shows them."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch != " " and unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn"):
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
