"""English unwrapping on other texts than Pride and Prejudice: block F1 and CER, Galley and baseline.

Project Gutenberg's Federalist Papers and The Girl's Own Paper, and the arXiv ground-truth
paragraphs of the Korzen & Bast benchmark, are clean text with blank-line paragraphs. Each is
set the way pdftotext gives back a Word PDF: greedy wraps at a proportional measure (Liberation
Serif, metric-compatible with Times New Roman, 12 pt on a 6.5-inch line), no blank lines, no
indentation, a form feed every 46 lines. The typeface is not the one `measure.latin_width`
approximates, so the unwrap pass sees the measure only as the text shows it. Also the one real
pdftotext output of the benchmark (a two-column paper) against its ground truth.

    .venv/bin/python bench/accuracy_english.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import CORPUS, Score, _line, baseline_blocks, galley_blocks  # noqa: E402

# Debian's fonts-liberation2 (what scripts/install.sh installs) or the older fonts-liberation
FONTS = (
    Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
)
MEASURE_PT = 468.0  # 6.5 inches: US Letter with one-inch margins
SIZE_PT = 12
PAGE_LINES = 46
KORZEN = CORPUS / "pdf-extraction-arxiv-korzen"


def _between(path: Path, start: str, end: str, encoding: str = "utf-8") -> str:
    text = path.read_text(encoding=encoding).replace("\r\n", "\n")
    return text[text.index(start) : text.index(end)]


def federalist() -> str:
    """The essays, less those Project Gutenberg double-spaced (a blank line after every line)."""
    text = _between(CORPUS / "en-gutenberg-federalist" / "18.txt", "FEDERALIST. No. 1", "End of")
    essays = re.split(r"\n(?=FEDERALIST\.? No\.)", text)
    return "\n".join(e for e in essays if not _double_spaced(baseline_blocks(e)))


def _double_spaced(blocks: list[str]) -> bool:
    """Most blank-line blocks of the essay end inside a sentence: they are its lines."""
    return sum(b[-1:].islower() or b.endswith(",") for b in blocks) * 4 > len(blocks)


def girls_own_paper() -> str:
    path = CORPUS / "en-gutenberg-girls-own-paper" / "18195-8.txt"
    return _between(path, "THE GIRL'S OWN PAPER", "End of the Project", "latin-1")


def arxiv_sample() -> str:
    files = sorted((KORZEN / "groundtruth_sample").glob("*.body.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8") for f in files)


def printed(blocks: list[str], width: Callable[[str], float]) -> str:
    """The blocks set as justified paragraphs and read back line by line, as pdftotext does."""
    lines: list[str] = []
    for block in blocks:
        line = ""
        for word in block.split():
            candidate = f"{line} {word}" if line else word
            if line and width(candidate) > MEASURE_PT:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    pages = ["\n".join(lines[i : i + PAGE_LINES]) for i in range(0, len(lines), PAGE_LINES)]
    return "\n\f".join(pages)


def main() -> int:
    try:
        from PIL import ImageFont
    except ImportError:
        print("skipped: Pillow not installed")
        return 0
    found = [path for path in FONTS if path.exists()]
    if not found:
        print(f"skipped: none of {', '.join(map(str, FONTS))} found (apt install fonts-liberation2)")
        return 0
    font = ImageFont.truetype(str(found[0]), 100)

    def width(text: str) -> float:
        return font.getlength(text) * SIZE_PT / 100

    for name, clean in (
        ("en Federalist, set 6.5in", federalist()),
        ("en Girl's Own Paper, 6.5in", girls_own_paper()),
        ("en arXiv sample (51), 6.5in", arxiv_sample()),
    ):
        truth = baseline_blocks(clean)
        damaged = printed(truth, width)
        galley, baseline = Score(), Score()
        galley.add(galley_blocks(damaged), truth)
        baseline.add(baseline_blocks(damaged), truth)
        print(_line(name, galley, baseline))
    pair = KORZEN / "pair_astro-ph0001004"
    raw = (pair / "astro-ph0001004.pdftotext.raw.txt").read_text(encoding="utf-8")
    truth = baseline_blocks(
        (pair / "astro-ph0001004.groundtruth.body.txt").read_text(encoding="utf-8")
    )
    galley, baseline = Score(), Score()
    galley.add(galley_blocks(raw), truth)
    baseline.add(baseline_blocks(raw), truth)
    print(_line("en arXiv astro-ph pdftotext", galley, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
