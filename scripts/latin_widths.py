"""Write convert/normalize/unwrap/faces.py: the advance widths of a few common Latin faces.

The unwrap pass tells a wrap from a paragraph end by asking whether the next word would have
fitted on the line; that needs the printed width of the line in the face it was set in. The
widths are read from fonts metric-compatible with the common faces (Liberation Serif: Times
New Roman; Liberation Sans: Arial, Helvetica) and from DejaVu (WeasyPrint's and many Linux
systems' default). Advance widths are facts about a face; both families' licences (Liberation:
SIL Open Font License 1.1; DejaVu: the Bitstream Vera licence) allow reading and redistributing
the fonts, and no glyph outline is copied.

    .venv/bin/python scripts/latin_widths.py     # rewrites convert/normalize/unwrap/faces.py
"""

from __future__ import annotations

import json
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "convert" / "normalize" / "unwrap" / "faces.py"
FONTS = {
    "times": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "helvetica": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "dejavu-serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dejavu-sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
# printable ASCII, Latin-1's letters and signs, and the typographic marks of English text
ALPHABET = (
    "".join(map(chr, range(0x20, 0x7F)))
    + "".join(map(chr, range(0xA1, 0x100)))
    + "\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
)


def widths(path: str) -> list[int]:
    """Each character's advance in thousandths of an em."""
    font = TTFont(path)
    cmap, metrics, units = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return [round(1000 * metrics[cmap[ord(ch)]][0] / units) for ch in ALPHABET]


def main() -> None:
    lines = [
        '"""Advance widths (thousandths of an em) of common Latin faces, one per character of',
        "ALPHABET. Written by scripts/latin_widths.py from Liberation (metric-compatible with Times",
        'New Roman, Arial) and DejaVu; do not edit."""',
        "",
        "ALPHABET = " + json.dumps(ALPHABET),
        "# fmt: off",
        "FACES: dict[str, tuple[int, ...]] = {",
    ]
    for name, path in FONTS.items():
        values = widths(path)
        lines.append(f'    "{name}": (')
        for at in range(0, len(values), 16):
            lines.append("        " + ", ".join(map(str, values[at : at + 16])) + ",")
        lines.append("    ),")
    lines.extend(("}", "# fmt: on"))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
