"""The lines of one battery (bench/battery.sh) whose figures fell against another's.

A line is matched with the line of the same wording (its numbers left out) at the same place
among its like in the same bench's output; it fell when an F1 or a title share went down or a
CER went up. Tuning lines are left out unless `--all`: the merge rule is that no held-out,
pooled or per-seed line falls, and tuning lines that fall are to be reported.

    .venv/bin/python bench/battery_compare.py OLD_OUTDIR NEW_OUTDIR [--all]

Prints nothing when nothing fell; exits 1 when something did or a bench is missing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")
METRIC_RE = re.compile(r"(F1|CER|title right|title)\s+(\d+(?:\.\d+)?)")


def metrics(line: str) -> dict[str, float]:
    """The figures a line gives, by name (the last of a name, where a line gives two)."""
    return {m.group(1): float(m.group(2)) for m in METRIC_RE.finditer(line)}


def fell(old: str, new: str) -> list[str]:
    before, after = metrics(old), metrics(new)
    names = [name for name in before if name in after]
    return [
        name
        for name in names
        if (after[name] > before[name] if name == "CER" else after[name] < before[name])
    ]


def by_wording(text: str) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for line in text.splitlines():
        lines.setdefault(NUMBER_RE.sub("#", line).strip(), []).append(line)
    return lines


def compare(old_dir: Path, new_dir: Path, tuning: bool) -> list[str]:
    found = []
    for old_file in sorted(old_dir.glob("*.txt")):
        new_file = new_dir / old_file.name
        if not new_file.exists():
            found.append(f"{old_file.name}: missing in {new_dir}")
            continue
        old_lines = by_wording(old_file.read_text(encoding="utf-8"))
        for wording, new_lines in by_wording(new_file.read_text(encoding="utf-8")).items():
            for old, new in zip(old_lines.get(wording, []), new_lines, strict=False):
                names = fell(old, new)
                is_tuning = "tuning" in new and "held-out" not in new
                if names and (tuning or not is_tuning):
                    found.append(
                        f"{old_file.name} [{'tuning' if is_tuning else 'held-out/pooled'}] "
                        f"{', '.join(names)}\n  - {old.strip()}\n  + {new.strip()}"
                    )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--all", action="store_true", help="tuning lines too")
    args = parser.parse_args(argv)
    found = compare(args.old, args.new, args.all)
    for entry in found:
        print(entry)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
